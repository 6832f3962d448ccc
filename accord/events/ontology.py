"""The PLOVER ontology as accord uses it: types, modes, contexts, scores and CAMEO equivalents.

Everything is read from the plain-data files in `accord/events/data/` (derived from the PLOVER
manual draft 0.8, CC BY-SA 4.0, and the public Goldstein scale), once per process.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class EventType:
    name: str
    quad_class: int
    cameo_root: str
    goldstein: float
    plover_score: float
    symmetric: bool
    summary: str


@dataclass(frozen=True)
class Ontology:
    types: dict[str, EventType]
    modes: dict[str, dict[str, float | None]]  # type -> mode -> score (None: the type's)
    contexts: frozenset[str]
    goldstein: dict[str, float] = field(default_factory=dict)  # CAMEO code -> Goldstein

    def goldstein_for(self, cameo: str | None, type_name: str) -> float:
        """The Goldstein value of `cameo`, or of its nearest listed parent code, else the type's."""
        code = cameo or ""
        while code:
            if code in self.goldstein:
                return self.goldstein[code]
            code = code[:-1]
        return self.types[type_name].goldstein

    def plover_score(self, type_name: str, mode: str | None) -> float:
        score = self.modes.get(type_name, {}).get(mode or "")
        return score if score is not None else self.types[type_name].plover_score


def data_rows(name: str) -> Iterator[tuple[int, list[str]]]:
    """(line number, tab-separated fields) of the data file `name`, skipping comments and blanks."""
    text = resources.files("accord.events").joinpath("data", name).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield number, [part.strip() for part in line.split("\t")]


def _float_or_none(value: str) -> float | None:
    return float(value) if value not in ("", "-") else None


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    types = {
        row[0]: EventType(row[0], int(row[1]), row[2], float(row[3]), float(row[4]), row[5] == "yes", row[6])
        for _, row in data_rows("types.tsv")
    }
    modes: dict[str, dict[str, float | None]] = {name: {} for name in types}
    for _, row in data_rows("modes.tsv"):
        modes[row[0]][row[1]] = _float_or_none(row[2] if len(row) > 2 else "")
    contexts = frozenset(row[0] for _, row in data_rows("contexts.tsv"))
    goldstein = {row[0]: float(row[1]) for _, row in data_rows("goldstein.tsv")}
    return Ontology(types=types, modes=modes, contexts=contexts, goldstein=goldstein)
