"""Browse a factcheck database in Datasette: the shipped metadata and configuration, and cells
that show each claim in its sentence. Imports Datasette, never spaCy."""

from __future__ import annotations

import asyncio
import copy
import ipaddress
import json
import socket
import sys
import weakref
import webbrowser
from importlib import metadata as dist
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from datasette import hookimpl
from datasette.app import Datasette
from datasette.utils import tilde_encode
from markupsafe import Markup, escape

from .db import Store
from .errors import FactcheckError

# The database's name in the shipped files; replaced by the served file's own name.
NAME = "factcheck"
# Table options that Datasette 1.0 reads from datasette.yaml, 0.65 from metadata.json.
TABLE_OPTIONS = ("sort", "sort_desc", "label_column", "facets", "fts_table", "fts_pk", "hidden")

# (table, column) -> the column holding the id of the claim to show in its sentence
PASSAGES = {
    ("claims", "sentence"): "id",
    ("claims_view", "sentence"): "id",
    ("contradictions_view", "claim_a"): "claim_a_id",
    ("contradictions_view", "claim_b"): "claim_b_id",
    ("contradictions", "claim_a_id"): "claim_a_id",
    ("contradictions", "claim_b_id"): "claim_b_id",
}
# (view, column) -> (table the cell links to, column holding that row's id)
LINKS = {
    ("claims_view", "id"): ("claims", "id"),
    ("claims_view", "source"): ("sources", "source_id"),
    ("claims_view", "article_title"): ("articles", "article_id"),
    ("contradictions_view", "id"): ("contradictions", "id"),
    ("contradictions_view", "source_a"): ("sources", "source_a_id"),
    ("contradictions_view", "source_b"): ("sources", "source_b_id"),
    ("contradictions_view", "article_a"): ("articles", "article_a_id"),
    ("contradictions_view", "article_b"): ("articles", "article_b_id"),
}
# (table, foreign key column) -> (table it points to, its label column). Datasette 0.65 links
# foreign keys on table pages but not on a row's own page; these cells link on both.
LABELLED = {
    ("claims", "source_id"): ("sources", "name"),
    ("claims", "article_id"): ("articles", "title"),
    ("sources", "article_id"): ("articles", "title"),
    ("source_aliases", "source_id"): ("sources", "name"),
}
# The claim and the stretch of its article around it: a passage is at most MAX_PASSAGE long and
# holds the content's start (position), so it lies within MAX_PASSAGE of it on either side.
PASSAGE_SQL = """select c.sentence, c.spans, c.content, s.name, c.stance, max(0, c.position - :most),
  substr(a.text, max(0, c.position - :most) + 1, 2 * :most) from claims c
  join articles a on a.id = c.article_id join sources s on s.id = c.source_id where c.id = :id"""
TAGS: dict[str | None, tuple[str, str]] = {
    "source": ("<strong>", "</strong>"),
    "cue": ("<em>", "</em>"),
    "content": ("<mark>", "</mark>"),
}
MAX_PASSAGE = 4000
STATIC = "factcheck-static"  # where the shipped CSS is served
# The databases each Datasette made by make_datasette serves as factcheck databases: the hooks
# below leave every other Datasette (and database) alone.
SERVED: weakref.WeakKeyDictionary[Datasette, set[str]] = weakref.WeakKeyDictionary()


def _shipped(name: str) -> str:
    return (resources.files("factcheck") / "datasette" / name).read_text(encoding="utf-8")


def _renamed(data: dict, name: str) -> dict:
    """The shipped settings under the served database's name; {database} in its HTML
    description becomes that name as it appears in URLs."""
    data = copy.deepcopy(data)
    if "databases" in data:
        data["databases"] = {name: data["databases"].pop(NAME), **data["databases"]}
        database = data["databases"][name]
        from .contradict import DEFAULT_MIN_SCORE

        for query in database.get("queries", {}).values():  # the default threshold, as the CLI uses it
            for key in ("sql", "description"):
                if key in query:
                    query[key] = query[key].replace("{min_score}", f"{DEFAULT_MIN_SCORE:g}")
        if "description_html" in database:
            database["description_html"] = database["description_html"].replace(
                "{database}", str(escape(tilde_encode(name)))
            )
    return data


def metadata(name: str = NAME) -> dict:
    """The shipped metadata.json (Datasette 0.65: metadata, table options and saved queries)."""
    return _renamed(json.loads(_shipped("metadata.json")), name)


def config(name: str = NAME) -> dict:
    """The shipped datasette.yaml (Datasette 1.0: settings, table options and saved queries)."""
    return _renamed(yaml.safe_load(_shipped("datasette.yaml")), name)


def descriptive(meta: dict) -> dict:
    """Metadata without the options that Datasette 1.0 takes from datasette.yaml."""
    meta = copy.deepcopy(meta)
    for database in meta.get("databases", {}).values():
        database.pop("queries", None)
        for table in database.get("tables", {}).values():
            for key in TABLE_OPTIONS:
                table.pop(key, None)
    return meta


def datasette_major() -> int:
    return int(dist.version("datasette").split(".")[0])


def database_name(path: str) -> str:
    """The name Datasette gives a database file: its stem."""
    return Path(path).stem


def make_datasette(path: str) -> Datasette:
    """A Datasette over one factcheck database, with factcheck's metadata, configuration and
    cell rendering. The database's shape (migrations, full-text search, views) is ensured first."""
    Store(path, create=False).close()
    name = database_name(path)
    conf = config(name)
    kwargs: dict[str, Any]
    if datasette_major() >= 1:
        kwargs = {"config": conf, "metadata": descriptive(metadata(name))}  # settings are in the config
    else:
        kwargs = {"metadata": metadata(name), "settings": conf.get("settings")}
    module = sys.modules[__name__]
    from datasette.plugins import pm

    _plain_errors()

    if not pm.is_registered(module):
        pm.register(module, name="factcheck")
    static = str(resources.files("factcheck") / "datasette" / "static")
    ds = Datasette([path], static_mounts=[(STATIC, static)], **kwargs)
    if name not in ds.databases:
        raise FactcheckError(f"Datasette named the database {list(ds.databases)!r}, expected {name!r}")
    SERVED[ds] = {name}
    return ds


def _plain_errors() -> None:
    """Datasette (0.65, and 1.0 alike) prints every error page's exception, a 404 too, with
    rich when rich is installed (typer installs it): a long traceback with local variables.
    For a path no route matches (`/a/b/c/d`) no exception is being handled, rich refuses to
    print one, and the 404 becomes a 500. Without rich Datasette answers those 404s as it
    should; handle_exception below logs each error page in one line instead."""
    import datasette.handle_exception

    datasette.handle_exception.rich = None


def serve(path: str, host: str = "127.0.0.1", port: int = 8001, open_browser: bool = False) -> None:
    """Serve the database until interrupted."""
    import uvicorn

    _check_port(host, port)
    ds = make_datasette(path)
    asyncio.run(ds.invoke_startup())
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::', '') else host}:{port}"
    url += ds.urls.table(database_name(path), "contradictions_view")
    print(f"Serving {path} at {url} (Ctrl-C to stop)", file=sys.stderr, flush=True)
    if not _loopback(host):
        print(
            f"Warning: --host {host} opens the database to the network: anyone who can reach this machine "
            f"on port {port} can read it (the default, 127.0.0.1, keeps it to this machine)",
            file=sys.stderr,
            flush=True,
        )
    if open_browser:
        webbrowser.open(url)
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on", workers=1)


def _loopback(host: str) -> bool:
    """Whether `host` is an address only this machine can reach (127.0.0.1, ::1, localhost)."""
    try:
        return host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:  # a host name: it may be any interface's
        return False


def _check_port(host: str, port: int) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        try:
            s.bind((host, port))
        except socket.gaierror as e:
            raise FactcheckError(
                f"cannot resolve host {host!r}", "give --host 127.0.0.1 or an address of this machine"
            ) from e
        except OSError as e:
            raise FactcheckError(f"cannot listen on {host}:{port}: {e.strerror}", "give another --port") from e


# -- the claim in its sentence --------------------------------------------------------------


def passage(text: str, sentence: str, spans: dict) -> list[tuple[str, str | None]]:
    """The sentence of a claim, widened to cover all its spans, as (text, role) pieces: role is
    source, cue, content or None. Empty when the spans do not fit the text."""
    marks = [
        (s, e, role)
        for role in ("source", "cue", "content")
        for s, e in spans.get(role) or []
        if 0 <= s < e <= len(text)
    ]
    if not marks:
        return []
    lo, hi = min(m[0] for m in marks), max(m[1] for m in marks)
    start = _locate(text, sentence, lo, hi)
    if start is not None:
        lo, hi = min(lo, start), max(hi, start + len(sentence))
    if hi - lo > MAX_PASSAGE:
        return []
    roles: list[str | None] = [None] * (hi - lo)
    for s, e, role in marks:  # content last: it wins where spans overlap
        roles[s - lo : e - lo] = [role] * (e - s)
    pieces: list[tuple[str, str | None]] = []
    i = 0
    while i < len(roles):
        j = i
        while j < len(roles) and roles[j] == roles[i]:
            j += 1
        pieces.append((text[lo + i : lo + j], roles[i]))
        i = j
    return pieces


def _locate(text: str, sentence: str, lo: int, hi: int) -> int | None:
    """Where `sentence` occurs in `text` nearest to the span range [lo, hi)."""
    if not sentence:
        return None
    best, best_distance, at = None, None, text.find(sentence)
    while at != -1:
        distance = max(0, at - hi, lo - (at + len(sentence)))
        if best_distance is None or distance < best_distance:
            best, best_distance = at, distance
        at = text.find(sentence, at + 1)
    return best


def passage_html(pieces: list[tuple[str, str | None]]) -> Markup:
    out = []
    for piece, role in pieces:
        start, end = TAGS.get(role, ("", ""))
        out.append(f"{start}{escape(piece)}{end}")
    return Markup('<span class="factcheck-passage">' + "".join(out).strip() + "</span>")


def highlight(sentence: str, content: str) -> Markup:
    """The sentence with the content marked where it occurs in it; else the content before it."""
    at = sentence.find(content) if content else -1
    if at == -1:
        head = f"<mark>{escape(content)}</mark> " if content else ""
        return Markup(f'<span class="factcheck-passage">{head}{escape(sentence)}</span>')
    return Markup(
        f'<span class="factcheck-passage">{escape(sentence[:at])}<mark>{escape(content)}</mark>'
        f"{escape(sentence[at + len(content) :])}</span>"
    )


def _cell(row, key: str):
    """A value of the row; Datasette 1.0 gives expanded foreign keys as {"value", "label"}."""
    try:
        value = row[key]
    except (KeyError, IndexError, TypeError):
        return None
    return value.get("value") if isinstance(value, dict) else value


@hookimpl
def handle_exception(datasette, request, exception):
    """One line on stderr for each error page (`404 GET /a/b/c/d: not found`); Datasette's own
    handler renders the page."""
    if datasette in SERVED:
        status = getattr(exception, "status", 500)
        reason = str(exception) if str(exception) != str(status) else "not found"
        line = f"{status} {request.method} {request.path}: {reason}"
        print(line.encode("unicode_escape").decode("ascii"), file=sys.stderr, flush=True)  # a %0A stays on the line
    return None


@hookimpl
def extra_css_urls(datasette):
    if datasette in SERVED:
        return [datasette.urls.path(f"/{STATIC}/factcheck.css")]
    return []


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if database not in SERVED.get(datasette, ()):
        return None
    if (table, column) in LINKS:
        target, id_column = LINKS[(table, column)]
        target_id = _cell(row, id_column)
        if target_id is None or value is None:
            return None
        href = datasette.urls.row(database, target, tilde_encode(str(target_id)))
        return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')
    if (table, column) in LABELLED:
        return _labelled_link(datasette, database, *LABELLED[(table, column)], _cell({column: value}, column))
    if table is None and column == "sentence" and isinstance(value, str):
        content = _cell(row, "content")
        return highlight(value, content) if isinstance(content, str) else None
    if (table, column) not in PASSAGES:
        return None
    claim_id = _cell(row, PASSAGES[(table, column)])
    if claim_id is None:
        return None

    async def render():
        found = (
            await datasette.get_database(database).execute(PASSAGE_SQL, {"id": claim_id, "most": MAX_PASSAGE})
        ).first()
        if found is None:
            return None
        sentence, spans, content, source, stance, offset, text = found
        try:
            shifted = {
                role: [[s - offset, e - offset] for s, e in pairs] for role, pairs in json.loads(spans or "{}").items()
            }
            inside = all(0 <= s < e <= len(text or "") for pairs in shifted.values() for s, e in pairs)
            pieces = passage(text or "", sentence or "", shifted) if inside else []
        except (ValueError, TypeError, AttributeError):
            pieces = []
        shown = passage_html(pieces) if pieces else highlight(sentence or "", content or "")
        if table != "contradictions":
            return shown
        href = datasette.urls.row(database, "claims", tilde_encode(str(claim_id)))
        return Markup(
            f'<a href="{escape(href)}">{escape(claim_id)}</a> <strong>{escape(source)}</strong> '
            f"({escape(stance)}): {shown}"
        )

    return render


def _labelled_link(datasette, database: str, target: str, label_column: str, target_id):
    if target_id is None:
        return None

    async def render():
        found = (
            await datasette.get_database(database).execute(
                f"select [{label_column}] from [{target}] where id = ?", [target_id]
            )
        ).first()
        label = found[0] if found and found[0] else target_id
        href = datasette.urls.row(database, target, tilde_encode(str(target_id)))
        return Markup(f'<a href="{escape(href)}">{escape(label)}</a>&nbsp;<em>{escape(target_id)}</em>')

    return render
