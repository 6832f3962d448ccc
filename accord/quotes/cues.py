"""The speech-cue lexicon: `data/cues.txt`, a plain list a domain expert can extend."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import AccordError

CUES_PATH = Path(__file__).parent / "data" / "cues.txt"
KINDS = ("say", "object", "intend", "directive", "noun", "direct", "naming", "context")


@dataclass(frozen=True)
class Cues:
    """Cue lemmas by kind (see the header of `data/cues.txt`)."""

    kinds: dict[str, str]

    def kind(self, lemma: str) -> str | None:
        return self.kinds.get(lemma.lower())

    def reports(self, lemma: str) -> bool:
        """True for cue verbs whose complement is reported content."""
        return self.kind(lemma) in ("say", "object", "intend", "directive")

    def introduces(self, lemma: str) -> bool:
        """True for cue nouns: 'the claim that ...', 'a warning that ...', 'the hope that ...'."""
        return self.kind(lemma) in ("noun", "say", "object", "intend")


def parse_cues(lines: list[str], source: str = "<cues>") -> Cues:
    kinds: dict[str, str] = {}
    for number, line in enumerate(lines, 1):
        fields = line.split("#", 1)[0].split()
        if not fields:
            continue
        if len(fields) != 2 or fields[1] not in KINDS:
            raise AccordError(
                f"{source}:{number}: expected 'lemma kind' with kind one of {', '.join(KINDS)}, "
                f"got {line.strip()!r}.")
        kinds[fields[0].lower()] = fields[1]
    return Cues(kinds)


@lru_cache(maxsize=1)
def load_cues(path: Path = CUES_PATH) -> Cues:
    return parse_cues(path.read_text(encoding="utf-8").splitlines(), str(path))
