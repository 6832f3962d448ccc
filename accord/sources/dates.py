"""Publication dates as inputs write them: `YYYY-MM-DD` with an optional ISO time part."""

from __future__ import annotations

from datetime import date, datetime


def parse_date(value: str | None) -> date | None:
    """`2025-06-23`, `2025-06-23T10:00:00[Z|+zone]` -> date; None or an unreadable value -> None."""
    if not value or not value.strip():
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        return None
