-- Reports left out of every mart because another version of the same institution's school year
-- replaced them (int_reports__versions: the file whose name sorts last wins). One row per superseded
-- report, beside the report used instead.
select
    superseded.report_id,
    superseded.source_file,
    superseded.source_sha256,
    superseded.institution_key,
    superseded.institution_name,
    superseded.institution_name_printed,
    superseded.school_year,
    superseded.versions,
    superseded.superseded_by_report_id as used_report_id,
    superseded.superseded_by_file as used_source_file,
    'another version of this institution''s ' || superseded.school_year || ' report is used: '
    || superseded.superseded_by_file || ' (the file name that sorts last wins)' as reason
from {{ ref('int_reports__versions') }} as superseded
where not superseded.is_current
