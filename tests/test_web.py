"""HTML pages and URLs in: extraction with trafilatura, fetching with httpx from a local server."""

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from factcheck import web
from factcheck.errors import FactcheckError

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ministry Denies Camp Reports | The Daily Ledger</title>
<meta property="og:site_name" content="The Daily Ledger">
<meta property="og:title" content="Ministry Denies Camp Reports">
<meta property="article:published_time" content="2024-03-05T08:00:00Z">
<script>var tracker = "SCRIPT-TEXT";</script>
<style>body { color: red } .STYLE-TEXT {}</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">MENU-WORLD</a></li><li><a href="/sport">MENU-SPORT</a></li></ul></nav>
<main><article>
<h1>Ministry Denies Camp Reports</h1>
<p>The Interior Ministry said on Monday that 200 people were held at the border camps.</p>
<p>Amnesty International said that more than 5,000 people were held at the border camps.</p>
<p>The ministry denies that the camps are prisons. “They are shelters,” a ministry spokeswoman said.</p>
<p>Former detainees told reporters that the camps are prisons — café owners nearby agreed.</p>
</article></main>
<aside>ASIDE-RELATED stories you may like</aside>
<footer>Copyright 2024 The Daily Ledger. FOOTER-TEXT</footer>
<script>console.log("SCRIPT-END")</script>
</body></html>
"""
BOILERPLATE = [
    "SCRIPT-TEXT",
    "STYLE-TEXT",
    "MENU-WORLD",
    "MENU-SPORT",
    "ASIDE-RELATED",
    "FOOTER-TEXT",
    "SCRIPT-END",
    "tracker",
    "Copyright",
]
PARAGRAPHS = [
    "The Interior Ministry said on Monday that 200 people were held at the border camps.",
    "Amnesty International said that more than 5,000 people were held at the border camps.",
    "Former detainees told reporters that the camps are prisons — café owners nearby agreed.",
]


class Handler(BaseHTTPRequestHandler):
    routes = {
        "/story.html": (200, "text/html; charset=utf-8", PAGE.encode("utf-8")),
        "/latin1": (
            200,
            "text/html; charset=iso-8859-1",
            PAGE.replace("—", "-").replace("“", '"').replace("”", '"').encode("latin-1"),
        ),
        "/no-type": (200, "", PAGE.encode("utf-8")),
        "/report.pdf": (200, "application/pdf", b"%PDF-1.4 not really"),
        "/plain.txt": (200, "text/plain; charset=utf-8", "\n\n".join(PARAGRAPHS).encode("utf-8")),
        "/menu": (
            200,
            "text/html",
            b"<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav></body></html>",
        ),
        "/broken": (500, "text/html", b"<html><body>oops</body></html>"),
    }

    def do_GET(self):
        if self.path == "/old-story":
            self.send_response(301)
            self.send_header("Location", "/story.html")
            self.end_headers()
            return
        if self.path == "/slow":
            time.sleep(1.5)
        status, ctype, body = self.routes.get(self.path, (404, "text/html", b"<html><body>Not here</body></html>"))
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (the timeout test)
            pass

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def check_main_text(article):
    for para in PARAGRAPHS:
        assert para in article.text
    for junk in BOILERPLATE:
        assert junk not in article.text
    assert "\n\n" in article.text  # paragraphs stay apart


def test_html_file_main_text_and_metadata_offline(tmp_path, no_network):
    from factcheck.reader import article_id, read_article

    page = tmp_path / "story.html"
    page.write_text(PAGE, encoding="utf-8")
    article = read_article(str(page))
    check_main_text(article)
    assert article.title == "Ministry Denies Camp Reports"
    assert article.outlet == "The Daily Ledger"
    assert article.published == "2024-03-05"
    assert article.id == article_id(article.text)
    given = read_article(str(page), title="Own title", outlet="Ledger", published="2024-03-06", url="https://x.org/s")
    assert (given.title, given.outlet, given.published, given.url) == (
        "Own title",
        "Ledger",
        "2024-03-06",
        "https://x.org/s",
    )


def test_html_on_standard_input_and_htm_suffix(tmp_path, invoke):
    result = invoke("ingest", "-", input=PAGE.encode("utf-8"))
    assert result.exit_code == 0, result.output
    stored = json.loads(invoke("articles", "--json").stdout)
    assert [a["title"] for a in stored] == ["Ministry Denies Camp Reports"]
    old = tmp_path / "story.htm"
    old.write_text(PAGE, encoding="utf-8")
    again = invoke("ingest", str(old))
    assert "0 articles added, 1 unchanged" in again.stderr  # the same extracted text: the same article


def test_extract_url_spans_point_into_stored_text(server, invoke, db_path):
    from factcheck import db as store

    result = invoke("ingest", f"{server}/old-story")
    assert result.exit_code == 0, result.output
    database = store.Store(db_path, create=False)
    row = database.execute("select text, url, title, outlet, published from articles").fetchone()
    text, url, title, outlet, published = row
    assert url == f"{server}/story.html"  # the final URL, after the redirect
    assert (title, outlet, published) == ("Ministry Denies Camp Reports", "The Daily Ledger", "2024-03-05")
    check_main_text(web.html_article(PAGE, "page"))
    claims = json.loads(invoke("claims", "--json").stdout)
    assert {"Interior Ministry", "Amnesty International"} <= {c["source"] for c in claims}
    for c in claims:
        for role in ("source", "cue", "content"):
            for s, e in c["spans"][role]:
                assert 0 <= s < e <= len(text)
        assert " ".join(text[s:e] for s, e in c["spans"]["content"]) == c["content"]
    printed = invoke("extract", f"{server}/story.html", "--json", db=False)
    assert printed.exit_code == 0, printed.output
    assert [c["content"] for c in json.loads(printed.stdout)] == [c["content"] for c in claims]


def test_charset_from_the_server_and_plain_text(server):
    article = web.url_article(f"{server}/latin1")
    assert "café owners" in article.text
    plain = web.url_article(f"{server}/plain.txt")
    assert plain.text.startswith(PARAGRAPHS[0]) and plain.url == f"{server}/plain.txt"
    untyped = web.url_article(f"{server}/no-type")
    assert untyped.title == "Ministry Denies Camp Reports"


@pytest.mark.parametrize(
    "path, message",
    [
        (
            "/missing",
            "{server}/missing answered 404 Not Found (check the address, or save the page and ingest the .html file)",
        ),
        (
            "/broken",
            "{server}/broken answered 500 Internal Server Error (check the address, or save the page and ingest the .html file)",
        ),
        (
            "/report.pdf",
            "{server}/report.pdf is application/pdf, not a web page (give the address of an HTML article, or a downloaded text file)",
        ),
        (
            "/menu",
            "found no article text in {server}/menu (is it an index page or a page that needs JavaScript? Save the article's text to a file)",
        ),
    ],
)
def test_url_errors_are_one_line_and_store_nothing(server, invoke, db_path, path, message):
    result = invoke("ingest", server + path)
    assert result.exit_code == 1
    assert result.stderr == "Error: " + message.format(server=server) + "\n"
    assert result.stdout == ""
    import os

    assert not os.path.exists(db_path)  # nothing stored, not even an empty database


def test_refused_dns_and_timeout(server, invoke):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    refused = invoke("extract", f"http://127.0.0.1:{port}/story", db=False)
    assert refused.exit_code == 1
    assert refused.stderr == (
        f"Error: 127.0.0.1 refused the connection (http://127.0.0.1:{port}/story) "
        "(check the address and your connection)\n"
    )
    with pytest.raises(FactcheckError, match=r"cannot find the host no-such-host\.invalid \(DNS lookup failed\)"):
        web.fetch("http://no-such-host.invalid/story", timeout=10)
    with pytest.raises(FactcheckError, match=r"did not send the page within 0\.5 s"):
        web.fetch(f"{server}/slow", timeout=0.5)
    bad = invoke("extract", "http:///nohost", db=False)
    assert bad.exit_code == 2 and bad.stderr.startswith("Error: http:///nohost is not a valid URL")
