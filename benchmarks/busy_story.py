"""A busy story: does every article keep its own contradictions, whatever the order?

Writes a feed of the seed article N times (default 200) with its names and year changed
(`Kazakh` -> `Kazakh{i}`, `2019` -> `1900+i`), so that every copy covers one story with the
others (China, Xinjiang, the State Department), then ingests it in feed order, in reverse order,
and once more followed by `factcheck recheck`, and prints:

- how many articles keep their own China / State Department pair (the seed's own denials);
- the contradictions each database holds, and how many differ between the orders;
- what `recheck` added and removed.

    python benchmarks/busy_story.py [--copies 200] [--jobs 1]

Run on demand; it prints figures and returns non-zero when a target is missed."""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "kazakh-protesters.txt"


def feed(path: Path, copies: int, reverse: bool = False) -> None:
    text = SEED.read_text(encoding="utf-8")
    lines = []
    for i in range(copies):
        body = text.replace("Kazakh", f"Kazakh{i}").replace("2019", str(1900 + i))
        lines.append(json.dumps({"id": f"seed{i}", "text": body, "title": body.split("\n", 1)[0]}))
    if reverse:
        lines.reverse()
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def pairs(db: Path) -> dict[str, tuple]:
    conn = sqlite3.connect(db)
    try:
        return {
            r[0]: (r[1], r[2], r[3]) for r in conn.execute("select id, kind, score, explanation from contradictions")
        }
    finally:
        conn.close()


def own_pairs(db: Path) -> int:
    """Articles with a pair of their own between China and the State Department."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("""select distinct a.article_id from contradictions x
            join claims a on a.id = x.claim_a_id join claims b on b.id = x.claim_b_id
            join sources sa on sa.id = a.source_id join sources sb on sb.id = b.source_id
            where a.article_id = b.article_id
              and ((sa.name like '%China%' and sb.name like '%State Department%')
                or (sb.name like '%China%' and sa.name like '%State Department%'))""").fetchall()
        return len(rows)
    finally:
        conn.close()


def factcheck(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "factcheck", *args], check=True, stdout=subprocess.DEVNULL)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        forward, backward = t / "forward.jsonl", t / "backward.jsonl"
        feed(forward, args.copies)
        feed(backward, args.copies, reverse=True)
        dbs = {}
        for name, path in (("feed order", forward), ("reversed", backward)):
            dbs[name] = t / f"{name.split()[0]}.db"
            factcheck("ingest", "--feed", str(path), "--db", str(dbs[name]), "--quiet", "--jobs", str(args.jobs))
        before = pairs(dbs["feed order"])
        after_reverse = pairs(dbs["reversed"])
        own = own_pairs(dbs["feed order"])
        own_reverse = own_pairs(dbs["reversed"])
        factcheck("recheck", "--db", str(dbs["feed order"]))
        rechecked = pairs(dbs["feed order"])
        ok = True
        print(f"copies                    {args.copies}")
        print(f"own China/State pair      {own} of {args.copies} (feed order), {own_reverse} (reversed)")
        print(f"contradictions            {len(before)} (feed order), {len(after_reverse)} (reversed)")
        differ = len(set(before) ^ set(after_reverse)) + sum(
            before[k] != after_reverse[k] for k in set(before) & set(after_reverse)
        )
        print(f"differ between orders     {differ}")
        added, removed = set(rechecked) - set(before), set(before) - set(rechecked)
        changed = sum(before[k] != rechecked[k] for k in set(before) & set(rechecked))
        print(f"recheck                   {len(added)} added, {len(removed)} removed, {changed} rescored")
        ok = own == own_reverse == args.copies and differ == 0 and not (added or removed or changed)
        print("targets                   " + ("met" if ok else "MISSED"))
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
