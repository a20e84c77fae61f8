-- Staging for seed `leaving_reasons`: rename, cast and canonicalise (leaving reason rows); no joins, no filters.
with source as (
    select * from {{ ref('leaving_reasons') }}
)

select
    cast(trim(report_id) as varchar) as report_id,
    cast(source_ref as varchar) as source_ref,
    cast(trim(item_no) as varchar) as item_no,
    cast(lower({{ clean_text('category') }}) as varchar) as category,
    cast({{ clean_text('reason_text') }} as varchar) as reason_text,
    cast(learners as integer) as learners
from source
