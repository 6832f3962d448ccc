"""A legislature or chamber named by its noun alone, capitalised as a name ("the House", "the
Senate", "Congress"), after the article has named a legislature (accord/actors/linker.py
`Linker.bare_chamber`): docs/annotation.md codes a state's legislature as the state. Without a
legislature named before, a capitalised "House" is a family, a building or a firm. Every sentence
here was written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from accord.model import RawDocument
from accord.pipeline import analyze_documents


def mentions_of(nlp, text: str, words: str) -> list[tuple[str | None, list[str]]]:
    """(actor, sectors) of each mention whose text is `words`, in order."""
    (analysis,) = analyze_documents([RawDocument(text=text, input="t", id="t", published=date(2023, 9, 12))], nlp)
    return [(m.actor, list(m.sectors)) for m in analysis.mentions if m.text == words]


@pytest.mark.parametrize("text, words, state", [
    ("The U.S. House of Representatives opened hearings on the tariff deal on Monday. "
     "On Thursday the House condemned the trade ministry of Vietnam.", "House", "USA"),
    ("Mexico's Chamber of Deputies debated the water treaty for two days. "
     "The Chamber then rejected the agreement with Guatemala.", "Chamber", "MEX"),
    ("The Nigerian Senate summoned the oil minister last week. "
     "Lawmakers said the Senate would not approve the loan from China.", "Senate", "NGA"),
    ("Canada's House of Commons passed the bill in June. Critics said the House's vote "
     "ignored the objections of Denmark.", "House", "CAN"),
    ("The Irish Parliament sat late on Monday. Like the House of Commons, it seats a Speaker. "
     "On Tuesday the House condemned the sanctions on Cuba.", "House", "IRL"),
])
def test_a_bare_chamber_after_a_named_legislature_is_that_legislature_of_its_state(nlp, text, words, state):
    found = mentions_of(nlp, text, words)
    assert found and all(actor == state and "LEG" in sectors for actor, sectors in found), found


@pytest.mark.parametrize("text, words", [
    # no legislature named: a family, a house, a firm
    ("The House family sold their farm near Dublin to a developer. Neighbours said the House "
     "had lived there for a century.", "House"),
    ("Tourists crowded the Opera House in Oslo on Friday, and the House stayed open until midnight.", "House"),
    # a legislature named, but "House" part of another name
    ("Kenya's National Assembly met on Tuesday. Later, staff at the House of Fraser store in Nairobi "
     "went on strike.", "House of Fraser"),
])
def test_a_capitalised_house_that_names_no_legislature_stays_unresolved(nlp, text, words):
    assert all(actor is None and "LEG" not in sectors for actor, sectors in mentions_of(nlp, text, words))


def test_the_white_house_stays_the_executive_after_a_legislature_is_named(nlp):
    text = ("The U.S. Senate confirmed the new ambassador to Peru on Monday. "
            "The White House welcomed the vote.")
    assert all("LEG" not in sectors for _, sectors in mentions_of(nlp, text, "White House"))
