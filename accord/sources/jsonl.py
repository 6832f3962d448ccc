"""JSON Lines -> RawDocument, one article per line.

Each line is an object `{"id"?, "text"?, "html"?, "title"?, "published"?, "url"?, "source"?}`
with `text` or `html` required (`text` wins when both are given). Blank lines are skipped. A line
that cannot be read yields an InputError carrying its 1-based line number; the file goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from ..errors import InputError
from ..model import RawDocument
from .dates import parse_date
from .encoding import check_size, decode_bytes
from .html import html_document

_STRING_FIELDS = ("id", "text", "html", "title", "published", "url", "source")


def iter_jsonl(lines: Iterable[bytes | str], input: str, published: date | None = None
               ) -> Iterator[RawDocument | InputError]:
    """One RawDocument or InputError per non-blank line of `lines`."""
    for number, line in enumerate(lines, start=1):
        try:
            if isinstance(line, str):
                check_size(len(line.encode("utf-8")), input, number)
            text = decode_bytes(line, input, number) if isinstance(line, bytes) else line
            if text.strip():
                yield line_document(text, input, number, published)
        except InputError as error:
            yield error


def line_document(line: str, input: str, number: int, published: date | None) -> RawDocument:
    """Parse one JSON Lines record into a RawDocument; raise InputError naming the line."""
    record = _load(line, input, number)
    fields = {key: _string_field(record, key, input, number) for key in _STRING_FIELDS}
    given_day = _published(fields["published"], input, number)
    extra = {k: fields[k] for k in ("title", "url", "source", "id")}
    text = fields["text"]
    if text is None and fields["html"] is not None:
        return html_document(fields["html"], input, line=number, published=given_day,
                             default_published=published, **extra)
    if text is None:
        raise InputError(input, 'The record has neither "text" nor "html"; give the article in one '
                         "of them.", number)
    if not text.strip():
        raise InputError(input, 'Empty article: the "text" field holds no text.', number)
    return RawDocument(text=text, input=f"{input}:{number}", published=given_day or published, **extra)


def _load(line: str, input: str, number: int) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(input, f"The line is not valid JSON ({error.msg} at column {error.colno}); "
                         "each line must be one JSON object.", number) from None
    if not isinstance(record, dict):
        raise InputError(input, f"The line is a JSON {type(record).__name__}, not an object; each line "
                         'must be an object such as {"text": "..."}.', number)
    return record


def _string_field(record: dict[str, Any], key: str, input: str, number: int) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value
    if key == "id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise InputError(input, f'The "{key}" field must be a string, not {json.dumps(value)[:40]}.', number)


def _published(value: str | None, input: str, number: int) -> date | None:
    if value is None:
        return None
    day = parse_date(value)
    if day is None:
        raise InputError(input, f'The "published" value {value!r} is not a date; write it as '
                         "YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS.", number)
    return day
