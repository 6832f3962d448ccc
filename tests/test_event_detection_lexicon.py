"""Issue 11, detection (session 7): common news senses the trigger lexicon lacked: repression of a
protest, a state of emergency extended, a quarantine, criminal charges, a motion seconded, an
alliance. Each needs a political party to act, as every trigger does. Sentences written for the test."""

from __future__ import annotations

import pytest
from sentences import analyse, summary


@pytest.mark.parametrize("text, wanted", [
    ("Riot police suppressed a rally of opposition supporters in Minsk on Saturday.", ("COERCE", "175")),
    ("The Sudanese army crushed the revolt in Darfur within a week.", ("COERCE", "175")),
    ("Soldiers quelled the unrest in the capital of Guinea.", ("COERCE", "175")),
    ("The cabinet of Ecuador extended the state of emergency in Guayaquil by sixty days.", ("COERCE", "1724")),
    ("The Chinese authorities quarantined three villages in Hebei province.", ("COERCE", "172")),
    ("The Vietnamese government imposed a strict quarantine on the province of Bac Giang.", ("COERCE", "172")),
    ("The Ugandan health ministry put the border town under quarantine.", ("COERCE", "172")),
    ("Federal prosecutors filed charges against a former Mexican governor.", ("ACCUSE", "112")),
    ("The attorney general of Peru brought charges against two ministers.", ("ACCUSE", "112")),
    ("The opposition leader of Kenya seconded the motion in parliament.", ("SUPPORT", "051")),
    ("Ethiopia has been allied with Eritrea against the Tigrayan forces.", ("COOPERATE", "060")),
    ("Germany delivered 300 ventilators to Ukraine in April.", ("AID", "070")),
    ("The United Arab Emirates sent 20,000 doses of vaccine to Uganda.", ("AID", "073")),
])
def test_a_missing_news_sense_is_an_event(nlp, text, wanted):
    events = analyse(nlp, text)
    assert wanted in {(e.type, e.cameo) for e in events}, summary(events)


# The senses stay with their objects: news suppressed, a fee charged, a person in charge, a
# private quarrel, a neighbour's charges.
@pytest.mark.parametrize("text", [
    "The ministry suppressed the report on the outbreak for a month.",
    "The water company charges a fee of three euros a month.",
    "She was in charge of the finance ministry of Ghana for five years.",
    "A farmer in Kent pressed charges against his neighbour.",
    "Forty passengers of the ship remain in quarantine in Yokohama.",
])
def test_other_senses_make_no_such_event(nlp, text):
    events = analyse(nlp, text)
    assert not [e for e in events if e.type in ("COERCE", "ACCUSE")], summary(events)


# Challenging a law, a ruling or a result is an allegation against its author (CAMEO 115); a record
# or a rival challenged is no event.
@pytest.mark.parametrize("text, coded", [
    ("The opposition party of Zambia contested the results of the presidential election.", True),
    ("Lagos state challenged the federal ban on motorcycle taxis.", True),
    ("A runner from Ethiopia challenged the world record in Berlin.", False),
    ("The senator from Ohio challenged his rival to a televised debate.", False),
])
def test_challenging_a_law_or_a_result_is_an_allegation(nlp, text, coded):
    events = analyse(nlp, text)
    assert bool([e for e in events if (e.type, e.cameo) == ("ACCUSE", "115")]) is coded, summary(events)


# "X, the governor, said she would sue ...": the pronoun the actors stage left unresolved is the
# speaker, as when it left no mention at all; a pronoun the text makes political stays itself.
@pytest.mark.parametrize("text", [
    "Marta Solis, the governor of the province, said she would sue the federal government.",
    "Lucia Paredes, the mayor of the town, said she would challenge the decree in court.",
])
def test_an_unresolved_pronoun_that_acts_is_the_speaker(nlp, text):
    events = [e for e in analyse(nlp, text) if e.type == "ACCUSE"]
    assert events and events[0].source and all(p.text not in ("he", "she") for p in events[0].source), \
        summary(analyse(nlp, text))


# A verb whose agent is a circumstance ("dominated by", "overshadowed by") gives the event noun it
# describes no author: the ministers who gathered for the talks held them.
@pytest.mark.parametrize("text", [
    "Defence ministers of the EU gathered in Lisbon on Monday for a day of talks dominated by the war in Yemen.",
    "Foreign ministers of the Arab League gathered in Cairo for two days of talks overshadowed by the fighting in Gaza.",
])
def test_a_circumstance_is_no_author(nlp, text):
    events = [e for e in analyse(nlp, text) if e.type == "CONSULT"]
    assert events and events[0].source and all(p.actor for p in events[0].source), summary(analyse(nlp, text))


# Authorising an act is doing it through those who carry it out.
@pytest.mark.parametrize("text, wanted, authoriser", [
    ("The Senate of Colombia authorised the deployment of American troops to the country.", "MOBILIZE", "COL"),
    ("The IMF board authorized a loan to Ghana on Friday.", "AID", "IMF"),
])
def test_authorising_an_act_is_the_act(nlp, text, wanted, authoriser):
    events = [e for e in analyse(nlp, text) if e.type == wanted]
    assert events and authoriser in {p.actor for p in events[0].source}, summary(analyse(nlp, text))


# An assassination or an execution told with no killer named is an event with no source (CAMEO 186:
# a killing for political ends); a plan executed or a death in a crash is none.
@pytest.mark.parametrize("text, coded", [
    ("A well-known human rights lawyer was assassinated in Kampala on Friday.", True),
    ("The former governor of Tamaulipas was assassinated outside his office.", True),
    ("The evacuation plan was executed within hours.", False),
    ("Two passengers were killed when the bus crashed near Cusco.", False),
])
def test_an_assassination_with_no_killer_named_is_an_event(nlp, text, coded):
    events = [e for e in analyse(nlp, text) if e.type == "ASSAULT"]
    assert bool(events) is coded and all(not e.source for e in events), summary(analyse(nlp, text))


# A person's possessive on the noun of an act done to people names who undergoes it ("Navalny's
# arrest"); with its own time anchor it is a past act of the authorities (docs/annotation.md,
# background acts), with no source. A state's possessive stays the doer; no anchor, no event.
@pytest.mark.parametrize("text, source, coded", [
    ("Teodoro's arrest in March 2019 led to protests in the capital of Bolivia.", set(), True),
    ("Her detention in June 2015 made headlines across Egypt.", set(), True),
    ("Vietnam's arrest of the Thai fishermen in May angered Bangkok.", {"VNM"}, True),
    ("His detention made headlines across Egypt.", set(), False),
])
def test_a_persons_possessive_undergoes_the_act(nlp, text, source, coded):
    events = [e for e in analyse(nlp, text) if e.type == "COERCE"]
    assert bool(events) is coded and all({p.actor for p in e.source} == source for e in events), \
        summary(analyse(nlp, text))


# Words that "came from" someone are theirs: the "from" phrase of a verb of arrival is the source of
# the condemnation or praise that is its subject.
@pytest.mark.parametrize("text, wanted, sources", [
    ("Condemnation came quickly from Canada and Mexico.", "ACCUSE", {"CAN", "MEX"}),
    ("Words of praise for the ceasefire have come from Qatar.", "SUPPORT", {"QAT"}),
])
def test_words_that_came_from_a_party_are_its(nlp, text, wanted, sources):
    events = [e for e in analyse(nlp, text) if e.type == wanted]
    assert events and {p.actor for p in events[0].source} == sources, summary(analyse(nlp, text))
