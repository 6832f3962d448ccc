"""Actor-linking scoring for one gold line: each gold entry against the output mentions over it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .gold import GoldActor
from .match import actor_table, canonical_id, country_level, locate, normal_title, overlap
from .scores import Counts, Tally


def linked_over(entry: GoldActor, text: str, mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The resolved output mentions that overlap any occurrence of the entry's words."""
    spans = locate(entry.text, text)
    return [m for m in mentions if m.get("actor")
            and any(overlap((m["start"], m["end"]), s) for s in spans)]


def judge(applies: bool, expected: object, found: list[object]) -> Counts:
    """One gold entry: found right -> tp; expected but not found right -> fn (plus fp when some
    other value was given); expected nothing (None) but something found -> fp."""
    if not applies:
        return Counts()
    if expected is None:
        return Counts(fp=1 if found else 0)
    if expected in found:
        return Counts(tp=1)
    return Counts(fn=1, fp=1 if found else 0)


def _role(actor: dict[str, Any] | None) -> str | None:
    return normal_title((actor or {}).get("role"))


def score_actors(gold: list[GoldActor], pred_analysis: dict[str, Any]) -> Tally:
    text = pred_analysis["article"]["text"]
    mentions = pred_analysis.get("mentions") or []
    actors = actor_table(pred_analysis)
    views: dict[str, tuple[Callable[[GoldActor], bool], Callable[[GoldActor], object],
                           Callable[[str], object]]] = {
        "actor": (lambda e: True, lambda e: canonical_id(e.actor), lambda a: a),
        "actor_country": (lambda e: e.actor is not None and e.country is not None, lambda e: e.country,
                          lambda a: country_level(a, actors) or (actors.get(a) or {}).get("country")),
        "actor_role": (lambda e: e.actor is not None and e.role is not None,
                       lambda e: normal_title(e.role), lambda a: _role(actors.get(a))),
    }
    tasks = Tally()
    for entry in gold:
        ids = [m["actor"] for m in linked_over(entry, text, mentions)]
        for task, (applies, expected, value) in views.items():
            found = [v for v in map(value, ids) if v is not None]
            tasks[task].add(judge(applies(entry), expected(entry), found))
    return tasks
