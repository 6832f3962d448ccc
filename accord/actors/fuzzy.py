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


SAME_WORD = 85  # one name word against the other: "Zelenskiy"/"Zelenskyy" 89, "Kelly"/"Key" 75
VARIANT_WORD = 75  # ... or a spelling variant of the same length and start: "Schultz"/"Scholz" 77


def same_word(a: str, b: str) -> bool:
    """Two spellings of one name word, never two names: "Zelensky"/"Zelenskyy", "Sergei"/"Sergey",
    "Schultz"/"Scholz" are; "Kelly"/"Key", "Doris"/"Boris", "Kerry"/"Key" are not."""
    a, b = a.lower(), b.lower()
    score = fuzz.ratio(a, b)
    return score >= SAME_WORD or (score >= VARIANT_WORD and a[:2] == b[:2] and abs(len(a) - len(b)) <= 1)


def same_person_name(text: str, name: str) -> bool:
    """Word by word, the same name written differently (accents folded): fuzzy matching may
    forgive a spelling but never turns one given name or surname into another."""
    words, other = fold(text).split(), fold(name).split()
    return len(words) == len(other) and all(same_word(a, b) for a, b in zip(words, other))


def fuzzy_person(text: str) -> str | None:
    if len(text) < MIN_FUZZY_LEN or " " not in text:
        return None
    names, ids = person_names()
    for name, _score, index in process.extract(fold(text), names, scorer=fuzz.ratio, score_cutoff=FUZZY_PERSON, limit=5):
        if same_person_name(text, name):
            return ids[index]
    return None


def fuzzy_name(text: str) -> str | None:
    if text.lower().startswith("the "):
        text = text[4:]
    if len(text) < MIN_FUZZY_LEN:
        return None
    names, ids = org_names()
    hit = process.extractOne(fold(text), names, scorer=fuzz.ratio, score_cutoff=FUZZY_NAME)
    return ids[hit[2]] if hit else None
