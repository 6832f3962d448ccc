"""The store: round trip, idempotent re-ingest, one transaction per article, search, versions."""

from __future__ import annotations

from datetime import date

import pytest
from databases import fresh_database
from sqlalchemy import create_engine, func, select, text, update

from accord.errors import AccordError
from accord.model import Actor, Analysis, Article, Event, Mention, Participant, Quote, Removed, SentenceRef, TextSpan
from accord.store import Store, database_url, day_of, schema
from accord.store.queries import Filters, list_actors, list_articles, list_events, list_quotes

TEXT = ("Canada and the European Union signed a defence pact in Brussels on Monday. "
        "\"This is a historic day,\" Prime Minister Mark Carney said.")


def make_analysis(text: str = TEXT, article_id: str = "art-1", published: date = date(2025, 6, 23)) -> Analysis:
    article = Article(id=article_id, text=text, title="Pact signed", source="Wire", published=published,
                      removed=[Removed(10, 40, "repeated paragraph")])
    actors = [Actor("CAN", "Canada", "state", "CAN"), Actor("EU", "European Union", "igo", "EU"),
              Actor("person:mark-carney", "Mark Carney", "person", "CAN", "GOV", "Prime Minister")]
    mentions = [Mention("CAN", "Canada", 0, 6, 0, "gazetteer"),
                Mention("EU", "the European Union", 11, 29, 0, "gazetteer"),
                Mention("person:mark-carney", "Mark Carney", 125, 136, 1, "officeholder")]
    pact = Event(id="e1", type="AGREE", mode=None, contexts=["military"],
                 source=[Participant("CAN", "Canada", 0, 6)],
                 target=[Participant("EU", "the European Union", 11, 29)],
                 date="2025-06-23", date_precision="day", status="occurred", location=None,
                 trigger=TextSpan("signed", 30, 36), sentence=SentenceRef(0, 0, 75), confidence=0.9,
                 cameo="057", quad_class=1, goldstein=8.0, plover_score=6.0, reciprocal=True)
    quote = Quote("direct", "This is a historic day,", 77, 100, "said",
                  Participant("person:mark-carney", "Mark Carney", 125, 136), cameo="010")
    return Analysis(article, actors, mentions, [pact], [quote])




@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    """The same tests on SQLite and, when $ACCORD_TEST_POSTGRES names a server, on PostgreSQL."""
    with Store(fresh_database(request.param, tmp_path / "test.db")) as s:
        yield s


@pytest.fixture
def sqlite_store(tmp_path):
    with Store(tmp_path / "test.db") as s:
        yield s


def test_round_trip(store):
    assert store.add(make_analysis()).status == "new"
    events = list_events(store, Filters())
    assert len(events) == 1
    ev = events[0]
    assert ev["type"] == "AGREE" and ev["contexts"] == ["military"] and ev["reciprocal"]
    assert [p["country"] for p in ev["source"] + ev["target"]] == ["CAN", "EU"]
    assert ev["evidence"] == TEXT[0:75]
    assert ev["source_code"] == "CAN"
    quotes = list_quotes(store, Filters(actor="CAN"))  # a country code finds its people's quotes
    assert quotes[0]["speaker_actor"] == "person:mark-carney"
    assert list_articles(store, Filters())[0]["events"] == 1
    actors = {a["id"]: a["mentions"] for a in list_actors(store, Filters())}
    assert actors == {"CAN": 1, "EU": 1, "person:mark-carney": 1}


def test_filters(store):
    store.add(make_analysis())
    assert list_events(store, Filters(dyad=("CAN", "EU")))
    assert not list_events(store, Filters(dyad=("CAN", "USA")))
    assert list_events(store, Filters(actor="person:mark-carney")) == []  # not a participant
    assert list_events(store, Filters(type="agree", context="military", since=date(2025, 6, 1)))
    assert not list_events(store, Filters(until=date(2025, 1, 1)))
    assert not list_events(store, Filters(status="negated"))


def test_same_event_in_two_articles_is_fused(store):
    store.add(make_analysis())
    store.add(make_analysis(text=TEXT.replace("Monday", "Monday, officials said"), article_id="art-2"))
    both = list_events(store, Filters())
    fused = list_events(store, Filters(fused=True))
    assert len(both) == 2 and len(fused) == 1
    assert fused[0]["reports"] == 2
    assert len({e["fusion_key"] for e in both}) == 1


def test_reingest_is_a_noop(store):
    first = store.add(make_analysis())
    second = store.add(make_analysis(article_id="other-id"))  # same cleaned text, another id
    assert (first.status, second.status) == ("new", "duplicate")
    assert second.article_id == first.article_id
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(schema.events)).scalar() == 1


def test_reused_id_with_new_text_is_kept_apart(store):
    store.add(make_analysis())
    result = store.add(make_analysis(text=TEXT + " More text."))
    assert result.status == "new" and result.article_id != "art-1"


def test_article_is_stored_whole_or_not_at_all(store, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(Store, "_write_events", fail)
    with pytest.raises(RuntimeError):
        store.add(make_analysis())
    with store.engine.connect() as conn:
        for table in (schema.articles, schema.mentions, schema.removed_blocks, schema.actors, schema.quotes):
            assert conn.execute(select(func.count()).select_from(table)).scalar() == 0, table.name


def test_quote_full_text_search(store):
    store.add(make_analysis())
    assert store.has_fts == (store.engine.dialect.name == "sqlite")
    assert len(list_quotes(store, Filters(search="historic"))) == 1
    assert list_quotes(store, Filters(search="tragic")) == []
    assert len(list_quotes(store, Filters(search='historic "day'))) == 1  # user quotes cannot break FTS


def test_sqlite_uses_wal(sqlite_store):
    with sqlite_store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "new.db"
    with Store(path) as s, s.engine.begin() as conn:
        conn.execute(update(schema.schema_version).values(version=schema.SCHEMA_VERSION + 1))
    with pytest.raises(AccordError, match="newer than this accord"):
        Store(path)


def test_bad_database_url_is_explained():
    with pytest.raises(AccordError, match="not a database URL"):
        Store("nosuchdialect:://x")


def test_env_selects_database(tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_DB", str(tmp_path / "env.db"))
    with Store() as s:
        assert s.url.endswith("env.db")


@pytest.mark.parametrize("iso,expected", [("2025", date(2025, 1, 1)), ("2025-06", date(2025, 6, 1)),
                                          ("2025-06-23", date(2025, 6, 23)), (None, None)])
def test_day_of(iso, expected):
    assert day_of(iso) == expected


def test_attribution_columns_round_trip(store):
    analysis = make_analysis()
    analysis.quotes[0].cue_span = TextSpan("said", 137, 141)
    analysis.events[0].attribution = 0
    store.add(analysis)
    [row] = list_quotes(store, Filters(kind="direct"))
    assert (row["cue_start"], row["cue_end"], row["position"], row["cameo"]) == (137, 141, 0, "010")
    assert list_quotes(store, Filters(kind="indirect")) == []
    assert [r["speaker_actor"] for r in list_quotes(store, Filters(actor="Carney"))] == ["person:mark-carney"]
    assert list_events(store, Filters())[0]["attribution"] == 0


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_version_2_database_gains_the_attribution_columns_and_the_statement_code(tmp_path, backend):
    db = database_url(fresh_database(backend, tmp_path / "old.db"))
    with Store(db):
        pass
    engine = create_engine(db)
    with engine.begin() as conn:  # the tables as schema version 2 wrote them
        for table, column in (("quotes", "cue_start"), ("quotes", "cue_end"), ("quotes", "position"),
                              ("quotes", "cameo"), ("events", "attribution")):
            conn.execute(text(f"ALTER TABLE {table} DROP COLUMN {column}"))
        conn.execute(update(schema.schema_version).values(version=2))
    engine.dispose()
    for _ in range(2):  # upgrading, then opening again, changes nothing more
        with Store(db) as s:
            with s.engine.connect() as conn:
                assert conn.execute(select(schema.schema_version.c.version)).scalar() == schema.SCHEMA_VERSION
            s.add(make_analysis())
            assert [(r["position"], r["cameo"]) for r in list_quotes(s, Filters())] == [(0, "010")]
