"""The readers that answer at volume give exactly what the plain reading gives: the network's
pair counts (`pair_totals`, from the fused pairs the store keeps, and `pair_totals_from_reports`,
in SQL from the reports) against `by_dyad` over `load_events`, a dyad read from its fused pairs or
through its fusion keys against the whole store, shifts read by window against the whole store,
at several minimum confidences. On SQLite and PostgreSQL, over synthetic stored events with
repeated reports, reciprocal events, office-holders, coarse dates and every status
(bench/synth.py); and the fused pairs stay exact through every write: new articles, a
re-analysis, reviews and their undoing, two writers at once, and the upgrade of an older store."""

from __future__ import annotations

import sys
import threading
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from databases import fresh_database
from sqlalchemy import select, text, update
from test_api import make_analysis

from accord import relations
from accord.model import Actor, Participant
from accord.pipeline import content_hash
from accord.relations.load import load_events, pair_events, pair_totals, pair_totals_from_reports
from accord.relations.members import side
from accord.relations.series import dyad_series
from accord.relations.shifts import by_dyad, find_shifts
from accord.store import Store, pairs, schema
from accord.store.aliases import add_alias, make_alias
from accord.store.reviews import Correction, review_event, undo_review

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from synth import fill  # noqa: E402


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def store(request, tmp_path_factory):
    with Store(fresh_database(request.param, tmp_path_factory.mktemp("scale") / "scale.db")) as s:
        fill(s, 2500, seed=7)
        yield s


def totals(events, max_grain: int = 2) -> dict:
    return {pair: (len(evs), sum(e.coop > 0 for e in evs)) for pair, evs in by_dyad(events, max_grain=max_grain).items()}


@pytest.mark.parametrize("level, max_grain, since, until, min_conf", [
    ("country", 2, None, None, None), ("actor", 0, None, None, None), ("country", 2, None, None, 0.0),
    ("country", 0, date(2018, 1, 1), date(2019, 6, 30), 0.71), ("actor", 2, date(2020, 2, 1), None, 0.5)])
def test_pair_totals_count_what_the_python_fusion_counts(store, level, max_grain, since, until, min_conf):
    expected = totals(load_events(store, since=since, until=until, level=level, min_conf=min_conf), max_grain)
    assert len(expected) > 20
    window = {"since": since, "until": until, "level": level, "max_grain": max_grain, "min_conf": min_conf}
    assert pair_totals(store, **window) == expected
    assert pair_totals_from_reports(store, **window) == expected


@pytest.mark.parametrize("a, b, members, directed, min_conf", [
    ("USA", "CHN", False, False, None), ("FRA", "EU", True, False, None), ("DEU", "RUS", False, True, None),
    ("CHN", "USA", False, True, 0.8), ("GBR", "USA", False, False, 0.0)])
def test_a_dyad_read_from_its_pairs_or_fusion_keys_equals_the_whole_read(store, a, b, members, directed, min_conf):
    one, other = side(a, expand=members), side(b, expand=members)
    whole = dyad_series(load_events(store, min_conf=min_conf), one, other, by="quarter", directed=directed)
    assert whole.periods
    found = relations.dyad(store, a, b, by="quarter", members=members, directed=directed, min_conf=min_conf)
    assert found.to_dict() == whole.to_dict()


def shift_figures(found) -> list:
    return [{**s.to_dict(), "evidence": [e["event_id"] for e in s.evidence]} for s in found]


@pytest.mark.parametrize("min_conf", [None, 0.65])
def test_shifts_read_by_window_equal_shifts_over_every_event(store, min_conf):
    window, baseline = timedelta(days=90), timedelta(days=365)
    everything = find_shifts(load_events(store, min_conf=min_conf), window=window, baseline=baseline, min_events=3)
    found = relations.shifts(store, window=window, baseline=baseline, min_events=3, min_conf=min_conf)
    assert len(found) > 10
    assert shift_figures(found) == shift_figures(everything)


def test_a_version_2_database_gets_the_version_7_indexes_in_place(tmp_path):
    from sqlalchemy import inspect

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


# -- the fused pairs through every write ----------------------------------------------------------
THRESHOLDS = (None, 0.0, 0.6, 0.85)  # None: the default minimum confidence
DYADS = (("CAN", "RUS"), ("CAN", "EU"), ("RUS", "UKR"), ("CAN", "UKR"), ("USA", "CHN"))
ACTOR_DYADS = (("person:mark-carney", "RUS"), ("CAN", "RUS"), ("person:mark-carney", "EU"))


def article(article_id: str, day: date, sentences: list, confidences: list[float], reciprocal: bool = False):
    """An analysis of hand-written sentences (tests/test_api.py), each event at its own confidence."""
    analysis = make_analysis(article_id, day, "Wire", sentences)
    analysis.events = [replace(ev, confidence=c, reciprocal=reciprocal) for ev, c in zip(analysis.events, confidences)]
    return analysis


def fused_rows(store: Store, rebuilt: bool = False) -> list[tuple]:
    """The table as the writes left it, or as `rebuild` makes it from the reports (rolled back)."""
    with store.engine.connect() as conn, conn.begin() as tx:
        if rebuilt:
            pairs.rebuild(conn)
        rows = sorted(tuple(r) for r in conn.execute(select(schema.fused_pairs)))
        tx.rollback()
    return rows


def assert_exact(store: Store) -> None:
    """The fused pairs are what fusing the reports gives, for every reader, level and threshold."""
    assert fused_rows(store) == fused_rows(store, rebuilt=True)
    for min_conf in THRESHOLDS:
        for level, dyads in (("country", DYADS), ("actor", ACTOR_DYADS)):
            events = load_events(store, level=level, min_conf=min_conf)
            assert pair_totals(store, level=level, min_conf=min_conf) == totals(events)
            for a, b in dyads:
                for directed in (False, True):
                    whole = dyad_series(events, side(a), side(b), by="month", directed=directed, level=level)
                    assert relations.dyad(store, a, b, by="month", directed=directed, level=level,
                                          min_conf=min_conf).to_dict() == whole.to_dict()
        window, baseline = timedelta(days=20), timedelta(days=60)
        everything = find_shifts(load_events(store, min_conf=min_conf), window=window, baseline=baseline, min_events=1)
        found = relations.shifts(store, window=window, baseline=baseline, min_events=1, min_conf=min_conf)
        assert shift_figures(found) == shift_figures(everything)


CARNEY_ACCUSED = ("Mark Carney accused Russia of jamming satellite signals over the Arctic.",
                  ("ACCUSE", "occurred", 3, -2.0, "person:mark-carney", "RUS", "accused", "2025-06-23"), None)
CANADA_ACCUSED = ("Canada accused Russia of jamming satellite signals over the Arctic.",
                  ("ACCUSE", "occurred", 3, -2.0, "CAN", "RUS", "accused", "2025-06-23"), None)
ANNOUNCED = ("Canada will sanction Russia over the jamming, Ottawa announced.",
             ("SANCTION", "announced", 4, -4.0, "CAN", "RUS", "sanction", "2025-06-24"), None)
AGREED = ("Canada and the European Union agreed on a common Arctic patrol.",
          ("AGREE", "occurred", 1, 4.0, "CAN", "EU", "agreed", "2025-06-25"), None)
HELPED = ("Canada helped Ukraine rebuild a power station near Kharkiv.",
          ("AID", "occurred", 2, 7.0, "CAN", "UKR", "helped", "2025-06-10"), None)


@pytest.fixture(params=["sqlite", "postgresql"])
def small_store(request, tmp_path):
    with Store(fresh_database(request.param, tmp_path / "pairs.db")) as s:
        fill(s, 300, seed=3)
        yield s


def test_the_fused_pairs_stay_exact_through_articles_reanalysis_reviews_and_undo(small_store):
    store = small_store
    store.add(article("w1", date(2025, 6, 23), [CARNEY_ACCUSED, HELPED], [0.55, 0.9]))
    assert_exact(store)
    # a further report of the same event, more confident, naming the country instead of the person
    store.add(article("w2", date(2025, 6, 23), [CANADA_ACCUSED, ANNOUNCED], [0.9, 0.7]))
    store.add(article("w3", date(2025, 6, 25), [AGREED], [0.65], reciprocal=True))
    store.add(article("w4", date(2025, 6, 25), [AGREED, HELPED], [0.3, 0.45], reciprocal=True))
    assert_exact(store)
    with store.engine.connect() as conn:  # the person takes part only up to the first report's confidence
        carney = conn.execute(select(schema.fused_pairs).where(
            schema.fused_pairs.c.a == "RUS", schema.fused_pairs.c.b == "person:mark-carney")).one()
    assert (carney.forward, carney.backward, carney.event_id) == (None, 0.55, "w2:e1")
    assert pair_totals(store, level="actor", min_conf=0.5)[("RUS", "person:mark-carney")] == (1, 0)
    assert ("RUS", "person:mark-carney") not in pair_totals(store, level="actor", min_conf=0.6)

    # re-analysed: the stronger report is weaker now, the announcement is gone, an agreement is new
    result = store.add(article("w2", date(2025, 6, 23), [CANADA_ACCUSED, AGREED], [0.5, 0.95]), replace=True)
    assert result.status == "replaced"
    assert not [e for e in pair_events(store, "CAN", "RUS", min_conf=0.0) if e.type == "SANCTION"]
    assert_exact(store)

    review_event(store, "w1:e1", verdict="wrong", reviewer="ana")  # not an event
    assert_exact(store)
    review_event(store, "w2:e1", verdict=None, fix=Correction(type="agree"), reviewer="ana")  # retyped
    assert_exact(store)
    review_event(store, "w2:e1", verdict=None, fix=Correction(target=["UKR"]), reviewer="ben")  # retargeted
    assert ("CAN", "UKR") in pair_totals(store)
    assert_exact(store)
    for undone in ("w2:e1", "w2:e1", "w1:e1"):
        undo_review(store, undone, reviewer="ana")
        assert_exact(store)
    # an alias changes no stored event (only a re-analysis does, above): the pairs stay as they are
    before = fused_rows(store)
    add_alias(store, make_alias("Mr Carney", "person:mark-carney"), added_by="ana")
    assert fused_rows(store) == before


def test_two_writers_reporting_one_event_lose_nothing(small_store):
    """Two transactions store reports of one event at once: two office-holders criticising their
    own country's Senate. No country-level pair, and actor-level pairs of their own, so no unique
    key makes the second writer wait: it must wait for the first's fusion key, else it reads the
    event without the first report and one of the two leaves stale rows."""
    store = small_store
    criticised = ("Mark Carney criticised Canada for delaying the Arctic bill.",
                  ("ACCUSE", "occurred", 3, -2.0, "person:mark-carney", "CAN", "criticised", "2025-06-23"), None)
    first = article("t1", date(2025, 6, 23), [criticised], [0.5])
    second = article("t2", date(2025, 6, 23), [(criticised[0].replace("Mark Carney", "Melanie Joly"), *criticised[1:])],
                     [0.9])
    joly = Actor("person:melanie-joly", "Melanie Joly", "person", "CAN", "GOV", "Minister of Foreign Affairs")
    second.actors = [a for a in second.actors if a.kind != "person"] + [joly]  # no actor row to wait on either
    second.events[0].source = [Participant(joly.id, joly.name, 0, len(joly.name))]
    done = threading.Event()
    with store.engine.begin() as conn:
        store._write(conn, "t1", content_hash(first.article.text), first)
        pairs.refresh(conn, pairs.touched_by_article(conn, "t1"))
        writer = threading.Thread(target=lambda: (store.add(second), done.set()))
        writer.start()
        time.sleep(1.0)
        assert not done.is_set()  # waits for the first writer
    writer.join(timeout=60)
    assert done.is_set()
    fp = schema.fused_pairs
    with store.engine.connect() as conn:
        rows = conn.execute(select(fp.c.a, fp.c.b, fp.c.event_id, fp.c.backward)
                            .where(fp.c.article_id.in_(("t1", "t2")))).all()
    assert sorted(tuple(r) for r in rows) == [("CAN", "person:mark-carney", "t2:e1", 0.5),
                                              ("CAN", "person:melanie-joly", "t2:e1", 0.9)]
    assert_exact(store)


def test_a_version_7_store_gets_its_fused_pairs_in_the_upgrade(small_store):
    store = small_store
    store.add(article("u1", date(2025, 6, 23), [CARNEY_ACCUSED, AGREED], [0.55, 0.8]))
    store.add(article("u2", date(2025, 6, 23), [CANADA_ACCUSED], [0.9]))
    review_event(store, "u2:e1", verdict=None, fix=Correction(target=["EU"]), reviewer="ana")
    expected = fused_rows(store)
    with store.engine.begin() as conn:
        conn.execute(text("DROP TABLE fused_pairs"))
        conn.execute(update(schema.schema_version).values(version=7))
    for _ in range(2):  # the upgrade, then a no-op
        with Store(store.url) as upgraded:
            assert fused_rows(upgraded) == expected
            with upgraded.engine.connect() as conn:
                assert conn.execute(select(schema.schema_version.c.version)).scalar() == schema.SCHEMA_VERSION
    assert_exact(store)
