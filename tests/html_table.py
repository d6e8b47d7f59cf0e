"""Read the rows of a Datasette table page as a person sees them: each cell's text, its marked
(highlighted) words and its links. Shared by test_datasette.py and test_browser.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


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
