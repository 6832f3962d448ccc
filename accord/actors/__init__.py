"""Actors: recognise countries, organisations and office-holders and resolve them to actor ids.

- `add_actor_pipes(nlp)` adds the `accord_gazetteer` phrase-pattern component ahead of "ner".
- `link_actors(doc, published)` links every mention to an actor coded for the date.
- `actor_info`, `actor_roles`, `find_actor` look actors up for the CLI and the API.
- `is_political(actor)` tells political actors from private ones (docs/actors.md).
The data files and the rules are described in docs/actors.md.
"""

from __future__ import annotations

from spacy.language import Language

from . import ruler as _ruler  # noqa: F401  (registers the "accord_gazetteer" factory)
from .aliases import Alias
from .gazetteer import actor_info, actor_roles, find_actor, load_gazetteer, slugify
from .linker import LinkedActors, link_actors
from .political import POLITICAL_SECTORS, bare_private_bodies, event_mentions, is_political

__all__ = ["POLITICAL_SECTORS", "Alias", "LinkedActors", "actor_info", "actor_roles", "add_actor_pipes", "bare_private_bodies",
           "event_mentions", "find_actor", "is_political", "link_actors", "load_gazetteer", "slugify"]


def add_actor_pipes(nlp: Language) -> None:
    """Add the gazetteer component to `nlp` (ahead of "ner"; last if there is no "ner")."""
    if "accord_gazetteer" in nlp.pipe_names:
        return
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("accord_gazetteer", before="ner")
    else:
        nlp.add_pipe("accord_gazetteer", last=True)
