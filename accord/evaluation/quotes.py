"""Quote scoring for one gold line: spans aligned by overlap, then kind and speaker."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .gold import GoldQuote
from .match import align, best_overlap, canonical_id, locate, overlap
from .scores import Counts, Tally

Span = tuple[int, int]


@dataclass(frozen=True)
class LocatedQuote:
    """A gold quote with every place its text and its speaker's words occur in the output text."""

    gold: GoldQuote
    spans: tuple[Span, ...]
    speaker_spans: tuple[Span, ...]


def locate_quotes(gold: list[GoldQuote], text: str) -> list[LocatedQuote]:
    return [LocatedQuote(q, tuple(locate(q.text, text)), tuple(locate(q.speaker_text or "", text)))
            for q in gold]


def weight(g: LocatedQuote, p: dict[str, Any]) -> float | None:
    """Characters shared with the gold quote's text; None when the spans do not overlap."""
    shared = best_overlap((p["start"], p["end"]), g.spans)
    return float(shared) if shared else None


def speaker_right(g: LocatedQuote, p: dict[str, Any]) -> bool:
    """By actor id when gold names one; else by the speaker's words; else no speaker at all."""
    speaker: dict[str, Any] | None = p.get("speaker")
    if speaker is None:
        return g.gold.speaker is None and not g.gold.speaker_text
    if g.gold.speaker is not None:
        return bool(speaker.get("actor") == canonical_id(g.gold.speaker))
    span = (speaker["start"], speaker["end"])
    return bool(g.gold.speaker_text) and any(overlap(span, s) for s in g.speaker_spans)


def score_quotes(gold: list[GoldQuote], pred_analysis: dict[str, Any]) -> Tally:
    located = locate_quotes(gold, pred_analysis["article"]["text"])
    pred = pred_analysis.get("quotes") or []
    pairs = align(located, pred, weight)
    tasks = Tally()
    tasks["quote"] = Counts(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs))
    speaker_tp = sum(1 for gi, pi in pairs if speaker_right(located[gi], pred[pi]))
    tasks["quote_speaker"] = Counts(tp=speaker_tp, fp=len(pred) - speaker_tp, fn=len(gold) - speaker_tp)
    with_kind = [gi for gi, q in enumerate(gold) if q.kind is not None]
    kind_tp = sum(1 for gi, pi in pairs if gold[gi].kind is not None and gold[gi].kind == pred[pi].get("kind"))
    left_out = sum(1 for gi, _ in pairs if gold[gi].kind is None)
    tasks["quote_kind"] = Counts(tp=kind_tp, fp=len(pred) - left_out - kind_tp, fn=len(with_kind) - kind_tp)
    return tasks
