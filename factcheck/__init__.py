"""factcheck: attributed claims and contradictions in news articles.

The names in __all__ are the library's public API (README: "Using factcheck from Python"):
read articles, extract their claims, keep them in a database (Store) and query it. Extracting
and storing are `extract_many` here and `factcheck.extract.extract` / `factcheck.ingest.ingest`,
whose names are taken at this level by their modules.
"""

from .checking import merge_sources, recheck
from .db import Store
from .errors import FactcheckError
from .extract import extract_many
from .models import Article, ArticleSummary, Claim, Contradiction, SourceSummary, Verdict
from .reader import read_article, read_feeds

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
