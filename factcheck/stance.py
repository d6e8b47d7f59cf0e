"""Stance of a claim toward its content, from the cue and its context.

`asserts`, `denies`, `demands` (calls for an action) or `questions` (doubts without denying).
Negation inside the content is part of the proposition, not of the stance."""

from __future__ import annotations

# Reporting cues by lemma, with the stance they carry. Beliefs and intentions count as
# attributions too (PolNeAR annotates them), and assert their content.
ASSERT = """
say tell state claim assert add note explain report announce write argue insist contend maintain
suggest warn acknowledge admit concede confirm declare reveal disclose allege testify predict
estimate believe think feel hope expect fear recall describe indicate show find conclude agree
mention observe remark reply respond answer comment stress emphasize emphasise tweet post chant
shout yell scream cry whisper publish cite signal promise pledge vow swear threaten plan intend
want wish accuse blame charge criticize criticise attack praise label brand boast complain lament
worry caution counter retort recount speculate imply hint forecast calculate inform assure remind
learn hear guarantee certify affirm reiterate repeat joke quip muse concur testify prove
demonstrate illustrate propose recommend advise predict project vow decide refuse threaten
announce point acknowledge emphasize question
""".split()
DENY = "deny reject refute dismiss rebut repudiate contradict disavow debunk disprove discount deride rebuff retract".split()
DEMAND = "demand urge ask appeal request press plead beg implore exhort petition".split()
QUESTION = "question doubt dispute challenge wonder query contest".split()

CUE_STANCE: dict[str, str] = {lemma: "asserts" for lemma in ASSERT}
CUE_STANCE.update({lemma: "denies" for lemma in DENY})
CUE_STANCE.update({lemma: "demands" for lemma in DEMAND})
CUE_STANCE.update({lemma: "questions" for lemma in QUESTION})

# Cues made of a verb and a particle or preposition, with their own stance.
PHRASAL = {
    ("call", "for"): "demands",
    ("call", "on"): "demands",
    ("call", "upon"): "demands",
    ("push", "for"): "demands",
    ("rule", "out"): "denies",
    ("point", "to"): "asserts",
    ("point", "out"): "asserts",
    ("write", "off"): "denies",
    ("cast", "doubt"): "questions",
}
# Verbs that are cues only with their particle ("called for"), never alone ("called").
NEEDS_PARTICLE = {"point", "rule", "push", "cast"}

HEDGES = {"allegedly", "reportedly", "purportedly", "supposedly", "apparently", "may", "might",
          "could", "possibly", "perhaps", "likely", "probably", "seemingly", "rumor", "rumors", "rumour",
          "rumours", "rumored", "rumoured", "unconfirmed", "alleged"}
# Refuting vocabulary: words in a content that call something false ("a hoax", "debunked").
DENIAL_WORDS = {"false", "untrue", "baseless", "groundless", "fabricated", "fabrication", "fake", "faked",
                "hoax", "hoaxes", "hoaxer", "lie", "lies", "myth", "nonsense", "bogus", "unfounded",
                "incorrect", "debunk", "debunked", "debunks", "misleading", "fiction", "fictitious",
                "satire", "satirical", "denied", "denies", "deny", "refuted", "refutes", "rubbish",
                "spoof", "prank", "scam", "phony", "phoney", "made-up", "disproved", "discredited", "doctored",
                "photoshopped", "fooled", "duped", "retracted", "retracts", "erroneous", "inaccurate",
                "misinformation", "disinformation", "misreported", "misreport", "bullshit", "baloney",
                "invented", "fictional", "nonexistent", "parody", "troll", "trolled", "trolls", "staged",
                "hoaxed", "falsely", "wrongly", "mistakenly", "mistaken"}
# Words that cast doubt on a content without denying it.
DOUBT_WORDS = {"doubt", "doubts", "doubtful", "exaggerate", "exaggerated", "overblown", "unverified",
               "unsubstantiated", "dubious", "questionable", "skeptical", "sceptical", "implausible",
               "unlikely", "questioned", "disputed", "flawed", "distorted", "skewed", "inflated", "overstated",
               "misrepresented", "cherry-picked", "understated", "underestimated", "overestimated"}
# Words that a negation turns into a refutation: "not true", "isn't real".
TRUE_WORDS = {"true", "real", "genuine", "accurate", "authentic", "correct", "legit", "legitimate",
              "confirmed", "happen", "happened"}
# "should" and "must" in the content of a plain cue make it a call for action.
OBLIGATION = {"should", "must", "ought"}


# Cues that say nothing of the speaker's stance: the content's own verb may ("said it rejects").
PLAIN_CUES = {"say", "tell", "add", "write", "state", "insist", "tweet", "post", "explain", "reply", "respond",
              "answer", "counter", "retort", "declare", "stress", "reiterate", "maintain", "argue", "according to",
              "chant", "shout", "yell", "scream", "cry", "publish"}
# What a speaker does in the first person ("it disagrees with", "we reject") that denies or doubts.
OWN_DENY = set(DENY) | {"disagree", "oppose"}
OWN_QUESTION = set(QUESTION) - {"wonder", "ask"}
SELF = {"i", "we", "it", "he", "she", "they"}
# A command opens with its verb, or with one of these ("Do not", "Never", "Please").
COMMAND_OPENERS = {"do", "don't", "dont", "never", "please", "let"}


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
        stance = _predicate_stance(root)
        if stance is None and n == 0 and direct:
            stance = _command(root, words)
        if stance is not None:
            return stance
    return None


MAX_ROOTS = 8
# What a speaker thinks in the first person ("I suspect this could be fiction"): the stance is
# that of the thought.
OWN_THOUGHT = {"suspect", "think", "believe", "feel", "guess", "reckon"}


def _predicate_stance(root) -> str | None:
    lemma = root.lemma_.lower()
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    negated = any(c.dep_ == "neg" for c in root.children)
    if subjects and subjects[0].lower_ in SELF and not negated:
        if lemma in OWN_DENY:
            return "denies"
        if lemma in OWN_QUESTION:
            return "questions"
        if lemma in OWN_THOUGHT and subjects[0].lower_ in {"i", "we"}:
            thought = next((c for c in root.children if c.dep_ == "ccomp"), None)
            return _predicate_stance(thought) if thought is not None else None
    if lemma == "be" and subjects and not negated:
        complement = [c for c in root.children if c.dep_ in {"attr", "acomp"}]
        if complement and complement[0].lower_ in DENIAL_WORDS:
            modal = any(c.dep_ == "aux" and c.lower_ in {"could", "may", "might"} for c in root.children)
            return "questions" if modal else "denies"
    return None


def _command(root, words: list) -> str | None:
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        first = words[0].lower_
        if first in COMMAND_OPENERS or (root.i == words[0].i and root.tag_ == "VB"):
            return "demands"
    return None


def cue_stance(lemma: str, particle: str | None = None, content_words: list[str] | None = None,
               dismissed_as: bool = False, negated: bool = False) -> str:
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
    if dismissed_as or (lemma in {"call", "label", "brand", "describe", "dismiss"} and content_words
                        and DENIAL_WORDS & set(content_words)):
        return "denies"
    if stance == "asserts" and content_words and lemma in {"say", "tell", "add", "insist", "argue", "write"}:
        if OBLIGATION & set(content_words) and _obligation_heads(content_words):
            return "demands"
    return stance


def _obligation_heads(words: list[str]) -> bool:
    """'should' near the start of the content ("that the government should resign")."""
    for i, w in enumerate(words[:12]):
        if w in OBLIGATION:
            return True
    return False


def is_hedged(words: list[str]) -> bool:
    return bool(HEDGES & set(words))
