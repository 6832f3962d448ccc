"""Relations: dyad trends, the alliance network, and alerts when a relationship shifts.

The functions here read a `Store`; the modules below them work on plain lists of `DyadEvent`
(`load` reads, `series`, `network`, `shifts` compute, `plots` draw).
"""

from __future__ import annotations

from datetime import date, timedelta

import networkx as nx

from ..errors import AccordError
from ..store import Store
from .load import (
    DyadEvent,
    Level,
    actor_names,
    counted_pairs,
    latest_day,
    load_events,
    pair_events,
    pair_totals,
    parse_day,
    sentence_texts,
)
from .members import side
from .network import network_from_totals
from .periods import By, parse_duration
from .series import DyadSeries, dyad_series
from .shifts import Shift, find_shifts, shifts_of_pairs

__all__ = ["DyadEvent", "dyad", "load_events", "network", "parse_day", "parse_duration", "shifts"]


def dyad(store: Store, a: str, b: str, *, by: By = "month", since: date | None = None,
         until: date | None = None, directed: bool = False, level: Level = "country",
         members: bool = False, as_coded: bool = False, min_conf: float | None = None) -> DyadSeries:
    """The per-period series of the dyad a-b (a->b when `directed`), as reviewed (or as coded).
    Read from the fused pairs the store keeps; as coded, or with sides standing for their
    members, fused from the stored reports (seconds over a million of them)."""
    one, other = side(a, expand=members), side(b, expand=members)
    if as_coded or one.members or other.members or one.code == other.code:
        events = load_events(store, since=since, until=until, level=level, touching=(one.codes, other.codes),
                             as_coded=as_coded, min_conf=min_conf)
    else:
        events = pair_events(store, one.code, other.code, since=since, until=until, level=level, min_conf=min_conf)
    return dyad_series(events, one, other, by=by,
                       directed=directed, since=since, until=until, level=level)


def network(store: Store, *, since: date | None = None, until: date | None = None,
            min_events: int = 2, level: Level = "country", as_coded: bool = False,
            min_conf: float | None = None) -> nx.Graph:
    totals = pair_totals(store, since=since, until=until, level=level, as_coded=as_coded, min_conf=min_conf)
    return network_from_totals(totals, min_events=min_events, names=actor_names(store))


def shifts(store: Store, *, window: timedelta, baseline: timedelta, as_of: date | None = None,
           min_events: int = 5, level: Level = "country", as_coded: bool = False,
           min_conf: float | None = None) -> list[Shift]:
    """Ranked shift alerts, each with the text of its top evidence sentences. Read from the fused
    pairs the store keeps; as coded, fused from the stored reports of the two windows."""
    if as_of is not None and as_of - date.min <= window + baseline:
        raise AccordError(f"as_of {as_of} leaves no room for a {window.days}-day window and a "
                          f"{baseline.days}-day baseline before it; give a later date or shorter windows.")
    as_of = as_of or latest_day(store, level, as_coded, min_conf)  # read only the two windows, not every stored event
    if as_of is None:
        return []
    since = as_of - window - baseline
    if as_coded:
        events = load_events(store, since=since, until=as_of, level=level, as_coded=True, min_conf=min_conf)
        found = find_shifts(events, window=window, baseline=baseline, as_of=as_of, min_events=min_events)
    else:
        pairs = counted_pairs(store, since=since + timedelta(days=1), until=as_of, level=level, min_conf=min_conf)
        events = [e for evs in pairs.values() for e in evs]
        found = shifts_of_pairs(pairs, window=window, as_of=as_of, min_events=min_events)
    by_id = {e.event_id: e for e in events}
    texts = sentence_texts(store, [by_id[ev["event_id"]] for s in found for ev in s.evidence])
    for s in found:
        for ev in s.evidence:
            ev["sentence"] = texts.get(ev["event_id"], "")
    return found
