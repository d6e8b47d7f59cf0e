"""Stories of headlines (stories.py): which headlines tell one story, and what contradicts
what among them."""

import numpy as np
import pytest
from conftest import claims_of
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import checking, stories
from factcheck.db import Store
from factcheck.ingest import ingest
from factcheck.models import Article

# Headlines of other stories: what the inverse document frequency of a story's words is
# measured against.
OTHER_NEWS = [
    "City council approves budget for road repairs",
    "Council delays vote on road repair budget",
    "Storm knocks out power to thousands in coastal towns",
    "Local bakery wins national bread award",
    "Airline adds direct flights to Lisbon",
    "Museum reopens after two-year renovation",
    "Farmers warn of poor harvest after dry summer",
    "New bridge opens to traffic on Monday",
    "School board names Ada Park as superintendent",
]
SQUID = [
    "Giant squid washes up on Brighton beach",
    "Brighton giant squid draws crowds to the seafront",
    "The Brighton beach sea monster is a hoax, experts say",
]
SINGER = [
    "Lana Vex found dead in Paris hotel room",
    "Lana Vex dies in Paris hotel aged 34",
    "Lana Vex denies plans for a farewell tour",
    "Lana Vex tour: fans queue for tickets in Paris",
]


def _headlines(texts):
    return [Article(id=f"h{n}", text=t, title=t, outlet=f"Outlet {n}") for n, t in enumerate(texts)]


def _pairs(store):
    sql = """select a.article_id, b.article_id, x.kind, x.explanation from contradictions x
             join claims a on a.id = x.claim_a_id join claims b on b.id = x.claim_b_id"""
    return {(*sorted((a, b)), kind): why for a, b, kind, why in store.execute(sql)}


def _ingested(tmp_path, texts, order=None, name="h.db"):
    store = Store(str(tmp_path / name))
    articles = _headlines(texts)
    for n in order if order is not None else [range(len(articles))]:
        ingest(store, [articles[i] for i in n])
    return store


def _textbook(sims, threshold):
    """Average linkage as the textbooks define it: merge the two clusters of the highest mean
    similarity between their members while it is at least `threshold`."""
    groups = [[i] for i in range(len(sims))]
    while True:
        best = None
        for x in range(len(groups)):
            for y in range(x + 1, len(groups)):
                mean = np.mean([sims[i][j] for i in groups[x] for j in groups[y]])
                if mean >= threshold and (best is None or mean > best[0]):
                    best = (mean, x, y)
        if best is None:
            return sorted(sorted(g) for g in groups)
        _, x, y = best
        groups[x] += groups.pop(y)


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 9), st.integers(0, 2**32 - 1), st.floats(0.05, 0.7))
def test_the_clusters_are_those_of_average_linkage(n, seed, threshold):
    m = np.random.default_rng(seed).random((n, n))
    sims = (m + m.T) / 2
    assert stories.clusters(sims, threshold) == _textbook(sims, threshold)


def test_headlines_that_share_their_rare_words_are_one_story():
    texts = SQUID[:2] + SINGER[:2] + OTHER_NEWS
    sims = stories.similarities(texts)
    assert np.allclose(sims, sims.T) and np.allclose(np.diag(sims), 1.0)
    groups = stories.clusters(sims)
    assert [0, 1] in groups and [2, 3] in groups  # the squid, the singer's death
    assert sims[0, 1] > sims[0, 2] and sims[2, 3] > sims[1, 2]
    assert [4, 5] in groups  # the council's budget; the rest stand alone
    assert sum(len(g) == 1 for g in groups) == len(OTHER_NEWS) - 2


def test_a_headline_calling_the_story_a_hoax_contradicts_each_headline_that_tells_it(tmp_path):
    pairs = _pairs(_ingested(tmp_path, SQUID + OTHER_NEWS))
    # the second headline shares one word with the hoax: its story tells that it is the same squid
    assert set(pairs) == {("h0", "h2", "denial"), ("h1", "h2", "denial")}
    assert "one story of headlines: brighton" in pairs[("h1", "h2", "denial")]


def test_a_denial_of_another_thing_in_the_story_is_no_denial_of_each_headline(tmp_path):
    pairs = _pairs(_ingested(tmp_path, SINGER + OTHER_NEWS))
    # "denies plans for a tour" says nothing of the headlines saying she died
    assert set(pairs) == {("h2", "h3", "denial")}


def test_the_pairs_of_headlines_do_not_depend_on_the_order_they_came_in(tmp_path):
    texts = SQUID + SINGER + OTHER_NEWS
    n = len(texts)
    together = _pairs(_ingested(tmp_path, texts, name="a.db"))
    one_by_one = _pairs(_ingested(tmp_path, texts, [[i] for i in reversed(range(n))], name="b.db"))
    halves = _pairs(_ingested(tmp_path, texts, [range(5, n), range(5)], name="c.db"))
    assert together == one_by_one == halves
    assert {kind for *_, kind in together} == {"denial"} and len(together) == 3


def test_working_out_the_stories_again_keeps_reviews_and_drops_what_no_story_holds(tmp_path, monkeypatch):
    store = _ingested(tmp_path, SQUID + OTHER_NEWS)
    ids = dict(
        store.execute(
            """select a.article_id || b.article_id, x.id from contradictions x
               join claims a on a.id = x.claim_a_id join claims b on b.id = x.claim_b_id"""
        ).fetchall()
    )
    assert set(ids) == {"h0h2", "h1h2"}
    store.execute("update contradictions set status = 'confirmed' where id = ?", [ids["h1h2"]])
    store.conn.commit()
    monkeypatch.setattr(stories, "STORY_SIMILARITY", 1.5)  # every headline a story of its own
    checking.check_stories(store)
    left = dict(store.execute("select id, status from contradictions").fetchall())
    assert left == {ids["h1h2"]: "confirmed"}  # two stories: no pair, but a journalist's review stays


@pytest.mark.parametrize("window", [1, 2])
def test_headlines_beyond_the_window_keep_their_pairs(tmp_path, monkeypatch, window):
    store = _ingested(tmp_path, SQUID + OTHER_NEWS)
    before = _pairs(store)
    monkeypatch.setattr(stories, "STORY_WINDOW", window)  # only the latest headlines are clustered
    checking.check_stories(store)
    assert _pairs(store) == before


def test_a_headline_that_debunks_the_claims_answers_the_story(tmp_path):
    texts = SQUID[:2] + ["Brighton beach squid: marine experts debunk claims"] + OTHER_NEWS
    pairs = _pairs(_ingested(tmp_path, texts))
    # "claims" says nothing by itself: among the headlines of one story it is the story's claim
    assert set(pairs) == {("h0", "h2", "denial"), ("h1", "h2", "denial")}


def test_a_headline_that_casts_doubt_on_the_story_questions_it(tmp_path):
    texts = SQUID[:2] + ["Doubts cast over Brighton beach giant squid sighting"] + OTHER_NEWS
    pairs = _pairs(_ingested(tmp_path, texts))
    assert {pair[:2] for pair in pairs} == {("h0", "h2"), ("h1", "h2")}


def test_two_headlines_that_both_deny_are_one_side(tmp_path):
    texts = [
        "Lana Vex found dead in Paris hotel room",
        "Lana Vex is not dead, says her manager",
        "Lana Vex alive: reports of her death are a hoax",
        "Lana Vex death rumours denied by her label",
    ]
    pairs = _pairs(_ingested(tmp_path, texts + OTHER_NEWS))
    # the manager, the hoax and the label all stand against the first headline, not each other
    assert set(pairs) == {("h0", "h1", "negation"), ("h0", "h2", "denial"), ("h0", "h3", "denial")}


@pytest.mark.parametrize(
    "denial, stated, answers",
    [
        ("Aides deny that Holt will run for governor", "Holt quits as mayor over budget scandal", False),
        ("Aides deny that Holt quit as mayor", "Holt quits as mayor over budget scandal", True),
    ],
)
def test_a_denial_answers_what_it_shares_words_with_not_names(denial, stated, answers):
    (no,) = [checking.keyed(c) for c in claims_of(denial) if c.stance == "denies"]
    yes = checking.keyed(claims_of(stated)[0])
    assert stories._of_what_is_said(no, yes) is answers
