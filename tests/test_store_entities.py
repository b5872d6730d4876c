"""Entities in the corpus database, organisation codes' families, the 0003 upgrade; SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from test_store_entity_support import BALTIC_DRILLS, baltic_drills, corpus, intercept, span
from test_store_support import db_url  # noqa: F401

from redline.read import article_from_text
from redline.store import open_db, reanalyze, stats, store_analyses
from redline.store.codes import actor_family, is_code, split_code
from redline.store.db import create_engine, current_revision, head_revision, upgrade
from redline.store.query import iter_events
from redline.types import Analysis, Entity


def _rows(url: str, query: str) -> list[tuple]:
    engine = open_db(url)
    try:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.execute(sa.text(query))]
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    "code,family,split",
    [
        ("RUSGOV", "RUS", ("RUS", "GOV")),
        ("RUS", "RUS", ("RUS", None)),
        ("USAGOVMIL", "USA", ("USA", "GOVMIL")),
        ("IGOWSTNAT", "IGOWSTNAT", ("IGOWSTNAT", None)),
        ("IGOWSTNATMIL", "IGOWSTNAT", ("IGOWSTNAT", "MIL")),
        ("igounogov", "IGOUNO", ("IGOUNO", "GOV")),
        ("IGO", "IGO", ("IGO", None)),
        ("IGOMIL", "IGO", ("IGO", "MIL")),
        ("NGOHRIAMN", "NGOHRIAMN", ("NGOHRIAMN", None)),
        ("REB", "REB", (None, "REB")),
        (None, None, (None, None)),
    ],
)
def test_store_actor_family(code, family, split):
    assert actor_family(code) == family
    assert split_code(code) == split


@pytest.mark.parametrize("value,expected", [
    ("RUS", True), ("rusgov", True), ("IGOWSTNAT", True), ("GOV", True),
    ("NATO", False), ("UN", False), ("Russia", False), ("Kremlin", False), ("United Nations", False),
])
def test_store_is_code(value, expected):
    assert is_code(value) is expected


def test_store_entities_stored_and_read_back(db_url):
    summary = store_analyses(corpus(), db_url)
    assert summary.entities == 4 + 2 + 2
    assert stats(db_url)["entities"] == 8
    rows = _rows(db_url, "SELECT position, name, actor, country, sector, kind, role, affiliation, org, mention_count "
                         "FROM entities WHERE article_id = 1 ORDER BY position")
    assert rows == [
        (0, "Russia", "RUSGOV", "RUS", "GOV", "state", None, None, None, 2),
        (1, "NATO", "IGOWSTNAT", "IGOWSTNAT", None, "organisation", None, None, "North Atlantic Treaty Organization", 4),
        (2, "Dmitry Peskov", "RUSGOV", "RUS", "GOV", "person", "spokesman", "Kremlin", None, 1),
        (3, "Moscow", None, None, None, "place", None, None, None, 1),
    ]
    engine = open_db(db_url)
    try:
        with engine.connect() as conn:
            from redline.store.schema import entities

            mentions = conn.execute(
                sa.select(entities.c.mentions).where(entities.c.article_id == 1, entities.c.position == 1)
            ).scalar_one()
            # every article that mentions NATO, any of its codes, through the family index
            nato = conn.execute(
                sa.select(entities.c.article_id).where(entities.c.country == "IGOWSTNAT").order_by(entities.c.article_id)
            ).scalars().all()
    finally:
        engine.dispose()
    text = baltic_drills().article.text
    assert [text[s:e] for s, e in mentions] == ["NATO", "NATO", "the alliance", "NATO"]
    assert nato == [1, 2]
    # events and the actors table split organisation codes the same way
    assert _rows(db_url, "SELECT source_code, source_country, source_sector, target_code, target_country "
                         "FROM events WHERE type = 'COERCE'") == [("IGOWSTNATMIL", "IGOWSTNAT", "MIL", "RUSMIL", "RUS")]
    assert _rows(db_url, "SELECT code, country, sector FROM actors WHERE code LIKE 'IGO%' ORDER BY code") == [
        ("IGOWSTNAT", "IGOWSTNAT", None), ("IGOWSTNATMIL", "IGOWSTNAT", "MIL")]
    engine = open_db(db_url)
    try:
        with engine.connect() as conn:
            nato_events = list(iter_events(conn, actor="IGOWSTNAT"))
    finally:
        engine.dispose()
    assert {e["type"] for e in nato_events} == {"REQUEST", "REJECT", "COERCE"}


def test_store_near_duplicate_stores_no_entities(db_url):
    original = baltic_drills()
    copy_text = BALTIC_DRILLS.replace("2024-03-14\n", "2024-03-14\n\nBy our Moscow bureau\n") + (
        "\nFollow our live coverage of the war in Ukraine.\n")
    article = article_from_text(copy_text)
    copy = Analysis(article=article, entities=[
        Entity(name="NATO", actor="IGOWSTNAT", kind="organisation", mentions=(span(copy_text, "NATO"),))])
    summary = store_analyses([original, copy], db_url)
    assert (summary.stored, summary.duplicates) == (1, 1)
    assert _rows(db_url, "SELECT DISTINCT article_id FROM entities") == [(1,)]


def test_store_reanalyze_replaces_entities(db_url, monkeypatch):
    store_analyses([baltic_drills()], db_url)
    assert stats(db_url)["entities"] == 4

    def fake_stream(articles, **_kw):
        for article in articles:
            yield Analysis(article=article, entities=[
                Entity(name="NATO", actor="IGOWSTNATMIL", kind="organisation", mentions=(span(article.text, "NATO"),)),
            ])

    import importlib

    # the module, not the function redline.store exports under the same name
    monkeypatch.setattr(importlib.import_module("redline.store.reanalyze"), "analyze_stream", fake_stream)
    summary = reanalyze(db_url)
    assert (summary.stored, summary.entities) == (1, 1)
    assert _rows(db_url, "SELECT position, name, actor, country, sector, mention_count FROM entities") == [
        (0, "NATO", "IGOWSTNATMIL", "IGOWSTNAT", "MIL", 1)]
    counts = stats(db_url)
    assert (counts["entities"], counts["statements"], counts["events"]) == (1, 0, 0)


def test_store_entities_go_with_their_article(db_url):
    """Deleting an article (ON DELETE CASCADE) takes its entities along."""
    store_analyses([baltic_drills(), intercept()], db_url)
    engine = open_db(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("DELETE FROM event_sources WHERE article_id = 2"))
            conn.execute(sa.text("DELETE FROM events WHERE article_id = 2"))
            conn.execute(sa.text("DELETE FROM articles WHERE id = 2"))
    finally:
        engine.dispose()
    assert _rows(db_url, "SELECT DISTINCT article_id FROM entities") == [(1,)]


def test_store_upgrades_a_second_revision_database(db_url):
    """A database at revision 0002 upgrades to 0003 keeping its rows; organisation
    codes stored under the old split (country "IGO") get their own family."""
    engine = create_engine(db_url)
    try:
        upgrade(engine, "0002")
        with engine.begin() as conn:
            conn.execute(sa.text(
                "INSERT INTO articles (article_id, title, date, text, body_start, content_hash, ingested_at) "
                "VALUES ('old-1', 'Old headline', '2023-01-05', 'NATO and Russia traded accusations.', 0, 'abc', "
                "CURRENT_TIMESTAMP)"
            ))
            for code, country, sector in [("IGOWSTNATMIL", "IGO", "WSTNATMIL"), ("IGO", "IGO", None),
                                          ("RUSGOV", "RUS", "GOV")]:
                conn.execute(sa.text("INSERT INTO actors (code, country, sector) VALUES (:c, :k, :s)"),
                             {"c": code, "k": country, "s": sector})
            conn.execute(sa.text(
                "INSERT INTO events (article_id, date, type, source_code, source_country, source_sector, "
                "target_code, target_country, target_sector, quad, event_key) VALUES "
                "(1, '2023-01-05', 'ACCUSE', 'RUSGOV', 'RUS', 'GOV', 'IGOWSTNATMIL', 'IGO', 'WSTNATMIL', 3, 'k1'), "
                "(1, '2023-01-05', 'ACCUSE', 'IGO', 'IGO', NULL, 'RUSGOV', 'RUS', 'GOV', 3, 'k2')"
            ))
            conn.execute(sa.text("INSERT INTO event_sources (event_id, article_id) VALUES (1, 1), (2, 1)"))
    finally:
        engine.dispose()
    engine = open_db(db_url)
    try:
        assert current_revision(engine) == head_revision()  # 0003 and later
    finally:
        engine.dispose()
    assert _rows(db_url, "SELECT article_id, title FROM articles") == [("old-1", "Old headline")]
    assert _rows(db_url, "SELECT code, country, sector FROM actors ORDER BY code") == [
        ("IGO", "IGO", None), ("IGOWSTNATMIL", "IGOWSTNAT", "MIL"), ("RUSGOV", "RUS", "GOV")]
    assert _rows(db_url, "SELECT source_code, source_country, target_code, target_country, target_sector "
                         "FROM events ORDER BY id") == [
        ("RUSGOV", "RUS", "IGOWSTNATMIL", "IGOWSTNAT", "MIL"), ("IGO", "IGO", "RUSGOV", "RUS", "GOV")]
    assert stats(db_url)["entities"] == 0
    # the upgraded database takes new entities
    store_analyses([baltic_drills()], db_url)
    assert stats(db_url)["entities"] == 4
