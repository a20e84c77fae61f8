{#- Title similarity for following a priority from one report to the next (priority_follow_through).
    A title's stems: its words lower-cased without diacritics, words of 3 letters or more, each cut to
    its first 5 letters (so Latvian endings do not count: "iekļaujošas" and "iekļaujošās" are one
    stem). Similarity: the Dice coefficient of two stem sets, 2 |A ∩ B| / (|A| + |B|), 0 to 1. -#}
{% macro title_stems(expr) -%}
    list_distinct(list_transform(
        list_filter(
            string_split_regex(trim(regexp_replace(lower(strip_accents({{ expr }})), '[^a-z0-9]+', ' ', 'g')), ' '),
            lambda w: length(w) >= 3),
        lambda w: left(w, 5)))
{%- endmacro %}

{% macro stem_similarity(stems_a, stems_b) -%}
    round(2.0 * len(list_intersect({{ stems_a }}, {{ stems_b }})) / nullif(len({{ stems_a }}) + len({{ stems_b }}), 0), 4)
{%- endmacro %}
