"""Reviewed events as gold lines in the `accord eval` format (docs/gold-format.md).

One line per evidence sentence whose every coded event has been reviewed: its events are the
reviewed view's (reviewed-correct events as coded, corrected events as corrected), so an event
reviewed as "not an event" is a negative (left out; a sentence with only such events is
`"events": []`). A sentence with an event nobody reviewed is left out: the line would otherwise
count that event as a false positive. The sentence is scored alone, so a participant named only
in an earlier sentence ("he") counts as a miss; the line's `published` is the article's date.
Each line's `split` follows the shared rule (a sha1 of the normalised text), like the team's gold.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..store import Store
from ..store.queries import Filters, list_events

EVERYTHING = 10_000_000


@dataclass
class GoldExport:
    lines: list[dict[str, Any]] = field(default_factory=list)
    partly_reviewed: int = 0  # sentences left out: some of their events are not reviewed

    @property
    def positives(self) -> int:
        return sum(len(line["events"]) for line in self.lines)


def split_of(text: str) -> str:
    """The team's split rule: `test` for about 30% of texts, by a hash of the normalised text."""
    digest = hashlib.sha1(re.sub(r"[^a-z0-9]", "", text.lower()).encode()).hexdigest()
    return "test" if int(digest[:8], 16) % 100 < 30 else "dev"


def _gold_event(row: dict[str, Any]) -> dict[str, Any]:
    return {"type": row["type"], "source": [p["country"] for p in row["source"]],
            "target": [p["country"] for p in row["target"]], "status": row["status"], "date": row["date"],
            "contexts": row["contexts"], "mode": row["mode"], "reciprocal": bool(row["reciprocal"])}


def gold_lines(store: Store) -> GoldExport:
    """The gold lines of every fully reviewed sentence, in article and text order."""
    reviewed = list_events(store, Filters(as_coded=True, reviewed=True, limit=EVERYTHING))
    out = GoldExport()
    for article_id in sorted({r["article_id"] for r in reviewed}):
        coded = list_events(store, Filters(article=article_id, as_coded=True, limit=EVERYTHING))
        kept = list_events(store, Filters(article=article_id, limit=EVERYTHING))
        sentences: dict[tuple[int, int], list[dict[str, Any]]] = {}
        for row in coded:
            sentences.setdefault((row["sentence_start"], row["sentence_end"]), []).append(row)
        for (start, end), rows in sentences.items():
            if not any(r["review"] for r in rows):
                continue
            if not all(r["review"] for r in rows):
                out.partly_reviewed += 1
                continue
            text, published = rows[0]["evidence"], rows[0]["article_published"]
            out.lines.append({
                "id": f"review:{article_id}:{start}", "split": split_of(text), "text": text, "title": None,
                "published": published.isoformat() if published else None, "tags": ["review"],
                "events": [_gold_event(r) for r in kept if (r["sentence_start"], r["sentence_end"]) == (start, end)],
            })
    return out


def write_gold(store: Store, path: Path) -> GoldExport:
    """Write the gold lines of the store's reviews to `path` (JSON Lines)."""
    export = gold_lines(store)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for line in export.lines:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    return export
