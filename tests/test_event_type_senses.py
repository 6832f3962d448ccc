"""Issue 11, PLOVER types on real news: a verb whose type depends on what it governs. Stopping aid or
cooperation is the cut that stops it, agreeing takes the type of a conflict act only when
that act is what is agreed, withdrawing from an aim is a concession, and "would not" before a verb of
giving one's word is a refusal. Sentences written for the test."""

from __future__ import annotations

import pytest
from sentences import analyse, summary


def _types(events):
    return [(e.type, e.status) for e in events]


@pytest.mark.parametrize("text, expected", [
    # agreeing to stop fighting is agreeing a ceasefire: AGREE, the promised act a retreat
    ("Guatemala and Belize agreed to stop fighting along the Sarstoon river on Monday.", ("AGREE", "retreat")),
    # stopped aid or cooperation is the cut that stops it
    ("Sweden stopped funding the Palestinian ministry in 2019.", ("SANCTION", "discontinue")),
    ("Canada stopped sharing intelligence with Riyadh in March.", ("SANCTION", "discontinue")),
])
def test_an_act_that_is_stopped_takes_the_type_of_its_stopping(nlp, text, expected):
    events = analyse(nlp, text)
    assert [(e.type, e.mode) for e in events][:1] == [expected], summary(events)
    assert events[0].status == "occurred", summary(events)


def test_an_act_not_stopped_is_a_negated_stopping(nlp):
    events = analyse(nlp, "Sweden did not stop funding the Palestinian ministry in 2019.")
    assert _types(events) == [("SANCTION", "negated")], summary(events)


@pytest.mark.parametrize("text", [
    "The Peruvian president agreed to set up a commission to investigate the killings.",
    "Lebanon agreed to add two judges to the tribunal overseeing the port inquiry.",
])
def test_an_agreement_is_not_typed_by_a_word_inside_what_it_agrees(nlp, text):
    events = analyse(nlp, text)
    assert [e.type for e in events] == ["AGREE"], summary(events)


@pytest.mark.parametrize("text", [
    "The Nordic ministers agreed to impose sanctions on Belarus.",
    "The European Union agreed a package freezing Belarusian assets.",  # what the package holds
    "The Nordic ministers agreed that new sanctions would be imposed on Minsk.",  # a passive clause
])
def test_an_agreed_conflict_act_still_types_the_agreement(nlp, text):
    events = analyse(nlp, text)
    assert [e.type for e in events] == ["SANCTION"], summary(events)


@pytest.mark.parametrize("text", [
    "Colombia's government has retreated from its goal of disarming every militia by 2025.",
    "The Bolivian government backed away from its demand for a recount in La Paz.",
    "The Kadima party withdrew from backing the prime minister's nominee on Thursday.",
])
def test_withdrawing_from_an_aim_is_a_concession(nlp, text):
    events = analyse(nlp, text)
    assert [e.type for e in events][:1] == ["CONCEDE"], summary(events)


@pytest.mark.parametrize("text", [
    "Malian troops withdrew from the town of Menaka.",
    "Ethiopian troops withdrew from positions near the Sudanese border.",
])
def test_withdrawing_from_a_place_stays_a_retreat(nlp, text):
    events = analyse(nlp, text)
    assert [(e.type, e.mode) for e in events][:1] == [("RETREAT", "withdraw")], summary(events)


@pytest.mark.parametrize("text", [
    "Asked about the count, the governor of Lagos would not commit to accepting the result.",
    "The Houthis would not agree to a truce with Saudi Arabia during the Muscat talks.",
])
def test_would_not_before_giving_ones_word_is_a_refusal(nlp, text):
    events = analyse(nlp, text)
    assert ("REJECT", "occurred") in _types(events), summary(events)


@pytest.mark.parametrize("text", [
    "If the parliament passed the budget, the Chilean president would not agree to sign it.",
    "Under the accord, Pakistan would not test missiles near the border.",
])
def test_would_not_under_a_condition_or_before_other_verbs_is_no_refusal(nlp, text):
    assert "REJECT" not in [e.type for e in analyse(nlp, text)]


@pytest.mark.parametrize("text, type_, sides", [
    ("Turkey brokered a prisoner exchange between Armenia and Azerbaijan on Friday.", "RETREAT",
     (["ARM"], ["AZE"])),
    ("Norway mediated a peace deal between Colombia and Venezuela.", "AGREE", (["COL"], ["VEN"])),
    # a truce brokered is a ceasefire declared (docs/annotation.md: CONCEDE)
    ("Egypt brokered a truce between Israel and Lebanon on Sunday.", "CONCEDE", (["ISR"], ["LBN"])),
])
def test_a_mediated_act_is_the_parties_and_the_mediator_takes_no_part(nlp, text, type_, sides):
    events = analyse(nlp, text)
    assert [(e.type, [p.actor for p in e.source], [p.actor for p in e.target]) for e in events] == \
        [(type_, *sides)], summary(events)
    assert events[0].reciprocal, summary(events)


def test_a_mediation_between_parties_not_named_stays_the_mediators(nlp):
    events = analyse(nlp, "Kenya brokered a peace deal in the capital on Monday.")
    assert [p.actor for e in events for p in e.source] == ["KEN"], summary(events)


def test_holding_someone_in_contempt_is_an_accusation_and_swallows_its_reason(nlp):
    events = analyse(nlp, "A Nairobi judge held Kenya's interior minister in contempt of court on Monday "
                          "for refusing to release the detained lawyer.")
    assert [(e.type, e.mode) for e in events] == [("ACCUSE", "allege")], summary(events)
