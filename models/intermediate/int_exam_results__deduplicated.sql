-- One exam figure per institution x exam level x subject x school year x measure: the statement of the
-- latest report (statement_rank 1 of int_exam_results__stated; see there for the rule).
-- Does not filter measures or join reference data (the marts do).
select * exclude (statement_rank)
from {{ ref('int_exam_results__stated') }}
where statement_rank = 1
