"""What people without SQL get from a published build: exports of every mart (Parquet, CSV and a
column guide), a static HTML overview with charts drawn at build time, and the dbt docs page.

Everything is written into a staging folder from the checked build file and swapped in as a whole
(parskats.publish.swap). This package does not build, check or rename the warehouse.
"""
