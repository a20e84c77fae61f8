-- Why learners left (section 1.2) in the report's own words: one row per report x template item x
-- category x reason text, with the count and its share of the report's total.
with reasons as (
    select
        report_id,
        item_no,
        category,
        reason_text,
        cast(sum(learners) as integer) as learners,
        count(*) as stated_counts,
        string_agg(distinct source_ref, ', ' order by source_ref) as source_ref
    from {{ ref('stg_reports__leaving_reasons') }}
    group by report_id, item_no, category, reason_text
)

select
    reasons.report_id,
    reasons.source_ref,
    identity.institution_key,
    identity.institution_name,
    identity.school_year,
    reasons.item_no,
    reasons.category,
    categories.label_lv as category_label_lv,
    reasons.reason_text,
    reasons.learners,
    reasons.stated_counts,
    round(reasons.learners / nullif(sum(reasons.learners) over (partition by reasons.report_id), 0), 4)
        as share_of_report
from reasons
inner join {{ ref('int_institutions__identity') }} as identity on identity.report_id = reasons.report_id
left join {{ ref('stg_reference__leaving_categories') }} as categories on categories.category = reasons.category
