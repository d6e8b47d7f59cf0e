"""Verdicts on claims, and the exports: ClaimReview JSON-LD, JSON Lines, CSV."""

import csv
import io
import json

from conftest import STORED_CLAIMS, STORED_TEXT

from factcheck import checking


def verdict(invoke, *args):
    result = invoke("verdict", *args)
    assert result.exit_code == 0, result.output
    return result


def test_verdict_recorded_listed_and_replaced(stored, invoke):
    out = verdict(
        invoke,
        "c-ministry",
        "--rating",
        "False",
        "--note",
        "Lists show 5,000",
        "--url",
        "https://check.example.org/camps",
    )
    assert out.stdout == "c-ministry: False (Interior Ministry: that 200 people were held at the camps)\n"
    listed = json.loads(invoke("verdicts", "--json").stdout)
    assert [(v["claim"], v["rating"], v["note"], v["url"], v["source"], v["article"]) for v in listed] == [
        ("c-ministry", "False", "Lists show 5,000", "https://check.example.org/camps", "Interior Ministry", "a1")
    ]
    verdict(invoke, "c-ministry", "--rating", "Misleading")  # one verdict a claim: the new one replaces it
    rows = list(csv.DictReader(io.StringIO(invoke("verdicts", "--csv").stdout)))
    assert [(r["claim"], r["rating"], r["note"]) for r in rows] == [("c-ministry", "Misleading", "")]
    assert "Misleading" in invoke("verdicts").stdout
    assert invoke("verdict", "c-ministry", "--remove").stdout == "c-ministry: verdict removed\n"
    assert json.loads(invoke("verdicts", "--json").stdout) == []


def test_verdict_bad_input(stored, invoke):
    missing = invoke("verdict", "nope", "--rating", "False")
    assert (missing.exit_code, missing.stderr) == (
        1,
        "Error: no claim with id nope (list them with 'factcheck claims')\n",
    )
    no_rating = invoke("verdict", "c-ministry")
    assert no_rating.exit_code == 2 and no_rating.stderr.startswith("Error: give the verdict with --rating")
    bad_url = invoke("verdict", "c-ministry", "--rating", "False", "--url", "javascript:alert(1)")
    assert bad_url.exit_code == 2 and "not a web address" in bad_url.stderr
    assert stored.verdicts() == []


def test_verdict_survives_reingest_and_shows_in_datasette_view(stored, invoke, db_path):
    from factcheck.models import Article

    verdict(invoke, "c-detainees", "--rating", "Accurate")
    # the same article id with new text: its claims are replaced; the verdict stays, with its claim's words
    checking.save_article(stored, Article(id="a1", text=STORED_TEXT + "\nMore text.\n"), [])
    assert stored.claim("c-detainees") is None
    kept = stored.verdicts()
    assert [(v.claim, v.rating, v.content, v.source) for v in kept] == [
        ("c-detainees", "Accurate", "that the camps are prisons", "former detainees")
    ]
    view = stored.execute("select claim_id, rating, claim, source, claim_stored from verdicts_view").fetchall()
    assert view == [("c-detainees", "Accurate", "that the camps are prisons", "former detainees", 0)]


def test_export_claimreview(stored, invoke, monkeypatch):
    verdict(
        invoke,
        "c-ministry",
        "--rating",
        "False",
        "--note",
        "Lists show 5,000",
        "--url",
        "https://check.example.org/camps",
    )
    verdict(invoke, "c-spokeswoman", "--rating", "Misleading")
    result = invoke(
        "export", "--format", "claimreview", "--org", "Example Checks", "--org-url", "https://check.example.org"
    )
    assert result.exit_code == 0, result.output
    reviews = json.loads(result.stdout)
    assert len(reviews) == 2  # only claims with a verdict
    first = next(r for r in reviews if r["claimReviewed"] == "200 people were held at the camps")
    assert first["@context"] == "https://schema.org" and first["@type"] == "ClaimReview"
    assert first["url"] == "https://check.example.org/camps"
    assert first["author"] == {"@type": "Organization", "name": "Example Checks", "url": "https://check.example.org"}
    assert first["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "False",
        "ratingExplanation": "Lists show 5,000",
    }
    assert first["itemReviewed"] == {
        "@type": "Claim",
        "author": {"@type": "Organization", "name": "Interior Ministry"},
        "datePublished": "2024-05-01",
        "appearance": {
            "@type": "CreativeWork",
            "url": "https://news.example.org/camps",
            "headline": 'Camps <script>alert("x")</script> & dispute',
            "publisher": {"@type": "Organization", "name": "The Ledger <i>"},
        },
    }
    assert len(first["datePublished"]) == 10 and first["datePublished"][4] == "-"
    person = next(r for r in reviews if r["reviewRating"]["alternateName"] == "Misleading")
    assert person["itemReviewed"]["author"] == {"@type": "Person", "name": "ministry spokeswoman"}
    assert "url" not in person
    assert result.stderr.startswith("Warning: 1 verdict without --url")
    # the organization from the environment; none at all is a usage error
    monkeypatch.setenv("FACTCHECK_ORG", "Env Checks")
    assert json.loads(invoke("export", "--format", "claimreview").stdout)[0]["author"]["name"] == "Env Checks"
    monkeypatch.delenv("FACTCHECK_ORG")
    none = invoke("export", "--format", "claimreview")
    assert none.exit_code == 2
    assert none.stderr == (
        "Error: ClaimReview needs the fact-checking organization (give --org NAME or set FACTCHECK_ORG)\n"
    )


def test_export_jsonl_and_csv(stored, invoke, tmp_path):
    verdict(invoke, "c-amnesty", "--rating", "Accurate")
    lines = invoke("export", "--format", "jsonl").stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert sorted(r["id"] for r in records) == sorted(f"c-{k[0]}" for k in STORED_CLAIMS)
    amnesty = next(r for r in records if r["id"] == "c-amnesty")
    assert amnesty["source"] == "Amnesty International" and amnesty["source_kind"] == "organization"
    assert amnesty["article"] == "a1" and amnesty["article_url"] == "https://news.example.org/camps"
    assert amnesty["article_outlet"] == "The Ledger <i>" and amnesty["article_published"] == "2024-05-01"
    assert amnesty["verdict"]["rating"] == "Accurate"
    assert next(r for r in records if r["id"] == "c-ministry")["verdict"] is None
    s, e = amnesty["spans"]["content"][0]
    assert STORED_TEXT[s:e] == amnesty["content"]
    out = tmp_path / "claims.csv"
    result = invoke("export", "--format", "csv", "--output", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert len(rows) == len(STORED_CLAIMS)
    row = next(r for r in rows if r["id"] == "c-amnesty")
    assert row["verdict_rating"] == "Accurate" and row["article_title"].startswith("Camps <script>")
    assert json.loads(row["spans"])["content"] == [[s, e]]
    bad = invoke("export", "--format", "xml")
    assert bad.exit_code == 2


def test_report_verdict_and_export_never_load_spacy(stored, db_path):
    import subprocess
    import sys

    code = f"""
import sys
from typer.testing import CliRunner
from factcheck.cli import app
runs = [["verdict", "c-amnesty", "--rating", "Accurate"], ["verdicts"], ["report"], ["report", "--format", "html"],
        ["export", "--format", "claimreview", "--org", "X"], ["export", "--format", "csv"]]
for args in runs:
    assert CliRunner().invoke(app, args + ["--db", {db_path!r}]).exit_code == 0, args
print(sorted(m for m in ("spacy", "trafilatura", "httpx") if m in sys.modules))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_verdicts_browsable_in_datasette(stored, invoke, db_path):
    import asyncio

    from datasette.app import Datasette

    verdict(invoke, "c-ministry", "--rating", "False", "--url", "https://check.example.org/camps")
    ds = Datasette([db_path])

    async def get(path):
        return (await ds.client.get(path)).json()

    rows = asyncio.run(get("/test/verdicts_view.json?_shape=array"))
    assert [
        (r["claim_id"], r["rating"], r["claim"], r["source"], r["article_title"], r["claim_stored"]) for r in rows
    ] == [
        (
            "c-ministry",
            "False",
            "that 200 people were held at the camps",
            "Interior Ministry",
            'Camps <script>alert("x")</script> & dispute',
            1,
        )
    ]
    assert asyncio.run(get("/test/verdicts.json?_shape=array"))[0]["url"] == "https://check.example.org/camps"
