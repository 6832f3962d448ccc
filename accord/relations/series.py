"""Dyad series: per period, what two actors did to each other.

For each period: event counts by QuadClass and by PLOVER type, the mean PLOVER score weighted by
confidence, and the net cooperation index

    net = (coop - conflict) / (coop + conflict)      coop: QuadClass 1, 2; conflict: QuadClass 3, 4

which runs from -1 (only conflict) to +1 (only cooperation) and is None for a period without
coded events. Each fused event counts once; negated and hypothetical events are excluded;
anticipated events are counted apart (`anticipated`) and enter no other figure. A reciprocal
event ("A and B signed") counts in both directions. An event dated more coarsely than the
period (only a month known, in a weekly series) cannot be placed and is left out, counted in
`DyadSeries.imprecise`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from .load import ANTICIPATED, COUNTED, DyadEvent
from .members import Side
from .periods import By, period_label, period_range, period_start


@dataclass
class Period:
    start: date
    label: str
    events: int = 0
    quad: dict[int, int] = field(default_factory=lambda: {1: 0, 2: 0, 3: 0, 4: 0})
    types: dict[str, int] = field(default_factory=dict)
    mean_score: float | None = None  # PLOVER score, mean weighted by confidence
    net: float | None = None
    anticipated: int = 0

    @property
    def coop(self) -> int:
        return self.quad[1] + self.quad[2]

    @property
    def conflict(self) -> int:
        return self.quad[3] + self.quad[4]

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["start"] = self.start.isoformat()
        out["quad"] = {str(k): v for k, v in self.quad.items()}
        out.update(coop=self.coop, conflict=self.conflict)
        return out


@dataclass
class DyadSeries:
    a: str
    b: str
    by: By
    directed: bool
    level: str
    members: bool
    periods: list[Period]
    imprecise: int = 0  # events left out: dated more coarsely than the period

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "by": self.by, "directed": self.directed,
                "level": self.level, "members": self.members, "imprecise": self.imprecise,
                "net_index": "(coop - conflict) / (coop + conflict); coop = QuadClass 1-2, conflict = 3-4",
                "periods": [p.to_dict() for p in self.periods]}


def flows(event: DyadEvent, a: Side, b: Side) -> tuple[bool, bool]:
    """Whether `event` goes a->b and b->a. Reciprocal events go both ways among all participants."""
    if event.reciprocal:
        both = a.matches(event.participants, event.day) and b.matches(event.participants, event.day)
        return both, both
    return (a.matches(event.sources, event.day) and b.matches(event.targets, event.day),
            b.matches(event.sources, event.day) and a.matches(event.targets, event.day))


def dyad_events(events: Iterable[DyadEvent], a: Side, b: Side, *, directed: bool) -> list[DyadEvent]:
    """The events of the dyad: a->b only when `directed`, else either way (each event once)."""
    out = []
    for e in events:
        ab, ba = flows(e, a, b)
        if ab or (ba and not directed):
            out.append(e)
    return out


def summarise(period: Period, events: list[DyadEvent]) -> Period:
    """Fill `period` with the figures of `events` (already limited to the period)."""
    counted = [e for e in events if e.status in COUNTED]
    period.anticipated = sum(e.status == ANTICIPATED for e in events)
    period.events = len(counted)
    for e in counted:
        if e.quad_class in period.quad:
            period.quad[e.quad_class] += 1
    period.types = dict(sorted(Counter(e.type for e in counted).items(), key=lambda kv: (-kv[1], kv[0])))
    scored = [(e.plover_score, e.confidence) for e in counted if e.plover_score is not None]
    weight = sum(c for _, c in scored)
    if weight > 0:
        period.mean_score = round(sum(s * c for s, c in scored) / weight, 4)  # type: ignore[operator]
    period.net = net_index(period.coop, period.conflict)
    return period


def net_index(coop: int, conflict: int) -> float | None:
    total = coop + conflict
    return None if total == 0 else round((coop - conflict) / total, 4)


GRAIN = {"day": 0, "week": 0, "month": 1, "quarter": 1, "year": 2}  # finest date a period needs


def dyad_series(events: Iterable[DyadEvent], a: Side, b: Side, *, by: By = "month",
                directed: bool = False, since: date | None = None, until: date | None = None,
                level: str = "country") -> DyadSeries:
    """The per-period series of the dyad a-b (or a->b), empty periods included."""
    in_range = [e for e in dyad_events(events, a, b, directed=directed)
                if (since is None or e.day >= since) and (until is None or e.day <= until)]
    grain = GRAIN[by]
    chosen = [e for e in in_range if e.grain <= grain]
    series = DyadSeries(a.code, b.code, by, directed, level, bool(a.members or b.members), [],
                        imprecise=len(in_range) - len(chosen))
    if not chosen:
        return series
    first, last = since or chosen[0].day, until or chosen[-1].day
    buckets: dict[date, list[DyadEvent]] = {}
    for e in chosen:
        buckets.setdefault(period_start(e.day, by), []).append(e)
    series.periods = [summarise(Period(start, period_label(start, by)), buckets.get(start, []))
                      for start in period_range(first, last, by)]
    return series


SPARKS = "▁▂▃▄▅▆▇█"


def sparkline(values: Iterable[float | None], lo: float = -1.0, hi: float = 1.0) -> str:
    """One character per value between `lo` and `hi`; `·` for a missing value."""
    out = []
    for v in values:
        if v is None:
            out.append("·")
            continue
        i = round((min(max(v, lo), hi) - lo) / (hi - lo) * (len(SPARKS) - 1))
        out.append(SPARKS[i])
    return "".join(out)
