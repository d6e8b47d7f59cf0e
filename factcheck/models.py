"""The records that flow through the pipeline. Field names are a contract."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Stance = Literal["asserts", "denies", "demands", "questions"]
QuoteKind = Literal["direct", "indirect", "mixed", "none"]
SourceKind = Literal["person", "organization", "government", "group", "media", "document", "anonymous", "narrator"]
Status = Literal["open", "confirmed", "dismissed"]

Span = tuple[int, int]


class Article(BaseModel):
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None


class Spans(BaseModel):
    source: list[Span] = Field(default_factory=list)
    cue: list[Span] = Field(default_factory=list)
    content: list[Span] = Field(default_factory=list)


class Claim(BaseModel):
    id: str
    article: str
    source: str
    source_id: str
    source_kind: SourceKind = "narrator"
    speaker: str
    cue: str
    stance: Stance
    quote: QuoteKind
    content: str
    sentence: str
    spans: Spans
    hedged: bool = False
    # the organisation a speaker speaks for ("Tom Reed, an Acme spokesman" -> "Acme"), when the text says
    affiliation: str | None = None
    # who relayed the claim ("The army said ..., the agency reported" -> "agency"), when someone did
    via: str | None = None
    # the claim whose quotation this one goes on with (a quotation over paragraphs), when it does
    continues: str | None = None
    # Proposition keys for the contradiction step (stored, not part of the JSON record).
    terms: list[str] = Field(default_factory=list, exclude=True)
    context: list[str] = Field(default_factory=list, exclude=True)
    # (value, unit, bound): bound `=`, `~` (about), `>` (more than) or `<` (up to)
    # (value, unit, bound) or (value, unit, bound, what happened to what is counted: "death", ...)
    numbers: list[tuple[float, str, str, str] | tuple[float, str, str] | tuple[float, str]] = Field(
        default_factory=list, exclude=True
    )
    # terms under a negation; "~not" (and "~not>verb", which verb) when the main predicate is negated
    negated: list[str] = Field(default_factory=list, exclude=True)


class Contradiction(BaseModel):
    id: str
    kind: str
    score: float
    explanation: str
    status: Status = "open"
    note: str | None = None
    claim_a: Claim
    claim_b: Claim


class SourceSummary(BaseModel):
    """A source as `factcheck sources` lists it: its claims counted, its aliases and the
    organisations its speakers speak for joined with "; " and ","."""

    id: str
    name: str
    kind: str
    article: str | None = None  # the article it belongs to, for a source of one article (its narrator)
    claims: int = 0
    aliases: str | None = None
    affiliation: str | None = None


class ArticleSummary(BaseModel):
    """An article as `factcheck articles` lists it, without its text."""

    id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    words: int | None = None
    claims: int = 0


class Verdict(BaseModel):
    """A fact-checker's verdict with the claim it judges (the copy kept with the verdict when
    the claim is no longer stored)."""

    claim: str  # the claim's id
    rating: str
    note: str | None = None
    url: str | None = None
    recorded: str | None = None
    content: str  # the claim's content
    source: str
    source_kind: str | None = None
    article: str | None = None
