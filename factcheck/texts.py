"""An article's text from its bytes (decoded, binaries refused), its stable id and a title
guessed from its first line: what reading a file and reading a web page share."""

from __future__ import annotations

import hashlib
import re

from .errors import FactcheckError

# Bytes that never appear in text: NUL and the C0 controls other than tab, newline, form feed, CR.
_BINARY = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or a Word/ODF document)",
    b"\x7fELF": "an executable",
    b"MZ": "an executable",
    b"SQLite format 3\x00": "a SQLite database",
    b"\x1f\x8b": "a gzip archive",
}


def article_id(text: str) -> str:
    """The stable id of an article: a hash of its text, so re-ingesting changes nothing."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def decode(data: bytes, name: str) -> str:
    """Decode article bytes: UTF-8 (with or without BOM), else Windows-1252; refuse binaries."""
    for magic, what in MAGIC.items():
        if data.startswith(magic):
            raise FactcheckError(f"{name} is {what}, not an article", "give a .txt, .md or .html file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        sample = data[:65536]
        if _BINARY.search(sample) and len(_BINARY.findall(sample)) > max(2, len(sample) // 1000):
            raise FactcheckError(f"{name} looks like a binary file, not an article", "give a text file")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            # Latin-1 and Windows-1252 are the usual other encodings of scraped news.
            text = data.decode("cp1252", errors="replace")
    if not text.strip():
        raise FactcheckError(f"{name} is empty", "give a file that holds an article's text")
    return text


def guess_title(text: str) -> str | None:
    """A first line that is short and has no final full stop reads as a headline."""
    first = text.strip().split("\n", 1)[0].strip()
    if first and len(first) <= 200 and len(first.split()) <= 25 and not first.endswith((".", '"', "”")):
        return first
    return None
