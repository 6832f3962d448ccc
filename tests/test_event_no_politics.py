"""Issue 11, precision on news without politics (session 10): disasters, space flights, inquiries and
campaigns, where no political actor acts on a party (docs/annotation.md, section 1). Each class has a
control beside it that stays an event. Sentences written for the test."""

from __future__ import annotations

import pytest
from sentences import analyse, summary


def types(nlp, text: str) -> set[str]:
    return {e.type for e in analyse(nlp, text)}


# Company news stays out: a firm's deals with an agency, and a reporter's interview, are no act of state.
@pytest.mark.parametrize("text, type_", [
    ("Nordavia, an engine maker, is collaborating with the Indian Space Research Organisation on a cargo capsule.",
     "COOPERATE"),
    ("The Korvel shipbuilding company signed a contract with the Brazilian navy last week.", "SUPPORT"),
    ("Mexico's foreign minister spoke with Reuters about the border dispute.", "CONSULT"),
    ("Senator Ana Ruiz of Chile spoke with Reuters to discuss China and the tariffs.", "CONSULT"),
])
def test_commerce_and_interviews_are_no_events(nlp, text, type_):
    assert type_ not in types(nlp, text), summary(analyse(nlp, text))


def test_talks_between_ministers_stay(nlp):
    text = "Mexico's foreign minister spoke with his Guatemalan counterpart about the border dispute."
    assert "CONSULT" in types(nlp, text), summary(analyse(nlp, text))


# An inquiry into an accident, a fire or a death accuses no party.
@pytest.mark.parametrize("text", [
    "Transport safety investigators opened an inquiry into the derailment near Lyon.",
    "French police are investigating the cause of the fire at the warehouse.",
    "Inquiries have been opened by the Chilean aviation authority and the air force, whose teams reached the crash site.",
    "The derailment is being investigated by the Italian rail safety agency and the carabinieri.",
])
def test_an_inquiry_into_a_mishap_is_no_event(nlp, text):
    assert "ACCUSE" not in types(nlp, text), summary(analyse(nlp, text))


def test_an_inquiry_into_a_person_stays(nlp):
    text = "Prosecutors in Lima are investigating the former president over bribes."
    assert "ACCUSE" in types(nlp, text), summary(analyse(nlp, text))


def test_a_person_investigated_in_the_passive_stays(nlp):
    text = "The former president is being investigated by prosecutors in Lima over bribes."
    assert "ACCUSE" in types(nlp, text), summary(analyse(nlp, text))


# "it" cannot stand for people: a disease, not the officials who report on it, killed them.
def test_it_is_not_the_people_who_report(nlp):
    text = "Health officials in Peru said it had sickened 40 people and killed two."
    assert "ASSAULT" not in types(nlp, text), summary(analyse(nlp, text))


def test_it_is_the_state_that_speaks(nlp):
    events = [e for e in analyse(nlp, "Turkey said it had shelled Kurdish positions in northern Syria.")
              if e.type == "ASSAULT"]
    assert [p.actor for e in events for p in e.source] == ["TUR"], summary(events)


# Only moving forces makes an unknown doer an authority; a firm tests rockets and sends out ships.
def test_a_firm_testing_a_rocket_mobilizes_nothing(nlp):
    text = "Orbital Dynamics tested its new heavy rocket off the coast of Florida on Friday."
    assert "MOBILIZE" not in types(nlp, text), summary(analyse(nlp, text))


def test_a_state_testing_a_missile_mobilizes(nlp):
    assert "MOBILIZE" in types(nlp, "North Korea tested a new ballistic missile on Friday.")


# A race's course and tally: a candidate suspending a campaign or receiving delegates acts on no party.
@pytest.mark.parametrize("text, type_", [
    ("Senator Marta Ruiz suspended her presidential campaign on Tuesday.", "SANCTION"),
    ("Governor Dana Hill received 14 delegates in the Nevada caucuses.", "CONSULT"),
])
def test_a_race_is_no_event(nlp, text, type_):
    assert type_ not in types(nlp, text), summary(analyse(nlp, text))


def test_suspending_a_bid_to_join_a_union_stays(nlp):
    assert "SANCTION" in types(nlp, "Turkey suspended its bid to join the European Union.")


def test_receiving_a_minister_stays_a_visit(nlp):
    text = "Prime Minister Narendra Modi received the Japanese foreign minister in New Delhi on Monday."
    assert "CONSULT" in types(nlp, text), summary(analyse(nlp, text))


# Emergency services attending an incident attend no gathering; ministers attending a summit do.
def test_services_at_an_incident_consult_no_one(nlp):
    text = "A fire broke out at a hotel near Cardiff on Monday. Police, the fire service and an ambulance crew attended."
    assert "CONSULT" not in types(nlp, text), summary(analyse(nlp, text))


def test_attending_a_summit_named_before_stays(nlp):
    text = "The summit of the African Union opened in Addis Ababa on Monday. Ministers from Kenya and Ethiopia attended."
    assert "CONSULT" in types(nlp, text), summary(analyse(nlp, text))


# "Seize the opportunity": nothing is seized from anyone; a town or a boat is.
def test_seizing_an_opportunity_is_no_seizure(nlp):
    text = "With the port finished, Kenya can seize the opportunity to become the hub for Ethiopian exports."
    assert "COERCE" not in types(nlp, text), summary(analyse(nlp, text))


def test_seizing_a_boat_stays(nlp):
    text = "The Indonesian navy seized a Vietnamese fishing boat near the Natuna islands."
    assert "COERCE" in types(nlp, text), summary(analyse(nlp, text))


# Safety advice to one's own public is no request of a party; an appeal to help the police is one.
def test_urging_residents_to_keep_safe_is_no_request(nlp):
    text = "The mayor of Valparaiso urged residents to stay indoors as the fire spread."
    assert "REQUEST" not in types(nlp, text), summary(analyse(nlp, text))


def test_urging_locals_to_help_the_police_stays(nlp):
    assert "REQUEST" in types(nlp, "Police urged locals to help them find the gunmen.")
