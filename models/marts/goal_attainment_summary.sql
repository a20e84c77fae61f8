-- One row per report: how many priorities, the share of result rows achieved, the mean score.
select
    report_id,
    institution_key,
    institution_name,
    school_year,
    count(distinct priority_no) as priorities,
    count(*) as result_rows,
    count(*) filter (where status = 'achieved') as achieved_rows,
    round(count(*) filter (where status = 'achieved') / nullif(count(status_score), 0), 4) as achieved_share,
    round(avg(status_score), 4) as mean_score
from {{ ref('goal_attainment') }}
group by report_id, institution_key, institution_name, school_year
