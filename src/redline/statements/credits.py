"""Paragraphs attributed by a credit line rather than a cue verb.

Web news embeds posts and sets off pull quotes; scraped, they become
paragraphs that end with who said them:

- an embedded post: "… repairs. pic.twitter.com/… — BC Hydro (@bchydro)
  December 22, 2018" (the text before the link or dash is the post);
- a pull quote: "I'm still thankful for what it's brought me. Morgan Reyes."
  (a paragraph whose last sentence is a person's name alone, or with a
  role after a comma: "… backup. Rod Peters, Lake Cowichan mayor.").

Each yields the paragraph's words as content and the credited name as the
speaker; the statement has no cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from redline.statements.spans import trim_span
from redline.types import CharSpan

# "— Name (@handle) Month D, YYYY" closing a paragraph: an embedded post.
POST_SIGNATURE = re.compile(r"\s[—―–-]{1,2}\s*(?P<name>[^()\n—―]{2,60}?)\s*\(@\w{1,30}\)[^\n]{0,40}$")
POST_LINK = re.compile(r"\s*(?:pic\.twitter\.com|https?://t\.co)/\S*\s*$")
# ". Name Surname." closing a paragraph: a pull quote's credit.
# The name may carry a role after a comma (". Rod Peters, Lake Cowichan mayor.").
PULL_CREDIT = re.compile(
    r"(?<=[.!?\"”’])\s+(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’.-]+){1,3})(?:,\s[^.,!?\n\"“”]{2,40}?)?\.?\s*$"
)
MIN_CONTENT_WORDS = 5


@dataclass(frozen=True, slots=True)
class Credit:
    """A paragraph's words and the token heading the credited name."""

    content: CharSpan
    speaker: Token
    name: CharSpan  # the credited name as written


def credited_paragraphs(doc: Doc, text: str, paragraphs: list[CharSpan]) -> list[Credit]:
    """Paragraphs closed by a post signature or a pull-quote credit."""
    found = []
    for start, end in paragraphs:
        line = text[start:end]
        match = POST_SIGNATURE.search(line)
        if match is not None:
            body_end = start + match.start()
            link = POST_LINK.search(text, start, body_end)
            if link is not None:
                body_end = link.start()
            credit = _credit(doc, text, (start, body_end), (start + match.start("name"), start + match.end("name")), False)
        else:
            match = PULL_CREDIT.search(line)
            if match is None:
                continue
            name = (start + match.start("name"), start + match.end("name"))
            credit = _credit(doc, text, (start, start + match.start()), name, True)
        if credit is not None:
            found.append(credit)
    return found


def _credit(doc: Doc, text: str, body: CharSpan, name: CharSpan, person_only: bool) -> Credit | None:
    content = trim_span(text, body, " \t\"“”'’")
    if content is None or len(text[content[0] : content[1]].split()) < MIN_CONTENT_WORDS:
        return None
    span = doc.char_span(name[0], name[1], alignment_mode="contract")
    if span is None or not len(span):
        return None
    if person_only:
        # only a recognised person's name alone is a credit ("… said. Reuters
        # Staff." or a sentence ending in a place name is not)
        if not any(e.label_ == "PERSON" and e.start <= span.root.i < e.end for e in doc.ents):
            return None
        if any(t.pos_ not in ("PROPN", "PUNCT") for t in span):
            return None
    return Credit(content=content, speaker=span.root, name=(span.start_char, span.end_char))
