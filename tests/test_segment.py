import pytest

from factcheck.segment import dateline_end, paragraphs, quotes


def test_paragraphs_split_on_blank_lines_and_keep_offsets():
    text = "First paragraph here.\n\n  Second one.\n\n\nThird."
    spans = paragraphs(text)
    assert [text[s:e] for s, e in spans] == ["First paragraph here.", "Second one.", "Third."]


def test_one_line_per_paragraph_is_split_after_sentence_ends():
    text = "He said it was over.\nShe disagreed with him."
    assert [text[s:e] for s, e in paragraphs(text)] == ["He said it was over.", "She disagreed with him."]


def test_wire_copy_wrapped_at_a_fixed_width_is_joined_into_its_paragraphs():
    text = (  # wrapped at 60 characters
        "A bird strike forced a Delta Air Lines flight bound for\n"
        "Denver to make an emergency return to the airport, officials\n"
        "said. It was the second time this month.\n"
        "A spokeswoman for the airline said nobody was hurt and that\n"
        "the plane would be inspected overnight on Friday."
    )
    assert [text[s:e].replace("\n", " ") for s, e in paragraphs(text)] == [
        "A bird strike forced a Delta Air Lines flight bound for Denver to make an emergency return to the "
        "airport, officials said. It was the second time this month.",
        "A spokeswoman for the airline said nobody was hurt and that the plane would be inspected overnight on Friday.",
    ]


def test_a_list_of_headlines_one_to_a_line_stays_apart():
    text = (
        "Mayor says the bridge will reopen in the spring\n"
        "Union calls for talks on pay at the two steel plants\n"
        "Health agency says the outbreak is under control now"
    )
    assert len(paragraphs(text)) == 3


def test_curly_and_straight_quotes_pair():
    text = 'He said “we will win” and "they will lose."'
    found = [text[q.start : q.end] for q in quotes(text)]
    assert found == ["we will win", "they will lose."]


def test_a_closing_mark_written_to_open_opens_a_quotation():
    """Some outlets open a quotation with the closing mark: ”... ,” he said."""
    text = "”We shut the line at noon and hope to reopen on Monday,” the manager said."
    assert [text[q.start : q.end] for q in quotes(text)] == ["We shut the line at noon and hope to reopen on Monday,"]
    text = "The self-styled ”experts” were wrong, and it was ”fine”."
    assert [text[q.start : q.end] for q in quotes(text)] == ["experts", "fine"]


def test_two_apostrophes_or_backticks_are_a_double_quotation_mark():
    """Archive and wire text (LexisNexis, the NYT archive) writes ''quotes'' and ``quotes''."""
    text = "''We disagree,'' the airline said. ``We are studying the order.''"
    assert [text[q.start : q.end] for q in quotes(text)] == ["We disagree,", "We are studying the order."]
    # one apostrophe stays an apostrophe
    assert quotes("the players' union and the '90s rock 'n' roll") == []


def test_double_primes_pair_as_straight_marks():
    """Some sites set a double prime (″) for every double quotation mark."""
    text = "″We will appeal,″ the coach said. A 27″ screen is ″too small″ for the hall."
    assert [text[q.start : q.end] for q in quotes(text)] == ["We will appeal,", "too small"]
    assert quotes("The 12″ pipe burst.") == []  # inches, never opened


def test_unbalanced_quote_runs_to_paragraph_end_without_failing():
    text = "“We will fight on, she said"
    qs = quotes(text)
    assert len(qs) == 1 and not qs[0].closed and text[qs[0].start : qs[0].end] == "We will fight on, she said"
    assert quotes('"') == [] and quotes("") == []


def test_a_dateline_ended_by_an_agency_credit_is_skipped():
    """Some pages drop the dash after the credit: "RIVERTON, Ohio (AP) Authorities issued ..."."""
    text = "RIVERTON, Ohio (AP) Authorities issued evacuation orders."
    assert text[dateline_end(text, 0, len(text)) :] == "Authorities issued evacuation orders."
    text = "NATO (the alliance) Members met in May."  # no credit: a bracket in lower case
    assert dateline_end(text, 0, len(text)) == 0


def test_dateline_is_skipped():
    text = "ALMATY, Kazakhstan -- Eight people protested."
    assert text[dateline_end(text, 0, len(text)) :] == "Eight people protested."
    plain = "Officials said on Monday that prices rose."
    assert dateline_end(plain, 0, len(plain)) == 0
    dated = "20120120 Officials said on Monday that prices rose."  # a date in digits: no agency's name after it
    assert dated[dateline_end(dated, 0, len(dated)) :] == "Officials said on Monday that prices rose."
    solid = "DENVER—Eight people protested."  # a dash set solid
    assert solid[dateline_end(solid, 0, len(solid)) :] == "Eight people protested."
    hyphened = "MID-YEAR—results fell."  # no capital after the dash: the text itself
    assert dateline_end(hyphened, 0, len(hyphened)) == 0


@pytest.mark.parametrize(
    "text",
    [
        "New Delhi, Mar 3 (IANS): Eight people protested.",
        "Kabul (Reuters) - Eight people protested.",
        "Beijing, March 3 (Xinhua) -- Eight people protested.",
        "20120120 Reuters KABUL (Reuters) - Eight people protested.",  # a date in digits and the agency first
        "Lisbon, Mar 3 (KNA/RTX) Eight people protested.",  # two agencies, and a date instead of a mark
        "TURIN, Italy (Reuters) -Eight people protested.",  # the dash set solid to the text
        "Turin (Reuters) -Eight people protested.",
    ],
)
def test_a_wire_agency_dateline_in_mixed_case_is_skipped(text):
    assert text[dateline_end(text, 0, len(text)) :] == "Eight people protested."


@pytest.mark.parametrize("text", ["SMITH (R): We will win.", "BIDEN (LAUGHS): I know that."])
def test_a_transcript_speaker_with_a_bracketed_note_is_no_dateline(text):
    assert dateline_end(text, 0, len(text)) == 0


@pytest.mark.parametrize(
    "text, inside",
    [
        ("‘We will appeal,’ she said. ‘The ruling was wrong.’", ["We will appeal,", "The ruling was wrong."]),
        (
            "The mayor said, 'The bridge is safe. It was inspected in May.'",
            ["The bridge is safe. It was inspected in May."],
        ),
        ("The students' union called the plan 'absurd'.", ["absurd"]),
        ("Critics say the council has ‘Come a Long Way’ On Housing, but it’s not enough.", ["Come a Long Way"]),
        # a quotation going on to the next paragraph opens after a comma and is not closed
        (
            "Ruiz added, 'One more story is going round about the pool. It is false",
            ["One more story is going round about the pool. It is false"],
        ),
        # ... or opens a sentence after a quotation closed in the paragraph: the speaker goes on
        (
            "'The garden is part of the offer,' he said. 'Shutting it at 11pm would hurt the bar.",
            ["The garden is part of the offer,", "Shutting it at 11pm would hurt the bar."],
        ),
        ("'The garden is part of the offer,' he said. The bar's owner agreed.", ["The garden is part of the offer,"]),
        # apostrophes only
        ("He said he'd rock 'n' roll like it was the '90s.", []),
        ("It's the players' choice, the coach's call and the fans' money.", []),
        # in a paragraph with double marks, single marks are a quotation inside a quotation
        ("\"They called it 'a scandal',\" he said.", ["They called it 'a scandal',"]),
        # a word's closing mark before a space ends a quotation when the next sentence opens one
        (
            "She said the firm was 'much more careful' in its sums. 'Orders are climbing,' she added.",
            ["much more careful", "Orders are climbing,"],
        ),
    ],
)
def test_single_quotation_marks(text, inside):
    assert [text[q.start : q.end] for q in quotes(text)] == inside


def test_a_blank_line_inside_a_sentence_does_not_part_it():
    """Scraped pages break a sentence around a link or an advertisement: a paragraph that ends
    in no stop, before one that goes on in lower case, is one sentence."""
    text = "The audit found signs of the mayor\n\ntaking money.\n\nHe denied it."
    assert [text[s:e] for s, e in paragraphs(text)] == [
        "The audit found signs of the mayor\n\ntaking money.",
        "He denied it.",
    ]
    # a headline with no stop, and a paragraph that opens in capitals, stay apart
    text = "Minister denies bribery claims\n\nThe minister denied it."
    assert len(paragraphs(text)) == 2


def test_a_dateline_of_two_words_glued_to_the_text_by_a_hyphen_is_skipped():
    text = "NEW RIVERTON-Ohio Attorney General Ana Ruiz is moving to sue."
    assert text[dateline_end(text, 0, len(text)) :] == "Ohio Attorney General Ana Ruiz is moving to sue."
    for kept in ("COVID-Hit Firms Say Aid Is Late", "Riverton-Ohio rail link opens"):  # one word; no capitals
        assert dateline_end(kept, 0, len(kept)) == 0


def test_a_dateline_with_an_outlets_credit_and_a_colon_is_skipped():
    text = "KESTREL (Riverton News): At least 20 people were killed."
    assert text[dateline_end(text, 0, len(text)) :] == "At least 20 people were killed."
    text = "date 2018-07-13 KESTREL (Riverton News): At least 20 people were killed."
    assert text[dateline_end(text, 0, len(text)) :] == "At least 20 people were killed."


def test_a_dateline_in_title_case_before_a_long_dash_is_skipped():
    text = "Riverton, Kestrelia — Gunmen who took 40 pupils have asked for a ransom."
    assert text[dateline_end(text, 0, len(text)) :] == "Gunmen who took 40 pupils have asked for a ransom."
    text = "However, Reed — who was not there — said the count was fair."
    assert dateline_end(text, 0, len(text)) == 0


def test_a_capital_in_title_case_before_a_long_dash_is_a_dateline():
    text = "Monrovia — County Senator Kollie Tarr has vowed to resign."
    assert text[dateline_end(text, 0, len(text)) :] == "County Senator Kollie Tarr has vowed to resign."
    text = "However — the senator said — nothing changed."
    assert dateline_end(text, 0, len(text)) == 0


@pytest.mark.parametrize(
    "text",
    [
        # a wire's dateline whose agency credit the page left out
        "KESTRELTON, Jan 9 Two ferries collided off the coast on Tuesday.",
        "New Kestrelton, Aug 14 Shortly after the vote, the council met.",
        # the place's country, and an agency of two words in brackets
        "Riverton, Norland (K9 Radio) – Flood waters rose overnight.",
    ],
)
def test_a_dateline_without_its_agency_or_with_its_country_is_skipped(text):
    body = text[dateline_end(text, 0, len(text)) :]
    assert body.split()[0] in {"Two", "Shortly", "Flood"}


def test_a_sentence_that_opens_on_a_place_and_a_date_is_no_dateline():
    text = "Paris, May 3 was the day the strike began."
    assert dateline_end(text, 0, len(text)) == 0


def test_a_dateline_set_off_by_a_bullet_is_skipped():
    text = "RIVERTON • Kestrel Water is raising its prices by a tenth, the firm said."
    assert text[dateline_end(text, 0, len(text)) :].startswith("Kestrel Water")


def test_an_agency_dateline_with_a_stop_before_its_dash_is_skipped():
    text = "Riverton, Mar 3 (KNA).- The council voted to close the pool."
    assert text[dateline_end(text, 0, len(text)) :].startswith("The council")


def test_a_dateline_may_give_its_country_without_a_comma():
    text = "GARISSA Kenya, May 3 – The county water office says two boreholes have failed."
    assert text[dateline_end(text, 0, len(text)) :] == "The county water office says two boreholes have failed."
    text = "UN Secretary General – The talks ended."
    assert dateline_end(text, 0, len(text)) == 0


def test_a_day_after_a_labelled_date_is_the_dateline_s():
    """ "date 2016-06-13 June 13 New York's fund ...": a wire's dateline that lost its place."""
    text = "date 2016-06-13 June 13 Riverton's pension fund earned just 0.19 percent, it said."
    assert text[dateline_end(text, 0, len(text)) :].startswith("Riverton's")
    text = "date 2016-06-13 June was a hard month, Tom Reed said."
    assert text[dateline_end(text, 0, len(text)) :].startswith("June was")


def test_a_wire_label_of_an_update_opens_no_text():
    text = "(UPDATED) WATER officials said the reservoir was low."
    assert text[dateline_end(text, 0, len(text)) :] == "WATER officials said the reservoir was low."
    text = "(UPDATE 2) RIVERTON, May 3 (Reuters) - Oil rose."
    assert text[dateline_end(text, 0, len(text)) :] == "Oil rose."


@pytest.mark.parametrize(
    "text, start",
    [
        ("OSLO: Two ferries collided on Monday, the police said.", "Two ferries"),
        ("RIVERTON, South Korea: Prosecutors sought a long sentence.", "Prosecutors"),
        ("OSLO (KA) : The government plans to close two ferry routes.", "The government"),  # the agency's initials
    ],
)
def test_a_dateline_in_capitals_ended_by_a_colon_is_skipped(text, start):
    assert text[dateline_end(text, 0, len(text)) :].startswith(start)


def test_a_label_in_capitals_before_a_colon_is_no_dateline():
    text = "BREAKING: The mayor said the bridge would close."
    assert dateline_end(text, 0, len(text)) == 0


def test_wire_copy_with_a_blank_line_after_every_wrapped_line_is_joined():
    text = (  # wrapped at 64 characters, every line set apart by a blank line
        "date 2019-04-02 (Adds the council's reply, the cost of the repairs and\n\n"
        "closures)\n\n"
        "RIVERTON Apr 2 Three road bridges were shut on\n\n"
        "Tuesday after floods damaged their piers in the north of Riverton,\n\n"
        "a city engineer said.\n\n"
        "Repairs will take until late May and cost $4 million, about as\n\n"
        "much as the city spent on roads last year, according to Ana\n\n"
        "Ruiz, a spokeswoman for the council in Kestrel, which owns the\n\n"
        "bridges.\n\n"
        "Buses will run on a detour through the old town, she said. They\n\n"
        "will add about 20 minutes to each trip, a transit official\n\n"
        "said."
    )
    found = [" ".join(text[s:e].split()) for s, e in paragraphs(text)]
    assert found[1] == (
        "RIVERTON Apr 2 Three road bridges were shut on Tuesday after floods damaged their piers in the north of "
        "Riverton, a city engineer said."
    )
    assert found[2].endswith("according to Ana Ruiz, a spokeswoman for the council in Kestrel, which owns the bridges.")
    assert found[-1].startswith("Buses will run") and found[-1].endswith("a transit official said.")


def test_short_paragraphs_of_one_line_each_stay_apart():
    text = (
        "Mayor says the bridge will reopen\n\nUnion calls for talks on pay at the two plants\n\n"
        "Health agency says the outbreak is under control\n\nPolice name the driver of the van"
    )
    assert len(paragraphs(text)) == 4


def test_a_dateline_in_capitals_with_no_comma_before_its_date_is_skipped():
    text = "LONDON Jan 18 Velmont Foods said it would shut two plants."
    assert text[dateline_end(text, 0, len(text)) :].startswith("Velmont Foods")
    text = "RIVERTON, Norland Jan 1 Villagers say the river has run dry."
    assert text[dateline_end(text, 0, len(text)) :].startswith("Villagers say")


def test_a_capital_in_title_case_ended_by_a_colon_is_a_dateline():
    text = "Prague: European Union countries agreed on Wednesday to tighten the rules."
    assert text[dateline_end(text, 0, len(text)) :].startswith("European Union countries")
    text = "Breaking: Officials said the port was closed."
    assert dateline_end(text, 0, len(text)) == 0


def test_a_wrapped_storys_bullets_and_byline_stand_alone_and_a_quote_goes_on_to_its_cue():
    lines = [  # wrapped at 64 characters, every line set apart by a blank line
        "* Young, old and vulnerable crowd the tented camp",
        "* Aid groups say the region is not ready for more arrivals",
        "By Ana Ruiz",
        "RIVERTON, Norland, Dec 16 One-year-old Tomas Vell, born with a",
        "heart defect, faced a battle for survival even before his family",
        "fled the war. It was a struggle he lost two weeks ago in the",
        "bitter winter cold of a tented camp in the north.",
        '"These deaths are a result of many factors, some related to',
        'shortages and natural causes, but conditions are harsh,"',
        "said Ana Ruiz, programme director at the aid group.",
    ]
    text = "\n\n".join(lines)
    found = [" ".join(text[s:e].split()) for s, e in paragraphs(text)]
    assert found[:3] == lines[:3]
    assert found[-1].startswith('"These deaths') and found[-1].endswith("at the aid group.")


@pytest.mark.parametrize(
    "text, rest",
    [
        # a wire's note of what an update changes, after a date or alone
        (
            "date 2016-03-02 (Updates with higher death toll, police comment) LUSAKA March 2 At least 30 people died.",
            "At least 30",
        ),
        ("(Adds quote from the minister) Road crews in the province said the roads were closed.", "Road crews"),
        # a place closed by a full stop and a dash
        (
            "The Netherlands.- A Velland trade envoy, Ana Ruiz, has urged firms to comply with the ban.",
            "A Velland trade envoy",
        ),
        ("CARACAS.- Ruiz said the vote would go ahead.", "Ruiz said"),
        # an agency's credit before the dateline; a dated place before a colon
        ("(KBC/AP) RIVERTON, Norland - Rescuers dug through deep snow on Tuesday.", "Rescuers dug"),
        ("Riverton, Jan 26, 2017: At least six guards are feared dead after the storm.", "At least six"),
    ],
)
def test_a_wires_update_note_an_agency_first_a_place_before_a_stop_and_dash_or_a_dated_colon_is_skipped(text, rest):
    assert text[dateline_end(text, 0, len(text)) :].startswith(rest)


@pytest.mark.parametrize(
    "text",
    [
        "(Not a note) said the sign at the gate.",
        "Reed said it was over.- A fan wrote this.",
        "(R) Rep. Ana Ruiz said no.",
    ],
)
def test_a_bracket_or_a_stop_and_dash_in_a_sentence_is_no_dateline(text):
    assert dateline_end(text, 0, len(text)) == 0
