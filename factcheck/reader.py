"""Read articles from files, standard input and JSON Lines feeds, and decode them."""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import FactcheckError
from .models import Article

# Bytes that never appear in text: NUL and the C0 controls other than tab, newline, form feed, CR.
_BINARY = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_MAGIC = {
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
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise FactcheckError(f"{name} is {what}, not an article", "give a .txt, .md or .html file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
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


def check_file(path: str) -> None:
    p = Path(path)
    if not p.exists():
        raise FactcheckError(f"{path} does not exist", "check the path")
    if p.is_dir():
        raise FactcheckError(f"{path} is a directory", "give the article files inside it, e.g. DIR/*.txt")


def read_bytes(path: str, stdin: BinaryIO | None = None) -> tuple[bytes, str]:
    if path == "-":
        stream = stdin or sys.stdin.buffer
        return stream.read(), "standard input"
    check_file(path)
    try:
        return Path(path).read_bytes(), path
    except OSError as e:
        raise FactcheckError(f"cannot read {path}: {e.strerror}") from e


def read_article(path: str, *, title=None, url=None, outlet=None, published=None, stdin=None) -> Article:
    from . import web  # URLs and HTML pages: fetched and extracted in web.py

    meta = {"title": title, "outlet": outlet, "published": published}
    if web.is_url(path):
        article = web.url_article(path, **meta)
        return article.model_copy(update={"url": url}) if url else article
    data, name = read_bytes(path, stdin)
    text = decode(data, name)
    if web.is_html(path, data):
        return web.html_article(text, name, url=url, **meta)
    return Article(
        id=article_id(text),
        text=text,
        title=title or guess_title(text) or (Path(path).stem if path != "-" else None),
        url=url,
        outlet=outlet,
        published=published,
    )


def read_feed(path: str, *, skip_bad: bool = False, stdin=None, bad: list | None = None) -> Iterator[Article]:
    """Yield the articles of a JSON Lines feed, one a line. A bad line is an error naming it,
    or with `skip_bad` is recorded in `bad` as (line number, reason) and skipped."""
    if path == "-":
        stream = stdin or sys.stdin.buffer
        name = "standard input"
    else:
        check_file(path)
        name = path
        stream = open(path, "rb")
    with stream:
        for number, raw in enumerate(stream, 1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
                if not isinstance(record, dict):
                    raise ValueError("a line must be a JSON object")
                text = record.get("text")
                if not isinstance(text, str) or not text.strip():
                    raise ValueError('no "text"')
                fields = {k: record.get(k) for k in ("title", "url", "outlet", "published")}
                for key, value in fields.items():
                    if value is not None and not isinstance(value, str):
                        fields[key] = str(value)
                ident = record.get("id")
                yield Article(id=str(ident) if ident not in (None, "") else article_id(text), text=text, **fields)
            except ValueError as e:  # json.JSONDecodeError is a ValueError
                reason = str(e).split(":")[0] if isinstance(e, json.JSONDecodeError) else str(e)
                if skip_bad:
                    if bad is not None:
                        bad.append((number, reason))
                    continue
                raise FactcheckError(
                    f"{name} line {number} is not a feed record: {reason}",
                    'each line must be {"text": ...}; --skip-bad skips such lines',
                ) from e
