"""The event-trigger lexicon (`data/lexicon.tsv`), validated against the ontology and compiled
once into lookup dicts keyed by lemma, so the extractor only looks at candidate tokens."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..errors import AccordError
from .ontology import Ontology, data_rows, load_ontology

KINDS = ("verb", "noun", "support")
FLAGS = frozenset({"swap", "announced", "mutual", "carried", "adjective"})
NOUN_PREPS = frozenset({"for", "of", "on", "against", "with", "to"})
ANY_THING = frozenset({"*"})  # `=*` in a verb phrase: any object that is a thing, not a person or group


@dataclass(frozen=True)
class Entry:
    """One trigger pattern. `particles`: the particles/prepositions a verb must govern (or the
    preposition a noun must govern); `modifiers`: lemmas a noun must have as modifiers;
    `objects`: allowed object lemmas (empty: any)."""

    kind: str
    lemma: str
    type: str
    mode: str | None
    contexts: tuple[str, ...]
    cameo: str | None
    prior: float
    particles: tuple[str, ...] = ()
    modifiers: tuple[str, ...] = ()
    objects: frozenset[str] = frozenset()
    flags: frozenset[str] = frozenset()
    line: int = 0
    compiled: bool = False  # from the CAMEO dictionary (lexicon-cameo.tsv), not hand-written

    @property
    def any_thing(self) -> bool:
        """`=*`: the verb needs an object that is a thing, whichever ("returned the paintings to Italy")."""
        return self.objects == ANY_THING

    @property
    def specificity(self) -> int:
        return 2 * len(self.particles) + 2 * len(self.modifiers) + (3 if self.objects and not self.any_thing else 0)


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[Entry, ...]]     # lemma -> entries, most specific first
    nouns: dict[str, tuple[Entry, ...]]
    support: dict[str, tuple[str, ...]]     # lemma -> particles ("enter into" -> ("into",))
    forms: dict[str, str] = field(default_factory=dict)  # inflected verb form -> lemma ("overran" -> "overrun")

    def __len__(self) -> int:
        return sum(map(len, self.verbs.values())) + sum(map(len, self.nouns.values())) + len(self.support)


class LexiconError(AccordError):
    pass


HAND_WRITTEN = "lexicon.tsv"
COMPILED = "lexicon-cameo.tsv"  # generated from the CAMEO verb dictionary by compile_lexicon.py
FORMS = "lexicon-cameo-forms.tsv"  # the verb forms the dictionary lists, generated with it


def _fail(line: int, message: str, file: str = HAND_WRITTEN) -> LexiconError:
    return LexiconError(f"accord/events/data/{file} line {line}: {message}")


def _validate(entry: Entry, onto: Ontology, file: str = HAND_WRITTEN) -> None:
    if entry.type not in onto.types:
        raise _fail(entry.line, f"unknown PLOVER type {entry.type!r}; use one of {sorted(onto.types)}", file)
    if entry.mode and entry.mode not in onto.modes[entry.type]:
        raise _fail(entry.line, f"mode {entry.mode!r} is not a mode of {entry.type}; "
                                f"its modes are {sorted(onto.modes[entry.type])}", file)
    for context in entry.contexts:
        if context not in onto.contexts:
            raise _fail(entry.line, f"unknown PLOVER context {context!r} (see contexts.tsv)", file)
    if entry.cameo and not entry.cameo.isdigit():
        raise _fail(entry.line, f"CAMEO code {entry.cameo!r} is not numeric", file)
    if not 0.0 < entry.prior <= 1.0:
        raise _fail(entry.line, f"prior {entry.prior} is not in (0, 1]", file)
    if not entry.flags <= FLAGS:
        raise _fail(entry.line, f"unknown flags {sorted(entry.flags - FLAGS)}; known: {sorted(FLAGS)}", file)


def _none(value: str) -> str | None:
    return None if value in ("", "-") else value


def parse_entry(line: int, row: list[str], file: str = HAND_WRITTEN) -> Entry | tuple[str, tuple[str, ...]]:
    """One lexicon row as an Entry, or (lemma, particles) for a support verb."""
    if len(row) != 8:
        raise _fail(line, f"expected 8 tab-separated columns, found {len(row)}", file)
    kind, phrase, type_, mode, contexts, cameo, prior, flags = row
    if kind not in KINDS:
        raise _fail(line, f"kind {kind!r} is not one of {KINDS}", file)
    words = phrase.lower().split()
    objects = frozenset(words.pop()[1:].split("|")) if words and words[-1].startswith("=") else frozenset()
    if not words:
        raise _fail(line, f"phrase {phrase!r} names no lemma", file)
    if kind == "support":
        return words[0], tuple(words[1:])
    common: dict[str, Any] = dict(kind=kind, type=type_, mode=_none(mode), cameo=_none(cameo), prior=float(prior),
                  contexts=tuple(c for c in contexts.split(";") if _none(c.strip())),
                  objects=objects, flags=frozenset(f for f in flags.split(",") if _none(f)), line=line)
    if kind == "verb":
        return Entry(lemma=words[0], particles=tuple(words[1:]), compiled=file == COMPILED, **common)
    particles = (words.pop(),) if len(words) > 1 and words[-1] in NOUN_PREPS else ()
    return Entry(lemma=words[-1], modifiers=tuple(words[:-1]), particles=particles, **common)


def build_lexicon(rows: list[tuple[int, list[str]]], onto: Ontology,
                  compiled: Sequence[tuple[int, list[str]]] = (),
                  forms: Sequence[tuple[int, list[str]]] = ()) -> Lexicon:
    """The lexicon of hand-written `rows`, with the `compiled` rows (from the CAMEO dictionary) under
    them: a verb's hand-written entries are tried first, its compiled ones only when none of those
    matches ("gave $2 million": no hand-written `give` pattern takes money, the dictionary's does),
    except the dictionary's any-object pattern of a phrase written by hand with its objects."""
    verbs: dict[str, list[Entry]] = {}
    nouns: dict[str, list[Entry]] = {}
    support: dict[str, tuple[str, ...]] = {}
    for line, row in rows:
        parsed = parse_entry(line, row)
        if isinstance(parsed, tuple):
            support[parsed[0]] = parsed[1]
            continue
        _validate(parsed, onto)
        (verbs if parsed.kind == "verb" else nouns).setdefault(parsed.lemma, []).append(parsed)
    # a phrase written by hand with the objects that make it an event ("call off" a visit or talks)
    chosen = {(e.lemma, e.particles) for entries in verbs.values() for e in entries if e.objects}
    for line, row in compiled:
        parsed = parse_entry(line, row, COMPILED)
        if isinstance(parsed, tuple) or parsed.kind != "verb":
            raise _fail(line, "the compiled lexicon holds verb entries only", COMPILED)
        _validate(parsed, onto, COMPILED)
        if not parsed.objects and (parsed.lemma, parsed.particles) in chosen:
            continue  # the dictionary's any-object pattern would undo that choice ("called off its search")
        verbs.setdefault(parsed.lemma, []).append(parsed)

    def ordered(table: dict[str, list[Entry]]) -> dict[str, tuple[Entry, ...]]:
        return {k: tuple(sorted(v, key=lambda e: (e.compiled, -e.specificity))) for k, v in table.items()}

    return Lexicon(verbs=ordered(verbs), nouns=ordered(nouns), support=support,
                   forms={row[0]: row[1] for _, row in forms if row[1] in verbs or row[1] in support})


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    return build_lexicon(list(data_rows(HAND_WRITTEN)), load_ontology(), list(data_rows(COMPILED)),
                         list(data_rows(FORMS)))


@lru_cache(maxsize=1)
def context_cues() -> dict[str, str]:
    onto = load_ontology()
    cues = {}
    for line, row in data_rows("context_cues.tsv"):
        if row[1] not in onto.contexts:
            raise LexiconError(f"accord/events/data/context_cues.tsv line {line}: unknown context {row[1]!r}")
        cues[row[0]] = row[1]
    return cues
