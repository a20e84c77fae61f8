-- Facts two reports state differently: every exam figure (result or target) whose value in an earlier
-- report differs from the value the warehouse uses (the latest report's, int_exam_results__stated),
-- one row per fact x value column x differing report. A value only one of the two states is not listed.
with stated as (
    select * from {{ ref('int_exam_results__stated') }}
),

values_long as (
    unpivot stated
    on school_pct, national_pct, failed_pct
    into name value_column value stated_value
),

used as (
    select * from values_long where statement_rank = 1
),

other as (
    select * from values_long where statement_rank > 1
)

select
    used.institution_key,
    used.institution_name,
    used.exam_level,
    used.subject,
    used.school_year,
    used.measure,
    used.value_column,
    used.stated_value as used_value,
    used.report_id as used_report_id,
    used.source_ref as used_source_ref,
    used.report_school_year as used_report_school_year,
    other.stated_value as other_value,
    other.report_id as other_report_id,
    other.source_ref as other_source_ref,
    other.report_school_year as other_report_school_year,
    round(used.stated_value - other.stated_value, 2) as difference
from used
inner join other
    on
        other.institution_key = used.institution_key
        and other.exam_level = used.exam_level
        and other.subject = used.subject
        and other.school_year = used.school_year
        and other.measure = used.measure
        and other.value_column = used.value_column
where used.stated_value <> other.stated_value
