{#- Fails for each combination of `columns` that occurs more than once (NULLs compare equal). -#}
{% test parskats_unique_combination(model, columns) %}
select {{ columns | join(', ') }}, count(*) as n
from {{ model }}
group by {{ columns | join(', ') }}
having count(*) > 1
{% endtest %}
