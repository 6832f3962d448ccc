"""Issue 11, CAMEO targets: an act that names whom it is aimed at only inside its own phrase, after
the trigger (a call for elections in a country, the end of a mediation between two states), takes
the known actors of the first such phrase as its target, as CAMEO coders read a verb phrase; a doer
("by X") and phrases of time or circumstance ("after", "during", "in response to") are not reached.
And ceasing a protest is CAMEO 082, a concession. Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from sentences import analyse, summary


@pytest.mark.parametrize("text, type_, targets", [
    ("Danish lawmakers called for an independent inquiry into the killings in Cameroon.", "REQUEST", {"CMR"}),
    ("The Irish senate pressed for new talks with Iceland on fishing quotas.", "REQUEST", {"ISL"}),
    ("Norwegian diplomats called for new elections in Belarus.", "REQUEST", {"BLR"}),
    ("Chilean lawmakers called for tougher rules on fishing in Argentine waters.", "REQUEST", {"ARG"}),
    ("The Arab League ended its mediation in the border dispute between Sudan and Chad.", "REJECT", {"SDN", "TCD"}),
])
def test_the_acts_own_phrase_names_its_target(nlp, text, type_, targets):
    events = [e for e in analyse(nlp, text) if e.type == type_]
    assert events and {p.actor for p in events[0].target} == targets, summary(events)


@pytest.mark.parametrize("text, type_, not_target", [
    # a phrase of time holding another act and its doer
    ("The Ecuadorian army remained on alert in the south of Ecuador after the attack by Colombian rebels.",
     "MOBILIZE", "COL"),
    ("The Kenyan army remained on alert in northern Kenya during the visit by Ugandan officials.", "MOBILIZE", "UGA"),
    # a circumstance: what the act answers, not whom it is aimed at
    ("Portugal imposed sanctions in response to Angola's crackdown.", "SANCTION", "AGO"),
])
def test_time_doers_and_circumstances_are_no_target(nlp, text, type_, not_target):
    events = [e for e in analyse(nlp, text) if e.type == type_]
    assert events and not_target not in {p.actor for e in events for p in e.target}, summary(events)


@pytest.mark.parametrize("text", [
    "The teachers' union in Ghana called off the protest against the education ministry on Tuesday.",
    "Farmers in Peru cancelled their march on Lima after the government promised new subsidies.",
    "Opposition supporters in Togo postponed the rally planned for Saturday.",
])
def test_ceasing_a_protest_is_a_concession(nlp, text):
    events = analyse(nlp, text)
    assert ("CONCEDE", "082") in {(e.type, e.cameo) for e in events}, summary(events)
