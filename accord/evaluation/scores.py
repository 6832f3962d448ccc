"""Counts of true positives, false positives and false negatives, and the scores made from them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float | None:
        return self.tp / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        """None when there is nothing to score (no gold and no prediction)."""
        if not self.gold and not self.predicted:
            return None
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator

    def to_dict(self) -> dict[str, Any]:
        def r(x: float | None) -> float | None:
            return None if x is None else round(x, 4)

        return {"precision": r(self.precision), "recall": r(self.recall), "f1": r(self.f1),
                "tp": self.tp, "fp": self.fp, "fn": self.fn, "gold": self.gold, "predicted": self.predicted}


class Tally(dict[str, Counts]):
    """Counts per key (a task name or a PLOVER type), created on first use."""

    def __missing__(self, key: str) -> Counts:
        self[key] = Counts()
        return self[key]

    def merge(self, others: Iterable[Tally]) -> Tally:
        for other in others:
            for key, counts in other.items():
                self[key].add(counts)
        return self

    def to_dict(self) -> dict[str, dict[str, Any]]:
        return {key: self[key].to_dict() for key in sorted(self)}
