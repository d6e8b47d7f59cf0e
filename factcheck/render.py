"""Render records as a readable table, JSON, newline-delimited JSON or CSV."""

from __future__ import annotations

import json
import shutil
import textwrap


def to_json(rows: list[dict]) -> str:
    return json.dumps(rows, indent=2, ensure_ascii=False)


def to_nl(rows: list[dict]) -> str:
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows)


def _flat(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


# A cell starting with one of these is run as a formula by Excel, LibreOffice and Google
# Sheets (CSV injection): OWASP's advice is to prefix such cells with a single quote.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    """A CSV cell: text that a spreadsheet would run as a formula is made plain text; a cell
    holding a comma, a quotation mark or a line break (a lone carriage return too, which
    Python's csv module leaves bare when rows end in a newline) is quoted."""
    text = _flat(value)
    if isinstance(value, str) and text.startswith(FORMULA_STARTS):
        text = "'" + text
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\r\n') else text


def to_csv(rows: list[dict]) -> str:
    if not rows:
        return ""
    fields = list(rows[0])
    return "\n".join(",".join(_cell(row.get(k)) for k in fields) for row in [dict(zip(fields, fields)), *rows])


def to_table(rows: list[dict], columns: list[str], widths: dict[str, int] | None = None) -> str:
    """A plain-text table of `columns`; long cells are cut to their width with an ellipsis."""
    if not rows:
        return "(none)"
    widths = dict(widths or {})
    cells = [[_cut(_flat(r.get(c)), widths.get(c, 60)) for c in columns] for r in rows]
    sizes = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    line = "  ".join(c.ljust(sizes[i]) for i, c in enumerate(columns)).rstrip()
    rule = "  ".join("-" * s for s in sizes)
    body = ["  ".join(row[i].ljust(sizes[i]) for i in range(len(columns))).rstrip() for row in cells]
    return "\n".join([line, rule, *body])


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render(rows: list[dict], fmt: str, columns: list[str], widths: dict[str, int] | None = None) -> str:
    if fmt == "json":
        return to_json(rows)
    if fmt == "nl":
        return to_nl(rows)
    if fmt == "csv":
        return to_csv(rows)
    return to_table(rows, columns, widths)


def summary(article: dict, claims: list[dict], contradictions: list[dict]) -> str:
    """The readable account of one article: its sources with their claims, then conflicts."""
    width = min(shutil.get_terminal_size((100, 20)).columns, 100)
    out = [f"{article.get('title') or article['id']}  [{article['id']}]", ""]
    by_source: dict[str, list[dict]] = {}
    kinds: dict[str, str] = {}
    for c in claims:
        by_source.setdefault(c["source"], []).append(c)
        kinds[c["source"]] = c["source_kind"]
    for source, items in sorted(
        by_source.items(),
        key=lambda kv: (
            kinds[kv[0]] == "narrator",
            kv[1][0]["spans"]["content"][0][0] if kv[1][0]["spans"]["content"] else 0,
        ),
    ):
        if kinds[source] == "narrator":
            out.append(f"{source} (narrator): {len(items)} sentences in the article's own voice")
            continue
        out.append(f"{source} ({kinds[source]})")
        for c in items:
            cue = f"{c['cue']}" if c["cue"] else "(continued quote)"
            head = f"  - {c['stance']}, {cue}: "
            body = textwrap.fill(_quoted(c), width=width, initial_indent=head, subsequent_indent="    ")
            out.append(body)
    out.append("")
    if contradictions:
        out.append(f"Contradictions ({len(contradictions)})")
        for x in contradictions:
            out.append(f"  [{x['id']}] {x['kind']}, score {x['score']:.2f}, {x['status']}")
            out.append(
                textwrap.fill(
                    f"{x['claim_a']['source']}: {_quoted(x['claim_a'])}",
                    width=width,
                    initial_indent="    ",
                    subsequent_indent="      ",
                )
            )
            out.append(
                textwrap.fill(
                    f"{x['claim_b']['source']}: {_quoted(x['claim_b'])}",
                    width=width,
                    initial_indent="    ",
                    subsequent_indent="      ",
                )
            )
    else:
        out.append("No contradictions found.")
    return "\n".join(out)


def _quoted(claim: dict) -> str:
    text = " ".join(claim["content"].split())
    return f"“{text}”" if claim["quote"] == "direct" else text
