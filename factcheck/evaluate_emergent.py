"""Score the contradiction step on Emergent (Ferreira and Vlachos, NAACL 2016).

Every headline becomes an article of its own outlet in a temporary database; the contradiction
step runs as it does for any ingest; the pairs of headlines it reports are scored against gold:
two headlines about one claim, one `for` and one `against`, contradict. A pair with an
`observing` headline of the same claim is neither right nor wrong; any other pair is wrong."""

from __future__ import annotations

import csv
import tempfile
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .errors import FactcheckError

COLUMNS = {"claimId", "articleId", "articleHeadline", "stance"}
STANCES = {"for", "against", "observing"}


@dataclass
class Headline:
    claim: str
    article: str
    text: str
    stance: str


@dataclass
class Result:
    headlines: int
    gold: int  # gold contradicting pairs (for x against, per claim)
    reported: int  # distinct headline pairs reported, ignored ones included
    ignored: int  # pairs with an `observing` headline of the same claim
    correct: int
    wrong: int
    precision: float
    recall: float
    f1: float
    kinds: dict[str, int] = field(default_factory=dict)  # reported pairs by kind (scored ones)

    def as_dict(self) -> dict:
        return asdict(self)

    def lines(self) -> list[str]:
        return [
            f"headlines   {self.headlines}",
            f"gold pairs  {self.gold}",
            f"reported    {self.reported} ({self.ignored} ignored: an observing headline)",
            f"correct     {self.correct}",
            f"wrong       {self.wrong}",
            f"precision   {self.precision:.3f}",
            f"recall      {self.recall:.3f}",
            f"F1          {self.f1:.3f}",
        ]


def read(path: str) -> list[Headline]:
    """The rows of an Emergent CSV, checked."""
    p = Path(path)
    if not p.exists():
        raise FactcheckError(f"{path} does not exist", "give the path of an Emergent CSV, e.g. emergent_train.csv")
    if p.is_dir():
        raise FactcheckError(f"{path} is a directory", "give the path of an Emergent CSV file")
    try:
        with open(p, encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            missing = COLUMNS - set(reader.fieldnames or [])
            if missing:
                raise FactcheckError(
                    f"{path} is not an Emergent CSV: no column {', '.join(sorted(missing))}",
                    "expected columns claimId, articleId, claimHeadline, articleHeadline, stance",
                )
            rows = []
            for number, row in enumerate(reader, 2):
                stance = (row.get("stance") or "").strip().lower()
                if stance not in STANCES:
                    raise FactcheckError(
                        f"{path} line {number}: stance {row.get('stance')!r} is not for, against or observing",
                        "check the file",
                    )
                text = (row.get("articleHeadline") or "").strip()
                if text and row.get("articleId"):
                    rows.append(Headline(row["claimId"], row["articleId"], text, stance))
    except UnicodeDecodeError as e:
        raise FactcheckError(f"{path} is not UTF-8 text", "give the Emergent CSV file") from e
    except csv.Error as e:
        raise FactcheckError(f"{path} is not a readable CSV: {e}", "give the Emergent CSV file") from e
    if not rows:
        raise FactcheckError(f"{path} holds no headlines", "give the Emergent CSV file")
    return rows


def gold_pairs(rows: list[Headline]) -> set[frozenset[str]]:
    by_claim: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for h in rows:
        by_claim[h.claim][h.stance].append(h.article)
    return {
        frozenset((x, y)) for stances in by_claim.values() for x in stances["for"] for y in stances["against"] if x != y
    }


def score(rows: list[Headline], reported: list[tuple[str, str, str]]) -> Result:
    """Score reported (article a, article b, kind) pairs against the gold pairs of `rows`."""
    gold = gold_pairs(rows)
    meta = {h.article: h for h in rows}
    seen: dict[frozenset[str], str] = {}
    for a, b, kind in reported:
        seen.setdefault(frozenset((a, b)), kind)
    correct = wrong = ignored = 0
    kinds: dict[str, int] = defaultdict(int)
    for pair, kind in seen.items():
        if pair in gold:
            correct += 1
        elif len(pair) == 2 and _observed(pair, meta):
            ignored += 1
            continue
        else:
            wrong += 1
        kinds[kind] += 1
    precision = correct / (correct + wrong) if correct + wrong else 0.0
    recall = correct / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Result(
        len(rows),
        len(gold),
        len(seen),
        ignored,
        correct,
        wrong,
        round(precision, 4),
        round(recall, 4),
        round(f1, 4),
        dict(kinds),
    )


def _observed(pair: frozenset[str], meta: dict[str, Headline]) -> bool:
    a, b = (meta[x] for x in pair)
    return a.claim == b.claim and "observing" in (a.stance, b.stance)


def articles(rows: list[Headline]):
    """Each headline as an article of its own outlet."""
    from .models import Article

    return [Article(id=h.article, text=h.text, title=h.text, outlet=f"Outlet {h.article[:8]}") for h in rows]


def evaluate(path: str, limit: int | None = None) -> Result:
    """Ingest the headlines of an Emergent CSV into a temporary database and score the
    contradictions found among them."""
    from .checking import recheck
    from .db import Store
    from .ingest import ingest

    rows = read(path)
    if limit:
        claims = sorted({h.claim for h in rows})[:limit]
        rows = [h for h in rows if h.claim in set(claims)]
    with tempfile.TemporaryDirectory(prefix="factcheck-emergent-") as tmp:
        database = Store(str(Path(tmp) / "emergent.db"))
        ingest(database, articles(rows), batch_size=256)
        recheck(database)  # one pass over the whole database, as `factcheck recheck`
        sql = """select a.article_id, b.article_id, x.kind from contradictions x
                 join claims a on a.id = x.claim_a_id join claims b on b.id = x.claim_b_id"""
        reported = [tuple(r) for r in database.execute(sql)]
        database.close()
    return score(rows, reported)
