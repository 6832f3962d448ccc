"""Rich tables for an EvalReport: per task, per PLOVER type, and the confusion matrix of types."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from .events import NONE
from .realtext import PENTA_NAMES
from .report import TASKS, EvalReport
from .scores import Counts, Tally


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}"


def _row(name: str, c: Counts) -> list[str]:
    return [name, _pct(c.precision), _pct(c.recall), _pct(c.f1), str(c.gold), str(c.predicted), str(c.tp)]


def _table(title: str, first: str, rows: list[list[str]]) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column(first)
    for name in ("P", "R", "F1", "gold", "predicted", "correct"):
        table.add_column(name, justify="right")
    for row in rows:
        table.add_row(*row)
    return table


def task_table(report: EvalReport) -> Table:
    tally = report.tasks()
    split = f", split {report.split}" if report.split else ""
    title = f"accord eval: {len(report.lines)} gold lines from {len(report.files)} file(s){split}"
    return _table(title, "task", [_row(t, tally[t]) for t in TASKS if t in tally])


def type_table(types: Tally) -> Table:
    return _table("Event type, per PLOVER type", "type", [_row(t, types[t]) for t in sorted(types)])


def confusion_table(report: EvalReport) -> Table:
    cells = report.confusion()
    gold = sorted({g for g, _ in cells}, key=lambda t: (t == NONE, t))
    pred = sorted({p for _, p in cells}, key=lambda t: (t == NONE, t))
    table = Table(title="Confusion of aligned events (rows: gold type, columns: predicted)",
                  title_justify="left")
    table.add_column("gold \\ predicted")
    for p in pred:
        table.add_column(p, justify="right")
    for g in gold:
        table.add_row(g, *[str(cells.get((g, p), "")) for p in pred])
    return table


def penta_table(report: EvalReport) -> Table:
    tally = report.penta()
    table = Table(title=f"CAMEO PentaClass of the most confident event: {len(tally.pairs)} sentences, "
                        f"accuracy {_pct(tally.accuracy)}, no event {_pct(tally.no_event)}", title_justify="left")
    for name in ("gold class", "sentences", "recall"):
        table.add_column(name, justify="left" if name == "gold class" else "right")
    counts = tally.to_dict()["gold"]
    for cls, name in enumerate(PENTA_NAMES):
        table.add_row(f"{cls} {name}", str(counts[str(cls)]), _pct(tally.recall(cls)))
    return table


def render(report: EvalReport, console: Console, *, by_type: bool = True, confusion: bool = False) -> None:
    """Print the report's tables; scores are percentages, `–` where there is nothing to score."""
    console.print(task_table(report))
    if report.penta().pairs:
        console.print(penta_table(report))
    for error in report.errors():
        console.print(f"[yellow]pipeline failed on {error['id']} (scored as finding nothing):[/yellow] "
                      f"{error['message']}", highlight=False)
    types = report.types()
    if by_type and types:
        console.print(type_table(types))
    if confusion and report.confusion():
        console.print(confusion_table(report))
