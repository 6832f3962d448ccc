"""accord.scale: partition planning, atomic Parquet writes, and a real two-process Dask cluster whose
output must equal the in-process pipeline and load into the same database as `accord ingest`."""

from __future__ import annotations

import json
import os
import sqlite3
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from accord.errors import InputError
from accord.pipeline import analyze_documents
from accord.scale import analysis_from_dict, analyze_to_parquet, load_parquet
from accord.scale import parquet as scale_parquet
from accord.scale.plan import plan_partitions, read_partition
from accord.scale.tables import Rows, analysis_record
from accord.sources import iter_documents
from accord.store import Store

ARTICLES = [
    ("scale-01", "2025-06-23", "Canada and EU Sign Defence Pact",
     ("Canada and the European Union signed a security and defence partnership in Brussels on Monday. "
     "Prime Minister Mark Carney said the agreement would open European procurement to Canadian firms.")),
    ("scale-02", "2025-06-27", "China Accuses Japan Over Coast Guard Patrols",
     ("China accused Japan on Friday of sending coast guard ships into disputed waters. "
     "\"This is a provocation,\" a spokesman for the Chinese foreign ministry said.")),
    ("scale-03", "2025-07-02", "Germany Pledges Aid to Ukraine",
     ("Germany pledged 500 million euros in military aid to Ukraine on Wednesday. "
     "Ukraine thanked Germany for its support and asked for more air defence systems.")),
    ("scale-04", "2025-07-09", "US Imposes Sanctions on Iran",
     ("The United States imposed new sanctions on Iran on Tuesday over its nuclear programme. "
     "Iran condemned the sanctions and said it would not give in to pressure.")),
    ("scale-05", "2025-07-15", "India and Pakistan Hold Talks",
     ("India and Pakistan held talks in Geneva on Monday about the disputed border. "
     "Officials from both countries said the meeting was constructive.")),
    ("scale-06", "2025-08-04", "France Criticises Russia",
     ("France criticised Russia on Monday for detaining a French journalist in Moscow. "
     "The French foreign minister demanded his immediate release.")),
    ("scale-07", "2025-08-12", "Brazil Signs Trade Deal With Mexico",
     ("Brazil and Mexico signed a trade agreement on Tuesday to cut tariffs on cars and farm goods. "
     "Mexico said the deal would create thousands of jobs.")),
    ("scale-08", "2025-08-20", "NATO Warns Belarus",
     ("NATO warned Belarus on Wednesday against hosting more Russian troops near the Polish border. "
     "Poland said it would send more soldiers to the frontier.")),
    ("scale-09", "2025-09-03", "Australia Expels Diplomat",
     ("Australia expelled an Iranian diplomat on Wednesday after accusing Iran of organising attacks in Sydney. "
     "Iran rejected the accusation and threatened to respond.")),
    ("scale-10", "2025-09-18", "South Korea and Japan Agree to Cooperate",
     ("South Korea and Japan agreed on Thursday to share intelligence on North Korean missile launches. "
     "North Korea denounced the agreement as a threat.")),
]
BAD_LINE = '{"id": "scale-bad", "text": "unterminated'


def write_corpus(path: Path) -> Path:
    lines = [json.dumps({"id": i, "published": day, "title": title, "text": text, "source": "Test Wire"})
             for i, day, title, text in ARTICLES]
    lines.insert(5, BAD_LINE)  # line 6
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "news.jsonl")


def _key(doc):
    return (doc.input, doc.id, doc.text) if not isinstance(doc, InputError) else (doc.input, doc.line, doc.message)


@pytest.mark.parametrize("partitions", [1, 2, 3, 4, 11, 50])
def test_partitions_read_the_same_documents_as_the_sources(corpus, partitions):
    parts = plan_partitions([corpus], partitions)
    assert 1 <= len(parts) <= partitions
    read = [_key(d) for p in parts for d in read_partition(p)]
    assert read == [_key(d) for d in iter_documents([corpus])]


def test_listing_errors_and_whole_files_keep_their_place(tmp_path, corpus):
    text = tmp_path / "note.txt"
    text.write_text("Canada and Japan signed a trade agreement on Monday.\n", encoding="utf-8")
    inputs = [text, tmp_path / "missing.jsonl", corpus]
    read = [_key(d) for p in plan_partitions(inputs, 3) for d in read_partition(p)]
    assert read == [_key(d) for d in iter_documents(inputs)]


def test_a_failed_write_leaves_no_part_files(tmp_path, monkeypatch):
    rows = Rows()
    rows.add(InputError("x.jsonl", "bad", 1))
    rows.tables["articles"].append({"article_id": "a", "text": "t"})
    calls = []

    def flaky(table, where):
        calls.append(where)
        if len(calls) == 2:
            raise OSError("disk full")
        real(table, where)

    real = scale_parquet.pq.write_table
    monkeypatch.setattr(scale_parquet.pq, "write_table", flaky)
    with pytest.raises(OSError):
        scale_parquet.write_rows(rows, tmp_path, 0)
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


@pytest.mark.slow
def test_analysis_record_round_trips(corpus, nlp):
    for analysis in analyze_documents(iter_documents([corpus]), nlp):
        if isinstance(analysis, InputError):
            continue
        record = analysis_record(analysis)
        restored = analysis_from_dict(json.loads(json.dumps(record)))
        assert restored == analysis
        assert analysis_from_dict(analysis.to_dict()).to_dict() == analysis.to_dict()


# -- a real Dask cluster -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def client():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as c:
        c.wait_for_workers(2)
        yield c


def _events_by_article(table) -> dict[str, list[tuple]]:
    found: dict[str, list[tuple]] = {}
    for row in table.to_pylist():
        found.setdefault(row["article_id"], []).append(
            (row["type"], row["status"], row["source_actors"], row["target_actors"], row["date"]))
    return {k: sorted(v) for k, v in found.items()}


def _counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "events", "event_participants", "quotes", "mentions", "actors")}


@pytest.mark.slow
def test_cluster_run_matches_in_process_and_ingest(client, corpus, tmp_path, nlp):
    out = tmp_path / "out"
    summary = analyze_to_parquet([corpus], out, scheduler=client, partitions=3)
    assert len(summary.results) == 3
    assert len(client.scheduler_info()["workers"]) == 2
    assert str(os.getpid()) not in {r.worker.rsplit(":", 1)[1] for r in summary.results}  # ran in workers
    files = sorted(str(p.relative_to(out)) for p in out.rglob("*.parquet"))
    assert files == summary.to_dict()["files"] and (out / "_manifest.json").exists()

    # events partitioned by month, hive style
    months = {p.name for p in (out / "events").iterdir()}
    assert {"month=2025-06", "month=2025-07", "month=2025-08", "month=2025-09"} <= months
    events = pq.read_table(out / "events")
    assert set(events.column("month").to_pylist()) == {m.split("=")[1] for m in months}

    # the same events and quotes as the in-process pipeline, article by article
    local = [a for a in analyze_documents(iter_documents([corpus]), nlp) if not isinstance(a, InputError)]
    assert pq.read_table(out / "articles").column("article_id").to_pylist() == [a.article.id for a in local]
    expected = {a.article.id: sorted((e.type, e.status, ";".join(p.actor or "" for p in e.source),
                                      ";".join(p.actor or "" for p in e.target), e.date) for e in a.events)
                for a in local if a.events}
    assert _events_by_article(events) == expected
    quotes = Counter((r["article_id"], r["text"], r["speaker_actor"]) for r in pq.read_table(out / "quotes").to_pylist())
    assert quotes == Counter((a.article.id, q.text, q.speaker.actor if q.speaker else None)
                             for a in local for q in a.quotes)
    assert len(events) > 10 and sum(quotes.values()) >= 1

    # the malformed line is recorded with its input and message
    errors = pq.read_table(out / "errors").to_pylist()
    assert [(e["input"], e["line"]) for e in errors] == [(str(corpus), 6)]
    assert "not valid JSON" in errors[0]["message"]

    # a re-run writes the same files (and fewer partitions leave no stale parts)
    before = {f: pq.read_table(out / f).to_pylist() for f in files}
    again = analyze_to_parquet([corpus], out, scheduler=client, partitions=3)
    assert again.to_dict()["files"] == files
    assert {f: pq.read_table(out / f).to_pylist() for f in files} == before
    fewer = analyze_to_parquet([corpus], out, scheduler=client, partitions=2)
    assert len(pq.read_table(out / "events")) == len(events)
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*.parquet")) == fewer.to_dict()["files"]

    # loading gives the database `accord ingest` gives; loading again adds nothing
    from typer.testing import CliRunner

    from accord.cli import app

    ingested = tmp_path / "ingest.db"
    result = CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(ingested)])
    assert result.exit_code == 1, result.output  # 1: the malformed line
    loaded = tmp_path / "loaded.db"
    with Store(loaded) as store:
        first = load_parquet(out, store)
        second = load_parquet(out, store)
    assert (first.new, first.duplicate) == (len(ARTICLES), 0)
    assert (second.new, second.duplicate) == (0, len(ARTICLES))
    assert _counts(loaded) == _counts(ingested)


@pytest.mark.slow
def test_cli_analyze_and_load(client, corpus, tmp_path):
    from typer.testing import CliRunner

    import accord.cli.scale  # noqa: F401  (registers `accord scale`; the lead imports it in accord.cli)
    from accord.cli import app

    address = client.scheduler.address
    out, db = tmp_path / "out", tmp_path / "a.db"
    result = CliRunner().invoke(app, ["scale", "analyze", str(corpus), "--out", str(out), "--scheduler",
                                      address, "--partitions", "2", "--json"])
    assert result.exit_code == 1, result.output  # 1: one input could not be analysed
    summary = json.loads(result.stdout)
    assert (summary["articles"], summary["errors"], summary["partitions"]) == (len(ARTICLES), 1, 2)
    result = CliRunner().invoke(app, ["scale", "load", str(out), "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["new"] == len(ARTICLES)


def test_load_refuses_an_unfinished_run(tmp_path):
    from accord.errors import AccordError

    with Store(tmp_path / "a.db") as store, pytest.raises(AccordError, match="no finished run"):
        load_parquet(tmp_path, store)
