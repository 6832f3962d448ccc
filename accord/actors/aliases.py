"""A team's own dictionary: "this name or phrase means this actor", applied by the linker.

Analysts add aliases for names the gazetteer lacks or gets wrong ("Mr Prescott" ->
person:john-prescott, "the Mounties" -> CAN with sector COP). The store keeps them
(`accord actors alias`) and hands them to the pipeline; this module only knows the `Alias`
values, so the actors package stays free of the store. An alias wins over every rule of the
linker: each whole-word occurrence of its phrase becomes a mention of its actor (method
"alias"), replacing whatever the rules made of those words; pronouns and short names can then
resolve to it as to any other mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..nlp import text_of

if TYPE_CHECKING:
    from .linker import Cand, Linker

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


def apply_aliases(linker: Linker, aliases: Iterable[Alias]) -> None:
    """Turn every occurrence of an alias phrase in the linker's document into a mention of its
    actor, dropping the candidates it overlaps. Longer phrases first, so "Mr John Prescott"
    wins over "Prescott"."""
    from .linker import Cand

    doc, text = linker.doc, text_of(linker.doc)
    added: list[Cand] = []
    for alias in sorted(aliases, key=lambda a: -len(a.phrase)):
        for found in re.finditer(rf"(?<!\w){re.escape(alias.phrase)}(?!\w)", text):
            span = doc.char_span(found.start(), found.end(), alignment_mode="expand")
            if span is None or any(c.cstart < found.end() and found.start() < c.cend for c in added):
                continue
            known = linker.gaz.actors.get(alias.actor)
            cand = Cand(span.start, span.end, found.start(), found.end(), found.group(), alias.actor,
                        alias.kind, "alias", sectors=[alias.sector] if alias.sector and alias.kind != "person" else [],
                        role=alias.role, sector=alias.sector, country=alias.country or (known.country if known else None),
                        full=alias.kind == "person")
            added.append(cand)
    if not added:
        return
    linker.cands = [c for c in linker.cands
                    if not any(a.cstart < c.cend and c.cstart < a.cend for a in added)] + added
    linker.covered.update(i for c in added for i in range(c.start, c.end))
