"""Issue 11: whom an act is aimed at, where the sentence states it by its grammar or the article's
state rather than by a named object (an unnamed person held, places closed across the country, a
state's restrictions at home, a pronoun, a measure against someone). Every sentence here was
written for the test."""

from __future__ import annotations

import pytest
from sentences import analyse, summary


@pytest.mark.parametrize("text, target", [
    ("An individual was arrested in Lyon on Sunday after the stabbing.", "individual"),
    ("Both parents were detained by police in March.", "parents"),
])
def test_an_unnamed_person_held_is_the_target(nlp, text, target):
    events = [e for e in analyse(nlp, text) if e.type == "COERCE"]
    assert events and any(target in p.text for e in events for p in e.target), summary(events)


@pytest.mark.parametrize("text, state", [
    ("Brazilian health officials reported new cases on Sunday. Hundreds of schools were closed across the country "
     "on Monday to slow the outbreak.", "BRA"),
    ("Thai police raided several villages in northern Thailand overnight.", "THA"),
])
def test_places_acted_on_take_the_country_they_are_in(nlp, text, state):
    events = [e for e in analyse(nlp, text) if e.type in ("COERCE", "ASSAULT")]
    assert events and state in [p.actor for e in events for p in e.target], summary(events)


def test_a_place_acted_on_stays_unresolved_when_no_country_is_named(nlp):
    events = [e for e in analyse(nlp, "Hundreds of schools were closed on Monday to slow the outbreak.")
              if e.type == "COERCE"]
    assert all(p.actor is None for e in events for p in e.target), summary(events)


@pytest.mark.parametrize("text, state, place", [
    ("Chilean authorities extended the curfew order in Valparaiso district for another month.", "CHL",
     "Valparaiso district"),
    ("Bolivian authorities imposed a curfew in parts of Santa Cruz province on Monday.", "BOL",
     "parts of Santa Cruz province"),
    ("Ecuador ended the lockdown in most of its provinces on Friday.", "ECU", "most of its provinces"),
])
def test_a_restriction_at_home_is_aimed_at_the_place_it_covers(nlp, text, state, place):
    """A state's own curfew or emergency is aimed at that state (X -> X); where the sentence says
    where it holds, that place is the target's phrase, though the gazetteer does not know it."""
    events = [e for e in analyse(nlp, text) if e.type in ("COERCE", "CONCEDE")]
    assert events and [(p.actor, p.text) for p in events[0].target] == [(state, place)], summary(events)


def test_a_restriction_at_home_with_no_place_is_aimed_at_the_state(nlp):
    events = [e for e in analyse(nlp, "Ghana lifted the lockdown on Sunday.") if e.type == "CONCEDE"]
    assert events and [p.actor for p in events[0].target] == ["GHA"], summary(events)


@pytest.mark.parametrize("text, actor, shown", [
    ("US President Joe Biden called President Andrzej Duda of Poland on Tuesday and urged him to avoid any "
     "escalation.", "person:andrzej-duda", "Andrzej Duda"),
    ("Germany said it stands with its neighbour Austria and supports its decision to close the border.", "AUT",
     "Austria"),
])
def test_a_pronoun_target_reads_as_the_name_its_sentence_gives_it(nlp, text, actor, shown):
    events = [e for e in analyse(nlp, text) if e.type in ("REQUEST", "SUPPORT")]
    assert events and [(p.actor, p.text) for p in events[0].target] == [(actor, shown)], summary(events)



@pytest.mark.parametrize("text, state", [
    ("Twelve US states filed a lawsuit against the state of emergency declared by the president.", "USA"),
    ("Peruvian farmers protested against the state of emergency in Lima.", "PER"),
])
def test_a_state_of_emergency_is_no_party(nlp, text, state):
    """ "A state of emergency" names a condition: the act on it is aimed at the state whose it is."""
    events = analyse(nlp, text)
    assert events and all(p.actor == state for e in events for p in e.target) and events[0].target, summary(events)


@pytest.mark.parametrize("text, target", [
    ("Police in England arrested a 36-year-old Cheltenham man on Tuesday.", ("GBR", "36-year-old Cheltenham man")),
    ("Police in the United States detained an Oakland man on Friday.", ("USA", "Oakland man")),
])
def test_people_described_by_an_unknown_place_name_are_the_target_not_the_name(nlp, text, target):
    """The target is the man held, not his home town; held where the sentence says, he takes that country."""
    events = [e for e in analyse(nlp, text) if e.type == "COERCE"]
    assert events and [(p.actor, p.text) for p in events[0].target] == [target], summary(events)


@pytest.mark.parametrize("text, target", [
    ("EU sanctions against Belarus were lifted on Monday.", "BLR"),
    ("Washington eased the US embargo on Cuba.", "CUB"),
])
def test_a_measure_acted_on_is_aimed_at_whom_it_is_against_not_its_author(nlp, text, target):
    events = [e for e in analyse(nlp, text) if e.type == "CONCEDE"]
    assert events and [p.actor for p in events[0].target] == [target], summary(events)


@pytest.mark.parametrize("text, target", [
    ("The government of Fiji prohibited inter-island travel for children on Monday.", ("FJI", "children")),
    ("Fiji banned public gatherings of more than ten people.", ("FJI", "more than ten people")),
    ("The Fijian government cancelled all university classes.", ("FJI", "university classes")),
    ("On Monday the government of Fiji carried out a shutdown of public services.",
     ("FJI", "shutdown of public services")),
    ("The Fijian government ordered the closure of all schools on Monday.", ("FJI", "schools")),
    ("The government of Peru declared a state of siege in Pataz province on Friday.", ("PER", "Pataz province")),
])
def test_a_states_restrictions_fall_on_its_own_population(nlp, text, target):
    events = [e for e in analyse(nlp, text) if e.type == "COERCE"]
    assert events and [(p.actor, p.text) for p in events[0].target] == [target], summary(events)


def test_a_restriction_on_another_states_goods_is_aimed_at_that_state(nlp):
    events = analyse(nlp, "Fiji banned imports of Chinese pork.")
    assert events and [p.actor for p in events[0].target] == ["CHN"], summary(events)


@pytest.mark.parametrize("text", [
    "Brazil froze $50 million in military aid that had been earmarked for Bolivia.",
    "The Brazilian government suspended $50 million in aid that was slated for Bolivia.",
])
def test_whom_what_is_withheld_was_meant_for_is_the_target(nlp, text):
    events = [e for e in analyse(nlp, text) if e.type == "SANCTION"]
    assert events and [p.actor for p in events[0].target] == ["BOL"], summary(events)


@pytest.mark.parametrize("text, state", [
    ("After the finance minister failed to buy test kits from Germany, the Czech prime minister apologised to the "
     "people of his country on Sunday.", "CZE"),
    ("The Kenyan president thanked the citizens of their nation.", "KEN"),
])
def test_the_people_of_the_sources_own_country_are_its_state(nlp, text, state):
    events = [e for e in analyse(nlp, text) if e.type in ("CONCEDE", "SUPPORT")]
    assert events and [p.actor for p in events[0].target] == [state], summary(events)
