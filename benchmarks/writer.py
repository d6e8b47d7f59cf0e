"""Going big: what one article costs where, and how fast the single writer stores.

    python benchmarks/writer.py                       # PolNeAR train+dev (924 articles), minutes
    python benchmarks/writer.py --sets dev            # PolNeAR dev only (84 articles)
    python benchmarks/writer.py --cache /tmp/fc.pickle   # keep the extracted claims for the next run
    python benchmarks/writer.py --articles 10000000 --words 700   # the estimate it prints (default)

`factcheck ingest` splits its work in two: workers (`--jobs`, `--dask`) parse and extract;
the one process that runs the command (the writer) reads the feed, skips stored articles,
stores each batch, and finds the contradictions of the new claims. This measures each part
alone, on the project's data, and prints:

1. extraction: CPU seconds per article and per 1,000 words, what a worker spends (parse and
   extraction, model load excluded), summed over batches of 8 articles parsed in `--jobs`
   forked processes as `ingest --jobs` does (the model loaded once before they fork).
2. the writer: `factcheck.ingest.ingest` itself, in a fresh process, with extraction made free:
   each batch's claims come from the claims extracted in step 1, unpickled as results from
   workers are. Articles and claims (rows) per second with the contradiction step, without it
   (no neighbourhood read, `find` returning nothing: storage alone), the contradiction step's
   share, the rate over the last tenth of the archive; per batch, the time to read the new
   claims' neighbourhood from the database (`checking.neighbourhood`: claim_blocks, article_anchors),
   the candidates it holds and the time to judge them, over the first and the last tenth of
   the batches, and the candidates read per new claim by tenth of the archive; and the writer's
   resident memory before the ingest and at most over the first and the last tenth of the
   articles (sampled after each article and each batch's judgement: no index is loaded at the
   start, so what it holds is the batch and its neighbourhood). Medians of --runs fresh
   processes. (Not ru_maxrss: a child started by fork and exec inherits its parent's.)
3. the database: bytes per article, per claim and per 1,000 words after a WAL checkpoint, by
   table with its indexes (full-text indexes apart; claim_blocks and article_anchors, the
   candidate index, always shown), from SQLite's dbstat, and claim_blocks rows per claim.
4. the estimate for --articles articles of --words words each, from those figures.

Temporary databases go to a fresh directory under --tmp (default: the system's temp dir; put it
on the disk the real database would use: commits wait for fsync). Run on demand only."""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import multiprocessing
import os
import pickle
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import DEFAULT_DATA, ROOT, polnear_feed  # noqa: E402

BATCH = 8  # articles per task and per transaction, as ingest does


# -- 1. extraction ------------------------------------------------------------------------------


def _extract_task(batch):
    from factcheck.ingest import _extract_batch

    cpu = time.process_time()
    results = _extract_batch(batch, {})
    return [pickle.dumps(claims) for claims in results], time.process_time() - cpu


def extract(feed: Path, jobs: int) -> tuple[dict, list[tuple[int, float]]]:
    """({article id: pickled claims}, [(words of a batch, CPU seconds of the batch)])."""
    from factcheck import attribution_model, nlp
    from factcheck.ingest import _extract_batch
    from factcheck.models import Article
    from factcheck.reader import read_feed

    gc.set_threshold(50_000, 20, 20)  # as the command line
    nlp.keep_out_torch()
    nlp.load()
    attribution_model.load_model()
    _extract_batch([Article(id="warm-up", text="The minister said that the plan would work.")], {})
    gc.freeze()
    articles = list(read_feed(str(feed)))
    batches = [articles[i : i + BATCH] for i in range(0, len(articles), BATCH)]
    cache: dict[str, bytes] = {}
    costs = []
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        for batch, (pickled, cpu) in zip(batches, pool.imap(_extract_task, batches)):
            cache.update({a.id: p for a, p in zip(batch, pickled)})
            costs.append((sum(len(a.text.split()) for a in batch), cpu))
    return cache, costs


def code_digest() -> str:
    h = hashlib.sha256()
    for path in sorted((ROOT / "factcheck").rglob("*")):
        if path.is_file() and path.suffix in {".py", ".json"}:
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


# -- 2. the writer, in a fresh process (--writer-run) --------------------------------------------


def writer_run(feed: str, db_path: str, cache_path: str, contradictions: bool) -> dict:
    from factcheck import checking, ingest
    from factcheck.db import Store
    from factcheck.reader import read_feed

    gc.set_threshold(50_000, 20, 20)
    with open(cache_path, "rb") as f:
        cache = pickle.load(f)["claims"]
    spent = {"contradictions": 0.0, "read": 0.0, "judge": 0.0, "save": 0.0}
    batches: list[dict] = []  # per batch with new claims: its neighbourhood read and judgement

    # extraction made free: a batch's claims arrive pickled, as results from workers do
    ingest._extract_batch = lambda batch, aliases: [pickle.loads(cache[a.id]) for a in batch]
    neighbourhood, find, save = checking.neighbourhood, checking.find, Store.save_contradictions

    def read(db, claim_ids):
        start = time.perf_counter()
        index = neighbourhood(db, claim_ids) if contradictions else None
        took = time.perf_counter() - start
        spent["read"] += took
        batches.append(
            {
                "stored": len(marks),
                "new": len(claim_ids),
                "read": took,
                "held": len(index.claims) if index is not None else 0,
            }
        )
        return index

    def judge(index, new_ids=None):
        start = time.perf_counter()
        found = find(index, new_ids) if contradictions else []
        took = time.perf_counter() - start
        spent["judge"] += took
        batches[-1]["judge"] = took
        rss.append(_rss_mb())  # the batch's neighbourhood is still held
        return found

    def saved(db, found, *args, **kwargs):
        start = time.perf_counter()
        try:
            return save(db, found, *args, **kwargs)
        finally:
            spent["save"] += time.perf_counter() - start

    checking.neighbourhood, checking.find, Store.save_contradictions = read, judge, saved  # type: ignore[method-assign]
    marks: list[float] = []
    rss: list[float] = []  # resident memory after each article, and after each batch's judgement
    peaks = {"rss before": _rss_mb()}

    def on_article(article, claims):
        marks.append(time.perf_counter())
        rss.append(_rss_mb())

    wall, cpu = time.perf_counter(), time.process_time()
    db = Store(db_path)
    stats = ingest.ingest(db, read_feed(feed), batch_size=BATCH, on_article=on_article)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    tenth = max(1, len(rss) // 10)
    peaks["rss first tenth"], peaks["rss last tenth"] = max(rss[:tenth]), max(rss[-tenth:])
    spent["contradictions"] = spent["read"] + spent["judge"] + spent["save"]
    last_tenth = marks[-max(1, len(marks) // 10) :]
    return {
        "wall": wall,
        "cpu": cpu,
        "articles": stats.articles,
        "claims": stats.claims,
        "contradictions_added": stats.contradictions,
        **spent,
        "batches": batches,
        "last_tenth_rate": (len(last_tenth) - 1) / (last_tenth[-1] - last_tenth[0]) if len(last_tenth) > 2 else 0.0,
        "peak_mb": peaks,
    }


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def fresh_writer(feed: Path, db: Path, cache: Path, contradictions: bool) -> dict:
    argv = [
        sys.executable,
        __file__,
        "--writer-run",
        str(feed),
        str(db),
        str(cache),
        "with" if contradictions else "without",
    ]
    done = subprocess.run(argv, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"Error: the writer run failed: {done.stderr[-800:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- 3. the database --------------------------------------------------------------------------


def sizes(db_path: Path) -> dict:
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    owner = {name: table for name, table in conn.execute("select name, tbl_name from sqlite_master")}
    parts: dict[str, int] = {}
    for name, size in conn.execute("select name, sum(pgsize) from dbstat group by name"):
        table = owner.get(name, name)
        if table.startswith(("claims_fts", "articles_fts")):
            group = table.split("_fts")[0] + " full-text index"
        else:
            group = table
        parts[group] = parts.get(group, 0) + size
    counts = {
        t: conn.execute(f"select count(*) from [{t}]").fetchone()[0]
        for t in ("articles", "claims", "contradictions", "sources", "claim_blocks", "article_anchors")
    }
    counts["words"] = conn.execute("select coalesce(sum(words), 0) from articles").fetchone()[0]
    counts["text_bytes"] = conn.execute("select coalesce(sum(length(cast(text as blob))), 0) from articles").fetchone()[
        0
    ]
    conn.close()
    wal = Path(f"{db_path}-wal")
    return {"file": db_path.stat().st_size, "wal": wal.stat().st_size if wal.exists() else 0, "parts": parts, **counts}


# -- main ----------------------------------------------------------------------------------


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--writer-run":
        feed, db, cache, mode = sys.argv[2:6]
        print(json.dumps(writer_run(feed, db, cache, mode == "with")))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="PolNeAR directory")
    parser.add_argument(
        "--sets",
        choices=["dev", "train+dev"],
        default="train+dev",
        help="the articles: PolNeAR dev (84), or train then dev (924; default)",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=len(os.sched_getaffinity(0)),
        help="processes that extract (default: the cores this process may use)",
    )
    parser.add_argument("--runs", type=int, default=3, help="fresh writer processes per mode (median)")
    parser.add_argument(
        "--cache", type=Path, help="keep the extracted claims here and reuse them while factcheck's code is unchanged"
    )
    parser.add_argument("--tmp", type=Path, help="where the temporary databases go")
    parser.add_argument("--articles", type=float, default=10_000_000, help="articles in the estimate")
    parser.add_argument("--words", type=float, default=700, help="words per article in the estimate")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="fc-writer-", dir=args.tmp))
    try:
        names = (
            ["polnear_dev_single.jsonl"]
            if args.sets == "dev"
            else ["polnear_train_single.jsonl", "polnear_dev_single.jsonl"]
        )
        feed = tmp / "feed.jsonl"
        n, words = polnear_feed([args.data / name for name in names], feed)
        head = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%h"], capture_output=True, text=True)
        changed = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--", "factcheck"], capture_output=True, text=True
        )
        print(
            f"factcheck {head.stdout.strip() or '(not a git checkout)'}"
            f"{' with uncommitted changes' if changed.stdout.strip() else ''}; code digest {code_digest()}"
        )
        print(
            f"PolNeAR {args.sets}: {n} articles, {words:,} words ({words / n:.0f} a article); "
            f"{os.cpu_count()} cores, {args.jobs} extracting",
            flush=True,
        )

        # 1. extraction
        digest = code_digest()
        cache = args.cache or tmp / "claims.pickle"
        saved = None
        if cache.exists():
            with cache.open("rb") as f:
                saved = pickle.load(f)
            if saved.get("code") != digest or saved.get("sets") != args.sets:
                saved = None
        if saved is None:
            wall = time.perf_counter()
            claims, costs = extract(feed, args.jobs)
            saved = {
                "code": digest,
                "sets": args.sets,
                "claims": claims,
                "costs": costs,
                "wall": time.perf_counter() - wall,
            }
            with cache.open("wb") as f:
                pickle.dump(saved, f)
        else:
            print(f"(extraction read from {cache}, same code)")
        costs = saved["costs"]
        cpu = sum(c for _, c in costs)
        per_kword = statistics.median(c / w * 1000 for w, c in costs)
        print(
            f"1. extraction: {cpu:.0f} CPU s in all ({saved['wall']:.0f} s wall with {args.jobs} processes): "
            f"{cpu / n:.3f} CPU s per article, {cpu / words * 1000:.3f} per 1,000 words "
            f"(median of the {len(costs)} batches of {BATCH}: {per_kword:.3f})",
            flush=True,
        )
        sent = sum(len(p) for p in saved["claims"].values())
        print(
            f"   a worker sends back {sent / n / 1024:.0f} KB of pickled claims an article "
            f"(it is sent {feed.stat().st_size / n / 1024:.1f} KB of feed line an article)"
        )

        # 2. the writer
        runs = {}
        for mode in ("with", "without"):
            runs[mode] = []
            for i in range(args.runs):
                db = tmp / f"writer-{mode}-{i}.db"
                runs[mode].append(fresh_writer(feed, db, cache, mode == "with"))
                if not (mode == "with" and i == 0):
                    for suffix in ("", "-wal", "-shm"):
                        Path(f"{db}{suffix}").unlink(missing_ok=True)

        def med(mode, key):
            return statistics.median(r[key] for r in runs[mode])

        claims_n = runs["with"][0]["claims"]
        w_wall, wo_wall = med("with", "wall"), med("without", "wall")
        contra = med("with", "contradictions")
        print(
            f"2. the writer ({claims_n:,} claims, {runs['with'][0]['contradictions_added']:,} contradictions; "
            f"medians of {args.runs} fresh processes):"
        )
        print(
            f"   with contradictions: {w_wall:.1f} s wall, {med('with', 'cpu'):.1f} s CPU: "
            f"{n / w_wall:.0f} articles/s, {claims_n / w_wall:.0f} claims/s; "
            f"the contradiction step {contra:.1f} s ({contra / w_wall:.0%}: neighbourhood reads "
            f"{med('with', 'read'):.1f} s, judging {med('with', 'judge'):.1f} s, saving {med('with', 'save'):.1f} s); "
            f"last tenth of the archive {med('with', 'last_tenth_rate'):.0f} articles/s"
        )
        print(
            f"   storage alone (no contradiction step): {wo_wall:.1f} s wall, {med('without', 'cpu'):.1f} s CPU: "
            f"{n / wo_wall:.0f} articles/s, {claims_n / wo_wall:.0f} claims/s; "
            f"last tenth {med('without', 'last_tenth_rate'):.0f} articles/s"
        )

        # per batch: the first and the last tenth of the batches, each figure a median over the
        # batches of a tenth, then the median of the runs
        def tenth(mode, which, figure):
            out = []
            for r in runs[mode]:
                bs = r["batches"]
                part = bs[: max(1, len(bs) // 10)] if which == "first" else bs[-max(1, len(bs) // 10) :]
                out.append(statistics.median(figure(b) for b in part))
            return statistics.median(out)

        per_batch = {}
        for which in ("first", "last"):
            per_batch[which] = {
                "read": tenth("with", which, lambda b: b["read"]),
                "judge": tenth("with", which, lambda b: b["judge"]),
                "held": tenth("with", which, lambda b: b["held"]),
                "per claim": tenth("with", which, lambda b: b["held"] / b["new"]),
                "stored": tenth("with", which, lambda b: b["stored"]),
            }
            pb = per_batch[which]
            print(
                f"   a batch in the {which} tenth (about {pb['stored']:.0f} articles stored): reads its "
                f"neighbourhood in {pb['read'] * 1000:.0f} ms ({pb['held']:.0f} claims held, "
                f"{pb['per claim']:.1f} per new claim), judges it in {pb['judge'] * 1000:.0f} ms"
            )
        # the candidates read per new claim besides its own article, by tenth of the batches
        curve = []
        for t in range(10):
            per_run = []
            for r in runs["with"]:
                bs = r["batches"]
                part = bs[t * len(bs) // 10 : (t + 1) * len(bs) // 10] or bs[-1:]
                new = sum(b["new"] for b in part)
                per_run.append(
                    (
                        sum(b["held"] - b["new"] for b in part) / new,
                        sum(b["read"] + b["judge"] for b in part) / new * 1000,
                        part[-1]["stored"],
                    )
                )
            curve.append(tuple(statistics.median(x[i] for x in per_run) for i in range(3)))
        print(
            "   candidates read per new claim (besides its own article) / ms of the step per new claim, "
            "by tenth of the batches: "
            + ", ".join(f"{c:.1f}/{ms:.1f} ({stored:.0f})" for c, ms, stored in curve)
            + " (in brackets: articles stored at the tenth's end)"
        )
        keys = ("rss before", "rss first tenth", "rss last tenth")
        peak = {k: statistics.median(r["peak_mb"][k] for r in runs["with"]) for k in keys}
        peak_wo = {k: statistics.median(r["peak_mb"][k] for r in runs["without"]) for k in keys}
        print(
            f"   the writer's resident memory: {peak['rss before']:.0f} MB before the ingest (Python, factcheck "
            f"and this benchmark's {sum(len(p) for p in saved['claims'].values()) / 2**20:.0f} MB of pickled claims), "
            f"at most {peak['rss first tenth']:.0f} MB over the first tenth of the articles and "
            f"{peak['rss last tenth']:.0f} MB over the last (storage alone: {peak_wo['rss first tenth']:.0f} MB, "
            f"{peak_wo['rss last tenth']:.0f} MB)"
        )
        full = tmp / "writer-with-0.db"

        # 3. the database
        s = sizes(full)
        print(
            f"3. the database: {s['file'] / 2**20:.1f} MB after a WAL checkpoint for {s['articles']} articles, "
            f"{s['claims']:,} claims, {s['contradictions']:,} contradictions; "
            f"{s['file'] / s['articles'] / 1024:.1f} KB per article, {s['file'] / s['claims'] / 1024:.2f} KB per claim, "
            f"{s['file'] / s['words'] * 1000 / 1024:.1f} KB per 1,000 words; "
            f"the articles' text is {s['text_bytes'] / 2**20:.1f} MB ({s['file'] / s['text_bytes']:.1f}x); "
            f"claim_blocks {s['claim_blocks']:,} rows ({s['claim_blocks'] / s['claims']:.1f} a claim), "
            f"article_anchors {s['article_anchors']:,}"
        )
        for part, size in sorted(s["parts"].items(), key=lambda kv: -kv[1]):
            if size / s["file"] >= 0.01 or part in ("claim_blocks", "article_anchors"):
                print(
                    f"   {part:<28} {size / 2**20:7.1f} MB  {size / s['file']:4.0%}  "
                    f"{size / s['claims']:6.0f} bytes a claim"
                )

        # 4. the estimate
        A, W = args.articles, args.words
        cpu_per_article = cpu / words * W
        cpu_hours = cpu_per_article * A / 3600
        cores = cpu_hours / 24
        per_core = 1 / cpu_per_article
        writer_rate = n / w_wall
        writer_rate_w = words / w_wall / W  # the writer's rate for articles of W words
        last_w = med("with", "last_tenth_rate") * (words / n) / W  # as much again, at the last tenth's rate
        alone_w = words / wo_wall / W
        db_bytes = s["file"] / s["words"] * W * A
        blocks_bytes = s["parts"].get("claim_blocks", 0) / s["words"] * W * A
        claims_per_article = s["claims"] / s["words"] * W
        print(
            f"4. {A:,.0f} articles of {W:.0f} words: extraction {cpu_hours:,.0f} CPU hours "
            f"({cpu_per_article:.2f} CPU s an article, {per_core:.1f} articles/s per core); "
            f"{cores:,.0f} worker cores to finish in 24 h ({A / 86400:.0f} articles/s); "
            f"the writer stores {writer_rate_w:.0f} such articles/s ({last_w:.0f}/s at the last tenth's rate; "
            f"{claims_per_article:.0f} claims each; {writer_rate:.0f} PolNeAR articles/s), "
            f"the output of {writer_rate_w / per_core:.1f} worker cores, and alone would take "
            f"{A / writer_rate_w / 3600:.0f} h ({A / last_w / 3600:.0f} h at the last tenth's rate); "
            f"storage alone {alone_w:.0f} such articles/s; "
            f"database about {db_bytes / 2**30:,.0f} GB (claim_blocks {blocks_bytes / 2**30:,.0f} GB), "
            f"{claims_per_article * A / 1e6:,.0f} million claims; the writer's resident memory measured at most "
            f"{peak['rss last tenth']:.0f} MB over the last tenth "
            f"({peak['rss last tenth'] - peak['rss first tenth']:+.0f} MB against the first)"
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
