"""Exports for other tools: ClaimReview JSON-LD of the claims with a verdict (the schema.org
form search engines read fact-checks in), and every claim with its source and article as JSON
Lines or CSV."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from . import render
from .db import Store
from .web import is_url

CONTEXT = "https://schema.org"
# Source kinds that are people; every other kind (government, organization, group, media, the
# narrator) is an Organization in schema.org terms.
PERSON_KINDS = {"person", "anonymous"}
ARTICLE_FIELDS = ["title", "url", "outlet", "published"]


def _articles(db: Store) -> dict[str, dict]:
    rows = db.execute("select id, title, url, outlet, published from articles")
    return {r[0]: dict(zip(ARTICLE_FIELDS, r[1:])) for r in rows}


def claim_records(db: Store) -> Iterator[dict]:
    """Every stored claim (the claim record of the README) with its article's title, url,
    outlet and date, and its verdict (or null)."""
    arts = _articles(db)
    verdicts = {v.claim: v.model_dump() for v in db.verdicts()}
    for c in db.claims():
        rec = c.model_dump()
        art = arts.get(c.article, {})
        rec.update({f"article_{k}": art.get(k) for k in ARTICLE_FIELDS})
        v = verdicts.get(c.id)
        rec["verdict"] = {k: v[k] for k in ("rating", "note", "url", "recorded")} if v else None
        yield rec


def jsonl(db: Store) -> str:
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in claim_records(db))


def csv(db: Store) -> str:
    rows = []
    for r in claim_records(db):
        v = r.pop("verdict") or {}
        rows.append({**r, **{f"verdict_{k}": v.get(k) for k in ("rating", "note", "url", "recorded")}})
    return render.to_csv(rows)


def _reviewed_text(content: str) -> str:
    """The claim as a statement: reported speech without its leading "that"."""
    text = " ".join(content.split()).strip()
    text = re.sub(r"^that\s+", "", text, flags=re.I)
    return text


def _link(url: str | None) -> str | None:
    """An http(s) address, else None: a `javascript:` URL stored before addresses were
    checked at input does not become a link."""
    return url if url and is_url(url) else None


def claim_review(verdict: dict, article: dict, org: str, org_url: str | None = None) -> dict:
    """One ClaimReview (schema.org) for a verdict on a claim that appeared in `article`."""
    author_type = "Person" if verdict["source_kind"] in PERSON_KINDS else "Organization"
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    if _link(article.get("url")):
        appearance["url"] = article["url"]
    if article.get("title"):
        appearance["headline"] = article["title"]
    if article.get("outlet"):
        appearance["publisher"] = {"@type": "Organization", "name": article["outlet"]}
    item: dict[str, Any] = {"@type": "Claim", "author": {"@type": author_type, "name": verdict["source"]}}
    if article.get("published"):
        item["datePublished"] = article["published"]
    item["appearance"] = appearance
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": verdict["rating"]}
    if verdict.get("note"):
        rating["ratingExplanation"] = verdict["note"]
    author: dict[str, Any] = {"@type": "Organization", "name": org}
    if _link(org_url):
        author["url"] = org_url
    review: dict[str, Any] = {"@context": CONTEXT, "@type": "ClaimReview"}
    if _link(verdict.get("url")):
        review["url"] = verdict["url"]
    review.update(
        {
            "claimReviewed": _reviewed_text(verdict["content"]),
            "itemReviewed": item,
            "author": author,
            "reviewRating": rating,
            "datePublished": (verdict["recorded"] or "")[:10],
        }
    )
    return review


def claim_reviews(db: Store, org: str, org_url: str | None = None) -> list[dict]:
    """A ClaimReview for every claim with a verdict, oldest verdict first."""
    arts = _articles(db)
    return [claim_review(v.model_dump(), arts.get(v.article or "", {}), org, org_url) for v in db.verdicts()]


def claim_reviews_json(reviews: list[dict]) -> str:
    """ClaimReview as JSON that is safe inside `<script type="application/ld+json">`, where it is
    published: `<`, `>` and `&` are written `\\u003c`, `\\u003e`, `\\u0026` (the same JSON), so
    a note holding `</script>` cannot end the script element."""
    text = json.dumps(reviews, indent=2, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
