"""Hardening of the analysis pipeline (issue 11): a text spaCy cannot parse
fails alone, and long texts are parsed and analysed in bounded pieces with
every offset into the whole text."""

from __future__ import annotations

import itertools

import pytest
from spacy.language import Language

import redline
from redline.errors import InputError
from redline.merge import join_entities, shift
from redline.parse import load_nlp, pieces
from redline.parse.pieces import piece_bounds
from redline.pipeline import analyze_doc
from redline.store import ingest, stats
from redline.types import Article, Entity, Event, Speaker, Statement

SEEN_LENGTHS: list[int] = []


@Language.component("test_record_lengths")
def _record_lengths(doc):
    """Remembers the length of every text the pipeline parses."""
    SEEN_LENGTHS.append(len(doc.text))
    return doc


@Language.component("test_fail_on_marker")
def _fail_on_marker(doc):
    """Fails inside nlp.pipe for a text carrying the marker, as a broken component would."""
    if "Zanzibarian" in doc.text:
        raise RuntimeError("component broke on this text")
    return doc


@pytest.fixture(scope="module")
def fresh_nlp():
    """A pipeline of its own (not the cached one), so tests may change it."""
    nlp = load_nlp.__wrapped__()
    nlp.add_pipe("test_record_lengths", last=True)
    nlp.add_pipe("test_fail_on_marker", last=True)
    return nlp


FIRST = ["Anna", "Boris", "Clara", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Karin", "Luis"]
LAST = ["Abbott", "Brennan", "Castell", "Dorsey", "Ellery", "Fontaine", "Garber", "Holloway", "Irwin", "Jansen"]
TOPICS = ["grain exports", "river dams", "fishing rights", "border posts", "rail tariffs", "gas transit",
          "port fees", "visa rules", "power lines", "customs checks"]


def paragraphs():
    """Endless distinct news paragraphs, each with a quoted official of a unique name."""
    for i, (first, last) in enumerate(itertools.cycle(itertools.product(FIRST, LAST))):
        topic = TOPICS[i % len(TOPICS)]
        yield (f"“We will not accept new terms on {topic} number {i},” Deputy Minister {first} {last} "
               f"told reporters in the capital on Tuesday.\n\nOfficials from the two neighbours met for a "
               f"second day of talks about {topic}, and the ministry said round {i} would follow next month.")


def long_text(chars: int) -> str:
    """A headline, a date line and distinct paragraphs up to ``chars`` characters."""
    parts = ["Talks on Regional Trade Continue\n\nMay 3, 2022\n"]
    size = len(parts[0])
    for paragraph in paragraphs():
        if size >= chars:
            break
        parts.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(parts)


# ---------------------------------------------------------------- pieces


def test_piece_bounds_cover_the_text_at_paragraph_boundaries():
    text = long_text(20_000)
    bounds = piece_bounds(text, 3_000)
    assert len(bounds) > 6
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))  # no gap, no overlap
    assert all(0 < e - s <= 3_000 for s, e in bounds)
    assert all(text[s - 2:s] == "\n\n" for s, _ in bounds[1:])  # each piece starts a paragraph


def test_piece_bounds_without_line_breaks_cut_at_sentences_then_spaces():
    sentences = " ".join(f"The envoy met official number {i} today." for i in range(400))
    bounds = piece_bounds(sentences, 1_000)
    assert all(sentences[s - 2:s] == ". " for s, _ in bounds[1:])
    words = " ".join(["abcdefgh"] * 600)
    assert all(words[s - 1] == " " for s, _ in piece_bounds(words, 1_000)[1:])
    assert piece_bounds("x" * 2_500, 1_000) == [(0, 1_000), (1_000, 2_000), (2_000, 2_500)]
    assert piece_bounds("short", 1_000) == [(0, 5)]


def test_long_text_is_parsed_in_bounded_pieces_with_offsets_into_the_whole(fresh_nlp):
    text = long_text(int(pieces.PIECE_CHARS * 2.3))
    SEEN_LENGTHS.clear()
    [result] = redline.analyze_stream([Article(text=text, id="long", date="2022-05-03")], nlp=fresh_nlp)
    assert max(SEEN_LENGTHS) <= pieces.PIECE_CHARS and len(SEEN_LENGTHS) >= 3
    assert result.article.text == text
    quoted = [st for st in result.statements if st.kind == "direct"]
    expected = text.count("“We will not accept")
    assert len(quoted) >= 0.9 * expected
    for st in quoted:  # each quote's offsets point at its words in the whole text
        content = st.content_text(text)
        assert content.startswith("We will not accept new terms on")
        number = content.rsplit(" ", 1)[-1].strip(",.”")
        speaker = text[st.speaker.spans[0][0]:st.speaker.spans[0][1]]
        sentence = text[st.sentence[0]:st.sentence[1]]
        assert f"number {number}," in sentence and speaker in sentence
        assert st.speaker.name and st.speaker.name.split()[-1] in LAST
    for event in result.events:
        assert 0 <= event.sentence[0] < event.sentence[1] <= len(text)
        if event.statement_index is not None:  # still the statement it came from
            st = result.statements[event.statement_index]
            assert st.sentence[0] <= event.sentence[0] < st.sentence[1] or event.sentence[0] <= st.sentence[0] < event.sentence[1]
    # an official quoted in several pieces is one entity with mentions across them
    named = [e for e in result.entities if e.name == "Anna Abbott"]
    assert len(named) == 1 and len(named[0].mentions) >= 2
    assert named[0].mentions[-1][0] > pieces.PIECE_CHARS
    assert all(text[s:e] in ("Anna Abbott", "Abbott", "Deputy Minister Anna Abbott", "I", "We", "we", "Minister")
               or e - s < 40 for s, e in named[0].mentions)


def test_long_text_alone_and_in_a_stream_agree(nlp, monkeypatch):
    monkeypatch.setattr(pieces, "PIECE_CHARS", 2_500)
    text = long_text(9_000)
    alone = redline.analyze(text, nlp=nlp)
    [streamed] = list(redline.analyze_stream([alone.article], nlp=nlp, batch_size=3))
    assert alone.to_prediction() == streamed.to_prediction()
    assert alone.statements and max(e for st in alone.statements for _, e in st.content) > 7_000


def test_ordinary_article_is_analysed_whole_as_before(nlp, example_dir):
    article = next(iter(redline.read_path(example_dir / "iran-iaea-inspections-2022-06-09.txt")))
    assert len(article.text) < pieces.PIECE_CHARS
    [streamed] = list(redline.analyze_stream([article], nlp=nlp))
    assert streamed.to_prediction() == analyze_doc(nlp(article.text), article).to_prediction()


def test_shift_moves_every_span_of_nested_results():
    st = Statement(kind="direct", cue_type="speech", speaker=Speaker(spans=((1, 3),), name="X"),
                   cue=((4, 8),), content=((10, 20), (25, 30)), sentence=(0, 31))
    moved = shift(st, 100)
    assert moved.speaker.spans == ((101, 103),) and moved.cue == ((104, 108),)
    assert moved.content == ((110, 120), (125, 130)) and moved.sentence == (100, 131)
    from redline.types import ActorRef

    ev = Event(type="REJECT", mode=None, sources=(ActorRef("Russia", "RUS", ((5, 11),)),), targets=(),
               sentence=(0, 40), trigger=((12, 20),), statement_index=2)
    moved = shift(ev, 7)
    assert moved.sources[0].spans == ((12, 18),) and moved.trigger == ((19, 27),)
    assert moved.sentence == (7, 47) and moved.statement_index == 2


def test_join_entities_keeps_unnamed_apart_and_joins_same_name():
    a = Entity("Anna Abbott", "XYZGOV", "person", ((5, 16),), role="minister")
    b = Entity(None, None, "group", ((30, 40),))
    c = Entity("Anna Abbott", "XYZGOV", "person", ((50_005, 50_011),), affiliation="ministry")
    d = Entity(None, None, "group", ((50_030, 50_040),))
    joined = join_entities([a, b, c, d])
    assert joined[0].mentions == ((5, 16), (50_005, 50_011))
    assert joined[0].role == "minister" and joined[0].affiliation == "ministry"
    assert joined[1:] == [b, d]


# ---------------------------------------------------------------- failures inside nlp.pipe


def _short(i: int) -> Article:
    return Article(text=f"Deputy Minister Hugo Irwin said on Monday that talks on tariffs number {i} would resume.",
                   id=f"ok{i}", source=f"in/ok{i}.txt")


def test_text_over_max_length_is_reported_and_the_others_analysed(fresh_nlp, monkeypatch):
    monkeypatch.setattr(fresh_nlp, "max_length", 5_000)
    too_long = Article(text=long_text(8_000), id="huge", source="in/huge.txt")
    read_error = InputError("R001 in/empty.txt: file is empty", "in/empty.txt")
    items = [_short(1), too_long, read_error, _short(2), _short(3)]
    got = list(redline.analyze_stream(items, nlp=fresh_nlp, batch_size=8))
    assert [type(g).__name__ for g in got] == ["Analysis", "InputError", "InputError", "Analysis", "Analysis"]
    assert got[1].source == "in/huge.txt"
    message = str(got[1])
    assert message.startswith("R009 in/huge.txt: analysis failed (parsing failed: [E088]") and "\n" not in message
    assert got[2] is read_error
    assert [g.article.id for g in got if not isinstance(g, InputError)] == ["ok1", "ok2", "ok3"]
    assert all(g.statements for g in got if not isinstance(g, InputError))


def test_one_failing_piece_fails_its_long_text_once(fresh_nlp, monkeypatch):
    monkeypatch.setattr(pieces, "PIECE_CHARS", 2_000)
    text = long_text(8_000)
    middle = text.index("\n\n", 4_000)
    broken = text[:middle] + "\n\nA Zanzibarian delegation arrived." + text[middle:]
    items = [_short(1), Article(text=broken, id="long", source="in/long.txt"), _short(2)]
    got = list(redline.analyze_stream(items, nlp=fresh_nlp, batch_size=2))
    assert [type(g).__name__ for g in got] == ["Analysis", "InputError", "Analysis"]
    assert str(got[1]).startswith("R009 in/long.txt: analysis failed (parsing failed: component broke")


def test_ingest_stores_the_good_files_around_one_spacy_cannot_parse(fresh_nlp, monkeypatch, tmp_path):
    monkeypatch.setattr(fresh_nlp, "max_length", 5_000)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(_short(1).text, encoding="utf-8")
    (folder / "b.txt").write_text(long_text(8_000), encoding="utf-8")
    (folder / "c.txt").write_text(_short(2).text, encoding="utf-8")
    (folder / "d.txt").write_text("", encoding="utf-8")
    db = tmp_path / "corpus.db"
    summary = ingest([folder], db, nlp=fresh_nlp)
    assert summary.stored == 2 and summary.skipped == {"R009": 1, "R001": 1}
    assert any(e.startswith(f"R009 {folder / 'b.txt'}: analysis failed") for e in summary.errors)
    assert stats(db)["articles"] == 2
