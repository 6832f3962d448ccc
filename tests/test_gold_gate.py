"""The gold-set gate: accord's per-task F1 on every eval/gold/*.jsonl file stays above the floors
pinned in eval/floors.json next to the file's sha256 (mechanism: accord/evaluation/gate.py).

The pipeline runs once per session over the lines of all gold files (one `nlp.pipe` pass).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.evaluation import EvalReport, evaluate
from accord.evaluation.gate import (
    FLOORS,
    REPIN,
    ROOT,
    check_file,
    committed_floors,
    gold_files,
    key,
    lowered,
    read_floors,
)

EXPECTED = ("eval/gold/events.jsonl", "eval/gold/quotes.jsonl", "eval/gold/articles.jsonl",
            "eval/wikinews/wikinews.jsonl")  # skipped while missing
FILES = sorted({key(p) for p in gold_files()} | set(EXPECTED))

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def gold_report(nlp) -> EvalReport:
    return evaluate(gold_files(), nlp=nlp)


@pytest.mark.parametrize("name", FILES)
def test_scores_stay_above_their_floors(gold_report: EvalReport, name: str) -> None:
    path = ROOT / name
    if not path.exists():
        pytest.skip(f"{key(path)} is not written yet")
    entry = read_floors()["files"].get(key(path))
    problems = check_file(path, gold_report.by_file()[str(path)], entry)
    assert not problems, "\n".join(problems)


def test_floors_name_existing_gold_files() -> None:
    missing = [name for name in read_floors()["files"] if not (ROOT / name).exists()]
    assert not missing, f"floors pinned for gold files that are gone: {missing}; re-pin with `{REPIN}`"


def test_floors_only_go_up() -> None:
    before = committed_floors()
    if before is None:
        pytest.skip(f"no committed {FLOORS.name} to compare with")
    problems = lowered(read_floors(), before)
    assert not problems, "\n".join(problems)


def test_every_floor_has_a_digest() -> None:
    for name, entry in read_floors()["files"].items():
        assert len(entry.get("sha256", "")) == 64, f"{name}: the floors need the gold file's sha256"
        assert all(0.0 <= f <= 1.0 for f in entry.get("floors", {}).values()), name


def test_floors_file_is_where_the_gate_reads_it() -> None:
    assert FLOORS == Path(__file__).resolve().parent.parent / "eval" / "floors.json"
