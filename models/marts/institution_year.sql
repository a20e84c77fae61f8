-- An institution's panel: one row per institution x school year it has a report for, with the year's
-- headline figures side by side, so a trend is one query.
with identity as (
    select
        *,
        row_number() over (partition by institution_key, school_year order by report_id desc) as year_rank
    from {{ ref('int_institutions__identity') }}
),

years as (
    select
        institution_key,
        max(institution_name) as institution_name,
        school_year,
        max(school_year_start) as school_year_start,
        count(*) as reports,
        max(report_id) filter (where year_rank = 1) as report_id,
        string_agg(report_id, ', ' order by report_id) as report_ids
    from identity
    group by institution_key, school_year
),

programmes as (
    select
        report_id,
        count(*) as programmes,
        cast(sum(learners_start) as bigint) as learners_start,
        cast(sum(learners_end) as bigint) as learners_end
    from {{ ref('stg_reports__programmes') }}
    group by report_id
),

leavers as (
    select report_id, cast(sum(learners) as bigint) as leavers
    from {{ ref('stg_reports__leaving_reasons') }}
    group by report_id
),

priorities as (
    select
        priorities.report_id,
        count(distinct priorities.priority_no) as priorities,
        round(count(*) filter (where priorities.status = 'achieved') / nullif(count(statuses.score), 0), 4)
            as priorities_achieved_share
    from {{ ref('stg_reports__priorities') }} as priorities
    left join {{ ref('stg_reference__priority_statuses') }} as statuses on statuses.status = priorities.status
    group by priorities.report_id
),

exams as (
    select
        institution_key,
        school_year,
        count(gap_pp) as exam_gaps,
        round(avg(gap_pp), 2) as mean_exam_gap_pp
    from {{ ref('exam_vs_national') }}
    group by institution_key, school_year
),

targets as (
    select
        institution_key,
        target_year,
        count(*) filter (where outcome in ('met', 'missed')) as exam_targets_due,
        count(*) filter (where outcome = 'met') as exam_targets_met
    from {{ ref('target_follow_through') }}
    group by institution_key, target_year
)

select
    years.institution_key,
    years.institution_name,
    years.school_year,
    years.report_id,
    years.report_ids,
    years.reports,
    programmes.programmes,
    programmes.learners_start,
    programmes.learners_end,
    programmes.learners_end - programmes.learners_start as net_change,
    programmes.learners_end - lag(programmes.learners_end) over (
        partition by years.institution_key order by years.school_year_start
    ) as learners_end_change,
    leavers.leavers,
    priorities.priorities,
    priorities.priorities_achieved_share,
    exams.exam_gaps,
    exams.mean_exam_gap_pp,
    coalesce(targets.exam_targets_due, 0) as exam_targets_due,
    coalesce(targets.exam_targets_met, 0) as exam_targets_met
from years
left join programmes on programmes.report_id = years.report_id
left join leavers on leavers.report_id = years.report_id
left join priorities on priorities.report_id = years.report_id
left join exams on exams.institution_key = years.institution_key and exams.school_year = years.school_year
left join targets on targets.institution_key = years.institution_key and targets.target_year = years.school_year
