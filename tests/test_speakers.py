"""Who speaks: a source is someone who can say something, of the right kind (texts written for these tests)."""

import pytest
from conftest import attributed, claims_of


def by_cue(text, cue):
    return [c for c in claims_of(text) if c.cue.endswith(cue)]


def test_a_quantifier_speaks_for_the_group_it_picks_from():
    text = "Each of the tenants is asking for a refund of the deposit."
    (c,) = by_cue(text, "asking for")
    assert (c.source, c.source_kind) == ("tenants", "group")
    text = "The landlord was sued last year. One of the two complaints alleged fraud by the agent."
    (c,) = by_cue(text, "alleged")
    assert c.source_kind == "document" and "complaints" in c.source and not c.source.startswith("of")


def test_one_of_a_group_is_not_they():
    text = (
        "Dozens of farmers protested outside the mill on Friday. One of the farmers, Ole Brandt, told reporters "
        "that prices had halved. The manager told the farmers to leave, but they refused to go."
    )
    (c,) = by_cue(text, "refused")
    assert c.source != "Ole Brandt"


def test_a_gerund_after_a_preposition_has_the_noun_before_it_as_its_speaker():
    text = "Rallies spread across the region, fuelled by the government admitting that it had lost the files."
    (c,) = by_cue(text, "admitting")
    assert (c.source, c.source_kind) == ("government", "government")
    text = "The river rose overnight, with residents saying that dozens of homes were flooded."
    (c,) = by_cue(text, "saying")
    assert c.source == "residents"


def test_the_subject_of_a_passive_cue_is_what_is_said_not_who_says_it():
    text = "The new bridge is expected to open in May."
    for c in by_cue(text, "expected"):
        assert c.source_kind == "anonymous" and "bridge" not in c.source
    text = "The union said its strikes are intended to protect jobs at the plant."
    assert all("strikes" not in c.source for c in claims_of(text))


def test_a_passive_of_a_state_of_mind_keeps_its_speaker():
    text = "The growers are convinced that the new rules will ruin them."
    (c,) = by_cue(text, "convinced")
    assert c.source == "growers"


@pytest.mark.parametrize(
    "text",
    [
        "The price crisis highlighted sharp differences between the two parties.",
        "Its sudden moves have brushed aside the usual rules of the market.",
    ],
)
def test_an_act_a_state_or_an_event_is_no_speaker(text):
    assert attributed(text) == []
    assert [c.source_kind for c in claims_of(text)] == ["narrator"]


@pytest.mark.parametrize(
    "text, cue, source",
    [
        ("Seventy percent of the members said they would strike.", "said", "members"),
        ("A person familiar with the talks said the deal was close.", "said", None),
        ("The research found that the drug cut deaths by a third.", "found", "research"),
    ],
)
def test_documents_and_parts_of_a_group_still_speak(text, cue, source):
    (c,) = by_cue(text, cue)
    assert c.source_kind != "narrator"
    if source:
        assert source in c.source


@pytest.mark.parametrize(
    "text, body",
    [
        ("A Lufthansa spokeswoman said the flights would resume on Monday.", "Lufthansa"),
        ("An official of the Ministry of Transport said the bridge would reopen in March.", "Ministry of Transport"),
    ],
)
def test_one_spokesperson_or_official_of_a_named_body_is_a_person_who_speaks_for_it(text, body):
    (c,) = attributed(text)
    assert c.source_kind == "person" and c.affiliation == body


@pytest.mark.parametrize("title", ["Ms", "Mrs.", "Dr", "Mr"])
def test_a_title_before_a_name_makes_a_person_of_it(title):
    # the English model tags a name it does not know, after a title written without a stop, as an organisation
    (c,) = attributed(f"{title} Leelaben Aherwar said the water in the district was poisoned.")
    assert (c.source, c.source_kind) == ("Leelaben Aherwar", "person")


@pytest.mark.parametrize(
    "text, source",
    [
        # the tagger reads an acronym that opens a sentence as a plural noun ("nape", a neck)
        ("NAPE, the union representing striking workers, claims that the new hires are unsafe.", "NAPE"),
        # a name inside a clause that describes the speaker is not the speaker
        ("The lawyer representing Maria Lopez said that the charges were false.", "lawyer"),
        ("Rebels fighting to oust President Laurent Kabila said they had killed 210 troops.", "rebels"),
    ],
)
def test_a_name_in_a_clause_describing_the_speaker_is_not_the_speaker(text, source):
    (c,) = attributed(text)
    assert c.source.lower().startswith(source.lower())


def test_an_acronym_in_a_headline_written_in_capitals_is_no_name():
    (c,) = attributed("PROTESTERS SAY POLICE FIRED FIRST")
    assert (c.source, c.source_kind) == ("protesters", "group")


@pytest.mark.parametrize(
    "text, source, kind",
    [
        ("The news agency said 40 people died.", "news agency", "media"),
        ("The state news agency said 40 people died.", "state news agency", "media"),
        ("The agency said 40 people died.", "agency", "government"),
        (
            "The Environmental Protection Agency said the water was safe.",
            "Environmental Protection Agency",
            "government",
        ),
        ("Xinhua news agency said 40 people died.", "Xinhua news agency", "media"),
    ],
)
def test_a_news_agency_is_media_and_an_agency_of_state_is_not(text, source, kind):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (source, kind)


def test_it_may_stand_for_the_organisation_a_sentence_was_about():
    text = (
        "The Health Ministry said 70,000 people died. The National Coordination Agency for Disaster Relief gave"
        " an even lower number. In a statement, it listed more than 89,000 dead."
    )
    listed = next(c for c in attributed(text) if c.cue == "listed")
    assert listed.source == "National Coordination Agency for Disaster Relief"
    # a body named by its acronym is the body named in full before
    text = (
        "Air India said that it disagrees with the order issued by the Directorate General of Civil Aviation (DGCA)."
        " The DGCA said the airline's response was examined. It added the planes broke the rules."
    )
    said, added = (c for c in attributed(text) if c.cue in {"said", "added"} and c.source != "Air India")
    assert said.source == added.source


def test_it_may_stand_for_a_body_named_before_and_then_a_sentences_subject():
    """ "The government has been opposed to the panel ... It said": the government named before,
    not the report a sentence in between was about."""
    text = (
        "The Sri Lankan government said the war had ended. The report, by a panel of experts, was sent to the UN"
        " on Monday.\n\nThe government has been fundamentally opposed to the panel since its appointment.\n\n"
        "It said the report was biased."
    )
    assert [c.source for c in attributed(text) if c.cue == "said"] == ["Sri Lanka"] * 2


def test_a_headline_in_title_case_names_no_person_for_a_later_she():
    text = "Tsunami Death Count in Dispute\n\nThe ministry said 70,000 died. She said the agency would count the dead."
    she = next(c for c in attributed(text) if c.speaker == "She")
    assert "Tsunami" not in she.source


def test_a_name_after_an_organisation_and_a_title_in_any_words_is_its_person():
    # the tagger takes both "Philip Morris" and "Murray Bring" for organisations; "veepee" is no title it knows
    (c,) = attributed("At a news conference, Philip Morris senior veepee Murray Bring said the allegations are false.")
    assert (c.source, c.source_kind, c.affiliation) == ("Murray Bring", "person", "Philip Morris")


def test_a_company_with_and_without_its_legal_form_is_one_source():
    one = claims_of("Tesla Inc said on Wednesday it would fight the lawsuit. Tesla contested details of the lawsuit.")
    assert {c.source_id for c in one} == {"tesla"}
    # across articles too: one outlet writes "Acme Corp.", another "Acme"
    assert (
        claims_of("Acme Corp. said the plant was safe.")[0].source_id
        == claims_of("Acme said the leak was small.")[0].source_id
    )


def test_a_website_named_after_its_name_is_that_medium_not_a_person():
    # the English model tags "Fuerte" a person; "the Café Fuerte website" names the medium
    text = "Cuban authorities denied reports of deaths, reported the Café Fuerte website."
    assert ("Café Fuerte", "media") in [(c.source, c.source_kind) for c in attributed(text)]


def test_a_campaign_named_after_a_person_is_no_person():
    (c,) = attributed("The Ana Ruiz campaign said the poll was wrong.")
    assert c.source_kind == "organization"


@pytest.mark.parametrize(
    "text, source, spoken",
    [
        ("On Monday at the county fair Mayor Ana Ruiz (D) said the bridge would reopen.", "Ana Ruiz", "Ana Ruiz (D"),
        (
            "At a rally in Dayton Sen. Tom Reed (R-Ohio) said the plant would close.",
            "Tom Reed",
            "Sen. Tom Reed (R-Ohio",
        ),
        ("Mayor Ana Ruiz (D) said the bridge would reopen.", "Ana Ruiz", "Mayor Ana Ruiz (D"),
    ],
)
def test_a_name_before_a_bracket_of_party_or_state_speaks(text, source, spoken):
    """The parser may hang a name after an opening phrase on the phrase's noun, leaving the verb
    with no subject; the name before its bracket ("(D)", "(R-Ohio)") is who speaks, without it."""
    (c,) = attributed(text)
    assert (c.source, c.source_kind, c.cue) == (source, "person", "said")
    assert spoken in text[slice(*c.spans.source[0])]


@pytest.mark.parametrize(
    "text, source, affiliation",
    [
        ("Speaker of the House Rep. Tom Reed (R-Ohio) said the vote would go ahead.", "Tom Reed", None),
        (
            "Chairman of the Joint Chiefs Gen. Mark Halden said the drills would go ahead.",
            "Mark Halden",
            "Joint Chiefs",
        ),
        ("Secretary of State Ana Ruiz said the talks had failed.", "Ana Ruiz", "State"),
        # a county's officer, who speaks for it ("Supervisor"), no body called "Elections"
        (
            "Harris County Supervisor of Elections Tom Reed said the count would end Friday.",
            "Tom Reed",
            "Harris County",
        ),
    ],
)
def test_a_title_of_a_body_before_a_name_is_the_persons(text, source, affiliation):
    (c,) = attributed(text)
    assert (c.source, c.source_kind, c.affiliation) == (source, "person", affiliation)


@pytest.mark.parametrize(
    "text, source",
    [
        ("A Tom Reed memo says the bridge is unsafe.", "Tom Reed memo"),
        ("Ana Ruiz's statement said the bridge was safe.", "Ana Ruiz's statement"),  # the tagger names only Ruiz
    ],
)
def test_a_document_named_after_a_person_is_the_document_in_its_capitals(text, source):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (source, "document")


def test_one_ministry_under_its_names_is_one_source():
    text = (
        "The Ministry of Home Affairs denied that the officer quit over the list. "
        "The Home Ministry said the officer was transferred in 2019. "
        "The Ministry added that the claim was baseless."
    )
    assert {(c.source, c.source_kind) for c in attributed(text)} == {("Ministry of Home Affairs", "government")}


def test_a_surname_tagged_as_an_organisation_after_the_person_spoke_is_that_person():
    text = "Maria Okafor told the council that the road was unsafe. Okafor added that two children had been hurt there."
    kinds = {c.source_kind for c in attributed(text)}
    assert kinds == {"person"}


@pytest.mark.parametrize(
    "text, source",
    [
        ("The city said the road would reopen on Monday.", "city"),
        ("The county said the vote count was accurate.", "county"),
        ("The town said the bridge was safe.", "town"),
        ("The city council said the budget was balanced.", "city council"),
        ("Dallas city officials said the pool was safe.", "Dallas city officials"),
        ("Government authorities said 40 people were killed.", "government authorities"),
        ("The City of Dallas said the pool was safe.", "Dallas"),
    ],
)
def test_a_local_government_is_government(text, source):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (source, "government")


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The Real Estate Board said prices would rise.", "organization"),  # "state" is no word of "Estate"
        ("Greenhouse Partners said the deal was done.", "organization"),  # nor "house" of "Greenhouse"
        ("Courtland Holdings said the sale had closed.", "organization"),  # nor "court" of "Courtland"
        ("Company officials said the plant was safe.", "group"),
    ],
)
def test_a_government_word_counts_only_as_a_whole_word(text, kind):
    (c,) = attributed(text)
    assert c.source_kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "date 2021-05-04 The port authority denied that the ship had run aground.",
        "Updated: May 4, 2021 10:30 GMT | The port authority denied that the ship had run aground.",
        "LAGOS, Nigeria (AP) — The port authority denied that the ship had run aground.",
        "May 4, 2021 — LAGOS, Nigeria (AP) — The port authority denied that the ship had run aground.",
    ],
)
def test_a_date_or_dateline_before_the_text_is_never_part_of_a_source(text):
    (c,) = attributed(text)
    assert c.speaker == "The port authority"
    assert [text[s:e] for s, e in c.spans.source] == ["The port authority"]


def test_a_date_that_opens_a_sentence_is_not_taken_for_a_dateline():
    from factcheck.segment import dateline_end

    text = "May 4, 2021 marked the day the port reopened."
    assert dateline_end(text, 0, len(text)) == 0


def test_an_acronym_given_in_brackets_is_the_same_source_as_its_name():
    text = "Doctors Without Borders (MSF) said the clinic was hit. Later, MSF said two nurses had died."
    first, second = attributed(text)
    assert second.speaker == "MSF"
    assert (second.source_id, second.source_kind) == (first.source_id, first.source_kind)


def test_an_acronym_takes_the_name_and_kind_of_the_name_the_text_gave_it():
    from factcheck.attribute import Mention
    from factcheck.resolve import Resolver, introduced_acronyms, source_id

    text = "The airline was fined by the Office of Rail Safety (ORS) on Monday. The ORS said the fine stood."
    assert introduced_acronyms(text) == {"ORS": "Office of Rail Safety"}
    assert introduced_acronyms("It closed on Monday. Doctors Without Borders (MSF) left.") == {
        "MSF": "Doctors Without Borders"
    }
    said = Mention(spans=[(68, 75)], text="The ORS", head="ORS", head_lemma="ors", pronoun=False, plural=False,
                   entities=[("ORS", "ORG")], proper=True)  # fmt: skip
    res = Resolver(text=text).resolve(said)
    assert (res.name, res.kind) == ("Office of Rail Safety (ORS)", "government")  # named as the article names it too
    assert source_id(res, "a1") == "office-of-rail-safety"
    assert Resolver().resolve(said).name == "ORS"  # without the text, the acronym is all there is


def test_a_second_verb_of_a_dated_subject_keeps_the_date_out_of_its_speaker():
    """ "date ... The ministry denied X and said Y": both claims are the ministry's, and the
    dateline is in neither speaker."""
    from factcheck.extract import extract
    from factcheck.models import Article

    text = (
        "date 2024-05-02 Norway’s energy ministry denied a report published by a newspaper on Monday that "
        "its staff had sold the data of 300 customers, and said there were no such sales in the period."
    )
    claims = extract(Article(id="a1", text=text))
    said = [c for c in claims if c.cue == "said"]
    assert said and all("date" not in c.speaker and "2024" not in c.speaker for c in said)
    assert all("ministry" in c.speaker for c in said)


def test_a_collective_noun_speaks_as_a_group():
    from factcheck.extract import extract
    from factcheck.models import Article

    kinds = {
        c.source: c.source_kind
        for text in ("The opposition said the vote was rigged.", "The crowd chanted that the mayor must resign.")
        for c in extract(Article(id="a1", text=text))
    }
    assert kinds == {"opposition": "group", "crowd": "group"}
    [leader] = extract(Article(id="a2", text="The opposition leader said the vote was rigged."))
    assert leader.source_kind == "person"  # a person of the group is a person


def test_a_name_ending_in_an_organisations_word_is_an_organisation_of_its_camp():
    """The tagger takes some coalitions for people; the word before the name says which side
    they are on, so a senior figure of that side and the coalition speak for one side."""
    text = "The opposition Northern Unity Alliance rejected the count, saying its own tally showed a win."
    (c, *_) = attributed(text)
    assert (c.source, c.source_kind, c.affiliation) == ("Northern Unity Alliance", "organization", "opposition")


def test_a_named_army_is_a_governments_only_when_a_country_names_it():
    text = (
        "The Free Valley Army said two soldiers were killed. The Pakistan Army said the strike hit militants. "
        "The U.S. Army said it would investigate."
    )
    kinds = {c.source: c.source_kind for c in attributed(text)}
    assert kinds == {"Free Valley Army": "organization", "Pakistan Army": "government", "U.S. Army": "government"}


def test_a_body_made_of_people_speaks_as_a_group():
    (c,) = by_cue("A team of geologists said the rocks were older than the dam.", "said")
    assert (c.source, c.source_kind) == ("team of geologists", "group")
    (c,) = by_cue("The team said the rocks were older than the dam.", "said")
    assert c.source_kind == "organization"  # a team alone may be a club or a company's


def test_a_lower_case_word_tagged_a_person_is_no_antecedent():
    text = (
        "Mara Levin told the board of her illness in May, before she began growing gaunt. "
        "But he has said the board's attitude toward her changed soon after."
    )
    (c,) = by_cue(text, "has said")
    assert c.source.lower() != "gaunt"


def test_a_persons_lawyers_speak_for_her_not_as_her():
    """ "Maria Lopez's lawyers said": the lawyers are the source, Maria Lopez their affiliation,
    as for a spokesman of an organisation."""
    (c,) = attributed("Maria Lopez's lawyers said the case against her was closed.")
    assert (c.source_kind, c.affiliation) == ("group", "Maria Lopez") and "lawyers" in c.source
    (c,) = attributed("Zamfara's commissioner, Ibrahim Dosara, said the case was closed.")
    assert c.source == "Ibrahim Dosara"


def test_a_descriptions_relative_clause_is_not_part_of_its_name():
    (c,) = attributed("A fire department lieutenant who responded to the scene testified she saw an open knife.")
    assert c.source == "fire department lieutenant" and "who responded" in c.speaker


def test_what_is_no_proposition_is_no_claim():
    """A passive's agent alone ("sparked by the government") and the source's own words ("with
    regards telling the whole truth") are no content: no claim of the protests or of "regards"."""
    text = "Protests began on Saturday and continued on Sunday, sparked by the government admitting that it shot down the plane."
    assert [(c.source, c.content) for c in attributed(text)] == [("government", "that it shot down the plane")]
    text = "The outbreak is owed to the gag rule that state media operates under with regards telling the whole truth."
    assert attributed(text) == []


def test_objects_do_nothing_said_but_records_speak():
    """ "Fighter jets attacked the house": a machine doing something to a thing says nothing. A
    video, a sign or a letter carries words: a document source."""
    assert attributed("Fighter jets attacked the house on Monday.") == []
    (c,) = attributed("The video shows that the police fired first.")
    assert (c.source, c.source_kind) == ("video", "document")


def test_a_name_the_text_calls_a_website_is_media():
    text = (
        "Officials denied the reports, according to the Café Fuerte website.\n\n"
        "Café Fuerte asserts that two women have died."
    )
    (c,) = [c for c in attributed(text) if c.cue == "asserts"]
    assert (c.source, c.source_kind) == ("Café Fuerte", "media")


def test_what_officers_did_is_not_whom_they_speak_for():
    text = "But according to other responding officers, the knife was closed. Acme spokesman Tom Reed said it was."
    officers, reed = attributed(text)
    assert officers.source == "other responding officers" and officers.affiliation is None
    assert reed.affiliation == "Acme"  # the words before a role still name its organisation


def test_a_leaders_supporters_are_a_group_not_a_person():
    text = "Odinga lost again. In a nation where ethnicity plays a large role, Odinga’s Luo supporters feel cheated."
    (c,) = attributed(text)
    assert c.source_kind == "group" and "Luo" not in c.source


def test_a_noun_with_its_that_clause_is_a_proposition_not_a_speaker():
    text = "Their suggestion that the fossils may belong to a new species challenges the existing views."
    assert attributed(text) == []
    (c,) = attributed("The scientists suggest that the fossils belong to a new species.")
    assert c.source == "scientists"


def test_a_transcripts_speaker_labels_hold_their_turns():
    text = (
        '"HOST: Will the senator be at the hearing tomorrow?\n\n'
        '"OKAFOR: She will not attend the hearing. The committee has known that for weeks.\n\n'
        "Update: The hearing was moved to Thursday."
    )
    claims = attributed(text)
    assert [(c.source, c.cue) for c in claims] == [("HOST", ":"), ("OKAFOR", ":")]
    assert claims[1].content == "She will not attend the hearing. The committee has known that for weeks"
    assert claims[0].content.endswith("?")  # a question stays one


def test_a_headlines_label_is_its_speaker():
    (c,) = attributed("Okafor: Senator Won’t Attend Hearing, Committee Knew for Weeks")
    assert (c.source, c.cue, c.content) == ("Okafor", ":", "Senator Won’t Attend Hearing, Committee Knew for Weeks")
    assert attributed("Key points: the plan costs three billion dollars.") == []
    assert attributed("Rumor: Northwind To Unveil A Larger Plane This Month") == []  # a rumour says nothing


@pytest.mark.parametrize(
    "label",
    ["Jane Doe NOT Dead", "REVEALED", "Harbor Bridge Shooting", "Northwind Layoffs Hoax Alert", "URGENT"],
)
def test_a_headlines_label_that_names_no_one_is_no_speaker(label):
    claims = claims_of(f"{label}: Fans Gather Outside The Old Theater", outlet="Paper")
    assert all(c.source == "Paper" for c in claims)


def test_a_headlines_lower_case_label_that_names_no_one_is_no_speaker():
    claims = claims_of("Gary Lowe dead: Playboy founder passes away at 88", outlet="Paper")
    assert [c.source for c in claims] == ["Paper"]


def test_a_headlines_label_that_names_a_body_speaks():
    labels = (("DHS", "DHS"), ("Senator Okafor", "Okafor"), ("Northwind", "Northwind"), ("Apple", "Apple"))
    for label, source in labels:
        (c,) = attributed(f"{label}: Fans Gather Outside The Old Theater")
        assert (c.source, c.cue) == (source, ":")


def test_a_headlines_label_names_its_speaker_before_whom_or_what_they_spoke_to_or_on():
    for label in ("Governor Holt To Farmers", "Governor Holt on the Drought", "Governor Holt at Rally"):
        (c,) = attributed(f"{label}: Relief Checks Are Coming Next Week")
        assert (c.source, c.cue, c.content) == ("Holt", ":", "Relief Checks Are Coming Next Week")


def test_a_headlines_label_may_close_on_its_speakers_role_in_lower_case():
    (c,) = attributed("Kremlin spokesman: Troops will stay in the region.")
    assert (c.source, c.source_kind, c.affiliation, c.cue) == ("Kremlin spokesman", "person", "Kremlin", ":")
    (c,) = attributed("Police chief: No arrests have been made.")
    assert (c.source_kind, c.cue, c.content) == ("person", ":", "No arrests have been made")
    for label in ("Bottom line", "Fact check", "Full Coverage", "Holt’s Choice Words"):
        assert attributed(f"{label}: The council will vote on the budget next week.") == []
    assert attributed("Publication Date: 29-06-2012") == []


def test_a_place_before_a_headline_that_reports_its_own_speaker_is_no_speaker():
    for headline in (
        "Kenya: Police Defend Response to Fuel Protests",
        "Kenya: Police defend response to fuel protests",
    ):
        assert [(c.source, c.cue.lower()) for c in attributed(headline)] == [("police", "defend")]
    (c,) = attributed("Russia: Sanctions Have Failed")  # no one else speaks: the place does
    assert (c.source, c.cue) == ("Russia", ":")


def test_a_headlines_verdict_label_is_the_outlets_denial():
    (c,) = claims_of("HOAX: TV Show Tricks Drivers Into Paying Twice For Fuel", outlet="Paper")
    assert (c.source, c.source_kind, c.stance) == ("Paper", "narrator", "denies")
    assert c.content == "TV Show Tricks Drivers Into Paying Twice For Fuel"


def test_a_quotation_signed_after_a_dash_is_its_signers():
    text = (
        "“We can build a better road than this one.” ― Steve Quinlan\n"
        "“The council never listened to us.” ― Carla Sanchez"
    )
    assert [(c.source, c.cue, c.content) for c in attributed(text)] == [
        ("Steve Quinlan", "―", "We can build a better road than this one."),
        ("Carla Sanchez", "―", "The council never listened to us."),
    ]


def test_a_transcripts_capitalised_label_is_the_person_named_before():
    text = (
        "Senator Grace Okafor said on Sunday that the hearing would go ahead.\n\n"
        '"HOST: Will you be there tomorrow?\n\n'
        '"OKAFOR: I will not attend the hearing tomorrow.'
    )
    sources = {(c.source, c.source_id) for c in attributed(text) if c.cue in {"said on Sunday", ":"}}
    assert ("Grace Okafor", "grace-okafor") in sources and not any(s == "OKAFOR" for s, _ in sources)


def test_a_blog_pages_comments_header_is_nobodys_claim():
    text = (
        "Officials said the outbreak was under control.\n\n"
        "One thought on “Officials Deny More Deaths”\n\n"
        '3 Comments on "Why the bridge fell"'
    )
    assert [(c.source, c.content) for c in claims_of(text)] == [("officials", "the outbreak was under control")]


def test_a_website_or_a_blog_is_media():
    text = (
        "Officials denied the reports, according to the Café Fuerte website. "
        "The outbreak is over, the Havana Daily blog reported."
    )
    kinds = {c.cue: c.source_kind for c in attributed(text)}
    assert kinds["according to"] == "media" and kinds["reported"] == "media"


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "After announcing the recall in May, the Ohio-based company had said the cars were safe.",
            "Ohio-based company",
        ),
        ("In rejecting the bid, the Paris-based group argued that the price was too low.", "Paris-based group"),
    ],
)
def test_a_place_in_a_hyphened_modifier_is_not_the_speaker(text, source):
    """A place in "the Ohio-based company" modifies the company, which speaks."""
    assert {c.source for c in attributed(text)} == {source}


def test_officials_of_a_named_body_speak_for_its_government():
    (c,) = attributed("Officials of the Ministry of Transport said the bridge would reopen in March.")
    assert c.source_kind == "government"


def test_a_date_in_a_participles_phrase_leaves_the_sources_name_with_the_participle():
    text = (
        "The complaints filed Monday say the landlord ignored the leaks for years. "
        "One of the two complaints filed Monday alleged fraud."
    )
    assert {c.source for c in attributed(text)} == {"complaints"}


def test_the_statement_a_speaker_put_out_speaks_for_that_speaker():
    text = (
        "Three former workers sued the mill on Monday. In a statement, Harlow Paper said it would contest the suit. "
        '"The allegations are baseless," the statement said.'
    )
    (statement,) = [c for c in attributed(text) if c.source == "statement"]
    assert statement.source_kind == "document" and statement.affiliation == "Harlow Paper"
    # a claim named inside another speaker's sentence does not put the statement out
    text = (
        "The ministry issued a statement rejecting Mr Osei's claim that the budget was cut. "
        '"No budget was cut," the statement said.'
    )
    (statement,) = [c for c in attributed(text) if c.source == "statement"]
    assert statement.affiliation == "ministry"


def test_a_statement_no_one_was_said_to_put_out_speaks_for_no_one():
    text = 'Three former workers sued the mill on Monday. "The allegations are baseless," the statement said.'
    (statement,) = [c for c in attributed(text) if c.source == "statement"]
    assert statement.affiliation is None


@pytest.mark.parametrize(
    "text, source",
    [
        ("The Roberto Vance-led council rejected the audit as flawed.", "Roberto Vance-led council"),
        ("The suspect fled before officers arrived, the TV station reported.", "TV station"),
        ("The city council said the bridge would reopen in May.", "city council"),
    ],
)
def test_a_description_keeps_the_capitals_of_a_name_or_an_abbreviation_it_opens_with(text, source):
    assert source in [c.source for c in attributed(text)]


def test_one_of_them_speaks_for_the_group_last_spoken_of():
    text = 'Two nurses said the ward was closed in May. "It was never closed," one of them said.'
    assert [c.source for c in attributed(text)] == ["Two nurses", "Two nurses"]
    # the group may be one the text spoke of without quoting it, after another group spoke
    text = (
        "The guards said the prisoner attacked them. Three inmates who saw the fight were moved to another wing. "
        '"He never touched the guards," one of them said.'
    )
    assert [c.source for c in attributed(text)][-1] == "inmates"


def test_an_age_standing_alone_is_the_person_named_before():
    text = (
        "The opposition candidate, Ruth Amponsah, rejected the results. "
        "The 58-year-old claimed that ballots had been burned in two districts."
    )
    assert [c.source for c in attributed(text)] == ["Ruth Amponsah", "Ruth Amponsah"]
    text = "A 45-year-old woman said the water had been brown for a week."
    assert [c.source for c in attributed(text)] == ["45-year-old woman"]


def test_a_nationality_before_a_medium_is_no_name():
    text = "The fund says an English daily has presented opinions as fact."
    assert [c.source for c in attributed(text)][-1] == "English daily"
    # a medium the text names by its kind still takes that name
    text = "Cuban authorities denied reports of deaths, reported the Café Fuerte website."
    assert "Café Fuerte" in [c.source for c in attributed(text)]


def test_a_description_with_a_or_a_number_brings_in_someone_new():
    text = (
        "Up to 13 civilians were killed, a senior security official said. "
        "Two officials said a helicopter had fired on the cars. "
        "But a local security official on the border said 12 people had been killed. "
        '"The gunships were directed to hit the cars," said the official, who declined to be identified.'
    )
    sources = [c.source for c in attributed(text)]
    assert sources[:3] == ["senior security official", "Two officials", "local security official on the border"]
    assert sources[3] == sources[2]  # "the official" is the one spoken of last


@pytest.mark.parametrize(
    "text, source",
    [
        ('"The patient was not refused admission," said the clinic in an official statement.', "clinic"),
        ("The ministry in a statement said the dam was safe.", "ministry"),
        ("Maria Lopez's family in a series of tweets said she had been turned away.", "Maria Lopez's family"),
    ],
)
def test_the_channel_a_source_spoke_through_is_no_part_of_its_name(text, source):
    assert [c.source for c in attributed(text)] == [source]


def test_an_acronym_is_the_source_whose_name_introduced_it():
    text = (
        "Delhi's Lok Nayak Jai Prakash (LNJP) hospital issued a clarification on Sunday. "
        '"The patient was brought in dead," said LNJP.'
    )
    assert len({c.source_id for c in attributed(text)}) == 1


def test_what_which_says_is_said_by_the_noun_it_stands_for():
    text = (
        "President Ana Ruiz dismissed as not credible an independent study which estimated that 6,000 "
        "people had died in the floods."
    )
    assert ("independent study", "estimated") in [(c.source, c.cue) for c in attributed(text)]


def test_the_title_alone_is_the_person_named_with_it_not_another_office():
    text = "US President Ana Ruiz dismissed the audit. The president added that the auditors were biased."
    assert [c.source for c in attributed(text)] == ["Ana Ruiz", "Ana Ruiz"]
    text = "Vice President Ana Ruiz said the bridge was safe. The president said it was not."
    assert [c.source for c in attributed(text)] == ["Ana Ruiz", "president"]


def test_a_gerund_after_a_set_off_list_has_that_list_as_its_speaker():
    text = (
        "The toll was 150, with Amnesty International, and several news outlets, reporting that 2,000 "
        "people were killed."
    )
    assert [(c.source, c.content) for c in attributed(text)] == [
        ("several news outlets", "that 2,000 people were killed")
    ]  # what comes before the speaker is the sentence's own clause, not what the outlets report
    # a comma before a gerund otherwise hands it to the sentence's subject
    assert [c.source for c in attributed("The protesters clashed with police, saying the march was legal.")] == [
        "protesters"
    ]


@pytest.mark.parametrize(
    "text, source",
    [
        ("The West African country’s defense ministry said the figure included many fighters.", "West African"),
        ("The Asian nation’s foreign ministry said the talks had failed.", "Asian"),
    ],
)
def test_a_nationality_describing_a_speaker_is_not_its_name(text, source):
    (c,) = attributed(text)
    assert c.source != source and c.source.endswith("ministry")


def test_the_words_of_a_rank_are_no_part_of_the_organisation():
    [c] = claims_of("At a news conference, Orvala Mills senior vice president Tomas Berg said the recall was complete.")
    assert (c.source, c.affiliation) == ("Tomas Berg", "Orvala Mills")


def test_a_possessive_mark_is_no_speaker():
    text = (
        "Ortiz said it was false. The Harbour Writers' Guild also condemned the allegations, calling "
        'Ortiz\'s reported admission "shameful".'
    )
    assert all(c.speaker.strip("'’s") for c in claims_of(text))
    assert "reported" not in {c.cue for c in claims_of(text)}


def test_a_participle_without_its_agent_names_no_speaker():
    """ "those reported dead" were reported by no one named; "the claims reported by the Post" were."""
    text = (
        "The police spokesman, Ana Ruiz, said those reported dead during the protest were killed by a reckless driver."
    )
    assert [(c.source, c.cue) for c in claims_of(text)] == [("Ana Ruiz", "said")]


def test_an_organisation_tagged_in_part_keeps_its_whole_name():
    """The model may tag only the start of a name ("The South" of "The South African Editors' Forum")."""
    text = "Lekorotsoana said it was false. The South African Editors' Forum also condemned the allegations."
    assert "South African Editors' Forum" in {c.source for c in claims_of(text)}


def test_a_conjunction_joining_two_clauses_is_no_part_of_the_speaker():
    text = (
        "The tenants' association at the Orvala towers in downtown St. Mary's claims that the lifts are unsafe "
        "— but the landlord says the association is twisting the facts."
    )
    (c,) = by_cue(text, "says")
    assert c.speaker == "the landlord"
    (c,) = by_cue("Both rebels and army sources said the president had flown east on Sunday.", "said")
    assert c.speaker.startswith("Both")


def test_one_who_works_in_a_body_speaks_for_it_not_one_who_is_in_a_place():
    [c] = claims_of("Ana Ruiz, a senior official in the health ministry, said the clinic was open.")
    assert c.affiliation == "health ministry"
    [c] = claims_of("A spokesman in Kabul said the road was closed.")
    assert c.affiliation is None
    [c] = claims_of("Ana Ruiz, chief of staff in the Ministry of Energy, said the minister did nothing wrong.")
    assert c.affiliation == "Ministry of Energy"


@pytest.mark.parametrize(
    "text",
    [
        "New Delhi: The government on Monday dismissed as baseless the opposition leader's statement about the army chief.",
        "date 2020-06-06 Orvala: A case of negligence came to light on Saturday when relatives accused the clinic of lying about the death.",
        "date 2021-04-12 Harbour: Police on Monday said that two men were arrested after a robbery at the port warehouse.",
        # written in capitals, which the model tags no place in: a capital the package knows
        "NEW DELHI: Confusion prevailed over the death tally as hospital authorities and the government appeared to disagree.",
    ],
)
def test_a_dateline_before_a_colon_is_no_speaker(text):
    assert all(c.cue != ":" for c in claims_of(text))


def test_a_label_before_a_colon_still_speaks_in_a_headline_or_a_transcript():
    assert [(c.source, c.cue) for c in claims_of("Russia: Sanctions Will Fail")] == [("Russia", ":")]
    assert ("PENCE", ":") in {(c.source, c.cue) for c in claims_of("PENCE: Well, look, I think the governor is right.")}


def test_it_stands_for_the_document_a_sentence_since_was_about():
    text = (
        "The council met in private on Monday. Ortiz's lawsuit, filed in March, is still pending in federal "
        "court. It accuses the officers of battery."
    )
    (c,) = by_cue(text, "accuses")
    assert (c.source, c.source_kind) == ("Ortiz's lawsuit", "document")
    (c,) = by_cue("The company said sales fell. The report was published later. It expects a loss.", "expects")
    assert c.source_kind == "document"
    (c,) = by_cue("The report was published on Monday. The company said sales fell. It expects a loss.", "expects")
    assert c.source == "company"


@pytest.mark.parametrize(
    "text",
    [
        "The Russian army said its troops had taken the village. The Ukrainian army denied that its troops had left it.",
        "Russia's army said its troops had taken the village. Ukraine's army denied that its troops had left it.",
    ],
)
def test_a_description_named_for_another_country_is_another_speaker(text):
    assert len({c.source for c in claims_of(text)}) == 2


@pytest.mark.parametrize(
    "text, source",
    [
        ("The Orvala Police denied the allegations of torture.", "Orvala Police"),
        ("The Lagos Police denied the allegations of torture.", "Lagos Police"),
    ],
)
def test_a_named_police_force_is_government(text, source):
    [c] = claims_of(text)
    assert (c.source, c.source_kind) == (source, "government")


def test_a_hyphenated_word_is_not_cut_from_the_speaker():
    text = "The 91-page report follows two others, from the watchdog, accusing the government of cracking down."
    assert "91-page report" in {c.source for c in claims_of(text)}


def test_a_role_described_again_by_the_words_it_was_introduced_with_is_that_person():
    text = (
        "Orvala's main opposition candidate, Tom Hale, has rejected the results. The full results have not been "
        "announced but the opposition leader said his party had won 140 seats."
    )
    (c,) = by_cue(text, "said")
    assert c.source == "Tom Hale"
    text = "Union president Tom Hale said the strike would go on. The bank leader said the talks had failed."
    assert [c.source for c in claims_of(text)] == ["Tom Hale", "bank leader"]


def test_a_spokesman_named_in_the_next_attribution_is_that_person():
    text = (
        "An army spokesman denied that villagers had been killed. He said he did not know how many had died.\n\n"
        "“A number of people were killed there but they were fighters,” said Major-General Ivan Orlov."
    )
    assert {c.source for c in claims_of(text)} == {"Ivan Orlov"}
    described = text.replace("said Major-General Ivan Orlov", "said Ivan Orlov, a farmer")
    assert "Ivan Orlov" not in {c.source for c in claims_of(described) if c.content.startswith("that villagers")}
    anonymous = "A police official said the man had crawled away.\n\n“We found him later,” said Chief Ana Ruiz."
    assert "police official" in {c.source for c in claims_of(anonymous)}


def test_a_person_named_again_keeps_the_body_they_speak_for():
    text = (
        "Riverton Energy Minister Ana Ruiz has denied paying journalists to drop a story. The newspaper published a"
        " response from Ruiz. On Tuesday, Ruiz denied the claims."
    )
    assert [c.affiliation for c in claims_of(text) if c.source == "Ana Ruiz"] == ["Riverton", "Riverton"]


def test_figures_released_by_a_body_are_its_document():
    [c] = claims_of(
        "The latest figures released by the Health Ministry over the weekend show that 24 cases are confirmed."
    )
    assert (c.source_kind, c.affiliation) == ("document", "Health Ministry")
    [c] = claims_of("Senior opposition figures said the vote was rigged.")
    assert c.source_kind == "group"
    # a statement by a named official speaks for the body the official serves
    text = (
        'A statement issued by Ana Ruiz, chief of staff in the Ministry of Energy, reads: "The minister did nothing."'
    )
    [c] = claims_of(text)
    assert (c.source_kind, c.affiliation) == ("document", "Ministry of Energy")
    # figures "from" their maker, as "by" it; not "from last year"
    [c] = claims_of("More than 2,000 people marched on Saturday, according to estimates from organizers.")
    assert (c.source_kind, c.affiliation) == ("document", "organizers")
    [c] = claims_of("Figures from the interior ministry show that 40 people died.")
    assert (c.source_kind, c.affiliation) == ("document", "interior ministry")
    [c] = claims_of("Figures from last year show that 40 people died.")
    assert (c.source_kind, c.affiliation) == ("document", None)


@pytest.mark.parametrize(
    "text, speaker, said",
    [
        (
            "The Courier reported that one of the riders was Dutch, an allegation the Dutch cycling federation denied.",
            "Dutch cycling federation",
            "one of the riders was Dutch",
        ),
        (
            "Witnesses said soldiers fired on the crowd, an account the army rejected.",
            "army",
            "soldiers fired on the crowd",
        ),
        ("The paper said the mayor took bribes, a charge that the mayor denied.", "mayor", "the mayor took bribes"),
    ],
)
def test_a_noun_summing_up_a_claim_is_what_a_relative_clause_answers(text, speaker, said):
    claims = claims_of(text)
    answer = [c for c in claims if c.source == speaker and c.stance == "denies"]
    assert answer and answer[0].content == said
    assert not [c for c in claims if c.source != speaker and ("denied" in c.content or "rejected" in c.content)]


def test_a_noun_summing_up_with_a_relative_subject_names_no_speaker():
    claims = claims_of("Witnesses said soldiers fired on the crowd, an account which contradicts the army.")
    assert [c.source for c in claims if c.source_kind != "narrator"] == ["witnesses"]


@pytest.mark.parametrize(
    "text, person, body",
    [
        (
            "The claim was denied by the Austrian skiing federation (OeSV). "
            "OeSV sporting director Markus Gandler said the athletes had been tested.",
            "Markus Gandler",
            "Austrian skiing federation",
        ),
        ("Labour Party health spokesman Tom Reed said the hospital was full.", "Tom Reed", "Labour Party"),
        ("Kenya police spokesman Bruno Shioso said two officers were hurt.", "Bruno Shioso", "Kenya police"),
    ],
)
def test_a_role_speaks_for_the_named_body_not_its_field(text, person, body):
    assert [c.affiliation for c in claims_of(text) if c.source == person] == [body]


def test_an_acronym_in_brackets_does_not_make_a_body_a_person():
    (claim,) = [c for c in claims_of("The Austrian skiing federation (OeSV) strongly denied the claim.") if c.cue]
    assert claim.source_kind == "organization"


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "Carter Holt Harvey has denied it acted aggressively toward its workers. "
            "But the company has confirmed it is exploring alternatives.",
            "Carter Holt Harvey",
        ),
        (
            "Northwind Freight Corp., which runs 40 depots, replaced its chief executive in June. "
            "The company said the change was lawful.",
            "Northwind Freight Corp",
        ),
        (
            "The Allied Dockworkers Union called a strike on Monday. Acme hired 200 temporary workers. "
            "The union said the strike would go on.",
            "Allied Dockworkers Union",
        ),
    ],
)
def test_the_company_is_the_company_named_before(text, body):
    assert claims_of(text)[-1].source.rstrip(".") == body


@pytest.mark.parametrize(
    "text",
    [
        "The Labour Party won the seat on Sunday. The company said it would appeal the ruling.",
        "Acme Union said it would strike. The company said it would hire temporary workers.",
    ],
)
def test_the_company_is_no_body_of_another_kind(text):
    assert claims_of(text)[-1].source == "company"


def test_a_name_spelling_an_acronym_spoken_before_is_that_body():
    text = (
        "The IAAF dismissed the allegations of doping as sensationalist. "
        "The International Association of Athletics Federations said the report was confusing."
    )
    assert {c.source for c in claims_of(text) if c.source_kind != "narrator"} == {"IAAF"}


def test_a_medium_described_as_the_text_introduced_it_is_that_medium():
    text = (
        "The ministry denied the report, which was published by US daily The Morning Ledger last week. "
        "The Morning Ledger cited two officials. The US daily added that one of the agents was shot. "
        "The Chinese daily said the story was a fabrication."
    )
    sources = [c.source for c in claims_of(text) if c.source_kind != "narrator"]
    assert sources[-2:] == ["Morning Ledger", "Chinese daily"]
    assert {c.source_kind for c in claims_of(text) if c.source.endswith("daily")} == {"media"}


def test_a_whose_clause_set_off_by_commas_does_not_take_the_speakers_place():
    text = "But Mnangagwa, whose ZANU-PF party has held power for 43 years, claimed on Sunday that the vote was fair."
    assert [c.source for c in claims_of(text) if c.source_kind != "narrator"] == ["Mnangagwa"]
    text = "Sanders, whose populist campaign harkened back to the state's radical roots, won the primary."
    assert "Sanders" not in [c.source for c in claims_of(text)]


def test_one_of_a_coordinated_description_is_not_all_of_them():
    text = "Police and soldiers said the road was closed. The police said it would reopen on Monday."
    assert [c.source for c in claims_of(text)] == ["police and soldiers", "police"]


@pytest.mark.parametrize(
    "text, speaker, said",
    [
        ("Witnesses said soldiers fired on the crowd, which the army denied.", "army", "soldiers fired on the crowd"),
        ("Residents said 40 people died, a figure the government disputed.", "government", "40 people died"),
        ("The mayor said the water was safe, a claim disputed by residents.", "residents", "the water was safe"),
        ("Officials said 12 people died, a figure contested by local hospitals.", "local hospitals", "12 people died"),
    ],
)
def test_a_clause_answered_by_which_or_a_summing_noun_is_the_claim_denied(text, speaker, said):
    assert [(c.stance, c.content) for c in claims_of(text) if c.source == speaker] == [("denies", said)]


@pytest.mark.parametrize(
    "text, speaker, stance, said",
    [
        (
            'The charity said it had counted at least 40 cases of abuse, a figure the government called "fabricated."',
            "government",
            "denies",
            "it had counted at least 40 cases of abuse",
        ),
        (
            "The mayor said the water was safe, a claim the inspectors called accurate.",
            "inspectors",
            "asserts",
            "the water was safe",
        ),
    ],
)
def test_a_summing_noun_labelled_by_a_relative_clause_takes_its_label(text, speaker, stance, said):
    assert [(c.stance, c.content) for c in claims_of(text) if c.source == speaker] == [(stance, said)]


def test_which_standing_for_a_noun_answers_nothing_of_the_clause():
    text = "The council met to discuss the test, which state media claimed now allows the city to build."
    assert not [c for c in claims_of(text) if c.content.startswith("to discuss")]


def test_who_after_a_date_stands_for_the_noun_before_the_date():
    """ "cited a witness on March 17 who said ...": a date says nothing; the witness does."""
    text = "The agency cited a witness on March 17 who said 40 people had died in the fire."
    assert [(c.source, c.content) for c in claims_of(text) if c.cue == "said"] == [
        ("witness", "40 people had died in the fire")
    ]


def test_a_participle_hung_on_the_reported_clause_is_the_reporters():
    """ "The ministry said the scandal was exaggerated, saying ...": the scandal says nothing, so
    the ministry says both, and its first claim stops at the comma."""
    text = "The ministry said the scandal was exaggerated, saying only three children had fallen ill."
    assert [(c.source, c.cue, c.content) for c in claims_of(text)] == [
        ("ministry", "said", "the scandal was exaggerated"),
        ("ministry", "saying", "only three children had fallen ill"),
    ]
    # a reported subject that can speak keeps the sentence as it was read
    text = "Police said the suspect called the station, saying he had shot his wife."
    assert any(c.cue == "said" and c.content.endswith("saying he had shot his wife") for c in claims_of(text))


def test_a_name_in_a_clause_describing_the_speaker_is_not_a_later_he():
    """ "Mr Lissu, who was the candidate for Chadema, said ...": a later "He alleged" is Lissu's,
    whatever the tagger took Chadema for."""
    text = (
        "On Thursday, Mr Lissu, who was the candidate for Chadema, said he would not accept the results.\n\n"
        "He alleged that ballot boxes were tampered with."
    )
    assert [c.source for c in claims_of(text)] == ["Lissu", "Lissu"]
    # a person named in a sentence of their own, after the speaker, is who "he" stands for
    text = "The mayor said the bridge was safe. John Smith, an engineer, disagreed. He said it was unsafe."
    assert [c.source for c in claims_of(text) if c.source_kind != "narrator"] == ["mayor", "John Smith"]


def test_she_does_not_stand_for_someone_described_in_the_quote_before():
    """ "“Nobody warned him ...,” she said.": she is the woman who spoke, not whom she spoke of."""
    text = (
        "“The guards shot first,” resident Maria Okafor told a radio station.\n\n"
        "“Nobody warned him. Another innocent man killed,” she said."
    )
    assert [c.source for c in attributed(text)] == ["Maria Okafor", "Maria Okafor"]


@pytest.mark.parametrize("pronoun, described", [("she", "The man"), ("he", "The woman")])
def test_a_pronoun_does_not_stand_for_a_person_described_as_of_the_other_sex(pronoun, described):
    text = f"Resident Jamie Okafor said the guards fired. {described} was unarmed, {pronoun} said."
    assert [c.source for c in attributed(text)][1] == "Jamie Okafor"  # a given name of both genders


def test_a_role_noun_before_a_name_makes_a_person_of_it():
    # the tagger takes "Rumbideai Mubaiwa", a name it does not know, for an organisation
    text = "“They shot him five times,” protester Rumbideai Mubaiwa told a local news station."
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == ("Rumbideai Mubaiwa", "person")


def test_a_clause_the_parser_took_for_a_subject_before_police_said_is_what_police_said():
    text = "The suspect, who was pacing back and forth, refused officers’ orders to drop the knife, police said."
    said = [(c.source, c.content) for c in attributed(text) if c.cue == "said"]
    assert said == [
        ("police", "The suspect, who was pacing back and forth, refused officers’ orders to drop the knife")
    ]


def test_the_speaker_after_a_wire_dateline_is_named_not_the_place():
    (c,) = attributed("New Delhi, Jun 4 (IANS): Health Minister Ravi Mehta Friday denied the clinic had closed.")
    assert c.source == "Ravi Mehta" and c.stance == "denies"


def test_a_that_clause_hung_on_the_channel_noun_is_what_was_said():
    (c,) = attributed("Maria Lopez, a city spokeswoman, said in a statement that the bridge would reopen in May.")
    assert c.source == "Maria Lopez"
    assert c.content == "that the bridge would reopen in May"


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The ferry operator did not respond to requests for comment on the delays.", "did not respond to"),
        ("The mayor has repeatedly denied that the budget was cut.", "has repeatedly denied"),
        ("Farmers are concerned that the river will flood again.", "are concerned"),
        ("Ana Ruiz said in an interview that the plant would close.", "said"),
        ("The board declined to comment on the merger.", "declined"),
    ],
)
def test_a_cue_ends_where_its_phrase_ends(text, cue):
    [c] = [c for c in claims_of(text) if c.cue]
    assert c.cue == cue


def test_a_description_marked_by_a_name_stands_for_the_person_named_with_it():
    text = (
        "Former Porto goalkeeper Luis Matos has accused the club of withholding his wages. "
        "The club said Matos had been paid in full. But the ex-Porto man denies receiving any payment. "
        "The 34-year-old Portuguese said he would go to court."
    )
    sources = [(c.source, c.cue) for c in attributed(text)]
    assert ("Luis Matos", "denies") in sources and ("Luis Matos", "said") in sources


def test_a_man_described_by_nothing_that_named_anyone_stays_a_description():
    text = (
        "Former Porto goalkeeper Luis Matos said the club owed him money. The man at the gate said nobody had called."
    )
    assert [c.source for c in attributed(text)] == ["Luis Matos", "man at the gate"]


@pytest.mark.parametrize(
    "said, stance",
    [
        ('"The allegations of fraud are hereby denied," a spokeswoman for the bank said.', "denies"),
        ('"These allegations were rejected by the court last year," the lawyer said.', "asserts"),
        # the parser splits a passive set apart by commas in two ways: the subject on "are", or the
        # participle joined to "is"
        ('"The claims are, therefore, rejected," the ministry said.', "denies"),
        (
            "\"Reports of 'bugging' in the North Block in a section of the media is, hereby, denied,\" an aide said.",
            "denies",
        ),
        ('"The report is, however, accurate and was confirmed by the police," he said.', "asserts"),
    ],
)
def test_a_passive_denial_of_what_was_said_is_the_speakers_own(said, stance):
    (c,) = attributed(said)
    assert c.stance == stance


def test_a_wire_story_quoted_whole_gives_each_speaker_inside_it_their_words():
    text = (
        "The blog quoted the agency.\n\n"
        '"Port authority spokesman Omar Haddad told reporters in Aden that the cranes had been repaired. '
        "Two ships had already docked, he said.\n\n"
        '"A senior harbour official said the port would reopen at least 20 berths by March."'
    )
    said = {(c.source, c.content) for c in attributed(text)}
    assert ("Omar Haddad", "that the cranes had been repaired") in said
    assert ("Omar Haddad", "Two ships had already docked") in said
    assert ("senior harbour official", "the port would reopen at least 20 berths by March") in said


def test_a_quotation_that_names_someone_inside_it_is_still_the_speakers_own_words():
    text = '"The mayor said the budget was balanced. That was never true," Jones said.'
    (c,) = attributed(text)
    assert c.source == "Jones" and c.content == "The mayor said the budget was balanced. That was never true,"


def test_the_group_is_the_organisation_named_before():
    text = (
        "Amnesty International has sent researchers to the border town. "
        '"We are investigating reports of abuses at the camp," the group said.'
    )
    assert [c.source for c in attributed(text)] == ["Amnesty International"]


def test_the_group_of_people_named_before_is_no_organisation():
    text = (
        "Oxfam International has warned of food shortages in the region. "
        "A group of farmers blocked the road on Monday. The group said the new tax would ruin them."
    )
    assert [c.source for c in attributed(text)][-1] == "group"


@pytest.mark.parametrize(
    "text, source",
    [
        ('Said Shaw: "We had no alternative but to comply."', "Shaw"),
        ('Added the minister: "We will not resign."', "minister"),
        ('Says Jones: "The deal is over."', "Jones"),
    ],
)
def test_an_inverted_lead_in_gives_the_verb_as_cue_and_the_name_after_it_as_speaker(text, source):
    (c,) = attributed(text)
    assert c.source == source and c.cue == text.split()[0] and c.content.startswith(("We", "The"))


@pytest.mark.parametrize(
    "before, later, source",
    [
        ("the Acme Mining Corporation", "The company", "Acme Mining Corporation"),
        ("the Acme Mining Corporation (AMC)", "The gold and mining company", "Acme Mining Corporation"),
        ("the Acme Mining Corporation", "The rival company", "rival company"),
        ("the Labour Party", "The company", "company"),
    ],
)
def test_the_company_is_the_corporation_named_before_when_its_words_fit(before, later, source):
    """A corporation is a company; a modifier that names its business must be in its name."""
    text = f"Regulators released findings on the pollution of rivers by {before}. {later} said it disagrees with them."
    (c,) = attributed(text)
    assert c.source == source


@pytest.mark.parametrize("head", ["press release", "communique", "story"])
def test_a_press_release_or_a_story_is_a_document(head):
    (c,) = attributed(f"An Acme {head} said the plant would reopen in March.")
    assert c.source_kind == "document"


@pytest.mark.parametrize(
    "text, source, via, content",
    [
        (
            "Executives quashed an audit of the dam, a state prosecutor was quoted as saying by news website G1.",
            "state prosecutor",
            "news website G1",
            "Executives quashed an audit of the dam",
        ),
        (
            "The minister was quoted by the Times as saying the army would withdraw.",
            "minister",
            "Times",
            "the army would withdraw",
        ),
        ('"The dam was safe," the company was quoted as saying.', "company", None, "The dam was safe"),
    ],
)
def test_who_was_quoted_as_saying_speaks_and_who_quoted_them_relays_it(text, source, via, content):
    (c,) = [c for c in attributed(text) if c.cue == "was quoted as saying"]
    assert (c.source, c.via) == (source, via) and c.content.strip(",") == content


def test_a_person_a_speaker_spoke_of_does_not_take_the_speakers_next_he_said():
    text = (
        "Manish Chouhan, a relative, said the family was never told.\n\n"
        'He added that the patient was recovering. "We were shocked to learn of his death," he said.'
    )
    assert {c.source for c in attributed(text)} == {"Manish Chouhan"}
    # a person named in what was not said ("watched X's press conference") still can
    text = (
        "Denis Suarez has accused the club of lying.\n\n"
        "Suarez watched club president Carlos Mourino's press conference in which he claimed Suarez had left."
    )
    assert [c.source for c in attributed(text) if c.cue == "claimed"] == ["Carlos Mourino"]


@pytest.mark.parametrize(
    "text, source, content",
    [
        (
            '"The risk," said Edward Leamer, an economist who directs the Anderson Forecast, "is that we lose the jobs."',
            "Edward Leamer",
            "The risk, is that we lose the jobs.",
        ),
        (
            '"Somebody said we should leave town," said the woman, who like many here lives near the plant.',
            "woman",
            "Somebody said we should leave town,",
        ),
    ],
)
def test_a_speaker_after_the_cue_with_a_description_set_off_by_commas(text, source, content):
    """A quotation split by "said NAME, a description," goes on after it; a speaker named by a
    noun ("said the woman, who ...") speaks as a name does, without the aside in the name."""
    (c,) = [c for c in attributed(text) if c.cue == "said"]
    assert (c.source, c.content) == (source, content)


def test_a_that_clause_after_where_it_was_said_is_what_was_said():
    text = "Christian Estrosi said in one of a series of Twitter messages that the truck was carrying arms."
    (c,) = attributed(text)
    assert (c.source, c.content) == ("Christian Estrosi", "that the truck was carrying arms")
    # a relative clause on the same noun is no content
    assert attributed("The mayor said in a speech that nobody heard.") == []


@pytest.mark.parametrize(
    "text, first, second",
    [
        (
            "Police said two men were arrested at the depot and witnesses said the gunman fled on foot.",
            ("police", "two men were arrested at the depot"),
            ("witnesses", "the gunman fled on foot"),
        ),
        (
            "The two agents said they could help pick umpires who would fix the games and the Morning Ledger said a "
            "contract they sent spelled out the terms of the deal.",
            ("two agents", "they could help pick umpires who would fix the games"),
            ("Morning Ledger", "a contract they sent spelled out the terms of the deal"),
        ),
        (
            "The mayor said the bridge would open in May and the opposition said the money had run out.",
            ("mayor", "the bridge would open in May"),
            ("opposition", "the money had run out"),
        ),
    ],
)
def test_a_second_speaker_after_and_says_their_own_clause(text, first, second):
    """In "A said X and B said Y", B's clause is B's, also where the parser hangs B on a word of X,
    and X ends before the "and"."""
    assert [(c.source, c.content) for c in attributed(text)] == [first, second]


def test_a_he_stands_for_someone_named_before_it_not_a_person_thought_of():
    """A pronoun is resolved in the order the text names the speakers, and a person named in
    what a speaker thinks ("what she thought Kofi would do next") is spoken of, not the next "he"."""
    text = (
        'Ann Reed later told detectives: "I only wanted to stop him."\n\n'
        "During evidence, she was asked what she thought Kofi would do next. "
        'She replied: "He was going to hurt me."'
    )
    by_cue = {c.cue: c.source for c in attributed(text)}
    assert by_cue["thought"] == "Ann Reed" and by_cue["replied:"] == "Ann Reed"


def test_a_role_opening_a_sentence_is_a_person_not_an_organisation():
    """A role opening a sentence ("Counsel for ...") is a person, whatever the tagger makes of it."""
    (c,) = claims_of("Counsel for the accused will argue he was provoked, a jury has been told.")
    assert (c.source, c.source_kind) == ("counsel for the accused", "person")
    (c,) = claims_of("Spokesman Tom Reed said the plant was safe.")
    assert (c.source, c.source_kind) == ("Tom Reed", "person")


@pytest.mark.parametrize(
    "title", ["Capt.", "Maj.", "Adm.", "Det.", "Lt. Col.", "Rear Adm.", "Police Chief", "Fire Chief"]
)
def test_a_name_after_a_rank_is_a_person_though_the_model_tags_no_name(title):
    """The small model often tags neither the rank nor the name after it, or the rank alone as
    an organisation: the words after the rank are a person's name."""
    (c,) = attributed(f"On Monday, {title} Ana Ruiz said the base would close.")
    assert (c.source, c.source_kind) == ("Ana Ruiz", "person")


def test_a_content_stops_where_but_sets_another_speaker_against_it():
    text = (
        "Farm groups said Tuesday some 5,000 tractors joined the protest against fuel taxes and import rules, "
        "but police disputed the number."
    )
    by_cue = {c.cue: (c.source, c.content) for c in attributed(text)}
    assert by_cue["said"] == (
        "farm groups",
        "some 5,000 tractors joined the protest against fuel taxes and import rules",
    )
    assert by_cue["disputed"] == ("police", "the number")


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("Ruiz said yes, but Reed said no.", "yes", ("Reed", "no")),
        (
            "The mayor said the bridge is safe, while engineers argued that it is not.",
            "the bridge is safe",
            ("engineers", "that it is not"),
        ),
        (
            "Six of the ten council members said yes, but most residents say the plan costs too much.",
            "yes",
            ("residents", "the plan costs too much"),
        ),
    ],
)
def test_a_content_stops_where_another_speaker_takes_up_the_sentence(text, first, second):
    """A second speaker coordinated with the cue, or set against the content by "while", opens
    an attribution of its own: the first speaker's content stops before it."""
    a, b = attributed(text)
    assert a.content == first
    assert (b.source, b.content) == second


def test_a_participle_cue_on_a_noun_says_the_whole_noun_phrase():
    text = "The strike failed to win the 60-to-70 percent backing predicted by organizers."
    (c,) = attributed(text)
    assert (c.source, c.cue, c.content) == ("organizers", "predicted", "the 60-to-70 percent backing")


def test_the_mayor_is_the_mayor_named_before_though_he_spoke_only_as_he():
    text = (
        "As residents confronted Riverton mayor Tom Okafor during his visit on Sunday, he maintained that "
        "tests on the tap water showed no contamination.\n\n"
        "Later, the mayor said the tests would be repeated."
    )
    assert [c.source for c in attributed(text)] == ["Tom Okafor", "Tom Okafor"]


@pytest.mark.parametrize(
    "text, source",
    [
        ("Police used tear gas on the protesters demanding the release of the activists.", "protesters"),
        ("The minister spoke to a crowd demanding his resignation.", "crowd"),
        ("The villagers held banners demanding clean water.", "villagers"),
    ],
)
def test_people_described_by_a_participle_cue_make_its_demand(text, source):
    """In "the protesters demanding ..." the protesters demand, not the sentence's subject; what
    people carry ("banners demanding") is still theirs."""
    (c,) = attributed(text)
    assert (c.source, c.cue) == (source, "demanding")


def test_a_nationality_before_media_reports_names_the_media():
    text = "The league denied Kenyan media reports that it had fixed the draft."
    by_cue = {c.cue: (c.source, c.source_kind, c.content) for c in attributed(text)}
    assert by_cue["reports"] == ("Kenyan media", "media", "that it had fixed the draft")


def test_a_quotation_in_single_marks_is_said_whole_and_goes_on_over_paragraphs():
    text = (
        "In a statement, Ana Ruiz, the college's dean, said, 'There are rumours that the exams were leaked. "
        "No paper has left the building.'\n\n"
        "Ruiz further said, 'A second story going round says marks were changed. That story is wholly untrue."
    )
    found = [(c.source, c.stance, c.content) for c in attributed(text)]
    assert found[0][2] == "There are rumours that the exams were leaked. No paper has left the building."
    assert found[1][1] == "denies" and found[1][2].endswith("That story is wholly untrue.")
    assert {s for s, _, _ in found} == {"Ana Ruiz"}


def test_a_speaker_in_a_who_clause_inside_another_content_says_their_own_words():
    text = "Footage shows the minutes after his scuffle with officers, who say he resisted arrest and fell ill."
    by_cue = {c.cue: (c.source, c.content) for c in attributed(text)}
    assert by_cue["say"] == ("officers", "he resisted arrest and fell ill")
    # a relative clause on people keeps them as its speakers
    text = "The strike by nurses, who say they are underpaid, entered a third day."
    assert [(c.source, c.content) for c in attributed(text)] == [("nurses", "they are underpaid")]


def test_a_speaker_never_runs_over_a_clause_before_the_cue():
    text = (
        "Blue Valley Farms of Salem, OR, recalled bean sprouts March 8 after the Department of Agriculture said "
        "the beans were probably tainted and a likely cause of illness at a school."
    )
    by_cue = {c.cue: c.source for c in attributed(text)}
    assert by_cue["said"] == "Department of Agriculture"
    # a relative clause in a speaker's description is part of it
    text = "Ana Ruiz, who volunteered for the mayor when he ran in 2009, says she cannot back him now."
    assert [c.source for c in attributed(text)] == ["Ana Ruiz"]


def test_he_after_a_quotation_is_its_speaker_not_someone_it_names():
    text = (
        "Rebel spokesman Omar Haddad said the group had filed a complaint.\n\n"
        '"If they were fired on, they would have lost men," Haddad said, rejecting the account. '
        '"They attacked the house of Peter Mensah."\n\n'
        "He said two of the dead were sons of Mensah."
    )
    (c,) = [c for c in attributed(text) if c.content.startswith("two of the dead")]
    assert c.source == "Omar Haddad"


def test_a_spokesperson_right_after_an_organisation_speaks_for_it():
    text = (
        "Brightmart rejected the ruling on Tuesday. A spokesperson insisted that the chain had always "
        "priced fairly and pointed out that no shopper had complained."
    )
    found = [(c.cue, c.source, c.affiliation) for c in attributed(text) if c.source == "spokesperson"]
    assert found == [
        ("insisted", "spokesperson", "Brightmart"),
        ("pointed out", "spokesperson", "Brightmart"),
    ]
    # after a person, or far from the organisation, the text has not said whose
    text = "Brightmart rejected the ruling on Tuesday. Ana Ruiz, a shopper, said prices rose. A spokesperson said prices fell."
    (c,) = [c for c in attributed(text) if c.source == "spokesperson"]
    assert c.affiliation is None


def test_a_record_shows_the_people_it_shows_speaking():
    text = "A video posted online shows the mayor saying the count was rigged."
    found = {c.cue: (c.source, c.via, c.content) for c in attributed(text)}
    assert found["saying"] == ("mayor", "video posted online", "the count was rigged")
    text = "Footage from the meeting shows parents accusing the governor of hiding the report."
    found = {c.cue: (c.source, c.content) for c in attributed(text)}
    assert found["accusing"] == ("parents", "the governor of hiding the report")
    # what people are shown doing is no claim of theirs
    text = "Footage from the meeting shows parents leaving the hall."
    assert [c.cue for c in attributed(text)] == ["shows"]


def test_a_leaflet_is_a_document_that_speaks():
    text = "The leaflets showed till receipts and suggested that the store was 10% cheaper than its rival."
    found = {c.cue: (c.source, c.source_kind) for c in attributed(text)}
    assert found["suggested"] == ("leaflets", "document")


def test_a_persons_lawyers_speak_for_them_also_after_a_title():
    text = (
        "Patrick Kelly denies killing his neighbour.\n\n"
        "On Monday the prosecutor said Mr Kelly's lawyers would claim that he acted to protect his family."
    )
    (c,) = [c for c in attributed(text) if c.cue == "would claim"]
    assert (c.source, c.affiliation) == ("Mr Kelly's lawyers", "Mr Kelly")


def test_they_after_a_clause_stands_for_the_people_it_names():
    text = (
        "Dozens of nurses said the wards were full.\n\n"
        "Professor Ana Ruiz and her students sampled the river every week since 2015, they claim."
    )
    (c,) = [c for c in attributed(text) if c.cue == "claim"]
    assert c.source == "Professor Ana Ruiz and her students"  # all of them, not Ruiz alone
    # a "they" before its words stands for those named before
    text = "The nurses said the wards were full. They claim pay is too low."
    (c,) = [c for c in attributed(text) if c.cue == "claim"]
    assert c.source == "nurses"


def test_they_after_a_clause_is_not_the_people_the_clause_counts():
    """ "Only two guards stayed at their posts, they said": those counted are what is said,
    not who says it; "they" stands for the speakers named before."""
    text = (
        "The cleaners' union and a group of visitors say the museum was left unguarded on Sunday. "
        "Only two guards stayed at their posts, they said."
    )
    (c,) = [c for c in attributed(text) if "guards" in c.content]
    assert "guards" not in c.source
    assert c.source == "cleaners' union and a group of visitors"
    text = "The nurses said the wards were full. Some patients waited for days, they said."
    (c,) = [c for c in attributed(text) if "patients" in c.content]
    assert c.source == "nurses"


def test_they_after_a_clause_is_not_the_people_in_general_it_speaks_of():
    """ "Patrons sometimes fight, they said": a plural with no article is people in general, what
    is said of them; "they" stands for the speakers named before."""
    text = "Neighbours argued that the music carries into their homes. Patrons often fight in the street, they said."
    (c,) = [c for c in attributed(text) if "Patrons" in c.content]
    assert c.source == "neighbours"
    # a subject with its article may be the speakers themselves
    (c,) = [c for c in attributed("The workers found the river clean, they claim.") if c.cue == "claim"]
    assert c.source == "workers"


def test_a_list_the_parser_read_as_a_description_speaks_as_all_of_them():
    """ "Reed's wife, his lawyer and a neighbour say": three speakers (the plural verb agrees
    with them), not the wife described as a lawyer; a "they" after them is the three."""
    text = (
        "Tom Reed's wife, his lawyer and a neighbour say that he was at home on the night of the fire. "
        "Only two witnesses saw him leave, they said."
    )
    first, second = attributed(text)
    assert first.source == second.source == "Tom Reed's wife, his lawyer and a neighbour"
    assert first.source_kind == "group"
    # a description of one speaker, closed by its comma, stays one speaker
    (c,) = attributed("Ana Ruiz, a lawyer and a former judge, said the river is clean.")
    assert c.source == "Ana Ruiz"


def test_we_outside_quotation_marks_is_the_last_speaker():
    """A page that lost its quotation marks leaves a speaker's "We don't believe ..." in the
    narration: "we" is who spoke last (for whom they speak), not a group named before them."""
    text = (
        "State officials say that is not so.\n\n"
        "It took us by surprise, Acme spokesman Tom Reed said. We do not believe there were any leaks."
    )
    (c,) = [c for c in attributed(text) if "leaks" in c.content]
    assert (c.source, c.affiliation) == ("Tom Reed", "Acme")


def test_a_spokespersons_title_the_tagger_took_into_the_name_is_left_out():
    (c,) = attributed("It was a mistake, Acme Spokesperson Tom Reed said on Monday.")
    assert (c.source, c.affiliation) == ("Tom Reed", "Acme")
    (c,) = attributed("Police Spokeswoman Ana Ruiz said the road was closed.")
    assert c.source == "Ana Ruiz"


def test_a_country_word_inside_a_longer_place_name_is_no_country():
    (c,) = attributed("A New Mexico health authority said the rate of lead is high.")
    assert (c.source, c.source_kind) == ("New Mexico health authority", "government")
    (c,) = attributed("A West Virginia health department said the rate of lead is high.")
    assert c.source == "West Virginia health department"
    # the country's own word still names it
    (c,) = attributed("The British government said the rate of lead is high.")
    assert c.source == "United Kingdom"


def test_a_body_introduced_by_what_it_is_takes_the_name_given_later():
    """ "A state water board ... denies ..." then "the Riverton Water Board said": one board."""
    text = (
        "A state water board has acknowledged the rate of lead in the pipes is triple the national "
        "limit, but denies 40 children have fallen ill because of it.\n\n"
        "Parents say the lead made their children sick.\n\n"
        "But the Riverton Water Board said on Thursday that the children were ill before the pipes were tested."
    )
    assert [c.source for c in attributed(text)] == [
        "Riverton Water Board",
        "Riverton Water Board",
        "parents",
        "Riverton Water Board",
    ]
    # two boards of that kind named later: which one is not said
    text += "\n\nThe Elm County Water Board said it had not tested the pipes."
    assert attributed(text)[0].source == "state water board"


def test_a_lead_speaker_described_by_a_role_is_the_one_named_later_with_it():
    """The reporter's delayed naming: "The head of a city water board says ..." then "Ana Ruiz,
    head of the Riverton Water Board, called ..."."""
    text = (
        "The head of a city water board says she will fight the fines.\n\n"
        "The state agency said the board broke the rules.\n\n"
        'Ana Ruiz, head of the Riverton Water Board, called the charges "baseless."'
    )
    assert [c.source for c in attributed(text)] == ["Ana Ruiz", "state agency", "Ana Ruiz"]
    # no one named later with that role: the description stays
    text = "The head of a city water board says she will fight the fines.\n\nAna Ruiz, a lawyer, called the charges baseless."
    assert attributed(text)[0].source == "head of a city water board"
    # every claim of the lead speaker takes the name, not only the first
    text = (
        "The head of a city water board says she will fight the fines. She said the board did nothing wrong.\n\n"
        'Ana Ruiz, head of the Riverton Water Board, called the charges "baseless."'
    )
    assert [c.source for c in attributed(text)] == ["Ana Ruiz", "Ana Ruiz", "Ana Ruiz"]


def test_a_role_for_a_body_named_by_what_it_is_speaks_for_that_body():
    """ "vice-president of operations for the water board": the board, not operations, also
    where the parser hung "for the water board" on the name."""
    (c,) = attributed('"The pipes are safe," Ana Ruiz, vice-president of operations for the water board, said.')
    assert (c.source, c.affiliation) == ("Ana Ruiz", "water board")
    (c,) = attributed('"The pipes are safe," Dr. Ana Ruiz, director of engineering for the water board, said.')
    assert (c.source, c.affiliation) == ("Ana Ruiz", "water board")


def test_an_arabic_surname_without_its_article_names_the_same_person():
    text = (
        '"The report is false," said Information Minister Ali al-Rashid on state television.\n\n'
        "The ministry has set up watchdogs to look into any abuse, said Rashid."
    )
    assert [c.source for c in attributed(text)] == ["Ali al-Rashid", "Ali al-Rashid"]
    # another surname is someone else
    text = '"The report is false," said Ali al-Rashid.\n\nThe ministry has set up watchdogs, said Hamid.'
    assert [c.source for c in attributed(text)] == ["Ali al-Rashid", "Hamid"]


def test_a_subject_the_parser_hung_as_an_apposition_still_speaks():
    """ "In a letter to Radio Canada Quebec, a spokesperson for the district wrote: ...": the
    parser read "a spokesperson" as naming the broadcaster and left the verb with no subject."""
    text = 'In a letter to Radio Canada Quebec, a spokesperson for the district wrote: "The district does not discriminate."'
    (c,) = attributed(text)
    assert (c.source, c.cue, c.content) == (
        "spokesperson for the district",
        "wrote",
        "The district does not discriminate.",
    )


def test_an_interviews_turn_by_a_surname_alone_is_that_persons():
    text = (
        "Reporter Ana Ruiz asked the mayor about the bridge.\n\n"
        'Ruiz: "How many inspectors did you hire?"\n\n'
        'Update: "The bridge is closed."'
    )
    assert [(c.source, c.cue) for c in attributed(text)] == [("Ana Ruiz", "asked"), ("Ana Ruiz", ":")]


def test_a_role_representing_a_body_speaks_for_it():
    """ "an attorney representing Acme" speaks for Acme, and so is no side against it."""
    text = (
        "Acme filed a lawsuit against the magazine last week.\n\n"
        '"There is no merit to these claims," said Tom Reed, an attorney representing Acme.'
    )
    (c,) = [c for c in attributed(text) if c.source == "Tom Reed"]
    assert c.affiliation == "Acme"


def test_the_owner_of_what_a_speaker_dismissed_is_not_a_later_he():
    """ "Mark Lund dismissed Tom Reed’s remarks, ..." then '"...," he said': Lund, who spoke;
    Reed is named only as the owner of what Lund acted on."""
    text = (
        "Mark Lund dismissed Tom Reed’s remarks, saying the city needed to do more.\n\n"
        '"The workers never made it to the site," he said.'
    )
    assert [c.source for c in attributed(text)] == ["Mark Lund", "Mark Lund", "Mark Lund"]


@pytest.mark.parametrize(
    "lead, source, kind",
    [
        ("More from Ana Ruiz:", "Ana Ruiz", "person"),
        ("Turnout fell in the suburbs -More from the governor:", "governor", "person"),
        ("Here's more from the governor:", "governor", "person"),
        ("From the mayor's statement:", "mayor's statement", "document"),
    ],
)
def test_more_from_a_speaker_before_a_colon_introduces_their_words(lead, source, kind):
    """A digest's "More from NAME:" or "From NAME:" hands the quotation after the colon to the
    name; a hyphen that lost its space after it is still a dash."""
    text = f"{lead} “Turnout among young voters rose sharply this year.”"
    (c,) = attributed(text)
    assert (c.source, c.source_kind, c.cue) == (source, kind, ":")
    assert c.content.startswith("Turnout among young voters")


def test_from_a_time_before_a_colon_names_no_one():
    assert attributed("From the start: “We will not back down.”") == []


def test_a_place_before_a_colon_is_no_speaker_when_the_sentence_names_its_own():
    """ "Riverton: ..., Labour Minister Tom Reed said today": where the story was filed; an
    interview's turn with words in the first person still speaks."""
    text = "Riverton: Impact of the strike on public life was minimal, Labour Minister Tom Reed said today."
    assert [c.source for c in attributed(text)] == ["Tom Reed"]
    (c, _) = attributed("Reed: The minister said the bridge was safe, and I believe him.")
    assert (c.source, c.cue) == ("Reed", ":")


def test_they_at_the_start_of_a_groups_report_is_that_group():
    """ "... and that other drivers on the highway said they didn’t feel the van get hit": the
    drivers did not feel it, not a group named before, and not by way of themselves."""
    text = (
        "Riders told police that the account did not match what they saw.\n\n"
        "The official said that riders said they felt nothing strike them and that other drivers "
        "on the highway said they didn’t feel the van get hit."
    )
    (c,) = [c for c in attributed(text) if c.content == "the van get hit"]
    assert (c.source, c.stance, c.via) == ("other drivers on the highway", "denies", None)


def test_other_people_of_a_kind_are_not_the_one_named_before():
    text = "The driver told police his van was hit by a truck.\n\nOther drivers on the highway said they did not see the van get hit."
    assert [c.source for c in attributed(text)] == ["driver", "other drivers on the highway"]


def test_a_headline_signed_with_its_speaker_after_a_colon():
    """ "The car was not stolen: Police": the words after the colon speak those before; a title
    ("The town that the river forgot: Survivors") or a label ("Update: ...") says nothing."""
    (c,) = attributed("The car was not stolen: Police")
    assert (c.source, c.cue, c.content) == ("Police", ":", "The car was not stolen")
    (c,) = attributed("Strike had little impact on public life: Minister")
    assert c.content == "Strike had little impact on public life"
    assert not attributed("The town that the river forgot: Survivors")
    assert not attributed("Update: the bridge is closed")


def test_a_name_with_a_who_clause_is_a_person():
    text = "Okonjo, who led the inquiry, had filed a petition on Monday claiming that the adviser had lied."
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == ("Okonjo", "person")


def test_a_capitalised_word_no_english_noun_is_spelt_like_is_a_name():
    """The tagger may read a surname opening a sentence as a plural noun; its spelling says a name."""
    from spacy.tokens import Doc

    from factcheck.attribute import _is_name, _no_english_noun
    from factcheck.nlp import load

    words = ["Okonjo", ",", "who", "led", "the", "inquiry", ",", "said", "so", "."]
    doc = Doc(load().vocab, words=words, tags=["NNS", ",", "WP", "VBD", "DT", "NN", ",", "VBD", "RB", "."])
    doc[0].pos_ = "NOUN"
    doc[0].is_sent_start = True
    assert _no_english_noun(doc[0]) and _is_name(doc[0])
    words = ["Farmers", "said", "so", "."]
    doc = Doc(load().vocab, words=words, tags=["NNS", "VBD", "RB", "."])
    doc[0].pos_ = "NOUN"
    doc[0].is_sent_start = True
    assert not _no_english_noun(doc[0]) and not _is_name(doc[0])


def test_a_reporter_closing_the_sentence_relays_every_speaker_in_it():
    text = (
        "The minister rejected the allegations and said he would resign if they were proven true, the Times reported."
    )
    found = {c.cue: (c.source, c.via, c.content) for c in attributed(text)}
    assert found["said"] == ("minister", "Times", "he would resign if they were proven true")
    assert found["rejected"] == ("minister", "Times", "the allegations")
    text = (
        "Health minister Tom Reed on Friday dismissed as “absurd” the claims made against him by the auditor "
        "and said he would step down if they were shown to be true, the Courier reported."
    )
    found = {c.cue: (c.source, c.via) for c in attributed(text)}
    assert found["said"] == ("Tom Reed", "Courier")
    assert found["dismissed"] == ("Tom Reed", "Courier")


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "Reed was an engineer based in Riverton, the Harbour Gazette newspaper reports.",
            "Reed was an engineer based in Riverton",
        ),
        (
            "Reed, a father of four, was an engineer based in Riverton, the Harbour Gazette reports.",
            "Reed, a father of four, was an engineer based in Riverton",
        ),
    ],
)
def test_a_reporter_closing_the_sentence_says_all_of_it_before_the_comma(text, content):
    """The parser may hang a closing "..., the Gazette reports." on the last noun, and the tagger
    take part of the clause; the reporter says the whole clause before the comma."""
    (c,) = attributed(text)
    assert (c.source, c.content) == ("Harbour Gazette", content)


def test_a_speaker_after_a_clause_that_opens_the_sentence():
    text = (
        "Hours after the rebels wrested control of the council from the mayor by securing the votes of 30 "
        "members to file a motion to unseat the chairman, the governing Civic Party rejected the motion."
    )
    (c,) = attributed(text)
    assert c.source == "Civic Party"
    text = "AS THE strike ended yesterday management expressed confidence that services would improve."
    (c,) = attributed(text)
    assert c.source == "management"
    # a relative clause on the speaker is no clause before it
    text = "Half the miners are back at work, according to the Coal Board, which runs the industry."
    (c,) = attributed(text)
    assert c.source == "Coal Board"


def test_a_figure_claimed_is_no_speaker():
    text = (
        "The sides also argued over how many buses ran, with the drivers' union saying the real share "
        "was a fifth, not the 60 per cent claimed."
    )
    found = {c.source: c.content for c in attributed(text)}
    assert found["drivers' union"] == "the real share was a fifth"
    assert not any("per cent" in source for source in found)


def test_the_party_after_a_party_named_with_its_acronym():
    text = (
        "The chairman described claims made against the board by the Liberty Reform Party (LRP) as false. "
        "The LRP claim they were robbed of victory. But the party insist there is proof that voters chose them."
    )
    (c,) = [c for c in attributed(text) if c.cue == "insist"]
    assert c.source == "Liberty Reform Party (LRP)"


def test_a_group_opening_a_headline_is_no_name():
    text = "Group sues city over lead in drinking water\n\nThe city said the water was safe."
    assert [c.source for c in attributed(text)] == ["group", "city"]


def test_one_of_a_group_hung_on_the_clause_before_speaks():
    """The parser may hang "one of the reviewers" on a word of the clause before, leaving "said"
    with no subject: the speaker is the one of the reviewers, and the content before ends there."""
    from spacy.tokens import Doc

    from factcheck.attribute import _conjunct_speaker
    from factcheck.nlp import load

    words = "The review found that the drug failed and one of the reviewers said it lied .".split()
    heads = [1, 2, 2, 6, 5, 6, 2, 5, 5, 8, 11, 9, 2, 14, 12, 2]
    deps = "det nsubj ROOT mark det nsubj ccomp cc conj prep det pobj ccomp nsubj ccomp punct".split()
    pos = "DET NOUN VERB SCONJ DET NOUN VERB CCONJ NUM ADP DET NOUN VERB PRON VERB PUNCT".split()
    lemmas = "the review find that the drug fail and one of the reviewer say it lie .".split()
    doc = Doc(load().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert _conjunct_speaker(doc[12]).text == "one"


def test_officials_of_another_body_are_not_the_officials_named_before():
    text = (
        "Union officials said the depot had cut 40 drivers. Company officials said they would hire more drivers soon."
    )
    assert [c.source for c in attributed(text)] == ["union officials", "company officials"]


def test_two_groups_joined_by_and_speak_as_both():
    (c,) = attributed("Village police and relief workers said that eight farmers were hurt by the blast.")
    assert c.source == "village police and relief workers"
    text = (
        "Police and witnesses said that 12 people had died. "
        "The police and the army said later that the road would reopen."
    )
    assert [c.source for c in attributed(text)] == ["police and witnesses", "police and the army"]


def test_a_name_described_as_a_mother_is_a_person():
    text = "Sheniqua Fairbanks, the mother of Tod Olsen, said she begged two officers not to shoot her son."
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == ("Sheniqua Fairbanks", "person")


def test_a_body_of_people_is_named_by_the_people_it_is_made_of():
    text = (
        "A group of tenants carried a petition to the housing office on Friday and urged the clerks to stop "
        "the evictions, the residents' association said."
    )
    (c,) = [c for c in attributed(text) if c.cue == "urged"]
    assert (c.source, c.source_kind, c.via) == ("group of tenants", "group", "residents' association")


def test_a_department_named_after_a_role_is_no_body_of_its_own():
    from factcheck.resolve import affiliation_in

    assert affiliation_in("But Acme Mining (AM) head of staff relations Tom Vale") == "Acme Mining"
    assert affiliation_in("director of research at the Brookings Institution") == "Brookings Institution"
    assert affiliation_in("a spokeswoman for the ministry of health") == "ministry of health"
    (c,) = attributed("Ana Ruiz, head of communications at Acme Mining, said the mine was safe.")
    assert (c.source, c.affiliation) == ("Ana Ruiz", "Acme Mining")


def test_he_is_not_someone_who_spoke_only_inside_another_speakers_words():
    text = (
        '"We will not sign," union secretary Ana Ruiz said.\n\n'
        "Mr Vale asked why Ms Ruiz had chosen to stress the delay.\n\n"
        "He said the claim was baseless."
    )
    (c,) = [c for c in attributed(text) if "baseless" in c.content]
    assert c.source == "Vale"


def test_two_people_of_one_surname_are_two_speakers():
    text = (
        '"We were beaten by the guards," inmate Miguel Ortega said in a letter.\n\n'
        '"I think they\'re hiding something," Rosa Ortega said Monday of the prison service.'
    )
    assert [c.source for c in attributed(text)] == ["Miguel Ortega", "Rosa Ortega"]
    # the surname alone is the one named before
    text = '"We were beaten," inmate Miguel Ortega said.\n\nOrtega added that the guards had laughed.'
    assert [c.source for c in attributed(text)] == ["Miguel Ortega", "Miguel Ortega"]


def test_a_named_spokeswoman_speaks_for_the_body_that_spoke_before_her():
    text = (
        "The corrections department denied that guards had beaten any inmates.\n\n"
        '"No inmate has been harmed," spokeswoman Ana Ruiz said in an email.'
    )
    (c,) = [c for c in attributed(text) if c.source == "Ana Ruiz"]
    assert c.affiliation == "corrections department"


def test_those_of_a_named_person_speak_not_the_person():
    text = (
        "Ortega's wife, his lawyer and a friend of inmate Tomas Reyes say that the men have been on strike since June."
    )
    (c,) = attributed(text)
    assert c.source != "Tomas Reyes"


def test_a_person_named_after_a_title_of_a_body_is_the_person():
    (c,) = attributed("The Secretary of State Ana Ruiz said the talks had failed.")
    assert (c.source, c.source_kind) == ("Ana Ruiz", "person")


def test_a_hyphenated_role_names_the_body_before_it():
    from factcheck.resolve import affiliation_in

    assert affiliation_in("United Teachers of Manitoba vice-president") == "United Teachers of Manitoba"
    assert affiliation_in("Acme co-founder") == "Acme"


@pytest.mark.parametrize(
    "text, source, kind",
    [
        ("Lawsuit claims the mill cheated its farm workers", "lawsuit", "document"),
        ("Study says coffee is good for the heart", "study", "document"),
        ("Home / Local News / Lawsuit claims the mill cheated its farm workers", "lawsuit", "document"),
    ],
)
def test_a_headline_opened_by_a_document_word_is_that_document(text, source, kind):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (source, kind)


def test_media_of_another_kind_are_not_the_media_named_before():
    text = (
        "At least 12 people were killed in a raid on the village, local media said on Sunday.\n\n"
        'State media said late on Sunday that reports of the raid were "fake news".'
    )
    assert [c.source for c in attributed(text)] == ["local media", "state media"]
    # the same words name the same source
    text = "Local media said the bridge had fallen. Local media also said two people were missing."
    assert {c.source for c in attributed(text)} == {"local media"}


def test_a_name_whose_quotation_says_i_is_a_person():
    text = (
        "“The school has not answered,” Nadia Okoro said on Monday. “I have not slept since.”\n\n"
        "Okoro added that the district never called her back."
    )
    kinds = {(c.source, c.source_kind) for c in claims_of(text) if c.cue}
    assert kinds == {("Nadia Okoro", "person")}


def test_a_name_that_reports_itself_as_she_is_a_person():
    (c,) = claims_of("Jones, 42, told the court she had never seen the documents.")
    assert (c.source, c.source_kind) == ("Jones", "person")


def test_she_with_no_one_else_to_stand_for_is_the_name_just_before():
    text = "The district has not answered, Nadia Okoro said on Monday. She said the district never called her back."
    said = [(c.source, c.source_kind) for c in claims_of(text) if c.cue]
    assert said == [("Nadia Okoro", "person")] * 2


def test_a_company_that_says_i_stays_a_company():
    text = "“We reject the findings,” Acme Corp said. “I can tell you that we will appeal.”"
    (c,) = [c for c in claims_of(text) if c.cue]
    assert c.source_kind == "organization"


@pytest.mark.parametrize(
    "text, source",
    [
        ("Records show the company paid no tax last year.", "records"),
        ("The figures show a sharp rise in arrests across the county.", "figures"),
    ],
)
def test_records_and_figures_that_show_something_are_documents(text, source):
    (c,) = [c for c in claims_of(text) if c.cue]
    assert (c.source, c.source_kind) == (source, "document")


def test_figures_who_say_something_are_people():
    (c,) = [c for c in claims_of("Senior figures in the party said the leader should resign.") if c.cue]
    assert c.source_kind == "group"


@pytest.mark.parametrize(
    "text, source",
    [
        ("Two people were killed and five injured, the fire service said.", "fire service"),
        ("The ambulance service said it had treated 12 patients at the scene.", "ambulance service"),
    ],
)
def test_a_public_service_is_a_government_body(text, source):
    (c,) = [c for c in claims_of(text) if c.cue]
    assert (c.source, c.source_kind) == (source, "government")


def test_the_presidency_speaks_for_the_government():
    text = "The charity said the government had failed to protect villagers, a charge the presidency rejected."
    (c,) = [c for c in claims_of(text) if c.source == "presidency"]
    assert (c.source_kind, c.stance, c.content) == (
        "government",
        "denies",
        "the government had failed to protect villagers",
    )


@pytest.mark.parametrize(
    "text, source",
    [
        ("A government statement issued on Friday denied that troops had entered the town.", "government statement"),
        ("A report released by the union on Friday said wages fell.", "report released by the union"),
    ],
)
def test_a_date_goes_with_the_participle_it_follows_not_its_maker(text, source):
    (c,) = [c for c in claims_of(text) if c.cue]
    assert (c.source, c.source_kind) == (source, "document")


def test_a_name_that_speaks_as_a_person_is_one_throughout_its_article():
    text = (
        "This is not the first time Gungubele has dismissed claims about the tender. "
        "Speaking at a briefing on Monday, Gungubele said the reports were false. "
        "“The allegations are unfounded,” said Gungubele."
    )
    claims = attributed(text)
    assert [c.source for c in claims] == ["Gungubele"] * 3
    assert {c.source_kind for c in claims} == {"person"}
    # and a company the text describes once as a maker stays the company it is everywhere else
    text = (
        "Toyota said it would recall 6.4 million cars. Toyota said no injuries were linked to the defects. "
        "Toyota, the world's largest carmaker, called back more than 6 million vehicles."
    )
    assert {c.source_kind for c in attributed(text) if c.source == "Toyota"} == {"organization"}


def test_whom_a_speaker_speaks_for_is_the_owner_of_a_plural_possessive():
    (c,) = attributed("“We will appeal the verdict,” said Tom Reed, Jenkins' attorney.")
    assert (c.source, c.affiliation) == ("Tom Reed", "Jenkins")
    (c,) = attributed("The prime minister said the talks had failed.")
    assert c.affiliation is None  # "prime" is a word of the title, no body
    text = (
        "“A case has been opened,” said Lindiwe Mokoena, a spokeswoman for the Harbour Police Service "
        "in the province where the incident took place."
    )
    (c,) = attributed(text)
    assert c.affiliation == "Harbour Police Service in the province"  # not where it took place


def test_a_body_named_with_a_newspapers_word_is_no_newspaper():
    (c,) = attributed("The Independent Electoral Commission said the count was final.")
    assert c.source_kind == "government"
    (c,) = attributed("The Independent reported that the count was final.")
    assert c.source_kind == "media"


@pytest.mark.parametrize("word", ["Many", "Others", "Some", "Several", "Most"])
def test_many_or_others_alone_are_some_of_a_group(word):
    (c,) = attributed(f"{word} said they had waited for hours to vote.")
    assert (c.source, c.source_kind) == (word.lower(), "group")


def test_a_capitalised_title_after_the_is_the_person_named_with_it_before():
    text = "Mayor John Smith said the vote was close. The Mayor said the district plan was cheaper."
    assert [c.source for c in attributed(text)] == ["John Smith", "John Smith"]
    text = (
        "Mayor John Smith said the vote was close. Ana Ruiz, Mayor Pro Tem, said residents want a vote. "
        "The Mayor said the district plan was cheaper."
    )  # the mayor pro tem holds another office
    assert [c.source for c in attributed(text)] == ["John Smith", "Ana Ruiz", "John Smith"]
    text = "Health Minister John Smith said supplies were short. More doses will come, the Minister said."
    assert [c.source for c in attributed(text)] == ["John Smith", "John Smith"]
    # the tagger takes "minister" after a quotation for a proper noun
    text = "Transport Minister Ana Ruiz said the ferry capsized. “We will find out why,” the minister said."
    assert [(c.source, c.source_kind) for c in attributed(text)] == [("Ana Ruiz", "person")] * 2


def test_a_name_the_model_cut_short_keeps_its_first_name():
    text = "Imran Khan said the flats were bought in 1993. Imran claimed the tax returns were false."
    assert [(c.source, c.source_kind) for c in attributed(text)] == [("Imran Khan", "person")] * 2


def test_a_name_tagged_nothing_with_a_surname_english_does_not_know_is_a_persons():
    (c,) = attributed("Ana Ruiz said profits rose in the third quarter.")  # the model tags no entity
    assert (c.source, c.source_kind) == ("Ana Ruiz", "person")
    (c,) = attributed("Northwind Holdings said profits rose in the third quarter.")
    assert c.source_kind == "organization"


def test_a_phrase_of_place_or_part_is_no_speaker():
    text = (
        "OSAKA — Nissan, the country's second carmaker, called back more than 2 million vehicles to fix "
        "faulty brakes in one of the biggest recall announcements in its history."
    )
    assert [c.source for c in attributed(text)] == ["Nissan"]


def test_a_date_that_modifies_a_noun_stays_in_the_speakers_name():
    (c,) = attributed("A government report on the April 2010 disaster found the companies broke safety rules.")
    assert (c.source, c.source_kind) == ("government report on the April 2010 disaster", "document")
    (c,) = attributed("The lawsuits filed Friday claim the vote was rigged.")
    assert c.source == "lawsuits"  # a date after a participle is when it was done


@pytest.mark.parametrize("speaker", ["73 percent", "A majority", "About half", "A similar number"])
def test_a_part_of_those_asked_alone_is_a_group(speaker):
    (c,) = attributed(f"{speaker} said the clinic had too few nurses on the night shift.")
    assert c.source_kind == "group"
    (c,) = attributed("Number 10 said the clinic had too few nurses on the night shift.")
    assert c.source_kind != "group"  # a name with a number after it


def test_figures_that_suggest_something_are_a_document():
    (c,) = attributed("The latest estimates suggest that prices will stay high until next year.")
    assert (c.source, c.source_kind) == ("latest estimates", "document")
    (c,) = attributed("Economists suggest that prices will stay high until next year.")
    assert c.source_kind == "group"


@pytest.mark.parametrize(
    "text",
    [
        "The vote went ahead according to plan.",
        "Police said officers acted according to the law when they fired.",
        "According to the schedule, the talks resume on Monday.",
    ],
)
def test_according_to_plan_or_the_law_is_how_something_went_not_who_said_it(text):
    assert not [c for c in attributed(text) if c.cue.startswith("according")]
    (c,) = attributed("According to the ministry, 40 people died in the floods.")
    assert (c.source, c.cue) == ("ministry", "according to")


def test_a_name_after_a_role_in_lower_case_is_a_person_of_the_body_before_it():
    # the model tags no entity here: the words read as one organisation's name before
    (c,) = attributed("Rebel spokesman Eid Kabalu denied the report of the clash.")
    assert (c.source, c.source_kind, c.affiliation) == ("Eid Kabalu", "person", "Rebel")


@pytest.mark.parametrize(
    "text, source",
    [
        ("A transcription of the interview shows the minister rejected the plan.", "transcription of the interview"),
        ("The bill says the allowance will rise by 10 percent.", "bill"),
        ("The decree states that rallies are banned in the capital.", "decree"),
        ("The state has rules that say pupils must be vaccinated.", "rules"),
        ("The guidelines say patients should be seen within a week.", "guidelines"),
        ("The statute states that no tax may be raised without a vote.", "statute"),
    ],
)
def test_a_transcription_a_bill_a_decree_or_a_rule_is_a_document(text, source):
    (c,) = [c for c in attributed(text) if c.source == source]
    assert c.source_kind == "document"


def test_a_surname_taken_for_an_organisation_is_the_person_of_that_surname_who_speaks():
    text = "Trump on Tuesday said the vote was rigged. Donald Trump later repeated the claim at a rally."
    assert [(c.source, c.source_kind) for c in attributed(text)] == [("Donald Trump", "person")] * 2
    text = "Toyota said it would recall 6 million cars. Akio Toyoda, its president, said he was sorry."
    assert ("Toyota", "organization") in [(c.source, c.source_kind) for c in attributed(text)]


@pytest.mark.parametrize("body", ["zoo", "museum", "carmaker", "lender"])
def test_an_institution_or_a_company_by_what_it_is_is_an_organisation(body):
    (c,) = attributed(f"The {body} confirmed that the review had found no fault.")
    assert (c.source, c.source_kind) == (body, "organization")


def test_a_bank_holding_companys_name_is_no_persons():
    from factcheck.resolve import given_and_surname

    assert given_and_surname("Tariq Mahmood") and not given_and_surname("Kestrel Bancorp")


def test_another_person_before_and_is_no_part_of_whom_a_speaker_speaks_for():
    (c,) = attributed("Holt and fellow council member Ana Ruiz said the plan cost too much.")
    assert (c.source, c.affiliation) == ("Ana Ruiz", "council")


def test_a_speaker_the_tagger_starts_at_its_preposition_is_the_whole_noun_phrase():
    text = (
        "While his coach claimed the test was the result of sabotage, the head of the agency on Sunday "
        'called for the runner to be banned for "up to life" if the results are confirmed.'
    )
    (c,) = [c for c in attributed(text) if c.cue == "called for"]
    assert (c.source, c.stance) == ("head of the agency", "demands")


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reed, an outside adviser to the mayor, said the plan would fail.",
        "Tom Reed, a political consultant, said the plan would fail.",
        "Tom Reed, a tax lawyer, said the plan would fail.",
        "Law enforcement officials said the suspect had fled.",
    ],
)
def test_a_description_of_the_speaker_alone_is_not_whom_they_speak_for(text):
    (c,) = attributed(text)
    assert c.affiliation in (None, "mayor")


@pytest.mark.parametrize(
    "text, body",
    [
        ("Ana Ruiz, a spokeswoman for the nonpartisan Budget Watch, said the deficit would grow.", "Budget Watch"),
        ("Senate Majority Leader Tom Reed said the vote would pass on Friday.", "Senate"),
        (
            "Ana Ruiz, a spokeswoman for Democratic presidential candidate Tom Reed, said the poll was wrong.",
            "Tom Reed",
        ),
        (
            "Tom Reed, a spokesman for the Harlow Trust and longtime local organizer, said the vote was close.",
            "Harlow Trust",
        ),
    ],
)
def test_an_affiliation_is_the_name_it_gives_not_the_words_describing_it(text, body):
    (c,) = attributed(text)
    assert c.affiliation == body


@pytest.mark.parametrize(
    "text, source",
    [
        ("A spokesman for Governor Tom Holt, Ana Ruiz, said the talks had failed.", "Ana Ruiz"),
        ("A lawyer for Tom Reed, Maria Olsen, said the suit had no merit.", "Maria Olsen"),
    ],
)
def test_a_name_set_off_after_a_role_for_someone_is_who_speaks(text, source):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (source, "person")


def test_a_name_after_a_role_and_for_is_whom_the_role_serves_not_who_speaks():
    (c,) = attributed("A spokesman for Mr. Holt said the talks had failed.")
    assert (c.source_kind, c.affiliation) == ("person", "Mr. Holt") and c.source != "Holt"
    (c,) = attributed("Lawyers for both Ana Ruiz and Tom Reed said the ruling was wrong.")
    assert (c.source_kind, c.affiliation) == ("group", "Ana Ruiz and Tom Reed")
    (c,) = attributed("The head of Acme, Tom Reed, said sales fell.")
    assert (c.source, c.affiliation) == ("Tom Reed", "Acme")  # a name in apposition is who speaks


def test_a_body_described_by_a_word_that_also_names_people_is_no_person():
    text = "Deficits will rise next year, the nonpartisan Congressional Budget Office said on Monday."
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == ("Congressional Budget Office", "government")
    # a person so described is still a person
    (c,) = attributed("The ruling was welcomed by protester Rumbideai Mubaiwa, who said it was overdue.")
    assert (c.source, c.source_kind) == ("Rumbideai Mubaiwa", "person")


@pytest.mark.parametrize(
    "text, share",
    [
        ("Six in 10 say the mayor is honest.", "Six in 10"),
        ("About one in four nurses said they had been threatened.", "About one in four nurses"),
        ("One out of every three voters said the economy was the top issue.", "One out of every three voters"),
        (
            "About two-thirds of the nurses at the hospital support the strike.",
            "About two-thirds of the nurses at the hospital",
        ),
        ("Five of the seven judges said the ban was lawful.", "Five of the seven judges"),
    ],
)
def test_a_share_counted_in_so_many_is_a_group(text, share):
    (c,) = attributed(text)
    assert (c.source.lower(), c.source_kind) == (share.lower(), "group")


def test_a_people_alone_is_a_group_not_the_party_its_name_opens():
    text = (
        "In the 1990s, the Swiss People's Party began to campaign on migration. "
        "The Swiss say that direct democracy works."
    )
    (c,) = [c for c in attributed(text) if c.cue == "say"]
    assert (c.source, c.source_kind) == ("Switzerland", "government")  # a country's people, as "The Chinese"
    (c,) = attributed("The Kurds say the border must stay open.")
    assert (c.source, c.source_kind) == ("Kurds", "group")
    (c,) = attributed("The Chinese said the talks had failed.")  # a country's people as its government
    assert (c.source, c.source_kind) == ("China", "government")


@pytest.mark.parametrize(
    "text, person, owner",
    [
        ("CNN's Jake Tapper said the debate was a mess.", "Jake Tapper", "CNN"),
        ("It will annoy his critics, Commentary’s Noah Rothman wrote.", "Noah Rothman", "Commentary"),
        ("Fox News' Chris Wallace said the format had failed.", "Chris Wallace", "Fox News"),
        ("Acme's Senior Vice President Tom Reed said sales fell.", "Tom Reed", "Acme"),
    ],
)
def test_a_name_after_an_owners_possessive_is_a_person_who_speaks_for_the_owner(text, person, owner):
    (c,) = attributed(text)
    assert (c.source, c.source_kind, c.affiliation) == (person, "person", owner)


def test_an_owners_possessive_before_a_description_stays_the_affiliation_of_the_description():
    (c,) = attributed("Maria Lopez's lawyers said the ruling was wrong.")
    assert (c.source_kind, c.affiliation) == ("group", "Maria Lopez")


def test_a_while_after_a_name_is_no_part_of_it():
    (c,) = attributed("The mayor at that point insisted the budget was balanced.")
    assert c.source == "mayor"
    (c,) = [c for c in attributed("Ana Ruiz at the time said she had asked her staff.") if c.cue == "said"]
    assert c.source == "Ana Ruiz"


def test_who_after_what_a_named_subject_is_speaks_for_that_subject():
    text = "Tom Reed is a serial liar, a bully and a birther who has repeatedly pledged to ban all imports."
    (c,) = attributed(text)
    assert (c.source, c.cue) == ("Tom Reed", "has repeatedly pledged")
    (c,) = attributed("The winner was a farmer who said the price was fair.")
    assert c.source == "farmer"  # no name: the description itself


def test_some_of_a_people_are_a_group():
    (c,) = attributed("Some Republicans say the campaign could fail.")
    assert (c.source, c.source_kind) == ("some Republicans", "group")
    (c,) = attributed("Many elite Democrats can envision a deal.")
    assert (c.source_kind, c.affiliation) == ("group", None)


def test_a_transcripts_speaker_in_capitals_is_the_person_named():
    text = (
        "Governor Mary Fallin joined the show on Sunday.\n\n"
        "JAKE TAPPER: Governor, is the new tax fair to working families?\n\n"
        "FALLIN: I think the tax is fair, and it will fund the schools."
    )
    labelled = [(c.source, c.source_kind) for c in attributed(text) if c.cue == ":"]
    assert labelled == [("Jake Tapper", "person"), ("Mary Fallin", "person")]
    # one word in capitals the article does not name otherwise may be an acronym
    (c,) = attributed("UNICEF: Two million children need help.")
    assert c.source == "UNICEF"


def test_a_columns_label_before_a_colon_names_no_one():
    text = "TOM REED RESIGNATION WATCH: RUMORS GROW, COUNCIL DENIES"
    assert [c.cue for c in attributed(text)] == ["DENIES"]
    assert attributed("Tom Reed Health Watch: Rumors Grow, Palace Denies") == []


@pytest.mark.parametrize("noun", ["moderator", "shooter", "star", "founder"])
def test_a_noun_that_is_a_person_in_its_second_sense_speaks_as_a_person(noun):
    (c,) = attributed(f"The {noun} said the question had been unfair.")
    assert (c.source, c.source_kind) == (noun, "person")


def test_a_noun_of_a_body_stays_a_body_though_one_sense_is_a_person():
    (c,) = attributed("The operator said the plant was safe.")
    assert c.source_kind == "organization"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Billionaire Donald Reed said the tax was unfair.", "Donald Reed"),
        ("Assemblywoman Claudia Tenney said the tax was unfair.", "Claudia Tenney"),
        ("Certainly Tom Reed said the tax was unfair.", "Tom Reed"),
        ("Will Smith said the tax was unfair.", "Will Smith"),  # one name after it: a first name
    ],
)
def test_a_word_describing_a_person_is_no_part_of_their_name(text, name):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (name, "person")


def test_a_person_named_again_by_surname_is_the_one_named_without_the_description():
    text = "Assemblywoman Claudia Tenney said the tax was unfair. Tenney added that she would vote no."
    assert [c.source for c in attributed(text)] == ["Claudia Tenney"] * 2


def test_a_capitalised_title_of_a_body_is_the_person_named_with_it_before():
    text = (
        "The Deputy Minister for Lands, Kofi Mensah, has reacted to reports linking him to the mine. "
        "According to the Deputy Minister for Lands, the reports are a move by his detractors."
    )
    assert [(c.source, c.source_kind) for c in attributed(text)] == [("Kofi Mensah", "person")] * 2
    (c,) = attributed("The Mayor of Springfield said the budget was balanced.")
    assert (c.source_kind, c.affiliation) == ("person", "Springfield")


@pytest.mark.parametrize(
    "text, source",
    [
        ("The legislation says that landlords must repair leaks within a week.", "legislation"),
        ("The forecast calls for heavy rain on Monday.", "forecast"),
        ("The advisory warned that the river would flood.", "advisory"),
    ],
)
def test_a_message_named_by_a_common_noun_is_a_document(text, source):
    """A noun whose first sense is a message, and never a person or a group, names a document
    (before: a person, the kind of a common noun nothing else placed)."""
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (source, "document")


@pytest.mark.parametrize(
    "text, source, kind",
    [
        (
            "Harbour County Emergency Medical Services said two people were taken to hospital.",
            "Harbour County Emergency Medical Services",
            "government",
        ),
        (
            "Video of the crash shared by a passenger showed smoke rising from the hangar.",
            "video of the crash shared by a passenger",
            "document",
        ),
    ],
)
def test_a_body_named_after_its_place_and_a_document_opening_a_sentence(text, source, kind):
    """The model may tag only the county of "Harbour County Emergency Medical Services": the body
    is the whole name. A document noun opening a sentence ("Video of ...") is no name, though
    the parser took its capital for one."""
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (source, kind)


def test_a_name_with_two_words_of_a_body_is_no_person_though_tagged_one():
    """The model sometimes tags a whole agency's name as a person's; two words of a body's name
    ("County", "Services") say it is none. A surname that is one such word stays a person's."""
    from factcheck.resolve import _names_a_body

    assert _names_a_body("Harbour County Emergency Medical Services")
    assert not _names_a_body("Robert W. Service") and not _names_a_body("Ana Ruiz")


@pytest.mark.parametrize(
    "office, affiliation",
    [("Minister of Finance", "Finance"), ("Minister of Fisheries Development", "Fisheries Development")],
)
def test_the_holder_named_after_an_office_of_a_body_is_the_person(office, affiliation):
    """ "Minister of Finance Ana Ruiz", which the model tags as nothing or as one organisation,
    is Ana Ruiz, for the body of her office."""
    (c,) = attributed(f"{office} Ana Ruiz said on Friday that the budget would be balanced.")
    assert (c.source, c.source_kind, c.affiliation) == ("Ana Ruiz", "person", affiliation)


@pytest.mark.parametrize(
    "text, kind",
    [("NYPD said the suspect fled.", "government"), ("SPD said the coalition would hold.", "organization")],
)
def test_a_police_department_by_its_acronym_is_government(text, kind):
    (c,) = attributed(text)
    assert c.source_kind == kind


def test_he_is_not_someone_the_text_says_was_killed():
    """A person described as done to ("one man was killed") is no later "he" who speaks:
    the spokesperson who spoke before is."""
    text = (
        "“Officers have been searching the docks since dawn,” said police spokesperson Tom Reed.\n\n"
        "In the chase that followed, one man was killed. “Officers found a pistol in his car,” he said."
    )
    assert [c.source for c in attributed(text)] == ["Tom Reed", "Tom Reed"]


@pytest.mark.parametrize("speaker", ["army spokesperson based in Riverton, Lt Col Tom Reed", "Lt Col Tom Reed"])
def test_a_name_set_off_after_a_role_and_titles_without_stops(speaker):
    """The name after a role's description, which the parser hung on the place before it, is who
    speaks; titles written without stops ("Lt Col") are no part of the name."""
    (c,) = attributed(f"“Our patrols will go on through the winter,” said {speaker}.")
    assert (c.source, c.source_kind) == ("Tom Reed", "person")


@pytest.mark.parametrize(
    "text, source, kind",
    [
        ("LG Display, Acme unit to build a screen plant: Korea paper", "LG Display", "organization"),
        ("US Intel: Seized Ship Was Carrying Rockets", "US Intel", "government"),
    ],
)
def test_a_name_whose_head_names_a_message_or_serves_a_place(text, source, kind):
    """A company the model tagged ("LG Display") is no document, though "display" names a message
    first; a body named after the place it serves ("US Intel") is the place's government."""
    c = attributed(text)[0]
    assert (c.source, c.source_kind) == (source, kind)


def test_a_role_joined_by_a_hyphen_names_the_person_after_it():
    (c,) = attributed("XJC Secretary-General Rakesh Vimal said that there could be a possibility of delays.")
    assert (c.source, c.source_kind) == ("Rakesh Vimal", "person")


@pytest.mark.parametrize("place", ["New York", "New Jersey"])
def test_a_place_opening_with_new_keeps_it_in_the_affiliation(place):
    (c,) = attributed(f"The {place} police commissioner, Tom Reed, said the suspect fled.")
    assert c.affiliation == f"{place} police"


def test_a_name_set_off_before_the_cue_speaks_where_the_parser_left_no_subject():
    """ "On Friday the director of ..., Dr. Ana Ruiz, announced ...": the parser hung the director
    on "On", and the comma before the cue made the sentence look like "Two men were beaten,
    reported the Gazette", with the object after the cue for the speaker."""
    for name in ("Ana Ruiz", "Tomas Okafor"):
        text = (
            f"On Friday the director of Kalemba Hospital in Nord Province, Dr. {name}, announced one more case there."
        )
        (c,) = attributed(text)
        assert (c.source, c.source_kind, c.content) == (name, "person", "one more case there")
    # "suspected" is no suspect
    text = "On Friday the director of Kalemba Hospital, Dr. Ana Ruiz, announced a suspected outbreak there."
    assert [c.source for c in attributed(text)] == ["Ana Ruiz"]
    # an inversion with no clause before its comma still names its speaker after the cue
    (c,) = attributed("Too early to tell, says economist Tom Reed, of Harbour University.")
    assert (c.source, c.content) == ("Tom Reed", "Too early to tell")
    # a participle's speaker is the writer, not the name set off before it
    text = "Last week the union sent an email to the mayor, Ana Ruiz, calling the plan unfair."
    assert "Ana Ruiz" not in [c.source for c in attributed(text)]


@pytest.mark.parametrize(
    "text, source, kind",
    [
        (
            "The Riverton rally\u2019s organizers claimed a crowd of 5,000.",
            "Riverton rally\u2019s organizers",
            "group",
        ),
        (
            "The Harbour Observer Group led by former judge Ana Ruiz said the count was clean.",
            "Harbour Observer Group",
            "organization",
        ),
    ],
)
def test_a_name_inside_a_possessive_or_leading_a_body_is_not_who_speaks(text, source, kind):
    """ "The Riverton rally's organizers": the organizers speak, though the model tagged
    "Riverton" a person; who leads a body named is no part of its name."""
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (source, kind)


@pytest.mark.parametrize(
    "text, source, kind",
    [
        (
            "\u201cSupplies are short,\u201d K.R. Venkatesh, secretary of the state\u2019s relief agency, told reporters.",
            "K.R. Venkatesh",
            "person",
        ),
        ("J.P. Morgan, the bank, said profits rose.", "J.P. Morgan", "organization"),
        ("WHO said the risk was low.", "WHO", "organization"),
    ],
)
def test_an_apposition_or_an_acronym_tells_a_person_from_a_body(text, source, kind):
    """The model may tag a person's name as an organisation and a bank's as a person's: the
    apposition says which ("secretary of ...", "the bank"); an acronym is no person's name."""
    (c,) = attributed(text)
    assert c.source_kind == kind
    if source:
        assert c.source == source


def test_initials_in_capitals_are_a_body_not_a_pronoun():
    """ "WHO" and "US" amid a sentence in lower case are a body's initials, not "who" or "us"."""
    (c,) = attributed("WHO said the risk was low.")
    assert (c.source, c.source_kind) == ("WHO", "organization")
    text = "Lima and Quito oppose the plan. \u201cWe will act,\u201d the US said."
    assert [c.source for c in attributed(text)] == ["Lima and Quito", "United States"]  # both capitals speak


def test_the_makers_of_figures_are_not_the_figures():
    """ "Organizers" after "estimates from organizers" are the people, not their estimates."""
    text = (
        "More than 2,000 people marched on Saturday, according to estimates from organizers.\n\n"
        "Organizers told reporters they counted 5,000 people."
    )
    assert [(c.source, c.source_kind) for c in attributed(text)] == [
        ("estimates from organizers", "document"),
        ("organizers", "group"),
    ]


@pytest.mark.parametrize("speaker", ["Ruiz of the union", "Ana Ruiz with the union"])
def test_a_name_of_a_body_the_model_left_untagged_is_a_person_of_it(speaker):
    """ "Ruiz of the union said": a surname no word of English, then the body its bearer is of,
    with no entity tagged, is that person, speaking for the body ("Bank of America" and
    "Polling of union voters" are not)."""
    (c,) = attributed(f'"We have three cases," {speaker} said.')
    assert (c.source, c.source_kind, c.affiliation) == (speaker.split(" of ")[0].split(" with ")[0], "person", "union")
    assert [c.source_kind for c in attributed("Polling of union voters shows a tie.")] == ["organization"]


def test_a_speaker_run_back_over_a_clause_keeps_to_the_last_comma():
    """The parser read "grows" as a noun of the speaker's phrase, and the tagger ran the speaker
    back over the clause: the clause before the comma is what was said, the phrase after it who."""
    text = (
        "Tents will be flown to the coast as the number of suspected cases in the latest outbreak grows,"
        " the head of the Harbour Relief Agency said on Friday."
    )
    (c,) = attributed(text)
    assert c.source == "head of the Harbour Relief Agency"
    assert c.content.startswith("Tents will be flown") and c.content.endswith("outbreak grows")


def test_a_role_labelling_a_headline_is_a_person_and_half_a_title_no_affiliation():
    """ "Lawyer: ..." labels a headline with a person's role (before: an organisation "Lawyer"),
    whom "the lawyer for the family" is; "Major-" of "Major-General", which the model tagged an
    organisation, is no body the general speaks for: he speaks for Riverton, whose army's spokesman
    he is."""
    text = (
        "Lawyer: Guard struck inmate twice; family to appeal\n\n"
        "The lawyer for the family of an inmate injured at the jail said Monday that the video shows he was struck"
        " from behind."
    )
    assert [(c.source, c.source_kind) for c in attributed(text) if c.source != "family"] == [
        ("lawyer", "person"),
        ("lawyer", "person"),
    ]
    (c,) = attributed("Riverton's top army spokesman, Major-General Tom Reed, said the convoy had reached the border.")
    assert (c.source, c.affiliation) == ("Tom Reed", "Riverton")


def test_a_person_named_after_a_role_at_a_capital_is_no_government():
    """ "In the capital, Jakarta, national army spokesman Brig. Gen. Setiawan said": the parser
    hung the spokesman on the city, which would make the country's government the speaker."""
    text = "In the capital, Jakarta, national army spokesman Brig. Gen. Setiawan said the blaze started in a storeroom."
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == ("Setiawan", "person")
    (c,) = attributed("Beijing said the talks would go on.")
    assert (c.source, c.source_kind) == ("China", "government")


@pytest.mark.parametrize(
    "text, affiliation",
    [
        (
            "The attorney for the family of a man killed by police in Riverton said the report shows he was shot.",
            "family of a man",
        ),
        ("A spokesman for the company based in Riverton said the plant would close.", "company"),
        ("A lawyer for the men arrested in Riverton said they were innocent.", None),
        ("The former secretary of state said the talks would fail.", None),
    ],
)
def test_a_place_in_a_clause_of_whom_a_role_serves_is_no_affiliation(text, affiliation):
    """ "the family of a man killed by police in Riverton": the clause says where he was killed,
    not whom the attorney speaks for; "A" opening the sentence is no name of a body the role is
    a department of; "secretary of state" is an office, not a body "state"."""
    (c,) = attributed(text)
    assert c.affiliation == affiliation


@pytest.mark.parametrize(
    "text, source",
    [
        ("Tom Reed and Ana Ruiz said the vote was rigged.", "Tom Reed and Ana Ruiz"),
        ("Both Tom Reed and Ana Ruiz said the vote was rigged.", "Tom Reed and Ana Ruiz"),
        ("Tom Reed, Ana Ruiz and Ali Khan said the vote was rigged.", "Tom Reed, Ana Ruiz and Ali Khan"),
    ],
)
def test_people_listed_as_one_subject_all_speak(text, source):
    """The model may tag only the first name of a list; all the people listed speak, as a group,
    and a later surname is still the person."""
    c, *rest = attributed(text + " Reed said he would appeal.")
    assert (c.source, c.source_kind) == (source, "group")
    assert [(r.source, r.source_kind) for r in rest] == [("Tom Reed", "person")]


@pytest.mark.parametrize("name", ["Rivers", "Mills", "Banks"])
def test_a_surname_english_spells_as_a_plural_noun_opens_a_sentence_as_the_person(name):
    # the article writes it as a name inside a sentence first: opening one, it is still the name
    text = (
        f"The talks were led by the energy minister, Tom {name}, on Monday.\n\n"
        f"{name} replied: “No, of course not.”\n\n"
        f"{name} maintained that the talks were going ahead."
    )
    assert [(c.source, c.source_kind, c.cue) for c in attributed(text)] == [
        (f"Tom {name}", "person", "replied:"),
        (f"Tom {name}", "person", "maintained"),
    ]


def test_a_plural_noun_opening_a_sentence_is_no_name_the_article_does_not_write_inside_one():
    # a Title Case headline's capitals name no one
    (c,) = attributed("Mills Close As Demand Falls\n\nMills said they would cut 300 jobs.")
    assert (c.source, c.source_kind) == ("mills", "group")


def test_a_one_word_name_that_spoke_is_that_person_again_opening_a_sentence():
    text = "“We will not close,” said Mills, who runs the plant.\n\nMills maintained that the plant was safe."
    assert [(c.source, c.source_kind) for c in attributed(text)] == [("Mills", "person"), ("Mills", "person")]


@pytest.mark.parametrize(
    "text, source, kind",
    [
        ("NURSES at the hospital said the ward had been closed for a week.", "nurses at the hospital", "group"),
        ("NURSES said the ward had been closed for a week.", "nurses", "group"),
        ("TEACHERS, parents and pupils have welcomed the new timetable.", "teachers, parents and pupils", "group"),
        # an acronym, no English word for people, is still a name
        ("UNICEF said the camp had no water.", "UNICEF", "organization"),
    ],
)
def test_a_noun_for_people_in_capitals_opening_a_story_is_those_people(text, source, kind):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (source, kind)


@pytest.mark.parametrize(
    "text, source, kind",
    [
        ("Landlords warned that rents would rise again in the spring.", "landlords", "group"),
        ("Hundreds flee\n\nRIVERTON, Ohio (AP) Authorities issued evacuation orders.", "authorities", "group"),
        # a name inside: the body's leaders, as before
        (
            "Leaders of the opposition National Coast Alliance rejected the results.",
            "National Coast Alliance",
            "organization",
        ),
        (
            "Hundreds flee\n\nRIVERTON, Ohio (AP) Leaders of the union said the offer was an insult.",
            "leaders of the union",
            "group",
        ),
        # after a dateline, and with a place named in the words that describe them
        ("date 2024-03-01 Landlords call new rent rules 'unworkable'", "landlords", "group"),
        (
            "HOUSTON (AP) — Attorneys for the family of a cyclist hit by a Houston bus driver say the report is wrong.",
            "attorneys for the family of a cyclist hit by a Houston bus driver",
            "group",
        ),
        ("The ward closed in May.\n\nPensioners said the bus was their only way to the clinic.", "pensioners", "group"),
        ("Insurers, the report said, had raised premiums twice.\n\nInsurers denied it.", "insurers", "group"),
        # a surname English spells as a plural noun, after the full name
        ("Tom Banks, the club chairman, defended the sale. Banks said the price was fair.", "Tom Banks", "person"),
        ("The club was sold in May. Dr. Banks said the price was fair.", "Banks", "person"),
        # the article writes the word as a name inside a sentence
        ("Landlords said the rules were unclear. The Landlords Association agreed.", "Landlords", "organization"),
    ],
)
def test_a_plural_noun_opening_a_sentence_is_a_group_not_a_name(text, source, kind):
    last = attributed(text)[-1]
    assert (last.source, last.source_kind) == (source, kind)


def test_a_channel_named_like_a_person_is_no_he():
    text = (
        "The mayor resigned on Friday.\n\n"
        "The Kilo television channel reported that the council had met. The strike will go on, he said."
    )
    (c,) = by_cue(text, "said")
    assert c.source == "mayor"


@pytest.mark.parametrize(
    "text, speaker",
    [
        # an excerpt that cut off the full name: the surname the model took for a company's is "he"
        (
            "The minister, Tom Ruiz, visited the site on Monday.\n\n"
            "Brandt said the road would reopen in May. Some 40 trucks were stuck, he said.",
            "Brandt",
        ),
        # a new paragraph: "he" may be anyone named before
        (
            "The minister, Tom Ruiz, visited the site on Monday.\n\n"
            "Brandt said the road would reopen in May.\n\nSome 40 trucks were stuck, he said.",
            "Tom Ruiz",
        ),
        # ... but a quotation that opens the next paragraph goes on with the surname, not with a
        # name inside what he said
        (
            "Brandt told the panel most complaints were about noise before Kestrel's lease began.\n\n"
            '"We have held no concerts for two years," he said.',
            "Brandt",
        ),
    ],
)
def test_he_after_a_lone_surname_is_that_person(text, speaker):
    last = attributed(text)[-1]
    assert last.source == speaker


@pytest.mark.parametrize(
    "text, source",
    [
        ("The Acme brewery said the new bottling line would open in May.", "Acme brewery"),
        ("The refinery said the leak had been contained by noon.", "refinery"),
    ],
)
def test_a_plant_that_speaks_is_the_business_it_houses(text, source):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (source, "organization")


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Prices will rise in May, the company press service said on Tuesday.", "organization"),
        ("Prices will rise in May, the bank's press office said.", "organization"),
        ("Prices will rise in May, the city's press office said.", "government"),
    ],
)
def test_the_press_office_of_a_business_is_the_business_kind(text, kind):
    (c,) = attributed(text)
    assert c.source_kind == kind


@pytest.mark.parametrize(
    "text, source, kind",
    [
        ("His comments suggest little trust in the new coach.", "his comments", "document"),
        ("The minister's remarks showed that the deal was dead.", "minister's remarks", "document"),
        # people called by a word that also names a message
        ("Senior figures in the party said the deal was dead.", "senior figures in the party", "group"),
    ],
)
def test_remarks_that_speak_are_a_message_not_a_group(text, source, kind):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (source, kind)


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the article calls the manager "her" and Reed "him": "she" is the manager, though Reed
        # was named after her
        (
            "Tom Reed has rejected the accusations made against him by a former partner.\n\n"
            '"None of it is true," Reed told a radio station.\n\n'
            "The partner brought her case to the county court last week and is suing Reed for fraud.\n\n"
            "She also alleged that Reed had hidden the accounts.",
            "partner",
        ),
        # an object of one's own verb is someone else: "subjected her" says nothing of Reed
        (
            "The manager filed a lawsuit on Thursday.\n\n"
            "She said that Reed thanked her for months.\n\n"
            "She also alleged that Reed had kept the money.",
            "manager",
        ),
        # two people of one surname: what is said of one is not said of the other
        (
            "Ana Davis of the bank said her firm expected growth. Tom Mason of the fund disagreed.\n\n"
            "Shares rose after Tom Davis of the broker upgraded the stock. He cited good earnings.",
            "Tom Davis",
        ),
    ],
)
def test_he_or_she_is_not_someone_the_article_called_otherwise(text, speaker):
    last = attributed(text)[-1]
    assert last.source == speaker


@pytest.mark.parametrize(
    "text, source, kind",
    [
        ("Kurds fear the use of chemical weapons in the town.", "Kurds", "group"),  # a people stays capitalised
        ("Shocking picture shows a bridge about to collapse", "shocking picture", "document"),
    ],
)
def test_a_people_keeps_its_capital_and_a_picture_is_a_document(text, source, kind):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (source, kind)


@pytest.mark.parametrize(
    "text, source",
    [
        ("Reed’s office said this evening that the vote was illegal.", "Reed’s office"),
        ("The company’s lawyers said the vote was illegal.", "company’s lawyers"),
        ("Jones’ office said this evening that the vote was illegal.", "Jones’ office"),  # an owner in -s'
        ("Nurses’ unions said this evening that the vote was illegal.", "nurses’ unions"),  # people, no name
    ],
)
def test_a_name_owning_a_description_keeps_its_capital(text, source):
    (c,) = attributed(text)
    assert c.source == source


@pytest.mark.parametrize(
    "text",
    [
        "Natalya Petrovich, a retired nurse, said she had queued since dawn.",  # tagged a place
        "Tatiana Orsha, a 58-year-old nurse said she had queued since dawn.",  # tagged an organisation
    ],
)
def test_a_name_described_as_a_person_is_a_person_whatever_the_model_tagged(text):
    (c,) = attributed(text)
    assert c.source_kind == "person"


def test_a_company_described_by_its_trade_stays_a_company():
    (c,) = attributed("Harbour Holdings, an operator of ports, said sales fell.")
    assert c.source_kind == "organization"


@pytest.mark.parametrize(
    "text, source",
    [
        ("The army denied the claims, the dpa reported.", "dpa"),
        ("The army denied the claims, Efe reports.", "Efe"),
        ("Yonhap said the talks had failed.", "Yonhap"),
    ],
)
def test_a_news_agency_is_media(text, source):
    c = [c for c in attributed(text) if c.source == source]
    assert c and c[0].source_kind == "media"


def test_a_name_with_a_who_clause_is_a_person_whatever_the_model_tagged():
    text = '"We pay on time," said Tatiana Orsha, who has lived in the block for years.'
    (c,) = attributed(text)  # the model tags the name an organisation
    assert (c.source, c.source_kind) == ("Tatiana Orsha", "person")


@pytest.mark.parametrize(
    "text, source",
    [
        ("The mayor is the first official to admit the bridge was unsafe.", "mayor"),
        ("Ana Ruiz was the only minister to question the plan.", "Ana Ruiz"),
        ("The problem is the pilot who said the runway was clear.", "pilot"),  # a problem says nothing
        # a name after "be" is the speaker as written; a relative "who" names no one
        ("The winner was Tom Reed, who said the race was fair.", "Tom Reed"),
    ],
)
def test_who_a_be_says_its_subject_is_speaks_as_that_subject(text, source):
    (c,) = attributed(text)
    assert c.source == source


@pytest.mark.parametrize(
    "sentence, genders",
    [
        ("The partner brought her case to the county court.", [("partner", "female")]),
        ("Tom Reed rejected the accusations made against him.", [("Reed", "male")]),
        ("Tom Reed thanked her twice.", []),  # an object of his own verb is someone else
        ("Ana Ruiz said Tom Reed had kept her money.", []),  # her is Ana's, whose words these are
        ("Tom Reed gave Ana Ruiz her keys.", []),  # after another person: hers
    ],
)
def test_a_subject_takes_the_gender_of_its_own_clause_pronouns(sentence, genders):
    from factcheck.extract import _own_genders
    from factcheck.lexicon import person_nouns
    from factcheck.nlp import load

    found = _own_genders(load()(sentence), person_nouns())
    assert [(t.text, g) for t, g in found] == genders


@pytest.mark.parametrize(
    "text, source",
    [
        ("Zenith bakery accused of fraud says audit was wrong", "zenith bakery"),
        ("Riverton dairy charged over leak says test was wrong", "riverton dairy"),  # the participle hung on it
        ("Man charged with murder says he is innocent", "man charged with murder"),  # a description keeps it
    ],
)
def test_a_headline_participle_saying_what_befell_a_body_is_no_part_of_it(text, source):
    (c,) = attributed(text)
    assert c.source.lower() == source


@pytest.mark.parametrize(
    "text, source, body",
    [
        ('"We will appeal," said Ana Ruiz of the Riverton Tenants Union.', "Ana Ruiz", "Riverton Tenants Union"),
        ('"We will appeal," said Ana Ruiz, of the Riverton Tenants Union.', "Ana Ruiz", "Riverton Tenants Union"),
        ("Tom Reed of the National Farmers Union said prices had fallen.", "Tom Reed", "National Farmers Union"),
        (
            "Ana Ruiz with the Riverton Shoppers League said the kettles were unsafe.",
            "Ana Ruiz",
            "Riverton Shoppers League",
        ),
    ],
)
def test_a_name_of_a_body_is_a_person_of_that_body(text, source, body):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (source, "person")
    assert c.affiliation == body


def test_a_town_in_a_bodys_name_does_not_make_its_mayor_that_bodys_member():
    text = (
        '"We will appeal," said Tom Reed of the Riverton Tenants Union. '
        "The mayor of Riverton said the rent rules were fair."
    )
    first, second = attributed(text)
    assert first.source == "Tom Reed"
    assert second.source == "mayor of Riverton"


def test_a_body_after_a_description_ending_on_its_word_is_not_the_described_person():
    text = (
        "A lawyer for the cyclist hurt in a crash with Riverton police says the video proves nothing. "
        "Police have said the cyclist ran a red light."
    )
    lawyer, police = attributed(text)
    assert lawyer.source.startswith("lawyer for the cyclist")
    assert (police.source, police.source_kind) == ("police", "government")


@pytest.mark.parametrize(
    "text, source, kind",
    [
        ("Rights group the Riverton Civic League said the ban was unlawful.", "Riverton Civic League", "organization"),
        ("Local newspaper the Riverton Herald reported that the mill would close.", "Riverton Herald", "media"),
        ("The group the mayor set up said the plan was fine.", "group the mayor set up", "organization"),  # no name
    ],
)
def test_a_description_before_the_name_of_a_body_gives_the_name(text, source, kind):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (source, kind)


@pytest.mark.parametrize(
    "text, source",
    [
        ("Peruvian authorities said the toll had risen to 40.", "Peru"),
        ("Lusaka said the border post would reopen.", "Zambia"),
        ("Maldives rejected the report on Monday.", "Maldives"),
        ("Danish officials said the ferry would run again.", "Denmark"),
        ("Dhaka said the ferry would run again.", "Bangladesh"),
    ],
)
def test_every_country_its_capital_and_its_people_name_its_government(text, source):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (source, "government")


def test_a_person_named_like_a_country_is_that_person():
    (c,) = attributed("Jordan said he would play on Sunday.")
    assert (c.source, c.source_kind) == ("Jordan", "person")


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "Some 40 homes burned, according to a post by the Riverton Fire Department.",
            "post by the Riverton Fire Department",
        ),
        (
            "The river peaked at six metres, according to the Facebook page of the Riverton Water Board.",
            "Facebook page of the Riverton Water Board",
        ),
        (
            "Some 40 homes burned, according to the Riverton Fire Department's Twitter account.",
            "Riverton Fire Department's Twitter account",
        ),
    ],
)
def test_a_post_page_or_account_is_a_document_of_who_keeps_it(text, source):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (source, "document")
    assert c.affiliation in {"Riverton Fire Department", "Riverton Water Board"}


def test_the_plural_of_a_name_after_the_is_a_people_or_a_family():
    (c,) = attributed("The Basques say that their language is old.")
    assert (c.source, c.source_kind) == ("Basques", "group")


def test_a_surname_after_a_name_with_a_suffix_is_that_person():
    text = "Samuel Reed Jr. said he would resign. Reed said the board had failed him."
    assert [c.source for c in attributed(text)] == ["Samuel Reed Jr."] * 2


@pytest.mark.parametrize(
    "text, body",
    [
        ("Riverton Technical Director Tom Reed said the club was in trouble.", "Riverton"),
        ("Acme General Manager Ana Ruiz said sales fell.", "Acme"),
        ("Riverton Medical Center director Ana Ruiz said beds were full.", "Riverton Medical Center"),  # a name
    ],
)
def test_a_roles_field_written_in_its_title_is_no_part_of_the_body(text, body):
    (c,) = attributed(text)
    assert c.affiliation == body


@pytest.mark.parametrize(
    "text, source, kind, body",
    [
        ("A Labour MP said the vote was rigged.", "Labour MP", "person", "Labour"),
        ("Riverton MP: We voted against the bill", "Riverton MP", "person", "Riverton"),
        ("The MP said the vote was rigged.", "MP", "person", None),
        ("Labour MPs said the vote was rigged.", "Labour MPs", "group", None),
    ],
)
def test_a_role_written_as_an_acronym_is_a_person(text, source, kind, body):
    (c,) = attributed(text)
    assert (c.source, c.source_kind, c.affiliation) == (source, kind, body)


@pytest.mark.parametrize(
    "text, source, kind",
    [
        ("The NTSB said the pilot erred.", "NTSB", "government"),
        ("The RCMP said the suspect had fled.", "RCMP", "government"),
        ("The SEC said the filing was late.", "SEC", "organization"),  # also a sports conference
        ("The brakes were faulty, bankruptcy papers show.", "bankruptcy papers", "document"),
    ],
)
def test_state_bodies_by_acronym_and_court_papers(text, source, kind):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (source, kind)


def test_the_family_of_a_person_named_before_is_a_group():
    text = "Tom Reed said he would sue the council. The Reeds said they were angry."
    first, second = attributed(text)
    assert (second.source, second.source_kind) == ("Reeds", "group")


@pytest.mark.parametrize(
    "text, source, kind, body",
    [
        # the tagger runs the body before an abbreviated rank into a name, or takes the name for a body's
        ("Riverton Police Lt. Odile Verbanck said the road was closed.", "Odile Verbanck", "person", "Riverton Police"),
        ("Police Sgt. Ana Ruiz said the road was closed.", "Ana Ruiz", "person", "Police"),
        ("Riverton Fire Captain Tom Reed said the fire was out.", "Tom Reed", "person", "Riverton Fire"),
    ],
)
def test_a_rank_names_the_person_after_it_and_the_body_before_it(text, source, kind, body):
    (c,) = attributed(text)
    assert (c.source, c.source_kind, c.affiliation) == (source, kind, body)


def test_a_role_written_in_capitals_after_a_name_is_that_names_role():
    text = (
        "Reed Spokeswoman Rejects Loan Claim\n\n"
        "A spokeswoman said the claim that Tom Reed took the loan is false. "
        "The lender's lawyers note that Reed hasn't denied he signed the papers."
    )
    claims = attributed(text)
    assert (claims[0].source, claims[0].source_kind, claims[0].affiliation) == ("Reed spokeswoman", "person", "Reed")
    denied = next(c for c in claims if c.cue == "hasn't denied")
    assert denied.source == "Tom Reed"


def test_a_role_in_capitals_with_a_name_set_beside_it_is_not_taken_for_the_name():
    (c,) = attributed("Acme Lawyer Says Deal Is Off")
    assert (c.source, c.affiliation) == ("Acme lawyer", "Acme")
    text = "On Friday, Riverton Deputy Trade Minister, Tom Verbanck, said the tariff would stay."
    assert all("minister" not in c.source.lower() for c in attributed(text))


@pytest.mark.parametrize(
    "text, source, kind",
    [
        (
            "Inquiry sponsors Riverton Health Board say the final version is due.",
            "Riverton Health Board",
            "organization",
        ),
        ("A report blamed the Riverton Health Trust. But the trust says it has concerns.", "trust", "organization"),
    ],
)
def test_bodies_a_role_or_a_common_noun_introduces(text, source, kind):
    c = attributed(text)[-1]
    assert (c.source, c.source_kind, c.affiliation) == (source, kind, None)


def test_a_clubs_name_the_tagger_took_for_a_persons_is_no_one_a_first_name_stands_for():
    text = (
        "Riverton United's new chairman Tom Reed says the coach will stay. "
        "Riverton later issued a statement saying the coach's contract runs to 2027."
    )
    first, second = attributed(text)
    assert second.source == "Riverton"


def test_a_message_whose_verb_the_parser_took_for_a_noun_is_a_document():
    text = '"The files are ours now," the message read. "Pay or we publish them."'
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == ("message", "document")


def test_a_name_joined_to_people_of_a_kind_is_a_group():
    text = (
        "Riverton Attorney General Ana Ruiz filed a complaint against three lenders. "
        "Ruiz and nine other attorneys general said the banks broke the law. "
        "They now want the court to widen the case."
    )
    first, sued, requesting = attributed(text)
    assert (sued.source, sued.source_kind, sued.affiliation) == ("Ruiz and nine other attorneys general", "group", None)
    assert requesting.source == sued.source
    # the model may take the surname for a body's: the same group
    text = text.replace("Ruiz", "Kellner")
    assert [c.source for c in attributed(text)][1:] == ["Kellner and nine other attorneys general"] * 2


def test_a_holder_named_after_an_office_the_parser_made_the_head_is_that_person():
    (c,) = attributed("Office of Civil Protection Spokesperson Ana Ruiz earlier said the damage was high.")
    assert (c.source, c.source_kind, c.affiliation) == ("Ana Ruiz", "person", "Office of Civil Protection")


def test_a_word_of_time_the_tagger_ran_into_a_name_is_no_part_of_it():
    (c,) = attributed("Monday Brackley announced it would close the plant.")
    assert c.source == "Brackley"


def test_a_firms_name_ending_on_a_word_of_business_is_no_persons():
    text = (
        "Swann Shipping at first said the cargo shifted in a storm. "
        "Yesterday Swann issued a statement rejecting claims it misled the port."
    )
    assert {(c.source, c.source_kind) for c in attributed(text)} == {("Swann Shipping", "organization")}


def test_a_he_is_not_someone_named_in_what_a_speaker_said_with_a_quoted_phrase():
    text = (
        'Union leader Tom Reed told the meeting that the firm had sacked Samuel Okafor for "no good reason" '
        "last spring.\n\n"
        '"We will not back down," he told members.'
    )
    assert [c.source for c in attributed(text)] == ["Tom Reed", "Tom Reed"]


def test_an_acronym_in_brackets_the_model_ran_into_a_name_is_no_part_of_it():
    text = "The Bureau of Waterways (BuWat) said two barges sank. BuWat said the channel was closed."
    assert [c.source for c in attributed(text)] == ["Bureau of Waterways"] * 2
    text = "The Office of Harbours (OfHar) said two barges sank. OfHar said the channel was closed."
    assert [c.source for c in attributed(text)] == ["Office of Harbours"] * 2


def test_a_label_whose_words_say_i_is_a_person_and_names_in_them_are_no_he():
    text = (
        "Reed: I will not quit the council\n\nWhat you need to know:\n\n"
        "He insisted that he would serve out his term on the Riverton council."
    )
    assert [(c.source, c.source_kind) for c in attributed(text)] == [("Reed", "person")] * 2


@pytest.mark.parametrize(
    "text", ["What you need to know:\n\nThe plant will close.", "Here's what you should know about the plant."]
)
def test_a_heading_telling_the_reader_what_follows_is_no_claim(text):
    assert attributed(text) == []
    (c,) = attributed("You may have heard that the plant will close.")  # an essay's "you", as annotators mark it
    assert c.content == "that the plant will close"


def test_a_surname_that_speaks_before_the_full_name_is_given_is_that_person():
    text = "Reed: I will not quit the council\n\nCouncillor Tom Reed said he would fight on."
    assert [c.source for c in attributed(text)] == ["Tom Reed", "Tom Reed"]


@pytest.mark.parametrize(
    "text, source",
    [
        ("The Taoiseach said the budget was fair.", "taoiseach"),
        ("The Tánaiste said the party would recover.", "tánaiste"),
        ("Tánaiste Eamon Reed said the coalition would hold.", "Eamon Reed"),
    ],
)
def test_irish_offices_are_people(text, source):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (source, "person")


@pytest.mark.parametrize(
    "text, source",
    [
        ("The Clean Rivers Act says polluters must pay.", "Clean Rivers Act"),
        ("The Riverton Housing Act of 2010 requires landlords to register.", "Riverton Housing Act"),
    ],
)
def test_a_law_named_as_an_act_is_a_document(text, source):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (source, "document")


@pytest.mark.parametrize(
    "text",
    [
        '"We have the figures," ministry spokesman Tom Reed said, reported by the Harbour Post.',
        "The mine is safe, the inspector Tom Reed said, as reported by the Harbour Post.",
        "Tom Reed said the mine is safe, as reported by the Harbour Post.",
    ],
)
def test_words_reported_by_a_medium_after_their_cue_are_the_speakers_relayed(text):
    claims = attributed(text)
    (said,) = [c for c in claims if c.source == "Tom Reed"]
    assert said.via == "Harbour Post"
    assert "reported" not in said.content and "Harbour" not in said.content


@pytest.mark.parametrize(
    "text, source, kind",
    [
        ("Officials in Norland, including Mayor Tom Reed, insist the dam is safe.", "officials in Norland", "group"),
        ("Officials such as Ana Ruiz said the plan would fail.", "officials", "group"),
        ("Police officers, including Sgt Tom Reed, said the crowd was calm.", "police officers", "government"),
    ],
)
def test_members_named_after_including_are_not_the_plural_speaker(text, source, kind):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (source, kind)


def test_a_storm_named_like_a_person_says_nothing():
    text = "Typhoon Mara killed 40 people, officials said. Mara lashed the islands overnight, cutting power."
    assert [c.source for c in attributed(text)] == ["officials"]
    text = "Hurricane Tomas flooded the port, the coast guard said. Tomas said nothing of the kind."
    assert [c.source for c in attributed(text)] == ["coast guard"]
    text = "The National Hurricane Center said the storm would weaken. The Hurricane Center said it would track it."
    assert [c.source for c in attributed(text)] == ["National Hurricane Center"] * 2


@pytest.mark.parametrize(
    "text, source",
    [
        ("Workers clashed with police, riverton24.com reported.", "riverton24.com"),
        ("Workers clashed with police, Harbourline.in reported.", "Harbourline.in"),
        ("Workers clashed with police, Riverton24.Com reported.", "Riverton24.Com"),
    ],
)
def test_a_web_address_that_reports_is_a_medium(text, source):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (source, "media")


def test_a_role_the_parser_tagged_as_a_name_stands_for_its_holder():
    text = (
        "Riverton's Trade Minister Tom Reed on Friday blamed the port for the delays. "
        '"March was a hard month for exporters," said the minister, who is running for mayor.'
    )
    assert [c.source for c in attributed(text)] == ["Tom Reed", "Tom Reed"]


def test_a_title_in_a_subheading_is_its_holder_named_before():
    text = (
        "The opposition rejected the results. President Ana Ruiz, who took office in 2019, dismissed the claims.\n\n"
        "President defends the count\n\nRuiz said the vote was fair."
    )
    assert [c.source for c in attributed(text)][1:] == ["Ana Ruiz"] * 3
    text = "Vice President Tom Reed met farmers.\n\nPresident rejects farm plan\n\nThe plan was dropped."
    assert [c.source for c in attributed(text)] == ["president"]  # not the vice president


@pytest.mark.parametrize(
    "text, source, kind",
    [
        ("The draft budget proposes a 3 percent rise in fees.", "draft budget", "document"),
        ("The peace plan says rebels must disarm.", "peace plan", "document"),
    ],
)
def test_a_budget_or_a_plan_is_a_document(text, source, kind):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (source, kind)


def test_a_disclaimer_label_is_no_speaker():
    text = "The plant was closed on Monday.\n\nDisclaimer: No Riverton Times journalist was involved in this content."
    assert attributed(text) == []


@pytest.mark.parametrize(
    "text, source",
    [
        ("The Riverton police command said two suspects were held.", "Riverton police command"),
        ("The Tom Reed administration said the law would stand.", "Tom Reed administration"),
    ],
)
def test_a_body_named_after_a_place_or_a_person_is_the_body(text, source):
    (c,) = attributed(text)
    assert c.source == source and c.source_kind != "person"


def test_the_ministry_is_not_a_document_about_the_ministry():
    text = (
        "Ministry data showed 600 homes were lost. "
        "The housing ministry, for its part, insisted to reporters that its count was right."
    )
    assert [(c.source, c.source_kind) for c in attributed(text)][-1] == ("housing ministry", "government")


@pytest.mark.parametrize(
    "text, name",
    [
        ('"The area is calm," Kestrel Bay police OC Ruhul Okafor said.', "Ruhul Okafor"),
        ("SHO Tomas Okafor said the area was calm.", "Tomas Okafor"),
    ],
)
def test_a_police_rank_in_capitals_before_a_name_is_a_title(text, name):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (name, "person")


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Neighbours called out as firefighters carried the children from the house.", []),
        ('"The wells were dry," a neighbour said, quoting Ana Ruiz.', ["The wells were dry,"]),
        ("The lawyer showed the jury a letter from the bank.", []),
    ],
)
def test_a_cue_with_no_message_of_its_own_is_no_claim(text, kept):
    """A clause of when it was done, whose words were quoted, a document handed to someone."""
    assert [c.content for c in attributed(text)] == kept


@pytest.mark.parametrize("name", ["Yonhap", "Tasnim"])
def test_one_name_that_reports_and_names_no_person_is_a_medium(name):
    (c,) = attributed(f"Two bridges were closed after the flood, as reported by {name}.")
    assert (c.source, c.source_kind) == (name, "media")
    text = "Reporter Tom Novak covered the flood. Two bridges were closed, as reported by Novak."
    assert [(c.source, c.source_kind) for c in attributed(text)][-1] == ("Tom Novak", "person")


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Union secretary Ana Thorne said the claim was false. Ms Thorne said the union had a quarter of staff.",
            "Ana Thorne",
        ),
        (
            "Sergeant Kevin Tarrant told the court the man threw a bottle. Sergeant Tarrant said it was no accident.",
            "Kevin Tarrant",
        ),
    ],
)
def test_a_title_and_surname_the_model_kept_as_one_name_is_the_person_named_in_full(text, name):
    assert [c.source for c in attributed(text)] == [name, name]


def test_a_title_of_the_other_gender_is_not_the_person_a_pronoun_named():
    text = (
        "Tom Thorne said the mill would close. He said his wages were late. Ms Thorne, his sister, said it would not."
    )
    assert [c.source for c in attributed(text)] == ["Tom Thorne", "Tom Thorne", "Ms Thorne"]


@pytest.mark.parametrize(
    "text, sources, affiliation",
    [
        ("Sheriff Ana Cole said two deputies were hurt. The sheriff said both would recover.", ["Ana Cole"] * 2, None),
        ("Additional Director General Tom Okonjo said the road would reopen.", ["Tom Okonjo"], None),
    ],
)
def test_sheriffs_and_additional_directors_are_roles(text, sources, affiliation):
    claims = attributed(text)
    assert [c.source for c in claims] == sources and claims[0].affiliation == affiliation


def test_a_un_agency_is_no_news_agency():
    (c,) = attributed("Cases are far higher than reported, the U.N. agency said yesterday.")
    assert c.source_kind != "media"


def test_a_name_given_again_by_its_middle_word_is_that_person():
    text = (
        "Army spokesman Deng Malual Deng insisted they would honour the deal. Malual said the army would hold its fire."
    )
    assert [c.source for c in attributed(text)] == ["Deng Malual Deng"] * 2


def test_a_one_word_name_ending_in_news_is_a_medium():
    (c,) = attributed("Two died in the flood, Kestrelnews reports.")
    assert (c.source, c.source_kind) == ("Kestrelnews", "media")


@pytest.mark.parametrize(
    "text, affiliation",
    [
        ("Supermarket giant Harbour Foods Ltd accused striking workers of holding shoppers hostage.", None),
        ("The opposition National Harbour Alliance rejected the results.", "opposition"),
    ],
)
def test_an_affiliation_before_a_body_names_a_side_not_a_trade(text, affiliation):
    (c,) = attributed(text)
    assert c.affiliation == affiliation


def test_an_affiliation_holds_no_time():
    text = (
        "Lawyers representing the families of three men shot dead by police in Riverton last month have said "
        "the chief misled the public."
    )
    (c,) = attributed(text)
    assert "month" not in (c.affiliation or "")


def test_a_day_is_no_speaker():
    text = "Rescuers take a lift down into the pit Tuesday looking for missing miners in the north."
    assert attributed(text) == []


def test_a_spokesman_for_the_tribunal_speaks_for_the_tribunal():
    text = (
        "Riverton said in a statement that it rejected the findings. A spokesman for the tribunal refused to comment."
    )
    assert [c.affiliation for c in attributed(text)][-1] == "tribunal"


@pytest.mark.parametrize(
    "text, name",
    [
        ("An inquiry found problems. 2News detailed a raft of failings at the zoo.", "2News"),
        ("Residents said the road was closed. Kestrelnews said two died.", "Kestrelnews"),
    ],
)
def test_a_name_ending_in_news_is_a_medium_however_the_model_read_it(text, name):
    assert [(c.source, c.source_kind) for c in attributed(text)][-1] == (name, "media")


def test_a_role_inside_a_name_the_model_tagged_whole_leaves_the_name_after_it():
    (c,) = attributed("Chester Fire Marshal Rich Okonjo said some alarms had sounded.")
    assert c.source == "Rich Okonjo"


def test_a_place_in_a_cue_nouns_own_words_is_no_speaker():
    from factcheck.attribute import _placed_under
    from factcheck.nlp import load

    doc = load()("Pirates had launched an attack on its base in Kestrel.")
    words = {t.text: t for t in doc}
    assert _placed_under(words["Kestrel"], words["attack"])  # the tagger may offer it as the source
    doc = load()("The criticism by residents in Kestrel grew.")
    words = {t.text: t for t in doc}
    assert not _placed_under(words["residents"], words["criticism"])  # who criticised


@pytest.mark.parametrize(
    "text, name",
    [
        ("Veltro Motors China released a statement saying that its plants had no leaks.", "Veltro Motors China"),
        ("Harbour Oil China released a statement saying that its fields had no spills.", "Harbour Oil China"),
    ],
)
def test_a_firms_arm_in_a_country_is_the_firm_not_the_country(text, name):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (name, "organization")


def test_an_acronym_someone_spoke_to_is_no_he():
    text = (
        "The activist Tom Okonjo said an inquiry was needed. He told JRN he was not convinced the victims "
        "died of measles. He said the water was to blame."
    )
    assert {c.source for c in attributed(text)} == {"Tom Okonjo"}


def test_a_dateline_in_capitals_before_a_lead_in_the_perfect_is_no_speaker():
    text = "RIVERTON: The Centre for River Concerns has backed a call for an inquiry into the deaths."
    assert [c.source for c in attributed(text)] == ["Centre for River Concerns"]


def test_the_end_of_a_full_name_given_before_is_that_person():
    text = "Mayor Paulo Ferreira Junior said the search was suspended. Ferreira Junior said the toll would rise."
    assert [c.source for c in attributed(text)] == ["Paulo Ferreira Junior"] * 2


def test_a_pages_note_on_its_comments_is_no_claim():
    text = "The firm said profits rose.\n\nSorry we are not currently accepting comments on this article."
    assert [c.source for c in claims_of(text)] == ["firm"]


@pytest.mark.parametrize(
    "text, source, via",
    [
        ('"The wells were dry," a neighbour said, quoting Ana Ruiz.', "Ana Ruiz", "neighbour"),
        (
            "Two people were killed, the Kestrel News Agency said, quoting local officials.",
            "local officials",
            "Kestrel News Agency",
        ),
        ("The agency said three men were held, citing police.", "police", "agency"),
    ],
)
def test_words_said_quoting_or_citing_someone_are_theirs_relayed(text, source, via):
    (c,) = attributed(text)
    assert (c.source, c.via) == (source, via)
    assert "quoting" not in c.content and "citing" not in c.content


def test_citing_a_reason_or_a_document_keeps_the_speaker():
    (c,) = [c for c in attributed("Tom Reed said the plan would fail, citing a report by the bank.") if c.cue == "said"]
    assert (c.source, c.via) == ("Tom Reed", None)


def test_a_place_set_off_by_commas_before_an_inverted_cue_is_no_speaker():
    text = "Fighting resumed near the capital, Lusaka, on Tuesday, said witnesses."
    assert [(c.source, c.source_kind) for c in attributed(text)] == [("witnesses", "group")]


def test_people_of_a_place_tagged_a_person_are_the_people():
    (c,) = attributed('Tenants in Mill Row, Riverton, said the repairs were "a sorry joke".')
    assert c.source_kind == "group" and c.source.startswith("tenants")


@pytest.mark.parametrize(
    "text",
    [
        "Exports have slumped as farmers have been attacked by armed gangs on several roads, according to traders.",
        'Other farmers were attacked on Tuesday by a gang of youths "who came with sticks," said Ana Ruiz.',
    ],
)
def test_what_was_done_to_people_is_no_claim_of_who_did_it(text):
    sources = [c.source for c in attributed(text)]
    assert not {"armed gangs", "gang of youths"} & set(sources)
    assert sources  # the traders, Ruiz still speak


def test_a_passive_act_on_people_is_done_to_them():
    from factcheck.attribute import _done_to_people
    from factcheck.nlp import load

    nlp = load()
    doc = nlp("Many traders suspect the thugs were hired by police to break up the march.")
    hired = next(t for t in doc if t.text == "hired")
    assert _done_to_people(hired, [t for t in doc if t.i > hired.i + 2])
    # a named person backed, or a plan attacked by critics, is no act on people described
    doc = nlp("Tom Reed was supported by most voters in the county.")
    supported = next(t for t in doc if t.text == "supported")
    assert not _done_to_people(supported, [t for t in doc if t.i < 2])
    doc = nlp("The plan was attacked by critics as reckless.")
    attacked = next(t for t in doc if t.text == "attacked")
    assert not _done_to_people(attacked, [t for t in doc if t.i < 2])


def test_a_verbal_attack_on_a_plan_stays_a_claim():
    (c,) = attributed("The plan was attacked by critics as reckless.")
    assert c.source == "critics"
    (c,) = attributed("Tom Reed was supported by most voters in the county.")
    assert (c.source, c.content) == ("voters", "Tom Reed")


def test_as_reported_by_needs_no_subject_of_its_own():
    (c,) = attributed("The army withdrew from the town, as reported by the Daily Sun.")
    assert (c.source, c.source_kind) == ("Daily Sun", "media")


@pytest.mark.parametrize(
    "text, source",
    [
        ('"The permits must be renewed," Tom Reed said, according to the state news agency Kestrel.', "Tom Reed"),
        ("Prices will rise, the minister said, according to the Daily Sun.", "minister"),
        ('"They threw stones at our bus," Okafor alleged, according to KNA. "Then the police came."', "Okafor"),
    ],
)
def test_a_speaker_closing_what_according_to_relays_is_relayed(text, source):
    from factcheck.propositions import RELAY_MARK

    claims = attributed(text)
    (inner,) = [c for c in claims if c.source == source]
    (outer,) = [c for c in claims if c.cue == "according to"]
    assert inner.via == outer.source
    assert RELAY_MARK in outer.terms


def test_a_role_hung_on_the_body_it_heads_is_a_person():
    (c,) = attributed("Head of Kestrel police warns traders of heavy fines")
    assert c.source_kind == "person"


@pytest.mark.parametrize(
    "full, short",
    [("Tan Sri Aziz Rahman", "Aziz"), ("Datuk Kamal Yusof", "Kamal"), ("Alhaji Musa Bello", "Musa")],
)
def test_a_given_name_after_a_style_of_honour_is_the_person(full, short):
    text = f'Police chief {full} said the march was unlawful. "Organisers must apply for a permit," {short} said.'
    assert [c.source for c in attributed(text)] == [full, full]


def test_a_chair_is_a_person():
    (c,) = attributed("The committee's chair said the plan was sound.")
    assert c.source_kind == "person"


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Reed said if anyone objected to the plan, the council ignored them.",
        "No one disputed the count.",
        "Nobody denied the figures.",
        "No official has confirmed the toll.",
        "No agency has issued its own estimate of the damage.",
    ],
)
def test_no_one_in_particular_speaks_nothing(text):
    assert [c.source for c in attributed(text)] in ([], ["Mrs Reed"])


def test_a_clause_on_a_stranded_preposition_describes_its_noun():
    text = "The council has taken the step of doubting the Audit Office report the budget was based on."
    assert attributed(text) == []


def test_the_group_is_the_campaign_named_before():
    text = (
        "In a statement, the opposition Save Kestrel Forests Campaign said lawyers were being kept out. "
        "The group charged that guards had closed the market."
    )
    assert [c.source for c in attributed(text)] == ["Save Kestrel Forests Campaign"] * 2


def test_a_surname_tagged_a_body_is_no_later_the_group():
    from factcheck.attribute import Mention
    from factcheck.resolve import Resolver

    # "Police spokesman Wayne Okonjo said ... Okonjo said ... The group charged ...", the model
    # having tagged the second "Okonjo" an organisation
    resolver = Resolver()
    said = Mention(
        spans=[(0, 30)],
        text="Police spokesman Wayne Okonjo",
        head="Okonjo",
        head_lemma="okonjo",
        pronoun=False,
        plural=False,
        entities=[("Wayne Okonjo", "PERSON")],
    )
    assert resolver.resolve(said).name == "Wayne Okonjo"
    resolver.mentioned_body(60, "Okonjo")
    group = Mention(
        spans=[(120, 129)], text="The group", head="group", head_lemma="group", pronoun=False, plural=False, entities=[]
    )
    assert resolver.resolve(group).name != "Okonjo"


def test_a_paper_named_the_something_is_media_and_no_he():
    text = (
        "Ana Ruiz told The Ledger that the two sides began shoving. "
        "Party spokesman Tom Reed claimed the rivals were bitter, The Ledger reported. "
        '"The culprits must be punished," he added.'
    )
    claims = attributed(text)
    assert ("Ledger", "media") in {(c.source, c.source_kind) for c in claims}
    assert [c.source for c in claims if c.cue == "added"] == ["Tom Reed"]


@pytest.mark.parametrize(
    "text, source",
    [
        ("Two people died, the agency reported, quoting local officials.", "local officials"),
        ("Two people died, the agency reported, quoting Superintendent of Police Tom Okafor.", "Tom Okafor"),
    ],
)
def test_reported_quoting_someone_is_theirs_relayed(text, source):
    (c,) = attributed(text)
    assert (c.source, c.via) == (source, "agency")


def test_a_that_clause_hung_on_the_statement_is_what_was_said():
    (c,) = attributed(
        "Prison director Tom Reed said in a separate letter that two guards were hurt and 40 inmates moved."
    )
    assert c.content == "that two guards were hurt and 40 inmates moved"


def test_a_speaker_saying_again_at_the_end_of_a_sentence_says_only_the_rest():
    text = "Reed said the vote was late, but the count went on into the night, Reed said."
    assert sorted(c.content for c in attributed(text)) == ["the count went on into the night", "the vote was late"]


def test_whom_a_speaker_told_is_no_later_he():
    text = (
        "Union organiser Tom Reed told Paul Okafor the crews were owed wages. He said they had called off their march."
    )
    assert [c.source for c in attributed(text)] == ["Tom Reed", "Tom Reed"]
    # whom a speaker told is still the person named so later
    text = "Sergeant Tom Reed told Judge Ana King that the accused had fled. Judge King said she was surprised."
    assert [c.source for c in attributed(text)][-1] == "Ana King"


def test_answering_questions_says_nothing():
    text = (
        "Ms Reed said she had been sure Mrs Ruiz had admitted the charges while answering her questions "
        "but the judge said the record showed nothing."
    )
    assert [c.cue for c in attributed(text)] == ["said", "said"]


def test_evidence_is_a_document():
    (c,) = attributed("The evidence indicates that the pump was faulty when it was fitted.")
    assert c.source_kind == "document"


def test_a_title_and_surname_is_the_person_named_before_who_had_not_spoken():
    text = (
        "The club's treasurer, Ana Lane, had signed the accounts. "
        "Ms Lane said she had been sure the figures were right."
    )
    assert [c.source for c in attributed(text)] == ["Ana Lane"]


def test_a_body_named_with_and_keeps_its_whole_name():
    (c,) = attributed("The Canadian Fisheries and Oceans Council says it is seeing fewer complaints.")
    assert c.source == "Canadian Fisheries and Oceans Council"


def test_a_message_dismissed_is_no_speaker_of_the_reason_given():
    text = (
        "But Mr Hale's counsel, Peter Okafor, dismissed Ms Lane's argument saying it rested on a "
        "misreading of the lease."
    )
    claims = attributed(text)
    assert "saying" in [c.cue for c in claims]
    assert all(c.source == "Peter Okafor" for c in claims)


def test_as_quoted_by_relays_the_speakers_words():
    from factcheck.propositions import RELAY_MARK

    text = '"These are lies," Minister Tom Reed told the Kestrel weekly, as quoted by the Daily Sun.'
    claims = attributed(text)
    (inner,) = [c for c in claims if c.source == "Tom Reed"]
    (outer,) = [c for c in claims if c.cue == "as quoted by"]
    assert inner.via == outer.source == "Daily Sun" and RELAY_MARK in outer.terms


def test_a_description_between_the_quotation_and_the_name_is_no_part_of_what_was_said():
    from factcheck.attribute import Mention, _without_speakers_description
    from factcheck.nlp import load

    # the tagger may run a quotation on into the title of the speaker named after it
    text = '"The dam held," Director of the Norland Water Board, Tom Reed said on Thursday.'
    doc = load()(text)
    start = text.index("Tom Reed")
    content = [t for t in doc if t.idx < text.index(", Tom")]
    source = Mention(
        spans=[(start, start + 8)],
        text="Tom Reed",
        head="Reed",
        head_lemma="reed",
        pronoun=False,
        plural=False,
        entities=[],
    )
    kept = _without_speakers_description(content, source, 0)
    assert text[kept[0].idx : kept[-1].idx + len(kept[-1])] == '"The dam held,"'
    # words between that are no name are left alone
    other = '"It failed," and more, Tom Reed said.'
    content = [t for t in load()(other) if t.i < 6]
    start = other.index("Tom")
    source = Mention(
        spans=[(start, start + 8)],
        text="Tom Reed",
        head="Reed",
        head_lemma="reed",
        pronoun=False,
        plural=False,
        entities=[],
    )
    assert _without_speakers_description(content, source, 0) == content


def test_a_body_described_before_its_name_tagged_a_person_is_the_body():
    (c,) = attributed("Another group, Legal Aid Kestrel, said that it had spoken to 50 families.")
    assert (c.source, c.source_kind) == ("Legal Aid Kestrel", "organization")


def test_a_relay_after_the_day_the_words_were_said_is_a_relay():
    text = '"The way I spoke caused offence," Reed said on Friday morning, according to the Kestrel Herald.'
    (inner,) = [c for c in attributed(text) if c.source == "Reed"]
    assert inner.via == "Kestrel Herald"


def test_a_statement_quoting_someone_as_saying_is_theirs_relayed():
    text = (
        "A day after the minister raised the price to 40 cents, her office issued a statement quoting "
        "President Tom Reed as saying 90 stalls had been shut."
    )
    (c,) = [c for c in attributed(text) if c.source == "Tom Reed"]
    assert (c.via, c.content) == ("her office", "90 stalls had been shut")


@pytest.mark.parametrize(
    "text, said",
    [
        ('Ana Ruiz interrupted him: "No, no, the vote is on May 2."', "No, no, the vote is on May 2."),
        (
            'Ana Ruiz interrupted him in Spanish, giving a later date: "No, no, the vote is on May 9."',
            "No, no, the vote is on May 9.",
        ),
    ],
)
def test_a_speaker_interrupting_with_a_quotation_speaks_it(text, said):
    (c,) = attributed(text)
    assert (c.source, c.content) == ("Ana Ruiz", said)


def test_the_role_set_off_before_a_name_is_that_person_later():
    text = 'The club\'s treasurer, Ana Lane, had signed the accounts. The treasurer said: "I was sure of the figures."'
    assert [c.source for c in attributed(text)] == ["Ana Lane"]


def test_a_named_holder_of_two_roles_is_the_person():
    (c,) = attributed("Former alderman and deputy mayor, Tom Hale, said he had taken issue with the levy.")
    assert (c.source, c.source_kind) == ("Tom Hale", "person")


def test_a_boss_is_a_role():
    from factcheck.attribute import Mention
    from factcheck.resolve import Resolver

    said = Mention(
        spans=[(0, 40)],
        text="Kestrel Police Station boss Amos Kariuki",
        head="Kariuki",
        head_lemma="kariuki",
        pronoun=False,
        plural=False,
        entities=[("Kestrel Police Station", "ORG")],
    )
    found = Resolver().resolve(said)
    assert (found.name, found.kind, found.affiliation) == ("Amos Kariuki", "person", "Kestrel Police Station")


@pytest.mark.parametrize("body", ["police", "council"])
def test_who_filed_a_complaint_with_a_body_alleges_what_it_says(body):
    text = (
        f"Relatives of a 40-year-old driver have filed a complaint with the {body} alleging that he was "
        "beaten by guards at the depot, a charge denied by the facility."
    )
    found = {(c.source_kind, c.cue) for c in attributed(text)}
    assert ("group", "alleging") in found and ("organization", "denied") in found


def test_a_quotation_told_to_a_paper_is_what_was_said():
    text = '"The road was shut," a driver, who identified himself simply as Olu, told The Ledger on Sunday.'
    assert [(c.cue, c.content) for c in attributed(text)] == [("told", "The road was shut,")]


def test_a_thing_pointed_at_someone_is_no_claim():
    text = "Police say Reed pointed the gun at him before the officer fired."
    assert [c.source for c in attributed(text)] == ["police"]
    # pointing fingers at someone blames them
    (c,) = attributed("Residents pointed fingers at the councillors for not acting on the power cuts.")
    assert c.source == "residents"


def test_a_collective_noun_opening_a_sentence_is_that_group():
    (c,) = attributed("Family says he was drunk when he stopped by a friend's house.")
    assert (c.source, c.source_kind) == ("family", "group")


def test_they_is_the_people_spoken_of_since_the_last_speaker():
    text = "Police said two men were held. Tenants barricaded the street. They say they have had no power for a week."
    assert [c.source.lower() for c in attributed(text)] == ["police", "tenants"]
    # not people inside a speaker's words
    text = "Police said two men were held. They said the men were armed."
    assert [c.source for c in attributed(text)] == ["police", "police"]


def test_with_people_saying_after_a_release_is_theirs():
    (c,) = [
        c
        for c in attributed("The ministry released figures on Monday, with officials saying the toll rose.")
        if c.cue == "saying"
    ]
    assert c.source == "officials"


def test_a_source_run_into_the_cues_own_clause_is_who_opens_it():
    from factcheck.attribute import _tagged_source
    from factcheck.nlp import load

    # the tagger may run the speaker back over the name before "after he ..."
    doc = load()("A complaint was filed against Trustee Tom Harlow after he referred to the depot as a dump.")
    words = [t.text for t in doc]
    cue = doc[words.index("referred")]
    run = list(range(words.index("Tom"), words.index("he") + 1))
    source, _ = _tagged_source(doc, cue, [cue], run, [t for t in doc if t.i > cue.i], 0, 0)
    assert source is not None and source.text == "he"


def test_figures_got_from_somewhere_are_a_document():
    # the parser may read "obtained" as the figures' own verb
    (c,) = attributed("Figures obtained from a council committee show the city hired only one inspector.")
    assert (c.source, c.source_kind) == ("figures", "document")


def test_a_capitalised_title_of_a_court_or_county_is_its_holder():
    text = "Judge Ana Lane jailed him on Monday. The District Judge told the court there had been serious failings."
    assert [(c.source, c.source_kind) for c in attributed(text)] == [("Ana Lane", "person")]
    (c,) = attributed("Tom Reed was charged. The County Attorney said the case was strong.")
    assert c.source_kind == "person"
    # a body of that name stays a body
    (c,) = attributed("The District Council said the road was safe.")
    assert c.source_kind == "government"


def test_an_order_given_to_someone_passive_is_no_claim_of_theirs():
    assert attributed("The company pleaded guilty and was fined $5,000, and told to pay costs of $2,300.") == []
    # told someone: they spoke
    (c,) = attributed("Reed was arrested and told police he had been at home.")
    assert (c.source, c.content) == ("Reed", "he had been at home")
    (c,) = attributed("Reed was arrested and claimed he had been at home.")
    assert c.source == "Reed"


def test_a_document_for_or_against_a_person_is_the_documents():
    (c,) = attributed("A notice yesterday for Ana Lane, 88, said the care home resident died of the flu on May 2.")
    assert c.source_kind == "document"
    (c,) = attributed("The lawsuit against Tom Reed says he hid the money.")
    assert c.source_kind == "document"
    # a letter from her is hers
    (c,) = attributed("A letter from Ana Lane said the road would close.")
    assert (c.source, c.source_kind) == ("Ana Lane", "person")


def test_a_claim_by_someone_saying_is_its_makers():
    (c,) = by_cue(
        "He challenged an assertion by someone from the Blue Cross saying that 50 people were evicted.", "saying"
    )
    assert (c.source, c.source_kind) == ("someone from the Blue Cross", "anonymous")
    (c,) = by_cue("The mayor dismissed a report from two residents saying the water was unsafe.", "saying")
    assert c.source == "residents"
    # the one who refutes it says the rest
    (c,) = by_cue("Reed has refuted the allegations saying he was the only licensed driver.", "saying")
    assert c.source == "Reed"


def test_someone_of_a_body_is_an_unnamed_source_of_it():
    (c,) = attributed("Someone at the ministry said the deal was off.")
    assert (c.source, c.source_kind) == ("someone at the ministry", "anonymous")


def test_a_report_by_a_body_after_which_something_happened_speaks():
    text = (
        "The mother went to the police after a report by an inspection panel, set up by the council, "
        "noted that the girl was hurt in class."
    )
    (c,) = by_cue(text, "noted")
    assert c.source_kind == "document" and "inspection panel" in c.source


def test_alleging_a_wrong_by_a_noun_is_a_claim():
    (c,) = attributed("The father approached the city police alleging negligence by the hospital.")
    assert (c.source, c.cue) == ("father", "alleging") and c.content.startswith("negligence")
    # accusing people, not alleging a thing
    assert (
        attributed("The owners held a protest against the union leaders alleging them of instigating the workers.")
        == []
    )


def test_a_pictures_credit_is_no_one_speaking():
    assert attributed("Mayor Tom Reed has resigned Credit: City News") == []
    assert attributed("Image: Ana Ruiz") == []
    # a headline signed by its source still is
    (c,) = attributed("Strike had little impact on public life: Minister")
    assert c.source == "minister"


def test_a_report_closing_a_sentence_relays_the_speaker_before_it():
    text = "Thousands of workers were on strike on Monday at a plant in the north, a union official said, Kestrel News reports."
    reports, said = sorted(attributed(text), key=lambda c: c.cue)
    assert reports.cue == "reports" and reports.source == "Kestrel News"
    assert (
        said.via == "Kestrel News"
        and said.content == "Thousands of workers were on strike on Monday at a plant in the north"
    )
    reports, said = sorted(attributed('"Prices will rise," Tom Reed said, Kestrel News reports.'), key=lambda c: c.cue)
    assert (said.source, said.via, said.content) == ("Tom Reed", "Kestrel News", "Prices will rise")


def test_a_plural_of_people_opening_a_headline_is_those_people():
    text = (
        "Refugees say militia are burning villages\n\nNewly arrived refugees have told aid workers that militia "
        "are burning villages, a spokesman for the UN High Commissioner for Refugees said."
    )
    by_source = {c.cue: (c.source, c.source_kind) for c in attributed(text)}
    # not the spokesman of a body whose name ends with the word
    assert by_source["say"] == by_source["have told"] == ("refugees", "group")


def test_an_initialism_with_a_joining_word_is_the_body_named_before():
    text = "The Riverton Times of Kestrel reported that the mayor quit. The vote is off, RToK reported."
    assert {c.source for c in attributed(text)} == {"Riverton Times of Kestrel"}


def test_the_opposition_before_a_partys_name_is_no_government():
    (c,) = attributed("The opposition National Unity Congress has denied any vote buying.")
    assert c.source_kind == "organization"


def test_a_role_in_capitals_served_somewhere_is_a_person():
    (c,) = attributed("The ATU Industrial Relations Officer in Leeds said staff are exhausted.")
    assert c.source_kind == "person"


def test_whom_an_outlet_quotes_is_not_the_outlet():
    text = 'Tom Reed said the count was slow. "We were late," Kestrel online quoted him as saying.'
    late = next(c for c in attributed(text) if c.content.startswith("We were late"))
    assert (late.source, late.via) == ("Tom Reed", "Kestrel")


def test_a_capitalised_noun_for_a_person_opening_a_headline_is_a_person():
    (c,) = attributed("Man claims police beat him during arrest")
    assert (c.source, c.source_kind) == ("man", "person")


def test_figures_one_reports_according_to_are_a_document():
    (c,) = attributed("The ransom is more than the annual income, according to IMF figures.")
    assert c.source_kind == "document"
    (c,) = attributed("The deaths add up, according to numbers obtained from other local authorities.")
    assert c.source_kind == "document"
    # some people still are a group
    (c,) = attributed("A similar number said they would vote no.")
    assert c.source_kind == "group"


def test_gunmen_opening_a_sentence_after_a_dateline_are_people():
    text = (
        "Riverton, Kestrelia — Gunmen who took 40 pupils last week have demanded a ransom for their release, "
        "say a spokesperson for the families and a local councillor."
    )
    (c,) = by_cue(text, "have demanded")
    assert c.source_kind == "group" and c.source.lower().startswith("gunmen")


def test_the_name_after_a_role_after_according_to_speaks():
    (c,) = attributed("According to the deputy spokesman of the fire service, Tom Reed, that analysis is false.")
    assert (c.source, c.content) == ("Tom Reed", "that analysis is false")
    # not the subject of what is said, nor a place
    (c,) = attributed("According to police, Tom Reed, 45, was arrested on Monday.")
    assert c.source == "police"
    (c,) = attributed("According to the mayor, New Riverton, a town of 4,000 people, is safe.")
    assert c.source == "mayor"


def test_a_byline_is_no_one_speaking():
    assert attributed("Reporter: Ana Ruiz") == []
    (c,) = attributed("Mayor: No Tax Rise This Year")
    assert c.source == "mayor"
    (c,) = attributed("Police: Gunman Dead")
    assert c.source.lower() == "police"


def test_whom_an_inverted_speaker_spoke_to_is_not_the_speaker():
    (c,) = attributed('"It is not true," said the politician to Kestrel TV.')
    assert c.source == "politician"
    (c,) = attributed("The adviser to the minister said it was not true.")
    assert c.source == "adviser to the minister"


def test_a_name_ending_in_a_word_for_a_business_is_a_body():
    (c,) = attributed("Kestrel Warehouse admitted that data of 2 million customers may have been accessed.")
    assert c.source_kind == "organization"


def test_a_passive_cue_joined_to_a_speakers_act_is_no_claim_of_theirs():
    # she was told it: no claim of hers
    text = "Ana Ruiz confronted a manager, offering to show copies of checks, but was told to pay, she said."
    assert not any(c.cue == "was told" for c in attributed(text))


def test_who_denies_in_a_passive_says_what_follows():
    text = (
        "However, the claims are denied by the owner of one of the shops, Tom Reed, of the Kestrel Grill, "
        "who yesterday lashed out at the accusers, saying they had their facts wrong."
    )
    assert {c.cue: c.source for c in attributed(text)} == {
        "are denied": "Tom Reed",
        "lashed out at": "Tom Reed",
        "saying": "Tom Reed",
    }


def test_a_city_in_capitals_before_a_lead_the_parser_hung_on_it_is_a_dateline():
    text = "MULTAN: Some fresh allegations have emerged at the provincial college amid continuing unrest on the campus."
    assert attributed(text) == []


def test_a_country_labelling_a_headline_that_names_its_own_speaker_is_no_speaker():
    text = "Kenya: 'Fake' Diplomas - Colleges React As Regulator Insists Viral List Unfounded"
    assert not any(c.source == "Kenya" for c in attributed(text))


def test_a_surname_written_first_names_the_person_again():
    text = (
        "A technician who once assisted the chemist Chung Min-ho told a hearing that he had changed the "
        "figures under orders from Chung, a newspaper said Monday.\n\n"
        "Chung apologized for the affair and resigned from the institute."
    )
    (c,) = by_cue(text, "apologized for")
    assert (c.source, c.source_kind) == ("Chung Min-ho", "person")


def test_a_country_in_the_chair_is_its_government():
    (c,) = attributed("Instead, chair Ghana said it would issue a closing statement in the coming days.")
    assert (c.source, c.source_kind) == ("Ghana", "government")


def test_a_media_group_is_media_though_its_name_is_a_places():
    text = (
        "Public broadcaster KBC and media group Kent published joint reports on Sunday, "
        "saying the ministry had misled parliament."
    )
    assert {c.source_kind for c in attributed(text)} == {"media"}


def test_news_agencies_are_media():
    (c,) = attributed("Local news agencies said the minister had resigned.")
    assert c.source_kind == "media"
    (c,) = attributed("Federal agencies said the rules were clear.")
    assert c.source_kind == "government"


def test_a_couple_or_a_duo_is_a_group_of_people():
    for text in (
        "The couple said they were cheated by the landlord.",
        "The duo claimed to have found flaws in five papers.",
    ):
        (c,) = attributed(text)
        assert c.source_kind == "group"


def test_a_ministers_portfolio_is_no_affiliation():
    (c,) = attributed("Health Minister Ana Ruiz said the wards were full.")
    assert (c.source, c.affiliation) == ("Ana Ruiz", None)
    (c,) = attributed("Riverton Foreign Minister Ana Ruiz said the talks had failed.")
    assert c.affiliation == "Riverton"
    (c,) = attributed("Russian Foreign Minister Ana Ruiz said the talks had failed.")
    assert c.affiliation == "Russia"
    # a company's name holding such a word stays whole
    (c,) = attributed("Austin Energy spokesman Tom Reed said the bills were right.")
    assert c.affiliation == "Austin Energy"


def test_the_speaker_after_a_phrase_opening_the_sentence_speaks():
    text = (
        "Amid Congress MP Ravi Menon stepping up his tirade against Anil Kapur, Home Minister Suresh Rao "
        "on Thursday said he does not approve of personal comments against anyone."
    )
    (c,) = by_cue(text, "said")
    assert (c.source, c.affiliation) == ("Suresh Rao", None)


def test_a_company_by_its_legal_form_is_no_person():
    (c,) = attributed("Ahmad Bakri Sdn Bhd insisted that none of its funds went to the minister.")
    assert c.source_kind == "organization"


def test_the_holder_named_after_a_role_and_its_field_speaks():
    text = '"Firms must tell the truth," said the agency\'s director of enforcement Ana Ruiz, when speaking about it.'
    (c,) = attributed(text)
    assert (c.source, c.affiliation) == ("Ana Ruiz", "agency")
    # whom the speaker is of does not speak
    (c,) = attributed("A friend of inmate Tomas Reyes said he was beaten.")
    assert c.source != "Tomas Reyes"


def test_a_title_of_courtesy_names_a_person():
    text = (
        "Dr Tunde AbdulKarim, Ag. Director, Corporate Communications of the bank, "
        "in a statement described the report as false."
    )
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == ("Tunde AbdulKarim", "person")
    text = (
        "Dr Ana Okafor has said the data is sound. However, the head of the Riverton Statistical Service "
        "Dr Okafor has pointed out that the critics want to mislead voters."
    )
    (c,) = by_cue(text, "has pointed out")
    assert (c.source, c.affiliation) == ("Ana Okafor", "Riverton Statistical Service")


def test_a_name_after_a_noun_or_title_for_a_person_is_that_person():
    text = (
        "Protesters blamed ward councillor Thandi Mokoena for the delays. "
        "Ward councillor Mokoena said she was aware of the problems."
    )
    (c,) = by_cue(text, "said")
    assert (c.source, c.source_kind) == ("Thandi Mokoena", "person")
    (c,) = attributed("Resident Ana Ruiz said the street had been dark for a week.")
    assert c.source == "Ana Ruiz"
    text = "Mayor Ana Ruiz said rates would rise. Cr Ruiz said the formula was set by the state."
    assert [c.source for c in attributed(text)] == ["Ana Ruiz", "Ana Ruiz"]


def test_a_spokesperson_for_a_body_given_its_acronym_is_the_name_after_it():
    text = (
        "Spokesperson for the Department of Coastal Relations and Cooperation (Dcrc) Themba Dlamini "
        "says the envoy has apologised."
    )
    (c,) = attributed(text)
    assert (c.source, c.affiliation) == ("Themba Dlamini", "Department of Coastal Relations and Cooperation")


def test_his_or_her_role_right_after_a_person_spoke_is_that_persons():
    text = "Tom Reed denies that he took the money, his spokesman said on Friday."
    (c,) = [c for c in attributed(text) if c.source == "his spokesman"]
    assert c.affiliation == "Tom Reed"
    # not "her" for one the article calls "he"
    text = "Tom Reed denied the claims, and he said it again. Her lawyer said the case was weak."
    (c,) = [c for c in attributed(text) if c.source == "her lawyer"]
    assert c.affiliation is None


def test_a_role_after_a_name_that_describes_it_speaks():
    (c,) = attributed('The Lib Dem representative for Riverton said: "We are no strangers to floods."')
    assert c.source_kind == "person" and c.source != "Lib Dem"


def test_a_network_of_members_is_no_broadcaster():
    (c,) = attributed("Coastal-based African Seed Network claimed the scientists were paid by seed companies.")
    assert c.source_kind == "organization"
    (c,) = attributed("The Premier Sports Network reported the deal.")
    assert c.source_kind == "media"


def test_a_group_of_people_described_by_place_is_a_group():
    (c,) = attributed("A group of angry Riverton tenants said they are planning a rally in the city.")
    assert c.source_kind == "group"


def test_an_acronym_with_a_figure_is_a_body():
    for name in ("1KDB", "3MDB"):
        (c,) = attributed(f"{name} said this in response to a report in a newspaper today.")
        assert (c.source, c.source_kind) == (name, "organization")


def test_a_reflexive_after_a_name_is_no_part_of_it():
    text = (
        "The Riverton Revenue Authority (RRA) wrote to banks. "
        "RRA themselves also publicly said that there was no link between the systems."
    )
    (c,) = attributed(text)
    assert c.source == "Riverton Revenue Authority (RRA)"


def test_a_regions_government_is_not_the_countrys():
    (c,) = attributed("The Western Australian Government has rejected claims it has failed to offer relief to farmers.")
    assert (c.source, c.source_kind) == ("Western Australian Government", "government")
    (c,) = attributed("The South African government rejected the claims.")
    assert c.source == "South Africa"


def test_a_reporter_described_before_its_name_at_the_end_relays_the_sentence():
    text = (
        "He also rejected reports that the pilot had dumped fuel as the plane lost height, "
        "the French news agency AFP reported."
    )
    (c,) = by_cue(text, "reported")
    assert c.source == "AFP" and c.content.startswith("He also rejected reports")


def test_a_company_named_again_by_its_first_word_is_the_company_not_a_place():
    text = (
        "Villagers accuse the mining company, Denver Kestrel Gold, of poisoning the bay. "
        "Denver denies the charges, saying its operations meet all standards."
    )
    assert {c.source_kind for c in attributed(text) if c.source == "Denver"} == {"organization"}


def test_govt_is_the_government():
    (c,) = attributed("Govt rejects claims of flood relief delays")
    assert c.source_kind == "government"


def test_a_pages_date_field_is_no_claim():
    assert attributed("Story date: Wednesday 10 March") == []


def test_where_a_body_is_based_is_no_part_of_its_name():
    text = (
        "Ana Ruiz, the press freedom representative for the Vienna-based Organization for Security and "
        "Cooperation in Europe, said police had beaten reporters."
    )
    (c,) = attributed(text)
    assert (c.source_kind, c.affiliation) == ("person", "Organization for Security and Cooperation in Europe")


def test_he_inside_a_bodys_words_stands_for_the_person_named_there():
    text = "The panel said on Friday that Tom Reed had faked nine of the 11 samples he said he had made in his lab."
    (c,) = [c for c in attributed(text) if c.content.startswith("he had made")]
    assert c.source == "Tom Reed"


def test_the_subject_of_what_was_said_is_no_part_of_the_cue():
    (c,) = attributed(
        "In a statement, Riverton said claims by Kestrel are unsubstantiated allegations meant to divert attention."
    )
    assert c.cue == "said" and c.content.startswith("claims by Kestrel")


def test_one_who_stands_accused_says_nothing():
    assert attributed("Commander Tom Reed stands accused of brutalizing a resident of the town.") == []


def test_a_noun_for_a_person_before_a_surname_names_the_person_named_before():
    text = (
        "Police beat Jethro Kamara on Saturday, according to the report. "
        "Victim Kamara alleged that the officer hit him on the head with a bottle."
    )
    (c,) = by_cue(text, "alleged")
    assert c.source == "Jethro Kamara"


def test_the_police_force_is_government():
    (c,) = attributed("In a statement released on Monday, the police force outlined the sequence of events.")
    assert c.source_kind == "government"


def test_a_name_set_off_after_a_role_and_a_title_speaks():
    text = "Addressing journalists at the gate, General of Riverton Clan, Chief Tom Okafor, said that they were protesting."
    (c,) = attributed(text)
    assert c.source == "Tom Okafor"
    text = "Separately, the District and Sessions Judge of Riverton, Shahid Aslam, sought arguments on a separate application."
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == ("Shahid Aslam", "person")


def test_the_chief_justice_is_a_person():
    (c,) = attributed("The chief justice remarked that no one could be left without compensation.")
    assert c.source_kind == "person"


def test_a_role_in_capitals_alone_is_a_person_with_no_body():
    text = (
        "Prime Minister repeatedly told the states that deaths have to be registered, "
        "the new Health Minister further told the parliament."
    )
    assert {(c.source_kind, c.affiliation) for c in attributed(text)} == {("person", None)}


def test_a_street_or_a_place_tagged_a_person_is_no_he():
    for between in (
        "Mr Reed, 56, visits the caravan site on Kestrel Lane.",
        "The bus runs between Riverton and Kestrelby.",
    ):
        text = f'Tom Reed said the bus was late.\n\n{between}\n\nHe said: "We do not use it all the time."'
        assert [c.source for c in attributed(text)] == ["Tom Reed", "Tom Reed"]


def test_a_he_is_not_the_wife_named_since():
    text = (
        "Tom Reed said the bus had gone up twice in the morning.\n\n"
        "Mr Reed, 56, and his wife Ana, 59, visit the caravan site often.\n\n"
        'He said: "We do not use it all the time."'
    )
    assert [c.source for c in attributed(text)] == ["Tom Reed", "Tom Reed"]


def test_the_subject_before_a_parenthetical_he_said_is_not_he():
    text = "Tom Reed spoke to the court on Monday. His client, he said, was held in a dark cell."
    (c,) = attributed(text)
    assert c.source == "Tom Reed"


def test_a_she_right_after_a_name_taken_for_a_bodys_is_that_person():
    text = (
        "Tom Reed chaired the meeting. Alexandra Singer spoke against the plan. "
        'She said: "We are opposed to the scale of the development."'
    )
    assert {(c.source, c.source_kind) for c in attributed(text)} == {("Alexandra Singer", "person")}


def test_a_councillors_title_is_no_part_of_the_name():
    text = (
        "Riverton Councillor Greg Sayers has released further figures on council spending. "
        "Cr Sayers says ratepayers are being cheated."
    )
    assert {(c.source, c.affiliation) for c in attributed(text)} == {("Greg Sayers", "Riverton")}
    # how long one has served, or the level of a court, is no body one speaks for
    (c,) = attributed("Third-term councillor Trevor Kempton said he would like to see evidence.")
    assert (c.source, c.affiliation) == ("Trevor Kempton", None)
    (c,) = by_cue("District Magistrate Ravindra Kumar said the probe into the land dispute would end soon.", "said")
    assert (c.source, c.affiliation) == ("Ravindra Kumar", None)


def test_a_he_is_not_one_a_she_or_mrs_stood_for():
    text = (
        "Tom Reed spoke at the rally on Monday.\n\n"
        '"I hope so," Mrs. Kestrel said. Then she added warily: "There\'s always something."\n\n'
        "He attacked her record on the economy."
    )
    assert [c.source for c in by_cue(text, "attacked")] == ["Tom Reed"]
    # an age says no gender: "the 46-year-old" may be the wife named since
    text = (
        "House Speaker Tom Reed told the delegates the vote would go ahead.\n\n"
        "The candidate's glamorous wife Ana Kowalski brought some pizzazz to the proceedings.\n\n"
        '"Tom is, and always has been, a leader," said the 46-year-old.'
    )
    assert [c.source for c in by_cue(text, "said")] == ["Ana Kowalski"]


def test_mr_and_mrs_of_one_surname_are_two_people():
    text = (
        "Mrs. Kestrel said the clinic would stay open through the winter.\n\n"
        "Mr. Kestrel said the family farm had lost money for three years.\n\n"
        "He said the bank had refused a second loan."
    )
    (first,) = by_cue(text, "said")[:1]
    later = by_cue(text, "said")[1:]
    assert [c.source for c in later] == ["Mr. Kestrel", "Mr. Kestrel"]
    assert first.source_id != later[0].source_id
    # a "Mr." is the one a "Mr." named before, not a woman of that surname named since
    text = (
        "Tomas J. Kestrel said the plant would reopen in March.\n\n"
        "Mr. Kestrel said the workers would be paid in full.\n\n"
        "Ana Kestrel, his sister, said the family would sell its shares.\n\n"
        "Mr. Kestrel said he would not sell."
    )
    assert [c.source for c in by_cue(text, "said")] == ["Tomas J. Kestrel"] * 2 + ["Ana Kestrel", "Tomas J. Kestrel"]


def test_a_label_before_a_colon_is_no_speaker_nor_is_a_translation():
    text = (
        "The board denied the claim on Monday.\n\n"
        "Via: Kestrel Daily, Riverton Post\n\n"
        '"No vamos a parar," Ana Ruiz said.\n\n'
        "[Translation: We will not stop.]"
    )
    assert {c.source for c in attributed(text)} == {"board", "Ana Ruiz"}


def test_which_of_a_trials_speeches_is_no_speaker():
    assert not any(c.source.lower() == "closing" for c in attributed("Closing arguments in Riverton bribery trial"))


def test_a_maker_or_retailer_is_a_business_and_no_later_he():
    text = (
        "The Korean chip maker on Friday said a faulty charger caused the fire.\n\n"
        "Tom Okafor, a market vendor, was cycling home when the handset overheated.\n\n"
        "He told local radio that he wanted a refund."
    )
    claims = attributed(text)
    assert [(c.source, c.source_kind) for c in claims if c.cue == "said"] == [("Korean chip maker", "organization")]
    assert [c.source for c in claims if c.cue == "told"] == ["Tom Okafor"]


@pytest.mark.parametrize(
    "text, teller",
    [
        # a name described as a person, which the model left untagged, is one a later "he" may stand for
        (
            '"We regret the fault," Kestrel Mobile said.\n\n'
            "Adebayo, a retired teacher, was using the phone when it burst into flames.\n\n"
            "He told a radio station that he had lost his savings.",
            "Adebayo",
        ),
        # a region after a place, which the model tagged a person, is no "he"
        (
            "Tom Reed, a farmer, was injured on Tuesday.\n\n"
            '"We found the unit broken in East Riverton, Nadu Kestrel," Kestrel Mobile said.\n\n'
            "He told reporters that the phone had been new.",
            "Tom Reed",
        ),
        # a surname alone is the person the story named first in full
        (
            "Tom Kestrel, a banker, was jailed for fraud on Friday. The court also heard from his brother, Paul "
            "Kestrel, who testified against him.\n\n"
            "Kestrel, 61, listened quietly.\n\n"
            '"I did nothing wrong," Kestrel told the judge.',
            "Tom Kestrel",
        ),
    ],
)
def test_who_a_later_he_or_a_surname_alone_stands_for(text, teller):
    assert [c.source for c in attributed(text) if c.cue == "told"] == [teller]


def test_a_cue_joined_to_a_passive_clause_of_time_is_the_main_subjects():
    text = "Okafor addressed the court before the verdict was read out and insisted that he had never stolen anything."
    assert [c.source for c in attributed(text) if c.cue == "insisted"] == ["Okafor"]


def test_a_thing_that_holds_a_gerund_does_not_do_it():
    claims = attributed("He said the second falsehood involved telling officers he had never met her.")
    assert [c.cue for c in claims] == ["said"]
    assert attributed("The plan involves telling residents that the water is safe.") == []


def test_a_country_the_model_took_for_a_person_is_its_government_unless_it_speaks_as_one():
    (c,) = attributed('"The ban starts today and will hold," Chile said in a statement.')
    assert (c.source, c.source_kind) == ("Chile", "government")
    claims = attributed("Michael Chile scored 40 points. Chile said he would play on Sunday.")
    assert [(c.source, c.source_kind) for c in claims] == [("Michael Chile", "person")]


def test_the_holder_named_after_a_minister_for_a_portfolio_is_the_person():
    (c,) = attributed('"The ban starts today," Minister for Communications and Ocean Policy Sushila Devkota said.')
    assert (c.source, c.source_kind) == ("Sushila Devkota", "person")


@pytest.mark.parametrize(
    "speaker",
    ["Privacy Commissioner Tom Okafor", "Trade and Tourism Minister Tom Okafor", "Group CEO Tom Okafor"],
)
def test_a_commissioners_field_and_a_groups_role_are_no_body(speaker):
    (c,) = attributed(f"{speaker} said the checks would continue.")
    assert (c.source, c.affiliation) == ("Tom Okafor", None)


def test_a_name_the_parser_read_as_a_verb_is_the_body_the_model_tagged():
    text = (
        "Technology\n\nKestrelify denies leak of customer records\n\n"
        "Kestrelify on Monday rejected reports of a leak, insisting its systems were safe."
    )
    claims = attributed(text)
    assert {(c.source, c.source_kind) for c in claims} == {("Kestrelify", "organization")}


def test_the_maker_of_a_document_is_the_group_a_later_mention_stands_for():
    text = (
        "Kestrel Rebels took the city on Sunday, the army said.\n\n"
        'A review of hospital records by Riverton\'s Health Research Lab found "clear gaps in care".\n\n'
        '"These gaps include missed checks," the group said.'
    )
    assert [c.source for c in attributed(text) if c.content.startswith("These")] == ["Riverton's Health Research Lab"]


def test_a_hyphened_affiliation_keeps_its_hyphen():
    (c,) = attributed('"Thousands fled," Ana Ruiz, aid officer for the rebel-held council, said.')
    assert c.affiliation == "rebel-held council"


@pytest.mark.parametrize(
    "text, source, kind",
    [
        # a broadcaster's name, which the model took for a person's
        ("Al Kestrel TV reported that the bridge had reopened.", "Al Kestrel TV", "media"),
        # the name before a clause set off by dashes, which the tagger took for the source
        (
            "Kestrel Telecom - which builds payment systems for two banks - said that the outage was brief.",
            "Kestrel Telecom",
            "organization",
        ),
    ],
)
def test_a_name_the_model_or_the_tagger_misread_speaks_as_what_it_is(text, source, kind):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (source, kind)


@pytest.mark.parametrize(
    "text, source",
    [
        ("Okafor says money was paid to four senators. All four have denied the accusations.", "all four"),
        (
            "Consumer groups welcomed the move, as the attorneys general announced an inquiry into the breach.",
            "attorneys general",
        ),
    ],
)
def test_a_number_or_a_plural_title_stands_for_people(text, source):
    assert [c.source_kind for c in attributed(text) if c.source == source] == ["group"]


@pytest.mark.parametrize(
    "text",
    [
        "Another company, Kestrel Data, said the figures were wrong.",
        "The firm that first flagged the breach, Kestrel Data, said the figures were wrong.",
    ],
)
def test_a_body_introduced_by_what_it_is_and_named_after_a_comma_is_that_name(text):
    (c,) = [c for c in attributed(text) if c.cue == "said"]
    assert (c.source, c.source_kind, c.affiliation) == ("Kestrel Data", "organization", None)


def test_a_state_body_named_after_its_country_keeps_its_name():
    (c,) = attributed("Chile Maritime Authority (CMA) has banned the vessel from its ports.")
    assert (c.source, c.source_kind) == ("Chile Maritime Authority", "government")


def test_a_credit_in_brackets_closing_a_caption_is_no_speaker():
    assert attributed("Residents queue for water at the depot on Monday.(Kestrel News: Ana Ruiz)") == []


def test_the_asker_of_a_question_put_to_the_subject_is_not_who_answers():
    text = (
        "Tom Okafor told the court he had gone out on the night of the fire.\n\n"
        'Asked by his barrister Tom Reed QC about the missing money, he answered: "I never took it."'
    )
    assert [c.source for c in attributed(text) if c.cue.startswith("answered")] == ["Tom Okafor"]


def test_a_speaker_opening_a_sentence_frames_what_follows_though_the_parser_hung_it_on_the_main_verb():
    """ "He said in the second account, Okafor told police he had never been there.": the parser
    may make "said" a clause of "told"; "said" then frames all that follows, and "told" says only
    its own clause. The parse is laid by hand: which sentences the model misreads so shifts."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from factcheck.attribute import _content_heads, _saying_frame

    words = "He said in the second account , Okafor told police he had never been there .".split()
    heads = [1, 8, 1, 5, 5, 2, 8, 8, 8, 8, 13, 13, 13, 8, 13, 8]
    deps = "nsubj ccomp prep det amod pobj punct nsubj ROOT dobj nsubj aux neg ccomp advmod punct".split()
    lemmas = "he say in the second account , Okafor tell police he have never be there .".split()
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, lemmas=lemmas)
    said, told, been = doc[1], doc[8], doc[13]
    assert _saying_frame(said) and not _saying_frame(been)
    assert _content_heads(said, None) == [told]
    assert _content_heads(told, None) == [been]


def test_a_surname_alone_is_the_last_of_its_bearers_who_spoke():
    text = (
        '"My son was taken from the field," said Ravi Kestrel, a farmer.\n\n'
        "Sita Kestrel, the village head, was not at home.\n\n"
        "Kestrel said he had also written to the governor."
    )
    assert [c.source for c in attributed(text)] == ["Ravi Kestrel", "Ravi Kestrel"]


@pytest.mark.parametrize(
    "text, source, kind",
    [
        # a maker of no goods is a person, not a business
        ("The party's image-maker confirmed that calm had returned to the town.", "party's image-maker", "person"),
        ("A senior policy maker said the rate would rise.", "senior policy maker", "person"),
        # a title and a surname are the person named in full before, not a person of their own
        (
            "Ana Kestrel said she was sacked unfairly.\n\nThe board had reviewed Mrs Kestrel’s appeal in May.\n\n"
            '"I was never told," Mrs Kestrel said.',
            "Ana Kestrel",
            "person",
        ),
        # a company described as one of many producers is no person a later "he" may stand for
        (
            "Zondra, one of the smaller platinum producers, has offered workers a raise.\n\n"
            "Zondra, which produced 300 000 ounces last year, said most of its staff were on strike.\n\n"
            "The company said it was losing money.",
            "Zondra",
            "organization",
        ),
    ],
)
def test_kinds_that_a_rule_for_another_case_must_leave_alone(text, source, kind):
    assert {(c.source, c.source_kind) for c in attributed(text)} == {(source, kind)}


def test_the_writers_it_is_safe_to_say_frames_no_one():
    text = "Given his past comments, it's safe to say he's referring to the notion of closing the border."
    assert not any(c.cue == "say" for c in attributed(text))


@pytest.mark.parametrize(
    "text", ["Kestrel Homes is now appealing against the decision, saying the council got it wrong."]
)
def test_a_name_that_ends_on_a_word_of_a_business_is_no_person(text):
    assert {c.source_kind for c in attributed(text)} == {"organization"}


def test_a_document_inside_what_a_speaker_said_is_no_later_it():
    text = (
        "Kestrel Bank has denied that records of its customers were stolen in a hack.\n\n"
        "In its first statement on the matter, it wrote that there was no evidence of a breach."
    )
    assert [c.source for c in attributed(text)] == ["Kestrel Bank", "Kestrel Bank"]


def test_a_one_word_name_the_text_calls_it_right_after_it_spoke_is_a_body():
    text = (
        "In a blog post on Friday, Zumora said violent threats had long been against its rules. "
        "It added that it had worked with several groups to counter them."
    )
    assert [(c.source, c.source_kind) for c in attributed(text)] == [("Zumora", "organization")] * 2
    # not an "it" of another paragraph that a document named before it in its sentence stands for
    text = '"The staff fed him every day," Okafor said.\n\nIn the lawsuit, it states that he was gravely ill.'
    assert [(c.source, c.source_kind) for c in attributed(text)][0] == ("Okafor", "person")


def test_one_of_some_people_describes_a_person_the_model_took_for_a_body():
    """ "Nadia Okafor, one of the residents," (the model tags the name a body) is a person: she is
    one of the people the apposition names; "one of the biggest producers" leaves a company one."""
    for text in (
        "Nadia Okafor, one of the residents, said the company's figures were wrong.",
        "Nadia Okafor, one of 40 people at the hearing, rejected the council's figures.",
    ):
        (c,) = attributed(text)
        assert (c.source, c.source_kind) == ("Nadia Okafor", "person")
    (c,) = attributed("Acme Mining, one of the biggest producers, said the figures were wrong.")
    assert (c.source, c.source_kind) == ("Acme Mining", "organization")


def test_a_name_with_an_apostrophe_or_a_hyphen_inside_is_whole():
    """The model tags the first name of "Anne O’Dowd" and "Fred Otieng'a", and "Kim Dae" of "Kim
    Dae-ho": the speaker is named whole, and a dash after a name is no part of it."""
    (c,) = attributed("Deputy health minister Fred Otieng'a said at a briefing that the figures were false.")
    assert c.source == "Fred Otieng'a"
    (c,) = attributed("Talks stalled and President Kim Dae-ho said the dam would be built.")
    assert c.source == "Kim Dae-ho"
    (c,) = attributed("Port chief Kamal-ud-Din says most of the cargo was lost to the fire.")
    assert c.source == "Kamal-ud-Din"
    text = (
        "Nadia Okafor, one of 40 people at the hearing, rejected the council's figures. "
        "Anne O’Dowd, a local baker, said the road was never repaired."
    )
    assert [c.source for c in attributed(text)] == ["Nadia Okafor", "Anne O’Dowd"]
    text = (
        "The review cited Lin Mei'an - a nurse who had worked on the ward - who blamed the heating. "
        "Lin Mei'an said the samples were kept warm."
    )
    assert "Lin Mei'an" in [c.source for c in attributed(text)]
    assert not any(c.source.endswith("-") for c in attributed(text))
    # "Deepak" before "Kumar Roy", "Mirza Shahidul" before "Islam Talukder": one name, which the
    # model tagged in part or in two
    (c,) = attributed("The road was closed, local officer Deepak Kumar Roy told reporters.")
    assert c.source == "Deepak Kumar Roy"
    (c,) = attributed("Party Secretary General Mirza Shahidul Islam Talukder said the election was rigged.")
    assert c.source == "Mirza Shahidul Islam Talukder"
    (c,) = attributed("Acme CEO Tom Hale said the union was lying.")
    assert c.source == "Tom Hale"
    # "a Reed-led coalition": a name and the word after its hyphen are no longer name
    (c,) = attributed("Ana Ruiz's lawyers said the Reed-led coalition had collapsed.")
    assert c.content == "the Reed-led coalition had collapsed"


def test_whom_a_speaker_told_is_not_what_was_said():
    """'"...," Tom Reed, one of the drivers, told news agency KNA': what was said is the quotation,
    not the agency; 'told KTV in an email: "..."' is one claim, cued by "told"."""
    text = (
        '"Our fares were cut in half this year. How do we pay the rent?" Tom Reed, one of the drivers on strike,'
        " told news agency KNA."
    )
    (c,) = attributed(text)
    assert (c.source, c.cue) == ("Tom Reed", "told")
    assert c.content.startswith("Our fares were cut") and "KNA" not in c.content
    (c,) = attributed('"Our fares were cut in half." Tom Reed, one of the drivers, told reporters.')
    assert c.content.startswith("Our fares were cut")
    text = (
        'Acme spokesperson Ana Ruiz told KTV in an email: "We will work with the regulator, and the claims are false."'
    )
    (c,) = attributed(text)
    assert (c.source, c.cue) == ("Ana Ruiz", "told")
    assert c.content.startswith("We will work")
    (c,) = attributed("Ana Ruiz told reporters the plan was dead.")
    assert c.content == "the plan was dead"


def test_a_government_led_by_a_party_is_a_government():
    """ "The Labour Party-led state government": the party leads it; the government speaks."""
    (c,) = attributed("The Green Party-led Kestrel Province government said the plan was dead.")
    assert c.source_kind == "government"
    (c,) = attributed("The company press service said the plan was dead.")
    assert c.source_kind == "organization"


def test_a_one_word_name_after_its_trade_is_a_business():
    """ "Ride-hailing platform Kestra", "retail giant Kestra": a business the model took for a
    person, with no side ("ride-hailing platform") for its affiliation; not the surname of a person
    named in full."""
    text = (
        "Ride-hailing platform Kestra told KNA on Friday that it had restored service. "
        '"Every district is covered again," Kestra said in its statement.'
    )
    assert [(c.source, c.source_kind, c.affiliation) for c in attributed(text)] == [
        ("Kestra", "organization", None),
        ("Kestra", "organization", None),
    ]
    (c,) = attributed("Retail giant Kestra said on Friday that it had restored service.")
    assert (c.source, c.source_kind) == ("Kestra", "organization")
    text = (
        "Ana Reed founded a firm in May. The company Reed founded said she had resigned. Reed said she was forced out."
    )
    assert ("Reed", "person") in [(c.source.split()[-1], c.source_kind) for c in attributed(text)]


def test_an_affiliation_keeps_the_apostrophe_of_a_plural_owner():
    text = "Lee Min-jun, head of the safety office at the Riverton Dock Workers' Union, said the crane was faulty."
    (c,) = attributed(text)
    assert "Workers' Union" in c.affiliation


def test_the_narrator_reminding_the_reader_is_no_one_speaking():
    """ "It will be recalled that ...", "It should be noted that ...": the narrator's reminder."""
    for text in (
        "It will be recalled that Reed was the one who chaired the board last year.",
        "It should be noted that Reed was the one who signed the lease.",
    ):
        assert attributed(text) == []
    (c,) = attributed("It was reported that Reed had signed the lease.")
    assert c.source_kind == "anonymous"


def test_a_group_described_after_a_persons_body_is_not_the_person():
    """ "Julie Reed, from Mend Our Wards, a group founded by ...,": the group is the body she is
    from, she is a person; "J.P. Morgan, the bank," stays a body."""
    text = (
        "However, Julie Reed, from Mend Our Wards, a group founded by families who lost relatives,"
        " said the town had been shut out."
    )
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == ("Julie Reed", "person")
    (c,) = attributed("J.P. Morgan, the bank, said the deal was done.")
    assert c.source_kind == "organization"


def test_what_was_told_after_whom_and_when():
    """ "telling reporters on Monday she viewed the port as responsible": the parser hung the
    clause elsewhere; what was told is the clause after whom and when, not whom."""
    text = (
        "The spill set off a row, with Senator Ana Ruiz telling reporters on Monday she viewed the port"
        " as responsible for the damage."
    )
    (c,) = [c for c in attributed(text) if c.cue == "telling"]
    assert c.source == "Ana Ruiz" and c.content.startswith("she viewed the port")


def test_a_part_of_a_document_speaks_for_the_document():
    """'"...," says the opening paragraph of a complaint filed by Kestrel Foods against chef Tom
    Reed': the complaint speaks, not the chef it is against."""
    text = (
        "“A contract is a promise, and promises are kept,” says the opening paragraph of a complaint filed by"
        " caterer Kestrel Foods against chef Tom Reed."
    )
    (c,) = attributed(text)
    assert c.source_kind == "document" and c.source.startswith("complaint")


def test_a_comma_a_wrong_encoding_made_a_low_quotation_mark_is_a_comma():
    """ "Back then Ana Ruiz‚ the acting minister for roads‚ said ...": a page whose commas came
    out as low single quotation marks; the parser reads commas, and Ana Ruiz speaks."""
    text = "Back then Ana Ruiz‚ the acting minister for roads‚ said the bridge would reopen in May."
    (c,) = attributed(text)
    assert (c.source, c.content) == ("Ana Ruiz", "the bridge would reopen in May")


def test_whom_and_what_a_speaker_told_stay_together_where_the_parser_joined_them():
    """ "she told the board she had a letter from ...": the parser hung the clause on whom she
    told; what she said is that clause, not a quoted word inside it."""
    text = (
        "At the end of her report, she told the board she had a letter from Mayor Tom Reed asking it to"
        ' back a "world-class" stadium in the town.'
    )
    (c,) = [c for c in claims_of(text) if c.cue == "told"]
    assert "had a letter" in c.content


def test_a_surname_after_a_word_that_describes_the_person_is_the_person():
    """ "A tearful Zelnic told ...", the name tagged nothing: Ivan Zelnic, named before, not a
    body called "tearful Zelnic"."""
    text = (
        "The club fired manager Ivan Zelnic in March. A tearful Zelnic on Friday spoke about it for the"
        " first time, telling reporters in Perth he would sue the club."
    )
    assert {(c.source, c.source_kind) for c in attributed(text)} == {("Ivan Zelnic", "person")}


def test_a_town_the_model_does_not_know_opening_a_lead_is_a_dateline():
    """ "Ferrozabad: Three days after a ferry sank ...": where the story was filed, before a lead
    told in the third person; "Spokesman: ..." is still someone who speaks, and so is a headline's
    label before words shorter than a lead."""
    text = (
        "Ferrozabad: Three days after a ferry sank with 40 people on board in the bay, it is still not clear"
        " what caused the disaster."
    )
    assert attributed(text) == []
    text = "Spokesman: The council failed to act on the flood warnings and now the whole street is under water again."
    (c,) = attributed(text)
    assert c.source == "spokesman"
    (c,) = attributed("Reed: Ruiz must stop the name-calling and talk about jobs with Okafor.")
    assert c.content.startswith("Ruiz must stop")


def test_told_with_a_question_put_to_the_speaker_set_off_between():
    """ "Reed told Judge Ana Ruiz, when asked why he was late, that ...": he told her what follows
    "that"; he was asked the question, and asked nothing."""
    text = (
        "Constable Tom Reed told Judge Ana Ruiz, when asked why the van was stopped, that the driver"
        ' "swerved across two lanes and then refused to take a breath test".'
    )
    (c,) = attributed(text)
    assert (c.source, c.cue) == ("Tom Reed", "told")
    assert c.content.startswith("that the driver")
    (c, _) = attributed("When she asked the clerk where to sign, he said she did not need a form.")
    assert c.cue == "asked"


def test_a_clause_joined_before_the_speaker_is_not_what_the_speaker_said():
    """ "The board accused the crews of sabotage and at the time Ana Ruiz, the acting minister,
    said the water would return": the first clause is the narrator's; she said what follows."""
    text = (
        'The provincial board accused the crews of "deliberately damaging the pipes" and at the time Ana Ruiz,'
        ' the acting minister for health, said the water supply would return "to normal within days".'
    )
    (c,) = [c for c in attributed(text) if c.cue == "said"]
    assert c.source == "Ana Ruiz" and c.content.startswith("the water supply would return")
    (c,) = attributed("The roads are closed and the schools are shut, the governor said.")
    assert c.content == "The roads are closed and the schools are shut"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Alliance for Norland said the vote count was rigged in four districts.", "Alliance for Norland"),
        (
            "The Coalition for Reform in Kestrelia, a group of six parties, said the count was rigged.",
            "Coalition for Reform in Kestrelia",
        ),
        ("The Pledge to Chile coalition, formed by three parties, has rejected the complaint.", "Pledge to Chile"),
    ],
)
def test_a_body_named_for_a_place_or_a_cause_is_the_body(text, speaker):
    """ "The Alliance for Norland", "the Pledge to Chile coalition": a body's name opening on a
    word of its own; the model tags only the place, which does not speak."""
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (speaker, "organization")


def test_an_office_of_a_place_is_no_body_named_for_it():
    """ "The Secretary of State said": a person by office, not a body called "Secretary of State"."""
    (c,) = attributed("The Secretary of State said the talks had failed.")
    assert c.source_kind == "person"


def test_the_father_of_a_child_the_model_names_by_a_town_speaks():
    """ "said the father of the murdered 9-year-old Riverton boy before Justice Tom Reed": the
    father speaks; the town is no person, and the judge only heard him."""
    text = (
        '"We still miss him every day," said the father of the murdered 9-year-old Riverton boy before'
        " Justice Tom Reed at the hearing."
    )
    (c,) = attributed(text)
    assert c.source == "father of the murdered 9-year-old Riverton boy" and c.source_kind == "person"


def test_one_of_the_people_who_said_is_the_one_named():
    """ "Tomas Vell was one of the tenants who said ...": he said it."""
    (c,) = attributed("Tomas Vell was one of the tenants who said the heating had been off for a week.")
    assert (c.source, c.source_kind) == ("Tomas Vell", "person")
    (c,) = attributed("Tom Reed was among the drivers who said they had not been paid since June.")
    assert c.source == "Tom Reed"


def test_a_lower_case_i_inside_a_name_is_no_first_person():
    """ "date ... KESTRELABAD: ... in the Mandi-i-Kestrel district": the "i" of a place's name is
    no "I", so the capitals before the colon are still a dateline."""
    text = (
        "date 2021-06-03 KESTRELABAD: The provincial health minister on Friday announced a review of hospital"
        " fees in the Mandi-i-Kestrel district after complaints from patients."
    )
    (c,) = attributed(text)
    assert c.source == "provincial health minister" and c.cue == "announced"


def test_a_one_word_name_of_a_firm_named_in_full_before_is_the_firm():
    """ "Yuntai Chemicals", then "Yuntai rejected the claim": the firm, though the model takes the
    word alone for a person's name."""
    text = (
        "Yuntai Chemicals, a paint maker, was accused by a rival of hiding its debts.\n\n"
        "Yuntai rejected the claim on Monday.\n\n"
        '"The claim is false and we will sue," it said in a filing.'
    )
    said = [c for c in attributed(text) if c.cue in {"rejected", "said"}]
    assert {c.source_kind for c in said} == {"organization"} and said[0].source.startswith("Yuntai")


def test_an_unnamed_official_of_one_body_is_not_the_chief_of_another_named_next():
    """ "A KPC official said ..." then "Yuntai Telecom CEO Kim Sung-ho apologized": two people."""
    text = (
        "A KPC official said the regulator had opened an inquiry into the leak.\n\n"
        "Yuntai Telecom CEO Kim Sung-ho apologized on Thursday at a briefing."
    )
    official, *_ = attributed(text)
    assert official.source == "KPC official"


def test_an_inverted_lead_in_before_a_colon_names_the_speaker():
    """ "Added Ana Ruiz: '...'": the parser takes "Added" for an adjective of the name; the verb is
    the cue and she speaks; a quotation left open goes on in the next paragraph."""
    (c,) = attributed('Added Ana Ruiz: "We will appeal the ruling."')
    assert (c.source, c.cue, c.content) == ("Ana Ruiz", "Added", "We will appeal the ruling.")
    text = 'Said Omar Kestel: "No customer lost any money.\n\n"We have fixed the fault and apologise to everyone."'
    assert {c.source for c in attributed(text)} == {"Omar Kestel"}


def test_a_quotation_after_a_body_reported_goes_on_with_the_body():
    """ "Kestrel Motors said in a statement ..." / '"We value every worker ..."': the company's
    words, not those of the union leader quoted a paragraph before."""
    text = (
        '"We feel betrayed," union leader Ana Ruiz said.\n\n'
        "Kestrel Motors said in a statement that most of the staff would be offered other jobs.\n\n"
        '"We value every worker at the plant and will help them move."'
    )
    (c,) = [c for c in claims_of(text) if "every worker" in c.content]
    assert c.source == "Kestrel Motors"


def test_authorities_in_places_opening_a_sentence_speak():
    """ "Authorities in Punjab, Kerala and Goa all confirmed ...": the authorities; a place the model
    took for a person says nothing."""
    (c,) = attributed("Authorities in Punjab, Kerala and Goa all confirmed that the water was unsafe.")
    assert c.source.lower().startswith("authorities in") and c.source_kind != "person"


def test_memos_to_staff_at_a_hospital_are_the_speaker():
    """ "Memos to nurses at Riverton General and St Luke’ said ...": the memos, a document; not the
    saint's name of the hospital they went to."""
    (c,) = attributed("Memos to nurses at Riverton General and St Luke’ said the wards would close early.")
    assert c.source_kind == "document" and c.source.lower().startswith("memos")


@pytest.mark.parametrize(
    "text", ["Tokenix CEO urges regulator to reverse ban", "The Kestra CEO said the plan was sound."]
)
def test_an_office_in_capitals_after_a_body_is_a_person(text):
    """ "Tokenix CEO urges ...": a person in that office, not a body called "Tokenix CEO"."""
    (c,) = attributed(text)
    assert c.source_kind == "person" and c.source.endswith("CEO")


def test_a_body_named_by_a_bidding_is_a_body():
    """ "Save the Rivers said": the campaign, not a person called "save the Rivers"."""
    (c,) = attributed("Save the Rivers said the dam would flood three villages.")
    assert (c.source, c.source_kind) == ("Save the Rivers", "organization")


def test_a_surname_alone_is_the_person_named_in_full_inside_a_relative_clause():
    """ "a law that was signed by Governor Tomas Varga", then "Varga said": he, though the model tags
    the surname alone a body's name."""
    text = (
        "Farmers blocked the roads over a law that was signed by Governor Tomas Varga last year.\n\n"
        "“The law stays,” Varga said on Tuesday."
    )
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == ("Tomas Varga", "person")


def test_a_surname_the_model_left_off_a_name_is_part_of_it():
    """ "union leader Maria Dolores Mallado told reporters", the model having tagged "Maria Dolores"
    alone: the whole name speaks."""
    (c,) = attributed("Union leader Maria Dolores Mallado told reporters the strike would go ahead on Monday.")
    assert c.source == "Maria Dolores Mallado"


def test_a_place_of_worship_speaks_for_its_congregation():
    """ "The mosque said ...": a body, as "the brewery said" is, not a person."""
    (c,) = attributed("The mosque said the claims against its imam were false.")
    assert (c.source, c.source_kind) == ("mosque", "organization")


def test_a_noun_for_a_person_in_capitals_is_that_person_not_an_acronym():
    """ "A MOTHER'S claims ... have been rejected": a mother, as a local paper opens its story in
    capitals; no body called MOTHER'S. A transcript's "HOST:" keeps its label."""
    text = (
        "A MOTHER'S claims that her son was locked out of class have been rejected by the school.\n\n"
        "The mother said she would keep him at home."
    )
    kinds = {(c.source, c.source_kind) for c in attributed(text) if c.cue in {"claims", "said"}}
    assert kinds == {("mother", "person")}


def test_they_after_a_spokesperson_is_the_spokesperson():
    """ "A spokesperson for the school said ... They added: '...'": the writer gives the
    spokesperson no sex; "they" is that person, not the teachers named before."""
    text = (
        "Teachers sent several pupils home on Monday.\n\n"
        "A spokesperson for Riverton Academy said the rules had been sent to parents in July.\n\n"
        'They added: "Every pupil was treated fairly."'
    )
    (c,) = [c for c in attributed(text) if c.cue == "added:"]
    assert c.source == "spokesperson for Riverton Academy"


def test_a_body_named_after_its_description_is_named_without_its_article():
    """ "The country's largest farm group, the Kestrel Growers Association, said": the name, no "the"."""
    text = "The country's largest farm group, the Kestrel Growers Association, said the new rules were unworkable."
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == ("Kestrel Growers Association", "organization")


def test_what_a_relative_clause_says_is_said_of_the_thing_it_hangs_on():
    """ "The council approved the plan, which residents say will destroy the park": the residents
    say the plan will destroy the park; "which" alone stands for nothing once cut out."""
    (c,) = [
        c
        for c in attributed("The council approved the plan, which residents say will destroy the park.")
        if c.cue == "say"
    ]
    assert (c.source, c.content) == ("residents", "the plan will destroy the park")
    (c,) = [c for c in attributed("The union rejected the offer, which it said was too low.") if c.cue == "said"]
    assert c.content == "the offer was too low"


def test_the_government_is_no_team_whose_name_holds_the_word():
    """ "Kestra’s Global Government Affairs team said ...", then "the government rejected ...":
    the government, not the firm's team."""
    text = (
        "Kestra’s Global Government Affairs team said the order was unlawful.\n\n"
        "However, the government rejected Kestra’s account of events."
    )
    (c,) = [c for c in attributed(text) if c.cue == "rejected"]
    assert (c.source, c.source_kind) == ("government", "government")


def test_two_people_named_with_a_role_between_them_speak_together():
    """ "Tom Reed and union leader Ana Ruiz told reporters ...": both, as "Tom Reed and Ana Ruiz"
    do; not only the first of them."""
    (c,) = attributed("Tom Reed and union leader Ana Ruiz told reporters the strike would go ahead.")
    assert (c.source, c.source_kind) == ("Tom Reed and Ana Ruiz", "group")


@pytest.mark.parametrize(
    "text",
    [
        "Kestria has tightened its visa rules, a source close to Prime Minister Tomas Vell said on Friday.",
        "The talks failed, a senior source close to the Kestrian Foreign Ministry told reporters.",
        "People familiar with Kestrel Mining's plans said the mine would close.",
    ],
)
def test_someone_close_to_a_person_or_a_body_is_an_unnamed_source_not_them(text):
    (c,) = [c for c in claims_of(text) if c.source_kind != "narrator"]
    assert c.source_kind == "anonymous"
    assert "Vell" not in c.source and "Ministry" not in c.source and "Mining" not in c.source


def test_an_article_or_a_negation_is_no_speaker():
    text = (
        "Kestrel County: A reported 40 bicycle thefts by March would set a record.\n\n"
        "Tom Reed, the county sheriff, said the figure was alarming. Tom Reed didn’t comment on how many "
        "bicycles were found."
    )
    claims = claims_of(text)
    speakers = [c.speaker for c in claims if c.source_kind != "narrator"]
    assert "A" not in speakers and "n’t" not in speakers
    assert any(c.source == "Tom Reed" and "alarming" in c.content for c in claims)


def test_initials_written_as_a_word_name_the_body_they_stand_for():
    text = (
        "The fine was cut after the Kestrel Anti-Doping Office upheld the rower's appeal.\n\n"
        "Kado, which cut the fine by half, added that the rower should have taken more care.\n\n"
        "Kado said the rower wanted the fine dropped."
    )
    sources = {c.source for c in claims_of(text) if c.cue in {"added", "said"}}
    assert sources == {"Kestrel Anti-Doping Office"}


def test_a_surname_whose_particle_opens_a_sentence_in_capitals_is_the_same_person():
    text = (
        "The interior minister, Tomas de Vellmar, criticised the decision. Mr De Vellmar said the queues "
        "were too long. De Vellmar said more staff were needed."
    )
    assert {c.source for c in claims_of(text) if c.source_kind != "narrator"} == {"Tomas de Vellmar"}


def test_a_name_written_over_a_line_break_is_one_name():
    text = "The bridge must be rebuilt, two Kestrel appeal court\njudges wrote in their ruling."
    (c,) = [c for c in claims_of(text) if c.cue == "wrote"]
    assert c.source == "two Kestrel appeal court judges"


@pytest.mark.parametrize("verb", ["Stated", "Commented", "Argued"])
def test_any_saying_verb_may_open_an_inverted_lead_in(verb):
    text = (
        'In a statement, Tom Reed admitted that he had "let the whole crew down." '
        f'{verb} Reed: "I will not appeal the ban, and I will train harder."'
    )
    (c,) = [c for c in claims_of(text) if "appeal the ban" in c.content]
    assert c.source == "Tom Reed"


def test_an_agency_and_a_photographer_in_brackets_are_a_caption_credit():
    text = (
        "Burnt-out buses after a fire in northern Kestrel.\n\n"
        "Burnt-out buses in Dar al-Kestrel depot, northern Kestrel. (Reuters: Omar Hallal)\n\n"
        "The city has suspended all bus services, a spokesman said."
    )
    assert [c.source for c in claims_of(text) if c.source_kind != "narrator"] == ["spokesman"]


@pytest.mark.parametrize(
    "name, kind",
    [
        ("The Arctic Refugee Council", "organization"),
        ("The Clean Forests Defense Council", "organization"),
        ("The Wildlife Council of Kestrel Bay", "organization"),
        ("Riverton City Council", "government"),
        ("Kestrelton Council", "government"),
        ("North Kestrel Council", "government"),
        ("The Security Council", "government"),
    ],
)
def test_a_council_for_a_cause_is_no_body_of_the_state(name, kind):
    (c,) = [c for c in claims_of(f"{name} said the plan would harm the river.") if c.source_kind != "narrator"]
    assert c.source_kind == kind


def test_aid_agencies_are_no_government():
    text = "Aid agencies have warned that the harvest failed. The humanitarian agency said it had no trucks."
    kinds = [c.source_kind for c in claims_of(text) if c.source_kind != "narrator"]
    assert kinds and "government" not in kinds


@pytest.mark.parametrize(
    "text, source",
    [
        ("According to the agency's alert, the bridge is closed to lorries.", "alert"),
        ("The case challenges the new parking fees.", "case"),
        ("According to an e-mail sent to members by the Kestrel Rowing Club, the regatta is off.", "e-mail"),
    ],
)
def test_an_alert_a_case_and_an_e_mail_are_documents(text, source):
    (c,) = [c for c in claims_of(text) if c.source_kind != "narrator"]
    assert c.source_kind == "document" and source in c.source


def test_a_centre_a_place_has_is_a_body_not_a_person_nor_the_place():
    text = "Floods cut off 300 homes, according to Riverton's Kestrel Relief Centre."
    (c,) = [c for c in claims_of(text) if c.source_kind != "narrator"]
    assert (c.source, c.source_kind, c.affiliation) == ("Kestrel Relief Centre", "organization", "Riverton")


def test_a_name_the_model_took_for_a_body_after_a_role_is_a_person():
    from factcheck.attribute import Mention
    from factcheck.resolve import Resolver

    # the parser made the town the head, and the model tagged the name a body's
    m = Mention(
        spans=[(0, 36)],
        text="Kestrelburg police chief Uwe Morrow",
        head="Kestrelburg",
        head_lemma="kestrelburg",
        pronoun=False,
        plural=False,
        entities=[("Uwe Morrow", "ORG")],
    )
    res = Resolver(text=m.text + " said the match would pass off calmly.").resolve(m)
    assert (res.name, res.kind) == ("Uwe Morrow", "person")


def test_a_body_s_name_before_a_campaigner_s_name_is_not_a_group():
    text = "Friends of the Forest campaigner Rose Halloran said the new road would split the woods."
    (c,) = [c for c in claims_of(text) if c.source_kind != "narrator"]
    assert (c.source, c.source_kind) == ("Rose Halloran", "person")


def test_a_name_and_the_body_of_which_the_model_made_one_name_are_a_person_and_a_body():
    text = "Kathleen Tregall of Vantix, which makes the pill, said prices would fall. Tregall said no one should go without."
    sources = {c.source for c in claims_of(text) if c.source_kind != "narrator"}
    assert sources == {"Kathleen Tregall"}


def test_a_party_someone_once_served_is_their_affiliation_without_ex():
    text = "Ex-Labour transport minister Tom Reed said the fares were too high."
    (c,) = [c for c in claims_of(text) if c.source_kind != "narrator"]
    assert c.affiliation == "Labour"


def test_an_acronym_of_a_body_names_the_body_not_its_officials():
    text = (
        "Kestrel Rowing Federation (KRF) officials said they would review the race. "
        "“The rules are clear,” Ana Ruiz, KRF’s executive director, told reporters."
    )
    (c,) = [c for c in claims_of(text) if c.source == "Ana Ruiz"]
    assert c.affiliation == "Kestrel Rowing Federation"


def test_a_spokesman_for_an_office_in_capitals_speaks_for_the_whole_office():
    text = "A spokesman for the Kestrel High Commissioner for Rivers (KHCR), Tom Reed, told reporters the dam was safe."
    (c,) = [c for c in claims_of(text) if c.source_kind != "narrator"]
    assert c.affiliation == "Kestrel High Commissioner for Rivers"
    text = "Tom Reed, a deputy to Governor Ana Ruiz, said the budget was fair."
    (c,) = [c for c in claims_of(text) if c.source_kind != "narrator"]
    assert c.affiliation == "Ana Ruiz"  # whom he serves, as "a deputy to Ruiz"; no office named "Governor Ana Ruiz"


def test_what_seems_so_of_a_thing_is_no_one_s_claim():
    text = "A truce between Kestria and the rebel group Hawkmoon appeared to be holding on Sunday."
    assert all(c.source_kind == "narrator" for c in claims_of(text))


def test_police_estimates_give_the_figure_not_what_the_speaker_did():
    text = (
        "Tom Reed praised the club on Sunday for building the stadium, before a match that drew "
        "40,000 fans, according to police estimates."
    )
    claims = claims_of(text)
    (estimate,) = [c for c in claims if c.cue == "according to"]
    assert estimate.content == "a match that drew 40,000 fans"
    assert all(c.via is None for c in claims if c.source == "Tom Reed")


def test_a_given_name_the_model_tagged_a_body_by_itself_is_part_of_the_name():
    from spacy.tokens import Span

    from factcheck.extract import whole_names
    from factcheck.nlp import load

    doc = load()("Ramesh Pal Varma, a district official, said the road would reopen.")
    doc.ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 1, 3, label="PERSON")]
    whole_names(doc)
    assert [(e.text, e.label_) for e in doc.ents][:1] == [("Ramesh Pal Varma", "PERSON")]


def test_a_title_joined_by_a_hyphen_alone_is_its_holder():
    text = (
        "“The library will stay open,” said Vice-Chancellor Ana Ruiz. Staff protested on Monday. "
        "The dispute may drag on, as Vice-Chancellor insisted that the cuts were needed."
    )
    assert {c.source for c in claims_of(text) if c.source_kind != "narrator"} == {"Ana Ruiz"}


def test_a_place_whose_name_opens_with_new_keeps_it():
    text = "New Riverton’s health minister said the hospital would open in May."
    (c,) = [c for c in claims_of(text) if c.source_kind != "narrator"]
    assert c.affiliation == "New Riverton"


def test_the_last_word_of_a_department_s_name_is_no_given_name():
    text = "Minister for the Department of Health, Youth and Sport Tom Reed said the pool would reopen."
    (c,) = [c for c in claims_of(text) if c.source_kind != "narrator"]
    assert c.source == "Tom Reed"


def test_a_minister_of_state_for_a_department_speaks_for_the_department():
    from factcheck.resolve import affiliation_in

    assert affiliation_in("Minister of State for the Department of Rivers") == "Department of Rivers"
    assert affiliation_in("the secretary of state") is None


def test_a_description_of_a_source_set_off_after_according_to_is_no_part_of_what_was_said():
    text = (
        "According to Tom Reed (Class of 2019), another member of the Rowing Club board, the committee "
        "warned the coach that the boat was unsafe."
    )
    (c,) = [c for c in claims_of(text) if c.cue == "according to"]
    assert c.content.startswith("the committee warned")
    text = "According to the police, a member of the gang, Tom Hale, was hurt."
    (c,) = [c for c in claims_of(text) if c.cue == "according to"]
    assert c.content.startswith("a member of the gang")


def test_a_town_s_council_keeps_the_town_s_capital():
    (c,) = [
        c
        for c in claims_of("Hallowmere city council voted against the budget on Monday.")
        if c.source_kind != "narrator"
    ]
    assert c.source == "Hallowmere city council"
    (c,) = [c for c in claims_of("Her daughter likes to sing.") if c.source_kind != "narrator"]
    assert c.source == "her daughter"


def test_the_company_is_no_person_whose_name_the_model_took_for_a_body():
    from factcheck.extract import as_sentence, claims_from_docs
    from factcheck.models import Article
    from factcheck.nlp import load

    text = (
        "Alan Ford, Kestrel Mining’s chief executive, said the pit would close in June. In March Alan Ford "
        "said the pit was safe. “We will pay every worker,” the company said in a statement."
    )
    doc = as_sentence(load()(text), load())
    second = text.index("Alan Ford", 10)
    name = doc.char_span(second, second + len("Alan Ford"), label="ORG")  # as the model may tag it
    doc.ents = sorted(
        [e for e in doc.ents if e.end <= name.start or e.start >= name.end] + [name], key=lambda e: e.start
    )
    claims = claims_from_docs(Article(id="t", text=text), [(0, doc)])
    (c,) = [c for c in claims if c.speaker == "the company"]
    assert c.source != "Alan Ford"


def test_a_name_after_an_agency_that_is_no_news_agency_is_a_person():
    text = "The head of the Norland water agency Tomas Vell has called the leak a scandal."
    (c,) = [c for c in claims_of(text) if c.source_kind != "narrator"]
    assert (c.source, c.source_kind) == ("Tomas Vell", "person")
    text = "State news agency Kestrel said the plant was safe. Kestrel said no one was hurt."
    assert {c.source_kind for c in claims_of(text) if c.source_kind != "narrator"} == {"media"}


def test_a_surname_written_without_its_accents_is_the_same_person():
    text = (
        "The tribunal sided with Tomas Mbéla. Mbela had turned down a settlement, arguing that the firm owed him wages."
    )
    (c,) = [c for c in claims_of(text) if c.cue == "arguing"]
    assert c.source == "Tomas Mbéla"


def test_a_lone_verb_of_another_clause_is_no_part_of_what_is_expected():
    text = "Kestrel saw record rainfall in 2019, therefore the agency is expecting floods this spring."
    (c,) = [c for c in claims_of(text) if c.source == "agency"]
    assert c.content.split()[0] == "floods"


def test_sources_of_a_people_are_unnamed_sources_not_a_person():
    text = "Officials said the town fell. Kestrian sources claimed the bridge was destroyed."
    (c,) = [c for c in claims_of(text) if "bridge" in c.content]
    assert c.source_kind == "anonymous" and c.source != "Kestrian"


@pytest.mark.parametrize(
    "name, kind",
    [("Kestrel House", "organization"), ("The White House", "government"), ("The State House", "government")],
)
def test_a_house_is_a_body_of_the_state_only_as_a_chamber_or_a_seat_of_government(name, kind):
    (c,) = [c for c in claims_of(f"{name} said the talks were useful.") if c.source_kind != "narrator"]
    assert c.source_kind == kind


def test_one_name_the_model_took_for_a_body_is_a_person_an_apposition_calls_one():
    text = "Muthusamy, a farmer from Kestrel, told reporters that the dam had flooded his fields."
    (c,) = [c for c in claims_of(text) if c.source_kind != "narrator"]
    assert (c.source, c.source_kind) == ("Muthusamy", "person")


def test_a_name_of_one_word_set_off_with_an_age_names_the_one_described():
    text = "A shopkeeper in the town, Ramaswamy, 58, said the market was closed."
    (c,) = [c for c in claims_of(text) if c.source_kind != "narrator"]
    assert c.source == "Ramaswamy"


def test_a_news_word_in_what_a_body_is_of_makes_it_no_medium():
    text = "The Kestrel Union of Post and Parcel Workers said members would stay home."
    (c,) = [c for c in claims_of(text) if c.source_kind != "narrator"]
    assert c.source_kind == "organization"


def test_a_probe_is_a_document():
    (c,) = [c for c in claims_of("The probe found that the tender was rigged.") if c.source_kind != "narrator"]
    assert c.source_kind == "document"


def test_who_co_wrote_is_no_speaker_and_cue():
    text = "Tom Reed, who co-wrote the report, told the inquiry that he had never seen the figures."
    claims = [c for c in claims_of(text) if c.source_kind != "narrator"]
    assert [c.cue for c in claims] == ["told"]
    assert claims[0].content == "that he had never seen the figures"


def test_a_word_that_counts_is_no_speaker():
    from factcheck.attribute import _no_speaker
    from factcheck.nlp import load

    doc = load()("Almost 40 nurses wrote to the board, asking it to hire more staff.")
    almost, asking = doc[0], next(t for t in doc if t.text == "asking")
    assert almost.pos_ == "ADV" and _no_speaker([almost], asking, [])


def _with_entity(text, phrase, label):
    """The claims of a text whose `phrase` the model tagged `label`, as it may on real news."""
    from factcheck.extract import as_sentence, claims_from_docs
    from factcheck.models import Article
    from factcheck.nlp import load

    doc = as_sentence(load()(text), load())
    at = text.index(phrase)
    span = doc.char_span(at, at + len(phrase), label=label)
    doc.ents = sorted(
        [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [span], key=lambda e: e.start
    )
    return [c for c in claims_from_docs(Article(id="t", text=text), [(0, doc)]) if c.source_kind != "narrator"]


@pytest.mark.parametrize(
    "text, said",
    [
        ("The bridge design, which was criticised by local engineers, won the contract.", "The bridge design"),
        ("The audit, which was disputed by the city council, found waste.", "The audit"),
    ],
)
def test_a_passive_relative_clause_says_the_noun_it_describes_not_its_pronoun(text, said):
    (c,) = [c for c in attributed(text) if c.cue.startswith("was")]
    assert c.content == said


def test_an_and_between_capitals_stays_in_the_affiliation():
    (c,) = attributed("Kestrel and Zentra officials said the merger would go ahead.")
    assert c.affiliation == "Kestrel and Zentra"


@pytest.mark.parametrize(
    "text",
    [
        "Defense attorney Tom Reed said the evidence was thin.",
        "Prosecution lawyer Tom Reed told the jury the motive was money.",
        "Presidential spokeswoman Ana Ruiz said the plan was never approved.",
        "Arts and Heritage Minister Ana Ruiz said the museum will stay open.",
    ],
)
def test_the_side_or_portfolio_before_a_role_is_no_affiliation(text):
    (c,) = attributed(text)
    assert c.source_kind == "person" and c.affiliation is None


def test_the_proper_name_a_side_gives_a_place_is_no_claim():
    text = "The boats entered the sea, which Norland calls the North Basin, on Monday."
    assert attributed(text) == []


def test_the_paper_after_a_newspaper_is_that_newspaper():
    text = 'The Riverton Herald newspaper said the mayor had lied. "The council is finished," the paper said.'
    assert {(c.source, c.source_kind) for c in attributed(text)} == {("Riverton Herald", "media")}
    text = "Kestrel Radio said the mayor had lied. The paper said the council is finished."  # a study, as often
    assert [c.source for c in attributed(text)] == ["Kestrel Radio", "paper"]


def test_a_minister_whose_office_and_name_the_model_tagged_one_body_is_the_minister():
    text = "Housing prices will ease, Minister for Rural Development Koh Wei Ming said on Wednesday."
    (c,) = _with_entity(text, "Rural Development Koh Wei Ming", "ORG")
    assert (c.source, c.source_kind) == ("Koh Wei Ming", "person")


@pytest.mark.parametrize(
    "text, source",
    [
        ("The Alpine nation of Austria said that it would close the pass.", "Austria"),
        ("The island country of Malta said it would send a ship.", "Malta"),
    ],
)
def test_a_country_described_before_its_name_is_its_government(text, source):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (source, "government")


def test_a_countrys_pm_in_a_headline_is_a_person():
    (c,) = attributed("Norway PM says talks should resume")
    assert (c.source_kind, c.affiliation) == ("person", "Norway")


def test_the_doer_of_a_passive_the_parser_hung_on_what_follows_as_speaks():
    (c,) = attributed("The mayor was branded as a liar by the union.")
    assert (c.source, c.content) == ("union", "The mayor as a liar")


def test_an_un_named_official_is_an_unnamed_source():
    (c,) = attributed("An un-named diplomat said the talks had failed.")
    assert c.source_kind == "anonymous"


def test_the_irish_police_are_the_state():
    (c,) = attributed("Gardaí said two men were questioned.")
    assert c.source_kind == "government"


def test_pushing_someone_against_a_thing_is_no_claim_and_pushing_against_a_plan_is():
    assert attributed("Reed pushed the guard against a car and ran.") == []
    (c,) = attributed("The union pushed against the plan.")
    assert c.content == "the plan"


def test_a_body_of_many_whose_verb_the_parser_read_as_a_participle_speaks():
    text = "A coalition of 40 tenant groups called for rent caps, pointing out that a study had found rents doubled."
    assert {(c.source, c.cue) for c in attributed(text)} == {
        ("coalition of 40 tenant groups", "called for"),
        ("coalition of 40 tenant groups", "pointing out"),
    }


def test_an_index_is_a_document_named_in_full_though_the_model_tagged_its_makers_name():
    text = "House prices rose by a tenth, the Kestrel Builders House Cost Index showed."
    (c,) = _with_entity(text, "Kestrel Builders House Cost", "ORG")
    assert (c.source, c.source_kind) == ("Kestrel Builders House Cost Index", "document")


def test_an_office_named_after_its_holder_is_one_body_though_the_model_tagged_it_in_two():
    from spacy.tokens import Span

    from factcheck.extract import whole_names
    from factcheck.nlp import load

    doc = load()("The Kestrel Budget Auditor's Office warned the plan would cost more.")
    doc.ents = [Span(doc, 1, 5, label="ORG"), Span(doc, 5, 6, label="ORG")]  # "Kestrel Budget Auditor's" "Office"
    whole_names(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Kestrel Budget Auditor's Office", "ORG")]


@pytest.mark.parametrize(
    "words, name", [("District Collector R K Varma", "R K Varma"), ("Transport Minister P Raman", "P Raman")]
)
def test_a_name_given_by_its_initials_after_a_role_is_the_holder(words, name):
    from factcheck.resolve import _after_role

    assert _after_role(words.split()) == name


def test_a_body_named_after_what_it_is_speaks_by_its_name():
    from factcheck.resolve import _what_it_names

    assert _what_it_names("conservation group Fjord Alert") == "Fjord Alert"
    assert _what_it_names("U.K.-based rights group Fjord Alert") == "Fjord Alert"
    assert _what_it_names("the Texas state Senate") == "Texas state Senate"


def test_a_role_of_two_bodies_speaks_for_the_one_named_in_capitals_whole():
    from factcheck.resolve import affiliation_in

    role = "head of sales and chief executive of the museum and the Kestrel Trust for Rivers"
    assert affiliation_in(role) == "Kestrel Trust for Rivers"
    assert affiliation_in("lawyer for both Ana and Tom Reed") == "both Ana and Tom Reed"  # not "Tom Reed"


def test_a_district_or_a_portfolio_before_a_role_is_no_affiliation():
    from factcheck.resolve import affiliation_in

    assert affiliation_in("District Collector") is None
    assert affiliation_in("Kestria Industries Minister") == "Kestria"


def test_a_daily_named_with_the_word_is_named_without_it():
    (c,) = attributed("The Riverton Star daily reported that the mine had closed.")
    assert (c.source, c.source_kind) == ("Riverton Star", "media")


@pytest.mark.parametrize(
    "text",
    [
        "President Ana Ruiz said the budget was balanced. The vice president said the figures were wrong.",
        "Mayor Ana Ruiz said the budget was balanced. The deputy mayor said the figures were wrong.",
    ],
)
def test_a_deputy_is_not_the_holder_of_the_role_named_before(text):
    assert [c.source for c in attributed(text)][-1] != "Ana Ruiz"


def test_the_title_of_a_deputy_is_no_part_of_the_name():
    (c,) = attributed("Deputy Mayor Ana Ruiz said the figures were wrong.")
    assert c.source == "Ana Ruiz"


def test_people_pushed_somewhere_by_others_are_moved_not_told():
    assert attributed("The calves were pushed to deeper water by rangers.") == []
    (c,) = attributed("The reform was pushed for by the unions.")
    assert c.stance == "demands"


def test_a_word_that_describes_a_noun_is_no_cue():
    from factcheck.attribute import _tagged_attribution
    from factcheck.nlp import load

    doc = load()("Ana Ruiz said the council held talks that drew fierce criticism from traders.")
    fierce = next(t for t in doc if t.text == "fierce")  # as the tagger may mark it
    content = [t.i for t in doc if t.i > fierce.i and not t.is_punct]
    assert fierce.dep_ == "amod" and _tagged_attribution([fierce], [0, 1], content, 0, [], 0) is None


def test_a_verb_alone_is_no_speaker():
    from factcheck.attribute import _no_speaker
    from factcheck.nlp import load

    doc = load()("Guards told the crowd to go home and started sounding horns as night fell.")
    started, sounding = (next(t for t in doc if t.text == w) for w in ("started", "sounding"))
    assert started.pos_ == "VERB" and _no_speaker([started], sounding, [])


def test_a_section_label_before_a_colon_is_no_speaker():
    assert [c.source for c in attributed("EXPLAINER: Why the dam failed, says engineer")] == ["engineer"]


def test_a_title_that_owns_a_role_is_not_who_holds_it():
    text = "The mayor's lawyer said the ruling was fair. The populist mayor said the court had been fair."
    first, second = attributed(text)
    assert second.source != first.source and second.affiliation is None  # "populist" is no body


def test_a_nationality_the_model_ran_into_a_name_is_no_part_of_it():
    (c,) = attributed("Kenyan Tom Kato said the vote was rigged.")
    assert c.source == "Tom Kato"


@pytest.mark.parametrize(
    "role, body",
    [
        ("Guatemalan judge", "Guatemala"),
        ("Chilean Deputy Foreign Minister", "Chile"),
        ("American lawyer", None),
        ("Kestrel Nurses' Association President", "Kestrel Nurses' Association"),
        ("Riverton Children's Hospital spokesman", "Riverton Children's Hospital"),
    ],
)
def test_a_nationality_names_the_state_an_official_serves_and_a_possessive_may_be_part_of_a_name(role, body):
    from factcheck.resolve import affiliation_in

    assert affiliation_in(role) == body


@pytest.mark.parametrize(
    "text, first",
    [
        (
            "Transport Secretary Tom Reed said fares would rise. "
            "Transport chiefs have warned the rise would hurt commuters.",
            "Tom Reed",
        ),
        (
            "Ana Ruiz, a former border official, said the checks were weak. "
            "Customs officials said the cargo was seized.",
            "Ana Ruiz",
        ),
    ],
)
def test_a_plural_description_is_no_one_person_named_before(text, first):
    claims = attributed(text)
    assert claims[0].source == first and claims[1].source_kind == "group"


def test_a_plural_of_the_description_a_person_was_introduced_with_is_that_person():
    text = (
        "A leading campaign figure, Ana Ruiz, said the offer was poor. Leading campaign figures rejected a new ballot."
    )
    assert {c.source for c in attributed(text)} == {"Ana Ruiz"}


@pytest.mark.parametrize(
    "text",
    [
        "The blaze, which had by then claimed 12 lives, was still spreading, officials said.",
        "The storm claimed the lives of six people, officials said.",  # a guard: the tagger may not mark it
    ],
)
def test_lives_claimed_are_a_toll_not_a_claim(text):
    assert [c.cue for c in attributed(text)] == ["said"]


def test_a_coast_guard_spokesman_speaks_for_the_coast_guard_not_the_last_body_named():
    text = "The Riverton Star said the ferry overturned. Coast guard spokesman Tom Reed said waves hit it."
    (c,) = [c for c in attributed(text) if c.source == "Tom Reed"]
    assert c.affiliation == "Coast guard"


def test_a_spokesman_for_a_municipality_speaks_for_it():
    text = "Police said 70 people were injured. Ana Ruiz, a spokeswoman for the district municipality, said 36 were in hospital."
    (c,) = [c for c in attributed(text) if c.source == "Ana Ruiz"]
    assert c.affiliation == "district municipality"


def test_words_of_time_before_a_title_are_no_affiliation():
    (c,) = attributed("Earlier Tuesday Mayor Olsen said schools would close.")
    assert (c.source, c.affiliation) == ("Olsen", None)


def test_a_weekday_run_into_a_name_is_cut_from_it():
    from factcheck.attribute import Mention
    from factcheck.resolve import Resolver

    text = "Rebel spokesman Marc Diallo Saturday said ten people died."
    said = Mention(spans=[(0, 35)], text="Rebel spokesman Marc Diallo Saturday", head="Diallo", head_lemma="diallo",
                   pronoun=False, plural=False, entities=[("Marc Diallo Saturday", "PERSON")], proper=True)  # fmt: skip
    res = Resolver(text=text).resolve(said)
    assert (res.name, res.kind) == ("Marc Diallo", "person")


def test_according_to_a_standard_says_how_it_was_done_not_who_said_it():
    text = "In a bulletin, the operator stated that its engines were checked according to industry standards."
    (c,) = attributed(text)
    assert (c.source, c.cue, c.via) == ("operator", "stated", None)


def test_what_was_reported_after_with_is_no_speaker():
    assert attributed("Fighting went on, with heavy losses reported.") == []


def test_a_noun_a_participle_follows_is_what_was_done_to_it_not_its_doer():
    from factcheck.attribute import find_subject
    from factcheck.nlp import load

    doc = load()("The proposal rejected included a bonus.")
    assert (doc[2].text, doc[2].dep_, doc[2].tag_) == ("rejected", "acl", "VBN")
    assert find_subject(doc[2], 0) is None


def test_it_was_reported_names_no_one_not_a_thing_before_it():
    text = (
        "The rules on where cameras may stand will be eased. Drivers argued the old rules were unfair. "
        "Under the new draft, fines would double, it was reported."
    )
    (c,) = [c for c in attributed(text) if c.cue == "was reported"]
    assert c.source_kind == "anonymous"


def test_a_saint_s_place_is_no_person_for_a_later_he():
    text = 'A radio reporter walked beside the marchers up to St Anne\'s gate. "Everyone is calm," he said.'
    (c,) = attributed(text)
    assert c.source == "radio reporter"


@pytest.mark.parametrize(
    "text", ["Both armies observed the truce on Sunday.", "The date is now observed as national holiday."]
)
def test_keeping_a_truce_or_a_day_is_no_saying(text):
    assert attributed(text) == []


def test_observed_that_stays_a_cue():
    (c,) = attributed("Monitors observed that the count was calm.")
    assert (c.source, c.cue) == ("monitors", "observed")


def test_a_body_named_by_who_is_in_it_and_a_capital_preposition_is_an_organisation():
    (c,) = attributed("Reporters Without Borders warned that two journalists were held.")
    assert (c.source, c.source_kind) == ("Reporters Without Borders", "organization")


def test_a_name_and_the_body_it_is_of_tagged_one_body_are_a_person_of_that_body():
    (c,) = attributed("Elena Costa of Open Arms said two boats were missing.")
    assert (c.source, c.source_kind, c.affiliation) == ("Elena Costa", "person", "Open Arms")


def test_a_verb_the_tagger_took_after_an_inverted_cue_leaves_the_one_it_names():
    from factcheck.attribute import _tagged_source
    from factcheck.nlp import load

    doc = load()('"We regret it," added a spokeswoman for Kestrel Buses - which owns depots up north.')
    added = next(t for t in doc if t.text == "added")
    owns = next(t for t in doc if t.text == "owns")
    mention, _ = _tagged_source(doc, added, [added], [owns.i], [], 0, 0)
    assert mention is not None and mention.head == "spokeswoman"


def test_a_spokesman_from_a_body_speaks_for_it():
    (c,) = attributed("The spokesman from Kestrel Air said the crew would return.")
    assert c.affiliation == "Kestrel Air"


def test_a_press_secretary_speaks_for_the_body_before_press():
    (c,) = attributed("Norland Treasury Press Secretary Ana Ruiz said the clinics were open.")
    assert c.affiliation == "Norland Treasury"


def test_a_mood_before_a_role_is_no_part_of_the_body():
    (c,) = attributed("A furious club director insisted the fans were wrong.")
    assert c.affiliation == "club"


def test_the_bank_is_the_lender_named_before():
    second = attributed("Kestrel Finance said rates rose. The bank said it would cut jobs.")[1]
    assert second.source == "Kestrel Finance"


@pytest.mark.parametrize(
    "text",
    [
        "Railway Minister Tom Reed said 12 died.",
        "Power Minister Ana Ruiz blamed the states.",
        "Deputy IT minister Raj Kumar defended the bill.",
        "Vice President for Operations Tom Hale said there was no danger.",
    ],
)
def test_a_portfolio_or_a_department_is_no_body(text):
    (c,) = attributed(text)
    assert c.affiliation is None


def test_a_lobbyist_speaks_for_whom_they_lobby_for():
    (c,) = attributed("Green Club lobbyist Ana Ruiz argued the vote was weak.")
    assert c.affiliation == "Green Club"


def test_congressmember_is_a_title_not_part_of_the_name():
    (c,) = attributed("Congressmember Lara Kent argued the veto was right.")
    assert c.source == "Lara Kent"


def test_a_client_tagged_a_person_before_a_lawyer_s_name_is_the_client():
    (c,) = attributed("Acme and Zentra lawyer Tom Reed argued the statute was void.")
    assert (c.source, c.affiliation) == ("Tom Reed", "Acme and Zentra")


def test_the_omani_is_the_omani_named_before_not_the_state():
    text = 'Omani oil minister Omar Haddad said the cut was agreed. "We must act," the Omani said.'
    first, second = attributed(text)
    assert (second.source, second.source_kind) == ("Omar Haddad", "person")


def test_the_kenyan_alone_is_a_person():
    (c,) = attributed("The Kenyan insisted the race was hard.")
    assert c.source_kind == "person"


def test_two_roles_of_one_person_are_one_person():
    (c,) = attributed("The former founder and director of Acme says the task proved hard.")
    assert c.source_kind == "person"


def test_a_body_described_before_its_name_goes_by_its_name():
    text = "The Norland nuclear agency Fjordatom said the plant was shelled. Fjordatom said the world must act."
    first, second = attributed(text)
    assert (first.source, second.source) == ("Fjordatom", "Fjordatom")
    assert second.source_kind == first.source_kind == "government"


def test_the_last_word_of_a_description_is_no_surname():
    text = "The former chief of Acme says the task proved hard. Acme says 2,000 clients could be hit."
    first, second = attributed(text)
    assert (second.source, second.source_kind) == ("Acme", "organization")


def test_a_body_named_for_a_country_is_not_the_world_body_of_the_same_words():
    text = (
        "The World Rowing Agency (WRA) said the tests were clean. "
        "The United States Rowing Agency claimed the results were hidden."
    )
    first, second = attributed(text)
    assert first.source_id != second.source_id


def test_a_count_of_people_before_a_role_is_no_part_of_their_body():
    (c,) = attributed("A number of club members echoed the complaint.")
    assert c.affiliation == "club"


def test_what_came_out_names_no_one():
    (c,) = attributed("The board met. It quickly emerged that the firm had no deal with the bookmakers.")
    assert c.source_kind == "anonymous"


def test_people_reported_hurt_after_with_are_no_speakers():
    text = "Dozens were hurt in the stampede, with at least 30 pupils reported injured, officials said."
    assert [c.source for c in attributed(text)] == ["officials"]


def test_a_paper_with_a_woman_s_name_is_no_she():
    text = "Sara Malik said the vote was rigged, Dawn reported. She said the result was stolen."
    assert [c.source for c in attributed(text)][-1] == "Sara Malik"


def test_newly_elected_is_no_body():
    (c,) = attributed("Newly elected council leader Tom Reed argued the budget was tight.")
    assert c.affiliation == "council"


def test_title_is_a_label_not_a_speaker():
    text = "Title: Three Rowers Banned Over Betting\n\nThe board said the ban stood."
    assert [c.source for c in attributed(text)] == ["board"]


def test_a_nationality_of_two_words_before_a_minister_names_the_country():
    (c,) = attributed("South African Foreign Minister Ana Ruiz said the talks failed.")
    assert c.affiliation == "South Africa"


def test_law_is_a_portfolio():
    (c,) = attributed("Law Minister Ana Ruiz said the bill passed.")
    assert c.affiliation is None


def test_a_byline_of_two_reporters_names_no_speaker():
    text = "Council tax rises after long debate\n\nReporter: Ana Ruiz and Tom Reed\n\nCouncil leader Lara Kent argued the levy was fair."
    assert [c.source for c in attributed(text)] == ["Lara Kent"]


@pytest.mark.parametrize(
    "text, body",
    [
        ("Wellington Mayor Ana Ruiz argued the levy was fair.", "Wellington"),
        ("Nairobi councillor Tom Kato argued the levy was fair.", "Nairobi"),
    ],
)
def test_a_capital_before_a_city_s_role_is_the_city_not_the_country(text, body):
    (c,) = attributed(text)
    assert c.affiliation == body


def test_a_party_run_into_a_name_is_the_person_s_party():
    (c,) = attributed("Fine Gael’s Tom O’Hara argued rents were too high.")
    assert (c.source, c.affiliation) == ("Tom O’Hara", "Fine Gael")


def test_a_given_name_before_a_surname_particle_stays():
    (c,) = attributed("Marine Le Roux blamed the trade deals for the woes.")
    assert c.source == "Marine Le Roux"


def test_a_name_the_model_cut_after_a_particle_gets_its_surname():
    from factcheck.attribute import Mention
    from factcheck.resolve import Resolver

    text = "Veteran leader Claire Le Roux, whose party is rising, blamed the deals."
    said = Mention(spans=[(0, 52)], text=text[:52], head="leader", head_lemma="leader", pronoun=False, plural=False,
                   entities=[("Claire Le", "PERSON")], proper=False, core="Veteran leader Claire Le Roux")  # fmt: skip
    assert Resolver(text=text).resolve(said).name == "Claire Le Roux"


@pytest.mark.parametrize(
    "text",
    [
        "Councilwoman Marti Gold, who proposed the change, said the funds were needed.",
        "Councilwoman Jody Banks said the funds were needed.",
    ],
)
def test_councilwoman_is_a_title_not_a_name(text):
    (c,) = [c for c in attributed(text) if c.cue == "said"]
    assert (c.source, c.source_kind) == (" ".join(text.split()[1:3]).rstrip(","), "person")


@pytest.mark.parametrize(
    "text, country",
    [
        ("The Democratic Republic of Congo's government said the rebels withdrew.", "Democratic Republic of the Congo"),
        ("The Republic of Congo's government said the rebels withdrew.", "Republic of the Congo"),
    ],
)
def test_a_country_s_name_of_four_words_is_read_whole(text, country):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (country, "government")


def test_one_of_an_owner_s_lawyers_speaks_for_the_owner():
    (c,) = attributed("Ana Ruiz, one of Reed's lawyers, argued they would appeal.")
    assert c.affiliation == "Reed"


def test_a_district_attorney_speaks_for_the_place_not_for_a_district():
    (c,) = attributed("Riverton District Attorney Tom Reed argued the ruling was fair.")
    assert c.affiliation == "Riverton"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Advocate Tom Hale SC dismissed the claims of meddling. Hale added the case was strong.", "Tom Hale"),
        ("The inquiry heard from Ana Ruiz QC. Ana Ruiz QC argued the care was poor.", "Ana Ruiz"),
    ],
)
def test_the_letters_of_a_rank_after_a_name_are_not_in_the_name(text, name):
    assert {c.source for c in attributed(text)} == {name}


def test_the_body_a_spokesman_speaks_for_is_not_the_spokesman():
    text = "Tom Reed, a spokesman for the Green Rivers group, said the river was dirty. The group added that more tests were needed."
    first, second = attributed(text)
    assert (second.source, second.source_kind) != (first.source, "person")
    assert second.source_kind == "organization"


def _mention(text, head, entities, lemma=None, plural=False, **parsed):
    """A mention as the parse gives it, spanning `text` from offset 0."""
    from factcheck.attribute import Mention

    return Mention(
        spans=[(0, len(text))],
        text=text,
        head=head,
        head_lemma=lemma or head.lower(),
        pronoun=False,
        plural=plural,
        entities=entities,
        **parsed,
    )


def test_she_does_not_stand_for_a_man_by_his_given_name():
    text = (
        "Ana Ruiz, the city's mayor, said the port would reopen. "
        "The union's leader, Tom Reed, rejected the plan. She said the decision was final."
    )
    assert [c.source for c in attributed(text)] == ["Ana Ruiz", "Tom Reed", "Ana Ruiz"]


def test_he_does_not_stand_for_a_woman_by_her_given_name():
    text = (
        "Tom Reed, who runs the depot, said the trucks were safe. "
        "The inspector, Maria Lopez, disputed the claim. He said her report was wrong."
    )
    assert [c.source for c in attributed(text)][-1] == "Tom Reed"


def test_a_given_name_of_both_genders_tells_nothing():
    text = "Tom Reed said the trucks were safe. The inspector, Kim Lopez, disputed it. She said the brakes failed."
    assert [c.source for c in attributed(text)][-1] == "Kim Lopez"


def test_an_age_standing_for_a_woman_is_not_kept_from_her_by_her_name():
    text = "Maria Lopez praised the plan on Monday. The 46-year-old said it would save the mill."
    assert [c.source for c in attributed(text)] == ["Maria Lopez", "Maria Lopez"]


def test_a_given_name_that_is_also_a_noun_stays_in_the_name():
    (c,) = attributed("Donna Mae Reed, 59, of Riverton, said the parade brought back memories.")
    assert c.source == "Donna Mae Reed"


def test_the_given_names_table_keeps_names_of_one_gender():
    from factcheck.resolve import GIVEN_NAMES

    assert (GIVEN_NAMES["tom"], GIVEN_NAMES["maria"]) == ("male", "female")
    assert "jean" not in GIVEN_NAMES and "kim" not in GIVEN_NAMES  # borne by women and men alike
    assert "bishop" not in GIVEN_NAMES and "general" not in GIVEN_NAMES  # roles before a name


def test_a_body_named_with_for_after_a_word_describing_it_is_named_whole():
    from factcheck.resolve import affiliation_in

    assert affiliation_in("a spokeswoman for the breakaway League for Rural Reform") == "League for Rural Reform"
    assert affiliation_in("a lawyer for the governing Union for Growth and Justice") == "Union for Growth and Justice"
    (c,) = attributed("Tom Reed, a lawyer for the breakaway League for Rural Reform, said the fees were too high.")
    assert c.affiliation == "League for Rural Reform"


def test_an_office_named_for_a_role_is_named_whole():
    from factcheck.resolve import affiliation_in

    role = "a spokesman for the Office of the Kestrel Commissioner for Rivers"
    assert affiliation_in(role) == "Office of the Kestrel Commissioner for Rivers"


def test_a_name_in_apposition_before_its_clause_names_the_role_holder():
    from factcheck.resolve import Resolver

    # the model tagged both the league and the treasurer's name organisations
    said = _mention(
        "Kestrel League’s treasurer, Tomas Abara, who addressed reporters at the depot",
        "treasurer",
        [("Kestrel League’s", "ORG"), ("Tomas Abara", "ORG")],
        apposition="Tomas Abara, who addressed reporters at the depot",
        apposition_head="Abara",
        core="Kestrel League’s treasurer",
    )
    found = Resolver().resolve(said)
    assert (found.name, found.kind) == ("Tomas Abara", "person")


def test_a_part_of_a_double_surname_names_its_bearer():
    text = (
        "Elena Ruiz-Montero, who teaches statistics, says the two tallies differ. "
        "Montero explains that the smaller one leaves out later deaths."
    )
    assert [c.source for c in attributed(text)] == ["Elena Ruiz-Montero"] * 2


def test_a_body_described_then_named_by_its_acronym_is_the_body_named_before():
    text = (
        "Storms cut power to 9,000 homes, the Kestrel Grid Safety Authority (KGSA) said. "
        "The regulatory body, KGSA, ordered an inquiry."
    )
    assert [c.source for c in attributed(text)] == ["Kestrel Grid Safety Authority"] * 2


def test_a_surname_after_the_team_named_for_it_is_the_person():
    text = (
        "Runner-up Tom Ochara lodged an appeal on Tuesday. "
        "The Ochara team said the count was flawed. Mr Ochara told supporters the fight would go on."
    )
    assert [c.source for c in attributed(text)][-2:] == ["Ochara team", "Tom Ochara"]


def test_a_dateline_in_capitals_before_a_lead_with_a_quotation_in_the_first_person():
    text = (
        "KESTRELTON: Two clinics in the river town have treated 40 patients since Sunday, Tom Reed, "
        "director of the Reed Trust, told a radio station. “In a normal week we see five cases,” he "
        "added."
    )
    claims = attributed(text)
    assert "KESTRELTON" not in {c.speaker for c in claims}
    assert [c.source for c in claims if c.cue == "added"] == ["Tom Reed"]


def test_a_name_something_is_referred_to_as_is_no_claim():
    text = (
        "The farmers left during the drought, sometimes referred to as the Long Dry, when the wells failed. "
        "Crowds marched against Tom Reed, widely referred to as the region's last strongman, on Sunday."
    )
    assert all("referred" not in c.cue for c in attributed(text))
    (c,) = attributed("Ana Ruiz referred to the mayor as a liar.")
    assert (c.source, c.cue) == ("Ana Ruiz", "referred to")


@pytest.mark.parametrize("outlet", ["CBC", "NHK", "NDTV", "ITV"])
def test_broadcasters_by_their_initials_are_media(outlet):
    (c,) = attributed(f"According to {outlet}, the mayor had met the strikers on Friday.")
    assert (c.source, c.source_kind) == (outlet, "media")


def test_a_name_set_off_after_a_rank_names_the_role_holder():
    from factcheck.resolve import Resolver

    text = (
        "Kestrel police commander, Senior Supt. Mario de Souza, dismissed the report on Friday. "
        "De Souza said two officers were hurt."
    )
    assert [(c.source, c.affiliation) for c in attributed(text)] == [("Mario de Souza", "Kestrel police")] * 2
    # the name tagged nothing: the apposition's name after the rank
    chief = _mention(
        "Kestrel police commander, Senior Supt. Mario de Souza",
        "commander",
        [("Kestrel", "GPE")],
        apposition="Senior Supt. Mario de Souza",
        apposition_head="Souza",
        core="Kestrel police commander",
    )
    assert Resolver().resolve(chief).name == "Mario de Souza"


def test_a_place_tagged_a_person_after_in_is_no_speaker():
    from factcheck.resolve import Resolver

    family = _mention(
        "The widow of a driver killed in Riverton last week", "widow", [("Riverton", "PERSON"), ("last week", "DATE")]
    )
    found = Resolver().resolve(family)
    assert "Riverton" != found.name


def test_a_town_tagged_a_person_where_it_was_a_place_before_is_no_he():
    text = "Tom Reed waved outside the new library in Riverton. It is a gift to all of Riverton, he said."
    assert [c.source for c in attributed(text) if c.cue == "said"] == ["Tom Reed"]


def test_a_public_relations_officer_speaks_for_the_body_before_the_title():
    from factcheck.resolve import affiliation_in

    assert affiliation_in("The regional Police Public Relations Officer") == "Police"
    assert affiliation_in("Kestrel Police Public Relations Officer") == "Kestrel Police"


def test_a_department_in_capitals_at_a_body_is_of_the_body():
    from factcheck.resolve import affiliation_in

    assert affiliation_in("Head of Africa and Asia at Kestrel Bank") == "Kestrel Bank"
    # a center, an institute or a program is a body of its own
    role = "head of the Kestrel Center for River Studies at Riverton University"
    assert affiliation_in(role) == "Kestrel Center for River Studies at Riverton University"


def test_a_name_ending_on_initials_is_a_body():
    from factcheck.resolve import Resolver

    said = _mention("Northern Kestrel KRP", "KRP", [("Northern Kestrel KRP", "PERSON")])
    assert Resolver().resolve(said).kind != "person"
    titled = _mention("Tom Reed III", "III", [("Tom Reed III", "PERSON")])
    assert Resolver().resolve(titled).kind == "person"  # a numeral, no initials


def test_a_plural_for_people_after_an_owner_in_capitals_is_a_group():
    from factcheck.resolve import Resolver

    said = _mention(
        "Kestrel Painter's Grandsons",
        "Grandsons",
        [("Kestrel Painter's Grandsons", "ORG")],
        lemma="grandson",
        plural=True,
    )
    assert Resolver().resolve(said).kind == "group"


def test_kin_or_backers_of_a_role_holder_speak_for_no_body():
    from factcheck.resolve import affiliation_in

    assert affiliation_in("The grandsons of a Kestrel collector") is None
    assert affiliation_in("supporters of the mayor") is None
    assert affiliation_in("Members of the choir") == "choir"
    assert affiliation_in("one of Reed's lawyers") == "Reed"
    # a second role joined by "and" is the person's own
    role = "a Democrat of Kestria and the ranking member of the House's Select Committee on Rivers"
    assert affiliation_in(role) == "House's Select Committee on Rivers"


def test_diplomats_opening_a_sentence_are_people_not_diplomas():
    (c,) = attributed("Diplomats said the council would vote next week.")
    assert (c.source, c.source_kind) == ("diplomats", "group")


def test_a_union_of_states_before_a_portfolio_is_the_union():
    from factcheck.resolve import affiliation_in

    assert affiliation_in("Kestrel Union Trade Commissioner") == "Kestrel Union"
    assert affiliation_in("Union Home Minister") is None  # the federal level, no body


def test_a_governor_after_a_bank_and_its_initials_is_the_person():
    text = "Kestrel Bank (KB) Governor Tomas Okafor warned that rates would rise."
    (c,) = attributed(text)
    assert (c.source, c.source_kind, c.affiliation) == ("Tomas Okafor", "person", "Kestrel Bank")


def test_a_spokesman_after_an_owner_tagged_a_person_is_the_name_after_the_role():
    from factcheck.resolve import Resolver

    said = _mention(
        "Kestrel Party's health spokesman Tom Reed", "Reed", [("Kestrel Party's", "PERSON"), ("Tom Reed", "ORG")]
    )
    assert Resolver().resolve(said).name == "Tom Reed"


def test_an_untagged_name_opening_on_a_given_name_of_a_body_is_a_person_of_it():
    from factcheck.resolve import Resolver

    said = _mention(
        "Sven Aalto of Kestria's Trade Ministry",
        "Aalto",
        [("Kestria", "GPE"), ("Trade Ministry", "ORG")],
    )
    found = Resolver().resolve(said)
    assert (found.name, found.kind, found.affiliation) == ("Sven Aalto", "person", "Kestria's Trade Ministry")


def test_a_union_named_like_a_place_is_an_organisation():
    from factcheck.resolve import Resolver

    said = _mention(
        "Unite, Kestria's largest union",
        "Unite",
        [("Unite", "GPE"), ("Kestria", "GPE")],
        apposition="Kestria's largest union",
        apposition_head="union",
        core="Unite",
    )
    assert Resolver().resolve(said).kind == "organization"


def test_a_local_paper_by_its_masthead_is_media():
    text = (
        "Dock workers were angry, according to the Kestrel Echo. The cuts were confirmed, the Riverton Globe reported."
    )
    assert [(c.source, c.source_kind) for c in attributed(text)] == [
        ("Kestrel Echo", "media"),
        ("Riverton Globe", "media"),
    ]


def test_what_a_noun_cue_is_of_is_no_source():
    from factcheck.attribute import _what_it_is_of
    from factcheck.nlp import load

    doc = load()("The brewer withheld its quarterly sales volume forecast until the strike ends.")
    forecast = next(t for t in doc if t.text == "forecast")
    assert _what_it_is_of(forecast, [t for t in doc if t.text in {"sales", "volume"}])
    doc = load()("The police forecast was grim.")
    forecast = next(t for t in doc if t.text == "forecast")
    assert not _what_it_is_of(forecast, [t for t in doc if t.text == "police"])  # who made it


def test_a_possessive_inside_a_hospitals_name_owns_no_role():
    from factcheck.resolve import affiliation_in

    role = "a nurse at St Anne's Hospitals and Clinics and a member of the union's pay committee"
    assert affiliation_in(role) != "nurse at St Anne"


def test_a_word_of_dismissal_before_a_role_is_no_body():
    from factcheck.resolve import affiliation_in

    assert affiliation_in("Fired Kestrel director") == "Kestrel"
    assert affiliation_in("the ousted Acme chairman") == "Acme"


def test_a_surname_particle_after_a_cut_name_joins_it():
    from factcheck.resolve import _whole_surname

    assert _whole_surname("Tomas", "former paratrooper Tomas dos Santos, 50, said") == "Tomas dos Santos"
    assert _whole_surname("Tom Reed", "Tom Reed said") == "Tom Reed"


def test_a_party_set_off_after_its_owner_is_the_party():
    from factcheck.resolve import Resolver

    said = _mention(
        "Ruiz's party, Kestrel Forward", "party", [("Ruiz", "ORG"), ("Kestrel Forward", "PERSON")], core="Ruiz's party"
    )
    assert Resolver().resolve(said).kind == "organization"


def test_a_union_named_before_its_kind_is_the_union_not_its_country():
    from factcheck.resolve import Resolver

    said = _mention("France's KTU union", "union", [("France", "GPE"), ("KTU", "ORG")], proper=True)
    found = Resolver().resolve(said)
    assert (found.name, found.kind) == ("KTU", "organization")


def test_a_news_photographer_is_a_person_not_a_medium():
    claims = attributed(
        "A news photographer told the paper that he was struck. The state news agency said two men were held."
    )
    assert [c.source_kind for c in claims] == ["person", "media"]


def test_a_body_named_by_its_members_before_an_apposition_is_named_whole():
    (c,) = attributed("Parents Against Pylons, known by its initials PAP, said the line would be buried.")
    assert (c.source, c.source_kind) == ("Parents Against Pylons", "organization")


def test_a_surname_of_two_particles_is_named_whole():
    from factcheck.resolve import _whole_surname

    assert _whole_surname("Ilse von", "Commissioner Ilse von der Aue said") == "Ilse von der Aue"
    assert _whole_surname("Tomas", "farmer Tomas de la Vega said") == "Tomas de la Vega"


def test_a_closing_quotation_mark_run_into_the_next_sentence_is_no_part_of_a_name():
    text = (
        "The publishers called the verdict “a threat to local news.”Kestrel has branded the law “unworkable,” "
        "and Kestrel insists the law cannot work."
    )
    sources = [c.source for c in attributed(text)]
    assert "Kestrel" in sources and not any(s.startswith(("”", '"')) for s in sources)


def test_a_place_set_off_after_a_body_is_not_the_speaker_named_before_it():
    from factcheck.resolve import Resolver

    said = _mention(
        "Prof. Tomas Okafor, a crop scientist with the Kestrel Seed Trust (KST), Lagos",
        "Okafor",
        [("Tomas Okafor", "PERSON"), ("the Kestrel Seed Trust", "ORG"), ("Lagos", "PERSON")],
        proper=True,
    )
    assert Resolver().resolve(said).name == "Tomas Okafor"


def test_whom_a_verb_asks_or_allows_to_say_something_has_said_nothing():
    claims = attributed("The complaint asks the judge to declare the levy void.")
    assert [(c.source, c.stance) for c in claims] == [("complaint", "demands")]
    assert attributed("The rules allow companies to tell one country that a subsidiary is a partnership.") == []
    (c,) = attributed("The senator forced the banker to admit that the fund had lost money.")
    assert c.cue == "to admit"


def test_a_call_that_convenes_or_cancels_is_no_claim():
    for text in (
        "The dockers' union called a two-week stoppage from Friday.",
        "The council called an emergency meeting after the floods.",
        "The union called off the walkout after talks with the operator.",
    ):
        assert attributed(text) == [], text
    (c,) = attributed("The minister called the stoppage reckless.")
    assert c.cue == "called" and c.source == "minister"


def test_initials_before_a_place_name_a_body_not_the_place():
    (c,) = attributed("ACLU Texas said the statute was unconstitutional.")
    assert (c.source, c.source_kind) == ("ACLU Texas", "organization")


def test_a_role_word_inside_a_bodys_name_is_no_role():
    from factcheck.resolve import affiliation_in

    role = "Harbour Pilots Executive Board chairwoman Ana Ruiz"
    assert affiliation_in(role) == "Harbour Pilots Executive Board"
    role = "an adviser to the Riverton Federation of Head Nurses (RFHN)"
    assert affiliation_in(role) == "Riverton Federation of Head Nurses"


def test_a_body_named_after_what_it_is_and_before_a_second_role_is_named_alone():
    from factcheck.resolve import affiliation_in

    role = "the governor of the coastal province Vale Alto and part of the governing bloc"
    assert affiliation_in(role) == "Vale Alto"
    assert affiliation_in("a spokesman for the German carmaker Kestrel Motors") == "Kestrel Motors"


def test_a_portfolio_or_a_continent_before_a_role_is_no_body():
    from factcheck.resolve import affiliation_in

    assert affiliation_in("Economic Planning Minister Tom Reed") is None
    assert affiliation_in("Central European leaders") is None
    assert affiliation_in("European commissioner Ana Ruiz") == "European Commission"
    assert affiliation_in("Kenyan Foreign Minister Tom Reed") == "Kenya"


def test_a_number_of_party_members_is_a_group():
    (c,) = attributed("A number of Senate Republicans argued that the plan would drain public schools.")
    assert c.source_kind == "group"


def test_a_noun_for_people_run_into_another_noun_is_for_people():
    (c,) = attributed("Headteachers warned that the grading was unfair.")
    assert c.source_kind == "group"
    (c,) = attributed("The youth movement warned that fees must not rise.")
    assert c.source_kind == "organization"


def test_a_spokesman_for_a_firm_with_a_founders_name_is_the_spokesman():
    from factcheck.resolve import Resolver

    said = _mention(
        "a spokeswoman for Belgian roaster Ana Vale", "spokeswoman", [("Belgian", "NORP"), ("Ana Vale", "ORG")]
    )
    found = Resolver().resolve(said)
    assert found.name != "Ana Vale" and found.kind == "person"


def test_a_surname_with_a_straight_apostrophe_is_the_person_named_with_a_curly_one():
    text = (
        "Interior Secretary Tom Kamau’i said the camps would close. Later, Kamau'i said: “We must protect our people.”"
    )
    assert [(c.source, c.source_kind) for c in attributed(text)] == [("Tom Kamau’i", "person")] * 2


def test_one_of_a_nationality_is_a_person_not_the_government():
    (c,) = attributed("One Eritrean interviewed by the agency said guards beat him.")
    assert (c.source, c.source_kind) == ("Eritrean", "person")


def test_a_union_of_a_place_is_the_union_not_the_places_government():
    (c,) = attributed("Kenya's nurses union said the strike would go on.")
    assert c.source_kind == "organization" and "union" in c.source


def test_one_of_them_named_is_the_person_named():
    text = "Investigators arrived at noon. One of them, Tom Reed of the Kestrel Rail Authority, called the blaze minor."
    assert [c.source for c in attributed(text)] == ["Tom Reed"]


def test_an_archive_records_field_names_are_no_speakers():
    text = "DATE: May 8 SECTION: BUSINESS LENGTH: Short\n\nThe mill will close, the company said."
    assert [c.source for c in attributed(text)] == ["company"]


def test_associated_in_a_firms_name_makes_no_medium():
    (c,) = attributed("Kestrel Associated Mills said the plant would close.")
    assert c.source_kind == "organization"


def test_a_surname_is_not_the_spokesman_whose_description_ends_on_it():
    text = (
        "A spokesman for Kestria Immigration Minister Ana Ruiz said on Tuesday that 102 migrants were moved. "
        "On Monday, Ruiz had revealed that most were moved on by bus. "
        'Tom Vale, the spokesman, told reporters: "The buses will keep running."'
    )
    assert [c.source for c in attributed(text)] == ["Tom Vale", "Ana Ruiz", "Tom Vale"]


def test_lawyers_representing_an_office_speak_for_it_whole():
    text = "Attorneys representing the Kestrel High Commissioner for Rivers (KHCR) argued that the levy was void."
    (c,) = attributed(text)
    assert c.affiliation == "Kestrel High Commissioner for Rivers" and "(" not in c.source


def test_a_cabinet_or_a_portfolio_before_a_role_is_no_body_nor_a_place_a_body_is_in():
    from factcheck.resolve import affiliation_in

    assert affiliation_in("Kenyan Trade Cabinet Secretary Tom Kamau") == "Kenya"
    assert affiliation_in("Water Resources Minister Tom Reed") is None
    assert affiliation_in("the minister for finance of Kestria") == "Kestria"
    assert affiliation_in("a spokesman for the Kestrian navy in Norland") == "Kestrian navy"


def test_a_bodys_name_cut_after_an_abbreviation_runs_on_to_its_end():
    from factcheck.resolve import _name_run_on

    whole = "Office of the U.N. Special Envoy for Rivers"
    assert _name_run_on("Office of the U.N.", whole) == whole
    assert _name_run_on("Kestrel Bank", "Kestrel Bank Governor") == "Kestrel Bank"


def test_initials_before_a_surname_tagged_alone_are_the_persons_not_the_bodys():
    from factcheck.resolve import affiliation

    said = _mention("Chairman of Kestrel Mining TK Bala", "Bala", [("Bala", "PERSON")], proper=True)
    assert affiliation(said) == "Kestrel Mining"
    said = _mention("UN envoy Tom Reed", "Reed", [("UN", "ORG"), ("Tom Reed", "PERSON")], proper=True)
    assert affiliation(said) == "UN"


def test_a_part_of_a_bodys_members_is_a_group_of_people():
    from factcheck.resolve import Resolver

    said = _mention("a part of the Kestrel Congress councillors", "part", [("Kestrel Congress", "ORG")])
    assert Resolver().resolve(said).kind == "group"


def test_many_of_whom_speak_for_the_people_named_before_them():
    (c,) = attributed("The union has 4,000 members, many of whom said they would strike.")
    assert c.source_kind == "group" and "members" in c.source


def test_a_councillors_abbreviated_title_is_no_part_of_the_name():
    (c,) = attributed("The plan passed 7-1. Coun. Mia Cole said the design was generous.")
    assert c.source == "Mia Cole" and c.cue == "said"
    text = 'Tom Hale, leader of the council, said the cuts were deep. Coun Hale said: "We would not do this."'
    assert [c.source for c in attributed(text)] == ["Tom Hale", "Tom Hale"]


def test_names_listed_after_their_titles_are_the_people_listed():
    (c,) = attributed("Councilwomen Ana Ruiz, Eva Lane and Mia Cole backed the motion.")
    assert (c.source, c.source_kind) == ("Ana Ruiz, Eva Lane and Mia Cole", "group")
    (c,) = attributed("Kestrel Premier Tom Reed and Prime Minister Ana Ruiz signed a pact on rail fares.")
    assert (c.source, c.affiliation) == ("Tom Reed and Ana Ruiz", None)


def test_councillors_who_vote_are_councillors_not_voters():
    (c,) = attributed("Kestrel town councillors voted to keep the pool open.")
    assert c.source != "voters" and "councillors" in c.source


def test_a_body_in_a_place_is_the_body_not_the_place():
    (c,) = attributed("The Town of Vale Creek Council in Perth's north said the rates would rise.")
    assert c.source == "Town of Vale Creek Council"


def test_a_hyphen_in_a_medium_s_name_makes_no_other_medium():
    claims = attributed("Al Jazeera said the pier was hit. Al-Jazeera added that the crew was safe.")
    assert [(c.source, c.source_kind) for c in claims] == [("Al Jazeera", "media")] * 2


def test_a_coastguard_is_a_body_of_the_state():
    from factcheck.resolve import affiliation_in

    assert affiliation_in("a Kestrian coastguard spokesperson") == "Kestrian coastguard"


def test_initials_before_a_bodys_initials_are_one_name():
    (c,) = attributed("The cargo was safe, the shipping firm KTA KLM told reporters.")
    assert c.source == "KTA KLM"


def test_a_news_wires_slug_is_no_part_of_a_name():
    from factcheck.resolve import Resolver

    said = _mention("UPDATE 3-Kestrel Foods", "Foods", [("UPDATE 3-Kestrel Foods", "ORG")], proper=True)
    assert Resolver().resolve(said).name == "Kestrel Foods"


def test_a_plural_word_ending_an_office_is_no_part_of_the_holders_name():
    (c,) = attributed("Kestrel Commissioner for Civil Rights Ana Ruiz said the trials were unfair.")
    assert c.source == "Ana Ruiz"


def test_people_in_the_plural_before_what_they_stand_for_are_a_bodys_name():
    from factcheck.resolve import affiliation_in

    assert affiliation_in("Kestria Lawyers for Civil Rights director Ana Ruiz") == "Kestria Lawyers for Civil Rights"


def test_a_platform_said_on_is_no_he():
    text = "Tom Vale, counsel for the singer, said on Twitter that the arrest was unlawful and he condemned the raid."
    assert [c.source for c in attributed(text)] == ["Tom Vale", "Tom Vale"]


def test_the_holder_named_after_an_owners_office_is_the_holder():
    from factcheck.resolve import Resolver

    said = _mention(
        "President Reed’s Chief Aide for Press, Tom Vale, who spoke on radio",
        "Aide",
        [("Reed’s", "PERSON"), ("Press, Tom Vale", "ORG")],
        core="President Reed’s Chief Aide for Press",
        apposition="Tom Vale, who spoke on radio",
    )
    assert Resolver().resolve(said).name == "Tom Vale"


def test_a_bodys_town_a_department_or_initials_in_brackets_are_no_part_of_the_body():
    from factcheck.resolve import affiliation_in

    assert affiliation_in("the director of the Kestrel Institute in Riverton") == "Kestrel Institute"
    assert affiliation_in("KRN Research Director Ana Ruiz") == "KRN"
    assert affiliation_in("Kestrel Medical Journal (KMJ) deputy editor Ana Ruiz") == "Kestrel Medical Journal"
    assert affiliation_in("a former Kestrel administration official") == "Kestrel administration"


def test_a_body_after_a_countrys_possessive_is_the_body_and_no_person():
    (c,) = attributed("Norvia's Blue Crescent told reporters that 40 families had lost their homes.")
    assert (c.source, c.source_kind) == ("Blue Crescent", "organization")
    (c,) = attributed("Sri Lanka's National Grain Authority announced that stocks were low.")
    assert (c.source, c.source_kind) == ("Sri Lanka's National Grain Authority", "government")


def test_a_network_that_carries_trains_or_power_is_no_broadcaster():
    rail, cartoons = attributed(
        "Network Rail warned that services would be cut. Cartoon Network announced that the show would return."
    )
    assert (rail.source, rail.source_kind) == ("Network Rail", "organization")
    assert cartoons.source_kind == "media"


def test_a_congress_or_confederation_of_unions_is_a_body_of_workers_whole():
    (c,) = attributed("The Congress of Norvian Labour Unions announced a march by two million members.")
    assert c.source_kind == "organization"
    intends, blaming = attributed(
        "The Kestrian Confederation of Labour Unions (KCLU) intends to stage a strike on Friday, blaming "
        "ministers for broken pledges."
    )
    assert intends.source == blaming.source == "Kestrian Confederation of Labour Unions"
    assert intends.source_kind == "organization"


def test_a_body_an_office_is_of_is_no_apposition_that_makes_the_holder_a_body():
    (c,) = attributed(
        "Tom Baker, the National Secretary of the Harbour Haulage and Dock workers union (HHD), has backed "
        "the choice to keep the offer from members."
    )
    assert (c.source, c.source_kind) == ("Tom Baker", "person")


def test_what_was_told_after_whom_and_when_is_the_clause_the_parser_hung_on_the_verb():
    (c,) = attributed("Ana Vale went on to remind Reed she wants him to see the victims every night.")
    assert c.content == "she wants him to see the victims every night"


def test_speaking_in_a_place_or_calling_someone_says_nothing():
    assert attributed("Tom Reed spoke quietly in court as the jury was sent out.") == []
    assert attributed("Reed spoke briefly at the hearing before the judgment was read.") == []
    assert attributed("Ana Ruiz called him on Tuesday.") == []
    assert attributed("Governor Tom Reed and his deputy called the Vale family soon after the judgment.") == []
    (c,) = attributed("Tom Reed kept calling her ''actually a very fine lawyer.''")
    assert c.cue == "calling"  # a label the parser missed: still said
    (c,) = attributed("Like the mayor, I believe in the wisdom of voters.")
    assert c.cue == "believe in"


def test_a_given_name_the_model_left_between_a_title_and_the_name_is_the_names():
    (c,) = attributed("Justice Rakesh Kumar Varma adjourned the hearing to June 3 and said the delay was regrettable.")
    assert c.source == "Rakesh Kumar Varma"


def test_a_role_phrase_in_capitals_a_degree_or_a_capital_opening_a_sentence_names_no_body():
    from factcheck.resolve import affiliation_in

    assert affiliation_in("The KBI'S counsel Tom Reed") == "KBI"
    assert affiliation_in("MD, Riverton's chief medical officer") == "Riverton"
    assert affiliation_in("Night manager for the port authority") == "port authority"
    assert affiliation_in("Acme head of staff relations") == "Acme"
    assert affiliation_in("Police spokesman") == "Police"


def test_how_a_thing_was_said_is_no_part_of_the_cue():
    (c,) = attributed("“The harvest was a fortnight off,” Ruiz said by phone.")
    assert c.cue == "said"


def test_a_name_joined_to_police_or_staff_is_a_group():
    first, second = attributed(
        "A village chief, Ali Tanjung, reported nine deaths. Tanjung and police added that three more "
        "bodies had been recovered."
    )
    assert first.source == "Ali Tanjung"
    assert (second.source, second.source_kind) == ("Tanjung and police", "group")


def test_surnames_with_a_capital_inside_are_persons_names():
    from factcheck.resolve import personal_name

    assert all(personal_name(n) for n in ["DeVane", "McKee", "O'Hara", "MacLeod", "LaRue"])
    assert not any(personal_name(n) for n in ["PayPal", "JetBlue"])
    headline, lead = attributed(
        "DeVane: Nine killed as storm batters Norland\n\nGov. Tom DeVane said on Sunday that nine people had died in the gale."
    )
    assert headline.source == lead.source == "Tom DeVane"


def test_a_one_word_name_taken_for_a_body_is_the_person_it_names_later():
    assured, said = attributed(
        "Vale assured a meeting on Monday that teachers would get their pay in dollars. Vale, head of the Kestrel "
        "Party, said the money would be found."
    )
    assert assured.source_kind == said.source_kind == "person"


def test_a_speaker_reads_on_one_line():
    (c,) = attributed("The Argentine union\nsaid the strike was on.")
    assert c.speaker == "The Argentine union"


def test_according_to_after_whom_the_speaker_told_relays_the_speakers_words():
    said = attributed("“Nobody moved toward the officers,” Reed told reporters at a press briefing, according to KTV.")
    (reed,) = [c for c in said if c.source == "Reed"]
    assert reed.via == "KTV"
    said = attributed(
        "His hands were “as cold as ice”, clinic director Tom Reed said, according to the Kestrel News Agency."
    )
    assert [c.source for c in said].count("Tom Reed") == 1  # one claim, the rule's reading of the relay


def test_a_bodys_initials_that_report_are_no_news_agency():
    (c,) = attributed("The RICS reported that demand had risen in May.")
    assert (c.source, c.source_kind) == ("RICS", "organization")


def test_a_town_in_capitals_and_its_country_before_a_colon_are_a_dateline():
    said = attributed(
        "LYON, France: French wine exports kept falling in 2023, down 4 percent on the previous year, "
        "according to customs data."
    )
    assert [c.source_kind for c in said] == ["document"]


def test_names_listed_after_a_title_or_with_titles_between_are_a_group():
    (c,) = attributed("Council Members Tom Reed, Dan Hall, Ana Ruiz and Li Wen voted in favor.")
    assert (c.source, c.source_kind) == ("Tom Reed, Dan Hall, Ana Ruiz and Li Wen", "group")
    (c,) = attributed("Fine Gael, Labour, and the Social Democrats have opposed the change.")
    assert c.source_kind == "group"
    (c,) = attributed("NORVIA'S Mines and Acting Finance Minister Tom Reed met the families, reassuring them.")
    assert c.source == "Tom Reed"  # a possessive and a portfolio are no name of a second person


def test_those_called_or_asked_to_act_say_nothing():
    assert attributed("It meant the medics called to treat the boy did not know he was allergic.") == []
    (c,) = attributed("Tom Reed on Wednesday called on Ana Ruiz to apologize to the mayor.")
    assert c.cue == "called on"


def test_a_label_given_in_quotation_marks_is_what_the_namer_says():
    (c,) = attributed("The board fought what she described as “reckless” spending before she left.")
    assert c.content == "reckless"


def test_a_name_joined_to_scores_of_people_is_a_group():
    (c,) = attributed("Vale and scores of other farmers said the scheme failed to stop the flooding.")
    assert c.source_kind == "group"


def test_the_level_of_a_governors_office_or_a_portfolio_is_no_body():
    (c,) = attributed("Provincial Governor Tom Reed said the roads were still closed.")
    assert c.affiliation is None
    from factcheck.resolve import affiliation_in

    assert affiliation_in("Business minister Ana Ruiz") is None
    assert affiliation_in("Texas Governor Tom Reed") == "Texas"


def test_a_name_ending_on_we_is_no_pronoun():
    baker, neighbour = attributed(
        "Li Weiming, 70, a baker, talked of his late wife. Next door, Wang Xiao We, 48, described her son's cough."
    )
    assert neighbour.source == "Wang Xiao We"


def test_a_title_no_one_named_before_was_given_names_someone_else():
    said = attributed(
        "Kestrel resident Ana Ruiz, a retired nurse, said she thinks the council knew. "
        '"It is not over," Ruiz said.\n\nKestrel mayor: Pipe repairs may cost $2 billion'
    )
    assert said[-1].source != "Ana Ruiz"


def test_a_name_set_off_before_the_body_it_is_of_is_one_person():
    told, said = attributed(
        "“The yard makes money,” Ron Tully, of the Harbour and General Dockers Union, told local radio. "
        "He said a walkout was possible."
    )
    assert (told.source, told.source_kind) == ("Ron Tully", "person")  # no list of him and the union
    assert said.source == "Ron Tully"


def test_one_who_speaks_after_a_group_is_one_of_them():
    said = attributed(
        "The minister was furious.\n\nAs the shift ended, many dock workers were too upset to talk.\n\n"
        'But one said: "They lied to us."'
    )
    assert said[-1].source_kind == "group"


def test_a_paper_named_for_a_people_that_reports_is_a_medium():
    (c,) = attributed("The Hindu reported on Friday that the bridge was closed.")
    assert c.source_kind == "media"
    (c,) = attributed("The Kenyan said he was tired.")
    assert c.source_kind == "person"


def test_the_nation_after_a_country_is_its_government():
    says, asked = attributed("Fiji says 12 boats sank. The Pacific nation has asked for aid.")
    assert asked.source == says.source == "Fiji"


def test_businesses_by_their_trade_or_legal_form_are_no_state_nor_document():
    (c,) = attributed("Talent agencies argue that the union misled its members.")
    assert c.source_kind == "group"
    (c,) = attributed("Another record label alleges the streaming firm cheated it.")
    assert c.source_kind == "organization"
    (c,) = attributed("Kestrel Records Limited, a firm run by a British producer, alleges the agency underpaid it.")
    assert c.source_kind == "organization"


def test_a_countrys_initials_name_its_government():
    (c,) = attributed("PNG said it had turned down the request for a longer lease.")
    assert (c.source, c.source_kind) == ("Papua New Guinea", "government")


def test_one_who_could_say_is_anyone_and_a_name_joined_to_groups_of_people_is_a_group():
    generic, one = attributed(
        'Many workers were angry. One could say the plan failed. But one said: "Nobody was honest."'
    )
    assert generic.source_kind == "anonymous"
    assert one.source_kind == "group"
    (c,) = attributed("Pigs are considered unclean by Hindus and some other religious groups.")
    assert c.source_kind == "group"


def test_offices_joined_before_one_name_are_one_persons():
    vowed, said = attributed(
        "Deputy Premier and Health Minister Lina Okafor vowed to reopen the clinics. "
        "Fisheries, Ports and Transport Secretary Ken Oda said the ferry would sail."
    )
    assert (vowed.source, vowed.source_kind) == ("Lina Okafor", "person")
    assert (said.source, said.source_kind) == ("Ken Oda", "person")
    (c,) = attributed("Senator Ana Ruiz and Mayor Tom Reed said the plan failed.")
    assert c.source_kind == "group"  # two people, each with an office


def test_a_workers_congress_is_no_legislature():
    (c,) = attributed("The Malawi Labour Congress warned that the new school fees were unfair.")
    assert c.source_kind == "organization"


def test_a_programme_is_a_body_and_a_later_she_no_programme():
    told, said = attributed(
        "Families queued for maize in Lilongwe, according to the U.N.'s Food Aid Programme. "
        '"We have not eaten since Friday," she said.'
    )
    assert told.source_kind == "organization"
    assert said.source != told.source


def test_which_after_a_date_stands_for_the_noun_before_the_date():
    (c,) = attributed("The board fined the mill for ignoring a notice in March, which told its owners to halt dumping.")
    assert (c.source, c.source_kind) == ("notice", "document")


def test_a_given_name_and_an_office_make_a_person_whatever_the_surname():
    (c,) = attributed("Harold Council, chairman of the county school board, said teachers should not carry guns.")
    assert (c.source, c.source_kind) == ("Harold Council", "person")


def test_a_participle_after_a_cue_joined_to_a_reported_passive_is_the_speakers():
    told, urged, saying = attributed(
        "Brandt told the council that the town's water supplies were secured until May but urged "
        'residents to boil water, saying that "each litre counts".'
    )
    assert saying.source == urged.source == told.source == "Brandt"


def test_a_source_the_tagger_stops_at_a_preposition_runs_through_its_object():
    slammed, saying = attributed(
        "A rights group affiliated with Reyes, Conacor, criticised the arrests, saying they were carried out "
        "by masked men."
    )
    assert saying.source == slammed.source == "Conacor"


def test_a_name_with_a_board_and_a_management_is_a_body():
    called, said, says = attributed(
        "The minister wants the board of Veltrom to explain why Veltrom management ignored the warnings. "
        '"We have asked police to guard all Veltrom power stations," he said.\n\n'
        "Meanwhile, Veltrom says repairs to its plants will take a year."
    )
    assert said.source == called.source
    assert (says.source, says.source_kind) == ("Veltrom", "organization")


def test_a_counterpart_named_after_a_comma_is_that_body():
    _, said = attributed(
        "Norland's grid operator said the outage was over. Sweden's equivalent, SVK, said it had restored "
        "40 substations."
    )
    assert (said.source, said.source_kind) == ("SVK", "organization")


def test_a_town_and_country_before_a_dash_and_a_single_quote_are_a_dateline():
    claims = attributed("Durban, South Africa — 'Nobody in this village has eaten for three days.'")
    assert all(c.source != "Durban" for c in claims)


def test_where_a_body_is_based_is_not_the_body():
    (c,) = attributed('Open Doors Now, a Dublin-based charity, wrote: "The scheme is heartless and must end."')
    assert (c.source, c.source_kind) == ("Open Doors Now", "organization")
    (c,) = attributed('Relief from Hunger, a Leeds-based NGO, said in a statement: "The cuts will cost lives."')
    assert c.source == "Relief from Hunger"


def test_a_partys_source_is_anonymous():
    said, added = attributed(
        "A senior Fine Gael source claimed the minister had lost control. The source said costs were rising."
    )
    assert said.source_kind == added.source_kind == "anonymous"


def test_what_is_believed_to_be_something_says_nothing():
    for c in attributed("Four men thought to be smugglers are led ashore at Lampedusa."):
        assert "men" not in c.source


def test_a_wing_of_a_party_is_some_of_its_members():
    (c,) = attributed("The hardline wing of the party also wants tougher checks.")
    assert c.source_kind == "group"


def test_a_firm_named_in_full_before_is_a_firm_by_its_first_word():
    (c,) = by_cue(
        "Russia revoked the licence of salmon exporter Hollis International last week, preventing the company "
        "from shipping fish. Officials cited parasites, a claim that Hollis denied.",
        "denied",
    )
    assert (c.source, c.source_kind) == ("Hollis", "organization")


def test_a_title_in_capitals_is_no_part_of_the_name():
    c = attributed(
        "Kestrel Air said it backs the plan. Chief Executive Guilhem Faure said the firm was ready to talk."
    )[-1]
    assert c.source == "Guilhem Faure"


def test_two_cities_joined_by_a_slash_are_a_dateline():
    (c,) = attributed(
        'date 2021-03-02 BERLIN/PARIS • Germany has hit back at France over new duties on cheese, saying the "deeply '
        'worrying" move was about old quarrels.'
    )
    assert c.source == "Germany"


def test_bodies_and_countries_joined_by_and_speak_together():
    (c,) = attributed("Russia, China and Iran called the embargo illegal.")
    assert (c.source, c.source_kind) == ("Russia, China and Iran", "group")
    (c,) = attributed("Greens and many Socialists welcomed the verdict.")
    assert c.source_kind == "group" and "Socialists" in c.source
    (c,) = attributed("Procter and Gamble said sales rose.")
    assert c.source_kind == "organization"


def test_a_place_the_tagger_cut_at_its_preposition_is_no_name():
    (c,) = attributed("The Congress of Trade Unions of Ghana (Cotug) said the fuel levy was a burden.")
    assert c.source == "Congress of Trade Unions of Ghana"


def test_a_lawmaker_called_by_state_and_party_is_the_one_named_before():
    called, said = attributed(
        "Senator Tom Reed called for an inquiry into the crash. The Ohio Democrat warned in a statement that track "
        "repairs had been ignored."
    )
    assert said.source == called.source == "Tom Reed"


def test_a_newspapers_name_is_a_medium():
    for c in attributed(
        "The Riverton Statesman reported that the toll road would cost $2 billion. The Kestrel Valley-Statesman "
        "said the corridor was unpopular."
    ):
        assert c.source_kind == "media"


def test_a_handful_and_a_watchdog_are_no_one_person():
    (c,) = attributed("Most banks followed the cut, but a handful have billed savers more.")
    assert c.source_kind == "group"
    (c,) = attributed("Energy watchdog Kestgem ruled that tariffs must be reviewed every quarter.")
    assert (c.source, c.source_kind) == ("Kestgem", "organization")


def test_a_name_in_full_before_whom_it_is_of_speaks_not_the_firm():
    (c,) = attributed("Tom Reed, of asset manager Netfolio, said the outlook was grim.")
    assert c.source == "Tom Reed"


def test_where_a_bank_is_based_names_no_body():
    (c,) = attributed("Rates rose by half a point, according to the Lagos-based lender's website.")
    assert c.source != "Lagos-based"


def test_one_questioned_by_detectives_is_asked_and_says_nothing():
    assert attributed("The governor was questioned by detectives twice last month.") == []
    assert attributed("Tom Reed was questioned by detectives for six hours.") == []


def test_a_title_in_initials_and_the_premier_name_who_was_named():
    (c,) = attributed("Later PS Okoth told MPs that the letters were routine.")
    assert (c.source, c.source_kind) == ("Okoth", "person")
    said = attributed("Prime Minister Tom Reed rejected the charges. The premier dismissed the case as a smear.")
    assert said[-1].source == "Tom Reed"
    said = attributed("Deputy Prime Minister Ana Ruiz said the talks failed. The premier said nothing new.")
    assert said[-1].source != "Ana Ruiz"


def test_a_bodys_owner_is_its_affiliation_and_an_age_is_none():
    (c,) = attributed("The Kestrian senate's Finance Committee backed the budget on Monday.")
    assert c.affiliation == "Kestrian senate"
    (c,) = attributed('"We will march again," said 27-year-old Niran, a student at the city\'s main university.')
    assert (c.source, c.source_kind, c.affiliation) == ("Niran", "person", None)


def test_a_center_is_a_body():
    said = attributed("The Kolo legal aid center reckons that 3,000 tenants were evicted.")
    assert said[0].source_kind == "organization"


def test_initials_of_bodies_joined_with_countries_speak_together():
    (c,) = attributed("The EU, US, Japan and Canada say Kestria arms the rebels.")
    assert c.source_kind == "group" and c.source.startswith("EU, US")


def test_a_town_with_a_papers_credit_and_its_network_is_a_dateline():
    text = "Cebu (Visayan Daily Star/ANN) - Talks between the two unions have stalled, officials said."
    assert not any(c.content.startswith("Cebu") for c in claims_of(text))


def test_a_pages_own_heading_is_no_speaker():
    assert attributed("Our Principles: The Kestrel Wire Editorial Code.") == []


def test_bodies_and_peoples_joined_are_no_side_and_ceos_are_people():
    (c,) = attributed("Activision and Sony said they would challenge the ruling.")
    assert c.affiliation != "and"
    (c,) = attributed("The CEOs told senators they would hire more moderators.")
    assert c.source_kind == "group"


def test_a_name_is_widened_to_the_acronym_that_follows_it():
    (c,) = attributed("Berlin-based campaign group Internet Privacy Watch (IPW) said the law was rushed.")
    assert c.source == "Internet Privacy Watch"


def test_a_city_named_as_its_council_is_its_government():
    (c,) = attributed("The City of Durban said it will fight the court ruling.")
    assert (c.source, c.source_kind) == ("Durban", "government")  # as "The City of Dallas" is Dallas
    (c,) = attributed("The City of Calgary has said the bridge will close in May.")
    assert (c.source, c.source_kind) == ("City of Calgary", "government")  # named so by the model


def test_a_water_company_is_a_body():
    said = attributed(
        "A spokesman for Mersey Vale Water ruled out any watering curbs. Wessex Water said its lakes were healthy."
    )
    assert (said[-1].source, said[-1].source_kind, said[-1].affiliation) == ("Wessex Water", "organization", None)


def test_a_place_its_state_and_a_date_are_a_dateline():
    (c,) = attributed("KESTREL FALLS, Ore. Mar 4 Flood warnings for 9,000 homes stayed in place, officials said.")
    assert c.content.startswith("Flood warnings")


def test_a_date_is_no_side():
    (c,) = attributed("The June 8 memo by Ambassador Tom Reed and General Ana Ruiz warned that the levee could breach.")
    assert c.affiliation is None or "June" not in c.affiliation


@pytest.mark.parametrize(
    "text",
    [
        "Primary Industries Minister Ken Oda said the ban on night trawling was fair.",
        "Insurance Commissioner Rosa Vane said the pause on premiums was lawful.",
    ],
)
def test_a_portfolio_before_an_office_is_no_side(text):
    (c,) = attributed(text)
    assert (c.source, c.source_kind, c.affiliation) == ("Ken Oda" if "Ken" in text else "Rosa Vane", "person", None)


@pytest.mark.parametrize(
    "text",
    [
        "Home Affairs and Justice Minister Ken Oda told reporters the bill would pass.",
        "Rural Affairs and Digital Minister Ken Oda told reporters the bill would pass.",
        "Minister of Health, Sport and Youth Ken Oda said the clinics would open in May.",
    ],
)
def test_portfolios_of_several_words_joined_before_one_name_are_one_person(text):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == ("Ken Oda", "person")


def test_a_state_body_of_a_country_is_the_body_not_the_country():
    said = attributed(
        "The Port Safety Authority of Peru said the harbour was shut. "
        "The Broadband Licensing Authority of Ghana has told carriers to justify the price rise."
    )
    assert [(c.source, c.source_kind) for c in said] == [
        ("Port Safety Authority of Peru", "government"),
        ("Broadband Licensing Authority of Ghana", "government"),
    ]
    (c,) = attributed("The Government of Peru said the harbour was shut.")
    assert (c.source, c.source_kind) == ("Peru", "government")


def test_a_body_named_for_a_list_of_things_is_one_body():
    (c,) = attributed("The Department for Heritage, Media and Tourism has announced a cut of a third in grants.")
    assert (c.source, c.source_kind) == ("Department for Heritage, Media and Tourism", "government")
    (c,) = attributed("The Net, Boat and Allied Crews Union said its members were stunned.")
    assert c.source == "Net, Boat and Allied Crews Union"
    (c,) = attributed("The Ministry of Defence, Kestria and Norvia said the drills were over.")
    assert c.source != "Ministry of Defence, Kestria and Norvia"  # names of their own: a list


def test_a_member_of_an_assembly_by_initials_is_the_person_named():
    (c,) = attributed("Ontario MPP Jill Marsh said the grant had been cut twice.")
    assert (c.source, c.source_kind) == ("Jill Marsh", "person")
    (c,) = attributed("Riverton MPP Jo Anders, a Green, is asking the province to hold grants where they are.")
    assert c.source == "Jo Anders"


def test_a_press_agency_tagged_a_person_is_media():
    (c,) = attributed("The catch limit went up by a tenth, Kato Press reported.")
    assert (c.source, c.source_kind) == ("Kato Press", "media")


def test_the_body_a_role_is_of_is_the_body_named_just_before():
    said = attributed(
        "The Kestrel Anglers Federation said the quota deal was a betrayal. "
        "Chief executive of the organisation Ciaran Byrne said prices at the quay would collapse."
    )
    assert said[-1].affiliation == "Kestrel Anglers Federation"
    said = attributed(
        "Acme Mining said output fell. The company's chief executive, Tom Reed, said prices would recover."
    )
    assert said[-1].affiliation == "Acme Mining"
    said = attributed(
        "The Labour Party said it would win the seat. Peter Hale, the company's chief executive, said sales were down."
    )
    assert said[-1].affiliation != "Labour Party"  # a party is no company


def test_the_body_a_role_is_of_is_not_one_spoken_of_long_before():
    filler = " ".join(["Snow lay on the hills above the port for seven days."] * 12)
    said = attributed(
        f"Acme Mining said output fell. {filler} The company's chief executive, Tom Reed, said prices would recover."
    )
    assert said[-1].affiliation != "Acme Mining"


@pytest.mark.parametrize("word", ["reinsurer", "telco"])
def test_a_name_described_as_a_business_is_a_body(word):
    (c,) = attributed(f"Kestrel Re, Europe's second-biggest {word}, said claims would rise.")
    assert (c.source, c.source_kind) == ("Kestrel Re", "organization")


def test_a_body_named_for_its_cause_is_whole():
    (c,) = attributed("Conservation group Global Wild Fund for Wetlands said that fish stocks were rising.")
    assert c.source == "Global Wild Fund for Wetlands"
    (c,) = attributed("The Kestrel Fund for Ana Ruiz said it was shocked.")
    assert c.source == "Kestrel Fund"  # a person the fund is for, no word of its name


@pytest.mark.parametrize(
    "text",
    ["Lanzarote hoteliers say the march went too far.", "Menorca landlords insist that the rules are unfair."],
)
def test_a_name_opening_a_group_of_people_keeps_its_capital(text):
    (c,) = attributed(text)
    assert c.source == " ".join(text.split()[:2])


def test_a_paper_named_for_a_sun_or_a_star_that_reports_is_media():
    (c,) = attributed("Most guests never settled the bed tax, the Kestrel Sun reports.")
    assert (c.source, c.source_kind) == ("Kestrel Sun", "media")
    (c,) = attributed("The Riverton Star said it would move its offices.")
    assert c.source_kind != "media" or c.cue != "said"  # a star that only says: no sign of a paper


def test_a_given_name_run_into_the_office_is_no_side():
    from factcheck.resolve import _before_name

    # the tagger took only "Dhradup" of the head's name: "Karma" ran into the office's words
    assert _before_name("office of trade Karma", "Karma Dhradup") == "office of trade"
    assert _before_name("Karma", "Karma Dhradup") is None
    assert _before_name("Acme Karma", "Karma Dhradup CEO") == "Acme Karma"  # a description, no name


def test_a_shadow_minister_speaks_for_no_shadow():
    (c,) = attributed("Shadow Chancellor Mel Hart said the spending plan hid a tax rise.")
    assert (c.source, c.affiliation) == ("Mel Hart", None)


def test_the_treasury_is_government_and_a_public_broadcaster_by_initials_is_media():
    (c,) = attributed("The Treasury said lower rates would fund themselves through growth.")
    assert (c.source, c.source_kind) == ("Treasury", "government")
    (c,) = attributed("Landlords will pay less tax from April, RNZ reported.")
    assert (c.source, c.source_kind) == ("RNZ", "media")


def test_a_guild_of_a_country_is_a_body():
    (c,) = attributed("The Journalists Guild of Peru condemned the arrest of two reporters.")
    assert (c.source, c.source_kind) == ("Journalists Guild of Peru", "organization")


def test_a_name_followed_by_which_is_no_person():
    (c,) = attributed("Kestrel Hill, which earns half its revenue from slot machines, said 400 shops could close.")
    assert (c.source, c.source_kind) == ("Kestrel Hill", "organization")
    (c,) = attributed("Tom Hill, who earns his living from slot machines, said 400 shops could close.")
    assert (c.source, c.source_kind) == ("Tom Hill", "person")


def test_a_body_described_then_named_is_the_name():
    (c,) = attributed("Church campaign group, HOPE, say the penalties were far too small.")
    assert (c.source, c.source_kind) == ("HOPE", "organization")


def test_pro_tempore_is_no_part_of_a_name():
    (c,) = attributed("Senate President Pro Tempore Rodrigo Ilagan Reyes said the permits should be revoked.")
    assert c.source == "Rodrigo Ilagan Reyes"


def test_a_region_a_role_covers_is_no_side_and_its_is_the_body_before():
    said = attributed(
        "The Kestrel Reporters Trust demanded that the editor be freed. "
        '"The charges are absurd," its Asia and Pacific coordinator, Samir Haddad, said.'
    )
    assert (said[-1].source, said[-1].affiliation) == ("Samir Haddad", "Kestrel Reporters Trust")
    (c,) = attributed("East Asia director Ana Ruiz said the new law was vague.")
    assert c.affiliation is None
    (c,) = attributed("Kestrel Asia chief Tom Reed said the new law was vague.")
    assert c.affiliation == "Kestrel Asia"  # a firm's arm in a region, named


def test_two_titled_names_each_of_a_state_are_a_group():
    (c,) = attributed("Representative Tom Vale of Ohio and Senator Ana Ruiz of Maine said the levy would pass.")
    assert (c.source, c.source_kind) == ("Tom Vale and Ana Ruiz", "group")
    (c,) = attributed("Tom Vale of Ohio said the levy would pass.")
    assert (c.source, c.source_kind) == ("Tom Vale", "person")


def test_an_unnamed_official_is_not_the_person_named_in_their_claim():
    said = attributed(
        "A senior Foreign Office official said that Foreign Secretary Ana Ruiz phoned both Tom Reed and "
        "Karl Brenner on Sunday to express her backing for the recount and a pact on a coalition"
    )
    assert said[0].source == "senior Foreign Office official"


def test_a_role_held_for_a_titled_person_is_the_speakers_not_the_persons():
    (c,) = attributed("Tom Reed, chief of staff to Senator Ana Ruiz, said the bill was dead.")
    assert (c.source, c.affiliation) == ("Tom Reed", "Ana Ruiz")
    (c,) = attributed(
        "Laolu Reed, the Senior Adviser on Communications to Deputy Governor Ana Ruiz, had tweeted that the deal was dead."
    )
    assert (c.source, c.source_kind, c.affiliation) == ("Laolu Reed", "person", "Ana Ruiz")
    (c,) = attributed("A spokesman for Governor Ana Ruiz said the bill was dead.")
    assert c.affiliation == "Ana Ruiz"
    (c,) = attributed("A spokesman for Mrs. Ruiz said the bill was dead.")
    assert c.affiliation == "Mrs. Ruiz"  # the title stays with the name: Mrs. Ruiz, not Mr. Ruiz


def test_a_photo_credit_does_not_make_the_next_paragraphs_name_a_medium():
    caption = "Tom Hale, head of the pilots union, talks to reporters in Riverton. Photo: Ana Lim/dpa"
    said = attributed(f'{caption}\n\n{caption}\n\n"We stay grounded," union leader Tom Hale said of the pay deal.')
    assert (said[-1].source, said[-1].source_kind) == ("Tom Hale", "person")


def test_a_committee_named_with_a_newspaper_word_is_no_medium():
    (c,) = attributed("The Independent Board for Clean Polls said turnout was low.")
    assert (c.source, c.source_kind) == ("Independent Board for Clean Polls", "organization")
    (c,) = attributed("The Independent reported that turnout was low.")
    assert c.source_kind == "media"


def test_bodies_names_the_tagger_cut_are_whole():
    (c,) = attributed("The People’s Progressive Party (PPP) said the count was rigged.")
    assert (c.source, c.affiliation) == ("People’s Progressive Party", None)
    (c,) = attributed("CNN’s Jake Tapper said the count was rigged.")
    assert (c.source, c.affiliation) == ("Jake Tapper", "CNN")
    (c,) = attributed("The Kestrel Haulage and Allied Drivers’ Union (Khadu) said 2 000 staff had walked out.")
    assert c.source == "Kestrel Haulage and Allied Drivers’ Union"  # the name, not its acronym
    (c,) = attributed("Transit Workers Union Local 412 called a walkout for Monday.")
    assert c.source == "Transit Workers Union Local 412"
    (c,) = attributed("In a statement, the Secretary of State’s Office confirmed the count was complete.")
    assert (c.source, c.source_kind) == ("Secretary of State’s Office", "government")
    (c,) = attributed("Abdul-karim al-Mahdi, leader of the insurgents, said the movement would strike more ships.")
    assert c.source == "Abdul-karim al-Mahdi"


def test_broadcasters_before_a_name_make_it_a_medium():
    said = attributed("German broadcasters ZDF said the coach had resigned. ZDF said more players were involved.")
    assert [(c.source, c.source_kind) for c in said] == [("ZDF", "media")] * 2


def test_a_plural_name_after_its_backer_is_a_group():
    (c,) = attributed("The Tehran-backed Zaidis announced that they would strike more ships.")
    assert (c.source, c.source_kind) == ("Zaidis", "group")


def test_a_department_in_capitals_is_not_whom_its_head_speaks_for():
    (c,) = attributed("Ana Ruiz, head of Global Marketing for Kestrel Freight Logistics, said demand had slowed.")
    assert c.affiliation == "Kestrel Freight Logistics"


def test_that_or_which_standing_for_a_thing_is_no_speaker():
    text = "Sales dipped, though hardly to an extent that showed the boycott had worked."
    assert all(c.source_kind == "narrator" for c in claims_of(text))
    (c,) = attributed("Officials pointed to a memo that warned of shortages.")[1:]
    assert (c.source, c.source_kind) == ("memo", "document")  # a memo says what it says


def test_it_after_the_opposition_stands_for_that_body():
    said = attributed(
        "The opposition rejected the tally as rigged and vowed to contest it.\n\n"
        "It claimed its own count gave Tom Reed most of the votes."
    )
    assert [(c.source, c.source_kind) for c in said][-1] == ("opposition", "group")


def test_bodies_listed_with_their_descriptions_are_a_group_of_their_names():
    (c,) = attributed("Acme, Kestra and Zentra all stated they would skip the strait.")
    assert (c.source, c.source_kind) == ("Acme, Kestra and Zentra", "group")
    (c,) = attributed(
        "Danish freight firm Acme, Dutch freight firm Kestra and Greek freight firm Zentra "
        "all stated they would skip the strait."
    )
    assert (c.source, c.source_kind) == ("Acme, Kestra and Zentra", "group")
    (c,) = attributed("Tom Reed, Ana Ruiz and Karl Brenner all said the vote was fair.")
    assert (c.source, c.source_kind) == ("Tom Reed, Ana Ruiz and Karl Brenner", "group")


def test_the_nationality_alone_is_the_person_just_spoken_of():
    said = attributed(
        "Tom Reed hopes his team will win the cup. Yet the Brazilian thinks the ruling would harm the sport."
    )
    assert (said[-1].source, said[-1].speaker) == ("Tom Reed", "the Brazilian")


def test_a_name_with_a_figure_is_no_one_a_he_stands_for():
    said = attributed(
        "The party told its agents to remain at the count centres until officials had signed Form-45.\n\n"
        '"The commission should release the results at once," he added.'
    )
    assert said[-1].source != "Form-45"


def test_the_company_after_a_firms_spokesman_is_that_firm_and_he_is_the_spokesman():
    said = attributed(
        "Three people were taken to hospital, according to the Riverton Health Authority.\n\n"
        "A spokeswoman for the authority said tests were under way.\n\n"
        "Kestra spokesman Tom Reed said on Monday just six stores were involved, but the company agreed to "
        "close 40 stores as a precaution. He would not say when the stores might open again."
    )
    assert [(c.source, c.source_kind) for c in said][-2:] == [("Kestra", "organization"), ("Tom Reed", "person")]
    assert said[0].source_kind == "government"  # the health authority stays a body, a public one


def test_the_role_alone_is_the_person_named_with_it():
    said = attributed(
        "Kestrel Workers Union spokesperson Tom Reed called the ruling a blow to workers.\n\n"
        "The spokesperson added that the union would march on Friday."
    )
    assert [c.source for c in said] == ["Tom Reed", "Tom Reed"]
    (c,) = attributed("Ana Ruiz said the plant was safe. The spokesman said it would reopen.")[1:]
    assert c.source == "spokesman"  # no one named a spokesman before


def test_economists_and_analysts_speak_for_their_firm():
    (c,) = attributed("Ana Ruiz, chief economist of Kestrel Bank, said rates would rise.")
    assert c.affiliation == "Kestrel Bank"
    (c,) = attributed('"Rates will fall," said Ana Ruiz, an analyst at Kestrel Capital.')
    assert c.affiliation == "Kestrel Capital"
    (c,) = attributed("Bond Analyst at Kestrel Bank Tom Reed said the peso would weaken.")
    assert (c.source, c.affiliation) == ("Tom Reed", "Kestrel Bank")


def test_a_title_after_a_bodys_name_opens_the_persons_name():
    (c,) = attributed("Managing director of Econometrica Dr Tom Reed said rates would fall.")
    assert (c.source, c.affiliation) == ("Tom Reed", "Econometrica")
    (c,) = attributed("Head of Policy of the Kestrel Institute, Dr Tom Reed in a note argued that rates would rise.")
    assert (c.source, c.affiliation) == ("Tom Reed", "Kestrel Institute")


def test_a_spokesman_of_a_body_with_its_acronym_in_brackets_is_a_person_for_the_body():
    (c,) = attributed("A Department for Transport (DfT) spokesman said walkouts were unjustified.")
    assert (c.source, c.source_kind, c.affiliation) == (
        "Department for Transport spokesman",
        "person",
        "Department for Transport",
    )


def test_the_unions_after_one_named_union_are_many_unions():
    said = attributed("The Kestrel Nurses Union said talks had failed. The unions want higher wages.")
    assert [(c.source, c.source_kind) for c in said] == [
        ("Kestrel Nurses Union", "organization"),
        ("unions", "group"),
    ]


def test_a_college_of_general_surgeons_is_a_body_not_a_person():
    (c,) = attributed("The Kestrel College of General Surgeons says doctors are leaving.")
    assert (c.source, c.source_kind) == ("Kestrel College of General Surgeons", "organization")


def test_a_body_described_then_named_after_a_dash_is_the_name():
    said = attributed(
        'The Riverton Nurses Union said it would strike. "We will not work nights," said the largest nurses’ union – KNU.'
    )
    assert [c.source for c in said] == ["Riverton Nurses Union", "KNU"]


def test_a_report_card_is_a_document():
    (c,) = attributed("Clinics are overwhelmed, according to the Kestrel Nursing Board’s yearly report card.")
    assert c.source_kind == "document"


def test_a_body_word_in_capitals_before_a_title_is_the_body_named_before():
    said = attributed(
        "The Kestrel Dental Association said clinics would close. Association President Tom Reed said dentists "
        "would stop work."
    )
    assert (said[-1].source, said[-1].affiliation) == ("Tom Reed", "Kestrel Dental Association")


def test_a_minister_of_state_in_a_department_unnamed_speaks_for_no_body():
    (c,) = attributed("Tom Reed, Minister of State in the same ministry, said the talks had collapsed.")
    assert (c.source, c.affiliation) == ("Tom Reed", None)


def test_two_names_each_with_a_who_clause_are_a_group():
    (c,) = attributed("Ana Ruiz, who placed second, and Tom Reed, who placed fourth, said the count was rigged.")
    assert (c.source, c.source_kind) == ("Ana Ruiz and Tom Reed", "group")


def test_an_analysts_field_is_no_body():
    (c,) = attributed('"Prices will rise," said independent analyst Tom Reed.')
    assert (c.source, c.affiliation) == ("Tom Reed", None)
    (c,) = attributed("Kestrel Bank analyst Tom Reed said prices would rise.")
    assert c.affiliation == "Kestrel Bank"


def test_a_name_cut_before_what_it_is_for_is_whole_where_its_acronym_spells_it():
    (c,) = attributed("The Kestrel Agency for the Protection of Rivers (APR) said the river was polluted.")
    assert c.source == "Kestrel Agency for the Protection of Rivers"


def test_a_headlines_label_before_a_colon_is_no_body():
    said = attributed("Floods: Environment Secretary Tom Reed orders dredging of canals")
    assert (said[0].source, said[0].affiliation) == ("Tom Reed", None)


def test_many_of_those_hit_are_a_group():
    (c,) = attributed("Many of those affected criticised the council for the delays.")
    assert c.source_kind == "group"


def test_president_and_ceo_before_one_name_are_one_persons_offices():
    (c,) = attributed("Acme President and CEO Tom Reed said sales fell.")
    assert (c.source, c.source_kind, c.affiliation) == ("Tom Reed", "person", "Acme")
    (c,) = attributed("Acme President Tom Reed and CEO Ana Ruiz said sales fell.")
    assert (c.source, c.source_kind) == ("Tom Reed and Ana Ruiz", "group")


def test_a_carrier_described_then_named_is_the_name():
    (c,) = attributed("Earlier, the troubled flag carrier, KX, issued a warning to crews.")
    assert (c.source, c.source_kind) == ("KX", "organization")


def test_a_firms_crew_union_is_the_union_not_the_firm():
    (c,) = attributed("KLM pilots union says walkout will go ahead")
    assert (c.source, c.source_kind, c.affiliation) == ("KLM pilots union", "organization", "KLM")


def test_an_acronym_tagged_a_person_after_a_joined_name_is_no_one():
    (c,) = attributed("The Kestrel Aviation and Allied Staff Union (Kaasu) said 2 000 staff had walked out.")
    assert (c.source, c.source_kind) == ("Kestrel Aviation and Allied Staff Union", "organization")


def test_a_flag_carrier_named_after_a_comma_is_the_airline():
    (c,) = attributed("The country's flag carrier, Kestrel Air, said flights would resume.")
    assert (c.source, c.source_kind) == ("Kestrel Air", "organization")
    (c,) = attributed("Letter carrier Tom Reed said the mail was late.")
    assert (c.source, c.source_kind) == ("Tom Reed", "person")


def test_a_plural_topic_before_a_headlines_colon_is_no_speaker():
    said = attributed("Wildfires: Forestry Minister Tom Reed orders clearing of trails")
    assert all(c.source != "wildfires" for c in said)
    (c,) = attributed("Protesters: We will not leave")
    assert (c.source, c.source_kind) == ("protesters", "group")


def test_an_inverted_saying_verb_after_a_clause_gives_the_speaker_after_it():
    # the parser joins "confirmed" to the clause before it, whose subject would then speak
    (c,) = attributed("The ferry will run again in June, confirmed the Port Authority of Kestria.")
    assert (c.source, c.cue, c.content) == (
        "Port Authority of Kestria",
        "confirmed",
        "The ferry will run again in June",
    )
    (c,) = attributed("After weeks of rain, samples from 30 wells tested clean, revealed the Water Board.")
    assert (c.source, c.cue) == ("Water Board", "revealed")
    assert c.content.endswith("samples from 30 wells tested clean")


def test_a_second_person_described_then_named_joins_the_first():
    (c,) = attributed(
        "Norvian Trade Minister Ana Ruiz and her Kestrian counterpart, Tom Reed, agreed that tariffs must fall."
    )
    assert (c.source, c.source_kind) == ("Ana Ruiz and Tom Reed", "group")
    (c,) = attributed("Ana Ruiz and the harbour master, Tom Reed, said the dock would stay shut.")
    assert (c.source, c.source_kind) == ("Ana Ruiz and Tom Reed", "group")


def test_a_name_inside_a_which_clause_is_not_the_speakers():
    (c,) = attributed("A statement from the district council of Kestria, which governs Dolvan, said the dam had held.")
    assert c.source_kind == "document" and "Dolvan" not in c.source
    assert c.affiliation == "district council of Kestria"
    (c,) = attributed("An aide, who worked for Tom Reed for a decade, said the senator would retire.")
    assert c.source != "Tom Reed"


def test_a_province_named_like_a_person_is_a_government():
    (c,) = attributed(
        "The alert went out as Norland's Kestrel Veng Province reported three fresh infections of the fever."
    )
    assert (c.source, c.source_kind) == ("Kestrel Veng Province", "government")


def test_what_a_subordinate_cue_reports_leaves_out_the_clause_it_hangs_on():
    (c,) = attributed("The alert went out as Norland's Kitui County reported three fresh infections of the fever.")
    assert c.content == "three fresh infections of the fever"


def test_a_day_after_on_is_no_part_of_the_cue_or_its_content():
    (c,) = attributed("The two ministers agreed on Thursday that the border must stay open.")
    assert (c.cue, c.content) == ("agreed", "that the border must stay open")
    (c,) = attributed("The council agreed on a new budget.")
    assert c.cue == "agreed on"


def test_this_bringing_a_figure_to_a_value_is_no_ones_count():
    said = attributed("Six lions died this year, rangers said. This brings to 19 the number of lions lost since May.")
    assert [(c.source, c.cue) for c in said] == [("rangers", "said")]


def test_a_name_a_thing_is_also_known_by_is_no_claim():
    said = attributed("Typhoid also known as enteric fever is spreading, the ministry said.")
    assert [(c.source, c.cue) for c in said] == [("ministry", "said")]


def test_a_person_from_a_countrys_ministry_speaks_for_the_ministry():
    (c,) = attributed("Tom Reed, from Norland's Department of Fisheries, says the quotas are fair.")
    assert (c.source, c.affiliation) == ("Tom Reed", "Department of Fisheries")
    (c,) = attributed("Ana Ruiz from Kestria's Ministry of Mines said the shafts were closed.")
    assert (c.source, c.source_kind, c.affiliation) == ("Ana Ruiz", "person", "Ministry of Mines")


def test_initials_before_a_portfolio_and_a_role_are_the_body_spoken_for():
    (c,) = attributed("EU fisheries policy chief Ana Ruiz said the talks had stalled.")
    assert (c.source, c.affiliation) == ("Ana Ruiz", "EU")
    (c,) = attributed("UN aid chief Tom Reed said the convoy had been stopped.")
    assert c.affiliation == "UN"


def test_scientists_speak_for_the_body_named_with_them_not_for_their_field():
    (c,) = attributed("The ward is quiet again, said Tom Reed, chief epidemiologist with the Norland Health Agency.")
    assert (c.source, c.affiliation) == ("Tom Reed", "Norland Health Agency")
    (c,) = attributed("Kestrel Lakes Reserve senior marine biologist Ana Ruiz said the otters had returned.")
    assert c.affiliation == "Kestrel Lakes Reserve"
    (c,) = attributed("Independent scientist Ana Ruiz said the soil was clean.")
    assert (c.source, c.affiliation) == ("Ana Ruiz", None)


def test_places_that_each_reported_speak_together():
    (c,) = attributed("In May, Ohio and Utah each announced a case in travellers who had returned home.")
    assert (c.source, c.source_kind) == ("Ohio and Utah", "group")


def test_a_newspapers_column_is_a_document():
    (c,) = attributed('"Silence feeds every rumour," a column in the Kestrel Evening Daily newspaper argued.')
    assert c.source_kind == "document"


def test_a_word_in_capitals_opening_a_lead_before_people_is_no_body():
    (c,) = attributed("(UPDATED) WATER officials said the reservoir was at a record low.")
    assert (c.source, c.affiliation) == ("water officials", None)
    (c,) = attributed("NATO officials said the drills would go on.")
    assert c.affiliation == "NATO"


def test_a_photo_caption_labelled_cover_speaks_nothing():
    assert attributed("(Cover: Farm ministers attend a meeting in Riverton, March 3, 2021.)") == []


def test_a_name_ending_in_today_is_a_medium():
    (c,) = attributed("The panel will visit the district on Friday, Kestria Today reported.")
    assert (c.source, c.source_kind) == ("Kestria Today", "media")


def test_a_journalist_speaks_for_the_medium_named_with_them_and_for_nothing_else():
    (c,) = attributed("Ana Ruiz, a Kestrel Press writer and reporter, said the pilot gave few details.")
    assert (c.source, c.affiliation) == ("Ana Ruiz", "Kestrel Press")
    (c,) = attributed("Award-winning journalist Ana Ruiz said the archive had been sealed.")
    assert (c.source, c.affiliation) == ("Ana Ruiz", None)
    (c,) = attributed("The Riverton columnist Tom Reed wrote that the mayor should resign.")
    assert (c.source, c.affiliation) == ("Tom Reed", None)


def test_an_airports_officer_speaks_for_the_airport():
    (c,) = attributed('"We were lucky," Tom Reed, Riverton airport head of operations, told reporters.')
    assert c.affiliation == "Riverton airport"


def test_a_ranked_officer_of_a_named_office_speaks_for_it():
    (c,) = attributed(
        "The bridge stays closed until noon, said Deputy Tom Reed of the Riverton Harbour Police Department."
    )
    assert (c.source, c.affiliation) == ("Tom Reed", "Riverton Harbour Police Department")


def test_a_head_of_a_unit_with_a_body_speaks_for_the_body():
    (c,) = attributed(
        "Ana Ruiz, head of search operations with the national mountain rescue service, told us the team was near."
    )
    assert c.affiliation == "national mountain rescue service"


def test_a_broadcasting_corporation_is_a_medium():
    (c,) = attributed("The jet had landed safely, the Norland Broadcasting Corporation said.")
    assert c.source_kind == "media"


def test_crews_responding_to_an_emergency_say_nothing():
    assert attributed("Firefighters responded to the blaze shortly after midnight.") == []
    said = attributed("The minister responded to the criticism, saying the plan was sound.")
    assert ("minister", "responded to") in [(c.source, c.cue) for c in said]


def test_a_date_after_called_on_is_no_demand():
    assert attributed("Paramedics were called on 12 June 2019 after the glider came down.") == []


def test_calling_in_help_says_nothing():
    said = attributed("Crews had called in the spare pumps as a precaution, he said.")
    assert [c.cue for c in said] == ["said"]
    assert attributed("The council called in the army to clear the drifts.") == []


def test_a_rank_before_a_bodys_role_leaves_the_body_between():
    (c,) = attributed("The deputy district police commander, Tom Reed, said the lane was open.")
    assert (c.source, c.affiliation) == ("Tom Reed", "district police")
    (c,) = attributed("Ana Ruiz, a deputy to the governor, said the vote would be held.")
    assert c.affiliation != "to"


def test_a_towns_body_is_not_named_after_the_state_set_off_after_the_town():
    (c,) = attributed("The city council of Riverton, Ore., said on Monday that the taps were safe again.")
    assert (c.source, c.source_kind) == ("city council of Riverton", "government")
    # "in" a town, the country set off after it
    (c,) = attributed("A local council in Kestrelford, UK, has proposed collecting bins once every three weeks.")
    assert (c.source, c.source_kind) == ("local council in Kestrelford", "government")
    (c,) = attributed("A hospital in Riverton, Ohio, said it would close its maternity ward.")
    assert c.source == "hospital in Riverton"


def test_a_portfolio_after_for_then_a_title_and_a_name_is_the_name_s_office():
    """ "cabinet member for civic pride Cllr Tom Hale": he holds the office, whose field comes
    after "for"; "a spokesman for Cllr Tom Hale", "a lawyer for local resident Ana Ruiz" serve them."""
    (c,) = attributed("However, cabinet member for civic pride Cllr Tom Hale defended the bin charge.")
    assert (c.source, c.source_kind) == ("Tom Hale", "person")
    (c,) = attributed("Cabinet member for housing Cllr Ana Ruiz said the scheme would save money.")
    assert c.source == "Ana Ruiz"
    (c,) = attributed("A spokesman for Cllr Tom Hale said the scheme would save money.")
    assert (c.source, c.affiliation) == ("spokesman for Cllr Tom Hale", "Tom Hale")
    (c,) = attributed("A lawyer for local resident Ana Ruiz said the claim was false.")
    assert c.affiliation == "Ana Ruiz"


def test_a_bodys_name_the_tagger_cut_after_its_country_is_whole():
    (c,) = attributed("The United States Anti-Fraud Agency claimed on Friday that the tender records had been altered.")
    assert (c.source, c.source_kind) == ("United States Anti-Fraud Agency", "government")


def test_a_given_name_after_an_offices_last_word_is_the_persons():
    (c,) = attributed("Union Minister of Rural Roads Anil Kumar Rao said the bridge had been rebuilt.")
    assert (c.source, c.affiliation) == ("Anil Kumar Rao", "Rural Roads")


def test_a_holder_named_after_an_office_of_one_word_the_parser_made_the_head_is_the_person():
    (c,) = attributed("On Monday, the Minister of Water Lena Petrova said the canal was dry.")
    assert (c.source, c.source_kind) == ("Lena Petrova", "person")
    said = attributed(
        "Later, a spokeswoman for the water minister, Ana Ruiz, said the pumps had failed.\n\n"
        "On Monday, the Minister of Water Lena Petrova said the canal was dry."
    )
    assert [c.source for c in said] == ["Ana Ruiz", "Lena Petrova"]


def test_a_title_after_for_or_to_is_the_one_served_not_the_speaker():
    said = attributed(
        "Later, a spokeswoman for the water minister, Ana Ruiz, said the pumps had failed.\n\n"
        "On Monday, the minister said the canal was dry."
    )
    assert [c.source for c in said] == ["Ana Ruiz", "minister"]
    said = attributed(
        "Ana Ruiz, an adviser to the president, said the pumps had failed. The president said the canal was dry."
    )
    assert [c.source for c in said] == ["Ana Ruiz", "president"]


def test_a_trade_ranked_by_its_output_is_a_business():
    said = attributed(
        "The No. 4 nickel producer Velmont said output had halved.\n\nVelmont said the walkout was unlawful."
    )
    assert [(c.source, c.source_kind) for c in said] == [("Velmont", "organization")] * 2
    (c,) = attributed("Film producer Tom Reed said the film would open in May.")
    assert c.source_kind == "person"


def test_which_after_a_body_of_a_person_stands_for_the_body():
    (c,) = attributed("The tax is a burden for the administration of Pedro Alves, which pledged to repeal it.")
    assert c.source_kind == "government"


def test_who_after_a_thing_stands_for_the_people_of_the_clause():
    (c,) = attributed(
        "Hundreds of farming communities sit beside the old canal, who say the dye works foul their wells."
    )
    assert c.source_kind == "group" and "communities" in c.source


def test_what_stays_unknown_is_no_ones_claim():
    assert attributed("It remained uncertain which crew lit the blaze, with accounts from the valley at odds.") == []
    (c,) = attributed("It is not certain that the ferry will sail, the harbour master said.")
    assert c.source == "harbour master"


def test_talking_to_someone_is_no_claim_but_a_colon_after_it_leads_in_a_quotation():
    said = attributed("Mayor Tom Harlan talked to reporters on Friday to confirm that the wells had run dry.")
    assert [c.cue for c in said] == ["to confirm"]
    (c,) = attributed('Ana Ruiz spoke to the Kestrel Herald: "Nobody was hurt."')
    assert c.source == "Ana Ruiz"


def test_talking_leads_in_no_paragraph_after_its_colon():
    said = attributed(
        "The mayor of Riverton, Ana Ruiz, also spoke out against the plan:\n\n"
        "Riverton, which has 40,000 people, had 600 burglaries in 2014."
    )
    assert not any("burglaries" in c.content for c in said)
    said = attributed('See Tom Reed talking about it below:\n\n"It cannot be done," he said.')
    assert [c.source for c in said] == ["Tom Reed"]


def test_a_quoted_word_of_another_cues_clause_is_not_this_cues_content():
    (refused,) = by_cue('While state officials conceded a "major" leak, they refused to reveal details.', "refused")
    assert "major" not in refused.content and "reveal details" in refused.content


def test_a_report_that_another_cue_reports_stays_its_content():
    said = attributed(
        "Village elders have complained that a mining crew dumped waste in the river, "
        "the county governor said on Tuesday, adding that an inquiry was open."
    )
    assert [(c.source, c.cue, c.via) for c in said] == [
        ("county governor", "said", None),
        ("village elders", "have complained", "county governor"),
        ("county governor", "adding", None),
    ]


def test_a_pages_bidding_has_no_speaker():
    assert attributed("Register with the Daily Ledger for free to get alerts, enjoy premium stories and more.") == []


def test_a_topic_label_before_a_headline_that_names_its_speaker_speaks_not():
    said = attributed("Harlow Dam inquiry: Villagers say warnings were ignored\n\nThe dam broke on Monday.")
    assert [c.source for c in said] == ["villagers"]
    said = attributed("FALLIN: I think he is trying to campaign as a healer.")
    assert "FALLIN" in [c.speaker for c in said]


def test_a_wires_note_to_editors_is_no_speaker():
    said = attributed(
        "(ATTN: REFILES to fix typo in paragraph 3)\n\nThe ferry docked late on Saturday, officials said."
    )
    assert [c.source for c in said] == ["officials"]


def test_a_role_in_title_case_after_a_country_is_an_official_of_it():
    (c,) = attributed("US Official: Norland Drills Were A Warning\n\nThe drills ended on Monday.")
    assert (c.source, c.source_kind, c.affiliation) == ("US official", "person", "United States")


def test_called_for_with_a_day_between_demands_and_the_participle_after_is_the_callers():
    said = attributed(
        "Governor Ana Ruiz called on Tuesday for the lottery board to halt the draw, "
        "adding that she may ask its members to explain the delay."
    )
    assert [(c.source, c.cue) for c in said] == [("Ana Ruiz", "called for"), ("Ana Ruiz", "adding")]
    assert said[0].stance == "demands"


def test_a_rocket_blasting_off_says_nothing():
    assert attributed("The new launcher blasted off at dawn.") == []
    (c,) = attributed("The senator blasted the plan as reckless.")
    assert c.cue == "blasted"


def test_what_a_cue_was_said_in_is_neither_cue_nor_content():
    (c,) = attributed("The head of the league hinted in comments to reporters that the final would move.")
    assert (c.cue, c.content) == ("hinted", "that the final would move")


def test_he_after_a_source_is_the_source_not_a_name_in_his_words():
    said = attributed(
        '"The vote is set for Friday," the source said. "Chairman of the panel Oleg Ivanov will chair the hearing," he added.'
    )
    assert [c.source_kind for c in said] == ["anonymous", "anonymous"]


def test_a_name_the_model_missed_is_there_for_a_later_she():
    (c,) = attributed("Ana Ruiz met the envoy on Monday.\n\nShe said the talks had stalled.")
    assert c.source == "Ana Ruiz"


def test_a_quotation_opened_with_a_closing_mark_is_the_speakers():
    said = attributed(
        "The mill stopped on Tuesday.\n\n"
        "”We shut the line at noon and hope to reopen on Monday,” Tom Reed, the mill's manager, told reporters."
    )
    assert [(c.source, c.quote) for c in said] == [("Tom Reed", "direct")]


def test_a_stream_of_a_launch_is_a_document():
    (c,) = attributed("The agency's livestream showed that the hatch had opened.")
    assert c.source_kind == "document"


def test_the_first_to_report_is_who_reported_it():
    (c,) = attributed("The Harbour Ledger was the first to report that the barge had sunk.")
    assert (c.source, c.content) == ("Harbour Ledger", "that the barge had sunk")


def test_a_supplier_is_a_business_and_an_academy_a_body():
    (c,) = attributed('The supplier said: "The soup poses little risk."')
    assert c.source_kind == "organization"
    (c,) = attributed("The Norland Academy of Surgeons said the scanners were unsafe.")
    assert (c.source, c.source_kind) == ("Norland Academy of Surgeons", "organization")


def test_goods_called_back_and_things_added_are_no_claims():
    assert attributed("Toymaker Velmont is recalling 9,000 dolls.") == []
    assert attributed("Some 300 kettles sold by Velmont were called back in May.") == []
    assert attributed("Dealers may have thinned the milk and added chalk to hide it.") == []
    (c,) = attributed("She recalled the night the levee broke.")
    assert c.cue == "recalled"
    (c,) = attributed('"It was a shock," he added.')
    assert c.cue == "added"


def test_a_kind_of_notice_is_no_cue():
    said = attributed("The cots were pulled, the Norland Safety Board said in a recall notice.")
    assert [c.cue for c in said] == ["said"]


def test_an_assessment_is_a_document():
    (c,) = attributed("Too many wards still lack a plan for the winter, her assessment said.")
    assert c.source_kind == "document"


def test_asking_not_to_be_named_says_nothing():
    said = attributed("A nurse, requesting anonymity, said the ward was closed.")
    assert [c.content for c in said] == ["the ward was closed"]


def test_a_body_in_capitals_opening_a_story_is_read_in_lower_case():
    (c,) = attributed("AUTHORITIES urged residents to boil tap water until the pipes are fixed.")
    assert (c.source, c.source_kind) == ("authorities", "group")


def test_a_place_with_a_small_word_inside_is_whole():
    (c,) = attributed("Ana Ruiz, the tourism chief of Sharm el Sheikh, said the beaches would reopen.")
    assert c.affiliation == "Sharm el Sheikh"


def test_one_body_the_model_tagged_as_two_joined_by_and_is_whole():
    (c,) = attributed("The quay is closed, according to the Kestrel Port Services and Marine Safety Board.")
    assert c.source == "Kestrel Port Services and Marine Safety Board"


def test_a_comment_signed_after_a_dash_run_into_its_closing_mark_is_the_signers():
    said = attributed("“The clinic shut without a word to us.”― Ana Ruiz  “We were never asked.” ― Tom Reed")
    assert [(c.source, c.cue) for c in said] == [("Ana Ruiz", "―"), ("Tom Reed", "―")]


def test_cash_withdrawn_is_no_claim_but_remarks_withdrawn_are():
    assert attributed("The clerk withdrew cash from clients' accounts for two years.") == []
    (c,) = attributed("The senator withdrew his remarks on Monday.")
    assert c.cue == "withdrew"


def test_a_statement_by_a_bodys_spokesman_speaks_for_the_body():
    (c,) = attributed("A statement by Velmont spokesman Tom Reed said the suspect had fled in May.")
    assert (c.source, c.affiliation) == ("Tom Reed", "Velmont")


def test_a_place_naming_a_body_a_statement_is_from_is_no_person():
    (c,) = attributed(
        "Two children were among the dead, according to a statement from the Riverton state fire department."
    )
    assert (c.source_kind, c.affiliation) == ("document", "Riverton state fire department")


def test_a_trade_opening_a_sentence_is_no_word_of_the_name_after_it():
    (c,) = attributed("Retailer Brightmart said its sales fell in the spring.")
    assert (c.source, c.source_kind) == ("Brightmart", "organization")
    (c,) = attributed("Bank Kestrel Norland said rates would hold.")
    assert c.source == "Bank Kestrel Norland"


def test_a_body_after_the_town_and_state_it_is_based_in_is_the_body():
    (c,) = attributed("El Paso, Texas-based Velmont Logistics said the leak was on a short stretch of the line.")
    assert (c.source, c.source_kind) == ("Velmont Logistics", "organization")


def test_official_before_a_word_in_lower_case_is_no_role():
    (c,) = attributed("Tom Reed, leader of Norland's official opposition, said the evacuation came late.")
    assert c.affiliation == "Norland's official opposition"
    (c,) = attributed("A senior ministry official said the evacuation came late.")
    assert c.affiliation == "ministry"


def test_a_body_spelled_out_in_brackets_after_its_acronym_is_no_person():
    said = attributed(  # "nan", a grandmother, in capitals
        "A spokeswoman for NAN (Navegacao Aerea de Norland) would not comment on the delays. "
        "NAN said the runway was closed for repairs, but they did confirm that two flights were diverted."
    )
    assert [(c.source, c.source_kind) for c in said] == [
        ("spokeswoman for NAN", "person"),
        ("NAN", "organization"),
        ("NAN", "organization"),
    ]


def test_a_made_object_a_headline_says_was_found_says_nothing():
    said = attributed(
        "Missing Norland jet found, all 12 aboard killed\n\n"
        "All 12 people aboard the jet were killed, the coastguard said on Monday."
    )
    assert [c.source for c in said] == ["coastguard"]


def test_a_title_before_a_name_is_no_part_of_what_was_said():
    (c,) = attributed("Later, Chairman of the Riverton Port Authority (RPA) Tomas Vell said the cranes were unsafe.")
    assert (c.source, c.content) == ("Tomas Vell", "the cranes were unsafe")
    (c,) = attributed("For her part, Secretary of the Nurses Guild, Abena Mensah said they voted to walk out.")
    assert (c.source, c.source_kind, c.content) == ("Abena Mensah", "person", "they voted to walk out")


def test_a_station_or_an_airport_tagged_a_person_is_no_later_he():
    said = attributed(
        "Tomas Vell said the strikes could go on. His comments came as he joined workers outside Waterloo Station "
        'on Saturday.\n\n"We are ready to strike again," he told the agency.'
    )
    assert [c.source for c in said][-1] == "Tomas Vell"


def test_a_name_with_a_title_in_capitals_after_it_is_a_person():
    (c,) = attributed("Fares will rise in May, according to K Ramaswamy, General Secretary, Kestria Bus Workers Union.")
    assert (c.source, c.source_kind) == ("K Ramaswamy", "person")


def test_reporting_for_duty_is_no_claim():
    assert attributed("Half of the depot crew never reported for duty after the vote.") == []
    assert [c.cue for c in attributed("Some 200 nurses failed to report to work, the hospital said.")] == ["said"]
    (c,) = attributed("She reported to the police that her bicycle had been taken.")
    assert c.content == "that her bicycle had been taken"


def test_trades_regulators_and_abbreviated_titles_name_the_right_kind():
    (c,) = attributed("The Danish drugmaker said its trial would resume in June.")
    assert c.source_kind == "organization"
    said = attributed(  # the name tagged a person's
        "Norland's health regulator, Marisol, said the syrup was safe. Marisol said it would publish the tests."
    )
    assert [(c.source, c.source_kind) for c in said] == [("Marisol", "government"), ("Marisol", "government")]
    (c,) = attributed("The KMA DG said the licences would be reviewed.")
    assert (c.source_kind, c.affiliation) == ("person", "KMA")


def test_a_page_bidding_its_reader_if_they_want_something_is_no_claim():
    assert attributed("If you wish to send us a correction, write to the editors.") == []
    (c,) = attributed("If you want to win, you have to train every day, the coach said.")
    assert c.source == "coach"


def test_people_among_those_doing_something_are_the_ones_who_do_it():
    (c,) = attributed("Teachers in the capital were among those fearing the strike will last weeks.")
    assert (c.source, c.content) == ("teachers in the capital", "the strike will last weeks")


def test_a_spaced_ellipsis_inside_a_quotation_does_not_end_its_sentence():
    said = attributed(
        "Ana Ruiz, who runs the depot, said she feared the worst. "
        "\u201cOnce the ships go elsewhere . . . they rarely come back,\u201d she said."
    )
    assert [c.content for c in said] == [
        "she feared the worst",
        "Once the ships go elsewhere . . . they rarely come back,",
    ]


def test_an_official_of_a_place_speaking_on_condition_of_anonymity_is_unnamed():
    (c,) = attributed("A local official in Kestrel province on condition of anonymity said the count was rigged.")
    assert (c.source, c.source_kind, c.affiliation) == ("anonymous sources", "anonymous", "Kestrel province")


def test_links_to_other_stories_are_no_claims():
    said = attributed(
        "The mayor said the vote was fair.\n\n"
        "PREVIOUS STORY: Mayor wins second term in Riverton\n\n"
        "Related Vote monitors question the count in Riverton\n\n"
        "Related charges were filed against two clerks, prosecutors said."
    )
    assert [c.source for c in said] == ["mayor", "prosecutors"]


def test_what_people_are_said_to_have_done_is_no_claim_of_theirs():
    said = attributed(
        "The council put the shelter numbers at 250 with 61 families said to have waited at least a week."
    )
    assert [c.source for c in said] == ["council", "unnamed source"]


def test_a_place_in_a_list_of_places_is_no_later_he():
    said = attributed(
        "The minister said clinics lacked nurses. The regions facing shortages include Limpopo, Mpumalanga "
        "and the east.\n\nHe said the regional health department was to blame."
    )
    assert [c.source for c in said] == ["minister", "minister"]


def test_those_bidden_by_a_participle_opening_the_sentence_say_nothing():
    said = attributed(
        "Already told to boost patient capacity by half, many hospitals in Riverton reached overcapacity "
        "on Sunday, Gov. Ana Ruiz said."
    )
    assert [c.source for c in said] == ["Ana Ruiz"]


def test_she_after_a_name_listed_for_men_is_that_person_when_no_one_else_is_named():
    said = attributed('Union leader Phil Okoro has called the closures urgent.\n\nShe said, "Nurses are leaving."')
    assert [c.source for c in said] == ["Phil Okoro", "Phil Okoro"]
    said = attributed("Tom Reed said the bridge was unsafe. His wife was there.\n\nShe said it would close.")
    assert said[-1].source != "Tom Reed"


def test_a_person_the_model_tagged_a_body_with_a_role_set_off_after_the_name_is_a_person():
    said = attributed(
        "The claim was confirmed in a statement by Tunde Adeyemi, the agency's director of media.\n\n"
        "According to Adeyemi, the parcels were seized on Thursday."
    )
    assert (said[-1].source, said[-1].source_kind) == ("Tunde Adeyemi", "person")


def test_two_names_the_model_split_after_one_word_for_a_business_are_one_business():
    said = attributed("Dutch retailer Hema and Blokker cut its forecast on Monday and said sales would fall.")
    assert {c.source for c in said} == {"Hema and Blokker"}
    (c,) = attributed("The retailers Tesco and Asda said prices would rise.")
    assert c.source_kind == "group"


def test_a_business_named_by_its_trade_is_no_government_though_its_name_ends_on_city():
    (c,) = attributed("Kestrel-based retailer Harbour City said the festive season would be a hard one.")
    assert (c.source, c.source_kind) == ("Harbour City", "organization")
    (c,) = attributed("Riverton City said the road would close.")
    assert c.source_kind == "government"


def test_a_body_described_by_a_word_its_name_lacks_is_not_that_body():
    said = attributed(
        "The Kestrel Weather Agency said the storm had passed. It said the rain would ease. "
        "Some 300 homes were flooded, the flood agency said."
    )
    assert [c.source for c in said] == ["Kestrel Weather Agency"] * 2 + ["flood agency"]
    said = attributed("The Kestrel Central Bank raised rates. The central bank said inflation was high.")
    assert [c.source for c in said] == ["Kestrel Central Bank"]


def test_one_official_is_someone_new_not_the_officials_before():
    said = attributed(
        "Administration officials said the plan was on track.\n\n"
        "After some delays, the dam work has met every standard, one Riverton official said."
    )
    assert said[-1].source == "Riverton official"


def test_a_td_or_an_mk_is_a_member_of_a_parliament_and_a_person():
    said = attributed(
        "Local Social Democrats TD Rory Anders has said that renters are feeling the squeeze.\n\n"
        "Anders, TD for Dublin North-West, said rents were too high."
    )
    assert [(c.source, c.source_kind) for c in said] == [("Rory Anders", "person")] * 2
    (c,) = attributed("The Riverton MK Dov Alon said the bill would pass.")
    assert (c.source, c.source_kind) == ("Dov Alon", "person")


def test_time_will_tell_is_no_one_telling():
    assert attributed("Time will tell whether prices will keep climbing as the market gets busier.") == []


def test_a_title_run_into_the_name_after_it_is_no_part_of_the_name():
    (c,) = attributed('"Something has to be done," said Coun.Ana Ruiz, who represents Ward 9.')
    assert c.source == "Ana Ruiz"


def test_a_pages_label_for_a_caption_is_no_part_of_the_speaker():
    said = attributed(
        "The army said it needed more money.\n\nImage caption Troops say they must be paid before the winter"
    )
    assert [c.source for c in said] == ["army", "Troops"]


def test_a_surname_alone_is_the_person_a_title_named_in_full_before():
    said = attributed(
        "Parliament backed Chancellor Olaf Scholz's plan for a fund in June.\n\n"
        "Scholz announced the plan in a speech to parliament."
    )
    assert (said[-1].source, said[-1].source_kind) == ("Olaf Scholz", "person")


def test_a_noun_for_people_before_a_name_is_no_part_of_the_name():
    said = attributed(
        "National Statistician Dennis Mapa said that rice prices rose 17.9 percent.\n\n"
        "Mapa said this was the highest since 2009."
    )
    assert [c.source for c in said] == ["Dennis Mapa", "Dennis Mapa"]


def test_a_countrys_leader_by_surname_in_a_headline_is_the_person_named_in_full():
    said = attributed(
        "Turkey's Ozdemir vows to tackle inflation\n\n"
        "Turkish President Mehmet Ozdemir said his government would bring prices under control."
    )
    assert [(c.source, c.source_kind) for c in said] == [("Mehmet Ozdemir", "person")] * 2


def test_who_after_a_noun_of_people_of_an_institution_is_the_people():
    (c,) = attributed("Returning students of the college who were expecting to pay $500 will now pay $1,800.")
    assert c.source == "students"


def test_a_title_and_a_name_of_four_words_of_a_police_station_is_the_person():
    (c,) = attributed(
        "OC Gopal Ganesh Biswas of the Sher-e-Bangla Nagar Police Station said students blocked the road."
    )
    assert (c.source, c.source_kind) == ("Gopal Ganesh Biswas", "person")


def test_a_weapon_fired_is_no_claim():
    assert attributed("Officers fired volleys of tear gas and rubber bullets to push protesters back.") == []
    (c,) = attributed("The senator fired off a letter to the agency demanding answers.")
    assert c.cue == "fired off"


def test_a_headline_signed_in_lower_case_after_its_colon_is_that_speakers():
    said = attributed(
        "Volcano on Kestrel Island erupts: weather agency\n\nA volcano erupted on Friday, the agency said."
    )
    assert (said[0].source, said[0].cue, said[0].content) == ("weather agency", ":", "Volcano on Kestrel Island erupts")
    assert "Volcano" not in {c.source for c in said}


def test_a_name_inside_what_a_speaker_stressed_or_referred_to_is_no_later_he():
    said = attributed(
        "Rivers warned residents about the scam.\n\n"
        "He stressed residents need to be aware that Bitcoin is not a bank.\n\n"
        '"Once the money is sent, it is gone," he said.'
    )
    assert said[-1].source != "Bitcoin"
    said = attributed(
        "He was referring to the election of Tom Vale, an ally of his rival Ana Ruiz, who won in 2017.\n\n"
        '"Last time you chose my rivals," he said.'
    )
    assert said[-1].source != "Tom Vale"


def test_a_surname_alone_is_the_person_named_in_full_before_with_a_role_after():
    said = attributed(
        "A court handed down a long sentence to Faruk Fatih Özdal, the former chief executive of the exchange.\n\n"
        "In his defence, Özdal denied having run a criminal group."
    )
    assert (said[-1].source, said[-1].source_kind) == ("Faruk Fatih Özdal", "person")


def test_a_name_the_text_calls_mr_is_a_persons():
    from factcheck.resolve import Resolver

    text = "Presidential hopeful Prabowo Subianto repeated his call. Mr Prabowo said the country had been robbed."
    assert Resolver(text=text)._called_mister("Prabowo Subianto")
    assert not Resolver(text="Goldman Sachs said profits rose.")._called_mister("Goldman Sachs")


def test_a_title_and_a_surname_mentioned_again_are_the_person_named_in_full():
    said = attributed(
        "Dr Leyla Hannbeck, chief executive of the pharmacists' association, told reporters the group was worried.\n\n"
        "Despite this, Dr Hannbeck remained sceptical.\n\nShe said that pharmacies will struggle."
    )
    assert [c.source for c in said] == ["Leyla Hannbeck", "Leyla Hannbeck"]


def test_a_pharmacy_in_a_town_is_the_pharmacy():
    (c,) = attributed("Liberty Pharmacy in Vestavia Hills says it has a long list of people waiting.")
    assert (c.source, c.source_kind) == ("Liberty Pharmacy", "organization")


def test_a_name_run_into_the_body_before_it_is_the_persons_of_that_body():
    (c,) = attributed("Professor of vaccinology at Wits University Shabir Madhi said the government failed to plan.")
    assert (c.source, c.source_kind, c.affiliation) == ("Shabir Madhi", "person", "Wits University")


def test_a_name_before_the_word_airport_is_a_place_and_no_later_he():
    said = attributed(
        "Tomas Vell, 35, landed late on Sunday at Paris' Charles de Gaulle airport after a long delay.\n\n"
        '"Nobody told us anything about the strike," he said.'
    )
    assert said[-1].source == "Tomas Vell"


def test_a_top_figure_of_a_body_is_a_person_and_figures_that_show_are_a_document():
    (c,) = attributed("A top Kestrel Water Board figure said the firm must clean the river.")
    assert (c.source_kind, c.affiliation) == ("person", "Kestrel Water Board")
    (c,) = attributed("The figures show that crime fell.")
    assert c.source_kind == "document"


def test_given_names_with_accents_or_before_another_given_name_are_part_of_the_name():
    (c,) = attributed("Undersecretary of Defense Agustín Rádiala Suástegui said the miners are trapped.")
    assert c.source == "Agustín Rádiala Suástegui"
    (c,) = attributed('"The roof fell in twice," Ana Julia Moreno, a 48-year-old farmer, told reporters.')
    assert c.source == "Ana Julia Moreno"


def test_goods_found_are_no_finding_of_words():
    said = attributed("According to port officials, officers found the cocaine after a dog alerted them.")
    assert [(c.source, c.cue) for c in said] == [("port officials", "according to")]
    (c,) = attributed("The review found that the drugs had been stolen.")
    assert c.cue == "found"


def test_a_reporter_closing_the_sentence_after_a_place_is_the_speaker():
    said = attributed(
        "Nine people were hurt in a fire at a textile mill in Kestria's northern Vale province, the Norpress news "
        "agency reported on Friday, citing a source."
    )
    reported = next(c for c in said if c.cue == "reported")
    assert reported.content.startswith("Nine people were hurt") and reported.via == "Norpress"
    citing = next(c for c in said if c.cue == "citing")
    assert (citing.source, citing.speaker) == ("Norpress", "the Norpress news agency")
    said = attributed(  # the parser reads "collided" as a participle: the sentence's verb all the same
        "Two ferries collided in fog off a port in Vale province, the Norpress news agency reported on Monday, "
        "citing a source."
    )
    assert [(c.cue, c.via) for c in said][0] == ("reported", "Norpress")


def test_subjects_on_either_side_of_a_comma_the_speaker_is_the_one_before_the_cue():
    (c,) = attributed(
        "A depot in Norland was set on fire after several tanks exploded on Monday, killing 11 workers, "
        "most of them Kestrian nationals, fire officials said."
    )
    assert c.source == "fire officials"
    (c,) = attributed("The spokesman of the rebels, Tomas Vell, said the talks would go on.")
    assert c.source == "Tomas Vell"


def test_what_befell_after_a_comma_stays_in_what_was_said():
    (c,) = attributed("A bus plunged into a gorge on Sunday, killing 30 people, most of them pilgrims, police said.")
    assert c.content.endswith("killing 30 people, most of them pilgrims")


def test_keeping_to_rules_a_found_verdict_and_a_document_seen_are_no_claims():
    (c,) = attributed("The leak was caused by a failure to observe the plant's safety procedure, officials said.")
    assert c.source == "officials"
    assert attributed("Reed was sent back to Kestria in 2019 and found guilty of bribery at a trial last spring.") == []
    (c,) = attributed("The jury found him guilty of fraud.")
    assert c.cue == "found"
    (c,) = attributed(
        '"We face a storm like no other," chief executive Tom Reed told staff in an email, a copy '
        "of which was seen by Norpress."
    )
    assert (c.source, c.content) == ("Tom Reed", "We face a storm like no other,")


def test_a_role_set_off_by_commas_before_a_body_gives_the_body():
    (c,) = attributed("Tom Reed, CEO, Velmont Clean Fuels, said in a statement that the plant would reopen.")
    assert (c.source, c.affiliation) == ("Tom Reed", "Velmont Clean Fuels")
    (c,) = attributed("Zorla Marine Fuels released a statement saying its team is focused on those injured.")
    assert c.source_kind == "organization"


def test_initials_of_an_office_and_a_place_before_a_name_are_no_part_of_it():
    (c,) = attributed('"Nine people are still missing," SP Riverton Ravi Mehta told reporters.')
    assert (c.source, c.source_kind) == ("Ravi Mehta", "person")


def test_a_spokesman_of_a_body_named_in_full_before_the_role_is_a_person():
    said = attributed(
        'A Department for Jobs and Skills spokesman said: "We will protect the budget."\n\n'
        "He added that all staff would get support."
    )
    assert {(c.source_kind, c.affiliation) for c in said} == {("person", "Department for Jobs and Skills")}
    (c,) = attributed('A Ministry for Labour and Welfare spokeswoman said: "We will protect the budget."')
    assert (c.source_kind, c.affiliation) == ("person", "Ministry for Labour and Welfare")


def test_a_news_agency_named_at_a_sentences_end_is_media():
    said = attributed(
        "The health directorate has warned of a record number of cases in August, reports news agency KNB.\n\n"
        "KNB said hospitals were full."
    )
    assert {c.source_kind for c in said if c.source == "KNB"} == {"media"}


def test_a_verb_joined_to_a_reported_clause_is_no_claim_of_the_reporter():
    (c,) = attributed(
        "Investigators say the gang smuggled about $2 million worth of rifles into Norland and ordered the attacks "
        "on two border posts."
    )
    assert c.cue == "say" and c.content.endswith("ordered the attacks on two border posts")
    said = attributed(
        "Ruiz, a veteran reformer, insists the council must publish its accounts, and has championed an audit "
        "of every department."
    )
    assert [c.cue for c in said] == ["insists", "has championed"]


def test_an_ordinance_is_a_document():
    (c,) = attributed(
        "The boat was covered by the Harbour Wardens Ordinance, which lists the duties of every ship owner in the port."
    )
    assert (c.source, c.source_kind) == ("Harbour Wardens Ordinance", "document")


def test_a_pages_list_of_tags_is_no_claim():
    assert attributed("Tags: airlines, strikes, pay talks") == []


def test_a_participle_split_from_its_auxiliary_by_a_date_is_the_reported_clauses():
    said = attributed(
        "The Kestrel News Agency (KNA) reports that the State Planning Board had on Oct. 4, 2021, approved "
        "the rebuilding of the ring road."
    )
    assert [c.cue for c in said] == ["reports"]
    assert said[0].content.endswith("approved the rebuilding of the ring road")


def test_a_structure_says_nothing_and_a_surname_like_one_still_speaks():
    assert attributed("The new Vale River Bridge opened to southbound traffic at 6 a.m. on Friday.") == []
    (c,) = attributed("Ana Bridges said the dam would hold.")
    assert c.source == "Ana Bridges"


def test_a_name_described_as_a_provider_or_ending_in_a_legal_form_is_a_business():
    (c,) = attributed("Zorica, a global provider of mining explosives, had pleaded guilty to nine charges.")
    assert c.source_kind == "organization"
    (c,) = attributed('"I looked everywhere for a union label," said Tom Mason, a retired postal letter carrier.')
    assert c.source_kind == "person"  # a carrier of letters is a person at work
    said = attributed(
        "Regulators sued the smelter Tarvo and its owners, Velo SA and Brant Ltd, over a toxic spill.\n\n"
        "Velo said it had not been notified of the suit."
    )
    # the business by the full name the text gave it before ("Velo SA"), as "Osprey" is "Osprey Airlines"
    assert (said[-1].source, said[-1].source_kind) == ("Velo SA", "organization")


def test_a_name_before_its_description_is_the_speaker():
    said = attributed(
        "Zorvanco, for years the biggest refiner in gas-rich Norland, on Monday flatly denied the claims "
        "and said the leaks were small."
    )
    assert {(c.source, c.source_kind) for c in said} == {("Zorvanco", "organization")}
    (c,) = attributed("Tom Hallam, one of the rescue drill operators, said a worker had a live link to the miners.")
    assert c.source_kind == "person"


def test_what_a_relative_clause_calls_its_noun_is_said_of_that_noun():
    said = attributed(
        "The mayor has defended a 5 per cent rise in bus fares, which a riders' group described as a "
        '"slap in the face".'
    )
    riders = next(c for c in said if c.cue == "described")
    assert riders.content.startswith("a 5 per cent rise in bus fares as a")
    (c,) = attributed('The spill at the depot, which the operator now calls a "small leak", closed two roads.')
    assert c.content.startswith("The spill at the depot a")
    (c,) = attributed("The suits were among two dozen similar suits that Ana Ruiz has filed against the hospital.")
    assert "two dozen similar suits" not in c.content


def test_a_trades_body_named_for_its_country_is_an_organization():
    (c,) = attributed("Bakers Portugal, which represents 3,000 bakeries, said the industry is watching closely.")
    assert (c.source, c.source_kind) == ("Bakers Portugal", "organization")


def test_it_is_not_the_body_its_own_words_name():
    said = attributed(
        "Velmont had pleaded guilty to nine charges. Justice Ana Ruiz said the spills were serious.\n\n"
        "It also found that Velmont's late report had slowed the clean-up."
    )
    assert said[-1].source == "unidentified speaker"


def test_a_name_over_a_blank_line_of_wrapped_copy_is_one_name():
    lines = [  # wrapped at 64 characters, every line set apart by a blank line
        "RIVERTON May 13 Construction firm Kestrel Railway",
        "Group Ltd said it won a 2.4 billion yuan contract to build a",
        "high-speed railway in Norland connecting Riverton with the city",
        "of Vale.",
        "The company, which is aiming to expand its business overseas",
        "after years of building railway networks at home, said in a",
        "regulatory filing late on Tuesday it expected to complete the",
        "project before the games. Vale, in western Norland, is one of",
        "the venues for the tournament.",
    ]
    assert attributed("\n\n".join(lines))[0].source == "Kestrel Railway Group Ltd"


def test_the_argument_a_speaker_made_is_no_part_of_the_speaker():
    (c,) = attributed("Tom Reed in his argument at the high court stated that the law was unclear.")
    assert (c.source, c.speaker) == ("Tom Reed", "Tom Reed")


def test_the_host_of_a_meeting_is_no_later_he_while_the_speaker_is_one():
    said = attributed(
        "Deputy Prime Minister Tom Reed said this at a meeting held by President Karl Vellmore.\n\n"
        '"Yes, we have reached an agreement," he said.'
    )
    assert said[-1].source == "Tom Reed"


def test_a_body_a_persons_relative_clause_names_is_not_that_person():
    said = attributed(
        "Governor Ana Ruiz, who effectively controls the authority, has called for a cancellation of the hikes.\n\n"
        "The KTA estimates it will lose $30 million per month. The authority expects the rates to bring in "
        "$316 million."
    )
    assert said[-1].source != "Ana Ruiz"


def test_what_a_rise_sees_is_no_view_and_a_pages_terms_no_claim():
    assert (
        attributed("The increases see the price of some tickets rising by almost 9%, with regulated fares up 6%.") == []
    )
    (c,) = attributed("Analysts see prices rising next year.")
    assert c.source == "analysts"
    assert attributed("By signing up, you agree to our privacy policy.") == []


def test_a_parastatal_is_a_body():
    (c,) = attributed("The parastatal has announced its intention to raise its fares.")
    assert c.source_kind == "organization"


def test_a_paper_named_again_without_its_article_is_the_paper():
    said = attributed("The Ledger reported that the vote was delayed.\n\nAccording to Ledger, the talks failed.")
    assert {(c.source, c.source_kind) for c in said} == {("Ledger", "media")}


def test_a_credit_line_for_the_report_is_no_claim():
    assert attributed("Some information for this report was provided by Norpress and KNB.") == []


def test_a_body_and_a_surname_are_the_person_named_in_full_before():
    said = attributed(
        "Velmont analyst Charlie Osheen said the cuts were overdue.\n\n"
        "Velmont's Osheen said the plans would pressure other grocers."
    )
    assert [(c.source, c.source_kind) for c in said] == [("Charlie Osheen", "person")] * 2


def test_a_date_or_an_event_cited_is_no_source():
    said = attributed("Ana Ruiz said the move was needed to tighten security, citing the March 3, 2019 floods.")
    assert next(c for c in said if c.cue == "said").source == "Ana Ruiz"


def test_an_embassy_named_again_by_its_word_is_the_body():
    said = attributed(
        "The Kestrian Embassy in Riverton on Oct. 8 announced that it had suspended visa services.\n\n"
        "The Embassy had previously slammed the arrest in a statement, saying it was deeply disturbed."
    )
    assert {c.source_kind for c in said} == {"government"}


def test_asking_not_to_be_named_is_no_claim():
    said = attributed(
        "The official told reporters that nothing had changed. The source asked not to be named because he is "
        "not authorized to speak to the media."
    )
    assert [c.cue for c in said] == ["told"]


def test_a_name_run_into_the_body_after_an_office_is_the_person_of_that_body():
    said = attributed(
        "Head of the technical analysis unit at Vale Ratings Ahmed El-Maabady told reporters that the market had "
        "already been falling.\n\nEl-Maabady added that calls for protests had cast a shadow."
    )
    assert [(c.source, c.source_kind, c.affiliation) for c in said] == [
        ("Ahmed El-Maabady", "person", "Vale Ratings")
    ] * 2
    (c,) = attributed("Deputy Inspector General of Police Harjit Singh Bedi said the police had counted 40 bodies.")
    assert c.source == "Harjit Singh Bedi"  # a word no body's before the name is a word of it


def test_cited_as_saying_is_the_cited_persons_words():
    said = attributed(
        '"Suspending trading is the better decision," Haydar Acun, a partner at Vale Capital in Riverton, was '
        "cited as saying by Norpress."
    )
    assert [(c.source, c.via) for c in said] == [("Haydar Acun", "Norpress")]
    (c,) = attributed("Norpress cited Haydar Acun as saying that the market could fall further.")
    assert (c.source, c.via) == ("Haydar Acun", "Norpress")


def test_a_participle_after_a_clause_about_a_train_is_the_reporters():
    said = attributed(
        "Reed told NBC the 40-car train was heading north, adding that he did not know how many cars had derailed."
    )
    assert {c.source for c in said} == {"Reed"}


def test_the_field_of_an_office_is_no_part_of_the_name_after_it():
    said = attributed(
        "He said Secretary of Agriculture Simon Brennan should publish a recovery scheme soon. Secretary Brennan "
        'said the department "will not fix prices" for growers.'
    )
    assert said[-1].source == "Simon Brennan"


def test_a_name_after_an_office_of_a_body_is_the_person_even_where_the_parser_heads_the_phrase_with_it():
    (c,) = attributed("Yet Leader of the Council Mary Chilufya Tembo said members must keep to the chamber's rules.")
    assert (c.source, c.source_kind, c.affiliation) == ("Mary Chilufya Tembo", "person", "Council")


def test_words_of_the_speaker_the_tagger_gave_the_content_return_to_the_speaker():
    said = attributed(
        "In a statement issued after Sunday’s march, president of the Danish Growers’ Association Joachim "
        "Lindqvist said he was disappointed that no deal was reached with the ministry. He said the talks would "
        "go on."
    )
    assert said[0].source == "Joachim Lindqvist" and said[0].affiliation == "Danish Growers’ Association"
    assert said[0].content.startswith("he was disappointed")
    assert said[-1].source == "Joachim Lindqvist"
    # a quotation before the speaker stays the content; the place before the title is the speaker's
    (c,) = attributed('"We will achieve justice in this case," Riverton police Chief Tom Reed said Monday.')
    assert (c.source, c.content) == ("Tom Reed", "We will achieve justice in this case,")


def test_an_office_owned_by_a_country_and_set_off_by_its_holders_name_is_the_holder():
    said = attributed(
        "Velland's Trade Minister, Jorge Amadi, declared a plan to cut the budget. Amadi outlined several measures."
    )
    assert [(c.source, c.affiliation) for c in said] == [("Jorge Amadi", "Velland")] * 2
    (c,) = attributed("Velland's Trade Minister declared a plan to cut the budget.")
    assert (c.source_kind, c.affiliation) == ("person", "Velland")  # no name: the office's holder still


def test_a_bullet_is_no_part_of_the_speaker_it_opens():
    said = attributed(
        "Velland defends its currency\n\n• Deputy governor: 'No basis for persistent devaluation'\n\n"
        "• Maria Osheen: Velland's actions could be 'devastating' for exports\n\n"
        '* Donald Osheen: the plan could be "harmful" for exports'
    )
    by_source = {c.source: c.source_kind for c in said if c.cue == ":"}
    assert by_source == {"deputy governor": "person", "Maria Osheen": "person", "Donald Osheen": "person"}


def test_a_photographer_credited_under_a_picture_is_no_later_he():
    said = attributed(
        "Farmers march in Narok against cheap imports. PHOTO | GEORGE KAMAU | RIVERTON MEDIA GROUP\n\n"
        "Growers have vowed to hold protests from Monday.\n\n"
        "He said that the farmers had resorted to protests because it is the only language the government "
        "understands."
    )
    assert [c.source for c in said if c.cue == "said"] == ["unidentified speaker"]


def test_a_name_owned_by_a_body_called_by_its_common_noun_is_a_person_of_it():
    (c,) = attributed(
        "Sixteen people had died at the Riverton hospital and 24 others were in the intensive care unit, the "
        "hospital’s Kamal Rashid Mughal said."
    )
    assert (c.source, c.source_kind, c.affiliation) == ("Kamal Rashid Mughal", "person", "hospital")


def test_whose_is_no_part_of_the_source():
    said = attributed("A farmer told Norpress that the seed came in sacks whose labels claimed it was certified.")
    assert "labels" in {c.source for c in said}


def test_a_name_after_two_offices_of_a_body_is_the_person_of_that_body():
    (c,) = attributed(
        "Acting Director Port Safety and CEO of the Norland Food Authority Anthony Camilleri said that inspectors "
        "have visited the site."
    )
    assert (c.source, c.source_kind, c.affiliation) == ("Anthony Camilleri", "person", "Norland Food Authority")


def test_whom_a_speaker_told_is_no_speaker():
    (c,) = attributed("It will cost the fund 30 billion roubles, the agency’s deputy head, Tomas Brill, told Norpress.")
    assert (c.source, c.affiliation, c.content) == ("Tomas Brill", "agency", "It will cost the fund 30 billion roubles")
    (c,) = attributed(
        "A warplane struck the village at dawn, killing 12 people and wounding 30 others, a militia commander, "
        "Mr Tomas Brill, told journalists."
    )
    assert c.source == "Tomas Brill" and c.content.endswith("wounding 30 others")
    (c,) = attributed(
        "The closure will cost the fund about 30 billion roubles, the deputy head of the agency, Tomas Brill, "
        "told Norpress."
    )
    assert (c.source, c.affiliation, c.content) == (
        "Tomas Brill",
        "agency",
        "The closure will cost the fund about 30 billion roubles",
    )
    # a list before the speaker keeps its last item; an age is no speaker
    (c,) = attributed("Hackers compromised 12 workstations and 10 servers, the congressional report said.")
    assert c.content == "Hackers compromised 12 workstations and 10 servers"
    (c,) = attributed("The dead included the driver, two teachers and another woman, officials said.")
    assert (c.source, c.content) == ("officials", "The dead included the driver, two teachers and another woman")
    (c,) = attributed('"We were wrong not to confront him from the start," Reed, 58, told Norpress in an interview.')
    assert c.source == "Reed"


def test_a_stock_exchange_is_a_body_not_its_countrys_government():
    (c,) = attributed("Norway’s stock exchange said it had suspended the lender from trading until the end of the day.")
    assert c.source_kind == "organization"


def test_a_comment_forms_rules_are_no_claim():
    said = attributed(
        "The minister said the inquiry would report in May.\n\nTerms of use\n\n"
        "Posting rules: Be civil to other readers, and stay away from insults.\n\n"
        "I agree with the Terms of Use"
    )
    assert [c.cue for c in said] == ["said"]


def test_officials_of_a_body_named_for_its_country_are_not_its_government():
    (c,) = attributed("Officials from the Ghana Red Cross said they had not yet counted the injured.")
    assert c.source_kind == "group" and "Red Cross" in c.source


def test_a_name_by_its_initials_is_a_person():
    said = attributed(
        "Chief Justice of Ghana K. M. Varadan said the safaris must stop. Varadan added that a panel would visit."
    )
    assert [(c.source, c.source_kind, c.affiliation) for c in said] == [("K. M. Varadan", "person", "Ghana")] * 2
    (c,) = attributed("Secretary of State John F. Reed said the embassy would stay open.")
    assert c.source == "John F. Reed"  # a given name, an initial and a surname
    (c,) = attributed("Chief Justice of Velland (CJV) K.M. Varadan said the safaris must stop.")
    assert (c.source, c.source_kind) == ("K.M. Varadan", "person")
    (c,) = attributed("Chief Justice of Velland (CJV) K.M.Varadan said the safaris must stop.")
    assert (c.source, c.source_kind, c.affiliation) == ("K.M. Varadan", "person", "Velland")


def test_a_headlines_label_for_reactions_names_no_speaker():
    said = attributed("REACTION: Maximum stake for betting machines cut to £2")
    assert said == []


def test_a_headlines_person_named_by_who_they_are_to_others_is_a_person():
    (c,) = attributed("Widow of slain ranger says the park ignored the threats")
    assert c.source_kind == "person"


def test_a_report_closing_its_sentence_after_its_cue_relays_the_speaker():
    said = attributed(
        "The harvest fell by 12 percent, the smallest crop since 1998, the ministry said, reports Norpress."
    )
    by_source = {c.source: c for c in said}
    assert by_source["ministry"].via == "Norpress"
    assert by_source["ministry"].content == "The harvest fell by 12 percent, the smallest crop since 1998"
    assert by_source["Norpress"].content == "The harvest fell by 12 percent, the smallest crop since 1998"


def test_done_according_to_a_method_is_no_ones_claim():
    said = attributed(
        "The count was carried out according to standard methodology and the results stand, the director said."
    )
    assert [c.source for c in said] == ["director"]


def test_a_speaker_set_off_before_told_is_read_up_from_the_last_word_of_the_description():
    from spacy.tokens import Doc

    from factcheck import attribute
    from factcheck.nlp import load

    # the parse the model gives such a sentence: the speaker hung on the clause as an apposition,
    # "told" with no subject of its own
    words = "Trucks are stranded at the border , Tom Reed , a journalist in the area , told Norpress .".split()
    heads = [2, 2, 16, 2, 5, 3, 5, 8, 5, 8, 11, 8, 11, 14, 12, 16, 16, 16, 16]
    deps = (
        "nsubjpass auxpass ccomp prep det pobj punct compound appos punct det appos prep det pobj punct ROOT dobj punct"
    )
    pos = "NOUN AUX VERB ADP DET NOUN PUNCT PROPN PROPN PUNCT DET NOUN ADP DET NOUN PUNCT VERB PROPN PUNCT"
    tags = "NNS VBP VBN IN DT NN , NNP NNP , DT NN IN DT NN , VBD NNP ."
    lemmas = "truck be strand at the border , Tom Reed , a journalist in the area , tell Norpress .".split()
    ents = ["O"] * 7 + ["B-PERSON", "I-PERSON"] + ["O"] * 8 + ["B-ORG", "O"]
    doc = Doc(
        load().vocab,
        words=words,
        heads=heads,
        deps=deps.split(),
        pos=pos.split(),
        tags=tags.split(),
        lemmas=lemmas,
        ents=ents,
    )
    source, content = attribute._teller_set_off(doc[16], 0)
    assert doc[source[0] : source[-1] + 1].text == "Tom Reed , a journalist in the area"
    assert doc[content[0] : content[-1] + 1].text == "Trucks are stranded at the border"


def test_a_platforms_name_closing_the_paragraph_before_is_no_initial():
    said = attributed(
        "The vessel is heading to port, the agency said in a notice on X.\n\n"
        "Ambrey, a maritime security firm, said that the ship was a container ship."
    )
    assert {c.source: c.source_kind for c in said}["Ambrey"] == "organization"


def test_a_pages_caption_of_a_picture_is_no_claim():
    for text in (
        "This Feb. 9, 2011, file photo shows pills arranged on a counter at a pharmacy in Riverton.",
        "This picture taken on March 2, 2023 shows moored fishing boats in Vale harbour.",
    ):
        assert attributed(text) == []
    # what a video, satellite images or a picture someone describes show is evidence offered
    said = attributed("A picture of the market shows stalls selling fish, residents said.")
    assert "shows" in {c.cue for c in said}
    (c,) = attributed("One video shows a car alarm blaring after two loud blasts in the distance.")
    assert c.cue == "shows"
    (c,) = attributed("Satellite images show the runway was destroyed.")
    assert c.content == "the runway was destroyed"


def test_a_newsletters_sign_up_box_is_no_claim():
    said = attributed(
        "Prices rose 3 percent, the ministry said.\n\n"
        "You can unsubscribe at any time by clicking the link at the foot of our emails. We use Postbox as our "
        "mailing service. By subscribing, you acknowledge that your information will be transferred to Postbox "
        "for processing."
    )
    assert [c.source for c in said] == ["ministry"]


def test_a_name_before_a_description_hung_on_the_clause_before_told_speaks_with_it():
    from spacy.tokens import Doc

    from factcheck import attribute
    from factcheck.nlp import load

    # the parse the model gives such a sentence: the name a conjunct of the clause's object, its
    # description an apposition to the name, "told" with no subject of its own
    words = "Locusts hit three provinces , Abdou Kamal , head of the Vale Centre , told Norpress .".split()
    heads = [1, 14, 3, 1, 3, 6, 3, 6, 6, 8, 12, 12, 9, 14, 14, 14, 14]
    deps = "nsubj ccomp nummod dobj punct compound conj punct appos prep det compound pobj punct ROOT dobj punct"
    pos = "NOUN VERB NUM NOUN PUNCT PROPN PROPN PUNCT NOUN ADP DET PROPN PROPN PUNCT VERB PROPN PUNCT"
    tags = "NNS VBD CD NNS , NNP NNP , NN IN DT NNP NNP , VBD NNP ."
    lemmas = "locust hit three province , Abdou Kamal , head of the Vale Centre , tell Norpress .".split()
    doc = Doc(
        load().vocab, words=words, heads=heads, deps=deps.split(), pos=pos.split(), tags=tags.split(), lemmas=lemmas
    )
    source, content = attribute._teller_set_off(doc[14], 0)
    assert doc[source[0] : source[-1] + 1].text == "Abdou Kamal , head of the Vale Centre"
    assert doc[content[0] : content[-1] + 1].text == "Locusts hit three provinces"


def test_a_report_closing_a_sentence_relays_the_speakers_words_though_read_as_a_noun():
    # "the news agency reports" and "local television reports" parse as noun phrases: still the reporter
    said = attributed("Dockers stopped work at the harbour, the union said, the news agency reports.")
    assert [(c.source, c.via, c.content) for c in said] == [
        ("union", "news agency", "Dockers stopped work at the harbour"),
        ("news agency", None, "Dockers stopped work at the harbour"),
    ]
    assert said[1].source_kind == "media"
    said = attributed("The mine was closed, a spokesman said, local television reports.")
    assert [(c.source, c.source_kind) for c in said] == [("spokesman", "person"), ("local television", "media")]
    assert said[0].via == "local television" and said[0].content == "The mine was closed"


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Queen told an aide that the garden party would be cancelled.", "queen"),
        ('"The garden party is cancelled," the Emperor told an aide.', "emperor"),
        ("The Crown Prince said the visit would go ahead.", "crown prince"),
        ("The Archbishop said the visit would go ahead.", "archbishop"),
    ],
)
def test_a_rank_written_in_capitals_in_place_of_its_holders_name_is_a_person(text, name):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (name, "person")


def test_a_rank_in_capitals_is_the_one_of_that_rank_named_before():
    said = attributed("King Arvid opened the bridge on Monday. Later the King said the visit would go ahead.")
    assert [(c.source, c.source_kind) for c in said] == [("King Arvid", "person")]


def test_a_bodys_name_set_off_after_its_spokesman_and_what_the_body_is_names_the_body():
    said = attributed(
        'A spokesman for the rail regulator, Railvex, told Norpress: "The line is safe." '
        "Railvex said later that it had ordered checks."
    )
    assert [(c.source, c.source_kind, c.affiliation) for c in said] == [
        ("spokesman for Railvex", "person", "Railvex"),
        ("Railvex", "government", None),
    ]
    # a spokeswoman's own name, a given name and a surname, is hers
    (c,) = attributed("A spokeswoman for the airline, Mara Quist, said the flight was cancelled.")
    assert (c.source, c.source_kind) == ("Mara Quist", "person")


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The U.S. Army Corps of Engineers said it would dredge the harbour channel next spring.", "government"),
        ("The Royal Danish Army said its patrols had found the missing hikers.", "government"),
        ("The Free Velland Army said it had retaken the town.", "organization"),
        ("The Salvation Army said it had opened shelters for the night.", "organization"),
    ],
)
def test_a_states_army_is_its_government_an_armed_groups_army_no_state(text, kind):
    (c,) = attributed(text)
    assert c.source_kind == kind


def test_officials_described_by_a_word_an_unnamed_official_lacked_are_not_that_official():
    said = attributed(
        "Some 400 households left the valley on Tuesday, a district official said.\n\n"
        "Forecast officials said they saw heavier storms ahead this week.\n\n"
        "The official said the gates would stay open."
    )
    assert [c.source for c in said] == ["district official", "Forecast officials", "district official"]
    assert said[1].source_kind == "group"


@pytest.mark.parametrize(
    "headline",
    [
        "Scores evacuated as dam threatens to give way",  # "as dam" read into the subject's phrase
        "Hundreds evacuated as levee threatens to fail",
        "Dozens stranded as river threatens to burst its banks",  # "as river" hung on "stranded"
    ],
)
def test_a_headlines_clause_after_as_has_its_own_subject_not_the_people_before(headline):
    said = attributed(f"{headline}\n\nSome 400 households left the valley on Tuesday, a district official said.")
    assert [c.source for c in said] == ["district official"]


def test_a_cue_in_a_clause_opened_by_as_has_its_own_subject():
    (c,) = attributed("Protesters gathered as police warned they would clear the square.")
    assert (c.source, c.content) == ("police", "they would clear the square")


def test_a_dash_opening_a_list_item_is_no_part_of_its_speaker():
    said = attributed(
        "The final was halted after a fire in the stands, the league said.\n\n"
        "- Reed: How much more pain can the league take?"
    )
    assert [c.source for c in said] == ["league", "Reed"]


def test_an_office_in_capitals_with_a_surname_is_that_person():
    said = attributed(
        "Minister for Culture Anna Berti warns ‘vandals will be barred from the galleries’ after two statues were "
        "damaged.\n\n“Vandals will be barred from the galleries,” said Minister for Culture Berti at a ceremony in Lyon."
    )
    assert [c.source for c in said] == ["Anna Berti", "Anna Berti"]
    (c,) = attributed(
        "“Vandals will be barred from the galleries,” said Minister for Culture Berti at a ceremony in Lyon."
    )
    assert (c.source, c.source_kind) == ("Berti", "person")
    (c,) = attributed("“Vandals will be barred from the galleries,” said Minister for Foreign Affairs at a ceremony.")
    assert (c.source, c.source_kind) == ("minister for Foreign Affairs", "person")


def test_an_acronym_in_brackets_names_the_whole_name_before_it():
    said = attributed(
        "The grain accord has stalled, with 40 shipments held up, according to the Council for Trade and "
        "Co-operation in Asia (CTCA).\n\nThe CTCA said the delays were worst at the northern ports."
    )
    assert [c.source for c in said] == ["Council for Trade and Co-operation in Asia"] * 2


def test_initials_skip_joining_words_and_a_hyphens_lower_case_half():
    from factcheck.resolve import initials

    assert initials("Council for Trade and Co-operation in Asia") == "CTCA"
    assert initials("Committee to Shield Reporters") == "CSR"
    assert initials("Kestrel Anti-Doping Office") == "KADO"


def test_by_before_the_author_of_an_estimate_is_no_part_of_the_source():
    (c,) = attributed("Some 2,500 homes were destroyed by the storm, according to estimates by the Red Cross.")
    assert (c.source, c.source_kind) == ("Red Cross", "organization")


def test_the_second_word_of_a_rank_is_no_part_of_the_name_after_it():
    said = attributed(
        "Kestrel army spokesman Maj Gen Tavor Sanmuk told reporters in Riverton that the rebels had shelled two "
        'villages.\n\n"The shelling breaks the truce," Maj Gen Tavor said.'
    )
    assert [c.source for c in said] == ["Tavor Sanmuk"] * 2
    # a given name that is a rank's word, no rank before it, is kept
    (c,) = attributed("Norland Fisheries Minister Gen Okabe said the quotas would stay.")
    assert c.source == "Gen Okabe"


def test_surnames_of_people_named_before_joined_by_and_are_a_group():
    said = attributed(
        "President Tom Reed and rebel leader Ana Lopez met on Monday. Reed and Lopez agreed to share the cabinet posts."
    )
    assert [(c.source, c.source_kind) for c in said] == [("Reed and Lopez", "group")]


def test_an_office_and_its_acronym_in_brackets_belong_to_the_name_after_them():
    said = attributed(
        "Two smugglers were held near the border, Zone Chief Senior Superintendent of Police (SSP) Hari Prasad "
        "Gyawali stated.\n\nSSP Gyawali said the men had hidden the goods in a truck."
    )
    assert [(c.source, c.source_kind) for c in said] == [("Hari Prasad Gyawali", "person")] * 2
    assert said[0].content == "Two smugglers were held near the border"  # the title no part of it


def test_a_name_the_model_cut_after_its_first_word_runs_to_the_mentions_end():
    from factcheck.resolve import _run_to_end

    text = "Zone Chief Senior Superintendent of Police (SSP) Shyam Prasad Koirala"
    assert _run_to_end("Shyam", text) == "Shyam Prasad Koirala"
    assert _run_to_end("Tom", "Tom Reed Street") == "Tom"  # a word of English ends no name


def test_a_short_name_in_capitals_amid_lower_case_is_an_acronym_not_a_transcripts_speaker():
    said = attributed(
        "Carriers Velmar and KMA KGN are sending their ships around the cape.\n\n"
        "KMA KGN also said on Sunday it would add a war risk charge on cargo to the gulf."
    )
    assert [(c.source, c.source_kind) for c in said] == [("KMA KGN", "organization")]
    said = attributed("JOE LEE: We will win this race.\n\nANA RUIZ: No, you will not.")
    assert [(c.source, c.source_kind) for c in said] == [("Joe Lee", "person"), ("Ana Ruiz", "person")]


@pytest.mark.parametrize(
    "text, source, kind",
    [
        (
            "A screenshot of the tracking site ShipWatch shows the freighter wedged across the channel.",
            None,
            "document",
        ),
        (
            "According to the Gulf Agency Company, the freighter was the third vessel in the convoy when it ran aground.",
            "Gulf Agency Company",
            "organization",
        ),
        ("Existing norms say a carrier needs 15 jets to fly abroad.", None, "document"),
        ("The U.S. Coast Guard said the slick had been contained.", "U.S. Coast Guard", "government"),
        ("Skimmers were working to collect the oil, the Riverton coast guard said.", None, "government"),
        ("Norland’s Vetrox, a dairy co-op, said on Friday that milk output would fall.", "Vetrox", "organization"),
        (
            "Denmark’s Kestrupe, the country’s largest dairy co-op, also said the impact on herds was small.",
            "Kestrupe",
            "organization",
        ),
    ],
)
def test_the_kind_of_a_source_by_its_words(text, source, kind):
    (c,) = attributed(text)
    assert c.source_kind == kind and (source is None or c.source == source)


def test_a_palace_is_a_body_and_a_pictures_credit_no_part_of_a_content():
    said = attributed(
        "King Arvid is resting well, courtiers insisted (Picture: Tom Reed Collection)\n\n"
        "Kestrel Palace revealed in March that Arvid, 70, had been treated for a heart condition.\n\n"
        "At the time, the palace said he was recovering at home."
    )
    assert said[0].content == "King Arvid is resting well"
    assert [(c.source, c.source_kind) for c in said[1:]] == [("Kestrel Palace", "organization")] * 2


def test_a_company_named_for_a_country_and_said_to_be_owned_is_a_company():
    said = attributed(
        "RIVERTON: Kestrel Australia, partly owned by Norland Airlines, said on Tuesday it had called in "
        "administrators.\n\nKestrel said its flights would go on."
    )
    assert [(c.source, c.source_kind) for c in said] == [("Kestrel Australia", "organization")] * 2


def test_a_short_name_of_a_business_named_in_full_before_is_the_business():
    (c,) = by_cue(
        "Lenders have refused to extend credit to Osprey Airlines until it raises fresh capital. Osprey has seen "
        "its flights cancelled several times by striking crews.",
        "has seen",
    )
    assert (c.source, c.source_kind) == ("Osprey Airlines", "organization")
    # a foundation is named for people as often: the name alone is the tagger's person still
    (c,) = attributed("The Kestrel Foundation gave money. Kestrel said the grant was generous.")
    assert (c.source, c.source_kind) == ("Kestrel", "person")


def test_a_scraped_dateline_glued_to_the_first_word_is_no_part_of_the_content():
    (c,) = attributed(
        "New Riverton (KNN)The head of the smuggling gang was arrested on Tuesday in Dolvan, police tell KNN."
    )
    assert c.content.startswith("The head of the smuggling gang")


def test_a_noun_for_what_a_person_does_opening_their_name_is_no_part_of_it():
    said = attributed("Grower Le Van Tho said he had struggled to find water for his orchard, the paper said.")
    assert [(c.source, c.source_kind) for c in said] == [("paper", "media"), ("Le Van Tho", "person")]


def test_a_one_word_name_of_a_company_named_with_its_legal_form_before_is_the_company():
    said = attributed(
        "Shares of Kesto Zhixing Technology Co., the largest courier in the region, fell 4 percent. The tariffs "
        'will "choke small sellers," Kesto said on its website.'
    )
    assert [(c.source, c.source_kind) for c in said] == [("Kesto Zhixing Technology Co.", "organization")]
    # a person named in the firm's name, a given name before, is the person
    (c,) = attributed("Tom Reed Ltd made the loan. Reed said it was generous.")
    assert (c.source, c.source_kind) == ("Reed", "person")


def test_an_acronym_with_a_joining_word_in_lower_case_is_a_body_though_named_first():
    from factcheck.attribute import Mention
    from factcheck.resolve import Resolver

    # the model tagged the acronym a person's name, its body named in full nowhere before
    text = "The meeting comes a fortnight after KfL decided not to renew the licence."
    at = text.index("KfL")
    said = Mention(
        spans=[(at, at + 3)], text="KfL", head="KfL", head_lemma="kfl", pronoun=False, plural=False,
        entities=[("KfL", "PERSON")], proper=True,
    )  # fmt: skip
    res = Resolver(text=text).resolve(said)
    assert (res.name, res.kind) == ("KfL", "organization")


@pytest.mark.parametrize(
    "text, name",
    [
        ("The fees are high, according to Kestrel spokesperson Ana Maria Velez.", "Ana Maria Velez"),
        (
            "There is no rise in thefts, according to Alderman JP Smith, Mayoral Committee Member for Safety.",
            "JP Smith",
        ),
        ("There is no rise in thefts, according to Alderman TK Moyo, Mayoral Committee Member for Safety.", "TK Moyo"),
    ],
)
def test_a_persons_name_after_a_role_or_an_aldermans_title(text, name):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (name, "person")


def test_a_surname_before_given_names_joined_by_a_hyphen_names_the_person():
    said = attributed(
        "Traffic chief inspector Eric Tsang Chi-ho said the two men were charged with running an unlicensed bus "
        "service.\n\nTsang added that they had been watched for months."
    )
    assert [c.source for c in said] == ["Eric Tsang Chi-ho"] * 2


@pytest.mark.parametrize(
    "text, source, kind",
    [
        (
            'The air was "unhealthy" in the city, according to KestrAir.com which tracks pollution.',
            "KestrAir.com",
            "media",
        ),
        (
            "The hygienic standard in the air was exceeded, state-run consumer watchdog Velnadzor reported.",
            "Velnadzor",
            "government",
        ),
        ("Output fell, state-owned oil company Velpetro said.", "Velpetro", "organization"),
        ("Update 10:30am Riverton Council said the roads would reopen.", "Riverton Council", "government"),
        (
            "As the ban on fishing begins tomorrow, fisheries and livestock ministry has warned of stern action.",
            "fisheries and livestock ministry",
            "government",
        ),
        (
            'One displaced tenant who, like many others, would not give her name, said: "We have nowhere to go."',
            "displaced tenant",
            "person",
        ),
        ("City hall maintains that only 40 families will be moved from the riverbank.", "city hall", "government"),
        ("Kayleigh, from Riverton, has told how she plans to wear jumpers this winter.", "Kayleigh", "person"),
        (
            "Prime Minister Tom Reed’s Cabinet agreed on a draft law at a special meeting on Monday night.",
            "Tom Reed’s Cabinet",
            "government",
        ),
        (
            "An inquiry by the district office found that the crop loss was near 80 per cent.",
            "inquiry by the district office",
            "document",
        ),
    ],
)
def test_a_sources_name_and_kind_apart_from_what_describes_stamps_places_or_owns_it(text, source, kind):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (source, kind)


def test_a_dateline_with_a_comma_before_the_agency_and_one_in_capitals_before_a_colon():
    (c,) = attributed(
        "RIVERTON, (Reuters) – Claims of attempts to fix matches during the third test were a “grave concern”, the "
        "league said yesterday."
    )
    assert c.content.startswith("Claims of attempts")
    said = attributed(
        "RIVERTON: To conserve fish stocks, the seasonal fishing ban is imposed every year since 2001. This year, the "
        "ban runs from April 15 to June 14 on the east coast."
    )
    assert said == []


def test_someone_shown_in_a_file_photo_and_a_reporters_contacts_are_no_claims():
    assert attributed("Referee Tom Reed shows a yellow card to Ana Ruiz in this file photo from the 2002 final.") == []
    said = attributed("The season opens on Friday, the agency said.\n\nTom Reed: 228-896-2320, @_tomreed")
    assert [c.source for c in said] == ["agency"]


def test_it_after_a_state_named_as_a_sentences_subject_is_that_state():
    from factcheck.attribute import Mention
    from factcheck.resolve import Resolver

    text = (
        "This photo released by the harbour police shows a trawler near the reef.\n\n"
        "Norway injected fresh tension into its row as it announced a ban on fishing in the bay."
    )
    resolver = Resolver(text=text)
    resolver.mentioned_document(0, "This photo")  # what the caption's sentence is about
    resolver.mentioned_state(text.index("Norway"), "Norway")  # the subject of the sentence the "it" is in
    at = text.index(" it ") + 1
    it = Mention(spans=[(at, at + 2)], text="it", head="it", head_lemma="it", pronoun=True, plural=False, entities=[])
    res = resolver.resolve(it)
    assert (res.name, res.kind) == ("Norway", "government")  # not the photo
    said = attributed(
        "This photo taken on May 2, 2019 and released by the harbour police allegedly shows a trawler ramming a "
        "dinghy near the reef.\n\nNorway injected fresh tension into its long row with its neighbours as it "
        "announced its yearly ban on fishing in the bay and vowed to stop boats that enter the waters."
    )
    assert [(c.source, c.source_kind) for c in said] == [("Norway", "government")] * 2


def test_the_day_after_a_speakers_noun_is_no_part_of_the_speaker():
    said = attributed(
        "Rebels on Sunday accused government forces of breaking the truce.\n\n"
        '"The violations show that the army is out of control," rebel spokesman Garang Deng Mabior said in a statement.'
    )
    assert said[0].source == "rebels"


def test_one_of_a_group_headed_on_one_is_named_as_one_of_them():
    said = attributed(
        "One of the state’s foremost marine scientists has lamented plans for marine parks as a lost opportunity, "
        "saying vital areas have been left unprotected."
    )
    assert [(c.source, c.source_kind) for c in said] == [("state’s foremost marine scientists", "person")] * 2


def test_a_title_of_courtesy_after_an_offices_acronym_is_no_part_of_the_name():
    said = attributed(
        "Briefing reporters, the Public Relations Officer (PRO) of the Riverton Police, Deputy Superintendent of "
        "Police, (DSP) Mrs Ama Kestrelson, said the victims were rescued in a joint operation.\n\n"
        "Mrs Kestrelson said two suspects were held."
    )
    assert [c.source for c in said] == ["Ama Kestrelson"] * 2


@pytest.mark.parametrize(
    "text, source, kind",
    [
        (
            "In an interview with Coastal FM News, Chairman of the Norland Road Safety Council Amos Kiprono said the "
            "limit was long overdue as it is already in force in Tanzania and Uganda.",
            "Amos Kiprono",
            "person",
        ),
        (
            "In the notice, the Transport CS warned that anyone found breaking the rules would be fined.",
            "Transport CS",
            "person",
        ),
        (
            "Meanwhile, in Riverton, an influential senator and hard-liner on trade says the port should close.",
            "influential senator and hard-liner on trade",
            "person",
        ),
        ("The mayor and governor say the bridge will reopen in May.", "mayor and governor", "group"),
        (
            "The United Nations refugee agency said that reduced rainfall had dried up the ponds.",
            "United Nations refugee agency",
            "organization",
        ),
        (
            "The Independent Roads Oversight Authority (IROA) has launched investigations into the crash.",
            "Independent Roads Oversight Authority",
            "government",  # an authority is a public body
        ),
        ('"Stay indoors after dark," read part of the legal notice.', "legal notice", "document"),
        ("Those marching on the avenues also want a new charter.", None, "group"),
        (
            "The Regional Commissioner for Lindi, Mr Adam Kestrel warned residents in the areas against dividing "
            "themselves, saying doing so would be wrong.",
            "Adam Kestrel",
            "person",
        ),
    ],
)
def test_a_speakers_name_and_kind_from_its_office_number_body_or_part(text, source, kind):
    said = attributed(text)
    assert {(c.source if source else None, c.source_kind) for c in said} == {(source, kind)}


def test_a_firm_named_for_what_it_does_the_model_took_for_a_person_is_a_firm():
    from factcheck.attribute import Mention
    from factcheck.resolve import Resolver

    text = '"This pattern is repeating itself," KBM Intelligence said in a report.'
    at = text.index("KBM")
    m = Mention(
        spans=[(at, at + 16)],
        text="KBM Intelligence",
        head="Intelligence",
        head_lemma="intelligence",
        pronoun=False,
        plural=False,
        entities=[("KBM Intelligence", "PERSON")],
    )
    res = Resolver(text=text).resolve(m)
    assert (res.name, res.kind) == ("KBM Intelligence", "organization")


def test_farmers_opening_a_paragraph_after_a_headline_are_a_group_not_the_country_named_in_them():
    said = attributed(
        "Nation World\n\nFarmers report crop losses nationwide\n\nThe rains failed again this year.\n\n"
        "NAIROBI — Farmers across several districts in Kenya said the harvest was lost."
    )
    assert [(c.source, c.source_kind) for c in said][-1] == ("farmers", "group")


def test_a_one_word_firm_the_model_took_for_a_nationality_and_named_beside_a_network_is_a_firm():
    said = attributed(
        "Customers found themselves unable to make calls on the Pelicom network on Friday. In the late afternoon, "
        "Pelicom issued a statement blaming Kestrelcom for the problems."
    )
    assert ("Pelicom", "organization") in [(c.source, c.source_kind) for c in said]


def test_an_animal_and_a_child_released_by_it_are_no_speakers():
    said = attributed(
        "A boy has died after he was attacked by a dog on his way home. The dog released the 2-year-old and ran "
        "away, police said."
    )
    assert [c.source for c in said] == ["police"]
    assert attributed("The gang released the 12-year-old on Sunday.") == []


def test_someone_quoted_by_a_broadcaster_as_confirming_something_confirms_it():
    said = attributed(
        "Tom Reed, deputy governor of Riverton for security affairs, was quoted by state broadcaster KBC as "
        "confirming the tests.\n\n"
        '"The lights in the sky were missile tests," KBC cited him as saying.'
    )
    assert [(c.source, c.cue, c.content) for c in said][0] == ("Tom Reed", "was quoted as confirming", "the tests")
    assert [c.via for c in said] == ["KBC", "KBC"]
    assert said[1].source == "Tom Reed"


def test_the_prime_minister_is_not_a_minister_of_another_portfolio_named_before():
    said = attributed(
        "Prime Minister Tom Reed spoke first. National Security Minister Ana Ruiz said the army was ready. "
        "The prime minister said the plan would work."
    )
    assert [c.source for c in said] == ["Ana Ruiz", "Tom Reed"]
    said = attributed(
        "Railway Minister Pawan Kestrel said fares may rise.\n\nThe union minister said a board meeting will be held."
    )
    assert [c.source for c in said] == ["Pawan Kestrel"] * 2  # a minister of the union's government


def test_a_given_name_introduced_as_someone_new_is_not_the_president_of_that_first_name():
    said = attributed(
        "President Mohamed Kestrel imposed a curfew on Sunday.\n\n"
        "Mohamed, a 48-year-old contractor, said the curfew is a normal step to restore security."
    )
    assert said[-1].source == "Mohamed"
    said = attributed(
        "Professor Ibrahim Kestrel, who sits on the talks committee, said no date was set.\n\n"
        '"Prisoners will be freed," Ibrahim, a retired judge, told reporters.'
    )
    assert [c.source for c in said] == ["Ibrahim Kestrel"] * 2  # described again, no one new


def test_those_accused_and_those_declining_to_be_named_make_no_claim():
    for told in ("reporters", "Coastal FM News"):
        said = attributed(
            f"Police spokesman Tom Reed told {told} that officers accused of shooting the civilians had been arrested."
        )
        assert [c.source for c in said] == ["Tom Reed"]
    assert attributed("Several officers have faced charges in recent weeks, some accused of misusing their guns.") == []
    said = attributed("The official declined to be identified. The minister declined to comment on the report.")
    assert [c.source for c in said] == ["minister"]
    said = attributed("The cleric, whom Reed accuses of masterminding the coup, denied it.")
    assert "accuses" in [c.cue for c in said]  # its object before it: one who accuses


def test_a_name_given_to_a_thing_is_no_one_a_later_he_stands_for():
    said = attributed(
        "Sgt. Ed Kestrel posted a video on X, the social media platform formerly known as Twitter.\n\n"
        "He said members of the marine unit attempted to stop a boater."
    )
    assert [c.source for c in said] == ["Ed Kestrel"]


def test_a_participle_on_a_thing_demanded_is_said_by_who_demanded_it():
    said = attributed("The opposition has demanded a repeat vote citing widespread irregularities.")
    assert [(c.source, c.content) for c in said][-1] == ("opposition", "widespread irregularities")
    assert attributed("The council recently replaced its ageing flood warning sirens with new ones.") == []


def test_a_role_and_then_another_role_and_a_name_are_one_person():
    (c,) = attributed(
        "In a statement on Facebook, senior Kestrel Party official and former Foreign Minister Tomas Brill said "
        "late Monday that police raided the home."
    )
    assert (c.source, c.source_kind) == ("Tomas Brill", "person")


def test_a_story_opening_in_capitals_keeps_an_acronym_after_the_article():
    said = attributed(
        "THE KSPCA has declined to publish the findings of its inquiry into the deaths of two horses.\n\n"
        "The KSPCA's chief inspector, Tom Reed, said no action would be taken."
    )
    assert [c.source for c in said] == ["KSPCA", "Tom Reed"]


def test_what_officials_call_something_is_the_officials_naming_it():
    (c,) = attributed(
        'With the losses has come a shake-up at the board, and what zoo officials are calling an "urgent review" of '
        "all animal-care rules."
    )
    assert c.source == "zoo officials"


def test_a_side_of_a_league_is_a_club():
    said = attributed(
        "Championship side Pretoria Kestrels announced on Saturday that it had parted company with head coach "
        "Joel Masutha.\n\nKestrels confirmed that the technical team had also left."
    )
    assert [(c.source, c.source_kind) for c in said] == [("Pretoria Kestrels", "organization")] * 2


def test_a_given_name_between_a_noun_for_a_person_and_a_surname_tagged_alone_is_kept():
    (c,) = attributed(
        "SAN FRANCISCO (AP) - Actress Felicity Hartman has admitted paying a consultant to fix her daughter's "
        "exam scores."
    )
    assert c.source == "Felicity Hartman"
    (c,) = attributed("Clinton, 35, the daughter of former President Bill Clinton, said the girl was born in 2014.")
    assert c.source == "Clinton"  # not her father, named in her description


def test_a_contraction_cut_off_its_word_is_no_speaker():
    assert attributed("They are not among those who’ve agreed to plead guilty.") == []


def test_a_body_named_with_and_and_spelled_by_its_initials_is_one_body_and_its_officer_speaks():
    (c,) = attributed(
        "Kestrel Universities and Colleges Central Placement Service (KUCCPS) Chief Executive Officer John Muraguri "
        "said his office was the only body allowed to place students."
    )
    assert (c.source, c.affiliation) == (
        "John Muraguri",
        "Kestrel Universities and Colleges Central Placement Service",
    )


def test_a_verb_joined_by_but_with_a_named_subject_of_its_own_is_that_subjects():
    said = attributed(
        "The Minority Leader, Senator Phillip Kestrel, raised a motion on the rising kidnappings but Lawan ruled "
        "him out of order."
    )
    assert ("Lawan", "ruled") in [(c.source, c.cue) for c in said]


@pytest.mark.parametrize(
    "text, source, kind",
    [
        (
            "Sr Veronique Kestrel, president of a grouping of religious orders, said the report was a shock.",
            "Veronique Kestrel",
            "person",
        ),
        ("The unsigned court opinion said reputation is a right.", "unsigned court opinion", "document"),
        ("A medical examiner ruled that he died of respiratory failure.", "medical examiner", "person"),
        ("New York TV station Kestrel 7 reported that he died.", "Kestrel 7", "media"),
        ("A local radio station reported that two people died.", "local radio station", "media"),
        ("The power station said output fell.", "power station", "organization"),
    ],
)
def test_a_sisters_title_a_courts_opinion_an_examiner_and_a_tv_station(text, source, kind):
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == (source, kind)


def test_a_clubs_league_is_no_camp_it_belongs_to():
    (c,) = attributed("Championship side Pretoria Kestrels announced that it had parted company with the coach.")
    assert (c.source_kind, c.affiliation) == ("organization", None)  # not its "side"


def test_a_verb_joined_to_a_cue_after_an_aside_in_dashes_keeps_the_first_subject():
    said = attributed(
        "Kestrov - who is not a member of parliament and lost a court challenge last month - maintains that he "
        "was cheated of victory by the electoral board and says the president lacks legitimacy."
    )
    assert [c.source for c in said] == ["Kestrov", "Kestrov"]


def test_a_town_before_a_colon_opening_the_first_paragraph_after_the_headline_is_a_dateline():
    said = attributed(
        "Five sacks of fake notes found in Kestrod house\n\n"
        "The police team with the fake notes. Photo: Special Arrangement\n\n"
        "Kasaragod: Police have seized five sacks of fake currencies of the demonetised Rs 1,000 notes from a house "
        "at Badiadka in Kasaragod.\n\n"
        "The house belongs to one Shafi, who rented it out to two persons, said Badiadka sub-inspector K P Vinod "
        "Kumar.\n\nVinod Kumar said the notes were fake. He said one suspect was local while another hailed from "
        "Kestrel County."
    )
    assert [c.source for c in said] == ["K P Vinod Kumar"] * 3


def test_what_some_were_deemed_and_an_office_before_a_name_and_a_wire_agency():
    said = attributed(
        'The agency cited the plant for 18 violations, 16 of them considered serious and one labeled "willful."\n\n'
        "Just 26 of those confirmed dead have been identified, Xinhua said."
    )
    assert [c.source for c in said] == ["agency", "Xinhua"]
    (c,) = attributed(
        "Palghar Superintendent of Police Manjunath Kestrel told reporters that the fire was under control."
    )
    assert c.source == "Manjunath Kestrel"
    (c,) = attributed("Five people were injured in the violence, IANS reported.")
    assert c.source_kind == "media"


def test_a_name_right_after_where_it_is_based_is_a_business():
    (c,) = attributed("Berlin-based Velmora Mobility said it was disappointed with the result.")
    assert (c.source, c.source_kind) == ("Velmora Mobility", "organization")
    (c,) = attributed("London-based artist Tom Reed said he was disappointed.")
    assert (c.source, c.source_kind) == ("Tom Reed", "person")


def test_a_stocks_ticker_in_brackets_is_no_speakers_label():
    assert attributed("Kestrel Bancorp (NYSE:KBC) shares fell 2% on Monday.") == []


def test_a_firm_set_before_the_trade_it_leads_is_a_firm_and_a_worker_of_that_trade_a_person():
    (c,) = attributed(
        "Hyosung Suzuki Kenya (HSK), the country’s largest car maker, said on Friday it would call back 4,210 cars."
    )
    assert (c.source, c.source_kind) == ("Hyosung Suzuki Kenya", "organization")
    (c,) = attributed("Grace Wanjiru, a charcoal trader, said the ban would hurt her.")
    assert (c.source, c.source_kind) == ("Grace Wanjiru", "person")


def test_goods_or_envoys_recalled_in_the_passive_remember_nothing():
    said = attributed(
        "Two older vans, which were recalled over a loose seat belt bolt, were also listed, a ministry said."
    )
    assert [c.cue for c in said] == ["said"]
    said = attributed(
        'He said rangers had been armed last year but the guns were recalled because of "misuse", a reference to '
        "poaching."
    )
    assert [c.cue for c in said] == ["said"]


def test_a_platform_the_model_took_for_a_person_is_no_she():
    said = attributed(
        "The singer Temi Adeyemi went on Twitter and said the concert in Kestria was off.\n\n"
        '"I am sorry to everyone who bought a ticket," she wrote on Twitter.'
    )
    assert said[-1].cue == "wrote" and said[-1].source != "Twitter"


def test_a_town_after_a_persons_name_and_age_is_no_he():
    said = attributed(
        "Tom Fenwick, aged 47, of Bransford, near Ripon, was among those told the show was off.\n\n"
        "He says the booking site is powerless."
    )
    assert said[-1].source == "Tom Fenwick"


def test_a_body_named_international_or_quoting_a_title_in_the_first_person_is_no_person():
    (c,) = attributed(
        "The worker was found in a locked room on Monday.\n\nKestrel International said she had not been paid for "
        "months."
    )
    assert c.source_kind == "organization"
    said = attributed(
        "Oxfam accused the government of failing to protect farm workers.\n\n"
        'In a report called "My days are not my own", Oxfam spoke of "grim accounts of unpaid work".'
    )
    assert [c.source_kind for c in said] == ["organization"] * 2


def test_a_charge_and_a_policy_are_documents():
    said = attributed(
        "One charge said the man locked the worker in a shed for a week.\n\nThe policy prohibits people from working "
        "in open fields between noon and 3pm."
    )
    assert [c.source_kind for c in said if c.source in {"charge", "policy"}] == ["document", "document"]


def test_a_quotation_going_on_is_the_main_speakers_not_one_in_a_relative_clause():
    said = attributed(
        '"He was a prisoner in that house," Judge Ana Woodcock said, referring to Tom Lane, who told the jury he '
        'had been "starved".\n\n'
        '"I am sure the accused did lock him up and beat him as charged."'
    )
    assert said[-1].content.startswith("I am sure") and said[-1].source == "Ana Woodcock"


def test_a_time_stamp_after_a_byline_is_no_claim():
    said = attributed(
        "Desk ReporterUpdated: Friday, May 16, 2025, 07:15 AM IST\n\nA landlord was fined on Monday for ignoring "
        "repair orders, the court heard."
    )
    assert [c.source for c in said] == ["court"]


def test_a_spokeswoman_for_a_minister_is_not_the_last_speakers():
    said = attributed(
        "The plan may be dropped, the economy ministry said last month.\n\n"
        "Vogt will push for a deal, Lena Hahn, a spokeswoman for the transport minister, told reporters."
    )
    assert said[-1].source == "Lena Hahn" and said[-1].affiliation != "economy ministry"
    (c,) = attributed(
        'A spokesman for Health Minister Tom Reed told the paper: "We will not add a tax on soft drinks."'
    )
    assert c.affiliation == "Tom Reed"
    said = attributed(
        "Kestrian grid operator Red Energía said power could take 10 hours to return.\n\n"
        "Voltage was being restored in the north, the company said."
    )
    assert [(c.source, c.source_kind) for c in said] == [("Red Energía", "organization")] * 2


def test_news_services_are_media_and_an_accented_name_after_a_role_acronym_is_a_person():
    (c,) = attributed("The Kestrel Turnpike Commission voted to raise tolls, news services reported.")
    assert c.source_kind == "media"
    (c,) = attributed("Aontú TD Dónal Mórán said commuters would pay more.")
    assert (c.source, c.source_kind) == ("Dónal Mórán", "person")


def test_a_firm_named_for_another_of_the_speakers_surname_keeps_its_whole_name():
    (c,) = attributed('Paul Hart, fleet manager at removals firm Dan Hart, said: "It is just too dear for us."')
    assert c.affiliation == "Dan Hart"


def test_a_camel_cased_name_is_a_firm_and_a_ministry_is_not_its_official():
    from factcheck.resolve import Resolver

    # the model tagged such a name a person's in real news, which no invented sentence reproduced
    firm = _mention("SkyLinka", "SkyLinka", [("SkyLinka", "PERSON")])
    assert Resolver().resolve(firm).kind == "organization"
    prefixed = _mention("DeLuca", "DeLuca", [("DeLuca", "PERSON")])
    assert Resolver().resolve(prefixed).kind == "person"  # a surname's prefix, "De"
    said = attributed(
        "Shop owners may think the rules do not apply to them, a ministry official said.\n\n"
        "The ministry urged firms to check their fire exits."
    )
    assert (said[-1].source, said[-1].source_kind) == ("ministry", "government")


def test_a_worker_named_after_the_trade_and_before_the_town_is_a_person():
    (c,) = attributed('"How do we keep cool?" said 36-year-old welder Sunil in Gurgaon.')
    assert (c.source, c.source_kind) == ("Sunil", "person")


def test_hearsay_of_an_act_is_the_adverbs_cue_with_the_whole_clause_said():
    (c,) = attributed("Officers reportedly searched the homes of two council clerks on Monday.")
    assert (c.cue, c.content) == ("reportedly", "Officers searched the homes of two council clerks on Monday")
    (c,) = attributed("The worker was reportedly taken to hospital in the capital.")
    assert (c.cue, c.content) == ("reportedly", "The worker was taken to hospital in the capital")
    said = attributed(
        "Reed noted that not every patient improved; the trial reportedly included a few dozen patients, and "
        "the drug is still years away from approval."
    )
    assert [c.content for c in said if c.cue == "reportedly"] == ["the trial included a few dozen patients"]


def test_an_adverb_after_a_verb_of_saying_is_no_cue_of_its_own():
    (c,) = attributed(
        "The bank kept its rate at 5.75%, as predicted unanimously by 33 economists polled by Kestrel News."
    )
    assert "predicted" in c.cue and c.content == "The bank kept its rate at 5.75%"


def test_according_to_inside_a_relative_clause_says_that_clause():
    said = attributed(
        "A union asked for an inquiry into the dismissal of a nurse who, according to colleagues, worked double "
        "shifts for a month."
    )
    assert [c.content for c in said if c.cue == "according to"] == ["a nurse who worked double shifts for a month"]


def test_a_title_in_capitals_after_the_names_the_one_given_it_before():
    said = attributed(
        "Justice Minister Ana Perera said the vessel held no fuel.\n\n"
        "The Justice Minister also said the owners would pay for the clean-up."
    )
    assert [c.source for c in said] == ["Ana Perera"] * 2
    (c,) = attributed("The confirmation was made on Monday, the Prime Minister's Office said.")
    assert (c.source, c.source_kind) == ("Prime Minister's Office", "government")
    (c,) = attributed("Minister of Agriculture Sam Kawale said the delays came from the fall of the currency.")
    assert c.source == "Sam Kawale"


def test_a_coast_guard_and_armed_forces_are_government_and_rebel_forces_are_not():
    (c,) = attributed("The ferry could carry 120 people, according to the coast guard in Masbate, the capital.")
    assert c.source_kind == "government"
    said = attributed(
        "Two crane ships began raising the frigate, Kestria's armed forces said.\n\n"
        "The town was taken overnight, rebel forces said."
    )
    assert [c.source_kind for c in said] == ["government", "group"]


def test_weather_and_a_pages_label_are_no_speakers_and_a_rail_operator_is_a_body():
    said = attributed(
        "Blizzard slams Kestrel air travel\n\n"
        "The first widespread blizzard of the season slammed the northern coast on Sunday."
    )
    assert said == []
    said = attributed('Feature: the Tarvo disaster\n\n"The hull is loose now," she said.')
    assert [c.source for c in said] == ["unidentified speaker"]
    (c,) = attributed("Kestrel Trains said services to and from the capital would be cancelled for the day.")
    assert c.source_kind == "organization"


def test_one_before_a_name_is_a_person_so_named():
    from factcheck.resolve import Resolver

    # the model tagged such a name a body's in real news, which no invented sentence reproduced
    said = _mention("one Canisio Tendai", "Tendai", [("Canisio Tendai", "ORG")])
    res = Resolver().resolve(said)
    assert (res.name, res.kind, res.affiliation) == ("Canisio Tendai", "person", None)


def test_a_user_by_a_handle_is_a_person_and_a_statement_read_out_after_a_colon_speaks():
    (c,) = attributed("One Twitter user @kestrelwatch pointed out how differently the two candidates were treated.")
    assert (c.source, c.source_kind) == ("@kestrelwatch", "person")
    said = attributed(
        "However, Kestrel Events issued a statement saying the band had pulled out of the festival.\n\n"
        'Part of their statement read:\n\n"We paid the band in full a week ago. We were stunned."'
    )
    assert said[0].source_kind == "organization"
    assert (said[-1].source_kind, said[-1].content) == (
        "document",
        "We paid the band in full a week ago. We were stunned.",
    )


def test_a_wire_agency_a_member_of_the_public_and_a_count_have_no_company_nor_side():
    said = attributed(
        "After a member of the public called about foam on the river, inspectors visited the mill, CNA reported."
        "\n\nThe company said its own tests had found nothing wrong."
    )
    assert [(c.source, c.source_kind, c.affiliation) for c in said] == [
        ("CNA", "media", None),
        ("member of the public", "person", None),
        ("company", "organization", None),
    ]
    (c,) = attributed("Fourteen attorneys general filed lawsuits accusing the app of harming children.")
    assert c.affiliation is None
    (c,) = attributed("Tom Ross, executive director of One Kestria Now, said the spending was dramatic.")
    assert c.affiliation == "One Kestria Now"  # a body's name that opens on a number word
    (c,) = attributed("Velmoor Phosphates pleaded guilty to polluting the river.")
    assert c.source_kind == "organization"


def test_the_company_is_not_the_town_a_speakers_office_is_in():
    said = attributed(
        "Fraud cases rose, Port Harcourt fraud unit chief Tom Vale said.\n\n"
        "One man said he had lost money after answering an advert.\n\nThe company offered him a job as a courier."
    )
    assert said[-1].source == "company"


def test_a_name_with_a_legal_form_is_no_person_and_its_first_word_alone_is_that_body():
    from factcheck.attribute import Mention
    from factcheck.resolve import Resolver

    # the model tagged both names a person's in real news, which no invented sentence reproduced
    text = "Kestrel Platforms Inc. wanted the suit thrown out. The court sent the papers to Kestrel. Kestrel argued."
    resolver = Resolver(text=text)
    resolver.mentioned(0, "Kestrel Platforms Inc.")
    resolver.mentioned(text.find("to Kestrel") + 3, "Kestrel")
    at = text.rfind("Kestrel argued")
    said = Mention([(at, at + 7)], "Kestrel", "Kestrel", "kestrel", False, False, [("Kestrel", "PERSON")])
    res = resolver.resolve(said)
    assert (res.name, res.kind) == ("Kestrel Platforms Inc.", "organization")


def test_a_place_in_capitals_after_a_headline_is_a_dateline():
    said = attributed(
        "Avalanche hits resort\n\nKESTRELTON: At least 11 skiers were killed and many others were injured when a "
        "large avalanche hit the upper slopes of the resort on Sunday."
    )
    assert said == []
    said = attributed(
        "Interview transcript\n\nREED: Well, I think we will win this race, and I think the voters know it."
    )
    assert said[0].source == "REED"  # a transcript's speaker, in the first person


def test_one_described_then_named_is_the_one_so_named():
    said = attributed("A man named Tom Reed said the dam had burst.\n\nHe said the water rose fast.")
    assert [c.source for c in said] == ["Tom Reed"] * 2
    (c,) = attributed("A woman identified as Lina Hart told police she saw the car.")
    assert (c.source, c.source_kind) == ("Lina Hart", "person")
    (c,) = attributed("A company called Kestrel Data said the servers were safe.")
    assert (c.source, c.source_kind, c.affiliation) == ("Kestrel Data", "organization", None)


def test_who_after_the_place_someone_is_at_is_that_someone():
    (c,) = attributed(
        "The inquiry heard from a midwife at a clinic in Lilongwe, Malawi, who described long queues at the door."
    )
    assert (c.source, c.source_kind) == ("midwife", "person")
    (c,) = attributed("Protesters marched through Nairobi, who said the tax was unfair.")
    assert c.source != "midwife"  # a verb between: no person placed


def test_a_name_ending_in_police_or_a_unit_is_a_body_though_tagged_a_person():
    from factcheck.attribute import Mention
    from factcheck.resolve import Resolver

    # the model tagged "Delhi Police" a person's name in real news; no invented sentence reproduced it
    for name, kind in [("Kestrel Police", "government"), ("Kestrel Investigation Unit", "organization")]:
        text = f"{name} told reporters that no ransom had been paid."
        said = Mention(
            [(0, len(name))], name, name.split()[-1], name.split()[-1].lower(), False, False, [(name, "PERSON")]
        )
        res = Resolver(text=text).resolve(said)
        assert (res.name, res.kind) == (name, kind)


def test_according_to_demand_or_need_is_how_not_who():
    assert attributed("Taxi fares, which are set by an app according to demand, doubled on Friday.") == []
    assert attributed("Beds are handed out according to need at the shelter.") == []


def test_a_speakers_body_is_not_when_they_spoke():
    (c,) = attributed(
        "The pumps were repaired overnight, said Lena Mott, a director of the Kestrel Water Board on Friday."
    )
    assert (c.source, c.affiliation) == ("Lena Mott", "Kestrel Water Board")


def test_a_clause_joined_to_a_cue_after_what_it_reports_is_not_what_it_reports():
    (c,) = attributed(
        "Sales at the night markets were down on last year, figures showed, but the traders will keep their "
        "stalls open through the winter."
    )
    assert c.content == "Sales at the night markets were down on last year"
    (c,) = attributed(
        "Prices fell faster than expected, the survey showed, but the bank will be watching wages closely."
    )
    assert c.content == "Prices fell faster than expected"
    (c,) = attributed("Rents rose 9 percent in the city, the survey showed, and wages in the region rose 2 percent.")
    assert "wages in the region" in c.content  # "and" goes on with the report, as PolNeAR's annotators read it
    from factcheck.attribute import _contrasted_clauses
    from factcheck.nlp import load

    doc = load()("Cases will keep rising, the health officer said on Monday, but a slower pace gives some hope.")
    assert _contrasted_clauses(next(t for t in doc if t.text == "said")) == []  # no one of its own: the officer's
    doc = load()("Prices fell faster than expected, the survey showed, but the bank will wait.")
    assert [t.text for t in _contrasted_clauses(next(t for t in doc if t.text == "showed"))] == ["wait"]
    (c,) = attributed('"The roads were empty," Ana Ruiz said, "but people still need to get to work."')
    assert c.content == "The roads were empty, but people still need to get to work."  # her quotation goes on


def test_a_chamber_named_for_a_nation_is_a_body_not_a_person():
    (c,) = attributed("The Malawian Chamber of Commerce sought a smaller rise in fees.")
    assert (c.source, c.source_kind, c.affiliation) == ("Malawian Chamber of Commerce", "organization", None)


def test_what_worries_someone_is_their_concern_not_the_worrys_words():
    said = attributed("Parking fee rise worries shop owners\n\nThe council said the fees would pay for new buses.")
    assert [(c.source, c.cue, c.content) for c in said] == [
        ("shop owners", "worries", "Parking fee rise"),
        ("council", "said", "the fees would pay for new buses"),
    ]
    (c,) = attributed("The mayor also angered bus drivers with his remarks on overtime.")
    assert (c.source, c.content) == ("bus drivers", "his remarks on overtime")
    assert attributed("She angered bus drivers last year.") == []  # what she did is not said


def test_a_prize_claimed_is_no_claim():
    assert attributed("Ana Ruiz claimed bronze in the 400 metres on Sunday.") == []
    assert attributed("She claimed the title after a long final in Lagos.") == []
    (c,) = attributed("The union claimed victory after the vote.")
    assert (c.source, c.cue) == ("union", "claimed")


def test_a_surname_after_a_title_is_no_adverb_of_the_cue():
    said = attributed("Tom Priestly runs the bakery on Mill Lane.\n\nMr Priestly told the council the pipes had burst.")
    assert [(c.source, c.cue) for c in said] == [("Tom Priestly", "told")]


def test_a_pronoun_alone_is_nothing_said():
    from factcheck.attribute import _tagged_attribution
    from factcheck.nlp import load

    # the tagger's "worried" with "she" for what was said, as it read a real inquest report
    doc = load()("Omar said he was worried after the ferry was cancelled.")
    worried, omar, he = doc[4], doc[0], doc[2]
    assert _tagged_attribution([worried], [omar.i], [he.i], 0, []) is None
    assert _tagged_attribution([doc[1]], [omar.i], list(range(2, 10)), 0, []) is not None
    doc = load()("The union endorsed him on Friday.")
    assert _tagged_attribution([doc[2]], [1], [3], 0, []) is not None  # what the endorsement is of


def test_a_body_named_for_two_parties_is_one_body():
    (c,) = attributed("The Landlord and Tenant Board ruled the family could stay.")
    assert (c.source, c.source_kind) == ("Landlord and Tenant Board", "organization")


def test_the_copula_alone_is_no_cue_but_the_attitude_it_states_is():
    said = attributed(
        "The transport minister met airline chiefs on Monday.\n\n"
        "She’s not willing to scrap the new airport levy, according to The Canadian Press."
    )
    assert [(c.source, c.source_kind, c.cue) for c in said] == [
        ("Canadian Press", "media", "according to"),
        ("transport minister", "person", "’s not willing"),  # not "according to The Canadian Press"
    ]
    assert said[-1].content == "to scrap the new airport levy"
    from factcheck.attribute import _attitude_stated
    from factcheck.nlp import load

    willing, likely = (
        load()("Farmers are willing to plant less wheat."),
        load()("Farmers are likely to plant less wheat."),
    )
    cue, _, _ = _attitude_stated(willing[1])
    assert [t.text for t in cue] == ["are", "willing"]
    assert _attitude_stated(likely[1]) is None  # how likely, no one's attitude
    worried = load()("Farmers are not worried about the drought.")
    cue, source, content = _attitude_stated(worried[1])
    assert ([t.text for t in cue], [worried[i].text for i in content]) == (
        ["are", "not", "worried"],
        ["the", "drought"],
    )
    assert _attitude_stated(load()("The rivers are shallow in the north.")[2]) is None


def test_a_gallery_label_and_a_word_for_a_kind_of_body_name_no_one():
    said = attributed("IN PICTURES: Flood waters rise across the valley\n\nThe mayor said the bridge would stay shut.")
    assert [c.source for c in said] == ["mayor"]
    (c,) = attributed("Company spokesman Tom Reed said the leak was contained.")
    assert (c.source, c.affiliation) == ("Tom Reed", None)
    said = attributed("The Kestrel Nurses Union staged a rally.\n\nUnion leader Ana Ruiz said the strike would go on.")
    assert said[-1].affiliation == "Kestrel Nurses Union"


def test_people_dismissed_and_an_office_contested_are_deeds_not_claims():
    assert attributed("The club dismissed its coach after the defeat.") == []
    assert attributed("She will contest the seat for the Green Party.") == []
    (c,) = attributed("The mayor dismissed critics as cranks.")
    assert (c.source, c.stance) == ("mayor", "denies")  # what they are called
    (c,) = attributed("The ministry dismissed reports of a second outbreak.")
    assert (c.source, c.stance) == ("ministry", "denies")
    (c,) = attributed("The opposition contested the results in court.")
    assert (c.source, c.cue) == ("opposition", "contested")


def test_a_participle_on_a_reported_deed_is_the_doers_act():
    from factcheck.attribute import _actor_of_participle
    from factcheck.nlp import load

    # the tagger gave "demanding" to the medium that reported it in real news; no invented
    # sentence reproduced that, so the rule is tested on the parse
    doc = load()("A group of nurses occupied the clinic on Tuesday demanding back pay, state radio reported.")
    demanding = next(t for t in doc if t.text == "demanding")
    assert _actor_of_participle(demanding).text == "group"
    doc = load()("The ministry said Acme disputed the fine on Tuesday, arguing it was unlawful.")
    assert _actor_of_participle(next(t for t in doc if t.text == "arguing")) is None  # a speaker's act, reported
    doc = load()("Reed argued that a register would keep fraud down, saying it was all about control.")
    assert _actor_of_participle(next(t for t in doc if t.text == "saying")) is None  # no register says


def test_the_force_is_the_police_named_before_and_a_task_force_a_body():
    said = attributed(
        "Kestrel Valley Police said a man was arrested on Monday.\n\nNo one was hurt in the blaze, the force added."
    )
    assert [(c.source, c.source_kind) for c in said] == [("Kestrel Valley Police", "government")] * 2
    (c,) = attributed("The task force said the river was safe to swim in again.")
    assert c.source_kind == "government"


def test_an_office_named_with_general_after_it_is_the_office_of_the_place_before():
    (c,) = attributed("The Kestria Attorney General says two ferry firms fixed their fares last summer.")
    assert (c.source.lower(), c.affiliation) == ("kestria attorney general", "Kestria")


def test_a_count_is_no_body_and_an_association_no_state_body():
    said = attributed("More than 300 members said they would walk out of the depot on Monday.")
    assert [(c.source, c.affiliation) for c in said] == [("More than 300 members", None)]
    (c,) = attributed("The Government Nurses’ Association said its members would stop overtime work.")
    assert c.source_kind == "organization"


def test_words_describing_the_speaker_between_quotation_and_name_are_no_content():
    (c,) = attributed("“The pool will close by spring if the school goes,” postmaster and resident Dana Holt said.")
    assert (c.source, c.content) == ("Dana Holt", "The pool will close by spring if the school goes,")
    (c,) = attributed("“The pool will close,” postmaster and resident Dana Holt said. “The town will empty out.”")
    assert "postmaster" not in c.content and c.content.endswith("The town will empty out.")


def test_a_special_role_is_the_kind_of_role_not_a_word_of_the_body():
    (c,) = attributed("Kestrel League Special Envoy Dana Holt said the talks would resume in March.")
    assert (c.source, c.affiliation) == ("Dana Holt", "Kestrel League")


def test_a_participle_of_fear_set_off_after_a_noun_names_no_one():
    said = attributed(
        "Firefighters fought a blaze at a depot in Riverton, feared to have destroyed the town's grain, "
        "the fire service said."
    )
    assert [c.cue for c in said] == ["said"]


def test_calling_a_number_or_a_hotline_says_nothing():
    assert attributed("Parents with questions can call 1-800-555-0134 between noon and 6 p.m.") == []
    assert attributed("Residents who smell gas should call the hotline at once.") == []
    (c,) = attributed("The mayor called the fine a disgrace.")
    assert c.cue == "called"


def test_a_clause_opened_by_as_inside_the_source_run_leaves_the_speaker_after_it():
    said = attributed(
        "File photo of Dana Holt at a rally in May, as two nurses' unions have announced that "
        "their members will strike in June."
    )
    assert [c.source for c in said] == ["two nurses' unions"]


def test_a_wire_date_before_a_company_name_is_no_part_of_it():
    (c,) = attributed("Mar 3 Kestrel Freight Ltd said it would cut 200 jobs at its Riverton depot.")
    assert c.source == "Kestrel Freight Ltd"


def test_someone_caught_saying_something_said_it():
    (c,) = attributed("“I never read what I sign,” Deputy Mayor Ana Lopez Ruiz was caught saying on one wiretap.")
    assert (c.source, c.cue, c.content) == ("Ana Lopez Ruiz", "saying", "I never read what I sign,")


def test_a_number_of_people_with_thousands_separators_is_a_group():
    (c,) = attributed("1,204 of the depot's drivers voted to strike from Monday.")
    assert c.source_kind == "group"


def test_people_a_relative_clause_describes_speak_not_the_event_after_its_after():
    (c,) = attributed("Nurses at the clinic who spoke to reporters after the meeting said they would keep working.")
    assert c.source.lower().startswith("nurses")


def test_a_name_written_with_the_is_no_persons():
    (c,) = attributed("The strike ended on Friday, the Kestrel Crimson reported.")
    assert c.source_kind != "person"


def test_a_vote_is_no_speaker():
    said = attributed("The contract was approved by a vote of 412 to 88, the union said.")
    assert [c.source for c in said] == ["union"]


def test_a_feeling_reported_inside_someones_words_is_its_subjects():
    from factcheck.attribute import _own_subject_in_content
    from factcheck.nlp import load

    doc = load()("Kestrel Air spokeswoman Dana Holt said the firm is disappointed with the ruling of the court.")
    felt = next(t for t in doc if t.text == "disappointed")
    holt = [t.i for t in doc if t.text in {"Dana", "Holt"}]
    firm = next(t for t in doc if t.text == "firm")
    rest = [firm.i - 1, firm.i] + [t.i for t in doc if t.i > felt.i and not t.is_punct]
    # the tagger's reading of a real sentence: the reporting spokeswoman as the source, the
    # firm run into what is felt
    assert _own_subject_in_content(felt, holt, sorted(rest)).text == "firm"
    said = next(t for t in doc if t.text == "said")
    assert _own_subject_in_content(said, holt, sorted(rest)) is None  # her own cue keeps her


def test_an_envoy_to_a_country_serves_whoever_sent_them():
    (c,) = attributed("The Kestrel League envoy to Norland, Dana Holt, said the talks had failed.")
    assert c.affiliation == "Kestrel League"


def test_a_determiner_alone_is_no_speaker():
    said = attributed("Observers said the count was flawed. These concerns echoed those raised by the opposition.")
    assert all(c.source.lower() != "these" for c in said)


def test_a_notification_is_a_document():
    (c,) = attributed("According to the notification, the firms must repay the overcharged amount.")
    assert c.source_kind == "document"


def test_when_it_was_said_before_the_subject_is_no_part_of_what_was_said():
    (c,) = attributed("The bank said on Friday it will shut 40 branches before the end of the year.")
    assert c.content == "it will shut 40 branches before the end of the year"
    (c,) = attributed("The mayor said Monday the old depot would close.")
    assert c.content == "the old depot would close"
    (c,) = attributed("The ferry firm said on Monday that it would drop two routes.")
    assert c.content == "that it would drop two routes"


def test_a_department_named_by_its_field_and_country_is_the_states():
    (c,) = attributed("According to Health Canada, the syrup holds too much of the drug.")
    assert c.source_kind == "government"
    (c,) = attributed("Air Canada said flights would resume on Friday.")
    assert c.source_kind == "organization"


def test_the_navy_is_the_states_and_a_credit_union_its_members():
    (c,) = attributed("The navy said two trawlers were seized overnight.")
    assert c.source_kind == "government"
    (c,) = attributed("Navy Federal Credit Union said deposits rose.")
    assert c.source_kind == "organization"


def test_a_french_news_agency_is_media():
    said = attributed("Agence France Presse reported the port was closed.")
    assert [c.source_kind for c in said] == ["media"]


def test_an_office_named_for_its_officer_is_one_body():
    (c,) = attributed("The deputies stole cash, the U.S. Attorney's Office for Nevada said.")
    assert c.source == "U.S. Attorney's Office for Nevada"


def test_how_before_a_source_is_no_part_of_it():
    said = attributed(
        "The leaked emails include how rival bidders who lost the first round sought out council members they knew."
    )
    assert [c.source for c in said] == ["rival bidders"]


def test_a_watchdog_of_a_country_or_a_regulated_field_is_the_states():
    (c,) = attributed("The UK watchdog said the merger could harm shoppers.")
    assert c.source_kind == "government"
    (c,) = attributed("The competition watchdog said the merger could harm shoppers.")
    assert c.source_kind == "government"
    (c,) = attributed("A consumer watchdog said the prices were too high.")
    assert c.source_kind == "organization"


def test_a_portfolio_before_a_commissioner_is_no_body():
    (c,) = attributed("EU Competition Commissioner Ana Ruiz said the merger was blocked.")
    assert c.affiliation == "EU"


def test_a_number_alone_as_a_speaker_is_that_many_people():
    said = attributed("Most of the drivers backed the deal. 1,204 voted for it, while 388 rejected the offer.")
    assert [(c.source, c.source_kind) for c in said if c.cue == "rejected"] == [("388", "group")]


def test_a_bench_of_judges_and_a_collegium_are_the_states():
    (c,) = attributed("The bench said the appeal would be heard in May.")
    assert c.source_kind == "government"
    (c,) = attributed("The collegium recommended two judges for the high court.")
    assert c.source_kind == "government"


def test_an_observatory_is_a_body():
    (c,) = attributed("The Kestrel Observatory said the volcano had gone quiet.")
    assert c.source_kind == "organization"


def test_a_seat_after_a_name_is_no_part_of_it():
    (c,) = attributed("Ana Ruiz MS said the waiting lists were a disgrace.")
    assert (c.source, c.source_kind) == ("Ana Ruiz", "person")
    (c,) = attributed("Tom Hale TD said the waiting lists were a disgrace.")
    assert c.source == "Tom Hale"


def test_up_to_a_count_after_a_cue_opens_what_was_said():
    (c,) = attributed("The union warned up to 300 jobs could go by spring.")
    assert (c.cue, c.content) == ("warned", "up to 300 jobs could go by spring")


def test_an_act_as_a_subject_is_no_speaker():
    from factcheck.attribute import _no_speaker
    from factcheck.nlp import load

    doc = load()("Removing it pushed bus fares to three dollars from two dollars overnight.")
    pushed = next(t for t in doc if t.text == "pushed")
    assert doc[0].dep_ == "csubj"  # the parse this rule reads: the act is the verb's subject
    # the tagger took "Removing it" for who pushed the fares up, in a real article
    assert _no_speaker([doc[0], doc[1]], pushed, [])
    doc = load()("The mayor pushed bus fares to three dollars from two dollars overnight.")
    pushed = next(t for t in doc if t.text == "pushed")
    assert not _no_speaker([doc[0], doc[1]], pushed, [])


def test_whom_a_grievance_was_taken_to_is_nothing_said():
    assert not attributed(
        "The fine came after 90 tenants complained to a housing charity, which lodged a case with the board."
    )
    (c,) = attributed("Residents complained to the council that the bins were never emptied.")
    assert (c.source, c.content) == ("residents", "that the bins were never emptied")


def test_with_a_view_to_is_an_aim_not_a_view():
    assert not attributed("The council approved the loan with a view to Riverton Town FC returning to the city.")
    (c,) = attributed("Critics view the plan as reckless.")
    assert c.cue == "view"


def test_a_football_club_of_a_city_is_no_body_of_the_state():
    (c,) = attributed("Riverton City FC said its new ground would open in May.")
    assert (c.source, c.source_kind) == ("Riverton City FC", "organization")


def test_an_authority_or_a_legislature_is_the_states():
    (c,) = attributed("The Riverton Data Protection Authority said the bank broke the law.")
    assert c.source_kind == "government"
    (c,) = attributed("The Riverton State Legislature approved a budget on Friday.")
    assert c.source_kind == "government"
    (c,) = attributed("The Irish data protection watchdog said the bank had broken the rules.")
    assert c.source_kind == "government"


def test_a_common_noun_the_parser_took_for_a_name_is_no_name():
    (c,) = attributed('"It will bring jobs," said one meeting attendee.')
    assert (c.source, c.source_kind) == ("meeting attendee", "person")


def test_there_after_a_speaker_is_where_it_is():
    claims = attributed(
        "Water rates in Riverton will soon go up. The city council there said the rates would rise. "
        "Families here say the bills are too high."
    )
    assert [c.source for c in claims] == ["city council", "families"]


def test_it_is_the_body_an_untagged_acronym_began_the_sentence_with():
    (c,) = attributed(
        "An inquiry by the Kestria Data Council (NDC) ended on Friday.\n\n"
        "The NDC in May began examining the app's records.\n\n"
        "It also looked at the app's age checks and found the firm did not assess the risks to children."
    )
    assert (c.source, c.source_kind) == ("Kestria Data Council (NDC)", "government")


def test_a_percentage_of_a_group_headed_on_its_sign_is_a_group():
    (c,) = attributed("Almost 60% of the clinics in the region reported staff gaps.")
    assert (c.source, c.source_kind) == ("Almost 60% of the clinics in the region", "group")


def test_a_tender_is_a_document():
    (c,) = attributed("Each bidder can earn up to £2 million, according to a tender the ministry issued.")
    assert c.source_kind == "document"


def test_according_to_a_paper_named_for_a_star_or_the_sun():
    first, second, third = attributed(
        "Under-16s will need their parents' consent to open accounts from May, Digital Minister Tom Reed said "
        "today.\n\nAccording to The Star, he said the rules would be reviewed in a year."
    )
    assert (second.source, second.source_kind) == ("Star", "media")
    assert (third.source, third.via) == ("Tom Reed", "Star")
    (c,) = attributed("According to the Sun, the deal collapsed.")
    assert c.source_kind == "media"


def test_a_bill_by_its_number_is_a_document():
    (c,) = attributed("Utah House Bill 311, which prohibits firms from using addictive designs, was signed on Friday.")
    assert (c.source, c.source_kind) == ("Utah House Bill 311", "document")
    (c,) = attributed("Bill Reed said the plan would fail.")
    assert (c.source, c.source_kind) == ("Bill Reed", "person")


def test_people_who_vote_keep_their_name():
    (c,) = attributed("Council-employed cleaners voted to walk out on Monday.")
    assert c.source == "council-employed cleaners"


def test_the_owner_of_a_role_is_what_follows_the_last_of():
    (c,) = attributed(
        '"The wards are full," said Sen. Tom Reed, R-Kestrel, a retired pilot and one of the bill\'s chief backers.'
    )
    assert (c.source, c.affiliation) == ("Tom Reed", None)
    (c,) = attributed(
        "Ana Ruiz, a veteran organiser and the Kestrel Party's campaign manager, said the race was close."
    )
    assert (c.source, c.affiliation) == ("Ana Ruiz", "Kestrel Party")


def test_a_settlement_an_affiliate_and_forbes_are_what_they_are():
    (c,) = attributed("The settlement also requires the firms to fund rehab clinics.")
    assert c.source_kind == "document"
    (c,) = attributed("The firm's Irish subsidiary said it would appeal.")
    assert c.source_kind == "organization"
    (c,) = attributed("Forbes estimates the Kestrel family is worth $9 billion.")
    assert c.source_kind == "media"
    first, second = attributed(
        "The two sides announced a settlement with the builders on Friday, but the deal still requires support "
        "from hundreds of tenants."
    )
    assert (second.source, second.source_kind) == ("deal", "document")


def test_a_law_named_as_a_regulation_or_a_directive_is_a_document():
    (c,) = attributed("The Working Time Directive says staff may not work more than 48 hours a week.")
    assert c.source_kind == "document"
    (c,) = attributed("The Office of Financial Regulation said the bank was sound.")
    assert c.source_kind == "government"


def test_a_clause_in_which_others_say_something_is_no_part_of_what_was_reported():
    first, second = attributed(
        "Nearly 70% of the firms that took part in the study reported losses while nearly all of the banks said "
        "their profits were lower."
    )
    assert (first.cue, first.content) == ("reported", "losses")
    assert (second.cue, second.content) == ("said", "their profits were lower")


def test_where_and_when_someone_speaks_is_nothing_said():
    assert not attributed(
        "Ana Ruiz, one of several nurses who moved from Kestria to work, speaks in her ward in Riverton, Ariz., "
        "on Sept. 13, 2022."
    )
    (c,) = attributed(
        "Ana Ruiz, one of several nurses who moved from Kestria, spoke on the need for new wards in Riverton."
    )
    assert c.content == "on the need for new wards in Riverton"
    (c,) = attributed("Next month we'll be talking at the union's conference about other plants moving abroad.")
    assert c.content == "at the union's conference about other plants moving abroad"


def test_an_aside_on_some_of_a_group_does_not_make_the_group_unnamed():
    (c,) = attributed(
        "In the second suit, 40 tenants, some of them unnamed pensioners, filed a claim in May objecting to "
        "the rent rise."
    )
    assert (c.source, c.source_kind) == ("40 tenants", "group")
    (c,) = attributed("Two unnamed officials said the talks had failed.")
    assert c.source_kind == "anonymous"


def test_who_after_a_name_its_role_and_its_body_is_the_person():
    (c,) = attributed(
        'Also commenting on the new rules was Tom Reed, Group Sales Director, Kestrel Foods, who said: "We have '
        'been ready for this for some time."'
    )
    assert (c.source, c.source_kind) == ("Tom Reed", "person")


def test_a_national_assembly_is_a_legislature_and_a_review_a_document():
    (c,) = attributed("The National Assembly supported the plan by passing the bill.")
    assert c.source_kind == "government"
    (c,) = attributed("The Kestrel Review called for a ban within three years.")
    assert c.source_kind == "document"
    (c,) = attributed("The Assembly of Kestrel Churches said the ban was wrong.")
    assert c.source_kind == "organization"


def test_a_first_minister_is_no_first_of_a_place():
    (c,) = attributed("Kestria First Minister Ana Ruiz said the ferry service would be restored.")
    assert (c.source, c.affiliation) == ("Ana Ruiz", "Kestria")


def test_a_u_turn_is_one_word():
    from factcheck.nlp import load

    assert "U-turns" in [t.text for t in load()("Government U-turns on school meals after a campaign")]
    (c,) = attributed("The council announced its U-turn on Friday.")
    assert c.content == "its U-turn"


def test_a_paper_written_is_a_document_and_a_local_paper_a_newspaper():
    (c,) = attributed("A leaked paper shows the ministry is £9 million short of its target.")
    assert c.source_kind == "document"
    (c,) = attributed("The local paper said the mayor had resigned.")
    assert c.source_kind == "media"


def test_they_after_a_person_and_another_are_the_two():
    (c,) = attributed(
        "Ana Ruiz and her sister swim at the pool each morning. They credit the coaches with their medals."
    )
    assert (c.source, c.source_kind) == ("Ana Ruiz and her sister", "group")


def test_a_time_opening_a_sentence_is_no_part_of_the_speaker():
    (c,) = attributed("Earlier this month staff proposed closing the branch on Mondays.")
    assert c.source == "staff"


def test_a_place_shut_and_a_farewell_said_are_no_claims():
    assert not attributed("The pools shut in June after the council cut their funding.")
    assert not attributed("Campaigners said a fond farewell to the library on Sunday.")
    assert not attributed("The captain said a prayer for the crew.")
    first, second = attributed("The minister shut down the rumours, saying the plan was safe.")
    assert (first.cue, first.content) == ("shut down", "the rumours")


def test_one_who_did_not_want_to_be_identified_is_anonymous():
    (c,) = attributed("A driver who did not want to be identified says the fares are too high.")
    assert c.source_kind == "anonymous"


def test_a_spokesperson_for_a_campaign_named_save_something_speaks_for_it():
    (c,) = attributed("A spokesperson for Save Riverton Libraries (SRL) said the closures were a mistake.")
    assert (c.source_kind, c.affiliation) == ("person", "Save Riverton Libraries")
    (c,) = attributed("In a ruling on Monday, Justice Harlow found the order was unlawful.")
    assert (c.source, c.source_kind) == ("Harlow", "person")


def test_an_apposition_of_joined_portfolios_is_headed_on_its_role():
    from factcheck.attribute import _apposed_head
    from factcheck.nlp import load

    doc = load()("Ana Okafor, the shadow work and pensions secretary, said the plan would fail.")
    apposition = next(t for t in doc if t.dep_ == "appos")
    assert apposition.text == "work"  # the parse this reads: the role joined to the first portfolio
    assert _apposed_head(apposition) == "secretary"


def test_a_count_in_millions_or_thousands_is_a_group():
    (c,) = attributed("The rule would hit 3 million Britons in their 50s who had planned to retire early.")
    assert (c.source, c.source_kind) == ("3 million Britons", "group")
    *_, c = attributed("Several thousand marched in the capital, police said. Several thousand said they would return.")
    assert (c.source, c.source_kind) == ("Several thousand", "group")
    first, second = attributed("Around 90 per cent of the population oppose the plan, according to a survey.")
    assert second.source_kind == "group"


def test_a_provider_is_a_business():
    (c,) = attributed("One of the country's biggest energy providers has announced plans to raise prices.")
    assert c.source_kind == "organization"


def test_a_party_member_is_a_person_and_members_a_group():
    (c,) = attributed("A leading Republican on the panel argues the deal was bad for business.")
    assert (c.source, c.source_kind) == ("leading Republican on the panel", "person")
    (c,) = attributed("Republicans on the panel said the plan was too costly.")
    assert (c.source, c.source_kind) == ("Republicans on the panel", "group")


def test_a_name_and_a_role_of_joined_regions_is_one_person():
    (c,) = attributed(
        "Tom Reed, the group's Middle East and Gulf Coordinator, called on the police to free the reporter."
    )
    assert (c.source, c.source_kind) == ("Tom Reed", "person")


def test_a_council_for_the_media_is_no_medium():
    (c,) = attributed("The Supreme Council for Media Regulation told the paper the raid was lawful.")
    assert c.source_kind == "government"
    (c,) = attributed("The Committee for Media Freedom said trust had fallen.")
    assert c.source_kind == "organization"


def test_a_body_named_for_people_of_a_place_and_described_as_a_body_is_that_body():
    first, second = attributed(
        "Drivers of Riverton, a nonprofit organization that speaks for cab drivers in the county, has opposed "
        "the levy, calling it unfair."
    )
    assert (first.source, first.source_kind) == ("Drivers of Riverton", "organization")
    (c,) = attributed("Residents of Kestrel, a small town, said the road was unsafe.")
    assert (c.source, c.source_kind) == ("residents", "group")


def test_a_medium_named_before_the_words_for_it_is_that_medium_later_too():
    first, second = attributed(
        "Ana Ruiz flew to Riverton on Friday, according to the al-Kestra news website that employs her, but the "
        "site then lost touch with her. Al-Kestra said in a statement that Ruiz feared she was being followed."
    )
    assert [(c.source, c.source_kind) for c in (first, second)] == [("al-Kestra", "media"), ("al-Kestra", "media")]
    (c,) = attributed("The state news agency reported that the ferry had sunk.")
    assert (c.source, c.source_kind) == ("state news agency", "media")


def test_the_reader_told_what_follows_after_a_condition_is_no_speaker():
    (c,) = attributed(
        "If the bus strike goes ahead, here's how you can expect to get a refund, according to Ana Ruiz, "
        "a consumer lawyer."
    )
    assert (c.source, c.cue) == ("Ana Ruiz", "according to")


@pytest.mark.parametrize(
    "text, affiliation",
    [
        ("Universities minister Tom Reed said fees would rise.", None),
        ("Communities Secretary Ana Ruiz said the plan was fair.", None),
        ("Greens Tenants' Rights Minister Dan Hall said rents would be frozen.", "Greens"),
        ("Veterans' Affairs Secretary Dan Hall said the clinics would stay open.", None),
        ("French Maritime Minister Ana Ruiz said the boats would be paid for.", "France"),
    ],
)
def test_a_portfolio_named_for_the_people_or_field_served_is_no_body(text, affiliation):
    (c,) = attributed(text)
    assert c.affiliation == affiliation


def test_the_bill_in_capitals_is_the_document_not_a_man_named_bill():
    first, second = attributed(
        "The Housing (Rent Protection) Bill gives ministers power to cap rents, officials said. "
        "The Bill also bans evictions over the winter."
    )
    assert (second.source, second.source_kind) == ("Bill", "document")
    (c,) = attributed("Bill Reed said the plan was fair.")
    assert (c.source, c.source_kind) == ("Bill Reed", "person")


@pytest.mark.parametrize(
    "text, name",
    [
        (
            'Shoppers were angry. "This is a disgrace," Tom Reed said. Another, Ana Ruiz, said: "I will go elsewhere."',
            "Ana Ruiz",
        ),
        ('Two shoppers spoke. One, Ana Ruiz of Riverton, said: "It is fine."', "Ana Ruiz"),
    ],
)
def test_one_or_another_set_off_before_a_name_is_the_one_named(text, name):
    assert attributed(text)[-1].source == name


def test_a_one_word_name_after_the_word_for_a_body_is_that_body():
    (c,) = attributed("Environmental group Greenpeace says about 75 billion bags are thrown away each year.")
    assert (c.source, c.source_kind) == ("Greenpeace", "organization")
    first, second = attributed(
        "Dockers rejected the offer, unlike another port workers' union, Verdal, which took it. Verdal said "
        "the offer was fair."
    )
    assert (second.source, second.source_kind) == ("Verdal", "organization")
    (c,) = attributed("Reed, a member of the union, said the deal was fair.")
    assert c.source_kind == "person"


def test_a_department_abbreviated_is_the_state_s():
    (c,) = attributed("The Commerce Dept said it would hand out aid to build chip plants.")
    assert (c.source, c.source_kind) == ("Commerce Dept", "government")


def test_a_name_alone_is_not_the_pair_it_was_first_named_in():
    first, second = attributed(
        "The country's two big bakery chains, Coles and Woolmart, stopped selling plastic-wrapped loaves in "
        "their shops. But on Monday Coles said the change had been hard for shoppers."
    )
    assert second.source == "Coles"


def test_a_name_after_a_role_in_lower_case_is_the_holder_though_tagged_a_body():
    first, second = attributed(
        "Ward councillor René du Preez said the market had traded there for years. Du Preez said the stalls "
        "blocked the pavement."
    )
    assert [(c.source, c.source_kind) for c in (first, second)] == [("René du Preez", "person")] * 2
    (c,) = attributed("De Beers said diamond prices would fall.")
    assert c.source_kind == "organization"


def test_a_place_s_name_described_as_a_brother_or_a_sister_is_a_person():
    (c,) = attributed('"He was a kind man," said Jordan, the victim\'s 15-year-old brother.')
    assert (c.source, c.source_kind) == ("Jordan", "person")
    (c,) = attributed("Jordan, a close ally, said the talks would go on.")
    assert c.source_kind == "government"


def test_a_paper_named_today_after_according_to_is_that_paper_whole():
    (c,) = attributed("According to Riverton Today, the airline cancelled 20 flights.")
    assert (c.source, c.source_kind, c.content) == ("Riverton Today", "media", "the airline cancelled 20 flights")
    (c,) = attributed("According to police, today, the airline cancelled 20 flights.")
    assert c.source == "police"


def test_few_as_a_subject_is_a_group_not_a_body():
    (c,) = attributed("Few believe the plan will work.")
    assert (c.source, c.source_kind) == ("few", "group")


def test_a_paper_s_initials_after_its_name_are_that_paper():
    claims = attributed(
        "The regulator is weighing a fine, according to a story in the Financial Times. The FT reports that a "
        "decision is due in May."
    )
    assert (claims[-1].source, claims[-1].source_kind) == ("Financial Times", "media")
    claims = attributed("The Free Trade union said the deal was near. The FT added that talks would resume.")
    assert claims[-1].source_kind != "media"


def test_two_portfolios_of_farming_and_fishing_before_a_name_are_one_office():
    (c,) = attributed("Kestrian Farms and Forestry Minister Tom Reed said on Thursday he was negotiating.")
    assert (c.source, c.source_kind) == ("Tom Reed", "person")


def test_a_group_of_a_counted_people_is_a_group():
    claims = attributed("A group of 40 taxi drivers plan to sue the council over the fares.")
    assert [(c.source, c.source_kind) for c in claims] == [("group of 40 taxi drivers", "group")]


def test_the_cabinet_in_capitals_is_the_state_s_and_a_shadow_one_is_not():
    claims = attributed("The Cabinet also approved the new budget, a minister said.")
    assert (claims[-1].source, claims[-1].source_kind) == ("Cabinet", "government")
    (c,) = attributed("The Shadow Cabinet said the plan was wrong.")
    assert c.source_kind == "organization"


def test_people_left_wondering_by_a_deed_wonder_not_the_doer():
    (c,) = attributed(
        "The bakery chain has shut all of its shops, leaving loyal shoppers wondering what will become of the recipes."
    )
    assert (c.source, c.cue) == ("loyal shoppers", "wondering")


def test_the_town_a_mayor_serves_is_no_company_spoken_of():
    claims = attributed(
        'Kestrel Pharmacy will close its shop on Elm Street. "It is shameful," Tom Reed, Ashbury\'s mayor, said.'
        "\n\nThe company said it regretted the closure."
    )
    assert claims[-1].source == "company"


def test_a_country_s_initials_in_a_name_in_capitals_stay_in_capitals():
    (c,) = attributed("The chain was struggling, according to USA TODAY.")
    assert (c.source, c.source_kind) == ("USA Today", "media")
    (c,) = attributed("JAKE TAPPER: The plan will fail.")
    assert c.source == "Jake Tapper"


def test_a_surname_tagged_a_body_after_a_title_and_a_month_s_given_name_is_that_person():
    (c,) = attributed(
        "Council President Tom Reed and Ward 2 Councilman August Marchetti were the no votes.\n\n"
        "Marchetti said pit bulls were dangerous."
    )
    assert (c.source, c.source_kind) == ("August Marchetti", "person")


def test_a_name_listed_after_a_plural_word_for_businesses_or_owning_shares_is_a_business():
    claims = attributed(
        "The regulator ordered a probe into food delivery platforms Quickbite and Fudora. Fudora told investors "
        "it would cooperate fully."
    )
    assert (claims[-1].source, claims[-1].source_kind) == ("Fudora", "organization")
    claims = attributed(
        "Regulators questioned companies such as Fudora and Quickbite. Fudora told investors it would cooperate."
    )
    assert (claims[-1].source, claims[-1].source_kind) == ("Fudora", "organization")
    (c,) = attributed("Fudora's shares fell. Fudora said it would cut costs.")
    assert c.source_kind == "organization"
    (c,) = attributed("Smith's stores were closed, and Smith said he would reopen them.")
    assert c.source_kind == "person"


def test_a_role_run_into_a_name_tagged_a_body_is_the_person_holding_it():
    first, second = attributed(
        "Kestrel Patients Trust CEO Averil Power said the fees were a burden on families. Power said ministers "
        "must act."
    )
    assert [(c.source, c.source_kind) for c in (first, second)] == [("Averil Power", "person")] * 2
    assert first.affiliation == "Kestrel Patients Trust"


def test_a_transportation_minister_s_portfolio_is_no_body():
    (c,) = attributed("Transportation Minister Hesham Arafat told the paper the rise was needed.")
    assert c.affiliation is None


def test_the_latter_or_the_former_is_the_second_or_first_of_the_two_names_before():
    claims = attributed(
        "The regulator ordered a probe into platforms Quickbite and Fudora, and the latter has claimed that it "
        "did nothing wrong."
    )
    assert (claims[-1].source, claims[-1].source_kind) == ("Fudora", "organization")
    (c,) = attributed("Tom Reed and Ana Ruiz spoke at the rally. The former said the plan would fail.")
    assert (c.source, c.source_kind) == ("Tom Reed", "person")


def test_previous_or_latest_figures_have_no_owner_in_their_capital():
    (c,) = attributed("Previous figures show that two in five tenants had fallen behind on rent.")
    assert (c.source_kind, c.affiliation) == ("document", None)


def test_a_town_tagged_a_person_before_a_word_for_people_and_a_name_is_not_the_speaker():
    (c,) = attributed("Private pilot and Riverton resident Tom Reed said the noise was shocking.")
    assert (c.source, c.source_kind) == ("Tom Reed", "person")


def test_a_call_by_someone_is_theirs_whatever_the_sentence_s_subject():
    claims = attributed(
        "The scheme lapsed because the state assembly failed to renew it despite calls by parents and local "
        "councillors to extend it."
    )
    assert [(c.source, c.cue, c.content) for c in claims] == [
        ("parents and local councillors", "calls", "to extend it")
    ]
    claims = attributed(
        "The scheme lapsed because the state assembly failed to renew it despite calls by parents and "
        "councillors, including the mayor."
    )
    assert claims == []  # a call made, but nothing of it said here; not the assembly's


def test_a_name_with_a_curly_apostrophe_after_its_first_capital_is_whole_as_written():
    (c,) = attributed("Deputy Aoife O’Reilly said that trains were being cancelled without warning.")
    assert (c.source, c.cue) == ("Aoife O’Reilly", "said")
    (c,) = attributed("Senator Ciara O’Reilly said that the clinic had no spare beds.")
    assert c.source == "Ciara O’Reilly"


def test_a_bodys_name_that_holds_a_list_is_whole():
    (c,) = attributed("The Tram, Rail and Ferry Union (TRFU) is blaming the operators for the cuts.")
    assert (c.source, c.source_kind) == ("Tram, Rail and Ferry Union", "organization")
    (c,) = attributed("The Timber, Print and Allied Trades Union (TPATU) said the strike would go ahead.")
    assert c.source == "Timber, Print and Allied Trades Union"
    (c,) = attributed(
        "A spokesperson for the Department for Digital, Culture, Media and Sport said the review had begun."
    )
    assert c.source == "spokesperson for the Department for Digital, Culture, Media and Sport"


def test_what_a_noun_cue_is_about_is_no_one_who_holds_the_view():
    assert (
        attributed("There was broad dislike of the new zone scheme, which forced drivers to take long detours.") == []
    )
    (c,) = attributed("The plan drew criticism from unions over its cost.")
    assert c.source == "unions"


def test_a_bidden_participle_run_into_its_to_bids_its_subject_who_says_nothing():
    from spacy.tokens import Doc

    from factcheck.attribute import _bidden_participle
    from factcheck.nlp import load

    # a headline the parser read with "Services" as the object of "Told"
    words = "Riders Told To Expect Delays As Strike Hits Services".split()
    heads = [1, 1, 3, 1, 3, 8, 8, 8, 1]
    deps = "nsubj ROOT aux xcomp dobj compound compound compound dobj".split()
    tags = "NNS VBD TO VB NNS IN NN VBZ NNS".split()
    lemmas = "rider tell to expect delay as strike hit service".split()
    doc = Doc(load().vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)
    assert _bidden_participle(doc[1])
    doc = load()("The mayor told residents to stay indoors.")
    assert not _bidden_participle(doc[2])
    (c,) = attributed("The mayor warned tenants to stay inside.")
    assert c.source == "mayor"


def test_a_participle_of_belief_set_off_after_a_clause_names_no_believer():
    text = (
        "Shoppers had to “self-scan” their goods after the tills failed, believed to have been caused by a power cut."
    )
    assert attributed(text) == []
    text = "Staff had to “shelter in place” while crews fought the blaze, believed to have begun in a boiler room."
    assert attributed(text) == []


def test_a_minister_of_a_portfolio_speaks_for_no_body_of_that_name():
    (c,) = attributed("The Minister of Housing and Planning, Ana Lim, said rents would be capped.")
    assert (c.source, c.affiliation) == ("Ana Lim", None)


def test_writing_tickets_or_cheques_says_nothing():
    (c,) = attributed("Wardens rarely enforce the rule when writing tickets, according to council records.")
    assert (c.source, c.cue) == ("council records", "according to")
    assert [c.cue for c in attributed("Ana Ruiz wrote a letter saying the plan would fail.")] == [
        "wrote a letter saying"
    ]


def test_the_people_of_a_place_named_for_it_are_a_group():
    claims = attributed("The scooter pilot ends in Montreal. Montrealers say they will miss the scooters.")
    assert [(c.source, c.source_kind) for c in claims] == [("Montrealers", "group")]
    claims = attributed("Fares rose again in Ashby. Ashbyites say the buses are always late.")
    assert [(c.source, c.source_kind) for c in claims] == [("Ashbyites", "group")]


def test_an_adverb_alone_is_no_cue_unless_it_reports():
    assert attributed("Parents cheered after the council voted unanimously against the closure.") == []


def test_a_firm_named_for_its_arm_in_a_country_is_the_firm():
    (c,) = attributed("Windvale UK has confirmed it will appeal the ruling.")
    assert (c.source, c.source_kind) == ("Windvale UK", "organization")


def test_initials_after_a_role_run_into_a_name_tagged_a_body_are_the_persons():
    (c,) = attributed("Supervisor AJ Vance said the moratorium was fair to farmers.")
    assert (c.source, c.source_kind) == ("AJ Vance", "person")


def test_what_is_claimed_of_a_noun_the_parser_took_for_the_object_is_its_clause():
    from spacy.tokens import Doc

    from factcheck.attribute import _clause_of_object
    from factcheck.nlp import load

    # as the parser read it: "system" the object of "claim", "is" hung on "review"
    words = "She will review a complaint from tenants who claim the system is flawed .".split()
    heads = [2, 2, 2, 4, 2, 4, 5, 8, 6, 10, 8, 2, 11, 2]
    deps = "nsubj aux ROOT det dobj prep pobj nsubj relcl det dobj ccomp acomp punct".split()
    tags = "PRP MD VB DT NN IN NNS WP VBP DT NN VBZ VBN .".split()
    doc = Doc(load().vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert [t.text for t in _clause_of_object(doc[8], [doc[9], doc[10]])] == ["the", "system", "is", "flawed"]
    assert attributed("The man who claimed the prize was arrested on Tuesday.") == []


def test_the_company_after_what_a_body_will_do_is_that_body():
    (c,) = attributed("Velkor Foods will shut 12 depots, the company said on Tuesday.")
    assert (c.source, c.source_kind) == ("Velkor Foods", "organization")
    (c,) = attributed("Velkor Foods will shut 12 depots, a rival company said.")
    assert c.source == "rival company"


def test_the_ministry_or_the_agency_is_the_body_of_the_state_just_named():
    claims = attributed("The Ministry of Water opened two wells last year. The ministry said more would follow.")
    assert [c.source for c in claims] == ["Ministry of Water"]
    (c,) = attributed("The Riverton Roads Department will fill 900 potholes this spring, the agency said.")
    assert c.source == "Riverton Roads Department"
    claims = attributed("Acme Holdings opened two stores. The ministry said staff were hired.")
    assert [c.source for c in claims] == ["ministry"]


def test_a_sites_more_news_link_and_comment_rules_are_no_claims():
    text = "The council said it lacked money.\n\nMore News: Mayor Unveils Plan For Bus Lanes\n\nThe council said roads were poor."
    assert [c.content for c in attributed(text)] == ["it lacked money", "roads were poor"]
    text = (
        "Officials said the levy would rise.\n\nComments: Our rules\n\nWe want our comments to be a lively part of "
        "our community. The right to comment on our articles may be withdrawn if it is misused."
    )
    assert [c.source for c in attributed(text)] == ["officials"]


def test_a_shop_before_a_name_of_one_word_names_a_business():
    (c,) = attributed("Shares fell after discounter Velmart said it would cut prices.")
    assert (c.source, c.source_kind, c.affiliation) == ("Velmart", "organization", None)
    (c,) = attributed("Grocer Velmart said it would cut the price of bread.")
    assert (c.source, c.source_kind) == ("Velmart", "organization")
    (c,) = attributed("Producer Weinstein said the film was finished.")
    assert c.source_kind == "person"


def test_a_countrys_post_or_the_post_office_is_the_mail_not_a_paper():
    (c,) = attributed("The Post Office said its branches would stay open.")
    assert c.source_kind == "organization"
    (c,) = attributed("Canada Post said parcels would be late this week.")
    assert c.source_kind == "organization"
    (c,) = attributed("The Bangkok Post reported that the talks had stalled.")
    assert c.source_kind == "media"


def test_a_figure_standing_at_a_level_is_no_ones_claim():
    text = "The firm is cutting jobs to stem losses across its network, which currently stand at £2m a month."
    assert attributed(text) == []


def test_a_masthead_word_describing_a_shops_name_makes_no_paper():
    (c,) = attributed("Independent bookshop Kestrel Books said sales had fallen.")
    assert (c.source, c.source_kind, c.affiliation) == ("Kestrel Books", "organization", None)
    (c,) = attributed("The Independent reported that the talks had stalled.")
    assert c.source_kind == "media"


def test_a_name_opening_a_story_in_capitals_is_the_name_as_written_after():
    text = "KESTRIA Post maintains the storms are to blame for the delays.\n\nKestria Post said it was hiring staff."
    assert [c.source for c in attributed(text)] == ["Kestria Post", "Kestria Post"]


def test_a_surname_alone_the_model_left_untagged_is_the_person_a_later_she_stands_for():
    text = (
        "Dana Fisher said her lane was full of cracks.\n\n"
        "Council roads chief Mia Tran said the spending was a one-off.\n\n"
        "“We are spending more than ever,” she said.\n\n"
        "A press officer for the council said the budget had grown.\n\n"
        "Fisher does not care who is right about the sums, she just wants her lane repaired."
    )
    (c,) = [c for c in attributed(text) if "wants" in c.cue]
    assert c.source == "Dana Fisher"
    (c,) = [c for c in attributed(text.replace("Fisher", "Ruiz")) if "wants" in c.cue]
    assert c.source == "Dana Ruiz"


def test_a_place_opening_the_sentence_is_not_the_speaker_set_beside_it():
    (c,) = attributed("In Tamale, Ghana, a yam seller said: “We earn very little from the stall now.”")
    assert (c.source, c.source_kind) == ("yam seller", "person")
    text = "In Durban, 52-year-old Thandi Mokoena, a mother of four in Umlazi, KwaZulu-Natal, recounts what the floods took."
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == ("Thandi Mokoena", "person")
    (c,) = attributed("In Kestria, officials said the road was shut.")
    assert c.source == "officials"


def test_a_name_the_model_ran_into_the_verb_after_it_ends_before_the_verb():
    from spacy.tokens import Span

    from factcheck.extract import whole_names
    from factcheck.nlp import load

    doc = load()("Grace Wanjiru runs Crumbly, a small bakery in Kilimani.")
    doc.ents = [Span(doc, 0, 4, label="PERSON")]  # as the model tagged one such sentence
    whole_names(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Grace Wanjiru", "PERSON")]


def test_it_is_the_state_s_body_a_sentence_before_had_as_its_subject():
    """ "The council renewed the licence ... It also ordered ...": the council, though it said
    nothing yet; a building or a place the subject of a sentence is no "it" that speaks."""
    text = "The council renewed the pub's licence in June. It also ordered the owner to install noise buffers."
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == ("council", "government")
    (c,) = attributed("The house was built in 1900. It said the plan was lawful.")
    assert c.source == "unidentified speaker"


def test_a_think_tank_named_after_its_description_is_that_body():
    (c,) = attributed("Policy think tank the Kestrel Institute said the cuts would hurt the poorest.")
    assert (c.source, c.source_kind) == ("Kestrel Institute", "organization")
    (c,) = attributed("The think tank said prices would rise.")
    assert c.source_kind == "organization"


def test_a_party_before_a_member_s_letters_is_no_one_s_name():
    """ "The Labour Party MEP said": a member of the party, not a person called "Labour Party"
    ("Ana Ruiz MEP" is Ana Ruiz)."""
    (c,) = attributed("The Kestrel Party MEP said: “We were promised a new hospital.”")
    assert c.source != "Kestrel Party"
    assert c.affiliation == "Kestrel Party"
    (c,) = attributed("Ana Ruiz MEP said the vote was lost.")
    assert c.source == "Ana Ruiz"


def test_a_highway_or_border_patrol_is_the_state_s():
    (c,) = attributed("The Kestrel Highway Patrol said the road would stay closed overnight.")
    assert c.source_kind == "government"
    (c,) = attributed("A patrol of volunteers said the streets were quiet.")
    assert c.source_kind != "government"


def test_a_document_sorted_by_a_word_has_no_maker_of_that_word():
    text = "A Kestrel News analysis of the most stolen cars by make in Riverton shows Kestas rank fifth."
    (c,) = attributed(text)
    assert c.affiliation is None
    (c,) = attributed("A report by police in May found that burglaries had fallen.")
    assert c.affiliation == "police"


def test_a_family_doctor_is_a_person():
    (c,) = attributed("The GP is calling for the town to be classed as short of doctors.")
    assert (c.source, c.source_kind) == ("GP", "person")
    (c,) = attributed("A GP in Leeds, Ana Ruiz, said patients waited three weeks.")
    assert c.source == "Ana Ruiz"
    (c,) = [c for c in attributed("Local GPs said they were exhausted.") if c.cue == "said"]
    assert c.source_kind == "group"


def test_a_body_named_for_its_members_is_no_one_s():
    """ "the Public Employees' Retirement System": a body whose name holds whom it serves, not a
    person "Retirement System" of the employees."""
    (c,) = attributed("The Kestrel Public Employees’ Retirement System announced its first loss in a decade.")
    assert (c.source, c.source_kind) == ("Kestrel Public Employees’ Retirement System", "organization")
    (c,) = attributed("The Riverton Municipal Employees Retirement System reported an $8-billion loss.")
    assert (c.source, c.source_kind) == ("Riverton Municipal Employees Retirement System", "organization")


def test_we_who_ask_outside_a_quotation_are_the_newsroom():
    """ "We asked the council if ...": the outlet's reporters, not the last speaker; a "we" asking
    inside a quotation is the speaker's."""
    text = "The mayor said the bins would be emptied weekly.\n\nWe asked the council if it had plans to change that."
    (c,) = [c for c in claims_of(text) if c.cue == "asked"]
    assert c.source_kind == "narrator"
    (c,) = attributed("“We asked the council for help, but nobody came,” Ana Ruiz said.")
    assert c.source == "Ana Ruiz"


def test_a_speaker_is_not_cut_after_a_participle_whose_words_follow():
    """ "Unions representing both primary and secondary teachers tend to agree": the unions, not
    "unions representing"."""
    text = "Unions representing both primary and secondary teachers tend to agree that the ban is working."
    (c,) = attributed(text)
    assert c.source == "unions"


def test_aldermen_are_many():
    """ "some aldermen": a plural in "-men" the tagger read as a singular noun."""
    (c,) = attributed("This is the main reason some aldermen say the budget failed.")
    assert c.source_kind == "group"
    (c,) = attributed("The chairman said the firm was sound.")
    assert c.source_kind == "person"


def test_one_of_them_named_after_a_comma_is_that_body():
    (c,) = attributed("One of the major players, Kestrel Parking Services, said the fines were fair.")
    assert (c.source, c.source_kind) == ("Kestrel Parking Services", "organization")
    text = (
        "One of the biggest operators, Kestrel Parking Services — owned by Tomas Holdings — demands $70 from drivers."
    )
    (c,) = attributed(text)
    assert c.source == "Kestrel Parking Services"
    (c,) = attributed("The firm, Kestrel Data — owned by Vell Holdings — said the breach was contained.")
    assert c.source == "Kestrel Data"


def test_a_lawyer_for_a_titled_name_is_not_that_person():
    (c,) = attributed("A lawyer for Mr Hale argued that the fine was unfair.")
    assert c.source != "Mr Hale"
    assert c.affiliation == "Mr Hale"


def test_a_client_is_no_affiliation_of_the_next_person_named():
    """A judge named after "a lawyer for Ana Ruiz" argued does not speak for Ana Ruiz; a person
    named after "a spokesman for the rebels" does speak for them."""
    text = (
        "Ana Ruiz lost her case. A lawyer for Ana Ruiz argued that the fee should have been set far lower.\n\n"
        "But Lord Justice Moore-Vell, sitting with two other judges, said: “I see nothing unfair in the sum charged.”"
    )
    (c,) = [c for c in attributed(text) if c.cue == "said:"]
    assert (c.source, c.affiliation) == ("Lord Justice Moore-Vell", None)
    text = "A spokesman for the rebels rejected the figures.\n\n“We lost nobody,” Hamid Ag Ali told Reuters."
    (c,) = [c for c in attributed(text) if c.source == "Hamid Ag Ali"]
    assert c.affiliation == "rebels"


def test_a_name_that_ends_on_a_family_s_surname_is_a_person():
    text = (
        "The Walker family got their cases back at the terminal on Friday.\n\n"
        '"We had no idea where anything was," Teaka Walker told the radio station.'
    )
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == ("Teaka Walker", "person")


def test_a_network_agency_of_the_state_is_no_broadcaster():
    (c,) = attributed("The Federal Network Agency said household use was too high.")
    assert c.source_kind == "government"
    (c,) = attributed("Kestrel News Network said the storm had passed.")
    assert c.source_kind == "media"


def test_a_legislature_by_its_own_name_is_the_state_s():
    (c,) = attributed("The Bundesrat approved the new rent rules on Friday.")
    assert (c.source, c.source_kind) == ("Bundesrat", "government")


def test_a_council_named_for_two_places_is_one_body():
    text = "Two months on, Kensington and Chelsea Council decided to scrap the scheme after objections from traders."
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == ("Kensington and Chelsea Council", "government")
    (c,) = attributed("Avon and Somerset Police said the bridge would reopen on Friday.")
    assert (c.source, c.source_kind) == ("Avon and Somerset Police", "government")


def test_where_a_source_spoke_is_no_affiliation():
    text = (
        "In a letter mailed to parents, Iowa City schools Superintendent Matt Kestrin said the term would start late."
    )
    (c,) = attributed(text)
    assert c.affiliation == "Iowa City"


def test_a_strategy_or_a_snapshot_is_a_document():
    (c,) = attributed("The government’s housing strategy says a new agency will regulate short-term lets.")
    assert c.source_kind == "document"
    (c,) = attributed("The snapshot says the firm completed 29,005 connections.")
    assert c.source_kind == "document"


def test_a_story_label_names_no_one():
    assert attributed("Top Story: Riverton school board orders books removed from libraries") == []


def test_a_state_of_a_country_is_that_state_s():
    text = "The US state of Oregon has issued orders to three firms, accusing them of offering unlicensed betting."
    claims = attributed(text)
    assert {(c.source, c.source_kind) for c in claims} == {("state of Oregon", "government")}


def test_an_affiliation_names_a_body():
    """Not a word of grammar ("my NHS Trust"), a role ("The lone dissenter, Commissioner Tom
    Hale") nor how a body is run ("The state-run KTN")."""
    (c,) = attributed("The lone dissenter, Commissioner Tom Hale, said the fine was too small.")
    assert (c.source, c.affiliation) == ("Tom Hale", None)
    (c,) = attributed("The state-run KTN said a second reporter had been freed on bail.")
    assert c.affiliation is None
    text = "A nurse wrote that my NHS Trust has said it will charge staff to park from April."
    assert all(c.affiliation != "my" for c in attributed(text))
    (c,) = attributed("A spokeswoman for the landlord said the repairs would start soon.")
    assert c.affiliation == "landlord"


def test_a_headline_s_verb_is_no_part_of_a_name():
    """ "Zentrix Responds with Federal Lawsuit": the headline's subject and its verb; a later
    "Zentrix contended" is Zentrix, not "Zentrix Responds"."""
    text = (
        "Zentrix Responds with Federal Lawsuit\n\n"
        "In a complaint filed on Wednesday, Zentrix contended that the state had no power over it."
    )
    (c,) = attributed(text)
    assert c.source == "Zentrix"
    (c,) = attributed("Tom Hughes said the road was closed.")
    assert c.source == "Tom Hughes"


def test_a_new_minister_serves_the_country_not_a_new_one():
    (c,) = attributed("New UK Sport Minister Tom Hale has told touts that the game is up.")
    assert c.affiliation == "UK"
    (c,) = attributed("New Zealand Prime Minister Ana Ruiz said the border would reopen.")
    assert c.affiliation == "New Zealand"


def test_fans_named_for_whom_they_follow_are_a_group():
    (c,) = attributed("The row began when Kestrel Vell fans found out they could not buy seats online.")
    assert (c.source, c.source_kind) == ("Kestrel Vell fans", "group")
    (c,) = attributed("Tom Hale said the tickets were gone.")
    assert (c.source, c.source_kind) == ("Tom Hale", "person")


def test_a_tax_commissioner_s_field_is_no_body():
    (c,) = attributed("Tax Commissioner Mary Kestrin said refunds would be late this spring.")
    assert c.affiliation is None
    (c,) = attributed("Kestria Tax Commissioner Mary Kestrin said refunds would be late.")
    assert c.affiliation == "Kestria"


def test_a_courtesy_title_names_a_person():
    """ "Mr Fox": a man, though "Fox" alone may name a broadcaster."""
    (c,) = attributed("Mr Fox insisted last week that he would stay on.")
    assert (c.source, c.source_kind) == ("Mr Fox", "person")
    (c,) = attributed("Terry Fox wrote to fellow members on Monday.\n\nMr Fox insisted that he would stay on.")
    assert c.source == "Terry Fox"
    (c,) = attributed("Fox News said the vote was close.")
    assert c.source_kind == "media"


def test_a_body_named_for_a_titled_person_is_a_body():
    """ "Sir Tomas Vell Hospital", tagged a person's name for its title: a hospital."""
    text = "Defending itself against the order, Sir Tomas Vell Hospital has termed the ruling “surprising”."
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == ("Tomas Vell Hospital", "organization")


def test_a_name_opening_with_a_body_s_initials_is_a_body():
    text = "BMA Wales said junior doctors would strike in March."
    (c,) = attributed(text)
    assert c.source_kind != "person"


def test_a_given_name_ending_in_s_is_no_trade_of_a_country():
    text = (
        "“A crash like this would not normally need us,” Kris Ireland, deputy director of the board’s Office of"
        " Highway Safety, told reporters."
    )
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == ("Kris Ireland", "person")


def test_a_headline_s_claim_before_an_inverted_warning_is_the_content():
    (c,) = attributed("Bus fares to double next year, warns transport union")
    assert (c.source, c.content) == ("transport union", "Bus fares to double next year")
    (c,) = attributed("Pharmacy theft rising, staff more anxious, warns chemists’ body")
    assert c.content.startswith("Pharmacy theft rising")
    (c,) = attributed("The minister, in a statement, warned parliament.")
    assert c.source == "minister"


def test_a_surname_in_the_plural_is_the_family():
    text = (
        "Ana Vellander was given the wrong drug at the clinic, a jury found.\n\n"
        "The Vellanders, now living in Ashby, said the award would pay for their son’s care."
    )
    (c,) = [c for c in attributed(text) if c.cue == "said"]
    assert (c.source, c.source_kind) == ("Vellanders", "group")


def test_a_titled_surname_ends_at_its_last_capitalised_word():
    text = (
        "Patrick Treacy SC, acting for the widow, told the judge the claim was resolved.\n\n"
        "Mr Treacy instructed by solicitor Aoife Nolan said his client was gravely unwell."
    )
    (c,) = [c for c in attributed(text) if c.cue == "said"]
    assert c.source == "Patrick Treacy"


def test_a_participle_that_describes_a_subject_is_no_cue_for_its_agent():
    text = (
        "Michael Tierney SC, acting for the widow, told the judge the claim was resolved.\n\n"
        "Mr Tierney instructed by solicitor Cian Walsh said the widow was very ill and the position was desperate."
    )
    assert "Cian Walsh" not in {c.source for c in attributed(text)}
    text = "Burglaries reported by police in Kestria have climbed to a ten-year peak, according to new statistics."
    assert [c.source for c in attributed(text)] == ["new statistics"]
    text = "Yet the poll of some 3,000 tenants, reported by Kestrel News, found broad support for the plan."
    assert "Kestrel News" in {c.source for c in attributed(text)}


def test_a_town_after_a_street_is_where_one_lives():
    text = (
        "Susan Price, aged 51, of Mill Lane, Radcliffe, queued for registration.\n\n"
        'She said: "My old surgery struck me off its list."'
    )
    (c,) = attributed(text)
    assert c.source == "Susan Price"


def test_a_son_named_is_no_later_she():
    text = (
        "Emma Clarke queued outside the surgery and brought son Kane back later.\n\n"
        'She said: "We have waited two years for this."'
    )
    (c,) = attributed(text)
    assert c.source == "Emma Clarke"


def test_a_surname_that_is_a_role_word_stays_a_name():
    text = (
        "Wesley Leader, who lost two teeth in a fall, uses a kit bought online. He told the BBC he could not"
        ' find a dentist.\n\nMr Leader said: "It affects your whole life."'
    )
    (c,) = [c for c in attributed(text) if c.cue == "said:"]
    assert c.source == "Wesley Leader"
    (c,) = attributed("Acme Lawyer Says Deal Is Dead")
    assert c.source == "Acme lawyer"


def test_a_document_s_maker_ends_before_a_participle():
    text = "According to a statement by Uber shared with local reporters, the driver was unhurt."
    (c,) = attributed(text)
    assert c.affiliation == "Uber"


def test_a_word_for_the_speaker_after_a_body_is_no_part_of_it():
    text = "Thieves now target power tools, according to an analysis from Kestrel Policy Institute professor Ana Vell."
    (c,) = attributed(text)
    assert (c.source, c.affiliation) == ("Ana Vell", "Kestrel Policy Institute")


def test_a_name_after_a_resident_of_a_place_is_the_resident():
    text = (
        "Queues formed in King's Lynn again on Monday.\n\n"
        'King\'s Lynn resident Ellie shared a picture and wrote on Facebook: "Is this the queue for a concert?"'
    )
    assert {c.source for c in attributed(text) if c.source != "narrator"} == {"Ellie"}


def test_an_agency_s_credit_and_dash_opening_the_text_are_no_content():
    text = "(Reuters) - U.S. councils must clear the backlog of repairs, the housing ministry said on Thursday."
    (c,) = attributed(text)
    assert c.content == "U.S. councils must clear the backlog of repairs"


def test_a_hyphenated_word_for_a_body_is_a_body():
    """ "the Co-op", which the parser splits at its hyphen and heads on "op"."""
    (c,) = attributed(
        "Earlier this month the Co-op said thousands of shoplifters went unpunished after staff stopped them."
    )
    assert (c.source, c.source_kind) == ("Co-op", "organization")


def test_a_role_in_lower_case_before_a_name_is_no_body():
    (c,) = attributed("A report by retired judge Tom Reed published on Monday said the scheme had failed.")
    assert (c.source, c.affiliation) == ("Tom Reed", None)


def test_a_vehicle_trying_to_move_says_nothing():
    assert attributed("A delivery lorry was attempting to reverse into a narrow lane behind the shops.") == []
    (c,) = attributed("The video appears to show the officer firing.")
    assert c.source == "video"
    text = "Supermarkets and corner shops in Kestria have pledged to stop selling energy drinks to children."
    (c,) = attributed(text)
    assert c.cue == "have pledged"


def test_who_saw_a_document_did_not_make_it():
    (c,) = attributed("A memo seen by the Kestrel Herald says the scheme was abandoned.")
    assert (c.source_kind, c.affiliation) == ("document", None)
    (c,) = attributed("A study published by the Transport Ministry said delays fell.")
    assert c.affiliation == "Transport Ministry"


def test_a_body_of_the_crown_is_no_person_named_majesty():
    text = "His Majesty's Prison Service said it took the safety of its officers “very seriously”."
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == ("His Majesty's Prison Service", "government")


def test_the_subject_right_before_a_cue_speaks_not_an_aside():
    text = (
        "Hundreds of men are languishing in prisons across the state — some for as long as nine years — as they"
        " wait for their cases to be heard, the Ledger can reveal."
    )
    (c,) = attributed(text)
    assert c.source == "Ledger"
    text = (
        "City Attorney Tom Reed on Tuesday repeated comments he made last week that the city intends to release"
        " the footage to the family."
    )
    (c,) = attributed(text)
    assert c.source == "Tom Reed"  # the city's intent, in his words


def test_things_issued_by_the_count_say_nothing():
    """ "issued 412 parking fines": an act counted, no words; "issued a warning that ..." speaks."""
    assert not [c for c in attributed("Last year the county issued 412 parking fines near schools.") if c.cue]
    assert not attributed("Wardens had issued them with fixed penalty notices for dropping litter.")
    (c,) = attributed("The agency issued a warning that the old dam could fail.")
    assert c.content == "that the old dam could fail"
    (c,) = attributed("The agency issued two warnings about the old dam.")
    assert c.cue == "issued"


def test_calling_time_says_nothing():
    assert not attributed("The landlord will finally call time on Friday after twenty years behind the bar.")
    assert not attributed("Cafes are calling time across the valley as rents rise.")
    (c,) = attributed("The union called the new rota unfair.")
    assert c.source == "union"


def test_a_challenge_to_act_is_a_demand():
    (c,) = [c for c in attributed("The mayor challenged ministers to publish the report.") if c.cue == "challenged"]
    assert c.stance == "demands"
    (c,) = attributed("The union challenged the decision to shut the depot.")
    assert c.stance == "questions"


def test_a_participle_as_a_headline_s_label_names_no_speaker():
    text = "BANNED: Drivers face new limits on the coast road\n\nThe council said the limit would cut crashes."
    assert [c.source for c in attributed(text)] == ["council"]


def test_a_label_over_a_named_speaker_is_no_speaker():
    text = "Plea: Ana Vell wants the council to reopen the library\n\nThe branch shut in May."
    (c,) = attributed(text)
    assert (c.source, c.via) == ("Ana Vell", None)
    text = "Vell: I Believe The Depot Will Stay Open\n\nHe spoke on Monday."
    assert "Vell" in {c.source for c in attributed(text)}


def test_the_body_a_common_word_stands_for_named_before():
    text = (
        "The Kestrel Food Bank has not yet seen a sudden rise in demand, although Ana Vell, the organisation's"
        " manager, said demand might still climb before winter."
    )
    (c,) = attributed(text)
    assert (c.source, c.affiliation) == ("Ana Vell", "Kestrel Food Bank")
    (c,) = attributed("The drive saved lives, said Tom Hale, chairman of the group.")
    assert (c.source, c.affiliation) == ("Tom Hale", None)


def test_an_acronym_closing_an_affiliation_is_left_out():
    text = (
        "The case was brought by the Kestrel Water Agency (KWA).\n\nCommenting after the ruling, Ana Vell, KWA"
        " environment officer, said: “We treat such spills with great concern.”"
    )
    (c,) = [c for c in attributed(text) if c.cue == "said:"]
    assert c.affiliation == "Kestrel Water Agency"


def test_initials_before_a_given_name_and_surname_are_a_title():
    text = (
        "Health MEC Donald Hlongwane said the clinic was based on a foreign model. “Lessons were drawn from"
        " three countries,” he said."
    )
    found = attributed(text)
    assert len(found) == 2 and {c.source_kind for c in found} == {"person"} and len({c.source for c in found}) == 1


def test_a_lot_of_people_are_a_group():
    (c,) = attributed("A lot of people said the new timetable was confusing.")
    assert c.source_kind == "group"
    (c,) = attributed("A group of women said they had been turned away.")
    assert c.source_kind == "group"


def test_a_council_named_before_its_leader():
    text = "Kestrel City Council said it would act.\n\nCouncil leader Ana Vell said the service would improve."
    (c,) = [c for c in attributed(text) if c.source == "Ana Vell"]
    assert c.affiliation == "Kestrel City Council"
    text = (
        "Brynmawr council said it had fined 40 parents.\n\nTom Hale, the council's head of learning, said fines work."
    )
    (c,) = [c for c in attributed(text) if c.source == "Tom Hale"]
    assert c.affiliation == "Brynmawr council"


def test_a_scene_after_the_cue_is_no_part_of_what_was_said():
    (c,) = attributed("The depot will shut in June, Tom Vell said as workers gathered outside.")
    assert c.content == "The depot will shut in June"


def test_a_body_named_before_a_name_may_hold_words_in_lower_case():
    (c,) = attributed("“We welcome the cut,” Chief Executive of the Kestrel Council for Housing Tom Vell said.")
    assert (c.source, c.affiliation) == ("Tom Vell", "Kestrel Council for Housing")


def test_the_latest_of_documents_named_before_is_a_document():
    text = "The council faced several audits and reviews. The latest concluded that spending was out of control."
    (c,) = attributed(text)
    assert c.source_kind == "document"


def test_reporting_to_someone_later_says_nothing_yet():
    text = "She will report to the health secretary on whether the trust should keep its maternity unit by May."
    assert not attributed(text)
    assert not attributed("The inspector will report back to ministers in the spring.")
    (c,) = attributed("Neighbours reported to police that a van was parked outside for days.")
    assert c.content == "that a van was parked outside for days"


def test_a_court_named_by_its_level_is_the_state_s():
    """The model may tag "X Magistrates’ Court" a person's name: a court all the same."""
    from factcheck.resolve import Resolver

    name = "Kestrel Magistrates’ Court"
    heard = _mention(name, "Court", [(name, "PERSON")], proper=True)
    assert (Resolver().resolve(heard).name, Resolver().resolve(heard).kind) == (name, "government")
    (c,) = attributed("The tennis great Margaret Court said she was proud of the club.")
    assert c.source_kind == "person"


def test_what_describes_the_speaker_is_no_part_of_what_they_say():
    text = (
        "Bill Hale, a pensioner whose flat in Ashby, near Kestrel-on-Sea, is run by Vell Housing, says his rent"
        " and bills have risen by £6 a week since April."
    )
    (c,) = attributed(text)
    assert (c.source, c.content) == ("Bill Hale", "his rent and bills have risen by £6 a week since April")


def test_a_seat_s_name_before_an_mp_is_no_second_person():
    (c,) = attributed("Ashby and Kestrel MP Apsana Vell told local reporters that the rise is “concerning”.")
    assert (c.source, c.source_kind) == ("Apsana Vell", "person")


def test_a_department_before_at_is_no_body():
    (c,) = attributed("Tom Vell, Head of Service Charges at the Kestrel Group said: “We are very sorry.”")
    assert c.affiliation == "Kestrel Group"


def test_a_role_right_after_a_name_makes_it_a_person_s():
    text = "Cyril Vell-Hart, chairman of KTA, a Kestrel council tenants organisation, said people were worried."
    (c,) = attributed(text)
    assert (c.source, c.source_kind) == ("Cyril Vell-Hart", "person")


def test_one_opening_a_sentence_is_one_of_the_group_before():
    text = "Paramedics have said up to ten ambulances can queue outside the hospital. One added: “Someone will die.”"
    assert {c.source for c in attributed(text)} == {"paramedics"}


def test_a_report_s_title_in_a_headline_is_a_document():
    text = "KNU Ward Care Report Shows Hospital Staff “Close To Despair”\n\nNurses said the wards were full."
    (c, _) = attributed(text)
    assert c.source_kind == "document"


def test_who_can_reveal_is_a_publication():
    (c,) = attributed("Teachers Week can exclusively reveal that police have dropped their inquiry into the trust.")
    assert (c.source, c.source_kind) == ("Teachers Week", "media")
    (c,) = attributed("Tom Hale can reveal that the plan was leaked.")
    assert c.source_kind == "person"


def test_statistics_are_a_document_and_a_day_owns_none():
    (c,) = attributed("Kestrel Office statistics said the headcount stood at 12,704 in March.")
    assert c.source_kind == "document"
    (c,) = attributed("Tuesday's figures suggest the force is on course to meet its target.")
    assert (c.source_kind, c.affiliation) == ("document", None)


def test_a_town_after_the_street_one_is_from_is_no_speaker():
    (c,) = attributed("Dominic Vale, 28, from Norris Close, Ashby Colney, pleaded guilty to dumping waste.")
    assert c.source == "Dominic Vale"


def test_encouraging_people_to_act_is_a_demand():
    (c,) = attributed("Tom Vell encouraged landowners to lock their gates ahead of the winter months.")
    assert c.stance == "demands"


def test_a_body_named_against_something_is_no_person_s_name():
    (c,) = attributed("A spokesman for Divers Against Plastic said members of the club felt they had to act.")
    assert (c.source_kind, c.affiliation) == ("person", "Divers Against Plastic")
    assert c.source != "Against Plastic"


def test_what_someone_has_is_no_speaker():
    (c,) = attributed("Ana Vell says her rent went up by £6 a week: “That is a huge sum,” she says.")
    assert c.source == "Ana Vell"
    (c,) = attributed("His campaign said the poll was wrong.")
    assert c.source_kind == "organization"


def test_a_councillor_s_council_is_named_with_its_level():
    (c,) = attributed("Ashby Borough Councillor Tom Hale said the bins would be collected weekly.")
    assert c.affiliation == "Ashby Borough Council"


def test_the_doer_of_a_passive_telling_speaks():
    (c,) = attributed('Campaigners marched to the hall. They were told by the mayor: "The bridge stays shut."')
    assert (c.source, c.source_kind) == ("mayor", "person")
    assert c.content == "The bridge stays shut."


def test_those_told_are_no_part_of_what_was_said():
    (c,) = attributed('Drivers were told by police: "Turn back now."')
    assert c.source_kind == "government"
    assert "Drivers" not in c.content
    (c,) = attributed('"We cannot help you," they were told by a duty manager.')
    assert c.source == "duty manager"
    assert c.content.rstrip(",") == "We cannot help you"


def test_a_story_told_by_someone_is_what_was_told():
    c = attributed("A very different story was told by the harbour master, who blamed the weather.")[0]
    assert (c.cue, c.content) == ("was told", "A very different story")


def test_a_name_before_a_description_and_the_cue_is_the_speaker():
    text = (
        "Ana Vell, the college's director, says the budget is tight.\n\n"
        'The merger will mean "fewer courses and larger classes", Tom Hale, the director said.'
    )
    claims = attributed(text)
    assert [c.source for c in claims] == ["Ana Vell", "Tom Hale"]
    assert "Tom Hale" not in claims[1].content


def test_a_rank_among_those_on_record_is_no_claim():
    assert attributed("Fees set in May are among the highest reported so far this season.") == []
    assert attributed("The flood was the worst ever recorded in the valley.") == []
    (c,) = attributed("The largest reported a loss of $2 million.")
    assert c.cue == "reported"


def test_the_member_for_a_seat_is_no_name():
    (c,) = attributed("The Ashby North MP said the council had failed its tenants.")
    assert c.source == "Ashby North MP"
    (c,) = attributed("Tom Vell MP said the council had failed its tenants.")
    assert c.source == "Tom Vell"


def test_a_commissioner_s_portfolio_is_no_body():
    (c,) = attributed("Crime commissioner Tom Vell said the increase was needed to keep officers on the streets.")
    assert (c.source, c.affiliation) == ("Tom Vell", None)
    (c,) = attributed("Homeland Security Secretary Ana Vell said the threat was real.")
    assert c.affiliation == "Homeland Security"


def test_what_a_set_off_participle_announces_is_the_noun_it_describes():
    (c,) = attributed("The plan, announced on Monday by the council, led to protests outside the town hall.")
    assert (c.source, c.cue, c.content) == ("council", "announced", "The plan")
    c = attributed("The report, published by the watchdog on Friday, found that waits had doubled.")[-1]
    assert c.content == "that waits had doubled"


def test_a_share_of_those_asked_is_no_one_named_before():
    text = (
        "The biggest earner was the Kestrel trust, which collected £6.3m.\n\n"
        "A survey of 2,000 visitors found many were unhappy.\n\n"
        "72% said the queues at the surgery left them anxious."
    )
    c = attributed(text)[-1]
    assert (c.source, c.source_kind) == ("72%", "group")


def test_a_question_the_parser_ends_before_its_inverted_cue():
    text = "The mayor took aim at the board. ''Is the council running against its own tenants?'' asked Mr. Vell, referring to the cuts."
    c = attributed(text)[-1]
    assert (c.source, c.cue, c.stance) == ("Vell", "asked", "questions")
    assert c.content == "Is the council running against its own tenants?"


def test_who_warns_after_despite_or_with_set_off_by_commas():
    c = attributed("Staff backed the pay claim despite the principal, Tom Hale, warning that it could cost jobs.")[-1]
    assert (c.source, c.cue) == ("Tom Hale", "warning")
    (c,) = attributed("Residents packed the hall, with the mayor, Ana Vell, saying the road would reopen in May.")
    assert c.source == "Ana Vell"
    (c,) = attributed("The firm cut 40 jobs after talks with its lender, Kestrel Bank, saying costs had soared.")
    assert c.source == "firm"


def test_one_of_a_kind_a_capitalised_word_names_is_a_person():
    (c,) = attributed("The ruling was called a scandal by a former Olympian.")
    assert (c.source, c.source_kind) == ("former Olympian", "person")
    (c,) = attributed("A Briton said the fees were too high.")
    assert (c.source, c.source_kind, c.affiliation) == ("Briton", "person", None)
    c = attributed("Tom Manley ended his campaign. A teary-eyed Manley says he is proud of it.")[-1]
    assert c.source == "Tom Manley"


def test_a_body_s_word_then_of_and_what_it_is_of_is_one_name():
    (c,) = attributed("The Kestrel College of GPs warned that waiting lists would grow.")
    assert (c.source, c.source_kind) == ("Kestrel College of GPs", "organization")


def test_a_share_of_staff_speaks_though_the_model_tags_it_money():
    c = attributed("The trust earned the most. Nearly 40 per cent of staff said they would leave.")[-1]
    assert (c.source, c.source_kind, c.content) == ("Nearly 40 per cent of staff", "group", "they would leave")
    assert attributed("The council spent £40 on it, not the 60 per cent claimed by critics.") == []


def test_a_headline_s_warning_from_someone_is_theirs_not_its_adjective_s():
    text = (
        "'If we cannot reopen in July, it could finish us': Dire warning from zoo charity\n\nThe charity runs two zoos."
    )
    c = attributed(text)[0]
    assert (c.source, c.source_kind) == ("zoo charity", "organization")
    assert c.content == "If we cannot reopen in July, it could finish us"


def test_a_cue_inside_the_whether_a_question_asks_is_no_claim():
    text = "Ana Vell was replying to a question asked by councillor Tom Hale about whether she could confirm plans to shut two libraries."
    assert "could confirm" not in [c.cue for c in attributed(text)]
    (c,) = attributed("It is not clear whether Ana Vell knew that the depot would close.")
    assert (c.source, c.cue) == ("Ana Vell", "knew")
