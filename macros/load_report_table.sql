{#-
  Load one contract table that `parskats ingest` wrote as CSV into a typed table, reading the CSV with
  every option given (no sniffing): the model's YAML columns and data types in the CSV's column order,
  `,` delimiter, `"` quote and escape (RFC 4180 doubling), lines up to 256 MiB, strict mode. The line
  ending is not named: DuckDB then reads `\n` and `\r\n` alike (naming the wrong one silently reads
  no rows); the test parskats_loaded_every_row compares the row count with the loaders' own count.
  The folder is the environment variable PARSKATS_TABLES (default seeds/reports for a hand run).
-#}
{% macro load_report_table() -%}
    {%- set folder = env_var('PARSKATS_TABLES', 'seeds/reports') -%}
    {%- set path = folder ~ '/' ~ model.name ~ '.csv' -%}
    {%- set cols = [] -%}
    {%- for column in model.columns.values() -%}
        {%- do cols.append("'" ~ column.name ~ "': '" ~ column.data_type | upper ~ "'") -%}
    {%- endfor %}
select *
from read_csv(
    '{{ path | replace("'", "''") }}',
    header = true,
    auto_detect = false,
    columns = { {{ cols | join(', ') }} },
    delim = ',',
    quote = '"',
    escape = '"',
    max_line_size = 268435456,
    strict_mode = true
)
{%- endmacro %}
