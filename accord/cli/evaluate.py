"""`accord eval`: score the pipeline against annotated gold files (a thin layer over
`accord.evaluation.evaluate`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from ..errors import AccordError
from ..evaluation import GoldError, evaluate
from ..evaluation.render import render
from .app import app, fail, print_json

EVAL_HELP = (
    "Score accord against annotated gold files: precision, recall and F1 per task.\n\n"
    "Tasks: event detection, its type, source, target, full triple, status and date; quote spans, "
    "kinds and speakers; actor linking (id, country, role); source and target phrase spans and the "
    "CAMEO PentaClass for sentences coded by others. Gold format and matching rules: "
    "docs/gold-format.md.\n\n"
    "[b]Examples[/b]\n\n"
    "  accord eval eval/gold/events.jsonl\n"
    "      one table of scores per task, then one per PLOVER type\n\n"
    "  accord eval eval/gold/*.jsonl --split dev --confusion\n"
    "      the dev lines of every gold file, with the confusion of event types\n\n"
    "  accord eval eval/gold/quotes.jsonl --json > scores.json\n"
    "      the full report as JSON (per task, per type, per file, per tag)\n\n"
    "  accord eval --reviews\n"
    "      precision per PLOVER type on the events your team reviewed (`accord review`, docs/review.md)\n\n"
    "  accord eval ../shared/data/cameo-train/cameo_ner_train.jsonl --split test\n"
    "      span gold (source/target phrases) and class gold (CAMEO PentaClass) are read too\n\n"
    "  accord eval eval/wikinews/wikinews.jsonl --split dev --min-confidence 0.4\n"
    "      only the events the views show by default\n\n"
    "Exit status: 0 when scored, 2 when a gold line is malformed (the message names file and "
    "line), 1 when the pipeline cannot run (for instance, the spaCy model is missing)."
)


@app.command("eval", help=EVAL_HELP)
def eval_command(
    gold: Annotated[Optional[list[Path]], typer.Argument(  # noqa: UP045 (Typer reads the annotation)
        metavar="GOLD.jsonl", help="Gold JSON Lines files.", show_default=False)] = None,
    split: Annotated[Optional[str], typer.Option(  # noqa: UP045 (Typer reads the annotation)
        "--split", metavar="dev|test", help="Score only the lines of this split.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as one JSON object.")] = False,
    by_type: Annotated[bool, typer.Option("--by-type/--no-by-type",
                                          help="Add the table of scores per PLOVER type.")] = True,
    confusion: Annotated[bool, typer.Option("--confusion",
                                            help="Add the confusion matrix of event types.")] = False,
    reviews: Annotated[bool, typer.Option("--reviews", help="Precision per type on the database's reviewed events.")] = False,
    db: Annotated[Optional[str], typer.Option(  # noqa: UP045 (Typer reads the annotation)
        "--db", envvar="ACCORD_DB", help="The database whose reviews --reviews reads (default: ./accord.db).")] = None,
    min_confidence: Annotated[float, typer.Option(
        "--min-confidence", min=0.0, max=1.0,
        help="Score only events at or above this confidence (as the views show them; default 0: all).")] = 0.0,
) -> None:
    if reviews:
        review_precision_report(db, as_json)
        return
    if not gold:
        typer.echo("error: name gold files (accord eval eval/gold/*.jsonl), or give --reviews.", err=True)
        raise typer.Exit(2)
    try:
        report = evaluate(gold, split=split, min_confidence=min_confidence)
    except GoldError as exc:
        raise fail(exc) from None
    except AccordError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    if as_json:
        print_json(report.to_dict())
    else:
        render(report, Console(), by_type=by_type, confusion=confusion)


def review_precision_report(db: str | None, as_json: bool) -> None:
    """`accord eval --reviews`: accord's precision per type on the user's own reviewed events."""
    from rich.table import Table

    from ..review.precision import PARTS, review_precision
    from ..store import Store

    with Store(db) as store:
        rows = review_precision(store)
    if as_json:
        print_json([r.to_dict() for r in rows])
        return
    console = Console()
    if not rows:
        console.print("No reviewed events yet: review some with `accord review queue` and `accord review ID ...`.")
        return
    table = Table("type (as coded)", "reviewed", *PARTS, title="Precision on your reviewed events",
                  caption="right / reviewed; event: not reviewed as 'not an event'; all: type, parties, status, "
                          "date and mode all right", title_justify="left")
    for r in rows:
        shown = [f"{p:.2f}" if (p := r.precision(part)) is not None else "–" for part in PARTS]
        table.add_row(r.type, str(r.reviewed), *shown, style="bold" if r.type == "all" else None)
    console.print(table)
