"""A database made by an earlier factcheck is upgraded in place, its rows kept."""

import os

import pytest
import sqlite_utils

from factcheck import checking
from factcheck import db as store
from factcheck.contradict import block_hashes
from factcheck.errors import FactcheckError


def _legacy(database, names, applied="2026-01-01"):
    """Turn a database's record into the one factcheck kept before sqlite-utils' migrations."""
    database.execute(f"drop table if exists [{store.MARKER}]")
    database[store.LEGACY_MARKER].create({"name": str, "applied": str}, pk="name")
    database[store.LEGACY_MARKER].insert_all([{"name": n, "applied": applied} for n in names])


def _made_read_only(database, path, monkeypatch) -> bytes:
    """Close `database` at `path` with no WAL, make the place look read-only; its bytes as left."""
    database.execute("PRAGMA journal_mode = DELETE")
    database.conn.close()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: mode != os.W_OK and real_access(p, mode))
    return path.read_bytes()


def _records(database):
    return [(r["migration_set"], r["name"], r["applied_at"]) for r in database[store.MARKER].rows]


def test_a_database_of_only_the_first_migration_is_upgraded_with_its_rows(tmp_path):
    """As llm's tests/test_migrate.py: build with the first migration alone, then open."""
    from factcheck.extract import extract
    from factcheck.models import Article

    path = str(tmp_path / "first.db")
    old = sqlite_utils.Database(path)
    store.migrations.apply(old, stop_before=store.MIGRATIONS[1])
    assert [m.name for m in store.migrations.applied(old)] == ["_m001_initial"]
    assert "verdicts" not in old.table_names() and not old.view_names() and not old["claims"].detect_fts()
    article = Article(
        id="a1",
        title="Old",
        outlet="Paper A",
        text="Witnesses said soldiers fired live ammunition at protesters outside the parliament.",
    )
    (claim,) = extract(article)
    old["articles"].insert(article.model_dump())
    old["sources"].insert({"id": claim.source_id, "name": claim.source, "kind": claim.source_kind})
    row = store.claim_row(claim)
    later = ("affiliation", "via", "source_kind", "continues")  # m004, m009, m010
    old["claims"].insert({k: v for k, v in row.items() if k not in later})
    old.conn.close()

    database = store.Store(path)
    assert [m.name for m in store.migrations.applied(database.db)] == store.MIGRATIONS  # each once, in order
    (stored,) = database.claims()
    assert (stored.id, stored.source, stored.content, stored.affiliation, stored.continues) == (
        claim.id,
        claim.source,
        claim.content,
        None,
        None,
    )
    indexes = {tuple(i.columns) for t in ("contradictions", "verdicts") for i in database.db.table(t).indexes}
    assert {("score",), ("kind",), ("rating",)} <= indexes  # m002, m003
    assert database.execute("select count(*) from claim_blocks").fetchone()[0] == 0  # m005 makes the table
    # m009: the claim keeps the kind its source had
    assert database.execute("select source_kind from claims").fetchall() == [(claim.source_kind,)]
    checking.recheck(database)  # the candidate index is filled before it is first read
    blocks = database.execute("select count(*) from claim_blocks where claim_id = ?", [claim.id]).fetchone()[0]
    assert blocks == len(block_hashes(checking.keyed(claim))) > 0
    assert database.execute("select claims from article_anchors where article_id = 'a1'").fetchone() == (1,)
    assert database.execute("select rowid from claims_fts where claims_fts match 'ammunition'").fetchall()
    assert database.execute("select rowid from articles_fts where articles_fts match 'parliament'").fetchall()
    assert set(database.db.view_names()) == set(store.VIEWS)
    assert not store._stale_views(database.db)


def test_a_database_of_factcheck_s_own_record_is_carried_over_with_nothing_applied_again(tmp_path, seed_path):
    from factcheck.ingest import ingest
    from factcheck.reader import read_article

    path = str(tmp_path / "legacy.db")
    database = store.Store(path)
    ingest(database, [read_article(seed_path)])
    blocks = database.execute("select count(*) from claim_blocks").fetchone()[0]
    _legacy(database.db, store.MIGRATIONS[:6])  # as factcheck left it up to m006
    # Emptied: if m005 or m006 ran again they would fill these
    database.execute("delete from claim_blocks")
    database.execute("delete from article_anchors")
    database.conn.close()

    database = store.Store(path)
    assert store.LEGACY_MARKER not in database.db.table_names()
    records = _records(database.db)
    assert [name for _, name, _ in records] == store.MIGRATIONS  # each once: the six carried, views and FTS too
    assert {s for s, _, _ in records} == {"factcheck"}
    assert [when for _, _, when in records[:6]] == ["2026-01-01"] * 6
    assert database.execute("select count(*) from claim_blocks").fetchone()[0] == 0 < blocks
    assert database.execute("select count(*) from article_anchors").fetchone()[0] == 0
    assert database.claims()
    database.conn.close()
    assert _records(store.Store(path).db) == records  # and the next open changes nothing


def test_factcheck_s_own_record_of_the_first_migrations_is_carried_over_and_the_rest_applied(tmp_path):
    path = str(tmp_path / "old.db")
    old = sqlite_utils.Database(path)
    store.migrations.apply(old, stop_before=store.MIGRATIONS[3])
    _legacy(old, store.MIGRATIONS[:3])  # as factcheck 0.1 left it (no views yet)
    old["articles"].insert({"id": "a1", "title": "Old", "text": "Old text."})
    assert "affiliation" not in old["claims"].columns_dict
    old.conn.close()

    database = store.Store(path)
    assert {"affiliation", "via"} <= set(database.db["claims"].columns_dict)
    assert [name for _, name, _ in _records(database.db)] == store.MIGRATIONS
    assert [when for _, _, when in _records(database.db)][:3] == ["2026-01-01"] * 3
    assert "affiliation" in database.execute("select sql from sqlite_master where name = 'claims_view'").fetchone()[0]
    assert database.execute("select rowid from articles_fts where articles_fts match 'old'").fetchall()


def test_a_view_of_an_older_factcheck_is_recreated(tmp_path):
    """Views as an older version made them: _m008_views is not counted as applied."""
    path = str(tmp_path / "views.db")
    database = store.Store(path)
    database.db.create_view("claims_view", "select id from claims", replace=True)
    _legacy(database.db, store.MIGRATIONS[:6])
    database.conn.close()
    database = store.Store(path)
    assert not store._stale_views(database.db)


def test_factcheck_s_own_record_from_a_newer_version_is_refused(tmp_path):
    path = str(tmp_path / "newer.db")
    database = store.Store(path)
    _legacy(database.db, [*store.MIGRATIONS[:6], "_m999_from_the_future"])
    database.conn.close()
    with pytest.raises(FactcheckError, match="newer version of factcheck.*_m999"):
        store.Store(path)
    assert store.LEGACY_MARKER in sqlite_utils.Database(path).table_names()


def test_a_read_only_database_of_factcheck_s_own_record_opens_for_reading(tmp_path, seed_path, monkeypatch):
    """Factcheck up to m006 kept views and full-text indexes current: such a database needs no
    write to be read by this version."""
    from factcheck.ingest import ingest
    from factcheck.reader import read_article

    path = tmp_path / "legacy.db"
    database = store.Store(str(path))
    ingest(database, [read_article(seed_path)])
    _legacy(database.db, store.MIGRATIONS[:6])
    before = _made_read_only(database.db, path, monkeypatch)
    database = store.Store(str(path), create=False)
    assert database.claims() and store.LEGACY_MARKER in database.db.table_names()
    database.conn.close()
    assert path.read_bytes() == before


def test_a_database_without_the_candidate_index_gains_it_for_the_claims_it_holds(tmp_path):
    from factcheck.extract import extract
    from factcheck.ingest import ingest
    from factcheck.models import Article

    path = str(tmp_path / "old.db")
    database = store.Store(path)
    witnesses = Article(
        id="w",
        outlet="Paper A",
        text="Witnesses said soldiers fired live ammunition at protesters outside the parliament.",
    )
    ingest(database, [witnesses])
    # as factcheck left it before the candidate index moved into the database (m005, m006)
    database.execute("drop table claim_blocks")
    database.execute("drop table article_anchors")
    database.execute(f"delete from [{store.MARKER}] where name in ('_m005_claim_blocks', '_m006_article_anchors')")
    database.conn.close()

    database = store.Store(path)
    army = Article(
        id="a", outlet="Paper B", text="The army denied that soldiers fired at protesters outside the parliament."
    )
    ingest(database, [army])  # the older claims are indexed before the new article is stored
    stored = database.execute(
        "select count(*) from claim_blocks where claim_id in (select id from claims where article_id = 'w')"
    )
    assert stored.fetchone()[0] == sum(len(block_hashes(checking.keyed(c))) for c in extract(witnesses)) > 0
    (pair,) = database.contradictions(min_score=0)  # found through the blocks of the older claims
    assert (pair.kind, {pair.claim_a.article, pair.claim_b.article}) == ("denial", {"w", "a"})


def test_a_read_only_database_without_the_later_claim_columns_is_read_as_it_is(tmp_path, monkeypatch):
    """m009 and m010 only add what writing fills: a read-only database made before them lists
    its claims, none of them continuing another, and is left unchanged."""
    from factcheck.extract import extract
    from factcheck.models import Article

    path = tmp_path / "before-m009.db"
    old = sqlite_utils.Database(str(path))
    store.migrations.apply(old, stop_before="_m009_claim_source_kind")
    article = Article(id="a1", text="“We will refund every passenger,” Maria Olsen said.\n\n“Nobody will pay twice.”")
    claims = extract(article)
    old["articles"].insert(article.model_dump())
    for claim in claims:
        old["sources"].insert({"id": claim.source_id, "name": claim.source, "kind": claim.source_kind}, ignore=True)
        row = store.claim_row(claim)
        old["claims"].insert({k: v for k, v in row.items() if k not in ("source_kind", "continues")})
    before = _made_read_only(old, path, monkeypatch)
    database = store.Store(str(path), create=False)
    stored = database.claims()
    assert [c.content for c in stored] == [c.content for c in claims] and claims[1].continues
    assert {c.continues for c in stored} == {None} and database.claim(claims[1].id).continues is None
    database.conn.close()
    assert path.read_bytes() == before
