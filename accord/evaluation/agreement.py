"""How far two independent annotations of the same articles agree: the ceiling a coder can reach.

    python -m accord.evaluation.agreement eval/wikinews/wikinews.jsonl eval/agreement/wikinews-second.jsonl

Each line of the second file (same `id`) is read as if it were accord's output for that article and
scored against the first file's line by the scorer `accord eval` uses (docs/gold-format.md):
precision is the share of the second annotator's events (attributions) that the first has too,
recall the share of the first's that the second has. A coder cannot be expected to agree with the
gold much more often than two careful annotators following the same guidelines agree with each
other, so these figures say which of accord's targets are within reach of any coder.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from .gold import GoldError, GoldLine, GoldQuote, read_gold_file
from .match import locate
from .report import EvalReport
from .runner import score

TASKS = ("event", "event_type", "event_source", "event_target", "event_triple", "event_status", "event_date",
         "quote", "quote_kind", "quote_speaker")


def _span(words: str | None, text: str) -> tuple[int, int] | None:
    found = locate(words or "", text)
    return found[0] if found else None


def _quote(q: GoldQuote, text: str) -> dict[str, Any] | None:
    content = _span(q.text, text)
    if content is None:
        return None
    where = _span(q.speaker_text, text)
    speaker = None
    if q.speaker is not None or where is not None:
        start, end = where or (0, 0)
        speaker = {"actor": q.speaker, "start": start, "end": end, "text": q.speaker_text or ""}
    return {"start": content[0], "end": content[1], "text": q.text, "kind": q.kind, "cue": q.cue or "",
            "speaker": speaker}


def as_output(line: GoldLine) -> dict[str, Any]:
    """An annotation in the shape of accord's output (the fields the scorer reads)."""
    def side(codes: Sequence[str | None]) -> list[dict[str, Any]]:
        return [{"actor": code} for code in codes]

    events = [{"type": e.type, "source": side(e.source), "target": side(e.target), "status": e.status,
               "date": e.date, "confidence": 1.0} for e in line.events or []]
    quotes = [q for q in (_quote(g, line.text) for g in line.quotes or []) if q is not None]
    return {"article": {"id": line.id, "text": line.text}, "actors": [], "mentions": [], "events": events,
            "quotes": quotes}


def compare(first: Sequence[GoldLine], second: Sequence[GoldLine]) -> EvalReport:
    """The second annotation's events and attributions scored against the first's, on the articles
    both annotate (actor lists are left out: annotators list a sample of mentions, not all)."""
    by_id = {g.id: g for g in first}
    shared = [(by_id[g.id], g) for g in second if g.id in by_id]
    return score([replace(a, actors=None) for a, _ in shared], [as_output(b) for _, b in shared])


def table(report: EvalReport) -> Table:
    out = Table(title=f"agreement of two annotations ({len(report.lines)} articles)")
    for column in ("task", "first's", "second's", "both", "P", "R", "F1"):
        out.add_column(column, justify="left" if column == "task" else "right")
    tally = report.tasks()
    for task in TASKS:
        c = tally[task]
        if not c.gold and not c.predicted:
            continue
        cells = [c.precision, c.recall, c.f1]
        out.add_row(task, str(c.gold), str(c.predicted), str(c.tp),
                    *("" if x is None else f"{100 * x:.1f}" for x in cells))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m accord.evaluation.agreement", description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path, help="the gold file (e.g. eval/wikinews/wikinews.jsonl)")
    parser.add_argument("second", type=Path, help="an independent second annotation of some of its articles")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    try:
        report = compare(read_gold_file(args.first), read_gold_file(args.second))
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not report.lines:
        print(f"error: no article of {args.second} is in {args.first} (lines pair by `id`)", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps({"articles": len(report.lines), "tasks": report.tasks().to_dict()}, indent=2))
    else:
        Console().print(table(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
