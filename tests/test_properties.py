"""Property-based tests (hypothesis): arbitrary text never crashes the reader or the extractor,
and every span of every claim stays inside its article, also as stored in the database."""

import time

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck import checking
from factcheck import db as store
from factcheck.errors import FactcheckError
from factcheck.extract import extract
from factcheck.models import Article
from factcheck.reader import _feed_article, article_id, decode

# Pieces of news text and of what scrapers bring along with it.
WORDS = [
    "The",
    "minister",
    "said",
    "says",
    "told",
    "reporters",
    "that",
    "officials",
    "denied",
    "it",
    "according",
    "to",
    "the",
    "report",
    "China",
    "U.S.",
    "State",
    "Department",
    "Ana",
    "Ruiz",
    "he",
    "she",
    "they",
    "added",
    "claimed",
    "2 million",
    "10,000",
    "people",
    "were",
    "not",
    "camps",
    "on",
    "Tuesday",
]
MARKS = [
    '"',
    "\u201c",
    "\u201d",
    "'",
    "\u2018",
    "\u2019",
    "\u00ab",
    "\u00bb",
    "``",
    "''",
    ".",
    ",",
    ":",
    ";",
    "?",
    "!",
    "(",
    ")",
    "--",
    "\u2014",
    "...",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
]
ODD = [
    "\U0001f600",
    "\U0001f1fa\U0001f1f8",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u202e",
    "\u2028",
    "\u2029",
    "\x00",
    "\x07",
    "\x0b",
    "\x0c",
    "\x1b[31m",
    "\x7f",
    "\u0301",
    "e\u0301",
    "\ufffd",
    "\uffff",
    "\u00a0",
    "\u4e2d\u56fd",
    "\u0645\u0635\u0631",
    "\U0001d400",
    "&amp;",
    "<b>",
    "</p>",
    "\\",
    "%s",
    "{}",
    "$1",
]

news_like = st.lists(st.sampled_from(WORDS + MARKS + ODD), min_size=0, max_size=120).map(lambda parts: " ".join(parts))
anything = st.text(max_size=400)  # any code points but surrogates: controls, emoji, combining marks
texts = st.one_of(news_like, anything, st.tuples(news_like, anything).map("".join))

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=False, print_blob=True
)


def assert_inside(claims, article: Article) -> None:
    text, n = article.text, len(article.text)
    assert len({c.id for c in claims}) == len(claims)
    for c in claims:
        assert c.article == article.id
        assert c.spans.content, c  # a claim says something
        for role in ("source", "cue", "content"):
            for start, end in getattr(c.spans, role):
                assert 0 <= start < end <= n, (role, start, end, n)
        assert c.content == " ".join(text[s:e] for s, e in c.spans.content)
        assert c.sentence in text
        if c.spans.cue:
            assert c.cue == " ".join(text[s:e] for s, e in c.spans.cue)


@SETTINGS
@given(texts)
@example("The The The \\ \\ denied")  # a speaker's words all cut away: no words before them to look at
def test_extractor_survives_arbitrary_text_and_spans_stay_inside(text):
    article = Article(id=article_id(text), text=text)
    assert_inside(extract(article), article)


@pytest.fixture(scope="module")
def scratch_db(tmp_path_factory):
    db = store.Store(str(tmp_path_factory.mktemp("props") / "props.db"))
    yield db
    db.conn.close()


@SETTINGS
@given(text=texts, outlet=st.one_of(st.none(), st.text(min_size=1, max_size=30)))
@example(text="The according Tuesday minister", outlet=None)  # a cue "according" + a word: kept as written
def test_stored_text_and_spans_round_trip_exactly(scratch_db, text, outlet):
    """Spans index `articles.text` exactly as stored: NUL, CR/LF, emoji and all."""
    article = Article(id=article_id(f"{outlet}|{text}"), text=text, outlet=outlet)
    claims = extract(article)
    checking.save_article(scratch_db, article, claims)
    stored = scratch_db.execute("select text from articles where id = ?", [article.id]).fetchone()[0]
    assert stored == text
    assert_inside(scratch_db.claims(article=article.id), article)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_reader_decodes_any_bytes_or_says_why(data):
    try:
        text = decode(data, "article.txt")
    except FactcheckError as e:
        assert e.hint
        return
    assert isinstance(text, str) and text.strip()
    text.encode("utf-8")  # storable: no lone surrogates


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=300),
        st.builds(
            lambda t, i: ('{"id": %s, "text": %s}' % (i, t)).encode("utf-8", "surrogatepass"),
            st.text(max_size=100).map(lambda s: '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'),
            st.sampled_from(['"a"', "1", "null", '""', "[1]", '{"x": 1}', '"\\ud800"']),
        ),
    )
)
def test_feed_lines_become_articles_or_named_errors(raw):
    try:
        article = _feed_article(raw, 7, "feed.jsonl")
    except FactcheckError as e:
        assert "line 7" in e.message and "--skip-bad" in e.hint
        return
    if article is not None:
        assert article.text.strip() and article.id
        for value in (article.text, article.id, article.title, article.outlet):
            if value is not None:
                value.encode("utf-8")


def test_a_very_long_sentence_with_unbalanced_quotes(capsys):
    """Scraped junk: a 12,000-character "sentence" (a table flattened into one line), cues
    everywhere and quotation marks that never close. Prints how long it took."""
    parts = []
    for i in range(400):
        parts.append(f"{WORDS[i % len(WORDS)]} said \u201cthe figure was {i}" + (" \U0001f600" if i % 7 == 0 else ""))
    text = ", ".join(parts)
    article = Article(id=article_id(text), text=text)
    started = time.monotonic()
    claims = extract(article)
    seconds = time.monotonic() - started
    assert_inside(claims, article)
    assert claims  # it does find something to say
    with capsys.disabled():
        print(f"\n{len(text):,}-character sentence: {len(claims)} claims in {seconds:.1f} s")
