"""Live intake on a local news site: one `accord watch` round over fresh feeds, then a round with
nothing new (conditional requests only), and the cost of each.

    .venv/bin/python bench/watch.py                   # 5 feeds x 12 articles (bench/corpus.py)
    .venv/bin/python bench/watch.py --feeds 2 --per-feed 10

The site is the tests' local server (tests/newsserver.py) on 127.0.0.1 serving the generated
corpus as HTML pages and RSS 2.0 feeds; the politeness delay is 0 (one host serves every feed),
so the figures are the client's and the pipeline's own cost, not a politeness budget.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]
from corpus import make_corpus  # noqa: E402
from newsserver import NewsServer, Story, page_html, rss2  # noqa: E402


def build_site(site: NewsServer, feeds: int, per_feed: int) -> list[str]:
    articles = make_corpus(feeds * per_feed)
    urls = []
    for f in range(feeds):
        items = []
        for a in articles[f * per_feed:(f + 1) * per_feed]:
            story = Story(a["id"], a["title"], "Bench Desk", a["published"], tuple(a["text"].split("\n\n")))
            items.append((story, site.add(f"/news/{a['id']}.html", page_html(story))))
        urls.append(site.add(f"/feed-{f}.rss", rss2(f"Bench feed {f}", items), content_type="application/rss+xml",
                             etag=f'"feed-{f}"'))
    return urls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--feeds", type=int, default=5)
    parser.add_argument("--per-feed", type=int, default=12)
    args = parser.parse_args()

    from sqlalchemy import update

    from accord.intake import state
    from accord.intake.settings import Politeness
    from accord.intake.watch import Watcher
    from accord.pipeline import load_nlp
    from accord.store import Store, schema

    started = time.perf_counter()
    nlp = load_nlp()
    print(f"model loaded in {time.perf_counter() - started:.1f} s")
    settings = replace(Politeness(), delay=0.0, allow_private=True)
    with NewsServer() as site, tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        for url in build_site(site, args.feeds, args.per_feed):
            state.add_source(store, url)
        started = time.perf_counter()
        first = Watcher(store, settings, nlp=nlp).round()
        seconds = time.perf_counter() - started
        print(f"round 1: {first.polled} feeds, {first.stored} stored, {first.failed} failed in {seconds:.1f} s "
              f"({first.stored / seconds:.1f} articles/s), {len(site.requests)} requests")
        with store.engine.begin() as conn:
            conn.execute(update(schema.intake_sources).values(next_due=None))
        before = len(site.requests)
        started = time.perf_counter()
        second = Watcher(store, settings).round()  # no model: nothing new must not need it
        seconds = time.perf_counter() - started
        conditional = sum(1 for r in site.requests[before:] if "if-none-match" in r.headers)
        print(f"round 2: {second.unchanged} of {second.polled} feeds unchanged (304), {second.stored} stored, "
              f"{len(site.requests) - before} requests ({conditional} conditional) in {seconds * 1000:.0f} ms")


if __name__ == "__main__":
    main()
