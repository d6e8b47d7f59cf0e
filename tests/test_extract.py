"""The extractor on short texts written for these tests, and on the seed article."""

import json

import pytest
from conftest import attributed, claims_of


def spans_text(text, spans):
    return [text[s:e] for s, e in spans]


def test_indirect_speech_source_cue_content():
    text = "The health minister, Maria Lopez, said on Tuesday that the hospital would close in March."
    (c,) = attributed(text)
    assert c.source == "Maria Lopez" and c.source_kind == "person"
    assert c.cue == "said" and c.stance == "asserts" and c.quote == "indirect"
    assert spans_text(text, c.spans.content) == ["that the hospital would close in March"]
    assert spans_text(text, c.spans.cue) == ["said"]
    assert "Maria Lopez" in spans_text(text, c.spans.source)[0]


@pytest.mark.parametrize(
    "text, content",
    [
        ("The commission said turnout was 70%.", "turnout was 70%"),
        ("The union said 40% of the staff joined the strike, with turnout at 90%", "with turnout at 90%"),
    ],
)
def test_a_percent_sign_closing_a_content_stays_in_it(text, content):
    (c,) = [c for c in claims_of(text) if c.cue == "said"]
    assert c.content.endswith(content)


def test_direct_quote_split_around_the_cue():
    text = '"We will not back down," Mayor John Ortiz said, "and we will win this fight."'
    (c,) = attributed(text)
    assert c.source == "John Ortiz" and c.quote == "direct"
    assert spans_text(text, c.spans.content) == ["We will not back down,", "and we will win this fight."]


def test_quote_over_sentences_with_cue_after_it():
    text = '"Prices are rising. Wages are not." the union chanted.'
    (c,) = attributed(text)
    assert c.quote == "direct" and c.cue == "chanted"
    assert spans_text(text, c.spans.content) == ["Prices are rising. Wages are not."]


@pytest.mark.parametrize(
    "text, said",
    [
        (
            "“They fired without warning,” resident Sam Okafor told local news station WXKT, summarizing the"
            " version of events circulating in the crowd of about 100 people.",
            "They fired without warning,",
        ),
        (
            "“They came out with guns drawn and they shot him,” protester Sam Okafor told local news station"
            " WXKT, summarizing the version of events circulating in the crowd.",
            "They came out with guns drawn and they shot him,",
        ),
        ("“We will not resign,” the mayor said, “and we will win.”", "We will not resign, and we will win."),
    ],
)
def test_a_participle_after_the_cue_of_a_quote_is_the_reporters(text, said):
    """What a participle of the cue takes is the reporter's; what the speaker says on, in
    quotation marks, is still the speaker's."""
    (c,) = [c for c in attributed(text) if c.cue in {"told", "said"}]
    assert c.quote == "direct" and " ".join(c.content.split()) == said


def test_a_quote_in_apostrophes_is_a_direct_quote_and_goes_on():
    text = "''The plan is dead,'' said Senator Anna Berg. ''Nobody in this chamber will vote for it.''"
    (c,) = attributed(text)
    assert c.source == "Anna Berg" and c.quote == "direct"
    assert spans_text(text, c.spans.content) == ["The plan is dead,", "Nobody in this chamber will vote for it."]


@pytest.mark.parametrize("mark", ['"', "''"])
def test_continued_quote_paragraph_inherits_the_speaker(mark):
    text = f"{mark}The plan is dead,{mark} said Senator Anna Berg.\n\n{mark}Nobody in this chamber will vote for it. Not one member.{mark}"
    cs = attributed(text)
    assert len(cs) == 2 and {c.source for c in cs} == {"Anna Berg"}
    assert cs[1].quote == "direct" and cs[1].cue == ""
    assert (cs[0].continues, cs[1].continues) == (None, cs[0].id)  # one quotation over two paragraphs


def test_each_paragraph_of_a_quotation_continues_the_claim_with_its_cue():
    text = (
        "Flights were cancelled on Sunday.\n\n"
        "“We will refund every passenger,” Maria Olsen said.\n\n"
        "“Nobody will pay twice.”\n\n"
        "“We have hired more staff for the desks.”\n\n"
        "Passengers queued for hours at the airport."
    )
    first, *more = attributed(text)
    assert first.cue == "said" and [c.cue for c in more] == ["", ""]
    assert {c.continues for c in more} == {first.id} and first.continues is None


def test_the_claim_a_paragraph_continues_is_stored_and_listed(invoke, tmp_path):
    path = tmp_path / "refunds.txt"
    path.write_text("“We will refund every passenger,” Maria Olsen said.\n\n“Nobody will pay twice.”\n")
    assert invoke("ingest", str(path)).exit_code == 0
    first, second = json.loads(invoke("claims", "--json").stdout)
    assert (first["cue"], first["continues"]) == ("said", None)
    assert (second["cue"], second["continues"]) == ("", first["id"])


def test_a_quotation_left_open_over_paragraphs_is_the_speakers_who_closes_it():
    """A quotation running over paragraphs leaves each open and opens the next with a mark
    again; the cue that closes it names the speaker of them all, a speaker quoted before or not."""
    text = (
        "“The plan is dead,” said Senator Anna Berg.\n\n"
        "“The budget has no money for roads. Not one dollar.\n\n"
        "“The council ignored every warning,” the mayor said in a statement."
    )
    cs = attributed(text)
    said = {c.content.split(".")[0].rstrip(","): (c.source, c.quote) for c in cs}
    assert said == {
        "The plan is dead": ("Anna Berg", "direct"),
        "The budget has no money for roads": ("mayor", "direct"),
        "The council ignored every warning": ("mayor", "direct"),
    }
    closer = next(c for c in cs if c.cue == "said" and c.source == "mayor")
    assert [c.continues for c in cs if c.cue == ""] == [closer.id]  # the paragraph it closes goes on with it


def test_a_quotation_left_open_with_no_speaker_after_it_stays_as_it_was():
    text = (
        "Flights were cancelled across the region on Sunday.\n\n"
        "“The budget has no money for roads. Not one dollar.\n\n"
        "Passengers queued for hours at the desks of the airline."
    )
    assert not attributed(text)


@pytest.mark.parametrize(
    "lead, words",
    [
        (
            "In a statement on Monday, the airline's chief executive, Maria Olsen, said:",
            '"We will refund every passenger."',
        ),
        ("Olsen told reporters at the airport:", "“We will refund every passenger.”"),
        ("Olsen wrote on Twitter:", "We will refund every passenger. Nobody will pay twice."),  # a block, no marks
        ("Olsen later continued:", '"We will refund every passenger."'),
    ],
)
def test_a_lead_in_ending_on_a_colon_gives_the_next_paragraph_to_its_speaker(lead, words):
    text = f"Flights were cancelled across the region on Sunday.\n\n{lead}\n\n{words}\n\nPassengers queued for hours."
    (c,) = attributed(text)
    assert c.speaker.endswith("Olsen") and c.cue.endswith(":") and c.stance == "asserts"
    assert spans_text(text, c.spans.content)[0].startswith("We will refund every passenger")
    assert c.sentence.startswith(lead.split(",")[0]) and c.sentence.endswith(words)
    # the lead-in is no claim of the narrator, and neither paragraph around it is the speaker's
    narrated = [x.content for x in claims_of(text) if x.source_kind == "narrator"]
    assert narrated == ["Flights were cancelled across the region on Sunday", "Passengers queued for hours"]


def test_a_quote_after_a_lead_in_goes_on_in_the_next_paragraph():
    text = 'The mayor spoke after the vote. She said:\n\n"The library stays open."\n\n"So does the pool."'
    cs = attributed(text)
    assert [spans_text(text, c.spans.content) for c in cs] == [["The library stays open."], ["So does the pool."]]
    assert {c.source for c in cs} == {"mayor"}


@pytest.mark.parametrize(
    "text",
    [
        # the verb has its content before the colon: what follows is an example, not the speech
        "The mayor said the reasons were simple:\n\nThe budget was cut and the roof leaks.",
        # a colon after a sentence that speaks of no one's words
        "The storm closed three roads:\n\nRoute 9, Route 12 and the coast road stayed shut.",
        # the next paragraph is another speaker's
        'The mayor said:\n\n"We tried," the council chairman replied.',
    ],
)
def test_a_colon_that_opens_no_speech_gives_nothing_to_a_speaker(text):
    assert not any(c.cue.endswith(":") for c in attributed(text))


@pytest.mark.parametrize("mark", ["''", '"'])
def test_a_source_never_starts_inside_the_quotation_before_it(mark):
    # a list closing the quotation reads like a noun phrase running on into the name
    text = f"{mark}Our message is strong enough to win states we lost: Georgia, Arizona, Nevada, Ohio,{mark} Ms. Lane said."
    (c,) = attributed(text)
    assert c.speaker == "Ms. Lane" and spans_text(text, c.spans.source) == ["Ms. Lane"]


def test_a_title_in_quotation_marks_stays_in_its_source():
    text = "The “Avatar” star posted that the film would return to cinemas in May."
    (c,) = attributed(text)
    assert c.speaker == "The “Avatar” star"


@pytest.mark.parametrize("title", ["Lt.", "Capt.", "Sgt.", "Det. Sgt.", "Supt.", "Col.", "Lt. Col."])
def test_an_abbreviated_title_does_not_end_the_sentence(title):
    text = f"The driver fired at officers, Springfield police {title} Ann Lee said. She said nobody was hurt."
    first, second = attributed(text)
    assert first.source == second.source == "Ann Lee" and first.source_kind == "person"
    assert spans_text(text, first.spans.content) == ["The driver fired at officers"]
    assert spans_text(text, first.spans.source) == [f"Springfield police {title} Ann Lee"]
    (c,) = attributed(f"Two men were arrested, according to {title} Ann Lee of the state police.")
    assert c.source == "Ann Lee"


@pytest.mark.parametrize(
    "text, second",
    [
        (
            "The police claimed that the prisoner died of a heart attack, and denied that he was beaten in custody.",
            ("denied", "denies", "that he was beaten in custody"),
        ),
        (
            "The fire chief said the search will be a long one, but pledged to find every last victim.",
            ("pledged", "asserts", "to find every last victim"),
        ),
    ],
)
def test_a_speakers_next_act_is_a_claim_of_its_own(text, second):
    first, then = attributed(text)
    assert first.source == then.source
    assert not first.content.endswith(second[2])  # the first content stops before the next act
    assert (then.cue, then.stance, then.content) == second


def test_a_verb_inside_a_quotation_is_part_of_what_was_said():
    text = '"I would correct their grammar, and tell them this is why she should win," the teacher said.'
    (c,) = attributed(text)
    assert c.content == "I would correct their grammar, and tell them this is why she should win,"


@pytest.mark.parametrize("speaker", ["The Indian Express", "the local newspaper"])
def test_a_speaker_after_its_cue_at_the_end_of_the_sentence(speaker):
    # the parser reads "reported the local newspaper" as a report of the newspaper
    text = f"Two men were beaten by officers at the station, reported {speaker}."
    (c,) = attributed(text)
    assert c.speaker == speaker and c.cue == "reported"
    assert c.content == "Two men were beaten by officers at the station"


def test_a_speaker_after_its_cue_after_two_clauses_gets_them_as_content():
    # the parser makes "said" a third coordinated verb and the tagger finds no content
    text = (
        "In nearby Dayton, the old paper mill is hanging on, but it is under pressure from cheap imports, "
        "said the company's chief executive, Ann Morrow."
    )
    (c,) = attributed(text)
    assert c.source == "Ann Morrow" and c.cue == "said"
    assert (
        c.content == "In nearby Dayton, the old paper mill is hanging on, but it is under pressure from cheap imports"
    )


def test_a_name_with_its_description_set_off_by_commas_speaks():
    # the parser hangs the name on the place before it, so the cue has no subject
    text = (
        "Angered by the delays in Ohio, Mayor Linda Park, the city's top official, said that the contractor "
        "had missed every deadline."
    )
    (c,) = attributed(text)
    assert c.source == "Linda Park" and c.cue == "said"
    assert c.content == "that the contractor had missed every deadline"


def test_a_feeling_opening_the_sentence_is_nothing_said():
    text = "Alarmed by the unrest in the capital, Senator Paul Greene said that he spoke with the governor."
    assert [(c.source, c.cue) for c in attributed(text)] == [("Paul Greene", "said")]


def test_quoted_as_saying_gives_the_words_to_the_one_quoted_via_the_messenger():
    (c,) = attributed("Reuters quoted the harbour master as saying the port would stay closed until Friday.")
    assert (c.source, c.via, c.cue) == ("harbour master", "Reuters", "quoted as saying")
    assert c.content == "the port would stay closed until Friday"


def test_a_subject_the_parser_hung_on_the_cue_stays_in_the_content():
    (c,) = attributed("The union said up to 40 of its members at the bakery are involved in the strike.")
    assert c.content == "up to 40 of its members at the bakery are involved in the strike"
    (c,) = attributed("The mayor told reporters the bridge would reopen in May.")
    assert c.content == "the bridge would reopen in May"


@pytest.mark.parametrize("opener", ["That said,", "That being said,", "Having said that,", "But that said,"])
def test_that_said_is_a_connective_not_a_saying(opener):
    claims = claims_of(f"The plan has flaws. {opener} the council voted to close the library.")
    assert not any("said" in c.cue for c in claims)
    assert any(c.content.endswith("to close the library") for c in claims)


def test_a_participle_after_a_comma_takes_no_speaker_from_its_object():
    claims = attributed('"Prices are too high," the senator said, citing the cost of bread.')
    assert {c.source for c in claims} == {"senator"}
    assert [c.content for c in claims if c.cue == "said"] == ["Prices are too high,"]


@pytest.mark.parametrize(
    "text",
    [
        "A federal judge turned back an effort by the company's lawyers to dismiss the lawsuit.",
        "The court rejected a bid by the opposition to dispute the results of the vote.",
    ],
)
def test_a_denial_a_noun_aims_at_is_no_ones_denial(text):
    # the judge dismissed nothing, and the lawyers' effort is an attempt, not a claim
    assert not any(c.stance == "denies" and c.cue in {"dismiss", "dispute"} for c in attributed(text))


def test_according_to():
    text = "According to the World Bank, the economy shrank by 3 percent last year."
    (c,) = attributed(text)
    assert c.cue == "according to" and c.source == "World Bank"
    assert spans_text(text, c.spans.content) == ["the economy shrank by 3 percent last year"]


@pytest.mark.parametrize(
    "text, source, content",
    [
        (
            "In a Harbour Gazette poll released Monday, the mayor's approval rating fell to 41 percent.",
            "Harbour Gazette poll",
            "the mayor's approval rating fell to 41 percent",
        ),
        (
            "Ruiz leads her rival by six points in the latest survey.",
            "latest survey",
            "Ruiz leads her rival by six points",
        ),
        (
            "In a study published on Monday, mice given the drug lived longer.",
            "study",
            "mice given the drug lived longer",
        ),
        ("Ruiz was at 30 percent in the spring poll.", "spring poll", "Ruiz was at 30 percent"),
    ],
)
def test_a_poll_survey_or_study_gives_what_a_sentence_finds_in_it(text, source, content):
    (c,) = attributed(text)
    assert (c.cue, c.source, c.source_kind) == ("in", source, "document")
    assert spans_text(text, c.spans.content) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "About 1,200 adults took part in the survey.",
        "Nine hospitals joined in the study last year.",
        "Voters in the poll favoured the bridge over the tunnel.",
        "The mayor was not in the study.",
        "The figures appear in the survey's last table, which the council printed.",
    ],
)
def test_what_is_done_or_found_in_a_poll_without_a_finding_is_not_the_polls(text):
    assert not [c for c in attributed(text) if c.cue == "in"]


def test_a_cue_in_a_sentence_with_a_poll_keeps_its_speaker():
    (c,) = attributed("In the survey, most voters said the bridge was too costly.")
    assert (c.cue, c.source) == ("said", "voters")


@pytest.mark.parametrize(
    "text, source, content",
    [
        (
            "As per the health bulletin, 26 patients have died at the hospital.",
            "health bulletin",
            "26 patients have died at the hospital",
        ),
        ("The toll rose to 40, as per official data.", "official data", "The toll rose to 40"),
    ],
)
def test_as_per_attributes_like_according_to(text, source, content):
    (c,) = attributed(text)
    assert (c.source, c.source_kind, c.cue) == (source, "document", "as per")
    assert spans_text(text, c.spans.content) == [content]


@pytest.mark.parametrize(
    "text, source, content",
    [
        ("While the state data shows only five deaths, doctors say it is 47.", "state data", "only five deaths"),
        ("Hospital records list 52 dead.", "hospital records", "52 dead"),
    ],
)
def test_what_a_record_shows_is_its_claim(text, source, content):
    c = next(c for c in attributed(text) if c.source == source)
    assert (c.source_kind, spans_text(text, c.spans.content)) == ("document", [content])


def test_a_preposition_alone_is_no_cue():
    # the tagger took "of" in "false allegations of corruption" for a cue, and the allegations for a speaker
    text = "The government dismissed as false allegations of corruption levelled by bar owners against the minister."
    assert [c.cue for c in attributed(text)] == ["dismissed"]


def test_as_per_inside_a_clause_is_no_report():
    (c,) = claims_of("Payment is made as per the contract.")
    assert c.source_kind == "narrator"


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "Official election results on Saturday said the president was reelected with 52.6% of the vote.",
            "official election results",
        ),
        ("The results showed that the drug cut deaths by half.", "results"),
        ("The findings suggest that the river was polluted for years.", "findings"),
    ],
)
def test_results_and_findings_are_documents_that_speak(text, source):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (source, "document")


def test_a_name_given_is_no_claim_but_a_label_said_of_something_is():
    from spacy.tokens import Doc

    from factcheck.attribute import _said_of_subject
    from factcheck.nlp import load

    # the parse the English model gives "..., hub of the farming region called the Tierra Caliente."
    # in a long sentence: the region calling, with the name as the verb's object predicate
    words = ["hub", "of", "the", "farming", "region", "called", "the", "Tierra", "Caliente", "."]
    heads = [5, 0, 4, 4, 1, 5, 8, 8, 5, 5]
    deps = ["nsubj", "prep", "det", "compound", "pobj", "ROOT", "det", "compound", "oprd", "punct"]
    pos = ["NOUN", "ADP", "DET", "NOUN", "NOUN", "VERB", "DET", "PROPN", "PROPN", "PUNCT"]
    lemmas = ["hub", "of", "the", "farming", "region", "call", "the", "Tierra", "Caliente", "."]
    doc = Doc(load().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert _said_of_subject(doc[5])
    (c,) = attributed('Cruz called Trump a "pathological liar" who is "utterly amoral."')
    assert c.source == "Cruz" and c.cue == "called"
    assert not _said_of_subject(load()("The mayor called the report a lie.")[2])


@pytest.mark.parametrize("text", ["Macaulay Culkin Found Dead at Age 34", "Woman found guilty of fraud in Ohio"])
def test_a_headline_that_drops_the_passive_was_names_no_speaker(text):
    # "X Found Dead": X was found, and says nothing
    assert not attributed(text)


@pytest.mark.parametrize(
    "text, source", [("Police found the man dead in his home.", "police"), ("Doctors declared him dead.", "doctors")]
)
def test_a_judgement_of_an_object_is_its_judges_claim(text, source):
    (c,) = attributed(text)
    assert c.source == source


def test_a_cue_joined_to_the_clause_an_inverted_cue_reports_shares_its_speaker():
    text = "Only two of the dead had been shot by police, Castillo said, but added it was impossible to tell who fired."
    said, added = attributed(text)
    assert (said.source, added.source) == ("Castillo", "Castillo")
    assert spans_text(text, said.spans.content) == ["Only two of the dead had been shot by police"]
    assert added.cue == "added" and spans_text(text, added.spans.content) == ["it was impossible to tell who fired"]


def test_a_speaker_set_off_by_a_long_description_the_parser_lost_still_speaks():
    # the parser reads "like others spoke" as the subject's own clause and leaves "said" no subject
    text = (
        "One engineer, who like others spoke on the condition of anonymity to discuss the inspection, "
        "said the cracks had been reported in March."
    )
    (c,) = attributed(text)
    assert c.cue == "said" and c.content == "the cracks had been reported in March"
    assert spans_text(text, c.spans.source)[0].startswith("One engineer, who like others spoke")


def test_a_named_speaker_after_the_cue_with_a_description_whatever_the_parse():
    # "yet endorsed" makes the parser read the name as the subject of a clause said
    text = (
        '"The city needs one big idea," said Daniel Ortiz, who served as budget director during the first '
        "term yet endorsed the plan in the primary."
    )
    (c,) = attributed(text)
    assert (c.source, c.cue, c.content) == ("Daniel Ortiz", "said", "The city needs one big idea,")


def test_a_speaker_the_parser_joined_to_the_last_noun_of_the_clause_before():
    text = "This includes a special force to assist Kurdish Peshmerga, Defense Secretary Ann Cole told a Senate panel Wednesday."
    (c,) = attributed(text)
    assert (c.source, c.cue) == ("Ann Cole", "told")
    assert c.content == "This includes a special force to assist Kurdish Peshmerga"


@pytest.mark.parametrize("name", ["Jolly", "Early"])
def test_a_name_that_is_also_an_adverb_opening_the_sentence_speaks(name):
    text = f"{name} said the council would vote again in June."
    (c,) = attributed(text)
    assert c.source.lower() == name.lower() and c.cue == "said"
    assert c.content == "the council would vote again in June"


@pytest.mark.parametrize(
    "text",
    [
        "In a late appearance on CNN, Carson distanced himself from interviews he gave to two newspapers.",
        "Though they speak barely a word of English, the family members have settled in, and their smiles said a lot.",
    ],
)
def test_a_setting_or_a_thing_before_a_closing_verb_is_no_speaker_of_the_clause(text):
    # what follows the verb is more than whom it was told and when: the clause before it is not said
    assert attributed(text) == []


@pytest.mark.parametrize(
    "text, content",
    [
        ("The dam could fail, experts warned residents on Friday.", "The dam could fail"),
        ("The talks had collapsed, the envoy informed the council.", "The talks had collapsed"),
    ],
)
def test_whom_a_clause_was_told_to_is_no_part_of_it(text, content):
    (c,) = attributed(text)
    assert c.content == content


def test_what_a_verb_is_done_to_after_a_clause_stays_in_the_content():
    text = "The more politics gets polarized, the more voters fear the candidate at the far pole."
    (c,) = attributed(text)
    assert c.content.endswith("the candidate at the far pole")


def test_a_quoted_question_asked_by_a_named_speaker_who_then_acts():
    # the parser reads "asked Mr. Hale" as asking Mr. Hale, and the participle hides the speaker
    text = '"Is the mayor running against his own council?" asked Mr. Hale, referring to the budget fight.'
    (asked, *_) = attributed(text)
    assert (asked.source, asked.cue) == ("Hale", "asked")
    assert asked.content == "Is the mayor running against his own council?"


def test_a_number_of_things_given_is_no_figure():
    (c,) = claims_of("She gave a number of reasons for the delay.")
    assert c.source_kind == "narrator"


@pytest.mark.parametrize(
    "text, stance",
    [
        ('"It\'s not true that the mine has affected the water," Ness said.', "denies"),
        ("Ness said it was false that the mine had polluted the river.", "denies"),
        ('"It is true that the mine polluted the river," Ness said.', "asserts"),
    ],
)
def test_it_is_not_true_that_denies_the_clause(text, stance):
    (c,) = attributed(text)
    assert c.stance == stance


def test_denial_demand_and_question_stances():
    assert attributed("The ministry denied that soldiers had fired on the crowd.")[0].stance == "denies"
    assert attributed("The ministry rejected the report as fabricated.")[0].stance == "denies"
    assert attributed("Activists urged the government to release the prisoners.")[0].stance == "demands"
    assert attributed("The union called for an independent inquiry into the deaths.")[0].stance == "demands"
    assert attributed("Several experts questioned whether the figures were accurate.")[0].stance == "questions"


@pytest.mark.parametrize(
    "text, stance",
    [
        ("The ministry slammed the findings of an international study.", "denies"),
        ("The opposition blasted the election results as rigged.", "denies"),
        ("The minister criticised the estimate of 40 deaths.", "denies"),
        ("The mayor condemned the attack on the station.", "asserts"),
        ("Critics slammed the corruption in the ministry.", "asserts"),
    ],
)
def test_attacking_what_someone_said_disputes_it(text, stance):
    assert attributed(text)[0].stance == stance


@pytest.mark.parametrize(
    "text, stance",
    [
        ("The councilman asked the police chief if the office could confirm the reports.", "questions"),
        ("The senator asked whether the plant would close.", "questions"),
        ("The union asked the company to reopen the plant.", "demands"),
        ("The mayor asked the union to decide if the strike would end.", "demands"),
        ("The union demanded what it was owed.", "demands"),
    ],
)
def test_asking_whether_is_a_question_and_asking_to_act_a_demand(text, stance):
    (c,) = attributed(text)
    assert (c.cue, c.stance) == (text.split()[2], stance)


def test_asking_a_quoted_question_questions():
    (c,) = attributed("“Did the company know about the leak?” the lawyer asked.")
    assert (c.source, c.cue, c.stance) == ("lawyer", "asked", "questions")


def test_whom_a_quoted_question_was_asked_is_no_part_of_it():
    (c,) = attributed("“Will you resign?” a reporter asked the minister.")
    assert (c.source, c.content) == ("reporter", "Will you resign?")


@pytest.mark.parametrize(
    "text, stance",
    [
        ("Residents want the council to reopen the inquiry into the flooding.", "demands"),
        ("The tenants' group wants the landlord to repair the heating before winter.", "demands"),
        # wanting to act oneself is an intention; not wanting someone to act is no call on them
        ("The mayor wants to run for a third term next year.", "asserts"),
        ("The union does not want the board to sell the plant.", "asserts"),
    ],
)
def test_wanting_someone_else_to_act_demands(text, stance):
    (c,) = attributed(text)
    assert c.stance == stance


def test_recommending_an_action_demands_it():
    (c, _) = attributed("Recommending a recall of the heaters, the inspector wrote that two had caught fire.")
    assert (c.source, c.cue, c.stance) == ("inspector", "Recommending", "demands")
    (c,) = attributed("The auditors recommended that the city close the depot.")
    assert c.stance == "demands"


def test_a_call_on_someone_to_act_demands_however_late_it_comes():
    """ "should" on the main verb with someone to act makes a call for action, also after a long
    opening; "should have known" far into a sentence reproaches and demands nothing."""
    text = (
        '"To show its respect for the rule of law, and to put an end to these horrible practices, the '
        'government should immediately investigate and prosecute those responsible," Sawyer said.'
    )
    assert attributed(text)[0].stance == "demands"
    text = (
        '"Given everything that was reported about the payments over the last three years in this city, '
        'the minister should have known," Smith said.'
    )
    assert attributed(text)[0].stance == "asserts"
    # near the start too: a reproach or an inference of the past is no call
    for text in (
        '"If the dam had held, the valley should have stayed dry," the engineer said.',
        "The inspector said the pump must not have been switched on that night.",
    ):
        assert attributed(text)[0].stance == "asserts", text
    assert attributed("The inspector said the council should close the pump house.")[0].stance == "demands"


def test_a_familys_lawyer_quoting_the_family_rejecting_what_police_claimed_denies_it():
    """'"Our family utterly rejects everything that the police have tried to claim," said its
    lawyer': the family's own voice, rejecting what was said; rejecting an offer is no denial."""
    text = (
        '"Our family utterly rejects everything that the police have tried to claim about the shooting," said Tom Reed.'
    )
    assert attributed(text)[0].stance == "denies"
    assert attributed('"Our family rejects the offer," said Tom Reed.')[0].stance == "asserts"


def test_a_claim_said_to_be_without_merit_is_denied():
    assert attributed('"This lawsuit is entirely without merit," a spokesman said.')[0].stance == "denies"
    assert attributed("The company said the claims were without foundation.")[0].stance == "denies"
    assert attributed("Acme says lawsuit 'without merit'")[0].stance == "denies"
    # "without" something that grounds no claim denies nothing
    assert attributed("The judge said the ruling was without precedent.")[0].stance == "asserts"


def test_calling_for_someone_to_act_demands():
    """ "calling for the Attorney General to investigate": the parser reads "for" as the clause's
    marker, yet the cue is "call for", a demand."""
    text = "The minister has dismissed the allegations against him, calling for the Attorney General to investigate the matter further."
    assert [(c.cue, c.stance) for c in attributed(text)] == [("has dismissed", "denies"), ("calling for", "demands")]


def test_a_phrasal_cue_the_parser_hung_on_its_speaker_still_has_that_speaker():
    """ "The mission called for parties ... to seek legal redress", read as a mission (that was)
    called for: the sentence's only verb is the cue, so the mission demands it; a passive with its
    agent is no one's demand ("Reforms called for by the unions were rejected")."""
    (c,) = claims_of("The mission called for parties that have concerns to seek legal redress.")
    assert (c.source, c.cue, c.stance) == ("mission", "called for", "demands")
    (c,) = claims_of("Reforms called for by the unions were rejected.")
    assert c.source_kind == "narrator"


def test_negation_in_content_is_not_a_denial():
    (c,) = attributed("The police said there was no evidence of a break-in.")
    assert c.stance == "asserts"
    assert "evidence" in c.negated


def test_pronoun_resolves_to_the_earlier_speaker():
    text = "Governor Paul Reyes said the budget was balanced. He added that taxes would not rise."
    cs = attributed(text)
    assert [c.source for c in cs] == ["Paul Reyes", "Paul Reyes"]
    assert cs[1].speaker == "He"


def test_descriptions_and_country_names_resolve_to_one_source():
    text = (
        "The U.S. State Department said the sanctions would stay. "
        "The department added that talks could resume. "
        "Beijing says the sanctions are illegal. "
        "Chinese authorities denied that any talks had taken place."
    )
    cs = attributed(text)
    assert [c.source for c in cs] == ["U.S. State Department"] * 2 + ["China"] * 2
    assert {c.source_kind for c in cs} == {"government"}


def test_group_roles_are_one_source_in_an_article():
    text = (
        "Hundreds of workers marched to the capital to demand higher wages. "
        "The protesters said the factory owners had cut pay twice."
    )
    cs = attributed(text)
    assert {c.source for c in cs} == {"protesters"} and len(cs) == 2
    assert cs[0].stance == "demands"


def test_narrator_claims_cover_unattributed_sentences():
    text = "The river flooded three villages on Monday. Officials said repairs would take weeks."
    cs = claims_of(text, outlet="Daily Planet")
    narrator = [c for c in cs if c.source_kind == "narrator"]
    assert len(narrator) == 1 and narrator[0].source == "Daily Planet" and narrator[0].quote == "none"
    assert narrator[0].content == "The river flooded three villages on Monday"


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("The council seemed ready to drop the tram plan.", "seemed", ["The council", "ready to drop the tram plan"]),
        ("The harbour board appears to have lost the vote.", "appears", ["The harbour board", "to have lost the vote"]),
        ("It seems that the bridge will stay shut until May.", "seems", ["that the bridge will stay shut until May"]),
    ],
)
def test_a_verb_of_appearance_is_the_narrators_hedged_cue(text, cue, content):
    (c,) = claims_of(text, outlet="Daily Planet")
    assert c.source_kind == "narrator" and c.source == "Daily Planet" and c.speaker == ""
    assert c.cue == cue and c.stance == "asserts" and c.hedged
    assert spans_text(text, c.spans.content) == content


@pytest.mark.parametrize(
    "text",
    [
        "The mayor appeared on television on Monday.",  # no complement: an appearance, no impression
        "Ruiz appeared to suggest that the depot would close.",  # what seems so is an act of saying
    ],
)
def test_a_verb_of_appearance_that_is_no_impression(text):
    assert not [c for c in claims_of(text) if c.source_kind == "narrator" and c.cue]


@pytest.mark.parametrize(
    "text, source, cue, content",
    [
        ("Residents told stories of how the river rose overnight.", "residents", "told", "stories of how the river"),
        (
            "Maria Lopez ran the depot. She still tells the tale of its closure.",
            "Maria Lopez",
            "still tells",
            "the tale",
        ),
    ],
)
def test_a_cue_with_no_content_found_says_its_object(text, source, cue, content):
    (c,) = attributed(text)
    assert (c.source, c.cue) == (source, cue) and c.content.startswith(content)


def test_spans_point_into_the_text_exactly():
    text = "Crowds gathered.\r\n\r\n“It’s over,” she said — and left.  Officials said nothing more."
    for c in claims_of(text):
        for role in ("source", "cue", "content"):
            for s, e in getattr(c.spans, role):
                assert 0 <= s < e <= len(text)
        assert " ".join(text[s:e] for s, e in c.spans.content) == c.content


def test_ids_are_stable():
    text = "The mayor said the bridge would reopen in May."
    assert [c.id for c in claims_of(text)] == [c.id for c in claims_of(text)]


# -- the seed article ----------------------------------------------------------------------


def by_source(claims):
    out = {}
    for c in claims:
        out.setdefault(c.source, []).append(c)
    return out


def test_seed_protesters_are_one_source(seed_claims):
    protesters = by_source(seed_claims)["protesters"]
    speakers = {c.speaker.lower() for c in protesters}
    assert {"eight kazakhs, mainly women", "the demonstrators", "the picketers", "demonstrators"} <= speakers
    assert all(c.source_kind == "group" for c in protesters)
    demands = [c for c in protesters if c.stance == "demands"]
    assert any("release of their relatives" in c.content for c in demands)
    assert any("prisons and reeducation camps" in c.content and c.stance == "asserts" for c in protesters)
    chant = [c for c in protesters if c.cue == "chanted"]
    assert chant and chant[0].quote == "direct" and chant[0].content.startswith("Children deprived of fathers!")


def test_seed_named_sources_and_stances(seed_claims):
    s = by_source(seed_claims)
    (sq,) = s["Sarqytkhan Qyzyrkhanqyzy"]
    assert sq.source_kind == "person" and sq.cue == "told" and "her son" in sq.content
    (official,) = s["Almaty city official"]
    assert "demonstration was illegal" in official.content
    (state,) = s["U.S. State Department"]
    assert state.cue == "has said" and "2 million" in state.content and state.stance == "asserts"
    (china,) = s["China"]
    assert china.stance == "denies" and china.content == "that the facilities are internment camps"
    (fled,) = s["people who have fled the province"]
    assert fled.stance == "asserts" and "political indoctrination" in fled.content and fled.quote == "mixed"


# -- cues, sources and quotes as news writes them -------------------------------------------


def only(text):
    cs = attributed(text)
    assert len(cs) == 1, [(c.speaker, c.cue, c.content) for c in cs]
    return cs[0]


def test_cue_keeps_auxiliaries_and_particles():
    assert only("The senator has said that the bill will pass.").cue == "has said"
    c = only("The union called for an independent inquiry into the deaths.")
    assert c.cue == "called for" and c.content == "an independent inquiry into the deaths"
    assert only("The mayor pointed to rising crime as the reason.").cue == "pointed to"
    assert only("The ministry did not deny that the talks had failed.").cue == "did not deny"


def test_source_is_the_whole_noun_phrase_with_its_apposition():
    c = only("Maria Lopez, a spokeswoman for the health ministry, said the clinic would reopen.")
    assert c.speaker == "Maria Lopez, a spokeswoman for the health ministry" and c.source == "Maria Lopez"
    assert c.content == "the clinic would reopen"


def test_speaker_after_the_verb_and_after_the_quote():
    c = only('"The clinic will reopen in May," said Lopez.')
    assert c.source == "Lopez" and c.cue == "said" and c.quote == "direct"
    assert c.content == "The clinic will reopen in May,"


def test_participles_are_cues_of_the_main_subject():
    cs = attributed("The mayor praised the police on Monday, adding that crime had fallen.")
    adding = [c for c in cs if c.cue == "adding"]
    assert adding and adding[0].speaker == "The mayor" and adding[0].content == "that crime had fallen"


def test_beliefs_and_intentions_are_attributions():
    c = only("Most voters believe the economy is getting worse.")
    assert (c.cue, c.content, c.source) == ("believe", "the economy is getting worse", "voters")
    assert only("The company wants to build a new factory in Ohio.").content == "to build a new factory in Ohio"
    assert only("The city plans to close two schools next year.").cue == "plans"


def test_anonymous_sources():
    for text in (
        "A person familiar with the talks said the deal was close.",
        "Sources said the minister would resign.",
        "The agency's director — speaking on condition of anonymity — said the program would end.",
        "An official, who spoke on condition of anonymity because he was not authorized to discuss "
        "the talks, said a deal was close.",
    ):
        c = only(text)
        assert c.source == "anonymous sources" and c.source_kind == "anonymous"


def test_noun_cue_content_keeps_the_claim():
    c = only("The ministry rejected a claim that soldiers had fired on the crowd.")
    assert c.stance == "denies" and "soldiers had fired on the crowd" in c.content


def test_descriptions_of_organizations_have_their_kind():
    assert only("The union called for an independent inquiry.").source_kind == "organization"
    assert only("The ministry denied that soldiers had fired.").source_kind == "government"


def test_unbalanced_and_mixed_quote_marks_never_fail():
    for text in ("“Unbalanced quote, said the mayor.", 'He said "yes” and “no" again.', '"', "“”", 'Said: "'):
        for c in claims_of(text):
            for s, e in c.spans.content:
                assert 0 <= s < e <= len(text)


def test_sentence_after_an_indirect_claim_is_not_its_content():
    text = (
        "The mayor, Ann Berg, said on Monday that the bridge would reopen in May. "
        '"It is a disgrace," said Tom Reyes, a local shop owner.'
    )
    first, second = attributed(text)
    assert first.content == "that the bridge would reopen in May" and first.source == "Ann Berg"
    assert second.source == "Tom Reyes" and second.content == "It is a disgrace," and second.quote == "direct"


# -- sources alias and merge ------------------------------------------------------------------


def test_sources_alias_and_merge(invoke, tmp_path):
    first = tmp_path / "a.txt"
    first.write_text("The U.S. State Department said the sanctions would stay.\n")
    second = tmp_path / "b.txt"
    second.write_text("Foggy Bottom said the talks had failed. Beijing said the talks had not failed.\n")
    assert invoke("ingest", str(first)).exit_code == 0
    result = invoke("sources", "alias", "Foggy Bottom", "U.S. State Department")
    assert result.exit_code == 0 and "alias of U.S. State Department" in result.stdout
    assert invoke("ingest", str(second)).exit_code == 0
    import json

    sources = {s["name"]: s for s in json.loads(invoke("sources", "--json").stdout)}
    assert sources["U.S. State Department"]["claims"] == 2 and "Foggy Bottom" not in sources
    result = invoke("sources", "merge", "China", "U.S. State Department")
    assert result.exit_code == 0
    sources = {s["name"]: s for s in json.loads(invoke("sources", "--json").stdout)}
    assert "China" not in sources and sources["U.S. State Department"]["claims"] == 3
    bad = invoke("sources", "merge", "Nobody", "China")
    assert bad.exit_code == 1 and bad.stderr.startswith("Error:")


def test_a_source_of_many_articles_has_the_kind_most_of_its_claims_were_found_with(tmp_path):
    """The small model can take a bare surname for an organisation in one article and a person in
    the next: the first article stored does not fix the kind for good."""
    from factcheck import checking
    from factcheck import db as store
    from factcheck.extract import extract
    from factcheck.models import Article

    database = store.Store(str(tmp_path / "kinds.db"))

    def save(article_id: str, text: str, kind: str) -> None:
        article = Article(id=article_id, text=text)
        claims = [c for c in extract(article) if c.source == "Okafor"]
        assert claims
        for c in claims:
            c.source_kind = kind  # as the model found it in this article
        checking.save_article(database, article, claims)

    def kind() -> str:
        return database.execute("select kind from sources where id = 'okafor'").fetchone()[0]

    save("a1", "Okafor said the bridge would reopen in May.", "organization")
    assert kind() == "organization"
    save("a2", "Okafor said the tolls would rise in June.", "person")
    assert kind() == "organization"  # one each: it keeps the kind it has
    save("a3", "Okafor said the ferry would stop in July.", "person")
    assert kind() == "person"
    # parsed again, the first article's claim counts as found this time
    again = (
        "Okafor said the bridge would reopen in May. Okafor said the road would close. Okafor said the rail would not."
    )
    save("a1", again, "organization")
    assert kind() == "organization"
    assert {c.source_kind for c in database.claims(source="Okafor")} == {"organization"}


def test_colon_or_dash_introducing_a_quote_is_the_cue():
    c = only('Senator Warren on the bill: "This is a giveaway to the banks."')
    assert (c.cue, c.source, c.quote) == (":", "Warren", "direct")
    assert c.content == "This is a giveaway to the banks."
    c = only('Clinton — "I never sent classified material."')
    assert (c.cue, c.source, c.content) == ("—", "Clinton", "I never sent classified material.")
    # a colon after a clause with its own verb is not a cue of its own
    (c,) = attributed('The governor said: "We are out of money."')
    assert c.cue.startswith("said") and c.source == "governor" and c.content == "We are out of money."


def test_a_name_before_a_colon_and_a_quotation_speaks_after_a_dash_or_a_clause():
    c = only("Turnout fell sharply in the suburbs - Maria Lopez: “We saw the lines shrink by noon.”")
    assert (c.source, c.cue, c.content) == ("Maria Lopez", ":", "We saw the lines shrink by noon.")
    c = only("The result did not surprise pollster Ana Ruiz: “Incumbents lose when prices rise this fast.”")
    assert (c.source, c.cue, c.content) == ("Ana Ruiz", ":", "Incumbents lose when prices rise this fast.")
    # a clause that closes on a place or a time hands the quotation to no one
    assert attributed("The council met in Springfield on Monday: “Agenda item four.”") == []


@pytest.mark.parametrize(
    "text, cue, said",
    [
        ("Mayor Ana Ruiz said,“Look, the bridge is safe.”", "said", "Look, the bridge is safe."),
        ("The mayor wrote:“We will rebuild the bridge.”", "wrote:", "We will rebuild the bridge."),
    ],
)
def test_a_quotation_mark_with_no_space_after_the_comma_opens_the_quotation(text, cue, said):
    """Scraped text may lose the space between the cue's comma or colon and the opening mark."""
    (c,) = attributed(text)
    assert (c.cue, c.quote, c.content) == (cue, "direct", said)


def test_a_closing_quotation_mark_run_into_the_speaker_s_name_closes_the_quotation():
    """Scraped text may lose the space after the closing mark too ('... unaddressed,”Littlewood
    said'): the name after it speaks, not a word "unaddressed,”Littlewood"."""
    text = (
        "Union president Ana Kestrel spoke on Monday. "
        "“Pupils will fall behind, and nobody will notice,”Kestrel said in a statement."
    )
    (c,) = [c for c in attributed(text) if c.cue == "said"]
    assert (c.source, c.quote) == ("Ana Kestrel", "direct")
    assert c.content == "Pupils will fall behind, and nobody will notice,"


@pytest.mark.parametrize(
    "text",
    [
        "This story has been updated to note that the council voted on Monday.",
        "This article was amended to say that the vote took place in May.",
    ],
)
def test_the_article_speaking_of_itself_is_its_own_voice(text):
    """ "This story has been updated to note ...": the outlet's own voice, no source of its own."""
    assert not attributed(text)
    assert {c.source_kind for c in claims_of(text)} <= {"narrator"}


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Mayor Ana Ruiz was seen telling the crowd to go home.", "telling"),
        ("Mayor Ana Ruiz was overheard saying the bridge was unsafe.", "saying"),
    ],
)
def test_one_seen_or_heard_saying_something_is_its_speaker(text, cue):
    (c,) = attributed(text)
    assert (c.source, c.cue) == ("Ana Ruiz", cue)
    assert "Ruiz" not in c.content


def test_whom_a_speaker_told_before_a_comma_is_no_part_of_what_was_said():
    text = "Instead, Ana Ruiz told the Gazette, her plan would merely be “to wait and see” if she wins."
    (c,) = attributed(text)
    assert (c.source, c.cue) == ("Ana Ruiz", "told")
    assert c.content.startswith("her plan would merely be")


def test_a_headline_name_on_a_topic_with_a_verb_speaks_the_quotation_after_the_colon():
    text = "Ruiz on Mayor Releasing Her Budget Transcripts: ‘I Think She Will.’\n\nThe senator spoke on Monday."
    (c,) = attributed(text)
    assert (c.source, c.cue, c.content) == ("Ruiz", ":", "I Think She Will.")


def test_the_quotation_after_a_colon_is_all_its_speaker_said():
    """The tagger may take words of the clause before the colon into what was said; the name
    before the colon speaks the quotation, and only it."""
    text = (
        "The timing of the surge does not surprise pollster Dana Shaw: “Lesser-known candidates who "
        "beat favourites in early contests have seen the biggest boost.” Shaw runs the Harbour Poll."
    )
    (c,) = [c for c in attributed(text) if c.cue == ":"]
    assert c.source == "Dana Shaw"
    assert c.content == "Lesser-known candidates who beat favourites in early contests have seen the biggest boost."


def test_cue_keeps_an_adverb_of_manner_before_the_verb():
    c = only("The mayor steadfastly refuses to resign over the audit.")
    assert c.cue == "steadfastly refuses" and c.content == "to resign over the audit"


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Reed, who runs the clinic, then listed the drugs it lacked.", "then listed"),
        ("The governor too said the bridge was safe.", "too said"),
        # an adverb that links the sentence to the one before is no part of the cue
        ("The governor however said the bridge was safe.", "said"),
    ],
)
def test_cue_keeps_an_adverb_the_tagger_left_before_the_verb(text, cue):
    assert only(text).cue == cue


def test_a_cue_the_tagger_ended_before_about_takes_it():
    from factcheck.attribute import _preposition_edge
    from factcheck.nlp import load

    doc = load()("Ana Ruiz fretted openly about the cost of the bridge.")
    assert [t.text for t in _preposition_edge([doc[2], doc[3]])] == ["fretted", "openly", "about"]
    # the table of cue words settles the words it knows: "said | about" is left out
    doc = load()("The things the senator has said about farmers are false.")
    assert [t.text for t in _preposition_edge([doc[4], doc[5]])] == ["has", "said"]


def test_a_very_long_sentence_is_tagged_within_a_bounded_window():
    from factcheck import attribution_model as am
    from factcheck.nlp import load

    clause = "officials said the plan, which critics told reporters would fail, was sound and "
    text = "The governor " + clause * 60 + "the mayor agreed."
    doc = load()(text)
    assert len(list(doc.sents)) <= 3  # one long sentence, as in a page without full stops
    P = am.Parse(doc)
    qidx, qs = am.quote_index(doc, text, 0, P)
    base = am.token_features(doc, qidx, P)
    mid = len(doc) // 2
    idx, _ = am.span_features(doc, base, [doc[mid]], qidx, qs, 0, P)
    assert idx and max(abs(i - mid) for i in idx) <= am.MAX_TOKEN_DISTANCE
    cs = attributed(text)
    assert sum(c.cue == "said" for c in cs) >= 30
    assert all(c.source and c.content for c in cs)


def test_unresolved_pronoun_and_bare_title_are_not_names():
    from factcheck.attribute import Mention
    from factcheck.resolve import Resolver

    (c,) = attributed("He said the plan would fail.")
    assert c.source == "unidentified speaker" and c.speaker == "He"
    resolver = Resolver()
    named = resolver.resolve(
        Mention(
            spans=[(0, 14)],
            text="Maria Lopez",
            head="Lopez",
            head_lemma="lopez",
            pronoun=False,
            plural=False,
            entities=[("Maria Lopez", "PERSON")],
        )
    )
    cut = resolver.resolve(
        Mention(spans=[(40, 43)], text="Mr.", head="Mr.", head_lemma="mr.", pronoun=False, plural=False, entities=[])
    )
    assert cut == named
    assert (
        Resolver()
        .resolve(
            Mention(spans=[(0, 2)], text="'s", head="'s", head_lemma="'s", pronoun=False, plural=False, entities=[])
        )
        .name
        == "unidentified speaker"
    )


def test_a_source_cut_short_is_completed_to_its_noun_phrase():
    from factcheck.attribute import _tidy_source
    from factcheck.nlp import load

    doc = load()("Party chairman Reince Priebus said the convention would be orderly.")
    said = next(t.i for t in doc if t.lower_ == "said")
    words = lambda toks: " ".join(t.text for t in toks)  # noqa: E731
    # a run stopped at a word that leads on to its head grows to the head
    assert words(_tidy_source([doc[0], doc[1]], {said})) == "Party chairman Reince Priebus"
    # a whole phrase is left alone, and the cue is never taken in
    assert words(_tidy_source(list(doc[0:4]), {said})) == "Party chairman Reince Priebus"
    doc = load()("It was a plan which he argued would fail.")
    which = next(t for t in doc if t.lower_ == "which")
    argued = next(t.i for t in doc if t.lower_ == "argued")
    assert words(_tidy_source([which, doc[which.i + 1]], {argued})) == "he"


def test_content_cut_short_runs_to_the_end_of_its_clause():
    from factcheck.attribute import _tagged_attribution
    from factcheck.nlp import load

    text = (
        "Many protests took place, with demonstrators demanding the authorities intervene "
        "in the situation faced by ethnic minorities in the region. Police watched."
    )
    doc = load()(text)
    i = {t.text: t.i for t in reversed(doc)}  # first occurrences
    # the tagger's content stops inside the clause, at "by"
    att = _tagged_attribution(
        [doc[i["demanding"]]], [i["demonstrators"]], list(range(i["demanding"] + 1, i["by"] + 1)), 0, []
    )
    (content,) = att.content
    assert text[content[0] : content[1]] == (
        "the authorities intervene in the situation faced by ethnic minorities in the region"
    )


def test_canonical_name_leaves_out_the_apposition_and_the_aside():
    c = only('"We are not going anywhere," said Ana Ruiz, a nurse at the hospital.')
    assert c.source == "Ana Ruiz" and c.source_kind == "person"
    assert c.speaker == "Ana Ruiz, a nurse at the hospital"
    c = only("The minister — who has been in office since 2019 — insisted the project was on schedule.")
    assert c.source == "minister"
    c = only("Vestrali, the news agency, reported that the border was closed.")
    assert c.source == "Vestrali" and c.source_kind == "media"


def test_a_negated_denial_is_no_denial():
    c = only("The minister did not deny that the report had been altered.")
    assert c.cue == "did not deny" and c.stance == "asserts" and c.hedged
    c = only("The central bank has not ruled out a rise in interest rates.")
    assert c.stance != "denies" and c.hedged


def test_a_question_put_to_the_subject_is_not_their_claim():
    cs = attributed('Asked whether he would resign, the chairman said: "Absolutely not."')
    assert [c.cue for c in cs if c.source == "chairman"] == ["said:"]
    cs = attributed('"I don\'t know," Smith said when asked about the missing funds.')
    assert [c.cue for c in cs] == ["said"]


def test_a_relative_pronoun_speaks_for_its_noun_phrase():
    cs = attributed("The group, which has long called for independence, said it would boycott the vote.")
    assert {c.cue for c in cs} == {"has long called for", "said"}
    assert {c.source for c in cs} == {"group"} and len({c.source_id for c in cs}) == 1


def test_a_capitalised_description_opening_a_sentence_is_no_name():
    c = only("Farmers in the region say the drought is the worst in living memory.")
    assert c.source_kind == "group" and c.source == "farmers in the region"
    assert only("Police said two people were arrested.").source_kind == "government"


def test_a_date_after_the_speaker_is_not_part_of_the_name():
    c = only("Trump on Tuesday claimed that the election had been rigged.")
    assert c.source == "Trump" and c.speaker == "Trump on Tuesday"


def test_a_content_does_not_reach_over_another_cue():
    text = (
        "The health ministry said 1,200 people had been infected, while the World Health "
        "Organization put the figure at 3,000."
    )
    who = next(c for c in attributed(text) if c.source == "World Health Organization")
    assert who.content == "the figure at 3,000"


# -- whom a speaker speaks for ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, source, org",
    [
        ("Tom Reed, an Acme spokesman, said the plant would open in June.", "Tom Reed", "Acme"),
        ("Acme spokesman Tom Reed said the plant would open in June.", "Tom Reed", "Acme"),
        ("Col. Ali Hamuli, the army's spokesman, said the town was calm.", "Ali Hamuli", "army"),
        ("Ana Ruiz, a spokeswoman for the State Department, said the talks had ended.", "Ana Ruiz", "State Department"),
        (
            "Peter Hall, president and chief executive of Northfield Bank, said rates would rise.",
            "Peter Hall",
            "Northfield Bank",
        ),
    ],
)
def test_a_spokesperson_keeps_the_organisation_as_affiliation(text, source, org):
    from factcheck.extract import extract
    from factcheck.models import Article
    from factcheck.reader import article_id

    (c,) = [c for c in extract(Article(id=article_id(text), text=text)) if c.source_kind != "narrator"]
    assert (c.source, c.source_kind, c.affiliation) == (source, "person", org)


def test_a_possessive_owner_is_not_the_speaker():
    from factcheck.extract import extract
    from factcheck.models import Article

    text = "Kaduna's commissioner for health, Musa Bello, said 12 people were treated."
    (c,) = [c for c in extract(Article(id="k", text=text)) if c.source_kind != "narrator"]
    assert c.source == "Musa Bello" and c.affiliation == "Kaduna"


def test_a_pronoun_keeps_its_speakers_affiliation():
    from factcheck.extract import extract
    from factcheck.models import Article

    text = "Tom Reed, an Acme spokesman, said the plant would open in June. He said the company had hired 200 workers."
    claims = [c for c in extract(Article(id="a", text=text)) if c.source_kind != "narrator"]
    assert [(c.source, c.affiliation) for c in claims] == [("Tom Reed", "Acme")] * 2


def test_a_relayed_claim_keeps_its_speaker_and_the_relayer_as_via():
    text = "Witnesses said soldiers fired on the crowd near the station, the news agency reported."
    claims = [c for c in claims_of(text) if c.source_kind != "narrator"]
    inner = [c for c in claims if c.source == "witnesses"]
    assert inner and inner[0].via == "news agency" and "soldiers fired on the crowd" in inner[0].content
    assert all(c.via is None for c in claims if c.source != "witnesses")


@pytest.mark.parametrize(
    "text, speaker, relayer, said",
    [
        ("The army said 40 rebels were killed in the raid, Reuters reported.", "army", "Reuters", "40 rebels"),
        (
            "The ministry denied that troops had fired on protesters, state television reported.",
            "ministry",
            "state television",
            "troops had fired",
        ),
        (
            "Bamberg concurred that officers did issue several commands, NBC News reports.",
            "Bamberg",
            "NBC News",
            "commands",
        ),
    ],
)
def test_a_speaker_opening_what_a_reporter_relays_keeps_the_claim(text, speaker, relayer, said):
    claims = [c for c in claims_of(text) if c.source_kind != "narrator"]
    inner = [c for c in claims if c.source.lower() == speaker.lower()]
    assert inner and said in inner[0].content and relayer in (inner[0].via or "")


def test_a_planned_act_inside_a_report_is_no_relayed_claim():
    text = "The campaign plans to release more records soon, a spokesman announced on Monday."
    assert [c.source for c in claims_of(text) if c.source_kind != "narrator"] == ["spokesman"]


def test_a_denial_answers_the_claim_it_names_and_relays_nothing():
    claims = claims_of("The mayor rejected Smith's claim that the bridge was unsafe.")
    smith = [c for c in claims if c.source == "Smith"]
    assert smith and "bridge was unsafe" in smith[0].content and smith[0].via is None
    assert [c.stance for c in claims if c.source == "mayor"] == ["denies"]


def test_a_name_after_of_owns_the_claim_that_states_its_content():
    claims = claims_of("He denied the charge of Ramesh that the minister had demanded a bribe.")
    assert [c.content for c in claims if c.source == "Ramesh"] == ["that the minister had demanded a bribe"]
    claims = claims_of("The allegations of fraud that surfaced in March were denied by the company.")
    assert not [c for c in claims if "fraud" in c.source]


@pytest.mark.parametrize(
    "text",
    [
        'The IAAF dismissed on Tuesday as "sensationalist and confusing" allegations of mass doping.',
        "Meridia dismissed on Friday as baseless the claims made by its former staff.",
    ],
)
def test_a_dismissal_with_its_object_after_the_label_is_a_denial(text):
    (claim,) = [c for c in claims_of(text) if c.source_kind != "narrator"]
    assert claim.stance == "denies" and claim.source in text and claim.cue == "dismissed"


@pytest.mark.parametrize(
    "text, source, said",
    [
        (
            "The provincial governor raised the death toll to 40 on Tuesday.",
            "provincial governor",
            "the death toll to 40",
        ),
        ("Officials later revised the number of dead to 52.", "officials", "the number of dead to 52"),
        (
            "Local officials raised the toll of the stampede to at least 1,470 people.",
            "local officials",
            "1,470 people",
        ),
    ],
)
def test_who_changes_a_figure_gives_the_new_one(text, source, said):
    (claim,) = [c for c in claims_of(text) if c.source_kind != "narrator"]
    assert claim.source == source and said in claim.content


def test_a_figure_changed_in_a_clause_summing_up_another_is_its_changers():
    claims = claims_of("Acme said 1,000 barrels a day were leaking, an estimate the Coast Guard later raised to 5,000.")
    assert [(c.source, c.content) for c in claims if c.source_kind != "narrator"] == [
        ("Acme", "1,000 barrels a day were leaking"),
        ("Coast Guard", "an estimate to 5,000"),
    ]


@pytest.mark.parametrize(
    "text", ["The company raised prices to 40 dollars.", "A new tally raised the toll of the stampede to 1,470 people."]
)
def test_raising_what_is_no_figure_or_by_a_count_is_no_claim(text):
    assert not [c for c in claims_of(text) if c.source_kind != "narrator"]


@pytest.mark.parametrize(
    "text, source, said",
    [
        (
            "Troops killed a dozen villagers near the border, as reported by The Valley Courier.",
            "Valley Courier",
            "Troops killed a dozen villagers near the border",
        ),
        (
            "The toll was between 500 and 2,000, as calculated by the national health-insurance agency.",
            "national health-insurance agency",
            "The toll was between 500 and 2,000",
        ),
    ],
)
def test_as_reported_by_makes_the_clause_its_reporters(text, source, said):
    assert [(c.source, c.content) for c in claims_of(text) if c.source_kind != "narrator"] == [(source, said)]


def test_as_reported_by_inside_a_denial_is_the_reporters_claim_and_not_the_denials():
    text = (
        "The ministry denied that soldiers had killed a dozen villagers, as reported by local daily The Valley Courier."
    )
    claims = {c.source: c.content for c in claims_of(text) if c.source_kind != "narrator"}
    assert claims == {
        "ministry": "that soldiers had killed a dozen villagers",
        "Valley Courier": "soldiers had killed a dozen villagers",
    }


def test_as_planned_by_is_no_attribution():
    assert not [
        c for c in claims_of("The plant opened in 2010, as planned by the council.") if c.source_kind != "narrator"
    ]


@pytest.mark.parametrize(
    "text, source, said",
    [
        ("Meridia is denying government allegations that it hid the risks of the drug.", "government", "hid the risks"),
        ("The coach dismissed media reports that eight players had failed drug tests.", "media", "eight players"),
    ],
)
def test_a_speaker_word_before_a_claim_noun_owns_its_clause(text, source, said):
    claims = [c for c in claims_of(text) if c.source == source]
    assert claims and said in claims[0].content and claims[0].stance == "asserts"


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors rejected accusations by the defence that they had hidden evidence.",
        "Prosecutors rejected accusations from the defence that they had hidden evidence.",
        "Prosecutors rejected accusations from the defence on Monday that they had hidden evidence.",
    ],
)
def test_a_claim_noun_owner_after_by_or_from_owns_the_clause_the_parser_hung_elsewhere(text):
    (c,) = [c for c in claims_of(text) if c.source == "defence"]
    assert c.cue == "accusations" and c.content == "that they had hidden evidence"


@pytest.mark.parametrize(
    "text",
    [
        "Residents rejected claims from the firm that runs the plant.",
        "The mayor dismissed allegations from a group that the council trusts.",
    ],
)
def test_a_relative_clause_of_the_owner_is_no_claim(text):
    assert [c.source_kind for c in claims_of(text) if c.source_kind != "narrator"] in (["group"], ["person"])


def test_a_topic_before_a_claim_noun_owns_nothing():
    claims = claims_of("The minister rejected corruption allegations that he took bribes.")
    assert [c.source for c in claims if c.source_kind != "narrator"] == ["minister"]


def test_the_media_are_media():
    assert [c.source_kind for c in claims_of("Local media said 40 people died.")] == ["media"]


def test_a_count_kept_that_stands_at_a_value_is_its_keepers_figure():
    text = "The Social Affairs Ministry has been keeping a count that on Wednesday stood at 114,978 dead."
    (claim,) = [c for c in claims_of(text) if c.source_kind != "narrator"]
    assert claim.source == "Social Affairs Ministry" and "114,978 dead" in claim.content


@pytest.mark.parametrize(
    "text, source, said",
    [
        (
            "Acme said it would fight a lawsuit filed this week claiming the plant was unsafe.",
            "lawsuit",
            "plant was unsafe",
        ),
        ("Residents received a letter warning that the well water was unsafe.", "letter", "water was unsafe"),
        ("A report released Monday saying the river was polluted drew criticism.", "report", "river was polluted"),
    ],
)
def test_a_document_speaks_what_a_participle_on_it_says(text, source, said):
    claims = [c for c in claims_of(text) if said in c.content and c.cue.endswith("ing")]
    assert claims and all(source in c.source and c.source_kind == "document" for c in claims)


@pytest.mark.parametrize(
    "text, source",
    [
        ("The ministry issued a statement saying the toll had risen to 40.", "ministry"),
        ("The family filed a lawsuit on Monday claiming the officers used excessive force.", "family"),
    ],
)
def test_who_makes_a_document_speaks_its_words(text, source):
    assert all(c.source == source for c in claims_of(text) if c.source_kind != "narrator")


@pytest.mark.parametrize(
    "text, stance",
    [
        ("Meridia said the government report was wrong.", "denies"),
        ("Meridia said the ministry's figures were unreliable.", "denies"),
        ("The driver said the house was wrong.", "asserts"),
        ("“These allegations are preposterous,” a lawyer for the bakery said.", "denies"),
        ("The mayor said the casualty figures were grossly exaggerated.", "denies"),
        ("The mayor said the queue at the office was ridiculous.", "asserts"),
    ],
)
def test_calling_what_someone_said_wrong_denies_it(text, stance):
    (claim,) = [c for c in claims_of(text) if c.source_kind != "narrator"]
    assert claim.stance == stance


@pytest.mark.parametrize(
    "text, stance",
    [
        ("Northwind Air said that it disagrees with the order issued by the regulator.", "denies"),
        ("“We reject the findings of the report,” the company said.", "denies"),
        ("The minister said the report was a fabrication.", "denies"),
        ("The ministry said: “It is clarified that the figures in the newspaper are false.”", "denies"),
        ("The ministry said the estimate was a gross and misleading exaggeration.", "denies"),
        ("The ministry said: “It is expected that the bridge will reopen in May.”", "asserts"),
        ("The minister said the report could be fiction.", "questions"),
        ("The lawyer suggested the witnesses may not have been close enough to see the knife.", "questions"),
        ("The agency said it could not verify the footage.", "asserts"),  # what it could not do, no doubt
        ("The organiser said some people may not vote this year.", "asserts"),  # a forecast, no doubt of a fact
        ("A geologist, Ana Ruiz, disputed claims the rocks were older than the dam.", "denies"),
        ("A geologist, Ana Ruiz, questioned claims the rocks were older than the dam.", "questions"),
        ("The mayor tweeted: “DO NOT CLOSE THE LIBRARY.”", "demands"),
        ("“Stop the war,” the protesters chanted.", "demands"),
        ("The minister said the army denied the report.", "asserts"),  # the army's denial, reported
        ("“Prices will fall,” the minister said.", "asserts"),
        ("“There is no truth to the audit,” the mayor said.", "denies"),
        ("The ministry said there was no basis for the reports of looting.", "denies"),
        ("The engineer said there is no doubt that the bridge is safe.", "asserts"),  # no doubt affirms
        ('The daily said: "As for the shooting, that is a purely fabricated story."', "denies"),
        ("The minister said the plan is a good one.", "asserts"),
        ("The minister rubbished the charges as baseless.", "denies"),
    ],
)
def test_the_content_can_carry_the_speakers_stance(text, stance):
    (c,) = attributed(text)
    assert c.stance == stance


def test_he_can_stand_for_a_person_who_has_not_spoken_yet():
    text = (
        "Norland's finance minister was grilled by lawmakers on Monday over a report that he took bribes. "
        "He denied any wrongdoing."
    )
    (c,) = attributed(text)
    assert (c.source, c.source_kind, c.affiliation, c.stance) == ("finance minister", "person", "Norland", "denies")


def test_a_bare_surname_is_the_person_named_before():
    text = "A magazine reported that Finance Minister Piet Vosberg accepted gifts. Vosberg vowed to stay in his post."
    claims = attributed(text)
    assert [c.source for c in claims if "stay" in c.content] == ["Piet Vosberg"]


def test_a_sentence_after_a_dateline_parses_as_it_would_alone():
    """The parser reads a paragraph without its dateline (offsets unchanged): with "RIVERTON,
    N.M. -" before it, it took the place into the sentence and lost the denial joined to the
    main verb by "but"."""
    text = (
        "RIVERTON, N.M. - A regional transit authority has conceded the rate of delays on a suburban "
        "rail line is double the rate of the state target, but denies 30 riders have lost their "
        "jobs because of it over the last three and a half years."
    )
    cs = attributed(text)
    assert [(c.cue, c.stance) for c in cs] == [("has conceded", "asserts"), ("denies", "denies")]
    assert cs[1].content.startswith("30 riders have lost their jobs")
    assert text[cs[1].spans.content[0][0] :].startswith("30 riders")


def test_a_quotation_after_it_is_carries_on_the_last_speakers_words():
    """'It is "built on figures nobody has checked."' right after a minister's words about a report is
    the minister's, as a paragraph of quotation would be; with no speaker before, the narrator's."""
    text = (
        '"The report is misleading and unbalanced," said Information Minister Ali Rashid.\n\n'
        'It is "built on figures nobody has checked."'
    )
    cs = attributed(text)
    assert [(c.source, c.content) for c in cs][1:] == [("Ali Rashid", "built on figures nobody has checked.")]
    assert not attributed('The council met on Monday.\n\nIt was "a long night."')


def test_a_figure_set_at_a_value_is_the_setters_claim():
    """ "estimated the march at about 3,000", "put the total at 8,000": what was set and the
    figure it was set at, each its setter's claim."""
    police, union = attributed("Police estimated the march at about 3,000 while the union put the total at 8,000.")
    assert (police.source, police.content) == ("police", "the march at about 3,000")
    assert (union.source, union.cue, union.content) == ("union", "put", "the total at 8,000")


def test_a_dateline_is_never_a_source():
    text = "DAYTON, Ohio — More than 200 workers at the Brightline plant say they have not been paid for six weeks."
    (c,) = attributed(text)
    assert c.speaker.startswith("More than 200 workers") and "DAYTON" not in c.source


def test_a_title_alone_is_its_holder():
    (c,) = [c for c in attributed("Mayor rejects audit findings on housing fund")]
    assert (c.source, c.source_kind, c.stance) == ("mayor", "person", "denies")


@pytest.mark.parametrize(
    "text, source, content",
    [
        (
            "By the Associated Press's count, at least 1,470 pilgrims died in the crush.",
            "Associated Press",
            "at least 1,470 pilgrims died in the crush",
        ),
        ("The toll is far higher than the ministry's tally of 769 killed.", "ministry", "769 killed"),
        (
            "Accusations by the opposition that the commission's computers were hacked undermined trust.",
            "opposition",
            "that the commission's computers were hacked",
        ),
        ("The governor put the number of dead at 35.", "governor", "the number of dead at 35"),
        # who gives a figure owns it
        ("The Red Cross gave a figure of 300 injured.", "Red Cross", "300 injured"),
        ("The ministry has kept a tally of 769 dead.", "ministry", "769 dead"),
    ],
)
def test_figures_and_claims_attributed_by_a_noun(text, source, content):
    claims = [c for c in attributed(text) if c.source == source]
    assert claims and content in claims[0].content, [(c.source, c.content) for c in attributed(text)]


def test_a_figure_set_by_a_noun_counts_what_it_names():
    (c,) = attributed("The governor put the number of dead at 35.")
    assert [tuple(n) for n in c.numbers] == [(35.0, "dead", "=")]


@pytest.mark.parametrize(
    "text, source, kind",
    [
        ("The lawsuit alleges that nurses ignored infections.", "lawsuit", "document"),
        ("City records show the council met on Monday.", "city records", "document"),
        ("The statement said no one was hurt.", "statement", "document"),
        ("The Dayton Herald reported that the plant would close.", "Dayton Herald", "media"),
        ("Tom Post said the plant would close.", "Tom Post", "person"),
    ],
)
def test_documents_and_newspapers_are_their_own_kinds(text, source, kind):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (source, kind)


def test_an_acronym_is_the_organisation_named_before():
    text = "The New People's Army said it suffered no casualty. The NPA said the rebels had pulled out of the area."
    assert {c.source_id for c in attributed(text)} == {"new-people-s-army"}


def test_a_government_body_named_again_by_its_noun():
    text = (
        "The US embassy said Russian forces shot ten people in a bread line. "
        "The embassy did not say what evidence it had for the attack."
    )
    assert len({c.source_id for c in attributed(text)}) == 1


def test_a_semicolon_parts_two_speakers_contents():
    claims = attributed("Police say protest turned violent; organizers say march was peaceful")
    assert [(c.source, c.content) for c in claims] == [
        ("police", "protest turned violent"),
        ("organizers", "march was peaceful"),
    ]


@pytest.mark.parametrize(
    "text, stance",
    [
        ("The man pleaded not guilty to setting the fire.", "denies"),
        ("The man pleaded guilty to setting the fire.", "asserts"),
        ("The mayor pleaded with residents to stay indoors.", "demands"),
        # a later sentence of a quote gives its doubt or denial
        ("“We will look into it,” the mayor told reporters. “But I suspect this story could be fiction.”", "questions"),
        ("“We will look into it. I think the report is a fabrication,” the mayor said.", "denies"),
        ("“We will look into it. I think the report is accurate,” the mayor said.", "asserts"),
    ],
)
def test_a_plea_answers_a_charge_and_a_quote_its_own_doubt(text, stance):
    (c,) = attributed(text)
    assert c.stance == stance


def test_a_one_word_short_form_is_the_organisation_named_in_full():
    text = (
        "Northwind Airways said it would add ten routes next year. Northwind said the new routes would start in March."
    )
    assert {c.source for c in attributed(text)} == {"Northwind Airways"}


def _parsed(words, heads, deps, pos, tags=None, lemmas=None):
    """A paragraph with the parse given (as a misparse the rules must survive)."""
    from spacy.tokens import Doc

    from factcheck.nlp import load

    nlp = load()
    return Doc(
        nlp.vocab,
        words=words,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags or ["" for _ in words],
        lemmas=lemmas or [w.lower() for w in words],
        sent_starts=[True] + [False] * (len(words) - 1),
    )


def test_a_noun_phrase_right_before_a_sourceless_cue_is_its_subject():
    from factcheck.attribute import _subject_before

    # the parser hung "the new mayor" on "Ann Park" as an apposition, so "stated" has no subject
    words = ["With", "Ann", "Park", ",", "the", "new", "mayor", "stated", "that", "taxes", "rise", "."]
    heads = [7, 2, 0, 2, 6, 6, 2, 7, 10, 10, 7, 7]
    deps = ["prep", "compound", "pobj", "punct", "det", "amod", "appos", "ROOT", "mark", "nsubj", "ccomp", "punct"]
    pos = ["ADP", "PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"]
    doc = _parsed(words, heads, deps, pos)
    assert [[doc[i].text for i in run] for run in _subject_before(doc, [doc[7]], 0)] == [["the", "new", "mayor"]]
    # a subject the parser found is left to the tagger ("Sales were expected to ...")
    words = ["Sales", "were", "expected", "to", "rise", "."]
    doc = _parsed(
        words,
        [2, 2, 2, 4, 2, 2],
        ["nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "punct"],
        ["NOUN", "AUX", "VERB", "PART", "VERB", "PUNCT"],
    )
    assert _subject_before(doc, [doc[1], doc[2]], 0) == []


def test_a_reporting_verb_joined_to_another_shares_its_subject():
    # the tagger gives "warned of" no source: the subject of the verb it is joined to speaks
    claims = attributed(
        "The governor criticised the ruling as reckless and warned of the damage it would do to farmers."
    )
    assert [(c.source, c.cue) for c in claims] == [("governor", "criticised"), ("governor", "warned of")]
    assert claims[1].content.startswith("the damage it would do")


def test_a_gerund_after_a_preposition_of_time_or_means_is_the_subjects_act():
    claims = attributed("In describing the plan as reckless, the critics ignore its costs.")
    assert ("critics", "describing", "the plan as reckless") in [(c.source, c.cue, c.content) for c in claims]


def test_a_speaker_the_parser_read_as_the_object_of_after_says_its_clause():
    # "after" opens a clause; the parser took "a league tribunal" for its object and gave "said"
    # the club as subject
    text = "The club will appeal the fine after a league tribunal last week said the signing broke the rules."
    assert [(c.source, c.cue) for c in attributed(text)] == [("club", "will appeal"), ("league tribunal", "said")]
    # a cue joined by "and" after a phrase of time keeps its own subject
    claims = attributed("Ana Ruiz resigned after the vote and said she was proud of the budget.")
    assert [(c.source, c.cue) for c in claims] == [("Ana Ruiz", "said")]


def test_only_a_joined_verbs_active_speaking_subject_is_shared():
    from factcheck.attribute import _shared_subject_of

    def shared(words, heads, deps, pos, lemmas, verb):
        doc = _parsed(words, heads, deps, pos, lemmas=lemmas)
        return [[doc[i].text for i in run] for run in _shared_subject_of(doc[verb], list(doc[verb + 1 : -1]), 0)]

    words = ["The", "mayor", "thanked", "crews", "and", "warned", "that", "rain", "was", "coming", "."]
    heads = [1, 2, 2, 2, 2, 2, 9, 9, 9, 5, 2]
    deps = ["det", "nsubj", "ROOT", "dobj", "cc", "conj", "mark", "nsubj", "aux", "ccomp", "punct"]
    pos = ["DET", "NOUN", "VERB", "NOUN", "CCONJ", "VERB", "SCONJ", "NOUN", "AUX", "VERB", "PUNCT"]
    lemmas = ["the", "mayor", "thank", "crew", "and", "warn", "that", "rain", "be", "come", "."]
    assert shared(words, heads, deps, pos, lemmas, 5) == [["The", "mayor"]]
    # a thing does not speak ("The storm hit crews and warned ..." is a misparse, not a claim)
    assert shared(["The", "storm", *words[2:]], heads, deps, pos, ["the", "storm", *lemmas[2:]], 5) == []
    # a verb outside the reporting words is no cue: "thanked crews and painted the hall"
    assert shared(words, heads, deps, pos, [*lemmas[:5], "paint", *lemmas[6:]], 5) == []
    # a passive's subject is what was done to: "Ten guards were hurt, saying the gate was open"
    words = ["Ten", "guards", "were", "hurt", ",", "saying", "the", "gate", "was", "open", "."]
    heads = [1, 3, 3, 3, 3, 3, 7, 8, 5, 8, 3]
    deps = ["nummod", "nsubjpass", "auxpass", "ROOT", "punct", "advcl", "det", "nsubj", "ccomp", "acomp", "punct"]
    pos = ["NUM", "NOUN", "AUX", "VERB", "PUNCT", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"]
    lemmas = ["ten", "guard", "be", "hurt", ",", "say", "the", "gate", "be", "open", "."]
    assert shared(words, heads, deps, pos, lemmas, 5) == []
    # "thanked the nurse for warning ...": the nurse warned, not the one who thanked
    words = ["Reed", "thanked", "Ruiz", "for", "warning", "that", "rain", "was", "coming", "."]
    heads = [1, 1, 1, 1, 3, 8, 8, 8, 4, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pcomp", "mark", "nsubj", "aux", "ccomp", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "ADP", "VERB", "SCONJ", "NOUN", "AUX", "VERB", "PUNCT"]
    lemmas = ["Reed", "thank", "Ruiz", "for", "warn", "that", "rain", "be", "come", "."]
    tags = ["NNP", "VBD", "NNP", "IN", "VBG", "IN", "NN", "VBD", "VBG", "."]
    doc = _parsed(words, heads, deps, pos, tags=tags, lemmas=lemmas)
    assert _shared_subject_of(doc[4], list(doc[5:9]), 0) == []
    # "Reed left after warning ...": Reed warned
    words[2:4], lemmas[2:4], tags[2:4] = ["early", "after"], ["early", "after"], ["RB", "IN"]
    deps[2], pos[2] = "advmod", "ADV"
    doc = _parsed(words, heads, deps, pos, tags=tags, lemmas=lemmas)
    assert [[doc[i].text for i in run] for run in _shared_subject_of(doc[4], list(doc[5:9]), 0)] == [["Reed"]]


def test_a_clause_cut_at_an_aside_runs_to_the_end_of_its_sentence():
    from factcheck.attribute import _whole_clause

    # "share" misread as a noun: the tagger stops the content at the aside's comma
    words = ["Geologists", "say", "the", "layers", ",", "from", "a", "lake", ",", "hold", "traces", "of", "ash", "."]
    heads = [1, 1, 3, 1, 3, 3, 7, 5, 3, 10, 3, 10, 11, 1]
    deps = [
        "nsubj",
        "ROOT",
        "det",
        "dobj",
        "punct",
        "prep",
        "det",
        "pobj",
        "punct",
        "compound",
        "appos",
        "prep",
        "pobj",
        "punct",
    ]
    pos = [
        "NOUN",
        "VERB",
        "DET",
        "NOUN",
        "PUNCT",
        "ADP",
        "DET",
        "NOUN",
        "PUNCT",
        "VERB",
        "NOUN",
        "ADP",
        "NOUN",
        "PUNCT",
    ]
    doc = _parsed(words, heads, deps, pos)
    sent_of = [0] * len(doc)
    # no verb in what was found, and the sentence goes on after a comma with a verb: take it all
    assert [doc[i].text for i in _whole_clause(doc, doc[1], list(range(2, 8)), {1}, sent_of)][-3:] == [
        "traces",
        "of",
        "ash",
    ]
    # a content with its own verb is a whole clause already
    assert _whole_clause(doc, doc[1], list(range(2, 11)), {1}, sent_of) == list(range(2, 11))


@pytest.mark.parametrize(
    "text",
    [
        "The vote, which had been expected by late afternoon, came after midnight.",
        "The minister brought a rare Japanese sweet called “yokan” to the meeting.",
    ],
)
def test_a_time_or_a_named_thing_is_no_speaker(text):
    assert attributed(text) == []


def test_a_quotation_opening_the_next_sentence_goes_on_with_the_speakers_quote():
    text = (
        "“It was a fine evening,” the hotel owner told a local paper in a rare interview in Lisbon "
        "when asked if he had met the actor. “He was very polite.”"
    )
    (c,) = attributed(text)
    assert spans_text(text, c.spans.content) == ["It was a fine evening,", "He was very polite."]
    # not when the next quotation has a cue of its own
    text = "“It was a fine evening,” the owner said. “He was very polite,” the waiter added."
    assert [spans_text(text, c.spans.content) for c in attributed(text)] == [
        ["It was a fine evening,"],
        ["He was very polite,"],
    ]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The airline said the flights would resume on Monday.", "organization"),
        ("The pilot said the flights would resume on Monday.", "person"),
    ],
)
def test_a_common_noun_that_names_no_person_is_an_organisation(text, kind):
    (c,) = attributed(text)
    assert c.source_kind == kind


def test_word_lists_are_data_that_say_where_they_come_from():
    import re
    from pathlib import Path

    import factcheck
    from factcheck import stance
    from factcheck.words import DIR, word_list

    files = sorted(DIR.glob("*.txt"))
    assert files
    code = "".join(p.read_text(encoding="utf-8") for p in Path(factcheck.__file__).parent.glob("*.py"))
    for path in files:
        text = path.read_text(encoding="utf-8")
        header = text.split("\n\n", 1)[0]
        assert all(line.startswith("#") for line in header.splitlines()), path.name
        assert "Read by factcheck/" in header and "Source:" in header, path.name
        entries = word_list(path.stem)
        assert entries and len(entries) == len(set(entries)), path.name  # no word twice
        assert re.search(rf"\(\s*\"{path.stem}\"\)", code), f"{path.name} is read by no module"
    # the names other modules import keep working
    assert "hoax" in stance.DENIAL_WORDS and stance.CUE_STANCE["deny"] == "denies"
    assert stance.PHRASAL[("call", "for")] == "demands"


@pytest.mark.parametrize(
    "text, source",
    [
        ("The complaint includes allegations that managers told the nurse she was too old for the job.", "complaint"),
        ("The report contains claims that guards beat prisoners at the camp.", "report"),
    ],
)
def test_who_holds_claims_owns_them(text, source):
    """ "The declarations included allegations that ...": the declarations allege, even when what
    they allege is that someone else said something."""
    assert any(c.source == source and c.content.startswith("that") for c in attributed(text))


def test_a_cue_the_parser_hung_on_its_speaker_still_has_that_speaker():
    """The parser reads "The workers alleged in court papers that ..." as workers who were
    alleged: a sentence whose root is a noun has no verb but the cue."""
    (c,) = attributed("The workers alleged in court papers that Harlow dumped solvents into the river.")
    assert (c.source, c.cue, c.content) == ("workers", "alleged", "Harlow dumped solvents into the river")
    # a root the tagger called a noun, though English has it only as a verb, is that verb
    (c,) = attributed("The families allege in the complaint that the hospital ignored the warnings.")
    assert (c.source, c.cue, c.content) == ("families", "allege", "the hospital ignored the warnings")
    # a participle with no clause of its own is no cue of the noun it describes
    assert all(c.cue != "obtained" for c in attributed("The documents obtained by the paper show the mayor knew."))


@pytest.mark.parametrize(
    "text, said",
    [
        (
            'At the time, Trump seemed to suggest he had silenced her: "She signed an agreement," he told the Times.',
            "She signed an agreement,",
        ),
        ('The mayor had one message for the crowd: "We will rebuild," she said.', "We will rebuild,"),
    ],
)
def test_a_quotation_a_colon_introduces_before_its_cue_is_all_that_was_said(text, said):
    (c,) = [c for c in attributed(text) if c.cue in {"told", "said"}]
    assert c.content == said


def test_a_that_clause_hung_on_a_participle_after_the_cue_is_what_was_said():
    """ "said in a statement dated October 18 and seen by the agency that ...": the parser hangs
    the clause on "seen"; it is what the company said."""
    (c,) = attributed(
        "The mine said in a statement dated October 18 and seen by the agency on Tuesday that the leak "
        "only contained rocks and clay."
    )
    assert (c.source, c.cue) == ("mine", "said")
    assert c.content == "that the leak only contained rocks and clay"


@pytest.mark.parametrize(
    "text, source",
    [
        ("The Acme company paid the player in full, said the club over the recent contract dispute.", "club"),
        ("The talks will resume in May, said the union amid the dispute over pay.", "union"),
    ],
)
def test_what_a_speaker_spoke_on_or_after_is_no_part_of_its_name(text, source):
    assert [c.source for c in attributed(text)] == [source]


def test_an_apposition_that_describes_a_name_does_not_name_the_speaker():
    """ "Korvo, a joint venture between Kabange and Norlisk, has said ...": Korvo speaks."""
    (c,) = attributed(
        "Korvo, a joint venture between the mining company Kabange and Russia's Norlisk, has said its testing "
        "refuted the accusations."
    )
    assert c.source == "Korvo"


def test_a_possessive_tells_two_offices_apart():
    text = (
        "The auditor's office reported the loss of the funds. "
        "Later, the regional prosecutor's office said it was opening an investigation."
    )
    sources = {c.cue: c.source for c in attributed(text)}
    assert sources["said"] == "regional prosecutor's office"


def test_an_it_in_the_sentence_of_a_body_is_that_body():
    """ "nine people the police shot in what it said was a raid": "it" is the police, which the
    sentence names in a clause, not a document or speaker named before."""
    text = (
        "File photo: soldiers patrol a beach.\n\n"
        "Three farmers were among nine people the army shot in what it said was a raid on "
        "smugglers, their families said."
    )
    (c,) = [c for c in attributed(text) if c.content.startswith("what")]
    assert (c.source, c.source_kind) == ("army", "government")


def test_you_is_never_an_earlier_speaker():
    text = "The Finance Ministry dismissed the claims.\n\nWhat you need to know:\n\nThe audit found gaps."
    assert all(c.source != "Finance Ministry" for c in attributed(text) if c.cue == "need")


def test_a_bare_name_after_an_unnamed_spokesman_speaks_for_the_same_side():
    """ "a spokesman for the rebels rejected the figures. '...,' Hamid Ag Ali told
    Reuters": the reporter names the spokesman just described."""
    text = (
        "The army said it had killed 45 gunmen.\n\n"
        "However, a spokesman for the rebels rejected the figures given by the army.\n\n"
        '"There were lots of losses on the army side," Hamid Ag Ali told Reuters by telephone.'
    )
    (c,) = [c for c in attributed(text) if c.cue == "told"]
    assert (c.source, c.affiliation) == ("Hamid Ag Ali", "rebels")
    # a name with words of who it is, or one named before, is someone else
    described = text.replace("Hamid Ag Ali told", "Hamid Ag Ali, a local trader, told")
    (c,) = [c for c in attributed(described) if c.cue == "told"]
    assert c.affiliation != "rebels"


def test_a_statement_signed_by_someone_speaks_for_them():
    (c,) = attributed(
        '"The documents were provided," said a statement signed by Finance Secretary Mary Odhiambo yesterday.'
    )
    assert c.source_kind == "document" and c.affiliation == "Finance Secretary Mary Odhiambo"


def test_a_content_of_an_auxiliary_alone_is_its_verbs_clause():
    """ "had said the day before it had killed ...": the parser reads "before it had killed" as
    when the army spoke; what it said is that it had killed."""
    (c,) = attributed("The army had said the day before it had arrested 30 suspected smugglers near the port.")
    assert (c.source, c.content) == ("army", "it had arrested 30 suspected smugglers near the port")


def test_an_organisation_a_role_serves_ends_at_its_comma():
    text = '"They were farmers," said Ana Ruiz, spokeswoman for Amazonia Unida, a group of Amazon peoples.'
    (c,) = attributed(text)
    assert c.affiliation == "Amazonia Unida"


def test_a_medium_named_after_its_noun_is_media_and_no_company():
    text = (
        "Acme Mining plc refuted a report by Canadian publication The Daily Ledger that said police killed "
        "65 people at its mine.\n\n"
        "The Daily Ledger based its figures on evidence heard during an inquiry.\n\n"
        "Acme also noted that it moved to underground mining.\n\n"
        "The company said it continues to work on improving community relations."
    )
    sources = {c.cue: (c.source, c.source_kind) for c in attributed(text)}
    assert sources["said"] == ("Acme Mining plc", "organization")
    assert sources["also noted"] == ("Acme Mining plc", "organization")


def test_a_place_in_capitals_before_a_colon_and_a_report_is_a_dateline():
    text = "PORT KELANG: Water minister Ahmad Zaki said he had signed no new contracts since the vote in May."
    (c,) = attributed(text)
    assert (c.source, c.cue) == ("Ahmad Zaki", "said")
    # a transcript's speaker speaks what follows the colon
    (c,) = [c for c in attributed("PENCE: Well, look, we said we are going to win this election.") if c.cue == ":"]
    assert c.source == "PENCE"


def test_a_place_in_capitals_before_a_colon_and_a_lead_told_in_the_past_is_a_dateline():
    text = (
        "RIVERTON: The Interior Ministry on Friday rejected a new study by a health charity, calling it "
        "biased and careless from start to end."
    )
    assert {(c.source, c.cue) for c in attributed(text)} == {
        ("Interior Ministry", "rejected"),
        ("Interior Ministry", "calling"),
    }


def test_a_report_by_another_that_a_speaker_dismisses_is_not_its_own():
    """ "rejected a new study by a health charity": the ministry put out no study, so "The
    study had accused" later is not the ministry's."""
    text = (
        "The Interior Ministry on Friday rejected a new study by a health charity, calling it careless.\n\n"
        "The study had accused the police of neglect."
    )
    (c,) = [c for c in attributed(text) if c.cue == "had accused"]
    assert (c.source, c.affiliation) == ("study", None)


@pytest.mark.parametrize(
    "first, source",
    [
        ('"This is one more effort to damage our good name," the army said.', "army"),
        # a statement that spoke: the later "it added" is that statement, its author kept
        (
            '"This is one more effort to damage our good name," said a statement by the army press office.',
            "statement by the army press office",
        ),
    ],
)
def test_it_added_is_the_speaker_not_what_its_quotation_speaks_of(first, source):
    """'"The charity report looks like a bid to stir unrest in the north," it added': the
    report is what the speaker speaks of, inside its words, not the one speaking."""
    text = first + '\n\n"The charity report looks like a bid to stir unrest in the north," it added.'
    (c,) = [c for c in attributed(text) if c.cue == "added"]
    assert c.source == source


def test_a_surname_the_model_tags_an_organisation_is_the_speaker_named_before():
    """ "Gamble said" after "said city spokesman Tyler Gamble": the model tags the bare surname
    an organisation; it is the spokesman, affiliation and all."""
    text = (
        "The fire began in the kitchen, said city spokesman Tyler Gamble.\n\n"
        "The crew, who were in uniform, called for backup at 9:13 a.m., Gamble said."
    )
    (c,) = [c for c in attributed(text) if c.cue == "said" and "crew" in c.content]
    assert (c.source, c.source_kind, c.affiliation) == ("Tyler Gamble", "person", "city")


def test_a_name_acting_after_an_unnamed_speaker_is_another_side():
    """A bare name right after "a spokesman for the navy" speaks for the navy only when the
    reporter names the speaker by a plain cue ('..., Hamid Ali told Reuters'); one acting on
    its own ("claimed the attack but cited a higher toll") is another side."""
    text = (
        "Gunmen wounded three guards on Friday, according to a spokesman for the navy.\n\n"
        "Omar Haddad claimed the attack but cited a higher toll."
    )
    (c,) = [c for c in attributed(text) if c.cue == "cited"]
    assert c.affiliation != "navy"


def test_disagreeing_among_themselves_on_a_question_denies_nothing():
    text = "Two neighbours who saw the fire disagreed on whether the door was locked."
    (c,) = attributed(text)
    assert (c.cue, c.stance) == ("disagreed on", "asserts")
    (c,) = attributed("The minister disagreed with the report.")
    assert c.stance == "denies"


@pytest.mark.parametrize(
    "text, stance",
    [
        ("But union secretary Ana Ruiz described the claim as ridiculous.", "denies"),
        ("The minister described the figures as exaggerated.", "denies"),
        # said of something that is no claim, a label denies nothing
        ("The mayor called the fees ridiculous.", "asserts"),
    ],
)
def test_labelling_a_claim_as_ridiculous_denies_it(text, stance):
    (c,) = attributed(text)
    assert c.stance == stance


def test_a_hyphen_typed_for_a_dash_ends_the_speakers_name():
    text = "The plan to cap rents is doomed, says a landlords' lobby - a view disputed by the largest tenants' union."
    assert [c.source for c in attributed(text) if c.cue == "says"] == ["landlords' lobby"]


def test_a_colon_inside_brackets_after_a_name_does_not_end_it():
    text = "Council leader Ana Ruiz (Con: Westfield & Oakley) said the draft budget is balanced."
    (c,) = attributed(text)
    assert c.source == "Ana Ruiz"


def test_an_organisations_name_keeps_the_words_the_model_left_out_on_its_left():
    text = "The Growers and Exporters Association said on Monday that prices were falling."
    (c,) = attributed(text)
    assert (c.source, c.affiliation) == ("Growers and Exporters Association", None)


def test_a_quotation_after_but_goes_on_the_speaker_before():
    text = (
        '"The old rules have failed," said union secretary Ana Ruiz.\n\n'
        'But, "plainly the mood is for a deal before May".'
    )
    sources = {c.content: c.source for c in attributed(text)}
    assert sources["plainly the mood is for a deal before May"] == "Ana Ruiz"


def test_a_link_to_another_story_is_no_claim():
    text = (
        "The council said the budget was balanced.\n\n"
        "READ MORE: Harbour board slammed for ferry delays\n\n"
        "The opposition said the numbers were made up."
    )
    assert [c.source for c in attributed(text)] == ["council", "opposition"]
    # after an arrow or a bullet
    text = text.replace("READ MORE:", "► RELATED:")
    assert [c.source for c in attributed(text)] == ["council", "opposition"]
    # bulleted headlines with no label: their people are no "he" of the story
    text = (
        "The general said the army did not shell the village.\n\n"
        "• Local farmer wins national baking prize\n\n"
        "• Why are bees leaving the city?\n\n"
        "\u201cOur guns were 40 km away,\u201d he told reporters."
    )
    assert [c.source for c in attributed(text)] == ["general", "general"]
    # a bulleted line that says something is read
    text = "Key points:\n\n• Police say three men were arrested\n\n• The mayor said the road would reopen"
    assert [c.source for c in attributed(text)] == ["police", "mayor"]


@pytest.mark.parametrize(
    "headline",
    [
        "What we know about the bridge collapse in Riverton",
        "What investigators have learned about the pipeline leak",
    ],
)
def test_what_we_know_announces_what_follows_and_claims_nothing(headline):
    text = f"{headline}\n\nThe ferry left port at 9 a.m., the coast guard said."
    assert [(c.source, c.cue) for c in attributed(text)] == [("coast guard", "said")]
    # what someone knows, said as a clause, is theirs
    (c,) = attributed("Investigators know that the valve failed.")
    assert (c.source, c.content) == ("investigators", "that the valve failed")


def test_where_a_reporter_reported_from_is_no_claim():
    text = (
        "The council said the budget was balanced.\n\n"
        "Ana Ruiz reported from Riverton. Tom Reed contributed reporting from Harbour City."
    )
    assert [(c.source, c.content) for c in attributed(text)] == [("council", "the budget was balanced")]
    (c,) = attributed("Ana Ruiz reported from Riverton that the bridge had fallen.")
    assert (c.source, c.content) == ("Ana Ruiz", "that the bridge had fallen")


def test_the_taxi_driver_is_not_the_van_driver_named_before():
    text = (
        "The van driver denies he caused the collision, a source said.\n\n"
        "The taxi driver had told police that he swerved to avoid the van.\n\n"
        "The driver said he was not tired."
    )
    sources = [c.source for c in attributed(text) if c.cue in {"had told", "said"} and "source" not in c.source]
    assert sources == ["taxi driver", "taxi driver"]
    # the same words, or none, are the driver named before
    text = "A local security official said the border was closed.\n\nThe security official added that trucks waited."
    assert len({c.source for c in attributed(text)}) == 1


@pytest.mark.parametrize(
    "text, source, content",
    [
        (
            "The recommendation goes beyond the panel's own verdict that the bridge was safe to reopen.",
            "panel",
            "that the bridge was safe to reopen",
        ),
        (
            "The court rejected the prosecutors' argument that the bank had hidden losses.",
            "prosecutors",
            "that the bank had hidden losses",
        ),
    ],
)
def test_a_verdict_or_argument_someone_owns_is_their_claim(text, source, content):
    assert (source, content) in [(c.source, c.content) for c in attributed(text)]


@pytest.mark.parametrize(
    "text, stance",
    [
        (
            '"The Riverside Rowing Club does not agree with the charges brought by the league," the club said.',
            "denies",
        ),
        ('"We do not accept the findings of the audit," the mayor said.', "denies"),
        ('"We do not accept cash," the shop owner said.', "asserts"),
    ],
)
def test_not_agreeing_with_allegations_denies_them(text, stance):
    (c,) = attributed(text)
    assert c.stance == stance


def test_a_pull_quote_is_said_by_the_name_that_signs_it():
    text = (
        "The company said it disagrees with the panel.\n\n"
        '"The figures do not add up; that is plain arithmetic"\n\n'
        "Tim Ruiz,\n\nSenior economist\n\nThe chemical is also a byproduct of other processes."
    )
    (c,) = [c for c in attributed(text) if "arithmetic" in c.content]
    assert (c.source, c.quote) == ("Tim Ruiz", "direct")


def test_what_an_audit_or_report_found_is_its_claim():
    """ "The audit found irregularities": a record that finds, reveals or uncovers states what
    it found, as one that shows or lists does."""
    (c,) = attributed("The audit found irregularities in three contracts.")
    assert (c.source, c.source_kind, c.cue, c.content) == (
        "audit",
        "document",
        "found",
        "irregularities in three contracts",
    )
    (c,) = attributed(
        "The coach was dismissed in 2019 after a review ordered by the school board found evidence of bullying."
    )
    assert (c.source, c.cue, c.content) == ("review ordered by the school board", "found", "evidence of bullying")


def test_a_participle_after_a_reported_speakers_act_is_that_speakers():
    """ "said Acme disputed the basis ..., arguing ...": Acme argues, whatever the tagger takes
    for the speaker; "outlets said 40 people had died, citing the ministry": the outlets cite,
    people who died do not."""
    from factcheck.attribute import _speaker_of_participle_clause
    from factcheck.nlp import load

    doc = load()("The ombudsman said Acme disputed the basis of the inquiry, arguing it had no powers.")
    (arguing,) = [t for t in doc if t.lower_ == "arguing"]
    assert _speaker_of_participle_clause(arguing).text == "Acme"
    doc = load()("Two local news outlets said that 40 people had died, citing the health ministry.")
    (citing,) = [t for t in doc if t.lower_ == "citing"]
    assert _speaker_of_participle_clause(citing) is None
    text = "Two local news outlets said that 40 people had died, citing the health ministry."
    (c,) = attributed(text)  # the ministry's figure, which the outlets cite
    assert (c.cue, c.source, c.via) == ("said", "health ministry", "Two local news outlets")


def test_a_watchdog_is_an_organisation():
    # a body, no person: the state's regulator where it watches a field the state regulates
    (c,) = attributed("The energy watchdog said an inquiry found Acme overcharged customers.")
    assert (c.source, c.source_kind) == ("energy watchdog", "government")
    (c,) = attributed("A consumer watchdog said an inquiry found Acme overcharged customers.")
    assert (c.source, c.source_kind) == ("consumer watchdog", "organization")


@pytest.mark.parametrize(
    "text, stance",
    [
        (
            "Health Minister Ana Ruiz has branded allegations nurses were overworked at the clinic as malicious.",
            "denies",
        ),
        (
            '"The ministry rejects claims of neglect in the strongest terms," the minister said in a statement.',
            "denies",
        ),
        # another body's denial, quoted by someone else, is what they report, not their own
        ('"The government denies there is a crisis, but nurses are quitting," the opposition leader said.', "asserts"),
    ],
)
def test_a_body_a_speaker_quotes_denying_claims_is_their_own_denial(text, stance):
    (c,) = attributed(text)
    assert c.stance == stance


def test_as_reported_is_said_by_no_one_the_sentence_names():
    text = (
        "Ana Ruiz disputes the timing, saying the two men \u201cwere pulled from the river\u201d between 4pm and 5pm"
        " on Friday, rather than Saturday morning as reported."
    )
    assert {c.source for c in attributed(text)} == {"Ana Ruiz"}


def test_a_name_the_model_cut_short_runs_to_its_head_and_is_named_by_its_parts():
    from factcheck.attribute import Mention
    from factcheck.resolve import _name_to_head

    # the model tagged only the honorific of "minister Datuk Seri Hamzah Yusof Ali" a person
    m = Mention([], "minister Datuk Seri Hamzah Yusof Ali", "Ali", "ali", False, False, [("Datuk Seri", "PERSON")])
    assert _name_to_head("Datuk Seri", m) == "Datuk Seri Hamzah Yusof Ali"
    text = (
        "Environment minister Datuk Seri Ahmad Faizal Ahmad Nor said he had signed no new contracts.\n\n"
        "Ahmad Faizal challenged his critics to take their evidence to the police.\n\n"
        "Opposition leader Zulkifli Hassan claimed the ministry was awarding a flood project.\n\n"
        "Zulkifli said he had heard it from an official in the ministry."
    )
    sources = [c.source for c in attributed(text) if c.cue in {"said", "challenged", "claimed"}]
    assert sources == ["Ahmad Faizal Ahmad Nor"] * 2 + ["Zulkifli Hassan"] * 2


def test_a_cue_set_between_commas_reports_the_clause_around_it():
    text = (
        "Fewer than 2,000 nurses have walked out of the city hospitals, officials claim, as the union "
        "puts the figure at more than 9,000."
    )
    said = {c.source: c.content for c in attributed(text)}
    assert said["officials"] == "Fewer than 2,000 nurses have walked out of the city hospitals"


def test_people_a_phrase_describes_speak_by_the_gerund_after_them():
    """ "with those on strike accusing him": those on strike accuse, not the row, nor whoever
    spoke last ("those" is described, not a pronoun for someone named before)."""
    text = (
        "The union called the figure laughable.\n\n"
        "The dispute over the mayor's plan to close three libraries and sell the land before the summer has "
        'grown, with those on strike accusing her of "plain bad faith".'
    )
    assert [c.source for c in attributed(text) if c.cue == "accusing"] == ["those on strike"]
    # a noun before the gerund is no such description: "a complaint with the police ... alleging"
    text = (
        "The port authority denied closing the harbour after a trader filed a complaint with the police in "
        "the river town alleging that his boats had been seized by officers."
    )
    assert [c.source for c in attributed(text) if c.cue == "alleging"] == ["trader"]


def test_allegations_by_someone_that_a_clause_holds_are_theirs():
    """ "allegations by two rights groups that guards killed 40 people": the parser takes "that"
    for a second subject of "killed"; the groups allege the clause, which the company refutes."""
    text = "The company refuted allegations by two rights groups that guards killed 40 people at the mine."
    said = {c.source: (c.cue, c.content) for c in attributed(text)}
    assert said["two rights groups"] == ("allegations", "that guards killed 40 people at the mine")
    # "that" as the subject of a relative clause is no claim: "groups that monitor the mine"
    assert [c.source for c in attributed("The company refuted allegations that monitors made.")] == ["company"]


def test_a_content_stops_where_the_speakers_next_act_begins():
    """A verb joined to the content's verb in the cue's form, not the content's, is the speaker's
    next act with its own content."""
    text = "Farmers gathered at the gate, some saying the survey is flawed and insisting that the well is clean."
    found = {c.cue: c.content for c in attributed(text)}
    assert found["saying"] == "the survey is flawed"
    assert found["insisting"] == "that the well is clean"
    text = (
        "A spokesman insisted that the firm is \u201calways very open\u201d about its fees and pointed out "
        "that the rival had dropped its own complaint."
    )
    found = {c.cue: c.content for c in attributed(text)}
    assert found == {
        "insisted": "that the firm is \u201calways very open\u201d about its fees",
        "pointed out": "that the rival had dropped its own complaint",
    }
    # the parser hung the next act on a noun of the content ("a fraud and questioning")
    text = "She pressed on, telling reporters that the deal is a fraud and questioning how it had passed."
    found = {c.cue: c.content for c in attributed(text)}
    assert found == {"telling": "that the deal is a fraud", "questioning": "how it had passed"}
    # one form for both: the content's subject may do both
    text = "The mayor said the council met on Friday and agreed that the pool would close."
    assert [c.content for c in attributed(text) if c.cue == "said"] == [
        "the council met on Friday and agreed that the pool would close"
    ]


def test_where_something_was_said_is_no_part_of_it():
    text = "Ortiz claimed in his reply to the board that neither sample was taken from the river."
    (c,) = attributed(text)
    assert c.content == "that neither sample was taken from the river"


def test_a_that_clause_the_parser_cut_from_its_verb_runs_on():
    text = (
        "The officer rejected the claims of fraud and clarified that the crate of the ballots being carried "
        "through the market was a spare that was never opened."
    )
    found = {c.cue: c.content for c in attributed(text)}
    assert found["clarified"].endswith("was a spare that was never opened")


def test_semicolons_between_dashes_part_a_list_not_two_claims():
    text = (
        "The fossil belongs to three kinds of fish \u2014 the first, Alpha; the larger, Beta; and the "
        "smallest, Gamma \u2014 according to a study by two biologists."
    )
    found = [c for c in attributed(text) if c.cue == "according to"]
    assert found and found[0].content.startswith("The fossil belongs to three kinds of fish")


def test_a_cue_says_the_quotation_it_meets_not_every_one_of_its_sentence():
    text = (
        "But she told the \u201cEvening Hour\u201d that she thinks the plan is a \u201ctotal failure\u201d "
        "and said \u201cthe costs are quite clear.\u201d"
    )
    found = [(c.cue, c.content) for c in attributed(text)]
    assert ("said", "the costs are quite clear.") in found
    assert not any("Evening Hour" in content for _, content in found)
    # split by its cue, a quotation is one content
    text = "\u201cThe plan is dead,\u201d Smith said, \u201cand nobody will revive it.\u201d"
    assert [c.content for c in attributed(text)] == ["The plan is dead, and nobody will revive it."]


def test_allegations_made_are_the_claims_of_whoever_makes_them():
    text = "The union made allegations of bribery against the manager."
    (c,) = attributed(text)
    assert (c.source, c.content) == ("union", "bribery against the manager")
    # allegations named, not made, are nobody's claim
    assert attributed("The allegations of bribery were read out in court.") == []


def test_a_quotation_goes_on_after_the_sentence_that_names_its_speaker():
    text = (
        "\u201cThere is no basis for saying that the drought [continues],\u201d Ruiz, who wrote part of the "
        "survey, told the Gazette. \u201cTo say so hurts the survey, which is very unfortunate.\u201d"
    )
    (c,) = attributed(text)
    assert c.source == "Ruiz" and c.content.endswith("which is very unfortunate.")
    # words between: the next quotation is not the same one going on
    text = "\u201cThe plan is dead,\u201d Smith said of the bill. Later the mayor spoke. \u201cIt will pass.\u201d"
    assert all("It will pass" not in c.content for c in attributed(text) if c.source == "Smith")


def test_a_quotation_closed_right_before_a_speakers_name_is_their_words():
    """The tagger may take a quotation's end for part of the speaker's name and give the words
    after the name alone; the quotation closed right before the name is theirs too."""
    from factcheck.attribute import attributions_in
    from factcheck.extract import _quotes_go_on
    from factcheck.nlp import load
    from factcheck.segment import quotes

    text = '"The man ran at the officers," Chief Tom Reed said. "One officer fired her Taser."'
    doc = load()(text)
    qs = quotes(text, 0, len(text))
    (att,) = attributions_in(doc, text, 0, qs, 0)
    att.content = [(qs[1].start, qs[1].end)]  # as the tagger may leave it
    _quotes_go_on([att], qs, text, doc, 0)
    assert [text[s:e] for s, e in att.content] == ["The man ran at the officers,", "One officer fired her Taser."]


def test_a_cue_set_off_by_commas_says_the_sentence_around_it():
    text = (
        "If sales hold up, company officials said, half the plants will reopen by Friday. "
        "This, they contend, would mean the slump has ended."
    )
    found = [(c.source, c.cue, c.content) for c in attributed(text)]
    assert ("company officials", "contend", "This would mean the slump has ended") in found


def test_a_quotation_paragraph_after_picture_captions_goes_on_the_last_quote():
    text = (
        "The mayor said the river was safe.\n\n"
        "'The water was tested twice. It is clean,' he told reporters.\n\n"
        "A boy swims in the river\n\n"
        "Residents queue for bottled water\n\n"
        "'Many people drink from the well every day. A team will look into it.'"
    )
    found = [(c.source, c.content) for c in claims_of(text) if c.content.startswith("Many people")]
    assert found == [("mayor", "Many people drink from the well every day. A team will look into it.")]
    # two paragraphs of the story between: someone else may be speaking
    text = (
        '"We will appeal," the union said.\n\n'
        "The rules changed in June, after a long dispute.\n\n"
        "The fund was closed in July, and its money was spent.\n\n"
        '"Nobody told us about the fund until it was gone."'
    )
    assert [c.source for c in claims_of(text) if c.content.startswith("Nobody")] != ["union"]


def test_a_content_broken_by_a_blank_line_is_said_whole():
    text = "The complaint alleged that there were signs of the mayor\n\ntaking money from a builder."
    (c,) = attributed(text)
    assert (c.source, c.content) == (
        "complaint",
        "that there were signs of the mayor taking money from a builder",
    )


def test_an_object_two_verbs_share_is_in_the_content():
    text = "The complaint alleges that Acme knew, but did not tell its customers, that the brakes were faulty."
    (c,) = attributed(text)
    assert c.content == "that Acme knew, but did not tell its customers, that the brakes were faulty"


def test_when_a_statement_was_issued_is_no_claim():
    text = "Oslo's environment regulator issued a statement on March 3, saying the plant met every rule."
    (c,) = attributed(text)
    assert (c.source, c.cue, c.content) == ("Oslo's environment regulator", "saying", "the plant met every rule")


def test_per_opening_a_sentence_gives_its_source():
    text = "Per the ministry’s official figures, 40 people died in the floods."
    (c,) = attributed(text)
    assert (c.source_kind, c.affiliation, c.content) == ("document", "ministry", "40 people died in the floods")
    # not a rate
    text = "The fee is $5 per person, officials said."
    assert [(c.source, c.cue) for c in attributed(text)] == [("officials", "said")]


def test_what_a_speaker_termed_something_is_their_label():
    text = 'Acme Brewing struck back at what it termed a "deeply biased" survey.'
    (c,) = attributed(text)
    assert (c.source, c.cue, c.content) == ("Acme Brewing", "termed", "deeply biased")
    # a name given is no claim
    assert attributed("The project, termed Apollo, began in May.") == []


def test_a_content_the_tagger_stopped_on_a_preposition_takes_its_object():
    text = (
        "The largest teachers union in the state asked the Education Department on Monday to investigate "
        "teacher shortages at Lincoln High School that the union says are hurting students."
    )
    (c,) = [c for c in attributed(text) if c.cue == "asked"]
    assert c.content.endswith("to investigate teacher shortages at Lincoln High School")


def test_according_to_after_a_clause_gives_all_of_it():
    text = (
        "Soldiers opened fire on marchers in the north on Friday, killing at least three men, according to residents."
    )
    (c,) = attributed(text)
    assert (c.source, c.content) == (
        "residents",
        "Soldiers opened fire on marchers in the north on Friday, killing at least three men",
    )


def test_when_something_was_said_is_no_part_of_what():
    (c,) = attributed("The ferry company said earlier that the crossing would close for a week.")
    assert c.content == "that the crossing would close for a week"
    (c,) = attributed("The ferry company said only that the crossing would close.")
    assert c.content == "that the crossing would close"


def test_notifying_someone_that_something_is_so_says_it():
    (c,) = attributed("The agency has notified the refinery that its flare has broken the permit since 2019.")
    assert (c.source, c.content) == ("agency", "that its flare has broken the permit since 2019")


def test_a_page_that_lost_its_apostrophes_is_read_with_them():
    text = (
        "Our trucks have always followed the rules, said Ivo Brandt of the haulage firm. "
        "We don t think any rule was broken, and the port s own records show it."
    )
    claims = claims_of(text)
    assert all(c.source.lower() not in {"don", "don t"} for c in claims)
    # offsets still point into the text as written
    for c in claims:
        for start, end in c.spans.content:
            assert text[start:end] in text
    from factcheck.extract import with_apostrophes

    assert with_apostrophes(text) == text.replace("don t", "don't").replace("port s", "port's")
    assert with_apostrophes("Plan s is fine. Section B s rules.") == "Plan s is fine. Section B s rules."


def test_a_quotation_in_double_primes_is_read_as_one():
    text = (
        "The council voted to shut the depot on Monday.\n\n"
        "″We will not close the clinic,″ the health minister said. ″The money is there.″"
    )
    (claim,) = [c for c in claims_of(text) if c.source != "council"]
    assert (claim.source, claim.quote) == ("health minister", "direct")
    assert claim.content.startswith("We will not close the clinic")
    assert "The money is there." in claim.content
    from factcheck.extract import with_apostrophes

    assert with_apostrophes("A ″plan″ for a 12″ pipe") == 'A "plan" for a 12" pipe'  # one character for one


@pytest.mark.parametrize(
    "text, verb, aimed",
    [
        ("Soldiers fired on marchers near the bridge.", "fired", True),
        ("Police shot at the fleeing men.", "shot", True),
        ("The minister fired back at her critics.", "fired", False),  # "fired back": a cue with its particle
        ("The mayor commented on the strikers.", "commented", False),  # a verb of saying
        ("Soldiers fired shots at the marchers.", "fired", False),  # an object: the tagger decides
    ],
)
def test_a_verb_aimed_at_people_is_no_cue(text, verb, aimed):
    from factcheck.attribute import _aimed_at_people
    from factcheck.nlp import load

    doc = load()(text)
    head = next(t for t in doc if t.text == verb)
    assert _aimed_at_people(head, [head]) is aimed


@pytest.mark.parametrize(
    "text, moved",
    [
        ("Rebels pushed the troops out of the town.", True),
        ("The union pushed for a raise of 5 per cent.", False),  # the particle that makes it a cue
        ("The mayor pushed the council to act.", False),  # what the council is to do: no motion
    ],
)
def test_moving_something_somewhere_is_no_cue(text, moved):
    from factcheck.attribute import _moved
    from factcheck.nlp import load

    head = next(t for t in load()(text) if t.lower_ == "pushed")
    assert _moved(head, [head]) is moved


def test_going_on_with_a_denial_is_a_denial():
    (c,) = attributed("The minister continued to deny that he had taken the money.")
    assert (c.stance, c.content) == ("denies", "that he had taken the money")
    (c,) = attributed("Prison officials sought on Friday to refute claims that 40 guards had been hurt in the riot.")
    assert (c.stance, c.cue, c.content) == (
        "denies",
        "sought to refute",
        "claims that 40 guards had been hurt in the riot",
    )
    # refusing to deny is no denial
    assert [c.stance for c in attributed("The mayor has refused to deny the report.")] == ["asserts"]


def test_who_reportedly_did_something_is_no_speaker():
    text = "Fishermen buried a cousin who reportedly drowned in the storm."
    assert all(c.source != "cousin" for c in claims_of(text))


def test_a_quotation_after_a_persons_words_goes_on_with_them():
    text = (
        "Union leader Ana Ruiz said there was not enough evidence to blame the nurses.\n\n"
        '"Our drivers have had threats. Their children have been teased at school."\n\n'
        "'We are not blaming any one group'\n\n"
        "The health board said it had blamed no one."
    )
    claims = claims_of(text)
    (c,) = [c for c in claims if c.content.startswith("Our drivers")]
    assert c.source == "Ana Ruiz"
    # a heading is no one's continued words
    (h,) = [c for c in claims if "any one group" in c.content]
    assert h.source_kind == "narrator"
    # so after words stressed or explained by someone named since
    text = (
        "Councillor Ana Ruiz said residents needed to know why the bins were changing.\n\n"
        '"It is our job to tell them."\n\n'
        "Tom Hale, who runs the bin lorries, stressed that the changes would cost households nothing.\n\n"
        '"Only a tenth of the money for the lorries is raised locally."'
    )
    (c,) = [c for c in claims_of(text) if c.content.startswith("Only a tenth")]
    assert c.source == "Tom Hale"


@pytest.mark.parametrize(
    "text",
    [
        "The rebels have continued to battle the army in the northern hills.",
        "Volunteers kept trying to reach the stranded families by boat.",
        # the tagger may take the deed into the cue ("continued to throw"): still a deed
        "Police continued to throw smoke grenades into the crowd.",
    ],
)
def test_going_on_with_a_deed_is_no_cue(text):
    assert not [c for c in claims_of(text) if c.cue]


@pytest.mark.parametrize(
    "text, cue, stance",
    [
        ("The minister continued to deny that any funds were missing from the account.", "deny", "denies"),
        ("The coach kept saying that the referee had been unfair to his players.", "saying", "asserts"),
    ],
)
def test_going_on_with_saying_stays_a_cue(text, cue, stance):
    (c,) = [c for c in claims_of(text) if c.cue]
    assert c.cue.endswith(cue) and c.stance == stance


def test_a_cue_found_twice_is_one_claim_with_the_whole_quotation():
    text = "The minister denied that any money had changed hands, calling the report “pure fiction.”"
    (c,) = [c for c in claims_of(text) if c.cue == "calling"]
    assert c.content.endswith("pure fiction.”")


@pytest.mark.parametrize(
    "text",
    [
        "Experts are skeptical that the vaccine will be ready by spring.",
        "Experts are doubtful that the vaccine will be ready by spring.",
    ],
)
def test_a_speaker_doubtful_of_a_clause_questions_it(text):
    (c,) = [c for c in claims_of(text) if c.cue]
    assert c.stance == "questions"


def test_yet_to_confirm_is_not_confirmed():
    (c,) = [c for c in claims_of("The council has yet to confirm the closure of the library.") if c.cue]
    assert c.stance == "asserts" and c.hedged


def test_a_quotation_going_on_from_the_paragraph_before_is_no_quoted_wire_story():
    text = (
        "“We had no choice,” Ortiz said. “The bridge was unsafe.\n\n“Every engineer we asked told us the same thing.”"
    )
    (c,) = [c for c in claims_of(text) if "engineer" in c.content]
    assert c.source == "Ortiz"


def test_a_denying_verb_the_tagger_took_for_a_name_still_denies():
    # in a Title Case headline "Denies" may be tagged a proper noun, its lemma the word as written
    (c,) = attributed("Council Denies It Sold Park Land To Developer")
    assert (c.source, c.cue, c.stance) == ("Council", "Denies", "denies")


@pytest.mark.parametrize(
    "text, source, kind, stance",
    [
        ("Governor Denies She Ordered Troops Into Capital", "governor", "person", "denies"),
        ("Union Leader Rejects Claims Strike Was Illegal", "union leader", "person", "denies"),
        ("Acme Corp Denies It Dumped Waste Into River", "Acme Corp", "organization", "denies"),
        ("Mayor Admits City Missed Repair Deadlines", "mayor", "person", "asserts"),
    ],
)
def test_a_title_case_headline_is_read_as_a_sentence(text, source, kind, stance):
    # the tagger takes a headline's capitals for names ("Denies" a person, "Union Leader" a
    # body): its words are parsed as in a sentence, and quoted as written
    (c,) = attributed(text)
    assert (c.source, c.source_kind, c.stance) == (source, kind, stance)
    assert c.content == text.split(maxsplit=text.split().index(c.cue) + 1)[-1]


def test_a_recased_headline_keeps_its_words_and_names():
    from factcheck.extract import recased
    from factcheck.nlp import load

    nlp = load()
    doc = nlp("Acme Corp Denies It Dumped Waste Into River")
    out = recased(doc, nlp)
    assert out.text == doc.text
    assert [t.pos_ for t in out if t.text in {"Denies", "Dumped"}] == ["VERB", "VERB"]
    assert [(e.text, e.label_) for e in out.ents] == [("Acme Corp", "ORG")]


@pytest.mark.parametrize(
    "text, source, content",
    [
        ("The governor denied she ordered troops into the capital.", "governor", "she ordered troops into the capital"),
        ("Okafor: Ministry Figures Were Never Checked", "Okafor", "Ministry Figures Were Never Checked"),
    ],
)
def test_sentences_and_names_keep_their_capitals(text, source, content):
    (c,) = attributed(text)
    assert (c.source, c.content) == (source, content)


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Accused Of Taking Bribes From Developer",
        "Teenager Charged Over School Fire",
        "Star Striker Ruled Out Of Cup Final",
        "Local Singer Eyed To Star In New Musical",
    ],
)
def test_a_headline_passive_without_its_was_names_no_speaker(text):
    # a headline tells what someone does in the present; a bare past participle is a passive
    # whose "was" it dropped: the councillor is accused, and accuses no one
    assert not attributed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Councillor accused of taking bribes from developer",
        "Two suspects charged over warehouse fire",
        "Missing climbers not found on northern ridge",
        "Ferry captain said to be facing an inquiry",
    ],
)
def test_a_headline_in_sentence_case_drops_its_was_too(text):
    # one short line that ends on a word, no full stop: a headline, read as the Title Case one is
    assert not attributed(text)


@pytest.mark.parametrize(
    "text, source",
    [
        ("The councillor accused the developer of lying about the permits.", "councillor"),
        ("The inquiry found the ferry was overloaded", "inquiry"),
        ("Nothing has changed since the fire, the mayor said", "mayor"),
        (
            "The two teenagers charged over the fire told the court they were innocent.",
            "two teenagers charged over the fire",
        ),
    ],
)
def test_a_sentence_with_its_speaker_acting_keeps_its_speaker(text, source):
    (c,) = [c for c in attributed(text) if c.cue]
    assert c.source.lower() == source


@pytest.mark.parametrize(
    "text, source",
    [("Senator Said He Never Met The Lobbyist", "senator"), ("Mayor Denied Bribe Claims At Hearing", "mayor")],
)
def test_a_headline_past_tense_with_what_was_said_keeps_its_speaker(text, source):
    (c,) = attributed(text)
    assert c.source == source


@pytest.mark.parametrize(
    "text, source",
    [
        ("Experts raised questions about the mayor's account of the crash.", "experts"),
        ("Scientists voiced doubts over the findings of the survey.", "scientists"),
    ],
)
def test_a_doubt_raised_by_a_speaker_questions_what_it_is_about(text, source):
    (c,) = [c for c in attributed(text) if c.cue]
    assert (c.source.lower(), c.stance) == (source, "questions")


@pytest.mark.parametrize(
    "text",
    ["The minister answered questions about the budget.", "Reporters asked questions about the budget."],
)
def test_questions_asked_or_answered_are_no_doubt(text):
    assert all(c.stance != "questions" for c in attributed(text))


@pytest.mark.parametrize(
    "text", ["Doubts cast over council's flood defence claims", "Doubts have been raised over the toll figures."]
)
def test_doubts_cast_over_a_claim_are_no_speaker(text):
    # "Doubts" is what was cast, not who spoke: the doubt is the article's own
    assert all(c.source_kind == "narrator" for c in attributed(text))


def test_words_describing_a_cue_noun_are_no_speaker():
    """The tagger may take an adjective or quantity of a noun cue for its source ("most common"
    of "criticism", "widespread negative" of "perceptions"): no one is named, so there is no
    attribution."""
    assert attributed("The most common complaint about the new bus timetable is that it skips the night routes.") == []


def test_a_comparison_on_a_cue_noun_is_no_speaker_but_many_who_fear_are():
    assert attributed("He does not make as many references to Ruiz in his speeches as he did in May.") == []
    (c,) = attributed("Many fear the plan will fail.")
    assert (c.source, c.cue) == ("many", "fear")


def test_a_people_adjective_on_a_cue_noun_still_speaks():
    (c,) = attributed("Republican criticism of the plan grew after the vote.")
    assert c.cue == "criticism of" and c.content == "the plan"


@pytest.mark.parametrize(
    "text, source, content",
    [
        (
            "The tannery was accused by the inspectors of dumping waste in a canal.",
            "inspectors",
            "tannery of dumping waste in a canal",
        ),
        (
            "The Acme tannery, which was accused by the inspectors of dumping waste in a canal, denied it.",
            "inspectors",
            "Acme tannery of dumping waste in a canal",
        ),
    ],
)
def test_a_passive_charge_hung_on_the_agent_is_what_is_charged(text, source, content):
    """The parser hangs "of polluting ..." on the agent: no part of who accuses, all of what."""
    (c,) = [c for c in claims_of(text) if c.cue == "was accused"]
    assert c.source == source
    assert c.content.endswith(content)


def test_a_speaker_with_a_long_title_closing_the_sentence_says_the_clause_before():
    text = (
        "Farmers could lose at least $3 billion and fishing fleets could lose another $1 billion, "
        "Deputy Agriculture and Fisheries Minister Tom Reed told local media."
    )
    (c,) = attributed(text)
    assert c.source == "Tom Reed"
    assert c.content.startswith("Farmers could lose")  # not whom he told: "local media"


def test_what_a_cue_of_telling_told_runs_from_the_that_after_whom():
    from factcheck.attribute import _told_that

    # product names the parser could not read: it made "that" a second object of "told"
    words = ["A", "reader", "told", "the", "agency", "that", "the", "Zeta", "6s", "were", "cheap", "."]
    heads = [1, 2, 2, 4, 2, 2, 8, 8, 5, 10, 2, 2]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "dobj", "det", "compound", "prep", "auxpass", "conj", "punct"]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "SCONJ", "DET", "PROPN", "PROPN", "AUX", "ADJ", "PUNCT"]
    doc = _parsed(
        words,
        heads,
        deps,
        pos,
        lemmas=["a", "reader", "tell", "the", "agency", "that", "the", "zeta", "6s", "be", "cheap", "."],
    )
    told = _told_that(doc[2], [3, 4])
    assert [doc[i].text for i in told] == ["that", "the", "Zeta", "6s", "were", "cheap"]
    assert _told_that(doc[2], [6, 7, 8]) == []  # the tagger found more than whom: its content stands


@pytest.mark.parametrize(
    "text, cues",
    [
        ("The cars recalled in March had faulty brakes.", []),
        ("Shops stayed shut, with the ban expected to be lifted by the council next week.", []),
        (
            'Fares rose faster than the costs announced last spring, "which is unfair," said Reed.',
            ["said"],
        ),
    ],
)
def test_a_passive_participle_on_a_thing_names_no_speaker(text, cues):
    assert [c.cue for c in attributed(text)] == cues


@pytest.mark.parametrize(
    "text, source",
    [
        ("Inspectors said the heater, recalled in May, was unsafe.", "inspectors"),
        ("The levy, announced on Monday by the mayor, would raise $5 million.", "mayor"),  # its agent speaks
    ],
)
def test_a_passive_participle_on_a_thing_leaves_the_other_speakers(text, source):
    (c,) = attributed(text)
    assert c.source == source


@pytest.mark.parametrize(
    "text",
    [
        "Officers released the two men without charge.",
        "Officers released the driver after questioning.",
        "Reed has to report to an army base in May, the letter said.",  # the letter's words only
        "Acme has recalled 40,000 heaters.",
    ],
)
def test_freeing_a_person_recalling_goods_or_reporting_to_a_place_says_nothing(text):
    assert [c.cue for c in attributed(text) if any(w in c.cue for w in ("report", "releas", "recall"))] == []


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The company released its results on Monday.", "released"),
        ("Reed reported to the police that his van was stolen.", "reported"),
        ("Reed recalled that the plant had opened in 1990.", "recalled"),
    ],
)
def test_releasing_a_thing_and_reporting_a_fact_still_say_it(text, cue):
    (c,) = attributed(text)
    assert c.cue == cue


@pytest.mark.parametrize(
    "text",
    [
        'Asked whether he thinks the levy will pass, Reed said: "We will see."',
        "Asked if she believed the report, Ruiz said it was wrong.",
    ],
)
def test_a_cue_inside_the_question_put_to_the_speaker_is_no_claim(text):
    assert [c.source for c in attributed(text)] == [text.split(", ")[1].split()[0]]


@pytest.mark.parametrize(
    "text, source, content",
    [
        # the parser hung the cue on the name before it as a relative clause; the tagger took "Monday"
        (
            "The company hired Ana Ruiz, the Riverton Gazette reported on Monday.",
            "Riverton Gazette",
            "The company hired Ana Ruiz",
        ),
        (
            "The company has fired Tom Reed, the Riverton Gazette told readers in a column on Friday.",
            "Riverton Gazette",
            "The company has fired Tom Reed",
        ),
        # the tagger ran the speaker back over the object before it, the parser having set them side by side
        (
            "Mayor Tom Reed has won a second term over Ana Ruiz, the Electoral Office of Riverton (EOR) has said, "
            "after a long count.",
            "Electoral Office of Riverton",
            "Mayor Tom Reed has won a second term over Ana Ruiz",
        ),
    ],
)
def test_a_speaker_after_a_comma_reports_the_clause_before_it(text, source, content):
    (c,) = attributed(text)
    assert (c.source, c.content) == (source, content)


@pytest.mark.parametrize(
    "text, source, content",
    [
        (
            "When asked about the delay by reporters, Tom Reed said sorry to the tenants.",
            "Tom Reed",
            "sorry to the tenants",
        ),
        ("In March, the agency reported on a rise in prices.", "agency", "a rise in prices"),
    ],
)
def test_a_phrase_before_the_speaker_that_is_no_clause_is_not_what_they_said(text, source, content):
    (c,) = attributed(text)
    assert (c.source, c.content) == (source, content)


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "The council says it will not meddle in what it calls an ordinary budget dispute, and not a crisis.",
            "an ordinary budget dispute, and not a crisis",
        ),
        ("Tenants rallied against what some are calling a rent emergency.", "a rent emergency"),
        ('Tenants rallied against what some are calling a "rent emergency".', "rent emergency"),
        ("Neighbours said the tower would spoil what many described as a sleepy suburb.", "a sleepy suburb"),
    ],
)
def test_what_a_speaker_calls_a_thing_is_the_name_they_give_it(text, content):
    naming = [c for c in attributed(text) if c.cue in {"calls", "are calling", "described"}]
    assert [c.content for c in naming] == [content]


def test_a_participle_on_a_thing_there_is_none_of_is_no_claim():
    text = "The auditors found no evidence supporting the mayor's account of the deal."
    assert [c.source for c in attributed(text)] == ["auditors"]
    text = "Critics pointed to a report showing that prices rose."
    assert [c.source for c in attributed(text)] == ["critics", "report"]  # a document speaks


def test_a_content_of_no_word_that_says_anything_is_no_claim():
    text = "The club thinks the remarks were misquoted or not said at all, its spokeswoman said."
    assert [c.cue for c in attributed(text)] == ["said"]
    (c,) = attributed("Asked if the deal was done, the mayor would not say so.")
    assert c.content == "so"  # a word that stands for a clause


@pytest.mark.parametrize(
    "text",
    [
        "The ferry docked safely but a review was quickly ordered into the collision.",
        "The mayor spoke for an hour and it was announced that the plant would close.",
    ],
)
def test_a_passive_cue_with_a_subject_of_its_own_has_no_speaker_from_another_clause(text):
    (c,) = attributed(text)
    assert c.source_kind == "anonymous"


def test_a_name_after_an_inverted_cue_hung_on_a_later_clause_is_the_speaker():
    from spacy.tokens import Span

    from factcheck.attribute import _name_after_cue

    # '"Sales rose", said Tom Reed on Monday, after talks ended.': the parser made Reed the subject of "ended"
    words = [
        '"',
        "Sales",
        "rose",
        '"',
        ",",
        "said",
        "Tom",
        "Reed",
        "on",
        "Monday",
        ",",
        "after",
        "talks",
        "ended",
        ".",
    ]
    heads = [5, 2, 5, 5, 5, 5, 7, 13, 7, 8, 13, 13, 13, 5, 5]
    deps = ["punct", "nsubj", "ccomp", "punct", "punct", "ROOT", "compound", "nsubj", "prep", "pobj", "punct"]
    deps += ["mark", "nsubj", "ccomp", "punct"]
    pos = ["PUNCT", "NOUN", "VERB", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"]
    pos += ["SCONJ", "NOUN", "VERB", "PUNCT"]
    tags = ["``", "NNS", "VBD", "''", ",", "VBD", "NNP", "NNP", "IN", "NNP", ",", "IN", "NNS", "VBD", "."]
    doc = _parsed(words, heads, deps, pos, tags)
    doc.ents = [Span(doc, 6, 8, label="PERSON")]
    assert [[doc[i].text for i in run] for run in _name_after_cue(doc[5])] == [["Tom", "Reed"]]
    # a name the parser gave the cue itself is the tagger's to read
    heads[7] = 5
    doc = _parsed(words, heads, deps, pos, tags)
    doc.ents = [Span(doc, 6, 8, label="PERSON")]
    assert _name_after_cue(doc[5]) == []


def test_a_paragraph_the_page_prints_again_is_read_once():
    headline = "Kestrel rowing club and the city agree on a new lease for the old boathouse"
    text = f"{headline}\n\n{headline}\n\nThe club's chair said the lease was fair."
    claims = claims_of(text)
    assert sum(headline.startswith(c.content) or c.content in headline for c in claims) == 1
    short = '"Wrong," Tom Reed said.\n\n"Wrong," Tom Reed said.'
    assert len([c for c in claims_of(short) if c.source == "Tom Reed"]) == 2  # a short reply may come twice


def test_a_page_s_notice_on_the_reader_s_browser_is_nobody_s_claim():
    text = (
        "This browser is no longer supported\n\n"
        "For the best experience, please update your browser.\n\n"
        "Tom Reed said the Kestrel browser had a flaw that let thieves in."
    )
    assert [c.source for c in claims_of(text)] == ["Tom Reed"]


def test_e_mail_is_one_word():
    from factcheck.nlp import load

    assert [t.text for t in load()("He sent an e-mail and E-mails.")][3] == "e-mail"


def test_a_line_that_points_to_the_page_s_accounts_is_nobody_s_claim():
    from factcheck.extract import PAGE_NOTICE

    assert PAGE_NOTICE.match("Follow KESTRELTIMES.COM: Facebook | Twitter")
    assert not PAGE_NOTICE.match("Follow the money, Tom Reed told the inquiry.")


def test_a_link_to_another_story_after_read_more_and_a_comma_is_nobody_s_claim():
    text = "Read More, Riverton ambulances faster than the national standard, director says\n\nThe director said waits fell."
    assert [c.content for c in attributed(text)] == ["waits fell"]
    # "read more" in a sentence is no link
    assert attributed("Read more, she urged, and you will see the truth.")


def test_words_a_rule_takes_from_a_paragraph_s_start_begin_after_its_date():
    text = (
        "date 2022-06-18 Patients in rural areas may soon wait days to see a doctor as shortages worsen, "
        "a conference in Riverton heard."
    )
    (c,) = attributed(text)
    assert c.content.startswith("Patients in rural areas")


def test_a_page_s_link_past_its_menu_and_a_picture_s_credit_are_nobody_s_claims():
    text = (
        "Skip to main content\n\n"
        "Kestrel schools to ban phones\n\n"
        "(Ana Ruiz/KNA PHOTOS)\n\n"
        "(Ana Ruiz/KNA PHOTOS) Credit: KNA\n\n"
        "The head teacher said the ban had made pupils talk to each other again."
    )
    assert [c.content for c in claims_of(text)] == [
        "Kestrel schools to ban phones",
        "the ban had made pupils talk to each other again",
    ]
    # a sentence in brackets is no credit
    (c,) = attributed("(The head teacher said the ban was backed by 9/10 parents.)")
    assert c.source == "head teacher"


def test_a_cue_with_nothing_said_makes_no_claim():
    # found by the round-trip property: a speaker and a cue, no content
    assert all(c.spans.content for c in attributed('were The The The minister : " said'))


def test_a_paragraph_printed_again_after_a_dateline_is_said_once():
    text = (
        "Tom Reed, the port's director, said the cranes would be replaced by the end of the year.\n\n"
        "RIVERTON, Kestria (AP) — Tom Reed, the port's director, said the cranes would be replaced by the "
        "end of the year."
    )
    assert [c.source for c in attributed(text)] == ["Tom Reed"]


def test_a_place_in_capitals_before_a_colon_and_a_lead_in_the_passive_is_no_speaker():
    text = (
        "DOLVAN: Three grain depots have been looted by armed men in the hills above the river valley since the"
        " start of this year.\n\nRangers said the bears were shot."
    )
    assert [(c.source, c.cue) for c in attributed(text)] == [("rangers", "said")]


@pytest.mark.parametrize(
    "clutter",
    [
        "You are here: Home / News / Council backs the budget",
        "Baca Juga: Rupiah firms as exports rise",
        "You have reached your limit of free articles this month.",
        "With your current subscription you may comment on articles. First choose a name to show with your comments.",
    ],
)
def test_a_pages_breadcrumb_link_or_notice_to_subscribers_is_no_claim(clutter):
    said = attributed(f"{clutter}\n\nThe plan is dead, the minister said.")
    assert [(c.source, c.content) for c in said] == [("minister", "The plan is dead")]


@pytest.mark.parametrize(
    "text",
    [
        "The stoppage was called by the dockers' guild last week.",
        "The dockers called a walkout for Friday.",
        "The walkout, called by the guild, began on Monday.",
    ],
)
def test_calling_a_strike_or_an_election_is_a_deed(text):
    assert attributed(text) == []


def test_calling_a_strike_something_or_calling_for_a_vote_is_said():
    (c,) = attributed("The guild called the walkout a last resort.")
    assert c.cue == "called"
    (c,) = attributed("The guild called for a ballot on the offer.")
    assert (c.cue, c.content) == ("called for", "a ballot on the offer")


def test_crew_reporting_sick_is_off_work_not_a_report():
    (c,) = attributed("The ferry operator said sailings were cut because 40 deckhands reported sick.")
    assert c.source == "ferry operator"
    (c,) = attributed("The nurse reported that the ward was short of staff.")
    assert (c.cue, c.content) == ("reported", "that the ward was short of staff")


@pytest.mark.parametrize(
    "text",
    [
        'Tom Reed said the upgrade was "vital" if the gym was to be allowed to charge members more than £40.',
        'Ana Ruiz says it would be "unfair" to charge new tenants less than others.',
    ],
)
def test_charging_a_price_is_billing_no_charge_laid(text):
    (c,) = attributed(text)
    assert c.cue in {"said", "says"}
    (c,) = attributed("Critics charge that the mayor is corrupt.")
    assert (c.cue, c.content) == ("charge", "that the mayor is corrupt")


def test_a_clause_before_a_semicolon_is_not_what_the_speakers_after_it_say():
    text = "Kestrel Arms licence hearings begin; neighbours testify\n\nThe council said the pub could stay open."
    assert [(c.source, c.content) for c in attributed(text)] == [("council", "the pub could stay open")]
    # a semicolon inside the words said is theirs
    (c,) = attributed("The bridge is unsafe; it must close at once, the engineer said.")
    assert c.source == "engineer"
    # ... and so are the words before speakers a list sets apart by semicolons
    text = (
        "The closures will be a “heavy loss for the valley,” Sen. Ana Ruiz, D-Riverton; "
        "Rep. Tom Hale, D-Riverton; and Alderman Mark Vale, 10th, said in a statement."
    )
    (c,) = attributed(text)
    assert c.content == "The closures will be a “heavy loss for the valley,”"


def test_a_participle_s_words_follow_it():
    """'"It was a disaster," she wrote, citing figures': the quotation is what she wrote; what she
    cited is the participle's object."""
    text = "Tom Hale wrote to the board in May to “demand that the pilot stop” citing concerns over cost."
    (c,) = [c for c in attributed(text) if c.cue == "citing"]
    assert c.content == "concerns over cost"


def test_a_content_does_not_end_on_its_cue_s_first_word():
    """ "The plan, first proposed by the mayor in May,": the cue "first proposed" holds "first",
    the content is the plan."""
    (c,) = attributed("The plan, first proposed by the mayor in May, was dropped in June.")
    assert (c.cue, c.content) == ("first proposed", "The plan")


def test_a_date_after_by_is_a_deadline_not_an_agent():
    """ "flats approved as holiday lets by March 2030": the month is when, no one approving."""
    text = "The mayor said the city would cancel the permits of the 300 flats currently approved as holiday lets by March 2030."
    claims = attributed(text)
    assert [c.source for c in claims] == ["mayor"]


def test_a_hearsay_adverb_keeps_the_finder_of_a_clause():
    """ "The watchdog reportedly determined that ...": the watchdog's finding, as reported; a
    deed said to have happened ("Police reportedly raided ...") is no one's named saying."""
    (c,) = attributed("The watchdog reportedly determined that the bank had misled its clients over fees.")
    assert (c.source, c.content) == ("watchdog", "that the bank had misled its clients over fees")
    (c,) = attributed("Police reportedly raided the offices on Monday.")
    assert c.source == "unnamed source"


def test_a_figure_that_changed_says_nothing():
    assert attributed("The number of noise complaints in June more than doubled to more than 900.") == []
    (c,) = attributed("The union said the figure rose to 400.")
    assert (c.source, c.content) == ("union", "the figure rose to 400")


def test_what_someone_ought_to_say_is_not_said():
    """ "Drivers should question the charges": advice to them, nothing they said ("I should say
    that ..." is the speaker's own)."""
    assert attributed("Drivers should question the charges.") == []
    claims = attributed("The minister must explain why the plan failed, Reed said.")
    assert [(c.source, c.cue) for c in claims] == [("Reed", "said")]
    (c,) = attributed("I should say that my sister trained as a nurse in Leeds.")
    assert c.cue == "should say"


def test_a_participle_after_a_noun_is_done_to_it():
    """ "a network of footpaths proposed for the estate": the footpaths are what was proposed."""
    text = (
        "Parish officials ignored a Kestrel residents group’s rejection of a network of footpaths proposed for"
        " the estate, and have decided to build them anyway."
    )
    assert [c.cue for c in attributed(text)] == ["ignored", "have decided"]


def test_one_found_guilty_says_nothing():
    """ "Any person found guilty of an offence": found so by a court, the tagger's past tense aside."""
    text = "Any person found guilty of an offence will face a fine, Tom Hale said."
    assert [(c.source, c.cue) for c in attributed(text)] == [("Tom Hale", "said")]
    (c,) = attributed("The jury found him guilty of fraud.")
    assert (c.source, c.cue) == ("jury", "found")


def test_a_headline_s_label_in_the_past_is_a_passive():
    """ "Airport queues branded 'a total shambles'": the queues were so branded, by others."""
    assert attributed("Airport queues branded 'a total shambles' before holiday rush") == []
    (c,) = attributed("The mayor branded the queues 'a shambles' on Friday.")
    assert c.source == "mayor"


def test_an_adverb_of_when_is_no_part_of_a_source():
    (c,) = attributed("News 8 first reported the rising costs in May.")
    assert (c.source, c.source_kind) == ("News 8", "media")
    (c,) = attributed("Scot Vell, director of One Kestria Now, said the spending numbers were dramatic.")
    assert c.affiliation == "One Kestria Now"


def test_a_mention_of_blank_space_is_read_without_failing():
    """Odd text (found by the round-trip property test) can leave a mention of tabs and spaces
    between backslashes: no plural to read in it, and no crash."""
    claims_of("said said \\ \t \\")


def test_a_name_read_as_a_verb_is_the_cue_s_subject():
    """The parser may take an unfamiliar given name for a verb ("Meredydd Hughes, ..., said":
    "Meredydd" a verb, "Hughes" its object), leaving the cue no subject: the name is it."""
    from spacy.tokens import Span

    from factcheck.attribute import find_subject

    words = ["Bryndis", "Hale", ",", "the", "force", "'s", "lead", ",", "said", "checks", "rose", "."]
    heads = [8, 0, 1, 4, 6, 4, 1, 8, 8, 10, 8, 8]
    deps = ["advcl", "dobj", "punct", "det", "poss", "case", "appos", "punct", "ROOT", "nsubj", "ccomp", "punct"]
    pos = ["VERB", "PROPN", "PUNCT", "DET", "NOUN", "PART", "NOUN", "PUNCT", "VERB", "NOUN", "VERB", "PUNCT"]
    tags = ["VBZ", "NNP", ",", "DT", "NN", "POS", "NN", ",", "VBD", "NNS", "VBD", "."]
    doc = _parsed(words, heads, deps, pos, tags)
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    assert find_subject(doc[8], 0).text == "Bryndis"
    doc.ents = []  # no name the model knows: no subject made up
    assert find_subject(doc[8], 0) is None


def test_a_quotation_after_a_colon_is_what_the_cue_after_it_says():
    """'... rose by 8.5%: "That is a colossal sum," he says. "..."': the quotation and its sequel,
    not the sentence before the colon, which is the first "says"'s."""
    text = (
        "Ana Vell, a pensioner whose flat in Ashby is run by Kestrel Homes, says her rent went up by £6 a week:"
        " “That is a huge sum,” she says. “And nobody asked the tenants.”"
    )
    second = [c for c in claims_of(text) if "huge" in c.content and not c.content.startswith("her rent")]
    assert len(second) == 1 and not second[0].content.startswith("Ana Vell")
