-- One row per institution (by normalised name) with its reports' span.
with reports as (
    select
        *,
        row_number() over (partition by institution_key order by school_year_start desc, report_id) as recency
    from {{ ref('stg_reports__reports') }}
)

select
    institution_key,
    max(institution_name) filter (where recency = 1) as institution_name,
    max(institution_kind) filter (where recency = 1) as institution_kind,
    count(*) as reports,
    min(school_year) as first_school_year,
    max(school_year) as last_school_year,
    max(report_id) filter (where recency = 1) as latest_report_id
from reports
group by institution_key
