"""Find attributions in a parsed paragraph: the cue, the source mention and the content.

Rules over spaCy's dependency parse, in the spirit of the Gender Gap Tracker's quote
extractor: a reporting cue (verb, phrasal verb or "according to"), its subject as the
source, its clausal complement or the adjacent quotation as the content. Quotes split
around the cue and quotes running over several sentences are joined."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain, islice
from typing import Any

from . import attribution_model
from . import stance as stance_rules
from .lexicon import message_nouns, object_nouns, person_nouns, speaker_nouns, thing_nouns
from .propositions import CHANGE_NOUNS, PERCEPTION_VERBS, SETTING_VERBS, base_form, is_noun, of_object, revised_to
from .segment import CLOSING, DOUBLED, OPENING, STRAIGHT, Quote
from .words import table, word_set

Span = tuple[int, int]

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
CLAUSES = {"ccomp", "xcomp", "parataxis"}
# Dependents of a cue that belong to the cue's span: auxiliaries, particles.
CUE_PARTS = {"aux", "auxpass", "prt"}
# Pronouns of a mention that stands for someone named elsewhere, whatever the parser tags them.
PRONOUNS = word_set("pronouns")
# Verbs whose object alone can be the content ("denies the allegations", "demand the release").
OBJECT_CONTENT = (
    set(stance_rules.DENY) | set(stance_rules.DEMAND) | set(stance_rules.QUESTION) | word_set("object_content_verbs")
)
# Verbs that charge someone with something ("accused the police of firing"), each with the
# prepositions that say with what: whom and of what is the content.
CHARGING_VERBS: dict[str, set[str]] = {}
for _verb, _preposition in table("charging_verbs"):
    CHARGING_VERBS.setdefault(_verb, set()).add(_preposition)
# Verbs that take their content as an infinitive ("wants to", "plans to", "refused to").
XCOMP_CONTENT = word_set("infinitive_content_verbs")
WANTING_VERBS = word_set("wanting_verbs")
# Words of a newspaper's or broadcaster's name: a capitalised name holding one is media (resolve.py).
MASTHEAD_WORDS = word_set("masthead_words")
APPEARANCE_VERBS = word_set("appearance_verbs")
# Verbs whose object is followed by what is asked of it ("urged residents to leave").
URGING_VERBS = word_set("urging_verbs")


@dataclass
class Mention:
    spans: list[Span]
    text: str
    head: str  # head word as written
    head_lemma: str
    pronoun: bool
    plural: bool
    entities: list[tuple[str, str]]  # (text, label) of named entities inside the mention
    verb_lemma: str | None = None  # the verb the mention is the subject of (for group roles)
    apposition: str | None = None  # text of an apposition ("a spokeswoman for ...")
    apposition_head: str | None = None  # its head noun's lemma ("spokeswoman")
    stands_for: Mention | None = None  # what a relative pronoun ("which") stands for
    proper: bool | None = None  # its head is a proper noun (not a capital at a sentence's start)
    core: str | None = None  # the phrase up to the first comma, dash or bracket after its head ("Maria Lopez")
    who_clause: bool = False  # a relative clause of "who" describes it ("Okafor, who led the inquiry,")
    recased: str | None = None  # in a Title Case headline: its text as parsed, names alone capitalised (`RECASED`)


@dataclass
class Attribution:
    source: Mention | None
    cue: list[Span]
    cue_text: str
    cue_lemma: str
    stance: str
    content: list[Span]
    quote: str
    sentence: Span
    hedged: bool = False
    paragraph: int = 0
    tokens: list = field(default_factory=list, repr=False)  # content tokens, for proposition keys
    then: Any = field(default=None, repr=False)  # the verb of the speaker's next act, cut off the content
    # the phrase that makes this attribution inside another's content (", an allegation the army
    # denied", "as reported by the Times"), which is cut from that content
    summary: Span | None = None
    # the article's own voice, not a source's: a headline's verdict label ("HOAX: ..."), a verb of
    # appearance with no one it seems so to ("The plan seems to have stalled")
    own: bool = False
    # who passed the words on ("Reuters quoted the minister as saying ...": Reuters)
    via: Mention | None = None

    @property
    def source_spans(self) -> list[Span]:
        """The spans of the source mention, none for a cue no one is named for."""
        return self.source.spans if self.source else []


def _spans_text(doc, spans: list[Span], offset: int) -> str:
    """The words of a paragraph's spans (offsets in the text, the paragraph at `offset`), joined
    by a space: a cue as written ("has called for", "said on Twitter:")."""
    doc_text = attribution_model.Parse.of(doc).string
    return " ".join(doc_text[s - offset : e - offset] for s, e in spans)


def _span(tok) -> Span:
    return (tok.idx, tok.idx + len(tok.text))


def fragments(tokens, offset: int) -> list[Span]:
    """Contiguous character spans covering sorted tokens; punctuation trimmed at the edges."""
    spans: list[list[int]] = []
    prev = None
    for t in sorted(tokens, key=lambda t: t.i):
        if prev is not None and t.i == prev + 1:
            spans[-1][1] = t.idx + len(t.text)
        else:
            spans.append([t.idx, t.idx + len(t.text)])
        prev = t.i
    return [(s + offset, e + offset) for s, e in spans]


# Marks that open a list's items ("• Deputy governor: ..."), which the tagger may read as words.
BULLETS = frozenset("•▪◦‣●■□►▶·*")


def _trim(tokens: list) -> list:
    """Drop punctuation, conjunctions and relative pronouns at the edges of a token run."""
    toks = sorted(tokens, key=lambda t: t.i)
    while toks and (
        toks[0].is_punct or toks[0].dep_ in {"cc", "punct"} or toks[0].tag_ in {"WP", "WDT"} or toks[0].text in BULLETS
    ):
        toks.pop(0)
    while toks and (_closing_punct(toks[-1]) or toks[-1].dep_ in {"cc"}):
        toks.pop()
    return toks


def _closing_punct(tok) -> bool:
    """Punctuation that may close a run of words without losing a word's meaning: not the "%" of
    "a turnout of 70%", which the tokenizer counts as punctuation."""
    return tok.is_punct and tok.text != "%"


def _subtree(tok, exclude: set[int]) -> list:
    return [t for t in tok.subtree if t.i not in exclude]


def cue_tokens(verb) -> tuple[list, str | None]:
    """The cue's tokens (verb, auxiliaries, particle or preposition) and its particle."""
    toks = [verb]
    particle = None
    for child in verb.children:
        if child.dep_ in CUE_PARTS and (child.dep_ != "prt" or child.i > verb.i):
            if child.dep_ == "prt":
                particle = child.lower_
            toks.append(child)
        elif (
            child.dep_ == "prep"
            and (verb.lemma_.lower(), child.lower_) in stance_rules.PHRASAL
            and not _of_a_time(child)
        ):
            particle = child.lower_
            toks.append(child)
        elif child.dep_ == "dobj" and child.lower_ == "doubt" and verb.lemma_.lower() == "cast":
            particle = "doubt"
            toks.append(child)
    if particle is None:
        for child in verb.children:
            if child.dep_ == "prt":
                particle = child.lower_
    # A dropped "to" in "to demand" is not part of the cue: keep only auxiliaries before the verb.
    toks = [t for t in toks if not (t.dep_ == "aux" and t.lower_ == "to")]
    # and the cue is one piece: "is not expected", "has repeatedly denied", not "is | expected"
    first = min(t.i for t in toks)
    toks += [c for c in verb.children if c.dep_ in {"neg", "advmod"} and first < c.i < verb.i]
    return toks, particle


def _of_a_time(prep) -> bool:
    """Whether "on" after a cue takes a day ("agreed on Monday that ..."): when it was said, not
    what ("agreed on a budget")."""
    return (
        prep.lower_ == "on"
        and prep.dep_ == "prep"
        and any(
            c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} and c.left_edge.i == prep.i + 1 for c in prep.children
        )
    )


def _particle_after_time(verb, cue: list):
    """The preposition that makes a verb a cue ("for" of "called for", PHRASAL), which a day or
    time after the verb set apart from it ("called on Tuesday for ..."); None if there is none or
    the cue holds it already."""
    if len(cue) != 1 or verb.pos_ != "VERB":
        return None
    times = [c for c in verb.children if c.i > verb.i and (_of_a_time(c) or c.ent_type_ in {"DATE", "TIME"})]
    if not times:
        return None
    after = max(t.right_edge.i for t in times) + 1
    if after >= len(verb.doc):
        return None
    nxt = verb.doc[after]
    # its object's, or the "for" of a clause "for the board to act" the parser made a mark
    hangs = nxt.head.i == verb.i or nxt.dep_ == "mark" and nxt.head.head.i == verb.i
    return nxt if hangs and (verb.lemma_.lower(), nxt.lower_) in stance_rules.PHRASAL else None


# Prepositions whose object may be a gerund clause with its own subject ("sparked by the
# government admitting that ...", "with residents saying that ...").
GERUND_PREPS = word_set("gerund_prepositions")


# Pronouns that stand for people described after them ("those on strike", "many in the crowd").
PEOPLE_PRONOUNS = frozenset({"those", "many", "some", "others", "most"})


def gerund_subject(verb):
    """The subject of a gerund cue that a preposition takes with its noun phrase: the speaker
    right before it ("sparked by the government admitting that it shot down the plane", "with
    residents saying dozens drowned"), where the parser hung the gerund on the main verb."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    before = verb.i - 1
    # "with Amnesty International, and several news outlets, reporting": a comma closing a set-off
    # conjunct (not "clashed with police, saying", where the sentence's subject says it)
    if before > 1 and verb.doc[before].text == "," and verb.doc[before - 1].dep_ == "conj":
        before -= 1
    noun = verb.doc[before]
    # "with those on strike accusing him": the people the phrase before describes speak (not "a
    # complaint with the police in the river town alleging ...", where the complaint alleges)
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i < noun.i:
        owner = noun.head.head
        if owner.lower_ not in PEOPLE_PRONOUNS or owner.dep_ != "pobj":
            break
        noun = owner
    if (
        not (noun.pos_ in {"NOUN", "PROPN"} and speaks(noun) or noun.lower_ in PEOPLE_PRONOUNS)
        or noun.dep_ not in {"pobj", "conj"}
        or any(c.dep_ in SUBJECTS for c in verb.children)
    ):
        return None
    prep = noun
    while prep.dep_ == "conj" and prep.head.i < prep.i:
        prep = prep.head
    prep = prep.head if prep.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "with" and _lodged(prep.head, prep):
        return None  # "filed a complaint with the council alleging ...": whom it went to says nothing
    if prep is not None and prep.lower_ == "among" and noun.lower_ in PEOPLE_PRONOUNS:
        # "Teachers in the capital were among those warning ...": the teachers, who are of them
        member = next((c for c in prep.head.children if c.dep_ in SUBJECTS), None)
        if member is not None and member.i < prep.i:
            return member
    return noun if prep is not None and prep.lower_ in GERUND_PREPS else None


# Verbs that hand a complaint or a suit to a body ("filed a complaint with the council").
_LODGING = {"file", "lodge", "register", "submit", "raise"}


def _lodged(tok, prep=None) -> bool:
    """Whether "with X" (`prep`) after a word tells where a complaint or a suit went: the word
    is one ("a complaint with the council"), or a verb of lodging whose object it is, right
    before "with" ("filed a complaint with the council"; not "released figures, with officials
    saying ...")."""
    lemma = tok.lemma_.lower()
    if _record(lemma):
        return True
    if lemma not in _LODGING:
        return False
    return any(
        c.dep_ == "dobj" and _record(c.lemma_.lower()) and (prep is None or c.i + 1 == prep.i) for c in tok.children
    )


def _record(lemma: str) -> bool:
    """Whether a noun names a record or a message ("complaint", "suit", "statement")."""
    return lemma in RECORDS or lemma in message_nouns()


# Verbs by which someone makes, sends or shows a document ("issued a statement saying").
AUTHORING_VERBS = word_set("authoring_verbs")


# How words hang inside one noun phrase: "a lawsuit filed against it earlier this week".
NOUN_PHRASE_LINKS = {"compound", "amod", "npadvmod", "prep", "pobj", "acl", "det", "nummod", "advmod", "poss", "case"}


def document_speaker(verb):
    """The document a participle cue tells the words of, when nobody in the clause made it:
    "Acme will fight a lawsuit filed this week claiming ...", "residents received a letter
    warning ...", "a report released Monday saying ... drew criticism". The parser may hang
    the participle on the main verb; the document's phrase then ends right before it. After
    a verb of making or showing ("issued a statement saying", "held signs reading") the maker
    speaks, and so this gives None."""
    if verb.tag_ != "VBG" or verb.i == 0 or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    author = _claim_author(verb)
    if author is not None:
        return author
    noun = None
    if verb.dep_ == "acl":
        noun = verb.head
    elif verb.dep_ in {"advcl", "xcomp", "conj"} and not verb.doc[verb.i - 1].is_punct:
        # climb the noun phrase that ends right before the cue to its document
        tok = verb.doc[verb.i - 1]
        while noun is None and tok.dep_ in NOUN_PHRASE_LINKS and tok.head.i < verb.i:
            tok = tok.head
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in RECORDS:
                noun = tok
        if noun is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in RECORDS:
            noun = tok
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _TELLING_RECORDS or noun.i >= verb.i:
        return None
    if noun.dep_ in {"dobj", "pobj", "conj", "appos"}:
        above = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if above is not None and above.lemma_.lower() in AUTHORING_VERBS:
            return None
    return noun


def _claim_author(verb):
    """Who made the claim a participle tells, when the claim's maker is named with "by" or "from"
    right after the claim and that phrase ends right before the participle, no comma between:
    "challenged an assertion by someone from the union saying that ...", "rejected a claim from two
    residents saying ..." (the maker says it, not who challenged it)."""
    doc = verb.doc
    if verb.dep_ not in {"acl", "advcl", "xcomp", "conj"} or doc[verb.i - 1].is_punct:
        return None
    for by in doc[verb.sent.start + 1 : verb.i]:
        if by.lower_ not in {"by", "from"} or by.dep_ != "prep":
            continue
        claim = doc[by.i - 1]
        maker = next((c for c in by.children if c.dep_ == "pobj"), None)
        if (
            maker is not None
            and maker.right_edge.i == verb.i - 1
            and claim.pos_ == "NOUN"
            and claim.lemma_.lower() in CLAIM_NOUNS
            and speaks(maker)
        ):
            return maker
    return None


def _whose_antecedent(whose):
    """The noun a "whose" clause set off by commas describes ("Mnangagwa, whose ZANU-PF party has
    held power for 43 years, claimed ..."), which the parser may read as the main clause: the
    speaker is that noun, not the party. None when "whose" opens no such clause."""
    doc = whose.doc
    if whose.i < 2 or doc[whose.i - 1].text != ",":
        return None
    noun = doc[whose.i - 2]
    return noun if noun.pos_ in {"PROPN", "NOUN"} and noun.i < whose.i else None


def _reporter_of_participle(verb):
    """The reporting verb a comma-set participle cue belongs to when the parser hung it on the
    reported clause, whose subject names nobody: "The ministry said the scandal was exaggerated,
    saying only three children fell ill" (the ministry says it, not the scandal). None when that
    subject can speak ("Police said the suspect called 911, saying he shot his wife")."""
    clause = _reported_clause_of_participle(verb)
    if clause is None or not is_cue_verb(verb):  # "..., injuring 30 people": what befell, no one's words
        return None
    subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
    # not "told NBC the 40-car train was heading north, adding ...": a word for a thing that names
    # people only in a sense of its own (WordNet's train of attendants) names no one here
    if not subjects or any(_names_someone(s) and s.lemma_.lower() not in _SPEAKERS_BY_SENSE for s in subjects):
        return None
    return clause.head


def _reported_clause_of_participle(verb):
    """The reported clause a comma-set participle cue hangs on ("said the scandal was
    exaggerated, saying ..."): the ccomp of a cue, before the participle; None otherwise."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    clause = verb.head
    if clause.dep_ != "ccomp" or clause.i > verb.i or not is_cue_verb(clause.head):
        return None
    return clause


def _actor_of_participle(verb):
    """The subject of the reported clause a participle cue hangs on when that subject can speak
    and the clause's verb is a deed, no cue: "A crowd of tenants blocked the council gates
    calling for rent caps, local radio reported" (the tenants call for them, as the radio
    reports it). None otherwise."""
    clause = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or clause.dep_ != "ccomp" or clause.i > verb.i:
        return None
    if not is_cue_verb(clause.head) or is_cue_verb(clause) or clause.pos_ != "VERB":
        return None  # a report of a deed, not of a speaker's act ("said Acme contested ...") nor a state
    if verb.doc[verb.i - 1].lower_ in {"and", "or", "but"}:
        return None  # "telling the paper that Reed is a fraud and asking why ...": the teller's, joined
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    picked = of_object(subject)  # "a group of depositors"
    if not (
        _people(subject) or picked is not None and _people(picked) or subject.ent_type_ in {"PERSON", "ORG", "NORP"}
    ):
        return None  # "argued that a register would keep fraud down, saying": no register says
    return subject


def _speaker_of_participle_clause(verb):
    """The subject of the reported clause a comma-set participle cue hangs on, when that
    clause's verb is a cue itself and its subject names someone other than by a pronoun: "The
    ombudsman said Acme disputed the inquiry, arguing it had no powers" (Acme argues, not the
    ombudsman). None otherwise ("outlets said 40 people died, citing the ministry": the outlets
    cite; "Ruiz said she plans ..., insisting": Ruiz insists). A cue joined by "and" is left to
    the tagger: the parser hangs it on the reported verb as often as not ("Ruiz complained Lopez
    had misled voters and questioned why ...")."""
    clause = _reported_clause_of_participle(verb)  # a speaker's act ("Acme disputed"), reported by "said"
    if clause is None or not is_cue_verb(clause):
        return None
    subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]  # "he" is mostly the speaker
    return subjects[0] if subjects and _names_someone(subjects[0]) else None


# Words WordNet gives a sense naming people that news uses for things ("the train", "the plant").
_SPEAKERS_BY_SENSE = frozenset({"train", "plant", "flight"})


def _names_someone(tok) -> bool:
    """Whether a noun phrase's head may name a speaker by its kind: a pronoun, a name, or a noun
    for a person, a body or a document ("the minister", "the ministry", "the statement")."""
    return (
        tok.pos_ in {"PRON", "PROPN"}
        or tok.ent_type_ in SPEAKING_ENTITIES
        or (lemma := tok.lemma_.lower()) in SPEAKER_HEADS
        or lemma in person_nouns()
        or lemma in speaker_nouns()
    )


def find_subject(verb, floor: int):
    """The subject of a cue verb: its own, or the one it shares with the verb it depends on
    ("came and told", "picketed to demand", "held posters demanding")."""
    document = document_speaker(verb)
    if document is not None and document.i >= floor:
        return document
    reporter = _reporter_of_participle(verb)
    if reporter is not None:
        return find_subject(reporter, floor)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and _reporter_appended(verb.head, floor) is not None:
        return verb.head.head  # "..., the Norpress agency reported, citing a source": the agency
    gerund = gerund_subject(verb)
    if gerund is not None and gerund.i >= floor:
        return gerund
    despite = _named_before_participle_of(verb)
    if despite is not None and despite.i >= floor:
        return despite
    shared = _inverted_speaker(verb)
    if shared is not None and shared.i >= floor:
        return shared
    conjunct = _conjunct_speaker(verb)
    if conjunct is not None and conjunct.i >= floor:
        return conjunct
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and verb.head.i < verb.i
        and _people(verb.head)
        and verb.head.i >= floor
    ):
        return verb.head  # "tear gas on the protesters demanding ...": the protesters demand, not the police
    if _passive_conjunct(verb) or _passive_absolute(verb):
        return None
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG":
        # "..., leaving customers wondering what ...", "kept voters asking": those left so, not who left them
        left = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if left is not None and left.i >= floor and _people(left):
            return left
    seen = 0
    tok = came_from = verb  # the verb and the one the walk came up from ("urged" of "urged ..., saying")
    while tok is not None and seen < 4:
        subjects = [c for c in tok.children if c.dep_ in SUBJECTS and c.i >= floor]
        if tok.i == verb.head.i != verb.i and verb.dep_ == "advcl" and any(c.dep_ == "nsubjpass" for c in subjects):
            # "the claims are denied by the owner, ..., saying ...": who denies them says it
            doer = _by_agent(tok)
            # set off by a comma right after the doer's phrase ("..., who lashed out at them, saying")
            if doer is not None and doer.i >= floor and doer.right_edge.i + 2 == verb.i and verb.nbor(-1).text == ",":
                return doer
        if subjects and tok.i == verb.head.i != verb.i and _undone_gerund(verb, subjects):
            return None  # "the first lie included telling police ...", "the plan involves telling": no one tells
        if subjects and tok is not verb and _thing_done_to(tok, subjects, came_from):
            tok = tok.head  # "Reed spoke before the sentence was handed down and denied ...": Reed denied
            seen += 1
            continue
        if tok.tag_ == "VBN" and (doer := _agent_hung_on_as(tok)) is not None:
            return doer  # "was branded as a liar by the union": not its subject
        if tok is verb and (doer := _doer_of_passive(verb, subjects)) is not None:
            return doer  # "They were told by the mayor: ...": the mayor, not those told
        if subjects:
            # the subject nearest the verb (a dateline may parse as a second subject)
            subject = min(subjects, key=lambda c: abs(c.i - tok.i))
            own = attribution_model.subject_read_as_object(verb)  # "Dozens evacuated as river threatens ..."
            return own if own is not None and subject.i < own.i < verb.i else subject
        if tok.tag_ == "VBN" and (doer := _by_agent(tok)) is not None:
            return doer
        if tok.dep_ in {"conj", "advcl", "xcomp", "pcomp", "acl", "relcl"} and tok.head is not tok:
            if tok.dep_ == "relcl" and tok.head.pos_ in {"NOUN", "PROPN", "PRON"}:
                return tok.head
            nxt = tok.head
            if tok.dep_ == "acl":  # participle on a noun: the verb above that noun holds the subject
                nxt = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
                if tok is verb and verb.tag_ == "VBN" and verb.head.dep_ in SUBJECTS and nxt is not None:
                    if verb.head in nxt.children:
                        return None  # "the proposal rejected included a bonus": the noun is what was rejected
            came_from, tok = tok, nxt
            seen += 1
            continue
        return _misread_apposition(verb) or _name_read_as_verb(verb, floor) if tok is verb else None
    return None


# Nouns of saying a headline puts after a quotation and a colon ("'...': Stark warning from ...").
_HEADLINE_SAYINGS = frozenset({"warning", "plea", "call", "claim", "message", "verdict", "vow", "appeal"})


def _from_whom(head, src: list[int]) -> tuple[list[int], list[int]] | None:
    """(source, content) of a headline's quotation, a colon, and a word of saying qualified by an
    adjective with "from" and who said it ("'We could close': Stark warning from ferry firm"),
    where the tagger took the adjective for the speaker: the one after "from", and the quotation."""
    doc = head.doc
    if len(src) != 1 or doc[src[0]].tag_ != "JJ" or src[0] + 1 != head.i or src[0] < 3:
        return None
    if head.lower_ not in _HEADLINE_SAYINGS:
        return None
    by = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == head.i + 1), None)
    who = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if who is None or not speaks(group_head(who)) or doc[src[0] - 1].text != ":":
        return None
    quoted = [i for i in range(head.sent.start, src[0] - 1) if not doc[i].is_space]
    if not quoted or doc[quoted[0]].text not in attribution_model.QUOTE_MARKS | {"'", "‘"}:
        return None
    return [t.i for t in who.subtree], quoted


# Prepositions whose object a participle after it may take for its subject ("despite the mayor
# warning that ...", "with officials saying ...").
_CIRCUMSTANCE_OPENERS = frozenset({"despite", "with", "without", "amid"})


def _named_before_participle_of(verb):
    """The object of "despite" or "with" whose description, set off by commas, ends right before a
    participle cue with no subject of its own ("despite the principal, Tom Reed, warning that
    ...", the parser hanging the participle on the sentence's verb): that object, who warns."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    last = doc[verb.i - 2]  # the apposition's last word, or the comma closing it
    noun = last.head if last.text == "," else last
    while noun.dep_ in {"appos", "compound"} and noun.head.i < noun.i:
        noun = noun.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in _CIRCUMSTANCE_OPENERS or noun.i >= verb.i:
        return None
    if noun.head.lower_ in {"with", "without"} and noun.head.head.pos_ not in {"VERB", "AUX"}:
        return None  # "after talks with its lender, Kestrel Bank, saying ...": whom the talks were with
    if not any(c.dep_ == "appos" for c in noun.children):
        return None  # "despite the talks, saying ...": no one set off, the sentence's subject says it
    return noun if speaks(group_head(noun)) else None


def _doer_of_passive(verb, subjects: list):
    """The "by" agent of a passive cue whose only subject is what was said or whom it was said
    to ("They were told by the mayor: ...", "the claims were denied by the owner"): who said it.
    None for a passive whose subject speaks ("he was quoted by the agency as saying")."""
    if (
        not subjects
        or any(c.dep_ != "nsubjpass" for c in subjects)
        or verb.tag_ != "VBN"
        or verb.lemma_.lower() in PASSIVE_SPEAKER_CUES
        or not any(c.dep_ == "auxpass" for c in verb.children)
    ):
        return None
    return _by_agent(verb)


def _by_agent(verb):
    """The noun of a verb's "by" agent ("denied by the owner": the owner), or None."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None


def _name_read_as_verb(verb, floor: int):
    """The name opening a sentence whose first word the parser took for a verb ("Bryndis
    Hale, the force's lead on roads, said ...": "Bryndis" a verb, "Hale" its object),
    leaving the cue with no subject: the name the model tagged a person's, with what it hung on
    it, when that phrase runs to the comma before the cue."""
    sent = verb.sent
    start = max(sent.start, floor)
    name = next((e for e in verb.doc.ents if e.start == start and e.label_ == "PERSON" and e.end < verb.i), None)
    if name is None or not name.root.tag_.startswith("VB") or verb.doc[verb.i - 1].text != ",":
        return None
    return name.root if name.root.right_edge.i == verb.i - 2 else None


def _passive_absolute(verb) -> bool:
    """Whether a participle after "with" says what was done, by no one named ("..., with many
    casualties reported", "with the result announced"): its subject is what was reported."""
    after_with = any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children) or (
        # the parser's other reading of it, a subject and a verb after "with" ("not with what he called")
        verb.dep_ == "pcomp"
        and verb.head.lower_ == "with"
        and any(c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} for c in verb.children)
    )
    return (
        verb.tag_ in {"VBN", "VBD"}
        and after_with
        and not any(c.dep_ in {"aux", "auxpass", "agent", "ccomp"} for c in verb.children)  # "with many worried that"
    )


def _agent_hung_on_as(verb):
    """The doer of a passive cue that the parser hung on the noun after "as" ("was described as a
    liar by the union": the union), or None."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for noun in prep.children:
            by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            doer = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            if doer is not None and _names_someone(doer):
                return doer
    return None


def _called_as(verb, doer) -> list:
    """What a passive cue with its doer hung on the noun after "as" says (`_agent_hung_on_as`):
    its subject and what it was called, without the doer ("The mayor was branded as a liar by
    the union": "The mayor ... as a liar")."""
    by = {t.i for t in doer.head.subtree}
    said = [
        t for c in verb.children if c.dep_ == "nsubjpass" or c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree
    ]
    return _trim([t for t in said if t.i not in by])


def _undone_gerund(verb, subjects: list) -> bool:
    """Whether a gerund cue is what its verb's subject, a thing, holds, not who does it ("the
    first lie included telling police ...", "the plan involves telling residents ..."): no
    person, body or document named does it."""
    return (
        verb.dep_ == "xcomp"
        and verb.tag_ == "VBG"
        and all(
            s.head.i == verb.head.i
            and s.dep_ in SUBJECTS
            and s.pos_ == "NOUN"
            and s.lemma_.lower() not in person_nouns() | _DOER_HEADS
            for s in subjects
        )
    )


def _thing_done_to(clause, subjects: list, verb) -> bool:
    """Whether a cue joined to a passive clause of time ("before the sentence was handed down
    and denied ...") is the sentence's main subject's act, which the parser hung on that clause:
    the clause's subject a thing done to, no person, and the cue active."""
    return (
        verb.dep_ == "conj"
        and verb.head.i == clause.i
        and (
            clause.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in clause.children)
            # "told the council that the wells were safe but urged ...": a cue's reported clause
            or clause.dep_ == "ccomp"
            and clause.head.i < clause.i
            and is_cue_verb(clause.head)
        )
        and all(s.dep_ == "nsubjpass" and s.pos_ == "NOUN" and s.lemma_.lower() not in person_nouns() for s in subjects)
        and not any(c.dep_ in {"auxpass", "nsubj", "nsubjpass"} for c in verb.children)
        and verb.tag_ != "VBN"
        and clause.head.i != clause.i
    )


_TIME_MARKS = {"before", "after", "when", "while", "until", "once", "as"}


def _passive_conjunct(verb) -> bool:
    """A participle joined to a passive verb, with no auxiliary, subject or object of its own, is
    passive too ("was fined and told to pay costs", "were searched and asked to leave"): the subject
    they share is who was told, not who told; with no "by" it names no speaker. ("was arrested and
    told police he ..." has an object: he told them.)"""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECTS | {"agent"} for c in verb.children):
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        # "confronted a manager, but was told to pay": passive of its own, its subject shared (not
        # "was arrested and was quoted as saying ...", whose subject speaks)
        return verb.lemma_.lower() not in PASSIVE_SPEAKER_CUES
    if not any(c.dep_ == "auxpass" for c in verb.head.children):
        return False
    if any(c.dep_ in {"aux", "dobj", "dative"} for c in verb.children):
        return False
    # a past form the tagger took for active: only a verb that needs its hearer for an object when
    # active, with what it asks after "to" ("and told to pay": told, not telling)
    return verb.tag_ == "VBN" or (
        verb.lemma_.lower() in _HEARER_NEEDED and any(c.dep_ == "xcomp" and c.i > verb.i for c in verb.children)
    )


# Verbs of telling someone to do something that take their hearer as object when active ("told
# them to leave"): without one, "told to leave" is passive.
_HEARER_NEEDED = frozenset("tell ask order instruct advise urge remind direct".split())


def _misread_apposition(verb):
    """A verb's subject the parser hung as an apposition on the noun before it ("In a statement
    to News Channel 8, a spokesperson for the district wrote: ...", "a spokesperson" read as
    naming "News Channel 8"): a noun for people whose phrase ends right before the verb."""
    if verb.i == 0 or verb.i - 1 < verb.sent.start:
        return None
    before = verb.doc[verb.i - 1]
    for tok in [before, *before.ancestors]:
        if tok.i >= verb.i or tok.right_edge.i != verb.i - 1:
            break
        if tok.dep_ == "appos" and (
            tok.pos_ == "NOUN" and _people(tok) or tok.pos_ == "PROPN" and tok.lower_ in ROLE_NOUNS
        ):
            return tok  # "In an interview with Kestrel FM, Chairman of the Road Council Tom Reed said": an office
    return None


def _who_antecedent(clause):
    """The noun right before ", who" when the parser hung the relative clause on a noun further
    back ("after his scuffle with police, who say ...": the police, not the scuffle)."""
    who = next((c for c in clause.children if c.dep_ in SUBJECTS and c.lower_ == "who"), None)
    before = _speaker_before(who) if who is not None else None
    if before is None or before.i == clause.head.i or before.i not in {t.i for t in clause.head.subtree}:
        return None
    return before


def _speaker_before(who):
    """The noun right before "who", a comma between them or not, when it can speak."""
    before = who.doc[who.i - 1] if who.i > 0 else None
    if before is not None and before.text == ",":
        before = who.doc[before.i - 1] if before.i > 0 else None
    if before is None or before.pos_ not in {"NOUN", "PROPN"} or not speaks(before):
        return None
    return before


def _people(noun) -> bool:
    """Whether a noun names people ("protesters", "a crowd"), not what they carry ("banners")."""
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() in person_nouns() or noun.lemma_.lower() in COLLECTIVE_WORDS)


def _conjunct_speaker(verb):
    """The speaker the parser joined to a word of the clause before, leaving its saying verb
    without a subject ("Police said two men were arrested at the scene and witnesses said the
    gunman fled": "witnesses" hung as a conjunct of "scene"): the noun phrase that ends right
    before the verb (its adverbs aside) and opens after "and" or "but". None otherwise."""
    if verb.lemma_.lower() not in stance_rules.SAYING_VERBS or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    if verb.dep_ not in {"ccomp", "conj"}:
        return None
    doc = verb.doc
    end = verb.i - 1
    while end >= 0 and doc[end].head.i == verb.i and doc[end].dep_ in {"advmod", "aux", "neg"}:
        end -= 1
    if end < 1:
        return None
    noun = doc[end]
    while noun.dep_ != "conj" and noun.head.i != noun.i and noun.head.right_edge.i == end:
        noun = noun.head
    if noun.dep_ != "conj" or noun.right_edge.i != end or noun.pos_ not in {"NOUN", "PROPN", "NUM"}:
        return None
    if noun.pos_ == "NUM" and group_head(noun) is noun:
        return None  # a number alone; "one of the reviewers" is one of the reviewers
    opener = doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    if opener is None or opener.lower_ not in {"and", "but"} or not speaks(group_head(noun)):
        return None
    return noun


def _inverted_speaker(verb):
    """The speaker a cue shares with the inverted cue before it ("Two had been shot by police,
    Castillo said, but added it was impossible to tell"): the parser joins "added" to the
    reported clause, whose subject says nothing. None for any other verb."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    for said in verb.head.children:
        if said.dep_ == "parataxis" and verb.head.i < said.i < verb.i and is_cue_verb(said):
            subjects = [c for c in said.children if c.dep_ == "nsubj"]
            if subjects:
                return subjects[0]
    return None


# Words that open a clause the parser may read as a preposition with its object ("after a panel
# said ...", "before the mayor announced ...").
_CLAUSE_OPENERS = frozenset({"after", "before", "since", "until"})


def _speakers_of_relative(verb):
    """The people a relative clause describes where the parser hung the cue on that clause, with
    the event after its "after" for the cue's subject ("Nurses at the clinic who spoke to
    reporters after the meeting said ..."): they speak, not the meeting. None otherwise."""
    if verb.dep_ != "advcl" or verb.head.dep_ != "relcl" or verb.tag_ not in _FINITE:
        return None
    if not any(c.dep_ == "mark" and c.lower_ in CLAUSE_LINKS for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.pos_ != "NOUN" or _people(subject):
        return None
    relative, noun = verb.head, verb.head.head
    if not any(c.tag_ == "WP" and c.dep_ in SUBJECTS for c in relative.children):
        return None  # "who spoke ...", not "the deal it signed"
    while not _people(noun) and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head  # "Nurses at the clinic who ...": "who" stands for the people
    return noun if noun.i < relative.i and noun.pos_ in {"NOUN", "PROPN"} and _people(noun) else None


def _subject_read_as_object(verb):
    """The subject of a cue the parser read as the object of the word opening its clause, hanging
    the cue on the verb before it: "The club will appeal the fine after a league tribunal last
    week said the signing broke the rules" (the tribunal said it, not the club). The noun phrase
    ends right before the cue or its time adverbs. None otherwise."""
    if verb.dep_ not in {"conj", "advcl"} or verb.tag_ not in _FINITE or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    doc = verb.doc
    end = verb.i - 1
    for c in sorted((c for c in verb.lefts if c.dep_ in {"npadvmod", "advmod"}), key=lambda c: -c.i):
        if c.right_edge.i == end:
            end = c.left_edge.i - 1  # "earlier this month", "also"
    if end > 1 and doc[end].text == ",":
        end -= 1  # "after a report by a panel, set up by the council, noted ...": the phrase set off
    if end < 1:
        return None
    noun = doc[end]
    while (
        noun.head.i != noun.i
        and noun.head.right_edge.i == end
        and not (noun.dep_ == "pobj" and noun.head.lower_ in _CLAUSE_OPENERS)
    ):
        noun = noun.head  # up through the phrases that end it ("by the council" of "a panel set up by ...")
    opener = noun.head
    if noun.dep_ != "pobj" or opener.lower_ not in _CLAUSE_OPENERS or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if not opener.i < noun.i < verb.i or verb.head.i > opener.i or not speaks(group_head(noun)):
        return None
    return noun


def _is_pronoun(tok) -> bool:
    """Whether a mention's head is a pronoun: not "WHO" or "US" in capitals amid a sentence in
    lower case, a body's initials."""
    if tok.is_upper and len(tok) > 1 and not tok.sent.text.isupper():
        return False
    if tok.text[:1].isupper() and any(c.dep_ == "compound" and c.text[:1].isupper() for c in tok.children):
        return False  # "Wang Xiao We": the last word of a name
    return tok.pos_ == "PRON" or tok.lower_ in PRONOUNS


def mention(tok, exclude: set[int], offset: int, verb_lemma: str | None) -> Mention:
    """The source mention: the subject's whole noun phrase, appositions included."""
    copula_subject = _subject_of_copula([tok], 0)
    if copula_subject and copula_subject[-1].i != tok.i:  # "The mayor is the first official to admit ..."
        tok = copula_subject[-1]
    # keep relative clauses ("people who have fled the province"): they identify the source
    heard = _heard_where(tok)
    toks = _trim([t for t in tok.subtree if t.i not in exclude and t.i not in heard])
    toks = _without_channel(_contiguous_around(toks, tok))
    toks, tok = _with_close_source(toks, tok)
    apposition = apposition_head = None
    for c in tok.children:
        if c.dep_ == "appos":
            apposition, apposition_head = _as_written(c.subtree), _apposed_head(c)
    ents = _names_in(toks, tok)
    lower = tok.lower_
    plural = (
        _plural_noun(tok)
        or lower in {"they", "we", "them", "us"}
        or any(c.dep_ == "conj" for c in tok.children)
        and _number_by_its_verb(tok) != "one"
        or _those_doing(tok)
    )
    # "an independent study which estimated that ...", "members, many of whom said ..."
    stands_for = _stands_for(tok, offset, verb_lemma) or _part_of_whom(toks, offset, verb_lemma)
    return Mention(
        spans=fragments(toks, offset),
        text=attribution_model.Parse.of(tok.doc).string[toks[0].idx : toks[-1].idx + len(toks[-1].text)]
        if toks
        else tok.text,
        head=tok.text,
        head_lemma=tok.lemma_.lower(),
        pronoun=_is_pronoun(tok),
        plural=plural,
        entities=ents,
        verb_lemma=verb_lemma,
        apposition=apposition,
        apposition_head=apposition_head,
        proper=_is_name(tok),
        core=_core(toks, tok),
        stands_for=stands_for,
        who_clause=_who_clause(tok),
        recased=_as_parsed(tok.doc, toks[0].idx, toks[-1].idx + len(toks[-1].text)) if toks else None,
    )


# Nouns of speakers the press leaves unnamed ("sources", "an official", "people"), and the words
# that set one near the people it knows about ("a source close to the minister").
ANONYMOUS_HEADS = word_set("anonymous_heads")
CLOSE_TO = {("close", "to"), ("familiar", "with")}


def _with_close_source(toks: list, head):
    """A noun phrase and its head, with the unnamed source before it who is close to it: "a
    senior source close to Prime Minister Tomas Vell said", where the parser made the minister
    the verb's subject, or the tagger left the source out, is the source's (its head "source").
    Unchanged where no such words stand before."""
    if not toks:
        return toks, head
    doc, i = toks[0].doc, toks[0].i
    if (
        i < 3
        or (doc[i - 2].lower_, doc[i - 1].lower_) not in CLOSE_TO
        or doc[i - 3].lemma_.lower() not in ANONYMOUS_HEADS
    ):
        return toks, head
    start = i - 3
    while start > 0 and doc[start - 1].pos_ in {"DET", "ADJ", "NUM"}:
        start -= 1
    return list(doc[start:i]) + toks, doc[i - 3]


def _heard_where(head) -> set[int]:
    """The words of the phrases the parser hung on a speaker named after the verb that tell where
    or when the words were said ("said the father of the boy before Justice Ana Ruiz"): the
    judge heard them, and no one "before" or "during" something describes a speaker."""
    if head.i < head.head.i or head.head.pos_ not in {"VERB", "AUX"}:
        return set()
    return {
        w.i
        for t in head.subtree
        if t.i > head.i and t.dep_ == "prep" and t.lower_ in {"before", "during"}
        for w in t.subtree
    }


def _who_clause(tok) -> bool:
    """Whether a relative clause of "who" describes a noun ("Okafor, who led the inquiry,")."""
    return any(
        c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ == "nsubj" for w in c.children) for c in tok.children
    )


# Marks that set an apposition or an aside off the noun phrase before them.
ASIDE_MARKS = {",", "(", "[", "—", "―", "–", "--", ";", ":"}


# Nouns that name a body of people ("a crowd", "the community").
COLLECTIVE_WORDS = word_set("collective_nouns")
# "group", "organisation": any body may be so described; never a name.
GENERIC_BODY_WORDS = word_set("generic_bodies")
# Nouns that name a role, not someone ("Counsel for the accused", "Spokesman Tom Reed").
ROLE_WORDS = word_set("role_nouns")


# In the user data of a Title Case headline parsed as a sentence (`extract.recased`): the text
# the parser read, its words known to English in lower case and its names as written.
RECASED = "factcheck.recased"


def _as_parsed(doc, start: int, end: int) -> str | None:
    """The characters `start:end` of a recased headline as the parser read them; None elsewhere."""
    read = doc.user_data.get(RECASED)
    return read[start:end] if read else None


def _capitalised(tok) -> bool:
    """Whether a word starts with a capital, as the parser read it: in a Title Case headline
    only a name's do (`RECASED`)."""
    return (_as_parsed(tok.doc, tok.idx, tok.idx + 1) or tok.text[:1]).isupper()


def _is_name(tok) -> bool:
    """Whether a head word is a name: a proper noun, a capitalised word inside a sentence, or a
    capitalised bare singular opening one ("Trump said", where the tagger saw the noun "trump";
    not "Farmers say", "The Union said" or a role, "Counsel for the firm said")."""
    if tok.is_sent_start and tok.lower_ in ROLE_WORDS and not tok.text.isupper():
        return False  # "Counsel for the accused will argue", though tagged a proper noun: a role
    if tok.is_sent_start and tok.lower_ in GENERIC_BODY_WORDS and not any(c.dep_ == "compound" for c in tok.children):
        return False  # "Group sues council" in a headline, though tagged a proper noun: some group, no name
    if tok.pos_ == "PROPN":
        return True
    if not _capitalised(tok) or tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    if not tok.is_sent_start or _acronym(tok) or _no_english_noun(tok) or tok.text in tok.doc.user_data.get(NAMED, ()):
        return True
    return tok.tag_ == "NN" and not any(c.dep_ in {"det", "poss"} for c in tok.children)


# In the user data of every paragraph of an article (`extract.claims_from_docs`): the words the
# article writes as a name inside a sentence ("the minister, Tom Rivers,"), by which a word
# opening a sentence is that name though English has a noun spelt like it ("Rivers replied").
NAMED = "factcheck.named"
# ... and the names it gives a storm ("Typhoon Mara", "Storm Eunice"): a storm named like a
# person lashes a coast; it says nothing ("Mara killed 40 people").
STORMS = "factcheck.storms"
_STORM = re.compile(r"\b(?:Typhoon|Hurricane|Cyclone|Storm|Tropical\s+Depression)\s+([A-Z][a-zà-ÿ]+)\b(?!\s+[A-Z])")


# Words after "Hurricane" or "Storm" in the names of bodies and seasons, not of storms.
_STORM_BODY_WORDS = frozenset(
    "center centre centers hunters season seasons watch warning warnings shelter shelters relief "
    "force team unit tracker fund appeal office service desk".split()
)


# The days of the week: a day is no speaker ("... down the pit Tuesday looking for ...").
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
ANIMALS = word_set("animal_nouns")
WEATHER_EVENTS = word_set("weather_events")
# Words of when something was said ("on Friday morning", "late last night").
_WHEN_WORDS = WEEKDAYS | set(
    "on at in late early earlier later last this morning afternoon evening night today yesterday tonight week month year".split()
)


def only_when(text: str) -> bool:
    """Whether words say only when something was said (", on Friday morning, "), or nothing."""
    return all(w in _WHEN_WORDS for w in re.findall(r"[a-z]+", text.lower()))


def right_before(text: str, end: int, cue_start: int) -> bool:
    """Whether the words a speaker said, ending at `end`, stand right before a relay's cue at
    `cue_start`, only when they were said between ('"...," Reed said on Friday, according to')."""
    between = text[end:cue_start]
    return end <= cue_start and (only_when(between) or _TOLD_AT.fullmatch(between.strip(" ,")) is not None)


# Whom and where a speaker told it, between the cue and a relay's ("told reporters at a news conference").
_TOLD_AT = re.compile(
    r"(?:(?:to\s+)?(?:reporters|journalists)\s*)?(?:(?:at|in|during)\s+(?:a|an|the)\s+"
    r"(?:news\s+|press\s+|text\s+)?(?:conference|briefing|interview|statement|message|text|email|letter|speech))?"
)


def storm_names(texts) -> frozenset[str]:
    """The names of storms in an article's paragraphs: the capitalised word after "Typhoon",
    "Hurricane", "Cyclone", "Storm" (not "Hurricane Hunters", "the National Hurricane Center"
    said, which name people and a body)."""
    return frozenset(name for text in texts for name in _STORM.findall(text) if name.lower() not in _STORM_BODY_WORDS)


def names_inside_sentences(docs) -> frozenset[str]:
    """The capitalised words the parser read as names (proper nouns, or words of a person's,
    organisation's or place's name) inside a sentence of a paragraph in lower case: not a word
    opening a sentence or a quotation, nor any word of a Title Case headline."""
    names = set()
    for doc in docs:
        if doc.user_data.get(RECASED):
            continue
        for tok in doc:
            if tok.is_sent_start or not tok.is_alpha or not tok.text[:1].isupper() or tok.text.isupper():
                continue
            before = tok.doc[tok.i - 1]
            if before.is_punct and not before.text == ",":
                continue  # after a quotation mark, a colon or a dash a sentence may begin
            if tok.pos_ == "PROPN" or tok.ent_type_ in SPEAKING_ENTITIES:
                names.add(tok.text)
    return frozenset(names)


def _no_english_noun(tok) -> bool:
    """A capitalised word no English noun is spelt like, whatever the tagger saw ("Okafor, who
    led the inquiry, said": a surname it may read as a plural noun): a name."""
    return tok.text[:1].isupper() and tok.is_alpha and not is_noun(tok.lower_)


def _acronym(tok) -> bool:
    """An all-capital word in a sentence written in lower case ("NAPE, the union representing
    ..."), which the tagger may read as a plural noun: a name, not a word shouted in a headline."""
    return (
        len(tok.text) > 1
        and tok.text.isalpha()
        and tok.text.isupper()
        and any(t.is_alpha and t.text.islower() for t in tok.sent)
    )


def _core(toks: list, head) -> str | None:
    """The text of a mention up to the first comma, dash or bracket after its head, or a date
    after it: the name without its apposition or aside ("Ana Ruiz, a nurse" -> "Ana Ruiz",
    "Trump on Tuesday" -> "Trump", "Trump at the time" -> "Trump"); not a comma of a list inside
    a body's name ("the Tram, Rail and Ferry Union")."""
    listed = _listed_in_name(toks)
    cut = next(
        (
            k
            for k, t in enumerate(toks)
            if t.i > head.i
            and t.i not in listed
            and (
                t.text in ASIDE_MARKS
                or (t.ent_type_ in {"DATE", "TIME"} and not _dates_a_noun(t))
                or t.dep_ == "prep"
                and any(c.dep_ == "pobj" and (c.ent_type_ in {"DATE", "TIME"} or _a_while(c)) for c in t.children)
            )
        ),
        None,
    )
    if not cut:
        return None
    date = toks[cut]
    if date.text not in ASIDE_MARKS:
        # a date right after a participle goes with it ("the lawsuits filed Friday", "a statement
        # issued on Friday"); not when the participle names a maker first ("a report released by
        # the union on Friday" keeps the union)
        below = next((a for a in [date, *date.ancestors] if a.head.i == head.i), None)
        if below is not None and below.i > head.i and below.dep_ in {"acl", "relcl"} and date.i == below.i + 1:
            cut = next(k for k, t in enumerate(toks) if t.i >= below.left_edge.i)
    core = toks[:cut]
    if not core:
        return None
    return attribution_model.Parse.of(head.doc).string[core[0].idx : core[-1].idx + len(core[-1].text)]


# A capitalised word of a list inside a body's name ("Heritage, Media and Tourism", "Net, Boat and
# Allied"), here and in resolve.py's reading of entities.
LISTED_WORD = r"[A-Z][a-z’'-]+"
# The list a body's name may hold after one of its words, up to the name's last words ("Rail" |
# ", Tram and Bus Union"; "the Department for Digital" | ", Culture, Media and Sport").
_LISTED_IN_NAME = re.compile(
    rf",\s+(?:{LISTED_WORD},\s+)*{LISTED_WORD},?\s+and\s+((?:{LISTED_WORD}\s+){{0,3}}{LISTED_WORD})\b"
)
_NAME_BODY_WORDS = word_set("organization_name_words") | word_set("government_org_words")


def _listed_in_name(toks: list) -> set[int]:
    """The tokens of a mention that continue a body's name across a list, after the capitalised
    word the list opens on: the name ends on a word for a body ("the Rail, Tram and Bus Union"),
    or opened with one before "for" or "of" ("the Department for Digital, Culture, Media and
    Sport"). The listed words are English words, not names ("Ashby, Kestrel and Vantor
    Holdings" lists firms); nor a list of bodies the model tagged one by one."""
    for k, word in enumerate(toks[:-1]):
        if not (word.is_alpha and word.is_title and toks[k + 1].text == ","):
            continue
        doc = word.doc
        listed = _LISTED_IN_NAME.match(doc.text, word.idx + len(word.text))
        if listed is None:
            continue
        opened = k >= 2 and toks[k - 1].lower_ in {"for", "of"} and toks[k - 2].lower_ in _NAME_BODY_WORDS
        if not (opened or listed.group(1).split()[-1].lower() in _NAME_BODY_WORDS):
            continue
        tail = [t for t in toks[k + 1 :] if t.idx < listed.end()]
        listing = [word, *(t for t in tail if t.idx < listed.start(1) and t.is_alpha and t.lower_ != "and")]
        if (
            tail[-1].idx + len(tail[-1].text) < listed.end()
            or not all(listable_word(t.lower_) for t in listing)
            or any(t.ent_type_ in {"PERSON", "GPE", "NORP", "LOC"} for t in [word, *tail])
            or not opened
            and any(t.ent_iob_ == "B" for t in listing[1:])
        ):
            continue
        return {t.i for t in tail}
    return set()


# Nouns of a while, not a date: "Trump at the time", "the mayor at that point".
_WHILE_NOUNS = {"time", "moment", "point", "stage", "juncture", "period"}


def _a_while(tok) -> bool:
    """ "the time" of "at the time", "that point": a while the speaker spoke in, no part of a name."""
    return tok.lemma_.lower() in _WHILE_NOUNS and any(c.lower_ in {"the", "that", "this"} for c in tok.children)


def _dates_a_noun(tok) -> bool:
    """Whether a word of a date modifies a noun after it that is no date ("the April 2010
    disaster"): the date is part of that noun's phrase, no time the speaker spoke at."""
    while tok.head.i != tok.i and tok.head.ent_type_ in {"DATE", "TIME"}:
        tok = tok.head  # the date's own head word ("April" of "April 2010")
    return tok.head.i > tok.i and tok.head.ent_type_ not in {"DATE", "TIME"} and tok.head.pos_ in {"NOUN", "PROPN"}


def _contiguous_around(toks: list, head) -> list:
    """The run of consecutive tokens that contains the head."""
    if not toks:
        return [head]
    idx = {t.i for t in toks}
    lo = hi = head.i
    while lo - 1 in idx:
        lo -= 1
    while hi + 1 in idx:
        hi += 1
    return [t for t in toks if lo <= t.i <= hi]


def _verb_taken_for_noun(tok) -> bool:
    """A sentence's root the tagger called a noun that English has only as a verb, with a subject
    and a clause of its own ("The families allege in the complaint that ..."): a verb."""
    return (
        tok.pos_ == "NOUN"
        and tok.dep_ == "ROOT"
        and any(c.dep_ == "nsubj" for c in tok.children)
        and any(c.dep_ == "ccomp" for c in tok.children)
        and not is_noun(tok.lower_)
    )


# Verbs of the narrator's reminder: "It will be recalled that ...", "It should be noted that ...".
_REMINDING = frozenset({"recall", "note", "remember", "add", "mention"})


def _reminder(verb) -> bool:
    """Whether a passive cue with "it" for its subject and a modal is the narrator reminding the
    reader ("It will be recalled that Reed chaired the board", "It should be noted that ..."),
    no one's saying."""
    return (
        verb.lemma_.lower() in _REMINDING
        and verb.tag_ == "VBN"
        and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children)
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)  # "It will be noted by historians that ..."
    )


def _asked_of_subject(verb) -> bool:
    """Whether "asked" is a question put to the sentence's subject ("Reed told the judge, when
    asked what the charge was, that ..."): a participle with no subject of its own, after "when"
    or "if"; the subject was asked, and asked nothing."""
    return (
        verb.lemma_.lower() == "ask"
        and verb.tag_ in {"VBN", "VBD"}
        and verb.dep_ == "advcl"
        and not any(c.dep_ in SUBJECTS or c.dep_ in {"aux", "auxpass"} for c in verb.children)
        and any(c.lower_ in {"when", "if", "once", "after", "before"} for c in verb.children)
    )


def _no_ones_saying(verb) -> bool:
    """Whether a verb of saying says nothing of anyone's here: a connective ("That said, ..."), the
    narrator's reminder, or a question put to the subject. Both the parse rules and the tagger's
    reading ask this."""
    return (
        _connective(verb)
        or _reminder(verb)
        or _asked_of_subject(verb)
        or _asked_of_another(verb)
        or _called_to_happen(verb)
        or _answered_a_call(verb)
        or _state_of_knowing(verb)
    )


# Verbs that give a state, not an act ("It remained uncertain", "It is still unknown").
_STATE_OF_AFFAIRS = frozenset({"remain", "be", "seem", "appear", "stay", "become"})


def _state_of_knowing(verb) -> bool:
    """Whether a verb with an empty "it" for its subject tells what is or remains known ("It
    remained uncertain which crew lit it", "It is not certain that ..."): the narrator's telling, no one
    who says it."""
    return (
        verb.lemma_.lower() in _STATE_OF_AFFAIRS
        and any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in verb.children)
        and any(c.dep_ == "acomp" for c in verb.children)
    )


# What crews and officers respond to by going there ("responded to the blaze"), not by words.
_CALLS_ATTENDED = frozenset(
    "incident blaze fire crash accident collision scene call calls emergency shooting explosion alarm disturbance".split()
)


def _answered_a_call(verb) -> bool:
    """Whether "respond to" is going to an emergency ("Firefighters responded to the blaze",
    "Officers responded to the scene"): an act, no answer in words ("responded to reports that
    ..." may be one)."""
    if verb.lemma_.lower() != "respond":
        return False
    to = [c for c in verb.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to"]
    return any(g.dep_ == "pobj" and g.lemma_.lower() in _CALLS_ATTENDED for t in to for g in t.children)


# What one calls into being, or off, rather than calls something ("called a walkout", "called
# a snap election").
_CALLED_EVENTS = frozenset(
    "strike walkout stoppage meeting session summit conference hearing election referendum vote ballot recess rally"
    " protest boycott shutdown".split()
)


# What may follow whom a call was made to: the sentence's end, when, where or why ("called
# him on Tuesday", "called the family to offer condolences", "called her and ...").
_AFTER_A_CALL = frozenset(
    {".", ",", ";", "on", "at", "in", "to", "from", "after", "before", "and", "but", "last", "this"}
)


def _called_to_happen(verb) -> bool:
    """Whether "call" convenes, cancels or telephones ("called a walkout", "called off the talks",
    "called him on Tuesday"): a thing done, with no words said of anything; "called the walkout a
    mistake" still labels it."""
    if verb.lemma_.lower() != "call":
        return False
    if any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return True
    after = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if after is not None and after.lower_ == "in" and after.dep_ in {"prt", "prep"}:
        # "called in the army", "had called in extra pumps": summoned (not "called in to a
        # radio show", on the telephone)
        return any(c.dep_ == "dobj" for c in verb.children) or any(c.dep_ == "pobj" for c in after.children)
    if any(c.dep_ in {"oprd", "xcomp", "ccomp", "attr"} for c in verb.children):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if (
        objs
        and (objs[0].lower_ in {"him", "her", "them"} or objs[0].ent_type_ == "PERSON" or _people(objs[0]))
        # not "called the workers heroes", which the parser may read as one noun
        and not any(
            c.dep_ in {"appos", "acl", "relcl", "amod"} or c.dep_ == "compound" and c.pos_ == "NOUN"
            for c in objs[0].children
        )
        and not any(
            c.dep_ == "prep"
            and (
                c.lower_ in {"as", "for"}
                or c.lower_ == "on"
                and not any(g.ent_type_ in {"DATE", "TIME"} for g in c.children)
            )
            for c in verb.children
        )
        # nothing after whom, or only when, where or why: not 'calling him "a fine man"', a label the parser missed
        and (
            objs[0].right_edge.i + 1 >= len(verb.doc)
            or verb.doc[objs[0].right_edge.i + 1].lower_ in _AFTER_A_CALL
            or verb.doc[objs[0].right_edge.i + 1].ent_type_ in {"DATE", "TIME"}
            or verb.doc[objs[0].right_edge.i + 1].pos_ == "ADV"  # "soon after the vote"
        )
    ):
        return True  # "called the widow", "called him late on Tuesday": a telephone call, nothing said of anyone
    return (
        bool(objs)
        and objs[0].lemma_.lower() in _CALLED_EVENTS
        and not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    )


# Verbs that ask, let or make another do what follows ("urged the judge to rule ...", "allow
# firms to tell ..."): the other's saying is only asked for, and the asking is the claim.
# ("called her to say ..." is a call made to say it: "call" asks only with "on").
_ASKING_OTHERS = (
    URGING_VERBS - {"call"} | WANTING_VERBS | {"encourage", "allow", "permit", "require", "invite", "expect", "tell"}
)


def _asked_of_another(verb) -> bool:
    """Whether a cue after "to" is what someone is asked, allowed or required to say ("The suit asks
    the judge to rule that ...", "rules that require firms to tell customers ..."): the one asked,
    the asking verb's object, has said nothing. ("forced the chief to admit ..." is said.)"""
    head = verb.head
    if verb.dep_ not in {"ccomp", "xcomp"} or head.lemma_.lower() not in _ASKING_OTHERS:
        return False
    if not _takes_to(verb):
        return False
    if verb.dep_ == "ccomp":
        return any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)  # the parser's "the judge to rule"
    return any(c.dep_ == "dobj" and c.i < verb.i for c in head.children)  # "asks the judge | to rule"


def is_cue_verb(tok) -> bool:
    if _no_ones_saying(tok):
        return False
    lemma = tok.lemma_.lower()
    if _verb_taken_for_noun(tok):
        lemma = base_form(tok.lower_) or lemma
        return lemma in stance_rules.CUE_STANCE
    if (
        tok.pos_ not in {"VERB", "AUX"}
        or lemma not in stance_rules.CUE_STANCE
        and not any((lemma, c.lower_) in stance_rules.PHRASAL for c in tok.children)
    ):
        return False
    if lemma in stance_rules.NEEDS_PARTICLE and not any(
        (lemma, c.lower_) in stance_rules.PHRASAL for c in tok.children
    ):
        return False
    return True


# Words before "said" in a connective ("That said, ...", "But that being said, ...").
_CONNECTIVE_OPENERS = (["that"], ["this"], ["that", "being"], ["this", "being"])


def _connective(verb) -> bool:
    """Whether "said" opens its sentence as a connective, no one's saying: "That said, ...",
    "That being said, ...", "Having said that, ..." (after "But" or "And" too)."""
    if verb.lower_ != "said":
        return False
    doc = verb.doc
    before = [
        t.lower_ for t in doc[verb.sent.start : verb.i] if t.is_alpha and t.lower_ not in {"but", "and", "yet", "still"}
    ]
    after = [t.text for t in doc[verb.i + 1 : verb.i + 3]]
    if before in _CONNECTIVE_OPENERS:
        return after[:1] == [","]
    return before == ["having"] and len(after) == 2 and after[0].lower() in {"that", "this"} and after[1] == ","


def _content_heads(verb, particle: str | None):
    lemma = verb.lemma_.lower()
    heads = [c for c in verb.children if c.dep_ == "ccomp" and not _saying_frame(c)]
    if not heads:
        heads = [c for c in verb.children if c.dep_ == "xcomp" and (lemma in XCOMP_CONTENT or c.tag_ != "TO")]
        heads = [h for h in heads if lemma in XCOMP_CONTENT or any(x.dep_ == "nsubj" for x in h.children)]
    if particle and (lemma, particle) in stance_rules.PHRASAL:
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == particle:
                heads += [p for p in c.children if p.dep_ in {"pobj", "pcomp"}]
    shown = lemma in SHOWING_VERBS and any(c.dep_ == "nsubj" and c.lemma_.lower() in RECORDS for c in verb.children)
    if not heads and (lemma in OBJECT_CONTENT or shown or (particle and (lemma, particle) in stance_rules.PHRASAL)):
        objs = [c for c in verb.children if c.dep_ in {"dobj", "attr", "oprd"}]
        if lemma in _PROPOSITION_OBJECTS:
            objs = [c for c in objs if c.lower_ not in _PEOPLE_OBJECTS]  # "alleging them of ...": no message
        heads = objs
        if objs and lemma in URGING_VERBS:
            heads = objs + [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"}]
    if not heads and lemma in CHARGING_VERBS:  # "accusing the police of firing", "blamed the mayor for the delay"
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        held = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in CHARGING_VERBS[lemma]]
        if objs and held and objs[0].i < held[0].i:
            heads = [objs[0], held[0]]
        elif objs and any(c.dep_ == "prep" and c.lower_ in CHARGING_VERBS[lemma] for c in objs[0].children):
            heads = [objs[0]]  # the parser hung "of hiding the report" on "the governor"
    if not heads and _saying_frame(verb):
        heads = [verb.head]  # "He said in the second count, Reed told police ...": all that follows
    if not heads and verb.dep_ == "parataxis" and verb.head.i < verb.i:
        heads = [verb.head]  # "Prices will rise, he said" parsed the other way round
    if not heads and verb.dep_ == "parataxis" and verb.head.i > verb.i and _set_off(verb):
        heads = [verb.head]  # "This, they argue, ends the feud": the sentence around it
    if lemma in stance_rules.LABELLING_VERBS:
        heads = heads + [c for c in verb.children if c.dep_ in {"oprd", "prep"} and c.lower_ == "as"]
    return heads


def _saying_frame(verb) -> bool:
    """Whether a verb of saying with its own subject opens a sentence and the parser hung it on
    the main verb after a comma ("He said in the second count, Reed told police he ..."): it
    frames all that follows, which is its content, not what the main verb's words are."""
    return (
        verb.dep_ == "ccomp"
        and verb.head.dep_ == "ROOT"
        and verb.i < verb.head.i
        and verb.lemma_.lower() in stance_rules.SAYING_VERBS
        and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
        and not any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in verb.children)
        and verb.right_edge.i + 1 < verb.head.i
        and verb.doc[verb.right_edge.i + 1].text == ","
        and verb.left_edge.i == verb.sent.start
    )


# Pronouns for people, which a verb that takes a fact for its object cannot take for what it says
# ("alleged them of ...", not "praised her", "backed him").
_PEOPLE_OBJECTS = frozenset({"him", "her", "them", "me", "us"})
_PROPOSITION_OBJECTS = frozenset("allege admit confirm reveal disclose announce estimate predict".split())


def _set_off(verb) -> bool:
    """Whether a cue and its subject stand between commas inside a sentence (", they argue,"):
    a comma right before the cue's phrase, or one that opens it and another that closes it."""
    first, last = verb.left_edge.i, verb.right_edge.i
    doc = verb.doc
    if first > 0 and doc[first - 1].text == ",":
        return True
    closed = doc[last].text == "," or last + 1 < len(doc) and doc[last + 1].text == ","
    return doc[first].text == "," and closed


def attributions_in(
    doc, text: str, offset: int, quotes: list[Quote], floor_char: int, paragraph: int = 0
) -> list[Attribution]:
    """All attributions in one parsed paragraph `doc` whose text starts at `offset` in `text`:
    from the learned tagger when its weights are installed, else from the parse rules."""
    floor = 0
    for t in doc:
        if t.idx + offset >= floor_char:
            floor = t.i
            break
    if attribution_model.load_model() is not None:
        found: list[Attribution] = []
        for cue, src, con in attribution_model.tag(doc, text, offset, floor):
            att = _tagged_attribution(cue, src, con, offset, quotes, floor)
            if att is not None and _once(found, att):
                att.paragraph = paragraph
                nxt = _next_act(att, text, offset, quotes, floor)
                if nxt is not None and _once(found, nxt):
                    nxt.paragraph = paragraph
        # the parse rules add cues the tagger missed, where they claim no span of its attributions
        taken = [s for a in found for s in a.cue + a.content + a.source_spans]
        # a noun's attribution may sit inside another's content ("the AP reported ... officials' tally of 769")
        speakers = [s for a in found for s in a.cue + a.source_spans]
        # a speaker's label holds a whole turn, the attributions inside it included
        signed = _signed_headline(doc, offset, quotes, floor)
        # a headline's colon before its speaker ("...: weather agency") labels no turn before it
        turns = [t for t in _labelled_turns(doc, offset, quotes, floor) if not any(t.cue == a.cue for a in signed)]
        for att in turns + _signed_quotes(doc, offset, quotes, floor) + signed:
            if not spans_meet(att.cue + att.source_spans, taken) and not _place_over_reports(att, found):
                found.append(att)
        colons = _colon_quotes(doc, offset, quotes, floor)
        for att in colons:
            # the tagger took the colon before a quotation for a cue: the rule's reading of who speaks it
            at = next((k for k, a in enumerate(found) if a.cue == att.cue), None)
            if at is not None:
                att.paragraph = paragraph
                found[at] = att
        for att in colons + _rule_attributions(doc, text, offset, quotes, floor, paragraph):
            # a claim noun's content may hold the claim's own speakers ("allegations that managers suggested ...")
            said = [] if att.cue_lemma in CLAIM_NOUNS else att.content
            spans = att.cue + said + (att.source.spans if att.source and att.cue_lemma in NOUN_CUES else [])
            if (
                _opens_relayed(att, found, text)
                or _closes_relayed(att, found, text)
                or _says_them(att, found)
                or _relative_speaker(att, found, text)
                or _shown_speaker(att, found, text)
                or _frames_found(att, found, text)
            ):
                # the tagger may have found it too, a quotation mark apart: the rule reads the relay
                same = next((k for k, a in enumerate(found) if a.cue == att.cue), None)
                if same is None:
                    found.append(att)
                else:
                    att.paragraph, found[same] = found[same].paragraph, att
            elif att.summary is not None and att.source is not None:
                passed = _passed_on(att, found)
                if passed is not None:
                    found[passed] = att  # "..., as reported by the Gazette": the rule reads the phrase whole
                elif not spans_meet(att.cue + att.source.spans, speakers):
                    found.append(att)
            elif not spans_meet(spans, speakers if att.cue_lemma in NOUN_CUES else taken):
                twin = _lead_in_twin(att, found, doc, offset)
                if twin is None:
                    found.append(att)
                else:  # 'Ruiz told KTV in an email: "..."': one claim, its verb for the cue
                    found[twin] = att
        found = _said_again(_reported_after(_unnamed_outside_reports(found), text, offset), text, offset)
        found = _quoting_whom(_cut_summaries(found, text, offset), doc, offset, quotes)
        return _finished(found, text, offset, floor_char)
    found = _cut_summaries(_rule_attributions(doc, text, offset, quotes, floor, paragraph), text, offset)
    return _finished(found, text, offset, floor_char)


def _finished(found: list[Attribution], text: str, offset: int, floor_char: int) -> list[Attribution]:
    """A paragraph's attributions as `attributions_in` gives them: with their contents trimmed
    and those that say nothing left out."""
    found = _not_over_semicolon(_without_picture_credit(_label_over_speaker(found), text, offset), text)
    return _with_claims(_without_cue_in_content(_after_dateline(found, offset, floor_char), text, offset))


def _label_over_speaker(found: list[Attribution]) -> list[Attribution]:
    """Without a caption's or headline's label whose words after the colon name their own
    speaker and cue ("Plea: Ana Vell wants the council to reopen the library",
    "Brixworth: Residents fear flooding after estate approved"): the label says what the line is
    about, the speaker after it speaks for themselves, relayed by no one. A turn in quotation marks
    after a speaker's label ('Reed: "The council said it would pay."') keeps its label, and so do a
    name of more than one word ("Tom Vell: Ana Rudd Asking ...", "Kestrel Daily News: ..."), a
    transcript's label in capitals ("HALE: Ana Rudd released a video ...") and a label whose next
    words are its own ("Vell: I Believe ...", "Reed: The minister said ..., and I believe him")."""
    labels = []
    for a in found:
        if a.cue_text != ":" or a.source is None or a.quote == "direct" or not a.content:
            continue
        words = a.source.text.split()
        if len(words) != 1 or words[0].isupper() or any(label == "ORG" for _, label in a.source.entities):
            continue  # a speaker's name ("Tom Vell:", "Kestrel Daily News:"), a transcript's "HALE:"
        if any(t.lower_ in FIRST_AND_SECOND_PERSON for t in a.tokens):
            continue  # "Reed: The minister said the bridge was safe, and I believe him.": a turn
        inner = [
            b
            for b in found
            if b is not a
            and b.source is not None
            and b.source.spans
            and b.source.spans[0][0] == a.content[0][0]
            and not b.source.pronoun  # "Rudd: I think he is ...": the label's own words
            and spans_within(b.cue, a.content)
        ]
        if inner:
            labels.append(a)
            for b in inner:
                if b.via is a.source:
                    b.via = None
    return [a for a in found if not any(a is b for b in labels)]


def _without_cue_in_content(found: list[Attribution], text: str, offset: int) -> list[Attribution]:
    """The attributions, a content without the words of its own cue at its end or its start ("The
    plan, first proposed by the mayor": the content "The plan", not "The plan, first", whose
    "first" the cue holds); a cue's word inside the content stays, which is the tagger's slip."""
    for a in found:
        if not a.content or not a.cue:
            continue
        first, last = a.content[0][0], a.content[-1][1]
        start, end = first, last
        for cs, ce in a.cue:
            if cs < end <= ce and a.content[-1][0] < cs:
                end = cs  # the cue's first words close the content
            if cs <= start < ce and ce < a.content[0][1]:
                start = ce  # the cue's last words open it
        if (start, end) == (first, last):
            continue
        while first < start < end and (text[start].isspace() or text[start] == ","):
            start += 1  # at the cut, the comma that set the cue's words off goes with them
        while start < end < last and (text[end - 1].isspace() or text[end - 1] == ","):
            end -= 1
        spans = [(max(s, start), min(e, end)) for s, e in a.content]
        a.content = [(s, e) for s, e in spans if s < e]
        a.tokens = [t for t in a.tokens if any(s <= t.idx + offset < e for s, e in a.content)]
    return found


def _not_over_semicolon(found: list[Attribution], text: str) -> list[Attribution]:
    """Without the attributions whose content ends on a semicolon before their speaker and cue
    ("Hearings on the bar's licence begin; neighbours testify"): the clause before the semicolon
    stands on its own, nobody's words (not "'...,' Sen. Ana Ruiz; Rep. Tom Hale; ... said", a
    list of speakers set apart by semicolons)."""
    kept = []
    for att in found:
        said = att.source_spans + att.cue
        if att.content and said:
            end, start = max(e for _, e in att.content), min(s for s, _ in said)
            if end <= start and re.match(r"[\s”\"’']*;", text[end:start]):
                continue
        kept.append(att)
    return kept


def _without_picture_credit(found: list[Attribution], text: str, offset: int) -> list[Attribution]:
    """Contents without a picture's credit in brackets they run into ("King Arvid has been on
    the mend (Picture: Tom Reed Collection)"); one that is only a credit goes."""
    kept = []
    for att in found:
        bracket = _BRACKETED_CREDIT.search(text, att.content[0][0], att.content[-1][1]) if att.content else None
        credit = bracket.start() if bracket is not None else None
        if credit is not None:
            att.content = [(s, min(e, credit)) for s, e in att.content if s < credit]
            att.content = [(s, e) for s, e in att.content if text[s:e].strip()]
            att.tokens = [t for t in att.tokens if t.idx + offset < credit]
            if not att.content:
                continue
        kept.append(att)
    return kept


def _after_dateline(found: list[Attribution], offset: int, floor_char: int) -> list[Attribution]:
    """The attributions, a content a rule took from the paragraph's start beginning after its
    dateline ("date 2021-05-04 Clinics in the valley may close ..., a meeting heard")."""
    for a in found:
        if a.content and a.content[0][0] < floor_char:
            a.content = [(max(s, floor_char), e) for s, e in a.content if e > floor_char]
            a.tokens = [t for t in a.tokens if t.idx + offset >= floor_char]
    return found


def _with_claims(found: list[Attribution]) -> list[Attribution]:
    """The attributions that say something: not one whose content is only the terms on which
    its speaker spoke ("a guard, requesting anonymity, said ...", `_terms_of_speaking`)."""
    return [
        a
        for a in found
        if not _terms_of_speaking([t.lemma_.lower() for t in a.tokens if t.is_alpha])
        and not _picture_caption(a)
        and not _contacts_only(a.tokens)
    ]


def _contacts_only(tokens: list) -> bool:
    """Whether a content is only numbers, addresses and handles ("Tom Reed: 228-896-2320,
    @_tomreed", a reporter's contacts under the story): nothing said."""
    addressed = any(t.like_email or t.like_url or t.text.startswith("@") for t in tokens) or bool(
        re.search(r"\d{3}[-. ]\d{3}[-. ]\d{4}", "".join(t.text_with_ws for t in tokens))
    )
    return addressed and all(
        t.is_punct or t.is_space or t.like_num or t.like_email or t.like_url or t.text.startswith("@") for t in tokens
    )


# Nouns for a picture that a page's caption says "shows" something.
_PICTURES = frozenset({"photo", "photograph", "picture", "image", "pic", "combination"})
# What marks a picture as the page's own: "This photo", a file or handout picture, the day it was taken
# (not "Pictures from last month's storm").
_CAPTION_MARKS = re.compile(
    r"(?i:^\s*(?:this|these)\b|\b(?:file|handout|taken)\b)|\b(?:19|20)\d\d\b"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)


def _picture_caption(att: Attribution) -> bool:
    """Whether a picture "shows" in a page's caption ("This file photo shows ...", "This picture
    taken on March 2 shows ...", "A 2009 file photo shows ..."), or someone shows something in
    it ("Referee Tom Reed shows a yellow card ... in this file photo"): no one's claim. Not "A
    video shows ..." or "Satellite images show ...", what evidence shows."""
    if att.source is None or att.cue_lemma not in {"show", "depict"}:
        return False
    if att.source.head_lemma in _PICTURES and _CAPTION_MARKS.search(att.source.text):
        return True
    return _IN_THIS_PICTURE.search(" ".join(t.text for t in att.tokens)) is not None


# A caption's "in this file photo", "in this undated handout picture".
_IN_THIS_PICTURE = re.compile(
    r"\bin\s+(?:this|these)\s+(?:(?:undated|file|handout|recent|\d{4})\s+)*(?:photos?|pictures?|images?|photographs?)\b",
    re.I,
)


def _terms_of_speaking(words: list[str]) -> bool:
    """Whether a content is only the terms on which its speaker spoke: "anonymity", or "not to be
    named (because ...)" of "the source asked not to be named because he is not authorized"."""
    return words == ["anonymity"] or words[:3] == ["not", "to", "be"] and words[3:4] in (["name"], ["identify"])


# What a relayed speaker did: said, denied or doubted something, not planned or thought it.
RELAYED_CUES = (
    (set(stance_rules.ASSERT) | set(stance_rules.DENY) | set(stance_rules.QUESTION))
    - XCOMP_CONTENT
    - stance_rules.OWN_THOUGHT
)


def _lead_in_twin(att: Attribution, found: list[Attribution], doc, offset: int) -> int | None:
    """Where `found` holds the same claim as a verb's attribution, its source and what it said
    alike, read by the colon that closes the verb's phrase with no other verb between ('Ruiz
    told KTV in an email: "We will appeal."'); else None."""
    if not att.cue or not att.content or att.cue_lemma == ":":
        return None
    verb_end = max(e for _, e in att.cue)
    for k, a in enumerate(found):
        if a.cue_lemma != ":" or a.content != att.content or a.source_spans != att.source_spans:
            continue
        colon = min(s for s, _ in a.cue)
        between = [t for t in doc if verb_end <= t.idx + offset < colon]
        if colon > verb_end and not any(t.pos_ in {"VERB", "AUX"} for t in between):
            return k
    return None


def _reported_after(found: list[Attribution], text: str, offset: int) -> list[Attribution]:
    """A report that closes a sentence right after its speaker's cue ("Workers were on strike, a
    union said, the agency reports."; '"...," Reed said, Kestrel News reported.'; "..., the ministry
    said, reports the agency."): the speaker's words, relayed by the reporter (`via`), with the
    reporter's name and cue no part of them."""
    for outer in found:
        if outer.source is None or not outer.source.spans or outer.cue_lemma != "report" or not outer.cue:
            continue
        start = min(s for s, _ in outer.source.spans + outer.cue)
        end = max(e for _, e in outer.source.spans + outer.cue)
        if text[end : outer.sentence[1]].strip(" .!\"”’'"):
            continue  # the report must close its sentence ("the agency reports", "reports the agency")
        for inner in found:
            if inner is outer or inner.source is None or not inner.source.spans or not inner.content:
                continue
            said = max(e for _, e in inner.source.spans + inner.cue) if inner.cue else 0
            if inner.cue_lemma not in RELAYED_CUES or said > start or text[said:start].strip() != ",":
                continue
            kept = [(s, min(e, start)) for s, e in inner.content if s < start]
            marks = " ,\"“”‘’'"
            kept = [
                (s + len(text[s:e]) - len(text[s:e].lstrip(marks)), s + len(text[s:e].rstrip(marks)))
                for s, e in kept
                if text[s:e].strip(marks)
            ]
            if not kept:
                continue
            inner.content = kept
            inner.tokens = [t for t in inner.tokens if t.idx + offset < start]
            inner.via = outer.source
            outer.content, outer.tokens = list(kept), list(inner.tokens)
            break
    for inner in list(found):
        report = _report_in_content(inner, text, offset)
        if report is not None:
            found.append(report)
    return found


def _report_in_content(inner: Attribution, text: str, offset: int) -> Attribution | None:
    """The report the tagger ran into a speaker's words after the speaker's cue ("..., a worker said,
    Kestrel News reports."): made an attribution of its own, the reporter relaying those words,
    which lose the reporter's name and cue."""
    if inner.source is None or inner.cue_lemma not in RELAYED_CUES or not inner.cue or not inner.tokens:
        return None
    said = max(e for _, e in inner.source.spans + inner.cue)
    report = next(
        (
            t
            for t in inner.tokens
            if t.lemma_.lower() == "report" and (t.pos_ == "VERB" or t.lower_ == "reports") and t.idx + offset > said
        ),
        None,
    )
    if report is None:
        return None
    subject = next((c for c in report.children if c.dep_ == "nsubj" and c.i < report.i), None)
    reporter = _reporter_before(report) if subject is None or report.pos_ != "VERB" else None
    if reporter:
        subject = reporter[-1]
    if subject is None or not speaks(subject):
        return None
    start = (reporter[0] if reporter else subject.left_edge).idx + offset
    end = report.idx + len(report) + offset
    if text[said:start].strip() != "," or text[end : inner.sentence[1]].strip(" .!\"”’'"):
        return None
    kept = [(s, min(e, said)) for s, e in inner.content if s < said]
    kept = [(s, s + len(text[s:e].rstrip(" ,"))) for s, e in kept if text[s:e].strip(" ,")]
    tokens = [t for t in inner.tokens if t.idx + offset < said]
    first = min(s for s, _ in inner.source.spans + inner.cue)
    lead = text[inner.sentence[0] : first]
    joined = re.search(r",(?:\s+[\w’'-]+){1,4}\s+(?:and|or)\s*$", lead)
    if joined:
        lead = lead[: joined.start() + 1]  # "..., rights groups and a worker said": the speakers' first
    if not kept and lead.rstrip().endswith(",") and len(lead.split()) >= 3:
        # "Workers were on strike, a worker said, Kestrel News reports.": the clause before the speaker
        kept = [(inner.sentence[0], inner.sentence[0] + len(lead.rstrip(" ,")))]
        tokens = [t for t in report.doc if kept[0][0] <= t.idx + offset < kept[0][1]]
    if not kept:
        return None
    inner.content, inner.tokens = kept, tokens
    source = _mention_of(reporter, offset, "report", subject) if reporter else mention(subject, set(), offset, "report")
    inner.via = source
    return Attribution(
        source=source,
        cue=[(report.idx + offset, end)],
        cue_text=report.text,
        cue_lemma="report",
        stance="asserts",
        content=list(kept),
        quote=inner.quote,
        sentence=inner.sentence,
        paragraph=inner.paragraph,
        tokens=list(inner.tokens),
    )


def _reporter_before(report) -> list:
    """The words before "reports" back to the comma, when the parser read "the agency reports"
    as a noun phrase or hung "agency" on the verb as a compound ("..., the union said, the news
    agency reports."): a reporter's noun phrase, ending in a noun; else none."""
    run: list = []
    for t in reversed(report.doc[report.sent.start : report.i]):
        if t.pos_ not in {"DET", "ADJ", "NOUN", "PROPN"}:
            break
        run.insert(0, t)
    if not run or run[-1].pos_ not in {"NOUN", "PROPN"} or run[0].i == report.sent.start:
        return []
    return run if run[0].nbor(-1).text == "," else []


def _said_again(found: list[Attribution], text: str, offset: int) -> list[Attribution]:
    """A speaker's second cue in one sentence, whose content the tagger ran over the first's
    ("Reed said the vote was late, but the count went on, Reed said"): only what comes after
    the first claim's words. A content with nothing after them goes."""
    dropped = set()
    for a in found:
        if a.source is None or a.source.pronoun or not a.content or not a.cue:
            continue  # "he" twice may be two men
        for b in found:
            if (
                b is a
                or b.source is None
                or b.source.text != a.source.text
                or not b.content
                or not spans_within(b.cue + b.source.spans + b.content, a.content)
            ):
                continue
            start = max(e for _, e in b.content)
            rest = [(max(s, start), e) for s, e in a.content if e > start]
            if rest:
                s0, e0 = rest[0]
                lead = re.match(r"[\s,;]*(?:(?:but|and|while)\b)?[\s,]*", text[s0:e0])
                rest[0] = (s0 + (lead.end() if lead else 0), e0)
            rest = [(s, e) for s, e in rest if text[s:e].strip(" ,.;\"'“”‘’")]
            if not rest:
                dropped.add(id(a))
                break
            a.content = rest
            a.tokens = [t for t in a.tokens if t.idx + offset >= rest[0][0]]
            break
    return [a for a in found if id(a) not in dropped]


def _opens_relayed(att: Attribution, found: list[Attribution], text: str) -> bool:
    """Whether a rule attribution is the one another speaker relays: its source opens the
    content of a tagged attribution and its cue lies inside it, as in "The army said 40 rebels
    were killed, the agency reported", where the tagger finds only the agency."""
    if att.source is None or not att.source.spans or att.source.pronoun or att.cue_lemma not in RELAYED_CUES:
        return False
    start = att.source.spans[0][0]
    for outer in found:
        if not outer.content or not outer.cue or outer.content[0][0] >= outer.cue[0][0]:
            continue  # only a content before its cue is relayed with its own speaker and cue
        if not (
            spans_within(att.source.spans + att.cue + att.content, outer.content)
            and not text[outer.content[0][0] : start].strip(" \"“‘'")
        ):
            continue
        # a speaker may share its subject with a tagged cue joined to its own ("... described the
        # claims as baseless and said he would resign, the agency reported"), not a cue
        cues = [s for a in found if a is not outer for s in a.cue]
        others = cues + [s for a in found if a is not outer for s in a.source_spans]
        return not (spans_meet(att.cue, others) or spans_meet(att.source.spans, cues))
    return False


def _frames_found(att: Attribution, found: list[Attribution], text: str) -> bool:
    """Whether a rule attribution says "X said" and, after a comma, holds a whole tagged
    attribution in its words ("He said in the second count, Reed told police ..."), where the
    tagger found only the one inside: the words are X's, who relays the other speaker."""
    if att.source is None or not att.source.spans or att.cue_lemma not in stance_rules.SAYING_VERBS:
        return False
    if att.source.text.lower() in {"it", "this", "that"}:
        return False  # "it's safe to say he is ...": the writer's phrase, no speaker
    inner = [
        a
        for a in found
        if a.cue
        and a.source_spans
        and spans_within(a.cue + a.source_spans, att.content)
        and "," in text[att.cue[-1][1] : a.source_spans[0][0]]  # the frame set off by a comma
    ]
    others = [s for a in found for s in a.cue + a.source_spans]
    return bool(inner) and not spans_meet(att.cue + att.source.spans, others)


def _closes_relayed(att: Attribution, found: list[Attribution], text: str) -> bool:
    """Whether a rule attribution closes what an "according to" phrase right after it gives its
    source ('"...," Reed alleged, according to the agency'), where the tagger found only the
    agency: the speaker's words, relayed (`extract._mark_relays`)."""
    if att.source is None or not att.source.spans or att.source.pronoun or att.cue_lemma not in RELAYED_CUES:
        return False
    said = att.source.spans + att.cue
    end = max(e for _, e in said)
    return any(
        outer.cue_text.lower() == "according to"
        and spans_within(said + att.content, outer.content)
        and right_before(text, end, outer.cue[0][0])
        for outer in found
        if outer.cue and outer.content
    )


def _relayed_source(att: Attribution) -> Mention | None:
    """The source of a rule attribution that may speak inside another's content: one named,
    with a cue of saying, denying or doubting (RELAYED_CUES). None otherwise."""
    if att.source is None or not att.source.spans or att.cue_lemma not in RELAYED_CUES or not att.cue:
        return None
    return att.source


def _shown_speaker(att: Attribution, found: list[Attribution], text: str) -> bool:
    """Whether a rule attribution is the speaker a record shows speaking ("The video shows the
    mayor saying the count was rigged", "Footage shows protesters accusing police of ..."): the
    speaker and a participle cue open the content of a showing verb's attribution, all of it
    inside that content. The record relays the speaker's words (`via`)."""
    source = _relayed_source(att)
    if source is None:
        return False
    if not text[att.cue[0][0] : att.cue[-1][1]].split()[0].lower().endswith("ing"):
        return False  # "shows the mayor said ..." is no speaker shown
    start = source.spans[0][0]
    for outer in found:
        if outer.cue_lemma not in SHOWING_VERBS or not outer.content or outer.content[0][0] < outer.cue[-1][1]:
            continue
        if (
            spans_within(source.spans + att.cue + att.content, outer.content)
            and not text[outer.content[0][0] : start].strip()
        ):
            others = [s for a in found if a is not outer for s in a.cue + a.source_spans]
            return not spans_meet(att.cue + source.spans, others)
    return False


# What lies between a speaker and the cue of a relative clause on it (", who say", " who have said").
_WHO_SAYS = re.compile(r"\s*,?\s*who(?:\s+[a-z]+){0,2}\s+$")


def _relative_speaker(att: Attribution, found: list[Attribution], text: str) -> bool:
    """Whether a rule attribution is a speaker's own, told in a relative clause inside another
    attribution's content ("Footage shows the minutes after his scuffle with police, who say he
    resisted arrest"): the police say it, whatever the footage shows. Its cue and source meet no
    other attribution's."""
    source = _relayed_source(att)
    if source is None:
        return False
    if att.quote != "indirect":
        return False  # a quotation near the clause is not what it says
    who = source.text.lower() == "who" and source.stands_for is not None  # "police, who say"
    if not who and (source.pronoun or not _WHO_SAYS.fullmatch(text, source.spans[-1][1], att.cue[0][0])):
        return False
    if not any(spans_within(source.spans + att.cue + att.content, outer.content) for outer in found):
        return False
    return not spans_meet(att.cue + source.spans, [s for a in found for s in a.cue + a.source_spans])


def _says_them(att: Attribution, found: list[Attribution]) -> bool:
    """Whether a rule attribution of a saying verb, its content before it, holds the
    attributions it meets whole in that content, as a speaker's words hold who did what
    ("Executives quashed the audit, a prosecutor was quoted as saying"), its own cue and source
    meeting none of theirs."""

    def every(a: Attribution) -> list[Span]:
        return a.cue + a.content + a.source_spans

    if not (att.source and att.content and att.cue) or att.cue_lemma not in stance_rules.SAYING_VERBS:
        return False
    if att.content[-1][1] > att.cue[0][0]:
        return False
    met = [a for a in found if spans_meet(every(att), every(a))]
    return bool(met) and all(spans_within(every(a), att.content) for a in met)


def spans_meet(spans: list[Span], others: list[Span]) -> bool:
    """Whether any span of `spans` overlaps any of `others`."""
    return any(s < e2 and s2 < e for s, e in spans for s2, e2 in others)


def spans_within(spans: list[Span], outer: list[Span]) -> bool:
    """Whether every span of `spans` (there is one at least) lies inside one of `outer`."""
    return bool(spans) and all(any(s >= a and e <= b for a, b in outer) for s, e in spans)


def _once(found: list[Attribution], att: Attribution) -> bool:
    """Add an attribution to `found` unless one with its cue is there (the speaker's next act,
    `_next_act`, may be one the tagger finds again, its content ending a quotation mark apart):
    then the one whose content holds the other's stays. Whether `att` was added."""
    same = next((k for k, a in enumerate(found) if a.cue == att.cue), None)
    if same is None:
        found.append(att)
        return True
    if att.content != found[same].content and spans_within(found[same].content, att.content):
        att.paragraph = found[same].paragraph
        found[same] = att
    return False


def _next_act(att: Attribution, text: str, offset: int, quotes: list[Quote], floor: int) -> Attribution | None:
    """The attribution of the act a content ran on into (`_second_act`), by the same speaker."""
    verb = att.then
    if verb is None or att.source is None or not att.source.spans:
        return None
    s0, s1 = att.source.spans[0][0], att.source.spans[-1][1]
    speaker = [t for t in verb.doc if s0 <= t.idx + offset < s1]
    if not speaker:
        return None
    sent = verb.sent
    sent_span = (sent.start_char + offset, sent.end_char + offset)
    return _verb_attribution(verb, text, offset, quotes, sent, sent_span, floor, subject=_root(speaker))


def _before_next_speaker(head, content_toks: list, offset: int, quotes: list[Quote]) -> list:
    """A content that runs on past its cue's sentence stops before a later sentence with a
    speaker and cue of its own ("... gathered in a compound. Half of the victims had been shot,
    he said."): that sentence is the next attribution's."""
    later = sorted({t.sent.start for t in content_toks if t.sent.start > head.sent.start})
    said = {t.i for t in content_toks}
    for start in later:
        sent = head.doc[start].sent
        if any(
            is_cue_verb(t) and any(c.dep_ == "nsubj" for c in t.children) and not inside_quotes(t, offset, quotes)
            for t in sent
            if t.i in said
        ):
            return _trim([t for t in content_toks if t.i < start])
    return content_toks


def quoted_reports(doc, offset: int, quotes: list[Quote]) -> list[Quote]:
    """The quotations of a paragraph that are another outlet's report quoted whole, not anyone's
    words: the paragraph opens with the quotation, and a sentence inside it opens with a named
    speaker and their cue ('"Defence Ministry spokesman Ahmad Karimi told a news conference
    that ...', a wire story quoted by a blog). Their attributions are read as if unquoted."""
    if not quotes or doc.text[:1] not in "\"“'‘`":
        return []
    first = quotes[0]
    if first.closed and doc.text[first.end + 1 - offset :].strip():
        return []  # '"The mayor said X. That was never true," Jones said': Jones's words
    for sent in doc.sents:
        if not (first.start <= sent.start_char + offset + 1 and sent.end_char + offset <= first.end + 1):
            continue
        root = sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        opening = next((t for t in sent if not (t.is_punct or t.is_space)), None)
        if (
            subject is not None
            and opening is not None
            and is_cue_verb(root)
            and root.lemma_.lower() in RELAYED_CUES
            and (subject.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or subject.lemma_.lower() in person_nouns())
            and min(t.i for t in subject.subtree) == opening.i
            and speaks(group_head(subject))
        ):
            return [first]
    return []


def _rule_attributions(doc, text, offset, quotes, floor, paragraph) -> list[Attribution]:
    found: list[Attribution] = []
    for sent in doc.sents:
        sent_span = (sent.start_char + offset, sent.end_char + offset)
        for tok in sent:
            att = None
            if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
                att = _according_to(tok, offset, quotes, sent_span)
            elif _as_per(tok):
                att = _according_to(tok, offset, quotes, sent_span, "per")
            elif _per(tok):
                att = _according_to(tok, offset, quotes, sent_span, "")
            elif _in_finding(tok) and not inside_quotes(tok, offset, quotes):
                att = _according_to(tok, offset, quotes, sent_span, "")
            elif (
                tok.pos_ == "NOUN"
                and tok.lemma_.lower() in NOUN_CUES
                and tok.i >= floor
                and not inside_quotes(tok, offset, quotes)
            ):
                att = _noun_attribution(tok, offset, sent_span)
            elif (
                tok.dep_ in {"relcl", "acl"}
                and (summed := _answered_summary(tok)) is not None
                and not inside_quotes(tok, offset, quotes)
            ):
                att = _summary_attribution(tok, summed, offset, sent_span, floor)
            elif (
                (agent := _as_reported_by(tok)) is not None
                and tok.i >= floor
                and not inside_quotes(tok, offset, quotes)
            ):
                att = _as_reported_attribution(tok, agent, offset, sent_span)
            elif (
                (quoted := _passive_quoted(tok)) is not None
                and tok.i >= floor
                and not inside_quotes(tok, offset, quotes)
            ):
                att = _quoted_attribution(tok, quoted[0], quoted[1], offset, quotes, sent_span, floor)
            elif is_cue_verb(tok) and not inside_quotes(tok, offset, quotes) and not _as_said(tok):
                att = _verb_attribution(
                    tok, text, offset, quotes, sent, sent_span, floor, subject=_root_noun_speaker(tok)
                )
            if att is not None:
                att.paragraph = paragraph
                found.append(att)
    return _unnamed_outside_reports(_drop_nested(found))


def _as_said(verb) -> bool:
    """ "on Friday, not Sunday as reported": a cue that only marks something as said, by
    no one it names (not the clause's subject)."""
    children = list(verb.children)
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in children) and not any(
        c.dep_ in SUBJECTS or c.dep_ == "agent" for c in children
    )


# Nouns that sum up what was just said ("..., an allegation the federation denied").
SUMMARY_NOUNS = word_set("reference_nouns")


def _answered_summary(verb):
    """The noun summing up a clause that a cue in a relative clause answers: in "L'Equipe
    reported that one was Austrian, an allegation the federation strongly denied", the
    allegation, set off by a comma after the clause it sums up, is what the federation denied."""
    noun = verb.head
    which = _sentential_which(verb)
    if which is not None:
        return which if is_cue_verb(verb) and any(c.dep_ == "nsubj" for c in verb.children) else None
    if (
        not (is_cue_verb(verb) or _verdict_of(verb))
        or noun.pos_ != "NOUN"
        or noun.lemma_.lower() not in SUMMARY_NOUNS
        or noun.dep_ not in {"appos", "npadvmod", "dobj", "attr", "conj", "ccomp"}
        or noun.head.i >= noun.i
        or any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children)
    ):
        return None
    subject = _summary_speaker(verb)
    if subject is None or subject.tag_ in {"WDT", "WP"} or subject.lower_ == "that":
        return None  # "a claim that was denied", "an account which contradicts ...": no speaker
    start = noun.left_edge.i
    if start == 0 or noun.doc[start - 1].text != ",":
        return None
    return noun


def _summary_speaker(verb):
    """Who answers a summing-up noun in the clause `verb` heads: its subject ("a claim the city
    rejected"), or the agent of a participle ("a figure disputed by residents")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None or verb.tag_ != "VBN" or verb.dep_ != "acl":
        return subject
    return _by_agent(verb)


def _verdict_of(verb) -> str | None:
    """The stance a labelling verb gives by its complement ("a figure the government called
    fabricated": denies; "called exaggerated": questions; "called accurate": asserts); None for
    any other verb, or one with no complement."""
    if verb.lemma_.lower() not in stance_rules.LABELLING_VERBS:
        return None
    label = next((c for c in verb.children if c.dep_ in {"oprd", "acomp", "xcomp"} and c.i > verb.i), None)
    if label is None:
        return None
    word = label.lower_
    if word in stance_rules.DENIAL_WORDS or label.lemma_.lower() in stance_rules.DENIAL_WORDS:
        return "denies"
    return "questions" if word in stance_rules.DOUBT_WORDS else "asserts"


def _sentential_which(verb):
    """The "which" of a relative clause that answers the whole clause before its comma
    ("Witnesses said soldiers fired on the crowd, which the army denied"): the object of the
    relative clause, right after the comma; else None."""
    which = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "which"), None)
    if which is None or which.i == 0 or which.doc[which.i - 1].text != "," or verb.head.i > which.i:
        return None
    end = verb.right_edge.i + 1
    if any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children) or end < len(verb.doc) and not verb.doc[end].is_punct:
        return None  # "the test, which state media claimed now allows ...": "which" is the test
    if verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in SUMMARY_NOUNS:
        return None  # "the report, which the army denied": the report itself
    return which


def _summary_attribution(verb, noun, offset, sent_span, floor) -> Attribution | None:
    """The attribution of a cue that answers a summing-up noun or "which" (`noun`, from
    `_answered_summary`): its subject speaks; its content is the clause the noun sums up."""
    subject = _summary_speaker(verb)
    if subject is None or subject.i < floor or not speaks(group_head(subject)):
        return None
    comma = noun.doc[noun.left_edge.i - 1]
    clause = verb.head if noun.head.i == verb.i else noun.head  # "which" is the cue's own object
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    while clause.dep_ == "xcomp" and clause.head.pos_ in {"VERB", "AUX"}:
        clause = clause.head  # "had failed to protect villagers, a charge ...": the whole clause
    if clause.pos_ not in {"VERB", "AUX"}:
        return None
    said = next((c for c in clause.children if c.dep_ == "ccomp" and c.i < comma.i), None)
    if said is not None and is_cue_verb(clause):
        clause = said  # "Residents said 40 people died, a figure the government disputed": what they said
    cut = {t.i for t in noun.subtree} | {t.i for t in verb.subtree} | {comma.i}
    content_toks = _trim([t for t in clause.subtree if t.i < comma.i and t.i not in cut and not t.is_space])
    if content_toks and content_toks[0].lower_ == "that" and content_toks[0].dep_ == "mark":
        content_toks = content_toks[1:]
    if len(content_toks) < 2:
        return None
    cue_toks, particle = cue_tokens(verb)
    src = mention(subject, {t.i for t in cue_toks}, offset, verb.lemma_.lower())
    stance, hedged = _stance_of(verb, verb.lemma_.lower(), particle, content_toks, cue_toks)
    stance = _verdict_of(verb) or stance  # "a figure the government called fabricated"
    lemma = verb.lemma_.lower() if not particle else f"{verb.lemma_.lower()} {particle}"
    last = max(noun.right_edge, verb.right_edge, key=lambda t: t.i)
    summary = (comma.idx + offset, last.idx + len(last) + offset)
    return _indirect(
        src, cue_toks, content_toks, offset, sent_span, cue_lemma=lemma, stance=stance, hedged=hedged, summary=summary
    )


# What "as ... by X" tells of a clause: X said, reported, counted or estimated it.
AS_REPORTED_CUES = (set(stance_rules.ASSERT) | word_set("counting_verbs")) - XCOMP_CONTENT - stance_rules.OWN_THOUGHT


def _as_reported_by(verb):
    """The agent of "as reported by X", "as calculated by the agency": a participle opened by
    "as" that qualifies a clause, with its "by" agent and no subject of its own; else None."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.lemma_.lower() not in AS_REPORTED_CUES:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and not _reported_after_cue(verb):
        return None
    if any(c.dep_ in SUBJECTS and c.lower_ not in {"it", "what"} for c in verb.children):
        return None  # "as shoppers were pushed by guards": a clause of its own, no one's report of the other
    pobj = _by_agent(verb)
    return pobj if pobj is not None and speaks(group_head(pobj)) else None


def _reported_after_cue(verb) -> bool:
    """Whether a participle with no "as" passes on a speaker's words: it follows their cue after
    a comma ("..., the spokesman said, reported by the agency")."""
    if verb.i < 2 or verb.doc[verb.i - 1].text != "," or verb.lemma_.lower() != "report":
        return False
    said = verb.doc[verb.i - 2]
    return said.pos_ == "VERB" and said.lemma_.lower() in stance_rules.SAYING_VERBS


def _passive_quoted(verb):
    """The passive "quoted" and its subject of "X was quoted as saying", "X was quoted by the
    Times as saying", or as doing what says something of its object ("was quoted by state
    broadcaster KBC as confirming the tests"): the subject is the speaker, whoever quoted them;
    else None."""
    lemma = verb.lemma_.lower()
    if lemma != "say" and (lemma not in OBJECT_CONTENT or not any(c.dep_ == "dobj" for c in verb.children)):
        return None
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "as":
        return None
    quoted = verb.head.head
    subject = next((c for c in quoted.children if c.dep_ == "nsubjpass"), None)
    if quoted.lemma_.lower() not in _QUOTE_VERBS or quoted.tag_ != "VBN" or subject is None:
        return None  # ... "X was cited by Norpress as saying"
    return quoted, subject


def _quoted_attribution(verb, quoted, subject, offset, quotes, sent_span, floor) -> Attribution | None:
    """The words a speaker "was quoted as saying": what "saying" takes ("... as saying that the
    army would withdraw"), or else the clause before the speaker ("The dam was safe, the company
    was quoted as saying"). Whoever quoted them ("by news website G1", "by the Times") relays it."""
    doc = verb.doc
    said = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    done_to = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb.lemma_.lower() != "say" else None
    if said is None and done_to is not None:  # "as confirming the tests": what was confirmed
        content_toks = _trim([t for t in done_to.subtree if not t.is_space])
        cue_toks = sorted(
            [quoted, verb.head, verb] + [t for t in quoted.children if t.dep_ == "auxpass"], key=lambda t: t.i
        )
        stance, hedged = _stance_of(verb, verb.lemma_.lower(), None, content_toks)
        att = _indirect(
            mention(subject, set(), offset, verb.lemma_.lower()),
            cue_toks,
            content_toks,
            offset,
            sent_span,
            cue_lemma=verb.lemma_.lower(),
            stance=stance,
            hedged=hedged,
        )
        return _relayed_by(att, quoted, verb, offset)
    if said is not None:
        content_toks = _trim([t for t in said.subtree if not t.is_space])
        if content_toks and content_toks[0].dep_ == "mark":
            content_toks = content_toks[1:]
    else:
        start = max(subject.sent.start, floor)
        content_toks = _trim([t for t in doc[start : subject.left_edge.i] if not t.is_space])
    if not any(t.pos_ in {"VERB", "AUX"} for t in content_toks):
        return None
    cue_toks = sorted(
        [quoted, verb.head, verb] + [t for t in quoted.children if t.dep_ == "auxpass"], key=lambda t: t.i
    )
    att = _indirect(mention(subject, set(), offset, "say"), cue_toks, content_toks, offset, sent_span, cue_lemma="say")
    att.quote = _quote_kind(content_toks, offset, quotes)
    return _relayed_by(att, quoted, verb, offset)


def _relayed_by(att: Attribution, quoted, verb, offset: int) -> Attribution:
    """An attribution of "X was quoted (by the Times) as ...", relayed by whoever quoted X."""
    by = [c for c in quoted.children if c.dep_ == "agent"] + [
        c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"
    ]
    agent = next((g for b in by for g in b.children if g.dep_ == "pobj"), None)
    if agent is not None and speaks(group_head(agent)):
        att.via = mention(agent, set(), offset, "quote")
    return att


def _indirect(source: Mention, cue_toks: list, content_toks: list, offset: int, sent_span: Span, **kw) -> Attribution:
    """An indirect attribution of `source` with these cue and content tokens; `kw` gives the
    stance, hedging, cue lemma or summary where they are not the defaults (asserts, the content's
    hedges, the first cue word's lemma)."""
    cue_spans = fragments(cue_toks, offset)
    return Attribution(
        source=source,
        cue=cue_spans,
        cue_text=_spans_text(cue_toks[0].doc, cue_spans, offset),
        cue_lemma=kw.get("cue_lemma") or cue_toks[0].lemma_.lower(),
        stance=kw.get("stance", "asserts"),
        content=fragments(content_toks, offset),
        quote="indirect",
        sentence=sent_span,
        hedged=kw.get("hedged", stance_rules.is_hedged([t.lower_ for t in content_toks])),
        tokens=content_toks,
        summary=kw.get("summary"),
    )


def _as_reported_attribution(verb, source_tok, offset, sent_span) -> Attribution | None:
    """ "Beijing killed a dozen informers, as reported by The New York Times": the claim of the
    agent `source_tok` (from `_as_reported_by`) of the clause the participle qualifies."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    agent = next(c for c in verb.children if c.dep_ == "agent")
    phrase = {t.i for t in verb.subtree}
    content_toks = _trim([t for t in verb.head.subtree if t.i not in phrase and not t.is_space])
    if content_toks and content_toks[0].dep_ == "mark":
        content_toks = content_toks[1:]  # "denied that Beijing killed ..., as reported by"
    if len(content_toks) < 2 or content_toks[0].i > verb.i:
        return None  # "As reported by Reuters, the army withdrew": the clause after it is the content
    cue_toks = [verb, agent] if mark is None else [mark, verb, agent]
    # "by US daily The New York Times": the name in apposition, not the words that introduce it
    named = next((c for c in source_tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    source_tok = named if named is not None else source_tok
    entity = next((e for e in verb.doc.ents if e.start <= source_tok.i < e.end), None)
    before = {t.i for t in source_tok.subtree if entity is not None and t.i < entity.start}  # "local daily The ..."
    src = mention(source_tok, {t.i for t in cue_toks} | before, offset, verb.lemma_.lower())
    first = cue_toks[0]
    start = first.idx
    if first.i > 0 and verb.doc[first.i - 1].text == ",":
        start = verb.doc[first.i - 1].idx
    last = verb.right_edge
    summary = (start + offset, last.idx + len(last) + offset)
    return _indirect(src, cue_toks, content_toks, offset, sent_span, cue_lemma=verb.lemma_.lower(), summary=summary)


# Entities a speaker may cite that name no one: dates, events, numbers.
_NOT_CITED = frozenset({"DATE", "TIME", "EVENT", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _quoting_whom(found: list[Attribution], doc, offset: int, quotes: list[Quote]) -> list[Attribution]:
    """Words a speaker said "quoting" or "citing" someone are that someone's, relayed ("Two died,
    the agency said, quoting local officials": the officials', via the agency). The phrase leaves
    the content."""
    quoting = [
        t
        for t in doc
        if t.lower_ in {"quoting", "citing"} and t.dep_ in {"advcl", "acl"} and not inside_quotes(t, offset, quotes)
    ]
    if not quoting:
        return found
    for att in found:
        if att.source is None or att.via is not None or att.cue_lemma not in _QUOTING_CUES:
            continue
        cue_ids = {i for i, t in enumerate(doc) if any(s <= t.idx + offset < e for s, e in att.cue)}
        source_ids = {i for i, t in enumerate(doc) if any(s <= t.idx + offset < e for s, e in att.source.spans)}
        inside = {t.i for t in att.tokens}
        for t in quoting:
            phrase = {u.i for u in t.subtree}
            ends_content = t.head.i in inside and all(i in phrase for i in inside if i >= t.i)
            if t.head.i not in cue_ids | source_ids and not ends_content:
                continue
            whom = next((c for c in t.children if c.dep_ == "dobj"), None)
            if whom is None or whom.pos_ not in {"NOUN", "PROPN"} or not speaks(group_head(whom)):
                continue
            if whom.ent_type_ in _NOT_CITED:
                continue  # "citing the September 11 attacks": an event, no one
            if whom.pos_ == "NOUN" and not (_people(whom) or whom.lemma_.lower() in _QUOTED_BODIES):
                continue  # "citing security concerns": a reason, no one
            att.via, att.source = att.source, mention(whom, set(), offset, "say")
            first = doc[t.left_edge.i - 1] if t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == "," else t.left_edge
            last = t.right_edge
            cut = (first.idx + offset, last.idx + len(last) + offset)
            att.content = _without_span(att.content, cut, doc.text, offset)
            att.tokens = [u for u in att.tokens if u.i not in phrase]
            break
    return found


def _stranded(content_toks: list) -> bool:
    """Whether words end on a preposition with no object ("the budget was based on"): a clause
    that describes the noun before it, not what the noun says."""
    words = [t for t in content_toks if not t.is_punct]
    return bool(words) and words[-1].pos_ == "ADP" and words[-1].dep_ == "prep" and not list(words[-1].children)


def _named_as(verb) -> bool:
    """Whether "as" after a verb gives a name ("identified himself as Olu"), not a kind
    ("identify themselves as independents")."""
    return any(
        c.lower_ == "as" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
        for c in verb.subtree
        if c.head.i == verb.i or c.head.head.i == verb.i
    )


_SELVES = {"himself", "herself", "themselves", "myself", "ourselves", "itself", "yourself"}
# What a speaker answers that says nothing of what the answer was.
_ASKED = {"question", "query", "inquiry", "enquiry", "call", "letter", "email", "summons", "charge", "allegation"}
# Cues of passing words on, "quoting" or "citing" whose they are ("the agency reported, quoting police").
_QUOTING_CUES = stance_rules.SAYING_VERBS | {"report"}
# Verbs of passing another's words on ("quoted X as saying", "citing police").
_QUOTE_VERBS = frozenset({"quote", "cite"})
# Bodies a speaker may quote or cite for what it says ("citing the ministry", "quoting police").
_QUOTED_BODIES = {"police", "ministry", "army", "military", "government", "source", "official"}


def _without_span(spans: list[Span], cut: Span, text: str, offset: int) -> list[Span]:
    """Character spans less the characters of `cut`, the space before it trimmed. `text`: the
    paragraph's, which starts at `offset`."""
    cs, ce = cut
    out = []
    for s, e in spans:
        if e <= cs or s >= ce:
            out.append((s, e))
            continue
        if s < cs:
            end = cs
            while end > s and text[end - 1 - offset].isspace():
                end -= 1
            out.append((s, end))
        if ce < e:
            out.append((ce, e))
    return [(s, e) for s, e in out if e > s]


def _passes_on(att: Attribution) -> bool:
    """Whether an attribution is an "as reported by X" or "as quoted by X" phrase of
    `_as_reported_attribution`: X passes the words on (not "as explained by the ministry", which
    says whose account agrees)."""
    return att.source is not None and att.cue_lemma in {"report", "quote"} and att.cue_text.lower().endswith(" by")


def _passed_on(att: Attribution, found: list[Attribution]) -> int | None:
    """Where the tagger read the cue of an "as reported by" phrase (`_as_reported_attribution`)
    on its own: the participle with "by" and its agent, and whatever content it guessed."""
    if not _passes_on(att):
        return None
    return next(
        (k for k, a in enumerate(found) if spans_meet(a.cue, att.cue) and spans_meet(a.source_spans, att.source_spans)),
        None,
    )


def _cut_summaries(found: list[Attribution], text: str, offset: int) -> list[Attribution]:
    """The contents an attribution sits in lose the phrase that makes it (`Attribution.summary`):
    "that one was Austrian", not "that one was Austrian, an allegation the federation denied";
    so do their tokens (its words are no terms of what was said: "disputed" does not discredit
    it). `offset`: where the paragraph starts in `text`."""
    cuts = [(a.summary, a) for a in found if a.summary is not None]
    emptied: set[int] = set()
    for a in found:
        if a.summary is not None or not cuts:
            continue
        spans, made = [], []
        for s, e in a.content:
            for (cs, ce), by in cuts:
                if cs <= s and e <= ce:
                    e = s  # a fragment inside the phrase ("..., the inspector said, as reported by ...")
                elif s < cs < e and ce >= e:
                    e = cs
                    while e > s and text[e - 1].isspace():
                        e -= 1
                else:
                    continue
                made.append((cs, ce))
                if a.via is None and _passes_on(by):
                    a.via = by.source  # the words the phrase says someone reported are theirs, relayed
            spans.append((s, e))
        if a.content and not any(e > s for s, e in spans):
            emptied.add(id(a))
        a.content = [(s, e) for s, e in spans if e > s]
        for (cs, ce), by in cuts:
            if a.via is None and _passes_on(by) and spans_within(a.cue, by.content):
                a.via = by.source  # '"...," the spokesman said, reported by the agency'
        if made:
            a.tokens = [t for t in a.tokens if not any(cs <= t.idx + offset < ce for cs, ce in made)]
    # a content all inside another's phrase was that phrase's words, none of its own
    return [a for a in found if a.content or id(a) not in emptied]


def _root_noun_speaker(verb):
    """The speaker of a cue the parser hung on a sentence's noun as a clause describing it ("The
    workers alleged in court papers that Harlow dumped solvents", read as "the workers (who were)
    alleged ..."): a sentence whose root is that noun has no verb of its own, so the noun is the
    cue's subject, when the cue has a clause of its own or is a phrasal cue in the past ("The
    mission called for parties ... to seek redress"). Else None (find_subject decides)."""
    noun = verb.head
    of = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and _verbless_top(noun.head.head) else None
    if of is not None and of.head.pos_ in {"NOUN", "PROPN"} and of.head.i < noun.i:
        noun = of.head  # "a coalition of 40 tenant groups called for rent caps": the coalition
    if (
        verb.dep_ != "acl"
        or verb.tag_ not in {"VBD", "VBN"}
        or not _verbless_top(noun)
        or noun.i > verb.i
        or noun.pos_ not in {"NOUN", "PROPN"}
    ):
        return None
    if any(c.dep_ == "ccomp" for c in verb.children):
        return noun
    lemma = verb.lemma_.lower()
    if (
        (verb.tag_ == "VBD" or of is not None or verb.head.i == noun.i and not _people(noun))
        and not any(c.dep_ in {"agent", "auxpass"} for c in verb.children)
        and any(c.dep_ == "prep" and (lemma, c.lower_) in stance_rules.PHRASAL for c in verb.children)
    ):
        return noun  # "The mission called for parties that have concerns to seek legal redress"
    return noun if noun.pos_ == "PROPN" and _shifted_object(verb) else None


def _verbless_top(noun) -> bool:
    """Whether a noun heads a sentence the parser found no finite verb in: its root, or the
    subject of a root participle ("A coalition of tenant groups called for rent caps, pointing
    ...", the participle made the root)."""
    if noun.dep_ == "ROOT":
        return True
    root = noun.head
    return (
        noun.dep_ == "nsubj"
        and root.dep_ == "ROOT"
        and root.tag_ == "VBG"
        and not any(c.dep_ in {"aux", "auxpass"} for c in root.children)
    )


def _shifted_object(verb) -> bool:
    """Whether a participle on a noun (`_root_noun_speaker`) is a cue whose object comes after
    what it is labelled ("The IAAF dismissed on Tuesday as 'sensationalist' allegations of mass
    doping"), which the parser read as the IAAF (being) dismissed."""
    return verb.lemma_.lower() in stance_rules.LABELLING_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" for g in c.children) for c in verb.children
    )


def _unnamed_outside_reports(found: list[Attribution]) -> list[Attribution]:
    """A cue with no speaker inside what another speaker says is part of that speech, not a
    claim of an unnamed source ("Russia says its airstrikes are intended to ...")."""
    contents = [(a, s, e) for a in found if a.source is not None for s, e in a.content]
    return [
        a
        for a in found
        if a.source is not None
        or not any(b is not a and s <= cs and ce <= e for b, s, e in contents for cs, ce in a.cue)
    ]


# Content fragments this close (in tokens) are one fragment: the tagger may miss a word.
CONTENT_GAP = 2
CONTENT_TAIL = 20
SOURCE_TAIL = 4
SOURCE_BREAKS = {"—", "―", "–", "--", ":", ";"}


def _bracketed(toks: list, k: int) -> bool:
    """Whether the k-th token lies inside brackets opened among `toks` ("Ana Ruiz (Con:
    Westfield)": that colon ends no noun phrase)."""
    depth = 0
    for t in toks[:k]:
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0


def _spaced_break(tok) -> bool:
    """A hyphen typed for a dash, with a space either side ("an employers' group - a claim
    rejected by ..."), not one inside a word ("well-known"); or a slash so spaced, which parts a
    web page's trail of sections ("Home / Local News / Study finds ..."), not "and/or"."""
    return tok.text in {"-", "/"} and bool(tok.whitespace_) and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


# The tags of a finite verb, which has a subject of its own (not "citing", "stressing"), and with
# a modal, of a finite clause ("The dam could fail").
_FINITE = attribution_model.FINITE
_FINITE_CLAUSE = attribution_model.FINITE_CLAUSE


def _root(toks: list):
    """The token of a run whose head lies outside the run; where the parser hung several on a
    word outside ("the message read", "read" taken for a noun), the first that is no article
    or punctuation."""
    ids = {t.i for t in toks}
    roots = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    return next((t for t in roots if t.pos_ not in {"DET", "PUNCT"}), roots[0]) if roots else toks[0]


def _said_after(content_toks: list, source: Mention, cue, offset: int) -> list:
    """What a speaker says after its cue, when the content runs on both sides of speaker and cue
    and the part after opens a clause of the cue's own ("The toll was 150, with several outlets
    reporting that 2,000 died": not "The toll was"); an inverted quote ('"...," he said') keeps
    its words before."""
    start = min(s for s, _ in source.spans) if source.spans else None
    if start is None:
        return content_toks
    before = [t for t in content_toks if t.idx + offset < start]
    after = [t for t in content_toks if t.i > cue.i]
    if before and after and after[0].lower_ == "that" and any(c.dep_ == "ccomp" for c in cue.children):
        return _trim(after)
    return content_toks


def _after_colon(content_toks: list, head) -> list:
    """A quotation before its cue that a colon introduces is the content, not the words before
    the colon: 'Trump seemed to suggest he had silenced her: "She signed an agreement," he told
    the Times' is what he told the Times; so with the quotation going on after the cue ('Hale says
    his rent rose: "That is a colossal sum," he says. "And no one asked us."')."""
    if not content_toks or head.text == ":":
        return content_toks
    before = [t for t in content_toks if t.i < head.i]
    for k in range(len(before) - 2, 0, -1):
        tok, nxt = before[k], before[k + 1]
        if tok.text == ":" and nxt.text in attribution_model.QUOTE_MARKS and nxt.i == tok.i + 1:
            return content_toks[k + 1 :]
    return content_toks


def _subject_after_colon(content_toks: list, head, src: list[int]) -> list[int]:
    """The cue's own subject between a quotation a colon opened and the cue, where the tagger
    took words before the colon for the speaker ('Ana Vell ... says her rent rose: "That is a
    huge sum," she says': "she", not "her rent")."""
    if not content_toks or not src or content_toks[0].i == 0:
        return src
    first = content_toks[0]
    if first.doc[first.i - 1].text != ":" or max(src) >= first.i:
        return src
    subject = next((c for c in head.children if c.dep_ in SUBJECTS and first.i < c.i < head.i), None)
    return [t.i for t in subject.subtree if t.i < head.i] if subject is not None else src


def _parenthetical_content(head, con: list[int]) -> list[int]:
    """A cue set into the clause it reports, between commas ("Fewer than 2,000 nurses have
    walked out, officials claim, as the union puts the figure at 9,000"): what was said is that
    clause, not a run of it with the next clause's speaker (the tagger's "... nurses have the
    union puts the figure")."""
    main = head.head
    if not con or head.dep_ != "parataxis" or main.i >= head.i or head.lemma_.lower() not in stance_rules.ASSERT:
        return con
    if not any(c.dep_ in SUBJECTS and c.i < head.i for c in head.children):
        return con
    own = {t.i for t in head.subtree}
    clause = [t.i for t in main.subtree if t.i not in own]
    said, around = set(con), set(clause)
    # the tagger ran on past the cue into a clause hung on it ("..., figures showed, but the
    # traders will stay open"): the reporter's, not what was said
    ran_on = any(c.i in said for c in _contrasted_clauses(head))
    if main.i in said and not ran_on or said <= around or not said & around:
        return con  # the tagger's content holds the clause's verb, or lies inside it: its own cut stands
    while clause and main.doc[clause[-1]].is_punct:
        clause.pop()
    return clause or con


def _contrasted_clauses(head) -> list:
    """The clauses that "but" or "yet" joins to a cue after it, with someone of their own who
    acts or speaks ("..., the survey showed, but the bank will wait", "did not explain why, but
    she suspects ..."): the reporter's, set against what was reported; not a clause that goes
    on with the report ("..., the survey showed, and wages rose 2 percent", "..., the officer
    warned, but a slower pace in the north gives some reason for calm"), nor a quotation going
    on ('"The roads were empty," she said, "but we kept going."')."""
    doc = head.doc
    found = []
    for c in head.children:
        subject = next((g for g in c.children if g.dep_ in SUBJECTS), None)
        if c.dep_ != "conj" or c.i < head.i or subject is None:
            continue
        if not (is_cue_verb(c) or subject.pos_ != "PRON" and _names_someone(subject) and subject.pos_ != "NUM"):
            continue
        between = doc[head.i + 1 : c.left_edge.i + 1]
        if any(t.lower_ in {"but", "yet"} and t.dep_ == "cc" for t in between) and not any(
            t.text in attribution_model.QUOTE_MARKS for t in between
        ):
            found.append(c)
    return found


def _without_others_saying(head, content_toks: list) -> list:
    """What a cue says without a clause set against it in which others speak ("found staff gaps
    while most hospitals said ...": the hospitals' saying is a claim of its own, no part of the
    first finding)."""
    said = {t.i for t in content_toks}
    for c in head.children:
        if (
            c.dep_ == "advcl"
            and c.i > head.i
            and c.i in said
            and any(g.dep_ == "mark" and g.lower_ in {"while", "whereas"} for g in c.children)
            and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
            and is_cue_verb(c)
        ):
            cut = {t.i for t in c.subtree}
            kept = _trim([t for t in content_toks if t.i not in cut])
            if kept:
                content_toks = kept
    return content_toks


def _without_joined_clause(head, con: list[int]) -> list[int]:
    """What a cue after the clause it reports says, without a clause that `_contrasted_clauses`
    finds ("Prices fell, the survey showed, but the bank will wait": the bank's waiting is the
    reporter's, not the survey's), which the tagger may run into."""
    said = set(con)
    if not said or min(said) > head.i:
        return con
    joined = [c for c in _contrasted_clauses(head) if c.i in said]
    if not joined:
        return con
    cut = {t.i for c in joined for t in c.subtree}
    cut |= {c.i for c in head.children if c.dep_ in {"cc", "punct"} and c.i > head.i}
    kept = [i for i in con if i not in cut]
    return kept if any(i < head.i for i in kept) else con


def _perfect_split_from(verb):
    """The auxiliary "had" a past participle belongs to when a time phrase set off by commas split
    them and the parser hung the participle on the cue as a verb of its own ("reports that the
    board had on Monday, June 3, cleared the budget": the board cleared it, as reported). None
    for any other verb."""
    cue = verb.head
    if verb.tag_ not in {"VBN", "VBD"} or verb.dep_ != "conj" or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None
    have = next((c for c in cue.children if c.dep_ == "ccomp" and cue.i < c.i < verb.i), None)
    if have is None or have.lemma_.lower() != "have" or have.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "acomp", "attr", "oprd"} for c in have.children):
        return None
    if not any(c.dep_ in SUBJECTS for c in have.children) or have.right_edge.i + 2 < verb.i:
        return None
    return have


def _perfect_rejoined(doc, head, con: list[int]) -> list[int]:
    """The content of a cue whose clause's participle `_perfect_split_from` finds hung on the cue:
    the clause with the participle's words."""
    for c in head.children:
        have = _perfect_split_from(c) if c.dep_ == "conj" else None
        if have is not None and have.i in con:
            return sorted(set(con) | {c.i - 1} | {t.i for t in c.subtree})
    return con


def _whole_clause_of_auxiliary(doc, cue: list, con: list[int]) -> list[int]:
    """ "had said the day before it had detained 12 ...": the parser reads "before it had detained"
    as when the speaker spoke. A content of that clause's auxiliary alone ("had"), or of the
    time phrase with the clause ("the day before it had detained ..."), is the clause after the
    cue, without the conjunction the parser took to open it ("before")."""
    if con and all(doc[i].dep_ in {"aux", "auxpass"} for i in con):
        return _clause_of_auxiliary(doc, cue, con)
    return _without_time_phrase(doc, con)


def _clause_of_auxiliary(doc, cue: list, con: list[int]) -> list[int]:
    """The clause after the cue of the verb whose auxiliaries alone the tagger made the content."""
    verb, last = doc[con[0]].head, max(t.i for t in cue)
    if any(doc[i].head.i != verb.i for i in con) or verb.i <= last or verb.pos_ not in {"VERB", "AUX"}:
        return con
    words = [t for t in verb.subtree if t.i > last]
    while words and words[0].dep_ in {"mark", "advmod"} and words[0].head.i == verb.i:
        words = words[1:]
    return [t.i for t in words] or con


def _without_time_phrase(doc, con: list[int]) -> list[int]:
    """A content opening with when it was said ("the day before it had detained", "the day before
    the vote that turnout ..."), the time phrase hung on the content's verb: the rest."""
    if not con:
        return con
    first = doc[min(con)]
    when = first.head
    if not (
        first.dep_ == "det"
        and when.dep_ == "npadvmod"
        and when.ent_type_ in {"DATE", "TIME"}
        and when.head.i in set(con)
    ):
        return con
    last = max(t.i for t in when.subtree)
    if when.head.i <= last or doc[last + 1].dep_ == "mark" and doc[last + 1].lower_ not in {"before", "after"}:
        return con
    return [i for i in con if i > last and not (i == last + 1 and doc[i].dep_ == "mark")] or con


# Verbs of getting or reading a document, whose participle describes it ("a letter seen by
# Reuters", "papers obtained by the Times"): no one says anything by them.
_SEEING_VERBS = {"see", "obtain", "review", "view", "read"}


def _object_of_cue(head, cue: list, src: list[int]) -> list[int]:
    """What a verb cue the tagger gave no content says, by the parse: its object or clause
    ("said the same", "told stories of how the river rose"). Not an object before the verb, a
    relative pronoun ("a charge that the mayor denied"): what it stands for is the summary's
    (_cut_summaries)."""
    if head.pos_ not in {"VERB", "AUX"}:
        return []
    taken = {t.i for t in cue} | set(src)
    for c in head.children:
        if c.dep_ in {"dobj", "ccomp", "xcomp"} and c.i > head.i and not taken & {t.i for t in c.subtree}:
            return [t.i for t in c.subtree]
    thing = _object_read_as_subject(head)
    return [t.i for t in thing.subtree] if thing is not None else []


def _lodged_with(verb, floor: int):
    """The subject of "filed a complaint with the council alleging ...", "filed a suit with the
    court alleging ...": the parser made the body the complaint went to the participle's subject
    ("with the council alleging", as in "with residents saying ..."); who filed it speaks. None
    for any other cue."""
    prep = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or prep.lower_ != "with":
        return None
    owner = prep.head  # the complaint, or the verb that has it for its object
    lodging = owner if owner.pos_ == "VERB" else owner.head if owner.dep_ == "dobj" else None
    if lodging is None or lodging.pos_ != "VERB" or not _lodged(owner, prep):
        return None
    subject = find_subject(lodging, floor)
    return subject if subject is not None and speaks(group_head(subject)) else None


def _own_named_subject(verb, src: list[int]):
    """A cue verb's own subject, a name, between the tagger's source and the verb, where the verb
    is joined to an earlier clause whose subject the tagger took ("Senator Ana Ruiz moved a motion
    but Reed ruled her out of order": Reed); None otherwise."""
    if not src or verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ not in {"PERSON", "ORG", "GPE", "NORP"}:
        return None
    return subject if max(src) < subject.left_edge.i else None


def _doer_of_thing_participle(verb, floor: int):
    """The subject of "demanded a repeat vote citing widespread irregularities": a participle on
    the object of a verb, the object a thing that says nothing (no person, group, body, document
    or message); who demanded it cites. None for any other cue."""
    thing = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or thing.pos_ != "NOUN" or thing.dep_ != "dobj":
        return None
    if not any(c.dep_ in {"det", "poss"} for c in thing.children) or is_noun(verb.lower_) and verb.i == thing.i + 1:
        return None  # "lifts tsunami warning", "its tsunami warning sirens": a noun the tagger read as a participle
    lemma = thing.lemma_.lower()
    if _people(thing) or lemma in speaker_nouns() | message_nouns() | RECORDS or lemma in SPEAKER_HEADS:
        return None
    if lemma in {"center", "centre"} or thing.head.lemma_.lower() in _QUOTE_VERBS:
        return None  # "quoted a local crisis centre saying ...": the centre says it
    subject = find_subject(thing.head, floor)
    return subject if subject is not None and speaks(group_head(subject)) else None


def _object_read_as_subject(verb):
    """The object the parser made the subject of the participle after it ("rejected Ms Lane's
    claim saying it was ...": "claim", subject of "saying"): a message noun right after the
    verb, the verb's own object being none. None otherwise."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i:
            noun = next((g for g in c.children if g.dep_ == "nsubj" and g.i < c.i), None)
            if (
                noun is not None
                and noun.pos_ == "NOUN"
                and noun.lemma_.lower() in message_nouns()
                and noun.left_edge.i
                == verb.i + 1 + sum(1 for t in verb.doc[verb.i + 1 : noun.left_edge.i] if t.is_space)
            ):
                return noun
    return None


def _clause_of_object(head, content: list) -> list:
    """The clause a cue's object is the subject of, where the parser took the noun for the
    object and hung its verb elsewhere ("campaigners who claim the appeals system is flawed
    and favours developers", read as claiming the system): the noun with the verb after it,
    which has no subject of its own. Not a verb that has one ("the man who claimed the prize
    was arrested": the man was)."""
    words = [t for t in content if not t.is_punct]
    obj = next((c for c in head.children if c.dep_ == "dobj"), None)
    if obj is None or not words or {t.i for t in words} != {t.i for t in obj.subtree if not t.is_punct}:
        return content
    doc = head.doc
    after = doc[obj.right_edge.i + 1] if obj.right_edge.i + 1 < len(doc) else None
    if after is None or after.tag_ not in {"VBZ", "VBP", "VBD", "MD"}:
        return content
    verb = after.head if after.dep_ in {"aux", "auxpass"} else after
    if (
        verb.i < after.i
        or verb.dep_ != "ccomp"  # hung on a verb before the cue, as no clause of the sentence's own is
        or verb.i in {t.i for t in head.subtree}
        or any(c.dep_ in SUBJECTS for c in verb.children)
    ):
        return content
    clause = [t for t in verb.subtree if t.i >= after.i]
    if not clause or any(t.i != k for k, t in enumerate(clause, start=after.i)):
        return content
    return _trim([*obj.subtree, *clause])


def _that_clause_missed(cue: list, con: list[int]) -> list[int]:
    """The "that" clause the parser hung on a noun after the cue (`_that_after`), where the
    tagger took only words after it, and the clause's second half the parser joined to the cue
    ("said in a letter that two guards were hurt and 40 inmates moved": the tagger took
    "inmates moved")."""
    that = _that_after(cue)
    if not that or set(con) & set(that) or min(con) < min(that):
        return con
    doc = cue[0].doc
    end = max(that)
    for t in cue:
        for c in t.children:
            cc = doc[end + 1] if end + 1 < len(doc) else None
            if c.dep_ == "conj" and c.i > end and cc is not None and cc.dep_ == "cc" and cc.head.i == t.i:
                end = c.right_edge.i  # "... were hurt and 40 inmates moved", no comma before "and"
    words = list(range(min(that), end + 1))
    return words if set(con) <= set(words) else con


def _that_after(cue: list) -> list[int]:
    """The "that" clause right after a cue the tagger gave no content: "said in a statement that
    the bill was dead", where the parser hung the clause on "statement"."""
    last = max(t.i for t in cue)
    for t in cue:
        for c in t.children:
            words = list(c.subtree)
            if c.dep_ in {"ccomp", "acl"} and words[0].i == last + 1 and words[0].lower_ == "that":
                return [w.i for w in words]
    # further on, after the phrases of where it was said ("said in one of a series of Twitter
    # messages that the truck was ..."): a clause the parser hung on their last noun, its "that"
    # a conjunction, not a relative pronoun; or on a participle describing that noun ("said in a
    # statement dated October 18 and seen by the agency that the leak ...")
    first = min(t.i for t in cue)
    phrases = [c for t in cue for c in t.children if c.dep_ == "prep" and c.i > first]  # "said in" or "said | in"
    while phrases:
        prep = phrases.pop()
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            described = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
            described += [c for d in described for c in d.children if c.dep_ == "conj" and c.tag_ == "VBN"]
            for c in chain(noun.children, *(d.children for d in described)):
                words = list(c.subtree)
                if c.dep_ in {"relcl", "acl", "ccomp"} and words[0].lower_ == "that" and words[0].dep_ == "mark":
                    return [w.i for w in words]
                if c.dep_ == "prep":
                    phrases.append(c)
    return []


def _without_time_of_saying(content_toks: list, cue: list) -> list:
    """A content that opens, right after the cue, with when it was said and then the subject
    of what was said ("said on Friday it will shut 40 branches", "said Monday the plant would
    close"): what was said starts at the subject. The parser hangs the time on either verb."""
    if not content_toks or not cue or content_toks[0].i != max(t.i for t in cue) + 1:
        return content_toks
    first = content_toks[0]
    if first.dep_ == "prep" and first.lower_ in {"on", "in", "at", "during", "late", "early"}:
        end = first.right_edge.i
        when = [t for t in first.subtree if t.i != first.i]
    elif first.dep_ == "npadvmod" and first.ent_type_ in TIME_ENTITIES:
        end, when = first.right_edge.i, list(first.subtree)
    else:
        return content_toks
    if not when or not all(t.ent_type_ in TIME_ENTITIES or t.lower_ in WEEKDAYS or t.is_punct for t in when):
        return content_toks
    doc = first.doc
    subject = next((t for t in doc[end + 1 : end + 6] if t.dep_ in SUBJECTS and t.left_edge.i == end + 1), None)
    if subject is None or subject.head.dep_ not in {"ccomp", "ROOT"}:
        return content_toks  # "said on Thursday that ...": the tagger's content, whatever it holds
    rest = [t for t in content_toks if t.i > end]
    return rest or content_toks


def _without_scene_after(content_toks: list, head) -> list:
    """A content before its cue without the words of a clause after the cue that says when or as
    what it was said ("The plant will close in May, Reed said as workers gathered outside": not
    "workers"): a scene of the saying, no part of what was said."""
    scenes = [
        c
        for c in head.children
        if c.dep_ == "advcl"
        and c.i > head.i
        and any(m.dep_ == "mark" and m.lower_ in _CIRCUMSTANCE_MARKS for m in c.children)
    ]
    if not scenes or not any(t.i < head.i for t in content_toks):
        return content_toks
    scene = {t.i for c in scenes for t in c.subtree}
    return [t for t in content_toks if t.i not in scene] or content_toks


def _without_speaker_phrase(content_toks: list, head, start: int) -> list:
    """A content after its cue without the words between its speaker's start (`start`, a
    character of the paragraph) and the cue ("Bill Hale, a pensioner whose home is run by
    Kestrel Housing, says his rent has risen": not "is run by Kestrel Housing", which the parser
    may take for what was said): what describes the speaker is no part of what they say."""
    if not start < head.idx or not any(t.i > head.i for t in content_toks):
        return content_toks
    return [t for t in content_toks if not start <= t.idx < head.idx] or content_toks


def _up_to_count(cue: list):
    """The "up" of "up to" and a count that the parser took for the cue verb's particle ("warned
    up to 300 jobs could go"): it opens what was said. None otherwise."""
    last = max(cue, key=lambda t: t.i) if cue else None
    if last is None or last.lower_ != "up" or len(cue) < 2:
        return None
    doc = last.doc
    if last.i + 2 >= len(doc) or doc[last.i + 1].lower_ != "to":
        return None
    count = doc[last.i + 2]
    return last if count.like_num or count.ent_type_ in {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"} else None


def _own_subject_in_content(head, src: list[int], con: list[int]):
    """The subject of a cue reported inside another speaker's words, which the tagger ran into
    the content while giving the reporting speaker as the source ("Reed said the firm is
    disappointed with the ruling": the firm is disappointed). None otherwise."""
    subject = next(
        (
            c
            for c in head.children
            if c.pos_ in {"NOUN", "PROPN"}
            # "is disappointed", "were worried": a passive whose subject holds the feeling
            and (c.dep_ == "nsubj" or c.dep_ == "nsubjpass" and head.lemma_.lower() in PASSIVE_SPEAKER_CUES)
        ),
        None,
    )
    if subject is None or subject.i not in con or not src or max(src) >= subject.left_edge.i:
        return None
    reporting = head.head
    if head.dep_ != "ccomp" or reporting.i >= head.i or not is_cue_verb(reporting):
        return None
    return subject if any(c.dep_ in SUBJECTS and c.i in src for c in reporting.children) else None


def _attitude_stated(be):
    """(cue, source, content) of a copula whose adjective takes a clause or says what it is
    about ("were willing to go ahead", "is sure that ...", "’s not willing to cut ...", "weren’t
    too concerned about the shift"): the copula, its negation and the adjective with its
    adverbs; its subject; the clause, or what follows "about" or "over". None for any other."""
    subject = next((c for c in be.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    for adjective in (c for c in be.children if c.dep_ == "acomp"):
        clause = next((g for g in adjective.children if g.dep_ in {"xcomp", "ccomp"}), None)
        if clause is None:
            about = next((g for g in adjective.children if g.dep_ == "prep" and g.lower_ in {"about", "over"}), None)
            clause = next((g for g in about.children if g.dep_ == "pobj"), None) if about is not None else None
        elif clause.dep_ == "xcomp" and adjective.lower_ in _RAISING_ADJECTIVES:
            return None  # "Republicans are likely to control ...": how likely, no one's attitude
        if clause is None or subject is None:
            return None
        between = [
            c for c in [*be.children, *adjective.children] if c.dep_ in {"neg", "advmod"} and be.i < c.i < adjective.i
        ]
        cue = sorted([be, *between, adjective], key=lambda t: t.i)
        return cue, [t.i for t in subject.subtree], [t.i for t in clause.subtree]
    return None


# Adjectives whose subject is not who holds the attitude before "to" ("likely to win", "due to
# start", "sure to fall"); "sure that ..." still states one.
_RAISING_ADJECTIVES = frozenset(
    "likely unlikely set due able unable about bound certain sure apt liable poised slated".split()
)

# "be" cut short, which the parser may leave unlemmatised ("She’s", curly): the copula all the same.
_BE_CLITICS = frozenset({"’s", "'s", "’re", "'re", "’m", "'m"})

# Pronouns for persons and things: one of them alone as the subject of a cue is no content.
_PERSONAL_PRONOUNS = frozenset("i me you he him she her it we us they them".split())


def _whole_phrases(cue: list) -> list:
    """A cue in one piece: an adverb or "not" the tagger skipped inside its verb group is part
    of it ("is widely expected"), an adjective takes its copula ("are concerned"), and a cue
    does not end on a determiner: the tagger's unsure edge ("said in a" for "said in a
    statement") is cut back to the word before the phrase it began ("said"). Its preposition
    is then settled by _preposition_edge."""
    cut = sorted(cue, key=lambda t: t.i)
    doc = cut[0].doc
    gaps = [doc[a.i + 1] for a, b in zip(cut, cut[1:]) if b.i == a.i + 2]
    if any(g.dep_ in {"neg", "advmod"} and g.head in cut for g in gaps):  # "is | expected": "is widely expected"
        cut = sorted(cut + [g for g in gaps if g.dep_ in {"neg", "advmod"} and g.head in cut], key=lambda t: t.i)
    while cut[0].i > 0 and _leading_adverb(doc[cut[0].i - 1], cut):
        cut = [doc[cut[0].i - 1], *cut]  # "also bemoaned", "later suggested": the adverb on the verb
    first = cut[0]
    if first.pos_ == "ADJ" and first.dep_ == "acomp" and first.head.lemma_ == "be" and first.head.i < first.i:
        verb = first.head  # "are concerned", "aren't sure": the state with its verb
        between = list(first.doc[verb.i + 1 : first.i])
        if all(t.dep_ in {"neg", "advmod"} for t in between):
            cut = [verb, *between, *cut]
    if len(cut) < 2 or cut[-1].pos_ != "DET" or cut[-1].dep_ != "det" or cut[-1].head in cut:
        return _preposition_edge(cut)
    det = cut.pop()
    if len(cut) > 1 and cut[-1].dep_ == "prep" and cut[-1].i + 1 == det.i:
        cut.pop()
    return _preposition_edge(cut)


def _leading_adverb(tok, cut: list) -> bool:
    """Whether a word right before a cue is an adverb of its verb ("also", "later", "still",
    "repeatedly"), which PolNeAR's annotators keep in the cue; not one that links the sentence
    to the one before ("however", "meanwhile")."""
    return (
        tok.dep_ == "advmod"
        and tok.tag_ in {"RB", "RBR", "RBS"}
        and tok.head in cut
        and not tok.is_sent_start
        and tok.lower_ not in _LINKING_ADVERBS
        # not a surname after a title ("Mrs Priestly told"), which the parser read as an adverb
        and not (tok.is_title and tok.doc[tok.i - 1].lower_.rstrip(".") in TITLES)
    )


_LINKING_ADVERBS = frozenset(
    {"however", "meanwhile", "therefore", "thus", "hence", "instead", "nevertheless", "nonetheless", "so", "otherwise"}
)


def _preposition_edge(cue: list) -> list:
    """A cue ends where the annotators of PolNeAR end it: with the preposition its word
    governs ("referring to", "critical of", "called for") and without one that starts an
    adjunct ("said in", "said of") or an infinitive's "to" ("declined to")."""
    cut = sorted(cue, key=lambda t: t.i)
    last = cut[-1]
    if len(cut) > 1 and last.dep_ == "aux" and last.lower_ == "to":
        return cut[:-1]
    if len(cut) > 1 and last.pos_ == "ADP" and last.lower_ != "according":
        if CUE_PREPOSITIONS.get(f"{cut[-2].lower_} {last.lower_}") is False and cut[-2].i + 1 == last.i:
            return cut[:-1]
        if last.lower_ == "by" and last.dep_ == "prep" and cut[-2].i + 1 == last.i:
            return cut[:-1]  # "said by phone": how it was said (not the passive's "by", an agent)
    elif last.i + 1 < len(last.doc):
        nxt = last.nbor(1)
        if (
            CUE_PREPOSITIONS.get(f"{last.lower_} {nxt.lower_}", nxt.lower_ in _ARGUMENT_PREPOSITIONS)
            and nxt.pos_ == "ADP"
            and nxt.dep_ in {"prep", "dative", "agent"}
            and not _of_a_time(nxt)
        ):
            return cut + [nxt]
    return cut


# A preposition the annotators keep in the cue after any word ("talked about", "had said about"),
# for the words cue_prepositions.txt has not seen often enough: "about" ends the cue in 35 of its
# 36 rows there.
_ARGUMENT_PREPOSITIONS = frozenset({"about"})
# (cue word, preposition) -> whether PolNeAR's annotators end the cue with the preposition
CUE_PREPOSITIONS = {f"{w} {p}": with_it == "with" for w, p, with_it in table("cue_prepositions")}


def _passive_charge(head, con: list[int]) -> list[int]:
    """What a passive cue charges its subject with, which the parser hung on the agent ("The
    tannery was accused by the inspectors of dumping waste": the tannery, of dumping waste,
    as the active "accused the tannery of dumping waste" has it); a relative clause's "which"
    is the noun it stands for ("The tannery, which was accused by ...")."""
    agent = next((c for c in head.children if c.dep_ == "agent"), None)
    if agent is None or not con:
        return con
    charge = [
        p for o in agent.children if o.dep_ == "pobj" for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
    ]
    charge = [p for p in charge if _of_an_act(p)]
    if not charge:
        return con
    doc = head.doc
    ids = set(con)
    if head.dep_ == "relcl" and all(doc[i].tag_ in {"WDT", "WP"} for i in con):
        noun = head.head
        ids = {t.i for t in noun.subtree if t.i < head.left_edge.i and not t.is_punct}
    return sorted(ids | {t.i for t in charge[0].subtree})


def _doubt_noun(tok) -> bool:
    """A noun of doubt ("doubts", "questions"): as a cue's object it makes a doubt ("raised
    doubts about the plan"); as its subject it names no one ("Doubts cast over the plan")."""
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in stance_rules.DOUBT_WORDS or tok.lemma_.lower() == "question")


def _placed_under(source, cue) -> bool:
    """Whether a source is the place of a phrase the cue noun governs ("an attack on its
    base in Kestrel"): the object of "in", "at", "near" below the cue."""
    return (
        source.dep_ == "pobj"
        and source.head.lower_ in {"in", "at", "near", "outside", "inside"}
        and any(a.i == cue.i for a in source.ancestors)
    )


def _without_clause_joined_before(content_toks: list, src: list[int], head) -> list:
    """What a cue said after it, without a clause before its speaker that "and" joins to the
    sentence ("The board accused the workers of sabotage and at the time Ana Ruiz said the water
    would return"): that clause is the narrator's, not what the speaker said."""
    if not src or not content_toks:
        return content_toks
    start = min(src)
    before = [t for t in content_toks if t.i < start]
    after = [t for t in content_toks if t.i > head.i]
    if (
        before
        and head.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.i < start for c in head.children)
        and any(t.dep_ in {"dobj", "ccomp", "xcomp"} and t.head.i == head.i for t in after)
        and not any(t.i >= head.left_edge.i for t in before)
    ):
        # "The alert came as Kestria's health office reported two new cases": the clause the cue's
        # own ("as", "when", "after") hangs on is the narrator's
        return after
    if not before or not after or not any(t.dep_ in {"ccomp", "xcomp"} and t.head.i == head.i for t in after):
        return content_toks  # not a clause the cue takes after it
    # "and" right before the speaker's phrase ("... and at the time Ana Ruiz said"), not inside a
    # headline's own clause ("Dogs do go to heaven and cats: Pope assures ...")
    gap = head.doc[before[-1].i : start]
    joined = any(t.lower_ in {"and", "but"} and t.dep_ == "cc" for t in gap) and not any(t.text == ":" for t in gap)
    return after if joined else content_toks


def _infinitive_after(verb) -> bool:
    """Whether a verb takes an infinitive after it ("called to treat him")."""
    return any(c.dep_ in {"xcomp", "advcl"} and _takes_to(c) for c in verb.children)


def _takes_to(verb) -> bool:
    """Whether a verb is an infinitive's, with its "to" ("to rule", "to comment")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


# Words that rank one who did something before or after others ("the first to report").
_RANKING_WORDS = frozenset({"first", "last", "only"})


def _first_to(verb):
    """The ranking word and the subject of "X was the first to report ..." (also "among the
    first", "the only one to say"): the verb's own speaker, named as the copula's subject; None
    for any other verb."""
    ranked = verb.head
    if verb.dep_ not in {"relcl", "acl", "xcomp"} or not any(
        c.lower_ == "to" and c.dep_ == "aux" for c in verb.children
    ):
        return None
    one = ranked.lower_ == "one" and any(c.lower_ in _RANKING_WORDS for c in ranked.children)  # "the only one to say"
    if not one and ranked.lower_ not in _RANKING_WORDS:
        return None
    up = ranked.head if ranked.dep_ in {"attr", "pobj"} else None
    if up is not None and up.dep_ == "prep":
        up = up.head  # "was among the first to report"
    if up is None or up.lemma_ != "be":
        return None
    subject = next((c for c in up.children if c.dep_ == "nsubj"), None)
    return (ranked, subject) if subject is not None and subject.i < ranked.i else None


# Verbs of talking that take whom one talks to after "to" or "with" ("spoke to reporters").
_TALKING_VERBS = frozenset({"speak", "talk"})
# Prepositions of where or when one talked ("spoke at a rally", "talks during a visit").
_WHERE_OR_WHEN = frozenset({"in", "at", "during", "outside", "inside", "near", "before", "after", "from"})
_TOPIC_PREPOSITIONS = frozenset({"about", "on", "over", "regarding", "concerning"})
_SIDES_TAKEN = frozenset({"favour", "favor", "support", "defence", "defense", "behalf", "opposition"})
# Verbs of turning to someone with a grievance or a letter ("complained to the regulator", "wrote to
# the minister"), whom "to" names.
_WRITING_TO_VERBS = frozenset({"complain", "write", "appeal"})


def _topic_preposition(tok) -> bool:
    """Whether a word opens what was talked about ("about his successes", "on the need for ...")."""
    return tok.dep_ == "prep" and tok.lower_ in _TOPIC_PREPOSITIONS and not _of_a_time(tok)


def _only_addressee(head, content: list) -> bool:
    """Whether all a verb of talking reports is whom it was said to ("spoke with villagers on
    Sunday", "talked with residents"): no clause, nothing said; the act of talking, no claim."""
    lemma = head.lemma_.lower()
    if lemma in _WRITING_TO_VERBS:
        # "complained to a charity, which lodged a complaint": whom they turned to and what the
        # parser hung on it, nothing said ("complained to police about the noise" keeps "the noise")
        heard = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
        within = {t.i for g in heard for t in g.subtree}
        return bool(content) and all(t.i in within or t.is_punct for t in content)
    if lemma not in _TALKING_VERBS:
        return False
    # "on Sept. 13", a day, not "spoke on the need for schools", a topic
    where = [c for c in head.children if c.dep_ == "prep" and (c.lower_ in _WHERE_OR_WHEN or _of_a_time(c))]
    within = {t.i for c in where for t in c.subtree}
    # not "talking at length about his successes", what was talked about hung inside the phrase
    within -= {t.i for c in where for p in c.subtree if _topic_preposition(p) for t in p.subtree}
    if content and all(t.i in within or t.is_punct for t in content):
        # "speaks in her ward in Riverton": where or when one spoke, a caption's words, nothing
        # said ("spoke in favour of the plan" takes a side)
        return not any(g.lemma_.lower() in _SIDES_TAKEN for c in where for g in c.children)
    heard = [g for c in head.children if c.dep_ == "prep" and c.lower_ in {"to", "with"} for g in c.children]
    said = {t.i for t in content}
    return (
        any(g.i in said for g in heard)
        and not any(t.pos_ in {"VERB", "AUX"} for t in content)
        and not any(t.text in attribution_model.QUOTE_MARKS for t in content)
    )


# Verbs that with a particle tell a start, a departure or a return of goods ("blasted off",
# "lifted off", "called back"), though alone some are cues ("blasted the plan", "called for").
_MOVING_PARTICLES = frozenset(
    {("blast", "off"), ("lift", "off"), ("kick", "off"), ("take", "off"), ("set", "off"), ("call", "back")}
)
# Verbs that are cues with a clause or a message ("added that ...", "recalled that ...", "withdrew
# the claim") and acts on a thing with a noun for their object or subject ("added chalk", "recalled
# 9,000 cars", "withdrew cash").
_THING_VERBS = frozenset({"add", "recall", "withdraw"})
_BUSINESSES = word_set("corporate_heads")  # "the carmaker is recalling 9,000 cars": goods


def _thing_handled(verb) -> bool:
    """Whether a verb that may report speech acts on a thing here: its object, or its passive
    subject, is a noun of no message ("added chalk to the milk", "cars were recalled"), and it has
    no clause of its own nor a quotation."""
    if verb.lemma_.lower() not in _THING_VERBS or verb.pos_ != "VERB":
        return False
    if any(c.dep_ in {"ccomp", "xcomp", "parataxis"} for c in verb.children):
        return False
    if verb.lemma_.lower() == "recall" and any(c.dep_ == "nsubjpass" and c.lower_ != "it" for c in verb.children):
        # "two vans, which were recalled over a faulty bolt", "the rifles were recalled after
        # complaints", "the envoy was recalled": called back, as no one is remembered in the passive
        return True
    if any(c.text in attribution_model.QUOTE_MARKS for c in verb.children):
        return False
    things = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN", "NUM"}]
    if not things or any(group_head(t).lemma_.lower() in message_nouns() for t in things):
        return False
    if verb.lemma_.lower() == "recall":
        # goods called back, not a memory ("recalled the day the dam broke"): counted, called back
        # by a business, or passive
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return any(
            t.dep_ == "nsubjpass" or t.pos_ == "NUM" or any(c.dep_ in {"nummod", "quantmod"} for c in t.children)
            for t in things
        ) or (subject is not None and (subject.ent_type_ == "ORG" or subject.lemma_.lower() in _BUSINESSES))
    return True


# What one reports for or to when one comes in to work ("never reported for duty", "reported to
# work late"): a presence, no message.
_POSTS = frozenset({"duty", "work", "shift", "training", "service"})


_UNWELL = frozenset({"sick", "ill", "unwell"})


def _reports_for_duty(verb) -> bool:
    """Whether "report" tells that someone came in to work ("half the crew never reported for
    duty"), or stayed away ill ("reported sick"): "for" or "to" and a noun of work, with no clause
    or object of its own."""
    if verb.lemma_.lower() == "report" and any(
        c.lemma_.lower() in _UNWELL and c.dep_ in {"acomp", "oprd", "xcomp", "dobj", "advmod"} for c in verb.children
    ):
        return True  # "40 deckhands reported sick": off work, no report
    if verb.lemma_.lower() != "report" or any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in verb.children):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"for", "to"}
        and any(g.dep_ == "pobj" and g.lemma_.lower() in _POSTS for g in c.children)
        for c in verb.children
    )


# What a page bids its readers do, opening a sentence ("Register for alerts", "Click
# here to read ..."): no speaker, though the tagger may take the words for one.
_READERS_BIDDEN = frozenset("register subscribe sign click log follow download share".split())


def _accused_not_accusing(verb) -> bool:
    """Whether a verb of charging has no object of its own, its charge right after it ("officers
    accused of shooting the civilians", "some accused of misusing their firearms"): a participle
    of who is charged, whatever the parser made of it; one who accuses accuses someone."""
    doc = verb.doc
    lemma = verb.lemma_.lower()
    return (
        lemma in CHARGING_VERBS
        and lemma != "sue"  # "the firm sued for damages" sues
        and verb.i + 1 < len(doc)
        and doc[verb.i + 1].lower_ in CHARGING_VERBS[lemma]
        # its object before it ("whom Reed accuses of ...") accuses; not the "that" opening a
        # clause ("told reporters that officers accused of ..."), read as one
        and not any(
            c.dep_ in {"agent", "aux", "auxpass"}
            or c.dep_ == "dobj"
            and not (c.lower_ == "that" and _clause_told(verb))
            for c in verb.children
        )
    )


def _clause_told(verb) -> bool:
    """Whether a verb's clause is what someone was told or said, the parser having read its "that"
    as an object: a complement ("said that ..."), or a relative clause on whom a verb like "told"
    addressed ("told Kestrel FM News that officers ...")."""
    if verb.dep_ == "ccomp":
        return True
    return verb.dep_ == "relcl" and verb.head.dep_ == "dobj" and verb.head.head.lemma_.lower() in ADDRESSEE_VERBS


# Adverbs that say, alone, that a claim is someone's ("reportedly", "allegedly"): cues by themselves.
_EVIDENTIAL_ADVERBS = frozenset(
    "reportedly allegedly apparently seemingly presumably purportedly reputedly supposedly ostensibly".split()
)


def _speaking_subject(subject, con: list[int]) -> tuple[list[int], list[int]]:
    """(source, content) token indices with a subject's phrase for the source, out of the content."""
    theirs = {t.i for t in subject.subtree}
    return sorted(theirs), [i for i in con if i not in theirs]


def _nearer_subject(head, src: list[int]):
    """The subject the parser gave a cue right before it, where the tagger's source is another
    subject the parser hung on the same verb farther off: an aside set off by dashes ("Thousands
    wait — some for ten years — for their trials, the Ledger can reveal"), a headline's words run
    into the paragraph ("Reed, Vell Address Debt\nAsked about the debt, Ana Vell said ..."). Not
    the subject of a that-clause after the speaker's, nor a title in quotation marks; None then."""
    subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < head.i]
    if len(subjects) < 2 or not src:
        return None
    nearest = max(subjects, key=lambda c: c.i)
    taken = set(src)
    if nearest.i in taken or not any(c.i in taken for c in subjects if c is not nearest):
        return None
    doc = head.doc
    farther = min(c.i for c in subjects if c.i in taken)
    if any(c.dep_ == "mark" and farther < c.i < nearest.i for c in head.children):
        return None  # "Reed repeated comments that the city intends ...": Reed's words of the city's intent
    if nearest.i > 0 and doc[nearest.i - 1].text in attribution_model.QUOTE_MARKS:
        return None  # 'Kerry Vell, star of "Scandal," thanked ...': a work's title the parser made a subject
    return nearest if all(t.i < head.i for t in nearest.subtree) else None


def _described_subject_says(participle, con: list[int]) -> bool:
    """Whether a participle describes a clause's subject and the content the tagger gave it is
    that subject's own verb ("Mr Hale instructed by solicitor Tom Reed said the woman was ill"):
    the agent instructed, Mr Hale said; the parser may hang the participle on the subject or make
    it the sentence's verb, with "said" its clause."""
    if not any(c.dep_ == "agent" for c in participle.children):
        return False  # a passive's, done by someone ("Ana Reed, the nominee, tweeted in response: ...")
    doc = participle.doc
    set_off = participle.left_edge.i > 0 and doc[participle.left_edge.i - 1].text == ","
    if set_off and participle.lemma_.lower() in stance_rules.ASSERT:
        return False  # "the survey, reported by Kestrel News, showed ...": the paper passed it on
    if participle.dep_ == "acl":
        subject = participle.head
        return subject.dep_ in {"nsubj", "nsubjpass"} and participle.i < subject.head.i and subject.head.i in con
    if any(c.dep_ in {"aux", "auxpass"} for c in participle.children):
        return False
    return any(
        c.dep_ == "ccomp"
        and c.tag_ in {"VBD", "VBZ"}
        and c.i in con
        and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
        and c.left_edge.i == c.i
        for c in participle.children
    )


def _tagged_attribution(
    cue: list, src: list[int], con: list[int], offset: int, quotes: list[Quote], floor: int = 0
) -> Attribution | None:
    """An attribution from the tagger's tokens: the source run nearest the cue, the content
    runs (small gaps inside a sentence filled), punctuation trimmed at the edges. None when
    the tagger found no content or no source, or the cue asks the sentence's subject."""
    doc = cue[0].doc
    verbs = [t for t in cue if t.dep_ != "neg"]  # "’s not"
    if verbs and all(
        t.pos_ == "ADV" and t.lower_ not in _EVIDENTIAL_ADVERBS and t.head.lemma_.lower() not in stance_rules.CUE_STANCE
        for t in verbs
    ):
        # "unanimously" of "the board voted unanimously to reject it": how it was done, no one's
        # saying (not "recently" of "Trump warned in Everett recently", which goes with its cue)
        return None
    if verbs and all(t.lemma_ == "be" or t.lower_ in _BE_CLITICS and t.tag_.startswith("VB") for t in verbs):
        # the tagger took the copula alone for a cue: the attitude its adjective states ("some
        # Republicans were willing to go ahead"), as PolNeAR's annotators mark it, of the copula's
        # subject; else nothing said ("the rivers are shallow there")
        stated = _attitude_stated(verbs[-1])
        if stated is None:
            return None
        cue, src, con = stated
    cue_ids = {t.i for t in cue}
    subjects = [
        t
        for t in cue
        if t.dep_ in SUBJECTS and t.pos_ in {"NOUN", "PROPN"} and t.head.dep_ == "ccomp" and t.head.head.i in cue_ids
    ]  # not the "it" of "made it clear"
    if subjects and len(subjects) < len(cue):
        # "Kestrel said claims by the union are false": the subject of what was said, which the
        # tagger ran into the cue
        moved = {t.i for t in subjects}
        cue = [t for t in cue if t.i not in moved]
        con = sorted(set(con) | moved)
    head = _root(cue)
    nearer = _nearer_subject(head, src)
    if nearer is not None:  # "... — some for ten years — as they wait, the Ledger can reveal": the Ledger
        src, con = _speaking_subject(nearer, con)
    own = _own_subject_in_content(head, src, con)
    if own is not None:  # "Reed said the firm is disappointed with the ruling": the firm is
        src, con = _speaking_subject(own, con)
    made = _maker_after_by(head)
    if made is not None:  # "despite calls by residents for a new crossing": the residents call for it
        if not made[1] and all(i > head.i for i in con):
            return None  # "despite calls by advocates, including the mayor.": made, but nothing said here
        src, con = made[0], made[1] or con  # ('"...," read a demand by the union.': the words before it)
    first = _first_to(head) if not src else None
    if first is not None:  # "The Ledger was the first to report that ...": the Ledger reported it
        ranked, subject = first
        src = [t.i for t in subject.subtree if t.i < ranked.i and not t.is_space]
        con = [i for i in con if i > head.i]
    tagged_content = [doc[i] for i in con]
    if (
        head.tag_ == "VBN"
        and (
            head.dep_ == "amod"
            or (head.dep_ == "acl" and head.head.pos_ in {"PRON", "DET"})
            # "medics called to treat him", "officers asked to leave": what others did to them, a
            # participle with no auxiliary, whatever the parser made of it
            or (
                head.dep_ in {"acl", "ccomp"}
                and head.lemma_.lower() in {"call", "ask", "urge", "tell", "order"}
                and _infinitive_after(head)
                and not any(c.dep_ in {"aux", "auxpass"} for c in head.children)
            )
            or (head.dep_ == "acl" and head.head.dep_ == "ROOT" and (not src or head.head.i in src) and _headline(doc))
            # "a network of footpaths proposed for the estate": the noun is what was proposed
            or (
                head.dep_ == "acl"
                and head.head.i in src
                and head.head.pos_ == "NOUN"
                and not any(c.dep_ in {"aux", "auxpass"} for c in head.children)
                and head.sent.root.pos_ in {"VERB", "AUX"}  # not the parser's acl for a sentence's own verb
            )
        )
        and not any(c.dep_ == "agent" for c in head.children)
    ):
        # "Ortiz's reported admission", "those reported dead", a headline's "Two suspects charged
        # over fire": what is done to someone, no one's act of saying, no one named
        return None
    if (
        head.tag_ == "VBN"
        and head.lemma_.lower() in CHARGING_VERBS
        and head.dep_ in {"advcl", "acomp", "xcomp", "oprd"}
        and head.head.lemma_ in _STATE_VERBS
        and not any(c.dep_ == "agent" for c in head.children)
    ):
        return None  # "Reed stands accused of ...", "remains charged with ...": what is said of him
    if head.tag_ == "VBN" and _described_subject_says(head, con):
        return None  # "Mr Hale instructed by solicitor Tom Reed said ...": what Mr Hale, so described, said
    if _accused_not_accusing(head):
        return None  # "officers accused of shooting the civilians", "some accused of ...": the accused
    if (
        head.tag_ == "VBN"
        and head.lemma_ in _SEEING_VERBS
        and (head.dep_ == "acl" or head.dep_ == "conj" and head.head.dep_ == "acl")
    ):
        return None  # "a statement dated October 18 and seen by the agency": who read it says nothing
    if _said_of_subject(head) or _headline_passive(head) or _no_ones_saying(head) or _done_not_said(head, cue):
        return None
    own = _own_named_subject(head, src)
    if own is not None:  # "Ana Ruiz moved a motion but Reed ruled her out of order": Reed rules
        src = [t.i for t in own.subtree if t.i < head.i and not t.is_space]
    if (
        src
        and all(doc[i].pos_ in {"ADP", "DET", "PUNCT", "CCONJ", "PART"} for i in src)
        and head.dep_ == "conj"
        and is_cue_verb(head)
        and is_cue_verb(head.head)
    ):
        # the tagger's source a stray word ("of") for a cue joined to another ("maintains ... and
        # says ..."): the subject the two share
        who = find_subject(head, floor)
        src = [t.i for t in who.subtree if t.i < head.i and not t.is_space] if who is not None else src
    said_by = _root([doc[i] for i in src]) if src else None
    if said_by is not None and _doubt_noun(said_by):
        return None  # "Doubts cast over the claim": a doubt that is no one's, the article's own
    if said_by is not None and _no_one(said_by):
        return None
    if any(c.dep_ == "prt" and (head.lemma_.lower(), c.lower_) in _MOVING_PARTICLES for c in head.children):
        return None  # "the launcher blasted off at dawn", "sofas called back": no one says anything
    if len(cue) == 1 and head.dep_ == "compound" and head.head.lemma_.lower() in message_nouns():
        return None  # "said in a recall notice": a word that names a kind of notice
    if _thing_handled(head) or _act_not_speech(head):
        # "then added chalk to the milk", "is recalling a batch of flour", "reported for duty", "the
        # Long Dry, as the drought is sometimes referred to"
        return None
    if said_by is not None and said_by.i == said_by.sent.start and said_by.lower_ in _READERS_BIDDEN:
        return None  # "Sign up for alerts, enjoy ...": a bidding, no one who speaks
    if _noun_read_as_verb(head):
        return None
    lodger = _lodged_with(head, floor)
    if lodger is not None:  # "filed a complaint with the council alleging ...": who filed it alleges
        src = [t.i for t in lodger.subtree if t.i < lodger.head.i]
    doer = _doer_of_thing_participle(head, floor)
    if doer is not None:  # "demanded a repeat vote citing ...": who demanded it cites, the vote no part of it
        src = [t.i for t in doer.subtree if t.i < doer.head.i]
        con = [i for i in con if i > head.i]
    rejected = _object_read_as_subject(head.head) if head.tag_ == "VBG" and head.dep_ == "advcl" else None
    if rejected is not None:
        # "rejected Ms Lane's claim saying ...": the noun is what was rejected; the one who rejected it says
        thing = {t.i for t in rejected.subtree}
        cue = [t for t in cue if t.i not in thing]
        con = [i for i in con if i not in thing]
        who = find_subject(head.head, floor)
        src = [t.i for t in who.subtree if t.i < head.head.i] if who is not None else []
    if src and head.pos_ == "NOUN" and _placed_under(_root([doc[i] for i in src]), head):
        return None  # "an attack on its base in Kestrel": a place the noun's words name, no one
    if src and head.pos_ == "NOUN" and _what_it_is_of(head, [doc[i] for i in src]):
        return None  # "a quarterly sales forecast": what the forecast is of, no one who made it
    if any(_passive_quoted(t) for t in cue) or any(
        _passive_quoted(g) for c in head.children if c.lower_ == "as" for g in c.children
    ):
        return None  # "X was quoted by the Times as saying": a parse rule's (`_passive_quoted`)
    if len(cue) == 1 and cue[0].text in INTRODUCERS and src and inverted_verb(doc[min(src)]):
        if len(src) == 1:
            return None  # "Says Jones:": the tagger took the verb, another cue, for the source
        cue, src = [doc[min(src)]], sorted(src)[1:]  # "Said Shaw:": the verb is the cue
        head = cue[0]
    if all(t.pos_ == "ADP" and t.lower_ != "according" for t in cue):
        return None  # "false allegations of corruption": a preposition alone says nothing
    if len(cue) == 1 and head.pos_ == "ADJ" and head.dep_ == "amod":
        return None  # "talks that drew fierce criticism": a word that describes a noun says nothing
    if src and _structure(_root([doc[i] for i in src])):
        return None  # "The Riverton Bridge reopened for cars": a structure says nothing
    if src and head.lemma_.lower() == "see" and _root([doc[i] for i in src]).lemma_.lower() in CHANGE_NOUNS:
        return None  # "The increases see the price of tickets rise by 9%": what a change brings, no one's view
    if _deed_of_reported_subject(head, src) or _perfect_split_from(head) is not None:
        return None  # "Investigators say the gang smuggled rifles and ordered attacks": the gang's deed
    if _feeling_caused(head):
        # "That worries environmentalists": they feel it, about what the subject or "with"
        # phrase names (as PolNeAR's annotators read it), not the subject's words about them
        felt = _what_is_felt(head)
        if felt is None:
            return None
        feeling = next(c for c in head.children if c.dep_ == "dobj")
        src, con = sorted(t.i for t in feeling.subtree), sorted(t.i for t in felt.subtree)
    if _passive_absolute(head) and src and all(i < head.i for i in src):
        return None  # "with many casualties reported": what was reported, no one who reported it
    seen = _seen_saying(head, cue)
    if seen is not None:  # "Ruiz was heard telling Reed to go home": the one heard speaks
        saying, subject = seen
        heard = {t.i for t in subject.subtree}
        # where: "on a hidden microphone", "on tape"
        aside = {t.i for c in saying.children if c.dep_ in {"prep", "advmod", "npadvmod"} for t in c.subtree}
        cue, head = [t for t in cue if t.i >= saying.i] or [saying], saying
        src, con = sorted(heard), [i for i in con if i not in heard | aside | {saying.i}]
    con = _according_clause(cue, head, con, floor)
    dated = [t for t in cue if t.head.i == head.i and _of_a_time(t)]
    if dated:  # "agreed on Monday that ...": the tagger took the day's preposition into the cue
        when = {t.i for p in dated for t in p.subtree}
        cue, con = [t for t in cue if t.i not in when], [i for i in con if i not in when]
    upto = _up_to_count(cue)
    if upto is not None:  # "warned up to 300 jobs could go": a count's "up to", no particle
        cue, con = [t for t in cue if t.i != upto.i], sorted({*con, upto.i})
    particle = _particle_after_time(head, cue)
    if particle is not None:  # "called on Tuesday for the board to act": the cue is "called for"
        cue, con = sorted([*cue, particle], key=lambda t: t.i), [i for i in con if i != particle.i]
    named = _name_read_as_modifier(cue, head)
    if named is not None:  # "Jolly said he would ...": the parser took the name for an adverb
        cue = [t for t in cue if t.i != named.i]
        src = list(range(head.sent.start, named.i + 1))  # with its title ("Mrs Priestly")
    from_whom = _from_whom(head, src)
    if from_whom is not None:  # "'...': Stark warning from ferry firm": the firm's warning, not "Stark"
        src, con = from_whom
    despite = _named_before_participle_of(head)
    if despite is not None and despite.i >= floor and despite.i not in src:  # "despite the head, Tom Reed, warning"
        src = [i for i in range(despite.head.i + 1, head.i - 1) if not doc[i].is_space]
    inverted = _inverted(head, floor)
    if inverted and not set(src) & set(inverted[0]):  # the tagger took a word of the clause for the speaker
        src, con = inverted
    elif inverted and not con:  # the tagger found the speaker after the cue but not what was said
        con = inverted[1]
    con = _perfect_rejoined(doc, head, _whole_clause_of_auxiliary(doc, cue, con))
    con = _without_joined_clause(head, _parenthetical_content(head, con))
    con = _described_reporter(head, src, con, floor) or con
    if not con:
        closing = _closing_cue(head, floor)
        if closing is not None:  # the parser made the clause before "..., police said" a subject
            src, con = closing
        else:
            con = _that_after(cue) or _object_of_cue(head, cue, src)
    else:
        con = _that_clause_missed(cue, con)
    con = _told_that(head, con) or con
    con = _passive_charge(head, con)
    content_toks = _tagged_content(doc, head, {t.i for t in cue}, con, offset, quotes)
    if content_toks is None or _only_addressee(head, content_toks):
        return None
    content_toks = _clause_of_object(head, content_toks)
    content_toks = _antecedent_of_relative(head, _noun_of_participle(head, _after_colon(content_toks, head)))
    src = _subject_after_colon(content_toks, head, src)
    content_toks = _without_clause_joined_before(content_toks, src, head)
    content_toks = _without_time_of_saying(content_toks, cue)
    content_toks = _without_scene_after(content_toks, head)
    content_toks = _without_others_saying(head, content_toks)
    framing = [c for c in head.children if _saying_frame(c)]
    if framing:  # "He said in the second count, Reed told police ...": not the frame's words
        framed = {t.i for c in framing for t in c.subtree} | {c.right_edge.i + 1 for c in framing}
        content_toks = _trim([t for t in content_toks if t.i not in framed])
    if head.text == ":" and (
        _dateline(head, content_toks, floor, opening=offset <= OPENING_REACH)
        or _unnamed_label(head, floor)
        or _credit_line(head)
        or _bracketed_credit(head, content_toks)
    ):
        return None
    if _only_agent(head, content_toks) or _no_message(head, content_toks) or _says_nothing(content_toks):
        return None
    if _advised(head) or _labelled_in_headline(head):
        return None
    if tagged_content and all(t.tag_ == "RB" for t in tagged_content) and _says_nothing(tagged_content):
        return None  # "... or never spoken at all": whatever the rules after the tagger made of it
    src = _shared_subject(head, _name_before_description(head, _subject_after_comma(head, src)))
    src, content_toks = _description_set_before(head, src, content_toks)
    source, unnamed = _tagged_source(doc, head, cue, src, content_toks, offset, floor)
    if not src and source is not None and source.spans and source.spans[0][0] > head.idx + offset:
        # a speaker found after an inverted cue (`_name_after_cue`): what follows the name is no part of what was said
        kept = _trim([t for t in content_toks if t.i < head.i or inside_quotes(t, offset, quotes)])
        content_toks = kept or content_toks
    if source is not None and source.spans:
        content_toks = _without_speaker_phrase(content_toks, head, source.spans[0][0] - offset)
    doer = _agent_hung_on_as(head)
    if source is not None and doer is not None and any(s <= doer.idx + offset < e for s, e in source.spans):
        content_toks = _called_as(head, doer) or content_toks  # "was branded as a liar by the union"
    if _reportedly_done(head, cue):
        source, unnamed = None, True
        content_toks = _hearsay_clause(cue, floor) or content_toks
    if source is not None and _appearance(head) and _inside_what_seems(head, source, offset):
        return None  # "A road between Kestrel and Tomas Vell's farm appeared to sag": no one said it
    quoted = _quoted_as_saying(head, cue)
    via = None
    if quoted is not None:  # "Reuters quoted the minister as saying ...": the minister speaks
        speaker, saying = quoted
        named = list(speaker.subtree)
        passed = {t.i for t in named} | {saying.i, saying.head.i}
        content_toks = _trim([t for t in content_toks if t.i not in passed])
        if not content_toks:
            return None
        via = source
        source = _mention_of(named, offset, saying.lemma_.lower())
        cue = sorted([*cue, saying.head, saying], key=lambda t: t.i)
    named = (
        _named_after_according(cue, content_toks)
        if source is not None and source.spans and not source.plural and source.head_lemma.lower() in person_nouns()
        else None
    )
    if source is not None and named is not None:  # "According to the fire service's spokesman, Tom Reed, ..."
        name, content_toks = named
        doc = name[0].doc
        first = next((t.i for t in doc if t.idx + offset >= source.spans[0][0]), name[0].i)
        source = _mention_of(list(doc[first : name[-1].i + 1]), offset, "say")  # the role and the name
    masthead = _masthead_end(cue, content_toks, source, offset)
    if source is not None and masthead is not None:  # "According to Riverton Today, ...": the paper's whole name
        doc = masthead.doc
        first = next((t.i for t in doc if t.idx + offset >= source.spans[0][0]), masthead.i)
        source = _mention_of(list(doc[first : masthead.i + 1]), offset, "say")
        content_toks = _trim(content_toks[1:])
        if not content_toks:
            return None
    if source is not None and _the_reader(_root(cue).sent, source.text):
        return None
    own = source is None and not unnamed and _appearance(head)
    if source is None and not unnamed and not own or _put_to_subject(head) or _aim_of_noun(head):
        return None
    if _in_question_put(head):
        return None
    if _name_it_goes_by(head, content_toks):
        return None  # "the strait Kestria calls the Northern Channel": a name, no claim
    if _what_it_calls(head):  # "what he calls corruption": the name he gives is what he says
        content_toks = _name_given(head, content_toks)
        if not content_toks:
            return None
    then = _second_act(head, content_toks, offset, quotes)
    if then is not None:  # the speaker's next act is a cue of its own (attributions_in makes it one)
        content_toks = _trim([t for t in content_toks if t.i < _conjoined_from(then, content_toks)])
        if not content_toks:
            return None
    content_toks = _before_conjunct_speaker(content_toks, offset, quotes)
    if not content_toks:
        return None
    if source is not None:  # what names the speaker is no part of what they say
        spoken = [t for t in content_toks if not any(s <= t.idx + offset < e for s, e in source.spans)]
        if len(spoken) < len(content_toks):
            content_toks = _trim(spoken)
            if not content_toks or _says_nothing(content_toks):
                return None  # "an assertion by the union": "by" left of what the tagger gave
        content_toks = _said_after(content_toks, source, head, offset)
        content_toks = _without_speakers_description(content_toks, source, offset)
        content_toks = _without_title_before(content_toks, source, head, offset)
    content_toks = _quote_before_cue(head, content_toks, offset, quotes)
    content_toks = _quote_told(head, content_toks, offset, quotes) or content_toks
    content_toks = _subject_hung_on_cue(head, content_toks, source, offset)
    content_toks = _before_next_speaker(head, content_toks, offset, quotes)
    content_toks = _without_addressee(head, content_toks)
    content_toks = _after_addressee(head, content_toks)
    content_toks = _without_hearer(head, content_toks)
    content_toks = _only_the_described(head, content_toks)
    stray = [  # the marks of a wire story quoted whole (quoted_reports) are no words said
        t
        for t in content_toks
        if t.text in attribution_model.QUOTE_MARKS
        and t.i in {0, len(t.doc) - 1}
        and not any(q.start - 2 <= t.idx + offset < q.end + 2 for q in quotes)
    ]
    if stray:
        content_toks = _trim([t for t in content_toks if t not in stray])
    words = [t for t in content_toks if not t.is_punct]
    if not words or len(words) == 1 and words[0].lower_ in _PERSONAL_PRONOUNS and words[0].dep_ in SUBJECTS:
        # "she said she was worried": the tagger's "she" of "worried", who feels, is nothing said
        # ("endorsed him" is what the endorsement is of)
        return None
    quote_kind = _quote_kind(content_toks, offset, quotes)
    if quote_kind == "direct" and inside_quotes(head, offset, quotes):
        # a quoted passage that holds the attribution itself ('"The minister said the toll was 40."',
        # another outlet's text quoted whole): what was said is the clause, not the passage
        quote_kind = "indirect"
        content_toks = _trim([t for t in content_toks if t.text not in attribution_model.QUOTE_MARKS])
        if not content_toks:
            return None
    if quote_kind != "direct" and (_no_proposition(content_toks, source, offset) or _knows_what(head)):
        return None
    cue = _whole_phrases(cue)
    while content_toks and content_toks[0].i in {t.i for t in cue}:  # "respond | to requests": the cue's "to"
        content_toks = content_toks[1:]
    cue, content_toks, head = _pursued_cue(head, cue, content_toks)
    if not content_toks:
        return None
    lemma, particle = _tagged_cue_lemma(head, cue)
    cue_spans = fragments(cue, offset)
    cue_text = _spans_text(doc, cue_spans, offset)
    if lemma == "according to" and cue_text.lower() == "according to":
        cue_text = cue_text.lower()  # "According to" opening a sentence; not other words the tagger ran in
    stance, hedged = _stance_of(head, lemma, particle, content_toks, cue, direct=quote_kind == "direct")
    content_spans = fragments(content_toks, offset)
    if quote_kind == "direct":  # the content of a direct quote is what lies inside the marks
        content_toks = [t for t in content_toks if t.text not in attribution_model.QUOTE_MARKS]
        content_spans = [
            (q.start, q.end) for q in quotes if any(q.start <= t.idx + offset < q.end for t in content_toks)
        ]
    sent = head.sent
    return Attribution(
        source=source,
        cue=cue_spans,
        cue_text=cue_text,
        cue_lemma=lemma if not particle else f"{lemma} {particle}",
        stance=stance,
        content=content_spans,
        quote=quote_kind,
        sentence=(sent.start_char + offset, sent.end_char + offset),
        hedged=hedged or own,
        tokens=content_toks,
        then=then,
        via=via,
        own=own,
    )


# What a verb of appearance says how things seem ("seemed ready", "appears to have stalled",
# "seems that ...", "seemed like a rout"): not "appeared on television" or "appeared in court".
_APPEARANCE_COMPLEMENTS = {"xcomp", "acomp", "oprd", "ccomp", "attr"}


def _appearance(head) -> bool:
    """Whether a cue is a verb of appearance with what seems so and no one it seems so to ("The
    court seemed ready to rule", "It appears that the plan stalled"): the article's own
    impression, told in the narrator's voice. Not when what seems so is an act of saying ("She
    appeared to imply that ...", "seemed to blame the network"): its subject speaks."""
    return (
        head.lemma_.lower() in APPEARANCE_VERBS
        and head.pos_ in {"VERB", "AUX"}
        and any(
            c.dep_ in _APPEARANCE_COMPLEMENTS or c.dep_ == "prep" and c.lower_ in {"like", "as"} for c in head.children
        )
        and not any(c.dep_ == "xcomp" and c.lemma_.lower() in stance_rules.CUE_STANCE for c in head.children)
    )


def _inside_what_seems(head, source: Mention, offset: int) -> bool:
    """Whether the tagger's source of a verb of appearance is a word inside its subject, which
    is a thing that speaks nothing ("The road between Kestrel and the farm of Tomas Vell
    appeared to be flooded": the farm is where the road goes)."""
    subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or not source.spans or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    if subject.lemma_.lower() in person_nouns() | speaker_nouns():
        return False  # "The lawyer for Tom Reed appeared to deny it": the lawyer
    lo, hi = subject.left_edge.idx + offset, subject.right_edge.idx + len(subject.right_edge) + offset
    at = subject.idx + offset
    return all(lo <= s and e <= hi for s, e in source.spans) and not any(s <= at < e for s, e in source.spans)


PURSUING_VERBS = word_set("pursuing_verbs")
CONTINUING_VERBS = word_set("continuing_verbs")


def _pursued_cue(head, cue: list, content: list) -> tuple[list, list, Any]:
    """(cue, content, the cue's verb) of a cue that goes on with or sets about saying ("continued
    to deny that ...", "sought on Friday to refute claims that ..."): the verb after "to" is the
    cue's, its stance the claim's; the tagger may have left it at the head of the content."""
    if head.lemma_.lower() not in PURSUING_VERBS:
        return cue, content, head
    in_cue = {t.i for t in cue}
    for act in (c for c in head.children if c.dep_ == "xcomp" and c.i > head.i):
        if act.i in in_cue and is_cue_verb(act):
            return cue, content, act
    # "(on Friday) to refute claims" at the head of the content: the parser may take the verb for
    # an adjective; when the cue was said may stand before it
    k = next((n for n, t in enumerate(content[:4]) if t.lower_ == "to"), None)
    if (
        k is None
        or len(content) < k + 3
        or not all(t.ent_type_ in {"DATE", "TIME"} or t.pos_ == "ADP" for t in content[:k])
    ):
        return cue, content, head
    act = content[k + 1]
    if act.pos_ == "NOUN" or (base_form(act.lower_) or act.lemma_.lower()) not in stance_rules.CUE_STANCE:
        return cue, content, head
    return sorted([*cue, content[k], act], key=lambda t: t.i), content[k + 2 :], act


def _quoted_as_saying(verb, cue: list | None = None):
    """(speaker, "saying") of "quoted X as saying": the object of "quote" is who spoke, the
    subject only passed the words on; so too of "put out a statement quoting X as saying", the
    participle a word of the cue, "as" perhaps hung on the cue's verb. None for any other cue."""
    quoting = verb if verb.lemma_.lower() in _QUOTE_VERBS else None  # ... "cited X as saying"
    if quoting is None and cue:
        quoting = next((t for t in cue if t.lemma_.lower() in _QUOTE_VERBS and t.tag_ == "VBG"), None)
    if quoting is None:
        return None
    speaker = next((c for c in quoting.children if c.dep_ == "dobj"), None)
    as_ = next((c for q in {quoting, verb} for c in q.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    saying = as_ and next((c for c in as_.children if c.dep_ in {"pcomp", "pobj"} and c.tag_ == "VBG"), None)
    if speaker is None or saying is None or not speaks(speaker):
        return None
    return speaker, saying


# Nouns of saying whose maker "by" names ("calls by residents", "claims by the union that ...").
_BY_MADE_NOUNS = frozenset(
    "call demand plea appeal request claim allegation accusation criticism warning complaint proposal"
    " suggestion pledge promise threat assertion denial objection".split()
)
# The words that end the maker's name after "by" and open what is said: kept ("to", "that") or dropped.
_SAID_AFTER_MAKER = {"to": True, "that": True, "for": False, "against": False, "over": False, "on": False}


def _maker_after_by(noun) -> tuple[list[int], list[int]] | None:
    """(source, content) token ids for a noun of saying right before "by" and its maker ("despite
    calls by advocates and officials to extend it", "ignored calls by residents for a new
    crossing", "claims by the union that ..."), read by the words' order: the parser hangs the
    by-phrase on the verb as often as on the noun; no content where the maker ends the clause.
    None where no one speaks after "by"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _BY_MADE_NOUNS:
        return None
    doc, end = noun.doc, noun.sent.end
    if noun.i + 2 >= end or doc[noun.i + 1].lower_ != "by":
        return None
    k = noun.i + 2
    while k < end and doc[k].lower_ not in _SAID_AFTER_MAKER and not doc[k].is_punct and k - noun.i < 10:
        k += 1
    maker = [doc[i] for i in range(noun.i + 2, k)]
    if not any(_names_someone(t) for t in maker):
        return None
    if k >= end or doc[k].is_punct:
        return [t.i for t in maker], []  # "despite calls by advocates, including ...": a call for nothing said
    if doc[k].lower_ not in _SAID_AFTER_MAKER:
        return None
    start = k if _SAID_AFTER_MAKER[doc[k].lower_] else k + 1
    said = [i for i in range(start, end) if not (doc[i].is_punct and i == end - 1)]  # not the full stop
    if not said:
        return None
    return [t.i for t in maker], said


def _masthead_end(cue: list, content_toks: list, source: Mention | None, offset: int):
    """The last word of a paper's name that the parse left out of the source and the tagger put
    first in the content ("According to Riverton Today, the airline ...": "Today" as a time):
    the token, where it is a masthead's word in capitals right after the source, before a comma."""
    if source is None or not source.spans or len(content_toks) < 3 or " ".join(t.lower_ for t in cue) != "according to":
        return None
    first = content_toks[0]
    return (
        first
        if first.text.istitle()
        and first.lower_ in MASTHEAD_WORDS
        and first.idx + offset == source.spans[-1][1] + 1
        and content_toks[1].text == ","
        else None
    )


def _named_after_according(cue: list, content_toks: list) -> tuple[list, list] | None:
    """(name, content) where the words after "according to" name a role and then, set off by
    commas, the person who holds it, and the tagger began the content with the name ("According to
    the deputy spokesman of the fire service, Tom Reed, the analysis is false"): the name speaks
    (the caller checks the role is one person's: not "According to police, Tom Reed, 45, was ...")."""
    if not content_toks or " ".join(t.lower_ for t in cue) != "according to":
        return None
    run = content_toks[:5]
    end = next((k for k, t in enumerate(run) if t.text == ","), None)
    if not end or content_toks[0].doc[content_toks[0].i - 1].text != ",":
        return None
    name = run[:end]
    if (
        len(name) < 2  # a person's full name, not "According to the mayor, Riverton, a town of ..., is"
        or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ in {"", "PERSON", "ORG"} for t in name)
        or len(content_toks) < end + 4
        # "New Riverton, a town of 4,000 people, is safe": the name is the subject of what is said
        or any(t.dep_ in SUBJECTS and not any(c.dep_ in SUBJECTS and c.i != t.i for c in t.head.children) for t in name)
        or content_toks[end + 1].lower_ in {"a", "an", "the"}
    ):
        return None
    return name, _trim(content_toks[end + 1 :])


def _only_agent(head, content_toks: list) -> bool:
    """A participle opening its sentence whose content is only what acts on it ("Alarmed by the
    unrest in Nevada, the senator said ..."): a feeling of the subject, nothing said."""
    if head.tag_ != "VBN" or head.dep_ not in {"advcl", "acl"} or head.i > head.sent.root.i:
        return False
    agents = [c for c in head.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"]
    return bool(agents) and {t.i for t in content_toks} <= {t.i for a in agents for t in a.subtree}


def _subject_hung_on_cue(head, content_toks: list, source: Mention | None, offset: int) -> list:
    """A content clause with no subject after words that the parser hung on the cue: the words
    are the clause's subject ("said up to 40 of its members are involved in the action", where
    "up to 40 of its members" became a phrase of "said"). A figure's "up to" is never cut."""
    if not content_toks or content_toks[0].i <= head.i + 1:
        return content_toks
    doc = head.doc
    first = content_toks[0]
    if (
        first.lower_ == "to"
        and doc[first.i - 1].lower_ == "up"
        and first.i + 1 < len(doc)
        and doc[first.i + 1].like_num
    ):
        content_toks = [doc[first.i - 1], *content_toks]  # "up to 40": the bound is the figure's
    between = list(doc[head.i + 1 : content_toks[0].i])
    root = _root(content_toks)
    if (
        not any(t.tag_ in _FINITE_CLAUSE for t in [root, *root.children])  # a finite clause
        or root.pos_ not in {"VERB", "AUX"}
        or any(c.dep_ in SUBJECTS | {"expl"} for c in root.children)
        or _root(between).dep_ in {"dobj", "dative", "iobj", "oprd", "npadvmod", "advmod"}
        or any(t.is_punct or t.pos_ in {"VERB", "AUX", "CCONJ", "SCONJ"} or t.tag_ == "PRP" for t in between)
        or not any(t.pos_ in {"NOUN", "PROPN", "NUM"} for t in between)
        or source is not None
        and any(s <= t.idx + offset < e for s, e in source.spans for t in between)
    ):
        return content_toks
    return between + content_toks


def _quote_before_cue(head, content_toks: list, offset: int, quotes: list[Quote]) -> list:
    """A quotation before its cue is what was said: words after the cue that hang on a
    participle of it ("“...,” she told a local station, summarizing the version of events
    circulating in the crowd") are the reporter's, and are cut; words in quotation marks after
    the cue go on with the quotation."""
    before = [t for t in content_toks if t.i < head.i]
    after = [t for t in content_toks if t.i > head.i]
    marks = [k for k, t in enumerate(before) if t.text in attribution_model.QUOTE_MARKS]
    if not marks or not after or any(inside_quotes(t, offset, quotes) for t in after):
        return content_toks
    said, between = before[: marks[-1] + 1], before[marks[-1] + 1 :]
    inner = {t.i for t in between}
    if not all(_hangs_on(t, head, SUBJECTS) for t in between) and (
        len(between) > 3 or any(c.i not in inner for t in between for c in t.children)
    ):
        return content_toks  # a clause of its own between the quotation and the cue
    if all(_hangs_on(t, head, {"advcl"}) for t in after):
        return said  # and a word of the speaker's description the tagger put there ("protester")
    return content_toks


def _quote_told(head, content_toks: list, offset: int, quotes: list[Quote]) -> list:
    """The quotation before "told" where the tagger took only whom it was told to ('"The road
    was shut," a driver, who gave his name as Olu, told The Ledger'). Empty otherwise."""
    if head.lemma_.lower() != "tell" or not content_toks:
        return []
    whom = [c for c in head.children if c.dep_ in {"dobj", "dative"}]
    told = {t.i for c in whom for t in c.subtree}
    if not told or not all(t.i in told or t.is_punct for t in content_toks):
        return []
    sent = head.sent
    start, cue = sent.start_char + offset, head.idx + offset
    q = max((q for q in quotes if start <= q.start and q.end <= cue), key=lambda q: q.end, default=None)
    if q is None:
        return []
    return [t for t in sent if q.start <= t.idx + offset < q.end]


def _hangs_on(tok, head, deps: set[str]) -> bool:
    """Whether `tok` lies under a word hung on `head` by one of `deps`."""
    return any(a.dep_ in deps and a.head.i == head.i for a in (tok, *tok.ancestors))


def _joins_word(tok) -> bool:
    """A hyphen inside a word ("91-page"), which the tokenizer splits off."""
    return tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def _name_read_as_modifier(cue: list, head):
    """A capitalised word that opens the sentence right before a finite verb cue with no
    subject, which the parser read as the verb's modifier ("Jolly said", "Early told", "Mrs
    Priestly said"): in English the word before such a verb is its subject, a name. The word,
    or None."""
    first = cue[0]
    titled = all(t.lower_.rstrip(".") in TITLES for t in first.doc[head.sent.start : first.i])
    if (
        len(cue) < 2
        or not titled  # nothing before it but a title ("Mrs")
        or first.i + 1 != head.i
        or first.tag_ not in {"RB", "JJ", "NNP"}
        or first.dep_ not in {"advmod", "npadvmod", "amod", "dep"}
        or first.is_stop  # not "Also said", "Then said"
        or not first.is_title
        or head.tag_ not in {"VBD", "VBZ"}
        or any(c.dep_ in SUBJECTS and c.lower_.rstrip(".") not in TITLES for c in head.children)
    ):
        return None
    return first


def _between_commas(tok) -> bool:
    """Whether a word's phrase stands between commas: an apposition the parser may take for a
    subject."""
    doc = tok.doc
    left, right = tok.left_edge.i, tok.right_edge.i
    return left > 0 and doc[left - 1].text == "," and right + 1 < len(doc) and doc[right + 1].text == ","


def _teller_set_off(head, floor: int) -> tuple[list[int], list[int]] | None:
    """(source, content) of "told" closing its sentence after a comma with no subject of its own,
    the parser having hung the speaker set off before it on the clause it closes ("..., killing 25
    people, a militia commander, Tom Reed, told journalists"): the noun phrase set off by commas before
    the cue, when it speaks, and the words before it; whom they told is no speaker. None otherwise."""
    doc = head.doc
    if any(c.dep_ in SUBJECTS for c in head.children) or doc[head.i - 1].text != ",":
        return None
    last = doc[head.i - 2]
    while last.dep_ != "appos" and last.head.i < last.i and last.head.right_edge.i == head.i - 2:
        last = last.head  # "..., a reporter in the area,": up from the last word to the phrase it ends
    while last.dep_ == "appos" and last.head.dep_ == "appos" and last.head.i < last.i:
        last = last.head  # "a militia commander, Tom Reed,": the first of the words that name him
    if last.dep_ != "appos" or last.head.i >= last.i or last.pos_ not in {"NOUN", "PROPN"} or not speaks(last):
        return None  # not "Reed, 58, told AFP": an age
    phrase = [t.i for t in last.subtree if not t.is_space]
    if max(phrase) != head.i - 2 or phrase[0] < 1 or doc[phrase[0] - 1].text != ",":
        return None
    named = last.head
    if last.pos_ == "NOUN" and named.pos_ == "PROPN" and named.i == phrase[0] - 2:
        # "Tom Reed, director of the trust, told ...": the name before the description, which the
        # parser made no apposition, speaks with it
        phrase = [i for i in range(named.left_edge.i, phrase[-1] + 1) if not doc[i].is_space]
    clause = [i for i in range(max(head.sent.start, floor), phrase[0] - 1) if not doc[i].is_space]
    return (phrase, clause) if clause else None


def _claim_up_to_comma(subject, head) -> bool:
    """Whether a subject the parser gave a cue is a claim that runs up to the comma before the
    cue, with a word that says something of it ("Bus fares to double next year, warns ...",
    "Theft rising, shoplifters more aggressive, warns ..."): no one's name, a claim whose verb
    a headline dropped."""
    edge = subject.right_edge.i
    if not (edge == head.i - 1 or edge == head.i - 2 and head.doc[head.i - 1].text == ","):
        return False
    return any(t.i != subject.i and (t.pos_ in {"VERB", "AUX"} or t.dep_ in {"oprd", "acomp"}) for t in subject.subtree)


def _inverted(head, floor: int) -> tuple[list[int], list[int]] | None:
    """(source, content) token indices of an inverted attribution that closes its sentence, the
    cue after a comma and the speaker after the cue ("Two men were beaten, reported The Indian
    Express."), which the parser may read as the cue's object ("reported the newspaper"): the
    noun phrase after the cue, when it speaks and nothing else follows, and the clause before
    the comma. None for any other cue."""
    doc = head.doc
    sent = head.sent
    if (
        head.tag_ not in _FINITE  # not "..., citing low growth": a participle's object is no speaker
        or head.i < 2
        or not (
            doc[head.i - 1].text == ","
            or (doc[head.i - 1].text in attribution_model.QUOTE_MARKS and doc[head.i - 2].text in {",", "?", "!"})
        )
    ):
        return None
    if head.lemma_.lower() == "tell":  # "..., a militia commander, Tom Reed, told journalists": whom he told
        return _teller_set_off(head, floor)
    after = [c for c in head.children if c.dep_ in {"dobj", "nsubj"} and c.i > head.i]
    before = [c for c in head.children if c.dep_ in SUBJECTS and c.i < head.i]
    # "Bus fares to double, warns union": a headline's claim without its verb, parsed as the subject
    headline_claim = (
        len(before) == 1
        and len(after) == 1
        and _claim_up_to_comma(before[0], head)
        and after[0].lemma_.lower() in speaker_nouns()
        and _headline(doc)
    )
    if before and not (after and all(_between_commas(c) for c in before)) and not headline_claim:
        # a subject before the cue, unless a name set off by commas ("Two shops burned in the old
        # quarter, Kestrel, late on Friday, reported residents")
        return None
    end = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
    # the speaker's next act may follow ('"...?" asked Mr. Reed, referring to the vote'): not the speaker
    acts = [
        c
        for c in head.children
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.left_edge.i > head.i and doc[c.left_edge.i - 1].text == ","
    ]
    saying = head.lemma_.lower() in stance_rules.ASSERT or head.lemma_.lower() == "ask"  # not "endorsed Cruz, urging"
    if saying and len(after) == 1 and acts and acts[0].left_edge.i - 1 == after[0].right_edge.i + 1:
        end = acts[0].left_edge.i - 1
    # a quotation split by its cue goes on after the speaker: '"The risk," said Edward Leamer, an
    # economist who ..., "is that we lose the jobs."'
    resumed = next(
        (
            k
            for k in range(head.i + 2, end)
            if doc[k].text in attribution_model.QUOTE_MARKS and doc[k - 1].text == "," and k + 1 < end
        ),
        None,
    )
    if saying and resumed is not None and doc[head.i - 1].text in attribution_model.QUOTE_MARKS:
        end = resumed - 1
    else:
        resumed = None
    tail = list(range(head.i + 1, end))
    if not (len(after) == 1 and tail == sorted(t.i for t in after[0].subtree) and speaks(after[0])) and not (
        _described_name(doc, head.i + 1, end)
    ):
        return None
    # the parser may end the sentence with the quotation ('"...?" | asked Mr. Reed'): the quotation's sentence
    start = doc[head.i - 1].sent.start if head.i == sent.start else sent.start
    clause = [i for i in range(max(start, floor), head.i) if not doc[i].is_space]
    if clause and doc[clause[-1]].text == ",":
        clause.pop()
    if (
        doc[head.i - 1].text == ","
        and not headline_claim
        and not any(doc[i].tag_ in _FINITE_CLAUSE for i in clause)
        and not any(doc[i].ent_type_ in SPEAKING_ENTITIES for i in tail)
        and not any(doc[i].pos_ == "NOUN" and doc[i].lemma_ in person_nouns() for i in tail)
    ):
        # "On Friday the director of Kalemba Hospital, Dr. Ana Ruiz, announced a suspected outbreak
        # there": a subject before the cue and its object after it, which names no one ("Too early
        # to tell, says economist Tom Reed" is inverted)
        return None
    if resumed is not None:
        clause += [i for i in range(resumed + 1, sent.end) if not doc[i].is_space]
    return (tail, clause) if len(clause) >= 3 else None


# Verbs of causing a feeling in their object ("the plan worries farmers"): the object's attitude to
# the subject, unless a clause says what the object was told ("reassured residents that ...").
_FEELING_VERBS = frozenset(
    "worry concern alarm frighten scare trouble anger upset outrage dismay disappoint delight"
    " surprise shock frustrate annoy irritate".split()
)


def _feeling_caused(head) -> bool:
    """Whether a cue is a verb of causing a feeling with an object and no clause ("Parking fee
    rise worries shop owners"): the object feels, the subject is felt."""
    return (
        head.pos_ == "VERB"
        and head.lemma_.lower() in _FEELING_VERBS
        and any(c.dep_ == "dobj" for c in head.children)
        and not any(c.dep_ in {"ccomp", "xcomp"} for c in head.children)
    )


def _what_is_felt(head):
    """What a verb of causing a feeling says is felt about: its "with" or "by" phrase ("angered
    leaders with his comments"), else its subject, unless a pronoun for a person or thing ("he
    angered leaders": what he did is not said); None then."""
    cause = next(
        (
            g
            for c in head.children
            if c.dep_ in {"prep", "agent"} and c.lower_ in {"with", "by"}
            for g in c.children
            if g.dep_ == "pobj"
        ),
        None,
    )
    if cause is not None:
        return cause
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" and subject.lower_ not in _DEMONSTRATIVES:
        return None
    return subject


def _deed_of_reported_subject(head, src: list[int]) -> bool:
    """Whether a cue the tagger found is a verb joined to a reported clause's verb, whose subject it
    shares, with no clause of its own, while the tagger gave it the reporting cue's speaker:
    "Investigators say the gang smuggled rifles and ordered the attacks" (the gang ordered, as
    the investigators say; "... and denied that he was tortured", a clause, is `_second_act`'s)."""
    verb = head.head
    if head.dep_ != "conj" or verb.dep_ != "ccomp" or not src or head.pos_ != "VERB":
        return False
    if any(c.dep_ in SUBJECTS or c.dep_ in {"ccomp", "xcomp"} for c in head.children):
        return False
    reported = [c for c in verb.children if c.dep_ in SUBJECTS]
    speakers = [c for c in verb.head.children if c.dep_ in SUBJECTS]
    if any(c.dep_ == "cc" and c.lower_ == "but" and c.i < head.i for c in verb.children):
        return False  # "said the navy had begun a search, but could not discuss the details": the speaker's

    def finite(v):  # "has championed": the tense is the auxiliary's
        return next((c for c in v.children if c.dep_ == "aux" and c.i < v.i), v).tag_

    if finite(head) == finite(verb.head) != finite(verb):
        return False  # "Vell noted that Friday would have been ... and quoted the founder": Vell quoted
    return bool(
        reported
        and reported[0].pos_ != "PRON"  # "Ruiz said she had lost twice and called it a lesson": she may speak
        and speakers
        and speakers[0].i in src
        and not set(src) & {t.i for t in reported[0].subtree}
    )


def _shared_subject(head, src: list[int]) -> list[int]:
    """The source of a cue joined to an earlier verb whose subject it shares, where the tagger took
    a word inside that subject for it ("Zorvanco, for years the biggest refiner in Norland, denied
    the claims and said ...": Zorvanco, not Norland): the earlier verb's subject whole."""
    if head.dep_ != "conj" or not src or any(c.dep_ in SUBJECTS for c in head.children):
        return src
    subjects = [c for c in head.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < head.head.i]
    if not subjects:
        return src
    start = min(c.left_edge.i for c in subjects)
    end = max(c.right_edge.i for c in subjects)
    # a word of a phrase hung on the subject ("in Norland", ", the dominant firm in Norland"), not
    # the subject itself nor the clause describing it ("an official who briefed reporters")
    hung = {t.i for c in subjects for p in c.children if p.dep_ in {"prep", "appos"} for t in p.subtree}
    if not all(i in hung for i in src) or any(i in src for i in (c.i for c in subjects)):
        return src
    doc = head.doc
    return _name_before_description(head.head, [i for i in range(start, end + 1) if not doc[i].is_space])


def _name_before_description(head, src: list[int]) -> list[int]:
    """The source run the tagger took from a description set off after a name, when the parser
    made both subjects of the cue ("Velmont, for years the biggest refiner in Norland, denied
    ..."): the name and its description, which names the speaker."""
    doc = head.doc
    subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < head.i]
    described = next((c for c in subjects if c.i in src and c.pos_ == "NOUN"), None)
    if described is None:
        return src
    name = next((c for c in subjects if c.pos_ == "PROPN" and c.right_edge.i + 1 < described.left_edge.i), None)
    if name is None or doc[name.right_edge.i + 1].text != "," or name.right_edge.i + 2 != described.left_edge.i:
        return src
    return [i for i in range(name.left_edge.i, described.right_edge.i + 1) if not doc[i].is_space]


def _description_set_before(head, src: list[int], content_toks: list) -> tuple[list[int], list]:
    """A name the tagger gave as the source whose description, set off by commas just before it,
    the parser hung on the clause before and the tagger ran into what was said ("..., the
    deputy head of the agency, Tom Reed, told Norpress"; "..., a militia commander, Tom Reed, told
    journalists"): the description joins the name. Its words are those of a noun phrase (its own
    noun a role, in the singular), back to the comma that opens it."""
    doc = head.doc
    words = [i for i in src if not doc[i].is_punct]
    if not words or not content_toks or _root([doc[i] for i in words]).pos_ != "PROPN":
        return src, content_toks  # a name, not "..., two nurses and a farmer, officials said"
    start = min(words)
    said = {t.i for t in content_toks}
    if start < 3 or doc[start - 1].text != "," or start - 2 not in said:
        return src, content_toks
    k = start - 2
    while k >= 0 and attribution_model.in_name_phrase(doc[k]) and doc[k].i >= head.sent.start:
        k -= 1
    phrase = list(doc[k + 1 : start - 1])
    # the phrase's own noun: the last before a preposition ("the deputy head of the agency")
    opened = next((n for n, t in enumerate(phrase) if t.pos_ == "ADP"), len(phrase))
    nouns = [t for t in phrase[:opened] if t.pos_ == "NOUN"]
    if (
        k < 0
        or doc[k].text != ","
        or not phrase
        or not nouns
        or any(t.pos_ == "CCONJ" for t in phrase)  # a list
        or nouns[-1].tag_ != "NN"  # one person named: not "and 10 servers, the report said"
        or nouns[-1].lemma_.lower() not in role_or_person_nouns()
        or not {t.i for t in phrase} <= said
    ):
        return src, content_toks
    kept = _trim([t for t in content_toks if t.i < k])
    if not kept or max(t.i for t in content_toks) > max(src):  # what was said goes on after the name
        return src, content_toks
    return [i for i in range(k + 1, max(src) + 1) if not doc[i].is_space], kept


def _subject_after_comma(head, src: list[int]) -> list[int]:
    """The source run the tagger took over a comma, when the parser made the words on either side
    subjects of the cue each ("..., injuring nine porters, most of them seasonal hands, rescue
    officials said"): the subject after the last comma, nearest the cue, when a common noun names it and
    the run opens inside the sentence; else the run as it is (a list of speakers opening it)."""
    doc = head.doc
    commas = [i for i in src if doc[i].text == ","]
    if not commas or _headline(doc) or min(src) <= head.sent.start or doc[min(src) - 1].text != ",":
        return src  # "Kestria, Rebels Agree to Talks", "The family, neighbours and friends demand ...": a list
    after = [i for i in src if i > commas[-1]]
    if any(doc[i].lower_ in {"and", "or"} for i in after):
        return src
    subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i in src]
    near = next((c for c in subjects if c.i in after), None)
    if (
        near is None
        or near.pos_ != "NOUN"  # not "the Taliban spokesman, Ana Ruiz,": a name after its role
        or near.left_edge.i != commas[-1] + 1  # not "companies including Acme, Velmont and Kestrel Foods", a list
        or not any(c.i < commas[-1] for c in subjects)
    ):
        return src
    return [i for i in after if i in {t.i for t in near.subtree}]


# Verbs that report when a speaker after a comma closes the sentence with them.
_APPENDED_REPORTING = frozenset({"say", "report", "tell", "add", "write", "state", "claim"})


def _reporter_appended(head, floor: int) -> tuple[list[int], list[int]] | None:
    """(source, content) token indices of a cue closing its sentence after a comma, its speaker
    before it ("Two ferries collided off Vale island, the Norpress news agency reported on
    Monday"), which the parser read as a noun in apposition to the sentence's subject with the
    cue hung on it as a describing clause: the noun phrase and the clause before the comma, when
    the noun speaks, the cue has no words of its own (no object or clause) and its phrase runs
    to the sentence's end. None otherwise."""
    doc = head.doc
    noun = head.head
    sent = head.sent
    if (
        head.dep_ != "acl"
        or head.tag_ not in {"VBD", "VBN"}
        # "a plan announced earlier", "a soldier now charged with desertion": a past participle that
        # tells what befell the noun; a reporting verb whose subject the noun can be only
        or head.lemma_.lower() not in _APPENDED_REPORTING
        or noun.dep_ != "appos"
        or noun.i > head.i
        or any(c.dep_ in {"ccomp", "dobj", "xcomp", "auxpass", "agent", "nsubj"} for c in head.children)
    ):
        return None
    start = noun.left_edge.i
    end = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
    if start < 3 or doc[start - 1].text != "," or noun.right_edge.i + 1 != end or not speaks(noun):
        return None
    clause = [i for i in range(max(sent.start, floor), start - 1) if not doc[i].is_space]
    if not any(doc[i].tag_ in _FINITE_CLAUSE or doc[i].dep_ == "ROOT" and doc[i].pos_ == "VERB" for i in clause):
        return None  # "Ana Ruiz, the director, reported on Monday": a name and its description
    source = [i for i in range(start, head.i) if not doc[i].is_space]
    return (source, clause) if len(clause) >= 3 else None


def _described_name(doc, start: int, end: int) -> bool:
    """Whether the words from start to end are a name, or a speaker named by a noun, and its
    description after a comma ("Robert Reich, who served as labor secretary"; "Jane Doe, a lawyer
    for the family"; "the woman, who like many did not want to be named"), however the parser
    hung them."""
    k = start
    while k < end and doc[k].pos_ == "PROPN":
        k += 1
    if k == start and k + 1 < end and doc[k].pos_ == "DET":  # "the woman, who like many ..."
        k += 1
        while k < end and doc[k].pos_ in {"ADJ", "NOUN"}:
            k += 1
        if doc[k - 1].pos_ != "NOUN" or not speaks(doc[k - 1]):
            return False
    return (
        k > start
        and k + 1 < end
        and doc[k].text == ","
        and (doc[k + 1].tag_ in _WH_TAGS or doc[k + 1].pos_ == "DET")
        and not any(doc[i].text in attribution_model.QUOTE_MARKS for i in range(start, end))
    )


# What may follow a cue that closes its sentence: whom it was told, when, where, how.
_CLOSING_TAIL = {"dobj", "dative", "npadvmod", "prep", "advmod", "agent"}
# Verbs whose object is whom a message was given to ("warned residents", "told a panel").
ADDRESSEE_VERBS = word_set("addressee_verbs")


def _without_addressee(head, content_toks: list) -> list:
    """A content said before its cue without the words after the cue that only say whom it was
    told and when ("The dam could fail, experts warned residents on Friday": the dam, not the
    residents, is what was said)."""
    after = {t.i for t in content_toks if t.i > head.i}
    before = [t for t in content_toks if t.i < head.i]
    if not after or not before:
        return content_toks
    # what was said before is a clause set off by a comma or a closing quotation mark
    doc = head.doc
    ends = {",", *attribution_model.QUOTE_MARKS}
    closing = before[-1].text in ends or before[-1].i + 1 < len(doc) and doc[before[-1].i + 1].text in ends
    if len(before) < 3 or not closing or not any(t.tag_ in _FINITE_CLAUSE for t in before):
        return content_toks
    told = {t.i for c in head.children if c.i > head.i and _whom_or_when(c) for t in c.subtree}
    return before if after <= told else content_toks


def _only_the_described(head, content_toks: list) -> list:
    """The content of a participle set off after a noun, with its "by" agent ("The plan, announced
    on Monday by the council, led to protests"): the noun's phrase, not what the sentence goes on
    to say of it."""
    noun = head.head
    if head.dep_ != "acl" or head.tag_ != "VBN" or noun.i >= head.i or noun.pos_ not in {"NOUN", "PROPN"}:
        return content_toks
    if not any(c.dep_ == "agent" for c in head.children) or head.doc[head.left_edge.i - 1].text != ",":
        return content_toks
    if not content_toks or not any(t.i > head.right_edge.i for t in content_toks):
        return content_toks  # the tagger's content stops at the participle's clause
    described = _trim([t for t in noun.subtree if t.i < head.left_edge.i])
    return described if any(t.pos_ in {"NOUN", "PROPN"} for t in described) else content_toks


def _without_hearer(head, content_toks: list) -> list:
    """A content without whom a passive verb of telling names as told ("Protesters were told by
    police: ...", '"Go home," they were told'): the hearers are no part of what was said."""
    if head.lemma_.lower() not in ADDRESSEE_VERBS or not any(c.dep_ == "auxpass" for c in head.children):
        return content_toks
    told = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    # people or a name, not "a different story was told by the paper", which is what was told
    if told is None or not (told.pos_ in {"PRON", "PROPN"} or _people(told)) or told.lower_ in {"it", "this", "that"}:
        return content_toks
    hearers = {t.i for t in told.subtree}
    kept = [t for t in content_toks if t.i not in hearers]
    return _trim(kept) if kept and len(kept) < len(content_toks) else content_toks


def _seen_saying(head, cue: list):
    """(the saying, the one seen or heard) where a cue runs from a passive verb of perception to
    a participle of saying ("Ruiz was heard on a microphone telling Reed ...", "was seen
    telling"): the passive's subject is the speaker, the participle the cue. Else None."""
    lemma = head.lemma_.lower()
    if lemma not in PERCEPTION_VERBS | _CAUGHT_VERBS or not any(c.dep_ == "auxpass" for c in head.children):
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    # the tagger may end the cue before the participle ("was caught saying on a phone tap")
    saying = next(
        (t for t in [*cue, *head.children] if t.dep_ == "xcomp" and t.head.i == head.i and t.tag_ == "VBG"), None
    )
    if subject is None or saying is None or not is_cue_verb(saying):
        return None
    return saying, subject


# Verbs of catching someone in the act, on tape or by ear ("was caught saying", "was filmed telling").
_CAUGHT_VERBS = frozenset("catch overhear film record tape videotape".split())


def _after_addressee(head, content_toks: list) -> list:
    """A content that opens with whom the cue told, set off by a comma ("Reed told the Gazette,
    his plan would ..."): what was said starts after the comma."""
    if not content_toks or head.lemma_.lower() not in ADDRESSEE_VERBS:
        return content_toks
    first = content_toks[0]
    told = next(
        (c for c in head.children if c.dep_ in {"dobj", "dative"} and c.left_edge.i <= first.i <= c.right_edge.i), None
    )
    if told is None or not speaks(told) or told.right_edge.i + 1 >= len(head.doc):
        return content_toks
    comma = head.doc[told.right_edge.i + 1]
    rest = [t for t in content_toks if t.i > comma.i]
    return rest if comma.text == "," and rest else content_toks


# Verbs of telling someone a fact, whose clause may follow whom without "that" ("told reporters
# he ..."); not "asked the guard what to do", a question.
_TELLING = frozenset({"tell", "inform", "warn", "assure", "remind"})


def _opens_clause(tok) -> bool:
    """Whether a word is the subject that opens a clause of its own, its verb finite ("she blamed
    ...", "the fares were ..."), the parser having hung the clause elsewhere."""
    if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.left_edge.i != tok.i and tok.left_edge.dep_ != "det":
        return False
    verb = tok.head
    return verb.tag_ in _FINITE_CLAUSE or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in _FINITE_CLAUSE for c in verb.children
    )


def _told_that(head, con: list[int]) -> list[int]:
    """What a cue of telling told, where the tagger took only whom ("A citizen told the agency
    that the fares were the same ...", a sentence whose product names the parser could not
    read): the words from the "that" right after whom to the end of the sentence. [] otherwise."""
    if head.lemma_.lower() not in ADDRESSEE_VERBS:  # "went on to warn the court ...": the telling verb
        head = next((c for c in head.children if c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in _TELLING), head)
    if not con or head.lemma_.lower() not in ADDRESSEE_VERBS:
        return []
    told = next((c for c in head.children if c.dep_ in {"dobj", "dative"} and c.i > head.i), None)
    if told is None:
        return []
    whom = {t.i for t in told.subtree}
    if not all(i in whom or head.doc[i].is_punct for i in con):
        return []
    said = next((c for c in head.children if c.dep_ == "ccomp" and c.left_edge.i > told.right_edge.i), None)
    if said is not None and head.lemma_.lower() in _TELLING:
        return [t.i for t in said.subtree]  # "told a meeting on Monday that ...", the parser's clause
    if not speaks(told):
        return []
    doc, after = head.doc, told.right_edge.i + 1
    if doc[after - 1].text == ",":
        after -= 1  # the comma after whom, which the parser may hang on the name
    if after < len(doc) and doc[after].text == ",":
        # "told Judge Ana Ruiz, when asked why he was late, that ...": a phrase set off between
        closing = next((i for i in range(after + 1, min(after + 13, told.sent.end - 1)) if doc[i].text == ","), None)
        if closing is not None and doc[closing + 1].lower_ == "that":
            after = closing + 1
    for c in sorted(head.children, key=lambda c: c.i):
        # "told the panel on Monday she ...": when, skipped
        while after < len(doc) and doc[after].text == ",":
            after += 1
        if c.left_edge.i == after and c.dep_ in {"prep", "npadvmod", "advcl"} and c.right_edge.i - c.left_edge.i < 8:
            after = c.right_edge.i + 1
    while after < len(doc) and doc[after].text == ",":
        after += 1
    clause = head.lemma_.lower() in _TELLING and _opens_clause(doc[after]) if after < len(doc) else False
    if after >= len(doc) or not (doc[after].lower_ == "that" or clause):
        return []
    end = told.sent.end - 1 if doc[told.sent.end - 1].is_punct else told.sent.end
    return [i for i in range(after, end) if not doc[i].is_space]


def _whom_or_when(child) -> bool:
    """Whether a word after a closing cue says only whom it was told, when, where or how, in
    a short phrase ("told a Senate panel Wednesday"): not "said a lot", not "distanced himself
    from interviews he gave ...", not what is feared in "voters fear the candidate"."""
    if child.dep_ not in _CLOSING_TAIL or child.right_edge.i - child.left_edge.i >= 6:
        return False
    if child.dep_ in {"dobj", "dative"}:  # "warned residents", not "fear the candidate"
        return child.head.lemma_.lower() in ADDRESSEE_VERBS and speaks(child)
    return child.dep_ != "npadvmod" or child.ent_type_ in {"DATE", "TIME"}


def _closing_cue(head, floor: int) -> tuple[list[int], list[int]] | None:
    """(source, content) token indices of a cue that closes its sentence after a comma and its
    speaker ("The man, who was pacing, refused orders to stop, police said."), when the parser
    took the clause before the comma for a second subject of the cue and the tagger found no
    content: the short noun phrase right before the cue speaks, the clause before it is said.
    None for any other cue."""
    doc = head.doc
    sent = head.sent
    end = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
    if head.tag_ not in _FINITE or any(c.dep_ == "ccomp" for c in head.children):
        return None
    # only whom it was told and when or where may follow ("..., the minister told a Senate panel Wednesday")
    after = [c for c in head.children if c.i > head.i and not c.is_punct]
    if not all(map(_whom_or_when, after)) or max((c.right_edge.i for c in after), default=head.i) + 1 != end:
        return None
    subjects = [c for c in head.children if c.dep_ == "nsubj" and c.i < head.i]
    if subjects:
        subject = subjects[-1]
        speaker = [t.i for t in subject.subtree]
    elif head.i > 0 and doc[head.i - 1].pos_ == "PROPN" and doc[head.i - 1].dep_ in {"conj", "appos"}:
        # the parser joined the speaker to the clause's last noun ("assist Kurdish fighters, Defense
        # Secretary Ann Cole told ..."): the name with the words that lead to it
        subject = doc[head.i - 1]
        speaker = [t.i for t in subject.subtree if t.i <= subject.i and t.dep_ in _LEADING | {"conj", "appos"}]
        if speaker != list(range(speaker[0], subject.i + 1)):
            return None
    else:
        return None
    # a title of many words may lead the name ("Deputy Agriculture and Fisheries Minister Tom Reed")
    if speaker[-1] + 1 != head.i or len(speaker) > 8 or not speaks(subject):
        return None
    comma = speaker[0] - 1
    if comma <= max(sent.start, floor) or doc[comma].text != ",":
        return None
    clause = [i for i in range(max(sent.start, floor), comma) if not doc[i].is_space]
    verbs = [doc[i] for i in clause if doc[i].tag_ in _FINITE_CLAUSE]  # a clause, not a setting
    return (speaker, clause) if len(clause) >= 3 and verbs else None


def _aim_of_noun(verb) -> bool:
    """A denying verb that is what a noun aims at ("an effort by Merck's lawyers to dismiss the
    lawsuit", "a bid to reject the results"): an attempt that a judge may turn back, no one's
    denial, least of all the sentence's subject's."""
    return (
        verb.dep_ == "acl"
        and verb.head.pos_ == "NOUN"
        and _takes_to(verb)
        and stance_rules.CUE_STANCE.get(verb.lemma_.lower()) in {"denies", "questions"}
    )


def _second_act(head, content_toks: list, offset: int, quotes: list[Quote]):
    """The speaker's next act, which a content runs on into: a speech verb coordinated with the
    content's verb, with no subject of its own and a clause of its own ("claimed that Irfan died
    of a heart attack, and denied that he was tortured"; "The bridge will reopen, the mayor said,
    and added ..."), when the content's subject cannot speak or a comma sets the act apart, or
    hung on any word of the content in the cue's form ("telling reporters the deal is a fraud and
    questioning ..."); not
    a verb of a quotation ("'... and tell them this is why,' she said"), which is what was said;
    or the speaker's participle the parser hung on the content (`_reporter_of_participle`).
    Its verb, or None."""
    ids = {t.i for t in content_toks}
    said = next((c for c in head.children if c.dep_ == "ccomp" and c.i in ids), None)
    for t in content_toks:
        reporter = _reporter_of_participle(t)  # cheap for any word but a participle; _inside is not
        if reporter is not None and reporter.i == head.i and not inside_quotes(t, offset, quotes):
            return t  # "said the scandal was exaggerated, saying ...": the speaker's own participle
        verb = t.head
        if (
            t.dep_ != "conj"
            or inside_quotes(t, offset, quotes)
            or verb.i not in ids
            or not (
                (verb.dep_ == "ccomp" and verb.head.i == head.i)
                or _inverted_speaker(t) is not None
                or (said is not None and t.i > head.i and _own_tense(t, head, said))
            )
            or not is_cue_verb(t)
            or any(c.dep_ in SUBJECTS for c in t.children)
            or not any(c.dep_ in {"ccomp", "xcomp"} for c in t.children)
        ):
            continue
        start = _conjoined_from(t, content_toks)
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if (
            verb.dep_ != "ccomp"
            or not subjects
            or not speaks(subjects[0])
            or any(t.doc[i].text == "," for i in range(start, t.i))
            or _own_tense(t, head, verb)
        ):
            return t
    return None


def _own_tense(act, cue, verb) -> bool:
    """Whether a verb conjoined to a content's verb is the speaker's act by its form: the cue's
    tense, not the content verb's ("insisted the firm is careful and pointed out that ...",
    "saying the data is wrong and insisting that ..."): the content's subject "is ... and
    pointed out" nothing."""
    return act.tag_ == cue.tag_ != verb.tag_ and act.tag_ in {"VBD", "VBZ", "VBP", "VBG"}


def _before_conjunct_speaker(content_toks: list, offset: int, quotes: list[Quote]) -> list:
    """A content stops before a speaker the parser hung on it as a conjunct, with a saying verb
    of its own (`_conjunct_speaker`): "and witnesses said ..." is the witnesses' attribution."""
    ids = {t.i for t in content_toks}
    for t in content_toks:
        if t.dep_ in SUBJECTS and t.head.i not in ids and not inside_quotes(t, offset, quotes):
            opener = _contrasting_speaker(t.head, ids)  # "yes, but most voters | say": the verb left out
            if opener is not None:
                return _trim([x for x in content_toks if x.i < opener])
        if t.pos_ not in {"VERB", "AUX"} or inside_quotes(t, offset, quotes):
            continue
        noun = _conjunct_speaker(t)
        if noun is not None and noun.i in ids:
            return _trim([x for x in content_toks if x.i < noun.left_edge.i - 1])
        opener = _contrasting_speaker(t, ids)
        if opener is not None:
            return _trim([x for x in content_toks if x.i < opener])
    return content_toks


def _antecedent_of_relative(head, content_toks: list) -> list:
    """A cue in a relative clause that calls its object, the relative pronoun, something ("a 5
    per cent fare rise, which a riders' group described as a snub"; "the spill, which the operator
    now calls a small leak") says it of the noun phrase before the pronoun: that phrase stands for the pronoun
    in the content."""
    if head.dep_ != "relcl" or not content_toks or content_toks[0].tag_ not in {"WDT", "WP"}:
        return content_toks
    if _name_it_goes_by(head, content_toks):
        return content_toks  # "the sea, which Kestria calls the North Basin": a name, no claim
    pronoun = content_toks[0]
    if pronoun.head.i != head.i or pronoun.dep_ not in {"dobj", "nsubjpass"} or pronoun.i < 2:
        return content_toks
    if not any(
        c.dep_ in {"oprd", "xcomp", "ccomp", "acomp"}
        or c.dep_ == "prep"
        and c.lower_ == "as"
        or c.dep_ == "dobj"
        and c.i > pronoun.i  # "which the operator now calls a small leak"
        for c in head.children
    ):
        return content_toks  # "suits that Ana Ruiz has filed": what she filed, no words said of it
    noun = head.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head.head  # "a 5 per cent rise in bus fares, which ...": the rise
    doc = head.doc
    end = pronoun.i - 1 if doc[pronoun.i - 1].text == "," else pronoun.i
    phrase = [doc[i] for i in range(noun.left_edge.i, end) if not doc[i].is_space]
    if not phrase or noun.pos_ not in {"NOUN", "PROPN"} or len(phrase) > 20:
        return content_toks
    return phrase + content_toks[1:]


def _noun_of_participle(head, content_toks: list) -> list:
    """A participle cue on a noun ("the 60-to-70 percent backing predicted by organizers",
    "the figure cited by the ministry") says the whole noun phrase before it, where the tagger
    took only part of it. So does a passive relative clause whose pronoun the tagger gave for
    content ("The memo, which was published by the Herald, ...": the memo)."""
    noun = head.head
    if noun.i > head.i or not any(c.dep_ == "agent" for c in head.children):
        return content_toks
    relative = next((c for c in head.children if c.dep_ == "nsubjpass" and c.tag_ in {"WDT", "WP"}), None)
    if head.dep_ == "relcl" and relative is not None and {t.i for t in content_toks} <= {relative.i}:
        return _trim([t for t in noun.subtree if t.i < relative.i]) or content_toks
    if head.dep_ != "acl" or head.tag_ != "VBN":
        return content_toks
    phrase = [t for t in noun.subtree if t.i < head.i]
    ids = {t.i for t in phrase}
    if not all(t.i in ids for t in content_toks):
        return content_toks
    return _trim(phrase)


def _contrasting_speaker(verb, ids: set[int]) -> int | None:
    """Where a clause opens that sets its own speaker against the content before it: a cue verb
    with a subject that speaks, coordinated by ", but" ("Farm groups said 5,000 tractors joined,
    but police disputed the number") or opened by ", while" or ", whereas" ("The mayor said the
    bridge is safe, while engineers argued that it is not"). The comma's index, or None."""
    if not is_cue_verb(verb):
        return None
    if verb.dep_ == "conj":
        opener = {"but"}
    elif verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONTRASTING for c in verb.children):
        opener = _CONTRASTING
    else:
        return None
    sibling = verb.head.i not in ids  # coordinated with the cue itself: the tagger ran on into the next act
    if sibling and not (verb.dep_ == "conj" and verb.head.i < min(ids)):
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if not subjects or subjects[0].i not in ids or not speaks(subjects[0]) or subjects[0].lower_ in {"i", "we", "you"}:
        return None
    start = subjects[0].left_edge.i
    doc = verb.doc
    if start < 2 or doc[start - 1].lower_ not in opener or doc[start - 2].text != ",":
        return None
    return start - 2


# Subordinators that set one clause against another ("..., while critics said ...").
_CONTRASTING = {"while", "whereas"}


def _conjoined_from(verb, content_toks: list) -> int:
    """The first token of a coordinated verb's conjunction ("..., and denied": the comma)."""
    ids = {t.i for t in content_toks}
    start = verb.i
    while start - 1 in ids and (verb.doc[start - 1].dep_ == "cc" or verb.doc[start - 1].is_punct):
        start -= 1
    return start


def _no_proposition(content_toks: list, source: Mention | None, offset: int) -> bool:
    """What the tagger took for the content of a cue says nothing: the source's own words
    ("with regards telling the whole truth" gives "regards" as both), a passive's agent alone
    ("continued on Sunday, sparked by the government": "by the government"), or where the
    speaker was ("Ana Ruiz reported from Riverton", a reporter's credit line). Other bare
    prepositional phrases are contents: "called for a moratorium", "believe in the people"."""
    if source is not None and all(any(s <= t.idx + offset < e for s, e in source.spans) for t in content_toks):
        return True
    root = _root(content_toks)
    where = root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.pos_ == "VERB"
    return root.dep_ == "agent" or where


def _knows_what(verb) -> bool:
    """ "What we know about the fire", "what investigators have learned so far": a verb of knowing
    whose object is the "what" that opens it, with no clause of its own, announces what follows
    and says nothing itself."""
    return (
        verb.lemma_.lower() in {"know", "learn"}
        and any(c.dep_ == "dobj" and c.lower_ == "what" and c.i < verb.i for c in verb.children)
        and not any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children)
    )


def _aimed_at_people(head, cue: list) -> bool:
    """ "Soldiers fired on marchers", "police shot at the fleeing men": a verb that no list of
    cues holds, aimed at people with "on" or "at" and with no clause or object of its own, is
    something done to them, not said (the tagger may take it for a cue)."""
    if len(cue) != 1 or head.pos_ != "VERB" or head.lemma_.lower() in stance_rules.CUE_STANCE:
        return False
    if any(c.dep_ in {"ccomp", "xcomp", "dobj"} or c.lower_ == "back" for c in head.children):
        return False  # "fired back at her critics": a retort
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"on", "at", "upon"}
        and any(
            g.dep_ == "pobj" and (g.lemma_.lower() in person_nouns() or g.ent_type_ in {"PERSON", "NORP"})
            for g in c.children
        )
        for c in head.children
    )


def _noun_read_as_verb(head) -> bool:
    """ "doubting parts of the Audit Office report the council relied on": a bare verb
    form right after a name or noun, with no subject, "to" nor auxiliary, hung on the clause as
    an adverbial or joined to a verb of another form ("has tried ... report"): the noun that
    ends the name, not a cue."""
    doc = head.doc
    return (
        head.tag_ == "VB"
        and (head.dep_ == "advcl" or head.dep_ == "conj" and head.head.tag_ in {"VBN", "VBD", "VBZ"})
        and head.i > 0
        and doc[head.i - 1].pos_ in {"PROPN", "NOUN"}
        and doc[head.i - 1].head.i != head.i
        and not any(c.dep_ in SUBJECTS | {"aux", "auxpass", "mark"} for c in head.children)
    )


# Subjects that are no one in particular: "if anyone objected", "nobody denied it".
NO_ONE = frozenset({"anyone", "anybody", "nobody", "whoever", "whomever"})


def _no_one(subject) -> bool:
    """Whether a cue's subject is no one in particular ("if anyone objected to the plan",
    "no one disputed the count", "no agency has given a count"): what it says is said by nobody."""
    return subject.lower_ in NO_ONE or any(c.lower_ == "no" and c.dep_ == "det" for c in subject.children)


def _done_not_said(head, cue: list) -> bool:
    """A tagged cue that is something done, not said: aimed at people, a motion, going on with
    an act that is no saying, or a thing aimed ("pointed the gun at him")."""
    return _aimed_at_people(head, cue) or _moved(head, cue) or _going_on_doing(head, cue) or _aimed_thing(head, cue)


def _aimed_thing(head, cue: list) -> bool:
    """ "Reed pointed the gun at him": "point" with a thing aimed and no "out" or "to" ("pointed
    out that ...", "pointed to the figures" speak), something done."""
    if head.lemma_.lower() != "point" or any(t.lower_ in {"out", "to"} for t in cue):
        return False
    if any(c.dep_ in {"prt", "ccomp"} or c.dep_ == "prep" and c.lower_ == "to" for c in head.children):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() != "finger" for c in head.children)  # "pointed fingers at" accuses


def _done_to_people(verb, content_toks: list) -> bool:
    """ "the looters were paid by a rival firm", "as shoppers were pushed by guards": a
    passive verb with people described for its subject (not a named person: "Reed was supported by
    most voters") and its doer named with "by", and no clause said in it, is something done to
    them: not said when no list of cues holds the verb, and when it is one that also hits
    ("attacked", "slammed"), where what it was given for content is only the people or words
    outside its own phrase."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    agents = [c for c in verb.children if c.dep_ == "agent"]
    patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not agents or not patients or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    if verb.lemma_.lower() in {"question", "interrogate", "quiz"} and all(
        _people(p) or p.ent_type_ == "PERSON" for p in patients
    ):
        return True  # "Reed was questioned by detectives": asked, interrogated, doubting nothing said
    if not all(_people(p) for p in patients):
        return False  # not "Reed was supported by most voters": a named person backed, endorsed, remembered
    lemma = verb.lemma_.lower()
    if lemma not in stance_rules.CUE_STANCE:
        return True
    if lemma not in stance_rules.DISPARAGING_VERBS or any(c.dep_ == "xcomp" for c in verb.children):
        return False
    named = {t.i for c in patients + agents for t in c.subtree}  # who it was done to, and by whom
    return all(t.i in named or not verb.left_edge.i <= t.i <= verb.right_edge.i for t in content_toks)


def _going_on_doing(head, cue: list) -> bool:
    """ "have continued to battle the rebels", "kept trying to flee": a verb of going on with an
    act (continuing_verbs.txt) whose act, after "to" or in "-ing", is no cue verb: something done,
    not said ("continued to deny", "kept saying" stay cues)."""
    if head.lemma_.lower() not in CONTINUING_VERBS:
        return False
    acts = [c for c in head.children if c.dep_ == "xcomp" and c.i > head.i and c.pos_ in {"VERB", "AUX"}]
    return bool(acts) and not any(is_cue_verb(a) for a in acts)


def _hearsay_clause(cue: list, floor: int) -> list:
    """What a hearsay adverb alone says is so: the whole clause of its verb, its subject and its
    auxiliaries too ("Police have reportedly raided the offices"; "the ship, which reportedly
    belongs to the church": the noun with its clause), as annotators mark it. [] for any other cue."""
    if len(cue) != 1 or cue[0].lower_ not in attribution_model.HEARSAY_ADVERBS:
        return []
    adverb = cue[0]
    verb = adverb.head
    if verb is adverb or verb.pos_ not in {"VERB", "AUX"}:
        return []
    said = verb.head if verb.dep_ in {"relcl", "acl"} and verb.head.pos_ in {"NOUN", "PROPN"} else verb
    # not a clause joined after the verb's with a subject of its own ("..., but the people did not
    # leave"; "...; the trial included ..."): the adverb says nothing of it
    joined = [
        c
        for c in verb.children
        if c.i > adverb.i
        and (c.dep_ == "parataxis" or c.dep_ == "conj" and any(g.dep_ in SUBJECTS for g in c.children))
    ]
    cut = min((c.left_edge.i for c in joined), default=None)
    sent = adverb.sent
    # nor a clause before a semicolon ("Reed noted that ...; the trial reportedly included ...")
    start = max([floor] + [t.i + 1 for t in sent if t.i < adverb.i and t.text == ";"])
    return _trim(
        [
            t
            for t in said.subtree
            if t.i != adverb.i
            and sent.start <= t.i < sent.end
            and t.i >= start
            and not t.is_space
            and (cut is None or t.i < cut)
        ]
    )


# Modals of advice or duty: what someone ought to say, not what they said.
_OUGHT = frozenset({"should", "ought", "must"})


def _advised(head) -> bool:
    """ "Drivers should question the charges", "The council must explain why": what someone is
    told they ought to say; they have said nothing ("must have said" is a guess at what was; "I
    must say", "I should add" are the speaker's own saying)."""
    auxes = [c for c in head.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"i", "we"} for c in head.children):
        return False
    return any(c.lower_ in _OUGHT for c in auxes) and not any(c.lemma_.lower() == "have" for c in auxes)


def _plural_noun(tok) -> bool:
    """Whether a noun is a plural: tagged one (an English word, not a name the tagger took for
    a plural), or the plural of a noun for a person in "-man" the tagger read as a singular ("some
    aldermen", "two congressmen")."""
    if tok.tag_ in {"NNS", "NNPS"}:
        return not _no_english_noun(tok)
    lower = tok.lower_
    return tok.tag_ == "NN" and lower.endswith("men") and lower[:-3] + "man" in person_nouns()


def _reportedly_done(head, cue: list) -> bool:
    """ "a cousin who reportedly drowned": an act said to have happened, by no one named; the one
    who did it is no speaker; a verb that takes a clause says what it found ("the regulator
    reportedly concluded that the firm had failed": the regulator's finding, as reported)."""
    if any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in head.children
    ):
        return False
    return head.lemma_.lower() not in stance_rules.CUE_STANCE and any(
        t.pos_ == "ADV" and t.lower_ in stance_rules.HEDGES for t in cue
    )


# Where a verb that is a cue only with its particle ("pushed for") moves something ("pushed them out of").
_MOTION = {"out", "into", "toward", "towards", "across", "through", "off", "away", "back", "onto"}


def _moved(head, cue: list) -> bool:
    """ "pushed the militants out of the town": a verb that is a cue only with its particle
    (particle_only_cues.txt), moving something somewhere, is no cue."""
    lemma = head.lemma_.lower()
    if len([t for t in cue if t.dep_ not in {"aux", "auxpass"}]) != 1 or lemma not in stance_rules.NEEDS_PARTICLE:
        return False
    if any((lemma, c.lower_) in stance_rules.PHRASAL for c in head.children):
        return False
    if any(c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in _MOTION for c in head.children):
        return True
    if any(c.dep_ == "auxpass" for c in head.children):
        return True  # "the calves were pushed to deeper water by rangers": moved, by whoever moved them
    # "pushed the guard against a car", "pushed the man over": something moved (not "pushed against the plan")
    return any(c.dep_ == "dobj" for c in head.children) and any(
        c.dep_ in {"prep", "prt"} and c.lower_ in _MOVED_AGAINST for c in head.children
    )


# Where a verb that is a cue only with its particle moves what it acts on ("pushed the guard against a car").
_MOVED_AGAINST = {"against", "over", "down", "up", "aside", "around"}


def _according_clause(cue: list, head, con: list[int], floor: int) -> list[int]:
    """ "..., according to witnesses": the source said all the rest of the sentence, as the parse
    rules read it (`_according_to`), where the tagger found less of it ("wounding nine" of "Troops
    fired on the march near the port, wounding nine, according to two doctors")."""
    if [t.lower_ for t in cue] != ["according", "to"]:
        return con
    phrase = {t.i for t in head.subtree}
    clause = _relative_clause_of(head)
    if clause:
        return [t.i for t in _trim([t for t in clause if t.i >= floor])]
    rest = [t.i for t in head.sent if t.i not in phrase and t.i >= floor and not t.is_space]
    counted = _counted_phrase(head, [head.doc[i] for i in rest])
    if counted:
        return [t.i for t in counted]
    kept = [t.i for t in _without_aside(head, [head.doc[i] for i in rest])]
    aside = set(rest) - set(kept)
    rest, con = kept, [i for i in con if i not in aside]
    if not con or not set(con) <= set(rest) or 2 * len(con) >= len(rest):
        return con
    return rest


def _relative_clause_of(according) -> list:
    """The clause an "according to" phrase sits in where that clause is relative ("a firm that,
    according to auditors, had overcharged three towns": the noun and its clause), or a verb joined
    to one ("a guard who fell ill and, according to his brother, was refused leave": that verb's
    words): what the source says, not the sentence around it. Else []."""
    verb = according.head
    if verb is according or verb.pos_ not in {"VERB", "AUX"}:
        return []
    top = verb
    while top.dep_ == "conj":
        top = top.head
    if top.dep_ != "relcl":
        return []
    # the noun with its clause ("a firm that, according to auditors, had overcharged ..."); of verbs
    # joined in the clause, the one the phrase is on
    said = top.head if verb is top else verb
    phrase = {t.i for t in according.subtree}
    edges = {min(phrase) - 1, max(phrase) + 1}  # the commas that set the phrase off
    return [t for t in said.subtree if not t.is_space and t.i not in phrase and not (t.i in edges and t.text == ",")]


def _without_aside(according, toks: list) -> list:
    """The words after an "according to" phrase without the description of its source set off
    by commas, where the parser hung it elsewhere ("According to Tom Reed (Class of 2019), another
    member of the board, the committee knew": not "another member of the board")."""
    end = according.right_edge.i
    if not toks or toks[0].i != end + 1 or toks[0].text != ",":
        return toks
    close = next((k for k, t in enumerate(toks[1:], 1) if t.text == ","), None)
    if close is None or close > 12 or close + 1 >= len(toks):
        return toks
    aside = toks[1:close]
    nouns = [t for t in aside if t.pos_ == "NOUN"]
    if not nouns or any(t.pos_ in {"VERB", "AUX"} for t in aside) or nouns[0].lemma_.lower() not in person_nouns():
        return toks
    if aside[0].lower_ not in {"a", "an", "another", "the", "one"} or not any(
        t.lower_ in {"of", "for", "at"} for t in aside
    ):
        return toks  # "According to police, a spokesman, Tom Hale, was hurt": what they say of him
    after = toks[close + 1 : close + 6]
    if after[0].pos_ == "PROPN" and any(t.text == "," for t in after):
        return toks  # "..., a member of the gang, Tom Hale, was hurt": the aside names the subject
    return toks[close + 1 :]


# Nouns of figures that an "according to" phrase may credit ("according to police estimates").
_ESTIMATES = word_set("figure_nouns") | {"data", "statistic", "statistics", "count", "tally", "estimation"}


def _counted_phrase(according, toks: list) -> list:
    """What an "according to" phrase of figures credits when someone else acts in the sentence:
    the noun phrase the figure is said of ("Tom Reed praised the club before a match that drew
    40,000 fans, according to police estimates": the match that drew 40,000, not what Reed
    did). The words, or [] where the figure is the sentence's own."""
    to = next((c for c in according.children if c.lower_ == "to"), None)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if pobj is None or pobj.lemma_.lower() not in _ESTIMATES and pobj.lower_ not in _ESTIMATES:
        return []
    figures = [t for t in toks if t.like_num or t.ent_type_ in {"CARDINAL", "QUANTITY", "PERCENT", "MONEY"}]
    figures += [t for t in toks if t.lower_ in {"thousands", "hundreds", "dozens", "millions"}]
    clauses = {next((a for a in (t, *t.ancestors) if a.dep_ == "relcl"), None) for t in figures}
    if len(clauses) != 1:
        return []
    clause = clauses.pop()
    if clause is None:
        return []
    root = according.sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.ent_type_ == "PERSON" or subject.lower_ in {"he", "she", "they"}):
        return []
    ids = {t.i for t in toks}
    return _trim([t for t in clause.head.subtree if t.i in ids])


def _without_strays(doc, con: list[int], head) -> list[int]:
    """The tagger's content without a few words before the cue, apart from the rest of it after
    the cue, that belong to another verb's clause ("price to" of "raised the price to 40 cents, the
    firm sent out a note quoting ..."), or a lone word of no meaning there or after the cue; not the
    opening of a quotation split by its cue ('"We," he said, "will win"': "We" is the subject of
    "win")."""
    if len(con) >= 2 and con[-2] < head.i < con[-1] and doc[con[-1]].pos_ in {"ADP", "DET", "PART", "CCONJ", "PUNCT"}:
        con = con[:-1]  # '"...," Reed told staff, a copy of which ...': a lone "of" after the cue
    if len(con) < 2 or con[0] > head.i:
        return con
    k = next((n for n in range(1, len(con)) if con[n] - con[n - 1] > 1), None)
    if k is None or k > 3 or con[k] < head.i:
        return con
    run, rest = con[:k], set(con[k:])
    if k == 1 and doc[run[0]].pos_ in {"VERB", "AUX"} and not any(c.i in rest for c in doc[run[0]].children):
        # "Kestrel saw record rain ..., so the agency is expecting floods": "saw" alone, of no clause said
        return con[1:]
    if {a.i for a in head.ancestors} & set(run) or not any(doc[i].pos_ in {"VERB", "AUX"} for i in rest):
        return con  # "The tannery, which was accused of ...": the noun the cue's clause describes; no clause after
    if k == 1 and doc[run[0]].pos_ in {"ADP", "DET", "PART", "CCONJ", "PUNCT"}:
        return con[1:]  # a lone "the", "to" or quotation mark
    verbs = set()
    for i in run:
        tok = doc[i]
        if tok.pos_ in {"VERB", "AUX"} or tok.is_quote:
            return con
        owner = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if owner is None or owner.i in rest or owner.i == head.i:
            return con
        verbs.add(owner.i)
    return con[k:] if len(verbs) == 1 else con


def _tagged_content(doc, head, cue_set: set[int], con: list[int], offset: int, quotes: list[Quote]) -> list | None:
    """The content tokens of a tagged attribution: the tagger's tokens with small gaps filled,
    a clause cut short carried on, kept to the cue's side of a semicolon, punctuation trimmed
    at the edges (quotation marks kept). None when no word is left."""
    sent_of = attribution_model.Parse.of(doc).sent
    filled = _fill_gaps(_without_strays(doc, sorted(con), head), cue_set, sent_of)
    after = [i for i in filled if i > head.i]
    last_cue = max(cue_set | {head.i})
    if after and filled[0] < head.i and last_cue + 1 in filled and doc[last_cue + 1].dep_ == "mark":
        filled = [i for i in filled if i > last_cue]  # "pointed out that ...": what comes before is another's
        after = filled
    if after and all(doc[i].dep_ == "cc" or doc[i].is_punct for i in after):
        filled = [i for i in filled if i < head.i]  # ", Castillo said, but added": "but" opens the next act
    if filled and filled[-1] > head.i:
        filled = _phrase_tail(doc, head, filled, cue_set, sent_of)
    elif filled and _before_comma(doc, filled, head):
        filled = _phrase_tail(doc, head, filled, cue_set, sent_of, before=True)
    if filled:
        filled = _unfinished_phrase(doc, filled, cue_set, sent_of)
        filled = _set_at(doc, head, filled)
    if filled and filled[0] > head.i:
        filled = _whole_clause(doc, head, filled, cue_set, sent_of)
        filled = _orphan_predicate(doc, filled, cue_set, sent_of)
        filled = _raised_object(doc, filled, cue_set)
        filled = _past_circumstance(doc, head, filled, cue_set)
    content_toks = [doc[i] for i in filled if not doc[i].is_space]
    content_toks = _own_clause(head, content_toks, offset, quotes)
    while content_toks and content_toks[0].is_punct and content_toks[0].text not in "\"“'‘":
        content_toks.pop(0)
    if (
        len(content_toks) > 2
        and content_toks[0].i == last_cue + 1
        and content_toks[0].pos_ == "ADV"
        and content_toks[1].lower_ == "that"
        and content_toks[1].dep_ == "mark"
    ):
        content_toks.pop(0)  # "said earlier that ...": when it was said, no part of what
    while content_toks and (
        _closing_punct(content_toks[-1]) and content_toks[-1].text not in "\"”'’" or content_toks[-1].dep_ == "cc"
    ):
        content_toks.pop()  # "the bridge would open in May and": the next speaker's clause opens on "and"
    if not content_toks or all(t.is_punct for t in content_toks):
        return None
    if all(t.ent_type_ in {"DATE", "TIME"} or t.is_punct or t.pos_ == "ADP" for t in content_toks):
        return None  # "put out a statement on March 3, saying ...": when, not what
    return content_toks


def _fill_gaps(con: list[int], cue_set: set[int], sent_of) -> list[int]:
    """Sorted content token ids with gaps of up to CONTENT_GAP tokens filled, inside one
    sentence and never across the cue: the tagger may miss a word."""
    filled: list[int] = []
    for i in con:
        if (
            filled
            and 1 < i - filled[-1] <= CONTENT_GAP + 1
            and not cue_set & set(range(filled[-1] + 1, i))
            and sent_of[i] == sent_of[filled[-1]]
        ):
            filled.extend(range(filled[-1] + 1, i))
        filled.append(i)
    return filled


def _before_comma(doc, filled: list[int], head) -> bool:
    """Whether a content lies wholly before its cue in a clause the cue's sentence closes with
    a comma and its speaker ("The bridge will reopen in May, the mayor said")."""
    return filled[-1] < head.i and any(doc[i].text == "," for i in range(filled[-1] + 1, head.i))


def _phrase_tail(doc, head, filled: list[int], cue_set: set[int], sent_of, before: bool = False) -> list[int]:
    """The tagger may stop a clause short ("intervene in the situation faced by", "The bridge
    will reopen in [May], the mayor said"): content after the cue, or `before` it, ends where the
    phrase it stops in ends (before any punctuation, at most CONTENT_TAIL tokens on, inside the
    sentence, never over the cue)."""
    side = [doc[i] for i in filled if (i < head.i if before else i > head.i)]
    tail = range(filled[-1] + 1, _root(side).right_edge.i + 1)
    tail = range(tail.start, next((i for i in tail if doc[i].is_punct), tail.stop))
    if 0 < len(tail) <= CONTENT_TAIL and not cue_set & set(tail) and sent_of[tail[-1]] == sent_of[filled[-1]]:
        return filled + list(tail)
    return filled


def _unfinished_phrase(doc, filled: list[int], cue_set: set[int], sent_of) -> list[int]:
    """A content the tagger stopped inside a phrase, on a preposition or on a word that modifies
    a noun after it ("asked the board to look into shortages at", "to look into staff"),
    takes the preposition's object or the noun, with the words between ("at Lincoln High
    School", "staff shortages"), not what hangs after them (a clause of its own may be
    another speaker's)."""
    for _ in range(3):
        last = doc[filled[-1]]
        if last.dep_ == "prep" and last.pos_ == "ADP":
            end = next((c for c in last.children if c.dep_ == "pobj" and c.i > last.i), None)
        elif last.dep_ in {"compound", "amod", "det", "nummod", "poss"} and last.head.i > last.i:
            end = last.head
        else:
            return filled
        if end is None:
            return filled
        tail = range(last.i + 1, end.i + 1)
        if len(tail) > CONTENT_TAIL or cue_set & set(tail) or sent_of[end.i] != sent_of[last.i]:
            return filled
        if any(doc[i].is_punct and doc[i].text != "-" for i in tail):
            return filled
        filled = filled + list(tail)
    return filled


def _set_at(doc, head, filled: list[int]) -> list[int]:
    """ "estimated the march at about 3,000": a verb that sets something at a figure, the
    content stopped before the figure, takes it ("at about 3,000")."""
    if head.lemma_.lower() not in SETTING_VERBS or filled[-1] < head.i:
        return filled
    at = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "at" and c.i == filled[-1] + 1), None)
    if at is None or not any(t.like_num for t in at.subtree):
        return filled
    return filled + list(range(at.i, at.right_edge.i + 1))


def _past_circumstance(doc, head, filled: list[int], cue_set: set[int]) -> list[int]:
    """A content after its cue opens on the cue's clause, not on a phrase of where or to whom
    it was said that the tagger took with it ("claimed in his rebuttal that ...": "his rebuttal"
    is no part of the claim). The phrase is dropped when a clause of the cue's follows it."""
    preps = [c for c in head.children if c.dep_ == "prep" and c.i > head.i and c.i not in cue_set and _setting(c)]
    if head.lemma_.lower() in ADDRESSEE_VERBS:  # "told the “Evening Hour” that ...": whom, not what
        preps += [c for c in head.children if c.dep_ in {"dobj", "dative"} and c.i > head.i]
    if not preps:
        return filled
    phrase = {t.i for p in preps for t in p.subtree} - _told_clauses(preps)
    if filled[0] not in phrase:
        return filled
    rest = [i for i in filled if i not in phrase]
    if not rest or rest[0] < max(phrase) or doc[rest[0]].dep_ != "mark":
        return filled
    clause = doc[rest[0]].head
    if clause.dep_ == "ccomp" and clause.head.i == head.i:
        return rest
    # "notified the refinery that its flare ...": the parser hung what was said on whom it was told
    told = clause.head
    return (
        rest
        if clause.dep_ in {"acl", "relcl"} and told.dep_ in {"dobj", "dative"} and told.head.i == head.i
        else filled
    )


def _told_clauses(phrases) -> set[int]:
    """The tokens of a clause opened by "that" with a subject of its own that the parser hung on
    a cue's object ("notified the refinery that its flare had broken the permit")."""
    out: set[int] = set()
    for p in phrases:
        for c in p.children:
            words = list(c.subtree)
            if (
                c.dep_ in {"acl", "relcl"}
                and words[0].lower_ == "that"
                and words[0].dep_ == "mark"
                and any(g.dep_ == "nsubj" for g in c.children)
            ):
                out |= {t.i for t in words}
    return out


# Prepositions of where, when, to whom or through what something was said ("in an interview",
# "at the briefing", "to reporters", "over the summer"); "on" only before a date or a name ("on
# Friday", "on Fox News"): "backed away on his pledge" is what was backed away from.
_SETTING_PREPOSITIONS = word_set("circumstance_prepositions") | {"over", "in", "at", "to", "via", "through"}


def _setting(prep) -> bool:
    """Whether a preposition on a cue tells where, when or to whom it was said."""
    if prep.lower_ in _SETTING_PREPOSITIONS:
        return True
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return prep.lower_ == "on" and bool(objs) and (objs[0].pos_ == "PROPN" or objs[0].ent_type_ in {"DATE", "TIME"})


def _orphan_predicate(doc, filled: list[int], cue_set: set[int], sent_of) -> list[int]:
    """A "that" clause the parser cut from its own finite verb ("explained that the crate of
    ballots being carried through the market was a spare", "was" hung elsewhere with no
    subject): the content runs on over that verb's phrase, to the sentence's end at most."""
    if doc[filled[0]].dep_ != "mark" or doc[filled[0]].lower_ != "that":
        return filled
    nxt = filled[-1] + 1
    if nxt >= len(doc) or nxt in cue_set or sent_of[nxt] != sent_of[filled[-1]]:
        return filled
    verb = doc[nxt]
    if verb.tag_ not in {"VBD", "VBZ", "VBP", "MD"} or any(c.dep_ in SUBJECTS for c in verb.children):
        return filled
    if not any(doc[i].dep_ in SUBJECTS for i in filled):
        return filled
    tail = range(nxt, verb.right_edge.i + 1)
    if cue_set & set(tail) or any(sent_of[i] != sent_of[nxt] for i in tail):
        return filled
    while tail and doc[tail[-1]].is_punct:
        tail = tail[:-1]
    return filled + list(tail)


def _raised_object(doc, filled: list[int], cue_set: set[int]) -> list[int]:
    """A content that stops on a verb whose object two verbs share, set off after them ("claims
    that the firm knew, but did not disclose, that sales were falling"): the content runs on over
    the second verb to the shared clause, to the sentence's end."""
    last = doc[filled[-1]]
    nxt = last.i + 1
    if last.pos_ != "VERB" or any(
        c.i > last.i and c.dep_ in {"dobj", "ccomp", "xcomp", "attr", "prep"} for c in last.children
    ):
        return filled
    if nxt + 1 >= len(doc) or doc[nxt].text != "," or doc[nxt + 1].lower_ not in {"but", "and", "or"}:
        return filled
    end = doc[nxt].sent.end
    shared = next((i for i in range(nxt + 2, end - 1) if doc[i].text == "," and doc[i + 1].lower_ == "that"), None)
    if shared is None or cue_set & set(range(nxt, end)):
        return filled
    tail = [i for i in range(nxt, end) if not doc[i].is_space]
    while tail and doc[tail[-1]].is_punct:
        tail.pop()
    return filled + tail


def _own_clause(head, content_toks: list, offset: int, quotes: list[Quote]) -> list:
    """A semicolon joins two clauses, each with its own speaker ("Police say X; organizers say
    Y"): an unquoted content keeps to the cue's clause."""
    dashes = [t.i for t in head.sent if t.text in {"—", "–", "--"}]
    # a semicolon between two dashes parts a list's items ("three kinds — the first, ...; the second, ... —")
    semis = [
        t.i for t in head.sent if t.text == ";" and not (any(d < t.i for d in dashes) and any(d > t.i for d in dashes))
    ]
    if not semis or any(inside_quotes(t, offset, quotes) for t in content_toks):
        return content_toks
    lo = max([s for s in semis if s < head.i], default=-1)
    hi = min([s for s in semis if s > head.i], default=len(head.doc))
    return [t for t in content_toks if lo < t.i < hi]


def _without_speakers_description(content_toks: list, source: Mention, offset: int) -> list:
    """A quotation without the words after it that describe the speaker named next ('"The dam
    held," Director of the Norland Water Board, Tom Reed said', '"It held," ferryman and
    resident Ana Ruiz said'): they are who speaks, not what."""
    if not source.spans:
        return content_toks
    start = source.spans[0][0]
    # the last mark before the name closes the quotation (another may open after the cue)
    closing = [k for k, t in enumerate(content_toks) if t.is_quote and k > 0 and t.idx + offset < start]
    if not closing:
        return content_toks
    last = closing[-1]
    after = [t for t in content_toks[last + 1 :] if t.idx + offset < start]
    rest = content_toks[last + 1 + len(after) :]
    doc = content_toks[0].doc
    if not after:
        return content_toks
    between = doc.text[after[-1].idx + len(after[-1]) : start - offset]
    if between.strip(" ,"):
        return content_toks
    if "," in between:
        described = any(t.pos_ == "PROPN" for t in after)
    else:  # '"...," postmaster and resident Ana Ruiz said': the words run into the name
        described = all(t.pos_ in _DESCRIBING_POS for t in after) and any(
            t.lemma_.lower() in person_nouns() for t in after
        )
    if not described:
        return content_toks
    if any(t.pos_ in {"VERB", "AUX"} for t in after):
        return content_toks  # 'it has "good reasons" to fight the levy, the firm said': words of its own
    return content_toks[: last + 1] + rest


_DESCRIBING_POS = frozenset({"NOUN", "PROPN", "ADJ", "CCONJ", "DET", "ADP", "PUNCT"})


def _without_title_before(content_toks: list, source: Mention, head, offset: int) -> list:
    """What was said after the cue without the words before the speaker's name, which describe
    them ("Chairman of the Riverton Port Authority (RPA) Tom Reed said an inquiry had
    begun", "Secretary of the Nurses Guild, Ana Ruiz said ...": the parser hung the title
    on no one, and it ran into the content)."""
    if not source.spans:
        return content_toks
    start = source.spans[0][0]
    before = [t for t in content_toks if t.idx + offset < start]
    after = [t for t in content_toks if t.i > head.i]
    if not before or not after or len(before) + len(after) != len(content_toks) or head.idx + offset < start:
        return content_toks
    doc = head.doc
    gap = [t for t in doc[before[-1].i + 1 : head.i] if t.idx + offset < start]
    if any(t.pos_ in {"VERB", "AUX"} or t.is_quote for t in before + gap):
        return content_toks
    # a title opens the words: "Chairman of ...", not "The first test, the agency said, was ..."
    title = before[0].text if before[0].lower_ not in {"of", "for"} else doc[max(before[0].i - 1, 0)].text
    return after if title.istitle() and title.lower().split("-")[0] in ROLE_NOUNS else content_toks


def _name_after_cue(head) -> list[list[int]]:
    """The name right after an inverted cue that the parser hung elsewhere ('"...", said Chief
    Judge Tom Reed on Monday, after the hearing ended': Reed made the subject of "ended"): the
    run of proper nouns after the cue, as one run; none otherwise."""
    doc = head.doc
    if head.tag_ not in _FINITE or head.i < 1 or not (doc[head.i - 1].text == "," or doc[head.i - 1].is_quote):
        return []
    run = []
    for t in doc[head.i + 1 :]:
        if t.pos_ != "PROPN":
            break
        run.append(t)
    if not run or run[-1].ent_type_ not in {"PERSON", "ORG"} or run[-1].head.i == head.i:
        return []
    return [[t.i for t in run]]


def _tagged_source(
    doc, head, cue: list, src: list[int], content_toks: list, offset: int, floor: int
) -> tuple[Mention | None, bool]:
    """The source of a tagged attribution: the tagger's source run nearest the cue, or else the
    noun phrase right before a verb cue; made a whole noun phrase, never the dateline, and
    never something that speaks nothing. With it, whether a missing source leaves the cue an
    attribution of an unnamed source: a passive cue's subject is what is said, not who says it
    ("the accord is expected to be ratified")."""
    if head.lower_ == "according" and any(
        t.dep_ == "pobj" and t.lemma_.lower() in ACCORDANCE
        for c in head.children
        if c.lower_ == "to"
        for t in c.children
    ):
        # "went ahead according to plan", "priced according to demand": how, not who, whatever the
        # tagger took for a source
        return None, False
    document = document_speaker(head)
    if document is not None and document.i >= floor:
        cue_ids = {t.i for t in head.subtree}
        src = [t.i for t in document.subtree if t.i not in cue_ids]  # "fight a lawsuit claiming ..."
    gerund = None if document is not None else gerund_subject(head)
    if gerund is not None and gerund.i >= floor and gerund.i not in src:
        # the tagger took the main verb's subject; "those on strike": the words that describe them too
        last = head.i - 1 if gerund.lower_ in PEOPLE_PRONOUNS else gerund.i
        src = [t.i for t in gerund.subtree if t.i <= last]
    reporter = _reporter_of_participle(head)
    subject = find_subject(reporter, floor) if reporter is not None else None
    if subject is not None and subject.i not in src:
        src = [t.i for t in subject.subtree if t.i <= subject.i]  # "said the scandal was exaggerated, saying"
    inner = _speaker_of_participle_clause(head) if subject is None else None
    if inner is not None and inner.i >= floor and inner.i not in src:
        src = [t.i for t in inner.subtree if t.i <= inner.i]  # "said Acme contested ..., arguing"
    actor = _actor_of_participle(head) if subject is None and inner is None else None
    if actor is not None and actor.i >= floor and actor.i not in src:
        # "A crowd of tenants, some of them on crutches, blocked the gates ... calling for ...,
        # local radio reported": the tenants, up to what is set off after them
        cut = next((t.i for t in actor.subtree if t.i > actor.i and t.text == ","), actor.right_edge.i + 1)
        src = [t.i for t in actor.subtree if t.i < cut]
    shared = _inverted_speaker(head)
    if shared is not None and shared.i >= floor and shared.i not in src:
        src = [t.i for t in shared.subtree]  # "..., Castillo said, but added ...": not the clause's subject
    doer = _agent_hung_on_as(head)
    if doer is not None and doer.i >= floor:
        src = [t.i for t in doer.subtree]  # "was branded as a liar by the union"
    people = _speakers_of_relative(head)
    if people is not None and people.i >= floor:
        # "Nurses at the clinic who spoke to reporters after the meeting said ...": the nurses
        src = [t.i for t in people.subtree if t.i < head.head.left_edge.i]
    opener = _subject_read_as_object(head)
    if opener is not None and opener.i >= floor and opener.i not in src:
        src = [t.i for t in opener.subtree if t.i < head.i]  # "after a panel said ...": the panel, and what follows it
    whose = next((c for i in src for c in doc[i].children if c.tag_ == "WP$" and c.dep_ == "poss"), None)
    # only a source that starts after "whose" and whose clause is not the cue's own ("Sanders,
    # whose campaign harkened back to ...": the campaign harkened)
    owner = (
        _whose_antecedent(whose) if whose is not None and min(src) > whose.i and whose.head.head.i != head.i else None
    )
    if owner is not None and owner.i >= floor:
        src = [t.i for t in owner.subtree if t.i <= owner.i]  # "Mnangagwa, whose party has held power, claimed"
    if src and all(doc[i].is_punct for i in src):
        src = []  # the tagger marked a comma: no one
    if src and all(doc[i].pos_ in {"VERB", "AUX"} and doc[i].i > head.i for i in src):
        # '"...," added an aide to Acme - which owns buses': the tagger took a verb
        # after the cue; the one the inverted cue names speaks, up to the clause about them
        named = next((c for c in head.children if c.dep_ == "dobj" and c.i > head.i and speaks(group_head(c))), None)
        src = [t.i for t in named.subtree if t.i < src[0]] if named is not None else []
    runs = (
        attribution_model._runs(src)
        or _subject_before(doc, cue, floor)
        or _shared_subject_of(head, content_toks, floor)
        or _name_after_cue(head)
    )
    if not runs:
        return None, False
    cue_set = {t.i for t in cue}
    near = min(runs, key=lambda r: min(abs(i - head.i) for i in r))
    toks = [doc[i] for i in near if not doc[i].is_space]
    # a dash, colon or semicolon ends a noun phrase: keep the part on the cue's side
    cuts = [k for k, t in enumerate(toks) if (t.text in SOURCE_BREAKS or _spaced_break(t)) and not _bracketed(toks, k)]
    if cuts:
        toks = toks[cuts[-1] + 1 :] if toks[0].i < head.i else toks[: cuts[0]]
        relative = toks[0] if toks else None
        if (
            relative is not None
            and relative.lower_ in {"which", "who", "that"}
            and relative.dep_ in SUBJECTS
            and relative.head.dep_ == "relcl"
            and relative.head.head.i < relative.i
            and relative.head.head.pos_ in {"NOUN", "PROPN"}
        ):
            # "Acme Telecom - which runs the network - said ...": not the clause set off by dashes,
            # but the name it describes
            noun = relative.head.head
            toks = [t for t in noun.subtree if t.i <= noun.i and not t.is_punct]
    # a run over a clause of its own ("X recalled sprouts after the agency said"): the speaker
    # is the noun phrase after the word that links the clauses
    links = [
        k
        for k, t in enumerate(toks)
        if (t.lower_ in CLAUSE_LINKS or t.lower_ == "as" and t.dep_ == "mark" and t.head.i == head.i)
        and (
            any(u.pos_ == "VERB" for u in toks[:k])
            or t.dep_ == "mark"
            and t.head.i == head.i
            and (
                not any(u.dep_ in SUBJECTS and u.head.i == head.i for u in toks[:k])
                # "File photo of X, as two unions have announced": the cue's subject after the link
                or any(u.dep_ in SUBJECTS and u.head.i == head.i for u in toks[k + 1 :])
            )
        )
    ]  # or the cue's own clause opens inside the run ("... against Trustee Tom Harlow after he referred to")
    relative = any(t.tag_ in {"WP", "WDT"} for t in toks)  # "Ana Ruiz, who left when he ran, says": her name
    if links and not relative and toks[0].i < head.i and links[-1] + 1 < len(toks):
        toks = toks[links[-1] + 1 :]
    toks = _after_opening_clause(toks)
    toks = _past_opening_phrase(toks, head) if toks else toks
    root = _root(toks) if toks else None
    content_ids = {t.i for t in content_toks}
    if (
        root is not None
        and root.dep_ == "appos"
        and root.head.i < root.i
        and root.head.i not in content_ids
        and root.head.dep_ not in {"dobj", "pobj"}  # "to unseat the speaker, the ruling party rejected"
    ):
        # an apposition alone is not the source: take its noun phrase from its start
        start = root.head.left_edge.i
        toks = [doc[i] for i in range(start, toks[-1].i + 1) if not doc[i].is_space and i not in cue_set]
    toks = _person_after_opening_place(toks, head) if toks else toks
    if toks and toks[0].tag_ == "POS" and toks[0].head.i < toks[0].i:  # "'s environment watchdog": whose
        toks = [doc[i] for i in range(toks[0].head.left_edge.i, toks[0].i) if not doc[i].is_space] + toks
    if toks and toks[0].dep_ == "prep" and toks[0].head.pos_ in {"NOUN", "PROPN"} and toks[0].head.i < toks[0].i:
        # the tagger may start at the preposition after the noun ("of the agency" of "the head of
        # the agency"): the noun phrase from its start
        if toks[0].head.i not in cue_set:
            toks = [doc[i] for i in range(toks[0].head.left_edge.i, toks[-1].i + 1) if not doc[i].is_space]
    if toks:
        # the tagger may start a noun phrase late ("judge" for "A New York judge")
        edge = _root(toks).left_edge.i
        lead = [doc[i] for i in range(edge, toks[0].i)]
        if 0 < len(lead) <= 6 and not any(
            t.is_punct and not _joins_word(t) or t.i in cue_set or t.tag_ in {"VBD", "VBZ", "VBP"} for t in lead
        ):
            toks = lead + toks
    if toks:
        toks = _whole_noun(toks, cue_set)
        toks = _of_whom(_through_preposition(toks, cue_set | {t.i for t in content_toks}), cue_set)
    toks = _after_quote_end([t for t in _tidy_source(toks, cue_set) if t.i >= floor])  # never the dateline
    while toks and toks[-1].is_punct:
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].tag_ == "CC" and toks[0].lower_ in {"but", "and", "or", "yet", "so"}):
        toks.pop(0)  # "— but the company says": the conjunction joins the clauses
    toks = _without_channel(toks)
    toks = _without_misread_verb(_subject_of_copula(_named_before_participle(toks), floor))
    if doer is not None and toks and _root(toks).i == doer.i:
        return _mention_of(toks, offset, head.lemma_.lower()), False  # the doer `_agent_hung_on_as` found
    if toks and (
        _passive_subject(_root(toks), head) or _subject_of_another_clause(_root(toks), head) or _believed_to_be(head)
    ):
        return None, True
    if toks and _passive_conjunct(head):
        return None, False  # "was fined and told to pay costs": an order the article gives no one for
    if toks and (
        _described_by_participle(_root(toks), head) or _thing_doing(_root(toks), head) or _superlative_recorded(head)
    ):
        return None, False
    if not toks or _no_speaker(toks, head, content_toks):
        return None, False
    return _mention_of(toks, offset, _root(toks).head.lemma_.lower()), False


def _without_misread_verb(toks: list) -> list:
    """A source run over the verb the parser read as a participle on the sentence's noun ("a
    coalition of 40 tenant groups called for rent caps ..., pointing": `_root_noun_speaker`): the
    noun phrase without that verb's clause."""
    if not toks:
        return toks
    cut = _misread_clause(_root(toks))
    return (_trim([t for t in toks if t.i not in cut]) or toks) if cut else toks


def _misread_clause(noun) -> set[int]:
    """The words of the verb clause the parser hung on a sentence's noun as a participle
    (`_root_noun_speaker`), which are no part of the noun phrase."""
    return {
        t.i
        for v in noun.subtree
        if v.dep_ == "acl" and getattr(_root_noun_speaker(v), "i", None) == noun.i
        for t in v.subtree
    }


def _named_before_participle(toks: list) -> list:
    """A source that is a body and a participle saying what befell it, in a headline's shorthand
    ("Zenith bakery accused of fraud says ...", "Riverton zoo fined over neglect says ..."): the
    body, whether the parser rooted the source on the participle or hung the participle on the
    noun; outside a headline, only a name the parser took for the participle's subject. People
    keep the participle that tells them apart ("Man charged with murder says ...")."""
    if not toks:
        return toks
    root = _root(toks)
    ids = {t.i for t in toks}
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < root.i), None)
    if root.tag_ == "VBN" and subject is not None and (_named(subject) or _headline(root.doc) and not _people(subject)):
        return [t for t in subject.subtree if t.i in ids]
    befell = next((c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == root.i + 1), None)
    if befell is not None and root.pos_ in {"NOUN", "PROPN"} and not _people(root) and _headline(root.doc):
        cut = {t.i for t in befell.subtree}
        return [t for t in toks if t.i not in cut]
    return toks


def _named(noun) -> bool:
    """Whether a noun is a name or is headed by one ("Zenith bakery")."""
    return noun.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)


def _subject_of_copula(toks: list, floor: int) -> list:
    """A source that is what a "be" or "become" says its subject is ("Ana Ruiz was the only
    minister to question the plan", "Reed became the first player to admit ..."): that subject."""
    if not toks:
        return toks
    root = _root(toks)
    verb = root.head
    if root.dep_ not in {"attr", "oprd"} or verb.lemma_.lower() not in {"be", "become", "remain"}:
        return toks
    if root.pos_ != "NOUN" or root.lemma_.lower() not in person_nouns():
        return toks  # "The candidate is Donald Reed, calling ...": the name; "a fund known for": no one
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and c.i >= floor), None)
    if subject is None or subject.tag_ in {"WP", "WDT"} or not speaks(subject):
        return toks  # "Mr. Lee, who is a golfer known for ...": no one named
    return [t for t in subject.subtree if t.i <= subject.i and not t.is_space]


def _after_opening_clause(toks: list) -> list:
    """A source run from a clause that opens the sentence, with no comma after it ("As the strike
    ended yesterday management said ..."): the speaker is the words after the clause, when they
    hold a noun, without a time before them."""
    ids = {t.i for t in toks}
    for t in toks:
        if t.tag_ not in {"VBD", "VBZ", "VBP"} or not any(c.dep_ == "mark" and c.i in ids for c in t.children):
            continue
        if not any(c.dep_ in SUBJECTS and c.i in ids for c in t.children):
            continue
        end = max(x.i for x in t.subtree)
        rest = [x for x in toks if x.i > end]
        while rest and rest[0].ent_type_ in {"DATE", "TIME"}:
            rest.pop(0)
        if any(x.pos_ in {"NOUN", "PROPN"} for x in rest):
            return rest
    return toks


def _described_reporter(head, src: list[int], con: list[int], floor: int) -> list[int] | None:
    """What a reporter closing a sentence said, where the parser hung the cue on the words that
    describe the reporter ("He rejected the reports that ..., the French news agency AFP
    reported": "AFP reported" a relative clause of "agency", which the tagger took for what was
    said): the sentence before the comma ahead of the description."""
    noun = head.head
    if head.dep_ != "relcl" or not src or noun.i >= head.i or min(src) != noun.i + 1:
        return None
    if not con or any(i > noun.i or i < noun.left_edge.i for i in con):
        return None
    comma = noun.left_edge.i - 1
    sent = head.sent
    if comma <= max(sent.start, floor) or head.doc[comma].text != ",":
        return None
    return [i for i in range(max(sent.start, floor), comma) if not head.doc[i].is_space]


# Verbs a passive participle may follow as it follows "be" ("stands accused", "remains charged").
_STATE_VERBS = {"stand", "remain", "become", "get"}


def _past_opening_phrase(toks: list, head) -> list:
    """A source run inside a phrase that opens the sentence and ends at a comma before the cue
    ("Amid Senator Reed stepping up his attacks, Finance Minister Ana Ruiz on Thursday said ..."):
    the speaker is the noun phrase between that comma and the cue, without a time after it."""
    doc = head.doc
    sent = head.sent
    opening = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    if opening is None or opening.lower_ not in _OPENING_WORDS or not opening.i < toks[0].i < head.i:
        return toks
    comma = next((t for t in doc[toks[-1].i + 1 : head.i] if t.text == ","), None)
    if comma is None or any(t.text == "," for t in doc[comma.i + 1 : head.i]):
        return toks
    rest = list(doc[comma.i + 1 : head.i])
    while rest and (rest[-1].ent_type_ in {"DATE", "TIME"} or rest[-1].pos_ in {"ADP", "ADV"} or rest[-1].is_space):
        rest.pop()  # "on Thursday", "yesterday", "also"
    if not rest or rest[-1].pos_ not in {"NOUN", "PROPN"} or any(t.pos_ in {"VERB", "AUX"} for t in rest):
        return toks
    return rest


def _person_after_opening_place(toks: list, head) -> list:
    """A tagged source inside a place the parser made the cue's subject, where the sentence opens
    on where it happens (`_person_beside_place`): the person set beside the place."""
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None or not {t.i for t in toks} <= {t.i for t in subject.subtree}:
        return toks
    person = _person_beside_place(subject, head)
    if person is None:
        return toks
    return [t for t in person.subtree if t.i <= person.i and not t.is_space and (not t.is_punct or t.text == "-")]


def _person_beside_place(subject, head):
    """The person set beside a place the parser made a cue's subject, where the sentence opens on
    where it happens ("In Tamale, Ghana, a yam seller said", "In Riverton, 49-year-old Ana
    Ruiz, a mother of three in East Vale, Kestria, recounts"): the person speaks, not the place
    nor a place in their description. None for any other subject."""
    opening = next((t for t in head.sent if not (t.is_punct or t.is_space)), None)
    if opening is None or opening.lower_ not in _PLACE_OPENERS or opening.dep_ != "prep":
        return None
    if subject.dep_ != "nsubj" or subject.ent_type_ not in {"GPE", "LOC", "FAC"} or subject.i > head.i:
        return None
    return next(
        (
            c
            for c in subject.children
            if c.dep_ == "appos"
            and c.i > subject.i
            and (c.pos_ == "PROPN" and c.ent_type_ not in {"GPE", "LOC", "FAC"} or c.lemma_.lower() in person_nouns())
        ),
        None,
    )


# Prepositions that open a sentence on where it happens ("In Tamale, ...").
_PLACE_OPENERS = frozenset({"in", "at", "from", "across", "outside", "inside", "near"})

# Words that open a phrase or a clause before the sentence's subject ("Amid the row, ...").
_OPENING_WORDS = {"amid", "amidst", "after", "despite", "following", "with", "as", "while", "before", "since", "when"}

# Words that open a clause after another ("recalled the sprouts after the agency said"): a
# speaker's name never runs over one.
CLAUSE_LINKS = {"after", "before", "when", "because", "since", "until", "while", "once", "whereas"}


# What a speaker speaks through ("in an official statement", "on Twitter" is a name, not here).
CHANNEL_NOUNS = word_set("channel_nouns")


# Prepositions of what a speaker spoke on or when ("said the club over the contract dispute",
# "said the minister after the meeting"): their phrase is no part of the speaker's name.
_OCCASION_PREPOSITIONS = word_set("circumstance_prepositions") | {"over", "regarding", "concerning"}


def _of_an_act(prep) -> bool:
    """Whether "of" takes a gerund in lower case ("of dumping waste in a canal"), a charge or a blame the
    parser hung on the noun before it, which no speaker's name holds ("the Ministry of Planning")."""
    return any(g.dep_ == "pcomp" or g.dep_ == "pobj" and g.tag_ == "VBG" and g.text.islower() for g in prep.children)


# Roles held to someone ("adviser to the president", "envoy to the UN"): "to" names whom they serve.
_ROLES_TO = frozenset("adviser advisor aide assistant ambassador envoy secretary counsel consultant heir".split())


def _without_channel(toks: list) -> list:
    """A source without the channel it spoke through, which the tagger may take into its name
    ('"...," said LNJP in an official statement' is LNJP), the matter or time it spoke on
    ("said the club over the recent contract dispute" is the club), or whom it spoke to after an
    inverted cue ('"...," said the politician to Kestrel TV')."""
    if not toks:
        return toks
    root = _root(toks)
    ids = {t.i for t in toks}
    cut: set[int] = set()
    for c in root.children:
        if c.dep_ == "prep" and c.lower_ in _OCCASION_PREPOSITIONS and c.i in ids and c.i > root.i:
            cut |= {t.i for t in c.subtree}
        if c.dep_ == "prep" and c.lower_ == "of" and c.i in ids and c.i > root.i and _of_an_act(c):
            cut |= {t.i for t in c.subtree}  # "accused by the inspectors of dumping waste": the charge
        if c.dep_ == "prep" and c.lower_ in {"in", "on", "via", "through"} and c.i in ids and c.i > root.i:
            objects = [g for g in c.children if g.dep_ == "pobj"]
            # "in a statement", "in a series of tweets"
            inner = [
                g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
            ]
            if any(o.lemma_.lower() in CHANNEL_NOUNS for o in objects + inner):
                cut |= {t.i for t in c.subtree}
        if (
            c.dep_ == "prep"
            and c.lower_ == "to"
            and c.i in ids
            and c.i > root.i
            and root.head.i < root.i
            and root.head.pos_ == "VERB"
            and root.dep_ in SUBJECTS
            and root.lemma_.lower() not in _ROLES_TO
            and any(
                g.dep_ == "pobj"
                and g.pos_ == "PROPN"
                and g.ent_type_ != "PERSON"
                and not any(_people(t) for t in g.subtree if t.pos_ == "NOUN")
                for g in c.children
            )
        ):
            cut |= {t.i for t in c.subtree}  # '"...," said the politician to Kestrel TV': whom he told
    kept = [t for t in toks if t.i not in cut]
    return kept if kept else toks


# Marks that end a quotation as tokens, and the punctuation a quoted sentence ends on before them.
_CLOSING_MARKS = set(CLOSING) | {STRAIGHT} | DOUBLED
_SPEECH_ENDS = {",", ".", "?", "!"}


def _after_quote_end(toks: list) -> list:
    """A source run that starts inside a quotation, the words it ends with taken for the
    speaker's (`"Very good reporter, this guy," Trump said`: "this guy," Trump): what follows the
    closing mark. A title quoted inside a source keeps its marks ("the “Avatar” star", "host of
    “Morning Joe,”"): its opening mark lies inside the run."""
    for k, t in enumerate(toks):
        if t.text in OPENING or t.text == "``":
            return toks
        if t.text in _CLOSING_MARKS and 0 < k < len(toks) - 1 and toks[k - 1].text in _SPEECH_ENDS:
            if t.text in {STRAIGHT, "''"} and any(x.text == t.text for x in toks[:k]):
                return toks  # a straight mark opened inside the run
            return toks[k + 1 :]
    return toks


# Arcs of the words that modify a noun from its left ("Dallas" and "based" in "the Dallas-based company").
_MODIFYING = {"compound", "npadvmod", "amod", "nmod", "poss", "case"}


def _whole_noun(toks: list, cue: set[int]) -> list:
    """The tagger may stop inside a noun phrase, on a word that modifies its noun ("Dallas" of
    "the Dallas-based company said") or its article: the source is the noun phrase up to that noun, when only
    its modifiers and hyphens lie between."""
    doc = toks[0].doc
    noun = _root(toks)
    while (noun.dep_ in _MODIFYING or noun.dep_ == "det" and noun is toks[-1]) and noun.head.i > noun.i:
        noun = noun.head  # ... or on its article ("A" of "A group of nurses")
    last = toks[-1].i
    between = range(last + 1, noun.i + 1)
    if (
        noun.i <= last
        or noun.pos_ not in {"NOUN", "PROPN"}
        or len(between) > 4
        or any(i in cue or doc[i].is_punct and doc[i].text != "-" for i in between)
    ):
        return toks
    return toks + [doc[i] for i in between]


def _through_preposition(toks: list, cue: set[int]) -> list:
    """The tagger may stop on a preposition ("A group allied with" of "A group allied with Reed,
    Terra Viva,"): the source runs on through its object's phrase, when that ends before the cue
    and holds none of the content."""
    prep = toks[-1]
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" else None
    if obj is None or obj.i <= prep.i:
        return toks
    end = obj.right_edge.i
    doc = prep.doc
    while end > obj.i and doc[end].is_punct:
        end -= 1
    tail = range(prep.i + 1, end + 1)
    if len(tail) > 8 or any(i in cue for i in tail):
        return toks
    return toks + [doc[i] for i in tail if not doc[i].is_space]


def _of_whom(toks: list, cue: set[int]) -> list:
    """A source the tagger stopped on a word for a body of people ("A group" of "A group of
    nurses urged ...", "a team" of "a team of engineers"): the people it is made of name it."""
    noun = toks[-1]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in GENERIC_BODY_WORDS | COLLECTIVE_WORDS | {"team", "panel"}:
        return toks
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1), None)
    if of is None:
        return toks
    people = next((c for c in of.children if c.dep_ == "pobj"), None)
    if people is None or people.tag_ != "NNS" or people.lemma_.lower() not in person_nouns():
        return toks
    tail = range(of.i, people.i + 1)
    if len(tail) > 4 or any(i in cue or noun.doc[i].is_punct for i in tail):
        return toks
    return toks + [noun.doc[i] for i in tail]


def _tagged_cue_lemma(head, cue: list) -> tuple[str, str | None]:
    """The lemma of a tagged cue and its particle, preposition or object ("called for",
    "cast doubt"), also a preposition the parser took for a clause's marker; "according to"
    has none."""
    if head.lower_ == "according":
        return "according to", None
    lemma = head.lemma_.lower()
    after_time = _particle_after_time(head, [head])  # "called on Tuesday for ..."
    return lemma, next(
        (
            t.lower_
            for t in cue
            if t.i > head.i
            and (
                t.dep_ in {"prt", "prep", "dobj"}
                # "calling for the Attorney General to investigate": the parser made "for" the
                # clause's marker, but it is the cue's preposition
                or t.i == head.i + 1
                and (lemma, t.lower_) in stance_rules.PHRASAL
                or after_time is not None
                and t.i == after_time.i
            )
        ),
        None,
    )


def _quote_kind(content_toks: list, offset: int, quotes: list[Quote]) -> str:
    """`direct` when every word of the content is inside quotation marks, `mixed` when some
    are, else `indirect`."""
    in_quote = [any(q.start <= t.idx + offset < q.end for q in quotes) for t in content_toks if not t.is_punct]
    return "direct" if all(in_quote) else "mixed" if any(in_quote) else "indirect"


# Nouns after "according to" that say how something went, not who said it.
ACCORDANCE = word_set("accordance_nouns")


# Words of a time stamp besides dates and numbers: "01:01 AM IST", "09:26 GMT".
_CLOCK_WORDS = frozenset("am pm a.m. p.m. ist gmt utc bst cet est edt pst pdt eat wat cat sast".split())
_TIMESTAMP_WORDS = _CLOCK_WORDS | WEEKDAYS | MONTHS


def _of_timestamp(tok) -> bool:
    """Whether a token belongs to a page's time stamp ("Friday, May 16, 2025, 07:15 AM IST")."""
    return (
        tok.ent_type_ in {"DATE", "TIME"}
        or tok.like_num
        or not tok.is_alpha
        or tok.lower_.strip(".") in _TIMESTAMP_WORDS
    )


def _no_speaker(source: list, cue, content: list) -> bool:
    """What the tagger took for a source speaks nothing: a time ("afternoon", "Tuesday"), a
    noun that a participle names ("a sweet called 'yokan'": the noun is what is called, not who
    calls)."""
    words = [t for t in source if t.is_alpha]
    if all(t.tag_ == "POS" or not any(c.isalpha() for c in t.text) for t in source):
        return True  # "Mantashe's reported admission": the tagger took the "'s" for a speaker
    root = _root(source)
    if (
        words
        and all(t.ent_type_ in {"DATE", "TIME"} and not t.like_num for t in words)
        and (root.pos_ == "NOUN" or root.lower_ in MONTHS | WEEKDAYS)
        and not any(t.lower_ == "old" for t in source)
    ):
        return True  # "approved as holiday lets by March 2030": a deadline, no agent
    if cue.dep_ == "acl" and cue.tag_ == "VBN" and cue.head.i in {t.i for t in source} and cue.lemma_.lower() in NAMING:
        return True  # "a boat called 'Sea Star'": what is named, not who names it
    if source[0].pos_ == "ADP" and source[0].dep_ == "prep" and source[0].lower_ not in {"by", "according"}:
        return True  # "in one of the biggest recall announcements": a phrase of place or part, no one
    if len(words) == 1 and root.pos_ == "ADV" and root.dep_ == "advmod" and root.head.pos_ in {"NUM", "ADJ", "DET"}:
        return True  # "Almost" of "Almost 40 nurses wrote to the board ..., asking": a word that counts, no one
    if len(words) == 1 and root.pos_ == "VERB" and root.tag_ in {"VBD", "VBZ", "VBP"} and not root.ent_type_:
        return True  # "started" of "... and started sounding horns": a verb of the sentence, no one
    if cue.text == ":" and words and words[-1].lower_ in LABELS:
        return True  # "ELECTION WATCH:", "Castro Death Watch:": a column's label, no one's words
    if cue.text == ":" and content and all(_of_timestamp(t) for t in content):
        return True  # "By Desk Reporter Updated: Friday, May 16, 2025, 07:15 AM IST": a byline's time
    if _describes_cue(source, cue):
        return True
    if (
        cue.pos_ == "NOUN"
        and len(words) == 1
        and root.dep_ == "compound"
        and root.head.i == cue.i
        and root.tag_ == "NN"
        and root.lower_.endswith("ing")
        and root.lemma_.lower() not in person_nouns() | speaker_nouns()
    ):
        return True  # "Closing arguments in ...", "opening statements": which of a trial's speeches, no one
    if _undone_gerund(cue, [root]):
        return True
    if source[0].tag_ == "VBG" and source[0].dep_ == "csubj":
        return True  # "Scrapping the levy pushed fares up": an act, no one
    if len(words) == 1 and root.dep_ == "det" and root.lower_ in _DEMONSTRATIVES:
        return True  # "These concerns mirrored the union's": which concerns, no one
    if root.pos_ == "NOUN" and root.lemma_.lower() in {"vote", "margin"}:
        return True  # "was passed by a vote of 412 to 88": a count of ballots, no one
    if _inside_what_is_meant(root, cue, content):
        return True
    head = group_head(root)
    if _owned_amount(head, cue):
        return True  # "her rent went up by £6": an amount that changed, no one who speaks
    return not speaks(head) or _object_acting(head, content)


# Verbs of an amount's change ("went up", "rose", "doubled").
_CHANGING = frozenset("rise fall increase decrease double triple soar jump climb drop surge plunge grow shrink".split())


def _owned_amount(noun, cue) -> bool:
    """A common noun owned by a pronoun whose cue is a change of amount ("her rent went up by
    £6", "his pension rose"): what someone has, which changes and says nothing (not "her lawyer
    said", nor "his campaign has argued")."""
    lemma = cue.lemma_.lower()
    changing = lemma in _CHANGING or lemma == "go" and any(c.lower_ in {"up", "down"} for c in cue.children)
    return (
        changing
        and noun.pos_ == "NOUN"
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
        and noun.lemma_.lower() not in person_nouns() | speaker_nouns()
        and not noun.ent_type_
    )


def _inside_what_is_meant(root, cue, content: list) -> bool:
    """Whether a noun cue's source lies inside the phrase that says what the cue is about, with
    its content ("broad dislike of the new zone scheme, which forced drivers into detours": the
    scheme and the drivers are what is disliked, no one who dislikes it). A phrase that
    names who holds the view ("criticism from unions", "fears among residents") is no such phrase."""
    if cue.pos_ != "NOUN" or not content:
        return False
    for prep in cue.children:
        if prep.dep_ == "prep" and prep.i > cue.i and prep.lower_ not in {"by", "from", "among", "amongst"}:
            about = {t.i for t in prep.subtree}
            if root.i in about and any(t.i in about for t in content):
                return True
    return False


def _describes_cue(source: list, cue) -> bool:
    """Whether a source is only words that describe a cue noun ("harsh public" of "harsh public
    doubts about the plan", "most common" of "the most common complaint about"): an
    adjective, quantity or determiner with no noun, name or pronoun among them, and no people
    ("Republican criticism" is the Republicans')."""
    root = _root(source)
    cue_words = {cue.i} | {t.i for t in cue.subtree if t.dep_ == "compound"}
    return (
        cue.pos_ == "NOUN"
        # "Many fear ...", the verb read as a noun; not "as many references to", a comparison
        and (
            root.lower_ not in PEOPLE_PRONOUNS | PORTIONS or any(c.lower_ in {"as", "so", "too"} for c in root.children)
        )
        and root.head.i in cue_words
        and root.dep_ in _DESCRIBING
        and not any(t.pos_ in {"NOUN", "PROPN", "PRON"} or t.ent_type_ in SPEAKING_ENTITIES for t in source)
    )


# How an adjective, quantity or determiner hangs on the noun it describes.
_DESCRIBING = {"amod", "det", "advmod", "quantmod", "nummod", "predet", "npadvmod"}


def in_title_case(doc) -> bool:
    """Whether a paragraph is a headline in Title Case ("Tsunami Death Count in Dispute"), whose
    capitals the tagger takes for a person's name: no person for a later "she" to stand for."""
    if len(doc) > 25:
        return False  # a paragraph, not a headline: its words are not looked at
    words = [t for t in doc if t.is_alpha and len(t.text) > 3]
    return len(words) >= 2 and all(t.text[0].isupper() for t in words)


def _headline(doc) -> bool:
    """Whether a paragraph reads as a headline: in Title Case, or one short line that ends on a
    word, with no full stop or closing quotation mark ("Two suspects charged over warehouse fire")."""
    if in_title_case(doc):
        return True
    words = list(islice((t for t in doc if not t.is_space), 26))  # a long paragraph's words are not looked at
    return 2 < len(words) <= 25 and words[-1].text[-1].isalnum() and len(list(doc.sents)) == 1


# What a headline's past form has when it is active: an auxiliary, an object, a clause.
_NOT_PASSIVE = {"aux", "auxpass", "dobj", "dative", "ccomp", "parataxis", "mark"}


# Verbs whose passive participle, opening a clause, tells what the sentence's subject was told
# to do ("Already told to cut waiting lists, clinics ...", "Ordered to leave, the crew ...").
_BIDDEN = frozenset({"tell", "order", "instruct", "urge", "direct", "warn", "advise"})


def _act_not_speech(verb) -> bool:
    """Whether a verb that may report speech tells an act here, with no words said: coming in to
    work, being bidden, an idiom, a weapon fired, goods found, lives or a prize claimed, a rite
    observed, a name gone by ("the Long Dry, as the drought is referred to"), people dismissed,
    an office contested, a number dialled. Both the tagger's attributions and the parse rules'
    ask it."""
    return (
        _reports_for_duty(verb)
        or _bidden_participle(verb)
        or _time_will_tell(verb)
        or _fired_shots(verb)
        or _found_goods(verb)
        or _seen_by_reader(verb)
        or _found_as(verb)
        or _credit_line_of_report(verb)
        or _claimed_lives(verb)
        or _kept_rite(verb)
        or _goes_by_name(verb)
        or _dismissed_people(verb)
        or _office_contested(verb)
        or _number_dialled(verb)
        or _in_view_of(verb)
        or _shut_or_opened(verb)
        or _said_a_rite(verb)
        or _called_an_event(verb)
        or _charged_a_price(verb)
        or _wrote_no_words(verb)
        or _stands_at_figure(verb)
        or _handed_out(verb)
        or _called_time(verb)
    )


def _handed_out(verb) -> bool:
    """Whether "issued" hands things out rather than words: to whom, with what ("issued them
    with fixed penalty notices"), or how many of them ("issued 412 parking fines", "had issued
    nearly 900 tickets"); not "issued a statement", "issued two warnings" nor "issued a tally of
    769", a figure it gives."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() != "issue" or not objects:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return all(c.pos_ == "PRON" or c.ent_type_ == "PERSON" or _people(c) for c in objects)
    return all(
        c.lemma_.lower() not in _ESTIMATES | CLAIM_NOUNS and any(n.dep_ == "nummod" and n.like_num for n in c.children)
        for c in objects
    )


def _called_time(verb) -> bool:
    """'Will call time on Friday', 'cafes are calling time', 'called time on his career': the
    idiom of closing or ending, no words said."""
    return verb.lemma_.lower() == "call" and any(
        c.dep_ == "dobj" and c.lower_ == "time" and not any(d.dep_ in {"det", "poss", "amod"} for d in c.children)
        for c in verb.children
    )


def _credit_line_of_report(verb) -> bool:
    """ "Some information for this report was provided by Norpress and KNB": whom the page
    credits, no claim of theirs."""
    if verb.lemma_.lower() not in {"provide", "contribute", "compile"}:
        return False
    given = [c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}]
    return any(
        t.lower_ in {"report", "story", "article"} and any(d.lower_ == "this" for d in t.children)
        for g in given
        for t in g.subtree
    )


def _found_as(verb) -> bool:
    """ "... was extradited and found guilty of fraud", "was found dead in his cell": one found to
    be so, no finding of words ("the jury found him guilty" is the jury's verdict)."""
    if verb.lemma_.lower() != "find" or any(c.dep_ in {"dobj", "xcomp", "nsubj"} for c in verb.children):
        return False
    passive = (
        any(c.dep_ == "auxpass" for c in verb.children)
        or verb.dep_ == "conj"
        and any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.head.children)
    )
    # "guilty" the parser may hang as a clause of its own, with no subject
    said = [c for c in verb.children if c.dep_ == "ccomp"]
    if any(c.pos_ != "ADJ" or any(g.dep_ in SUBJECTS for g in c.children) for c in said):
        return False
    return passive and any(c.dep_ in {"oprd", "acomp", "ccomp"} for c in verb.children)


def _seen_by_reader(verb) -> bool:
    """ "a letter seen by Norpress", "a copy of which was seen by the Ledger": a medium
    that read a document says nothing of its own ("the move was seen by analysts as a snub" is
    the analysts' reading)."""
    if verb.lemma_.lower() != "see" or verb.tag_ != "VBN" or not any(c.dep_ == "agent" for c in verb.children):
        return False
    # the parser may hang the sentence before "..., a copy of which was seen by ..." on it
    return not any(
        c.dep_ in {"ccomp", "xcomp", "oprd", "advcl"} and c.i > verb.i or c.dep_ == "prep" and c.lower_ == "as"
        for c in verb.children
    )


def _goods(obj, conjuncts: bool = False) -> bool:
    """Whether a verb's object names made or natural things, no record ("the drugs", "volleys of
    tear gas"): the object, the nouns "of" it takes, and with `conjuncts` those joined to them
    ("smoke and rubber bullets")."""
    things = [obj] + [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    if conjuncts:
        things += [c for t in things for c in t.conjuncts]
    return any(t.lemma_.lower() in object_nouns() and t.lemma_.lower() not in RECORDS for t in things)


def _fired_shots(verb) -> bool:
    """ "Police fired stun grenades", "troops fired rounds of rubber shot": a weapon fired, no
    words ("fired off a letter", "fired back at critics" stay)."""
    if verb.lemma_.lower() != "fire" or any(c.dep_ == "prt" for c in verb.children):
        return False
    shot = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return shot is not None and _goods(shot, conjuncts=True)


def _found_goods(verb) -> bool:
    """ "Officers found the cocaine in a crate", "they found 200 tusks": goods found, no
    finding of words ("the review found that ...", "a poll found support" stay): an object of
    things, with no clause."""
    if verb.lemma_.lower() != "find" or any(c.dep_ in {"ccomp", "xcomp", "oprd"} for c in verb.children):
        return False
    found = next((c for c in verb.children if c.dep_ == "dobj"), None)
    finder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if found is None or finder is None or group_head(finder).lemma_.lower() in RECORDS:
        return False  # "the audit found schools ... short of staff": a record's finding
    return _goods(found)


def _time_will_tell(verb) -> bool:
    """ "Time will tell whether ...", "only time will tell": an idiom, no one who tells."""
    return verb.lemma_.lower() == "tell" and any(c.dep_ == "nsubj" and c.lower_ == "time" for c in verb.children)


def _bidden_participle(verb) -> bool:
    """A participle of bidding with no auxiliary that opens a clause set off before the main
    verb and bids its own "to" clause ("Already told to cut waiting lists by half, many clinics
    filled up"): the main clause's subject was bidden, and says nothing; the bidder goes unnamed.
    So too one run straight into its "to" after its subject, a passive that drops its "were"
    ("Tenants told to leave by Friday", "Riders Told To 'Expect Delays'"): an active "told"
    or "ordered" never goes on to its "to" without whom it bids."""
    if verb.tag_ not in {"VBN", "VBD"} or verb.lemma_.lower() not in _BIDDEN:
        return False
    if any(c.dep_ in {"aux", "auxpass", "agent"} for c in verb.children):
        return False
    if verb.dep_ == "advcl" and verb.i < verb.head.i and not any(c.dep_ in SUBJECTS for c in verb.children):
        return verb.tag_ == "VBN" and any(c.dep_ == "xcomp" for c in verb.children)
    doc = verb.doc
    to = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return (
        to is not None
        and to.lower_ == "to"
        and any(t.tag_ == "VB" and t.dep_ == "xcomp" and t.head.i == verb.i for t in doc[to.i + 1 : to.i + 4])
        and any(c.dep_ in SUBJECTS and c.i < verb.i for c in verb.children)
    )


def _headline_passive(verb) -> bool:
    """A headline's participle with no auxiliary, no object and no clause: a passive that drops
    its "was" ("Teenager Charged Over School Fire", "Local Singer Eyed To Star In Musical"), said of
    its subject, who speaks nothing. A headline tells what someone does in the present ("Mayor
    Denies ..."), so a past form there is a passive's."""
    return (
        verb.tag_ in {"VBN", "VBD"}
        and not any(c.dep_ in _NOT_PASSIVE for c in verb.children)
        and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
        and _headline(verb.doc)
    )


def _labelled_in_headline(verb) -> bool:
    """A headline's past form of a verb that labels, with a quoted label for its one object
    ("Passport queues branded 'a shambles'"): the passive without its "were", said of the subject
    by someone else; a headline's own act is in the present ("Mayor brands queues 'a shambles'")."""
    if verb.tag_ not in {"VBD", "VBN"} or verb.lemma_.lower() not in stance_rules.LABELLING_VERBS | NAMING:
        return False
    if any(c.dep_ in {"aux", "auxpass", "dative", "ccomp"} for c in verb.children) or not _headline(verb.doc):
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "oprd"}]
    if len(objects) != 1 or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return False
    first = objects[0].left_edge
    marks = attribution_model.QUOTE_MARKS | {"'", "‘"}
    return first.text in marks or first.i > 0 and verb.doc[first.i - 1].text in marks


def _said_of_subject(cue) -> bool:
    """A verb with an object predicate and no object says something of its subject, which
    speaks nothing: a naming verb with one name ("the farming region called the Tierra
    Caliente", parsed as the region calling), or a verb of judgement in a headline that drops
    the passive's "was" ("Macaulay Culkin Found Dead", "Law Ruled Unconstitutional"). "called
    the study exaggerated", "called Trump a liar" and "found the man dead" say something of
    what they are done to."""
    if any(c.dep_ in {"dobj", "dative"} or c.dep_ == "ccomp" and c.i > cue.i for c in cue.children):
        return False
    named = [c for c in cue.children if c.dep_ == "oprd"]
    lemma = cue.lemma_.lower()
    return len(named) == 1 and (
        lemma in JUDGING or lemma in NAMING and (named[0].pos_ == "PROPN" or bool(named[0].ent_type_))
    )


def _object_acting(tok, content: list) -> bool:
    """A made or natural object doing something to a thing ("fighter jets attacked the house",
    "a bulldozer pushed the mound"): nobody speaks. Objects that carry words or pictures do
    ("the video shows that ..."), and so does a capitalised word, which may be a name; nor does
    one a headline says was found (`_object_found`)."""
    if not _made_object(tok) or not content:
        return False
    root = _root(content)
    # "a truck was attempting to back into an alley": what it would do, no words ("stores have
    # pledged to stop ...": a promise, which the businesses make)
    tried = root.dep_ == "xcomp" and root.head.lemma_.lower() not in stance_rules.CUE_STANCE
    return root.dep_ == "dobj" or tried or _object_found(tok, content)


def _made_object(tok) -> bool:
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and tok.text.islower() and lemma in object_nouns() and lemma not in RECORDS


def _object_found(tok, content: list) -> bool:
    """Whether a made object a headline says was found has its participle read as the content
    ("Missing jet found, all 12 aboard killed"): a participle with no subject of its own."""
    ids = {t.i for t in content}
    verbs = [t for t in content if t.pos_ in {"VERB", "AUX"}]
    return (
        _made_object(tok)
        and bool(verbs)
        and all(t.tag_ == "VBN" and t.head.i not in ids for t in verbs)
        and not any(c.dep_ in SUBJECTS for t in verbs for c in t.children)
    )


# Things that carry words or pictures (a video, a sign, a letter): the objects that do speak.
RECORDS = word_set("document_heads")
# Records that a participle's words may belong to, and court cases ("cases alleging discrimination"),
# which are no document that speaks elsewhere ("in this case").
_TELLING_RECORDS = RECORDS | {"case"}
# Verbs by which a record states its figures ("the data shows only five deaths").
SHOWING_VERBS = word_set("showing_verbs")


# Structures that no one runs under their own name, so that it never speaks ("Heathrow Airport said",
# "Kestrel Station said" name operators and stay speakers).
_STRUCTURES = frozenset(
    "bridge tunnel dam highway expressway motorway freeway bypass flyover viaduct levee dyke dike embankment weir".split()
)


def _structure(tok) -> bool:
    """Whether a noun phrase's head names a structure ("the new Riverton Bridge", a headline's
    "dam"; not "Ana Bridges", a surname)."""
    return tok.lower_ in _STRUCTURES and (tok.text.islower() or any(c.dep_ == "det" for c in tok.children))


def speaks(tok) -> bool:
    """Whether a source's head word can name someone who speaks: a name, a pronoun, or a noun
    that names a person, a group, a document or a message ("residents", "the ministry", "the
    lawsuit", "the video"); not a thing, an act or an event ("its airstrikes")."""
    share = tok.lower_ in {"percent", "cent"}  # "40 per cent said", which the model may tag a sum of money
    sum_ = tok.ent_type_ in {"MONEY", "QUANTITY"} and not share
    denied = tok.ent_type_ in {"PERCENT", "MONEY"} and any(c.dep_ == "neg" for c in tok.children)
    if tok.pos_ == "NOUN" and (sum_ or denied):  # (not "47 percent said")
        return False  # "not the 60 per cent claimed": a figure, which is said, not who says it
    if tok.pos_ == "PROPN" and tok.text in tok.doc.user_data.get(STORMS, ()):
        return False  # "Mara lashed the coast", after "Typhoon Mara"
    if _structure(tok):
        return False  # "The new Riverton Bridge opened to traffic": a structure, whatever its name
    if tok.lower_ in {"a", "an", "the"} and tok.pos_ != "PROPN" or tok.lower_ in {"n't", "n’t", "not"}:
        return False  # "A reported 40 thefts would be a record": an article, or "didn't", is no one
    if tok.lower_ in WEEKDAYS and not any(c.dep_ == "compound" for c in tok.children):
        return False  # "Rescuers take an elevator down Tuesday looking for ...": a day, no one
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in ANIMALS:
        return False  # "The dog released the boy": an animal acts, and says nothing
    if (
        tok.lower_ in WEATHER_EVENTS
        and tok.ent_type_ not in {"ORG", "PERSON"}
        and not any(c.dep_ in {"compound", "appos"} for c in tok.children)  # "Floods: Minister Tom Reed orders"
    ):
        return False  # "Blizzard slams US air travel", "a heatwave gripped the city": weather says nothing
    if tok.text[:1] in {"'", "’"} and tok.text[1:].lower() in {"ve", "re", "ll", "d", "s", "m"}:
        return False  # "those who’ve agreed", the contraction cut off its word: no one
    if tok.tag_ == "WDT" and tok.head.dep_ == "relcl" and tok.head.head.pos_ == "NOUN":
        return speaks(group_head(tok.head.head))  # "to an extent that showed ...": what "that" stands for
    if tok.pos_ != "NOUN" or tok.ent_type_ in SPEAKING_ENTITIES or _is_name(tok):
        return True
    if any(
        c.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ in {"that", "whether"} for m in c.children)
        for c in tok.children
    ):
        return False  # "their suggestion that the fossils may belong to ...": a proposition, no one
    lemma = tok.lemma_.lower()
    if lemma in SPEAKER_HEADS | PORTIONS or tok.lower_ in SPEAKER_HEADS or lemma not in thing_nouns():
        return True
    # "a senior opposition figure, Musalia Mudavadi": a name in apposition speaks
    return any(c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_ in SPEAKING_ENTITIES) for c in tok.children)


def _the_reader(sent, source: str) -> bool:
    """Whether a speaker is the "you" of a page's heading that tells the reader what follows
    ("What you need to know", "Here's what you should know", "Why you should care"): no one's
    claim. A "you" in an essay's sentences ("you might be asking ...") is left as it is, as the
    annotators mark it. Nor is the "you" of a condition a page sets its reader before bidding
    them do something ("If you wish to send us a correction, write to the editors")."""
    if source.strip().lower() != "you":
        return False
    if re.match(r"[Ii]f\s+you\b", sent.text.strip()):
        root = sent.root
        return root.tag_ == "VB" and not any(c.dep_ in SUBJECTS or c.dep_ == "aux" for c in root.children)
    # "If your train is cancelled, here's how you can claim your money back": the reader, after a condition too
    return _READER_HEADING.match(sent.text.strip()) is not None or _READER_TOLD.search(sent.text) is not None


_READER_HEADING = re.compile(r"(?:[Hh]ere[’']s\s+|[Tt]his\s+is\s+)?(?:[Ww]hat|[Ww]hy|[Hh]ow|[Ww]here|[Ww]hen)\s+you\b")
_READER_TOLD = re.compile(r"\b[Hh]ere[’']s\s+(?:what|why|how|where|when)\s+you\b")


def _subject_of_another_clause(source_root, cue) -> bool:
    """Whether the tagger gave a passive cue with a subject of its own and no agent a speaker
    from another clause ("The ferry docked safely but a review was ordered", "The mayor spoke
    and it was announced that ..."): it was said by no one named."""
    return (
        any(c.dep_ == "auxpass" for c in cue.children)
        and not any(c.dep_ == "agent" for c in cue.children)
        and cue.lemma_.lower() not in PASSIVE_SPEAKER_CUES
        and source_root.head.i != cue.i
        and any(c.dep_ == "nsubjpass" for c in cue.children)  # its own subject is what was said
    )


# Verbs of a fact coming out, whose "it" is what came out ("It emerged later that ...").
_COMING_OUT = frozenset({"emerge", "transpire"})


def _passive_subject(source_root, cue) -> bool:
    """The subject of a passive cue is what was said, not who said it ("the results were
    announced", "its airstrikes are intended to ..."); "he was quoted as saying" keeps its
    speaker, whose cue is "saying"."""
    if source_root.lower_ == "it" and source_root.dep_ == "nsubj" and cue.lemma_.lower() in _COMING_OUT:
        return source_root.head.i == cue.i  # "It transpired that ...": what came out, told by no one named
    return (
        source_root.dep_ == "nsubjpass"
        and source_root.head.i == cue.i
        and cue.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in cue.children)
        and (
            cue.lemma_.lower() not in PASSIVE_SPEAKER_CUES
            # "..., it was reported", "it is believed that ...": "it" is what was said
            or source_root.lower_ == "it"
            and not any(c.dep_ == "xcomp" for c in cue.children)
        )
    )


# Participles that report a belief about what they follow, before "to be" ("a man believed to be
# the gunman", "four men thought to be rebels").
_BELIEVED_TO_BE = frozenset(
    "thought believed said reported known considered presumed suspected understood alleged rumoured rumored feared"
    " estimated".split()
)


def _believed_to_be(cue) -> bool:
    """A participle of belief right before "to be" or "to have" with no auxiliary ("Four men
    thought to be smugglers are led ashore"), which the parser may take for the sentence's verb: it says
    what someone unnamed believes of the noun before it, which says nothing."""
    doc = cue.doc
    return (
        cue.lower_ in _BELIEVED_TO_BE
        and cue.i + 2 < len(doc)
        and doc[cue.i + 1].lower_ == "to"
        and doc[cue.i + 2].lower_ in {"be", "have"}  # "12 crew said to have fled"
        and not any(c.dep_ in {"aux", "auxpass"} for c in cue.children)
        and cue.i > 0
        and (
            doc[cue.i - 1].pos_ in {"NOUN", "PROPN"}
            # "a fire at the depot, feared to have destroyed the grain": set off after the noun, or
            # after the clause it describes ("after the tills failed, believed to have been caused
            # by a power cut"), with no subject of its own
            or doc[cue.i - 1].text == ","
            and cue.i > 1
            and not any(c.dep_ in SUBJECTS for c in cue.children)
        )
    )


def _superlative_recorded(cue) -> bool:
    """A participle after a superlative that says how a thing ranks among those on record ("among
    the wettest reported so far", "the strongest ever recorded"), with no one named reporting."""
    if cue.tag_ != "VBN" or any(c.dep_ in {"aux", "auxpass", "agent", "nsubj", "nsubjpass"} for c in cue.children):
        return False
    ranked = cue.head if cue.dep_ in {"acl", "amod"} and cue.head.i < cue.i else None
    ranked = next((c for c in cue.children if c.dep_ == "amod" and c.i < cue.i), ranked)
    return ranked is not None and ranked.tag_ in {"JJS", "RBS"}


def _described_by_participle(source_root, cue) -> bool:
    """A passive participle cue describing a noun names no speaker but its agent: the noun is
    what was acted on ("the heaters recalled in May", "the blender, recalled last year, ..."), and
    without a "by" no other noun of the sentence is its speaker ("fares rose faster than the costs
    announced last spring", "with the ban expected to be lifted by the council"). On a name or on
    people it may be a finite verb the parser misread ("Reed, the party's nominee, posted in
    reply"), and so it may on a body or a document the speaker is ("Two outlets reported on Friday
    the talks had failed")."""
    described = cue.head
    if (
        cue.tag_ != "VBN"
        or cue.dep_ != "acl"
        or described.pos_ != "NOUN"
        or _people(described)
        or any(c.dep_ in SUBJECTS for c in cue.children)  # "the claims that Reed called lies": a clause
        or getattr(_root_noun_speaker(cue), "i", None) == source_root.i  # the sentence's only verb
    ):
        return False
    if source_root.i == described.i:
        return not _names_someone(described)
    return not any(c.dep_ == "agent" for c in cue.children)


def _thing_doing(source_root, cue) -> bool:
    """An active participle on a noun that there is none of: "found no evidence supporting the
    mayor's account", "there is no study showing ..." say that nothing says it (not "evidence suggesting
    ...", which the annotators mark as a source)."""
    return (
        cue.tag_ == "VBG"
        and cue.dep_ == "acl"
        and source_root.i == cue.head.i
        and source_root.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ == "no" for c in source_root.children)
    )


# Verbs that name a thing: as a participle on a noun ("a sweet called yokan") they quote a name.
NAMING = word_set("naming_verbs")
# Verbs of judgement: "found dead", "declared dead" say what their object is (_said_of_subject).
JUDGING = word_set("judging_verbs")
# Cues whose content is a clause, never a bare noun phrase ("say the fossils share ...").
CLAUSE_CUES = word_set("clause_cues")


def _whole_clause(doc, head, filled: list[int], cue: set[int], sent_of) -> list[int]:
    """A clause cut short at a comma: after a cue that takes a clause ("say", "argue"), a
    content with no verb is only the subject of that clause, set off by an aside the parser or
    the tagger stopped at ("say the fossils, from a new species, share features with ..."): it
    runs on to the end of the sentence, unless another cue or a quotation comes first."""
    if head.lemma_.lower() not in CLAUSE_CUES or any(
        c.dep_ in {"dobj", "dative"} and c.i not in filled and c.i > head.i for c in head.children
    ):
        return filled
    toks = [doc[i] for i in filled]
    if any(t.pos_ in {"VERB", "AUX"} for t in toks) or doc[filled[0]].is_punct:
        return filled
    last = filled[-1]
    sent = doc[last].sent
    rest = list(range(last + 1, sent.end))
    while rest and (doc[rest[-1]].is_punct or doc[rest[-1]].is_space):
        rest.pop()
    if (
        not rest
        or not doc[rest[0]].is_punct
        or cue & set(rest)
        or any(doc[i].text in attribution_model.QUOTE_MARKS for i in rest)
        or not any(doc[i].pos_ in {"VERB", "AUX"} for i in rest)
    ):
        return filled
    return filled + rest


def _shared_subject_of(head, content_toks: list, floor: int) -> list[list[int]]:
    """The subject a reporting verb shares with the verb it is joined to, when the tagger gave
    it no source: "The governor criticised the ruling and warned of ...", "The mayor defended
    the budget, calling the cuts necessary". Only the other verb's own active subject, and only
    one that can speak: a name, a personal pronoun, or a noun for people or a speaker ("the
    union"); a passive's subject is what was done to ("Ten guards were hurt, saying ...")."""
    if head.pos_ != "VERB" or head.tag_ == "VBN":
        return []
    if head.lemma_.lower() not in attribution_model.CUE_LEMMAS or any(c.dep_ in SUBJECTS for c in head.children):
        return []
    if head.dep_ in {"conj", "advcl"}:
        verb = head.head
    elif head.dep_ == "pcomp" and head.tag_ == "VBG" and head.head.lower_ in _GERUND_TIME_PREPOSITIONS:
        verb = head.head.head  # "After thanking the crowd, he ...", "won the seat by promising ..."
        if verb.i < head.i and verb.lemma_.lower() in attribution_model.CUE_LEMMAS:
            return []  # "responded to the complaint by saying ...": how the cue before it was done
    else:
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.pos_ in {"VERB", "AUX"} else None
    if subject is None or subject.i < floor:
        return []
    if not (
        subject.pos_ == "PROPN"
        or subject.pos_ == "PRON"
        and subject.lower_ in _SPEAKING_PRONOUNS
        or _people(subject)
        or subject.pos_ == "NOUN"
        and subject.lemma_.lower() in SPEAKER_HEADS
    ):
        return []
    toks = [t.i for t in subject.subtree if t.i <= subject.i]
    if {t.i for t in content_toks} & set(toks):
        return []
    return [toks]


# Prepositions whose gerund is done by the subject of the verb they modify ("After warning ...,
# the mayor left"); not "for" ("thanked him for calling": he called) or "without".
_GERUND_TIME_PREPOSITIONS = frozenset({"after", "before", "by", "in", "while", "since", "upon", "on"})
# Pronouns that name who speaks as a joined verb's subject ("she urged ... and proposed ...").
_SPEAKING_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "who"})


def _subject_before(doc, cue: list, floor: int) -> list[list[int]]:
    """A noun phrase right before a verb cue the tagger gave no source: the parser may have
    hung it elsewhere ("Brzezinski, the Democratic candidate stated that ..."), but in English a
    noun phrase that ends right before the verb is its subject."""
    first = min(t.i for t in cue)
    head = _root(cue)
    if head.pos_ not in {"VERB", "AUX"} or first - 1 < floor:
        return []
    prev = doc[first - 1]
    bracket = _bracket_before(doc, first - 1, floor)
    if bracket is not None:
        # "At the fair Mayor Ana Ruiz (D) said": the name before a bracket of party or state,
        # which the parser hung on the noun before it
        return _name_before_bracket(doc, bracket, first - 1, head, floor)
    if prev.text == "," and first - 2 >= floor and doc[first - 2].dep_ == "appos":
        return _set_off_subject(doc[first - 2], head, floor)
    if prev.text == ",":
        return _parenthetical_subject(doc, first - 1, head, floor)
    if (
        prev.pos_ not in {"NOUN", "PROPN", "PRON"}
        or prev.dep_ in {"dobj", "pobj", "poss", "compound"}
        or prev.tag_ in _WH_TAGS
        or prev.lower_ in {"it", "there", "this", "that"}
    ):
        return []
    # a subject the parser did find is the tagger's call ("They appear to", "Sanders was asked")
    if prev.head.i == head.i or _has_subject(head):
        return []
    toks = [t for t in prev.subtree if t.i <= prev.i and t.i >= floor]
    toks = toks[next((k + 1 for k in range(len(toks) - 1, -1, -1) if toks[k].is_punct), 0) :]
    return [[t.i for t in toks]] if toks else []


# Titles before a name ("Sen.", "Mayor", "Dr"); resolve.py reads the same set.
TITLES = word_set("titles")


def _has_subject(verb) -> bool:
    """Whether the parse gives a verb a subject of its own (active or passive)."""
    return any(c.dep_ in SUBJECTS | {"auxpass"} for c in verb.children)


def _bracket_before(doc, close: int, floor: int):
    """The opening bracket of a short bracketed aside that ends at token `close` ("(D)",
    "(R-Texas)", "(D-Mass.)"), or None."""
    if doc[close].text != ")":
        return None
    for k in range(close - 1, max(floor, close - 6) - 1, -1):
        if doc[k].text == "(":
            return doc[k] if k - 1 >= floor else None
        if doc[k].text in {")", ",", ";"}:
            return None
    return None


def _name_before_bracket(doc, bracket, close: int, head, floor: int) -> list[list[int]]:
    """The capitalised name right before `bracket` (closed at token `close`) as the subject of
    the verb `head`, which has none in the parse: the run of proper nouns ending there ("Sen. Ana
    Ruiz"), with the bracket ("(D-Mass.)") as it stands in the text."""
    if _has_subject(head):
        return []
    end = bracket.i - 1
    start = end
    while start - 1 >= floor and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].is_punct:
        start -= 1
    if doc[end].pos_ != "PROPN" or end - start < 1:
        return []  # one word before a bracket is no name to speak for
    # a title opens the name: "At a rally in Dayton Sen. Tom Reed" is not Dayton's
    start = next((k for k in range(start, end) if doc[k].lower_.rstrip(".") in TITLES), start)
    return [list(range(start, close + 1))]


def _set_off_subject(appos, head, floor: int) -> list[list[int]]:
    """A name with its description set off by commas right before a verb cue with no subject
    ("Senator Harry Reid, the minority leader, said that ..."), which the parser hung on a noun
    before it: the name and its description."""
    name = appos.head
    if (
        name.i >= appos.i
        or name.pos_ not in {"NOUN", "PROPN"}
        or _has_subject(head)
        or not any(t.text == "," for t in name.doc[name.i + 1 : appos.i])
    ):
        return []
    toks = list(range(max(name.left_edge.i, floor), appos.right_edge.i + 1))
    # the name starts after the last punctuation before it
    cut = max((k + 1 for k, i in enumerate(toks) if name.doc[i].is_punct and i < name.i), default=0)
    return [toks[cut:]] if toks[cut:] else []


def _parenthetical_subject(doc, comma: int, head, floor: int) -> list[list[int]]:
    """A subject set off from its verb cue by a description between commas, which the parser
    lost in a long sentence ("One attendee, who spoke on the condition of anonymity, said ...";
    '"...," Gene Sperling, a top Clinton adviser, said at an event'): the short noun phrase
    that opens the clause (after the sentence start or a closing quotation mark) and its
    description. None of it when the cue has a subject, the phrase holds a verb, or its head
    cannot speak."""
    if head.tag_ not in _FINITE or _has_subject(head):
        return []  # not "..., stressing that": a participle's subject is the sentence's
    sent = head.sent
    start = max(sent.start, floor)
    for i in range(comma - 1, start - 1, -1):
        if doc[i].text in attribution_model.QUOTE_MARKS:
            start = i + 1
            break
    while start < comma and doc[start].is_punct:
        start += 1
    commas = [i for i in range(start, comma) if doc[i].text == ","]  # no quotation mark: start is after the last
    if not commas:
        return []
    name = [doc[i] for i in range(start, commas[0])]
    described = [doc[i] for i in range(commas[0] + 1, comma)]
    if not 0 < len(name) <= 6 or not 0 < len(described) <= 25:
        return []
    if name[0].pos_ in {"ADP", "ADV", "SCONJ"} or any(
        t.pos_ in {"VERB", "AUX"} or t.is_punct and not _joins_word(t) or t.ent_type_ in {"DATE", "TIME"} for t in name
    ):
        return []  # not "In New Hampshire, ..." or "Friday, Texas, ...": a setting, not a speaker
    last = name[-1]
    if last.pos_ not in {"NOUN", "PROPN"} or not speaks(last):
        return []
    opener = described[0]
    if not (opener.tag_ in _WH_TAGS or opener.pos_ in {"DET", "PROPN", "ADJ", "NOUN", "NUM"}):
        return []
    return [list(range(start, comma))]


# Words that build a noun phrase towards its head on the right ("the", "Chairman", "Gowdy's").
_LEADING = {"det", "amod", "compound", "poss", "nummod", "case", "nmod", "quantmod", "predet"}
_WH_TAGS = {"WDT", "WP"}


def _tidy_source(toks: list, cue: set[int]) -> list:
    """A source run made a noun phrase: extended to the end of the phrase it stops in ("... in"
    -> "... in Mexico City") and to the head its last word leads to ("the" -> "the Post",
    "Chairman" -> "Chairman Reince Priebus"), without a relative pronoun before its subject
    ("which he" -> "he")."""
    if not toks:
        return toks
    doc = toks[0].doc
    tail = [doc[i] for i in range(toks[-1].i + 1, _root(toks).right_edge.i + 1)]
    if 0 < len(tail) <= SOURCE_TAIL and not any(t.is_punct or t.i in cue for t in tail):
        toks = toks + tail
    for _ in range(4):
        last = toks[-1]
        h = last.head
        if (
            last.dep_ not in _LEADING
            or not 0 < h.i - last.i <= 4
            or any(doc[i].is_punct or i in cue for i in range(last.i + 1, h.i + 1))
        ):
            break
        toks = toks + [doc[i] for i in range(last.i + 1, h.i + 1)]
    while len(toks) > 1 and toks[0].tag_ in _WH_TAGS and toks[1].dep_ in {"nsubj", "nsubjpass"}:
        toks = toks[1:]
    while len(toks) > 1 and toks[0].tag_ == "WRB" and toks[0].head.lower_ not in {"many", "much", "few", "little"}:
        toks = toks[1:]  # "... include how rival bidders sought out officials": the bidders ("how many" counts)
    if (
        len(toks) > 2
        and toks[0].lower_.strip(".") in MONTHS
        and toks[0].is_title
        and toks[1].text.isdigit()
        and int(toks[1].text) <= 31
        and toks[2].is_title
    ):
        toks = toks[2:]  # "Mar 3 Kestrel Freight Ltd said": a wire story's date before the name
    return toks


INTRODUCERS = {":", "—", "―", "–", "--"}


def _name_on_topic(lead: list) -> list:
    """The name that opens a lead of the form "NAME on TOPIC" or "NAME about TOPIC" (a
    headline's "Ruiz on Mayor Releasing Her Budget"), whatever verb the topic holds; else []."""
    k = next((k for k, t in enumerate(lead) if t.lower_ in {"on", "about"}), None)
    name = lead[:k] if k else []
    if not name or len(name) > 4 or not all(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" or t.is_title for t in name):
        return []
    return name


def _more_from(lead: list) -> list:
    """The speaker of a lead "More from NAME" or "From NAME" ("Here's more from the governor",
    "From the mayor's statement"), which introduces a further excerpt of their words; else []."""
    words = [t.lower_ for t in lead]
    k = 0
    if words[:2] == ["here", "'s"] or words[:2] == ["here", "is"]:
        k = 2
    if words[k : k + 1] == ["more"]:
        k += 1
    if (
        words[k : k + 1] != ["from"]
        or k + 1 >= len(lead)
        or any(t.pos_ in {"VERB", "AUX", "ADP"} for t in lead[k + 1 :])
    ):
        return []
    return [t for t in lead[k + 1 :] if not t.is_punct]


def _lead_speaker(lead: list) -> list:
    """The subject of a sentence whose verb speaks (a cue or a lead-in verb, LEAD_IN_VERBS) and
    that runs up to a colon and a quotation without a clause said of its own ("Ruiz interrupted
    him: ..."): who speaks the quotation. None for any other sentence."""
    ids = {t.i for t in lead}
    # its verb: the root, or the verb the parser hung on the quotation's
    verb = next((t for t in lead if t.pos_ == "VERB" and (t.head.i == t.i or t.head.i not in ids)), None)
    if verb is None or not (is_cue_verb(verb) or verb.lemma_.lower() in LEAD_IN_VERBS):
        return []
    if verb.lemma_.lower() in _TALKING_VERBS and verb.tag_ not in _FINITE:
        return []  # "Watch Reed speaking here:": a video's caption, not his words' lead-in
    if any(c.dep_ in {"ccomp", "xcomp"} and c.i in ids for c in verb.children):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or not speaks(group_head(subject)) or subject.lower_ in {"it", "this", "that"}:
        return []
    return [t for t in subject.subtree if t.i in ids and t.i <= subject.i]


def _colon_quotes(doc, offset: int, quotes: list[Quote], floor: int) -> list[Attribution]:
    """A quotation introduced by a colon or dash after a bare noun phrase, as headlines and
    lists write it (`Senator Warren on the bill: "..."`, `Clinton — "..."`): the mark is the
    cue, the noun phrase the source, the quotation the content."""
    found = []
    for tok in doc:
        if tok.text not in INTRODUCERS or tok.i < floor:
            continue
        q = next((q for q in quotes if 0 <= q.start - (tok.idx + offset + len(tok.text)) <= 3), None)
        if q is None:
            continue
        sent = tok.sent
        short = tok.text == ":" and sum(not (t.is_punct or t.is_space) for t in doc[sent.start : tok.i]) <= 3
        if short and _dateline(tok, [t for t in sent if t.i > tok.i], floor, opening=offset <= OPENING_REACH):
            continue  # "Kestrelia: 'Fake' Degrees - Unions React As Ministry Insists ...": a section, no speaker
        lead = _after_dash([t for t in doc[max(sent.start, floor) : tok.i] if not t.is_space])
        speaker = _lead_speaker(lead) if tok.text == ":" else []
        if not lead or len(lead) > 12 and not speaker:
            continue
        named_on = _name_on_topic(lead)
        more_from = _more_from(lead)
        if speaker:
            src = speaker  # "Ruiz cut in, giving a later date: '...'"
        elif named_on:
            src = named_on  # "Ruiz on Mayor Releasing Her Budget: '...'": a headline's name, then its topic
        elif more_from:
            src = more_from  # "More from Ruiz: '...'": a digest's next excerpt
        elif len(lead) > 1 and inverted_verb(lead[0]) and not any(t.pos_ in {"VERB", "AUX"} for t in lead[1:]):
            src = lead  # "Added Ana Ruiz: '...'", though the parser took "Added" for the name's adjective
        elif any(t.pos_ in {"VERB", "AUX"} for t in lead):
            # a sentence that closes on a name before the quotation ("The result did not surprise
            # pollster Ana Ruiz: "..."") hands it the floor
            src = _closing_name(lead)
        else:
            src = []
            for t in lead:  # the noun phrase before any preposition ("Senator Warren on the bill")
                if t.pos_ == "ADP" or t.is_punct:
                    break
                src.append(t)
        cue, lemma, src = _inverted_lead(src, tok)
        if not (
            any(t.pos_ in {"PROPN", "PRON"} or t.ent_type_ for t in src)
            or _bare_surname(src)
            or (more_from and speaks(src[-1]))  # "More from the governor:"
        ):
            continue
        content_toks = [t for t in doc if q.start <= t.idx + offset < q.end]
        found.append(
            Attribution(
                source=_mention_of(src, offset, None),
                cue=fragments(cue, offset),
                cue_text=cue[0].text,
                cue_lemma=lemma,
                stance=stance_rules.CUE_STANCE.get(lemma, "asserts"),
                content=[(q.start, q.end)],
                quote="direct",
                sentence=(sent.start_char + offset, sent.end_char + offset),
                hedged=stance_rules.is_hedged([t.lower_ for t in content_toks]),
                tokens=content_toks,
            )
        )
    return found


def _after_dash(lead: list) -> list:
    """The words of a lead-in after its last dash: a digest's "Turnout fell in the suburbs -
    Maria Lopez:" introduces Maria Lopez, not the turnout."""
    dashes = [k for k, t in enumerate(lead) if t.text in DASHES or (t.text == "-" and _dash_typed(t))]
    return lead[dashes[-1] + 1 :] if dashes else lead


def _dash_typed(tok) -> bool:
    """A hyphen typed for a dash (`_spaced_break`), or one that lost its space after it in
    scraped text before a capital ("in the suburbs -More from Ruiz")."""
    doc = tok.doc
    return _spaced_break(tok) or (
        tok.i > 0 and bool(doc[tok.i - 1].whitespace_) and tok.i + 1 < len(doc) and doc[tok.i + 1].is_title
    )


def _closing_name(lead: list) -> list:
    """The name that closes a lead-in, with the words of its noun phrase before it ("pollster
    Ana Ruiz", "the Holt campaign"), or nothing: a person's or an organisation's name only."""
    last = lead[-1]
    if last.ent_type_ not in {"PERSON", "ORG", ""} or last.pos_ != "PROPN":
        return []
    ids = {t.i for t in lead}
    phrase = list(last.doc[last.left_edge.i : last.i + 1])
    if not all(t.i in ids and t.pos_ in {"PROPN", "NOUN", "ADJ", "DET", "PUNCT"} for t in phrase):
        return []
    return [t for t in phrase if t.pos_ != "DET"]


# "Said" in "Said Shaw: ...", with its dictionary form.
INVERTED_LEADS = {form: lemma for form, lemma in table("inverted_lead_verbs")}
INVERTED_CUES = word_set("inverted_cues")
# Words before a colon that label a paragraph but name no speaker ("Update:", "Editor's note:").
LABELS = word_set("paragraph_labels")
DASHES = INTRODUCERS - {":"}


def _speaker_words(toks: list, named: bool = True) -> bool:
    """A short run of capitalised words and no verb: a speaker's name as a label or, `named`
    (a name among them), as a signature ("PENCE", "Pat Caddell", "Julie A. Diaz Martinez"). A
    headline's label may be tagged a common noun ("Pence: Flowers Won't Be at Debate")."""
    words = [t for t in toks if not t.is_punct]
    return (
        0 < len(words) <= 5
        and all(t.text[:1].isupper() for t in words)
        and not any(t.pos_ in {"VERB", "AUX"} and not t.text.isupper() for t in words)
        and (
            not named
            or any(t.pos_ == "PROPN" or t.ent_type_ in SPEAKING_ENTITIES or (t.is_upper and len(t) > 1) for t in words)
        )
        and not any(t.like_num for t in words)
        and not any(t.lower_.strip(".") in LABELS for t in words)
    )


def _label_names(toks: list) -> bool:
    """Whether a capitalised label before a colon can name a speaker. A headline's capitals hide
    the part of speech, so its last word is read again in lower case: an English adjective,
    adverb or verb there ("Macaulay Culkin NOT Dead:", "URGENT:", "REVEALED:"), or a noun for an
    act, event or state after other words ("Ottawa Shooting:", "Hoax Alert:"), says what the
    headline is about, not who speaks. A word English does not know ("Northwind:", "DHS:") is
    a name."""
    words = [t for t in toks if not t.is_punct]
    if len(words) > 1 and words[0].lower_ in {"our", "my", "your", "their"}:
        return False  # "Our Principles:", "Your Views:": a page's own heading, which nobody says
    word, lemma, tag = _read_lower(" ".join(t.lower_ for t in words))
    known = english_words()
    if len(words) > 1 and (lemma in thing_nouns() or word in thing_nouns()):
        return False  # one word may be a company's name ("Apple:", "Delta:")
    if len(words) == 1 and word != lemma and lemma in thing_nouns() and words[0].ent_type_ not in SPEAKING_ENTITIES:
        return False  # "Floods:", "Wildfires:": a headline's topic, things in the plural, no company's name
    if tag.startswith("JJ") and word in known["adj"] or tag.startswith("RB") and word in known["adv"]:
        return False
    if tag in {"VBN", "VBD", "VBG"} and word != lemma and lemma in known["verb"] and word not in known["noun"]:
        return False  # "FINED:", "JAILED:": a participle, which the verb's noun ("a fine") does not name
    return not (tag.startswith("VB") and lemma in known["verb"] and not {word, lemma} & known["noun"])


# Words before a colon that credit a picture to whom made or gave it ("... has resigned Credit: City
# News", "Photo: Ana Ruiz"): who took the picture says nothing.
_CREDIT_LABELS = frozenset("credit credits photo photograph picture image pic courtesy".split())
# ... and in brackets, where a caption or a headline ends on it ("(Picture: Tom Reed)", "(Photos by ...").
_BRACKETED_CREDIT = re.compile(rf"\s*\((?:{'|'.join(sorted(_CREDIT_LABELS))})s?\s*(?::|by\b)", re.I)


def _credit_line(colon) -> bool:
    """Whether a colon closes a picture's credit label ("Credit:", "Photo:")."""
    return colon.i > colon.sent.start and colon.doc[colon.i - 1].lower_ in _CREDIT_LABELS


def _bracketed_credit(colon, content: list) -> bool:
    """Whether a colon opens the name of who took a picture inside a caption's brackets, after
    the agency that gives it ("... in western Riverton. (Kestrel Wire: Ana Ruiz)")."""
    doc = colon.doc
    opened = next((t for t in reversed(doc[colon.sent.start : colon.i]) if t.text in {"(", ")"}), None)
    close = content[-1].i + 1 if content else colon.i + 1
    if opened is None or opened.text != "(" or close >= len(doc) or doc[close].text != ")":
        return False
    words = [t for t in content if not t.is_punct]
    return 0 < len(words) <= 4 and all(t.text[:1].isupper() and t.is_alpha for t in words)


def _byline(label: list, toks: list) -> bool:
    """Whether a label and what follows its colon are a byline: a person's name alone, as the
    model tags it, or any name after a word for who wrote or took it ("Reporter: Ana Ruiz")."""
    words = [t for t in toks if not (t.is_punct or t.is_space)]
    if bool(label) and label[-1].lower_ in _BYLINE_LABELS and any(t.lower_ in {"and", "&"} for t in words[1:-1]):
        words = [t for t in words if t.lower_ not in {"and", "&"}]  # "Reporters: Ana Ruiz and Tom Reed"
        if len(words) > 6:
            return False
    elif not 0 < len(words) <= 4:
        return False
    if not words or not all(t.text[:1].isupper() and t.is_alpha for t in words):
        return False
    if all(t.ent_type_ == "PERSON" for t in words):
        return True
    return bool(label) and label[-1].lower_ in _BYLINE_LABELS and not any(t.pos_ in {"VERB", "AUX"} for t in words)


# Words that label who wrote, reported or pictured something ("Reporter: Ana Ruiz").
_BYLINE_LABELS = frozenset(
    "reporter reporters writer writers author authors by photographer editor correspondent".split()
)


def _unnamed_label(colon, floor: int) -> bool:
    """Whether the few words that open a sentence before its colon are a label that names no
    one (`_label_names`): "Hugh Hefner dead: Playboy founder ..."."""
    label = [t for t in colon.doc[max(colon.sent.start, floor) : colon.i] if not t.is_space]
    words = [t for t in label if not t.is_punct]
    return (
        0 < len(words) <= 6 and not any(t.pos_ == "VERB" and t.tag_ != "VBN" for t in label) and not _label_names(label)
    )


@lru_cache(maxsize=4096)
def _read_lower(label: str) -> tuple[str, str, str]:
    """(word, lemma, tag) of a label's last word, the label read in lower case before a colon."""
    from .nlp import load

    read = load()(label + ": it is so.", disable=["parser", "ner"])
    head = read[next(t.i for t in read if t.text == ":") - 1]
    return head.lower_, head.lemma_.lower(), head.tag_


def _bare_surname(toks: list) -> bool:
    """An interview's turn by a surname alone (`Okafor: "Almost a dozen."`), which the model
    may tag as a common noun: one capitalised word English does not know, no label."""
    if len(toks) != 1 or not toks[0].text.istitle() or toks[0].lower_ in LABELS:
        return False
    return not english_word(toks[0].lower_)


def english_word(word: str) -> bool:
    """Whether English knows a lower-case word as a base form of any part of speech."""
    return any(word in words for words in english_words().values())


def common_word(word: str) -> bool:
    """Whether a lower-case word is an English word, or the plural of one ("ports", "fisheries")."""
    return (
        english_word(word)
        or word.endswith("s")
        and (english_word(word[:-1]) or word.endswith("ies") and english_word(word[:-3] + "y"))
    )


def listable_word(word: str) -> bool:
    """Whether a lower-case word may be one of a list inside a body's name ("Culture, Media and
    Sport"): an English word or its plural, "media" among them; not a name of its own."""
    return common_word(word) or word == "media"


@lru_cache(maxsize=1)
def english_words() -> dict[str, frozenset[str]]:
    """The base forms English knows per part of speech, as the model's lemmatizer lists them
    (WordNet's, shipped with the model): names are none of them."""
    from .nlp import load

    table = load().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return {pos: frozenset(table[pos]) for pos in ("noun", "verb", "adj", "adv")}


def _inverted_lead(source: list, mark) -> tuple[list, str, list]:
    """The cue, its lemma and the speaker of a label before a colon: the mark and the whole
    label, or, in an inverted lead-in ("Said Shaw:"), the saying verb and the words after it."""
    if len(source) > 1 and inverted_verb(source[0]):
        return [source[0]], INVERTED_LEADS[source[0].lower_], source[1:]
    return [mark], ":", source


def inverted_verb(tok) -> bool:
    """Whether a word opening its sentence is the saying verb of an inverted lead-in ("Said")."""
    return tok.lower_ in INVERTED_LEADS and tok.i == tok.sent.start


def _turn(source: list, mark, content: list, offset: int, quote: str, spans: list | None = None) -> Attribution:
    sent = mark.sent
    cue, lemma, source = _inverted_lead(source, mark)
    speaker = _mention_of(source, offset, None)
    # a label's or a signature's capitals are a name's, whatever its tag (not "Kremlin spokesman")
    speaker.proper = not any(t.is_lower for t in source)
    return Attribution(
        source=speaker,
        cue=fragments(cue, offset),
        cue_text=cue[0].text,
        cue_lemma=lemma,
        stance=stance_rules.content_stance(content, direct=quote == "direct")
        or stance_rules.CUE_STANCE.get(lemma, "asserts"),
        content=spans or fragments(content, offset),
        quote=quote,
        sentence=(sent.start_char + offset, sent.end_char + offset),
        hedged=stance_rules.is_hedged([t.lower_ for t in content]),
        tokens=content,
    )


def _labelled_turns(doc, offset: int, quotes: list[Quote], floor: int) -> list[Attribution]:
    """A paragraph that opens with a speaker's name and a colon, as transcripts and headlines
    write it ("PENCE: Well, look, ...", "Pence: Flowers Won't Be at Debate"): the name is the
    source, the colon the cue, the rest of the paragraph the content. A quotation right after
    the colon is `_colon_quotes`'s."""
    P = attribution_model.Parse.of(doc)
    at = [i for i in range(floor, len(P.text)) if not P.is_space[i]]
    while at and P.text[at[0]] in attribution_model.QUOTE_MARKS:
        at.pop(0)
    colon = next((k for k, i in enumerate(at[:LABEL_WORDS]) if P.text[i] == ":"), None)  # strings: no Token made
    if colon is None:
        return []
    toks = [P.tokens[i] for i in at]
    label = toks[:colon]
    if sum(t.text == "(" for t in label) > sum(t.text == ")" for t in label):
        return []  # "Kestrel Bancorp (NYSE:KBC)": a stock's ticker in brackets, no label
    speaker = _label_speaker(label)
    if speaker is None:
        return []
    verdict = any(t.lower_ in stance_rules.DENIAL_WORDS for t in label)
    if not verdict and not _label_names(speaker):
        return []
    content = toks[colon + 1 :]
    while content and content[-1].text in {".", ",", ";", ":", "—", "–", "-"}:
        content.pop()
    if len(content) < 2 or content[0].text in attribution_model.QUOTE_MARKS:
        return []
    if not any(t.is_alpha for t in content) or all(_of_timestamp(t) for t in content):
        # "Publication Date: 29-06-2012", "Story date: Wednesday 10 March", "Updated: May 16, 2025, 07:15
        # AM IST": a field of the page
        return []
    if (
        _dateline(toks[colon], content, floor, opening=offset <= OPENING_REACH)
        or _credit_line(toks[colon])
        or _byline(label, content)
    ):
        return []  # "Image: Ana Ruiz": who took the picture; "Reporter: Ana Ruiz", a byline
    topic = label[-1]  # in lower case, no name ("Reed: Police say ..." speaks) nor one who speaks
    if _says_for_itself(content) and topic.is_lower and topic.pos_ == "NOUN" and topic.lemma_ not in person_nouns():
        return []  # "Dam inquiry: Police say ...": a topic, then who speaks of it ("Reed: Police say ..." speaks)
    turn = _turn(speaker, toks[colon], content, offset, _quote_kind(content, offset, quotes))
    if verdict:  # "HOAX: TV show tricks men into ...": the outlet calls what follows false
        turn.source, turn.own, turn.stance = None, True, "denies"
        turn.cue = fragments(label + [toks[colon]], offset)
        turn.cue_text = _spans_text(P.tokens[0].doc, turn.cue, offset)
    return [turn]


def _says_for_itself(content: list) -> bool:
    """Whether the words after a label open with a speaker and a saying verb that are theirs
    ("Villagers say warnings were ignored"): they name who speaks, and the label is their topic."""
    ids = {t.i for t in content}
    first = content[0]
    return any(
        t.lemma_.lower() in stance_rules.SAYING_VERBS
        # a noun of its own, not the label's "I" ("Holt: I think ...")
        and any(c.dep_ in SUBJECTS and c.left_edge.i == first.i and c.pos_ != "PRON" for c in t.children)
        for t in content[:8]
        if t.head.i not in ids or t.head.i == t.i
    )


# The most words before a label's colon ("Governor Holt to farmers on relief checks:").
LABEL_WORDS = 12
# Words that open what a label's speaker spoke on, to whom or where ("Holt on the budget:",
# "Holt to farmers:", "Holt at rally:"): the speaker is the words before them.
LABEL_TOPIC_WORDS = {"on", "to", "at", "in", "about", "over", "after"}


def _label_speaker(label: list) -> list | None:
    """The words of a paragraph's opening label that name its speaker, or None: a short run of
    capitalised words ("PENCE:", "Pence:"), which a headline may follow with what the speaker
    spoke on, to whom or where ("Holt on the Budget:", "Holt To Farmers:"), and may close with
    the speaker's role in lower case ("Kremlin spokesman:", "Holt camp:")."""
    cut = next((k for k, t in enumerate(label) if k and t.lower_ in LABEL_TOPIC_WORDS), None)
    speaker = label if cut is None else label[:cut]
    if len(speaker) > 5 or (cut is None and len(label) > 6):
        return None
    owned = any(t.tag_ == "POS" or t.lower_ in {"’s", "'s"} for t in speaker)
    if owned and speaker[-1].lemma_.lower() not in speaker_nouns():
        return None  # "Holt's Choice Words:": what is the speaker's, not the speaker
    if _speaker_words(speaker, named=False):
        return speaker
    words = [t for t in speaker if not t.is_punct]
    roles = 0
    while roles < len(words) - 1 and words[-1 - roles].is_lower and words[-1 - roles].lemma_ in speaker_nouns():
        roles += 1
    owner = words[:-roles]
    if roles and _speaker_words(owner, named=not all(t.lower_ in SPEAKER_HEADS for t in owner)):
        return speaker  # "Kremlin spokesman:", "Police chief:"
    return None


def _place_over_reports(turn: Attribution, found: list[Attribution]) -> bool:
    """Whether a label is the place a headline reports from, over a report of its own speaker
    ("Kenya: Police Defend Response to Protests", where the police speak, not Kenya): a place's
    name, and a cue of another attribution inside what follows it. A place whose headline
    reports no one speaking ("Russia: Sanctions Have Failed") still says it."""
    src = turn.source
    if src is None or turn.cue_lemma != ":":
        return False
    places = [e for e, label in src.entities if label in {"GPE", "LOC"}]
    place = src.text.lower() in PLACES or " ".join(places) == src.text
    return place and any(spans_meet(a.cue, turn.content) for a in found)


# How far into an article (characters) its dateline may stand, after a headline and a byline
# ("Mill chief on trial\n\nBy Ana Ruiz\n\nRIVERTON: ...").
OPENING_REACH = 600


def _dateline(colon, content: list, floor: int, opening: bool = False) -> bool:
    """Whether the words of its sentence before `colon` are a dateline: a place the model knows
    ("New Delhi: The government on Monday dismissed ..."), or words after a date ("date
    2020-06-06 Indore: A case of alleged negligence came to light ..."), before a sentence told
    in the third person. Where the story was filed speaks nothing. A transcript's "PENCE: Well,
    look, I think ..." and an interview's "Ruiz: We will ..." speak in the first person."""
    doc = colon.doc
    words = [t for t in doc[colon.sent.start : colon.i] if not (t.is_space or t.is_punct)]
    # "I" is written in capitals: the "i" of "Mandi-i-Kestrel" or of a list's "i)" is no one; a
    # lead's quotation ("... we see five cases a week," he added) is someone else's first person
    if not words or any(t.lower_ in FIRST_AND_SECOND_PERSON and t.text != "i" for t in _unquoted(content)):
        return False
    before = [t for t in doc[max(0, words[0].i - 3) : words[-1].i] if not (t.is_punct or t.is_space)]
    if before and (before[-1].like_num or before[-1].ent_type_ == "DATE"):
        return True  # "date 2020-06-06 Indore:", the place after its date
    if 0 < floor == words[0].i:
        return True  # the same, the date (token `floor` opens the text after it) blanked before parsing
    place = all(t.ent_type_ in PLACE_ENTITIES for t in words) or " ".join(t.lower_ for t in words) in PLACES
    # "RIVERTON, Norland:": a town in capitals, which the model may take for a body, and its country
    place = place or (
        len(words) >= 2 and words[-1].ent_type_ == "GPE" and all(t.text.isupper() and t.is_alpha for t in words[:-1])
    )
    lead = sum(not t.is_punct for t in content)  # words after the colon
    if (
        not place
        and len(words) <= 2
        and all(t.text.istitle() and t.lemma_.lower() not in speaker_nouns() for t in words)  # not "Report:"
        and words[0].i == colon.sent.start
    ):
        # "Riverton: The strike's impact was minimal, the minister said today": the sentence names
        # its own speaker, so the word before the colon is where it was filed
        place = _names_its_speaker(content)
    if (
        not place
        and len(words) <= 3
        and all(t.is_upper and len(t) > 1 for t in words)
        and words[0].i == colon.sent.start
    ):
        # "PORT KELANG: Water minister Ahmad Zaki said he had never ...": a place in capitals
        # the model does not know, before a report of what someone said (a transcript's speaker
        # speaks the words after the colon)
        told = _unquoted(content)  # the lead's words, not a quotation's
        place = any(t.lemma_.lower() in stance_rules.SAYING_VERBS and t.pos_ == "VERB" for t in told) or any(
            (t.tag_ == "VBD" or t.tag_ == "VBN" and _perfect(t))
            and (
                t.dep_ == "ROOT"
                # the parser may hang a lead in the perfect on the place ("... have emerged"), not a
                # transcript's turn on its speaker ("TAPPER: Reed released a video ...")
                or t.head.i < colon.i
                and _perfect(t)
            )
            and any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON" for c in t.children)
            for t in told
        )  # or a lead told in the past ("RIVERTON: The ministry on Monday dismissed a report ...", "...
        # has backed a call for ...", "Two depots have been looted ...")
    if (
        not place
        and len(words) == 1
        and words[0].i == colon.sent.start == 0
        # ... or in capitals, opening the article ("RIVERTON: To conserve ..."; not a transcript's "REED:" later)
        and (re.fullmatch(r"[A-Z][a-z]+", words[0].text) or opening and re.fullmatch(r"[A-Z]{3,}", words[0].text))
        # not a name, unless the lead names it as a place ("Kasaragod: Police seized ... in Kasaragod")
        and (
            words[0].ent_type_ not in {"PERSON", "ORG", "NORP"}
            or re.search(rf"\b(?:in|at|near|from)\s+{re.escape(words[0].text)}\b", doc.text) is not None
        )
        and words[0].lemma_.lower() not in speaker_nouns()
        # a lead's length, not a headline's ("Reed: Ruiz must stop the name-calling and talk about jobs"),
        # nor written in Title Case as headlines are
        and lead > 2 * DATELINE_LEAD - 4
        and sum(t.text[:1].isupper() for t in content if t.is_alpha) <= 0.5 * sum(t.is_alpha for t in content)
    ):
        # "Ferrozabad: Three days after a ferry sank ...": a town the model does not know,
        # before a lead told in the third person
        place = True
    if not place:
        return False
    if lead > DATELINE_LEAD:
        return True
    # not a headline's "Russia: Sanctions Fail", where the place speaks; but where the headline
    # names its own speaker ("Kestrelia: Unions React As Ministry Insists Report Unfounded"), the
    # place is the section the story is filed under
    alpha = [t for t in content if t.is_alpha]
    return sum(t.text[:1].isupper() for t in alpha) > 0.6 * len(alpha) and _names_its_speaker(content)


def _unquoted(tokens: list) -> list:
    """The tokens outside double quotation marks. Not `inside_quotes`, whose quotations take in
    single marks too: a headline's label quotes its speaker's own first person in them ("Kestrel
    Candidate Rejects Result: ‘I Will Not Concede’"), which keeps it no dateline."""
    out, inside = [], False
    for t in tokens:
        if t.text in {"“", "”", '"'}:
            inside = t.text == "“" or (t.text == '"' and not inside)
            continue
        if not inside:
            out.append(t)
    return out


def _names_its_speaker(content: list) -> bool:
    """Whether words after a colon report someone they name saying something ("... the minister
    said today", "... As Ministry Insists ..."): a verb of saying with a noun for its subject."""
    return any(
        t.lemma_.lower() in stance_rules.SAYING_VERBS
        and t.pos_ == "VERB"
        and any(c.dep_ == "nsubj" and c.pos_ in {"PROPN", "NOUN"} for c in t.children)
        for t in content
    )


def _perfect(verb) -> bool:
    """Whether a verb is in the perfect ("have emerged", "has backed")."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


# Countries and capitals by every name: a dateline's "NEW DELHI:", which the model tags no place in capitals.
PLACES = {name.lower() for names in table("countries") for name in names}


FIRST_AND_SECOND_PERSON = {"i", "me", "my", "we", "us", "our", "you", "your"}
DATELINE_LEAD = 12  # words after a place and a colon that make a lead sentence, not a headline


HEADLINE_WORDS = 20  # the most words of a headline signed with its speaker after a colon


def _signed_headline(doc, offset: int, quotes: list[Quote], floor: int) -> list[Attribution]:
    """A headline that closes with its speaker after a colon, as many outlets write one ("Strike
    had little impact on public life: Minister", "The car was not stolen: Police"): the words
    after the colon are the source, the colon the cue, the words before it the content."""
    P = attribution_model.Parse.of(doc)  # every paragraph comes here: no Token made unless it may be one
    words = [i for i in range(floor, len(P.text)) if not P.is_space[i]]
    if not words or len(words) > HEADLINE_WORDS or ":" not in (P.text[i] for i in words):
        return []
    if P.text[words[-1]] in {".", "!", "?"}:
        return []  # a sentence that names what it speaks of at its end ("... the governor's new rival: Ana Ruiz.")
    if len(list(doc.sents)) > 1:
        return []
    toks = [P.tokens[i] for i in words]
    colons = [k for k, t in enumerate(toks) if t.text == ":"]
    at = colons[-1]
    content, source = toks[:at], toks[at + 1 :]
    if len(content) < 3 or not 0 < len(source) <= 3 or any(t.text in attribution_model.QUOTE_MARKS for t in source):
        return []
    if _credit_line(toks[at]) or source[-1].text == ")":
        # a caption's credit ("Mayor Tom Reed at the rally Credit: City News", "... at the
        # rally.(City News: Ana Ruiz)")
        return []
    if not (_speaker_words(source, named=False) or _speaker_in_lower_case(source)) or not _label_names(source):
        return []
    if not any(
        t.pos_ == "PROPN" or t.ent_type_ in SPEAKING_ENTITIES or t.lemma_.lower() in speaker_nouns() for t in source
    ):
        return []
    ids = {t.i for t in content}
    heads = [t for t in content if t.head.i not in ids or t.head.i == t.i]
    if not any(t.pos_ in {"VERB", "AUX"} or any(c.dep_ in SUBJECTS for c in t.children) for t in heads):
        return []  # "The town the river forgot: Survivors": a title, no claim
    return [_turn(source, toks[at], content, offset, _quote_kind(content, offset, quotes))]


def _speaker_in_lower_case(toks: list) -> bool:
    """Whether a headline's words after its last colon name a speaker in lower case, as wires
    write one ("...: weather agency", "...: police"): up to three words, the last a noun for
    those who speak."""
    words = [t for t in toks if not t.is_punct]
    return (
        0 < len(words) <= 3
        and all(t.is_alpha and t.text.islower() and t.pos_ != "DET" for t in words)
        and words[-1].pos_ == "NOUN"
        and words[-1].lemma_.lower() in speaker_nouns()
        and words[-1].lemma_.lower() not in RECORDS  # not "...: the untold story", a title's
    )


def _signed_quotes(doc, offset: int, quotes: list[Quote], floor: int) -> list[Attribution]:
    """A quotation signed after a dash (`"We can build a wall around him." ― Steve Quinlan`),
    as collected comments and epigraphs are: the name is the source, the dash the cue."""
    found = []
    P = attribution_model.Parse.of(doc)
    for tok in (P.tokens[i] for i in range(floor, len(P.text)) if P.text[i] in DASHES):
        q = next((q for q in quotes if 0 <= tok.idx + offset - q.end <= 2), None)
        if q is None:
            continue
        name = []
        for t in doc[tok.i + 1 :]:
            if "\n" in t.text or t.text in attribution_model.QUOTE_MARKS or t.text in {".", ",", ";"}:
                break
            if not t.is_space:
                name.append(t)
        content = [t for t in doc if q.start <= t.idx + offset < q.end]
        if content and _speaker_words(name):
            found.append(_turn(name, tok, content, offset, "direct", [(q.start, q.end)]))
    return found


# Words that pick some of a group: the group is who speaks ("Each of the families", "One of the lawsuits").
SINGLE_QUANTIFIERS = {"one", "either", "neither"}
# A part of a group speaks for its part: "73 percent said", "a majority of voters expect".
PORTIONS = word_set("portions")
QUANTIFIERS = SINGLE_QUANTIFIERS | PORTIONS | word_set("quantifying_determiners")
# Entity types of names that can speak.
SPEAKING_ENTITIES = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
# Demonstratives, which point at something named before ("This angered residents", "these concerns").
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# Entity types of dates and times: "on March 17 who said" is no one's clause.
TIME_ENTITIES = {"DATE", "TIME"}
# Entity types of places: a "who" after one speaks of the person placed there, not of the place.
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
# Passive cues whose subject is the speaker: "he was quoted", "she is reported to have said", and
# the passives of a state of mind ("they're convinced that", "she was worried that").
PASSIVE_SPEAKER_CUES = word_set("passive_speaker_cues")
# Heads of descriptions the resolver knows for speakers, whatever WordNet says of them ("figure").
SPEAKER_HEADS = set().union(
    *(
        word_set(name)
        for name in (
            "role_nouns",
            "official_heads",
            "anonymous_heads",
            "document_heads",
            "organization_heads",
            "government_org_words",
            "government_nouns",
            "media_words",
            "role_titles",
        )
    )
)


# Heads of a source who can do what a gerund says, people or bodies: no document ("the plan").
_DOER_HEADS = SPEAKER_HEADS - word_set("document_heads")


def group_head(tok):
    """The noun a quantifier picks from ("families" in "Each of the families"), else the token."""
    if tok.lower_ in QUANTIFIERS and tok.pos_ in {"PRON", "NUM", "DET", "ADJ", "NOUN"}:
        obj = of_object(tok)
        if obj is not None and (obj.pos_ in {"NOUN", "PROPN"} or obj.lower_ in {"them", "us"}):
            return obj  # "one of them": the group "them" stands for
    return tok


def _stands_for(tok, offset: int, verb_lemma: str | None) -> Mention | None:
    """The noun phrase a relative pronoun stands for ("The group, which has called for ...",
    "an independent study which estimated that ..."): its clause's speaker; so too a "they" that
    speaks after the clause it speaks of (`_said_by_subject`). None for any other word."""
    if tok.lower_ == "they" and tok.dep_ == "nsubj":
        return _said_by_subject(tok, offset, verb_lemma)
    if tok.lower_ == "who" and tok.dep_ in SUBJECTS and tok.head.dep_ != "relcl":
        # ", who say ..." the parser made a clause of its own: the noun before the comma speaks
        before = _speaker_before(tok) if tok.i >= 2 and tok.doc[tok.i - 1].text == "," else None
        if before is None:
            return None
        phrase = [t for t in before.subtree if t.i <= before.i]
        return _mention_of(phrase, offset, verb_lemma)
    if not (tok.tag_ in _WH_TAGS and tok.head.dep_ == "relcl" and tok.head.head.i < tok.i):
        return None
    noun = tok.head.head
    if tok.lower_ in {"who", "which"} and noun.ent_type_ in TIME_ENTITIES:
        # "cited a whistleblower on March 17 who said", "a notice in May, which told": the date
        # is nobody and says nothing; the noun before it speaks
        first = min(t.i for t in noun.subtree)
        if noun.dep_ == "pobj" and noun.head.i < first:
            first = noun.head.i
        noun = noun.doc[first - 1] if first > 0 else noun
        if noun.pos_ not in {"NOUN", "PROPN"} or noun.ent_type_ in TIME_ENTITIES:
            return None
    nearer = _who_antecedent(tok.head)
    if nearer is not None and not (_people(noun) or noun.pos_ == "PROPN" or noun.ent_type_ in SPEAKING_ENTITIES):
        noun = nearer  # "his scuffle with police, who say ...": the police
    elif tok.lower_ == "who" and noun.ent_type_ in PLACE_ENTITIES and (placed := _person_placed(noun)) is not None:
        noun = placed  # "a nurse at a clinic in Riverton, who said ...": the nurse
    elif tok.lower_ == "who" and (holder := _holder_of_role_at(noun)) is not None:
        noun = holder  # "Tom Reed, Sales Director, Kestrel Foods, who said ...": Reed
    elif (
        tok.lower_ == "who"
        and not _people(noun)
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and _people(noun.head.head)
    ):
        noun = noun.head.head  # "pupils of the school who had hoped ...": the pupils
    elif tok.lower_ == "who" and noun.pos_ == "NOUN" and not _people(noun) and noun.lemma_ not in SPEAKER_HEADS:
        # "Farmers live by the canal, who say ...": no canal speaks; the subject of the clause
        # the canal is in does
        noun = _subject_of_clause(noun) or noun
    elif tok.lower_ == "which" and noun.ent_type_ == "PERSON" and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        if noun.head.head.pos_ == "NOUN":
            noun = noun.head.head  # "the cabinet of Ana Ruiz, which vowed ...": the cabinet
    noun = _described_subject(noun) or _named_of(noun) or noun
    phrase = [t for t in noun.subtree if t.i < tok.i]
    while phrase and phrase[-1].is_punct:
        phrase.pop()
    return _mention_of(phrase, offset, verb_lemma) if phrase else None


def _holder_of_role_at(body):
    """The person named before a role and the body it is at, each set off by commas ("Tom Reed,
    Sales Director, Kestrel Foods, who ..."): Reed, whom the "who" speaks of; None otherwise."""
    if body.pos_ != "PROPN" or body.ent_type_ not in {"ORG", ""} or body.dep_ != "appos":
        return None
    role = body.head
    if role.lower_ not in ROLE_NOUNS or role.dep_ not in {"appos", "conj"}:
        return None
    return role.head if role.head.ent_type_ == "PERSON" else None


def _person_placed(place):
    """The person a place says where they are, when only phrases of place stand between them ("a
    nurse at a clinic in Riverton, Kestria": the nurse), so that a "who" after the place speaks
    of them; None when a verb or no person comes first."""
    doc = place.doc
    for i in range(place.left_edge.i - 1, max(place.sent.start, place.i - 15) - 1, -1):
        word = doc[i]
        if _people(word):
            return word
        if word.pos_ not in _PLACE_PHRASE_POS or word.pos_ == "ADP" and word.lower_ not in _PLACE_PREPOSITIONS:
            return None
    return None


_PLACE_PHRASE_POS = frozenset({"ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM", "PUNCT"})
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "outside", "of"})


def _subject_of_clause(noun):
    """The subject, able to speak, of the verb whose clause holds a noun ("Farmers live by the
    canal": the farmers, for the canal); None if there is none."""
    verb = noun.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.dep_ != "ROOT":
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i >= noun.i:
        return None
    picked = of_object(subject)  # "Dozens of villages", however the count is written
    if not (_people(group_head(subject)) or picked is not None and _people(picked)):
        return None
    return subject


def _part_of_whom(toks: list, offset: int, verb_lemma: str | None) -> Mention | None:
    """What "many of whom", "a third of whom" stands for: the people before the comma ("... 90
    tenants, half of whom said ..."); None for any other phrase."""
    words = [t.lower_ for t in toks]
    if len(words) < 3 or words[-2:] not in (["of", "whom"], ["of", "which"]):
        return None
    before = _speaker_before(toks[0])
    if before is None:
        return None
    phrase = [t for t in before.subtree if t.i <= before.i]
    return _mention_of(phrase, offset, verb_lemma)


def _named_of(noun):
    """The person a ", who" clause describes when the parser hung it on where that person is from
    or works ("the owner, Tom Reed, of the Kestrel Grill, who ...": Reed): the name "of" follows,
    set off by commas. None otherwise."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.doc[noun.head.i - 1].text != ",":
        return None
    owner = noun.head.head
    named = owner if owner.ent_type_ == "PERSON" else None
    named = named or next((c for c in owner.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    return named if named is not None and named.i < noun.head.i else None


def _described_subject(noun):
    """The named subject a noun describes after "is" ("Tom Reed is a lawyer and a bully who
    has pledged ...", "Ana Ruiz was one of the tenants who said ..."): who the clause of
    "who" speaks of; else None."""
    while noun.dep_ in {"conj", "appos"} and noun.head.i < noun.i:
        if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.head.ent_type_ == "PERSON":
            return noun.head  # "Tom Reed, a Tory who pushed for ...": he
        noun = noun.head  # "a liar, a bully and a birther who": the first of the list
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        noun = noun.head.head  # "Ana Ruiz was one of the tenants who said ...": she said it
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "among":
        verb = verb.head  # "Tom Reed was among the workers who said ..."
    elif noun.dep_ != "attr":
        return None
    if verb.lemma_ != "be":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ in {"PROPN", "PRON"} else None


# Words that count or pick from a group ("some residents", "few of the guards", "no inmates").
_COUNTING_WORDS = frozenset({"no", "few", "some", "many", "most", "several", "all", "both"})


def _said_by_subject(they, offset: int, verb_lemma: str | None) -> Mention | None:
    """ "Ana Ruiz and her team found the river clean, they claim": a "they" that speaks after
    the clause it speaks of stands for that clause's own subject, when it names people, more than
    one. None otherwise (a "they" of people named before)."""
    cue = they.head
    if they.i < cue.i and not any(t.text == "," for t in they.doc[max(0, they.i - 1) : they.i]):
        return None  # "They claim ...": whoever was named before
    said = [c for c in cue.children if c.dep_ == "ccomp" and c.i < they.i]
    if not said and cue.dep_ == "parataxis" and cue.head.i < they.i:
        said = [cue.head]
    subjects = [c for c in said[0].children if c.dep_ == "nsubj"] if said else []
    if not subjects:
        return None
    subject = subjects[0]
    plural = subject.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subject.children)
    if not plural or not speaks(subject) or not (_people(subject) or subject.ent_type_ == "PERSON"):
        return None
    if any(c.dep_ == "nummod" or c.lower_ in _COUNTING_WORDS for c in subject.children):
        return None  # "Only two guards stayed at their posts, they said": those counted are what is said
    if subject.ent_type_ != "PERSON" and not any(c.dep_ in {"det", "poss", "conj"} for c in subject.children):
        return None  # "Patrons often fight in the street, they said": people in general, what is said of them
    phrase = [t for t in subject.subtree if t.i < said[0].i]
    return _mention_of(phrase, offset, verb_lemma) if phrase else None


# Adverbs of when or of order that the parser may leave at a source's end ("News 8 first reported").
_WHEN_ADVERBS = frozenset(
    "first also initially later earlier previously then now recently originally again once still subsequently".split()
)


def _mention_of(toks: list, offset: int, verb_lemma: str | None, head=None) -> Mention:
    """A source mention from a run of tokens (a noun phrase, appositions included), headed by
    `head` when given; a relative pronoun stands for the noun phrase its clause describes ("The
    group, which has called for")."""
    toks = [t for t in toks if t.text not in BULLETS] or toks  # "• Deputy governor: ...", a list's item
    while len(toks) > 1 and toks[0].text in {"-", "–", "—"} and toks[0].i == toks[0].sent.start:
        toks = toks[1:]  # "- Reed: How much more ...", a list's item after a dash
    if len(toks) > 1 and toks[0].lower_ == "by" and toks[0].dep_ in {"prep", "agent"}:
        toks = toks[1:]  # "according to estimates | by the United Nations", the noun taken into the cue
    if len(toks) > 1 and toks[0].lower_ == "what" and toks[0].dep_ == "det":
        toks = toks[1:]  # "what zoo officials are calling a review": the officials call it so
    while len(toks) > 1 and toks[-1].tag_ == "RB" and toks[-1].text in _WHEN_ADVERBS:  # not "One Kestria Now"
        toks = toks[:-1]  # "News 8 first reported": when it reported, no word of its name
    head = head if head is not None else _root(toks)
    doc = head.doc
    heard = _heard_where(head)
    cut = min((i for i in heard if toks[0].i <= i <= toks[-1].i), default=None)
    if cut is not None:  # the tagger may have left the phrase out and kept what follows it
        toks = _trim([t for t in toks if t.i < cut])
    toks, head = _with_close_source(toks, head)
    stands_for = _stands_for(head, offset, verb_lemma) if len(toks) == 1 else _part_of_whom(toks, offset, verb_lemma)
    ids = {t.i for t in toks}
    first = toks[0]
    if (
        first.dep_ == "nmod"
        and first.head.i == head.i
        and head.pos_ == "NOUN"
        and first.lower_ in ROLE_WORDS
        and any(c.lower_ == "of" and c.dep_ == "prep" for c in first.children)
    ):
        head = first  # "Head of Kestrel customs urges calm": the parser hung the role on the body it heads
    named = next((c for c in head.children if c.dep_ == "appos" and c.left_edge.i == head.i + 1 and c.i in ids), None)
    if (
        head.pos_ == "NOUN"
        and head.lemma_.lower() in COLLECTIVE_WORDS
        and named is not None
        and named.pos_ == "PROPN"
        and named.ent_type_ == "ORG"
    ):
        head = named  # "the opposition Clean Water Front said": the body's name, its description before it
    apposition = apposition_head = None
    listed = False
    for c in head.children:
        if c.dep_ == "appos" and c.i in ids:
            if _listed_after(head, c, ids):
                listed = True  # "Reed's wife, his lawyer and a friend say": three speakers, no description
                continue
            apposition, apposition_head = _as_written(t for t in c.subtree if t.i in ids), _apposed_head(c)
    ents = _names_in(toks, head)
    text = attribution_model.Parse.of(doc).string[toks[0].idx : toks[-1].idx + len(toks[-1].text)]
    core = _core(toks, head) if not listed else text  # a list: all of it names the speakers
    picked = group_head(head)
    one = False
    if (
        picked is not head
        and picked.i in ids
        and not any(c.dep_ == "appos" and c.i in ids and c.ent_type_ in {"ORG", "PERSON"} for c in head.children)
    ):  # "Each of the families": the families speak (not "One of the firms, Kestrel Parking,": the firm named)
        one = head.lower_ in SINGLE_QUANTIFIERS  # one of them speaks, not "they"
        head, core = picked, _group_core(toks, picked)
    lower = head.lower_
    plural = not one and (
        _plural_noun(head)
        or lower in {"they", "we", "them", "us"}
        or any(
            c.dep_ == "conj" and c.i in ids and (not _second_role(head, c) or _number_by_its_verb(head) == "many")
            for c in head.children
        )
        and _number_by_its_verb(head) != "one"
        or listed
        or _those_doing(head)
    )
    return Mention(
        spans=fragments(toks, offset),
        text=text,
        head=head.text,
        head_lemma=head.lemma_.lower(),
        pronoun=_is_pronoun(head),
        plural=plural,
        entities=ents,
        verb_lemma=verb_lemma,
        apposition=apposition,
        apposition_head=apposition_head,
        proper=_is_name(head),
        core=core,
        stands_for=stands_for,
        who_clause=_who_clause(head),
        recased=_as_parsed(doc, toks[0].idx, toks[-1].idx + len(toks[-1].text)),
    )


# Roles held for an organisation ("spokesman", "chairman", "director"): role_nouns.txt.
ROLE_NOUNS = word_set("role_nouns")


@lru_cache(maxsize=1)
def role_or_person_nouns() -> frozenset[str]:
    """The nouns for a role or a person ("spokesman", "farmer"), built once."""
    return frozenset(ROLE_NOUNS | person_nouns())


def _those_doing(head) -> bool:
    """Whether a phrase is "those" doing something, the parser heading it on the participle
    ("Those marching on the streets also want ..."): people, many."""
    return head.tag_ == "VBG" and any(c.dep_ == "det" and c.lower_ in {"those", "these"} for c in head.children)


def _number_by_its_verb(head) -> str | None:
    """How many nouns joined by "and" stand for, by their verb's agreement: "one" where a singular
    noun, another after "and" with no article of its own, take a verb in the third person singular
    ("an influential senator and hard-liner on the North says ..."), "many" where they take a
    plural one ("the mayor and governor say"); None where the verb does not tell."""
    if head.dep_ in {"nsubj", "nsubjpass"}:
        verb = head.head
    elif head.dep_ == "appos" and head.right_edge.i + 1 < len(head.doc):
        # "In Washington, a senator and ... says", the subject misread (`_misread_apposition`)
        verb = head.doc[head.right_edge.i + 1]
    else:
        return None
    conj = [c for c in head.children if c.dep_ == "conj"]
    if (
        head.tag_ != "NN"
        or len(conj) != 1
        or conj[0].tag_ != "NN"
        or any(c.dep_ in {"det", "poss"} for c in conj[0].children)
    ):
        return None
    finite = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    if any(t.tag_ == "VBZ" or t.lower_ == "was" for t in finite):
        return "one"
    if any(t.tag_ == "VBP" or t.lower_ == "were" for t in finite):
        return "many"
    return None


def _second_role(head, conj) -> bool:
    """Whether a noun joined to a role's is a second role of the same person ("the founder and
    director of Acme says"): both roles in the singular, the second with no article of its own."""
    if (
        head.tag_ == "NN"
        and head.lemma_.lower() in ROLE_NOUNS
        and conj.ent_type_ == "PERSON"
        and not any(c.dep_ in {"det", "poss"} for c in [*head.children, *conj.children])
        and any(c.dep_ == "compound" and c.lower_ in ROLE_NOUNS for c in conj.children)
    ):
        return True  # "senior party official and former Foreign Minister Ana Ruiz": her roles, then her name
    return (
        head.tag_ == "NN"
        and conj.tag_ in {"NN", "NNP"}
        and head.lemma_.lower() in ROLE_NOUNS
        and conj.lower_ in ROLE_NOUNS
        and not any(c.dep_ in {"det", "poss"} for c in conj.children)
    )


def _listed_after(head, appos, ids: set[int]) -> bool:
    """Whether what the parser made an apposition of a common noun is the rest of a list the
    noun opens ("Reed's wife, his lawyer and a friend of the family say"): the apposition
    joins a noun phrase of its own (with its own article or owner) by "and", and the verb
    they share agrees with more than one."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.dep_ != "nsubj" or head.head.tag_ != "VBP":
        return False
    return any(
        c.dep_ == "conj" and c.i in ids and any(g.dep_ in {"det", "poss"} for g in c.children) for c in appos.children
    )


def mention_of(toks: list, offset: int) -> Mention:
    """A source mention of a run of tokens that no cue's verb governs (a pull quote's signature)."""
    return _mention_of(toks, offset, None)


def _as_written(toks) -> str:
    """Tokens' words as the text spaces them ("Workers' Union", not "Workers ' Union")."""
    return "".join(t.text_with_ws for t in toks).strip()


def _apposed_head(apposition) -> str:
    """The lemma of an apposition's head noun; for "one of the residents", the people it is one
    of ("resident"), which tell what the name it describes is."""
    if apposition.lower_ == "one":
        of = next((c for c in apposition.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if noun is not None and noun.tag_ == "NNS":
            return "person" if noun.lower_ == "people" else noun.lemma_.lower()
    # "the shadow work and pensions secretary", headed on "work": the role the joined words end on
    joined = [c for c in apposition.children if c.dep_ == "conj" and c.lemma_.lower() in ROLE_NOUNS]
    if joined and apposition.lemma_.lower() not in person_nouns():
        return joined[-1].lemma_.lower()
    return apposition.lemma_.lower()


def _names_in(toks: list, head) -> list[tuple[str, str]]:
    """The named entities of a mention, not those of a clause that describes its head ("NAPE,
    the union representing workers at the Labatt brewery": Labatt is not the speaker)."""
    if not toks:
        return []
    clause = {t.i for c in head.children if c.dep_ in {"acl", "relcl"} for t in c.subtree}
    for c in head.children:  # and of an apposition's clause
        if c.dep_ == "appos":
            clause |= {t.i for g in c.children if g.dep_ in {"acl", "relcl"} for t in g.subtree}
            if head.pos_ == "PROPN" and c.pos_ != "PROPN":
                # a name described: "Korvo, a joint venture between Kabange and Norlisk" is Korvo
                clause |= {t.i for g in c.children if g.dep_ == "prep" for t in g.subtree}
    ents = _joined_at_and(list(head.doc.ents))
    return [
        (_org_from_left(e, toks[0].i) if e.label_ == "ORG" else e.text, e.label_)
        for e in ents
        if e.start >= toks[0].i
        and e.end <= toks[-1].i + 1
        and (e.start <= head.i < e.end or not any(i in clause for i in range(e.start, e.end)))
    ]


def _joined_at_and(ents: list) -> list:
    """Entities with a name the model split after its "and" made one again ("The Norland
    Trade and" + "Industry Board")."""
    out: list = []
    for e in ents:
        last = out[-1] if out else None
        if (
            last is not None
            and last.label_ == e.label_ == "ORG"
            and last.end == e.start
            and e.doc[last.end - 1].lower_ in {"and", "&"}
        ):
            out[-1] = e.doc[last.start : e.end]
            out[-1].label_ = "ORG"
            continue
        out.append(e)
    return out


def _org_from_left(ent, first: int) -> str:
    """An organisation's name with the capitalised words joined to it on the left that the model
    left out ("Growers and" of "The Growers and Exporters Association")."""
    doc = ent.doc
    start = ent.start
    while start - 2 >= first and doc[start - 1].lower_ in {"and", "&"} and _title_word(doc[start - 2]):
        start -= 2
        while start - 1 >= first and _title_word(doc[start - 1]):
            start -= 1
    return doc[start : ent.end].text if start < ent.start else ent.text


def _title_word(tok) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.ent_type_


def _group_core(toks: list, head) -> str:
    """The name of the group a quantifier picks from: its noun phrase without an aside or a
    date ("One of the lawsuits filed Friday" -> "the lawsuits filed")."""
    phrase = [t for t in toks if t.i >= head.left_edge.i]
    return (
        _core(phrase, head)
        or attribution_model.Parse.of(head.doc).string[phrase[0].idx : phrase[-1].idx + len(phrase[-1].text)]
    )


def inside_quotes(tok, offset: int, quotes: list[Quote]) -> bool:
    """Whether a token of a paragraph that starts at `offset` lies inside one of `quotes`."""
    pos = tok.idx + offset
    return any(q.start <= pos < q.end for q in quotes)


# Verbs whose object "questions" is no doubt: "asked questions about the budget", "answered questions".
ASKING_OR_ANSWERING = {"ask", "answer", "field", "take", "face"}


def _stance_of(
    verb, lemma: str, particle: str | None, content: list, cue: Sequence = (), direct: bool = False
) -> tuple[str, bool]:
    """The stance of a cue's verb and whether its claim is hedged (a hedge word in the content or
    on the verb, or a negated verb: "did not deny"). A denying or doubting word elsewhere in the
    cue ("disputed claims") gives its stance; so does the speaker's own act in the content of a
    plain cue ("said it disagrees with the order", "said the report was a fabrication"); a
    quoted command is a demand ("Do not kill your protesters")."""
    if verb.pos_ == "PROPN" and verb.text[:1].isupper() and lemma == verb.lemma_.lower():
        lemma = base_form(verb.lower_) or lemma  # a Title Case headline's "Denies", tagged as a name
    words = [t.lower_ for t in content]
    if content and content[-1].i + 1 < len(content[-1].doc) and content[-1].nbor().text == "?":
        words.append("?")  # '"Did the company know?" the lawyer asked': the mark the content was trimmed of
    if lemma == "plead":  # "pleaded (not) guilty": the plea may sit in the cue or open the content
        plea = [t.lower_ for t in cue if t.i != verb.i] + words[:3]
        if "guilty" in plea:
            words = plea
    dismissed_as = lemma == "dismiss" and any(c.lower_ == "as" for c in verb.children)
    negated = any(c.dep_ == "neg" for c in verb.children) or _yet_to(verb)
    if negated and lemma in PERCEPTION_VERBS:
        return "denies", False  # "they did not see the van hit anyone": an account against the event
    stance = stance_rules.cue_stance(lemma, particle, words, dismissed_as, negated)
    if (
        stance == "asserts"
        and not negated
        and any(
            t.pos_ == "ADJ"
            and t.lower_ in stance_rules.DOUBT_WORDS  # "Experts are skeptical that ..."
            or t.dep_ == "dobj"
            and t.head.i == verb.i
            and _doubt_noun(t)
            and lemma not in ASKING_OR_ANSWERING
            for t in cue
        )
    ):
        stance = "questions"  # a doubting word in the cue, or its verb's doubt: "raised doubts about the plan"
    if stance == "asserts" and not negated and lemma in WANTING_VERBS and _wants_done_by_others(verb):
        stance = "demands"  # "wants the council to reopen the inquiry": a call on the council
    hedged = negated or stance_rules.is_hedged(words) or any(c.lower_ in stance_rules.HEDGES for c in verb.children)
    if stance == "asserts" and not negated:
        # "disputed claims", not "refused to dismiss" (what one refuses to do is no denial)
        other = [
            stance_rules.CUE_STANCE.get(t.lemma_.lower())
            for t in cue
            if t.i != verb.i
            and t.pos_ == "VERB"
            and t.dep_ != "xcomp"
            and not (t.i > 0 and t.doc[t.i - 1].lower_ == "to")
        ]
        if "denies" in other or "questions" in other:
            return ("denies" if "denies" in other else "questions"), hedged
        if lemma in stance_rules.PLAIN_CUES and content:
            stance = stance_rules.content_stance(content, direct) or stance
    return stance, hedged


def _yet_to(verb) -> bool:
    """ "has yet to confirm", "is yet to comment": a cue not done (so far), as "has not confirmed"."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() in {"have", "be"}
        and _takes_to(verb)
        and any(c.dep_ == "advmod" and c.lower_ == "yet" and c.i < verb.i for c in head.children)
    )


def _wants_done_by_others(verb) -> bool:
    """Whether a verb of wanting takes someone else doing something ("wants the council to
    reopen the inquiry", "wants him to resign"), not the speaker's own act ("wants to run")."""
    for c in verb.children:
        if not _takes_to(c):
            continue
        if c.dep_ == "ccomp" and any(g.dep_ in {"nsubj", "nsubjpass"} and g.lower_ != "it" for g in c.children):
            return True  # the parser's usual reading: "the council" the subject of "to reopen"
        if c.dep_ == "xcomp" and any(d.dep_ == "dobj" and d.i < c.i for d in verb.children):
            return True  # or the object of "wants" and an infinitive of its own
    return False


# Words that stand for a whole clause: "would not say so", "I think not".
_PRO_CLAUSES = {"so", "not", "yes", "no", "otherwise"}


def _says_nothing(content_toks: list) -> bool:
    """Whether a content holds no word that says anything: adverbs, prepositions and the like
    only ("... or never spoken at all": "at all"), not a word standing for a clause ("say so")."""
    words = [t for t in content_toks if not (t.is_punct or t.is_space)]
    if any(t.lower_ in _PRO_CLAUSES or t.tag_ in {"WRB", "WDT", "WP"} for t in words):
        return False  # "say so", "Absolutely not."; "did not say when"
    return bool(words) and all(t.pos_ in {"ADV", "ADP", "DET", "PART", "CCONJ", "SCONJ"} for t in words)


# Media a speaker tells something to ("told the news agency", "told the paper").
_TOLD_MEDIA = frozenset({"agency", "newspaper", "paper", "broadcaster", "channel", "station", "network", "outlet"})


def _addressee_only(objects: list, content_toks: list) -> bool:
    """Whether a content is nothing but the ones a cue's words were told to: a person, people,
    or a body or medium by its name ("told reporters", "told news agency KNA", "told KTV")."""
    told = {t.i for obj in objects for t in obj.subtree}
    if not all(t.i in told or t.is_punct for t in content_toks):
        return False
    if any(t.pos_ in {"VERB", "AUX"} for t in content_toks):
        return False  # "told the board she had a letter from ...": a clause the parser hung on them
    return all(
        obj.lower_ in _PEOPLE_OBJECTS
        or obj.ent_type_ in {"PERSON", "ORG", "NORP"}
        or obj.pos_ == "PROPN"
        or _people(obj)
        or obj.lemma_.lower() in _TOLD_MEDIA
        for obj in objects
    )


def _rated_only(verb) -> bool:
    """Whether a participle with no auxiliary and no object is followed only by an adjective that
    rates what it is said of ("16 of them considered serious", "one labeled 'willful'", "those
    confirmed dead"): a passive shortened, what someone else deemed them, no one's claim ("Anyone
    found guilty will be fined", though the tagger reads "found" as a past tense)."""
    if verb.tag_ == "VBD" and verb.lemma_.lower() == "find":
        # "found guilty", the adjective right after it and no object: found so by others
        return not any(c.dep_ == "dobj" for c in verb.children) and any(
            c.dep_ == "oprd" and c.pos_ == "ADJ" and c.i == verb.i + 1 for c in verb.children
        )
    if verb.tag_ != "VBN":
        return False
    rated = [c for c in verb.children if c.dep_ in {"oprd", "acomp"} and c.pos_ == "ADJ"]
    # a clause before it is what the parser hung on it ("cited the plant for 18 violations, 16 of them considered")
    others = [
        c
        for c in verb.children
        if c.dep_ in {"dobj", "ccomp", "xcomp"} and c.i > verb.i or c.dep_ in {"aux", "auxpass", "agent"}
    ]
    return len(rated) == 1 and not others and rated[0].i > verb.i


def _aged(noun) -> bool:
    """Whether a noun names someone by their age ("the 2-year-old", "a 17-year-old")."""
    if re.fullmatch(r"(?:\d+|[a-z]+)-years?-olds?", noun.lower_):
        return True
    return (
        noun.lower_ in {"old", "olds"}
        and noun.i >= 2
        and noun.nbor(-1).text == "-"
        and noun.nbor(-2).lower_ in {"year", "years"}
    )


# Prepositions that give a figure's new level or change ("rose to 400", "fell by 5 per cent").
_AMOUNT_PREPS = frozenset({"to", "by", "from", "over", "under", "above", "below"})


def _only_amount(verb, content_toks: list) -> bool:
    """ "Refund requests more than tripled to 2,400": a figure that changed, with its new
    level for content; a verb outside the words of saying whose only content is a number's phrase
    says nothing."""
    if not content_toks or verb.lemma_.lower() in attribution_model.CUE_LEMMAS:
        return False
    colon = next((k for k, t in enumerate(content_toks) if t.text == ":"), None)
    if colon:  # "went up by £6 a week: 'That is a huge sum,' she says": the quotation is hers
        content_toks = content_toks[:colon]
    first = next((t for t in content_toks if t.is_alpha or t.like_num), None)
    if first is None or first.lower_ not in _AMOUNT_PREPS or first.head.i != verb.i:
        return False
    amount = [c for c in first.children if c.dep_ == "pobj"]
    phrase = {t.i for t in first.subtree}
    return (
        all(t.i in phrase or not (t.is_alpha or t.like_num) for t in content_toks)
        and len(amount) == 1
        and (amount[0].like_num or amount[0].ent_type_ in {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
    )


def _no_message(verb, content_toks: list) -> bool:
    """A cue verb in a sense that says nothing: "released" a person ("officers released the two
    men", "police released the driver"), freed and not published; "recalled" goods ("recalled
    40,000 heaters"), not remembered; "report" to a place or a duty
    ("has to report to an army base"), where what it was given for content is the place."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma == "release":
        return bool(objects) and all(
            c.lower_ in {"him", "her", "them", "me", "us"} or c.ent_type_ == "PERSON" or _people(c) or _aged(c)
            for c in objects
        )
    if _rated_only(verb):
        return True  # "16 of them considered serious", "those confirmed dead": what they were deemed
    if _only_amount(verb, content_toks):
        return True
    if lemma == "hail" and any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
        return True  # "another hailed from Nairobi County": where someone comes from
    if lemma == "decline" and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in {"identify", "name"} and any(a.dep_ == "auxpass" for a in c.children)
        for c in verb.children
    ):
        return True  # "The official declined to be identified": why no name is given, nothing refused
    if lemma == "recall":  # "recalled 40,000 heaters", not "recalled the day" nor "recalled that ..."
        return bool(objects) and all(c.lemma_.lower() in object_nouns() for c in objects)
    if content_toks and (
        _only_when(verb, content_toks) or _only_where(verb, content_toks) or _done_to_people(verb, content_toks)
    ):
        return True
    if lemma == "tell" and content_toks and objects and _addressee_only(objects, content_toks):
        return True  # '"...," Reed, one of the drivers, told news agency KNA': whom he told, not what
    if lemma in _QUOTE_VERBS and verb.tag_ == "VBG" and not any(t.pos_ in {"VERB", "AUX"} for t in content_toks):
        root = next((t for t in content_toks if t.head.i == verb.i), None)
        if root is not None and (
            root.ent_type_ in {"PERSON", "ORG"}
            or root.pos_ == "PROPN"
            or _people(root)
            or root.lemma_.lower() in _QUOTED_BODIES
        ):
            return True  # "..., quoting Mr. Okafor", "citing police": whose words, not what they said
    if (
        lemma == "answer"
        and verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and content_toks
        and all(t.lemma_.lower() in _ASKED or not t.is_alpha or t.dep_ in {"det", "poss", "amod"} for t in content_toks)
    ):
        return True  # "while answering questions from the panel": what was asked, not what was said
    if verb.pos_ in {"NOUN", "PROPN"} and content_toks and _stranded(content_toks):
        return True  # "the Audit Office report the budget was based on": the report is what it is based on
    if lemma == "identify" and any(c.dep_ == "dobj" and c.lower_ in _SELVES for c in verb.children) and _named_as(verb):
        return True  # "a driver, who identified himself as Olu": a name given, nothing said
    if lemma == "show" and any(c.dep_ == "dative" for c in verb.children):
        return bool(objects) and all(c.lemma_.lower() in RECORDS for c in objects)
    if lemma == "report" and content_toks:
        chain = []
        for a in [content_toks[0], *content_toks[0].ancestors]:
            if a.i == verb.i:
                break
            chain.append(a)
        # the phrase of whom it goes to, maybe after a particle ("report back to ministers")
        at = next((k for k, a in enumerate(chain) if a.dep_ == "prep" and a.lower_ in {"to", "for"}), None)
        if at is None or not all(a.dep_ in {"advmod", "prt"} for a in chain[at + 1 :]):
            return False
        led = chain[at]
        # "will report to the health secretary on whether ...": to whom, and on what, a report
        # still to come; not "reported to police that a man ...", whose clause is what was said
        said = {t.i for c in verb.children if c.dep_ in {"ccomp", "dobj"} for t in c.subtree}
        return not any(t.pos_ in {"VERB", "AUX"} for t in content_toks) or (
            content_toks[0].i != led.i and not any(t.i in said for t in content_toks)
        )
    return False


# Conjunctions that open a clause of when or how a thing was done, not of what was said.
_CIRCUMSTANCE_MARKS = frozenset({"as", "when", "while", "after", "before", "until", "once", "whenever"})


def _only_when(verb, content_toks: list) -> bool:
    """Whether a content is only a clause of when the cue was done ("neighbours called out as
    firefighters carried the children out"): no message."""
    first = content_toks[0]
    clause = first.head
    if first.dep_ != "mark" or first.lower_ not in _CIRCUMSTANCE_MARKS or clause.dep_ != "advcl":
        return False
    return clause.head.i == verb.i and all(clause.left_edge.i <= t.i <= clause.right_edge.i for t in content_toks)


# Verbs of speaking that need no message ("spoke in court", "testified on Monday").
_SPEAKING_ALOUD = frozenset({"speak", "talk", "testify", "appear", "comment", "respond", "reply"})
# Prepositions of where or when a thing was said ("spoke in court", "spoke from the steps").
_WHERE_PREPOSITIONS = frozenset({"in", "at", "from", "inside", "outside", "near", "before", "during", "after"})


def _only_where(verb, content_toks: list) -> bool:
    """Whether a content is only where or when the cue was done, a phrase of place or time hung
    on it with no verb ("Reed spoke for an hour in court", "spoke from the steps"): no message."""
    if verb.lemma_.lower() not in _SPEAKING_ALOUD:
        return False  # not "believe in ...", nor "noted, in his first weeks, ..." with a quotation after
    phrase = next((c for c in verb.children if c.dep_ == "prep" and c.i == content_toks[0].i), None)
    if phrase is None or phrase.lower_ not in _WHERE_PREPOSITIONS:
        return False
    inside = {t.i for t in phrase.subtree}
    return all(t.i in inside or t.is_punct for t in content_toks) and not any(
        t.pos_ in {"VERB", "AUX"} for t in content_toks
    )


# Verbs of knowing and believing, whose content the annotators mark even where "whether" asks it.
_KNOWING = frozenset("know believe think feel expect understand realise realize suspect fear hope learn".split())


def _in_question_put(verb) -> bool:
    """Whether a cue is what a question put to the sentence's subject asks ("Asked whether he
    thinks the levy will pass, Reed said ..."): no one's claim. Not a clause that describes a
    noun of it ("Asked whether the plan, which critics called reckless, ...": the critics'). So
    too a cue inside the "whether" it asks ("a question about whether he could confirm the plan")."""
    if verb.lemma_.lower() not in _KNOWING and any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children):
        return True  # (not "it is not clear whether Reed knew that ...": what he knew, an attribution still)
    for a in verb.ancestors:
        if _put_to_subject(a):
            return a.dep_ == "advcl" and not any(c.dep_ == "auxpass" for c in a.children)
        if a.dep_ in {"relcl", "acl"} or a.pos_ in {"NOUN", "PROPN"}:
            return False
    return False


def _what_it_calls(verb) -> bool:
    """Whether a cue names the thing its clause stands for ("fight what he called reckless
    spending", "what many described as a sleepy suburb"): the name given is all it says
    (`_name_given`), not "what" nor the clause around it."""
    return verb.lemma_.lower() in NAMING | {"describe", "characterize", "characterise"} and any(
        c.lower_ in {"what", "whatever"} and c.dep_ in {"dobj", "nsubjpass", "oprd"} and c.i < verb.i
        for c in verb.children
    )


def _claimed_lives(verb) -> bool:
    """Whether "claim" is said of lives taken ("a blaze that had claimed 12 lives", "the storm
    claimed the lives of six people"), a death toll, or of a prize won ("claimed bronze"): no claim."""
    return verb.lemma_.lower() == "claim" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _CLAIMED_THINGS for c in verb.children
    )


# What "claim" takes that is no claim: lives (a toll), and what a contest is won for ("claimed the
# title", "claimed bronze in the relay", "claimed the seat"); "claimed victory" stays a claim.
_CLAIMED_THINGS = frozenset(
    "life live lives gold silver bronze medal title crown trophy prize championship seat pole".split()
)


_PHONE_LINES = frozenset("hotline helpline number line switchboard".split())


def _number_dialled(verb) -> bool:
    """Whether "call" means ringing a number ("parents can call 1-800-555-0134", "call the
    hotline"): a deed, not a call for something nor someone called a name ("called the fine a
    disgrace")."""
    if verb.lemma_.lower() != "call" or any(c.dep_ in {"oprd", "xcomp", "ccomp"} for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        any(ch.isdigit() for ch in o.text)
        and all(ch.isdigit() or ch in "-()." for ch in o.text)
        or o.lemma_.lower() in _PHONE_LINES
        for o in objects
    )


def _office_contested(verb) -> bool:
    """Whether "contest" is said of an office run for ("contested the seat", "to contest Iran's
    highest elected office"): standing, not disputing ("contested the results")."""
    return verb.lemma_.lower() == "contest" and any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in _OFFICES_RUN_FOR for c in verb.children
    )


_OFFICES_RUN_FOR = frozenset(
    "seat office presidency post constituency ward position mayoralty governorship premiership chairmanship".split()
)


def _shut_or_opened(verb) -> bool:
    """Whether a place shuts, closes or reopens, or is shut ("the pools shut in June", "shut the
    plant"): no words said ("shut down the rumours" stays a denial)."""
    if verb.lemma_.lower() not in {"shut", "close", "reopen"} or any(
        c.dep_ in {"ccomp", "xcomp"} for c in verb.children
    ):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return not any(o.lemma_.lower() in message_nouns() or o.lemma_.lower() in CLAIM_NOUNS for o in objects)


# A stoppage or an election a body calls, or calls off ("called a walkout", "the stoppage was
# called by the guild"); not a session or a referendum called, which PolNeAR's annotators mark as said.
_EVENTS_CALLED = frozenset("strike strikes walkout walkouts stoppage stoppages election elections halt".split())


def _called_an_event(verb) -> bool:
    """Whether "call" calls an event ("the dockers called a walkout", "the stoppage was called by
    the guild", "called off the walkout"): a deed, no words said; "called the walkout unlawful"
    stays a label, "called for a ballot" a demand."""
    if verb.lemma_.lower() != "call" or any(
        c.dep_ in {"oprd", "xcomp", "ccomp"} or c.dep_ == "prep" and c.lower_ in {"for", "on", "upon"}
        for c in verb.children
    ):
        return False
    called = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        called.append(verb.head)  # "the walkout, called by the union,"
    return any(c.lemma_.lower() in _EVENTS_CALLED for c in called)


# What a price is ("charge members higher fees", "charge more"): billing, no charge laid.
_PRICES = frozenset("price prices fee fees rent rents rate rates tuition fare fares toll tolls cent cents".split())


def _charged_a_price(verb) -> bool:
    """Whether "charge" bills ("charge members higher fees", "allowed to charge more than £40",
    "charge new tenants less"): a price, no accusation ("charged that ...", "charged him with
    fraud" stay)."""
    if verb.lemma_.lower() != "charge" or any(
        c.dep_ in {"ccomp", "xcomp"} or c.dep_ == "prep" and c.lower_ == "with" for c in verb.children
    ):
        return False
    return any(
        c.dep_ in {"dobj", "dative", "npadvmod", "advmod"}
        and (
            c.lemma_.lower() in _PRICES
            or c.ent_type_ == "MONEY"
            or c.lower_ in {"more", "less", "extra"}
            or any(t.ent_type_ == "MONEY" or t.text in {"$", "£", "€"} for t in c.subtree)
        )
        for c in verb.children
    )


# What is written that says nothing of its own ("writing tickets", "wrote a cheque").
_WRITTEN_THINGS = frozenset("ticket citation check cheque prescription code software".split())


def _wrote_no_words(verb) -> bool:
    """Whether "write" makes out a ticket, a cheque or a prescription, or writes code: a deed,
    no claim ("wardens seldom use the rule when writing tickets")."""
    return verb.lemma_.lower() == "write" and any(
        c.dep_ in {"dobj", "dative"} and c.lemma_.lower() in _WRITTEN_THINGS for c in verb.children
    )


def _stands_at_figure(verb) -> bool:
    """Whether "stand" gives a figure's level ("losses ... currently stand at £4m a week", "the
    toll stood at 40"): a number, no one's stance."""
    return verb.lemma_.lower() == "stand" and any(
        c.dep_ == "prep"
        and c.lower_ == "at"
        and any(t.like_num or t.ent_type_ in {"MONEY", "PERCENT", "CARDINAL", "QUANTITY"} for t in c.subtree)
        for c in verb.children
    )


# What is said as a rite or a greeting ("said a fond farewell", "said a prayer"): no claim.
_RITES_SAID = frozenset("farewell goodbye goodbyes prayer prayers grace mass hello goodnight rosary vows amen".split())


def _said_a_rite(verb) -> bool:
    """Whether "say" says a farewell, a prayer or a greeting, no claim ("said a fond farewell to
    the library", "said a prayer for the crew")."""
    return verb.lemma_.lower() == "say" and any(
        c.dep_ in {"dobj", "npadvmod", "intj"} and c.lemma_.lower() in _RITES_SAID for c in verb.children
    )


def _in_view_of(word) -> bool:
    """Whether "view" is the noun of "with a view to" or "in view of" ("approved the loan with a
    view to the club returning"): an aim or a reason, no one's view."""
    return word.lemma_.lower() == "view" and word.pos_ == "NOUN" and word.head.lower_ in {"with", "in"}


def _dismissed_people(verb) -> bool:
    """Whether "dismiss" is said of people ("has dismissed 150,000 judges and teachers", "dismissed
    the coach"): sacked, not a claim rejected ("dismissed the claims") nor people called something
    ("dismissed critics as cranks")."""
    if verb.lemma_.lower() != "dismiss" or any(c.lower_ == "as" for c in verb.children):
        return False  # "dismissed critics as cranks": what they are called
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(_people(o) or o.ent_type_ == "PERSON" for o in objects)


KEPT_RITES = word_set("kept_rites")


def _kept_rite(verb) -> bool:
    """Whether "observe" means keeping a truce, a silence or a holiday ("both sides observed the
    ceasefire", "schools observed the holiday"): a deed, no cue; "observed that ..." stays one."""
    if verb.lemma_.lower() != "observe" or any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return False
    kept = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    kept += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    return any(c.lemma_.lower() in KEPT_RITES or c.lower_ in KEPT_RITES for c in kept)


def _what_it_is_of(noun, src: list) -> bool:
    """Whether the words the tagger took for a noun cue's source are common nouns run into it that
    say what it is of ("a sales forecast", "the profit warning"), not who made it ("a police
    statement", "the Acme forecast")."""
    return all(
        t.dep_ == "compound"
        and t.head.i >= t.i
        and t.i < noun.i
        and t.pos_ == "NOUN"
        and t.text.islower()  # not "Reed predicts ...", a name the parser ran into a noun
        and t.lemma_.lower() not in speaker_nouns()  # nouns for people among them
        for t in src
    )


def _goes_by_name(verb) -> bool:
    """Whether a passive of naming gives the name something goes by: "referred to as" ("the
    premier, widely referred to as the Iron Lady", "the drought, sometimes referred to as the Long
    Dry") or "known as"/"known by" after a name ("Parents Against Pylons, known by its initials
    PAP,"). What something is called, by no one in particular, is no claim; "she referred to the
    mayor as a liar" stays one."""
    if verb.lemma_.lower() == "know" and verb.tag_ == "VBN":
        # "Rubella also known as German measles spreads ...", the commas left out: the parser may
        # make the name the subject of "known", which no auxiliary makes a passive
        bare = verb.dep_ == "acl" or not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        return bare and any(c.lower_ in {"as", "by"} and c.dep_ in {"prep", "agent"} for c in verb.children)
    if verb.lemma_.lower() != "refer" or any(c.dep_ in {"agent", "dobj"} for c in verb.children):
        return False
    to = [c for c in verb.children if c.lower_ == "to" and c.dep_ in {"prep", "dative", "prt"}]
    # "to" with no object of its own: the passive's ("referred to as"), not "referred to the mayor as"
    return (
        bool(to)
        and not any(g.dep_ == "pobj" for t in to for g in t.children)
        and any(c.lower_ == "as" and c.dep_ == "prep" for c in verb.children)
    )


def _name_it_goes_by(verb, content_toks: list) -> bool:
    """Whether a naming cue in a relative clause gives a thing its proper name ("the strait
    Kestria calls the Northern Channel", "the sea, which Norland calls the North Basin"): what a
    side names a place or a thing, not what it says of it ("the plan, which she called reckless",
    "a move it called "theft"")."""
    return (
        verb.lemma_.lower() in NAMING
        and verb.dep_ == "relcl"
        and bool(content_toks)
        and all(t.pos_ == "PROPN" or t.lower_ == "the" or t.tag_ in {"WDT", "WP"} for t in content_toks)
        and any(t.pos_ == "PROPN" for t in content_toks)
    )


def _name_given(verb, content_toks: list) -> list:
    """The words after a naming cue in its own phrase: "reckless spending" in "what he called
    reckless spending", "a sleepy suburb" in "what many described as a sleepy suburb"; the
    content found when it lies inside them (a quoted label: "what it termed a "biased" survey")."""
    own = {c.i for c in verb.children if c.dep_ in {"aux", "neg", "prt"}}
    # not a clause of when ("who she described as angry before he ran")
    own |= {t.i for c in verb.children if c.dep_ == "advcl" and c.i > verb.i for t in c.subtree}
    words = [t for t in verb.subtree if t.i > verb.i and t.i not in own]
    while words and (words[0].is_punct and not words[0].is_quote or words[0].lower_ == "as"):
        words = words[1:]
    if content_toks and {t.i for t in content_toks} <= {t.i for t in words}:
        return content_toks
    marks = [k for k, t in enumerate(words) if t.is_quote]
    if len(marks) >= 2 and marks[1] > marks[0] + 1:  # the quoted words are the label
        return words[marks[0] + 1 : marks[1]]
    if len(marks) == 1 and marks[0] + 1 < len(words):  # the closing mark hung outside the phrase
        return _trim(words[marks[0] + 1 :])
    return _trim(words)


def _put_to_subject(verb) -> bool:
    """A question put to the sentence's subject ("Asked whether he would resign, the chairman
    said ...", "when asked about the funds"): the asker is not named and the subject asks nothing."""
    return (
        verb.lemma_.lower() == "ask"
        and verb.tag_ == "VBN"
        and not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    )


def _verb_attribution(verb, text, offset, quotes, sent, sent_span, floor, subject=None) -> Attribution | None:
    """A cue verb's attribution by the parse: its subject (or `subject`, the speaker it shares
    with an earlier cue) and its complement or adjacent quotation."""
    if _put_to_subject(verb) or _aim_of_noun(verb) or _said_of_subject(verb) or _headline_passive(verb):
        return None
    if _advised(verb) or _labelled_in_headline(verb):
        return None
    if _believed_to_be(verb):
        return None  # "the blaze, believed to have started in a storeroom": no one named believes it
    if _act_not_speech(verb) or _accused_not_accusing(verb) or _rated_only(verb) or _thing_handled(verb):
        return None
    if _in_question_put(verb) or _noun_read_as_verb(verb):
        return None
    if _perfect_split_from(verb) is not None:  # "... had on Monday, approved the plan": the clause's verb
        return None
    if any(_passive_quoted(g) for c in verb.children if c.lower_ == "as" for g in c.children):
        return None  # "X was cited as saying by Norpress": `_passive_quoted`'s, from "saying"
    cue_toks, particle = cue_tokens(verb)
    lemma = verb.lemma_.lower()
    # "The bridge will reopen in March, confirmed the ministry.": the parser joins the cue to the
    # clause before it, whose subject would then speak; the speaker is the noun phrase after the cue
    inverted = _inverted(verb, floor) if subject is None and lemma in INVERTED_CUES else None
    if inverted is None and subject is None:
        inverted = _reporter_appended(verb, floor)  # "..., the Norpress news agency reported on Monday"
    if inverted is not None:
        subject = next((t for t in (verb.doc[i] for i in inverted[0]) if t.head.i not in inverted[0]), None)
    subject = subject if subject is not None else find_subject(verb, floor)
    if subject is not None:
        subject = _person_beside_place(subject, verb) or subject  # "In Tamale, Ghana, a yam seller said"
    if (
        subject is None
        or subject.i in {t.i for t in cue_toks}
        or _described_by_participle(subject, verb)
        or _thing_doing(subject, verb)
        or _superlative_recorded(verb)
    ):
        return None  # "the costs announced last spring": no one named
    if _the_reader(verb.sent, subject.text):
        return None
    unnamed = _passive_subject(subject, verb)  # "the accord is expected to be ratified": no one named
    if not unnamed and not speaks(group_head(subject)):
        return None
    # a subject the parser made the cue's head (_root_noun_speaker) holds the cue's clause: not its words
    clause = {t.i for t in verb.subtree} if subject.i in {a.i for a in verb.ancestors} else set()
    if subject.dep_ == "appos" and verb.dep_ == "advcl" and verb.head.dep_ == "acl" and verb.head.head.i == subject.i:
        clause |= {t.i for t in verb.head.subtree}  # "..., the agency reported on Monday, citing ...": not its name
    if inverted is not None:
        content_toks = _trim([verb.doc[i] for i in inverted[1]])  # the clause before the cue
    else:
        heads = _content_heads(verb, particle)
        exclude = {t.i for t in cue_toks} | {t.i for t in subject.subtree if subject.i != verb.i and t.i not in clause}
        if verb.dep_ == "parataxis" and heads == [verb.head]:
            exclude |= {t.i for t in verb.subtree}  # ", they argue,": the aside is no part of the words
        content_toks = []
        for h in heads:
            content_toks += [t for t in h.subtree if t.i not in exclude]
        content_toks = _before_conjunct_speaker(_trim(list({t.i: t for t in content_toks}.values())), offset, quotes)
    if subject.dep_ == "pobj" and subject.i == getattr(_agent_hung_on_as(verb), "i", None):
        content_toks = _called_as(verb, subject)
    if _what_it_calls(verb):
        content_toks = _name_given(verb, content_toks)
    # A quotation adjacent to the cue is its content when the parse offers none, or the
    # parse's content lies inside the quotation (then the whole quotation is taken).
    quote_kind = "indirect"
    cue_start = verb.idx + offset
    near = _adjacent_quote(quotes, sent_span, cue_start, text)
    content_spans = fragments(content_toks, offset)
    if near:
        if not content_toks or all(any(q.start <= s and e <= q.end for q in near) for s, e in content_spans):
            if content_toks:  # the quotation the parse found, and those the cue's own words join to it
                cue_end = max(t.idx + len(t) for t in cue_toks) + offset
                near = [q for q in near if _quote_of_cue(q, content_spans, cue_start, cue_end, text)]
            content_spans = [(q.start, q.end) for q in near]
            content_toks = [t for t in sent.doc if any(q.start <= t.idx + offset < q.end for q in near)]
            quote_kind = "direct"
    if not content_spans:
        return None
    if quote_kind == "indirect" and any(
        any(s < q.start < e or s < q.end < e for s, e in content_spans)
        or any(s <= q.start and q.end <= e for s, e in content_spans)
        for q in quotes
    ):
        quote_kind = "mixed"
    # the subject must not sit inside the content (a misparse): drop the attribution
    # nor reach back over the dateline ("date 2022-03-16 Russia's defence ministry denied ... and said")
    if _no_one(subject) or _object_found(group_head(subject), content_toks):
        return None
    before_floor = {t.i for t in subject.subtree if t.i < floor}
    if _verbless_top(subject):  # "In March a coalition of tenant groups called for ...": who, not when
        before_floor |= {
            t.i for c in subject.children if c.i < subject.i and c.dep_ in {"prep", "npadvmod"} for t in c.subtree
        }
    if not clause:
        clause = _misread_clause(subject)  # "a coalition of tenant groups called for ..., pointing"
    src = mention(subject, {t.i for t in cue_toks} | before_floor | clause, offset, subject.head.lemma_.lower())
    if any(cs <= ss < ce for ss, _ in src.spans for cs, ce in content_spans):
        return None
    stance, hedged = _stance_of(verb, lemma, particle, content_toks, cue_toks, direct=quote_kind == "direct")
    cue_spans = fragments(_preposition_edge(cue_toks), offset)
    cue_text = _spans_text(verb.doc, cue_spans, offset)
    return Attribution(
        source=None if unnamed else src,
        cue=cue_spans,
        cue_text=cue_text,
        cue_lemma=lemma if not particle else f"{lemma} {particle}",
        stance=stance,
        content=content_spans,
        quote=quote_kind,
        sentence=sent_span,
        hedged=hedged,
        tokens=content_toks,
    )


# Words between a lead-in's cue and its colon ("said in a statement on Monday:") at most.
LEAD_IN_TAIL = 8
LEAD_IN_VERBS = word_set("lead_in_verbs")


@dataclass
class LeadIn:
    """A cue that closes its paragraph on a colon, its speech in the next paragraph ("In a
    statement, the mayor said:" and then a quotation): what the next paragraph completes."""

    verb: object  # the cue's verb (a spaCy Token)
    cue: list  # the cue's tokens, the colon included ("said on Twitter:")
    spans: list[Span]  # the cue's, in the text
    text: str
    particle: str | None
    source: Mention
    sentence_start: int  # where the lead-in's sentence starts in the text


def lead_in(doc, offset: int, floor_char: int) -> LeadIn | None:
    """The lead-in that ends paragraph `doc` (at `offset`, its dateline ending at `floor_char`),
    if it ends with one: a speech verb whose subject speaks, followed by at most a few words
    and no verb before the final colon ("she said:", "he told reporters on Monday:", "went on
    to say:"). A verb with a content of its own ("said the reasons were clear:") is no lead-in."""
    last = next((t for t in reversed(doc) if not t.is_space), None)
    if last is None or last.text != ":":
        return None  # most paragraphs: no token list made
    toks = [t for t in doc if not t.is_space and t.idx + offset >= floor_char]
    if len(toks) < 3 or toks[-1].text != ":":
        return None
    floor = toks[0].i
    colon = toks[-1]
    sent = colon.sent
    verb = next(
        (
            t
            for t in reversed(doc[max(sent.start, floor) : colon.i])
            if is_cue_verb(t)
            or t.pos_ == "VERB"
            and t.lemma_.lower() in LEAD_IN_VERBS
            # "Part of the union's statement read:", the parser having taken "read" for a noun
            or t.lower_ in {"read", "reads"}
            and t.i == colon.i - 1
            and t.dep_ == "ROOT"
        ),
        None,
    )
    if verb is None or _put_to_subject(verb):
        return None
    if verb.lemma_.lower() in _TALKING_VERBS:
        # "Ruiz also spoke out against the plan:" before a post the page embeds: with no quotation
        # after its colon (`_lead_speaker`'s), talking leads in nothing
        return None
    cue, particle = cue_tokens(verb)
    cue_ids = {t.i for t in cue}
    tail = [t for t in doc[verb.i + 1 : colon.i] if t.i not in cue_ids and not t.is_space]
    if len(tail) > LEAD_IN_TAIL or any(t.pos_ in {"VERB", "AUX"} or t.dep_ in {"ccomp", "mark"} for t in tail):
        return None
    subject = find_subject(verb, floor)
    if subject is None or subject.i in cue_ids or subject.i > verb.i or not speaks(group_head(subject)):
        return None
    if _passive_subject(subject, verb):
        return None
    before_floor = {t.i for t in subject.subtree if t.i < floor}
    source = mention(subject, cue_ids | before_floor, offset, verb.lemma_.lower())
    cue = sorted([*cue, *tail, colon], key=lambda t: t.i)
    spans = fragments(cue, offset)
    text = _spans_text(doc, spans, offset)
    return LeadIn(verb, cue, spans, text, particle, source, max(sent.start_char, toks[0].idx) + offset)


def lead_in_attribution(lead: LeadIn, doc, offset: int, quotes: list[Quote], found: list) -> Attribution | None:
    """The attribution a lead-in opens in the next paragraph `doc` (at `offset`), whose own
    attributions are `found`. A paragraph that opens with a quotation gives the quotations no
    cue outside them claims (a speaker quoted inside the quotation does not take it); one with
    no quotation mark and no attribution of its own is the speech set off as a block, as web
    pages print a statement or a post. None otherwise."""
    words = [t for t in doc if not t.is_space]
    if not words:
        return None
    start = words[0].idx + offset
    if quotes and quotes[0].outer[0] <= start + 1:
        outside = [a for a in found if not any(q.start <= s < q.end for q in quotes for s, _ in a.cue)]
        free = [q for q in quotes if not any(s < q.end and q.start < e for a in outside for s, e in a.content)]
        if not free or free[0] is not quotes[0]:
            return None
        content = [t for t in doc if any(q.start <= t.idx + offset < q.end for q in free)]
        spans = [(q.start, q.end) for q in free]
        end = free[-1].outer[1]
    elif not quotes and not found:
        content = _trim(words)
        spans = fragments(content, offset)
        end = words[-1].idx + len(words[-1].text) + offset
    else:
        return None
    if sum(t.is_alpha for t in content) < 2:
        return None
    lemma = lead.verb.lemma_.lower()  # type: ignore[attr-defined]
    stance, hedged = _stance_of(lead.verb, lemma, lead.particle, content, lead.cue, direct=True)
    return Attribution(
        source=lead.source,
        cue=lead.spans,
        cue_text=lead.text,
        cue_lemma=lemma if not lead.particle else f"{lemma} {lead.particle}",
        stance=stance,
        content=spans,
        quote="direct",
        sentence=(lead.sentence_start, end),
        hedged=hedged,
        tokens=content,
    )


# Words that open another clause between a quotation and a cue ("... a “total failure” and said").
_CLAUSE_JOINERS = frozenset({"and", "but", "or", "that", "which", "who", "while", "because"})
_NAME_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your"})
_CUE_GAP_WORDS = 8  # the most words a speaker's description puts between them ("“...,” the town's mayor said")


def _quote_of_cue(q: Quote, content_spans: list[Span], cue_start: int, cue_end: int, text: str) -> bool:
    """Whether a quotation near a cue is what the cue says: it holds the content the parse
    found, or only the speaker's name and punctuation part it from the cue."""
    if any(q.start <= s and e <= q.end for s, e in content_spans):
        return True
    before, after = q.outer
    if after <= cue_start:
        gap = text[after:cue_start]
    elif before >= cue_end:
        gap = text[cue_end:before]
        last = gap.split()[-1:]
        if last and (last[0].lower() in _NAME_OPENERS or last[0].endswith(("'s", "’s"))):
            return False  # "told the “Morning Show”", "told ABC’s “This Week”": a title, no words said
    else:
        return False
    words = re.findall(r"[\w'’.-]+", gap)
    return len(words) <= _CUE_GAP_WORDS and not any(w.lower() in _CLAUSE_JOINERS for w in words)


def _adjacent_quote(quotes: list[Quote], sent_span: Span, cue_start: int, text: str) -> list[Quote]:
    """Quotations belonging to a cue: those in its sentence, and those that end just before
    it ("Stop!" the crowd chanted.) or start just after it (He said: "...")."""
    s0, s1 = sent_span
    near = []
    for q in quotes:
        if q.start <= cue_start < q.end:
            continue
        before, after = q.outer
        if q.start < s1 and q.end > s0:
            near.append(q)
        elif after <= s0 and not text[after:s0].strip(' \n\t!?.,;:—–-"”’'):
            near.append(q)
        elif before >= s1 and not text[s1:before].strip() and text[s1 - 1 : s1] in ":,":
            near.append(q)
    return near


def _as_per(tok) -> bool:
    """ "As per the bulletin, 26 patients have died" (or ", as per official data"): an "according
    to" set off from its clause. Not "payment is made as per the contract", which is no report."""
    return (
        tok.lower_ == "as"
        and any(c.lower_ == "per" and c.dep_ == "prep" for c in tok.children)
        and (tok.i == tok.sent.start or tok.nbor(-1).text in {",", "(", "—", "–"})
    )


def _per(tok) -> bool:
    """ "Per the ministry's figures, 40 people died": "per" opening a sentence and set off from
    its clause by a comma, as "according to" is. Not "$5 per person"."""
    pobj = [c for c in tok.children if c.dep_ == "pobj"]
    return (
        tok.lower_ == "per"
        and tok.i == tok.sent.start
        and bool(pobj)
        and pobj[0].right_edge.i + 1 < tok.sent.end
        and tok.doc[pobj[0].right_edge.i + 1].text == ","
    )


# Documents whose findings "in" gives ("In a Harbour Gazette poll, Reed led by six points"), and
# verbs of taking part in them, not of what they found ("took part in the survey").
FINDING_HEADS = word_set("finding_heads")
TAKING_PART_VERBS = word_set("taking_part_verbs")


def _in_finding(tok) -> bool:
    """ "In a Harbour Gazette poll, Reed led by six points", "Ruiz trails by four points in the
    latest survey": "in" a poll, survey or study on the sentence's main verb, which is no cue
    of its own, gives the poll's finding. Not "voters in the poll" (on a noun), "took part in the
    survey", nor "was in the study" (the place alone)."""
    if tok.lower_ != "in" or tok.dep_ != "prep" or tok.head.dep_ != "ROOT":
        return False
    verb = tok.head
    pobj = [c for c in tok.children if c.dep_ == "pobj"]
    if not pobj or pobj[0].lemma_.lower() not in FINDING_HEADS or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if is_cue_verb(verb) or verb.lemma_.lower() in TAKING_PART_VERBS:
        return False
    # "was in the study": the place is all there is to the verb
    return verb.lemma_ != "be" or any(c.dep_ in {"acomp", "attr", "prep"} and c.i != tok.i for c in verb.children)


def _according_to(tok, offset, quotes, sent_span, word: str = "to") -> Attribution | None:
    """ "according to X" (or, with `word` "per", "as per X"; with no word, "per X"): X said the
    rest of the sentence."""
    to = next(c for c in tok.children if c.lower_ == word) if word else tok
    pobj = [c for c in to.children if c.dep_ == "pobj"]
    if not pobj or pobj[0].lemma_.lower() in ACCORDANCE:
        return None  # "went ahead according to plan": how it went, no one's claim
    cue_toks = [tok, to] if word else [tok]
    src = mention(pobj[0], set(), offset, None)
    phrase = {t.i for t in tok.subtree}
    head = tok.head if tok.head is not tok else None
    sent = tok.sent
    content_toks = _relative_clause_of(tok) or [t for t in sent if t.i not in phrase]
    content_toks = _trim(content_toks)
    if not content_toks:
        return None
    return (
        Attribution(
            source=src,
            cue=fragments(cue_toks, offset),
            cue_text=f"{tok.lower_} {word}".strip(),
            cue_lemma="according to",
            stance="asserts",
            content=fragments(content_toks, offset),
            quote="indirect",
            sentence=sent_span,
            hedged=stance_rules.is_hedged([t.lower_ for t in content_toks]),
            tokens=content_toks,
        )
        if head is not None or content_toks
        else None
    )


# Nouns that attribute what follows them to their owner: a count ("by the AP's count, at least
# 1,470 died"; "officials' tally of 769 killed"), a claim ("accusations by the opposition that the
# computers were hacked"); and nouns that a verb sets at a figure ("put the number of dead at 35").
COUNT_NOUNS = word_set("count_nouns")
CLAIM_NOUNS = word_set("claim_nouns")
SET_FIGURE_NOUNS = word_set("set_figure_nouns")
NOUN_CUES = COUNT_NOUNS | CLAIM_NOUNS | SET_FIGURE_NOUNS | {"number", "figure"}
# Verbs by which a count stands at a value ("a count that stood at 114,978 dead").
STANDING_VERBS = word_set("standing_verbs")
# Verbs by which a speaker or a document holds claims ("the declarations included allegations
# that ...", "she made accusations that ...", "the report contains claims that ..."): their subject owns them.
BEARING_VERBS = word_set("bearing_verbs")
FIGURE_GIVING_VERBS = word_set("figure_giving_verbs")
# Counts without a number ("dozens"): like a number, they make a count noun's object its figure.
VAGUE_COUNTS = word_set("vague_counts")


def _owner(noun):
    """Who a noun belongs to: "the AP's count", "accusations by the opposition", "a tally from
    the ministry", "the count of the health ministry"."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ in {"PROPN", "NOUN"}:
            return c
    for c in noun.children:
        if c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "from"}:
            obj = [g for g in c.children if g.dep_ == "pobj"]
            if obj and obj[0].pos_ in {"PROPN", "NOUN"}:
                return obj[0]
    doc = noun.doc  # a possessive the parser missed ("officials’ tally")
    if noun.i >= 2 and doc[noun.i - 1].text in {"’", "'", "’s", "'s"} and doc[noun.i - 2].pos_ in {"PROPN", "NOUN"}:
        return doc[noun.i - 2]
    return None


def _figure_setter(noun):
    """The verb that sets a figure noun to a value, with the value's phrase: "put the number of
    dead at 35" (setting_verbs, "at"), "raised the death toll to 40" or "an estimate the Coast
    Guard later raised to 5,000" (revising_verbs, "to" a number)."""
    if noun.dep_ == "dobj":
        verbs = [noun.head]
    else:
        verbs = [c for c in noun.children if c.dep_ == "relcl" and not any(g.dep_ == "dobj" for g in c.children)]
    for verb in verbs:
        setting = verb.lemma_.lower() in SETTING_VERBS
        for prep in (c for c in verb.children if c.dep_ == "prep"):
            if (
                setting
                and prep.lower_ == "at"
                or revised_to(prep)
                and any(t.like_num or t.lower_ in VAGUE_COUNTS for t in prep.subtree)
            ):
                return verb, prep
    return None, None


def _that_clause(noun):
    """The clause a claim noun states ("accusations that the computers were hacked"): one
    opened by "that" as a conjunction, which the parser may label a relative clause, or take
    for the clause's subject beside its own ("allegations by two groups that guards killed 40
    people": "that" and "guards" both subjects of "killed"), or an object beside its own
    ("accusations by the defence that they had hidden evidence": "that" and "evidence" both
    objects of "had"). The parser may hang the clause on the owner after "by" or "from", or on the
    verb the noun is the object of ("rejected accusations from X on Monday that ...")."""
    owners = [
        g
        for c in noun.children
        if c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "from"}
        for g in c.children
        if g.dep_ == "pobj"
    ]
    verb = [noun.head] if noun.dep_ == "dobj" else []
    return next(
        (
            c
            for host in (noun, *owners, *verb)
            for c in host.children
            if c.dep_ in {"acl", "ccomp", "relcl"}
            and c.i > noun.i
            and (host is not noun.head or c.dep_ == "ccomp")
            and (
                any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                or any(g.lower_ == "that" and g.dep_ in {"nsubj", "dobj"} for g in c.children)
                and (sum(g.dep_ == "nsubj" for g in c.children) > 1 or sum(g.dep_ == "dobj" for g in c.children) > 1)
            )
        ),
        None,
    )


def _noun_attribution(tok, offset, sent_span) -> Attribution | None:
    """An attribution whose cue is a noun (see NOUN_CUES) or a verb setting a figure."""
    lemma = tok.lemma_.lower()
    sent = tok.sent
    source_tok, cue_toks, content_toks = _owner(tok), [tok], []
    summary = None
    head = tok.head
    if source_tok is None and lemma in CLAIM_NOUNS and _that_clause(tok) is not None:
        # "the charge of Ramesh that the minister had demanded a bribe": a name after "of"
        # owns a claim that states its content ("the allegations of fraud" name no one)
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = [g for g in of.children if g.dep_ == "pobj"] if of is not None else []
        if obj and obj[0].pos_ == "PROPN" and obj[0].ent_type_ in {"PERSON", "ORG", "NORP", "GPE", ""}:
            source_tok = obj[0]
        else:  # "government allegations that it hid the risks", "media reports that ..."
            source_tok = next(
                (
                    c
                    for c in tok.children
                    if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"} and speaks(c) and c.i == tok.i - 1
                ),
                None,
            )
    if (
        source_tok is None
        and tok.dep_ == "dobj"
        and (
            lemma in CLAIM_NOUNS
            and head.lemma_.lower() in BEARING_VERBS
            or lemma in COUNT_NOUNS | {"number", "figure"}
            and head.lemma_.lower() in FIGURE_GIVING_VERBS
        )
    ):
        # "The declarations included allegations that ...", "the agency gives a toll of at least
        # 162,228": who holds the claims or gives the figure owns them
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is not None and not (subject.pos_ == "PRON" and subject.lower_ in {"it", "there", "this", "that"}):
            source_tok, cue_toks = subject, [head, tok]
    setter, value = _figure_setter(tok) if lemma in SET_FIGURE_NOUNS else (None, None)
    if setter is not None and value is not None:
        # "the governor put the number of dead at 35", "the ministry raised the death toll to
        # 40", "an estimate the Coast Guard later raised to 5,000 barrels a day"
        subjects = {"nsubj", "nsubjpass"} if setter.i == head.i else {"nsubj"}
        subject = next((c for c in setter.children if c.dep_ in subjects), None)
        if subject is not None and subject.lemma_.lower() in NOUN_CUES:
            # "the ministry's last estimate put the toll at 128,000": whose count; "A new tally
            # raised the death toll to 1,470": a count, not who counted
            subject = _owner(subject)
        if subject is None or subject.pos_ == "PRON" and subject.lower_ in {"it", "there", "that", "which", "this"}:
            return None  # ... "This brings the tally to 12": what happened, no one's count
        source_tok, cue_toks = subject, [setter]
        clause = {t.i for t in setter.subtree} if setter.i != head.i else set()
        content_toks = [t for t in tok.subtree if t.i not in clause] + list(value.subtree)
        comma = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
        if clause and comma is not None and comma.text == ",":  # "..., an estimate the Coast Guard raised to"
            summary = (comma.idx + offset, tok.right_edge.idx + len(tok.right_edge) + offset)
    elif source_tok is None:
        return None
    elif (
        lemma in COUNT_NOUNS
        and head.dep_ == "prep"
        and head.lower_ in {"by", "according", "to", "in"}
        and tok.dep_ == "pobj"
    ):
        # "By the AP's count, at least 1,470 died": the rest of the clause is what was counted
        phrase = {t.i for t in head.subtree}
        content_toks = _trim([t for t in sent if t.i not in phrase])
        cue_toks = [head, tok]
    elif lemma in COUNT_NOUNS | {"number", "figure"}:
        # "officials' tally of 769 killed"
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = [g for g in of.children if g.dep_ == "pobj"] if of is not None else []
        if not obj:
            # "keeping a count that on Wednesday stood at 114,978 dead": the value its clause gives
            # (the parser may hang that clause on the verb, right after the count)
            clauses = [c for c in tok.children if c.dep_ == "relcl"] + [
                c for c in head.children if c.dep_ == "ccomp" and tok.dep_ == "dobj" and c.left_edge.i == tok.i + 1
            ]
            obj = [
                p
                for c in clauses
                if c.lemma_.lower() in STANDING_VERBS
                for p in c.children
                if p.dep_ == "prep" and p.lower_ in {"at", "to"}
            ]
        if not obj or not any(t.like_num or t.lower_ in VAGUE_COUNTS for t in obj[0].subtree):
            return None
        if obj[0].dep_ == "pobj":
            content_toks = list(obj[0].subtree)
        else:  # "count at 114,978 dead"
            content_toks = [tok] + [t for t in obj[0].doc[obj[0].i : obj[0].head.right_edge.i + 1] if not t.is_punct]
        after = head if head.i == content_toks[-1].i + 1 and head.pos_ == "VERB" else None
        if after is not None:
            content_toks.append(after)  # "769 killed"
    elif lemma in CLAIM_NOUNS:
        # "accusations by the opposition that the computers were hacked"
        clause = _that_clause(tok)
        if clause is not None:
            content_toks = list(clause.subtree)
        elif len(cue_toks) == 2:  # "the party levelled allegations of tampering": what the speaker alleges
            held = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"of", "against"}]
            content_toks = [t for p in held for t in p.subtree if t.i != p.i or p.lower_ == "against"]
        if not content_toks:
            return None
    else:
        return None
    content_toks = [t for t in content_toks if not t.is_space]
    if not content_toks or source_tok.i in {t.i for t in content_toks}:
        return None
    exclude = (
        {t.i for t in cue_toks} | {t.i for t in content_toks} | {c.i for c in source_tok.children if c.dep_ == "case"}
    )
    src = mention(source_tok, exclude, offset, None)
    if source_tok.dep_ == "compound" and source_tok.head.i == tok.i:
        # "British media reports that ...": the nationality the parser gave the claim noun is the media's
        named = [source_tok]
        while named[0].i > 0 and (before := tok.doc[named[0].i - 1]).head.i == tok.i and before.ent_type_ == "NORP":
            named.insert(0, before)
        if len(named) > 1:
            text = attribution_model.Parse.of(tok.doc).string[named[0].idx : source_tok.idx + len(source_tok.text)]
            src = replace(src, spans=fragments(named, offset), text=text, entities=_names_in(named, source_tok))
    words = [t.lower_ for t in content_toks]
    stance = "denies" if lemma == "denial" else "asserts"
    return Attribution(
        source=src,
        cue=fragments(cue_toks, offset),
        cue_text=" ".join(t.text for t in cue_toks),
        cue_lemma=lemma,
        stance=stance,
        content=fragments(content_toks, offset),
        quote="indirect",
        sentence=sent_span,
        hedged=stance_rules.is_hedged(words),
        tokens=content_toks,
        summary=summary,
    )


def _drop_nested(found: list[Attribution]) -> list[Attribution]:
    """When one cue's content holds another cue of the same sentence, keep both only if their
    sources differ; a cue inside its own source is dropped."""
    keep = []
    for a in found:
        inside_source = any(
            ss <= cs and ce <= se
            for b in found
            if b is not a and b.source
            for ss, se in b.source.spans
            for cs, ce in a.cue
        )
        if not inside_source:
            keep.append(a)
    return keep
