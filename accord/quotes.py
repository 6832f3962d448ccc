"""Quotations: direct and indirect speech with resolved speakers. STUB until the quote issue lands."""

from __future__ import annotations

from spacy.tokens import Doc

from .model import Mention, Quote


def extract_quotes(doc: Doc, mentions: list[Mention]) -> list[Quote]:
    """Every quotation in `doc`, its speaker taken from `mentions` where resolved."""
    return []
