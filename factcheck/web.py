"""Web pages in: fetch a URL with httpx, and extract an HTML page's article with trafilatura.

trafilatura keeps the main text and drops scripts, menus, ads and footers; it also reads the
title, date and site name from the page's metadata. Nothing here touches the network except
`fetch`, and only for the URL it is given.
"""

from __future__ import annotations

import re
import socket
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .errors import FactcheckError, UsageError
from .models import Article
from .texts import article_id, decode, guess_title

TIMEOUT = 20.0  # seconds, for connecting and for each read
DEADLINE = 60.0  # seconds for a whole download, redirects included (ingest --timeout)
MAX_BYTES = 20_000_000
USER_AGENT = "Mozilla/5.0 (compatible; factcheck/0.1; +https://pypi.org/project/factcheck/)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain", "text/markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MIN_WORDS = 8  # fewer words than this is a menu or an error page, not an article

_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)


def is_url(path: str) -> bool:
    return path.lower().startswith(("http://", "https://"))


def url_problem(url: str) -> str | None:
    """Why `url` is not a web address to fetch or link to (e.g. "is not a valid URL"), or None.
    Only http(s): a `javascript:` or `file:` address in a report or in ClaimReview is an attack."""
    if not is_url(url):
        return "is not an http(s) address"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 -- raises ValueError for a port that is not a number
    except ValueError as e:  # 'http://[::1': an unclosed IPv6 bracket
        return f"is not a valid URL ({e})"
    return None if parts.hostname else "is not a valid URL"


def is_html(path: str, data: bytes) -> bool:
    """An .html/.htm file, or any input (standard input too) that starts like an HTML page."""
    return Path(path).suffix.lower() in HTML_SUFFIXES or bool(_HTML_START.match(data[:4096]))


def fetch(url: str, timeout: float = DEADLINE) -> tuple[bytes, str, str, str | None]:
    """GET `url`, following redirects, within `timeout` seconds in all (a server that trickles
    a byte at a time cannot hold it longer); connecting and each read also give up after
    TIMEOUT seconds. Returns (body, final URL, media type, charset). Every failure (DNS,
    refused, timeout, HTTP error, not a web page) is one FactcheckError."""
    import httpx

    if problem := url_problem(url):
        raise UsageError(f"{url} {problem}", "give a full address like https://example.org/story")
    host = urlsplit(url).hostname
    deadline = time.monotonic() + timeout
    late = threading.Event()  # set once the deadline has cut a wait short
    cut = []

    def in_time(request):  # each request, redirects too, waits no longer than the time left
        left = deadline - time.monotonic()
        if left <= 0:
            late.set()
            raise httpx.ReadTimeout("past the deadline", request=request)
        request.extensions["timeout"] = httpx.Timeout(min(TIMEOUT, left)).as_dict()
        cut.append(left < TIMEOUT)

    try:
        with httpx.Client(
            follow_redirects=True, headers={"User-Agent": USER_AGENT}, event_hooks={"request": [in_time]}
        ) as client:
            with client.stream("GET", url) as response, _Watchdog(response, deadline, late):
                if response.status_code >= 400:
                    raise FactcheckError(
                        f"{url} answered {response.status_code} {response.reason_phrase}".rstrip(),
                        "check the address, or save the page and ingest the .html file",
                    )
                media = response.headers.get("content-type", "").split(";")[0].strip().lower()
                if media and media not in HTML_TYPES + TEXT_TYPES:
                    raise FactcheckError(
                        f"{url} is {media}, not a web page",
                        "give the address of an HTML article, or a downloaded text file",
                    )
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > MAX_BYTES:
                        raise FactcheckError(
                            f"{url} is larger than {MAX_BYTES // 1_000_000} MB",
                            "save the article's text to a file and ingest that",
                        )
                    if time.monotonic() > deadline:
                        late.set()
                        break
                if not late.is_set():
                    return bytes(body), str(response.url), media or "text/html", response.charset_encoding
    except httpx.HTTPError as e:
        if not (late.is_set() or isinstance(e, httpx.TimeoutException) and cut and cut[-1]):
            raise _fetch_error(url, host, e) from e
    raise FactcheckError(
        f"{url} did not send the page within {timeout:g} s", "try again later, or allow longer with --timeout SECONDS"
    )


class _Watchdog:
    """Shuts the response's connection when the deadline passes, so that a read waiting on a
    server that sends nothing more returns at once; sets `late` when it does."""

    def __init__(self, response, deadline: float, late: threading.Event):
        stream = response.extensions.get("network_stream")
        self.sock = stream.get_extra_info("socket") if stream is not None else None
        self.late = late
        self.timer = threading.Timer(max(0.0, deadline - time.monotonic()), self._cut)

    def _cut(self) -> None:
        self.late.set()
        if self.sock is not None:
            try:  # the plain socket's shutdown, under TLS too: it only wakes the reader
                socket.socket.shutdown(self.sock, socket.SHUT_RDWR)
            except OSError:
                pass

    def __enter__(self):
        self.timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self.timer.cancel()


def _fetch_error(url: str, host: str | None, e) -> FactcheckError:
    """What went wrong, for an httpx error `e` while fetching `url`."""
    import httpx

    if isinstance(e, httpx.TimeoutException):
        return FactcheckError(f"{url} did not answer within {TIMEOUT:g} s", "try again later")
    if isinstance(e, httpx.TooManyRedirects):
        return FactcheckError(f"{url} redirects too many times", "open it in a browser and give the final address")
    if isinstance(e, (httpx.UnsupportedProtocol, httpx.InvalidURL)):
        return UsageError(f"{url} is not a valid URL ({e})", "give a full address like https://example.org/story")
    if isinstance(e, httpx.ConnectError):
        return FactcheckError(_connect_reason(url, host, str(e)), "check the address and your connection")
    # protocol errors, broken connections
    return FactcheckError(f"cannot fetch {url}: {type(e).__name__}: {e}".rstrip(": "), "try again later")


def _connect_reason(url: str, host: str | None, detail: str) -> str:
    low = detail.lower()
    if any(
        s in low
        for s in (
            "name or service not known",
            "nodename nor servname",
            "name resolution",
            "no address associated",
            "getaddrinfo failed",
            "errno -2",
            "errno -3",
            "errno -5",
        )
    ):
        return f"cannot find the host {host} (DNS lookup failed)"
    if "refused" in low:
        return f"{host} refused the connection ({url})"
    if "certificate" in low or "ssl" in low:
        return f"the secure connection to {host} failed: {detail}"
    return f"cannot connect to {host}: {detail or 'connection failed'}"


def html_article(html: str, name: str, *, url=None, title=None, outlet=None, published=None) -> Article:
    """The article of an HTML page: its main text (paragraphs separated by blank lines, no
    scripts, menus or footers) with the page's title, date and site name unless given."""
    import trafilatura

    doc: Any = trafilatura.bare_extraction(  # a trafilatura Document, or None
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
        deduplicate=False,
    )
    text = _paragraphs(doc.text if doc is not None and doc.text else "")
    if len(text.split()) < MIN_WORDS:
        raise FactcheckError(
            f"found no article text in {name}",
            "is it an index page or a page that needs JavaScript? Save the article's text to a file",
        )
    meta_title = (doc.title or "").strip() or None
    return Article(
        id=article_id(text),
        text=text,
        title=title or meta_title,
        url=url,
        outlet=outlet or (doc.sitename or "").strip() or None,
        published=published or doc.date or None,
    )


def _paragraphs(text: str) -> str:
    """trafilatura puts one paragraph a line; blank lines between them read better and are
    what the segmenter and the HTML report expect."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line)


def decode_page(data: bytes, charset: str | None, name: str) -> str:
    """Text of a fetched page: the charset the server declared, else the reader's decoding."""
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data, name)


def url_article(url: str, *, title=None, outlet=None, published=None, timeout: float = DEADLINE) -> Article:
    """Fetch `url` and read its article; the URL stored is the final one, after redirects."""
    data, final, media, charset = fetch(url, timeout=timeout)
    text = decode_page(data, charset, url)
    if media in HTML_TYPES or is_html(url, data):
        return html_article(text, url, url=final, title=title, outlet=outlet, published=published)
    return Article(
        id=article_id(text), text=text, title=title or guess_title(text), url=final, outlet=outlet, published=published
    )
