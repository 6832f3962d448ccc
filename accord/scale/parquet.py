"""Atomic, idempotent Parquet writes of one partition's tables.

Every file of a partition is first written under a hidden temporary name in its final directory,
then all are renamed into place (`os.replace`, atomic on one file system): a worker that dies
leaves at most hidden `.tmp` files, never a half-written `part-*.parquet`. File names depend only
on the partition index, so a re-run overwrites the same files; `remove_stale` then deletes the
parts an earlier run with more partitions (or other months) left behind.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .tables import SCHEMAS, Rows

PART_GLOB = "part-*.parquet"
TMP_GLOB = ".part-*.tmp-*"


def part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def _targets(rows: Rows, out: Path, index: int) -> list[tuple[Path, str, list[dict[str, Any]]]]:
    name = part_name(index)
    found = [(out / table / name, table, data) for table, data in rows.tables.items() if data]
    found += [(out / "events" / f"month={month}" / name, "events", data) for month, data in sorted(rows.events.items())]
    return found


def write_rows(rows: Rows, out: Path, index: int) -> list[str]:
    """Write the non-empty tables of partition `index` under `out`; return the paths relative to it."""
    staged: list[tuple[Path, Path]] = []
    try:
        for final, table, data in _targets(rows, out, index):
            final.parent.mkdir(parents=True, exist_ok=True)
            tmp = final.with_name(f".{final.name}.tmp-{uuid.uuid4().hex[:12]}")
            staged.append((tmp, final))
            pq.write_table(pa.Table.from_pylist(data, schema=SCHEMAS[table]), tmp)
        for tmp, final in staged:
            os.replace(tmp, final)
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
    return sorted(str(final.relative_to(out)) for _, final in staged)


def remove_stale(out: Path, keep: Iterable[str]) -> list[str]:
    """Delete the part files (and leftover temporary files) under `out` not in `keep`."""
    keep = set(keep)
    removed = []
    for table in SCHEMAS:
        root = out / table
        if not root.is_dir():
            continue
        for path in [*root.rglob(PART_GLOB), *root.rglob(TMP_GLOB)]:
            rel = str(path.relative_to(out))
            if rel not in keep:
                path.unlink()
                removed.append(rel)
        for folder in sorted((p for p in root.rglob("*") if p.is_dir()), reverse=True):
            if not any(folder.iterdir()):
                folder.rmdir()
    return removed
