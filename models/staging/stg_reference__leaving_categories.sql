-- Staging for seed `leaving_categories`: the leaving-reason vocabulary (code, Latvian label, template item).
with source as (
    select * from {{ ref('leaving_categories') }}
)

select
    cast(lower(trim(category)) as varchar) as category,
    cast({{ clean_text('label_lv') }} as varchar) as label_lv,
    cast(template_item as varchar) as template_item,
    cast(match_order as integer) as match_order,
    cast(keywords as varchar) as keywords
from source
