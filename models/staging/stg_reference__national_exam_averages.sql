-- Staging for seed `national_exam_averages`: rename, cast and canonicalise (national exam average rows); no joins, no filters.
with source as (
    select * from {{ ref('national_exam_averages') }}
)

select
    cast(trim(school_year) as varchar) as school_year,
    cast(lower({{ clean_text('exam_level') }}) as varchar) as exam_level,
    cast(lower({{ clean_text('subject') }}) as varchar) as subject,
    cast(national_pct as double) as national_pct,
    cast(lower({{ clean_text('status') }}) as varchar) as status,
    cast(lower(status) like '%provisional' as boolean) as is_provisional,
    cast(source_url as varchar) as source_url
from source
