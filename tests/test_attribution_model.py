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
    model = am.load_model()
    assert model is not None
    cue, span = model["cue"], model["span"]
    for text, doc in docs:
        P = Parse(doc)
        qidx, _ = am.quote_index(doc, text, 0, P)
        strings = am.token_features(doc, qidx, P)
        columns, extra = am.token_columns(P, qidx)
        ids = cue.column_ids(columns, extra)
        for i, f in enumerate(strings):  # per token its features' rows in order, then the zero row
            assert ids[:, i].tolist() == cue.ids(f) + [cue.missing] * (len(ids) - len(f))
        assert (cue.sum_ids(ids) == cue.batch_scores(strings)).all()  # the same sums, to the last bit
        own = span.column_ids(columns[am.SPAN_BASE], [], prefix="x")
        assert own.T.tolist() == [span.ids(["x" + b for b in f[am.SPAN_BASE]]) for f in strings]
        assert (own != span.missing).any()  # the features are known ones


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
                row = cue.index.get(f)
                if row is not None:
                    sc = [sc[0] + float(cue.matrix[row, 0]), sc[1] + float(cue.matrix[row, 1])]
            prev = 1 if sc[1] > sc[0] else 0
            expected.append(prev)
        got = am.cue_classes(cue, P, *am.token_columns(P, qidx))
        assert got == expected
        assert sum(got) >= 2  # "said", "told", "according to", "called for" ... are cues


def test_a_template_memo_starts_again_when_full(monkeypatch):
    model = am.load_model()
    assert model is not None
    rows = am.Rows("w=", model["cue"].index)
    monkeypatch.setattr(am.Rows, "LIMIT", 3)
    assert rows.of(["said", "the", "mayor"]) == model["cue"].ids(["w=said", "w=the", "w=mayor"])
    assert rows.of(["told", "said"]) == model["cue"].ids(["w=told", "w=said"])
    assert len(rows) <= 3
