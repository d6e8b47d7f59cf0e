"""The proposition keys as stored (claims.terms, a JSON list of strings) and their one reader:
propositions.plain_terms, heads, names and marks decode the first character of each term."""

from conftest import attributed

from factcheck.propositions import DOUBT_MARK, FALSE_MARK, heads, marks, names, plain_terms

STORED = ["facility", "internment", "camp", "beijing", FALSE_MARK, DOUBT_MARK, "^camp", "@beijing"]


def test_the_stored_terms_decode_into_four_views():
    assert plain_terms(STORED) == {"facility", "internment", "camp", "beijing"}
    assert heads(STORED) == {"camp"}
    assert names(STORED) == {"beijing"}
    assert marks(STORED) == {FALSE_MARK, DOUBT_MARK}
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
    assert len(kinds) + len(heads(claim.terms)) + len(names(claim.terms)) == len(claim.terms)
    assert "camp" in heads(claim.terms)
