"""A database made by an earlier factcheck is upgraded in place, its rows kept."""

import sqlite_utils

from factcheck import db as store


def test_a_database_of_the_first_migrations_gains_affiliation_and_via(tmp_path, seed_path):
    path = str(tmp_path / "old.db")
    old = sqlite_utils.Database(path)
    old[store.MARKER].create({"name": str, "applied": str}, pk="name")
    for migration in store.MIGRATIONS[:3]:  # as factcheck 0.1 left it
        migration(old)
        old[store.MARKER].insert({"name": migration.__name__, "applied": "2026-01-01"})
    old["articles"].insert({"id": "a1", "title": "Old", "text": "Old text."})
    old["sources"].insert({"id": "s1", "name": "Ana Ruiz", "kind": "person"})
    old["claims"].insert({"id": "c1", "article_id": "a1", "source_id": "s1", "speaker": "Ana Ruiz", "cue": "said",
                          "stance": "asserts", "quote": "indirect", "content": "Old text", "sentence": "Old text.",
                          "spans": '{"source": [], "cue": [], "content": [[0, 8]]}', "hedged": 0, "position": 0})
    assert "affiliation" not in old["claims"].columns_dict
    old.conn.close()

    database = store.open_db(path)
    assert {"affiliation", "via"} <= set(database["claims"].columns_dict)
    (claim,) = store.claims(database)
    assert (claim.id, claim.source, claim.affiliation, claim.via) == ("c1", "Ana Ruiz", None, None)
    applied = {r["name"] for r in database[store.MARKER].rows}
    assert applied == {m.__name__ for m in store.MIGRATIONS}
    assert "affiliation" in database.execute("select sql from sqlite_master where name = 'claims_view'").fetchone()[0]


def test_a_database_without_the_candidate_index_gains_it_for_the_claims_it_holds(tmp_path):
    from factcheck.extract import extract
    from factcheck.ingest import ingest
    from factcheck.models import Article

    path = str(tmp_path / "old.db")
    database = store.open_db(path)
    witnesses = Article(id="w", outlet="Paper A",
                        text="Witnesses said soldiers fired live ammunition at protesters outside the parliament.")
    ingest(database, [witnesses])
    # as factcheck left it before the candidate index moved into the database
    database.execute("drop table claim_blocks")
    database.execute(f"delete from [{store.MARKER}] where name = '_m005_claim_blocks'")
    database.conn.close()

    database = store.open_db(path)
    stored = database.execute("select count(*) from claim_blocks").fetchone()[0]
    assert stored == sum(len(store.block_hashes(store.keyed(c))) for c in extract(witnesses)) > 0
    army = Article(id="a", outlet="Paper B",
                   text="The army denied that soldiers fired at protesters outside the parliament.")
    ingest(database, [army])
    (pair,) = store.contradictions(database, min_score=0)  # found through the blocks of the older claims
    assert (pair["kind"], {pair["claim_a"]["article"], pair["claim_b"]["article"]}) == ("denial", {"w", "a"})
