-- One exam figure per institution x exam level x subject x school year x measure. Each value is the
-- latest statement of that value (statement_rank of int_exam_results__stated: the later report first)
-- among the reports that state it: a later report that restates a result without the national
-- average or the failed share the year's own report gave does not erase them (a value a report
-- leaves out is not a restatement). report_id/source_ref locate the school_pct used; national_* and
-- failed_* locate national_pct and failed_pct (another report where the later one leaves them out).
-- Does not filter measures or join reference data (the marts do).
with stated as (
    select * from {{ ref('int_exam_results__stated') }}
),

ranks as (
    -- the first statement rank at which each value is stated
    select
        institution_key,
        exam_level,
        subject,
        school_year,
        measure,
        coalesce(min(statement_rank) filter (where school_pct is not null), 1) as school_rank,
        min(statement_rank) filter (where national_pct is not null) as national_rank,
        min(statement_rank) filter (where failed_pct is not null) as failed_rank
    from stated
    group by institution_key, exam_level, subject, school_year, measure
)

select
    base.* exclude (statement_rank, national_pct, failed_pct),
    national.national_pct,
    national.report_id as national_report_id,
    national.source_ref as national_source_ref,
    failed.failed_pct,
    failed.report_id as failed_report_id,
    failed.source_ref as failed_source_ref
from ranks
inner join stated as base
    on
        base.institution_key = ranks.institution_key
        and base.exam_level = ranks.exam_level
        and base.subject = ranks.subject
        and base.school_year = ranks.school_year
        and base.measure = ranks.measure
        and base.statement_rank = ranks.school_rank
left join stated as national
    on
        national.institution_key = ranks.institution_key
        and national.exam_level = ranks.exam_level
        and national.subject = ranks.subject
        and national.school_year = ranks.school_year
        and national.measure = ranks.measure
        and national.statement_rank = ranks.national_rank
left join stated as failed
    on
        failed.institution_key = ranks.institution_key
        and failed.exam_level = ranks.exam_level
        and failed.subject = ranks.subject
        and failed.school_year = ranks.school_year
        and failed.measure = ranks.measure
        and failed.statement_rank = ranks.failed_rank
