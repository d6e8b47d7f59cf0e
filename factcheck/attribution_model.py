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
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Any

from .parse import Parse
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
QUOTE_MARKS = set('"“”«»„')
_KEY_DEPS = {"ccomp", "xcomp", "nsubj", "nsubjpass", "dobj", "prep", "agent", "parataxis", "advcl", "mark"}
# The reporting lexicon of the rules, as a feature: it carries over to verbs rare in PolNeAR.
CUE_LEMMAS = set(CUE_STANCE) | {lemma for lemma, _ in PHRASAL} | {"accord"}


class Perceptron:
    """A multi-class averaged perceptron over string features."""

    # Set by `load_model` on loaded weights (feature -> row of `matrix`); a trained one has neither.
    index: dict[str, int]
    matrix: Any  # numpy float32 array, one row per feature plus a zero row
    missing: int  # the zero row: unknown features
    memos: dict[str, Rows]  # per feature template, the rows of its values seen (`rows`)

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

    def ids(self, feats: list[str]) -> list[int]:
        """The rows of `matrix` for a feature list (loaded weights); unknown features: the zero row."""
        return list(map(self.index.get, feats, repeat(len(self.index))))

    def batch_scores(self, rows: list[list[str]]):
        """Scores of many feature lists: an array with one row per list (loaded weights)."""
        import numpy as np

        ids: list[int] = []
        starts: list[int] = []
        for feats in rows:
            starts.append(len(ids))
            ids += self.ids(feats)
        if not rows:
            return np.zeros((0, len(self.classes)), dtype=np.float32)
        return np.add.reduceat(self.matrix[ids], starts, axis=0)

    def rows(self, name: str) -> Rows:
        """The memo of one feature template's rows (loaded weights)."""
        memo = self.memos.get(name)
        if memo is None:
            memo = self.memos[name] = Rows(name, self.index)
        return memo

    def column_ids(self, columns: list[tuple[str, list]], extra: list[list[str]], prefix: str = ""):
        """The rows of every token's features, as an array with one column per token: first
        those of `token_columns`, template by template (names prefixed with `prefix`), then
        its `extra` ones, padded with the zero row."""
        import numpy as np

        n = len(columns[0][1]) if columns else len(extra)
        width = max(map(len, extra), default=0)
        ids = np.full((len(columns) + width, n), self.missing, dtype=np.intp)
        for k, (name, values) in enumerate(columns):
            ids[k] = self.rows(prefix + name).of(values)
        if width:
            get = self.index.get
            for i, more in enumerate(extra):
                for k, f in enumerate(more, len(columns)):
                    row = get(f)
                    if row is not None:
                        ids[k, i] = row
        return ids

    def sum_ids(self, ids):
        """Scores of the columns of `column_ids`: each column's rows added in order, as
        `batch_scores` adds a feature list's (float32, so the same sums to the last bit)."""
        out = self.matrix[ids[0]] if len(ids) else self.matrix[[]]
        for row in ids[1:]:
            out += self.matrix[row]
        return out

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


class Rows(dict):
    """The rows of one feature template's values in a tagger's weights, looked up once per
    value: the same words, tags and arcs come back in paragraph after paragraph. Values made
    of several parts (a word and the next, a lemma and its arc) are nearly as many as the
    tokens: they are looked up each time, not kept."""

    LIMIT = 50_000  # values kept per template; a larger vocabulary starts the memo again

    def __init__(self, name: str, index: dict[str, int]):
        super().__init__()
        self.name, self.index, self.missing = name, index, len(index)

    def of(self, values: list) -> list[int]:
        """The rows of many values."""
        if values and not isinstance(values[0], str):
            get, name, missing = self.index.get, self.name, self.missing
            return [get(feature(name, value), missing) for value in values]
        out = list(map(self.get, values))
        if None in out:
            if len(self) >= self.LIMIT:
                self.clear()
            for k, value in enumerate(values):
                if out[k] is None:
                    out[k] = self[value] = self.index.get(feature(self.name, value), self.missing)
        return out  # type: ignore[return-value]  # no None is left


# -- features ---------------------------------------------------------------------------


def token_columns(P: Parse, qidx: list[int]) -> tuple[list[tuple[str, list]], list[list[str]]]:
    """The features of each token that do not depend on a cue, template by template: for the
    templates every token has, (name, one value per token) in order, a value being a string or a
    tuple of strings joined by "|"; and per token the list of its other features. The taggers
    look each template's values up in a memo (`Perceptron.rows`), not one string at a time."""
    n = len(P.tokens)
    words, lemmas, tags, pos, deps, heads = P.word, P.lemma, P.tag, P.pos, P.dep, P.head
    ent_type, children = P.ent_type, P.children
    quote = [x in QUOTE_MARKS for x in P.text]
    h_lemma = [lemmas[h] for h in heads]
    prev_word = ["<s>", *words[:-1]] if n else []
    next_word = [*words[1:], "</s>"] if n else []
    kids = [sorted({deps[c] for c in cs}) for cs in children]
    key_kids = ["|".join(sorted({deps[c] for c in cs} & _KEY_DEPS)) for cs in children]
    in_lexicon = [str(lemma in CUE_LEMMAS) for lemma in lemmas]
    columns: list[tuple[str, list]] = [
        ("b", [""] * n),
        ("w=", words),
        ("l=", lemmas),
        ("p=", pos),
        ("t=", tags),
        ("d=", deps),
        ("ld=", list(zip(lemmas, deps))),
        ("lt=", list(zip(lemmas, tags))),
        ("hl=", h_lemma),
        ("hp=", [(pos[h], d) for h, d in zip(heads, deps)]),
        ("e=", [iob + ent for iob, ent in zip(P.ent_iob, ent_type)]),
        ("s=", [shape[:4] for shape in P.shape]),
        ("q=", [str(min(q, 1)) for q in qidx]),
        ("pw=", prev_word),
        ("nw=", next_word),
        ("pt=", ["<s>", *tags[:-1]] if n else []),
        ("nt=", [*tags[1:], "</s>"] if n else []),
        ("nw2=", [(words[i + 1] if i + 1 < n else "", words[i + 2] if i + 2 < n else "") for i in range(n)]),
        ("pwl=", list(zip(prev_word, lemmas))),
        ("nq=", [str(i + 1 < n and quote[i + 1]) + str(i > 0 and quote[i - 1]) for i in range(n)]),
        ("sent0=", [str(x) for x in P.sent_start]),
        ("lex=", list(zip(in_lexicon, pos))),
        ("hlex=", [(in_lexicon[h], d) for h, d in zip(heads, deps)]),
        ("hld=", list(zip(h_lemma, deps))),
        ("hkids=", [key_kids[h] for h in heads]),
        ("lkids=", [(lemma, "|".join(k for k in ks if k in _KEY_DEPS)) for lemma, ks in zip(lemmas, kids)]),
        ("ht=", [(tags[h], t, d) for h, t, d in zip(heads, tags, deps)]),
    ]
    extra = []
    for i in range(n):
        lemma, p = lemmas[i], pos[i]
        f = []
        subj = [c for c in children[i] if deps[c] in {"nsubj", "nsubjpass"}]
        if subj:
            sj = subj[0]
            f += ["subj=" + (ent_type[sj] or pos[sj]) + "|" + lemma, "subjt=" + (ent_type[sj] or tags[sj])]
        near_q = [k for k in range(max(i - 3, 0), min(i + 4, n)) if quote[k]]
        if near_q:
            f += ["nearq=" + ("L" if min(near_q) < i else "R") + "|" + p, "nearql=" + lemma]
        comp = [c for c in children[i] if deps[c] == "ccomp"]
        if comp:
            marks = sorted(P.lower[c] for c in children[comp[0]] if deps[c] == "mark")
            f.append("ccompmark=" + "|".join(marks) + "|" + p)
        f += ["k=" + k for k in kids[i]]
        f += ["lk=" + lemma + "|" + k for k in kids[i] if k in _LK_DEPS]
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
    qs = find_quotes(text, offset, offset + len(doc.text))
    qidx = []
    for t in parse.tokens if parse else doc:
        if not qs:
            qidx.append(0)
            continue
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


def _chain(t) -> list:
    out = [t]
    while out[-1].head.i != out[-1].i and len(out) < 60:
        out.append(out[-1].head)
    return out


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
    head_dep = deps[hi]
    for i in range(max(first - MAX_TOKEN_DISTANCE, 0), min(last + MAX_TOKEN_DISTANCE + 1, len(toks))):
        if i in cue_i:
            continue
        sd = P.sent[i] - cue_sn
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
        if node in c_pos:
            c_side = [deps[x] for x in c_chain[: c_pos[node]]]
        else:
            c_side = ["?"]
        tp = "/".join(t_side[-2:][::-1]) if t_side else "."
        cp = "/".join(c_side[:2]) if c_side else "."
        rel = "L" if i < first else "R"
        q = qidx[i]
        qf = "nq" if not q else ("samecueq" if q == cue_q else "q" + adj.get(q, "x"))
        top = t_side[-1] if t_side else "self"
        f = [
            "path=" + tp + "^" + cp,
            "top=" + top + "^" + cp,
            "ltop=" + lemma + "|" + top + "^" + (c_side[0] if c_side else "."),
            "depth=" + str(min(len(t_side), 6)) + "|" + top,
            "rel=" + rel,
            "dist=" + _bucket(i - hi),
            "sd=" + str(sd),
            "qf=" + qf,
            "qfr=" + qf + "|" + rel + "|" + str(sd),
            "relp=" + rel + "|" + P.pos[i] + "|" + top,
            "cl=" + lemma,
            "cd=" + head_dep + "|" + top,
            "cueq=" + str(cue_q > 0) + "|" + qf,
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


def save(model: dict, path, prune: float = 0.0) -> None:
    """Write the weights as a compressed NumPy archive: per tagger its classes, its feature
    strings (one a line) and a float16 matrix. Features whose weights are all below `prune`
    in absolute value are left out."""
    import numpy as np

    arrays: dict[str, Any] = {}
    for name, m in model.items():
        feats = [f for f, row in m["weights"].items() if max(abs(v) for v in row) >= prune and "\n" not in f]
        arrays[f"{name}.classes"] = np.array("\n".join(m["classes"]))
        # UTF-8 bytes: a NumPy unicode scalar is UTF-32 and slow to turn back into a str
        arrays[f"{name}.features"] = np.frombuffer("\n".join(feats).encode("utf-8"), dtype=np.uint8)
        arrays[f"{name}.weights"] = np.array([m["weights"][f] for f in feats], dtype=np.float16).reshape(
            len(feats), len(m["classes"])
        )
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        np.savez_compressed(fh, **arrays)


def read_weights(path) -> dict:
    """The archive written by `save`, as {name: {"classes": [...], "weights": {feature: [...]}}}."""
    import numpy as np

    with np.load(path) as z:
        names = {k.split(".")[0] for k in z.files}
        out = {}
        for name in names:
            raw = z[f"{name}.features"]
            feats = (raw.tobytes().decode("utf-8") if raw.dtype == np.uint8 else str(raw)).split("\n")
            matrix = z[f"{name}.weights"].astype(np.float32)
            out[name] = {"classes": str(z[f"{name}.classes"]).split("\n"), "features": feats, "matrix": matrix}
    return out


@lru_cache(maxsize=1)
def load_model(path: str = str(WEIGHTS)) -> dict | None:
    """The shipped taggers, or None when the weights file is missing."""
    import numpy as np

    if not Path(path).is_file():
        return None
    out = {}
    for name, m in read_weights(path).items():
        p = Perceptron(tuple(m["classes"]))
        p.index = dict(zip(m["features"], range(len(m["features"]))))
        p.matrix = np.vstack([m["matrix"], np.zeros((1, len(p.classes)), dtype=np.float32)])
        p.missing = len(p.index)
        p.memos = {}
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
    import numpy as np

    model = load_model()
    if model is None:
        return []
    P = Parse.of(doc)
    toks = P.tokens
    qidx, qs = quote_index(doc, text, offset, P)
    columns, extra = token_columns(P, qidx)
    cue_model, span_model = model["cue"], model["span"]
    space = [t.is_space for t in toks]
    marked = [n for n, c in enumerate(cue_classes(cue_model, P, columns, extra)) if c and n >= floor and not space[n]]
    out = []
    runs = _with_auxiliaries(doc, _runs(marked), floor)
    own_ids = None
    cue_sents = [P.sent[r[0]] for r in runs]
    for n, run in enumerate(runs):
        cue = [toks[i] for i in run]
        own = cue_sents[n]
        others = set(cue_sents[:n] + cue_sents[n + 1 :])
        idx, feats = span_features(doc, None, cue, qidx, qs, offset, P)
        keep = [(i, f) for i, f in zip(idx, feats) if i >= floor and not space[i]]
        if own_ids is None:  # the tokens' own features, as the span tagger reads them: once a paragraph
            own_ids = span_model.column_ids(columns[SPAN_BASE], [], prefix="x")
        if keep:
            with_cue = np.array([span_model.ids(f) for _, f in keep], dtype=np.intp).T
            ids = np.concatenate([with_cue, own_ids[:, [i for i, _ in keep]]])
            scores = dict(zip((i for i, _ in keep), span_model.sum_ids(ids).tolist()))
        else:
            scores = {}
        src = _best_run(scores, 1, list(scores))
        # content leaves the cue's sentence only inside a quotation, into a sentence with no cue of its own
        taken = set(src)
        rest = [i for i in scores if i not in taken and (P.sent[i] == own or (qidx[i] and P.sent[i] not in others))]
        other_runs = [r for r in runs if r is not run]
        other = {i for r in other_runs for i in r}
        left = _best_run(scores, 2, [i for i in rest if i < run[0]])
        right = _best_run(scores, 2, [i for i in rest if i > run[-1]])
        # a content does not reach over another cue to its own ("X said ..., while Y put it at ...")
        if left and other & set(range(left[-1] + 1, run[0])):
            left = []
        if right and other & set(range(run[-1] + 1, right[0])):
            right = []
        con = left + right
        con = _whole_quotes(P, cue, con, src, qidx, other_runs)
        if QUOTE_GOES_ON:
            con = _quote_goes_on(P, run, con, src, qidx, other)
        out.append((cue, src, con))
    return out


def cue_classes(cue_model: Perceptron, P: Parse, columns: list[tuple[str, list]], extra: list[list[str]]) -> list[int]:
    """The cue tagger's class of each token (1: part of a cue), read left to right: the
    scores of the features of `token_columns` plus those of the previous token's class
    (`_history`)."""
    static = cue_model.sum_ids(cue_model.column_ids(columns, extra)).tolist()
    lemma_features = [feature("l=", lemma) for lemma in dict(columns)["l="]]
    # each token's history rows, after a token of either class
    history = [[cue_model.ids(_history(prev, lf)) for lf in lemma_features] for prev in (0, 1)]
    needed = sorted({row for after in history for rows in after for row in rows if row < cue_model.missing})
    weights = dict(zip(needed, cue_model.matrix[needed].tolist()))  # as Python floats
    out = []
    prev = 0
    for n, sc in enumerate(static):
        for row in history[prev][n]:
            if row < cue_model.missing:
                w0, w1 = weights[row]
                sc[0] += w0
                sc[1] += w1
        prev = 1 if sc[1] > sc[0] else 0
        out.append(prev)
    return out


CUE_PARTS = {"aux", "auxpass", "neg", "prt"}


def _with_auxiliaries(doc, runs: list[list[int]], floor: int) -> list[list[int]]:
    """Cue runs widened to the head verb's auxiliaries, negation and particle, and the words
    between them ("has also said", "did not deny", "called for"), as PolNeAR marks cues."""
    out: list[list[int]] = []
    for run in runs:
        ids = set(run)
        head = next((doc[i] for i in run if doc[i].head.i not in ids or doc[i].head.i == i), doc[run[0]])
        if head.dep_ in CUE_PARTS | {"advmod"} and head.head.pos_ == "VERB" and 0 < head.head.i - head.i <= 4:
            head = head.head  # "has" or "also" alone: the verb they belong to is the cue
            ids.add(head.i)
        if head.pos_ in {"VERB", "AUX"}:
            ids |= {c.i for c in head.children if c.dep_ in CUE_PARTS and c.i >= floor and abs(c.i - head.i) <= 4}
            # "often said", "steadfastly refuses": an -ly adverb right before the verb
            ids |= {
                c.i
                for c in head.children
                if c.dep_ == "advmod" and c.i >= floor and c.i == min(ids) - 1 and c.lower_.endswith("ly")
            }
        ids = set(range(min(ids), max(ids) + 1))
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


def _best_run(scores: dict[int, list[float]], k: int, candidates: list[int]) -> list[int]:
    """The run of consecutive candidate tokens that maximises the margin of class k over the
    best other class (empty when no run has a positive margin)."""
    best, best_run = 0.0, []
    total, start, prev = 0.0, None, None
    for i in sorted(candidates):
        s = scores[i]
        margin = s[k] - max(v for c, v in enumerate(s) if c != k)
        if prev is None or i != prev + 1 or total <= 0:
            total, start = 0.0, i
        total += margin
        prev = i
        if total > best:
            assert start is not None  # set on the first candidate, before any total
            best, best_run = total, list(range(start, i + 1))
    return best_run
