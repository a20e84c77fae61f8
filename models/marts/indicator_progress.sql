-- Quality indicators with numeric baseline (target set at the start), actual and next year's target.
select
    indicators.report_id,
    indicators.source_ref,
    reports.institution_key,
    reports.institution_name,
    reports.school_year,
    indicators.indicator_no,
    indicators.indicator_name,
    indicators.unit,
    indicators.baseline_value,
    indicators.actual_value,
    indicators.target_value,
    round(indicators.actual_value - indicators.baseline_value, 4) as change_vs_baseline,
    case
        when indicators.actual_value is null or indicators.baseline_value is null then null
        when indicators.unit = 'place' then indicators.actual_value <= indicators.baseline_value
        else indicators.actual_value >= indicators.baseline_value
    end as baseline_met
from {{ ref('stg_reports__indicators') }} as indicators
inner join {{ ref('int_institutions__identity') }} as reports on reports.report_id = indicators.report_id
