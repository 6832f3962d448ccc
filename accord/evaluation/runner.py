"""Run the pipeline over gold lines and score its output: the one function behind API, CLI and gate."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..errors import InputError
from ..pipeline import analyze_documents
from .actors import score_actors
from .events import score_events
from .gold import GoldLine, load_gold
from .quotes import score_quotes
from .realtext import score_spans
from .report import EvalReport, LineScore
from .scores import Tally


def failed(gold: GoldLine, error: InputError) -> dict[str, Any]:
    """The stand-in for an output the pipeline could not produce: it finds nothing."""
    return {"article": {"id": gold.id, "text": gold.text}, "actors": [], "mentions": [], "events": [],
            "quotes": [], "error": error.to_dict()}


def predict(lines: Sequence[GoldLine], nlp: Language | None = None) -> list[dict[str, Any]]:
    """The contract JSON of the pipeline's analysis of each line, in order (one `nlp.pipe` pass).
    A line the pipeline fails on gets an empty output carrying the error."""
    results = analyze_documents((g.to_raw() for g in lines), nlp)
    return [failed(g, r) if isinstance(r, InputError) else r.to_dict() for g, r in zip(lines, results, strict=True)]


def score_line(gold: GoldLine, pred: dict[str, Any]) -> LineScore:
    """Score one output against one gold line; a task counts only when the line annotates it."""
    error = (pred.get("error") or {}).get("message")
    score = LineScore(id=gold.id, file=gold.file, split=gold.split, tags=gold.tags, error=error)
    if gold.events is not None:
        tasks, score.types, score.confusion = score_events(gold.events, pred)
        score.tasks.merge([tasks])
    if gold.quotes is not None:
        score.tasks.merge([score_quotes(gold.quotes, pred)])
    if gold.actors is not None:
        score.tasks.merge([score_actors(gold.actors, pred)])
    if gold.spans is not None:
        score.tasks.merge([Tally(score_spans(gold.spans, pred, gold.text))])
    if gold.penta is not None:
        score.penta.add(gold.penta, pred)
    return score


def score(lines: Sequence[GoldLine], predictions: Sequence[dict[str, Any]], *,
          files: Iterable[str] | None = None, split: str | None = None) -> EvalReport:
    """Score outputs (contract JSON, one per gold line, same order) against the gold lines."""
    if len(lines) != len(predictions):
        raise ValueError(f"{len(lines)} gold lines but {len(predictions)} predictions")
    names = list(files) if files is not None else list(dict.fromkeys(g.file for g in lines))
    scored = [score_line(g, p) for g, p in zip(lines, predictions, strict=True)]
    return EvalReport(files=names, split=split, lines=scored)


def above(pred: dict[str, Any], threshold: float) -> dict[str, Any]:
    """An output as the views show it: events below `threshold` confidence left out."""
    return {**pred, "events": [e for e in pred.get("events") or [] if (e.get("confidence") or 0.0) >= threshold]}


def evaluate(paths: Iterable[str | Path], *, split: str | None = None, nlp: Language | None = None,
             min_confidence: float = 0.0) -> EvalReport:
    """Load gold files (raises GoldError on a malformed line), analyse their texts, score per task
    (only events at or above `min_confidence`; 0: the whole analysis)."""
    names = [str(p) for p in paths]
    lines = load_gold(names, split=split)
    return score(lines, [above(p, min_confidence) for p in predict(lines, nlp)], files=names, split=split)
