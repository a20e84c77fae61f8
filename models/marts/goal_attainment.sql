-- Priorities of the evaluated year with their status scored by seeds/reference/priority_statuses.csv
-- (1 / 0.5 / 0; NULL for unknown).
with priorities as (
    select * from {{ ref('int_priorities__target_check') }}
)

select
    priorities.report_id,
    priorities.source_ref,
    reports.institution_key,
    reports.institution_name,
    reports.school_year,
    priorities.priority_no,
    priorities.area,
    priorities.title,
    priorities.result_type,
    priorities.planned_results,
    priorities.status,
    priorities.status_raw,
    priorities.evidence,
    statuses.label_lv as status_label_lv,
    statuses.score as status_score,
    priorities.planned_pct,
    priorities.evidence_pct,
    priorities.own_numbers_miss_target
from priorities
inner join {{ ref('int_institutions__identity') }} as reports on reports.report_id = priorities.report_id
left join {{ ref('stg_reference__priority_statuses') }} as statuses on statuses.status = priorities.status
