"""The corpus database: URLs, migrations, schema, fingerprints, queries; on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from test_store_support import OTHER_STORY, REPUBLISHED, STORY, WITH_FOOTER, db_url  # noqa: F401

from redline.clean import boilerplate_spans
from redline.read import article_from_text
from redline.store import StoreError, open_db, stats
from redline.store.db import create_engine, current_revision, db_url_of, head_revision, upgrade
from redline.store.fingerprint import DUPLICATE_SIMILARITY, body_words, fingerprint, similarity
from redline.store.schema import metadata
from redline.store.write import evidence_similarity, split_code


def _fp(text: str):
    article = article_from_text(text)
    return fingerprint(article, boilerplate_spans(article))


@pytest.mark.parametrize(
    "given,expected",
    [
        (None, "sqlite:///./redline.db"),
        ("corpus.db", "sqlite:///corpus.db"),
        ("sqlite:///x.db", "sqlite:///x.db"),
        ("postgresql+psycopg://u:p@127.0.0.1/db", "postgresql+psycopg://u:p@127.0.0.1/db"),
    ],
)
def test_store_db_url_of(given, expected):
    assert db_url_of(given) == expected


def test_store_bad_url_is_a_store_error():
    with pytest.raises(StoreError, match="S001"):
        open_db("nosuchdialect://x/y")


def test_store_unreachable_server_is_a_store_error():
    with pytest.raises(StoreError, match="S002"):
        open_db("postgresql+psycopg://nobody:x@127.0.0.1:1/none?connect_timeout=2")


def test_store_new_database_is_at_head(db_url):
    engine = open_db(db_url)
    try:
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()
    assert stats(db_url) == {"articles": 0, "duplicates": 0, "statements": 0, "entities": 0, "events": 0, "event_sources": 0}


def test_store_schema_module_matches_migrations(db_url):
    """schema.py and the newest migration describe the same tables, columns and indexes."""
    engine = open_db(db_url)

    def ours(name, type_, parent_names):
        return not (name or "").startswith("statements_fts") and name != "alembic_version"

    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"include_name": ours, "compare_type": True}
            )
            diffs = compare_metadata(context, metadata)
    finally:
        engine.dispose()
    # the PostgreSQL full-text index lives only in the migration (see schema.py)
    diffs = [d for d in diffs if not (d[0] == "remove_index" and d[1].name == "ix_statements_content_tsv")]
    if db_url.startswith("sqlite"):
        # revision 0003 widens the country columns to VARCHAR(32) on PostgreSQL
        # only: SQLite does not enforce a length, and altering would rebuild events
        widened = {("actors", "country"), ("events", "source_country"), ("events", "target_country")}
        diffs = [d for d in diffs if not (isinstance(d, list) and d[0][0] == "modify_type" and d[0][2:4] in widened)]
    assert diffs == []


def test_store_upgrades_a_first_revision_database(db_url):
    """A database made at revision 0001 (no events, no duplicate links) upgrades and keeps its rows."""
    engine = create_engine(db_url)
    try:
        upgrade(engine, "0001")
        assert current_revision(engine) == "0001"
        with engine.begin() as conn:
            conn.execute(sa.text(
                "INSERT INTO articles (article_id, title, text, body_start, content_hash, ingested_at) "
                "VALUES ('old-1', 'Old headline', 'Old text of an article stored long ago.', 0, 'abc', "
                "CURRENT_TIMESTAMP)"
            ))
            conn.execute(sa.text(
                "INSERT INTO statements (article_id, position, kind, cue_type, content_text) "
                "VALUES (1, 0, 'direct', 'speech', 'stored long ago')"
            ))
    finally:
        engine.dispose()
    engine = open_db(db_url)  # upgrades on open
    try:
        assert current_revision(engine) == head_revision()
        with engine.connect() as conn:
            row = conn.execute(sa.text("SELECT article_id, duplicate_of, body_hash FROM articles")).one()
            assert tuple(row) == ("old-1", None, None)
            assert conn.execute(sa.text("SELECT count(*) FROM events")).scalar_one() == 0
            from redline.store.query import search_statements

            assert [s["content_text"] for s in search_statements(conn, "long ago")] == ["stored long ago"]
    finally:
        engine.dispose()
    assert stats(db_url)["statements"] == 1


def test_store_refuses_a_newer_schema(db_url):
    engine = open_db(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    finally:
        engine.dispose()
    with pytest.raises(StoreError, match="S003"):
        open_db(db_url)


def test_store_fingerprint_same_story_other_boilerplate():
    story, republished = _fp(STORY), _fp(REPUBLISHED)
    assert story.content_hash != republished.content_hash
    assert story.body_hash == republished.body_hash


def test_store_fingerprint_unknown_footer_is_near():
    assert _fp(STORY).body_hash != _fp(WITH_FOOTER).body_hash
    assert similarity(_fp(STORY).minhash, _fp(WITH_FOOTER).minhash) >= DUPLICATE_SIMILARITY


def test_store_fingerprint_other_story_is_far():
    assert similarity(_fp(STORY).minhash, _fp(OTHER_STORY).minhash) < 0.2


def test_store_fingerprint_short_body_has_no_minhash():
    fp = _fp("Headline\n\nOne short line of body text.")
    assert fp.minhash is None and fp.body_hash is not None and fp.bands() == []


def test_store_body_words_skip_header_and_boilerplate():
    article = article_from_text(REPUBLISHED)
    words = body_words(article, boilerplate_spans(article))
    assert words[:3] == ["lithuania", "and", "poland"]
    assert "estonia" not in words and "views" not in words


@pytest.mark.parametrize(
    "code,expected",
    [("RUSGOV", ("RUS", "GOV")), ("USA", ("USA", None)), ("IGO", ("IGO", None)), ("MED", (None, "MED")), (None, (None, None))],
)
def test_store_split_code(code, expected):
    assert split_code(code) == expected


def test_store_evidence_similarity():
    a = "Russia rejected the proposal from the United States on Friday."
    b = "On Friday Russia rejected the proposal from the United States."
    assert evidence_similarity(a, b) == 1.0
    assert evidence_similarity(a, "Russia rejected a new offer of talks from Washington.") < 0.5
