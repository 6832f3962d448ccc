"""Temporal expressions -> dates with a precision, resolved against the publication date.

A small rule-based resolver: `find_dates(text, published)` finds the expressions news uses for
when something happened ("on June 23, 2025", "23 June", "last Tuesday", "on Monday", "in March",
"March 2024", "in 2019", "two weeks ago", "yesterday", "next month", "by the end of the year")
and resolves each to an ISO date string at precision `day`, `month` or `year`.

Expressions without a year, weekdays and bare months are ambiguous between past and future: the
caller passes `direction` (-1 the past, +1 the future, 0 the nearest) from the event's status,
since "on Monday" in an account of what happened is the Monday before publication, while "will
meet on Monday" is the one after.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

Precision = Literal["day", "month", "year"]

MONTHS = {name: i for i, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
     ("november", "nov"), ("december", "dec")], start=1) for name in names}
WEEKDAYS = {name: i for i, name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "a few": 3}

_MONTH = (r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?P<num>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)"

# (name, compiled pattern); the longest match at a position wins, ties go to the earlier pattern.
PATTERNS = [(name, re.compile(rx, flags)) for name, rx, flags in [
    ("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b", 0),
    ("mdy", rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?", 0),
    ("dmy", rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}\b)?", 0),
    ("my", rf"\b(?:(?P<part>early|mid|late|end of|the end of)[\s-]+)?{_MONTH}\s+(?:of\s+)?{_YEAR}\b", 0),
    ("month", rf"\b(?:(?:in|during|since|until|by|from|of|early|mid|late|last|this|next|earlier)[\s-]+|mid-){_MONTH}\b"
              r"(?!\s+\d)", 0),
    ("year", rf"\b(?:(?:in|during|since|until|by|of|early|mid|late|throughout)[\s-]+|mid-){_YEAR}\b", 0),
    ("relday", r"\b(?P<rel>yesterday|today|tomorrow|tonight|last night|this (?:morning|afternoon|evening)"
               r"|overnight|the day before yesterday|the day after tomorrow)\b", re.I),
    ("weekday", rf"\b(?:(?P<which>last|this|next|on|early|late|earlier on|on the morning of)\s+)?{_WEEKDAY}"
                r"(?:\s+(?:morning|afternoon|evening|night))?\b", 0),
    ("ago", rf"\b{_NUM}\s+(?P<unit>day|week|month|year)s?\s+(?:ago|earlier)\b", re.I),
    ("relunit", r"\b(?P<which>last|this|next|earlier this|later this|the end of this|the end of the"
                r"|end of the|end of this|the coming|the past)\s+(?P<unit>week|month|year)\b", re.I),
]]


@dataclass(frozen=True)
class DateMention:
    """A temporal expression at [start, end) of the text, resolved to `value` at `precision`."""

    text: str
    start: int
    end: int
    value: str
    precision: Precision


def _closest(candidates: list[date], published: date, direction: int) -> date:
    if direction < 0:
        past = [d for d in candidates if d <= published]
        return max(past) if past else min(candidates)
    if direction > 0:
        future = [d for d in candidates if d >= published]
        return min(future) if future else max(candidates)
    return min(candidates, key=lambda d: (abs((d - published).days), d > published))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_day(month: int, day: int, year: int | None, published: date | None, direction: int) -> tuple[str, Precision] | None:
    if year is not None:
        d = _safe_date(year, month, day)
        return (d.isoformat(), "day") if d else None
    if published is None:
        return None
    candidates = [d for y in (published.year - 1, published.year, published.year + 1)
                  if (d := _safe_date(y, month, day))]
    return (_closest(candidates, published, direction).isoformat(), "day") if candidates else None


def _month_only(month: int, published: date | None, direction: int) -> tuple[str, Precision] | None:
    if published is None:
        return None
    candidates = [date(y, month, 1) for y in (published.year - 1, published.year, published.year + 1)]
    anchor = published.replace(day=1)
    return _closest(candidates, anchor, direction).strftime("%Y-%m"), "month"


def _weekday(name: str, which: str | None, published: date | None, direction: int) -> tuple[str, Precision] | None:
    if published is None:
        return None
    target = WEEKDAYS[name.lower()]
    back = (published.weekday() - target) % 7
    forward = (target - published.weekday()) % 7
    which = (which or "").lower()
    if which == "last":
        d = published - timedelta(days=back or 7)
    elif which == "next":
        d = published + timedelta(days=forward or 7)
    elif direction > 0:
        d = published + timedelta(days=forward)
    else:
        d = published - timedelta(days=back)
    return d.isoformat(), "day"


def _shift_months(d: date, months: int) -> date:
    total = d.year * 12 + d.month - 1 + months
    return date(total // 12, total % 12 + 1, 1)


def _relative_day(rel: str, published: date | None) -> tuple[str, Precision] | None:
    if published is None:
        return None
    offsets = {"yesterday": -1, "the day before yesterday": -2, "tomorrow": 1, "the day after tomorrow": 2,
               "last night": -1}
    return (published + timedelta(days=offsets.get(rel.lower(), 0))).isoformat(), "day"


def _ago(num: str, unit: str, published: date | None) -> tuple[str, Precision] | None:
    if published is None:
        return None
    n = int(num) if num.isdigit() else NUMBERS[num.lower()]
    unit = unit.lower()
    if unit in ("day", "week"):
        return (published - timedelta(days=n * (7 if unit == "week" else 1))).isoformat(), "day"
    if unit == "month":
        return _shift_months(published, -n).strftime("%Y-%m"), "month"
    return str(published.year - n), "year"


def _relative_unit(which: str, unit: str, published: date | None) -> tuple[str, Precision] | None:
    if published is None:
        return None
    which, unit = which.lower(), unit.lower()
    step = -1 if which in ("last", "the past") else 1 if which in ("next", "the coming") else 0
    if unit == "week":
        return None  # a week is no precision accord reports
    if unit == "month":
        return _shift_months(published, step).strftime("%Y-%m"), "month"
    return str(published.year + step), "year"


def _resolve(name: str, m: re.Match[str], published: date | None, direction: int) -> tuple[str, Precision] | None:
    g = m.groupdict()
    year = int(g["year"]) if g.get("year") else None
    if name == "iso":
        d = _safe_date(int(g["year"]), int(g["month"]), int(g["day"]))
        return (d.isoformat(), "day") if d else None
    if name in ("mdy", "dmy"):
        return _month_day(MONTHS[g["month"].lower().rstrip(".")], int(g["day"]), year, published, direction)
    if name == "my":
        return f"{year:04d}-{MONTHS[g['month'].lower().rstrip('.')]:02d}", "month"
    if name == "month":
        return _month_only(MONTHS[g["month"].lower().rstrip(".")], published, direction)
    if name == "year":
        return str(year), "year"
    if name == "relday":
        return _relative_day(g["rel"], published)
    if name == "weekday":
        return _weekday(g["weekday"], g.get("which"), published, direction)
    if name == "ago":
        return _ago(g["num"], g["unit"], published)
    return _relative_unit(g["which"], g["unit"], published)


def find_dates(text: str, published: date | None, direction: int = 0, offset: int = 0) -> list[DateMention]:
    """Every temporal expression in `text`, longest first at a position, left to right.
    `offset` is added to the character offsets (pass the sentence's start in the document)."""
    matches = []
    for rank, (name, rx) in enumerate(PATTERNS):
        for m in rx.finditer(text):
            matches.append((m.start(), -(m.end() - m.start()), rank, name, m))
    found: list[DateMention] = []
    taken_until = -1
    for start, _, _, name, m in sorted(matches, key=lambda t: t[:3]):
        if start < taken_until:
            continue
        resolved = _resolve(name, m, published, direction)
        if resolved is None:
            continue
        taken_until = m.end()
        found.append(DateMention(m.group(0), start + offset, m.end() + offset, resolved[0], resolved[1]))
    return found


def resolve_date(expression: str, published: date | None, direction: int = 0) -> tuple[str, Precision] | None:
    """The (ISO date, precision) of one expression ("last Tuesday"), or None when not understood."""
    found = find_dates(expression, published, direction)
    return (found[0].value, found[0].precision) if found else None
