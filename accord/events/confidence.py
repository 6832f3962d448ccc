"""Confidence of an extracted event: how likely it is right (type, source and target).

Method. A raw score combines the lexicon entry's prior (how often the pattern denotes an event
of that type) with multiplicative factors for the evidence: the trigger kind (a verb with its
arguments, a noun carried by a support verb, a bare event noun), whether each side resolved to an
actor, whether the source came from a governing clause, whether the target was found deep inside
a phrase, reported speech, and whether the trigger sits in a subordinate clause (adverbial,
relative, participial: what coders pass over when they pick a sentence's main event). The raw score is then mapped through a calibration table
(`data/calibration.tsv`): isotonic-style bins fitted on the dev split of eval/gold/events.jsonl
with `python -m accord.evaluation.calibrate`, each bin holding the observed share of predictions in
it that matched a gold event with the same type, source and target (Beta(1, 1)-smoothed). An
event at 0.8 should therefore be right about 80% of the time on text like the dev set.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from .ontology import data_rows

# "judgement": criticism or praise read off what a speaker says of an act ("the ruling is unlawful, X said")
KIND_FACTOR = {"verb": 1.0, "support": 0.95, "noun": 0.8, "judgement": 0.85}
UNRESOLVED_SOURCE = 0.7     # a source that is a phrase but no known actor
NO_SOURCE = 0.55            # only a target ("Ukraine was attacked")
UNRESOLVED_TARGET = 0.9
INHERITED_SOURCE = 0.9      # subject taken from a governing clause
DEEP_TARGET = 0.85          # target found inside a nested phrase
REPORTED = 0.95
SUBORDINATE = 0.8           # "after X attacked Y, ...", "warplanes backed by Z": not the main clause's act


@dataclass(frozen=True)
class Features:
    kind: str
    prior: float
    source_resolved: bool
    target_resolved: bool
    has_source: bool
    has_target: bool
    inherited: bool = False
    deep: bool = False
    reported: bool = False
    subordinate: bool = False
    status: str = "occurred"


def raw_score(f: Features) -> float:
    score = f.prior * KIND_FACTOR[f.kind]
    if not f.has_source:
        score *= NO_SOURCE
    elif not f.source_resolved:
        score *= UNRESOLVED_SOURCE
    if f.has_target and not f.target_resolved:
        score *= UNRESOLVED_TARGET
    if f.inherited:
        score *= INHERITED_SOURCE
    if f.deep:
        score *= DEEP_TARGET
    if f.reported:
        score *= REPORTED
    if f.subordinate:
        score *= SUBORDINATE
    return min(max(score, 0.0), 1.0)


@lru_cache(maxsize=1)
def calibration() -> tuple[list[float], list[float]]:
    """(upper bounds of raw-score bins, calibrated value per bin); empty: identity."""
    try:
        rows = [(float(r[0]), float(r[1])) for _, r in data_rows("calibration.tsv")]
    except FileNotFoundError:
        return [], []
    return [r[0] for r in rows], [r[1] for r in rows]


def calibrate(raw: float) -> float:
    bounds, values = calibration()
    if not bounds:
        return raw
    i = min(bisect_right(bounds, raw), len(values) - 1)
    return values[i]


def confidence(f: Features) -> float:
    return round(calibrate(raw_score(f)), 3)
