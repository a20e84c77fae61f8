-- Priorities a report plans for the coming year(s) (section 11), one row per priority x result type.
select
    planned.report_id,
    planned.source_ref,
    identity.institution_key,
    identity.institution_name,
    identity.school_year as report_school_year,
    planned.school_year as planned_for_year,
    planned.priority_no,
    planned.area,
    planned.title,
    planned.result_type,
    planned.planned_results
from {{ ref('stg_reports__planned_priorities') }} as planned
inner join {{ ref('int_institutions__identity') }} as identity on identity.report_id = planned.report_id
