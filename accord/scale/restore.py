"""The contract object (`Analysis.to_dict()`) back into an `Analysis`.

Reads what `accord.scale.tables.analysis_record` writes: the contract plus `article.author`,
`article.input` and `mentions[].sectors`, which are optional, so a plain contract object from
`accord analyze --json` rebuilds too. Derived keys (`evidence_count`, `schema`) are ignored.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..model import (
    Actor,
    Analysis,
    Article,
    Event,
    Location,
    Mention,
    Participant,
    Quote,
    Removed,
    SentenceRef,
    StageWarning,
    TextSpan,
)


def _participant(d: dict[str, Any] | None) -> Participant | None:
    return None if d is None else Participant(d["actor"], d["text"], d["start"], d["end"])


def _sentence(d: dict[str, Any]) -> SentenceRef:
    return SentenceRef(d["index"], d["start"], d["end"])


def _article(d: dict[str, Any]) -> Article:
    return Article(
        id=d["id"], text=d["text"], title=d.get("title"), url=d.get("url"), source=d.get("source"),
        published=date.fromisoformat(d["published"]) if d.get("published") else None,
        removed=[Removed(r["start"], r["end"], r["reason"]) for r in d.get("removed", [])],
        author=d.get("author"), input=d.get("input"),
        warnings=[StageWarning(w["stage"], w["message"]) for w in d.get("warnings", [])],
    )


def _actor(d: dict[str, Any]) -> Actor:
    return Actor(d["id"], d["name"], d["kind"], d.get("country"), d.get("sector"), d.get("role"))


def _mention(d: dict[str, Any]) -> Mention:
    return Mention(d["actor"], d["text"], d["start"], d["end"], d["sentence"], d["method"],
                   tuple(d.get("sectors", ())))


def _event(d: dict[str, Any]) -> Event:
    loc, trig = d.get("location"), d["trigger"]
    return Event(
        id=d["id"], type=d["type"], mode=d.get("mode"), contexts=list(d.get("contexts", [])),
        source=[_participant(p) for p in d.get("source", [])],  # type: ignore[misc]  # never None here
        target=[_participant(p) for p in d.get("target", [])],  # type: ignore[misc]
        date=d.get("date"), date_precision=d.get("date_precision"), status=d["status"],
        location=Location(loc.get("country"), loc["name"]) if loc else None,
        trigger=TextSpan(trig["text"], trig["start"], trig["end"]), sentence=_sentence(d["sentence"]),
        confidence=d["confidence"], cameo=d.get("cameo"), quad_class=d.get("quad_class"),
        goldstein=d.get("goldstein"), plover_score=d.get("plover_score"),
        reciprocal=d.get("reciprocal", False), reported_by=_participant(d.get("reported_by")),
        attribution=d.get("attribution"), evidence=[_sentence(s) for s in d.get("evidence", [])],
    )


def _quote(d: dict[str, Any]) -> Quote:
    cue = d.get("cue_span")
    return Quote(d["kind"], d["text"], d["start"], d["end"], d.get("cue"), _participant(d.get("speaker")),
                 TextSpan(cue["text"], cue["start"], cue["end"]) if cue else None, d.get("cameo"))


def analysis_from_dict(d: dict[str, Any]) -> Analysis:
    """An `Analysis` from its contract object, the inverse of `Analysis.to_dict()`."""
    return Analysis(
        article=_article(d["article"]),
        actors=[_actor(a) for a in d.get("actors", [])],
        mentions=[_mention(m) for m in d.get("mentions", [])],
        events=[_event(e) for e in d.get("events", [])],
        quotes=[_quote(q) for q in d.get("quotes", [])],
    )
