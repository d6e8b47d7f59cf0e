"""Stories of headlines, and the contradictions between the headlines of one story.

A headline (a brief: an article of at most `contradict.BRIEF` claims) says one thing in a few
words, too few to tell by its own words which other headline speaks of the same event: "Singer
found dead in hotel" and "Reports of pop star's death a hoax, says agent" share one word.
Headlines are grouped into stories the way topic detection and tracking groups news: each is a
TF-IDF vector of its stemmed words (inverse document frequency over the headlines of the
archive), and average-linkage clustering joins groups of headlines while the mean cosine
between them is at least STORY_SIMILARITY. Two headlines of different stories are never
paired. Within a story the rules pair them (contradict.find), but two headlines that both deny
are one side; and a headline that denies, calls false, doubts or negates what another states
stands against it even where their words are too few for the rules, so long as the denial is
of what the other says (a word of its content, not a name) or names only what was said
("Experts debunk claims").

The stories are a property of all the headlines together, so they are worked out over all of
them (the latest STORY_WINDOW) whenever headlines arrive: the pairs do not depend on the order
the headlines came in. Articles of more claims are compared claim by claim (contradict.find)."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from functools import lru_cache
from itertools import combinations

import numpy as np
import snowballstemmer

from .contradict import (
    _REF_WORD,
    BASE,
    REFERENCE_NOUNS,
    REFUSED_MARK,
    STORY_NOTE,
    Found,
    Index,
    Keyed,
    _doubts,
    _names,
    _opposable,
    _polarity,
    _refutes,
    _sides,
    _stems,
    _words,
    find,
    overlap,
    pair_id,
    stem,
)
from .lexicon import counted
from .propositions import plain_terms
from .stance import DENIAL_WORDS, DOUBT_WORDS

STORY_SIMILARITY = 0.13  # mean cosine of two groups of headlines for one story (chosen on Emergent train)
STORY_WINDOW = 3000  # the latest headlines whose stories are worked out together
STORY_FACTOR = 0.75  # a pair found by its story only is less sure than one its words show
_TOKEN = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1)
def _stemmer():
    return snowballstemmer.stemmer("english")


def tokens(text: str) -> list[str]:
    """The words of a headline as the story vectors count them: lower case, of three letters or
    more, stemmed as information retrieval stems them (Porter's English Snowball stemmer:
    "stealing" -> "steal", "died" -> "die") and then cut as the contradiction keys are
    (`contradict.stem`: "meteorite" and "meteorites" meet)."""
    stemmer = _stemmer()
    return [stem(stemmer.stemWord(w)) for w in _TOKEN.findall(text.lower()) if len(w) > 2]


def similarities(texts: list[str]) -> np.ndarray:
    """Cosine similarities of the TF-IDF vectors of `texts` (sublinear term frequency, smoothed
    inverse document frequency over `texts`), as an n x n matrix."""
    counts = [Counter(tokens(text)) for text in texts]
    df = Counter(t for c in counts for t in c)
    n = len(texts)
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for i, c in enumerate(counts):
        v = {t: (1 + math.log(k)) * (math.log((1 + n) / (1 + df[t])) + 1) for t, k in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        for t in sorted(v):
            postings[t].append((i, v[t] / norm))
    sims = np.zeros((n, n), dtype=np.float64)
    for t in sorted(postings):
        rows = np.array([i for i, _ in postings[t]])
        values = np.array([x for _, x in postings[t]])
        sims[np.ix_(rows, rows)] += np.outer(values, values)
    return sims


def clusters(sims: np.ndarray, threshold: float | None = None) -> list[list[int]]:
    """Average-linkage clusters of a similarity matrix, merged while the mean similarity of two
    clusters is at least `threshold` (the nearest-neighbour chain: the clusters of the usual
    agglomeration, in quadratic time). Each cluster in increasing order, clusters by their first."""
    threshold = STORY_SIMILARITY if threshold is None else threshold
    n = len(sims)
    s = sims.astype(np.float64, copy=True)
    np.fill_diagonal(s, -np.inf)
    size = np.ones(n)
    open_ = np.ones(n, dtype=bool)  # clusters that may still merge
    members = [[i] for i in range(n)]
    chain: list[int] = []
    while True:
        if not chain:
            left = np.flatnonzero(open_)
            if not len(left):
                break
            chain.append(int(left[0]))
        i = chain[-1]
        row = np.where(open_, s[i], -np.inf)
        j = int(np.argmax(row))
        if row[j] < threshold:
            open_[i] = False  # nothing it could merge with: averages only fall as clusters grow
            chain.pop()
            continue
        if len(chain) > 1 and row[chain[-2]] >= row[j]:
            j = chain[-2]  # a reciprocal pair: merge
            chain.pop()
            chain.pop()
            merged = (size[i] * s[i] + size[j] * s[j]) / (size[i] + size[j])
            s[i], s[:, i] = merged, merged
            s[i, i] = -np.inf
            s[j], s[:, j] = -np.inf, -np.inf
            size[i] += size[j]
            open_[j] = False
            members[i] += members[j]
            members[j] = []
        else:
            chain.append(j)
    return sorted((sorted(m) for m in members if m), key=lambda m: m[0])


def _against(claims: list[Keyed], others: list[Keyed], index: Index) -> Found | None:
    """The conflict between two headlines of one story whose words the rules found none in: one
    denies, calls false, doubts or negates what the other states."""
    if _one_side(claims, others):
        return None  # two headlines that both deny or doubt: one side, whatever else they say
    best = None
    for a in claims:
        for b in others:
            if not (_opposable(a, b, index) or _answers_the_story(a, b, index) or _answers_the_story(b, a, index)):
                continue
            result = _polarity(a, b, sorted(_stems(a.terms) & _stems(b.terms)))
            if result and _of_what_is_said(result[2], result[1]):
                about = overlap(index, a, b)
                if best is None or about.weight > best[0]:
                    best = (about.weight, result, about)
    if best is None:
        return None
    _, (kind, yes, no, why), about = best
    shared = [k for k in about.shared if not k.startswith("=")]
    why += f" ({STORY_NOTE}{': ' + ', '.join(_words(shared[:6], yes, no)) if shared else ''})"
    score = BASE[kind] * STORY_FACTOR * (1.0 if _refutes(no) else 0.7)
    return Found(pair_id(yes.id, no.id), yes.id, no.id, kind, round(score, 3), why)


def _answers_the_story(no: Keyed, yes: Keyed, index: Index) -> bool:
    """Whether `no` denies or doubts only by naming what was said ("Experts debunk claims",
    "Police deny reports"): among the headlines of one story, it answers the story's claim,
    which `yes` states."""
    if no.substantive or not (_refutes(no) or _doubts(no)) or REFUSED_MARK in no.terms:
        return False
    if not any(w in REFERENCE_NOUNS for w in _REF_WORD.findall(no.content.lower())):
        return False
    return yes.substantive and not (_refutes(yes) or _doubts(yes)) and _sides(no, yes, index)


def _said(c: Keyed) -> set[str]:
    """The words of a claim's content, stemmed, and the classes of things they count ("dies",
    "death" and "killed" all count deaths)."""
    words = plain_terms(c.terms)
    return {stem(w) for w in words} | {k for k in map(counted, words) if k}


_DISPUTING = frozenset(stem(w) for w in DENIAL_WORDS | DOUBT_WORDS)  # what says only "false" or "doubtful"


def _of_what_is_said(no: Keyed, yes: Keyed) -> bool:
    """Whether a denial or doubt is of what the other headline says: it shares a word of its
    content with it, not a name, or says nothing but names and that something is false ("Fake,
    experts say", "Lana Vex? Fake"). A story holds more than one proposition: "Singer denies
    plans for a farewell tour" says nothing of the headline that she was found dead."""
    said = _said(no) - _DISPUTING - _names(no.terms)
    return not said or bool(said & _said(yes))


OPPOSED = {"denial", "negation", "changed position"}  # the kinds of pair in which one side says no


def _one_side(claims: list[Keyed], others: list[Keyed]) -> bool:
    """Whether two headlines both deny, doubt or negate: the same side of their story."""
    return any(map(_disputes, claims)) and any(map(_disputes, others))


def _disputes(c: Keyed) -> bool:
    return _refutes(c) or _doubts(c) or bool(c.negated)


def _claims(index: Index, article: str) -> list[Keyed]:
    return [index.claims[c] for c in index.article(article)]


def story_pairs(index: Index, briefs: list[tuple[str, str]]) -> list[Found]:
    """The contradictions between the headlines `briefs` ((article, text); `index` holds their
    claims): what the rules find between two headlines of one story (contradict.find; of two
    stories, nothing), and a denial by the story where they find nothing."""
    groups = clusters(similarities([text for _, text in briefs])) if len(briefs) > 1 else []
    found: dict[str, Found] = {}
    for group in groups:
        if len(group) < 2:
            continue  # a headline's own two claims meet in contradict.find, as any article's do
        articles = sorted(briefs[i][0] for i in group)
        story = Index()  # the story's headlines alone: the rules never pair two stories
        for article in articles:
            for cid in index.article(article):
                story.add(index.claims[cid])
        told: set[tuple[str, ...]] = set()
        for f in find(story, calibrate=False):
            pair = tuple(sorted((story.claims[f.claim_a_id].article, story.claims[f.claim_b_id].article)))
            told.add(pair)
            if f.kind in OPPOSED and pair[0] != pair[1] and _one_side(_claims(story, pair[0]), _claims(story, pair[1])):
                continue  # two headlines that both deny: one side of the story, however their words differ
            found[f.id] = f
        for x, y in combinations(articles, 2):
            if (x, y) not in told:
                result = _against(_claims(story, x), _claims(story, y), story)
                if result:
                    found.setdefault(result.id, result)
    return sorted(found.values(), key=lambda f: f.id)
