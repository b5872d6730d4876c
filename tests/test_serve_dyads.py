"""The dyad page and API: each direction on its own, the interval chosen from
the span shown, and periods without events left empty rather than drawn as
zero. A synthetic corpus of our own."""

from __future__ import annotations

from datetime import date

import pytest
from synthetic_events import insert_events

EVENTS = [
    # Russia → NATO: a demand and a threat in March 2024, a rejection in June
    {"date": date(2024, 3, 4), "source": "RUSGOV", "target": "IGOWSTNAT", "type": "REQUEST", "mode": "change"},
    {"date": date(2024, 3, 6), "source": "RUSMIL", "target": "IGOWSTNATMIL", "type": "THREATEN", "mode": "violence"},
    {"date": date(2024, 6, 10), "source": "RUS", "target": "IGOWSTNAT", "type": "REJECT"},
    # NATO → Russia: one rejection, one agreement (cooperation)
    {"date": date(2024, 3, 5), "source": "IGOWSTNAT", "target": "RUSGOV", "type": "REJECT"},
    {"date": date(2024, 6, 12), "source": "IGOWSTNAT", "target": "RUS", "type": "AGREE", "mode": "meet"},
    # a pair with six years between its events
    {"date": date(2016, 1, 5), "source": "USA", "target": "CUB", "type": "CONSULT"},
    {"date": date(2023, 2, 7), "source": "CUB", "target": "USA", "type": "ACCUSE"},
]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from redline.serve import create_app

    url = f"sqlite:///{tmp_path_factory.mktemp('dyads') / 'dyads.db'}"
    insert_events(url, EVENTS)
    with TestClient(create_app(url, token="")) as test_client:
        yield test_client


def test_dyad_directions_side_by_side(client):
    body = client.get("/api/dyads/RUS/IGOWSTNAT").json()
    ab, ba = body["directions"]
    assert (ab["source"], ab["target"], ba["source"], ba["target"]) == ("RUS", "IGOWSTNAT", "IGOWSTNAT", "RUS")
    assert ab["totals"]["events"] == 3 and ba["totals"]["events"] == 2 and body["totals"]["events"] == 5
    assert [e["id"] for e in ab["key_events"]["demands"]] == [1] and ab["key_events"]["threats"][0]["id"] == 2
    assert [e["id"] for e in ab["key_events"]["rejections"]] == [3]
    assert [e["id"] for e in ba["key_events"]["rejections"]] == [4] and [e["id"] for e in ba["key_events"]["agreements"]] == [5]
    assert not ba["key_events"]["demands"] and not ab["key_events"]["agreements"]
    assert body["key_events"]["rejections"] == [3, 4]  # both ways together, newest first, as ids
    html = client.get("/dyads/RUS/IGOWSTNAT").text
    assert html.count('class="direction"') >= 2 and 'data-direction="RUS-IGOWSTNAT"' in html
    assert 'data-direction="IGOWSTNAT-RUS"' in html


def with_events(body):
    """The periods of an answer's timeline that have events, in order."""
    return [p for p, n in zip(body["periods"], body["timeline"]["events"]) if n is not None]


def test_dyad_interval_follows_the_span(client):
    months = client.get("/api/dyads/RUS/IGOWSTNAT").json()  # March to June: weeks
    assert months["filters"]["interval"] == "week" and months["interval_chosen"] is True
    days = client.get("/api/dyads/RUS/IGOWSTNAT", params={"since": "2024-03-01", "until": "2024-03-10"}).json()
    assert days["filters"]["interval"] == "day" and with_events(days) == ["2024-03-04", "2024-03-05", "2024-03-06"]
    years = client.get("/api/dyads/USA/CUB").json()  # seven years: quarters
    assert years["filters"]["interval"] == "quarter"
    assert with_events(years) == ["2016-01-01", "2023-01-01"]
    asked = client.get("/api/dyads/USA/CUB", params={"interval": "month"}).json()
    assert asked["filters"]["interval"] == "month" and asked["interval_chosen"] is False
    assert asked["interval_asked"] == "month" and len(asked["periods"]) == 86  # Jan 2016 to Feb 2023
    assert client.get("/api/dyads/USA/CUB", params={"interval": ""}).json()["filters"]["interval"] == "quarter"
    assert client.get("/api/dyads/USA/CUB", params={"interval": "year"}).status_code == 422


def test_dyad_interval_too_fine_for_the_span_is_coarsened(client):
    """Days over seven years would be 2,591 bars: the answer is per week (371)
    and says that days were asked; over a short range days are kept."""
    body = client.get("/api/dyads/USA/CUB", params={"interval": "day"}).json()
    assert body["interval_asked"] == "day" and body["filters"]["interval"] == "week"
    assert len(body["periods"]) == 371 <= body["max_periods"]
    assert with_events(body) == ["2016-01-04", "2023-02-06"] and body["totals"]["events"] == 2
    weeks = client.get("/api/dyads/USA/CUB", params={"interval": "week"}).json()
    assert weeks["interval_asked"] == weeks["filters"]["interval"] == "week"
    html = client.get("/dyads/USA/CUB", params={"interval": "day"}).text
    assert 'id="interval-coarsened"' in html and "Per day would be more than 400 bars" in html
    assert '<option value="day" selected>day</option>' in html  # the form keeps what was asked
    short = client.get("/api/dyads/RUS/IGOWSTNAT", params={"interval": "day"}).json()  # March to June
    assert short["filters"]["interval"] == "day" and short["interval_asked"] == "day"
    assert 'id="interval-coarsened"' not in client.get("/dyads/RUS/IGOWSTNAT", params={"interval": "day"}).text


def test_dyad_empty_periods_stay_empty(client):
    body = client.get("/api/dyads/RUS/IGOWSTNAT", params={"interval": "week"}).json()
    periods = body["periods"]
    assert periods[0] == "2024-03-04" and periods[-1] == "2024-06-10" and len(periods) == 15  # every week, once
    events = dict(zip(periods, body["timeline"]["events"]))
    assert events == {p: (3 if p == "2024-03-04" else 2 if p == "2024-06-10" else None) for p in periods}
    assert all(body["timeline"]["quads"][q][periods.index("2024-04-01")] is None for q in "01234")  # no zeros
    ab, ba = body["directions"]
    assert dict(zip(periods, ab["timeline"]["events"]))["2024-03-04"] == 2  # the demand and the threat
    assert dict(zip(periods, ba["timeline"]["events"]))["2024-03-04"] == 1  # the rejection
    spec = ab["chart"]
    assert spec["encoding"]["x"]["scale"]["domain"] == periods  # the gap keeps its place
    rows = {row["period"]: row for row in spec["data"]["values"]}
    assert set(rows) == {"2024-03-04", "2024-03-11", "2024-06-10"}  # two weeks with events, one gap's start
    assert rows["2024-03-11"]["intensity"] is None and "events" not in rows["2024-03-11"]  # the line breaks there
    assert rows["2024-03-04"]["q3"] + rows["2024-03-04"]["q4"] == 2
    assert ba["chart"]["encoding"]["x"]["scale"]["domain"] == periods  # both directions share the axis
    top = ab["chart"]["layer"][0]["encoding"]["y"]["scale"]["domain"]
    assert top == ba["chart"]["layer"][0]["encoding"]["y"]["scale"]["domain"] == [0, 2]


def test_dyad_quarter_labels_and_auto_form(client):
    html = client.get("/dyads/USA/CUB").text
    assert '<option value="" selected>auto (quarter)</option>' in html
    assert "Q%q %Y" in html  # quarters read as "Q1 2016" on the axis


def test_dyad_key_events_show_the_latest_and_link_the_rest(tmp_path):
    """23 demands one way: the dyad shows the latest 20, says there are more, and
    links the events browser with the same filters, which lists all 23."""
    from fastapi.testclient import TestClient

    from redline.serve import create_app

    url = f"sqlite:///{tmp_path / 'many.db'}"
    insert_events(url, [{"date": date(2024, 1, 1 + i), "source": "RUSGOV", "target": "UKR", "type": "REQUEST",
                         "mode": "change"} for i in range(23)]
                  + [{"date": date(2024, 2, 1), "source": "UKR", "target": "RUS", "type": "REQUEST", "mode": "change"}])
    with TestClient(create_app(url, token="")) as client:
        body = client.get("/api/dyads/RUS/UKR").json()
        ab, ba = body["directions"]
        assert len(ab["key_events"]["demands"]) == 20 and ab["key_events_more"]["demands"] is True
        assert ab["key_events"]["demands"][0]["date"] == "2024-01-23"  # the latest first
        assert len(ba["key_events"]["demands"]) == 1 and ba["key_events_more"]["demands"] is False
        assert body["key_events"]["demands"][0] == ba["key_events"]["demands"][0]["id"]  # 1 Feb, newest either way
        link = ab["key_events_urls"]["demands"]
        assert link == "/events?source=RUS&target=UKR&type=DEMAND"
        listed = client.get(link + "&format=json").json()["events"]
        assert len(listed) == 23 and {e["source"]["code"] for e in listed} == {"RUSGOV"}
        html = client.get("/dyads/RUS/UKR").text
        assert "Demands (20+ · 1)" in html and 'href="/events?source=RUS&amp;target=UKR&amp;type=DEMAND"' in html
