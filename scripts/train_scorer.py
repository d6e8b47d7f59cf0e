"""Train the contradiction scorer (factcheck/data/scorer.json): a logistic model that turns a
reported pair's features into the probability that a fact-checker would confirm it.

    pip install scikit-learn
    python scripts/train_scorer.py ../shared/data/emergent/emergent_train.csv \\
        ../shared/data/news-dev/gold.json data/news-dev --holdout ap-congo-toll,...

Labelled pairs come from running the contradiction step (rules only, no calibration) on
- Emergent train: every headline an article of its own; a pair of headlines is right when one
  is `for` and the other `against` one claim, wrong otherwise (pairs with an `observing`
  headline of the same claim are left out);
- news-dev: the excerpts in one database; a pair is right when it matches a gold
  contradiction of its article, wrong otherwise (pairs across two stories included). Articles
  named by --holdout are left out of training and of the threshold, to be measured on.

News pairs weigh as much, all together, as Emergent's. It prints Emergent precision, recall
and F1 by 5-fold cross-validation grouped by Emergent claim (each fold's headlines scored by a
model that never saw that claim), and the default threshold: the lowest score at which
cross-validated precision on the training pairs (news weighing as much as Emergent) reaches
0.8, from which `factcheck contradictions`, reports and Datasette show pairs by default.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "factcheck" / "data" / "scorer.json"
TARGET_PRECISION = 0.8


def _raw_pairs(articles):
    """Ingest `articles` into a temporary database; return (index, rule-scored pairs, claims by id):
    the pairs a recheck finds, before calibration."""
    from factcheck.checking import headline_pairs, load_index
    from factcheck.contradict import find
    from factcheck.db import Store
    from factcheck.ingest import ingest

    with tempfile.TemporaryDirectory(prefix="factcheck-train-") as tmp, Store(str(Path(tmp) / "train.db")) as database:
        ingest(database, articles, batch_size=64)
        index = load_index(database)
        claims = {c.id: c.model_dump() for c in database.claims()}
        found = {f.id: f for f in find(index, calibrate=False, briefs=False)}
        for f in headline_pairs(database, calibrate=False)[0]:
            found.setdefault(f.id, f)
    return index, sorted(found.values(), key=lambda f: f.id), claims


def emergent_pairs(path: str):
    from factcheck.contradict import features
    from factcheck.evaluate_emergent import articles, gold_pairs, read

    rows = read(path)
    meta = {h.article: h for h in rows}
    gold = gold_pairs(rows)
    index, found, _ = _raw_pairs(articles(rows))
    out = []
    for f in found:
        a, b = index.claims[f.claim_a_id].article, index.claims[f.claim_b_id].article
        pair = frozenset((a, b))
        ha, hb = meta[a], meta[b]
        if pair not in gold and ha.claim == hb.claim and "observing" in (ha.stance, hb.stance):
            continue
        out.append((features(index, f), int(pair in gold), ha.claim))
    n_gold = {}
    for pair in gold:
        claim = meta[next(iter(pair))].claim
        n_gold[claim] = n_gold.get(claim, 0) + 1
    return out, n_gold


def news_pairs(gold_path: str, texts: str, holdout: set[str]):
    from factcheck.contradict import features
    from factcheck.evaluate_news import pair_matches, read_gold, read_texts
    from factcheck.models import Article

    gold = [a for a in read_gold(gold_path) if a["name"] not in holdout]
    text = read_texts(gold, texts)
    index, found, claims = _raw_pairs([Article(id=a["name"], text=text[a["name"]], title=a["name"]) for a in gold])
    by_name = {a["name"]: a for a in gold}
    out = []
    for f in found:
        ca, cb = claims[f.claim_a_id], claims[f.claim_b_id]
        right = ca["article"] == cb["article"] and any(
            pair_matches(g, ca, cb) for g in by_name[ca["article"]].get("contradictions", [])
        )
        out.append((features(index, f), int(right), "news:" + ca["article"]))
    return out


def _fit(X, y, w=None):
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=1.0, max_iter=5000, fit_intercept=False)
    model.fit(X, y, sample_weight=w)
    return model


def _threshold(probs, labels, weights=None) -> float:
    """The lowest score whose pairs at or above it are right in TARGET_PRECISION of cases,
    each pair counted with its weight."""
    weights = [1.0] * len(probs) if weights is None else list(weights)
    ranked = sorted(zip(probs, labels, weights), key=lambda p: -p[0])
    best, right, total = 1.0, 0.0, 0.0
    for p, label, w in ranked:
        right += w * label
        total += w
        if right / total >= TARGET_PRECISION:
            best = p
    return math.floor(best * 1000) / 1000  # rounded down: the lowest pair that qualifies stays in


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("emergent")
    parser.add_argument("news_gold")
    parser.add_argument("news_texts")
    parser.add_argument("--holdout", default="", help="news-dev article names kept out of training")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    args = parser.parse_args()
    try:
        import numpy as np
        from sklearn.model_selection import GroupKFold
    except ImportError:
        print("Error: needs scikit-learn: pip install scikit-learn", file=sys.stderr)
        return 1
    holdout = {n for n in args.holdout.split(",") if n}
    emergent, n_gold = emergent_pairs(args.emergent)
    news = news_pairs(args.news_gold, args.news_texts, holdout)
    print(
        f"pairs: Emergent {len(emergent)} ({sum(p[1] for p in emergent)} right), "
        f"news-dev {len(news)} ({sum(p[1] for p in news)} right, held out: {len(holdout)} articles)"
    )
    X = np.array([p[0] for p in emergent + news])
    y = np.array([p[1] for p in emergent + news])
    groups = np.array([p[2] for p in emergent + news])
    ne = len(emergent)
    # real news weighs as much as all of Emergent's headlines: it is what the scores are for
    weight = np.array([1.0] * ne + [ne / max(1, len(news))] * len(news))
    # cross-validated probabilities for every training pair, grouped by Emergent claim / news article
    oof = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=args.folds).split(X, y, groups):
        oof[test] = _fit(X[train], y[train], weight[train]).predict_proba(X[test])[:, 1]
    # the default threshold is chosen on every training pair, news weighing as much as Emergent:
    # on the few news pairs alone it was their lowest score, whatever the model
    threshold = _threshold(list(oof), list(y), list(weight))
    for name, probs, labels, gold_total in (
        ("Emergent (5-fold by claim)", oof[:ne], y[:ne], sum(n_gold.values())),
        ("news-dev tune (5-fold by article)", oof[ne:], y[ne:], None),
    ):
        kept = probs >= threshold
        right = int((labels[kept] == 1).sum())
        precision = right / kept.sum() if kept.sum() else 0.0
        line = f"{name}: threshold {threshold}: {int(kept.sum())} pairs, {right} right, precision {precision:.3f}"
        if gold_total:
            recall = right / gold_total
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            line += (
                f", recall {recall:.3f}, F1 {f1:.3f} (rules alone: precision {labels.mean():.3f}, "
                f"recall {labels.sum() / gold_total:.3f})"
            )
        print(line)
    model = _fit(X, y, weight)
    from factcheck.contradict import FEATURES

    data = {
        "_about": "Logistic model over factcheck.contradict.features, trained by scripts/train_scorer.py on "
        f"Emergent train and news-dev (held out: {', '.join(sorted(holdout)) or 'none'}).",
        "features": FEATURES,
        "weights": [round(float(w), 6) for w in model.coef_[0]],
        "threshold": threshold,
        "target_precision": TARGET_PRECISION,
    }
    if args.dry_run:
        print(json.dumps(data, indent=1))
        return 0
    OUT.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: threshold {threshold}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
