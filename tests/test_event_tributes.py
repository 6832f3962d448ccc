"""Issue 11, tributes to the dead (session 11): praise of a person the article reports dead is a
eulogy, not SUPPORT, whoever speaks (docs/annotation.md, section 11); the same praise of a living
person, and a foreign state's condolences to the dead person's state, stay events. Sentences written
for the test."""

from __future__ import annotations

import pytest
from sentences import analyse


def supports(nlp, text: str) -> list[str]:
    return [e.type for e in analyse(nlp, text) if e.type == "SUPPORT"]


@pytest.mark.parametrize("text", [
    # a verb of dying, then a colleague's praise
    "The Dutch chemist Pieter Vos died on Monday in Leiden. Professor Anna Berg called Vos \"a brilliant "
    "chemist and a generous teacher\".",
    # a head of state's eulogy of a compatriot: domestic, no diplomacy
    "Ali Hassan Mwinyi, the former president of Tanzania, died on Monday. Tanzanian President Samia Suluhu "
    "Hassan said Mwinyi had been \"a wise and humble leader\".",
    # the death as a noun, then a party spokesman's epithet of a former minister
    "Senator Rafael Ortiz announced the death of Miguel Soto, a former Chilean minister. Ortiz said Soto had "
    "been a \"legendary\" leader of the party.",
])
def test_praise_of_the_dead_is_a_tribute(nlp, text):
    assert supports(nlp, text) == []


@pytest.mark.parametrize("text", [
    # a foreign state's condolences stay SUPPORT between the states
    "Ali Hassan Mwinyi, the former president of Tanzania, died on Monday. Chinese President Xi Jinping said "
    "Mwinyi \"was a great friend of China\".",
    # the same praise of a living politician
    "Senator Rafael Ortiz met Miguel Soto, the Chilean finance minister, on Monday. Ortiz said Soto had "
    "been a \"legendary\" leader of the party.",
])
def test_condolences_and_praise_of_the_living_stay_support(nlp, text):
    assert supports(nlp, text) == ["SUPPORT"]
