"""How much of an article a "parse only what can matter" selection could leave unparsed (issue 16, item 2).

    .venv/bin/python bench/candidates.py            # the 295 Wikinews articles (tests/data/wikinews/)
    .venv/bin/python bench/candidates.py --limit 50

For every sentence of the full parse it asks what the selection would have to ask before parsing:
does the sentence hold a word of the trigger lexicon (events/data/lexicon*.tsv, by lemma), a cue
of the cue lexicon (quotes/data/cues.txt), a quotation mark, a gazetteer match (the actor data
files), or a statistical entity (which becomes an actor mention or vetoes one)? It prints the share of
sentences and of tokens holding none: the most such a selection could skip. Lemmas come from the
full parse, so a selection working on word forms would skip less, never more. The lexicons and the
gazetteer are read from the data files, so the figure follows their growth.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WIKINEWS = ROOT / "tests" / "data" / "wikinews" / "wikinews-2019-2020.jsonl"
SIGNS = {"trigger": "a trigger lemma", "cue": "a cue lemma", "quote": "a quotation mark",
         "gazetteer": "a gazetteer match", "entity": "a statistical entity"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, help="only the first N articles")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from accord.actors.ruler import SPANS_KEY
    from accord.events.lexicon import load_lexicon
    from accord.model import RawDocument
    from accord.pipeline import load_nlp, to_article
    from accord.quotes.cues import load_cues

    lexicon, cues = load_lexicon(), load_cues()
    triggers = set(lexicon.verbs) | set(lexicon.nouns) | set(lexicon.support)
    rows = [json.loads(line) for line in WIKINEWS.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [to_article(RawDocument(text=r["text"], input=r["id"])).text for r in rows[:args.limit]]
    sentences, tokens = Counter[str](), Counter[str]()
    for doc in load_nlp().pipe(texts, batch_size=4):
        gazetteer = {i for span in doc.spans.get(SPANS_KEY, []) for i in range(span.start, span.end)}
        entity = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        for sent in doc.sents:
            if all(t.is_space for t in sent):
                continue
            held = {
                "trigger": any(t.lemma_.lower() in triggers for t in sent),
                "cue": any(t.lemma_.lower() in cues.kinds for t in sent),
                "quote": any(t.is_quote for t in sent),
                "gazetteer": any(t.i in gazetteer for t in sent),
                "entity": any(t.i in entity for t in sent),
            }
            signs = dict(held)
            held["none but entities"] = not any(v for k, v in signs.items() if k != "entity")
            held["none"] = not any(signs.values())
            for key in ["all", *(k for k, v in held.items() if v)]:
                sentences[key] += 1
                tokens[key] += len(sent)
    print(f"{len(texts)} Wikinews articles: {sentences['all']:,} sentences, {tokens['all']:,} tokens; "
          f"{len(triggers):,} trigger lemmas, {len(cues.kinds)} cue lemmas\n")
    print(f"{'sentences holding':<44} {'sentences':>9} {'tokens':>7}")
    for key, label in [*SIGNS.items(), ("none but entities", "none of the first four (entities aside)"),
                       ("none", "none of the five: could go unparsed")]:
        print(f"{label:<44} {sentences[key] / sentences['all']:>9.1%} {tokens[key] / tokens['all']:>7.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
