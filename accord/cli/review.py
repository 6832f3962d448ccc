"""`accord review`: correct codings, undo, the audit trail, the review queue, reviews as gold.

Thin options over `accord.store.reviews` and `accord.review`; the workflow is docs/review.md.
"""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console, Group
from rich.markup import escape
from rich.table import Table

from ..errors import AccordError
from ..review.gold import write_gold
from ..store import Store
from ..store.queries import Filters, list_events
from ..store.reviews import Correction, event_reviews, list_reviews, review_event, undo_review
from . import render
from .app import app, fail, print_json
from .groups import default_group

REVIEWER_ENV = "ACCORD_REVIEWER"
console = Console()

review_app = typer.Typer(
    cls=default_group("mark"), no_args_is_help=True, rich_markup_mode="rich",
    help="Correct the coding of stored events; every analysis then reads the corrections.\n\n"
         "[b]Examples[/b]\n\n"
         "  accord review queue --dyad CAN USA\n"
         "      the events to check, lowest confidence first, with their ids\n\n"
         "  accord review demo-26:b3af8dd680f7b3a2 --verdict wrong --note \"a forecast, not an event\"\n"
         "      not an event: it leaves accord events, dyad, network, shifts and exports\n\n"
         "  accord review demo-29:0cd18374bc351847 --target TUR --type ACCUSE\n"
         "      fix fields (the rest stays as coded); `accord events --as-coded` shows the machine's coding\n\n"
         "  accord review undo demo-26:b3af8dd680f7b3a2\n\n"
         "  accord review log demo-26:b3af8dd680f7b3a2\n\n"
         "  accord review export --gold my-gold.jsonl && accord eval my-gold.jsonl",
)
app.add_typer(review_app, name="review")

Db = Annotated[str | None, typer.Option("--db", envvar="ACCORD_DB", show_envvar=True,
                                           help="SQLite path or database URL (default: ./accord.db).")]
Json = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]
By = Annotated[str | None, typer.Option("--by", envvar=REVIEWER_ENV, show_envvar=True,
                                           help="Who reviews (default: your login name).")]
Note = Annotated[str | None, typer.Option(help="Why: kept in the audit trail.")]
EventId = Annotated[str, typer.Argument(help="The event id, as `accord review queue` or `accord events --json` shows it.")]


def _who(by: str | None) -> str:
    return by or getpass.getuser()


def _codes(value: str | None) -> list[str] | None:
    """`TUR`, `TUR,SYR`; `-` or an empty value for none."""
    if value is None:
        return None
    return [c.strip() for c in value.split(",") if c.strip() and c.strip() != "-"]


def _said(review: dict[str, Any]) -> str:
    verdict = review["verdict"]
    if verdict == "corrected":
        fixed = f"{review['type']} {','.join(review['source'] or []) or '-'} → {','.join(review['target'] or []) or '-'}"
        return f"corrected to {fixed} · {review['status']} · {review['date'] or 'undated'}"
    if verdict == "undo":
        return f"undid review {review['undoes']}"
    return {"correct": "correct", "not_event": "not an event"}[verdict]


@review_app.command("mark")
def mark(event_id: EventId,
         verdict: Annotated[str | None, typer.Option(help="correct, or wrong (with no fixes: not an event).")] = None,
         type: Annotated[str | None, typer.Option("--type", help="The right PLOVER type: ACCUSE, AGREE, ...")] = None,
         mode: Annotated[str | None, typer.Option(help="The right PLOVER mode of the type ('' for none).")] = None,
         status: Annotated[str | None, typer.Option(help="occurred, announced, anticipated, negated or hypothetical.")] = None,
         date: Annotated[str | None, typer.Option(help="The right date: YYYY-MM-DD, YYYY-MM or YYYY.")] = None,
         source: Annotated[str | None, typer.Option(help="The right source(s): TUR, or TUR,SYR; - for none.")] = None,
         target: Annotated[str | None, typer.Option(help="The right target(s): TUR, or TUR,SYR; - for none.")] = None,
         note: Note = None, by: By = None, db: Db = None, json_out: Json = False) -> None:
    """Review one event: --verdict correct, --verdict wrong (not an event), or the fields to fix.

    The coded event is never changed: the review is stored beside it, and `accord events`,
    dyad, network, shifts, exports, the API and the dashboard read it. A second review of the
    same event replaces the first in the view (both stay in `accord review log`).

      accord review demo-26:b3af8dd680f7b3a2 --verdict wrong

      accord review demo-29:0cd18374bc351847 --target TUR --note "the article means Turkey"
    """
    fix = Correction(type=type, mode=mode, status=status, date=date, source=_codes(source), target=_codes(target))
    try:
        with Store(db) as store:
            review = review_event(store, event_id, verdict=verdict, fix=fix, reviewer=_who(by), note=note)
    except AccordError as exc:
        raise fail(exc) from exc
    if json_out:
        print_json(review)
    else:
        console.print(f"Review {review['id']} of {event_id}: {_said(review)}. Undo with "
                      f"[bold]accord review undo {escape(event_id)}[/].", highlight=False)


@review_app.command("undo")
def undo(event_id: EventId, note: Note = None, by: By = None, db: Db = None, json_out: Json = False) -> None:
    """Withdraw the event's latest review; the one before it (or the coding) applies again.

      accord review undo demo-26:b3af8dd680f7b3a2
    """
    try:
        with Store(db) as store:
            review = undo_review(store, event_id, reviewer=_who(by), note=note)
    except AccordError as exc:
        raise fail(exc) from exc
    if json_out:
        print_json(review)
    else:
        console.print(f"Review {review['undoes']} of {event_id} undone (audit entry {review['id']}).")


@review_app.command("log")
def log(event_id: Annotated[str | None, typer.Argument(help="One event's history (default: the latest reviews).")] = None,
        limit: Annotated[int, typer.Option(min=1, help="At most this many entries.")] = 50,
        by: Annotated[str | None, typer.Option("--by", help="Only this reviewer's entries.")] = None,
        db: Db = None, json_out: Json = False) -> None:
    """The audit trail: who reviewed what, when, with what verdict and note (undos included).

      accord review log

      accord review log demo-26:b3af8dd680f7b3a2 --json
    """
    with Store(db) as store:
        rows = event_reviews(store, event_id) if event_id else list_reviews(store, limit=limit, reviewer=by)
    if json_out:
        print_json(rows)
        return
    if not rows:
        console.print("No reviews yet." if not event_id else f"No review of {event_id} yet.")
        return
    table = Table("#", "when (UTC)", "who", "event", "review", "note", "state", title="Reviews", title_justify="left")
    for r in rows:
        state = "active" if r["active"] else "detached" if r["detached"] else ""
        table.add_row(str(r["id"]), r["created_at"].strftime("%Y-%m-%d %H:%M"), r["reviewer"], r["event_id"],
                      _said(r), r["note"] or "", state)
    console.print(table)


@review_app.command("queue")
def queue(dyad: Annotated[tuple[str, str] | None, typer.Option(help="Two actors, in either role: --dyad CAN USA")] = None,
          type: Annotated[str | None, typer.Option("--type", help="A PLOVER type: AGREE, ACCUSE, ...")] = None,
          source: Annotated[str | None, typer.Option(help="Only articles from this outlet.")] = None,
          limit: Annotated[int, typer.Option(min=1, help="At most this many events.")] = 20,
          db: Db = None, json_out: Json = False) -> None:
    """The events nobody has reviewed yet, lowest confidence first, with their ids.

      accord review queue

      accord review queue --dyad CAN USA --type SANCTION
    """
    with Store(db) as store:
        rows = list_events(store, Filters(dyad=dyad, type=type, source=source, limit=limit, reviewed=False,
                                          order="confidence", min_confidence=0.0))
    if json_out:
        print_json(rows)
    elif not rows:
        console.print("Nothing to review: every event matching the filters has a review.")
    else:
        console.print(Group(*(line for r in rows for line in (f"[dim]{escape(r['id'])}[/]", render.events_list([r])))))
        console.print("Review one with [bold]accord review ID --verdict correct|wrong[/] or fix fields "
                      "(--type, --source, --target, --status, --date).")


@review_app.command("export")
def export(gold: Annotated[Path, typer.Option("--gold", help="The gold JSON Lines file to write.")],
           db: Db = None) -> None:
    """Write the reviewed events as gold lines for `accord eval` (docs/review.md).

    One line per evidence sentence whose events are all reviewed: reviewed-correct and
    corrected events are its events, events reviewed as not an event are left out.

      accord review export --gold my-gold.jsonl && accord eval my-gold.jsonl
    """
    with Store(db) as store:
        result = write_gold(store, gold)
    console.print(f"Wrote {len(result.lines)} gold lines ({result.positives} events) to {gold}.")
    if result.partly_reviewed:
        console.print(f"{result.partly_reviewed} sentences left out: some of their events have no review yet "
                      "(see `accord review queue`).")
