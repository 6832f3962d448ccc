"""Issue 11, missed events: a protest the text names by its noun alone, with no one said to hold it
("protests filled the streets of Quito"), is the protesters' of the state it happens in, a domestic
event X -> X (docs/annotation.md, sections 4 and "Domestic events"). Every sentence here was
written for the test."""

from __future__ import annotations

import pytest
from sentences import analyse, summary


def protests(events):
    return [(e.type, [p.actor for p in e.source], [p.actor for p in e.target]) for e in events if e.type == "PROTEST"]


@pytest.mark.parametrize("text, state", [
    ("Protests filled the streets of Quito for a fourth night after the fuel price rise.", "ECU"),
    ("The new labour code has sparked anger and protests across Argentina.", "ARG"),
    ("Riots broke out in Durban after the former president was jailed.", "ZAF"),
    ("Since the leak of the recordings, protests have filled the Tegucigalpa streets daily.", "HND"),
])
def test_a_protest_with_no_doer_named_is_the_state_it_happens_in(nlp, text, state):
    events = analyse(nlp, text)
    assert ("PROTEST", [state], [state]) in protests(events), summary(events)


def test_with_no_place_named_the_state_the_article_is_about_holds_it(nlp):
    text = ("Kenya's parliament passed a finance bill raising taxes on bread and fuel on Tuesday. "
            "President William Ruto of Kenya signed the bill into law the next day. "
            "Kenyan officials defended it, and the Kenyan treasury said Kenya needed the revenue. "
            "Nairobi's governor said the bill would hurt traders in Kenya. "
            "The tax increases have provoked angry protests.")
    events = analyse(nlp, text)
    assert ("PROTEST", ["KEN"], ["KEN"]) in protests(events), summary(events)


@pytest.mark.parametrize("text", [
    "Police in Nairobi arrested forty people since the protests began in March.",  # protests told before
    "The Thai minister said foreign agents were involved in the protests in Bangkok.",
    "For the first time in ten weeks of protests in Santiago, police fired live rounds.",  # a span of time
    "The Peruvian senator hid in his office in Lima during riots.",                     # a time
    "Voters in Ohio liked the senator's stance against protests.",                      # a topic
    "Sunday was the first weekend without demonstrations in Bogota since the vote.",     # none
])
def test_protests_told_as_background_make_no_event(nlp, text):
    events = analyse(nlp, text)
    assert not protests(events), summary(events)


def test_a_protest_in_two_states_names_no_doer(nlp):
    events = analyse(nlp, "Protests spread from Lille in France to Brussels in Belgium over the weekend.")
    assert not [p for p in protests(events) if p[1] != [None]], summary(events)


@pytest.mark.parametrize("text, state", [
    ("In Caracas the devaluation was met with protests.", "VEN"),
    ("Protests were held in Lima on Sunday against the new mining law.", "PER"),
])
def test_protests_a_decision_is_met_with_or_that_are_held_have_no_doer_named(nlp, text, state):
    events = analyse(nlp, text)
    assert ("PROTEST", [state], [state]) in protests(events), summary(events)


@pytest.mark.parametrize("text, type_, source, target", [
    ("The Polish plan was met with criticism from the European Commission.", "ACCUSE", "EU", "POL"),
    ("Iran's proposal was met with condemnation from Israel.", "ACCUSE", "ISR", "IRN"),
])
def test_a_reaction_something_is_met_with_is_aimed_at_it_and_is_no_meeting(nlp, text, type_, source, target):
    events = analyse(nlp, text)
    assert (type_, [source], [target]) in [(e.type, [p.actor for p in e.source], [p.actor for p in e.target])
                                           for e in events], summary(events)
    assert not [e for e in events if e.type == "CONSULT"], summary(events)


def test_a_meeting_in_the_passive_stays_a_meeting(nlp):
    events = analyse(nlp, "The Chinese envoy was met by the Kenyan foreign minister in Nairobi.")
    assert [e for e in events if e.type == "CONSULT"], summary(events)
