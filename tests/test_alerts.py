"""Early warning (``redline.alerts``) on a synthetic corpus: spikes against a
dyad's own trailing baseline, quiet stretches and ordinary variation left
alone, new red lines and escalations; the CLI, the page, the API and the feed."""

from __future__ import annotations

import json
from datetime import date, timedelta
from xml.etree import ElementTree

import pytest
from synthetic_events import insert_events
from test_store_support import db_url  # noqa: F401  (an empty SQLite or PostgreSQL database per test)
from typer.testing import CliRunner

from redline.alerts import detect, red_line_kind

START = date(2024, 1, 1)  # a Monday


def week(n: int, day: int = 1) -> date:
    return START + timedelta(weeks=n, days=day)


def corpus() -> list[dict]:
    rows: list[dict] = []
    # RUS → UKR: two or three threats a week for 30 weeks (varies 7.0 – 10.5), a burst in week 20.
    for n in range(30):
        for i in range(2 + n % 2):
            rows.append({"date": week(n, i), "source": "RUSGOV", "target": "UKR", "type": "THREATEN"})
        if n == 20:
            rows += [{"date": week(n, 3), "source": "RUSMIL", "target": "UKRMIL", "type": "ASSAULT"} for _ in range(4)]
    # CHN → TWN: threats on alternate weeks with quiet stretches (weeks 8-15 silent); never a spike.
    for n in list(range(0, 8)) + list(range(16, 30)):
        if n % 2 == 0:
            rows.append({"date": week(n, 2), "source": "CHNGOV", "target": "TWN", "type": "THREATEN"})
    # USA → IRN: a large burst in week 3, before it has 12 weeks of history: not judged.
    rows.append({"date": week(0, 1), "source": "USA", "target": "IRN", "type": "REJECT"})
    rows.append({"date": week(1, 1), "source": "USA", "target": "IRN", "type": "REJECT"})
    rows += [{"date": week(3, 2), "source": "USA", "target": "IRN", "type": "COERCE"} for _ in range(6)]
    # FRA → DEU: a surge of cooperation is no conflict spike.
    for n in range(30):
        rows.append({"date": week(n, 0), "source": "FRA", "target": "DEU", "type": "AGREE", "mode": "meet"})
    rows += [{"date": week(25, 1), "source": "FRA", "target": "DEU", "type": "COOPERATE"} for _ in range(20)]
    # Red lines between TUR and SYR: a first demand, then the same demand again (nothing),
    # then a first ultimatum that is also stronger.
    rows.append({"date": week(10, 1), "source": "TURGOV", "target": "SYR", "type": "REQUEST", "mode": "change"})
    rows.append({"date": week(14, 1), "source": "TURGOV", "target": "SYR", "type": "REQUEST", "mode": "change"})
    rows.append({"date": week(22, 4), "source": "TUR", "target": "SYRGOV", "type": "THREATEN", "cameo": "139",
                 "intensity": -5.5})
    return rows


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('alerts') / 'alerts.db'}"
    insert_events(url, corpus())
    return url


@pytest.fixture(scope="module")
def alerts(db):
    from redline.store.db import open_db

    engine = open_db(db)
    with engine.connect() as conn:
        found = detect(conn)
    engine.dispose()
    return found


def _spikes(alerts):
    return [(a["source"], a["target"], a["week"]) for a in alerts if a["kind"] == "spike"]


def test_alerts_flag_the_injected_spike_only(alerts):
    assert _spikes(alerts) == [("RUS", "UKR", START + timedelta(weeks=20))]
    spike = next(a for a in alerts if a["kind"] == "spike")
    assert spike["value"] == pytest.approx(3.5 * 2 + 9.0 * 4)  # week 20 is even: two threats and four assaults
    assert spike["baseline"]["median"] == pytest.approx(8.75)  # half of the 12 weeks 7.0, half 10.5
    assert spike["value"] > spike["baseline"]["threshold"] > spike["baseline"]["median"]
    assert len(spike["events"]) == 6 and "RUS → UKR" in spike["summary"] and "2024-05-20" in spike["summary"]


def test_alerts_leave_quiet_stretches_short_history_and_cooperation_alone(alerts):
    flagged = {(s, t) for s, t, _ in _spikes(alerts)}
    assert ("CHN", "TWN") not in flagged  # back to its usual level after eight silent weeks
    assert ("USA", "IRN") not in flagged  # a burst in week 3 is not judged on three weeks of history
    assert ("FRA", "DEU") not in flagged  # cooperation is no conflict


def test_alerts_new_red_lines_and_escalation(alerts):
    turkey = [a for a in alerts if a["source"] == "TUR"]
    assert [(a["kind"], a["red_line"]["kind"], a["week"]) for a in turkey] == [
        ("red_line", "ultimatum", START + timedelta(weeks=22)),
        ("red_line", "demand (change)", START + timedelta(weeks=10)),
    ]
    assert turkey[0]["red_line"]["previous_highest"] == 2.5  # an ultimatum of 5.5 after a demand of 2.5
    # the steady threats of RUS → UKR: one first threat, never an escalation (all the same intensity)
    russia = [a for a in alerts if a["source"] == "RUS" and a["kind"] != "spike"]
    assert [(a["kind"], a["red_line"]["kind"]) for a in russia] == [("red_line", "threat")]


def test_alerts_escalation_in_intensity(tmp_path):
    url = f"sqlite:///{tmp_path / 'e.db'}"
    insert_events(url, [
        {"date": week(0), "source": "IND", "target": "PAK", "type": "THREATEN", "mode": "violence"},
        {"date": week(3), "source": "IND", "target": "PAK", "type": "THREATEN", "mode": "violence", "intensity": -8.0},
        {"date": week(5), "source": "IND", "target": "PAK", "type": "THREATEN", "mode": "violence", "intensity": -5.0},
    ])
    from redline.store.db import open_db

    engine = open_db(url)
    with engine.connect() as conn:
        found = detect(conn)
        later = detect(conn, since=week(2).isoformat())
    engine.dispose()
    assert [(a["kind"], a["week"], a["value"]) for a in found] == [
        ("escalation", START + timedelta(weeks=3), 8.0), ("red_line", START, 3.5)]
    assert "above the highest before (3.5)" in found[0]["summary"]
    assert [a["kind"] for a in later] == ["escalation"]  # history before --since still counts


def test_red_line_kinds():
    assert red_line_kind("THREATEN", "violence", "138") == "threat (violence)"
    assert red_line_kind("THREATEN", None, "139") == "ultimatum"
    assert red_line_kind("REQUEST", "yield", "105") == "demand (yield)"
    assert red_line_kind("REJECT", None, "12") == "rejection"


def test_alerts_cli_text_and_json(db):
    from redline.cli.main import app

    runner = CliRunner()
    result = runner.invoke(app, ["alerts", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert any(a["kind"] == "spike" and a["week"] == "2024-05-20" for a in body["alerts"])
    text = runner.invoke(app, ["alerts", "--db", db, "--since", "2024-05-01"])
    assert text.exit_code == 0 and "RUS → UKR, week of 2024-05-20" in text.stdout
    assert "2024-03-11" not in text.stdout  # the demand of week 10 is before --since
    bad = runner.invoke(app, ["alerts", "--db", db, "--since", "May"])
    assert bad.exit_code == 2 and "since" in bad.output


@pytest.fixture(scope="module")
def client(db):
    from fastapi.testclient import TestClient

    from redline.serve import create_app

    with TestClient(create_app(db, token="")) as test_client:
        yield test_client


def test_alerts_page_json_and_feed(client, alerts):
    latest = client.get("/api/alerts", params={"limit": 2}).json()  # shown first: the spike's events are read then
    body = client.get("/api/alerts").json()
    spike = next(a for a in body["alerts"] if a["kind"] == "spike")
    assert spike["source"] == "RUS" and spike["week"] == "2024-05-20" and spike["week_end"] == "2024-05-26"
    assert spike["events"] == next(a for a in alerts if a["kind"] == "spike")["events"]  # as `redline alerts` lists them
    assert spike["events_url"].startswith("/events?") and "source=RUS" in spike["events_url"]
    listed = client.get(spike["events_url"] + "&format=json").json()["events"]
    assert {e["id"] for e in listed} >= set(spike["events"])
    assert client.get("/alerts?format=json").json()["alerts"] == body["alerts"]
    html = client.get("/alerts").text
    assert 'href="/dyads/RUS/UKR"' in html and "ultimatum" in html and spike["events_url"].replace("&", "&amp;") in html
    assert body["total"] == len(body["alerts"]) == 6
    assert latest["total"] == 6 and latest["alerts"] == body["alerts"][:2]
    assert "The latest 2 of 6 alerts" in client.get("/alerts?limit=2").text
    since = client.get("/api/alerts", params={"since": "2024-05-01"}).json()["alerts"]
    assert since and all(a["week"] >= "2024-04-29" for a in since)
    assert client.get("/api/alerts?since=soon").status_code == 400
    feed = client.get("/alerts.atom")
    assert feed.status_code == 200 and feed.headers["content-type"].startswith("application/atom+xml")
    root = ElementTree.fromstring(feed.content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = root.findall("a:entry", ns)
    assert len(entries) == len(body["alerts"])
    titles = [e.find("a:title", ns).text for e in entries]
    assert any("RUS → UKR" in t and "2024-05-20" in t for t in titles)
    assert all(e.find("a:id", ns).text and e.find("a:updated", ns).text for e in entries)


def test_alerts_answer_follows_the_events(tmp_path):
    """The app keeps its alert list while the events are unchanged, and only then."""
    import sqlalchemy as sa
    from fastapi.testclient import TestClient

    from redline.serve import create_app
    from redline.store.schema import event_sources, events

    url = f"sqlite:///{tmp_path / 'live.db'}"
    insert_events(url, [{"date": week(0), "source": "IND", "target": "PAK", "type": "REJECT"}])
    engine = sa.create_engine(url)
    with TestClient(create_app(url, token="")) as client:
        first = client.get("/api/alerts").json()["alerts"]
        assert [a["red_line"]["kind"] for a in first] == ["rejection"]
        assert client.get("/api/alerts").json()["alerts"] == first
        with engine.begin() as conn:  # a later report of a first threat, as an ingest would add it
            row = dict(conn.execute(sa.select(events).where(events.c.id == 1)).mappings().one())
            conn.execute(events.insert().values({**row, "id": 2, "type": "THREATEN", "date": week(3),
                                                 "intensity": -3.5, "event_key": "k2"}))
            conn.execute(event_sources.insert().values(event_id=2, article_id=1))
        second = client.get("/api/alerts").json()["alerts"]
        assert [(a["kind"], a["red_line"]["kind"]) for a in second] == [("red_line", "threat"), ("red_line", "rejection")]
        with engine.begin() as conn:  # and deleted again (the next insert could reuse its id)
            conn.execute(sa.delete(event_sources).where(event_sources.c.event_id == 2))
            conn.execute(sa.delete(events).where(events.c.id == 2))
            conn.execute(events.insert().values({**row, "id": 2, "type": "REJECT", "date": week(3), "event_key": "k3"}))
        third = client.get("/api/alerts").json()["alerts"]
        assert [a["red_line"]["kind"] for a in third] == ["rejection"]  # a second rejection is no red line
    engine.dispose()


def test_alerts_on_postgresql_match_sqlite(db, alerts):
    """Detection aggregates weeks and walks red lines in SQL: PostgreSQL (its own
    week arithmetic and index) finds exactly what SQLite finds, with and without --since."""
    import os
    import uuid

    import sqlalchemy as sa

    from redline.store.db import open_db

    base = os.environ.get("REDLINE_TEST_PG")
    if not base:
        pytest.skip("PostgreSQL tests need REDLINE_TEST_PG (see .ci/postgres)")
    engine = open_db(db)
    with engine.connect() as conn:
        later_sqlite = detect(conn, since="2024-05-01")
    engine.dispose()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    url = sa.make_url(base).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    try:
        insert_events(url, corpus())
        engine = open_db(url)
        with engine.connect() as conn:
            found = detect(conn)
            later = detect(conn, since="2024-05-01")
        engine.dispose()
        assert any(a["kind"] == "spike" and a["week"] == START + timedelta(weeks=20) for a in found)
        assert found == alerts
        assert later == later_sqlite and len(later) < len(found)
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def test_a_spike_lists_its_dyads_conflict_events_of_that_week(db, alerts):
    """The events of a flagged week are read back for that dyad and week alone: the
    burst's four assaults first (the most intense), then that week's two threats."""
    import sqlalchemy as sa

    from redline.store.db import open_db
    from redline.store.schema import events

    spike = next(a for a in alerts if a["kind"] == "spike")
    assert spike["conflict_events"] == len(spike["events"]) == 6  # week 20: 2 threats + 4 assaults
    engine = open_db(db)
    with engine.connect() as conn:
        rows = {row.id: row for row in conn.execute(
            sa.select(events.c.id, events.c.date, events.c.type).where(events.c.id.in_(spike["events"])))}
    engine.dispose()
    assert all(spike["week"] <= rows[i].date <= spike["week"] + timedelta(days=6) for i in spike["events"])
    assert [rows[i].type for i in spike["events"]] == ["ASSAULT"] * 4 + ["THREATEN"] * 2


def test_stored_week_sums_follow_every_write(db_url):
    """The store keeps each pair's weekly sums as events are written (migration 0006's
    triggers): after inserts, a deleted article (its events go with it), deleted
    events, and events moved to another week, pair or quad class, the kept sums are
    exactly what summing the events gives, and detection reads them."""
    import sqlalchemy as sa

    from redline.alerts import stored_sums_agree, weekly_totals
    from redline.store.db import open_db
    from redline.store.schema import articles, event_pair_weeks, event_sources, events

    insert_events(db_url, corpus())
    engine = open_db(db_url)
    everything = date(9999, 12, 31)  # an `until` makes detection sum the events itself
    try:
        with engine.connect() as conn:
            kept = dict(weekly_totals(conn))
            assert stored_sums_agree(conn) and kept == dict(weekly_totals(conn, until=everything))
            assert kept[("RUS", "UKR")][START + timedelta(weeks=20)] == (6, 2 * 3.5 + 4 * 9.0, 6)  # two threats, four assaults
        with engine.begin() as conn:
            burst = conn.execute(sa.select(events.c.article_id).where(events.c.type == "ASSAULT")).scalars().all()
            conn.execute(sa.delete(event_sources).where(event_sources.c.article_id == burst[0]))
            conn.execute(sa.delete(articles).where(articles.c.id == burst[0]))  # its event is deleted with it
            conn.execute(sa.delete(events).where(events.c.id.in_(
                sa.select(events.c.id).where(events.c.source_code == "USA").order_by(events.c.id).limit(2)
                .scalar_subquery())))  # the two rejections, alone in their weeks
            conn.execute(sa.update(events).where(events.c.type == "AGREE", events.c.date < START + timedelta(weeks=5))
                         .values(quad=4, intensity=-9.0))  # cooperation rewritten as conflict
            conn.execute(sa.update(events).where(events.c.source_code == "CHNGOV")
                         .values(date=events.c.date + timedelta(days=6)) if conn.dialect.name == "postgresql"
                         else sa.update(events).where(events.c.source_code == "CHNGOV")
                         .values(date=sa.func.date(events.c.date, "+6 days")))  # Wednesday + 6: the next week
            conn.execute(sa.update(events).where(events.c.type == "REQUEST").values(target_country="IRQ"))
        with engine.connect() as conn:
            kept = dict(weekly_totals(conn))
            assert stored_sums_agree(conn) and kept == dict(weekly_totals(conn, until=everything))
            assert kept[("RUS", "UKR")][START + timedelta(weeks=20)] == (5, 2 * 3.5 + 3 * 9.0, 5)  # one assault fewer
            assert set(kept[("USA", "IRN")]) == {START + timedelta(weeks=3)}  # weeks 0 and 1 emptied: no row left
            assert kept[("FRA", "DEU")][START] == (1, 9.0, 1)
            assert set(kept[("CHN", "TWN")]) == {START + timedelta(weeks=n + 1) for n in range(0, 30, 2) if not 8 <= n < 16}
            assert ("TUR", "IRQ") in kept
            rows = conn.execute(sa.select(sa.func.count()).select_from(event_pair_weeks)).scalar_one()
            assert rows == sum(len(weeks) for weeks in kept.values())
    finally:
        engine.dispose()


def test_detection_sums_the_events_when_the_kept_sums_are_out_of_step(tmp_path, alerts, caplog):
    """Sums that no longer count every event (a row deleted by hand) are not used:
    detection sums the events itself and finds the same alerts, and says why."""
    import sqlalchemy as sa

    from redline.alerts import stored_sums_agree
    from redline.store.db import open_db
    from redline.store.schema import event_pair_weeks

    url = f"sqlite:///{tmp_path / 'stale.db'}"
    insert_events(url, corpus())
    engine = open_db(url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.delete(event_pair_weeks).where(event_pair_weeks.c.source == "RUS"))
        with engine.connect() as conn:
            assert not stored_sums_agree(conn)
            assert detect(conn) == alerts
        assert "event_pair_weeks" in caplog.text and "disagrees" in caplog.text
    finally:
        engine.dispose()


def test_migration_0006_sums_the_events_already_stored(db_url):
    """A database that had events before migration 0006 (here: taken back to 0005,
    which drops the sums and their triggers) gets sums equal to the events' own
    GROUP BY when it is upgraded, and its triggers keep them from then on."""
    import sqlalchemy as sa
    from alembic import command

    from redline.alerts import stored_sums_agree, weekly_totals
    from redline.store.db import alembic_config, create_engine, upgrade
    from redline.store.schema import event_pair_weeks, events

    insert_events(db_url, corpus())
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0005")
        with engine.connect() as conn:
            assert not sa.inspect(conn).has_table("event_pair_weeks") and not stored_sums_agree(conn)
        with engine.begin() as conn:  # an event written while no trigger kept sums
            row = dict(conn.execute(sa.select(events).where(events.c.type == "ASSAULT").limit(1)).mappings().one())
            conn.execute(events.insert().values({**row, "id": 10_000, "event_key": "late"}))
        upgrade(engine)
        everything = date(9999, 12, 31)
        with engine.connect() as conn:
            assert stored_sums_agree(conn)
            kept = dict(weekly_totals(conn))
            assert kept == dict(weekly_totals(conn, until=everything))
            assert kept[("RUS", "UKR")][START + timedelta(weeks=20)] == (7, 2 * 3.5 + 5 * 9.0, 7)  # with the late one
        with engine.begin() as conn:
            conn.execute(sa.delete(events).where(events.c.id == 10_000))
        with engine.connect() as conn:
            assert dict(weekly_totals(conn))[("RUS", "UKR")][START + timedelta(weeks=20)] == (6, 2 * 3.5 + 4 * 9.0, 6)
            assert conn.execute(sa.select(sa.func.sum(event_pair_weeks.c.events))).scalar_one() == \
                conn.execute(sa.select(sa.func.count()).select_from(events)).scalar_one()
    finally:
        engine.dispose()
