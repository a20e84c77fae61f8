{#- School-year arithmetic on 'YYYY/YYYY' strings: shift by n years ('2024/2025', -1 -> '2023/2024'). -#}
{% macro shift_school_year(expr, n) -%}
    (cast(cast(substr({{ expr }}, 1, 4) as integer) + ({{ n }}) as varchar)
     || '/' || cast(cast(substr({{ expr }}, 1, 4) as integer) + ({{ n }}) + 1 as varchar))
{%- endmacro %}
