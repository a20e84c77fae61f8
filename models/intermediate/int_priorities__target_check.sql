-- Priority rows with the first percentage of their planned result and of their evidence, so a status
-- "achieved" next to a number that misses its own target can be flagged for a person to look at.
-- A heuristic: it compares first-stated percentages only, and never changes the reported status.
with priorities as (
    select * from {{ ref('stg_reports__priorities') }}
),

percentages as (
    select
        *,
        try_cast(replace(nullif(regexp_extract(planned_results, '(\d+(?:[.,]\d+)?)\s*%', 1), ''), ',', '.') as double)
            as planned_pct,
        try_cast(replace(nullif(regexp_extract(evidence, '(\d+(?:[.,]\d+)?)\s*%', 1), ''), ',', '.') as double)
            as evidence_pct
    from priorities
)

select
    *,
    coalesce(result_type = 'quantitative' and evidence_pct < planned_pct, false) as own_numbers_miss_target
from percentages
