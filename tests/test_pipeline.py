"""The Python API: ``redline.analyze`` on whole news articles and ``analyze_stream``.

The articles here are written for these tests. Assertions are about what a
user reading the result would notice: who is credited with which words, what
kind of statement it is, that offsets slice the text they were given, and
that page furniture never produces statements.
"""

from __future__ import annotations

import itertools
import json

import pytest

import redline
from redline.errors import InputError
from redline.read import read_jsonl
from redline.types import Analysis, Article, Statement

ARTICLE = """EU and Turkey Clash Over Grain Corridor Checks as Talks Stall

Published at: March 14, 2023

European Commission spokeswoman Maria Lindgren said on Tuesday that the bloc would not accept new inspection rules for grain ships leaving Odesa.

“We have met every condition that was put to us,” Lindgren told reporters in Brussels. “Nobody can say we didn’t keep our word.”

“The corridor is working,” the spokeswoman said, “and it will keep working if everyone stops inventing obstacles.”

She said that the Commission had invited observers from the United Nations to every port. According to Lindgren, more than 400 ships have left Ukrainian ports since August.

Read also:
Warum die Verhandlungen über den Getreidekorridor wieder stocken

Turkish Defence Minister Kemal Aydin said the latest Russian proposal was “a step in the right direction.”

“Turkey has been a fair broker from the first day. We have kept the channels open when nobody else would.

“We will not let this agreement collapse over paperwork,” Aydin said.

A senior Russian diplomat, speaking on condition of anonymity, said that Moscow’s demands had not changed.

Officials believe the deal could be extended for another four months.

Read also: Minister says grain talks will resume in Istanbul

Published at

The views expressed in articles on this site are those of their authors and of the people they quote, and do not necessarily reflect our own.
"""

# Passages of ARTICLE that are page furniture, not reporting.
BOILERPLATE = [
    "Read also:",
    "Warum die Verhandlungen über den Getreidekorridor wieder stocken",
    "Read also: Minister says grain talks will resume in Istanbul",
    "The views expressed in articles on this site are those of their authors",
]

# (content pieces exactly as sliced from the text, speaker name, kind, cue_type)
EXPECTED = [
    (
        ["the bloc would not accept new inspection rules for grain ships leaving Odesa"],
        "Maria Lindgren", "indirect", "speech",
    ),
    (["We have met every condition that was put to us,"], "Maria Lindgren", "direct", "speech"),
    (["Nobody can say we didn’t keep our word."], "Maria Lindgren", "direct", "speech"),
    (
        ["The corridor is working,", "and it will keep working if everyone stops inventing obstacles."],
        "Maria Lindgren", "direct", "speech",
    ),
    (
        ["the Commission had invited observers from the United Nations to every port"],
        "Maria Lindgren", "indirect", "speech",
    ),
    (
        ["more than 400 ships have left Ukrainian ports since August"],
        "Maria Lindgren", "indirect", "speech",
    ),
    (
        [
            "Turkey has been a fair broker from the first day. We have kept the channels open when nobody else would.",
            "We will not let this agreement collapse over paperwork,",
        ],
        "Kemal Aydin", "direct", "speech",
    ),
    (["Moscow’s demands had not changed"], None, "indirect", "speech"),
]


def _pieces(result: Analysis, statement: Statement) -> list[str]:
    text = result.article.text
    return [text[s:e] for s, e in statement.content]


def _find(result: Analysis, words: str) -> Statement:
    """The one statement whose content starts with ``words``."""
    text = result.article.text
    found = [s for s in result.statements if text[s.content[0][0]:].startswith(words)]
    assert len(found) == 1, (words, [s.content_text(text) for s in result.statements])
    return found[0]


def _overlaps(span: tuple[int, int], ranges: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in ranges)


@pytest.fixture(scope="module")
def article(analyze) -> Analysis:
    return analyze(ARTICLE)


def test_pipeline_reads_headline_and_date_from_text(article):
    assert article.article.title == "EU and Turkey Clash Over Grain Corridor Checks as Talks Stall"
    assert article.article.date == "2023-03-14"
    assert article.article.text == ARTICLE  # never rewritten
    assert ARTICLE[article.article.body_start:].startswith("European Commission spokeswoman")


@pytest.mark.parametrize(("pieces", "speaker", "kind", "cue_type"), EXPECTED, ids=lambda v: str(v)[:30])
def test_pipeline_credits_each_statement_to_its_speaker(article, pieces, speaker, kind, cue_type):
    statement = _find(article, pieces[0])
    assert _pieces(article, statement) == pieces
    assert statement.speaker.name == speaker
    assert statement.kind == kind
    assert statement.cue_type == cue_type


@pytest.mark.parametrize(
    ("content", "mention"),
    [
        ("the bloc would not accept", "European Commission spokeswoman Maria Lindgren"),
        ("We have met every condition", "Lindgren"),
        ("The corridor is working", "the spokeswoman"),
        ("the Commission had invited observers", "She"),
        ("more than 400 ships", "Lindgren"),
        ("Moscow’s demands", "A senior Russian diplomat"),
    ],
)
def test_pipeline_speaker_spans_point_at_the_mention(article, content, mention):
    text = article.article.text
    statement = _find(article, content)
    assert [text[s:e] for s, e in statement.speaker.spans] == [mention]
    assert statement.speaker.mention == mention


def test_pipeline_mixed_statement_keeps_the_reported_frame(article):
    statement = _find(article, "the latest Russian proposal")
    assert statement.kind == "mixed"
    assert statement.speaker.name == "Kemal Aydin"
    assert "“a step in the right direction." in statement.content_text(article.article.text)


def test_pipeline_unnamed_official_has_no_name(article):
    statement = _find(article, "Moscow’s demands")
    assert statement.speaker.kind == "unnamed"
    assert statement.speaker.name is None


def test_pipeline_officials_believe_is_a_stance(article):
    statement = _find(article, "the deal could be extended")
    assert statement.cue_type == "stance"
    assert statement.cue_text(article.article.text) == "believe"
    assert statement.speaker.mention == "Officials"


def test_pipeline_speech_cues_are_the_reporting_words(article):
    text = article.article.text
    assert _find(article, "more than 400 ships").cue_text(text) == "According to"
    assert _find(article, "The corridor is working").cue_text(text) == "said"
    assert _find(article, "We have met every condition").cue_text(text) == "told"


@pytest.mark.parametrize("passage", BOILERPLATE)
def test_pipeline_marks_furniture_as_boilerplate(article, passage):
    start = ARTICLE.index(passage)
    span = (start, start + len(passage))
    assert any(s <= span[0] and span[1] <= e for s, e in article.boilerplate), (passage, article.boilerplate)


def test_pipeline_no_statement_comes_from_boilerplate(article):
    text = article.article.text
    for statement in article.statements:
        for span in (*statement.content, *statement.cue, *statement.speaker.spans):
            assert not _overlaps(span, article.boilerplate), (text[span[0]:span[1]], statement)
    assert not any("grain talks will resume" in s.content_text(text) for s in article.statements)


def test_pipeline_offsets_slice_the_original_text(article):
    text = article.article.text
    for statement in article.statements:
        spans = [*statement.content, *statement.cue, *statement.speaker.spans, statement.sentence]
        for s, e in spans:
            assert 0 <= s < e <= len(text)
        for s, e in statement.content:
            piece = text[s:e]
            assert piece == piece.strip() and piece, statement
            # content lies inside the sentence(s) of the attribution or the quote
        if statement.speaker.spans and statement.speaker.mention is not None:
            assert " ".join(text[s:e] for s, e in statement.speaker.spans) == statement.speaker.mention


UNBALANCED = """Talks Resume in Geneva

“We will never sign this, the ambassador told parliament on Monday.

The talks resumed on Tuesday after a week-long pause.

Foreign Minister Anna Petersen said that the delegations had agreed on a timetable.

“This is a good day for both countries,” Petersen said.
"""


def test_pipeline_unbalanced_quote_does_not_swallow_the_article(analyze):
    result = analyze(UNBALANCED)
    text = result.article.text
    for statement in result.statements:
        assert "The talks resumed" not in statement.content_text(text)
        assert "This is a good day" not in statement.content_text(text) or statement.kind == "direct"
    later = _find(result, "This is a good day")
    assert _pieces(result, later) == ["This is a good day for both countries,"]
    assert later.kind == "direct"
    assert later.speaker.name == "Anna Petersen"
    reported = _find(result, "the delegations had agreed")
    assert reported.speaker.name == "Anna Petersen"
    assert reported.kind == "indirect"


APOSTROPHES = """Ministers Meet in Oslo

Foreign Minister Anna Petersen met her Russian counterpart on Monday.

“Russia’s demands haven’t changed, and we don’t expect them to,” Petersen said. “But the ministers’ meeting was useful.”

"We don't accept Russia's terms," she told reporters. "Europe's patience isn't endless."
"""


@pytest.mark.parametrize(
    "quote",
    [
        "Russia’s demands haven’t changed, and we don’t expect them to,",
        "But the ministers’ meeting was useful.",
        "We don't accept Russia's terms,",
        "Europe's patience isn't endless.",
    ],
)
def test_pipeline_apostrophes_do_not_break_quote_pairing(analyze, quote):
    result = analyze(APOSTROPHES)
    statement = _find(result, quote)
    assert _pieces(result, statement) == [quote]
    assert statement.kind == "direct"
    assert statement.speaker.name == "Anna Petersen"


def test_pipeline_title_given_means_no_header_parsing(analyze):
    text = "“We are ready,” Foreign Minister Anna Petersen said on Monday.\n"
    result = analyze(text, title="Petersen Ready", date="14 March 2023", url="https://example.org/a")
    art = result.article
    assert (art.title, art.date, art.url, art.body_start) == ("Petersen Ready", "2023-03-14", "https://example.org/a", 0)
    statement = _find(result, "We are ready")
    assert _pieces(result, statement) == ["We are ready,"]
    assert statement.speaker.name == "Anna Petersen"


@pytest.mark.parametrize("text", ["", "   \n\n  "])
def test_pipeline_empty_text_raises_input_error(text):
    with pytest.raises(InputError, match="R008"):
        redline.analyze(text)


def test_pipeline_result_is_a_format_prediction(article):
    record = json.loads(json.dumps(article.to_prediction()))
    assert len(record["statements"]) == len(article.statements)
    first = record["statements"][0]
    assert first["kind"] in ("direct", "indirect", "mixed")
    assert first["speaker"]["name"] == "Maria Lindgren"
    assert first["content"]["spans"] == [list(s) for s in article.statements[0].content]


@pytest.mark.parametrize(
    "name",
    ["egypt-israel-gas-deal-2022-10-18.txt", "iran-iaea-inspections-2022-06-09.txt", "serbia-kosovo-border-talks-2022-03-04.txt"],
)
def test_pipeline_example_articles_statements_avoid_boilerplate(analyze, example_dir, name):
    text = (example_dir / name).read_text(encoding="utf-8")
    result = analyze(text)
    assert result.statements
    assert result.boilerplate
    for statement in result.statements:
        for span in statement.content:
            assert not _overlaps(span, result.boilerplate), statement.content_text(text)


# analyze_stream ---------------------------------------------------------------


def _label(item: Analysis | InputError) -> str:
    return item.source if isinstance(item, InputError) else item.article.id


def _articles(n: int) -> list[Article]:
    return [Article(text=f"Minister {i} said on Monday that talks would resume.", id=f"a{i}") for i in range(n)]


def test_pipeline_stream_keeps_input_order_with_errors_between(nlp):
    a = _articles(4)
    items = [
        InputError("R005 in.jsonl:1: line is not valid JSON", "in.jsonl:1"),
        a[0],
        InputError("R006 in.jsonl:3: record has no \"text\" string", "in.jsonl:3"),
        a[1],
        a[2],
        InputError("R001 x: file is empty", "x"),
        InputError("R002 y: not a text file", "y"),
        a[3],
        InputError("R007 z: no such file or directory", "z"),
    ]
    got = list(redline.analyze_stream(iter(items), nlp=nlp, batch_size=32))
    assert [_label(i) for i in got] == [_label(i) if isinstance(i, InputError) else i.id for i in items]
    assert all(isinstance(g, InputError) == isinstance(i, InputError) for g, i in zip(got, items))


def test_pipeline_stream_over_jsonl_passes_read_errors_through(nlp, write_jsonl):
    path = write_jsonl(
        "in.jsonl",
        [
            {"id": "one", "text": "Foreign Minister Anna Petersen said talks would resume."},
            "{not json",
            {"id": "three"},
            {"id": "four", "text": "“We are ready,” the minister said."},
        ],
    )
    got = list(redline.analyze_stream(read_jsonl(path), nlp=nlp))
    assert [_label(g) for g in got] == ["one", f"{path}:2", f"{path}:3", "four"]
    assert "R005" in str(got[1]) and "R006" in str(got[2])
    assert got[0].statements[0].speaker.name == "Anna Petersen"


def test_pipeline_stream_is_lazy(nlp):
    consumed = 0

    def endless():
        nonlocal consumed
        for i in itertools.count():
            consumed += 1
            yield Article(text=f"Minister {i} said talks would resume.", id=str(i))

    first = list(itertools.islice(redline.analyze_stream(endless(), nlp=nlp, batch_size=4), 3))
    assert [r.article.id for r in first] == ["0", "1", "2"]
    assert consumed <= 8  # read at most a batch or two ahead, never the whole stream


def test_pipeline_stream_reports_a_failing_article_and_goes_on(nlp, monkeypatch):
    import redline.pipeline as pipeline

    real = pipeline.extract_statements

    def flaky(doc, skip, **kwargs):
        if "explodes" in doc.text:
            raise RuntimeError("boom")
        return real(doc, skip, **kwargs)

    monkeypatch.setattr(pipeline, "extract_statements", flaky)
    items = [
        Article(text="The minister said talks would resume.", id="ok1"),
        Article(text="This article explodes, the minister said.", id="bad", source="feed.jsonl:2"),
        Article(text="The envoy said the talks went well.", id="ok2"),
    ]
    got = list(redline.analyze_stream(items, nlp=nlp))
    assert [type(g).__name__ for g in got] == ["Analysis", "InputError", "Analysis"]
    assert got[1].source == "feed.jsonl:2"
    assert "R009" in str(got[1]) and "boom" in str(got[1])


# Speaker-resolution cases that once failed.


def test_pipeline_unnamed_source_with_prepositional_phrase_has_no_name(analyze):
    result = analyze("An unnamed official in the Russian delegation said that Moscow’s demands had not changed.", title="T")
    assert result.statements[0].speaker.name is None


def test_pipeline_anonymous_source_relative_clause_not_in_name(analyze):
    text = "A senior official in the delegation, who spoke on condition of anonymity, said the demands had not changed."
    statement = analyze(text, title="T").statements[0]
    assert statement.speaker.name is None
    assert statement.speaker.mention == "A senior official in the delegation"


def test_pipeline_role_noun_does_not_resolve_to_a_later_person(analyze):
    result = analyze(UNBALANCED.replace("the ambassador", "the minister"))
    early = _find(result, "We will never sign this")
    assert early.speaker.name != "Anna Petersen"
