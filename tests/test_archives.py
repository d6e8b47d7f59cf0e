"""Archives as input: several feeds, globs, gzip-compressed feeds, read as a stream; articles
stored already are skipped before they are parsed; a bad archive is one error line and stores
nothing."""

import gzip
import json
import sqlite3

from factcheck.cli import app
from factcheck.reader import Feed, read_feeds

DAYS = {
    "2024-01.jsonl": [
        ("jan1", "The mayor said the bridge would reopen in May."),
        ("jan2", "Officials denied that the bridge would reopen in May."),
    ],
    "2024-02.jsonl.gz": [
        ("feb1", "The union said that 300 workers went on strike."),
        ("feb2", "The company said only 40 workers went on strike."),
    ],
    "2023-12.jsonl": [("dec1", "Police said the road was closed.")],
}


def write_archive(folder) -> None:
    folder.mkdir(exist_ok=True)
    for name, records in DAYS.items():
        text = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in records)
        if name.endswith(".gz"):
            with gzip.open(folder / name, "wt", encoding="utf-8") as f:
                f.write(text)
        else:
            (folder / name).write_text(text, encoding="utf-8")


def stored(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("select id from articles order by id")]
    finally:
        conn.close()


def one_error(result, code, *needles) -> str:
    assert result.exit_code == code, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "(" in lines[0], result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


def test_globs_and_gzip_feeds_are_read_in_order(tmp_path):
    write_archive(tmp_path / "archive")
    feed = read_feeds([str(tmp_path / "archive" / "2024-*.jsonl*"), str(tmp_path / "archive" / "2023-12.jsonl")])
    assert isinstance(feed, Feed) and feed.total == 5
    # each pattern's matches sorted, then the next path; read as often as asked
    assert [a.id for a in feed] == ["jan1", "jan2", "feb1", "feb2", "dec1"]
    assert [a.id for a in feed] == ["jan1", "jan2", "feb1", "feb2", "dec1"]
    # a file named twice (by a path and by a pattern) is read once
    again = read_feeds([str(tmp_path / "archive" / "2023-12.jsonl"), str(tmp_path / "archive" / "*.jsonl")])
    assert [a.id for a in again] == ["dec1", "jan1", "jan2"]


def test_ingest_several_feeds_and_skip_what_is_stored(runner, tmp_path):
    write_archive(tmp_path / "archive")
    db = str(tmp_path / "archive.db")
    first = runner.invoke(app, ["ingest", "--feed", str(tmp_path / "archive" / "2024-01.jsonl"), "--db", db])
    assert first.exit_code == 0 and first.stderr.startswith("2 articles added"), first.output
    # as the shell passes `--feed archive/*`: the first match after --feed, the others as paths
    names = sorted(str(p) for p in (tmp_path / "archive").iterdir())
    result = runner.invoke(app, ["ingest", "--feed", *names, "--db", db])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1].startswith("3 articles added, 2 unchanged")
    assert stored(db) == ["dec1", "feb1", "feb2", "jan1", "jan2"]
    # a quoted glob is expanded by factcheck; --feed may be given more than once
    again = runner.invoke(
        app,
        [
            "ingest",
            "--feed",
            str(tmp_path / "archive" / "*.jsonl*"),
            "--feed",
            str(tmp_path / "archive" / "2024-01.jsonl"),
            "--db",
            db,
        ],
    )
    assert again.stderr.splitlines()[-1].startswith("0 articles added, 5 unchanged")


def test_stored_articles_are_never_parsed_again(tmp_path, monkeypatch):
    """Skipped before they are sent to a worker: only new articles reach extraction."""
    from factcheck import db as store
    from factcheck import ingest as ingesting

    write_archive(tmp_path / "archive")
    database = store.Store(str(tmp_path / "skip.db"))
    ingesting.ingest(database, read_feeds([str(tmp_path / "archive" / "2024-01.jsonl")]))
    sent = []
    real = ingesting._extract_batch
    monkeypatch.setattr(
        ingesting, "_extract_batch", lambda batch, aliases: sent.extend(a.id for a in batch) or real(batch, aliases)
    )
    stats = ingesting.ingest(database, read_feeds([str(tmp_path / "archive" / "*.jsonl*")]))
    assert sent == ["dec1", "feb1", "feb2"] and stats.unchanged == 2 and stats.articles == 3


def test_gzip_feed_on_standard_input(runner, tmp_path):
    data = gzip.compress(b"".join(json.dumps({"id": i, "text": t}).encode() + b"\n" for i, t in DAYS["2024-01.jsonl"]))
    result = runner.invoke(app, ["ingest", "--feed", "-", "--db", str(tmp_path / "stdin.db")], input=data)
    assert result.exit_code == 0, result.output
    assert stored(tmp_path / "stdin.db") == ["jan1", "jan2"]


def test_bad_archives_are_one_line_and_store_nothing(runner, tmp_path):
    write_archive(tmp_path / "archive")
    db = tmp_path / "bad.db"

    def ingest(*args):
        return runner.invoke(app, ["ingest", *map(str, args), "--db", str(db)])

    one_error(ingest("--feed", tmp_path / "archive" / "2025-*.jsonl"), 1, "no file matches", "2025-*.jsonl")
    whole = (tmp_path / "archive" / "2024-02.jsonl.gz").read_bytes()
    cut = tmp_path / "archive" / "2024-03.jsonl.gz"
    cut.write_bytes(whole[:-8])  # its end cut off, as by a full disk or a broken copy
    line = one_error(
        ingest("--feed", tmp_path / "archive" / "*.jsonl*"), 1, "2024-03.jsonl.gz is a damaged gzip archive"
    )
    assert "gzip -t" in line
    one_error(ingest("--feed", tmp_path / "archive" / "*.jsonl*", "--skip-bad"), 1, "damaged gzip archive")
    cut.unlink()
    bad_line = tmp_path / "archive" / "2024-04.jsonl.gz"
    with gzip.open(bad_line, "wt") as f:
        f.write('{"text": "The mayor said so."}\n{not json\n')
    one_error(ingest("--feed", tmp_path / "archive" / "*.jsonl*"), 1, "2024-04.jsonl.gz line 2 is not a feed record")
    image = tmp_path / "archive" / "2024-05.jsonl.gz"
    image.write_bytes(gzip.compress(b"\x89PNG\r\n\x1a\n" + bytes(100)))
    one_error(ingest("--feed", image), 1, "2024-05.jsonl.gz holds a PNG image, not a JSON Lines feed")
    empty = tmp_path / "archive" / "2024-06.jsonl.gz"
    empty.write_bytes(gzip.compress(b"\n"))
    one_error(ingest("--feed", empty), 1, "2024-06.jsonl.gz is empty")
    assert not db.exists()  # nothing stored, not even a database made
    one_error(ingest("--feed", tmp_path / "archive" / "2024-01.jsonl", "-", "-"), 2, "standard input")
    one_error(
        ingest("--feed", tmp_path / "archive" / "2024-01.jsonl", "notes.txt"),
        2,
        "with --feed every path is a feed, and notes.txt is an article",
    )
    assert not db.exists()


def test_skipped_lines_name_their_feed_when_there_are_several(runner, tmp_path):
    write_archive(tmp_path / "archive")
    with gzip.open(tmp_path / "archive" / "2024-03.jsonl.gz", "wt") as f:
        f.write('{"id": "mar1", "text": "The mayor said so."}\n[1, 2]\n')
    db = str(tmp_path / "skip.db")
    bad = str(tmp_path / "archive" / "2024-03.jsonl.gz")
    result = runner.invoke(app, ["ingest", "--feed", str(tmp_path / "archive" / "2024-0*"), "--skip-bad", "--db", db])
    assert result.exit_code == 0, result.output
    assert f"Skipped {bad} line 2: a line must be a JSON object" in result.stderr.splitlines()
    alone = runner.invoke(app, ["ingest", "--feed", bad, "--skip-bad", "--db", db])
    assert "Skipped feed line 2: a line must be a JSON object" in alone.stderr.splitlines()
    assert "mar1" in stored(db)


def test_extract_reads_archives_too(runner, tmp_path):
    write_archive(tmp_path / "archive")
    result = runner.invoke(app, ["extract", "--feed", str(tmp_path / "archive" / "2024-*"), "--json"])
    assert result.exit_code == 0, result.output
    assert {c["article"] for c in json.loads(result.stdout)} == {"jan1", "jan2", "feb1", "feb2"}
