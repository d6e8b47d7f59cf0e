"""A learned attribution tagger over spaCy's parse, in the spirit of BBC Citron.

Two averaged perceptrons (trained in pure Python; the weights ship as a NumPy archive of
feature strings and numbers, never article text):
- the cue tagger marks each token as part of a cue or not ("said", "has called for",
  "according to", a colon or dash introducing a quote);
- the span tagger, given one cue, marks each token of the paragraph as source, content or
  neither, from the dependency path between the token and the cue, their distance, the
  quotation marks around them, and the token's own features.
Trained on PolNeAR by scripts/train_attribution.py."""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from functools import cached_property, lru_cache
from itertools import chain, combinations, repeat
from operator import add
from pathlib import Path
from typing import Any

from .lexicon import person_nouns
from .parse import Parse
from .segment import CLOSING, DOUBLED, OPENING, STRAIGHT
from .segment import quotes as find_quotes
from .stance import CUE_STANCE, PHRASAL

WEIGHTS = Path(__file__).parent / "data" / "attribution.npz"
CUE_CLASSES = ("O", "C")
SPAN_CLASSES = ("O", "S", "C")
# Sentences around the cue whose tokens the span tagger labels (it learns from a wider window).
MAX_SENT_DISTANCE = 1
TRAIN_SENT_DISTANCE = 3
# ... and at most this many tokens either side of it: a cue's work stays bounded in a very
# long sentence (a paragraph of 5,000 tokens with no full stop would otherwise be quadratic).
MAX_TOKEN_DISTANCE = 100
QUOTE_MARKS = set(OPENING + CLOSING + STRAIGHT) | DOUBLED  # as tokens: '"', '“', "''", ...
# Tags of a finite verb, and of a clause's finite verb or modal ("grows", "said", "will").
FINITE = frozenset({"VBD", "VBZ", "VBP"})
FINITE_CLAUSE = FINITE | {"MD"}
_NAME_PHRASE_POS = {"PROPN", "NOUN", "ADJ", "DET", "ADP", "PART", "NUM", "CCONJ"}
_KEY_DEPS = {"ccomp", "xcomp", "nsubj", "nsubjpass", "dobj", "prep", "agent", "parataxis", "advcl", "mark"}
# The reporting lexicon of the rules, as a feature: it carries over to verbs rare in PolNeAR.
CUE_LEMMAS = set(CUE_STANCE) | {lemma for lemma, _ in PHRASAL} | {"accord"}
# Adverbs that say a clause is hearsay ("police reportedly raided ..."): a cue alone, as PolNeAR marks them.
HEARSAY_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "reputedly", "supposedly"})


class Perceptron:
    """A multi-class averaged perceptron over string features."""

    # Set by `load_model` on loaded weights; a trained one has none of them.
    matrix: Any  # numpy float32 array, one row per feature plus a zero row
    missing: int  # the zero row: unknown features
    index: dict[str, int]  # feature -> row of `matrix`, for the features outside `tables`
    tables: dict[str, dict]  # per template of TEMPLATES, its values' rows ({value: row}; `_tables`)
    archived: dict  # what `_archive` read of this tagger
    history: tuple[dict[str, int], dict[str, int]]  # per previous class, lemma -> its `_history` row

    def __init__(self, classes: tuple[str, ...]):
        self.classes = classes
        self.weights: dict[str, list[float]] = {}
        self._totals: dict[str, list[float]] = {}
        self._stamps: dict[str, list[int]] = {}
        self.i = 0

    def scores(self, feats: list[str]) -> list[float]:
        out = [0.0] * len(self.classes)
        w = self.weights
        for f in feats:
            row = w.get(f)
            if row is not None:
                for k, v in enumerate(row):
                    out[k] += v
        return out

    @cached_property
    def every(self) -> dict[str, int]:
        """Every feature string of the loaded weights and its row, the templates' too (for
        `ids`: the tagger itself reads the templates' values in `tables`)."""
        return _features(self.tables, self.archived)

    def ids(self, feats: list[str]) -> list[int]:
        """The rows of `matrix` for a feature list (loaded weights); unknown features: the zero row."""
        return list(map(self.every.get, feats, repeat(self.missing)))

    def batch_scores(self, rows: list[list[str]]):
        """Scores of many feature lists (loaded weights): an array with one row per list, its
        features' rows added one after the other in float32, as the taggers add them."""
        import numpy as np

        out = np.zeros((len(rows), len(self.classes)), dtype=np.float32)
        for n, feats in enumerate(rows):
            for row in self.ids(feats):
                out[n] += self.matrix[row]
        return out

    def column_ids(self, columns: list[tuple[str, list]], extra: list[list[str]]):
        """The rows of every token's features, as an array with one column per token: first
        those of `token_columns`, template by template, then its `extra` ones, padded with the
        zero row."""
        import numpy as np

        n = len(columns[0][1]) if columns else len(extra)
        width = max(map(len, extra), default=0)
        missing = self.missing
        rows = [list(map(self.tables[name].get, values, repeat(missing))) for name, values in columns]
        if width:
            get = self.index.get
            padded = [[missing] * n for _ in range(width)]
            for i, more in enumerate(extra):
                for k, f in enumerate(more):
                    padded[k][i] = get(f, missing)
            rows += padded
        return np.array(rows, dtype=np.intp).reshape(len(rows), n)

    def sum_ids(self, ids):
        """Scores of the columns of `column_ids`: each column's rows added in order, as
        `batch_scores` adds a feature list's (float32, so the same sums to the last bit)."""
        # a sum over the first axis adds the rows one after the other (NumPy sums pairwise
        # only along the last, contiguous axis)
        return self.matrix[ids].sum(axis=0)

    def predict(self, feats: list[str]) -> int:
        s = self.scores(feats)
        return max(range(len(s)), key=s.__getitem__)

    def update(self, truth: int, guess: int, feats: list[str]) -> None:
        self.i += 1
        if truth == guess:
            return
        n = len(self.classes)
        for f in feats:
            row = self.weights.setdefault(f, [0.0] * n)
            tot = self._totals.setdefault(f, [0.0] * n)
            st = self._stamps.setdefault(f, [0] * n)
            for k, delta in ((truth, 1.0), (guess, -1.0)):
                tot[k] += (self.i - st[k]) * row[k]
                st[k] = self.i
                row[k] += delta

    def average(self) -> None:
        for f, row in self.weights.items():
            tot, st = self._totals[f], self._stamps[f]
            for k in range(len(row)):
                tot[k] += (self.i - st[k]) * row[k]
                row[k] = round(tot[k] / self.i, 3) if self.i else row[k]
        self.weights = {f: row for f, row in self.weights.items() if any(abs(v) >= 0.001 for v in row)}
        self._totals, self._stamps = {}, {}


# -- features ---------------------------------------------------------------------------


# The features of a token that do not depend on a cue, template by template in the order the
# taggers add their weights (`token_columns`), with the parts of a value: "ld=" is a lemma and an
# arc ("ld=say|ccomp"), "ht=" the head's tag, the token's tag and its arc.
TEMPLATES = {
    **{"b": 1, "w=": 1, "l=": 1, "p=": 1, "t=": 1, "d=": 1, "ld=": 2, "lt=": 2, "hl=": 1, "hp=": 2},
    **{"e=": 1, "s=": 1, "q=": 1, "pw=": 1, "nw=": 1, "pt=": 1, "nt=": 1, "nw2=": 2, "pwl=": 2},
    **{"nq=": 1, "sent0=": 1, "lex=": 2, "hlex=": 2, "hld=": 2, "hkids=": 1, "lkids=": 2, "ht=": 3},
}


def token_columns(P: Parse, qidx: list[int]) -> tuple[list[tuple[str, list]], list[list[str]]]:
    """The features of each token that do not depend on a cue, template by template: for the
    templates every token has (TEMPLATES), (name, one value per token) in order, a value being a
    string or a tuple of strings joined by "|"; and per token the list of its other features.
    The taggers look each template's values up in its table (`Perceptron.tables`), not one
    string at a time."""
    n = len(P.head)
    if not n:
        return [(name, []) for name in TEMPLATES], []
    words, lemmas, tags, pos, deps, heads = P.word, P.lemma, P.tag, P.pos, P.dep, P.head
    ent_type, children = P.ent_type, P.children
    quote = list(map(QUOTE_MARKS.__contains__, P.text))
    h_lemma = list(map(lemmas.__getitem__, heads))
    prev_word = ["<s>", *words[:-1]]
    kid_deps = [list(map(deps.__getitem__, cs)) for cs in children]
    kids = [sorted(set(ds)) if ds else ds for ds in kid_deps]
    key_kids = ["|".join(filter(_KEY_DEPS.__contains__, ks)) if ks else "" for ks in kids]
    in_lexicon = list(map(str, map(CUE_LEMMAS.__contains__, lemmas)))
    values = [
        [""] * n,
        words,
        lemmas,
        pos,
        tags,
        deps,
        list(zip(lemmas, deps)),
        list(zip(lemmas, tags)),
        h_lemma,
        list(zip(map(pos.__getitem__, heads), deps)),
        list(map(add, P.ent_iob, ent_type)),
        [shape[:4] for shape in P.shape],
        ["1" if q else "0" for q in qidx],
        prev_word,
        [*words[1:], "</s>"],
        ["<s>", *tags[:-1]],
        [*tags[1:], "</s>"],
        list(zip([*words[1:], ""], [*words[2:], "", ""])),
        list(zip(prev_word, lemmas)),
        list(map(add, map(str, [*quote[1:], False]), map(str, [False, *quote[:-1]]))),
        list(map(str, P.sent_start)),
        list(zip(in_lexicon, pos)),
        list(zip(map(in_lexicon.__getitem__, heads), deps)),
        list(zip(h_lemma, deps)),
        list(map(key_kids.__getitem__, heads)),
        list(zip(lemmas, key_kids)),
        list(zip(map(tags.__getitem__, heads), tags, deps)),
    ]
    columns = list(zip(TEMPLATES, values))
    # per token, the first quotation mark at most 3 tokens from it
    near: list[int | None] = [None] * n
    for k in reversed([k for k, q in enumerate(quote) if q]):
        near[max(k - 3, 0) : k + 4] = repeat(k, min(k + 4, n) - max(k - 3, 0))
    extra = []
    for i in range(n):
        f = []
        ks = kids[i]
        if ks:
            ds = kid_deps[i]
            if "nsubj" in ds or "nsubjpass" in ds:
                sj = next(c for c, d in zip(children[i], ds) if d in {"nsubj", "nsubjpass"})
                sj_kind = ent_type[sj] or pos[sj]
                f += ["subj=" + sj_kind + "|" + lemmas[i], "subjt=" + (ent_type[sj] or tags[sj])]
        q = near[i]
        if q is not None:
            f += ["nearq=" + ("L" if q < i else "R") + "|" + pos[i], "nearql=" + lemmas[i]]
        if ks:
            if "ccomp" in ds:
                comp = children[i][ds.index("ccomp")]
                marks = sorted(P.lower[c] for c in children[comp] if deps[c] == "mark")
                f.append("ccompmark=" + "|".join(marks) + "|" + pos[i])
            f += ["k=" + k for k in ks]
            f += ["lk=" + lemmas[i] + "|" + k for k in ks if k in _LK_DEPS]
        extra.append(f)
    return columns, extra


def feature(name: str, value) -> str:
    """One feature string: a template's name and its value (a tuple's parts joined by "|")."""
    return name + (value if isinstance(value, str) else "|".join(value))


def token_features(doc, qidx: list[int], parse: Parse | None = None) -> list[list[str]]:
    """Features of each token that do not depend on a cue, as strings (for training)."""
    columns, extra = token_columns(parse or Parse(doc), qidx)
    out: list[list[str]] = [[] for _ in extra]
    for name, values in columns:
        for f, value in zip(out, values):
            f.append(feature(name, value))
    for f, more in zip(out, extra):
        f += more
    return out


# The span tagger reads the token's own features among the cue-free ones, "x"-prefixed.
SPAN_BASE = slice(1, 14)


_LK_DEPS = {"ccomp", "xcomp", "nsubj", "dobj", "prep", "prt", "advcl", "parataxis", "agent", "nsubjpass"}


def quote_index(doc, text: str, offset: int, parse: Parse | None = None) -> tuple[list[int], list]:
    """Per token: 1 + the index of the quotation it sits in, or 0; and the quotations."""
    qs = find_quotes(text, offset, offset + len(parse.string if parse else doc.text))
    tokens = parse.tokens if parse else list(doc)
    if not qs:
        return [0] * len(tokens), qs
    qidx = []
    for t in tokens:
        pos = t.idx + offset
        qidx.append(next((k + 1 for k, q in enumerate(qs) if q.start <= pos < q.end), 0))
    return qidx, qs


def _history(prev: int, lemma_feature: str) -> list[str]:
    """Features of the previous token's tag (the cue tagger reads left to right): alone, and
    with this token's lemma feature ("l=said")."""
    return ["prev=" + str(prev), "prevl=" + str(prev) + lemma_feature]


def _bucket(d: int) -> str:
    a = abs(d)
    b = a if a <= 3 else 5 if a <= 5 else 10 if a <= 10 else 20 if a <= 20 else 40 if a <= 40 else 99
    return ("-" if d < 0 else "+") + str(b)


# features of the span tagger made once, not for every candidate token
_DISTANCES = {d: "dist=" + _bucket(d) for d in range(-MAX_TOKEN_DISTANCE - 10, MAX_TOKEN_DISTANCE + 11)}
_SENT_DISTANCES = {d: str(d) for d in range(-TRAIN_SENT_DISTANCE, TRAIN_SENT_DISTANCE + 1)}
_RELS = {"L": "rel=L", "R": "rel=R"}


def span_features(
    doc,
    base: list[list[str]] | None,
    cue: list,
    qidx: list[int],
    qs,
    offset: int,
    parse: Parse | None = None,
    window: int = MAX_SENT_DISTANCE,
) -> tuple[list[int], list[list[str]]]:
    """For one cue (its tokens), the candidate tokens of the paragraph and their features; with
    no `base`, those that depend on the cue only (the tagger adds the token's own, `SPAN_BASE`)."""
    P = parse or Parse(doc)
    toks, heads, deps = P.tokens, P.head, P.dep
    cue_i = {t.i for t in cue}
    hi = next((t.i for t in cue if heads[t.i] not in cue_i or heads[t.i] == t.i), cue[0].i)
    head = toks[hi]
    lemma = head.lemma_.lower()
    cue_sn = P.sent[hi]
    c_chain = P.chain(hi)
    c_pos = {i: k for k, i in enumerate(c_chain)}
    first, last = min(cue_i), max(cue_i)
    cue_q = qidx[hi]
    # quotations adjacent to the cue: nothing but punctuation, spaces and a few words between
    adj = {}
    c0, c1 = toks[first].idx, toks[last].idx + len(toks[last].text)
    for k, q in enumerate(qs, 1):
        before = q.end - offset <= c0
        gap = P.string[q.end - offset : c0] if before else P.string[c1 : max(q.start - offset, c1)]
        adj[k] = ("L" if before else "R") + ("near" if len(gap.split()) <= 6 else "far")
    idx, feats = [], []
    # what is the same for every candidate, or for every candidate meeting the cue's chain at a node
    pos, sent = P.pos, P.sent
    cl, cd, ltop, cueq = "cl=" + lemma, "cd=" + deps[hi] + "|", "ltop=" + lemma + "|", "cueq=" + str(cue_q > 0) + "|"
    c_sides = {}  # node of the cue's chain -> (its arcs from the cue, the first of them)
    for k, node in enumerate(c_chain):
        c_side = [deps[x] for x in c_chain[:k]]
        c_sides[node] = ("/".join(c_side[:2]) if c_side else ".", c_side[0] if c_side else ".")
    for i in range(max(first - MAX_TOKEN_DISTANCE, 0), min(last + MAX_TOKEN_DISTANCE + 1, len(toks))):
        if i in cue_i:
            continue
        sd = sent[i] - cue_sn
        if abs(sd) > window:
            continue
        # dependency path: arcs from t up to the common ancestor, and from the cue up to it
        t_side = []
        node = i
        steps = 0
        while node not in c_pos and steps < 60:
            t_side.append(deps[node])
            if heads[node] == node:
                break
            node = heads[node]
            steps += 1
        cp, c_first = c_sides.get(node, ("?", "?"))
        tp = "/".join(t_side[-2:][::-1]) if t_side else "."
        rel = "L" if i < first else "R"
        q = qidx[i]
        qf = "nq" if not q else ("samecueq" if q == cue_q else "q" + adj.get(q, "x"))
        top = t_side[-1] if t_side else "self"
        sds = _SENT_DISTANCES.get(sd) or str(sd)
        f = [
            "path=" + tp + "^" + cp,
            "top=" + top + "^" + cp,
            ltop + top + "^" + c_first,
            "depth=" + str(min(len(t_side), 6)) + "|" + top,
            _RELS[rel],
            _DISTANCES.get(i - hi) or "dist=" + _bucket(i - hi),
            "sd=" + sds,
            "qf=" + qf,
            "qfr=" + qf + "|" + rel + "|" + sds,
            "relp=" + rel + "|" + pos[i] + "|" + top,
            cl,
            cd + top,
            cueq + qf,
        ]
        idx.append(i)
        feats.append(f + ["x" + b for b in base[i][SPAN_BASE]] if base is not None else f)
    return idx, feats


# -- gold examples ------------------------------------------------------------------------


def _tokens_in(doc, offset: int, spans) -> set[int]:
    out = set()
    for sp in spans:
        s, e = sp["start"] - offset, sp["end"] - offset
        for t in doc:
            if t.idx < e and s < t.idx + len(t.text) and not t.is_space:
                out.add(t.i)
    return out


def examples(data) -> dict[str, list]:
    """Training sequences from [(row, [(offset, doc), ...])]: per paragraph for cues, per gold cue for spans."""
    cue_ex, span_ex = [], []
    for row, docs in data:
        text = row["text"]
        atts = [a for a in row["attributions"] if a.get("cue")]
        for offset, doc in docs:
            end = offset + len(doc.text)
            parse = Parse(doc)
            qidx, qs = quote_index(doc, text, offset, parse)
            base = token_features(doc, qidx, parse)
            cue_tokens = set()
            for a in atts:
                if not (offset <= a["cue"][0]["start"] < end):
                    continue
                ct = _tokens_in(doc, offset, a["cue"])
                if not ct:
                    continue
                cue_tokens |= ct
                src = _tokens_in(doc, offset, a.get("source") or [])
                con = _tokens_in(doc, offset, a.get("content") or [])
                idx, feats = span_features(
                    doc, base, [doc[i] for i in sorted(ct)], qidx, qs, offset, parse, window=TRAIN_SENT_DISTANCE
                )
                labels = [1 if i in src else 2 if i in con else 0 for i in idx]
                span_ex.append(([[sys.intern(x) for x in f] for f in feats], labels))
            base = [[sys.intern(x) for x in f] for f in base]
            cue_ex.append((base, [1 if t.i in cue_tokens else 0 for t in doc]))
    return {"cue": cue_ex, "span": span_ex}


def train(ex: dict[str, list], epochs: int = 8, rng: random.Random | None = None) -> dict:
    rng = rng or random.Random(1)
    models = {"cue": Perceptron(CUE_CLASSES), "span": Perceptron(SPAN_CLASSES)}
    for name, model in models.items():
        if not ex[name]:
            continue
        seqs = list(ex[name])
        for epoch in range(epochs):
            rng.shuffle(seqs)
            wrong = total = 0
            for feats, labels in seqs:
                prev = 0
                for n, (f, y) in enumerate(zip(feats, labels)):
                    if name == "cue":
                        f = f + _history(prev, f[2])  # f[2]: its lemma feature
                    g = model.predict(f)
                    model.update(y, g, f)
                    wrong += g != y
                    total += 1
                    prev = g
            print(f"{name} epoch {epoch}: {wrong / max(total, 1):.4f} errors", file=sys.stderr)
        model.average()
    return {name: {"classes": list(m.classes), "weights": m.weights} for name, m in models.items()}


def templates_of(tagger: str) -> tuple[str, list[str]]:
    """The prefix of a tagger's template features and the templates it reads: the span tagger
    reads a token's own features "x"-prefixed ("xw=said"), those of `SPAN_BASE`."""
    if tagger == "span":
        return "x", list(TEMPLATES)[SPAN_BASE]
    return "", list(TEMPLATES)


def _tables(features: list[str], templates: dict[str, int]) -> tuple[list[int], dict[str, dict]]:
    """A tagger's features (row: the position) split into one table per template, {value: row},
    a value being what `token_columns` gives (a string, or a tuple of as many strings as the
    template has parts), and the rows of the other features. A feature "lkids=say|ccomp|nsubj"
    is the value ("say", "ccomp|nsubj") and ("say|ccomp", "nsubj") alike: every way of cutting it
    into parts, so that table.get(value) is the row of feature(name, value) for any value."""
    tables: dict[str, dict] = {name: {} for name in templates}
    rest = []
    for row, f in enumerate(features):
        name, eq, value = f.partition("=")  # a template's name ends at its only "="
        parts = templates.get(name + eq)
        bits = value.split("|") if parts and parts > 1 else [value]
        if parts is None or len(bits) < parts:
            rest.append(row)
            continue
        table = tables[name + eq]
        if parts == 1:
            table[value] = row
            continue
        for cut in combinations(range(1, len(bits)), parts - 1):
            ends = (0, *cut, len(bits))
            table[tuple("|".join(bits[i:j]) for i, j in zip(ends, ends[1:]))] = row
    return rest, tables


def _blob(strings: list[str]):
    import numpy as np

    # UTF-8 bytes: a NumPy unicode scalar is UTF-32 and slow to turn back into a str
    return np.frombuffer("\n".join(strings).encode("utf-8"), dtype=np.uint8)


def _strings(raw, count: int) -> list[str]:
    """The `count` strings of a `_blob` (none is no bytes, and so is one empty string)."""
    return raw.tobytes().decode("utf-8").split("\n") if count else []


def save(model: dict, path, prune: float = 0.0) -> None:
    """Write the weights as a compressed NumPy archive. The values of each template of
    TEMPLATES (their parts, one string a line) come with their rows, one row per feature of
    either tagger, so that one look-up in a table (`_tables`) finds a token's row in both
    taggers' matrices. Per tagger: its classes, a float16 matrix (the templates' rows, a tagger
    having zeros where the feature is the other's, then its other features), which template
    rows are its features, and its other features as strings (one a line). Features whose
    weights are all below `prune` in absolute value are left out."""
    import numpy as np

    joint: dict[str, dict] = {name: {} for name in TEMPLATES}  # per template, value -> shared row
    order: list[tuple[str, str]] = []  # per shared row, (template, its value's text)
    rows_of: dict[tuple[str, str], int] = {}
    split = {}
    for tagger, m in model.items():
        feats = [f for f, row in m["weights"].items() if max(abs(v) for v in row) >= prune and "\n" not in f]
        prefix, reads = templates_of(tagger)
        rest, tables = _tables(feats, {prefix + name: TEMPLATES[name] for name in reads})
        split[tagger] = feats, rest
        for name in reads:
            for value, row in tables[prefix + name].items():
                text = feats[row][len(prefix + name) :]
                if (name, text) not in rows_of:
                    rows_of[name, text] = len(order)
                    order.append((name, text))
                joint[name][value] = rows_of[name, text]
    arrays: dict[str, Any] = {"templates": np.array("\n".join(f"{t} {k}" for t, k in TEMPLATES.items()))}
    words: dict[str, int] = {}  # every part of a value once: they load as one string each
    for n, table in enumerate(joint.values()):
        parts = [p for v in table for p in ((v,) if isinstance(v, str) else v)]
        arrays[f"values{n}"] = np.array([words.setdefault(p, len(words)) for p in parts], dtype=np.int32)
        arrays[f"rows{n}"] = np.array(list(table.values()), dtype=np.int32)
    arrays["words"] = _blob(list(words))
    for tagger, m in model.items():
        (feats, rest), prefix = split[tagger], templates_of(tagger)[0]
        zero = [0.0] * len(m["classes"])
        mine = [m["weights"].get(prefix + name + text) for name, text in order]
        arrays[f"{tagger}.classes"] = np.array("\n".join(m["classes"]))
        arrays[f"{tagger}.prefix"] = np.array(prefix)
        arrays[f"{tagger}.own"] = np.array([w is not None for w in mine], dtype=np.uint8)
        arrays[f"{tagger}.features"] = _blob([feats[r] for r in rest])
        weights = [w or zero for w in mine] + [m["weights"][feats[r]] for r in rest]
        arrays[f"{tagger}.weights"] = np.array(weights, dtype=np.float16).reshape(len(weights), len(zero))
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        np.savez_compressed(fh, **arrays)


def _archive(path) -> tuple[dict[str, dict], dict[str, dict]]:
    """The archive written by `save`: the templates' tables ({value: row}), and per tagger its
    classes, prefix, matrix (float32, a zero row after the templates' rows), which template rows
    are its features (`own`) and its other features' rows (`index`)."""
    import numpy as np

    with np.load(path) as z:
        # interned, as Parse's strings are: a look-up finds the very same string, not an equal one
        words = list(map(sys.intern, _strings(z["words"], 1)))
        tables = {}
        for n, line in enumerate(str(z["templates"]).split("\n")):
            template, parts = line.rsplit(" ", 1)
            values: Any = list(map(words.__getitem__, z[f"values{n}"].tolist()))
            rows = z[f"rows{n}"].tolist()
            if int(parts) > 1:
                values = zip(*[iter(values)] * int(parts))
            tables[template] = dict(zip(values, rows))
        taggers = {}
        for tagger in sorted({k.split(".")[0] for k in z.files if "." in k}):
            own = z[f"{tagger}.own"].astype(bool)
            weights = z[f"{tagger}.weights"].astype(np.float32)
            matrix = np.vstack([weights[: len(own)], np.zeros((1, weights.shape[1]), np.float32), weights[len(own) :]])
            rest = _strings(z[f"{tagger}.features"], len(weights) - len(own))
            taggers[tagger] = {
                "classes": str(z[f"{tagger}.classes"]).split("\n"),
                "prefix": str(z[f"{tagger}.prefix"]),
                "own": own,
                "matrix": matrix,
                "index": dict(zip(rest, range(len(own) + 1, len(own) + 1 + len(rest)))),
            }
    return tables, taggers


def _features(tables: dict[str, dict], m: dict) -> dict[str, int]:
    """Every feature of one tagger of `_archive` and its row."""
    out = dict(m["index"])
    own, prefix = m["own"], m["prefix"]
    for name, table in tables.items():
        for value, row in table.items():
            if own[row]:
                out[prefix + feature(name, value)] = row
    return out


def read_weights(path) -> dict:
    """The archive written by `save`, as {name: {"classes": [...], "features": [...], "matrix":
    float32 array}}, a row of the matrix for each feature."""
    tables, taggers = _archive(path)
    out = {}
    for name, m in taggers.items():
        feats = _features(tables, m)
        out[name] = {"classes": m["classes"], "features": list(feats), "matrix": m["matrix"][list(feats.values())]}
    return out


@lru_cache(maxsize=1)
def load_model(path: str = str(WEIGHTS)) -> dict | None:
    """The shipped taggers, or None when the weights file is missing. They share the templates'
    tables: a token's row in one is its row in the other."""
    if not Path(path).is_file():
        return None
    tables, taggers = _archive(path)
    out = {}
    for name, m in taggers.items():
        p = Perceptron(tuple(m["classes"]))
        p.index, p.tables, p.matrix, p.archived = m["index"], tables, m["matrix"], m
        p.missing = len(m["own"])  # the zero row
        # the previous class's features with this token's lemma ("prevl=1l=say"), by lemma
        p.history = tuple(  # type: ignore[assignment]  # two dicts, as declared
            {sys.intern(f[len(start) :]): row for f, row in p.index.items() if f.startswith(start)}
            for start in (_history(0, "l=")[1], _history(1, "l=")[1])
        )
        out[name] = p
    return out


# -- inference ----------------------------------------------------------------------------


def _runs(indices: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for i in sorted(indices):
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def tag(doc, text: str, offset: int, floor: int = 0) -> list[tuple[list, list, list]]:
    """(cue tokens, source tokens, content tokens) of every attribution the taggers find in a
    parsed paragraph `doc` whose text starts at `offset` of `text`."""

    model = load_model()
    if model is None:
        return []
    P = Parse.of(doc)
    toks = P.tokens
    qidx, qs = quote_index(doc, text, offset, P)
    columns, extra = token_columns(P, qidx)
    cue_model, span_model = model["cue"], model["span"]
    space = P.is_space
    ids = cue_model.column_ids(columns, extra)
    classes = cue_classes(cue_model, ids, P.lemma)
    marked = [n for n, c in enumerate(classes) if c and n >= floor and not space[n]]
    out = []
    runs = [r for r in map(lambda r: _without_said_in(toks, r), _with_auxiliaries(doc, _runs(marked), floor)) if r]
    # what a cue was said in ("in a tweet"), which `_without_said_in` took out of it: no content either
    said_in = {t.i for r in runs for i in r for c in toks[i].children if c.i > r[-1] and _said_in(c) for t in c.subtree}
    own_ids = ids[SPAN_BASE]  # the tokens' own features, as the span tagger reads them (shared tables)
    cue_sents = [P.sent[r[0]] for r in runs]
    for n, run in enumerate(runs):
        cue = [toks[i] for i in run]
        own = cue_sents[n]
        others = set(cue_sents[:n] + cue_sents[n + 1 :])
        idx, feats = span_features(doc, None, cue, qidx, qs, offset, P)
        keep = [k for k, i in enumerate(idx) if i >= floor and not space[i]]
        scores = span_scores(span_model, own_ids, [idx[k] for k in keep], [feats[k] for k in keep])
        src = _best_run(scores[1], list(scores[1]))
        src = _with_name_before_cue(doc, cue, _shared_subject(cue, src) or src) or _set_off_name(doc, cue)
        src = _caller_of_participle(cue, runs) or src
        src = _subject_after_participle(doc, cue, src) or _own_subject_after_mark(cue, src) or src
        src = _without_open_participle(toks, src)
        clause_before, speaker = _clause_in_source(doc, src, floor)
        # content leaves the cue's sentence only inside a quotation, into a sentence with no cue of its own
        taken = set(src)
        rest = [i for i in scores[1] if i not in taken and (P.sent[i] == own or (qidx[i] and P.sent[i] not in others))]
        other_runs = [r for r in runs if r is not run]
        other = {i for r in other_runs for i in r}
        left = _best_run(scores[2], [i for i in rest if i < run[0]], space)
        right = _best_run(scores[2], [i for i in rest if i > run[-1]], space)
        # a content does not reach over another cue to its own ("X said ..., while Y put it at ...")
        if left and other & set(range(left[-1] + 1, run[0])):
            left = []
        if left and right and toks[run[0]].tag_ == "VBG" and len(run) == 1:
            left = []  # '"It was a disaster," she wrote, citing figures': the participle's words follow it
        if left and left[-1] + 1 < run[0] and toks[left[-1] + 1].text == ";":
            left = []  # "Hearings on the bar's licence begin; neighbours testify": a clause of its own
        if right and other & set(range(run[-1] + 1, right[0])):
            right = []
        if left and _under_other_cue(toks, left, set(run), other):
            left = []  # 'conceded a "grave" lapse, it declined to ...': the quoted word is the other cue's
        left, src = _source_head_in_content(toks, left, src)
        con = [i for i in left + right if i not in said_in]
        if clause_before:  # "Tents will be flown ... as the number of cases grows, the head of the agency said"
            src, con = speaker, clause_before
        src, con = _object_in_source(doc, cue, src, con)
        src, con = _name_before_role(doc, src, con)
        con = _whole_quotes(P, cue, con, src, qidx, other_runs)
        if QUOTE_GOES_ON:
            con = _quote_goes_on(P, run, con, src, qidx, other)
        out.append((cue, src, con))
    return _trailing_reporters(doc, out, floor)


def _without_open_participle(toks, src: list[int]) -> list[int]:
    """A source without the participle it ends on when the words that participle takes lie
    outside it ("Unions representing | both primary and secondary teachers tend to agree"):
    the people, not a phrase cut in two."""
    last = toks[src[-1]] if len(src) > 1 else None
    if last is None or last.dep_ != "acl" or last.tag_ not in {"VBG", "VBN"}:
        return src
    if not any(c.i > last.i and c.dep_ != "punct" for c in last.children):
        return src
    return src[:-1]


def _source_head_in_content(toks, left: list[int], src: list[int]) -> tuple[list[int], list[int]]:
    """Content before the cue whose last words run into the source with no mark between
    ("president of the Norland Growers’ | Association Tomas Ardell said", '"...," Riverton |
    police Chief Tom Reed said'): those words are the source's, nouns, names and the words
    joining them after the content's last mark, the last of them an owner, a name or "of"/"for"."""
    if not left or not src:
        return left, src
    # "... Superintendent of Police (SSP) | Hari Gyawali stated": an office's acronym in brackets
    bracketed = {
        i + d
        for i in range(left[0], min(src))
        if toks[i].text == "(" and i + 2 < len(toks) and toks[i + 2].text == ")" and toks[i + 1].text.isupper()
        for d in (0, 1, 2)
    }
    gap = list(range(left[-1] + 1, min(src)))
    if left[-1] >= min(src) or not all(i in bracketed for i in gap):
        return left, src
    k = len(left)
    while (
        k > 0
        and (in_name_phrase(toks[left[k - 1]]) or left[k - 1] in bracketed)
        and (k == len(left) or left[k] == left[k - 1] + 1)
    ):
        k -= 1
    last = toks[left[-1]]
    if k == len(left) or not (
        last.tag_ == "POS"
        or last.text.endswith(("’", "'"))
        or last.pos_ == "PROPN"
        or last.lower_ in {"of", "for"}
        or last.i in bracketed
        or bool(gap)
    ):
        return left, src
    if k > 0 and toks[left[k - 1]].pos_ != "PUNCT":
        return left, src  # inside a clause ("what | it calls"), not a name run into the speaker's
    return left[:k], left[k:] + gap + src


def in_name_phrase(tok) -> bool:
    """Whether a token may be a word of a name or its description: a noun, a name, an adjective,
    a determiner, a preposition, a number, or an owner's mark ("Farmers’", its mark a token)."""
    if tok.text in {"’", "'"}:
        return tok.i > 0 and not tok.doc[tok.i - 1].whitespace_ and tok.doc[tok.i - 1].lower_.endswith("s")
    return tok.pos_ in _NAME_PHRASE_POS


def _under_other_cue(toks, span: list[int], run: set[int], other: set[int]) -> bool:
    """Whether every word of a content run hangs, through its heads, on another cue before it
    reaches this one (`run`), a cue that this one's words do not hang on: words that other cue
    reports, not this one (not "..., according to the poll", whose cue hangs on what it reports)."""
    above = set()
    t = toks[min(run)]
    while t.head.i != t.i:
        t = t.head
        above.add(t.i)
    for i in span:
        t = toks[i]
        while t.i not in run and t.i not in other and t.head.i != t.i:
            t = t.head
        if t.i not in other or t.i in above:
            return False
        if (
            t.dep_ in {"ccomp", "parataxis"}
            and t.head.i in run
            and min(span) <= t.left_edge.i
            and _closed_by(toks, span, run)
        ):
            return False  # "Farmers have reported that ..., the chief said": a report reported, whole
    return True


def _closed_by(toks, span: list[int], run: set[int]) -> bool:
    """Whether a cue closes what comes before it after a comma (", the chief said"): the words
    between a span and the cue are a comma, then a speaker's words with no verb."""
    between = [toks[i] for i in range(max(span) + 1, min(run)) if not toks[i].is_space]
    if between and between[0].text == ",":
        between = between[1:]
    elif not (toks[max(span)].text == "," and between):
        return False
    return bool(between) and not any(t.pos_ in {"VERB", "AUX"} for t in between)


def _trailing_reporters(doc, found: list[tuple[list, list, list]], floor: int) -> list[tuple[list, list, list]]:
    """A speaker and cue that close a sentence after a comma ("..., the agency reported.")
    report all of it before the comma, other speakers' words included, though the parser hung
    them on the last cue before them ("The minister rejected the claims and said he would
    resign, the Times reported"): that cue's content ends at the comma."""
    out = list(found)
    for n, (cue, src, con) in enumerate(found):
        last = cue[-1]
        sent = last.sent
        if not src or max(src) + 1 != cue[0].i:
            continue
        comma = doc[min(src) - 1] if min(src) > sent.start else None
        rest = [t.i for t in doc[last.i + 1 : sent.end] if not (t.is_punct or t.is_space)]
        if comma is None or comma.text != "," or not set(rest) <= _said_how(cue):
            continue
        start = max(sent.start, floor)
        others = [k for k, (c, _, _) in enumerate(found) if k != n and start <= c[0].i < comma.i]
        clause = [i for i in range(start, comma.i) if not doc[i].is_space]
        if rest and not _full_clause(doc[start : comma.i]):
            continue  # "When asked by the panel, Reed did apologise to them"
        if not others:
            # "The company hired Ana Ruiz, the Gazette reported on Monday": the tagger took
            # "Monday", the parser having hung the cue on the name as a relative clause
            when = rest and con and set(con) <= set(rest)
            if when or con and start <= min(con) and max(con) < comma.i:
                # "Reed was an engineer based in Riverton, the Gazette reports.": all of it, though
                # the parser hung the cue on the last noun and the tagger took part of the clause
                out[n] = (cue, src, clause)
            continue
        out[n] = (cue, src, clause)
        for k in others:
            c, s, t = out[k]
            out[k] = (c, s, [i for i in t if i < comma.i])
    return out


def span_scores(span_model: Perceptron, own_ids, idx: list[int], feats: list[list[str]]) -> dict[int, dict]:
    """For one cue, per class k of the span tagger ("S", "C"), each candidate token's margin:
    its score for k less its best score for another class. `feats` are the candidates'
    features with the cue (`span_features`), `own_ids` the rows of every token's own ones
    (`column_ids` of SPAN_BASE): the features of `span_features` with a `base`, in order."""
    import numpy as np

    if not idx:
        return {1: {}, 2: {}}
    flat = list(map(span_model.index.get, chain.from_iterable(feats), repeat(span_model.missing)))
    ids = np.concatenate([np.array(flat, dtype=np.intp).reshape(len(idx), -1).T, own_ids[:, idx]])
    sums = span_model.sum_ids(ids).astype(np.float64)  # as Python floats
    others = {1: np.maximum(sums[:, 0], sums[:, 2]), 2: np.maximum(sums[:, 0], sums[:, 1])}
    return {k: dict(zip(idx, (sums[:, k] - best).tolist())) for k, best in others.items()}


def cue_classes(cue_model: Perceptron, ids, lemmas: list[str]) -> list[int]:
    """The cue tagger's class of each token (1: part of a cue), read left to right: the
    scores of the rows `ids` of its features (`column_ids` of `token_columns`) plus those of
    the previous token's class (`_history`), added to the float32 sums as Python floats
    (float64), in that order."""
    import numpy as np

    static = cue_model.sum_ids(ids).astype(np.float64)
    matrix, missing = cue_model.matrix, cue_model.missing
    # each token's class after a token of either class (the zero row adds nothing to a score)
    after = []
    for prev, by_lemma in enumerate(cue_model.history):
        sc = static + matrix[cue_model.index.get("prev=" + str(prev), missing)].astype(np.float64)
        sc += matrix[list(map(by_lemma.get, lemmas, repeat(missing)))].astype(np.float64)
        after.append((sc[:, 1] > sc[:, 0]).astype(np.intp).tolist())
    out = []
    prev = 0
    for n in range(len(lemmas)):
        prev = after[prev][n]
        out.append(prev)
    return out


CUE_PARTS = {"aux", "auxpass", "neg", "prt"}
# Named entities that speak: never a word of a cue.
SPEAKER_ENTITIES = {"PERSON", "ORG", "NORP", "GPE"}


def _with_auxiliaries(doc, runs: list[list[int]], floor: int) -> list[list[int]]:
    """Cue runs widened to the head verb's auxiliaries, negation and particle, and the words
    between them ("has also said", "did not deny", "called for"), as PolNeAR marks cues."""
    out: list[list[int]] = []
    for run in runs:
        ids = set(run)
        head = next((doc[i] for i in run if doc[i].head.i not in ids or doc[i].head.i == i), doc[run[0]])
        if (
            head.dep_ in CUE_PARTS | {"advmod"}
            and head.head.pos_ == "VERB"
            and 0 < head.head.i - head.i <= 4
            # not "police reportedly raided the offices": hearsay of an act, the adverb alone its cue
            and not (head.lower_ in HEARSAY_ADVERBS and head.head.lemma_.lower() not in CUE_LEMMAS)
        ):
            head = head.head  # "has" or "also" alone: the verb they belong to is the cue
            ids.add(head.i)
        elif (
            head.dep_ == "advmod"
            and head.head.pos_ == "VERB"
            and 0 < head.i - head.head.i <= 2
            and head.head.lemma_.lower() in CUE_LEMMAS
        ):
            head = head.head  # "as predicted unanimously by": the verb of saying before the adverb
            ids = {head.i}
        if head.pos_ in {"VERB", "AUX"}:
            ids |= {c.i for c in head.children if c.dep_ in CUE_PARTS and c.i >= floor and abs(c.i - head.i) <= 4}
            # "often said", "steadfastly refuses": an -ly adverb right before the verb
            ids |= {
                c.i
                for c in head.children
                if c.dep_ == "advmod" and c.i >= floor and c.i == min(ids) - 1 and c.lower_.endswith("ly")
            }
        ids = set(range(min(ids), max(ids) + 1))
        if head.pos_ == "VERB":  # "the opposition PDP say": a name before the verb speaks, it is no cue
            ids = {
                i for i in ids if not (i < head.i and doc[i].pos_ == "PROPN" and doc[i].ent_type_ in SPEAKER_ENTITIES)
            }
            ids = set(range(min(ids), max(ids) + 1)) if ids else ids
        if not ids:
            continue
        if out and min(ids) <= out[-1][-1] + 1:
            ids |= set(out.pop())
        out.append(sorted(i for i in ids if not doc[i].is_space))
    return [r for r in out if r]


QUOTE_GOES_ON = True


def _quote_goes_on(
    P: Parse, run: list[int], con: list[int], src: list[int], qidx: list[int], other: set[int]
) -> list[int]:
    """A quote that goes on after its cue's sentence ('"We disagree," the airline said. "We are
    studying the order."'): a quotation opening the next sentence, with no cue of its own, is
    more of what the speaker said, when the content before the cue is quoted too."""
    if not any(qidx[i] and i < run[0] for i in con):
        return con
    own = P.sent[run[0]]
    nxt = next((i for i in range(run[-1] + 1, len(qidx)) if P.sent[i] > own), None)
    if nxt is None or P.sent[nxt] != own + 1:
        return con
    while nxt < len(qidx) and P.text[nxt] in QUOTE_MARKS | {" ", "\n"}:
        nxt += 1
    if nxt >= len(qidx) or not qidx[nxt] or qidx[nxt - 1] == qidx[nxt]:
        return con  # the sentence does not open with the quotation
    quoted = [i for i, q in enumerate(qidx) if q == qidx[nxt]]
    sents = {P.sent[i] for i in quoted}
    if other & set(range(quoted[0], len(qidx))) and any(P.sent[i] in sents for i in other) or set(src) & set(quoted):
        return con
    return sorted(set(con) | set(quoted))


def _whole_quotes(P: Parse, cue: list, con: list[int], src: list[int], qidx: list[int], other_cues) -> list[int]:
    """A quotation the content reaches into is taken whole (a quote runs over sentences); with no
    content, a quotation right before or after the cue ("Stop!" they chanted; he said: "...") is it."""
    cue_q = qidx[cue[0].i]
    taken = {qidx[i] for i in con if qidx[i] and qidx[i] != cue_q}
    if not con:
        first, last = cue[0].i, cue[-1].i
        src_set = set(src)
        for side in (range(first - 1, max(first - 5, -1), -1), range(last + 1, min(last + 4, len(qidx)))):
            for i in side:
                if qidx[i] and qidx[i] != cue_q:
                    taken.add(qidx[i])
                    break
                t = P.tokens[i]
                if not (t.is_punct or t.is_space or i in src_set):
                    break
    if not taken:
        return con
    blocked = set(src) | {t.i for t in cue} | {i for r in other_cues for i in r}
    quoted = [i for i, q in enumerate(qidx) if q in taken]
    if blocked & set(quoted):
        return con
    return sorted(set(con) | set(quoted))


def _with_name_before_cue(doc, cue: list, src: list[int]) -> list[int]:
    """A speaker run with the names between it and the cue, which `_with_auxiliaries` keeps out
    of the cue ("the opposition PDP say": "PDP" speaks)."""
    if not src or max(src) + 1 >= cue[0].i:
        return src
    between = doc[max(src) + 1 : cue[0].i]
    if all(t.pos_ == "PROPN" and t.ent_type_ in SPEAKER_ENTITIES for t in between):
        return src + [t.i for t in between]
    return src


def _subject_after_participle(doc, cue: list, src: list[int]) -> list[int] | None:
    """The cue's own subject that the tagger ran into the speaker run before it ("Scores
    evacuated as dam threatens to give way"; `subject_read_as_object`): that noun's phrase."""
    noun = subject_read_as_object(cue[0]) if src and src[0] < cue[0].i else None
    return [t.i for t in noun.subtree] if noun is not None and src[0] < noun.i else None


def _own_subject_after_mark(cue: list, src: list[int]) -> list[int] | None:
    """The subject of a cue in a clause of its own, opened by "as", "while" or "after", where
    the tagger took the subject of the clause before it ("Protesters gathered as police warned
    they would clear the square": the police warn). None otherwise."""
    verb = next((t for t in cue if t.pos_ == "VERB"), None)
    if verb is None or not src:
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.i < verb.i), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if mark is None or subject is None or not src[-1] < mark.i < subject.left_edge.i:
        return None
    if subject.pos_ not in {"NOUN", "PROPN", "PRON"} or subject.lower_ in {"it", "that", "this", "which"}:
        return None  # "..., although that was according to preliminary information": no one
    return [t.i for t in subject.subtree if not t.is_space]


def subject_read_as_object(verb):
    """A verb's own subject that the parser read as the object of an "as", "after" or "while"
    before it, hung on the clause before or on a participle there ("Scores evacuated as dam
    threatens to give way", a headline): that noun, right before the verb, which has no subject of
    its own but the participle's noun the parser gave it. None otherwise."""
    if verb.i == 0 or verb.tag_ not in {"VBZ", "VBP", "VBD"}:
        return None
    noun = verb.doc[verb.i - 1]
    prep = noun.head
    if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or prep.lower_ not in {"as", "after", "while", "when", "because"}:
        return None
    below = prep.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if below.dep_ == "acl" and below.tag_ == "VBN" and below.i < noun.i:
        return noun if all(s.i == below.head.i for s in subjects) else None  # its subject the participle's noun
    return noun if not subjects and below.i == verb.head.i and verb.dep_ in {"advcl", "conj"} else None


def _clause_in_source(doc, src: list[int], floor: int) -> tuple[list[int], list[int]]:
    """The clause before the last comma of a speaker run that the tagger ran back over it, from
    the sentence's start ("Tents will be flown ... as the number of cases grows, the head of the agency
    said", the parser having read "grows" as a noun of the speaker's phrase), and the speaker
    run after that comma: their tokens, or ([], [])."""
    commas = [i for i in src if doc[i].text == ","]
    if not commas:
        return [], []
    before = [i for i in src if i < commas[-1]]
    if not any(doc[i].tag_ in FINITE_CLAUSE for i in before):
        return [], []
    if any(doc[i].tag_ in {"WDT", "WP", "WP$"} for i in before):
        return [], []  # "Ana Ruiz, who leads the union," a relative clause of the speaker
    after = [i for i in src if i > commas[-1]]
    if not after or doc[after[0]].pos_ not in {"DET", "PROPN", "NOUN", "ADJ"}:
        return [], []
    clause = [i for i in range(max(doc[src[0]].sent.start, floor), commas[-1]) if not doc[i].is_space]
    return clause, after


# what a cue was said in: "said in a statement", "told reporters at a briefing"
_SAID_IN = {"statement", "interview", "briefing", "conference", "release", "email", "post", "tweet", "letter"}
_SAID_IN |= {"message", "video", "broadcast", "speech", "filing", "column", "call", "meeting", "hearing"}
_SAID_IN |= {"remark", "comment", "note", "address", "testimony"}
_WHEN = {"DATE", "TIME"}


def _without_said_in(toks, run: list[int]) -> list[int]:
    """A cue run without the preposition it closes on where that opens what the words were said
    in ("hinted in comments to reporters", `_SAID_IN`): the verb is the cue."""
    while len(run) > 1 and _said_in(toks[run[-1]]):
        run = run[:-1]
    return run


def _said_in(prep) -> bool:
    """Whether a preposition opens what words were said in ("in a tweet", "via a statement")."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    return prep.lower_ in {"in", "via", "during"} and bool(objects) and all(o.lemma_ in _SAID_IN for o in objects)


def _said_how(cue: list) -> set[int]:
    """The tokens of a cue's modifiers after it that only tell when, or in what, it was said,
    and to whom it was told ("reported on Monday", "said in a statement", "told reporters")."""
    out: set[int] = set()
    for t in cue:
        for c in t.children:
            if c.i < t.i:
                continue
            objects = [o for o in c.children if o.dep_ == "pobj"]
            when = c.dep_ in {"npadvmod", "tmod"} and c.ent_type_ in _WHEN
            how = c.dep_ == "advmod" and not list(c.children)
            said_in = c.dep_ == "prep" and bool(objects)
            said_in = said_in and all(o.ent_type_ in _WHEN or o.lemma_ in _SAID_IN for o in objects)
            told = c.dep_ in {"dobj", "dative"} and t.lemma_ == "tell" and c.pos_ in {"NOUN", "PROPN", "PRON"}
            if when or how or said_in or told:
                out.update(d.i for d in c.subtree)
    return out


def _full_clause(span) -> bool:
    """Whether a span is a sentence's clause of its own: one root, a finite verb with its
    subject ("The company hired Ana Ruiz"; not "Asked if it had ...", "When asked by ...")."""
    roots = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    if len(roots) != 1 or span[0].dep_ in {"mark", "prep"} or span[0].tag_ in {"IN", "WRB", "WDT", "WP"}:
        return False
    root = roots[0]
    return (
        root.tag_ in FINITE_CLAUSE | {"VBN", "VB"}
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in root.children)
        and (
            root.tag_ in FINITE_CLAUSE
            or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_CLAUSE for c in root.children)
        )
    )


def _object_in_source(doc, cue: list, src: list[int], con: list[int]) -> tuple[list[int], list[int]]:
    """The speaker run and content when the tagger ran the speaker back over the last words of
    the content before it, over a comma, or took all of it for content: "Mayor Tom Reed has won
    a second term over Ana Ruiz, the election office has said", the parser having set the office
    beside her. The words before the comma are the content's, the phrase after it, right before the
    cue, speaks."""
    run = sorted(set(src) | set(con))
    if not con or not run or run[-1] + 1 != cue[0].i or run != list(range(run[0], run[-1] + 1)):
        return src, con
    if any(t.dep_ == "auxpass" for t in cue):
        return src, con  # "..., a jury has been told": told, not telling
    if src and max(con) + 1 != min(src):
        return src, con
    commas = [i for i in (src or con) if doc[i].text == ","]
    if not commas or src and len(commas) != 1:
        return src, con
    after = [i for i in run if i > commas[-1]]
    before = [i for i in (src or con) if commas[-1] > i >= (min(src) if src else 0)]
    if not after or doc[after[0]].pos_ not in {"DET", "PROPN"} or not before:
        return src, con
    if any(doc[i].pos_ in {"VERB", "AUX", "PRON"} or doc[i].tag_ in {"WDT", "WP", "WP$"} for i in after):
        return src, con  # "..., it has said": the tagger's own reading stands
    if src and any(doc[i].pos_ in {"VERB", "AUX", "PRON"} or doc[i].tag_ in {"WDT", "WP", "WP$"} for i in before):
        return src, con  # "..., who leads the union," or "..., he said"
    if src and _name_and_role(doc, before, after):
        return src, con  # '"...," Tom Reed, the union's leader said': one person, the cue's subject
    if not _full_clause(doc[run[0] : min(src) if src else commas[-1]]):
        return src, con  # "While prices rose, the board appeared ...": no clause of its own
    return after, [i for i in run if i < commas[-1]]


def _name_before_role(doc, src: list[int], con: list[int]) -> tuple[list[int], list[int]]:
    """The speaker run and content when the content ends on a person's name set off by commas
    right before a speaker run that describes a person ('"...", Tom Reed, the principal said'):
    the name is the speaker's."""
    if not src or not con or src[0] < 3 or doc[src[0] - 1].text != "," or src[0] - 2 not in con:
        return src, con
    k = src[0] - 2
    while k - 1 in con and doc[k - 1].pos_ == "PROPN" and doc[k - 1].ent_type_ == "PERSON":
        k -= 1
    name = list(range(k, src[0] - 1))
    if doc[k - 1].text not in {",", *QUOTE_MARKS} or not _name_and_role(doc, name, src):
        return src, con
    return name + [src[0] - 1] + src, [i for i in con if i < k]


def _name_and_role(doc, before: list[int], after: list[int]) -> bool:
    """Whether a speaker run is a person's name, a comma and a description of a person in some
    role ("Tom Reed, the union's leader"), which the parser may hang anywhere: one person."""
    if not all(doc[i].pos_ == "PROPN" and doc[i].ent_type_ == "PERSON" for i in before):
        return False
    head = next((doc[i] for i in after if doc[i].head.i not in after or doc[i].head.i == i), None)
    return head is not None and head.pos_ == "NOUN" and head.lemma_.lower() in person_nouns()


def _set_off_name(doc, cue: list) -> list[int]:
    """A person's name set off by commas right before a cue, where the tagger found no speaker:
    "On Friday the director of Kalemba Hospital, Dr. Ana Ruiz, announced a suspected outbreak", which the
    parser read with "director" hung on "On" and no subject for the verb."""
    k = cue[0].i - 1
    if (
        k < 2
        or doc[k].text != ","
        or doc[k - 1].ent_type_ != "PERSON"
        or cue[0].tag_ not in FINITE
        or any(t.dep_ == "auxpass" for t in cue)
    ):
        return []  # not "..., calling ..." (the writer's participle), nor "..., was declared the winner"
    start = k - 1
    while start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start - 1].ent_iob_ != "O":
        if doc[start].ent_iob_ == "B":
            break
        start -= 1
    if start > 0 and doc[start - 1].tag_ == "NNP" and doc[start - 1].text.endswith("."):
        start -= 1  # a title: "Dr.", "Gen."
    if start == 0 or doc[start - 1].text != ",":
        return []
    return list(range(start, k))


def _shared_subject(cue: list, src: list[int]) -> list[int] | None:
    """The subject a cue verb with none of its own shares with the verb it is joined to, where
    the tagger took a speaker after it ("The minister rejected the claims and said he would
    resign, the agency reported": the minister said it, not the agency). None otherwise."""
    verb = next((t for t in cue if t.dep_ == "conj" and t.pos_ == "VERB"), None)
    if verb is None or not src or min(src) < verb.i or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    first = verb.head
    while first.dep_ == "conj":
        first = first.head
    subjects = [c for c in first.children if c.dep_ == "nsubj" and c.i < first.i]
    if not subjects:
        return None
    return [t.i for t in subjects[0].subtree if not t.is_space]


def _caller_of_participle(cue: list, runs: list[list[int]]) -> list[int] | None:
    """The subject of a cue whose reported clause the parser hung a participle cue on, after a
    comma ("Ruiz called on Tuesday for the board to act, adding that she may ...": Ruiz says it,
    not the board the clause is about). None otherwise."""
    verb = cue[0]
    if len(cue) != 1 or verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.doc[verb.i - 1].text != ",":
        return None
    clause = verb.head
    said = clause.head
    if clause.dep_ not in {"advcl", "xcomp"} or not any(said.i in r for r in runs) or said.i > verb.i:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None  # "Aides say he sees no need, thinking ...": he, of the clause, thinks
    subjects = [c for c in said.children if c.dep_ == "nsubj" and c.i < said.i]
    if not subjects or subjects[0].pos_ not in {"PROPN", "NOUN", "PRON"}:
        return None
    return [t.i for t in subjects[0].subtree if not t.is_space]


def _best_run(margins: dict[int, float], candidates: list[int], space: Sequence[bool] = ()) -> list[int]:
    """The run of consecutive candidate tokens whose margins (`span_scores`) add up to the
    most (empty when no run has a positive sum). A run goes on over white space (`space` by
    token: a line break a scraped page left inside a sentence), which it leaves out."""

    def blank(k: int) -> bool:
        return k < len(space) and space[k]

    best, best_run = 0.0, []
    total, start, prev = 0.0, None, None
    for i in sorted(candidates):
        if prev is None or not all(blank(k) for k in range(prev + 1, i)) or total <= 0:
            total, start = 0.0, i
        total += margins[i]
        prev = i
        if total > best:
            assert start is not None  # set on the first candidate, before any total
            best, best_run = total, [k for k in range(start, i + 1) if not blank(k)]
    return best_run
