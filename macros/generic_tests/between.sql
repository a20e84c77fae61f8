{#- Fails for rows whose value lies outside [min_value, max_value]; NULLs pass (use not_null for those).
    Either bound may be omitted (e.g. counts >= 0: min_value=0). -#}
{% test parskats_between(model, column_name, min_value=none, max_value=none) %}
select {{ column_name }} as value
from {{ model }}
where {{ column_name }} is not null
  and (
    {% if min_value is not none %} {{ column_name }} < {{ min_value }} {% else %} false {% endif %}
    or
    {% if max_value is not none %} {{ column_name }} > {{ max_value }} {% else %} false {% endif %}
  )
{% endtest %}
