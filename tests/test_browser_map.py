"""The event map in a real browser (Debian's Chromium, as ``test_browser``): the
vendored world is drawn, each located event is a circle coloured by its quad
class, a click opens its event, and nothing is fetched from outside the server
(the ``page`` fixture fails the test on any outside request or console error)."""

from __future__ import annotations

import re

import pytest
from test_browser import CHROMIUM, browser, page, shot  # noqa: F401
from test_serve_support import live_server, serve_db  # noqa: F401

from redline.serve.charts import QUAD_COLOURS

# skipped with the other browser tests where Chromium could not be installed
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing")

MAP = "#map .vega[data-drawn=true] svg"


def test_browser_overview_map_draws_and_links(page, live_server):
    points = page.request.get(live_server + "/api/overview").json()["map"]["layer"][1]["data"]["values"]
    assert points
    page.goto(live_server + "/")
    page.wait_for_selector(MAP)
    svg = page.locator(MAP)
    assert svg.bounding_box()["width"] > 400
    assert page.locator("#map .mark-shape path").count() > 150  # the countries of the vendored world
    circles = page.locator("#map .mark-symbol.role-mark path")
    assert circles.count() == len(points)
    fills = set(circles.evaluate_all("els => els.map(e => e.getAttribute('fill'))"))
    assert fills <= {c.lower() for c in QUAD_COLOURS.values()} and fills
    shot(page, "07-overview-map")
    circles.first.click(force=True)
    page.wait_for_url(re.compile(r"/articles/\d+#ev-\d+"))
    event = page.evaluate("location.hash")
    assert page.locator(event).is_visible()


def test_browser_events_page_maps_its_filter(page, live_server):
    page.goto(live_server + "/events?location_country=EGY")
    page.wait_for_selector(MAP)
    assert page.locator("#map .mark-symbol.role-mark path").count() == 1  # Cairo only
    assert page.locator("input[name=location_country]").input_value() == "EGY"
    assert page.locator("#results .card.event").count() == 1
    shot(page, "08-events-map")
