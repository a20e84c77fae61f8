-- Staging for seed `programme_code_parts`: rename, cast and canonicalise (programme code part rows); no joins, no filters.
with source as (
    select * from {{ ref('programme_code_parts') }}
)

select
    cast(part as varchar) as part,
    cast(first_digit as integer) as first_digit,
    cast(last_digit as integer) as last_digit,
    cast(code_value as varchar) as code_value,
    cast(nullif(trim(level_scope), '') as varchar) as level_scope,
    cast(key as varchar) as key,
    cast(label_lv as varchar) as label_lv,
    cast(label_en as varchar) as label_en,
    cast(is_special as boolean) as is_special,
    cast(is_minority as boolean) as is_minority,
    cast(evidence as varchar) as evidence
from source
