"""Build factcheck/data/weights.json: how common each proposition key is in news.

The contradiction step weighs the keys two claims share by their rarity (inverse document
frequency over claims). Counting that rarity in the user's own database made every decision
depend on what else the database held and in which order it came (a pair found on Monday could
vanish on Tuesday because other stories used its words), so the counts are taken once, from a
reference corpus of news claims, and shipped with the package.

    factcheck ingest --feed polnear-train.jsonl --db /tmp/reference.db
    python scripts/build_weights.py /tmp/reference.db

The shipped table was built from PolNeAR train (840 articles of 2016 US political news), the
feed written by `benchmarks/run.py`'s `polnear_feed`. Keys held by one claim only are left out:
a key the table does not hold counts as held by one claim."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.checking import keyed_claims  # noqa: E402
from factcheck.contradict import _keys  # noqa: E402
from factcheck.db import Store  # noqa: E402

OUT = ROOT / "factcheck" / "data" / "weights.json"


def main(path: str) -> None:
    database = Store(path, create=False)
    df: Counter[str] = Counter()
    n = 0
    for claim in keyed_claims(database):
        n += 1
        df.update(k for k in _keys(claim) if not k.startswith("="))  # figures: rare by nature
    kept = {k: c for k, c in sorted(df.items()) if c >= 2}
    OUT.write_text(
        json.dumps(
            {"source": "PolNeAR train, claims as factcheck extracts them", "claims": n, "df": kept},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{n} claims, {len(kept)} keys held by two or more -> {OUT}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python scripts/build_weights.py DATABASE")
    main(sys.argv[1])
