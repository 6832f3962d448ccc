"""Integrity checks for the office-holders gazetteer (accord/actors/data/officeholders.tsv).

Pure data tests: no spaCy or model needed.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

DATA = Path(__file__).resolve().parents[1] / "accord" / "actors" / "data" / "officeholders.tsv"
COLUMNS = ["person_id", "name", "aliases", "country", "sector", "title", "start", "end"]
IGO_CODES = {"EU", "NATO", "UN", "IMF", "WB", "WTO", "WHO"}
EXTRA_CODES = {"XKX", "PSE", "TWN"}
SECTORS = {"GOV", "MIL", "IGO", "CBK", "LEG"}
TODAY = dt.date(2026, 11, 25)

# Offices held by one person at a time (per country / organisation).
SINGLE_HOLDER_TITLES = {
    "President", "Acting President", "Vice President", "Prime Minister", "Acting Prime Minister",
    "Chancellor", "Emperor", "Supreme Leader", "Crown Prince", "Emir", "Foreign Minister",
    "Defence Minister", "President of the European Commission", "President of the European Council",
    "High Representative", "Secretary General", "Managing Director", "President of the World Bank",
    "Director-General", "Governor", "President of the European Parliament",
}
# Documented exceptions: (country, title) pairs where two holders legitimately coexist.
# Add entries with a comment explaining why.
OVERLAP_EXCEPTIONS: set[tuple[str, str]] = {
    ("LBY", "Prime Minister"),  # rival governments: the rebels' NTC in 2011, Tripoli and the east since 2014
}

HEAD_TITLES = {
    "President", "Acting President", "Prime Minister", "Acting Prime Minister", "Chancellor",
    "King", "Queen", "Emperor", "Supreme Leader",
}
G20 = ["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR",
       "MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA"]
COVERAGE_DATES = [dt.date(2005, 6, 1), dt.date(2015, 6, 1), dt.date(2025, 6, 1)]

_TR = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss",
                     "đ": "d", "Đ": "D", "þ": "th", "ð": "d", "ə": "a"})


def slugify(name: str) -> str:
    s = unicodedata.normalize("NFKD", name.translate(_TR)).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"['’`]", "", s)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def _date(s: str) -> dt.date:
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", s), f"not an ISO date: {s!r}"
    return dt.date.fromisoformat(s)


@pytest.fixture(scope="module")
def lines() -> list[str]:
    text = DATA.read_text(encoding="utf-8")
    return text.splitlines()


@pytest.fixture(scope="module")
def rows(lines) -> list[dict]:
    body = [ln for ln in lines if ln and not ln.startswith("#")]
    assert body[0].split("\t") == COLUMNS, "header row mismatch"
    out = []
    for i, ln in enumerate(body[1:], 2):
        fields = ln.split("\t")
        assert len(fields) == 8, f"row {i} has {len(fields)} fields: {ln!r}"
        out.append(dict(zip(COLUMNS, fields)))
    return out


def _end(r) -> dt.date:
    return _date(r["end"]) if r["end"] else dt.date.max


def test_header_comments(lines):
    comments = [ln for ln in lines if ln.startswith("#")]
    assert comments and lines[0].startswith("#")
    text = "\n".join(comments).lower()
    for word in ("source", "person_id", "country", "sector", "title", "start", "end"):
        assert word in text


def test_fields_and_dates(rows):
    assert len(rows) > 300
    for r in rows:
        start = _date(r["start"])
        assert start <= TODAY, r
        if r["end"]:
            end = _date(r["end"])
            assert start < end, r
            assert end <= TODAY, r
        assert r["sector"] in SECTORS, r
        assert r["name"].strip() == r["name"] and r["name"], r
        assert r["title"].strip() == r["title"] and r["title"], r
        for alias in filter(None, r["aliases"].split("|")):
            assert alias.strip() == alias and alias != r["name"], r


def test_country_codes(rows):
    for r in rows:
        c = r["country"]
        if c in IGO_CODES or c in EXTRA_CODES:
            continue
        assert pycountry.countries.get(alpha_3=c) is not None, f"bad country {c!r}: {r}"


def test_person_id_slug(rows):
    for r in rows:
        assert re.fullmatch(r"person:[a-z0-9]+(-[a-z0-9]+)*", r["person_id"]), r
        assert r["person_id"] == "person:" + slugify(r["name"]), r


def test_person_id_consistent_name(rows):
    names = defaultdict(set)
    for r in rows:
        names[r["person_id"]].add(r["name"])
    assert not {k: v for k, v in names.items() if len(v) > 1}


def test_sorted(rows):
    keys = [(r["country"], r["start"]) for r in rows]
    assert keys == sorted(keys)


def _overlaps(group):
    group = sorted(group, key=lambda r: r["start"])
    bad = []
    for a, b in zip(group, group[1:]):
        if _date(b["start"]) < _end(a):
            bad.append((a["person_id"], a["start"], a["end"], b["person_id"], b["start"]))
    return bad


def test_no_overlapping_terms_same_person(rows):
    groups = defaultdict(list)
    for r in rows:
        groups[(r["person_id"], r["title"], r["country"])].append(r)
    bad = [x for g in groups.values() for x in _overlaps(g)]
    assert not bad, bad


def test_single_holder_offices_do_not_overlap(rows):
    groups = defaultdict(list)
    for r in rows:
        if r["title"] in SINGLE_HOLDER_TITLES and (r["country"], r["title"]) not in OVERLAP_EXCEPTIONS:
            groups[(r["country"], r["title"])].append(r)
    bad = {k: _overlaps(g) for k, g in groups.items() if _overlaps(g)}
    assert not bad, bad


@pytest.mark.parametrize("country", G20)
def test_g20_head_coverage(rows, country):
    heads = [r for r in rows if r["country"] == country and r["title"] in HEAD_TITLES]
    for day in COVERAGE_DATES:
        assert any(_date(r["start"]) <= day < _end(r) for r in heads), f"{country} uncovered on {day}"


def test_eu_and_igo_heads_current(rows):
    current = {(r["country"], r["title"]) for r in rows if not r["end"]}
    for key in [("EU", "President of the European Commission"), ("EU", "President of the European Council"),
                ("EU", "High Representative"), ("NATO", "Secretary General"), ("UN", "Secretary General"),
                ("IMF", "Managing Director"), ("WB", "President of the World Bank"),
                ("WTO", "Director-General"), ("WHO", "Director-General")]:
        assert key in current, key


def test_brief_examples(rows):
    by = defaultdict(list)
    for r in rows:
        by[r["person_id"]].append((r["country"], r["sector"], r["title"], r["start"], r["end"]))
    carney = by["person:mark-carney"]
    assert ("CAN", "GOV", "Prime Minister", "2025-03-14", "") in carney
    assert ("GBR", "CBK", "Governor", "2013-07-01", "2020-03-15") in carney
    assert ("CAN", "CBK", "Governor", "2008-02-01", "2013-06-01") in carney
    assert ("USA", "GOV", "President", "2025-01-20", "") in by["person:donald-trump"]
    assert ("EU", "IGO", "High Representative", "2024-12-01", "") in by["person:kaja-kallas"]
