"""Score the extractor on PolNeAR-format JSON Lines, as the attribution literature does.

Per role (source, cue, content): precision, recall and F1 by exact match of the span set
(after trimming punctuation at both ends), and by token overlap (precision over predicted
tokens, recall over gold tokens). Gold and predicted attributions are paired one-to-one,
greedily by token overlap. Claims of the narrator (no cue) are not attributions."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from .errors import FactcheckError

ROLES = ("source", "cue", "content")
_WORD = re.compile(r"\w+")
_EDGE = " \t\r\n\u00a0\"'“”‘’.,;:!?()[]{}—–-―…*"

Span = tuple[int, int]


@dataclass
class Item:
    """One attribution: its spans per role, as character offsets into the article text."""

    spans: dict[str, list[Span]]
    tokens: dict[str, set[int]] = field(default_factory=dict)  # word starts per role
    exact: dict[str, frozenset] = field(default_factory=dict)  # trimmed span set per role


@dataclass
class Counts:
    pred: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ROLES, 0))
    gold: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ROLES, 0))
    exact: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ROLES, 0))
    pred_tokens: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ROLES, 0))
    gold_tokens: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ROLES, 0))
    shared_tokens: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ROLES, 0))


def read_polnear(path: str) -> Iterator[dict]:
    """Articles of a PolNeAR JSON Lines file (`-` for standard input)."""
    import sys

    if path != "-" and not Path(path).is_file():
        raise FactcheckError(f"no such file: {path}", "give the path of a PolNeAR .jsonl file")
    handle = sys.stdin if path == "-" else open(path, encoding="utf-8")
    with handle:
        for n, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                row["text"], row["attributions"]  # noqa: B018 - the fields the scorer needs
            except (ValueError, KeyError, TypeError) as e:
                raise FactcheckError(
                    f"{path} line {n} is not a PolNeAR record ({e})", "each line needs {article, text, attributions}"
                ) from e
            yield row


def trim(text: str, span: Span) -> Span | None:
    """A span without punctuation and spaces at either end; None when nothing is left."""
    s, e = span
    while s < e and text[s] in _EDGE:
        s += 1
    while e > s and text[e - 1] in _EDGE:
        e -= 1
    return (s, e) if e > s else None


def span_set(text: str, spans: list[Span]) -> frozenset:
    """Trimmed spans, with fragments separated only by punctuation or spaces joined."""
    trimmed = sorted(t for t in (trim(text, cast(Span, tuple(s))) for s in spans) if t)
    merged: list[list[int]] = []
    for s, e in trimmed:
        if merged and (s <= merged[-1][1] or not text[merged[-1][1] : s].strip(_EDGE)):
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return frozenset(tuple(m) for m in merged)


def word_starts(text: str, spans: list[Span]) -> set[int]:
    out: set[int] = set()
    for s, e in spans:
        out.update(m.start() for m in _WORD.finditer(text, s, e))
    return out


def make_item(text: str, spans: dict[str, list[Span]]) -> Item:
    item = Item({r: [cast(Span, tuple(s)) for s in spans.get(r, [])] for r in ROLES})
    item.tokens = {r: word_starts(text, item.spans[r]) for r in ROLES}
    item.exact = {r: span_set(text, item.spans[r]) for r in ROLES}
    return item


def gold_items(row: dict) -> list[Item]:
    text = row["text"]
    out = []
    for att in row["attributions"]:
        if not att.get("cue"):
            continue  # the narrator's own voice is not an attribution
        out.append(make_item(text, {r: [(f["start"], f["end"]) for f in att.get(r) or []] for r in ROLES}))
    return out


def predicted_items(text: str, claims) -> list[Item]:
    """One item per attribution with a cue. A quotation over paragraphs is one attribution, as the
    annotators mark it: the claims of its later paragraphs (`continues`) add to its content."""
    more: dict[str, list[Span]] = {}
    for c in claims:
        if c.continues:
            more.setdefault(c.continues, []).extend(c.spans.content)
    return [
        make_item(text, {"source": c.spans.source, "cue": c.spans.cue, "content": c.spans.content + more.get(c.id, [])})
        for c in claims
        if c.spans.cue
    ]


def overlap(a: Item, b: Item) -> int:
    return sum(len(a.tokens[r] & b.tokens[r]) for r in ROLES)


def pair(gold: list[Item], pred: list[Item]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), greedily by token overlap."""
    cand = sorted(
        (
            (overlap(g, p), -abs(min(g.tokens["cue"] or {0}) - min(p.tokens["cue"] or {0})), i, j)
            for i, g in enumerate(gold)
            for j, p in enumerate(pred)
        ),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for ov, _, i, j in cand:
        if ov <= 0:
            break
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j))
    return out


def count(gold: list[Item], pred: list[Item], pairs: list[tuple[int, int]], counts: Counts) -> None:
    for r in ROLES:
        counts.gold[r] += sum(1 for g in gold if g.exact[r])
        counts.pred[r] += sum(1 for p in pred if p.exact[r])
        counts.gold_tokens[r] += sum(len(g.tokens[r]) for g in gold)
        counts.pred_tokens[r] += sum(len(p.tokens[r]) for p in pred)
        for i, j in pairs:
            g, p = gold[i], pred[j]
            if g.exact[r] and g.exact[r] == p.exact[r]:
                counts.exact[r] += 1
            counts.shared_tokens[r] += len(g.tokens[r] & p.tokens[r])


def prf(hit: int, pred: int, gold: int) -> dict[str, float]:
    p = hit / pred if pred else 0.0
    r = hit / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def figures(counts: Counts) -> dict:
    return {
        "exact": {r: prf(counts.exact[r], counts.pred[r], counts.gold[r]) for r in ROLES},
        "token": {r: prf(counts.shared_tokens[r], counts.pred_tokens[r], counts.gold_tokens[r]) for r in ROLES},
    }


def _miss_score(g: Item, p: Item | None) -> float:
    """How well one gold attribution was found: mean token F1 over its roles (0 = missed)."""
    if p is None:
        return 0.0
    scores = []
    for r in ROLES:
        if not g.tokens[r] and not p.tokens[r]:
            continue
        shared = len(g.tokens[r] & p.tokens[r])
        scores.append(2 * shared / (len(g.tokens[r]) + len(p.tokens[r])))
    return sum(scores) / len(scores) if scores else 1.0


def evaluate(path: str, limit: int | None = None) -> dict:
    """Run the extractor over a PolNeAR file and score it. Returns figures, counts, errors."""
    from .extract import extract_many
    from .models import Article
    from .nlp import load

    rows = []
    for row in read_polnear(path):
        rows.append(row)
        if limit and len(rows) >= limit:
            break
    if not rows:
        raise FactcheckError(f"{path} holds no articles", "give a PolNeAR .jsonl file")
    load()  # the model's loading time is not extraction time
    articles = [Article(id=str(row.get("article") or n), text=row["text"]) for n, row in enumerate(rows)]
    started = time.perf_counter()
    results = [claims for _, claims in extract_many(articles)]
    elapsed = time.perf_counter() - started
    words = sum(len(row["text"].split()) for row in rows)
    return {
        "file": path,
        **score(rows, results),
        "words": words,
        "seconds": round(elapsed, 2),
        "words_per_second": round(words / elapsed) if elapsed else 0,
    }


def score(rows: list[dict], results: list) -> dict:
    """Figures for the claims `results[i]` extracted from the PolNeAR record `rows[i]`."""
    counts = Counts()
    misses = []
    n_gold = n_pred = 0
    for row, claims in zip(rows, results):
        text = row["text"]
        gold = gold_items(row)
        pred = predicted_items(text, claims)
        n_gold += len(gold)
        n_pred += len(pred)
        pairs = pair(gold, pred)
        count(gold, pred, pairs, counts)
        matched = dict(pairs)
        for i, g in enumerate(gold):
            p = pred[matched[i]] if i in matched else None
            misses.append((_miss_score(g, p), row.get("article", ""), text, g, p))
    misses.sort(key=lambda m: m[0])
    return {"articles": len(rows), "gold": n_gold, "predicted": n_pred, **figures(counts), "_misses": misses}


def _show(text: str, spans: list[Span]) -> str:
    return " | ".join(text[s:e].replace("\n", " ") for s, e in spans) or "-"


def render_report(result: dict) -> str:
    """The figures as a table."""
    lines = [
        f"{result['articles']} articles, {result['gold']} gold attributions, {result['predicted']} predicted",
        f"{'role':<8} {'exact P':>8} {'exact R':>8} {'exact F1':>8}   {'token P':>8} {'token R':>8} {'token F1':>8}",
    ]
    for r in ROLES:
        e, t = result["exact"][r], result["token"][r]
        lines.append(
            f"{r:<8} {e['precision']:>8.3f} {e['recall']:>8.3f} {e['f1']:>8.3f}   "
            f"{t['precision']:>8.3f} {t['recall']:>8.3f} {t['f1']:>8.3f}"
        )
    if "words" in result:
        lines.append(f"{result['words']} words in {result['seconds']} s: {result['words_per_second']} words/second")
    return "\n".join(lines)


def render_misses(result: dict, n: int) -> str:
    """The `n` gold attributions the extractor found worst, with what it predicted."""
    lines = []
    for found, article, text, g, p in result["_misses"][:n]:
        lines.append("")
        lines.append(f"[{found:.2f}] {article}")
        for r in ROLES:
            lines.append(f"  gold {r:<8} {_show(text, g.spans[r])[:200]}")
            lines.append(f"  pred {r:<8} {_show(text, p.spans[r])[:200] if p else '-'}")
    return "\n".join(lines)


def public(result: dict) -> dict:
    return {k: v for k, v in result.items() if not k.startswith("_")}
