"""Shared fixtures: the spaCy pipeline, the example articles, input-file writers."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

import redline
from redline.parse import load_nlp
from redline.pipeline import analyze_article
from redline.types import Analysis, Article

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The repository checkout."""
    return REPO_ROOT


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline redline uses, loaded once per test session."""
    return load_nlp()


@pytest.fixture(scope="session")
def example_dir() -> Path:
    """The repository's examples/ folder (three text articles and one HTML page)."""
    path = REPO_ROOT / "examples"
    assert path.is_dir(), path
    return path


@pytest.fixture(scope="session")
def analyze(nlp) -> Callable[..., Analysis]:
    """``redline.analyze`` bound to the session pipeline."""

    def run(text: str, title: str | None = None, date: str | None = None, url: str | None = None, **kw: Any) -> Analysis:
        return redline.analyze(text, title=title, date=date, url=url, nlp=nlp, **kw)

    return run


@pytest.fixture(scope="session")
def events(nlp) -> Callable[[str], list[tuple[str, str | None, list[str], list[str]]]]:
    """events(text) -> [(type, mode, source codes, target codes)] in text
    order, for an article dated 2021-06-01 (test modules that want another
    shape define their own ``events``)."""

    def run(text: str) -> list[tuple[str, str | None, list[str], list[str]]]:
        analysis = analyze_article(Article(text=text, date="2021-06-01"), nlp)
        return [(e.type, e.mode, [r.code for r in e.sources if r.code], [r.code for r in e.targets if r.code])
                for e in analysis.events]

    return run


# (type, mode, source codes, target codes, trigger words) of each event
Found = list[tuple[str, str | None, list[str], list[str], str]]


@pytest.fixture(scope="session")
def story(nlp) -> Callable[[str], Found]:
    """story(text) -> [(type, mode, source codes, target codes, trigger words)]
    for a plain-text article whose first line is its headline."""

    def run(text: str) -> Found:
        result = redline.analyze(text, id="story.txt", nlp=nlp)
        return [(e.type, e.mode, [r.code for r in e.sources if r.code], [r.code for r in e.targets if r.code],
                 " ".join(text[a:b] for a, b in e.trigger)) for e in result.events]

    return run


@pytest.fixture
def write_article(tmp_path: Path) -> Callable[[str, str | bytes], Path]:
    """Factory: write_article(name, content) writes a file under tmp_path.

    content (str | bytes): str is written as UTF-8, bytes as they are.
    RETURNS (Path): the file.
    """

    def write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return write


@pytest.fixture
def write_jsonl(write_article) -> Callable[[str, Iterable[dict[str, Any] | str]], Path]:
    """Factory: write_jsonl(name, records) writes one line per record.

    A dict is written as JSON; a str is written as the raw line (for broken
    records such as a line that is not JSON).
    """

    def write(name: str, records: Iterable[dict[str, Any] | str]) -> Path:
        lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
        return write_article(name, "".join(line + "\n" for line in lines))

    return write
