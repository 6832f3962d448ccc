"""What users see by default: the minimum confidence of the events that listings, dyad trends, the
network, shift alerts and the dashboard show. The analysis itself (`accord analyze`, the contract
JSON, the database) keeps every event with its confidence; only the views leave the weak ones out.

The default, DEFAULT_MIN_CONFIDENCE, was chosen on the dev half of the Wikinews article gold
(eval/wikinews/wikinews.jsonl) as the lowest threshold at which the events shown are at least 80%
right (event precision); `python -m accord.evaluation.real --sweep` prints the choice. Override it per command with `--min-confidence`, or for a
whole session with the environment variable ACCORD_MIN_CONFIDENCE (0 shows everything).
"""

from __future__ import annotations

import os

from ..errors import AccordError

ENV = "ACCORD_MIN_CONFIDENCE"
DEFAULT_MIN_CONFIDENCE = 0.4


def check_min_confidence(value: float, where: str = "--min-confidence") -> float:
    if not 0.0 <= value <= 1.0:
        raise AccordError(f"{where} is {value}; give a confidence between 0 and 1 (0 shows every event).")
    return value


def default_min_confidence() -> float:
    """ACCORD_MIN_CONFIDENCE when set, else DEFAULT_MIN_CONFIDENCE."""
    raw = os.environ.get(ENV, "").strip()
    if not raw:
        return DEFAULT_MIN_CONFIDENCE
    try:
        value = float(raw)
    except ValueError:
        raise AccordError(f"{ENV}={raw!r} is not a number; give a confidence between 0 and 1, "
                          f"or unset it for the default {DEFAULT_MIN_CONFIDENCE}.") from None
    return check_min_confidence(value, ENV)


def min_confidence(value: float | None) -> float:
    """The threshold a view uses: `value` when given, else the default."""
    return default_min_confidence() if value is None else check_min_confidence(value)
