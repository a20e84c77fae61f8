"""parskats: the product around the loaders: the command line (parskats.cli), a run's machinery
(parskats.run: lock, caches, dbt build, the gate's runner, the pipeline and its log) and publication
(parskats.publish: one release switched in by one pointer, exports, column guide, HTML overview, dbt docs).

The loaders (read → split → extract → write) are the separate package `loaders`; this package never
parses a report itself.
"""
