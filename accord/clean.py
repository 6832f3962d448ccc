"""Cleaning: Unicode normalisation, title detection and removal of blocks repeated by bad scraping.

`clean(raw, title=None) -> Cleaned` works in three passes, each recording where its output
characters came from, so that `Cleaned.to_raw(offset)` maps any cleaned offset to the raw text:

1. Characters. Line endings (CRLF, CR, U+2028/2029, VT, FF, NEL) become "\\n"; tabs, NBSP and
   the other Unicode spaces become " " (same length); zero-width space, word joiner, BOM, soft
   hyphen and direction marks are dropped, as are control characters; ligatures (U+FB00-FB06)
   are spelt out and combining accents composed (NFC). Quotes, dashes and the zero-width
   (non-)joiners, which carry meaning in some scripts and emoji, are left alone.
2. Layout. Spaces at line ends are dropped, runs of blank lines collapse to one, and leading and
   trailing blank lines go.
3. Repeated blocks. A block is a line, or a blank-line-separated paragraph when the text is hard
   wrapped (see `_hard_wrapped`). A block is dropped when its key (case-folded, punctuation
   removed, whitespace collapsed) equals an earlier block's, or is `NEAR_DUPLICATE_RATIO` similar
   with the same numbers; blocks shorter than `MIN_REPEAT_CHARS` stay (datelines, "Advertisement",
   "- Item one"), except repeats of the title. A known headline glued to the start of a paragraph
   loses only the headline part. Each drop is listed in `Cleaned.removed` with offsets in `raw`.

Title rule, when the input gives none: among the first `TITLE_SEARCH_BLOCKS` blocks, the first
single line that is headline-like becomes the title: 2 to `MAX_TITLE_WORDS` words, 10 to
`MAX_TITLE_CHARS` characters, not ending in `. , ; : -` (a "?" or "!" is fine), not a list item,
byline ("By ...") or dateline ("OTTAWA (Reuters)"), and either in title case or followed by a
blank line. A lede paragraph may come before it. The title line stays in the text. When the
input gives a title, a first body block repeating it is dropped as a "repeated headline".
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from .model import Removed

# Blocks shorter than this (after normalisation) are never removed as repeats, except repeats
# of the title: short lines recur legitimately (datelines, "Advertisement", list items, "Reuters").
MIN_REPEAT_CHARS = 30
# A repeated title is removed when at least this long (a 2-3 word headline), any repeat of a
# given title when it is the first body block.
MIN_TITLE_REPEAT_CHARS = 12
# fuzz.ratio on normalised keys. Re-scraped copies differ by a few characters (a dropped comma,
# a mistyped or dropped word in a long paragraph): 98-100 in our samples. Two different quotes
# sharing a frame ('"...," he said.') score 75-80, "- Item one"/"- Item two" 75, and a one-word
# change in a 50-70 character quote 93-94. 95 sits above all legitimate pairs we tried; the
# equal-numbers guard keeps apart paragraphs that differ only by a figure or a date.
NEAR_DUPLICATE_RATIO = 95
MAX_TITLE_CHARS = 150
MAX_TITLE_WORDS = 20
TITLE_SEARCH_BLOCKS = 3
# Near-duplicate search (quadratic) runs only on texts of at most this many blocks: news
# articles have well under 200 paragraphs, and a 5 MB text of 17,000 paragraphs took 30 s.
# Longer texts still lose their exact (normalised-key) repeats.
MAX_FUZZY_BLOCKS = 500
# A headline glued to a paragraph is recognised only when it has at least this many words, and
# only the title and the first few headlines are looked for (an article has a handful).
MIN_GLUED_HEADLINE_WORDS = 3
MAX_GLUED_HEADLINES = 20
# Hard-wrap detection: lines of 40-100 characters, ending without punctuation and followed by
# another line, make up at least half of the lines that are followed by another line.
WRAP_LINE_CHARS = (40, 100)
WRAP_SHARE = 0.5

REPEATED_HEADLINE = "repeated headline"
REPEATED_PARAGRAPH = "repeated paragraph"
GLUED_HEADLINE = "headline glued to paragraph"


class OffsetMap:
    """Maps offsets of a derived text back to its source, piece by piece.

    A piece is (start, length, source_start, source_length): equal lengths map one to one;
    otherwise (a ligature spelt out, CRLF -> LF) every character maps to `source_start`.
    """

    def __init__(self, pieces: list[tuple[int, int, int, int]], source_length: int):
        self._pieces = pieces
        self._starts = [p[0] for p in pieces]
        self._source_length = source_length
        self._length = pieces[-1][0] + pieces[-1][1] if pieces else 0

    def __call__(self, offset: int) -> int:
        offset = max(offset, 0)
        if offset >= self._length:  # the end of the derived text is the end of the source
            return self._source_length
        index = bisect.bisect_right(self._starts, offset) - 1
        start, length, source_start, source_length = self._pieces[index]
        return source_start + (offset - start if length == source_length else 0)

    def end(self, offset: int) -> int:
        """Map an exclusive end offset (the source end of the character before it)."""
        if offset <= 0 or not self._pieces:
            return self(0)
        index = bisect.bisect_right(self._starts, offset - 1) - 1
        start, length, source_start, source_length = self._pieces[index]
        if length == source_length:
            return source_start + (offset - start)
        return source_start + source_length


class _Builder:
    """Accumulates a derived text from slices and replacements of a source text."""

    def __init__(self, source: str):
        self.source = source
        self.parts: list[str] = []
        self.pieces: list[tuple[int, int, int, int]] = []
        self.length = 0

    def keep(self, start: int, end: int) -> None:
        self.put(self.source[start:end], start, end)

    def put(self, text: str, start: int, end: int) -> None:
        if not text:
            return
        self.parts.append(text)
        self.pieces.append((self.length, len(text), start, end - start))
        self.length += len(text)

    def build(self) -> tuple[str, OffsetMap]:
        return "".join(self.parts), OffsetMap(self.pieces, len(self.source))


@dataclass
class Cleaned:
    """The cleaned article: `text` (with the title line, if any), `title`, the `removed` blocks
    (offsets into the raw input) and the maps behind `to_raw`."""

    text: str
    title: str | None
    removed: list[Removed] = field(default_factory=list)
    maps: list[OffsetMap] = field(default_factory=list, repr=False, compare=False)

    def to_raw(self, offset: int) -> int:
        """The raw offset of the character at cleaned `offset` (len(text) maps to the raw end)."""
        for mapping in reversed(self.maps):
            offset = mapping(offset)
        return offset

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        """A cleaned [start, end) span as a raw [start, end) span."""
        if end <= start:
            return self.to_raw(start), self.to_raw(start)
        raw_end = end
        for mapping in reversed(self.maps):
            raw_end = mapping.end(raw_end)
        return self.to_raw(start), raw_end


# ---------------------------------------------------------------- pass 1: characters

_NEWLINES = "\r\x0b\x0c\x85\u2028\u2029"
_SPACE_CHARS = frozenset("\t\u00a0\u1680\u202f\u205f\u3000") | {chr(c) for c in range(0x2000, 0x200B)}
_SPACES = "".join(sorted(_SPACE_CHARS))
_DROPPED = "\x00-\x08\x0e-\x1f\x7f\u00ad\u200b\u200e\u200f\u2060\ufeff"
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
              "\ufb05": "st", "\ufb06": "st"}
_CHAR_FIXES = re.compile(
    rf"\r\n|[{_NEWLINES}]|[{_SPACES}]|[{_DROPPED}]|[{''.join(_LIGATURES)}]|[^\n][\u0300-\u036f]+")


def _replacement(match: str) -> str:
    if match == "\r\n" or match in _NEWLINES:
        return "\n"
    if match in _SPACE_CHARS:
        return " "
    if match in _LIGATURES:
        return _LIGATURES[match]
    if len(match) > 1:
        return unicodedata.normalize("NFC", match)
    return ""


def normalise(raw: str) -> tuple[str, OffsetMap]:
    """Pass 1: odd characters replaced or dropped; returns the text and its map to `raw`."""
    builder = _Builder(raw)
    position = 0
    for match in _CHAR_FIXES.finditer(raw):
        builder.keep(position, match.start())
        fixed = _replacement(match.group())
        if len(fixed) == len(match.group()):
            for i, char in enumerate(fixed):  # keep one-to-one pieces one-to-one
                builder.put(char, match.start() + i, match.start() + i + 1)
        else:
            builder.put(fixed, match.start(), match.end())
        position = match.end()
    builder.keep(position, len(raw))
    return builder.build()


# ---------------------------------------------------------------- pass 2: layout


@dataclass
class _Line:
    start: int
    end: int
    blank_before: bool


def _lines(text: str) -> list[_Line]:
    """Non-blank lines of `text` with their content bounds (outer spaces excluded)."""
    lines: list[_Line] = []
    blank = False
    offset = 0
    for content in text.split("\n"):
        if content.strip():
            left = len(content) - len(content.lstrip())
            lines.append(_Line(offset + left, offset + len(content.rstrip()), blank and bool(lines)))
            blank = False
        else:
            blank = True
        offset += len(content) + 1
    return lines


def _relayout(text: str) -> tuple[str, OffsetMap]:
    """Pass 2: outer line spaces and extra blank lines dropped, one blank line kept at most."""
    builder = _Builder(text)
    previous: _Line | None = None
    for line in _lines(text):
        if previous is not None:
            first = text.index("\n", previous.end)
            builder.keep(first, first + 1)
            if line.blank_before:
                second = text.index("\n", first + 1)
                builder.keep(second, second + 1)
        builder.keep(line.start, line.end)
        previous = line
    return builder.build()


# ---------------------------------------------------------------- blocks and titles


@dataclass
class _Block:
    start: int
    end: int
    blank_after: bool
    text: str


def _blocks(text: str) -> list[_Block]:
    lines = _lines(text)
    groups: list[list[_Line]] = []
    wrapped = _hard_wrapped(text, lines)
    for line in lines:
        if groups and wrapped and not line.blank_before:
            groups[-1].append(line)
        else:
            groups.append([line])
    return [_Block(g[0].start, g[-1].end, i + 1 < len(groups) and groups[i + 1][0].blank_before,
                   text[g[0].start:g[-1].end]) for i, g in enumerate(groups)]


def _hard_wrapped(text: str, lines: list[_Line]) -> bool:
    """True when most lines that run on into the next look cut by a fixed width."""
    running_on = [a for a, b in zip(lines, lines[1:], strict=False) if not b.blank_before]
    low, high = WRAP_LINE_CHARS
    cut = [a for a in running_on
           if low <= a.end - a.start <= high and not re.search(r"[.!?:;\"'”’)]$", text[a.start:a.end])]
    return len(cut) >= 3 and len(cut) >= WRAP_SHARE * len(running_on)


_SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor",
                          "of", "on", "or", "over", "the", "to", "up", "vs", "via", "with", "amid",
                          "after", "before", "than", "that"})
_BULLET = re.compile(r"^\s*(?:[-*•–—]|\d{1,3}[.)])\s")
_BYLINE = re.compile(r"^(?:by|from|updated|published|posted)\b", re.IGNORECASE)
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+(?:\s*,\s*[A-Z][a-z]+\.? \d|\s*\()")


def _headline_like(line: str) -> bool:
    """A single short line without a final full stop that is not a list item or dateline."""
    words = line.split()
    return ("\n" not in line and 2 <= len(words) <= MAX_TITLE_WORDS and 10 <= len(line) <= MAX_TITLE_CHARS
            and not re.search(r"[.,;:\-–—]$", line.rstrip("\"'”’)]"))
            and not (_BULLET.match(line) or _BYLINE.match(line) or _DATELINE.match(line)))


def _title_case(line: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’.-]*", line) if w.lower() not in _SMALL_WORDS]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def is_headline(line: str) -> bool:
    """A headline: a short title-case line without a final full stop. The one definition every
    stage uses (cleaning finds titles with it; the actor and event stages distrust such lines)."""
    line = line.strip()
    return _headline_like(line) and _title_case(line)


def _find_title(blocks: list[_Block]) -> _Block | None:
    for block in blocks[:TITLE_SEARCH_BLOCKS]:
        if _headline_like(block.text) and (_title_case(block.text) or block.blank_after):
            return block
    return None


# ---------------------------------------------------------------- pass 3: repeated blocks


def _key(text: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())


@dataclass
class _Seen:
    key: str
    headline: bool
    title: bool = False
    bullet: bool = False


class _Memory:
    """The blocks kept so far, looked up by exact key, then by near-duplicate key."""

    def __init__(self, near: bool = True) -> None:
        self.near = near  # whether to look for near duplicates at all
        self.by_key: dict[str, _Seen] = {}
        self.fuzzy: list[_Seen] = []  # long non-bullet blocks, the near-duplicate candidates

    def add(self, seen: _Seen) -> None:
        self.by_key.setdefault(seen.key, seen)
        if self.near and not seen.bullet and len(seen.key) >= MIN_REPEAT_CHARS:
            self.fuzzy.append(seen)

    def repeated(self, key: str, bullet: bool, first: bool) -> _Seen | None:
        """The earlier block that `key` repeats, if it is long enough to count as a repeat."""
        earlier = self.by_key.get(key)
        if earlier is not None and (len(key) >= MIN_REPEAT_CHARS or (
                earlier.title and (first or len(key) >= MIN_TITLE_REPEAT_CHARS))):
            return earlier
        if bullet or len(key) < MIN_REPEAT_CHARS or not self.fuzzy:
            return None
        numbers = re.findall(r"\d+", key)
        matches = process.extract(key, [s.key for s in self.fuzzy], scorer=fuzz.ratio,
                                  score_cutoff=NEAR_DUPLICATE_RATIO, limit=None)
        for _, _, index in matches:
            if re.findall(r"\d+", self.fuzzy[index].key) == numbers:
                return self.fuzzy[index]
        return None


def _headline_pattern(headline: str) -> re.Pattern[str] | None:
    """Matches `headline` (any case and spacing) at the start of a text, when a new sentence or
    a word glued without a space follows it."""
    words = headline.split()
    if len(words) < MIN_GLUED_HEADLINE_WORDS:
        return None
    return re.compile(r"(?i:" + r"\s+".join(re.escape(w) for w in words) + r")(?=\s*[A-Z0-9\"'“‘(])")


def _glued(text: str, headlines: list[re.Pattern[str]]) -> int:
    """Length of a known headline glued to the start of `text` (0 when none)."""
    for pattern in headlines:
        match = pattern.match(text)
        if match and len(text[match.end():].split()) >= 2:
            return match.end()
    return 0


@dataclass
class _Drop:
    start: int  # span removed from the text (block plus a separator)
    end: int
    shown: tuple[int, int]  # span reported in `removed` (the repeated text only)
    reason: str


def _find_drops(text: str, blocks: list[_Block], title: str | None, title_block: _Block | None
                ) -> list[_Drop]:
    seen = _Memory(near=len(blocks) <= MAX_FUZZY_BLOCKS)
    if title:
        seen.add(_Seen(_key(title), headline=True, title=True))
    headlines: list[re.Pattern[str]] = []
    if title and (pattern := _headline_pattern(title)):
        headlines.append(pattern)
    drops: list[_Drop] = []
    for index, block in enumerate(blocks):
        drop = _check_block(text, blocks, index, seen, headlines, drops)
        if drop is not None:
            drops.append(drop)
            continue
        is_title = block is title_block
        headline = is_title or is_headline(block.text)
        seen.add(_Seen(_key(block.text), headline, is_title, bool(_BULLET.match(block.text))))
        if headline and len(headlines) < MAX_GLUED_HEADLINES and (pattern := _headline_pattern(block.text)):
            headlines.append(pattern)
    return drops


def _check_block(text: str, blocks: list[_Block], index: int, seen: _Memory,
                 headlines: list[re.Pattern[str]], drops: list[_Drop]) -> _Drop | None:
    block = blocks[index]
    if len(blocks) == 1:
        return None  # never empty an article
    bullet = bool(_BULLET.match(block.text))
    first = index == 0
    earlier = seen.repeated(_key(block.text), bullet, first)
    if earlier is not None:
        reason = REPEATED_HEADLINE if earlier.headline else REPEATED_PARAGRAPH
        start, end = _block_span(text, blocks, index, drops)
        return _Drop(start, end, (block.start, block.end), reason)
    glued = _glued(block.text, headlines)
    if glued:
        rest = re.match(r"\s*", block.text[glued:])
        skip = glued + (rest.end() if rest else 0)
        if seen.repeated(_key(block.text[skip:]), bullet, first) is not None:
            start, end = _block_span(text, blocks, index, drops)
            return _Drop(start, end, (block.start, block.end), REPEATED_PARAGRAPH)
        return _Drop(block.start, block.start + skip, (block.start, block.start + glued), GLUED_HEADLINE)
    return None


def _block_span(text: str, blocks: list[_Block], index: int, drops: list[_Drop]) -> tuple[int, int]:
    """The block with the separator after it, or before it for the last block."""
    if index + 1 < len(blocks):
        return blocks[index].start, blocks[index + 1].start
    dropped = {(d.shown[0]) for d in drops if d.reason != GLUED_HEADLINE}
    kept = [b for b in blocks[:index] if b.start not in dropped]
    return (kept[-1].end if kept else 0), len(text)


def _without(text: str, drops: list[_Drop]) -> tuple[str, OffsetMap]:
    builder = _Builder(text)
    position = 0
    for drop in sorted(drops, key=lambda d: d.start):
        builder.keep(position, max(position, drop.start))
        position = max(position, drop.end)
    builder.keep(position, len(text))
    return builder.build()


# ---------------------------------------------------------------- entry point


_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(value: str) -> str:
    """Lone UTF-16 surrogates as U+FFFD, one character for one (offsets keep). JSON's `\\ud800`
    escapes can carry them into a str, and no UTF-8 output, database or hash can take them."""
    return _SURROGATE.sub("\ufffd", value)


def clean(raw: str, title: str | None = None) -> Cleaned:
    """Normalise `raw` and drop repeated blocks; detect a title when `title` is None."""
    text1, map1 = normalise(raw)
    text2, map2 = _relayout(text1)
    given = " ".join(normalise(title)[0].split()) if title and title.strip() else None
    blocks = _blocks(text2)
    title_block = None if given else _find_title(blocks)
    drops = _find_drops(text2, blocks, given, title_block)
    text3, map3 = _without(text2, drops)
    cleaned = Cleaned(text=text3, title=given or (title_block.text if title_block else None),
                      maps=[map1, map2, map3])
    cleaned.removed = [_removed(drop, map1, map2) for drop in sorted(drops, key=lambda d: d.shown)]
    return cleaned


def _removed(drop: _Drop, map1: OffsetMap, map2: OffsetMap) -> Removed:
    start, end = drop.shown
    return Removed(map1(map2(start)), map1.end(map2.end(end)), drop.reason)
