{#- Institution identity: how a printed institution name is normalised for matching, and the hook for
    a registration number. The rule itself (registration number, else alias, else normalised name) is
    applied in models/intermediate/int_institutions__identity.sql. -#}

{#- Lower case; quote marks „ “ ” " « » ‘ ’ removed; whitespace collapsed. Leaves the municipality in. -#}
{% macro institution_name_folded(expr) -%}
    nullif(trim(regexp_replace(regexp_replace(lower({{ expr }}), '[„“”"«»‘’]', ' ', 'g'), '\s+', ' ', 'g')), '')
{%- endmacro %}

{#- Words that name a kind of institution, not one institution: a name left with only these after its
    municipality ("sporta skola", "mūzikas un mākslas skola", "pirmsskolas izglītības iestāde") is every
    town's, so the municipality stays in it. -#}
{% macro institution_kind_words() -%}
    {{ return("skola|pamatskola|vidusskola|sākumskola|internātskola|arodskola|ģimnāzija|tehnikums|koledža|"
              ~ "bērnudārzs|pirmsskola|iestāde|centrs|nams|mūzikas|mākslas|mākslu|sporta|deju|dejas|baleta|bērnu|"
              ~ "jauniešu|jaunrades|interešu|izglītības|pirmsskolas|speciālā|speciālās|profesionālās|ievirzes|"
              ~ "valsts|un") }}
{%- endmacro %}

{#- True where the folded name's leading municipality ("Daugavpils pilsētas ", "X novada ", "Rīgas
    valstspilsētas ") is dropped for matching: at least two words remain ("Priedaines novada
    pamatskola" keeps its prefix) and they are not only words of a kind of institution ("Saldus novada
    sporta skola" keeps it, or every town's sports school would be one institution). -#}
{% macro _municipality_dropped(folded) -%}
    (regexp_full_match({{ folded }}, '\S+ (novada|pilsētas|valstspilsētas) \S+ \S+.*')
     and not regexp_full_match({{ folded }}, '\S+ (novada|pilsētas|valstspilsētas)( ({{ institution_kind_words() }}))+'))
{%- endmacro %}

{#- The folded name without a leading municipality where _municipality_dropped says so. -#}
{% macro normalise_institution_name(expr) -%}
    case
        when {{ _municipality_dropped(institution_name_folded(expr)) }}
            then regexp_replace({{ institution_name_folded(expr) }}, '^\S+ (novada|pilsētas|valstspilsētas) ', '')
        else {{ institution_name_folded(expr) }}
    end
{%- endmacro %}

{#- The municipality word of that prefix ("daugavpils"), NULL where the name has none or keeps it. -#}
{% macro institution_municipality(expr) -%}
    case
        when {{ _municipality_dropped(institution_name_folded(expr)) }}
            then regexp_extract({{ institution_name_folded(expr) }}, '^(\S+) ', 1)
    end
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
