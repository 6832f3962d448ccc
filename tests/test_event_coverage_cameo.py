"""Issue 11, session 9: coverage of the CAMEO dictionary's forms that the trigger lexicon lacked.
Sentences written for the test."""

from __future__ import annotations

import pytest
from sentences import analyse, summary


# Disbelief voiced of a party's claim or act is mild disapproval, as a concern voiced is (CAMEO 012,
# "pessimistic comment"): the noun after "express" or "voice", and an adjective of attitude after
# "be" or "remain", whose "of/about/over" phrase names what is doubted. Pessimism and hope are
# forecasts, no judgement of anyone.
@pytest.mark.parametrize("text, target", [
    ("The Dutch foreign minister voiced scepticism over the Turkish proposal.", "TUR"),
    ("The Chilean president expressed doubts about the offer from Bolivia.", "BOL"),
    ("The Kenyan government said it is skeptical of Somalia's offer to reopen the border.", "SOM"),
    ("Sweden's prime minister remained sceptical of the Norwegian proposal.", "NOR"),
])
def test_misgivings_voiced_are_disapproval(nlp, text, target):
    events = analyse(nlp, text)
    found = [e for e in events if (e.type, e.mode, e.cameo) == ("ACCUSE", "disapprove", "012")]
    assert found and target in {p.actor for e in found for p in e.target}, summary(events)


# An attitude adjective describing a noun, or one no lexicon row flags, is no event.
@pytest.mark.parametrize("text", [
    "A sceptical Austrian minister arrived in Slovenia on Monday.",
    "The border between Peru and Ecuador is open again.",
    "The finance minister of Ghana is optimistic about the harvest.",
    "The Irish prime minister expressed pessimism about the talks with Britain.",
])
def test_other_adjectives_make_no_disapproval(nlp, text):
    events = analyse(nlp, text)
    assert not [e for e in events if e.type == "ACCUSE"], summary(events)


# Help with no recipient named benefits the known place it is given in, however deep in the
# phrase the place is named (docs/annotation.md, AID); a recipient named stays the target.
@pytest.mark.parametrize("text, target", [
    ("Norway remains the biggest donor of food assistance in Somalia.", "SOM"),
    ("The Irish government provided 4 million euros to pay for shelter for families displaced in Mozambique.", "MOZ"),
    ("South Korea pledged 3 million dollars for cholera relief in Malawi.", "MWI"),
    ("Austria sent medical supplies to Lebanon after the blast in Beirut.", "LBN"),
])
def test_help_given_in_a_place_is_for_that_place(nlp, text, target):
    events = analyse(nlp, text)
    helped = [e for e in events if e.type == "AID" or (e.cameo or "").startswith("033")]
    assert helped and target in {p.actor for e in helped for p in e.target}, summary(events)


# Whom a protest is against: the phrase that frames it as a reaction ("in protest against", "in
# response to") names it, and a law, tax or arrest protested against is its maker's when the text
# names who made it. A date is no target.
@pytest.mark.parametrize("text, target", [
    ("Truck drivers in Peru staged a protest in response to a fuel tax imposed by the Peruvian government.",
     "Peruvian government"),
    ("Students in Dhaka held a sit-in in protest over the arrest of their leader by Bangladeshi police.",
     "Bangladeshi police"),
    ("Miners in Bolivia went on strike on Monday.", None),
])
def test_whom_a_protest_is_against(nlp, text, target):
    events = analyse(nlp, text)
    protests = [e for e in events if e.type == "PROTEST"]
    assert protests, summary(events)
    assert {p.text for p in protests[0].target} == ({target} if target else set()), summary(events)


# A verb's "as" complement the parse hangs on its object ("hold villagers as human shields") still
# makes the verb's "as" pattern.
@pytest.mark.parametrize("text, wanted", [
    ("Taliban forces hold several hundred families as human shields in the Afghan city of Kunduz.",
     ("ASSAULT", "abduct")),
])
def test_an_as_complement_on_the_object_is_the_verbs(nlp, text, wanted):
    events = analyse(nlp, text)
    assert wanted in {(e.type, e.mode) for e in events}, summary(events)
