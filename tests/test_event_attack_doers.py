"""Issue 11, session 12: attacks whose doer the text names only on the attack's own noun. Sentences
written for the test."""

from __future__ import annotations

import pytest
from sentences import analyse, summary


# A harm told in the passive with no agent ("were killed", "were wounded"), or a death (a code of an
# act done to the subject), names who did it in the attack it happened in: the name, nationality or
# armed body on the attack's noun, its possessor or its "by" agent.
@pytest.mark.parametrize("text, source", [
    ("Four fishermen were killed in an Indian airstrike near the border on Sunday.", "IND"),
    ("Three soldiers died in a Russian airstrike on the outskirts of the town.", "RUS"),
    ("Nine villagers were killed in an attack by Boko Haram fighters on Tuesday.", "group:boko-haram"),
    ("Seven protesters were killed in police firing in the Nigerien capital Niamey on Monday.", "NER"),
])
def test_a_harm_takes_the_doer_of_the_attack_it_happened_in(nlp, text, source):
    events = analyse(nlp, text)
    harms = [e for e in events if e.type == "ASSAULT"]
    assert harms and source in {p.actor for e in harms for p in e.source}, summary(events)


# A phrase that names no attack, or an attack that names no doer, gives none: the act stays without
# a source, and with no party named at all it makes no event.
@pytest.mark.parametrize("text", [
    "Eleven workers were killed in a fire at a Bangladeshi garment factory.",
    "Six pilgrims were killed in a crash on a Saudi highway.",
    "Two people were wounded in an attack on a market.",
])
def test_no_attack_named_gives_no_doer(nlp, text):
    events = analyse(nlp, text)
    assert not [e for e in events if e.type == "ASSAULT" and e.source], summary(events)


# An armed body named as a noun modifier of an attack or a crackdown is its doer ("a government
# offensive", "a police crackdown"), also where the parser reads the noun as an adjective or the
# modifier as its subject; the modifier of a protest or of money given is not.
@pytest.mark.parametrize("text, kind, source", [
    ("A Yemeni government offensive on the rebel-held port has displaced thousands of families.", "ASSAULT", "YEM"),
    ("A Sudanese army offensive against the rebels began in March.", "ASSAULT", "SDN"),
    ("The police crackdown on protesters in Minsk continued on Sunday.", "COERCE", "BLR"),
])
def test_an_armed_body_on_an_attack_noun_does_it(nlp, text, kind, source):
    events = analyse(nlp, text)
    found = [e for e in events if e.type == kind]
    assert found and source in {p.actor for e in found for p in e.source}, summary(events)


@pytest.mark.parametrize("text", [
    "Anti-government protests spread to three more Bolivian cities on Friday.",
    "The charity hopes to apply for government grants next year.",
])
def test_other_modifiers_are_no_doers(nlp, text):
    events = analyse(nlp, text)
    assert not [e for e in events if any((p.text or "").lower().endswith("government") for p in e.source)], \
        summary(events)
