"""Gold data: read and validate the JSON Lines files of `eval/gold/` (format: docs/gold-format.md).

A malformed line raises `GoldError` naming the file and the line; nothing is silently skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import AccordError, InputError
from ..model import RawDocument
from ..sources.dates import parse_published

SPLITS = ("dev", "test")
STATUSES = ("occurred", "announced", "anticipated", "negated", "hypothetical")
QUOTE_KINDS = ("direct", "indirect", "mixed")


class GoldError(InputError):
    """A gold line that does not follow docs/gold-format.md: says which file, which line, what."""


@dataclass(frozen=True)
class GoldEvent:
    type: str
    source: tuple[str | None, ...]
    target: tuple[str | None, ...]
    status: str | None = None
    date: str | None = None
    reciprocal: bool = False


@dataclass(frozen=True)
class GoldQuote:
    text: str
    kind: str | None = None
    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None


@dataclass(frozen=True)
class GoldActor:
    text: str
    actor: str | None
    country: str | None = None
    role: str | None = None


@dataclass
class GoldLine:
    """One annotated input. A task's list is None when the line was not annotated for it."""

    id: str
    text: str
    file: str
    line: int
    split: str | None = None
    title: str | None = None
    published: date | None = None
    tags: tuple[str, ...] = ()
    events: list[GoldEvent] | None = None
    quotes: list[GoldQuote] | None = None
    actors: list[GoldActor] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_raw(self) -> RawDocument:
        return RawDocument(text=self.text, input=f"{self.file}:{self.line}", title=self.title,
                           published=self.published, id=self.id)


class _Line:
    """Field readers for one JSON object; every failure names the file, the line and the key."""

    def __init__(self, obj: dict[str, Any], file: str, line: int):
        self.obj, self.file, self.line = obj, file, line

    def fail(self, message: str) -> GoldError:
        return GoldError(self.file, message, line=self.line)

    def get(self, obj: dict[str, Any], key: str, types: tuple[type, ...], where: str,
            required: bool = False) -> Any:
        if key not in obj or obj[key] is None:
            if required:
                raise self.fail(f"{where}: the key {key!r} is required (see docs/gold-format.md)")
            return None
        value = obj[key]
        if not isinstance(value, types) or isinstance(value, bool) and bool not in types:
            names = " or ".join(t.__name__ for t in types)
            raise self.fail(f"{where}: {key!r} must be {names}, not {json.dumps(value)[:60]}")
        return value

    def choice(self, obj: dict[str, Any], key: str, allowed: tuple[str, ...], where: str) -> str | None:
        value = self.get(obj, key, (str,), where)
        if value is not None and value not in allowed:
            raise self.fail(f"{where}: {key!r} is {value!r}; expected one of {', '.join(allowed)}")
        return str(value) if value is not None else None

    def codes(self, obj: dict[str, Any], key: str, where: str) -> tuple[str | None, ...]:
        value = self.get(obj, key, (list,), where) or []
        if not all(v is None or isinstance(v, str) for v in value):
            raise self.fail(f"{where}: {key!r} must list actor codes (strings or null), not {value}")
        return tuple(value)

    def locate(self, needle: str, where: str) -> None:
        if needle not in self.obj["text"]:
            raise self.fail(f"{where}: the text {needle[:50]!r} does not occur in the line's `text`")

    def items(self, key: str) -> list[dict[str, Any]] | None:
        value = self.get(self.obj, key, (list,), "line")
        if value is not None and not all(isinstance(v, dict) for v in value):
            raise self.fail(f"{key!r} must be a list of objects")
        return list(value) if value is not None else None


def _event(r: _Line, obj: dict[str, Any], n: int) -> GoldEvent:
    where = f"events[{n}]"
    kind = r.get(obj, "type", (str,), where, required=True)
    if kind != kind.upper():
        raise r.fail(f"{where}: PLOVER types are upper case: write {kind.upper()!r}, not {kind!r}")
    return GoldEvent(type=kind, source=r.codes(obj, "source", where), target=r.codes(obj, "target", where),
                     status=r.choice(obj, "status", STATUSES, where), date=r.get(obj, "date", (str,), where),
                     reciprocal=bool(r.get(obj, "reciprocal", (bool,), where)))


def _quote(r: _Line, obj: dict[str, Any], n: int) -> GoldQuote:
    where = f"quotes[{n}]"
    text = r.get(obj, "text", (str,), where, required=True)
    speaker_text = r.get(obj, "speaker_text", (str,), where)
    cue = r.get(obj, "cue", (str,), where)
    r.locate(text, where)
    for words in (speaker_text, cue):
        if words:
            r.locate(words, where)
    return GoldQuote(text=text, kind=r.choice(obj, "kind", QUOTE_KINDS, where),
                     speaker=r.get(obj, "speaker", (str,), where), speaker_text=speaker_text, cue=cue)


def _actor(r: _Line, obj: dict[str, Any], n: int) -> GoldActor:
    where = f"actors[{n}]"
    text = r.get(obj, "text", (str,), where, required=True)
    r.locate(text, where)
    if "actor" not in obj:
        raise r.fail(f"{where}: the key 'actor' is required (an actor id, or null for words that "
                     "must not become an actor)")
    return GoldActor(text=text, actor=r.get(obj, "actor", (str,), where),
                     country=r.get(obj, "country", (str,), where), role=r.get(obj, "role", (str,), where))


def _published(r: _Line) -> date | None:
    value = r.get(r.obj, "published", (str,), "line")
    try:
        return parse_published(value)
    except (ValueError, AccordError):
        raise r.fail(f"'published' is {value!r}; write YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS") from None


def parse_line(obj: Any, file: str, line: int) -> GoldLine:
    """Validate one decoded JSON value as a gold line."""
    if not isinstance(obj, dict):
        raise GoldError(file, "each line must be one JSON object", line=line)
    r = _Line(obj, file, line)
    gold = GoldLine(id=r.get(obj, "id", (str,), "line", required=True),
                    text=r.get(obj, "text", (str,), "line", required=True), file=file, line=line,
                    split=r.choice(obj, "split", SPLITS, "line"), title=r.get(obj, "title", (str,), "line"),
                    published=_published(r), tags=tuple(r.get(obj, "tags", (list,), "line") or ()))
    events, quotes, actors = r.items("events"), r.items("quotes"), r.items("actors")
    gold.events = None if events is None else [_event(r, e, n) for n, e in enumerate(events)]
    gold.quotes = None if quotes is None else [_quote(r, q, n) for n, q in enumerate(quotes)]
    gold.actors = None if actors is None else [_actor(r, a, n) for n, a in enumerate(actors)]
    return gold


def read_gold_file(path: str | Path) -> list[GoldLine]:
    """Every line of one gold file (blank lines skipped)."""
    name = str(path)
    try:
        rows = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GoldError(name, f"cannot read the gold file: {exc.strerror}") from None
    out = []
    for n, row in enumerate(rows, start=1):
        if not row.strip():
            continue
        try:
            obj = json.loads(row)
        except json.JSONDecodeError as exc:
            raise GoldError(name, f"not valid JSON: {exc.msg} (column {exc.colno})", line=n) from None
        out.append(parse_line(obj, name, n))
    return out


def load_gold(paths: Iterable[str | Path], split: str | None = None) -> list[GoldLine]:
    """Read gold files, check ids are unique across them, keep the lines of `split` (None: all)."""
    if split is not None and split not in SPLITS:
        raise GoldError("--split", f"unknown split {split!r}; expected one of {', '.join(SPLITS)}")
    lines: list[GoldLine] = []
    seen: dict[str, GoldLine] = {}
    for path in paths:
        for gold in read_gold_file(path):
            if gold.id in seen:
                first = seen[gold.id]
                raise GoldError(gold.file, f"duplicate id {gold.id!r} (first at {first.file}:{first.line})",
                                line=gold.line)
            seen[gold.id] = gold
            lines.append(gold)
    return [g for g in lines if split is None or g.split == split]
