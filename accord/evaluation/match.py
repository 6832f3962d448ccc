"""Matching helpers shared by the task scorers: one-to-one alignment, text location, actor codes.

The rules are written for people in docs/gold-format.md ("Matching rules"); keep the two in step.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any, TypeVar

G = TypeVar("G")
P = TypeVar("P")

# Organisation sectors that are not the state: such an actor is no country-level participant
# (gold writes null for it), like a company or a militia. Any other organisation (a ministry, an
# army, an agency, or one with no sector) counts for its country.
NON_STATE_SECTORS = frozenset({"business", "company", "media", "ngo", "party", "rebel", "militia",
                               "opposition", "religious", "criminal", "education", "civil"})
CODE = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")  # a state (ISO alpha-3) or IGO code written bare

_QUOTE_CLASSES = {"'": "['‘’`]", "‘": "['‘’`]", "’": "['‘’`]",
                  '"': "[\"“”«»]", "“": "[\"“”«»]", "”": "[\"“”«»]"}


def align(gold: Sequence[G], pred: Sequence[P],
          weight: Callable[[G, P], float | None]) -> list[tuple[int, int]]:
    """Greedy one-to-one alignment: take the heaviest admissible pair first (ties: earliest gold,
    then earliest prediction). `weight` returns None for a pair that may not be aligned."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            w = weight(g, p)
            if w is not None:
                pairs.append((-w, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in sorted(pairs):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return sorted(out)


@lru_cache(maxsize=4096)
def _pattern(needle: str) -> re.Pattern[str]:
    """`needle` as a regex: runs of white space match any white space, quote marks match their
    typographic variants, and a needle that starts or ends with a word character must not be
    glued to another word ("Canada" is not found in "Canadas")."""
    words = ["".join(_QUOTE_CLASSES.get(c, re.escape(c)) for c in w) for w in needle.split()]
    body = r"\s+".join(words)
    head = r"(?<!\w)" if needle[:1].isalnum() else ""
    tail = r"(?!\w)" if needle[-1:].isalnum() else ""
    return re.compile(head + body + tail)


def locate(needle: str, text: str) -> list[tuple[int, int]]:
    """Every (start, end) where `needle` occurs in `text`; case is ignored only as a fallback."""
    if not needle.strip():
        return []
    pattern = _pattern(needle)
    spans = [m.span() for m in pattern.finditer(text)]
    if not spans:
        spans = [m.span() for m in re.finditer(pattern.pattern, text, re.IGNORECASE)]
    return spans


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters shared by two half-open spans."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def best_overlap(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> int:
    return max((overlap(span, s) for s in spans), default=0)


@lru_cache(maxsize=1)
def _person_slugs() -> dict[str, str]:
    """Slug of every office-holder's name and alias -> the gazetteer's canonical person id."""
    from ..actors.gazetteer import PERSON, load_gazetteer, slugify

    gaz = load_gazetteer()
    index = {pid[len("person:"):]: pid for pid in gaz.terms}
    for text, entry in gaz.surfaces.items():
        if entry.kind == PERSON and entry.actor:
            index.setdefault(slugify(text), entry.actor)
    return index


def canonical_id(actor_id: str | None) -> str | None:
    """A gold person id written from another spelling of the name ("person:sergei-lavrov") ->
    the gazetteer's id for the person whose name or alias has that slug
    ("person:sergey-lavrov"); any other id is returned unchanged."""
    if not actor_id or not actor_id.startswith("person:"):
        return actor_id
    return _person_slugs().get(actor_id[len("person:"):], actor_id)


def _is_gazetteer_person(actor_id: str) -> bool:
    return actor_id in _person_slugs().values()


def same_actor(gold_id: str | None, output_id: str | None) -> bool:
    """The gold actor and the output's are one: the same id after `canonical_id`; or, for a
    person the gazetteer knows under one of the two ids at most, the same name written more or
    less fully: the shorter name's words (two at least) all in the longer one in order, with the
    same surname ("person:bruno-parrilla" for gold "person:bruno-rodriguez-parrilla"), or the
    longer name's first words (a second surname left out: "person:ricardo-rossello" for
    "person:ricardo-rossello-nevares").
    Two gazetteer people are never one ("george-w-bush" is not "george-h-w-bush")."""
    gold, output = canonical_id(gold_id), canonical_id(output_id)
    if gold == output:
        return gold is not None
    if not (gold and output and gold.startswith("person:") and output.startswith("person:")):
        return False
    if _is_gazetteer_person(gold) and _is_gazetteer_person(output):
        return False
    shorter, longer = sorted((gold[len("person:"):].split("-"), output[len("person:"):].split("-")), key=len)
    if len(shorter) < 2:
        return False
    if longer[:len(shorter)] == shorter:
        return True  # a second surname left out ("ricardo-rossello" for "ricardo-rossello-nevares")
    if shorter[-1] != longer[-1]:
        return False
    words = iter(longer)
    return all(word in words for word in shorter)


@lru_cache(maxsize=1)
def _title_phrases() -> dict[str, str]:
    from ..actors.gazetteer import load_gazetteer

    return {phrase: title for phrase, (title, _sector) in load_gazetteer().titles.items()}


def normal_title(title: str | None) -> str | None:
    """A role as printed ("Secretary of State", "Secretary-General", "Premier") -> the normalised
    title of the titles data ("foreign minister", "secretary general", "prime minister"), lower
    case, hyphens as spaces; a title the data does not list is only lower-cased that way."""
    if not title:
        return None
    key = " ".join(title.casefold().split())
    phrases = _title_phrases()
    found = phrases.get(key) or phrases.get(key.replace("-", " ")) or key
    return " ".join(found.casefold().replace("-", " ").split())


def actor_table(pred: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The output's actors by id."""
    return {a["id"]: a for a in pred.get("actors") or [] if a.get("id")}


def country_level(actor_id: str | None, actors: dict[str, dict[str, Any]]) -> str | None:
    """The country-level code of an output actor: a state or IGO stands for itself, a person or an
    agency for its `country` (from the output's `actors` list), a non-state body for null."""
    if actor_id is None:
        return None
    actor = actors.get(actor_id)
    if actor is None:
        return actor_id if CODE.match(actor_id) else None
    kind = actor.get("kind")
    if kind in ("state", "igo"):
        return actor.get("country") or actor_id
    if kind == "group" or (kind == "organisation" and (actor.get("sector") or "") in NON_STATE_SECTORS):
        return None
    return actor.get("country")
