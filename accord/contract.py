"""The JSON Schema of the `accord.analysis/1` contract, shipped with the package."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

import jsonschema


@lru_cache(maxsize=1)
def analysis_schema() -> dict[str, Any]:
    return json.loads(resources.files("accord").joinpath("schema/analysis.schema.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _validator() -> Any:
    """The schema checked and compiled once per process, not once per document."""
    schema = analysis_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def validate(obj: dict[str, Any]) -> None:
    """Raise `jsonschema.ValidationError` unless `obj` follows the contract, with every span
    pointing inside the article text."""
    error = jsonschema.exceptions.best_match(_validator().iter_errors(obj))
    if error is not None:
        raise error
    size = len(obj["article"]["text"])
    for where, span in _spans(obj):
        if not 0 <= span["start"] <= span["end"] <= size:
            raise jsonschema.ValidationError(f"{where} span {span['start']}-{span['end']} is outside the text")
    quotes = len(obj["quotes"])
    for event in obj["events"]:
        index = event.get("attribution")
        if index is not None and index >= quotes:
            raise jsonschema.ValidationError(
                f"event {event['id']} points to attribution {index}, but there are {quotes} quotes")


def _spans(obj: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    spans = [("mention", m) for m in obj["mentions"]] + [("quote", q) for q in obj["quotes"]]
    for event in obj["events"]:
        spans += [("event trigger", event["trigger"]), ("event sentence", event["sentence"])]
        spans += [("event participant", p) for p in event["source"] + event["target"]]
    spans += [("quote speaker", q["speaker"]) for q in obj["quotes"] if q["speaker"]]
    spans += [("quote cue", q["cue_span"]) for q in obj["quotes"] if q.get("cue_span")]
    return spans
