"""The evaluation report: counts per line, summed per task, per PLOVER type, per file, per tag."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .realtext import PentaTally
from .scores import Tally

TASKS = ("event", "event_type", "event_source", "event_target", "event_triple", "event_status",
         "event_date", "quote", "quote_kind", "quote_speaker", "quote_speaker_strict", "quote_source", "quote_cue", "quote_direct", "quote_indirect",
         "quote_mixed", "actor", "actor_country", "actor_role", "actor_sector",
         "source_span", "target_span")


@dataclass
class LineScore:
    """What one gold line contributed."""

    id: str
    file: str
    split: str | None
    tags: tuple[str, ...]
    tasks: Tally = field(default_factory=Tally)
    types: Tally = field(default_factory=Tally)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    penta: PentaTally = field(default_factory=PentaTally)
    error: str | None = None  # the pipeline failed on this line (scored as finding nothing)


def _ordered(tally: Tally) -> dict[str, dict[str, Any]]:
    return {task: tally[task].to_dict() for task in TASKS if task in tally}


@dataclass
class EvalReport:
    files: list[str]
    split: str | None
    lines: list[LineScore]

    def tasks(self, lines: list[LineScore] | None = None) -> Tally:
        return Tally().merge(s.tasks for s in (self.lines if lines is None else lines))

    def types(self) -> Tally:
        return Tally().merge(s.types for s in self.lines)

    def confusion(self) -> Counter[tuple[str, str]]:
        return sum((s.confusion for s in self.lines), Counter())

    def penta(self, lines: list[LineScore] | None = None) -> PentaTally:
        tally = PentaTally()
        for s in self.lines if lines is None else lines:
            tally.merge(s.penta)
        return tally

    def errors(self) -> list[dict[str, str]]:
        return [{"id": s.id, "file": s.file, "message": s.error} for s in self.lines if s.error]

    def f1(self, task: str) -> float | None:
        return self.tasks()[task].f1

    def by_file(self) -> dict[str, Tally]:
        return {f: self.tasks([s for s in self.lines if s.file == f]) for f in self.files}

    def by_tag(self) -> dict[str, Tally]:
        tags = sorted({t for s in self.lines for t in s.tags})
        return {t: self.tasks([s for s in self.lines if t in s.tags]) for t in tags}

    def to_dict(self) -> dict[str, Any]:
        cells = self.confusion()
        return {
            "files": list(self.files),
            "split": self.split,
            "lines": len(self.lines),
            "errors": self.errors(),
            "tasks": _ordered(self.tasks()),
            **({"penta": self.penta().to_dict()} if self.penta().pairs else {}),
            "by_type": self.types().to_dict(),
            "confusion": [{"gold": g, "predicted": p, "count": n} for (g, p), n in sorted(cells.items())],
            "by_file": {f: _ordered(t) for f, t in self.by_file().items()},
            "by_tag": {tag: _ordered(t) for tag, t in self.by_tag().items()},
        }
