"""Speakers that are a state's bodies named again or referred to by a pronoun (docs/annotation.md,
"Attribution sources": a plural or neuter pronoun speaker takes the body it refers to). Sentences
written for these tests."""

from __future__ import annotations

import pytest

import accord


@pytest.mark.parametrize("text, expected", [
    # a quotation of several sentences between the body and the pronoun is the body's words, not
    # narrative: the pronoun looks back past it; and a statement quoted after a colon, which the
    # parser makes the main clause, leaves the body the subject of the narrative
    ("The Nevada Department of Wildlife closed the trail near Ely on Monday.\n\nThe Department issued a"
     " warning that a bear had been seen: \"A black bear was spotted near the camp. Rangers are tracking it."
     " Hikers should stay away.\" They also said the trail would reopen next week.", "USA"),
    ("Finland's border agency stopped the ferry at Turku. \"The papers were false. The crew was detained."
     " The cargo was seized.\" It added that the captain had been fined.", "FIN"),
])
def test_a_pronoun_continues_the_body_before_a_quotation(text: str, expected: str) -> None:
    quotes = accord.analyze(text, published="2021-03-01").quotes
    last = quotes[-1].speaker
    assert last is not None and last.text.lower() in ("they", "it") and last.actor == expected
