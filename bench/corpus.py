"""A reproducible benchmark corpus of news-like articles, generated from the gold data.

No openly licensed corpus of news articles is installable from PyPI, so the articles are assembled
(seeded, hence the same every run) from what the repository holds: the gold articles of
`eval/gold/articles.jsonl` when present, else the sentences of `eval/gold/*.jsonl` and of
`examples/*.txt`, grouped into paragraphs and articles of realistic length (about 350-750 words).
"""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval" / "gold"
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“A-Z])")


def _gold_rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(row) for row in path.read_text(encoding="utf-8").splitlines() if row.strip()]


def sentences() -> list[str]:
    """Every distinct sentence of the gold lines and the bundled examples, in a stable order."""
    texts = [row["text"] for p in sorted(GOLD.glob("*.jsonl")) for row in _gold_rows(p) if row.get("text")]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    found = (s.strip() for t in texts for line in t.splitlines() for s in SENTENCE_END.split(line))
    return list(dict.fromkeys(s for s in found if len(s.split()) >= 6 and s[-1:] in '.!?"”'))


def paragraphs() -> list[str]:
    """Paragraphs of the gold articles when there are any, else of 2-4 gold sentences."""
    articles = GOLD / "articles.jsonl"
    if articles.exists():
        found = [p.strip() for row in _gold_rows(articles) for p in re.split(r"\n\s*\n|\n", row.get("text", ""))]
        found = [p for p in found if len(p.split()) >= 12]
        if len(found) >= 40:
            return found
    pool, rng, out = sentences(), random.Random(7), []
    rng.shuffle(pool)
    while pool:
        take = rng.randint(2, 4)
        out.append(" ".join(pool[:take]))
        pool = pool[take:]
    return out


def headline(paragraph: str) -> str:
    words = re.sub(r"[\"“”]", "", paragraph).split()[:9]
    while len(words) > 3 and words[-1].lower().strip(".,;:") in {"on", "the", "of", "in", "a", "to", "and", "at"}:
        words.pop()
    return " ".join(w.capitalize() if len(w) > 3 else w for w in words).rstrip(".,;:")


def make_corpus(n: int, seed: int = 2025) -> list[dict[str, Any]]:
    """`n` articles as input lines of CONTRACT.md: {"id", "title", "published", "text"}."""
    pool, rng = paragraphs(), random.Random(seed)
    start = date(2014, 1, 1)
    corpus = []
    for i in range(n):
        body, words = [], 0
        target = rng.randint(350, 750)
        while words < target:
            body.append(rng.choice(pool))
            words += len(body[-1].split())
        published = start + timedelta(days=rng.randrange(4000))
        corpus.append({"id": f"bench-{i:04d}", "title": headline(body[0]), "published": published.isoformat(),
                       "text": "\n\n".join(body)})
    return corpus


def write_corpus(corpus: list[dict[str, Any]], path: Path) -> Path:
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in corpus), encoding="utf-8")
    return path
