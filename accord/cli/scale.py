"""`accord scale`: analyse a corpus on a Dask cluster into Parquet, and load that into a database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from ..errors import AccordError
from ..pipeline import parse_published
from ..store import Store
from .app import app, fail, print_json

console = Console()
errors = Console(stderr=True)

scale_app = typer.Typer(
    help="Beyond one machine: analyse a corpus on a Dask cluster into Parquet, then load or query it.\n\n"
         "  accord scale analyze corpus.jsonl --out out/ --local-workers 2\n\n"
         "  accord scale analyze /shared/news/ --out /shared/out --scheduler tcp://head:8786\n\n"
         "  accord scale load out/ --db accord.db",
    no_args_is_help=True,
    rich_markup_mode="rich",
)
app.add_typer(scale_app, name="scale")

Db = Annotated[str | None, typer.Option("--db", envvar="ACCORD_DB", show_envvar=True,
                                           help="SQLite path or database URL (default: ./accord.db).")]


@contextmanager
def _scheduler(address: str | None, local_workers: int | None) -> Iterator[Any]:
    """The address given, or a LocalCluster of `local_workers` processes for the command's span."""
    if address and local_workers:
        raise typer.BadParameter("give --scheduler or --local-workers, not both", param_hint="--scheduler")
    if address:
        yield address
        return
    from distributed import Client, LocalCluster

    n = local_workers or os.cpu_count() or 1
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        errors.print(f"started a local Dask cluster of {n} worker processes")
        yield client


@scale_app.command("analyze")
def analyze(
    inputs: Annotated[list[str], typer.Argument(help="Files or directories (recursive); JSON Lines files are cut into partitions.")],
    out: Annotated[Path, typer.Option("--out", help="Output directory; a re-run overwrites it.")],
    scheduler: Annotated[str | None, typer.Option(help="Address of a running Dask scheduler, e.g. tcp://head:8786.")] = None,
    local_workers: Annotated[int | None, typer.Option(min=1, help="Start a local cluster of N worker processes (default: one per core).")] = None,
    partitions: Annotated[int | None, typer.Option(min=1, help="Number of partitions (default: 4 per worker).")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for inputs that carry none.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Analyse INPUTS on Dask workers and write Parquet tables under --out.

    Writes [bold]events/month=YYYY-MM/[/], [bold]quotes/[/], [bold]articles/[/], [bold]mentions/[/],
    [bold]errors/[/] and [bold]analyses/[/] (one part-NNNNN.parquet per partition) and
    [bold]_manifest.json[/] once every partition is done. Examples:

      accord scale analyze corpus.jsonl --out out/ --local-workers 2

      accord scale analyze /shared/news/ --out /shared/out --scheduler tcp://head:8786 --partitions 200

    On a cluster, INPUTS and --out must be paths every worker sees. Then load with
    [bold]accord scale load out/[/], or query in place (docs/scale.md).
    """
    from ..scale import analyze_to_parquet

    def report(result: Any, total: int) -> None:
        errors.print(f"partition {result.index + 1}/{total}: {result.articles} articles, {result.events} events, "
                     f"{result.errors} errors in {result.seconds:.1f} s on {result.worker}", highlight=False)

    try:
        day = parse_published(published)
        with _scheduler(scheduler, local_workers) as target:
            summary = analyze_to_parquet(inputs, out, scheduler=target, partitions=partitions,
                                         published=day, progress=report)
    except AccordError as exc:
        raise fail(exc) from exc
    data = summary.to_dict()
    if json_out:
        print_json({k: v for k, v in data.items() if k != "files"})
    else:
        rate = data["articles"] / summary.seconds if summary.seconds else 0.0
        console.print(f"{data['articles']} articles, {data['events']} events, {data['quotes']} quotes, "
                      f"{data['errors']} errors in {data['partitions']} partitions, {summary.seconds:.1f} s "
                      f"({rate:.1f} articles/s) -> {summary.out_dir}", highlight=False)
    if data["errors"]:
        errors.print(f"[yellow]{data['errors']} inputs could not be analysed[/]; see {summary.out_dir}/errors/")
        raise typer.Exit(1)


@scale_app.command("load")
def load(directory: Annotated[Path, typer.Argument(help="An output directory of `accord scale analyze`.")],
         db: Db = None,
         json_out: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False) -> None:
    """Load a finished [bold]accord scale analyze[/] run into the database, one article at a time.

    Articles already stored are skipped, so loading twice adds nothing. Examples:

      accord scale load out/

      accord scale load /shared/out --db postgresql+psycopg://localhost/accord
    """
    from ..scale import load_parquet

    try:
        with Store(db) as store:
            summary = load_parquet(directory, store)
            url = store.url
    except AccordError as exc:
        raise fail(exc) from exc
    if json_out:
        print_json(summary.to_dict())
    else:
        console.print(f"{summary.new} articles stored ({summary.events} events, {summary.quotes} quotes), "
                      f"{summary.duplicate} already stored -> {url}", highlight=False)
