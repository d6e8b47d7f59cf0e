"""Extraction on a Dask cluster (`ingest --dask`): the same database as local workers make, the
model loaded once per worker, a killed worker's batches done again and each article stored
once, two commands share one cluster, Ctrl-C and SIGTERM leave every stored article complete,
and a scheduler that cannot be reached is one line. CI installs Dask (`.[dask]`); the skip
below is only a guard."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager

import pytest

distributed = pytest.importorskip("distributed")
psutil = pytest.importorskip("psutil")  # comes with distributed

from test_concurrency import article, check_consistent, count_articles, write_feed  # noqa: E402

from factcheck import db as store  # noqa: E402
from factcheck.cli import app  # noqa: E402
from factcheck.ingest import ingest  # noqa: E402
from factcheck.models import Article  # noqa: E402


def command(*args):
    return [sys.executable, "-m", "factcheck", *map(str, args)]


def local_reference(folder, numbers, batch_size=8):
    """A feed of short articles and what a local ingest (`--jobs 1`) of it stores."""
    feed = folder / "feed.jsonl"
    write_feed(feed, numbers)
    path = folder / "local.db"
    ingest(store.Store(str(path)), [Article(**article(n)) for n in numbers], batch_size=batch_size, jobs=1)
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
        stats = ingest(store.Store(str(path)), [Article(**article(n)) for n in numbers], batch_size=1, client=client)

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


@contextmanager
def dask_processes(folder, preloads=(None, None), config=None):
    """A real `dask scheduler` and a `dask worker` process (one thread) per item of `preloads`
    on localhost, each with that preload module if any, all with Dask `config` (DASK_... variables)
    if given: the scheduler's address. All of them are ended afterwards."""
    info = folder / "scheduler.json"
    procs = []
    env = {**os.environ, **(config or {})}

    def start(*args):
        procs.append(
            subprocess.Popen(
                [sys.executable, "-m", *args],
                stdout=subprocess.DEVNULL,
                env=env,
                stderr=subprocess.DEVNULL,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        )

    try:
        start(
            "distributed.cli.dask_scheduler",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--no-dashboard",
            "--scheduler-file",
            str(info),
        )
        for _ in range(600):
            if info.exists() and info.stat().st_size:
                break
            assert procs[0].poll() is None, "dask scheduler did not start"
            time.sleep(0.1)
        address = json.loads(info.read_text())["address"]
        worker = ("distributed.cli.dask_worker", address, "--nthreads", "1", "--no-dashboard", "--host", "127.0.0.1")
        for preload in preloads:
            start(*worker, *(("--preload", str(preload)) if preload else ()))
        with distributed.Client(address, timeout=60) as client:
            client.wait_for_workers(len(preloads), timeout=120)
        yield address
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


@pytest.fixture
def dask_cluster(tmp_path):
    """A real scheduler and two workers, the second one set to be killed at its first batch:
    (address, mark file written when it was killed)."""
    mark, killer = tmp_path / "killed.pid", tmp_path / "killer.py"
    killer.write_text(KILLER.format(mark=str(mark)))
    with dask_processes(tmp_path, preloads=(None, killer)) as address:
        yield address, mark


def test_a_worker_killed_mid_run_loses_nothing_and_stores_nothing_twice(dask_cluster, tmp_path):
    address, mark = dask_cluster
    numbers = range(100, 124)  # three batches of 8
    feed, expected = local_reference(tmp_path, numbers)
    db = tmp_path / "cluster.db"
    done = subprocess.run(
        command("ingest", "--feed", feed, "--dask", address, "--db", db),
        capture_output=True,
        text=True,
        timeout=600,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    assert mark.exists()  # a worker was killed while it parsed a batch
    assert (
        done.stderr.splitlines()[-1] == f"24 articles added, 0 unchanged, {len(expected['claims'])} claims, "
        f"{len(expected['contradictions'])} new contradictions"
    )
    assert check_consistent(db) == expected  # every article once, as a local ingest stores it


HOLD = """
# A preload for `dask worker`: the batch that holds article {held!r} waits, before it is parsed,
# until the file {go!r} exists.
import time
from pathlib import Path

from factcheck import cluster

GO = Path({go!r})
extract = cluster.__dict__.setdefault("unheld_extract", cluster._extract)  # Dask may import this twice


def held(batch, *args):
    if any(a.id == {held!r} for a in batch):
        for _ in range(1200):
            if GO.exists():
                break
            time.sleep(0.1)
    return extract(batch, *args)


cluster._extract = held  # what the tasks of factcheck call, found by name when they arrive
"""


def test_two_ingests_share_one_cluster_and_leave_nothing_behind(tmp_path):
    """Two commands on one scheduler with the same aliases (two new databases): the first to
    finish takes away only what is its own, and the other's batches go on. Each stores all
    its articles, as a local ingest does; afterwards no plugin or aliases stay on the cluster,
    not even the plugin of a run that was killed before."""
    from factcheck.cluster import PLUGIN

    runs = {"short": range(300, 308), "long": range(400, 448)}  # one batch; six
    expected, feeds = {}, {}
    for name, numbers in runs.items():
        (tmp_path / name).mkdir()
        feeds[name], expected[name] = local_reference(tmp_path / name, numbers)
    go, hold = tmp_path / "short-ended", tmp_path / "hold.py"
    # the long run's last batch is parsed only after the short run has ended
    hold.write_text(HOLD.format(held=article(runs["long"][-1])["id"], go=str(go)))
    # a worker is sent one task at a time (not two): none waits behind the held batch
    one_at_a_time = {"DASK_DISTRIBUTED__SCHEDULER__WORKER_SATURATION": "1.0"}
    with dask_processes(tmp_path, preloads=(hold, hold), config=one_at_a_time) as address:
        with distributed.Client(address, timeout=60) as gone:  # a run killed before it could tidy up
            gone.register_plugin(distributed.WorkerPlugin(), name=PLUGIN.format(token="0" * 32, client=gone.id))
        procs = {
            name: subprocess.Popen(
                command("ingest", "--feed", feeds[name], "--dask", address, "--db", tmp_path / name / "cluster.db"),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
                stdin=subprocess.DEVNULL,
            )
            for name in ("long", "short")
        }
        try:
            short_err = procs["short"].communicate(timeout=300)[1]
            long_was_running = procs["long"].poll() is None
            go.touch()
            long_err = procs["long"].communicate(timeout=300)[1]
        finally:
            for proc in procs.values():
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()

        def aliases_left():
            from factcheck import cluster

            return sorted(cluster._aliases)

        with distributed.Client(address, timeout=60) as client:
            plugins = client.run_on_scheduler(lambda dask_scheduler: sorted(dask_scheduler.worker_plugins))
            left = client.run(aliases_left)
    assert procs["short"].returncode == 0, short_err
    assert long_was_running  # the short run ended while the long one still had a batch to parse
    assert procs["long"].returncode == 0, long_err
    for name in runs:
        assert check_consistent(tmp_path / name / "cluster.db") == expected[name]
    assert short_err.splitlines()[-1].startswith("8 articles added, 0 unchanged")
    assert long_err.splitlines()[-1].startswith("48 articles added, 0 unchanged")
    # each run took its own plugin away, and the first to start the one left behind by the killed run
    assert [name for name in plugins if name.startswith("factcheck")] == []
    assert len(left) == 2 and all(aliases == [] for aliases in left.values())


HEAVY = " ".join(f"The mayor of town {j} said the bridge would reopen in May, officials denied it." for j in range(10))


@pytest.mark.parametrize("signum, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_interrupted_dask_ingest_keeps_stored_articles_whole_and_ends_its_workers(tmp_path, signum, code):
    """Ctrl-C in a terminal (and `timeout`) signal every process of the command: the command
    stops with one line, its local cluster's workers end quietly, and what was stored is whole."""
    short = range(200, 208)  # one batch, stored in a moment; then batches that take minutes
    _, expected = local_reference(tmp_path, short)
    feed = tmp_path / "busy.jsonl"
    # paragraphs that differ: a paragraph printed again is read once
    heavy = "\n\n".join(f"{HEAVY} Part {k}." for k in range(60))
    records = [article(n) for n in short] + [{"id": f"heavy{i}", "text": heavy} for i in range(16)]
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = tmp_path / "busy.db"
    err = tmp_path / "stderr.log"
    with open(err, "wb") as stderr:
        proc = subprocess.Popen(
            command("ingest", "--feed", feed, "--dask", "local:2", "--db", db),
            stderr=stderr,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            # as a terminal's command: a test run started in the background (`cmd &` in a script)
            # ignores SIGINT, and a child inherits that; the command a user runs does not
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
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
    assert err.read_text() == (
        "Error: interrupted; every article stored so far is complete (run the same command again to finish)\n"
    )
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
    one_error(
        ingest_with(f"tcp://127.0.0.1:{free}"),
        1,
        f"cannot reach the Dask scheduler at tcp://127.0.0.1:{free}: connection refused",
        "dask scheduler",
    )
    one_error(ingest_with("no-such-host.invalid:8786"), 1, "unknown host no-such-host.invalid")
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 0.5)
    with socket.socket() as silent:  # takes connections and never answers (not a Dask scheduler)
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        one_error(ingest_with(f"127.0.0.1:{port}"), 1, f"no Dask scheduler answered at 127.0.0.1:{port} within")
    monkeypatch.setattr(cluster, "WORKER_WAIT", 0.5)
    with distributed.LocalCluster(
        n_workers=0, processes=False, protocol="tcp", host="127.0.0.1", dashboard_address=None
    ) as empty:
        one_error(ingest_with(empty.scheduler_address), 1, "has had no worker", "dask worker")
    one_error(ingest_with("http://example.org/"), 2, "is not a scheduler address")
    one_error(ingest_with("local:0"), 2, "local:N")
    one_error(
        runner.invoke(app, ["ingest", "--feed", str(feed), "--dask", "local:1", "--jobs", "2", "--db", str(db)]),
        2,
        "--jobs or --dask",
    )
    assert not db.exists()  # nothing written, not even an empty database


def test_without_dask_installed_dask_is_one_line_and_the_rest_never_imports_it(runner, tmp_path, monkeypatch):
    feed = tmp_path / "feed.jsonl"
    write_feed(feed, range(1))
    plain = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from typer.testing import CliRunner; from factcheck.cli import app; "
            f"r = CliRunner().invoke(app, ['ingest', '--feed', {str(feed)!r}, '--db', {str(tmp_path / 'plain.db')!r}]); "
            "print(r.exit_code, sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert plain.stdout.split() == ["0", "[]"], plain.stderr
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if it were not installed
    result = runner.invoke(app, ["ingest", "--feed", str(feed), "--dask", "local:1", "--db", str(tmp_path / "d.db")])
    one_error(result, 1, "--dask needs Dask", "pip install 'factcheck[dask]'")


def test_a_wait_distributed_ends_without_its_timeout_is_waited_again():
    # distributed's sync may end a timed-out wait with UnboundLocalError (dask/distributed#8514)
    from factcheck.cluster import _result

    class Racy:
        def __init__(self):
            self.waits = 0

        def result(self, timeout=None):
            self.waits += 1
            if self.waits < 3:
                raise UnboundLocalError("cannot access local variable 'result'")
            return [["claims"]]

        def done(self):
            return False

    checked = []
    future = Racy()
    assert _result(distributed, future, lambda: checked.append(1)) == [["claims"]]
    assert future.waits == 3 and checked == [1, 1]


def test_a_finished_batch_whose_result_the_race_withholds_is_asked_for_again():
    # the race may end the asking for a finished batch's result too: asked again, not an error
    from factcheck.cluster import _result

    class DoneRacy:
        def __init__(self):
            self.asked = 0

        def result(self, timeout=None):
            self.asked += 1
            if self.asked < 4:
                raise UnboundLocalError("cannot access local variable 'result'")
            return [["claims"]]

        def done(self):
            return True

    future = DoneRacy()
    assert _result(distributed, future) == [["claims"]]
    assert future.asked == 4


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
