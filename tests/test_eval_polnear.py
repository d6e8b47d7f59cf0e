"""The PolNeAR scorer, on records written here, and `factcheck eval polnear`."""

import json

import pytest

from factcheck.evaluate_polnear import Counts, count, figures, gold_items, make_item, pair, span_set, trim
from factcheck.models import Claim, Spans

TEXT = 'Mayor Ann Berg said on Monday that "the bridge will reopen in May." Critics disagree.'


def at(text, words, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return {"start": start, "end": start + len(words), "text": words}


def record(*attributions):
    return {
        "article": "a",
        "text": TEXT,
        "attributions": [
            {"source": [at(TEXT, s)] if s else [], "cue": [at(TEXT, c)] if c else [], "content": [at(TEXT, x)]}
            for s, c, x in attributions
        ],
    }


def claim(source, cue, content):
    def sp(words):
        return [(TEXT.index(words), TEXT.index(words) + len(words))] if words else []

    return Claim(
        id="x",
        article="a",
        source="s",
        source_id="s",
        speaker="",
        cue=cue or "",
        stance="asserts",
        quote="indirect",
        content=content,
        sentence="",
        spans=Spans(source=sp(source), cue=sp(cue), content=sp(content)),
    )


def test_trimming_drops_punctuation_and_quote_marks_at_both_ends():
    start = TEXT.index('"the')
    assert TEXT[slice(*trim(TEXT, (start, TEXT.index("May.") + 5)))] == "the bridge will reopen in May"
    assert trim(TEXT, (start, start + 1)) is None
    # fragments separated only by punctuation are one span
    assert span_set(TEXT, [(0, 5), (6, 14)]) == frozenset({(0, 14)})


def test_narrator_attributions_are_not_scored():
    row = record(("Mayor Ann Berg", "said", "the bridge will reopen in May"), (None, None, "Critics disagree"))
    assert len(gold_items(row)) == 1


def scored(row, claims):
    from factcheck.evaluate_polnear import predicted_items

    gold, pred = gold_items(row), predicted_items(TEXT, claims)
    counts = Counts()
    count(gold, pred, pair(gold, pred), counts)
    return figures(counts)


def test_exact_and_token_figures():
    row = record(("Mayor Ann Berg", "said", 'that "the bridge will reopen in May."'))
    # source too short (2 of 3 words), cue exact, content without "that" (6 of 7 words)
    fig = scored(
        row, [claim("Ann Berg", "said", "the bridge will reopen in May"), claim(None, None, "Critics disagree")]
    )  # a narrator claim: ignored
    assert fig["exact"]["cue"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert fig["exact"]["source"]["f1"] == 0.0 and fig["exact"]["content"]["f1"] == 0.0
    assert fig["token"]["source"] == {"precision": 1.0, "recall": round(2 / 3, 4), "f1": 0.8}
    assert fig["token"]["content"]["recall"] == round(6 / 7, 4)


def test_exact_match_ignores_edge_punctuation():
    row = record(("Mayor Ann Berg", "said", 'that "the bridge will reopen in May."'))
    fig = scored(row, [claim("Mayor Ann Berg", "said", 'that "the bridge will reopen in May')])
    assert fig["exact"]["content"]["f1"] == 1.0


def test_pairs_are_one_to_one_and_greedy_by_overlap():
    a = make_item(TEXT, {"source": [(0, 14)], "cue": [(15, 19)], "content": [(28, 66)]})
    b = make_item(TEXT, {"source": [(6, 14)], "cue": [(15, 19)], "content": []})
    c = make_item(TEXT, {"source": [(0, 14)], "cue": [(15, 19)], "content": [(28, 66)]})
    # gold a best matches prediction c; gold b then takes prediction... nothing left but a's rival
    assert pair([a, b], [c]) == [(0, 0)]
    assert sorted(pair([a, b], [b, c])) == [(0, 1), (1, 0)]


def test_a_quotation_over_paragraphs_is_one_attribution_with_all_its_words():
    """The annotators mark a quotation over paragraphs as one attribution: the claim of a later
    paragraph (no cue, `continues` the first) adds its words to the first claim's."""
    text = "“The bridge will reopen,” Ann Berg said.\n\n“It will carry buses too.”"
    gold = {"source": [at(text, "Ann Berg")], "cue": [at(text, "said")]}
    gold["content"] = [at(text, "The bridge will reopen"), at(text, "It will carry buses too")]
    row = {"article": "a", "text": text, "attributions": [gold]}
    first = Claim(
        id="c1",
        article="a",
        source="Ann Berg",
        source_id="s",
        speaker="Ann Berg",
        cue="said",
        stance="asserts",
        quote="direct",
        content="The bridge will reopen",
        sentence="",
        spans=Spans(source=[(26, 34)], cue=[(35, 39)], content=[(1, 23)]),
    )
    second = first.model_copy(update={"id": "c2", "cue": "", "continues": "c1", "spans": Spans(content=[(43, 66)])})
    from factcheck.evaluate_polnear import predicted_items

    (item,) = predicted_items(text, [first, second])
    assert item.exact == gold_items(row)[0].exact


def test_unmatched_predictions_cost_precision():
    row = record(("Mayor Ann Berg", "said", "the bridge will reopen in May"))
    fig = scored(
        row,
        [
            claim("Mayor Ann Berg", "said", "the bridge will reopen in May"),
            claim("Critics", "disagree", "Critics disagree"),
        ],
    )
    assert fig["exact"]["cue"] == {"precision": 0.5, "recall": 1.0, "f1": round(2 / 3, 4)}


@pytest.fixture
def polnear_file(tmp_path):
    text = (
        "The mayor, Ann Berg, said on Monday that the bridge would reopen in May. "
        '"It is a disgrace," said Tom Reyes, a local shop owner.'
    )
    row = {
        "article": "t1",
        "text": text,
        "attributions": [
            {
                "source": [at(text, "The mayor, Ann Berg")],
                "cue": [at(text, "said")],
                "content": [at(text, "that the bridge would reopen in May")],
            },
            {
                "source": [at(text, "Tom Reyes, a local shop owner")],
                "cue": [at(text, "said", 1)],
                "content": [at(text, "It is a disgrace,")],
            },
        ],
    }
    path = tmp_path / "mini.jsonl"
    path.write_text(json.dumps(row) + "\n")
    return str(path)


def test_eval_polnear_command(runner, polnear_file):
    from factcheck.cli import app

    result = runner.invoke(app, ["eval", "polnear", polnear_file])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "1 articles, 2 gold attributions, 2 predicted"
    assert lines[1].split() == [
        "role",
        "exact",
        "P",
        "exact",
        "R",
        "exact",
        "F1",
        "token",
        "P",
        "token",
        "R",
        "token",
        "F1",
    ]
    assert [line.split()[0] for line in lines[2:5]] == ["source", "cue", "content"]
    assert "words/second" in lines[5]
    figs = json.loads(runner.invoke(app, ["eval", "polnear", polnear_file, "--json"]).stdout)
    assert figs["exact"]["cue"]["f1"] == 1.0 and figs["token"]["content"]["f1"] > 0.9
    assert {"articles", "gold", "predicted", "exact", "token", "words_per_second"} <= set(figs)


def test_eval_polnear_errors_lists_worst_misses(runner, polnear_file):
    from factcheck.cli import app

    result = runner.invoke(app, ["eval", "polnear", polnear_file, "--errors", "1"])
    assert result.exit_code == 0
    assert "gold source" in result.stdout and "pred content" in result.stdout


def test_eval_polnear_bad_input(runner, tmp_path):
    from factcheck.cli import app

    result = runner.invoke(app, ["eval", "polnear", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 1 and result.stderr.startswith("Error: no such file")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"article": "x"}\n')
    result = runner.invoke(app, ["eval", "polnear", str(bad)])
    assert result.exit_code == 1 and "line 1 is not a PolNeAR record" in result.stderr
    assert "Traceback" not in result.output
