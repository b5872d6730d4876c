"""What a long store operation did: counts and reasons, for the CLI's summary."""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

# Messages of failed inputs kept for the report; the counts are always whole.
MAX_ERRORS = 1000


@dataclass(slots=True)
class IngestSummary:
    """Counts from ``ingest``, ``store_analyses`` or ``reanalyze``.

    read: articles read (inputs that failed to read are in ``skipped``).
    stored: articles stored with their statements and events (reanalysed,
        for ``reanalyze``).
    duplicates: near-duplicates stored as links to their original.
    skipped: reason → count ("already stored", "repeated in input", or an
        error code such as "R004" or "F001").
    statements, entities, events: rows added; merged_events: reports added to events
        already stored from other articles.
    errors: the first MAX_ERRORS messages of failed inputs.
    interrupted: the run was stopped; the counts are what was committed.
    """

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    statements: int = 0
    entities: int = 0
    events: int = 0
    merged_events: int = 0
    errors: list[str] = field(default_factory=list)
    interrupted: bool = False

    def skip(self, reason: str, message: str | None = None) -> None:
        """Count one skipped input, keeping its message."""
        self.skipped[reason] += 1
        if message and len(self.errors) < MAX_ERRORS:
            self.errors.append(message)

    def copy(self) -> IngestSummary:
        """An independent copy (a snapshot at a commit)."""
        return copy.deepcopy(self)

    def to_dict(self) -> dict[str, Any]:
        """As plain data (JSON-ready)."""
        out = asdict(self)
        out["skipped"] = dict(self.skipped)
        return out


class Interrupted(KeyboardInterrupt):
    """A store run stopped by Ctrl-C or SIGTERM; ``summary`` says what was committed."""

    def __init__(self, summary: IngestSummary) -> None:
        super().__init__("interrupted")
        self.summary = summary
