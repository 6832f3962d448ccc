"""State bodies a phrase names without their state (accord/events/participants.py `owned`,
accord/events/discourse.py `home_bodies`): docs/annotation.md codes a possessive "their government"
as the possessor's state and courts, juries and prosecutors as the state the story is set in.
Every sentence here was written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from accord.model import RawDocument
from accord.pipeline import analyze_documents


def events_of(nlp, text: str):
    (analysis,) = analyze_documents([RawDocument(text=text, input="t", id="t", published=date(2023, 9, 12))], nlp)
    return analysis.events


def sides(events, type_: str) -> list[tuple[list[str | None], list[str | None]]]:
    return [([p.actor for p in e.source], [p.actor for p in e.target]) for e in events if e.type == type_]


@pytest.mark.parametrize("text, type_, expected", [
    ("Chilean miners denounced their government over the new copper tax.", "ACCUSE", (["CHL"], ["CHL"])),
    ("Hungarian teachers condemned their government's decision to freeze salaries.", "ACCUSE", (["HUN"], ["HUN"])),
])
def test_a_possessive_pronoun_ties_a_body_to_the_state_its_clause_subject_names(nlp, text, type_, expected):
    assert expected in sides(events_of(nlp, text), type_)


def test_a_possessive_pronoun_with_no_state_in_its_subject_leaves_the_body_unresolved(nlp):
    events = events_of(nlp, "The workers criticised their government over the new copper tax.")
    assert all(p.actor is None for e in events for p in e.target if p.text.endswith("government")), \
        [(e.type, e.target) for e in events]


@pytest.mark.parametrize("text, expected", [
    ("The trial was held in Columbus, Ohio. A jury convicted Dwayne Okafor of fraud on Tuesday.", "USA"),
    ("The hearing opened in Lyon on Monday. A court convicted Marcel Dufresne of bribery.", "FRA"),
])
def test_a_court_or_jury_with_no_state_serves_the_state_the_story_is_set_in(nlp, text, expected):
    convictions = [e for e in events_of(nlp, text) if e.type == "SANCTION"]
    assert [[p.actor for p in e.source] for e in convictions] == [[expected]], convictions


def test_a_court_in_a_sentence_naming_another_state_keeps_no_state(nlp):
    text = "The hearing opened in Lyon on Monday. A court convicted Marcel Dufresne of spying for Russia."
    convictions = [e for e in events_of(nlp, text) if e.type == "SANCTION"]
    assert all("FRA" not in [p.actor for p in e.source] for e in convictions), convictions


@pytest.mark.parametrize("text, expected", [
    ("Flooding hit villages near Dhaka on Sunday. Police detained twelve people who blocked a highway on Monday.",
     "BGD"),
    ("A storm hit towns near Porto on Sunday, and the army arrested a 52-year-old man for looting.", "PRT"),
])
def test_private_people_an_act_is_aimed_at_are_of_the_state_the_story_is_set_in(nlp, text, expected):
    detentions = [e for e in events_of(nlp, text) if e.type == "COERCE"]
    assert [[p.actor for p in e.target] for e in detentions] == [[expected]], detentions


def test_suspects_of_an_attack_stay_apart_from_the_state_the_story_is_set_in(nlp):
    text = ("Flooding hit villages near Dhaka on Sunday. "
            "Police detained two suspects after the bombing of a market outside Chittagong on Monday.")
    detentions = [e for e in events_of(nlp, text) if e.type == "COERCE"]
    assert detentions and all("BGD" not in [p.actor for p in e.target] for e in detentions), detentions
