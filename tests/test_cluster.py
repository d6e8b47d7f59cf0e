"""Extraction on a Dask cluster (`ingest --dask`): the same database as local workers make, the
model loaded once per worker, a killed worker's batches done again and each article stored
once, Ctrl-C and SIGTERM leave every stored article complete, and a scheduler that cannot be
reached is one line. CI installs Dask (`.[dask]`); the skip below is only a guard."""

import json
import os
import signal
import socket
import subprocess
import sys
import time

import pytest

distributed = pytest.importorskip("distributed")
psutil = pytest.importorskip("psutil")  # comes with distributed

from factcheck import db as store  # noqa: E402
from factcheck.cli import app  # noqa: E402
from factcheck.ingest import ingest  # noqa: E402
from factcheck.models import Article  # noqa: E402
from test_concurrency import article, check_consistent, count_articles, write_feed  # noqa: E402


def command(*args):
    return [sys.executable, "-m", "factcheck", *map(str, args)]


def local_reference(folder, numbers, batch_size=8):
    """A feed of short articles and what a local ingest (`--jobs 1`) of it stores."""
    feed = folder / "feed.jsonl"
    write_feed(feed, numbers)
    path = folder / "local.db"
    ingest(store.open_db(str(path)), [Article(**article(n)) for n in numbers], batch_size=batch_size, jobs=1)
    return feed, check_consistent(path)


def ended(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def wait_until_ended(pids, seconds=60):
    """The pids still running after waiting (far longer than an ending process needs)."""
    for _ in range(seconds * 10):
        if all(ended(p) for p in pids):
            break
        time.sleep(0.1)
    return [p for p in pids if not ended(p)]


def test_dask_workers_store_what_local_workers_store_and_load_the_model_once(tmp_path):
    from factcheck.cluster import connect

    numbers = range(6)
    _, expected = local_reference(tmp_path, numbers, batch_size=1)
    path = tmp_path / "dask.db"
    with connect("local:2") as client:
        stats = ingest(store.open_db(str(path)), [Article(**article(n)) for n in numbers], batch_size=1, client=client)

        def loads():
            from factcheck import attribution_model, nlp

            return nlp.load.cache_info(), attribution_model.load_model.cache_info()

        per_worker = client.run(loads)
        workers = set(client.nthreads())
    assert stats.articles == 6 and stats.unchanged == 0
    assert check_consistent(path) == expected  # same articles, claims and contradictions
    assert set(per_worker) == workers and len(workers) == 2
    for model, weights in per_worker.values():
        assert model.misses == 1 and weights.misses == 1  # loaded once, by the plugin
    # six batches were parsed on two workers: every batch after the first used what was loaded
    assert sum(model.hits for model, _ in per_worker.values()) >= 6


def test_ingest_dask_local_from_the_command_line(runner, tmp_path):
    numbers = range(10, 14)
    feed, expected = local_reference(tmp_path, numbers)
    local = runner.invoke(app, ["ingest", "--feed", str(feed), "--jobs", "1", "--db", str(tmp_path / "jobs.db")])
    db = tmp_path / "cli.db"
    result = runner.invoke(app, ["ingest", "--feed", str(feed), "--dask", "local:1", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert result.stderr == local.stderr  # the same final line
    assert check_consistent(db) == expected
    again = runner.invoke(app, ["ingest", "--feed", str(feed), "--dask", "local:1", "--db", str(db)])
    assert again.stderr.startswith("0 articles added, 4 unchanged")


KILLER = """
# A preload for one `dask worker`: the worker process kills itself (SIGKILL, as the out-of-memory
# killer does) when it starts its first batch of factcheck's, once: its replacement does not.
import os
import signal
from pathlib import Path

from distributed.diagnostics.plugin import WorkerPlugin

MARK = Path({mark!r})


class KillOnce(WorkerPlugin):
    def transition(self, key, start, finish, **kwargs):
        if finish == "executing" and str(key).startswith("factcheck-extract") and not MARK.exists():
            MARK.write_text(str(os.getpid()))
            os.kill(os.getpid(), signal.SIGKILL)


async def dask_setup(worker):
    await worker.plugin_add(KillOnce(), name="kill-once")
"""


@pytest.fixture
def dask_cluster(tmp_path):
    """A real `dask scheduler` and two `dask worker` processes on localhost, the second one
    set to be killed at its first batch: (address, mark file written when it was killed)."""
    mark, killer, info = tmp_path / "killed.pid", tmp_path / "killer.py", tmp_path / "scheduler.json"
    killer.write_text(KILLER.format(mark=str(mark)))
    procs = []

    def start(*args):
        procs.append(subprocess.Popen([sys.executable, "-m", *args], stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, start_new_session=True))

    try:
        start("distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
              "--scheduler-file", str(info))
        for _ in range(600):
            if info.exists() and info.stat().st_size:
                break
            assert procs[0].poll() is None, "dask scheduler did not start"
            time.sleep(0.1)
        address = json.loads(info.read_text())["address"]
        worker = ("distributed.cli.dask_worker", address, "--nthreads", "1", "--no-dashboard", "--host", "127.0.0.1")
        start(*worker)
        start(*worker, "--preload", str(killer))
        with distributed.Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
        yield address, mark
    finally:
        for proc in procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


def test_a_worker_killed_mid_run_loses_nothing_and_stores_nothing_twice(dask_cluster, tmp_path):
    address, mark = dask_cluster
    numbers = range(100, 124)  # three batches of 8
    feed, expected = local_reference(tmp_path, numbers)
    db = tmp_path / "cluster.db"
    done = subprocess.run(command("ingest", "--feed", feed, "--dask", address, "--db", db), capture_output=True,
                          text=True, timeout=600, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert mark.exists()  # a worker was killed while it parsed a batch
    assert done.stderr.splitlines()[-1] == f"24 articles added, 0 unchanged, {len(expected['claims'])} claims, " \
                                           f"{len(expected['contradictions'])} new contradictions"
    assert check_consistent(db) == expected  # every article once, as a local ingest stores it


HEAVY = " ".join(f"The mayor of town {j} said the bridge would reopen in May, officials denied it." for j in range(10))


@pytest.mark.parametrize("signum, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_interrupted_dask_ingest_keeps_stored_articles_whole_and_ends_its_workers(tmp_path, signum, code):
    """Ctrl-C in a terminal (and `timeout`) signal every process of the command: the command
    stops with one line, its local cluster's workers end quietly, and what was stored is whole."""
    short = range(200, 208)  # one batch, stored in a moment; then batches that take minutes
    _, expected = local_reference(tmp_path, short)
    feed = tmp_path / "busy.jsonl"
    records = [article(n) for n in short] + [{"id": f"heavy{i}", "text": "\n\n".join([HEAVY] * 60)} for i in range(16)]
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = tmp_path / "busy.db"
    err = tmp_path / "stderr.log"
    with open(err, "wb") as stderr:
        proc = subprocess.Popen(command("ingest", "--feed", feed, "--dask", "local:2", "--db", db), stderr=stderr,
                                stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        while count_articles(db) < len(short):
            assert proc.poll() is None, err.read_text()
            time.sleep(0.05)
        workers = [p.pid for p in psutil.Process(proc.pid).children(recursive=True)]
        assert len(workers) >= 2
        os.killpg(proc.pid, signum)  # as a terminal's Ctrl-C, or `timeout`, does
        assert proc.wait(timeout=120) == code
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert err.read_text() == ("Error: interrupted; every article stored so far is complete "
                               "(run the same command again to finish)\n")
    assert wait_until_ended(workers) == []
    state = check_consistent(db)
    assert state == expected  # the first batch, whole, and nothing of the batches under way


def one_error(result, code, *needles) -> str:
    assert result.exit_code == code, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and lines[0].endswith(")"), result.stderr
    assert "Traceback" not in result.output
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


def test_a_scheduler_that_cannot_be_reached_is_one_line(runner, tmp_path, monkeypatch):
    from factcheck import cluster

    feed = tmp_path / "feed.jsonl"
    write_feed(feed, range(2))
    db = tmp_path / "never.db"

    def ingest_with(address):
        return runner.invoke(app, ["ingest", "--feed", str(feed), "--dask", address, "--db", str(db)])

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        free = s.getsockname()[1]
    one_error(ingest_with(f"tcp://127.0.0.1:{free}"), 1, f"cannot reach the Dask scheduler at tcp://127.0.0.1:{free}: "
              "connection refused", "dask scheduler")
    one_error(ingest_with("no-such-host.invalid:8786"), 1, "unknown host no-such-host.invalid")
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 0.5)
    with socket.socket() as silent:  # takes connections and never answers (not a Dask scheduler)
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        one_error(ingest_with(f"127.0.0.1:{port}"), 1, f"no Dask scheduler answered at 127.0.0.1:{port} within")
    monkeypatch.setattr(cluster, "WORKER_WAIT", 0.5)
    with distributed.LocalCluster(n_workers=0, processes=False, protocol="tcp", host="127.0.0.1",
                                  dashboard_address=None) as empty:
        one_error(ingest_with(empty.scheduler_address), 1, "has had no worker", "dask worker")
    one_error(ingest_with("http://example.org/"), 2, "is not a scheduler address")
    one_error(ingest_with("local:0"), 2, "local:N")
    one_error(runner.invoke(app, ["ingest", "--feed", str(feed), "--dask", "local:1", "--jobs", "2", "--db", str(db)]),
              2, "--jobs or --dask")
    assert not db.exists()  # nothing written, not even an empty database


def test_without_dask_installed_dask_is_one_line_and_the_rest_never_imports_it(runner, tmp_path, monkeypatch):
    feed = tmp_path / "feed.jsonl"
    write_feed(feed, range(1))
    plain = subprocess.run(
        [sys.executable, "-c", "import sys; from typer.testing import CliRunner; from factcheck.cli import app; "
         f"r = CliRunner().invoke(app, ['ingest', '--feed', {str(feed)!r}, '--db', {str(tmp_path / 'plain.db')!r}]); "
         "print(r.exit_code, sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))"],
        capture_output=True, text=True, timeout=300)
    assert plain.stdout.split() == ["0", "[]"], plain.stderr
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if it were not installed
    result = runner.invoke(app, ["ingest", "--feed", str(feed), "--dask", "local:1", "--db", str(tmp_path / "d.db")])
    one_error(result, 1, "--dask needs Dask", "pip install 'factcheck[dask]'")


def test_lost_workers_and_scheduler_are_one_line_errors():
    from factcheck.cluster import _result
    from factcheck.errors import FactcheckError

    class Lost:
        def __init__(self, error):
            self.error = error

        def result(self, timeout=None):
            raise self.error

    with pytest.raises(FactcheckError, match="every Dask worker that parsed one batch died .4 of them.") as died:
        _result(distributed, Lost(distributed.KilledWorker("factcheck-extract-1", None, 3)))
    assert "run the same command again" in died.value.hint
    with pytest.raises(FactcheckError, match="lost the Dask scheduler"):
        _result(distributed, Lost(distributed.CancelledError("factcheck-extract-1")))
