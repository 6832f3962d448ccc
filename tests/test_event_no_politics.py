"""Issue 11, precision on news without politics (session 10): disasters, space flights, inquiries and
campaigns, where no political actor acts on a party (docs/annotation.md, section 1). Each class has a
control beside it that stays an event. Sentences written for the test."""

from __future__ import annotations

import pytest
from sentences import analyse, summary


def types(nlp, text: str) -> set[str]:
    return {e.type for e in analyse(nlp, text)}


# Each class of news without politics, with the type it must not give.
@pytest.mark.parametrize("text, type_", [
    # company news: a firm's deals with an agency, and a reporter's interview, are no act of state
    ("Nordavia, an engine maker, is collaborating with the Indian Space Research Organisation on a cargo capsule.",
     "COOPERATE"),
    ("The Korvel shipbuilding company signed a contract with the Brazilian navy last week.", "SUPPORT"),
    ("Mexico's foreign minister spoke with Reuters about the border dispute.", "CONSULT"),
    ("Senator Ana Ruiz of Chile spoke with Reuters to discuss China and the tariffs.", "CONSULT"),
    # an inquiry into an accident, a fire or a death accuses no party
    ("Transport safety investigators opened an inquiry into the derailment near Lyon.", "ACCUSE"),
    ("French police are investigating the cause of the fire at the warehouse.", "ACCUSE"),
    ("Inquiries have been opened by the Chilean aviation authority and the air force, whose teams reached the "
     "crash site.", "ACCUSE"),
    ("The derailment is being investigated by the Italian rail safety agency and the carabinieri.", "ACCUSE"),
    # "it" cannot stand for people: a disease, not the officials who report on it, killed them
    ("Health officials in Peru said it had sickened 40 people and killed two.", "ASSAULT"),
    # only moving forces makes an unknown doer an authority: a firm tests rockets
    ("Orbital Dynamics tested its new heavy rocket off the coast of Florida on Friday.", "MOBILIZE"),
    # a race's course and tally act on no party
    ("Senator Marta Ruiz suspended her presidential campaign on Tuesday.", "SANCTION"),
    ("Governor Dana Hill received 14 delegates in the Nevada caucuses.", "CONSULT"),
    # emergency services attending an incident attend no gathering
    ("A fire broke out at a hotel near Cardiff on Monday. Police, the fire service and an ambulance crew attended.",
     "CONSULT"),
    # "seize the opportunity": nothing is seized from anyone
    ("With the port finished, Kenya can seize the opportunity to become the hub for Ethiopian exports.", "COERCE"),
    # safety advice to one's own public is no request of a party
    ("The mayor of Valparaiso urged residents to stay indoors as the fire spread.", "REQUEST"),
])
def test_news_without_politics_is_no_event(nlp, text, type_):
    assert type_ not in types(nlp, text), summary(analyse(nlp, text))


# The control of each class: the same words acting on a party stay an event of that type.
@pytest.mark.parametrize("text, type_", [
    ("Mexico's foreign minister spoke with his Guatemalan counterpart about the border dispute.", "CONSULT"),
    ("Prosecutors in Lima are investigating the former president over bribes.", "ACCUSE"),
    ("The former president is being investigated by prosecutors in Lima over bribes.", "ACCUSE"),
    ("North Korea tested a new ballistic missile on Friday.", "MOBILIZE"),
    ("Turkey suspended its bid to join the European Union.", "SANCTION"),
    ("Prime Minister Narendra Modi received the Japanese foreign minister in New Delhi on Monday.", "CONSULT"),
    ("The summit of the African Union opened in Addis Ababa on Monday. Ministers from Kenya and Ethiopia attended.",
     "CONSULT"),
    ("The Indonesian navy seized a Vietnamese fishing boat near the Natuna islands.", "COERCE"),
    ("Police urged locals to help them find the gunmen.", "REQUEST"),
])
def test_the_same_words_acting_on_a_party_stay_an_event(nlp, text, type_):
    assert type_ in types(nlp, text), summary(analyse(nlp, text))


def test_it_is_the_state_that_speaks(nlp):
    events = [e for e in analyse(nlp, "Turkey said it had shelled Kurdish positions in northern Syria.")
              if e.type == "ASSAULT"]
    assert [p.actor for e in events for p in e.source] == ["TUR"], summary(events)
