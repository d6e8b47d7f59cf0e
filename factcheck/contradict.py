"""Find contradictions between claims: candidate pairs by blocking, then rules, then a score.

Candidates come from an inverted index over proposition keys (terms, entities, quantities),
never from comparing every pair, so the cost grows about linearly with the number of claims.
Rules: `denial` (one source affirms what another denies or calls false), `negation` (opposite
polarity of one proposition), `numeric` (incompatible values for one quantity),
`description` (incompatible labels for one thing), and `changed position` (one source on
both sides, in different articles)."""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from dataclasses import dataclass, field

# Pairs of labels that cannot both describe one thing.
INCOMPATIBLE = [
    ("peaceful", "violent"), ("legal", "illegal"), ("lawful", "unlawful"), ("voluntary", "forced"),
    ("voluntary", "involuntary"), ("internment", "vocational"), ("internment", "training"),
    ("detention", "vocational"), ("detention", "training"), ("prison", "school"), ("camp", "school"),
    ("riot", "march"), ("riot", "protest"), ("accident", "attack"), ("accident", "murder"),
    ("suicide", "murder"), ("suicide", "homicide"), ("guilty", "innocent"), ("alive", "dead"),
    ("safe", "dangerous"), ("success", "failure"), ("increase", "decrease"), ("rise", "fall"),
    ("win", "lose"), ("true", "false"), ("real", "fake"), ("genuine", "fake"), ("civilian", "militant"),
    ("civilian", "combatant"), ("terrorist", "activist"), ("massacre", "clash"), ("coup", "election"),
    ("genocide", "counterterrorism"), ("invasion", "liberation"), ("defensive", "offensive"),
]
_INCOMPATIBLE: dict[str, set[str]] = defaultdict(set)
for _x, _y in INCOMPATIBLE:
    _INCOMPATIBLE[_x].add(_y)
    _INCOMPATIBLE[_y].add(_x)

FALSE_MARK = "~false"  # a content word that calls something false ("a hoax", "untrue")
THRESHOLD = 1.5  # weighted shared terms for two claims to be about one proposition
MAX_CANDIDATES = 40  # per claim, the best-sharing candidates only
CONTEXT_WEIGHT = 0.5
BASE = {"denial": 0.9, "numeric": 0.8, "description": 0.7, "negation": 0.6}


@dataclass
class Keyed:
    """What the contradiction step needs of a claim."""

    id: str
    article: str
    source_id: str
    source: str
    source_kind: str
    stance: str
    cue: str
    content: str
    terms: set[str]
    context: set[str] = field(default_factory=set)
    numbers: list[tuple[float, str]] = field(default_factory=list)
    negated: set[str] = field(default_factory=set)  # terms under a negation
    hedged: bool = False
    position: int = 0


@dataclass
class Found:
    id: str
    claim_a_id: str
    claim_b_id: str
    kind: str
    score: float
    explanation: str


def pair_id(a: str, b: str) -> str:
    x, y = sorted((a, b))
    return hashlib.sha256(f"{x}|{y}".encode()).hexdigest()[:12]


class Index:
    """An inverted index over proposition keys, grown claim by claim."""

    def __init__(self):
        self.claims: dict[str, Keyed] = {}
        self.postings: dict[str, list[str]] = defaultdict(list)

    def add(self, claim: Keyed) -> None:
        if claim.id in self.claims:
            return
        self.claims[claim.id] = claim
        for key in _keys(claim):
            self.postings[key].append(claim.id)

    def idf(self, key: str) -> float:
        n = len(self.claims)
        df = len(self.postings.get(key, ())) or 1
        return math.log(1 + n / df)

    def candidates(self, claim: Keyed) -> list[tuple[str, float, list[str]]]:
        """Claims sharing weighted keys with `claim`: (id, weight, shared terms), best first.
        Very common keys (in more than 5% of a large index) do not block."""
        n = len(self.claims)
        cap = max(200, n // 20)
        weights: dict[str, float] = defaultdict(float)
        shared: dict[str, list[str]] = defaultdict(list)
        for key in _keys(claim):
            posting = self.postings.get(key, ())
            if len(posting) > cap:
                continue
            w = self.idf(key)
            for other_id in posting:
                if other_id == claim.id:
                    continue
                other = self.claims[other_id]
                if key in claim.terms and key in other.terms or key.startswith("#"):
                    weights[other_id] += w
                    shared[other_id].append(key)
                elif (key in claim.terms) or (key in other.terms):
                    weights[other_id] += CONTEXT_WEIGHT * w
                    shared[other_id].append(key)
        best = sorted(weights.items(), key=lambda kv: -kv[1])[:MAX_CANDIDATES]
        return [(cid, w, shared[cid]) for cid, w in best]


def _keys(claim: Keyed) -> set[str]:
    keys = set(claim.terms) | set(claim.context)
    keys.discard(FALSE_MARK)
    keys |= {f"#{unit}" for _, unit in claim.numbers}
    return keys


def find(index: Index, new_ids: list[str] | None = None) -> list[Found]:
    """Contradictions involving the claims `new_ids` (all claims when None)."""
    ids = list(index.claims) if new_ids is None else new_ids
    found: dict[str, Found] = {}
    for cid in ids:
        a = index.claims[cid]
        for other_id, weight, shared in index.candidates(a):
            b = index.claims[other_id]
            pid = pair_id(a.id, b.id)
            if pid in found:
                continue
            result = judge(a, b, weight, shared)
            if result:
                found[pid] = result
    return list(found.values())


def judge(a: Keyed, b: Keyed, weight: float, shared: list[str]) -> Found | None:
    """Whether two claims about one proposition conflict, how, and how surely."""
    if a.source_id == b.source_id and a.article == b.article:
        return None  # one source within one article is never a contradiction
    if a.article == b.article and "narrator" in (a.source_kind, b.source_kind):
        return None  # the article's own voice reports the dispute; it is not a side in it
    if weight < THRESHOLD or "demands" in (a.stance, b.stance):
        return None
    core = [t for t in shared if not t.startswith("#")]
    kind, first, second, why = None, a, b, ""
    a_false = a.stance in {"denies", "questions"} or (FALSE_MARK in a.terms and FALSE_MARK not in a.negated)
    b_false = b.stance in {"denies", "questions"} or (FALSE_MARK in b.terms and FALSE_MARK not in b.negated)
    if a_false != b_false:
        first, second = (b, a) if a_false else (a, b)
        kind = "denial"
        verb = second.cue or "calls it false"
        why = (f'{second.source} {verb} "{_short(second.content)}", which {first.source} '
               f'{"asserts" if first.cue else "states"}: "{_short(first.content)}"')
    numeric = _numeric(a, b)
    if kind is None and numeric:
        kind = "numeric"
        why = numeric
    labels = _description(a, b)
    if kind is None and labels:
        kind = "description"
        why = f'{a.source} says "{labels[0]}" where {b.source} says "{labels[1]}"'
    flipped = _flipped(a, b, core)
    if kind is None and len(flipped) >= 1 and len(core) >= 2 and weight >= 2 * THRESHOLD:
        first, second = (b, a) if set(flipped) & a.negated else (a, b)
        kind = "negation"
        why = f'{first.source}: "{_short(first.content)}"; {second.source} says the opposite: "{_short(second.content)}"'
    if kind is None:
        return None
    score = BASE[kind] * min(1.0, weight / (2 * THRESHOLD + 1))
    if "questions" in (a.stance, b.stance):
        score *= 0.7
    if a.hedged or b.hedged:
        score *= 0.8
    if a.source_id == b.source_id:
        why = f"changed position ({kind}): {why}"
        kind = "changed position"
    if core:
        why += f" (both about: {', '.join(sorted(set(core))[:6])})"
    if first.position > second.position and first.article == second.article and kind != "denial":
        first, second = second, first
    return Found(pair_id(a.id, b.id), first.id, second.id, kind, round(score, 3), why)


def _flipped(a: Keyed, b: Keyed, core: list[str]) -> list[str]:
    """Shared terms that one claim negates and the other does not."""
    return [t for t in core if (t in a.negated) != (t in b.negated)]


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _numeric(a: Keyed, b: Keyed) -> str | None:
    for va, ua in a.numbers:
        for vb, ub in b.numbers:
            if ua == ub and va > 0 and vb > 0:
                ratio = max(va, vb) / min(va, vb)
                if ratio >= 1.5:
                    return f"{a.source}: {_fmt(va)} {ua}; {b.source}: {_fmt(vb)} {ub}"
    return None


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"


def _description(a: Keyed, b: Keyed) -> tuple[str, str] | None:
    for term in a.terms:
        clash = _INCOMPATIBLE.get(term)
        if clash:
            hit = clash & b.terms
            if hit and term not in b.terms:
                return term, sorted(hit)[0]
    return None
