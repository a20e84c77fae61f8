-- One exam figure per institution x exam level x subject x school year x measure.
-- A report states results for two years (previous and current) and targets for the next, so two
-- reports of one institution can state the same figure. Rule: for a result keep the report whose own
-- school_year is the result's year; for a target keep the report of the year before the target's year
-- (the one that set it); otherwise the newest report; report_id breaks remaining ties.
-- Does not filter measures or join reference data (the marts do).
with figures as (
    select
        e.report_id,
        e.source_ref,
        r.institution_key,
        r.institution_name,
        r.school_year as report_school_year,
        r.school_year_start as report_year_start,
        e.exam_level,
        e.subject,
        e.school_year,
        e.measure,
        e.school_pct,
        e.national_pct,
        e.failed_pct
    from {{ ref('stg_reports__exam_results') }} as e
    inner join {{ ref('stg_reports__reports') }} as r on r.report_id = e.report_id
),

ranked as (
    select
        *,
        row_number() over (
            partition by institution_key, exam_level, subject, school_year, measure
            order by
                case
                    when measure = 'result' and report_school_year = school_year then 0
                    when measure = 'target' and report_school_year = {{ shift_school_year('school_year', -1) }} then 0
                    else 1
                end,
                report_year_start desc,
                report_id
        ) as preference_rank,
        count(*) over (
            partition by institution_key, exam_level, subject, school_year, measure
        ) as reports_stating
    from figures
)

select * exclude (preference_rank)
from ranked
where preference_rank = 1
