"""Processes that run at once and processes that are killed: nothing lost, nothing half-stored,
nothing twice. Each test runs the real `factcheck` command in processes of its own."""

import json
import multiprocessing
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from factcheck.models import Article

SUBJECTS = ["bridge", "school", "hospital", "library", "harbour", "railway", "stadium", "market"]


def article(n: int) -> dict:
    """A short article of its own: two sources that disagree, and a quote."""
    subject, year = SUBJECTS[n % len(SUBJECTS)], 1990 + n
    return {
        "id": f"art{n:03d}",
        "outlet": "Gazette",
        "text": (
            f"The mayor of Town {n} said the {subject} would reopen in {year}. Officials in County {n} "
            f"denied that the {subject} would reopen.\n\n"
            f'"We need {n + 2} more months," said engineer Ana Ruiz {n}, who inspected the {subject}.\n\n'
            f"According to the council, {n * 10 + 5} people signed a petition about the {subject}.\n"
        ),
    }


def write_feed(path, numbers) -> list[str]:
    records = [article(n) for n in numbers]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return [r["id"] for r in records]


def command(*args):
    return [sys.executable, "-m", "factcheck", *map(str, args)]


def check_consistent(path):
    """What must hold after any crash: an intact file, no article without its claims, no claim
    without its article or source, no contradiction without its claims."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("pragma integrity_check").fetchall() == [("ok",)]
        assert conn.execute("pragma foreign_key_check").fetchall() == []
        assert (
            conn.execute(
                "select a.id from articles a left join claims c on c.article_id = a.id where c.id is null"
            ).fetchall()
            == []
        )
        assert (
            conn.execute(
                "select c.id from claims c left join articles a on a.id = c.article_id where a.id is null"
            ).fetchall()
            == []
        )
        assert (
            conn.execute(
                "select c.id from claims c left join sources s on s.id = c.source_id where s.id is null"
            ).fetchall()
            == []
        )
        assert (
            conn.execute(
                "select x.id from contradictions x left join claims a on a.id = x.claim_a_id "
                "left join claims b on b.id = x.claim_b_id where a.id is null or b.id is null"
            ).fetchall()
            == []
        )
        return {
            "articles": dict(conn.execute("select article_id, count(*) from claims group by article_id")),
            "claims": {r[0] for r in conn.execute("select id from claims")},
            "contradictions": {
                r[0]: (r[1], r[2]) for r in conn.execute("select id, claim_a_id, claim_b_id from contradictions")
            },
        }
    finally:
        conn.close()


def has_tables(path) -> bool:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return bool(conn.execute("select count(*) from sqlite_master where type = 'table'").fetchone()[0])
    finally:
        conn.close()


def count_articles(path) -> int:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.05)
        try:
            return conn.execute("select count(*) from articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:  # not created yet, or its tables not yet
        return 0


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The feed of the kill test, ingested once without interruption: what the database must
    hold in the end, and how long an uninterrupted run takes."""
    folder = tmp_path_factory.mktemp("reference")
    feed = folder / "feed.jsonl"
    ids = write_feed(feed, range(48))
    path = folder / "reference.db"
    started = time.monotonic()
    done = subprocess.run(command("ingest", "--feed", feed, "--db", path), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    state = check_consistent(path)
    assert sorted(state["articles"]) == ids  # every article of this feed has claims
    return {"feed": feed, "state": state, "seconds": time.monotonic() - started}


def test_sigkill_at_any_moment_loses_nothing_and_a_rerun_finishes(reference, tmp_path):
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    path = tmp_path / "killed.db"
    expected = reference["state"]
    kills = []
    for attempt in range(3):
        proc = subprocess.Popen(
            command("ingest", "--feed", reference["feed"], "--db", path),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        if attempt == 0:  # anywhere, creation and migrations included
            time.sleep(rng.uniform(0.05, 1.5))
        else:  # once it is storing articles: somewhere in the middle of the writes
            start = count_articles(path)
            deadline = time.monotonic() + 120
            while count_articles(path) == start and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.01)
            time.sleep(rng.uniform(0, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stderr.close()
        # killed before its tables were made (the file's header is written first): nothing stored
        state = check_consistent(path) if path.exists() and has_tables(path) else None
        kills.append(len(state["articles"]) if state else 0)
        if state:
            for article_id, claims in state["articles"].items():
                assert claims == expected["articles"][article_id], (seed, article_id)  # all of them
            # every contradiction between stored claims is stored with them, none other
            among = {
                x for x, (a, b) in expected["contradictions"].items() if a in state["claims"] and b in state["claims"]
            }
            assert set(state["contradictions"]) == among, (seed, kills)
    finished = subprocess.run(
        command("ingest", "--feed", reference["feed"], "--db", path), capture_output=True, text=True
    )
    assert finished.returncode == 0, finished.stderr
    final = check_consistent(path)
    for part in ("articles", "claims", "contradictions"):
        missing, extra = set(expected[part]) - set(final[part]), set(final[part]) - set(expected[part])
        assert not missing and not extra, (seed, kills, part, len(missing), len(extra))
    assert final == expected, (seed, kills)
    again = subprocess.run(command("ingest", "--feed", reference["feed"], "--db", path), capture_output=True, text=True)
    assert "0 articles added, 48 unchanged" in again.stderr
    assert check_consistent(path) == expected
    print(f"seed {seed}: articles stored when killed {kills}; uninterrupted run {reference['seconds']:.1f} s")


def test_four_writers_at_once_into_a_new_database(tmp_path):
    """Four `factcheck ingest --feed` processes, different articles, one database that none of
    them finds at the start: all succeed, every article is there once."""
    path = tmp_path / "shared.db"
    feeds, expected = [], []
    for worker in range(4):
        feed = tmp_path / f"feed{worker}.jsonl"
        expected += write_feed(feed, range(worker * 100, worker * 100 + 8))
        feeds.append(feed)
    procs = [
        subprocess.Popen(
            command("ingest", "--feed", feed, "--db", path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for feed in feeds
    ]
    results = [(proc.wait(timeout=300), proc.stderr.read()) for proc in procs]
    for proc in procs:
        proc.stdout.close()
        proc.stderr.close()
    assert [code for code, _ in results] == [0, 0, 0, 0], results
    assert all("8 articles added" in err for _, err in results), results
    state = check_consistent(path)
    assert sorted(state["articles"]) == sorted(expected)
    conn = sqlite3.connect(path)
    assert conn.execute("select count(*), count(distinct id) from articles").fetchone() == (32, 32)
    assert conn.execute("pragma journal_mode").fetchone() == ("wal",)
    conn.close()


def _open_at_once(path, barrier, results):
    from factcheck import db as store

    barrier.wait()
    try:
        store.Store(path).conn.close()
        results.put("ok")
    except Exception as e:  # reported to the test, which names it
        results.put(f"{type(e).__name__}: {e}")


def test_processes_creating_one_new_database_at_the_same_moment(tmp_path):
    """First-time creation racing: migrations, full-text indexes and views made once, by one."""
    from factcheck.db import MARKER, MIGRATIONS, VIEWS

    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    for round_ in range(3):
        path = str(tmp_path / f"new{round_}.db")
        barrier, results = ctx.Barrier(4), ctx.Queue()
        procs = [ctx.Process(target=_open_at_once, args=(path, barrier, results)) for _ in range(4)]
        for proc in procs:
            proc.start()
        outcomes = [results.get(timeout=120) for _ in procs]
        for proc in procs:
            proc.join()
        assert outcomes == ["ok"] * 4, outcomes
        conn = sqlite3.connect(path)
        applied = [r[0] for r in conn.execute(f"select name from [{MARKER}]")]
        assert sorted(applied) == sorted(MIGRATIONS)  # each exactly once
        views = {r[0] for r in conn.execute("select name from sqlite_master where type = 'view'")}
        assert views == set(VIEWS)
        assert conn.execute("pragma integrity_check").fetchone() == ("ok",)
        conn.close()


def test_readers_work_while_a_writer_holds_the_database(tmp_path):
    """WAL: listing articles while another process is in the middle of a write transaction."""
    path, feed = tmp_path / "busy.db", tmp_path / "feed.jsonl"
    write_feed(feed, range(3))
    done = subprocess.run(command("ingest", "--feed", feed, "--db", path), capture_output=True)
    assert done.returncode == 0
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("begin immediate")
    writer.execute("update articles set title = 'being edited'")
    try:
        listing = subprocess.run(
            command("articles", "--json", "--db", path), capture_output=True, text=True, timeout=60
        )
        assert listing.returncode == 0, listing.stderr
        assert len(json.loads(listing.stdout)) == 3
        assert all(a["title"] != "being edited" for a in json.loads(listing.stdout))
    finally:
        writer.execute("rollback")
        writer.close()


def test_contradictions_with_articles_another_process_stored_meanwhile(tmp_path):
    """Two writers interleaved: one is between two batches when the other stores an article.
    Its next batch still meets that article's claims (the index is brought up to date under the
    write lock), so a contradiction between them is found."""
    from factcheck import db as store
    from factcheck.ingest import ingest

    path = str(tmp_path / "two.db")
    first, second = store.Store(path), store.Store(path)
    other = Article(id="other", text="The ministry said the dam on the Red River was safe.")
    mine = [
        Article(id="mine-1", text="The council said the library would close in June."),
        Article(id="mine-2", text="Engineers denied that the dam on the Red River was safe."),
    ]

    def feed():
        yield mine[0]
        ingest(second, [other])  # the other process, while the first is between its batches
        yield mine[1]

    ingest(first, feed(), batch_size=1)
    pairs = {
        frozenset((a, b))
        for a, b in first.execute(
            "select ca.article_id, cb.article_id from contradictions x join claims ca on ca.id = x.claim_a_id "
            "join claims cb on cb.id = x.claim_b_id"
        )
    }
    assert frozenset(("other", "mine-2")) in pairs
    for db in (first, second):
        db.conn.close()
