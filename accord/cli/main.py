"""Core commands: analyze, ingest, the listings, actor, export."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Annotated, Any, get_args

import typer
from rich.console import Console

from .. import __version__
from ..batch import Result, run
from ..errors import AccordError, InputError
from ..model import SCHEMA, Analysis, QuoteKind, RawDocument
from ..nlp import DEFAULT_MODEL, MODEL_ENV
from ..pipeline import parse_published
from ..sources import iter_documents
from ..store import Store
from ..store.aliases import load_aliases
from ..store.queries import Filters, list_articles, list_events, list_quotes
from . import render
from .app import MinConfidence, app, fail, print_json

QUOTE_KINDS: tuple[str, ...] = get_args(QuoteKind)

console = Console()
errors = Console(stderr=True)

Paths = Annotated[list[str], typer.Argument(help="Files, directories (recursive), or - for standard input.")]
Db = Annotated[str | None, typer.Option("--db", envvar="ACCORD_DB", show_envvar=True,
                                           help="SQLite path or database URL (default: ./accord.db).")]
Published = Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for inputs that carry none.")]
Format = Annotated[str | None, typer.Option("--format", help="Force the input format: txt, html, jsonl or feed (RSS/Atom).")]
Workers = Annotated[int, typer.Option(min=1, help="Worker processes; each parses with its own copy of the model.")]
Json = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON instead of tables.")]
Limit = Annotated[int, typer.Option(min=1, help="At most this many rows.")]
Since = Annotated[str | None, typer.Option(help="From this date on (YYYY-MM-DD).")]
Until = Annotated[str | None, typer.Option(help="Up to this date (YYYY-MM-DD).")]
Actor = Annotated[str | None, typer.Option(help="An actor id (CAN, EU, person:mark-carney); a country code also matches its people.")]
Source = Annotated[str | None, typer.Option(help="Only articles from this outlet.")]
AsCoded = Annotated[bool, typer.Option("--as-coded", help="The machine's coding, without analysts' reviews.")]


def _version(value: bool) -> None:
    if value:
        console.print(f"accord {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                               help="Print the version and exit.")] = False,
         model: Annotated[str | None, typer.Option(
             "--model", envvar=MODEL_ENV, show_envvar=True,
             help=f"An installed spaCy model to parse with (default {DEFAULT_MODEL}).")] = None) -> None:
    """News articles in, an explainable record of international relations out.

    Start with [bold]accord analyze examples/canada-eu-defence-pact.txt[/], then store a corpus
    with [bold]accord ingest DIR[/] and explore it with [bold]accord events[/], [bold]accord quotes[/]
    and [bold]accord dyad CAN EU[/].
    """
    if model:
        os.environ[MODEL_ENV] = model  # read by accord.nlp, here and in worker processes


def _date(value: str | None, option: str) -> date | None:
    try:
        return parse_published(value)
    except AccordError as exc:
        raise typer.BadParameter(str(exc), param_hint=option) from exc


def _documents(paths: list[str], fmt: str | None, published: str | None) -> Iterator[RawDocument | InputError]:
    return iter_documents(paths, format=fmt, published=_date(published, "--published"), stdin=sys.stdin)


@app.command()
def analyze(paths: Paths, json_out: Json = False, store: Annotated[bool, typer.Option(
        "--store", help="Also store each analysis in the database.")] = False,
        db: Db = None, published: Published = None, fmt: Format = None, workers: Workers = 1) -> None:
    """Analyse articles and print a brief of each: what cleaning removed, actors, events, quotes.

    Nothing is stored unless [bold]--store[/] is given. Examples:

      accord analyze examples/canada-eu-defence-pact.txt --published 2025-06-23

      accord analyze news/ --json > analyses.jsonl

      cat article.txt | accord analyze - --published 2024-02-01
    """
    try:
        target = Store(db) if store else None
        aliases = load_aliases(target) if target is not None else []
        print_analyses(run(_documents(paths, fmt, published), workers, aliases=aliases), target, json_out)
    except AccordError as exc:
        raise fail(exc) from exc


def print_analyses(results: Iterable[Analysis | InputError], target: Store | None, json_out: bool) -> None:
    """Print each analysis (a brief, or JSON Lines), store it in `target` when given, report each
    failure in its place, then the summary; exit 1 if any input failed (`analyze`, `fetch`)."""
    analysed = with_warnings = failed = 0
    for result in results:
        if isinstance(result, InputError):
            failed += 1
            _report_error(result, json_out)
            continue
        analysed += 1
        if result.article.warnings:
            with_warnings += 1
            if json_out:  # the brief shows them; JSON Lines readers see them in the object too
                for line in render.warning_lines(result.article.id, result.article.warnings):
                    errors.print(f"[yellow]warning[/] {line}", highlight=False)
        if target is not None:
            target.add(result)
        if json_out:
            print(json.dumps(result.to_dict(), ensure_ascii=False))
        else:
            render.brief(console, result)
    render.analyze_summary(errors, analysed, with_warnings, failed)
    if failed:
        raise typer.Exit(1)


def _report_error(error: InputError, json_out: bool) -> None:
    if json_out:
        print(json.dumps({"schema": SCHEMA, "error": error.to_dict()}, ensure_ascii=False))
    errors.print(f"[red]skipped[/] {error}", highlight=False)


@app.command()
def ingest(paths: Paths, db: Db = None, published: Published = None, fmt: Format = None,
           workers: Workers = 1, json_out: Json = False,
           reanalyze: Annotated[bool, typer.Option(
               "--reanalyze", help="Analyse stored articles again and replace their analyses; reviews that "
                                   "still apply are kept, the others reported.")] = False) -> None:
    """Analyse articles and store them, one transaction per article.

    The linker applies the database's actor aliases (`accord actors alias`). An article whose cleaned text is already stored is skipped and counted as "already stored"
    (with --reanalyze it is analysed again and replaced); a bad input is reported and skipped, and
    the exit status is 1 if any failed. Examples:

      accord ingest examples/

      accord ingest feeds/*.jsonl --db postgresql+psycopg://localhost/accord --workers 2

      accord ingest examples/ --reanalyze
    """
    try:
        with Store(db) as target:
            aliases = load_aliases(target)
            if reanalyze:
                results: Iterable[Result] = run(_documents(paths, fmt, published), workers, aliases=aliases)
            else:
                results = run(_documents(paths, fmt, published), workers, skip=target.contains, aliases=aliases)
            summary = render.ingest_loop(errors, target, results, replace=reanalyze)
    except AccordError as exc:
        raise fail(exc) from exc
    if json_out:
        print_json(summary)
    else:
        render.ingest_summary(console, summary, target.url)
    if summary["failed"]:
        raise typer.Exit(1)


def _filters(**values: Any) -> Filters:
    for key in ("since", "until"):
        values[key] = _date(values.get(key), f"--{key}")
    return Filters(**values)


def _listing(rows: list[dict[str, Any]], json_out: bool, table: Any) -> None:
    if json_out:
        print_json(rows)
    elif not rows:
        console.print("No rows match. Widen the filters, or ingest articles with [bold]accord ingest[/].")
    else:
        console.print(table(rows))


@app.command()
def articles(db: Db = None, actor: Actor = None, since: Since = None, until: Until = None,
             source: Source = None,
             story: Annotated[str | None, typer.Option(
                 help="Only the articles of this story: near-duplicate texts from any outlet.")] = None,
             limit: Limit = 50, json_out: Json = False) -> None:
    """List stored articles, newest first, with their event and quote counts, their story (the
    near-duplicate cluster: the same wire copy from many outlets) and how many articles report it.

      accord articles --since 2025-01-01 --source Reuters

      accord articles --story ART-ID
    """
    with Store(db) as store:
        _listing(list_articles(store, _filters(actor=actor, since=since, until=until, source=source,
                                                story=story, limit=limit)), json_out, render.articles_table)


@app.command()
def events(db: Db = None, actor: Actor = None,
           type: Annotated[str | None, typer.Option("--type", help="A PLOVER type: AGREE, ACCUSE, ...")] = None,
           dyad: Annotated[tuple[str, str] | None, typer.Option(help="Two actors, in either role: --dyad CAN EU")] = None,
           status: Annotated[str | None, typer.Option(help="occurred, announced, anticipated, negated or hypothetical.")] = None,
           context: Annotated[str | None, typer.Option(help="A PLOVER context: military, economic, ...")] = None,
           fused: Annotated[bool, typer.Option(
               "--fused", help="One row per real-world event, with how many articles report it.")] = False,
           since: Since = None, until: Until = None, source: Source = None, limit: Limit = 50,
           as_coded: AsCoded = False, min_confidence: MinConfidence = None, json_out: Json = False) -> None:
    """List stored events with their evidence sentence, newest first (those at or above the
    minimum confidence).

    Events are shown as analysts reviewed them (`accord review`); --as-coded shows the machine's
    coding. Examples:

      accord events --dyad CAN EU

      accord events --fused --since 2025-06-01

      accord events --type SANCTION --context economic --since 2025-01-01 --json

      accord events --min-confidence 0      (every event, the weakest too)
    """
    with Store(db) as store:
        rows = list_events(store, _filters(actor=actor, type=type, dyad=dyad, status=status, context=context,
                                           fused=fused, since=since, until=until, source=source, limit=limit,
                                           as_coded=as_coded, min_confidence=min_confidence))
        _listing(rows, json_out, render.events_list)


@app.command()
def quotes(db: Db = None, actor: Annotated[str | None, typer.Option(
        "--speaker", "--actor",
        help="A speaker's actor id, a country code for all its speakers, or words of the speaker's name.")] = None,
        kind: Annotated[str | None, typer.Option(
            help="direct (all in quotation marks), indirect (reported speech, beliefs, intentions) or mixed "
                 "(reported speech with a quoted fragment).")] = None,
        search: Annotated[str | None, typer.Option(help="Words the attribution must contain (full-text search).")] = None,
        since: Since = None, until: Until = None, source: Source = None, limit: Limit = 50,
        json_out: Json = False) -> None:
    """List stored attributions (who said, believes or wants what) with their speakers and cues.

      accord quotes --speaker person:ursula-von-der-leyen

      accord quotes --speaker Carney --kind indirect

      accord quotes --actor CAN --search "defence partnership" --json
    """
    if kind is not None and kind not in QUOTE_KINDS:
        raise typer.BadParameter(f"{kind!r} is no attribution kind; use one of {', '.join(QUOTE_KINDS)}.",
                                 param_hint="--kind")
    with Store(db) as store:
        _listing(list_quotes(store, _filters(actor=actor, kind=kind, search=search, since=since, until=until,
                                             source=source, limit=limit)), json_out, render.quotes_table)


@app.command()
def actor(actor_id: Annotated[str, typer.Argument(help="An actor id or a name: CAN, person:mark-carney, \"Mark Carney\".")],
          json_out: Json = False) -> None:
    """Show what accord knows of an actor: kind, country and the roles held over time.

      accord actor person:donald-trump
    """
    from ..actors import actor_roles, find_actor

    found = find_actor(actor_id)
    if found is None:
        errors.print(f"[red]error:[/] no actor matches {actor_id!r}. Try an ISO code (CAN), an IGO code (EU) "
                     "or a full name.")
        raise typer.Exit(2)
    roles = actor_roles(found.id)
    if json_out:
        print_json({"actor": found.to_dict(), "roles": [r.to_dict() for r in roles]})
    else:
        render.actor_card(console, found, roles)


@app.command()
def export(out: Annotated[Path, typer.Option(help="The file to write.")],
           fmt: Annotated[str, typer.Option("--format", help="csv, jsonl or parquet.")] = "csv",
           table: Annotated[str, typer.Option(help="events or quotes.")] = "events",
           db: Db = None, actor: Actor = None, since: Since = None, until: Until = None,
           limit: Annotated[int, typer.Option(min=1, help="At most this many rows.")] = 10_000_000,
           as_coded: AsCoded = False) -> None:
    """Export stored events (one row per event, actor codes flattened, GDELT-style CANGOV codes)
    or quotes to CSV, JSON Lines or Parquet.

      accord export --format parquet --out events.parquet

      accord export --table quotes --format csv --out quotes.csv
    """
    from ..store.export import export_rows

    try:
        with Store(db) as store:
            count = export_rows(store, table, fmt, out, _filters(actor=actor, since=since, until=until, limit=limit,
                                                                 as_coded=as_coded))
    except AccordError as exc:
        raise fail(exc) from exc
    console.print(f"Wrote {count} {table} to {out}")

