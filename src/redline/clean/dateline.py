"""Wire-story datelines: "MOSCOW -", "WASHINGTON (Reuters) -", "KINSHASA, Jan 27 (Reuters) —",
"DERA ISMAIL KHAN, Pakistan — (AP) —", "Islamabad (dpa) –", "Kabul:",
"MOGADISHU, Somalia:", "Islamabad (Pakistan):".

The parser reads a dateline's place as a second subject of the lead
sentence ("MOSCOW - The Kremlin slammed …": MOSCOW nsubj); the place is
where the story was filed, never who acted or spoke.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

DASHES = frozenset({"-", "–", "—", "--"})
MAX_PLACE_WORDS = 3  # "DERA ISMAIL KHAN"
MAX_DATELINE_TOKENS = 14  # "MOMBASA , Kenya , Aug 3 , 2012 ( AFP ) -"
NOT_IN_DATELINE = frozenset({":", "?", "!", "'S", "’S", "'s", "’s"})
# "(Reuters)", "(AP)", "(dpa)", "(AFP/Getty)": an agency credit, a few tokens
MAX_AGENCY_TOKENS = 4
# How many people a title-case place must have to open a dateline: a town
# before an agency credit; before a bare colon, a city ("Police:" is a label,
# though a Polish town has that name).
CREDITED_TOWN = 15_000
COLON_CITY = 100_000
# Lines (a headline, a date line) that may stand above a story's dateline.
OPENING_LINES = 2


def is_dateline(token: Token) -> bool:
    """Whether ``token`` is the place word of a dateline opening its line."""
    return dateline_dash(token) is not None


def dateline_dash(token: Token) -> Token | None:
    """The punctuation that ends the dateline whose place word is ``token``
    ("KINSHASA , Jan 27 ( Reuters ) -"; the second dash of "DERA ISMAIL
    KHAN , Pakistan — ( AP ) —"; the colon of "Kabul :"), or None when
    ``token`` opens none.

    A place in capitals needs only the dash. A place in title case, which
    the gazetteer must know, is a dateline only with an agency credit in
    brackets before the dash ("Islamabad (dpa) –") or its country's name
    ("Nuuk, Greenland -"). A city alone before a colon on a line of the
    body, in either case, is one too ("Kabul: Militants attacked …",
    "MANILA: The Philippines condemned …"), also with its agency after a
    slash ("New Delhi/IANS:"): a title-case word and a dash is as often an
    ordinary sentence.
    """
    text = token.text
    if len(text) < 2 or not text.isalpha():
        return None
    upper = text.isupper()
    if not upper and not text.istitle():
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].text.isalpha() and (
            doc[start - 1].text.isupper() if upper else doc[start - 1].text.istitle()):
        start -= 1  # "NEW YORK", "ADDIS ABABA", "Dera Ismail Khan"
    if start > 0 and "\n" not in doc[start - 1].text and "\n" not in doc[start - 1].whitespace_:
        return None  # not at the start of a line
    while token.i + 1 < len(doc) and token.i + 1 - start < MAX_PLACE_WORDS and doc[token.i + 1].text.isalpha() and (
            doc[token.i + 1].text.isupper() if upper else doc[token.i + 1].text.istitle()):
        token = doc[token.i + 1]  # "Port Louis:", "New Delhi, India (AP) –": read from the place's last word
    if token.i + 1 < len(doc) and doc[token.i + 1].text == ":":
        return _colon_dateline(doc, start, token)  # "Kabul:", "MANILA:"
    if token.i + 3 < len(doc) and doc[token.i + 1].text == "/" and doc[token.i + 3].text == ":" \
            and _AGENCY.fullmatch(doc[token.i + 2].text):
        # "New Delhi/IBNS: …": the agency after a slash, then the colon
        size = _town_size(doc[start:token.i + 1].text)
        return doc[token.i + 3] if start > 0 and size >= COLON_CITY else None
    if not upper:
        if token.i + 1 >= len(doc) or doc[token.i + 1].text not in (",", "("):
            return None
        size = _town_size(doc[start:token.i + 1].text)
        # (a small town will do where its country follows: "Nuuk, Greenland -")
        if size < CREDITED_TOWN and not (size > 0 and token.i + 3 < len(doc) and doc[token.i + 3].text in DASHES
                                         and _country_named(doc, token.i, token.i + 3)):
            return None
    agency = False
    k = token.i + 1
    end = min(len(doc), token.i + MAX_DATELINE_TOKENS)
    while k < end:
        t = doc[k]
        if t.text in DASHES:
            if upper or agency or _country_named(doc, token.i, t.i):
                return _after_credit(t)
            return None
        if t.text == "(":
            close = _credit_end(t)
            if close is None:
                return None
            agency = True
            if close.text == "):" or _GLUED_CLOSE.fullmatch(close.text):
                return close  # "Islamabad (Pakistan): A deadly …", "Asuncion, Mar 31 (EFE).- Hundreds …"
            k = close.i + 1
            continue
        if t.text == ":" and (agency or upper and (_country_after_comma(doc, token.i, k)
                                                   or _date_after_comma(doc, token.i, k))):
            return t  # "MOGADISHU, Somalia: Fighters …", "KATHMANDU, Sept 8: …", "Islamabad (Pakistan): …"
        if (t.is_alpha and t.is_lower) or t.text in NOT_IN_DATELINE:
            return None  # "EVEN OZ'S BOSS: HE'S FULL OF IT —" is a shouted line, not a place
        k += 1
    return None


def _country_named(doc, place: int, dash: int) -> bool:
    """Whether ", " and a country's name stand between a title-case place
    and its dash ("Nuuk, Greenland - …"): the state a story is filed from."""
    from redline.places.gazetteer import load_gazetteer  # places reads datelines too

    words = doc[place + 2:dash]
    if doc[place + 1].text != "," or not 0 < len(words) <= 3 or not all(w.is_alpha and w.is_title for w in words):
        return False
    return any(p.kind == "country" for p in load_gazetteer().lookup(words.text))


def _country_after_comma(doc, place: int, colon: int) -> bool:
    """Whether the words between a capitals place and a colon are ", "
    and a title-case name ("MOGADISHU, Somalia:"); a shouted line has none."""
    words = doc[place + 2:colon]
    return (doc[place + 1].text == "," and 0 < len(words) <= 3
            and all(w.is_alpha and w.is_title for w in words))


_MONTHS = frozenset("jan january feb february mar march apr april may jun june jul july aug august "
                    "sep sept september oct october nov november dec december".split())


def _date_after_comma(doc, place: int, colon: int) -> bool:
    """Whether the words between a capitals place and a colon are ", " and
    a date ("KATHMANDU, Sept 8:", "DHAKA, March 3, 2024:")."""
    words = [w for w in doc[place + 2:colon] if w.text not in (",", ".")]
    return (doc[place + 1].text == "," and 0 < len(words) <= 4
            and words[0].lower_.rstrip(".") in _MONTHS and all(w.like_num for w in words[1:]))


# An agency's initials after a slash ("New Delhi/IBNS:").
_AGENCY = re.compile(r"[A-Z]{2,6}")
# An agency's name, the closing bracket and the dash glued into one token ("EFE).-").
_GLUED_CLOSE = re.compile(r"[A-Za-z&/]*\)\.?[-–—]{1,2}")


def _credit_end(open_paren: Token) -> Token | None:
    """The ")" closing an agency credit opened at ``open_paren``, or None."""
    doc = open_paren.doc
    for t in doc[open_paren.i + 1:min(len(doc), open_paren.i + 2 + MAX_AGENCY_TOKENS)]:
        if t.text in (")", "):"):  # the tokenizer may keep a colon on the bracket
            return t if t.i > open_paren.i + 1 else None
        if _GLUED_CLOSE.fullmatch(t.text):
            return t  # "(EFE).-": the credit, its bracket and the dash in one token
        if t.is_space or t.text in DASHES or t.like_num and not t.is_alpha:
            return None
    return None


def _after_credit(dash: Token) -> Token:
    """"PLACE — (AP) —": the dash after a credit that follows the first dash."""
    doc = dash.doc
    if dash.i + 1 < len(doc) and doc[dash.i + 1].text == "(":
        close = _credit_end(doc[dash.i + 1])
        if close is not None and close.i + 1 < len(doc) and doc[close.i + 1].text in DASHES:
            return doc[close.i + 1]
    return dash


def _colon_dateline(doc, start: int, token: Token) -> Token | None:
    """"Kabul: Militants attacked …": a city alone before a colon, opening
    a line that is not the text's first (a headline's "Moscow:" is the
    source it quotes)."""
    if start == 0:
        return None
    size = _town_size(doc[start:token.i + 1].text)
    # "WABAG: …" opening the story under its headline: a town in capitals
    # there is where the story was filed, however small
    if size < COLON_CITY and not (size > 0 and token.text.isupper() and _lines_before(doc, start) <= OPENING_LINES):
        return None
    after = doc[token.i + 2] if token.i + 2 < len(doc) else None
    if after is None or after.is_space or not after.text[:1].isupper():
        return None
    return doc[token.i + 1]


def _lines_before(doc, start: int) -> int:
    """How many non-empty lines come before token ``start``, counted
    backwards token by token and no further than ``OPENING_LINES`` + 1, so
    a long text's many line openings each read only the few lines before
    them (never the whole text before them)."""
    count = 0
    content = False  # the line being read back has a word
    for i in range(start - 1, -1, -1):
        t = doc[i]
        if "\n" in t.whitespace_ or (t.is_space and "\n" in t.text):
            count += content
            if count > OPENING_LINES:
                return count
            content = False
        if not t.is_space:
            content = True
    return count + content


def _town_size(name: str) -> int:
    """The population of the largest place the gazetteer calls ``name``."""
    from redline.places.gazetteer import load_gazetteer  # places reads datelines too

    return max((place.population for place in load_gazetteer().lookup(name)), default=0)
