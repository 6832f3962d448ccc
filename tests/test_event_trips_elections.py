"""Issue 11, PLOVER types on real news: acts the dictionary codes between parties that, in news of one
state's politics, meet no other party. A trip within one's own state (a visit, a journey, attending a
funeral or a rally at home) is no consultation; holding an election, a primary or a referendum is the
state's scheduled politics, no promise of new leaders. Sentences written for the test."""

from __future__ import annotations

import pytest
from sentences import analyse, summary


@pytest.mark.parametrize("text", [
    "Brazilian President Luiz Inacio Lula da Silva travelled to Manaus on Friday to see the flood damage.",
    "Mexican President Andres Manuel Lopez Obrador visited Oaxaca on Tuesday.",
    "US President Joe Biden attended a campaign rally in Texas on Saturday.",
    "US President Joe Biden attended the funeral of a firefighter in Ohio on Saturday.",
])
def test_a_trip_at_home_is_no_consultation(nlp, text):
    events = analyse(nlp, text)
    assert [e.type for e in events if e.type == "CONSULT"] == [], summary(events)


@pytest.mark.parametrize("text", [
    "Mexican President Andres Manuel Lopez Obrador visited Guatemala on Tuesday.",
    "US President Joe Biden attended a summit of governors in Florida on Saturday.",  # a meeting
])
def test_a_trip_abroad_or_to_a_meeting_stays_a_consultation(nlp, text):
    events = analyse(nlp, text)
    assert [e.type for e in events] == ["CONSULT"], summary(events)


@pytest.mark.parametrize("text", [
    "Chile held a presidential election on Sunday.",
    "On Tuesday, the US Democratic Party held primary elections in the states of Ohio and Georgia.",
    "Norway held a parliamentary election on Monday.",
])
def test_holding_an_election_is_no_promise(nlp, text):
    events = analyse(nlp, text)
    assert events == [], summary(events)


def test_a_promise_to_hold_elections_stays_one(nlp):
    events = analyse(nlp, "Mali's junta pledged to hold elections within eighteen months.")
    assert [(e.type, e.status) for e in events] == [("AGREE", "announced")], summary(events)
