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
