"""Contracts that keep factcheck fast: commands that only read never import spaCy; ingest
streams its input, parses in workers with the same results, stores batches atomically per
article, and shows progress only on a terminal. Speed itself is measured by
benchmarks/run.py, never here."""

from __future__ import annotations

import json
import os
import pty
import select
import shutil
import subprocess
import sys

import pytest

from factcheck import checking
from factcheck import db as store
from factcheck.ingest import ingest
from factcheck.models import Article
from factcheck.reader import article_id

ARTICLES = [
    "The mayor said that the bridge would reopen in March. Engineers disputed that the repairs were finished.",
    "Police said 40 people were arrested at the march. Organizers said that only 12 people were detained.",
    "The ministry denied that the camps were prisons. Former detainees told reporters the camps are prisons.",
    "The company announced that profits rose by 8 percent. Analysts doubted that the growth would last.",
    "A spokeswoman said the talks had collapsed. The union insisted that the talks were continuing.",
]


def _articles(texts=ARTICLES) -> list[Article]:
    return [Article(id=article_id(t), text=t, title=f"Story {i}") for i, t in enumerate(texts)]


def _dump(db) -> dict:
    """Everything ingest stores that two runs must agree on."""
    return {
        "articles": db.execute("select id, text from articles order by id").fetchall(),
        "claims": db.execute(
            "select id, article_id, source_id, stance, content, spans, terms from claims order by id"
        ).fetchall(),
        "sources": db.execute("select id, name, kind from sources order by id").fetchall(),
        "contradictions": db.execute(
            "select id, claim_a_id, claim_b_id, kind, score from contradictions order by id"
        ).fetchall(),
    }


READ_ONLY_RUNS = """
import json, socket, sys
from typer.testing import CliRunner
from factcheck.cli import app

db = sys.argv[1]
contradiction = sys.argv[2]
with socket.socket() as busy:  # serve runs up to binding its port, then stops with an error
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    port = str(busy.getsockname()[1])
    runs = [
        ["claims"], ["claims", "--json"], ["claims", "--nl", "--source", "China"], ["claims", "--csv"],
        ["claims", "--search", "camps"], ["sources"], ["sources", "--json"], ["articles", "--json"],
        ["contradictions"], ["contradictions", "--status", "all", "--json"],
        ["review", contradiction, "--confirm", "--note", "checked"], ["recheck"],
        ["sources", "alias", "Beijing", "China"], ["serve", "--port", port],
    ]
    out = []
    for args in runs:
        result = CliRunner().invoke(app, args + ["--db", db])
        out.append({"args": args, "exit": result.exit_code,
                    "spacy": sorted(m for m in sys.modules if m.split(".")[0] in ("spacy", "thinc"))})
print(json.dumps(out))
"""


def test_commands_that_do_not_parse_never_import_spacy(seeded_db, tmp_path):
    db = tmp_path / "copy.db"
    shutil.copy(seeded_db, db)
    contradiction = store.Store(str(db)).execute("select id from contradictions limit 1").fetchone()[0]
    done = subprocess.run(
        [sys.executable, "-c", READ_ONLY_RUNS, str(db), contradiction], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    runs = json.loads(done.stdout)
    assert [r["args"][0] for r in runs if r["exit"] != 0] == ["serve"]  # the busy port, on purpose
    assert [(r["args"], r["spacy"]) for r in runs if r["spacy"]] == []


def test_ingest_of_stored_articles_never_loads_spacy(seeded_db, seed_path, tmp_path):
    db = tmp_path / "copy.db"
    shutil.copy(seeded_db, db)
    code = (
        "import sys; from typer.testing import CliRunner; from factcheck.cli import app; "
        "r = CliRunner().invoke(app, ['ingest', sys.argv[1], '--outlet', 'RFE/RL', '--db', sys.argv[2]]); "
        "print(r.exit_code, r.stderr.strip(), 'spacy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code, seed_path, str(db)], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "0 0 articles added, 1 unchanged, 0 claims, 0 new contradictions False"


def test_workers_store_what_one_process_stores(tmp_path):
    one = store.Store(str(tmp_path / "one.db"))
    two = store.Store(str(tmp_path / "two.db"))
    seen: list[str] = []
    a = ingest(one, _articles(), batch_size=2, jobs=1)
    b = ingest(two, _articles(), batch_size=2, jobs=2, on_article=lambda art, n: seen.append(art.id))
    assert (a.articles, a.claims, a.contradictions) == (b.articles, b.claims, b.contradictions)
    assert a.articles == len(ARTICLES) and a.claims >= len(ARTICLES)
    assert _dump(one) == _dump(two)
    assert seen == [x.id for x in _articles()]  # stored in the order they came
    again = ingest(two, _articles(), batch_size=2, jobs=2)
    assert (again.articles, again.unchanged, again.claims) == (0, len(ARTICLES), 0)


def test_ingest_streams_its_input(tmp_path):
    db = store.Store(str(tmp_path / "stream.db"))
    pulled: list[int] = []
    at_first_store: list[int] = []

    def feed():
        for i in range(12):
            pulled.append(i)
            yield Article(id=f"a{i}", text=f"Officials in district {i} said that {i + 3} schools had closed.")

    def stored(article, claims):
        if not at_first_store:
            at_first_store.append(len(pulled))

    stats = ingest(db, feed(), batch_size=3, jobs=1, on_article=stored)
    assert stats.articles == 12
    assert at_first_store == [3]  # the first batch is stored before the rest is read


def test_a_failing_article_in_a_batch_leaves_no_trace(tmp_path):
    """A batch is one transaction; each article in it is a savepoint: the article that fails
    is undone whole (its row too), the one before it stays."""
    from factcheck.extract import extract

    db = store.Store(str(tmp_path / "batch.db"))
    good, bad = _articles(ARTICLES[:2])
    good_claims = extract(good)
    broken = [c.model_copy(update={"article": "no-such-article"}) for c in extract(bad)]
    with db.write():
        assert checking.save_article(db, good, good_claims)
        with pytest.raises(Exception, match="FOREIGN KEY"):
            checking.save_article(db, bad, broken)
    assert db.execute("select id from articles").fetchall() == [(good.id,)]
    assert db.execute("select count(*) from claims").fetchone()[0] == len(good_claims)


def _on_terminal(args: list[str]) -> str:
    """Run factcheck with its stderr on a pseudo-terminal; what it wrote there."""
    master, slave = os.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=slave,
        env={**os.environ, "COLUMNS": "100"},
    )
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 120)
        if not ready:
            proc.kill()
            break
        try:
            data = os.read(master, 4096)
        except OSError:  # the terminal closed: the process has exited
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=60)
    os.close(master)
    return b"".join(chunks).decode()


@pytest.mark.skipif(not hasattr(pty, "openpty"), reason="needs a pseudo-terminal")
def test_progress_bar_only_on_a_terminal_and_quiet_silences_it(tmp_path, runner):
    from factcheck.cli import app

    paths = []
    for i, text in enumerate(ARTICLES[:3]):
        path = tmp_path / f"story{i}.txt"
        path.write_text(text)
        paths.append(str(path))
    db = str(tmp_path / "bar.db")
    shown = _on_terminal(["ingest", *paths, "--db", db])
    stored = store.Store(db)
    claims, contradictions = (
        stored.execute(f"select count(*) from {t}").fetchone()[0] for t in ("claims", "contradictions")
    )
    assert "Ingesting" in shown and "3/3" in shown
    assert shown.rstrip().splitlines()[-1] == (
        f"3 articles added, 0 unchanged, {claims} claims, {contradictions} new contradictions"
    )
    assert _on_terminal(["ingest", *paths, "--db", db, "--quiet"]) == ""
    piped = runner.invoke(app, ["ingest", *paths, "--db", db])  # not a terminal: the final line only
    assert piped.exit_code == 0
    assert piped.stderr == "0 articles added, 3 unchanged, 0 claims, 0 new contradictions\n"


def test_importing_the_package_imports_none_of_its_modules():
    # `import factcheck` is free; each public name imports its module on first use
    code = (
        "import sys, factcheck\n"
        "before = sorted(m for m in sys.modules if m.split('.')[0] in ('factcheck', 'sqlite_utils', 'pydantic', 'spacy'))\n"
        "from factcheck import Store, Claim\n"
        "print(before, Store.__module__, Claim.__module__, 'read_feeds' in dir(factcheck))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["['factcheck']", "factcheck.db", "factcheck.models", "True"], done.stderr
    with pytest.raises(AttributeError, match="no attribute 'Stor'"):
        import factcheck

        factcheck.Stor  # noqa: B018


FAKE_PANDAS = "import sys\nsys.stderr.write('pandas imported\\n')\nsys.exit(3)\n"


def test_the_command_keeps_pandas_out(tmp_path, seeded_db):
    # sqlite-utils imports pandas whenever it is installed, only for pandas' own timestamps: the
    # command's process never needs it. A stand-in pandas that fails on import shows whether it is
    # imported: by the command, never; by a program that imports factcheck's database, as before.
    (tmp_path / "pandas.py").write_text(FAKE_PANDAS)
    db = tmp_path / "copy.db"
    shutil.copy(seeded_db, db)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")])}
    command = subprocess.run(
        [sys.executable, "-m", "factcheck", "sources", "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert command.returncode == 0 and "China" in command.stdout, command.stderr
    library = subprocess.run(
        [sys.executable, "-c", "import factcheck.db"], capture_output=True, text=True, env=env, timeout=60
    )
    assert (library.returncode, library.stderr.strip()) == (3, "pandas imported")
