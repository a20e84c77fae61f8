-- Example analysis (compiled by dbt, not built): each institution's largest gaps to the national
-- average in the latest year, with the change from the previous year and next year's target.
select institution_name, exam_level, subject, school_pct, national_pct, gap_pp, change_pp, next_target_pct
from {{ ref('exam_vs_national') }}
where school_year = (select max(school_year) from {{ ref('exam_vs_national') }})
order by gap_pp
limit 20
