"""Event scoring for one gold line: alignment, then detection, type, participants, status, date."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .gold import GoldEvent
from .match import actor_table, align, country_level
from .scores import Counts, Tally

NONE = "(none)"  # the row / column of the confusion matrix for an unaligned event
TYPE_WEIGHT = 2.0  # an equal type outweighs any participant overlap (at most 2.0) in alignment


@dataclass(frozen=True)
class PredEvent:
    """An output event reduced to what is scored, participants mapped to country level."""

    type: str
    source: frozenset[str | None]
    target: frozenset[str | None]
    status: str | None
    date: str | None


def reduce_events(pred: dict[str, Any]) -> list[PredEvent]:
    actors = actor_table(pred)

    def side(participants: list[dict[str, Any]]) -> frozenset[str | None]:
        return frozenset(country_level(p.get("actor"), actors) for p in participants)

    return [PredEvent(type=e["type"], source=side(e.get("source") or []), target=side(e.get("target") or []),
                      status=e.get("status"), date=e.get("date")) for e in pred.get("events") or []]


def jaccard(a: frozenset[str | None], b: frozenset[str | None]) -> float:
    return 1.0 if not a and not b else len(a & b) / len(a | b)


def _everyone(g: GoldEvent) -> frozenset[str | None]:
    return frozenset(g.source) | frozenset(g.target)


def weight(g: GoldEvent, p: PredEvent) -> float | None:
    """How well `p` fits `g`; None when they share neither the type nor a named participant."""
    same_type = g.type == p.type
    named = {c for c in _everyone(g) if c} & {c for c in p.source | p.target if c}
    if not same_type and not named:
        return None
    if g.reciprocal:
        fit = 2 * jaccard(_everyone(g), p.source | p.target)
    else:
        fit = jaccard(frozenset(g.source), p.source) + jaccard(frozenset(g.target), p.target)
    return TYPE_WEIGHT * same_type + fit


def same_source(g: GoldEvent, p: PredEvent) -> bool:
    return _everyone(g) == p.source | p.target if g.reciprocal else frozenset(g.source) == p.source


def same_target(g: GoldEvent, p: PredEvent) -> bool:
    return _everyone(g) == p.source | p.target if g.reciprocal else frozenset(g.target) == p.target


Check = Callable[[GoldEvent, PredEvent], bool]
# task -> (is the prediction right, does the gold event carry what the task needs)
ATTRIBUTE_TASKS: dict[str, tuple[Check, Callable[[GoldEvent], bool]]] = {
    "event_type": (lambda g, p: g.type == p.type, lambda g: True),
    "event_source": (same_source, lambda g: True),
    "event_target": (same_target, lambda g: True),
    "event_triple": (lambda g, p: g.type == p.type and same_source(g, p) and same_target(g, p), lambda g: True),
    "event_status": (lambda g, p: g.status == p.status, lambda g: g.status is not None),
    "event_date": (lambda g, p: g.date == p.date, lambda g: g.date is not None),
}


def attribute_counts(gold: list[GoldEvent], pred: list[PredEvent], pairs: list[tuple[int, int]],
                     right: Check, applies: Callable[[GoldEvent], bool]) -> Counts:
    """A gold event is found for a task when it is aligned and the attribute is right. A prediction
    aligned to a gold event that lacks the attribute is left out of the task."""
    tp = sum(1 for gi, pi in pairs if applies(gold[gi]) and right(gold[gi], pred[pi]))
    left_out = sum(1 for gi, _ in pairs if not applies(gold[gi]))
    return Counts(tp=tp, fp=len(pred) - left_out - tp, fn=sum(map(applies, gold)) - tp)


def type_counts(gold: list[GoldEvent], pred: list[PredEvent], pairs: list[tuple[int, int]]) -> Tally:
    tally = Tally()
    for gi, pi in pairs:
        if gold[gi].type == pred[pi].type:
            tally[gold[gi].type].tp += 1
    for g in gold:
        tally[g.type].fn += 1
    for p in pred:
        tally[p.type].fp += 1
    for counts in tally.values():
        counts.fn -= counts.tp
        counts.fp -= counts.tp
    return tally


def confusion(gold: list[GoldEvent], pred: list[PredEvent], pairs: list[tuple[int, int]]) -> Counter[tuple[str, str]]:
    cells = Counter((gold[gi].type, pred[pi].type) for gi, pi in pairs)
    cells.update((g.type, NONE) for gi, g in enumerate(gold) if gi not in {a for a, _ in pairs})
    cells.update((NONE, p.type) for pi, p in enumerate(pred) if pi not in {b for _, b in pairs})
    return cells


def score_events(gold: list[GoldEvent], pred_analysis: dict[str, Any]) -> tuple[Tally, Tally, Counter[tuple[str, str]]]:
    """(counts per task, counts per PLOVER type, confusion cells) for one line."""
    pred = reduce_events(pred_analysis)
    pairs = align(gold, pred, weight)
    tasks = Tally()
    tasks["event"] = Counts(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs))
    for task, (right, applies) in ATTRIBUTE_TASKS.items():
        tasks[task] = attribute_counts(gold, pred, pairs, right, applies)
    return tasks, type_counts(gold, pred, pairs), confusion(gold, pred, pairs)
