-- Staging for seed `parse_issues`: rename, cast and canonicalise (parse issue rows); no joins, no filters.
with source as (
    select * from {{ ref('parse_issues') }}
)

select
    cast(trim(report_id) as varchar) as report_id,
    cast(source_ref as varchar) as source_ref,
    cast(trim(section) as varchar) as section,
    cast(lower({{ clean_text('severity') }}) as varchar) as severity,
    cast(trim(code) as varchar) as code,
    cast(message as varchar) as message
from source
