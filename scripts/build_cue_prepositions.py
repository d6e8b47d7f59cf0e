"""Build factcheck/data/words/cue_prepositions.txt: which prepositions end a cue.

PolNeAR's annotators end a cue with the preposition its word governs ("referring to", "critical
of", "called for", "commented on") and leave out one that opens an adjunct ("said | in a
statement", "said | of Trump") or an infinitive ("declined | to comment"). The attribution
tagger learned the boundary only token by token and often stops one word short or one word
long; this table, counted from the same annotations, settles it word by word.

    python scripts/build_cue_prepositions.py ../shared/data/polnear/polnear_train_single.jsonl

For every gold cue, the pair (last word before a preposition, preposition) is counted as "with"
when the cue ends with the preposition and as "without" when the preposition follows the cue.
Pairs seen at least MIN_SEEN times are written with the majority's choice."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.evaluate_polnear import read_polnear  # noqa: E402

OUT = ROOT / "factcheck" / "data" / "words" / "cue_prepositions.txt"
MIN_SEEN = 3
PREPOSITIONS = set(
    "to in on of for at by as about with from against over into toward towards during after behind "
    "across upon through without under among between around like".split()
)
WORD = re.compile(r"[\w'’-]+")
HEADER = """\
# Whether a cue word takes the preposition after it into the cue: `word | preposition | with` or
# `... | without` ("referring | to | with", "said | in | without"). Read by factcheck/attribute.py.
# Source: counted from the cue spans of PolNeAR train (Newell et al., 2018) by
# scripts/build_cue_prepositions.py; pairs seen at least 3 times, by the majority's choice.
# One entry a line; `|` separates the fields of a table's row.
"""


def count(path: str) -> tuple[Counter, Counter]:
    with_prep: Counter = Counter()
    without: Counter = Counter()
    for row in read_polnear(path):
        text = row["text"]
        for att in row["attributions"]:
            cue = att.get("cue") or []
            if not cue:
                continue
            start, end = min(f["start"] for f in cue), max(f["end"] for f in cue)
            words = WORD.findall(text[start:end].lower())
            if len(words) >= 2 and words[-1] in PREPOSITIONS:
                with_prep[(words[-2], words[-1])] += 1
                continue
            after = re.match(r"\s+([A-Za-z]+)\b", text[end : end + 20])
            if words and after and after.group(1).lower() in PREPOSITIONS:
                without[(words[-1], after.group(1).lower())] += 1
    return with_prep, without


def main(path: str) -> None:
    with_prep, without = count(path)
    rows = []
    for pair in sorted(set(with_prep) | set(without)):
        seen = with_prep[pair] + without[pair]
        if seen >= MIN_SEEN and with_prep[pair] * 2 != seen:
            rows.append(f"{pair[0]} | {pair[1]} | {'with' if with_prep[pair] * 2 > seen else 'without'}")
    OUT.write_text(HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} pairs ({sum(r.endswith('| with') for r in rows)} with the preposition)")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python scripts/build_cue_prepositions.py PATH/TO/polnear_train_single.jsonl")
    main(sys.argv[1])
