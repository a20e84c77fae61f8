-- State exam results against national averages; see _marts__models.yml for the rules.
with figures as (
    select * from {{ ref('int_exam_results__deduplicated') }}
),

results as (
    select * from figures where measure = 'result'
),

targets as (
    select institution_key, exam_level, subject, school_year, school_pct as target_pct
    from figures
    where measure = 'target'
),

reference as (
    select * from {{ ref('stg_reference__national_exam_averages') }}
),

quotes as (
    -- how the same national average is quoted across all reports in use (before deduplication)
    select
        school_year,
        exam_level,
        subject,
        count(distinct report_id) as national_quotes,
        max(national_pct) - min(national_pct) as national_quote_spread
    from {{ ref('stg_reports__exam_results') }}
    where
        measure = 'result' and national_pct is not null
        and report_id in (select report_id from {{ ref('int_institutions__identity') }})
    group by school_year, exam_level, subject
)

select
    results.report_id,
    results.source_ref,
    results.institution_key,
    results.institution_name,
    results.school_year,
    results.exam_level,
    results.subject,
    results.school_pct,
    results.national_pct,
    reference.national_pct as national_pct_reference,
    reference.status as national_reference_status,
    case
        when results.national_pct is not null then 'report'
        when reference.national_pct is not null then 'reference'
    end as gap_basis,
    round(results.school_pct - coalesce(results.national_pct, reference.national_pct), 2) as gap_pp,
    results.national_report_id,
    results.national_source_ref,
    results.failed_pct,
    results.failed_report_id,
    results.failed_source_ref,
    prev.school_pct as prev_school_pct,
    round(results.school_pct - prev.school_pct, 2) as change_pp,
    targets.target_pct as next_target_pct,
    round(targets.target_pct - results.school_pct, 2) as target_gap_pp,
    abs(results.national_pct - reference.national_pct) > {{ var('national_reference_tolerance_pp') }} as national_mismatch,
    coalesce(quotes.national_quote_spread > {{ var('national_quote_spread_pp') }}, false) as national_quote_disagreement,
    coalesce(quotes.national_quotes, 0) as national_quotes,
    results.reports_stating
from results
left join results as prev
    on
        prev.institution_key = results.institution_key
        and prev.exam_level = results.exam_level
        and prev.subject = results.subject
        and prev.school_year = {{ shift_school_year('results.school_year', -1) }}
left join targets
    on
        targets.institution_key = results.institution_key
        and targets.exam_level = results.exam_level
        and targets.subject = results.subject
        and targets.school_year = {{ shift_school_year('results.school_year', 1) }}
left join reference
    on
        reference.school_year = results.school_year
        and reference.exam_level = results.exam_level
        and reference.subject = results.subject
left join quotes
    on
        quotes.school_year = results.school_year
        and quotes.exam_level = results.exam_level
        and quotes.subject = results.subject
