"""The gold-set gate: per-task F1 floors pinned next to a sha256 of each gold file.

`eval/floors.json` holds, for each gold file, its digest and a floor per task; the test suite
(tests/test_gold_gate.py) fails when a score drops below its floor, when a gold file changed since
it was pinned, or when a floor went down without a `"lowered_because"` reason. Re-pin with

    .venv/bin/python -m accord.evaluation.gate --pin [--reason "why a floor may go down"]

which sets each floor to the measured F1 less MARGIN, rounded down, and never lowers one silently.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

from .report import EvalReport
from .scores import Tally

ROOT = Path(__file__).resolve().parents[2]
# the team's gold and the real-news gold (Wikinews): a change may not lower either
GOLD_DIRS = (ROOT / "eval" / "gold", ROOT / "eval" / "wikinews")
FLOORS = ROOT / "eval" / "floors.json"
# Head-room under the measured F1, so that an unrelated change moving one line does not break the
# gate: 0.02 is one or two lines out of ~60-100 on the gold files of a task.
MARGIN = 0.02
REPIN = ".venv/bin/python -m accord.evaluation.gate --pin"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def key(path: Path) -> str:
    """How floors.json names a gold file: its path from the repository root."""
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return path.as_posix()


def floor_of(f1: float) -> float:
    return max(0.0, math.floor(round((f1 - MARGIN) * 100, 6)) / 100)


def read_floors(path: Path = FLOORS) -> dict[str, Any]:
    if not path.exists():
        return {"files": {}}
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def committed_floors(path: Path = FLOORS) -> dict[str, Any] | None:
    """floors.json as last committed (None outside a git checkout or before the first commit)."""
    try:
        out = subprocess.run(["git", "show", f"HEAD:{key(path)}"], cwd=ROOT, capture_output=True,
                             text=True, check=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return None
    data: dict[str, Any] = json.loads(out.stdout)
    return data


def check_file(path: Path, tally: Tally, entry: dict[str, Any] | None) -> list[str]:
    """Why the gate fails for one gold file (an empty list when it passes)."""
    if entry is None:
        return [f"{key(path)} has no floors yet; pin them with `{REPIN}`"]
    if entry.get("sha256") != digest(path):
        return [f"{key(path)} changed since its floors were pinned; check the scores and re-pin with "
                f"`{REPIN}` (add --reason if a floor must go down)"]
    return [f"{key(path)}: {task} F1 {tally[task].f1 or 0.0:.3f} is below its floor {floor:.2f}"
            for task, floor in sorted(entry.get("floors", {}).items())
            if (tally[task].f1 or 0.0) < floor]


def lowered(current: dict[str, Any], before: dict[str, Any] | None) -> list[str]:
    """Floors lower than in `before` (the committed file) in an entry with no `lowered_because`."""
    out = []
    for name, old in ((before or {}).get("files") or {}).items():
        new = current.get("files", {}).get(name)
        if new is None or new.get("lowered_because"):
            continue
        for task, floor in old.get("floors", {}).items():
            if new.get("floors", {}).get(task, 0.0) < floor:
                out.append(f"{name}: the floor of {task} went down from {floor} without a "
                           f"\"lowered_because\" reason")
    return out


def pinned_entry(path: Path, tally: Tally, old: dict[str, Any] | None, reason: str | None) -> dict[str, Any]:
    """New floors for one file from its scores; refuses to lower a floor unless `reason` is given."""
    scores = {t: c.f1 for t, c in sorted(tally.items()) if c.gold and c.f1 is not None}
    previous = (old or {}).get("floors", {})
    drops = sorted(t for t in previous if scores.get(t, 0.0) < previous[t])
    floors = {t: floor_of(f1) if t in drops else max(floor_of(f1), previous.get(t, 0.0))
              for t, f1 in scores.items()}
    if drops and not reason:
        raise SystemExit(f"{key(path)}: the floors of {', '.join(drops)} would go down; "
                         "say why with --reason \"...\"")
    lines = sum(1 for row in path.read_text(encoding="utf-8").splitlines() if row.strip())
    entry: dict[str, Any] = {"sha256": digest(path), "lines": lines, "floors": floors}
    if drops:
        entry["lowered_because"] = reason
    return entry


def gold_files() -> list[Path]:
    return sorted(path for folder in GOLD_DIRS for path in folder.glob("*.jsonl"))


def pin(report: EvalReport, paths: list[Path], reason: str | None = None, out: Path = FLOORS) -> dict[str, Any]:
    data = read_floors(out)
    by_file = report.by_file()
    files = data.setdefault("files", {})
    for path in paths:
        files[key(path)] = pinned_entry(path, by_file[str(path)], files.get(key(path)), reason)
    data["margin"] = MARGIN
    out.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return data


def main(argv: list[str] | None = None) -> int:
    from .runner import evaluate

    parser = argparse.ArgumentParser(prog="python -m accord.evaluation.gate", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pin", action="store_true", help="write eval/floors.json from the scores")
    parser.add_argument("--reason", help="why a floor may go down (stored as lowered_because)")
    args = parser.parse_args(argv)
    paths = gold_files()
    report = evaluate(paths)
    if args.pin:
        pin(report, paths, args.reason)
    floors = read_floors()
    problems = [p for path in paths for p in check_file(path, report.by_file()[str(path)],
                                                         floors["files"].get(key(path)))]
    print("\n".join(problems) or f"gate passes on {len(paths)} gold file(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
