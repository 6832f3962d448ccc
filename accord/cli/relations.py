"""Relations commands: `dyad`, `network`, `shifts`. Thin options over `accord.relations`."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from .. import relations
from ..errors import AccordError
from ..relations.load import parse_day
from ..relations.network import network_dict, write_graphml
from ..relations.periods import check_by, parse_duration
from ..relations.plots import plot_dyad, plot_network
from ..relations.series import DyadSeries, sparkline
from ..relations.shifts import MIN_EVENTS, Shift
from ..store import Store
from .app import MinConfidence, app, fail, print_json

Db = Annotated[str | None, typer.Option("--db", envvar="ACCORD_DB", show_envvar=True,
                                           help="SQLite path or database URL (default: ./accord.db).")]
Since = Annotated[str | None, typer.Option(
    help="From this day on (YYYY-MM-DD; an ISO datetime counts as the date in its own offset).")]
Until = Annotated[str | None, typer.Option(help="Up to this day, inclusive (YYYY-MM-DD).")]
Json = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON instead of tables.")]
AsCoded = Annotated[bool, typer.Option("--as-coded", help=(
    "The machine's coding, without analysts' reviews; fused from the stored reports at read time, so "
    "slower on a large store (seconds to a minute at a million events) than the reviewed default."))]


class Level(StrEnum):
    country = "country"
    actor = "actor"


LevelOpt = Annotated[Level, typer.Option(
    help="country: country-level codes (a person counts as their state); actor: exact actor ids.")]


class GraphFormat(StrEnum):
    graphml = "graphml"


def _fmt(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{value:+.{digits}f}"


@app.command("dyad")
def dyad_command(
    a: Annotated[str, typer.Argument(help="First actor: ISO3 country (CAN), IGO (EU), or actor id.")],
    b: Annotated[str, typer.Argument(help="Second actor.")],
    by: Annotated[str, typer.Option("--by", help="Period: day, week (ISO), month, quarter, year.")] = "month",
    since: Since = None,
    until: Until = None,
    directed: Annotated[bool, typer.Option("--directed", help="Only events from A to B.")] = False,
    level: LevelOpt = Level.country,
    members: Annotated[bool, typer.Option("--members", help=(
        "Let an IGO (EU, NATO) also stand for its member states (read from the stored reports: slower on a "
        "large store)."))] = False,
    min_confidence: MinConfidence = None,
    as_json: Json = False,
    plot: Annotated[Path | None, typer.Option("--plot", help="Write a chart: FILE.html (Plotly) or FILE.png.")] = None,
    as_coded: AsCoded = False,
    db: Db = None,
) -> None:
    """Per-period events between two actors, by QuadClass and PLOVER type, with the net
    cooperation index (coop − conflict) / (coop + conflict)."""
    try:
        with Store(db) as store:
            series = relations.dyad(store, a, b, by=check_by(by), since=parse_day(since),
                                    until=parse_day(until), directed=directed, level=level.value,
                                    members=members, as_coded=as_coded, min_conf=min_confidence)
        if plot:
            plot_dyad(series, plot)
    except AccordError as exc:
        raise fail(exc) from exc
    if as_json:
        print_json(series.to_dict())
        return
    _dyad_table(series)
    if plot:
        Console(stderr=True).print(f"Chart written to {plot}")


def _dyad_table(series: DyadSeries) -> None:
    console = Console()
    arrow = "→" if series.directed else "–"
    if not series.periods:
        console.print(f"No events between {series.a} and {series.b} in the store for this range. "
                      "Actors are country codes (CAN, USA), IGO codes (EU, NATO) or, with "
                      "--level actor, actor ids (person:mark-carney); see `accord actors`.")
        return
    caption = f"net index  {sparkline(p.net for p in series.periods)}  (−1 … +1)"
    if series.imprecise:
        caption += f"\n{series.imprecise} events dated only to the month or year left out; try a coarser --by"
    table = Table(title=f"{series.a} {arrow} {series.b} by {series.by}", caption=caption)
    for col in ("period", "events", "VC", "MC", "VK", "MK", "score", "net", "anticip.", "top types"):
        table.add_column(col, justify="left" if col in ("period", "top types") else "right")
    for p in series.periods:
        types = ", ".join(f"{t} {n}" for t, n in list(p.types.items())[:3])
        table.add_row(p.label, str(p.events), *(str(p.quad[q]) for q in (1, 2, 3, 4)),
                      _fmt(p.mean_score, 1), _fmt(p.net), str(p.anticipated or ""), types)
    console.print(table)


@app.command("network")
def network_command(
    since: Since = None,
    until: Until = None,
    min_events: Annotated[int, typer.Option("--min-events", min=1, help="Drop edges with fewer events.")] = 2,
    level: LevelOpt = Level.country,
    out: Annotated[Path | None, typer.Option("--out", help="Write an interactive map (FILE.html) or a graph file.")] = None,
    fmt: Annotated[GraphFormat | None, typer.Option("--format", help="Write --out as GraphML instead of HTML.")] = None,
    min_confidence: MinConfidence = None,
    as_json: Json = False,
    as_coded: AsCoded = False,
    db: Db = None,
) -> None:
    """The alliance network: edge weight = cooperation − conflict events; blocs = communities of
    the positive edges (greedy modularity)."""
    try:
        _check_graph_out(out, fmt)
        with Store(db) as store:
            graph = relations.network(store, since=parse_day(since), until=parse_day(until),
                                      min_events=min_events, level=level.value, as_coded=as_coded,
                                      min_conf=min_confidence)
    except AccordError as exc:
        raise fail(exc) from exc
    if out is not None:
        if fmt is GraphFormat.graphml or out.suffix.lower() == ".graphml":
            write_graphml(graph, out)
        else:
            plot_network(graph, out)
    data = network_dict(graph)
    if as_json:
        print_json(data)
        return
    _network_tables(data)
    if out is not None:
        Console(stderr=True).print(f"Network written to {out}")


def _check_graph_out(out: Path | None, fmt: GraphFormat | None) -> None:
    if out is None and fmt is not None:
        raise AccordError("--format graphml needs --out FILE.graphml.")
    if out is not None and fmt is None and out.suffix.lower() not in (".html", ".htm", ".graphml"):
        raise AccordError(f"Cannot write the network to {out.name!r}: use a .html or .graphml file "
                          "(or --format graphml).")


def _network_tables(data: dict[str, Any]) -> None:
    console = Console()
    if not data["edges"]:
        console.print("No actor pair has enough events for an edge; lower --min-events or widen the range.")
        return
    table = Table(title="Strongest ties (weight = coop − conflict)")
    for col in ("pair", "weight", "coop", "conflict", "events"):
        table.add_column(col, justify="left" if col == "pair" else "right")
    for e in sorted(data["edges"], key=lambda e: (-abs(e["weight"]), e["source"]))[:25]:
        table.add_row(f"{e['source']}–{e['target']}", f"{e['weight']:+d}", str(e["coop"]),
                      str(e["conflict"]), str(e["events"]))
    console.print(table)
    for i, bloc in enumerate(data["communities"]):
        console.print(f"Bloc {i}: {', '.join(bloc)}")


@app.command("shifts")
def shifts_command(
    window: Annotated[str, typer.Option(help="Recent window ending at --as-of (30d, 8w, 3m, 1y).")] = "30d",
    baseline: Annotated[str, typer.Option(help="Baseline window just before the recent one.")] = "180d",
    as_of: Annotated[str | None, typer.Option("--as-of", help="Last day of the recent window (default: latest event).")] = None,
    min_events: Annotated[int, typer.Option("--min-events", min=1, help="Events needed in each window to test.")] = MIN_EVENTS,
    level: LevelOpt = Level.country,
    show_all: Annotated[bool, typer.Option("--all", help="Also list dyads without enough evidence.")] = False,
    min_confidence: MinConfidence = None,
    as_json: Json = False,
    as_coded: AsCoded = False,
    db: Db = None,
) -> None:
    """Dyads whose cooperation changed: recent window vs baseline, permutation test on the
    per-event score (+1 coop, −1 conflict), Benjamini–Hochberg across dyads."""
    try:
        with Store(db) as store:
            found = relations.shifts(store, window=parse_duration(window),
                                     baseline=parse_duration(baseline), as_of=parse_day(as_of),
                                     min_events=min_events, level=level.value, as_coded=as_coded,
                                     min_conf=min_confidence)
    except AccordError as exc:
        raise fail(exc) from exc
    if as_json:
        print_json([s.to_dict() for s in found])
        return
    _shift_table(found, show_all)


def _shift_table(found: list[Shift], show_all: bool) -> None:
    console = Console()
    if not found:
        console.print("No dyad has events in the baseline or recent window; check --as-of and the windows.")
        return
    shown = [s for s in found if show_all or s.status != "not enough evidence"]
    hidden = len(found) - len(shown)
    if not shown:
        console.print(f"Not enough evidence to test any dyad ({hidden} dyads with too few events in "
                      "one window); widen --window/--baseline or lower --min-events.")
        return
    table = Table(title="Relationship shifts (recent vs baseline)")
    for col in ("dyad", "status", "Δnet", "95% interval", "p", "q", "events r/b", "net b→r"):
        table.add_column(col, justify="left" if col in ("dyad", "status") else "right")
    for s in shown:
        t = s.test
        table.add_row(f"{s.a}–{s.b}", s.status, _fmt(t.effect) if t else "–",
                      f"[{t.low:+.2f}, {t.high:+.2f}]" if t else "–", f"{t.p_value:.4f}" if t else "–",
                      f"{s.q_value:.4f}" if s.q_value is not None else "–",
                      f"{s.recent_events}/{s.baseline_events}",
                      f"{_fmt(s.baseline_net)} → {_fmt(s.recent_net)}")
    console.print(table)
    for s in shown:
        if s.status == "alert":
            console.print(f"[bold]{s.a}–{s.b}[/bold] evidence:")
            for ev in s.evidence:
                console.print(f"  {ev['day']} {ev['type']}: {ev['sentence']}")
    if hidden:
        console.print(f"{hidden} more dyads: not enough evidence (fewer than the minimum events in a window; --all lists them).")
