-- Staging for seed `planned_priorities`: rename, cast and canonicalise (planned priority rows); no joins, no filters.
with source as (
    select * from {{ ref('planned_priorities') }}
)

select
    cast(trim(report_id) as varchar) as report_id,
    cast(source_ref as varchar) as source_ref,
    cast(trim(school_year) as varchar) as school_year,
    cast(trim(priority_no) as varchar) as priority_no,
    cast({{ clean_text('area') }} as varchar) as area,
    cast({{ clean_text('title') }} as varchar) as title,
    cast(lower({{ clean_text('result_type') }}) as varchar) as result_type,
    cast({{ clean_text('planned_results') }} as varchar) as planned_results
from source
