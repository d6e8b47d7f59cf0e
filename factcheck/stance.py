"""Stance of a claim toward its content, from the cue and its context.

`asserts`, `denies`, `demands` (calls for an action) or `questions` (doubts without denying).
Negation inside the content is part of the proposition, not of the stance."""

from __future__ import annotations

from .lexicon import person_nouns, speaker_nouns
from .words import table, word_list, word_set

# Reporting cues by lemma, with the stance they carry (the word lists are in factcheck/data/words/).
# Beliefs and intentions count as attributions too (PolNeAR annotates them), and assert their content.
ASSERT = word_list("reporting_verbs")
DENY = word_list("denying_verbs")
DEMAND = word_list("demanding_verbs")
QUESTION = word_list("questioning_verbs")

CUE_STANCE: dict[str, str] = {lemma: "asserts" for lemma in ASSERT}
CUE_STANCE.update({lemma: "denies" for lemma in DENY})
CUE_STANCE.update({lemma: "demands" for lemma in DEMAND})
CUE_STANCE.update({lemma: "questions" for lemma in QUESTION})

# Cues made of a verb and a particle or preposition, with their own stance.
PHRASAL = {(verb, particle): stance for verb, particle, stance in table("phrasal_cues")}
# Verbs that are cues only with their particle ("called for"), never alone ("called").
NEEDS_PARTICLE = word_set("particle_only_cues")

HEDGES = word_set("hedges")
# Refuting vocabulary: words in a content that call something false ("a hoax", "debunked").
DENIAL_WORDS = word_set("denial_words")
# Words that cast doubt on a content without denying it.
DOUBT_WORDS = word_set("doubt_words")
# Words that a negation turns into a refutation: "not true", "isn't real".
TRUE_WORDS = word_set("true_words")
# "should" and "must" in the content of a plain cue make it a call for action.
OBLIGATION = word_set("obligation_words")


# Cues that say nothing of the speaker's stance: the content's own verb may ("said it rejects").
PLAIN_CUES = word_set("plain_cues")
# What a speaker does in the first person ("it disagrees with", "we reject") that denies or doubts.
OWN_DENY = set(DENY) | word_set("own_denial_verbs")
OWN_QUESTION = set(QUESTION) - {"wonder", "ask"}
SELF = {"i", "we", "it", "he", "she", "they"}
# A command opens with its verb, or with one of these ("Do not", "Never", "Please").
COMMAND_OPENERS = word_set("command_openers")
# Verbs that label a content: with a refuting word in it they deny it ("called it a hoax").
LABELLING_VERBS = word_set("labelling_verbs")
# Saying verbs whose content, with "should" or "must" near its start, calls for an action.
SAYING_VERBS = word_set("saying_verbs")


def content_stance(tokens: list, direct: bool = False) -> str | None:
    """The stance a content gives its speaker under a plain cue: the speaker's own denial or doubt
    ("that it disagrees with the order", "We reject these claims"), a denying predicate ("the
    report is a fabrication"), or, quoted, a command ("DO NOT KILL YOUR PROTESTERS"). A quotation
    of several sentences is read sentence by sentence ("... I suspect this could be fiction.")."""
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if (t.head.i not in inside or t.head.i == t.i) and not t.is_punct]
    words = [t for t in tokens if not t.is_punct]
    if not roots or not words:
        return None
    for n, root in enumerate(roots[:MAX_ROOTS]):
        stance = _predicate_stance(root, direct)
        if stance is None and n == 0 and direct:
            stance = _command(root, words)
        if stance is not None:
            return stance
    return None


MAX_ROOTS = 8
# "There is no truth to ...": the nouns whose absence denies (or doubts) what they are said of.
GROUNDLESS = dict(table("groundless_nouns"))
# What a speaker thinks in the first person ("I suspect this could be fiction"): the stance is
# that of the thought.
OWN_THOUGHT = word_set("thought_verbs")


# What someone said or counted ("the report", "the figures"), and words that call it mistaken.
REFERRED = word_set("reference_nouns")
# Verbs that dispute what someone said when they take it ("slammed the findings"), and what that is.
DISPARAGING_VERBS = word_set("disparaging_verbs")
SAID_THINGS = (REFERRED | word_set("claim_nouns") | word_set("claim_objects")) - word_set("misdeed_nouns")
WRONG_WORDS = word_set("wrong_words")
# Verbs whose negation rejects what someone said ("does not agree with the allegations").
ACCEPTING_VERBS = {"agree", "accept"}


def _passive(root, subjects: list):
    """(subject, participle) of a passive predicate, however the parser split it at commas: the
    subject hung on the auxiliary ("The claims are, therefore, rejected"), or the participle joined
    to "is" with no subject of its own ("Reports ... is, hereby, denied"); (None, root) for an
    active predicate or a copula with a complement of its own ("is wrong and was ...")."""
    passive = next((s for s in subjects if s.dep_ == "nsubjpass"), None) or next(
        (g for c in root.children if c.dep_ == "auxpass" for g in c.children if g.dep_ == "nsubj"),
        None,
    )
    if passive is not None or root.lemma_.lower() != "be" or not subjects:
        return passive, root
    if any(c.dep_ in {"acomp", "attr"} and c.pos_ != "ADV" for c in root.children):
        return None, root
    participle = next(
        (
            c
            for c in root.children
            if c.dep_ == "conj" and c.tag_ in {"VBN", "VBD"} and not any(g.dep_.startswith("nsubj") for g in c.children)
        ),
        None,
    )
    return (subjects[0], participle) if participle is not None else (None, root)


def _predicate_stance(root, direct: bool = False) -> str | None:
    lemma = root.lemma_.lower()
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    negated = any(c.dep_ == "neg" for c in root.children)
    # "we reject ...", not "they would be dismissed", whose subject is what is done to
    if subjects and subjects[0].lower_ in SELF and subjects[0].dep_ == "nsubj" and not negated:
        if lemma in OWN_DENY:
            return "denies"
        if lemma in OWN_QUESTION:
            return "questions"
        if lemma in OWN_THOUGHT and subjects[0].lower_ in {"i", "we"}:
            thought = next((c for c in root.children if c.dep_ == "ccomp"), None)
            return _predicate_stance(thought) if thought is not None else None
    if direct and subjects and not negated and lemma in DENY and _own_body(subjects[0]):
        # '"The ministry rejects claims of neglect," the minister said': their own body's voice
        if any(c.dep_ == "dobj" and (c.lemma_.lower() in SAID_THINGS or _whatever_said(c)) for c in root.children):
            return "denies"
    if (
        negated
        and lemma in ACCEPTING_VERBS
        and subjects
        and (subjects[0].lower_ in SELF or subjects[0].pos_ == "PROPN")
    ):
        # "The federation does not agree with the allegations", "we do not accept the findings"
        taken = [c for c in root.children if c.dep_ == "dobj"]
        taken += [
            g for c in root.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"
        ]
        if any(t.lemma_.lower() in SAID_THINGS for t in taken):
            return "denies"
    if subjects and subjects[0].lower_ == "it" and subjects[0].dep_ == "nsubjpass" and lemma in CUE_STANCE:
        said = next((c for c in root.children if c.dep_ == "ccomp"), None)  # "It is clarified that ..."
        if said is not None:
            return _predicate_stance(said)
    passive, participle = _passive(root, subjects) if not negated else (None, root)
    stated = CUE_STANCE.get(participle.lemma_.lower())
    if (
        passive is not None
        and stated in {"denies", "questions"}
        and passive.lemma_.lower() in SAID_THINGS
        and not any(c.dep_ == "agent" for c in participle.children)  # "... were rejected by the court": someone else's
    ):
        return stated  # "The allegations are hereby denied": the speaker's denial, in the passive
    auxes = {c.lower_ for c in root.children if c.dep_ == "aux"}
    if subjects and auxes & OBLIGATION and "have" not in auxes and _agent(subjects[0]):
        # "..., the government should immediately investigate": a call on someone to act, however
        # far into the sentence it comes (not "should have known", a reproach; not "prices should rise")
        return "demands"
    if negated and subjects and auxes & {"may", "might"} and "have" in auxes:
        return "questions"  # "the witnesses may not have been close enough to see": a doubt of what happened
    if lemma == "be" and any(c.dep_ == "expl" for c in root.children) and not negated:
        for c in root.children:  # "there is no truth to the report", "there was no basis for the claims"
            if c.dep_ == "attr" and c.lemma_.lower() in GROUNDLESS and any(d.lower_ == "no" for d in c.children):
                return GROUNDLESS[c.lemma_.lower()]
    if (lemma == "be" and subjects or root.pos_ in {"NOUN", "PROPN"}) and not negated:
        for c in root.children:  # "the lawsuit is entirely without merit", "lawsuit 'without merit'"
            if c.dep_ == "prep" and c.lower_ == "without":
                held = [g.lemma_.lower() for g in c.children if g.dep_ == "pobj"]
                if held and held[0] in GROUNDLESS:
                    return GROUNDLESS[held[0]]
    if lemma == "be" and subjects and subjects[0].lower_ == "it":
        # "It's not true that the mine polluted the river", "It is false that ...": the clause denied
        complement = next((c for c in root.children if c.dep_ == "acomp"), None)
        if complement is not None and any(c.dep_ == "ccomp" for c in [*root.children, *complement.children]):
            if complement.lower_ in (TRUE_WORDS if negated else DENIAL_WORDS):
                return "denies"
    if lemma == "be" and subjects and not negated:
        complement = [c for c in root.children if c.dep_ in {"attr", "acomp"}]
        # "is a fabrication", "is a purely fabricated story"
        said = [complement[0]] + [c for c in complement[0].children if c.dep_ == "amod"] if complement else []
        said += [c for w in said[1:] for c in w.children if c.dep_ == "conj"]  # "a gross and misleading ..."
        wrong = subjects[0].lemma_.lower() in REFERRED and any(w.lower_ in WRONG_WORDS for w in said)
        if wrong or any(w.lower_ in DENIAL_WORDS for w in said):
            # "is a fabrication"; "the government report was wrong" (said of what someone said)
            modal = any(c.dep_ == "aux" and c.lower_ in {"could", "may", "might"} for c in root.children)
            return "questions" if modal else "denies"
    return None


# Bodies a speaker names as its own voice in a quotation ("The government denies ...").
OWN_BODIES = word_set("own_voice_bodies")


def _whatever_said(obj) -> bool:
    """ "everything the police have tried to claim": all of what a clause says someone said."""
    return obj.lower_ in {"anything", "everything", "all"} and any(
        t.lemma_.lower() in CUE_STANCE for c in obj.children if c.dep_ == "relcl" for t in c.subtree
    )


def _own_body(subject) -> bool:
    """Whether a quotation's subject is a body named by its kind ("The government") or a
    name ("The Riverside Rowing Club"), as a spokesperson speaks of their own organisation."""
    if subject.pos_ == "PROPN":
        return True
    return subject.lemma_.lower() in OWN_BODIES and any(c.lower_ in {"the", "this", "our"} for c in subject.children)


def _agent(subject) -> bool:
    """Whether a subject names someone who can be called on to act: a person, a body, a name."""
    if subject.lower_ in {"it", "this", "that", "there"}:
        return False
    return (
        subject.pos_ in {"PRON", "PROPN"}
        or subject.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
        or (lemma := subject.lemma_.lower()) in speaker_nouns()
        or lemma in person_nouns()
    )


def _command(root, words: list) -> str | None:
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        first = words[0].lower_
        if first in COMMAND_OPENERS or (root.i == words[0].i and root.tag_ == "VB"):
            return "demands"
    return None


def cue_stance(
    lemma: str,
    particle: str | None = None,
    content_words: list[str] | None = None,
    dismissed_as: bool = False,
    negated: bool = False,
) -> str:
    """The stance of a cue; `content_words` are the lower-cased words of the content. A negated
    denial or doubt ("did not deny", "did not rule out") is none: the content stands, hedged."""
    stance = _stance(lemma, particle, content_words, dismissed_as)
    return "asserts" if negated and stance in {"denies", "questions"} else stance


def _stance(lemma: str, particle: str | None, content_words: list[str] | None, dismissed_as: bool) -> str:
    if particle and (lemma, particle) in PHRASAL:
        return PHRASAL[(lemma, particle)]
    if lemma == "plead" and content_words and "guilty" in content_words[:3]:
        return "denies" if "not" in content_words[:2] else "asserts"  # a plea answers a charge
    stance = CUE_STANCE.get(lemma, "asserts")
    if lemma in ASKING_VERBS and content_words and _asks_question(content_words):
        return "questions"  # "asked whether the office could confirm it": a question, no request
    if lemma in DARING_VERBS and content_words and _dared(content_words):
        return "demands"  # "challenged the committee to speed up": a call on someone to act
    if dismissed_as or (lemma in LABELLING_VERBS and content_words and DENIAL_WORDS & set(content_words)):
        return "denies"
    if (
        lemma in LABELLING_VERBS
        and content_words
        and _said_thing(content_words[:3])
        and WRONG_WORDS & set(content_words)
    ):
        return "denies"  # "described the claim as ridiculous", as "the claim is ridiculous"
    if lemma in DISPARAGING_VERBS and content_words and _said_thing(content_words[:4]):
        return "denies"  # "slammed the findings of the study", as "rejected the findings"
    if stance == "asserts" and content_words and lemma in SAYING_VERBS:
        if OBLIGATION & set(content_words) and _obligation_heads(content_words):
            return "demands"
    return stance


# Demanding verbs that put a question when their content is one ("asked whether ..."), unlike
# "demanded what it was owed" (a questioning verb, "queried whether ...", questions anyway).
ASKING_VERBS = {"ask"}
# What opens an indirect question ("asked whether ...", "asked him why ...").
QUESTION_OPENERS = {"if", "whether", "why", "how", "what", "who", "whom", "which", "when", "where"}


def _asks_question(words: list[str]) -> bool:
    """Whether a content is a question: a quoted one ('"Did the company know?"'), or an indirect
    one, maybe after whom it is put to: "whether the plant would close", "the minister if the
    plant would close", not "the union to decide if"."""
    if words[0] in QUESTION_OPENERS or "?" in words:
        return True
    at = next((i for i, w in enumerate(words[:5]) if w in {"if", "whether"}), None)
    return at is not None and "to" not in words[:at]


# Verbs that call on someone to act when they take someone and an infinitive ("challenged
# ministers to explain the cuts", "encouraged landowners to report dumping"), not a thing
# ("challenged the decision to close it", "encouraged the move to cut fares").
DARING_VERBS = {"challenge", "encourage"}
_POSSESSIVES = {"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that"}


def _dared(words: list[str]) -> bool:
    """Whether a content names whom it calls on, then what to do: "the committee to ramp up the
    speed", "him to resign"; not "the ruling to the Supreme Court" nor "the claim that ..."."""
    at = next((i for i, w in enumerate(words[:6]) if w == "to"), None)
    if not at or at + 1 >= len(words) or words[at + 1] in _POSSESSIVES or "that" in words[:at]:
        return False
    who = words[at - 1]
    people = person_nouns() | speaker_nouns()
    return who in {"him", "her", "them", "us", "me", "you"} or who in people or who.endswith("s") and who[:-1] in people


def _said_thing(words: list[str]) -> bool:
    """Whether the first words of a content name something said, found or counted ("the
    findings of", "these allegations", "the ministry's figures")."""
    return any(w in SAID_THINGS or w.endswith("s") and w[:-1] in SAID_THINGS for w in words)


def _obligation_heads(words: list[str]) -> bool:
    """'should' near the start of the content ("that the government should resign"); not one of
    the past ("they should have seen it coming", "it must not have been loaded"): a reproach or
    an inference, no call for an action still to come."""
    for i, w in enumerate(words[:12]):
        if w in OBLIGATION:
            after = [x for x in words[i + 1 : i + 4] if x not in {"not", "n't", "to"}]
            return after[:1] != ["have"]
    return False


def is_hedged(words: list[str]) -> bool:
    return bool(HEDGES & set(words))
