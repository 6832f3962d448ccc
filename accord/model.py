"""The data model shared by every stage, shaped after the `accord.analysis/1` contract.

Each dataclass knows how to turn itself into the contract's JSON form (`to_dict`). Stages
produce these objects; only `Analysis.to_dict()` and the store ever see them whole.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

SCHEMA = "accord.analysis/1"

ActorKind = Literal["state", "igo", "organisation", "person", "group"]
Status = Literal["occurred", "announced", "anticipated", "negated", "hypothetical"]
DatePrecision = Literal["day", "month", "year", "published"]
QuoteKind = Literal["direct", "indirect", "mixed"]


@dataclass(frozen=True)
class RawDocument:
    """One input article as a source found it, before cleaning."""

    text: str
    input: str  # where it came from: a path, "path:line", or "<stdin>"
    title: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    id: str | None = None


@dataclass(frozen=True)
class Removed:
    """A block that cleaning dropped, with offsets into the raw input (end exclusive)."""

    start: int
    end: int
    reason: str


@dataclass(frozen=True)
class StageWarning:
    """A stage that failed on this article: the article is kept with what the other stages made."""

    stage: str  # actors, events, quotes
    message: str


@dataclass
class Article:
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: date | None = None
    removed: list[Removed] = field(default_factory=list)
    author: str | None = None
    input: str | None = None  # where it was read from; kept in the store, not in the contract
    warnings: list[StageWarning] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
            "text": self.text,
            "removed": [asdict(r) for r in self.removed],
            "warnings": [asdict(w) for w in self.warnings],
        }


@dataclass
class Role:
    """An office a person held: `title` in `country` from `start` to `end` (None = open)."""

    title: str
    country: str
    sector: str
    start: date | None = None
    end: date | None = None

    def held_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "country": self.country, "sector": self.sector,
                "start": self.start.isoformat() if self.start else None,
                "end": self.end.isoformat() if self.end else None}


@dataclass
class Actor:
    id: str
    name: str
    kind: ActorKind
    country: str | None
    sector: str | None = None
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "name": self.name, "kind": self.kind, "country": self.country}
        if self.sector is not None:
            out["sector"] = self.sector
        if self.role is not None:
            out["role"] = self.role
        return out


@dataclass
class Mention:
    """A span of the cleaned text that refers to an actor (`actor` None when unresolved)."""

    actor: str | None
    text: str
    start: int
    end: int
    sentence: int
    method: str  # gazetteer, title, fuzzy, ner, coref, description, ...
    sectors: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "method": self.method,
            "sectors": list(self.sectors),
        }


@dataclass
class Participant:
    actor: str | None
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "text": self.text, "start": self.start, "end": self.end}


@dataclass
class TextSpan:
    text: str
    start: int
    end: int


@dataclass
class SentenceRef:
    index: int
    start: int
    end: int


@dataclass
class Location:
    country: str | None
    name: str


@dataclass
class Event:
    id: str
    type: str
    mode: str | None
    contexts: list[str]
    source: list[Participant]
    target: list[Participant]
    date: str | None
    date_precision: DatePrecision | None
    status: Status
    location: Location | None
    trigger: TextSpan
    sentence: SentenceRef
    confidence: float
    cameo: str | None
    quad_class: int | None
    goldstein: float | None
    plover_score: float | None
    reciprocal: bool = False
    reported_by: Participant | None = None
    attribution: int | None = None  # index in `Analysis.quotes` of the attribution that states it
    evidence: list[SentenceRef] = field(default_factory=list)  # extra sentences saying the same

    @property
    def evidence_count(self) -> int:
        return 1 + len(self.evidence)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "contexts": list(self.contexts),
            "source": [p.to_dict() for p in self.source],
            "target": [p.to_dict() for p in self.target],
            "date": self.date,
            "date_precision": self.date_precision,
            "status": self.status,
            "location": asdict(self.location) if self.location else None,
            "trigger": asdict(self.trigger),
            "sentence": asdict(self.sentence),
            "confidence": round(self.confidence, 3),
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover_score": self.plover_score,
            "reciprocal": self.reciprocal,
            "reported_by": self.reported_by.to_dict() if self.reported_by else None,
            "attribution": self.attribution,
            "evidence_count": self.evidence_count,
            "evidence": [asdict(s) for s in self.evidence],
        }


@dataclass
class Quote:
    kind: QuoteKind
    text: str
    start: int
    end: int
    cue: str | None
    speaker: Participant | None
    cue_span: TextSpan | None = None  # the cue's own words ("said", "according to", "in a statement")
    cameo: str | None = None  # the CAMEO code of the speech act: 010 make statement, 016 deny, 112 accuse ...

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "cue": self.cue,
            "cue_span": asdict(self.cue_span) if self.cue_span else None,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cameo": self.cameo,
        }


@dataclass
class Analysis:
    article: Article
    actors: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "article": self.article.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "mentions": [m.to_dict() for m in self.mentions],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
        }
