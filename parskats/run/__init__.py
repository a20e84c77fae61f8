"""The warehouse steps after ingest: build (dbt), check (expectations gate), publish (atomic swap), run.

Each step is its own module (build, check, publish, pipeline) and the CLI wiring is in cli. dbt and
Great Expectations are imported lazily, inside the step that needs them. This package does not read
reports (that is loaders.ingest).
"""
