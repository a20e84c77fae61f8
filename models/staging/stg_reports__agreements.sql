-- Staging for seed `agreements`: rename, cast and canonicalise (agreement rows); no joins, no filters.
with source as (
    select * from {{ ref('agreements') }}
)

select
    cast(trim(report_id) as varchar) as report_id,
    cast(source_ref as varchar) as source_ref,
    cast(trim(item_no) as varchar) as item_no,
    cast({{ clean_text('partner') }} as varchar) as partner,
    cast({{ clean_text('text') }} as varchar) as text
from source
