"""Actors: recognise countries, organisations and office-holders and resolve them to actor ids.

STUB until the actor issue lands: `add_actor_pipes` adds nothing and `link_actors` returns
no actors. The signatures are the contract the rest of the pipeline relies on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Actor, Mention


@dataclass
class LinkedActors:
    actors: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


def add_actor_pipes(nlp: Language) -> None:
    """Add the gazetteer components to `nlp` (ahead of "ner")."""


def link_actors(doc: Doc, published: date | None) -> LinkedActors:
    """Every actor mention in `doc`, resolved to actors coded for the date `published`."""
    return LinkedActors()
