"""The contradictions layer, on top of the store: finds the contradictions among stored claims
(contradict.py judges them) and keeps them in the store (db.py), with the candidate index
they are found through. The store keeps that index's tables (claim_blocks: which claims share
a composite key; article_anchors: the names an article speaks of and its number of claims);
what goes in them is said here."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from itertools import groupby

from .contradict import BRIEF, Found, Index, Keyed, _anchors, block_hashes, calibrated, find
from .db import Store
from .errors import FactcheckError
from .models import Article, Claim, SourceSummary

RECHECK_ARTICLES = 100  # articles whose contradictions are found together in a recheck
KEYED_SQL = """select c.id, c.article_id, c.source_id, s.name, s.kind, c.stance, c.cue, c.content, c.terms,
             c.context, c.numbers, c.negated, c.hedged, c.position, c.affiliation, c.speaker
             from claims c join sources s on s.id = c.source_id"""

# -- claims with their proposition keys --------------------------------------------------------

# The index over every stored claim stays compact: a lemma, an article or a source that
# thousands of claims share is one string in memory, not one copy per claim.
_i = sys.intern


def _terms(terms) -> set[str]:
    return {sys.intern(t) for t in terms}


def keyed(c: Claim) -> Keyed:
    """What the contradiction step needs of a claim."""
    return Keyed(
        id=c.id,
        article=_i(c.article),
        source_id=_i(c.source_id),
        source=_i(c.source),
        source_kind=_i(c.source_kind),
        stance=_i(c.stance),
        cue=_i(c.cue),
        content=c.content,
        terms=_terms(c.terms),
        context=_terms(c.context),
        numbers=[tuple(n) for n in c.numbers],
        negated=_terms(c.negated),
        hedged=c.hedged,
        affiliation=c.affiliation,
        position=c.spans.content[0][0] if c.spans.content else 0,
        speaker=c.speaker,
    )


def _keyed_rows(rows) -> Iterable[Keyed]:
    for row in rows:
        yield Keyed(
            id=row[0],
            article=_i(row[1]),
            source_id=_i(row[2]),
            source=_i(row[3]),
            source_kind=_i(row[4]),
            stance=_i(row[5]),
            cue=_i(row[6] or ""),
            content=row[7],
            terms=_terms(json.loads(row[8] or "[]")),
            context=_terms(json.loads(row[9] or "[]")),
            numbers=[tuple(n) for n in json.loads(row[10] or "[]")],
            negated=_terms(json.loads(row[11] or "[]")),
            hedged=bool(row[12]),
            position=row[13] or 0,
            affiliation=_i(row[14]) if row[14] else None,
            speaker=row[15] or "",
        )


def keyed_claims(store: Store) -> Iterable[Keyed]:
    """Every stored claim with its proposition keys, in the order they were stored."""
    yield from _keyed_rows(store.execute(KEYED_SQL + " order by c.rowid"))


def _article_claims(store: Store, article: str) -> list[Keyed]:
    """An article's claims with their proposition keys, in order."""
    return list(_keyed_rows(store.execute(KEYED_SQL + " where c.article_id = ? order by c.rowid", [article])))


def load_index(store: Store) -> Index:
    """Every stored claim in one index (for scripts over small databases; commands use
    neighbourhood(), whose memory does not grow with the archive)."""
    index = Index()
    for k in keyed_claims(store):
        index.add(k)
    return index


# -- the candidate index -----------------------------------------------------------------------


def save_article(store: Store, article: Article, claims: list[Claim], reparse: bool = False) -> bool:
    """Store an article with all its claims, indexed as candidates for contradictions, in one
    transaction. Returns False when the same article (same id and text) is stored already and
    not `reparse` (Store.save_article)."""
    with store.write():
        _ensure_index(store)
        if not store.save_article(article, claims, reparse):
            return False
        keys = [keyed(c) for c in claims]
        _store_blocks(store, keys)
        _store_anchors(store, article.id, keys)
    return True


def _store_blocks(store: Store, claims: list[Keyed]) -> None:
    """Index claims by their composite keys (claim_blocks)."""
    store.conn.executemany(
        "insert or ignore into claim_blocks values (?, ?)", [(h, k.id) for k in claims for h in block_hashes(k)]
    )


def _store_anchors(store: Store, article: str, claims: list[Keyed]) -> None:
    """Record the names an article speaks of and its number of claims (article_anchors), from
    all its claims."""
    anchors = sorted(set().union(*(_anchors(k) for k in claims)))
    store.execute(
        "insert or replace into article_anchors values (?, ?, ?)", [article, json.dumps(anchors), len(claims)]
    )


def _ensure_index(store: Store) -> None:
    """Index the claims of a database made before the candidate index (migrations m005 and
    m006 make its tables, empty), before the index is first read or written. Every article
    stored since has its anchors: claims without any anchors stored are such a database's."""
    if store.execute("select exists (select 1 from article_anchors)").fetchone()[0]:
        return
    if not store.execute("select exists (select 1 from claims)").fetchone()[0]:
        return
    with store.write():
        # an article's claims are stored together, so they come one after another in rowid order
        for article, claims in groupby(keyed_claims(store), key=lambda k: k.article):
            keys = list(claims)
            _store_blocks(store, keys)
            _store_anchors(store, article, keys)


class Neighbours:
    """What an Index reads from the database: an article's claims, whole, or only its names
    and size (contradict.Loader)."""

    def __init__(self, store: Store):
        self.store = store
        self._summaries: dict[str, tuple[set[str], int]] = {}

    def claims_of(self, article: str) -> list[Keyed]:
        return _article_claims(self.store, article)

    def summary(self, article: str) -> tuple[set[str], int]:
        if article not in self._summaries:
            row = self.store.execute(
                "select anchors, claims from article_anchors where article_id = ?", [article]
            ).fetchone()
            self._summaries[article] = (set(json.loads(row[0])), row[1]) if row else (set(), 0)
        return self._summaries[article]


def neighbourhood(store: Store, claim_ids: list[str]) -> Index:
    """An index of what finding the contradictions of `claim_ids` needs, read from the
    database: their articles whole, and every claim that shares a composite key with one of
    them (their articles' names and sizes, and the claims of an article a found pair needs,
    are read when needed). Its size is that of the claims' neighbourhood, not of the archive."""
    _ensure_index(store)
    index = Index(loader=Neighbours(store))
    select = store.select_in
    articles = sorted({r[0] for r in select("select distinct article_id from claims where id in ({marks})", claim_ids)})
    for article in articles:
        index.article(article)
    hashes = sorted({r[0] for r in select("select block from claim_blocks where claim_id in ({marks})", claim_ids)})
    postings = sorted(select("select block, claim_id from claim_blocks where block in ({marks})", hashes))
    others = sorted({claim_id for _, claim_id in postings} - set(index.claims))
    for k in _keyed_rows(select(KEYED_SQL + " where c.id in ({marks})", others)):
        index.add(k, alone=True)
    for block, claim_id in postings:
        index.postings[block].append(claim_id)
    return index


# -- finding contradictions and keeping them -----------------------------------------------------


def check_claims(store: Store, claim_ids: list[str]) -> int:
    """Find and store the contradictions that the stored claims `claim_ids` (new ones) take
    part in; returns how many are new. New headlines change the stories of the headlines, so
    the contradictions between headlines are worked out again (check_stories)."""
    index = neighbourhood(store, claim_ids)
    added = store.save_contradictions(find(index, claim_ids, briefs=False))
    if any(index.brief(a) for a in {index.claims[c].article for c in claim_ids if c in index.claims}):
        added += check_stories(store)
    return added


def headline_pairs(store: Store, calibrate: bool = True) -> tuple[list[Found], set[str]]:
    """The contradictions between the latest STORY_WINDOW headlines (stories.py), scored as
    find() scores (`calibrate`), and those headlines' articles."""
    from .stories import STORY_WINDOW, story_pairs

    rows = store.execute(
        """select a.id, a.text from articles a join article_anchors n on n.article_id = a.id
           where n.claims between 1 and ? order by a.rowid desc limit ?""",
        [BRIEF, STORY_WINDOW],
    ).fetchall()
    briefs = sorted((r[0], r[1]) for r in rows)
    index = Index()
    for k in _keyed_rows(
        store.select_in(KEYED_SQL + " where c.article_id in ({marks}) order by c.rowid", [a for a, _ in briefs])
    ):
        index.add(k)
    found = story_pairs(index, briefs)
    if calibrate:
        calibrated(index, found)
    return found, {article for article, _ in briefs}


def check_stories(store: Store) -> int:
    """Work out the contradictions between headlines again and store them: an open pair of two
    headlines that their stories no longer hold is removed (a reviewed one is kept). Returns
    how many are new."""
    found, briefs = headline_pairs(store)
    with store.write():
        added = store.save_contradictions(found)
        keep = {f.id for f in found}
        store.forget_open(
            r[0]
            for r in store.execute(
                """select x.id, a.article_id, b.article_id from contradictions x
                   join claims a on a.id = x.claim_a_id join claims b on b.id = x.claim_b_id
                   join article_anchors na on na.article_id = a.article_id
                   join article_anchors nb on nb.article_id = b.article_id
                   where x.status = 'open' and a.article_id != b.article_id
                   and na.claims between 1 and ? and nb.claims between 1 and ?""",
                [BRIEF, BRIEF],
            )
            if r[0] not in keep and r[1] in briefs and r[2] in briefs
        )
    return added


def recheck(store: Store) -> tuple[int, int]:
    """Recompute every contradiction; reviews are kept. Returns (total found, new). The
    archive is read a hundred articles at a time, each with its neighbourhood, so memory does
    not grow with it; the pairs are those one pass over every claim would find."""
    found: dict[str, Found] = {}
    articles = [r[0] for r in store.execute("select id from articles order by rowid")]
    for i in range(0, len(articles), RECHECK_ARTICLES):
        part = articles[i : i + RECHECK_ARTICLES]
        ids = [r[0] for r in store.select_in("select id from claims where article_id in ({marks})", part)]
        if ids:
            for f in find(neighbourhood(store, ids), ids, briefs=False):
                found.setdefault(f.id, f)
    for f in headline_pairs(store)[0]:
        found.setdefault(f.id, f)
    added = store.save_contradictions(found.values(), replace_open=True)
    return len(found), added


def merge_sources(store: Store, merged: str, into: str) -> SourceSummary:
    """Fold source `merged` into `into` (returned, as it stands after the merge): its claims
    move, its name becomes an alias, and the contradictions are checked again, all in one
    transaction: a merge never stands with the old contradictions."""
    a, b = store.find_source(merged), store.find_source(into)
    if a.id == b.id:
        raise FactcheckError(f"{merged!r} and {into!r} are the same source")
    with store.write():
        _ensure_index(store)
        store.fold_source(a, b)
        # an article's names include its sources' names: those of the articles touched change
        touched = [r[0] for r in store.execute("select distinct article_id from claims where source_id = ?", [b.id])]
        for article in touched:
            _store_anchors(store, article, _article_claims(store, article))
        recheck(store)
    return store.source(b.id) or b
