"""Run the pipeline over partitions on a Dask cluster and write the Parquet tables.

Each task is `run_partition`: read its slice of the corpus, run `accord.pipeline.analyze_documents`
(the very function `accord analyze` runs; the spaCy model loads once per worker process through
`accord.pipeline.load_nlp`'s cache), and write the partition's files atomically.
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import AccordError
from ..nlp import model_name
from ..pipeline import analyze_documents, load_nlp
from .parquet import remove_stale, write_rows
from .plan import Partition, plan_partitions, read_partition
from .tables import Rows

MANIFEST = "_manifest.json"
FORMAT = "accord.scale/1"
PARTITIONS_PER_WORKER = 4  # a few tasks per worker: a slow partition does not hold up the end much
LOCAL_SCHEDULERS = ("synchronous", "threads", "processes")


@dataclass
class PartitionResult:
    index: int
    articles: int
    events: int
    quotes: int
    errors: int
    files: list[str]
    seconds: float
    worker: str


@dataclass
class RunSummary:
    out_dir: str
    results: list[PartitionResult] = field(default_factory=list)
    seconds: float = 0.0
    removed: list[str] = field(default_factory=list)

    def total(self, name: str) -> int:
        return sum(getattr(r, name) for r in self.results)

    def to_dict(self) -> dict[str, Any]:
        return {"format": FORMAT, "out_dir": self.out_dir, "partitions": len(self.results),
                **{name: self.total(name) for name in ("articles", "events", "quotes", "errors")},
                "seconds": round(self.seconds, 2), "files": sorted(f for r in self.results for f in r.files)}


def run_partition(partition: Partition, out_dir: str) -> PartitionResult:
    """Analyse one partition and write its files: the task every worker runs."""
    started = time.perf_counter()
    rows = Rows()
    for item in analyze_documents(read_partition(partition), load_nlp(partition.model)):
        rows.add(item)
    files = write_rows(rows, Path(out_dir), partition.index)
    return PartitionResult(partition.index, rows.count("articles"), rows.count("events"),
                           rows.count("quotes"), rows.count("errors"), files,
                           time.perf_counter() - started, f"{socket.gethostname()}:{os.getpid()}")


def _client(scheduler: Any) -> tuple[Any, bool]:
    """(a distributed Client or None, whether we opened it and must close it)."""
    if isinstance(scheduler, str) and scheduler in LOCAL_SCHEDULERS:
        return None, False
    try:
        from distributed import Client, default_client
    except ImportError as exc:
        raise AccordError("Scaling out needs Dask: pip install 'accord[scale]' "
                          "(dask[distributed]).") from exc
    if scheduler is None:
        try:
            return default_client(), False
        except ValueError:  # no client in this process: dask's local scheduler
            return None, False
    if isinstance(scheduler, str):
        try:
            return Client(scheduler, timeout="20s"), True
        except OSError as exc:
            raise AccordError(f"No Dask scheduler answers at {scheduler} ({exc}). Start one with "
                              "`dask scheduler` and workers with `dask worker ADDRESS`.") from exc
    return scheduler, False


def _on_cluster(client: Any, parts: Sequence[Partition], out: Path,
                progress: Callable[[PartitionResult, int], None]) -> list[PartitionResult]:
    from distributed import as_completed

    futures = client.map(run_partition, parts, out_dir=str(out), pure=False, retries=1)
    results = []
    for future in as_completed(futures):
        try:
            result = future.result()
        except Exception as exc:
            client.cancel(futures)
            raise AccordError(f"A partition failed on the cluster: {type(exc).__name__}: {exc}") from exc
        progress(result, len(parts))
        results.append(result)
    return results


def _locally(scheduler: str | None, parts: Sequence[Partition], out: Path,
             progress: Callable[[PartitionResult, int], None]) -> list[PartitionResult]:
    import dask.bag as db

    bag = db.from_sequence(parts, npartitions=max(1, len(parts))).map(run_partition, str(out))
    results = bag.compute(scheduler=scheduler or "processes")
    for result in results:
        progress(result, len(parts))
    return results


def _default_partitions(client: Any) -> int:
    workers = sum(client.nthreads().values()) if client is not None else (os.cpu_count() or 1)
    return PARTITIONS_PER_WORKER * max(1, workers)


def _write_manifest(out: Path, summary: RunSummary, inputs: list[str]) -> None:
    tmp = out / f".{MANIFEST}.tmp"
    tmp.write_text(json.dumps({**summary.to_dict(), "inputs": inputs}, indent=1), encoding="utf-8")
    os.replace(tmp, out / MANIFEST)


def analyze_to_parquet(inputs: Iterable[str | Path], out_dir: str | Path, *, scheduler: Any = None,
                       partitions: int | None = None, published: date | None = None,
                       progress: Callable[[PartitionResult, int], None] | None = None) -> RunSummary:
    """Analyse `inputs` (files, directories, JSON Lines) on Dask and write Parquet under `out_dir`.

    `scheduler`: a Dask scheduler address (`tcp://host:8786`), a `distributed.Client`, one of
    "synchronous", "threads", "processes" (dask's local schedulers), or None for the Client active
    in this process, else local processes. `partitions` defaults to 4 per worker thread. A re-run
    overwrites the same files and removes parts an earlier run left that this one did not write.
    """
    started = time.perf_counter()
    names = [str(i) for i in inputs]
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    (out / MANIFEST).unlink(missing_ok=True)  # no manifest until this run has finished
    client, owned = _client(scheduler)
    try:
        parts = plan_partitions(names, partitions or _default_partitions(client),
                                published=published, model=model_name())
        report = progress or (lambda result, total: None)
        if client is not None:
            results = _on_cluster(client, parts, out, report)
        else:
            results = _locally(scheduler, parts, out, report)
    finally:
        if owned:
            client.close()
    summary = RunSummary(str(out), sorted(results, key=lambda r: r.index))
    summary.removed = remove_stale(out, summary.to_dict()["files"])
    summary.seconds = time.perf_counter() - started
    _write_manifest(out, summary, names)
    return summary
