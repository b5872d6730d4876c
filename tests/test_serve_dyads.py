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
    assert sorted(e["id"] for e in body["key_events"]["rejections"]) == [3, 4]  # both ways together still there
    html = client.get("/dyads/RUS/IGOWSTNAT").text
    assert html.count('class="direction"') >= 2 and 'data-direction="RUS-IGOWSTNAT"' in html
    assert 'data-direction="IGOWSTNAT-RUS"' in html


def test_dyad_interval_follows_the_span(client):
    months = client.get("/api/dyads/RUS/IGOWSTNAT").json()  # March to June: weeks
    assert months["filters"]["interval"] == "week" and months["interval_chosen"] is True
    days = client.get("/api/dyads/RUS/IGOWSTNAT", params={"since": "2024-03-01", "until": "2024-03-10"}).json()
    assert days["filters"]["interval"] == "day" and [p["period"] for p in days["series"]] == [
        "2024-03-04", "2024-03-05", "2024-03-06"]
    years = client.get("/api/dyads/USA/CUB").json()  # seven years: quarters
    assert years["filters"]["interval"] == "quarter"
    assert [p["period"] for p in years["series"]] == ["2016-01-01", "2023-01-01"]
    asked = client.get("/api/dyads/USA/CUB", params={"interval": "month"}).json()
    assert asked["filters"]["interval"] == "month" and asked["interval_chosen"] is False
    assert client.get("/api/dyads/USA/CUB", params={"interval": ""}).json()["filters"]["interval"] == "quarter"
    assert client.get("/api/dyads/USA/CUB", params={"interval": "year"}).status_code == 422


def test_dyad_empty_periods_stay_empty(client):
    body = client.get("/api/dyads/RUS/IGOWSTNAT", params={"interval": "week"}).json()
    periods = [p["period"] for p in body["series"]]
    assert periods == ["2024-03-04", "2024-06-10"]  # no zero weeks in between
    assert all(p["events"] > 0 for p in body["series"])
    spec = body["chart"]
    domain = spec["layer"][0]["encoding"]["x"]["scale"]["domain"]
    assert domain[0] <= "2024-03-04" and domain[-1] >= "2024-06-10" and "2024-04-01" in domain  # the gap keeps its place
    line = {row["period"]: row["intensity"] for row in spec["layer"][1]["data"]["values"]}
    assert line["2024-04-01"] is None and line["2024-03-04"] is not None  # the line breaks, never drops to zero
    bars = spec["layer"][0]["data"]["values"]
    assert {b["period"] for b in bars} == set(periods)
    ab, ba = body["directions"]
    assert ab["chart"]["layer"][0]["encoding"]["x"]["scale"]["domain"] == domain  # both directions share the axis
    top = ab["chart"]["layer"][0]["encoding"]["y"]["scale"]["domain"]
    assert top == ba["chart"]["layer"][0]["encoding"]["y"]["scale"]["domain"] == [0, 2]


def test_dyad_quarter_labels_and_auto_form(client):
    html = client.get("/dyads/USA/CUB").text
    assert '<option value="" selected>auto (quarter)</option>' in html
    assert "Q%q %Y" in html  # quarters read as "Q1 2016" on the axis
