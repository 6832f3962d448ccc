"""`make eval-real`: accord on text the team did not write, beside the team's own gold, in one table.

    python -m accord.evaluation.real [--data ../shared/data] [--min-confidence X]
    python -m accord.evaluation.real --sweep     # choose the default minimum confidence
    python -m accord.evaluation.real --set wikinews --wikinews NEW.jsonl --part dev   # new dev articles only

Rows: each gold set, its `dev` part (the one rules and thresholds are tuned on) and its `test`
part (held out), and a second table of attributions found per kind and speakers right on them. The sets: the team gold (eval/gold/*.jsonl), the CAMEO span and class sentences
(coded by political scientists; split by `realtext.shared_split`), the Wikinews article gold
(eval/wikinews/wikinews.jsonl) scored twice, on the whole analysis and on what users see by
default (events at or above the default minimum confidence). A file that is not there is skipped
with a message. Each sentence is analysed once, even when two files share it. The CAMEO classes
are scored twice too: on accord's events, and, as GDELT-style coders count, on its events else
its statements (a sentence with no event takes its first attribution's CAMEO code, 010 for
"said"; `realtext.PentaTally`), where 'no event' becomes 'neither an event nor a statement'.

`--sweep` prints, for the Wikinews dev part only, what users would see at each minimum confidence
and the lowest one at which the events shown are at least TARGET_PRECISION right, with 95%
confidence (the Wilson lower bound of event precision, so that a level passing by a few events
is not chosen): the rule that sets DEFAULT_MIN_CONFIDENCE (accord/events/visibility.py). The test
part is never swept.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from ..events.visibility import default_min_confidence
from .gold import GoldLine, load_gold
from .report import EvalReport
from .runner import above, predict, score

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"


WIKINEWS = ROOT / "eval" / "wikinews" / "wikinews.jsonl"


SETS = {"team": "team gold", "cameo-spans": "CAMEO spans", "cameo-classes": "CAMEO classes", "wikinews": "Wikinews"}
PARTS = ("dev", "test")


def gold_sets(data: Path, wikinews: Path = WIKINEWS) -> list[tuple[str, list[Path], bool]]:
    """(name, files, score at the default minimum confidence too)."""
    return [
        ("team gold", sorted((ROOT / "eval" / "gold").glob("*.jsonl")), False),
        ("CAMEO spans", [data / "cameo-train" / "cameo_ner_train.jsonl"], False),
        ("CAMEO classes", [data / "cameo-train" / "cameo_class_train.jsonl"], False),
        ("Wikinews", [wikinews], True),
    ]


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}"


COLUMNS = ("event P", "event R", "type F1", "triple R", "source span F1", "target span F1", "penta acc",
           "no event")


def row(report: EvalReport) -> list[str]:
    tasks, penta = report.tasks(), report.penta()
    has = {t for t, c in tasks.items() if c.gold or c.predicted}

    def cell(task: str, attr: str) -> str:
        return _pct(getattr(tasks[task], attr)) if task in has else ""

    return [cell("event", "precision"), cell("event", "recall"), cell("event_type", "f1"),
            cell("event_triple", "recall"), cell("source_span", "f1"), cell("target_span", "f1"),
            _pct(penta.accuracy) if penta.pairs else "", _pct(penta.no_event) if penta.pairs else ""]


ATTRIBUTION_COLUMNS = ("found F1", "direct F1", "indirect F1", "mixed F1", "speaker on found", "speaker, strict",
                       "source on found")


def attribution_row(report: EvalReport) -> list[str] | None:
    """Attributions found (content overlap) per kind, and of those found, the share whose speaker
    resolves to the gold actor and whose source words are gold's; None for a part with no
    attribution gold."""
    tasks = report.tasks()
    found = tasks["quote"]
    if not found.gold and not found.predicted:
        return None

    def f1(task: str) -> str:
        return _pct(tasks[task].f1) if task in tasks else ""

    def on_found(task: str) -> str:
        return _pct(tasks[task].tp / found.tp) if task in tasks and found.tp else ""

    return [f1("quote"), f1("quote_direct"), f1("quote_indirect"), f1("quote_mixed"), on_found("quote_speaker"),
            on_found("quote_speaker_strict"), on_found("quote_source")]


def _table(title: str, columns: Sequence[str]) -> Table:
    table = Table(title=title, title_justify="left")
    for name in ("gold set", "part", "lines", *columns):
        table.add_column(name, justify="left" if name in ("gold set", "part") else "right")
    return table


def measure(data: Path, threshold: float, console: Console, wikinews: Path = WIKINEWS,
            sets: Sequence[str] = tuple(SETS.values()), parts: Sequence[str] = PARTS) -> tuple[Table, Table]:
    """The events table and the attributions table, of the named gold sets and parts."""
    table = _table(f"accord on real text (default minimum confidence {threshold})", COLUMNS)
    attributions = _table("attributions on real text", ATTRIBUTION_COLUMNS)
    cache: dict[str, dict[str, Any]] = {}
    for name, files, filtered in gold_sets(data, wikinews):
        if name not in sets:
            continue
        missing = [f for f in files if not f.is_file()]
        if missing or not files:
            console.print(f"[yellow]skipped {name}:[/yellow] {', '.join(map(str, missing)) or 'no files'} not found")
            continue
        lines = load_gold(files)
        todo = [g for g in dict((g.text, g) for g in lines if g.text not in cache).values()]
        with console.status(f"analysing {len(todo)} texts of {name} ..."):
            for g, pred in zip(todo, predict(todo), strict=True):
                cache[g.text] = pred
        for split in parts:
            part = [g for g in lines if g.split == split]
            preds = [cache[g.text] for g in part]
            report = score(part, preds)
            table.add_row(name, split, str(len(part)), *row(report))
            if (penta := report.penta()).pairs:
                table.add_row(name, f"{split}, + statements", str(len(part)), *[""] * (len(COLUMNS) - 2),
                              _pct(penta.accuracy_with_statements), _pct(penta.no_code))
            if (cells := attribution_row(report)) is not None:
                attributions.add_row(name, split, str(len(part)), *cells)
            if filtered:
                seen = [above(p, threshold) for p in preds]
                table.add_row(name, f"{split}, shown", str(len(part)), *row(score(part, seen)))
    return table, attributions


TARGET_PRECISION = 0.80


def sweep(lines: Sequence[GoldLine], preds: Sequence[dict[str, Any]]) -> list[tuple[float, EvalReport]]:
    """The score of what users would see at each confidence level the output holds (calibrated
    confidences come in a few levels: any threshold between two levels shows the same events)."""
    levels = sorted({0.0} | {e.get("confidence") or 0.0 for p in preds for e in p.get("events") or []})
    return [(t, score(lines, [above(p, t) for p in preds])) for t in levels]


Z95 = 1.96  # the two-sided 95% interval's z


def precision_lower_bound(right: int, shown: int, z: float = Z95) -> float:
    """The Wilson score lower bound of a precision of `right` out of `shown` (0 when none shown)."""
    if shown == 0:
        return 0.0
    p = right / shown
    centre = p + z * z / (2 * shown)
    margin = z * math.sqrt(p * (1 - p) / shown + z * z / (4 * shown * shown))
    return (centre - margin) / (1 + z * z / shown)


def lowest_meeting(swept: Sequence[tuple[float, EvalReport]], precision: float = TARGET_PRECISION) -> float | None:
    """The lowest threshold whose shown events are at least `precision` right at 95% confidence
    (None: none is)."""
    def bound(report: EvalReport) -> float:
        counts = report.tasks()["event"]
        return precision_lower_bound(counts.tp, counts.tp + counts.fp)

    return next((t for t, r in swept if bound(r) >= precision), None)


def sweep_table(wikinews: Path, console: Console) -> Table:
    lines = [g for g in load_gold([wikinews]) if g.split == "dev"]
    with console.status(f"analysing the {len(lines)} dev articles of {wikinews.name} ..."):
        preds = predict(lines)
    swept = sweep(lines, preds)
    best = lowest_meeting(swept)
    table = _table(f"Wikinews dev, events at or above each confidence level (lowest whose event P is at least "
                   f"{TARGET_PRECISION:.2f} at 95% confidence: {best}; any default above the level below it shows "
                   "the same events)", ("event P", "P lower bound", "event R", "type F1", "triple R"))
    table.columns[0].header, table.columns[1].header = "confidence level", "part"
    for t, report in swept:
        counts = report.tasks()["event"]
        low = precision_lower_bound(counts.tp, counts.tp + counts.fp)
        cells = row(report)
        table.add_row(f"{t:.3f}" + (" *" if t == best else ""), "dev", str(len(lines)), cells[0], _pct(low),
                      *cells[1:4])
    return table


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m accord.evaluation.real", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder (cameo-train/ inside)")
    parser.add_argument("--min-confidence", type=float, default=None,
                        help="the threshold of the 'shown' rows (default: accord's default minimum confidence)")
    parser.add_argument("--wikinews", type=Path, default=WIKINEWS, help="the Wikinews article gold")
    parser.add_argument("--set", dest="sets", action="append", choices=list(SETS),
                        help="score only this gold set (repeat for several; default: all four)")
    parser.add_argument("--part", choices=PARTS,
                        help="score only this part: 'dev' while writing rules keeps the held-out rows unseen")
    parser.add_argument("--sweep", action="store_true",
                        help="instead: event precision and recall on the Wikinews dev part at each minimum confidence")
    args = parser.parse_args(argv)
    console = Console(width=max(Console().width, 150))
    if args.sweep:
        console.print(sweep_table(args.wikinews, console))
        return 0
    threshold = default_min_confidence() if args.min_confidence is None else args.min_confidence
    sets = [SETS[s] for s in args.sets] if args.sets else list(SETS.values())
    parts = [args.part] if args.part else list(PARTS)
    events, attributions = measure(args.data, threshold, console, args.wikinews, sets, parts)
    console.print(events)
    console.print(attributions)
    console.print("dev: the part rules and thresholds are tuned on; test: held out. 'shown': only events at or "
                  "above the default minimum confidence, as listings, trends and the dashboard show them. "
                  "'+ statements': a sentence with no event is scored by its first attribution's CAMEO code "
                  "(public statements, which PLOVER does not type); 'no event' there is 'neither'. "
                  "Attributions: F1 of those found by content overlap, per gold kind; 'speaker on found': of the "
                  "attributions found, the share whose speaker is the gold actor ('strict': where gold names no "
                  "actor, accord names none either; 'source': the gold words).")
    return 0


if __name__ == "__main__":
    sys.exit(main())



