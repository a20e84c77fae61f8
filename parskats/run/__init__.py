"""The warehouse steps after ingest: build (dbt), check (expectations gate), publish (one release), run.

Each step is its own module (build, check, pipeline; publication is parskats.publish), beside the
run's machinery (guard: refuse paths parskats did not create; lock; cache; locations; log; pause: the
kill-test hook), and the CLI wiring is in parskats.cli. dbt and
Great Expectations are imported lazily, inside the step that needs them. This package does not read
reports (that is loaders.ingest).
"""
