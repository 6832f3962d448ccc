"""Load a finished `analyze_to_parquet` run into a Store through `Store.add`.

Only the `analyses/` table is read: each row's contract object becomes an `Analysis` again
(`analysis_from_dict`) and goes through the same `Store.add` as `accord ingest`, in input order,
one transaction per article. An article already stored is a no-op, so loading twice adds nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import AccordError
from ..store import Store
from .restore import analysis_from_dict
from .run import MANIFEST

BATCH_ROWS = 256


@dataclass
class LoadSummary:
    new: int = 0
    duplicate: int = 0
    events: int = 0
    quotes: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"new": self.new, "duplicate": self.duplicate, "events": self.events, "quotes": self.quotes}


def _analyses_files(out: Path) -> list[Path]:
    manifest = out / MANIFEST
    if not manifest.exists():
        raise AccordError(f"{out} holds no finished run (no {MANIFEST}): run `accord scale analyze ... "
                          f"--out {out}` to the end first.")
    files = json.loads(manifest.read_text(encoding="utf-8"))["files"]
    return sorted(out / f for f in files if f.startswith("analyses/"))


def iter_records(out_dir: str | Path) -> Iterator[dict[str, Any]]:
    """Every article's analysis object of a finished run, in input order."""
    import pyarrow.parquet as pq

    for path in _analyses_files(Path(out_dir)):
        for batch in pq.ParquetFile(path).iter_batches(batch_size=BATCH_ROWS, columns=["analysis"]):
            for text in batch.column(0).to_pylist():
                yield json.loads(text)


def load_parquet(out_dir: str | Path, store: Store,
                 progress: Callable[[LoadSummary], None] | None = None) -> LoadSummary:
    """Add every analysis under `out_dir` to `store`; return how many were new or already stored."""
    summary = LoadSummary()
    for record in iter_records(out_dir):
        result = store.add(analysis_from_dict(record))
        if result.status == "new":
            summary.new += 1
            summary.events += result.events
            summary.quotes += result.quotes
        else:
            summary.duplicate += 1
        if progress is not None:
            progress(summary)
    return summary
