"""The sources stage: files, directories, JSON Lines and standard input -> RawDocument.

`iter_documents` yields one RawDocument per article in input order; an input that cannot be
read yields an `InputError` in its place and the batch goes on. It never raises for one input.

- `.txt` (or any file when `format="txt"`): one article; the title is found by `accord.clean`.
- `.html` / `.htm`: one article; text and metadata extracted by trafilatura, offline.
- `.jsonl`: one article per line (see `accord.sources.jsonl`); `input` is "path:line".
- `.rss`, `.atom`, `.xml`: an RSS or Atom feed, one article per entry (see
  `accord.sources.feeds`); `input` is "path:entry-n". An `.xml` file that is not a feed is refused.
- A directory: every `.txt`, `.text`, `.html`, `.htm`, `.jsonl`, `.rss`, `.atom`, `.xml` file
  below it, recursively, in sorted path order, skipping hidden files and directories; they are read by extension.
- `-`: standard input, plain text unless `format` says "html", "jsonl" or "feed"; `input` is "<stdin>".

`format` applies to standard input and to files named explicitly. `published` is the date
given to articles that carry none. Inputs over `MAX_BYTES` (5,000,000 bytes; per line for JSON
Lines) are refused; see `accord.sources.encoding` for encodings and binary detection.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO, TextIO

from ..errors import InputError
from ..model import RawDocument
from .encoding import MAX_BYTES, decode_bytes, refuse_binary
from .feeds import iter_feed
from .files import FORMAT_NAMES, expand, format_of, read_bytes, read_text, refuse_empty
from .html import html_document
from .jsonl import iter_jsonl

STDIN = "<stdin>"
_SNIFF_BYTES = 8192

Result = RawDocument | InputError


def iter_documents(paths: Iterable[str | Path], *, format: str | None = None,
                   published: date | None = None, stdin: TextIO | BinaryIO | None = None
                   ) -> Iterator[Result]:
    """Yield a RawDocument (or an InputError in its place) for every article in `paths`."""
    if format is not None and format not in FORMAT_NAMES:
        raise ValueError(f"Unknown format {format!r}; use one of {', '.join(FORMAT_NAMES)}.")
    for path in paths:
        if str(path) == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, format, published)
        else:
            yield from _read_path(Path(path), format, published)


def _read_path(path: Path, format: str | None, published: date | None) -> Iterator[Result]:
    try:
        files = list(expand(path))
    except InputError as error:
        yield error
        return
    explicit = format if files == [path] else None
    for file in files:
        yield from _read_file(file, explicit, published)


def _read_file(path: Path, format: str | None, published: date | None) -> Iterator[Result]:
    try:
        kind = format_of(path, format)
        if kind == "jsonl":
            yield from _read_jsonl_file(path, published)
            return
        if kind == "feed":
            yield from iter_feed(read_bytes(path), str(path), published)
            return
        yield _document(read_text(path), str(path), kind, published)
    except InputError as error:
        yield error


def _read_jsonl_file(path: Path, published: date | None) -> Iterator[Result]:
    head = read_bytes_head(path)
    if not head.strip():
        refuse_empty(head.decode("latin-1"), str(path))
    if not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        refuse_binary(head, str(path))  # once for the file instead of once per line
    with path.open("rb") as lines:
        yield from iter_jsonl(lines, str(path), published)


def read_bytes_head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(_SNIFF_BYTES)
    except OSError as error:
        raise InputError(str(path), f"The file cannot be read ({error.strerror or error}).") from None


def _document(text: str, input: str, kind: str, published: date | None) -> RawDocument:
    if kind == "html":
        return html_document(text, input, default_published=published)
    return RawDocument(text=text, input=input, published=published)


def _read_stdin(stream: TextIO | BinaryIO, format: str | None, published: date | None
                ) -> Iterator[Result]:
    binary = getattr(stream, "buffer", stream)
    if format == "jsonl":
        yield from iter_jsonl(binary, STDIN, published)
        return
    if format == "feed":
        data = binary.read(MAX_BYTES + 1)
        yield from iter_feed(data, STDIN, published)  # iter_feed refuses over-size input
        return
    try:
        data = binary.read(MAX_BYTES + 1)
        size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8"))
        if size > MAX_BYTES:
            raise InputError(STDIN, f"Standard input holds more than {MAX_BYTES:,} bytes, the limit for "
                             "one article; split it, or send JSON Lines with format jsonl.")
        text = decode_bytes(data, STDIN) if isinstance(data, bytes) else data
        refuse_empty(text, STDIN)
        yield _document(text, STDIN, format or "txt", published)
    except InputError as error:
        yield error


__all__ = ["MAX_BYTES", "STDIN", "iter_documents"]
