"""Publication dates as inputs write them: `YYYY-MM-DD` with an optional ISO time part."""

from __future__ import annotations

from datetime import date, datetime

from ..errors import AccordError


def parse_published(value: str | date | None) -> date | None:
    """`2025-06-23`, `2025-06-23T10:00:00[Z|+zone]`, a date, or None. A datetime with an offset
    is taken as the calendar date in its own offset. An unreadable value raises AccordError."""
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    if not value.strip():
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError as exc:
        raise AccordError(f"{value!r} is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS") from exc


def parse_date(value: str | None) -> date | None:
    """Like `parse_published`, but None for an unreadable value (page metadata is often junk)."""
    try:
        return parse_published(value)
    except AccordError:
        return None
