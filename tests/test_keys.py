"""The proposition keys as stored (claims.terms, a JSON list of strings) and their one reader:
propositions.plain_terms, heads, names, marks and frames decode the first character of each term."""

from conftest import attributed

from factcheck.propositions import DISCREDIT_MARK, DOUBT_MARK, FALSE_MARK, frames, heads, marks, names, plain_terms

STORED = ["facility", "internment", "camp", "beijing", FALSE_MARK, DOUBT_MARK, "^camp", "@beijing", "%hold>uyghur"]


def test_the_stored_terms_decode_into_five_views():
    assert plain_terms(STORED) == {"facility", "internment", "camp", "beijing"}
    assert heads(STORED) == {"camp"}
    assert names(STORED) == {"beijing"}
    assert marks(STORED) == {FALSE_MARK, DOUBT_MARK}
    assert frames(STORED) == {"hold": {"uyghur"}}
    # the views read any iterable of stored terms: a list from JSON, a claim's set, a union
    assert plain_terms(set(STORED)) == plain_terms(STORED) and names(iter(STORED)) == {"beijing"}


def test_an_extracted_claim_keeps_the_stored_format():
    """What keys_for gives is what the database holds: a head or a name part is also a plain
    term, every term is a string, and nothing but those four kinds appears."""
    [claim] = [c for c in attributed("China denies that the facilities are internment camps.") if "camps" in c.content]
    assert all(isinstance(t, str) for t in claim.terms)
    assert heads(claim.terms) <= plain_terms(claim.terms)
    assert names(claim.terms) <= plain_terms(claim.terms)
    kinds = plain_terms(claim.terms) | marks(claim.terms)
    done_to = sum(len(things) for things in frames(claim.terms).values())
    assert len(kinds) + len(heads(claim.terms)) + len(names(claim.terms)) + done_to == len(claim.terms)
    assert "camp" in heads(claim.terms)


def _keys_of(text: str, word: str):
    [claim] = [c for c in attributed(text) if word in c.content]
    return claim


def test_a_particle_verb_refutes_only_what_is_said():
    """ "shot down the claim" calls it false; "shot down a helicopter" and "make up 40 percent"
    are meant literally."""
    assert FALSE_MARK in _keys_of("The minister shot down the claim that taxes would rise, aides said.", "claim").terms
    assert FALSE_MARK in _keys_of("The spokesman said the rumour was shot down by the ministry.", "rumour").terms
    assert (
        FALSE_MARK not in _keys_of("The army said rebels shot down a helicopter over the valley.", "helicopter").terms
    )
    assert FALSE_MARK not in _keys_of("Women make up 40 percent of the staff, the report said.", "percent").terms


def test_a_refuting_word_in_a_circumstance_does_not_refute():
    """ "after days of denials" says when, not that the content is false."""
    assert FALSE_MARK not in _keys_of("The company said production resumed after days of denials.", "resumed").terms
    assert FALSE_MARK not in _keys_of("The mayor said the work went on despite denials from the builder.", "work").terms
    assert FALSE_MARK in _keys_of("Officials dismissed the reports as fabrications.", "reports").terms


def test_a_number_after_its_noun_names_rather_than_counts():
    claim = _keys_of("The airline said Flight 302 carried 157 people.", "Flight")
    assert [n[:2] for n in claim.numbers] == [(157.0, "people")]
    assert [n[:2] for n in _keys_of("The union said Route 9 had 12 buses.", "Route").numbers] == [(12.0, "bus")]


def test_a_share_after_a_rank_is_a_group_not_a_figure():
    claim = _keys_of("The agency said the top 1 percent of earners paid 25 percent of the tax.", "top")
    assert [n[:2] for n in claim.numbers] == [(25.0, "percent")]


def test_a_frame_names_what_the_main_verb_is_done_to():
    """The verb with its object, its passive subject or else its first preposition's object; a
    named person is "person", a named thing keeps its name marked; pronouns and times say nothing."""
    cases = {
        "The army said its jets shot down a passenger plane over the lake.": {"shoot": {"plane"}},
        "Police denied shooting at protesters on Monday.": {"shoot": {"protester"}},
        "Witnesses said officers shot Maria Lopez in the square.": {"shoot": {"person"}},
        "The mayor said they closed it yesterday.": {},
    }
    for text, expected in cases.items():
        [claim] = attributed(text)
        assert frames(claim.terms) == expected, text


def test_a_refuting_word_in_a_quotation_refutes_only_when_said_of_its_main_predicate():
    """A quotation of several clauses refutes when its main predicate is called false, not when
    a refuting word sits in one of its clauses; a reported content is read whole, as before."""
    deep = '"We cannot let people come here and deny the right of this committee to question them," Senator Mira Holt said.'
    [claim] = attributed(deep)
    assert FALSE_MARK not in claim.terms
    [claim] = attributed('"The report about the mine is a hoax," Senator Mira Holt said.')
    assert FALSE_MARK in claim.terms
    [claim] = attributed(
        "Senator Mira Holt said people come here and deny the right of this committee to question them."
    )
    assert FALSE_MARK in claim.terms


def test_a_negated_speech_cue_disowns_a_clause_not_a_thing_nor_a_supposition():
    """ "did not say that ..." disowns what follows; "haven't said much about the plan" withholds,
    and "if they did not confirm their status" supposes: neither calls anything false."""
    [claim] = attributed("The mayor did not say that the bridge would close in May.")
    assert DISCREDIT_MARK in claim.terms
    for text in [
        "The mayor and her aides haven't said much about how the bridge repairs are going.",
        "Voters are removed from the rolls if they did not confirm their status by May.",
    ]:
        assert all(DISCREDIT_MARK not in c.terms for c in attributed(text)), text


def test_a_doubt_said_to_be_absent_or_taken_away_is_certainty():
    for text in (
        "The engineer said there is no doubt that the bridge is safe.",
        "The engineer said, without a doubt, the bridge is safe.",
        "The engineer said the tests will dispel any remaining doubts about the bridge.",
        "The engineer said no doubt the bridge is safe.",
    ):
        (c,) = attributed(text)
        assert DOUBT_MARK not in marks(c.terms), text
    (c,) = attributed("The engineer said she has serious doubts about the bridge.")
    assert DOUBT_MARK in marks(c.terms)
