{#- Fails for non-NULL values that do not fully match the regular expression `pattern`. -#}
{% test parskats_matches_pattern(model, column_name, pattern) %}
select {{ column_name }} as value
from {{ model }}
where {{ column_name }} is not null
  and not regexp_full_match({{ column_name }}, '{{ pattern }}')
{% endtest %}
