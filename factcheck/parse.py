"""A parsed paragraph as plain per-token lists, read out of spaCy once.

spaCy makes a new Python object, and a new string, on every token attribute read; the tagger
and the proposition keys read the same attributes of the same tokens many times over. `Parse`
reads them all in a few `Doc.to_array` calls instead."""

from __future__ import annotations

import sys
from operator import add
from typing import Any

COLUMNS = [
    *("DEP", "POS", "TAG", "LEMMA", "LOWER", "LIKE_NUM", "ORTH", "SHAPE"),
    *("ENT_TYPE", "ENT_IOB", "IS_STOP", "IS_PUNCT", "IS_ALPHA", "SENT_START", "SPACY"),
    "IS_SPACE",
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
        rel = doc.to_array("HEAD").tolist() if n else []
        self.head = [i + int(r) if r < 2**31 else i + int(r) - 2**64 for i, r in enumerate(rel)]
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
        ) = cols
        string = _strings(doc.vocab.strings).__getitem__
        self.dep = list(map(string, dep))
        self.pos = list(map(string, pos))
        self.tag = list(map(string, tag))
        self.lemma = list(map(_lower_lemmas(doc.vocab.strings).__getitem__, lemma))
        self.lower = list(map(string, lower))
        self.like_num = [bool(x) for x in like_num]
        self.word = ["#num" if num else w for w, num in zip(self.lower, self.like_num)]
        self.text = list(map(string, orth))
        self.shape = list(map(string, shape))
        self.ent_type = list(map(string, ent_type))
        self.ent_iob = [IOB[x] for x in ent_iob]
        self.is_stop = [bool(x) for x in is_stop]
        self.is_punct = [bool(x) for x in is_punct]
        self.is_alpha = [bool(x) for x in is_alpha]
        self.is_space = [bool(x) for x in is_space]
        # doc.text, which spaCy joins again from a Token object per token on every read
        self.string = "".join(map(add, self.text, [" " if x else "" for x in spacy]))
        self.children: list[list[int]] = [[] for _ in toks]
        for i, h in enumerate(self.head):
            if h != i:
                self.children[h].append(i)
        self.sent = [0] * n
        self.sent_start = [False] * n
        k = -1
        for i, start in enumerate(sent_start):  # as doc.sents splits: 1 starts a sentence
            if start == 1 or i == 0:
                k += 1
                self.sent_start[i] = True
            self.sent[i] = k
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

    def chain(self, i: int) -> list[int]:
        out = [i]
        while self.head[out[-1]] != out[-1] and len(out) < 60:
            out.append(self.head[out[-1]])
        return out
