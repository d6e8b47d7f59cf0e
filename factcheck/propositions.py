"""Proposition keys of a claim: the content words, entities and quantities it is about.

A claim's keys are what the contradiction step blocks and compares on:
- terms: lower-cased lemmas of content words and names ("taken to detention centers" ->
  take?, detention, center); words a headline's Title Case hid from the lemmatizer get their
  base form too ("Banksy Arrested" -> arrest);
- numbers: (value, unit, bound) for quantities ("more than 1,000 dead" -> (1000.0, "dead", ">"));
- negated: the terms a negation turns around ("Banksy has not been arrested" -> arrest);
- marks, kept among the terms with a leading `~`: `~false` when the content calls something
  false (refuting vocabulary: hoax, fake, debunked, "not true", "no evidence"), `~doubt` when it
  casts doubt without denying (exaggerated, unconfirmed, doubts).

The terms are one list of strings, stored as they are (claims.terms, and the keys of
factcheck/data/weights.json and of claim_blocks are made from them): a plain term ("camp"), a
mark ("~false"), a head of the predicate ("^camp", besides "camp") or a name part ("@banksy",
besides "banksy"). The first character says which; `plain_terms`, `heads`, `names` and `marks`
read it, here only."""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import NamedTuple

from .lexicon import counted, property_nouns
from .parse import Parse
from .stance import CUE_STANCE, DENIAL_WORDS, DENY, DOUBT_WORDS, LABELLING_VERBS, OWN_THOUGHT, TRUE_WORDS
from .words import phrases, table, word_set

# (value, unit, bound), or (value, unit, bound, what happened to what is counted: "death", ...)
Quantity = tuple[float, str, str] | tuple[float, str, str, str]
DENY_VERBS = set(DENY)  # a denying verb inside a content ("DHS rebuffs claim that ...")
MARK = "~"  # a mark: what the content does rather than a word of it ("~false", "~doubt")
FALSE_MARK = "~false"
DOUBT_MARK = "~doubt"
KEY = "^"  # a term marked "^term" too is a head of the claim's predicate ("internment camps" -> ^camp)
NAME = "@"  # a term marked "@term" too is (part of) a name: "@banksy", "@kim"
FRAME = "%"  # "%verb>noun": the main verb of a content and what it is done to ("%shoot>protester")
PLACE = "&"  # "&tabora": a place the content says something happened in ("killed in Tabora")
NAME_ENTS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
DISCREDIT_MARK = "~discredited"  # its own article calls the claim or its source false
LABEL_MARK = "~label"  # a refuting word labels a report or claim ("fake news"): a rebuttal by reference
RELAY_MARK = "~relay"  # the claim relays another speaker's attributed claim ("the agency reported X said ...")
ASK_MARK = "~ask"  # the content asks rather than states ("Is the singer dead?")
REFUSED_MARK = "~refused"  # rejected or challenged a thing, or answered a request: not a proposition
# the content opens with a relative pronoun that the cue takes as its object: it stands for a noun
# outside the content ("suits that attorney White has filed against the hospital")
RELATIVE_MARK = "~relative"
NOT_MARK = "~not"  # among the negated terms: the negation turns the claim's main predicate around
NEGATIONS = word_set("negations")
# Nouns that "no" turns into a refutation of what follows: "there is no evidence that ...".
EVIDENCE = word_set("evidence_nouns")
LACKING = word_set("lacking_words")
GENERIC = word_set("generic_words")
# Verbs too light to carry a negation alone: "did not make 72 million" negates what is made.
LIGHT_VERBS = word_set("light_verbs")
SCALES = {word: float(factor) for word, factor in table("number_scales")}
WORD_NUMBERS = {word: int(value) for word, value in table("number_words")}
# Words before a number that make it a bound or an estimate rather than an exact value.
LOWER_BOUND = phrases("lower_bounds")
UPPER_BOUND = phrases("upper_bounds")
APPROXIMATE = phrases("approximations")
BOUNDS = [(">", w) for w in LOWER_BOUND] + [("<", w) for w in UPPER_BOUND] + [("~", w) for w in APPROXIMATE]
BOUNDS.sort(key=lambda b: -len(b[1]))  # "no more than" before "more than"


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


@lru_cache(maxsize=1)
def _lemma_tables():
    """The English lemmatizer's rule tables, for words the tagger took for names."""
    from . import nlp as nlp_loader

    try:
        lookups = nlp_loader.load().get_pipe("lemmatizer").lookups
        index, exc, rules = (lookups.get_table(name) for name in ("lemma_index", "lemma_exc", "lemma_rules"))
    except Exception:  # a model without rule tables: keep the tagger's lemmas
        return None
    # per part of speech as plain Python: the index holds lists of thousands of words (sets, for `in`)
    return (
        {pos: set(index.get(pos, ())) for pos in POS_FORMS},
        {pos: dict(exc.get(pos, {})) for pos in POS_FORMS},
        {pos: [tuple(rule) for rule in rules.get(pos, ())] for pos in POS_FORMS},
    )


POS_FORMS = ("verb", "noun", "adj")


@lru_cache(maxsize=20000)
def base_form(word: str) -> str | None:
    """The dictionary form of a lower-cased word as a verb, noun or adjective ("arrested" ->
    "arrest", "breasts" -> "breast"), or None when it is no known English word (a name)."""
    tables = _lemma_tables()
    if tables is None:
        return None
    index, exc, rules = tables
    forms = []
    for pos in POS_FORMS:
        if word in exc[pos]:
            forms.append(exc[pos][word][0])
        if word in index[pos]:
            return word
        forms += _ruled_forms(word, rules[pos], index[pos])
    # the closest form: "graves" -> "grave" rather than "graf"
    return max(forms, key=len) if forms else None


def _ruled_forms(word: str, rules, known: set[str]) -> list[str]:
    """The known words the lemmatizer's suffix rules of one part of speech make of a word."""
    forms = (word[: len(word) - len(old)] + new for old, new in rules if word.endswith(old))
    return [form for form in forms if form and form in known]


@lru_cache(maxsize=20000)
def base_verb(word: str) -> str | None:
    """The dictionary form of a lower-cased word as a verb ("denies" -> "deny"), or None."""
    tables = _lemma_tables()
    if tables is None:
        return None
    index, exc, rules = tables
    if word in exc["verb"]:
        return exc["verb"][word][0]
    if word in index["verb"]:
        return word
    return max(_ruled_forms(word, rules["verb"], index["verb"]), key=len, default=None)


@lru_cache(maxsize=20000)
def is_noun(word: str) -> bool:
    """Whether a lower-cased word is an English noun or a noun's plural, by the English
    lemmatizer's tables ("claim" and "claims" are; "allege" is only a verb). Without the tables,
    every word may be one."""
    tables = _lemma_tables()
    if tables is None:
        return True
    index, exc, rules = tables
    if word in index["noun"] or word in exc["noun"]:
        return True
    return any(word.endswith(old) and word[: len(word) - len(old)] + new in index["noun"] for old, new in rules["noun"])


def _lemma(tok) -> str:
    return _term_lemma(tok.lemma_.lower(), tok.lower_, tok.text, tok.pos_, tok.tag_, tok.ent_type_)


def _term_lemma(lemma: str, lower: str, text: str, pos: str, tag: str, ent_type: str) -> str:
    """A token's lemma as a term, from its lower-cased lemma, its text and its tags."""
    if pos == "PROPN" and not ent_type and text[:1].isupper():
        # Title Case headlines ("Banksy Arrested In London") tag common words as names
        return base_form(lower) or lemma
    if tag == "NNPS" and lemma.endswith("s"):
        return lemma[:-1]  # "Kazakhs" -> "kazakh", as for common nouns
    return lemma


def keys_for(tokens, frames: bool = True, quoted: bool = False) -> tuple[list[str], list[Quantity], list[str]]:
    """(terms, numbers, negated terms) for a list of spaCy tokens of one parsed paragraph.

    Terms are lower-cased lemmas of content words and named entities, with the marks `~false`
    and `~doubt`; numbers are (value, unit, bound) with the unit the noun the number counts
    ("2 million Uyghurs" -> (2000000.0, "uyghur", "=")) and the bound `=`, `~` (about), `>`
    (more than) or `<` (up to); negated terms are the predicates a negation turns around ("there
    was no evidence" -> evidence), so a negation elsewhere in the content does not turn the whole
    claim around. With `frames`, the terms also hold what the main verb is done to
    ("%shoot>protester"), read by `frames()`; a claim's context has no use for them. In a
    `quoted` content (a quotation, often of several clauses) a refuting word refutes the claim
    only when it is said of the main predicate (`_says_of_main`)."""
    terms: list[str] = []
    numbers: list[Quantity] = []
    scope: set[int] = set()
    consumed: set[int] = set()
    negated: list[str] = []
    marks: list[str] = []
    names: list[str] = []
    ids = {t.i for t in tokens}
    facts = _facts(tokens)
    main = _main_predicate(tokens, ids)
    for tok, f in zip(tokens, facts):
        if f.negation:
            scope |= _negation_scope(tok, ids)
            if (
                f.neg_dep
                and _contrasted(tok) is None  # "centers, not camps" still says what they are
                and (tok.head.i in main or tok.head.pos_ == "ADP" and tok.head.head.i in main)
            ):
                negated.append(NOT_MARK)
                verb = tok.head if tok.head.i in main else tok.head.head
                negated.append(f"{NOT_MARK}>{_lemma(verb)}")  # which predicate: "has not shown" -> show
    for tok, f in zip(tokens, facts):
        i = tok.i
        if i in consumed:
            continue
        if f.numeric:
            found = _quantity(tok, consumed)
            if found:
                numbers.append(found)
            continue
        if f.counted is not None:
            numbers.append(f.counted)  # "a dozen of the dead", "no casualties", "no one was killed"
            if f.quantity_noun:
                continue
        if f.denies:
            if (
                i not in scope
                and not (f.infinitive and not f.refuting)
                and (not quoted or _says_of_main(tok, main))
                and not _someone_else(tok, ids)
                and not _withheld_from(tok)
            ):
                marks.append(FALSE_MARK)
                if tok.dep_ == "amod" and tok.head.lemma_.lower() in _DENIABLE:
                    marks.append(LABEL_MARK)  # "FAKE NEWS", "baseless allegations": what others said, by name
            continue
        if f.doubt:
            marks.append(DOUBT_MARK)
            continue
        if f.made_up:
            marks.append(FALSE_MARK)
            continue
        if i in scope and f.true_word or f.lacking:
            marks.append(FALSE_MARK)  # "not true", "isn't real", "no evidence", "without merit"
        if f.term is None:
            continue
        terms.append(f.term)
        if f.name:
            names.append(NAME + f.term)
        if i in scope:
            negated.append(f.term)
    if tokens and any(t.text == "?" for t in tokens[-2:]):
        marks.append(ASK_MARK)
    heads = [KEY + h for h in (_lemma(t) for t in _predicate_heads(tokens, ids)) if h in terms]
    done_to = _frames(tokens, ids) if frames else []
    where = [PLACE + p for p in _places(tokens)] if frames else []
    terms = list(dict.fromkeys(terms + marks + heads + names + done_to + where))  # each once, in order
    return terms, numbers, sorted(set(negated))


# -- reading the terms: the one place their first character is decoded ---------------------------

_PREFIXES = frozenset({MARK, KEY, NAME, FRAME, PLACE})


def plain_terms(terms: Iterable[str]) -> set[str]:
    """The content words and names of `terms`, without the marks (`~false`) and the marked
    copies of heads and names (`^camp`, `@banksy`)."""
    return {k for k in terms if k[:1] not in _PREFIXES}


def heads(terms: Iterable[str]) -> set[str]:
    """The heads of the claim's predicate among `terms`, unmarked ("^camp" -> "camp")."""
    return {k[1:] for k in terms if k.startswith(KEY)}


def names(terms: Iterable[str]) -> set[str]:
    """The name parts among `terms`, unmarked ("@banksy" -> "banksy")."""
    return {k[1:] for k in terms if k.startswith(NAME)}


def frames(terms: Iterable[str]) -> dict[str, set[str]]:
    """What each main verb of a claim is done to ("%shoot>protester" -> {"shoot": {"protester"}})."""
    out: dict[str, set[str]] = {}
    for k in terms:
        if k.startswith(FRAME):
            verb, _, thing = k[1:].partition(">")
            out.setdefault(verb, set()).add(thing)
    return out


def places(terms: Iterable[str]) -> set[str]:
    """The words of the places among `terms`, unmarked ("&tabora" -> "tabora")."""
    return {k[1:] for k in terms if k.startswith(PLACE)}


# Entities that name a place, and the prepositions that say something happened there.
PLACE_ENTS = {"GPE", "LOC", "FAC"}
_IN_PLACE = {"in", "at", "near", "outside", "inside"}


def _places(tokens) -> list[str]:
    """The places a content says something happened in: the words of a place's name inside a
    phrase of "in", "at" or "near" ("killed in Tabora", "in the capital of Tabora", "at the
    Avon mill"), not a place said of someone ("a Tabora official")."""
    out = []
    for tok in tokens:
        if tok.ent_type_ not in PLACE_ENTS or not tok.is_alpha:
            continue
        node, steps = tok, 0
        while (
            node.dep_ in {"compound", "pobj", "prep", "appos", "conj", "amod"} and node.head is not node and steps < 6
        ):
            node, steps = node.head, steps + 1
            if node.dep_ == "prep" and node.lower_ in _IN_PLACE and node.i < tok.i:
                out.append(tok.lower_)
                break
    return out


def marks(terms: Iterable[str]) -> set[str]:
    """The marks among `terms`, as they are ("~false", "~doubt", "~relay", "~ask", ...)."""
    return {k for k in terms if k.startswith(MARK)}


class Facts(NamedTuple):
    """What `keys_for` reads of one token that does not depend on the other tokens of the
    claim: the same token is read for its claim's content, for the context of the claims around
    it and for its sentence, so it is worked out once per parsed paragraph."""

    negation: bool  # a negation word or a `neg` arc
    neg_dep: bool
    numeric: bool  # a number: read by `_quantity`, which depends on the tokens before it
    counted: Quantity | None  # a quantity in words ("a dozen of the dead", "no casualties")
    quantity_noun: bool
    refuting: bool  # a refuting word ("hoax", "false")
    denies: bool  # ... or a denying verb
    infinitive: bool  # "to dismiss a lawsuit"
    doubt: bool
    made_up: bool  # "made it all up", a "No," answering the claim
    true_word: bool  # "true", "evidence" under "no": refuting inside a negation's scope
    lacking: bool  # "without merit"
    term: str | None  # the term it gives, if any
    name: bool  # ... which is (part of) a name


def _facts(tokens) -> list[Facts]:
    """The Facts of tokens of one parsed paragraph, each worked out once for the paragraph."""
    if not tokens:
        return []
    P = Parse.of(tokens[0].doc)
    memo = P.memo
    out = []
    for tok in tokens:
        f = memo.get(tok.i)
        if f is None:
            f = memo[tok.i] = _token_facts(tok, P)
        out.append(f)
    return out


def _token_facts(tok, P: Parse) -> Facts:
    i = tok.i
    lower, pos, dep = P.lower[i], P.pos[i], P.dep[i]
    lemma = _term_lemma(P.lemma[i], lower, P.text[i], pos, P.tag[i], P.ent_type[i])
    refuting = (
        (lower in DENIAL_WORDS or lemma in DENIAL_WORDS)
        and not (pos == "VERB" and lemma == "lie")
        and not _circumstance(i, P)
        and not _wrong_act(i, P)
    )
    term = None
    kids = P.children[i]
    if not (P.is_stop[i] or P.is_punct[i] or not P.is_alpha[i] and "-" not in P.text[i]) and pos in TERM_POS:
        if not (lemma in GENERIC or lemma in CUE_STANCE and pos == "VERB" and not _moving(kids, P) or len(lemma) < 3):
            term = lemma
    return Facts(
        negation=lower in NEGATIONS or dep == "neg",
        neg_dep=dep == "neg",
        numeric=P.like_num[i] or P.tag[i] == "CD",
        counted=_counted_word(tok) if lower in QUANTITY_NOUNS or lower in {"no", "nobody"} else None,
        quantity_noun=lower in QUANTITY_NOUNS,
        refuting=refuting,
        denies=refuting or lemma in DENY_VERBS and pos in {"VERB", "PROPN"} or lemma == "deny",
        infinitive=any(P.dep[c] == "aux" and P.lower[c] == "to" for c in kids),
        doubt=(lower in DOUBT_WORDS or lemma in DOUBT_WORDS) and not _doubt_removed(i, P),
        made_up=(
            lower in {"no", "nope", "nah"}
            and _refuting_interjection(tok)
            or P.lemma[i] in PARTICLE_VERBS
            and _made_up(tok)
            or lemma in DISCREDITING_NOUNS
            and _said_of_a_claim(i, P)
        ),
        true_word=lower in TRUE_WORDS or lower in EVIDENCE and _determiner_no(tok),
        # "without merit", "lacks support"; not "without action to support the economy"
        lacking=lower in EVIDENCE and pos not in {"VERB", "AUX"} and _lacking(tok),
        term=term,
        # a first name English knows as a word ("Dana", "Tom") is part of a name in a person's name
        name=term is not None and pos == "PROPN" and (base_form(lower) is None or P.ent_type[i] == "PERSON"),
    )


TERM_POS = {"NOUN", "PROPN", "VERB", "ADJ"}
# Prepositions of a motion: a reporting verb with one says no speech ("charged at the officers").
MOTION_PREPOSITIONS = {"at", "into", "toward", "towards", "through", "across", "past", "onto"}


def _moving(kids, P: Parse) -> bool:
    """A verb that can be a cue used for a motion ("the man charged at them"): a term of what
    is said, not speech (which a cue verb's clause or object would be)."""
    deps = {P.dep[c] for c in kids}
    return not deps & {"ccomp", "dobj", "xcomp", "acomp", "oprd", "attr", "nsubjpass", "auxpass"} and any(
        P.dep[c] == "prep" and P.lower[c] in MOTION_PREPOSITIONS for c in kids
    )


DISPELLING_VERBS = word_set("dispelling_verbs")


def _doubt_removed(i: int, P: Parse) -> bool:
    """Whether a doubt noun is said to be absent or taken away, which is certainty: "there is no
    doubt that ...", "little doubt", "without a doubt", "beyond doubt", "will dispel any
    remaining doubts"; or a doubt adjective describes a thing, not a claim or figure
    ("inflated prices", not "inflated figures")."""
    if any(P.dep[c] in {"det", "neg"} and P.lower[c] in {"no", "little"} for c in P.children[i]):
        return True  # "no doubt" (a noun, or the tagger's adverb in "No doubt, ..."), "little doubt"
    head = P.head[i]
    if P.dep[i] == "amod" and P.lemma[head] not in _DENIABLE and P.lower[head] not in _DENIABLE:
        return True  # "inflated prices", "questionable deals": said of a thing, not of what was said
    if P.dep[i] == "pobj" and P.lower[head] in {"without", "beyond"}:
        return True
    return P.dep[i] == "dobj" and P.lemma[head] in DISPELLING_VERBS


CIRCUMSTANCE_PREPOSITIONS = word_set("circumstance_prepositions")


def _wrong_act(i: int, P: Parse) -> bool:
    """Whether token `i` is an adverb of error ("wrongly", "mistakenly") telling how someone
    acted ("the informants had wrongly identified the house", "was mistakenly released"), which
    says something happened, not that what someone said is false ("falsely claimed", "wrongly
    believed")."""
    if P.pos[i] != "ADV" or P.dep[i] != "advmod":
        return False
    head = P.head[i]
    return P.pos[head] in {"VERB", "AUX"} and P.lemma[head] not in CUE_STANCE and P.lemma[head] not in OWN_THOUGHT


def _circumstance(i: int, P: Parse) -> bool:
    """Whether token `i` lies in a phrase that says when or despite what the claim holds
    ("killing 176 people after days of denials", "despite denials"): its noun phrases up to a
    preposition of CIRCUMSTANCE_PREPOSITIONS. A refuting word there does not refute the claim."""
    node = i
    for _ in range(6):
        if P.dep[node] != "pobj":
            return False
        prep = P.head[node]
        if P.lower[prep] in CIRCUMSTANCE_PREPOSITIONS:
            return True
        if P.dep[prep] != "prep":
            return False
        node = P.head[prep]  # "days of denials": the noun the phrase hangs on
    return False


# Dependencies a question word may climb through to the root of the question it opens ("how
# many people died": how -> many -> people -> died); a clause between them (csubj, advcl) makes
# it a free relative or a time clause instead ("what happened was a tragedy").
_QUESTION_PATH = frozenset(
    {"det", "amod", "advmod", "nummod", "npadvmod", "poss", "nsubj", "nsubjpass", "dobj", "pobj", "prep", "attr"}
)


# Nouns whose rejection denies a proposition: what was said or found ("rejected the findings"),
# or what happened ("disputed the account"); read with the refuting cues' objects.
_DENIABLE = word_set("reference_nouns") | word_set("claim_nouns") | word_set("claim_objects")
# Cues that deny whatever they take, events included ("denied the attack").
_DENY_ANY = word_set("deny_anything_verbs")


def refused_thing(tokens, cue_lemmas: Iterable[str]) -> bool:
    """Whether a rejecting or doubting cue takes a thing rather than a proposition: a content
    headed by a noun that is no claim, report or figure ("rejected a request from the party to
    cut taxes", "challenged the rules", "rejected single mothers"). Refusing a request or
    opposing a rule calls nothing said false; questioning a property ("questioned his
    eligibility", "the wisdom of the plan") doubts what is said of it."""
    if _DENY_ANY & set(cue_lemmas):
        return False
    words = [t for t in tokens if not t.is_punct]
    roots = _content_roots(tokens)
    if not roots or words[0].lower_ in {"whether", "if", "that"}:
        return False  # "questions whether the crater was caused by a meteorite": a proposition, misparsed
    if any(t.lower_ in DENIAL_WORDS or t.lemma_.lower() in DENIAL_WORDS for t in words):
        return False  # "called climate change a hoax": a label that denies
    properties = property_nouns()
    return all(
        # an object is a noun, though the tagger may call it a verb ("challenging the Clean Power Plan rules")
        (r.pos_ in {"NOUN", "PROPN"} or r.dep_ == "dobj")
        and (lemma := r.lemma_.lower()) not in _DENIABLE
        and lemma not in properties
        for r in map(_counted_of, [r for r in roots if r.dep_ != "prep"] or roots)  # not "..., including: ..."
    )


def _content_roots(tokens) -> list:
    """The words of a content that head it (those whose head lies outside it), punctuation left out."""
    P, at = _roots(tokens, {t.i for t in tokens})
    return [P.tokens[i] for i in at if not P.is_punct[i]] if P is not None else []


def labelled_report(tokens, cue_lemmas: Iterable[str]) -> bool:
    """Whether a labelling cue takes a report, claim or allegation and says what it is ("dubbed
    the reports of bugging a serious matter", "described the allegations as troubling"): what the
    speaker makes of what others said, which affirms none of it. A refuting label ("called the
    report a fabrication") is a denial, read before."""
    if not LABELLING_VERBS & set(cue_lemmas):
        return False
    roots = _content_roots(tokens)
    return bool(roots) and roots[0].pos_ == "NOUN" and roots[0].lemma_.lower() in _DENIABLE


ACCOUNT_NOUNS = word_set("account_nouns")
REQUEST_NOUNS = word_set("request_nouns")
PERCEPTION_VERBS = word_set("perception_verbs")
RESPONDING_VERBS = word_set("responding_verbs")


def names_an_account(tokens) -> bool:
    """Whether a content only names an account that was given ("gave his account at noon",
    "offered its version of events"): no word of it is said, what it says comes after
    ("..., saying the man had fired first") or not at all."""
    words = [t for t in tokens if not t.is_punct]
    roots = [r for r in _content_roots(tokens) if r.dep_ not in {"prep", "npadvmod"}]  # not "at noon"
    return (
        len(roots) == 1
        and roots[0].pos_ == "NOUN"
        and roots[0].lemma_.lower() in ACCOUNT_NOUNS
        and not any(t.pos_ in {"VERB", "AUX"} for t in words)
    )


def answers_request(tokens) -> bool:
    """Whether a content is only "to" a request ("did not respond to requests for comment",
    "replied to an email") or to what others said ("responded on Thursday to allegations that
    the mayor hid the costs"): the speaker answers, or leaves unanswered, what was asked or
    alleged, and says nothing a conflict could hold (what they answered with, "by saying ...",
    is a claim)."""
    words = [t for t in tokens if not t.is_punct]
    if not words:
        return False
    # the "to" opens the content, or ends the cue before it ("did not respond to | requests")
    to = words[0] if words[0].lower_ == "to" else words[0].doc[words[0].i - 1] if words[0].i else None
    if to is not None and to.lower_ == "to":
        if any(t.dep_ == "pobj" and t.head.i == to.i and t.lemma_.lower() in REQUEST_NOUNS for t in words):
            return True
    if any(t.pos_ == "VERB" and t.lemma_.lower() in CUE_STANCE for t in words):
        return False  # "responded to the lawsuit by saying ...": what they answered with is said
    # "responded (on Friday) to allegations that ...": the words of those it answers
    answering = [t for t in words[:4] + ([to] if to is not None else []) if t.lower_ == "to"]
    return any(
        t.head.lemma_.lower() in RESPONDING_VERBS
        and any(o.dep_ == "pobj" and o.lemma_.lower() in _DENIABLE for o in t.children)
        for t in answering
    )


def withheld(cue_tokens) -> bool:
    """Whether a denying cue withholds a thing from someone rather than denying what is said:
    it takes a person and a thing ("could deny them mining permits", "was denied a visa")."""
    for verb in cue_tokens:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not objects:
            continue
        whom = [c for c in verb.children if c.dep_ == "dative" and c.pos_ in {"NOUN", "PROPN", "PRON"}]
        if whom or verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
            return True
    return False


def _counted_of(root):
    """What a quantity heads ("several of those individuals" -> individuals; "two of the
    reports" -> reports), else the word itself."""
    picked = of_object(root) if root.pos_ in {"NUM", "ADJ", "PRON", "DET"} else None
    return root if picked is None else picked


def _part_of_known(tok) -> bool:
    """Whether a number picks some of a set already spoken of ("two of the dead", "three of
    them"), some besides it ("seven other people") or some among a count ("Three farmers were
    among nine people killed"): it does not say how many the set holds."""
    whole = of_object(tok)
    if whole is not None and (
        whole.lower_ in {"them", "those", "these"}
        or any(
            c.dep_ in {"det", "poss"}
            and c.lower_ in {"the", "those", "these", "its", "their", "his", "her", "our", "my"}
            for c in whole.children
        )
    ):
        return True
    noun = tok.head if tok.dep_ == "nummod" else None
    if noun is None:
        return False
    if any(c.dep_ == "amod" and c.lower_ == "other" for c in noun.children):
        return True  # "seven other people": some besides those counted, not a total ("10 more" is a bound)
    # "Three farmers were among nine people killed": some of the count the sentence gives
    verb = noun.head
    return (
        noun.dep_ == "nsubj"
        and verb.lemma_ == "be"
        and any(c.dep_ == "prep" and c.lower_ == "among" for c in verb.children)
    )


def _whole_of_a_part(tok) -> bool:
    """Whether a number is the whole a number before it is some of, said as a whole ("10 out of
    120 hectares") or as someone's ("three of her seven hectares"): what the claim counts is the
    part. "7 of 28 girls" keeps both: the story is told by both numbers."""
    doc = tok.doc
    k = tok.i - 1
    owned = k >= 0 and doc[k].dep_ == "poss"
    if owned:
        k -= 1  # "her"
    if k < 1 or doc[k].lower_ != "of":
        return False
    k -= 1
    out = doc[k].lower_ == "out"
    if out:
        k -= 1
    return (out or owned) and k >= 0 and _number(doc[k]) is not None


def of_object(tok):
    """The object of the "of" after `tok` ("families" in "each of the families"), or None."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > tok.i), None)
    return next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None


def relative_object(tokens) -> bool:
    """Whether a content opens with a relative pronoun that is the object of a verb outside it
    (the cue: "the suits that White has filed against the hospital"): what was said is the
    noun it stands for, which the content does not hold. A label given it is said, though
    ("that the mayor described as an intentional act")."""
    words = [t for t in tokens if not t.is_punct]
    if not words:
        return False
    first = words[0]
    ids = {t.i for t in tokens}
    if any(t.dep_ in {"oprd", "attr"} or t.lower_ == "as" and t.dep_ == "prep" for t in words):
        return False  # "(an explosion) that the mayor described as an intentional act": the label is said
    return first.tag_ in {"WDT", "WP"} and first.dep_ in {"dobj", "nsubjpass", "pobj"} and first.head.i not in ids


def embedded_question(tokens) -> bool:
    """Whether a content is an indirect question ("what evidence it had", "whether anyone was
    arrested", "how many people died"): it names something unknown and states nothing, under
    any cue ("did not say what ...", "asked whether ...")."""
    words = [t for t in tokens if not t.is_punct]
    if not words:
        return False
    ids = {t.i for t in tokens}
    first = words[0]
    if first.lower_ in {"whether", "if"}:
        return first.dep_ == "mark" and first.head.i in ids and first.head.head.i not in ids
    if first.tag_ not in {"WDT", "WP", "WP$", "WRB"} or first.lower_ == "that":
        return False  # "that" relates ("suits that White has filed"), it never asks
    node = first
    for _ in range(8):
        head = node.head
        if head.i not in ids or head.i == node.i:
            return True  # reached the content's root through phrases only
        if node.dep_ not in _QUESTION_PATH:
            return False
        node = head
    return False


SPEECH_CUES = word_set("speech_cues")


def discredited(rest, cue_ids: set[int], source_ids: AbstractSet[int] = frozenset(), content=()) -> bool:
    """Whether the words of a claim's sentence outside its content discredit it: refuting words
    in its source ("a fake news report claims ..."), on its cue ("falsely claimed") or in a
    clause that governs it ("the woman who claimed ... was exposed as a hoaxer"), or a negated
    cue before a clause ("the Pope did not say ..."; not "haven't said much about it", nor "if
    they did not confirm their status"). Refuting words in a clause beside it say nothing of it."""
    governing = {a.i for tok in rest if tok.i in cue_ids for a in tok.ancestors} | set(cue_ids)
    for tok in rest:
        if tok.i in cue_ids:
            # "did not say X" disowns X; "did not want" or "did not recommend" is a negative claim;
            # "haven't said much about ..." withholds, and "if they did not confirm ..." supposes
            if (
                tok.lemma_.lower() in SPEECH_CUES
                and any(c.dep_ == "neg" for c in tok.children)
                and not any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in tok.children)
                and _a_clause(content)
            ):
                return True
            continue
        lemma = _lemma(tok)
        if (tok.lower_ in DENIAL_WORDS or lemma in DENIAL_WORDS) and not (tok.pos_ == "VERB" and lemma == "lie"):
            if tok.i in source_ids:
                return True
            verb = (
                tok
                if tok.pos_ in {"VERB", "AUX"}
                else next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            )
            if verb is not None and verb.i in governing:
                if tok is verb and any(c.dep_ == "nsubj" and c.i not in source_ids for c in verb.children):
                    continue  # "X denied ..., hours after Y said ...": X's denial, a side, not the article's voice
                return True
    return False


def _a_clause(tokens) -> bool:
    """Whether a content is a clause (a verb heads it: "that soldiers shot people"), not a thing
    ("much about the debate", "their status"). Unknown (no tokens) counts as a clause."""
    P, roots = _roots(tokens, {t.i for t in tokens})
    return P is None or any(P.pos[i] in {"VERB", "AUX"} for i in roots)


def _roots(tokens, ids: set[int]) -> tuple[Parse | None, list[int]]:
    """The tokens (as indices) whose head lies outside `tokens`, or that head their sentence."""
    if not tokens:
        return None, []
    P = Parse.of(tokens[0].doc)  # the tokens of one parsed paragraph
    head = P.head
    return P, [t.i for t in tokens if head[t.i] not in ids or head[t.i] == t.i]


def _main_predicate(tokens, ids: set[int]) -> set[int]:
    """The root of a content and, for a headline without a verb ("Students not among the
    dead"), the phrases that stand for its predicate."""
    P, roots = _roots(tokens, ids)
    main = set(roots)
    if P is not None:
        for r in roots:
            main |= {c for c in P.children[r] if P.dep[c] in {"prep", "acl", "appos", "xcomp"} and c in ids}
            if _own_saying(P, r):  # "We said from the beginning that his claim was a fraud"
                main |= {c for c in P.children[r] if P.dep[c] == "ccomp" and c in ids}
    return main


def _own_saying(P: Parse, i: int) -> bool:
    """Whether token `i` is the speaker's own saying or thinking ("we said", "I believe", or a
    statement's impersonal "It is clarified that"), whose clause is what the speaker says."""
    return P.lemma[i] in CUE_STANCE and any(
        P.dep[c] == "nsubj" and P.lower[c] in {"i", "we"} or P.dep[c] == "nsubjpass" and P.lower[c] == "it"
        for c in P.children[i]
    )


# What a refuting word may be to the main predicate to refute the claim: its complement ("is a
# hoax", "called it fake"), its object, its subject, or a word of one of those.
_SAYS_OF = frozenset(
    {"attr", "acomp", "oprd", "dobj", "nsubj", "nsubjpass", "appos", "advmod", "npadvmod", "amod", "compound"}
)


def _says_of_main(tok, main: set[int]) -> bool:
    """Whether a refuting word is said of the claim's main predicate ("It's a hoax", "This is
    fake news", "..., denying the figures"), not of something inside one of its clauses ("We
    cannot have people come here and deny the right", "You could dismiss these actions as ...,
    but this man is running")."""
    if tok.i in main:
        return True
    head = tok.head
    if (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and head.i in main
        and not any(c.dep_ == "nsubj" for c in tok.children)
    ):
        return True  # "..., denying the figures": the speaker's own act, hung on the content
    if tok.dep_ in _SAYS_OF and head.i in main:
        return True
    return tok.dep_ in {"amod", "compound"} and head.dep_ in _SAYS_OF and head.head.i in main


def _predicate_heads(tokens, ids: set[int]) -> list:
    """The words a claim is about: its main verb and object, a copula's complement ("the
    facilities are internment camps" -> camps), the head of a verbless headline."""
    P, roots = _roots(tokens, ids)
    heads: list[int] = []
    if P is None:
        return heads
    for root in roots:
        if P.pos[root] in {"NOUN", "PROPN", "ADJ"}:
            heads.append(root)
        elif P.pos[root] == "VERB" and P.lemma[root] not in LIGHT_VERBS:
            heads.append(root)
        heads += [c for c in P.children[root] if c in ids and P.dep[c] in {"attr", "acomp", "dobj", "oprd"}]
    return [P.tokens[i] for i in heads]


_PATIENTS = frozenset({"dobj", "nsubjpass"})
_TIMES = frozenset({"DATE", "TIME"})


# Nouns of a change in something ("a rise in the levels of mercury"): what changed is what a
# verb done to the change is about.
CHANGE_NOUNS = word_set("change_nouns")


def _frames(tokens, ids: set[int]) -> list[str]:
    """The main verb of a content with what it is done to: its object or passive subject, or
    else the object of its first preposition ("shot down a plane" -> shoot>plane, "shooting at
    protesters on Monday" -> shoot>protester). Pronouns, times and circumstances ("after the
    vote") name nothing to compare, and light verbs ("make", "have") no event."""
    P, roots = _roots(tokens, ids)
    out: list[str] = []
    if P is None:
        return out
    for root in roots:
        if P.pos[root] != "VERB" or P.lemma[root] in LIGHT_VERBS:
            continue
        kids = [c for c in P.children[root] if c in ids]
        things = [c for c in kids if P.dep[c] in _PATIENTS]
        if not things:
            prep = next((c for c in kids if P.dep[c] == "prep" and P.lower[c] not in CIRCUMSTANCE_PREPOSITIONS), None)
            if prep is not None:
                things = [c for c in P.children[prep] if c in ids and P.dep[c] == "pobj"]
        verb = _lemma(P.tokens[root])
        for c in list(things):
            if P.lemma[c] in CHANGE_NOUNS:  # "has not shown any rise in the levels": the levels
                things += [
                    g for p in P.children[c] if P.lower[p] in {"in", "of"} for g in P.children[p] if P.dep[g] == "pobj"
                ]
        for c in things:
            thing = _thing(P.tokens[c])
            if thing:
                out.append(f"{FRAME}{verb}>{thing}")
    return out


_NAMED_THINGS = frozenset({"PRODUCT", "FAC", "LOC", "EVENT", "WORK_OF_ART", "LAW"})
NAMED_THING = "*"  # ends a frame's thing that is the name of a thing, not of people ("flight*": "Flight 752")


def _thing(tok) -> str | None:
    """What a verb is done to, as a frame names it: a noun's lemma, "person" for a named person
    or people ("Williams", "Uyghurs"), a name of a thing ("Flight 752"); None for a pronoun, a
    time, or a name that may stand for people (a country, an organisation, an untagged name).
    A name of a thing ends with NAMED_THING."""
    if tok.ent_type_ in {"PERSON", "NORP"}:
        return "person"
    if tok.pos_ == "NOUN" and tok.ent_type_ not in _TIMES:
        return _lemma(tok)
    if tok.pos_ == "PROPN" and tok.ent_type_ in _NAMED_THINGS:
        return _lemma(tok) + NAMED_THING
    return None


def _withheld_from(tok) -> bool:
    """Whether a denying verb is passive with what was withheld as its object ("after being denied
    admission", "was denied a visa"): someone was refused a thing; nothing said is called false."""
    return (
        tok.tag_ == "VBN"
        and tok.lemma_.lower() in {"deny", "refuse"}  # not "Is Probably Fabricated Shite"
        and any(c.dep_ == "auxpass" for c in tok.children)
        and any(c.dep_ in {"dobj", "oprd", "dative"} and c.pos_ in {"NOUN", "PROPN"} for c in tok.children)
    )


def _someone_else(tok, ids: set[int]) -> bool:
    """Whether a denying verb has a subject of its own inside the content, other than the
    speaker's "I" or "we" ("professors would sometimes dismiss her proposals"): the content
    tells of someone else's denial; its speaker calls nothing false. A headline's "Rumors of
    his death debunked" has what is refuted for its subject, and refutes it."""
    return tok.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "nsubj" and c.i in ids and c.lower_ not in {"i", "we"} and c.lemma_.lower() not in CLAIM_OBJECTS
        for c in tok.children
    )


def _refuting_interjection(tok) -> bool:
    """ "No, Banksy has not been arrested", "NHL expansion? No, says Bettman": a "no" or "nope"
    standing alone before a comma or at the end of the content answers the claim."""
    if tok.lower_ not in {"no", "nope", "nah"}:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is None or nxt.text in {",", "!", ".", "-", "--", "—", ":"} or tok.dep_ == "intj"


REFUTING_PARTICLES = set(phrases("refuting_particles"))
PARTICLE_VERBS = {verb for verb, _ in REFUTING_PARTICLES}


def _made_up(tok) -> bool:
    """ "made it all up", "shoots down the claim", "put the rumour to rest": a verb with its
    particle that calls something false, when what it acts on is something said or a pronoun
    ("shot down a helicopter", "make up 40 percent" are meant literally)."""
    lemma = tok.lemma_.lower()
    phrase = any(
        c.dep_ == "prt"
        and (lemma, c.lower_) in REFUTING_PARTICLES
        or c.dep_ == "prep"
        and any((lemma, g.lower_) in REFUTING_PARTICLES for g in c.children)
        for c in tok.children
    )
    if not phrase:
        return False
    acted_on = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    return not acted_on or any(c.pos_ == "PRON" or c.lemma_.lower() in CLAIM_OBJECTS for c in acted_on)


CLAIM_OBJECTS = word_set("claim_objects") | word_set("claim_nouns")
DISCREDITING_NOUNS = word_set("discrediting_nouns")


def _said_of_a_claim(i: int, P: Parse) -> bool:
    """Whether a noun is the complement of "be" whose subject is something said ("Ceglia's
    claim was a fraud", "these allegations are a sham")."""
    head = P.head[i]
    return P.dep[i] == "attr" and any(
        P.dep[c] in {"nsubj", "nsubjpass"} and P.lemma[c] in CLAIM_OBJECTS for c in P.children[head]
    )


# Nouns that are amounts themselves ("a dozen of the dead", "hundreds of people"): value and bound.
QUANTITY_NOUNS = {noun: (float(value), bound) for noun, value, bound in table("quantity_nouns")}


def _counted_word(tok) -> tuple[float, str, str] | None:
    """A quantity said in words: "a dozen of the dead" (12, dead, ~), "hundreds of people"
    (200, people, >), "no casualties" (0, casualty, =), "no one" / "nobody" (0, people, =)."""
    lower = tok.lower_
    if lower in QUANTITY_NOUNS and not tok.like_num:
        value, bound = QUANTITY_NOUNS[lower]
        of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        unit = of[0] if of else tok.head if tok.head.pos_ in {"NOUN", "PROPN"} and tok.head.i > tok.i else None
        return (value, _lemma(unit), bound) if unit is not None else None
    if lower == "nobody" or lower == "no" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "one":
        return 0.0, "people", "="
    if lower == "no" and tok.dep_ == "det" and tok.head.pos_ == "NOUN":
        if counted(_lemma(tok.head)):
            return 0.0, _lemma(tok.head), "="
    return None


def _lacking(tok) -> bool:
    """ "without merit", "devoid of factual support", "lacks any basis": what is said has no ground."""
    up = [tok.head, tok.head.head] if tok.head.i != tok.i else []
    return any(a.lower_ in LACKING for a in up) or any(c.lower_ in {"no", "without"} for c in tok.children)


def _determiner_no(tok) -> bool:
    return any(c.lower_ in {"no", "not"} for c in tok.children) or tok.head.lower_ in {"no", "not"}


# Units of time: a figure of them is a span ("over the past five years"), no count in dispute.
TIME_UNITS = word_set("time_units")
# Words before a share that make it a group by rank ("the top 1 percent of earners").
RANKS = word_set("ranks")


def _quantity(tok, consumed: set[int]) -> Quantity | None:
    """(value, unit, bound) of the number starting at `tok`, marking scale words consumed. A
    number right after the noun it belongs to names rather than counts ("Flight 752", "Route
    66", "Article 5"); nor does a share after a rank ("the top 1 percent")."""
    value = _number(tok)
    if value is None:
        return None
    if tok.dep_ == "nummod" and tok.head.i == tok.i - 1 and tok.head.pos_ in {"NOUN", "PROPN"}:
        return None
    doc = tok.doc
    if tok.i > 0 and doc[tok.i - 1].lower_ in RANKS:
        return None  # "the top 1 percent", "the bottom fifth": a group by rank, not a figure
    if _part_of_known(tok):
        return None  # "two of the dead were children": some of a count, not the count
    if _whole_of_a_part(tok):
        return None  # "clearing 10 out of 120 hectares": the 10 were cleared, not the 120
    nxt = tok
    scale = 1.0
    # "2 million", "$2 billion": follow the number's scale words
    while nxt.i + 1 < len(doc) and (
        doc[nxt.i + 1].lower_ in SCALES
        or doc[nxt.i + 1].text == "-"
        and nxt.i + 2 < len(doc)
        and doc[nxt.i + 2].lower_ in SCALES
    ):
        if doc[nxt.i + 1].text == "-":  # "$412-million", as some outlets hyphenate it
            consumed.add(nxt.i + 1)
            nxt = doc[nxt.i + 1]
        nxt = doc[nxt.i + 1]
        scale *= SCALES[nxt.lower_]
        consumed.add(nxt.i)
    if re.fullmatch(r"1[89]\d\d|20\d\d", tok.text) and scale == 1.0 and tok.ent_type_ in {"DATE", ""}:
        return None  # a year, not a quantity
    unit = _unit(tok, nxt)
    if not unit or unit in TIME_UNITS:
        return None  # "for 82 years", "over the past five years": for how long, not how many
    if tok.i > 0 and doc[tok.i - 1].text == "$":
        unit = "$"
    event = _event(tok) or (_share_of(tok, nxt) if unit in PERCENT_UNITS else None) or _rate(tok) or _margin(tok)
    if (
        not event
        and tok.lower_ == "one"
        and tok.head.tag_ == "NN"
        and tok.head.dep_ == "nsubj"
        and tok.head.head.pos_ == "VERB"
    ):
        return None  # "One officer said ...", "one officer fired": which of them acted, no count in dispute
    return (value * scale, unit, _bound(tok), event) if event else (value * scale, unit, _bound(tok))


PERCENT_UNITS = {"percent", "cent", "%", "pct"}


MARGIN = "margin"  # a figure by which something passes or falls short of another


def _margin(num_tok) -> str | None:
    """MARGIN for a figure by which one thing passes another ("50 mph over the speed limit",
    "$2 million over budget", "10 points above the last vote"): a difference, never the thing's
    own figure. None otherwise ("over 50 people": a bound, before the number)."""
    unit = num_tok.head if num_tok.dep_ in {"nummod", "compound", "quantmod"} else num_tok
    preps = [c for c in unit.children if c.dep_ == "prep"]
    if unit.dep_ == "npadvmod" and unit.head.pos_ == "ADP":
        preps.append(unit.head)  # "10 points above the last vote"
    elif unit.dep_ in {"npadvmod", "dobj"}:  # "going 40 mph over the limit", the phrase hung on the verb
        preps += [c for c in unit.head.children if c.dep_ == "prep" and c.i in {unit.i + 1, unit.right_edge.i + 1}]
    for p in preps:
        if p.lower_ in _PASSING and p.i > num_tok.i:
            if any(o.dep_ == "pobj" and o.lemma_.lower() in _REFERENCES for o in p.children):
                return MARGIN  # not "5 percent over the year", "20 towns over the border"
    return None


_PASSING = {"over", "above", "below", "under", "beyond"}
# What a figure passes or falls short of: "over the limit", "above the average", "under budget".
_REFERENCES = frozenset(
    "limit budget target estimate average norm forecast threshold level cap quota projection expectation "
    "mark record vote election poll plan goal benchmark line minimum maximum requirement".split()
)


def _rate(num_tok) -> str | None:
    """What a figure is given per, as "per <noun>": "$1.25 a share", "$15 an hour", "20 cases
    per day"; a rate and a total are two quantities. None for a figure that is no rate."""
    for t in (num_tok, num_tok.head):
        for c in t.children:
            if (
                c.dep_ == "npadvmod"
                and c.pos_ == "NOUN"
                and any(d.dep_ == "det" and d.lower_ in {"a", "an", "per", "each"} for d in c.children)
            ):
                return f"per {c.lemma_.lower()}"
            if c.dep_ == "prep" and c.lower_ == "per":
                obj = next((o for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
                if obj is not None:
                    return f"per {obj.lemma_.lower()}"
        if t.pos_ != "NUM":
            break
    return None


def _share_of(num_tok, last) -> str | None:
    """What a percentage is a share of, as "share of <noun>": "80 per cent of its staff" (of
    staff), "a price rise of 4 per cent" and "a 3 percent raise" (of the rise, the raise); two
    shares of different things are two quantities. None when the text does not say."""
    doc = num_tok.doc
    mark = next((t for t in doc[last.i : last.i + 3] if t.lower_ in PERCENT_UNITS), None)
    if mark is None:
        return None
    of = [p for p in mark.children if p.dep_ == "prep" and p.lower_ == "of"]
    nouns = [o for p in of for o in p.children if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"}]
    if not nouns and mark.dep_ in {"compound", "amod", "nmod"} and mark.head.pos_ == "NOUN":
        nouns = [mark.head]  # "a 3 percent raise"
    for t in (mark, num_tok):
        if not nouns and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
            nouns = [t.head.head]  # "a price rise of 4 per cent"
    return f"share of {nouns[0].lemma_.lower()}" if nouns else None


def _event(num_tok) -> str | None:
    """What happened to what a figure counts, by class, from the verb that governs it: "killed 40
    soldiers" and "40 soldiers were killed" -> death, "three soldiers wounded" -> injury; or from
    the figure noun it is stated for: "the death toll is 52" -> death."""
    figure = _figure_stated(num_tok)
    if figure is not None:
        kinds = [counted(c.lemma_.lower()) for c in figure.children if c.dep_ in {"compound", "amod"}]
        return next((k for k in kinds if k), None)
    noun = num_tok.head if num_tok.head.pos_ in {"NOUN", "PROPN"} and num_tok.head.i != num_tok.i else None
    if noun is None:
        return None
    verbs = [noun.head] if noun.dep_ in {"dobj", "nsubjpass", "nsubj"} else []
    verbs += [c for c in noun.children if c.dep_ in {"acl", "relcl"}]
    for verb in verbs:
        if verb.pos_ == "VERB" and (cls := counted(verb.lemma_.lower())):
            return cls
    return None


def _bound(tok) -> str:
    """`>` for "more than 1,000", `<` for "up to 2 million", `~` for "about 300", else `=`. A
    range ("between six and eight", "30 to 40") is read from its ends: its top is an upper
    bound and its bottom a lower one, so a figure inside it does not contradict it."""
    doc = tok.doc
    start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].text == "$" else tok.i
    before = [t.lower_ for t in doc[max(0, start - 3) : start]]
    if start >= 2 and doc[start - 1].lower_ in {"and", "to"} and _number(doc[start - 2]) is not None:
        if doc[start - 1].lower_ == "to" or start >= 3 and doc[start - 3].lower_ == "between":
            return "<"  # the top of "between six and eight", "30 to 40"
    if start > 0 and doc[start - 1].lower_ == "between":
        return ">"  # its bottom
    if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "to" and _number(doc[tok.i + 2]) is not None:
        return ">"  # the bottom of "30 to 40"
    for sign, words in BOUNDS:
        if tuple(before[-len(words) :]) == words:
            return sign
    if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in INCREMENTS or before[-1:] in (["another"], ["additional"]):
        return ">"  # "found 10 more bodies", "another 12 deaths": added to a toll at least that high
    return "="


INCREMENTS = word_set("increment_words")


def _contrasted(neg):
    """The term a contrastive negation sets aside ("X, not Y", "X but not Y"): the apposition
    or conjunct of its head that follows it, which the parser hangs on X; none in "not Y, but
    X", whose conjunct after "but" is affirmed."""
    head = neg.head
    if head is neg or neg.i < head.i:
        return None
    other = next((c for c in head.children if c.dep_ in {"appos", "conj"} and c.i > neg.i), None)
    if other is not None and any(
        c.dep_ == "cc" and c.lower_ in {"but", "rather"} and neg.i < c.i < other.i for c in head.children
    ):
        return None  # "were not smugglers, but fishermen": what follows "but" is what they were
    return other


def _negation_scope(neg, ids: set[int]) -> set[int]:
    """The predicate a negation word turns around: its head ("did not intervene" ->
    intervene, "no evidence" -> evidence); for a copula or a light verb its complement ("is not
    legal", "isn't by Banksy", "didn't make 72 million"); for a preposition its object
    ("students not in the graves")."""
    contrasted = _contrasted(neg)
    if contrasted is not None:  # "training centers, not internment camps": the camps
        return ({contrasted.i} | {g.i for g in contrasted.children if g.dep_ == "compound"}) & ids
    if neg.lower_ == "without" and neg.dep_ == "prep":
        # "patients have gone without a bed in the wards": what they lack, not where, nor the verb
        return ({c.i for c in neg.children if c.dep_ == "pobj"}) & ids
    head = neg.head if neg.head is not neg else neg
    scope = {head.i}
    light = head.lemma_.lower() in LIGHT_VERBS or head.pos_ == "AUX"
    if head.lemma_.lower() in PERCEPTION_VERBS:  # "did not see the van hit anyone": nor did it, they say
        scope |= {c.i for c in head.children if c.dep_ in {"ccomp", "xcomp"} and c.pos_ in {"VERB", "AUX"}}
    if light or head.pos_ == "ADP":
        for c in head.children:
            if c.dep_ in {"attr", "acomp", "oprd", "dobj", "pobj", "xcomp", "prep"} and c.i > neg.i:
                scope.add(c.i)
                scope |= {g.i for g in c.children if g.dep_ in {"compound", "pobj", "dobj"}}
    return scope & ids


def _unit(num_tok, last_tok) -> str | None:
    """The noun a number counts: its head ("2 million Uyghurs", "300 dead"), what a figure noun
    sets it for ("the number of dead at 40"), or the next noun."""
    if num_tok.text.startswith("$") or (num_tok.i > 0 and num_tok.doc[num_tok.i - 1].text == "$"):
        return "$"
    head = num_tok.head
    for candidate in (head, last_tok.head):
        if candidate.pos_ in {"NOUN", "PROPN", "ADJ"} and candidate.i != num_tok.i and candidate.i > num_tok.i:
            return _lemma(candidate)
    by_noun = _counted_by_noun(num_tok)  # "put the number of dead at 40 after the floods": dead, not floods
    if by_noun:
        return by_noun
    doc = num_tok.doc
    for i in range(last_tok.i + 1, min(last_tok.i + 4, len(doc))):
        if doc[i].pos_ in {"NOUN", "PROPN"}:
            return _lemma(doc[i])
        if doc[i].pos_ in {"VERB", "AUX", "PUNCT", "SCONJ", "CCONJ"}:
            break  # "at 3,000 while the union ...": the next clause's nouns count nothing of it
    if head.pos_ == "NOUN" and head.i != num_tok.i:
        return _lemma(head)
    return None


FIGURE_HEADS = word_set("figure_heads")


def _figure_stated(num_tok):
    """The figure noun a number is stated for by "be" ("the death toll here is 52": toll) or
    changed to ("raised the death toll to 40": toll), or None."""
    head = num_tok.head
    if num_tok.dep_ == "pobj" and revised_to(head):
        return next((c for c in head.head.children if c.dep_ == "dobj" and c.lemma_.lower() in FIGURE_HEADS), None)
    if num_tok.dep_ != "attr" or head.lemma_.lower() != "be":
        return None
    return next((c for c in head.children if c.dep_ == "nsubj" and c.lemma_.lower() in FIGURE_HEADS), None)


# Verbs that change a figure to a value ("raised the death toll to 40").
REVISING_VERBS = word_set("revising_verbs")


def revised_to(prep) -> bool:
    """Whether a preposition is the "to" of a verb changing a figure ("raised the toll to 40")."""
    return prep.lower_ == "to" and prep.head.lemma_.lower() in REVISING_VERBS


def _counted_by_noun(num_tok) -> str | None:
    """The unit of a figure that a noun sets: "put the number of dead at 35" -> dead; "a tally of
    769 killed" -> people (what happened to them says what they count)."""
    head = num_tok.head
    if head.lower_ == "of" and head.head.lemma_.lower() in FIGURE_HEADS:
        return "people"
    if _figure_stated(num_tok) is not None and not revised_to(head):
        return "people"  # "the death toll here is 52"
    if head.lower_ == "at" or revised_to(head):
        figure = next(
            (
                c
                for c in head.head.children
                if c.dep_ in {"dobj", "nsubj", "nsubjpass"} and c.lemma_.lower() in FIGURE_HEADS
            ),
            None,
        )
        if figure is not None:
            of = [
                g
                for c in figure.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            return _lemma(of[0]) if of else "people"
        if head.lower_ == "at" and head.head.lemma_.lower() in SETTING_VERBS:
            # "estimated the crowd at 3,000", "put the damage at $7 million": what was set
            thing = next((c for c in head.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
            if thing is not None:
                return _lemma(thing)
    return None


# Verbs that set something at a figure ("put the toll at 40", "estimated the crowd at 3,000").
SETTING_VERBS = word_set("setting_verbs")
