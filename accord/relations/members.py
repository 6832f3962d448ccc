"""IGO membership (data file `data/igo_members.tsv`), dated so that expansion is right in time."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

MEMBERS_FILE = Path(__file__).parent / "data" / "igo_members.tsv"


@dataclass(frozen=True)
class Membership:
    member: str
    start: date | None
    end: date | None  # exclusive; None = still a member

    def on(self, day: date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


def _day(value: str) -> date | None:
    return date.fromisoformat(value) if value.strip() else None


@lru_cache(maxsize=4)
def load_members(path: Path = MEMBERS_FILE) -> dict[str, tuple[Membership, ...]]:
    """IGO code -> its memberships, read from a tab-separated file (lines starting # are notes)."""
    with path.open(encoding="utf-8") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    out: dict[str, list[Membership]] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        out.setdefault(row["igo"], []).append(
            Membership(row["member"], _day(row["start"] or ""), _day(row.get("end") or "")))
    return {igo: tuple(ms) for igo, ms in out.items()}


def known_igos() -> list[str]:
    return sorted(load_members())


@dataclass(frozen=True)
class Side:
    """One side of a dyad: an actor code, optionally standing for its member states too."""

    code: str
    members: tuple[Membership, ...] = ()

    @property
    def codes(self) -> set[str]:
        """Every code this side may stand for, on any day."""
        return {self.code} | {m.member for m in self.members}

    def matches(self, codes: frozenset[str], day: date | None) -> bool:
        if self.code in codes:
            return True
        return any(m.member in codes and m.on(day) for m in self.members)


def side(code: str, *, expand: bool = False) -> Side:
    """A dyad side for `code`; with `expand`, an IGO also stands for its members on each date."""
    code = code if code.startswith("person:") else code.upper()
    return Side(code, load_members().get(code, ()) if expand else ())
