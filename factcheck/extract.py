"""The extraction pipeline: article text -> attributed claims (segment, attribute, resolve, stance)."""

from __future__ import annotations

import hashlib
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any, cast

from . import attribution_model
from . import nlp as nlp_loader
from .attribute import (
    NAMED,
    RECASED,
    RELAYED_CUES,
    STORMS,
    TITLES,
    Attribution,
    Mention,
    attributions_in,
    english_word,
    fragments,
    in_title_case,
    inside_quotes,
    inverted_verb,
    lead_in,
    lead_in_attribution,
    mention_of,
    names_inside_sentences,
    quoted_reports,
    right_before,
    spans_meet,
    spans_within,
    storm_names,
)
from .lexicon import is_speaker, person_nouns
from .models import Article, Claim, QuoteKind, Spans, Stance
from .parse import Parse
from .propositions import (
    ASK_MARK,
    DISCREDIT_MARK,
    REFUSED_MARK,
    RELATIVE_MARK,
    RELAY_MARK,
    answers_request,
    base_form,
    base_verb,
    discredited,
    embedded_question,
    keys_for,
    labelled_report,
    names_an_account,
    refused_thing,
    relative_object,
    withheld,
)
from .resolve import (
    BODY_WORDS,
    BUSINESS_NOUNS,
    CORPORATE_HEADS,
    COUNTRY,
    DOCUMENT_HEADS,
    GENDER_TITLES,
    GENDERED,
    GIVEN_NAMES,
    GOVERNMENT_ORG_WORDS,
    LEGAL_SUFFIX,
    MEDIA_WORDS,
    ROLE_NOUNS,
    Resolver,
    given_and_surname,
    maker_of_no_goods,
    narrator,
    personal_name,
    source_id,
    unidentified,
)
from .segment import DOUBLED, PRIMES_AS_STRAIGHT, dateline_end, paragraphs, quotes
from .stance import ASKING_VERBS, OWN_THOUGHT, SAYING_VERBS, is_hedged

MIN_NARRATOR_WORDS = 4
# Cues whose indirect content names people spoken of, not the next "he" (`_note_persons`).
# Cues whose reported words speak of people a later "he" is not ("Reed stressed that Kestrel Pay
# is no bank ... 'It is gone,' Reed added", "Ruiz was referring to the vote for Vale's ally"):
# saying and thinking verbs, and verbs of asserting and pointing out.
_ASSERTING_VERBS = frozenset({"stress", "note", "explain", "state", "claim", "warn"})
SPOKEN_OF_CUES = SAYING_VERBS | OWN_THOUGHT | _ASSERTING_VERBS | {"confirm", "refer to"}
# Cues of a statement made in so many words ("said", "stressed", "explained", "pointed out"): a
# quotation with no cue in the paragraph after one goes on with its speaker.
STATING_CUES = SAYING_VERBS | _ASSERTING_VERBS | {"emphasise", "emphasize", "point"}
# Parsing cost grows with the longest paragraph; longer runs are cut at sentence ends first.
MAX_PARAGRAPH_CHARS = 5000
CONTEXT_WINDOW = 60  # tokens either side of a claim's content read as its context


def claim_id(article_id: str, cue: list, content: list) -> str:
    raw = f"{article_id}|{cue}|{content}"
    return hashlib.sha256(raw.encode()).hexdigest()[:12]


def _chunks(text: str) -> list[tuple[int, int]]:
    out = []
    for start, end in paragraphs(text):
        while end - start > MAX_PARAGRAPH_CHARS:
            cut = max(
                text.rfind(". ", start, start + MAX_PARAGRAPH_CHARS),
                text.rfind("\n", start, start + MAX_PARAGRAPH_CHARS),
            )
            cut = cut + 1 if cut > start else start + MAX_PARAGRAPH_CHARS
            out.append((start, cut))
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if end > start:
            out.append((start, end))
    return out


# A page that lost its apostrophes on the way ("We don t think so", "we ve said it", "the
# company s plant"): a negation English never writes apart, the sign that the page lost them.
_LOST_NOT = re.compile(
    r"\b(?:do|does|did|is|are|was|were|has|have|had|would|could|should|must|need|ca|wo|ai)n t\b", re.IGNORECASE
)
# ... and the clitics such a page lost theirs from ("I m", "we ve", "it s"), and an owner's "s"
_LOST_CLITIC = re.compile(
    r"\b(?:i (?:m|ve|ll|d)|(?:you|we|they|who) (?:re|ve|ll|d)|(?:he|she|it|that|there|what|here|let) (?:s|ll|d))\b"
    r"|\b\w*[A-Za-z] s (?=\w)",
    re.IGNORECASE,
)


# A double quotation mark inside a word is an apostrophe a page mangled ("didn”t", "McKay”s").
_MANGLED_APOSTROPHE = re.compile(r"(?<=[A-Za-z])[”“\"](?=[A-Za-z])")


# A curly apostrophe after the one capital that opens a name ("O’Reilly", "D’Souza"): the
# model, which learnt names with straight ones, reads "Louise O’Reilly said" as "Louise"
# and an adverb, and "O'Reilly" as the name it is.
_NAME_APOSTROPHE = re.compile(r"(?<![\w’'])([A-Z])’(?=[A-Z][a-z])")


# A low single quotation mark between a word and a space, which a page's wrong encoding made of
# a comma ("the pipes burst‚ it said"): a comma.
_LOW_QUOTE_COMMA = re.compile(r"(?<=\w)‚(?=\s)")


# An ellipsis spaced as some wire styles set it, inside a sentence that goes on in lower case
# ("once trade moves . . . it seldom comes back"): the parser ends a sentence on its last stop.
_SPACED_ELLIPSIS = re.compile(r"(?<=\w )\. \. \.(?= [a-z])")


# A title's abbreviation run into the name after it ("Coun.Ana Ruiz", "Dr.Vell"), as some pages
# print it: read with a space for its stop, so that the name is a word of its own.
_TITLE_RUN_ON = re.compile(
    r"\b(?:Coun|Cllr|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Prof|Supt|Insp|Det|Sgt|Capt|Lt|Col|Gen|Hon)\.(?=[A-Z][a-z])"
)


def with_apostrophes(text: str) -> str:
    """The text the parser reads: a page that lost its apostrophes has them back ("don t" ->
    "don't", "the firm s plant" -> "the firm's plant"), one character for the space each took,
    and one that made them double quotation marks inside words ("didn”t") has them as they were,
    and a comma it made a low quotation mark ("burst‚ it said") is a comma again;
    every offset still points into the text as written. A double prime set for a quotation mark
    is read as a straight one, a spaced ellipsis inside a sentence as one unspaced ("  ..."), and
    the stop of a title run into a name ("Coun.Ana") as a space.
    Other text is read as it is."""
    text = _SPACED_ELLIPSIS.sub("  ...", text)
    text = _TITLE_RUN_ON.sub(lambda m: m.group(0)[:-1] + " ", text)
    text = _MANGLED_APOSTROPHE.sub("'", text.translate(PRIMES_AS_STRAIGHT))
    text = _LOW_QUOTE_COMMA.sub(",", text)
    text = _NAME_APOSTROPHE.sub(r"\1'", text)
    if not _LOST_NOT.search(text):
        return text

    def mend(m: re.Match) -> str:
        words = m.group(0)
        if words.endswith(" "):  # "PGE s " before the noun it owns: the space after stays
            return words[:-1].replace(" ", "'") + " "
        return words.replace(" ", "'")

    text = _LOST_NOT.sub(lambda m: m.group(0).replace(" ", "'"), text)
    return _LOST_CLITIC.sub(mend, text)


def without_dateline(text: str, start: int, end: int) -> str:
    """A paragraph as the parser reads it: a dateline that opens it ("RIVERTON, N.M. - ") left
    blank, one space for each of its characters, so that the sentence after it parses as it
    would alone (the parser otherwise takes the place for part of the sentence and may lose a
    verb joined to its main one); every offset still points into the text as written."""
    floor = dateline_end(text, start, end)
    return " " * (floor - start) + text[floor:end] if floor > start else text[start:end]


def extract(article: Article, aliases: dict[str, tuple[str, str, str]] | None = None) -> list[Claim]:
    """The claims of one article."""
    return next(extract_many([article], aliases))[1]


def extract_many(
    articles: Iterable[Article], aliases: dict[str, tuple[str, str, str]] | None = None, batch_size: int = 64
) -> Iterator[tuple[Article, list[Claim]]]:
    """Claims of many articles, parsing their paragraphs in batches with `nlp.pipe`."""
    # The taggers' weights load while spaCy loads its model (NumPy and file reads let go of
    # the GIL): a single cold `factcheck ingest` waits for the slower of the two only.
    weights = threading.Thread(target=attribution_model.load_model, daemon=True)
    weights.start()
    nlp = nlp_loader.load()
    weights.join()

    def paragraph_stream():
        for article in articles:
            chunks = _chunks(article.text)
            if not chunks:
                yield article.text, (article, -1, 0, 0)
            parsed = with_apostrophes(article.text)
            for n, (start, end) in enumerate(chunks):
                yield without_dateline(parsed, start, end), (article, n, start, len(chunks))

    docs: list = []
    for doc, (article, n, start, total) in nlp.pipe(paragraph_stream(), as_tuples=True, batch_size=batch_size):
        if n <= 0:
            docs = []
        if n >= 0:
            docs.append((start, as_sentence(doc, nlp)))
        if n == total - 1 or n == -1:
            yield article, claims_from_docs(article, docs, aliases)


def extract_batch(batch: list[Article], aliases: dict[str, tuple[str, str, str]] | None = None) -> list[list[Claim]]:
    """The claims of each article of a batch, as ingest's workers (local or Dask) extract them."""
    return [claims for _, claims in extract_many(batch, aliases)]


# The header a blog page puts over its readers' comments ("One thought on “Cuba Denies ...”",
# "12 comments on ...", "2 Responses to ..."): what follows is their comments, not the article.
COMMENTS_HEADER = re.compile(
    r"\s*(?:one|no|\d+|[a-z]+)\s+(?:thoughts?|comments?|responses?|replies|reactions?)\s+(?:on|to)\s+[\"“‘']"
    # a page's note on its comments: "Sorry we are not currently accepting comments on this article."
    r"|\s*(?:sorry,?\s+)?(?:we\s+are|we're)\s+not\s+(?:currently\s+)?accepting\s+comments\b"
    r"|\s*comments\s+(?:are|have\s+been)\s+(?:closed|disabled|turned\s+off)\b"
    # the rules a page sets its readers' comments under ("Comments: Our rules", "Comment rules")
    r"|\s*comments?\s*(?::\s*our|:)?\s*rules\s*$",
    re.IGNORECASE,
)


# A line of a web page that links to another story ("READ MORE: ...", "Related: ...", "SEE ALSO: ...",
# Indonesian sites' "Baca Juga: ..."),
# maybe after an arrow or a bullet ("► RELATED: ...", "» Read more: ..."), or lists the page's tags.
LINK_LINE = re.compile(
    r"\s*(?:[^\w\s\"“‘'(]\s*){0,3}(?:read more|read also|also read|more|more news|more stories|latest news"
    r"|top stories|related|related stories|see also|baca juga"
    r"|previous story|next story|previous article|next article|you are here"  # "You are here: Home > News"
    r"|tags|topics|keywords|filed under|categories)\s*:"  # "Tags: airlines, strikes": the page's index of it
    r"|(?-i:Related\s+(?=[A-Z][a-z]))"  # "Related Mayor faces recall vote": a link with no colon
    r"|\s*read\s+more\s*,\s*(?-i:(?=[A-Z]))",  # "Read More, Council approves budget, mayor says"
    re.IGNORECASE,
)
# A speaker named by a relative pronoun ("Ana, who told the court ..."): inside another's sentence.
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
LINK_LINE_LENGTH = 200  # characters: a headline, not a paragraph that opens with a label
# A web page's notice on the reader's browser or its cookies ("For the best experience, update your
# browser.", "This browser is no longer supported"): nobody's claim.
PAGE_NOTICE = re.compile(
    r"[^\n]*(?:\bfor (?:optimal|the best|a better) (?:browsing|viewing|experience)\b"
    r"|\b(?:internet explorer|your browser|this browser)\b[^\n]*\b(?:not supported|no longer supported|out of date"
    r"|outdated|upgrade|update)\b|\bplease (?:enable|turn on) javascript\b|\bwe use cookies\b"
    # "By signing up, you agree to our privacy policy": the page's terms
    r"|\byou agree to (?:our|the) (?:privacy policy|terms)\b"
    # a comment form's rules: "I agree with the Terms of Use", "Posting rules: Be civil ..."
    r"|\bi (?:have read and )?agree (?:to|with) the terms\b|\b(?:publishing|posting|commenting)\s+(?:terms|rules)\s*:"
    # "Follow us: Facebook | Instagram": the page's links to its accounts
    r"|\s*follow\b[^\n]{0,60}:\s*(?:facebook|twitter|instagram|youtube|linkedin|tiktok)\b"
    # "Skip to main content": a link for screen readers at the page's top
    r"|\s*skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|menu)\s*$)",
    re.IGNORECASE,
)
# A newsletter's sign-up box ("You can unsubscribe at any time ... By subscribing, you acknowledge that
# your information will be transferred to ..."), a paywall's or comment box's word to its readers
# ("You have reached your limit of free articles", "With your current subscription you may comment")
# or a cookie banner ("By clicking Accept you agree to our ... use of cookies"): a few sentences of
# the page's, nobody's claim.
SIGNUP_NOTICE = re.compile(
    r"[^\n]*(?:\byou (?:acknowledge|consent|understand) that your (?:information|data|details)\b"
    r"|\bunsubscribe at any time\b|\byou(?:[’']ve| have) reached (?:your|the) (?:limit|maximum|quota)\b"
    r"|\bwith your current subscription\b|\byou agree to\b[^\n]{0,80}\buse of cookies\b"
    # a comment box's rules: "the right to comment on our articles may be withdrawn"
    r"|\b(?:ability|right|freedom) to comment on our (?:stories|articles|content|site)\b)",
    re.IGNORECASE,
)
# A picture's credit alone in brackets, the photographer and the agency ("(Ana Ruiz/KNA PHOTOS)",
# "(AP Photo/Ana Ruiz) Credit: AP"): nobody's claim.
PICTURE_CREDIT = re.compile(
    r"\s*\(\s*[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,3}\s*/\s*[\w'’-]+(?:\s+[\w'’-]+){0,3}\s*\)"
    r"\s*(?:credit\s*:\s*[^\n]{1,40})?$",
    re.I,
)
# A bulleted line that is no sentence ("• Local farmer wins baking prize"): a list of links to other
# stories when nobody says anything in it.
BULLET_HEADLINE = re.compile(r"\s*[•►»▪◦·]\s*[^\n]*[^.\s”\"’']\s*$")


# A word of a name written with an apostrophe inside it ("O'Dowd", "D’Souza", "Otieng'a").
_APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]*['’][A-Za-z]+")
# Titles and roles, which are no given names ("Minister", "Dr").
_TITLE_WORDS = TITLES | ROLE_NOUNS
# Words the parser may read as the end of a hyphenated name: "a Reed-led coalition" is no name.
_HYPHEN_WORDS = {"led", "backed", "based", "owned", "run", "style", "era", "type", "like", "born", "linked"}


def _ends_a_body(doc, i: int) -> bool:
    """Whether the word at `i`, first of a name the model tagged, is the last word of a body's
    name before it ("Minister for the Department of Rivers, Parks and Sport Tom Reed"): a
    word of English after "and", "of" or "for", a body's word a few words before."""
    word = doc[i]
    if i < 2 or doc[i - 1].lower_ not in {"and", "&", "of", "for"} or not english_word(word.lower_):
        return False
    return any(t.lower_ in _DEPARTMENT_WORDS and t.is_title for t in doc[max(0, i - 8) : i])


_DEPARTMENT_WORDS = {"department", "ministry", "office", "bureau", "agency", "commission", "council", "authority"}


def _one_word_entity(doc, i: int) -> bool:
    """Whether the model tagged the word at `i` a body or a place of one word by itself, as it
    may tag a given name it does not know ("Ramesh" of "Ramesh Pal Varma")."""
    word = doc[i]
    return (
        word.ent_type_ in {"ORG", "GPE", "NORP", "LOC"}
        and word.ent_iob_ == "B"
        and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I")
        and not english_word(word.lower_)
    )


def _given_name_before(doc, start: int, end: int) -> bool:
    """Whether the word before a person's name is a given name the model left out of it: a
    capitalised word of the name's noun phrase that is no English word nor a title, after a word
    that is no name, before a name of two words or more ("local officer Deepak Kumar Roy")."""
    if start == 0 or end - start < 2:
        return False  # not "Planet Kestrel", a word before a one-word name
    word = doc[start - 1]
    return (
        word.tag_ == "NNP"
        and word.dep_ == "compound"
        and start <= word.head.i < end
        and (not word.ent_type_ or _one_word_entity(doc, start - 1))
        and re.fullmatch(r"[A-Z][a-z]+", word.text) is not None
        and word.lower_ not in _TITLE_WORDS
        and base_form(word.lower_) is None
        and (start == 1 or doc[start - 2].tag_ != "NNP" or doc[start - 2].lower_ in _TITLE_WORDS)
        and personal_name(doc[start - 1 : end].text)
    )


# A body named after its holder's office ("the Budget Auditor's Office").
_OFFICE_WORDS = {"office", "department", "bureau", "chambers", "secretariat"}


def whole_names(doc) -> None:
    """Names of persons that the model cut short, made whole in `doc`'s entities: a surname
    with an apostrophe inside ("Anne O’Dowd", "Fred Otieng'a", of which the model tags the
    first name only), a given name in two parts joined by a hyphen ("Kim Dae-ho", tagged up to
    the hyphen), each word part of the same noun phrase as the name; a surname the model left
    off, a capitalised word no English ("Maria Dolores" "Mallado", not in a Title Case
    headline); and a name the model ran into the dash after it ("Lin Mei'an - a nurse")."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    changed = False
    dropped: set[int] = set()
    titled = in_title_case(doc)  # a headline's words are all capitalised: no name runs on by its capital
    for k, e in enumerate(ents):
        start, end = e.start, e.end
        while end - start > 1 and doc[end - 1].text in {"-", "–", "—", ","}:
            end -= 1
        if e.label_ == "PERSON" and _given_name_before(doc, start, end):
            if (
                k > 0
                and ents[k - 1].end == start
                and ents[k - 1].start == start - 1
                and _one_word_entity(doc, start - 1)
            ):
                dropped.add(k - 1)  # "Ramesh" "Pal Varma", the given name tagged a body by itself
                start -= 1
            elif k == 0 or ents[k - 1].end < start:
                start -= 1  # "local officer Deepak" "Kumar Roy" (a word no name before has taken)
        if e.label_ == "PERSON":
            limit = ents[k + 1].start if k + 1 < len(ents) else len(doc)
            while end < limit:
                last, word = doc[end - 1], doc[end]
                within = range(start, end)
                joined = word.head.i in within or any(doc[j].head.i == end for j in within)
                if (
                    end + 1 < limit
                    and not last.whitespace_
                    and word.text == "-"
                    and not word.whitespace_
                    and doc[end + 1].is_alpha
                    and (doc[end + 1].is_lower or doc[end + 1].is_title and doc[end + 1].tag_ == "NNP")
                    and doc[end + 1].lower_ not in _HYPHEN_WORDS
                    and doc[end + 1].tag_ in {"NNP", "NN"}
                    and (last.head.i == end + 1 or last.head.i == doc[end + 1].head.i)
                ):
                    end += 2  # "Kim Dae" "-" "ho"
                elif last.whitespace_ and _APOSTROPHE_NAME.fullmatch(word.text) and joined:
                    end += 1  # "Anne" "O’Dowd"
                elif (
                    end - start < 4
                    and last.whitespace_
                    and word.tag_ == "NNP"
                    and word.is_title
                    and not word.ent_type_
                    and not english_word(word.lower_)
                    and (
                        all(doc[j].dep_ == "compound" and doc[j].head.i == end for j in within)
                        # "Maria Dolores" "Mallado", parsed apart: a name of two words or more goes on
                        or end - start > 1
                        and not titled
                    )
                ):
                    end += 1  # "Maria Dolores" "Mallado": the surname, head of the name, tagged nothing
                    break
                else:
                    break
        if (start, end) != (e.start, e.end):
            ents[k] = doc.char_span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), label=e.label_)
            changed = True
    ents = [e for k, e in enumerate(ents) if k not in dropped]
    for k, e in enumerate(ents):
        verb = next(
            (t.i for t in e[1:] if t.is_lower and t.pos_ in {"VERB", "AUX"} and t.doc[t.i - 1].whitespace_), None
        )  # a word of its own, not "-led" of "Donald Trump-led"
        if e.label_ == "PERSON" and verb is not None:
            ents[k] = Span(doc, e.start, verb, label="PERSON")  # "Anne Njuguna runs Sugarbaked", tagged one name
            changed = True
    for k, e in enumerate(ents):
        if e.label_ == "PERSON" and e.end - e.start >= 3 and _ends_a_body(doc, e.start):
            ents[k] = Span(doc, e.start + 1, e.end, label="PERSON")  # "... Parks and Sport" "Tom Reed"
            changed = True
    for k in range(len(ents) - 1, 0, -1):
        first, second = ents[k - 1], ents[k]
        if (
            first.label_ == second.label_ == "PERSON"
            and first.end == second.start
            and all(t.dep_ == "compound" and first.start <= t.head.i < second.end for t in first)
            and personal_name(first.text)
            and personal_name(second.text)
            # not "Kestrel Challenger" "Ana Ruiz": a description before the name
            and not any(w.lower() in person_nouns() and w.lower() not in GIVEN_NAMES for w in first.text.split())
        ):  # "Mirza Shahidul" "Islam Talukder": one name in four words, which the model tagged in two
            ents[k - 1 : k + 1] = [doc.char_span(first.start_char, second.end_char, label="PERSON")]
            changed = True
        elif (
            first.label_ == second.label_ == "ORG"
            and first.end == second.start
            and doc[first.end - 1].tag_ == "POS"
            and second.end - second.start == 1
            and second[0].lower_ in _OFFICE_WORDS
        ):  # "Kestrel Budget Auditor's" "Office": one body, the office of a holder, tagged in two
            ents[k - 1 : k + 1] = [doc.char_span(first.start_char, second.end_char, label="ORG")]
            changed = True
    for k in range(len(ents) - 1, -1, -1):
        e = ents[k]
        of = next((t.i for t in e if t.lower_ == "of"), None)
        if (
            e.label_ == "PERSON"
            and of is not None
            and e.end > of + 1
            and personal_name(doc[e.start : of].text)
            and of - e.start > 1
            and doc[e.start].lower_ not in _TITLE_WORDS
            and all(t.is_title or t.is_upper or t.lower_ in {"the", "and", "for"} for t in doc[of + 1 : e.end])
        ):  # "Ana Ruiz of Kestrel Pharma", tagged one name: the person, and the body she is of
            body = of + 1 + (doc[of + 1].lower_ == "the")
            ents[k : k + 1] = [Span(doc, e.start, of, label="PERSON")] + (
                [Span(doc, body, e.end, label="ORG")] if body < e.end else []
            )
            changed = True
    for k, e in enumerate(ents):
        first = e[0]
        if (
            not titled
            and e.label_ in {"ORG", "PERSON"}
            and len(e) > 1
            and first.is_sent_start
            and first.is_title
            and first.lower_ in BUSINESS_NOUNS - _NAME_OPENING_TRADES
            and e[1].is_title
        ):
            # "Retailer Brightmart said ...": the trade opening the sentence, in capitals only there,
            # is no word of the name; the rest a business's
            ents[k] = Span(doc, e.start + 1, e.end, label="ORG")
            changed = True
    if changed:
        doc.ents = ents
        Parse.forget(doc)  # its arrays hold the entities as the model tagged them


# Words of business that open bodies' names as often as they describe them ("Bank Negara
# Malaysia", "Company House"): kept in a name, even opening a sentence.
_NAME_OPENING_TRADES = frozenset({"bank", "company", "corporation", "business", "utility", "chain"})


def _untagged_surnames(doc) -> list:
    """Capitalised words alone that the model tagged as nothing, each the subject of its clause
    ("Walker does not care ..."): a surname, where a person was named before in full with it,
    whom a later "she" may then stand for (`Resolver.mentioned_again`)."""
    return [
        t
        for t in doc
        if t.tag_ in {"NNP", "NN"}  # "Ruiz" opening a sentence may be read as a common noun
        and not t.ent_type_
        and t.dep_ in {"nsubj", "nsubjpass"}
        and re.fullmatch(r"[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?", t.text)
        and not any(c.dep_ in {"compound", "det", "amod", "poss"} for c in t.children)
    ]


def _untagged_names(doc) -> list:
    """Names of two words that the model tagged as nothing, a given name (GIVEN_NAMES) and a
    capitalised surname that is no English word, neither of them in an entity nor in a longer run
    of capitals ("Ana Ruiz met the envoy": a person, whom a later "she" may stand for; not "Ana
    Ruiz Clinic"): the spans of the paragraph's words, for the resolver, which leaves the
    speakers' own names to the rules for names the model did not tag."""
    found = []
    for i in range(len(doc) - 1):
        given, surname = doc[i], doc[i + 1]
        if given.ent_type_ or surname.ent_type_ or given.tag_ != "NNP" or surname.tag_ != "NNP":
            continue
        if given.lower_ not in GIVEN_NAMES or not re.fullmatch(r"[A-Z][a-z]+", given.text):
            continue
        if not re.fullmatch(r"[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?", surname.text) or english_word(surname.lower_):
            continue
        if i > 0 and doc[i - 1].tag_ == "NNP" and doc[i - 1].lower_ not in _TITLE_WORDS:
            continue  # "Kestrel Ana Ruiz": a longer name, or a name the model read otherwise
        if i + 2 < len(doc) and doc[i + 2].tag_ == "NNP":
            continue
        found.append(doc[i : i + 2])
    return found


def claims_from_docs(
    article: Article, docs: list, aliases: dict[str, tuple[str, str, str]] | None = None
) -> list[Claim]:
    text = article.text
    for _, doc in docs:
        whole_names(doc)
    resolver = Resolver(aliases, text=text)
    voice = narrator(article.outlet)
    named = names_inside_sentences(doc for _, doc in docs)
    storms = storm_names(doc.text for _, doc in docs)
    for _, doc in docs:
        doc.user_data[NAMED] = named
        doc.user_data[STORMS] = storms
    claims: list[Claim] = []
    # (attribution, resolved, id of the claim whose quotation goes on) of the latest direct speaker
    last_speaker = None
    lead = None  # a lead-in that ended the paragraph before ("she said:")
    open_quote: list = []  # paragraphs of a quotation still open, each with the claims it gave
    left_open = False  # the paragraph before ended inside a quotation
    prev_keys: list[str] = []  # key terms of the sentence before, for claims that refer back
    printed: set[str] = set()  # the paragraphs read so far, their spaces made single
    for para_no, (start, doc) in enumerate(docs):
        end = start + len(doc.text)
        if COMMENTS_HEADER.match(text, start, end):
            continue  # a web page's "One thought on “...”": the page's frame, nobody's claim
        if LINK_LINE.match(text, start, end) and end - start <= LINK_LINE_LENGTH:
            continue  # "READ MORE: Council slammed for ...": a link to another story's headline
        if end - start <= LINK_LINE_LENGTH and PAGE_NOTICE.match(text, start, end):
            continue  # "For the best experience, update your browser": the page's, not the story's
        if PICTURE_CREDIT.match(text, start, end):
            continue  # "(Ana Ruiz/KNA PHOTOS)": who took the picture above
        if end - start <= 2 * LINK_LINE_LENGTH and SIGNUP_NOTICE.match(text, start, end):
            continue  # "By subscribing, you acknowledge that your information ...": a sign-up box
        # the paragraph after its dateline ("RIVERTON (AP) Tom Reed has sought ..." after the same words)
        again = " ".join(text[dateline_end(text, start, end) : end].split())
        if again in printed and len(again.split()) >= 8:
            continue  # a headline or caption the page prints again: said once (not a short reply)
        printed.add(again)
        qs = quotes(text, start, end)
        if lead is None and not left_open:  # not the words a lead-in ("she said:") announced, nor
            # a quotation going on from the paragraph before ('“The bridge was unsafe.' / '“Every
            # engineer we asked told us so.”'): a wire story quoted whole is read as unquoted
            reports = quoted_reports(doc, start, qs)
            qs = [q for q in qs if q not in reports]
        left_open = bool(qs) and not qs[-1].closed
        floor = dateline_end(text, start, end)
        atts = attributions_in(doc, text, start, qs, floor, para_no)
        if not atts and end - start <= LINK_LINE_LENGTH and BULLET_HEADLINE.match(text, start, end):
            continue  # "• Local farmer wins baking prize": its people are no "he" of the story
        # the people a speaker speaks or thinks of ("what she thought Kofi would do next"): no later "he"
        said = [
            s
            for a in atts
            if a.quote in {"indirect", "mixed"} and (a.cue_lemma in SPOKEN_OF_CUES or a.cue_lemma == ":")
            for s in a.content
        ]  # a label's words too ("Reed: I will not quit the council")
        _note_persons(resolver, doc, start, qs, said, [s for a in atts for s in a.content])
        resolver.inside.update(_speakers_inside(atts))
        # The paragraph after a lead-in ("she said:") holds that speaker's words.
        if lead is not None:
            att = lead_in_attribution(lead, doc, start, qs, atts)
            if att is not None:
                att.paragraph = para_no
                atts.insert(0, att)
        lead = lead_in(doc, start, floor) if para_no + 1 < len(docs) else None
        if lead is not None:
            # the lead-in's cue is its speech's, whatever the tagger made of it (a content before it)
            atts = [a for a in atts if not spans_meet(lead.spans, a.cue)]
        _quotes_go_on(atts, qs, text, doc, start)
        covered = [s for a in atts for s in a.content + a.cue + a.source_spans]
        if lead is not None:
            covered += lead.spans + lead.source.spans
        opens_quote = _opens_quote(text, floor, qs)
        here, keys_before = (doc, start, qs, floor, para_no), prev_keys
        first_claim = len(claims)
        signed = _signed_by_next(docs, para_no, text, floor, qs) if not atts and qs and opens_quote else None
        if signed is not None:
            # a pull quote signed by a name in the paragraph after it ('"... just good science"' / "Tim Ruiz,")
            claims.append(_claim(article, signed, resolver.resolve(signed.source), text, doc, start, prev_keys))
            covered += signed.content
        # A paragraph that is a quotation with no cue continues the previous speaker's quote.
        elif (
            not atts
            and qs
            and last_speaker
            and (opens_quote or _quoted_predicate(text, floor, start + len(doc.text), qs))
            and _prose_between(docs, last_speaker[0].paragraph, para_no) <= (last_speaker[0].quote != "indirect")
            and not _heading(doc)  # not a quotation set as a heading
        ):
            att, res, root = last_speaker
            cont = _continued(att.source, text, *here)
            claims.append(_claim(article, cont, res, text, doc, start, prev_keys, speaker_spans=[]))
            claims[-1].continues = root
            last_speaker = (cont, res, root)
            covered += cont.content
        # A quotation left open at the end of its paragraph goes on in the next one, which opens
        # with a quotation mark again; where it closes, a cue may name its speaker.
        goes_on = not atts and opens_quote and bool(qs) and not qs[-1].closed and para_no + 1 < len(docs)
        closer = None
        quoted_here = False  # a speaker of this paragraph's quotation was found
        # in the order the text names the speakers: a pronoun stands for someone named before it
        for att in sorted(atts, key=_named_at):
            if att.via is not None and att.source is not None and att.source.pronoun and att.via.spans:
                # '"...," Kestrel Online quoted him as saying': "him" is not who quotes him
                resolver.reported.add(att.via.spans[0][0])
            own = att.own or _the_article_itself(att) or _the_newsroom_asking(att, qs)
            res = voice if own else resolver.resolve(att.source)
            if _names_itself(att, res, text):
                res = unidentified("it")  # "It also found that Velmont's delay ...": not Velmont
            if res.kind == "organization" and _speaks_as_one(att, text):
                res = resolver.person_after_all(res)
            elif res.kind == "government" and att.source is not None and _speaks_as_one(att, text):
                res = resolver.person_after_all_of(att.source, res)
            if _newsroom_reveals(att, res, text):
                res = replace(res, kind="media")  # "Kestrel Week can exclusively reveal ...": a publication
            whole = _relative_said(_without_nested(att, atts, text), doc, start)
            if not whole.content:
                continue  # 'The minister : " said', a cue and a speaker with nothing said
            claims.append(_claim(article, whole, res, text, doc, start, prev_keys))
            if closer is None and open_quote and opens_quote and _closes(att, qs):
                closer = (att, res, claims[-1].id)
            if att.via is not None:
                claims[-1].via = resolver.resolve(att.via).name
            for head in _issued(doc, start, att):
                resolver.issued(head, res)
            if quoted_here and att.source is not None and att.source.text.strip().lower() in RELATIVE_PRONOUNS:
                # '"He was held there," the judge said, of Tom Lane, who told the jury he had been
                # "starved".' / '"I am sure ..."': the quotation goes on with the judge's words
                continue
            if att.quote in {"direct", "mixed"}:
                last_speaker = (att, res, claims[-1].id)
                quoted_here = True
            elif res.kind in SPEAKING_KINDS and not res.scoped and att.cue_lemma.partition(" ")[0] in STATING_CUES:
                # "Ruiz said there was not enough evidence." / '"Our drivers have had threats."':
                # a quotation with no cue right after a person's words goes on with them; so after a
                # body's ("Acme said in a statement it would find jobs for all." / '"We value every worker."')
                last_speaker = (att, res, claims[-1].id)
        for sent in doc.sents:
            s0, s1 = sent.start_char + start, sent.end_char + start
            s0 = max(s0, floor)
            words = [t for t in sent if t.is_alpha]
            overlaps = any(a < s1 and s0 < b for a, b in covered) or any(q.start <= s0 and s1 <= q.end + 1 for q in qs)
            if not overlaps and len(words) >= MIN_NARRATOR_WORDS:
                toks = [t for t in sent if t.idx + start >= s0]
                content = fragments([t for t in toks if not (t.is_punct and t.i == sent.end - 1)], start)
                if content:
                    claims.append(_narrator_claim(article, voice, content, (s0, s1), toks, prev_keys))
            prev_keys = keys_for(list(sent), frames=False)[0]
        if closer is not None:
            # the open quotation's paragraphs are the speaker's who closes it, not what they seemed
            att, res, root = closer
            seemed = {id(c) for before, _, _ in open_quote for c in before}
            claims = [c for c in claims if id(c) not in seemed]
            for _, para, keys in open_quote:
                cont = _continued(att.source, text, *para)
                claims.append(_claim(article, cont, res, text, para[0], para[1], keys, speaker_spans=[]))
                claims[-1].continues = root
        if not goes_on:
            open_quote = []
        else:
            open_quote.append((claims[first_claim:], here, keys_before))
    turned = {source_id(res, article.id) for res in resolver.turned}
    bodies = {source_id(res, article.id) for res in resolver.turned_bodies}
    for c in claims:  # the claims a name made before it spoke as a person, or before it was "it"
        if c.source_kind == "organization" and c.source_id in turned:
            c.source_kind = "person"
        elif c.source_kind == "person" and c.source_id in bodies:
            c.source_kind = "organization"
    _one_kind_per_name(claims)
    claims.sort(key=lambda c: c.spans.content[0][0] if c.spans.content else 0)
    _named_after(claims, text)
    _surname_of_person(claims)
    _body_named_later(claims)
    _lead_named_later(claims)
    _mark_relays(claims, text)
    # one claim per id: a cue found twice (two rules) must not become two claims
    unique: dict[str, Claim] = {}
    for c in claims:
        unique.setdefault(c.id, c)
    return list(unique.values())


def _one_kind_per_name(claims: list[Claim]) -> None:
    """One name, one kind in an article: where the model took a name for a place or a body in
    one sentence and for a person in others ("Mbeki has dismissed ..." with "Mbeki" tagged a
    place), or a company for a person once, the kind most of its claims have is the kind of all
    of them. A country's name keeps its kinds (its government, or a person so named)."""
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    for c in claims:
        if c.source_kind in {"person", "organization", "government"} and c.source.lower() not in COUNTRY:
            kinds[c.source_id][c.source_kind] += 1
    for c in claims:
        counts = kinds.get(c.source_id)
        if counts is None or len(counts) < 2:
            continue
        (top, most), (_, next_most) = counts.most_common(2)
        if most > next_most:
            c.source_kind = top  # type: ignore[assignment]


# A speaker's own word for themself in a quotation: "I", "me", "my", "myself" ("I've", "I'm").
_FIRST_PERSON = re.compile(r"(?<![\w’'])(?:I|[Mm]e|[Mm]y|[Mm]yself)(?![\w-])")


# "he" or "she" opening what a speaker said, of themself ("Jones told the court she had never ..."),
# or "I" opening a label's words, quoted without marks ("Reed: I will not quit the council").
_PERSONAL_SUBJECT = re.compile(r"(?:that\s+)?(?:he|she)\b|I(?:[’']m|[’']ve|[’']ll|[’']d)?\s")


def _speaks_as_one(att: Attribution, text: str) -> bool:
    """Whether an attribution speaks as one person: its quotation says "I" (an organisation says
    "we"), or what it reports opens with "he" or "she" (an organisation is "it")."""
    if att.quote in {"direct", "mixed"}:
        # not a title quoted ('a report called "My days are not my own"'): a name, no one's "I"
        return any(
            _FIRST_PERSON.search(text, s, e)
            for s, e in att.content
            if not _TITLE_BEFORE.search(text, max(0, s - 30), s)
        )
    return bool(att.content) and _PERSONAL_SUBJECT.match(text, att.content[0][0]) is not None


# Words that give a title in quotation marks right after them ('a report called "My days ..."').
_TITLE_BEFORE = re.compile(r"\b(?:called|titled|entitled|named|dubbed|headlined)\s*[\"“‘']?\s*\Z")
SIGNATURE_WORDS = 4  # the most words of a name that signs a pull quote


def _named_at(att: Attribution) -> int:
    """Where the text names an attribution's speaker, or gives its cue when no speaker is named."""
    return min(s for s, _ in att.source_spans + att.cue) if att.source_spans or att.cue else 0


def _signed_by_next(docs: list, para_no: int, text: str, floor: int, qs) -> Attribution | None:
    """A paragraph that is a quotation and nothing else, signed by the next paragraph, which is
    a person's name alone ('"The figures do not add up; that is plain arithmetic"' / 'Tim
    Ruiz,' / 'Senior economist'): the pull quote a web page sets beside its
    story. None for any other paragraph."""
    if para_no + 1 >= len(docs):
        return None
    start, doc = docs[para_no]
    outside = text[floor : start + len(doc.text)]
    for q in qs:
        outside = outside.replace(text[q.start : q.end], "")
    if re.sub(r"[\W_]", "", outside):
        return None  # words outside the quotation: a cue may yet name its speaker
    nstart, ndoc = docs[para_no + 1]
    words = [t for t in ndoc if not (t.is_punct or t.is_space)]
    person = [e for e in ndoc.ents if e.label_ == "PERSON"]
    if not 2 <= len(words) <= SIGNATURE_WORDS or len(person) != 1 or not all(t.text[:1].isupper() for t in words):
        return None
    if not all(person[0].start <= t.i < person[0].end for t in words):
        return None
    return _continued(mention_of(list(person[0]), nstart), text, doc, start, qs, floor, para_no)


# A conjunction a paragraph of quotation may open with ('But, "clearly the trend is ..."').
_QUOTE_OPENER = re.compile(r"(?:But|And|Yet|Still|However|Now)\s*,?\s*")


# "It is", "This was", "They were": a subject that stands for what a speaker just spoke of.
_STANDING_SUBJECT = re.compile(r"(?:It|This|That|They|These)\s+(?:is|was|are|were|remains|remained)")


def _quoted_predicate(text: str, start: int, end: int, qs) -> bool:
    """Whether a paragraph is a pronoun and "be" before a quotation that ends it ('It is "built on
    figures nobody has checked."', after a speaker's words): the quotation carries on what the speaker
    said of the thing, as a paragraph of quotation would."""
    if len(qs) != 1 or not qs[0].closed:
        return False
    lead = text[start : qs[0].outer[0]]
    tail = text[qs[0].outer[1] : end]
    return not tail.strip(" .") and bool(_STANDING_SUBJECT.fullmatch(lead.strip()))


def _opens_quote(text: str, at: int, qs=()) -> bool:
    """Whether a paragraph opens with a quotation mark, maybe after a conjunction; a single
    mark only where it opens one of the paragraph's quotations `qs`."""
    m = _QUOTE_OPENER.match(text, at)
    if m and m.end() > at:
        at = m.end()
    if text[at : at + 1] in '"“' or text[at : at + 2] in DOUBLED:
        return True
    return text[at : at + 1] in "'‘" and any(q.start == at + 1 for q in qs)


CAPTION_WORDS = 20  # the most words of a picture's caption set between paragraphs of a story


# The end of a sentence, maybe inside closing quotation marks ('... have had threats."').
_ENDS_SENTENCE = re.compile(r"[.!?…][\"”’')\]]*$")
HEADING_WORDS = 12  # words a heading has at most


def _heading(doc) -> bool:
    """Whether a paragraph is a heading: a few words and no end of a sentence ("'We're not
    blaming anyone'" between two parts of a story)."""
    return sum(t.is_alpha for t in doc) <= HEADING_WORDS and not _ENDS_SENTENCE.search(doc.text.rstrip())


def _prose_between(docs: list, first: int, last: int) -> int:
    """How many paragraphs of the story lie between two, a picture's caption not counted: a
    short line with no full stop and no quotation ("Relatives wait outside the hospital")."""
    count = 0
    for _, doc in docs[first + 1 : last]:
        words = [t for t in doc if t.is_alpha]
        text = doc.text.rstrip()
        caption = len(words) <= CAPTION_WORDS and text[-1:] not in ".!?\"”’'" and not any(t.is_quote for t in doc)
        count += not caption
    return count


def _quotes_go_on(atts: list[Attribution], qs, text: str, doc, offset: int) -> None:
    """A speaker's quotation goes on in the next one of its paragraph, when nothing but the end of
    a sentence parts them from the attribution and no attribution has it ('"...," Ana Ruiz told
    the Gazette. "To say so hurts the study."'): its words are the speaker's too; so are those of
    a quotation closed right before the speaker's name, where the tagger took it for part of the
    name and gave the words after it alone."""
    taken = [s for a in atts for s in a.content + a.cue + a.source_spans]

    for att in atts:
        if att.quote not in {"direct", "mixed"} or att.own or not att.content:
            continue
        named = min(s for s, e in att.cue + att.source_spans) if att.cue or att.source_spans else None
        if named is not None and att.content[0][0] > named:
            # '"...," the chief said. "..."': the quotation closed right before the speaker opens the words
            before = [q for q in qs if q.closed and q.outer[1] <= named and not text[q.outer[1] : named].strip(" ,")]
            if before and not spans_meet([(before[0].start, before[0].end)], taken):
                q = before[0]
                att.content = [(q.start, q.end)] + att.content
                att.tokens = _words_in(doc, offset, [(q.start, q.end)]) + att.tokens
                taken.append((q.start, q.end))
        end = max(e for s, e in att.content + att.cue + att.source_spans)
        rest = text[end : att.sentence[1]]
        if any(mark in rest for mark in '"“”‘’') or not re.search(r"[.!?]\s*$", rest):
            continue  # the attribution's sentence goes on with other words, or ends in no full stop
        for q in qs:
            if q.start < end or spans_meet([(q.start, q.end)], taken):
                continue
            if not re.fullmatch(r"[\s.!?]*[\"“‘']?", text[max(end, att.sentence[1]) : q.start]):
                break  # words between: not the same quotation going on
            att.content = att.content + [(q.start, q.end)]
            att.tokens = att.tokens + _words_in(doc, offset, [(q.start, q.end)])
            taken.append((q.start, q.end))
            end = q.end


# "This story has been updated to note that ...": the article speaks of itself, in its own voice.
_THIS_ARTICLE = re.compile(r"(?:this|the present)\s+(?:story|article|post|piece|version)", re.IGNORECASE)


def _the_article_itself(att: Attribution) -> bool:
    return att.source is not None and bool(_THIS_ARTICLE.fullmatch(att.source.text.strip()))


# What a newsroom does to get a story ("We asked the council whether ...", "We contacted the firm").
_NEWSROOM_ACTS = frozenset({"ask", "contact", "approach", "reach", "email", "request", "put"})


def _the_newsroom_asking(att: Attribution, qs) -> bool:
    """Whether a "we" outside any quotation asks or contacts someone: the outlet, as its
    reporters write ("We asked Riverton council if it had plans to ..."), not the last speaker."""
    if att.source is None or att.source.text.strip().lower() != "we" or not att.source.spans:
        return False
    at = att.source.spans[0][0]
    return att.cue_lemma.partition(" ")[0] in _NEWSROOM_ACTS and not any(q.start <= at < q.end for q in qs)


# What a publication says of its own scoop ("the Ledger can reveal", "Kestrel Week can exclusively reveal").
_SCOOP = re.compile(r"(?i)\bcan\s+(?:now\s+)?(?:exclusively\s+)?reveal\b")


def _newsroom_reveals(att: Attribution, res, text: str) -> bool:
    """Whether a named speaker whose cue is "can reveal" is a publication: newsrooms write so of
    their own findings, people and other bodies do not (not a person's full name, "Ana Vell can
    reveal"). The cue's words are read only for a name that could be either."""
    return (
        res.kind in {"person", "organization"}
        and not res.scoped
        and bool(_SCOOP.search(" ".join(text[s:e] for s, e in att.cue)))
        and not given_and_surname(res.name)
        and res.name.split()[0].lower() not in GIVEN_NAMES
    )


def _words_in(doc, offset: int, spans: list[tuple[int, int]]) -> list:
    """The words of a paragraph (`doc`, at `offset` in the text) that begin inside `spans`."""
    return [t for t in doc if any(s <= t.idx + offset < e for s, e in spans)]


def _continued(source: Mention | None, text: str, doc, offset: int, qs, floor: int, para_no: int) -> Attribution:
    """The attribution of a paragraph of quotation with no cue, whose words go on the quote of
    the speaker `source` names."""
    content = [(q.start, q.end) for q in qs]
    return Attribution(
        source=source,
        cue=[],
        cue_text="",
        cue_lemma="",
        stance="asserts",
        content=content,
        quote="direct",
        sentence=(floor, offset + len(doc.text)),
        paragraph=para_no,
        tokens=_words_in(doc, offset, content),
    )


def _closes(att: Attribution, qs) -> bool:
    """Whether a speaker's attribution takes the quotation that opens its paragraph: the one that
    closes a quotation begun in the paragraphs before."""
    return (
        bool(qs)
        and att.quote in {"direct", "mixed"}
        and not att.own
        and any(s < qs[0].end and qs[0].start < e for s, e in att.content)
    )


# The kinds of speaker whose reported words a quotation with no cue after them goes on with
SPEAKING_KINDS = frozenset({"person", "organization", "government"})
NAMED_AFTER_REACH = 600  # characters from an unnamed speaker's claim to the next, which may name them
_UNNAMED_ROLE = re.compile(r"(?:an?|another)\s+(?:[\w-]+\s+){0,3}([a-z]+)$", re.IGNORECASE)


def _named_after(claims: list[Claim], text: str) -> None:
    """An unnamed speaker named in the next attribution: "An army spokesman denied that civilians
    had been killed ... “A number of people were killed there,” said Major-General Shaukat
    Sultan." The name, given for the first time, with no description of its own but a title,
    right after a speaker introduced by a role alone, is that speaker's: its claims take the name
    (a new person is described when introduced: "said Ana Ruiz, a nurse")."""
    said = [c for c in claims if c.source_kind != "narrator" and c.spans.content]
    introduced: dict[str, str] = {}
    for c in said:
        introduced.setdefault(c.source_id, c.speaker)
    for before, after in zip(said, said[1:]):
        role = _UNNAMED_ROLE.match(introduced[before.source_id])  # "An army spokesman", then "He said"
        if before.source_id == after.source_id or not role or role.group(1).lower() not in ROLE_NOUNS:
            continue
        if before.source_kind != "person":
            continue  # "a police official said": a source kept anonymous, not the chief named next
        name = after.source.split()
        if after.source_kind != "person" or len(name) < 2 or not after.speaker.endswith(after.source):
            continue
        if not all(w[:1].isupper() for w in after.speaker.split()):
            continue  # "Ana Ruiz, a nurse", "hospital spokeswoman Ana Ruiz": described, someone of their own
        if _of_another_body(introduced[before.source_id], after):
            continue  # "A KPC official", then "Acme CEO Ana Ruiz": the official is of another body
        at, then = before.spans.content[0][0], after.spans.content[0][0]
        if then - at > NAMED_AFTER_REACH or name[-1] in text[:at]:
            continue  # far apart, or a name the text gave before
        if spans_within(after.spans.source, before.spans.content):
            continue  # "A press aide said that Governor Ana Ruiz phoned ... to ...": someone the aide speaks of
        _renamed(claims, before.source_id, after)


def _of_another_body(role: str, named: Claim) -> bool:
    """Whether a name comes with an office and whom it is held for ("Tory MP Mark Reed", "Kestra
    CEO Ana Ruiz") where the unnamed speaker's description names another ("A Green MP", "A KPC
    official"): two people. A title alone before the name ("Justice Tom Reed" after "a High
    Court judge", "Major-General Ivan Orlov") says nothing of the kind."""
    if not named.speaker.endswith(named.source):
        return False
    before = named.speaker[: -len(named.source)].split()
    offices = [w for w in before if any(part in _TITLE_WORDS for part in w.lower().strip(".").split("-"))]
    return bool(offices) and any(w[:1].isupper() and w not in offices and w not in role.split() for w in before)


def _renamed(claims: list[Claim], source_id: str, named: Claim) -> None:
    """The claims of the source `source_id` given the speaker of `named` (its name, id and kind;
    its affiliation where they had none): one speaker the text named twice."""
    for c in claims:
        if c.source_id == source_id:
            _speaks_as(c, named)


def _speaks_as(c: Claim, other: Claim) -> None:
    c.source, c.source_id, c.source_kind = other.source, other.source_id, other.source_kind
    c.affiliation = c.affiliation or other.affiliation


# A body introduced by what it is, not by name: "A state health authority", "An oil company that ...".
_UNNAMED_BODY = re.compile(r"(?:an?)\s+(?:[\w.'’-]+\s+){0,4}?([a-z]+)(?:\s+(?:that|which|who)\b.*)?$", re.IGNORECASE)


def _surname_of_person(claims: list[Claim]) -> None:
    """A surname alone the model took for an organisation's name ("Trump says ...", "Okafor on
    Tuesday said"), or that speaks before the full name is given ("Reed: I will not quit", then "Tom
    Reed said"), in an article where one person with that surname speaks ("Donald Trump
    said"): that person, before or after. Not when two such people speak, nor for one named by
    a title and the surname alone ("Mr. Kestrel", whom the resolver kept apart from a "Mrs.
    Kestrel")."""
    persons = [
        c
        for c in claims
        if c.source_kind == "person"
        and len(c.source.split()) > 1
        and c.source[:1].isupper()  # a name, not a description ("former chief of Acme")
        and not (len(c.source.split()) == 2 and c.source.split()[0].lower().rstrip(".") in GENDER_TITLES)
    ]
    for c in claims:
        if c.source_kind not in {"organization", "person"} or " " in c.source or not personal_name(c.source):
            continue
        if c.source.lower() in COUNTRY:
            continue
        named = {p.source_id: p for p in persons if p.source.split()[-1] == c.source}
        if not named and c.source_kind == "organization":
            # "Vale told a meeting ..." before "Vale, head of the party, ...": the person it is
            named = {p.source_id: p for p in claims if p.source_kind == "person" and p.source == c.source}
        if len(named) == 1:
            (person,) = named.values()
            _renamed(claims, c.source_id, person)


def _body_named_later(claims: list[Claim]) -> None:
    """A body a story introduces by what it is and names later by a name that ends in the same
    noun ("A state health authority denies ... But the Riverton Health Authority said ..."): one
    body, whose claims take the name. Only when the text names one such body, and only bodies
    (a person introduced so is someone else's business, `_named_after`)."""
    said = [c for c in claims if c.source_kind in {"organization", "government"} and c.spans.content]
    for before in said:
        unnamed = _UNNAMED_BODY.fullmatch(before.speaker)
        if not unnamed or before.source.lower() not in before.speaker.lower():
            continue  # the description itself, not a body it was taken for ("A Kenyan ministry": Kenya)
        head = unnamed.group(1).lower()
        later = {
            c.source_id: c
            for c in said
            if c.source_id != before.source_id
            and c.source.split()[-1].lower() == head
            and all(w[:1].isupper() for w in c.source.split())
            and c.spans.content[0][0] > before.spans.content[0][0]
        }
        if len(later) != 1:
            continue  # none named, or two bodies of that kind: which one is not said
        (named,) = later.values()
        _renamed(claims, before.source_id, named)


# The role a description of a person is headed by: "chief" of "The chief of a fuel plant that ...".
_DESCRIBED_ROLE = re.compile(
    r"(?:the|an?)\s+(?:[\w-]+\s+){0,2}?([a-z]+)(?:\s+(?:of|for|at|who|that)\b.*)?$", re.IGNORECASE
)


def _lead_named_later(claims: list[Claim]) -> None:
    """A story's first speaker, a person described by a role and not named ("The chief of a
    fuel plant destroyed in a blast says he will contest the fines"), is the one person named
    later with that role in their description ("Ana Ruiz, chairman and chief executive of the
    company, called ..."): the reporter's delayed naming. Only when exactly one named person's
    description holds the role."""
    said = [c for c in claims if c.source_kind != "narrator" and c.spans.content]
    if not said or said[0].source_kind != "person" or said[0].source[:1].isupper():
        return
    first = said[0]
    role = _DESCRIBED_ROLE.fullmatch(first.speaker)
    if not role or role.group(1).lower() not in ROLE_NOUNS:
        return
    word = re.compile(rf"\b{role.group(1)}\b", re.IGNORECASE)
    named = {
        c.source_id: c
        for c in said
        if c.source_id != first.source_id
        and c.source_kind == "person"
        and c.source[:1].isupper()
        and word.search(c.speaker[len(c.source) :] if c.speaker.startswith(c.source) else "")
    }
    if len(named) != 1:
        return
    (person,) = named.values()
    _renamed(claims, first.source_id, person)


def _issued(doc, offset: int, att: Attribution) -> list[str]:
    """The documents a speaker puts out in the sentence of its attribution, outside what it says
    ("In a statement, Merck said ...", "the ministry said in a report", "X issued a statement
    rejecting ..."): the head words of the documents it introduces (a, an, its)."""
    s0, s1 = att.sentence
    source = att.source_spans

    def within(tok, spans) -> bool:
        return any(s <= tok.idx + offset < e for s, e in spans)

    def by_speaker(verb) -> bool:  # the cue itself, or a verb the speaker is the subject of
        return within(verb, att.cue) or any(c.dep_ == "nsubj" and within(c, source) for c in verb.children)

    heads = []
    for t in doc:
        if not (s0 <= t.idx + offset < s1) or t.pos_ != "NOUN" or t.lemma_.lower() not in DOCUMENT_HEADS:
            continue
        if within(t, att.content) or not any(c.dep_ in {"det", "poss"} and c.lower_ in INTRODUCING for c in t.children):
            continue
        if any(c.dep_ == "prep" and c.lower_ in {"by", "from"} for c in t.children):
            continue  # "dismissed a report by a rights group": another's document, not one it put out
        verb = t.head.head if t.dep_ == "pobj" else t.head
        if by_speaker(verb):
            heads.append(t.lemma_.lower())
    return heads


INTRODUCING = {"a", "an", "its", "his", "her", "their"}  # determiners of a document a speaker puts out


NAME_JOINERS = {"for", "of", "and", "on", "the"}


def _whole_name(ent) -> str:
    """An organisation's name with the words of its own the tagger's entity left out
    ("National Coordination Agency" + "for Disaster Relief")."""
    doc, end, subtree = ent.doc, ent.end, {t.i for t in ent.root.subtree}
    while (
        end < len(doc)
        and end in subtree
        and (doc[end].lower_ in NAME_JOINERS or doc[end].text.istitle())
        and doc[end].ent_type_ not in {"DATE", "TIME"}  # not "Acme on Monday"
    ):
        end += 1
    while end > ent.end and doc[end - 1].lower_ in NAME_JOINERS:
        end -= 1
    return doc[ent.start : end].text


# The entities a recased headline keeps from its Title Case parse: names of people, bodies, places.
_NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART"}
_NOMINAL = {"PROPN", "NUM"}


def as_sentence(doc, nlp):
    """A parsed paragraph, and a Title Case headline whose parse went wrong parsed again as a
    sentence (`recased`)."""
    return recased(doc, nlp) if in_title_case(doc) and _misread(doc) else doc


def recased(doc, nlp):
    """A Title Case headline parsed as a sentence: the parser takes its capitals for names
    ("Governor Denies She Ordered Troops" reads "Denies" as a name); its words known to English
    ("denies", "she", "troops") are parsed in lower case, and the parse is laid on the words as
    written. The names the first parse found keep their capitals and their entities, less the
    words the second parse reads as no proper noun ("Pentagon Denies": "Pentagon")."""
    from spacy.lang.en.stop_words import STOP_WORDS
    from spacy.tokens import Doc

    text = doc.text
    chars = list(text)
    for t in doc[1:]:
        w = t.text
        if t.ent_type_ in _NAME_LABELS and not _inflected_verb(t.lower_):
            continue  # a name ("Trump", "Plant"), as written; not a verb the tagger took in one ("Pentagon Denies")
        if len(w) > 1 and w[0].isupper() and w[1:].islower() and w.isalpha():
            lower = w.lower()
            if lower in STOP_WORDS or base_form(lower) is not None:
                chars[t.idx : t.idx + len(w)] = lower
    low = nlp("".join(chars))
    if [t.idx for t in low] != [t.idx for t in doc]:
        return doc  # split into other words: the first parse stands
    ents = ["O"] * len(low)
    taken = set()
    for e in doc.ents:
        if e.label_ not in _NAME_LABELS:
            continue
        keep = [t.i for t in e if low[t.i].pos_ in _NOMINAL]
        if not keep:
            continue
        first, last = keep[0], keep[-1]
        if any(low[i].pos_ not in _NOMINAL for i in range(first, last + 1)):
            continue
        _mark(ents, first, last + 1, e.label_)
        taken.update(range(first, last + 1))
    for e in low.ents:
        if not taken.intersection(range(e.start, e.end)):
            _mark(ents, e.start, e.end, e.label_)
    out = Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        tags=[t.tag_ for t in low],
        pos=[t.pos_ for t in low],
        morphs=[str(t.morph) for t in low],
        lemmas=[t.lemma_ for t in low],
        heads=[t.head.i for t in low],
        deps=[t.dep_ for t in low],
        sent_starts=[bool(t.is_sent_start) for t in low],
        ents=ents,
    )
    out.user_data[RECASED] = low.text  # its capitals tell no name: those the parser read do
    return out


def _mark(ents: list[str], start: int, end: int, label: str) -> None:
    """Mark tokens `start:end` as one entity of `label` in a list of BIO tags."""
    ents[start:end] = ["B-" + label] + ["I-" + label] * (end - start - 1)


def _misread(doc) -> bool:
    """Whether a headline's parse has a sentence with no verb at its root, or a verb with an
    ending taken for a name ("Governor Denies ...": "Denies" a plural proper noun)."""
    return any(s.root.pos_ not in {"VERB", "AUX"} for s in doc.sents) or any(
        t.tag_ in {"NNP", "NNPS"} and _inflected_verb(t.lower_) for t in doc
    )


def _inflected_verb(word: str) -> bool:
    """Whether a lower-cased word is an English verb with an ending ("denies", "ordered")."""
    return word.endswith(("s", "ed", "ing")) and (base_verb(word) or word) != word


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _speakers_inside(atts: list[Attribution]) -> list[int]:
    """Where the speakers start who speak inside another speaker's words ("Vale asked why Ruiz
    had chosen to stress the delay": Ruiz), whom a later "he" does not stand for."""
    contents = [(s, e, a) for a in atts for s, e in a.content]
    return [
        a.source.spans[0][0]
        for a in atts
        if a.source is not None
        and a.source.spans
        and any(s <= a.source.spans[0][0] < e and not _relayed_by(a, s, b) for s, e, b in contents if b is not a)
    ]


def _relayed_by(inner: Attribution, start: int, outer: Attribution) -> bool:
    """Whether a speaker opens with a cue of saying the words a medium reports after them ("Ruiz
    claimed the count was rigged, the Gazette reported"): relayed, a speaker a later "he" may
    stand for (not "Engineers have checked the pumps, he said")."""
    return (
        inner.source is not None
        and inner.cue_lemma in RELAYED_CUES
        and outer.cue_lemma == "report"
        and bool(outer.cue)
        and inner.source.spans[0][0] - start <= len("that ")
        and outer.cue[0][0] > start
    )


# The last words of a street's name, and the prepositions that put something on one.
_STREET_WORDS = {"lane", "road", "street", "drive", "avenue", "close", "crescent", "terrace", "boulevard", "way"}
# Words that end a building's or a site's name and no one's ("Waterloo Station", "Kestrel Airport").
_FACILITY_WORDS = {"station", "airport", "stadium", "terminal", "cathedral", "mosque", "square", "airfield", "arena"}
_AT_A_PLACE = {"on", "in", "at", "along", "off", "near", "of", "from", "to"}
# Prepositions of place alone, whose object one word long is a place though tagged a person.
_PLACE_PREPOSITIONS = {"between", "near", "in", "outside", "across", "around", "towards", "toward"}


def _possessive(ent) -> bool:
    """Whether a name stands in the possessive ("Reed's", the "'s" in the entity or after it)."""
    doc = ent.doc
    return doc[ent.end - 1].tag_ == "POS" or ent.end < len(doc) and doc[ent.end].tag_ == "POS"


def _saints_place(ent) -> bool:
    """Whether a name tagged a person is a saint's in the possessive ("St Mark's", "Saint
    Anne's Hospital"): the name of a place called after the saint."""
    return ent[0].text in {"St", "St.", "Saint"} and len(ent) > 1 and _possessive(ent)


# Verbs of saying something on a platform ("posted on Kestrelgram", "wrote on a forum").
_POSTING_VERBS = frozenset({"say", "write", "post", "tweet", "announce", "declare", "claim", "share"})


def _titled_person_tagged_body(ent) -> bool:
    """Whether a name the model tagged a body's is a person's: a given name and a surname
    (`given_and_surname`) after a title or a role ("Senior Supt. Ramon Villaraza", "spokesman
    Femi Okoro") or before a role set off by a comma (", the agency's head of press"), so that
    a later "Villaraza said" is the person (not "Goldman Sachs", a bank by its founders' names)."""
    if ent.label_ != "ORG" or len(ent) != 2 or not given_and_surname(ent.text):
        return False
    doc = ent.doc
    before = doc[ent.start - 1].lower_.rstrip(".") if ent.start > 0 else ""
    if before in _TITLE_WORDS:
        return True
    after = doc[ent.end : ent.end + 8]
    if len(after) < 2 or after[0].text != "," or after[1].lower_ not in {"the", "a", "an"}:
        return False
    described = next((t for t in after[1:] if t.text in {",", ".", ";"} or t.pos_ == "VERB"), None)
    words = [t for t in after[1:] if described is None or t.i < described.i]
    return any(t.lower_ in ROLE_NOUNS and t.pos_ == "NOUN" for t in words)


# Gatherings a name may host or chair ("a meeting held by President Ana Ruiz").
_GATHERINGS = frozenset("meeting conference summit session briefing rally ceremony event forum talks hearing".split())


def _host_of_gathering(tok) -> bool:
    """Whether a name is the agent of a participle describing a gathering ("at a meeting held by
    President Ana Ruiz", "a summit hosted by Tom Reed"): its host, whom the sentence's speaker
    spoke before, no later "he" while the speaker is one."""
    by = tok.head
    if tok.dep_ != "pobj" or by.dep_ != "agent":
        return False
    participle = by.head
    return participle.dep_ == "acl" and participle.head.lemma_.lower() in _GATHERINGS


def _names_itself(att: Attribution, res, text: str) -> bool:
    """Whether "it" would speak as the body its own words name by name ("It also found that
    Velmont's delay ..." after Velmont was named: the court or the agency, not Velmont)."""
    if att.source is None or att.source.text.lower() != "it" or res.kind not in {"organization", "government", "media"}:
        return False
    if not res.name[:1].isupper():
        return False  # "It said the company could not rule out delays": the company says so of itself
    said = " ".join(text[s:e] for s, e in att.content)
    return re.search(rf"\b{re.escape(res.name)}\b", said) is not None


# Bodies of the state that act as one ("The council approved the budget ... It also ordered ..."),
# not words for a place or a building that may be a sentence's subject too ("the house", "the town").
_STATE_BODY_WORDS = frozenset(
    {"council", "agency", "commission", "department", "regulator", "bureau", "directorate", "tribunal", "court"}
    | {"legislature", "parliament", "senate", "congress", "municipality", "prefecture"}
)


def _note_persons(resolver: Resolver, doc, offset: int, quotes=(), reported=(), contents=()) -> None:
    """Tell the resolver of the people a paragraph names or describes as a sentence's subject,
    so that "He denied any wrongdoing" after "Japan's economy minister was grilled" is the minister,
    and of the documents and organisations sentences are about ("It alleges ..." after "The lawsuit
    is pending", "it listed" after "The agency gave a lower number"). A person described inside a
    quotation (`quotes`) is the speaker's subject, not someone a later "she said" stands for; one
    inside a speaker's reported words (`reported`) is not, while that speaker can be; nor is a
    group of people inside any attribution's content (`contents`) a later "they"."""
    nouns = person_nouns()
    found: list[tuple[int, str, str | None, bool, bool, bool]] = []
    headline = in_title_case(doc)
    places = {e.text for e in doc.ents if e.label_ in {"GPE", "LOC"}}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) == 1 and ent.text in places:
            continue  # "the library in Riverton ... a gift to all of Riverton", the second tagged a person: the place
        person = ent.label_ == "PERSON" or _titled_person_tagged_body(ent)
        if person and ent.text[:1].isupper() and not headline:  # not "growing gaunt", tagged a person
            if any(a.dep_ == "relcl" for a in ent.root.ancestors) or _host_of_gathering(ent.root):
                # "Mr Lissu, who was the candidate for Chadema, said": a later "he" is Lissu; but a
                # name in full there ("a law signed by Governor Tom Reed") names whom "Reed" is; so
                # is the host of a meeting ("said this at a meeting held by President Ana Ruiz")
                if len(ent) > 1 and not inside_quotes(ent.root, offset, quotes):
                    resolver.named_in_passing(ent.start_char + offset, ent.text)
                continue
            if ent.root.dep_ == "compound" and ent.root.head.lemma_.lower() in MEDIA_WORDS:
                continue  # "the Kilo television channel reported": a channel's name, no "he"
            if any(ch.isdigit() for ch in ent.text):
                continue  # "officials had signed Form-12", tagged a person: a form's or a model's name, no "he"
            if LEGAL_SUFFIX.search(ent.text.lower()):
                continue  # "its owners, Velmont SA and ...", tagged a person: a company, no "he"
            if len(ent) == 1 and ent.text.isupper() and len(ent.text) > 1 and not ent.root.is_sent_start:
                continue  # "He told JRN he was not convinced": an acronym, an outlet's or a body's, no "he"
            if len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ == "the":
                continue  # "told The Ledger", tagged a person: a paper's name, no "he"
            if ent[-1].lower_ in _STREET_WORDS and ent.start > 0 and doc[ent.start - 1].lower_ in _AT_A_PLACE:
                continue  # "a caravan site on Straight Lane", tagged a person: a street, no "he"
            if len(ent) == 1 and any(t.ent_type_ in {"GPE", "LOC"} for t in ent.root.conjuncts):
                continue  # "regions include Limpopo, Kestrelia and the east": one place of a list
            if ent.end < len(doc) and doc[ent.end].lower_ in _FACILITY_WORDS:
                continue  # "landed at Riverton's Tom Vale airport", the name tagged a person: a place, no "he"
            if len(ent) > 1 and ent[-1].text.istitle() and ent[-1].lower_ in _FACILITY_WORDS:
                continue  # "pickets outside Waterloo Station", tagged a person: a place, no "he"
            if _saints_place(ent):
                continue  # "marched to St Mark's", tagged a person: a church, a school or a square
            first = ent.root
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            if first.dep_ == "pobj" and first.head.lower_ in _PLACE_PREPOSITIONS and len(ent) == 1:
                continue  # "buses run between Riverton and Kestrelby", the second tagged a person: a place
            if (
                len(ent) == 1
                and first.dep_ == "pobj"
                and first.head.lower_ == "on"
                and first.head.head.lemma_.lower() in _POSTING_VERBS
            ):
                continue  # "said on Kestrelgram that ...", the platform tagged a person: where, no "he"
            if (
                first.dep_ == "appos"
                and first.head.dep_ == "pobj"
                and first.head.head.lower_ in _PLACE_PREPOSITIONS
                and first.head.ent_type_ in {"GPE", "LOC"}
                and doc[ent.start - 1].text == ","
            ):
                continue  # "in East Riverton, Kestrel Province", the second tagged a person: its region
            if len(ent) > 1 and inverted_verb(ent[0]):
                ent = ent[1:]  # "Said Shaw:" names Shaw
            # mentioned() drops a possessive; one named in a quotation is the speaker's subject, and
            # so is the owner of what a sentence acts on ("dismissed Reed's remarks"): no later "he"
            possessive = _possessive(ent)
            # right after a verb or a preposition: the parser may miss the object it owns
            owns_object = possessive and ent.start > 0 and doc[ent.start - 1].pos_ in {"VERB", "ADP"}
            # whom a speaker told ("Okafor told Sentinel the crews were ..."): named, but no later "he"
            told = ent.root.dep_ in {"dobj", "dative"} and ent.root.head.lemma_.lower() == "tell"
            # who puts a question ("Asked by his counsel Tom Reed if he had ..., he replied"): not the "he"
            asker = _asking(first)
            quoted = inside_quotes(ent.root, offset, quotes) or owns_object or told or asker
            found.append((ent.start_char + offset, ent.text, None, True, quoted, False))
            described = [ent.root.head] if ent.root.dep_ == "appos" else []
            described += [c for c in ent.root.children if c.dep_ in {"appos", "compound"} and c.i < ent.start]
            gender = next((GENDERED[t.lower_] for t in described if t.lower_ in GENDERED), None)
            if gender is not None:  # "his wife Maureen", "Ana Ruiz, a mother of three": who a "he" is not
                resolver.gendered(ent.text, gender)
        elif (
            ent.label_ in {"ORG", "GPE"}
            and ent.root.dep_ in {"nsubj", "nsubjpass"}
            and (ent.root.head.dep_ == "ROOT" or _fronted_clause(ent.root.head))
            and not inside_quotes(ent.root, offset, quotes)  # a speaker's subject, not a later "it"
        ):
            if ent.label_ == "ORG":
                resolver.mentioned_body(ent.start_char + offset, _whole_name(ent))  # "The agency gave ... It listed"
            else:  # "Norway injected an irritant into the dispute as it announced ...": the state, in its sentence
                resolver.mentioned_state(ent.start_char + offset, ent.text)
    P = Parse.of(doc)  # the per-token arrays: no Token object for each of the paragraph's words
    for i, dep in enumerate(P.dep):
        if dep not in SUBJECT_DEPS:
            continue
        tok, lemma = doc[i], P.lemma[i]
        if (
            (lemma in BODY_WORDS or lemma in _STATE_BODY_WORDS)
            and P.tag[i] == "NN"
            and not P.ent_type[i]
            and P.dep[P.head[i]] == "ROOT"
            and [P.lower[c] for c in P.children[i] if P.dep[c] != "punct"] == ["the"]
            and not inside_quotes(tok, offset, quotes)
        ):
            det = next(c for c in tok.children if c.lower_ == "the")  # "The government was opposed ... It declined"
            resolver.mentioned_body(det.idx + offset, doc[det.i : tok.i + 1].text)
        elif (
            P.pos[i] == "PROPN"
            and 2 <= len(tok.text) <= 6
            and tok.text.isupper()
            and tok.text.isalpha()
            and not P.ent_type[i]
            and P.dep[P.head[i]] == "ROOT"
            and any(P.lower[c] == "the" and P.dep[c] == "det" for c in P.children[i])
            and not inside_quotes(tok, offset, quotes)
        ):
            # "The NDC in May opened an inquiry ... It also found": a body by the acronym the model left untagged
            resolver.mentioned_body(tok.idx + offset, tok.text)
        elif (
            (lemma in BODY_WORDS or lemma in GOVERNMENT_ORG_WORDS)
            and P.tag[i] == "NN"
            and P.dep[P.head[i]] != "ROOT"
            and P.dep[i] == "nsubj"
            and any(P.lower[c] == "the" and P.dep[c] == "det" for c in P.children[i])
            and not inside_quotes(tok, offset, quotes)
        ):
            first = min([i, *(c for c in P.children[i] if P.dep[c] in {"det", "amod", "compound"} and c < i)])
            # "nine people the police shot in what it said was ...": the police, for that "it"
            resolver.mentioned_in_clause(doc[first].idx + offset, doc[first : i + 1].text)
        if P.pos[i] == "NOUN" and lemma in DOCUMENT_HEADS and not inside_quotes(tok, offset, quotes):
            words = [
                t
                for t in tok.subtree
                if t.i <= tok.i and t.dep_ in {"compound", "amod", "poss", "case"} or t.i == tok.i
            ]
            at = words[0].idx + offset
            if not any(s <= at < e for s, e in contents):  # not "denied that emails ... were stolen": its words
                resolver.mentioned_document(at, doc[words[0].i : tok.i + 1].text)
            maker = _made_by(tok)
            if maker is not None:  # "An analysis by Riverton's Research Lab found ... the group said": the lab
                resolver.mentioned_body(maker.start_char + offset, maker.text)
        if (
            P.pos[i] == "PROPN"
            and P.ent_type[i] != "PERSON"  # noted above
            # one person so described, not "Acme, one of the smaller producers"
            and any(
                P.dep[c] == "appos" and P.tag[c] == "NN" and P.lemma[c] in nouns - CORPORATE_HEADS
                for c in P.children[i]
            )
            and not inside_quotes(tok, offset, quotes)
        ):
            # "Okafor, a small trader, was riding home": a person, whom the model did not tag
            words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ == "compound" or t.i == tok.i]
            found.append((words[0].idx + offset, " ".join(t.text for t in words), None, True, False, False))
        joined = [c for c in tok.children if c.dep_ == "conj"]
        if (
            joined
            and any(c.dep_ == "cc" and c.lower_ == "and" for c in tok.children)  # not "her senator or her MP"
            and tok.head.dep_ in {"ROOT", "conj"}  # the sentence's subject, not a clause's inside it
            and (P.ent_type[i] == "PERSON" or P.pos[i] == "PROPN" and not P.ent_type[i] or lemma in nouns)
            and all(
                c.ent_type_ == "PERSON" or c.pos_ == "PROPN" and not c.ent_type_ or c.lemma_.lower() in nouns
                for c in joined
            )
            and not inside_quotes(tok, offset, quotes)
        ):
            # "Ana Ruiz and her sister swim at the pool ... They credit the coaches": the two, for a later "they"
            first, last = tok.left_edge, joined[-1].right_edge
            resolver.mentioned_pair(first.idx + offset, doc[first.i : last.i + 1].text)
        if lemma not in nouns or lemma in BUSINESS_NOUNS and not maker_of_no_goods(doc[tok.left_edge.i : i + 1].text):
            continue  # not "the smartphone maker" for a later "he"
        if inside_quotes(tok, offset, quotes):
            continue  # "“Nobody warned him. Another man killed,” she said": the speaker's words, not her
        # the noun with its compounds and adjectives: "Japan's economy minister", "two witnesses"
        words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ in {"compound", "amod"} or t.i == tok.i]
        at, name = words[0].idx + offset, " ".join(t.text for t in words)
        if tok.tag_ == "NN" and not tok.ent_type_:
            owner = [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
            # "one man was killed": a passive's subject, done to
            found.append(
                (at, name, re.sub(r"[’']s$", "", owner[0].text) if owner else None, False, False, dep == "nsubjpass")
            )
        elif tok.tag_ == "NNS":  # a group of people, whom "one of them" may pick from
            resolver.mentioned_group(at, name, tok.lemma_.lower())
            if any(s <= at < e for s, e in contents):
                resolver.reported.add(at)  # "Police said two men were held. They said ...": not the men
    for tok in [] if in_title_case(doc) else _untagged_surnames(doc):
        if not inside_quotes(tok, offset, quotes):
            # "Walker does not care ..., she just wants ...", "Walker" untagged after "Nancy Walker"
            resolver.mentioned_again(tok.idx + offset, tok.text)
    for name in [] if in_title_case(doc) else _untagged_names(doc):
        if not inside_quotes(name.root, offset, quotes):
            found.append((name.start_char + offset, name.text, None, True, False, False))
    for subject, gender in _own_genders(doc, nouns):
        if not inside_quotes(subject, offset, quotes):
            ent = next((e for e in doc.ents if e.start <= subject.i < e.end and e.label_ == "PERSON"), None)
            resolver.gendered(ent.text if ent is not None else subject.text, gender)
    for at, name, org, named, quoted, done_to in sorted(found):
        resolver.mentioned(
            at, name, org, named, reported=quoted or any(s <= at < e for s, e in reported), done_to=done_to
        )


def _fronted_clause(verb) -> bool:
    """Whether a verb heads what is said before the main verb that says it ("Kestrel Foods will
    close 20 stores, the company said"): its subject is the body the speaker after it, "the
    company", describes."""
    return verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.i < verb.head.i


def _asking(name) -> bool:
    """Whether a name is the asker of a question put to the sentence's subject ("Asked by his
    counsel Tom Reed whether ..."), its name after "by" or set beside the noun after it."""
    while name.dep_ in {"appos", "compound"} and name.head.i != name.i:
        name = name.head
    by = name.head if name.dep_ == "pobj" else None
    return (
        by is not None
        and by.lower_ == "by"
        and by.dep_ == "agent"
        and by.head.lemma_.lower() in {"ask", "question", "press"}
        and by.head.tag_ == "VBN"
    )


def _made_by(document):
    """The body named as a document's maker ("a review of the records by Riverton's Health
    Research Lab"): a capitalised name after its "by", or None."""
    by = next((c for c in document.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    maker = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if maker is None or not maker.text.istitle() or maker.ent_type_ in {"PERSON", "GPE", "DATE"}:
        return None
    words = [t for t in maker.subtree if t.i <= maker.i]
    if not all(t.text[:1].isupper() or t.tag_ == "POS" for t in words):
        return None
    return maker.doc[words[0].i : maker.i + 1]


_OWN_PRONOUNS = {
    "his": "male",
    "him": "male",
    "himself": "male",
    "her": "female",
    "hers": "female",
    "herself": "female",
}
# Clauses whose words are another subject's: a pronoun in them tells nothing of this one's.
_OTHER_CLAUSES = {"ccomp", "advcl", "relcl", "parataxis", "conj", "acl", "xcomp", "csubj"}


def _own_genders(doc, nouns: frozenset[str]) -> list[tuple[Any, str]]:
    """People who are a clause's subject with the gender of the "his", "him", "her" of that
    clause ("The partner brought her case", "Reed rejected the accusations made against him"),
    when no other person is named before that pronoun in it ("Reed gave Ana Ruiz her keys")
    and it holds one gender only. An object of the subject's own verb is someone else ("Reed
    thanked her", "told him"); a possessive or a "herself" is the subject's. Only
    the subject of a sentence's own clause: in "Ana said Reed had kept her money", her is Ana."""
    out = []
    for tok in doc:
        if tok.dep_ != "nsubj" or not (tok.ent_type_ == "PERSON" or tok.tag_ == "NN" and tok.lemma_.lower() in nouns):
            continue
        verb, own, other = tok.head, set(), False
        if not (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
            continue  # "Ana said Reed had kept her money": her is Ana, whose words these are
        skip = {t.i for t in tok.subtree}
        for t in sorted(verb.subtree, key=lambda t: t.i):
            if t.i in skip or t.i == verb.i:
                continue
            if t.dep_ in _OTHER_CLAUSES and _finite_clause(t):
                skip |= {x.i for x in t.subtree}
                continue
            if t.lower_ in _OWN_PRONOUNS and not other:
                if _own_verb(t).i != verb.i or t.tag_ == "PRP$" or t.lower_.endswith("self"):
                    own.add(_OWN_PRONOUNS[t.lower_])  # not "Reed thanked her": an object is someone else
            elif t.ent_type_ == "PERSON" or t.pos_ == "PROPN" or t.pos_ == "NOUN" and t.lemma_.lower() in nouns:
                other = True
        if len(own) == 1:
            out.append((tok, own.pop()))
    return out


def _own_verb(tok):
    """The nearest verb a word hangs on (through prepositions and nouns)."""
    head = tok.head
    while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
        head = head.head
    return head


def _finite_clause(verb) -> bool:
    """Whether a verb heads a clause with a subject of its own and a tense ("he said she had
    left"), not a participle the parser gave a subject ("the accusations made against him")."""
    subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    return subject and (
        verb.tag_ in attribution_model.FINITE_CLAUSE or any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    )


def _mark_relays(claims: list[Claim], text: str) -> None:
    """A claim whose content holds another speaker's source and cue ("Witnesses say ...,
    according to the Guardian"; "The army said ..., the agency reported") relays that claim:
    the inner claim keeps the relayer as `via`, and the outer one is marked, so that the
    contradiction step sets the inner speaker, not the messenger, against others."""
    attributed = [c for c in claims if c.source_kind != "narrator" and c.spans.cue]
    for outer in attributed:
        if _accuses(outer) or outer.stance in {"denies", "questions"} and outer.cue.lower() != "according to":
            # "included allegations that managers suggested ...": the accuser is the side, no
            # messenger; "the mayor rejected Smith's claim that ...": the denier answers it (not
            # "They denied ..., according to the lawsuit": the lawsuit only tells of the denial)
            continue
        for inner in attributed:
            if inner is outer or inner.source_id == outer.source_id or not inner.spans.source:
                continue
            if inner.via == outer.source and spans_meet(inner.spans.content, outer.spans.content):
                # "..., the inspector said, as reported by the Gazette": the phrase made the relay
                if RELAY_MARK not in outer.terms:
                    outer.terms.append(RELAY_MARK)
                continue
            if spans_within(inner.spans.cue, outer.spans.content) and spans_within(
                inner.spans.source, outer.spans.content
            ):
                # the inner attribution opens the relayed content ("that witnesses say"), not a
                # clause inside it ("although officials have said ..., they ..."); and it is a speaker
                lead = text[outer.spans.content[0][0] : inner.spans.source[0][0]].split()
                opens = not lead or len(lead) == 1 and lead[0].lower() == "that"
                if not (opens or _closes_relayed(inner, outer, text)) or not is_speaker(
                    inner.source, inner.source_kind
                ):
                    continue
                if _reports_itself(inner, outer):
                    _speaks_as(inner, outer)  # "other drivers said they did not see the van get struck"
                elif inner.via is None:
                    inner.via = outer.source
                if RELAY_MARK not in outer.terms:
                    outer.terms.append(RELAY_MARK)


def _closes_relayed(inner: Claim, outer: Claim, text: str) -> bool:
    """Whether an attribution closes the content another relays, after its own words: '"...,"
    the inspector said, according to the Gazette'."""
    said_end = max(e for s, e in inner.spans.cue + inner.spans.source)
    return (
        bool(inner.spans.content)
        and spans_within(inner.spans.content, outer.spans.content)
        and inner.spans.content[-1][1] <= min(s for s, e in inner.spans.cue)
        and right_before(text, said_end, outer.spans.cue[0][0])
    )


def _reports_itself(inner: Claim, outer: Claim) -> bool:
    """Whether a pronoun that speaks right at the start of what a speaker reports is that
    speaker: "they" or "we" of a group or a body, "he" or "she" of a person."""
    word = inner.speaker.lower()
    return (
        word in {"they", "we"}
        and outer.source_kind in {"group", "organization", "government", "media"}
        or word in {"he", "she"}
        and outer.source_kind == "person"
    )


def _relative_said(att: Attribution, doc, offset: int) -> Attribution:
    """What a speaker said of the thing a relative clause hangs on ("the offer, which the union
    said was too low"): that thing, then the words after the cue ("the offer" ... "was too low"),
    not the relative pronoun, which stands for nothing once the sentence is cut apart."""
    if not att.cue or not att.content or att.quote == "direct":
        return att
    verb = next((t for t in _words_in(doc, offset, att.cue) if t.dep_ == "relcl"), None)
    if verb is None or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return att
    said = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    pronoun = (
        next((c for c in said.children if c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WDT", "WP"}), None)
        if said
        else None
    )
    if pronoun is None or pronoun.i > verb.i or min(s for s, _ in att.content) < pronoun.idx + offset:
        return att  # not where the words before the pronoun are already said
    thing = [t for t in verb.head.subtree if t.i < pronoun.i]  # "the kind of jobs" of "..., that"
    while thing and (thing[-1].text in {",", ";", ":", "(", "-", "–", "—"} or thing[-1].dep_ == "cc"):
        thing.pop()
    if not thing:
        return att
    content = [(s, e) for s, e in att.content if not s <= pronoun.idx + offset < e] or att.content
    return replace(att, content=fragments(thing, offset) + content, tokens=thing + att.tokens)


def _without_nested(att: Attribution, atts: list[Attribution], text: str) -> Attribution:
    """An assertion without the words another speaker says of a thing it names ("Three farmers
    were among nine people the police shot in what it said was a raid on smugglers, their families
    said"; "the strike, which the army said hit a rebel base, killed ..."): those are the police's
    claim, which the families report but do not make; their words are no terms of the families'
    proposition. A denial keeps them: it answers them."""
    if att.stance != "asserts" or not att.tokens:
        return att
    nested: set[int] = set()
    for other in atts:
        if other is att or other.cue_lemma not in SAYING_VERBS or not other.cue or not other.tokens:
            continue
        start = min([s for s, _ in other.source_spans] + [s for s, _ in other.cue])
        if spans_within(other.cue, att.content) and _NAMED_BY_CLAUSE.search(text, max(0, start - 40), start):
            nested |= {t.i for t in other.tokens}
    kept = [t for t in att.tokens if t.i not in nested]
    return replace(att, tokens=kept) if nested and kept else att


# A relative or "what" clause that another speaker's cue opens inside a content ("in what it said
# was", ", which the army said").
_NAMED_BY_CLAUSE = re.compile(r"\b(?:what|which|whom)\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)


# Cues that accuse: what they say someone said is their own allegation, not a message they pass on.
ACCUSING_CUES = ("alleg", "accus", "charg", "sue", "suing")


def _accuses(claim: Claim) -> bool:
    """Whether a claim's cue accuses ("alleges", "accused", "included allegations", "is suing")."""
    return any(w.lower().startswith(ACCUSING_CUES) for w in claim.cue.split())


def _sentence_window(doc, att: Attribution, offset: int) -> tuple[int, int]:
    """Token range of the claim's sentence, at most CONTEXT_WINDOW tokens either side of its
    content: what a claim is said of lies near it, and a sentence of thousands of words (a page
    without full stops) costs no more per claim than a normal one."""
    sent = doc.char_span(att.sentence[0] - offset, att.sentence[1] - offset, alignment_mode="expand")
    lo, hi = (sent.start, sent.end) if sent is not None else (0, len(doc))
    if att.tokens:
        lo = max(lo, min(t.i for t in att.tokens) - CONTEXT_WINDOW)
        hi = min(hi, max(t.i for t in att.tokens) + CONTEXT_WINDOW + 1)
    return lo, hi


def _claim(article, att: Attribution, res, text, doc, offset, context_keys, speaker_spans=None) -> Claim:
    sentence = text[att.sentence[0] : att.sentence[1]]
    content = " ".join(text[s:e] for s, e in att.content)
    terms, numbers, negated = keys_for(att.tokens, quoted=att.quote in {"direct", "mixed"})
    # the rest of the claim's own sentence (its source, what it is said of) and the sentence before
    inside = {t.i for t in att.tokens}
    lo, hi = _sentence_window(doc, att, offset)
    rest = [t for t in doc[lo:hi] if t.i not in inside]
    context = context_keys + keys_for(rest, frames=False)[0]
    cue_ids = {t.i for t in rest if any(s <= t.idx + offset < e for s, e in att.cue)}
    source_ids = {t.i for t in rest if att.source and any(s <= t.idx + offset < e for s, e in att.source.spans)}
    cue_toks = [t for t in rest if t.i in cue_ids]
    if att.stance in {"denies", "questions"} and (
        refused_thing(att.tokens, (t.lemma_.lower() for t in cue_toks)) or withheld(cue_toks)
    ):
        terms.append(REFUSED_MARK)
    elif answers_request(att.tokens):
        terms.append(REFUSED_MARK)  # "did not respond to requests for comment": nothing said
    elif att.stance == "asserts" and names_an_account(att.tokens):
        terms.append(REFUSED_MARK)  # "gave his account at noon": named, not said
    elif att.stance == "questions" and att.cue_lemma in ASKING_VERBS:
        terms.append(REFUSED_MARK)  # "asked whether the office could confirm it": a question put, no doubt
    elif att.stance == "asserts" and labelled_report(att.tokens, (t.lemma_.lower() for t in cue_toks)):
        terms.append(REFUSED_MARK)  # "dubbed the reports a serious matter": no account of what they report
    if relative_object(att.tokens):
        terms.append(RELATIVE_MARK)
    if embedded_question(att.tokens):
        if ASK_MARK not in terms:
            terms.append(ASK_MARK)  # "did not say what evidence it had": nothing stated, nothing disowned
    elif att.stance != "denies" and discredited(rest, cue_ids, source_ids, att.tokens):
        terms.append(DISCREDIT_MARK)
    return Claim(
        id=claim_id(article.id, att.cue, att.content),
        article=article.id,
        source=_as_written(res.name, text),
        source_id=source_id(res, article.id),
        source_kind=res.kind,
        speaker=_as_written(" ".join(att.source.text.split()), text) if att.source else "",  # one line, as printed
        cue=att.cue_text,
        stance=cast(Stance, att.stance),  # attribute.py sets only the values these Literals allow
        quote=cast(QuoteKind, att.quote),
        content=content,
        sentence=sentence,
        spans=Spans(
            source=att.source.spans if speaker_spans is None and att.source else [], cue=att.cue, content=att.content
        ),
        hedged=att.hedged,
        affiliation=_as_written(res.affiliation, text) if res.affiliation else res.affiliation,
        terms=terms,
        context=[t for t in context if t not in terms],
        numbers=numbers,  # type: ignore[arg-type]  # list[Quantity] fits the field; mypy's list is invariant
        negated=negated,
    )


def _as_written(name: str, text: str) -> str:
    """A name as the article writes it, where the parser read it with a straight apostrophe the
    article curls ("O'Reilly" of "Louise O’Reilly", `_NAME_APOSTROPHE`)."""
    if "'" not in name or name in text:
        return name
    curled = name.replace("'", "’")
    return curled if curled in text else name


def _narrator_claim(article, voice, content, sentence_span, toks, context) -> Claim:
    text = article.text
    terms, numbers, negated = keys_for(toks)
    return Claim(
        id=claim_id(article.id, [], content),
        article=article.id,
        source=voice.name,
        source_id=source_id(voice, article.id),
        source_kind="narrator",
        speaker="",
        cue="",
        stance="asserts",
        quote="none",
        content=" ".join(text[s:e] for s, e in content),
        sentence=text[sentence_span[0] : sentence_span[1]],
        spans=Spans(source=[], cue=[], content=content),
        hedged=is_hedged([t.lower_ for t in toks]),
        terms=terms,
        context=[t for t in context if t not in terms],
        numbers=numbers,  # type: ignore[arg-type]  # list[Quantity] fits the field; mypy's list is invariant
        negated=negated,
    )
