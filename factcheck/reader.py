"""Read articles from files, standard input and JSON Lines feeds, and decode them."""

from __future__ import annotations

import glob
import gzip
import json
import os
import re
import shutil
import sys
import tempfile
import zlib
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from .errors import FactcheckError, UsageError, refuse_symlink_loop
from .models import Article
from .texts import MAGIC, article_id, decode, guess_title

GZIP = b"\x1f\x8b"
_GLOB = re.compile(r"[*?[]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# An article's text may have up to MAX_CHARS characters (spaCy's own default limit); its file, an
# HTML page with markup, up to MAX_BYTES bytes.
MAX_CHARS = 1_000_000
MAX_BYTES = 32_000_000
SPLIT_HINT = "give one article at a time; split longer texts into articles"


def iso_date(value: str) -> str | None:
    """`value` stripped when it is an ISO 8601 date (or date and time), else None: sorting and
    filtering by date, and ClaimReview's datePublished, rely on it."""
    try:
        datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return value.strip()


def check_file(path: str) -> None:
    p = Path(path)
    refuse_symlink_loop(path, "point the link at a file, or give the file itself")
    if not p.exists():
        raise FactcheckError(f"{path} does not exist", "check the path")
    if p.is_dir():
        raise FactcheckError(f"{path} is a directory", "give the article files inside it, e.g. DIR/*.txt")


def read_bytes(path: str, stdin: BinaryIO | None = None) -> tuple[bytes, str]:
    if path == "-":
        stream = stdin or sys.stdin.buffer
        data = stream.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise FactcheckError(
                f"standard input has more than {MAX_BYTES:,} bytes, too many for an article", SPLIT_HINT
            )
        return data, "standard input"
    check_file(path)
    try:
        if (size := Path(path).stat().st_size) > MAX_BYTES:
            raise FactcheckError(f"{path} has {size:,} bytes, too many for an article", SPLIT_HINT)
        return Path(path).read_bytes(), path
    except OSError as e:
        raise FactcheckError(f"cannot read {path}: {e.strerror}") from e


def read_article(path: str, **meta) -> Article:
    """An article from a file, a URL or standard input (-), decoded; refused when it is empty,
    binary, or longer than MAX_CHARS."""
    article = _read_article(path, **meta)
    if problem := too_long(article.text):
        raise FactcheckError(f"{'standard input' if path == '-' else path} {problem}", SPLIT_HINT)
    return article


def too_long(text: str) -> str | None:
    """Why a text is too long to be one article, or None. Parsing runs at some 10,000
    characters a second: a 10 MB "article" (a book, a log, a whole site) would take about
    twenty minutes, so it is refused as bad input instead."""
    if len(text) > MAX_CHARS:
        return f"has {len(text):,} characters; an article may have up to {MAX_CHARS:,}"
    return None


def _read_article(
    path: str, *, title=None, url=None, outlet=None, published=None, stdin=None, timeout: float | None = None
) -> Article:
    from . import web  # URLs and HTML pages: fetched and extracted in web.py

    meta = {"title": title, "outlet": outlet, "published": published}
    if web.is_url(path):
        article = web.url_article(path, **meta, timeout=timeout or web.DEADLINE)
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
    """The articles of one JSON Lines feed (see read_feeds)."""
    return iter(read_feeds([path], skip_bad=skip_bad, stdin=stdin, bad=bad))


def feed_paths(patterns: list[str]) -> list[str]:
    """The feed files named: paths, `-` (standard input) and glob patterns (`archive/2024-*.jsonl`,
    `archive/**/*.jsonl.gz`), each pattern's matches in sorted order, each file once. A pattern
    that matches nothing is an error, as a missing file is."""
    paths: list[str] = []
    for pattern in patterns:
        if pattern != "-" and _GLOB.search(pattern) and not os.path.lexists(pattern):
            matches = sorted(m for m in glob.glob(pattern, recursive=True) if not os.path.isdir(m))
            if not matches:
                raise FactcheckError(f"no file matches {pattern}", "check the pattern and the folder")
            paths += matches
        else:
            paths.append(pattern)
    if paths.count("-") > 1:
        raise UsageError("standard input (-) can be read only once")
    return list(dict.fromkeys(paths))


class Feed:
    """The articles of one or more feeds, one feed after the other, read as a stream (nothing
    holds a whole feed). `total`: how many records they hold, when that is known beforehand."""

    def __init__(self, sources: list[_Source], skip_bad: bool, bad: list | None, total: int | None):
        self.sources, self.skip_bad, self.bad, self.total = sources, skip_bad, bad, total

    def __iter__(self) -> Iterator[Article]:
        for source in self.sources:
            yield from _feed_articles(source.open(), source.name, self.skip_bad, self.bad)


def read_feeds(paths: list[str], *, skip_bad: bool = False, stdin=None, bad: list | None = None) -> Feed:
    """The articles of JSON Lines feeds (plain, or gzip-compressed like `archive.jsonl.gz`), one
    a line. Every feed is checked in full before this returns, so a bad line stops a command
    before it stores anything; with `skip_bad` bad lines are recorded in `bad` as (feed, line
    number, reason) and skipped instead."""
    sources = [_Source(path, stdin, keep=not skip_bad) for path in feed_paths(paths)]
    if not skip_bad:
        return Feed(sources, skip_bad, bad, sum(source.check() for source in sources))
    total: int | None = 0
    for source in sources:  # not checked: the lines that are not blank, unless it can be read once only
        total = None if total is None or source.once else total + source.count_lines()
    return Feed(sources, skip_bad, bad, total)


class _Source:
    """One feed: a file, standard input or a pipe, decompressed when it is a gzip archive. One
    that cannot be read twice (standard input, a pipe, `--feed <(command)`) is copied to a
    temporary file first when it is to be checked (`keep`), else read once as it comes."""

    def __init__(self, path: str, stdin, keep: bool):
        self.path, self.stdin = path, stdin
        self.name = "standard input" if path == "-" else path
        self.spool = self.stream = None
        stream = self._raw()
        if path != "-" and _seekable(stream):
            stream.close()  # opened again for each pass: thousands of feeds hold no file open
        elif keep:
            self.spool = tempfile.TemporaryFile()
            with stream:
                shutil.copyfileobj(stream, self.spool)
        else:
            self.stream = stream
        self.once = self.stream is not None

    def _raw(self) -> BinaryIO:
        if self.path == "-":
            return self.stdin or sys.stdin.buffer
        check_file(self.path)
        try:
            return open(self.path, "rb")
        except OSError as e:
            raise FactcheckError(f"cannot read {self.path}: {e.strerror}", "check its permissions") from e

    def open(self):
        """The feed's lines (bytes), decompressed, from the start; its first bytes checked."""
        if self.spool is not None:
            self.spool.seek(0)
            raw = _Kept(self.spool)
        elif self.stream is not None:
            raw, self.stream = self.stream, None
        else:
            raw = self._raw()
        try:
            head = _head(raw)
            compressed = head.startswith(GZIP)
            if compressed:
                raw = _Gunzipped(raw, self.name)
                head = raw.peek(16)[:16]
            for magic, what in MAGIC.items():
                if head.startswith(magic):
                    raise FactcheckError(
                        f"{self.name} {'holds' if compressed else 'is'} {what}, not a JSON Lines feed",
                        'give a file with one {"text": ...} a line',
                    )
        except BaseException:
            raw.close()
            raise
        return raw

    def check(self) -> int:
        """The records of the feed, each line checked; BadLine at the first bad one."""
        with self.open() as lines:
            records = sum(_feed_article(raw, number, self.name) is not None for number, raw in enumerate(lines, 1))
        if not records:
            raise FactcheckError(f"{self.name} is empty", 'a feed holds one {"text": ...} a line')
        return records

    def count_lines(self) -> int:
        with self.open() as lines:
            return sum(1 for line in lines if line.strip())


def _seekable(stream) -> bool:
    try:
        return stream.seekable()
    except (AttributeError, OSError, ValueError):
        return False


def _head(stream) -> bytes:
    """The first 16 bytes of a stream, left to be read again."""
    if hasattr(stream, "peek"):
        return stream.peek(16)[:16]
    if _seekable(stream):
        where = stream.tell()
        head = stream.read(16)
        stream.seek(where)
        return head
    return b""


class _Kept:
    """The lines of a temporary copy; closing this leaves the copy for the next pass."""

    def __init__(self, spool):
        self.spool = spool

    def __getattr__(self, name: str):  # read, peek, readline: the copy's own
        return getattr(self.spool, name)

    def __iter__(self):
        return iter(self.spool)

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        pass


class _Gunzipped:
    """The decompressed lines of a gzip archive; a damaged or cut-off archive is one error."""

    def __init__(self, raw, name: str):
        self.raw, self.name = raw, name
        self.gz = gzip.GzipFile(fileobj=raw, mode="rb")

    def _damaged(self, e: Exception) -> FactcheckError:
        return FactcheckError(f"{self.name} is a damaged gzip archive: {e}", f"check it with: gzip -t {self.name}")

    def peek(self, n: int) -> bytes:
        try:
            return self.gz.peek(n)
        except (EOFError, zlib.error, gzip.BadGzipFile) as e:
            raise self._damaged(e) from e

    def __iter__(self) -> Iterator[bytes]:
        while True:
            try:
                line = self.gz.readline()
            except (EOFError, zlib.error, gzip.BadGzipFile) as e:
                raise self._damaged(e) from e
            if not line:
                return
            yield line

    def close(self) -> None:
        self.gz.close()
        self.raw.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _feed_articles(lines, name: str, skip_bad: bool, bad: list | None) -> Iterator[Article]:
    with lines:
        for number, raw in enumerate(lines, 1):
            try:
                article = _feed_article(raw, number, name)
            except BadLine as e:
                if not skip_bad:
                    raise
                if bad is not None:
                    bad.append((name, number, e.reason))
                continue
            if article is not None:
                yield article


class BadLine(FactcheckError):
    def __init__(self, name: str, number: int, reason: str):
        super().__init__(
            f"{name} line {number} is not a feed record: {reason}",
            'each line must be {"text": ...}; --skip-bad skips such lines',
        )
        self.reason = reason


def _clean(value: str) -> str:
    """Lone surrogates (from JSON escapes like \\ud800) cannot be stored as UTF-8: replace them."""
    return _SURROGATE.sub("\ufffd", value)


def _check_link_and_date(fields: dict, name: str, number: int) -> None:
    """A feed line's url and published are checked as --url and --published are (blank ones
    are left out): they become links and dates in reports and ClaimReview."""
    from .web import url_problem

    url, published = ((fields[k] or "").strip() or None for k in ("url", "published"))
    if url and (problem := url_problem(url)):
        raise BadLine(name, number, f'"url" {url[:80]!r} {problem}')
    if published and not iso_date(published):
        raise BadLine(name, number, f'"published" {published[:40]!r} is not a date; write it as YYYY-MM-DD')
    fields.update(url=url, published=published)


def _feed_article(raw: bytes, number: int, name: str) -> Article | None:
    """One feed line as an Article; None for a blank line; BadLine when it is not a record."""
    if not raw.strip():
        return None
    try:
        line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError:
        line = raw.decode("cp1252", errors="replace")  # as for article files
    try:
        record = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as e:
        raise BadLine(name, number, f"{e.msg.removesuffix(' at')} at column {e.colno}") from e
    except (ValueError, RecursionError) as e:  # e.g. an integer of 5,000 digits, or [[[[...]]]]
        raise BadLine(
            name, number, "nested too deeply" if isinstance(e, RecursionError) else str(e).split(";")[0]
        ) from e
    if not isinstance(record, dict):
        raise BadLine(name, number, "a line must be a JSON object")
    text = record.get("text")
    if text is not None and not isinstance(text, str):
        raise BadLine(name, number, f'"text" must be a string, not {json.dumps(text, ensure_ascii=False)[:40]}')
    if not isinstance(text, str) or not text.strip():
        raise BadLine(name, number, 'no "text"')
    fields = {k: record.get(k) for k in ("title", "url", "outlet", "published")}
    for key, value in fields.items():
        if value is not None:
            fields[key] = _clean(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))
    _check_link_and_date(fields, name, number)
    text = _clean(text)
    if problem := too_long(text):
        raise BadLine(name, number, f'"text" {problem}')
    ident = record.get("id")
    ident = (
        _clean(ident if isinstance(ident, str) else json.dumps(ident)) if ident not in (None, "") else article_id(text)
    )
    return Article(id=ident, text=text, **fields)
