"""Issue 11: whom criticism of an act is against. The target of a verb or noun of criticism whose
object is an act ("condemned the killing of ...") is who answers for the act, not whom or where it
was done to (PLOVER ACCUSE: "criticize ... responsible parties"; accord/events/extract.py,
`criticised_owners`). Sentences written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from accord.model import Participant, RawDocument
from accord.pipeline import analyze_documents


def criticism(nlp, text: str) -> list[tuple[list[str], list[str]]]:
    """(source, target) of each ACCUSE disapprove event in `text`, a participant as its country (an
    office-holder's state), else its words."""
    (analysis,) = analyze_documents([RawDocument(text=text, input="t", id="t", published=date(2024, 5, 6))], nlp)
    country = {a.id: a.country or a.id for a in analysis.actors}

    def side(parts: list[Participant]) -> list[str]:
        return [country.get(p.actor, p.actor) if p.actor else p.text for p in parts]

    return [(side(e.source), side(e.target)) for e in analysis.events
            if e.type == "ACCUSE" and e.mode == "disapprove"]


@pytest.mark.parametrize("text, source, target", [
    # the "by" agent of the act, not its victims
    ("Chile condemned the killing of Bolivian students by Peruvian soldiers.", "CHL", ["PER"]),
    # an act no one is named for: no target, not whom, where or what it was done to
    ("The Senegalese government condemned the attack on the embassy in Bamako.", "SEN", []),
    ("Ghana deplored the kidnapping of two fishermen off the coast of Togo.", "GHA", []),
    ("Qatar condemned the shelling of Yemeni villages.", "QAT", []),
    # the "of" phrase of a decision names its author
    ("Turkey sharply criticised the decision of the Greek parliament.", "TUR", ["GRC"]),
])
def test_criticism_of_an_act_is_against_who_answers_for_it(nlp, text, source, target):
    found = criticism(nlp, text)
    assert found, text
    src, tgt = found[0]
    assert source in src and tgt == target, found


def test_criticism_of_an_actor_keeps_the_actor(nlp):
    found = criticism(nlp, "The Estonian prime minister sharply criticised Belarus on Tuesday.")
    assert found and found[0][1] == ["BLR"], found


def allegations(nlp, text: str) -> list[tuple[list[str], list[str]]]:
    (analysis,) = analyze_documents([RawDocument(text=text, input="t", id="t", published=date(2024, 5, 6))], nlp)
    country = {a.id: a.country or a.id for a in analysis.actors}
    return [([country.get(p.actor, p.actor) for p in e.source if p.actor],
             [country.get(p.actor, p.actor) for p in e.target if p.actor])
            for e in analysis.events if e.type == "ACCUSE" and e.mode == "allege"]


@pytest.mark.parametrize("text, source, target", [
    # a speaker saying a party is behind, responsible for or involved in an act alleges it
    ("Bolivia's interior minister said on Friday that Chile was behind the coup attempt.", "BOL", ["CHL"]),
    ("Officials in Accra said a Togolese militia was responsible for the bombing of the bridge.", "GHA", ["TGO"]),
    ("The Albanian prime minister said Greek agents were involved in the riots.", "ALB", ["GRC"]),
    ("A spokesman for the Malaysian army said Thai smugglers were the likely culprits.", "MYS", ["THA"]),
])
def test_saying_a_party_is_behind_an_act_alleges_it(nlp, text, source, target):
    found = allegations(nlp, text)
    assert found and source in found[0][0] and found[0][1] == target, found


@pytest.mark.parametrize("text", [
    "The Kenyan education minister said the ministry is responsible for schools.",  # no act of conflict
    "The Labour leader said his party is behind the proposal.",  # backing, not blame
    "Uganda said the rebels were not behind the attack.",  # negated
])
def test_no_allegation_without_an_act_of_conflict(nlp, text):
    assert allegations(nlp, text) == []
