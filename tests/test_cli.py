"""The command line on the seed article and on bad input."""

import csv
import io
import json
import sqlite3

import pytest

CLAIM_FIELDS = {
    "id",
    "article",
    "source",
    "source_id",
    "speaker",
    "cue",
    "stance",
    "quote",
    "content",
    "sentence",
    "spans",
}
CONTRA_FIELDS = {"id", "kind", "score", "explanation", "status", "note", "claim_a", "claim_b"}


@pytest.fixture
def ingested(invoke, seed_path):
    result = invoke("ingest", seed_path, "--outlet", "RFE/RL")
    assert result.exit_code == 0, result.output
    return result


def as_json(result):
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_ingest_then_claims_json_contract(ingested, invoke, seed_path):
    claims = as_json(invoke("claims", "--json"))
    assert len(claims) >= 15
    text = open(seed_path, encoding="utf-8").read()
    for c in claims:
        assert CLAIM_FIELDS <= set(c)
        assert set(c["spans"]) == {"source", "cue", "content"}
        assert " ".join(text[s:e] for s, e in c["spans"]["content"]) == c["content"]
    china = [c for c in claims if c["source"] == "China"]
    assert china[0]["stance"] == "denies"


def test_claims_filters(ingested, invoke):
    assert {c["source"] for c in as_json(invoke("claims", "--source", "China", "--json"))} == {"China"}
    denials = as_json(invoke("claims", "--stance", "denies", "--json"))
    assert [c["source"] for c in denials] == ["China"]
    found = as_json(invoke("claims", "--search", "internment", "--json"))
    assert [c["source"] for c in found] == ["China"]
    article = as_json(invoke("articles", "--json"))[0]["id"]
    assert len(as_json(invoke("claims", "--article", article, "--json"))) >= 15
    assert as_json(invoke("claims", "--article", "nope", "--json")) == []
    injected = invoke("claims", "--source", "x' OR 1=1 --", "--json")
    assert as_json(injected) == []


def test_nl_and_csv_outputs(ingested, invoke):
    """--nl and --csv carry the same records as --json: one JSON object a line; a CSV header of
    the JSON field names, then one row a claim (nested values as JSON, None as an empty cell)."""
    claims = as_json(invoke("claims", "--json"))
    assert len(claims) >= 15
    nl = invoke("claims", "--nl")
    assert nl.exit_code == 0, nl.output
    lines = nl.stdout.splitlines()
    assert [json.loads(line) for line in lines] == claims
    assert all(line.startswith("{") and line.endswith("}") for line in lines)
    result = invoke("claims", "--csv")
    assert result.exit_code == 0, result.output
    header, *rows = list(csv.reader(io.StringIO(result.stdout)))
    assert header == list(claims[0])
    assert len(rows) == len(claims)
    for row, claim in zip(rows, claims):
        for name, cell in zip(header, row):
            value = claim[name]
            if isinstance(value, (dict, list)):
                assert json.loads(cell) == value, name
            else:
                assert cell == ("" if value is None else str(value)), name
    table = invoke("claims").stdout.splitlines()
    assert table[0].split() == ["id", "source", "stance", "quote", "cue", "content"]
    assert [line.split()[0] for line in table[2:]] == [c["id"] for c in claims]


def test_sources_and_articles(ingested, invoke):
    sources = as_json(invoke("sources", "--json"))
    by_name = {s["name"]: s for s in sources}
    claims = as_json(invoke("claims", "--json"))
    # each source's count is its claims, and the protesters speak more than once
    assert all(s["claims"] == sum(c["source_id"] == s["id"] for c in claims) for s in sources)
    assert by_name["protesters"]["kind"] == "group" and by_name["protesters"]["claims"] > 1
    assert by_name["China"]["kind"] == "government"
    assert by_name["RFE/RL"]["kind"] == "narrator"
    (article,) = as_json(invoke("articles", "--json"))
    assert article["title"] == "Kazakh Protesters Again Demand Release Of Relatives From Chinese Custody"
    assert article["outlet"] == "RFE/RL"


def test_seed_contradictions(ingested, invoke):
    items = as_json(invoke("contradictions", "--json"))
    assert all(CONTRA_FIELDS <= set(x) for x in items)
    pairs = {frozenset((x["claim_a"]["source"], x["claim_b"]["source"])) for x in items}
    assert pairs == {
        frozenset(("China", "U.S. State Department")),
        frozenset(("China", "people who have fled the province")),
        frozenset(("China", "protesters")),
    }
    assert all(x["kind"] == "denial" and x["status"] == "open" for x in items)
    assert all(x["claim_a"]["source_id"] != x["claim_b"]["source_id"] for x in items)
    assert all("China" in x["explanation"] for x in items)


def test_reingest_changes_nothing_and_review_survives(ingested, invoke, seed_path, db_path):
    items = as_json(invoke("contradictions", "--json"))
    target = items[0]["id"]
    result = invoke("review", target, "--confirm", "--note", "checked with the 2019 report")
    assert result.exit_code == 0 and "confirmed" in result.stdout

    def snapshot():
        conn = sqlite3.connect(db_path)
        rows = {
            t: conn.execute(f"select * from {t} order by 1").fetchall()
            for t in ("articles", "sources", "claims", "contradictions")
        }
        conn.close()
        return rows

    before = snapshot()
    again = invoke("ingest", seed_path, "--outlet", "RFE/RL")
    assert again.exit_code == 0 and "0 articles added, 1 unchanged" in again.stderr
    assert snapshot() == before
    assert invoke("recheck").exit_code == 0
    confirmed = as_json(invoke("contradictions", "--status", "confirmed", "--json"))
    assert [(x["id"], x["note"]) for x in confirmed] == [(target, "checked with the 2019 report")]
    assert len(as_json(invoke("contradictions", "--status", "open", "--json"))) == len(items) - 1
    assert invoke("review", target, "--dismiss").exit_code == 0
    assert as_json(invoke("contradictions", "--status", "dismissed", "--json"))[0]["id"] == target


def test_reparse_replaces_an_older_extractors_claims_and_keeps_reviews(ingested, invoke, seed_path, db_path):
    items = as_json(invoke("contradictions", "--json"))
    target = items[0]["id"]
    assert invoke("review", target, "--confirm", "--note", "checked").exit_code == 0
    claims = as_json(invoke("claims", "--json"))
    # what an older extractor might have stored: a claim renamed, and a claim this one no longer finds
    conn = sqlite3.connect(db_path)
    kept = claims[-1]["id"]
    conn.execute("update claims set content = 'an older reading' where id = ?", [kept])
    conn.execute(
        "insert into sources (id, name, kind, article_id) values ('afternoon--x', 'afternoon', 'group', ?)",
        [claims[0]["article"]],
    )
    conn.execute(
        "insert into claims (id, article_id, source_id, cue, stance, quote, content, sentence, spans, position)"
        " values ('stale', ?, 'afternoon--x', 'said', 'asserts', 'indirect', 'x', 'x', '{}', 0)",
        [claims[0]["article"]],
    )
    conn.commit()
    conn.close()
    assert "0 articles added, 1 unchanged" in invoke("ingest", seed_path, "--outlet", "RFE/RL").stderr
    again = invoke("ingest", seed_path, "--outlet", "RFE/RL", "--reparse")
    assert again.exit_code == 0 and "0 articles added, 1 parsed again" in again.stderr
    assert as_json(invoke("claims", "--json")) == claims
    assert "afternoon" not in invoke("sources").stdout
    after = as_json(invoke("contradictions", "--status", "all", "--json"))
    assert sorted(x["id"] for x in after) == sorted(x["id"] for x in items)
    assert [(x["id"], x["status"], x["note"]) for x in after if x["status"] != "open"] == [
        (target, "confirmed", "checked")
    ]


def test_demo_shows_this_versions_claims_of_a_seed_stored_before(invoke, db_path):
    assert invoke("demo").exit_code == 0
    conn = sqlite3.connect(db_path)
    conn.execute("update claims set content = 'an older reading'")
    conn.commit()
    conn.close()
    shown = invoke("demo")
    assert shown.exit_code == 0 and "an older reading" not in shown.stdout
    assert "an older reading" not in invoke("claims").stdout


def test_review_errors(ingested, invoke):
    r = invoke("review", "nosuchid", "--confirm")
    assert r.exit_code == 1 and r.stderr.startswith("Error: no contradiction with id nosuchid")
    r = invoke("review", "x", "--confirm", "--dismiss")
    assert r.exit_code == 2 and r.stderr.startswith("Error:")


def test_extract_prints_without_storing(invoke, seed_path, db_path, tmp_path):
    result = invoke("extract", seed_path, "--json", db=False)
    claims = as_json(result)
    assert any(c["source"] == "China" for c in claims)
    assert not (tmp_path / "test.db").exists()


def test_feed_ingest_and_extract(invoke, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": "a1", "text": "The mayor said the bridge would reopen in May.", "outlet": "Gazette"})
        + "\n"
        + json.dumps({"id": "a2", "text": "The mayor's office denied that the bridge would reopen in May."})
        + "\n",
        encoding="utf-8",
    )
    claims = as_json(invoke("extract", "--feed", str(feed), "--json", db=False))
    assert {c["article"] for c in claims} == {"a1", "a2"}
    assert invoke("ingest", "--feed", str(feed)).exit_code == 0
    assert [a["id"] for a in as_json(invoke("articles", "--json"))] == ["a1", "a2"]


def test_stdin(invoke):
    r = invoke("extract", "-", "--json", input="Officials said the road was closed.", db=False)
    assert as_json(r)[0]["source"] == "officials"


def test_demo(runner, db_path):
    from factcheck.cli import app

    result = runner.invoke(app, ["demo", "--db", db_path])
    assert result.exit_code == 0, result.output
    out = result.stdout
    for expected in (
        "U.S. State Department (government)",
        "China (government)",
        "protesters (group)",
        "denies, denies: that the facilities are internment camps",
        "Contradictions (3)",
    ):
        assert expected in out


def test_help_everywhere(runner):
    from factcheck.cli import app

    for cmd in (["-h"], ["ingest", "-h"], ["claims", "--help"], ["sources", "alias", "-h"]):
        r = runner.invoke(app, cmd)
        assert r.exit_code == 0 and "Usage" in r.stdout


# -- bad input -----------------------------------------------------------------------------


def one_error_line(result, code=1):
    assert result.exit_code == code, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "content, expected",
    [
        (None, "does not exist"),
        (b"", "is empty"),
        (b"   \n\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)), "executable"),
        (bytes(range(32)) * 20, "binary"),
    ],
)
def test_bad_article_files(invoke, tmp_path, db_path, content, expected):
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_bytes(content)
    r = invoke("ingest", str(path))
    one_error_line(r)
    assert expected in r.stderr
    assert not (tmp_path / "test.db").exists()


def test_directory_and_partial_batches_store_nothing(invoke, tmp_path, seed_path):
    one_error_line(invoke("ingest", str(tmp_path)))
    r = invoke("ingest", seed_path, str(tmp_path / "missing.txt"))
    one_error_line(r)
    assert not (tmp_path / "test.db").exists()


def test_latin1_text_is_decoded(invoke, tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Le ministre José Núñez said the café would close.".encode("cp1252"))
    claims = as_json(invoke("extract", str(path), "--json", db=False))
    assert "José Núñez" in claims[0]["source"]


def test_malformed_feed_line(invoke, tmp_path, db_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "The mayor said the bridge would reopen."}\n{not json\n', encoding="utf-8")
    r = invoke("ingest", "--feed", str(feed))
    one_error_line(r)
    assert "line 2" in r.stderr and "--skip-bad" in r.stderr
    r = invoke("ingest", "--feed", str(feed), "--skip-bad")
    assert r.exit_code == 0 and "Skipped feed line 2" in r.stderr


def test_databases_that_are_not_factcheck(invoke, tmp_path, seed_path):
    not_sqlite = tmp_path / "notes.db"
    not_sqlite.write_bytes(b"just some notes, not a database")
    r = invoke("ingest", seed_path, "--db", str(not_sqlite), db=False)
    one_error_line(r)
    assert not_sqlite.read_bytes() == b"just some notes, not a database"
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("create table people (name text)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    for cmd in (["ingest", seed_path], ["claims"]):
        one_error_line(invoke(*cmd, "--db", str(other), db=False))
    assert other.read_bytes() == before


def test_listing_without_a_database(invoke):
    r = invoke("claims")
    one_error_line(r)
    assert "factcheck ingest" in r.stderr


def test_bad_options_are_usage_errors(invoke, ingested):
    assert invoke("claims", "--stance", "shouts").exit_code == 2
    assert invoke("contradictions", "--status", "maybe").exit_code == 2
    one_error_line(invoke("claims", "--json", "--csv"), code=2)
    one_error_line(invoke("ingest"), code=2)


def test_the_command_line_keeps_pytorch_out_of_spacy():
    # thinc imports PyTorch whenever it is installed; the command line never needs it
    import subprocess
    import sys

    code = (
        "import factcheck.cli\nfrom factcheck.nlp import keep_out_torch; keep_out_torch()\n"
        "import thinc.compat\n"
        "try:\n    import torch\nexcept ImportError:\n    torch = None\n"
        "print(thinc.compat.has_torch, torch is None)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True"]
