-- Staging for seed `priority_statuses`: the status vocabulary (code, Latvian label, score); no joins.
with source as (
    select * from {{ ref('priority_statuses') }}
)

select
    cast(lower(trim(status)) as varchar) as status,
    cast({{ clean_text('label_lv') }} as varchar) as label_lv,
    cast(score as double) as score,
    cast(spellings as varchar) as spellings
from source
