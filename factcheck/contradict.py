"""Find contradictions between claims: candidate pairs by blocking, then rules, then a score.

Every decision about a pair of claims depends on the two claims and their two articles only,
never on what else the database holds or in which order it came: ingested one by one, in
parallel, in reverse or checked again by `recheck`, one archive holds the same contradictions.
Two headlines (articles of at most BRIEF claims) are the exception: too short to tell their
story by themselves, they are paired within the stories of all the headlines (stories.py),
worked out again whenever headlines arrive, so they too do not depend on the order.

Candidates come from an index over composite keys: each pair of a claim's BLOCK_KEYS rarest
proposition keys (terms, entities, quantities), rarity counted once in a reference corpus of
news claims (factcheck/data/weights.json), so two claims meet when they share two of the words
that say most about each; claims of one article meet when they share any key. Two claims are
about one proposition when the key weight they share (terms of the neighbouring sentences count
half) covers enough of both, or, when one side denies or negates, a fifth of it (`linked`).
Rules, in order: `denial` (one side affirms what the other denies, calls
false or doubts), `negation` (a shared predicate negated on one side only), `numeric`
(incompatible values or bounds for one quantity), `description` (incompatible labels for one
thing); one source on both sides in different articles is a `changed position`."""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Protocol

from . import scorer
from .lexicon import antonyms, counted, is_speaker, object_nouns, person_nouns
from .propositions import (
    ASK_MARK,
    DISCREDIT_MARK,
    DOUBT_MARK,
    FALSE_MARK,
    FIGURE_HEADS,
    LABEL_MARK,
    MARGIN,
    NAMED_THING,
    NOT_MARK,
    REFUSED_MARK,
    RELATIVE_MARK,
    RELAY_MARK,
    frames,
    heads,
    names,
    places,
    plain_terms,
)
from .resolve import (
    CAPITALS,
    COUNTRY,
    GOVERNMENT_ORG_WORDS,
    HONORIFICS,
    LEVELS_OF_RULE,
    ROLE_NOUNS,
    initials,
    plain_words,
    title_qualifiers,
)
from .stance import DENIAL_WORDS, DOUBT_WORDS, TRUE_WORDS
from .words import phrases, word_set

STEM = 6  # letters of a term compared


def stem(term: str) -> str:
    """The comparison key of a term: its first STEM letters, so that forms the lemmatizer
    leaves apart still meet ("Nicaragua"/"Nicaraguan", "castrated"/"castration")."""
    return term if term.startswith("=") else term[:STEM]


def _stems(keys) -> set[str]:
    return {stem(k) for k in plain_terms(keys)}


def _names(keys) -> set[str]:
    return {stem(n) for n in names(keys)}


def _anchors(claim: "Keyed") -> set[str]:
    """The names a claim speaks of, and its source's name when it is one."""
    anchors = _names(claim.terms | claim.context)
    if claim.source_kind not in {"narrator", "anonymous"}:
        anchors |= {
            stem(re.sub(r"['’]s$", "", w.lower())) for w in re.findall(r"[\w'’.-]+", claim.source) if w[:1].isupper()
        }
    return anchors


def _specific(names: set[str]) -> set[str]:
    """The names that tell one story from another: not those that news names all the time
    ("Trump", "Obama", "Republicans" in a year of US politics): those held by more than one
    claim in a hundred of the reference corpus (`weight`)."""
    return {n for n in names if weight(n) >= STORY_NAME_WEIGHT}


def _key_terms(claim: "Keyed") -> set[str]:
    return {stem(h) for h in heads(claim.terms)}


CONTEXT_WEIGHT = 0.5  # a term of the neighbouring sentence counts half a term of the content
VALUE_WEIGHT = 1.0  # a shared quantity ("72 million") counts as a term of that rarity
BLOCK_KEYS = 8  # a claim's rarest keys whose pairs are its blocking keys
BLOCK_WEIGHT = 2.0  # keys below this weight (held by about one claim in seven) never block
ARTICLE_CANDIDATES = 200  # claims of its own article a claim is compared with, at most
MIN_TERMS = 1  # content words a claim needs to take part in a conflict
MIN_SHARED = 2  # distinct shared content keys for two claims to be about one proposition
MIN_OVERLAP = 0.4  # shared weight over the weight of the smaller claim
MIN_DICE = 0.25  # shared weight over the mean weight of the two claims
NUMERIC_TOLERANCE = 1.25  # two exact values closer than this ratio are one figure, rounded
SPREAD = 1000  # two amounts of one unit further apart than this ratio are two things, not two estimates
GROUP_LINK = 0.2  # dice weight for two claims to be linked: one proposition if one side denies it
LINK_SHARED = 3  # keys other than names two linked claims share at least
LINK_OWN = 2  # ... of which, in one article, at least this many said in one of the two contents
GROUP_FACTOR = 0.8  # a pair found by its link is less sure than one the rules found
# Pairs scored below this are kept but not shown by default (contradictions, reports, Datasette):
# the scorer's threshold, chosen on dev data for precision 0.8 (scripts/train_scorer.py).
DEFAULT_MIN_SCORE = scorer.threshold()
STORY_SHARED = 3  # names two articles share to be one story, whatever their length
STORY_OVERLAP = 0.3  # or this share of the names of the article that holds fewer
STORY_NAME_WEIGHT = math.log(1 + 100)  # a name in more than one claim in 100 of the reference tells no story
BRIEF = 2  # claims in an article too short to tell its story by names (a headline)
STORY_NOTE = "one story of headlines"  # how a pair found by its story (stories.py) says so
BASE = {"denial": 0.9, "numeric": 0.8, "description": 0.7, "negation": 0.75, "rebuttal": 0.8}


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
    numbers: list[tuple] = field(default_factory=list)  # (value, unit[, bound[, what happened: "death"]])
    negated: set[str] = field(default_factory=set)  # terms under a negation
    hedged: bool = False
    position: int = 0
    affiliation: str | None = None  # the organisation its speaker speaks for
    speaker: str = ""  # the words that named the source ("Mayor Lena Ortiz")

    @cached_property
    def substantive(self) -> bool:
        """`_substantive`, worked out once: find() asks it of every candidate pair."""
        return _substantive(self)


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


@lru_cache(maxsize=1)
def _reference() -> tuple[int, dict[str, int]]:
    data = json.loads((Path(__file__).resolve().parent / "data" / "weights.json").read_text(encoding="utf-8"))
    return data["claims"], data["df"]


@lru_cache(maxsize=200_000)
def weight(key: str) -> float:
    """How much sharing `key` says two claims are about one proposition: its rarity among the
    claims of a reference news corpus (scripts/build_weights.py), not among the claims a
    database happens to hold, so that no decision depends on what else was ingested. A key
    the corpus never saw (a name, a figure) weighs most."""
    n, df = _reference()
    return math.log(1 + n / df.get(key, 1))


def _value_key(number: tuple) -> str:
    return f"={number[0]:g}|{number[1]}"


def _keys(claim: Keyed) -> set[str]:
    keys = _stems(claim.terms) | _stems(claim.context)
    keys |= {_value_key(n) for n in claim.numbers}
    return keys


def blocks(claim: Keyed) -> list[str]:
    """The composite keys a claim is found by: each pair of its BLOCK_KEYS rarest keys. Two
    claims about one proposition share two keys at least, and the rarest say most; a pair of
    keys is held by few claims even where each key is held by thousands (a busy story's names
    and words), so no posting list has to be cut."""
    keys = sorted((k for k in _keys(claim) if weight(k) >= BLOCK_WEIGHT), key=lambda k: (-weight(k), k))
    return [f"{x}|{y}" for x, y in itertools.combinations(sorted(keys[:BLOCK_KEYS]), 2)]


def block_hashes(claim: Keyed) -> list[int]:
    """A claim's composite keys as 64-bit integers, as the index and the database hold them."""
    return [
        int.from_bytes(hashlib.blake2b(b.encode(), digest_size=8).digest(), "big", signed=True) for b in blocks(claim)
    ]


class Loader(Protocol):
    """Where an Index reads what it does not hold (factcheck.db.Neighbours)."""

    def claims_of(self, article: str) -> list[Keyed]: ...

    def summary(self, article: str) -> tuple[set[str], int]: ...


class Index:
    """An inverted index over composite proposition keys, grown claim by claim.

    Without a `loader` it holds every claim there is. With one it holds some articles whole
    and other claims alone (candidates read from a database): what it needs of an article it
    does not hold whole (its names, its size, its claims) comes from the loader."""

    def __init__(self, loader: Loader | None = None) -> None:
        self.claims: dict[str, Keyed] = {}
        self.postings: dict[int, list[str]] = defaultdict(list)  # composite key (hashed) -> claims
        self.keys: dict[str, set[str]] = {}  # claim -> its proposition keys
        self.voices: dict[tuple[str, str], list[str]] = defaultdict(list)  # (article, source) -> claims
        self.anchors: dict[str, set[str]] = defaultdict(set)  # article -> the names it speaks of
        self.sizes: dict[str, int] = defaultdict(int)  # article -> its claims
        self.by_article: dict[str, list[str]] = defaultdict(list)  # article -> its claims, in order
        self.loader = loader
        self.whole: set[str] = set()  # with a loader: the articles held whole
        self._placed: set[str] = set()  # claims recorded under their article

    def add(self, claim: Keyed, alone: bool = False) -> None:
        """Index a claim; `alone`: without its article (the article's other claims may be
        missing, so nothing is recorded of the article). With a loader, the posting lists are
        the loader's to fill (`postings`): they come with the claims from the database."""
        if claim.id not in self.claims:
            self.claims[claim.id] = claim
            if self.loader is None:
                for key in block_hashes(claim):
                    self.postings[key].append(claim.id)
        if not alone and claim.id not in self._placed:
            self._placed.add(claim.id)
            self.keys[claim.id] = _keys(claim)
            self.voices[(claim.article, claim.source_id)].append(claim.id)
            self.anchors[claim.article] |= _anchors(claim)
            self.sizes[claim.article] += 1
            self.by_article[claim.article].append(claim.id)

    def article(self, article: str) -> list[str]:
        """The claims of an article, in order, read whole from the loader the first time."""
        if self.loader is not None and article not in self.whole:
            for claim in self.loader.claims_of(article):
                self.add(self.claims.get(claim.id, claim))
            self.whole.add(article)
        return self.by_article.get(article, [])

    def _summary(self, article: str) -> tuple[set[str], int]:
        if self.loader is None or article in self.whole:
            return self.anchors.get(article, set()), self.sizes.get(article, 0)
        return self.loader.summary(article)

    def weights(self, claim: Keyed) -> dict[str, float]:
        """Each key of a claim with its weight: rarer keys weigh more; context keys half."""
        out: dict[str, float] = {}
        # sorted: sums of these weights must not depend on the process's string hashing
        for key in sorted(_stems(claim.context)):
            out[key] = CONTEXT_WEIGHT * weight(key)
        for key in sorted(_stems(claim.terms)):
            out[key] = weight(key)
        for n in claim.numbers:
            key = _value_key(n)
            out[key] = VALUE_WEIGHT * weight(key)
        return out

    def brief(self, article: str) -> bool:
        """Whether an article is a headline or a brief: too few claims to tell its story."""
        return 0 < self._summary(article)[1] <= BRIEF

    def same_story(self, a: str, b: str) -> bool:
        """Whether two articles cover one story: they share the names the story is about (people,
        organisations, places), enough of the fewer names either holds. Generic words
        (allegations, company, military) are no names, so they never join two stories."""
        if a == b:
            return True
        (x, size_a), (y, size_b) = self._summary(a), self._summary(b)
        if min(size_a, size_b) <= BRIEF:
            return True  # a headline or a brief names too little to tell: the claims' overlap decides
        x, y = _specific(x), _specific(y)
        shared, fewer = len(x & y), min(len(x), len(y))
        return shared >= STORY_SHARED or (shared >= 1 and shared >= STORY_OVERLAP * fewer)

    def candidates(self, claim: Keyed) -> list[str]:
        """Claims sharing a composite key with `claim`, and the claims of its own article that
        share any key with it (at most ARTICLE_CANDIDATES of them), in a fixed order. Whether
        two claims are candidates depends on the two claims only."""
        hits: set[str] = set()
        for key in block_hashes(claim):
            hits.update(self.postings.get(key, ()))
        mine = self.keys.get(claim.id) or _keys(claim)
        keys = self.keys
        hits.update(
            cid for cid in self.article(claim.article)[:ARTICLE_CANDIDATES] if not keys.get(cid, _NONE).isdisjoint(mine)
        )
        hits.discard(claim.id)
        return sorted(hits)


_NONE: frozenset[str] = frozenset()


@dataclass
class Overlap:
    """How much two claims are about one proposition."""

    shared: list[str]  # shared content keys, heaviest first
    weight: float  # shared weight
    overlap: float  # shared weight / the smaller claim's weight
    dice: float  # shared weight / the mean of both claims' weights

    @property
    def same(self) -> bool:
        return len(self.shared) >= MIN_SHARED and self.overlap >= MIN_OVERLAP and self.dice >= MIN_DICE

    @property
    def strength(self) -> float:
        """0..1: how surely the two claims are about one proposition."""
        return min(1.0, (self.overlap + self.dice) / 1.2)


def overlap(index: Index, a: Keyed, b: Keyed, memo: dict | None = None) -> Overlap:
    """How much `a` and `b` share; `memo` keeps each claim's weights within one pass."""
    if memo is None:
        wa, wb = index.weights(a), index.weights(b)
    else:
        wa = memo[a.id] if a.id in memo else memo.setdefault(a.id, index.weights(a))
        wb = memo[b.id] if b.id in memo else memo.setdefault(b.id, index.weights(b))
    shared = {k: min(wa[k], wb[k]) for k in sorted(wa.keys() & wb.keys())}
    s = sum(shared.values())
    ma, mb = sum(wa.values()) or 1.0, sum(wb.values()) or 1.0
    keys = sorted(shared, key=lambda k: (-shared[k], k))
    return Overlap(keys, s, s / min(ma, mb), 2 * s / (ma + mb))


def find(index: Index, new_ids: list[str] | None = None, calibrate: bool = True, briefs: bool = True) -> list[Found]:
    """Contradictions involving the claims `new_ids` (all claims when None).

    Each candidate pair is judged on its own: by the rules when the two share enough to be one
    proposition, else, when they are linked (GROUP_LINK of their weight shared, and something
    said of their names), when one affirms what the other denies or negates. Every rule is
    decided by the two claims and their articles, so the pairs found for new claims are the
    pairs `find(index)` finds for them over the whole index, whatever came before. Without
    `briefs`, no pair of two headlines of different articles (Index.brief): the stories of the
    archive's headlines decide those (stories.py)."""
    fresh = sorted(index.claims) if new_ids is None else sorted(set(new_ids))
    memo: dict[str, dict[str, float]] = {}
    found: dict[str, Found] = {}
    unjudged: dict[str, tuple[Keyed, Keyed, Overlap]] = {}
    seen: set[tuple[str, str]] = set()
    for cid in fresh:
        claim = index.claims[cid]
        for other_id in index.candidates(claim):
            other = index.claims[other_id]
            a, b = (claim, other) if claim.id < other.id else (other, claim)  # one order, however found
            if (a.id, b.id) in seen:
                continue
            seen.add((a.id, b.id))
            if not briefs and _two_headlines(index, a.article, b.article):
                continue  # the stories of all the headlines decide (stories.py)
            if not _opposable(a, b, index):
                continue
            pid = pair_id(a.id, b.id)
            about = overlap(index, a, b, memo)
            result = judge(a, b, about, index)
            if result:
                found[pid] = result
            else:
                unjudged[pid] = (a, b, about)
    for cid in fresh:  # a rebuttal or two figures say more than a link
        claim = index.claims[cid]
        for result in (
            rebuttals(index, claim) + contraries(index, claim) + figures(index, claim) + comparisons(index, claim)
        ):
            found.setdefault(result.id, result)
    for pid, (a, b, about) in unjudged.items():
        if pid not in found:
            result = _linked(index, a, b, about)
            if result:
                found[pid] = result
    out = [f for f in found.values() if not _told_already(index, f, memo)]
    if not briefs:  # nor a rebuttal or a figure: every pair of two headlines is their story's
        out = [
            f
            for f in out
            if not _two_headlines(index, index.claims[f.claim_a_id].article, index.claims[f.claim_b_id].article)
        ]
    if calibrate:
        calibrated(index, out, memo)
    return _fewest(index, out)


def calibrated(index: Index, found: list[Found], memo: dict | None = None) -> None:
    """Give each pair the scorer's probability that a fact-checker would confirm it (scorer.py)."""
    memo = {} if memo is None else memo
    for f in found:
        f.score = scorer.probability(features(index, f, memo))


def _two_headlines(index: Index, a: str, b: str) -> bool:
    """Whether articles `a` and `b` are two headlines (Index.brief)."""
    return a != b and index.brief(a) and index.brief(b)


def _opposable(a: Keyed, b: Keyed, index: Index) -> bool:
    """What both the rules and the link ask of a pair before its words are compared: two
    sides, neither a demand (but one that calls something false: "wants the board to correct
    what it calls misinformation" says the misinformation is false), both saying something."""
    return not (_mere_demand(a) or _mere_demand(b)) and a.substantive and b.substantive and _sides(a, b, index)


def _mere_demand(c: Keyed) -> bool:
    """A call for an action that says nothing false of what anyone said: no side in a conflict."""
    return c.stance == "demands" and FALSE_MARK not in c.terms


def _linked(index: Index, a: Keyed, b: Keyed, about: Overlap) -> Found | None:
    """Two linked claims (GROUP_LINK of their weight shared, LINK_SHARED keys other than names
    among it, LINK_OWN of them in a content when the two share an article) that the rules did
    not take for one proposition: a conflict when one affirms and the other denies or calls
    false what the two share. A link is too weak for less: a negated word ("not a blood clot")
    or a doubt ("raised questions about the plan", which may question anything about it) is no
    dispute of what the other side says. For a pair find() found _opposable (two speaking sides
    of one story, no demand, both saying something)."""
    if about.dice < GROUP_LINK or not about.shared or not (_refutes(a) or _refutes(b)):
        return None
    if not _same_things(a, b, about):
        return None
    words = set(about.shared) - _names(a.terms | a.context) - _names(b.terms | b.context)
    if len(words) < LINK_SHARED:
        return None  # a word or two in common, and names: not yet one proposition
    if a.article == b.article and len(words & (_stems(a.terms) | _stems(b.terms))) < LINK_OWN:
        return None  # in one article, neighbouring sentences are much of every claim's context
    core = sorted(_stems(a.terms) & _stems(b.terms))
    no = [c for c in (a, b) if _negative(c, core)]
    if len(no) != 1:
        return None
    n = no[0]
    y = b if n is a else a
    if _reports_both(index, y):
        return None
    shared = core or sorted(_stems(y.terms) | _stems(n.terms))
    result = _polarity(y, n, shared)
    if result is None or result[0] == "negation":
        return None  # the other side's "not", the disputing side affirming: no dispute either
    kind, first, second, why = result
    if _labels_only(second):
        return None
    score = BASE[kind] * GROUP_FACTOR * (0.5 + 0.5 * about.strength)
    if kind == "denial" and not _refutes(second):
        score *= 0.7
    if y.hedged or n.hedged:
        score *= 0.8
    if y.source_id == n.source_id:
        why, kind = f"changed position ({kind}): {why}", "changed position"
    why += f" (one proposition: {', '.join(_words((core or about.shared)[:6], y, n))})"
    return Found(pair_id(y.id, n.id), first.id, second.id, kind, round(score, 3), why)


def _negates_what_is_said(no: Keyed, yes: Keyed) -> bool:
    """Whether a negated predicate is one the other claim of its article states: "the union is not
    forcing workers to follow safety rules" negates forcing, not "workers are operating in an
    unsafe environment", though "workers" lies in its scope. A claim whose negated words hold no
    predicate head ("no casualties") is judged by its words; so are two headlines, whose heads
    the parser often misses."""
    negated = {stem(t) for t in no.negated if t != NOT_MARK}
    heads_negated = {stem(h) for h in heads(no.terms)} & negated
    return not heads_negated or bool(heads_negated & _stems(yes.terms))


def _labels_only(no: Keyed) -> bool:
    """Whether a claim refutes only by a label on what others said ("FAKE NEWS - A TOTAL
    POLITICAL WITCH HUNT", "these baseless allegations"): it answers the reports or claims it
    names, which rebuttals() finds, not whatever else shares its words."""
    return LABEL_MARK in no.terms and no.stance != "denies" and DOUBT_MARK not in no.terms


def _told_already(index: Index, f: Found, memo: dict) -> bool:
    """Whether a pair across two articles is told by one of them already: the other article
    carries the same claim in the same voice (the same source, or its own narrator), set
    against the same other side. A busy story's hundred copies of one wire report give each its
    own pairs, not ten thousand pairs between them; a claim that only one article carries
    still meets every article that contradicts it."""
    a, b = index.claims[f.claim_a_id], index.claims[f.claim_b_id]
    if a.article == b.article:
        return False
    return _twin(index, a, b, memo) or _twin(index, b, a, memo)


def _leaning(c: Keyed) -> tuple:
    return c.stance, _refutes(c), _doubts(c), bool(c.negated - {NOT_MARK})


def _twin(index: Index, claim: Keyed, against: Keyed, memo: dict) -> bool:
    """Whether the article of `against` carries `claim` in the same voice, besides `against`
    itself: same source (or both narrators), the same stance and polarity, one proposition."""
    name = claim.source.lower()
    for cid in index.article(against.article):
        other = index.claims[cid]
        if other.id == against.id or _leaning(other) != _leaning(claim):
            continue
        same_voice = (
            other.source_id == claim.source_id
            or other.source.lower() == name
            or other.source_kind == claim.source_kind == "narrator"
        )
        if same_voice and (other.content == claim.content or overlap(index, claim, other, memo).same):
            return True
    return False


PER_DISPUTE = 2  # pairs kept for two sources of one article: one dispute, not one lead per sentence


def _fewest(index: Index, found: list[Found]) -> list[Found]:
    """At most PER_DISPUTE pairs, the surest, for two sources in one article: a journalist needs
    the dispute once, with its strongest evidence, not every pair of sentences it touches."""
    kept: list[Found] = []
    seen: dict[tuple[str, ...], int] = defaultdict(int)
    for f in sorted(found, key=lambda f: (-f.score, f.id)):
        a, b = index.claims[f.claim_a_id], index.claims[f.claim_b_id]
        if a.article == b.article:
            key = (a.article, *sorted((a.source_id, b.source_id)))
            if seen[key] >= PER_DISPUTE:
                continue
            seen[key] += 1
        kept.append(f)
    return kept


FEATURES = [
    "bias",
    "rule_score",
    "denial",
    "negation",
    "numeric",
    "description",
    "rebuttal",
    "changed_position",
    "grouped",
    "same_article",
    "narrator",
    "refutes",
    "doubts_only",
    "hedged",
    "overlap",
    "shared_terms",
    "shared_names",
    "short_side",
    "long_side",
    "person_side",
    "document_side",
    "via_group",
    "affirming_side_marked",
    "story",
]


def features(index: Index, f: Found, memo: dict | None = None) -> list[float]:
    """What the scorer weighs for a reported pair: its kind and rule score, how surely the two
    claims are about one proposition, whether one side refutes or only doubts, hedges, and who
    the two sides are. Names as in FEATURES."""
    a, b = index.claims[f.claim_a_id], index.claims[f.claim_b_id]
    about = overlap(index, a, b, memo)
    kind = f.kind
    if kind == "changed position":
        base = f.explanation.split("(", 1)[1].split(")", 1)[0] if "(" in f.explanation else ""
    else:
        base = kind
    words = sorted((len(a.content.split()), len(b.content.split())))
    kinds = {a.source_kind, b.source_kind}
    return [
        1.0,
        f.score,
        float(base == "denial"),
        float(base == "negation"),
        float(base == "numeric"),
        float(base == "description"),
        float(base == "rebuttal"),
        float(kind == "changed position"),
        float("one proposition:" in f.explanation),
        float(a.article == b.article),
        float("narrator" in kinds),
        float(_refutes(a) or _refutes(b)),
        float(not (_refutes(a) or _refutes(b)) and (_doubts(a) or _doubts(b))),
        float(a.hedged or b.hedged),
        about.strength,
        math.log1p(len(_stems(a.terms) & _stems(b.terms))),
        math.log1p(len(_names(a.terms | a.context) & _names(b.terms | b.context))),
        math.log1p(words[0]),
        math.log1p(words[1]),
        float("person" in kinds),
        float(bool(kinds & {"document", "media"})),
        float("group" in kinds),
        float(_marked(a, b)),
        float(STORY_NOTE in f.explanation),
    ]


def _marked(c: Keyed, other: Keyed) -> bool:
    """Whether the affirming side of a pair (claim_a) also denies, doubts, calls false, or negates
    its main predicate or a word of the other side: it may report a rumour only to knock it down
    ("X Hasn't Died Despite What Everyone Is Saying")."""
    return (
        _refutes(c) or _doubts(c) or NOT_MARK in c.negated or bool({stem(t) for t in c.negated} & _stems(other.terms))
    )


def figures(index: Index, a: Keyed) -> list[Found]:
    """Figures of one article that count one thing and cannot both hold ("the military said two
    rebels were killed" / "the rebels said they suffered no casualties"; "58 people were killed"
    / "at least 200 were killed"), whatever other words the two claims share: one story's
    counts are compared by what they count, not by their wording."""
    if not a.numbers or not _speaks(a) or a.stance == "demands" or _doubts(a) or _refutes(a):
        return []
    out = []
    for cid in index.article(a.article):
        b = index.claims[cid]
        if b.id == a.id or not b.numbers or b.stance == "demands" or _doubts(b) or _refutes(b) or not _sides(a, b):
            continue
        core = sorted(_stems(a.terms) & _stems(b.terms))
        result = _numeric(a, b, core)
        if result is None:
            continue
        kind, first, second, why = result
        if first.position > second.position:
            first, second = second, first
        score = BASE["numeric"] * (0.8 if a.hedged or b.hedged else 1.0) * (0.9 if not core else 1.0)
        out.append(
            Found(
                pair_id(a.id, b.id),
                first.id,
                second.id,
                kind,
                round(score, 3),
                why + f" (both count {counted_as(_first_counted(first), first) or 'one thing'})",
            )
        )
    return out


FIGURE_NOUNS = word_set("figure_nouns")
# "at least 700 higher than Saudi officials' tally of 769": a figure set above or below another
# source's, named by a figure noun and its owner.
_COMPARED = re.compile(
    r"\b(higher|lower|more|fewer|greater|less|larger|smaller)\s+than\s+(?:the\s+)?"
    r"((?:[\w-]+\s+){0,3}?[\w-]+)[’']s?\s+(?:own\s+|official\s+)?(" + "|".join(sorted(FIGURE_NOUNS)) + r")\b"
    r"(?:\s+of\s+(\d[\d,]*))?",
    re.I,
)


def comparisons(index: Index, a: Keyed) -> list[Found]:
    """A figure set against another source's by name: "the estimate is at least 700 higher than
    Saudi officials' tally of 769" conflicts with the officials' claim of 769, though the two
    share no figure: the pair is the claim that compares and the owner's claim that gives the
    figure (the one named, when the comparison names it; of several, the one that says most)."""
    found = _COMPARED.search(a.content)
    if not found or not _speaks(a) or a.stance == "demands":
        return []
    word, owner, named = found.group(1).lower(), _side_words(found.group(2)), found.group(4)
    if not owner:
        return []
    value = float(named.replace(",", "")) if named else None
    best: dict[str, Keyed] = {}  # one pair for each owner: its claim that says most
    for cid in index.article(a.article):
        b = index.claims[cid]
        if b.id == a.id or not b.numbers or not _sides(a, b):
            continue
        if not owner & (_side_words(b.source) | _side_words(b.affiliation)):
            continue
        if value is not None and value not in {n[0] for n in b.numbers}:
            continue
        if b.source_id not in best or len(plain_terms(b.terms)) > len(plain_terms(best[b.source_id].terms)):
            best[b.source_id] = b
    out = []
    for b in best.values():
        first, second = (a, b) if a.position < b.position else (b, a)
        why = f'{a.source}: "{_short(a.content)}", {word} than what {b.source} gives: "{_short(b.content)}"'
        score = BASE["numeric"] * (0.8 if a.hedged or b.hedged else 1.0)
        out.append(Found(pair_id(a.id, b.id), first.id, second.id, "numeric", round(score, 3), why))
    return out


# What a claim says when all it says is that things are not as was just said ("claims otherwise").
CONTRARY = word_set("contrary_words")
CONTRARY_REACH = 400  # characters back to the claim a contrary one answers: its sentence or the one before


def contraries(index: Index, r: Keyed) -> list[Found]:
    """ "The company said two cups were spilled, but the union claims otherwise": a claim that
    says only that things are otherwise answers the claim right before it, when that claim is
    another side's and says something."""
    said = " ".join(_REF_WORD.findall(r.content.lower()))
    if said not in CONTRARY or not _speaks(r) or r.stance == "demands":
        return []
    before = [index.claims[c] for c in index.article(r.article)]
    before = [t for t in before if r.position - CONTRARY_REACH <= t.position < r.position]
    if not before:
        return []
    t = max(before, key=lambda c: c.position)
    if t.stance != "asserts" or not t.substantive or not _speaks(t) or not _sides(r, t):
        return []
    why = f'{r.source} {r.cue or "says"} "{r.content}" to what {t.source} says: "{_short(t.content)}"'
    score = BASE["rebuttal"] * (0.8 if r.hedged or t.hedged else 1.0)
    return [Found(pair_id(r.id, t.id), t.id, r.id, "rebuttal", round(score, 3), why)]


def _first_counted(c: Keyed) -> tuple:
    return next((n for n in c.numbers if counted_as(n, c)), c.numbers[0])


# Nouns by which a claim refers to what others said or did ("denied the allegations", "disagrees
# with the order", "denied any wrongdoing", "the claims are without merit").
REFERENCE_NOUNS = word_set("reference_nouns")
# Cues by which a claim alleges: what a bare "the allegations" or "any wrongdoing" answers.
ALLEGING_CUES = word_set("alleging_cues")


def _inflections(verb: str) -> set[str]:
    """A regular verb's forms: "accuse" -> accuse, accuses, accused, accusing."""
    base = verb[:-1] if verb.endswith("e") else verb
    return {verb, verb + "s", base + "ed", base + "ing"}


_ALLEGING_FORMS = {form for verb in ALLEGING_CUES for form in _inflections(verb)}


def _alleges(c: Keyed) -> bool:
    """Whether a claim's cue alleges ("alleges", "accused", "have accused", "accusing")."""
    return bool(c.cue) and c.cue.split()[-1].lower() in _ALLEGING_FORMS


_REF_WORD = re.compile(r"[a-z]+")
# Words before "'s" or "' " that name no owner of a reference ("its claims", "one's account").
_NO_OWNER = frozenset({"it", "its", "their", "his", "her", "one", "other", "others"})


def rebuttals(index: Index, r: Keyed) -> list[Found]:
    """Rebuttal by reference: a denial or doubt whose content refers to what others said ("the
    allegations", "any wrongdoing", "the order issued by the regulator", "these figures are
    fabricated") set against the claims it refers to in its article: those of a source it
    names, or, for a bare reference, those that allege something of the rebutting speaker or its
    organisation, or come from a document (a lawsuit, a complaint, a report). One pair for each
    source rebutted: its claim that shares most with the rebuttal."""
    if not (_refutes(r) or _doubts(r)) or r.stance == "demands" or not _speaks(r):
        return []
    if r.stance == "questions" and REFUSED_MARK in r.terms:
        return []  # a question put ("asked whether the reports ...") rebuts nothing
    words = _REF_WORD.findall(r.content.lower())
    refs = [w for w in words if w in REFERENCE_NOUNS]
    if not refs or "to" in words[: words.index(refs[0])]:
        return []  # "the city's bid to dismiss the suit" rejects the bid, not the suit
    said = _side_words(r.content, stemmed=False)  # its words as written: "Ukrainian" does not name Ukraine
    accused = _side_words(r.source) - {"uniden", "speake"}
    served = _side_words(r.affiliation)  # the organisation a spokesperson answers for ("Clippers counsel Platt")
    best: dict[str, tuple[float, Keyed]] = {}
    own = _stems(r.terms) | _stems(r.context)
    # "the figure of 80 was exaggerated": the claims that give that figure
    figures_named = (
        {float(x.replace(",", "")) for x in re.findall(r"\b\d[\d,]*(?:\.\d+)?\b", r.content)}
        if set(refs) & FIGURE_NOUNS
        else set()
    )
    what = _what_is_referred(words, refs[0])
    # "the police's account that ...": whose account it is, named; only their claims are meant
    owned = re.search(r"\b([a-z][\w.&-]*)['’]s?\s+(?:[a-z-]+\s+)?" + refs[0] + r"\b", r.content.lower())
    named_kinds = {_singular(w) for w in refs}  # the kinds of document the rebuttal names
    for cid in index.article(r.article):
        t = index.claims[cid]
        if t.id == r.id or t.stance != "asserts" or not t.substantive or not _sides(r, t):
            continue
        if (_refutes(t) or _doubts(t)) and not _alleges(t):
            continue  # a denial answers nothing a rebuttal refers to; an accusation of false claims does
        # "dismissed accusations of ballot box stuffing": the claims that say what it names
        by_content = t.source_kind != "narrator" and len(what & _stems(t.terms)) >= REFERRED_SHARED
        name = _side_words(t.source, stemmed=False)
        by_name = bool(name) and (
            name <= said
            or _owned_by(sorted(name, key=t.source.lower().rfind)[-1], r.content)
            or t.source_kind == "document"
            and (t.source.split()[0].lower() in said or _singular(t.source.split()[-1].lower()) in named_kinds)
        )  # "the study"; "these lawsuits" for "a fresh consumer lawsuit"
        # "the mayor's claim", the speaker having been named "Mayor Lena Ortiz"
        by_name = by_name or any(
            _owned_by(w, r.content) for w in _side_words(t.speaker, stemmed=False) - name - HONORIFICS if len(w) > 2
        )
        by_figure = bool(figures_named & {n[0] for n in t.numbers})
        if owned and owned.group(1) not in _NO_OWNER:
            if not (by_name or by_figure):
                continue  # "the NYPD's account" refers to the NYPD's claims, not others' alike
        # a lawsuit, complaint or report alleges; a record ("official results") gives figures,
        # which "those numbers" refers to, not "allegations of fraud"
        alleging = (
            _alleges(t)
            or bool(_side_words(t.source) & DOCUMENT_WORDS)
            or t.source_kind == "document"
            and bool(set(refs) & FIGURE_NOUNS)
        )
        # said of the rebutting speaker: by its name, when it has one ("National Super Alliance"
        # is not what "a nation where ..." speaks of)
        of_them = bool(accused & (_names(t.terms) if r.source[:1].isupper() else _stems(t.terms))) or bool(
            served & _stems(t.terms)
        )
        if not (
            by_name
            or by_figure
            or by_content
            or of_them
            and (alleging or t.source_kind in {"media", "group"})
            or alleging
            and len(words) <= 4
        ):
            continue
        weight = (
            len(own & (_stems(t.terms) | _stems(t.context)))
            + 2 * by_name
            + 3 * by_figure
            + 2 * by_content
            + of_them
            + alleging
            + 0.1 * min(len(plain_terms(t.terms)), 10)
        )  # of two claims alike, the one that says more
        if t.source_id not in best or weight > best[t.source_id][0]:
            best[t.source_id] = (weight, t)
    out = []
    for _, t in best.values():
        verb = r.cue if r.stance in {"denies", "questions"} and r.cue else _refuting_words(r.content)
        why = (
            f'rebuttal by reference: {r.source} {verb} "{_short(r.content)}", which refers to what '
            f'{t.source} {"says" if t.cue else "states"}: "{_short(t.content)}"'
        )
        score = BASE["rebuttal"] * (0.8 if r.hedged or t.hedged or _doubts(r) and not _refutes(r) else 1.0)
        out.append(Found(pair_id(r.id, t.id), t.id, r.id, "rebuttal", round(score, 3), why))
    return out


REFERRED_SHARED = 2  # words of what a reference names ("accusations of ballot box stuffing") a claim must say


def _what_is_referred(words: list[str], ref: str) -> set[str]:
    """The stemmed words of what a reference names after "of" or "that" ("accusations of ballot
    box stuffing" -> ballot, box, stuff...; "claims that the army shot protesters"), at most
    eight; none for a bare reference ("the allegations")."""
    at = words.index(ref) + 1
    if at >= len(words) or words[at] not in {"of", "that"}:
        return set()
    return {stem(_singular(w)) for w in words[at + 1 : at + 9] if w not in _SIDE_STOP and len(w) > 2}


def _owned_by(head: str, content: str) -> bool:
    """Whether a content speaks of what `head` said or made: "the association's figures", "the
    report by the auditor", "figures from the ministry"."""
    h = re.escape(head)
    return bool(
        re.search(rf"\b{h}[’']s?\b", content, re.I)
        or re.search(rf"\b(?:by|from|of)\s+(?:the\s+)?(?:[\w-]+\s+)?{h}\b", content, re.I)
    )


DOCUMENT_WORDS = {stem(w) for w in word_set("document_source_words")}


_SIDE_STOP = word_set("side_stopwords")


def _side_words(text: str | None, stemmed: bool = True) -> set[str]:
    """The words of a side's name; stemmed, a plural's "s" dropped first ("rebels" and "one of the
    rebel groups" share "rebel")."""
    words = re.findall(r"[a-z0-9]+", (text or "").lower().replace("’s", "").replace("'s", ""))
    return {stem(_singular(w)) if stemmed else w for w in words if w not in _SIDE_STOP}


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


def one_side(a: Keyed, b: Keyed) -> bool:
    """Whether two claims speak for one side: one source, or a speaker and the organisation
    they speak for ("Linda Ruiz, a hospital spokeswoman" and "the hospital"), or two speakers
    for one organisation."""
    if a.source_id == b.source_id:
        return True
    for x, y in ((a, b), (b, a)):
        shared = _side_words(x.affiliation) & (_side_words(y.source) | _side_words(y.affiliation) | _titled(y))
        if shared and (y.source_kind == "government" or not shared <= _country_words()):
            return True  # not "US President George W. Bush" and "an independent US study": a country is no side
        if x.affiliation and any(_abbreviates(x.affiliation, name) for name in (y.source, y.affiliation) if name):
            return True  # "NLRB spokesperson Kayla Blado" and "the National Labor Relations Board"
        if _surname_of(x, y) or _heads(x, y) or _member_of(x, y) or _of_its_government(x, y) or _led_by(x, y):
            return True
    return _one_body(a, b)


# Words of a government's name besides its bodies' ("the Greek government", "Turkish officials").
_GOVERNMENT_WORDS = {"government", "officials", "official", "authorities", "cabinet", "presidency"}


def _of_its_government(x: Keyed, y: Keyed) -> bool:
    """Whether `x` speaks for the government of the country `y` names ("Greek government
    spokesman Nikos Varda" and "Greece"; "a Turkish foreign ministry official" and "Turkey"; "the
    Norlandic army" and "Norland")."""
    own = x.affiliation or (x.source if x.source_kind == "government" else None)  # "the Israeli military" itself
    if y.source_kind != "government" or COUNTRY.get(y.source.lower()) != y.source or not own:
        return False
    words = _name_words(own)
    countries = {COUNTRY[w] for w in words if w in COUNTRY and w not in CAPITALS}
    return countries == {y.source} and bool(set(words) & (GOVERNMENT_ORG_WORDS | _GOVERNMENT_WORDS))


def _name_words(name: str | None) -> list[str]:
    """The words of a name as written, lower-cased, an owner's "'s" dropped ("u.s.", "greek"):
    what COUNTRY is keyed by, unlike _side_words' stems."""
    return (name or "").lower().replace("’s", "").replace("'s", "").split()


# "the U.S.-led coalition", "Saudi-backed forces": who leads or backs a body.
_LED = re.compile(r"^(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)-(?:led|backed|supported)\b")


def _led_by(x: Keyed, y: Keyed) -> bool:
    """Whether `x` is a body led or backed by `y` ("the U.S.-led coalition" and "the U.S.
    military"; "Saudi-backed forces" and "Saudi Arabia"): one side."""
    led = _LED.match(x.source or "")
    if led is None:
        return False
    leader = led.group(1).lower()
    country = COUNTRY.get(leader)
    words = _name_words(y.source) + _name_words(y.affiliation)
    if country is not None:
        return country == y.source or any(COUNTRY.get(w) == country for w in words)
    return leader in " ".join(words)


# "Ummaru Makeri, a resident who lost his wife": the noun that makes a named person one of a group.
_ONE_OF = re.compile(r",\s+(?:a|an|one)\s+([a-z-]+)(?:\s+([a-z]+))?")


def _member_of(x: Keyed, y: Keyed) -> bool:
    """Whether, in one article, `x` is a person introduced as one of the group `y` ("Ummaru
    Makeri, a resident who lost his wife" and "residents"; "Ana Ruiz, a local witness" and
    "witnesses"; "a resident" and "residents")."""
    if x.article != y.article or x.source_kind not in {"person", "organization"} or y.source_kind != "group":
        return False
    one = _ONE_OF.search(x.speaker or "")  # the noun, or an adjective and the noun ("a local witness")
    group = _side_words(y.source, stemmed=False)
    if len(group) == 1 and _titled(x) == _side_words(next(iter(group))):
        return True  # "Villager Lina Moreno" and "villagers"
    if len(group) == 1 and x.source_kind == "person" and x.source.lower() == _singular(next(iter(group))):
        return True  # "a resident said" and "residents said": one of them
    return one is not None and len(group) == 1 and _singular(next(iter(group))) in one.groups()


def _titled(c: Keyed) -> set[str]:
    """The word of a group of people a person's name was given after, as a title ("Villager
    Lina Moreno", "resident Ana Ruiz"), as _side_words has it; none for an office ("Mayor")."""
    words = (c.speaker or "").split()
    if c.source_kind != "person" or len(words) < 2 or words[0].lower() not in person_nouns():
        return set()
    if words[0].lower() in ROLE_NOUNS or not words[1][:1].isupper():
        return set()
    return _side_words(words[0])


# Titles of those who head a government ("President Paul Biya", "the mayor").
GOVERNMENT_HEADS = phrases("government_heads")
_NOT_IN_OFFICE = {"vice", "deputy", "former", "ex", "opposition", "late", "assistant"}
# Levels of government below a country's, written before a head's title ("the provincial governor").
_LEVELS = LEVELS_OF_RULE | {"municipal"}


def _heads(x: Keyed, y: Keyed) -> bool:
    """Whether, in one article, `x` is the head of the government `y` speaks for: "President
    Paul Biya" and "the Government spokesperson", unless a country word tells two governments
    apart ("US President Bush" and "the Iraqi government"). A vice president, a former one, or
    the president of a union heads none."""
    if x.article != y.article or x.source_kind != "person" or (x.affiliation and not _is_state(x.affiliation)):
        return False
    qualifiers = [w for t in GOVERNMENT_HEADS for w in title_qualifiers(t, x.speaker or x.source)]
    if not qualifiers or any(w in _NOT_IN_OFFICE for w in qualifiers):
        return False
    levels = {w for w in qualifiers if w in _LEVELS}
    if levels and not levels & (_side_words(y.source) | _side_words(y.speaker) | _side_words(y.affiliation)):
        return False  # "the provincial governor" heads no ministry of the country's, only the province's
    if not (_executive(y.source) or _executive(y.speaker) or _executive(y.affiliation)):
        return False  # not a council, a parliament or a court, which may well oppose the head
    countries = _country_words()
    theirs = (_side_words(y.source) | _side_words(y.affiliation) | _side_words(y.speaker)) & countries
    return theirs <= (_side_words(x.speaker) | _side_words(x.affiliation)) & countries


def _is_state(name: str) -> bool:
    return bool(plain_words(name) & (GOVERNMENT_ORG_WORDS | {"state"}))


# Words naming the executive a head of government heads (not a council, a parliament or a court).
EXECUTIVE_WORDS = word_set("executive_words")


def _executive(name: str | None) -> bool:
    return bool(plain_words(name) & EXECUTIVE_WORDS)


# Words that name people of a body ("police personnel", "army officers", "ministry sources").
BODY_MEMBERS = ROLE_NOUNS | {"personnel", "sources", "authorities"}


def _one_body(a: Keyed, b: Keyed) -> bool:
    """In one article, a body of state named bare, or by its people, is the one named in full:
    "the police" and "police personnel" are "the Sambhal Police". Two named in full ("the Russian
    army", "the Ukrainian army") stay two."""
    if a.article != b.article:
        return False
    wa, wb = plain_words(a.source), plain_words(b.source)
    return any(wa - {body} <= BODY_MEMBERS or wb - {body} <= BODY_MEMBERS for body in GOVERNMENT_ORG_WORDS & wa & wb)


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """Country names and their words as _side_words has them ("us", "china", "chines")."""
    return frozenset(w for name in COUNTRY for w in _side_words(name))


def _abbreviates(short: str, name: str) -> bool:
    """Whether `short` is the acronym of `name` ("NLRB", "National Labor Relations Board")."""
    short = short.strip()
    if not (2 <= len(short) <= 6 and short.isupper() and short.isalpha()):
        return False
    return initials(name) == short


def _surname_of(x: Keyed, y: Keyed) -> bool:
    """Whether one article's `x` is named by the surname of its person `y` ("Pence:" heading a
    headline the text names Mike Pence in later), or by a name in the longer name `y` gave a
    body ("Korvo" and "Namibia's Korvo copper mine"; not a country's, "Congo" and "Congo's
    government")."""
    name = x.source.split()
    if x.article != y.article or len(name) != 1 or len(y.source.split()) < 2:
        return False
    if y.source_kind == "person" and y.source.split()[-1].lower() == name[0].lower():
        return True
    return (
        name[0][:1].isupper()
        and name[0] in y.source.split()
        and not _side_words(name[0]) <= _country_words()
        and x.source_kind in {"organization", "person", "government", "media"}
    )


def _sides(a: Keyed, b: Keyed, index: Index | None = None) -> bool:
    """Whether two claims can stand on opposite sides of a conflict: not one source within one
    article (across articles that is a changed position), nor the article's own voice against a
    source it reports; both speakers; not one organisation's voices; one story."""
    if a.article == b.article and (a.source_id == b.source_id or "narrator" in (a.source_kind, b.source_kind)):
        return False
    if not (_speaks(a) and _speaks(b)):
        return False  # "afternoon", "its airstrikes": the extractor took a word for a speaker
    if a.source_id != b.source_id and one_side(a, b):
        return False  # a spokeswoman and her organisation, two members of one coalition
    return index is None or index.same_story(a.article, b.article)


def _speaks(c: Keyed) -> bool:
    """A side in a conflict: a nameable speaker that speaks for itself, not a messenger
    relaying another speaker's claim (that claim is the side)."""
    return RELAY_MARK not in c.terms and is_speaker(c.source, c.source_kind)


def _refutes(c: Keyed) -> bool:
    return c.stance == "denies" or FALSE_MARK in c.terms or DISCREDIT_MARK in c.terms


def _substantive(c: Keyed) -> bool:
    """A claim says enough to be a side in a conflict: a content word at least ("that" or
    "would" cut out of a sentence by the extractor is no proposition), or words that call
    what it refers back to false. A thing refused ("rejected a request") says nothing of the kind,
    nor a relative pronoun standing for what was said ("(suits) that White has filed")."""
    if REFUSED_MARK in c.terms or RELATIVE_MARK in c.terms:
        return False
    return len(plain_terms(c.terms)) >= MIN_TERMS or FALSE_MARK in c.terms  # "A hoax." refutes what precedes it


def _doubts(c: Keyed) -> bool:
    return c.stance == "questions" or DOUBT_MARK in c.terms


def judge(a: Keyed, b: Keyed, about: Overlap, index: Index) -> Found | None:
    """Whether two claims about one proposition conflict, how, and how surely, for a pair
    find() found _opposable. A source that reports a claim and refutes it in one article ("X is
    dead? A hoax") is not taken for a side that affirms it."""
    if not (about.same or _denied_thing(a, b, about) or _denied_thing(b, a, about)):
        return None
    if not _same_things(a, b, about):
        return None
    core = [k for k in about.shared if not k.startswith("=")]
    result = _polarity(a, b, core) or _numeric(a, b, core) or _description(a, b) or _description(b, a)
    if result is None:
        return None
    kind, first, second, why = result
    if kind in {"denial", "negation"} and _reports_both(index, first):
        return None
    if kind == "denial" and _labels_only(second):
        return None  # "FAKE NEWS": rebuttals() finds the reports it names
    if kind == "negation" and a.article == b.article and not _negates_what_is_said(second, first):
        return None
    if kind == "denial" and a.article == b.article and not _stems(second.terms) & _stems(first.terms):
        return None  # in one article, a denial answers a claim that says something it names
    score = BASE[kind] * (0.5 + 0.5 * about.strength)
    if kind == "denial" and not _refutes(first) and not _refutes(second):
        score *= 0.7  # doubt, not denial
    if a.hedged or b.hedged:
        score *= 0.8
    if a.source_id == b.source_id:
        why = f"changed position ({kind}): {why}"
        kind = "changed position"
    shown = _about(core, a, b)
    if shown:
        why += f" (both about: {', '.join(_words(shown[:6], a, b))})"
    if first.position > second.position and first.article == second.article and kind != "denial":
        first, second = second, first
    return Found(pair_id(a.id, b.id), first.id, second.id, kind, round(score, 3), why)


def _about(core: list[str], a: Keyed, b: Keyed) -> list[str]:
    """Shared keys to name in an explanation: those in both contents first, then those in one
    content and the other's context; never context alone."""
    ca, cb = _stems(a.terms), _stems(b.terms)
    both = [k for k in core if k in ca and k in cb]
    return both + [k for k in core if (k in ca) != (k in cb)]


def _words(stems: list[str], a: Keyed, b: Keyed) -> list[str]:
    """The terms behind shared stems, as the explanation names them."""
    terms = sorted(plain_terms(a.terms | a.context | b.terms | b.context), key=lambda t: (len(t), t))
    return [next((t for t in terms if stem(t) == s), s) for s in stems]


def _same_things(a: Keyed, b: Keyed, about: Overlap) -> bool:
    """Shared names alone ("Kim Jong-un bans the name" / "Kim Jong-un to open a restaurant")
    do not make one proposition: something said of them must be shared too; two claims
    that both name someone, but no one in common, are about different people; and one verb
    done to people and to a thing tells two events (`_other_events`)."""
    names_a, names_b = _names(a.terms | a.context), _names(b.terms | b.context)
    shared = set(about.shared)
    if not shared - names_a - names_b:
        return False
    own_a, own_b = _names(a.terms), _names(b.terms)
    if own_a and own_b and not (own_a | names_a) & (own_b | names_b):
        return False
    return not _other_events(a, b)


def _other_events(a: Keyed, b: Keyed) -> bool:
    """Whether one verb tells two events apart by what it is done to: people on one side, a
    thing on the other ("shot down the airliner" / "denied shooting at protesters"), with
    neither named in the other claim. Two nouns for people, or two for things, may name the
    same ones ("a girl" among "the protesters", "the plane" and "the jet"): no decision."""
    fa = {stem(v): things for v, things in frames(a.terms).items()}
    fb = {stem(v): things for v, things in frames(b.terms).items()}
    shared = fa.keys() & fb.keys()
    if not shared:
        return False
    words_a, words_b = _stems(a.terms), _stems(b.terms)
    for verb in shared:
        xa, xb = fa[verb], fb[verb]
        sa, sb = {stem(x.rstrip(NAMED_THING)) for x in xa}, {stem(x.rstrip(NAMED_THING)) for x in xb}
        if sa & (sb | words_b) or sb & words_a:
            return False
        if not (_people(xa) and _objects(xb) or _people(xb) and _objects(xa)):
            return False
    return True


def _people(things: set[str]) -> bool:
    persons = person_nouns()
    return all(t in persons or t in {"person", "people"} for t in things)


def _objects(things: set[str]) -> bool:
    objects = object_nouns()
    return all(t.endswith(NAMED_THING) or t in objects for t in things)


def _denied_thing(no: Keyed, other: Keyed, about: Overlap) -> bool:
    """An explicit denial is about what its content names ("China denies that the facilities
    are internment camps" is about camps): a claim that uses that word, and shares another
    key, is about the same thing."""
    return (
        no.stance == "denies"
        and bool(no.cue)
        and len(about.shared) >= MIN_SHARED
        and bool(_key_terms(no) & set(about.shared) & _stems(other.terms))
    )


def _negative(c: Keyed, stems) -> bool:
    """Whether a claim denies, doubts or negates its main predicate or one of `stems`, or a verb
    done to one of them ("will not be attending the hearing" negates the hearing as "Won't Be at
    Hearing" does)."""
    if _refutes(c) or _doubts(c) or any(stem(t) in stems for t in c.negated if t != NOT_MARK):
        return True
    negated = {stem(t) for t in c.negated}
    # "has not shown any rise in the levels": the negated main verb, and what it is done to
    main = {t.partition(">")[2] for t in c.negated if t.startswith(NOT_MARK + ">")}
    return any(
        (v in main or stem(v) in negated) and any(stem(o) in stems for o in done_to)
        for v, done_to in frames(c.terms).items()
    )


def _reports_both(index: Index, yes: Keyed) -> bool:
    """Whether the source of `yes` also refutes or negates it in the same article."""
    index.article(yes.article)
    for other_id in index.voices.get((yes.article, yes.source_id), ()):
        other = index.claims[other_id]
        if (
            other.id != yes.id
            and _negative(other, _stems(yes.terms))
            and (_stems(other.terms | other.context) & _stems(yes.terms))
        ):
            return True
    return False


# Predicates of looking into something: a claim headed by one asserts no account of it.
INQUIRY = word_set("inquiry_words")


def _inquires(c: Keyed) -> bool:
    """Whether a claim's predicate is an inquiry ("opened an investigation", "will review the
    findings", "is looking into the reports") rather than an account of what happened."""
    return not INQUIRY.isdisjoint(heads(c.terms))


def _polarity(a: Keyed, b: Keyed, core: list[str]):
    """`denial` or `negation` when one claim affirms the proposition and the other does not."""
    # in one article, where neighbouring sentences make up much of each claim's context, a negation
    # counts against a predicate the other side states, not one of its context only
    same = a.article == b.article
    neg_a = _negative(a, set(core) & _stems(b.terms) if same else set(core))
    neg_b = _negative(b, set(core) & _stems(a.terms) if same else set(core))
    if ASK_MARK in (a.terms if not neg_a else b.terms):
        return None  # a question affirms nothing
    if _inquires(a if not neg_a else b):
        return None  # "opened an investigation into the alleged incident" affirms nothing either
    if neg_a == neg_b:
        return None  # both affirm, or both deny ("No, X did not happen" is one denial, not two)
    na, nb = {stem(t) for t in a.negated}, {stem(t) for t in b.negated}
    flipped = [
        t
        for t in sorted(a.negated | b.negated)
        if (stem(t) in na) != (stem(t) in nb) and (stem(t) in core or t == NOT_MARK)
    ]
    yes, no = (b, a) if neg_a else (a, b)
    if _refutes(no) or _doubts(no):
        verb = no.cue if no.stance in {"denies", "questions"} and no.cue else _refuting_words(no.content)
        if DISCREDIT_MARK in no.terms and FALSE_MARK not in no.terms and no.stance != "denies":
            verb = "is called false in its own article:"
        why = (
            f'{no.source} {verb} "{_short(no.content)}", which {yes.source} '
            f'{"asserts" if yes.cue else "states"}: "{_short(yes.content)}"'
        )
        return "denial", yes, no, why
    words = _negation_words(no.content, [t for t in flipped if t in no.negated])
    why = f'{yes.source}: "{_short(yes.content)}"; {no.source} says the opposite ({words}): "{_short(no.content)}"'
    return "negation", yes, no, why


_WORD = re.compile(r"[\w'’-]+")
# Words before a word of truth that the explanation quotes with it ("not true", "isn't real").
TRUE_NEGATIONS = word_set("true_negations")


def _refuting_words(content: str) -> str:
    """The words that call a content false, as the explanation quotes them ("calls it "a hoax"")."""
    words = _WORD.findall(content)
    lower = [w.lower() for w in words]
    for i, w in enumerate(lower):
        if w in DENIAL_WORDS or w in DOUBT_WORDS:
            return f'calls it "{" ".join(words[max(0, i - 1) : i + 1])}":'
        if w in TRUE_WORDS and i > 0 and lower[i - 1] in TRUE_NEGATIONS:
            return f'says "{words[i - 1]} {words[i]}":'
        if w in {"no", "not"} and i + 1 < len(lower) and lower[i + 1] in {"evidence", "proof", "sign"}:
            return f'says "{words[i]} {words[i + 1]}":'
    return "calls it false:"


def _negation_words(content: str, terms: list[str]) -> str:
    """The negation and the word it turns around, as written ("not been arrested")."""
    m = re.search(r"\b(not|no|never|n't|without|none)\b[^.;:]{0,30}", content, re.I)
    if m is None:
        m = re.search(r"\w+n't\b[^.;:]{0,30}", content, re.I)
    if m is None:
        return '"not"'
    snippet = m.group(0)
    for t in terms:
        at = snippet.lower().find(t[:4])
        if at >= 0:
            end = snippet.find(" ", at)
            return f'"{snippet[: end if end > 0 else len(snippet)].strip()}"'
    return f'"{" ".join(snippet.split()[:3])}"'


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _interval(number: tuple) -> tuple[float, float]:
    value, bound = number[0], (number[2] if len(number) > 2 else "=")
    if bound == ">":
        return value, math.inf
    if bound == "<":
        return 0.0, value
    if bound == "~":
        return value / NUMERIC_TOLERANCE, value * NUMERIC_TOLERANCE
    return value, value


# Units that say only that people were counted: what they count comes from the claim's verb
# ("58 people were killed" counts deaths), and any count of that class may be compared with them.
GENERIC_UNITS = word_set("generic_units")


def counted_as(number: tuple, claim: Keyed) -> str | None:
    """What a figure counts, by class: its unit's ("fatalities", "slain" -> death), else, for
    people in general, the class of the claim's words ("58 people were killed" -> death)."""
    unit = number[1]
    if unit == "$":
        return "money"
    if len(number) > 3 and number[3]:
        return number[3]  # the figure's own verb said it ("three soldiers wounded")
    cls = counted(unit)
    if cls and unit not in GENERIC_UNITS:
        return cls
    if not cls and unit not in GENERIC_UNITS and unit not in person_nouns():
        return None  # "four communities were targeted" counts no deaths
    classes = {counted(t) for t in plain_terms(claim.terms) if t != unit} - {None}
    if cls:
        classes.add(cls)
    # a bare "769", or a figure noun's ("put the total at 8,000"), which says nothing of what it counts
    if not classes and unit in GENERIC_UNITS and not plain_terms(claim.terms) - {unit} - FIGURE_HEADS:
        classes = {counted(t) for t in plain_terms(claim.context)} - {None}
    return classes.pop() if len(classes) == 1 else None


def _figure_kind(event: str | None) -> str | None:
    """A rate ("per share"), a margin ("over the limit"), or else a figure of a thing itself."""
    if event and event.startswith("per "):
        return "rate"
    return event if event == MARGIN else None


def _comparable(na: tuple, nb: tuple, a: Keyed, b: Keyed, core: list[str]) -> bool:
    """Two figures count one thing: the same unit and something else shared ("people" alone is no
    quantity), or one class of count (deaths, injuries, arrests, jobs, attendance) where at least one side
    counts people in general ("58 people killed" / "no casualties"), in one article or story."""
    ea, eb = (na[3] if len(na) > 3 else None), (nb[3] if len(nb) > 3 else None)
    if ea and eb and ea != eb:
        return False  # "40 soldiers killed" and "three soldiers wounded" are two counts
    if _figure_kind(ea) != _figure_kind(eb):
        return False  # "$1.25 a share" and "$412 million": a rate and a total; "50 mph over the limit": a margin
    if _elsewhere(a, b):
        return False  # "five killed in Tabora" and "four died in Mwanza": two places, two counts
    if na[1] == nb[1] and na[1] not in GENERIC_UNITS:
        low, high = sorted((abs(na[0]), abs(nb[0])))
        if low and high / low > SPREAD:
            return False  # "$1.1 trillion" raised and a "$1 million" deduction: two amounts
        return bool([t for t in core if t != stem(na[1])])  # "$2 billion" and "$500 million" for one thing
    if na[1] not in GENERIC_UNITS and nb[1] not in GENERIC_UNITS:
        return False  # rebels and soldiers killed are two counts
    # people counted: by what happened to them ("40 buried" and "12 missing" are two counts)
    cls = counted_as(na, a)
    return cls is not None and cls == counted_as(nb, b) and (a.article == b.article or bool(core))


# The words of countries' names: a country holds the towns named in it ("in Tanzania", "in Tabora").
_COUNTRY_WORDS = {w for name in COUNTRY if name not in CAPITALS for w in name.split()}


def _elsewhere(a: Keyed, b: Keyed) -> bool:
    """Whether two claims say what they count happened in different places: both name a place
    below a country, and none in common."""
    pa, pb = places(a.terms) - _COUNTRY_WORDS, places(b.terms) - _COUNTRY_WORDS
    return bool(pa and pb) and not pa & pb


def _numeric(a: Keyed, b: Keyed, core: list[str]):
    """Incompatible values for one quantity: figures that count one thing, with ranges that do
    not meet ("300 dead" against "more than 1,000 dead"; "$2 billion" against "$500 million";
    "two rebels were killed" against "no casualties")."""
    for na in a.numbers:
        for nb in b.numbers:
            if na[0] < 0 or nb[0] < 0 or not _comparable(na, nb, a, b, core):
                continue
            if _apart(na, nb):
                why = f'{a.source}: "{_quantity(na)}"; {b.source}: "{_quantity(nb)}"'
                return "numeric", a, b, why
    return None


def _apart(na: tuple, nb: tuple) -> bool:
    """Whether two figures of one thing cannot both hold: their ranges do not meet; none against
    some; a part ("two women") larger than the whole it may belong to ("one person")."""
    (lo_a, hi_a), (lo_b, hi_b) = _interval(na), _interval(nb)
    part = _part(na, nb)
    if part:  # "two women" may be among "three civilians", not among "one person"
        return (lo_a if part == 1 else lo_b) > (hi_b if part == 1 else hi_a)
    if 0 in (hi_a, hi_b):  # none against some
        return max(lo_a, lo_b) > 0
    gap = max(lo_a / hi_b if hi_b else math.inf, lo_b / hi_a if hi_a else math.inf)
    exact = lo_a == hi_a and lo_b == hi_b  # bounds and estimates carry their own margin
    return gap > (NUMERIC_TOLERANCE if exact else 1.0)


def _part(na: tuple, nb: tuple) -> int:
    """1 when `na` counts a kind of people ("two women", "four children") and `nb` people in
    general ("three civilians", "58 dead"): the first may be part of the second. 2 the other way
    round, 0 when neither is."""
    generic_a, generic_b = na[1] in GENERIC_UNITS, nb[1] in GENERIC_UNITS
    if generic_a == generic_b:
        return 0
    kind = nb[1] if generic_a else na[1]
    return 0 if kind not in person_nouns() else 2 if generic_a else 1


def _quantity(number: tuple) -> str:
    value, unit = number[0], number[1]
    bound = {">": "more than ", "<": "up to ", "~": "about "}.get(number[2] if len(number) > 2 else "=", "")
    text = f"{value:,.0f}" if value == int(value) else f"{value:,}"
    return f"{bound}${text}" if unit == "$" else f"{bound}{text} {unit}"


def _description(a: Keyed, b: Keyed):
    """Incompatible labels for one thing: "a peaceful march" against "a violent riot"."""
    mine, theirs = [], []
    for term in sorted(plain_terms(a.terms) - a.negated):
        opposite = _forms(antonyms().get(term, frozenset()))
        hit = sorted((opposite & plain_terms(b.terms)) - b.negated - a.terms)
        if hit and term not in b.terms:
            mine.append(term)
            theirs += [h for h in hit if h not in theirs]
    if not mine:
        return None
    why = f'{a.source} says "{_label(a.content, mine)}" where {b.source} says "{_label(b.content, theirs)}"'
    return "description", a, b, why


def _forms(words) -> set[str]:
    """Words with the lemmas a participle gets from the tagger ("armed" -> arm, "closed" -> close)."""
    out = set(words)
    for w in words:
        if w.endswith("ed") and len(w) > 4:
            out |= {w[:-2], w[:-1]}
    return out


def _label(content: str, terms: list[str]) -> str:
    """The words of `content` that carry `terms`, as written: the shortest run of at most six
    words holding them all ("a violent riot"), else the words themselves."""
    words = content.split()
    found = [i for i, w in enumerate(words) if any(w.lower().strip('.,;:!?"“”').startswith(t[:5]) for t in terms)]
    if found and found[-1] - found[0] < 6:
        return " ".join(words[found[0] : found[-1] + 1]).strip('.,;:!?"“”')
    return ", ".join(terms)
