"""Issue 11, detection on real news (session 6): acts real articles report that got no event at
all: a government's measures on its own population, acts only authorities do told without their
doer, and judgements passed by naming an act. Sentences written for the test."""

from __future__ import annotations

import pytest
from sentences import analyse, summary


# A state's own measures on its people: schools closed, classes cancelled or suspended, a state of
# calamity declared (docs/annotation.md, sections 4 and 11), with or without the doer named.
@pytest.mark.parametrize("text, cameo, mode", [
    ("After the floods, dozens of schools were closed across Bangladesh on Monday.", "172", "restrict"),
    ("Classes in the capital were cancelled for a week as the typhoon approached Manila.", "172", "restrict"),
    ("Sri Lanka's education ministry suspended classes at all public schools on Tuesday.", "172", "restrict"),
    ("The governor of Oaxaca ordered that schools be closed, and the city of Puebla cancelled its exams.",
     "172", "restrict"),
    ("Officials in the Chilean town of Quilpue declared a state of calamity after the wildfires.", "1724",
     "martial-law"),
    ("The Fijian cabinet declared a state of disaster on Friday as the cyclone made landfall.", "1724", "martial-law"),
])
def test_a_governments_measures_on_its_population_are_events(nlp, text, cameo, mode):
    events = [e for e in analyse(nlp, text) if e.type == "COERCE"]
    assert events and events[0].cameo == cameo and events[0].mode == mode, summary(analyse(nlp, text))


# What is closed must be a school or its classes: a road, an airport or a shop closed after an accident
# is no measure on a population, and private people are no authority.
@pytest.mark.parametrize("text", [
    "The main runway was closed for three hours after the fire in the parking garage.",
    "The bakery on Main Street closed its doors for the summer.",
    "The children were banned from using the kitchen by their stepfather.",
])
def test_other_closures_and_bans_stay_no_event(nlp, text):
    assert not [e for e in analyse(nlp, text) if e.type == "COERCE"], summary(analyse(nlp, text))


# Orders that confine a population or move it out (issue #11, missed events): a stay-at-home,
# shelter-in-place, lockdown, quarantine or evacuation order is a restriction (CAMEO 172), whether
# issued, extended or lifted; other orders restrict no one.
@pytest.mark.parametrize("text, type_, cameo", [
    ("The government of Peru issued a nationwide stay-at-home order on Sunday.", "COERCE", "172"),
    ("Argentina's health ministry extended its shelter-in-place order until June.", "COERCE", "172"),
    ("The Nepalese government issued an evacuation order to villages along the river.", "COERCE", "172"),
    ("Authorities in Manila lifted the evacuation order for coastal villages.", "CONCEDE", None),
])
def test_orders_confining_a_population_are_restrictions(nlp, text, type_, cameo):
    events = [e for e in analyse(nlp, text) if e.type == type_]
    assert events and (cameo is None or events[0].cameo == cameo), summary(analyse(nlp, text))


@pytest.mark.parametrize("text", [
    "The Brazilian president signed an executive order on vehicle emissions.",
    "A judge in Lagos issued a court order freezing the company's accounts.",
])
def test_other_orders_restrict_no_one(nlp, text):
    assert not [e for e in analyse(nlp, text) if e.type == "COERCE"], summary(analyse(nlp, text))


# "was taken into custody" is an arrest as "was arrested" is: an agentless passive of an act only
# authorities do stands, with the reporting police's state as its doer when they tell it.
@pytest.mark.parametrize("text, source", [
    ("Belgian police said the driver's cousin was taken into custody in Antwerp.", ["BEL"]),
    ("The suspect's cousin was taken into custody on Thursday, the newspaper said.", []),
])
def test_taken_into_custody_is_an_arrest_without_a_named_doer(nlp, text, source):
    events = [e for e in analyse(nlp, text) if e.type == "COERCE" and e.mode == "arrest"]
    assert events and [p.actor for p in events[0].source] == source, summary(analyse(nlp, text))


# An agentless passive of a legal act only authorities do, whose patient is the subject of the clause
# it is coordinated with or raised from, still stands (source []: docs/annotation.md, section 4).
@pytest.mark.parametrize("text, type_, mode", [
    ("Ortega led the student union in the 1970s, but was detained in 1978 and was jailed until 1983.",
     "COERCE", "arrest"),
    ("Local media said the former mayor is to be sentenced in September.", "SANCTION", "convict"),
])
def test_a_legal_act_whose_patient_is_shared_stands_without_a_doer(nlp, text, type_, mode):
    events = [e for e in analyse(nlp, text) if e.type == type_ and e.mode == mode]
    assert events and events[0].source == [], summary(analyse(nlp, text))


# "call/brand X Y": a word of blame for the act is criticism (CAMEO 111) of its doer, a word of praise
# approval (051); a neutral name ("called the meeting a first step") is neither.
@pytest.mark.parametrize("text, type_, target", [
    ("Chilean Foreign Minister Alberto van Klaveren called Peru's decision \"a grave mistake\".", "ACCUSE", "PER"),
    ("The Kenyan government branded the Ugandan border closure illegal and unacceptable.", "ACCUSE", "UGA"),
    ("Polish President Andrzej Duda called the German proposal \"null and void\".", "ACCUSE", "DEU"),
    ("The Danish Prime Minister called Norway's decision a breakthrough.", "SUPPORT", "NOR"),
])
def test_naming_an_act_by_a_judgement_is_criticism_or_praise(nlp, text, type_, target):
    events = [e for e in analyse(nlp, text) if e.type == type_]
    assert events and target in {p.actor for p in events[0].target}, summary(analyse(nlp, text))


@pytest.mark.parametrize("text", [
    "The Brazilian president called the meeting with Argentina a first step.",
    "Mexico called the envoy back to the capital.",
    "The Greek minister called the press conference for Monday.",
])
def test_a_neutral_name_is_no_judgement(nlp, text):
    assert not [e for e in analyse(nlp, text) if e.type in ("ACCUSE", "SUPPORT")], summary(analyse(nlp, text))
