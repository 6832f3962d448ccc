"""Bytes -> text for every source: size limit, binary refusal and encoding detection.

Rules, in order:

1. Inputs over `MAX_BYTES` (5,000,000 bytes, about 800,000 words: far beyond any news article)
   are refused, so one stray dump cannot stall a batch. JSON Lines files are read line by line
   and the limit applies to each line, that is to each article.
2. A UTF-16 byte-order mark decodes as UTF-16; a UTF-8 one is stripped.
3. Binary data is refused: any NUL byte, or more than `BINARY_CONTROL_SHARE` of control bytes.
4. Strict UTF-8.
4b. For a page fetched over HTTP: the charset its server declared (Content-Type header, else a
   `<meta charset>` in the page, see `declared_charset`), Latin-1 and ASCII read as cp1252 as
   browsers do. UTF-8 comes first because legacy declarations on UTF-8 pages are a common
   server misconfiguration, and bytes that decode as strict UTF-8 are almost never anything else.
5. Mostly-ASCII bytes (at most `WESTERN_NON_ASCII_SHARE` non-ASCII) decode as cp1252, or
   Latin-1 for the five bytes cp1252 leaves undefined. charset-normalizer misreads such short
   Western texts (it took cp1252 curly quotes for Big5 and cp850 in our trials).
6. Anything else goes to charset-normalizer's best guess.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from ..errors import InputError

MAX_BYTES = 5_000_000
# Text files hold tabs, newlines and form feeds but almost no other control bytes; binary
# formats (images, archives, PDFs' streams) hold many. 10% separates them with a wide margin.
BINARY_CONTROL_SHARE = 0.10
# French or German news in cp1252 has 2-6% non-ASCII bytes; Cyrillic or Greek legacy encodings
# have over 50%. 30% keeps the first on the cp1252 path and sends the second to detection.
WESTERN_NON_ASCII_SHARE = 0.30

_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"
_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def check_size(size: int, input: str, line: int | None = None) -> None:
    """Refuse an input of `size` bytes when it is over `MAX_BYTES`."""
    if size > MAX_BYTES:
        what = "line" if line is not None else "input"
        raise InputError(input, f"The {what} is {size:,} bytes, over the {MAX_BYTES:,}-byte limit "
                         "for one article; split it into smaller files.", line)


_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_SNIFF_BYTES = 4096
# WHATWG: labels a browser decodes as windows-1252
_AS_CP1252 = frozenset({"latin1", "latin-1", "iso-8859-1", "iso8859-1", "ascii", "us-ascii", "l1"})


def declared_charset(data: bytes, header: str | None = None) -> str | None:
    """The charset a Content-Type `header` names, else the one a `<meta>` near the top of the
    HTML in `data` names; None when neither does or the name is no codec Python knows."""
    found = None
    if header:
        match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", header, re.I)
        found = match.group(1) if match else None
    if found is None:
        meta = _META_CHARSET.search(data[:_SNIFF_BYTES])
        found = meta.group(1).decode("ascii") if meta else None
    if found is None:
        return None
    name = "cp1252" if found.lower() in _AS_CP1252 else found
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, input: str, line: int | None = None, declared: str | None = None) -> str:
    """Decode `data` following the module's rules; raise InputError for binary or undecodable data.
    `declared` is the charset a web server declared for it (rule 4b)."""
    check_size(len(data), input, line)
    if data.startswith(_UTF16_BOMS):
        return _decode_utf16(data, input, line)
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM):]
    refuse_binary(data, input, line)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    return _decode_legacy(data, input, line)


def _decode_utf16(data: bytes, input: str, line: int | None) -> str:
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError:
        raise InputError(input, "The file starts with a UTF-16 byte-order mark but is not valid UTF-16; "
                         "save it again as UTF-8.", line) from None


def refuse_binary(data: bytes, input: str, line: int | None = None) -> None:
    """Raise InputError when `data` looks binary (NUL bytes or many control bytes)."""
    if b"\x00" in data:
        raise InputError(input, "Binary file, not text: it contains NUL bytes. Give a plain-text, "
                         "HTML or JSON Lines file.", line)
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if data and controls / len(data) > BINARY_CONTROL_SHARE:
        raise InputError(input, f"Binary file, not text: {controls:,} of its {len(data):,} bytes are "
                         "control characters. Give a plain-text, HTML or JSON Lines file.", line)


def _decode_legacy(data: bytes, input: str, line: int | None) -> str:
    non_ascii = sum(1 for b in data if b > 0x7F)
    if non_ascii / len(data) <= WESTERN_NON_ASCII_SHARE:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")
    best = from_bytes(data).best()
    if best is None:
        raise InputError(input, "The text encoding could not be detected; save the file as UTF-8.", line)
    return str(best)
