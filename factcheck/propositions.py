"""Proposition keys of a claim: the content words, entities and quantities it is about."""

from __future__ import annotations

import re

from .stance import CUE_STANCE, DENIAL_WORDS

NEGATIONS = {"not", "no", "never", "n't", "none", "nobody", "nothing", "neither", "nor", "without"}
GENERIC = {"be", "have", "do", "get", "make", "go", "come", "take", "give", "put", "also", "just", "even",
           "very", "more", "most", "many", "much", "other", "such", "same", "own", "new", "year", "day",
           "time", "thing", "way", "people", "lot", "number", "part", "one", "mr", "ms", "mrs", "say",
           "there", "here", "now", "then", "still", "only", "well", "back", "far", "least", "less"}
SCALES = {"hundred": 1e2, "thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6,
          "billion": 1e9, "billions": 1e9, "trillion": 1e12, "k": 1e3, "m": 1e6, "bn": 1e9}
WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "fifty": 50, "dozen": 12,
                "hundred": 100, "dozens": 24}
# Words that mark a number as a bound rather than a value.
APPROX = {"about", "around", "nearly", "almost", "roughly", "some", "approximately", "up", "as", "over",
          "more", "less", "fewer", "least", "than", "under"}


def _number(tok) -> float | None:
    text = tok.text.lower().replace(",", "")
    try:
        return float(text)
    except ValueError:
        pass
    if text in WORD_NUMBERS:
        return float(WORD_NUMBERS[text])
    m = re.fullmatch(r"\$?(\d+(?:\.\d+)?)(k|m|bn|%)?", text)
    if m:
        return float(m.group(1)) * SCALES.get(m.group(2) or "", 1)
    return None


def keys_for(tokens) -> tuple[list[str], list[tuple[float, str]], list[str]]:
    """(terms, numbers, negated terms) for a list of spaCy tokens.

    Terms are lower-cased lemmas of content words and named entities; numbers are
    (value, unit) with the unit the noun the number counts ("2 million Uyghurs" ->
    (2000000.0, "uyghur")); negated terms are the predicates a negation turns around ("there
    was no evidence" -> evidence), so a negation elsewhere in the content does not turn the
    whole claim around."""
    terms: list[str] = []
    numbers: list[tuple[float, str]] = []
    scope: set[int] = set()
    consumed: set[int] = set()
    negated: list[str] = []
    ids = {t.i for t in tokens}
    for tok in tokens:
        lower = tok.lower_
        if lower in NEGATIONS or tok.dep_ == "neg":
            scope |= _negation_scope(tok, ids)
        if lower in DENIAL_WORDS:
            terms.append("~false")
        if tok.i in consumed:
            continue
        if tok.like_num or tok.tag_ == "CD":
            value = _number(tok)
            if value is None:
                continue
            nxt = tok
            scale = 1.0
            # "2 million", "$2 billion": follow the number's scale words
            while nxt.i + 1 < len(tok.doc) and tok.doc[nxt.i + 1].lower_ in SCALES:
                nxt = tok.doc[nxt.i + 1]
                scale *= SCALES[nxt.lower_]
                consumed.add(nxt.i)
            unit = _unit(tok, nxt)
            if unit:
                if tok.i > 0 and tok.doc[tok.i - 1].text == "$":
                    unit = "$" + unit if unit != "$" else "$"
                numbers.append((value * scale, unit))
            continue
        if tok.is_stop or tok.is_punct or not tok.is_alpha and "-" not in tok.text:
            continue
        if tok.pos_ not in {"NOUN", "PROPN", "VERB", "ADJ"}:
            continue
        lemma = tok.lemma_.lower()
        if tok.tag_ == "NNPS" and lemma.endswith("s"):
            lemma = lemma[:-1]  # "Kazakhs" -> "kazakh", as for common nouns
        if lemma in GENERIC or lemma in CUE_STANCE or len(lemma) < 3:
            continue
        terms.append(lemma)
        if tok.i in scope:
            negated.append(lemma)
    seen = set()
    return [t for t in terms if not (t in seen or seen.add(t))], numbers, sorted(set(negated))


def _negation_scope(neg, ids: set[int]) -> set[int]:
    """The predicate a negation word turns around: its head ("did not intervene" ->
    intervene, "no evidence" -> evidence), and for a copula its complement ("is not legal")."""
    head = neg.head if neg.head is not neg else neg
    scope = {head.i}
    if head.lemma_ == "be" or head.pos_ == "AUX":
        scope |= {c.i for c in head.children if c.dep_ in {"attr", "acomp", "oprd"}}
        for c in head.children:
            if c.dep_ in {"attr", "acomp"}:
                scope |= {g.i for g in c.children if g.dep_ == "compound"}
    return scope & ids


def _unit(num_tok, last_tok) -> str | None:
    """The noun a number counts: its head ("2 million Uyghurs", "300 dead") or the next noun."""
    if num_tok.text.startswith("$") or (num_tok.i > 0 and num_tok.doc[num_tok.i - 1].text == "$"):
        return "$"
    head = num_tok.head
    for candidate in (head, last_tok.head):
        if candidate.pos_ in {"NOUN", "PROPN", "ADJ"} and candidate.i != num_tok.i and candidate.i > num_tok.i:
            return candidate.lemma_.lower()
    doc = num_tok.doc
    for i in range(last_tok.i + 1, min(last_tok.i + 4, len(doc))):
        if doc[i].pos_ in {"NOUN", "PROPN"}:
            return doc[i].lemma_.lower()
        if doc[i].pos_ in {"VERB", "AUX", "PUNCT"}:
            break
    if head.pos_ == "NOUN" and head.i != num_tok.i:
        return head.lemma_.lower()
    return None
