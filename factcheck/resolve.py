"""Resolve source mentions to canonical sources.

Pronouns and definite descriptions ("he", "the department", "the demonstrators") go to an
earlier speaker of the same article; names go to one canonical source across articles
("U.S. State Department" / "State Department", "China" / "Beijing" / "Chinese authorities");
descriptions that are not names ("protesters", "a source") are sources of their article only."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from .attribute import (
    ANONYMOUS_HEADS,
    CLOSE_TO,
    LISTED_WORD,
    MASTHEAD_WORDS,
    NO_ONE,
    PEOPLE_PRONOUNS,
    PORTIONS,
    QUANTIFIERS,
    ROLE_NOUNS,
    SHOWING_VERBS,
    TITLES,
    WEEKDAYS,
    Mention,
    common_word,
    english_word,
    english_words,
    listable_word,
    role_or_person_nouns,
)
from .lexicon import message_nouns, person_nouns, second_person_nouns, speaker_nouns
from .propositions import WORD_NUMBERS, base_form
from .segment import MONTH, dateline_end
from .stance import CUE_STANCE
from .words import table, word_list, word_set

# Country, capital, adjective, ...: a government is named by any of them before a government noun.
# (The word lists are in factcheck/data/words/.)
_COUNTRIES = table("countries")
COUNTRY: dict[str, str] = {name.lower(): names[0] for names in _COUNTRIES for name in names if name}
# Capitals stand for their government only when they are the whole mention ("Beijing says"); a
# capital that is also a person's name, another body's seat or a town elsewhere is left empty.
CAPITALS = {names[1].lower() for names in _COUNTRIES if len(names) > 1 and names[1]}
GOVERNMENT_NOUNS = word_set("government_nouns")
US_PREFIXES = tuple(f"{prefix} " for prefix in word_list("us_prefixes"))  # in this order
GOVERNMENT_ORG_WORDS = word_set("government_org_words")
GOVERNMENT_ACRONYMS = word_set("government_acronyms")
ARMED_FORCES = {"army", "military"}  # a government's only when a country names it (_name_kind)
MEDIA_WORDS = word_set("media_words")
CORPORATE_HEADS = word_set("corporate_heads")
# Words for a business that name a person at work as often ("the developer", "the producer"), and
# those that name a business first ("the smartphone maker", "the retailer", "the brewer").
_TRADES = {"developer", "producer", "miner", "employer"}
BUSINESS_NOUNS = CORPORATE_HEADS - _TRADES
PREMISES_NOUNS = word_set("premises_nouns")
# How far before a medium's name the words introducing it may stand ("US daily The New York Times").
MEDIUM_INTRODUCTION = 40
NEWS_MODIFIERS = {"news", "wire"}  # "the news agency", "a wire service": media, whatever the head
# Descriptions of organizations ("the company", "the union"); GOVERNMENT_ORG_WORDS name governments.
ORGANIZATION_HEADS = word_set("organization_heads")
# The words of a body named by its kind alone ("the government", "the ministry", "the company").
BODY_WORDS = GOVERNMENT_NOUNS | ORGANIZATION_HEADS
# Last words of organisations' names that do not describe one alone ("Alliance", "Front").
ORGANIZATION_NAME_WORDS = word_set("organization_name_words")
PLATFORM_NAMES = word_set("platform_names")
# Heads of documents that say things: their claims belong to the document (its author, when
# named, is in its name: "a report by the city auditor").
DOCUMENT_HEADS = word_set("document_heads")
# Apposition heads that describe no person ("Reuters, the news agency").
NON_PERSON_HEADS = word_set("non_person_heads")
COLLECTIVE_NOUNS = word_set("collective_nouns")
OFFICIAL_HEADS = word_set("official_heads")
ANONYMOUS_MARKS = word_set("anonymous_marks")
# Marks that make any speaker anonymous ("the agency's director, speaking on condition of anonymity").
UNNAMED_MARKS = word_set("unnamed_marks")
# Plural role nouns that name one group inside an article; the key is the class.
ROLE_CLASSES = dict(table("role_classes"))
# What a group does makes it one of these roles: "Eight Kazakhs ... picketed" are picketers.
ACTIVITY_ROLES = dict(table("activity_roles"))
MALE = {"he", "him", "his"}
FEMALE = {"she", "her", "hers"}
GENDERED = dict(table("gendered_words"))
# Given names nearly always a man's or a woman's ("Tom", "Ana"); names of both ("Jean") are not in it.
GIVEN_NAMES = {name: "male" if gender == "male" else "female" for name, gender in table("given_names")}
PLURAL_PRONOUNS = {"they", "them", "we", "us"}
FIRST_PLURAL = {"we", "us"}
THING_PRONOUNS = {"it"}
SECOND_PERSON = {"you", "your", "yourself", "yourselves"}
# How far (characters) after an unnamed speaker a bare name may name them (`_named_next`).
NAMED_NEXT = 400
NAMING_CUES = {"say", "tell", "add"}  # the plain cues by which the reporter names a speaker just described


# Words that may stand before a name of those joined by "and" ("Greens and many Socialists").
_SOME_OF_NAMED = frozenset({"many", "some", "most", "both", "all", "other", "several", "the"})

# A member of a party, one word in the singular ("the Ohio Democrat said").
_PARTY_MEMBERS = frozenset({"democrat", "republican", "tory"})

# A spokesperson with no organisation named (`Resolver._spoken_for`), and how far (characters)
# after an organisation's attribution they are taken to speak for it.
_SPOKES = re.compile(r"spokes(?:man|woman|person|people|men|women)")
SPOKEN_FOR_REACH = 400

# Roles held for an organisation: "an Acme spokesman", "the army's commander", "president of the union".
# What shows a thing ("the evidence indicates ..."): a document's words, no one's.
EVIDENCE_WORDS = word_set("evidence_nouns")
# Words before a role that describe the person, not the organisation ("a senior opposition figure").
ROLE_MODIFIERS = word_set("role_modifiers")


# Common words that open many organisations' names ("National", "New"): never a short form of one.
COMMON_OPENERS = word_set("common_name_openers")


def _short_form(key: str, full: str) -> bool:
    """A one-word name that opens an organisation's longer name ("Sporting" for "Sporting
    Lisbon", "Zentra" for "Zentra Motors"), not a common word ("National", "New")."""
    words = full.split()
    return " " not in key and len(words) > 1 and words[0] == key and len(key) > 3 and key not in COMMON_OPENERS


def _body_word_alone(m: Mention, lower: str) -> bool:
    """ "the Ministry", "the Department", capitalised as a body's own name often is, but only the
    word for that kind of body: a description of one named before."""
    return lower == m.head_lemma and lower in GOVERNMENT_ORG_WORDS | ORGANIZATION_HEADS


def _same_words(key: str, full: str) -> bool:
    """Two names of one body with the same words in another order ("Home Ministry" and
    "Ministry of Home Affairs"): every word of the shorter one in the longer, two at least."""
    short = set(key.split()) - {"of", "the", "for", "and"}
    return len(short) >= 2 and short <= set(full.split())


def _untitled(name: str) -> str:
    """A name without the titles before it, written with or without their stops ("Lt Col Tom
    Reed" -> "Tom Reed"), or the nationality before it, where a name of two words is left."""
    words = name.split()
    while len(words) > 2 and (
        words[0].lower().strip(".") in PERSON_TITLES
        # "Sr Ana Kestrel", a sister of a religious order, before a given name (not "Tom Reed Sr.")
        or words[0].lower().strip(".") == "sr"
        and words[1].lower() in GIVEN_NAMES
        # "Senior Supt. Ana Ruiz": a rank's first word, before a title
        or words[0].lower() in ROLE_MODIFIERS
        and words[1].lower().strip(".") in PERSON_TITLES
        # "Ugandan Tom Kato": a nationality the model ran into the name (not "Jordan" of a name)
        or _nationality(words[0])
        and words[0].lower() not in CAPITALS
    ):
        words.pop(0)
    if (
        len(words) > 2
        and words[0].istitle()
        and words[0].lower() in person_nouns()
        and words[0].lower() not in GIVEN_NAMES
        and personal_name(" ".join(words[1:]))
    ):
        words.pop(0)  # "Grower Le Van Tho", the sentence's first word a noun for what he does
    return " ".join(words)


def _ranked_twice(name: str, text: str) -> str:
    """A name the tagger began with the second word of a rank ("Gen Reed" of "Maj Gen Reed"):
    the name after it; else the name ("Gen Nakatani", a given name, with no rank before it)."""
    words = name.split()
    if len(words) != 2 or words[0].lower().strip(".") not in PERSON_TITLES:
        return name
    before = re.search(rf"\b([A-Z][a-z]*\.?)\s+{re.escape(name)}\b", text)
    return words[1] if before and before.group(1).lower().strip(".") in _RANK_OPENERS else name


# The first words of ranks of two ("Maj Gen", "Lt Col", "Brig Gen", "Rear Adm"), shortened or not.
_RANK_OPENERS = frozenset("maj major lt lieut lieutenant brig brigadier vice rear staff sub".split())


def _nationality(word: str) -> bool:
    """Whether a word is a nationality the countries table knows ("Ugandan", "Thai", "Irish"), not
    the country's own name ("Jordan"); a capital of the table may pass ("Nairobi")."""
    lower = word.lower()
    return lower in COUNTRY and lower != COUNTRY[lower].lower() and word.endswith(("an", "ese", "ish", "i"))


def _role_words(words: list[str]) -> list[int]:
    """Where a mention's words name a role: "Rebel spokesman Eid Kabalu"; "Police Chief Ana
    Ruiz", a title in capitals; "XJC Secretary-General Tom Reed", a role joined by a hyphen."""
    return [
        i
        for i, w in enumerate(words)
        if w in _ROLE_ACRONYMS  # "Riverton MPP Jo Anders"
        or (w.islower() or w.istitle() or "-" in w)
        and (
            w.lower().strip(".") in ROLE_NOUNS
            or "-" in w
            and w.lower().split("-")[0] in ROLE_NOUNS
            or _hyphened_title(w)
        )
        or w.isupper()
        and 1 < len(w) <= 4
        and w.lower() in TITLES  # "police OC Tom Reed", "SHO Ana Ruiz"
    ]


def _after_role(words: list[str]) -> str | None:
    """The person a mention names after a role: "Rebel spokesman Eid Kabalu", "XJC
    Secretary-General Rakesh Vimal", "Minister of Finance Ana Ruiz" (`_office_holder`); else None."""
    roles = _role_words(words)
    named = " ".join(words[roles[-1] + 1 :]) if roles else ""
    return named if named and (personal_name(named) or _INITIALLED.fullmatch(named)) else _office_holder(words, roles)


# A name given by its initials, written without stops as often as with ("P Rajan", "R K Varma", "K. Rao").
_INITIALLED = re.compile(r"(?:[A-Z]\.?\s+){1,3}[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)*")


# A noun phrase and the comma that opens a parenthesis after it ("His client, " before "he said,").
_PARENTHESIS_AFTER = re.compile(r"[^,.;:!?\n“”\"]{1,60},\s*")
# A body's name of one to five capitalised words set off by a comma at a mention's end ("Another
# group, Kestrel Rights Watch,"), joining words of a name between.
_SET_OFF_BODY = re.compile(r",\s*((?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of|for|and|&|[A-Z][\w’'&.-]*)){0,5})\s*,?\s*$")
# A name of two or three words set off by a comma at a mention's end ("..., Ana Ruiz,").
_SET_OFF_NAME = re.compile(r",\s*((?:[A-Z][\w’'-]+\s+){1,2}[A-Z][\w’'-]+)\s*,?\s*$")
# A name of one word or more set off with the age after it ("Another farmer, Tomasz, 61,").
_SET_OFF_AGED = re.compile(r",\s*((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+),\s*\d{1,3}\s*,?\s*$")


def _role_then_name(m: Mention) -> str | None:
    """The name set off after a role and the place or body it serves ("the District Judge of
    Riverton, Ana Ruiz,", "the mayor of Riverton, Ana Ruiz"), which the model tagged as nothing;
    not a name of someone the role is of ("the wife of the victim, Tom Reed")."""
    lower = m.head.lower()
    if lower not in ROLE_NOUNS and m.head_lemma not in person_nouns():
        return None
    named = _SET_OFF_NAME.search(m.text) or _SET_OFF_AGED.search(m.text)
    at = m.text.find(m.head)
    if named is None or at < 0 or not personal_name(named.group(1)):
        return None
    between = m.text[at + len(m.head) : named.start()].split()
    if any(w.islower() and (w in person_nouns() or w in ROLE_NOUNS) for w in between):
        return None
    return named.group(1)


# Titles before a name: a judge's ("Justice Ana Ruiz") besides those that alone name no one.
_NAME_TITLES = TITLES | {"justice"}


def _named_after_person_noun(bare: str, head: str) -> str | None:
    """The name of one to three words, the mention's head among them, that ends a mention after
    a noun or a title for a person ("ward councillor Okafor", "Resident Ana Ruiz", "Cr Reed"),
    or the name after a role of a field whose head is the role ("the agency's director of
    enforcement Ana Ruiz"); no country's. Else None."""
    words = bare.split()
    for n in (3, 2, 1):
        if len(words) <= n:
            continue
        before, named = words[-n - 1].strip(".,"), " ".join(words[-n:])
        if not personal_name(named) or named.lower() in COUNTRY or n > 1 and words[-n].lower() in ROLE_TITLES:
            continue  # not "Mayor Ana Ruiz" after "Deputy": the title is no part of the name
        if n > 1 and words[-n].lower() in person_nouns() and words[-n].lower() not in GIVEN_NAMES:
            continue  # not "Statistician Ana Lim" after "Chief": a noun for people opens no name
        lower = before.lower()
        if lower in GIVEN_NAMES and before.istitle() and lower not in _NAME_TITLES:
            continue  # "Ana Julia Moreno": a given name before the name, no noun for a person ("ana")
        # after a capitalised noun, a name of two words or more, not all of them words of English
        # ("Resident Ana Ruiz"; not "Man United", nor "The National Hurricane Center")
        titled = (
            lower in _NAME_TITLES or before.islower() or n > 1 and not all(english_word(w.lower()) for w in words[-n:])
        )
        if (lower in person_nouns() or lower in _NAME_TITLES) and head in words[-n:] and titled:
            return named
        if (
            before.isalpha()
            and before.islower()
            and len(words) >= n + 3
            and words[-n - 2] == "of"
            and words[-n - 3] == head
            and head.lower() in ROLE_NOUNS
            and lower not in person_nouns()
        ):
            return named  # "director of enforcement Ana Ruiz", not "a friend of inmate Tom Reed"
    return None


def _office_words(words: list[str], roles: list[int], joiners: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """The words of an office's field after the last role, "of" or "for" and capitalised words
    (and `joiners`): "for Coastal Affairs Tom Reed" of "Minister for Coastal Affairs Tom Reed";
    else none. `roles`: where the words name a role (`_role_words`)."""
    office = words[roles[-1] + 1 :] if roles else []
    if office[:1] in (["of"], ["for"]) and all(w[:1].isupper() or w in joiners for w in office[1:]):
        return office
    return []


def _office_holder(words: list[str], roles: list[int]) -> str | None:
    """The holder named after an office of "ROLE of BODY" in capitals ("Minister of Finance Ana
    Ruiz", "Minister for Coastal Affairs Tom Reed"), which the model tagged as
    nothing or as one organisation: the last two words, a given name and a surname; else None.
    `roles`: where the words name a role (`_role_words`)."""
    office = _office_words(words, roles, {"and", "&"})
    if len(office) < 4:
        return None
    # a third word of the name when it is no English word, as a portfolio's are ("... Koh Wei Ming")
    # (not "Rights" of "Commissioner for Civil Rights Ana Ruiz", an English word in the plural)
    third = office[-3].lower() if len(office) > 4 else ""
    length = 3 if third and not english_word(third) and not english_word(third.removesuffix("s")) else 2
    named = " ".join(office[-length:])
    return named if personal_name(named) and not _names_a_body(" ".join(office[1:])) else None


def _office_named(m: Mention, r: _Reading) -> str | None:
    """The holder named after an office that the parser made the mention's head ("the Minister of
    Transport Ana Ruiz", "Minister" the head, the name its object): `_office_holder`'s, where the
    model tagged no other person in the mention; else None."""
    words = r.bare.split()
    if m.head not in words or m.head.lower() not in ROLE_NOUNS:
        return None
    at = words.index(m.head)
    if any(w.lower().strip(".") in ROLE_NOUNS | ROLE_TITLES | TITLES | PERSON_TITLES for w in words[at + 2 : -2]):
        # "a spokesman for Governor Ana Ruiz", "... for Kestria Health Minister Ana Ruiz": the one
        # served, by title and name, no office
        return None
    holder = _office_holder(words, [at])
    return holder if holder is not None and (not r.persons or r.persons == [holder]) else None


def _place_of_body(text: str, name: str) -> bool:
    """Whether a name stands after "the" before the words of a body it names ("the Riverton
    state fire department", "the Pernambuco civil defence services"): a place, not a person."""
    after = re.search(rf"\bthe\s+{re.escape(name)}\s+((?:[\w-]+\s+){{0,3}}[\w-]+)", text)
    if after is None:
        return False
    last = after.group(1).split()[-1].lower()
    return last in _BODY_WORDS or last.removesuffix("s") in _BODY_WORDS


def _one_body_in_two(r: _Reading) -> str | None:
    """The one name of a body the model tagged as two joined by "and" ("Kestrel Port Services" and
    "Marine Safety Board"): the second of common words only, ending on a word for a body, the whole
    mention the two and "and"; or two one-word names after one word for a business ("retailer
    Hema and Blokker"); None otherwise (not "Acme and the Consumer Board": two bodies)."""
    if len(r.orgs) < 2:
        return None
    first, second = (_strip_det(o) for o in r.orgs[-2:])
    joined = f"{first} and {second}"
    kind = re.search(rf"\b([a-z]+)\s+{re.escape(joined)}$", r.bare)
    if kind and kind.group(1) in CORPORATE_HEADS | ORGANIZATION_HEADS and " " not in first + second:
        return joined  # "Dutch retailer Hema and Blokker": one retailer, the model having tagged two names
    if len(r.orgs) != 2 or r.bare != joined:
        return None
    words = second.split()
    if words[-1].lower() not in ORGANIZATION_HEADS | GOVERNMENT_ORG_WORDS | CORPORATE_HEADS:
        return None
    if not all(w[:1].isupper() and english_word(w.lower()) for w in words) or len(words) > 3:
        return None
    return r.bare


def _names_a_body(name: str) -> bool:
    """Whether a name the model tagged as a person's holds two words of a body's name
    ("Harbour County Emergency Medical Services": County, Services), as no person's does."""
    words = {w.lower().strip(".,") for w in name.split()}
    return len({w for w in words if w in _BODY_NAME_WORDS or w.removesuffix("s") in _BODY_NAME_WORDS}) >= 2


def _body_of_place(m: Mention, r: _Reading) -> bool:
    """Whether a mention names a body after the place it serves: capitalised words after the one
    place the model tagged, up to a head that names no person ("Harbour County Emergency Medical
    Services", "Orange County Fire Rescue"), not a possessive ("Harbour County's sheriff")."""
    places = [e for e, label in m.entities if label == "GPE"]
    if len(places) != 1 or len(r.orgs) != 1 or not r.bare.startswith(places[0]) or not m.proper:
        return False
    rest = r.bare[len(places[0]) :].split()
    return (
        1 <= len(rest) <= 4
        and all(w[:1].isupper() and w.isalpha() for w in rest)
        and rest[-1] == m.head
        and m.head_lemma.lower() not in person_nouns() | TITLES
    )


def _looks_like_name(text: str) -> bool:
    """Two to four capitalised words ("Pavel Orlov", "Ana de la Cruz" aside): a person's name."""
    words = text.strip(" ,").split()
    caps = [w for w in words if w[:1].isupper()]
    return 2 <= len(words) <= 4 and len(caps) >= 2 and words[0][:1].isupper() and words[-1][:1].isupper()


def _words_of(text: str) -> list[str]:
    return re.findall(r"[\w’'.&/-]+", text)


def _after_words(text: str, skip: int) -> list[str]:
    """The words of `text` after its first `skip` words (as `_words_of` counts them, possessives
    joined), with the punctuation that ends a phrase kept as tokens of its own."""
    tokens = re.findall(r"[\w’'.&/-]+|[,;:—–(]", re.sub(r"\s+([’']s)\b", r"\1", text))
    seen = 0
    for k, tok in enumerate(tokens):
        if seen == skip:
            return tokens[k:]
        if tok not in ",;:—–(":
            seen += 1
    return []


# A description of several joined ("both American and Chinese media", "police and soldiers").
_COORDINATED = re.compile(r"\b(?:and|or|both)\b", re.I)
_ARTICLES = {"the", "a", "an"}
# Nouns for a sports team before its name ("Championship side Pretoria Kestrels", "the club"): what
# the body is (`_camp`, `_SIDE_OF_A_LEAGUE`).
_TEAM_NOUNS = frozenset({"side", "club", "team", "outfit"})


def _has_word(text: str, words: set[str]) -> bool:
    """One of `words` (a word or a phrase of words) stands whole in lower-cased `text`:
    "state" is in "the state police", not in "the estate"."""
    padded = " " + " ".join(re.findall(r"[a-z]+", text)) + " "
    return any(f" {w} " in padded for w in words)


def _mood_word(word: str) -> bool:
    """Whether a word before a role says how its holder is, an English adjective in lower case
    and no noun ("angry", "frustrated", "visibly"): no body's name."""
    known = english_words()
    return word.islower() and (word in known["adj"] or word in known["adv"]) and word not in known["noun"]


# Nouns that count the people after "of" ("a number of", "a handful of", "the majority of").
_COUNTING_WORDS = PORTIONS | {
    "number",
    "handful",
    "group",
    "couple",
    "few",
    "dozens",
    "hundreds",
    "some",
    "many",
    "most",
    "lot",  # "an awful lot of people", "lots of parents"
    "lots",
    "thousands",
    "millions",
    "scores",
    "plenty",
    # what a count says of its size ("a large number of", "a growing group of", "an awful lot of")
    "large",
    "small",
    "great",
    "good",
    "growing",
    "awful",
}


def _past_count(words: list[str], reach: int, more: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """Words after a count of the people they name ("a number of", "the majority of", and the
    words of `more`: "one of"), the "of" among the first `reach` words; else the words as they are."""
    counted = [k for k, w in enumerate(words[:reach]) if w.lower() == "of"]
    if counted and all(w.lower() in _COUNTING_WORDS | set(more) | _ARTICLES for w in words[: counted[0]]):
        return words[counted[0] + 1 :]
    return words


_PLACE_WORDS = frozenset({"world", "international", "global", "european", "african", "asian", "national"})


def _other_place(name: str, earlier: str) -> bool:
    """Whether a body's name opens on a country ("United States Rowing Agency") and an
    earlier body's name, lacking that country, opens on a place of its own ("World Rowing
    Agency"): two bodies, though their names cut of places are one."""
    words = _strip_det(name).split()
    country = next((n for n in (3, 2, 1) if " ".join(words[:n]).lower() in COUNTRY), 0)
    if not country:
        return False
    place = " ".join(words[:country]).lower()
    first = _strip_det(earlier).split()[:1]
    return (
        place not in earlier.lower()
        and bool(first)
        and (first[0].lower() in _PLACE_WORDS or first[0].lower() in COUNTRY)
    )


def _role_before(text: str, name: str) -> bool:
    """Whether a role's word comes right before a name in a mention ("... lawyer Tom Reed")."""
    at = text.rfind(name)
    words = text[:at].split() if at > 0 else []
    return bool(words) and words[-1].lower().strip(",") in ROLE_NOUNS | ROLE_TITLES


# A degree written after a name, before the role set off after it ("Ana Ruiz, MD, the city's ...").
_DEGREE_FIRST = re.compile(r"^\s*(?:MD|M\.D\.|PhD|Ph\.D\.|RN|MPH|DDS|DVM|DO)\s*,\s*")


def _described_by_official(word: str) -> bool:
    """Whether a word after "official" is the noun it describes ("the official opposition",
    "official figures"), not a word after the role ("an official of the ministry", "an official
    who spoke", "official Tom Reed")."""
    lower = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and lower not in _FUNCTION_WORDS | {"who", "whom", "whose", "which", "that"}
        and lower in english_words()["noun"]
        and lower not in english_words()["verb"]
    )


def affiliation_in(role_phrase: str) -> str | None:
    """The organisation a role phrase says its holder speaks for: the owner of a possessive
    ("the army's spokesman" -> army), what follows of/for/at ("a spokeswoman for the State
    Department"), or the words before the role ("Acme spokesman", "a senior opposition figure")."""
    role_phrase = re.sub(r"(?<=[A-Z])([’'])S\b", r"\1s", role_phrase)  # "the KBI'S counsel", in capitals
    role_phrase = _DEGREE_FIRST.sub("", role_phrase)  # "MD, Riverton's health commissioner": Riverton's
    # a possessive the tokens split off rejoins its owner: "the army 's", "Gisevius ' attorney"
    words = _words_of(re.sub(r"\s+([’']s)\b|(?<=s)\s+([’'])(?=\s)", r"\1\2", _without_initials(role_phrase)))
    lower = [w.lower().strip(".") for w in words]
    # "vice-president", "co-chair": the role is the word after the hyphen
    roles = [
        i
        for i, w in enumerate(lower)
        if (w in ROLE_NOUNS or "-" in w and w.rsplit("-", 1)[1] in ROLE_NOUNS)
        and not (i and _guard_of(lower[i - 1], w))  # "Coast Guard spokesman"
        and not _word_of_a_name(words, i)
        # "official" before a word in lower case describes it ("the official opposition")
        and not (w == "official" and i + 1 < len(words) and _described_by_official(words[i + 1]))
    ]
    if not roles:
        return None
    served = _person_served(words, roles)
    if served:
        return served
    of_at = lower.index("of") if "of" in lower else -1
    if (
        of_at > 0
        and all(i > of_at for i in roles)
        and "and" not in lower[of_at : roles[0]]  # not "a Democrat of Kestria and the ranking member of ..."
        and words[of_at - 1].islower()  # not "United Teachers of Kestria vice-president", a body's name
        and (_people_word(lower[of_at - 1]) is not None or lower[of_at - 1] in COLLECTIVE_NOUNS)
        and lower[of_at - 1] not in ROLE_NOUNS | _COUNTING_WORDS
    ):
        # "the grandsons of a Kestrel painter", "supporters of the mayor": kin or backers of a role's holder
        return None
    r = roles[-1]
    if (
        len(roles) > 1
        and words[r][:1].isupper()
        and (words[roles[0]].islower() or roles[0] == 0)  # "Counsel for ..." opening a sentence
        and lower[roles[0] + 1 : roles[0] + 2] in (["for"], ["of"], ["representing"])
        and lower[r + 1 : r + 2] in (["for"], ["of"])
        and all(w[:1].isupper() for w in words[roles[0] + 2 : r] if w.lower() not in _NAME_JOINERS)
    ):
        r = roles[0]  # "a spokesman for the Kestrel High Commissioner for Rivers": the office's name, in capitals
    set_off = re.search(
        rf"\b{re.escape(words[r])}\s*,\s*((?:[A-Z][\w&.’'-]*\s+(?:(?:of|for|and|&)\s+)?)*[A-Z][\w&.’'-]*)\s*(?:,|$)",
        role_phrase,
    )
    if set_off and words[r][:1].isupper() and set_off.group(1).split()[-1].lower() in _BODY_NAME_WORDS:
        return set_off.group(1)  # "Tom Reed, CEO, Velmont Clean Fuels, said": the body after the role
    for i in range(r - 1, -1, -1):  # "Zamfara's commissioner", "the electoral commission’s chairman"
        if i + 1 < r and words[i + 1][:1].isupper() and _bodies_named([words[i + 1].lower().removesuffix("s")]):
            continue  # "Kestrel Nurses' Association President", "St Anne's Hospitals": a possessive inside a name
        if (
            lower[r] in _CABINET_ROLES
            and _portfolio_word(words[i])
            and all(_portfolio_word(w) or w.lower() == "affairs" for w in words[i + 1 : r])
        ):
            continue  # "Tenants’ Rights Minister", "Veterans' Affairs Secretary": a portfolio, no owner
        if re.search(r"[’']s?$", words[i]) and len(words[i]) > 2:
            owner = words[:i] + [re.sub(r"[’']s?$", "", words[i])]
            owner = _past_count(owner, 3, {"one"})  # "one of Reed's lawyers": Reed's, not "of Reed"
            # "a retired pilot and one of the bill's backers": the owner is what follows the last
            # "of" or "and" after a word in lower case ("the Bank of England's governor" is whole)
            joined = [k for k, w in enumerate(owner) if w.lower() in {"of", "and"} and k > 0 and owner[k - 1].islower()]
            if joined:
                owner = owner[joined[-1] + 1 :]
                plain = [w for w in owner if w.lower() not in {"the", "a", "an"}]
                if plain and all(w.islower() for w in plain) and plain[-1] not in speaker_nouns():
                    return None  # "one of the bill's backers": a bill, no one's body
            # not "New" of "New Riverton's": a word of the owner's name, before another capital
            while (
                owner
                and owner[0].lower() in ROLE_MODIFIERS
                and not (owner[0].istitle() and owner[1:2] and owner[1].istitle())
            ):
                owner = owner[1:]
            return " ".join(owner) or None
    first = roles[0]
    if (
        len(roles) == 2
        and first + 1 < r
        and lower[first] in ROLE_MODIFIERS
        and words[first].islower()  # not "Chilean Deputy Foreign Minister", a title
        and not any(w in _DANGLING for w in lower[first + 1 : r])  # not "a deputy to the mayor"
    ):
        first = r  # "the deputy district fire chief": a rank of the role after it, the body between
    after = words[r + 1 :]
    if (
        after
        and (
            after[0].lower() in {"of", "for", "at", "with", "to", "representing"}  # "an attorney representing X"
            # "the UN envoy to Yemen": whom an envoy is sent to is not whom they serve
            and not (after[0].lower() == "to" and lower[r] in _POSTED_ROLES)
            # "the spokesman from Acme": whom a spokesperson is from is whom they speak for
            or after[0].lower() == "from"
            and bool(_SPOKES.fullmatch(lower[r]))
            # "an official in the health ministry", not "a spokesman in Kabul"
            or after[0].lower() == "in"
            and bool({w.lower() for w in after[1:5]} & _BODIES_WORKED_IN)
        )
    ):
        rest = []
        for w in _after_words(role_phrase, r + 2):  # with the commas _words_of drops: "Amazonia Unida, a group"
            if w.lower() in {"who", "which", "that", "where", "whose", "when", "said", "says"}:
                break
            rest.append(w)
        tail = re.split(r"[,;:—–(]", " ".join(rest))[0].strip()
        # "the mayor of the port town Vale Alto and part of the governing bloc": the first body, not the
        # second role's phrase run into its name
        second = re.search(r"\s+and\s+(?:(?:a|an|the)\s+)?([a-z]+)\s+of\b", tail)
        if second and (second.group(1) in ROLE_NOUNS or second.group(1) in {"part", "member", "one"}):
            tail = tail[: second.start()]
        # not what a clause of its own says of the body ("the family of a man killed by police in Riverton")
        tail = re.split(r"\s+[a-z]+ed\s+(?:by|in|at|on|during|after)\s+", tail, maxsplit=1)[0]
        tail = re.sub(r"^(the|a|an)\s+", "", tail, flags=re.I)
        # "the Kestrel Institute in Riverton": the body, not the town it is in
        # ("... Cooperation in Europe": a continent or an ocean is a word of the name)
        tail = re.sub(rf"(?<=[a-z])\s+in\s+(?!Chief\b|{_CONTINENTS}\b)[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*$", "", tail)
        opener = tail.split()[0].lower() if tail.split() else ""
        if (
            opener in COUNTRY
            and opener != COUNTRY[opener].lower()
            and _NAME_DESCRIBED.fullmatch(tail.split(maxsplit=1)[-1])
            and " in " not in tail  # not "the Kestrian navy in Norland": the place it is in
        ):
            tail = tail.split(maxsplit=1)[1]  # "the Dutch roaster Kestrel Coffee": the roaster's name
        department_of = re.fullmatch(
            r"((?:[A-Z][\w&-]*\s+){0,2}([A-Z][\w&-]*))\s+(?:for|at|of)\s+(?:the\s+)?([A-Z].*)", tail
        )
        if after[0].lower() == "of" and department_of and department_of.group(2).lower() in _DEPARTMENTS:
            tail = department_of.group(3)  # "head of Global Marketing for Kestrel Freight": the firm
        if after[0].lower() == "of" and tail.lower() == "state" or tail.lower() in _DEPARTMENTS:
            tail = ""  # "the secretary of state", "a head of state", "vice president for sales": an office, no body
        elif (
            after[0].lower() in {"of", "for"}
            and lower[r] in _CABINET_ROLES
            and tail
            and all(_portfolio_word(w) or w.lower() in {"affairs", "and"} for w in tail.split())
        ):
            tail = ""  # "the Minister of Housing and Planning", as "the Housing Minister": no body
        elif after[0].lower() == "of" and re.match(r"(?i)state\s+(?:for|in|at)\s+", tail):
            # "Minister of State for the Department of Rivers": the department ("Minister of State in
            # the same ministry": none named)
            tail = re.sub(r"^(the|a|an)\s+", "", re.sub(r"(?i)^state\s+(?:for|in|at)\s+", "", tail), flags=re.I)
            tail = tail if tail[:1].isupper() else ""
        # "director of research at the Brookings Institution": the body the department is of; "of
        # the aquarium and the Kestrel Institute for Exploration": the name in capitals, whole
        # "the breakaway League for Rural Reform": the name after a word or two describing it, whole
        named = (
            _NAME_DESCRIBED.fullmatch(tail)
            or _NAMED_LAST.search(tail)
            or re.search(r"\b(?:at|of|for|in)\s+(?:the\s+)?([A-Z][\w’'&.-]*(?:\s+[\w’'&.-]+)*)$", tail)
        )
        if tail[:1].islower() and named:
            return named.group(1)
        # "Head of Africa and Asia at Kestrel Bank": a department in capitals, of the body named after "at"
        at_body = re.search(
            rf"\s+at\s+(?:the\s+)?({_NAME_WORD}(?:\s+(?:(?:of|for|and|&|on|the)\s+)*{_NAME_WORD})*)$", tail
        )
        before_at = tail[: at_body.start()].lower().split() if at_body else []
        # the head of the words before "at" ("Kestrel Center" of "Kestrel Center for Rivers"), not a
        # word of a department that also names bodies ("Service Charges at the Kestrel Group")
        head_at = re.split(r"\s+(?:of|for|and|&)\s+", " ".join(before_at))[0].split()[-1:]
        if (
            after[0].lower() == "of"
            and tail[:1].isupper()
            and at_body
            and not _bodies_named(head_at)
            and not set(head_at) & {"lab", "labs", "laboratory"}  # "the Food Analytics Lab at Riverton University"
        ):
            return at_body.group(1)  # ("the Kestrel Center for Rivers at Riverton University": the center, whole)
        # "vice-president of operations for the water board": the body, named by what it is
        body = re.search(r"\b(?:at|for|in|with)\s+(?:the\s+)?((?:[a-z][\w’'&.-]*\s+){0,3}([a-z][\w’'&.-]*))$", tail)
        if tail[:1].islower() and body and body.group(2) in _BODY_WORDS:
            return body.group(1)
        # "Acme (AC) head of staff relations": a department of the body named before
        # ("Duty officer at the clinic": a word capitalised as the sentence opens, no body's name)
        department = tail[:1].islower() and any(
            w[:1].isupper()
            and w.lower() not in _ARTICLES
            and not (k == 0 and w.lower() in english_words()["noun"] and tail.split()[-1] in _BODY_WORDS)
            for k, w in enumerate(words[:first])
        )
        if tail and not department:
            return tail
    pre = words[:first]
    joined = [k for k, w in enumerate(pre) if w.lower() == "and"]
    if joined and joined[-1] + 1 < len(pre) and not pre[joined[-1] + 1][:1].isupper():
        # "Green and fellow council member ...", "Ruiz and nine other prosecutors": another person before "and"
        pre = [w for w in pre[joined[-1] + 1 :] if not w.isdigit()]
    while pre and pre[0].lower() in {"but", "and", "yet", "so"}:
        pre = pre[1:]  # "But Acme general manager ...": the conjunction joins the sentences
    pre = _past_count(pre, 4)  # "a number of club members": how many, not whose
    while pre and (pre[0].lower().strip(".") in ROLE_MODIFIERS and not _opens_name(pre) or _mood_word(pre[0])):
        pre = pre[1:]  # "an angry council leader": the council's, not an angry one's
    if pre and re.match(r"(?i)ex-[A-Z]", pre[0]) and len(pre[0]) > 4:
        pre = [pre[0][3:], *pre[1:]]  # "Ex-Labour transport minister": the party he was of
    while pre and pre[-1].lower().strip(".") in ROLE_MODIFIERS | _ROLE_FIELDS | _DEPARTMENTS - {"administration"}:
        # "Acme senior vice president", "Riverton Technical Director", "KRN Research Director": the role's own words
        pre = pre[:-1]
    if pre and pre[-1].lower() == "press" and lower[first] in _PRESS_ROLES:
        pre = pre[:-1]  # "Kestrel Treasury Press Secretary": the treasury's, not the press's
    if [w.lower() for w in pre[-2:]] == ["public", "relations"] and lower[first] in _PRESS_ROLES:
        pre = pre[:-2]  # "Police Public Relations Officer": the police's
    if (
        lower[first] in {"councillor", "councilor"}
        and len(pre) > 1
        and pre[-1].lower() in _COUNCIL_LEVELS
        and all(w[:1].isupper() for w in pre)
    ):
        return " ".join(pre) + " Council"  # "Riverton District Councillor Ana Vell": a member of that council
    while lower[first] in _BENCH_ROLES and pre and pre[-1].lower() in _JURISDICTIONS | _COURT_LEVELS:
        pre = pre[:-1]  # "Riverton District Judge", "Ward councillor": the court's or the seat's level
    while lower[first] in {"governor", "governors", "premier"} and pre and pre[-1].lower() in LEVELS_OF_RULE:
        pre = pre[:-1]  # "Provincial Governor", "Riverton State Governor": the level of the office
    if lower[first] == "attorney" and pre and pre[-1].lower() == "district":
        pre = pre[:-1]  # "Riverton District Attorney": the district attorney of Riverton
    portfolio = False  # whether portfolio words stood before the office
    if lower[first] in _CABINET_ROLES and len(pre) > 1 and pre[-1].lower() in {"and", "&"}:
        pre = pre[:-1]  # "Home Affairs and Finance Minister": a department's word went first
    while (
        lower[first] in _CABINET_ROLES
        and pre
        and (_portfolio_word(pre[-1]) or pre[-1].lower() == "affairs")
        # "Union Home Minister": the union's level; but "Kestrel Union Trade Commissioner": the Kestrel Union
        and not (pre[-1].lower() == "union" and len(pre) > 1 and pre[-2][:1].isupper())
    ):
        pre = pre[:-2] if pre[-1].lower() == "affairs" else pre[:-1]  # "Riverton Foreign Affairs Minister"
        portfolio = True
        if (
            len(pre) > 1
            and pre[-1].lower() in {"and", "&"}
            and (_portfolio_word(pre[-2]) or pre[-2].lower() == "affairs")
        ):
            pre = pre[:-1]  # "Communications and Digital Minister": two portfolios
    if (
        lower[first] in _CABINET_ROLES
        and len(pre) == 1
        and pre[0].lower() in english_words()["adj"]
        # an adjective that is also a noun qualifies a portfolio ("Primary Industries Minister")
        and not any(pre[0].lower() in english_words()[pos] for pos in (("verb",) if portfolio else ("noun", "verb")))
        and pre[0].lower() not in COUNTRY  # "Russian Foreign Minister": the country's
    ):
        return None  # "Economic Planning Minister", "Rural Affairs Minister": the portfolio's words only
    regions = [w.lower() for w in pre if w.lower() not in {"and", "&"}]
    if regions and regions[-1] in _PLACES_OF_REGIONS and all(w in _REGION_BEAT_WORDS for w in regions):
        return None  # "its Asia and Pacific coordinator", "Middle East director": a beat, no body
    if (
        pre
        and pre[-1].lower() in _CONTINENTAL
        and all(w.lower() in _REGION_WORDS for w in pre[:-1])
        and " ".join(pre).lower() not in COUNTRY  # "South African": a country's
    ):
        # "a European commissioner": of the European Commission; "African leaders": of no one body
        return "European Commission" if pre == ["European"] and lower[first] == "commissioner" else None
    if [w.lower() for w in pre] == ["group"]:
        return None  # "Group CEO Ana Ruiz": the role is the whole group's, whose name the text gives elsewhere
    if (
        lower[first] in _EXPERT_ROLES
        and len(pre) == 1
        and english_word(pre[0].lower())
        and pre[0].lower() not in ORGANIZATION_HEADS | GOVERNMENT_ORG_WORDS
    ):
        return None  # "independent analyst", "Energy economist" opening a sentence: a field, no body
    if 1 <= len(pre) <= 2 and " ".join(pre).lower() in CAPITALS and any(lower[i] in _CITY_ROLES for i in roles):
        return " ".join(pre)  # "Wellington Mayor": the city's, though a capital names its country elsewhere
    if 1 <= len(pre) <= 2 and " ".join(pre).lower() in COUNTRY:  # "Sri Lankan" too
        if any(lower[i] in _CABINET_ROLES | _BENCH_ROLES | _STATE_ROLES | ROLE_TITLES | {"leader"} for i in roles):
            return COUNTRY[" ".join(pre).lower()]  # "Russian Foreign Minister", "French President": the country
        if _nationality(pre[-1]) or len(pre) == 2 and " ".join(pre).lower() != COUNTRY[" ".join(pre).lower()].lower():
            return None  # "an American lawyer", "a South African lawyer": a nationality, no one spoken for
    # an "and" between capitals stays, a word of the name ("Kestrel and Zentra officials")
    pre = [
        w
        for k, w in enumerate(pre)
        if w.lower() not in {"and", "&"} or 0 < k < len(pre) - 1 and pre[k - 1].istitle() and pre[k + 1].istitle()
    ]
    before_cut = len(pre)
    while (
        len(pre) > 1
        and pre[-1].islower()
        and any(w[:1].isupper() for w in pre)
        and pre[-1] not in _BODY_WORDS
        and not _guard_of(pre[-2], pre[-1])  # "Coast guard spokesman"
    ):
        pre = pre[:-1]  # "OeSV sporting director", "Labour Party health spokesman": the named body
    if (
        len(pre) < before_cut
        and len(pre) == 1
        and words[0] == pre[0]
        and english_word(pre[0].lower())
        and not (len(pre[0]) > 1 and pre[0].isupper())  # "EU trade chief", "UN aid chief": initials name a body
    ):
        return None  # "Law enforcement officials": a word capitalised to open the sentence
    if all(w.islower() and w.endswith(("ing", "ed")) for w in pre):
        return None  # "other responding officers": what they did, not whom they speak for
    return " ".join(pre)


# Continents and oceans, which end names of bodies after "in" ("Cooperation in Europe").
_CONTINENTS = "Europe|Asia|Africa|America|Americas|Oceania|Antarctica|Pacific|Atlantic|Caribbean|Arctic"
# Continents and regions a role may cover ("Asia director", "Middle East correspondent").
_PLACES_OF_REGIONS = frozenset(_CONTINENTS.lower().split("|")) | {"east"}
# Adjectives of a continent or a region of peoples, before a role: no body of their own.
_CONTINENTAL = frozenset(
    {"european", "african", "asian", "arab", "latin", "nordic", "scandinavian", "balkan", "western"}
)


def _word_of_a_name(words: list[str], i: int) -> bool:
    """Whether a role's word in capitals is a word of a body's name, before the body's word or a
    plural of people in capitals ("Harbour Pilots Executive Board chairwoman", "the Riverton
    Federation of Head Nurses"): no role of its own."""
    after = words[i + 1] if i + 1 < len(words) else ""
    before = words[i - 2] if i > 1 and words[i - 1].lower() in _NAME_JOINERS else words[i - 1] if i else ""
    if not words[i][:1].isupper() or not before[:1].isupper():
        return False
    if after.lower() in {"for", "of", "without", "against"} and _plural_of_people(words[i]):
        # "the Kestria Lawyers for Civil Rights": people in the plural, then what they stand for
        return words[i + 2 : i + 3] != [] and words[i + 2][:1].isupper()
    return after[:1].isupper() and (after.lower() in _BODY_NAME_WORDS or _plural_of_people(after))


def _without_initials(role_phrase: str) -> str:
    """A role phrase without the initials in brackets after a body's name ("Kestrel Bank (KB)
    Governor": "Kestrel Bank Governor")."""
    return re.sub(r"\s*\([A-Z][A-Za-z&.]{1,9}\)(?=\s+[A-Za-z])", "", role_phrase)


def _people_noun(lemma: str) -> bool:
    """Whether a head noun names a person, not a body ("photographer", not "agency")."""
    return lemma in person_nouns() and lemma not in BODY_WORDS | MEDIA_WORDS


def _bodies_named(words: list[str]) -> bool:
    """Whether lower-case words name a body of its own ("center", "institute", "program"), not a
    department or a region ("Europe and Asia")."""
    return any(w in _BODY_NAME_WORDS or w in {"program", "programme", "project", "initiative"} for w in words)


# What a role is of, written before it as part of its title ("Technical Director", "General Manager").
# Roles that "press" opens as a word of their own ("press secretary", "press officer").
_PRESS_ROLES = frozenset({"secretary", "officer", "attache", "attaché", "aide", "adviser", "advisor"})
_ROLE_FIELDS = {
    "technical",
    "sporting",
    "executive",
    "managing",
    "general",
    "medical",
    "financial",
    "operating",
    "creative",
    "artistic",
    "legal",
    "political",
    "communications",
    "marketing",
    "commercial",
    "athletic",
    "scientific",
    "editorial",
    "special",  # "FBI Special Agent", "UN Special Envoy": the kind of role, no body's word
    # the side a lawyer argues for ("defence lawyer", "prosecution counsel") and whose office a
    # spokesperson serves ("presidential spokesman"): no body
    "defence",
    "defense",
    "prosecution",
    "presidential",
}
# A minister's or a secretary's portfolio and the level of government they serve ("PNG Foreign
# Minister", "State Health Secretary", "Union Home Minister"): words of the office, no body.
_PORTFOLIOS = {
    "foreign",
    "home",
    "interior",
    "finance",
    "defence",
    "defense",
    "health",
    "education",
    "justice",
    "environment",
    "energy",
    "transport",
    "agriculture",
    "tourism",
    "information",
    "privacy",
    "communications",
    "digital",
    "technology",
    "trade",
    "competition",  # "EU Competition Commissioner"
    "publicity",
    "organising",
    "organizing",
    "state",
    "federal",
    "provincial",
    "national",
    "union",
    "culture",
    "sport",
    "sports",
    "arts",
    "heritage",
    "housing",
    "youth",
    "fisheries",
    "transportation",
    "farms",  # "Farms and Forestry Minister"
    "farming",
    "food",
    "insurance",
    "industry",
    "industries",
    "immigration",
    "welfare",
    "power",
    "railway",
    "railways",
    "it",  # "IT Minister": information technology (not "labour": "Ex-Labour transport minister", a party)
    "mines",
    "mining",
    "petroleum",
    "oil",
    "water",
    "works",
    "planning",
    "science",
    "economy",
    "development",
    "infrastructure",
    "aviation",
    "telecommunications",
    "commerce",
    "forestry",
    "employment",
    "skills",
    "climate",
    "law",
    "resources",  # "Water Resources Minister", "Mineral Resources Secretary"
    "natural",
    "business",  # "Business Secretary", "business minister"
    "cabinet",  # "Trade Cabinet Secretary": the cabinet the secretary sits in, no body of its own
    "tax",  # "Tax Commissioner", "Taxation Minister"
    "taxes",
    "taxation",
    "telecom",
    "communication",
    "economics",  # "Economics Minister"
}
# Portfolios named for the people or the field a minister serves ("Universities Minister",
# "Communities Secretary", "Tenants' Rights Minister", "Work and Pensions Secretary", "Europe
# minister"): words of the office, no body; kept apart from `_PORTFOLIOS`, which other rules read
# as words of an office anywhere.
_SERVED_PORTFOLIOS = frozenset(
    "universities schools communities equalities pensions work veterans children families women tenants"
    " rights human europe maritime marine electronics consumer disability disabilities"
    " policing prisons crime victims exports".split()
)


# One person of a kind a capitalised word names, after "a" ("a former Paralympian", "a Texan").
_ONE_OF_A_KIND = re.compile(r"(?:[Aa]n?)\s+((?:[a-z][\w-]*\s+)*([A-Z][a-z]+))")
# A share of people written as a figure alone ("86%", "10 per cent"), as survey findings are.
_SHARE = re.compile(
    r"(?:(?:only|just|some|about|around|nearly|almost|over|under|more\s+than|fewer\s+than|less\s+than)\s+)?"
    r"\d[\d,.]*\s*(?:%|per\s?cent|percent)",
    re.IGNORECASE,
)


def _portfolio_word(word: str) -> bool:
    """Whether a word before "minister" or "secretary" is a portfolio's, a possessive's mark aside
    ("Tenants’ Rights Minister", "Veterans' Affairs")."""
    bare = re.sub(r"[’']s?$", "", word.lower())
    return bare in _PORTFOLIOS or bare in _SERVED_PORTFOLIOS


# What a role is in, not whom for ("Vice President for Operations", "head of Research"): no body.
_DEPARTMENTS = frozenset(
    "operations communications finance marketing research policy strategy sales programmes programs compliance"
    " engineering administration elections".split()
)
# Roles of a city's own government, of which a capital's name is the city ("Paris Mayor").
_CITY_ROLES = frozenset({"mayor", "governor", "councillor", "councilor", "alderman", "councilman", "councilwoman"})
_CABINET_ROLES = {"minister", "ministers", "secretary", "secretaries", "commissioner", "commissioners"}
# Roles sent to a country or a body, which "to" names ("the US ambassador to Japan").
_POSTED_ROLES = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "emissary", "emissaries"})
# Roles that serve a state abroad or at home, of which a nationality names the state ("a Kestrian envoy").
_STATE_ROLES = {"ambassador", "envoy", "diplomat", "diplomats", "official", "officials", "prosecutor", "prosecutors"}
# Judges' and councillors' roles, and the levels of court or seat written before them.
_BENCH_ROLES = {"judge", "magistrate", "councillor", "councilor", "alderman", "coroner", "collector"}
# Levels of a council written between its place's name and "Councillor" ("Riverton District Councillor").
_COUNCIL_LEVELS = frozenset({"district", "borough", "city", "county", "town", "parish", "metropolitan"})
_COURT_LEVELS = {
    "ward",
    "sessions",
    "high",
    "sub-divisional",
    "divisional",
    "city",
    "town",
    "parish",
    "borough",
    "local",
}


def _opens_name(words: list[str]) -> bool:
    """Whether a capitalised word that may describe a role ("new", "former") opens a name with
    the capitalised word after it ("New York police commissioner", "New South Wales police")."""
    return len(words) > 1 and words[0][:1].isupper() and words[1][:1].isupper() and words[0].lower() in COMMON_OPENERS


# Bodies no government runs, whose office or service speaks for them ("the bank's press office").
_BUSINESSES = CORPORATE_HEADS | {"bank", "lender", "club", "team", "party", "union", "charity"}
# What an agency that no government runs is for ("aid agencies", "the humanitarian agency").
_RELIEF_WORDS = {"aid", "humanitarian", "relief", "charitable", "charity", "advocacy", "volunteer", "nonprofit"}


# Agencies that are businesses ("talent agencies", "a travel agency"), no government's.
_TRADE_AGENCIES = frozenset(
    "talent advertising travel employment recruitment modelling modeling casting marketing estate rating ratings".split()
)


def _relief_agency(m: Mention, r: _Reading, words: set[str]) -> bool:
    """Whether an agency is one of aid or relief ("aid agencies", "the humanitarian agency"), by
    the words of its description, with no body's name: no government's."""
    return m.head_lemma == "agency" and bool(words & _RELIEF_WORDS) and not r.orgs


# Words that are a body themselves ("Kenya police", "the state health ministry").
_BODY_WORDS = GOVERNMENT_ORG_WORDS | ORGANIZATION_HEADS | GOVERNMENT_NOUNS | MEDIA_WORDS
# Bodies one works in ("an official in the ministry"), not places one is in ("in the city").
_BODIES_WORKED_IN = (GOVERNMENT_ORG_WORDS | ORGANIZATION_HEADS) - {"city", "county", "town", "house"}


# Words for a state body named "... of <country>" ("the Marine Safety Authority of Kestria"; not "the
# Government of Kestria", which is the country's government).
_STATE_BODY_WORDS = frozenset({"authority", "commission", "agency", "board", "bureau", "council", "office", "service"})


def _stands_for(word: str, named: set[str]) -> bool:
    """Whether a common word for a body ("the council", "the group", "the company") may stand for
    a body of that name's words: one the name has, a word for any body but a government's ("the
    group" after "the Clean Water Front"), or a word of business for a name with no word of
    another kind of body ("the company" after "Acme Mining", not after "the Labour Party")."""
    return (
        word in named
        or word in GENERIC_BODIES
        and not named & GOVERNMENT_ORG_WORDS
        or word in CORPORATE_HEADS
        and not named & (ORGANIZATION_HEADS - CORPORATE_HEADS | GOVERNMENT_ORG_WORDS)
    )


def _called_so(word: str, body: Resolved) -> bool:
    """Whether a common word ("the council", "the company's") may stand for a body resolved or
    named before (`_stands_for`), a word of business for no government's body."""
    return _stands_for(word, plain_words(body.name)) and (body.kind == "organization" or word not in CORPORATE_HEADS)


def _state_body(m: Mention, country: list[str]) -> Resolved | None:
    """A state body named after its country, with words of its own before the word for a body
    ("Chile Maritime Authority (CMA)"): that body, of the government; not the country's own
    police or army ("Kenya Police", "the Chilean Army")."""
    name = _OPEN_ACRONYM.sub("", _strip_det(m.text)).strip()
    words = name.split()
    n = len(country)
    if (
        len(words) > n + 2
        and [w.lower() for w in words[-n:]] == country
        and words[-n - 1] == "of"
        and words[-n - 2] == m.head
        and m.head.lower() in _STATE_BODY_WORDS
        and all(w[:1].isupper() or w in {"and", "&"} for w in words[: -n - 2])
    ):
        return Resolved(name, _name_key(name), "government", False)  # "the Broadband Licensing Authority of Kestria"
    if not words or words[0].lower() != country[0] or not words[-1] == m.head or not m.proper:
        return None
    between = words[len(country) : -1]
    if not between or not all(w[:1].isupper() and w.lower() not in GOVERNMENT_NOUNS for w in between):
        return None
    return Resolved(name, _name_key(name), "government", False)


def _headline_verb(word: str) -> bool:
    """Whether a capitalised word is a verb of saying in the present ("Responds", "Warns",
    "Says"), which a headline in capitals puts after its subject, never a name's last word."""
    lower = word.lower()
    return (
        word[:1].isupper()
        and lower.endswith("s")
        and lower not in GIVEN_NAMES
        and (base_form(lower) or "") in CUE_STANCE
    )


def _no_body(org: str, text: str) -> bool:
    """Whether an affiliation read from a mention's words names no body: one lower-case word that
    is a word of grammar ("my", "at"), a letter ("v"), a manner of running ("state-run"), or what
    the person is ("The lone dissenter, Commissioner Tom Hale"), not whom they serve ("a spokesman
    for the landlord", "the mayor's aide")."""
    if " " in org or not org.islower():
        return False
    if org in _FUNCTION_WORDS or len(org) == 1 or org.endswith("-run"):
        return True
    after = re.search(rf"(?i)\b{re.escape(org)}\s+([a-z-]+)", text)
    if after and after.group(1).lower() in ROLE_NOUNS:
        return False  # "villager representative Tomas Reyes": whom the role serves
    served = re.search(
        rf"(?i)\b(?:for|of|to|with)\s+(?:the\s+|a\s+|an\s+)?{re.escape(org)}\b|\b{re.escape(org)}[’']s?\b", text
    )
    return org in role_or_person_nouns() and served is None


def _camp(text: str, name: str) -> str | None:
    """The side a named organisation belongs to, when the words right before its name say so:
    "the opposition National Super Alliance" -> opposition, "the ruling Jubilee Party" -> ruling."""
    at = text.find(name)
    if at <= 0 or text[:at].rstrip().endswith(","):
        return None  # "The firm that raised the alarm, Kestrel Data": a description set off, no side
    words = re.findall(r"[\w’'-]+", text[:at])
    if words and re.search(r"[’']s$", words[-1]):
        # "The Kestrian senate's Finance Committee": the body it belongs to, its owner
        owner = [re.sub(r"[’']s$", "", words[-1])]
        for w in reversed(words[:-1]):
            if w.lower() in _ARTICLES or w.lower() in {"of", "by", "for", "from", "and", "or"}:
                break
            owner.insert(0, w)
        return " ".join(owner)
    described: list[str] = []
    for w in reversed(words):
        if not w.islower() or w in {"the", "a", "an", "of", "by", "for", "from"}:
            break
        described.insert(0, w)
    if described == ["one"] or described[-1:] in (["called"], ["named"]):
        # "said one Canisio Tendai", "a company called Kestrel Data": someone so named, no side
        return None
    if described and described[-1] in _TEAM_NOUNS:
        return None  # "Championship side Pretoria Kestrels": what the body is, no camp it belongs to
    if any({w, w.removesuffix("s")} & role_or_person_nouns() for w in described):
        return None  # "inquiry sponsors Riverton Health Board": who the body is to the story, no side
    if described and (
        described[-1]
        in ORGANIZATION_HEADS | GOVERNMENT_ORG_WORDS | _TRADE_NOUNS | _BUSINESS_BEFORE_NAME | PREMISES_NOUNS
        or described[-1].endswith("maker")
    ):
        # "supermarket giant Harbour Foods", "carmaker Acme", "the police agency Europol", "lifestyle
        # store Kestrel": what the body is, no side
        return None
    while described and _mood_word(described[0]):
        described = described[1:]  # "a frustrated Acme": a mood, no side
    cut = max((i for i, w in enumerate(described) if w in _FUNCTION_WORDS), default=-1)
    described = described[cut + 1 :]  # "my NHS Trust", "passengers at Heathrow": no side
    if any(w[:1].isdigit() for w in described) or described[-1:] in (["and"], ["or"]):
        # "27-year-old Niran", a name the model took for a body's: an age, no side; "Zentrax and
        # Microsoft": another body joined to it
        return None
    return " ".join(described) or None


_TIME_UNITS = frozenset("week month year weekend night morning spring summer autumn fall winter".split())


# Nouns that say what trade a named body is in ("supermarket giant Harbour Foods", "lender Acme").
# Words for a business that name a person at work too ("Tom Reed, one of the drill operators"):
# a name the model took for a person's stays one after them.
_AT_WORK_TOO = frozenset({"operator", "distributor", "exporter", "importer", "brewer", "maker", "supplier", "provider"})
_TRADE_NOUNS = frozenset(
    "giant giants retailer chain operator producer supplier provider carrier lender insurer miner developer "
    "conglomerate startup multinational manufacturer brand outfit platform".split()
)
# Words an apposition ends on that make a name no state's body ("Velmont, a supplier", "the country's
# largest coffee co-op"): a business's or an organisation's that is no government's.
_NON_STATE_APPOSED = (ORGANIZATION_HEADS - GOVERNMENT_ORG_WORDS) | BUSINESS_NOUNS | _TRADE_NOUNS
# Heads of an apposition that describe no person ("the news agency", "a charity"; "Zorvan Mining, a
# global provider of explosives", "Velmont, a supplier": a business; but "a letter carrier", "a
# drill operator" are people at work).
_NO_PERSONS_APPOSED = (
    ORGANIZATION_HEADS
    | GOVERNMENT_ORG_WORDS
    | GOVERNMENT_NOUNS
    | MEDIA_WORDS
    | NON_PERSON_HEADS
    | ((BUSINESS_NOUNS | _TRADE_NOUNS) - _TRADES - {"carrier", "operator"})
)


# Nouns of figures given out ("the latest figures released by the ministry"): what their maker says.
MADE_FIGURES = word_set("made_figure_nouns")
FIGURE_NOUNS = word_set("figure_nouns")
# Verbs of making or getting figures: figures can only be the thing made or got ("Figures obtained
# from the board show ...", which the parser may read as figures obtaining); "to" of "according to
# IMF figures", figures given out.
_MAKING_FIGURES = frozenset("obtain release publish issue compile provide prepare collect gather leak see to".split())
# "released by the Health Ministry", "by the auditor", "from organisers": a document's maker, up to a
# time or place.
_MADE_BY = re.compile(
    # not "the letters, seen by Kestrel News": who read them
    r"(?<!\bseen )(?<!\bviewed )(?<!\breviewed )"
    r"\b(?:(?:released|published|issued|compiled|given|provided|prepared|commissioned|signed|obtained)\s+)?(?:by|from)\s+"
    r"(?:the\s+)?(?!(?:last|this|next|previous|earlier|recent|past|\d)\w*\b)"  # not "figures from last year"
    r"([\w’'&.-]+(?:\s+[\w’'&.-]+){0,5}?)"
    r"(?=\s+(?:over|on|in|at|last|this|earlier|late|after|before|during|yesterday|today)\b|\s*[,;]|\s*$"
    r"|\s+(?:and\s+)?(?:[a-z]+ed|sent|given|seen|shown|made|written)\s)"  # "a statement by Acme provided to ...": Acme
)


# How a source asked not to be named, run into the mention: no part of whom they speak for.
_ON_CONDITION = re.compile(r"\s*,?\s*(?:(?:who\s+)?(?:spoke|speaking)\s+)?on\s+(?:the\s+)?condition\s+of\s+anonymity\b")


def _a_maker(words: str) -> bool:
    """Whether the words after a document's "by" or "from" may name who made it: a name, or
    people or a body in lower case ("by police", "from local councils", "by researchers")."""
    if any(w[:1].isupper() or w[:1].isdigit() for w in words.split()):
        return True
    makers = (person_nouns(), ORGANIZATION_HEADS, GOVERNMENT_ORG_WORDS, GOVERNMENT_NOUNS)  # not joined per call
    forms = {form for w in words.split() for form in (w, w.removesuffix("s"), w.removesuffix("es"))}
    return any(not forms.isdisjoint(group) for group in makers)


# A phrase that opens a source's words with where or how it spoke, set off by a comma.
_SAYING_FRAME = re.compile(r"(?:In|During|Speaking|Writing)\s[^,]{1,80},\s+(?=[A-Z])")


def affiliation(m: Mention) -> str | None:
    """Whom the speaker of a mention speaks for, as the mention says: from its apposition
    ("Linda Ruiz, a hospital spokeswoman"), the words before a person's name ("Acme spokesman
    Tom Reed"), or an unnamed role ("an FBI spokesman")."""
    if m.pronoun:
        return None
    unnamed = _ON_CONDITION.search(m.text)
    if unnamed is not None and unnamed.start() > 0:  # "... in the province, unnamed by request"
        m = replace(m, text=m.text[: unnamed.start()])
    framed = _SAYING_FRAME.match(m.text.strip())
    if framed:  # "In an email to families, Riverton schools Superintendent Ana Ruiz": where, not whose
        m = replace(m, text=m.text.strip()[framed.end() :])
    if m.head_lemma in DOCUMENT_HEADS or m.head_lemma in MADE_FIGURES:
        made = _MADE_BY.search(m.text)
        kept = _POSTED_ON.fullmatch(m.text.strip()) if m.head_lemma in _POSTINGS else None
        if kept:  # "the Facebook page of the Riverton Water Board", "the board's Twitter account"
            return _strip_det(kept.group(1) or kept.group(2))
        if made and not _a_maker(made.group(1)):
            made = None  # "a ranking of phones by brand": how it sorts them, no maker
        if made:
            # "a report released by the Health Ministry" speaks for the ministry; "a statement issued
            # by Ana Ruiz, chief of staff in the Ministry of Energy" for the ministry she serves
            rest = m.text[made.end() :]
            served = affiliation_in(rest.strip(" ,")) if rest.lstrip().startswith(",") else None
            # "a statement by Velmont spokesman Tom Reed" speaks for Velmont, not "Velmont spokesman"
            role = (
                affiliation_in(made.group(1)) if any(w.lower() in ROLE_NOUNS for w in made.group(1).split()) else None
            )
            if role and not role[:1].isupper():
                role = None  # "filed by state attorney Tom Reed": a role's word, no body named
            return served or role or made.group(1)
    role_named = _named_after_role(m)
    if role_named:
        return role_named[0]  # "Philip Morris senior veepee Murray Bring" speaks for Philip Morris
    phrases = []
    if m.apposition:
        # with what the parser hung on the name after it ("Ana Ruiz, vice-president of operations
        # for the water board": "for the water board" of "Ruiz")
        at = m.text.find(m.apposition)
        listed = at >= 0 and re.match(r"\s*,\s*(?:and|or)\b", m.text[at + len(m.apposition) :])
        # not the bodies listed after it ("from A (RSU), B (KAT), and C (NTU)"): the apposition alone;
        # "the Office for the Coast and the Islands" is one body
        phrases.append(m.text[at:] if at >= 0 and not listed else m.apposition)
    # not a person who owns the role ("Ms Adeyemi's lawyers" speak for Ms Adeyemi, are not her)
    bodies = [o for o, kind in m.entities if kind == "ORG"]
    persons = [
        _given_before(_without_role(_after_inner_title(e)), m.text)  # "... Rural Roads Anil Kumar Rao", "Anil" left out
        for e, label in m.entities
        if label == "PERSON"
        and not re.search(r"[’']s$", e)
        and not _owner(e, m.text)
        and not _acronym_of_body(e, bodies, m.text)
    ]
    titled_last = _TITLE_ENDS.search(m.text)
    if titled_last and titled_last.group(1).lower() in PERSON_TITLES and m.head in titled_last.group(2).split():
        persons = [titled_last.group(2)]  # "Riverton Police Lt. Tom Reed", the body run into a name
    before = m.text[: m.text.index(persons[-1])] if persons and persons[-1] in m.text else None
    if before is not None:
        before = before.rsplit(":", 1)[-1]  # "Floods: Environment Secretary Tom Reed": a headline's label, no body
        before = _INITIALS_AT_END.sub("", before)  # "Minister for Mines TK Bala", "Bala" tagged: "TK" is his
        before = _TITLE_AT_END.sub("", before)  # "... of Econometrica Dr Tom Reed"
    if before is not None and not _serving(m, persons[-1]):
        phrases.append(before)
    else:  # no name, or the name is whom the role serves: "a spokesman for Mr. Holt"
        phrases.append(m.core or m.text)
    named = persons[-1] if persons else m.text.split(",", 1)[0].strip()
    after_name = m.text[m.text.index(named) + len(named) :] if named in m.text and personal_name(named) else ""
    if re.match(r"\s*,\s*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*\s*,\s*[A-Z]", after_name):
        phrases.append(after_name)  # "Tom Reed, CEO, Kestrel Fuels", the parser's apposition the body alone
    # "A Department for Transport (DfT) spokesman": the role's body, its acronym in brackets left out
    unbracketed = [re.sub(r"\s*\([A-Za-z]{2,8}\)", "", q) for q in [*phrases, m.text]]
    phrases += [p for p, q in zip(unbracketed, [*phrases, m.text]) if p != q and p not in phrases]
    for phrase in phrases:
        found = affiliation_in(phrase)
        if found and _PRESS_WORK.search(phrase) and not _a_medium_or_body(found, m):
            continue  # "award-winning journalist", "the Hollywood columnist", "co-editor of a book": no body
        if found:
            joined = re.sub(r"\s+([-‐])\s+", r"\1", found)
            if joined != found and joined in m.text:
                found = joined  # "the army-aligned government", which the words were split at its hyphen
            # "The Kestrian senate's Finance Committee": the senate, not its "'s"; "of the water
            # board on Monday": the board, not when it was said
            return _what_it_names(_TIME_AT_END.sub("", re.sub(r"[’']s$", "", found.strip(" ,"))))
    member = _member_of_body(m, persons[-1] if persons else None)
    return member[1] if member else None


# When something was said, which the parser may hang on the body after a speaker's role ("a vice
# president of the water board on Monday").
_TIME_AT_END = re.compile(
    rf"\s+(?:(?:on|late|early|last|this)\s+)+(?:{'|'.join(sorted(d.capitalize() for d in WEEKDAYS))}|week|month|year)$"
    r"|\s+(?:yesterday|today|tonight)$"
)


# The roles of journalists: they speak for the medium they work for, named by a word for one ("the
# Kestrel Times", "Kestrel TV") or as a body the model tagged ("The Forward"), and for nothing else
# the words before them say ("award-winning journalist", "the Hollywood columnist").
_PRESS_WORK = re.compile(r"\b(?:reporter|correspondent|journalist|editor|columnist)s?\b", re.IGNORECASE)


def _a_medium_or_body(found: str, m: Mention) -> bool:
    """Whether a journalist's affiliation names a medium (a name, in capitals) or a body the
    model tagged."""
    words = [w.lower().strip(".,’'") for w in re.findall(r"[\w’'.-]+", found)]
    named = found[:1].isupper() and _media(words)
    return named or any(label == "ORG" and (found in e or e in found) for e, label in m.entities)


# A person's initials before the surname the tagger took alone ("R.K.", "RK"; not "UN", "EU").
_INITIALS_AT_END = re.compile(r"(?<=\s)(?:(?:[A-Z]\.){1,3}|(?!UN|EU|US|UK|AP|TV)[A-Z]{1,2})\s*$")


# A country described before its name: "the Baltic nation of Norvia", "the Gulf state of Qadar".
_NATION_OF = re.compile(
    r"(?:[\w’'-]+\s+){0,3}(?:nation|country|state|kingdom|republic|emirate|island|islands|archipelago)\s+of\s+"
    r"((?:[A-Z][\w’'-]*\s*){1,3})",
    re.IGNORECASE,
)
# The bodies named a guard ("the Coast Guard", "the National Guard"), whose "guard" is no role.
_GUARDS = {"coast", "national", "border", "civil", "home", "revolutionary", "republican", "presidential"}


def _person_served(words: list[str], roles: list[int]) -> str | None:
    """The person a role is held for, named with a title after "to" or "for" at the phrase's end:
    "chief of staff to Senator Ana Ruiz", "the Senior Adviser on Communications to Deputy
    Governor Tom Reed" (the title is the served person's office, not the speaker's)."""
    at = max((i for i, w in enumerate(words) if w.lower() in {"to", "for"}), default=-1)
    if at < 0 or not any(i < at for i in roles):
        return None
    rest = words[at + 1 :]
    titles = 0
    while (
        titles < len(rest) - 1 and rest[titles][:1].isupper() and rest[titles].lower().strip(".") in _SERVED_TITLE_WORDS
    ):
        titles += 1
    name = " ".join(rest[titles:])
    return name if titles and personal_name(name) else None


def _opens_serving(text: str, persons: list[str]) -> bool:
    """Whether a mention opens with a name in full set off by a role held for the titled person
    named last: "Tom Reed, chief of staff to Senator Ana Ruiz" (Reed speaks, for her)."""
    if len(persons) < 2 or " " not in persons[0]:
        return False
    found = re.match(rf"{re.escape(persons[0])}\s*,\s*([^,]+?){re.escape(persons[-1])}\s*,?$", text)
    if not found:
        return False
    words = _words_of(found.group(1)) + persons[-1].split()
    roles = [i for i, w in enumerate(words) if w.lower() in ROLE_NOUNS]
    return _person_served(words, roles) == persons[-1]


def _people_owner(word: str) -> bool:
    """Whether a possessive is of a word for people ("People's", "Workers'", "Women's"): it opens
    a body's name ("the People's Progressive Party"), where no one owns what follows."""
    word = word.lower()
    return word in {"people", "women", "men", "children"} or word.removesuffix("s") in person_nouns()


def _described_body_name(item: str, peoples: set[str], bodies: set[str]) -> str | None:
    """The name after a description of a body in a list ("Dutch freight firm Kestra Lines"
    -> "Kestra Lines"): words in lower case, peoples' or places' names and "-based" words, closing
    on a word for a body, then capitalised words with a body's name the model tagged."""
    words = item.split()
    for k in range(len(words) - 2, -1, -1):
        head = words[k].lower()
        if {head, head.removesuffix("s"), re.sub(r"ies$", "y", head)} & (BUSINESS_NOUNS | ORGANIZATION_HEADS):
            name = " ".join(words[k + 1 :])
            if (
                all(w[:1].isupper() for w in words[k + 1 :])
                and all(w.islower() or w in peoples or w.endswith("-based") for w in words[:k])
                and any(e in name for e in bodies)
            ):
                return name
            return None
    return None


def _after_inner_title(entity: str) -> str:
    """A person's name the tagger ran a body's name into before the title ("Econometrica Dr Tom
    Reed" of "managing director of Econometrica Dr Tom Reed"): the name after the title."""
    words = entity.split()
    titles = [i for i, w in enumerate(words[1:-1], 1) if w.lower().strip(".") in _TITLES_BEFORE_NAMES]
    return " ".join(words[titles[-1] + 1 :]) if titles and words[titles[-1] - 1][:1].isupper() else entity


def _acronym_of_body(entity: str, names: Iterable[str], text: str) -> bool:
    """Whether an entity is the acronym in brackets after one of the bodies' `names` that its
    capitals spell ("Department for Transport (DfT)"), whatever the model tagged it: no one's name,
    and no name of its own beside the body's."""
    if not re.fullmatch(r"[A-Z][A-Za-z]{1,7}", entity):
        return False
    capitals = "".join(ch for ch in entity if ch.isupper())  # "DfT" for "Department for Transport"
    spelled = {entity.upper(), capitals} if len(capitals) > 1 else {entity.upper()}  # "Khadu" in full
    return any(
        name != entity
        and initials(_strip_det(name)) in spelled
        and re.search(rf"{re.escape(name)}\s*\(\s*{entity}\b", text)
        for name in names
    )


# A name after a dash that closes a clause ("... union – KTU." or "– KTU –").
_NAMED_AFTER_DASH = re.compile(r"\s*[–—]\s*([A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,4}?)\s*(?:[–—.,;]|$)")


# Titles written before a name, which a name the tagger ran on from a body's may hold ("Econometrica
# Dr Tom Reed"), and which end the words before a name.
_TITLES_BEFORE_NAMES = ("dr", "prof", "mr", "mrs", "ms")
_TITLE_AT_END = re.compile(rf"\b(?:{'|'.join(t.capitalize() for t in _TITLES_BEFORE_NAMES)})\.?\s*$")
# An acronym in brackets after a body's name, spaces inside allowed ("(DfT)", "( KGSA )").
_ACRONYM_IN_BRACKETS = re.compile(r"\s*\(\s*[A-Za-z]{2,8}\s*\)")


# Words for a body that are no body's name by themselves, where its name is set off after them
# ("The safety body, KGSA,"; "the flag carrier, KX,": an airline).
_NAMED_AFTER_TOO = frozenset({"body", "carrier"})


# Roles of an expert, whose field before them is no body ("energy analyst"; "Kestrel Bank analyst" is).
_EXPERT_ROLES = {"analyst", "economist", "strategist", "epidemiologist", "biologist", "scientist", "researcher"}


def _guard_of(before: str, word: str) -> bool:
    """Whether `word` after `before` is the guard of a body's name ("Coast guard"), not a role."""
    return word.lower() == "guard" and before.lower() in _GUARDS


# Words of a rank below the role they stand before ("the deputy mayor", "the vice president").
_SECOND_RANKS = {"deputy", "vice", "assistant", "associate", "junior", "under"}
# A capitalised word of a name ("Kestrel", "O'Dowd", "AT&T", "St.").
_NAME_WORD = r"[A-Z][\w’'&.-]*"
# A newspaper's name and the word for it ("Riverton Herald newspaper", "the Kestrel Courier daily"; not
# "the Chinese newspaper", a nationality).
_NAMED_NEWSPAPER = re.compile(rf"((?:The\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})\s+(?:newspaper|daily|tabloid)")
# The body a role is of, named last in capitals, joining words between ("of the aquarium and the
# Kestrel Institute for Exploration": Kestrel Institute for Exploration).
_NAMED_LAST = re.compile(
    rf"(?:\b(?:at|of|for)\s+(?:the\s+)?|\band\s+the\s+)({_NAME_WORD}(?:\s+(?:(?:of|for|and|&|on|the)\s+)*{_NAME_WORD})*)$"
)
# A body's name after a word or two that describe the body ("breakaway", "governing", "rival"),
# joining words inside the name ("League for Rural Reform").
_NAME_DESCRIBED = re.compile(
    rf"(?:(?!(?:both|all|each|either|neither)\b)[a-z]+\s+){{1,3}}({_NAME_WORD}(?:\s+(?:(?:of|for|and|&|on|the)\s+)*{_NAME_WORD})*)"
)
# A page, account or post someone keeps on a platform, and who keeps it: "the Facebook page of the
# water board", "the board's Twitter account" ("a post by the board" is _MADE_BY's).
_POSTINGS = {"page", "account", "feed", "profile", "post"}
_POSTING = "(?:" + "|".join(sorted(_POSTINGS)) + ")"
_POSTED_ON = re.compile(
    rf"(?:the|a|an)?\s*(?:[A-Z]\w*\s+)?(?:official\s+)?{_POSTING}\s+of\s+(.+)"
    rf"|(?:the\s+)?(.+?)[’']s?\s+(?:(?:official|verified|[A-Z]\w*)\s+){{0,2}}{_POSTING}"
)
# "Ana Ruiz of the Riverton Tenants Union", "Tom Reed, from Acme Corp.", "Ana Ruiz, from Norland's
# Ministry of Mines": the words between a name and the body named after it (searched up to where the
# body starts), with the place whose body it is.
_OF_BODY = re.compile(r"\s*,?\s+(?:of|from|at|with)\s+(?:the\s+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}[’']s\s+)?$")


def _member_of_body(m: Mention, person: str | None = None) -> tuple[str, str] | None:
    """The person a mention names and the body it says they are of, when it is only a name and
    a body the model tagged ("Ana Ruiz of the Riverton Tenants Union", "Tom Reed with Acme
    Corp."): the name is given, or two or three capitalised words that are no role ("Director of
    the FBI") and hold the mention's head."""
    bodies = [_strip_det(e) for e, label in m.entities if label == "ORG"]
    for body in bodies:
        at = m.text.find(body)
        lead = _OF_BODY.search(m.text, 0, at) if at > 0 else None
        if lead is None or m.text[at + len(body) :].strip(" ,.") != "":
            continue
        before = m.text[: lead.start()]
        if person is not None:
            titles = before.strip()[: -len(person)].split() if before.strip().endswith(person) else None
            # "Deputy Tom Reed of the Kestrel Harbour Police": a rank or a title in capitals first
            if titles is not None and len(titles) <= 2 and all(re.fullmatch(r"[A-Z][a-z]*\.?", w) for w in titles):
                return person, body
            continue
        name = _strip_det(before)
        if (
            2 <= len(name.split()) <= 3
            and personal_name(name)
            and m.head in name.split()
            and m.head.lower() not in person_nouns()
            and not {w.lower().rstrip(".") for w in name.split()} & (TITLES | ROLE_TITLES)
        ):
            return name, body
    return None


# Words a phrase cut short ends on ("lawyers for both Acme and"), and words that own a role
# without naming whose it is ("his own firm") or point at a group ("other Democrats").
_DANGLING = {"of", "and", "or", "to", "for", "in", "at", "with", "the", "a", "an", "from", "by", "on", "as"}
_OWNING = {
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "whose",
    "own",
    "other",
    "another",
    "such",
    "these",
    "those",
}
# The people around a person, named for the person ("the Reed team", "the Reed campaign").
_FOLLOWERS = frozenset({"team", "campaign", "camp", "family", "side", "aides", "allies", "supporters", "lawyers"})
# Words inside one name: "Center for American Progress", "Bailey & Glasser", "Sharm el Sheikh".
_NAME_JOINERS = {"of", "for", "and", "&", "the", "de", "on", "es", "el", "da", "del"}
# Titles that name no role ("Mr.", "Dr."): no affiliation alone; to contradict.py, "the voice
# of Mr. Tribe's client" is no reference to Mr. Deese.
HONORIFICS = TITLES - word_set("role_titles")


# Where a body is based, before its name or what it is ("the Vienna-based", "London - based",
# "the Norway-based rights group").
_BASED_IN = re.compile(r"^(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s*-\s*based\s+(?=[A-Za-z])")


# A date opening a phrase ("May 3", "Jan. 9", "September 11"): when, no body.
_A_DATE = re.compile(rf"{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*[A-Z])")


def _what_it_names(found: str) -> str | None:
    """An affiliation as it names a body or a person, or None for words that name no one: a
    phrase cut short ("both Acme and", "daughter of"), a count or quantity ("many", "two",
    "59-year-old"), a title alone ("Mr."), or a description of the speaker alone ("political",
    "outside", "tax"; lower-case words stand alone only for a body or a role: "the union", "the
    campaign", "the president"). Of a description before a name, the name: "the nonpartisan
    Budget Office" speaks for the Budget Office, "advocacy group Clean Rivers" for Clean Rivers."""
    found = _BASED_IN.sub("", found)  # "the Vienna-based Organization for ...": the body
    if _A_DATE.match(found):
        return None  # "The June 8 memo by ...": when, not whom for
    words = found.split()
    while len(words) > 1 and words[0].lower() in _ARTICLES | {"both", "either"}:
        words = words[1:]  # "both Acme and Zentra": Acme and Zentra
    if len(words) > 2 and words[-2].lower() in {"last", "this", "next"} and words[-1].lower() in _TIME_UNITS:
        words = words[:-2]  # "... by police in Riverton last month": Riverton
    if (
        not words
        or words[-1].lower() in _DANGLING
        or words[0].lower() in QUANTIFIERS | _OWNING
        and (words[0].islower() or len(words) == 1)
        or len(words) == 1
        and re.fullmatch(r"[A-Za-z]+-(?:term|time|serving|elected)", words[0])  # "Third-term"
        or words[0][:1].isdigit()  # "59-year-old", "two": not "403rd Infantry Brigade"
        and (re.match(r"\d+\s*-?\s*years?\s*-?\s*old", found) or not any(w[:1].isupper() for w in words))
        or len(words) == 1
        and words[0].lower().strip(".") in HONORIFICS
        or words[-1] in {"-", "–", "—"}  # "Major -" of "Major-General Tom Reed", half a title
    ):
        return None
    nouns = _BODY_WORDS | ROLE_NOUNS | COLLECTIVE_NOUNS
    if not any(w[:1].isupper() for w in words):
        last = words[-1].lower()
        forms = {last, re.sub(r"ies$", "y", last), re.sub(r"e?s$", "", last)}  # "rebels", "agencies"
        return " ".join(words) if forms & (nouns | person_nouns()) else None
    # "Acme and senior adviser": two of the speaker's roles, the first a name
    joined = [i for i, w in enumerate(words) if w == "and"]
    described = (
        [w for w in words[joined[0] + 1 :] if w.islower() and w not in _DANGLING | _NAME_JOINERS] if joined else []
    )
    if described and all(w[:1].isupper() for w in words[: joined[0]]):
        return " ".join(words[: joined[0]])
    # the capitalised name that closes the phrase, and what stands before it
    k = len(words)
    while k > 0 and (words[k - 1][:1].isupper() or words[k - 1].lower() in _NAME_JOINERS and k < len(words)):
        k -= 1
    while k < len(words) and words[k].lower() in _NAME_JOINERS:
        k += 1
    before = [w.lower() for w in words[:k]]
    if 0 < k < len(words) and not set(before) & _DANGLING and any(w.islower() and w[:1].isalpha() for w in words[:k]):
        if set(before) & role_or_person_nouns():
            return " ".join(words[k:])  # "state attorney Ana Ruiz": the person in the role
        if not set(before) & nouns:
            return " ".join(words[k:])  # "the nonpartisan Budget Office", not "the Texas state Senate"
        if (
            all(w.islower() for w in words[:k])
            and before[-1] in _BODY_WORDS
            and any(w.lower() not in _BODY_WORDS | _NAME_JOINERS for w in words[k:])
        ):
            return " ".join(words[k:])  # "conservation group Lion Watch": the group's name
    return " ".join(words)


# A share of those asked, as a count in so many: "Six in 10", "one out of every five".
_NUMBERS = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred)"
_ONE_IN = re.compile(
    rf"(?:about\s+|nearly\s+|almost\s+)?{_NUMBERS}\s+(?:in|out\s+of)\s+(?:every\s+)?{_NUMBERS}\b(?!\s*(?:percent|%))",
    re.I,
)


# A body's common noun in the possessive, then a name: "the hospital's Kamal Rashid Mughal".
_BODY_OWNED_NAME = re.compile(r"([a-z]+)[’']s\s+([A-Z]\S*(?:\s+[A-Z]\S*){1,3})")
# An owner's possessive, then a name: "CNN's Jake Tapper", "Fox News' Ana Ruiz".
_OWNED_NAME = re.compile(r"([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})(?:[’']s|(?<=s)[’'])\s+(\S.*)")


def _a_peoples_name(name: str, plural: bool) -> bool:
    """Whether a name the model tagged a nationality's is a people's ("Kurds", "the Swiss", "One
    Republican"): plural, a country's adjective or a word English knows; not a one-word
    business's name it took for one ("Kestrelcom connected its 20-millionth subscriber")."""
    lower = name.lower()
    return plural or lower.endswith("s") or lower in COUNTRY or english_word(lower)


def _a_people(name: str, bare: str) -> bool:
    """Whether a mention names a people or a party's people alone, or some of them in words
    before the name ("The Swiss", "some Republicans", "many elite Democrats")."""
    before = bare[: -len(name)].split() if bare.endswith(name) else None
    return before is not None and all(w.islower() or k == 0 and english_word(w.lower()) for k, w in enumerate(before))


# A name set off by a comma at the end of a mention ("A spokesman for Governor Tom Holt, Ana Ruiz").
_SET_OFF_NAME = re.compile(r",\s*((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)\s*,?\s*$")


# Names in a list and nothing else: "Tom Reed and Ana Ruiz", "Reed, Ruiz and Okafor".
_NAME_WORD_CAPITALISED = r"[A-Z][\w’'.-]+"
_NAME = rf"{_NAME_WORD_CAPITALISED}(?:\s+{_NAME_WORD_CAPITALISED}){{0,2}}"
_PEOPLE_LISTED = re.compile(rf"{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME}")
# The words for the last of a list of people before their name set off by a comma ("and his
# Estonian counterpart, Tom Reed", "and the mayor, Ana Ruiz"): a possessive or "the", a word for them.
_DESCRIBED_THEN_NAMED = re.compile(r"\band\s+(?:his|her|their|the)\s+(?:[\w’'-]+\s+){0,3}[a-z][\w’'-]*\s*,\s*(?=[A-Z])")
# Two names of two or three words each: "Ed Vale and Ana Ruiz".
_FULL_NAME = rf"{_NAME_WORD_CAPITALISED}(?:\s+{_NAME_WORD_CAPITALISED}){{1,2}}"
_TWO_FULL_NAMES = re.compile(rf"{_FULL_NAME}\s+and\s+{_FULL_NAME}")
# Lower-case words before a name in a list of people ("union leader" of "Tom Reed and union leader
# Ana Ruiz"), not the "and" that joins them
_ROLES_BEFORE_NAMES = re.compile(r"(?:(?<=^)|(?<=\band\s)|(?<=,\s))(?:(?!and\b)[a-z][\w’'-]*\s+)+(?=[A-Z])")


def _titles_of_one(text: str) -> str | None:
    """The one name after offices joined by "and" or commas ("Deputy Premier and Health
    Minister Ana Lim", "Chairman and CEO Tom Reed", "Labour, Skills and Housing Minister Ken
    Oda"): one person's offices and name, no list; None when any joined part is more than words of
    office (a name, a body, "the")."""
    items = [i for i in re.split(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+", text.strip(" ,")) if i]
    if len(items) < 2:
        return None
    office = (ROLE_NOUNS | PERSON_TITLES | ROLE_MODIFIERS | _PORTFOLIOS) - _ARTICLES  # "The President and ...": two

    def of_office(item: str) -> bool:
        words = item.split()
        if " " not in item:  # ... a portfolio of one word of its own ("Fisheries, Ports and Transport Minister")
            return words[0][:1].isupper() and common_word(words[0].lower()) and words[0].lower() not in _ARTICLES
        # offices and portfolios of several words ("Home Affairs and Justice Minister", "Minister of
        # Health, Sport and Youth"); not a body ("City Council and Mayor ...")
        return (
            words[0][:1].isupper()
            and all(
                w[:1].isupper()
                and (w.lower().strip(".") in office or common_word(w.lower()))
                or k
                and w in {"of", "for"}
                for k, w in enumerate(words)
            )
            and any(w.lower() in _PORTFOLIOS or w.lower() == "affairs" for w in words)
            and not any(w.lower() in _ARTICLES for w in words)
        )

    first = items[0].split()
    owner = 0  # "Acme President and CEO Tom Reed": the body's name before the first office, his
    while owner < len(first) - 1 and first[owner][:1].isupper() and first[owner].lower().strip(".") not in office:
        owner += 1
    if 0 < owner < len(first) and all(w.lower().strip(".") in office for w in first[owner:]):
        items = [" ".join(first[owner:]), *items[1:]]
    if not all(
        all(w[:1].isupper() and w.lower().strip(".") in office for w in i.split()) or of_office(i) for i in items[:-1]
    ):
        return None
    words = items[-1].split()
    titled = [k for k, w in enumerate(words[:-1]) if w[:1].isupper() and w.lower().strip(".") in office]
    named = " ".join(words[titled[-1] + 1 :]) if titled and titled[0] == 0 else ""
    return named if named and personal_name(named) else None


def _without_titles_in_list(listed: str) -> str:
    """A list of names without the titles in capitals before each ("Councilwomen Ana Ruiz and Eva
    Lane", "Councilman Tom Reed, Budget Chair Eva Lane and ..."): the names alone."""
    items = re.split(r"(\s*,\s*(?:and\s+)?|\s+and\s+)", listed)
    kept = []
    for item in items:
        words = item.split()
        if not words or not item.strip(" ,") or item.strip() == "and":
            kept.append(item)
            continue
        roles = [
            k
            for k, w in enumerate(words[:-1])
            if w[:1].isupper()  # a title, in capitals (not "Acme and Zentra lawyer Tom Reed": a client's)
            and (w.lower().strip(".") in ROLE_NOUNS | PERSON_TITLES or _people_word(w.lower()) is not None)
            and w.lower() not in GIVEN_NAMES  # not "Ana" of "Ana Ruiz"
        ]
        kept.append(" ".join(words[roles[-1] + 1 :]) if roles else item)
    return "".join(kept)


def _at_name(text: str, name: str) -> bool:
    """Whether a title stands right before a name ("..., Dr. Ana Ruiz"): a person's."""
    words = text.rstrip(" ,")[: -len(name)].split()
    return bool(words) and words[-1].lower().strip(".,") in PERSON_TITLES


def _set_off_at_end(text: str, name: str) -> bool:
    """Whether a mention ends on `name` set off by a comma, titles between ("..., Dr. Ana Ruiz,")."""
    text = text.rstrip(" ,")
    if not text.endswith(name):
        return False
    words = text[: -len(name)].split()
    while words and (
        words[-1].lower().strip(".") in PERSON_TITLES or words[-1].istitle() and words[-1].lower() in ROLE_NOUNS
    ):
        words.pop()  # "Dr.", "Chief"
    return bool(words) and words[-1].endswith(",")


def _set_off_speaker(m: Mention, persons: list[str]) -> list[str]:
    """The person named after a role that serves `persons[0]`, set off by commas ("A spokesman
    for Governor Tom Holt, Ana Ruiz,"): a later person of the apposition, or a name the tagger
    missed at the mention's end; else []."""
    named = [p for p in persons[1:] if m.apposition and p in m.apposition]
    set_off = _SET_OFF_NAME.search(m.text)
    if not named and set_off and _looks_like_name(set_off.group(1)) and set_off.group(1) not in persons[0]:
        named = [set_off.group(1)]
    return named


def _serving(m: Mention, name: str) -> bool:
    """Whether a name stands after the mention's head and a word of service: "a spokesman for
    Mr. Holt", "lawyers for both Ana Ruiz and Tom Reed", "an adviser to Governor Holt"."""
    if {w.lower() for w in name.split()} & _BODY_NAME_WORDS:
        return False  # "leaders of the National Super Alliance", tagged a person: the body speaks
    head, at = m.text.find(m.head), m.text.find(name)
    between = m.text[head + len(m.head) : at]
    # an office with its body ("Speaker of the House Rep. Tom Reed", "Supervisor of Elections
    # Ana Ruiz", "Chairman of the Joint Chiefs Gen. Mark Halden"), then its holder: a title the
    # tagger took for a name, or one with no determiner (not "a lawyer for Acme CEO Tom Reed")
    named = {w for e, label in m.entities if label == "PERSON" for w in e.split()}
    titled = m.text.startswith(m.head) and m.head[:1].isupper() and not m.plural
    if (m.proper or titled) and any(
        w[:1].isupper() and w.lower().strip(".") not in TITLES and w not in named for w in between.split()
    ):
        return False
    if between.split()[:1] == ["of"] and not _of_person(between, name):
        return False  # "the director of enforcement Ana Ruiz": her office's field, then her name
    field = re.fullmatch(r"\s+for\s+((?:[a-z][\w-]*\s+){1,4})(?:([A-Z][\w]*)\.?\s+)?", between)
    if (
        field
        and not any(w in _FIELD_STOPS or w in role_or_person_nouns() for w in field.group(1).split())
        and (field.group(2) is None or field.group(2).lower() in TITLES)
    ):
        return False  # "cabinet member for parks Cllr Tom Hale": his portfolio, then his title and name
    return 0 <= head < at and bool(re.fullmatch(r"\s+(?:for|of|to|representing)\b[^,(]*", between))


# Words that make what follows "for" whom a person serves, not the field of their office ("a
# spokesman for the former mayor Tom Reed", "a lawyer for his client Ana Ruiz").
_FIELD_STOPS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "former", "late"})


def _of_person(text: str, name: str) -> bool:
    """Whether `text` names someone "of" the person `name`, with at most three words between that
    describe that person ("a friend of inmate Tom Reed", "the family of the late Ana Ruiz"); not
    the field of an office before its holder's name ("the director of enforcement Ana Ruiz")."""
    found = re.search(rf"\bof\s+((?:[\w.-]+\s+){{0,3}}){re.escape(name)}", text)
    between = found.group(1).split() if found else []
    if len(between) > 1 and between[-1].lower().strip(".") in {"dr", "prof"} and between[-2][:1].isupper():
        return False  # "managing director of Econometrica Dr Tom Reed": a body, then its officer's title and name
    return found is not None and all(
        not w.islower()
        or w in person_nouns() | ROLE_MODIFIERS | _NAMED_AFTER_OF
        or w in ROLE_NOUNS
        or w.endswith("ed")
        or _AGED.fullmatch(w)  # "the murdered 9-year-old Ana Ruiz"
        for w in found.group(1).split()
    )


_AGED = re.compile(r"\d+-(?:year|month|week|day)s?-old")


# A body's name that opens on words of its own before what it is of, for or against ("Alliance for
# Norland", "Coalition for Reform in Norland", "Campaign to End Hunger"); `_body_named_for`
_NAMED_FOR = re.compile(
    r"((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)\s+(?:for|of|to|against|without)\s+(?:the\s+)?"
    r"[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|in|and|the|on|to)\s+)*[A-Z][\w’'.-]*)*"
)
# A body named by a bidding ("Save the Rivers", "Stop the Dam Alliance"): a verb, "the" or "our",
# capitalised words
_BIDDING_NAME = re.compile(r"([A-Z][a-z]+)\s+(?:the|our|your)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}")
# Words for a person by office or rank ("the Secretary of State", "the Queen of Norland")
_OFFICE_WORDS = frozenset(ROLE_NOUNS | TITLES | set(GENDERED))


# Words before a name after "of" that describe the person served ("the family of the late Tom Reed").
_NAMED_AFTER_OF = {"the", "late", "slain", "his", "her", "their", "our", "my", "both", "and", "a", "an"}


# A document named in a sentence before its "it" ("In the lawsuit, it states ..."): the document's.
_DOCUMENT_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(DOCUMENT_HEADS))})s?\b", re.IGNORECASE)
# Words that open a sentence or a phrase before a name and are no first name ("At Kestrel, ...").
_FUNCTION_WORDS = frozenset(
    "a an the at in on of for from to with by as and but or nor so yet if when while after before since "
    "because although though unlike like about over under into via per than not no all some both each "
    "every this that these those its their our his her my your we they he she it you how why what where "
    "beneath behind beside between beyond despite during inside outside within without against among "
    "around upon amid".split()
)


# Titles of courtesy, which end no body's name ("Riverton Water Board Dr" ran on into a name).
_COURTESY_TITLES = {"dr", "mr", "mrs", "ms", "prof", "professor"}
_COURTESY = "|".join(sorted((t.title() for t in _COURTESY_TITLES), key=len, reverse=True))


def _before_name(org: str, name: str) -> str | None:
    """An affiliation without the speaker's own name and the titles before it, where the phrase
    it came from ran on into them ("State Ana Ruiz" -> "State", "Joint Chiefs Gen." before
    "Mark Halden" -> "Joint Chiefs")."""
    at = org.find(name)
    if at < 0 and personal_name(name):  # "Riverton Water Board Dr Reed" for Ana Reed: her surname
        surname = re.search(rf"\b{re.escape(name.split()[-1])}$", org)
        at = surname.start() if surname else -1
        if at > 0 and org[:at].split()[-1].lower() in GIVEN_NAMES:
            return org  # "removals firm Dan Hart" for Paul Hart: a firm named for another of the name
    if at < 0 and " " in name and personal_name(name):
        # "the office of trade Karma" for Karma Dhradup, the surname alone tagged: the given names
        given = re.search(rf"\b{re.escape(name.rsplit(' ', 1)[0])}$", org)
        at = given.start() if given else -1
    words = (org[:at] if at >= 0 else org).split()
    # a title that ran on before the name, or one abbreviated ("Gen."): not "Office of the Mayor"
    while (
        words
        and words[-1].lower().strip(".") in TITLES
        and (at >= 0 or words[-1].endswith(".") or words[-1].lower() in _COURTESY_TITLES)
    ):
        words.pop()
    # a word in lower case for what the speaker is, after the body's name ("Griffith Institute
    # professor" before "Ana Reed"): the body alone
    while at >= 0 and len(words) > 1 and words[-1].islower() and words[-1] in person_nouns() and words[-2].istitle():
        words.pop()
    if at >= 0 and words and all(w.islower() and w not in _BODY_WORDS_ALL for w in words):
        return None  # "headed by former chief justice Tom Reed": his role, no body he serves
    return " ".join(words).strip(" ,") or None


def _undescribed(name: str) -> str:
    """A person's name without a word before it that describes the person or the sentence, which
    the tagger took into the name ("Billionaire Donald Trump", "Assemblywoman Ana Ruiz",
    "Certainly Tom Reed"): only before two names or more, so "Guy Fieri" keeps "Guy"."""
    words = name.split()
    while (
        len(words) > 2
        and _describing(words[0])
        and personal_name(" ".join(words[1:]))
        and words[1].lower() not in SURNAME_PARTICLES  # "Marine Le Roux": a given name before "Le"
        and words[0].lower() not in GIVEN_NAMES  # "Donna Ann Reed": a given name, though a noun too
    ):
        words = words[1:]
    return " ".join(words)


# Words that open a surname of two words or more ("Le Roux", "van Dijk", "bin Zayed").
SURNAME_PARTICLES = frozenset("le la de du da di dos van von der den del al el bin ibn abu".split())
_PARTICLE_WORDS = "|".join(sorted(SURNAME_PARTICLES))  # as a regular expression's alternatives


def _past_owner(name: str) -> str:
    """A person's name the model ran its owner into ("Kestrel Party’s Tom O’Hara"): the name after
    the owner's "'s", when two capitalised words or more follow it."""
    parts = re.split(r"[’']s\s+", name)
    rest = parts[-1]
    words = rest.split()
    named = 2 <= len(words) <= 4 and all(w[:1].isupper() and w.lower() not in _BODY_NAME_WORDS for w in words)
    return rest if len(parts) > 1 and named else name


def _whole_surname(name: str, text: str) -> str:
    """A name the model cut after a particle that opens the surname ("Claire Le" of "Claire Le
    Roux said"): the name with the word that follows it in the text."""
    if not name.split():
        return name
    if name.split()[-1].lower() not in SURNAME_PARTICLES:
        # "Tomas dos Santos", tagged "Tomas": the particle and the surname after it
        cut = re.search(rf"\b{re.escape(name)}\s+((?:(?:{_PARTICLE_WORDS})\s+)+[A-Z][\w’'-]+)", text)
        return f"{name} {cut.group(1)}" if cut else name
    # "Ilse von", of "Ilse von der Aue": any particles more, then the surname
    more = re.search(rf"\b{re.escape(name)}\s+((?:(?:{_PARTICLE_WORDS})\s+)*[A-Z][\w’'-]+)", text)
    return f"{name} {more.group(1)}" if more else name


# A regulator described by what it watches over, before its name ("consumer watchdog", "food safety regulator").
_WATCHDOG = r"(?:[\w-]+\s+){0,3}(?:watchdog|regulator|inspectorate|agency|authority)"


# Words of bodies' names that are often named for a person ("Trump University", "Ford Foundation"):
# the person's name alone is no short name of the body.
_NAMED_FOR_PEOPLE = frozenset(
    "university foundation institute institution academy centre center fund programme program initiative "
    "clinic society homes hotel restaurant cafe pharmacy college school hospital museum library trust".split()
)


# An office, its acronym in brackets and the name of its holder: "Superintendent of Police (SSP) Hari Gyawali".
_NAMED_AFTER_ACRONYM = re.compile(r"(.+?)\s*\([A-Z]{2,6}\)\s+([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})")


def _run_to_end(name: str, text: str) -> str:
    """A one-word name the model cut short of the names that close the mention after it
    ("Shyam" of "... Superintendent of Police (SSP) Shyam Prasad Koirala"): the whole name,
    where the words after it are no words of English."""
    rest = re.search(rf"\b{re.escape(name)}((?:\s+[A-Z][a-z’'-]+){{1,2}})\s*$", text) if " " not in name else None
    if rest is None or not all(not english_word(w.lower()) for w in rest.group(1).split()):
        return name
    return name + rest.group(1) if personal_name(name + rest.group(1)) else name


def _plain(word: str) -> str:
    """A word without its accents ("agustín" -> "agustin"), as the list of given names writes it."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


def _given_before(name: str, text: str) -> str:
    """A name the model cut after the title before it ("Kumar Reddy" of "Justice Anil Kumar
    Reddy said"): the name with the given name between."""
    found = re.search(rf"\b([A-Za-z][a-z]+)\.?\s+([^\W\d_][^\W\d_]+)\s+{re.escape(name)}\b", text)
    opening = re.search(rf"(?:^|[.,;:!?\n\"”’]\s*)([^\W\d_][^\W\d_]+)\s+{re.escape(name)}\b", text)
    if found is None and opening is not None and len(name.split()) >= 2:
        given = opening.group(1)
        if (
            given.istitle()
            and _plain(given.lower()) in GIVEN_NAMES
            and _plain(given.lower()) not in TITLES | ROLE_NOUNS
        ):
            return f"{given} {name}"  # "Ana Julia Moreno, a farmer, told ...": the first given name, opening the clause
    if found is None or not found.group(2).istitle():
        return name
    title, given = found.group(1).lower(), _plain(found.group(2).lower())
    if len(name.split()) < 2:
        # "Actress Felicity Huffman", the surname alone tagged: the given name between a noun for
        # a person and it, in the mention's first phrase (not "Clinton, the daughter of President Bill Clinton")
        known = title in TITLES | PERSON_TITLES | ROLE_NOUNS or title in person_nouns() and found.group(1).istitle()
        opens = "," not in text[: found.start()]
        if (
            not known
            or not opens
            or given not in GIVEN_NAMES
            or given in TITLES | PERSON_TITLES | ROLE_NOUNS | ROLE_MODIFIERS
        ):
            return name
        return f"{found.group(2)} {name}"
    # or the last word of an office's name ("Minister of Rural Roads Anil Kumar Rao")
    office = (
        title not in GIVEN_NAMES
        and english_word(title)
        and bool(re.search(r"\bof\s+(?:[A-Z]\w*\s+)*$", text[: found.start(1)]))
    )
    # ... or a role's word ("Kestrel spokesperson Ana Maria Velez", "Maria Velez" tagged)
    if (title not in TITLES | PERSON_TITLES | ROLE_NOUNS | {"justice"} and not office) or given not in GIVEN_NAMES:
        return name
    if given in TITLES | PERSON_TITLES | ROLE_NOUNS | ROLE_MODIFIERS:
        return name  # "Vice President Ana Ruiz"
    return f"{found.group(2)} {name}"


def _describing(word: str) -> bool:
    lower = word.lower()
    if lower in person_nouns() and lower not in TITLES:
        return True  # "Billionaire", "Assemblywoman"; a title ("Dr", "Senator") stays, as written
    known = english_words()
    return lower in known["adv"] and not any(lower in known[pos] for pos in ("noun", "adj", "verb"))


# A word of initials: "K.", "K.M.", "B.R.S.".
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _initialled(words: list[str]) -> bool:
    """Whether words are a name by its initials and a surname ("K. M. Varadan", "N. Osei"): the
    initials capitals with full stops, the surname no word of English."""
    return (
        len(words) >= 2
        and all(_INITIALS.fullmatch(w) for w in words[:-1])
        and re.fullmatch(r"[A-Z][a-z]+", words[-1]) is not None
        and not any(english_word(f) for f in _bare_forms(words[-1].lower()))
    )


def _field_of_office(before: str, words: list[str]) -> bool:
    """Whether a name's first word is the field of an office just before it ("Minister for |
    Fisheries Tom Brennan", "Secretary of | Health Ana Ruiz"): a capitalised English word, no
    given name, after a title and "for" or "of", with a person's name after it."""
    office = re.search(r"\b([A-Z][a-z]+)\s+(?:of\s+State\s+)?(?:for|of)\s+$", before)
    return (
        office is not None
        and office.group(1).lower() in ROLE_NOUNS
        and len(words) >= 3
        and words[0].lower() not in GIVEN_NAMES
        and english_word(words[0].lower())
        and given_and_surname(" ".join(words[1:]))
    )


def _without_role(name: str) -> str:
    """A person's name without the spokesperson's title the tagger took into it, and whatever
    came before the title ("Spokesperson Tom Reed", "Acme Spokesperson Tom Reed": Tom Reed)."""
    words = name.split()
    titles = [i for i, w in enumerate(words[:-1]) if _SPOKES.fullmatch(w.lower())]
    if titles:
        return " ".join(words[titles[-1] + 1 :])
    roles = [i for i in _role_words(words[:-2]) if words[i][:1].isupper()]
    named = " ".join(words[roles[-1] + 1 :]) if roles else ""
    # "Chester Fire Marshal Rich Okonjo", one name to the tagger: the name after the role
    return named if named and len(named.split()) >= 2 and personal_name(named) else name


def _owner(name: str, text: str) -> bool:
    """Whether a name stands in a text as an owner ("Ms Adeyemi's lawyers")."""
    at = text.find(name)
    return at >= 0 and text[at + len(name) : at + len(name) + 2] in {"'s", "’s"}


@dataclass
class Resolved:
    name: str
    key: str  # identity: sources with one key are one source
    kind: str
    scoped: bool  # a description that only means something inside its article
    id: str | None = None  # set when a user's alias names the source
    affiliation: str | None = None  # whom it speaks for, when a mention said so


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "source"


def source_id(res: Resolved, article_id: str) -> str:
    if res.id:
        return res.id
    return f"{slug(res.key)}--{article_id}" if res.scoped else slug(res.key)


# How far (characters) a "he" or "she" with no one else to stand for reaches back to a name taken
# for an organisation's, the speaker just before it.
PERSON_REACH = 400


# Words of a body's name or description: a name holding one is no person's.
_BODY_NAME_WORDS = ORGANIZATION_NAME_WORDS | ORGANIZATION_HEADS | CORPORATE_HEADS | GOVERNMENT_ORG_WORDS | MEDIA_WORDS
# ... and the words of a body named by its kind alone: a body's word, never a name of a person alone.
_BODY_WORDS_ALL = _BODY_NAME_WORDS | BODY_WORDS


# Words joined before a title by a hyphen ("Vice-Chancellor", "Deputy-Governor", "Co-Chair").
_TITLE_PREFIXES = {"vice", "deputy", "co", "acting", "assistant", "associate", "pro", "sub", "under", "lord", "lt"}


def _hyphened_title(word: str) -> bool:
    """Whether a word is a title joined to its rank by a hyphen ("Vice-Chancellor")."""
    first, _, last = word.lower().rpartition("-")
    return bool(first) and first in _TITLE_PREFIXES and (last in ROLE_TITLES or last in ROLE_NOUNS)


# What opens a surname before a capital of its own ("McCarthy", "DeSantis", "O'Brien", "LaToya").
_NAME_PREFIXES = r"Mc|Mac|De|Di|Da|Du|La|Le|Van|Fitz|O[’']"


def _persons_name_after_trade(name: str) -> bool:
    """Whether a name after a word for a trade is a person's ("producer Tom Reed"), not a
    business's ("grid operator Red Energía"): a name with letters of other alphabets than
    English's opens on a known given name ("producer José Ortega")."""
    if not personal_name(name):
        return False
    given = unicodedata.normalize("NFKD", name.split()[0].lower()).encode("ascii", "ignore").decode()
    return name.isascii() or given in GIVEN_NAMES


# A person described, then named ("a man named Tom Reed", "a woman identified as Ana Ruiz").
_NAMED_SO = re.compile(
    r"(?:[Aa]n?|[Oo]ne|[Tt]he)\s+((?:[\w’'-]+\s+){1,4}?)(?:named|called|identified\s+as)\s+"
    r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
)


# A state's military or police by the words before "forces".
_STATE_FORCES = re.compile(r"\b(?:armed|security|defen[cs]e|air|naval|police|task)\s+forces?$")


def _camel_cased_firm(name: str) -> bool:
    """Whether a one-word name has a capital inside it that no surname's prefix explains
    ("SpaceX", "BlackRock", "PayPal"; not "McCain", "DeSantis", "LeBron"): a firm's or a brand's."""
    return bool(re.fullmatch(r"[A-Z][a-z]+[A-Z][A-Za-z]*", name)) and not re.match(rf"(?:{_NAME_PREFIXES})[A-Z]", name)


# A word that counts the people of a phrase ("Fourteen attorneys general", "Five Kestrel Inc members").
_COUNT_WORD = re.compile(
    r"(?i)\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundreds?|dozens?|several|many|some"
)
# A count alone ("More than 100", "at least 40", "some 2,000"), which a role may follow.
_COUNT_PHRASE = re.compile(
    r"(?i)(?:(?:more|fewer|less)\s+than|at\s+(?:least|most)|about|around|nearly|almost|over|some|up\s+to)?\s*\d[\d,.]*"
)


# A capital and a small letter, accented ones too ("Tóibín", "Müller", "Núñez").
_UPPER = "[A-ZÀ-ÖØ-Þ]"
_LOWER = "[a-zß-öø-ÿ]"


def _one_named(m: Mention) -> str | None:
    """The name set off after "one" or "another" that opens a mention ("Another, Ana Ruiz, said";
    "One, Tom Reed of Riverton, said"): the one who speaks is named, not the one last spoken of."""
    set_off = re.fullmatch(
        r"(?i:\s*(?:another|one|a\s+(?:second|third))\s*,\s*)([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})"
        r"(?:\s*,.*|\s+(?:of|from)\s.*|[\s,]*)",
        m.text,
    )
    return set_off.group(1) if set_off and personal_name(set_off.group(1)) else None


def personal_name(name: str) -> bool:
    """Whether a name could be a person's: one to three capitalised words, none of them a word of
    a body's name (Union, Council, Ministry, Times) nor a legal form (Corp, Ltd), not an acronym."""
    words = name.split()
    return (
        1 <= len(words) <= 3
        and not LEGAL_SUFFIX.search(name.lower())
        and all(
            re.fullmatch(rf"(?:{_NAME_PREFIXES})?{_UPPER}{_LOWER}+(?:[-’']{_UPPER}?{_LOWER}+)*", w)
            and w.lower() not in _BODY_NAME_WORDS
            and not _hyphened_title(w)
            for w in words
        )
    )


# Words that make a "figure" a person of rank ("a top party figure", "senior figures in the
# union"), not a number.
_RANKED_FIGURES = frozenset({"top", "senior", "leading", "prominent", "influential", "veteran"})


def _ranked_figure(m: Mention, r: _Reading) -> bool:
    """Whether a "figure" is a person of rank ("a top party figure said"), not a number that
    shows something."""
    return (
        m.head_lemma == "figure"
        and bool({w.lower() for w in r.words} & _RANKED_FIGURES)
        and m.verb_lemma not in SHOWING_VERBS
    )


# A body of the Crown, named for the monarch: "His Majesty's Prison and Probation Service".
_CROWN_BODY = re.compile(r"\b(?:His|Her)\s+Majesty[’']s\s+[A-Z][\w-]*(?:\s+(?:(?:and|&|of|for)\s+)?[A-Z][\w-]*)*")


def _sent_to(text: str, name: str) -> bool:
    """Whether a name in a document's mention is whom it went to ("a letter sent to Tom Reed",
    "orders addressed to Acme"), not who wrote it."""
    return (
        re.search(
            rf"\b(?:sent|addressed|delivered|issued|served|handed|given|written)\s+to\s+{re.escape(name)}\b", text
        )
        is not None
    )


def _document_head(m: Mention) -> bool:
    """Whether a mention's head is a document's, its plural too: the parser leaves a capitalised
    "Records" opening a sentence unlemmatised, a proper noun."""
    if m.head_lemma in {"paper", "papers"} and _FILED_PAPERS.search(m.text.lower()):
        return True  # "court papers", "bankruptcy papers": filings, not newspapers
    return bool({m.head_lemma, m.head_lemma.removesuffix("s")} & DOCUMENT_HEADS)


_FILED_PAPERS = re.compile(r"\b(?:court|legal|case|bankruptcy|divorce|tax|immigration|filing|charging)\s+papers\b")


def _strip_det(text: str) -> str:
    text = re.sub(r"[’']s$", "", text.strip())
    # "whose labels" of "sacks whose labels claimed ...": the labels
    return re.sub(r"^(the|a|an|another|one|this|that|these|those|whose)\s+", "", text, flags=re.I).strip()


# Titles that, standing alone, describe their holder ("Mayor rejects audit findings").
ROLE_TITLES = word_set("role_titles")
RANK_TITLES = word_set("rank_titles")


# An age standing for a person ("the 62-year-old"), as news writing refers back to one named before.
_AGE = re.compile(r"\d+[-\s]year[-\s]old", re.IGNORECASE)
# A name right after an age, up to a comma or the mention's end ("27-year-old Niran Sak, a student").
_AGED_NAME = re.compile(rf"(?:[Tt]he\s+|[Aa]\s+)?{_AGE.pattern}\s+((?:[A-Z][\w’'-]+\s*){{1,3}})(?:,|$)")


# Nouns that, with a name's word, describe a person named before ("the ex-Chelsea man").
EPITHET_HEADS = word_set("epithet_heads")


# "the group", "the organization": any organisation named before may be so described.
GENERIC_BODIES = word_set("generic_bodies")


# Determiners that bring someone new into a story ("a local official", "another witness").
_INTRODUCES = re.compile(
    r"(?:an?|one|another|other|\d+|two|three|four|five|six|seven|eight|nine|ten|several|some|many)\s", re.IGNORECASE
)


# Words that make a title another office ("Vice President" is not the president).
_OTHER_OFFICE = {"vice", "deputy", "former", "acting", "assistant", "ex", "late"}
# A title right before a person's name in running text ("Riverton mayor Tom Okafor"), with the
# word before it, which may make it another office ("deputy mayor").
_TITLE_BEFORE = re.compile(r"(?:(\w+)[ -])?(\w+) $")
TITLE_REACH = 40
# A role set off by a comma right before a name ("The club's treasurer, Ana Lane").
_ROLE_SET_OFF = re.compile(r"\b(\w+), $")


# A description of a body, then its name after "the" ("rights group the Riverton Civic League").
_DESCRIBED_NAME = re.compile(
    r"(?:[\w.&’'-]+\s+){0,3}?([A-Za-z]+)\s+the\s+([A-Z][\w.&’'-]*(?:\s+(?:of|for|and|&|on|[A-Z][\w.&’'-]*))*)"
)


# Roles written as acronyms ("a Labour MP", "Riverton MP"), which name a person, no body.
_ROLE_ACRONYMS = {
    "MP",
    "MPs",
    "MEP",
    "MEPs",
    "MSP",
    "MSPs",
    "MLA",
    "MLAs",
    "MPP",
    "MPPs",
    "TD",
    "TDs",
    "MK",
    "MKs",
    "MNA",
    "MNAs",
    "MLC",
    "MLCs",
    "GP",  # a family doctor
    "GPs",
}


def _role_acronym(m: Mention) -> Mention:
    """A mention headed by a role's acronym ("A Labour MP", "Riverton MP", "the MPs"), read as
    that role in lower case would be: a person, or people, of the body the words before it name."""
    if m.head not in _ROLE_ACRONYMS or m.pronoun:
        return m
    entities = [(e.removesuffix(" " + m.head), label) for e, label in m.entities if e != m.head]
    lower = m.head.lower()
    return replace(
        m,
        head=lower,
        head_lemma=lower.removesuffix("s"),
        plural=m.head.endswith("s"),
        entities=[(e, label) for e, label in entities if e],
        proper=False,
    )


def _name_after_description(m: Mention) -> Mention:
    """A mention that describes a body before naming it, as British and wire copy do ("rights
    group the Riverton Civic League said", "farm lobby federation the ACFU said"): the name."""
    found = _DESCRIBED_NAME.fullmatch(m.text.strip())
    if m.pronoun or not found or found.group(1).lower() not in ORGANIZATION_HEADS:
        return m
    name = found.group(2)
    if not name.split()[-1][:1].isupper():
        return m  # "group the Friends of": a name cut short
    return replace(
        m,
        text="the " + name,
        head=name.split()[-1],
        head_lemma=name.split()[-1].lower(),
        plural=False,
        entities=[(name, "ORG")],
        proper=True,
        core=None,
        recased=None,
    )


# A body described before its name: "Norland nuclear agency Fjordatom", "conservation group Fjord Alert".
_DESCRIBED_BODY = re.compile(
    r"(?:[A-Z][\w’'-]*\s+)?((?:[a-z][\w-]*\s+)*([a-z][\w-]*))\s+([A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)*)"
)
_BODY_KINDS = frozenset({"organization", "government", "media"})
# A name of two words or three and the letters of a rank or seat after it: "Ana Ruiz QC", "Advocate
# Tom Hale SC", "Ana Ruiz MS" (a member of the Senedd), "Tom Hale TD" (of the Dáil).
_POST_NOMINAL = re.compile(
    r"(?:(?:Advocate|Mr|Mrs|Ms|Dr|Sir|Dame|Professor|Prof)\.?\s+)?"
    r"([A-Z][a-z]+(?:\s+[A-Z][\w’'-]+){1,2})\s+(?:QC|KC|SC|SAN|MP|MEP|MSP|MLA|MS|TD|OBE|MBE|CBE)\b"
)
# A person's name, a title before it or none, and the body they are of: "Cmdr. Tom Reed of the Harbour Police".
_PERSON_OF_BODY = re.compile(
    r"(?:[A-Z][a-z]{1,4}\.\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z’'-]+){1,2}),?\s+of\s+(?:the\s+)?"
    r"([A-Z][\w’'&.-]*(?:\s+(?:and\s+)?[A-Z][\w’'&.-]*)*)"
)
# A body's name made of a plural noun, a preposition in capitals and more capitals: "Reporters Without Borders".
_PLURAL_NAMED_BODY = re.compile(r"[A-Z][a-z]+s\s+(?:Without|Against|For|Of|In|On)(?:\s+[A-Z][\w’'&-]*)+")


# Words of time that open a sentence and may run into the name after them: "Monday Acme said".
_TIME_OPENERS = {"yesterday", "today", "tonight", "earlier", "later", "meanwhile", "now", "then"}
_TIME_OPENERS |= WEEKDAYS


# A town and its state before "-based" and a body's name ("Austin, Texas-based Velmont Foods").
_BASED_IN_TOWN = re.compile(
    r"^(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s*-\s*based\s+"
)


def _without_town_based(m: Mention) -> Mention:
    """A mention of a body after the town and state it is based in ("El Paso, Texas-based
    Velmont Logistics"), which the parser may hang on the town: the body, not the town."""
    found = _BASED_IN_TOWN.match(m.text)
    if found is None:
        return m
    rest = m.text[found.end() :]
    named = [(e, label) for e, label in m.entities if e in rest]
    if not any(label == "ORG" for _, label in named):
        return m
    head = rest.split()[-1]
    cut = len(m.text) - len(rest)
    return replace(
        m,
        text=rest,
        head=head,
        head_lemma=head.lower(),
        entities=named,
        apposition=None,
        apposition_head=None,
        core=None,
        spans=[(s + cut, e) if k == 0 else (s, e) for k, (s, e) in enumerate(m.spans)],
    )


def _without_tail(m: Mention, tail: str) -> Mention:
    """A mention without the words `tail` that close it, in its text, entities, core and span."""
    cut = m.text.rstrip().removesuffix(tail).rstrip()
    return replace(
        m,
        text=cut,
        entities=[(e.removesuffix(tail), label) for e, label in m.entities],
        core=None if m.core is None else m.core.removesuffix(tail),
        spans=[(m.spans[0][0], m.spans[0][0] + len(cut))] if len(m.spans) == 1 else m.spans,
    )


def _without_time_word(m: Mention) -> Mention:
    """A mention that opens on words of time that the tagger ran into the name after them ("Monday
    Acme announced a closure", "Today Reed said", "Earlier Friday Mayor Reed said"), or that a
    day closes ("Tom Reed Friday said"): the name."""
    words = m.text.split()
    dated = len(words) > 2 and words[-1].lower() in WEEKDAYS and m.head != words[-1]
    if dated and (words[-2][:1].isupper() or words[-2] == "on"):
        # ... "South Sudan's rebels on Sunday accused ...": the day they spoke, no part of them
        m = _without_tail(m, " " + words[-1] if words[-2] != "on" else " on " + words[-1])
    words = m.text.split()
    if len(words) > 1 and words[-1].lower() in {"there", "here"} and m.head.lower() != words[-1].lower():
        # "The city council there voted ...", "Residents here say": where they are, no part of them
        m = _without_tail(m, " " + words[-1])
    while True:
        words = m.text.split(maxsplit=1)
        stamp = _STAMP.match(m.text) or _TIME_PHRASE.match(m.text)
        if stamp and m.head not in stamp.group(0).split() and stamp.end() < len(m.text):
            # "Update 10:30am Riverton Council said": a live page's stamp; "Earlier this month staff proposed"
            words = [stamp.group(0).strip(), m.text[stamp.end() :]]
        elif (
            len(words) < 2 or words[0].lower() not in _TIME_OPENERS or not words[1][:1].isupper() or m.head == words[0]
        ):
            return m
        rest = words[1]
        m = replace(
            m,
            text=rest,
            entities=[(rest if e.startswith(words[0] + " ") else e, label) for e, label in m.entities],
            core=None if m.core is None else m.core.removeprefix(words[0] + " "),
            spans=[(s + len(m.text) - len(rest), e) if k == 0 else (s, e) for k, (s, e) in enumerate(m.spans)],
        )


# "of" the people a count or a share is some of ("two-thirds of primary voters", "80% of the schools").
_OF_SOME = re.compile(r"\bof\s+(?:the\s+|all\s+)?\w+")
_SCALES = frozenset("hundred hundreds thousand thousands million millions billion billions".split())
# A count by millions or thousands opening a mention ("3 million drivers", "several thousand").
_SCALED_COUNT = re.compile(
    r"(?i)(?:(?:a|about|around|nearly|almost|some|over|more\s+than|up\s+to|several|many)\s+)?"
    r"(?:[\d.,]+\s+)?(?:million|billion|thousand|hundred)s?\b(?!\s+of\b)"
)
# A time a sentence opens on that the tagger ran into the speaker after it: "Earlier this month staff".
_TIME_PHRASE = re.compile(
    r"(?i)(?:earlier|later|last|this|next)\s+(?:this\s+|that\s+)?"
    r"(?:week|month|year|morning|afternoon|evening|night|weekend|spring|summer|autumn|fall|winter)\s+(?=\w)"
)
# A ministry of two portfolios, in lower case: "fisheries and livestock ministry".
_JOINT_PORTFOLIO = re.compile(r"[a-z-]+ and [a-z-]+ (?:ministry|department)")


# A time of day as a live page stamps an update, opening a mention: "4.45pm ", "Update 10:30am ".
_STAMP = re.compile(r"(?:[Uu]pdated?:?\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\s+(?=[A-Z])")


# Parts of a document that speak for it: "the opening paragraph of the complaint says ...".
_DOCUMENT_PARTS = frozenset(
    "line lines paragraph page section passage sentence clause opening part portion excerpt".split()
)


def _document_part(m: Mention) -> Mention:
    """A mention of a part of a document ("the second page of a complaint filed by Kestrel against
    Tom Reed"): the document, which speaks through it, not a person it names."""
    if m.head_lemma not in _DOCUMENT_PARTS:
        return m
    found = None
    for words in range(3):  # the document's noun after up to two words ("the legal notice")
        found = re.match(
            rf"(?i:the|a|an|its)?\s*(?:[\w-]+\s+)?{re.escape(m.head)}\s+of\s+((?:the|a|an|his|her|its|their)\s+)?"
            rf"((?:[\w’'-]+\s+){{{words}}})([a-z]+)\b",
            m.text,
        )
        if found is not None and found.group(3) in DOCUMENT_HEADS:
            break
    if found is None or found.group(3) not in DOCUMENT_HEADS:
        return m
    rest = m.text[found.start(1) if found.group(1) else found.start(2) :]
    cut = len(m.text) - len(rest)
    return replace(
        m,
        text=rest,
        head=found.group(3),
        head_lemma=found.group(3),
        entities=[(e, label) for e, label in m.entities if e in rest and label != "PERSON"],  # its parties speak not
        apposition=None,
        apposition_head=None,
        core=None,
        proper=False,
        spans=[(s + cut, e) if k == 0 else (s, e) for k, (s, e) in enumerate(m.spans)],
    )


def _without_reflexive(m: Mention) -> Mention:
    """A mention that ends on a reflexive set after the name for emphasis ("KRA themselves",
    "the minister herself"): the name."""
    words = m.text.rstrip().rsplit(maxsplit=1)
    if len(words) < 2 or words[1].lower() not in _EMPHATIC or m.head == words[1]:
        return m
    rest = words[0].rstrip(" ,")
    return replace(
        m,
        text=rest,
        entities=[(e, label) for e, label in m.entities if e in rest],
        core=None if m.core is None else m.core.removesuffix(" " + words[1]),
    )  # where the words stand in the text stays as the text wrote them


_EMPHATIC = {"himself", "herself", "itself", "themselves"}


# "The Basques", "the Reeds": a name in the plural (1) and its singular (2), a people or a family.
_THE_PLURAL_NAME = re.compile(r"[Tt]he\s+(?:[A-Z][\w.]*-(?:backed|led|aligned|allied|based)\s+)?(([A-Z][a-z]+)s)")
# What follows a surname and is no part of it: "Samuel Reed Jr.", "Tom Banks III".
_NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def _surname(name: str) -> str:
    """The last word of a person's name that is no suffix ("Reed" of "Samuel Reed Jr.")."""
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].lower() in _NAME_SUFFIXES:
        words.pop()
    return words[-1] if words else name


def _ends_on_a_modifier(earlier: Resolved, m: Mention) -> bool:
    """Whether a speaker named by a description ends on a word of what describes them, not on its
    head ("lawyer for the cyclist hurt in a crash with Riverton police" is no "police")."""
    return earlier.scoped and m.head.lower() not in earlier.name.lower().split()[-1:]


def _named_only_in_a_body(m: Mention, earlier: Mention) -> bool:
    """Whether a name a description gives ("the mayor of Riverton") was, in an earlier mention,
    only a word of a body's name ("Ana Ruiz of the Riverton Tenants Union"): not that person."""
    names = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+", m.text)} - _ARTICLES
    bodies = set().union(*(plain_words(e) for e, label in earlier.entities if label == "ORG"))
    rest = earlier.text
    for e, label in earlier.entities:
        if label == "ORG":
            rest = rest.replace(e, " ")
    return bool(names & bodies - plain_words(rest))


def plain_words(text: str | None) -> set[str]:
    """The words of a name as written, lower-cased, unstemmed ("Sambhal Police" -> sambhal, police)."""
    return set(re.findall(r"[a-z]+", (text or "").lower()))


def title_qualifiers(title: tuple[str, ...], named: str) -> list[str]:
    """The word before each place a mention gives its holder `title` ("vice" for "Vice President
    Ana Ruiz", "" where the title opens the mention): what makes it another office, if anything."""
    words = re.findall(r"[a-z]+", named.lower())
    n = len(title)
    return [words[i - 1] if i else "" for i in range(len(words)) if tuple(words[i : i + n]) == title]


# What follows a title to make it another office ("Mayor Pro Tem"), which the tagger takes for a name.
_OFFICE_SUFFIXES = {"pro tem", "pro tempore"}


_OFFICE_OPENERS = {suffix.split()[0] for suffix in _OFFICE_SUFFIXES}


def _office_after(words: list[str], i: int) -> bool:
    """Whether the lower-case word after the title at `i` opens another office ("mayor pro tem")."""
    return i + 1 < len(words) and words[i + 1] in _OFFICE_OPENERS


def _another_portfolio(described: str, named: str, head: str) -> bool:
    """Whether the words of a description before its office ("prime" of "the prime minister") and
    those of a title written before a name ("National Security" of "National Security Minister
    Robert Kestrel") name two offices: both have such words, none shared, a country's and a word
    of standing ("former", "acting") aside."""
    title = re.search(rf"((?:[A-Z][\w-]*\s+){{1,3}}){re.escape(head)}\b", named, re.IGNORECASE)
    own = re.search(rf"((?:[\w-]+\s+){{1,3}}){re.escape(head)}\b", described)
    if title is None or own is None:
        return False
    aside = COUNTRY.keys() | _STANDING_WORDS | _ARTICLES
    words = {w.lower() for w in title.group(1).split() if w[:1].isupper()} - aside
    ours = {w for w in own.group(1).split()} - aside
    return bool(words) and bool(ours) and not words & ours


# Words of a role's standing or level, not of its office ("the former minister", "the acting
# mayor", "the union minister": a minister of the union's government).
_STANDING_WORDS = ROLE_MODIFIERS - {
    "prime",
    "first",
    "deputy",
    "vice",
    "chief",
    "assistant",
    "associate",
    "junior",
    "shadow",
}
_STANDING_WORDS |= {"union", "federal", "central", "state", "provincial", "national", "cabinet", "government"}


# The United Nations by name or initials, whose agencies serve no one state.
_UNITED_NATIONS = re.compile(r"\b(?:United Nations|UN|U\.N\.)(?=[\s’'])")


# Words that give a thing its name right before it ("formerly known as", "a sweet called").
_NAME_GIVEN = re.compile(
    r"\b(?:known|referred to|called|dubbed|nicknamed|renamed)\s+as\s+$|\b(?:called|dubbed|nicknamed)\s+$"
)


def _someone_new_by_first_name(m: Mention, res: Resolved) -> bool:
    """Whether a given name alone, set off by a description that introduces someone by age
    ("Mohamed, a 48-year-old contractor, said"), was taken for a person named in full before with
    that first name ("President Mohamed Kestrel"): someone new, as outlets name people they met;
    not "Ibrahim, a former senator," after "Professor Ibrahim Kestrel", described again."""
    first = m.text.split(",")[0].strip()
    return (
        res.kind == "person"
        and " " not in first
        and first.istitle()
        and re.match(r"an?\s+\d+-year-old\b", (m.apposition or "").lower()) is not None
        and len(res.name.split()) > 1
        and res.name.split()[0] == first
        and _surname(res.name) != first
    )


def _titled_by(head: str, named: str) -> bool:
    """Whether a person's mention gives them the title `head` ("US President George W. Bush" for
    "the president"), not another office of that title ("Vice President ...")."""
    if _hyphened_title(head):  # "vice-chancellor": that title, hyphen and all
        return re.search(rf"(?<![\w-]){re.escape(head)}(?![\w-])", named.lower()) is not None
    if head not in ROLE_TITLES:
        return False
    words = re.findall(r"[a-z]+", named.lower())
    if head == "premier" and any(
        words[i : i + 2] == ["prime", "minister"] and (words[i - 1] if i else "") not in _OTHER_OFFICE
        for i in range(len(words))
    ):
        return True  # "the premier" after "Prime Minister Tom Reed" (not "Deputy Prime Minister")
    served = next((i for i, w in enumerate(words) if i and w in _SERVING), len(words))
    return any(
        w == head
        and (words[i - 1] if i else "") not in _OTHER_OFFICE
        and not _office_after(words, i)
        and words[i + 1 : i + 2] != ["s"]  # "the president's lawyer" is the lawyer
        for i, w in enumerate(words[:served])
    )  # "Mayor Pro Tem" is another office too


# Words after a role that name whom it serves ("a spokeswoman for the minister", "adviser to the
# president", "the wife of the mayor"): a title after them is the other's.
_SERVING = frozenset({"for", "to", "of"})


# Prepositions before whom a document is for or about, not by ("a notice for Ana Lane", "the
# lawsuit against Tom Reed").
_OF_WHOM_WRITTEN = r"for|about|against|on(?!\s+behalf)|concerning|regarding|into"

# Words of what a title's holder serves, in a title some outlets capitalise ("the District Judge",
# "the County Attorney", "the Circuit Judge").
_JURISDICTIONS = frozenset("district circuit county municipal federal".split())
# "The Ledger", "The Kestrian": "the" and one capitalised word, as a paper may be named.
_THE_ONE_WORD = re.compile(r"[Tt]he ([A-Z][a-z]+)")
# Levels of a governor's or premier's office, written before the title ("Provincial Governor").
LEVELS_OF_RULE = frozenset("provincial state regional district county territorial".split())


def _title_lowered(m: Mention) -> Mention:
    """ "The Minister", "the Chief Minister", "the Deputy Minister for Lands": a title some
    outlets capitalise for its holder,
    read as "the minister", who was named before, not as a body of that name; so is "the
    minister" the tagger took for a proper noun (after a quotation: '"...," the minister said')."""
    words = m.text.split()
    # "the Deputy Minister for Lands and Natural Resources": the title, then what it is of or for
    of = next((k for k, w in enumerate(words) if k > 1 and w.lower() in {"for", "of"}), len(words))
    if len(words) < 2 or words[0].lower() != "the" or of > 3 or m.apposition:
        return m
    if not all(w.lower() in ROLE_NOUNS | TITLES | ROLE_MODIFIERS | _JURISDICTIONS for w in words[1:of]):
        return m
    if m.head not in words[1:of] or words[of - 1].lower() in _JURISDICTIONS:
        return m
    if not m.proper and not any(w[:1].isupper() for w in words[1:of]):
        return m
    title = " ".join(words[:of])
    lowered = " ".join(w if len(w) > 1 and w.isupper() else w.lower() for w in words[:of])  # "the CEO"

    def lower(text: str) -> str:  # "the mayor of Springfield": the title alone
        return lowered + text[len(title) :] if text.startswith(title) else text

    rest = " ".join(words[of:])
    entities = [e for e in m.entities if e[0] in rest]  # "the Mayor of Springfield": Springfield
    return replace(
        m,
        text=lower(m.text),
        head=m.head.lower(),
        core=lower(m.core) if m.core else None,
        entities=entities,
        proper=False,
        recased=None,
    )


def _caps_recased(m: Mention, text: str) -> Mention:
    """A name in capitals, as a transcript labels its speakers ("JAKE TAPPER:", "FALLIN:"), read
    as the name: in Title Case where it has two words or more, or where the article names it so
    ("Governor Mary Fallin"). One word the article never names otherwise may be an acronym
    ("UNICEF"), and stays."""
    words = m.text.split()
    if len(words) > 1 and re.fullmatch(r"[A-Z]{4,}", words[0]) and not all(w.isupper() for w in words[1:]):
        # "AUSTRALIA Post maintains ...", a story's first word in capitals: the name as the article
        # writes it elsewhere ("Australia Post")
        recased = " ".join([words[0].capitalize(), *words[1:]])
        if recased not in text:
            return m
        entities = [(e.replace(words[0], words[0].capitalize(), 1), label) for e, label in m.entities]
        return replace(m, text=recased, core=None, entities=entities)
    if not words or len(words) > 4 or not all(re.fullmatch(r"[A-Z][A-Z’'.-]{2,}", w) for w in words):
        return m
    if (
        len(words) == 2
        and words[0] in {"THE", "AN"}
        and not re.search(rf"\b{re.escape(words[1].capitalize())}\b", text)
    ):
        # "THE KSPCA has refused ...", a story opening in capitals: the article and an acronym
        return replace(m, text=f"{words[0].capitalize()} {words[1]}", core=None)
    # a country's or a public body's initials stay in capitals ("USA TODAY": "USA Today")
    titled = " ".join(
        w
        if len(words) > 1 and len(w) <= 3 and (w.lower() in COUNTRY or w.lower() in GOVERNMENT_ACRONYMS)
        else w.capitalize()
        if w.isalpha()
        else w.title()
        for w in words
    )
    labelled = bool(m.spans) and text[m.spans[-1][1] :].lstrip().startswith(":")
    short = len(words) == 1 or (all(len(w) <= 4 and not english_word(w.lower()) for w in words) and not labelled)
    if short and not re.search(rf"\b{re.escape(titled)}\b", text):
        return m  # "UNICEF", "CMA CGM also said": acronyms, not a transcript's "JOE LEE:"
    return replace(m, text=titled, head=titled.split()[-1], core=None, entities=[], proper=True, recased=None)


def _people_word(word: str) -> str | None:
    """The noun for people a word is, or the singular of the plural it is ("nurses": "nurse")."""
    return next((form for form in _bare_forms(word) if form in person_nouns() or _closed_compound(form)), None)


@lru_cache(maxsize=4096)
def _closed_compound(word: str) -> bool:
    """Whether a word is a noun for people run into the noun before it ("headteacher",
    "shopworker"), which the word lists may lack: a noun of three letters or more, then one for
    people of six or more."""
    known = english_words()["noun"]
    return any(word[:k] in known and word[k:] in person_nouns() for k in range(3, len(word) - 5) if word[:k].isalpha())


# Words of a government body's name that are also people's names or roles, and open no body's name
# alone ("Court Reed", "House Speaker", "City Councillor").
_NAMELIKE_BODY_WORDS = frozenset({"court", "house", "city", "county", "town", "bench", "service", "office", "district"})


def _body_initials(word: str) -> bool:
    """Whether a word is a body's initials in capitals ("NHS", "RCMP"), not a Roman numeral ("III")."""
    return re.fullmatch(r"[A-Z]{3,6}", word) is not None and re.fullmatch(r"[IVXLC]+", word) is None


def _body_first_word(name: str) -> bool:
    """Whether a name the model tagged a person's opens with a word no one's name opens with: a
    body's initials ("NHS Kestrel", "BDA Wales"; not "RFK Jr.") or a word of a government body's
    name ("Police Kestria", "Garda Síochána")."""
    words = name.split()
    if len(words) < 2 or not words[1][:1].isupper() or words[-1].lower() in DOCUMENT_HEADS:
        return False  # "KNU Ward Care Report Shows ...": a body's report, a document
    first = words[0]
    if _body_initials(first):
        # not a title's or a role's letters ("SSP Gyawali", "CEO Ana Reed"), even one not known as
        # such before a given name and a surname ("MEC Donald Hlongwane", a provincial minister)
        named = len(words) >= 3 and words[1].lower() in GIVEN_NAMES
        return words[-1].strip(".") not in {"Jr", "Sr"} and first.lower() not in TITLES | ROLE_NOUNS and not named
    return first[:1].isupper() and first.lower() in GOVERNMENT_ORG_WORDS - _NAMELIKE_BODY_WORDS


def _bare_forms(word: str) -> tuple[str, ...]:
    """A word and what it is without a plural's "s" or "es" ("nurses": "nurse", "nurs"), or with
    "man" for "men" ("gunmen": "gunman")."""
    men = (word[:-3] + "man",) if word.endswith("men") else ()
    return (word, word.removesuffix("s"), word.removesuffix("es"), *men)


# Words that stand for some of a group, alone ("Many said ...", "Others disagreed").
GROUP_PRONOUNS = PEOPLE_PRONOUNS - {"those"} | {"several", "both", "few"}


def _in_full_before(word: str, text: str) -> str | None:
    """The full name a one-word name had last in `text` right after a role's word ("Councilman
    August Pugliese", "Sgt. June Hale"): a person's given name and surname, whatever the given
    name is to the tagger (a month, a word of English), or None."""
    found = [
        f"{m.group(2)} {word}"
        for m in re.finditer(rf"\b([\w.]+) ([A-Z][a-z]+) {re.escape(word)}\b", text)
        if m.group(1).lower().strip(".") in ROLE_NOUNS | ROLE_TITLES | PERSON_TITLES
        and m.group(2).lower() not in ROLE_NOUNS | ROLE_TITLES | PERSON_TITLES | ROLE_MODIFIERS
    ]
    return found[-1] if found else None


def _given_name_before(word: str, text: str) -> bool:
    """Whether a one-word name follows a given name somewhere in `text` ("Tomas Varga"): a
    person's surname, whatever the tagger made of it alone."""
    return any(m.group(1).lower() in GIVEN_NAMES for m in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(word)}\b", text))


def unidentified(pronoun: str) -> Resolved:
    """A speaker the article does not let us name: one source of its article, never "he"."""
    kind = "person" if pronoun in MALE | FEMALE | {"i", "me"} else "anonymous"
    return Resolved("unidentified speaker", "unidentified speaker", kind, True)


# Words that open a description as determiners do ("Other Democrats", "These Republicans").
_DETERMINERS = {"other", "few", "these", "those", "such", "more", "no", "another", "every", "certain"}


def _uncap(bare: str, m: Mention) -> str:
    """A description starts lower-case unless it starts with a name ("Almaty city official"), an
    abbreviation ("TV station") or a word capitalised after its determiner ("The Narendra
    Modi-led government", where the tagger named only "Modi")."""
    if any(bare.startswith(e) for e, _ in m.entities):
        return bare
    if m.recased and (at := m.text.find(bare)) >= 0:
        bare = m.recased[at : at + len(bare)]  # "Union Leader Rejects ...": a headline's capitals, no name
    first = bare.split()[0] if bare.split() else ""
    if first[1:] != first[1:].lower() or (first[:1].isupper() and _strip_det(m.text) != m.text.strip()):
        return bare
    if first[:1].isupper() and first.lower().rstrip(".") in TITLES:
        return bare  # "Mr Ryan's lawyers"
    if first[:1].isupper() and re.fullmatch(r"[A-Z][a-z]+[’']s", first) and _strip_det(bare) == bare:
        return bare  # "Reed’s office said": a singular owner with no article before it is a name
    if (
        first[:1].isupper()
        and re.fullmatch(r"[A-Z][a-z]+s[’']", first)
        and _strip_det(bare) == bare
        and not _people_word(first[:-1].lower())
    ):
        return bare  # "Jones’ office said", not "Nurses’ union said": an owner in -s' is a name unless people
    if (
        first[:1].isupper()
        and first.lower() not in QUANTIFIERS | _DETERMINERS
        and bare.split()[1:2]
        and bare.split()[1][:1].isupper()
    ):
        return bare  # "Ana Ruiz's statement": a name the tagger took only in part (not "Some Republicans")
    if (
        first.istitle()
        and first.isalpha()
        and " " in bare.strip()
        and first.lower() not in _FUNCTION_WORDS
        and not english_word(first.lower())
        and base_form(first.lower()) is None
        and (bare.split()[1].lower() in _BODY_WORDS or _people_word(bare.split()[1].lower()) is not None)
    ):
        return bare  # "Kestrelton city council said", "Kestrelton hoteliers say": a place's name, opening the sentence
    return bare[:1].lower() + bare[1:]


def narrator(outlet: str | None) -> Resolved:
    if outlet:
        return Resolved(outlet, outlet.lower(), "narrator", False)
    return Resolved("narrator", "narrator", "narrator", True)


def _capitalised(m: Mention) -> bool:
    """A name rather than a description: a proper noun, or a capitalised head when the
    part of speech is not known ("Farmers" opening a sentence is no name)."""
    if m.head.islower() and m.head_lemma in ROLE_NOUNS:
        return False  # "said the minister", which the parser may tag a proper noun
    if m.head.islower() and english_word(m.head) and m.text.islower():
        return False  # "said meeting attendee", all in lower case: no name ("KLM pilots union" has one)
    if _office_in_capitals(m):
        return False  # "Kestra CEO urges ...": an office in capitals, of the body before it
    if m.proper is False and m.head[:1].isupper():
        # "Kestrelify denies leak", the parser having read the name as a verb: the model tagged it a body's name
        if any(m.head in e.split() and label in {"ORG", "PERSON"} for e, label in m.entities) and not english_word(
            m.head.lower()
        ):
            return True
    return m.proper if m.proper is not None else m.head[:1].isupper()


def _titled_after(text: str, name: str) -> bool:
    """Whether a name is set off by a role's title in capitals after it ("K Ramaswamy, General
    Secretary, Kestria Bus Workers Union", "Ana Ruiz, Chief Executive of Kestrel"): a person."""
    after = re.match(
        rf"\s*(?:the\s+)?{re.escape(name)}\s*,\s*((?:[A-Z][a-z-]+\s+){{0,2}}[A-Z][a-z-]+)\b(?!\s+[A-Z])", text
    )
    return after is not None and after.group(1).split()[-1].lower() in ROLE_NOUNS


def _described_as_person(m: Mention) -> bool:
    """A mention whose apposition is a common noun that names no organization ("a nurse",
    "the mayor's spokeswoman"), not "the news agency" or "a charity"."""
    head = m.apposition_head
    if (
        not head
        or not m.apposition
        or not head.isalpha()
        or m.apposition.lstrip()[:1] == "("  # "the skiing federation (OeSV)": an acronym, no description
        or m.apposition.split()[0][:1].isupper()
        and m.apposition.split()[0].lower() not in {"a", "an", "the"}
    ):
        return False
    return head not in _NO_PERSONS_APPOSED


# A title and a name of capitalised words after it ("Ms Priya Sharma", "Dr. Ana Ruiz"): a person.
PERSON_TITLES = TITLES - {"s", "st", "jr", "sr"}  # "St Mary's Hospital" is no person
# Ranks may stack or take a grade before them ("Lt. Col. Ana Ruiz", "Rear Adm. Tom Reed"): the
# title read is the last.
_TITLED = re.compile(r"(?:(?:[Rr]ear|[Vv]ice|[A-Za-z]+\.)\s+)*?([^\W\d_]+)\.?\s+((?:[A-Z][\w’'-]*\s*){1,3})")


# a mention that ends on an abbreviated title and a name: "... Police Lt. Tom Reed"
_TITLE_ENDS = re.compile(r"\S\s+([A-Z][a-z]{1,4})\.\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s*$")


# A news wire's slug before a headline ("UPDATE 3-Kestrel sees ...", "REFILE-", "CORRECTED-"):
# no part of a name.
_WIRE_SLUG = re.compile(r"^(?:UPDATE|REFILE|CORRECTED|WRAPUP|RPT|EXCLUSIVE|ANALYSIS|FACTBOX)(?:\s+\d+)?\s*-\s*")


def _branch_of_initials(place: str, text: str) -> str:
    """A place or a body the tagger took apart from the initials before it, a body's branch there
    ("KFU Norland (KFUN) and ...") or a name of two sets of initials ("the firm KTA KLM"): the
    initials and the name after them, one body's name."""
    before = re.search(rf"\b([A-Z]{{2,6}})\s+{re.escape(place)}\b", text)
    if before is None or before.group(1) in _NOT_A_BODYS_INITIALS or re.fullmatch(r"[IVXLC]+", before.group(1)):
        return place
    return f"{before.group(1)} {place}"


# Initials before a place that are no body's: of the country or union around it ("US Texas"), a time.
_NOT_A_BODYS_INITIALS = frozenset({"US", "USA", "UK", "EU", "UAE", "DRC", "AM", "PM", "GMT", "BST", "EST", "CET"})


@dataclass(frozen=True)
class _Reading:
    """What the resolver's rules read of a mention besides the mention itself."""

    head: str  # the head word, lower-cased
    words: list[str]  # its words (letters only; a one-letter word only in capitals)
    persons: list[str]  # the people it names ("A ministry spokesman, Pavel Orlov," too)
    orgs: list[str]  # the organisations and places it names, not those of an apposition of a name
    bare: str  # the name without its determiner, apposition or aside
    lower: str  # bare, lower-cased

    @classmethod
    def of(cls, m: Mention) -> _Reading:
        words = [w for w in re.findall(r"[^\W\d_]+", m.text) if len(w) > 1 or w.isupper()]
        bodies = [o for o, kind in m.entities if kind == "ORG"]
        persons = [
            _ranked_twice(
                _untitled(
                    _given_before(
                        _run_to_end(_whole_surname(_past_owner(_after_inner_title(e)), m.text), m.text), m.text
                    )
                ),
                m.text,
            )
            for e, label in m.entities
            if label == "PERSON"
            and e.lower() not in _OFFICE_SUFFIXES
            and not _names_a_body(e)
            # "The widow of a driver killed in Riverton", the town tagged a person: a place
            and not re.search(rf"\b(?:in|near|outside)\s+{re.escape(e)}\b(?![’']s)", m.text)
            # "Dominic Vale, 28, from Mill Close, Ashby Colney": the town after the street he lives
            # in, when the model tagged his name before it a person's too
            and not (
                m.text.find(e) > 0
                and _HOME_OF.search(m.text[: m.text.find(e)])
                and any(f != e and lab == "PERSON" and f in m.text[: m.text.find(e)] for f, lab in m.entities)
            )
            # "A Department for Transport (DfT) spokesman": the body's acronym
            and not _acronym_of_body(e, bodies, m.text)
            # "A spokeswoman for NAN (Navegacao Aerea de Norland)": a body's name, spelled out after its acronym
            and not re.search(rf"\b[A-Z]{{2,6}}\s*\(\s*{re.escape(e)}\b", m.text)
            # "A statement from the council of Kestria, which runs Dolvan,": a name inside the clause
            # that describes the mention is what the clause speaks of
            and not re.search(rf",\s*(?:which|who)\s[^,]*\b{re.escape(e)}\b", m.text)
        ]
        titled_last = _TITLE_ENDS.search(_strip_det(m.core or m.text))
        if titled_last and titled_last.group(1).lower() in PERSON_TITLES and m.head in titled_last.group(2).split():
            # "Riverton Police Lt. Tom Reed": the name after the title, though the tagger ran
            # the body before it into a name of its own, or took the name for a body's
            persons = [titled_last.group(2)]
        # "A ministry spokesman, Pavel Orlov,": a name the tagger missed ("Mayor Ana Ruiz (D)": not its party)
        named = m.apposition.split("(")[0].strip(" ,") if m.apposition else ""
        # "Tom Reed, who runs the depot,": the name before its clause; "Senior Supt. Ana Ruiz": after the titles
        named = _untitled(named.split(",")[0].strip())
        set_off = None if named else _SET_OFF_NAME.search(m.text)
        if set_off and m.head_lemma in ROLE_NOUNS | OFFICIAL_HEADS and m.text.find(m.head) < set_off.start():
            # "army spokesperson based in Riverton, Lt Col Tom Reed", the name hung on Riverton
            named = _untitled(set_off.group(1))
        if not persons and m.head_lemma in ROLE_NOUNS | OFFICIAL_HEADS and _looks_like_name(named):
            persons = [named]
        if not persons and m.apposition_head in ROLE_NOUNS and m.proper and m.core:
            core = _strip_det(m.core)
            if any(e == core and label == "ORG" for e, label in m.entities) and _looks_like_name(core):
                persons = [_untitled(core)]  # "K.R. Venkatesh, secretary of the relief agency", tagged an organisation
        titled = _TITLED.fullmatch(_strip_det(m.core or m.text))
        if not persons and titled and titled.group(1).lower() in PERSON_TITLES:
            persons = [titled.group(2)]  # "Ms Leelaben Aherwar", which the tagger took for an organisation
        role_named = None if persons else _named_after_role(m)
        if role_named:
            persons = [role_named[1]]  # "Philip Morris senior veepee Murray Bring"
        described = None if persons else _ROLE_THEN_NAME.fullmatch(_strip_det(m.core or m.text))
        if (
            described
            and described.group(1) in person_nouns()
            and _looks_like_name(described.group(2))
            and not {w.lower().strip(".") for w in described.group(2).split()} & _BODY_NAME_WORDS
        ):  # not "the nonpartisan Congressional Budget Office"
            persons = [described.group(2)]  # "protester Rumbideai Mubaiwa", which the tagger took for an organisation
        orgs = [
            # "... of Ghana (": a bracket the tagger took into the name, opening its acronym
            _widened_to_acronym(
                _WIRE_SLUG.sub("", _branch_of_initials(e, m.text) if label in {"GPE", "ORG"} else e).rstrip(" ("),
                m.text,
            )
            for e, label in _mended(m.entities, m.text)
            if label in {"ORG", "NORP", "GPE", "FAC"}
            and not _only_titles(e)  # not "Lt. Col.", tagged ORG
            # not "Dublin" of "a Dublin-based charity": where the body is, no body
            and not re.search(rf"\b{re.escape(e)}-(?:based|headquartered|registered)\b", m.text)
            # not "NGO" of "Relief from Hunger, a Leeds-based NGO": what kind of body, no name
            and not re.search(rf",\s+an?\s+(?:[\w-]+\s+){{0,2}}{re.escape(e)}$", m.text.rstrip(" ,"))
            # not "Ore." of "the city council of Riverton, Ore." nor "UK" of "a council in Cheshire,
            # UK": the state the town is in
            and not (
                label == "GPE"
                and re.search(
                    rf"\b(?:of|in|at|near|outside)\s+(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*,\s+{re.escape(e)}$",
                    m.text.rstrip(" ,"),
                )
            )
        ]
        bare = _WIRE_SLUG.sub("", _strip_det(m.core or m.text))
        # "a fire department lieutenant who responded to the scene": the name is the noun phrase,
        # when it says something alone ("people who have fled the province" keeps its clause)
        head_phrase = re.split(r"\s+(?:who|whom|whose|which|that)(?:\s+|,|$)", bare, maxsplit=1)[0]
        if head_phrase.split()[-1:] == ["of"]:
            head_phrase = bare  # "most of whom": the whole, some of those named before
        if len(head_phrase.split()) >= 2 or head_phrase.endswith(","):
            bare = head_phrase.rstrip(",")  # "the woman, who like many ...": an aside, never the name
        elif head_phrase != bare and head_phrase[:1].isupper() and not english_word(head_phrase.lower()):
            bare = head_phrase  # "KestrAir.com which tracks pollution": a name, no clause of it
        # "the Harbour Observer Group led by a former judge": who leads a body named is no
        # part of its name ("a panel led by ..." has no other; "figures compiled by" name their maker)
        named_body = re.split(rf",?\s+(?:{_LED})\s+by\s+", bare, maxsplit=1)[0]
        if named_body != bare and any(w[:1].isupper() for w in named_body.split()):
            bare = named_body
        if m.core and m.apposition:  # an organisation named in the apposition is whom the speaker serves
            orgs = [o for o in orgs if o in m.core] or ([] if _capitalised(m) else orgs)
        # "The Kestrel Dockers' Union (Kdu": the name, not its acronym in brackets after it, which is
        # no one's name either (the tagger may take it for a person's)
        persons = [p for p in persons if not _acronym_of_body(p, orgs, m.text)]
        orgs = [o for o in orgs if not _acronym_of_body(o, orgs, m.text)]
        return cls(m.head.lower(), words, persons, orgs, bare, bare.lower())


def _english_form(word: str) -> bool:
    """Whether English knows a word as a base form or a gerund of one ("polling")."""
    if english_word(word):
        return True
    stem = word.removesuffix("ing")
    return stem != word and (english_word(stem) or english_word(stem + "e") or english_word(stem[:-1]))


# A name and the body its bearer is of or with ("Ruiz of the union", "Ana Ruiz with the WHO").
_NAME_OF_BODY = re.compile(r"((?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'-]+)\s+(?:of|with|from|at)\s+(.+)")
# Who leads, owns or hires a body or person ("a panel led by", "a witness interviewed by").
_LED = "led|headed|chaired|run|founded|formed|owned|backed|appointed|interviewed|employed|hired"


def _only_titles(entity: str) -> bool:
    """Whether an entity's words are all abbreviated titles ("Lt. Col.", "Capt."), which the
    model may tag as an organisation or a place."""
    words = entity.split()
    return all(w.endswith(".") and w.lower().rstrip(".") in PERSON_TITLES for w in words)


# Words in lower case closing with a noun for a person, then a name ("protester Rumbideai Mubaiwa").
_ROLE_THEN_NAME = re.compile(r"(?:[a-z][\w’'-]*\s+){0,3}([a-z]+)\s+((?:[A-Z][\w’'.-]*\s*){2,4})")


def _named_after_role(m: Mention) -> tuple[str, str] | None:
    """(organisation, name) of a mention that closes with a name after an organisation and words
    in lower case ("Philip Morris senior veepee Murray Bring", tagged two organisations): a
    person, whom the words describe as the organisation's, whatever the title. Else None."""
    orgs = [e for e, label in m.entities if label == "ORG"]
    if len(orgs) < 2:
        return None
    text = _strip_det(m.core or m.text)
    found = re.fullmatch(rf"{re.escape(orgs[0])}\s+(?:[a-z][a-z-]*\s+){{1,3}}({re.escape(orgs[-1])})", text)
    return (orgs[0], found.group(1)) if found and _looks_like_name(found.group(1)) else None


# What opens the members named of a plural speaker ("Rights groups, including Amnesty, said").
_INCLUDING = re.compile(r",?\s+(?:including|among them|such as|notably)\s", re.IGNORECASE)


def _members_named(text: str, head: str) -> re.Match | None:
    """Where a text names members of the noun `head` before it ("Rights groups, including Amnesty":
    ", including "), else None."""
    opens = _INCLUDING.search(text)
    return opens if opens is not None and re.search(rf"\b{re.escape(head)}\b", text[: opens.start()]) else None


def _unsexed(m: Mention) -> bool:
    """Whether a speaker is one person described by a word that gives no sex ("a spokesperson for
    the council", "a representative of the firm"), whom a writer may call "they"."""
    return not m.plural and not m.pronoun and m.head.islower() and m.head_lemma in _UNSEXED


_UNSEXED = frozenset({"spokesperson", "representative", "chairperson", "rep"})


def _shouted(name: str) -> str | None:
    """The noun for a person that a name is in capitals, as a local paper opens a story ("A
    MOTHER'S claims ...", "A MAN has been ..."), lower-cased: someone so described, no acronym
    of a body. None otherwise."""
    word = re.sub(r"[’']S?$", "", name)
    return word.lower() if len(word) > 2 and word.isupper() and word.lower() in person_nouns() else None


def _office_in_capitals(m: Mention) -> bool:
    """Whether a mention is headed by an office written in capitals ("Kestra CEO", "the Kestra MP"),
    which no body's name ends on: a person in that office, of the body named before it. The model
    may take a portfolio and its office for a body's name ("the Health CS", Kenya's cabinet
    secretary): the office still."""
    return (
        len(m.head) > 1
        and m.head.isupper()
        and m.head_lemma in ROLE_NOUNS
        and not m.plural
        and not any(
            label == "PERSON" or m.head in e.split() and not _portfolio_office(_strip_det(e), m.head)
            for e, label in m.entities
        )
    )


def _portfolio_office(name: str, office: str) -> bool:
    """Whether a name is a portfolio's words and then an office ("Health CS", "Interior PS")."""
    words = name.split()
    return len(words) > 1 and words[-1] == office and all(w.lower() in _PORTFOLIOS for w in words[:-1])


def _close_to_them(m: Mention) -> bool:
    """Whether a mention is someone unnamed close to, or familiar with, the people or body it
    names ("a source close to President Tom Reed", "people familiar with the Kestrel Party's plans")."""
    return m.head_lemma in ANONYMOUS_HEADS and bool(
        re.search(rf"\b{re.escape(m.head)},?\s+(?:{_CLOSE_TO})\s", m.text, re.IGNORECASE)
    )


# "close to", "familiar with" (`attribute.CLOSE_TO`), with any spaces between their words.
_CLOSE_TO = "|".join(rf"{a}\s+{b}" for a, b in sorted(CLOSE_TO))


def _among_them(m: Mention, persons: list[str]) -> bool:
    """Whether the people named in a mention are only members named of the plural noun that heads
    it ("Authorities in Norland, including President Tom Reed,"; "officials such as Ana Ruiz")."""
    opens = _members_named(m.text, m.head) if m.plural else None
    if opens is None:
        return False
    before = m.text[: opens.start()]
    return all(m.text.find(p, opens.end()) >= 0 and p not in before for p in persons)


class Resolver:
    """Resolves the mentions of one article in text order."""

    def __init__(self, aliases: dict[str, tuple[str, str, str]] | None = None, text: str | None = None):
        """`aliases` maps a lower-cased alias to (source id, name, kind) of its source; `text`,
        the article's, gives the acronyms it introduces ("the Directorate General of Civil
        Aviation (DGCA)"), which stand for their name wherever they speak."""
        self.aliases = {k.lower(): v for k, v in (aliases or {}).items()}
        self.acronyms = introduced_acronyms(text) if text else {}
        self.text = text or ""
        self.run_bodies = bodies_run_by(text) if text else set()
        self.described = described_names(text, self.run_bodies) if text else {}
        self.seen: list[tuple[Mention, Resolved]] = []
        self.persons: list[tuple[int, Resolved]] = []  # people the text names, speakers or not, by offset
        self.turned: list[Resolved] = []  # names taken for organisations' that spoke as persons
        self.turned_bodies: list[Resolved] = []  # one-word names taken for persons' that the text calls "it"
        self.reported: set[int] = set()  # offsets of those named inside a speaker's reported words
        self.passing: set[int] = set()  # offsets of people named in full only in passing (`named_in_passing`)
        self.inside: set[int] = set()  # offsets of speakers named inside another speaker's words
        self.done_to: set[int] = set()  # offsets of people described as a passive's subject ("one man was killed")
        self.groups: list[tuple[int, Resolved]] = []  # groups of people the text speaks of, by offset
        self.pairs: list[tuple[int, Resolved]] = []  # people joined as one subject ("Ana Ruiz and her sister")
        self.papers: list[tuple[int, Resolved]] = []  # documents and bodies a sentence is about, by offset
        self.local: list[tuple[int, Resolved]] = []  # bodies a clause is about, for an "it" in their sentence
        self.documents: dict[str, Resolved] = {}  # a document's head word -> who issued one ("in a statement")
        self.at = 0  # where the mention being resolved starts
        self.genders: dict[str, str] = {}  # a person's last word -> "male", "female" or "both" (`gendered`)
        # a person's key -> the gender of the "he" or "she" that stood for them ("both" for either),
        # which a title of the other ("Ms Thorne" after "Tom Thorne ... he") does not name; kept
        # apart from `genders`, which chooses antecedents, so that no guess feeds the next
        self.pronoun_genders: dict[str, str] = {}
        # keys of bodies named after what they are (`_body_by_its_name`), with their kinds
        self.described_bodies: dict[str, str] = {}
        # a person's key -> the genders that titles of courtesy just before their name gave ("Mrs.
        # Kestrel": female): a later "Mr. Kestrel" is not that person
        self.titles: dict[str, set[str]] = {}

    def mentioned(
        self,
        offset: int,
        name: str,
        affiliation: str | None = None,
        named: bool = True,
        reported: bool = False,
        done_to: bool = False,
    ) -> None:
        """A person the text names or describes ("Akira Amari", "Japan's economy minister"),
        whom a later "he" or "she" may stand for though they said nothing yet; `reported`: named
        inside what a speaker said ("He added that the patient was recovering"); `done_to`: the
        subject of a passive ("one man was killed"), no later "he" once someone has spoken."""
        raw, name = (
            name,
            _untitled(_undescribed(_without_role(_past_owner(_strip_det(name))))) if named else _strip_det(name),
        )
        if not name or name.lower() in _OFFICE_SUFFIXES:
            return  # "Mayor Pro Tem", "President Pro Tempore": an office, which the tagger took for a name
        if named and _PHOTO_CREDIT.search(self.text[max(0, offset - 20) : offset]):
            return  # "PHOTO | TOM REED | NATION MEDIA": who took a picture, no later "he"
        if named and _NAME_GIVEN.search(self.text[max(0, offset - 30) : offset]):
            return  # "the platform formerly known as Twitter": a name given to something, no later "he"
        if named and " " not in name and _HOME_OF.search(self.text[max(0, offset - 60) : offset]):
            return  # "Tom Reed, 47, of Ashby, said", the town tagged a person: where he lives, no "he"
        words = name.split()
        if named and len(words) > 2 and words[0].lower() in COUNTRY and _initialled(words[1:]):
            name, words = " ".join(words[1:]), words[1:]  # "Chief Justice of | Ghana K. M. Varadan"
        if named and _field_of_office(self.text[max(0, offset - 40) : offset], words):
            # "Minister for Fisheries Tom Brennan", "Fisheries Tom Brennan" to the tagger: the office's
            # field is no part of his name
            name = " ".join(words[1:])
            words = words[1:]
        if named and len(words) > 1 and _headline_verb(words[-1]):
            return  # "Kestrel Responds with Lawsuit", a headline's subject and verb: no one's name
        if named and len(words) == 2 and words[0].lower().strip(".") in {"dr", "prof", "professor"}:
            name = words[1]  # "Dr Hannbeck remained sceptical": the surname, of the one named in full before
        if named and (name.split()[-1].lower() in ORGANIZATION_NAME_WORDS or LEGAL_SUFFIX.search(name.lower())):
            # "Riverton United", "the Riverton Alliance", "Kestrel Platforms Inc.": a body's name the
            # tagger took for a person's
            return
        if named and _camel_cased_firm(name):
            return  # "SpaceX planned ...", tagged a person: a firm, no "he"
        if named and name.lower() in PLATFORM_NAMES:
            return  # "went on Twitter and announced", tagged a person: a platform, no "she"
        if named and self.described.get(name) == "organization" and self._trade_named(name):
            # "retail giant Kestra", tagged a person: a business the text describes (`described_names`);
            # not "Reed" after "the Reed campaign", a name a body is called after
            return
        if (
            named
            and (name.lower() in COUNTRY or name.lower().rstrip("sn") in COUNTRY)
            and name.split()[0].lower() not in GIVEN_NAMES  # not "Chad", "Georgia", "Jordan"
        ):
            return  # "Sri Lanka", "Sri Lankan", tagged a person: a country or its people, no "she"
        if reported:
            self.reported.add(offset)
        if done_to:
            self.done_to.add(offset)
        titled = _titling(raw, name) if named else set()
        if named:
            same = [
                earlier
                for _, earlier in reversed(self.persons)
                if _may_name(name, earlier.name)
                and len(earlier.name) >= len(name)
                and not _other_gender(titled, self.titles.get(earlier.key, set()))
            ]
            if same:
                # a surname alone that several people named in full share: the first of them, whom
                # the story is about ("Kestrel" after "Tom Kestrel ... his brother Paul Kestrel")
                earlier = _first_named(same, self.persons, self.seen) if " " not in name else same[0]
                self._titled(earlier, titled)
                self.persons.append((offset, earlier))
                return
        res = Resolved(name, name.lower(), "person", not named, affiliation=affiliation)
        self._titled(res, titled)
        self.persons.append((offset, res))
        kin = _KIN_BEFORE.search(self.text[max(0, offset - 20) : offset]) if named else None
        if kin and GENDERED.get(kin.group(1)) in {"male", "female"}:
            self.gendered(name, GENDERED[kin.group(1)])  # "brought her son Kane": no later "she"

    def mentioned_again(self, offset: int, surname: str) -> None:
        """A surname alone the model tagged as nothing, as a clause's subject ("Walker does not
        care ..."): the person named in full before with it, whom a later "she" may then stand
        for; nothing where no one was."""
        known = [r for _, r in reversed(self.persons)] + [r for _, r in reversed(self.seen) if r.kind == "person"]
        earlier = next((r for r in known if " " in r.name and _surname(r.name) == surname), None)
        if earlier is not None:
            self.persons.append((offset, earlier))

    def named_in_passing(self, offset: int, name: str) -> None:
        """A person named in full where no later "he" may stand for them (inside a relative clause:
        "a law signed by Governor Tom Reed"), by whom a later surname alone ("Reed said") is meant."""
        name = _untitled(_without_role(_strip_det(name)))
        if len(name.split()) > 1 and name.split()[-1].lower() not in ORGANIZATION_NAME_WORDS:
            self.persons.append((offset, Resolved(name, name.lower(), "person", False)))
            self.passing.add(offset)

    def gendered(self, name: str, gender: str) -> None:
        """A person the article refers to as "his" or "her" in a clause they are the subject of
        ("The partner brought her case"), whom a later "he" then cannot stand for; the same
        last word said of both ("both") tells nothing."""
        if " " not in name and name[:1].isupper():  # "Reed" after "Tom Reed": that person
            known = [r for _, r in self.seen if r.kind == "person"] + [r for _, r in self.persons]
            name = next((r.name for r in reversed(known) if _surname(r.name) == name), name)
        key = _gender_key(name)
        if key:
            self.genders[key] = gender if self.genders.get(key, gender) == gender else "both"

    def mentioned_group(self, offset: int, name: str, head_lemma: str) -> None:
        """A group of people the text speaks of ("two witnesses ... don't agree"), whom a later
        "one of them" picks from though they said nothing yet."""
        role = ROLE_CLASSES.get(head_lemma)
        name = role or _strip_det(name)
        self.groups.append((offset, Resolved(name, name.lower(), "group", True)))

    def mentioned_pair(self, offset: int, name: str) -> None:
        """People joined as one subject ("Ana Ruiz and her sister swim ..."), whom a "they" in the
        sentences right after stands for, though they said nothing yet."""
        name = _strip_det(name)
        self.pairs.append((offset, Resolved(name, name.lower(), "group", True)))

    def mentioned_document(self, offset: int, name: str) -> None:
        """A document a sentence is about ("Harris' lawsuit, filed in December, is still
        pending"), which a later "It accuses the officers ..." may stand for."""
        name = _strip_det(name)
        self.papers.append((offset, Resolved(name, name.lower(), "document", True)))

    def mentioned_body(self, offset: int, name: str) -> None:
        """An organisation a sentence has as its subject ("The National Coordination Agency for
        Disaster Relief gave an even lower number"), which a later "In a statement, it listed ..."
        may stand for though it said nothing yet: as a speaker it was, else by its name."""
        self.papers.append((offset, self._body_named(name)))

    def mentioned_in_clause(self, offset: int, name: str) -> None:
        """An organisation a clause inside a sentence has as its subject ("nine people the state
        police shot in what it said was a raid"), which an "it" later in that sentence
        stands for; read as mentioned_body reads it."""
        res = self._body_named(name)
        if res.kind == "organization" and res.name.split()[-1].lower() in GOVERNMENT_ORG_WORDS:
            res = replace(res, kind="government")  # "the state police"
        self.local.append((offset, res))

    def mentioned_state(self, offset: int, name: str) -> None:
        """A country the main clause of a sentence has as its subject ("Norway injected an
        irritant into the dispute as it announced a ban"), which an "it" later in that sentence
        stands for: its government."""
        country = COUNTRY.get(_strip_det(name).lower())
        if country is not None:
            self.local.append((offset, Resolved(country, country.lower(), "government", False)))

    def _body_named(self, name: str) -> Resolved:
        """The source an organisation's mention stands for: the speaker it was, the name an
        acronym of it was given, the body a bare "the government" describes, else its own name."""
        name = _strip_det(name)
        key = _name_key(name)
        res = next((r for _, r in reversed(self.seen) if r.key == key), None)
        if res is None and re.fullmatch(r"[A-Z]{2,6}", name):
            res = self._acronym(name)  # "the DGCA said ... It added": the Directorate named before
        if res is None and name.lower() in BODY_WORDS:
            # "The government has been opposed to the panel" after "The Sri Lankan government said":
            # the body described so, as a speaker described so is (`_description`)
            word = name.lower()
            res = self._description(Mention([], f"the {word}", word, word, False, False, []), f"the {word}")
        return res or Resolved(name, key, self._named_kind(name, _name_kind(key)), False)

    def _named_kind(self, name: str, kind: str) -> str:
        """An organisation's kind, media where the text named it as a medium ("The Daily Ledger"
        after "Canadian publication The Daily Ledger"), a business where it named it so though the
        name reads as a government's ("retailer Harbour City")."""
        described = self.described.get(name)
        if described == "organization" and kind == "government" and " " in name:
            return described  # "retailer Harbour City": a business, though "City" ends the name
        return "media" if described == "media" else kind

    @cached_property
    def companies(self) -> list[tuple[int, Resolved]]:
        """Companies the text names with their legal form ("Tuesday Morning Corp."), by offset,
        which a later "the company" may stand for though the tagger missed the name; read the
        first time an article says "the company" or the like (`_definite_body`)."""
        return [
            (
                m.start(),
                Resolved(_strip_det(m.group(0).rstrip(".,")), _name_key(_strip_det(m.group(0))), "organization", False),
            )
            for m in _WITH_LEGAL_FORM.finditer(self.text)
        ]

    def _picked_group(self) -> Resolved | None:
        """The group a "one of them" picks from: the last group spoken of before it, speaking or not."""
        spoken = [(m.spans[0][0], r) for m, r in self.seen if m.spans and (r.kind == "group" or m.plural)]
        said = [span for m, _ in self.seen for span in m.spans]
        unsaid = [(o, r) for o, r in self.groups if not any(s <= o < e for s, e in said)]  # not a speaker's own words
        earlier = [(o, r) for o, r in spoken + unsaid if o < self.at]
        return max(earlier, key=lambda x: x[0])[1] if earlier else None

    def issued(self, head_lemma: str, author: Resolved) -> None:
        """`author` put out a document of that head ("Merck said in a statement", "the ministry
        issued a report"): "the statement said" later is its document, and speaks for it."""
        if author.kind not in {"narrator", "document", "anonymous"}:
            self.documents[head_lemma] = author

    def _named_next(self, m: Mention, res: Resolved) -> Resolved:
        """A person named bare, with no word of who they are, right after an unnamed speaker was
        introduced for an organisation ("a spokesman for the rebels rejected the figures. '...,'
        Hamid Ag Ali told Reuters"): the reporter names the speaker just described,
        who speaks for that organisation."""
        if m.apposition or len(res.name.split()) < 2 or not self.seen or not m.spans:
            return res
        before = m.text[: m.text.find(res.name)].split() if res.name in m.text else []
        if any(w.lower().strip(".") not in PERSON_TITLES | TITLES for w in before):
            return res  # "Riverton Supervisor Ana Ruiz said": a word of who she is, her own office
        if any(w.lower() in ROLE_NOUNS | {"justice"} for w in res.name.split()[:-1]):
            return res  # "Lord Justice Vell said": an office of his own, in his name
        if m.verb_lemma not in NAMING_CUES:
            return res  # "Omar Haddad claimed the attack but cited a higher toll": another side acting
        if any(e.key == res.key for _, e in self.seen) or any(
            r.key == res.key for o, r in self.persons if o < m.spans[0][0] - 1
        ):
            return res  # named before: not the one just introduced
        last_m, last = self.seen[-1]
        if (
            last.kind == "person"
            and last.scoped
            and last.affiliation
            # not "a lawyer for Mr Hale": a client, for whom the next one named need not speak
            and not re.match(rf"(?:{_COURTESY})\.?\s", last.affiliation)
            and re.match(r"(?i)(?:a|an)\s", last_m.text)
            and last_m.spans
            and 0 < m.spans[0][0] - last_m.spans[0][0] <= NAMED_NEXT
        ):
            return replace(res, affiliation=last.affiliation)
        return res

    def _acronym(self, letters: str) -> Resolved | None:
        """An earlier source whose name's initials spell `letters` ("New People's Army" -> NPA)."""
        for _, earlier in reversed(self.seen):
            if initials(earlier.name) == letters or _named_by(earlier.name, letters):
                return earlier  # "LNJP" after "Delhi's Lok Nayak Jai Prakash (LNJP) hospital" said
        name = self.acronyms.get(letters.upper())
        if name is None:
            return None
        # an acronym the text gave a name in brackets: that name's source, said or not yet; named
        # with both, as the article calls it by the acronym ("Directorate General of Civil Aviation (DGCA)")
        key = _name_key(_strip_det(name))
        for _, earlier in reversed(self.seen):
            if earlier.key == key:
                return earlier
        return Resolved(f"{_strip_det(name)} ({letters.upper()})", key, _name_kind(key), False)

    def _person_named(self, name: str) -> Resolved:
        """The person a name names: the earlier one it is a shorter name of (`_named_person`),
        else a person of that name, without the titles the model ran into it ("Mr Adam Kestrel")."""
        name = _untitled(name)
        return self._named_person(name) or Resolved(name, name.lower(), "person", False)

    def _body_named_in_full(self, word: str) -> Resolved | None:
        """The body a one-word name is short for, the text having named it in full before with a
        word of a body's name after it ("Osprey" after "Osprey Airlines") or a legal form ("Kesto"
        after "Kesto Zhixing Technology Co."), where no person was named so: the tagger took the
        short name for a person's."""
        if " " in word or not word[:1].isupper():
            return None
        known = self._named_person(word)
        if known is not None and " " in known.name:
            return None  # "Reed" after "Tom Reed" (not "Meta" the model took for a person's name alone)
        full = re.search(rf"\b{re.escape(word)}((?:\s+[A-Z][\w’'&-]*\.?){{1,4}})", self.text[: self.at])
        before = re.search(r"([A-Z][a-z]+)\s+$", self.text[: full.start()]) if full else None
        if full is None or before is not None and before.group(1).lower() in GIVEN_NAMES:
            return None  # "Reed" after "Tom Reed Ltd": a person named in the firm's name
        words = full.group(1).split()
        bodies = [w.lower().rstrip(".") in ORGANIZATION_NAME_WORDS - _NAMED_FOR_PEOPLE for w in words]
        legal = [LEGAL_SUFFIX.search(" " + w.lower()) is not None for w in words]
        if bodies[0] or legal[0]:
            words = words[:1]  # "Osprey Airlines", "Kesto Ltd"
        elif any(legal):
            words = words[: legal.index(True) + 1]  # "Kesto Zhixing Technology Co."
        else:
            return None
        name = f"{word} {' '.join(words)}"
        if not legal[len(words) - 1]:
            name = name.rstrip(".")  # "Osprey Airlines." closing a sentence; "Co." keeps its stop
        key = _name_key(name)
        return self._earlier_body(key, name) or Resolved(name, key, _name_kind(key), False)

    def _named_after_office_acronym(self, m: Mention, r: _Reading) -> Resolved | None:
        """The person named after an office and its acronym in brackets ("Bureau Chief Senior
        Superintendent of Police (SSP) Hari Gyawali"), whatever the model tagged the name as."""
        named = _NAMED_AFTER_ACRONYM.fullmatch(_strip_det(m.text.strip()))
        name = _untitled(named.group(2)) if named else ""  # "(DSP) Mrs Olivia Turkson": her name, no title
        if named is None or not given_and_surname(name) or not _role_words(named.group(1).split()):
            return None
        return self._person_named(name)

    def _holder_by_surname(self, words: list[str]) -> Resolved | None:
        """The person an office in capitals names by the surname alone ("said Minister for Sport
        Berti"): the one named in full before ("Minister for Sport Anna Berti"), else that surname,
        no word of English; the office's holder where it ends on a word of English ("said Minister
        for Foreign Affairs"); else None."""
        roles = _role_words(words)
        office = _office_words(words, roles)
        if len(office) < 2:
            return None
        surname = office[-1]
        known = self._named_person(surname) if len(office) > 2 else None
        if known is not None:
            return known
        if roles == [0] and english_word(surname.lower()):
            name = " ".join(words)
            return Resolved(name[0].lower() + name[1:], name.lower(), "person", True)
        if len(office) > 2 and not english_word(surname.lower()) and personal_name(surname):
            return Resolved(surname, surname.lower(), "person", False)
        return None

    def _named_person(self, name: str) -> Resolved | None:
        """An earlier-named person this bare name is ("Amari" after "Akira Amari")."""
        words = _strip_det(name).split()
        if len(words) != 1:
            return None
        # not "spokesman for Minister Ana Ruiz", a description that ends on the name of another
        full = [
            res
            for offset, res in self.persons
            if offset < self.at
            and not res.scoped
            and len(res.name.split()) > 1
            and not _a_description(res.name)
            and _same_surname(res.name, words[0])
        ]
        if full:
            return _first_named(full, self.persons, self.seen)  # of several so named
        for _, res in reversed(self.seen):  # a speaker named in full ("said spokesman Tom Brandt")
            # not a description's last word ("Acme" after "the former chief of Acme said")
            if (
                res.kind == "person"
                and not res.scoped
                and len(res.name.split()) > 1
                and not _a_description(res.name)
                and _same_surname(res.name, words[0])
            ):
                return res
        # a first name, as some outlets name people again ("Imran" after "Imran Khan")
        known = [res for offset, res in self.persons if offset < self.at and not res.scoped]
        known += [res for _, res in self.seen if res.kind == "person" and not res.scoped]
        return _by_first_name(words[0], known)

    def resolve(self, m: Mention | None) -> Resolved:
        if m is None:  # "it was reported that ...": a cue without a speaker
            return Resolved("unnamed source", "unnamed source", "anonymous", True)
        if m.stands_for is not None:  # "which" in "The group, which has called for ..."
            m = m.stands_for
        if "\n" in m.text:  # a name over a line break of a text wrapped by hand
            m = replace(
                m,
                text=_one_line(m.text),
                core=m.core and _one_line(m.core),
                entities=[(_one_line(e), label) for e, label in m.entities],
                apposition=m.apposition and _one_line(m.apposition),
            )
        labelled = _caps_recased(m, self.text)
        recased, m = labelled is not m, _title_lowered(self._opening_plural(self._shouted_people(labelled)))
        m = _name_after_description(
            _role_acronym(_without_time_word(_without_reflexive(_document_part(_without_town_based(m)))))
        )
        self.at = m.spans[0][0] if m.spans else self.at
        for acronym, name in introduced_acronyms(m.text).items():  # "Doctors Without Borders (MSF) said"
            self.acronyms.setdefault(acronym, name)
        one_named = _one_named(m)
        picked = self._latter_or_former(m) or self._latest_of(m) if not one_named else None
        res = self._person_named(one_named) if one_named else picked or self._resolve(m)
        if res.kind == "government" and _UNITED_NATIONS.search(m.text) and res.name.lower() not in COUNTRY:
            res = replace(res, kind="organization")  # "the United Nations refugee agency": no state's body
        if _someone_new_by_first_name(m, res):  # "Mohamed, a 48-year-old contractor," after "President Mohamed Kestrel"
            name = m.text.split(",")[0].strip()
            res = Resolved(name, name.lower(), "person", False)
        if recased and res.kind == "organization" and " " in res.name and personal_name(res.name):
            res = replace(res, kind="person")  # "JAKE TAPPER:": a transcript labels people
        if res.kind == "organization" and _SEAT_OF.fullmatch(_strip_det(m.text)[: -len(res.name)] or "-"):
            res = replace(res, kind="government")  # "The City of Durban", the place tagged a body: its council
        res = self._body_by_its_name(res)
        alias = self.aliases.get(_strip_det(m.text).lower()) or self.aliases.get(res.name.lower())
        if alias:
            sid, name, kind = alias
            res = Resolved(name, name.lower(), kind, False, id=sid, affiliation=res.affiliation)
        author = self.documents.get(m.head_lemma) if res.kind == "document" else None
        if author is not None and res.affiliation is None and not m.entities and m.text.lower().startswith("the "):
            res = replace(res, affiliation=author.name)  # "the statement said", after "X said in a statement"
        if res.affiliation is None and res.kind not in {"narrator", "government", "organization", "media"}:
            org = affiliation(m)
            if org and (org.lower() == "public" or _COUNT_PHRASE.fullmatch(org)):
                org = None  # "a member of the public", "More than 100 members": no body one serves
            if org and _COUNT_WORD.fullmatch(org.split()[0]) and _strip_det(m.text).startswith(org.split()[0] + " "):
                # "Five Kestrel Inc members", "Fourteen attorneys general": the count of those
                # speaking, no body's word (not "One Kestria Now", a body named after the role)
                rest = org.partition(" ")[2]
                org = rest if rest[:1].isupper() else None
            if org and re.fullmatch(r"[A-Z][A-Za-z&]{1,7}", org) and sum(ch.isupper() for ch in org) >= 2:
                body = self._acronym(org.upper())  # "OeSV sporting director" after "the ... federation (OeSV)"
                org = body.name if body is not None else org
            if org and res.kind == "person":
                org = _before_name(org, res.name)  # "Secretary of State Ana Ruiz": State, not "State Ana Ruiz"
            if org and re.fullmatch(r"[a-z]+", org) and re.search(rf"(?i)\bthe\s+{org}\b", m.text):
                # "the company's chief executive": the company named before; "the group" of none
                # named says no more than that the speaker has one
                org = self._body_called(org) or (None if org in GENERIC_BODIES else org)
            elif (
                org
                and org.istitle()
                and org.lower() in ORGANIZATION_HEADS | GOVERNMENT_ORG_WORDS
                and re.match(rf"{re.escape(org)}\s", m.text.strip())
            ):
                # "Association President Tom Reed", after "the Kestrel Medical Association" staged a
                # rally, and "Council leader Ana Vell", after "Kestrel City Council said": that body;
                # with no such body before, "Company spokeswoman Ana Ruiz" names none, and "Council
                # leader Ana Vell" still says which kind of body she leads
                org = self._body_called(org.lower()) or (org if org.lower() in GOVERNMENT_ORG_WORDS else None)
            if org is None and res.kind == "person" and re.match(r"(?i)its\s", m.text.strip()):
                org = self._body_called(None)  # "its Asia coordinator, Samir Haddad": the body just spoken of
            if org and res.kind == "group" and not res.scoped:
                org = None  # "Kestrel Premier Tom Reed and Prime Minister Ana Ruiz": named people, each in an office
            if org and org.startswith("New ") and org[4:].lower() in COUNTRY and org.lower() not in COUNTRY:
                org = org[4:]  # "New UK Culture Minister Tom Hale": newly in office, the UK's
            if org and org.lower() != res.name.lower() and not _no_body(org, m.text):
                res = replace(res, affiliation=org)
        elif res.affiliation is None and res.kind == "organization" and not res.scoped:
            camp = _camp(m.text, res.name)
            if camp and not _no_body(camp, m.text):
                res = replace(res, affiliation=camp)
        if res.affiliation is None and res.kind == "person" and res.scoped:
            res = self._whose_role(m, res)  # "his spokesman said", after Tom Reed spoke: Reed's
        if res.affiliation is None and res.kind == "person" and res.scoped and _SPOKES.fullmatch(m.head_lemma):
            res = self._spoken_for(m, res)
        elif res.affiliation is None and res.kind == "person" and _SPOKES.search(m.text.lower()):
            res = self._spoken_for(m, res)  # "spokeswoman Ana Ruiz said", for none the mention names
        if res.affiliation is None and res.kind == "person" and not res.scoped:
            # "Mantashe denied the claims" after "Mineral Resources and Energy Minister Gwede Mantashe"
            earlier = next((e for _, e in reversed(self.seen) if e.key == res.key and e.affiliation), None)
            if earlier is not None:
                res = replace(res, affiliation=earlier.affiliation)
            else:
                res = self._named_next(m, res)
        if res.affiliation is None and res.kind == "person" and not res.scoped:
            owned = re.match(
                rf"([A-Z][^\s’']*(?:\s+[A-Z][^\s’']*){{0,3}})[’']s\s+{re.escape(res.name)}\b", m.text.strip()
            )
            if owned:  # "Kestrel Party’s Tom O’Hara", one name to the model: his party's
                res = replace(res, affiliation=owned.group(1))
        if res.affiliation and "(" in res.affiliation:
            # "Kestrel Brewers Association (KBA", "Kestrel Water Agency (KWA)": the body, not the
            # acronym it is known by (which stands for it wherever it speaks)
            bare = _AFFILIATION_ACRONYM.sub("", res.affiliation).strip()
            res = replace(res, affiliation=bare or res.affiliation)
        if res.affiliation and res.affiliation.lower() in _WHEN_WORDS:
            res = replace(res, affiliation=None)  # "Thursday's figures", "today's report": when, not whose
        if res.kind == "person" and not res.scoped:
            self._titled(res, _titling(m.text, res.name))
        self.seen.append((m, res))
        return res

    def _latest_of(self, m: Mention) -> Resolved | None:
        """ "The latest" or "the first" alone, a word of order with no noun after it, after a
        sentence that names documents in the plural ("a series of inspection reports and
        reviews. The latest concluded ..."): the last of those documents, not a person."""
        which = _ORDER_ALONE.fullmatch(m.text.strip())
        if which is None:
            return None
        before = self.text[max(0, self.at - 300) : self.at]
        before = re.split(r"(?<=[.!?])\s+", before.rstrip())[-1] if before.strip() else ""
        plurals = [w for w in re.findall(r"[a-z]+s\b", before) if w[:-1] in DOCUMENT_HEADS]
        if not plurals:
            return None
        name = f"{which.group(1).lower()} {plurals[-1][:-1]}"
        return Resolved(name, name, "document", True)

    def _latter_or_former(self, m: Mention) -> Resolved | None:
        """ "the latter" or "the former" alone: the second or the first of the two names joined by
        "and" last before it, in its sentence or the one before ("platforms Quickbite and Fudora,
        and the latter said ..."): that name, as the text resolved it or by its words."""
        which = re.fullmatch(r"(?i)\s*the\s+(latter|former)\s*", m.text)
        if which is None:
            return None
        before = self.text[max(0, self.at - 400) : self.at]
        before = " ".join(re.split(r"(?<=[.!?])\s+", before)[-2:])
        pairs = list(_TWO_NAMES.finditer(before))
        if not pairs:
            return None
        name = pairs[-1].group(2 if which.group(1).lower() == "latter" else 1)
        key = _name_key(name)
        known = next((r for _, r in reversed(self.seen) if r.key == key), None) or next(
            (r for _, r in reversed(self.persons) if r.key == key), None
        )
        if known is not None:
            return known
        kind = self.described.get(name) or ("person" if name.split()[0].lower() in GIVEN_NAMES else _name_kind(key))
        return Resolved(name, key, kind, False)

    def _body_called(self, word: str | None) -> str | None:
        """The body spoken of last that a common word stands for, as `_definite_body` reads "the
        company" or "the group" that speaks: the last body whose name has that word ("the council"
        once "the Kestrel Arts Council" spoke), or of any name of its kind ("the company" after "Acme
        Mining", not after "the Labour Party"); with no word ("its"), the last body."""
        for seen, res in reversed(self.seen):
            if not seen.spans or self.at - seen.spans[0][0] > _NEAR_BY:
                break  # a body spoken of paragraphs before: perhaps not the one meant, where others came between
            if res.kind not in {"organization", "government"} | ({"media"} if word is None else set()):
                continue  # "its" may be a paper's too ("its editor"); "the company's" no paper's
            if res.scoped and (
                not any(w[:1].isupper() and w.lower() not in COUNTRY for w in res.name.split())
                or any(w in _PLACE_PREPOSITIONS for w in res.name.split())
            ):
                # "the company" spoke, "the Norwegian national airline", "a grand jury in Kestrel
                # County": no body's name ("Brynmawr council" is one)
                continue
            # "its": any body; "the company's" only a body that is no government's
            if word is None or _called_so(word, res):
                return res.name
        if word is None:
            return None
        # a body a sentence before had as its subject, though it said nothing ("Kestrel Food Bank
        # has not seen a spike, although Ana Vell, the organisation's manager, said ...")
        for o, res in reversed(self.papers):
            if o >= self.at or self.at - o > _NEAR_BY:
                continue
            if res.kind in {"organization", "government"} and not res.scoped and res.name.split()[-1][:1].isupper():
                # a name ("Kestrel Food Bank"), not what a body is ("the Norwegian national airline")
                if _called_so(word, res):
                    return res.name
        return None

    def _titled(self, res: Resolved, genders: set[str]) -> None:
        if genders:
            self.titles.setdefault(res.key, set()).update(genders)

    def _titled_person(self, m: Mention, name: str) -> Resolved | None:
        """The person a surname after a title of courtesy names ("Mr. Kestrel"), of those named
        before with that surname (speakers first, the last first): one the same title named;
        else one no title of the other gender named ("Mrs. Kestrel" is not a later "Mr.
        Kestrel"); a new person where every one of that surname was titled the other gender.
        None where the titles tell nothing, for the rules that follow."""
        surname = _GENDER_TITLE.sub("", name).strip()
        genders = _titling(m.text, surname)
        if len(genders) != 1 or len(surname.split()) != 1:
            return None  # a fuller name ("Mrs. Ana Ruiz") is matched by its given names
        named = [r for _, r in reversed(self.seen)] + [r for o, r in reversed(self.persons) if o < self.at]
        same = [r for r in named if r.kind == "person" and not r.scoped and _may_name(surname, r.name)]
        titled_so = [r for r in same if genders <= self.titles.get(r.key, set())]
        fits = [
            r
            for r in same
            if not _other_gender(genders, self.titles.get(r.key, set()))
            # nor one a "he" stood for, for "Ms" ("Ms Thorne, his sister" after "Tom Thorne ... He said")
            and not _other_gender(genders, {self.pronoun_genders.get(r.key, "both")} - {"both"})
        ]
        full = [r for r in fits if _in_full(r.name)]
        if titled_so and not _in_full(titled_so[0].name) and full:
            # "Mr. Kestrel" named by the surname alone before "Tom J. Kestrel": the one named in full
            return _first_named(full, self.persons, self.seen)
        if titled_so:
            return titled_so[0]
        if len(fits) == len(same):
            return None  # no one of that surname titled at all, or none titled the other gender
        if fits:
            return fits[0]
        title = next(_titles_before(m.text, surname)).group(1)
        titled = f"{title}. {surname}" if f"{title}." in m.text else f"{title} {surname}"
        return Resolved(titled, titled.lower(), "person", False)

    def person_after_all(self, res: Resolved) -> Resolved:
        """A name the model took for an organisation's that speaks as one person (its quotation
        says "I": '"I have not slept since," Ana Ruiz said'; what it reports opens with "he" or
        "she"; a "she" with no one else to stand for follows it): a person, and so are its earlier
        claims (`turned`). A name with the words of a body ("Acme Corp", "Harbour Union", "NASA")
        stays an organisation."""
        if res.kind != "organization" or res.scoped or res.id or not personal_name(res.name):
            return res
        person = replace(res, kind="person")
        self.seen = [(m, person if r.key == res.key and r.kind == res.kind else r) for m, r in self.seen]
        self.persons.append((self.at, person))
        self.turned.append(person)
        return person

    def person_after_all_of(self, m: Mention, res: Resolved) -> Resolved:
        """A country's name the model tagged a person's that speaks as one person ("Jordan said he
        would play on Sunday"): that person, not the country's government."""
        if res.kind != "government" or not any(
            label == "PERSON" and _strip_det(e).lower() == _strip_det(m.text).lower() for e, label in m.entities
        ):
            return res
        name = _strip_det(m.text)
        person = Resolved(name, name.lower(), "person", False)
        if self.seen and self.seen[-1][1] == res:
            self.seen[-1] = (self.seen[-1][0], person)
        return person

    def body_after_all(self, res: Resolved) -> Resolved:
        """A one-word name the model took for a person's that the text calls "it" right after it
        spoke ("Kestrel said ... It added ..."): a body, and so are its earlier claims
        (`turned_bodies`); no later "he" or "she" stands for it."""
        if res.kind != "person" or res.scoped or res.id or " " in res.name or self._named_in_full(res.name):
            return res
        body = replace(res, kind="organization")
        self.seen = [(m, body if r.key == res.key and r.kind == "person" else r) for m, r in self.seen]
        self.persons = [(o, r) for o, r in self.persons if r.key != res.key]
        self.turned_bodies.append(body)
        return body

    def _named_in_full(self, surname: str, first_too: bool = False) -> bool:
        """Whether the article names a person with this last word and a first name before it
        (`first_too`: or with this first name, "Chad Reed" for "Chad")."""
        known = [r for _, r in self.seen] + [r for _, r in self.persons]
        return any(
            r.kind == "person"
            and len(r.name.split()) > 1
            and (_surname(r.name) == surname or first_too and r.name.split()[0] == surname)
            for r in known
        )

    def _last_speaker(self) -> tuple[Mention, Resolved] | None:
        """The last speaker before, a document it speaks of aside."""
        return next(((sm, sr) for sm, sr in reversed(self.seen) if sr.kind != "document"), None)

    def _whose_role(self, m: Mention, res: Resolved) -> Resolved:
        """ "his spokesman", "her lawyer" right after a named person spoke in the same paragraph
        or the one before: that person's (the affiliation), if "his" or "her" may stand for them."""
        owner = m.text.strip().lower().split()[:1]
        gender = {"his": "male", "her": "female"}.get(owner[0]) if owner else None  # "their": not one
        if gender is None or m.head_lemma not in ROLE_NOUNS:
            return res
        found = self._last_speaker()
        if found is None:
            return res
        last_m, last = found
        if last.kind != "person" or last.scoped or not last_m.spans or not m.spans:
            return res
        if not _may_be(last, "he" if gender == "male" else "she", self.genders):
            return res
        if self.pronoun_genders.get(last.key, gender) not in {gender, "both"}:
            return res  # "Her lawyer" after a "he" stood for them
        if not 0 <= m.spans[0][0] - last_m.spans[-1][1] <= SPOKEN_FOR_REACH:
            return res
        return replace(res, affiliation=last.name)

    def _spoken_for(self, m: Mention, res: Resolved) -> Resolved:
        """ "A spokesperson said ..." right after an organisation spoke ("Acme denied the report.
        A spokesperson said ..."): the organisation's spokesperson, though the text does not say
        so again. Only the speaker just before (a document it speaks of aside), and only near
        (SPOKEN_FOR_REACH)."""
        serving = re.search(r"\bspokes\w*\s+(?:for|to)\s", m.text.lower())
        if serving:
            # "a spokesman for Health Minister Tom Reed": his; "a spokeswoman for the environment
            # minister": one the mention names, not the last speaker
            served = [e for e, label in m.entities if label == "PERSON" and m.text.find(e) > serving.start()]
            return replace(res, affiliation=_untitled(served[0])) if served and served[0] != res.name else res
        found = self._last_speaker()
        if found is None:
            return res
        last_m, last = found
        if last.key == res.key and last.affiliation:
            return replace(res, affiliation=last.affiliation)  # the same spokesperson's next act
        if last.kind not in {"organization", "government"} or not last_m.spans:
            return res
        if m.spans and 0 <= m.spans[0][0] - last_m.spans[-1][1] <= SPOKEN_FOR_REACH:
            return replace(res, affiliation=last.name)
        return res

    def _body_by_its_name(self, res: Resolved) -> Resolved:
        """A body the text describes before its name ("the Norland nuclear agency Fjordatom",
        "the conservation group Fjord Alert"): named by its name, as a later "Fjordatom said" names
        it, which then is that body, though the model took the name alone for a person's."""
        if res.kind in {"organization", "government"}:  # a medium keeps its description ("news website G1")
            named = _DESCRIBED_BODY.fullmatch(res.name)
            if named and named.group(2) in ORGANIZATION_HEADS | GOVERNMENT_ORG_WORDS | GOVERNMENT_NOUNS:
                self.described_bodies[named.group(3).lower()] = res.kind
                return replace(res, name=named.group(3), key=named.group(3).lower(), scoped=False)
        if res.kind == "person" and not res.scoped and res.key in self.described_bodies:
            earlier = (b for _, b in reversed(self.seen) if b.kind in _BODY_KINDS and b.key == res.key)
            return next(earlier, replace(res, kind=self.described_bodies[res.key]))
        return res

    def _resolve(self, m: Mention) -> Resolved:
        """The source of a mention: the first of the rules (RULES, in order) that names one."""
        r = _Reading.of(m)
        shouted = _shouted(r.bare) if re.match(r"(?:an?|the)\s", m.text.strip(), re.IGNORECASE) else None
        if shouted:  # "A MOTHER'S claims ...": a mother, not a body's acronym (a transcript's "HOST:" is named)
            return self._description(m, shouted) or Resolved(shouted, shouted, "person", True)
        one = _ONE_OF_A_KIND.fullmatch(m.text.strip())
        if (
            one
            and one.group(2) == m.head
            and not (m.plural or m.pronoun)
            and m.head_lemma not in _BODY_WORDS_ALL
            and not any(label in {"PERSON", "GPE"} and m.head in e.split() for e, label in m.entities)
            and not any(_same_surname(p.name, m.head) for _, p in [*self.persons, *self.seen] if p.kind == "person")
        ):  # "a former Paralympian", "a Texan": one of those the capitalised word names (not "a teary-eyed Reed")
            return Resolved(one.group(1), one.group(1).lower(), "person", True)
        for rule in self.RULES:
            found = rule(self, m, r)
            if found is not None:
                return found
        kind = _common_kind(m.head_lemma)
        last_word = r.lower.split()[-1] if r.lower.split() else ""
        if kind == "person" and "-" in last_word and last_word in ORGANIZATION_HEADS:
            kind = "organization"  # "the Co-op said", "a think-tank warned": the parser's head the word's last part
        if r.lower.endswith("coast guard") or m.head_lemma == "guard" and re.search(r"\bcoast guard\b", r.lower):
            # "the Riverton coast guard", "the coast guard in Lucena", as "the coastguard": no guard on duty
            kind = "government"
        if r.lower == "paper" and not m.plural:
            kind = "media"  # "..., the paper said": a newspaper, no sheet of paper
        elif m.head_lemma == "paper" and len(r.words) > 1 and r.words[-2].lower() in _PAPERS_WRITTEN:
            kind = "document"  # "a leaked paper suggests", "the white paper says": a paper written, no newspaper
        elif m.head_lemma == "paper" and len(r.words) > 1 and r.words[-2].lower() in _NEWSPAPERS and not m.plural:
            kind = "media"  # "the local paper said", "a Sunday paper reported": a newspaper
        if r.lower in {"city hall", "town hall"}:
            kind = "government"  # "City hall insists ...": the city's government
        if m.head_lemma == "force" and not m.plural and (r.lower == "force" or _STATE_FORCES.search(r.lower)):
            # "..., the force added" after "Sussex Police said": the police named before; "the air
            # force", "a police task force": a body of the state, no person
            police = next(
                (e for _, e in reversed(self.seen) if e.kind == "government" and _POLICE.search(e.name)), None
            )
            if police is not None and r.lower in {"force", "police force"}:
                return police
            kind = "government"
        if kind == "organization" and m.head_lemma in BUSINESS_NOUNS and maker_of_no_goods(r.bare):
            kind = "person"  # "the party's image-maker", "a policy maker": a person's work, no business
        digits = m.head.replace(",", "")  # "1,204 voted to strike"
        count = WORD_NUMBERS.get(m.head.lower()) or (int(digits) if digits.isdigit() else 0)
        if count > 1 and (m.head == r.words[-1] or digits.isdigit()):
            kind = "group"  # "All four have denied", "the two said", "1,204 of the drivers": those people
        before = r.words[-2].lower() if len(r.words) > 1 else ""
        if m.head_lemma == "card" and before in {"report", "score"}:
            kind = "document"  # "the board's yearly report card": a report, no one
        if m.head.lower() == "general" and before.endswith("s") and before[:-1] in person_nouns():
            kind = "group"  # "the attorneys general": the title's noun, before "general", is plural
        if m.head_lemma == "justice" and re.search(r"\b(?:chief|associate|deputy|acting|puisne)\s+justice$", r.lower):
            kind = "person"  # "the chief justice": a judge
        if _ranked_figure(m, r):
            kind = "group" if m.plural else "person"  # "a top party figure": a person of rank, no number
        if kind == "document" and (m.proper or any(m.head in e for e, label in m.entities if label == "ORG")):
            kind = "organization"  # "LG Display": a name, though its head names a message
        if kind == "document" and re.search(r"\b(?:record|music|fashion|indie)\s+labels?$", r.lower):
            kind = "organization"  # "an indie label alleges": a company, not what a label on a tin says
        if re.fullmatch(r"[A-Z]{2,}", m.head) and self._amid_lower_case(m) and not _office_in_capitals(m):
            return Resolved(r.bare, _name_key(r.bare), "organization", False)  # "WHO", no pronoun in capitals
        if m.head.lower() == "one" and r.lower.startswith("of "):
            # "One of the state's scientists", headed on "one": named as one of them is where the head is theirs
            bare = re.sub(r"^of\s+(?:the\s+)?", "", r.bare)
            return Resolved(_uncap(bare, m), bare.lower(), "person", True)
        if r.lower == "one" and not m.plural:
            # "Paramedics have said ... One added: ...", the capital opening the sentence: one of
            # the group spoken of, as a "but one said" is
            picked = self._picked_group()
            if picked is not None:
                return picked
        return Resolved(_uncap(r.bare, m), r.lower, kind, True)  # "the pilot", "the airline"

    def _people_opening(self, m: Mention, r: _Reading) -> Resolved | None:
        """A capitalised plural of a noun for people as a mention's head ("Refugees say ...",
        "Gunmen who took 40 pupils ..."): those people, a group; not where the article writes the
        word as the first of a longer name, nor a people's own name ("Democrats")."""
        if (
            not _plural_of_people(m.head)
            or self._opens_a_name(m.head)
            or any(e == m.head and label in {"NORP", "GPE"} for e, label in m.entities)
        ):
            return None
        name = r.bare[:1].lower() + r.bare[1:]
        return Resolved(name, name.lower(), "group", True)

    def _opens_a_name(self, word: str) -> bool:
        """Whether the article writes a word as the first of a longer name ("The Landlords
        Association"), so that the word alone may be that body's."""
        return re.search(rf"\b{re.escape(word)}\s+[A-Z]", self.text) is not None

    def _opening_plural(self, m: Mention) -> Mention:
        """A plural noun opening a sentence and a mention, which the tagger may take for a name
        ("Landlords warned ...", "Pensioners said ...", "Attorneys for the family said ..."), read
        as that noun in lower case: a group. Not where the article writes the word as a name: inside a sentence, after another
        capitalised word ("Tom Banks"), or as an earlier speaker's surname."""
        words = m.text.split()
        if not words:
            return m  # a mention of blank space, as odd text may give: no plural to read
        word = words[0]
        if len(words) > 1 and words[1][:1].isupper():
            return m  # "Doctors Without Borders", "Farmers Union": a name
        if any(e == word and label in {"NORP", "GPE"} for e, label in m.entities):
            return m  # "Kurds", "Saudis": a people, always capitalised
        if _named_after_person_noun(m.text, m.text.split()[-1]) in {e for e, label in m.entities if label == "PERSON"}:
            return m  # "Friends of the Forest campaigner Ana Ruiz": a body's name, then the person who speaks
        if m.head != word or not word.isalpha() or not word.istitle() or not word.endswith("s") or m.pronoun:
            return m
        lower = word.lower()
        nouns = english_words()["noun"]
        forms = (lower[:-3] + "y", lower[:-2], lower[:-1])
        # a noun for people first: "diplomats" are diplomats, not diplomas
        singular = next((f for f in forms if f in person_nouns()), None) or next((f for f in forms if f in nouns), None)
        people = singular in person_nouns() or lower in BODY_WORDS or singular in BODY_WORDS
        if lower in nouns and not (people and (len(words) == 1 or not m.entities)):
            # "Isis", "Pants": a word English knows as it is, unless a plural of people or a body
            # ("Leaders of the opposition Acme Alliance" stay the alliance's, named in them)
            return m
        if singular is None or not m.spans or not self._opens_sentence(m.spans[0][0]):
            return m
        for other in re.finditer(rf"\b{word}\b", self.text):
            # after a capitalised word on its line or the line before, not a headline's paragraph ("Nation World")
            before = self.text[: other.start()]
            if not self._opens_sentence(other.start()) or re.search(r"[A-Z][\w’'-]*[ \t]*\n?[ \t]*\Z", before):
                return m
        if any(res.kind == "person" and _surname(res.name) == word for _, res in self.seen):
            return m
        if any(res.kind != "person" and _spelled_by(word, res.key) for _, res in self.seen):
            return m  # "Kados said", after "the Kestrel Anti-Doping Organisations": its initials
        entities = [e for e in m.entities if e[0] != word]  # "Attorneys for the Riverton family": the town stays
        text = lower + m.text[len(word) :]
        return replace(
            m, text=text, head=lower, head_lemma=singular, plural=True, entities=entities, proper=False, core=None
        )

    def _opens_sentence(self, at: int) -> bool:
        """Whether the word at `at` opens a sentence: after a line's start or its dateline ("date
        2024-03-01 ", "RIVERTON, Ohio (AP) —"), a sentence's end, or a quotation mark or bracket there."""
        line = self.text.rfind("\n", 0, at) + 1
        if dateline_end(self.text, line, len(self.text)) == at:
            return True
        before = self.text[:at].rstrip(" \t\"“‘'(")
        if before.endswith(".") and before.split()[-1].lower().rstrip(".") in TITLES:
            return False  # "Dr. Banks"
        return not before or before[-1] in ".!?\n"

    def _acronym_elsewhere(self, word: str, m: Mention) -> bool:
        """Whether a word in capitals is written so inside a sentence elsewhere in the text, after
        a word in lower case ("a spokeswoman for NAN (...)"): an acronym, where a noun shouted to
        open a story is shouted there alone."""
        own = m.spans[0][0] if m.spans else -1
        return any(
            found.start() != own and re.search(r"\b[a-z]+,?\s+$", self.text[max(found.start() - 30, 0) : found.start()])
            for found in re.finditer(rf"\b{re.escape(word)}\b", self.text)
        )

    def _shouted_people(self, m: Mention) -> Mention:
        """A noun for people in capitals opening a mention in lower case, as some papers open a
        story ("NURSES at the hospital have voted to strike", "DOCTORS said ..."), read as that
        noun: people, no acronym; or a word before such a noun ("WATER officials warned"). Not where
        the article writes the word as a name ("Police Scotland"), the whole line is in capitals (a
        headline) or the word labels a transcript's turn ("HOST: ...")."""
        opening = re.match(r"[A-Z]{3,}\b", m.text)
        first = opening.group(0) if opening else ""
        if not first or m.pronoun:
            return m
        people = _people_word(first.lower())
        if people is None and first.lower() in GOVERNMENT_NOUNS and first.lower().endswith("s"):
            # "AUTHORITIES urged ...": the authorities, read as written in lower case (the singular
            # its lemma, as `_people_word` gives one)
            written = first.lower()
            people = written[:-3] + "y" if written.endswith("ies") else written[:-1]
        # "WATER officials warned ...": a word in capitals before the noun for people in lower case
        modifier = (
            m.head != first
            and re.match(r"[A-Z]{3,}\s+[a-z]", m.text)
            and english_word(first.lower())
            and not any(first in e.split() for e, _ in m.entities)  # not "NATO officials", a body's initials
            # opening its paragraph, after a dateline or a label at most (not "... IMF chief economist")
            and bool(m.spans)
            and re.fullmatch(r"(?:.*[)—–:-])?\s*", self.text[: m.spans[0][0]].rsplit("\n", 1)[-1]) is not None
        )
        if people is None and not modifier:
            return m
        if people is not None and re.search(rf"\b{re.escape(first.capitalize())}\b", self.text):
            return m
        if people is not None and self._acronym_elsewhere(first, m):
            return m  # "NAN said", after "A spokeswoman for NAN (Navegacao Aerea de Norland)": the body
        if not self._amid_lower_case(m) or self._labels(m):
            return m
        lower = first.lower()
        spoken = lower + m.text[len(first) :]
        if m.head != first or people is None:  # (a word before the noun for people is never the head)
            return replace(m, text=spoken, core=None)
        plural = lower != people
        return replace(
            m, text=spoken, head=lower, head_lemma=people, plural=plural, entities=[], proper=False, core=None
        )

    def _labels(self, m: Mention) -> bool:
        """Whether a mention is a label before a colon ("Lawyer: ...")."""
        return bool(m.spans) and self.text[m.spans[-1][1] : m.spans[-1][1] + 1] == ":"

    def _amid_lower_case(self, m: Mention) -> bool:
        """Whether the line a mention stands in is not all in capitals (as a transcript's labels
        or a shouted headline are): a word in capitals there is an acronym."""
        at = m.spans[0][0] if m.spans else self.at
        start = self.text.rfind("\n", 0, at) + 1
        end = self.text.find("\n", at)
        return not self.text[start : end if end >= 0 else len(self.text)].isupper()

    # The rules of _resolve. Each takes the mention and its reading, and returns a source or None
    # to pass it on to the next rule.

    def _some_of_a_group(self, m: Mention, r: _Reading) -> Resolved | None:
        """ "Many" or "Others" alone, "73 percent", "A majority", "About half": some of a group
        the article does not name again."""
        if len(r.words) == 1 and r.words[0].lower() in GROUP_PRONOUNS:
            word = r.words[0].lower()
            return Resolved(word, word, "group", True)
        if m.head.lower() in GROUP_PRONOUNS and re.match(rf"(?i){m.head}\s+of\s+(?:those|them|the)\b", m.text.strip()):
            # "Many of those hit", "some of the residents": some of a group of people
            return Resolved(_uncap(r.bare, m), r.lower, "group", True)
        if (
            m.head_lemma.lower() in _PORTION_HEADS
            and not re.search(r"\bof\b|\d", m.text.split(m.head)[-1])
            and not (m.head_lemma.lower() in MADE_FIGURES and _MADE_BY.search(m.text))
        ):
            # "a similar number": not "Number 10", nor "numbers obtained from the police" (a document)
            return Resolved(_uncap(r.bare, m), r.lower, "group", True)
        if _ONE_IN.match(m.text) and not m.pronoun:  # "Six in 10", "one out of every five voters"
            name = _uncap(m.text, m)
            return Resolved(name, name.lower(), "group", True)
        if (
            re.fullmatch(_NUMBERS, m.head, re.I)
            and m.head.lower() != "one"  # "One of the state's scientists": one person of them
            and _OF_SOME.search(m.text)
            and not r.persons
        ):
            # "About two-thirds of primary voters", the parser heading it on "two": some of a group
            return Resolved(_uncap(r.bare, m), r.lower, "group", True)
        if _SCALED_COUNT.match(m.text.strip()) and (m.plural or m.head.lower() in _SCALES) and not r.persons:
            return Resolved(_uncap(r.bare, m), r.lower, "group", True)  # "3 million drivers", "Several thousand"
        percent = m.head.lower() in {"%", "percent"} or re.search(r"\bper\s+cent\b", m.text.lower())
        if percent and _OF_SOME.search(m.text) and not r.persons:
            # "Almost 60% of the clinics in the region", headed on the sign: some of a group
            return Resolved(_uncap(r.bare, m), r.lower, "group", True)
        return None

    def _pronoun(self, m: Mention, r: _Reading) -> Resolved | None:
        """ "he", "they": an earlier speaker, else an unidentified speaker of the article."""
        if not m.pronoun:
            return None
        if r.head.lower() in PEOPLE_PRONOUNS and len(r.words) > 1:
            name = m.text[:1].lower() + m.text[1:]  # "those on strike": described, not named before
            return Resolved(name, name.lower(), "group", True)
        if r.head.lower() in {"someone", "somebody"} and len(r.words) > 1:
            name = m.text[:1].lower() + m.text[1:]  # "someone at the ministry": unnamed, as "a source at" is
            return Resolved(name, name.lower(), "anonymous", True)
        if r.lower == "one" and not m.plural and not self._generic_one(m):
            # "But one said:" after "many dock workers were too upset to talk"
            return self._picked_group() or unidentified(r.head)
        if r.head in {"them", "us"} and not m.plural:  # "one of them": a member of the group last spoken of
            if r.persons and re.match(r"(?i)\s*one\s+of\s+(?:them|us)\s*,\s*", m.text):
                name = r.persons[0]  # "One of them, Tom Reed of the safety board,": the one named
                return self._person_named(name)
            return self._picked_group() or unidentified(r.head)
        found = self._antecedent(r.head)
        if found is None and r.head.lower() in MALE | FEMALE:
            found = self._named_against_name(r.head.lower())
        if found is not None and found.kind == "person" and r.head.lower() in MALE | FEMALE:
            gender, key = "male" if r.head.lower() in MALE else "female", found.key
            self.pronoun_genders[key] = gender if self.pronoun_genders.get(key, gender) == gender else "both"
        return found or unidentified(r.head)

    def _generic_one(self, m: Mention) -> bool:
        """Whether "one" is anyone at all ("one could say ...", "one might argue"), by the modal after it."""
        end = m.spans[-1][1] if m.spans else -1
        return end >= 0 and re.match(r"\s+(?:could|would|might|may|can|should|must)\b", self.text[end:]) is not None

    def _title_alone(self, m: Mention, r: _Reading) -> Resolved | None:
        """A title alone: a role that describes its holder ("Mayor rejects audit findings"); a
        title or a clitic the parse cut off from its name ("Mr.", "'s") is the last person."""
        aged = _AGE.fullmatch(r.bare) or (  # "The 62-year-old claimed", "the 31-year-old Englishman said"
            _AGE.match(r.bare)
            and len(r.bare.split()) <= 2
            and not (m.plural or m.pronoun)
            and m.text.lower().startswith("the ")
        )
        if aged:  # the person last spoken of, as "he" or "she" is: an age says no gender
            return self._last_person_of_any_gender() or unidentified("he")
        hyphened = " " not in r.bare.strip() and _hyphened_title(r.bare.strip())  # "Vice-Chancellor insisted"
        if len(r.words) == 1 and r.words[0].lower() in ROLE_TITLES or hyphened:
            title = r.bare.strip().lower() if hyphened else r.words[0].lower()
            for earlier_m, earlier in reversed(self.seen):
                if earlier.kind == "person" and earlier.key != title and _titled_by(title, earlier_m.text):
                    return earlier  # a subheading "President denies fraud claims" after "President Ana Ruiz"
            return Resolved(title, title, "person", True)
        if not r.words and m.head.replace(",", "").isdigit():
            count = m.head  # "..., while 388 rejected the offer": that many people, no one named before
            return Resolved(count, count.lower(), "group", True)
        share = _strip_det(m.text).strip(" ,")
        if _SHARE.fullmatch(share):  # "86% said ...": that share of those asked, no one named before
            return Resolved(share, share.lower(), "group", True)
        if not r.words or all(w.lower() in TITLES for w in r.words):
            return self._last_person_of_any_gender() or unidentified(r.head)  # "'s" says no gender either
        return None

    def _named_against_name(self, pronoun: str) -> Resolved | None:
        """The one person a "he" or "she" stands for though a list of given names holds the name
        for the other sex ("Phil Reed called the cuts a scandal. She said ..."; Phil is Philomena too):
        the last speaker, a person named who said it just before, when no title, word or earlier
        pronoun gave them the other sex and nobody else was named since."""
        speaking = [(m, r) for m, r in self.seen if r.kind != "narrator"]
        if not speaking:
            return None
        m, last = speaking[-1]
        if (
            last.kind != "person"
            or last.scoped
            or not m.spans
            or self.at - m.spans[-1][1] > PERSON_REACH
            or last.key in self.pronoun_genders
            or self._titled_against(last, pronoun)
            or {GENDERED.get(w) for w in last.name.lower().split()} - {None}
            or (self.genders or {}).get(_gender_key(last.name)) in {"male", "female"}
            or any(m.spans[-1][1] <= o < self.at and r.key != last.key for o, r in self.persons)
        ):
            return None
        return last

    def _last_person_of_any_gender(self) -> Resolved | None:
        """The person a "he" or "she" would stand for, of either gender (`_GenderUnsaid`)."""
        genders, self.genders = self.genders, _GenderUnsaid()
        try:
            return self._antecedent("he")
        finally:
            self.genders = genders

    def _epithet(self, m: Mention, r: _Reading) -> Resolved | None:
        """A definite description that stands for someone named before, as news writing varies
        its references: a man or woman marked by a name the person was named with ("the
        ex-Chelsea man" after "Former Chelsea striker Tom Reed"). "The man" alone may be anyone,
        and stays a description. (An age, "the 31-year-old Englishman", is _title_alone's.)"""
        if m.plural or m.pronoun or not m.text.lower().startswith("the ") or m.head_lemma not in EPITHET_HEADS:
            return None
        # the words of the description after "the", as _Reading reads them, that a name capitalises
        marks = {w.lower() for w in r.words[1:] if w[:1].isupper()} - {m.head.lower()}
        if not marks:
            return None
        for earlier_m, earlier in reversed(self.seen):
            if earlier.kind == "person" and marks <= plain_words(earlier_m.text) | plain_words(earlier_m.apposition):
                return earlier
        return None

    def _owned_person(self, m: Mention, r: _Reading) -> Resolved | None:
        """A person named after the possessive of whom they work for, as news names a
        correspondent or an aide ("CNN's Jake Tapper", "Fox News' Ana Ruiz", tagged one name or
        two): the person, speaking for the owner."""
        owned = _OWNED_NAME.fullmatch(r.bare)
        if owned is None:  # "the hospital’s Ana Ruiz": a body by its common noun
            owned = _BODY_OWNED_NAME.fullmatch(r.bare)
            if owned is not None and owned.group(1) not in GOVERNMENT_ORG_WORDS | ORGANIZATION_HEADS | MEDIA_WORDS:
                owned = None
        if owned is None or m.pronoun:
            return None
        words = owned.group(2).split()
        while words and words[0].lower().strip(".") in ROLE_NOUNS | ROLE_MODIFIERS | TITLES:
            words = words[1:]  # "Acme's Chief Executive Ana Ruiz"
        name, owner = " ".join(words), owned.group(1)
        if _people_owner(owner.split()[-1]):
            # "The People's Progressive Party", "Workers' Party", "the Riverton Teachers' Pension
            # Fund": a name that holds so, no owner
            return None
        if len(words) >= 2 and words[-1].lower() in _BODY_NAME_WORDS and all(w[:1].isupper() for w in words):
            key = _name_key(name)  # "Riverton's Kestrel Relief Centre": a body the place has, no one
            return (
                Resolved(name, key, "organization", False, affiliation=owner)
                if _name_kind(key) == "organization"
                else None
            )
        if len(words) < 2 or not personal_name(name) or words[-1].lower() in ROLE_NOUNS and r.persons:
            return None  # not "Trade Minister" of "Velland's Trade Minister, Jorge Amadi": his office
        if (
            (name, "ORG") in m.entities
            and not any(name in p or p in name for p in r.persons)
            and not any(w.lower() in GIVEN_NAMES for w in words)
        ):
            return None  # "Norvia's Blue Crescent": a body the tagger read as one, no given name in it
        return Resolved(name, name.lower(), "person", False, affiliation=owner)

    def _country(self, m: Mention, r: _Reading) -> Resolved | None:
        """A country, its capital or its government ("Beijing", "Chinese authorities"); not a
        person named at the mention's end after a role ("Jakarta, national army spokesman Brig.
        Gen. Setiawan", the parser having hung the spokesman on the city)."""
        if r.persons and m.text.rstrip(" ,").endswith(r.persons[-1]) and _role_words(m.text.split()):
            return None
        part = _PART_OF_COUNTRY.search(m.text)
        if part and re.fullmatch(
            r"(?:[Tt]he\s+)?(?:[A-Z][\w.]*\s+){0,2}", m.text[: part.start()].lstrip()
        ):  # "The US state of Oregon", "the Australian state of Kestria": that state's, no country's
            name = part.group(0)
            return Resolved(name, name.lower(), "government", False)
        place = m.text.split(",")[0].strip()
        if (
            "," in m.text
            and re.fullmatch(r"[A-Z][a-z]+", place)
            and not m.plural
            and _described_as_person(m)
            and m.apposition_head in GENDERED
        ):
            return self._person_named(place)  # "said Jordan, the victim's younger brother": a man so named
        if not m.plural and _nationality(m.head) and re.match(r"(?i)(?:a|an|one|another)\s", m.text.lstrip()):
            # "One Kestrian interviewed by the group said": a person of that nation, not its government
            return Resolved(m.head, m.head.lower(), "person", True)
        if (
            m.head_lemma in {"country", "nation"}
            and not m.plural
            and re.match(r"(?i)the\s", m.text.strip())
            and not any(label in {"GPE", "ORG", "PERSON"} for _, label in m.entities)  # "the West African nation"
            and " of " not in m.text
        ):
            # "The Pacific nation said", "the country": the country the story last spoke for
            known = next(
                (res for _, res in reversed(self.seen) if res.kind == "government" and res.name.lower() in COUNTRY),
                None,
            )
            if known is not None:
                return known
        described = _NATION_OF.fullmatch(r.bare)
        if described and described.group(1).lower() in COUNTRY:  # "the Baltic nation of Norvia"
            country = COUNTRY[described.group(1).lower()]
            return Resolved(country, country.lower(), "government", False)
        return self._government(m, r.lower)

    def _known_acronym(self, m: Mention, r: _Reading) -> Resolved | None:
        """ "NPA" after "the New People's Army", "MSF" after "Doctors Without Borders (MSF)"."""
        if re.fullmatch(r"\d+[A-Z][A-Z\d&]*|[A-Z]+\d[A-Z\d]*", r.bare):
            key = _name_key(r.bare)  # "4KDB said": a body's acronym with a figure in it, no one's name
            return self._acronym(r.bare) or Resolved(r.bare, key, _name_kind(key), False)
        known = re.fullmatch(r"[A-Z]{2,6}", r.bare) or r.bare.upper() in self.acronyms
        if not known and re.fullmatch(r"[A-Z][a-z]{2,5}", r.bare):
            # "Kado" after "the Kestrel Anti-Doping Office": initials some papers write as a word
            return next(
                (e for _, e in reversed(self.seen) if e.kind != "person" and _spelled_by(r.bare, e.key)), None
            ) or self._spelled_in_text(r.bare)
        if not known and re.fullmatch(r"[A-Z](?:[a-z]?[A-Z]){1,4}", r.bare):
            # "ToI" after "the Times of India": capitals of the name's words, a joining word's in lower case;
            # named so before its name in full ("TfL decided ..."): a body still, no person's name has its shape
            key = _name_key(r.bare)
            return self._acronym(re.sub(r"[a-z]", "", r.bare)) or Resolved(r.bare, key, _name_kind(key), False)
        return self._acronym(r.bare.upper()) if known else None

    def _spelled_in_text(self, word: str) -> Resolved | None:
        """A body named before in the text, though it said nothing, whose name's initials the word
        spells ("Kado" after "the fine was cut after the Kestrel Anti-Doping Office ruled")."""
        for end, name, key in reversed(self._name_runs):
            if end <= self.at and _spelled_by(word, key) and not personal_name(name):
                return Resolved(name, key, _name_kind(key), False)
        return None

    @cached_property
    def _name_runs(self) -> list[tuple[int, str, str]]:
        """(end, name, key) of every run of capitalised words of three or more in the text."""
        runs = ((m.end(), m.group(0)) for m in _NAME_RUN.finditer(self.text))
        return [(end, name, _name_key(name)) for end, name in runs if len(name.split()) > 2]

    def _masthead(self, m: Mention, r: _Reading) -> Resolved | None:
        """A newspaper's or broadcaster's name ("The Dayton Herald", though tagged a person)."""
        tagged_person = any(label == "PERSON" for _, label in m.entities)
        # "The Independent Policing Oversight Authority (IPOA": the name without its initials
        words = re.findall(r"[a-z]+", _without_open_acronym(r.bare).lower())
        # "the Riverton Star reported": a word that names other things too, a paper's where it reports
        reporting = (
            bool(words)
            and words[-1] in _PAPER_ENDS
            and (
                m.verb_lemma in {"report", "write", "publish"}
                or m.verb_lemma == "to"
                and re.search(r"(?i)\baccording\s+to\s+$", self.text[max(0, self.at - 20) : self.at])
            )  # "According to The Star, ..."
            and m.text.lower().startswith("the ")
            and not m.plural
        )
        if (
            _capitalised(m)
            and (set(_before_of(words)) & MASTHEAD_WORDS or reporting)  # not "Union of Post Office Workers"
            and not _mail_carrier(words)
            # not a word of a masthead describing the name after it ("Independent bookshop Kestrel Books")
            and not _described_before_name(_strip_det(r.bare).split())
            # "Al Kestrel TV", "Riverton Today", tagged a person: a name that ends on a broadcaster's
            # word, or on "Today", which ends no one's name
            and (
                not tagged_person
                or m.text.lower().startswith("the ")
                or words[-1] in {"tv", "television", "radio", "today"}
            )
            # a body named with such a word ("Independent Electoral Commission", "the Independent
            # Board for Fair Polls") is no masthead
            and not any(
                w in GOVERNMENT_ORG_WORDS | ORGANIZATION_HEADS | GOVERNMENT_NOUNS and w not in MEDIA_WORDS
                for w in {words[-1], m.head.lower()}
            )
        ):
            return Resolved(r.bare, r.lower, "media", False)
        if _WEBSITE.fullmatch(r.bare):
            return Resolved(r.bare, r.lower, "media", False)  # "riverton24.com reported": a news site
        return None

    def _body_named_for(self, m: Mention, r: _Reading) -> Resolved | None:
        """A body whose name opens on a capitalised noun of its own and goes on with what it is
        of, for or against ("The Alliance for Norland", "the Coalition for Reform in Norland"), of
        which the model tagged only the place or the cause: the body, not the place, speaks."""
        if m.pronoun or m.recased is not None or not m.head[:1].isupper() or not m.head[1:].islower():
            return None
        bidding = _BIDDING_NAME.fullmatch(_strip_det((m.core or m.text).strip(" ,")))
        if (
            bidding
            and bidding.group(1).lower() in english_words()["verb"]
            and all(_strip_det(e) in bidding.group(0) and not e.startswith(bidding.group(1)) for e, _ in m.entities)
        ):
            name = bidding.group(0)  # "Save the Rivers said": a campaign named by what it bids, no verb
            return self._earlier_body(_name_key(name)) or Resolved(name, _name_key(name), "organization", False)
        lemma = m.head_lemma.lower()
        if lemma in person_nouns() or lemma in _OFFICE_WORDS:
            return None  # "the Secretary of State", "the Queen of Norland": a person by office
        if lemma in GOVERNMENT_ORG_WORDS or lemma in GOVERNMENT_NOUNS:
            return None  # "The City of Riverton", "the Ministry of Health": the rules of bodies of state
        if any(m.head in e.split() for e, _ in m.entities):
            return None  # the model named the body whole ("Friends of the Earth")
        core = _strip_det((m.core or m.text).strip(" ,"))
        found = _NAMED_FOR.match(core)
        if found is None or m.head not in found.group(1).split():
            return None
        named = found.group(1)
        if not english_word(m.head_lemma.lower()) or " " in named and personal_name(named) or self._named_person(named):
            return None  # "Ana Ruiz of the Riverton Tenants Union": a person of the body (`_member_of_body`)
        rest = core[found.end() :].strip()
        if rest and rest not in ORGANIZATION_HEADS:  # "The Pledge to Norland coalition"
            return None
        name = found.group(0)
        key = _name_key(name)
        kind = _name_kind(key)
        return self._earlier_body(key) or Resolved(name, key, "organization" if kind == "person" else kind, False)

    def _described_medium(self, m: Mention, r: _Reading) -> Resolved | None:
        """A medium by the name the text gives it ("the Café Fuerte website" is Café Fuerte, a
        medium, though the tagger takes "Fuerte" for a person)."""
        station = m.head_lemma in {"station", "channel"} and _media(m.text.lower().split()[:-1])  # "TV station"
        if m.head_lemma not in MEDIA_WORDS and not station:
            return None
        name = next((n for n in self.described if n in m.text), None)
        if name is None and station and not m.plural:
            described = _uncap(_strip_det(m.text.strip()), m)
            return Resolved(described, described.lower(), "media", True)  # "the local TV station said"
        return Resolved(name, _name_key(name), self.described[name], False) if name else None

    def _trade_opening_name(self, m: Mention, r: _Reading) -> Resolved | None:
        """A business named after the word for its trade that opens a sentence, which the parser
        runs into the name ("Retailer Asda said ...", "Supermarket Asda ..."; `described_names`
        reads them): the business by its name."""
        words = r.bare.split()
        if len(words) != 2 or words[0].lower() not in _BUSINESS_BEFORE_NAME:
            return None
        if self.described.get(words[1]) != "organization":
            return None
        key = _name_key(words[1])
        return self._earlier_body(key, words[1]) or Resolved(words[1], key, "organization", False)

    def _name_after_office_at_body(self, m: Mention, r: _Reading) -> Resolved | None:
        """ "Head of the analysis unit at Vale Ratings Ahmed El-Maabady", the name untagged and run
        into the body's: the person the last words name (a given name first), of that body."""
        # "Chief Justice of Velland (CJV) K.M.Varadan": no acronym, the initials apart from the surname
        bare = re.sub(rf"\b({_INITIALS.pattern})(?=[A-Z][a-z])", r"\1 ", _ACRONYM_IN_BRACKETS.sub("", r.bare))
        # the body's name may hold a word in lower case ("of the Kestrel Council for Housing Tom Vell")
        found = re.fullmatch(
            r".*?\b(?:at|of|for|with)\s+(?:the\s+)?((?:[A-Z][\w&.’'-]*\s+(?:(?:for|of|and|on)\s+)?){2,7}[A-Z][\w&.’'-]*)",
            bare,
        )
        # a person tagged among the office's words ("Director Port Operations and CEO of ...") is none
        if (
            found is None
            or any(  # not "Ghana K. M. Varadan", the country run into the name
                p in bare[found.start(1) :] and not (p.split()[0].lower() in COUNTRY and _initialled(p.split()[1:]))
                for p in r.persons
            )
        ):
            return None
        roles = role_or_person_nouns()
        offices = [w for w in bare[: found.start(1)].split() if w.lower() in roles]
        # the role the head, or a word before the body where the parser made another word the head
        # ("Leader of the House ...", "Acting Director Port Operations and CEO of the ..."); one holder of
        # two offices, not "Heads of ... and ..."
        if (m.head_lemma not in roles and not offices) or (m.plural and len(offices) < 2):
            return None
        words = found.group(1).split()
        for k in (4, 3, 2):  # "Chief Justice of Velland K. M. Varadan": the name by its initials, all of them
            name, body = words[-k:], words[:-k]
            if (
                body
                and _initialled(name)
                and not _INITIALS.fullmatch(body[-1])
                # "John F. Kerry": a given name and an initial; not "of India B.R. Varadan", a country
                and (body[-1].lower() not in GIVEN_NAMES or body[-1].lower() in COUNTRY)
            ):
                return replace(self._person_named(" ".join(name)), affiliation=" ".join(body))
        for k in (3, 2):  # a given name and a surname (initials, read above, are no words of one)
            name, body = words[-k:], words[:-k]
            if len(body) > 1 and re.fullmatch(r"(?:Al|El)-[A-Z][\w'’-]+", body[-1]):
                name, body = body[-1:] + name, body[:-1]  # "... Interior Al-Mutaz Abu Jaber": his name whole
            given = name[0].lower() in GIVEN_NAMES or name[0].startswith(("Al-", "El-"))
            last = body[-1].lower().strip(".") if body else ""
            if body and not any(english_word(f) for f in _bare_forms(last)) and last not in _BODY_NAME_WORDS:
                continue  # "... of Police Daljit Singh Manhas": a word of the name before it, no body's
            if body and given and given_and_surname(" ".join(name[-3:])):
                return replace(self._person_named(" ".join(name)), affiliation=" ".join(body))
        return None

    def _person(self, m: Mention, r: _Reading) -> Resolved | None:
        """A named person: the earlier speaker or person of that name ("Lopez" after "Maria
        Lopez"), not the owner of a possessive ("Zamfara's commissioner, Ibrahim Dosara"; "Maria
        Lopez's lawyers" are the lawyers)."""
        if not r.persons or _close_to_them(m):
            return None
        if (
            m.plural
            and m.head.islower()
            and (_plural_people_word(m.head) or m.head_lemma in speaker_nouns())
            and r.bare.endswith(f"{r.persons[-1]} {m.head}")
        ):
            return None  # "Kestrel Vell fans found out": the fans, a group named for whom they follow
        if r.persons == [r.bare] and _camel_cased_firm(r.bare):
            return Resolved(r.bare, _name_key(r.bare), "organization", False)  # "SpaceX", tagged a person
        crown = _CROWN_BODY.search(m.text) if r.persons == ["Majesty"] else None
        if crown:
            name = crown.group(0)  # "His Majesty's Prison Service", "Majesty" tagged a person: the state's body
            return self._earlier_body(_name_key(name)) or Resolved(name, _name_key(name), "government", False)
        if _document_head(m) and all(_sent_to(m.text, p) for p in r.persons):
            return None  # "orders of suspension sent to Kestrel on Tuesday": whom the papers went to
        if _NUMBERED_BILL.search(r.bare):
            return Resolved(r.bare, _name_key(r.bare), "document", False)  # "House Bill 311", tagged a person
        after_role = re.search(
            rf"\b{re.escape(r.persons[-1])}\s+([a-z][a-z-]+)\s+((?:[A-Z][\w.’'-]*\s+){{0,4}}[A-Z][\w’'-]+)\s*$", m.text
        )
        if (
            after_role
            and after_role.group(1).split("-")[-1] in role_or_person_nouns()  # "sub-inspector" too
            and m.head in (after_role.group(1), *after_role.group(2).split())
        ):
            # "Badiadka sub-inspector K P Vinod Kumar", the place tagged a person: the name after the
            # role ("King's Lynn resident Ellie", the role the parse's head and the name its apposition)
            return self._person_named(after_role.group(2))
        body = self._body_named_in_full(r.bare) if r.persons == [r.bare] else None
        if body is not None:
            return body
        from_place = re.fullmatch(
            rf"([A-Z][a-z]+)\s*,\s*(?:from|of|in)\s+{re.escape(r.persons[-1])}", _strip_det(m.text)
        )
        if from_place and from_place.group(1) == m.head and m.head.lower() in GIVEN_NAMES:
            return self._person_named(m.head)  # "Kayleigh, from Riverton", the town tagged a person, she a body
        if m.head_lemma in DOCUMENT_HEADS and _place_of_body(m.text, r.persons[-1]):
            return None  # "a statement from the Riverton fire department", the place tagged a person
        member_for = re.match(
            rf"\s*([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s*,\s*(?:an?\s+|the\s+)?([A-Za-z-]+)\s+(?:for|of)\s+"
            rf"{re.escape(r.persons[-1])}\s*,?\s*$",
            m.text,
        )
        if (
            member_for
            and member_for.group(1) != r.persons[-1]
            and (member_for.group(2) in _ROLE_ACRONYMS or member_for.group(2).lower() in ROLE_NOUNS)
        ):
            # "Anders, TD for Riverton North", the constituency tagged a person: the member speaks
            name = member_for.group(1)
            return self._person_named(name)
        set_off = r.persons[-1]
        if (
            m.head.islower()
            and not m.plural
            and m.head_lemma in GOVERNMENT_ORG_WORDS | ORGANIZATION_HEADS | CORPORATE_HEADS | MEDIA_WORDS
            and re.search(rf"\b{re.escape(m.head)}\s*,\s*{re.escape(set_off)}\s*,?\s*$", m.text)
        ):
            # "Norland's health regulator, Marisol": the body, its name tagged a person's
            kind = _name_kind(m.head_lemma)
            kind = kind if kind != "person" else "organization"
            self.described_bodies[set_off.lower()] = kind  # a later "Marisol said" is the body too
            return Resolved(set_off, _name_key(set_off), kind, False)
        of_body = re.fullmatch(
            rf"(?:[Aa]n?\s+|[Tt]he\s+)?((?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+(?:for|of|at|with)\s+(?:the|its|their)\s+"
            rf"(?:[\w’'-]+\s+){{0,3}}([a-z]+)\s*,\s*{re.escape(set_off)}\s*,?",
            m.text.strip(),
        )
        if (
            of_body
            and not m.plural
            and (not personal_name(set_off) or " " not in set_off and set_off.lower() not in GIVEN_NAMES)
            and of_body.group(1).split()[-1] in role_or_person_nouns()
            and of_body.group(2) in GOVERNMENT_ORG_WORDS | ORGANIZATION_HEADS | CORPORATE_HEADS | MEDIA_WORDS
        ):
            # "A spokesman for the rail regulator, Railvex,": the body's name, tagged a person's, one word and
            # no given name (not "..., Mara Quist,"); its spokesman speaks
            kind = _name_kind(of_body.group(2))
            self.described_bodies[set_off.lower()] = kind if kind != "person" else "organization"
            name = f"{of_body.group(1)} for {set_off}"
            return Resolved(name, name.lower(), "person", True, affiliation=set_off)
        opener = re.match(r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)+)\s*,", _strip_det(m.text))
        if (
            opener
            and m.head in opener.group(1).split()
            and personal_name(opener.group(1))
            and _opens_serving(_strip_det(m.text), [opener.group(1), r.persons[-1]])
        ):
            # "Laolu Reed, the Senior Adviser to Deputy Governor Ana Ruiz", his name tagged a body's
            name = opener.group(1)
            return self._person_named(name)
        which = re.match(rf"\s*{re.escape(r.persons[-1])}\s*,\s*which\b", m.text)
        if which and not m.plural and m.head in r.persons[-1].split():
            # "Kestrel Bet, which earns most of its money at the tables": a firm, no person ("who")
            name = r.persons[-1]
            return Resolved(name, _name_key(name), "organization", False)
        words = r.bare.split()
        if (
            r.persons == [r.bare]
            and len(words) > 1
            and words[-1].lower() in _MASTHEAD_ENDS
            and not any(w.lower() in GIVEN_NAMES for w in words[:-1])
        ):
            return Resolved(r.bare, _name_key(r.bare), "media", False)  # "Kato Press reported", tagged a person
        if (
            m.head.islower()
            and m.head_lemma in ANONYMOUS_HEADS
            and not any(m.head in p for p in r.persons)
            and (m.plural or all(re.search(rf"{re.escape(p)}\s+(?:\w+\s+)?{m.head}\b", m.text) for p in r.persons))
        ):
            # "Kestrian sources claimed", the people's name tagged a person's; "a senior Fine Gael
            # source", a party's name before the word: the sources (not "Tom Reed, a source close to ...")
            return None
        if LEGAL_SUFFIX.search(r.bare.lower()):
            return None  # "Riverton Holdings Sdn Bhd", a company by its legal form, tagged a person
        if _among_them(m, r.persons):
            return None  # "Authorities in Norland, including President Tom Reed,": the authorities speak
        if (
            m.plural
            and m.head.endswith("s")  # not "alderman and deputy mayor, Tom Hale"
            and not any(m.head in p for p in r.persons)
            and (
                m.head.islower()
                and m.head_lemma in person_nouns()
                # "Authorities in ..." opening a sentence (not "Leaders of the Coast Alliance", tagged a person)
                or m.proper is False
                and (m.head_lemma in person_nouns() or m.head_lemma in GOVERNMENT_NOUNS)
                and re.search(rf"\b{re.escape(m.head)}\s+(?:in|at|from)\b", m.text) is not None
            )
        ):
            return None  # "Tenants in Mill Row, Riverton,": the tenants, a place tagged a person
        if (
            # "memos", which the lemmatizer makes "mem"
            (m.head_lemma in DOCUMENT_HEADS or m.head.lower().removesuffix("s") in DOCUMENT_HEADS)
            and (m.head.islower() or m.proper is False)
            and not any(m.head in p for p in r.persons)
            and re.search(rf"\b{re.escape(m.head)}\s+(?:to|at|in|on)\b", m.text, re.IGNORECASE)
            and not re.search(r"\b(?:from|by|of)\b", m.text[: m.text.find(r.persons[0])])
            # "Reed's petition to ...": the owner's, the owners' rule below
            and not any(
                re.search(rf"{re.escape(p)}[’']", m.text[: m.text.lower().find(m.head.lower())]) for p in r.persons
            )
        ):
            return None  # "Memos to staff at St Luke's said": the memos speak, not the hospital tagged a person
        if r.persons == [r.bare] and _one_word_medium(r.bare):
            return Resolved(r.bare, r.lower, "media", False)  # "Kestrelnews said", tagged a person
        if (
            m.verb_lemma == "report"
            and r.persons == [r.bare]
            and " " not in r.bare
            and not r.bare.isupper()  # "The KICS reported": a body's initials, no agency's name
            and not m.pronoun
            and self._named_person(r.bare) is None
        ):
            # "as reported by Yonhap": one name that reports, no person's named in full in the
            # article, is a news outlet the model took for a person
            return Resolved(r.bare, r.lower, "media", False)
        plural = _THE_PLURAL_NAME.fullmatch(m.text.strip())
        if plural and r.persons == [plural.group(1)]:
            return Resolved(plural.group(1), plural.group(1).lower(), "group", True)  # "The Basques", "the Reeds"
        if (
            (
                m.head_lemma in MEDIA_WORDS | ORGANIZATION_HEADS
                or m.head.islower()
                and m.head_lemma in GOVERNMENT_ORG_WORDS
            )
            and not any(m.head in p for p in r.persons)
            and not _set_off_at_end(m.text, r.persons[-1])
            # not "Kestrel Bank (KB) Governor Tom Reed", the parser having made the bank the head
            and not (_role_before(m.text, r.persons[-1]) and m.text.rstrip().endswith(r.persons[-1]))
        ):
            return None  # "the Ana Ruiz campaign": the campaign speaks
        described = next(
            (
                found
                for p in r.persons
                if not re.search(r"[’']s?$", p)  # "Reed's lawyer": the owners' rule above
                for found in [re.search(rf"\b{re.escape(p)}\s+(?:[a-z-]+\s+){{0,2}}{re.escape(m.head)}\b", m.text)]
                if found
            ),
            None,
        )
        if (
            described
            and m.head.islower()
            and (m.head_lemma in ROLE_NOUNS or m.head_lemma in person_nouns())
            and re.match(r"\s*(?:[,.]?\s*$|(?:for|of|to|at|in|from|with)\b)", m.text[described.end() :])
        ):
            return None  # "the Lib Dem representative for Riverton", "a Tom Reed aide": the role speaks
        if (
            m.head.islower()
            and m.head_lemma in ORGANIZATION_HEADS - {"team", "delegation", "mission"}
            and (
                m.text.lstrip().lower().startswith(("another ", "a ", "an ", "the ", "one "))
                or re.match(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*[’']s\s", m.text.lstrip())  # "Ruiz's party, ..."
            )
            and _set_off_at_end(m.text, r.persons[-1])
            and not _at_name(m.text, r.persons[-1])
        ):
            name = r.persons[-1]  # "Another group, Kestrel Rights Watch,": the group's name, tagged a person
            return Resolved(name, _name_key(name), _name_kind(_name_key(name)), False)
        core = _without_open_acronym(_strip_det(m.core or ""))
        if (
            (
                m.apposition_head in ORGANIZATION_HEADS | GOVERNMENT_ORG_WORDS | (BUSINESS_NOUNS - _AT_WORK_TOO)
                or m.apposition_head in _AT_WORK_TOO
                and _firm_at_work(core, m.apposition or "")
            )
            and m.apposition_head not in ROLE_NOUNS
            and core in r.persons
            # not "Ana Ruiz, from Fix Our Clinics, a group set up by ...": the group describes the body
            # ... "Velmont, for years the biggest refiner in Norland,": a few words may stand before it
            and re.search(
                rf"{re.escape(core)}(?:\s*\([A-Z][A-Za-z&]{{1,7}}\))?\s*,\s*(?:\w+\s+){{0,3}}?{re.escape(m.apposition or '')}",
                m.text,
            )
            # not "Tom Reed, chief of the drivers union": the body his office is of
            and not re.search(
                rf"\b(?:of|for|at|with)\b.*\b{re.escape(m.apposition_head)}\b", m.apposition or "", re.IGNORECASE
            )
        ):
            return None  # "J.P. Morgan, the bank", tagged a person: a body by its apposition
        if m.head_lemma in DOCUMENT_HEADS and any(
            re.search(rf"{re.escape(p)}\s+{re.escape(m.head)}\b", m.text) for p in r.persons
        ):
            return None  # "a Tom Reed memo": the memo speaks (not "a statement from Tom Reed")
        if (
            m.head_lemma in DOCUMENT_HEADS
            and m.head.islower()
            and all(
                re.search(rf"\b(?:{_OF_WHOM_WRITTEN})\s+(?:\S+\s+){{0,2}}{re.escape(p)}", m.text) for p in r.persons
            )
        ):
            return None  # "a notice for Ana Lane", "the lawsuit against Tom Reed": the document, not whom it is of
        owners = [
            p
            for p in r.persons
            if re.search(r"[’']s(\s|$)", p) or re.search(re.escape(p) + r"(?:\s+[a-z]+){0,2}\s*[’']s\b", m.text)
        ]  # "Odinga’s Luo" (one entity to the tagger) owns as "Odinga’s" does; "the Reed campaign's" too
        if (
            owners
            and len(owners) == len(r.persons)
            and (m.head.islower() or m.head.lower() in _BODY_WORDS_ALL)
            and not any(m.head in p for p in owners)
        ):
            return None  # "Maria Lopez's lawyers", "Tom Reed's Cabinet": those of hers speak, for her
        apposed = m.apposition.split(",")[0].strip() if m.apposition and owners and owners == r.persons else ""
        if apposed and personal_name(apposed) and not any(apposed in o for o in owners):
            # "President Reed's Chief Aide for Press, Tom Vale, who ...", his name run by the tagger into
            # the office's last word: the aide named after the owner's role
            return self._person_named(apposed)
        holder = _named_after_person_noun(r.bare, m.head) if owners == r.persons and m.head[:1].isupper() else None
        if holder and personal_name(holder) and not any(m.head in p for p in owners):
            # "Kestrel Party's health spokesman Tom Reed", his name tagged a body's: the person after the role
            return self._person_named(holder)
        persons = [p for p in r.persons if p not in owners] or r.persons
        served = m.head_lemma in person_nouns() and _serving(m, persons[0])
        speaking = _set_off_speaker(m, persons) if served else []
        if speaking:
            persons = speaking  # "A spokesman for Governor Tom Holt, Ana Ruiz,": she speaks, for him
        elif served or (
            m.head.islower()
            and _of_person(m.text, persons[0])
            # "the father of the Riverton boy before Justice Ana Ruiz": the judge comes after
            and (
                len(persons) == 1
                or all(_of_person(m.text, p) for p in persons)
                or not _set_off_at_end(m.text, persons[-1])
            )
        ):
            return None  # "his lawyer and a friend of inmate Tomas Reyes": those of him speak, not he
        listed = re.sub(
            r"^(?:both|all)\s+|\s+(?:both|all|alike|each)$", "", _strip_det(m.text).rstrip(" ,"), flags=re.I
        )
        # "Ana Ruiz, who placed second, and Tom Reed, who placed fourth": the names, without their clauses
        listed = re.sub(r"\s*,\s*who\s[^,]*(?:,|$)", "", listed).strip(" ,") if m.plural else listed
        # "Ana Ruiz and his Estonian counterpart, Tom Reed,": the second named after the words for him
        listed = _DESCRIBED_THEN_NAMED.sub("and ", listed) if m.plural else listed
        # "Tom Reed and union leader Ana Ruiz told": the names, without the words for their roles
        listed = _without_titles_in_list(_ROLES_BEFORE_NAMES.sub("", listed))
        for place in {e for e, label in m.entities if label == "GPE"}:
            # "Representative Tom Reed of Ohio and Senator Ana Ruiz of Maine": the names, without their states
            listed = re.sub(rf"\s+of\s+{re.escape(place)}(?=\s*,|\s+and\b|$)", "", listed)
        named_head = any(m.head in p.split() for p in persons) or m.head in re.findall(r"[\w’'.-]+", listed)
        # (a list the parser read as one name and an apposition: "Members Tom Reed, Dan Hall and Li Wen")
        # or a title and two full names the parser could not join ("Councilmember Ed Vale and Mayor Ana Ruiz")
        listing = (len(r.persons) > 1 or _titles_of_one(m.text) is None) and (
            m.plural
            or (
                "," in listed
                and len([e for e, label in m.entities if label in {"PERSON", "ORG"}]) >= 2
                and not re.search(r"\b(?:of|for|at|from|with)\b", m.text)  # not "Tom Reed, of the union"
            )
            or (
                listed != _strip_det(m.text)
                and _TWO_FULL_NAMES.fullmatch(listed) is not None
                and all(personal_name(n) for n in listed.split(" and "))  # not "NORVIA'S Mines and ..."
            )
        )
        # "Kestrel Universities and Colleges Placement Service (KUCCPS) Chief Executive John Muraguri":
        # one body's name, spelled by its initials after it, and its officer
        spelled = [name for name in introduced_acronyms(m.text).values() if " and " in name]
        if spelled and any(p in name for p in r.persons for name in spelled):
            listing = False
        words = _strip_det(m.text).split()
        if (
            len(words) > 2
            and {"and", "&"} & set(words)
            and words[-1].lower() in _BODY_NAME_WORDS
            and all(w[:1].isupper() or w in {"and", "&"} for w in words)
        ):
            # "the Landlord and Tenant Board", a word of it tagged a person's name: one body's name
            key = _name_key(" ".join(words))
            return Resolved(" ".join(words), key, _name_kind(key), False)
        # not "Tom Reed, the group's Asia and Pacific Director,": one person and the role
        after_comma = listed.rsplit(",", 1)[-1].split() if "," in listed else []
        set_off_role = bool(after_comma) and after_comma[-1].lower().strip(".") in ROLE_NOUNS
        first = listed.split(" and ")[0].split()
        if (
            len(first) == 1
            and len(r.persons) == 1
            and first[0] not in r.persons[0].split()
            and first[0].lower() not in GIVEN_NAMES
            and re.search(rf"^{re.escape(first[0])}\s+and\s+[A-Z][\w’'-]*\s+[A-Z]{{2,4}}\b", _strip_det(m.text))
        ):
            listing = False  # "Ashby and Kestrel MP Apsana Vell": a seat's name joined, one person
        if listing and named_head and _PEOPLE_LISTED.fullmatch(listed) and not set_off_role:
            return Resolved(listed, listed.lower(), "group", False)  # "Tom Reed and Ana Ruiz said", not just Reed
        joined = _joined_to_people(m, r)
        if joined is not None:
            return joined
        # "General of Kestrel Clan, Chief Tom Reed,": the name set off at the end, not the body's
        # name the model took for a person's too
        last_set_off = (
            len(persons) > 1
            and _set_off_at_end(m.text, persons[-1])
            # not "Dr Ana Ruiz, a crop scientist with the Kestrel Seed Trust, Riverton,": one word after
            # a name in full that opens the mention is the place of the body, tagged a person
            and not (" " not in persons[-1] and " " in persons[0] and m.text.find(persons[0]) < m.text.find(","))
        )
        # "Acme and Zentra lawyer Tom Reed", a client tagged a person: the name after the role
        last_titled = len(persons) > 1 and _role_before(m.text, persons[-1]) and not _role_before(m.text, persons[0])
        # "Private pilot and Riverton resident Tom Reed", the town tagged a person: a word for people
        # between the first name and the last, the first naming what the word is of
        between = (
            re.search(rf"\b{re.escape(persons[0])}\s+([a-z]+)\s+{re.escape(persons[-1])}\b", m.text)
            if len(persons) == 2 and " " not in persons[0] and " " in persons[-1]
            else None
        )
        last_titled = last_titled or (between is not None and between.group(1) in role_or_person_nouns())
        # "Tom Reed, of asset manager Netfolio,": the name in full that opens the mention, of the
        # body after it (a firm the model took for a person)
        opening = (
            len(persons) > 1
            and " " in persons[0]
            and re.match(rf"{re.escape(persons[0])}\s*,\s*(?:of|from|at|with)\s", _strip_det(m.text)) is not None
        ) or _opens_serving(_strip_det(m.text), persons)
        take_last = (m.head in persons[-1] or last_set_off or last_titled) and not opening
        name = _strip_det(persons[-1] if take_last else persons[0])
        if _national_arm(r.bare, m.entities, m.text):
            return None  # "Harbour Oil China", tagged a person: a firm's arm in a country (_organization)
        if m.plural and m.head.islower() and (name, "ORG") in m.entities:
            return Resolved(
                name, _name_key(name), _name_kind(_name_key(name)), False
            )  # "sponsors Riverton Health Board"
        name = _undescribed(_without_role(_name_to_head(_name_from_left(name, m), m)))
        at = m.text.find(name)
        if at > 0 and _field_of_office(m.text[:at], name.split()):
            name = name.split(" ", 1)[1]  # "Minister of | Agriculture Sam Kawale", the field tagged with his name
        if " " not in name and name.lower() in _BODY_WORDS_ALL:
            return None  # "The Embassy had slammed the arrest", tagged a person: the body's word
        word = name.split()[-1]
        if word.lower() in DOCUMENT_HEADS and re.fullmatch(
            rf"(?i)(?:the|this|that)\s+{re.escape(word)}", m.text.strip()
        ):
            return None  # "The Bill also introduces ...", tagged a person: the document's word
        role = _role_titled(r.bare, m)
        if role is not None and all(p in r.bare for p in r.persons):
            return role  # "Acme Lawyer Says ...", the tagger having taken the role for a name
        if re.fullmatch(r"[A-Z]{3,}", name) and self._amid_lower_case(m):
            return None  # "Rail operator HRTA", tagged a person: an acronym names a body
        if _body_first_word(name):
            key = _name_key(name)  # "NHS Kestrel", "Garda Síochána", tagged a person: a body's name
            return self._earlier_body(key) or Resolved(name, key, _name_kind(key), False)
        last = name.split()[-1]
        if last.lower() in ORGANIZATION_NAME_WORDS and not (
            # "Mary Council, head of the board,": a given name and an office, a person's
            len(name.split()) == 2
            and name.split()[0].lower() in GIVEN_NAMES
            and m.apposition_head in role_or_person_nouns()
        ):  # "National Super Alliance", tagged a person
            key = _name_key(name)
            return Resolved(name, key, _name_kind(key), False)
        if last == "Court" and len(name.split()) > 1 and name.split()[-2].lower().rstrip("’'s") in _COURT_KINDS:
            key = _name_key(name)  # "Kestrel Magistrates’ Court", tagged a person: a court (not "Margaret Court")
            return self._earlier_body(key) or Resolved(name, key, "government", False)
        if " " in name and _body_initials(last):
            key = _name_key(name)  # "Northern Kestrel RCMP", tagged a person: a body's initials end no one's name
            return self._earlier_body(key) or Resolved(name, key, _name_kind(key), False)
        if name in self.described:
            # "Café Fuerte asserts" after "the Café Fuerte website"; "Kestra said" after "retail giant
            # Kestra"; the surname of a person named in full is that person ("Reed told" after "the
            # Reed campaign" and "Ana Reed")
            person = None if self.described[name] == "media" else self._named_person(name)
            return person or Resolved(name, _name_key(name), self.described[name], False)
        by_title = self._titled_person(m, name)
        if by_title is not None:
            return by_title  # "Mr. Kestrel", after "Mrs. Kestrel" and "Tom Kestrel"
        titled = name.split()
        if (
            len(titled) == 2
            and titled[0][:1].isupper()
            and titled[0].lower().strip(".") in PERSON_TITLES | role_or_person_nouns()
        ):
            # "Ms Thorne", "Sergeant Tarrant", "Victim Reed": a title or a noun for a person the model kept
            # in the name, of the person so surnamed
            gender = GENDERED.get(titled[0].lower().strip("."))
            named = self._named_before()
            same = next(
                (
                    e
                    for e in named
                    if e.kind == "person"
                    and not e.scoped
                    and _may_name(titled[1], e.name)
                    and (gender is None or self.pronoun_genders.get(e.key, gender) == gender)
                    and (gender is None or _may_be(e, "he" if gender == "male" else "she", self.genders))
                ),
                None,
            )
            if same is not None:
                return same
        for _, earlier in reversed(self.seen):
            if earlier.kind == "media" and earlier.name == name:
                return earlier  # "according to Ledger", tagged a person, after "The Ledger reported"
            if (
                earlier.kind == "person"
                and name != earlier.name
                and name.split()
                and _may_name(name, earlier.name)
                and not _a_description(earlier.name)
            ):
                return earlier  # "Lopez" after "Maria Lopez"
            if earlier.kind == "organization" and " " not in name and earlier.name.split()[0] == name:
                if earlier.name.split()[-1].lower() in _FOLLOWERS:
                    # "Reed" after "the Reed team" and "Tom Reed": the person whose team it is
                    return self._named_person(name) or earlier
                return earlier  # "Acme", tagged a person, after "Acme Mining plc"
            if earlier.kind == "person" and len(name.split()) > 1 and f" {name} " in f" {earlier.name} ":
                return earlier  # "Ahmad Faizal" after "Datuk Seri Ahmad Faizal Ahmad Nor"
        medium = next((e for _, e in reversed(self.seen) if e.kind == "media" and e.key == _name_key(name)), None)
        if medium is not None:
            return medium  # "Al-Kestra said", tagged a person, after "the al-Kestra news website"
        if " " not in name:  # "Zulkifli" after "Zulkifli Hassan", named by the first name alone
            speakers = [e for _, e in self.seen if e.kind == "person" and len(e.name.split()) > 1]
            by_first = _by_first_name(name, speakers)
            if by_first is not None and not any(_surname(e.name) == name for e in speakers):
                return by_first
        return self._person_named(name)

    def _anonymous(self, m: Mention, r: _Reading) -> Resolved | None:
        """Anonymous sources: "sources", "an official familiar with ...", "an official, who spoke
        on condition of anonymity," (its aside counts too)."""
        # "40 tenants, some of them unnamed pensioners, ...": named by their number, whatever the
        # aside says of some of them
        full = _SOME_OF_THEM_ASIDE.sub("", m.text.lower())
        if _close_to_them(m):  # "a source close to the ministry": not the ministry
            return Resolved("anonymous sources", "anonymous sources", "anonymous", True)
        if not r.orgs and (
            m.head_lemma in ANONYMOUS_HEADS
            and (
                m.head_lemma in {"source", "sources", "insider", "insiders"} or any(w in full for w in ANONYMOUS_MARKS)
            )
            or any(w in full for w in UNNAMED_MARKS)
        ):
            return Resolved("anonymous sources", "anonymous sources", "anonymous", True)
        places = [e for e, label in m.entities if label in {"GPE", "LOC"}]
        if r.orgs and all(o in places for o in r.orgs) and any(w in full for w in UNNAMED_MARKS):
            # "an aide in Kestrel province on condition of anonymity": of a place, unnamed
            return Resolved("anonymous sources", "anonymous sources", "anonymous", True)
        return None

    def _newspaper(self, m: Mention, r: _Reading) -> Resolved | None:
        """A newspaper named with the word ("the Riverton Herald newspaper": the Riverton Herald),
        and "the paper" or "the newspaper" after one named before: that one."""
        named = _NAMED_NEWSPAPER.fullmatch(r.bare)
        if named and not any(label in {"NORP", "GPE"} and named.group(1).endswith(e) for e, label in m.entities):
            name = named.group(1)
            return self._earlier_body(_name_key(name)) or Resolved(name, _name_key(name), "media", False)
        said = m.text.strip().lower()
        if said not in {"the paper", "the newspaper"}:
            return None
        before = self.text[: self.at]
        for _, e in reversed(self.seen):
            if e.kind != "media" or e.scoped or not e.name[:1].isupper():
                continue
            # "the paper" is a study as often: only after a newspaper, by its name or as the text called it
            if (
                said == "the newspaper"
                or plain_words(e.name) & MASTHEAD_WORDS - {"radio", "tv", "bulletin"}
                or re.search(rf"{re.escape(e.name)}\s+newspaper|newspaper,?\s+(?:the\s+)?{re.escape(e.name)}", before)
            ):
                return e
        return None

    def _earlier_described(self, m: Mention, r: _Reading) -> Resolved | None:
        """A description naming an earlier speaker ("the department", "the demonstrators"); not
        one that names its holder ("the Minister of Transport Ana Ruiz": `_holder_named`'s)."""
        if _office_named(m, r) is not None:
            return None
        return self._description(m, r.lower)

    def _named_so(self, m: Mention, r: _Reading) -> Resolved | None:
        """A person or a body described, then named after "named", "called" or "identified as"
        ("a man named Tom Reed", "a Facebook user named Ana Ruiz", "a company called Kestrel Data"):
        that one, by the name."""
        found = _NAMED_SO.fullmatch(m.text.strip())
        if found is None or m.plural:
            return None
        noun = found.group(1).split()[-1].lower()
        name = found.group(2)
        if noun in ORGANIZATION_HEADS | CORPORATE_HEADS:
            return Resolved(name, _name_key(name), "organization", False)  # "a company called Kestrel Data"
        if noun not in role_or_person_nouns() or not personal_name(name):
            return None
        return self._person_named(name)

    def _title_in_capitals(self, m: Mention, r: _Reading) -> Resolved | None:
        """A title in capitals after "the" that names the one given it before ("The Justice
        Minister" after "Justice Minister Ana Ruiz"; the model may tag its field a body's)."""
        if m.head.lower() not in ROLE_TITLES or m.plural or not re.match(r"(?i)the\s", m.text.strip()):
            return None
        if not _capitalised(m):
            return None  # `_earlier_described`'s
        lowered = replace(m, text=m.text.lower(), head=m.head.lower(), proper=False, entities=[])
        earlier = self._description(lowered, r.lower)
        return earlier if earlier is not None and earlier.kind == "person" else None

    def _earlier_named(self, m: Mention, r: _Reading) -> Resolved | None:
        """ "Amari", which the tagger took for an organisation, after "Akira Amari"."""
        return self._named_person(r.bare) if _capitalised(m) else None

    def _earlier_body(self, key: str, name: str = "") -> Resolved | None:
        """The earlier organisation of which `key` names the same or is a shorter name ("State
        Department" after "U.S. State Department", "Tesla" after "Tesla Inc"); not one whose name
        has a word of place the `name` the key was cut from lacks ("the Norway Sports Agency" is
        not "the World Sports Agency")."""
        generic = key in GOVERNMENT_ORG_WORDS | ORGANIZATION_HEADS  # "U.S. Army" -> "army": not "Pakistan Army"
        for _, earlier in reversed(self.seen):
            if name and _other_place(name, earlier.name):
                continue
            if earlier.kind in _BODY_KINDS and (
                earlier.key == key
                or not generic
                and (
                    earlier.key.endswith(key)
                    or _short_form(key, earlier.key)
                    or _same_words(key, earlier.key)
                    # "International Association of Athletics Federations" after "IAAF"
                    or _spelled_by(earlier.key, key)
                )
            ):
                return earlier
        return None

    def _holder_named(self, m: Mention, r: _Reading) -> Resolved | None:
        """A person named after the noun or title for them ("Ward councillor Okafor", "Resident Ana
        Ruiz", "Cr Reed", "the agency's director of enforcement Ana Ruiz"), a name the model tagged
        as a body, a place or nothing."""
        if m.plural or not m.head[:1].isalpha():
            return None  # not "veteran Republicans"
        if m.head_lemma == "carrier" and any(label == "ORG" for _, label in m.entities):
            return None  # "the flag carrier, Kestrel Air,": an airline, named after what it is (`_body_set_off`)
        holder = _role_then_name(m)
        if holder and any(holder in p or p in holder for p in r.persons):
            holder = None  # the model's name: `_person`'s
        if holder is None and not r.persons:
            holder = _named_after_person_noun(r.bare, m.head)
        if holder is None and not r.persons:
            # "36-year-old welder Sunil in Kestrel": the name before the place the person is in
            places = "|".join(re.escape(e) for e, label in m.entities if label in {"GPE", "LOC"})
            where = re.search(rf"\s+(?:in|from)\s+(?:the\s+)?(?:{places})$", r.bare) if places else None
            holder = _named_after_person_noun(r.bare[: where.start()], m.head) if where else None
        if holder is None:
            holder = _office_named(m, r)  # the model's name too, which `_person` leaves to the office's head
        if holder is None or self.described.get(holder) == "organization":
            return None  # "No. 3 copper producer Kestra": a business the text describes (`described_names`)
        if holder.split()[0].lower() in _NAME_NEVER_OPENS:
            return None  # "Divers Against Plastic": a body's name, no diver called "Against Plastic"
        last = holder.split()[-1].lower()
        plural_noun = last.endswith("s") and common_word(last) and not english_word(last)  # "Libraries"
        if (plural_noun or not personal_name(holder)) and any(
            holder in e and holder != e and label == "ORG" and not _titles_only(e.replace(holder, ""))
            for e, label in m.entities
        ):
            # "a spokesperson for Save Riverton Libraries": words of a body's name the model tagged
            # ("Justice Cooke", tagged a body, is a judge)
            return None
        if holder.lower() in ROLE_TITLES | ROLE_NOUNS:
            return None  # "The Justice Minister": an office, no name after a noun for a person
        if _STATUTE.search(holder.lower()):
            return None  # "the Stray Dogs Ordinance": a law, no dog's name
        if holder.split()[-1].lower() in GOVERNMENT_NOUNS | GOVERNMENT_ORG_WORDS | ORGANIZATION_HEADS:
            return None  # "The Independent Policing Oversight Authority": a body, no independent's name
        holder = _without_role(holder)  # "Chief Executive Ana Ruiz": not "Executive Ana Ruiz"
        return self._person_named(holder)

    def _body_set_off(self, m: Mention, r: _Reading) -> Resolved | None:
        """A body introduced by what it is and named after a comma ("Another company, Kestrel
        Data,", "The firm that raised the alarm, Kestrel Data,"): the name, not the description;
        a person's name so set off is `_person`'s."""
        # "Norland's equivalent, NGO,", "its counterpart, Kestrel Grid,": a body like the one before
        relational = m.head_lemma in {"counterpart", "equivalent"}
        # "One of the major operators, Kestrel Parking,": the one of them the model names a body
        relational = relational or m.head.lower() == "one" and bool(r.orgs)
        if (
            m.plural
            or not m.head.islower()
            and not relational
            # "The safety body, KGSA,": a body named for what it does
            or m.head_lemma not in ORGANIZATION_HEADS | GOVERNMENT_ORG_WORDS | CORPORATE_HEADS | _NAMED_AFTER_TOO
            and not relational
        ):
            return None
        if not relational and not m.text.lstrip().lower().startswith(("the ", "a ", "an ", "another ", "one ")):
            return None
        # "One of the major players, Kestrel Parking — owned by Vell Holdings —": the name before its aside
        named = _SET_OFF_BODY.search(re.sub(r"\s*[—–]\s(?!including\b)[^—–]*(?:[—–]\s*)?$", "", m.text))
        initials = [p for p in r.persons if re.fullmatch(r"[A-Z]{2,6}", p)]  # "KGSA", tagged a person: no one's name
        if named is None or m.text.find(m.head) > named.start() or len(r.persons) > len(initials):
            return None
        name = _strip_det(named.group(1))  # "..., the Growers Board,": its name without the article
        if any(label == "PERSON" and e not in initials for e, label in m.entities if e in name) or _at_name(
            m.text, name
        ):
            return None
        if (name, "GPE") in m.entities and name not in r.orgs:
            return None  # "The city council of Riverton, Ore.,": the state the town is in, no body's name
        key = _name_key(name)
        known = (
            self._acronym(name) if re.fullmatch(r"[A-Z]{2,6}", name) else None
        )  # "KGSA" of the authority named before
        return known or self._earlier_body(key) or Resolved(name, key, self._named_kind(name, _name_kind(key)), False)

    def _titled_before(self, m: Mention) -> bool:
        """Whether a role's title in capitals, and the body it serves, are set off by a comma right
        before a mention ("Secretary of the Nurses Guild, Abena Mensah said")."""
        if not m.spans:
            return False
        before = self.text[max(m.spans[0][0] - 100, 0) : m.spans[0][0]]
        title = re.search(r"\b([A-Z][a-z-]+)(?:\s+(?:of|for|to)\s+[^,;.:]{2,80})?,\s*$", before)
        return title is not None and title.group(1).lower() in ROLE_NOUNS

    def _called_mister(self, name: str) -> bool:
        """Whether a name of one to three capitalised words the model tagged a body's is one the
        text calls Mr, Mrs, Ms or Dr by its last word ("Presidential hopeful Prabowo Subianto"
        before "Mr Prabowo said"): a person's."""
        words = name.split()
        if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].islower() for w in words):
            return False
        return any(
            re.search(rf"\b(?:Mr|Mrs|Ms|Dr)\.?\s+{re.escape(w)}\b", self.text) is not None
            for w in (words[0], words[-1])
        )

    def _surname_named_in_full(self, m: Mention, r: _Reading) -> Resolved | None:
        """The person a mention that is a surname alone stands for, named in full before
        (`_named_in_full_before`); None for any other mention."""
        full = self._named_in_full_before(r.bare, m) if r.bare == m.text.strip() else None
        return self._person_named(full) if full is not None else None

    def _named_in_full_before(self, name: str, m: Mention) -> str | None:
        """The full name a surname alone stands for, which the text gave earlier with a given name
        after a title ("Chancellor Olaf Brandt") or as a possessive ("Ed Morland's party"),
        where no speaker or person of it was noted: "Brandt said ..." is Olaf Brandt, though
        the model took the surname for a body's name."""
        if not m.spans or " " in name or not re.fullmatch(r"[^\W\d_][\w’'-]+", name) or not name.istitle():
            return None
        before = self.text[: m.spans[0][0]]
        for found in reversed(list(re.finditer(rf"\b([^\W\d_]+)\s+{re.escape(name)}([’']s)?\b", before))):
            given = found.group(1)
            if given.lower() not in GIVEN_NAMES or not given.istitle():
                continue
            title = re.search(r"\b([A-Za-z]+)\.?\s+$", before[: found.start()])
            # or a role set off after the name ("Faruk Fatih Demir, the former chief executive of ...")
            role = re.match(r"\s*,\s*(?:the|a|an)\s+((?:[\w-]+[ \t]*){1,4})", before[found.end() :])
            if (
                found.group(2)
                or title
                and title.group(1).lower() in ROLE_NOUNS | PERSON_TITLES
                or role
                and any(w.lower() in ROLE_NOUNS for w in role.group(1).split())
            ):
                start = found.start()
                while (earlier := re.search(r"([^\W\d_]+)\s+$", before[:start])) and (
                    earlier.group(1).istitle() and earlier.group(1).lower() in GIVEN_NAMES
                ):
                    given, start = f"{earlier.group(1)} {given}", earlier.start()  # "Faruk Fatih Demir"
                return f"{given} {name}"
        return None

    def _rank_alone(self, m: Mention, r: _Reading) -> Resolved | None:
        """A rank written capitalised after "the" in place of its holder's name ("the Emperor told
        an aide", "The Crown Prince said"), no one of that rank named before: a person, as "the
        king" is, not a body the capitals suggest."""
        words = r.words[1:] if r.words and r.words[0].lower() == "the" else []
        title = " ".join(words).lower()
        if not words or m.plural or title not in RANK_TITLES or not all(w[:1].isupper() for w in words):
            return None
        return Resolved(title, title, "person", True)

    def _organization(self, m: Mention, r: _Reading) -> Resolved | None:
        """A named organisation: media, government or other by its words; the earlier source it
        is a shorter name of ("State Department" after "U.S. State Department")."""
        body_role = re.fullmatch(
            r"(?i:an?|the)\s+((?:[A-Z][\w’'.-]*\s+(?:(?:for|of|and|&)\s+)?)*[A-Z][\w’'.-]*)\s+([a-z]+)", m.text.strip()
        )
        if body_role and body_role.group(2) in ROLE_NOUNS and not m.plural and m.head[:1].isupper():
            # "A Department for Jobs and Skills spokesman", the parser having made the body the head
            name = _strip_det(m.text.strip())
            return Resolved(name, name.lower(), "person", True, affiliation=body_role.group(1))
        handle = re.search(r"\b([a-z]+)\s+(@\w+)$", m.text.strip())
        if handle and handle.group(1) in role_or_person_nouns():
            name = handle.group(2)  # "one Twitter user @kestrelwatch": a person by the account's handle
            return Resolved(name, name.lower(), "person", False)
        if re.match(r"one\s+[A-Z]", m.text.strip()) and " " in r.bare and personal_name(r.bare):
            return self._person_named(r.bare)  # "said one Canisio Tendai": a person the writer names so
        trade_of_country = re.match(r"([A-Z][a-z]+s)\s+([A-Z][\w ]+?)\s*(?:,|$)", r.bare)
        if (
            trade_of_country
            and trade_of_country.group(2).lower() in COUNTRY
            # a plural ("Bakers"), not a given name that ends in "s" ("Kris Poland", tagged a person)
            and any(
                english_word(form)
                for form in _bare_forms(trade_of_country.group(1).lower())
                if form != trade_of_country.group(1).lower()
            )
            and trade_of_country.group(1).lower() not in COUNTRY
        ):
            # "Bakers Norland", "Engineers Kestria": a trade's body named for its members and country
            name = f"{trade_of_country.group(1)} {trade_of_country.group(2)}"
            return self._earlier_body(_name_key(name), name) or Resolved(name, _name_key(name), "organization", False)
        leader = re.fullmatch(r"([A-Z][\w.’' -]+?)[’']s\s+([A-Z][a-z’'-]+)", r.bare)
        if (
            leader
            and leader.group(1).lower() in COUNTRY
            and not english_word(leader.group(2).lower())
            and any(  # named in full in the text, with a given name ("Mehmet Ozdemir")
                w.lower() in GIVEN_NAMES
                for w in re.findall(rf"\b([A-Z][a-z]+)\s+{re.escape(leader.group(2))}\b", self.text)
            )
        ):
            # "Turkey's Ozdemir pledges ...", a headline's leader by the country's name: the person
            name = leader.group(2)
            return self._person_named(name)
        if leader and not english_word(leader.group(2).lower()):
            # "Velmont's Osheen said", after "Velmont analyst Charlie Osheen": the person named in full
            known = next(
                (
                    e
                    for _, e in reversed(self.seen)
                    if e.kind == "person" and " " in e.name and e.name.split()[-1] == leader.group(2)
                ),
                None,
            )
            if known is not None:
                return known
        last_words = r.orgs[-1].split() if r.orgs else []
        if (
            len(last_words) >= 4
            and r.bare.endswith(r.orgs[-1])
            and last_words[-3].lower() in _BODY_NAME_WORDS
            and given_and_surname(" ".join(last_words[-2:]))
        ):
            # "Professor of vaccinology at Wits University Shabir Madhi", the name run into the body's
            name, body = " ".join(last_words[-2:]), " ".join(last_words[:-2])
            return replace(self._person_named(name), affiliation=body)
        if r.bare in r.orgs and self._called_mister(r.bare):
            return self._named_person(r.bare) or Resolved(r.bare, r.lower, "person", False)
        in_full = self._surname_named_in_full(m, r)
        if in_full is not None:  # "Brandt said ..." after "Chancellor Olaf Brandt's plan"
            return in_full
        if _national_arm(r.bare, m.entities, m.text):
            return Resolved(r.bare, _name_key(r.bare), "organization", False)  # "Harbour Oil China"
        whole = _one_body_in_two(r)
        if whole is not None:  # "the Kestrel Port Services and Marine Safety Board", tagged as two bodies
            return self._earlier_body(_name_key(whole), whole) or Resolved(
                whole, _name_key(whole), _name_kind(_name_key(whole)), False
            )
        if r.orgs and all(o.lower() in COUNTRY for o in r.orgs):
            role = _role_titled(r.bare, m)
            if role is not None:  # "US Official: ...", a headline's role in capitals: an official, not the country
                return replace(role, affiliation=COUNTRY.get((role.affiliation or "").lower(), role.affiliation))
        if (
            r.bare in r.orgs
            and (given_and_surname(r.bare) or re.fullmatch(r"[A-Z]\.?\s+[A-Z][a-z]+", r.bare))
            and (self._titled_before(m) or _titled_after(m.text, r.bare))
        ):
            # "Secretary of the guild, Abena Mensah", "K Ramaswamy, General Secretary, ...", tagged a body
            return Resolved(r.bare, r.lower, "person", False)
        role_after = re.search(rf"{_ACRONYM_IN_BRACKETS.pattern}\s*([a-z]+)\s*$", m.text)
        if role_after and role_after.group(1) in ROLE_NOUNS and not m.plural and r.orgs:
            # "A Department for Transport (DfT) spokesman", the parser having made the body the head
            name = _strip_det(_ACRONYM_IN_BRACKETS.sub("", m.text))
            return Resolved(name, name.lower(), "person", True)
        document = re.match(rf"(.+?\s{re.escape(m.head)})\b", r.bare) if m.head[:1].isupper() else None
        if document and r.orgs and _document_head(m) and not any(m.head in o.split() for o in r.orgs):
            # "the Kestrel Builders House Cost Index", its maker's name tagged a body: the index
            name = document.group(1)
            return Resolved(name, _name_key(name), "document", False)
        holder_titled = (
            _TITLED_NAME_AT_END.search(r.bare)
            if r.orgs and not r.persons and m.head.islower() and m.head_lemma in ROLE_NOUNS and not m.plural
            else None
        )
        if holder_titled and re.search(r"\b(?:for|to)\s+$", r.bare[: holder_titled.start()]):
            holder_titled = None  # "a lawyer for Mr Hale": whom the lawyer serves, no holder
        if holder_titled:  # "the head of the Riverton Water Board Dr Reed": the holder, by title and name
            found = holder_titled.group(0)
            return self._named_person(holder_titled.group(2)) or Resolved(found, found.lower(), "person", False)
        if not r.orgs:
            return None
        if (
            len(r.orgs) == 1
            and r.bare.startswith(r.orgs[0])
            and personal_name(r.orgs[0])
            and m.apposition_head in person_nouns()
            # not "one of the smaller platinum producers", "a drug maker": a firm
            and m.apposition_head not in BUSINESS_NOUNS | ORGANIZATION_HEADS | _TRADE_NOUNS | {"maker", "seller"}
        ):
            # "Tomasz, a farmer from Kestrel,": one the model took for a body, whom the apposition calls a person
            return self._person_named(r.orgs[0])
        last = r.orgs[-1]
        # not "a spokesman for the roaster Ana Vale", a body by a founder's name: the spokesman's
        if not r.persons and r.bare.endswith(last) and personal_name(last) and " " in last and not _serving(m, last):
            # "Riverton police chief Tom Reed", his name tagged a body's: the person after the role
            holder = _named_after_person_noun(r.bare, last.split()[-1])
            if holder == last:
                return self._person_named(holder)
        assembly = re.search(
            rf"\b(?:{'|'.join(sorted(_ROLE_ACRONYMS))})\s+({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})$", last
        )
        if assembly and not r.persons and r.bare.endswith(last) and personal_name(assembly.group(1)):
            # "Ontario MPP Jill Marsh", tagged one body: the member of the assembly, by name
            name = assembly.group(1)
            return self._person_named(name)
        if not _capitalised(m):
            return None
        if _plural_of_people(m.head) and re.search(rf"[’']s\s+{re.escape(m.head)}$", r.bare):
            return Resolved(r.bare, r.lower, "group", True)  # "Victim's Relatives Sue City": people, in capitals
        people = self._people_opening(m, r) if r.orgs == [m.head] else None
        if people is not None:
            return people  # "Gunmen who took 40 pupils ...", a sentence's first word tagged a body
        joined = _joined_to_people(m, r)
        if joined is not None:
            return joined  # as in _person, for a name the model took for a body's
        family = _THE_PLURAL_NAME.fullmatch(m.text.strip())
        if family and any(res.kind == "person" and _surname(res.name) == family.group(2) for _, res in self.seen):
            name = family.group(1)
            return Resolved(name, name.lower(), "group", True)  # "the Reeds" after Tom Reed: his family
        if r.persons and m.head_lemma in person_nouns() and r.bare.endswith(r.persons[-1]):
            return None  # "Speaker of the House Rep. Tom Reed": the person the title ends on
        if (
            not r.persons
            and not m.plural
            and m.head_lemma in ROLE_NOUNS
            and not any(
                m.head in o.split() or f"{o} {m.head}" in m.text and o.lower() not in _PORTFOLIOS for o in r.orgs
            )  # "the new Health Minister", a portfolio the model tagged a body
            and m.text.lstrip().lower().startswith("the ")
        ):
            # "The ATU Press Officer in Leeds": a person in a role, of a body or a place ("The Union
            # Leader", a body's name run into the head, stays)
            return None
        if r.persons and _set_off_at_end(m.text, r.persons[-1]):
            return None  # "the director of Riverton Hospital, Dr. Ana Ruiz," the name hung on the body
        holder = None if r.persons else _after_role(r.bare.split())
        if holder and holder.lower() in COUNTRY:
            holder = None  # "chair Papua New Guinea": a country in the chair
        if holder and " " not in holder and _plural_people_word(holder):
            holder = None  # "The Kestrel College of General Surgeons": people a body is of, no one's name
        if holder and all(english_word(w.lower()) and w.lower() not in GIVEN_NAMES for w in holder.split()):
            holder = None  # "the Riverton Teachers Retirement System": words of a body's name, no one's
        if holder and (
            r.bare.endswith(m.head)
            and not any(m.head in o for o in r.orgs if holder not in o)
            # "Office of Coastal Safety Spokesperson Ana Ruiz": the parser made the office the head
            or r.bare.endswith(" " + holder)
            # "Minister for Rural Development Koh Wei Ming", the office and the name tagged one body
            and not any(holder in o and not o.endswith(" " + holder) for o in r.orgs)
        ):
            # the model ran the body into the name, or tagged the body alone ("XJC Secretary-General
            # Rakesh Vimal")
            return Resolved(holder, holder.lower(), "person", False)
        nationalities = {e for e, label in m.entities if label == "NORP"}
        if not any(m.head in o for o in r.orgs) and all(o in nationalities for o in r.orgs):
            return None  # "The West African country's defense ministry": a nationality describes, names no one
        named = next((o for o in r.orgs if m.head in o), None)
        if (
            named in nationalities
            and _a_peoples_name(_strip_det(named), m.plural)  # not "Kestrelcom connected ...", one firm
            and _a_people(_strip_det(named), r.bare)
            and r.lower not in COUNTRY
            and self.described.get(r.bare) != "organization"  # "Hollis" after "exporter Hollis International"
        ):
            name = _uncap(r.bare, m)
            return Resolved(name, name.lower(), "group", True)  # "The Swiss say", "some Republicans": a people
        if named is None and m.head.islower() and m.head_lemma in ORGANIZATION_HEADS - GOVERNMENT_ORG_WORDS:
            # "Kestria's KTU union": the body named right before its kind, not the country that owns it
            kind_named = next((o for o in r.orgs if re.search(rf"[’']s\s+{re.escape(o)}\s+{m.head}$", r.bare)), None)
            # "KLM pilots union": a union of its staff, not the airline
            crew = next(
                (o for o in r.orgs if re.search(rf"^{re.escape(o)}\s+(?:[a-z][\w-]*\s+)+{m.head}$", r.bare)), None
            )
            if kind_named is None and crew is not None and crew.lower() not in COUNTRY and not m.plural:
                return Resolved(r.bare, r.lower, "organization", True, affiliation=crew)
            if kind_named is not None and kind_named.lower() not in COUNTRY:
                named = kind_named
            elif m.head_lemma not in {"team", "delegation", "mission"} and all(
                label == "GPE" for e, label in m.entities if e in r.orgs
            ):
                return (
                    None  # "Kestria's nurses union", "a Kestria farm union": the union of a place, not its government
                )
        titled = self._titled_by_body(m, r) if named is None else None
        if titled is not None:
            return titled
        member = _member_of_body(m) if named is None else None
        if member is not None:  # "Ana Ruiz of the Riverton Tenants Union", the model having missed her name
            person, body = member
            return replace(self._person_named(person), affiliation=body)
        if (
            named is None
            and r.bare.endswith(m.head)
            and _looks_like_name(r.bare)
            and ((r.orgs[0], "ORG") in m.entities or m.head.lower() in GOVERNMENT_ORG_WORDS)  # "The Orvala Police"
            and m.head_lemma.lower() not in person_nouns()  # "Former White House Doctor"
        ):
            named = r.bare  # "The South African Editors' Forum", the model having tagged "The South"
        at_place = re.match(r"(.+?)\s+in\s+", r.bare) if m.head[:1].isupper() else None
        if (
            named is None
            and at_place
            and at_place.group(1).split()[-1].lower() in _BODY_NAME_WORDS
            and all(w[:1].isupper() or w in _NAME_JOINERS for w in at_place.group(1).split())
        ):
            named = at_place.group(1)  # "Vale Creek Shire Council in Riverton's west": the council, not the city
        owned = re.fullmatch(rf"(.+?)[’']s\s+({re.escape(m.head)})", r.bare) if named is None else None
        # its apposition's head, or its last word ("the country's largest coffee co-op", parsed in pieces)
        no_state = bool({m.apposition_head, *(m.apposition or "").lower().split()[-1:]} & _NON_STATE_APPOSED)
        if owned and owned.group(1).lower() in COUNTRY and m.head[:1].isupper() and no_state:
            named = owned.group(2)  # "Brazil’s Cooxupe, the country’s largest coffee co-op": the co-op, not Brazil
        served = named is None and _body_of_place(m, r)
        if served:
            named = r.bare  # "Harbour County Emergency Medical Services", the model having tagged the county
        officer = _OFFICE_OF_OFFICER.fullmatch(r.bare) if named is None or named in r.orgs else None
        if officer and any(r.bare.endswith(o) and o != r.bare for o in r.orgs):
            named = r.bare  # "the U.S. Attorney's Office for Nevada", the model having tagged "Office for Nevada"
        # "the Bureau of Waterways (BuWat)": the model ran the name into its acronym's bracket
        name = _OPEN_ACRONYM.sub("", _strip_det(named or r.orgs[0])) or _strip_det(named or r.orgs[0])
        name = _name_run_on(name, _OPEN_ACRONYM.sub("", r.bare))
        for (
            earlier
        ) in self._named_before():  # "Batrawy added", tagged a body, after "Batrawy told" or "blamed Ana Batrawy"
            if (
                earlier.kind == "person"
                and earlier.name[:1].isupper()  # not a description's last word ("former chief of Acme")
                and earlier.name.split()[-1:] == name.split()
                and " " not in name
                and name.lower() not in _BODY_WORDS_ALL  # "the Embassy", a body's word once tagged a name
                and not (len(name) > 2 and name.isupper())  # "the ACCC", once tagged a person in passing
            ):
                return earlier
            if earlier.kind == "person" and " " in name and earlier.name.endswith(" " + name):
                return earlier  # "Ferreira Junior" after "Paulo Ferreira Junior"
        full = _surname_first(name, self.text[: self.at])
        if full:
            return self._person_named(full)
        courtesy = _TITLED_OPENING.match(r.bare)
        if courtesy and not {w.lower() for w in courtesy.group(1).split()} & _BODY_NAME_WORDS:
            # "Dr Ana Okafor, Ag. Director, ...": a name after a title of courtesy, tagged a body
            name = courtesy.group(1)
            return self._person_named(name)
        key = _name_key(name)
        kind = _name_kind(key)
        # "US software giant Kestrix": a business by the words before its name
        business = (
            re.search(rf"\b(?:{_CORPORATE_HEADS}|giant|maker|firm|group)\s+{re.escape(name)}$", r.bare) is not None
        )
        if (
            kind == "organization"
            and (served or any(label == "GPE" and _strip_det(e) == name for e, label in m.entities))
            and not self._company_named(name)
            and not business
            # not "Unite, Kestria's largest union", a union's name the model took for a place's, nor
            # "Velmont, a global provider of mining explosives", a business
            and not no_state
            and key.split()[-1] not in _MEMBERS_OR_OWNERS  # "Riverton City FC", a club of the place
        ):
            kind = "government"  # "the City of Dallas"; "US Intel", a body named after the place it serves
        if kind in {"organization", "government"}:
            kind = self._named_kind(name, kind)  # "media group Kestrel", though Kestrel is a place's name too
        if kind == "organization" and re.search(
            rf"\b(?:state|government)[- ](?:run|owned)\s+{_WATCHDOG}\s+{re.escape(name)}$", r.bare, re.I
        ):
            kind = "government"  # "state-run consumer watchdog Velnadzor": the state's regulator, no business
        if kind == "government" and re.match(r"(?:the\s+)?(?:main\s+)?opposition\s", m.text.strip(), re.I):
            kind = "organization"  # "the opposition National Unity Congress": a party, out of power
        described = _described_as_person(m) and (
            m.apposition_head in GENDERED
            or " " in name
            and personal_name(name)
            and m.apposition_head in (person_nouns() | {"person"}) - CORPORATE_HEADS  # "one of 40 people"
        )
        described = described or m.who_clause and " " in name and personal_name(name)  # "Ana Ruiz, who ..."
        role_after = re.match(rf"\s*{re.escape(name)}\s*,\s*(?:(?:the|a|an)\s+)?([a-z]+)\b", m.text)
        # "Cyril Vell-Hart, chairman of KTA, a tenants' organisation": a role right after the name,
        # whatever the last apposition describes
        described = described or bool(
            role_after and role_after.group(1) in ROLE_NOUNS and " " in name and personal_name(name)
        )
        unroled = name.split()
        while len(unroled) > 2 and unroled[0].lower().strip(".") in ROLE_NOUNS | PERSON_TITLES:
            unroled = unroled[1:]  # "CEO Averil Kestrel", the role run into a name tagged a body
        if len(unroled) < len(name.split()) and (
            personal_name(" ".join(unroled))
            # "Supervisor AJ Stone": initials for the given names, after the role
            or len(unroled) == 2
            and re.fullmatch(r"[A-Z]{2}|(?:[A-Z]\.){2}", unroled[0]) is not None
            and personal_name(unroled[1])
        ):
            return self._person_named(" ".join(unroled))
        unparticled = " ".join(w for w in name.split() if w not in _SURNAME_PARTICLES)
        described = described or (  # "Ward councillor Andre du Vellmar": a role's holder, though tagged a body
            len(unparticled.split()) > 1
            and personal_name(unparticled)
            and _role_before(m.text, name)
            and _word_before(m.text, m.text.rfind(name)).islower()
        )
        particled = len(name.split()) == 2 and name.split()[0].lower() in _SURNAME_PARTICLES
        same = (
            next((e for _, e in reversed(self.seen) if e.kind == "person" and _may_name(name, e.name)), None)
            if particled
            else None
        )
        if same is not None:
            return same  # "Du Vellmar said", tagged a body, after "councillor Andre du Vellmar"
        if kind in {"organization", "government"} and described:
            # "Ana Ruiz, the mother of ...", "Ana Ruiz, a retired teacher": a name the model took for a
            # company's or a place's, described as a person
            return self._person_named(name)
        full_name = _in_full_before(name, self.text[: self.at]) if kind == "organization" and " " not in name else None
        if full_name is not None and name not in self.described:
            # "Pugliese said", tagged a body, after "Councilman August Pugliese", the given name a month's
            return self._person_named(full_name)
        given = r.bare.split()[0] if r.bare.endswith(" " + name) and len(r.bare.split()) == 2 else ""
        if given.lower() in GIVEN_NAMES and given_and_surname(r.bare) and not any(given in e for e, _ in m.entities):
            # "Anand Kumar", of which the model tagged the surname alone a body: a person
            return self._person_named(r.bare)
        return self._earlier_body(key, r.bare) or Resolved(name, key, kind, False)

    def _trade_named(self, name: str) -> bool:
        """Whether the text names `name` right after a word for a trade ("copper producer Kestra",
        "retail giant Kestra"), as `described_names` reads a business."""
        return re.search(rf"\b(?:{_CORPORATE_HEADS})\s+{re.escape(name)}\b", self.text) is not None

    def _company_named(self, name: str) -> bool:
        """Whether the text named a business before by a longer name this one opens ("the mining
        company, Kestrel Minahasa Ltd," before "Kestrel"), though the model takes it for a place."""
        if " " in name or name.lower() in COUNTRY:
            return False
        return bool(
            re.search(rf"\b(?:{_CORPORATE_HEADS}),?\s+(?:the\s+)?{re.escape(name)}\s+[A-Z]", self.text[: self.at])
        )

    def _titled_by_body(self, m: Mention, r: _Reading) -> Resolved | None:
        """A person named after a title that holds an organisation ("The Secretary of State Ana
        Ruiz", the model having tagged only "State"): the capitalised words after the last
        organisation, up to the mention's head, name the person."""
        if not m.proper or not m.head[:1].isupper():
            return None
        at = m.text.rfind(m.head)
        ends = [m.text.find(o) + len(o) for o in r.orgs if o in m.text]
        if at < 0 or len(ends) != len(r.orgs) or max(ends) > at:
            return None
        last = max(r.orgs, key=lambda o: m.text.find(o) + len(o))
        title = re.search(rf"\b(\w+)\s+(?:of|for|at)\s+(?:the\s+)?{re.escape(last)}$", m.text[: max(ends)])
        if title is None or title.group(1).lower() not in ROLE_NOUNS | TITLES:
            return None  # a title of the body's: "Secretary of State", "Chief of Staff"
        # "Spokesperson for the Office of Water Affairs (OWA) Ana Ruiz": past the body's acronym
        rest = _ACRONYM_AFTER.sub("", m.text[max(ends) : at + len(m.head)])
        words = rest.split()
        if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace(".", "").isalpha() for w in words):
            return None
        name = " ".join(words)
        return self._person_named(name)

    def _family_named(self, name: str) -> bool:
        """Whether a one-word name is a plural of the surname of a person named before ("Kestrels",
        "Reeses" after "Ana Kestrel", "Tom Rees"): the family, not a body the model did not know."""
        if " " in name or not re.fullmatch(r"[A-Z][a-z’'-]+s", name):
            return False
        singular = {name[:-1], name[:-2]} if name.endswith("es") else {name[:-1]}
        return any(
            e.kind in {"person", "group"} and not e.scoped and _surname(e.name) in singular
            for e in self._named_before()
        )

    def _named_before(self) -> list[Resolved]:
        """The sources resolved so far and the people the text named before the mention, latest first."""
        return [e for _, e in reversed(self.seen)] + [e for o, e in reversed(self.persons) if o < self.at]

    def _untagged_name(self, m: Mention, r: _Reading) -> Resolved | None:
        """A capitalised name the model tagged as nothing: media by its words, a person when an
        apposition describes one ("Ana Ruiz, a nurse at the hospital"), else an organisation."""
        if not _capitalised(m) or m.head_lemma in ANONYMOUS_HEADS:
            return None
        # initials on the name's own line, two or more ("K.M. Varadan"): not "on X." closing a sentence before
        initials = re.search(r"(?<![\w.])((?:[A-Z]\. ?){2,3})$", self.text[max(0, self.at - 10) : self.at])
        if initials and _initialled([*initials.group(1).replace(" ", "").replace(".", ". ").split(), r.bare]):
            # "K.M. Varadan", the parser's speaker the surname alone: the person by initials and surname
            return self._person_named(f"{initials.group(1).strip()} {r.bare}")
        acronym = re.fullmatch(r"([A-Z]{2,4})s", m.head)
        if m.plural and acronym and acronym.group(1).lower() in role_or_person_nouns() and r.bare == m.head:
            return Resolved(r.bare, r.lower, "group", True)  # "The CEOs said", "MPs warned": those people
        described = re.fullmatch(r"(?:[a-z]+\s+){1,2}([A-Z][\w’'-]+)", r.bare)
        person = self._named_person(described.group(1)) if described else None
        if person is not None:
            return person  # "A tearful Varga told ..." after "Tomas Varga": he, as the story describes him
        if len(r.words) == 1 and r.lower in COLLECTIVE_NOUNS and not m.entities:
            return None  # "Family says he was drunk", a headline's or a sentence's first word: the family
        people = self._people_opening(m, r) if r.bare.split()[0] == m.head else None
        if people is not None:
            return people  # "Refugees say ...", "Gunmen who ...", tagged nothing
        if _of_a_place_named(r.bare, self.text):
            return Resolved(r.bare, r.lower, "group", True)  # "Montrealers say ..." after "Montreal": its people
        if self._family_named(r.bare):
            return Resolved(r.bare, r.lower, "group", False)  # "The Kestrels said" after "Ana Kestrel": her family
        if _document_head(m) and (len(r.bare.split()) == 1 or r.bare.split()[0] == m.head):
            # "Lawsuit claims ...", "Records show ...", "Video of the crash shared by a passenger showed
            # ...": a document opening a sentence, no name
            return None
        described = re.fullmatch(r"([A-Z][a-z]+)\s+of\s+[a-z][\w\s'’-]*", r.bare)
        if described and described.group(1).lower() in person_nouns() and not m.plural:
            # "Widow of slain ranger says ...", a headline's person by who they are to others
            return Resolved(r.bare[0].lower() + r.bare[1:], r.lower, "person", True)
        if (
            len(r.words) == 1
            and r.lower in person_nouns()
            and r.lower not in _DEITIES
            and not m.plural
            and r.bare.istitle()
        ):
            # "Lawyer: Guard struck inmate", a headline's label; "Man claims police beat him", its first word
            return Resolved(r.lower, r.lower, "person", True)
        role = _role_titled(r.bare, m)
        if role is not None:
            return role
        joined = _joined_to_people(m, r)
        if joined is not None:
            return joined  # as in _person, for a name the model missed
        named = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", r.bare)
        if len(named) > 1 and all(len(n.split()) == 1 and self._named_person(n) is not None for n in named):
            return Resolved(r.bare, r.lower, "group", False)  # "Reed and Lopez agreed", each named in full before
        if r.bare.isupper() and len(r.bare.split()) == 1:  # "PENCE:" in a transcript: the Pence named before
            key = r.bare.lower()
            for earlier in [res for _, res in reversed(self.persons)] + [e for _, e in reversed(self.seen)]:
                if earlier.kind == "person" and _surname(earlier.name).lower() == key:
                    return earlier
        owned = re.fullmatch(r"((?:[A-Z][\w-]*\s+)*[A-Z][\w-]*)([’']s\s+)([A-Z][a-z]+)", r.bare)
        if owned and owned.group(3).lower() in _BODY_WORDS_ALL:
            # "Prime Minister Tom Reed's Cabinet": the body of the one named, not that person
            words = owned.group(1).split()
            titles = ROLE_NOUNS | ROLE_MODIFIERS | PERSON_TITLES
            # ... not "the Prime Minister's Office", the office's own name, with no one named in it
            while len(words) > 1 and words[0].lower() in titles and any(w.lower() not in titles for w in words[1:]):
                words.pop(0)
            name = " ".join(words) + owned.group(2) + owned.group(3)
            body = owned.group(3).lower()
            kind = "government" if body in GOVERNMENT_ORG_WORDS | {"cabinet"} else _name_kind(body)
            return Resolved(name, name.lower(), kind, False)
        holder = _after_role(r.bare.split())
        if holder:
            return Resolved(holder, holder.lower(), "person", False)
        known = self._holder_by_surname(r.bare.split())
        if known is not None:
            return known
        member = _NAME_OF_BODY.fullmatch(r.bare)
        if member and m.proper and m.head == member.group(1).split()[-1] and not _english_form(m.head.lower()):
            # "Ruiz of the union", "Ana Ruiz with the union": a surname no word of English, of a body
            name, body = _untitled(member.group(1)), _strip_det(member.group(2))
            known = self._named_person(name)
            return replace(known or Resolved(name, name.lower(), "person", False), affiliation=body)
        in_full = self._surname_named_in_full(m, r)
        if in_full is not None:  # "Demir denied ..." after "Faruk Fatih Demir, the former chief executive"
            return in_full
        if " " not in r.bare:  # "Mills maintained ..." after "said Mills, who runs the plant"; "Malual" after
            # "Deng Malual Deng", a name some outlets give again by its middle word
            same = next(
                (
                    e
                    for _, e in reversed(self.seen)
                    if e.kind == "person" and (e.name == r.bare or r.bare in e.name.split()[1:-1])
                ),
                None,
            )
            if same is not None:
                return same
        # "Interfax, the news agency": media; "The Lagos Police": government
        kind = "media" if _apposed_medium(m.apposition or "") else _name_kind(r.lower)
        if kind == "organization" and m.verb_lemma == "report" and _THE_ONE_WORD.fullmatch(m.text.strip()):
            kind = "media"  # "The Ledger reported": a paper's one-word name, no body's
        if (
            kind == "organization"
            and len(r.bare.split()) > 1
            and r.bare.split()[-1].lower() in _TITLED_FINDINGS
            and not m.text.lower().startswith("the ")
        ):
            kind = "document"  # "KNU Ward Care Report Shows ...", untagged: a report's title (not "The Drudge Report")
        if (
            kind == "organization"
            and (
                _described_as_person(m)
                or m.who_clause
                or given_and_surname(r.bare)
                or _titled_after(m.text, r.bare)
                # "Maria Osheen", the tagger's name missed after a list's bullet: a given name first,
                # nothing that describes it ("Kestrel Re, Europe's biggest reinsurer": a business)
                or not m.apposition
                and 2 <= len(r.bare.split()) <= 3
                and r.bare.split()[0].lower() in GIVEN_NAMES
                and personal_name(r.bare)
                and not m.text.lower().startswith("the ")  # "the Harvard Crimson reported": no one's name
                or self._of_a_family(r.bare)
            )
            and not LEGAL_SUFFIX.search(r.lower)  # "Kestrel Records Limited, a producer's firm,"
        ):
            kind = "person"
        titled_name = re.match(rf"(?:{_COURTESY})\.?\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)", r.bare)
        if titled_name:
            # "Mr Fox said": a man so named, whatever his name's words say; the "Terry Fox" named before.
            # The name ends at its last capitalised word ("Mr Hale instructed by solicitor Tom Reed")
            surname, name = titled_name.group(1), titled_name.group(0)
            return self._named_person(surname) or Resolved(name, name.lower(), "person", False)
        if kind == "person":
            return Resolved(r.bare, r.lower, kind, False)
        words = r.bare.split()
        titled = " ".join(words[-2:])
        if (
            kind == "organization"
            and 3 <= len(words) <= 5
            and re.fullmatch(r"[A-Z]{2,5}", words[0])
            and all(w[:1].isupper() for w in words)
            and words[-2].lower() in GIVEN_NAMES
            and given_and_surname(titled)
        ):
            return self._person_named(titled)  # "SP Riverton Ravi Mehta": an office's initials, a place, a name
        if re.fullmatch(r"[A-Z]{2,4}", r.bare):
            medium = self._medium_by_initials(r.bare)
            if medium is not None:
                return medium  # "The FT reports" after "a story in the Financial Times"
        key = _name_key(r.bare)
        return self._earlier_body(key) or Resolved(r.bare, key, kind, False)  # "Tesla" after "Tesla Inc"

    def _of_a_family(self, bare: str) -> bool:
        """Whether a name of two or three capitalised words ends on the surname of a family the
        text speaks of ("Teaka Walker" where "the Walker family" or "the Walkers" came first)."""
        words = bare.split()
        if not 2 <= len(words) <= 3 or not all(re.fullmatch(r"[A-Z][a-z’'-]+", w) for w in words):
            return False
        surname = re.escape(words[-1])
        return re.search(rf"\b[Tt]he\s+(?:{surname}\s+family|{surname}e?s)\b", self.text) is not None

    def _medium_by_initials(self, letters: str) -> Resolved | None:
        """The paper or broadcaster named before whose initials a name of capitals spells ("FT"
        after "the Financial Times", "WSJ" after "The Wall Street Journal"), speaker or not."""
        for match in _CAPITALISED_RUN.finditer(self.text, 0, self.at):
            name = re.sub(r"^The\s+", "", match.group(0))
            if initials(name) == letters and name.split()[-1].lower() in MASTHEAD_WORDS:
                return Resolved(name, _name_key(name), "media", False)
        return None

    def _document(self, m: Mention, r: _Reading) -> Resolved | None:
        """ "the lawsuit", "a report by the auditor", "city records", "figures released by the ministry"."""
        # "figures released by the ministry", "the ministry's official figures"
        # "the figures show ...", "data indicate ...": figures that show something are a document
        # with no maker named ("senior figures in the party said" are people)
        made = m.head_lemma in MADE_FIGURES and bool(
            _MADE_BY.search(m.text)
            or _owners(m.text)
            or m.verb_lemma in SHOWING_VERBS
            # "Figures obtained from the board show": the parser's subject of "obtained"; "according to
            # IMF figures": figures given out, whoever gave them
            or m.verb_lemma in _MAKING_FIGURES
        )
        if LEGAL_SUFFIX.search(r.lower):
            return None  # "Kestrel Motion Ltd.": a company, whatever its words
        if _ranked_figure(m, r):
            return None  # "a top Kestrel Water Board figure said": a person of rank, no number
        return Resolved(_uncap(r.bare, m), r.lower, "document", True) if _document_head(m) or made else None

    def _group(self, m: Mention, r: _Reading) -> Resolved | None:
        """A plural description: a government body ("Police said"), a role class ("protesters"),
        else a group of the article; or a collective noun ("the opposition said")."""
        if not m.plural and m.head_lemma not in COLLECTIVE_NOUNS and not _of_people(m):
            return None
        body = self._people_named_body(m)
        if body is not None:
            return body  # "Friends of the Earth, an environmental group,": a body's name, no people
        one = _titles_of_one(_strip_det(m.text)) if not r.persons else None
        if one:  # "Minister of Health, Sport and Youth Ana Lim", the name untagged: one person's offices
            return self._person_named(one)
        if any(ch.isupper() for ch in r.bare) and _one_word_medium(r.bare):
            return Resolved(r.bare, r.lower, "media", False)  # "2News detailed ...", plural to the tagger
        named = _members_named(r.bare, m.head)
        if named is not None:
            r = _Reading.of(replace(m, text=r.bare[: named.start()]))  # "officials such as Ana Ruiz": officials
        if m.head_lemma in {"agency", "service"} and _media([m.head_lemma, *r.lower.split()]):
            return Resolved(_uncap(r.bare, m), r.lower, "media", True)  # "Russian news agencies", "news services said"
        if _relief_agency(m, r, set(r.lower.split())):
            return Resolved(_uncap(r.bare, m), r.lower, "group", True)  # "Aid agencies warned": no government's
        if m.head_lemma == "agency" and set(r.lower.split()) & _TRADE_AGENCIES and not r.orgs:
            return Resolved(_uncap(r.bare, m), r.lower, "group", True)  # "Talent agencies argue": businesses
        if (
            m.head_lemma in GOVERNMENT_ORG_WORDS
            or _local_officials(m, r)
            or _JOINT_PORTFOLIO.fullmatch(r.lower)
            or _STATE_FORCES.search(r.lower)  # "Norway's armed forces", "security forces" (not "rebel forces")
        ):
            # ... "fisheries and livestock ministry", the parser's head its first portfolio: the ministry
            return Resolved(_uncap(r.bare, m), r.lower, "government", True)
        if m.head.lower() == "media":  # "local media said": the press, many outlets
            return Resolved(_uncap(r.bare, m), r.lower, "media", True)
        if m.head_lemma in message_nouns() and m.head_lemma not in FIGURE_NOUNS and not _of_people(m):
            return None  # "His comments suggest ...", "the remarks": messages, no people ("senior figures" are)
        if m.head.lower() in {"statistics", "stats"}:
            return Resolved(_uncap(r.bare, m), r.lower, "document", True)  # "Kestrel Office statistics said": figures
        role = ROLE_CLASSES.get(m.head_lemma)
        if role and not _COORDINATED.search(m.text):  # "village police and relief workers": two groups in one
            return Resolved(role, role, "group", True)
        # "counsel for the Kestrel Rivers Office (KRO)": the name without its initials
        bare = _without_open_acronym(r.bare)
        return Resolved(_uncap(bare, m), bare.lower(), "group", True)

    def _people_named_body(self, m: Mention) -> Resolved | None:
        """A body named for people "of" a place or a thing and described as a body after a comma
        ("Drivers of Riverton, a nonprofit organization that ...", "Friends of the Earth, an
        environmental group,"): the name, an organisation; None otherwise."""
        described = re.search(r",\s*(?:a|an|the)\s+(.*)", m.text)
        if described is None or not set(described.group(1).split()[:4]) & ORGANIZATION_HEADS or not m.spans:
            return None
        name = m.text.split(",")[0].strip()
        written = self.text[m.spans[0][0] : m.spans[0][0] + len(name)]  # as written, before any recasing
        if written.lower() != name.lower() or not re.fullmatch(
            r"[A-Z][\w’'-]*\s+of\s+(?:the\s+)?[A-Z][\w’'\s-]*", written
        ):
            return None
        return Resolved(written, _name_key(written), "organization", False)

    def _named_after_dash(self, m: Mention, r: _Reading) -> Resolved | None:
        """A body described, then named after a dash the parse left out of the mention ("said
        the largest nurses' union – KNU."): the name, not the description nor a body named before."""
        if m.pronoun or m.plural or not m.spans or not m.head.islower():
            return None
        if m.head_lemma not in ORGANIZATION_HEADS | GOVERNMENT_ORG_WORDS:
            return None
        inside = re.search(r"\s[–—]\s*", m.text)  # "the largest nurses' union – KNU", the name taken in
        named = (
            _NAMED_AFTER_DASH.fullmatch(m.text[inside.start() :])
            if inside and m.head in m.text[: inside.start()].split()
            else _NAMED_AFTER_DASH.match(self.text, m.spans[-1][1])
        )
        if named is None:
            return None
        name = named.group(1).rstrip(".")
        key = _name_key(name)
        return self._earlier_body(key) or Resolved(name, key, _name_kind(key), False)

    def _definite_body(self, m: Mention, r: _Reading) -> Resolved | None:
        """ "the company", "the union" after a named organisation it describes: the last one
        spoken of or a sentence's subject before it whose name holds that word ("the union" after
        "the Engineering, Printing and Manufacturing Union"), or, for a word of business
        (corporate_heads.txt), holds no word of a kind of body ("the company" after "Carter Holt
        Harvey", not after "the Labour Party")."""
        head = m.head_lemma
        words = [w.lower() for w in r.words]
        if head not in ORGANIZATION_HEADS or m.plural or words[:1] != ["the"] or words[-1] != m.head.lower():
            return None
        described = set(words[1:-1])  # "the mining company": a word of what it does
        if described and head in MEDIA_WORDS and len(words) <= 5:
            return self._described_earlier_medium(words[1:])
        if described and head not in CORPORATE_HEADS:
            return None
        if head in GENERIC_BODIES and re.search(rf"\b{head}s? of\b", self.text[: self.at], re.IGNORECASE):
            return None  # "A group of farmers blocked the road. The group said": those people, no body
        earlier = [(o, res) for o, res in self.papers + self.companies if o < self.at]
        earlier += [
            (seen.spans[0][0], res)
            for seen, res in self.seen
            if seen.spans
            and seen.spans[0][0] < self.at
            and not seen.plural
            and (any(e == "ORG" for _, e in seen.entities) or not res.scoped and res.key != _name_key(seen.text))
        ]  # named as an organisation ("Dunn", untagged, may be a person; "US firms" are many), or
        # resolved to one named so before ("Acme", tagged a person, after "Acme Mining plc")
        earlier += [
            (seen.spans[0][0], Resolved(res.affiliation, _name_key(res.affiliation), "organization", False))
            for seen, res in self.seen
            if seen.spans
            and seen.spans[0][0] < self.at
            and res.kind == "person"
            and res.affiliation
            and res.affiliation[:1].isupper()
            and res.affiliation.lower() not in COUNTRY
            and _name_kind(_name_key(res.affiliation)) == "organization"
            # not a place ("Port Harcourt fraud unit chief Tom Vale"), no company
            and not any(e == res.affiliation and label in {"GPE", "LOC"} for e, label in seen.entities)
            # nor the city a mayor or a councillor serves ("Ana Ruiz, Riverton's mayor")
            and not {w.lower().strip(",.") for w in seen.text.split()} & _CITY_ROLES
        ]  # the body a speaker was named for ("Kestra spokesman Tom Reed said ... the company agreed")
        for _, res in sorted(earlier, key=lambda x: -x[0]):
            if res.kind != "organization" or res.scoped:
                continue
            bare = re.sub(r"\s*\([^)]*\)$", "", res.name)  # "Liberty Reform Party (LRP)": its name before the acronym
            if not bare.split()[-1][:1].isupper() and not LEGAL_SUFFIX.search(res.name.lower()):
                continue  # "US firms", tagged an organisation, are many; "Acme Mining plc" is one
            if any(p.kind == "person" and bare in {p.name, _surname(p.name)} for _, p in self.seen):
                continue  # "Okonjo said", tagged an organisation, after "spokesman Rich Okonjo": the man
            if " " not in bare and _given_name_before(bare, self.text[: self.at]):
                continue  # "Varga", tagged an organisation, after "Tomas Varga" named no speaker
            if any(p.kind == "person" and re.search(rf"\b{re.escape(p.name)} of\b", bare) for _, p in self.seen):
                continue  # "Cmdr. Tom Reed of the Harbour Police", tagged one body: a person, and whom he is of
            named = plain_words(res.name)
            if described and not described & named:
                continue  # "the mining company" is not "Acme Foods"
            if _stands_for(head, named):
                return res
        return None

    def _described_earlier_medium(self, words: list[str]) -> Resolved | None:
        """The medium named before that the text introduced with these words ("The US daily
        added" after "as reported by US daily The New York Times"): the last named one whose name
        has them, or the text right before a mention of its name; the head word ("daily") may
        go unsaid for a name known as a medium."""
        for seen, res in reversed(self.seen):
            if res.kind not in {"media", "organization"} or res.scoped or not seen.spans or seen.spans[0][0] >= self.at:
                continue
            needed = words[:-1] if res.kind == "media" else words
            for found in re.finditer(re.escape(res.name), self.text[: self.at]):
                before = plain_words(self.text[max(0, found.start() - MEDIUM_INTRODUCTION) : found.start()] + res.name)
                if all(w in before for w in needed):
                    return res
        return None

    def _body(self, m: Mention, r: _Reading) -> Resolved | None:
        """A description of a government ("the ministry", "the city", an official of a named
        body) or an organisation ("the company", "the newspaper"); a news agency or service is media."""
        named = m.apposition.strip(" ,") if m.apposition else ""
        if (
            named
            and m.head.islower()
            and not m.plural
            and m.head_lemma in ORGANIZATION_HEADS | GENERIC_BODIES
            and (named, "ORG") in m.entities
        ):
            # "Church campaign group, HOPE, say": the body by the name set off after what it is
            return Resolved(named, _name_key(named), self._named_kind(named, _name_kind(_name_key(named))), False)
        # "the state news agency", "a wire service"; not "a news photographer", a person at work
        if {w.lower() for w in r.words} - {r.head} & NEWS_MODIFIERS and not _people_noun(m.head_lemma):
            named_medium = _NAMED_BEFORE_MEDIUM.match(r.bare)
            if named_medium:  # "the al-Kestra news website where she works": al-Kestra, a later "Al-Kestra said"
                name = named_medium.group(1)
                return self._earlier_body(_name_key(name)) or Resolved(name, _name_key(name), "media", False)
            return Resolved(_uncap(r.bare, m), r.lower, "media", True)
        if m.head_lemma in OFFICIAL_HEADS and r.orgs and not m.plural:
            # "an FBI spokesman", "an official of the Ministry of Health": a person, who speaks
            # for the body (affiliation)
            return Resolved(_uncap(r.bare, m), r.lower, "person", True)
        owners = {re.sub(r"[’']s?$", "", w.lower()) for w in r.words} - {r.head}
        # not a body that leads it ("the Labour Party-led state government")
        owners -= {w.lower() for w in re.findall(r"([^\W\d_]+)-(?:led|run|backed|controlled|dominated)\b", m.text)}
        if m.head_lemma in GOVERNMENT_ORG_WORDS and owners & _BUSINESSES and not owners & GOVERNMENT_NOUNS:
            return Resolved(_uncap(r.bare, m), r.lower, "organization", True)  # "the company press service"
        if _relief_agency(m, r, owners):
            return Resolved(_uncap(r.bare, m), r.lower, "organization", True)  # "the aid agency said"
        if (
            m.head_lemma in OFFICIAL_HEADS
            and r.orgs
            or m.head_lemma in GOVERNMENT_ORG_WORDS
            or m.head_lemma in GOVERNMENT_NOUNS
            or m.head_lemma == "force"
            and not m.plural
            and "police" in owners  # "the police force"
        ):
            return self._office_named_before(m, r) or Resolved(_uncap(r.bare, m), r.lower, "government", True)
        if m.head_lemma == "watchdog" and not m.plural and _state_watchdog(r.words[:-1]):
            return Resolved(_uncap(r.bare, m), r.lower, "government", True)  # "the UK watchdog": the state's regulator
        if m.head_lemma in ORGANIZATION_HEADS:
            return Resolved(
                _uncap(r.bare, m), r.lower, "media" if m.head_lemma in MEDIA_WORDS else "organization", True
            )
        return None

    def _office_named_before(self, m: Mention, r: _Reading) -> Resolved | None:
        """The body of the state a bare "the ministry" or "the agency" stands for: one the text
        just named as a sentence's subject, though it said nothing yet ("The Ministry of Water
        opened two wells. The ministry said ...", "The Riverton Roads Department will fill 900
        potholes, the agency said"), its name holding the word, or, for
        "the agency", the word of any body of the state that acts; named in this sentence or the
        one before."""
        if m.plural or [w.lower() for w in r.words] != ["the", m.head.lower()]:
            return None
        # in the sentence before or this one: a body named further back may not be the one meant
        # ("... in figures from the census bureau. The agency puts ...", another body named before)
        near = [
            (o, res) for o, res in self.papers if o < self.at and len(_SENTENCE_END.findall(self.text, o, self.at)) <= 1
        ]
        for _, res in sorted(near, key=lambda x: -x[0]):
            words = {w.lower() for w in res.name.split()}
            if res.kind == "government" and (
                m.head_lemma in words or m.head_lemma == "agency" and words & _AGENCY_NAMES
            ):
                return res
        return None

    def _person_of_body(self, m: Mention, r: _Reading) -> Resolved | None:
        """A person's name and the body they are of, which the model tagged one organisation
        ("Elena Costa of Open Arms", "Cmdr. Tom Reed of the Kestrel Harbour Police"): the person,
        speaking for the body."""
        named = _PERSON_OF_BODY.fullmatch(_strip_det(m.core or m.text).strip(" ,"))
        if named is None and ", of " in m.text:  # "Ron Tully, of the dockers' union,", the name set off
            named = _PERSON_OF_BODY.fullmatch(_strip_det(m.text).strip(" ,"))
        if named is None or m.pronoun or m.plural or m.recased is not None:
            return None
        name, body = named.group(1), named.group(2)
        if not personal_name(name) or len(name.split()) < 2 or any(name in p for p in r.persons):
            return None  # a person the model knew: the rules for names
        if name.split()[-1].lower() in _BODY_WORDS or _nationality(name.split()[0]):
            # "The Marine Safety Authority of Kenya", "the Kestrian Chamber of Commerce": a body's
            # name, whole (no given name is a nationality)
            return None
        tagged = any(label != "PERSON" and name in e for e, label in m.entities)
        # or no reading at all of a name that opens on a given name ("Sven Aalto of ...")
        untagged = not any(name in e or e in name for e, _ in m.entities) and name.split()[0].lower() in GIVEN_NAMES
        if not (tagged or untagged):
            return None  # the model's reading of the name is wanted: a body's, a title's ("Cmdr. Tom Reed")
        if name.split()[0].lower() in ROLE_NOUNS | ROLE_TITLES or name.split()[-1].lower() in ROLE_NOUNS | ROLE_TITLES:
            return None  # "Commissioner of Police", "Palghar Superintendent of Police ...": an office, no name
        return Resolved(name, name.lower(), "person", False, affiliation=body)

    def _paper_of_a_people(self, m: Mention, r: _Reading) -> Resolved | None:
        """ "The Hindu reported", "The Kestrian writes": a newspaper named for a people, one word of
        nationality or faith that reports or writes, not one person of that people nor all of them."""
        named = _THE_ONE_WORD.fullmatch(m.text.strip())
        if named is None or m.verb_lemma not in {"report", "write", "publish"} or m.plural:
            return None
        word = named.group(1)
        if not (_nationality(word) or (word, "NORP") in m.entities):
            return None
        return Resolved(word, word.lower(), "media", False)

    def _national_one(self, m: Mention, r: _Reading) -> Resolved | None:
        """ "the Kestrelian", one word of nationality in the singular ("the Kenyan said", not "the
        Chinese", who are many): a person, the last one spoken of by that nationality ("Kenyan
        runner Ana Ruiz"), else one described so."""
        words = m.text.split()
        if len(words) != 2 or words[0].lower() != "the" or m.plural or m.pronoun:
            return None
        word = words[1]
        if not (_nationality(word) and word.endswith(("an", "i"))):
            return None
        for seen, res in reversed(self.seen):
            if res.kind == "person" and not res.scoped and re.search(rf"\b{re.escape(word)}\b", seen.text):
                return res
        # "Tom Reed hopes ... Yet the Brazilian thinks": the person a "he" or "she" would be,
        # whom news writing names again by nationality
        last = self._last_person_of_any_gender()
        if last is not None and not last.scoped and self._named_just_before(last.name.split()[-1]):
            return last
        return Resolved(word, word.lower(), "person", True)

    def _named_just_before(self, word: str) -> bool:
        """Whether `word` stands in the sentence before the mention or earlier in its own."""
        before = _SENTENCE_END.split(self.text[max(0, self.at - 1000) : self.at])
        return any(re.search(rf"\b{re.escape(word)}\b", part) for part in before[-2:])

    def _aged_name(self, m: Mention, r: _Reading) -> Resolved | None:
        """A name right after an age ("27-year-old Niran Sak, a student,"): a person's, whatever
        the model tagged it (not "a 24-year-old Kenyan", a nationality)."""
        aged = _AGED_NAME.match(m.text.strip())
        if aged is None or m.plural or m.pronoun:
            return None
        name = aged.group(1).strip()
        if name.lower() in COUNTRY or any(_nationality(w) or w.lower() in TITLES for w in name.split()):
            return None
        return self._person_named(name)

    def _party_one(self, m: Mention, r: _Reading) -> Resolved | None:
        """ "the Ohio Democrat", "the Republican": one member of a party, in the singular, as news
        writing refers back to a lawmaker named before: the last person spoken of, else one so described."""
        words = m.text.split()
        member = m.head.lower().removesuffix("s") if m.head.lower() != "tories" else "tory"
        if member in _PARTY_MEMBERS and m.head[:1].isupper() and not m.pronoun and not r.persons:
            if not m.plural and words[0].lower() in {"a", "an", "one", "another"}:
                # "a senior Democrat on the panel says": one member, not the party
                name = _uncap(_strip_det(m.text.strip()), m)
                return Resolved(name, name.lower(), "person", True)
            if m.plural and len(words) > 1:
                # "Democrats on the committee", "some Tories": members, not the party
                return Resolved(_uncap(r.bare, m), r.lower, "group", True)
        if (
            len(words) < 2
            or words[0].lower() != "the"
            or words[-1].lower() not in _PARTY_MEMBERS
            or not words[-1][:1].isupper()
            or m.plural
            or m.pronoun
            or not all(w[:1].isupper() for w in words[1:])
        ):
            return None
        for _, res in reversed(self.seen):
            if res.kind == "person" and not res.scoped:
                return res
        word = " ".join(words[1:])
        return Resolved(word, word.lower(), "person", True)

    def _post_nominal(self, m: Mention, r: _Reading) -> Resolved | None:
        """A person's name with the letters of a rank after it ("Ana Ruiz QC", "Advocate Tom Hale
        SC", "Tom Reed MP"), which the model may tag a body: the person, by the name alone."""
        named = _POST_NOMINAL.fullmatch(_strip_det(m.core or m.text).strip(" ,"))
        if named is None or m.pronoun or m.plural:
            return None
        if re.match(r"(?:the|a|an|this|that)\s", (m.core or m.text).strip(" ,"), re.IGNORECASE):
            return None  # "The Ashby North MP": the member for a seat, no name before the letters
        name = named.group(1)
        if {w.lower() for w in name.split()} & _BODY_NAME_WORDS:
            return None  # "The Kestrel Party MEP": a party's member, no name
        return self._person_named(name)

    def _plural_named_body(self, m: Mention, r: _Reading) -> Resolved | None:
        """A body named by who its members are and a preposition in capitals ("Reporters Without
        Borders", "Parents Against Pylons", "Nurses For Fair Pay"): the organisation, whole,
        though the model tagged some of it a person."""
        # the name before its apposition too ("Reporters Without Borders, known by its acronym RSF,")
        name = _PLURAL_NAMED_BODY.fullmatch(_strip_det(m.text)) or _PLURAL_NAMED_BODY.fullmatch(
            _strip_det(m.text.split(",")[0])
        )
        if name is None or m.pronoun or m.recased is not None:  # not in a headline set in capitals
            return None
        return Resolved(name.group(0), name.group(0).lower(), "organization", False)

    def _joined_bodies(self, m: Mention, r: _Reading) -> Resolved | None:
        """Names of bodies, places or peoples joined by "and" ("Norland and Kestria agreed",
        "Greens and many Socialists welcomed"), each a name of its own to the model: all of
        them, a group, not the first alone."""
        listed = re.sub(r"\s+(?:all|both|alike|each)$", "", _strip_det(m.text).rstrip(" ,"))  # "A, B and C all said"
        items = [i for i in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", listed) if i]
        # (three or more in a list, which the parser may read as a name and its apposition)
        if not (m.plural or len(items) > 2) or m.pronoun or r.persons or listed.lower() in COUNTRY:
            return None
        # a firm the model took for a product ("Kestra, Zentra and Acme Lines") is one of the bodies
        names = {(e, label) for e, label in m.entities if label in {"GPE", "NORP", "ORG", "PRODUCT"}}
        peoples = {e for e, label in m.entities if label in {"NORP", "GPE"}}
        if len(items) < 2 or " and " not in listed:
            return None
        if _two_places_one_body(items):  # "Kensington and Chelsea Council": one council of two places' name
            return self._body_named(listed)
        named = []
        for item in items:
            found = next(
                (
                    e
                    for e, label in names
                    if (item == e or item.endswith(" " + e) and set(item[: -len(e)].split()) <= _SOME_OF_NAMED)
                    # a body's name of one English word may be a show's ("Fox and Friends")
                    and (label != "ORG" or " " in e or e.isupper() or not english_word(e.lower().removesuffix("s")))
                ),
                None,
            )
            described = _described_body_name(item, peoples, {e for e, label in names if label in {"ORG", "PRODUCT"}})
            if found is None and described is None:
                return None  # "Acme and its lawyers", "Procter and Gamble" (one name to the model)
            named.append(described or item)
        if named != items:
            listed = ", ".join(named[:-1]) + " and " + named[-1]
        return Resolved(listed, listed.lower(), "group", False)

    RULES: tuple[Callable[[Resolver, Mention, _Reading], Resolved | None], ...] = (
        _some_of_a_group,
        _pronoun,
        _named_so,
        _plural_named_body,
        _joined_bodies,
        _post_nominal,
        _person_of_body,
        _paper_of_a_people,
        _national_one,
        _party_one,
        _aged_name,
        _title_alone,
        _epithet,
        _owned_person,
        _country,
        _known_acronym,
        _masthead,
        _described_medium,
        _trade_opening_name,
        _body_named_for,
        _name_after_office_at_body,
        _named_after_office_acronym,
        _person,
        _anonymous,
        _newspaper,
        _named_after_dash,
        _earlier_described,
        _title_in_capitals,
        _earlier_named,
        _holder_named,
        _body_set_off,
        _rank_alone,
        _organization,
        _untagged_name,
        _document,
        _group,
        _definite_body,
        _body,
    )

    def _government(self, m: Mention, lower: str) -> Resolved | None:
        words = lower.replace("’s", "").replace("'s", "").split()
        if any(label == "PERSON" and _strip_det(e).lower() == lower for e, label in m.entities) and (
            lower not in COUNTRY
            or self._named_in_full(_strip_det(m.text), first_too=True)
            or any(r.kind == "person" and r.key == lower for _, r in self.seen)  # spoke as one before
        ):
            return None  # "Jordan said" after "Michael Jordan": a person the model knows by that name
        if lower in COUNTRY or (lower in CAPITALS and len(words) <= 2):
            country = COUNTRY[lower]
            return Resolved(country, country.lower(), "government", False)
        if m.head_lemma in GOVERNMENT_NOUNS or m.head.lower() in GOVERNMENT_NOUNS:
            # "Mexico" of "New Mexico", "Virginia" of "West Virginia": a word of a longer place's name
            places = [e.lower().split() for e, label in m.entities if label in {"GPE", "LOC"}]
            places = [p for p in places if " ".join(p) not in COUNTRY]
            for i in range(len(words)):
                for j in (5, 4, 3, 2, 1):  # "Democratic Republic of Congo" whole, not its last three words
                    phrase = " ".join(words[i : i + j])
                    if phrase not in COUNTRY or phrase in CAPITALS:
                        continue
                    if any(len(p) > j and _has_run(p, words[i : i + j]) for p in places):
                        continue
                    if (
                        i > 0
                        and words[i - 1] in _REGION_WORDS
                        and f"{words[i - 1]} {phrase}" not in COUNTRY
                        and all(w in GOVERNMENT_NOUNS for w in words[i + j :])
                    ):
                        return None  # "the Western Australian Government": a state's, not the country's
                    named = _state_body(m, words[i : i + j])
                    if named is not None:
                        return named  # "Chile Maritime Authority": the body, the state's
                    if any(
                        len(o) > j and _has_run(o, words[i : i + j]) and not set(o) & GOVERNMENT_ORG_WORDS
                        for o in (e.lower().split() for e, label in m.entities if label == "ORG")
                    ):
                        return None  # "officials from the Ghana Red Cross": a body named for its country, no state's
                    country = COUNTRY[phrase]
                    return Resolved(country, country.lower(), "government", False)
        return None

    def _description(self, m: Mention, lower: str) -> Resolved | None:
        """A description naming an earlier speaker: "the department", "the spokeswoman",
        "the demonstrators" after "Eight Kazakhs ... picketed"."""
        coordinated = bool(_COORDINATED.search(m.text))
        role = ROLE_CLASSES.get(m.head_lemma) if m.plural and not coordinated else None
        if (
            not role
            and m.plural
            and m.verb_lemma in ACTIVITY_ROLES
            and not m.pronoun
            and not coordinated
            # not "city councillors voted", "the staff union struck": those in office or a body act in it
            and m.head_lemma not in ROLE_NOUNS | OFFICIAL_HEADS | GOVERNMENT_ORG_WORDS | ORGANIZATION_HEADS
        ):
            role = ACTIVITY_ROLES[m.verb_lemma]
        if role:
            return Resolved(role, role, "group", True)
        if not lower.split() or _capitalised(m) and not _body_word_alone(m, lower):
            return None
        if _INTRODUCES.match(m.text):
            return None  # "a local security official said", "two officials said": someone new, not those named before
        head = m.head_lemma
        marks = _name_marks(m)
        # "opposition"; the head as written too ("officials", whose lemma is "official")
        words = plain_words(lower) - _ARTICLES
        own = words - {head, m.head.lower()} - ROLE_MODIFIERS
        owners = _owners(m.text)
        ranked = plain_words(m.text.lower()) & _SECOND_RANKS
        for earlier_m, earlier in reversed(self.seen):
            if earlier.kind == "narrator" or (
                m.plural
                and not m.pronoun
                and earlier.kind == "person"
                and not (own and earlier_m.head_lemma == head and own <= plain_words(earlier_m.text))
            ):
                # "Customs officials" are no one person named before; "leading campaign figures"
                # after "a leading campaign figure, Ana Ruiz," are hers, who spoke for them
                continue
            name_words = earlier.name.lower().split()
            said = plain_words(earlier_m.text)  # the words the earlier speaker was named with
            if ranked and not ranked <= said:
                continue  # "the deputy mayor" is not "Mayor Ana Ruiz" named before
            theirs = _name_marks(earlier_m)
            if marks and theirs and not marks <= theirs | said:
                continue  # "the Ukrainian army" is not "the Russian army" named before
            appos = (earlier_m.apposition or "").lower().split()
            if _COORDINATED.search(earlier_m.text) and not coordinated:
                continue  # "the Chinese media" is one of "both American and Chinese media", not both
            if coordinated and not words <= said:
                continue  # "the police and the army" are not "police and witnesses" named before
            theirs = _owners(earlier_m.text) if owners else set()
            if owners and theirs and not owners & theirs:
                continue  # "the prosecutor's office" is not "the auditor's office" named before
            if earlier_m.head_lemma == head and earlier_m.plural == m.plural and not earlier_m.pronoun:
                kind_of = (
                    plain_words(earlier.name.lower()) - {head, earlier_m.head.lower()} - _ARTICLES - ROLE_MODIFIERS
                )
                if own and earlier.scoped and kind_of and not own & (kind_of | said):
                    continue  # "the taxi driver" is not "the van driver" named before
                if own and said - {head, earlier_m.head.lower()} - _ARTICLES and not own & said:
                    continue  # "State media" are not the "local media" named before
                return earlier  # "the official" after "a local security official on the border"
            if earlier_m.head_lemma == head and earlier_m.plural != m.plural and earlier.kind == "group":
                continue  # "the official" is not one of "Two officials"
            if (
                earlier.kind == "person"
                and not m.plural
                and _titled_by(head, earlier_m.text)
                and not _another_portfolio(lower, earlier_m.text, head)
            ):
                return earlier  # "the president" after "US President George W. Bush"
            if (
                earlier.kind == "person"
                and not earlier.scoped
                and head in ROLE_NOUNS - ROLE_TITLES  # a title's holder is `_titled_by`'s, other offices kept apart
                and m.text.lower().split() == ["the", head]
                and head in plain_words(earlier_m.text.lower())
            ):
                return earlier  # "the spokesperson" after "union spokesperson Tom Reed", named with that role
            if (
                name_words
                and (head == name_words[-1].rstrip("s") or head == name_words[-1])
                and (earlier.kind != "document" or earlier_m.head_lemma == head)
                and not _ends_on_a_modifier(earlier, earlier_m)
                # not "the unions" after "the Kestrel Teachers Union": many, not the one named
                and not (m.plural and earlier.kind in _BODY_KINDS and not earlier_m.plural)
                # not "the flood agency" after "the Kestrel Weather Agency", nor "Weather officials" after "a
                # government official" (unnamed): a word of its own the name lacks
                and not (own and earlier.kind in {*_BODY_KINDS, "anonymous"} and not own & (set(name_words) | said))
            ):
                return earlier  # not "organizers" after "estimates from organizers": those are its makers
            if (
                head in appos
                and not _office_after(appos, appos.index(head))
                # not "the group" after "Tom Reed, a spokesman for the Green Rivers group": the body he speaks for
                and not set(appos[: appos.index(head)]) & {"for", "of", "to", "at", "from", "with"}
            ):
                return earlier  # not "the mayor" after "Bridgette Moore, Mayor Pro Tem"
            if (
                head in ROLE_NOUNS
                and earlier.kind == "person"
                and own
                and own <= said | plain_words(earlier_m.apposition)
                and not _named_only_in_a_body(m, earlier_m)
                # not "Kestrel mayor" after "Kestrel resident Ana Ruiz": a title she was never given
                and not (head in PERSON_TITLES and not _titled_by(head, earlier_m.text))
            ):
                return earlier  # "the opposition leader" after "the main opposition candidate, John Mahama"
            if (
                head in GOVERNMENT_NOUNS
                and head in said
                # not "Ana Ruiz, who controls the authority", nor "a ministry official" (a person unnamed)
                and earlier.kind not in {"document", "person", "anonymous"}
                # not "the government" after "Acme's Government Affairs team": a word of its name
                and earlier_m.head_lemma not in ORGANIZATION_HEADS
            ):
                return earlier  # "the embassy" after "the US embassy" (resolved to United States), not
                # "the ministry" after "the ministry data"
        if head in ROLE_TITLES and not m.plural:
            # "the mayor" after "residents confronted Riverton mayor Tom Okafor", who spoke only as "he"
            for at, person in reversed(self.persons):
                if at >= self.at:
                    continue
                titled = _TITLE_BEFORE.search(self.text, max(0, at - TITLE_REACH), at)
                if titled and titled.group(2).lower() == head:
                    if (titled.group(1) or "").lower() in _OTHER_OFFICE:
                        continue  # "deputy mayor Ana Ruiz" is not the mayor
                    if ranked and not ranked <= plain_words(titled.group(0).lower()):
                        continue  # nor is "Mayor Ana Ruiz" the deputy mayor
                    if _another_portfolio(lower, self.text[max(0, at - TITLE_REACH) : at], head):
                        continue  # "the prime minister" is not "National Security Minister Ana Ruiz"
                    return next((e for _, e in reversed(self.seen) if e.key == person.key), person)
        if head in ROLE_NOUNS and not m.plural and m.text.lower().split()[:1] == ["the"] and not own:
            # "the treasurer" after "The club's treasurer, Ana Lane, had signed ...": the
            # one person the text named right after that role and a comma
            named = [person for at, person in self.persons if at < self.at and self._role_before(at) == head]
            if len({p.key for p in named}) == 1:
                person = named[-1]
                return next((e for _, e in reversed(self.seen) if e.key == person.key), person)
        return None

    def _role_before(self, at: int) -> str | None:
        """The word set off by a comma right before the text at `at` ("treasurer" of "The
        club's treasurer, Ana Lane"), lower-cased; None if none, or if the word names whom the
        one named serves ("a spokeswoman for the transport minister, Lina Varga")."""
        found = _ROLE_SET_OFF.search(self.text, max(0, at - TITLE_REACH), at)
        if found is None:
            return None
        before = self.text[max(0, found.start() - TITLE_REACH) : found.start()].lower().split()[-3:]
        return None if set(before) & _SERVING else found.group(1).lower()

    def _antecedent(self, pronoun: str) -> Resolved | None:
        # not a speaker who spoke inside another's words ("Vale questioned why Ruiz would choose to
        # highlight the delay. He said ...": he is Vale, whose words Ruiz's choosing is in)
        speaking = [(m, r) for m, r in self.seen if not (m.spans and m.spans[0][0] in self.inside)]
        if pronoun in MALE | FEMALE:  # not one the text called "Mrs." or "Ms." for a "he", nor "Mr." for a "she"
            speaking = [(m, r) for m, r in speaking if not self._titled_against(r, pronoun)]
        found = self._antecedent_in(pronoun, speaking, self.genders)
        # where the speaker the pronoun would stand for last spoke: a person or document since is nearer
        last = max((m.spans[0][0] for m, r in self.seen if r is found and m.spans), default=-1) if found else -1
        if pronoun in MALE | FEMALE:  # a person the text named since, though they said nothing yet
            # not someone the speaker spoke of: "He added that the patient was recovering. ... he said"
            later = [
                (o, self._as_spoken(o, r))
                for o, r in self.persons
                if last < o < self.at
                and _may_be(r, pronoun, self.genders)
                and not self._titled_against(r, pronoun)
                and not (found is not None and (o in self.reported or o in self.inside or o in self.done_to))
                and o not in self.passing  # "a law signed by Governor Tom Reed, who ...": no "he" yet
                # not a name the text has spoken of as a body ("Dawn reported", a paper the model took for a woman)
                and not any(b.key == r.key and b.kind == "media" for _, b in self.seen)
                and r.name not in self.run_bodies  # "the board of Veltrom": a body's name, no "he"
                # not the subject of what the pronoun's parenthesis reports ("His client, he said, was held")
                and not self._parenthesis_on(o)
            ]
            # the speaker a description resolved to, of the other gender ("The union's leader, Tom Reed")
            later = [(o, r) for o, r in later if _may_be(r, pronoun, self.genders)]
            if later:
                found = later[-1][1]
                # the same person as a speaker already resolved: that resolution, affiliation and all
                found = next((r for _, r in reversed(self.seen) if r.key == found.key), found)
        if pronoun == "they":  # people the text spoke of since, though they said nothing yet
            # "Residents barricaded the street. They say ...": the residents
            since = [(o, r) for o, r in self.groups if last < o < self.at and o not in self.reported]
            since += [(o, r) for o, r in self.pairs if last < o < self.at and self.at - o <= PERSON_REACH]
            if since:
                found = max(since, key=lambda x: x[0])[1]
            if (
                speaking
                and _unsexed(speaking[-1][0])
                and self.at - (speaking[-1][0].spans or [(0, 0)])[-1][1] <= PERSON_REACH
            ):
                # "A spokesperson for the council said ... They added: ...": the spokesperson, whom
                # the writer gives no sex
                found = speaking[-1][1]
        if pronoun in THING_PRONOUNS:  # "it": the document or organisation a sentence since was about, if any
            papers = [(o, r) for o, r in self.papers if last < o < self.at]
            papers += [
                (o, r) for o, r in self.local if last < o < self.at and not _SENTENCE_END.search(self.text, o, self.at)
            ]
            papers.sort(key=lambda x: x[0])
            if papers:
                found = self._as_spoken(papers[-1][0], papers[-1][1], kinds={"document"})
        if (
            pronoun in THING_PRONOUNS
            and speaking
            and self.at - (speaking[-1][0].spans or [(0, -PERSON_REACH)])[-1][1] <= PERSON_REACH
        ):
            # "In a blog post, Kestrel said ... It added ...", the model having taken the name for a
            # person's: "it" says the last speaker, a name of one word, is a body
            m, last_res = speaking[-1]
            paper = max((o for o, _ in papers), default=-1) if found is not None else -1
            between = self.text[m.spans[-1][1] : self.at] if m.spans else "\n"
            if (
                last_res.kind == "person"
                and not last_res.scoped
                and " " not in last_res.name
                and paper < m.spans[0][0]
                # the next sentence of the same paragraph, no document named in it before "it"
                and "\n" not in between
                and len(_SENTENCE_END.findall(between)) <= 1
                and not _DOCUMENT_BEFORE.search(_SENTENCE_END.split(between)[-1])
            ):
                found = self.body_after_all(last_res)
        if pronoun in MALE | FEMALE and speaking and (found is None or self._surname_just_before(speaking[-1], last)):
            # "Nadia Okoro said ... She said ...", the model having taken the name for a company's
            m, last_res = speaking[-1]
            if (
                last_res.kind == "organization"
                and not _titled_other(m.text, pronoun)
                and m.spans
                and 0 <= self.at - m.spans[-1][1] <= PERSON_REACH
            ):
                turned = self.person_after_all(last_res)
                found = turned if turned.kind == "person" else None
        if found is None and pronoun in PLURAL_PRONOUNS:  # "they" may stand for an organization
            found = next(
                (r for _, r in reversed(self.seen) if r.kind in {"government", "organization", "anonymous"}), None
            )
        return found

    def _titled_against(self, res: Resolved, pronoun: str) -> bool:
        """Whether the text named a person only with words of the other gender than the
        pronoun's ("Mrs. Clinton" said, for a later "he")."""
        said = set().union(*(_title_genders(m.text) for m, r in self.seen if r.key == res.key))
        return _only_other(said, pronoun)  # both ("Mr. Clinton" and "Mrs. Clinton" taken for one): either

    def _parenthesis_on(self, offset: int) -> bool:
        """Whether the pronoun being resolved opens a parenthesis set off by commas just after the
        noun phrase at `offset` that opens its sentence ("His client, he said, was held ..."): that
        noun phrase is the subject of what is said, not who says it."""
        if _PARENTHESIS_AFTER.fullmatch(self.text, offset, self.at) is None:
            return False
        if re.match(r"\w+(?:\s+\w+){1,2},", self.text[self.at : self.at + 40]) is None:
            return False
        opening = re.split(r"(?:[.!?][”\"’]?\s+|\n)", self.text[:offset])[-1]  # only then: the text before
        return len(opening.split()) <= 1

    def _surname_just_before(self, spoke: tuple[Mention, Resolved], last: int) -> bool:
        """Whether the speaker before a "he" or "she" is one name the model took for an
        organisation's, in the same paragraph (or the one before a quotation that opens the
        pronoun's) and nearer than anyone the pronoun could stand for
        ("Okafor said the road would reopen. Some 40 trucks were stuck, he said.", where the article
        named someone else before): a surname, as an excerpt that cut off the full name gives it."""
        m, res = spoke
        if res.kind != "organization" or not res.name[:1].isupper() or m.head.islower():
            return False  # not "the panel said", no name; not "the company", a body called so
        if " " in res.name and not personal_name(res.name):
            return False  # "Acme Mining said", no person's name
        if not m.spans or m.spans[0][0] <= last:
            return False
        between = self.text[m.spans[-1][1] : self.at]
        # or the quotation that opens the next paragraph ('Brandt told the panel ... / "We have
        # held no concerts," he said')
        return "\n" not in between or _QUOTED_NEXT.fullmatch(between) is not None

    def _as_spoken(
        self, offset: int, person: Resolved, kinds: frozenset[str] | set[str] = frozenset({"person"})
    ) -> Resolved:
        """A person described at `offset` as whom the description was resolved when it spoke
        ("the ex-Chelsea man denies ..." is Tom Reed, and so is a later "he"); so too a document
        that spoke ("said a statement by the army": a later "it added" is that statement)."""
        for m, res in reversed(self.seen):
            if any(s <= offset < e for s, e in m.spans) and res.kind in kinds:
                return res
        return person

    @staticmethod
    def _antecedent_in(pronoun: str, seen, genders: dict[str, str]) -> Resolved | None:
        for m, res in reversed(seen):
            if res.kind == "narrator":
                continue
            if pronoun in MALE | FEMALE or pronoun in {"i"}:
                if res.kind == "person" and _may_be(res, pronoun, genders) and not _titled_other(m.text, pronoun):
                    return res
                if res.kind == "anonymous" and not m.plural and not m.pronoun and m.head_lemma in _SINGLE_SOURCES:
                    return res  # "the source told ... he went on": one person, unnamed
            elif pronoun in FIRST_PLURAL:
                return res  # "We don't believe ...": the last speaker, for whom they speak, whoever it was
            elif pronoun in PLURAL_PRONOUNS:
                # not one person the parser read as several ("Deputy Premier and Health Minister Ana Lim")
                named = sum(label == "PERSON" for _, label in m.entities)
                if res.kind == "group" or (m.plural and not m.pronoun and (res.kind != "person" or named > 1)):
                    return res
            elif pronoun in THING_PRONOUNS:
                if res.kind in _BODY_KINDS or res.kind == "group" and not m.plural and m.head_lemma in COLLECTIVE_NOUNS:
                    return res  # ... "the opposition rejected the tally ... It claimed": one body of people
            elif pronoun in SECOND_PERSON:
                return None  # the reader, or whom a speaker addresses: never the last speaker
            elif pronoun in INDEFINITE_PRONOUNS:
                return None  # "someone", "everyone": no one spoken of before
            else:
                return res
        return None


# Pronouns of someone not named nor spoken of: no one in particular ("anyone", "nobody"), and
# "someone", "everyone".
INDEFINITE_PRONOUNS = NO_ONE | {"everyone", "everybody", "someone", "somebody"}

_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s")
# The rest of a paragraph, then a paragraph that opens with a quotation closed right before a
# pronoun's cue ('... in May.\n\n"We have held no concerts," ').
_QUOTED_NEXT = re.compile(r"[^\n]*\n\s*[“\"][^“”\"\n]+[”\"]\s*")


# Endings that make the name of a place's people ("Montrealers", "Sydneysiders", "Parisians",
# "Torontonians", "Muscovites" aside), longest first.
_DEMONYM_ENDINGS = ("siders", "nians", "ians", "ers", "ans", "ites")


def _of_a_place_named(name: str, text: str) -> bool:
    """Whether a capitalised plural names the people of a place the text names ("Montrealers"
    after "Montreal", "New Yorkers" after "New York"): its stem, less an ending of such names,
    written in capitals as a word of its own."""
    if not re.fullmatch(r"(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+s", name):
        return False
    for ending in _DEMONYM_ENDINGS:
        stem = name[: -len(ending)]
        if name.endswith(ending) and len(stem.split()[-1]) >= 3 and re.search(rf"\b{re.escape(stem)}\b(?![’'-])", text):
            return True
    return False


def _has_run(words: list[str], run: list[str]) -> bool:
    """Whether `run` stands among `words` in a row."""
    return any(words[i : i + len(run)] == run for i in range(len(words) - len(run) + 1))


# a name joined to people of a kind: "Ruiz and nine other prosecutors", "Reed and his aides"
# Plural nouns of people with no plural ending ("Reed and police added").
_PLURAL_PEOPLE = frozenset({"police", "people", "staff", "personnel"})
_JOINED_TO_PEOPLE = re.compile(
    rf"^[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s+and\s+(?:[\w’'-]+\s+){{0,3}}?([a-z]+s|{'|'.join(sorted(_PLURAL_PEOPLE))})\b"
)


def _plural_people_word(word: str) -> bool:
    """Whether a word is a plural noun for people ("fishermen", "attorneys", "religious")."""
    people = _people_word(word.lower())
    return people is not None and (people != word.lower() or word.lower().endswith("s"))


def _joined_to_people(m: Mention, r: _Reading) -> Resolved | None:
    """A name joined to people of a kind ("Ruiz and nine other attorneys general"): a group, not
    the person named, whatever the model tagged the name as."""
    joined = _JOINED_TO_PEOPLE.search(r.bare)
    if not (m.plural and joined):
        return None
    # the first plural after "and" that names people ("Reed and scores of other farmers")
    after = r.bare[joined.start(1) :].split()[:5]
    if any(w in _PLURAL_PEOPLE or _plural_people_word(w) for w in after):
        return Resolved(r.bare, r.lower, "group", True)
    return None


# Offices named with "General" after them ("Attorney General", "Surgeon General").
_GENERAL_OFFICES = frozenset(
    "attorney solicitor surgeon inspector auditor comptroller postmaster secretary director governor"
    " accountant registrar advocate procurator paymaster adjutant quartermaster consul".split()
)


# Words for a role that are also common English surnames, taken from the trade ("Wesley Leader",
# "Ana Judge"); a role's word after a given name is then the surname, as the model tagged it.
_ROLE_SURNAMES = frozenset(
    "leader judge king bishop marshal mayor sheriff chancellor dean baron knight steward warden chamberlain"
    " bailiff butler clerk porter provost prior sergeant chaplain deacon".split()
)


def _role_titled(bare: str, m: Mention) -> Resolved | None:
    """A role written in capitals after the name it serves, as a headline writes it ("Reed
    Spokeswoman Rejects ...", "Acme Lawyer Says ..."): that role, for that name, which is no
    name of the one who speaks."""
    words = bare.split()
    if any(label == "PERSON" and bare.rstrip().endswith(e) and e.split()[-1] != m.head for e, label in m.entities):
        return None  # "Bond Analyst at Kestrel Bank Tom Reed": the name after the role speaks
    if m.head in words[1:-2] and words[words.index(m.head) + 1] in {"in", "at"}:
        words = words[: words.index(m.head) + 1]  # "The ATU Press Officer in Leeds": where the role is served
    if len(words) < 2 or words[-1] != m.head or not m.head.istitle() or m.head.lower() not in ROLE_NOUNS or m.plural:
        return None
    if m.apposition:
        return None  # "Riverton Deputy Trade Minister, Tom Reed,": his name is given
    if len(words) == 2 and (
        re.fullmatch(rf"(?:{_COURTESY})\.?", words[0])
        or words[0].lower() in GIVEN_NAMES
        and words[1].lower() in _ROLE_SURNAMES
        and any(label == "PERSON" and e.split()[-2:] == words for e, label in m.entities)
    ):
        return None  # "Mr Leader", "Wesley Leader" tagged a person: a surname that is a role's word
    owner, role = words[:-1], [m.head.lower()]
    if role == ["general"] and owner and owner[-1].lower() in _GENERAL_OFFICES:
        role.insert(0, owner.pop().lower())  # "the New Jersey Attorney General": New Jersey's
    while owner and (
        owner[-1].lower() in ROLE_MODIFIERS | _ROLE_FIELDS | _PORTFOLIOS or owner[-1].lower() == "affairs"
    ):
        role.insert(0, owner.pop().lower())  # "Prime Minister", "Sabah Chief Minister": words of the role
    name = " ".join(owner + role)
    return Resolved(name, name.lower(), "person", True, affiliation=" ".join(owner) or None)


def _surname_first(name: str, before: str) -> str | None:
    """The whole name that one word names, where the text before wrote it surname first with
    given names joined by a hyphen, as Korean names are ("Park" after "Park Ji-won"); else None."""
    if not name.isalpha() or not name.istitle():
        return None
    found = re.findall(rf"\b{re.escape(name)} [A-Z][a-z]+-[a-z]+\b", before)
    return found[-1] if found else None


def _in_full(name: str) -> bool:
    """Whether a person's name has a first name before the surname, not a title alone ("Gov
    Reed", "Mr. Reed")."""
    words = name.split()
    first = words[0].lower().strip(".") if words else ""
    if first in PERSON_TITLES or first in _FUNCTION_WORDS or words[0].isupper() and len(words[0]) <= 3:
        return False  # "Gov Reed", "Beneath Reed" (a word the model ran in), "AG Reed" (a title's letters)
    return len(words) > 1


def _first_named(
    same: list[Resolved], persons: list[tuple[int, Resolved]], seen: list[tuple[Mention, Resolved]]
) -> Resolved:
    """Of the people a surname alone may name, several named in full: the last of them who
    spoke, else the one the article named first, whom the story is about; where only one is, that
    one; where none is, the first of `same`."""
    full = {r.key for r in same if _in_full(r.name)}
    if len(full) < 2:  # the one named in full ("Mary Fallin", not "Gov Fallin"), if any
        return next((r for r in same if _in_full(r.name)), same[0])
    spoke = next((r for _, r in reversed(seen) if r.key in full), None)
    return spoke or next((r for _, r in persons if r.key in full), same[0])


def _may_name(name: str, earlier: str) -> bool:
    """Whether `name` may name the person named `earlier` before: the same surname, and no
    first name or initial the earlier name lacks ("Lopez" or "Maria Lopez" after "Maria L.
    Lopez"; not "Delma Lopez" after "Maria Lopez")."""
    words = [_lower_particle(_unaccented(w)) for w in name.split()]
    before = [_lower_particle(_unaccented(_PARTICLE.sub("", w))) for w in earlier.split()]
    if words:
        words[-1] = _PARTICLE.sub("", words[-1])
    same = words[-1:] == before[-1:] or bool(words and before) and _part_of_double(words[-1], before[-1])
    return bool(words) and same and set(words[:-1]) <= set(before)


# An article joined to an Arabic surname, which a later mention may drop ("al-Rashid", then "Rashid").
_PARTICLE = re.compile(r"^(?:al|el|Al|El)[-‐]")
# The small words of a surname that a sentence may open with a capital ("de Vellmar", then "De Vellmar said").
_SURNAME_PARTICLES = {
    "de",
    "da",
    "di",
    "del",
    "della",
    "dos",
    "das",
    "du",
    "van",
    "von",
    "der",
    "den",
    "ter",
    "le",
    "la",
}


def _named_by(name: str, letters: str) -> bool:
    """Whether a source's name gives an acronym for itself ("the Riverton Memorial (RMH) hospital"), not
    for a body its people belong to ("Kestrel Rowing Federation (KRF) officials")."""
    at = name.find(f"({letters})")
    after = name[at + len(letters) + 2 :].strip().lower() if at >= 0 else None
    return after is not None and (not after or after in ORGANIZATION_HEADS | GOVERNMENT_ORG_WORDS)


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _name_run_on(name: str, bare: str) -> str:
    """A body's name the model cut short ("the Office of the U.N.", of "the Office of the U.N.
    Special Envoy for Rivers"): the mention whole, where only words of a name follow the cut."""
    if not bare.startswith(name) or bare == name:
        return name
    rest = bare[len(name) :].split()
    whole = rest[-1][:1].isupper() and all(w[:1].isupper() or w in _NAME_JOINERS for w in rest)
    # "the Royal College" of "the Royal College of GPs": a body's word, "of" and what it is of
    of_what = rest[0] == "of" and name.split()[-1].lower() in _BODY_WORDS_ALL
    return bare if whole and (name.endswith(".") or of_what) else name


def _a_description(name: str) -> bool:
    """Whether a person's source name is a description that ends on another's name ("spokesman
    for Minister Ana Ruiz"), not a name ("van der Berg" opens on a particle)."""
    first = name.split()[0] if name.split() else ""
    return first.islower() and first not in SURNAME_PARTICLES


def _same_surname(name: str, word: str) -> bool:
    """Whether a word is the surname of a person's name, accents or none ("Vella" of "Tom
    Vellá": some write the accents, some not), or stands before given names joined by a hyphen."""
    surname, word = _unaccented(_surname(name)), _unaccented(word)
    words = name.split()
    if len(words) > 1 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[-1]) and _unaccented(words[-2]) == word:
        return True  # "Hung" of "Bruce Hung Hin-kau", "Park" of "Park Ji-won": the surname before given names
    return surname == word or _part_of_double(word, surname)


def _part_of_double(word: str, surname: str) -> bool:
    """Whether a word is either half of a surname of two joined by a hyphen ("Montero" or "Ruiz"
    of "Ruiz-Montero", as outlets write a double surname short)."""
    parts = surname.split("-")  # not "Reed-led", a name run into what follows
    return len(parts) == 2 and all(p[:1].isupper() for p in parts) and len(word) > 2 and word in parts


def _unaccented(word: str) -> str:
    """A word without its accents ("Dvořák" -> "Dvorak"), as some outlets write a name, and with
    one apostrophe for the curly and the straight ("O’Hara", "O'Hara"), as one text may mix them."""
    word = word.replace("’", "'").replace("‘", "'")
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def _lower_particle(word: str) -> str:
    return word.lower() if word.lower() in _SURNAME_PARTICLES else word


def _name_to_head(name: str, m: Mention) -> str:
    """A person's name the model cut short of the mention's head, which the capitalised words
    after it reach ("Datuk Seri", tagged a person, in "minister Datuk Seri Ahmad Faizal Ahmad
    Nor": the whole name)."""
    at = m.text.find(name)
    if at < 0 or not m.head[:1].isupper() or m.head in name.split():
        return name
    rest = m.text[at + len(name) :].split()
    ends = next(
        (i for i, w in enumerate(rest[:4]) if w.rstrip(",") == m.head or w.rstrip(",").endswith("-" + m.head)), None
    )
    if ends is None or (ends < len(rest) - 1 and not rest[ends].endswith(",")):
        return name
    rest = [w.rstrip(",") for w in rest[: ends + 1]]
    if not all(w[:1].isupper() and w.isalpha() or _NAME_PARTICLE.fullmatch(w) for w in rest):
        return name
    return " ".join([name, *rest])


# A lower-case particle inside a name ("al-Mahdi", "bin", "van der"): part of the name it stands in.
_NAME_PARTICLE = re.compile(
    r"(?:al|el|ad|ar|as|an|at|az|ash|bin|ibn|bint|abu|van|von|der|den|de|da|di|du|dos|das)(?:-[A-Z][a-z]+)?"
)


# Styles of honour before a given name ("Tan Sri", "Alhaji"), longest first.
HONORIFIC_STYLES = sorted((tuple(s.split()) for s in word_set("honorific_styles")), key=len, reverse=True)


def _given_names(name: str) -> list[str]:
    """A person's name without the styles of honour before it: "Aziz Rahman" of "Tan Sri Aziz
    Rahman"."""
    words = name.split()
    lower = [w.lower().replace("’", "'") for w in words]
    for style in HONORIFIC_STYLES:
        if tuple(lower[: len(style)]) == style and len(words) > len(style) + 1:
            return words[len(style) :]
    return words


def _by_first_name(first: str, persons: list[Resolved]) -> Resolved | None:
    """The one person of `persons` named in full with this first name, or None (none, or two)."""
    named = {}
    for p in persons:
        given = _given_names(p.name)
        if not p.scoped and len(given) > 1 and given[0] == first and not {"and", "&"} & set(given):
            named[p.key] = p  # not "Kestro and Woolmart", two names: the first is no given name
    return next(iter(named.values())) if len(named) == 1 else None


def given_and_surname(name: str) -> bool:
    """Whether a name the model tagged as nothing reads as a person's: two or three capitalised
    words with no word of a body's name, the last of them no English word ("Tariq Mahmood";
    not "Northwind Holdings", "Acme Foods")."""
    words = name.split()
    last = words[-1].lower()
    forms = set(_bare_forms(last))  # "Partners": the base forms are listed
    return (
        2 <= len(words) <= 3
        and personal_name(name)
        and not forms & ORGANIZATION_NAME_WORDS
        and not any(english_word(form) for form in forms)
    )


def _name_from_left(name: str, m: Mention) -> str:
    """A person's name the model cut short of its first names, which the mention holds right
    before it ("Khan", tagged a person, in "Imran Khan"): capitalised words English does not
    know, no title nor role, up to two."""
    at = m.text.find(name)
    if at <= 0 or " " in name.strip():
        return name
    others = " ".join(e for e, label in m.entities if label != "PERSON")
    taken: list[str] = []
    for w in reversed(m.text[:at].split()):
        if (
            not re.fullmatch(r"[A-Z][a-z]+", w)
            or w.lower() in TITLES | ROLE_NOUNS | ROLE_MODIFIERS
            or english_word(w.lower())
            or w in others.split()
        ):
            break
        taken.insert(0, w)
        if len(taken) == 2:
            break
    return " ".join([*taken, name]) if taken else name


def _owners(text: str) -> set[str]:
    """The words of a mention that own what it names ("prosecutor" in "the prosecutor's office")."""
    return {w.lower() for w in re.findall(r"(\w+)[’']s\b", text)}


def _titled_other(text: str, pronoun: str) -> bool:
    """Whether a mention's title of courtesy gives its person the other gender than "he" or
    "she" does ("Mrs. Clinton said" for a later "he"; "Mr. Reed" for "she")."""
    return pronoun in MALE | FEMALE and _only_other(_title_genders(text), pronoun)


def _title_genders(text: str) -> set[str]:
    """The genders a mention's titles of courtesy give ("Mrs. Clinton": female)."""
    return {_TITLE_GENDERS[w] for w in (w.strip(".,") for w in text.lower().split()) if w in _TITLE_GENDERS}


def _titling(text: str, name: str) -> set[str]:
    """The genders that titles of courtesy just before a person's surname in a mention give
    ("Mr. Kestrel", "Mrs. Ana Kestrel"; not the "Mr." of "A spokesman for Mr. Reed" for the
    spokesman)."""
    if not name or _GENDER_TITLE.search(text) is None:
        return set()  # most mentions hold no title of courtesy: no pattern built for their surname
    return {_TITLE_GENDERS[t.group(1).lower()] for t in _titles_before(text, name)}


def _titles_before(text: str, name: str) -> Iterator[re.Match[str]]:
    surname = re.escape(_surname(name))
    return re.finditer(rf"{_GENDER_TITLE.pattern}(?:[A-Z][\w'’-]*\.?\s+){{0,2}}{surname}\b", text)


def _other_gender(genders: set[str], titled: set[str]) -> bool:
    """Whether a mention's titles give one gender, and a person's titles only the other."""
    return len(genders) == 1 and len(titled) == 1 and genders != titled


def _only_other(genders: set[str], pronoun: str) -> bool:
    """Whether titles gave one gender only, and not the one of "he" or "she"."""
    return len(genders) == 1 and ("male" if pronoun in MALE else "female") not in genders


# Titles of courtesy that give a gender ("Mrs. Clinton"; not "Clinton and husband Bill", whose
# gendered word is another person's).
_TITLE_GENDERS = {"mr": "male", "mister": "male", "mrs": "female", "ms": "female", "miss": "female"}
GENDER_TITLES = frozenset(_TITLE_GENDERS)
# The words of an office before its holder's name ("Vice President", "Deputy Prime Minister"); not
# "Mrs", which stays with the name ("a spokesman for Mrs. Reed" speaks for Mrs. Reed, not Mr. Reed).
_SERVED_TITLE_WORDS = (PERSON_TITLES | ROLE_TITLES | ROLE_NOUNS | ROLE_MODIFIERS) - GENDER_TITLES
_GENDER_TITLE = re.compile(rf"\b({'|'.join(sorted((t.title() for t in _TITLE_GENDERS), key=len, reverse=True))})\.?\s+")


def _may_be(res: Resolved, pronoun: str, genders: dict[str, str] | None = None) -> bool:
    """Whether "he" or "she" may stand for a person so named or described: not "she" for "the
    unarmed man" or "Mr. Reed", not "he" for "his wife" or "the spokeswoman", nor for one the
    article called "her" (`genders`, from `Resolver.gendered`)."""
    wanted = "male" if pronoun in MALE else "female"
    said = {GENDERED.get(w) for w in res.name.lower().split()} - {None}
    if len(said) == 1:
        return said.pop() == wanted
    if said:
        return True  # both ("the man's wife"): anyone
    given = _given_gender(res) if pronoun in MALE | FEMALE and not isinstance(genders, _GenderUnsaid) else None
    if given is not None:
        return given == wanted
    known = (genders or {}).get(_gender_key(res.name))
    return known not in {"male", "female"} or known == wanted


# Words for one unnamed informant that a later "he" or "she" may stand for ("an insider at the
# firm").
_SINGLE_SOURCES = frozenset({"source", "insider", "informant"})


class _GenderUnsaid(dict):
    """The genders `_may_be` knows while words that say no gender stand for a person (an age, "the
    46-year-old said"; a clitic the parse cut off its name): none from the text, none from given
    names either."""


def _given_gender(res: Resolved) -> str | None:
    """The gender a person's given name says ("Tom Reed": male), if the name is a given name and a
    surname or more, each capitalised, and the given name nearly always one gender's."""
    words = res.name.split()
    if res.kind != "person" or len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return GIVEN_NAMES.get(words[0].lower())


def _gender_key(name: str) -> str:
    """What a person's gender is kept by: a name whole ("tom reed"), a description by its noun
    ("manager" of "his former manager")."""
    words = re.sub(r"[’']s?$", "", name.strip()).split()
    if not words:
        return ""
    return " ".join(words).lower() if words[-1][:1].isupper() else words[-1].lower()


def _name_marks(m: Mention) -> set[str]:
    """The words of the names in a description, which tell whose it is ("The Ukrainian army" ->
    ukrainian, "Ukraine's army" -> ukraine), possessives cut."""
    return {
        re.sub(r"[’']s?$", "", w).lower()
        for e, label in m.entities
        if label in {"NORP", "GPE", "ORG", "PERSON", "LOC"}
        for w in re.findall(r"[\w’'.-]+", e)
        if w[:1].isupper()
    } - {m.head.lower()}


def _name_key(name: str) -> str:
    """The key of an organisation's name: lower-cased, without "U.S." and the like, nor a
    company's legal suffix ("Tesla Inc", "Acme Corp." and "Tesla", "Acme" are one source)."""
    key = re.sub(r"(?<=\w)-(?=\w)", " ", name.lower())  # "Al-Jazeera" and "Al Jazeera" are one body
    for prefix in US_PREFIXES:
        if key.startswith(prefix):
            key = key[len(prefix) :]
    return LEGAL_SUFFIX.sub("", key) or key


# A company's legal form after its name: "Inc", "Inc.", ", Ltd", "Corp.", "PLC".
_WITH_LEGAL_FORM = re.compile(
    r"\b[A-Z][\w&’'-]*(?:\s+(?:&\s+)?[A-Z][\w&’'-]*){0,4},?\s+(?:Inc|Incorporated|Corp|Corporation|Ltd|LLC|PLC|GmbH|Co(?=\.))\b\.?"
)
LEGAL_SUFFIX = re.compile(
    r",?\s+(?:inc|incorporated|corp|corporation|ltd|limited|llc|llp|plc|co|gmbh|ag|s\.?a|n\.?v|bhd|tbk)\.?$"
)


def _national_arm(name: str, entities: list[tuple[str, str]], text: str = "") -> bool:
    """Whether a name is a company's and a country's, as a firm names its arm in that country
    ("Veltro Motors China", "Harbour Oil China"): a body the model tagged whole or as a body
    and a place, or one the mention says is owned ("Kestrel Australia, partly owned by Norland
    Airlines,"). Not a place in a country ("Northern Nigeria") nor the country alone."""
    words = name.split()
    for k in (1, 2, 3):
        if len(words) <= k or " ".join(words[-k:]).lower() not in COUNTRY:
            continue
        rest = " ".join(words[:-k])
        if rest.lower() in COUNTRY or words[-k - 1].lower() in _PLACE_MODIFIERS or not rest[:1].isupper():
            return False
        owned = re.search(
            rf"{re.escape(name)}\s*,\s*(?:(?:partly|partially|wholly|majority|jointly)[- ])?owned\s+by\b", text
        )
        return (rest, "ORG") in entities or words[-k - 1].lower() in ORGANIZATION_NAME_WORDS or owned is not None
    return False


_PLACE_MODIFIERS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "new"}


# A web address for a name: "riverton24.com", "Newsline.in", "news.example.co.uk".
_WEBSITE = re.compile(
    r"(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|info|news|[a-z]{2}|co\.[a-z]{2})", re.IGNORECASE
)


# Heads of a business's description, as a regular expression's alternatives ("company", "miner").
_CORPORATE_HEADS = "|".join(sorted(CORPORATE_HEADS))
# Words of a region before a country's name or adjective ("Western Australian", "northern Nigeria").
_REGION_WORDS = {"western", "eastern", "northern", "southern", "central", "north", "south", "east", "west"}
# The words of a region a role covers ("Asia and Pacific", "Middle East", "Latin America").
_REGION_BEAT_WORDS = _REGION_WORDS | {"middle", "far", "near", "latin"} | _PLACES_OF_REGIONS


def _apposed_medium(apposition: str) -> bool:
    """Whether an apposition describes a medium ("Interfax, the news agency", "a TV station"), not a
    person whose role a media word describes ("the press freedom representative for ...")."""
    words = re.split(r"\s+(?:for|of|at|in|with|from|on)\s+", apposition.lower())[0].split()
    return _media(words) and not (words and (words[-1] in person_nouns() or words[-1] in ROLE_NOUNS))


def _media(words: Iterable[str]) -> bool:
    """Whether words name a medium: a word of MEDIA_WORDS, but "agency" only as a news agency
    (the Environmental Protection Agency is no medium); the parts of a hyphened word too
    ("American-Statesman")."""
    words = set(words)
    words |= {part for w in words if "-" in w for part in w.split("-")}
    if (
        words & MEDIA_WORDS - {"agency"} == {"network"}
        and (len(words) > 2 or words & _UTILITY_WORDS)
        and not words & _BROADCAST_WORDS
    ):
        # "the African Seed Network", "Tax Justice Network", "Network Rail", "the Federal Network
        # Agency": no broadcaster
        return False
    return bool(words & (MEDIA_WORDS - {"agency"}) or "agency" in words and words & NEWS_MODIFIERS)


# What a network carries when it is no broadcaster's ("Network Rail", "Kestria Health Network").
_UTILITY_WORDS = frozenset(
    "rail railway railways road roads power grid gas water energy electricity transport transit"
    " health hospital hospitals care school schools bank banks".split()
)
# Words of broadcasting that make a network a broadcaster's ("Premier Sports Network").
_BROADCAST_WORDS = {"television", "tv", "radio", "broadcasting", "broadcast", "cable", "sports", "satellite"}


def _titles_only(words: str) -> bool:
    """Whether words are titles or roles alone ("Justice", "Deputy Mayor"), no name's."""
    titles = ROLE_NOUNS | PERSON_TITLES | TITLES | ROLE_MODIFIERS | ROLE_TITLES | _NAME_TITLES
    return all(w.lower().strip(".,") in titles for w in words.split())


# A medium's name before the words for what it is ("the al-Kestra news website", "the Kestrel news
# channel"): the name ("Xinhua news agency" keeps its words, as an agency is named with them).
_NAMED_BEFORE_MEDIUM = re.compile(
    r"((?:(?:al|el)-)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\s+news\s+(?:website|site|portal|outlet|channel)\b"
)
# Words before "paper" that make it a paper written, no newspaper ("a leaked paper", "a white paper").
_PAPERS_WRITTEN = frozenset(
    "leaked white green discussion working policy consultation research position briefing internal draft"
    " cabinet academic scientific technical strategy options".split()
)
# Words before "paper" that make it a newspaper ("the local paper", "a Sunday paper").
_NEWSPAPERS = frozenset(
    "local daily weekly regional national student evening morning sunday tabloid news state-run".split()
)
# Words that make an assembly a legislature ("the National Assembly", "the General Assembly").
_LEGISLATURES = frozenset("national legislative general state constituent provincial regional parliamentary".split())
# A bill by its number ("House Bill 311", "Bill C-18", "Senate Bill No. 4"), which the model may
# tag a person named Bill.
_NUMBERED_BILL = re.compile(r"\bBill\s+(?:No\.?\s*)?(?:[A-Z]{1,2}-?)?\d+$")
# A law's name: "... Act", "... Act 1996", "... Act of 2010", "... Act 523".
_STATUTE = re.compile(r"\b(?:act|ordinance|decree|statute)(?:\s+(?:of\s+)?\d+)*$")
# A law named as a regulation or a directive ("the General Data Protection Regulation", "the Working
# Time Directive"), where no body's word is in the name.
_EU_LAW = re.compile(r"\b(?:regulations?|directive)(?:\s+\(\w+\))?$")


# Heads of a mention that pick some of a group ("a majority", "a similar number").
_PORTION_HEADS = PORTIONS | {"number"}
# Words for a person that, capitalised, are a name ("God is on our side").
_DEITIES = frozenset("god lord allah jesus christ".split())


def _plural_of_people(word: str) -> bool:
    """Whether a capitalised word is the plural of a noun for people ("Refugees", "Gunmen"), not a
    name: the model may tag it a body or a place where it opens a sentence or a headline."""
    lower = word.lower()
    people = _people_word(lower)
    return word[:1].isupper() and word[1:].islower() and people is not None and people != lower


def _one_word_medium(bare: str) -> bool:
    """Whether a name of one word names a medium by its words ("Kestrelnews", "2News")."""
    return " " not in bare and _name_kind(bare.lower()) == "media"


# Last words of bodies' names that make them a business's or members' ("Company", "Association").
_MEMBERS_OR_OWNERS = frozenset(
    {"company", "companies", "association", "associations", "society", "guild", "club", "fc", "afc"}
)

# A police body's name ("Sussex Police", "the Garda", "West Mercia Constabulary").
_POLICE = re.compile(r"\b(?:police|constabulary|garda|gardaí|gendarmerie)\b", re.IGNORECASE)


# What a state's regulator watches over, as "watchdog" follows it ("the competition watchdog"); not
# "media", "election" or "nuclear", which as often name a campaign group or the UN's agency.
_REGULATED_FIELDS = frozenset(
    "competition antitrust financial markets securities banking privacy data protection information medicines"
    " drugs aviation energy police broadcasting gambling water rail telecoms communications food".split()
)


def _state_watchdog(before: list[str]) -> bool:
    """Whether the words before "watchdog" make it the state's: a country or nationality ("the
    UK watchdog", "Britain's watchdog") or a field the state regulates ("the competition
    watchdog"); not "a consumer watchdog", "the group Budget Watchdog"."""
    words = [w.lower().strip(".’'") for w in before if w.lower() not in {"the", "a", "an", "s"}]
    words = [w[:-2] if w.endswith("’s") or w.endswith("'s") else w for w in words]
    return bool(words) and all(w in COUNTRY or w in _REGULATED_FIELDS or w == "eu" for w in words)  # COUNTRY has "uk"


# An office named for the officer who heads it ("the U.S. Attorney's Office for Nevada", "the
# Sheriff's Office"): one body, whatever the model tagged of it.
_OFFICE_OF_OFFICER = re.compile(
    r"(?:[A-Z][\w.]*\s+)*(?:Attorney|Sheriff|Prosecutor|Governor|Mayor|Coroner|Comptroller|Auditor|Marshal)[’']s"
    r"\s+Office(?:\s+(?:for|of|in)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?"
)
# The fields a state's department or agency is named by before the country's name ("Health Canada",
# "Public Health England").
_FIELDS_OF_STATE = frozenset(
    "health statistics transport environment parks elections immigration justice agriculture finance"
    " fisheries natural historic sport".split()
) | {"public health", "global affairs", "fisheries and oceans", "environment and climate change"}
# Nations of a kingdom, which the countries' list names by the kingdom ("Public Health Scotland").
_NATIONS = frozenset({"england", "scotland", "wales"})


def _described_before_name(words: list[str]) -> bool:
    """Whether words end on a name that words in lower case describe before it ("Independent
    bookshop Kestrel Books", "student magazine Salient"), the name no masthead's word."""
    return (
        bool(words)
        and words[-1][:1].isupper()
        and words[-1].lower() not in MASTHEAD_WORDS
        and any(w.islower() and w not in _NAME_JOINERS for w in words)
    )


def _mail_carrier(words: list[str]) -> bool:
    """Whether the lower-case words of a name name a country's mail ("the Post Office", "Canada
    Post"), no paper, though "post" ends papers' names ("the Jerusalem Post", "the Bangkok Post": a
    city's, though the capital names its country)."""
    return words[-2:] == ["post", "office"] or (
        len(words) == 2 and words[1] == "post" and COUNTRY.get(words[0], "").lower() == words[0]
    )


# Last words of a local body's name that two places may share ("Devon and Cornwall Police").
_LOCAL_BODIES = frozenset({"council", "police", "constabulary", "authority", "borough"})


# A part of a country named after the country's word ("the US state of Oregon").
_PART_OF_COUNTRY = re.compile(
    r"\b(?:state|province|territory|region|county|canton|prefecture)\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*$"
)


def _two_places_one_body(items: list[str]) -> bool:
    """Whether two names joined by "and" are one body named for two places ("Hammersmith and
    Fulham Council", "Devon and Cornwall Police"): a place's name of one word, not a country's,
    then a name in capitals that ends on a local body."""
    if len(items) != 2:
        return False
    first, last = items[0].split(), items[1].split()
    if len(first) != 1 or not first[0][:1].isupper() or first[0].lower() in COUNTRY:
        return False
    return len(last) >= 2 and all(w[:1].isupper() for w in last) and last[-1].lower() in _LOCAL_BODIES


def _name_kind(key: str) -> str:
    """The kind of a named body, by the words of its name: media, government or organization.
    A named army is a state's only when its name is the state and the army ("Pakistan Army",
    "U.S. Army"); "New People's Army" or "Free Syrian Army" name armed groups."""
    key = re.sub(r"\bcoast guard\b", "coastguard", key)  # "the U.S. Coast Guard", as "the coastguard"
    words = key.replace(".", "").replace("’s", "").replace("'s", "").split()
    if len(words) > 1 and _STATUTE.search(key):
        return "document"  # "the Clean Rivers Act", "the Housing Act of 2010": a law, which says what it says
    if (
        len(words) > 2
        and _EU_LAW.search(key)
        and not set(words) & (GOVERNMENT_ORG_WORDS | ORGANIZATION_HEADS | GOVERNMENT_NOUNS)
    ):
        return "document"  # "the Clean Air Regulation", not "the Office of Financial Regulation"
    if _mail_carrier(words):
        return "organization"
    if _media(_before_of(words)) or (len(words) == 1 and len(words[0]) > 4 and words[0].endswith("news")):
        return "media"  # ... "Euronews", "Azernews": a news site's one-word name
    if len(words) == 1 and re.fullmatch(r"[a-z]{2,3}pd", words[0]):
        return "government"  # "NYPD", "LMPD": a police department by its acronym (not "SPD", a party)
    if len(words) == 1 and words[0] in GOVERNMENT_ACRONYMS:
        return "government"  # "the NTSB", as "the National Transportation Safety Board"
    if len(words) > 1 and " ".join(words[:-1]) in _FIELDS_OF_STATE and (words[-1] in COUNTRY or words[-1] in _NATIONS):
        return "government"  # "Health Canada", "Natural England": a department by its field
    if words[-1] == "authority" and not _cause_council(words):
        return "government"  # "the Data Protection Authority", "the Port Authority": a public body
    if words[-1] == "assembly" and len(words) > 1 and (words[-2] in _LEGISLATURES or words[-2] in COUNTRY):
        return "government"  # "the National Assembly", "the Kestrian Assembly": a legislature
    if len(words) > 1 and words[-1] == "patrol" and words[-2] in {"highway", "border", "state"}:
        return "government"  # "the California Highway Patrol", "Border Patrol": a police force
    if words[-1] == "cabinet" and "shadow" not in words:
        return "government"  # "the Cabinet", "the Union Cabinet": the ministers who govern (not a shadow one)
    if len(words) > 1 and words[-1] == "review":
        return "document"  # "the Riley Review called for ...": a review's report, no one
    if not _has_word(key, GOVERNMENT_ORG_WORDS) or _cause_council(words) or _named_house(words):
        return "organization"
    if words[-1] in _MEMBERS_OR_OWNERS or words[-2:] == ["credit", "union"] or LEGAL_SUFFIX.search(key):
        # "the Gulf Agency Company", "Kestrel Bureau Ltd": a business, whatever its words; "the
        # Government Medical Officers' Association": its members', no state's body
        return "organization"
    if "unions" in words or {"trade", "trades"} & set(words) and "union" in words:
        return "organization"  # "the Trades Union Congress", "a Congress of Norvian Unions": workers'
    if "congress" in words and {"labour", "labor", "workers", "workers’", "workers'"} & set(words):
        return "organization"  # "the Norvia Labour Congress": the unions' federation, no legislature
    armed = next((i for i, w in enumerate(words) if w in ARMED_FORCES), None)
    if (
        armed is not None
        and words[armed + 1 : armed + 2] not in ([], ["of"])
        and " ".join(words[:armed]) in {"", *COUNTRY}
    ):
        return (
            "government"  # "Army Corps of Engineers" (of "the U.S. Army ..."), "the military court": a state's army's
        )
    rest = " ".join(w for w in words if w not in ARMED_FORCES and w != "royal")  # "the Royal Danish Army"
    if armed is not None and rest and rest not in COUNTRY:
        return "organization"
    return "government"


# Words that make a council a body of the state: of a place's government ("Riverton City Council",
# "the Town Council"), of a country's ("the State Council", "the National Security Council").
_COUNCILS_OF_STATE = set(
    "city county town district borough municipal municipality regional provincial state parish village shire"
    " metropolitan legislative executive security privy ministers european transitional sovereign military"
    " supreme presidential federal local island tribal".split()
)


def _before_of(words: list[str]) -> list[str]:
    """The words of a body's name before what it is "of" ("union" of "union of post office
    workers"): a medium's word after "of" is what the body is of, no masthead's; so after "for"
    in a ministry's name ("the Department for Heritage, Media and Tourism")."""
    words = words[: words.index("of", 1)] if "of" in words[1:] else words
    if words[:1] in (["department"], ["ministry"]) and "for" in words[1:]:
        words = words[: words.index("for", 1)]
    elif "for" in words[1:] and words[words.index("for", 1) - 1] in GOVERNMENT_ORG_WORDS | ORGANIZATION_HEADS:
        words = words[: words.index("for", 1)]  # "the Supreme Council for Media Regulation": a council
    return words


def _named_house(words: list[str]) -> bool:
    """Whether a body's name ends on "House" and is no chamber's or seat of government's
    ("Kestrel House", a shelter or a think tank; not "the House", "the White House", "the House of
    Commons", "the State House")."""
    if words[-1:] != ["house"] or len(words) < 2 or sum(w in GOVERNMENT_ORG_WORDS for w in words) > 1:
        return False
    return not set(words) & {"white", "state", "government", "representatives", "commons", "lords", "the"}


def _cause_council(words: list[str]) -> bool:
    """Whether a body called a council, and by no other word of the state, is one of people for a
    cause or a trade ("the Clean Rivers Defense Council", "the Arctic Refugee Council", "the
    Wildlife Council of Norland"): no word of a place's or the state's government, and
    every word before "council" one English knows, two of them or more, or one and what the
    council is "of" or "for" after it. Not "Riverton Council" (a town's: one word, and English
    knows many towns' names), "the State Council" or "North Kestrel Council"."""
    if "council" not in words or sum(w in GOVERNMENT_ORG_WORDS for w in words) > 1:
        return False
    at = words.index("council")
    if at == 0 or set(words) & (_COUNCILS_OF_STATE | _COMPASS) or " ".join(words[:at]) in COUNTRY:
        return False
    known = english_words()
    if not all(w in known["noun"] or w in known["adj"] or w[:-1] in known["noun"] for w in words[:at]):
        return False
    return at >= 2 or words[at + 1 : at + 2] in (["of"], ["for"])


_COMPASS = set("north south east west northern southern eastern western mid central greater upper lower".split())


# A title of courtesy and a name opening a mention, set off from what follows ("Dr Ana Okafor, Ag.
# Director, ...").
_TITLED_OPENING = re.compile(rf"(?:{_COURTESY})\.?\s+((?:[A-Z][\w’'-]+\s+){{0,2}}[A-Z][\w’'-]+)(?:,|$)")
# A picture's credit before the photographer's name ("PHOTO | TOM REED |", "Photo: Tom Reed").
_PHOTO_CREDIT = re.compile(r"\b(?i:photo(?:graph)?|picture|image|credit)s?\s*(?:by\s*)?[|:]\s*$")
# A person's title and name ending a mention ("... Dr Ana Ruiz", "... Mr. Reed").
_TITLED_NAME_AT_END = re.compile(rf"\b(?:{_COURTESY})\.?\s+((?:[A-Z][a-z]+\s+){{0,2}}([A-Z][\w’'-]+))$")
# The rest of a body's acronym in brackets, after a name the model ended inside or before it.
_ACRONYM_AFTER = re.compile(r"^\s*(?:\)|\([A-Z][A-Za-z&]{1,7}\))")
# An acronym in brackets at the end of a name, its bracket left open where a mention ends.
_OPEN_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z&]{1,7}\)?$")


def _firm_at_work(name: str, apposition: str) -> bool:
    """Whether a name set before a word of a trade that may be a person's ("maker", "operator")
    is a firm's: the apposition singles it out ("Kestrel Motors India, the country's biggest truck
    maker") and the name opens on no given name ("Grace Wanjiru, a charcoal trader", "Ana
    Lane, the ferry's operator" are persons)."""
    words = name.split()
    return (
        bool(words)
        and words[0].lower() not in GIVEN_NAMES
        and bool(re.match(r"(?i)the\s|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*[’']s\s", apposition.strip()))
    )


# A word for a person right before a name ("her son | Kane", "wife | Ana"), which may say a gender.
_KIN_BEFORE = re.compile(r"\b([a-z]+)\s+$")


# What stands between a person's name (or age) and the town they come from ("Tom Reed, 47, of",
# "Ana Lane, aged 52, from", "Ana Ruiz, aged 24, of Mill Road,"): the town after it is a place.
_HOME_OF = re.compile(
    r"(?:[A-Z][\w’'-]+|\d+)\s*,\s*(?:aged\s+\d+\s*,\s*)?(?:of|from)\s+(?:(?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+\s*,\s*)?$"
)


def _without_open_acronym(bare: str) -> str:
    """A name without the initials in brackets it ends on ("the Kestrel Rivers Office (KRO"), or
    the name as it is where that would leave nothing."""
    return _OPEN_ACRONYM.sub("", bare) or bare


# A name and the acronym it is given in brackets: "the Directorate General of Civil Aviation (DGCA)".
_INTRODUCED = re.compile(
    rf"({_NAME_WORD}(?:\s+(?:(?:of|the|and|for|on|in|to|de|du|des|del|la)\s+)*{_NAME_WORD})*)\s*\(([A-Z][A-Za-z&]{{1,7}})(?:\)|$)"
)
# A body described in lower-case words and given an acronym: "the Austrian skiing federation (OeSV)".
_DESCRIBED_ACRONYM = re.compile(r"\bthe\s+((?:[\w’'-]+\s+){0,3}([a-z]+))\s*\(([A-Z][A-Za-z&]{1,7})\)")
ACRONYM_JOINERS = {"of", "the", "and", "for", "on", "in", "to", "de", "du", "des", "del", "la", "s"}
# A name of capitalised words, joining words between ("Kestrel Office of Appeals for Rowing").
_NAME_RUN = re.compile(rf"{_NAME_WORD}(?:\s+(?:(?:of|the|and|for|on)\s+)*{_NAME_WORD})+")


# "the Café Fuerte website": a definite name; "an English daily" describes, and names nothing
_DESCRIBED = re.compile(r"\b(?:the)\s+((?:[A-Z][\w’'.&-]*\s+){1,4})([a-z]+)\b")


# A name of one word that has a board, a management, executives or shareholders ("the board of
# Kestra", "Kestra management", "Kestra's shareholders"): a body's, though the tagger took it for a person's.
_RUN_BY = r"(?:board|management|executives|shareholders)"
_BODY_RUN_BY = re.compile(
    rf"\b{_RUN_BY}\s+of\s+([A-Z][\w&-]+)\b(?![’'\s]*[A-Z&])|\b([A-Z][\w&-]+?)(?:[’']s)?\s+{_RUN_BY}\b"
)


# Before a name of one word that is no given name, words for a business, though some are a
# person's too ("retailer Asda", "supplier Kestra", "supermarket Asda"); not a maker's, a
# producer's or a developer's trade ("producer Weinstein").
_BUSINESS_BEFORE_NAME = (
    (_TRADE_NOUNS | BUSINESS_NOUNS | {"supermarket", "grocer", "discounter", "supermarkets", "grocers", "discounters"})
    - _TRADES
    - {"maker"}
)
# A word for a trade opening a sentence, before a name of one word ("Retailer Asda said ...").
_OPENING_TRADE = re.compile(r"(?:^|[.!?][\"”’]?[ \t]+|\n\s*)([A-Z][a-z]+)[ \t]+([A-Z][\w’'&-]+)\b(?![ \t]+[A-Z])")

# Words for a body that oversees others, before its name ("energy watchdog Kestgem").
_WATCHDOGS = frozenset({"watchdog", "regulator"})

# Spaces that stay inside a paragraph: a photo credit's "/dpa" describes no name opening the next one.
_IN_PARAGRAPH = r"(?!\s*\n\s*\n)"
# "Canadian publication The Daily Ledger", "the newspaper Le Monde": a medium's name after its noun
_DESCRIBED_BEFORE = re.compile(
    rf"\b([a-z]+){_IN_PARAGRAPH}\s+(?:[Tt]he\s+)?([A-Z][\w’'.&-]*(?:{_IN_PARAGRAPH}\s+(?:and\s+|of\s+|&\s+)?[A-Z][\w’'.&-]*){{0,4}}"
    rf"(?:{_IN_PARAGRAPH}\s+\d{{1,3}}(?![\d,.]\d))?)"  # "TV station Kestrel 7": a channel's number too
)


# A firm's name: a word of its own before the name's word for a trade or a legal form ("Kestra
# Chemicals", "Kestra Gold Mining Ltd"); not a public body's or a club's ("Kestra Council", "Kestra United")
_BUSINESS_NAME = re.compile(
    r"\b([A-Z][a-z]{2,})(?:\s+[A-Z][a-z]+)?\s+(?:"
    + "|".join(
        sorted(
            w.capitalize()
            for w in ORGANIZATION_NAME_WORDS
            - {"agency", "army", "brigade", "commission", "committee", "council", "department", "directorate"}
            - {"division", "ministry", "party", "union", "university", "federation", "league", "movement", "caucus"}
            - {"coalition", "alliance", "front", "forum", "society", "association", "institute", "institution"}
            - {"foundation", "albion", "rovers", "wanderers", "united", "athletic", "cafe", "hotel", "restaurant"}
        )
        + [
            "Ltd",
            "Limited",
            "Inc",
            "Corp",
            "Plc",
            "PLC",
            "LLC",
            "Co",
            "International",
            "Group",
            "SA",
            "NV",
            "GmbH",
            "Bhd",
        ]
    )
    + r")\b"
)


# Nouns of a business that a media word before makes a medium ("media group", "publishing house").
_MEDIA_BODIES = {"group", "company", "giant", "firm", "house", "conglomerate", "empire", "outfit", "station", "channel"}


def _word_before(text: str, end: int) -> str:
    """The word that ends before `end`, spaces between ("" at the text's start), read back from
    `end` rather than by splitting all the text before it."""
    j = end
    while j > 0 and text[j - 1].isspace():
        j -= 1
    i = j
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return text[i:j]


# A rank by size or output before a trade's word ("No. 3", "the largest", "second-biggest"), up to it.
_RANKED_BEFORE = re.compile(
    r"(?:\b(?:largest|biggest|No\.\s*\d+|number\s+(?:one|two|three|\d+))\b|-(?:largest|biggest)\b)[^.,;]{0,30}$",
    re.IGNORECASE,
)


def described_names(text: str, run_bodies: set[str]) -> dict[str, str]:
    """Names the text gives as the name of a medium or an organisation, by the noun after them
    ("the Café Fuerte website" -> media, "the Acme company" -> organization): a later "Café
    Fuerte asserts" is that medium, though the tagger takes the name for a person's. `run_bodies`
    are the names `bodies_run_by` found in the text, which the resolver keeps too."""
    out: dict[str, str] = {}
    trades = (_TRADE_NOUNS | BUSINESS_NOUNS) - person_nouns()  # "retail giant", not "developer": a person's too
    for m in _DESCRIBED.finditer(text):
        name, noun = m.group(1).strip(), m.group(2)
        if name.lower() in COUNTRY or name.endswith(("-based", "-owned", "-run", "-led")):
            continue  # "the French newspaper": a nationality, no name; "the Lagos-based lender": a place
        if (
            noun in MEDIA_WORDS
            and _media([noun])  # not "the U.N. agency": an agency is a news agency by its words
            and (noun != "network" or set(name.lower().split()) & _BROADCAST_WORDS)  # not "the Kestrelcom network"
        ):
            out.setdefault(name, "media")
        elif noun in ORGANIZATION_HEADS:
            out.setdefault(name, "organization")
    for m in _DESCRIBED_BEFORE.finditer(text):  # "Canadian publication The Daily Ledger"
        before = _word_before(text, m.start())
        named = m.group(2)
        if named.endswith(".") and "." not in named[:-1]:
            named = named[:-1]  # "..., reports news agency KNA.": the sentence's stop, no initial's
        if (
            m.group(1) in MEDIA_WORDS
            and _media([before.lower(), m.group(1)])  # not "the water agency Tom Reed": no news agency
            or m.group(1) in _MEDIA_BODIES
            and before.lower() in MEDIA_WORDS
        ):
            out.setdefault(named, "media")  # ... "media group Kestrel", "news company Kestrel"
        elif (
            (
                m.group(1) in trades
                or m.group(1) in _WATCHDOGS
                or m.group(1) in _BODIES_BEFORE_NAMES
                and named.lower() not in GIVEN_NAMES | COUNTRY
                or m.group(1) in _TRADES
                and _RANKED_BEFORE.search(text, max(0, m.start() - MEDIUM_INTRODUCTION), m.start())
            )
            and " " not in named
            or (" " in named and m.group(1) in _TRADE_NOUNS | BUSINESS_NOUNS and not _persons_name_after_trade(named))
            or m.group(1) in _BUSINESS_BEFORE_NAME
            and " " not in named
            and named.lower() not in GIVEN_NAMES | COUNTRY
        ):
            # "ride-hailing platform Kestra", "retail giant Kestra"; "No. 3 copper producer Kestra",
            # "the biggest zinc miner Kestra": a trade ranked by its output, a business; "retailer
            # Harbour City", a business though its name ends on a town's word
            out.setdefault(named, "organization")
    # "Retailer Asda said ...", "Supermarket Asda ...": a word for a trade opening a sentence
    for m in _OPENING_TRADE.finditer(text):
        if m.group(1).lower() in _BUSINESS_BEFORE_NAME and m.group(2).lower() not in GIVEN_NAMES | COUNTRY:
            out.setdefault(m.group(2), "organization")
    for m in _BUSINESSES_LISTED.finditer(text):  # "delivery platforms Kestra and Zentro", "firms such as Kestra"
        for named in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", m.group(1)):
            if _one_body_name(named):
                out.setdefault(named, "organization")
    for m in _BUSINESS_OWNS.finditer(text):  # "Kestra's former riders", "Kestra's shares": a business's
        if _one_body_name(m.group(1)) and not _word_before(text, m.start())[:1].isupper():
            out.setdefault(m.group(1), "organization")
    for m in _BODY_SET_OFF.finditer(text):  # "another cabin crew union, Kestra,"; "Kestra, the pilots' union,"
        named = m.group(1) or m.group(2)
        if _one_body_name(named):
            out.setdefault(named, "organization")
    for m in _BASED_NAME.finditer(text):  # "Berlin-based Kestrel Mobility": a business where it is based
        if m.group(1).split()[0].lower() not in GIVEN_NAMES:
            out.setdefault(m.group(1), "organization")
    for m in _SIDE_OF_A_LEAGUE.finditer(text):  # "Championship side Pretoria Kestrels": a team
        out.setdefault(m.group(1), "organization")
        out.setdefault(m.group(1).split()[-1], "organization")  # "Kestrels confirmed ...", later
    for name in run_bodies:  # `bodies_run_by`: "the board of Kestra", "Kestra management's", a body's name
        out.setdefault(name, "organization")
    for m in _BUSINESS_NAME.finditer(text):  # "Kestra Chemicals", "Kestra Mining Ltd": a later "Kestra" is the firm
        name = m.group(1)
        if (
            name.lower() not in COUNTRY
            and name.lower() not in CAPITALS
            and not english_word(name.lower())
            and name.lower() not in _FUNCTION_WORDS  # not "The" of "The International Atomic Energy Agency"
        ):
            out.setdefault(name, "organization")
    return out


# Words for a body of people before its one-word name ("environmental group Kestrelpeace", "the
# cabin crew union Kestra", "children's charity Kestrel"): the name is that body's, not a person's.
_BODIES_BEFORE_NAMES = frozenset(
    "group union charity nonprofit non-profit organisation organization coalition alliance federation association"
    " ngo".split()
)


def _one_body_name(named: str) -> bool:
    """Whether a word or two in capitals may be a body's own name: its first no English word,
    given name, country or function word ("Kestra", "Zentro Eats", "Ele.me"; not "Smith", "India")."""
    words = named.split()
    return (
        1 <= len(words) <= 2
        and all(re.fullmatch(r"[A-Z][\w’'&-]*(?:\.\w+)*", w) for w in words)
        and not english_word(words[0].lower())
        and words[0].lower() not in GIVEN_NAMES
        and named.lower() not in COUNTRY
        and words[0].lower() not in _FUNCTION_WORDS
    )


def _plural(noun: str) -> str:
    """A noun's regular plural ("company" -> "companies", "business" -> "businesses")."""
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


_PLURAL_BUSINESSES = "|".join(
    sorted({_plural(w) for w in BUSINESS_NOUNS | _TRADE_NOUNS if w != "giants"} | {"apps"})  # "giant" gives "giants"
)
_NAME_OF_ONE = r"[A-Z][\w&-]*(?:\.\w+)*(?: [A-Z][\w&-]*)?"  # "Kestra", "Kestra Eats", "Ele.me"; no full stop at its end
# Names listed right after a plural word for businesses ("delivery platforms Kestra and Zentro",
# "lenders, including Kestra,", "airlines such as Kestra or Zentro"): each a business's name.
_BUSINESSES_LISTED = re.compile(
    rf"\b(?:{_PLURAL_BUSINESSES}),?\s+(?:(?:including|such\s+as|like)\s+)?"
    rf"({_NAME_OF_ONE}(?:\s*,\s*{_NAME_OF_ONE})*(?:,?\s+(?:and|or)\s+{_NAME_OF_ONE})?)"
)
# A name whose shares, stores, app or riders the text speaks of: a business's, whoever the tagger took it for.
_BUSINESS_OWNS = re.compile(
    r"\b([A-Z][\w&.-]*)[’']s\s+(?:former\s+|new\s+|own\s+)?(?:shares|stock|stores|outlets|app|platform|riders"
    r"|couriers|subscribers|revenue|profits|earnings|headquarters|ceo|CEO|chief\s+executive)\b"
)
# Two names joined by "and" ("Quickbite and Fudora", "Tom Reed and Ana Ruiz"), for "the latter".
_TWO_NAMES = re.compile(rf"\b({_NAME_OF_ONE}(?: [A-Z][\w&-]*)?) and ({_NAME_OF_ONE}(?: [A-Z][\w&-]*)?)\b")
_BODY_WORDS_SET_OFF = "|".join(sorted(_BODIES_BEFORE_NAMES))
# A body's one-word name set off after its word, or before it with an article ("another cabin crew
# union, Kestra,"; "Kestra, the pilots’ union, said"), the words between no "of" ("Reed, a member
# of the union," names a person).
_BODY_SET_OFF = re.compile(
    rf"\b(?:{_BODY_WORDS_SET_OFF}),\s+([A-Z][\w’'&-]+)(?=\s*[,.;)])"
    rf"|\b([A-Z][\w’'&-]+),\s+(?:the|a|an)\s+(?:(?!(?:of|for|with|at|in|and|from)\b)[\w’'-]+\s+){{0,3}}"
    rf"(?:{_BODY_WORDS_SET_OFF})(?=\s*[,.;)])"
)


# Two to five capitalised words in a row ("the Riverton Herald", "The Kestrel Evening Post").
_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,4}\b")


# A name right after where its bearer is based ("Berlin-based Kestrel Mobility"), no noun between.
_BASED_NAME = re.compile(r"\b[A-Z][\w.]*-based\s+((?:[A-Z][\w’'&.-]*\s+){0,3}[A-Z][\w’'&.-]*)")


# A team named after the competition it plays in and "side" ("Premier League side Kestrel
# United", "Championship side Pretoria Kestrels"): a club, not a person nor a place.
_SIDE_OF_A_LEAGUE = re.compile(
    r"\b(?:League|Championship|Premiership|Division|Cup|Conference|Liga|Bundesliga)(?:\s+(?:One|Two|Three|1|2))?"
    rf"\s+(?:{'|'.join(sorted(_TEAM_NOUNS))})\s+((?:[A-Z][\w’'-]+)(?:\s+[A-Z][\w’'-]+){{0,2}})"
)


def bodies_run_by(text: str) -> set[str]:
    """Names of one word the text gives a board, a management, executives or shareholders ("the
    board of Kestra", "Kestra management's"): a body's names, not a person's."""
    found: set[str] = set()
    for m in _BODY_RUN_BY.finditer(text):
        name = m.group(1) or m.group(2)
        before = _word_before(text, m.start(2)) if m.group(2) else ""
        if (
            name.lower() not in COUNTRY
            and not english_word(name.lower())
            and not english_word(name.lower().removesuffix("s"))
            and name.lower() not in GIVEN_NAMES
            and name.lower() not in _FUNCTION_WORDS
            and not before[:1].isupper()  # not "Ana Ruiz's board": a person's surname
        ):
            found.add(name)
    return found


def introduced_acronyms(text: str) -> dict[str, str]:
    """The acronyms a text introduces in brackets after a name, each with its name: the words
    whose initials spell it when some do ("... said the Directorate General of Civil Aviation
    (DGCA)" -> "Directorate General of Civil Aviation"), else the whole capitalised name before
    the bracket ("Doctors Without Borders (MSF)"). A mention's text may end before the closing bracket."""
    found: dict[str, str] = {}
    for match in _DESCRIBED_ACRONYM.finditer(text):
        if match.group(2).lower() in ORGANIZATION_HEADS | GOVERNMENT_ORG_WORDS:
            found.setdefault(match.group(3).upper(), match.group(1))  # "the Austrian skiing federation (OeSV)"
    for match in _INTRODUCED.finditer(text):
        acronym = match.group(2)
        name = _strip_det(re.split(r"(?<=[a-z]{2}[.!?])\s+", match.group(1))[-1])  # not "Monday. Doctors ..."
        if sum(ch.isupper() for ch in acronym) < 2:
            continue
        words = name.split()
        for i in range(len(words)):
            if words[i][:1].isupper() and initials(" ".join(words[i:])) == acronym.upper():
                name = " ".join(words[i:])
                break
        else:
            name = re.split(r"\s(?:in|to)\s", name)[-1]  # no initials spell it: not "Reed in Doctors Without Borders"
        found.setdefault(acronym.upper(), name)
    return found


def _spelled_by(acronym: str, key: str) -> bool:
    """Whether a one-word key is the acronym of a name of several words ("iaaf", "international
    association of athletics federations")."""
    return " " not in acronym and len(key.split()) > 2 and 2 < len(acronym) <= 7 and initials(key) == acronym.upper()


def _joined_by_initials(entities: list[tuple[str, str]], text: str) -> list[tuple[str, str]]:
    """Two bodies' names the tagger split at an "and" of one name, joined again where the
    acronym in brackets after them spells the whole ("The Kestrel Haulage and Allied Drivers'
    Union (KHADU)": one union, not "Allied Drivers' Union")."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(entities):
        e, label = entities[i]
        at = text.find(e)
        if i + 1 < len(entities) and label == "ORG" == entities[i + 1][1] and at >= 0:
            after = entities[i + 1][0]
            # the acronym after the name, or inside the entity where the tagger took the bracket in
            joined = re.match(rf"{re.escape(e)}\s+and\s+{re.escape(after)}\s*\(?\s*([A-Za-z]{{2,10}})?\b", text[at:])
            bracket = re.fullmatch(r"(.+?)\s*\(\s*([A-Za-z]{2,10})", after)
            name, acronym = bracket.groups() if bracket else (after, joined.group(1) if joined else None)
            if joined and acronym and initials(f"{_strip_det(e)} and {name}") == acronym.upper():
                out.append((f"{e} and {after}", label))
                i += 2
                continue
        if i + 1 < len(entities) and label == "GPE" == entities[i + 1][1] and at >= 0:
            # "Enertrag UK", a firm's arm in a country, which the tagger took for two places
            country = entities[i + 1][0]
            if _firm_of_country(e, country) and text.startswith(f"{e} {country}", at):
                out.append((f"{e} {country}", "ORG"))
                i += 2
                continue
        firm = re.search(r"(?<![\w’'-])([A-Z][\w-]+)\s+$", text[:at]) if label == "GPE" and at > 0 else None
        if firm and _firm_of_country(firm.group(1), e) and not any(firm.group(1) in o for o, _ in entities):
            out.append((f"{firm.group(1)} {e}", "ORG"))  # "Windvale UK", the firm's name untagged
            i += 1
            continue
        office = (
            re.search(r"((?:[A-Z][\w.-]*\s+){1,3})of\s+$", text[:at])
            if at > 0 and label == "ORG" and re.match(r"[A-Z][\w-]*[’']s\s", e)
            else None
        )
        if office and not any(o != e and o in office.group(1) for o, _ in entities):
            # "the Secretary of State's Office", "State's Office" tagged: the office holder's office, whole
            e = re.sub(r"^The\s+", "", office.group(1)) + "of " + e
            at = text.find(e)
        numbered = re.match(rf"{re.escape(e)}\s+(\d{{1,5}})\b", text[at:]) if at >= 0 else None
        if label == "ORG" and numbered and e.split()[-1].lower() in _NUMBERED_BRANCHES:
            e = f"{e} {numbered.group(1)}"  # "Transit Workers Union Local 412": the local by its number
        tail = _ACRONYM_TAIL.match(text, at + len(e)) if label == "ORG" and at >= 0 else None
        if tail and initials(e + tail.group(1)) == tail.group(2).upper():
            # "the Council for Trade and Co-operation in Asia (CTCA)", the tagger's name cut before "in Asia"
            e += tail.group(1)
            while i + 1 < len(entities) and entities[i + 1][0] in tail.group(1):
                i += 1
        out.append((e, label))
        i += 1
    return out


def _firm_of_country(name: str, country: str) -> bool:
    """Whether a word of its own before a country's name makes a firm's arm there ("Enertrag UK",
    "Windvale UK"): a capitalised word that is no English word, no place and no title."""
    return (
        re.fullmatch(r"[A-Z][\w-]+", name) is not None
        and name.lower() not in COUNTRY
        and not english_word(name.lower())
        and name.lower().strip(".") not in PERSON_TITLES | TITLES
        and _strip_det(country).lower() in COUNTRY
    )


# The words of a name after a joining word, up to the acronym in brackets that spells it whole.
_ACRONYM_TAIL = re.compile(
    r"((?:\s+(?:in|to|of|for|and|on)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)+)\s*\(([A-Za-z]{2,10})"
)


# A union's or a club's branch named by its number after the word ("Local 412", "Lodge 9").
_NUMBERED_BRANCHES = {"local", "lodge", "chapter", "branch"}


def _after_its_country(e: str, text: str, at: int, entities: list[tuple[str, str]]) -> str | None:
    """A body's name the tagger cut after the country it opens with ("The United States" and
    "Anti-Piracy Office" of "The United States Anti-Piracy Office"): the whole name, where the
    body's last word is a body's."""
    if e.split()[-1].lower() not in _BODY_NAME_WORDS:
        return None
    for country, label in entities:
        if label == "GPE" and text[max(0, at - len(country) - 1) : at] == country + " ":
            if _strip_det(country).lower() in COUNTRY:
                return f"{country} {e}"
    return None


def _mended(entities: list[tuple[str, str]], text: str) -> list[tuple[str, str]]:
    """Entities with a name the tagger cut off at its preposition made whole again ("The City
    of" and "Ghana" of "The Congress of ... of Ghana": one body), the pieces it was cut into left out."""
    out: list[tuple[str, str]] = []
    skip: set[str] = set()
    for e, label in _joined_by_initials(entities, text):
        if e in skip:
            continue
        at = text.find(e)
        if at > 0 and _SEAT_OF.search(text[:at]):
            out.append((e, "GPE"))  # "The City of Durban", "Durban" tagged a body: the place, its council
            continue
        cut = re.search(r"\s(?:of|for|and)$", e)
        if cut and _SEAT_OF.fullmatch(e + " "):
            continue  # "The City of", cut from "Calgary": the place after it speaks
        rest = re.match(r"\s+((?:[A-Z][\w’'.-]*\s?){1,3})", text[at + len(e) :]) if cut and at >= 0 else None
        if rest:
            whole = f"{e} {rest.group(1).strip()}"
            skip |= {o for o, _ in entities if o != e and o in rest.group(1)}
            out.append((re.sub(r"^(?:The|the)\s+", "", whole), label))
        elif not cut:
            listed = (
                _listed_name(e, text, at)
                or _name_of_cause(e, text, at, entities)
                or _after_its_country(e, text, at, entities)
                if label == "ORG" and at >= 0
                else None
            )
            if listed:
                skip |= {o for o, _ in entities if o != e and o in listed}
                out.append((re.sub(r"^(?:The|the)\s+", "", listed), label))
            else:
                out.append((e, label))
    return out


# Last words of a newspaper's name that name something else too ("the Riverton Star", "the Kestrel
# Express"), a paper's where such a name reports or writes.
_PAPER_ENDS = frozenset(
    "sun star express mail standard globe record register bulletin dispatch ledger mercury advertiser observer mirror".split()
)

# A masthead's last word, never a surname ("Kanto Press", "the Riverton Herald"): a two-word name
# tagged a person's that ends on one is a paper's; "Post" and "News" are left out ("Emily Post").
# `_PAPER_ENDS` are words that name other things too, a paper's only where the name reports.
_MASTHEAD_ENDS = frozenset(
    "press times herald gazette tribune chronicle courier sentinel examiner inquirer telegraph".split()
)


# The words of the names of the state's bodies that "the agency" may stand for ("the Riverton Roads
# Department will ..., the agency said").
_AGENCY_NAMES = frozenset({"agency", "department", "authority", "administration", "bureau", "office", "service"})

# How far before a mention, in characters (a paragraph or two), a body spoken of may be the one its
# "the company's" or "the group's" stands for (`Resolver._body_called`).
_NEAR_BY = 600
# A word of order standing for a noun it leaves out ("The latest concluded ...", "the first found").
_ORDER_ALONE = re.compile(r"(?i)(?:the\s+)?(latest|most recent|newest|earliest|first|second|third|last|final|previous)")
# An acronym in brackets that closes an affiliation, its closing bracket maybe lost with the words
# after it ("Kestrel Brewers Association (KBA").
_AFFILIATION_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z&.]{0,9}\)?\s*$")

# Words for a body whose name goes on with what it is for or of ("the Kestrel Fund for Wetlands").
_BODIES_FOR = frozenset(
    "fund foundation institute centre center society league alliance federation association campaign coalition"
    " committee trust council commission".split()
)


def _name_of_cause(e: str, text: str, at: int, entities: list[tuple[str, str]]) -> str | None:
    """A body's name the tagger ended on its word for a body, before what the body is for: "Global
    Wild Fund" of "the Global Wild Fund for Wetlands". Not a place's or a person's name after it
    ("the Council of Kestria", "the Fund for Ana Ruiz")."""
    if e.split()[-1].lower() not in _BODIES_FOR:
        return None
    after = re.match(r"\s+(?:of|for)\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\b", text[at + len(e) :])
    if after is None or after.group(1).lower() in COUNTRY or after.group(1).split()[0].lower() in GIVEN_NAMES:
        return None
    if any(label in {"PERSON", "GPE", "LOC", "NORP"} and o in after.group(1) for o, label in entities):
        return None
    return e + text[at + len(e) : at + len(e) + after.end()]


def _listed_name(e: str, text: str, at: int) -> str | None:
    """A body's name the tagger cut at a comma of the list it names, whole: "the Department for
    Heritage" of "the Department for Heritage, Media and Tourism", "Boat and Allied Crews Union" of
    "the Net, Boat and Allied Crews Union". The listed words are common English words, not
    names of their own ("the Ministry of Defence, Kestria and Norvia" lists three)."""

    def common(words: list[str]) -> bool:
        return all(listable_word(w.lower()) and w.lower() not in COUNTRY for w in words)

    if re.search(r"\s(?:of|for)\s+" + LISTED_WORD + "$", e):
        more = re.match(rf",\s+((?:{LISTED_WORD},\s+)*{LISTED_WORD},?\s+and\s+{LISTED_WORD})\b", text[at + len(e) :])
        if more and common(re.findall(LISTED_WORD, more.group(1))):
            return e + text[at + len(e) : at + len(e) + more.end()]
    if " and " in e and re.match(LISTED_WORD + r"\s", e):
        before = re.search(rf"\b((?:{LISTED_WORD},\s+)+)$", text[:at])
        if before and common(re.findall(LISTED_WORD, before.group(1))):
            return text[at - len(before.group(1)) : at] + e
    return None


# "The City of", "Town of": the words before a place whose council a name stands for.
_SEAT_OF = re.compile(r"(?:\b[Tt]he\s+)?\b(?:City|Town|County|Borough|Municipality) of $")


def _widened_to_acronym(name: str, text: str) -> str:
    """A body's name with the capitalised words before it that the tagger left out, when the
    acronym in brackets after it spells them too ("Open" of "Open Web Trust (OWT)")."""
    at = text.find(name)
    after = re.match(r"\s*\(([A-Z]{2,8})\b", text[at + len(name) :]) if at >= 0 else None
    # "The Kestrel Agency" before "for the Protection of Rivers (APR)":
    # the words after it up to the bracket, where the acronym spells the name's end with them
    cut = (
        re.match(
            r"\s+((?:for|of)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:(?:of|for|and|the|on)\s+)*)*[A-Z][\w’'-]*)\s*\(([A-Z]{2,8})\b",
            text[at + len(name) :],
        )
        if at >= 0 and after is None
        else None
    )
    if cut:
        whole = f"{name} {cut.group(1)}"
        spelled = initials(whole)
        return whole if spelled.endswith(cut.group(2)) and len(cut.group(2)) > 2 else name
    if after is None or initials(name) == after.group(1):
        return name
    before = text[:at].split()
    for k in range(1, min(3, len(before)) + 1):
        words = before[-k:]
        if not all(w[:1].isupper() for w in words):
            break
        widened = " ".join([*words, name])
        if initials(widened) == after.group(1):
            return widened
    return name


def initials(name: str) -> str:
    """The capitals of a name's words, joining words left out ("National Labor Relations Board" -> NLRB,
    "Council for Trade and Co-operation in Asia" -> CTCA)."""
    words = re.findall(r"[A-Za-z]+(?:-[a-z]+)*", re.sub(r"[’']s\b", "", name))  # "Co-operation": one word
    return "".join(w[0] for w in words if w.lower() not in ACRONYM_JOINERS).upper()


def _of_people(m: Mention) -> bool:
    """A body made of people it names ("a team of scientists", "a panel of experts"): a group."""
    # (a count among the words: "a group of 23 boat owners")
    found = re.search(
        rf"\b{re.escape(m.head)}\s+of\s+((?:[A-Za-z-]+\s+|\d[\d,]*\s+){{0,3}}(?:[A-Za-z]+s|people|[a-z]*men|children))\b",
        m.text,
    )
    if found is None:
        return False
    # "a number of Senate Republicans": people by their party or nation too, in capitals (not
    # "Congress" of "a part of the Kestrel Congress councillors", whose councillors they are);
    # "a lot of people", "a group of women": plurals with no "s"
    return any(
        w in _PLURALS_WITHOUT_S
        or (w[:-1] in person_nouns() if w.islower() and w.endswith("s") else (w, "NORP") in m.entities)
        for w in found.group(1).split()
    )


# Words before "Court" that give a court's level or kind ("Magistrates’ Court", "Crown Court").
_COURT_KINDS = frozenset(
    "magistrate crown high supreme district county family youth juvenile coroner sheriff appeal federal"
    " circuit superior municipal provincial constitutional criminal civil small claims".split()
)
# Last words of a study's or a report's title in capitals ("Kestrel Housing Survey").
_TITLED_FINDINGS = frozenset({"report", "survey", "study", "review", "audit", "poll", "index", "census"})
# Words of when that a possessive may own ("Thursday's figures", "this year's report"): no body (no
# month's name: "May's spokesman" speaks for Mrs May).
_WHEN_WORDS = (
    WEEKDAYS
    | {"today", "yesterday", "tomorrow", "tonight"}
    | {f"{w} {p}" for w in ("this", "last", "next") for p in ("week", "month", "year", "weekend")}
)
# Words no person's name opens with, though a body's name may have them after its first word
# ("Divers Against Plastic", "Doctors Without Borders", "Mothers Against Drunk Driving").
_NAME_NEVER_OPENS = frozenset({"against", "without", "for", "of", "on", "in", "with", "from", "at", "by", "to", "and"})
# Prepositions inside a description of a body ("a grand jury in Kestrel County").
_PLACE_PREPOSITIONS = frozenset({"in", "of", "at", "for", "from", "on"})
# Plurals for people that end on no "s" (`_PLURAL_PEOPLE` the words after a name and "and").
_PLURALS_WITHOUT_S = frozenset({"people", "men", "women", "children", "folk"})


def _local_officials(m: Mention, r: _Reading) -> bool:
    """Officials or authorities that a government word describes ("Dallas city officials",
    "county authorities", "government authorities"), not "company officials"."""
    if m.head_lemma not in OFFICIAL_HEADS | GOVERNMENT_NOUNS:
        return False
    others = [w.lower() for w in r.words if w.lower() not in {m.head.lower(), m.head_lemma}]
    return _has_word(" ".join(others), GOVERNMENT_ORG_WORDS | (GOVERNMENT_NOUNS - {"side"}))


def maker_of_no_goods(name: str) -> bool:
    """Whether a "maker" makes no goods: joined to what it makes by a hyphen ("image-maker",
    "policy-maker"), or the maker of a thing no business sells ("a policy maker")."""
    found = re.search(r"(\w+)(\s*-\s*|\s+)maker$", name.lower())
    return found is not None and (found.group(2).strip() == "-" or found.group(1) in _NO_GOODS)


# What a person, not a business, makes ("a policy maker", "the peace maker").
_NO_GOODS = {"policy", "decision", "law", "peace", "image", "film", "movie", "trouble", "king", "match", "deal", "rule"}


# An aside on some of a group ("..., some of them unnamed pensioners, ...").
_SOME_OF_THEM_ASIDE = re.compile(
    r",\s*(?:many|some|most|all|several|few|half|none|one|two|three)\s+of\s+(?:them|whom)\b.*$"
)
# Words for an agreement that WordNet gives no sense of a message ("the deal requires ..."); not
# document heads, which a later "it" may stand for ("the deal ... the union, which says it ...").
_AGREEMENTS = frozenset({"deal", "accord"})
# Words for a part of a group, standing for its members ("a handful raised theirs").
_SOME_OF_MANY = frozenset({"handful", "majority", "minority"})


def _common_kind(head_lemma: str) -> str:
    """The kind of a source named by a common noun alone: an anonymous source, a person ("the
    pilot"), or a body that speaks but is no person ("the airline", "the opposition")."""
    if head_lemma in ANONYMOUS_HEADS:
        return "anonymous"
    if head_lemma in BUSINESS_NOUNS:
        return "organization"  # "the smartphone maker", "the retailer": a business, though a person may be one
    if head_lemma in person_nouns() and head_lemma in MEDIA_WORDS - {"broadcaster"}:
        return "person"  # "a medical examiner", "a courier": a paper's name in capitals, a person in lower case
    if _media([head_lemma]):
        return "media"  # "the dpa reported", an agency some outlets write in lower case
    if head_lemma in second_person_nouns() and head_lemma not in _BODY_NAME_WORDS | NON_PERSON_HEADS:
        return "person"  # "the moderator", "the shooter": no body, though the word's first sense is no person
    if head_lemma in message_nouns() or head_lemma in EVIDENCE_WORDS or head_lemma in _AGREEMENTS:
        return "document"  # "the legislation", "the forecast", "a transcript", "the evidence": a message, no one
    if (
        head_lemma in speaker_nouns()
        and head_lemma not in person_nouns()
        and (head_lemma not in ROLE_NOUNS or head_lemma == "staff")
    ):
        return "organization"  # not "the board's chair", a role though the word's first sense is a seat
    if head_lemma in PREMISES_NOUNS or head_lemma in {"center", "centre"}:
        # "the brewery said", "the Acme refinery said": the business it houses; "the legal aid
        # center said": the body, no player in the middle
        return "organization"
    if head_lemma in {"wing", "faction"} or head_lemma in _SOME_OF_MANY:
        return "group"  # "the party's hardline wing", "a handful": some of its members, some of them
    return "person"
