-- Staging for seed `reports`: rename, cast and canonicalise (report rows); no joins, no filters.
-- Which institution a report belongs to is decided in int_institutions__identity, not here.
with source as (
    select * from {{ ref('reports') }}
)

select
    cast(trim(report_id) as varchar) as report_id,
    cast(source_file as varchar) as source_file,
    cast(lower(source_sha256) as varchar) as source_sha256,
    cast(lower({{ clean_text('source_format') }}) as varchar) as source_format,
    cast({{ clean_text('institution_name') }} as varchar) as institution_name,
    cast({{ registration_no_or_null(ref('reports')) }} as varchar) as registration_no,
    cast(lower({{ clean_text('institution_kind') }}) as varchar) as institution_kind,
    cast(trim(school_year) as varchar) as school_year,
    cast(cast(substr(trim(school_year), 1, 4) as integer) as integer) as school_year_start,
    cast(parser_version as varchar) as parser_version
from source
