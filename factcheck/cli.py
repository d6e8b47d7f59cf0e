"""The factcheck command line: thin commands over the library functions."""

from __future__ import annotations

import functools
import gc
import inspect
import os
import signal
import sqlite3
import sys
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import Annotated, Optional

import typer
from typer._click import exceptions as click_errors  # typer bundles its own click
from typer.core import TyperGroup

from . import checking, render
from .db import Store, close_all, default_path
from .errors import FactcheckError, Terminated, UsageError, explain, refuse_symlink_loop
from .nlp import keep_out_torch, model_loaded
from .web import DEADLINE


class OneLineErrors(TyperGroup):
    """Every error as one `Error:` line on stderr, never a traceback: usage errors (a bad option
    value, a missing argument) with exit code 2 instead of click's usage block, and whatever a
    command raises with the code explain() gives it. Every group of the CLI is of this class, so a
    command added later gets the same handling. FACTCHECK_DEBUG=1 shows the traceback of an
    unforeseen error."""

    def make_context(self, *args, **kwargs):
        try:
            return super().make_context(*args, **kwargs)
        except click_errors.UsageError as e:
            _usage_exit(e)

    def resolve_command(self, ctx, args):
        name, command, rest = super().resolve_command(ctx, args)
        if name:  # the innermost command's path, for the hint of a usage error raised inside it
            ctx.meta[COMMAND_PATH] = f"{ctx.command_path} {name}"
        return name, command, rest

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except click_errors.UsageError as e:
            _usage_exit(e)
        except (typer.Exit, typer.Abort, BrokenPipeError):
            raise  # typer's own exits, and `| head`
        except KeyboardInterrupt as e:  # Ctrl-C, or SIGTERM (see main)
            typer.echo(
                "Error: interrupted; every article stored so far is complete (run the same command again to finish)",
                err=True,
            )
            raise typer.Exit(143 if isinstance(e, Terminated) else 130)
        except Exception as e:
            if not isinstance(e, (FactcheckError, sqlite3.Error, OSError, MemoryError)) and os.environ.get(
                "FACTCHECK_DEBUG"
            ):
                raise
            error = explain(e)
            if isinstance(error, UsageError) and not error.hint:
                error.hint = f"see '{ctx.meta.get(COMMAND_PATH, ctx.command_path)} -h'"
            typer.echo(error.line(), err=True)
            raise typer.Exit(error.exit_code)


COMMAND_PATH = "factcheck.command_path"


def _usage_exit(e):
    if isinstance(e, click_errors.NoArgsIsHelpError):
        raise e  # no arguments at all: the help is the answer
    message = e.format_message().replace("Value error, ", "").rstrip(".")
    where = e.ctx.command_path if e.ctx else "factcheck"
    typer.echo(UsageError(message, f"see '{where} -h'").line(), err=True)
    raise typer.Exit(2)


CONTEXT = {"help_option_names": ["-h", "--help"]}
app = typer.Typer(
    help="Attributed claims and contradictions in news articles.\n\nStart with: factcheck demo",
    context_settings=CONTEXT,
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    cls=OneLineErrors,
)
sources_app = typer.Typer(
    context_settings=CONTEXT,  # help: the callback's docstring, with its example
    invoke_without_command=True,
    rich_markup_mode=None,
    cls=OneLineErrors,
)
app.add_typer(sources_app, name="sources")
eval_app = typer.Typer(
    help="Measure factcheck on annotated data (PolNeAR, Emergent, news).",
    context_settings=CONTEXT,
    no_args_is_help=True,
    rich_markup_mode=None,
    cls=OneLineErrors,
)
app.add_typer(eval_app, name="eval")

DbPath = Annotated[
    Optional[str],
    typer.Option(
        "--db",
        help="Database file (default: $FACTCHECK_DB, then data/factcheck.db)",
        envvar="FACTCHECK_DB",
        show_envvar=False,
    ),
]
FEED_HELP = (
    "JSON Lines feed, one article a line: a file, .jsonl.gz, a glob ('archive/*.jsonl') or -; "
    "with --feed every PATH is a feed too"
)
TimeoutOpt = typer.Option(
    DEADLINE,
    "--timeout",
    min=0.1,
    metavar="SECONDS",
    help="Give up on a URL whose page has not arrived in full after this long",
)

CLAIM_COLUMNS = ["id", "source", "stance", "quote", "cue", "content"]
CLAIM_WIDTHS = {"source": 28, "cue": 16, "content": 70}
CONTRA_COLUMNS = ["id", "kind", "score", "status", "source_a", "source_b", "explanation"]


class StatusChoice(str, Enum):
    open = "open"
    confirmed = "confirmed"
    dismissed = "dismissed"
    all = "all"


class KindChoice(str, Enum):
    """The kinds of contradiction (BASE in contradict.py, and a source's changed position)."""

    denial = "denial"
    negation = "negation"
    numeric = "numeric"
    description = "description"
    rebuttal = "rebuttal"
    changed_position = "changed position"


class StanceChoice(str, Enum):
    asserts = "asserts"
    denies = "denies"
    demands = "demands"
    questions = "questions"


def _iso_date(value: Optional[str]) -> Optional[str]:
    """An option that must be an ISO 8601 date (or date and time): sorting and filtering rely on it."""
    from .reader import iso_date

    if value is None:
        return value
    if iso_date(value) is None:
        raise typer.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD, e.g. 2019-02-10")
    return value.strip()


def _web_address(value: Optional[str]) -> Optional[str]:
    """An option that must be an http(s) address: it becomes a link in reports and ClaimReview
    (a `javascript:` one would run when clicked)."""
    from .web import url_problem

    if value is None:
        return value
    if problem := url_problem(value.strip()):
        raise typer.BadParameter(f"{value!r} {problem}; give an address starting https:// or http://")
    return value.strip()


OUTPUTS = {
    "json_": ("--json", "Output a JSON array"),
    "nl": ("--nl", "Output one JSON object a line"),
    "csv_": ("--csv", "Output CSV"),
}


def output_options(command):
    """--json, --nl and --csv for a command, in the place of its `fmt` parameter, which receives
    the one chosen: "json", "nl", "csv", or "table" without any (sqlite-utils' output_options)."""
    signature = inspect.signature(command, eval_str=True)
    flags = [
        inspect.Parameter(
            name,
            inspect.Parameter.POSITIONAL_OR_KEYWORD,
            default=False,
            annotation=Annotated[bool, typer.Option(flag, help=text)],
        )
        for name, (flag, text) in OUTPUTS.items()
    ]
    params = []
    for param in signature.parameters.values():
        params += flags if param.name == "fmt" else [param]

    @functools.wraps(command)
    def with_outputs(*args, json_: bool = False, nl: bool = False, csv_: bool = False, **kwargs):
        chosen = [OUTPUTS[name][0] for name, on in (("json_", json_), ("nl", nl), ("csv_", csv_)) if on]
        if len(chosen) > 1:
            raise UsageError("choose one of --json, --nl, --csv")
        return command(*args, fmt=chosen[0][2:] if chosen else "table", **kwargs)

    with_outputs.__signature__ = signature.replace(parameters=params)
    with_outputs.__annotations__ = {p.name: p.annotation for p in params}
    return with_outputs


def db_path(db: Optional[str]) -> str:
    """The database a command works on: --db, then $FACTCHECK_DB, then data/factcheck.db."""
    return db or default_path()


def _open(db: Optional[str], create: bool = False) -> Store:
    return Store(db_path(db), create=create)


def _rows(records) -> list[dict]:
    """Records (claims, contradictions, sources, ...) as the rows render.render prints."""
    return [r.model_dump() for r in records]


def _contra_rows(items: list[dict], fmt: str) -> list[dict]:
    if fmt != "table":
        return items
    return [{**x, "source_a": x["claim_a"]["source"], "source_b": x["claim_b"]["source"]} for x in items]


def _read_inputs(
    paths: list[str], feed: Optional[list[str]], skip_bad: bool, meta: dict, bad: list, timeout: Optional[float] = None
):
    from . import web
    from .reader import read_article, read_feeds

    if not feed and not paths:
        raise UsageError("give one or more article paths, - for standard input, or --feed FILE")
    if feed:  # `--feed archive/2024-*.jsonl`: the shell's matches after the first are feeds too
        for path in paths:
            if web.is_url(path) or Path(path).suffix.lower() in {".txt", ".md", ".html", ".htm"}:
                raise UsageError(
                    f"with --feed every path is a feed, and {path} is an article",
                    "ingest articles and feeds in separate commands",
                )
        return read_feeds([*feed, *paths], skip_bad=skip_bad, bad=bad)
    if paths.count("-") > 1:
        raise UsageError("standard input (-) can be read only once")
    if len(paths) > 1 and any(meta.values()) and (meta.get("title") or meta.get("url")):
        raise UsageError("--title and --url describe one article; give one path with them")
    # read and check every file before storing any: a bad path stores nothing
    return [read_article(p, timeout=timeout, **meta) for p in paths]


@app.command()
def ingest(
    paths: list[str] = typer.Argument(None, help="Article files (.txt, .md, .html), URLs, or - for standard input"),
    feed: Optional[list[str]] = typer.Option(None, "--feed", help=FEED_HELP),
    title: Optional[str] = typer.Option(None, "--title", help="The article's title"),
    url: Optional[str] = typer.Option(None, "--url", help="The article's URL", callback=_web_address),
    outlet: Optional[str] = typer.Option(None, "--outlet", help="The publishing outlet (the narrator)"),
    published: Optional[str] = typer.Option(
        None, "--published", help="Publication date, e.g. 2019-02-10", callback=_iso_date
    ),
    skip_bad: bool = typer.Option(False, "--skip-bad", help="Skip malformed feed lines, and report them"),
    reparse: bool = typer.Option(
        False,
        "--reparse",
        help="Parse again articles stored already (after an upgrade), keeping reviews of the contradictions found again",
    ),
    timeout: float = TimeoutOpt,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors (no progress bar)"),
    jobs: Optional[int] = typer.Option(
        None, "--jobs", "-j", min=1, help="Worker processes that parse (default and most: the cores it may use)"
    ),
    dask: Optional[str] = typer.Option(
        None,
        "--dask",
        metavar="ADDRESS",
        help="Parse on a Dask cluster: its scheduler (tcp://HOST:8786), or local:N for N workers here",
    ),
    db: DbPath = None,
):
    """Store articles and their claims, and update contradictions.

    Example:

        factcheck ingest seeds/kazakh-protesters.txt --outlet RFE/RL
    """
    from .ingest import ingest as run

    meta = {"title": title, "url": url, "outlet": outlet, "published": published}
    if dask and jobs:
        raise UsageError("give --jobs or --dask, not both", "with --dask the cluster's workers parse")
    if dask:
        from .cluster import local_workers

        local_workers(dask)  # local:0 is a usage error before anything is read
    bad: list = []
    articles = _read_inputs(paths or [], feed, skip_bad, meta, bad, timeout)
    total = articles.total if feed else len(articles)  # None: a feed read once, as it comes
    feeds = len(articles.sources) if feed else 0
    if feed:
        articles = (a.model_copy(update={k: v for k, v in meta.items() if v and not getattr(a, k)}) for a in articles)
    from .ingest import default_jobs

    cores = default_jobs()
    if jobs and jobs > cores and not quiet:
        typer.echo(f"Note: --jobs {jobs} is more than the {cores} cores this process may use; using {cores}", err=True)
    with _dask_client(dask) as client:  # an unreachable scheduler: one line, before the database is touched
        database = _open(db, create=True)
        with typer.progressbar(
            length=total or 0,
            label="Ingesting",
            file=sys.stderr,
            show_pos=True,
            hidden=quiet or total is None or (not feed and total < 2) or not sys.stderr.isatty(),
        ) as bar:
            stats = run(
                database,
                articles,
                jobs=min(jobs or cores, cores),
                on_article=lambda article, n: bar.update(1),
                client=client,
                reparse=reparse,
            )
    for name, number, reason in bad:
        typer.echo(f"Skipped {'feed' if feeds == 1 else name} line {number}: {reason}", err=True)
    if not quiet:
        typer.echo(stats.line(), err=True)


def _dask_client(address: Optional[str]):
    """A Dask client for --dask ADDRESS (cluster.connect), or nothing to enter without it."""
    from contextlib import nullcontext

    if not address:
        return nullcontext()
    from .cluster import connect

    return connect(address)


@app.command()
@output_options
def extract(
    paths: list[str] = typer.Argument(None, help="Article files (.txt, .md, .html), URLs, or - for standard input"),
    feed: Optional[list[str]] = typer.Option(None, "--feed", help=FEED_HELP),
    outlet: Optional[str] = typer.Option(None, "--outlet", help="The publishing outlet (the narrator)"),
    skip_bad: bool = typer.Option(False, "--skip-bad", help="Skip malformed feed lines"),
    timeout: float = TimeoutOpt,
    fmt: str = "table",
):
    """Print the claims found in articles, without storing anything.

    Example:

        factcheck extract seeds/kazakh-protesters.txt --json
    """
    from .extract import extract_many

    bad: list = []
    articles = _read_inputs(paths or [], feed, skip_bad, {"outlet": outlet}, bad, timeout)
    rows = []
    for _, claims in extract_many(articles):
        rows += _rows(claims)
    typer.echo(render.render(rows, fmt, CLAIM_COLUMNS, CLAIM_WIDTHS))


@app.command()
@output_options
def claims(
    source: Optional[str] = typer.Option(None, "--source", help="Only this source (name, alias or id)"),
    article: Optional[str] = typer.Option(None, "--article", help="Only this article id"),
    stance: Optional[StanceChoice] = typer.Option(None, "--stance", help="Only this stance"),
    search: Optional[str] = typer.Option(None, "--search", help="Full-text search in content, speaker, sentence"),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="At most this many"),
    fmt: str = "table",
    db: DbPath = None,
):
    """List stored claims.

    Example:

        factcheck claims --source China --json
    """
    rows = _rows(
        _open(db).claims(
            source=source,
            article=article,
            stance=stance.value if stance else None,
            search=search,
            limit=limit,
        )
    )
    typer.echo(render.render(rows, fmt, CLAIM_COLUMNS, CLAIM_WIDTHS))


@sources_app.callback()
@output_options
def sources(
    ctx: typer.Context,
    fmt: str = "table",
    db: DbPath = None,
):
    """List sources with their kind and claim count.

    Example:

        factcheck sources --csv
    """
    if ctx.invoked_subcommand:
        return
    typer.echo(
        render.render(
            _rows(_open(db).sources()),
            fmt,
            ["id", "name", "kind", "affiliation", "claims", "aliases"],
            {"id": 40, "name": 40, "affiliation": 30},
        )
    )


@sources_app.command("alias")
def sources_alias(
    alias: str = typer.Argument(..., help="Another name for the source, as articles write it"),
    source: str = typer.Argument(..., help="The source's name or id"),
    db: DbPath = None,
):
    """Make ALIAS another name of SOURCE for articles ingested from now on.

    Example:

        factcheck sources alias "Foggy Bottom" "U.S. State Department"
    """
    target = _open(db).add_alias(alias, source)
    typer.echo(f"{alias!r} is now an alias of {target.name} [{target.id}]")


@sources_app.command("merge")
def sources_merge(
    merged: str = typer.Argument(..., help="The source to fold in (name or id)"),
    into: str = typer.Argument(..., help="The source that remains (name or id)"),
    db: DbPath = None,
):
    """Merge source A into source B: A's claims become B's, A's name an alias of B.

    Example:

        factcheck sources merge Beijing China
    """
    target = checking.merge_sources(_open(db), merged, into)
    typer.echo(f"Merged {merged!r} into {target.name} [{target.id}]; contradictions rechecked")


@app.command()
@output_options
def articles(
    fmt: str = "table",
    db: DbPath = None,
):
    """List stored articles with their claim counts.

    Example:

        factcheck articles --json
    """
    typer.echo(
        render.render(
            _rows(_open(db).articles()), fmt, ["id", "title", "outlet", "published", "words", "claims"], {"title": 60}
        )
    )


@app.command()
@output_options
def contradictions(
    status: StatusChoice = typer.Option(StatusChoice.open, "--status", help="open, confirmed, dismissed or all"),
    article: Optional[str] = typer.Option(None, "--article", help="Only pairs with a claim of this article"),
    source: Optional[str] = typer.Option(None, "--source", help="Only pairs with a claim of this source"),
    kind: Optional[KindChoice] = typer.Option(
        None, "--kind", help="denial, negation, numeric, description, rebuttal, changed position"
    ),
    min_score: Optional[float] = typer.Option(
        None,
        "--min-score",
        min=0.0,
        max=1.0,
        help="Only scores at least this (default: the shipped threshold; 0 shows all)",
    ),
    fmt: str = "table",
    db: DbPath = None,
):
    """List contradictions between claims, highest score first.

    Example:

        factcheck contradictions --status all --json
    """
    from .contradict import DEFAULT_MIN_SCORE

    items = _open(db).contradictions(
        status=status.value,
        article=article,
        source=source,
        kind=kind.value if kind else None,
        min_score=DEFAULT_MIN_SCORE if min_score is None else min_score,
        reviewed_always=min_score is None,
    )
    typer.echo(
        render.render(
            _contra_rows(_rows(items), fmt), fmt, CONTRA_COLUMNS, {"source_a": 24, "source_b": 24, "explanation": 70}
        )
    )


@app.command()
def review(
    contradiction_id: str = typer.Argument(..., metavar="ID", help="The contradiction's id"),
    confirm: bool = typer.Option(False, "--confirm", help="Mark it confirmed"),
    dismiss: bool = typer.Option(False, "--dismiss", help="Mark it dismissed"),
    reopen: bool = typer.Option(False, "--reopen", help="Mark it open again"),
    note: Optional[str] = typer.Option(None, "--note", help="Why: kept with the decision"),
    db: DbPath = None,
):
    """Record a journalist's decision on a contradiction.

    Example:

        factcheck review 3f2a9c1d0b7e --confirm --note "Checked against the 2019 report"
    """
    chosen = [s for s, on in (("confirmed", confirm), ("dismissed", dismiss), ("open", reopen)) if on]
    if len(chosen) != 1:
        raise UsageError("give exactly one of --confirm, --dismiss, --reopen")
    rec = _open(db).review(contradiction_id, chosen[0], note)
    typer.echo(f"{rec.id}: {rec.status}" + (f" ({rec.note})" if rec.note else ""))


@app.command()
def recheck(db: DbPath = None):
    """Recompute contradictions for the whole database, keeping reviews.

    Example:

        factcheck recheck
    """
    total, added = checking.recheck(_open(db))
    typer.echo(f"{total} contradictions, {added} new", err=True)


@app.command()
def demo(db: DbPath = None):
    """Ingest the seed article and show its sources, claims and contradictions.

    Example:

        factcheck demo
    """
    from .ingest import ingest as run
    from .reader import read_article

    seed = resources.files("factcheck") / "seeds" / "kazakh-protesters.txt"
    with resources.as_file(seed) as path:
        article = read_article(str(path), outlet="RFE/RL")
    database = _open(db, create=True)
    run(database, [article], reparse=True)  # this version's claims, though an older one stored the seed
    rows = _rows(database.claims(article=article.id))
    items = _rows(database.contradictions(status="all", article=article.id))
    typer.echo(render.summary({"id": article.id, "title": article.title}, rows, items))
    typer.echo(f"\nStored in {db_path(db)}. Next: factcheck claims, factcheck contradictions", err=True)


@eval_app.command("polnear")
def eval_polnear(
    path: str = typer.Argument(..., help="PolNeAR JSON Lines file ({article, text, attributions}), - for stdin"),
    json_: bool = typer.Option(False, "--json", help="Output the figures as JSON"),
    errors: int = typer.Option(0, "--errors", min=0, help="Also print the N worst-found gold attributions"),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Score only the first N articles"),
):
    """Score attribution extraction (source, cue, content) on PolNeAR: exact and token P/R/F1.

    Example:

        factcheck eval polnear ../shared/data/polnear/polnear_dev_single.jsonl --errors 20
    """
    import json

    from .evaluate_polnear import evaluate, public, render_misses, render_report

    result = evaluate(path, limit=limit)
    typer.echo(json.dumps(public(result), indent=2) if json_ else render_report(result))
    if errors:  # with --json the misses go to stderr, so stdout stays one JSON document
        typer.echo(render_misses(result, errors), err=json_)


@eval_app.command("emergent")
def eval_emergent(
    path: str = typer.Argument(..., help="Emergent CSV (claimId, articleId, claimHeadline, articleHeadline, stance)"),
    json_: bool = typer.Option(False, "--json", help="Output the figures as JSON"),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Score only the headlines of the first N claims"),
):
    """Score contradiction detection on Emergent headlines: pair precision, recall and F1.

    Every headline becomes an article of its own outlet in a temporary database; a reported
    pair is right when one headline is `for` and the other `against` the same claim.

    Example:

        factcheck eval emergent ../shared/data/emergent/emergent_train.csv
    """
    import json

    from .evaluate_emergent import evaluate

    result = evaluate(path, limit=limit)
    typer.echo(json.dumps(result.as_dict(), indent=2) if json_ else "\n".join(result.lines()))


@eval_app.command("news")
def eval_news(
    gold: str = typer.Argument(..., help="Gold JSON of the news-dev format (articles with claims and contradictions)"),
    texts: str = typer.Argument(..., help="Folder holding <name>.txt for each gold article"),
    min_score: Optional[float] = typer.Option(
        None, "--min-score", min=0.0, max=1.0, help="Score pairs at or above this (default: the shipped threshold)"
    ),
    errors: int = typer.Option(0, "--errors", min=0, help="Also list up to N misses and false pairs of each kind"),
    json_: bool = typer.Option(False, "--json", help="Output the figures as JSON"),
):
    """Score claims and contradictions on real news excerpts: recall, precision, pairs across stories.

    All articles go into one temporary database, as a newsroom's would; a pair joining two of
    them is a false lead.

    Example:

        factcheck eval news ../shared/data/news-dev/gold.json data/news-dev --errors 20
    """
    import json

    from .evaluate_news import evaluate, render_misses

    result = evaluate(gold, texts, min_score=min_score)
    typer.echo(json.dumps(result.public(), indent=2) if json_ else "\n".join(result.lines()))
    if errors:
        typer.echo(render_misses(result, errors), err=json_)


@app.command()
def serve(
    port: int = typer.Option(8001, "--port", "-p", min=1, max=65535, help="Port to listen on"),
    host: str = typer.Option(
        "127.0.0.1", "--host", help="Address to bind; 0.0.0.0 makes it reachable from other machines"
    ),
    open_browser: bool = typer.Option(False, "--open", "-o", help="Open the contradictions page in a web browser"),
    db: DbPath = None,
):
    """Browse claims, sources and contradictions in Datasette (Ctrl-C stops it).

    Example:

        factcheck serve --open
    """
    from .serve import serve as run

    run(db_path(db), host=host, port=port, open_browser=open_browser)


class ReportFormat(str, Enum):
    markdown = "markdown"
    html = "html"


class ExportFormat(str, Enum):
    claimreview = "claimreview"
    jsonl = "jsonl"
    csv = "csv"


def _write_output(text: str, output: Optional[str]) -> None:
    """Print `text`, or write it to the file `output` and say so on stderr. The file is written
    beside it under a temporary name, then renamed: a full disk or a kill leaves the old file
    whole, never a truncated one (a device or a pipe, e.g. /dev/stdout, is written directly)."""
    import tempfile

    if not output or output == "-":
        typer.echo(text, nl=not text.endswith("\n"))
        return
    refuse_symlink_loop(output, "give another --output path")
    target = os.path.realpath(output)  # a symlink stays a symlink; its target is replaced
    temp = None
    try:
        if os.path.exists(target) and not os.path.isfile(target):
            Path(target).write_text(text, encoding="utf-8")
        else:
            fd, temp = tempfile.mkstemp(
                dir=os.path.dirname(target), prefix=f".{os.path.basename(target)}.", suffix=".tmp"
            )
            with open(fd, "w", encoding="utf-8") as f:
                f.write(text)
                f.flush()
                os.fsync(f.fileno())
            mask = os.umask(0)
            os.umask(mask)
            os.chmod(temp, os.stat(target).st_mode & 0o7777 if os.path.exists(target) else 0o666 & ~mask)
            os.replace(temp, target)
            temp = None
    except OSError as e:
        raise FactcheckError(f"cannot write {output}: {e.strerror}", "give a writable --output path") from e
    finally:
        if temp is not None:
            Path(temp).unlink(missing_ok=True)
    typer.echo(f"Wrote {output}", err=True)


@app.command()
def report(
    article_id: Optional[str] = typer.Argument(
        None, metavar="ARTICLE_ID", help="One article's id (default: every article)"
    ),
    format_: ReportFormat = typer.Option(ReportFormat.markdown, "--format", "-f", help="markdown or html"),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write to this file instead of standard output"),
    min_score: Optional[float] = typer.Option(
        None,
        "--min-score",
        min=0.0,
        max=1.0,
        help="Open contradictions scored at least this (default: the shipped threshold)",
    ),
    db: DbPath = None,
):
    """Write a readable report of articles, in Markdown or HTML.

    Per article: the sources with their claims, then the contradictions side by side. The
    HTML report is one self-contained file: the article text with each claim highlighted in
    its source's colour, a legend and a diagram of which sources contradict which.

    Example:

        factcheck report --format html --output report.html
    """
    from . import report as reports

    items = reports.gather(_open(db), article_id, min_score=min_score)
    text = reports.html_report(items) if format_ == ReportFormat.html else reports.markdown(items)
    _write_output(text, output)


@app.command()
def verdict(
    claim_id: str = typer.Argument(..., metavar="CLAIM_ID", help="The claim's id (see factcheck claims)"),
    rating: Optional[str] = typer.Option(None, "--rating", help="The verdict, e.g. False, Misleading, Accurate"),
    note: Optional[str] = typer.Option(None, "--note", help="Why: shown in reports and ClaimReview"),
    url: Optional[str] = typer.Option(None, "--url", help="The published fact-check's URL"),
    remove: bool = typer.Option(False, "--remove", help="Delete the claim's verdict"),
    db: DbPath = None,
):
    """Record a fact-checker's verdict on a claim.

    One verdict a claim: a new one replaces it. Kept through re-ingests; shown in reports.

    Example:

        factcheck verdict 18a9dc624aed --rating False --note "Satellite images show camps" --url https://example.org/check
    """
    database = _open(db)
    if remove:
        if rating or note or url:
            raise UsageError("--remove takes no --rating, --note or --url")
        database.delete_verdict(claim_id)
        typer.echo(f"{claim_id}: verdict removed")
        return
    if not rating or not rating.strip():
        raise UsageError("give the verdict with --rating TEXT, e.g. --rating False")
    from .web import url_problem

    if url and url_problem(url):
        raise UsageError(f"--url {url!r} is not a web address", "give the fact-check's http(s) URL")
    rec = database.save_verdict(claim_id, rating.strip(), note, url)
    typer.echo(f"{rec.claim}: {rec.rating} ({rec.source}: {rec.content[:60]})")


@app.command()
@output_options
def verdicts(
    article: Optional[str] = typer.Option(None, "--article", help="Only claims of this article id"),
    fmt: str = "table",
    db: DbPath = None,
):
    """List fact-checkers' verdicts with the claims they judge.

    Example:

        factcheck verdicts --csv
    """
    typer.echo(
        render.render(
            _rows(_open(db).verdicts(article=article)),
            fmt,
            ["claim", "rating", "source", "content", "note"],
            {"content": 60, "note": 40},
        )
    )


@app.command()
def export(
    format_: ExportFormat = typer.Option(..., "--format", "-f", help="claimreview (JSON-LD), jsonl or csv"),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write to this file instead of standard output"),
    org: Optional[str] = typer.Option(
        None,
        "--org",
        envvar="FACTCHECK_ORG",
        help="The fact-checking organization (ClaimReview author); or $FACTCHECK_ORG",
    ),
    org_url: Optional[str] = typer.Option(
        None, "--org-url", envvar="FACTCHECK_ORG_URL", help="Its web site; or $FACTCHECK_ORG_URL", callback=_web_address
    ),
    db: DbPath = None,
):
    """Export verdicts as ClaimReview JSON-LD, or every claim as JSON Lines or CSV.

    Example:

        factcheck export --format claimreview --org "Example Fact Check" --output claimreview.json
    """
    from . import export as exports

    database = _open(db)
    if format_ == ExportFormat.claimreview:
        if not org or not org.strip():
            raise UsageError("ClaimReview needs the fact-checking organization", "give --org NAME or set FACTCHECK_ORG")
        reviews = exports.claim_reviews(database, org.strip(), org_url)
        missing = sum("url" not in r for r in reviews)
        if missing:
            typer.echo(
                f"Warning: {missing} verdict{'s' * (missing != 1)} without --url; search engines "
                "need the fact-check's URL (factcheck verdict ID --rating ... --url URL)",
                err=True,
            )
        text = exports.claim_reviews_json(reviews)
    elif format_ == ExportFormat.jsonl:
        text = exports.jsonl(database)
    else:
        text = exports.csv(database)
    _write_output(text, output)


def main() -> None:
    # Loading the model and the taggers allocates millions of objects that live as long as the
    # process: collecting after every 700 allocations would walk them again and again.
    gc.set_threshold(50_000, 20, 20)
    keep_out_torch()
    signal.signal(signal.SIGTERM, functools.partial(_terminated, os.getpid()))
    try:
        app(prog_name="factcheck")
    except SystemExit as e:
        if model_loaded():
            _end_at_once(e.code)
        raise


def _end_at_once(code) -> None:
    """End a process that parsed without freeing the model's millions of objects one by one,
    which takes a quarter of a second of a cold `ingest` and serves nothing. Whatever the
    command wrote is kept as at a normal end: its databases are closed first (their WAL merged
    into the file), and its output flushed. Its worker processes and clusters were ended by the
    command itself."""
    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    close_all()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can be said
            pass
    os._exit(code or 0)


def _terminated(main_pid: int, signum, frame) -> None:
    """SIGTERM stops a command as Ctrl-C does (OneLineErrors says what was kept)."""
    if os.getpid() != main_pid:  # a worker forked a moment ago, before it set its own handling
        os._exit(128 + signum)
    # `timeout` sends SIGTERM to the command and then to its whole process group: once is enough
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    raise Terminated()


if __name__ == "__main__":
    main()
