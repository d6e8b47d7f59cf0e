"""Stance, proposition keys and contradictions on short texts written for these tests."""

import json

import pytest
from conftest import attributed, claims_of

from factcheck import checking
from factcheck.checking import keyed
from factcheck.contradict import (
    Index,
    Keyed,
    Overlap,
    _linked,
    _negates_what_is_said,
    _numeric,
    find,
    judge,
    one_side,
    rebuttals,
    stem,
)
from factcheck.evaluate_emergent import Headline, score
from factcheck.models import Article


def index_of(claims):
    """An index of the claims, as the contradiction step builds one."""
    index = Index()
    for c in claims:
        index.add(keyed(c))
    return index


def rebutted(text, source):
    """The sources whose claims the claim of `source` rebuts by reference, in a text of one article."""
    claims = claims_of(text)
    index = index_of(claims)
    (rebuttal,) = [index.claims[c.id] for c in claims if c.source == source]
    return [index.claims[f.claim_a_id].source for f in rebuttals(index, rebuttal)]


def conflicts(*texts):
    """Contradictions among the claims of several one-paragraph articles, each of its own outlet."""
    claims = []
    for n, text in enumerate(texts):
        claims += claims_of(text, outlet=f"Paper {n}")
    index = index_of(claims)
    by_id = {c.id: c for c in claims}
    return [(f, by_id[f.claim_a_id], by_id[f.claim_b_id]) for f in find(index)]


# -- stance ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ministry denied that soldiers had fired on the crowd.",
        "The army rejected reports that civilians were killed.",
        "The company refuted claims that its products were unsafe.",
        "The minister dismissed the report as fabricated.",
        "The spokesman called the allegations false.",
    ],
)
def test_denying_cues(text):
    assert [c.stance for c in attributed(text)] == ["denies"]


@pytest.mark.parametrize(
    "text",
    [
        "Police dispelled rumours that the mayor had been arrested.",
        "The studio quashed reports that the film was cancelled.",
        "The club scotched speculation that the coach would leave.",
    ],
)
def test_to_dispel_quash_or_scotch_a_rumour_is_to_deny_it(text):
    assert [c.stance for c in attributed(text)] == ["denies"]


def test_a_demand_that_calls_something_false_is_a_side():
    """A demand sets its speaker against nobody ("urged the officer to review the outbreak"),
    unless it calls what someone said false: "to correct what it calls misinformation" about
    the outbreak disputes the account of it."""
    account = "Dr. Ana Ruiz closed the canteen last week, citing an outbreak of salmonella and problems cleaning the kitchen equipment."

    def pairs(demand):
        claims = claims_of(f"{demand}\n\n{account}")
        by_id = {c.id: c for c in claims}
        return [{by_id[f.claim_a_id].source, by_id[f.claim_b_id].source} for f in find(index_of(claims))]

    text = "The cooks union urged the health officer to correct what it calls misinformation surrounding the salmonella outbreak at the canteen."
    assert pairs(text) == [{"Ana Ruiz", "cooks union"}]
    assert pairs("The cooks union urged the health officer to review the salmonella outbreak at the canteen.") == []


def test_being_dismissed_is_no_denial():
    text = "Workers were told by the firm that they would be dismissed unless they came back on Monday."
    assert [c.stance for c in attributed(text)] == ["asserts"]
    # what "we" or "they" dismiss is
    text = 'The union said: "They dismissed the offer as an insult."'
    assert [c.stance for c in attributed(text)] == ["denies"]


def test_disagreeing_in_a_second_clause_is_a_claim_of_its_own():
    text = "The ministry said 70,000 people were dead, but other agencies disagreed with the huge increase."
    assert [(c.source, c.stance) for c in attributed(text)] == [("ministry", "asserts"), ("other agencies", "denies")]


def test_negation_in_the_content_is_part_of_the_proposition():
    (c,) = attributed("The police said there was no evidence of a break-in.")
    assert c.stance == "asserts"
    assert "evidence" in c.negated and "~false" in c.terms


def test_hedges_lower_certainty():
    (c,) = attributed("Officials said the dam may have been damaged by the storm.")
    assert c.hedged
    (d,) = attributed("Officials said the dam was damaged by the storm.")
    assert not d.hedged


# -- proposition keys ------------------------------------------------------------------------


def test_numbers_with_units_and_bounds():
    (c,) = attributed("Aid groups said more than 1,000 people died in the floods.")
    assert (1000.0, "people", ">", "death") in [tuple(n) for n in c.numbers]  # what happened to them: they died
    (d,) = attributed("The minister said the budget would be $2 billion.")
    assert (2e9, "$", "=") in [tuple(n) for n in d.numbers]
    (e,) = attributed("Officials said as many as 2 million people were displaced.")
    assert (2e6, "people", "<") in [tuple(n) for n in e.numbers]
    (f,) = attributed("The mayor said the festival drew 40,000 visitors in 2019.")
    assert [tuple(n) for n in f.numbers] == [(40000.0, "visitor", "=")]  # the year is not a quantity


def test_an_outlets_verdict_label_denies_what_another_outlet_reports():
    found = conflicts(
        "HOAX: TV show tricks drivers into paying twice for fuel",
        "A TV show is tricking drivers into paying twice for their fuel",
    )
    assert [(f.kind, a.source, b.source) for f, a, b in found] == [("denial", "Paper 1", "Paper 0")]


def test_title_case_words_get_their_base_form():
    (c,) = claims_of("Famous Street Artist Arrested In London After Months Of Searching", outlet="Paper")
    assert "arrest" in c.terms and "month" in c.terms


def test_refuting_vocabulary_marks_the_claim():
    for text in (
        "The video of the mayor dancing on a car is a hoax",
        "Reports that the bridge collapsed are not true",
        "No, the river did not flood the town center",
    ):
        (c,) = claims_of(text, outlet="Paper")
        assert "~false" in c.terms, text
    (c,) = claims_of("The mayor said the video was not fake.")
    assert "~false" not in c.terms


@pytest.mark.parametrize(
    "text, refutes",
    [
        # a noun that discredits what it is said of: only of something said
        ("The senator said the allegations are a sham.", True),
        ('The lawyer said: "We said from the beginning that Tom Bell\'s claim was a fraud."', True),
        ("The senator said the company committed fraud.", False),
        ("Prosecutors said the scheme was a fraud.", False),
    ],
)
def test_a_claim_called_a_fraud_is_called_false(text, refutes):
    (c,) = attributed(text)
    assert ("~false" in keyed(c).terms) is refutes


def test_in_a_quote_the_speakers_own_saying_carries_what_they_say():
    """ "We have always said that the audit was false": the audit is called false, though the
    quote's main verb is "said"."""
    (c,) = attributed('The mayor said: "We have always said that the audit was false."')
    assert "~false" in keyed(c).terms
    (c,) = attributed('The mayor said: "They have always said that the audit was false, and they are wrong."')
    assert "~false" not in keyed(c).terms
    # a statement's impersonal "It is clarified that ..." is the speaker's own saying too
    (c,) = attributed('The ministry said: "It is clarified that the audit reported in the newspaper is false."')
    assert "~false" in keyed(c).terms


# -- conflicts -------------------------------------------------------------------------------


def test_denial_across_articles_quotes_the_denial():
    found = conflicts(
        "Witnesses said soldiers fired on the crowd near the station.",
        "The army denied that soldiers fired on the crowd near the station.",
    )
    ((f, a, b),) = found
    assert f.kind == "denial"
    assert {a.source, b.source} == {"witnesses", "army"}
    assert 'denied "that soldiers fired on the crowd' in f.explanation


def test_refuting_word_against_an_assertion():
    ((f, _, b),) = conflicts(
        "A giant crab was photographed on the beach at Whitstable.",
        "The photo of a giant crab on the beach at Whitstable is a hoax.",
    )
    assert f.kind == "denial" and '"a hoax"' in f.explanation
    assert "hoax" in b.content


def test_negation_of_one_proposition():
    ((f, _, b),) = conflicts(
        "The council said the bridge over the river would reopen in May.",
        "The engineers said the bridge over the river would not reopen in May.",
    )
    assert f.kind == "negation"
    assert "not reopen" in f.explanation and "engineers" in f.explanation


@pytest.mark.parametrize(
    "first, second, quoted",
    [
        (
            "Officials said 300 people died in the floods in the north.",
            "Aid groups said more than 1,000 people died in the floods in the north.",
            ('"300 people"', '"more than 1,000 people"'),
        ),
        (
            "The minister said the new hospital budget is $2 billion.",
            "The auditors said the new hospital budget is $500 million.",
            ('"$2,000,000,000"', '"$500,000,000"'),
        ),
    ],
)
def test_numeric_conflicts(first, second, quoted):
    ((f, _, _),) = conflicts(first, second)
    assert f.kind == "numeric"
    assert all(q in f.explanation for q in quoted)


@pytest.mark.parametrize(
    "first, second",
    [
        (
            "Officials said more than 300 people died in the floods in the north.",
            "Aid groups said 1,000 people died in the floods in the north.",
        ),  # a lower bound, then a value above it
        (
            "Officials said about 1,000 people died in the floods in the north.",
            "Aid groups said 1,050 people died in the floods in the north.",
        ),  # one figure, rounded
        (
            "Officials said 300 people died in the floods in the north.",
            "Aid groups said 300 homes were destroyed in the fire in the south.",
        ),  # another quantity
    ],
)
def test_compatible_numbers_are_no_conflict(first, second):
    assert [f.kind for f, _, _ in conflicts(first, second)] == []


def test_shares_of_different_things_are_two_quantities():
    article = (
        "Bus drivers in the city voted to strike over a pay offer of 3 per cent for the year. "
        "The drivers' union said 90 per cent of its members backed the strike action this year."
    )
    assert [f.kind for f, _, _ in conflicts(article)] == []
    # shares of one thing still conflict
    article = (
        "The drivers' union said 90 per cent of its members backed the strike action this year. "
        "The bus company said only 40 per cent of its members backed the strike action."
    )
    assert [f.kind for f, _, _ in conflicts(article)] == ["numeric"]


def test_amounts_a_thousand_times_apart_are_two_amounts():
    # one article's figures are compared by what they count, whatever else their claims say
    article = (
        "The Tax Policy Center said the plan would raise $1.1 trillion over the next decade. "
        "Experts said the plan would let small businesses deduct up to $1 million of their costs."
    )
    assert [f.kind for f, _, _ in conflicts(article)] == []
    estimates = article.replace("up to $1 million of their costs", "the plan would raise $498 billion over the decade")
    assert [f.kind for f, _, _ in conflicts(estimates)] == ["numeric"]


@pytest.mark.parametrize(
    "first, second, labels",
    [
        (
            "The organisers said the march through the capital on Saturday was peaceful.",
            "The police said the march through the capital on Saturday was violent.",
            ('"peaceful"', '"violent"'),
        ),
        (
            "Organisers said the demonstration in the capital on Saturday was a peaceful march.",
            "Police said the demonstration in the capital on Saturday was a violent riot.",
            ('"peaceful march"', '"violent riot"'),
        ),
        (
            "The health ministry said the outbreak was an accident at the laboratory.",
            "Scientists said the outbreak was an attack on the laboratory.",
            ('"accident"', '"attack"'),
        ),
    ],
)
def test_description_conflicts(first, second, labels):
    ((f, a, b),) = conflicts(first, second)
    assert f.kind == "description"
    assert all(label in f.explanation for label in labels)


def test_agreeing_claims_are_no_conflict():
    assert (
        conflicts(
            "Witnesses said soldiers fired on the crowd near the station.",
            "Doctors said soldiers fired on the crowd near the station.",
        )
        == []
    )


def test_same_source_never_in_one_article_but_changed_position_across_articles():
    one = (
        "Governor Paul Reyes said the new stadium would open in March. "
        "Governor Paul Reyes later said the new stadium would not open in March."
    )
    assert conflicts(one) == []
    ((f, a, b),) = conflicts(
        "Governor Paul Reyes said the new stadium would open in March.",
        "Governor Paul Reyes said the new stadium would not open in March.",
    )
    assert f.kind == "changed position" and a.source == b.source == "Paul Reyes"
    assert f.explanation.startswith("changed position (negation)")


def test_a_reported_and_refuted_claim_is_not_a_side():
    """An article that reports a rumour and calls it a hoax does not affirm the rumour."""
    found = conflicts(
        "The singer died in a car crash in Spain, fans wrote. The story of his death is a hoax.",
        "The singer died in a car crash in Spain.",
    )
    assert all("fans" not in (a.source, b.source) or f.kind != "denial" for f, a, b in found)
    assert not any(
        a.source_kind == b.source_kind == "narrator" and "hoax" not in a.content + b.content for f, a, b in found
    )


@pytest.mark.parametrize(
    "discrediting",
    [
        "A fake news website claims that the singer died in a car crash in Spain.",
        "The singer's agent did not say that the singer died in a car crash in Spain.",
    ],
)
def test_a_claim_its_own_article_discredits_is_no_affirmation(discrediting):
    ((f, a, b),) = conflicts("The singer died in a car crash in Spain, a music blog reported.", discrediting)
    assert f.kind == "denial" and "called false in its own article" in f.explanation
    assert b.content.endswith("the singer died in a car crash in Spain")


def test_a_question_affirms_nothing():
    assert (
        conflicts(
            "Did the singer die in a car crash in Spain?",
            "The story that the singer died in a car crash in Spain is a hoax.",
        )
        == []
    )


def test_blocking_compares_only_claims_sharing_keys():
    claims = claims_of("Witnesses said soldiers fired on the crowd near the station.", outlet="A")
    claims += claims_of("The bakery on Elm Street sold out of bread by noon.", outlet="B")
    claims += claims_of("The army denied that soldiers fired on the crowd near the station.", outlet="C")
    index = index_of(claims)
    bakery = next(c for c in claims if "bakery" in c.content)
    assert index.candidates(index.claims[bakery.id]) == []


# -- the CLI over short texts ----------------------------------------------------------------


@pytest.fixture
def feed(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        {"id": "a1", "outlet": "Gazette", "text": "Officials said 300 people died in the floods in the north."},
        {
            "id": "a2",
            "outlet": "Herald",
            "text": "Aid groups said more than 1,000 people died in the floods in the north.",
        },
        {"id": "a3", "outlet": "Courier", "text": "The army denied that soldiers fired on the crowd near the station."},
        {"id": "a4", "outlet": "Post", "text": "Witnesses said soldiers fired on the crowd near the station."},
    ]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return str(path)


def test_contradictions_filters_and_order(invoke, feed):
    assert invoke("ingest", "--feed", feed).exit_code == 0
    items = json.loads(invoke("contradictions", "--json").stdout)
    assert sorted(x["kind"] for x in items) == ["denial", "numeric"]
    assert [x["score"] for x in items] == sorted((x["score"] for x in items), reverse=True)
    numeric = json.loads(invoke("contradictions", "--kind", "numeric", "--json").stdout)
    assert [x["kind"] for x in numeric] == ["numeric"]
    by_article = json.loads(invoke("contradictions", "--article", "a3", "--json").stdout)
    assert [x["kind"] for x in by_article] == ["denial"]
    by_source = json.loads(invoke("contradictions", "--source", "army", "--json").stdout)
    assert [x["kind"] for x in by_source] == ["denial"]
    top = max(x["score"] for x in items)
    assert len(json.loads(invoke("contradictions", "--min-score", str(top), "--json").stdout)) == 1


def test_review_survives_recheck_and_reingest(invoke, feed):
    invoke("ingest", "--feed", feed)
    (denial,) = json.loads(invoke("contradictions", "--kind", "denial", "--json").stdout)
    assert invoke("review", denial["id"], "--dismiss", "--note", "different events").exit_code == 0
    assert invoke("recheck").exit_code == 0
    assert invoke("ingest", "--feed", feed).exit_code == 0
    kept = json.loads(invoke("contradictions", "--status", "dismissed", "--json").stdout)
    assert [(x["id"], x["note"]) for x in kept] == [(denial["id"], "different events")]
    assert [x["kind"] for x in json.loads(invoke("contradictions", "--json").stdout)] == ["numeric"]


# -- the Emergent evaluation -----------------------------------------------------------------


def test_emergent_scoring_rules():
    rows = [
        Headline("c1", "f1", "x", "for"),
        Headline("c1", "f2", "x", "for"),
        Headline("c1", "g1", "x", "against"),
        Headline("c1", "o1", "x", "observing"),
        Headline("c2", "h1", "x", "for"),
    ]
    result = score(
        rows,
        [
            ("f1", "g1", "denial"),
            ("g1", "o1", "denial"),
            ("f1", "f2", "negation"),
            ("h1", "g1", "denial"),
            ("g1", "f1", "denial"),
        ],
    )
    assert (result.gold, result.correct, result.ignored, result.wrong) == (2, 1, 1, 2)
    assert (result.precision, result.recall) == (round(1 / 3, 4), 0.5)


def test_eval_emergent_command(invoke, tmp_path):
    path = tmp_path / "emergent.csv"
    path.write_text(
        "claimId,articleId,claimHeadline,articleHeadline,stance\n"
        "c1,a1,x,A giant crab was photographed on the beach at Whitstable,for\n"
        "c1,a2,x,The photo of a giant crab on the beach at Whitstable is a hoax,against\n"
        "c1,a3,x,Is there a giant crab on the beach at Whitstable?,observing\n"
        "c2,b1,x,The city council approved the new budget for schools on Monday,for\n",
        encoding="utf-8",
    )
    result = invoke("eval", "emergent", str(path), "--json", db=False)
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert (figures["gold"], figures["correct"], figures["wrong"]) == (1, 1, 0)
    assert figures["f1"] == 1.0
    bad = tmp_path / "bad.csv"
    bad.write_text("id,text\n1,hello\n", encoding="utf-8")
    r = invoke("eval", "emergent", str(bad), db=False)
    assert r.exit_code == 1 and r.stderr.startswith("Error: ") and "claimId" in r.stderr


# -- what does not discredit a claim, and claims too thin to be a side ---------------------


def test_a_negated_speech_cue_disowns_its_content_but_a_negated_wish_does_not():
    (said,) = attributed("The Pope did not say that pets go to heaven.")
    assert "~discredited" in said.terms
    (wanted,) = attributed("The governor did not want the escort at all.")
    assert "~discredited" not in wanted.terms


def test_refuting_words_beside_a_claim_do_not_discredit_it():
    (c,) = [
        c
        for c in attributed("The mayor said the bridge was safe, but critics called the inspection a hoax.")
        if c.cue == "said"
    ]
    assert "~discredited" not in c.terms
    (d,) = attributed("A fake news site claimed that the bridge had collapsed.")
    assert "~discredited" in d.terms


def test_a_claim_with_no_content_words_is_no_side():
    from factcheck.contradict import Keyed, _substantive

    empty = Keyed(
        id="a",
        article="x",
        source_id="s",
        source="S",
        source_kind="person",
        stance="asserts",
        cue="said",
        content="would",
        terms=set(),
    )
    hoax = Keyed(
        id="b",
        article="y",
        source_id="t",
        source="T",
        source_kind="narrator",
        stance="asserts",
        cue="",
        content="A hoax",
        terms={"~false"},
    )
    words = Keyed(
        id="c",
        article="y",
        source_id="t",
        source="T",
        source_kind="narrator",
        stance="asserts",
        cue="",
        content="the bridge collapsed",
        terms={"bridge", "collapse"},
    )
    assert not _substantive(empty) and _substantive(hoax) and _substantive(words)


# -- who can be a side, and which articles are one story ---------------------------------------


@pytest.mark.parametrize(
    "name, kind",
    [
        ("witnesses", "group"),
        ("the ministry", "government"),
        ("the lawsuits filed", "group"),
        ("records", "group"),
        ("Ana Ruiz", "person"),
        ("team of scientists", "organization"),
        ("families", "group"),
        ("the airline", "person"),
        ("TV station", "organization"),  # an abbreviation opening a description: its head decides
        ("UN", "organization"),
    ],
)
def test_speakers(name, kind):
    from factcheck.lexicon import is_speaker

    assert is_speaker(name, kind)


@pytest.mark.parametrize(
    "name, kind",
    [
        ("afternoon", "person"),
        ("One", "person"),
        ("its airstrikes", "group"),
        ("protests and vigils", "group"),
        ("their suggestion", "person"),
        ("of the three lawsuits filed", "person"),
        ("other videos", "group"),
        ("DNA tests", "group"),  # a capital of an abbreviation makes no name
    ],
)
def test_words_that_are_no_speakers(name, kind):
    from factcheck.lexicon import is_speaker

    assert not is_speaker(name, kind)


def test_a_claim_whose_source_is_no_speaker_is_no_side():
    text = "That afternoon said the bridge would reopen in May, neighbours recalled."
    other = "The city engineer denied that the bridge would reopen in May."
    assert all("afternoon" not in (a.source, b.source) for _, a, b in conflicts(text, other))


def test_pairs_across_articles_need_one_story():
    # articles longer than a headline: their names tell whether they cover one story
    dunmore = (
        "Mayor Ann Berg of Dunmore said the Lackawanna bridge will reopen in May. "
        "Traffic on Dunmore's Main Street has doubled since it closed. Shops there lost trade, owners said."
    )
    same = conflicts(
        dunmore,
        "Dunmore's engineer Tom Reyes denied that the Lackawanna bridge will reopen in May. "
        "Repairs will take until December, he said. Berg did not answer calls.",
    )
    assert ("denial", "Ann Berg", "Tom Reyes") in [(f.kind, a.source, b.source) for f, a, b in same]
    # one proposition's words, but two stories: other towns, people and rivers
    other = conflicts(
        dunmore,
        "In Yakima, engineer Raul Ortiz of Benton County denied that the Naches bridge will "
        "reopen in May. Repairs will take until December, he said. Farmers there complain.",
    )
    assert other == []


def test_names_that_news_uses_all_the_time_make_no_story():
    # two stories of one campaign year: both name Trump, Clinton, Obama and the parties, but
    # one happens in Dunmore and the other in Yakima
    common = (
        " Donald Trump and Hillary Clinton both visited the town this year. Barack Obama came in 2012."
        " Republicans and Democrats cheered them all."
    )
    dunmore = "The state will close the old bridge in May, Mayor Ann Berg of Dunmore said." + common
    yakima = "Yakima's county engineer denied that the state will close the old bridge in May." + common
    assert conflicts(dunmore, yakima) == []
    # the same two claims in one town's stories are a conflict
    found = conflicts(dunmore, yakima.replace("Yakima", "Dunmore"))
    assert [(f.kind, a.source, b.source) for f, a, b in found] == [("denial", "Ann Berg", "Dunmore's county engineer")]


def test_a_spokeswoman_and_her_organisation_are_one_side():
    found = conflicts(
        "The hospital denied that patients caught infections on its wards. "
        "Linda Ruiz, a hospital spokeswoman, said patients caught infections on its wards only rarely. "
        "Families of patients said they caught infections on its wards."
    )
    sides = [{a.source, b.source} for _, a, b in found]
    assert {"hospital", "Linda Ruiz"} not in sides
    assert {"families of patients", "hospital"} in sides


def test_a_statement_and_the_speaker_who_put_it_out_are_one_side():
    text = (
        "Judge Ann Carver said the nurses have raised issues that are plausible.\n\n"
        "In a statement, the clinic said it will continue to defend itself against the allegations.\n\n"
        '"We are disappointed in the court\'s decision, but remain confident that this case lacks merit," '
        "the statement said."
    )
    assert [c.affiliation for c in claims_of(text) if c.source == "statement"] == ["clinic"]
    assert [{a.source, b.source} for _, a, b in conflicts(text)] == []  # was clinic against its own statement


def test_a_reporting_verb_used_for_a_motion_is_what_is_said():
    """ "charged at the officers" is no accusation: the charge is the account a witness denies."""
    found = conflicts("Police said the man charged at the officers. A witness said he did not charge at the officers.")
    assert [(f.kind, a.source, b.source) for f, a, b in found] == [("negation", "police", "witness")]


def test_a_spokesperson_of_an_acronym_speaks_for_the_body_it_abbreviates():
    found = conflicts(
        "The Federal Aviation Administration denied that the engine had failed during the flight. "
        "FAA spokesperson Kayla Blado said the engine had failed during the flight. "
        "The pilots said the engine had failed during the flight."
    )
    assert [(a.source, b.source) for _, a, b in found] == [("pilots", "Federal Aviation Administration")]


def test_a_country_in_a_speakers_title_and_in_a_documents_name_makes_no_side():
    """ "US President Ana Ruiz" (affiliation US) and "an independent US study" are two sides."""
    found = conflicts(
        "US President Ana Ruiz dismissed as not credible an independent US study which estimated that "
        "6,000 people had died in the floods."
    )
    assert [(f.kind, a.source, b.source) for f, a, b in found] == [("denial", "independent US study", "Ana Ruiz")]


def test_the_messenger_is_no_side_the_relayed_speaker_is():
    found = conflicts(
        "Witnesses said soldiers fired on the crowd near the station, the news agency reported. "
        "The army denied that soldiers fired on the crowd near the station."
    )
    assert [(a.source, b.source) for _, a, b in found] == [("witnesses", "army")]


# -- rebuttal by reference -------------------------------------------------------------------


def test_a_denial_of_wrongdoing_answers_what_is_alleged_of_the_speaker():
    found = conflicts(
        "The Daily Ledger reported that Mayor Tom Bell accepted $20,000 from a developer. "
        "Bell denied any wrongdoing. The council meets on Monday."
    )
    assert [(f.kind, a.source, b.source) for f, a, b in found] == [("rebuttal", "Daily Ledger", "Tom Bell")]
    assert "rebuttal by reference" in found[0][0].explanation


def test_a_denial_in_a_clause_summing_up_the_claim_answers_its_speaker():
    found = conflicts("Witnesses said soldiers fired on the crowd near the market, an account the army rejected.")
    assert [(f.kind, {a.source, b.source}) for f, a, b in found] == [("denial", {"witnesses", "army"})]


def test_a_participle_summing_up_the_claim_answers_its_speaker():
    found = conflicts("The mayor said the river water was safe to drink, a claim disputed by residents of the valley.")
    assert [(f.kind, {a.source, b.source}) for f, a, b in found] == [("denial", {"mayor", "residents"})]


def test_a_toll_raised_to_a_figure_counts_deaths():
    found = conflicts(
        "The ministry said 12 people died in the floods. The provincial governor raised the death toll to 40 on Tuesday."
    )
    assert [(f.kind, {a.source, b.source}) for f, a, b in found] == [("numeric", {"ministry", "provincial governor"})]
    assert "count death" in found[0][0].explanation


def test_a_denial_answers_the_reporter_named_by_as_reported_by():
    found = conflicts(
        "The ministry denied that soldiers had killed a dozen villagers, as reported by The Valley Courier."
    )
    assert [(f.kind, {a.source, b.source}) for f, a, b in found] == [("denial", {"ministry", "Valley Courier"})]


def test_a_denial_of_the_allegations_answers_the_lawsuit():
    found = conflicts(
        "A lawsuit filed Friday alleges that nurses at Harlow Clinic ignored infections for months. "
        "The clinic denied the allegations."
    )
    assert ("rebuttal", "clinic") in [(f.kind, b.source) for f, a, b in found]


def test_a_rebuttal_naming_lawsuits_answers_the_lawsuit_it_names_by_its_head():
    """ "these lawsuits are without merit" answers "a fresh consumer lawsuit alleging ...": the
    document named by its head noun, though its name opens with another word."""
    found = conflicts(
        "The maker of Brightwash soap is facing a fresh consumer lawsuit alleging it made misleading claims "
        "about killing germs. "
        "Ana Ruiz, the chief executive of Brightwash, said in a statement that these lawsuits are without merit, "
        "and that the company would defend itself in court."
    )
    assert ("rebuttal", "fresh consumer lawsuit", "Ana Ruiz") in [(f.kind, a.source, b.source) for f, a, b in found]


def test_an_accusation_of_false_claims_is_still_what_a_rebuttal_answers():
    """ "alleging it made false claims that ...": the lawsuit alleges, though it calls
    something false, and "these lawsuits are without merit" answers it."""
    found = conflicts(
        "The maker of Brightwash soap is facing a fresh consumer lawsuit alleging it made false claims that "
        "its gel kills 99 percent of germs. "
        "Ana Ruiz, the chief executive of Brightwash, said in a statement that these lawsuits are without merit."
    )
    assert ("rebuttal", "fresh consumer lawsuit", "Ana Ruiz") in [(f.kind, a.source, b.source) for f, a, b in found]


def test_a_rebuttal_that_names_its_target():
    found = conflicts(
        "The regulator said Northwind flew its aircraft beyond their safety limits. "
        "Northwind said that it disagrees with the order issued by the regulator."
    )
    assert [(f.kind, a.source, b.source) for f, a, b in found] == [("rebuttal", "regulator", "Northwind")]


def test_a_rebuttal_that_names_what_it_rejects_answers_who_said_it():
    """ "dismissed accusations of vote buying" answers the claims that say votes were bought,
    whatever their cue, by reference alone; not a claim that shares none of it."""
    text = (
        "The opposition leader, Ana Mbeki, said the count was marred by widespread intimidation, vote buying"
        " and, in several districts, more ballots than registered voters. "
        "Residents said the polling stations opened late. "
        "The president, in office since 2016, dismissed accusations of vote buying."
    )
    assert rebutted(text, "president") == ["Ana Mbeki"]


def test_a_bare_reference_with_nothing_alleged_answers_no_one():
    found = conflicts(
        "The regulator said Northwind flew its aircraft beyond their safety limits. "
        "Residents said the airport was noisy at night. The mayor denied the allegations."
    )
    assert not [f for f, a, b in found if f.kind == "rebuttal"]


# -- figures by what they count --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The military said two rebels were killed in the clash near Dalton. The rebels said they suffered no casualties.",
        "Officials said 58 people were killed in the raids. Residents said at least 200 people died.",
        "The governor said 40 people drowned in the floods. A hospital official said 112 people died.",
        "The army said over 100 rebels were killed. The rebel leader said only a dozen of the dead were fighters.",
    ],
)
def test_figures_that_count_one_thing_and_cannot_both_hold(text):
    found = conflicts(text)
    assert [f.kind for f, _, _ in found] == ["numeric"], [(f.kind, f.explanation) for f, _, _ in found]
    assert "death" in found[0][0].explanation


@pytest.mark.parametrize(
    "text, shown",
    [
        (
            "Aid workers said between six and eight villagers were killed. The governor said 20 villagers were killed.",
            "up to 8",
        ),
        ("Officials said 30 to 40 people died in the fire. A nurse said 90 people died in the fire.", "up to 40"),
        (
            "The city manager said the deficit was $30 million. The mayor said the deficit was smaller than $20 million.",
            "up to",
        ),
    ],
)
def test_a_figure_outside_a_range_contradicts_it(text, shown):
    found = conflicts(text)
    assert [f.kind for f, _, _ in found] == ["numeric"] and shown in found[0][0].explanation


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 58 people were killed in the raids. Residents said four villages were burned.",
        "The army said over 100 rebels were killed. The rebel commander said 10 soldiers died.",
        "Officials said 58 people were killed in the raids. Residents said at least 50 people died.",
        "The rebels said they killed 40 government soldiers. The army said 15 rebels were killed and three soldiers "
        "were wounded.",
        "Aid workers said between six and eight villagers were killed. The governor said eight villagers were killed.",
        "Officials said 30 to 40 people died in the fire. A nurse said 35 people died in the fire.",
        "The city manager said the deficit was $7 million. The mayor said the deficit was smaller than $20 million.",
        "The union said 300 workers lost their jobs. The company said the job losses were higher than 200.",
    ],
)
def test_figures_of_different_things_or_that_agree_are_no_conflict(text):
    assert [f for f, _, _ in conflicts(text) if f.kind == "numeric"] == []


@pytest.mark.parametrize(
    "a, b",
    [
        (
            "Witnesses said the man was unarmed when officers shot him near the depot.",
            "Police said the man was armed when officers shot him near the depot.",
        ),
        (
            "The knife was open when officers arrived at the depot, a firefighter said.",
            "The knife was closed when officers arrived at the depot, the officers said.",
        ),
    ],
)
def test_exclusive_accounts_of_one_thing_from_wordnet(a, b):
    found = conflicts(a + " " + b)
    assert [f.kind for f, _, _ in found] == ["description"], [(f.kind, f.explanation) for f, _, _ in found]


# -- calibrated scores and the default threshold ---------------------------------------------


def test_scores_are_probabilities_from_the_shipped_model():
    from factcheck import scorer
    from factcheck.contradict import FEATURES

    model = scorer.model()
    assert model is not None and model["features"] == FEATURES and len(model["weights"]) == len(FEATURES)
    assert 0.0 < scorer.threshold() < 1.0
    found = conflicts(
        "Witnesses said soldiers fired on the crowd near the station. "
        "The army denied that soldiers fired on the crowd near the station."
    )
    assert found and all(0.0 <= f.score <= 1.0 for f, _, _ in found)


def test_the_default_threshold_hides_weak_leads_but_never_a_reviewed_pair(invoke, db_path):
    import sqlite_utils

    from factcheck.contradict import DEFAULT_MIN_SCORE

    text = (
        "Witnesses said soldiers fired on the crowd near the station. "
        "The army denied that soldiers fired on the crowd near the station."
    )
    assert invoke("ingest", "-", input=text).exit_code == 0
    database = sqlite_utils.Database(db_path)
    (cid,) = [r["id"] for r in database["contradictions"].rows]
    database.execute("update contradictions set score = ? where id = ?", [DEFAULT_MIN_SCORE / 2, cid])
    database.conn.commit()
    assert cid not in invoke("contradictions", "--json").stdout
    assert cid in invoke("contradictions", "--json", "--min-score", "0").stdout
    assert invoke("review", cid, "--confirm").exit_code == 0
    assert cid in invoke("contradictions", "--json", "--status", "all").stdout  # a person confirmed it
    assert cid not in invoke("contradictions", "--json", "--status", "all", "--min-score", "0.99").stdout


def test_datasette_open_contradictions_use_the_default_threshold():
    from factcheck import serve
    from factcheck.contradict import DEFAULT_MIN_SCORE

    for conf in (serve.metadata("x"), serve.config("x")):
        query = conf["databases"]["x"]["queries"]["open_contradictions"]
        assert f"score >= {DEFAULT_MIN_SCORE:g}" in query["sql"] and "{min_score}" not in query["description"]


def test_a_rebuttal_of_a_figure_answers_who_gave_it():
    found = conflicts(
        "Residents said more than 80 bodies were pulled from the river by Wednesday. "
        "A spokesman for the agency, Imran Qadir, said the figure of 80 was exaggerated."
    )
    assert ("rebuttal", "residents", "Imran Qadir") in [(f.kind, a.source, b.source) for f, a, b in found]


def test_a_rebuttal_of_what_a_named_source_owns():
    found = conflicts(
        "The pharmacists' association said at least 300 pharmacies had reported empty shelves. "
        "A ministry spokesman, Pavel Orlov, said the association's figures were not accurate."
    )
    assert [(a.source, b.source) for f, a, b in found] == [("pharmacists' association", "Pavel Orlov")]


def test_a_negation_must_meet_what_the_other_side_says_not_its_context():
    found = conflicts(
        "Workers at the plant were not paid for six weeks, the complaint says. "
        "The union steward, Maria Lopez, said the workers were owed about $1.2 million in wages."
    )
    assert found == []


def test_a_busy_story_keeps_every_articles_own_conflicts():
    claims = []
    for n in range(8):
        text = (
            f"Witnesses in Town{n} said soldiers fired on the crowd near the station. "
            f"The army denied that soldiers fired on the crowd near the station in Town{n}."
        )
        claims += claims_of(text, outlet=f"Paper {n}")
    index = index_of(claims)
    by_id = {c.id: c for c in claims}
    own = {
        by_id[f.claim_a_id].article for f in find(index) if by_id[f.claim_a_id].article == by_id[f.claim_b_id].article
    }
    assert len(own) == 8


STORY = [
    "Witnesses said soldiers fired live ammunition at protesters outside the parliament in Vornia.",
    "The Vornian army denied that soldiers fired at protesters outside the parliament.",
    "The health ministry said 12 people were killed in the clashes in Vornia. "
    "Opposition leaders said at least 40 people were killed in the clashes.",
    "Interior minister Petra Halm said the protesters outside the parliament were armed. "
    "Human rights monitors said the protesters outside the parliament were unarmed.",
    "The bakery on Elm Street in Vornia sold out of bread by noon, its owner said.",
]


def _pairs_in_order(texts, batches):
    """The pairs found when the articles arrive in `batches` (lists of indexes into `texts`),
    each batch judged against what came before, as an ingest does."""
    index, found = Index(), {}
    for batch in batches:
        new = []
        for i in batch:
            for c in claims_of(texts[i], outlet=f"Paper {i}"):
                index.add(keyed(c))
                new.append(c.id)
        for f in find(index, new):
            found[f.id] = (f.claim_a_id, f.claim_b_id, f.kind, f.score, f.explanation)
    return found, index


def test_the_same_pairs_whatever_the_order_the_articles_come_in():
    one_by_one, index = _pairs_in_order(STORY, [[i] for i in range(len(STORY))])
    reversed_, _ = _pairs_in_order(STORY, [[i] for i in reversed(range(len(STORY)))])
    together, _ = _pairs_in_order(STORY, [[3, 0], [4, 2, 1]])
    everything = {f.id: (f.claim_a_id, f.claim_b_id, f.kind, f.score, f.explanation) for f in find(index)}
    assert one_by_one == reversed_ == together == everything
    articles = {c.id: c.article for c in index.claims.values()}
    assert any(articles[a] != articles[b] for a, b, *_ in everything.values())  # across articles too
    assert {kind for _, _, kind, _, _ in everything.values()} >= {"denial", "numeric"}


def test_candidates_do_not_depend_on_what_else_is_indexed():
    claims = claims_of(STORY[0], outlet="A") + claims_of(STORY[1], outlet="B")
    small = Index()
    for c in claims:
        small.add(keyed(c))
    big = Index()
    for n in range(30):  # thirty other stories that use the same words
        for c in claims_of(
            f"Officials in Town{n} said soldiers fired warning shots at the parliament.", outlet=f"P{n}"
        ):
            big.add(keyed(c))
    for c in claims:
        big.add(keyed(c))
    witnesses = next(c for c in claims if c.source == "witnesses")
    army = next(c for c in claims if "army" in c.source)
    assert army.id in small.candidates(small.claims[witnesses.id])
    assert army.id in big.candidates(big.claims[witnesses.id])
    assert [f.id for f in find(small)] == [
        f.id for f in find(big, [witnesses.id, army.id]) if {f.claim_a_id, f.claim_b_id} <= {witnesses.id, army.id}
    ]


def test_refusing_to_dismiss_a_suit_is_no_denial_of_it():
    found = conflicts(
        "The lawsuit says city officials knew that lead levels in schools exceeded federal limits. "
        "A judge on Tuesday refused to dismiss the lawsuit accusing the city of ignoring lead."
    )
    assert [f for f, a, b in found if "judge" in (a.source, b.source)] == []


def test_denying_what_one_is_accused_of_answers_the_accusation():
    found = conflicts(
        "Families accused the company of ignoring cracks in the tunnel for weeks. "
        "The mine's owner denied any safety lapses."
    )
    assert [(f.kind, a.source) for f, a, b in found] == [("rebuttal", "families")]


def test_a_study_is_a_side_and_what_it_found_can_be_rebutted():
    found = conflicts(
        "Orion Logistics said the warehouse would create 2,000 jobs within three years. "
        "A study commissioned by the county found the project would create about 600 permanent jobs. "
        "Orion's vice president, Carl Jensen, called the study deeply flawed."
    )
    kinds = {(f.kind, a.source, b.source) for f, a, b in found}
    assert ("numeric", "Orion Logistics", "study commissioned by the county") in kinds
    assert ("rebuttal", "study commissioned by the county", "Carl Jensen") in kinds


def test_opening_an_inquiry_affirms_no_account():
    found = conflicts(
        "The prosecutor's office said it had opened an investigation into the alleged shooting of ten "
        "people at the market by soldiers. "
        "The defence ministry denied that its soldiers shot ten people at the market."
    )
    assert [f for f, a, b in found if "prosecutor's office" in (a.source, b.source)] == []


@pytest.mark.parametrize(
    "label, paired",
    [
        ("dubbed the reports that his office was bugged a serious matter", False),
        ("described the reports that his office was bugged as troubling", False),
        ("said that his office was bugged", True),
    ],
)
def test_labelling_a_report_affirms_none_of_it(label, paired):
    # what the party makes of the reports is no account that the office was bugged
    found = conflicts(f"The opposition party {label}. The defence minister denied that his office was bugged by spies.")
    assert bool([f for f, a, b in found if "opposition party" in (a.source, b.source)]) == paired


def test_one_dispute_is_reported_with_its_strongest_pairs_only():
    found = conflicts(
        "Witnesses said soldiers fired on the crowd near the station. "
        "Witnesses said soldiers fired on the crowd again near the station at noon. "
        "Witnesses said soldiers fired on the crowd near the station before the march. "
        "The army denied that soldiers fired on the crowd near the station."
    )
    pairs = [(a.source, b.source) for f, a, b in found]
    assert pairs and len(pairs) <= 2 and set(pairs) == {("witnesses", "army")}


def test_a_denial_by_a_source_is_a_side_not_the_articles_verdict():
    found = conflicts(
        "Riverside United denied on Friday that it had agreed to sell striker Tomas Vega, "
        "hours after the player's agent said the transfer was complete. "
        "Riverside said in a statement that there was no agreement with any club."
    )
    assert ("denial", "player's agent", "Riverside United") in [(f.kind, a.source, b.source) for f, a, b in found]


def test_a_database_holds_the_same_pairs_whatever_the_order_and_recheck_keeps_them(tmp_path):
    from factcheck import db as store
    from factcheck.ingest import ingest

    articles = [Article(id=f"story{i}", text=text, outlet=f"Paper {i}") for i, text in enumerate(STORY)]
    held = {}
    for name, order, batch in (("one by one", articles, 1), ("reversed", articles[::-1], 1), ("together", articles, 8)):
        database = store.Store(str(tmp_path / f"{name}.db"))
        ingest(database, order, batch_size=batch)
        held[name] = database.execute("select id, kind, score, explanation from contradictions order by id").fetchall()
        checking.recheck(database)
        assert (
            database.execute("select id, kind, score, explanation from contradictions order by id").fetchall()
            == held[name]
        )
    assert held["one by one"] == held["reversed"] == held["together"] != []


def test_a_merge_and_its_recheck_stand_or_fall_together(tmp_path, monkeypatch):
    from factcheck.db import Store
    from factcheck.ingest import ingest

    database = Store(str(tmp_path / "merge.db"))
    ingest(database, [Article(id=f"story{i}", text=STORY[i], outlet=f"Paper {i}") for i in (0, 1)])
    (before,) = database.contradictions(min_score=0)
    assert before.kind == "denial"

    def broken(*args, **kwargs):
        raise RuntimeError("the recheck failed")

    monkeypatch.setattr(checking, "find", broken)
    with pytest.raises(RuntimeError):
        checking.merge_sources(database, "witnesses", "Vornian army")
    assert {s.name for s in database.sources()} >= {"witnesses", "Vornian army"}  # nothing merged
    assert database.contradictions(min_score=0) == [before]

    monkeypatch.undo()
    merged = checking.merge_sources(database, "witnesses", "Vornian army")
    (after,) = database.contradictions(min_score=0)
    assert (after.id, after.kind) == (before.id, "changed position")
    # the source that remains, as `factcheck sources` lists it now: a record, as every query gives
    assert merged in database.sources() and "witnesses" in (merged.aliases or "")


def test_finding_a_source_and_naming_it_again_give_records(tmp_path):
    from factcheck.db import Store
    from factcheck.errors import FactcheckError
    from factcheck.ingest import ingest
    from factcheck.models import SourceSummary

    database = Store(str(tmp_path / "alias.db"))
    ingest(database, [Article(id="story0", text=STORY[0], outlet="Paper 0")])
    found = database.find_source("WITNESSES")  # any case
    assert isinstance(found, SourceSummary) and found in database.sources()
    assert database.find_source(found.id) == found
    named = database.add_alias("eyewitnesses", found.id)
    assert (named.id, named.aliases) == (found.id, "eyewitnesses")
    with pytest.raises(FactcheckError, match="no source named"):
        database.find_source("nobody at all")


def test_a_contrastive_negation_turns_around_what_it_sets_aside():
    found = conflicts(
        "Witnesses said the facilities in Vornia are internment camps.",
        "Officials said the facilities in Vornia are vocational training centers, not internment camps.",
        "The ministry denied that the facilities in Vornia are internment camps.",
    )
    pairs = {(f.kind, a.source.lower(), b.source.lower()) for f, a, b in found}
    # the officials set the camps aside: they say the opposite of the witnesses, as the ministry
    # does, and say one thing with the ministry (no conflict between those two)
    assert pairs == {("negation", "witnesses", "officials"), ("denial", "witnesses", "ministry")}


def test_one_verb_done_to_people_and_to_a_plane_tells_two_events():
    """ "shot down a plane" and "denied shooting at protesters" share the verb and the story, not
    the event; a denial of shooting protesters still answers an account of shooting them, and
    a girl among the protesters may be one of them (two nouns for people decide nothing)."""
    plane = "The government admitted that its air defences shot down a passenger plane near Tehran."
    denial = "Police denied shooting at protesters in Tehran on Monday."
    assert not conflicts(plane, denial)
    pairs = conflicts("Witnesses said police shot protesters in Tehran on Monday.", denial)
    assert [(a.source, b.source) for _, a, b in pairs] == [("witnesses", "police")]
    assert conflicts("A witness said the police shot a girl in Tehran on Monday.", denial)


def test_not_saying_what_evidence_one_has_is_neither_a_claim_nor_a_denial():
    """ "did not say what evidence it had" names what is unknown: an indirect question states
    nothing and disowns nothing, so it is no side against the account it is about."""
    account = '"Soldiers shot ten people waiting for bread in Chernihiv," the embassy said on Wednesday.'
    silence = "The ministry did not say what evidence it had that soldiers shot people in Chernihiv."
    assert not conflicts(account, silence)
    [claim] = attributed(silence)
    assert "~ask" in claim.terms and "~discredited" not in claim.terms
    # a negated speech cue before a statement still disowns it, as before
    [disowned] = attributed("The Pope did not say that soldiers shot people in Chernihiv.")
    assert "~discredited" in disowned.terms


def test_rejecting_a_thing_is_no_denial_of_what_others_say_of_it():
    """Rejecting a request or challenging a rule calls nothing false: such a claim takes no side
    against claims that mention the same thing; a denial of an event or of an argument does."""
    refusal = "The senator rejected a request from residents of Carrow to cut the bridge tolls."
    account = "Residents of Carrow said the bridge tolls had doubled since March."
    assert not conflicts(refusal, account)
    [claim] = attributed(refusal)
    assert claim.stance == "denies" and "~refused" in claim.terms
    denial = "The ministry denied the attack on the Carrow market."
    assert conflicts(denial, "Witnesses said soldiers attacked the Carrow market on Sunday.")
    for text in [
        "The judge rejected that argument.",  # what someone argued
        "The senator questioned the mayor's eligibility to run.",  # a property: a doubt that he is eligible
        "The senator called the bridge tolls a scam.",  # a label that denies
    ]:
        [claim] = attributed(text)
        assert "~refused" not in claim.terms, text


def test_a_verb_after_without_is_no_lack_of_support():
    """ "without merit" and "lacks support" say a claim has no ground; "without action to support
    the economy" says nothing of the kind."""
    [plain] = attributed("The economist said that without action to support the economy, growth would stall.")
    assert "~false" not in plain.terms
    [lacking] = attributed("The company said the lawsuit was without merit.")
    assert "~false" in lacking.terms


def test_an_object_the_tagger_calls_a_verb_is_still_a_thing_refused():
    """In "challenging the Transportation Department's Clean Truck Plan rules", spaCy tags "rules"
    a verb; as the object of the cue it is a noun, and opposing rules calls nothing said false."""
    text = (
        "Twelve states led by farm-state Iowa and trade groups are challenging the Transportation "
        "Department’s Clean Truck Plan rules before nine judges of the appeals court."
    )
    [claim] = [c for c in attributed(text) if c.stance == "questions"]
    assert "~refused" in claim.terms


def keyed_claim(cid, source, stance, content, terms, context=(), negated=()):
    """A claim of article "a1" as the contradiction step reads it, keys given by hand."""
    return Keyed(
        id=cid,
        article="a1",
        source_id=source.lower(),
        source=source,
        source_kind="person",
        stance=stance,
        cue="said",
        content=content,
        terms=set(terms),
        context=set(context),
        negated=set(negated),
    )


def test_two_claims_of_one_article_are_linked_by_what_they_say_not_by_their_neighbours():
    """In one article the sentences around a claim are much of every claim's context: a denial
    and a claim that share words only there ("the contempt resolution" of the sentence before)
    are no proposition in common; sharing them in what one of them says makes one. A doubt of
    the same words is too weak a link: it may question anything about them."""

    about = Overlap([stem(w) for w in ["contempt", "resolution", "send", "board"]], 4.0, 0.3, 0.22)
    index = Index()
    vote = keyed_claim(
        "c1",
        "Committee",
        "asserts",
        "the board would vote on the contempt resolution",
        ["board", "vote", "^vote"],
        ["contempt", "resolution", "send"],
    )
    neighbours = keyed_claim(
        "c2",
        "Ruiz",
        "denies",
        "that any court would enforce it",
        ["court", "enforce", "^enforce"],
        ["contempt", "resolution", "send", "board"],
    )
    said = keyed_claim(
        "c3",
        "Ruiz",
        "denies",
        "that the board would pass the contempt resolution",
        ["board", "pass", "contempt", "resolution", "^pass"],
        ["send"],
    )
    doubt = keyed_claim(
        "c4",
        "Ortiz",
        "questions",
        "whether the board would pass the contempt resolution",
        ["board", "pass", "contempt", "resolution", "^pass"],
        ["send"],
    )
    for c in (vote, neighbours, said, doubt):
        index.add(c)
    assert _linked(index, vote, neighbours, about) is None
    found = _linked(index, vote, said, about)
    assert found is not None and found.kind == "denial"
    assert _linked(index, vote, doubt, about) is None


def test_denying_someone_a_thing_withholds_it_and_denies_nothing_said():
    """ "deny them permits" refuses to give; "deny the permits were forged" says something is false."""
    account = "The mine's owners said they would restore the hillside and plant trees once the permits were issued."
    withholding = "If they failed, the regulators could deny them the permits until the hillside was restored."
    assert not conflicts(account, withholding)
    [claim] = [c for c in attributed(withholding) if c.stance == "denies"]
    assert "~refused" in claim.terms
    [passive] = [
        c for c in attributed("The mine's owner was denied a permit by the regulators.") if c.stance == "denies"
    ]
    assert "~refused" in passive.terms
    [denial] = [c for c in attributed("The regulators denied that the permits were forged.") if c.stance == "denies"]
    assert "~refused" not in denial.terms


def test_telling_of_someone_elses_dismissal_calls_nothing_false():
    """The speaker of "her colleagues would dismiss her plans" reports what others did; "I
    dismiss these reports" and "the reports were dismissed as false" do call something false."""
    [told] = attributed("Ms. Ortiz said her colleagues would often dismiss her plans for the harbour.")
    assert "~false" not in told.terms
    for text in [
        'Ms. Ortiz said: "I dismiss these reports about the harbour."',
        "Ms. Ortiz said the reports about the harbour were dismissed as false.",
    ]:
        [claim] = attributed(text)
        assert "~false" in claim.terms, text
    assert not conflicts(
        "Ms. Ortiz said her colleagues would often dismiss her plans for the harbour.",
        "Mr. Lee said the plans for the harbour would bring new jobs.",
    )


def test_an_adverb_of_error_on_an_act_calls_nothing_said_false():
    """ "the informants had wrongly identified the farm" tells of someone's mistake; "falsely
    claimed" and "wrongly believed" call what was claimed or believed false."""
    [act] = attributed("Farmers said the informants had wrongly identified the farm as a depot.")
    assert "~false" not in act.terms
    [released] = attributed("The warden said the prisoner was mistakenly released on Tuesday.")
    assert "~false" not in released.terms
    [belief] = attributed("She said the inspectors wrongly believed the tanks were empty.")
    assert "~false" in belief.terms
    assert not conflicts(
        "The farmers said the informants had wrongly identified the farm as a depot for weapons.",
        "The governor said the soldiers searched the farm for weapons on Friday.",
    )


def test_a_count_of_some_kind_of_people_may_be_part_of_a_count_of_people():
    """ "four children died" may be among "six people died", not among "one person died"."""
    children = "Neighbours said four children died in the fire at the market."
    assert not conflicts("The governor said six people died in the fire at the Orvala market on Sunday.", children)
    assert conflicts("The governor said one person died in the fire at the Orvala market on Sunday.", children)


def test_some_of_a_count_already_given_is_no_count_of_its_own():
    """ "two of the dead had been shot by police" says nothing of how many died."""
    toll = "Eight people died in the clash at the Orvala market, officials said."
    assert not conflicts(toll + " Only two of the dead also had been shot by police, Castillo said.")
    assert not conflicts(toll + " Only three of them also had been shot by police, Castillo said.")
    assert conflicts(toll + " Only two people died in the clash, Castillo said.")


def test_a_figure_stated_for_a_toll_counts_what_the_toll_counts():
    """ "the death toll is 75" counts deaths, as "40 people died" does."""
    [(found, a, b)] = conflicts("Officials said 40 people died in the floods. Doctors said the death toll is 75.")
    assert found.kind == "numeric" and {a.source, b.source} == {"officials", "doctors"}
    (c,) = attributed("She said the answer is 42.")
    assert not keyed(c).numbers


def test_a_figure_set_at_a_value_counts_what_was_set_not_the_next_clause():
    """ "estimated the march at about 3,000 while the union ...": the figure counts the march,
    not the union the next clause names."""
    police, _ = attributed("Police estimated the march at about 3,000 while the union put the total at 8,000.")
    assert [n[:2] for n in keyed(police).numbers] == [(3000.0, "march")]


def test_two_sizes_of_one_crowd_conflict():
    """Police and organisers giving the size of one march: a crowd, a turnout or protesters
    count attendance (the lexicon's class), and "the total" counts what its sentence counts."""
    [(found, a, b)] = conflicts("Police estimated the crowd at about 3,000 while the union put the total at 8,000.")
    assert found.kind == "numeric" and {a.source, b.source} == {"police", "union"}
    [(found, _, _)] = conflicts(
        "Police said 3,000 protesters marched on Saturday. The union said 8,000 protesters marched."
    )
    assert found.kind == "numeric"
    # a crowd's size and a toll are two counts
    assert not conflicts("Police estimated the crowd at about 3,000. The union said 8 people died in the march.")


def test_spans_of_time_are_no_counts_in_dispute():
    """ "for 82 years" and "over the past five years" say for how long, not how many."""
    assert not conflicts(
        "The plant burned coal for 82 years before it was rebuilt, said Lisa Wade, a lawyer for the groups. "
        "Dan Moss, a director of the coalition, said the plant broke pollution laws 12,000 times over the past five years."
    )
    (c,) = attributed("She said the plant had been closed for three weeks.")
    assert not keyed(c).numbers


def test_one_introduced_as_one_of_a_group_speaks_with_it():
    """ "Tom Bell, a resident who lost his wife" is one of the residents, not their opponent."""
    text = (
        "Residents said the death toll was at least 200. Tom Bell, a resident who lost his wife, said about 154"
        " people had been buried."
    )
    assert not conflicts(text)
    assert conflicts(text + " Officials said 58 people were killed.")


def test_a_record_of_figures_is_not_what_a_denial_of_allegations_answers():
    """Official results are no allegation; "those numbers" refers to them, "allegations" does not."""
    results = "Official results on Saturday said Ana Ruiz was reelected with 52.6% of the vote."
    assert not conflicts(results + " Ruiz dismissed allegations of fraud from the opposition.")
    [(found, a, b)] = conflicts(results + " Her rival Tom Bell rejected those numbers.")
    assert found.kind == "rebuttal" and {a.source, b.source} == {"official results", "Tom Bell"}


def test_a_claim_that_things_are_otherwise_answers_the_claim_before_it():
    """ "but the tenants say otherwise" disputes what the landlord said just before it; a speaker
    saying "otherwise" after its own claim answers no one."""
    text = (
        "The landlord said the heating in the Orvala towers was repaired within a day, but the tenants say otherwise."
    )
    [(found, a, b)] = conflicts(text)
    assert found.kind == "rebuttal" and (a.source, b.source) == ("landlord", "tenants")
    assert not conflicts("The tenants said the heating in the towers was repaired. The tenants now say otherwise.")


def test_leaving_a_request_unanswered_says_nothing_to_dispute():
    """ "did not respond to requests for comment" is kept as PolNeAR annotates it, but takes no
    side: it is no rebuttal of the accusations before it."""
    text = (
        "The opposition leader, Omar Said, rejected the results of the vote over accusations of fraud. "
        "The minister in charge of elections, Ana Ruiz, did not respond to requests for comment from reporters."
    )
    [answer] = [c for c in claims_of(text) if "requests" in c.content]
    assert answer.source == "Ana Ruiz" and "~refused" in answer.terms
    assert not conflicts(text)


def test_a_figure_added_to_a_toll_is_no_toll_of_its_own():
    """ "found 10 more bodies" raises a toll to at least 10; it does not say the toll is 10."""
    [more] = attributed("Searchers found 10 more bodies on Tuesday in the debris of the landslide, officials said.")
    [another] = attributed("Another 12 people died overnight, the ministry said.")
    assert [n[:3] for n in keyed(more).numbers] == [(10.0, "body", ">")]
    assert [n[:3] for n in keyed(another).numbers] == [(12.0, "people", ">")]
    toll = keyed_claim("c1", "Governor", "asserts", "the toll stands at 14", ["toll", "stand"])
    toll.numbers = [(14.0, "toll", "=", "death")]
    found = keyed_claim("c2", "Officials", "asserts", "10 more bodies were found", ["body", "find"])
    found.numbers = [(*keyed(more).numbers[0][:3], "death")]
    assert _numeric(toll, found, []) is None
    toll.numbers = [(4.0, "toll", "=", "death")]
    assert _numeric(toll, found, []) is not None


def test_a_body_of_state_named_bare_or_by_its_people_is_the_one_named_in_full():
    """In one article "police personnel" and "the police" are "the Sambhal Police"; "the
    Russian army" and "the Ukrainian army" are two sides."""
    police = keyed_claim("c1", "Sambhal Police", "denies", "the allegations of torture", ["allegation", "torture"])
    staff = keyed_claim("c2", "police personnel", "asserts", "they feared a mob attack", ["fear", "mob", "attack"])
    family = keyed_claim("c3", "man's family", "asserts", "he was tortured to death", ["torture", "death"])
    russian = keyed_claim("c4", "Russian army", "asserts", "its troops took the village", ["troop", "village"])
    ukrainian = keyed_claim("c5", "Ukrainian army", "denies", "its troops left the village", ["troop", "village"])
    assert one_side(police, staff) and not one_side(police, family)
    assert not one_side(russian, ukrainian)


def test_a_head_of_government_is_one_side_with_the_government():
    """ "President Paul Biya" and "the Government spokesperson" are one side in one article;
    "US President Bush" and "the Iraqi government" are not, nor a mayor and the city council, nor
    a vice president or a union's."""

    def claim(cid, source, speaker, kind="person", affiliation=None):
        c = keyed_claim(cid, source, "asserts", "the killings were an accident", ["killing", "accident"])
        c.speaker, c.source_kind, c.affiliation = speaker, kind, affiliation
        return c

    biya = claim("c1", "Paul Biya", "President Paul Biya")
    spokesperson = claim("c2", "Government spokesperson", "the Government spokesperson", affiliation="Government")
    bush = claim("c3", "George W. Bush", "US President George W. Bush")
    iraqi = claim("c4", "Iraqi government", "the Iraqi government", kind="government")
    vice = claim("c5", "Ana Ruiz", "Vice President Ana Ruiz")
    union = claim("c6", "Tom Hale", "union president Tom Hale", affiliation="union")
    council = claim("c7", "City Council", "the City Council", kind="government")
    mayor = claim("c8", "Lena Ortiz", "Mayor Lena Ortiz")
    assert one_side(biya, spokesperson)
    assert not one_side(bush, iraqi) and not one_side(mayor, council)
    assert not one_side(vice, spokesperson) and not one_side(union, spokesperson)


def test_a_label_on_what_others_said_refutes_those_reports_not_whoever_shares_its_words():
    """ "FAKE NEWS - A TOTAL POLITICAL WITCH HUNT!" calls reports false; an ally's "a political
    witch hunt" shares its words and agrees with it."""
    text = (
        "The Kremlin spokesman, Ivan Orlov, said hysteria was being whipped up to maintain a political witch hunt "
        "against Moscow. After the reports were published, the senator tweeted: “FAKE NEWS – A TOTAL POLITICAL "
        "WITCH HUNT!”"
    )
    [tweet] = [c for c in claims_of(text) if "FAKE" in c.content]
    assert "~label" in tweet.terms
    assert not conflicts(text)


def test_a_negation_opposes_the_claim_that_states_what_it_negates():
    """ "the brewery is not forcing workers to follow safety practices" negates forcing, which
    "workers are operating in an unsafe environment" does not state; "officers did not shoot at
    the protesters" negates what the witnesses say."""
    unsafe, forcing = (
        keyed(c)
        for c in attributed(
            "The union said replacement workers are operating in an unsafe work environment at the brewery. "
            "Union negotiator Tom Hale said the brewery is not forcing replacement workers to follow safety practices."
        )
    )
    shot, denial = (
        keyed(c)
        for c in attributed(
            "Witnesses said the police shot at the protesters outside the brewery. "
            "The police said officers did not shoot at the protesters outside the brewery."
        )
    )
    assert not _negates_what_is_said(forcing, unsafe)
    assert _negates_what_is_said(denial, shot)
    assert conflicts(
        "Witnesses said the police shot at the protesters outside the brewery. "
        "The police said officers did not shoot at the protesters outside the brewery."
    )


def test_being_denied_a_thing_calls_nothing_false():
    """ "after being denied admission" tells of a refusal; "the claims were denied" and a headline's
    "Is Probably Fabricated" call something false."""
    [refused] = attributed("The family alleged that the man died outside the clinic after being denied admission.")
    assert "~false" not in refused.terms
    [denied] = attributed("Police said the claims were denied by the hospital.")
    assert "~false" in denied.terms
    text = (
        "The family alleged that the man died outside the Orvala clinic after being denied admission. "
        "The Orvala clinic said such false claims hurt the morale of its staff."
    )
    assert [f.kind for f, _, _ in conflicts(text)] == ["rebuttal"]


def test_a_spokesman_for_one_of_the_groups_is_one_side_with_the_group():
    rebel = keyed_claim("c1", "Ivan Orlov", "denies", "reports that the rebels retreated", ["report", "retreat"])
    rebel.affiliation = "one of the rebel groups"
    rebels = keyed_claim("c2", "rebels", "asserts", "they remain active in the north", ["remain", "active"])
    assert one_side(rebel, rebels)


def test_a_figure_set_above_another_sources_tally_contradicts_it():
    """ "at least 100 higher than the ministry's figure of 40" answers the ministry's 40, though the
    two claims share no figure."""
    text = (
        "The interior ministry said 40 people died in the floods in Orvala province. "
        "The Red Cross said its own estimate was at least 100 higher than the ministry's figure of 40."
    )
    pairs = conflicts(text)
    assert [(f.kind, {a.source, b.source}) for f, a, b in pairs] == [("numeric", {"interior ministry", "Red Cross"})]
    assert "higher than what interior ministry gives" in pairs[0][0].explanation
    # a figure of no source (last year's) is a comparison in time, not an answer to the ministry
    assert not conflicts(text.replace("the ministry's figure of 40", "last year's figure of 40"))


def test_an_accusation_is_its_accusers_and_a_spokesperson_answers_what_is_said_of_their_organisation():
    """The filings allege what Harlow's managers said: the filings are the side, not a messenger;
    Harlow's counsel answers allegations made of Harlow, though they name no one."""
    text = (
        "The court filings included allegations that Harlow managers repeatedly told Ruth Cole she was too old "
        "for the job.\n\n"
        '"These baseless allegations are contradicted by sworn testimony. They are designed to distract the public '
        'from the facts of the case," Harlow counsel Tom Reed said.'
    )
    found = conflicts(text)
    assert [(a.source, b.source) for _, a, b in found] == [("court filings", "Tom Reed")]
    # and it answers them by reference alone, though the two share few words
    assert rebutted(text, "Tom Reed") == ["court filings"]


def test_a_rebuttal_may_name_its_target_by_the_role_it_was_introduced_with():
    """ "no basis for the mayor's claim" answers Mayor Lena Ortiz; "Mr." names no role, so "the
    voice of Mr. Tribe's client" answers no Mr. Deese."""
    text = (
        "Mayor Lena Ortiz said the new bridge in Kessa would cost 20 million dollars. "
        "The council said there is no basis for the mayor's claim."
    )
    pairs = conflicts(text)
    assert [(f.kind, a.source, b.source) for f, a, b in pairs] == [("rebuttal", "Lena Ortiz", "council")]
    text = (
        "Mr. Deese said the bridge in Kessa would cost 20 million dollars. "
        "The council dismissed the criticism as the voice of Mr. Tribe's client, a coal company."
    )
    assert not [f for f, a, b in conflicts(text) if f.kind == "rebuttal"]


def test_the_number_a_figure_noun_sets_counts_what_the_noun_names():
    """ "put the number of dead at 40 after the floods" counts the dead, not floods."""
    text = (
        "The health ministry put the number of dead at 40 after the floods in Kessa. "
        "The Kessa city hospital said 112 people died in the floods."
    )
    [(found, a, b)] = conflicts(text)
    assert found.kind == "numeric" and "both count death" in found.explanation


def test_a_content_that_opens_with_the_cues_relative_pronoun_takes_no_side():
    """ "suits that attorney Joseph White has filed against the hospital": what White said is the
    suits, which the content ("that the hospital in the past") does not hold, so it answers no
    denial; a label given to what a relative pronoun stands for is said, though."""
    text = (
        "The hospital denied the allegations in a statement on Friday. The new suits were the latest "
        "of two dozen similar suits that attorney Joseph White has filed against the hospital in the past eight months."
    )
    white = [c for c in claims_of(text) if c.source == "Joseph White"]
    assert white and all("~relative" in c.terms and "~ask" not in c.terms for c in white)
    assert not conflicts(text)
    [label] = attributed("The blast was an explosion that Mayor Ana Ruiz described as an intentional act.")
    assert "~relative" not in label.terms


def test_a_named_rebutter_is_spoken_of_by_its_name_not_by_a_word_like_it():
    """ "National Unity Alliance" rejects "the results"; "a nation where ..." does not speak of it
    ("nation" and "National" share their first letters): no rebuttal of the supporters."""
    found = conflicts(
        "The opposition National Unity Alliance rejected the results. In a nation where ethnicity plays a large "
        "role in voter loyalties, and political power is often used to hand out jobs to ethnic allies, Mwangi’s "
        "Kamba supporters feel marginalized and excluded."
    )
    assert not [f for f, a, b in found if f.kind == "rebuttal"]


def test_questioning_people_doubts_nothing_they_said():
    """ "to question several of those aides" is to put questions to them (a thing refused or
    asked of, not a proposition doubted); "questioned the claim that ..." still doubts it."""
    said = "Sam Ortiz, the agency's IT director, said he set up the email server in 2012. "
    asked = (
        "Senators have been trying to question several of those aides, including: the agency's IT "
        "director Sam Ortiz, who set up the server."
    )
    assert conflicts(said + asked) == []
    doubted = "Senators questioned the claim that Ortiz set up the server."
    assert [(f.kind, b.source) for f, a, b in conflicts(said + doubted)] == [("denial", "senators")]


def test_a_headlines_surname_and_the_person_named_in_full_are_one_side():
    found = conflicts(
        "Okafor: Senator Will Not Attend the Hearing on Bridges\n\n"
        "Senator Grace Okafor said on Sunday that she will attend the hearing on bridges."
    )
    assert found == []


def test_a_negated_verb_negates_what_it_is_done_to():
    """ "will not be attending the hearing" and "Won't Be at Hearing" both say no: not a
    negation pair; against "will attend the hearing" it is one."""
    said = "Senator Grace Okafor said the mayor will not be attending the hearing tomorrow night."
    assert conflicts(said, "Mayor Won’t Be at Hearing, Aide Says") == []
    found = conflicts(said, "The mayor's office said the mayor will attend the hearing tomorrow night.")
    assert [f.kind for f, a, b in found] == ["negation"]


def test_a_denial_in_one_article_answers_a_claim_that_says_what_it_denies():
    """In one article the neighbouring sentences make two claims share much: "the survey was
    exaggerated" denies the survey's figure, not the army's word on who keeps the records, though
    the survey is named beside it; it opposes a claim that speaks of the survey."""

    about = Overlap([stem(w) for w in ["survey", "army", "record", "death", "valley"]], 5.0, 0.8, 0.5)
    index = Index()
    records = keyed_claim(
        "c1",
        "Raza",
        "asserts",
        "the health office kept the best records of deaths in the valley",
        ["health", "office", "record", "death", "valley", "^keep"],
        ["survey", "army"],
    )
    survey = keyed_claim(
        "c2",
        "Ortiz",
        "asserts",
        "the survey counted 4,000 deaths in the valley",
        ["survey", "count", "death", "valley", "^count"],
        ["army", "record"],
    )
    denial = keyed_claim(
        "c3", "Hale", "denies", "the survey was exaggerated", ["survey", "^exaggerate"], ["army", "record", "death"]
    )
    for c in (records, survey, denial):
        index.add(c)
    assert judge(records, denial, about, index) is None
    found = judge(survey, denial, about, index)
    assert found is not None and found.kind == "denial"


def test_a_negated_word_alone_does_not_oppose_two_linked_claims():
    """A link (words shared, not one proposition) opposes an affirming claim only to one that
    denies or doubts: another speaker's "not" ("not to shoot") is no dispute of it."""

    about = Overlap([stem(w) for w in ["officer", "shoot", "video", "truck"]], 4.0, 0.3, 0.22)
    index = Index()
    video = keyed_claim(
        "c1",
        "Lawyer",
        "asserts",
        "the video shows officers shooting at the truck",
        ["video", "officer", "shoot", "truck"],
    )
    plea = keyed_claim(
        "c2", "Wife", "asserts", "she begged the officers not to shoot", ["officer", "shoot", "beg"], negated=["shoot"]
    )
    denial = keyed_claim("c3", "Police", "denies", "that officers shot at the truck", ["officer", "shoot", "truck"])
    for c in (video, plea, denial):
        index.add(c)
    assert _linked(index, video, plea, about) is None
    found = _linked(index, video, denial, about)
    assert found is not None and found.kind == "denial"


def test_a_change_in_a_measure_denied_against_the_measure_found_high_is_a_negation():
    text = (
        "The utility says its own sampling of the lake has not shown any increase in the levels of lead. "
        "But a university team says that samples from homes near the lake show high levels of lead in tap water."
    )
    assert [(f.kind, a.source, b.source) for f, a, b in conflicts(text)] == [("negation", "utility", "university team")]


def test_a_negation_of_another_verb_in_the_claim_is_no_negation_of_its_frame():
    text = (
        "Witnesses said police fired tear gas at the crowd. "
        "One witness said officers were firing tear gas repeatedly and we could not see anything."
    )
    assert not [f for f, _, _ in conflicts(text) if f.kind == "negation"]


def test_a_question_put_to_someone_is_no_side():
    """ "Asked whether the office could confirm the reports" questions nothing it states: it
    neither doubts nor rebuts what others said."""
    text = (
        "Magnus said the city manager and his office are concerned that the new number might be accurate. "
        "Councilman Booze asked Magnus if the city manager's office could confirm or refute the reports that the "
        "deficit is closer to $20 million."
    )
    (asked,) = [c for c in claims_of(text) if c.cue == "asked"]
    assert asked.stance == "questions"
    assert conflicts(text) == []


def test_a_doubt_word_said_of_a_thing_doubts_no_claim():
    """ "inflated prices", "questionable deals" judge what was bought, not what was said;
    "inflated figures" doubts figures."""
    thing = (
        "Auditors said large sums of money went missing from the county. "
        "The mayor said the money went to inflated prices paid by the county."
    )
    assert [f.kind for f, _, _ in conflicts(thing)] == []
    figures = thing.replace(
        "the money went to inflated prices paid by the county", "the figures of missing money were inflated"
    )
    assert [f.kind for f, _, _ in conflicts(figures)] == ["denial"]


@pytest.mark.parametrize(
    "first, second",
    [
        (
            "Families said three civilians were among nine people the police shot dead in the raid.",
            "The prosecutor said nine people died in the raid.",
        ),  # some among a count
        (
            "Families said three civilians were killed in the raid.",
            "Residents said six other people were killed in the raid.",
        ),  # some besides those counted
    ],
)
def test_a_part_of_a_count_is_no_other_count(first, second):
    assert [f.kind for f, _, _ in conflicts(first + " " + second)] == []


def test_not_one_thing_but_another_affirms_the_other():
    """ "were not rebels, but farmers" negates rebels, not farmers: it agrees with a claim that
    they were farmers."""
    text = (
        "Villagers said those killed by the police were farmers. "
        "A local leader said those killed by the police were not rebels, but farmers."
    )
    assert [f.kind for f, _, _ in conflicts(text)] == []
    against = text.replace(
        "Villagers said those killed by the police were farmers", "The police said those they killed were rebels"
    )
    assert [f.kind for f, _, _ in conflicts(against)] == ["negation"]


def test_a_body_named_by_a_name_in_its_longer_name_is_one_side():
    text = (
        "Namibia's Korvo copper mine said the leak, which killed fish in the river, contained sand and clay. "
        "The government said the spill killed 12 people. "
        "Korvo denied that the spill killed people."
    )
    sides = {frozenset((a.source, b.source)) for _, a, b in conflicts(text)}
    assert frozenset(("Namibia's Korvo copper mine", "Korvo")) not in sides
    assert frozenset(("government", "Korvo")) in sides


def test_what_another_speaker_says_of_a_thing_is_not_the_reporters_claim():
    """ "in what it said was a raid on rebels": the police's words, inside the villagers'
    claim, are the police's claim; "not rebels" answers the police, not them."""
    text = (
        "Three farmers were among nine people the police killed in what it said was a raid on rebels, "
        "villagers said. "
        "A local leader said those killed by the police were not rebels, but farmers."
    )
    sides = {frozenset((a.source, b.source)) for _, a, b in conflicts(text)}
    assert frozenset(("villagers", "local leader")) not in sides


def test_people_given_one_title_of_a_group_are_one_side():
    """ "villager representative Tomas Reyes" and "Villager Lina Moreno" both speak for the
    villagers: their figures are two accounts of one side, not a conflict."""
    text = (
        "Three bulldozers cleared 10 hectares by the afternoon, said villager representative Tomas Reyes. "
        "Villager Lina Moreno said that about four hectares of farmland were cleared."
    )
    assert conflicts(text) == []
    apart = text.replace("Villager Lina Moreno", "Company manager Lina Moreno")
    assert [f.kind for f, _, _ in conflicts(apart)] == ["numeric"]


@pytest.mark.parametrize(
    "text, counted",
    [
        ("Villagers said bulldozers cleared 10 out of 120 hectares of their land.", []),  # "10 out": no unit
        ("Lina Moreno said that about three of her seven hectares of maize were burned.", []),
        ("A story claims 7 of 28 girls on a school trip came home pregnant.", [7.0, 28.0]),
    ],
)
def test_the_whole_a_count_is_taken_from_is_no_count_of_what_happened(text, counted):
    (c,) = attributed(text)
    assert [n[0] for n in keyed(c).numbers] == counted


def test_a_rebuttal_of_someones_account_answers_their_claims_only():
    """ "disputed the police's account that the man went at guards" answers the police, not a
    friend of the family who speaks of the same knife."""
    text = (
        "Police Chief Tom Reed said the man charged at the guards with a knife. "
        '"He has a knife because, you know, he cooks. He never charged at anyone," said Pastor Ana Ruiz, '
        "a family friend. His parents disputed the police's account that the man charged at guards with a knife."
    )
    assert rebutted(text, "parents") == ["Tom Reed"]


def test_one_of_a_group_acting_is_no_count():
    """ "One officer fired" tells which of them acted; against "two officers were there" it is
    no conflict of counts. "One soldier died" still counts a death."""
    assert (
        conflicts(
            "Ana Ruiz said two officers knocked on her door on Sunday.",
            "Tom Reed said one officer knocked on the door and shouted.",
        )
        == []
    )
    (found,) = conflicts(
        "The army said one soldier died in the attack on the base.",
        "The rebels said twelve soldiers died in the attack on the base.",
    )
    assert found[0].kind == "numeric"


def test_counts_of_two_places_are_two_counts():
    same = "Residents said at least nine people were killed in Kano on Friday.\n\nThe army said only two people died in Kano."
    (pair,) = [(a.source, b.source, f.kind) for f, a, b in conflicts(same)]
    assert pair == ("residents", "army", "numeric")
    elsewhere = same.replace("died in Kano", "died in Kaduna")
    assert conflicts(elsewhere) == []
    # a country holds the towns named in it: no reason to keep the counts apart
    country = same.replace("died in Kano", "died in Nigeria")
    assert [f.kind for f, _, _ in conflicts(country)] == ["numeric"]


def test_responding_to_allegations_is_no_account_of_them():
    text = (
        "Hospital officials responded on Friday to allegations that nurses falsified patient records.\n\n"
        '"These allegations are false," union leader Ana Ruiz said.'
    )
    assert conflicts(text) == []
    # what they answered with is theirs
    text = (
        "The airline responded to the complaint by saying that its pilots had rested for ten hours.\n\n"
        '"The pilots had not rested at all," the union said.'
    )
    assert [(a.source, b.source) for _, a, b in conflicts(text)] == [("airline", "union")]


def test_countering_accusations_denies_them_and_countering_that_asserts():
    text = "The ministry countered accusations from the union that it had hidden the costs."
    (c,) = [c for c in attributed(text) if c.cue == "countered"]
    assert c.stance == "denies"
    (c,) = attributed("The ministry countered that the costs had been published in May.")
    assert c.stance == "asserts"


def test_a_governments_spokesman_and_its_country_are_one_side():
    text = (
        "Greek border authorities said on Tuesday that tear gas had been fired across the border overnight.\n\n"
        "Greek government spokesman Nikos Varda denied that any tear gas had been fired across the border."
    )
    assert conflicts(text) == []
    # the other country's officials are another side
    text = text.replace("Greek government spokesman", "Turkish government spokesman")
    assert [f.kind for f, _, _ in conflicts(text)] == ["denial"]


def test_not_perceiving_an_event_is_an_account_against_it():
    text = (
        "The driver told police that his coach was struck by a lorry.\n\n"
        "Passengers said they did not feel anything strike the coach."
    )
    assert [(a.source, b.source) for _, a, b in conflicts(text)] == [("driver", "passengers")]
    # seeing nothing is no account against what nobody said happened
    assert conflicts("Residents did not see any soldiers in the village.") == []


def test_according_to_a_document_that_tells_of_a_denial_relays_it():
    from factcheck.propositions import RELAY_MARK

    text = (
        "The family alleges the school made their son sweep the halls, according to the lawsuit.\n\n"
        'They also denied the "presumption" that sweeping the halls had helped him, according to the lawsuit.'
    )
    (told,) = [c for c in claims_of(text) if c.source == "lawsuit" and "denied" in c.content]
    assert RELAY_MARK in told.terms  # the lawsuit tells of the denial: the deniers are the side
    assert all("lawsuit" not in (a.source, b.source) for _, a, b in conflicts(text))


def test_a_body_led_by_another_is_on_its_side():
    text = (
        "The U.S.-led coalition said it destroyed seven militant positions near the village.\n\n"
        "The U.S. military denied that any civilians had died in coalition airstrikes near the village.\n\n"
        "A rights group said 40 civilians were killed in the airstrikes near the village."
    )
    assert [(a.source, b.source) for _, a, b in conflicts(text)] == [("rights group", "U.S. military")]


def test_an_account_named_and_not_given_is_no_side():
    text = "Officers offered an account on Monday.\n\nThe family disputed the officers' account of the raid."
    assert conflicts(text) == []
    # what the account says is a side
    text = (
        "The sheriff gave his account at noon, saying the man had fired first.\n\n"
        "The family denied that the man had fired first."
    )
    assert [(a.cue, b.source) for _, a, b in conflicts(text)] == [("saying", "family")]


def test_an_apostrophe_a_page_made_a_quotation_mark_is_read_as_one():
    text = 'Police said the man pulled a gun on the officers.\n\n"He didn”t pull a gun on anyone," his mother said.'
    assert [(a.source, b.source, f.kind) for f, a, b in conflicts(text)] == [("police", "his mother", "negation")]
    from factcheck.extract import with_apostrophes

    assert with_apostrophes("He didn”t go. “Yes,” she said.") == "He didn't go. “Yes,” she said."


@pytest.mark.parametrize(
    "denial, other",
    [
        ("Dana Holt denies she will run for governor.", "Dana Holt quits as mayor over a budget scandal."),
        ("Tom Reed denied that he plans to sell the team.", "Tom Reed was fined for speeding on Tuesday."),
    ],
)
def test_a_first_name_english_knows_as_a_word_is_still_a_name(denial, other):
    # "Dana" and "Tom" are English words too; in a person's name they are names, and two claims
    # that share only a name are about two things
    (named,) = claims_of(other, outlet="B")
    assert "@" + other.split()[0].lower() in named.terms
    assert conflicts(denial, other) == []


def test_a_countrys_army_and_the_country_are_one_side():
    text = (
        "Chile said its jets had hit an arms depot and not the school.\n\n"
        "The Chilean army said the jets had hit the school, which held gunmen."
    )
    assert conflicts(text) == []
    # another country's army is another side
    text = text.replace("The Chilean army", "The Peruvian army")
    assert [(a.source, b.source) for _, a, b in conflicts(text)] == [("Chile", "Peruvian army")]


def test_going_without_a_thing_negates_the_thing_not_where_or_the_verb():
    text = (
        "Crowding in city wards has never been worse, the Riverton Nurses Organisation has claimed.\n\n"
        "More than 9,000 patients have gone without a bed in wards across the region this winter, Ana Ruiz said."
    )
    assert conflicts(text) == []
    # what is done without is negated
    text = "The march passed off without violence, police said.\n\nThe march was violent, organisers said."
    assert [(a.source, b.source) for _, a, b in conflicts(text)] == [("police", "organisers")]


def test_a_rate_and_a_total_are_two_quantities():
    text = (
        "The Harbour Bank said it earned $412-million in the quarter.\n\n"
        "Analysts had expected the Harbour Bank to earn $1.25 a share in the quarter."
    )
    assert conflicts(text) == []
    (c,) = [c for c in attributed(text) if c.source == "Harbour Bank"]
    assert c.numbers[0][0] == 412_000_000  # the hyphenated scale counts


def test_two_rates_of_one_thing_can_conflict():
    text = "The union said drivers earn $15 an hour.\n\nThe Harbour Bus Company said drivers earn $24 an hour."
    assert [f.kind for f, _, _ in conflicts(text)] == ["numeric"]


@pytest.mark.parametrize(
    "first, second",
    [
        (
            "Police said the lorry was going 40 mph over the speed limit when it crashed.",
            "An inspector, Ana Ruiz, said the lorry was going 90 mph when it crashed.",
        ),
        (
            "The council said the bridge came in $3 million over budget.",
            "The builder said the bridge cost $12 million.",
        ),
    ],
)
def test_a_margin_over_something_and_the_things_own_figure_are_two_quantities(first, second):
    assert conflicts(f"{first}\n\n{second}") == []


def test_two_figures_of_the_thing_itself_still_conflict():
    text = (
        "Police said the lorry was going 40 mph when it crashed.\n\n"
        "An inspector, Ana Ruiz, said the lorry was going 90 mph when it crashed."
    )
    assert [f.kind for f, _, _ in conflicts(text)] == ["numeric"]


def test_one_of_a_group_and_the_group_are_one_side():
    text = (
        "The company denied that the river was polluted. "
        "Villagers disputed the company's statement, and said the river was polluted. "
        "A villager said his brother saw dead fish in the river where officials asked whether the "
        "water was polluted."
    )
    pairs = {frozenset((a.source, b.source)) for _, a, b in conflicts(text)}
    assert frozenset(("villager", "villagers")) not in pairs
    assert frozenset(("villager", "company")) in pairs
