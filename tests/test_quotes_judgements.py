"""Reported speech the cue lexicon alone missed: judgements without quotation marks, the clause
hung on the medium ('said in a statement that'), and 'quoted as saying'. Sentences written for
these tests."""

from __future__ import annotations

import pytest

import accord


def attributions(text: str) -> list[tuple[str, str | None, str]]:
    quotes = accord.analyze(text, published="2021-03-01").quotes
    return [(q.kind, q.speaker.text if q.speaker else None, q.text) for q in quotes]


@pytest.mark.parametrize("text, expected", [
    ("The ministry called the raids unlawful and disproportionate.",
     [("indirect", "The ministry", "the raids unlawful and disproportionate")]),
    ("The opposition leader called the budget a disaster for farmers.",
     [("indirect", "The opposition leader", "the budget a disaster for farmers")]),
    ("The senator considers the treaty a mistake.", [("indirect", "The senator", "the treaty a mistake")]),
    ("The observers described the vote as fair.", [("indirect", "The observers", "the vote as fair")]),
    # quoted, the judgement stays a mixed attribution
    ('The minister called the vote "a farce".', [("mixed", "The minister", 'the vote "a farce"')]),
    # a short quoted word is a scare quote of no speaker, but the judgement around it is reported
    ("Moscow described the vote as a 'triumph' while Kyiv called it a sham.",
     [("mixed", "Moscow", "the vote as a 'triumph'"), ("indirect", "Kyiv", "it a sham")]),
    ("Netanyahu called Tehran's offer cynical and empty.", [("indirect", "Netanyahu", "Tehran's offer cynical and empty")]),
])
def test_a_judgement_of_its_object_is_reported(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert attributions(text) == expected


@pytest.mark.parametrize("text", [
    "The party called a meeting for Friday.",  # a summons, nothing said
    "The rebels called the operation Desert Lion.",  # a name, not a judgement
    "The mayor called the fire brigade.",
    "The court condemned the two men.",  # a sentence passed, nothing said
])
def test_naming_with_no_judgement_reports_nothing(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The hospital said in a statement that the patient was stable.",
     [("indirect", "The hospital", "the patient was stable")]),
    ("The embassy wrote in a letter on Monday that visas would be suspended.",
     [("indirect", "The embassy", "visas would be suspended")]),
    # the one quoted speaks, not the medium that quotes
    ("State television quoted General Amir Hatami as saying that the drills would continue.",
     [("indirect", "General Amir Hatami", "the drills would continue")]),
    ("Colonel Lee was quoted as saying the border was calm.", [("indirect", "Colonel Lee", "the border was calm")]),
])
def test_clause_of_a_medium_and_quoted_as_saying(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert attributions(text) == expected


def test_the_cue_of_a_medium_stops_before_the_clause() -> None:
    quotes = accord.analyze("The hospital said in a statement that the patient was stable.").quotes
    assert [q.cue for q in quotes] == ["said in a statement"]
