-- Cooperation agreements and partners a report lists (section 5), one row per item.
select
    agreements.report_id,
    agreements.source_ref,
    identity.institution_key,
    identity.institution_name,
    identity.school_year,
    agreements.item_no,
    agreements.partner,
    agreements.text
from {{ ref('stg_reports__agreements') }} as agreements
inner join {{ ref('int_institutions__identity') }} as identity on identity.report_id = agreements.report_id
