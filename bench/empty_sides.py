"""Events left with an empty side, by the syntax around their trigger (issue 11).

    .venv/bin/python bench/empty_sides.py                        # Wikinews articles outside the gold test split
    .venv/bin/python bench/empty_sides.py --skip held-ids.txt    # also leave out articles kept unseen
    .venv/bin/python bench/empty_sides.py --side target --show "v dobj" --limit 80

Over accord's own output, so it needs no gold: each event whose source (or target) is empty is
counted under the construction its trigger stands in, read from the spaCy parse: a verb in the
passive with or without a "by" agent, a verb whose subject is a pronoun, a verb with no subject of
its own and its dependency (conj, xcomp, acl, relcl, ...); a noun with a possessor, a capitalised
modifier, a "by" or "of" phrase, or bare; for targets the prepositions the trigger carries. The
counts show which constructions recur across many articles before a rule is written for one.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from spacy.tokens import Doc, Token

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from accord.model import Event, RawDocument  # noqa: E402
from accord.pipeline import analyze_doc, load_nlp, parse, to_article  # noqa: E402

WIKINEWS = ROOT / "tests" / "data" / "wikinews" / "wikinews-2019-2020.jsonl"
GOLD = ROOT / "eval" / "wikinews" / "wikinews.jsonl"
SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
RELATIVES = ("who", "which", "that")


def trigger_head(doc: Doc, event: Event) -> tuple[Token, Token | None]:
    """(the event's word, the verb governing a noun trigger or None): "imposed sanctions" -> (sanctions, imposed)."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    words = list(span) if span is not None else [doc[0]]
    nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN")]
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX")]
    if nouns:
        return nouns[-1], (verbs[0] if verbs else None)
    return (verbs or words)[0], None


def verb_source_class(verb: Token) -> str:
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (verb.dep_ == "acl" and verb.tag_ == "VBN")
    if passive:
        by = any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children)
        return "v passive, by-agent" if by else f"v passive, no agent ({verb.dep_})"
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return f"v no subject ({verb.dep_})"
    if subject.pos_ == "PRON":
        return "v relative pronoun subject" if subject.lower_ in RELATIVES else f"v pronoun subject {subject.lower_}"
    return "v subject, no actor"


def source_class(word: Token, governor: Token | None) -> str:
    if word.pos_ in ("VERB", "AUX"):
        return verb_source_class(word)
    if governor is not None:
        return "support " + verb_source_class(governor)
    deps = {c.dep_: c for c in word.children}
    if "poss" in deps:
        return "n possessor"
    if any(c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper() for c in word.children):
        return "n capitalised modifier"
    for prep in ("by", "of"):
        if any(c.dep_ == "prep" and c.lower_ == prep for c in word.children):
            return f"n {prep} phrase"
    return f"n bare ({word.dep_}{' ' + word.head.lower_ if word.dep_ == 'pobj' else ''})"


def target_class(word: Token, governor: Token | None) -> str:
    heads = [word] + ([governor] if governor is not None else [])
    preps = sorted({c.lower_ for h in heads for c in h.children if c.dep_ in ("prep", "dative", "agent")})
    kind = "v" if word.pos_ in ("VERB", "AUX") else "support" if governor is not None else "n"
    if kind == "v" and any(c.dep_ == "nsubjpass" for c in word.children):
        return "v passive subject"
    if kind == "v" and any(c.dep_ == "dobj" for c in word.children):
        return "v dobj"
    if kind == "n" and any(c.dep_ == "poss" for c in word.children):
        return "n possessor"
    return f"{kind} preps {','.join(preps) or '-'}"


def articles(skip: set[str]) -> list[RawDocument]:
    test = {json.loads(line)["url"] for line in GOLD.open(encoding="utf-8") if json.loads(line)["split"] == "test"}
    out = []
    for line in WIKINEWS.open(encoding="utf-8"):
        a = json.loads(line)
        if a["url"] in test or a["id"] in skip or f"wn-{a['id']}" in skip:
            continue
        out.append(RawDocument(text=a["text"], input=a["id"], title=a["title"],
                               published=date.fromisoformat(a["published"][:10]), id=a["id"]))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--side", choices=("source", "target"), default="source")
    parser.add_argument("--skip", type=Path, help="file of article ids (whitespace-separated) to leave out")
    parser.add_argument("--show", help="print the sentences of this class")
    parser.add_argument("--limit", type=int, default=0, help="analyse only the first N articles (0: all)")
    args = parser.parse_args()
    skip = set(args.skip.read_text(encoding="utf-8").split()) if args.skip else set()
    raws = articles(skip)[:args.limit or None]
    classify = source_class if args.side == "source" else target_class
    counts: Counter[str] = Counter()
    where: defaultdict[str, set[str]] = defaultdict(set)
    total = 0
    for doc, (article, name) in parse(load_nlp(), [(to_article(r), r.input) for r in raws]):
        for event in analyze_doc(doc, article).events:
            total += 1
            if getattr(event, args.side):
                continue
            word, governor = trigger_head(doc, event)
            label = classify(word, governor)
            counts[label] += 1
            where[label].add(name)
            if args.show == label:
                print(f"{name} [{event.type} {event.trigger.text!r}] {word.sent.text[:220]}")
    print(f"{len(raws)} articles, {total} events, {sum(counts.values())} with an empty {args.side}")
    for label, n in counts.most_common():
        print(f"{n:5d} events {len(where[label]):4d} articles  {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
