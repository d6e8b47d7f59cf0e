"""How the contradiction step scales: time for N claims and for 10 x N claims.

Claims are PolNeAR's annotated attributions (source, cue, content), read from the data file
given on the command line (never copied into the project), keyed with a plain tokenizer so
the benchmark measures the contradiction step alone, not parsing. Each size runs `--repeat`
times (5 by default); the median is reported with the ratio of the two medians. Linear cost gives a ratio
near 10; comparing every pair would give near 100.

    python benchmarks/contradictions.py ../shared/data/polnear/polnear_train_single.jsonl
    python benchmarks/contradictions.py ../shared/data/polnear/polnear_train_single.jsonl --small 1000 --json
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck.contradict import Index, Keyed, find  # noqa: E402
from factcheck.propositions import FALSE_MARK  # noqa: E402
from factcheck.stance import CUE_STANCE, DENIAL_WORDS  # noqa: E402

STOP = set(
    """a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most my myself
no nor not now of off on once only or other our ours out over own same she should so some such than that the
their theirs them themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your said says say told tell""".split()
)
NEGATIONS = {"not", "no", "never", "n't", "nobody", "nothing", "none"}
WORD = re.compile(r"[a-z][a-z'’-]+|n't")


def _lemma(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _cue_stance(cue: str) -> str:
    for word in cue.lower().split():
        for form in (word, _lemma(word), word.rstrip("s"), word[:-1] if word.endswith("d") else word):
            if form in CUE_STANCE:
                return CUE_STANCE[form]
    return "asserts"


def read_claims(path: str) -> list[Keyed]:
    """PolNeAR attributions as keyed claims, in file order."""
    claims = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            for n, att in enumerate(record["attributions"]):
                content = " ".join(s["text"] for s in att["content"])
                source = " ".join(s["text"] for s in att["source"]) or "narrator"
                cue = " ".join(s["text"] for s in att["cue"])
                words = WORD.findall(content.lower())
                terms = {_lemma(w) for w in words if w not in STOP and len(w) >= 3}
                negated = {_lemma(b) for a, b in zip(words, words[1:]) if a in NEGATIONS and b not in STOP}
                if DENIAL_WORDS & set(words):
                    terms.add(FALSE_MARK)
                if not terms:
                    continue
                claims.append(
                    Keyed(
                        id=f"{record['article']}#{n}",
                        article=record["article"],
                        source_id=source.lower(),
                        source=source,
                        source_kind="person",
                        stance=_cue_stance(cue),
                        cue=cue,
                        content=content,
                        terms=terms,
                        negated=negated,
                        position=att["content"][0]["start"] if att["content"] else 0,
                    )
                )
    return claims


def run(claims: list[Keyed]) -> tuple[float, int]:
    """Seconds to index the claims and find every contradiction among them; pairs found."""
    start = time.perf_counter()
    index = Index()
    for c in claims:
        index.add(c)
    found = find(index)
    return time.perf_counter() - start, len(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", help="PolNeAR JSON Lines file, e.g. ../shared/data/polnear/polnear_train_single.jsonl")
    parser.add_argument("--small", type=int, default=1500, help="claims in the small run (the large one has 10 x)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per size; the median is reported")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if not Path(args.path).is_file():
        print(f"Error: {args.path} does not exist (give a PolNeAR JSON Lines file)", file=sys.stderr)
        sys.exit(1)
    claims = read_claims(args.path)
    large = 10 * args.small
    if len(claims) < large:
        print(
            f"Error: {args.path} holds {len(claims)} claims, fewer than {large} (give a smaller --small)",
            file=sys.stderr,
        )
        sys.exit(1)
    figures = {}
    for size in (args.small, large):
        runs = [run(claims[:size]) for _ in range(args.repeat)]
        figures[size] = {
            "claims": size,
            "seconds": round(statistics.median(t for t, _ in runs), 3),
            "contradictions": runs[0][1],
        }
    ratio = figures[large]["seconds"] / figures[args.small]["seconds"]
    result = {"runs": list(figures.values()), "claims_ratio": 10, "time_ratio": round(ratio, 2)}
    if args.json:
        print(json.dumps(result, indent=2))
        return
    for f in figures.values():
        print(
            f"{f['claims']:>7} claims  {f['seconds']:8.3f} s (median of {args.repeat})  "
            f"{f['contradictions']} contradictions"
        )
    print(f"10 x the claims took {ratio:.1f} x the time (linear: about 10; every pair compared: about 100)")


if __name__ == "__main__":
    main()
