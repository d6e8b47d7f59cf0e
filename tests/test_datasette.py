"""factcheck in Datasette, in process through Datasette's own client: tables, views, search,
facets, saved queries, links, descriptions, and each claim shown in its sentence."""

import asyncio
import json
import socket
import sqlite3
import subprocess
import sys

import sqlite_utils
import yaml
from conftest import free_port, table_rows

from factcheck import db as store
from factcheck import serve
from factcheck.cli import app

DB = "factcheck"  # the seeded database's file is factcheck.db


def fetch(path, *urls):
    """Responses to GETs of `urls` from a Datasette over the database at `path`."""
    ds = serve.make_datasette(path)

    async def run():
        return [await ds.client.get(url) for url in urls]

    responses = asyncio.run(run())
    for url, r in zip(urls, responses):
        assert r.status_code == 200, (url, r.status_code, r.text[:500])
    return responses


def one(path, url):
    return fetch(path, url)[0]


def rows(path, url):
    return one(path, url + ("&" if "?" in url else "?") + "_shape=array").json()


def facet_counts(data: dict, column: str) -> dict:
    results = data["facet_results"]
    results = results.get("results", results)  # Datasette 1.0 nests them one level deeper
    return {r["value"]: r["count"] for r in results[column]["results"]}


def lookup(path, sql, params=()):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchone()
    finally:
        conn.close()


def china_denial(path):
    """China's claim in the seed article: (claim id, content)."""
    return lookup(
        path,
        "select c.id, c.content from claims c join sources s on s.id = c.source_id "
        "where s.name = 'China' and c.stance = 'denies'",
    )


# -- metadata and configuration ---------------------------------------------------------------


def test_every_table_and_view_is_described(seeded_db):
    database = sqlite_utils.Database(seeded_db)
    meta = serve.metadata(DB)["databases"][DB]
    described = meta["tables"]
    fts = {t for t in database.table_names() if any(t.startswith(f"{name}_fts") for name in database.table_names())}
    for name in set(database.table_names()) - fts | set(database.view_names()):
        assert described.get(name, {}).get("description"), f"{name} has no description"
    assert "claims" in meta["description_html"] and serve.metadata(DB)["title"] == "factcheck"
    for table, column in [
        ("claims", "stance"),
        ("claims", "quote"),
        ("claims", "spans"),
        ("claims", "hedged"),
        ("claims", "cue"),
        ("sources", "kind"),
        ("contradictions", "kind"),
        ("contradictions", "score"),
        ("contradictions", "status"),
        ("claims_view", "stance"),
        ("contradictions_view", "score"),
        ("contradictions_view", "claim_a"),
    ]:
        assert described[table]["columns"].get(column), f"{table}.{column} has no description"
        assert column in {c for c in database[table].columns_dict}, f"{table}.{column} described but missing"
    page = one(seeded_db, f"/{DB}/claims").text
    assert "Claims" in page and "calls for an action" in page  # the stance description is on the page


def test_metadata_json_and_datasette_yaml_agree():
    meta, conf = serve.metadata(), serve.config()
    tables = meta["databases"][DB]["tables"]
    for name, options in conf["databases"][DB]["tables"].items():
        assert options == {k: v for k, v in tables[name].items() if k in serve.TABLE_OPTIONS}, name
    for name, table in tables.items():
        assert not set(table) & set(serve.TABLE_OPTIONS) or name in conf["databases"][DB]["tables"], name
    assert conf["databases"][DB]["queries"] == meta["databases"][DB]["queries"]
    assert set(serve.descriptive(meta)["databases"][DB]["tables"]["claims"]) == {"title", "description", "columns"}


def test_shipped_files_are_renamed_for_the_served_database(tmp_path):
    assert "newsroom" in serve.metadata("newsroom")["databases"]
    assert "newsroom" in serve.config("newsroom")["databases"]
    assert "factcheck" not in serve.config("newsroom")["databases"]
    yaml.safe_load(serve._shipped("datasette.yaml"))  # valid YAML
    json.loads(serve._shipped("metadata.json"))


def test_any_database_file_name_gets_the_metadata(seeded_db, tmp_path):
    other = tmp_path / "newsroom-2019.db"
    other.write_bytes(open(seeded_db, "rb").read())
    page, home = fetch(str(other), "/newsroom-2019/contradictions_view", "/newsroom-2019")
    assert "Contradictions side by side" in page.text and "How sure factcheck is" in page.text
    assert 'href="/newsroom-2019/contradictions_view"' in home.text  # the start page points there
    assert 'href="/newsroom-2019/claims_view"' in home.text


# -- tables, links, views ---------------------------------------------------------------------


def test_claims_link_to_their_source_and_article(seeded_db):
    claim_id, _ = china_denial(seeded_db)
    article_id, title = lookup(seeded_db, "select id, title from articles")
    [row] = rows(seeded_db, f"/{DB}/claims.json?id={claim_id}&_labels=on")
    assert row["source_id"] == {"value": "china", "label": "China"}
    assert row["article_id"] == {"value": article_id, "label": title}
    cells = table_rows(one(seeded_db, f"/{DB}/claims/{claim_id}").text)[0]
    assert f"/{DB}/sources/china" in cells["source_id"].links and "China" in cells["source_id"].text
    assert f"/{DB}/articles/{article_id}" in cells["article_id"].links
    source_page = one(seeded_db, f"/{DB}/sources/china").text
    assert f"/{DB}/claims?source_id=china" in source_page  # the way back: China's claims


def test_contradictions_link_to_both_claims(seeded_db):
    claim_id, _ = china_denial(seeded_db)
    contradiction = lookup(
        seeded_db,
        "select id, claim_a_id from contradictions where claim_b_id = ? "
        "and claim_a_id in (select id from claims where source_id = 'state-department')",
        [claim_id],
    )
    assert contradiction, "the seed article's State Department / China contradiction is missing"
    cells = table_rows(one(seeded_db, f"/{DB}/contradictions/{contradiction[0]}").text)[0]
    assert f"/{DB}/claims/{contradiction[1]}" in cells["claim_a_id"].links
    assert f"/{DB}/claims/{claim_id}" in cells["claim_b_id"].links
    assert "U.S. State Department" in cells["claim_a_id"].text and "2 million" in cells["claim_a_id"].marked[0]
    assert cells["claim_b_id"].text.startswith(f"{claim_id} China (denies)")
    assert cells["claim_b_id"].marked == ["that the facilities are internment camps"]


def test_claims_view_has_source_kind_and_article_title(seeded_db):
    claim_id, content = china_denial(seeded_db)
    [row] = rows(seeded_db, f"/{DB}/claims_view.json?id={claim_id}")
    title = lookup(seeded_db, "select title from articles")[0]
    assert (row["source"], row["source_kind"], row["article_title"], row["content"]) == (
        "China",
        "government",
        title,
        content,
    )
    assert (
        row["contradictions"]
        == lookup(seeded_db, "select count(*) from contradictions where ? in (claim_a_id, claim_b_id)", [claim_id])[0]
        >= 2
    )
    all_rows = rows(seeded_db, f"/{DB}/claims_view.json?_size=max")
    assert len(all_rows) == lookup(seeded_db, "select count(*) from claims")[0]
    assert [r["rowid"] for r in all_rows] == sorted(r["rowid"] for r in all_rows)  # ingest order


def test_contradictions_view_puts_both_sides_together(seeded_db):
    view = rows(seeded_db, f"/{DB}/contradictions_view.json")
    assert [r["score"] for r in view] == sorted((r["score"] for r in view), reverse=True)
    pair = [r for r in view if r["source_a"] == "U.S. State Department" and r["source_b"] == "China"]
    assert len(pair) == 1
    pair = pair[0]
    assert pair["stance_b"] == "denies" and pair["claim_b"] == "that the facilities are internment camps"
    assert "2 million" in pair["claim_a"] and pair["kind"] == "denial" and pair["status"] == "open"
    assert pair["article_a"] == pair["article_b"] == lookup(seeded_db, "select title from articles")[0]
    assert pair["sentence_b"] == "China denies that the facilities are internment camps."


def test_contradictions_page_shows_each_claim_in_its_sentence(seeded_db):
    page = one(seeded_db, f"/{DB}/contradictions_view").text
    [row] = [r for r in table_rows(page) if r["source_a"].text == "U.S. State Department"]
    assert row["source_b"].text == "China" and row["stance_b"].text == "denies"
    assert row["claim_b"].text == "China denies that the facilities are internment camps."
    assert row["claim_b"].marked == ["that the facilities are internment camps"]
    assert row["claim_a"].text.startswith("The U.S. State Department has said as many as 2 million")
    assert row["source_b"].links == [f"/{DB}/sources/china"]
    assert row["id"].links == [f"/{DB}/contradictions/{row['id'].text}"]
    assert "factcheck.css" in page


def test_sorts(seeded_db):
    names = [r["name"] for r in rows(seeded_db, f"/{DB}/sources.json")]
    assert names == sorted(names)
    scores = [r["score"] for r in rows(seeded_db, f"/{DB}/contradictions.json")]
    assert scores == sorted(scores, reverse=True) and scores


# -- search -----------------------------------------------------------------------------------


def test_search_claims_table_view_and_articles(seeded_db):
    claim_id, _ = china_denial(seeded_db)
    for url in (f"/{DB}/claims.json?_search=internment", f"/{DB}/claims_view.json?_search=internment"):
        found = rows(seeded_db, url)
        assert claim_id in [r["id"] for r in found]
        assert all("internment" in (r["content"] + r["sentence"]).lower() for r in found)
    assert "China" in {r["source"] for r in rows(seeded_db, f"/{DB}/claims_view.json?_search=China")}
    assert rows(seeded_db, f"/{DB}/claims_view.json?_search=zzzyxw") == []
    assert len(rows(seeded_db, f"/{DB}/articles.json?_search=Almaty")) == 1
    assert 'name="_search"' in one(seeded_db, f"/{DB}/claims_view").text  # the search box is there


def test_search_stays_current_when_claims_change(tmp_path):
    path = str(tmp_path / "current.db")
    database = store.Store(path).db
    database["articles"].insert({"id": "a1", "title": "Dams", "text": "The ministry said the dam is safe."})
    database["sources"].insert({"id": "ministry", "name": "Ministry", "kind": "government"})
    database["claims"].insert(
        {
            "id": "c1",
            "article_id": "a1",
            "source_id": "ministry",
            "stance": "asserts",
            "quote": "indirect",
            "content": "the dam is safe",
            "sentence": "The ministry said the dam is safe.",
            "spans": "{}",
        }
    )
    assert [r["id"] for r in rows(path, "/current/claims_view.json?_search=dam")] == ["c1"]
    database["claims"].update("c1", {"content": "the reservoir is full", "sentence": "The reservoir is full."})
    assert rows(path, "/current/claims_view.json?_search=dam") == []
    assert [r["id"] for r in rows(path, "/current/claims_view.json?_search=reservoir")] == ["c1"]
    database["claims"].delete("c1")
    assert rows(path, "/current/claims.json?_search=reservoir") == []


def test_lost_full_text_index_is_rebuilt_on_open(tmp_path):
    path = str(tmp_path / "rebuilt.db")
    database = store.Store(path).db
    database["articles"].insert({"id": "a1", "title": "Floods", "text": "Rain fell."})
    database.execute("drop trigger articles_ai")
    database.execute("drop table articles_fts")
    database.conn.close()
    database = store.Store(path).db
    assert {"articles_ai", "articles_ad", "articles_au"} <= {t.name for t in database.triggers}
    assert database.execute("select rowid from articles_fts where articles_fts match 'floods'").fetchall()


# -- facets -----------------------------------------------------------------------------------


def test_facets(seeded_db):
    claims = one(seeded_db, f"/{DB}/claims_view.json?_extra=facet_results").json()
    total = lookup(seeded_db, "select count(*) from claims")[0]
    for column in ("stance", "quote", "source_kind", "source"):
        counts = facet_counts(claims, column)
        assert sum(counts.values()) == total, column
    assert facet_counts(claims, "stance")["denies"] >= 1 and facet_counts(claims, "source")["China"] >= 1
    assert facet_counts(claims, "source_kind")["narrator"] >= 1
    contradictions = one(seeded_db, f"/{DB}/contradictions_view.json?_extra=facet_results").json()
    count = lookup(seeded_db, "select count(*) from contradictions")[0]
    assert facet_counts(contradictions, "status") == {"open": count}
    assert facet_counts(contradictions, "kind")["denial"] >= 1
    sources = one(seeded_db, f"/{DB}/sources.json?_extra=facet_results").json()
    assert facet_counts(sources, "kind")["government"] >= 2  # China, the State Department


# -- saved queries ----------------------------------------------------------------------------


def test_saved_query_open_contradictions_by_score(seeded_db):
    found = rows(seeded_db, f"/{DB}/open_contradictions.json")
    assert len(found) == lookup(seeded_db, "select count(*) from contradictions where status = 'open'")[0]
    assert [r["score"] for r in found] == sorted((r["score"] for r in found), reverse=True)
    assert ("U.S. State Department", "China") in [(r["source_a"], r["source_b"]) for r in found]


def test_saved_query_everything_one_source_claimed(seeded_db):
    claim_id, _ = china_denial(seeded_db)
    for name in ("China", "china", "CHINA"):
        found = rows(seeded_db, f"/{DB}/source_claims.json?source={name}")
        assert found and {r["source"] for r in found} == {"China"} and claim_id in [r["id"] for r in found]
    assert rows(seeded_db, f"/{DB}/source_claims.json?source=Nobody") == []


def test_saved_query_finds_sources_by_alias(seeded_db, tmp_path):
    path = tmp_path / "alias.db"
    path.write_bytes(open(seeded_db, "rb").read())
    store.Store(str(path)).add_alias("Beijing", "China")
    found = rows(str(path), "/alias/source_claims.json?source=beijing")
    assert found and {r["source"] for r in found} == {"China"}


def test_saved_query_sources_contradicted_most_often(seeded_db):
    found = rows(seeded_db, f"/{DB}/most_contradicted_sources.json")
    assert found[0]["name"] == "China"  # every contradiction in the seed article is with China
    assert found[0]["contradictions"] == lookup(seeded_db, "select count(*) from contradictions")[0]
    assert found[0]["other_sources"] >= 2
    counts = [r["contradictions"] for r in found]
    assert counts == sorted(counts, reverse=True)
    assert "U.S. State Department" in [r["name"] for r in found]


def test_saved_query_claims_that_mention_a_term(seeded_db):
    claim_id, _ = china_denial(seeded_db)
    found = rows(seeded_db, f"/{DB}/claims_mentioning.json?term=internment+camps")
    assert [r["id"] for r in found] == [claim_id]
    assert rows(seeded_db, f"/{DB}/claims_mentioning.json?term=camps+internment") == []  # a phrase
    # FTS syntax in the term is taken as words, never an error
    assert rows(seeded_db, f"/{DB}/claims_mentioning.json?term=%22internment%22+OR") == []
    page = one(seeded_db, f"/{DB}/claims_mentioning?term=internment+camps").text
    [row] = table_rows(page)
    assert row["sentence"].marked == ["that the facilities are internment camps"]


def test_saved_queries_are_listed_with_titles(seeded_db):
    page = one(seeded_db, f"/{DB}").text
    for title in (
        "Open contradictions by score",
        "Everything one source claimed",
        "Sources contradicted most often",
        "Claims that mention a search term",
    ):
        assert title in page


# -- the claim in its sentence ----------------------------------------------------------------


def test_claim_page_marks_the_quoted_words_in_the_sentence(seeded_db):
    claim_id, content = china_denial(seeded_db)
    cells = table_rows(one(seeded_db, f"/{DB}/claims/{claim_id}").text)[0]
    assert cells["sentence"].marked == [content]
    assert cells["sentence"].text == "China denies that the facilities are internment camps."
    html = one(seeded_db, f"/{DB}/claims/{claim_id}").text
    assert "<strong>China</strong> <em>denies</em> <mark>that the facilities" in html


def test_quote_before_its_attribution_is_shown_with_it(seeded_db):
    """A direct quote followed by `the demonstrators chanted.`: the passage covers both."""
    row = lookup(seeded_db, "select id, content from claims where quote = 'direct' and instr(sentence, content) = 0")
    assert row is not None, "the seed's chanted quote (before 'the demonstrators chanted') was not found"
    cells = table_rows(one(seeded_db, f"/{DB}/claims/{row[0]}").text)[0]
    assert " ".join(cells["sentence"].marked) == row[1]  # each fragment of the quote marked
    sentence = lookup(seeded_db, "select sentence from claims where id = ?", [row[0]])[0]
    assert cells["sentence"].text.endswith(sentence)


def test_passage_roles_and_fragments():
    text = 'Rain came. "The dam," the minister said, "is safe and sound." Then it broke.'

    def at(words):
        return [text.index(words), text.index(words) + len(words)]

    spans = {"source": [at("the minister")], "cue": [at("said")], "content": [at("The dam"), at("is safe and sound.")]}
    sentence = text[text.index('"The') : text.index(" Then")]
    pieces = serve.passage(text, sentence, spans)
    assert "".join(p for p, _ in pieces) == sentence
    assert [p for p, role in pieces if role == "content"] == ["The dam", "is safe and sound."]
    assert [p for p, role in pieces if role == "source"] == ["the minister"]
    assert [p for p, role in pieces if role == "cue"] == ["said"]
    assert serve.passage(text, "Rain came.", {"content": [[500, 600]]}) == []


def test_passage_finds_the_sentence_nearest_the_claim():
    text = "He said no. She said yes. He said no."
    pieces = serve.passage(text, "He said no.", {"source": [[26, 28]], "cue": [[29, 33]], "content": [[34, 36]]})
    assert "".join(p for p, _ in pieces) == "He said no."
    assert [p for p, role in pieces if role == "content"] == ["no"]


def test_everything_is_escaped(tmp_path):
    path = str(tmp_path / "escape.db")
    database = store.Store(path).db
    text = 'The <b>mayor</b> said "<script>alert(1)</script> & more".'
    start = text.index("<script>")
    database["articles"].insert({"id": "a1", "title": "<i>T</i>", "text": text})
    database["sources"].insert({"id": "mayor", "name": "<b>mayor</b>", "kind": "person"})
    database["claims"].insert(
        {
            "id": "c1",
            "article_id": "a1",
            "source_id": "mayor",
            "stance": "asserts",
            "quote": "direct",
            "content": text[start:-2],
            "sentence": text,
            "cue": "said",
            "position": start,
            "spans": json.dumps({"source": [[4, 16]], "cue": [[17, 21]], "content": [[start, len(text) - 2]]}),
        }
    )
    for url in ("/escape/claims/c1", "/escape/claims_view", "/escape/claims_mentioning?term=alert"):
        html = one(path, url).text
        assert "<script>alert" not in html and "<b>mayor" not in html and "<i>T</i>" not in html, url
        assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html, url
    assert "<strong>&lt;b&gt;mayor&lt;/b&gt;</strong> <em>said</em>" in one(path, "/escape/claims/c1").text
    assert serve.highlight("a <b> c", "<b>") == '<span class="factcheck-passage">a <mark>&lt;b&gt;</mark> c</span>'


# -- the serve command ------------------------------------------------------------------------


def test_serve_refuses_a_missing_database(invoke):
    result = invoke("serve")
    assert result.exit_code == 1
    assert result.output.startswith("Error: no database at") and "Traceback" not in result.output


def test_serve_refuses_a_file_that_is_not_a_factcheck_database(runner, tmp_path):
    other = tmp_path / "other.db"
    sqlite_utils.Database(str(other))["t"].insert({"a": 1})
    result = runner.invoke(app, ["serve", "--db", str(other)])
    assert result.exit_code == 1 and result.output.startswith("Error: ") and "not a factcheck database" in result.output
    assert sqlite_utils.Database(str(other)).table_names() == ["t"]  # unchanged


def test_serve_refuses_a_port_in_use(runner, seeded_db):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        result = runner.invoke(app, ["serve", "--db", seeded_db, "--port", str(port)])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: cannot listen on 127.0.0.1:{port}") and "--port" in result.output


def test_serve_does_not_import_spacy():
    code = (
        "import sys; from factcheck import serve; from factcheck.cli import app; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_serve_binds_127_0_0_1_unless_told_and_opens_the_contradictions(runner, seeded_db, monkeypatch):
    import webbrowser

    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(("run", kw["host"], kw["port"])))
    monkeypatch.setattr(webbrowser, "open", lambda url: calls.append(("open", url)))
    port = str(free_port())
    result = runner.invoke(app, ["serve", "--db", seeded_db, "--port", port, "--open"])
    assert result.exit_code == 0, result.output
    assert calls == [("open", f"http://127.0.0.1:{port}/{DB}/contradictions_view"), ("run", "127.0.0.1", int(port))]
    calls.clear()
    result = runner.invoke(app, ["serve", "--db", seeded_db, "--port", port, "--host", "0.0.0.0"])
    assert result.exit_code == 0 and calls == [("run", "0.0.0.0", int(port))]
