"""Search words marked in the statements and evidence shown (``<mark>``), the
text around them still escaped."""

from __future__ import annotations

from test_serve_support import client, serve_db  # noqa: F401

from redline.serve.highlight import highlight


def test_highlight_marks_whole_words_any_case_and_escapes_the_rest():
    assert str(highlight("Russia rejected the <b>proposal</b>.", "reject PROPOSAL")) == (
        "Russia <mark>rejected</mark> the &lt;b&gt;<mark>proposal</mark>&lt;/b&gt;.")
    assert str(highlight("<script>x</script>", "script")) == "&lt;<mark>script</mark>&gt;x&lt;/<mark>script</mark>&gt;"
    assert str(highlight("a projected rejection", "reject")) == "a projected <mark>rejection</mark>"  # word starts only
    assert str(highlight("no words (at all)", "(")) == "no words (at all)"
    assert str(highlight("a.*b", ".*")) == "a.*b"  # regex characters in a query are no pattern
    assert str(highlight(None, "x")) == ""


def test_search_page_marks_the_words_searched(client):
    html = client.get("/search", params={"q": "proposal"}).text
    assert "<mark>proposal</mark>" in html
    assert "<script>window.__pwned" not in html  # the hostile article's quote stays text
    plain = client.get("/search").text
    assert "<mark>" not in plain


def test_events_page_marks_evidence_words(client):
    html = client.get("/events", params={"q": "rejected"}).text
    assert "<mark>rejected</mark>" in html
