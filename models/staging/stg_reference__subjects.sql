-- Staging for seed `subjects`: rename, cast and canonicalise (subject rows); no joins, no filters.
with source as (
    select * from {{ ref('subjects') }}
)

select
    cast(lower(trim(subject)) as varchar) as subject,
    cast({{ clean_text('name_lv') }} as varchar) as name_lv,
    cast({{ clean_text('name_en') }} as varchar) as name_en,
    cast(aliases as varchar) as aliases
from source
