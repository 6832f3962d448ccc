"""A team's own dictionary: "this name or phrase means this actor", applied by the linker.

Analysts add aliases for names the gazetteer lacks or gets wrong ("Mr Prescott" ->
person:john-prescott, "the Mounties" -> CAN with sector COP). The store keeps them
(`accord actors alias`) and hands them to the pipeline; this module only knows the `Alias`
values and finds them in a text, so the actors package stays free of the store. An alias wins
over every rule of the linker (`linker.adopt_aliases`): each whole-word occurrence of its phrase
becomes a mention of its actor (method "alias"), replacing whatever the rules made of those
words; pronouns and short names can then resolve to it as to any other mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc

from ..nlp import text_of

KINDS = ("state", "igo", "organisation", "person", "group")


@dataclass(frozen=True)
class Alias:
    """`phrase` (matched case-sensitively, as whole words) stands for the actor `actor`."""

    phrase: str
    actor: str
    kind: str
    name: str | None = None
    country: str | None = None
    role: str | None = None  # a person's office, when the gazetteer does not know it
    sector: str | None = None  # a sector code: GOV, MIL, COP, BUS, ...


@dataclass(frozen=True)
class AliasMatch:
    """One occurrence of an alias phrase: token span [start, end), characters [cstart, cend)."""

    start: int
    end: int
    cstart: int
    cend: int
    text: str
    alias: Alias


def find_aliases(doc: Doc, aliases: Iterable[Alias]) -> list[AliasMatch]:
    """Every whole-word occurrence of an alias phrase in `doc`, longer phrases first, so that
    "Mr John Prescott" wins over "Prescott"; overlapping occurrences of shorter ones are dropped."""
    text = text_of(doc)
    found: list[AliasMatch] = []
    for alias in sorted(aliases, key=lambda a: -len(a.phrase)):
        for match in re.finditer(rf"(?<!\w){re.escape(alias.phrase)}(?!\w)", text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or any(f.cstart < match.end() and match.start() < f.cend for f in found):
                continue
            found.append(AliasMatch(span.start, span.end, match.start(), match.end(), match.group(), alias))
    return sorted(found, key=lambda f: f.cstart)
