"""Two gold formats for sentences coded by others (political scientists, CAMEO coding):

- span gold `{"id", "text", "gold": {"source": [{"start", "end", "text"}], "target": [...]}}`:
  the character spans of the main event's source and target phrases. Scored against the source
  and target participants of accord's most confident event in the sentence: a gold span is found
  when a predicted span of the same role overlaps it (shares a character); a predicted span
  overlapping no gold span is wrong.
  The annotators marked whole phrases ("a Swiss court", "Croatian government's request") and
  accord marks the actor's words, so overlap, not identity, is the criterion.
- class gold `{"id", "text", "penta": 0-4}`: the CAMEO PentaClass of the main event (0 neutral
  statement, CAMEO 01-02; 1 verbal cooperation, 03-05; 2 material cooperation, 06-08; 3 verbal
  conflict, 09-13 and, as the CAMEO class files code it, 16 (reduce relations); 4 material
  conflict, 14-15 and 17-20). Scored against the class of the CAMEO code of
  accord's most confident event: accuracy, recall per class, and the share of sentences for which
  accord finds no event (counted as wrong). Scored a second way, as GDELT-style coders count:
  a sentence with no event takes the CAMEO code of its first attribution (`cameo` of the quote:
  010 for "said"), since PLOVER, and so accord's events, has no type for public statements.

Lines of these formats without a `split` get one by the team's shared rule (`shared_split`), a
hash of the normalised text, so the same sentence falls in the same part in every file.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from .scores import Counts

ROLES = ("source", "target")
PENTA_NAMES = ("neutral statement", "verbal cooperation", "material cooperation", "verbal conflict",
               "material conflict")
TEST_SHARE = 30  # percent of the lines held out


def shared_split(text: str) -> str:
    """`test` for about 30% of texts, `dev` for the rest, by a hash of the lower-cased text with
    everything but letters and digits removed (sentences shared by two files under different ids
    fall in the same part)."""
    key = re.sub(r"[^a-z0-9]", "", text.lower()).encode()
    return "test" if int(hashlib.sha1(key).hexdigest()[:8], 16) % 100 < TEST_SHARE else "dev"


# The CAMEO class files put "reduce relations" (CAMEO 16: sanctions, expulsions, suspended aid, cut
# ties) in verbal conflict, not material conflict: of the dev sentences whose main event accord
# codes 16x, 35 of 36 carry class 3 (issue 11 follow-up, docs/gold-format.md).
VERBAL_CONFLICT_ROOTS = frozenset({9, 10, 11, 12, 13, 16})


def penta_class(cameo: str | None) -> int | None:
    """The PentaClass of a CAMEO code ("0871" -> 2, "163" -> 3), None for no code."""
    if not cameo or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    if root in VERBAL_CONFLICT_ROOTS:
        return 3
    return 0 if root <= 2 else 1 if root <= 5 else 2 if root <= 8 else 4


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


def main_event(pred: dict[str, Any]) -> dict[str, Any] | None:
    """The most confident event of an output (the first of equals), or None."""
    events = pred.get("events") or []
    return max(events, key=lambda e: e.get("confidence") or 0.0) if events else None


def _offset(pred: dict[str, Any], text: str) -> int:
    """Where the analysed (cleaned) text starts in the gold text: cleaning may strip leading space."""
    analysed = (pred.get("article") or {}).get("text") or ""
    if not analysed or analysed == text:
        return 0
    found = text.find(analysed[:40])
    return max(found, 0)


def predicted_spans(pred: dict[str, Any], text: str, role: str) -> list[Span]:
    event = main_event(pred)
    if event is None:
        return []
    shift = _offset(pred, text)
    return [Span(p["start"] + shift, p["end"] + shift) for p in event.get(role) or []
            if p.get("start") is not None and p.get("end") is not None]


def span_counts(gold: list[Span], pred: list[Span]) -> Counts:
    """A gold span is found when a predicted span overlaps it; a predicted span that overlaps no
    gold span is a false positive (several actors inside one gold phrase are that phrase)."""
    tp = sum(1 for g in gold if any(g.overlaps(p) for p in pred))
    fp = sum(1 for p in pred if not any(g.overlaps(p) for g in gold))
    return Counts(tp=tp, fp=fp, fn=len(gold) - tp)


def score_spans(gold: dict[str, list[Span]], pred: dict[str, Any], text: str) -> dict[str, Counts]:
    """{"source_span": Counts, "target_span": Counts} for one sentence."""
    return {f"{role}_span": span_counts(gold.get(role, []), predicted_spans(pred, text, role)) for role in ROLES}


@dataclass
class PentaTally:
    """Gold PentaClass against the class of accord's main event, over many sentences; and
    against the class of the main event, else of the first statement (attribution)."""

    pairs: list[tuple[int, int | None]] = field(default_factory=list)  # (gold, predicted; None: no event)
    with_statements: list[int | None] = field(default_factory=list)  # predicted, same order as `pairs`

    def add(self, gold: int, pred: dict[str, Any]) -> None:
        event = main_event(pred)
        predicted = penta_class(event.get("cameo")) if event else None
        statements = [q for q in pred.get("quotes") or [] if q.get("cameo")]
        self.pairs.append((gold, predicted))
        self.with_statements.append(predicted if event or not statements else penta_class(statements[0]["cameo"]))

    def merge(self, other: PentaTally) -> None:
        self.pairs += other.pairs
        self.with_statements += other.with_statements

    @property
    def accuracy(self) -> float | None:
        return sum(g == p for g, p in self.pairs) / len(self.pairs) if self.pairs else None

    @property
    def no_event(self) -> float | None:
        return sum(p is None for _, p in self.pairs) / len(self.pairs) if self.pairs else None

    @property
    def accuracy_with_statements(self) -> float | None:
        hits = sum(g == p for (g, _), p in zip(self.pairs, self.with_statements, strict=True))
        return hits / len(self.pairs) if self.pairs else None

    @property
    def no_code(self) -> float | None:
        """The share of sentences with neither an event nor a statement."""
        return sum(p is None for p in self.with_statements) / len(self.pairs) if self.pairs else None

    def recall(self, cls: int) -> float | None:
        mine = [p for g, p in self.pairs if g == cls]
        return sum(p == cls for p in mine) / len(mine) if mine else None

    def to_dict(self) -> dict[str, Any]:
        def r(x: float | None) -> float | None:
            return None if x is None else round(x, 4)

        return {"sentences": len(self.pairs), "accuracy": r(self.accuracy), "no_event": r(self.no_event),
                "with_statements": {"accuracy": r(self.accuracy_with_statements), "no_code": r(self.no_code)},
                "recall": {str(c): r(self.recall(c)) for c in range(5)},
                "gold": {str(c): sum(g == c for g, _ in self.pairs) for c in range(5)}}
