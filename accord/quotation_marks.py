"""Quotation marks: one regex pass pairs them into marked spans, paragraph by paragraph.

Families: double (" “ ” „), guillemets (« »), single (' ‘ ’). Inside an open span only the
closer of its own family counts, so nested quotes of the other family need no stack. A span
still open at the end of its paragraph continues when the next paragraph opens again with the
same family (the news convention for multi-paragraph quotes); otherwise it is capped at the
paragraph end (double, guillemets) or dropped (single: too easily an apostrophe).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MARK = re.compile(r"[\"“”„«»'‘’]")
PARAGRAPH = re.compile(r"[^\n]+")
OPEN_CONTEXT = " \t([{—–-/:\"“„«‘"
FAMILY = {'"': "double", "“": "double", "”": "double", "„": "double",
          "«": "guillemet", "»": "guillemet", "'": "single", "‘": "single", "’": "single"}


@dataclass
class Marked:
    """A span between quotation marks; `start`/`end` delimit the content (marks excluded)."""

    start: int
    end: int
    open_at: int
    close_at: int | None  # None when the paragraph ended first
    family: str
    paragraph: int
    group: int  # pieces of one multi-paragraph quotation share a group
    continues: bool = False  # the next paragraph continues this span


def _open_like(text: str, i: int, lo: int, hi: int) -> bool:
    before_ok = i == lo or text[i - 1] in OPEN_CONTEXT or text[i - 1].isspace()
    return before_ok and i + 1 < hi and not text[i + 1].isspace()


def _close_like(text: str, i: int, lo: int, hi: int) -> bool:
    return i > lo and not text[i - 1].isspace() and (i + 1 >= hi or not text[i + 1].isalnum())


def _opens(text: str, i: int, lo: int, hi: int) -> bool:
    c = text[i]
    if c in "“„«":
        return True
    if c == '"':
        return _open_like(text, i, lo, hi)
    if c in "'‘":  # an opening single quote is followed by a letter or a nested mark
        return _open_like(text, i, lo, hi) and (text[i + 1].isalpha() or text[i + 1] in "\"“")
    return False


def _closes(text: str, i: int, lo: int, hi: int, opener: str) -> bool:
    c = text[i]
    family = FAMILY[opener]
    if family == "guillemet":
        return c == "»"
    if family == "double":
        return c == "”" or (c == '"' and _close_like(text, i, lo, hi)) or (c == "“" and opener == "„")
    if c not in "'’" or not _close_like(text, i, lo, hi):
        return False
    plural_possessive = text[i - 1] in "sS" and text[i + 1:i + 3].strip()[:1].islower()
    return not plural_possessive


def _restarts(text: str, i: int, lo: int, hi: int, opener: str) -> bool:
    """A fresh opener of the open family: the earlier mark was unbalanced."""
    c = text[i]
    family = FAMILY[opener]
    if family == "guillemet":
        return c == "«"
    if family == "double":
        return c == "“" and opener == "“" or (c == '"' and _open_like(text, i, lo, hi)
                                               and not _close_like(text, i, lo, hi))
    return False


def _starts_with_opener(text: str, lo: int, hi: int, family: str) -> bool:
    j = lo
    while j < hi and text[j].isspace():
        j += 1
    return j < hi and FAMILY.get(text[j]) == family and _opens(text, j, lo, hi)


def _content(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def find_marked(text: str) -> list[Marked]:
    """Every marked span of `text`, in order."""
    paragraphs = [(m.start(), m.end()) for m in PARAGRAPH.finditer(text) if m.group().strip()]
    spans: list[Marked] = []
    group = 0
    carry: str | None = None  # the opener family continued from the previous paragraph
    for index, (lo, hi) in enumerate(paragraphs):
        opener: str | None = None
        open_at = lo
        for m in MARK.finditer(text, lo, hi):
            i = m.start()
            if opener is None:
                if _opens(text, i, lo, hi):
                    opener, open_at = text[i], i
                    if carry != FAMILY[opener] or open_at > lo + 3:
                        group += 1
                    carry = None
            elif _closes(text, i, lo, hi, opener):
                start, end = _content(text, open_at + 1, i)
                if end > start:
                    spans.append(Marked(start, end, open_at, i, FAMILY[opener], index, group))
                opener = None
            elif _restarts(text, i, lo, hi, opener):
                opener, open_at = text[i], i
                group += 1
        carry = None
        if opener is None or FAMILY[opener] == "single":
            continue
        start, end = _content(text, open_at + 1, hi)
        nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        continues = nxt is not None and _starts_with_opener(text, nxt[0], nxt[1], FAMILY[opener])
        if end > start:
            spans.append(Marked(start, end, open_at, None, FAMILY[opener], index, group, continues))
        carry = FAMILY[opener] if continues else None
    return spans
