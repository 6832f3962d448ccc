"""Calendar periods: day, ISO week, month, quarter, year. Dates are calendar dates, no time zone."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

from ..errors import AccordError

By = Literal["day", "week", "month", "quarter", "year"]
PERIODS: tuple[By, ...] = ("day", "week", "month", "quarter", "year")


def check_by(by: str) -> By:
    if by not in PERIODS:
        raise AccordError(f"Unknown period {by!r}; use one of {', '.join(PERIODS)}.")
    return by  # type: ignore[return-value]


def period_start(day: date, by: By) -> date:
    """The first day of the period holding `day` (a Monday for ISO weeks)."""
    if by == "day":
        return day
    if by == "week":
        return day - timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    if by == "quarter":
        return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return date(day.year, 1, 1)


def next_start(start: date, by: By) -> date:
    if by == "day":
        return start + timedelta(days=1)
    if by == "week":
        return start + timedelta(days=7)
    months = {"month": 1, "quarter": 3, "year": 12}[by]
    total = start.year * 12 + start.month - 1 + months
    return date(total // 12, total % 12 + 1, 1)


def period_label(start: date, by: By) -> str:
    """`2025-01-06`, `2025-W02` (ISO week-year, so 2024-12-30 is `2025-W01`), `2025-01`,
    `2025-Q1`, `2025`."""
    if by == "day":
        return start.isoformat()
    if by == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if by == "month":
        return f"{start.year}-{start.month:02d}"
    if by == "quarter":
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    return str(start.year)


def period_range(first: date, last: date, by: By) -> list[date]:
    """Every period start from the period of `first` to the period of `last`, gaps included."""
    out, cur, end = [], period_start(first, by), period_start(last, by)
    while cur <= end:
        out.append(cur)
        cur = next_start(cur, by)
    return out


MAX_DAYS = 36_500


def parse_duration(value: str) -> timedelta:
    """`30d`, `6w`, `6m` (30-day months), `1y` (365 days), or a bare number of days; from one day
    to a century."""
    text = value.strip().lower()
    units = {"d": 1, "w": 7, "m": 30, "y": 365}
    try:
        days = int(text[:-1]) * units[text[-1]] if text and text[-1] in units else int(text)
    except ValueError as exc:
        raise AccordError(f"{value!r} is not a duration; write e.g. 30d, 8w, 6m or 1y.") from exc
    if not 1 <= days <= MAX_DAYS:
        raise AccordError(f"{value!r} is not a duration from 1 day to 100 years; write e.g. 30d, 8w, 6m or 1y.")
    return timedelta(days=days)
