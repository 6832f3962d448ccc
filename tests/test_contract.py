"""The analysis contract: real output validates against the shipped JSON Schema."""

from __future__ import annotations

import json

import jsonschema
import pytest

import accord
from accord.contract import analysis_schema, validate

ARTICLES = [
    ("Russia and China signed a new energy agreement in Beijing on Tuesday, the Kremlin said.", "2019-06-07"),
    ("Protesters gathered outside the parliament in Nairobi. Police fired tear gas.", "2023-07-12"),
]


def test_schema_is_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(analysis_schema())


@pytest.mark.slow
def test_example_article_validates(example_text):
    out = accord.analyze(example_text, published="2025-06-23").to_dict()
    validate(out)
    assert out["schema"] == "accord.analysis/1"
    assert out["article"]["published"] == "2025-06-23"
    json.dumps(out)  # plain JSON types only


@pytest.mark.slow
@pytest.mark.parametrize("text,published", ARTICLES)
def test_other_articles_validate(text, published):
    validate(accord.analyze(text, published=published, source="Wire").to_dict())


def test_validator_rejects_span_outside_text():
    obj = {"schema": "accord.analysis/1",
           "article": {"id": "a", "title": None, "url": None, "source": None, "published": None,
                       "text": "short", "removed": []},
           "actors": [], "events": [], "quotes": [],
           "mentions": [{"actor": "CAN", "text": "Canada", "start": 0, "end": 60, "sentence": 0,
                         "method": "gazetteer"}]}
    with pytest.raises(jsonschema.ValidationError, match="outside the text"):
        validate(obj)


def test_validator_rejects_unknown_event_type():
    obj = {"schema": "accord.analysis/1",
           "article": {"id": "a", "title": None, "url": None, "source": None, "published": None,
                       "text": "x", "removed": []},
           "actors": [], "mentions": [], "quotes": [],
           "events": [{"id": "e", "type": "HUG", "mode": None, "contexts": [], "source": [], "target": [],
                       "date": None, "date_precision": None, "status": "occurred", "location": None,
                       "trigger": {"text": "x", "start": 0, "end": 1},
                       "sentence": {"index": 0, "start": 0, "end": 1}, "confidence": 0.5,
                       "cameo": None, "quad_class": None, "goldstein": None, "plover_score": None}]}
    with pytest.raises(jsonschema.ValidationError):
        validate(obj)


@pytest.mark.slow
@pytest.mark.parametrize("text,published", ARTICLES + [
    ("Russian forces shelled districts of Kharkiv overnight, regional officials said.", "2022-05-03"),
    ("Hungarian Prime Minister Viktor Orban met officials in Beijing to discuss rail loans.", "2024-05-10"),
])
def test_every_actor_id_is_described(text, published):
    out = accord.analyze(text, published=published).to_dict()
    described = {a["id"] for a in out["actors"]}
    used = {p["actor"] for e in out["events"] for p in e["source"] + e["target"]}
    used |= {m["actor"] for m in out["mentions"]}
    assert used - {None} <= described
