-- A priority a report plans for the next year (section 11), followed into that year's report: matched
-- to the evaluated priority (section 2) of the same institution whose title is most similar
-- (macros/title_similarity.sql), if the similarity reaches var('priority_title_match_threshold').
with identity as (
    select * from {{ ref('int_institutions__identity') }}
),

planned as (
    select
        planned.report_id,
        identity.institution_key,
        identity.institution_name,
        identity.school_year as planned_in_year,
        planned.school_year as planned_for_year,
        planned.priority_no,
        min(planned.source_ref) as source_ref,
        max(planned.area) as area,
        max(planned.title) as title,
        {{ title_stems('max(planned.title)') }} as stems
    from {{ ref('stg_reports__planned_priorities') }} as planned
    inner join identity on identity.report_id = planned.report_id
    group by all
),

evaluated as (
    select
        priorities.report_id,
        identity.institution_key,
        identity.school_year,
        priorities.priority_no,
        min(priorities.source_ref) as source_ref,
        max(priorities.title) as title,
        max(priorities.status) filter (where priorities.result_type = 'qualitative') as status_qualitative,
        max(priorities.status) filter (where priorities.result_type = 'quantitative') as status_quantitative,
        round(avg(statuses.score), 4) as mean_score,
        {{ title_stems('max(priorities.title)') }} as stems
    from {{ ref('stg_reports__priorities') }} as priorities
    inner join identity on identity.report_id = priorities.report_id
    left join {{ ref('stg_reference__priority_statuses') }} as statuses on statuses.status = priorities.status
    group by all
),

reported_years as (
    select institution_key, school_year, count(*) as reports
    from identity
    group by institution_key, school_year
),

candidates as (
    select
        planned.*,
        evaluated.report_id as evaluated_report_id,
        evaluated.source_ref as evaluated_source_ref,
        evaluated.priority_no as evaluated_priority_no,
        evaluated.title as evaluated_title,
        evaluated.status_qualitative,
        evaluated.status_quantitative,
        evaluated.mean_score,
        {{ stem_similarity('planned.stems', 'evaluated.stems') }} as title_similarity,
        row_number() over (
            partition by planned.report_id, planned.planned_for_year, planned.priority_no
            order by
                {{ stem_similarity('planned.stems', 'evaluated.stems') }} desc nulls last,
                evaluated.priority_no = planned.priority_no desc,
                evaluated.priority_no
        ) as candidate_rank
    from planned
    left join evaluated
        on
            evaluated.institution_key = planned.institution_key
            and evaluated.school_year = planned.planned_for_year
),

best as (
    select
        *,
        coalesce(title_similarity >= {{ var('priority_title_match_threshold') }}, false) as is_match
    from candidates
    where candidate_rank = 1
)

select
    best.institution_key,
    best.institution_name,
    best.report_id as planned_report_id,
    best.source_ref as planned_source_ref,
    best.planned_in_year,
    best.planned_for_year,
    best.priority_no as planned_priority_no,
    best.area as planned_area,
    best.title as planned_title,
    case
        when best.is_match then 'evaluated'
        when best.evaluated_report_id is not null then 'dropped'
        when reported_years.reports is not null then 'not_reported'
        else 'awaiting_report'
    end as follow_through,
    best.title_similarity,
    case when best.is_match then best.evaluated_report_id end as evaluated_report_id,
    case when best.is_match then best.evaluated_source_ref end as evaluated_source_ref,
    case when best.is_match then best.evaluated_priority_no end as evaluated_priority_no,
    case when best.is_match then best.evaluated_title end as evaluated_title,
    case when not best.is_match then best.evaluated_title end as closest_evaluated_title,
    case
        when best.is_match
            then
                case
                    when best.mean_score is null then 'unknown'
                    when best.mean_score = 1 then 'achieved'
                    when best.mean_score = 0 then 'not_achieved'
                    else 'partially_achieved'
                end
    end as status,
    case when best.is_match then best.status_qualitative end as status_qualitative,
    case when best.is_match then best.status_quantitative end as status_quantitative,
    case when best.is_match then best.mean_score end as mean_score
from best
left join reported_years
    on
        reported_years.institution_key = best.institution_key
        and reported_years.school_year = best.planned_for_year
