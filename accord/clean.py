"""Cleaning: Unicode normalisation and removal of blocks repeated by bad scraping.

STUB until the cleaning work lands: returns the text unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Removed


@dataclass
class Cleaned:
    text: str
    title: str | None
    removed: list[Removed] = field(default_factory=list)


def clean(raw: str, title: str | None = None) -> Cleaned:
    """Normalise `raw` and drop repeated blocks; detect a title when `title` is None."""
    return Cleaned(text=raw, title=title)
