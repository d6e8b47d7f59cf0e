"""Build factcheck/data/words/given_names.txt: given names that nearly always name a man or a woman.

"Ana Ruiz met Tom Reed. Later she said ...": without knowing that Tom is a man's name, the resolver
let "she" stand for him, the person named last. The table keeps the given names that
name one gender in at least 92 of 100 people who bear them, from nomquamgender's counts (Ian Van
Buskirk and colleagues: how often each given name was borne by women and by men, gathered from
many national and international sources; MIT licence), installed with the `train` extra:

    pip install -e '.[train]'
    python scripts/build_given_names.py

A name enters when it was counted at least MIN_COUNT times in at least MIN_SOURCES sources,
is written in the letters of English (with a hyphen or an apostrophe inside), and is no word the
resolver reads as a title or a rank before a name ("General", "Judge"), nor a word of gender it
already knows ("Madam"). A noun for a kind of person ("bishop", "pastor", "imam", "baroness")
enters only when it is a common given name too, counted at least COMMON times ("Dean", "Guy",
"Donna"): before a name, the rarer ones are a role. Names used for both (Jean, Kim, Andrea,
Lindsey, Hilary, Chris) stay out: they tell nothing."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.lexicon import person_nouns  # noqa: E402
from factcheck.words import table, word_set  # noqa: E402

OUT = ROOT / "factcheck" / "data" / "words" / "given_names.txt"
MIN_COUNT = 50
MIN_SOURCES = 3
COMMON = 20_000
SHARE = 0.92  # of the people bearing the name, at least this share one gender
NAME = re.compile(r"[a-z]+(?:[-'][a-z]+)*$")
HEADER = """\
# Given names that name a man or a woman nearly always: a later "she" does not stand for "Tom
# Reed", nor "he" for "Ana Ruiz". Fields: name | male or female.
# Read by factcheck/resolve.py (GIVEN_NAMES).
# Source: nomquamgender 0.1.4 (Ian Van Buskirk and colleagues; MIT licence), its name_data.json,
# by scripts/build_given_names.py: names counted at least 50 times in at least 3 sources, at least
# 92 % of their bearers one gender; titles, ranks and rare names that are nouns for people left
# out. One entry a line; `|` separates the fields of a table's row.
"""


def name_data() -> dict[str, list]:
    """nomquamgender's counts, read from the installed package without importing it (its module
    imports pandas)."""
    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("nomquamgender is not installed: pip install -e '.[train]'")
    path = Path(next(iter(spec.submodule_search_locations))) / "name_data.json"
    return json.loads(path.read_text(encoding="utf-8"))


def main() -> None:
    left_out = (
        word_set("titles")
        | word_set("role_titles")
        | word_set("ranks")
        | word_set("role_nouns")
        | {row[0] for row in table("gendered_words")}
    )
    rows = []
    for name, (sources, count, female, *_) in sorted(name_data().items()):
        if not NAME.match(name) or count < MIN_COUNT or sources < MIN_SOURCES or name in left_out:
            continue
        if name in person_nouns() and count < COMMON:
            continue
        if female >= SHARE:
            rows.append(f"{name} | female")
        elif female <= 1 - SHARE:
            rows.append(f"{name} | male")
    OUT.write_text(HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} names ({sum(r.endswith('| female') for r in rows)} women's)")


if __name__ == "__main__":
    main()
