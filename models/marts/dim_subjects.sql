-- Canonical exam subjects with Latvian and English names.
select
    subjects.subject,
    subjects.name_lv,
    subjects.name_en,
    subjects.aliases,
    exists(
        select 1 from {{ ref('stg_reference__national_exam_averages') }} as ref_avg
        where ref_avg.subject = subjects.subject
    ) as has_reference_average
from {{ ref('stg_reference__subjects') }} as subjects
