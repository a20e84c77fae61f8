{#- Fails unless the raw table holds exactly as many rows as the loaders wrote into it (their
    _row_counts.csv beside the tables): a CSV load can never silently drop or invent rows. -#}
{% test parskats_loaded_every_row(model) %}
{%- set folder = env_var('PARSKATS_TABLES', 'seeds/reports') -%}
with loaded as (
    select count(*) as n from {{ model }}
),

written as (
    select rows as n
    from read_csv('{{ (folder ~ "/_row_counts.csv") | replace("'", "''") }}', header = true, auto_detect = false,
                  columns = {'table_name': 'VARCHAR', 'rows': 'BIGINT'}, delim = ',', quote = '"', escape = '"')
    where table_name = '{{ model.identifier }}'
)

select written.n as written_rows, loaded.n as loaded_rows
from loaded
full outer join written on true
where written.n is distinct from loaded.n
{% endtest %}
