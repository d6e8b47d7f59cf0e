"""Ingest articles into the database: extract, store atomically, update contradictions."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from . import db as store
from .contradict import find
from .models import Article


@dataclass
class Stats:
    articles: int = 0
    unchanged: int = 0
    claims: int = 0
    contradictions: int = 0

    def line(self) -> str:
        return (f"{self.articles} article{'s' * (self.articles != 1)} added, {self.unchanged} unchanged, "
                f"{self.claims} claims, {self.contradictions} new contradictions")


def _batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def ingest(db, articles: Iterable[Article], batch_size: int = 32,
           on_article: Callable[[Article, int], None] | None = None) -> Stats:
    """Store articles with their claims, one transaction per article, then find the
    contradictions their claims take part in. Articles stored already are skipped unparsed."""
    from .extract import extract_many  # imports spaCy: only commands that parse get here

    stats = Stats()
    aliases = store.load_aliases(db)
    index = None
    for batch in _batches(articles, batch_size):
        fresh = []
        for article in batch:
            if store.has_article(db, article.id, article.text):
                stats.unchanged += 1
                if on_article:
                    on_article(article, 0)
            else:
                fresh.append(article)
        if not fresh:
            continue
        if index is None:
            index = store.load_index(db)
        new_ids: list[str] = []
        for article, claims in extract_many(fresh, aliases):
            if store.save_article(db, article, claims):
                stats.articles += 1
                stats.claims += len(claims)
                for c in claims:
                    index.add(store.keyed(c))
                new_ids += [c.id for c in claims]
            else:
                stats.unchanged += 1
            if on_article:
                on_article(article, len(claims))
        if new_ids:
            stats.contradictions += store.save_contradictions(db, find(index, new_ids))
    return stats
