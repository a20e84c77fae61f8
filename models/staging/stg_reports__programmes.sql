-- Staging for seed `programmes`: rename, cast and canonicalise (programme rows); no joins, no filters.
with source as (
    select * from {{ ref('programmes') }}
)

select
    cast(trim(report_id) as varchar) as report_id,
    cast(source_ref as varchar) as source_ref,
    cast(row_no as integer) as row_no,
    cast(regexp_replace(programme_code, '\s', '', 'g') as varchar) as programme_code,
    cast({{ clean_text('programme_name') }} as varchar) as programme_name,
    cast({{ clean_text('sites') }} as varchar) as sites,
    cast({{ clean_text('licence_no') }} as varchar) as licence_no,
    cast(licence_date as date) as licence_date,
    cast(learners_start as integer) as learners_start,
    cast(learners_end as integer) as learners_end,
    cast(start_date as date) as start_date,
    cast(end_date as date) as end_date
from source
