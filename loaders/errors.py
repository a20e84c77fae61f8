"""Errors a reader raises for a file it cannot read. Each carries one sentence for the user."""


class ReportError(Exception):
    """The file cannot be ingested (empty, corrupt, encrypted, not a report, too large...)."""
