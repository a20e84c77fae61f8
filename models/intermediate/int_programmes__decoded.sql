-- Every distinct programme code in the reports decoded into its parts by joining the
-- programme_code_parts reference (data, not CASE chains). A part whose digits have no reference row
-- stays NULL and fully_decoded is false. Does not carry learner counts (see enrolment_flows).
with codes as (
    select distinct programme_code
    from {{ ref('stg_reports__programmes') }}
    where programme_code is not null
),

parts as (
    select * from {{ ref('stg_reference__programme_code_parts') }}
),

matched as (
    select
        codes.programme_code,
        parts.part,
        parts.key,
        parts.label_lv,
        parts.label_en,
        parts.is_special,
        parts.is_minority,
        row_number() over (
            partition by codes.programme_code, parts.part
            order by parts.level_scope nulls last
        ) as scope_rank
    from codes
    inner join parts
        on
            substr(codes.programme_code, parts.first_digit, parts.last_digit - parts.first_digit + 1) = parts.code_value
            and (parts.level_scope is null or parts.level_scope = substr(codes.programme_code, 1, 1))
)

select
    programme_code,
    max(key) filter (where part = 'education_level') as education_level,
    max(label_lv) filter (where part = 'education_level') as education_level_lv,
    max(key) filter (where part = 'programme_type') as programme_type,
    max(label_lv) filter (where part = 'programme_type') as programme_type_lv,
    max(key) filter (where part = 'thematic_field') as thematic_field,
    max(key) filter (where part = 'direction') as direction,
    max(label_lv) filter (where part = 'direction') as direction_lv,
    coalesce(bool_or(is_special) filter (where part = 'direction'), false) as is_special,
    max(key) filter (where part = 'direction' and is_special) as special_needs_type,
    max(key) filter (where part = 'language') as language,
    coalesce(bool_or(is_minority) filter (where part = 'language'), false) as is_minority,
    max(key) filter (where part = 'study_form') as study_form,
    max(label_lv) filter (where part = 'study_form') as study_form_lv,
    count(distinct part) = 6 as fully_decoded
from matched
where scope_rank = 1
group by programme_code
