"""A parsed paragraph as plain per-token lists, read out of spaCy once.

spaCy makes a new Python object, and a new string, on every token attribute read; the tagger
and the proposition keys read the same attributes of the same tokens many times over. `Parse`
reads them all in a few `Doc.to_array` calls instead."""

from __future__ import annotations

import sys
from itertools import accumulate
from operator import add
from typing import Any

COLUMNS = [
    *("DEP", "POS", "TAG", "LEMMA", "LOWER", "LIKE_NUM", "ORTH", "SHAPE"),
    *("ENT_TYPE", "ENT_IOB", "IS_STOP", "IS_PUNCT", "IS_ALPHA", "SENT_START", "SPACY"),
    *("IS_SPACE", "HEAD"),
]
IOB = ("", "I", "O", "B")  # spaCy's ENT_IOB values as Token.ent_iob_ gives them


class Strings(dict):
    """spaCy's strings by their ids, each made once: the same Python string comes back for the
    same word, and so its hash is worked out once, whatever dictionaries it is looked up in."""

    LIMIT = 200_000  # strings kept; a larger vocabulary starts again

    def __init__(self, store, lower: bool = False):
        super().__init__()
        self.store, self.lower = store, lower

    def __missing__(self, key: int) -> str:
        if len(self) >= self.LIMIT:
            self.clear()
        text = self.store[key] if key else ""
        # interned: compared with a word of a table or a set (the taggers' tables are interned
        # too), the very same string is found at once, not an equal one character by character
        text = self[key] = sys.intern(text.lower() if self.lower else text)
        return text


_cache: dict[tuple[int, bool], Strings] = {}


def _strings(store) -> Strings:
    return _for(store, False)


def _lower_lemmas(store) -> Strings:
    return _for(store, True)


def _for(store, lower: bool) -> Strings:
    found = _cache.get((id(store), lower))
    if found is None or found.store is not store:
        found = _cache[id(store), lower] = Strings(store, lower)
    return found


class Parse:
    """Per-token arrays of one parsed paragraph `doc`."""

    _last: Parse | None = None

    def __init__(self, doc):
        self.doc = doc
        self.tokens = toks = list(doc)
        n = len(toks)
        # string attributes by their ids in one array (no Token object per attribute read)
        cols = doc.to_array(COLUMNS).T.tolist() if n else [[]] * len(COLUMNS)
        (
            dep,
            pos,
            tag,
            lemma,
            lower,
            like_num,
            orth,
            shape,
            ent_type,
            ent_iob,
            is_stop,
            is_punct,
            is_alpha,
            sent_start,
            spacy,
            is_space,
            head,
        ) = cols
        # HEAD is the offset to the head, as an unsigned 64-bit number
        self.head = [i + r if r < 2**63 else i + r - 2**64 for i, r in enumerate(head)]
        string = _strings(doc.vocab.strings).__getitem__
        self.dep = list(map(string, dep))
        self.pos = list(map(string, pos))
        self.tag = list(map(string, tag))
        self.lemma = list(map(_lower_lemmas(doc.vocab.strings).__getitem__, lemma))
        self.lower = list(map(string, lower))
        self.like_num = list(map(bool, like_num))
        self.word = ["#num" if num else w for w, num in zip(self.lower, like_num)]
        self.text = list(map(string, orth))
        self.shape = list(map(string, shape))
        self.ent_type = list(map(string, ent_type))
        self.ent_iob = list(map(IOB.__getitem__, ent_iob))
        self.is_stop = list(map(bool, is_stop))
        self.is_punct = list(map(bool, is_punct))
        self.is_alpha = list(map(bool, is_alpha))
        self.is_space = list(map(bool, is_space))
        # doc.text, which spaCy joins again from a Token object per token on every read
        self.string = "".join(map(add, self.text, [" " if x else "" for x in spacy]))
        self.children: list[list[int]] = [[] for _ in toks]
        for i, h in enumerate(self.head):
            if h != i:
                self.children[h].append(i)
        # sentences as doc.sents splits them: 1 starts one, and so does the first token
        self.sent_start = [x == 1 for x in sent_start]
        if n:
            self.sent_start[0] = True
        self.sent = list(accumulate(self.sent_start, initial=-1))[1:]
        # what other modules work out once per token of this paragraph (propositions.Facts)
        self.memo: dict[int, Any] = {}

    @classmethod
    def of(cls, doc) -> Parse:
        """The arrays of `doc`, made once while one paragraph after another is read (the
        paragraph read last is kept: no cycle through the Doc, nothing in its user_data)."""
        P = cls._last
        if P is None or P.doc is not doc:
            P = cls._last = cls(doc)
        return P

    @classmethod
    def forget(cls, doc) -> None:
        """Drop the arrays kept for `doc`, whose annotations were changed after they were made."""
        if cls._last is not None and cls._last.doc is doc:
            cls._last = None

    def chain(self, i: int) -> list[int]:
        out = [i]
        while self.head[out[-1]] != out[-1] and len(out) < 60:
            out.append(self.head[out[-1]])
        return out
