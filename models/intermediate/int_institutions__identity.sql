-- Which institution each report belongs to: one row per report with its institution_key and the rule
-- that decided it. The rule, in order:
--   1. the registration number, where the report gives one (or another report with the same
--      normalised name gives exactly one) - a hook: the loaders do not extract it yet;
--   2. else the canonical name of a matching row of seeds/reference/institution_aliases.csv;
--   3. else the normalised name (macro normalise_institution_name: lower case, quote marks removed,
--      a leading "X novada" / "X pilsētas" / "X valstspilsētas" removed, whitespace collapsed).
-- institution_key = md5 of 'reg:<number>' or 'name:<normalised name>'. institution_name is the name
-- printed in the institution's newest report, so every year of one institution shows one name.
-- Does not read facts (programmes, exams ...): the marts join them by report_id.
with reports as (
    select * from {{ ref('stg_reports__reports') }}
),

aliases as (
    select * from {{ ref('stg_reference__institution_aliases') }}
),

named as (
    select
        reports.report_id,
        reports.source_file,
        reports.school_year,
        reports.school_year_start,
        reports.institution_kind,
        reports.institution_name as institution_name_printed,
        reports.registration_no,
        {{ normalise_institution_name('reports.institution_name') }} as name_normalised,
        {{ institution_municipality('reports.institution_name') }} as municipality
    from reports
),

aliased as (
    select
        named.*,
        aliases.canonical_name as alias_canonical_name,
        coalesce(aliases.canonical_normalised, named.name_normalised) as canonical_normalised
    from named
    left join aliases on aliases.alias_normalised = named.name_normalised
),

registered as (
    select
        *,
        coalesce(
            registration_no,
            case when count(distinct registration_no) over (partition by canonical_normalised) = 1
                 then max(registration_no) over (partition by canonical_normalised) end
        ) as registration_no_resolved
    from aliased
),

keyed as (
    select
        *,
        case
            when registration_no_resolved is not null then 'registration_no'
            when alias_canonical_name is not null then 'alias'
            else 'normalised_name'
        end as identity_basis,
        coalesce('reg:' || registration_no_resolved, 'name:' || canonical_normalised) as identity_value
    from registered
)

select
    report_id,
    source_file,
    school_year,
    school_year_start,
    md5(identity_value) as institution_key,
    first_value(institution_name_printed) over (
        partition by identity_value order by school_year_start desc, report_id desc
    ) as institution_name,
    institution_name_printed,
    institution_kind,
    identity_basis,
    identity_value,
    registration_no_resolved as registration_no,
    name_normalised,
    alias_canonical_name,
    municipality
from keyed
