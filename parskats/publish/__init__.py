"""What people without SQL get from a published build: exports of every mart (Parquet, CSV and a
column guide), a static HTML overview with charts drawn at build time, and the dbt docs page.

Everything is written from the checked build file into a release folder beside the warehouse file
it came from, and the release is put in service by switching one pointer (parskats.publish.publication,
parskats.publish.swap). This package does not build or check.
"""
