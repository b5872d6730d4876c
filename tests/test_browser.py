"""The web UI in a real browser: Debian's Chromium driven by Playwright,
against ``redline serve``'s app under uvicorn on 127.0.0.1, over a database
built by ingesting the example articles.

A user searches statements, opens an article, follows an event to its dyad,
and sees the timeline chart drawn; hostile markup in an article stays text.
Screenshots go to $REDLINE_ARTIFACTS, else tests/artifacts/ (ignored by git).
Skipped only when /usr/bin/chromium is missing (``apt-get install chromium``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_serve_support import live_server, serve_db  # noqa: F401

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
ARTIFACTS = Path(os.environ.get("REDLINE_ARTIFACTS") or Path(__file__).resolve().parent / "artifacts")

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing: apt-get install -y chromium (Debian's build)"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh page that may only reach the test server; what else it asks for, and
    every console error, is recorded and must stay empty."""
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    page = context.new_page()
    page.outside_requests = []
    page.console_errors = []

    def route(request_route):
        url = request_route.request.url
        if url.startswith(live_server):
            request_route.continue_()
        else:
            page.outside_requests.append(url)
            request_route.abort()

    page.route("**/*", route)
    page.on("console", lambda msg: msg.type == "error" and page.console_errors.append(msg.text))
    page.on("pageerror", lambda exc: page.console_errors.append(str(exc)))
    page.set_default_timeout(15_000)
    yield page
    context.close()
    assert page.outside_requests == []
    assert page.console_errors == []


def shot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def test_browser_search_article_dyad(page, live_server):
    # 1. The overview shows the most active dyads.
    page.goto(live_server + "/")
    assert page.locator("h1").inner_text() == "Overview"
    assert page.locator("#top-dyads tbody tr").count() > 0
    shot(page, "01-overview")

    # 2. Search what was said.
    page.click("text=Search statements")
    page.fill("input[name=q]", "package")
    page.fill("input[name=speaker]", "")
    page.press("input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"/search\?q=package"))
    results = page.locator("#results .card.statement")
    assert results.count() > 0
    assert "package" in results.first.locator("blockquote").inner_text()
    shot(page, "02-search")

    # 3. Open the article it came from: the text with its highlights.
    results.first.locator(".source a").click()
    page.wait_for_url(re.compile(r"/articles/\d+#st-\d+"))
    assert "Taiwan Arms Package" in page.locator("#article-title").inner_text()
    text = page.locator("#article-text")
    for kind in ("speaker", "cue", "content", "trigger"):
        assert text.locator(f"a.hl.{kind}").count() > 0, kind
    statement_ref = page.evaluate("location.hash").lstrip("#")
    assert page.locator(f"#{statement_ref}").is_visible()
    assert text.locator(f"a.hl.focus[data-refs~='{statement_ref}']").count() > 0  # its spans are outlined
    speaker = text.locator("a.hl.speaker").first
    speaker.click()
    card = page.locator(page.evaluate("location.hash"))
    assert card.locator(".speaker").inner_text().strip() != ""
    shot(page, "03-article")

    # 4. Follow the demand China made of the United States to the dyad page.
    demand = page.locator(".card.event", has_text="China has demanded").first
    demand.locator("a.dyad").click()
    page.wait_for_url(re.compile(r"/dyads/CHN/USA"))
    page.wait_for_selector(".vega[data-drawn=true] svg")
    chart = page.locator(".chart svg").first
    assert chart.bounding_box()["width"] > 200
    assert page.locator(".chart svg .mark-rect path, .chart svg .mark-rect rect").count() > 0  # the bars
    demands = page.locator("#demands")
    assert "China has demanded that the United States cancel" in demands.inner_text()
    assert demands.locator(".card .source a").count() > 0
    shot(page, "04-dyad")


def test_browser_actor_page_draws_statements_over_time(page, live_server):
    page.goto(live_server + "/actors/USA")
    page.wait_for_selector(".vega[data-drawn=true] svg")
    assert "United States" in page.locator("h1").inner_text()
    assert page.locator("#acted_on_by tbody tr").count() > 0
    shot(page, "05-actor")


def test_browser_hostile_markup_stays_text(page, live_server):
    page.goto(live_server + "/search?q=reject")
    link = page.locator(".card.statement .source a", has_text="Clash").first
    link.click()
    page.wait_for_selector("#article-text")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    visible = page.locator("#article-text").inner_text()
    assert "<script>window.__pwned = 2</script>" in visible
    assert '<img src=x onerror="window.__pwned = 3">' in visible
    assert "<script>window.__pwned = 1</script>" in page.locator("#article-title").inner_text()
    assert page.locator("#article-text script, #article-text img, #article-text b").count() == 0
    sources = page.eval_on_selector_all("script", "els => els.map(e => e.getAttribute('src'))")
    assert sources and all(src and src.startswith("/static/") for src in sources)
    shot(page, "06-hostile-article")
