"""The calibrated score of a contradiction: the probability that a fact-checker would confirm it.

A logistic model over the features `contradict.features` computes for a reported pair (its kind,
the rule score, how surely the two claims share one proposition, who the sides are), trained by
scripts/train_scorer.py on labelled pairs (Emergent train, news-dev) and shipped as
factcheck/data/scorer.json. Without the file the rule score stands."""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

PATH = Path(__file__).resolve().parent / "data" / "scorer.json"


@lru_cache(maxsize=1)
def model() -> dict | None:
    try:
        data = json.loads(PATH.read_text(encoding="utf-8"))
        return data if isinstance(data.get("weights"), list) else None
    except (OSError, ValueError):
        return None


def threshold() -> float:
    """The score from which a pair is shown by default: chosen on dev data for precision 0.8."""
    m = model()
    return float(m["threshold"]) if m else 0.0


def probability(features: list[float]) -> float:
    m = model()
    if m is None or len(m["weights"]) != len(features):
        return round(features[1], 3)  # the rule score
    z = sum(w * x for w, x in zip(m["weights"], features))
    return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 3)
