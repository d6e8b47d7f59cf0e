"""Train the attribution tagger (cue / source / content) on PolNeAR-format JSON Lines.

    python scripts/train_attribution.py ../shared/data/polnear/polnear_train_single.jsonl \
        --cache /tmp/polnear-cache --out factcheck/data/attribution.npz

Parses the articles with the same model and paragraph chunks as the extractor (cached with
spaCy's DocBin under --cache, outside the repository), then trains two averaged perceptrons
(factcheck.attribution_model). Only feature weights are written: never article text.

    python scripts/train_attribution.py --score ../shared/data/polnear/polnear_dev_single.jsonl

prints the figures of `factcheck eval polnear` from the cached parse, fast while tuning."""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck import attribution_model as am  # noqa: E402
from factcheck.extract import _chunks, as_sentence  # noqa: E402
from factcheck.nlp import load  # noqa: E402


def parsed(path: str, cache: Path):
    """(row, [(start, doc), ...]) for every article of a PolNeAR file; parses once, then reads the cache."""
    from spacy.tokens import DocBin

    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    cache.mkdir(parents=True, exist_ok=True)
    stem = cache / Path(path).stem
    nlp = load()
    if not (stem.with_suffix(".spacy")).exists():
        starts, texts = [], []
        for n, row in enumerate(rows):
            for s, e in _chunks(row["text"]):
                starts.append((n, s))
                texts.append(row["text"][s:e])
        bin_ = DocBin()
        t0 = time.time()
        for i, doc in enumerate(nlp.pipe(texts, batch_size=64)):
            bin_.add(doc)
            if i % 2000 == 0:
                print(f"parsed {i}/{len(texts)} in {time.time() - t0:.0f}s", file=sys.stderr)
        bin_.to_disk(stem.with_suffix(".spacy"))
        stem.with_suffix(".json").write_text(json.dumps(starts))
    starts = json.loads(stem.with_suffix(".json").read_text())
    # a Title Case headline is read as the extractor reads it
    docs = [as_sentence(doc, nlp) for doc in DocBin().from_disk(stem.with_suffix(".spacy")).get_docs(nlp.vocab)]
    by_article: dict[int, list] = {}
    for (n, s), doc in zip(starts, docs):
        by_article.setdefault(n, []).append((s, doc))
    return [(row, by_article.get(n, [])) for n, row in enumerate(rows)]


def score_cached(path: str, cache: Path, errors: int) -> None:
    """What `factcheck eval polnear` prints, from the cached parse (fast while tuning)."""
    from factcheck.evaluate_polnear import render_misses, render_report, score
    from factcheck.extract import claims_from_docs
    from factcheck.models import Article

    data = parsed(path, cache)
    results = [claims_from_docs(Article(id=str(n), text=row["text"]), docs) for n, (row, docs) in enumerate(data)]
    result = score([row for row, _ in data], results)
    print(render_report(result))
    if errors:
        print(render_misses(result, errors))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("train", nargs="*", help="PolNeAR .jsonl files to train on")
    ap.add_argument("--cache", default="/tmp/polnear-cache", help="where parsed documents are cached")
    ap.add_argument("--out", default=str(am.WEIGHTS), help="where the weights are written")
    ap.add_argument("--prune", type=float, default=0.0, help="leave out features whose weights are all below this")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--only", choices=["cue", "span"], help="train only this tagger")
    ap.add_argument("--keep", default=str(am.WEIGHTS), help="with --only: weights of the other tagger")
    ap.add_argument("--parse-only", action="store_true", help="only parse and cache")
    ap.add_argument("--score", metavar="DEV", help="score the shipped weights on DEV (cached parse) and stop")
    ap.add_argument("--errors", type=int, default=0, help="with --score: print the N worst misses")
    args = ap.parse_args()
    if args.score:
        score_cached(args.score, Path(args.cache), args.errors)
        return
    data = []
    for path in args.train:
        data += parsed(path, Path(args.cache))
    if args.parse_only:
        return
    examples = am.examples(data)
    if args.only:  # retrain one tagger, keep the other's weights from --keep
        examples = {k: (v if k == args.only else []) for k, v in examples.items()}
    print(f"{len(examples['cue'])} cue sequences, {len(examples['span'])} span sequences", file=sys.stderr)
    model = am.train(examples, epochs=args.epochs, rng=random.Random(1))
    if args.only:
        kept = {
            k: {"classes": v["classes"], "weights": dict(zip(v["features"], v["matrix"].tolist()))}
            for k, v in am.read_weights(args.keep).items()
        }
        model = {k: (model[k] if k == args.only else kept[k]) for k in kept}
    am.save(model, args.out, prune=args.prune)
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
