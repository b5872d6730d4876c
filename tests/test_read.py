"""Reading articles: plain text, HTML and JSON Lines, and the coded input errors."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from redline.errors import InputError
from redline.read import (
    article_from_html,
    article_from_record,
    article_from_text,
    parse_date,
    read_jsonl,
    read_path,
    read_paths,
)
from redline.types import Article

BODY = (
    "Foreign ministers met in Geneva on Friday, officials said.\n\n"
    "“We are not done yet,” the envoy told reporters.\n"
)

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Envoys agree to resume talks | Example Wire</title>
<meta property="og:site_name" content="Example Wire">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article>
<h1>Envoys agree to resume talks</h1>
<time datetime="2022-03-04">Mar 4 2022</time>
<p>Envoys from both governments agreed on Friday to resume talks in Vienna next month, the foreign ministry said in a statement.</p>
<p>“We have a window, and we intend to use it,” the deputy minister told reporters after the meeting.</p>
</article>
<footer><a href="/about">About us</a> <a href="/privacy">Privacy policy</a></footer>
</body></html>
"""


def _one(path: Path) -> Article | InputError:
    items = list(read_path(path))
    assert len(items) == 1, items
    return items[0]


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --- plain text ----------------------------------------------------------------


@pytest.mark.parametrize(
    "date_line,iso",
    [
        ("Dec 18 2021", "2021-12-18"),
        ("December 18, 2021", "2021-12-18"),
        ("2021-12-18", "2021-12-18"),
        ("18 December 2021", "2021-12-18"),
        ("Published: 2021-12-18", "2021-12-18"),
        ("Mar 4 2022", "2022-03-04"),
        ("Friday, March 4, 2022 10:45 GMT", "2022-03-04"),
        ("Updated on 04.03.2022", "2022-03-04"),
    ],
)
def test_text_headline_date_and_body(date_line: str, iso: str) -> None:
    text = f"Envoys meet in Geneva\n\n{date_line}\n\n{BODY}"
    article = article_from_text(text, source="a.txt", id="a")
    assert article.text == text
    assert article.title == "Envoys meet in Geneva"
    assert article.date == iso
    assert text[article.body_start:].startswith("Foreign ministers met")
    assert (article.id, article.source) == ("a", "a.txt")


@pytest.mark.parametrize(
    "text,title,body_head",
    [
        ("Envoys meet in Geneva\n\n" + BODY, "Envoys meet in Geneva", "Foreign ministers"),
        ("\n\n  Envoys meet in Geneva  \n" + BODY, "Envoys meet in Geneva", "Foreign ministers"),
        ("Only one paragraph, said the envoy.\n", None, "Only one paragraph"),
        ("Dec 18 2021\n\n" + BODY, None, "Foreign ministers"),
        ("x" * 400 + "\n\n" + BODY, None, "xxx"),
        ("Biden or Trump?\n" + BODY, "Biden or Trump?", "Foreign ministers"),
    ],
)
def test_text_header_detection(text: str, title: str | None, body_head: str) -> None:
    article = article_from_text(text)
    assert article.title == title
    assert text[article.body_start:].startswith(body_head)


def test_text_headline_without_date_has_no_date() -> None:
    article = article_from_text("Envoys meet\n\nThey met on Dec 18 2021 in Geneva.\n")
    assert article.date is None
    assert article.text[article.body_start:].startswith("They met")


def test_text_crlf_offsets_point_into_original() -> None:
    text = "Envoys meet\r\n\r\nDec 18 2021\r\n\r\nFirst paragraph.\r\nSecond.\r\n"
    article = article_from_text(text)
    assert article.text == text
    assert (article.title, article.date) == ("Envoys meet", "2021-12-18")
    assert text[article.body_start:] == "First paragraph.\r\nSecond.\r\n"


@pytest.mark.parametrize(
    "value,iso",
    [
        ("Dec. 18th, 2021", "2021-12-18"),
        ("Saturday 18 December 2021", "2021-12-18"),
        ("2016-03-11T08:00:00Z", "2016-03-11"),
        ("Published at 10:45 18.12.2021", "2021-12-18"),
        ("2021-02-30", None),
        ("Smarch 3 2021", None),
        ("Published in 2019, the report found", None),
        ("Dec 18 2021 was a cold day", None),
        ("Biden or Trump?", None),
    ],
)
def test_text_parse_date(value: str, iso: str | None) -> None:
    assert parse_date(value) == iso


# --- files: formats and bad input ------------------------------------------------


@pytest.mark.parametrize(
    "name,content,code",
    [
        ("empty.txt", b"", "R001"),
        ("nul.txt", b"Headline\n\nBody\x00with a NUL\n", "R002"),
        ("controls.txt", bytes(range(1, 8)) * 50, "R002"),
        ("latin1.txt", "Café talks\n\nThe envoy said no.\n".encode("latin-1"), "R003"),
        ("blank.txt", b"  \n\n\t\n", "R008"),
        ("bom-only.txt", b"\xef\xbb\xbf\n", "R008"),
        ("menu.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "R004"),
        ("empty.jsonl", b"", "R001"),
        ("blank.jsonl", b"\n\n   \n", "R001"),
        ("binary.jsonl", b"\x00\x01\x02{\"id\": 1}\n", "R002"),
    ],
)
def test_read_path_bad_input_is_yielded_with_code(
    tmp_path: Path, name: str, content: bytes, code: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    error = _one(path)
    assert isinstance(error, InputError)
    assert str(error).startswith(code)
    assert error.source == str(path)
    assert str(path) in str(error)


def test_read_path_invalid_utf8_names_byte_offset(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"\xef\xbb\xbfCaf\xe9 talks\n")
    error = _one(path)
    assert isinstance(error, InputError)
    assert "byte offset 6" in str(error)  # counted from the file start, BOM included


def test_read_path_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.txt"
    error = _one(path)
    assert isinstance(error, InputError)
    assert str(error).startswith("R007")
    assert error.source == str(path)


def test_read_path_text_bom_is_tolerated(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffEnvoys meet\n\nDec 18 2021\n\n".encode() + BODY.encode())
    article = _one(path)
    assert isinstance(article, Article)
    assert article.title == "Envoys meet"
    assert article.date == "2021-12-18"
    assert not article.text.startswith("\ufeff")
    assert (article.id, article.source) == ("bom", str(path))


def test_read_path_curly_quotes_kept_at_their_offsets(tmp_path: Path) -> None:
    text = "Envoys meet\n\n“We will not wait,” she said. ‘Red lines’ were discussed.\n"
    path = tmp_path / "quotes.txt"
    path.write_text(text, encoding="utf-8")
    article = _one(path)
    assert isinstance(article, Article)
    assert article.text == text
    start = article.text.index("“")
    assert article.text[start:start + 19] == "“We will not wait,”"


def test_read_path_text_keeps_crlf(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Envoys meet\r\n\r\nBody line one.\r\n")
    article = _one(path)
    assert isinstance(article, Article)
    assert article.text == "Envoys meet\r\n\r\nBody line one.\r\n"


# --- HTML --------------------------------------------------------------------------


def test_read_path_html_article_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "talks.html"
    path.write_text(PAGE, encoding="utf-8")
    article = _one(path)
    assert isinstance(article, Article)
    assert article.title == "Envoys agree to resume talks"
    assert article.date == "2022-03-04"
    assert article.publisher == "Example Wire"
    assert article.id == "talks"
    assert "“We have a window, and we intend to use it,”" in article.text
    assert "Privacy policy" not in article.text
    assert article.text[article.body_start:].startswith("Envoys from both governments")


def test_read_path_html_sniffed_by_content(tmp_path: Path) -> None:
    path = tmp_path / "saved-page.txt"
    path.write_text(PAGE, encoding="utf-8")
    article = _one(path)
    assert isinstance(article, Article)
    assert "<p>" not in article.text
    assert article.title == "Envoys agree to resume talks"


def test_html_article_from_html_without_text_raises() -> None:
    with pytest.raises(InputError) as info:
        article_from_html("<html><head><title>x</title></head><body></body></html>", "p.html")
    assert str(info.value).startswith("R004 p.html")
    assert info.value.source == "p.html"


def test_html_article_from_html_keeps_url() -> None:
    article = article_from_html(PAGE, source="p.html", url="https://example.org/talks")
    assert article.url == "https://example.org/talks"
    assert article.source == "p.html"


# --- JSON Lines ------------------------------------------------------------------


def test_read_path_jsonl_bad_line_among_good_ones(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "batch.jsonl",
        [
            json.dumps({"id": "a1", "text": "The envoy said talks would go on."}),
            "",
            '{"id": "a2", "text": "broken',
            json.dumps({"id": "a3", "text": "“No,” the minister said."}),
        ],
    )
    items = list(read_path(path))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article"]
    good = [i for i in items if isinstance(i, Article)]
    assert [a.id for a in good] == ["a1", "a3"]
    assert [a.source for a in good] == [f"{path}:1", f"{path}:4"]
    bad = items[1]
    assert isinstance(bad, InputError)
    assert bad.source == f"{path}:3"
    assert str(bad).startswith(f"R005 {path}:3")


@pytest.mark.parametrize(
    "line,code",
    [
        ("not json at all", "R005"),
        ("[1, 2, 3]", "R010"),
        ('"just a string"', "R010"),
        ('{"id": "x"}', "R006"),
        ('{"id": "x", "text": 42}', "R006"),
        ('{"id": "x", "text": null}', "R006"),
        ('{"id": "x", "text": "  \\n "}', "R008"),
    ],
)
def test_read_jsonl_bad_record_codes(tmp_path: Path, line: str, code: str) -> None:
    path = _write(tmp_path / "r.jsonl", [json.dumps({"id": "ok", "text": "Fine."}), line])
    items = list(read_jsonl(path))
    assert isinstance(items[0], Article)
    assert isinstance(items[1], InputError)
    assert str(items[1]).startswith(f"{code} {path}:2")
    assert items[1].source == f"{path}:2"


def test_read_jsonl_fields_taken_and_unknown_ignored(tmp_path: Path) -> None:
    record = {
        "id": "rec-7",
        "text": "  The envoy said: “Talks resume.”",
        "title": "Talks resume",
        "date": "2016-03-11",
        "url": "https://example.org/a",
        "publisher": "Example Wire",
        "attributions": [{"cue": [[0, 3]]}],
    }
    path = _write(tmp_path / "r.ndjson", [json.dumps(record, ensure_ascii=False)])
    article = _one(path)
    assert isinstance(article, Article)
    assert article.text == record["text"]  # exactly, leading spaces included
    assert (article.id, article.title, article.date) == ("rec-7", "Talks resume", "2016-03-11")
    assert (article.url, article.publisher, article.body_start) == (
        "https://example.org/a", "Example Wire", 0)


@pytest.mark.parametrize(
    "record,expected_id",
    [
        ({"text": "No id here."}, "{path}:1"),
        ({"id": None, "text": "Null id."}, "{path}:1"),
        ({"id": 7, "text": "Numeric id."}, "7"),
    ],
)
def test_read_jsonl_id_fallback(tmp_path: Path, record: dict, expected_id: str) -> None:
    path = _write(tmp_path / "ids.jsonl", [json.dumps(record)])
    article = _one(path)
    assert isinstance(article, Article)
    assert article.id == expected_id.format(path=path)


def test_read_jsonl_bom_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    lines = ['{"id": "a", "text": "One."}', "", "   ", '{"id": "b", "text": "Two."}', ""]
    path.write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode())
    items = list(read_path(path))
    assert [getattr(i, "id", None) for i in items] == ["a", "b"]
    assert items[1].source == f"{path}:4"


def test_read_jsonl_invalid_utf8_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"id": "a", "text": "One."}\n{"id": "b", "text": "Caf\xe9"}\n')
    items = list(read_path(path))
    assert isinstance(items[0], Article)
    assert isinstance(items[1], InputError)
    assert str(items[1]).startswith(f"R003 {path}:2")
    assert "invalid byte 0xE9 at byte offset 52" in str(items[1])  # 28 + 24


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_read_jsonl_streams_line_by_line(tmp_path: Path) -> None:
    """The first record comes out before the writer has written the second."""
    fifo = tmp_path / "stream.jsonl"
    os.mkfifo(fifo)
    second_written = threading.Event()
    got_first_early: list[bool] = []

    def writer() -> None:
        with open(fifo, "w", encoding="utf-8") as out:
            out.write('{"id": "a", "text": "One."}\n')
            out.flush()
            second_written.wait(timeout=5)
            out.write('{"id": "b", "text": "Two."}\n')

    thread = threading.Thread(target=writer)
    thread.start()
    items = read_jsonl(fifo)
    first = next(items)
    got_first_early.append(not second_written.is_set())
    second_written.set()
    rest = list(items)
    thread.join(timeout=5)
    assert getattr(first, "id", None) == "a"
    assert got_first_early == [True]
    assert [getattr(i, "id", None) for i in rest] == ["b"]


def test_record_article_from_record_raises_for_bad_record() -> None:
    with pytest.raises(InputError) as info:
        article_from_record({"id": "x", "text": ["a list"]}, "in.jsonl:9")
    assert str(info.value) == 'R006 in.jsonl:9: record has no "text" string'


# --- directories ---------------------------------------------------------------------


def test_read_paths_walks_directories_sorted(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a" / "z.txt").write_text("Headline\n\nBody one.\n", encoding="utf-8")
    (tmp_path / "a" / "notes.md").write_text("# not an article\n", encoding="utf-8")
    (tmp_path / "b" / "page.HTML").write_text(PAGE, encoding="utf-8")
    _write(tmp_path / "b" / "recs.jsonl", [json.dumps({"id": "r1", "text": "Body two."})])
    (tmp_path / ".hidden" / "x.txt").write_text("Hidden\n\nBody.\n", encoding="utf-8")
    (tmp_path / "top.txt").write_bytes(b"")
    missing = tmp_path / "gone.txt"
    items = list(read_paths([tmp_path, missing]))
    labels = [
        (i.source if isinstance(i, InputError) else i.id) for i in items
    ]
    assert labels == ["z", "page", "r1", str(tmp_path / "top.txt"), str(missing)]
    assert [str(i)[:4] for i in items if isinstance(i, InputError)] == ["R001", "R007"]


def test_read_paths_named_file_read_whatever_its_extension(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("Headline\n\nBody.\n", encoding="utf-8")
    article = _one(path)
    assert isinstance(article, Article)
    assert article.title == "Headline"


# --- the shipped example articles ------------------------------------------------

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.mark.parametrize(
    "stem,title,date",
    [
        ("serbia-kosovo-border-talks-2022-03-04",
         "EU Envoy: Belgrade and Pristina Agree to Return to the Table Over Border Crossings",
         "2022-03-04"),
        ("iran-iaea-inspections-2022-06-09",
         "Tehran Rejects IAEA Demand for Snap Inspections at Karaj Workshop", "2022-06-09"),
        ("egypt-israel-gas-deal-2022-10-18",
         "Egypt and Israel Sign Deal to Expand Gas Flows After Talks in Cairo", "2022-10-18"),
        ("china-taiwan-arms-sale-2022-08-02",
         "Beijing Warns Washington Over Taiwan Arms Package", "2022-08-02"),
    ],
)
def test_read_paths_examples_have_header(stem: str, title: str, date: str) -> None:
    articles = {a.id: a for a in read_paths([EXAMPLES]) if isinstance(a, Article)}
    article = articles[stem]
    assert (article.title, article.date) == (title, date)
    assert not article.text[article.body_start:].startswith(title)
