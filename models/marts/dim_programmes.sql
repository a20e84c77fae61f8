-- One row per programme code seen in the reports, decoded, with the name most often printed for it.
with names as (
    select
        programme_code,
        programme_name,
        row_number() over (partition by programme_code order by count(*) desc, programme_name) as name_rank
    from {{ ref('stg_reports__programmes') }}
    where programme_code is not null
    group by programme_code, programme_name
)

select
    decoded.programme_code,
    names.programme_name,
    decoded.education_level,
    decoded.education_level_lv,
    decoded.programme_type,
    decoded.programme_type_lv,
    decoded.thematic_field,
    decoded.direction,
    decoded.direction_lv,
    decoded.is_special,
    decoded.special_needs_type,
    decoded.language,
    decoded.is_minority,
    decoded.study_form,
    decoded.study_form_lv,
    decoded.fully_decoded
from {{ ref('int_programmes__decoded') }} as decoded
left join names on names.programme_code = decoded.programme_code and names.name_rank = 1
