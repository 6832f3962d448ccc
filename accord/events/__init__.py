"""Events: who did what to whom, typed with PLOVER. STUB until the event issue lands."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from ..model import Event, Mention


def extract_events(doc: Doc, mentions: list[Mention], published: date | None) -> list[Event]:
    """The events stated in `doc`, with participants taken from `mentions`."""
    return []
