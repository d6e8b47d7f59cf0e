"""factcheck: attributed claims and contradictions in news articles."""

__version__ = "0.1.0"
