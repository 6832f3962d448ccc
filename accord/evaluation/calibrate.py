"""Fit `data/calibration.tsv` on the dev split of the event gold (never the test split): the
sentences of eval/gold/events.jsonl and the whole articles of eval/gold/articles.jsonl.

    python -m accord.evaluation.calibrate [GOLD.jsonl ...]

Each predicted event is right when a gold event of the same line has its type, source and target
(country level; participant sets unordered for reciprocal gold). Raw scores are sorted into
equal-count bins, each bin's precision is Beta(1,1)-smoothed, and adjacent bins are pooled until
precision never falls as the raw score rises (pool-adjacent-violators)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..events import confidence
from ..events.confidence import calibration
from .events import reduce_events, same_source, same_target
from .gold import load_gold
from .runner import predict

OUT = Path(confidence.__file__).parent / "data" / "calibration.tsv"
BINS = 6


DEFAULT_GOLD = ["eval/gold/events.jsonl", "eval/gold/articles.jsonl"]


def observations(paths: list[str] | str) -> list[tuple[float, bool]]:
    paths = [paths] if isinstance(paths, str) else paths
    lines = [g for g in load_gold(paths, split="dev") if g.split == "dev" and g.events is not None]
    calibration.cache_clear()
    OUT.unlink(missing_ok=True)  # score raw values
    obs = []
    for gold, pred in zip(lines, predict(lines)):
        if "events" not in pred:
            continue
        for raw, p in zip((e["confidence"] for e in pred["events"]), reduce_events(pred)):
            ok = any(g.type == p.type and same_source(g, p) and same_target(g, p) for g in gold.events or [])
            obs.append((raw, ok))
    return sorted(obs)


def _groups(obs: list[tuple[float, bool]], bins: int) -> list[list[tuple[float, bool]]]:
    """Equal-count bins of the sorted observations; equal raw scores stay in one bin (`calibrate`
    maps a raw score to one value, so a tie split over two bins would give the bin after it a
    bound it never reaches), and a remainder shorter than a bin joins the bin before it."""
    size = max(1, len(obs) // bins)
    groups, start = [], 0
    while start < len(obs):
        end = min(start + size, len(obs))
        while end < len(obs) and obs[end][0] == obs[end - 1][0]:
            end += 1
        groups.append(obs[start:end])
        start = end
    if len(groups) > 1 and len(groups[-1]) < size:
        remainder = groups.pop()
        groups[-1] = groups[-1] + remainder
    return groups


def fit(obs: list[tuple[float, bool]], bins: int = BINS) -> list[tuple[float, float, int]]:
    pooled: list[list[tuple[float, bool]]] = []
    for g in _groups(obs, bins):
        pooled.append(list(g))
        while len(pooled) > 1 and _rate(pooled[-2]) > _rate(pooled[-1]):
            last = pooled.pop()
            pooled[-1].extend(last)
    return [(g[-1][0], round(_rate(g), 3), len(g)) for g in pooled]


def _rate(group: list[tuple[float, bool]]) -> float:
    return (sum(ok for _, ok in group) + 1) / (len(group) + 2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m accord.evaluation.calibrate", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="*", default=DEFAULT_GOLD,
                        help=f"event gold files whose dev lines are fitted on (default: {' '.join(DEFAULT_GOLD)})")
    paths = parser.parse_args(argv).gold
    table = fit(observations(paths))
    rows = [f"{upper:.4f}\t{value}\t{n}" for upper, value, n in table]
    OUT.write_text("# Calibration of event confidence: raw score upper bound -> observed precision, n.\n"
                   f"# Fitted by `python -m accord.evaluation.calibrate` on the dev split of {', '.join(paths)}.\n"
                   "# raw_upper\tcalibrated\tn\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
