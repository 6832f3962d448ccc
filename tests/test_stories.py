"""Stories: near-duplicate articles (the same wire copy from many outlets) share a story id."""

from __future__ import annotations

import json

import pytest
from databases import fresh_database
from sqlalchemy import create_engine, func, inspect, select, text
from typer.testing import CliRunner

from accord.cli.app import app
from accord.model import Analysis, Article
from accord.store import Store, database_url, schema, stories
from accord.store.queries import Filters, get_article, list_articles

WIRE = """BRUSSELS, June 23 (Reuters) - Canada and the European Union signed a security and defence partnership on Monday, opening the way for Canadian companies to take part in the bloc's 150-billion-euro rearmament programme as both sides seek to reduce their reliance on the United States.

Prime Minister Mark Carney signed the agreement with European Commission President Ursula von der Leyen and European Council President Antonio Costa at a summit in Brussels, the first between the two sides since 2023.

"This is a historic day for Canada and for Europe," Carney told reporters after the signing. "In a more dangerous and divided world, we are choosing to build our security together with our closest partners."

The partnership commits both sides to regular consultations on defence industry, cyber security, space and maritime security, and to joint work on military mobility and support for Ukraine. Officials said talks on Canada's participation in the Security Action for Europe loan scheme would begin within weeks.

Von der Leyen said the pact sent a clear message at a time when the transatlantic relationship was under strain. "Canada is one of our most trusted partners, and today we are taking our relationship to a new level," she said.

Canada has been looking to diversify its defence procurement after U.S. President Donald Trump repeatedly questioned the value of the NATO alliance and imposed tariffs on Canadian steel, aluminium and autos. Carney has said Canada sends too much of its defence budget to the United States.

The summit also produced a joint statement on competitive economies, critical minerals and clean energy, and the two sides agreed to begin work on a digital trade agreement, according to a copy seen by Reuters.

The European Union is Canada's second-largest trading partner after the United States, with two-way trade in goods of about 76 billion euros last year under a free trade deal that has been provisionally applied since 2017.

Carney travels on Tuesday to The Hague for a NATO summit, where allies are expected to agree to raise their defence spending target to 5% of economic output over the next decade.

(Reporting by Lili Bayer and David Ljunggren; Editing by Andrew Heavens)"""

# Another outlet: local dateline, no agency tag, the credits line and the last paragraph trimmed.
REWRITE_1 = (WIRE.replace("BRUSSELS, June 23 (Reuters) - ", "OTTAWA - ")
             .replace("according to a copy seen by Reuters", "according to a copy of the statement")
             .rsplit("\n\nCarney travels", 1)[0])

# A third: a sentence added after the quote, a paragraph reworded, the trade paragraph dropped.
REWRITE_2 = (WIRE.replace("BRUSSELS, June 23 (Reuters) - ", "BRUSSELS (AP) - ")
             .replace("we are choosing to build our security together with our closest partners.\"",
                      "we are choosing to build our security together with our closest partners.\" "
                      "Opposition parties in Ottawa said they would press the government for details "
                      "of the cost.")
             .replace("Officials said talks on Canada's participation in the Security Action for Europe "
                      "loan scheme would begin within weeks.",
                      "Talks on Canadian access to the SAFE loans are to start soon, officials said.")
             .replace("\n\nThe European Union is Canada's second-largest trading partner after the United "
                      "States, with two-way trade in goods of about 76 billion euros last year under a free "
                      "trade deal that has been provisionally applied since 2017.", "")
             .replace("(Reporting by Lili Bayer and David Ljunggren; Editing by Andrew Heavens)", ""))

# Same topic, same actors, a different event (a trade dispute, weeks later), sharing the wire's
# background paragraph word for word, as agency copy often does.
OTHER = """OTTAWA, July 15 (Reuters) - Canada and the European Union clashed on Tuesday over new European steel safeguard quotas, with Ottawa saying the measures would hurt Canadian producers already struggling with U.S. tariffs and threatening to take the dispute to the World Trade Organization.

Industry Minister Melanie Joly said Canada had raised the matter directly with the European Commission and expected Canadian steel to be exempted. "We signed a partnership with Europe three weeks ago, and partners do not treat each other this way," Joly told reporters in Ottawa.

The Commission said the quotas were needed to protect European mills from a flood of cheap imports diverted from the U.S. market and that all trading partners were treated equally. A spokesperson said talks with Ottawa were continuing.

Canadian steelmakers have lost access to much of their largest market since Washington doubled its tariffs on steel and aluminium to 50% in June, and industry groups have warned of layoffs at plants in Ontario and Quebec.

The European Union is Canada's second-largest trading partner after the United States, with two-way trade in goods of about 76 billion euros last year under a free trade deal that has been provisionally applied since 2017.

Prime Minister Mark Carney said on Monday that Canada would not accept being squeezed between its two largest trading partners and promised further support for the steel sector.

(Reporting by David Ljunggren; Editing by Sandra Maler)"""



@pytest.fixture(params=["sqlite", "postgresql"])
def target(request, tmp_path):
    """A fresh database on SQLite and, when $ACCORD_TEST_POSTGRES names a server, on PostgreSQL."""
    return fresh_database(request.param, tmp_path / "test.db")


@pytest.fixture
def store(target):
    with Store(target) as s:
        yield s


def analysis(text: str, article_id: str, source: str = "Wire") -> Analysis:
    return Analysis(Article(id=article_id, text=text, title=text.split(" - ", 1)[-1][:60], source=source),
                    [], [], [], [])


def sim(a: str, b: str) -> float:
    return stories.similarity(stories.signature(a), stories.signature(b))


def test_rewrites_score_above_the_threshold_and_other_stories_below():
    for rewrite in (REWRITE_1, REWRITE_2):
        assert sim(WIRE, rewrite) >= stories.THRESHOLD + 0.1
    assert sim(REWRITE_1, REWRITE_2) >= stories.THRESHOLD
    for text_ in (WIRE, REWRITE_1, REWRITE_2):
        assert sim(text_, OTHER) < 0.2
    assert stories.normalise("Canada's 150-billion-euro PLAN.") == ["canadas", "150", "billion", "euro", "plan"]


def test_rewrites_join_one_story_and_another_story_does_not(store):
    first = store.add(analysis(WIRE, "reuters-1", "Reuters"))
    other = store.add(analysis(OTHER, "reuters-2", "Reuters"))
    second = store.add(analysis(REWRITE_1, "cbc-1", "CBC"))
    third = store.add(analysis(REWRITE_2, "ap-1", "AP"))
    assert first.story_id == "reuters-1" and other.story_id == "reuters-2"
    assert second.story_id == third.story_id == "reuters-1"
    rows = {r["id"]: r for r in list_articles(store, Filters())}
    assert {i: (r["story"], r["reports"]) for i, r in rows.items()} == {
        "reuters-1": ("reuters-1", 3), "cbc-1": ("reuters-1", 3), "ap-1": ("reuters-1", 3),
        "reuters-2": ("reuters-2", 1)}
    assert {r["id"] for r in list_articles(store, Filters(story="reuters-1"))} == {"reuters-1", "cbc-1", "ap-1"}
    found = get_article(store, "cbc-1")
    assert found["story_id"] == "reuters-1" and "minhash" not in found  # the API shows no signature bytes
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(schema.story_bands)).scalar() == 4 * stories.BANDS


def test_story_is_stable_across_reopens(target):
    with Store(target) as s:
        s.add(analysis(WIRE, "reuters-1"))
    with Store(target) as s:  # a new process would see the same: nothing is kept in memory
        assert s.add(analysis(REWRITE_2, "ap-1")).story_id == "reuters-1"
        assert s.add(analysis(OTHER, "reuters-2")).story_id == "reuters-2"
    with Store(target) as s:
        assert {r["id"]: r["story"] for r in list_articles(s, Filters())} == {
            "reuters-1": "reuters-1", "ap-1": "reuters-1", "reuters-2": "reuters-2"}


def test_exact_duplicate_is_still_a_duplicate(store):
    assert store.add(analysis(WIRE, "reuters-1")).status == "new"
    again = store.add(analysis(WIRE, "yahoo-1"))
    assert (again.status, again.article_id) == ("duplicate", "reuters-1")
    assert len(list_articles(store, Filters())) == 1


def test_short_and_empty_texts_start_their_own_story(store):
    assert store.add(analysis("Talks resumed.", "a")).story_id == "a"
    assert store.add(analysis("Talks resumed!", "b")).story_id == "a"  # one shingle, the same words
    assert store.add(analysis("...", "c")).story_id == "c"  # no words: no signature, no bands


def _downgrade_to_version_1(url: str) -> None:
    """Turn a fresh database into what accord with schema version 1 wrote."""
    engine = create_engine(database_url(url))
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE story_bands"))
        conn.execute(text("DROP INDEX ix_articles_story"))
        conn.execute(text("ALTER TABLE articles DROP COLUMN story_id"))
        conn.execute(text("ALTER TABLE articles DROP COLUMN minhash"))
        conn.execute(text("UPDATE schema_version SET version = 1"))
    engine.dispose()


def test_version_1_database_is_migrated(target):
    with Store(target) as s:
        pass
    _downgrade_to_version_1(target)
    v1 = create_engine(database_url(target))
    with v1.begin() as conn:  # rows as version 1 wrote them
        for i, body in (("reuters-1", WIRE), ("reuters-2", OTHER), ("cbc-1", REWRITE_1)):
            conn.execute(text("INSERT INTO articles (id, content_hash, text, ingested_at) "
                              "VALUES (:id, :hash, :text, CURRENT_TIMESTAMP)"),
                         {"id": i, "hash": i, "text": body})
    assert "story_id" not in {c["name"] for c in inspect(v1).get_columns("articles")}
    v1.dispose()
    with Store(target) as s:
        with s.engine.connect() as conn:
            assert conn.execute(select(schema.schema_version.c.version)).scalar() == schema.SCHEMA_VERSION
        stored = {r["id"]: r["story"] for r in list_articles(s, Filters())}
        assert stored["reuters-2"] == "reuters-2"
        assert stored["reuters-1"] == stored["cbc-1"]  # old rows are clustered too
        assert s.add(analysis(REWRITE_2, "ap-1")).story_id == stored["reuters-1"]
    with Store(target) as s:  # opening again changes nothing
        assert len(list_articles(s, Filters(story=stored["reuters-1"]))) == 3


def test_cli_lists_one_story(tmp_path):
    db = str(tmp_path / "cli.db")
    with Store(db) as s:
        for i, body in (("reuters-1", WIRE), ("reuters-2", OTHER), ("cbc-1", REWRITE_1)):
            s.add(analysis(body, i))
    runner = CliRunner()
    result = runner.invoke(app, ["articles", "--db", db, "--story", "reuters-1", "--json"])
    assert result.exit_code == 0, result.output
    assert sorted(r["id"] for r in json.loads(result.stdout)) == ["cbc-1", "reuters-1"]
    table = runner.invoke(app, ["articles", "--db", db], env={"COLUMNS": "200"})
    assert table.exit_code == 0 and "reports" in table.stdout and "story" in table.stdout
