"""Findings and figures reported: what research, inquiries and records found or showed (by their
clause), the figures an agency reports or confirms, and what such cues do not report: a thing
found or shown, a scene a camera shows, a clause past a semicolon, an interviewer's question.
Sentences written for these tests."""

from __future__ import annotations

import pytest

import accord


def attributions(text: str) -> list[tuple[str, str | None, str]]:
    quotes = accord.analyze(text, published="2022-05-10").quotes
    return [(q.kind, q.speaker.text if q.speaker else None, q.text) for q in quotes]


@pytest.mark.parametrize("text, expected", [
    ("The biologists found that the lizards grew faster in warmer ponds.",
     [("indirect", "The biologists", "the lizards grew faster in warmer ponds")]),
    ("Earlier surveys have shown that the glacier lost a fifth of its mass.",
     [("indirect", "Earlier surveys", "the glacier lost a fifth of its mass")]),
    ("The coroner determined the climber had died of exposure.",
     [("indirect", "The coroner", "the climber had died of exposure")]),
    ("The engineers reasoned that the canal had been dug by hand.",
     [("indirect", "The engineers", "the canal had been dug by hand")]),
    # a figure is what a tallying cue states
    ("On Sunday, the health ministry reported 42 new infections.",
     [("indirect", "the health ministry", "42 new infections")]),
    ("The coast guard confirmed a total of 14 deaths.", [("indirect", "The coast guard", "a total of 14 deaths")]),
    # a linking cue reports its object with what it holds of it
    ("The inquiry ascribed the derailment to a worn rail.",
     [("indirect", "The inquiry", "the derailment to a worn rail")]),
    ("The union credited the nurses with keeping the ward open.",
     [("indirect", "The union", "the nurses with keeping the ward open")]),
    ("The mayor likened the budget cuts to a slow demolition.",
     [("indirect", "The mayor", "the budget cuts to a slow demolition")]),
])
def test_findings_figures_and_links_are_reported(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert attributions(text) == expected


@pytest.mark.parametrize("text", [
    "Hikers found the body near the ridge.",  # a thing found, no clause
    "The agent showed the house to a young couple.",
    "Crowds observed the parade from the balconies.",
    "The hospital reported the fire to the police.",  # no figure: an act of reporting
    "The senate confirmed the nominee on Tuesday.",
    "The footage showed the truck swerve into the barrier.",  # a scene seen
    "A search of the flat found a rifle; in the cellar was a crate of ammunition.",
    "What do you think the council should do next?",  # an interviewer's question
    "Do you believe the dam will hold?",
    "The bank credited the account on Friday.",  # a linking cue without its 'with': a transfer
    "The editor attributed the photograph.",
])
def test_things_found_scenes_questions_and_bare_links_report_nothing(text: str) -> None:
    assert attributions(text) == []

