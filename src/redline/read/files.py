"""Files and directories: pick the reader by extension and content.

Every failure is yielded as an InputError value (never raised) so that a
batch reports the bad input and goes on with the others.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from redline.errors import Errors, InputError
from redline.read.html import article_from_html
from redline.read.jsonl import read_jsonl
from redline.read.text import article_from_text
from redline.types import Article

JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
# What a directory walk picks up; a file named explicitly is read whatever its name.
READABLE_SUFFIXES = frozenset({".txt"}) | HTML_SUFFIXES | JSONL_SUFFIXES

SNIFF_BYTES = 8192
# More control characters than this share of a file's first SNIFF_BYTES means
# binary. Text has almost none; 10% leaves room for odd form feeds and the like.
MAX_CONTROL_SHARE = 0.10
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\b\x1b")
_BOM = b"\xef\xbb\xbf"


def read_paths(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Articles from files and directories, in the order given.

    Directories are walked recursively in sorted order, taking files with
    READABLE_SUFFIXES and skipping hidden files and folders.

    paths (Iterable[str | Path]): files and directories.
    YIELDS (Article | InputError): articles, and an InputError for each
        input that cannot be read.
    """
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for file in _walk(path):
                yield from _read_file(file)
        else:
            yield from _read_file(path)


def read_path(path: str | Path) -> Iterator[Article | InputError]:
    """Articles from one file (text, HTML or JSON Lines) or directory.

    The format comes from the extension (.jsonl/.ndjson records, .html/.htm
    pages) or, for other names, from the content (a page starting with
    <!doctype or <html is HTML); anything else is a plain-text article.

    path (str | Path): the file or directory.
    YIELDS (Article | InputError): articles, and InputError values for bad
        input (R001 empty, R002 binary, R003 bad UTF-8, R004 HTML without
        article text, R005/R006/R010 bad records, R007 missing, R008 blank).
    """
    return read_paths([path])


def _walk(root: Path) -> list[Path]:
    """Readable files under root, sorted by path; symlinked folders are not followed."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]  # prune hidden folders
        found += [
            Path(folder, name)
            for name in files
            if not name.startswith(".") and Path(name).suffix.lower() in READABLE_SUFFIXES
        ]
    return sorted(found, key=lambda path: path.parts)


def _read_file(path: Path) -> Iterator[Article | InputError]:
    """The articles or errors from one file."""
    source = str(path)
    if not path.exists():
        yield InputError(Errors.R007.format(source=source), source)
        return
    try:
        if path.suffix.lower() in JSONL_SUFFIXES:
            yield from _read_jsonl_file(path)
            return
        data = path.read_bytes()
    except OSError as err:  # unreadable: permissions, a folder named like a file...
        detail = err.strerror or type(err).__name__
        yield InputError(Errors.R011.format(source=source, detail=detail), source)
        return
    yield _article_from_bytes(data, path)


def _read_jsonl_file(path: Path) -> Iterator[Article | InputError]:
    """Records of a JSON Lines file, after checking it is a text file at all."""
    source = str(path)
    with open(path, "rb") as handle:
        head = handle.read(SNIFF_BYTES)
    if not head:
        yield InputError(Errors.R001.format(source=source), source)
    elif _looks_binary(head):
        yield InputError(Errors.R002.format(source=source), source)
    else:
        yield from read_jsonl(path)


def _article_from_bytes(data: bytes, path: Path) -> Article | InputError:
    """A text or HTML file's content as an Article, or the reason it is not one."""
    source = str(path)
    if not data:
        return InputError(Errors.R001.format(source=source), source)
    if _looks_binary(data[:SNIFF_BYTES]):
        return InputError(Errors.R002.format(source=source), source)
    if path.suffix.lower() in HTML_SUFFIXES or _looks_html(data):
        try:
            # bytes: trafilatura honours the page's declared charset
            return article_from_html(data, source=source, id=path.stem)
        except InputError as err:
            return err
    bom = len(_BOM) if data.startswith(_BOM) else 0  # a BOM is not part of the text
    try:
        text = data[bom:].decode("utf-8")
    except UnicodeDecodeError as err:
        at = bom + err.start
        detail = f"invalid byte 0x{data[at]:02X} at byte offset {at}"
        return InputError(Errors.R003.format(source=source, detail=detail), source)
    if not text.strip():
        return InputError(Errors.R008.format(source=source), source)
    return article_from_text(text, source=source, id=path.stem)


def _looks_binary(head: bytes) -> bool:
    """NUL bytes, or many control characters, mean the file is not text."""
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 0x20 and byte not in _TEXT_CONTROLS)
    return controls > MAX_CONTROL_SHARE * len(head)


def _looks_html(data: bytes) -> bool:
    """Whether the content starts like an HTML page."""
    start = data[:64].removeprefix(_BOM).lstrip().lower()
    return start.startswith((b"<!doctype", b"<html"))
