-- Staging for seed `indicators`: rename, cast and canonicalise (indicator rows); no joins, no filters.
with source as (
    select * from {{ ref('indicators') }}
)

select
    cast(trim(report_id) as varchar) as report_id,
    cast(source_ref as varchar) as source_ref,
    cast(trim(indicator_no) as varchar) as indicator_no,
    cast({{ clean_text('indicator_name') }} as varchar) as indicator_name,
    cast(baseline_text as varchar) as baseline_text,
    cast(actual_text as varchar) as actual_text,
    cast(target_text as varchar) as target_text,
    cast(baseline_value as double) as baseline_value,
    cast(actual_value as double) as actual_value,
    cast(target_value as double) as target_value,
    cast(lower({{ clean_text('unit') }}) as varchar) as unit
from source
