"""Extraction on a Dask cluster: `factcheck ingest --dask ADDRESS` or `--dask local:N`.

This process (the client) reads the feed, skips the articles stored already, sends batches of
the others to the cluster's workers and stores their claims as they come back, in the feed's
order, exactly as with local worker processes (ingest.py): only this process writes the
database. Each worker loads the spaCy model, the taggers' weights and the word lists once,
when it joins (a worker plugin), not for each batch. A worker that dies takes no claims with
it: Dask runs its batches again on another worker (or on the one that replaces it), and each
batch is stored once, when its result reaches this process.

Dask (`pip install 'factcheck[dask]'`) is imported only here, and only by runs that use it."""

from __future__ import annotations

import errno
import gc
import logging
import re
import signal
import socket
import threading
import uuid
import warnings
from collections import deque
from collections.abc import Callable, Generator, Iterator
from contextlib import ExitStack, contextmanager
from itertools import chain
from types import FrameType
from typing import TYPE_CHECKING, Any

from .errors import FactcheckError, UsageError
from .models import Article, Claim

if TYPE_CHECKING:
    from distributed import WorkerPlugin as _WorkerPlugin
else:
    try:
        from distributed import WorkerPlugin as _WorkerPlugin
    except ImportError:  # the plain install: --dask says what to install (_dask)
        _WorkerPlugin = object

INSTALL_HINT = "install it with: pip install 'factcheck[dask]'"
ADDRESS_HINT = "give a scheduler's address, tcp://HOST:8786, or local:N for N workers on this machine"
START_HINT = "start one with: dask scheduler; then workers: dask worker ADDRESS; or try --dask local:2"
DEFAULT_PORT = 8786
CONNECT_TIMEOUT = 20.0  # seconds to reach the scheduler and hear from it
WORKER_WAIT = 120.0  # seconds to wait for a scheduler's first worker
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
WAIT_STEP = 0.2  # seconds between two looks at Ctrl-C while a batch is parsed
IN_FLIGHT = 2  # batches sent ahead per worker thread: the feed is read no faster than it is stored

_LOCAL = re.compile(r"local:(\d+)")
WARM_UP = Article(id="warm-up", text="The minister said that the plan would work.")


def _extract_batch(batch: list[Article], aliases: dict) -> list[list[Claim]]:
    from .extract import extract_batch  # imports the taggers: only the processes that parse get here

    return extract_batch(batch, aliases)


def local_workers(address: str) -> int | None:
    """N for `local:N`, None for a scheduler's address; a usage error for `local:0`, `local:x`."""
    address = address.strip()
    if not address.startswith("local"):
        return None
    m = _LOCAL.fullmatch(address)
    if not m or int(m[1]) < 1:
        raise UsageError(f"--dask {address!r} is not local:N with N of 1 or more", "e.g. --dask local:2")
    return int(m[1])


def _dask():
    try:
        import distributed
    except ImportError as e:
        raise FactcheckError("--dask needs Dask's distributed scheduler, which is not installed", INSTALL_HINT) from e
    return distributed


@contextmanager
def connect(address: str) -> Iterator:
    """A Dask client: of a new cluster of N single-threaded worker processes on this machine
    for `local:N` (closed, its workers ended, when the block ends), else of the running
    scheduler at `address` (tcp://HOST:PORT, HOST:PORT, HOST), which must have a worker."""
    n = local_workers(address)
    if n is None:
        _check_reachable(address)
    distributed = _dask()
    cluster = client = None
    stack = ExitStack()
    # Dask logs what it recovers from (a lost worker, a heartbeat missed while the cluster
    # closes) on stderr; what the run cannot recover from reaches it as an error, one line
    logger = logging.getLogger("distributed")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        if n is not None:
            cluster = stack.enter_context(_local_cluster(distributed, n))
            client = distributed.Client(cluster, set_as_default=False)
        else:
            _check_scheduler(address)
            try:
                client = distributed.Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
            except (OSError, TimeoutError) as e:
                raise FactcheckError(
                    f"no Dask scheduler answered at {address} within {CONNECT_TIMEOUT:.0f} s ({_first_line(e)})",
                    START_HINT,
                ) from None
            try:
                client.wait_for_workers(1, timeout=WORKER_WAIT)
            except (OSError, TimeoutError):
                raise FactcheckError(
                    f"the Dask scheduler at {address} has had no worker for {WORKER_WAIT:.0f} s",
                    f"start some with: dask worker {address}",
                ) from None
        yield client
    finally:
        _close(client, None)
        stack.close()  # the local cluster, if any
        logger.setLevel(level)


@contextmanager
def _local_cluster(distributed, n: int) -> Iterator:
    """N worker processes, one thread each (spaCy parses one text at a time per process), on
    the loopback interface, no dashboard. As with --jobs, what extraction needs is loaded here
    once and the workers are forked from this process, sharing it (where the system can fork;
    else each loads its own). They ignore Ctrl-C and SIGTERM, which a terminal or `timeout`
    sends to every process of the command: this process handles them and ends its workers
    (and should it be killed, each worker ends as soon as its parent is gone)."""
    import multiprocessing

    import dask

    # no stack samples, for a dashboard nobody opens; the host's CPU, memory and disk read every
    # 10 s, not twice a second, by each of the scheduler, the workers and their nannies
    options: dict[str, object] = {
        "distributed.worker.profile.enabled": False,
        "distributed.admin.system-monitor.interval": "10s",
        "distributed.worker.memory.monitor-interval": "5s",
    }
    if "fork" in multiprocessing.get_all_start_methods():
        options["distributed.worker.multiprocessing-method"] = "fork"  # a replacement worker too
        _extract_batch([WARM_UP], {})
        gc.freeze()  # the collector leaves the loaded model alone, so its pages stay shared
    in_main = threading.current_thread() is threading.main_thread()
    previous = {sig: signal.getsignal(sig) for sig in STOP_SIGNALS} if in_main else {}
    cluster = None
    try:
        with dask.config.set(options):
            for sig in previous:  # an ignored signal stays ignored in the processes started meanwhile
                signal.signal(sig, signal.SIG_IGN)
            try:
                # no dashboard; the scheduler's own web server (health, metrics) on a free loopback port
                cluster = distributed.LocalCluster(
                    n_workers=n,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address=None,
                    silence_logs=logging.CRITICAL,
                    scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                )
            finally:
                for sig, handler in previous.items():
                    signal.signal(sig, handler)
            yield cluster
    finally:
        _close(None, cluster)
        gc.unfreeze()


def _close(client, cluster) -> None:
    for part in (client, cluster):
        if part is not None:
            try:
                part.close()
            except Exception:  # closing what is gone already
                pass


def _check_reachable(address: str) -> None:
    """A usage error for an address Dask cannot read; one line at once when nothing listens
    there (Dask itself would retry for its connect timeout, then print a traceback)."""
    scheme, _, rest = address.strip().rpartition("://")
    if scheme not in ("", "tcp", "tls", "ws", "wss"):
        raise UsageError(
            f"--dask {address!r} is not a scheduler address ({scheme}:// is no Dask transport)", ADDRESS_HINT
        )
    host, _, port = rest.rpartition(":") if ":" in rest else (rest, "", str(DEFAULT_PORT))
    host = host.strip("[]")
    if not host or not port.isdigit() or not 0 < int(port) < 65536 or "/" in rest:
        raise UsageError(f"--dask {address!r} is not a scheduler address", ADDRESS_HINT)
    try:
        socket.create_connection((host, int(port)), timeout=CONNECT_TIMEOUT).close()
    except socket.gaierror:
        raise FactcheckError(
            f"cannot reach the Dask scheduler at {address}: unknown host {host}", "check the address"
        ) from None
    except OSError as e:
        why = (
            "connection refused"
            if e.errno == errno.ECONNREFUSED
            else (f"no answer within {CONNECT_TIMEOUT:.0f} s" if isinstance(e, TimeoutError) else e.strerror or str(e))
        )
        raise FactcheckError(f"cannot reach the Dask scheduler at {address}: {why}", START_HINT) from None


def _check_scheduler(address: str) -> None:
    """An error unless a Dask scheduler answers at `address` within CONNECT_TIMEOUT. Dask's
    Client waits for ever on a server that takes the connection and never answers (a web
    server, a database): asked here first, that is one line after the timeout."""
    import asyncio

    from distributed.comm import connect as open_comm

    async def identity():
        comm = await open_comm(address, timeout=CONNECT_TIMEOUT)
        try:
            await comm.write({"op": "identity"})
            return await comm.read()
        finally:
            comm.abort()

    try:
        reply = asyncio.run(asyncio.wait_for(identity(), CONNECT_TIMEOUT))
    except (OSError, asyncio.TimeoutError, ValueError, TypeError) as e:
        why = "" if isinstance(e, asyncio.TimeoutError) else f" ({_first_line(e)})"
        raise FactcheckError(
            f"no Dask scheduler answered at {address} within {CONNECT_TIMEOUT:.0f} s{why}", START_HINT
        ) from None
    kind = reply.get("type") if isinstance(reply, dict) else None
    if kind != "Scheduler":
        raise FactcheckError(
            f"{address} is a Dask {kind or 'server'}, not a scheduler",
            "give the scheduler's address, the one its workers connect to",
        )


def _first_line(e: BaseException) -> str:
    text = str(e).strip().splitlines()
    return text[0] if text else type(e).__name__


# -- on the workers --------------------------------------------------------------------------

_aliases: dict[str, dict] = {}  # each run's aliases by its token, set by its own plugin on each worker
_parse_lock = threading.Lock()  # one batch at a time per worker process, however many threads


class Preload(_WorkerPlugin):
    """Loads what extraction needs once per worker, as it joins: the spaCy model, the taggers'
    weights and the word lists (a warm-up extraction loads them all); keeps the run's aliases
    for its batches. Each run has a plugin of its own (its token, new for each run, in its
    name), so that runs sharing a cluster never take away each other's aliases. On a local
    cluster the worker ignores Ctrl-C (its client ends it) and keeps PyTorch out as the command
    line does."""

    def __init__(self, token: str, aliases: dict, local: bool, without_torch: bool, gc_threshold: tuple):
        self.token, self.aliases, self.local, self.without_torch = token, aliases, local, without_torch
        self.gc_threshold = gc_threshold

    def setup(self, worker) -> None:
        from .nlp import keep_out_torch

        if self.local and threading.current_thread() is threading.main_thread():
            for sig in STOP_SIGNALS:  # a worker started later, to replace one that died
                signal.signal(sig, signal.SIG_IGN)
        if self.without_torch:
            keep_out_torch()
        # As the client does (the command line collects after 50,000 allocations, not 700): the
        # millions of objects of the model would otherwise be walked over and over while it parses.
        gc.set_threshold(*self.gc_threshold)
        with _parse_lock:
            _extract_batch([WARM_UP], self.aliases)
        gc.freeze()  # what is loaded now lives as long as the worker: the collector leaves it alone
        _aliases[self.token] = self.aliases

    def teardown(self, worker) -> None:
        _aliases.pop(self.token, None)


def _extract(batch: list[Article], token: str) -> list[list[Claim]]:
    """A task: the claims of each article of a batch (runs on a worker)."""
    with _parse_lock:
        return _extract_batch(batch, _aliases[token])


# -- on the client -----------------------------------------------------------------------------


def extracted(
    client, batches: Iterator[list[Article]], aliases: dict
) -> Generator[tuple[list[Article], list], None, None]:
    """(batch, claims of each article) for each batch, in order, parsed on the cluster's
    workers, at most IN_FLIGHT batches per worker thread ahead of the one being stored.

    The run's worker plugin, under a name of its own (PLUGIN, a token new for each run and the
    client's id), is registered with the scheduler, which also gives it to every worker that
    joins meanwhile (one restarted after a crash), and unregistered when the run ends, however
    it ends: other runs on the same cluster keep theirs. The plugins that runs which were
    killed (their client gone from the scheduler) left behind are unregistered first."""
    from .nlp import torch_kept_out

    distributed = _dask()
    first = next(batches, None)
    if first is None:  # nothing new: the workers are not bothered
        return
    token = uuid.uuid4().hex
    name = PLUGIN.format(token=token, client=client.id)
    local = isinstance(client.cluster, distributed.LocalCluster)
    if not local:  # a local cluster is new for each run
        _unregister_orphans(client)
    try:
        client.register_plugin(Preload(token, aliases, local, torch_kept_out(), gc.get_threshold()), name=name)
    except ModuleNotFoundError as e:
        raise FactcheckError(
            f"the Dask workers cannot import {e.name or 'factcheck'}",
            "install factcheck where the workers run: pip install 'factcheck[dask]'",
        ) from None
    pending: deque = deque()
    try:
        with _signals_at_safe_points() as check:
            for batch in chain([first], batches):
                check()
                pending.append((batch, _submit(client, batch, token)))
                while len(pending) >= _window(client):
                    done, future = pending.popleft()
                    yield done, _result(distributed, future, check)
            while pending:
                done, future = pending.popleft()
                yield done, _result(distributed, future, check)
    finally:
        try:
            client.cancel([future for _, future in pending])
            client.unregister_worker_plugin(name)
        except Exception:  # the scheduler is gone, or the client closed: nothing left to tidy
            pass


PLUGIN = "factcheck-{token}-of-{client}"  # a run's worker plugin
_PLUGIN = re.compile(r"factcheck-[0-9a-f]{32}-of-(.+)")


def _unregister_orphans(client) -> None:
    """Unregister the worker plugins of factcheck runs whose client has left the scheduler (a
    run killed before it could tidy up): else each would stay, on every worker that joins, for
    as long as the scheduler runs. Those of runs going on are left alone. Best effort: a
    scheduler that does not run a client's functions (distributed.scheduler.pickle off) keeps them."""

    def plugins_and_clients(dask_scheduler):  # runs on the scheduler: nested, sent by value
        return list(dask_scheduler.worker_plugins), list(dask_scheduler.clients)

    try:
        plugins, clients = client.run_on_scheduler(plugins_and_clients)
    except Exception:  # the orphans stay, harmless but for the memory their aliases take
        return
    for name in plugins:
        m = _PLUGIN.fullmatch(name)
        if m and m[1] not in clients:
            try:
                client.unregister_worker_plugin(name)
            except Exception:  # another run starting now took it away first
                pass


@contextmanager
def _signals_at_safe_points() -> Iterator:
    """Ctrl-C and SIGTERM take effect where the run checks for them (`check()`: between two
    batches, and while it waits for one), not at any instruction: raised inside Dask's own code,
    a KeyboardInterrupt can land in a finalizer (a Future's __del__), where Python prints a
    traceback and carries on as if nothing had happened. Each signal's own handler then runs
    (KeyboardInterrupt, or the command line's SIGTERM); one the program leaves to the system
    (SIG_DFL, SIG_IGN) is left alone."""
    received: list[int] = []
    previous: dict[int, Callable[[int, FrameType | None], Any]] = {}
    if threading.current_thread() is threading.main_thread():
        previous = {sig: handler for sig in STOP_SIGNALS if callable(handler := signal.getsignal(sig))}
    for sig in previous:
        signal.signal(sig, lambda signum, frame: received.append(signum))

    def check() -> None:
        if received:
            signum = received[0]
            signal.signal(signum, previous[signum])
            previous[signum](signum, None)

    try:
        yield check
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _submit(client, batch: list[Article], token: str):
    with warnings.catch_warnings():  # a batch of long articles is a "large graph": expected here
        warnings.simplefilter("ignore")
        return client.submit(_extract, batch, token, key=f"factcheck-extract-{uuid.uuid4().hex}", pure=False)


def _window(client) -> int:
    """Batches to keep in flight: IN_FLIGHT per worker thread the cluster has now."""
    try:
        threads = sum(client.nthreads().values())
    except Exception:
        threads = 1
    return max(IN_FLIGHT, IN_FLIGHT * threads)


# How many times a finished batch's result is asked for again when distributed's race
# (dask/distributed#8514) ends the asking instead of returning it.
RACE_RETRIES = 5


def _result(distributed, future, check=lambda: None) -> list[list[Claim]]:
    """The claims of a batch, when its worker sends them; meanwhile, `check()` now and then."""
    races = 0
    try:
        while True:
            try:
                return future.result(timeout=WAIT_STEP)
            except (TimeoutError, UnboundLocalError):
                # distributed's wait may end with UnboundLocalError instead of its timeout, a race
                # in its sync when a worker dies (dask/distributed#8514): waited, no result yet
                if future.done():  # done a moment after the wait ended, or failed with this error
                    try:
                        return future.result()
                    except UnboundLocalError:
                        races += 1  # the same race on the way back: wait and ask again, a few times
                        if races > RACE_RETRIES:
                            raise
                check()
    except distributed.KilledWorker as e:
        raise FactcheckError(
            f"every Dask worker that parsed one batch died ({e.allowed_failures + 1} of them); "
            "every article stored so far is complete",
            "check the workers' logs and memory, then run the same command again to finish",
        ) from None
    except distributed.CancelledError:
        raise FactcheckError(
            "lost the Dask scheduler; every article stored so far is complete",
            "run the same command again to finish: stored articles are skipped",
        ) from None
