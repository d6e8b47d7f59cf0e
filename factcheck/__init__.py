"""factcheck: attributed claims and contradictions in news articles.

The names in __all__ are the library's public API (README: "Using factcheck from Python"):
read articles, extract their claims, keep them in a database (Store) and query it. Extracting
and storing are `extract_many` here and `factcheck.extract.extract` / `factcheck.ingest.ingest`,
whose names are taken at this level by their modules.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

# Each public name and the module that defines it, imported on first use (PEP 562): `import
# factcheck` costs nothing, and the command line (factcheck/console.py) can keep out what it never
# uses before any of the modules below is imported.
_PUBLIC = {
    "merge_sources": "checking",
    "recheck": "checking",
    "Store": "db",
    "FactcheckError": "errors",
    "extract_many": "extract",
    "Article": "models",
    "ArticleSummary": "models",
    "Claim": "models",
    "Contradiction": "models",
    "SourceSummary": "models",
    "Verdict": "models",
    "read_article": "reader",
    "read_feeds": "reader",
}

if TYPE_CHECKING:
    from .checking import merge_sources, recheck
    from .db import Store
    from .errors import FactcheckError
    from .extract import extract_many
    from .models import Article, ArticleSummary, Claim, Contradiction, SourceSummary, Verdict
    from .reader import read_article, read_feeds


def __getattr__(name: str):
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_PUBLIC))


__version__ = "0.1.0"

__all__ = [
    # records
    "Article",
    "Claim",
    "Contradiction",
    "SourceSummary",
    "ArticleSummary",
    "Verdict",
    "FactcheckError",
    # articles in, claims out (nothing stored)
    "read_article",
    "read_feeds",
    "extract_many",
    # the database: Store(path) opens it (created or migrated); its methods query and review
    "Store",
    # contradictions found again over the whole database; sources merged, then rechecked
    "recheck",
    "merge_sources",
]
