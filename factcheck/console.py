"""The `factcheck` command's entry point. It keeps out of the process what other installed
packages would import and no command uses (factcheck.nlp.keep_out_unused), before any module of
factcheck's own that would import them, and then runs the command line."""

from __future__ import annotations


def main() -> None:
    from .nlp import keep_out_unused  # factcheck.nlp imports neither spaCy nor sqlite-utils

    keep_out_unused()
    from .cli import main as run

    run()
