import socket
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import checking
from factcheck.cli import app

SEED = Path(__file__).resolve().parent.parent / "seeds" / "kazakh-protesters.txt"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def claims_of(text, outlet=None):
    """The claims factcheck extracts from a text written for a test, as an article of its own."""
    from factcheck.extract import extract
    from factcheck.models import Article
    from factcheck.reader import article_id

    return extract(Article(id=article_id(text), text=text, outlet=outlet))


def attributed(text):
    """The claims of a text that someone made (the narrator's left out)."""
    return [c for c in claims_of(text) if c.source_kind != "narrator"]


# -- a Datasette table page as a person sees it (test_datasette.py, test_browser.py) ------------


@dataclass
class Cell:
    text: str = ""
    marked: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)


class _Rows(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows: list[dict[str, Cell]] = []
        self.row: dict[str, Cell] | None = None
        self.cell: Cell | None = None
        self.in_mark = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "tr":
            self.row = {}
        elif tag == "td" and self.row is not None:
            column = next((c[4:] for c in (attrs.get("class") or "").split() if c.startswith("col-")), None)
            self.cell = Cell()
            if column:
                self.row[column] = self.cell
        elif tag == "mark" and self.cell is not None:
            self.in_mark = True
            self.cell.marked.append("")
        elif tag == "a" and self.cell is not None and attrs.get("href"):
            self.cell.links.append(attrs["href"])

    def handle_endtag(self, tag):
        if tag == "td":
            if self.cell is not None:
                self.cell.text = " ".join(self.cell.text.split())
            self.cell = None
        elif tag == "tr":
            if self.row:
                self.rows.append(self.row)
            self.row = None
        elif tag == "mark":
            self.in_mark = False

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.text += data
            if self.in_mark:
                self.cell.marked[-1] += data


def table_rows(html: str) -> list[dict[str, Cell]]:
    """The body rows of every table on the page, as {column: Cell}."""
    parser = _Rows()
    parser.feed(html)
    return parser.rows


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def db_path(tmp_path):
    return str(tmp_path / "test.db")


@pytest.fixture
def invoke(runner, db_path):
    """Run a factcheck command against the test database."""

    def run(*args, input=None, db=True):
        argv = list(args) + (["--db", db_path] if db else [])
        return runner.invoke(app, argv, input=input)

    return run


@pytest.fixture(scope="session")
def seed_path():
    return str(SEED)


@pytest.fixture(scope="session")
def seed_claims():
    from factcheck.extract import extract
    from factcheck.reader import read_article

    return extract(read_article(str(SEED), outlet="RFE/RL"))


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory):
    """A database holding the seed article (outlet RFE/RL), made once per test session; its
    file is factcheck.db, so Datasette names it `factcheck`. Tests must not change it."""
    from factcheck import db as store
    from factcheck.ingest import ingest
    from factcheck.reader import read_article

    path = tmp_path_factory.mktemp("seeded") / "factcheck.db"
    database = store.Store(str(path))
    ingest(database, [read_article(str(SEED), outlet="RFE/RL")])
    database.conn.close()
    return str(path)


# An article stored with hand-made claims and contradictions (no parsing): reports and exports
# are tested on records whose every span is known. The text carries markup that must be escaped.
STORED_TEXT = (
    'Camps <script>alert("x")</script> & dispute\n\n'
    "The Interior Ministry said that 200 people were held at the camps.\n\n"
    "Amnesty International said that more than 5,000 people were held at the camps.\n\n"
    '"They are shelters & nothing else," a ministry spokeswoman said.\n\n'
    "Former detainees told reporters that the camps are prisons.\n"
)
# (key, source, kind, source words, cue, content words, quote, stance)
STORED_CLAIMS = [
    (
        "head",
        "The Ledger <i>",
        "narrator",
        None,
        None,
        'Camps <script>alert("x")</script> & dispute',
        "none",
        "asserts",
    ),
    (
        "ministry",
        "Interior Ministry",
        "government",
        "The Interior Ministry",
        "said",
        "that 200 people were held at the camps",
        "indirect",
        "asserts",
    ),
    (
        "amnesty",
        "Amnesty International",
        "organization",
        "Amnesty International",
        "said",
        "that more than 5,000 people were held at the camps",
        "indirect",
        "asserts",
    ),
    (
        "spokeswoman",
        "ministry spokeswoman",
        "person",
        "a ministry spokeswoman",
        "said",
        "They are shelters & nothing else,",
        "direct",
        "asserts",
    ),
    (
        "detainees",
        "former detainees",
        "group",
        "Former detainees",
        "told",
        "that the camps are prisons",
        "indirect",
        "asserts",
    ),
]
STORED_CONTRADICTIONS = [
    ("ministry", "amnesty", "numeric", 0.7, 'Interior Ministry: "200"; Amnesty International: "5,000"'),
    ("spokeswoman", "detainees", "description", 0.6, '"shelters" against "prisons"'),
]


@pytest.fixture
def stored(db_path):
    """A database holding STORED_TEXT as article `a1`, its claims (ids `c-KEY`) and two contradictions."""
    from factcheck import db as store
    from factcheck.contradict import Found
    from factcheck.models import Article, Claim, Spans

    def span(words):
        if words is None:
            return []
        start = STORED_TEXT.index(words)
        return [[start, start + len(words)]]

    article = Article(
        id="a1",
        text=STORED_TEXT,
        title='Camps <script>alert("x")</script> & dispute',
        url="https://news.example.org/camps",
        outlet="The Ledger <i>",
        published="2024-05-01",
    )
    claims = []
    for key, source, kind, who, cue, content, quote, stance in STORED_CLAIMS:
        sentence = next(s for s in STORED_TEXT.split("\n") if content in s)
        cue_span = (
            [[STORED_TEXT.index(cue, span(who)[0][1]), STORED_TEXT.index(cue, span(who)[0][1]) + len(cue)]]
            if cue
            else []
        )
        claims.append(
            Claim(
                id=f"c-{key}",
                article="a1",
                source=source,
                source_id=f"s-{key}",
                source_kind=kind,
                speaker=who or "",
                cue=cue or "",
                stance=stance,
                quote=quote,
                content=content,
                sentence=sentence,
                spans=Spans(source=span(who), cue=cue_span, content=span(content)),
            )
        )
    db = store.Store(db_path)
    checking.save_article(db, article, claims)
    db.save_contradictions(
        [Found(f"x-{a}-{b}", f"c-{a}", f"c-{b}", kind, score, why) for a, b, kind, score, why in STORED_CONTRADICTIONS],
    )
    return db
