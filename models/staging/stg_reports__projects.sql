-- Staging for seed `projects`: rename, cast and canonicalise (project rows); no joins, no filters.
with source as (
    select * from {{ ref('projects') }}
)

select
    cast(trim(report_id) as varchar) as report_id,
    cast(source_ref as varchar) as source_ref,
    cast(trim(project_no) as varchar) as project_no,
    cast({{ clean_text('title') }} as varchar) as title,
    cast({{ clean_text('summary') }} as varchar) as summary,
    cast({{ clean_text('results') }} as varchar) as results
from source
