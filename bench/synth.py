"""Synthetic stored events at volume, written straight through SQL (no NLP pipeline).

The query benchmarks (`bench/store.py`, `bench/load.py`) need hundreds of thousands to millions
of stored events; analysing that many articles would take days on this machine, and the readers
only see rows. The rows follow the shapes the pipeline writes (`Store._write`): each article holds
a few events, each event one source and one target participant at country level (a fifth of them
office-holders with their country; a few dated only to the month or year), about a third of the events are further reports of an event
another article already reported (same `fusion_key`), a tenth are reciprocal, and statuses,
types and QuadClasses come in realistic proportions. Countries are drawn Zipf-like, so a few
dyads are dense and most are thin, as in news; days spread over ten years. Seeded: the same
database every run.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import insert

from accord.store import Store, pairs, schema

COUNTRIES = ("USA CHN RUS UKR GBR FRA DEU CAN EU JPN IND ISR IRN TUR SAU PAK KOR PRK BRA MEX "
             "ITA ESP POL NLD BEL SWE NOR FIN DNK AUS NZL ZAF NGA EGY ETH KEN SYR IRQ AFG QAT "
             "ARE JOR LBN VNM THA IDN PHL MYS SGP ARG CHL COL VEN CUB NATO UN AU ASEAN").split()
TYPES = (  # type, QuadClass, Goldstein, PLOVER score, symmetric (accord/events/data/types.tsv)
    ("AGREE", 1, 4.0, 2.5, True), ("CONSULT", 1, 1.0, 2.5, True), ("SUPPORT", 1, 3.5, 5.0, False),
    ("COOPERATE", 2, 6.0, 9.5, True), ("AID", 2, 7.0, 10.0, False), ("REQUEST", 3, -5.0, 0.0, False),
    ("ACCUSE", 3, -2.0, -3.0, False), ("REJECT", 3, -4.0, -2.0, False), ("THREATEN", 3, -6.0, -3.5, False),
    ("SANCTION", 4, -4.0, -6.0, False), ("MOBILIZE", 4, -7.2, -5.5, False), ("ASSAULT", 4, -10.0, -9.0, False),
)
STATUSES = ("occurred",) * 12 + ("announced",) * 4 + ("anticipated", "negated", "hypothetical")
FIRST_DAY = date(2016, 1, 1)
DAYS = 3650
EVENTS_PER_ARTICLE = 5
TEXT = ("{a} and {b} officials met on {day} to discuss the dispute over trade and security, "
        "according to a statement issued after the talks in the capital. Report {n}.")


def _fusion_key(kind: str, status: str, src: str, tgt: str, iso: str, reciprocal: bool) -> str:
    parts = [kind, status, ",".join(sorted({src, tgt})) if reciprocal else src, "" if reciprocal else tgt, iso]
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]


def _rows(n_events: int, seed: int) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]]:
    """(article row, its event rows, their participant rows), article by article."""
    rng = random.Random(seed)
    weights = [1 / (rank + 1) for rank in range(len(COUNTRIES))]
    earlier: list[tuple[str, str, str, str, date, bool, str]] = []  # events a later article may report again
    now = datetime.now(UTC).replace(tzinfo=None)
    for n in range(-(-n_events // EVENTS_PER_ARTICLE)):
        article_id = f"syn-{n:07d}"
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        events, parts = [], []
        for i in range(min(EVENTS_PER_ARTICLE, n_events - n * EVENTS_PER_ARTICLE)):
            if earlier and rng.random() < 0.33:  # another report of an event already stored
                kind, status, src, tgt, ev_day, reciprocal, precision = earlier[rng.randrange(len(earlier))]
            else:
                kind, quad, gold, score, symmetric = TYPES[rng.randrange(len(TYPES))]
                src, tgt = rng.choices(COUNTRIES, weights, k=2)
                while tgt == src:
                    tgt = rng.choices(COUNTRIES, weights)[0]
                status = rng.choice(STATUSES)
                ev_day = day - timedelta(days=rng.randrange(3))
                precision = rng.choices(("day", "month", "year"), (95, 4, 1))[0]
                ev_day = {"day": ev_day, "month": ev_day.replace(day=1), "year": ev_day.replace(month=1, day=1)}[precision]
                reciprocal = symmetric and rng.random() < 0.3
                earlier.append((kind, status, src, tgt, ev_day, reciprocal, precision))
                if len(earlier) > 5000:
                    earlier.pop(rng.randrange(len(earlier)))
            _, quad, gold, score, _ = next(t for t in TYPES if t[0] == kind)
            event_id = f"{article_id}:e{i + 1}"
            iso = ev_day.isoformat()[:{"day": 10, "month": 7, "year": 4}[precision]]
            events.append({
                "id": event_id, "article_id": article_id,
                "fusion_key": _fusion_key(kind, status, src, tgt, iso, reciprocal), "type": kind,
                "mode": None, "contexts": rng.choice(("", "military", "economic", "diplomatic")),
                "date": iso, "day": ev_day, "date_precision": precision, "status": status,
                "location_country": None, "location_name": None, "trigger_text": "met",
                "trigger_start": 20, "trigger_end": 23, "sentence_index": 0, "sentence_start": 0,
                "sentence_end": 120, "confidence": round(rng.uniform(0.3, 0.95), 3), "cameo": None,
                "quad_class": quad, "goldstein": gold, "plover_score": score, "reciprocal": reciprocal,
                "evidence_count": 1, "source_code": src, "target_code": tgt,
            })
            for role, code in (("source", src), ("target", tgt)):
                person = rng.random() < 0.2
                parts.append({"event_id": event_id, "role": role, "position": 0,
                              "actor_id": f"person:leader-of-{code.lower()}" if person else code,
                              "country": code, "sector": "GOV" if person else None, "text": code,
                              "start": 0, "end": len(code)})
        text = TEXT.format(a=events[0]["source_code"], b=events[0]["target_code"], day=day, n=n)
        article = {"id": article_id, "content_hash": hashlib.sha256(text.encode()).hexdigest(),
                   "title": f"Talks {n}", "url": None, "source": rng.choice(("Wire", "Daily", "Post")),
                   "published": day, "author": None, "input": "synthetic", "text": text,
                   "ingested_at": now, "story_id": article_id, "minhash": None}
        yield article, events, parts


def fill(store: Store, n_events: int, *, seed: int = 15, chunk: int = 20_000) -> int:
    """Write `n_events` synthetic events (and their articles, participants, actors, fused pairs)
    into `store`."""
    with store.engine.begin() as conn:
        conn.execute(insert(schema.actors), [{"id": c, "name": c, "kind": "state", "country": c} for c in COUNTRIES]
                     + [{"id": f"person:leader-of-{c.lower()}", "name": f"Leader of {c}", "kind": "person",
                         "country": c} for c in COUNTRIES])
    arts: list[dict[str, Any]] = []
    evs: list[dict[str, Any]] = []
    parts: list[dict[str, Any]] = []
    written = 0

    def flush() -> None:
        with store.engine.begin() as conn:
            conn.execute(insert(schema.articles), arts)
            conn.execute(insert(schema.events), evs)
            conn.execute(insert(schema.event_participants), parts)
        arts.clear(), evs.clear(), parts.clear()

    for article, events, participants in _rows(n_events, seed):
        arts.append(article), evs.extend(events), parts.extend(participants)
        written += len(events)
        if len(evs) >= chunk:
            flush()
    if arts:
        flush()
    with store.engine.begin() as conn:  # the fused pairs, as a schema 7 database gets them in the upgrade
        pairs.rebuild(conn)
    return written
