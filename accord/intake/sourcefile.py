"""A list of sources in a TOML file, for people who keep theirs in version control.

    [politeness]          # optional: any setting of accord.intake.settings.Politeness
    delay = 2.0

    [[source]]
    url = "https://example.org/world/rss.xml"
    name = "Example World"   # optional: the outlet's name (default: the feed's title)
    every = "15m"            # optional: how often to poll (default 10m)

`accord watch --sources FILE` makes the database follow exactly the file's sources: new ones are
added, changed names and intervals updated, and sources the file added before but no longer lists
are removed (sources added with `accord sources add` are left alone).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from ..errors import AccordError
from ..store import Store
from . import state
from .settings import Politeness, parse_interval, politeness_from

DEFAULT_EVERY = "10m"
SOURCE_KEYS = frozenset({"url", "name", "every"})


@dataclass(frozen=True)
class SourceSpec:
    url: str
    name: str | None
    every: timedelta


def read_sources(path: Path, base: Politeness | None = None) -> tuple[list[SourceSpec], Politeness]:
    """The sources and politeness settings of a TOML file; AccordError naming the file and the
    entry for anything wrong."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise AccordError(f"{path}: the source file cannot be read ({error.strerror or error}).") from None
    except tomllib.TOMLDecodeError as error:
        raise AccordError(f"{path}: not valid TOML ({error}).") from None
    unknown = set(data) - {"source", "politeness"}
    if unknown:
        raise AccordError(f"{path}: unknown table(s) {', '.join(sorted(unknown))}; a source file has "
                          "[[source]] entries and an optional [politeness] table.")
    specs = [_spec(item, f"{path}: source {n}") for n, item in enumerate(data.get("source", []), 1)]
    if not specs:
        raise AccordError(f'{path}: no [[source]] entries; add one with url = "https://...".')
    return specs, politeness_from(data.get("politeness", {}), str(path), base)


def _spec(item: Any, where: str) -> SourceSpec:
    if not isinstance(item, dict) or not isinstance(item.get("url"), str):
        raise AccordError(f'{where}: each [[source]] needs url = "https://...".')
    unknown = set(item) - SOURCE_KEYS
    if unknown:
        raise AccordError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}; use url, name and every.")
    try:
        return SourceSpec(state.check_feed_url(item["url"]), item.get("name"),
                          parse_interval(str(item.get("every", DEFAULT_EVERY))))
    except AccordError as error:
        raise AccordError(f"{where}: {error}") from None


def sync_sources(store: Store, path: Path, specs: list[SourceSpec]) -> dict[str, list[str]]:
    """Make the database follow the file's sources; what changed."""
    origin = str(path.resolve())
    known = {s["url"] for s in state.list_sources(store)}
    for spec in specs:
        state.add_source(store, spec.url, name=spec.name, every=spec.every, origin=origin, replace=True)
    removed = state.remove_origin_except(store, origin, {s.url for s in specs})
    return {"added": [s.url for s in specs if s.url not in known], "removed": removed}
