{#- Institution identity: how a printed institution name is normalised for matching, and the hook for
    a registration number. The rule itself (registration number, else alias, else normalised name) is
    applied in models/intermediate/int_institutions__identity.sql. -#}

{#- Lower case; quote marks „ “ ” " « » ‘ ’ removed; whitespace collapsed. Leaves the municipality in. -#}
{% macro institution_name_folded(expr) -%}
    nullif(trim(regexp_replace(regexp_replace(lower({{ expr }}), '[„“”"«»‘’]', ' ', 'g'), '\s+', ' ', 'g')), '')
{%- endmacro %}

{#- The folded name without a leading municipality ("Daugavpils pilsētas ", "X novada ",
    "Rīgas valstspilsētas "), removed only where at least two words remain ("Priedaines novada
    pamatskola" keeps its prefix: without it only the kind of school is left). -#}
{% macro normalise_institution_name(expr) -%}
    regexp_replace(
        {{ institution_name_folded(expr) }},
        '^\S+ (novada|pilsētas|valstspilsētas) (\S+ \S+.*)$', '\2')
{%- endmacro %}

{#- The municipality word of that prefix ("daugavpils"), NULL where the name has none or keeps it. -#}
{% macro institution_municipality(expr) -%}
    nullif(regexp_extract({{ institution_name_folded(expr) }}, '^(\S+) (novada|pilsētas|valstspilsētas) \S+ \S+', 1), '')
{%- endmacro %}

{#- Hook: the institution's registration number (digits only) where the `reports` seed has a
    `registration_no` column; NULL until the loaders write one. Checked when the model runs. -#}
{% macro registration_no_or_null(relation) -%}
    {%- set has_column = false -%}
    {%- if execute -%}
        {%- set names = adapter.get_columns_in_relation(relation) | map(attribute='name') | map('lower') | list -%}
        {%- set has_column = 'registration_no' in names -%}
    {%- endif -%}
    {%- if has_column -%}
        nullif(regexp_replace(cast(registration_no as varchar), '[^0-9]', '', 'g'), '')
    {%- else -%}
        null
    {%- endif -%}
{%- endmacro %}
