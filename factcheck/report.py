"""Readable reports of stored articles, in Markdown or as one self-contained HTML file.

Per article: its sources, each with its claims (the quoted words, cue, stance and any verdict),
then the contradictions side by side with their explanation. The HTML report also shows the
article text with each claim highlighted in its source's colour (from the content spans), a
legend, and an inline SVG diagram of which sources contradict which. The HTML comes from the
Jinja2 templates in templates/, autoescaped: everything that comes from an article is escaped;
the HTML file loads nothing and runs no script.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone

import jinja2
from markupsafe import Markup

from .db import Store
from .errors import FactcheckError

# Light backgrounds that keep black text readable, distinct from one another.
PALETTE = [
    "#ffd27a",
    "#a8e6a1",
    "#9fd8ff",
    "#d3b8ff",
    "#ffb3c7",
    "#fff27a",
    "#8fe3d2",
    "#ffb98a",
    "#c9d6ff",
    "#e6c9a8",
    "#d9f28a",
    "#f5b8f0",
]
NARRATOR_COLOUR = "#e3e3e3"


@dataclass
class ArticleReport:
    article: dict
    claims: list[dict]
    contradictions: list[dict]
    verdicts: dict[str, dict]
    dismissed: int = 0
    colours: dict[str, str] = field(default_factory=dict)  # source id -> colour

    def sources(self) -> list[tuple[str, str, str, list[dict]]]:
        """(source id, name, kind, claims) in order of first appearance, the narrator last."""
        groups: dict[str, list[dict]] = {}
        for c in sorted(self.claims, key=_position):
            groups.setdefault(c["source_id"], []).append(c)
        order = sorted(groups, key=lambda sid: (groups[sid][0]["source_kind"] == "narrator", _position(groups[sid][0])))
        return [
            (sid, groups[sid][0]["source"] or "(no name)", groups[sid][0]["source_kind"], groups[sid]) for sid in order
        ]


def _kind(kind: str, items: list[dict]) -> str:
    """A source's kind, and whom it speaks for when its claims say ("person, for Acme")."""
    org = next((c["affiliation"] for c in items if c.get("affiliation")), None)
    return f"{kind}, for {org}" if org else kind


def _via(c: dict) -> str:
    return f", via {c['via']}" if c.get("via") else ""


def _position(c: dict) -> int:
    spans = c["spans"]["content"] or c["spans"]["cue"] or c["spans"]["source"]
    return spans[0][0] if spans else 0


def gather(db: Store, article_id: str | None = None, min_score: float | None = None) -> list[ArticleReport]:
    """The reports of one stored article, or of all of them in the order they were ingested:
    each article's claims and contradictions, the open ones scored at least `min_score`
    (default: the shipped threshold) and every one a person confirmed."""
    if min_score is None:
        from .contradict import DEFAULT_MIN_SCORE

        min_score = DEFAULT_MIN_SCORE
    if article_id:
        ids = [r[0] for r in db.execute("select id from articles where id = ?", [article_id])]
        if not ids:
            raise FactcheckError(f"no article with id {article_id}", "list them with 'factcheck articles'")
    else:
        ids = [a.id for a in db.articles()]
        if not ids:
            raise FactcheckError("the database holds no articles", "ingest one first: factcheck ingest ARTICLE")
    reports = []
    verdicts = {v.claim: v.model_dump() for v in db.verdicts()}
    for aid in ids:
        row = db.execute("select id, title, url, outlet, published, text from articles where id = ?", [aid]).fetchone()
        article = dict(zip(["id", "title", "url", "outlet", "published", "text"], row))
        claims = [c.model_dump() for c in db.claims(article=aid)]
        items = [x.model_dump() for x in db.contradictions(status="all", article=aid)]
        shown = [x for x in items if x["status"] == "confirmed" or x["status"] == "open" and x["score"] >= min_score]
        rep = ArticleReport(article, claims, shown, verdicts, dismissed=sum(x["status"] == "dismissed" for x in items))
        _assign_colours(rep)
        reports.append(rep)
    return reports


def _assign_colours(rep: ArticleReport) -> None:
    i = 0
    for sid, _, kind, _ in rep.sources():
        if kind == "narrator":
            rep.colours[sid] = NARRATOR_COLOUR
        else:
            rep.colours[sid] = PALETTE[i % len(PALETTE)]
            i += 1
    for x in rep.contradictions:  # sources of other articles that contradict this one
        for c in (x["claim_a"], x["claim_b"]):
            if c["source_id"] not in rep.colours:
                rep.colours[c["source_id"]] = PALETTE[i % len(PALETTE)]
                i += 1


def _flat(text: str) -> str:
    return " ".join((text or "").split())


def _no_cue(c: dict) -> str:
    return "the article's own voice" if c["source_kind"] == "narrator" else "continued quote"


def quoted(c: dict) -> str:
    text = _flat(c["content"])
    return f"“{text}”" if c["quote"] == "direct" else text


def _title(a: dict) -> str:
    return _flat(a.get("title") or "") or a["id"]


# -- Markdown -------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")


def md(text) -> str:
    """Article text made inert in Markdown: one line, special characters backslash-escaped
    (so `<script>` or `[link](...)` in an article shows as written)."""
    return _MD_SPECIAL.sub(r"\\\1", _flat(str(text)))


def _md_url(url: str | None) -> str:
    if url and re.match(r"https?://[^\s<>()]+$", url):
        return f"<{url}>"
    return md(url) if url else ""


def markdown(reports: list[ArticleReport]) -> str:
    out = [
        "# factcheck report",
        "",
        f"{len(reports)} article{'s' * (len(reports) != 1)}, "
        f"generated {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC.",
        "",
    ]
    for rep in reports:
        out += _md_article(rep)
    return "\n".join(out).rstrip() + "\n"


def _md_verdict(v: dict | None) -> list[str]:
    if not v:
        return []
    line = f"    - **Verdict: {md(v['rating'])}**"
    if v.get("note"):
        line += f": {md(v['note'])}"
    if v.get("url"):
        line += f" ({_md_url(v['url'])})"
    return [line]


def _md_article(rep: ArticleReport) -> list[str]:
    a = rep.article
    meta = [md(x) for x in (a.get("outlet"), a.get("published")) if x]
    if a.get("url"):
        meta.append(_md_url(a["url"]))
    meta.append(f"article `{a['id']}`")
    out = [f"## {md(_title(a))}", "", " · ".join(meta), "", "### Sources", ""]
    if not rep.claims:
        out += ["No claims found in this article.", ""]
    for sid, name, kind, items in rep.sources():
        out.append(f"#### {md(name)} ({md(_kind(kind, items))}, {len(items)} claim{'s' * (len(items) != 1)})")
        out.append("")
        for c in items:
            cue = f"“{md(c['cue'])}”" if c["cue"] else _no_cue(c)
            out.append(f"- **{c['stance']}** ({cue}{md(_via(c))}): {md(quoted(c))} `{c['id']}`")
            out += _md_verdict(rep.verdicts.get(c["id"]))
        out.append("")
    out += [f"### Contradictions ({len(rep.contradictions)})", ""]
    if not rep.contradictions:
        out += ["No contradictions found.", ""]
    for x in rep.contradictions:
        ca, cb = x["claim_a"], x["claim_b"]
        out += [
            f"#### {x['kind'].capitalize()}, score {x['score']:.2f}, {x['status']} `{x['id']}`",
            "",
            f"| {md(ca['source'])} ({ca['stance']}) | {md(cb['source'])} ({cb['stance']}) |",
            "| --- | --- |",
            f"| {md(quoted(ca))} | {md(quoted(cb))} |",
            "",
            f"Why: {md(x['explanation'])}",
            "",
        ]
        if x.get("note"):
            out += [f"Note: {md(x['note'])}", ""]
    if rep.dismissed:
        out += [f"({rep.dismissed} dismissed contradiction{'s' * (rep.dismissed != 1)} not shown.)", ""]
    return out


# -- HTML -----------------------------------------------------------------------------------
# The markup is in templates/ (report.html, article.html, claim.html, highlight.html,
# diagram.svg), rendered with autoescape on; the functions here work out what to show.


def _href(url: str | None) -> str | None:
    """Only http(s) links: an article's `javascript:` URL stays text."""
    return url if url and re.match(r"https?://", url, re.I) else None


@functools.cache
def templates() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("factcheck", "templates"), autoescape=True, trim_blocks=True, lstrip_blocks=True
    )
    env.filters.update(
        title_of=_title,
        flat=_flat,
        no_cue=_no_cue,
        via=_via,
        quoted=quoted,
        web_link=_href,
        px=lambda value: f"{value:.0f}",
    )
    env.globals.update(highlight=highlight, diagram=diagram, kind_for=_kind, narrator_colour=NARRATOR_COLOUR)
    return env


def _render(name: str, **values) -> Markup:
    return Markup(templates().get_template(name).render(**values))


def html_report(reports: list[ArticleReport]) -> str:
    return str(_render("report.html", reports=reports, generated=f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M}"))


_BLANK_RUN = re.compile(r"\n[ \t\u00a0\r]*\n\s*\n")


@dataclass
class Piece:
    """A stretch of article text that shows one way: plain, a speaker's words (`who_colour`
    alone), or claims' words (`claim` the one whose colour shows, `also` the others)."""

    text: str
    plain: bool = False
    claim: str = ""
    also: str = ""
    colour: str = ""
    who_colour: str = ""
    tip: str = ""


def highlight(text: str, rep: ArticleReport) -> Markup:
    """The article text, escaped, with each claim's content spans in a <mark> of its source's
    colour and its source spans underlined. Where content spans overlap, the shorter claim's
    colour shows and the others are named in the mark's `data-also` and tooltip."""
    return _render("highlight.html", pieces=_pieces(text, rep))


def _pieces(text: str, rep: ArticleReport) -> list[Piece]:
    n = len(text)
    content, source = [], []  # (start, end, claim)
    for c in rep.claims:
        for s, t in c["spans"]["content"]:
            if 0 <= s < t <= n:
                content.append((s, t, c))
        for s, t in c["spans"]["source"]:
            if 0 <= s < t <= n:
                source.append((s, t, c))
    bounds = sorted({0, n, *(b for s, t, _ in content + source for b in (s, t))})
    length: dict[str, int] = {}
    for s, t, c in content:
        length[c["id"]] = length.get(c["id"], 0) + t - s
    runs: list[list] = []  # [start, end, claims shown (first one's colour), speaker's claim or None, key]
    for lo, hi in zip(bounds, bounds[1:]):
        inside = sorted(
            {c["id"]: c for s, t, c in content if s <= lo and hi <= t}.values(),
            key=lambda c: (length[c["id"]], _position(c)),
        )
        who = next((c for s, t, c in source if s <= lo and hi <= t), None)
        key = ([c["id"] for c in inside], who["id"] if who else None)
        if runs and runs[-1][4] == key:
            runs[-1][1] = hi
        else:
            runs.append([lo, hi, inside, who, key])
    pieces = []
    for lo, hi, inside, who, _ in runs:
        chunk = text[lo:hi]
        if not inside and who is None:
            pieces.append(
                Piece(_BLANK_RUN.sub("\n\n", chunk), plain=True)
            )  # display only: offsets are computed already
            continue
        who_colour = rep.colours.get(who["source_id"], NARRATOR_COLOUR) if who else ""
        if not inside:  # the words naming a speaker: underlined in the speaker's colour
            pieces.append(Piece(chunk, who_colour=who_colour, tip=_tip(who, rep)))
            continue
        pieces.append(
            Piece(
                chunk,
                claim=inside[0]["id"],
                also=" ".join(c["id"] for c in inside[1:]),
                colour=rep.colours.get(inside[0]["source_id"], NARRATOR_COLOUR),
                who_colour=who_colour,
                tip="; ".join(_tip(c, rep) for c in inside),
            )
        )
    return pieces


def _tip(claim: dict, rep: ArticleReport) -> str:
    v = rep.verdicts.get(claim["id"])
    return f"{claim['source']}: {claim['stance']}" + (f" (verdict: {v['rating']})" if v else "")


BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def browser() -> str | None:
    """A headless-capable Chromium on this machine (Debian's `chromium` package), or None."""
    import shutil

    return next((path for name in BROWSERS if (path := shutil.which(name))), None)


def browser_args(profile: str) -> list[str]:
    """Headless Chromium that stays offline: no sync, updates or background requests."""
    return [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
    ]


def screenshot(html_file: str, png_file: str, width: int = 1200, height: int = 1600, timeout: float = 120) -> None:
    """Open `html_file` in headless Chromium and save what a reader sees to `png_file`."""
    import subprocess
    import tempfile
    from pathlib import Path

    exe = browser()
    if exe is None:
        raise FactcheckError("no chromium browser found", "install it: apt-get install -y chromium")
    with tempfile.TemporaryDirectory(prefix="factcheck-chromium-") as profile:
        cmd = [
            exe,
            *browser_args(profile),
            f"--screenshot={Path(png_file).resolve()}",
            f"--window-size={width},{height}",
            Path(html_file).resolve().as_uri(),
        ]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0 or not Path(png_file).exists():
        raise FactcheckError(
            f"chromium could not take the screenshot (exit {done.returncode})",
            done.stderr.strip().splitlines()[-1] if done.stderr.strip() else None,
        )


MAX_NODES = 12


@dataclass
class Edge:
    """Two sources that contradict each other: a line from (x1, y1) to (x2, y2), or a loop
    beside the dot of a source that contradicts itself in another article."""

    x1: float
    y1: float
    x2: float
    y2: float
    label: str
    count: int
    stroke: int
    loop: bool
    count_shown: bool


@dataclass
class Node:
    """A source in the diagram: its dot at (x, y), its name at (label_x, label_y)."""

    x: float
    y: float
    name: str
    label: str
    colour: str
    label_x: float
    label_y: float
    anchor: str


def diagram(rep: ArticleReport) -> Markup:
    """An inline SVG: each source in a contradiction is a dot in its colour on a circle; a line
    joins two sources that contradict each other, thicker for more contradictions. Past
    MAX_NODES sources, the most involved are drawn and the rest counted in a caption."""
    names: dict[str, str] = {}
    pairs: dict[frozenset, tuple[str, str, list[str]]] = {}
    degree: dict[str, int] = {}
    for item in rep.contradictions:
        a, b = item["claim_a"], item["claim_b"]
        for c in (a, b):
            names.setdefault(c["source_id"], c["source"] or "(no name)")
            degree[c["source_id"]] = degree.get(c["source_id"], 0) + 1
        key = frozenset((a["source_id"], b["source_id"]))
        pairs.setdefault(key, (a["source_id"], b["source_id"], []))[2].append(item["kind"])
    ids = list(names)
    hidden = 0
    if len(ids) > MAX_NODES:
        keep = set(sorted(ids, key=lambda sid: -degree[sid])[:MAX_NODES])
        hidden, ids = len(ids) - MAX_NODES, [sid for sid in ids if sid in keep]
    many = len(ids) > 2
    r = max(95, 11 * len(ids))
    w, h = (2 * r + 250, 2 * r + 80 + (22 if hidden else 0)) if many else (420, 120)
    cx, cy = w / 2, (r + 38 if many else h / 2)
    pos = {}
    for i, sid in enumerate(ids):
        if not many:
            pos[sid] = (cx + (-120 if i == 0 else 120), cy + 10)
        else:
            angle = -math.pi / 2 + 2 * math.pi * i / len(ids)
            pos[sid] = (cx + r * math.cos(angle), cy + r * math.sin(angle))
    edges = []
    for sa, sb, kinds in pairs.values():
        if sa in pos and sb in pos:
            (x1, y1), (x2, y2) = pos[sa], pos[sb]
            label = f"{names[sa]} vs {names[sb]}: {len(kinds)} ({', '.join(sorted(set(kinds)))})"
            edges.append(
                Edge(
                    x1,
                    y1,
                    x2,
                    y2,
                    label,
                    len(kinds),
                    min(2 + 2 * len(kinds), 10),
                    loop=sa == sb,
                    count_shown=len(kinds) > 1 or len(ids) <= 6,
                )
            )
    nodes = []
    for sid in ids:
        x, y = pos[sid]
        if not many:
            anchor, tx, ty = "middle", x, y - 20
        else:  # outside the circle, away from the centre
            dx, dy = (x - cx) / r, (y - cy) / r
            anchor = "start" if dx > 0.35 else "end" if dx < -0.35 else "middle"
            tx, ty = x + 20 * dx, y + 20 * dy + (5 if abs(dy) < 0.8 else 10 if dy > 0 else 0)
        label = names[sid] if len(names[sid]) <= 24 else names[sid][:23] + "…"
        nodes.append(Node(x, y, names[sid], label, rep.colours.get(sid, NARRATOR_COLOUR), tx, ty, anchor))
    return _render("diagram.svg", width=w, height=h, edges=edges, nodes=nodes, shown=MAX_NODES, hidden=hidden)
