"""How the command line shows results to a person: briefs, tables, progress."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.console import Console, Group
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..batch import Result, Skipped
from ..errors import InputError
from ..model import Actor, Analysis, Role, StageWarning
from ..store import Store


def brief(console: Console, analysis: Analysis) -> None:
    """A readable summary of one analysis."""
    art = analysis.article
    words = len(art.text.split())
    console.rule(f"[bold]{art.title or art.id}[/]")
    console.print(f"id {art.id} · published {art.published or 'unknown'} · {words} words, "
                  f"{len(art.text)} characters after cleaning")
    for block in art.removed:
        console.print(f"  removed {block.reason} (raw characters {block.start}-{block.end})")
    for line in warning_lines(art.id, art.warnings):
        console.print(f"  [yellow]warning[/] {escape(line)}")
    if analysis.actors:
        console.print(_actors_table(analysis))
    if analysis.events:
        _analysis_events(console, analysis)
    if analysis.quotes:
        _analysis_quotes(console, analysis)
    if not (analysis.actors or analysis.events or analysis.quotes):
        console.print("  no actors, events or quotes found")


def _actors_table(analysis: Analysis) -> Table:
    counts: dict[str | None, int] = {}
    for m in analysis.mentions:
        counts[m.actor] = counts.get(m.actor, 0) + 1
    table = Table(title="Actors", title_justify="left")
    table.add_column("actor", no_wrap=True)
    for column in ("name", "kind", "country", "role", "mentions"):
        table.add_column(column)
    for a in analysis.actors:
        table.add_row(a.id, a.name, a.kind, a.country or "", a.role or "", str(counts.get(a.id, 0)))
    return table


def _names(parts: Iterable[Any]) -> str:
    return ", ".join(p.actor or f"“{p.text}”" for p in parts) or "-"


def _analysis_events(console: Console, analysis: Analysis) -> None:
    console.print("[bold]Events[/]")
    for n, e in enumerate(analysis.events, 1):
        where = f" · in {e.location.name} ({e.location.country})" if e.location else ""
        contexts = f" ({', '.join(e.contexts)})" if e.contexts else ""
        arrow = "↔" if e.reciprocal else "→"
        console.print(f"{n:>3}. [bold]{e.type}[/]{contexts} {_names(e.source)} {arrow} {_names(e.target)} · "
                      f"{e.date or 'undated'} ({e.date_precision}) · {e.status}{where} · "
                      f"confidence {e.confidence:.2f}", highlight=False)
        sentence = analysis.article.text[e.sentence.start:e.sentence.end].strip()
        offset = analysis.article.text.index(sentence, e.sentence.start) - e.sentence.start if sentence else 0
        console.print("     " + _highlight(sentence, e.trigger.start - e.sentence.start - offset,
                                            e.trigger.end - e.sentence.start - offset), highlight=False)


def _highlight(sentence: str, start: int, end: int) -> str:
    return escape(sentence[:start]) + "[bold yellow]" + escape(sentence[start:end]) + "[/]" + escape(sentence[end:])


def _analysis_quotes(console: Console, analysis: Analysis) -> None:
    console.print("[bold]Quotes[/]")
    for q in analysis.quotes:
        speaker = (q.speaker.actor or f"“{q.speaker.text}”") if q.speaker else "unknown speaker"
        console.print(f"  {q.kind:<8} [bold]{escape(speaker)}[/]: “{escape(q.text)}”", highlight=False)


def ingest_loop(console: Console, store: Store, results: Iterable[Result], *, replace: bool = False) -> dict[str, Any]:
    """Store each result (`replace`: re-analysed articles replace the stored ones), showing
    progress on `console` (a progress bar on a terminal, a line per article otherwise); return
    the closing summary."""
    summary: dict[str, Any] = {"new": 0, "already_stored": 0, "failed": 0, "with_warnings": 0, "events": 0,
                               "quotes": 0, "failures": [], "warnings": []}
    if replace:
        summary.update(replaced=0, reviews_kept=0, reviews_lost=[])
    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=console, disable=not console.is_terminal, transient=True)
    with progress:
        task = progress.add_task("ingesting", total=None)
        for result in results:
            progress.advance(task)
            if isinstance(result, Skipped):
                summary["already_stored"] += 1
                if not console.is_terminal:
                    console.print(f"  already stored {result.input}", highlight=False)
                continue
            if isinstance(result, InputError):
                summary["failed"] += 1
                summary["failures"].append(str(result))
                console.print(f"  [red]failed[/] {result}", highlight=False)
                continue
            try:
                added = store.add(result, replace=replace)
            except Exception as exc:  # the transaction rolled back; report and go on
                summary["failed"] += 1
                summary["failures"].append(f"{result.article.id}: not stored: {exc}")
                console.print(f"  [red]failed[/] {result.article.id}: not stored: {exc}", highlight=False)
                continue
            key = {"new": "new", "replaced": "replaced"}.get(added.status, "already_stored")
            if result.article.warnings and added.status in ("new", "replaced"):
                summary["with_warnings"] += 1
                summary["warnings"].extend(warning_lines(added.article_id, result.article.warnings))
            summary[key] += 1
            if added.status == "replaced":
                summary["reviews_kept"] += added.reviews_kept
                summary["reviews_lost"] += added.reviews_lost
            summary["events"] += added.events
            summary["quotes"] += added.quotes
            if not console.is_terminal:
                console.print(f"  {added.status} {added.article_id} {result.article.title or ''}", highlight=False)
    return summary


def ingest_summary(console: Console, summary: dict[str, Any], url: str) -> None:
    console.print(f"[bold]{summary['new']} new[/], {summary['already_stored']} already stored, "
                  f"{summary['failed']} failed, {summary['with_warnings']} with warnings; {summary['events']} "
                  f"events and {summary['quotes']} quotes stored in {url}")
    if "replaced" in summary:
        console.print(f"{summary['replaced']} stored articles analysed again; {summary['reviews_kept']} reviews "
                      f"still apply, {len(summary['reviews_lost'])} no longer do")
        for lost in summary["reviews_lost"]:
            console.print(f"  review {lost['review_id']} ({lost['verdict']}) of {lost['event_id']} no longer applies: "
                          f"no event with the trigger “{escape(lost['trigger'])}” in “{escape(lost['evidence'])}”",
                          highlight=False)
    elif summary["new"] == 0 and summary["already_stored"] and not summary["failed"]:
        console.print("Nothing new to store: every article was already in the database.")
    for failure in summary["failures"]:
        console.print(f"  [red]failed[/] {failure}", highlight=False)
    for line in summary["warnings"]:
        console.print(f"  [yellow]warning[/] {line}", highlight=False)
    if summary["with_warnings"]:
        console.print(WARNING_HINT)


WARNING_HINT = ("An article with a warning is stored with what the other stages found; the warning names the "
                "stage that failed: please report it with the article.")


def warning_lines(article_id: str, warnings: Iterable[StageWarning]) -> list[str]:
    return [f"{article_id}: {w.stage} stage failed: {w.message}" for w in warnings]


def analyze_summary(console: Console, analysed: int, with_warnings: int, failed: int) -> None:
    console.print(f"{analysed} analysed, {with_warnings} with warnings, {failed} failed", highlight=False)
    if with_warnings:
        console.print(WARNING_HINT)


def _table(rows: list[dict[str, Any]], columns: list[str], title: str) -> Table:
    table = Table(*columns, title=title, title_justify="left")
    for row in rows:
        table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
    return table


def articles_table(rows: list[dict[str, Any]]) -> Table:
    return _table(rows, ["id", "published", "source", "title", "events", "quotes", "story", "reports"], "Articles")


def events_list(rows: list[dict[str, Any]]) -> Group:
    """One line of facts per event and its evidence sentence below, trigger highlighted: wide
    enough for a terminal, where a table would squeeze the evidence into a narrow column."""
    lines: list[str] = []
    for r in rows:
        contexts = f" ({', '.join(r['contexts'])})" if r["contexts"] else ""
        arrow = "↔" if r["reciprocal"] else "→"
        reports = f" · {r['reports']} reports" if r.get("reports", 1) > 1 else ""
        lines.append(f"[bold]{r['date'] or 'undated'}[/] [bold]{r['type']}[/]{escape(contexts)} "
                     f"{escape(_codes(r['source']))} {arrow} {escape(_codes(r['target']))} · {r['status']} · "
                     f"confidence {r['confidence']:.2f}{reports} · {escape(r['article_source'] or r['article_id'])}")
        start = r["trigger_start"] - r["sentence_start"]
        lines.append("    " + _highlight(r["evidence"], start, start + len(r["trigger_text"])))
    return Group(*lines)


def _codes(parts: list[dict[str, Any]]) -> str:
    return ", ".join(p["actor"] or f"“{p['text']}”" for p in parts) or "-"


def quotes_table(rows: list[dict[str, Any]]) -> Table:
    shown = [{**r, "speaker": r["speaker_actor"] or r["speaker_text"]} for r in rows]
    return _table(shown, ["published", "speaker", "cue", "cameo", "kind", "text"], "Attributions")


def actors_table(rows: list[dict[str, Any]]) -> Table:
    return _table(rows, ["id", "name", "kind", "country", "sector", "codes", "mentions", "articles"], "Actors")


def actor_card(console: Console, actor: Actor, roles: list[Role]) -> None:
    console.print(f"[bold]{actor.name}[/] ({actor.id}) · {actor.kind} · country {actor.country or '-'}")
    if roles:
        console.print(_table([r.to_dict() for r in roles], ["title", "country", "sector", "start", "end"], "Roles"))
