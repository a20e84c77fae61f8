-- Every exam figure as each report states it, with the institution it belongs to and its rank among
-- the reports stating the same fact (institution x exam level x subject x school year x measure).
-- A report states results for the previous and the current year and targets for the next, so the
-- next year's report restates a result. Rule: the later report's statement is used (statement_rank 1):
-- the report with the later own school_year; report_id breaks a tie between two reports of one year.
-- int_exam_results__deduplicated takes each value from the first rank that states it; dq_restated_facts
-- lists where the others differ.
with figures as (
    select
        e.report_id,
        e.source_ref,
        i.institution_key,
        i.institution_name,
        i.school_year as report_school_year,
        i.school_year_start as report_year_start,
        e.exam_level,
        e.subject,
        e.school_year,
        e.measure,
        e.school_pct,
        e.national_pct,
        e.failed_pct
    from {{ ref('stg_reports__exam_results') }} as e
    inner join {{ ref('int_institutions__identity') }} as i on i.report_id = e.report_id
)

select
    *,
    row_number() over (
        partition by institution_key, exam_level, subject, school_year, measure
        order by report_year_start desc, report_id desc
    ) as statement_rank,
    count(*) over (
        partition by institution_key, exam_level, subject, school_year, measure
    ) as reports_stating
from figures
