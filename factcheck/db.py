"""The SQLite store: the database's shape and migrations in one place, and `Store`, which owns
a database's connection and write transaction and saves and queries its records. It knows
nothing of how contradictions are found (checking.py, on top of it, says what to store)."""

from __future__ import annotations

import functools
import json
import os
import re
import sqlite3
import time
import urllib.parse
import weakref
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Protocol

import sqlite_utils
from sqlite_utils.migrations import Migrations

from .errors import RECOVER_HINT, FactcheckError, refuse_symlink_loop
from .models import Article, ArticleSummary, Claim, Contradiction, SourceSummary, Spans, Verdict

DEFAULT_PATH = "data/factcheck.db"
# Applied migrations are recorded by sqlite-utils (set "factcheck"); factcheck up to m006 kept
# its own record, carried over on the first writable open (_carry_over).
migrations = Migrations("factcheck")
MARKER = Migrations.migrations_table
LEGACY_MARKER = "_factcheck_migrations"
CHUNK = 500  # values bound in one `in (?, ...)` list (SQLite allows at least 999)


def default_path() -> str:
    return os.environ.get("FACTCHECK_DB") or DEFAULT_PATH


# -- opening: check the path, connect, migrate ------------------------------------------------


@dataclass
class _Place:
    """What a database path holds before it is opened."""

    name: str  # as given, for messages
    path: Path
    exists: bool
    readonly: bool


def _check_path(path: str, create: bool) -> _Place:
    """Refuse what is not a factcheck database to be: a directory, a file that is not SQLite, a
    missing file (without `create`), a place that cannot be written where it must be."""
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
    return _Place(path, p, exists, readonly)


def _connect(place: _Place) -> tuple[sqlite_utils.Database, set[str]]:
    """The database (read-only where its place is) and the names of its tables."""
    try:
        db = sqlite_utils.Database(_connect_readonly(place.path) if place.readonly else _connect_writable(place.path))
        return db, set(db.table_names())
    except sqlite3.DatabaseError as e:
        if "malformed" in str(e):
            raise FactcheckError(f"{place.name} is damaged ({e})", RECOVER_HINT) from e
        raise FactcheckError(f"{place.name} is not a readable SQLite database ({e})", "give another --db path") from e


class _Connection(sqlite3.Connection):
    """A connection that `close_all` can find (a plain one cannot be referred to weakly)."""


_connections: weakref.WeakSet[_Connection] = weakref.WeakSet()


def _sqlite(*args, **kwargs) -> sqlite3.Connection:
    conn = sqlite3.connect(*args, factory=_Connection, **kwargs)
    _connections.add(conn)
    return conn


def close_all() -> None:
    """Close every database connection this process still holds, as ending it normally would:
    each connection's WAL is merged into its database file when the last one closes."""
    for conn in list(_connections):
        conn.close()


def _connect_writable(p: Path) -> sqlite3.Connection:
    # Autocommit: every write goes through Store.write(), one explicit transaction. Concurrent
    # writers wait for each other up to a minute (busy timeout) instead of failing at once.
    conn = _sqlite(str(p), timeout=60, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 60000")
    return conn


def _connect_readonly(p: Path) -> sqlite3.Connection:
    """A read-only connection. In a read-only directory SQLite cannot create the DB-shm file
    WAL mode reads through; then, if no DB-wal holds unmerged changes, the file is opened as
    immutable (nothing can change it here anyway)."""
    uri = "file:" + urllib.parse.quote(str(p.resolve())) + "?mode=ro"
    try:
        conn = _sqlite(uri, uri=True, timeout=60, isolation_level=None)
        conn.execute("select count(*) from sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        wal = Path(f"{p}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise FactcheckError(
                f"cannot read {p}: its directory is read-only and {wal} holds changes not yet merged into it",
                f"copy {p} with {wal} to a writable place",
            ) from None
    return _sqlite(uri + "&immutable=1", uri=True, isolation_level=None)


def _migrate(store: Store, tables: set[str], place: _Place, create: bool) -> None:
    """Refuse a database of something else or of a newer factcheck; bring a writable one to
    this version's shape (a read-only one must have it already)."""
    path = place.name
    done = _applied(store.db, tables)
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
    if place.readonly:
        if any(name not in done and name not in FOR_WRITING for name in MIGRATIONS):
            raise FactcheckError(
                f"{path} is read-only and needs an upgrade for this version of factcheck",
                "copy it to a writable place and run the command there",
            )
    elif create or tables:
        try:
            ensure_db_shape(store)
        except sqlite3.OperationalError as e:
            if "readonly" in str(e) or "read-only" in str(e):
                raise FactcheckError(f"{path} is read-only", "give a writable --db path") from e
            raise


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
    each claim's composite keys as 64-bit hashes. What they are is checking.py's to say; it
    indexes the claims a database held before this migration before it first reads the index."""
    db.execute("""create table if not exists claim_blocks (
        block integer not null, claim_id text not null, primary key (block, claim_id)) without rowid""")
    db.execute("create index if not exists claim_blocks_claim on claim_blocks (claim_id)")


@migrations()
def _m006_article_anchors(db: sqlite_utils.Database) -> None:
    """What the contradiction step needs of an article it does not read whole: the names it
    speaks of and how many claims it holds (filled as claim_blocks is)."""
    db.execute("""create table if not exists article_anchors (
        article_id text primary key, anchors text not null, claims integer not null)""")


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


@migrations()
def _m009_claim_source_kind(db: sqlite_utils.Database) -> None:
    """The kind each claim's speaker was found to be (a source's kind is the kind most of its
    claims have: Store.save_article); claims stored before take their source's kind."""
    if "source_kind" not in db.table("claims").columns_dict:
        db.table("claims").add_column("source_kind", str)
    db.execute("update claims set source_kind = (select kind from sources where sources.id = claims.source_id)")
    # counting a source's claims by kind reads this index alone; it serves lookups by source too
    db.table("claims").create_index(["source_id", "source_kind"], if_not_exists=True)
    db.execute("drop index if exists idx_claims_source_id")


@migrations()
def _m010_claim_continues(db: sqlite_utils.Database) -> None:
    """The claim whose quotation a claim goes on with (a quotation over paragraphs): null for
    claims stored before, and where a claim continues none."""
    if "continues" not in db.table("claims").columns_dict:
        db.table("claims").add_column("continues", str)


# Migrations that only writing needs: a read-only database without them is read as it is.
FOR_WRITING = {"_m009_claim_source_kind", "_m010_claim_continues"}

# Every migration's name, in order (all of them are pending in an empty database).
MIGRATIONS = [m.name for m in migrations.pending(sqlite_utils.Database(memory=True))]


def ensure_db_shape(store: Store) -> None:
    """Carry over factcheck's own record of migrations, apply pending migrations and rebuild a
    lost full-text index or view; safe to call on every run."""
    db = store.db
    _ensure_wal(db)
    db.execute("PRAGMA foreign_keys = ON")
    if LEGACY_MARKER in db.table_names() or migrations.pending(db) or _lost(db):
        # Under the write lock (BEGIN IMMEDIATE): processes creating or upgrading one database
        # queue here, and each finds what the one before it did (every migration applied once).
        with store.write():
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


# -- the store --------------------------------------------------------------------------------


class Pair(Protocol):
    """A contradiction as the layer that finds them gives it (contradict.Found)."""

    id: str
    claim_a_id: str
    claim_b_id: str
    kind: str
    score: float
    explanation: str


class Where:
    """A where clause of the filters given, `Where().add("x = ?", 1).add("y = ?", 2)`: its text
    is "" without any, else " where ... and ..."; `params` holds the values of its `?`s."""

    def __init__(self) -> None:
        self.conditions: list[str] = []
        self.params: list = []

    def add(self, condition: str, *params) -> Where:
        self.conditions.append(condition)
        self.params += params
        return self

    def __str__(self) -> str:
        return " where " + " and ".join(self.conditions) if self.conditions else ""


class Store:
    """A factcheck database: it owns its connection and its write transaction, and saves and
    queries the records (claims, contradictions, sources, articles, verdicts, all pydantic
    models) in it. As sqlite_utils.Database:

        store = Store("data/factcheck.db")   # created, or migrated to this version
        store.claims(source="China")         # [Claim, ...]
        store.close()

    Opening refuses anything that is not a factcheck database (never overwritten blindly); with
    `create=False` a missing database is an error. A database in a read-only place opens
    read-only: listing works, writing is an error. `store.db` is the sqlite_utils.Database."""

    def __init__(self, path: str, *, create: bool = True) -> None:
        place = _check_path(path, create)
        self.path = path
        self.db, tables = _connect(place)
        self._checked = False  # `PRAGMA quick_check` passed on this connection (_check_once)
        _migrate(self, tables, place, create)

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    def execute(self, sql: str, params: Sequence | dict = ()) -> sqlite3.Cursor:
        return self.db.execute(sql, params)

    def select_in(self, sql: str, values: Sequence) -> list:
        """Rows of `sql` over `values`, CHUNK of them at a time: each `{marks}` in `sql` stands
        for one chunk's `?, ?, ...` (an `in (...)` list), and is given that chunk."""
        out: list = []
        lists = sql.count("{marks}")
        for i in range(0, len(values), CHUNK):
            part = list(values[i : i + CHUNK])
            out += self.execute(sql.format(marks=",".join("?" * len(part))), part * lists).fetchall()
        return out

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def write(self) -> Iterator[Store]:
        """One write transaction, taken at once (BEGIN IMMEDIATE) so concurrent writers queue.
        Inside another one (a batch of articles), a savepoint: undone alone when it fails."""
        if self.conn.in_transaction:
            with self.db.atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self._check_once()
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def _check_once(self) -> None:
        """Before a connection's first write: `PRAGMA quick_check` (about a second per GB), so
        nothing is added to a damaged database. Reads need no check: SQLite reports damage it meets."""
        if self._checked:
            return
        try:
            problems = [r[0] for r in self.execute("PRAGMA quick_check(5)").fetchall()]
        except sqlite3.DatabaseError as e:
            problems = [str(e)]
        if problems != ["ok"]:
            path = self.execute("PRAGMA database_list").fetchone()[2] or "the database"
            first = next((line for line in "\n".join(problems).splitlines() if not line.startswith("***")), "?")
            raise FactcheckError(f"{path} is damaged ({first}); nothing was changed", RECOVER_HINT)
        self._checked = True

    # -- articles and claims ------------------------------------------------------------------

    def has_article(self, article_id: str, text: str) -> bool:
        row = self.execute("select text from articles where id = ?", [article_id]).fetchone()
        return row is not None and row[0] == text

    def aliases(self) -> dict[str, tuple[str, str, str]]:
        """Every alias (lower case) with its source's (id, name, kind)."""
        rows = self.execute(
            "select a.alias, s.id, s.name, s.kind from source_aliases a join sources s on s.id = a.source_id"
        )
        return {alias.lower(): (sid, name, kind) for alias, sid, name, kind in rows}

    def save_article(self, article: Article, claims: list[Claim], reparse: bool = False) -> bool:
        """Store an article with all its claims in one transaction. Returns False when the same
        article (same id and text) is stored already: re-ingesting changes nothing, unless
        `reparse` (claims of a newer extractor): then the claims are replaced, and the reviewed
        contradictions of the claims found again keep their reviews. (Stored this way the claims
        are not yet candidates for contradictions: checking.save_article.)"""
        with self.write():
            row = self.execute("select text from articles where id = ?", [article.id]).fetchone()
            if row is not None and row[0] == article.text and not reparse:
                return False
            before: set[str] = set()  # the sources of the claims replaced
            if row is not None:  # same id, new text (or parsed again): the new claims replace the old
                rows = self.execute("select id, source_id from claims where article_id = ?", [article.id]).fetchall()
                old, before = [r[0] for r in rows], {r[1] for r in rows}
                found = {c.id for c in claims} if row[0] == article.text else set()
                self._delete_claims([i for i in old if i not in found])
                again = [i for i in old if i in found]
                # a claim found again: its open contradictions are found again, its reviewed ones stay
                self.select_in(
                    "delete from contradictions where status = 'open' and (claim_a_id in ({marks}) or claim_b_id in ({marks}))",
                    again,
                )
                self.select_in("delete from claim_blocks where claim_id in ({marks})", again)
            self.db.table("articles").upsert(
                {**article.model_dump(), "words": len(article.text.split()), "ingested": _now()}, pk="id"
            )
            sources = {
                c.source_id: {
                    "id": c.source_id,
                    "name": c.source,
                    "kind": c.source_kind,
                    "article_id": article.id if c.source_id.endswith("--" + article.id) else None,
                }
                for c in claims
            }
            existing = {r[0] for r in self.select_in("select id from sources where id in ({marks})", list(sources))}
            self.db.table("sources").insert_all([s for sid, s in sources.items() if sid not in existing], pk="id")
            if row is not None:
                # the article's own sources as this extractor names them; those it no longer finds go
                own = [s for sid, s in sources.items() if sid in existing and s["article_id"] == article.id]
                self.db.table("sources").upsert_all(own, pk="id")
            # upsert, not replace: a reviewed contradiction still refers to a claim found again
            self.db.table("claims").upsert_all([claim_row(c) for c in claims], pk="id")
            if row is not None:
                self.execute(
                    "delete from sources where article_id = ? and id not in (select source_id from claims)"
                    " and id not in (select source_id from source_aliases)",
                    [article.id],
                )
            self._settle_kinds(sorted(set(sources) | before))
        return True

    def _settle_kinds(self, source_ids: list[str]) -> None:
        """Each of these sources takes the kind most of its claims were found with; of a tie, it
        keeps its own. (The small model can tag a bare surname an organisation in one article
        and a person in ten: the first article to store a name does not decide its kind.)"""
        kinds: dict[str, Counter] = defaultdict(Counter)
        sql = "select source_id, source_kind, count(*) from claims where source_id in ({marks}) group by 1, 2"
        for sid, kind, n in self.select_in(sql, source_ids):
            if kind:
                kinds[sid][kind] = n
        rows = self.select_in("select id, kind from sources where id in ({marks})", list(kinds))
        for sid, kind in rows:
            # of a tie, the kind it has
            most = max(kinds[sid].items(), key=lambda kn: (kn[1], kn[0] == kind))[0]
            if most != kind:
                self.execute("update sources set kind = ? where id = ?", [most, sid])

    def _delete_claims(self, ids: list[str]) -> None:
        """Claims with their contradictions and their entries in the candidate index."""
        self.select_in("delete from contradictions where claim_a_id in ({marks}) or claim_b_id in ({marks})", ids)
        self.select_in("delete from claim_blocks where claim_id in ({marks})", ids)
        self.select_in("delete from claims where id in ({marks})", ids)

    def claims(
        self,
        source: str | None = None,
        article: str | None = None,
        stance: str | None = None,
        search: str | None = None,
        limit: int | None = None,
    ) -> list[Claim]:
        where = Where()
        if source:
            where.add(
                "(c.source_id = ? or lower(s.name) = lower(?) or c.source_id in "
                "(select source_id from source_aliases where lower(alias) = lower(?)))",
                source,
                source,
                source,
            )
        if article:
            where.add("c.article_id = ?", article)
        if stance:
            where.add("c.stance = ?", stance)
        if search:
            where.add("c.rowid in (select rowid from claims_fts where claims_fts match ?)", _fts_query(search))
        sql = self._claim_sql + str(where) + " order by c.article_id, c.position"
        if limit:
            sql += f" limit {int(limit)}"
        return [_claim_from_row(r) for r in self.execute(sql, where.params)]

    def claim(self, claim_id: str) -> Claim | None:
        row = self.execute(self._claim_sql + " where c.id = ?", [claim_id]).fetchone()
        return _claim_from_row(row) if row else None

    @functools.cached_property
    def _claim_sql(self) -> str:
        """CLAIM_SQL; a read-only database without m010 reads no claim as continuing another."""
        if "continues" in self.db.table("claims").columns_dict:
            return CLAIM_SQL
        return CLAIM_SQL.replace("c.continues", "null")

    def articles(self) -> list[ArticleSummary]:
        sql = """select a.id, a.title, a.outlet, a.published, a.url, a.words, count(c.id) as claims
          from articles a left join claims c on c.article_id = a.id group by a.id order by a.ingested, a.id"""
        return [ArticleSummary(**dict(zip(ArticleSummary.model_fields, r))) for r in self.execute(sql)]

    # -- sources --------------------------------------------------------------------------------

    def sources(self) -> list[SourceSummary]:
        return self._source_summaries("", [], "order by claims desc, s.name")

    def source(self, source_id: str) -> SourceSummary | None:
        """A source by its id, as sources() lists it."""
        found = self._source_summaries("where s.id = ?", [source_id])
        return found[0] if found else None

    def _source_summaries(self, where: str, params: list, order: str = "") -> list[SourceSummary]:
        sql = f"""select s.id, s.name, s.kind, s.article_id as article, count(c.id) as claims,
          (select group_concat(alias, '; ') from source_aliases a where a.source_id = s.id) as aliases,
          (select group_concat(distinct x.affiliation) from claims x where x.source_id = s.id) as affiliation
          from sources s left join claims c on c.source_id = s.id {where} group by s.id {order}"""
        return [SourceSummary(**dict(zip(SourceSummary.model_fields, r))) for r in self.execute(sql, params)]

    def find_source(self, name_or_id: str) -> SourceSummary:
        """A source by id or name (any case); of two of one name, the one of no single article."""
        row = self.execute(
            "select id from sources where id = ? or lower(name) = lower(?) order by article_id is not null",
            [name_or_id, name_or_id],
        ).fetchone()
        found = self.source(row[0]) if row else None
        if found is None:
            raise FactcheckError(f"no source named {name_or_id!r}", "list them with 'factcheck sources'")
        return found

    def add_alias(self, alias: str, source: str) -> SourceSummary:
        """Make `alias` another name of `source` (a name or id); returns the source, with its aliases."""
        target = self.find_source(source)
        with self.write():
            self.db.table("source_aliases").upsert({"alias": alias.strip(), "source_id": target.id}, pk="alias")
        return self.source(target.id) or target

    def fold_source(self, merged: SourceSummary, into: SourceSummary) -> None:
        """Fold source `merged` into `into` (as find_source gives them): its claims move and its
        name becomes an alias. The contradictions are left as they were (checking.merge_sources
        checks them again in the same transaction)."""
        with self.write():
            # the claims moved are the source's they join, of its kind
            self.execute(
                "update claims set source_id = ?, source_kind = ? where source_id = ?", [into.id, into.kind, merged.id]
            )
            self.execute("update source_aliases set source_id = ? where source_id = ?", [into.id, merged.id])
            self.db.table("source_aliases").upsert({"alias": merged.name, "source_id": into.id}, pk="alias")
            self.execute("delete from sources where id = ?", [merged.id])

    # -- contradictions ---------------------------------------------------------------------------

    def save_contradictions(self, found: Iterable[Pair], replace_open: bool = False) -> int:
        """Upsert contradictions, keeping a journalist's status and note. With `replace_open`,
        open contradictions that are not among `found` are removed (a recheck of everything).
        Returns the number of new contradictions."""
        pairs = list(found)
        with self.write():
            # A caller's index can hold claims deleted since it was loaded (an article stored again
            # with new text, here or by another process): pairs with those are dropped, not stored.
            claim_ids = sorted({i for f in pairs for i in (f.claim_a_id, f.claim_b_id)})
            present = {r[0] for r in self.select_in("select id from claims where id in ({marks})", claim_ids)}
            pairs = [f for f in pairs if f.claim_a_id in present and f.claim_b_id in present]
            # only the ids found: reading every stored one per batch grows quadratically
            ids = [f.id for f in pairs]
            known = {r[0] for r in self.select_in("select id from contradictions where id in ({marks})", ids)}
            rows = [
                {
                    "id": f.id,
                    "claim_a_id": f.claim_a_id,
                    "claim_b_id": f.claim_b_id,
                    "kind": f.kind,
                    "score": f.score,
                    "explanation": f.explanation,
                }
                for f in pairs
            ]
            for i in range(0, len(rows), CHUNK):
                self.db.table("contradictions").upsert_all(rows[i : i + CHUNK], pk="id")
            self.execute("update contradictions set status = 'open' where status is null")
            if replace_open:
                keep = set(ids)
                stale = [
                    r[0]
                    for r in self.execute("select id from contradictions where status = 'open'")
                    if r[0] not in keep
                ]
                self.forget_open(stale)
        return sum(i not in known for i in ids)

    def forget_open(self, ids: Iterable[str]) -> None:
        """Remove the open contradictions `ids` (a reviewed one stays)."""
        with self.write():
            self.select_in("delete from contradictions where status = 'open' and id in ({marks})", sorted(ids))

    def contradictions(
        self,
        status: str | None = "open",
        article: str | None = None,
        source: str | None = None,
        kind: str | None = None,
        min_score: float | None = None,
        ids: list[str] | None = None,
        reviewed_always: bool = False,
    ) -> list[Contradiction]:
        """Contradictions, highest score first; `min_score` leaves out those scored lower (but,
        with `reviewed_always`, never one a person confirmed or dismissed)."""
        where = Where()
        if status and status != "all":
            where.add("x.status = ?", status)
        if kind:
            where.add("x.kind = ?", kind)
        if min_score is not None:
            where.add("(x.score >= ? or x.status != 'open')" if reviewed_always else "x.score >= ?", min_score)
        if article:
            where.add("(a.article_id = ? or b.article_id = ?)", article, article)
        if source:
            where.add(
                "(a.source_id = ? or b.source_id = ? or lower(sa.name) = lower(?) or lower(sb.name) = lower(?))",
                source,
                source,
                source,
                source,
            )
        if ids:
            where.add(f"x.id in ({','.join('?' * len(ids))})", *ids)
        sql = """select x.id, x.kind, x.score, x.explanation, x.status, x.note, x.claim_a_id, x.claim_b_id
          from contradictions x join claims a on a.id = x.claim_a_id join claims b on b.id = x.claim_b_id
          join sources sa on sa.id = a.source_id join sources sb on sb.id = b.source_id"""
        sql += str(where) + " order by x.score desc, x.id"
        out = []
        for row in self.execute(sql, where.params).fetchall():
            # the join above found both claims with their sources (as claim() reads them); should
            # a concurrent write remove one, the model rejects the None
            claim_a: Any = self.claim(row[6])
            claim_b: Any = self.claim(row[7])
            out.append(
                Contradiction(
                    id=row[0],
                    kind=row[1],
                    score=row[2],
                    explanation=row[3],
                    status=row[4],
                    note=row[5],
                    claim_a=claim_a,
                    claim_b=claim_b,
                )
            )
        return out

    def contradiction(self, contradiction_id: str) -> Contradiction:
        return self.contradictions(status="all", ids=[contradiction_id])[0]

    def review(self, contradiction_id: str, status: str, note: str | None) -> Contradiction:
        """Record a person's decision (open, confirmed, dismissed) on a contradiction."""
        row = self.execute("select id from contradictions where id = ?", [contradiction_id]).fetchone()
        if row is None:
            raise FactcheckError(
                f"no contradiction with id {contradiction_id}", "list them with 'factcheck contradictions --status all'"
            )
        with self.write():
            self.db.table("contradictions").update(
                contradiction_id, {"status": status, "note": note, "reviewed": _now()}
            )
        return self.contradiction(contradiction_id)

    # -- verdicts ---------------------------------------------------------------------------------

    def save_verdict(self, claim_id: str, rating: str, note: str | None = None, url: str | None = None) -> Verdict:
        """Record (or replace) a fact-checker's verdict on a stored claim."""
        c = self.claim(claim_id)
        if c is None:
            raise FactcheckError(f"no claim with id {claim_id}", "list them with 'factcheck claims'")
        with self.write():
            self.db.table("verdicts").upsert(
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
        return self.verdicts(ids=[c.id])[0]

    def delete_verdict(self, claim_id: str) -> None:
        if self.execute("select 1 from verdicts where claim_id = ?", [claim_id]).fetchone() is None:
            raise FactcheckError(f"no verdict on claim {claim_id}", "list them with 'factcheck verdicts'")
        with self.write():
            self.execute("delete from verdicts where claim_id = ?", [claim_id])

    def verdicts(self, article: str | None = None, ids: list[str] | None = None) -> list[Verdict]:
        """Verdicts with the claim they judge (the stored claim, else the copy kept with the verdict)."""
        where = Where()
        if article:
            where.add("v.article_id = ?", article)
        if ids:
            where.add(f"v.claim_id in ({','.join('?' * len(ids))})", *ids)
        sql = VERDICT_SQL + str(where) + " order by v.recorded, v.claim_id"
        return [Verdict(**dict(zip(Verdict.model_fields, r))) for r in self.execute(sql, where.params)]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


CLAIM_SQL = """select c.id, c.article_id, s.name, c.source_id, s.kind, c.speaker, c.cue, c.stance, c.quote,
  c.content, c.sentence, c.spans, c.hedged, c.affiliation, c.via, c.continues from claims c join sources s on s.id = c.source_id"""
VERDICT_SQL = """select v.claim_id, v.rating, v.note, v.url, v.recorded, coalesce(c.content, v.claim),
  coalesce(s.name, v.source), coalesce(s.kind, v.source_kind), v.article_id from verdicts v
  left join claims c on c.id = v.claim_id left join sources s on s.id = c.source_id"""


def claim_row(c: Claim) -> dict:
    """A claim as the claims table holds it."""
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
        "source_kind": c.source_kind,
        "continues": c.continues,
    }


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
        continues=row[15],
    )


def _fts_query(text: str) -> str:
    """Words as quoted FTS terms: user text is never FTS syntax."""
    words = re.findall(r"\w+", text)  # what FTS5's tokenizer indexes: punctuation and NUL are never syntax
    return " ".join(f'"{w}"' for w in words) or '""'
