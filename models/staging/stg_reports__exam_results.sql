-- Staging for seed `exam_results`: rename, cast and canonicalise (exam result rows); no joins, no filters.
with source as (
    select * from {{ ref('exam_results') }}
)

select
    cast(trim(report_id) as varchar) as report_id,
    cast(source_ref as varchar) as source_ref,
    cast(lower({{ clean_text('exam_level') }}) as varchar) as exam_level,
    cast(lower({{ clean_text('subject') }}) as varchar) as subject,
    cast({{ clean_text('subject_raw') }} as varchar) as subject_raw,
    cast(trim(school_year) as varchar) as school_year,
    cast(lower({{ clean_text('measure') }}) as varchar) as measure,
    cast(school_pct as double) as school_pct,
    cast(national_pct as double) as national_pct,
    cast(failed_pct as double) as failed_pct
from source
