"""Extract step: one module per template section, each turning a section's lines into typed rows
(dicts keyed by loaders.contract columns, without report_id) and parse issues."""
