"""The taggers' fast path reads the same features as the strings they were trained on."""

import pytest

from factcheck import attribution_model as am
from factcheck.nlp import load
from factcheck.parse import Parse

TEXTS = [
    'The mayor of Springfield, Ann Lee, said on Tuesday that 1,200 jobs would go. "We are not '
    'closing the plant," a spokeswoman for Acme Corp. told reporters, but union leaders disagreed.',
    "According to the ministry, at least 40 people died. Witnesses say the police fired on the crowd; "
    "the police denied it. Is that true? No.",
    "Officials in the U.N. have called for calm (they warned of 'grave risks'). They refused to comment further.",
]


@pytest.fixture(scope="module")
def docs():
    nlp = load()
    return [(text, nlp(text)) for text in TEXTS]


def test_parse_reads_what_spacy_tokens_say(docs):
    for _, doc in docs:
        P = Parse(doc)
        assert P.lower == [t.lower_ for t in doc]
        assert P.string == doc.text
        assert P.lemma == [t.lemma_.lower() for t in doc]
        assert P.ent_type == [t.ent_type_ for t in doc]
        assert P.ent_iob == [t.ent_iob_ for t in doc]
        assert P.shape == [t.shape_ for t in doc]
        assert P.is_stop == [t.is_stop for t in doc]
        assert P.is_alpha == [t.is_alpha for t in doc]
        assert P.head == [t.head.i for t in doc]
        sents = list(doc.sents)
        assert len(sents) > 1
        assert P.sent == [next(k for k, s in enumerate(sents) if s.start <= t.i < s.end) for t in doc]
        assert [i for i, start in enumerate(P.sent_start) if start] == [s.start for s in sents]


def test_feature_rows_are_those_of_the_feature_strings(docs):
    """The rows the taggers read from the shared template tables weigh what the rows of the
    feature strings weigh, and add up to the same sums, to the last bit."""
    model = am.load_model()
    assert model is not None
    cue, span = model["cue"], model["span"]
    assert cue.tables is span.tables
    for text, doc in docs:
        P = Parse(doc)
        qidx, _ = am.quote_index(doc, text, 0, P)
        strings = am.token_features(doc, qidx, P)
        columns, extra = am.token_columns(P, qidx)
        ids = cue.column_ids(columns, extra)
        for i, f in enumerate(strings):  # per token its features' weights in order, then zeros
            rows = cue.ids(f) + [cue.missing] * (len(ids) - len(f))
            assert cue.matrix[ids[:, i]].tolist() == cue.matrix[rows].tolist()
        assert (cue.sum_ids(ids) == cue.batch_scores(strings)).all()
        own = ids[am.SPAN_BASE]  # the span tagger reads the same rows of its own matrix
        base = [["x" + b for b in f[am.SPAN_BASE]] for f in strings]
        assert (span.sum_ids(own) == span.batch_scores(base)).all()
        assert all(span.ids(f) != [span.missing] * len(f) for f in base)  # the features are known ones
        assert (own != cue.missing).any()


def test_span_scores_are_those_of_the_feature_strings(docs):
    model = am.load_model()
    assert model is not None
    cue, span = model["cue"], model["span"]
    seen = 0
    for text, doc in docs:
        P = Parse(doc)
        qidx, qs = am.quote_index(doc, text, 0, P)
        strings = am.token_features(doc, qidx, P)
        ids = cue.column_ids(*am.token_columns(P, qidx))
        for cue_tokens, _, _ in am.tag(doc, text, 0):
            idx, feats = am.span_features(doc, None, cue_tokens, qidx, qs, 0, P)
            _, with_base = am.span_features(doc, strings, cue_tokens, qidx, qs, 0, P)
            margins = am.span_scores(span, ids[am.SPAN_BASE], idx, feats)
            for k, others in ((1, [0, 2]), (2, [0, 1])):
                expected = [s[k] - max(s[c] for c in others) for s in span.batch_scores(with_base).tolist()]
                assert list(margins[k].values()) == expected and list(margins[k]) == idx
            seen += 1
    assert seen >= 4


def test_cue_classes_are_those_of_the_feature_strings(docs):
    """The tagger adds the previous token's class as it goes; the same, from the strings."""
    model = am.load_model()
    assert model is not None
    cue = model["cue"]
    for text, doc in docs:
        P = Parse(doc)
        qidx, _ = am.quote_index(doc, text, 0, P)
        base = am.token_features(doc, qidx, P)
        expected, prev = [], 0
        for n, sc in enumerate(cue.batch_scores(base).tolist()):
            for f in am._history(prev, base[n][2]):
                row = cue.every.get(f)
                if row is not None:
                    sc = [sc[0] + float(cue.matrix[row, 0]), sc[1] + float(cue.matrix[row, 1])]
            prev = 1 if sc[1] > sc[0] else 0
            expected.append(prev)
        got = am.cue_classes(cue, cue.column_ids(*am.token_columns(P, qidx)), P.lemma)
        assert got == expected
        assert sum(got) >= 2  # "said", "told", "according to", "called for" ... are cues


def test_saved_weights_load_as_template_tables(tmp_path):
    """A template's values are looked up as tuples of parts: a feature whose parts hold the
    separator is found by each way of cutting it, and what is no template's stays a string."""
    weights = {
        "b": [0.5, -0.5],
        "w=said": [1.0, 0.0],
        "w=a|b": [0.25, 0.0],  # one part with a bar in it
        "lkids=say|ccomp|nsubj": [2.0, 1.0],
        "ht=VBD|NN|nsubj": [0.0, 3.0],
        "ld=say": [4.0, 4.0],  # not a value of two parts: no template's
        "prev=1": [0.5, 0.5],
        "prevl=1l=say": [1.5, 0.0],
        "k=ccomp": [0.0, 0.125],
    }
    path = tmp_path / "w.npz"
    am.save({"cue": {"classes": ["O", "C"], "weights": weights}}, path)
    back = am.read_weights(path)["cue"]
    assert dict(zip(back["features"], back["matrix"].tolist())) == weights
    cue = am.load_model(str(path))["cue"]
    am.load_model.cache_clear()

    def weights_of(row):
        return cue.matrix[row].tolist()

    assert weights_of(cue.tables["b"][""]) == [0.5, -0.5]
    assert weights_of(cue.tables["w="]["a|b"]) == [0.25, 0.0]
    for value in [("say", "ccomp|nsubj"), ("say|ccomp", "nsubj")]:
        assert weights_of(cue.tables["lkids="][value]) == [2.0, 1.0]
    assert weights_of(cue.tables["ht="][("VBD", "NN", "nsubj")]) == [0.0, 3.0]
    assert ("say",) not in cue.tables["ld="] and weights_of(cue.index["ld=say"]) == [4.0, 4.0]
    assert weights_of(cue.history[1]["say"]) == [1.5, 0.0] and not cue.history[0]
    assert weights_of(cue.ids(["k=ccomp", "w=nothing"])) == [[0.0, 0.125], [0.0, 0.0]]
    assert sorted(cue.every) == sorted(weights)


def test_a_name_before_the_verb_is_never_part_of_a_cue():
    """The cue tagger may run a cue back over the speaker's name ("the opposition PDP say"): the
    name speaks, and the cue is the verb."""
    doc = load()("The main opposition PDP say they are considering legal action.")
    assert [[doc[i].text for i in run] for run in am._with_auxiliaries(doc, [[3, 4]], 0)] == [["say"]]


def test_a_run_of_speaker_words_goes_on_over_white_space_it_leaves_out():
    margins = {0: 1.0, 1: 1.0, 3: 1.0, 4: -5.0}
    assert am._best_run(margins, [0, 1, 3, 4], [False, False, True, False, False]) == [0, 1, 3]
    assert am._best_run(margins, [0, 1, 3, 4]) == [0, 1]
