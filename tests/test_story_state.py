"""The story's state, decided in one module (accord/actors/setting.py). Every article here was
written for the test."""

from __future__ import annotations

import pytest

from accord.actors.setting import leading_state, office_state, setting_state, story_state, topic_state

# Set in Peru by its places; the counts of state mentions are given beside each case.
LIMA = ("Flooding closed roads in Lima on Monday. Rescue teams worked near Cusco through the night. "
        "A bridge collapsed in Arequipa, officials said.")
# No place at all: nothing to set the story in.
NOWHERE = "The two delegations met for three hours and agreed to meet again next month."


@pytest.mark.parametrize("counts, expected", [
    ({}, None),                                   # no state named
    ({"PER": 1}, "PER"),                          # one state named once
    ({"PER": 2, "CHL": 1}, "PER"),                # a lead of one is still a lead
    ({"PER": 2, "CHL": 2}, None),                 # a tie names no state
    ({"PER": 2, "CHL": 2, "BOL": 3}, "BOL"),      # the tie is below the leader
])
def test_the_leading_state_is_named_more_than_any_other(counts, expected):
    assert leading_state(counts) == expected


@pytest.mark.parametrize("text, counts, expected", [
    (LIMA, {"PER": 2, "CHL": 1}, "PER"),          # a narrow lead the places confirm
    (NOWHERE, {"PER": 2, "CHL": 1}, None),        # a narrow lead with nothing to confirm it
    (NOWHERE, {"PER": 4, "CHL": 2}, "PER"),       # a clear lead: three or more, twice any other
    (NOWHERE, {"PER": 2}, None),                  # named twice only: not clear enough alone
    (LIMA, {"CHL": 2, "PER": 1}, None),           # named most, but the story happens elsewhere
    (LIMA, {"CHL": 6, "PER": 1}, "CHL"),          # ... unless the lead is clear
    (LIMA, {"PER": 2, "CHL": 2}, None),           # a tie, even with the setting among them
])
def test_the_story_state_is_the_leader_when_the_places_agree_or_the_lead_is_clear(nlp, text, counts, expected):
    assert story_state(counts, nlp(text)) == expected


@pytest.mark.parametrize("counts, expected", [
    ({"PER": 6}, "PER"),                          # a domestic story
    ({"PER": 5}, None),                           # too few mentions to say
    ({"PER": 6, "CHL": 2}, "PER"),                # 75% of eight
    ({"PER": 6, "CHL": 3}, None),                 # two states' dealings: 67%
    ({}, None),
])
def test_the_topic_state_is_named_almost_alone(counts, expected):
    assert topic_state(counts) == expected


@pytest.mark.parametrize("text, named, at_home, expected", [
    (LIMA, "CHL", True, "PER"),                   # police and courts act where the story happens
    (LIMA, "CHL", False, "CHL"),                  # a legislature belongs to the state named
    (NOWHERE, "CHL", True, "CHL"),                # no setting: the state named
    (LIMA, None, False, "PER"),                   # no state named: the setting
    (NOWHERE, None, True, None),
])
def test_an_office_tied_to_no_state_takes_the_setting_or_the_state_named(nlp, text, named, at_home, expected):
    assert office_state(nlp(text), named, at_home) == expected


@pytest.mark.parametrize("text, expected", [
    (LIMA, "PER"),
    (NOWHERE, None),
    # two places in each state: the first placed wins (a news lead says where it happened)
    ("Talks opened in Quito on Monday. They moved to Lima on Tuesday and to Cusco on Wednesday, "
     "and ended in Guayaquil.", "ECU"),
])
def test_the_setting_is_the_state_placed_most(nlp, text, expected):
    assert setting_state(nlp(text)) == expected
