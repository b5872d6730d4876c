"""Tokens and dates in the one form the actor tables and the resolver share.

Table entries and mentions go through the same ``tokenize`` so that "U.S.",
"US" and "us" meet on the key ``("us",)``, "Russia's" on ``("russia",)`` and
"Élysée" on ``("elysee",)``; case is kept beside the key because some
entries only match when written in capitals ("US", "WHO").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date as _date

# Dotted acronyms ("U.S.", "U.N", "D.C.") are one token; everything else
# splits on non-letters, so hyphens and apostrophes separate tokens.
_TOKEN_RE = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]\b\.?|[^\W_]+")
_APOSTROPHES = "'\u2019\u2018`\u00b4"
# Letters NFKD does not decompose into ASCII.
_FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d",
                       "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe",
                       "Œ": "OE", "þ": "th", "ð": "d"})


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a mention.

    low: the lookup form (ASCII, lower case, no dots).
    start / end: character offsets into the text that was tokenized.
    cap: the word starts with a capital letter.
    upper: the word is all capitals or dotted (an acronym as written).
    poss: a possessive "'s" (or plural "s'") followed the word.
    """

    low: str
    start: int
    end: int
    cap: bool
    upper: bool
    poss: bool = False


def fold(text: str) -> str:
    """``text`` without accents, in ASCII where a letter has an ASCII form."""
    text = text.translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_acronym(word: str) -> bool:
    """"NATO", "UNMISS", "ZANU-PF": a word of capitals (and hyphens)."""
    return 2 <= len(word) <= 10 and word.replace("-", "").isalpha() and word.isupper()


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into lookup tokens, dropping possessive "'s"."""
    # an article asks for the same few hundred mentions again and again
    return list(_tokenized(text)) if len(text) <= _MEMO_CHARS else list(_tokenize(text))


# Mentions up to this long are remembered (the tables' own names and the
# phrases of articles); longer texts are split afresh.
_MEMO_CHARS = 200


@functools.lru_cache(maxsize=16384)  # bounded: a few MB however long the batch
def _tokenized(text: str) -> tuple[Token, ...]:
    return tuple(_tokenize(text))


def _tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    for m in _TOKEN_RE.finditer(text):
        raw = m.group()
        start, end = m.start(), m.end()
        # "Russia's": the "s" after an apostrophe marks the previous word.
        if (raw in ("s", "S") and tokens and start >= 2
                and text[start - 1] in _APOSTROPHES and tokens[-1].end == start - 1):
            prev = tokens[-1]
            tokens[-1] = Token(prev.low, prev.start, prev.end, prev.cap, prev.upper, True)
            continue
        plain = fold(raw.replace(".", ""))
        letters = [c for c in plain if c.isalpha()]
        cap = bool(letters) and plain[0].isupper()
        # Dots mark an acronym as surely as capitals do ("u.s." is not "us").
        upper = bool(letters) and (all(c.isupper() for c in letters) or "." in raw)
        poss = end < len(text) and text[end] in _APOSTROPHES and (
            end + 1 >= len(text) or not text[end + 1].isalnum())
        tokens.append(Token(plain.lower(), start, end, cap, upper, poss))
    return tokens


_PLAIN = re.compile(r"[A-Za-z0-9 ,;:()/&+-]*")
_PLAIN_WORD = re.compile(r"[A-Za-z0-9]+")


def key(text: str) -> tuple[str, ...]:
    """The lookup key of a table entry: its tokens' lookup forms."""
    if _PLAIN.fullmatch(text):
        # Plain ASCII without dots or apostrophes (most table entries): the same
        # tokens as ``tokenize`` gives, without building Token objects.
        return tuple(_PLAIN_WORD.findall(text.lower()))
    return tuple(t.low for t in tokenize(text))


def pluralize(word: str) -> list[str]:
    """Plural spellings of an English noun (regular rules plus -man/-person)."""
    if word.endswith("man"):
        return [word[:-3] + "men"]
    if word.endswith("person"):
        return [word[:-6] + "people", word + "s"]
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return [word[:-1] + "ies"]
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return [word + "es"]
    return [word + "s"]


def normalize_date(value: str | None) -> str | None:
    """An ISO ``YYYY-MM-DD`` day for ``value``, or None when it has no date.

    Accepts "2021-03-04", "2021-03-04T10:00:00Z", "2021/03/04", "2021-03"
    (taken as the 15th) and "2021" (taken as 1 July): a partial date picks
    the middle of its span rather than a boundary where roles change hands.
    """
    if not value:
        return None
    m = re.match(r"\s*(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?", value)
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    if month is None:
        month, day = "7", "1"
    elif day is None:
        day = "15"
    try:
        return _date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def day_number(iso_day: str) -> int:
    """Days since 0001-01-01 for an ISO ``YYYY-MM-DD`` string."""
    return _date.fromisoformat(iso_day).toordinal()
