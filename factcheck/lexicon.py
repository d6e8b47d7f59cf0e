"""General English word knowledge the contradiction step reads: which nouns can name a speaker,
what a figure counts, which words exclude each other. Built from WordNet 3.0 by
scripts/build_lexicon.py into factcheck/data/lexicon.json (read once, on first use)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from .words import word_set

PATH = Path(__file__).resolve().parent / "data" / "lexicon.json"

# Words that stand for no one by themselves: a number, a pronoun, a determiner or a time.
NOT_SPEAKERS = word_set("not_speakers")
_CUT = re.compile(r",|\s(?:of|and|or|who|which|that|in|at|for|from|on|with|by)\s|\s[-–—]\s", re.I)
_WORD = re.compile(r"[\w'’.-]+")


@lru_cache(maxsize=1)
def data() -> dict:
    try:
        return json.loads(PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # a broken install: no lexical knowledge rather than a crash
        return {"speaker_nouns": [], "counted": {}, "antonyms": []}


@lru_cache(maxsize=1)
def speaker_nouns() -> frozenset[str]:
    return frozenset(data()["speaker_nouns"])


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    return frozenset(data().get("person_nouns", []))


@lru_cache(maxsize=1)
def second_person_nouns() -> frozenset[str]:
    """Speaker nouns that are a person in their second sense, never a group ("moderator",
    "star", "shooter"): a person where one speaks."""
    return frozenset(data().get("second_person_nouns", []))


@lru_cache(maxsize=1)
def thing_nouns() -> frozenset[str]:
    """Nouns that name no one in any sense ("afternoon", "protest", "suggestion")."""
    return frozenset(data().get("thing_nouns", []))


@lru_cache(maxsize=1)
def object_nouns() -> frozenset[str]:
    """Nouns for made or natural objects that never name people in their common senses
    ("plane", "bridge"; not "hospital" or "village")."""
    return frozenset(data().get("object_nouns", []))


@lru_cache(maxsize=1)
def property_nouns() -> frozenset[str]:
    """Nouns for a property or a state ("eligibility", "health", "accuracy", "need")."""
    return frozenset(data().get("property_nouns", []))


@lru_cache(maxsize=1)
def message_nouns() -> frozenset[str]:
    """Nouns for a message first, never a person or a group ("legislation", "transcript",
    "forecast"): a source headed by one is a document."""
    return frozenset(data().get("message_nouns", []))


@lru_cache(maxsize=1)
def counted_classes() -> dict[str, str]:
    """word -> what it counts ("slain" -> "death", "detainees" -> "arrest")."""
    return {word: cls for cls, words in data()["counted"].items() for word in words}


@lru_cache(maxsize=1)
def antonyms() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for x, y in data()["antonyms"]:
        out.setdefault(x, set()).add(y)
        out.setdefault(y, set()).add(x)
    return {k: frozenset(v) for k, v in out.items()}


def _base(word: str) -> str:
    """A plural's singular, by spelling alone (no parser is loaded to list contradictions)."""
    for end, new in (("ies", "y"), ("ses", "s"), ("s", "")):
        if word.endswith(end) and len(word) > len(end) + 2:
            return word[: -len(end)] + new
    return word


def counted(word: str) -> str | None:
    """The class a word (a lemma, as claims' terms are) counts: "slay" -> "death"."""
    table = counted_classes()
    w = word.lower()
    return table.get(w) or table.get(_base(w))


@lru_cache(maxsize=20000)
def is_speaker(name: str, kind: str) -> bool:
    """Whether a source's name can name someone who speaks: a name ("Ana Ruiz", "the DGCA"), or a
    description whose head is a person, a group, a document or a message ("residents", "the
    ministry", "the lawsuit", "records"); not a time, a thing or an event ("afternoon", "its
    airstrikes", "protests and vigils", "One")."""
    if kind in {"narrator", "anonymous", "media", "document"}:  # the resolver knew it for an outlet or a document
        return True
    first = _CUT.split(name.strip(), maxsplit=1)[0]
    words = _WORD.findall(first)
    if not words or (words[0].lower() in {"of", "in", "at", "for", "on", "by", "date"}):
        return False
    if all(w.lower() in NOT_SPEAKERS for w in words):
        return False
    if any(w[:1].isupper() and w.lower() not in NOT_SPEAKERS and (len(words) == 1 or not w.isupper()) for w in words):
        return True  # a name: descriptions are stored lower-cased ("protests and vigils"), an abbreviation
        # that opens one aside ("DNA tests", "TV station": the head noun decides)
    nouns = speaker_nouns()
    head = [w.lower() for w in words]
    if len(head) > 1 and head[-1].endswith("ed") and _base(head[-1]) not in nouns:
        head.pop()  # "the lawsuits filed": the participle after the head
    return head[-1] in nouns or _base(head[-1]) in nouns
