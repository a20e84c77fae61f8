-- Every ingested report: the institution it belongs to, and whether it is the version of that
-- institution's school year the marts use. One row per report.
--
-- Identity (which institution a report belongs to), in order:
--   1. the registration number, where the report gives one (or another report with the same
--      normalised name gives exactly one) - a hook: the loaders do not extract it yet;
--   2. else the canonical name of a matching row of seeds/reference/institution_aliases.csv;
--   3. else the normalised name (macro normalise_institution_name: lower case, quote marks removed,
--      a leading "X novada" / "X pilsētas" / "X valstspilsētas" removed unless only the kind of
--      institution would be left, whitespace collapsed).
-- institution_key = md5 of 'reg:<number>' or 'name:<normalised name>'.
--
-- Versions: two reports of one institution for one school year are two versions of one report (a
-- corrected file published again, a copy with a word changed). The later one wins: the one whose
-- file name sorts last (byte order), then the higher report_id. A report date is not extracted,
-- and a file's modification time is not a property of its content, so the rule uses only what the
-- same inputs always give. The winner is_current; the other is 'superseded' and names its winner.
-- (Byte-identical files never get here: the loaders skip an exact duplicate with a note.)
-- A report whose school year could not be read is its own version.
--
-- institution_name is the name printed in the institution's newest current report, so every year
-- of one institution shows one name. int_institutions__identity keeps the current versions;
-- dq_superseded_reports lists the others. Does not read facts.
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
        reports.source_sha256,
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
            case
                when count(distinct registration_no) over (partition by canonical_normalised) = 1
                    then max(registration_no) over (partition by canonical_normalised)
            end
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
),

versioned as (
    select
        *,
        row_number() over (
            partition by identity_value, coalesce(school_year, 'report:' || report_id)
            order by source_file desc, report_id desc
        ) as version_rank,
        count(*) over (partition by identity_value, coalesce(school_year, 'report:' || report_id)) as versions
    from keyed
),

winners as (
    select identity_value, school_year, report_id, source_file
    from versioned
    where version_rank = 1 and school_year is not null
)

select
    versioned.report_id,
    versioned.source_file,
    versioned.source_sha256,
    versioned.school_year,
    versioned.school_year_start,
    md5(versioned.identity_value) as institution_key,
    first_value(versioned.institution_name_printed) over (
        partition by versioned.identity_value
        order by versioned.version_rank = 1 desc, versioned.school_year_start desc nulls last, versioned.report_id desc
    ) as institution_name,
    versioned.institution_name_printed,
    versioned.institution_kind,
    versioned.identity_basis,
    versioned.identity_value,
    versioned.registration_no_resolved as registration_no,
    versioned.name_normalised,
    versioned.alias_canonical_name,
    versioned.municipality,
    versioned.version_rank = 1 as is_current,
    case when versioned.version_rank = 1 then 'current' else 'superseded' end as version_status,
    versioned.version_rank,
    versioned.versions,
    case when versioned.version_rank > 1 then winners.report_id end as superseded_by_report_id,
    case when versioned.version_rank > 1 then winners.source_file end as superseded_by_file
from versioned
left join winners
    on
        winners.identity_value = versioned.identity_value
        and winners.school_year = versioned.school_year
