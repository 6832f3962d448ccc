"""Shifts: dyads whose cooperation changed between a baseline window and the recent window.

Each event of a dyad scores +1 (cooperation, QuadClass 1-2) or -1 (conflict, QuadClass 3-4), so
a window's mean score is its net cooperation index. The effect is the difference of means,
recent minus baseline (from -2 to +2). Its significance comes from a two-sided permutation test:
under "no change" the window labels are exchangeable, so shuffling them gives the exact null
distribution of the difference, whatever the (small, skewed, tied) counts; with the +1
correction, P(p <= alpha) <= alpha holds for any sample size, which is what keeps false alarms
rare on the thin dyads news data has. A shuffle matters only through how many cooperation
events it puts in the recent window, and that number is hypergeometric, so each shuffle is
drawn as that one number rather than as a shuffled copy of every event (the same test, in time
independent of the dyad's size: a dense dyad has thousands of events in its windows).

The uncertainty is a 95% credible interval of the difference of net indices,
2*(theta_recent - theta_baseline), with each window's cooperation share
theta ~ Beta(1 + coop, 1 + conflict) (uniform prior), computed from the two densities convolved
on a grid (`GRID` cells on [0, 1]: quantiles within about 1e-3, closer than 20,000 Monte Carlo
draws get, in a tenth of their time); unlike a bootstrap it stays honest when a small window is
all cooperation or all conflict. Dyads tested together get Benjamini-Hochberg q-values; an alert
needs q < alpha. The permutations come from a seeded generator, so results are reproducible.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import combinations, product
from typing import Any

import numpy as np

from .load import COUNTED, DyadEvent

ALPHA = 0.05
N_PERMUTATIONS = 4999  # p-value resolution 1/5000; the test stays fast for hundreds of dyads
GRID = 4096  # cells of [0, 1] on which the credible interval's Beta densities are convolved
MIN_EVENTS = 5  # per window; calibrated by tests/test_relations.py (false-alarm rate <= 5%)
SEED = 20250923


@dataclass
class ShiftTest:
    effect: float  # recent mean - baseline mean
    low: float  # 95% credible interval of the effect
    high: float
    p_value: float


def permutation_test(recent: Sequence[float], baseline: Sequence[float], *,
                     n_permutations: int = N_PERMUTATIONS,
                     seed: int = SEED) -> ShiftTest:
    """Two-sided permutation test of the difference of mean scores (+1 cooperation, -1 conflict)
    between two windows, with a Beta-posterior 95% interval of that difference."""
    r, b = np.asarray(recent, dtype=float), np.asarray(baseline, dtype=float)
    if len(r) == 0 or len(b) == 0:
        raise ValueError("both windows need at least one event")
    if not np.all(np.abs(np.concatenate([r, b])) == 1):
        raise ValueError("scores are +1 (cooperation) or -1 (conflict)")
    rng = np.random.default_rng(seed)
    observed = r.mean() - b.mean()
    coop_r, coop_b = int(np.sum(r > 0)), int(np.sum(b > 0))
    coop = coop_r + coop_b
    recent_coop = rng.hypergeometric(coop, len(r) + len(b) - coop, len(r), size=n_permutations)
    diffs = (2 * recent_coop - len(r)) / len(r) - (2 * (coop - recent_coop) - len(b)) / len(b)
    extreme = np.count_nonzero(np.abs(diffs) >= abs(observed) - 1e-12)
    p = (extreme + 1) / (n_permutations + 1)
    low, high = 2 * difference_quantiles(Beta(1 + coop_r, 1 + len(r) - coop_r), Beta(1 + coop_b, 1 + len(b) - coop_b),
                                         (0.025, 0.975))
    return ShiftTest(round(float(observed), 4), round(float(low), 4), round(float(high), 4), float(p))


@dataclass(frozen=True)
class Beta:
    a: float
    b: float

    def masses(self, centres: np.ndarray) -> np.ndarray:
        """The probability of each grid cell (its density at the centre, normalised)."""
        log_density = (self.a - 1) * np.log(centres) + (self.b - 1) * np.log1p(-centres)
        density = np.exp(log_density - log_density.max())
        return density / density.sum()


def difference_quantiles(x: Beta, y: Beta, probabilities: Sequence[float], grid: int = GRID) -> np.ndarray:
    """Quantiles of X - Y for independent Beta variables: the distribution of the difference is
    the correlation of the two densities, computed on `grid` cells by FFT."""
    centres = (np.arange(grid) + 0.5) / grid
    size = 2 * grid
    spread = np.fft.irfft(np.fft.rfft(x.masses(centres), size) * np.fft.rfft(y.masses(centres)[::-1], size), size)
    cdf = np.cumsum(np.clip(spread[: 2 * grid - 1], 0.0, None))
    upper_edges = (np.arange(2 * grid - 1) - (grid - 1) + 0.5) / grid  # of each cell of x - y
    return np.interp(probabilities, cdf / cdf[-1], upper_edges)


def bh_qvalues(p_values: Sequence[float]) -> list[float]:
    """Benjamini-Hochberg adjusted p-values (false discovery rate across the dyads tested)."""
    p = np.asarray(p_values, dtype=float)
    if len(p) == 0:
        return []
    order = np.argsort(p)
    ranked = p[order] * len(p) / np.arange(1, len(p) + 1)
    q = np.minimum.accumulate(ranked[::-1])[::-1].clip(max=1.0)
    out = np.empty_like(q)
    out[order] = q
    return [float(v) for v in out]


@dataclass
class Shift:
    a: str
    b: str
    recent_events: int
    baseline_events: int
    recent_net: float | None
    baseline_net: float | None
    status: str  # "alert", "no significant change", "not enough evidence"
    test: ShiftTest | None = None
    q_value: float | None = None
    evidence: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out = {k: v for k, v in self.__dict__.items() if k != "test"}
        out["test"] = self.test.__dict__ if self.test else None
        return out


def dyad_pairs(event: DyadEvent) -> set[tuple[str, str]]:
    """The unordered actor pairs an event links (all pairs among participants if reciprocal)."""
    if event.reciprocal:
        return set(combinations(sorted(event.participants), 2))
    return {(min(s, t), max(s, t)) for s, t in product(event.sources, event.targets) if s != t}


def by_dyad(events: Iterable[DyadEvent], *, max_grain: int = 0) -> dict[tuple[str, str], list[DyadEvent]]:
    """Counted, QuadClass-coded events per unordered pair; by default only those dated to the
    day (a month- or year-dated event cannot be placed in a 30-day window)."""
    out: dict[tuple[str, str], list[DyadEvent]] = {}
    for e in events:
        if e.status in COUNTED and e.coop != 0 and e.grain <= max_grain:
            for pair in dyad_pairs(e):
                out.setdefault(pair, []).append(e)
    return out


def _net(scores: list[int]) -> float | None:
    return round(sum(scores) / len(scores), 4) if scores else None


def find_shifts(events: Sequence[DyadEvent], *, window: timedelta, baseline: timedelta,
                as_of: date | None = None, min_events: int = MIN_EVENTS, alpha: float = ALPHA,
                seed: int = SEED) -> list[Shift]:
    """Every dyad with events in either window, tested when both windows hold `min_events`.
    Ranked: alerts first by |effect|, then untested rows, then the rest."""
    if as_of is None:
        as_of = max((e.day for e in events), default=date.today())
    base_start = as_of - window - baseline
    return shifts_of_pairs(by_dyad(e for e in events if base_start < e.day <= as_of), window=window, as_of=as_of,
                       min_events=min_events, alpha=alpha, seed=seed)


def shifts_of_pairs(pairs: dict[tuple[str, str], list[DyadEvent]], *, window: timedelta, as_of: date,
                min_events: int = MIN_EVENTS, alpha: float = ALPHA, seed: int = SEED) -> list[Shift]:
    """`find_shifts` over the events of each dyad (as `by_dyad` gives them), already cut to the
    baseline and the recent window ending `as_of`."""
    recent_start = as_of - window
    shifts: list[Shift] = []
    for (a, b), evs in sorted(pairs.items()):
        rec = [e for e in evs if e.day > recent_start]
        base = [e for e in evs if e.day <= recent_start]
        rs, bs = [e.coop for e in rec], [e.coop for e in base]
        shift = Shift(a, b, len(rec), len(base), _net(rs), _net(bs), "not enough evidence")
        if len(rec) >= min_events and len(base) >= min_events:
            shift.test = permutation_test(rs, bs, seed=seed)
        shift.evidence = [{"event_id": e.event_id, "day": e.day.isoformat(), "type": e.type,
                           "quad_class": e.quad_class, "confidence": e.confidence}
                          for e in _top_evidence(rec, shift.test)]
        shifts.append(shift)
    tested = [s for s in shifts if s.test]
    for s, q in zip(tested, bh_qvalues([s.test.p_value for s in tested if s.test])):
        s.q_value = round(q, 4)
        s.status = "alert" if q < alpha else "no significant change"
    rank = {"alert": 0, "no significant change": 1, "not enough evidence": 2}
    return sorted(shifts, key=lambda s: (rank[s.status], -abs(s.test.effect) if s.test else 0,
                                         -(s.recent_events + s.baseline_events), s.a, s.b))


def _top_evidence(recent: list[DyadEvent], test: ShiftTest | None, k: int = 3) -> list[DyadEvent]:
    """The recent events pointing the way of the change, most confident and strongest first."""
    sign = 0 if test is None or test.effect == 0 else (1 if test.effect > 0 else -1)
    pool = [e for e in recent if sign == 0 or e.coop == sign] or recent
    return sorted(pool, key=lambda e: (-e.confidence * abs(e.plover_score or e.goldstein or 1.0),
                                       e.day, e.event_id))[:k]
