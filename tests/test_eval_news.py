"""The news scorer (`factcheck eval news`), on a gold file and texts written here."""

import json

from factcheck.evaluate_news import claim_found, pair_matches, score

MAYOR = (
    "Mayor Ann Berg said the new bridge will reopen in May. "
    "The city engineer, Tom Reyes, denied that the bridge will reopen in May, saying repairs "
    "will take until the end of the year.\n"
)
FARM = "Farmers in the valley said the drought destroyed half of the wheat harvest this summer.\n"


def gold_file(tmp_path):
    gold = {
        "_about": "test",
        "articles": [
            {
                "name": "bridge",
                "claims": [
                    {"source": "Berg|mayor", "content": "reopen in May", "stance": ["asserts"]},
                    {"source": "Reyes|engineer", "content": "reopen in May", "stance": ["denies"]},
                ],
                "contradictions": [{"a": "Berg|mayor", "b": "Reyes|engineer"}],
            },
            {
                "name": "drought",
                "claims": [
                    {"source": "farmers", "content": "half of the wheat", "stance": ["asserts"]},
                    {"source": "ministry", "content": "record harvest", "stance": ["asserts"]},
                ],
                "contradictions": [],
            },
        ],
    }
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold))
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "bridge.txt").write_text(MAYOR)
    (texts / "drought.txt").write_text(FARM)
    return str(path), str(texts)


def c(article, source, content, stance="asserts", speaker=None):
    return {"article": article, "source": source, "speaker": speaker or source, "content": content, "stance": stance}


def test_a_gold_claim_needs_source_content_and_stance():
    gold = {"source": "Berg|mayor", "content": "reopen in May", "stance": ["asserts"]}
    assert claim_found(gold, [c("x", "Ann Berg", "the bridge will reopen in May")])
    assert claim_found(
        gold, [c("x", "Ann Berg", "x", speaker="x"), c("x", "the city", "reopen in may", speaker="the Mayor")]
    )
    assert not claim_found(gold, [c("x", "Ann Berg", "the bridge will reopen in May", stance="denies")])
    assert not claim_found(gold, [c("x", "Tom Reyes", "the bridge will reopen in May")])


def test_a_pair_matches_either_way_round():
    gold = {"a": "Berg", "b": "Reyes"}
    assert pair_matches(gold, c("x", "Tom Reyes", "."), c("x", "Ann Berg", "."))
    assert not pair_matches(gold, c("x", "Tom Reyes", "."), c("x", "Tom Reyes", "."))


def test_pairs_across_articles_are_false_leads():
    gold = [
        {"name": "bridge", "claims": [], "contradictions": [{"a": "Berg", "b": "Reyes"}]},
        {"name": "drought", "claims": [], "contradictions": []},
    ]
    right = ({"kind": "denial", "score": 0.9}, c("bridge", "Ann Berg", "."), c("bridge", "Tom Reyes", "."))
    across = ({"kind": "denial", "score": 0.5}, c("bridge", "Ann Berg", "."), c("drought", "farmers", "."))
    result = score(gold, {}, [right, across], 0.0)
    assert (result.contradictions_found, result.correct, result.reported, result.across) == (1, 1, 2, 1)
    assert result.recall == 1.0 and result.precision == 0.5
    assert [m.what for m in result.misses] == ["false pair"]


def test_eval_news_command(tmp_path, runner):
    from factcheck.cli import app

    gold, texts = gold_file(tmp_path)
    result = runner.invoke(app, ["eval", "news", gold, texts, "--json", "--min-score", "0"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["articles"] == 2 and figures["gold_claims"] == 4 and figures["gold_contradictions"] == 1
    assert figures["claims_found"] >= 2  # the mayor's assertion and the engineer's denial
    assert figures["contradictions_found"] == 1 and figures["across"] == 0
    result = runner.invoke(app, ["eval", "news", gold, texts, "--errors", "5", "--min-score", "0"])
    assert "Gold claims not found" in result.output and "ministry / record harvest" in result.output


def test_eval_news_bad_input(tmp_path, runner):
    from factcheck.cli import app

    gold, texts = gold_file(tmp_path)
    (tmp_path / "texts" / "drought.txt").unlink()
    result = runner.invoke(app, ["eval", "news", gold, texts])
    assert result.exit_code == 1 and "lacks 1 text(s): drought.txt" in result.output
    (tmp_path / "bad.json").write_text("{")
    result = runner.invoke(app, ["eval", "news", str(tmp_path / "bad.json"), texts])
    assert result.exit_code == 1 and result.output.startswith("Error:") and "Traceback" not in result.output
