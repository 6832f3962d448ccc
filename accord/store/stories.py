"""Stories: the same wire story republished by many outlets, clustered by near-duplicate text.

Each stored article gets a `story_id`. Articles whose cleaned texts are near-duplicates (another
headline, a trimmed last paragraph, a local dateline, a sentence added) share one; an article
unlike every stored one starts its own story, whose id is its own article id.

How: a MinHash signature (datasketch, `NUM_PERM` permutations) over the word 5-gram shingles of
the normalised text (lower case, punctuation stripped) estimates the Jaccard similarity of two
shingle sets. The signature is cut into `BANDS` bands of `ROWS` values; each band hashes to a key
stored in `story_bands(band, key, article_id)` (indexed on band, key). Two articles sharing any
band key are candidates; one indexed query finds them, their stored signatures verify them, and
the new article joins the story of the most similar candidate at or above `THRESHOLD`. Nothing is
kept in memory, so clustering is the same across runs and processes.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

import numpy as np
from sqlalchemy import bindparam, insert, select
from sqlalchemy.engine import Connection

from . import schema

NUM_PERM = 128
SHINGLE = 5  # words per shingle

# Estimated Jaccard similarity of the 5-gram shingle sets at or above which two articles are one
# story. Measured on tests/test_stories.py's texts (exact Jaccard): a wire story against another
# outlet's copy with a local dateline, the agency tag and the last paragraph trimmed, 0.83; against
# a heavier rewrite (a sentence added, a paragraph reworded, one dropped, no credits line), 0.69;
# the two rewrites against each other, 0.63. A different story on the same topic, with the same
# actors and a background paragraph shared word for word, scores 0.07 against each. 5-word
# shingles rarely repeat across different stories, so those sit near 0, and the threshold goes
# low: 0.5 keeps the heaviest measured rewrite two standard errors of the 128-permutation
# estimate (sqrt(J(1-J)/128) = 0.04) above it, and still lets an outlet keep only half the
# wire copy, while leaving 0.4 of room above same-topic stories.
THRESHOLD = 0.5

# LSH banding: a pair with similarity s becomes a candidate with probability 1 - (1 - s**ROWS)**BANDS.
# 32 bands of 4 rows (all 128 permutations): 0.87 at s = 0.5, 0.988 at 0.6, 0.9998 at 0.7, and
# 0.003 at 0.1. This is datasketch's `_optimal_param(0.5, 128)` with false negatives weighted 0.9
# and false positives 0.1 (equal weights give 25 x 5, which finds a pair at s = 0.6 only 87% of
# the time): a missed candidate splits a story, a false one only costs a signature comparison.
BANDS, ROWS = 32, 4
assert BANDS * ROWS <= NUM_PERM

_PUNCT = re.compile(r"[^\w\s]+")


def normalise(text: str) -> list[str]:
    """The words of `text`, lower case, punctuation stripped (apostrophes and hyphens joined)."""
    return _PUNCT.sub("", text.lower().replace("-", " ")).split()


def shingles(text: str) -> set[bytes]:
    """Word 5-grams of the normalised text (the whole text as one shingle when shorter)."""
    words = normalise(text)
    if len(words) <= SHINGLE:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> np.ndarray | None:
    """The MinHash values (uint32, `NUM_PERM` of them) of `text`, or None for a text without words."""
    found = shingles(text)
    if not found:
        return None
    # Imported here: datasketch loads scipy (40 MB of a process's peak), which only storing needs.
    from datasketch import MinHash  # type: ignore[import-untyped]

    m = MinHash(num_perm=NUM_PERM)  # fixed seed: the same signature in every process
    m.update_batch(list(found))
    return m.hashvalues.astype("<u4")  # datasketch keeps values below 2**32


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u4")


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(np.count_nonzero(a == b)) / len(a)


def band_keys(sig: np.ndarray) -> list[tuple[int, str]]:
    """(band, key) for each LSH band: a 64-bit hash of the band's values, in hex."""
    return [(band, hashlib.blake2b(to_bytes(sig[band * ROWS:(band + 1) * ROWS]), digest_size=8).hexdigest())
            for band in range(BANDS)]


# One statement each, compiled once per process (an OR of 32 band conditions was built and compiled
# anew for every article): bands IN (...) AND keys IN (...) searches the (band, key) index, and the
# rows whose key belongs to another band are dropped here.
_SHARING_KEYS = select(schema.story_bands.c.band, schema.story_bands.c.key, schema.story_bands.c.article_id) \
    .where(schema.story_bands.c.band.in_(bindparam("bands", expanding=True)),
           schema.story_bands.c.key.in_(bindparam("keys", expanding=True)))
_SIGNATURES = select(schema.articles.c.id, schema.articles.c.story_id, schema.articles.c.minhash) \
    .where(schema.articles.c.id.in_(bindparam("ids", expanding=True)))


def find_story(conn: Connection, sig: np.ndarray | None) -> str | None:
    """The story of the stored article most similar to `sig` at or above `THRESHOLD`, or None."""
    if sig is None:
        return None
    keys = set(band_keys(sig))
    found = conn.execute(_SHARING_KEYS, {"bands": sorted({b for b, _ in keys}), "keys": sorted({k for _, k in keys})})
    candidates = sorted({row.article_id for row in found if (row.band, row.key) in keys})
    if not candidates:
        return None
    best: tuple[float, str, str] | None = None
    for row in conn.execute(_SIGNATURES, {"ids": candidates}):
        if row.minhash is None:
            continue
        score = similarity(sig, from_bytes(row.minhash))
        if score >= THRESHOLD and (best is None or (score, row.id) > (best[0], best[1])):
            best = (score, row.id, row.story_id or row.id)
    return best[2] if best else None


def add_bands(conn: Connection, article_id: str, sig: np.ndarray | None) -> None:
    if sig is not None:
        conn.execute(insert(schema.story_bands),
                     [{"band": b, "key": k, "article_id": article_id} for b, k in band_keys(sig)])


def cluster_existing(conn: Connection) -> int:
    """Give every stored article without a signature one, a story and band keys, oldest first,
    exactly as if it were ingested now; return how many. Used by the version 1 -> 2 migration."""
    A = schema.articles
    rows: list[Any] = list(conn.execute(
        select(A.c.id, A.c.text).where(A.c.minhash.is_(None)).order_by(A.c.ingested_at, A.c.id)))
    for row in rows:
        sig = signature(row.text)
        story = find_story(conn, sig) or row.id
        conn.execute(A.update().where(A.c.id == row.id).values(
            story_id=story, minhash=to_bytes(sig) if sig is not None else None))
        add_bands(conn, row.id, sig)
    return len(rows)
