"""Readable reports of stored articles, in Markdown or as one self-contained HTML file.

Per article: its sources, each with its claims (the quoted words, cue, stance and any verdict),
then the contradictions side by side with their explanation. The HTML report also shows the
article text with each claim highlighted in its source's colour (from the content spans), a
legend, and an inline SVG diagram of which sources contradict which. Everything that comes
from an article is escaped; the HTML file loads nothing and runs no script.
"""

from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone

from . import db as store
from .errors import FactcheckError

# Light backgrounds that keep black text readable, distinct from one another.
PALETTE = ["#ffd27a", "#a8e6a1", "#9fd8ff", "#d3b8ff", "#ffb3c7", "#fff27a", "#8fe3d2", "#ffb98a",
           "#c9d6ff", "#e6c9a8", "#d9f28a", "#f5b8f0"]
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
        return [(sid, groups[sid][0]["source"] or "(no name)", groups[sid][0]["source_kind"], groups[sid])
                for sid in order]


def _kind(kind: str, items: list[dict]) -> str:
    """A source's kind, and whom it speaks for when its claims say ("person, for Acme")."""
    org = next((c["affiliation"] for c in items if c.get("affiliation")), None)
    return f"{kind}, for {org}" if org else kind


def _via(c: dict) -> str:
    return f", via {c['via']}" if c.get("via") else ""


def _position(c: dict) -> int:
    spans = c["spans"]["content"] or c["spans"]["cue"] or c["spans"]["source"]
    return spans[0][0] if spans else 0


def gather(db, article_id: str | None = None, min_score: float | None = None) -> list[ArticleReport]:
    """Each article's claims and contradictions: the open ones scored at least `min_score`
    (default: the shipped threshold) and every one a person confirmed."""
    if min_score is None:
        from .contradict import DEFAULT_MIN_SCORE

        min_score = DEFAULT_MIN_SCORE
    """The reports of one stored article, or of all of them in the order they were ingested."""
    if article_id:
        ids = [r[0] for r in db.execute("select id from articles where id = ?", [article_id])]
        if not ids:
            raise FactcheckError(f"no article with id {article_id}", "list them with 'factcheck articles'")
    else:
        ids = [a["id"] for a in store.articles(db)]
        if not ids:
            raise FactcheckError("the database holds no articles", "ingest one first: factcheck ingest ARTICLE")
    reports = []
    verdicts = {v["claim"]: v for v in store.verdicts(db)}
    for aid in ids:
        row = db.execute("select id, title, url, outlet, published, text from articles where id = ?", [aid]).fetchone()
        article = dict(zip(["id", "title", "url", "outlet", "published", "text"], row))
        claims = [c.model_dump() for c in store.claims(db, article=aid)]
        items = store.contradictions(db, status="all", article=aid)
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
    out = ["# factcheck report", "", f"{len(reports)} article{'s' * (len(reports) != 1)}, "
           f"generated {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC.", ""]
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
        out += [f"#### {x['kind'].capitalize()}, score {x['score']:.2f}, {x['status']} `{x['id']}`", "",
                f"| {md(ca['source'])} ({ca['stance']}) | {md(cb['source'])} ({cb['stance']}) |",
                "| --- | --- |",
                f"| {md(quoted(ca))} | {md(quoted(cb))} |", "",
                f"Why: {md(x['explanation'])}", ""]
        if x.get("note"):
            out += [f"Note: {md(x['note'])}", ""]
    if rep.dismissed:
        out += [f"({rep.dismissed} dismissed contradiction{'s' * (rep.dismissed != 1)} not shown.)", ""]
    return out


# -- HTML -----------------------------------------------------------------------------------

def e(text) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _href(url: str | None) -> str | None:
    """Only http(s) links: an article's `javascript:` URL stays text."""
    return url if url and re.match(r"https?://", url, re.I) else None


CSS = """
*{box-sizing:border-box}
body{font:16px/1.5 Georgia,'DejaVu Serif',serif;color:#1a1a1a;background:#fff;margin:0;padding:24px 32px}
h1{font:600 26px/1.2 'DejaVu Sans',Arial,sans-serif;margin:0 0 4px}
h2{font:600 22px/1.25 'DejaVu Sans',Arial,sans-serif;margin:32px 0 4px;border-top:3px solid #1a1a1a;padding-top:12px}
h3{font:600 15px/1.3 'DejaVu Sans',Arial,sans-serif;text-transform:uppercase;letter-spacing:.05em;color:#444;margin:20px 0 8px}
.meta,.small{font:13px/1.4 'DejaVu Sans',Arial,sans-serif;color:#555}
code{font:12px 'DejaVu Sans Mono',monospace;color:#666}
.top{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:28px;align-items:start}
@media (max-width:800px){.top{grid-template-columns:1fr}}
.text{white-space:pre-wrap;max-width:46em}
mark{color:inherit;border-radius:2px;padding:0 1px}
.who{font-weight:700;text-decoration:underline;text-decoration-thickness:3px}
.legend{list-style:none;padding:0;margin:0;font:14px/1.4 'DejaVu Sans',Arial,sans-serif}
.legend li{margin:3px 0;display:flex;gap:8px;align-items:center}
.sw{display:inline-block;width:16px;height:16px;border:1px solid #555;border-radius:3px;flex:none}
.panel{position:sticky;top:12px}
svg{max-width:100%;height:auto;font:12px 'DejaVu Sans',Arial,sans-serif}
.claims{list-style:none;padding:0;margin:0 0 12px}
.claims li{margin:6px 0;padding:4px 8px;border-left:6px solid #ccc}
.stance{font:600 12px 'DejaVu Sans',Arial,sans-serif;text-transform:uppercase;margin-right:6px}
.verdict{display:inline-block;font:600 13px 'DejaVu Sans',Arial,sans-serif;background:#1a1a1a;color:#fff;padding:0 6px;border-radius:3px;margin-left:6px}
table.vs{border-collapse:collapse;width:100%;margin:6px 0 4px;table-layout:fixed}
table.vs td,table.vs th{border:1px solid #bbb;padding:6px 10px;vertical-align:top;text-align:left}
table.vs th{font:600 14px 'DejaVu Sans',Arial,sans-serif}
.why{font:14px/1.4 'DejaVu Sans',Arial,sans-serif;margin:0 0 18px}
"""


def html_report(reports: list[ArticleReport]) -> str:
    n = len(reports)
    head = (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
            f"<title>factcheck report: {e(_title(reports[0].article)) if n == 1 else f'{n} articles'}</title>"
            f"<style>{CSS}</style></head><body>\n")
    out = [head, "<header><h1>factcheck report</h1>",
           f"<p class=\"meta\">{n} article{'s' * (n != 1)}, generated "
           f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC. Claims are leads, not verdicts.</p>"]
    if n > 1:
        out.append("<nav><ol class=\"small\">" + "".join(
            f"<li><a href=\"#a-{e(r.article['id'])}\">{e(_title(r.article))}</a></li>" for r in reports) + "</ol></nav>")
    out.append("</header>")
    for rep in reports:
        out.append(_html_article(rep))
    out.append("</body></html>\n")
    return "\n".join(out)


def _html_article(rep: ArticleReport) -> str:
    a = rep.article
    href = _href(a.get("url"))
    meta = [e(x) for x in (a.get("outlet"), a.get("published")) if x]
    if a.get("url"):
        meta.append(f"<a href=\"{e(href)}\">{e(a['url'])}</a>" if href else e(a["url"]))
    meta.append(f"article <code>{e(a['id'])}</code>, {len(rep.claims)} claims, "
                f"{len(rep.contradictions)} contradictions")
    sources = rep.sources()
    legend = "".join(
        f"<li><span class=\"sw\" style=\"background:{rep.colours[sid]}\"></span>"
        f"<span>{e(name)} <span class=\"small\">({e(kind)}, {len(items)})</span></span></li>"
        for sid, name, kind, items in sources)
    parts = [f"<section class=\"article\" id=\"a-{e(a['id'])}\">", f"<h2>{e(_title(a))}</h2>",
             f"<p class=\"meta\">{' · '.join(meta)}</p>", "<div class=\"top\">",
             "<div><h3>Article</h3>", f"<div class=\"text\">{highlight(a['text'], rep)}</div></div>",
             "<div class=\"panel\"><h3>Sources</h3>", f"<ul class=\"legend\">{legend}</ul>",
             "<h3>Who contradicts whom</h3>", diagram(rep), "</div></div>",
             "<h3>Claims by source</h3>"]
    if not sources:
        parts.append("<p class=\"why\">No claims found in this article.</p>")
    for sid, name, kind, items in sources:
        parts.append(f"<h4 style=\"margin:12px 0 4px\"><span class=\"sw\" style=\"background:{rep.colours[sid]}\">"
                     f"</span> {e(name)} <span class=\"small\">({e(_kind(kind, items))})</span></h4><ul class=\"claims\">")
        for c in items:
            parts.append(f"<li style=\"border-color:{rep.colours[sid]}\">{_html_claim(c, rep)}</li>")
        parts.append("</ul>")
    parts.append(f"<h3>Contradictions ({len(rep.contradictions)})</h3>")
    if not rep.contradictions:
        parts.append("<p class=\"why\">No contradictions found.</p>")
    for x in rep.contradictions:
        ca, cb = x["claim_a"], x["claim_b"]
        cells = []
        for c in (ca, cb):
            other = "" if c["article"] == a["id"] else f"<div class=\"small\">in article <code>{e(c['article'])}</code></div>"
            cells.append(f"<td style=\"border-left:6px solid {rep.colours.get(c['source_id'], NARRATOR_COLOUR)}\">"
                         f"{_html_claim(c, rep, with_source=True)}{other}</td>")
        parts.append(
            f"<table class=\"vs\" id=\"x-{e(x['id'])}\"><tr><th colspan=\"2\">{e(x['kind'].capitalize())}, score "
            f"{x['score']:.2f}, {e(x['status'])} <code>{e(x['id'])}</code></th></tr><tr>{''.join(cells)}</tr></table>"
            f"<p class=\"why\"><b>Why:</b> {e(x['explanation'])}"
            + (f"<br><b>Note:</b> {e(x['note'])}" if x.get("note") else "") + "</p>")
    if rep.dismissed:
        parts.append(f"<p class=\"small\">{rep.dismissed} dismissed contradiction"
                     f"{'s' * (rep.dismissed != 1)} not shown.</p>")
    parts.append("</section>")
    return "\n".join(parts)


def _html_claim(c: dict, rep: ArticleReport, with_source: bool = False) -> str:
    who = f"<b>{e(c['source'])}</b> " if with_source else ""
    cue = f"“{e(_flat(c['cue']))}”" if c["cue"] else _no_cue(c)
    out = (f"{who}<span class=\"stance\">{e(c['stance'])}</span><span class=\"small\">({cue}{e(_via(c))})</span> "
           f"{e(quoted(c))} <code>{e(c['id'])}</code>")
    v = rep.verdicts.get(c["id"])
    if v:
        out += f"<span class=\"verdict\">Verdict: {e(v['rating'])}</span>"
        if v.get("note"):
            out += f" <span class=\"small\">{e(v['note'])}</span>"
        href = _href(v.get("url"))
        if href:
            out += f" <a class=\"small\" href=\"{e(href)}\">fact-check</a>"
    return out


_BLANK_RUN = re.compile(r"\n[ \t\u00a0\r]*\n\s*\n")


def highlight(text: str, rep: ArticleReport) -> str:
    """The article text, escaped, with each claim's content spans in a <mark> of its source's
    colour and its source spans underlined. Where content spans overlap, the shorter claim's
    colour shows and the others are named in the mark's `data-also` and tooltip."""
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
    length = {}
    for s, t, c in content:
        length[c["id"]] = length.get(c["id"], 0) + t - s
    pieces = []  # [start, end, claims shown (first one's colour), speaker's claim or None]
    for lo, hi in zip(bounds, bounds[1:]):
        inside = sorted({c["id"]: c for s, t, c in content if s <= lo and hi <= t}.values(),
                        key=lambda c: (length[c["id"]], _position(c)))
        who = next((c for s, t, c in source if s <= lo and hi <= t), None)
        key = ([c["id"] for c in inside], who["id"] if who else None)
        if pieces and pieces[-1][4] == key:
            pieces[-1][1] = hi
        else:
            pieces.append([lo, hi, inside, who, key])
    out = []
    for lo, hi, inside, who, _ in pieces:
        chunk = e(text[lo:hi])
        if not inside and who is None:
            out.append(_BLANK_RUN.sub("\n\n", chunk))  # display only: offsets are computed already
            continue
        if not inside:  # the words naming a speaker: underlined in the speaker's colour
            colour = rep.colours.get(who["source_id"], NARRATOR_COLOUR)
            out.append(f"<span class=\"who\" style=\"text-decoration-color:{colour}\" "
                       f"title=\"{e(_tip(who, rep))}\">{chunk}</span>")
            continue
        claim = inside[0]
        colour = rep.colours.get(claim["source_id"], NARRATOR_COLOUR)
        also = " ".join(c["id"] for c in inside[1:])
        attrs = f" data-also=\"{e(also)}\"" if also else ""
        if who is not None:
            attrs += f" class=\"who\" style=\"background:{colour};text-decoration-color:" \
                     f"{rep.colours.get(who['source_id'], NARRATOR_COLOUR)}\""
        else:
            attrs += f" style=\"background:{colour}\""
        tip = "; ".join(_tip(c, rep) for c in inside)
        out.append(f"<mark data-claim=\"{e(claim['id'])}\"{attrs} title=\"{e(tip)}\">{chunk}</mark>")
    return "".join(out)


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
    return ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
            "--disable-dev-shm-usage",
            f"--user-data-dir={profile}"]


def screenshot(html_file: str, png_file: str, width: int = 1200, height: int = 1600, timeout: float = 120) -> None:
    """Open `html_file` in headless Chromium and save what a reader sees to `png_file`."""
    import subprocess
    import tempfile
    from pathlib import Path

    exe = browser()
    if exe is None:
        raise FactcheckError("no chromium browser found", "install it: apt-get install -y chromium")
    with tempfile.TemporaryDirectory(prefix="factcheck-chromium-") as profile:
        cmd = [exe, *browser_args(profile), f"--screenshot={Path(png_file).resolve()}",
               f"--window-size={width},{height}", Path(html_file).resolve().as_uri()]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0 or not Path(png_file).exists():
        raise FactcheckError(f"chromium could not take the screenshot (exit {done.returncode})",
                             done.stderr.strip().splitlines()[-1] if done.stderr.strip() else None)


MAX_NODES = 12


def diagram(rep: ArticleReport) -> str:
    """An inline SVG: each source in a contradiction is a dot in its colour on a circle; a line
    joins two sources that contradict each other, thicker for more contradictions. Past
    MAX_NODES sources, the most involved are drawn and the rest counted in a caption."""
    if not rep.contradictions:
        return "<p class=\"small\">No contradictions between these sources.</p>"
    names, pairs, degree = {}, {}, {}
    for x in rep.contradictions:
        a, b = x["claim_a"], x["claim_b"]
        for c in (a, b):
            names.setdefault(c["source_id"], c["source"] or "(no name)")
            degree[c["source_id"]] = degree.get(c["source_id"], 0) + 1
        key = frozenset((a["source_id"], b["source_id"]))
        pairs.setdefault(key, (a["source_id"], b["source_id"], []))[2].append(x["kind"])
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
    out = [f"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" "
           f"role=\"img\" aria-label=\"Which sources contradict which\">"]
    for sa, sb, kinds in pairs.values():
        if sa not in pos or sb not in pos:
            continue
        (x1, y1), (x2, y2) = pos[sa], pos[sb]
        label = f"{names[sa]} vs {names[sb]}: {len(kinds)} ({', '.join(sorted(set(kinds)))})"
        if sa == sb:  # one source against itself, in another article: a loop beside its dot
            out.append(f"<circle cx=\"{x1 + 16:.0f}\" cy=\"{y1 - 16:.0f}\" r=\"14\" fill=\"none\" stroke=\"#c0392b\" "
                       f"stroke-width=\"{min(2 + 2 * len(kinds), 10)}\"><title>{e(label)}</title></circle>")
            continue
        out.append(f"<line x1=\"{x1:.0f}\" y1=\"{y1:.0f}\" x2=\"{x2:.0f}\" y2=\"{y2:.0f}\" stroke=\"#c0392b\" "
                   f"stroke-width=\"{min(2 + 2 * len(kinds), 10)}\" stroke-linecap=\"round\"><title>{e(label)}</title></line>")
        if len(kinds) > 1 or len(ids) <= 6:
            mx, my = (x1 + x2) / 2, (y1 + y2) / 2
            out.append(f"<text x=\"{mx:.0f}\" y=\"{my - 7:.0f}\" text-anchor=\"middle\" fill=\"#c0392b\" "
                       f"font-weight=\"700\" font-size=\"14\">{len(kinds)}</text>")
    for sid in ids:
        x, y = pos[sid]
        name = names[sid] if len(names[sid]) <= 24 else names[sid][:23] + "…"
        if not many:
            anchor, tx, ty = "middle", x, y - 20
        else:  # outside the circle, away from the centre
            dx, dy = (x - cx) / r, (y - cy) / r
            anchor = "start" if dx > 0.35 else "end" if dx < -0.35 else "middle"
            tx, ty = x + 20 * dx, y + 20 * dy + (5 if abs(dy) < 0.8 else 10 if dy > 0 else 0)
        out.append(f"<circle cx=\"{x:.0f}\" cy=\"{y:.0f}\" r=\"13\" fill=\"{rep.colours.get(sid, NARRATOR_COLOUR)}\" "
                   f"stroke=\"#333\" stroke-width=\"1.5\"><title>{e(names[sid])}</title></circle>")
        out.append(f"<text x=\"{tx:.0f}\" y=\"{ty:.0f}\" text-anchor=\"{anchor}\" fill=\"#1a1a1a\" "
                   f"font-size=\"13\">{e(name)}</text>")
    if hidden:
        out.append(f"<text x=\"{w / 2:.0f}\" y=\"{h - 6:.0f}\" text-anchor=\"middle\" fill=\"#555\" font-size=\"12\">"
                   f"{MAX_NODES} most involved sources shown, {hidden} more in the list below</text>")
    out.append("</svg>")
    return "".join(out)
