"""Markdown and HTML reports: content, escaping, highlights, and a real browser opening them."""

import os
import re
import struct
import subprocess
import zlib
from html import unescape
from html.parser import HTMLParser

import pytest
from conftest import STORED_CLAIMS, STORED_TEXT

from factcheck import checking, report


class Page(HTMLParser):
    """What matters in a report page: element names and attributes, marks, the article text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.marks, self.text_parts = [], [], []
        self.depth, self.mark = 0, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if self.depth:
            self.depth += 1
        elif tag == "div" and attrs.get("class") == "text":
            self.depth = 1
        if tag == "mark":
            self.mark = [attrs.get("data-claim"), attrs.get("style"), ""]

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1
        if tag == "mark" and self.mark:
            self.marks.append(tuple(self.mark))
            self.mark = None

    def handle_data(self, data):
        if self.depth:
            self.text_parts.append(data)
        if self.mark:
            self.mark[2] += data


def parse(html_text: str) -> Page:
    page = Page()
    page.feed(html_text)
    return page


def colour(style: str) -> str:
    return re.search(r"#[0-9a-f]{6}", style).group(0)


def test_markdown_report(stored):
    text = report.markdown(report.gather(stored))
    assert text.startswith("# factcheck report\n")
    assert '## Camps \\<script\\>alert("x")\\</script\\> & dispute' in text
    assert "<script>" not in text and "<i>" not in text
    # every source with its claims: stance, cue and the quoted words
    assert "#### Interior Ministry (government, 1 claim)" in text
    assert "- **asserts** (“said”): that 200 people were held at the camps `c-ministry`" in text
    assert "- **asserts** (“said”): “They are shelters & nothing else,” `c-spokeswoman`" in text
    assert "#### The Ledger \\<i\\> (narrator, 1 claim)" in text
    # contradictions side by side, with the explanation
    assert "| Interior Ministry (asserts) | Amnesty International (asserts) |" in text
    assert "| that 200 people were held at the camps | that more than 5,000 people were held at the camps |" in text
    assert 'Why: Interior Ministry: "200"; Amnesty International: "5,000"' in text
    assert text.index("### Sources") < text.index("### Contradictions (2)")


def test_html_report_highlights_escapes_and_links_nothing(stored):
    reports = report.gather(stored)
    html_text = report.html_report(reports)
    page = parse(html_text)
    # the article text, exactly as stored, escaped: markup in it is text, never elements
    assert "".join(page.text_parts) == STORED_TEXT
    assert not {tag for tag, _ in page.tags} & {"script", "i", "link", "img", "iframe", "object"}
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html_text  # Jinja2's autoescape (markupsafe)
    # self-contained: nothing loaded from anywhere
    for tag, attrs in page.tags:
        assert "src" not in attrs
        assert not attrs.get("href", "#").startswith(("javascript:", "file:", "//"))
    # each claim's content highlighted in its source's colour; one colour a source
    rep = reports[0]
    by_claim = {claim_id: (colour(style), words) for claim_id, style, words in page.marks}
    for key, *_, content, _quote, _stance in STORED_CLAIMS:
        claim_colour, words = by_claim[f"c-{key}"]
        assert words == content
        assert claim_colour == rep.colours[f"s-{key}"]
    assert len({rep.colours[f"s-{k[0]}"] for k in STORED_CLAIMS}) == len(STORED_CLAIMS)
    assert rep.colours["s-head"] == report.NARRATOR_COLOUR
    # the legend names each source with its colour
    legend = {
        unescape(name): c
        for c, name in re.findall(
            r'<li><span class="sw" style="background:(#[0-9a-f]{6})"></span><span>(.*?) <span', html_text
        )
    }
    assert legend["Interior Ministry"] == rep.colours["s-ministry"]
    assert legend["The Ledger <i>"] == report.NARRATOR_COLOUR
    # the diagram: one line a pair of sources in conflict, one dot a source
    svg = html_text[html_text.index("<svg") : html_text.index("</svg>")]
    assert svg.count("<line") == 2 and svg.count("<circle") == 4
    assert "<title>Interior Ministry vs Amnesty International: 1 (numeric)</title>" in svg


def test_highlight_overlapping_spans_keeps_every_character():
    text = 'Officials said the "camps are schools," she said.'
    outer = {
        "id": "o",
        "source_id": "s1",
        "source": "A",
        "stance": "asserts",
        "spans": {"content": [[15, 38]], "source": [[0, 9]], "cue": []},
    }
    inner = {
        "id": "i",
        "source_id": "s2",
        "source": "B",
        "stance": "asserts",
        "spans": {"content": [[20, 37]], "source": [], "cue": []},
    }
    twin = {
        **inner,
        "id": "t",
        "source_id": "s3",
        "source": "C",
        "spans": {**inner["spans"], "source": [[text.index("she"), text.index("she") + 3]]},
    }
    # a (wrongly) nested claim whose words are another claim's speaker
    nested = {**inner, "id": "n", "spans": {"content": [[0, 9]], "source": [], "cue": []}}
    rep = report.ArticleReport(
        {"id": "a"}, [outer, inner, twin, nested], [], {}, colours={"s1": "#111111", "s2": "#222222", "s3": "#333333"}
    )
    html_text = report.highlight(text, rep)
    page = parse(f'<div class="text">{html_text}</div>')
    assert "".join(page.text_parts) == text
    assert [(m[0], m[2]) for m in page.marks] == [
        ("n", "Officials"),
        ("o", 'the "'),
        ("i", "camps are schools"),
        ("o", ","),
    ]
    # every claim can be found: the ones under the shortest are named in data-also and the tooltip
    assert (
        '<mark data-claim="i" data-also="t o" style="background:#222222" title="B: asserts; C: asserts; '
        'A: asserts">camps are schools</mark>'
    ) in html_text
    assert '<mark data-claim="n" class="who" style="background:#222222;text-decoration-color:#111111"' in html_text
    assert '<span class="who" style="text-decoration-color:#333333" title="C: asserts">she</span>' in html_text


def test_verdict_shows_in_reports(stored, invoke):
    result = invoke(
        "verdict",
        "c-amnesty",
        "--rating",
        "Mostly true",
        "--note",
        "Lists of names <b>",
        "--url",
        "https://check.example.org/1",
    )
    assert result.exit_code == 0, result.output
    reports = report.gather(stored)
    assert "    - **Verdict: Mostly true**: Lists of names \\<b\\> (<https://check.example.org/1>)" in report.markdown(
        reports
    )
    html_text = report.html_report(reports)
    assert (
        '<span class="verdict">Verdict: Mostly true</span> <span class="small">Lists of names &lt;b&gt;</span>'
        in html_text
    )
    assert '<a class="small" href="https://check.example.org/1">fact-check</a>' in html_text


def test_report_command(stored, invoke, tmp_path):
    out = tmp_path / "r.html"
    result = invoke("report", "a1", "--format", "html", "--output", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout == "" and f"Wrote {out}" in result.stderr
    assert out.read_text().startswith("<!DOCTYPE html>")
    md = invoke("report")
    assert md.exit_code == 0 and "## Camps" in md.stdout and "### Contradictions (2)" in md.stdout
    missing = invoke("report", "nope")
    assert missing.exit_code == 1
    assert missing.stderr == "Error: no article with id nope (list them with 'factcheck articles')\n"
    bad = invoke("report", "--format", "pdf")
    assert bad.exit_code == 2


def test_report_on_empty_database(invoke, db_path):
    from factcheck import db as store

    store.Store(db_path)
    result = invoke("report")
    assert result.exit_code == 1
    assert result.stderr == "Error: the database holds no articles (ingest one first: factcheck ingest ARTICLE)\n"


# -- a real browser ---------------------------------------------------------------------------


def browser_or_skip():
    exe = report.browser()
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: .ci/run must install it (apt-get install -y chromium)")
        pytest.skip("no chromium here (apt-get install -y chromium)")
    return exe


def png_pixels(path) -> tuple[int, int, list[bytes]]:
    """Decode an 8-bit RGB or RGBA PNG (what Chromium writes) into rows of RGB(A) bytes."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        chunk = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    width, height, depth, ctype, _, _, interlace = header
    assert depth == 8 and ctype in (2, 6) and interlace == 0
    bpp = 3 if ctype == 2 else 4
    raw, stride, rows, prev = zlib.decompress(idat), width * bpp, [], bytearray(width * bpp)
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, bpp, rows


def test_chromium_shows_the_html_report(stored, tmp_path):
    exe = browser_or_skip()
    page = tmp_path / "report.html"
    page.write_text(report.html_report(report.gather(stored)), encoding="utf-8")
    rep = report.gather(stored)[0]
    # the DOM after Chromium loaded the page: marks rendered, the article's <script> stayed text
    dom = subprocess.run(
        [exe, *report.browser_args(str(tmp_path / "profile")), "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert dom.count("<mark ") == len(STORED_CLAIMS)
    assert dom.count("<script") == 0 and "&lt;script&gt;alert" in dom
    assert "<svg" in dom and "Who contradicts whom" in dom
    # what a person sees: a 1200x1600 screenshot where every source's highlight colour shows
    shot = tmp_path / "report.png"
    report.screenshot(str(page), str(shot), 1200, 1600)
    width, bpp, rows = png_pixels(shot)
    assert (width, len(rows)) == (1200, 1600)
    counts = {}
    wanted = {bytes.fromhex(c[1:]): sid for sid, c in rep.colours.items()}
    dark = 0
    for row in rows:
        for x in range(0, width * bpp, bpp):
            px = row[x : x + 3]
            if px in wanted:
                counts[wanted[px]] = counts.get(wanted[px], 0) + 1
            elif px[0] < 80 and px[1] < 80 and px[2] < 80:
                dark += 1
    for key, *_ in STORED_CLAIMS:
        assert counts.get(f"s-{key}", 0) > 300, (key, counts)  # a highlight (or legend swatch) is visible
    assert dark > 20_000  # and there is text to read


def test_contradictions_across_articles_show_the_other_side(stored):
    from factcheck.contradict import Found
    from factcheck.models import Article, Claim, Spans

    text = "A week later the Interior Ministry said that 900 people were held at the camps.\n"
    start = text.index("that 900")
    later = Claim(
        id="c-later",
        article="a2",
        source="Interior Ministry",
        source_id="s-ministry",
        source_kind="government",
        speaker="the Interior Ministry",
        cue="said",
        stance="asserts",
        quote="indirect",
        content=text[start:-2],
        sentence=text.strip(),
        spans=Spans(content=[[start, len(text) - 2]]),
    )
    checking.save_article(stored, Article(id="a2", text=text, title="Later"), [later])
    stored.save_contradictions(
        [
            Found("x-moved", "c-ministry", "c-later", "changed position", 0.8, "200 then 900"),
            Found("x-other", "c-amnesty", "c-later", "numeric", 0.9, "5,000 against 900"),
        ],
    )
    first, second = report.gather(stored)
    assert [x["id"] for x in second.contradictions] == ["x-other", "x-moved"]
    html_text = report.html_report([second])
    # the other article's claims are named as such, their sources coloured and in the diagram
    assert html_text.count('<div class="small">in article <code>a1</code></div>') == 2
    assert "s-amnesty" in second.colours and second.colours["s-amnesty"] != second.colours["s-ministry"]
    svg = html_text[html_text.index("<svg") : html_text.index("</svg>")]
    assert "<title>Interior Ministry vs Interior Ministry: 1 (changed position)</title></circle>" in svg
    assert "<title>Amnesty International vs Interior Ministry: 1 (numeric)</title></line>" in svg
    # the first article's report now counts the contradiction with the later one too
    assert {x["id"] for x in first.contradictions} == {
        "x-ministry-amnesty",
        "x-spokeswoman-detainees",
        "x-moved",
        "x-other",
    }


def test_dismissed_contradictions_are_left_out(stored, invoke):
    assert invoke("review", "x-spokeswoman-detainees", "--dismiss").exit_code == 0
    text = report.markdown(report.gather(stored))
    assert "### Contradictions (1)" in text and "x-spokeswoman-detainees" not in text
    assert "(1 dismissed contradiction not shown.)" in text


def test_an_article_without_claims(db_path):
    from factcheck import db as store
    from factcheck.models import Article

    database = store.Store(db_path)
    checking.save_article(database, Article(id="empty", text="Nothing <b>attributed</b> here.\n", title=None), [])
    reports = report.gather(database, "empty")
    assert "## empty\n" in report.markdown(reports) and "No claims found in this article." in report.markdown(reports)
    page = parse(report.html_report(reports))
    assert "".join(page.text_parts) == "Nothing <b>attributed</b> here.\n" and page.marks == []


def test_diagram_draws_the_most_involved_sources_when_there_are_many():
    def claim(i):
        return {"id": f"c{i}", "source_id": f"s{i}", "source": f"Source {i} <x>", "article": "a"}

    hub = claim(0)
    items = [{"claim_a": hub, "claim_b": claim(i), "kind": "denial"} for i in range(1, 15)]
    items += [{"claim_a": claim(1), "claim_b": claim(2), "kind": "numeric"}]
    rep = report.ArticleReport({"id": "a"}, [], items, {})
    svg = report.diagram(rep)
    assert svg.count("<circle") == report.MAX_NODES
    assert "12 most involved sources shown, 3 more in the list below" in svg
    assert "<title>Source 0 &lt;x&gt;</title>" in svg and "<title>Source 1 &lt;x&gt; vs Source 2 &lt;x&gt;" in svg
    assert "<x>" not in svg


def test_reports_show_whom_a_speaker_speaks_for_and_who_relayed_a_claim(invoke, db_path):
    text = (
        "Tom Reed, an Acme spokesman, said the plant would open in June. "
        "Witnesses said soldiers fired on the crowd near the station, the news agency reported."
    )
    assert invoke("ingest", "-", input=text).exit_code == 0
    md = invoke("report").stdout
    assert "#### Tom Reed (person, for Acme, 1 claim)" in md
    assert "(“said”, via news agency)" in md
    html = invoke("report", "--format", "html").stdout
    assert "(person, for Acme)" in html and ", via news agency)" in html
