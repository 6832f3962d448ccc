"""Actor-linking scoring for one gold line: each gold entry against the output mentions over it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..actors.gazetteer import slugify
from .gold import GoldActor
from .match import actor_table, canonical_id, country_level, locate, normal_title, overlap
from .scores import Counts, Tally

View = tuple[Callable[[GoldActor], bool], Callable[[GoldActor], object], Callable[[dict[str, Any]], object]]


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


def no_known_actor(mention: dict[str, Any], actors: dict[str, dict[str, Any]]) -> bool:
    """What a gold `"actor": null` allows: an unknown person's id minted from the very words
    ("person:alan-gross" for "Alan Gross"), or a non-state armed group, which gold codes null
    as it does in events (docs/gold-format.md)."""
    actor = actors.get(mention["actor"]) or {}
    minted = mention["actor"] == "person:" + slugify(mention["text"]) and actor.get("role") is None
    return minted or actor.get("kind") == "group"


def body_value(entry: GoldActor, actors: dict[str, dict[str, Any]]) -> Callable[[dict[str, Any]], object]:
    """For an entry without an id (a body or group): a mention is right when its actor belongs to
    the entry's country (a country-level code or the actor's `country`), or, for an entry with
    no country, when it is no state or IGO (a group, party, person)."""
    def value(mention: dict[str, Any]) -> object:
        actor = actors.get(mention["actor"]) or {}
        if entry.country is None:
            return "body" if actor.get("kind") not in ("state", "igo") else mention["actor"]
        return country_level(mention["actor"], actors) or actor.get("country")
    return value


def sectors_of(mention: dict[str, Any], actors: dict[str, dict[str, Any]]) -> list[str]:
    own = (actors.get(mention["actor"]) or {}).get("sector")
    return list(mention.get("sectors") or []) + ([own] if own else [])


def score_actors(gold: list[GoldActor], pred_analysis: dict[str, Any]) -> Tally:
    text = pred_analysis["article"]["text"]
    mentions = pred_analysis.get("mentions") or []
    actors = actor_table(pred_analysis)
    tasks = Tally()
    for entry in gold:
        over = linked_over(entry, text, mentions)
        if entry.actor is None and not entry.body:
            over = [m for m in over if not no_known_actor(m, actors)]
        views: dict[str, View] = {
            "actor": (lambda e: True,
                      lambda e: ("body" if e.country is None else e.country) if e.body else canonical_id(e.actor),
                      body_value(entry, actors) if entry.body else (lambda m: m["actor"])),
            "actor_country": (lambda e: (e.actor is not None or e.body) and e.country is not None, lambda e: e.country,
                              lambda m: country_level(m["actor"], actors) or (actors.get(m["actor"]) or {}).get("country")),
            "actor_role": (lambda e: e.actor is not None and e.role is not None,
                           lambda e: normal_title(e.role), lambda m: _role(actors.get(m["actor"]))),
        }
        for task, (applies, expected, value) in views.items():
            found = [v for v in map(value, over) if v is not None]
            tasks[task].add(judge(applies(entry), expected(entry), found))
        if entry.sector is not None:
            found_sectors: list[object] = [s for m in over for s in sectors_of(m, actors)]
            tasks["actor_sector"].add(judge(True, entry.sector, found_sectors))
    return tasks
