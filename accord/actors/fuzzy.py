"""Fuzzy matching of statistical entities to gazetteer names (rapidfuzz), with named thresholds."""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz, process

from .gazetteer import IGO, PERSON, STATE, fold, load_gazetteer

# Fuzzy-match thresholds (rapidfuzz `ratio`, 0-100, on accent-folded text). Calibrated by hand on
# misspellings seen in news: "Olaf Schultz"/"Olaf Scholz" 87, "Volodymyr Zelenskiy"/"Zelenskyy"
# 95, "Phillipines"/"Philippines" 91 must match; relatives and namesakes must not: "Jill Biden"/
# "Joe Biden" 74, "Hunter Biden"/"Joe Biden" 67, "Mark Carney"/"Mark Rutte" 57. A one-letter
# given-name change ("Doris"/"Boris Johnson", 92) is a known false positive at any useful level.
FUZZY_PERSON = 85
FUZZY_NAME = 90  # organisations and countries: stricter, short names collide easily
MIN_FUZZY_LEN = 6  # never fuzzy-match names shorter than this


@lru_cache(maxsize=1)
def person_names() -> tuple[list[str], list[str]]:
    gaz = load_gazetteer()
    pairs = [(text, e.actor) for text, e in gaz.surfaces.items() if e.kind == PERSON and e.actor and " " in text]
    return [p[0] for p in pairs], [p[1] for p in pairs]  # type: ignore[misc]


@lru_cache(maxsize=1)
def org_names() -> tuple[list[str], list[str]]:
    gaz = load_gazetteer()
    pairs = [(text, e.actor) for text, e in gaz.surfaces.items()
             if e.kind in (STATE, IGO) and e.actor and len(text) >= MIN_FUZZY_LEN and not text.isupper()]
    return [p[0] for p in pairs], [p[1] for p in pairs]  # type: ignore[misc]


def fuzzy_person(text: str) -> str | None:
    if len(text) < MIN_FUZZY_LEN or " " not in text:
        return None
    names, ids = person_names()
    hit = process.extractOne(fold(text), names, scorer=fuzz.ratio, score_cutoff=FUZZY_PERSON)
    return ids[hit[2]] if hit else None


def fuzzy_name(text: str) -> str | None:
    if text.lower().startswith("the "):
        text = text[4:]
    if len(text) < MIN_FUZZY_LEN:
        return None
    names, ids = org_names()
    hit = process.extractOne(fold(text), names, scorer=fuzz.ratio, score_cutoff=FUZZY_NAME)
    return ids[hit[2]] if hit else None
