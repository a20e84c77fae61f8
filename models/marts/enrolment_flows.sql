-- Learners at the start and end of the year per programme row, with the programme code decoded.
with programmes as (
    select * from {{ ref('stg_reports__programmes') }}
),

reports as (
    select * from {{ ref('int_institutions__identity') }}
),

decoded as (
    select * from {{ ref('int_programmes__decoded') }}
)

select
    programmes.report_id,
    programmes.source_ref,
    programmes.row_no,
    reports.institution_key,
    reports.institution_name,
    reports.school_year,
    programmes.programme_code,
    programmes.programme_name,
    programmes.learners_start,
    programmes.learners_end,
    programmes.learners_end - programmes.learners_start as net_change,
    round(100.0 * (programmes.learners_end - programmes.learners_start) / nullif(programmes.learners_start, 0), 2)
        as change_pct,
    programmes.learners_end > {{ var('suspicious_growth_ratio') }} * programmes.learners_start as suspicious_growth,
    decoded.education_level,
    decoded.programme_type,
    decoded.direction,
    coalesce(decoded.is_special, false) as is_special,
    decoded.special_needs_type,
    coalesce(decoded.is_minority, false) as is_minority,
    decoded.study_form,
    programmes.start_date,
    programmes.end_date
from programmes
inner join reports on reports.report_id = programmes.report_id
left join decoded on decoded.programme_code = programmes.programme_code
