-- Learners who left, per report and category (all four categories for every report that states any).
with reasons as (
    select * from {{ ref('stg_reports__leaving_reasons') }}
),

categories as (
    select category, label_lv from {{ ref('stg_reference__leaving_categories') }}
),

grid as (
    select distinct reasons.report_id, categories.category
    from reasons
    cross join categories
),

counted as (
    select
        grid.report_id,
        grid.category,
        cast(coalesce(sum(reasons.learners), 0) as integer) as learners
    from grid
    left join reasons
        on
            reasons.report_id = grid.report_id
            and reasons.category = grid.category
    group by grid.report_id, grid.category
)

select
    counted.report_id,
    reports.institution_key,
    reports.institution_name,
    reports.school_year,
    counted.category,
    categories.label_lv as category_label_lv,
    counted.learners,
    round(counted.learners / nullif(sum(counted.learners) over (partition by counted.report_id), 0), 4) as share
from counted
inner join {{ ref('int_institutions__identity') }} as reports on reports.report_id = counted.report_id
inner join categories on categories.category = counted.category
