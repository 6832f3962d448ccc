"""Exports of stored events and quotes: CSV, JSON Lines, Parquet."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from ..errors import AccordError
from . import Store, cameo_code
from .queries import Filters, list_events, list_quotes

FORMATS = ("csv", "jsonl", "parquet")
TABLES = ("events", "quotes")


def _flat_event(row: dict[str, Any]) -> dict[str, Any]:
    flat = {k: v for k, v in row.items() if k not in ("source", "target", "article_title")}
    for side in ("source", "target"):
        parts = row[side]
        flat[f"{side}_actors"] = ";".join(p["actor"] or "" for p in parts)
        flat[f"{side}_countries"] = ";".join(p["country"] or "" for p in parts)
        flat[f"{side}_codes"] = ";".join(cameo_code(p["country"], p.get("sector")) or "" for p in parts)
        flat[f"{side}_text"] = ";".join(p["text"] for p in parts)
    flat["contexts"] = " ".join(row["contexts"])
    return flat


def export_rows(store: Store, table: str, fmt: str, out: Path, filters: Filters) -> int:
    """Write the rows of `table` matching `filters` to `out` in `fmt`; return how many."""
    if fmt not in FORMATS:
        raise AccordError(f"Unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}.")
    if table not in TABLES:
        raise AccordError(f"Unknown table {table!r}: choose one of {', '.join(TABLES)}.")
    rows = ([_flat_event(r) for r in list_events(store, filters)] if table == "events"
            else list_quotes(store, filters))
    rows = [{k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in r.items()} for r in rows]
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        with out.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        with out.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]) if rows else ["id"])
            writer.writeheader()
            writer.writerows(rows)
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(rows), out)
    return len(rows)
