"""Bad input and a hostile environment: one `Error:` line with a hint, a non-zero exit (2 for
usage), no traceback, and the database exactly as it was."""

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from factcheck import checking
from factcheck import db as store
from factcheck.ingest import ingest
from factcheck.models import Article
from factcheck.reader import article_id

ARTICLE = (
    "The mayor said the bridge would reopen in May. Officials denied that the bridge would reopen.\n\n"
    '"We are not sure," said Maria Lopez, an engineer.\n'
)


def assert_one_error(result, code=1, *needles):
    """One line on stderr, `Error: what (hint)`, the exit code, no traceback."""
    assert result.exit_code == code, (result.exit_code, result.output)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert re.fullmatch(r"Error: .+ \(.+\)", lines[0]), lines[0]  # a hint in brackets
    assert "Traceback" not in result.output
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


def dump(path) -> list[str]:
    """Everything a database holds, schema and rows, read without changing it."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture(scope="session")
def stored_db(tmp_path_factory):
    """A database holding one article, closed (so its file is complete without a -wal)."""
    path = tmp_path_factory.mktemp("stored") / "stored.db"
    db = store.Store(str(path))
    ingest(db, [Article(id=article_id(ARTICLE), text=ARTICLE, outlet="Gazette")])
    db.conn.close()
    return path


@pytest.fixture
def db_copy(stored_db, tmp_path):
    path = tmp_path / "copy.db"
    shutil.copy(stored_db, path)
    return path


def run(runner, *args, input=None):
    from factcheck.cli import app

    return runner.invoke(app, [str(a) for a in args], input=input)


def factcheck(*args, env=None, timeout=120, prefix=()):
    """The real command in a process of its own (exit code, stderr, connections closed on exit)."""
    return subprocess.run(
        [*prefix, sys.executable, "-m", "factcheck", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )


class Done:
    """A finished subprocess seen like a CliRunner result."""

    def __init__(self, proc):
        self.exit_code, self.stdout, self.stderr = proc.returncode, proc.stdout, proc.stderr
        self.output = proc.stdout + proc.stderr


# -- bad articles: nothing stored ------------------------------------------------------------------

BAD_FILES = {
    "empty": (b"", "is empty"),
    "blank": (b" \n\t\n", "is empty"),
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", "PNG image"),
    "jpeg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG image"),
    "elf": (b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4, "executable"),
    "windows-exe": (b"MZ\x90\x00\x03\x00\x00\x00" + bytes(range(256)), "executable"),
    "zip": (b"PK\x03\x04\x14\x00\x00\x00" + bytes(64), "ZIP archive"),
    "random-binary": (bytes((i * 7919) % 256 for i in range(5000)), "binary"),
    "sqlite": (b"SQLite format 3\x00" + bytes(200), "SQLite database"),
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_bad_article_file_changes_nothing(runner, tmp_path, db_copy, kind):
    content, expected = BAD_FILES[kind]
    path = tmp_path / f"article-{kind}.txt"
    path.write_bytes(content)
    before = dump(db_copy)
    assert_one_error(run(runner, "ingest", path, "--db", db_copy), 1, expected, str(path))
    assert dump(db_copy) == before


def test_missing_path_and_directory_change_nothing(runner, tmp_path, db_copy):
    before = dump(db_copy)
    good = tmp_path / "good.txt"
    good.write_text("The council said the road would close.", encoding="utf-8")
    line = assert_one_error(run(runner, "ingest", good, tmp_path / "nope.txt", "--db", db_copy), 1, "does not exist")
    assert "nope.txt" in line
    assert_one_error(run(runner, "ingest", tmp_path, "--db", db_copy), 1, "is a directory")
    assert_one_error(run(runner, "ingest", "--feed", tmp_path / "nope.jsonl", "--db", db_copy), 1, "does not exist")
    assert_one_error(run(runner, "ingest", "--feed", tmp_path, "--db", db_copy), 1, "is a directory")
    assert dump(db_copy) == before  # the good file given with the missing one was not stored either


def test_too_long_article_is_refused_quickly(runner, tmp_path, db_copy):
    """A 10 MB "article" would parse for some twenty minutes: it is refused before parsing."""
    path = tmp_path / "ten-mb.txt"
    path.write_text((ARTICLE * (10_000_000 // len(ARTICLE) + 1))[:10_000_000], encoding="utf-8")
    before = dump(db_copy)
    assert_one_error(run(runner, "ingest", path, "--db", db_copy), 1, "10,000,000 characters", "up to 1,000,000")
    assert_one_error(run(runner, "extract", path), 1, "10,000,000 characters")
    assert dump(db_copy) == before


# -- encodings -------------------------------------------------------------------------------------


def test_windows_1252_and_latin1_are_decoded(runner, tmp_path, db_copy):
    text = "Le ministre Jos\u00e9 N\u00fa\u00f1ez said \u201cthe caf\u00e9 would close\u201d \u2013 for good."
    path = tmp_path / "cp1252.txt"
    path.write_bytes(text.encode("cp1252"))
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("The Z\u00fcrich police said the \u00e9cole was closed.".encode("latin-1"))
    result = run(runner, "ingest", path, latin, "--db", db_copy)
    assert result.exit_code == 0, result.output
    stored = {row[0] for row in sqlite3.connect(db_copy).execute("select text from articles")}
    assert text in stored and "The Z\u00fcrich police said the \u00e9cole was closed." in stored


def test_undecodable_bytes_are_replaced_not_a_crash(runner, tmp_path):
    cases = {
        "cp1252-undefined.txt": b"The mayor said the \x81\x8d\x8f\x90\x9d bridge was closed.",
        "utf16-odd-length.txt": "The mayor said it was closed.".encode("utf-16") + b"\x00",
        "utf8-truncated.txt": "The mayor said the caf\u00e9 was closed.".encode("utf-8")[:-3] + b"\xc3",
    }
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        result = run(runner, "extract", path, "--json")
        assert result.exit_code == 0, (name, result.output)
        assert isinstance(json.loads(result.stdout), list)


def test_feed_lines_in_other_encodings_and_broken_escapes(runner, tmp_path, db_copy):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(
        '{"id": "cp", "text": "The caf\u00e9 owner said the road was closed."}\n'.encode("cp1252")
        + b'{"id": "sur", "text": "The mayor said \\ud800 the road was closed."}\n'
    )
    result = run(runner, "ingest", "--feed", feed, "--db", db_copy)
    assert result.exit_code == 0, result.output
    texts = dict(sqlite3.connect(db_copy).execute("select id, text from articles where id in ('cp', 'sur')"))
    assert texts == {
        "cp": "The caf\u00e9 owner said the road was closed.",
        "sur": "The mayor said \ufffd the road was closed.",
    }


# -- feeds -----------------------------------------------------------------------------------------


def feed_lines(*records):
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


GOOD_1 = {"id": "g1", "text": "The governor said the dam was safe."}
GOOD_2 = {"id": "g2", "text": "Engineers denied that the dam was safe."}


@pytest.mark.parametrize(
    "bad, reason",
    [
        ('{"text": "The mayor said', "Unterminated string"),
        ("[1, 2, 3]", "a line must be a JSON object"),
        ('{"title": "no text"}', 'no "text"'),
        ('{"text": "   "}', 'no "text"'),
        ('{"text": 42}', '"text" must be a string, not 42'),
        ('{"text": ["The mayor said so."]}', '"text" must be a string'),
        (
            '{"text": "The mayor said so.", "url": "javascript:alert(1)"}',
            "\"url\" 'javascript:alert(1)' is not an http(s) address",
        ),
        ('{"text": "The mayor said so.", "url": "http://[::1"}', "\"url\" 'http://[::1' is not a valid URL"),
        ('{"text": "The mayor said so.", "published": "yesterday"}', "\"published\" 'yesterday' is not a date"),
    ],
)
def test_malformed_feed_line_is_named_and_nothing_is_stored(runner, tmp_path, db_copy, bad, reason):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(feed_lines(GOOD_1, GOOD_2, "", bad), encoding="utf-8")  # the bad line is line 4
    before = dump(db_copy)
    line = assert_one_error(run(runner, "ingest", "--feed", feed, "--db", db_copy), 1, "line 4", reason, "--skip-bad")
    assert str(feed) in line
    assert dump(db_copy) == before  # the two good lines before it were not stored either
    stdin = run(runner, "ingest", "--feed", "-", "--db", db_copy, input=feed.read_text(encoding="utf-8"))
    assert_one_error(stdin, 1, "standard input line 4")
    assert dump(db_copy) == before

    skipped = run(runner, "ingest", "--feed", feed, "--skip-bad", "--db", db_copy)
    assert skipped.exit_code == 0, skipped.output
    assert f"Skipped feed line 4: {reason}" in skipped.stderr
    assert "2 articles added" in skipped.stderr
    ids = {r[0] for r in sqlite3.connect(db_copy).execute("select id from articles")}
    assert {"g1", "g2"} <= ids


def test_empty_and_binary_feeds(runner, tmp_path, db_copy):
    before = dump(db_copy)
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n", encoding="utf-8")
    assert_one_error(run(runner, "ingest", "--feed", empty, "--db", db_copy), 1, "is empty")
    image = tmp_path / "feed.jsonl"
    image.write_bytes(BAD_FILES["png"][0])
    assert_one_error(run(runner, "ingest", "--feed", image, "--db", db_copy), 1, "PNG image", "not a JSON Lines feed")
    huge = tmp_path / "huge.jsonl"
    huge.write_text(feed_lines(GOOD_1, {"text": "a " * 600_000}), encoding="utf-8")
    assert_one_error(run(runner, "ingest", "--feed", huge, "--db", db_copy), 1, "line 2", "1,200,000 characters")
    assert dump(db_copy) == before


# -- options with bad values: usage errors, exit code 2 --------------------------------------------


@pytest.mark.parametrize(
    "args, needle",
    [
        (["claims", "--stance", "shouts"], "--stance"),
        (["claims", "--limit", "0"], "--limit"),
        (["claims", "--limit", "many"], "--limit"),
        (["contradictions", "--status", "maybe"], "--status"),
        (["contradictions", "--min-score", "2"], "--min-score"),
        (["ingest", "article.txt", "--published", "last tuesday"], "--published"),
        (["claims", "--json", "--csv"], "--json"),
        (["claims", "--no-such-option"], "--no-such-option"),
        (["no-such-command"], "no-such-command"),
        (["sources", "alias"], "alias"),
        (["ingest"], "article paths"),
        (["ingest", "article.txt", "--jobs", "0"], "--jobs"),
    ],
)
def test_bad_option_values_are_one_line_usage_errors(runner, tmp_path, db_copy, monkeypatch, args, needle):
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    before = dump(db_copy)
    monkeypatch.chdir(tmp_path)
    line = assert_one_error(
        run(runner, *args, "--db", db_copy) if args != ["no-such-command"] else run(runner, *args), 2, needle
    )
    assert "-h" in line or "--" in line  # the hint says where to look
    assert dump(db_copy) == before


# -- databases that are not factcheck's, damaged or read-only --------------------------------------


def test_files_that_are_not_factcheck_databases_are_never_touched(runner, tmp_path, seed_path):
    notes = tmp_path / "notes.db"
    notes.write_bytes(b"just some notes, not a database\n")
    image = tmp_path / "photo.db"
    image.write_bytes(BAD_FILES["png"][0])
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("create table people (name text)")
    conn.execute("insert into people values ('Ada')")
    conn.commit()
    conn.close()
    for path, needle in (
        (notes, "not a SQLite database"),
        (image, "not a SQLite database"),
        (other, "not a factcheck database"),
    ):
        before = path.read_bytes()
        for args in (["ingest", seed_path], ["claims"], ["sources", "alias", "Foo", "Bar"], ["recheck"]):
            assert_one_error(run(runner, *args, "--db", path), 1, needle)
        assert path.read_bytes() == before
    assert not (tmp_path / "other.db-wal").exists()
    assert_one_error(run(runner, "claims", "--db", tmp_path), 1, "is a directory")


def damage(path, page: int, pages: int = 4):
    """Overwrite whole pages in the middle of a database with garbage, as a bad disk would."""
    size = sqlite3.connect(path).execute("pragma page_size").fetchone()[0]
    with open(path, "r+b") as f:
        f.seek(page * size)
        f.write(bytes((i * 7919 + 13) % 256 for i in range(size * pages)))


@pytest.fixture(scope="session")
def bigger_db(tmp_path_factory):
    """A database of 30 articles: enough pages to damage some in the middle."""
    path = tmp_path_factory.mktemp("bigger") / "bigger.db"
    db = store.Store(str(path))
    texts = [
        f"The mayor of town {i} said the bridge would reopen in {1990 + i}. Officials in county {i} "
        f'denied that the bridge would reopen.\n\n"We are not sure," said engineer Ana Ruiz {i}.'
        for i in range(30)
    ]
    ingest(db, [Article(id=f"t{i}", text=t) for i, t in enumerate(texts)])
    db.conn.close()
    return path


@pytest.mark.parametrize("where", [0.1, 0.5, 0.8])
def test_damaged_database_is_reported_and_not_written(bigger_db, tmp_path, where):
    path = tmp_path / "damaged.db"
    shutil.copy(bigger_db, path)
    pages = sqlite3.connect(path).execute("pragma page_count").fetchone()[0]
    damage(path, max(2, int(pages * where)))
    before = path.read_bytes()
    article = tmp_path / "new.txt"
    article.write_text("The council said the library would close in June.", encoding="utf-8")
    ingest_result = Done(factcheck("ingest", article, "--db", path))
    assert_one_error(ingest_result, 1, "damaged", ".recover")
    listing = Done(factcheck("claims", "--json", "--db", path))
    if listing.exit_code:  # reading may or may not meet the damaged pages; it never crashes
        assert_one_error(listing, 1, "damaged")
    assert path.read_bytes() == before
    assert not os.path.exists(f"{path}-wal") or os.path.getsize(f"{path}-wal") == 0


def test_truncated_database(bigger_db, tmp_path):
    path = tmp_path / "truncated.db"
    data = bigger_db.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    for args in (["claims"], ["articles"], ["contradictions"], ["recheck"]):
        result = Done(factcheck(*args, "--db", path))
        if result.exit_code or args == ["recheck"]:
            assert_one_error(result, 1, "damaged")
    assert path.read_bytes() == data[: len(data) // 3]


def _read_only_prefix(*paths):
    """A command prefix under which `paths` are read-only for real. Root ignores file modes, so
    for root each path is bind-mounted read-only in a private mount namespace (`unshare`):
    writes then fail with EROFS as on a read-only share. Returns None where that is impossible."""
    if os.geteuid() != 0:
        return ()
    if not shutil.which("unshare"):
        return None
    script = " && ".join(f'mount --bind "{p}" "{p}" && mount -o remount,ro,bind "{p}" "{p}"' for p in paths)
    prefix = ("unshare", "-rm", "sh", "-c", script + ' && exec "$@"', "sh")
    probe = subprocess.run([*prefix, "true"], capture_output=True)
    return prefix if probe.returncode == 0 else None


@pytest.fixture
def read_only(tmp_path):
    """Make paths read-only (a read-only directory, or one read-only file): returns the prefix to
    run commands under. Skips, saying why, where the test cannot make them read-only honestly."""
    changed = []

    def make(*paths):
        prefix = _read_only_prefix(*paths)
        if prefix is None:
            pytest.skip(
                "running as root without mount namespaces: chmod does not stop root's writes "
                "and a read-only bind mount is not possible here"
            )
        if prefix == ():
            for p in paths:
                changed.append((p, p.stat().st_mode))
                p.chmod(0o555 if p.is_dir() else 0o444)
        return prefix

    yield make
    for p, mode in changed:
        p.chmod(mode)


def test_database_in_read_only_directory(stored_db, tmp_path, read_only):
    folder = tmp_path / "share"
    folder.mkdir()
    path = folder / "factcheck.db"
    shutil.copy(stored_db, path)
    before = path.read_bytes()
    article = tmp_path / "new.txt"
    article.write_text("The council said the library would close in June.", encoding="utf-8")
    prefix = read_only(folder)

    listing = factcheck("claims", "--json", "--db", path, prefix=prefix)
    assert listing.returncode == 0, listing.stderr  # reading a read-only database works
    stored = sqlite3.connect(stored_db).execute("select count(*) from claims").fetchone()[0]
    assert len(json.loads(listing.stdout)) == stored > 0
    assert_one_error(Done(factcheck("ingest", article, "--db", path, prefix=prefix)), 1, "read-only")
    assert_one_error(
        Done(factcheck("sources", "alias", "Lopez", "Maria Lopez", "--db", path, prefix=prefix)), 1, "read-only"
    )
    assert_one_error(
        Done(factcheck("ingest", article, "--db", folder / "new.db", prefix=prefix)),
        1,
        "cannot create a database",
        "not writable",
    )
    assert path.read_bytes() == before
    assert sorted(os.listdir(folder)) == ["factcheck.db"]


def test_read_only_database_file(stored_db, tmp_path, read_only):
    path = tmp_path / "factcheck.db"
    shutil.copy(stored_db, path)
    before = dump(path)
    article = tmp_path / "new.txt"
    article.write_text("The council said the library would close in June.", encoding="utf-8")
    prefix = read_only(path)
    listing = factcheck("articles", "--json", "--db", path, prefix=prefix)
    assert listing.returncode == 0, listing.stderr
    assert len(json.loads(listing.stdout)) == 1
    assert_one_error(Done(factcheck("ingest", article, "--db", path, prefix=prefix)), 1, "read-only")
    assert_one_error(Done(factcheck("recheck", "--db", path, prefix=prefix)), 1, "read-only")
    assert dump(path) == before


# -- the unforeseen: still one line ----------------------------------------------------------------


def test_an_unforeseen_error_is_one_line_naming_a_bug(runner, db_copy, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("something nobody foresaw")

    monkeypatch.setattr(store.Store, "claims", broken)
    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)
    assert_one_error(run(runner, "claims", "--db", db_copy), 1, "RuntimeError: something nobody foresaw", "bug")
    monkeypatch.setenv("FACTCHECK_DEBUG", "1")
    result = run(runner, "claims", "--db", db_copy)
    assert isinstance(result.exception, RuntimeError)  # the traceback, for a developer who asks


def test_interrupt_says_what_was_kept(runner, db_copy, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(checking, "recheck", interrupted)
    result = run(runner, "recheck", "--db", db_copy)
    assert result.exit_code == 130
    assert result.stderr.startswith("Error: interrupted") and len(result.stderr.strip().splitlines()) == 1


def test_a_command_that_parsed_ends_with_everything_written(tmp_path):
    """The command line ends a process that loaded the model without tearing it down: its
    output and its database must still be whole, the WAL merged into the file."""
    article = tmp_path / "council.txt"
    article.write_text('The mayor said the bridge would reopen in May. "It is safe," she said.\n', encoding="utf-8")
    path = tmp_path / "end.db"
    done = factcheck("ingest", article, "--db", path)
    assert done.returncode == 0, done.stderr
    assert "1 article added" in done.stderr  # its final line, flushed
    assert not Path(f"{path}-wal").exists()  # closed: a copy of the file alone holds everything
    with closing(sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)) as conn:
        assert conn.execute("select count(*) from claims").fetchone()[0] >= 2
    extracted = factcheck("extract", article, "--json")
    assert extracted.returncode == 0 and len(json.loads(extracted.stdout)) >= 2  # all of it, flushed
    missing = factcheck("ingest", tmp_path / "nope.txt", "--db", path)
    assert missing.returncode != 0 and missing.stderr.startswith("Error:")


# -- user text is never SQL or FTS syntax ----------------------------------------------------------

HOSTILE = [
    "x' OR 1=1 --",
    "'; drop table claims; --",
    '"',
    '""',
    "NEAR(",
    "NEAR(mayor bridge",
    "mayor OR",
    "AND",
    "*",
    "bridge*",
    "content:mayor",
    "^mayor",
    "-mayor",
    "(",
    ")",
    "{",
    "a:b:c",
    "\\",
    "%",
    "_",
    "\u0000",
    "\U0001f600",
    "mayor NOT",
    "said'",
    "' OR ''='",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_filters_are_parameters_never_syntax(runner, db_copy, text):
    before = dump(db_copy)
    for args in (
        ["claims", "--source", text],
        ["claims", "--search", text],
        ["claims", "--article", text],
        ["contradictions", "--source", text, "--status", "all"],
        ["contradictions", "--article", text],
    ):
        result = run(runner, *args, "--json", "--db", db_copy)
        assert result.exit_code == 0, (args, result.output)
        claims = json.loads(result.stdout)
        if args[1] == "--source" or args[1] == "--article":
            assert claims == []  # matched as a value: nothing is called that
    for args in (
        ["review", "--dismiss", "--db", db_copy, "--", text],
        ["sources", "merge", "--db", db_copy, "--", text, "Maria Lopez"],
    ):
        assert_one_error(run(runner, *args), 1, "no ")
    assert dump(db_copy) == before


def test_search_finds_words_even_with_fts_syntax_around_them(runner, db_copy):
    for text in ('"bridge', "bridge)", "(bridge", "bridge*", "-bridge", "bridge:", "\x00bridge"):
        found = json.loads(run(runner, "claims", "--search", text, "--json", "--db", db_copy).stdout)
        assert found and all("bridge" in c["content"] + c["sentence"] for c in found), text


def test_a_command_added_later_prints_its_errors_as_one_line(runner, monkeypatch):
    """The command group handles errors, so a new command, even in a nested group, needs nothing of
    its own: an unforeseen error is one line naming a bug, a usage error one line whose hint names
    the command."""
    import typer

    from factcheck.cli import OneLineErrors
    from factcheck.errors import UsageError

    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)
    app, group = typer.Typer(cls=OneLineErrors), typer.Typer(cls=OneLineErrors)
    app.add_typer(group, name="group")

    @app.command()
    def broken():
        raise RuntimeError("something nobody foresaw")

    @group.command()
    def misused():
        raise UsageError("give exactly one thing")

    assert_one_error(runner.invoke(app, ["broken"]), 1, "RuntimeError: something nobody foresaw", "bug")
    result = runner.invoke(app, ["group", "misused"], prog_name="factcheck")
    assert_one_error(result, 2)
    assert result.stderr == "Error: give exactly one thing (see 'factcheck group misused -h')\n"


def test_an_article_stored_again_with_new_text_replaces_its_claims_cleanly(runner, tmp_path):
    """Same feed id, new text (a corrected article): old claims go, the new ones pair only with
    claims that exist (not a foreign-key failure against the claims just replaced)."""
    path = tmp_path / "replace.db"
    first, second = tmp_path / "v1.jsonl", tmp_path / "v2.jsonl"
    first.write_text(
        feed_lines({"id": "x", "text": "The mayor said the bridge would reopen in May."}), encoding="utf-8"
    )
    second.write_text(
        feed_lines(
            {
                "id": "x",
                "text": "Engineers denied that the bridge would reopen in May. "
                "The mayor said on Monday the bridge would reopen in May.",
            }
        ),
        encoding="utf-8",
    )
    assert run(runner, "ingest", "--feed", first, "--db", path).exit_code == 0
    result = run(runner, "ingest", "--feed", second, "--db", path)
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(path)
    assert conn.execute("pragma foreign_key_check").fetchall() == []
    stored = conn.execute("select text from articles where id = 'x'").fetchone()[0]
    assert stored.startswith("Engineers denied")
    contents = [r[0] for r in conn.execute("select content from claims where article_id = 'x'")]
    assert len(contents) >= 2 and all(c in stored for c in contents)
    for (spans,) in conn.execute("select spans from claims"):
        assert all(0 <= s < e <= len(stored) for s, e in json.loads(spans)["content"])


def test_a_database_from_a_newer_factcheck_is_not_touched(runner, db_copy, seed_path):
    conn = sqlite3.connect(db_copy)
    conn.execute(
        f"insert into [{store.MARKER}] (migration_set, name, applied_at) "
        "values ('factcheck', '_m999_from_the_future', '2031-01-01')"
    )
    conn.commit()
    conn.close()
    before = db_copy.read_bytes()
    for args in (["ingest", seed_path], ["claims"]):
        assert_one_error(run(runner, *args, "--db", db_copy), 1, "newer version of factcheck", "_m999")
    assert db_copy.read_bytes() == before


def test_feeds_from_standard_input_and_pipes(runner, tmp_path):
    """A feed that cannot be read twice (stdin, `--feed <(command)`) is checked in full from a
    temporary copy, then stored."""
    path = tmp_path / "piped.db"
    result = run(runner, "ingest", "--feed", "-", "--db", path, input=feed_lines(GOOD_1, GOOD_2))
    assert result.exit_code == 0, result.output
    assert "2 articles added" in result.stderr
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    writer = subprocess.Popen(["sh", "-c", f"printf '%s' '{feed_lines(GOOD_1, GOOD_2)}' > {fifo}"])
    piped = Done(factcheck("ingest", "--feed", fifo, "--db", path))
    writer.wait()
    assert piped.exit_code == 0, piped.stderr
    assert "0 articles added, 2 unchanged" in piped.stderr
