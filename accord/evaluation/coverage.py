"""Actor coverage of annotated source and target phrases ("span gold").

For each phrase a political scientist marked as an event's source or target, does accord resolve
an actor inside it, and of the right country when the phrase names one? A phrase is covered when
a mention with a resolved actor overlaps it (character overlap: annotators marked "a Swiss court",
"Croatian government's request") and, if the phrase names a state (a country name or demonym of
the gazetteer, looked up word by word in the phrase itself), the actor's country is one of the
states named. This measures the actor stage alone: whether the event stage picks that actor as
its source or target is the events' measurement.

    python -m accord.evaluation.coverage ../shared/data/cameo-train/cameo_ner_train.jsonl

Input lines: `{"id", "text", "gold": {"source": [{"start", "end", "text"}], "target": [...]}}`.
Lines are split into `dev` and `test` by the team's shared rule (`split_of`); docs/actors.md
reports the figures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..actors import load_gazetteer
from ..actors.gazetteer import DEMONYM, STATE
from ..errors import InputError
from ..model import Actor, Analysis, RawDocument
from ..pipeline import analyze_documents

ROLES = ("source", "target")
MAX_NAME_WORDS = 6  # "the Democratic Republic of the Congo"


def split_of(text: str) -> str:
    """The team's shared split of the CAMEO sentence files: by the normalised text, not the id
    (the same sentence appears in two files under different ids)."""
    digest = hashlib.sha1(re.sub(r"[^a-z0-9]", "", text.lower()).encode()).hexdigest()
    return "test" if int(digest[:8], 16) % 100 < 30 else "dev"


def countries_named(phrase: str) -> set[str]:
    """The states a phrase names by a gazetteer country name or demonym ("Croatian government's
    request" -> {"HRV"}); capitals and seats of power do not count (they are often places)."""
    gaz = load_gazetteer()
    words = re.findall(r"[\w.'’-]+", phrase)
    found: set[str] = set()
    used: set[int] = set()
    for n in range(MAX_NAME_WORDS, 0, -1):  # longest names first: "Republic of the Congo" is no "Congo"
        for i in range(len(words) - n + 1):
            if used & set(range(i, i + n)):
                continue
            text = " ".join(words[i:i + n])
            for form in (text, re.sub(r"['’]s$", "", text)):
                entry = gaz.surfaces.get(form)
                if entry is not None and entry.kind in (STATE, DEMONYM) and entry.actor:
                    found.add(entry.actor)
                    used.update(range(i, i + n))
                    break
    return found


def country_of(actor: Actor | None, actor_id: str) -> str | None:
    if actor is not None and actor.kind in ("state", "igo"):
        return actor.id
    return actor.country if actor is not None else None


@dataclass
class Tally:
    phrases: int = 0
    covered: int = 0
    with_country: int = 0  # phrases that name a state
    right_country: int = 0  # ... covered by an actor of that state

    @property
    def share(self) -> float:
        return self.covered / self.phrases if self.phrases else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"phrases": self.phrases, "covered": self.covered, "share": round(self.share, 4),
                "naming_a_state": self.with_country, "right_state": self.right_country}


@dataclass
class CoverageReport:
    splits: dict[str, dict[str, Tally]] = field(default_factory=dict)  # split -> role -> tally
    missed: list[dict[str, Any]] = field(default_factory=list)  # dev phrases not covered, for tuning

    def tally(self, split: str, role: str) -> Tally:
        return self.splits.setdefault(split, {}).setdefault(role, Tally())

    def to_dict(self) -> dict[str, Any]:
        return {split: {role: t.to_dict() for role, t in roles.items()} for split, roles in sorted(self.splits.items())}


def covered(span: dict[str, Any], analysis: Analysis) -> tuple[bool, bool]:
    """(covered, names a state) for one gold phrase."""
    actors = {a.id: a for a in analysis.actors}
    named = countries_named(span["text"])
    hits = [m.actor for m in analysis.mentions
            if m.actor and m.start < span["end"] and span["start"] < m.end]
    if named:
        return any(country_of(actors.get(a), a) in named for a in hits), True
    return bool(hits), False


def measure(lines: Sequence[dict[str, Any]], analyses: Iterable[Analysis | InputError]) -> CoverageReport:
    report = CoverageReport()
    for line, analysis in zip(lines, analyses, strict=True):
        split = split_of(line["text"])
        if isinstance(analysis, InputError):
            analysis = Analysis(article=None)  # type: ignore[arg-type]  # finds nothing
        for role in ROLES:
            for span in line.get("gold", {}).get(role, []):
                hit, names_state = covered(span, analysis)
                tally = report.tally(split, role)
                tally.phrases += 1
                tally.covered += hit
                tally.with_country += names_state
                tally.right_country += hit and names_state
                if not hit and split == "dev":
                    report.missed.append({"id": line.get("id"), "role": role, "phrase": span["text"]})
    return report


def run(path: Path, limit: int | None = None) -> CoverageReport:
    lines = [json.loads(raw) for raw in path.read_text(encoding="utf-8").splitlines() if raw.strip()][:limit]
    docs = (RawDocument(text=line["text"], input=f"{path}:{n}") for n, line in enumerate(lines, start=1))
    return measure(lines, analyze_documents(docs))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m accord.evaluation.coverage", description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="span gold JSON Lines (the CAMEO NER sentences)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--missed", type=int, default=0, metavar="N", help="list N dev phrases not covered")
    parser.add_argument("--limit", type=int, default=None, help="only the first N lines")
    args = parser.parse_args(argv)
    if not args.path.exists():
        print(f"error: {args.path} not found; give the span gold file "
              "(../shared/data/cameo-train/cameo_ner_train.jsonl)", file=sys.stderr)
        return 2
    report = run(args.path, args.limit)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2))
    else:
        for split, roles in sorted(report.splits.items()):
            for role, t in roles.items():
                print(f"{split:5} {role:7} {t.covered:5}/{t.phrases:<5} {t.share:6.1%} covered "
                      f"({t.right_country}/{t.with_country} naming a state, right state)")
    for miss in report.missed[:args.missed]:
        print(f"  missed {miss['role']:7} {miss['phrase']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
