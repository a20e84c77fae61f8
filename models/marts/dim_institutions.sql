-- One row per institution (int_institutions__identity decides which reports are one institution),
-- with the reports and the printed names that were joined under its key.
with identity as (
    select
        *,
        row_number() over (partition by institution_key order by school_year_start desc, report_id desc) as recency
    from {{ ref('int_institutions__identity') }}
)

select
    institution_key,
    max(institution_name) as institution_name,
    max(institution_kind) filter (where recency = 1) as institution_kind,
    case
        when bool_or(identity_basis = 'registration_no') then 'registration_no'
        when bool_or(identity_basis = 'alias') then 'alias'
        else 'normalised_name'
    end as identity_basis,
    max(identity_value) as identity_value,
    max(registration_no) as registration_no,
    count(*) as reports,
    min(school_year) as first_school_year,
    max(school_year) as last_school_year,
    count(distinct school_year) as school_years,
    max(report_id) filter (where recency = 1) as latest_report_id,
    string_agg(report_id, ', ' order by school_year_start, report_id) as report_ids,
    string_agg(distinct institution_name_printed, ' | ' order by institution_name_printed) as names_seen,
    count(distinct institution_name_printed) as name_variants,
    string_agg(distinct alias_canonical_name, ' | ' order by alias_canonical_name) as aliases_applied,
    string_agg(distinct municipality, ', ' order by municipality) as municipalities,
    count(distinct municipality) > 1 as municipalities_differ
from identity
group by institution_key
