"""The speech-cue lexicon: `data/cues.txt`, a plain list a domain expert can extend."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import AccordError

CUES_PATH = Path(__file__).parent / "data" / "cues.txt"
KINDS = ("say", "object", "intend", "directive", "noun", "direct", "naming", "context")
CAMEO_CODE = re.compile(r"[0-2]\d\d")
STATEMENT = "010"  # CAMEO "make statement, not specified": a cue line that gives no code of its own


@dataclass(frozen=True)
class Cues:
    """Cue lemmas by kind (see the header of `data/cues.txt`)."""

    kinds: dict[str, str]
    codes: dict[str, str]  # the CAMEO code of a cue that names a speech act other than a statement

    def kind(self, lemma: str) -> str | None:
        return self.kinds.get(lemma.lower())

    def cameo(self, lemma: str | None) -> str:
        """The CAMEO code of the speech act a cue names: 016 for "deny", 010 (a statement) for
        "say", for a cue of no lemma ("according to" is a statement) and for a quotation whose
        cue is the context."""
        return self.codes.get((lemma or "").lower(), STATEMENT)

    def reports(self, lemma: str) -> bool:
        """True for cue verbs whose complement is reported content."""
        return self.kind(lemma) in ("say", "object", "intend", "directive")

    def introduces(self, lemma: str) -> bool:
        """True for cue nouns: 'the claim that ...', 'a warning that ...', 'the hope that ...'."""
        return self.kind(lemma) in ("noun", "say", "object", "intend")


def parse_cues(lines: list[str], source: str = "<cues>") -> Cues:
    kinds: dict[str, str] = {}
    codes: dict[str, str] = {}
    for number, line in enumerate(lines, 1):
        fields = line.split("#", 1)[0].split()
        if not fields:
            continue
        code = fields[2] if len(fields) == 3 else STATEMENT
        if len(fields) not in (2, 3) or fields[1] not in KINDS or not CAMEO_CODE.fullmatch(code):
            raise AccordError(
                f"{source}:{number}: expected 'lemma kind' or 'lemma kind CAMEO-code' with kind one of "
                f"{', '.join(KINDS)} and a code of three digits (012), got {line.strip()!r}.")
        kinds[fields[0].lower()] = fields[1]
        if code != STATEMENT:
            codes[fields[0].lower()] = code
    return Cues(kinds, codes)


@lru_cache(maxsize=1)
def load_cues(path: Path = CUES_PATH) -> Cues:
    return parse_cues(path.read_text(encoding="utf-8").splitlines(), str(path))
