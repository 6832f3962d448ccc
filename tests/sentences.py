"""Events in a sentence written for a test: what accord finds in it, published on 2024-05-06, and
a summary of them for an assertion's message."""

from __future__ import annotations

from datetime import date

from accord.model import Event, RawDocument
from accord.pipeline import analyze_documents


def analyse(nlp, text: str) -> list[Event]:
    doc = RawDocument(text=text, input="t", id="t", published=date(2024, 5, 6))
    (analysis,) = analyze_documents([doc], nlp)
    return analysis.events


def summary(events: list[Event]) -> list[tuple]:
    return [(e.type, e.mode, e.cameo, e.status, e.confidence, e.trigger.text, [p.actor or p.text for p in e.source],
             [p.actor or p.text for p in e.target]) for e in events]
