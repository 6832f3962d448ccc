"""Issue 11 follow-up: the roles and triggers of events as news prose states them (whom an act is
aimed at, the dictionary patterns behind a hand-written verb, the nominal forms). Every sentence
here was written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from accord.model import RawDocument
from accord.pipeline import analyze_documents


def analyse(nlp, text: str):
    (analysis,) = analyze_documents([RawDocument(text=text, input="t", id="t", published=date(2024, 5, 6))], nlp)
    return analysis.events


def coded(events):
    return [(e.type, [p.text for p in e.source], [p.text for p in e.target]) for e in events]


@pytest.mark.parametrize("text, type_, target", [
    ("Norway gave $4 million to Mozambique after the cyclone.", "AID", "Mozambique"),  # a hand-written lemma
    ("Spain gave permission to the French navy to use its port.", "CONCEDE", "French"),  # a dictionary pattern
])
def test_a_dictionary_pattern_stands_in_when_no_hand_written_one_matches(nlp, text, type_, target):
    events = analyse(nlp, text)
    assert any(e.type == type_ and any(target in p.text for p in e.target) for e in events), coded(events)
