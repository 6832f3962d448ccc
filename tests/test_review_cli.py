"""`accord review`, `accord actors alias`, `accord eval --reviews` end to end: real articles through
the real pipeline into a real SQLite file, reviewed, re-ingested, exported as gold and scored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app

pytestmark = pytest.mark.slow
runner = CliRunner()

PACIFIC = ("Fiji and Australia signed a maritime security agreement in Suva on Tuesday. "
           "Australia pledged two patrol boats to Fiji. "
           "New Zealand criticised Australia for excluding it from the talks.")
COCOA = ("Trade talks stall in Lagos\n\nMr Okafor accused France of blocking the cocoa agreement on Monday. "
         "The French embassy rejected the claim.")


def write_corpus(path: Path, pacific: str = PACIFIC) -> Path:
    rows = [{"id": "pacific-1", "text": pacific, "published": "2024-03-05", "source": "Island Wire"},
            {"id": "cocoa-1", "text": COCOA, "published": "2024-03-05", "source": "Gulf Times"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def accord(db: Path, *args: str) -> str:
    result = runner.invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    return result.output


def said(db: Path, *args: str) -> str:
    """What a command printed for a person, lines rejoined (Rich wraps at the terminal width)."""
    return " ".join(accord(db, *args).split())


def events(db: Path, *args: str) -> list[dict]:
    return json.loads(accord(db, "events", "--json", "--limit", "100", *args))


def by_sentence(rows: list[dict], words: str) -> dict:
    return next(r for r in rows if words in r["evidence"])


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "review.db"
    accord(path, "ingest", str(write_corpus(tmp_path / "news.jsonl")))
    return path


def test_review_undo_and_the_audit_trail(db):
    queue = json.loads(accord(db, "review", "queue", "--json"))
    assert [r["confidence"] for r in queue] == sorted(r["confidence"] for r in queue)
    nzl = by_sentence(queue, "New Zealand criticised")["id"]
    out = said(db, "review", nzl, "--verdict", "wrong", "--note", "an opinion column", "--by", "ana")
    assert "not an event" in out and f"accord review undo {nzl}" in out
    assert nzl not in [r["id"] for r in events(db)]
    assert by_sentence(events(db, "--as-coded"), "New Zealand")["review"] == "not_event"
    assert json.loads(accord(db, "dyad", "AUS", "NZL", "--json"))["periods"] == []
    assert json.loads(accord(db, "dyad", "AUS", "NZL", "--json", "--as-coded"))["periods"][0]["conflict"] == 1
    accord(db, "review", "undo", nzl, "--by", "ben")
    assert nzl in [r["id"] for r in events(db)]
    log = json.loads(accord(db, "review", "log", nzl, "--json"))
    assert [(r["verdict"], r["reviewer"], r["note"]) for r in log] == [("not_event", "ana", "an opinion column"),
                                                                      ("undo", "ben", None)]
    assert [r["verdict"] for r in json.loads(accord(db, "review", "log", "--json"))] == ["undo", "not_event"]


def test_a_fixed_target_shows_in_the_new_dyad(db):
    pledge = by_sentence(events(db), "patrol boats")["id"]
    accord(db, "review", pledge, "--target", "png", "--type", "AGREE", "--by", "ana")
    [moved] = events(db, "--dyad", "AUS", "PNG")
    assert (moved["id"], moved["review"], moved["target"][0]["actor"]) == (pledge, "corrected", "PNG")
    assert json.loads(accord(db, "dyad", "AUS", "PNG", "--json"))["periods"][0]["events"] == 1


@pytest.mark.parametrize("args, words", [
    (["--verdict", "correct", "--type", "AGREE"], "takes no corrections"),
    (["--target", "Atlantis"], "Unknown actor"),
    ([], "Say what the review is"),
])
def test_review_errors_name_the_fix(db, args, words):
    event_id = by_sentence(events(db), "patrol boats")["id"]
    result = runner.invoke(app, ["review", event_id, *args, "--db", str(db)])
    assert result.exit_code == 2 and words in " ".join(result.output.split())


def test_reingesting_keeps_reviews_that_still_apply_and_reports_the_others(db, tmp_path):
    rows = events(db)
    pledge = by_sentence(rows, "patrol boats")["id"]
    nzl = by_sentence(rows, "New Zealand criticised")["id"]
    accord(db, "review", pledge, "--target", "PNG", "--by", "ana")
    accord(db, "review", nzl, "--verdict", "wrong", "--by", "ana")
    same = said(db, "ingest", str(tmp_path / "news.jsonl"), "--reanalyze")
    assert "2 stored articles analysed again; 2 reviews still apply, 0 no longer do" in same
    edited = PACIFIC.replace("New Zealand criticised Australia for excluding it from the talks.",
                             "New Zealand welcomed the agreement.")
    out = said(db, "ingest", str(write_corpus(tmp_path / "edited.jsonl", edited)), "--reanalyze")
    assert "1 reviews still apply, 1 no longer do" in out and "New Zealand criticised Australia" in out
    assert by_sentence(events(db, "--dyad", "AUS", "PNG"), "patrol boats")["review"] == "corrected"


def test_reviews_export_as_gold_that_accord_eval_scores(db, tmp_path):
    rows = events(db)
    accord(db, "review", by_sentence(rows, "maritime security")["id"], "--type", "AGREE", "--by", "ana")
    accord(db, "review", by_sentence(rows, "patrol boats")["id"], "--verdict", "correct", "--by", "ana")
    accord(db, "review", by_sentence(rows, "New Zealand")["id"], "--verdict", "wrong", "--by", "ana")
    gold = tmp_path / "gold.jsonl"
    assert "Wrote 3 gold lines (2 events)" in said(db, "review", "export", "--gold", str(gold))
    lines = [json.loads(line) for line in gold.read_text().splitlines()]
    assert [len(line["events"]) for line in lines] == [1, 1, 0]
    assert lines[0]["events"][0]["type"] == "AGREE" and {line["split"] for line in lines} <= {"dev", "test"}
    report = json.loads(runner.invoke(app, ["eval", str(gold), "--json"]).output)
    assert report["tasks"]["event"]["fp"] == 1  # the event reviewed as none is still coded
    assert report["tasks"]["event_type"]["tp"] == 1 and report["tasks"]["event_type"]["fn"] == 1
    precision = json.loads(accord(db, "eval", "--reviews", "--json"))
    total = precision[-1]
    assert (total["type"], total["reviewed"], total["event"], total["all"]) == ("all", 3, 2, 1)


def test_an_alias_resolves_the_name_when_articles_are_analysed_again(db, tmp_path):
    unresolved = json.loads(accord(db, "actors", "--unresolved", "--json"))
    okafor = next(r for r in unresolved if "Okafor" in r["text"])
    assert okafor["example"].startswith("Mr Okafor accused France")
    assert by_sentence(events(db), "Okafor accused")["source"][0]["actor"] is None
    out = said(db, "actors", "alias", okafor["text"], "person:daniel-okafor", "--name", "Daniel Okafor",
                 "--country", "NGA", "--role", "Trade Minister", "--reanalyze")
    assert "Analysed again 1 stored articles" in out
    accused = by_sentence(events(db), "Okafor accused")
    assert accused["source"][0]["actor"] == "person:daniel-okafor" and accused["source"][0]["country"] == "NGA"
    assert json.loads(accord(db, "dyad", "NGA", "FRA", "--json"))["periods"][0]["conflict"] == 1
    shared = tmp_path / "team.tsv"
    accord(db, "actors", "alias", "export", str(shared))
    other = tmp_path / "other.db"
    accord(other, "actors", "alias", "import", str(shared))
    assert [a["actor"] for a in json.loads(accord(other, "actors", "alias", "list", "--json"))] == ["person:daniel-okafor"]
    accord(other, "ingest", str(tmp_path / "news.jsonl"))
    assert by_sentence(events(other), "Okafor accused")["source"][0]["actor"] == "person:daniel-okafor"
    accord(db, "actors", "alias", "remove", okafor["text"])
    assert "No aliases yet" in accord(db, "actors", "alias", "list")
