"""The SQLite store: shape and migrations in one place, and plain save/query functions."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import sys
import time
import urllib.parse
from collections.abc import Iterable
from contextlib import contextmanager
from datetime import datetime, timezone
from itertools import groupby
from pathlib import Path
from typing import cast

import sqlite_utils
from sqlite_utils.migrations import Migrations

from .contradict import Found, Index, Keyed, _anchors, block_hashes, find
from .errors import RECOVER_HINT, FactcheckError, refuse_symlink_loop
from .models import Article, Claim, Contradiction, Spans

DEFAULT_PATH = "data/factcheck.db"
# Applied migrations are recorded by sqlite-utils (set "factcheck"); factcheck up to m006 kept
# its own record, carried over on the first writable open (_carry_over).
migrations = Migrations("factcheck")
MARKER = Migrations.migrations_table
LEGACY_MARKER = "_factcheck_migrations"


def default_path() -> str:
    return os.environ.get("FACTCHECK_DB") or DEFAULT_PATH


def open_db(path: str, *, create: bool = True) -> sqlite_utils.Database:
    """Open (and, with `create`, create or migrate) a factcheck database. Refuses files that
    are not SQLite or are SQLite databases of something else: never overwritten blindly.
    A database in a read-only place opens read-only: listing works, writing is an error."""
    p = Path(path)
    refuse_symlink_loop(path, "point the link at the database, or give its own path to --db")
    if p.is_dir():
        raise FactcheckError(f"{path} is a directory, not a database", "give a file path to --db")
    exists = p.exists() and p.stat().st_size > 0
    if not exists and not create:
        raise FactcheckError(f"no database at {path}", "run 'factcheck ingest ARTICLE' first, or give --db")
    if exists:
        try:
            with open(p, "rb") as f:
                header = f.read(16)
        except OSError as e:
            raise FactcheckError(f"cannot read {path}: {e.strerror}", "check its permissions") from e
        if header != b"SQLite format 3\x00":
            raise FactcheckError(f"{path} is not a SQLite database", "give another --db path")
    elif not p.parent.exists():
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise FactcheckError(f"cannot create {p.parent}: {e.strerror}", "give a writable --db path") from e
    if not exists and not os.access(p.parent, os.W_OK):
        raise FactcheckError(f"cannot create a database in {p.parent}: not writable", "give a writable --db path")
    # SQLite writes the file and, in WAL mode, DB-wal and DB-shm beside it: both must be writable.
    readonly = exists and not (os.access(p, os.W_OK) and os.access(p.parent, os.W_OK))
    if readonly and create:
        raise FactcheckError(
            f"{path} is read-only; nothing was changed", "copy it to a writable place, or give another --db"
        )
    try:
        db = sqlite_utils.Database(_connect_readonly(p) if readonly else _connect(p))
        tables = set(db.table_names())
    except sqlite3.DatabaseError as e:
        if "malformed" in str(e):
            raise FactcheckError(f"{path} is damaged ({e})", RECOVER_HINT) from e
        raise FactcheckError(f"{path} is not a readable SQLite database ({e})", "give another --db path") from e
    done = _applied(db, tables)
    if tables and done is None:
        raise FactcheckError(
            f"{path} is a SQLite database but not a factcheck database",
            "give another --db path; factcheck will not change it",
        )
    done = done or set()
    if newer := sorted(done - set(MIGRATIONS)):
        raise FactcheckError(
            f"{path} was made by a newer version of factcheck (it has migration {newer[-1]})",
            "upgrade factcheck, or give another --db; this version will not change it",
        )
    if readonly:
        if any(name not in done for name in MIGRATIONS):
            raise FactcheckError(
                f"{path} is read-only and needs an upgrade for this version of factcheck",
                "copy it to a writable place and run the command there",
            )
    elif create or tables:
        try:
            ensure_db_shape(db)
        except sqlite3.OperationalError as e:
            if "readonly" in str(e) or "read-only" in str(e):
                raise FactcheckError(f"{path} is read-only", "give a writable --db path") from e
            raise
    return db


def _connect(p: Path) -> sqlite3.Connection:
    # Autocommit: every write goes through write(), one explicit transaction. Concurrent writers
    # wait for each other up to a minute (busy timeout) instead of failing at once.
    conn = sqlite3.connect(str(p), timeout=60, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 60000")
    return conn


def _connect_readonly(p: Path) -> sqlite3.Connection:
    """A read-only connection. In a read-only directory SQLite cannot create the DB-shm file
    WAL mode reads through; then, if no DB-wal holds unmerged changes, the file is opened as
    immutable (nothing can change it here anyway)."""
    uri = "file:" + urllib.parse.quote(str(p.resolve())) + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=60, isolation_level=None)
        conn.execute("select count(*) from sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        wal = Path(f"{p}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise FactcheckError(
                f"cannot read {p}: its directory is read-only and {wal} holds changes not yet merged into it",
                f"copy {p} with {wal} to a writable place",
            ) from None
    return sqlite3.connect(uri + "&immutable=1", uri=True, isolation_level=None)


# Numbered migrations, each applied once, in order, and recorded in MARKER. Views and full-text
# indexes are migrations too: a change to a view is a new migration that recreates it.
@migrations()
def _m001_initial(db: sqlite_utils.Database) -> None:
    db.table("articles").create(
        {
            "id": str,
            "title": str,
            "url": str,
            "outlet": str,
            "published": str,
            "text": str,
            "words": int,
            "ingested": str,
        },
        pk="id",
        if_not_exists=True,
    )
    db.table("sources").create(
        {"id": str, "name": str, "kind": str, "article_id": str},
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
        if_not_exists=True,
    )
    db.table("source_aliases").create(
        {"alias": str, "source_id": str}, pk="alias", foreign_keys=[("source_id", "sources", "id")], if_not_exists=True
    )
    db.table("claims").create(
        {
            "id": str,
            "article_id": str,
            "source_id": str,
            "speaker": str,
            "cue": str,
            "stance": str,
            "quote": str,
            "content": str,
            "sentence": str,
            "spans": str,
            "hedged": int,
            "position": int,
            "terms": str,
            "context": str,
            "numbers": str,
            "negated": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id"), ("source_id", "sources", "id")],
        if_not_exists=True,
    )
    db.table("contradictions").create(
        {
            "id": str,
            "claim_a_id": str,
            "claim_b_id": str,
            "kind": str,
            "score": float,
            "explanation": str,
            "status": str,
            "note": str,
            "reviewed": str,
        },
        pk="id",
        foreign_keys=[("claim_a_id", "claims", "id"), ("claim_b_id", "claims", "id")],
        if_not_exists=True,
    )
    for table, cols in [
        ("claims", ["article_id"]),
        ("claims", ["source_id"]),
        ("claims", ["stance"]),
        ("contradictions", ["claim_a_id"]),
        ("contradictions", ["claim_b_id"]),
        ("contradictions", ["status"]),
        ("sources", ["kind"]),
    ]:
        db.table(table).create_index(cols, if_not_exists=True)
    # Full-text indexes: _m007 (databases made before it got them here, and count it applied).


@migrations()
def _m002_browse_indexes(db: sqlite_utils.Database) -> None:
    """Indexes for browsing in Datasette: default sorts, facets and joins."""
    for table, cols in [
        ("contradictions", ["score"]),
        ("contradictions", ["kind"]),
        ("claims", ["quote"]),
        ("sources", ["article_id"]),
        ("sources", ["name"]),
        ("source_aliases", ["source_id"]),
    ]:
        db.table(table).create_index(cols, if_not_exists=True)


@migrations()
def _m003_verdicts(db: sqlite_utils.Database) -> None:
    """Fact-checkers' verdicts, one per claim. `claim_id` has no foreign key on purpose: a
    verdict outlives re-ingests that rewrite its claim's rows, and keeps a copy of what was
    reviewed (claim, source, article) for when the claim itself is gone."""
    db.table("verdicts").create(
        {
            "claim_id": str,
            "rating": str,
            "note": str,
            "url": str,
            "claim": str,
            "source": str,
            "source_kind": str,
            "article_id": str,
            "recorded": str,
        },
        pk="claim_id",
        if_not_exists=True,
    )
    db.table("verdicts").create_index(["rating"], if_not_exists=True)


@migrations()
def _m004_affiliation_via(db: sqlite_utils.Database) -> None:
    """Whom a speaker speaks for, and who relayed a claim (null where the text does not say)."""
    for column in ("affiliation", "via"):
        if column not in db.table("claims").columns_dict:
            db.table("claims").add_column(column, str)


@migrations()
def _m005_claim_blocks(db: sqlite_utils.Database) -> None:
    """The contradiction step's candidate index, kept in the database rather than in memory:
    each claim's composite keys (contradict.blocks), as 64-bit hashes. Filled for the claims
    stored already."""
    db.execute("""create table if not exists claim_blocks (
        block integer not null, claim_id text not null, primary key (block, claim_id)) without rowid""")
    db.execute("create index if not exists claim_blocks_claim on claim_blocks (claim_id)")
    for _, claims in groupby(keyed_claims(db), key=lambda k: k.article):
        _store_blocks(db, list(claims))


@migrations()
def _m006_article_anchors(db: sqlite_utils.Database) -> None:
    """What the contradiction step needs of an article it does not read whole: the names it
    speaks of (contradict.Index.same_story) and how many claims it holds."""
    db.execute("""create table if not exists article_anchors (
        article_id text primary key, anchors text not null, claims integer not null)""")
    # an article's claims are stored together, so they come one after another in rowid order
    for article, claims in groupby(keyed_claims(db), key=lambda k: k.article):
        _store_anchors(db, article, list(claims))


def _store_blocks(db, claims: list[Keyed]) -> None:
    """Index claims by their composite keys (claim_blocks)."""
    db.conn.executemany(
        "insert or ignore into claim_blocks values (?, ?)", [(h, k.id) for k in claims for h in block_hashes(k)]
    )


def _store_anchors(db, article: str, claims: list[Keyed]) -> None:
    """Record the names an article speaks of and its number of claims (article_anchors), from
    all its claims."""
    anchors = sorted(set().union(*(_anchors(k) for k in claims)))
    db.execute("insert or replace into article_anchors values (?, ?, ?)", [article, json.dumps(anchors), len(claims)])


# Views for the joins people browse (Datasette, sqlite-utils), as this version makes them (_m008_views).
# `rowid` in claims_view is the claim's rowid, so claims_fts searches the view too.
VIEWS = {
    "claims_view": """
select claims.id, sources.name as source, sources.kind as source_kind, claims.stance, claims.quote,
  claims.content, claims.sentence, claims.speaker, claims.affiliation, claims.via, claims.cue, claims.hedged,
  articles.title as article_title, articles.outlet, articles.published,
  (select count(*) from contradictions x where x.claim_a_id = claims.id or x.claim_b_id = claims.id)
    as contradictions,
  claims.article_id, claims.source_id, claims.position, claims.rowid as rowid
from claims join sources on sources.id = claims.source_id
join articles on articles.id = claims.article_id""",
    "contradictions_view": """
select x.id, x.score, x.kind, x.status, sa.name as source_a, a.content as claim_a,
  sb.name as source_b, b.content as claim_b, x.explanation, a.stance as stance_a, b.stance as stance_b,
  x.note, x.reviewed, aa.title as article_a, ab.title as article_b,
  a.sentence as sentence_a, b.sentence as sentence_b, sa.kind as source_a_kind, sb.kind as source_b_kind,
  x.claim_a_id, x.claim_b_id, a.source_id as source_a_id, b.source_id as source_b_id,
  a.article_id as article_a_id, b.article_id as article_b_id
from contradictions x
join claims a on a.id = x.claim_a_id join sources sa on sa.id = a.source_id
join articles aa on aa.id = a.article_id
join claims b on b.id = x.claim_b_id join sources sb on sb.id = b.source_id
join articles ab on ab.id = b.article_id""",
    "verdicts_view": """
select v.claim_id, v.rating, v.note, v.url, coalesce(c.content, v.claim) as claim,
  coalesce(s.name, v.source) as source, c.stance, a.title as article_title, a.url as article_url,
  v.article_id, v.recorded, c.id is not null as claim_stored
from verdicts v left join claims c on c.id = v.claim_id left join sources s on s.id = c.source_id
left join articles a on a.id = v.article_id""",
}


FTS = {"claims": ["content", "speaker", "sentence"], "articles": ["title", "text"]}


@migrations()
def _m007_full_text(db: sqlite_utils.Database) -> None:
    """Full-text indexes with the triggers that keep them current, filled for the rows stored
    already. Run again on open if either went missing (_repair)."""
    for table, columns in FTS.items():
        if _fts_complete(db, table):
            continue
        for suffix in ("ai", "ad", "au"):
            db.execute(f"drop trigger if exists [{table}_{suffix}]")
        db.table(table).enable_fts(columns, create_triggers=True, replace=True)
        db.table(table).rebuild_fts()


@migrations()
def _m008_views(db: sqlite_utils.Database) -> None:
    """The views as VIEWS has them. Changing a view later: a new migration that recreates it."""
    for name, sql in VIEWS.items():
        db.create_view(name, sql.strip(), replace=True)


# Every migration's name, in order (all of them are pending in an empty database).
MIGRATIONS = [m.name for m in migrations.pending(sqlite_utils.Database(memory=True))]


def ensure_db_shape(db: sqlite_utils.Database) -> None:
    """Carry over factcheck's own record of migrations, apply pending migrations and rebuild a
    lost full-text index or view; safe to call on every run."""
    _ensure_wal(db)
    db.execute("PRAGMA foreign_keys = ON")
    if LEGACY_MARKER in db.table_names() or migrations.pending(db) or _lost(db):
        # Under the write lock (BEGIN IMMEDIATE): processes creating or upgrading one database
        # queue here, and each finds what the one before it did (every migration applied once).
        with write(db):
            if LEGACY_MARKER in db.table_names():
                _carry_over(db)
            migrations.apply(db)
            if _lost(db):
                _m007_full_text(db)
                for name in set(VIEWS) - set(db.view_names()):
                    db.create_view(name, VIEWS[name].strip())


def _applied(db: sqlite_utils.Database, tables: set[str]) -> set[str] | None:
    """Names of the migrations a database has, or None if it is not a factcheck database."""
    if MARKER in tables and (names := {m.name for m in migrations.applied(db)}):
        return names
    if LEGACY_MARKER in tables:
        return _legacy_applied(db)
    return None


def _legacy_applied(db: sqlite_utils.Database) -> set[str]:
    """What a database made before the move to sqlite-utils' migrations has applied. Those
    versions (migrations up to m006) kept full-text indexes and views current at every open,
    outside their record: indexes and views already as this version makes them count as
    _m007 and _m008 applied."""
    names = {r[0] for r in db.execute(f"select name from [{LEGACY_MARKER}]")}
    if all(_fts_complete(db, table) for table in FTS):
        names.add("_m007_full_text")
    if not _stale_views(db):
        names.add("_m008_views")
    return names


def _carry_over(db: sqlite_utils.Database) -> None:
    """Move the record of a database made before the move to sqlite-utils' migrations into
    MARKER, with the dates they were applied, so that nothing is applied twice."""
    when = dict(db.execute(f"select name, applied from [{LEGACY_MARKER}]").fetchall())
    names = _legacy_applied(db)
    migrations.ensure_migrations_table(db)
    names -= {m.name for m in migrations.applied(db)}
    ordered = [n for n in MIGRATIONS if n in names] + sorted(names - set(MIGRATIONS))
    db.table(MARKER).insert_all(
        [{"migration_set": migrations.name, "name": n, "applied_at": when.get(n) or _now()} for n in ordered]
    )
    db.table(LEGACY_MARKER).drop()


def _fts_complete(db: sqlite_utils.Database, table: str) -> bool:
    if not db.table(table).exists():
        return False
    triggers = {t.name for t in db.triggers}
    return bool(db.table(table).detect_fts()) and {f"{table}_{s}" for s in ("ai", "ad", "au")} <= triggers


def _lost(db: sqlite_utils.Database) -> bool:
    """A full-text index or view went missing after its migration (dropped by hand)."""
    done = {m.name for m in migrations.applied(db)}
    return ("_m007_full_text" in done and not all(_fts_complete(db, t) for t in FTS)) or (
        "_m008_views" in done and not set(VIEWS) <= set(db.view_names())
    )


def _stale_views(db) -> list[str]:
    existing = set(db.view_names())
    return [name for name, sql in VIEWS.items() if name not in existing or _view_sql(db, name) != sql.strip()]


def _ensure_wal(db) -> None:
    """WAL mode lets readers work while one process writes. Switching needs a moment alone
    with the file, and SQLite does not wait for that (no busy handler): retry briefly."""
    for attempt in range(200):
        try:
            if db.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or attempt == 199:
                raise
            time.sleep(0.05)


def _view_sql(db, name: str) -> str:
    row = db.execute("select sql from sqlite_master where type='view' and name=?", [name]).fetchone()
    sql = row[0] if row else ""
    return sql.split(" AS ", 1)[1].strip() if " AS " in sql else sql


@contextmanager
def write(db: sqlite_utils.Database):
    """One write transaction, taken at once (BEGIN IMMEDIATE) so concurrent writers queue.
    Inside another one (a batch of articles), a savepoint: undone alone when it fails."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        _check_once(db)
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        db.conn.execute("COMMIT")


def _check_once(db) -> None:
    """Before a connection's first write: `PRAGMA quick_check` (about a second per GB), so
    nothing is added to a damaged database. Reads need no check: SQLite reports damage it meets."""
    if getattr(db, "_factcheck_checked", False):
        return
    try:
        problems = [r[0] for r in db.execute("PRAGMA quick_check(5)").fetchall()]
    except sqlite3.DatabaseError as e:
        problems = [str(e)]
    if problems != ["ok"]:
        path = db.execute("PRAGMA database_list").fetchone()[2] or "the database"
        first = next((line for line in "\n".join(problems).splitlines() if not line.startswith("***")), "?")
        raise FactcheckError(f"{path} is damaged ({first}); nothing was changed", RECOVER_HINT)
    db._factcheck_checked = True


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def has_article(db, article_id: str, text: str) -> bool:
    row = db.execute("select text from articles where id = ?", [article_id]).fetchone()
    return row is not None and row[0] == text


def load_aliases(db) -> dict[str, tuple[str, str, str]]:
    rows = db.execute("select a.alias, s.id, s.name, s.kind from source_aliases a join sources s on s.id = a.source_id")
    return {alias.lower(): (sid, name, kind) for alias, sid, name, kind in rows}


def save_article(db, article: Article, claims: list[Claim]) -> bool:
    """Store an article with all its claims in one transaction. Returns False when the same
    article (same id and text) is stored already: re-ingesting changes nothing."""
    with write(db):
        row = db.execute("select text from articles where id = ?", [article.id]).fetchone()
        if row is not None and row[0] == article.text:
            return False
        if row is not None:  # same id, new text: the new version replaces the old claims
            old = [r[0] for r in db.execute("select id from claims where article_id = ?", [article.id])]
            _delete_claims(db, old)
        db.table("articles").upsert(
            {
                **article.model_dump(),
                "words": len(article.text.split()),
                "ingested": _now(),
            },
            pk="id",
        )
        sources = {}
        for c in claims:
            sources[c.source_id] = {
                "id": c.source_id,
                "name": c.source,
                "kind": c.source_kind,
                "article_id": article.id if c.source_id.endswith("--" + article.id) else None,
            }
        existing = (
            {
                r[0]
                for r in db.execute(
                    f"select id from sources where id in ({','.join('?' * len(sources))})", list(sources)
                )
            }
            if sources
            else set()
        )
        db.table("sources").insert_all([s for sid, s in sources.items() if sid not in existing], pk="id")
        db.table("claims").insert_all([claim_row(c) for c in claims], pk="id", replace=True)
        keyed_ = [keyed(c) for c in claims]
        _store_blocks(db, keyed_)
        _store_anchors(db, article.id, keyed_)
    return True


def claim_row(c: Claim) -> dict:
    return {
        "id": c.id,
        "article_id": c.article,
        "source_id": c.source_id,
        "speaker": c.speaker,
        "cue": c.cue,
        "stance": c.stance,
        "quote": c.quote,
        "content": c.content,
        "sentence": c.sentence,
        "spans": json.dumps(c.spans.model_dump()),
        "hedged": int(c.hedged),
        "position": c.spans.content[0][0] if c.spans.content else 0,
        "terms": json.dumps(c.terms),
        "context": json.dumps(c.context),
        "numbers": json.dumps(c.numbers),
        "negated": json.dumps(c.negated),
        "affiliation": c.affiliation,
        "via": c.via,
    }


def _delete_claims(db, ids: list[str]) -> None:
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        marks = ",".join("?" * len(part))
        db.execute(f"delete from contradictions where claim_a_id in ({marks}) or claim_b_id in ({marks})", part + part)
        db.execute(f"delete from claim_blocks where claim_id in ({marks})", part)
        db.execute(f"delete from claims where id in ({marks})", part)


# -- contradictions -------------------------------------------------------------------------

KEYED_SQL = """select c.id, c.article_id, c.source_id, s.name, s.kind, c.stance, c.cue, c.content, c.terms,
             c.context, c.numbers, c.negated, c.hedged, c.position, c.affiliation
             from claims c join sources s on s.id = c.source_id"""


def keyed_claims(db) -> Iterable[Keyed]:
    """Every stored claim with its proposition keys, in the order they were stored."""
    yield from _keyed_rows(db.execute(KEYED_SQL + " order by c.rowid"))


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
        )


# The index over every stored claim stays compact: a lemma, an article or a source that
# thousands of claims share is one string in memory, not one copy per claim.
_i = sys.intern


def _terms(terms) -> set[str]:
    return {sys.intern(t) for t in terms}


def load_index(db) -> Index:
    """Every stored claim in one index (for scripts over small databases; commands use
    neighbourhood(), whose memory does not grow with the archive)."""
    index = Index()
    for k in keyed_claims(db):
        index.add(k)
    return index


def _selected(db, sql: str, values: list) -> list:
    """Rows of `sql` (with one `{marks}` for an `in (...)` list) over `values`, 500 at a time."""
    out: list = []
    for i in range(0, len(values), 500):
        part = values[i : i + 500]
        out += db.execute(sql.format(marks=",".join("?" * len(part))), part).fetchall()
    return out


def _article_claims(db, article: str) -> list[Keyed]:
    """An article's claims with their proposition keys, in order."""
    return list(_keyed_rows(db.execute(KEYED_SQL + " where c.article_id = ? order by c.rowid", [article])))


class Neighbours:
    """What an Index reads from the database: an article's claims, whole, or only its names
    and size (contradict.Loader)."""

    def __init__(self, db):
        self.db = db
        self._summaries: dict[str, tuple[set[str], int]] = {}

    def claims_of(self, article: str) -> list[Keyed]:
        return _article_claims(self.db, article)

    def summary(self, article: str) -> tuple[set[str], int]:
        if article not in self._summaries:
            row = self.db.execute(
                "select anchors, claims from article_anchors where article_id = ?", [article]
            ).fetchone()
            self._summaries[article] = (set(json.loads(row[0])), row[1]) if row else (set(), 0)
        return self._summaries[article]


def neighbourhood(db, claim_ids: list[str]) -> Index:
    """An index of what finding the contradictions of `claim_ids` needs, read from the
    database: their articles whole, and every claim that shares a composite key with one of
    them (their articles' names and sizes, and the claims of an article a found pair needs,
    are read when needed). Its size is that of the claims' neighbourhood, not of the archive."""
    index = Index(loader=Neighbours(db))
    articles = sorted(
        {r[0] for r in _selected(db, "select distinct article_id from claims where id in ({marks})", claim_ids)}
    )
    for article in articles:
        index.article(article)
    hashes = sorted(
        {r[0] for r in _selected(db, "select block from claim_blocks where claim_id in ({marks})", claim_ids)}
    )
    postings = sorted(_selected(db, "select block, claim_id from claim_blocks where block in ({marks})", hashes))
    others = sorted({claim_id for _, claim_id in postings} - set(index.claims))
    for k in _keyed_rows(_selected(db, KEYED_SQL + " where c.id in ({marks})", others)):
        index.add(k, alone=True)
    for block, claim_id in postings:
        index.postings[block].append(claim_id)
    return index


def keyed(c: Claim) -> Keyed:
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
    )


def save_contradictions(db, found: list[Found], replace_open_for: set[str] | None = None) -> int:
    """Upsert contradictions, keeping a journalist's status and note. With `replace_open_for`
    (claim ids, or all claims when empty set), open contradictions among them that were not
    found again are removed. Returns the number of new contradictions."""
    added = 0
    with write(db):
        # A caller's index can hold claims deleted since it was loaded (an article stored again
        # with new text, here or by another process): pairs with those are dropped, not stored.
        claim_ids = sorted({i for f in found for i in (f.claim_a_id, f.claim_b_id)})
        present: set[str] = set()
        for i in range(0, len(claim_ids), 500):
            part = claim_ids[i : i + 500]
            present |= {
                r[0] for r in db.execute(f"select id from claims where id in ({','.join('?' * len(part))})", part)
            }
        found = [f for f in found if f.claim_a_id in present and f.claim_b_id in present]
        known: set[str] = set()  # only the ids found: reading every stored one per batch grows quadratically
        ids = [f.id for f in found]
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            known |= {
                r[0]
                for r in db.execute(f"select id from contradictions where id in ({','.join('?' * len(part))})", part)
            }
        rows = []
        for f in found:
            if f.id not in known:
                added += 1
            rows.append(
                {
                    "id": f.id,
                    "claim_a_id": f.claim_a_id,
                    "claim_b_id": f.claim_b_id,
                    "kind": f.kind,
                    "score": f.score,
                    "explanation": f.explanation,
                }
            )
        for i in range(0, len(rows), 500):
            db.table("contradictions").upsert_all(rows[i : i + 500], pk="id")
        db.execute("update contradictions set status = 'open' where status is null")
        if replace_open_for is not None:
            keep = {f.id for f in found}
            stale = [
                r[0] for r in db.execute("select id from contradictions where status = 'open'") if r[0] not in keep
            ]
            for i in range(0, len(stale), 500):
                part = stale[i : i + 500]
                db.execute(f"delete from contradictions where id in ({','.join('?' * len(part))})", part)
    return added


RECHECK_ARTICLES = 100  # articles whose contradictions are found together in a recheck


def recheck(db) -> tuple[int, int]:
    """Recompute every contradiction; reviews are kept. Returns (total found, new). The
    archive is read a hundred articles at a time, each with its neighbourhood, so memory does
    not grow with it; the pairs are those one pass over every claim would find."""
    found: dict[str, Found] = {}
    articles = [r[0] for r in db.execute("select id from articles order by rowid")]
    for i in range(0, len(articles), RECHECK_ARTICLES):
        part = articles[i : i + RECHECK_ARTICLES]
        ids = [r[0] for r in _selected(db, "select id from claims where article_id in ({marks})", part)]
        if ids:
            for f in find(neighbourhood(db, ids), ids):
                found.setdefault(f.id, f)
    added = save_contradictions(db, list(found.values()), replace_open_for=set())
    return len(found), added


def review(db, contradiction_id: str, status: str, note: str | None) -> dict:
    row = db.execute("select id from contradictions where id = ?", [contradiction_id]).fetchone()
    if row is None:
        raise FactcheckError(
            f"no contradiction with id {contradiction_id}", "list them with 'factcheck contradictions --status all'"
        )
    with write(db):
        db.table("contradictions").update(contradiction_id, {"status": status, "note": note, "reviewed": _now()})
    return contradiction(db, contradiction_id)


# -- queries --------------------------------------------------------------------------------

CLAIM_SQL = """select c.id, c.article_id, s.name, c.source_id, s.kind, c.speaker, c.cue, c.stance, c.quote,
  c.content, c.sentence, c.spans, c.hedged, c.affiliation, c.via from claims c join sources s on s.id = c.source_id"""


def _claim_from_row(row) -> Claim:
    return Claim(
        id=row[0],
        article=row[1],
        source=row[2],
        source_id=row[3],
        source_kind=row[4],
        speaker=row[5] or "",
        cue=row[6] or "",
        stance=row[7],
        quote=row[8],
        content=row[9],
        sentence=row[10],
        spans=Spans(**json.loads(row[11])),
        hedged=bool(row[12]),
        affiliation=row[13],
        via=row[14],
    )


def claims(db, source=None, article=None, stance=None, search=None, limit=None) -> list[Claim]:
    where, params = [], []
    if source:
        where.append(
            "(c.source_id = ? or lower(s.name) = lower(?) or c.source_id in "
            "(select source_id from source_aliases where lower(alias) = lower(?)))"
        )
        params += [source, source, source]
    if article:
        where.append("c.article_id = ?")
        params.append(article)
    if stance:
        where.append("c.stance = ?")
        params.append(stance)
    if search:
        where.append("c.rowid in (select rowid from claims_fts where claims_fts match ?)")
        params.append(_fts_query(search))
    sql = CLAIM_SQL + (" where " + " and ".join(where) if where else "") + " order by c.article_id, c.position"
    if limit:
        sql += f" limit {int(limit)}"
    return [_claim_from_row(r) for r in db.execute(sql, params)]


def _fts_query(text: str) -> str:
    """Words as quoted FTS terms: user text is never FTS syntax."""
    words = re.findall(r"\w+", text)  # what FTS5's tokenizer indexes: punctuation and NUL are never syntax
    return " ".join(f'"{w}"' for w in words) or '""'


def claim(db, claim_id: str) -> Claim | None:
    row = db.execute(CLAIM_SQL + " where c.id = ?", [claim_id]).fetchone()
    return _claim_from_row(row) if row else None


def contradiction(db, cid: str) -> dict:
    return contradictions(db, status="all", ids=[cid])[0]


def contradictions(
    db, status="open", article=None, source=None, kind=None, min_score=None, ids=None, reviewed_always: bool = False
) -> list[dict]:
    """Contradictions, highest score first; `min_score` leaves out those scored lower (but, with
    `reviewed_always`, never one a person confirmed or dismissed)."""
    where, params = [], []
    if status and status != "all":
        where.append("x.status = ?")
        params.append(status)
    if kind:
        where.append("x.kind = ?")
        params.append(kind)
    if min_score is not None:
        where.append("(x.score >= ? or x.status != 'open')" if reviewed_always else "x.score >= ?")
        params.append(min_score)
    if article:
        where.append("(a.article_id = ? or b.article_id = ?)")
        params += [article, article]
    if source:
        where.append("(a.source_id = ? or b.source_id = ? or lower(sa.name) = lower(?) or lower(sb.name) = lower(?))")
        params += [source, source, source, source]
    if ids:
        where.append(f"x.id in ({','.join('?' * len(ids))})")
        params += ids
    sql = """select x.id, x.kind, x.score, x.explanation, x.status, x.note, x.claim_a_id, x.claim_b_id
      from contradictions x join claims a on a.id = x.claim_a_id join claims b on b.id = x.claim_b_id
      join sources sa on sa.id = a.source_id join sources sb on sb.id = b.source_id"""
    sql += (" where " + " and ".join(where) if where else "") + " order by x.score desc, x.id"
    out = []
    for row in db.execute(sql, params).fetchall():
        # the join above found both claims with their sources (as claim() reads them); cast, not
        # assert: should a concurrent write remove one, the model rejects the None as before
        rec = Contradiction(
            id=row[0],
            kind=row[1],
            score=row[2],
            explanation=row[3],
            status=row[4],
            note=row[5],
            claim_a=cast(Claim, claim(db, row[6])),
            claim_b=cast(Claim, claim(db, row[7])),
        )
        out.append(rec.model_dump())
    return out


def sources(db) -> list[dict]:
    sql = """select s.id, s.name, s.kind, s.article_id as article, count(c.id) as claims,
      (select group_concat(alias, '; ') from source_aliases a where a.source_id = s.id) as aliases,
      (select group_concat(distinct x.affiliation) from claims x where x.source_id = s.id) as affiliation
      from sources s left join claims c on c.source_id = s.id group by s.id order by claims desc, s.name"""
    return [
        dict(zip(["id", "name", "kind", "article", "claims", "aliases", "affiliation"], r)) for r in db.execute(sql)
    ]


def articles(db) -> list[dict]:
    sql = """select a.id, a.title, a.outlet, a.published, a.url, a.words, count(c.id) as claims
      from articles a left join claims c on c.article_id = a.id group by a.id order by a.ingested, a.id"""
    return [dict(zip(["id", "title", "outlet", "published", "url", "words", "claims"], r)) for r in db.execute(sql)]


def find_source(db, name_or_id: str) -> dict:
    row = db.execute(
        "select id, name, kind from sources where id = ? or lower(name) = lower(?) order by article_id is not null",
        [name_or_id, name_or_id],
    ).fetchone()
    if row is None:
        raise FactcheckError(f"no source named {name_or_id!r}", "list them with 'factcheck sources'")
    return {"id": row[0], "name": row[1], "kind": row[2]}


def add_alias(db, alias: str, source: str) -> dict:
    target = find_source(db, source)
    with write(db):
        db.table("source_aliases").upsert({"alias": alias.strip(), "source_id": target["id"]}, pk="alias")
    return target


def merge_sources(db, merged: str, into: str) -> dict:
    """Fold source `merged` into `into`: its claims move, its name becomes an alias, and the
    contradictions are checked again, all in one transaction."""
    a, b = find_source(db, merged), find_source(db, into)
    if a["id"] == b["id"]:
        raise FactcheckError(f"{merged!r} and {into!r} are the same source")
    with write(db):
        db.execute("update claims set source_id = ? where source_id = ?", [b["id"], a["id"]])
        db.execute("update source_aliases set source_id = ? where source_id = ?", [b["id"], a["id"]])
        db.table("source_aliases").upsert({"alias": a["name"], "source_id": b["id"]}, pk="alias")
        db.execute("delete from sources where id = ?", [a["id"]])
        # an article's names include its sources' names: those of the articles touched change
        touched = [r[0] for r in db.execute("select distinct article_id from claims where source_id = ?", [b["id"]])]
        for article in touched:
            _store_anchors(db, article, _article_claims(db, article))
        recheck(db)  # in the same transaction: a merge never stands with the old contradictions
    return b


# -- verdicts -------------------------------------------------------------------------------

VERDICT_SQL = """select v.claim_id, v.rating, v.note, v.url, v.recorded, coalesce(c.content, v.claim),
  coalesce(s.name, v.source), coalesce(s.kind, v.source_kind), v.article_id from verdicts v
  left join claims c on c.id = v.claim_id left join sources s on s.id = c.source_id"""
VERDICT_FIELDS = ["claim", "rating", "note", "url", "recorded", "content", "source", "source_kind", "article"]


def save_verdict(db, claim_id: str, rating: str, note: str | None = None, url: str | None = None) -> dict:
    """Record (or replace) a fact-checker's verdict on a stored claim."""
    c = claim(db, claim_id)
    if c is None:
        raise FactcheckError(f"no claim with id {claim_id}", "list them with 'factcheck claims'")
    with write(db):
        db.table("verdicts").upsert(
            {
                "claim_id": c.id,
                "rating": rating,
                "note": note,
                "url": url,
                "claim": c.content,
                "source": c.source,
                "source_kind": c.source_kind,
                "article_id": c.article,
                "recorded": _now(),
            },
            pk="claim_id",
        )
    return verdicts(db, ids=[c.id])[0]


def delete_verdict(db, claim_id: str) -> None:
    if db.execute("select 1 from verdicts where claim_id = ?", [claim_id]).fetchone() is None:
        raise FactcheckError(f"no verdict on claim {claim_id}", "list them with 'factcheck verdicts'")
    with write(db):
        db.execute("delete from verdicts where claim_id = ?", [claim_id])


def verdicts(db, article: str | None = None, ids: list[str] | None = None) -> list[dict]:
    """Verdicts with the claim they judge (the stored claim, else the copy kept with the verdict)."""
    where, params = [], []
    if article:
        where.append("v.article_id = ?")
        params.append(article)
    if ids:
        where.append(f"v.claim_id in ({','.join('?' * len(ids))})")
        params += ids
    sql = VERDICT_SQL + (" where " + " and ".join(where) if where else "") + " order by v.recorded, v.claim_id"
    return [dict(zip(VERDICT_FIELDS, r)) for r in db.execute(sql, params)]
