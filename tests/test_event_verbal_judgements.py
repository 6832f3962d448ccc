"""Issue 11: verbal judgement between parties. A naming frame ("called the Argentine president a
coward", 'labelled the report "fake news"') is criticism (ACCUSE disapprove, CAMEO 111) or praise
(SUPPORT, CAMEO 051) of whom or what it names, by what it calls them: the judgement lexicon, or for
an epithet of a person or party the VADER valence lexicon; an attack on a person for what they did
or as what they are ("attacked the senator for her remarks") is criticism, not a blow; criticism and
praise told in sentences apart are distinct acts (docs/annotation.md, sections 1 and 2). Sentences
written for the test."""

from __future__ import annotations

from datetime import date

import pytest
from sentences import analyse, summary

from accord.events.judgements import load_valence
from accord.model import Participant, RawDocument
from accord.pipeline import analyze_documents


def acts(nlp, text: str) -> list[tuple[str, str | None, list[str], list[str]]]:
    """(type, CAMEO code, source, target) of every event in `text`, each participant as its country
    (an office-holder's state), else its words."""
    (analysis,) = analyze_documents([RawDocument(text=text, input="t", id="t", published=date(2024, 5, 6))], nlp)
    country = {a.id: a.country or a.id for a in analysis.actors}

    def side(parts: list[Participant]) -> list[str]:
        return [country.get(p.actor, p.actor) if p.actor else p.text for p in parts]

    return [(e.type, e.cameo, side(e.source), side(e.target)) for e in analysis.events]


def test_the_valence_lexicon_ships_with_its_package():
    valence = load_valence()
    assert len(valence) > 7000
    assert valence["coward"] < -1.5 < 1.5 < valence["hero"]


@pytest.mark.parametrize("text, type_, source, target", [
    # an epithet the judgement lexicon holds, with no quotation marks
    ("The Serbian prime minister called the Croatian president a clown and a hypocrite.", "ACCUSE", "SRB", "HRV"),
    # an epithet only the valence lexicon holds, of an office-holder
    ("The Brazilian foreign minister called the Argentine president a pathetic loser.", "ACCUSE", "BRA", "ARG"),
    ("Kenya's president called the Ugandan president a brilliant visionary.", "SUPPORT", "KEN", "UGA"),
    # a quoted epithet of a named person
    ('Prime Minister Imran Khan called Narendra Modi "a dangerous fanatic".', "ACCUSE", "PAK", "IND"),
    # an epithet said of a person in what a speaker says
    ("The Georgian prime minister said the Russian president is a bully.", "ACCUSE", "GEO", "RUS"),
    ("The Kazakh president said the Kyrgyz president was a man of great courage.", "SUPPORT", "KAZ", "KGZ"),
    # what is named is a text or an act
    ('Hungary\'s prime minister labelled the Commission report "fake news".', "ACCUSE", "HUN", None),
])
def test_a_naming_frame_judges_what_it_names(nlp, text, type_, source, target):
    found = [(s, t) for ty, cameo, s, t in acts(nlp, text) if ty == type_ and cameo in ("111", "051")]
    assert found, summary(analyse(nlp, text))
    src, tgt = found[0]
    assert source in src and (target is None or target in tgt), summary(analyse(nlp, text))


@pytest.mark.parametrize("text, source, target", [
    ("The Turkish foreign minister attacked the Greek prime minister for his remarks on Cyprus.", "TUR", "GRC"),
    ("Senator Marco Rubio attacked Joe Biden for not denouncing the riots.", "USA", "USA"),
    ("Bolivia's president attacked Sebastian Pinera as a puppet of foreign interests.", "BOL", "CHL"),
    ("The Egyptian foreign minister hit out at the Ethiopian prime minister over the dam.", "EGY", "ETH"),
    ("Prime Minister Imran Khan mocked Narendra Modi for his speech.", "PAK", "IND"),
])
def test_an_attack_on_a_person_for_what_they_did_is_criticism(nlp, text, source, target):
    found = acts(nlp, text)
    assert ("ACCUSE", "111", [source], [target]) in found, summary(analyse(nlp, text))
    assert not any(t == "ASSAULT" for t, *_ in found), summary(analyse(nlp, text))


@pytest.mark.parametrize("text", [
    "Syrian troops attacked the village for hours.",
    "Rebels attacked the governor's convoy for the second time this week.",
    "Government forces attacked rebel positions for three days.",
])
def test_a_blow_that_lasts_stays_a_blow(nlp, text):
    found = acts(nlp, text)
    assert any(t == "ASSAULT" for t, *_ in found) and not any(t == "ACCUSE" for t, *_ in found), \
        summary(analyse(nlp, text))


@pytest.mark.parametrize("text", [
    # no political actor says or is named
    "The company called its new phone a great success.",
    "The professor called the mathematician a pleasant neighbour and a brilliant teacher.",
    # an epithet of a private person
    "Police said the suspect was a loner and a coward.",
    # a word that is not strongly felt judges nothing
    "The Danish prime minister called the Swedish response swift.",
])
def test_no_verbal_judgement(nlp, text):
    assert not [a for a in acts(nlp, text) if a[1] in ("111", "051")], summary(analyse(nlp, text))


def test_criticism_told_apart_is_two_acts_and_a_restatement_is_one(nlp):
    text = ("The Peruvian president called the Bolivian president a liar on Monday. "
            "He said the Bolivian president was a disgrace. "
            "Peru's foreign minister visited Lima's largest market. Prices rose for a third week. "
            "The Peruvian president later attacked the Bolivian president for his remarks on the border.")
    found = [a for a in acts(nlp, text) if a[:2] == ("ACCUSE", "111")]
    assert len(found) == 2, summary(analyse(nlp, text))
