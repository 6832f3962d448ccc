"""A stage that fails on one article costs only that stage's output: the article is kept, with
the failure in `article.warnings`, through the contract, the store and the CLI summaries."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import create_engine, inspect, select, text
from typer.testing import CliRunner

import accord
from accord.actors import linker
from accord.cli import app
from accord.contract import validate
from accord.store import Store, database_url, schema
from accord.store.queries import Filters, get_article, list_articles

pytestmark = pytest.mark.slow

TEXT = ("Canadian Prime Minister Mark Carney met Japanese Prime Minister Shigeru Ishiba in Ottawa on Monday.\n"
        "\"We agreed to deepen our trade ties,\" Carney told reporters after the talks.")


@pytest.fixture
def broken_coreference(monkeypatch):
    """The crash of issue 10: a person the gazetteer does not hold, looked up during coreference."""
    def crash(self):
        raise KeyError("person:someone-the-gazetteer-lacks")
    monkeypatch.setattr(linker.Linker, "result", crash)


def test_a_failing_stage_leaves_a_warning_and_the_rest(broken_coreference):
    analysis = accord.analyze(TEXT, published="2025-03-24")
    assert [w.stage for w in analysis.article.warnings] == ["actors"]
    message = analysis.article.warnings[0].message
    assert "KeyError" in message and "person:someone-the-gazetteer-lacks" in message
    assert "(at linker.py:" in message  # names where in accord it was raised
    assert analysis.mentions == [], "the failed stage's part is empty"
    assert analysis.quotes, "the quote stage still ran"
    speakers = {q.speaker.actor for q in analysis.quotes if q.speaker}
    assert {a.id for a in analysis.actors} <= speakers, "the only actors left are the speakers the quote stage named"
    out = analysis.to_dict()
    validate(out)
    assert out["article"]["warnings"] == [{"stage": "actors", "message": message}]


def test_a_clean_article_has_no_warnings():
    out = accord.analyze(TEXT, published="2025-03-24").to_dict()
    assert out["article"]["warnings"] == []
    assert {a["id"] for a in out["actors"]} >= {"CAN", "JPN", "person:mark-carney"}


def test_the_store_keeps_the_article_and_its_warning(tmp_path, broken_coreference):
    analysis = accord.analyze(TEXT, published="2025-03-24")
    with Store(tmp_path / "w.db") as store:
        added = store.add(analysis)
        assert added.status == "new"
        row = next(r for r in list_articles(store, Filters()) if r["id"] == added.article_id)
        assert row["warnings"] == 1
        stored = get_article(store, added.article_id)
        assert stored is not None
        assert stored["warnings"] == [{"stage": "actors", "message": analysis.article.warnings[0].message}]


def test_ingest_and_analyze_count_articles_with_warnings(tmp_path, broken_coreference):
    source = tmp_path / "talks.txt"
    source.write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    db = str(tmp_path / "cli.db")
    ingested = runner.invoke(app, ["ingest", str(source), "--db", db, "--published", "2025-03-24", "--json"])
    assert ingested.exit_code == 0, ingested.output
    summary = json.loads(ingested.stdout)
    assert (summary["new"], summary["failed"], summary["with_warnings"]) == (1, 0, 1)
    assert "actors stage failed" in summary["warnings"][0]
    analysed = runner.invoke(app, ["analyze", str(source), "--published", "2025-03-24"])
    assert analysed.exit_code == 0, analysed.output
    assert "1 analysed, 1 with warnings, 0 failed" in analysed.stderr
    assert "actors stage failed" in analysed.stdout


def test_version_2_database_gains_warnings_and_actor_sectors(tmp_path):
    target = str(tmp_path / "v2.db")
    with Store(target):
        pass
    engine = create_engine(database_url(target))
    with engine.begin() as conn:  # what accord with schema version 2 wrote
        conn.execute(text("DROP TABLE article_warnings"))
        conn.execute(text("ALTER TABLE actors DROP COLUMN sector"))
        conn.execute(text("INSERT INTO actors (id, name, kind, country) VALUES ('CAN', 'Canada', 'state', 'CAN')"))
        conn.execute(text("UPDATE schema_version SET version = 2"))
    engine.dispose()
    for _ in range(2):  # the upgrade runs once; opening again changes nothing
        with Store(target) as store:
            with store.engine.connect() as conn:
                assert conn.execute(select(schema.schema_version.c.version)).scalar() == schema.SCHEMA_VERSION
                assert "sector" in {c["name"] for c in inspect(conn).get_columns("actors")}
                assert "CAN" in conn.execute(select(schema.actors.c.id)).scalars().all()
            store.add(accord.analyze(TEXT, published="2025-03-24"))
