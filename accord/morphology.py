"""The model's attribute ruler and lemmatizer, run once per distinct token instead of once per token.

In the small English model these two components cost about a fifth of the whole parse (profile in
docs/performance.md): a Matcher over every token, then a Python call per token. Yet what they give
a token (its POS, morphology and lemma, and the tag and label they correct) depends only on the
token's text, tag and dependency label, except where one of the ruler's few two-token patterns
("there is", "gon na", "let 's") matches. `accord_morphology` therefore remembers, per process,
what the two components gave each (text, tag, label) and writes it back in one array operation; a
token it has not seen, or one inside a two-token match, is run through the model's own two
components with its neighbours, so the result is theirs, token for token.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

RULER = "attribute_ruler"
LEMMATIZER = "lemmatizer"
# What the two components set, and what decides it.
WRITES = [TAG, DEP, POS, MORPH, LEMMA]
READS = [ORTH, TAG, DEP]
# Distinct (text, tag, label) triples kept; a year of news has a few hundred thousand. Past this the
# table starts again, so that memory stays bounded on any input.
MAX_REMEMBERED = 400_000

# Token attributes a ruler pattern may test for its result to depend on (text, tag, label) alone:
# the text and what the vocabulary derives from it, the tag and the dependency label.
KEYED = frozenset({"ORTH", "TEXT", "LOWER", "TAG", "DEP", "IS_SPACE", "IS_ALPHA", "IS_ASCII", "IS_DIGIT",
                   "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT", "IS_STOP", "LIKE_NUM", "LENGTH",
                   "SHAPE", "PREFIX", "SUFFIX", "OP"})
SETS = frozenset({"TAG", "DEP", "POS", "MORPH", "LEMMA"})

Key = tuple[int, int, int]
Value = tuple[int, int, int, int, int]


@Language.factory("accord_morphology", assigns=["token.tag", "token.dep", "token.pos", "token.morph", "token.lemma"])
def make_morphology(nlp: Language, name: str) -> Morphology:
    return Morphology(nlp)


def memoise_morphology(nlp: Language) -> None:
    """Put `accord_morphology` in place of the model's attribute ruler and lemmatizer (a no-op if
    the model has not both, or on a second call)."""
    if "accord_morphology" in nlp.pipe_names or RULER not in nlp.pipe_names or LEMMATIZER not in nlp.pipe_names:
        return
    if nlp.pipe_names.index(LEMMATIZER) != nlp.pipe_names.index(RULER) + 1:
        return  # something runs between them; keep the model as it is
    if not keyed_by_token(nlp.get_pipe(RULER).patterns):  # type: ignore[attr-defined]
        return  # another model's ruler reads or writes more than this component remembers
    nlp.add_pipe("accord_morphology", after=LEMMATIZER)
    nlp.remove_pipe(RULER)
    nlp.remove_pipe(LEMMATIZER)


def keyed_by_token(rules: list[dict[str, Any]]) -> bool:
    """Whether every rule tests only KEYED attributes and sets only SETS ones."""
    return all({key.upper() for spec in pattern for key in spec} <= KEYED
               and {key.upper() for key in rule["attrs"]} <= SETS
               for rule in rules for pattern in rule["patterns"])


class Morphology:
    def __init__(self, nlp: Language) -> None:
        self.vocab = nlp.vocab
        self.ruler = nlp.get_pipe(RULER)
        self.lemmatizer = nlp.get_pipe(LEMMATIZER)
        self.context = Matcher(nlp.vocab)  # the ruler's patterns that look at a neighbour
        for number, rule in enumerate(self.ruler.patterns):  # type: ignore[attr-defined]
            wide = [p for p in rule["patterns"] if len(p) > 1]
            if wide:
                self.context.add(f"context-{number}", wide)
        self.known: dict[Key, Value] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        keys: list[Key] = [tuple(row) for row in doc.to_array(READS).tolist()]  # type: ignore[misc]
        in_context = {i for _, start, end in self.context(doc, allow_missing=True) for i in range(start, end)}
        known = self.known
        firsts: dict[Key, int] = {}  # a token not seen before is computed once however often it occurs
        for i, key in enumerate(keys):
            if key not in known and key not in firsts and i not in in_context:
                firsts[key] = i
        computed = self.compute(doc, sorted(in_context), list(firsts.values()))
        if len(known) + len(firsts) > MAX_REMEMBERED:
            known.clear()
        for key, i in firsts.items():
            known[key] = computed[i]
        values = [computed[i] if i in in_context else known[key] for i, key in enumerate(keys)]
        # numpy's uint64 array is the Ints2d spaCy's stub names
        doc.from_array(WRITES, numpy.array(values, dtype="uint64"))  # type: ignore[arg-type]
        return doc

    def compute(self, doc: Doc, in_context: list[int], alone: list[int]) -> dict[int, Value]:
        """What the model's own ruler and lemmatizer give the tokens at `in_context` (each with a
        neighbour on either side: the ruler's patterns span at most two tokens) and at `alone`
        (tokens no two-token pattern covers in `doc`). The tokens alone are run side by side, and
        again apart those of them that happen to form a two-token match with their new
        neighbour; windows run apart are kept apart by a line break, which no two-token pattern
        matches."""
        computed: dict[int, Value] = {}
        apart = [(i, range(max(0, i - 1), min(len(doc), i + 2))) for i in in_context]
        if alone:
            made, middles = self.made(doc, [(i, range(i, i + 1)) for i in alone], apart=False)
            clashing = {m for _, start, end in self.context(made, allow_missing=True) for m in range(start, end)}
            out = self.run(made)
            for i, m in zip(alone, middles):
                if m in clashing:
                    apart.append((i, range(i, i + 1)))
                else:
                    computed[i] = out[m]
        if apart:
            made, middles = self.made(doc, apart, apart=True)
            out = self.run(made)
            computed.update((i, out[m]) for (i, _), m in zip(apart, middles))
        return computed

    def made(self, doc: Doc, windows: list[tuple[int, range]], apart: bool) -> tuple[Doc, list[int]]:
        """A Doc of the `windows` of `doc` (text, tag and label), a line break after each if
        `apart`, and where each window's own token is in it."""
        words: list[str] = []
        rows: list[list[int]] = []
        middles: list[int] = []
        for i, window in windows:
            for j in window:
                if j == i:
                    middles.append(len(words))
                token = doc[j]
                words.append(token.text)
                rows.append([token.tag, token.dep])
            if apart:
                words.append("\n")
                rows.append([0, 0])
        made = Doc(self.vocab, words=words, spaces=[False] * len(words))
        made.from_array([TAG, DEP], numpy.array(rows, dtype="uint64"))  # type: ignore[arg-type]
        return made, middles

    def run(self, made: Doc) -> list[Value]:
        self.lemmatizer(self.ruler(made))
        return [tuple(row) for row in made.to_array(WRITES).tolist()]  # type: ignore[misc]
