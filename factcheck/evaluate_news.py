"""Score claims and contradictions on real news excerpts (the news-dev gold format).

A gold file is JSON: {"_about": ..., "articles": [{name, url, claims, contradictions}, ...]};
each article's text is `<name>.txt` in a folder given beside it. Gold claims give a source
regex (matched, case-insensitively, against a claim's source and its speaker as written), a
content regex and the accepted stances: a gold claim is found when one extracted claim of its
article matches all three. A gold contradiction pairs two source regexes; a reported pair
matches it when both its claims come from that article and their sources match `a` and `b`
(either way round). Precision counts every reported pair, those joining two articles
included: the articles are unrelated stories, so a pair across two of them is a false lead.

All articles go into one temporary database through the same ingest as `factcheck ingest`,
so pairs across stories can happen as they would in a newsroom's database."""

from __future__ import annotations

import json
import re
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .errors import FactcheckError


@dataclass
class Miss:
    article: str
    what: str  # "claim", "contradiction" or "false pair"
    detail: str


@dataclass
class Result:
    articles: int
    gold_claims: int
    claims_found: int
    gold_contradictions: int
    contradictions_found: int
    reported: int  # pairs reported at or above the threshold
    correct: int  # reported pairs that match a gold contradiction
    across: int  # reported pairs joining two articles
    min_score: float
    claims_recall: float
    recall: float
    precision: float
    f1: float
    misses: list[Miss] = field(default_factory=list)

    def public(self) -> dict:
        out = asdict(self)
        out.pop("misses")
        return out

    def lines(self) -> list[str]:
        return [
            f"articles            {self.articles}",
            f"claims found        {self.claims_found} of {self.gold_claims} (recall {self.claims_recall:.3f})",
            f"contradictions      {self.contradictions_found} of {self.gold_contradictions} (recall {self.recall:.3f})",
            f"reported pairs      {self.reported} at score >= {self.min_score:g}",
            f"right pairs         {self.correct} (precision {self.precision:.3f})",
            f"pairs across stories {self.across}",
            f"F1                  {self.f1:.3f}",
        ]


def read_gold(path: str) -> list[dict]:
    p = Path(path)
    if not p.is_file():
        raise FactcheckError(
            f"{path} does not exist" if not p.exists() else f"{path} is not a file",
            "give the path of a gold JSON file such as news-dev/gold.json",
        )
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise FactcheckError(f"{path} is not a JSON file: {e}", "give the news gold JSON file") from e
    articles = data.get("articles") if isinstance(data, dict) else None
    if not isinstance(articles, list) or not articles:
        raise FactcheckError(f'{path} has no "articles" list', "give the news gold JSON file")
    for number, a in enumerate(articles, 1):
        if not isinstance(a, dict) or not isinstance(a.get("name"), str):
            raise FactcheckError(f"{path}: article {number} has no name", "check the gold file")
        try:
            for c in a.get("claims", []):
                re.compile(c["source"]), re.compile(c["content"])
            for x in a.get("contradictions", []):
                re.compile(x["a"]), re.compile(x["b"])
        except (KeyError, TypeError, re.error) as e:
            raise FactcheckError(
                f"{path}: article {a['name']} has a bad claim or contradiction: {e}", "check the gold file"
            ) from e
    return articles


def read_texts(gold: list[dict], texts_dir: str) -> dict[str, str]:
    folder = Path(texts_dir)
    if not folder.is_dir():
        raise FactcheckError(f"{texts_dir} is not a folder", "give the folder that holds <name>.txt for each article")
    texts = {}
    missing = []
    for a in gold:
        p = folder / f"{a['name']}.txt"
        if not p.is_file():
            missing.append(p.name)
            continue
        texts[a["name"]] = p.read_text(encoding="utf-8")
    if missing:
        raise FactcheckError(
            f"{texts_dir} lacks {len(missing)} text(s): {', '.join(missing[:3])}"
            + (" ..." if len(missing) > 3 else ""),
            "save each article's text as <name>.txt there",
        )
    return texts


def _matches(pattern: str, *values: str | None) -> bool:
    return any(v and re.search(pattern, v, re.I) for v in values)


def claim_found(gold: dict, claims: list[dict]) -> bool:
    return any(
        _matches(gold["source"], c["source"], c["speaker"])
        and _matches(gold["content"], c["content"])
        and c["stance"] in gold.get("stance", [c["stance"]])
        for c in claims
    )


def pair_matches(gold: dict, a: dict, b: dict) -> bool:
    def side(pattern, c):
        return _matches(pattern, c["source"], c["speaker"])

    return (side(gold["a"], a) and side(gold["b"], b)) or (side(gold["a"], b) and side(gold["b"], a))


def score(
    gold: list[dict], claims_by_article: dict[str, list[dict]], pairs: list[tuple[dict, dict, dict]], min_score: float
) -> Result:
    """Score extracted claims and reported (contradiction, claim a, claim b) triples."""
    misses: list[Miss] = []
    gold_claims = found_claims = 0
    for a in gold:
        for c in a.get("claims", []):
            gold_claims += 1
            if claim_found(c, claims_by_article.get(a["name"], [])):
                found_claims += 1
            else:
                misses.append(
                    Miss(a["name"], "claim", f"{c['source']} / {c['content']} / {'|'.join(c.get('stance', []))}")
                )
    by_name = {a["name"]: a for a in gold}
    hit: set[tuple[str, int]] = set()
    correct = across = 0
    for x, ca, cb in pairs:
        if ca["article"] != cb["article"]:
            across += 1
            misses.append(Miss(f"{ca['article']} / {cb['article']}", "false pair", _pair_text(x, ca, cb)))
            continue
        article = by_name.get(ca["article"], {})
        right = [i for i, g in enumerate(article.get("contradictions", [])) if pair_matches(g, ca, cb)]
        if right:
            correct += 1
            hit.update((ca["article"], i) for i in right)
        else:
            misses.append(Miss(ca["article"], "false pair", _pair_text(x, ca, cb)))
    gold_pairs = sum(len(a.get("contradictions", [])) for a in gold)
    for a in gold:
        for i, g in enumerate(a.get("contradictions", [])):
            if (a["name"], i) not in hit:
                misses.append(Miss(a["name"], "contradiction", f"{g['a']}  <->  {g['b']}"))
    recall = len(hit) / gold_pairs if gold_pairs else 0.0
    precision = correct / len(pairs) if pairs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Result(
        len(gold),
        gold_claims,
        found_claims,
        gold_pairs,
        len(hit),
        len(pairs),
        correct,
        across,
        min_score,
        round(found_claims / gold_claims if gold_claims else 0.0, 4),
        round(recall, 4),
        round(precision, 4),
        round(f1, 4),
        misses,
    )


def _pair_text(x: dict, a: dict, b: dict) -> str:
    return (
        f'[{x["kind"]} {x["score"]:.2f}] {a["source"]}: "{_short(a["content"])}"  <->  '
        f'{b["source"]}: "{_short(b["content"])}"'
    )


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_misses(result: Result, limit: int) -> str:
    lines = []
    for what, title in (
        ("claim", "Gold claims not found"),
        ("contradiction", "Gold contradictions not reported"),
        ("false pair", "Reported pairs that are wrong"),
    ):
        rows = [m for m in result.misses if m.what == what]
        if rows:
            lines.append(f"{title} ({len(rows)}):")
            lines += [f"  {m.article}: {m.detail}" for m in rows[:limit]]
    return "\n".join(lines)


def evaluate(gold_path: str, texts_dir: str, min_score: float | None = None) -> Result:
    """Ingest every article of the gold file into a temporary database, then score the claims
    and the contradictions reported at or above `min_score` (default: the shipped threshold)."""
    from .contradict import DEFAULT_MIN_SCORE
    from .db import Store
    from .ingest import ingest
    from .models import Article

    gold = read_gold(gold_path)
    texts = read_texts(gold, texts_dir)
    threshold = DEFAULT_MIN_SCORE if min_score is None else min_score
    articles = [Article(id=a["name"], text=texts[a["name"]], url=a.get("url"), title=a["name"]) for a in gold]
    with tempfile.TemporaryDirectory(prefix="factcheck-news-") as tmp:
        database = Store(str(Path(tmp) / "news.db"))
        ingest(database, articles)
        claims_by_article: dict[str, list[dict]] = {}
        for c in database.claims():
            claims_by_article.setdefault(c.article, []).append(c.model_dump())
        items = [x.model_dump() for x in database.contradictions(status="all", min_score=threshold)]
        database.close()
    pairs = [(x, x["claim_a"], x["claim_b"]) for x in items]
    return score(gold, claims_by_article, pairs, threshold)
