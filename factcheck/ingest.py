"""Ingest articles into the database: extract, store atomically, update contradictions.

Articles stream through in batches: nothing holds the whole feed. With `jobs > 1`, worker
processes parse and extract batches while this process stores the previous ones and finds
their contradictions; results are stored in the order the articles came. With a Dask client
(cluster.py) the workers of a Dask cluster parse and extract instead, and this process stores
as it does with local workers."""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from itertools import chain, islice

from . import checking
from .db import Store
from .models import Article, Claim
from .nlp import keep_out_torch, torch_kept_out

PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent ends


@dataclass
class Stats:
    articles: int = 0
    reparsed: int = 0
    unchanged: int = 0
    claims: int = 0
    contradictions: int = 0

    def line(self) -> str:
        return (
            f"{self.articles} article{'s' * (self.articles != 1)} added, "
            + (f"{self.reparsed} parsed again, " if self.reparsed else "")
            + f"{self.unchanged} unchanged, "
            f"{self.claims} claims, {self.contradictions} new contradictions"
        )


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def ingest(
    db: Store,
    articles: Iterable[Article],
    batch_size: int = 8,
    jobs: int = 1,
    on_article: Callable[[Article, int], None] | None = None,
    client=None,
    reparse: bool = False,
) -> Stats:
    """Store articles with their claims, then find the contradictions their claims take part in.

    Each batch of `batch_size` articles is stored in one transaction in which every article is a
    savepoint of its own: an article is stored with all its claims or not at all. Articles
    stored already are skipped unparsed, unless `reparse` (a newer extractor): then their claims
    are replaced, and reviews of the contradictions found again are kept. `jobs` > 1 parses in that many worker processes once
    there is more than one batch (a single article never waits for workers to start), at most
    as many as the cores this process may use. With a Dask `client` (cluster.connect) the
    cluster's workers parse instead, and this process stores as it does otherwise."""
    jobs = max(1, min(jobs, default_jobs()))
    stats = Stats()
    aliases = db.aliases()

    def fresh_batches() -> Iterator[list[Article]]:
        for batch in _batches(articles, batch_size):
            fresh = []
            for article in batch:
                if not reparse and db.has_article(article.id, article.text):
                    stats.unchanged += 1
                    if on_article:
                        on_article(article, 0)
                else:
                    fresh.append(article)
            if fresh:
                yield fresh

    # closed as soon as the loop ends, however it ends: workers stop, pending batches are dropped
    with closing(_extracted(fresh_batches(), aliases, jobs, client)) as extracted:
        for batch, results in extracted:
            _store_batch(db, batch, results, stats, on_article, reparse)
    return stats


def _store_batch(
    db: Store, batch: list[Article], results: list[list[Claim]], stats: Stats, on_article, reparse: bool = False
) -> None:
    new_ids: list[str] = []
    saved = []
    # One transaction per batch, contradictions included: a process killed after the articles
    # were stored but before their contradictions were would leave them "unchanged" for every
    # later run, their contradictions never found. save_article nests a savepoint per article.
    with db.write():
        stored = {a.id for a in batch if db.has_article(a.id, a.text)} if reparse else set()
        for article, claims in zip(batch, results):
            saved.append(checking.save_article(db, article, claims, reparse))
        for article, claims, added in zip(batch, results, saved):
            if added:
                if article.id in stored:
                    stats.reparsed += 1
                else:
                    stats.articles += 1
                stats.claims += len(claims)
                new_ids += [c.id for c in claims]
            else:
                stats.unchanged += 1
            if on_article:
                on_article(article, len(claims))
        if new_ids:
            # Under the write lock, what every process stored so far is in the database: the
            # new claims' neighbourhood is read from there, and only that is held in memory.
            stats.contradictions += checking.check_claims(db, new_ids)


# -- extraction, in this process or in workers ------------------------------------------------


def _extracted(
    batches: Iterator[list[Article]], aliases, jobs: int, client=None
) -> Generator[tuple[list[Article], list], None, None]:
    """(batch, claims of each article) for each batch, in order."""
    if client is not None:
        from .cluster import extracted

        yield from extracted(client, batches, aliases)
        return
    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None) if jobs > 1 else None
    if second is None:  # one batch (a few articles): workers would cost more than they save
        yield first, _extract_batch(first, aliases)
        for batch in batches:
            yield batch, _extract_batch(batch, aliases)
        return
    yield from _parallel([first, second], batches, aliases, jobs)


def _extract_batch(batch: list[Article], aliases) -> list[list[Claim]]:
    from .extract import extract_batch  # imports the taggers: only commands that parse get here

    return extract_batch(batch, aliases)


_worker_aliases = None


def _worker_init(aliases, without_torch: bool = False, parent: int | None = None) -> None:
    global _worker_aliases
    _die_with(parent)
    _worker_aliases = aliases
    if without_torch:  # as the parent (a spawned worker starts afresh)
        keep_out_torch()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent's terminate() ends a worker quietly


def _die_with(parent: int | None) -> None:
    """No worker outlives its parent, however the parent ends (kill -9, out of memory): on
    Linux the kernel kills it then (PR_SET_PDEATHSIG); elsewhere a thread watches for it."""
    if parent is None:
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        watched = libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL) == 0
    except (OSError, AttributeError):  # not Linux
        watched = False
    if not watched:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # it ended before this worker was watching
        os._exit(1)


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def _worker_extract(batch: list[Article]) -> list[list[Claim]]:
    return _extract_batch(batch, _worker_aliases)


def _parallel(head: list[list[Article]], rest: Iterator[list[Article]], aliases, jobs: int):
    """Extract batches in `jobs` worker processes, at most 2 * jobs batches in flight (the feed
    is read no faster than it is stored), yielding results in the order of the batches."""
    fork = "fork" in multiprocessing.get_all_start_methods()
    if fork:
        # Load the model (and whatever extraction loads) once, here, then fork: the workers
        # share those pages instead of each holding a copy. Frozen objects are left alone by
        # the garbage collector, which would otherwise touch, and so copy, every page.
        _extract_batch([Article(id="warm-up", text="The minister said that the plan would work.")], aliases)
        gc.freeze()
    ctx = multiprocessing.get_context("fork" if fork else "spawn")
    pool = ctx.Pool(jobs, initializer=_worker_init, initargs=(aliases, torch_kept_out(), os.getpid()))
    pending: deque = deque()
    try:
        for batch in chain(head, rest):
            pending.append((batch, pool.apply_async(_worker_extract, (batch,))))
            if len(pending) >= 2 * jobs:
                done, result = pending.popleft()
                yield done, result.get()
        while pending:
            done, result = pending.popleft()
            yield done, result.get()
        pool.close()
    finally:
        pool.terminate()
        pool.join()
        gc.unfreeze()
