-- Staging for seed `institution_aliases`: each alias and canonical name normalised the way report names are; no joins.
with source as (
    select * from {{ ref('institution_aliases') }}
)

select
    cast({{ clean_text('alias') }} as varchar) as alias,
    cast({{ normalise_institution_name('alias') }} as varchar) as alias_normalised,
    cast({{ clean_text('canonical_name') }} as varchar) as canonical_name,
    cast({{ normalise_institution_name('canonical_name') }} as varchar) as canonical_normalised,
    cast({{ clean_text('note') }} as varchar) as note
from source
