"""A mention being linked, and the view of the linking state that reference resolution reads.

The linker (`linker.py`) builds `Cand`s and hands itself to `coref.py` as a `Linking`; coref
needs nothing else of the linker, so the two modules do not import each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from spacy.tokens import Doc

from .gazetteer import Gazetteer


@dataclass
class Cand:
    """A mention being linked (token span; character span may be inside a token)."""

    start: int
    end: int
    cstart: int
    cend: int
    text: str
    actor: str | None
    kind: str  # state, igo, organisation, person, group
    method: str
    sectors: list[str] = field(default_factory=list)
    role: str | None = None
    sector: str | None = None
    country: str | None = None
    full: bool = False  # a person's full name (antecedent for short forms)


class Linking(Protocol):
    """What reference resolution reads of one article's linking."""

    doc: Doc
    published: date | None
    gaz: Gazetteer
    cands: list[Cand]

    def sentence_of(self, token: int) -> int: ...

    def kind_of(self, actor: str | None) -> str: ...

    def country_starts(self) -> dict[int, tuple[int, str]]: ...
