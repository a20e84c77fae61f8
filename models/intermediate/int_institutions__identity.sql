-- The reports the marts use, with the institution each belongs to: one row per report that is the
-- current version of its institution's school year (one per institution and school year). The
-- identity rule and the version rule are int_reports__versions'; superseded versions are left out
-- here and listed in dq_superseded_reports. Does not read facts (programmes, exams ...): the marts
-- join them by report_id, so a superseded report's facts reach no mart.
select
    report_id,
    source_file,
    school_year,
    school_year_start,
    institution_key,
    institution_name,
    institution_name_printed,
    institution_kind,
    identity_basis,
    identity_value,
    registration_no,
    name_normalised,
    alias_canonical_name,
    municipality
from {{ ref('int_reports__versions') }}
where is_current
