"""The hostile-input properties of tests/test_hostile.py at volume: 10,000 cases per target.

    .venv/bin/python bench/fuzz.py                  # every target, 10,000 cases each
    .venv/bin/python bench/fuzz.py --cases 500 --target feeds

A case passes when it ends in a result or a clear error (InputError, AccordError, the contract's
ValidationError) and the result keeps its invariants (spans inside the text, storable UTF-8).
Hypothesis stops a target at its first failure and shrinks it: the table then shows 1 failure
and the smallest failing input is printed under it.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
import warnings
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
import test_hostile  # noqa: E402  (the properties and their strategies)


def run(name: str, cases: int) -> tuple[int, int, float, str]:
    check, strategies = test_hostile.TARGETS[name]
    count = 0

    def counted(args: tuple[object, ...]) -> None:
        nonlocal count
        count += 1
        check(*args)

    config = settings(max_examples=cases, deadline=None, database=None, print_blob=False,
                      suppress_health_check=list(HealthCheck))
    started = time.perf_counter()
    try:
        config(given(st.tuples(*strategies))(counted))()
    except Exception as exc:  # the property failed: report it with the shrunk input
        return count, 1, time.perf_counter() - started, f"{type(exc).__name__}: {exc}"[:2000]
    return count, 0, time.perf_counter() - started, ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--target", action="append", choices=sorted(test_hostile.TARGETS))
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)  # trafilatura logs every empty page it is fed
    warnings.simplefilter("ignore")
    test_hostile.VALID.update(test_hostile.valid_analysis())
    print(f"{'target':20} {'cases':>7} {'failures':>8} {'seconds':>8}")
    failed = 0
    for name in args.target or sorted(test_hostile.TARGETS):
        count, failures, seconds, detail = run(name, args.cases)
        failed += failures
        print(f"{name:20} {count:7d} {failures:8d} {seconds:8.1f}", flush=True)
        if detail:
            print("  " + detail.replace("\n", "\n  "))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
