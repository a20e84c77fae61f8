{#- Fails for each non-NULL value of column_name that also occurs in `field` of `to` (the opposite of
    relationships), e.g. an alias's canonical name must not itself be an alias. -#}
{% test parskats_not_in_relation(model, column_name, to, field) %}
select {{ column_name }} as value
from {{ model }}
where {{ column_name }} is not null
  and {{ column_name }} in (select {{ field }} from {{ to }} where {{ field }} is not null)
{% endtest %}
