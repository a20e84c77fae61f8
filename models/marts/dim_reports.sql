-- One row per ingested report: its file, the year it evaluates, the institution it was joined to and
-- how, and how many parse issues it has.
with issues as (
    select
        report_id,
        count(*) filter (where severity = 'error') as parse_errors,
        count(*) filter (where severity = 'warning') as parse_warnings
    from {{ ref('stg_reports__parse_issues') }}
    group by report_id
)

select
    identity.report_id,
    identity.institution_key,
    identity.institution_name,
    identity.institution_name_printed,
    identity.identity_basis,
    identity.school_year,
    reports.source_file,
    reports.source_format,
    reports.source_sha256,
    reports.institution_kind,
    reports.parser_version,
    coalesce(issues.parse_errors, 0) as parse_errors,
    coalesce(issues.parse_warnings, 0) as parse_warnings
from {{ ref('int_institutions__identity') }} as identity
inner join {{ ref('stg_reports__reports') }} as reports on reports.report_id = identity.report_id
left join issues on issues.report_id = identity.report_id
