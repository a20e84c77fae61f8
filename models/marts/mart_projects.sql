-- The largest projects a report describes (section 4), one row per project.
select
    projects.report_id,
    projects.source_ref,
    identity.institution_key,
    identity.institution_name,
    identity.school_year,
    projects.project_no,
    projects.title,
    projects.summary,
    projects.results
from {{ ref('stg_reports__projects') }} as projects
inner join {{ ref('int_institutions__identity') }} as identity on identity.report_id = projects.report_id
