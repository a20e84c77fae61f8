-- Staging for seed `priorities`: rename, cast and canonicalise (priority rows); no joins, no filters.
with source as (
    select * from {{ ref('priorities') }}
)

select
    cast(trim(report_id) as varchar) as report_id,
    cast(source_ref as varchar) as source_ref,
    cast(trim(priority_no) as varchar) as priority_no,
    cast({{ clean_text('area') }} as varchar) as area,
    cast({{ clean_text('title') }} as varchar) as title,
    cast(lower({{ clean_text('result_type') }}) as varchar) as result_type,
    cast({{ clean_text('planned_results') }} as varchar) as planned_results,
    cast(lower({{ clean_text('status') }}) as varchar) as status,
    cast({{ clean_text('status_raw') }} as varchar) as status_raw,
    cast({{ clean_text('evidence') }} as varchar) as evidence
from source
