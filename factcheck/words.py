"""The extractor's word lists, read from factcheck/data/words/NAME.txt (once, on first use).

Each file opens with `#` lines that say what its words are for, which module reads them and
where they come from; then one entry a line (a word or a phrase). A table's row has its
fields separated by `|` ("call for | demands"). Blank lines and `#` lines are skipped."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DIR = Path(__file__).resolve().parent / "data" / "words"


@lru_cache(maxsize=None)
def _entries(name: str) -> tuple[str, ...]:
    lines = (DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))


def word_list(name: str) -> list[str]:
    """The entries of a word list, in the file's order."""
    return list(_entries(name))


def word_set(name: str) -> set[str]:
    """The entries of a word list, as a set."""
    return set(_entries(name))


def phrases(name: str) -> list[tuple[str, ...]]:
    """A list of phrases, each as a tuple of its words ("more than" -> ("more", "than"))."""
    return [tuple(entry.split()) for entry in _entries(name)]


def table(name: str) -> list[list[str]]:
    """The rows of a table, each a list of its fields."""
    return [[field.strip() for field in entry.split("|")] for entry in _entries(name)]
