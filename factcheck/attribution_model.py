"""A learned attribution tagger over spaCy's parse, in the spirit of BBC Citron.

Two averaged perceptrons (pure Python, weights shipped as gzipped JSON, no article text):
- the cue tagger marks each token as part of a cue or not ("said", "has called for",
  "according to", a colon or dash introducing a quote);
- the span tagger, given one cue, marks each token of the paragraph as source, content or
  neither, from the dependency path between the token and the cue, their distance, the
  quotation marks around them, and the token's own features.
Trained on PolNeAR by scripts/train_attribution.py."""

from __future__ import annotations

import gzip
import json
import random
import sys
from functools import lru_cache
from pathlib import Path

from .segment import quotes as find_quotes
from .stance import CUE_STANCE, PHRASAL

WEIGHTS = Path(__file__).parent / "data" / "attribution.json.gz"
CUE_CLASSES = ("O", "C")
SPAN_CLASSES = ("O", "S", "C")
MAX_SENT_DISTANCE = 3
QUOTE_MARKS = set('"“”«»„')
_KEY_DEPS = {"ccomp", "xcomp", "nsubj", "nsubjpass", "dobj", "prep", "agent", "parataxis", "advcl", "mark"}
# The reporting lexicon of the rules, as a feature: it carries over to verbs rare in PolNeAR.
CUE_LEMMAS = set(CUE_STANCE) | {lemma for lemma, _ in PHRASAL} | {"accord"}


class Perceptron:
    """A multi-class averaged perceptron over string features."""

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

def _word(t) -> str:
    return t.lower_ if not t.like_num else "#num"


def token_features(doc, qidx: list[int]) -> list[list[str]]:
    """Features of each token that do not depend on a cue."""
    out = []
    n = len(doc)
    for t in doc:
        prev = doc[t.i - 1] if t.i > 0 else None
        nxt = doc[t.i + 1] if t.i + 1 < n else None
        nxt2 = doc[t.i + 2] if t.i + 2 < n else None
        lemma = t.lemma_.lower()
        head = t.head
        kids = sorted({c.dep_ for c in t.children})
        f = [
            "b", "w=" + _word(t), "l=" + lemma, "p=" + t.pos_, "t=" + t.tag_, "d=" + t.dep_,
            "ld=" + lemma + "|" + t.dep_, "lt=" + lemma + "|" + t.tag_,
            "hl=" + head.lemma_.lower(), "hp=" + head.pos_ + "|" + t.dep_,
            "e=" + t.ent_iob_ + t.ent_type_, "s=" + t.shape_[:4], "q=" + str(min(qidx[t.i], 1)),
            "pw=" + (_word(prev) if prev is not None else "<s>"),
            "nw=" + (_word(nxt) if nxt is not None else "</s>"),
            "pt=" + (prev.tag_ if prev is not None else "<s>"),
            "nt=" + (nxt.tag_ if nxt is not None else "</s>"),
            "nw2=" + (_word(nxt) if nxt is not None else "") + "|" + (_word(nxt2) if nxt2 is not None else ""),
            "pwl=" + (_word(prev) if prev is not None else "<s>") + "|" + lemma,
            "nq=" + str(nxt is not None and nxt.text in QUOTE_MARKS) + str(prev is not None and prev.text in QUOTE_MARKS),
            "sent0=" + str(t.is_sent_start),
        ]
        hlemma = head.lemma_.lower()
        f += ["lex=" + str(lemma in CUE_LEMMAS) + "|" + t.pos_, "hlex=" + str(hlemma in CUE_LEMMAS) + "|" + t.dep_,
              "hld=" + hlemma + "|" + t.dep_, "hkids=" + "|".join(sorted({c.dep_ for c in head.children} & _KEY_DEPS)),
              "lkids=" + lemma + "|" + "|".join(k for k in kids if k in _KEY_DEPS),
              "ht=" + head.tag_ + "|" + t.tag_ + "|" + t.dep_]
        f += ["k=" + k for k in kids]
        f += ["lk=" + lemma + "|" + k for k in kids if k in {"ccomp", "xcomp", "nsubj", "dobj", "prep", "prt", "advcl", "parataxis", "agent", "nsubjpass"}]
        out.append(f)
    return out


def quote_index(doc, text: str, offset: int) -> tuple[list[int], list]:
    """Per token: 1 + the index of the quotation it sits in, or 0; and the quotations."""
    qs = find_quotes(text, offset, offset + len(doc.text))
    qidx = []
    for t in doc:
        pos = t.idx + offset
        qidx.append(next((k + 1 for k, q in enumerate(qs) if q.start <= pos < q.end), 0))
    return qidx, qs


def _history(prev: int, base: list[list[str]], n: int) -> list[str]:
    """Features of the previous token's tag (the cue tagger reads left to right)."""
    return ["prev=" + str(prev), "prevl=" + str(prev) + base[n][2]]


def _bucket(d: int) -> str:
    a = abs(d)
    b = a if a <= 3 else 5 if a <= 5 else 10 if a <= 10 else 20 if a <= 20 else 40 if a <= 40 else 99
    return ("-" if d < 0 else "+") + str(b)


def _chain(t) -> list:
    out = [t]
    while out[-1].head.i != out[-1].i and len(out) < 60:
        out.append(out[-1].head)
    return out


def span_features(doc, base: list[list[str]], cue: list, qidx: list[int], qs, offset: int) -> tuple[list[int], list[list[str]]]:
    """For one cue (its tokens), the candidate tokens of the paragraph and their features."""
    cue_i = {t.i for t in cue}
    head = next((t for t in cue if t.head.i not in cue_i or t.head.i == t.i), cue[0])
    lemma = head.lemma_.lower()
    cue_sent = head.sent
    sents = list(doc.sents)
    sent_no = {s.start: n for n, s in enumerate(sents)}
    cue_sn = sent_no[cue_sent.start]
    c_chain = _chain(head)
    c_pos = {t.i: k for k, t in enumerate(c_chain)}
    first, last = min(cue_i), max(cue_i)
    cue_q = qidx[head.i]
    # quotations adjacent to the cue: nothing but punctuation, spaces and a few words between
    adj = {}
    c0, c1 = doc[first].idx, doc[last].idx + len(doc[last].text)
    for k, q in enumerate(qs, 1):
        before = q.end - offset <= c0
        gap = doc.text[q.end - offset:c0] if before else doc.text[c1:max(q.start - offset, c1)]
        adj[k] = ("L" if before else "R") + ("near" if len(gap.split()) <= 6 else "far")
    idx, feats = [], []
    sdist_cache = {}
    for s in sents:
        sdist_cache[s.start] = sent_no[s.start] - cue_sn
    for t in doc:
        if t.i in cue_i:
            continue
        sd = sdist_cache[t.sent.start]
        if abs(sd) > MAX_SENT_DISTANCE:
            continue
        # dependency path: arcs from t up to the common ancestor, and from the cue up to it
        t_side = []
        node = t
        steps = 0
        while node.i not in c_pos and steps < 60:
            t_side.append(node.dep_)
            if node.head.i == node.i:
                break
            node = node.head
            steps += 1
        if node.i in c_pos:
            c_side = [x.dep_ for x in c_chain[:c_pos[node.i]]]
        else:
            c_side = ["?"]
        tp = "/".join(t_side[-2:][::-1]) if t_side else "."
        cp = "/".join(c_side[:2]) if c_side else "."
        rel = "L" if t.i < first else "R"
        q = qidx[t.i]
        qf = "nq" if not q else ("samecueq" if q == cue_q else "q" + adj.get(q, "x"))
        top = t_side[-1] if t_side else "self"
        f = [
            "path=" + tp + "^" + cp, "top=" + top + "^" + cp, "ltop=" + lemma + "|" + top + "^" + (c_side[0] if c_side else "."),
            "depth=" + str(min(len(t_side), 6)) + "|" + top, "rel=" + rel, "dist=" + _bucket(t.i - head.i),
            "sd=" + str(sd), "qf=" + qf, "qfr=" + qf + "|" + rel + "|" + str(sd),
            "relp=" + rel + "|" + t.pos_ + "|" + top, "cl=" + lemma, "cd=" + head.dep_ + "|" + top,
            "cueq=" + str(cue_q > 0) + "|" + qf,
        ]
        idx.append(t.i)
        feats.append(f + ["x" + b for b in base[t.i][1:14]])
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
            qidx, qs = quote_index(doc, text, offset)
            base = token_features(doc, qidx)
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
                idx, feats = span_features(doc, base, [doc[i] for i in sorted(ct)], qidx, qs, offset)
                labels = [1 if i in src else 2 if i in con else 0 for i in idx]
                span_ex.append(([[sys.intern(x) for x in f] for f in feats], labels))
            base = [[sys.intern(x) for x in f] for f in base]
            cue_ex.append((base, [1 if t.i in cue_tokens else 0 for t in doc]))
    return {"cue": cue_ex, "span": span_ex}


def train(ex: dict[str, list], epochs: int = 8, rng: random.Random | None = None) -> dict:
    rng = rng or random.Random(1)
    models = {"cue": Perceptron(CUE_CLASSES), "span": Perceptron(SPAN_CLASSES)}
    for name, model in models.items():
        seqs = list(ex[name])
        for epoch in range(epochs):
            rng.shuffle(seqs)
            wrong = total = 0
            for feats, labels in seqs:
                prev = 0
                for n, (f, y) in enumerate(zip(feats, labels)):
                    if name == "cue":
                        f = f + _history(prev, feats, n)
                    g = model.predict(f)
                    model.update(y, g, f)
                    wrong += g != y
                    total += 1
                    prev = g
            print(f"{name} epoch {epoch}: {wrong / max(total, 1):.4f} errors", file=sys.stderr)
        model.average()
    return {name: {"classes": list(m.classes), "weights": m.weights} for name, m in models.items()}


def save(model: dict, path) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump(model, fh, separators=(",", ":"))


@lru_cache(maxsize=1)
def load_model(path: str = str(WEIGHTS)) -> dict | None:
    """The shipped taggers, or None when the weights file is missing."""
    if not Path(path).is_file():
        return None
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        raw = json.load(fh)
    out = {}
    for name, m in raw.items():
        p = Perceptron(tuple(m["classes"]))
        p.weights = m["weights"]
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
    qidx, qs = quote_index(doc, text, offset)
    base = token_features(doc, qidx)
    cue_model, span_model = model["cue"], model["span"]
    marked = []
    prev = 0
    for n, f in enumerate(base):
        prev = cue_model.predict(f + _history(prev, base, n))
        if prev == 1 and n >= floor and not doc[n].is_space:
            marked.append(n)
    out = []
    runs = _with_auxiliaries(doc, _runs(marked), floor)
    cue_sents = [doc[r[0]].sent.start for r in runs]
    for n, run in enumerate(runs):
        cue = [doc[i] for i in run]
        lo = runs[n - 1][-1] if n else -1
        hi = runs[n + 1][0] if n + 1 < len(runs) else len(doc)
        own = cue_sents[n]
        others = set(cue_sents[:n] + cue_sents[n + 1:])
        idx, feats = span_features(doc, base, cue, qidx, qs, offset)
        # content stays between the neighbouring cues, and leaves the cue's sentence only
        # inside a quotation, into a sentence with no cue of its own
        scores = {i: span_model.scores(f) for i, f in zip(idx, feats) if i >= floor and not doc[i].is_space}
        src = _best_run(scores, 1, [i for i in scores])
        rest = [i for i in scores if i not in set(src)
                and (doc[i].sent.start == own or (qidx[i] and doc[i].sent.start not in others))]
        con = _best_run(scores, 2, [i for i in rest if i < run[0]]) + _best_run(scores, 2, [i for i in rest if i > run[-1]])
        con = _whole_quotes(doc, cue, con, src, qidx, [r for r in runs if r is not run])
        out.append((cue, src, con))
    return out


CUE_PARTS = {"aux", "auxpass", "neg", "prt"}


def _with_auxiliaries(doc, runs: list[list[int]], floor: int) -> list[list[int]]:
    """Cue runs widened to the head verb's auxiliaries, negation and particle, and the words
    between them ("has also said", "did not deny", "called for"), as PolNeAR marks cues."""
    out: list[list[int]] = []
    for run in runs:
        ids = set(run)
        head = next((doc[i] for i in run if doc[i].head.i not in ids or doc[i].head.i == i), doc[run[0]])
        if head.pos_ in {"VERB", "AUX"}:
            ids |= {c.i for c in head.children if c.dep_ in CUE_PARTS and c.i >= floor and abs(c.i - head.i) <= 4}
        ids = set(range(min(ids), max(ids) + 1))
        if out and min(ids) <= out[-1][-1] + 1:
            ids |= set(out.pop())
        out.append(sorted(i for i in ids if not doc[i].is_space))
    return [r for r in out if r]


def _whole_quotes(doc, cue: list, con: list[int], src: list[int], qidx: list[int], other_cues) -> list[int]:
    """A quotation the content reaches into is taken whole (a quote runs over sentences); with no
    content, a quotation right before or after the cue ("Stop!" they chanted; he said: "...") is it."""
    cue_q = qidx[cue[0].i]
    taken = {qidx[i] for i in con if qidx[i] and qidx[i] != cue_q}
    if not con:
        first, last = cue[0].i, cue[-1].i
        before = [t for t in doc[max(first - 4, 0):first]]
        after = [t for t in doc[last + 1:last + 4]]
        for side in (before[::-1], after):
            for t in side:
                if qidx[t.i] and qidx[t.i] != cue_q:
                    taken.add(qidx[t.i])
                    break
                if not (t.is_punct or t.is_space or t.i in set(src)):
                    break
    if not taken:
        return con
    blocked = set(src) | {t.i for t in cue} | {i for r in other_cues for i in r}
    quoted = [t.i for t in doc if qidx[t.i] in taken]
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
            best, best_run = total, list(range(start, i + 1))
    return best_run
