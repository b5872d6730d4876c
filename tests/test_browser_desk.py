"""The analyst's desk in a real browser (Debian's Chromium through Playwright,
as ``test_browser``): the events browser filtered and its CSV downloaded, a
dyad's two directions drawn side by side, and an alert from a synthetic
corpus with an injected spike shown on ``/alerts`` and followed to its
events. Screenshots at 1400 and 800 px wide go to tests/artifacts/."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

import pytest
from synthetic_events import insert_events
from test_alerts import corpus
from test_browser import CHROMIUM, browser, page, shot  # noqa: F401
from test_serve_support import running_app

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing")


@pytest.fixture(scope="module")
def live_server(tmp_path_factory) -> Iterator[str]:
    """The app over the synthetic alerts corpus, under uvicorn on 127.0.0.1."""
    from redline.serve import create_app

    url = f"sqlite:///{tmp_path_factory.mktemp('desk') / 'desk.db'}"
    insert_events(url, corpus())
    with running_app(create_app(url, token="")) as base:
        yield base


def both_widths(page, name: str) -> None:
    shot(page, f"{name}-1400")
    page.set_viewport_size({"width": 800, "height": 900})
    page.wait_for_timeout(300)  # the charts redraw at the new width
    shot(page, f"{name}-800")
    assert page.evaluate("document.documentElement.scrollWidth") <= 800 + 2  # nothing sticks out sideways
    page.set_viewport_size({"width": 1400, "height": 900})


def test_browser_events_filter_and_download(page, live_server):
    page.goto(live_server + "/events")
    page.fill("input[name=source]", "RUS")
    page.select_option("select[name=quad]", "4")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"/events\?.*source=RUS.*quad=4"))
    cards = page.locator("#results .card.event")
    assert cards.count() == 4
    assert cards.first.locator(".tag.type.quad-4").count() == 1
    colour = cards.first.locator(".tag.type").evaluate("el => getComputedStyle(el).backgroundColor")
    assert colour == "rgb(246, 227, 227)"  # conflict red
    with page.expect_download() as info:
        page.click("#downloads a:text('CSV')")
    rows = list(csv.DictReader(io.StringIO(open(info.value.path(), encoding="utf-8").read())))
    assert len(rows) == 4 and {r["type"] for r in rows} == {"ASSAULT"} and {r["quad"] for r in rows} == {"4"}
    both_widths(page, "10-events")


def test_browser_dyad_directions_side_by_side(page, live_server):
    page.goto(live_server + "/dyads/TUR/SYR")
    page.wait_for_selector("#timeline-1 .vega[data-drawn=true] svg")
    assert page.locator("#timelines .direction").count() == 2
    demands = page.locator("#demands .direction")
    assert "demand" not in demands.nth(1).inner_text().lower().replace("demands", "")
    assert demands.nth(0).locator(".card.event").count() == 2 and demands.nth(1).locator(".card.event").count() == 0
    first, second = (page.locator(f"#timeline-{i}").bounding_box() for i in (1, 2))
    assert abs(first["y"] - second["y"]) < 5 and second["x"] > first["x"]  # side by side at 1400 px
    both_widths(page, "11-dyad-directions")


def test_browser_alert_shown_and_followed(page, live_server):
    page.goto(live_server + "/alerts")
    spike = page.locator("#alerts tr.alert.spike")
    assert spike.count() == 1
    assert "2024-05-20" in spike.inner_text()
    both_widths(page, "12-alerts")
    spike.locator("a", has_text="events").click()
    page.wait_for_url(re.compile(r"/events\?source=RUS&target=UKR&since=2024-05-20&until=2024-05-26"))
    assert page.locator("#results .card.event").count() == 6



class TestSearchSuggestions:
    """The search page over a few statements by known speakers (``test_serve_suggest``);
    ``live_server`` here is that app, so the ``page`` fixture may reach it."""

    @pytest.fixture(scope="class")
    def live_server(self, tmp_path_factory) -> Iterator[str]:
        from test_serve_suggest import _store

        from redline.serve import create_app

        url = f"sqlite:///{tmp_path_factory.mktemp('said') / 'said.db'}"
        _store(url)
        with running_app(create_app(url, token="")) as base:
            yield base

    def test_speaker_suggestions_and_the_choice_narrows(self, page, live_server):
        page.goto(live_server + "/search?q=talks")
        assert page.locator("#results .card").count() == 7
        page.type("input[name=speaker]", "pes", delay=30)
        page.wait_for_selector("#speaker-suggestions[data-for=pes]", state="attached")
        options = page.locator("#speaker-suggestions option")
        assert [options.nth(i).get_attribute("value") for i in range(options.count())] == ["Dmitry Peskov", "Marko Pesic"]
        assert "4 statements" in options.first.get_attribute("label")
        page.fill("input[name=speaker]", options.first.get_attribute("value"))  # as picking the suggestion does
        page.click("form.filters button[type=submit]")
        page.wait_for_url(re.compile(r"speaker=Dmitry\+Peskov"))
        cards = page.locator("#results .card")
        assert cards.count() == 4 and all("Peskov" in cards.nth(i).inner_text() for i in range(4))
        page.type("input[name=actor]", "ukr", delay=30)
        page.wait_for_selector("#actor-suggestions[data-for=ukr]", state="attached")
        assert page.locator("#actor-suggestions option").first.get_attribute("value") == "UKR"
        shot(page, "12-search-suggest-1400")
