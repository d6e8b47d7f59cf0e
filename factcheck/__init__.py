"""factcheck: attributed claims and contradictions in news articles.

The names in __all__ are the library's public API (README: "Using factcheck from Python"):
read articles, extract their claims, keep them in a database and query it. Extracting and
storing are `extract_many` here and `factcheck.extract.extract` / `factcheck.ingest.ingest`,
whose names are taken at this level by their modules.
"""

from .db import (
    add_alias,
    articles,
    claims,
    contradictions,
    merge_sources,
    open_db,
    recheck,
    review,
    save_verdict,
    sources,
    verdicts,
)
from .errors import FactcheckError
from .extract import extract_many
from .models import Article, Claim, Contradiction
from .reader import read_article, read_feeds

__version__ = "0.1.0"

__all__ = [
    # records
    "Article",
    "Claim",
    "Contradiction",
    "FactcheckError",
    # articles in, claims out (nothing stored)
    "read_article",
    "read_feeds",
    "extract_many",
    # the database: open (created or migrated), then query and review
    "open_db",
    "claims",
    "contradictions",
    "sources",
    "articles",
    "verdicts",
    "review",
    "recheck",
    "add_alias",
    "merge_sources",
    "save_verdict",
]
