"""The readers that answer at volume give exactly what the plain reading gives: the network's
SQL pair counts (`pair_totals`) against `by_dyad` over `load_events`, a dyad read through its
fusion keys against the whole store, shifts read by window against the whole store. On SQLite
and PostgreSQL, over synthetic stored events with repeated reports, reciprocal events,
office-holders, coarse dates and every status (bench/synth.py)."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from databases import fresh_database

from accord import relations
from accord.relations.load import load_events, pair_totals
from accord.relations.members import side
from accord.relations.series import dyad_series
from accord.relations.shifts import by_dyad, find_shifts
from accord.store import Store, schema

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from synth import fill  # noqa: E402


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def store(request, tmp_path_factory):
    with Store(fresh_database(request.param, tmp_path_factory.mktemp("scale") / "scale.db")) as s:
        fill(s, 2500, seed=7)
        yield s


@pytest.mark.parametrize("level, max_grain, since, until", [
    ("country", 2, None, None), ("actor", 0, None, None),
    ("country", 0, date(2018, 1, 1), date(2019, 6, 30)), ("actor", 2, date(2020, 2, 1), None)])
def test_pair_totals_count_what_the_python_fusion_counts(store, level, max_grain, since, until):
    events = load_events(store, since=since, until=until, level=level)
    expected = {pair: (len(evs), sum(e.coop > 0 for e in evs))
                for pair, evs in by_dyad(events, max_grain=max_grain).items()}
    assert len(expected) > 20
    assert pair_totals(store, since=since, until=until, level=level, max_grain=max_grain) == expected


@pytest.mark.parametrize("a, b, members", [("USA", "CHN", False), ("FRA", "EU", True), ("DEU", "RUS", False)])
def test_a_dyad_read_through_its_fusion_keys_equals_the_whole_read(store, a, b, members):
    one, other = side(a, expand=members), side(b, expand=members)
    whole = dyad_series(load_events(store), one, other, by="quarter")
    assert whole.periods
    assert relations.dyad(store, a, b, by="quarter", members=members).to_dict() == whole.to_dict()


def test_shifts_read_by_window_equal_shifts_over_every_event(store):
    window, baseline = timedelta(days=90), timedelta(days=365)
    everything = find_shifts(load_events(store), window=window, baseline=baseline, min_events=3)
    found = relations.shifts(store, window=window, baseline=baseline, min_events=3)
    assert len(found) > 10
    strip = [{k: v for k, v in s.to_dict().items() if k != "evidence"} for s in found]
    assert strip == [{k: v for k, v in s.to_dict().items() if k != "evidence"} for s in everything]
    assert [[e["event_id"] for e in s.evidence] for s in found] == [[e["event_id"] for e in s.evidence] for s in everything]


def test_a_version_2_database_gets_the_version_7_indexes_in_place(tmp_path):
    from sqlalchemy import inspect, text, update

    db = tmp_path / "old.db"
    with Store(db) as s:
        fill(s, 50)
        with s.engine.begin() as conn:
            for name in schema.VERSION_7_INDEXES:
                conn.execute(text(f"DROP INDEX {name}"))
            conn.execute(update(schema.schema_version).values(version=2))
    for _ in range(2):  # the upgrade, then a no-op
        with Store(db) as s, s.engine.connect() as conn:
            names = {i["name"] for t in ("events", "event_evidence", "removed_blocks") for i in inspect(conn).get_indexes(t)}
            assert set(schema.VERSION_7_INDEXES) <= names
            assert conn.execute(text("SELECT version FROM schema_version")).scalar() == schema.SCHEMA_VERSION
            plan = " ".join(str(r[-1]) for r in conn.execute(text("EXPLAIN QUERY PLAN SELECT count(*) FROM events WHERE article_id = 'x'")))
            assert "ix_events_article" in plan
