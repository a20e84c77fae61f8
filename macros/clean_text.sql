{#- Trim and collapse inner whitespace; empty string becomes NULL. -#}
{% macro clean_text(expr) -%}
    nullif(trim(regexp_replace({{ expr }}, '\s+', ' ', 'g')), '')
{%- endmacro %}
