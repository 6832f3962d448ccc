"""The actor coverage measurement (accord.evaluation.coverage) on sentences written for the test."""

from __future__ import annotations

import json

import pytest

from accord.evaluation.coverage import countries_named, main, split_of


def test_split_is_by_normalised_text():
    assert split_of("Kenya and Uganda signed a deal.") == split_of("KENYA and uganda, signed a deal")
    shares = [split_of(f"Sentence number {n} about talks.") for n in range(400)]
    assert 0.2 < shares.count("test") / len(shares) < 0.4  # about 30% held out


@pytest.mark.parametrize("phrase, states", [
    ("the Croatian government's request", {"HRV"}),
    ("a Swiss court", {"CHE"}),
    ("police in the Democratic Republic of the Congo", {"COD"}),
    ("the rebels", set()),
    ("in Moscow", set()),  # a capital is often only a place: no state named
])
def test_countries_named(phrase, states):
    assert countries_named(phrase) == states


def span(text: str, words: str) -> dict:
    start = text.index(words)
    return {"start": start, "end": start + len(words), "text": words}


@pytest.mark.slow
def test_measure_counts_covered_phrases(tmp_path, capsys):
    first = "Kenyan police arrested three suspects after the attack in Mombasa."
    second = "The Taliban attacked a convoy, and a Swiss court later fined the company."
    lines = [{"id": "1", "text": first, "gold": {"source": [span(first, "Kenyan police")],
                                                 "target": [span(first, "three suspects")]}},
             {"id": "2", "text": second, "gold": {"source": [span(second, "The Taliban"), span(second, "a Swiss court")],
                                                  "target": [span(second, "the company")]}}]
    path = tmp_path / "spans.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    assert main([str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    source = {k: sum(report[s]["source"][k] for s in report) for k in ("phrases", "covered", "naming_a_state")}
    target = {k: sum(report[s]["target"][k] for s in report) for k in ("phrases", "covered")}
    assert source == {"phrases": 3, "covered": 3, "naming_a_state": 2}
    assert target == {"phrases": 2, "covered": 0}


def test_missing_file_is_explained(tmp_path, capsys):
    assert main([str(tmp_path / "nope.jsonl")]) == 2
    assert "not found" in capsys.readouterr().err
