-- Exam targets against what happened: a target one report sets for a later year, beside the result
-- reported for that year (from the same institution's report of that year or a later one).
with figures as (
    select * from {{ ref('int_exam_results__deduplicated') }}
),

targets as (
    select * from figures where measure = 'target'
),

results as (
    select * from figures where measure = 'result'
),

reported_years as (
    -- the latest year an institution has a report for: a target for a year after it awaits its report
    select institution_key, max(school_year_start) as last_report_year_start
    from {{ ref('int_institutions__identity') }}
    group by institution_key
)

select
    targets.institution_key,
    targets.institution_name,
    targets.exam_level,
    targets.subject,
    targets.school_year as target_year,
    targets.report_id as target_report_id,
    targets.source_ref as target_source_ref,
    targets.report_school_year as target_set_in_year,
    targets.school_pct as target_pct,
    results.report_id as result_report_id,
    results.source_ref as result_source_ref,
    results.school_pct as result_pct,
    results.national_pct as result_national_pct,
    round(results.school_pct - targets.school_pct, 2) as margin_pp,
    results.school_pct >= targets.school_pct as met,
    case
        when results.school_pct >= targets.school_pct then 'met'
        when results.school_pct < targets.school_pct then 'missed'
        when reported_years.last_report_year_start >= cast(substr(targets.school_year, 1, 4) as integer)
            then 'no_result_stated'
        else 'awaiting_report'
    end as outcome
from targets
left join results
    on
        results.institution_key = targets.institution_key
        and results.exam_level = targets.exam_level
        and results.subject = targets.subject
        and results.school_year = targets.school_year
left join reported_years on reported_years.institution_key = targets.institution_key
