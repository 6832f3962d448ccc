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
    ("Federal prosecutors filed charges against a former Mexican governor.", ("ACCUSE", "112")),
    ("The attorney general of Peru brought charges against two ministers.", ("ACCUSE", "112")),
    ("The opposition leader of Kenya seconded the motion in parliament.", ("SUPPORT", "051")),
    ("Ethiopia has been allied with Eritrea against the Tigrayan forces.", ("COOPERATE", "060")),
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
])
def test_other_senses_make_no_such_event(nlp, text):
    events = analyse(nlp, text)
    assert not [e for e in events if e.type in ("COERCE", "ACCUSE")], summary(events)
