"""Temporal expressions resolved against a publication date (table-driven)."""

from __future__ import annotations

from datetime import date

import pytest

from accord.dates import find_dates, resolve_date

PUB = date(2025, 6, 23)  # a Monday

CASES = [
    ("on June 23, 2025", PUB, 0, ("2025-06-23", "day")),
    ("June 23rd, 2024", PUB, 0, ("2024-06-23", "day")),
    ("23 June 2025", PUB, 0, ("2025-06-23", "day")),
    ("on 5 March", PUB, -1, ("2025-03-05", "day")),
    ("Dec. 31", date(2026, 1, 2), -1, ("2025-12-31", "day")),      # year boundary, past
    ("Jan. 3", date(2025, 12, 30), 1, ("2026-01-03", "day")),      # year boundary, future
    ("Jan. 3", date(2025, 12, 30), 0, ("2026-01-03", "day")),      # nearest
    ("2025-06-20", PUB, 0, ("2025-06-20", "day")),
    ("yesterday", PUB, 0, ("2025-06-22", "day")),
    ("yesterday", date(2025, 1, 1), 0, ("2024-12-31", "day")),
    ("tomorrow", date(2024, 12, 31), 0, ("2025-01-01", "day")),
    ("today", PUB, 0, ("2025-06-23", "day")),
    ("last night", PUB, 0, ("2025-06-22", "day")),
    ("on Monday", date(2015, 4, 28), -1, ("2015-04-27", "day")),
    ("on Friday", PUB, -1, ("2025-06-20", "day")),
    ("on Friday", PUB, 1, ("2025-06-27", "day")),
    ("last Tuesday", PUB, 0, ("2025-06-17", "day")),
    ("next Monday", PUB, 0, ("2025-06-30", "day")),
    ("on Thursday", date(2025, 1, 1), -1, ("2024-12-26", "day")),
    ("two weeks ago", PUB, 0, ("2025-06-09", "day")),
    ("3 days ago", PUB, 0, ("2025-06-20", "day")),
    ("a month ago", date(2025, 1, 15), 0, ("2024-12", "month")),
    ("two years ago", PUB, 0, ("2023", "year")),
    ("in March", PUB, -1, ("2025-03", "month")),
    ("in March", PUB, 1, ("2026-03", "month")),
    ("in December", date(2025, 1, 10), -1, ("2024-12", "month")),
    ("in June", date(2023, 4, 20), 1, ("2023-06", "month")),
    ("March 2024", PUB, 0, ("2024-03", "month")),
    ("mid-March", PUB, -1, ("2025-03", "month")),
    ("in 2019", PUB, 0, ("2019", "year")),
    ("next month", date(2025, 12, 5), 0, ("2026-01", "month")),
    ("last month", date(2025, 1, 5), 0, ("2024-12", "month")),
    ("earlier this month", PUB, 0, ("2025-06", "month")),
    ("last year", PUB, 0, ("2024", "year")),
    ("by the end of the year", date(2023, 9, 25), 0, ("2023", "year")),
    ("before the end of the month", date(2023, 3, 24), 0, ("2023-03", "month")),
]


@pytest.mark.parametrize("expression, published, direction, expected", CASES)
def test_resolve(expression, published, direction, expected):
    assert resolve_date(expression, published, direction) == expected


@pytest.mark.parametrize("text", ["We may go there.", "They will march on.", "2,000 troops", "the 2019 budget"])
def test_no_date(text):
    assert find_dates(text, PUB) == []


def test_relative_needs_publication_date():
    assert resolve_date("yesterday", None) is None
    assert resolve_date("on Monday", None) is None
    assert resolve_date("June 23, 2025", None) == ("2025-06-23", "day")


def test_offsets_and_longest_match():
    text = "They met on June 23, 2025 and again in 2019."
    found = find_dates(text, PUB, offset=100)
    assert [(d.text, d.value, d.precision) for d in found] == [
        ("June 23, 2025", "2025-06-23", "day"), ("in 2019", "2019", "year")]
    assert text[found[0].start - 100:found[0].end - 100] == "June 23, 2025"
