"""Boilerplate patterns, as data. Each pattern says what it catches and why.

Lines are matched after stripping their surrounding whitespace. Patterns are
anchored at the line start where a looser match could catch real reporting,
and every rule has a length cap: boilerplate is short, news paragraphs are
not. When in doubt a rule is left out: a false flag hides real statements.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# --- Teasers: links to other articles, set in the body -----------------------

# "Read also:" on a line of its own: the NEXT line is the teaser's headline.
TEASER_LABEL = re.compile(
    r"^(?:read\s+(?:also|more)|also\s+read|see\s+also|related(?:\s+(?:articles?|stories|news|content|reading|coverage))?"
    r"|more\s+on\s+(?:this|the)\s+(?:story|topic)|recommended|must\s+read|you\s+may\s+also\s+like)"
    r"\s*[:\-–—>»]?$",
    _I,
)
# "Read also: Some headline", "WATCH: Police warn of ..." (a video) on one
# line: the whole line is the teaser.
TEASER_INLINE = re.compile(
    r"^(?:read\s+(?:also|more)|also\s+read|see\s+also|related(?:\s+(?:articles?|stories|news|content|reading|coverage))?"
    r"|more\s+on\s+(?:this|the)\s+(?:story|topic)|must\s+read|watch|listen)\s*[:\-–—>»]\s*\S",
    _I,
)
# A teaser headline is one short line; longer lines are paragraphs of the article.
TEASER_MAX_CHARS = 200
TEASER_MAX_WORDS = 30

# --- Whole lines that are site furniture ---------------------------------------

LINE_MAX_CHARS = 200  # longer lines are never taken as furniture
LINE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "Share this article", "Share on Facebook", "Share via email"
    ("share", re.compile(r"^share\s+(?:this|on|via|the)\b", _I)),
    # share bars: "Tweet | Share | Email"
    ("share-bar", re.compile(
        r"^(?:tweet|share|print|e-?mail|facebook|twitter|telegram|whatsapp)"
        r"(?:\s*[|·•/]\s*(?:tweet|share|print|e-?mail|facebook|twitter|telegram|whatsapp))+$", _I)),
    # "Follow us on Twitter/Facebook/Telegram", "Follow @site on X"
    ("follow", re.compile(r"^follow\s+(?:us|@\w+)\b", _I)),
    # "Join us on Telegram", "Find us on Facebook"
    ("join", re.compile(r"^(?:join|find)\s+us\s+on\b", _I)),
    # "Subscribe to our newsletter", "Sign up for our daily newsletter"
    ("subscribe", re.compile(
        r"^(?:subscribe|sign\s+up)\b.{0,40}\b(?:newsletters?|channel|updates|alerts|feed)\b", _I)),
    # "Click here to ...", "Tap here to ..."
    ("click", re.compile(r"^(?:click|tap)\s+here\b", _I)),
    # "© 2021 Site", "(c) 2021", "Copyright 2021 Site"
    ("copyright", re.compile(r"^(?:©|\(c\)\s*\d{4}|copyright\b)", _I)),
    # "... All rights reserved." anywhere in a short line
    ("rights", re.compile(r"\ball\s+rights\s+reserved\b", _I)),
    # image captions and credits: "Photo: Reuters", "Image: ...", "Picture credit: ..."
    ("caption", re.compile(
        r"^\(?(?:photo|image|picture|photograph|illustration|video)s?(?:\s+credit)?\s*(?:[:|]|by\b)", _I)),
    # "File photo of ...", "FILE PHOTO: ..."
    ("file-photo", re.compile(r"^\(?file\s+(?:photo|picture|image)\b", _I)),
    # "Credit: Reuters", "Source of the image: ..."
    ("credit", re.compile(r"^(?:credits?|image\s+source)\s*:", _I)),
    # a caption that ends in its photo credit: "Police stand guard in Goma.
    # (AP Photo/Jane Roe)", "... (Photo: Reuters)", "... REUTERS/John Doe"
    ("caption-credit", re.compile(
        r"(?:\((?:[\w.]+\s+)?(?:photo|image|picture)s?\s*(?:[:/]|by\b|credit)[^()]{0,80}\)"
        r"|\([A-Z][\w.]*\s+(?:photo|picture)\)"
        r"|\b(?:REUTERS|AFP|AP|EPA|Getty\s+Images)\s*/\s*[A-Z][\w.'’ -]{1,40})\s*$", _I)),
    # a label line and nothing else: "Press release", "Advertisement", "Watch:"
    ("label", re.compile(
        r"^(?:press\s+release|news\s+release|media\s+release|advertisement|sponsored(?:\s+content)?"
        r"|listen\s+to\s+(?:this|the)\s+article|watch|video|breaking(?:\s+news)?|exclusive|update"
        r"|live\s+updates?|explainer|fact\s+box|factbox|in\s+pictures|gallery|photo\s+gallery)"
        r"\s*[:.\-–—|]?$", _I)),
    # a byline and nothing else: "By Jane Roe", "By JANE ROE and John Doe, Reuters"
    ("byline", re.compile(
        r"^(?i:by)\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|van|von|al|bin))*"
        r"(?:\s*[,|–—-]\s*[A-Z][\w.&'’ -]{0,40})?$")),
)

# --- photo credits inside a paragraph ------------------------------------------

# "( Richard Lautens / Toronto Star )", "(Jason Franson/Canadian Press)": a
# photographer's name, a slash and an outlet in brackets, wherever they stand.
# The name is nobody the article talks about.
INLINE_CREDIT = re.compile(
    r"\(\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*/\s*[A-Z][^()\n]{1,60}\)")

# --- "Published at ..." standing alone -----------------------------------------

# The label; what follows it may only be a date, a time, a zone or a name.
PUBLISHED = re.compile(
    r"^(?:first\s+)?(?:published|posted|updated|last\s+updated)(?:\s+(?:at|on|by))?\s*[:\-–—]?\s*(?P<rest>.*)$",
    _I,
)
PUBLISHED_MAX_CHARS = 120
# Lower-case words allowed after the label; any other lower-case word means a
# sentence ("Published in 2019, the report found ...") and no boilerplate.
PUBLISHED_WORDS = frozenset(
    "at on by am pm a m ago min mins minute minutes hour hours day days "
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february "
    "march april june july august september october november december "
    "mon tue wed thu fri sat sun monday tuesday wednesday thursday friday "
    "saturday sunday st nd rd th of".split()
)

# --- Site disclaimers (paragraphs) ---------------------------------------------

DISCLAIMER_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "publication of articles on our site does not (necessarily) mean that we agree"
    ("agree", re.compile(r"\bdoes\s+not\s+(?:necessarily\s+)?mean\s+that\s+we\s+agree\b", _I)),
    # "The views expressed (in this article) are (solely) those of the author"
    ("views", re.compile(r"\b(?:views|opinions)\s+expressed\b.{0,80}?\bare\b", _I)),
    # "... do not necessarily reflect the views of ..."
    ("reflect", re.compile(r"\bdo(?:es)?\s+not\s+necessarily\s+reflect\b", _I)),
    # "Our policy is to publish anything which we consider of interest"
    ("policy", re.compile(r"\bour\s+policy\s+is\s+to\s+publish\b", _I)),
    # "We remind our readers that ..."
    ("remind", re.compile(r"^we\s+remind\s+our\s+readers\b", _I)),
)

# --- Guards: what real reporting looks like ------------------------------------

# Double quotation marks (and the opening single one): a quote. The closing
# single mark ’ is left out because it is also the apostrophe.
QUOTE_MARK = re.compile(r"[\"“”„«»‹›‘]")
# Attribution words: a paragraph with these reports what someone said.
SPEECH_WORDS = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|noted|stated|declared|insisted|warned|"
    r"announced|according\s+to|quoted)\b",
    _I,
)

# --- Paragraphs -----------------------------------------------------------------

# A block of lines without blank lines between them is one paragraph when all
# its lines are at most this long (hard-wrapped text); otherwise each line is a
# paragraph of its own (one-paragraph-per-line text, as trafilatura writes it).
HARD_WRAP_MAX_CHARS = 100
