"""Throughput and peak memory of accord against raw spaCy on the same texts (docs/performance.md).

    .venv/bin/python bench/throughput.py                   # 300 generated articles, then 295 real ones
    .venv/bin/python bench/throughput.py --set wikinews    # only the real Wikinews articles
    .venv/bin/python bench/throughput.py --quick           # 40 articles of each, a smoke run

The real articles are the 295 Wikinews articles of 2019-2020 the tests carry
(tests/data/wikinews/, CC BY 2.5): real lengths and layouts, from a 26-character stub to a
104,000-character interview.

Each row runs in its own process, so its peak RSS (from os.wait4) is its own: for a command that
starts workers, the largest single process of its tree, i.e. the peak per worker. Speeds exclude
start-up (loading Python and the model): in-process rows time only the `nlp.pipe` pass; command
rows subtract the time of the same command on a one-article file.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import ROOT, make_corpus, write_corpus  # noqa: E402

# Targets (issue 16, docs/performance.md): speed against raw spaCy's full parse of the same texts,
# worker scaling, and a peak per process no higher than raw spaCy's own on the same corpus.
ANALYZE_MIN_RATIO = 1.2
INGEST_MIN_RATIO = 1.0
TWO_WORKERS_MIN_SPEEDUP = 1.8
WIKINEWS = ROOT / "tests" / "data" / "wikinews" / "wikinews-2019-2020.jsonl"
TIMEOUT = 1800  # seconds for one measurement; a hung command is killed and reported
STARTUP_TIMEOUT = 180


@dataclass
class Row:
    name: str
    seconds: float | None
    peak_mb: float
    articles: int
    words: int
    note: str = ""
    cpu: float | None = None  # CPU seconds of the same work: steadier than wall time on a shared machine

    def rate(self, per: int) -> float | None:
        return per / self.seconds if self.seconds else None


def time_spacy(rows: list[dict[str, str]]) -> tuple[float, float, float]:
    """(model load seconds, pipe seconds, pipe CPU seconds) of the plain spaCy model over the texts."""
    import spacy

    from accord.nlp import model_name

    t0 = time.perf_counter()
    nlp = spacy.load(model_name())
    t1, c1 = time.perf_counter(), time.process_time()
    for _ in nlp.pipe((r["text"] for r in rows), batch_size=16):
        pass
    return t1 - t0, time.perf_counter() - t1, time.process_time() - c1


def time_pipeline(rows: list[dict[str, str]]) -> tuple[float, float, float]:
    """(model load seconds, analysis seconds, analysis CPU seconds) of accord's whole pipeline."""
    from accord.model import RawDocument
    from accord.pipeline import analyze_documents, load_nlp
    from accord.sources.dates import parse_published

    t0 = time.perf_counter()
    nlp = load_nlp()
    raws = [RawDocument(text=r["text"], input=r["id"], title=r["title"], id=r["id"],
                        published=parse_published(r["published"])) for r in rows]
    t1, c1 = time.perf_counter(), time.process_time()
    for _ in analyze_documents(raws, nlp):
        pass
    return t1 - t0, time.perf_counter() - t1, time.process_time() - c1


def measure_in_process(kind: str, corpus_path: Path) -> None:
    """Child side of the in-process rows: print {"seconds", "cpu", "load_seconds"} as JSON."""
    rows = [json.loads(r) for r in corpus_path.read_text(encoding="utf-8").splitlines()]
    load, seconds, cpu = (time_spacy if kind == "spacy" else time_pipeline)(rows)
    print(json.dumps({"seconds": seconds, "cpu": cpu, "load_seconds": load}))


def wait(proc: subprocess.Popen[bytes], timeout: float) -> tuple[int, resource.struct_rusage | None]:
    """os.wait4 with a deadline; a process tree still running then is killed (status -9)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            return proc.returncode, usage
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    _, _, usage = os.wait4(proc.pid, 0)
    proc.returncode = -9
    return -9, usage


def run(cmd: list[str], stdout_path: Path | None = None,
        timeout: float = TIMEOUT) -> tuple[float, float, int, str, float]:
    """(wall seconds, peak RSS in MB, exit status, stderr tail, CPU seconds) of one child process tree."""
    with open(stdout_path or os.devnull, "wb") as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, cwd=ROOT,
                                start_new_session=True)
        code, usage = wait(proc, timeout)
        wall = time.perf_counter() - t0
        err.seek(0)
        tail = err.read().decode("utf-8", "replace").strip().splitlines()[-3:]
    if code == -9:
        tail.append(f"killed after {timeout:.0f} s")
    cpu = usage.ru_utime + usage.ru_stime if usage else 0.0
    return wall, (usage.ru_maxrss / 1024 if usage else 0.0), code, " | ".join(tail), cpu


def accord_cmd() -> list[str]:
    script = Path(sys.executable).with_name("accord")
    return [str(script)] if script.exists() else [sys.executable, "-c", "from accord.cli import app; app()"]


def command_ready(name: str) -> str | None:
    """None when `accord NAME` exists and takes --workers, else why the row is skipped."""
    done = subprocess.run(accord_cmd() + [name, "--help"], capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        return f"`accord {name}` is not available yet"
    return None if "--workers" in done.stdout else f"`accord {name}` has no --workers option yet"


def in_process_row(name: str, kind: str, corpus: Path, n: int, words: int, timeout: float) -> Row:
    out = corpus.with_suffix(f".{kind}.json")
    wall, peak, code, err, _ = run([sys.executable, __file__, "--measure", kind, "--corpus", str(corpus)], out,
                                   timeout)
    if code != 0:
        return Row(name, None, peak, n, words, f"failed: {err}")
    result = json.loads(out.read_text())
    return Row(name, result["seconds"], peak, n, words, f"model load {result['load_seconds']:.1f} s", result["cpu"])


def produced(kind: str, out: Path, db: Path) -> str:
    """How many articles a command turned out: JSON lines printed, or rows stored."""
    if kind == "analyze":
        lines = out.read_text(encoding="utf-8", errors="replace").splitlines()
        return f"{sum(1 for x in lines if x.strip())} objects printed"
    try:
        with sqlite3.connect(db) as con:
            return f"{con.execute('SELECT count(*) FROM articles').fetchone()[0]} articles stored"
    except sqlite3.Error:
        return "stored count unknown"


def command_row(name: str, args: list[str], corpus: Path, one: Path, n: int, words: int, tmp: Path,
                timeout: float) -> Row:
    """`accord ARGS` on the corpus, less the same command on a one-article file (start-up)."""
    why = command_ready(args[0])
    if why:
        return Row(name, None, 0.0, n, words, f"skipped: {why}")
    tag = "-".join(args)

    def cmd(path: Path, db: Path) -> list[str]:
        return accord_cmd() + [args[0], str(path)] + args[1:] + (["--db", str(db)] if args[0] == "ingest" else [])

    for stale in tmp.glob(f"{tag}*.db"):
        stale.unlink()  # every run ingests into a fresh database
    startup, _, code, err, startup_cpu = run(cmd(one, tmp / f"{tag}-one.db"), tmp / f"{tag}-one.out", STARTUP_TIMEOUT)
    wall, peak, code2, err2, cpu = run(cmd(corpus, tmp / f"{tag}.db"), tmp / f"{tag}.out", timeout)
    if code or code2:
        return Row(name, None, peak, n, words, f"failed (exit {code or code2}): {err or err2}")
    made = produced(args[0], tmp / f"{tag}.out", tmp / f"{tag}.db")
    return Row(name, max(wall - startup, 1e-9), peak, n, words, f"start-up {startup:.1f} s subtracted; {made}",
               max(cpu - startup_cpu, 1e-9))


def fmt(x: float | None, digits: int = 1) -> str:
    return "–" if x is None else f"{x:,.{digits}f}"


def speedup(row: Row, base: Row) -> float | None:
    """How many times faster `row` processed the (same) corpus than `base`."""
    return base.seconds / row.seconds if row.seconds and base.seconds else None


def cpu_speedup(row: Row, base: Row) -> float | None:
    """The same in CPU seconds: how many times less CPU `row` spent on the corpus than `base`."""
    return base.cpu / row.cpu if row.cpu and base.cpu and row.seconds and base.seconds else None


def report(rows: list[Row]) -> list[str]:
    base = rows[0]
    lines = [f"{'measurement':<34} {'articles/s':>10} {'words/s':>10} {'peak MB':>8} {'vs spaCy':>8} "
             f"{'CPU s':>7} {'CPU vs':>6}  note"]
    for r in rows:
        ratio = speedup(r, base)
        lines.append(f"{r.name:<34} {fmt(r.rate(r.articles)):>10} {fmt(r.rate(r.words), 0):>10} "
                     f"{fmt(r.peak_mb, 0) if r.peak_mb else '–':>8} {fmt(ratio, 2):>8} "
                     f"{fmt(r.cpu if r.seconds else None):>7} {fmt(cpu_speedup(r, base), 2):>6}  {r.note}")
    return lines


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("PASS" if ok else "FAIL")


def targets(rows: dict[str, Row]) -> list[str]:
    def ratio(a: str, b: str) -> float | None:
        return speedup(rows[a], rows[b])

    def in_cpu(a: str) -> str:
        return f"  (in CPU time {fmt(cpu_speedup(rows[a], rows['spacy']), 2)})"

    checks = [("analyze (workers 1) vs raw spaCy", ratio("analyze1", "spacy"), ANALYZE_MIN_RATIO, in_cpu("analyze1")),
              ("pipeline in-process vs raw spaCy", ratio("pipeline", "spacy"), ANALYZE_MIN_RATIO, in_cpu("pipeline")),
              ("ingest (workers 1) vs raw spaCy", ratio("ingest1", "spacy"), INGEST_MIN_RATIO, in_cpu("ingest1")),
              ("analyze workers 2 vs workers 1", ratio("analyze2", "analyze1"), TWO_WORKERS_MIN_SPEEDUP, "")]
    out = [f"{label:<36} {fmt(value, 2):>6}  target >= {goal}  {verdict(None if value is None else value >= goal)}{cpu}"
           for label, value, goal, cpu in checks]
    peak = max((r.peak_mb for key, r in rows.items() if key != "spacy" and r.seconds), default=None)
    limit = rows["spacy"].peak_mb if rows["spacy"].seconds else None
    ok = None if peak is None or limit is None else peak <= limit
    out.append(f"{'peak RSS per accord process (MB)':<36} {fmt(peak, 0):>6}  target <= {fmt(limit, 0)} "
               f"(raw spaCy's)  {verdict(ok)}")
    return out


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), "unknown CPU")
    mem = next((int(line.split()[1]) // 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), 0)
    return f"{os.cpu_count()} CPUs ({cpu}), {mem:,} MB memory, Python {sys.version.split()[0]}"


def best_of(repeat: int, measure: Callable[[], dict[str, Row]]) -> dict[str, Row]:
    """Each row's fastest run out of `repeat` (runs interleave, so a burst of load hits one)."""
    best: dict[str, Row] = {}
    for _ in range(max(1, repeat)):
        for key, row in measure().items():
            old = best.get(key)
            if old is None or (row.seconds and (not old.seconds or row.seconds < old.seconds)):
                best[key] = row
    return best


def measure_all(corpus: Path, one: Path, n: int, words: int, tmp: Path, timeout: float) -> dict[str, Row]:
    """One run of every row, each in processes of its own."""
    common = (corpus, one, n, words, tmp, timeout)
    return {
        "spacy": in_process_row("raw spaCy nlp.pipe (baseline)", "spacy", corpus, n, words, timeout),
        "pipeline": in_process_row("accord analyze_documents", "pipeline", corpus, n, words, timeout),
        "analyze1": command_row("accord analyze --json --workers 1", ["analyze", "--json", "--workers", "1"],
                                *common),
        "analyze2": command_row("accord analyze --json --workers 2", ["analyze", "--json", "--workers", "2"],
                                *common),
        "ingest1": command_row("accord ingest --workers 1 (SQLite)", ["ingest", "--workers", "1"], *common),
    }


def wikinews_corpus(limit: int | None = None) -> list[dict[str, str]]:
    rows = [json.loads(line) for line in WIKINEWS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows[:limit] if limit else rows


def bench(label: str, articles: list[dict[str, str]], args: argparse.Namespace) -> None:
    """Every row on one corpus, the table and the targets."""
    n, words = len(articles), sum(len(a["text"].split()) for a in articles)
    with tempfile.TemporaryDirectory(prefix="accord-bench-") as tmp_name:
        tmp = Path(tmp_name)
        corpus, one = write_corpus(articles, tmp / "corpus.jsonl"), write_corpus(articles[:1], tmp / "one.jsonl")
        print(f"corpus: {n} {label}, {words:,} words; best of {args.repeat} runs per row; "
              f"load average before: {os.getloadavg()[0]:.2f}\n", flush=True)
        rows = best_of(args.repeat, lambda: measure_all(corpus, one, n, words, tmp, args.timeout))
    print("\n".join(report(list(rows.values()))))
    print()
    print("\n".join(targets(rows)))
    print(f"\nload average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
          f"(other processes on the machine slow every row)\n", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=["generated", "wikinews", "both"], default="both",
                        help="which corpus: generated articles, the real Wikinews articles, or both (default)")
    parser.add_argument("--quick", action="store_true", help="40 articles of each corpus instead of all")
    parser.add_argument("--articles", type=int, help="number of generated articles")
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--repeat", type=int, default=2, help="runs per row; the fastest counts (default 2)")
    parser.add_argument("--timeout", type=float, default=TIMEOUT, help="seconds before a measurement is killed")
    parser.add_argument("--measure", choices=["spacy", "pipeline"], help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure_in_process(args.measure, args.corpus)
        return 0
    print(f"machine: {machine()}\n")
    if args.set in ("generated", "both"):
        n = args.articles or (40 if args.quick else 300)
        bench(f"generated articles (seed {args.seed})", make_corpus(n, args.seed), args)
    if args.set in ("wikinews", "both"):
        bench("real Wikinews articles (2019-2020, CC BY 2.5)", wikinews_corpus(40 if args.quick else None), args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
