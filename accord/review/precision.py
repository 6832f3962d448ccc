"""accord's precision on a team's own news: each reviewed event, as coded, against its review.

Per PLOVER type as coded: how many events were reviewed; how many were events at all (not
reviewed as "not an event"); how many had the right type, sources, targets, status and date; and
how many were right in everything (reviewed correct, or "corrected" to the same coding).
Precision is right / reviewed. Recall cannot be had from reviews: nobody reviews a missed event.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from ..store import Store
from ..store.queries import Filters, list_events
from .gold import EVERYTHING

PARTS = ("event", "type", "source", "target", "status", "date", "all")


@dataclass
class TypePrecision:
    type: str
    reviewed: int = 0
    event: int = 0
    type_right: int = 0
    source: int = 0
    target: int = 0
    status: int = 0
    date: int = 0
    all: int = 0

    def precision(self, part: str) -> float | None:
        right = self.type_right if part == "type" else getattr(self, part)
        return round(right / self.reviewed, 4) if self.reviewed else None

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "precision": {part: self.precision(part) for part in PARTS}}


def _codes(parts: list[dict[str, Any]]) -> frozenset[str | None]:
    return frozenset(p["country"] for p in parts)


def review_precision(store: Store) -> list[TypePrecision]:
    """One row per coded type, most reviewed first, then the total (type "all")."""
    coded = list_events(store, Filters(as_coded=True, reviewed=True, limit=EVERYTHING))
    reviewed = {r["id"]: r for r in list_events(store, Filters(reviewed=True, limit=EVERYTHING))}
    rows: dict[str, TypePrecision] = {}
    total = TypePrecision("all")
    for c in coded:
        r = reviewed.get(c["id"])  # None: reviewed as not an event
        checks = {} if r is None else {
            "type_right": r["type"] == c["type"],
            "source": _codes(r["source"]) == _codes(c["source"]),
            "target": _codes(r["target"]) == _codes(c["target"]),
            "status": r["status"] == c["status"], "date": r["date"] == c["date"],
        }
        everything = r is not None and all(checks.values()) and r["mode"] == c["mode"]
        for row in (rows.setdefault(c["type"], TypePrecision(c["type"])), total):
            row.reviewed += 1
            row.event += r is not None
            for name, right in checks.items():
                setattr(row, name, getattr(row, name) + right)
            row.all += everything
    return sorted(rows.values(), key=lambda t: (-t.reviewed, t.type)) + ([total] if coded else [])
