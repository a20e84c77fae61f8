"""parse_issues: what could not be read, never dropped silently. One collector per report."""
from __future__ import annotations

from dataclasses import dataclass, field

from loaders.model import span_ref


@dataclass
class Issues:
    rows: list[dict] = field(default_factory=list)

    def add(self, section: str, severity: str, code: str, message: str, lines=()) -> None:
        self.rows.append({"source_ref": span_ref(list(lines)), "section": section, "severity": severity,
                          "code": code, "message": message})

    def warn(self, section: str, code: str, message: str, lines=()) -> None:
        self.add(section, "warning", code, message, lines)

    def error(self, section: str, code: str, message: str, lines=()) -> None:
        self.add(section, "error", code, message, lines)

