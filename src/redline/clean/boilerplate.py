"""Web boilerplate in an article: character ranges, never a rewritten text.

``boilerplate_spans`` runs the rules of ``rules.py`` over the body (from
``Article.body_start``: the headline and date lines are a separate concern)
in four passes:

1. lines: teasers ("Read also:" and the teaser headline after it), standalone
   "Published at" lines, share/follow/subscribe lines, copyright lines,
   image captions and credits;
2. paragraphs: site disclaimers;
3. paragraphs in another language than the article's;
4. photo credits inside a paragraph ("(Jason Franson/Canadian Press)").

Lines and paragraphs that carry a quotation with an attribution word are
never flagged by passes 2 and 3 or taken as a teaser headline: real quotes
must reach the statement finder.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redline.clean import rules
from redline.clean.language import article_language, guess_language, looks_english
from redline.types import Article, CharSpan

_LINE = re.compile(r"([^\r\n]*)(\r\n|\r|\n|\Z)")
_WORD = re.compile(r"[^\W\d_]+")


def boilerplate_spans(article: Article) -> list[CharSpan]:
    """Ranges of ``article.text`` that are web boilerplate.

    article (Article): the article; its text is only read.
    RETURNS (list[CharSpan]): sorted, non-overlapping ``(start, end)``
        ranges, each from the first to the last non-blank character of a
        flagged line or paragraph, all at or after ``article.body_start``.
    """
    text = article.text
    lines = list(_lines(text, article.body_start))
    language = article.language or article_language(text[article.body_start:])
    spans = list(_line_spans(text, lines))
    # furniture lines end a paragraph: "Read also:" is no part of what follows
    furniture = set(spans)
    paragraphs = list(_paragraphs(text, [None if line in furniture else line for line in lines]))
    spans += [p for p in paragraphs if _is_disclaimer(text[p[0]:p[1]])]
    spans += [p for p in paragraphs if _is_foreign(text[p[0]:p[1]], language)]
    spans += [m.span() for m in rules.INLINE_CREDIT.finditer(text, article.body_start)]
    return _merge(spans)


def _lines(text: str, start: int) -> Iterator[CharSpan | None]:
    """Each line's stripped content as (start, end) from ``start``; None for blank lines."""
    for match in _LINE.finditer(text, start):
        if not match.group(0):
            return  # the empty remainder after the last line break
        s, e = match.span(1)
        line = text[s:e]
        stripped = line.strip()
        if not stripped:
            yield None
            continue
        lead = len(line) - len(line.lstrip())
        yield s + lead, s + lead + len(stripped)


def _paragraphs(text: str, lines: list[CharSpan | None]) -> Iterator[CharSpan]:
    """Paragraphs: hard-wrapped blocks of short lines, or single lines."""
    block: list[CharSpan] = []
    for line in [*lines, None]:
        if line is not None:
            block.append(line)
            continue
        if len(block) > 1 and all(e - s <= rules.HARD_WRAP_MAX_CHARS for s, e in block):
            yield block[0][0], block[-1][1]
        else:
            yield from block
        block = []


def _line_spans(text: str, lines: list[CharSpan | None]) -> Iterator[CharSpan]:
    """Pass 1: lines that are furniture, and teaser headlines after a label."""
    expect_teaser = False
    for line in lines:
        if line is None:
            continue  # a blank line between "Read also:" and its headline is fine
        content = text[line[0]:line[1]]
        if rules.TEASER_LABEL.match(content):
            expect_teaser = True
            yield line
            continue
        if expect_teaser and _is_teaser_headline(content):
            yield line
        elif _is_furniture(content):
            yield line
        expect_teaser = False


def _is_teaser_headline(line: str) -> bool:
    """One short line that does not report speech."""
    return (
        len(line) <= rules.TEASER_MAX_CHARS
        and len(line.split()) <= rules.TEASER_MAX_WORDS
        and not _reports_speech(line)
    )


def _is_furniture(line: str) -> bool:
    """Inline teasers, share/follow/copyright/caption lines, "Published at" lines."""
    if rules.TEASER_INLINE.match(line):
        return True
    if len(line) <= rules.LINE_MAX_CHARS and any(p.search(line) for _, p in rules.LINE_RULES):
        return True
    return _is_published_line(line)


def _is_published_line(line: str) -> bool:
    """"Published at", "Updated: 18 Dec 2021 10:45 GMT": the label and a date only."""
    match = rules.PUBLISHED.match(line)
    if match is None or len(line) > rules.PUBLISHED_MAX_CHARS:
        return False
    words = _WORD.findall(match.group("rest"))
    return all(w[0].isupper() or w.casefold() in rules.PUBLISHED_WORDS for w in words)


def _is_disclaimer(paragraph: str) -> bool:
    """Pass 2: a site disclaimer, which quotes no one."""
    if rules.QUOTE_MARK.search(paragraph) or rules.SPEECH_WORDS.search(paragraph):
        return False
    return any(p.search(paragraph) for _, p in rules.DISCLAIMER_RULES)


def _is_foreign(paragraph: str, language: str) -> bool:
    """Pass 3: a paragraph confidently in another language, and not a quote with attribution."""
    if language == "en" and looks_english(paragraph):
        return False
    guess = guess_language(paragraph)
    return guess is not None and guess != language and not _reports_speech(paragraph)


def _reports_speech(text: str) -> bool:
    """A quotation mark and an attribution word: someone is being quoted."""
    return bool(rules.QUOTE_MARK.search(text) and rules.SPEECH_WORDS.search(text))


def _merge(spans: list[CharSpan]) -> list[CharSpan]:
    """Sorted spans with overlapping or touching ones joined."""
    merged: list[CharSpan] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
