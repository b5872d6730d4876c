"""A small, dependency-free language guesser for lines and paragraphs.

Latin-script languages are told apart by the share of their most common
function words; other scripts by their letters. Guesses are deliberately
timid: a line is only given a language when one language's stopwords clearly
outnumber every other's, so English lines with a few foreign names stay
English (or unknown), never "foreign".
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Function words per language. Words shared by several languages ("de",
# "a", "in", "die") are listed under each of them: they then add nothing to
# the margin between those languages, which is what makes the guess timid.
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the of and to a in is was that for it with as on at by from he she they "
        "we i you me my him them us his her their its this these those be are "
        "were has have had do does did not but or an which who whom would will "
        "said says been also after than about into over more can could should "
        "may must there here when what where why how if no our your all any some "
        "so up out just now then very only because while against between during "
        "before under both each most other such own same".split()
    ),
    "fr": frozenset(
        "le la les de des du un une et est en que qui dans pour pas sur au aux "
        "ce cette ces il elle ils elles nous vous on ne se sa son ses leur leurs "
        "par plus avec mais ou où été être avait sont a y tout "
        "même aussi comme dont très".split()
    ),
    "de": frozenset(
        "der die das und ist nicht ein eine einen einem einer zu den dem des von "
        "mit sich auf für im in es sie er wir ihr auch an als dass daß wie bei "
        "aus nach noch nur oder aber wird werden wurde hat haben sind war vom zum "
        "zur über warum jetzt schon kein keine".split()
    ),
    "es": frozenset(
        "el la los las de del y en que un una es por con para se no lo su sus al "
        "como más pero fue ha han son está están este esta ese esa muy sin sobre "
        "también le les ya hay entre cuando todo".split()
    ),
    "it": frozenset(
        "il lo la gli le di del della dei delle e è in che un una per con non "
        "si da dal al alla sono ha hanno come più ma anche questo questa nel "
        "nella sul sulla era essere stato cui".split()
    ),
    "pt": frozenset(
        "o a os as de do da dos das e é em um uma que para com não se por no na "
        "nos nas ao aos mais mas foi ser são está como seu sua também pelo pela "
        "ele ela eles já quando muito".split()
    ),
    "nl": frozenset(
        "de het een en van in is dat op te voor met niet zijn aan er die dit ook "
        "als bij door maar naar om uit wordt werd heeft hebben was nog wel geen "
        "over tot zich ze hij zij we".split()
    ),
}

# Elided articles and pronouns ("d’autogestion", "l’Italia") count as a
# stopword of these languages; the rest of the word is not looked at.
ELISIONS: dict[str, re.Pattern[str]] = {
    "fr": re.compile(r"^(?:[dlcjnmst]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE),
    "it": re.compile(r"^(?:l|dell|all|dall|nell|sull|un)['’]", re.IGNORECASE),
}

# Words no other listed language has: two of them make a line English enough
# never to be called foreign (a French quote with "the minister said" after it).
ENGLISH_MARKERS = frozenset(
    "the and of with said that which would this from were has have they their".split()
)

# Languages told by script rather than by stopwords (ISO 639-1 of the main user).
SCRIPTS: dict[str, str] = {
    "CYRILLIC": "ru",
    "GREEK": "el",
    "ARABIC": "ar",
    "HEBREW": "he",
    "CJK": "zh",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "HANGUL": "ko",
}

MIN_WORDS = 4  # fewer words than this: too short to tell
MIN_LETTERS = 8  # for script-based guesses (Chinese has no spaces between words)
MIN_HITS = 3  # stopwords of the winning language needed at the least
MIN_SHARE = 0.15  # ...and as a share of all words (names and numbers dilute it)
# The winner needs this many times the hits of the best language outside its
# family, and strictly more than any language inside it: related languages
# share most function words ("que", "la", "se"), and telling them apart
# matters less than telling them from English.
MARGIN = 1.5
FAMILIES: dict[str, str] = {
    "en": "en", "de": "germanic", "nl": "germanic",
    "fr": "romance", "es": "romance", "it": "romance", "pt": "romance",
}

# Characters of an article's body read to tell its language.
ARTICLE_SAMPLE = 4000
# A word, with its apostrophes: "Trump’s" is one word, not "Trump" and "s".
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# After these, a capital letter starts a sentence or a quote, not a name.
_SENTENCE_OPENERS = frozenset(".!?:;“\"«‘(—–-")


@functools.lru_cache(maxsize=4096)
def _script(char: str) -> str:
    """The script of a letter, as the first word of its Unicode name."""
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else ""


def _script_language(text: str) -> str | None:
    """The language of a text written mostly in a non-Latin script, if any."""
    if text.isascii():
        return None  # plain Latin letters: the stopword test decides
    letters = [c for c in text if c.isalpha()]
    if len(letters) < MIN_LETTERS:
        return None
    counts: dict[str, int] = {}
    for char in letters:
        lang = SCRIPTS.get(_script(char))
        if lang is not None:
            counts[lang] = counts.get(lang, 0) + 1
    if not counts:
        return None
    lang, count = max(counts.items(), key=lambda item: item[1])
    return lang if count > len(letters) / 2 else None


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _is_name_part(text: str, match: re.Match[str]) -> bool:
    """A capitalised word inside a sentence: part of a name ("La Repubblica", "De Blasio")."""
    word = match.group(0)
    if not word[0].isupper() or word.isupper():
        return False
    i = match.start() - 1
    while i >= 0 and text[i].isspace():  # look back past spaces, not at a copy of the text
        i -= 1
    return i >= 0 and text[i] not in _SENTENCE_OPENERS


def stopword_hits(text: str) -> dict[str, int]:
    """How many words of ``text`` are stopwords of each Latin-script language.

    Why: English text is full of foreign names whose particles are stopwords
    elsewhere ("Le Pen", "Corriere della Sera", "Los Angeles"); capitalised
    words inside a sentence count for English only.
    """
    matches = list(_WORD.finditer(text))
    words = [m.group(0).casefold() for m in matches]
    foreign = [w for w, m in zip(words, matches) if not _is_name_part(text, m)]
    hits = {
        lang: sum(w in stops for w in (words if lang == "en" else foreign))
        for lang, stops in STOPWORDS.items()
    }
    for lang, elision in ELISIONS.items():
        hits[lang] += sum(1 for w in foreign if elision.match(w))
    return hits


def looks_english(text: str) -> bool:
    """A quick yes for plainly English text: many English stopwords in its
    opening words. Lets the full guess run only on the few other lines."""
    words = [w.casefold() for w in _WORD.findall(text[:400])]
    hits = sum(w in STOPWORDS["en"] for w in words)
    return hits >= 4 and hits >= 0.3 * len(words)


def guess_language(text: str) -> str | None:
    """The language of a line or paragraph, or None when it cannot be told.

    text (str): the line.
    RETURNS (str | None): an ISO 639-1 code ("en", "fr", "ru"...), or None
        when the text is too short (under MIN_WORDS words) or no language
        wins clearly.
    """
    by_script = _script_language(text)
    if by_script is not None:
        return by_script
    words = _words(text)
    if len(words) < MIN_WORDS:
        return None
    hits = stopword_hits(text)
    best, top = max(hits.items(), key=lambda item: item[1])
    family = FAMILIES[best]
    kin = max((n for lang, n in hits.items() if lang != best and FAMILIES[lang] == family), default=0)
    rival = max((n for lang, n in hits.items() if FAMILIES[lang] != family), default=0)
    if top < MIN_HITS or top < MIN_SHARE * len(words) or top <= kin or top < MARGIN * rival:
        return None
    if best != "en" and sum(w in ENGLISH_MARKERS for w in words) >= 2:
        return None  # English carrying a foreign phrase or names
    return best


def article_language(text: str, default: str = "en") -> str:
    """The language of a whole article (its body), ``default`` when unclear.

    text (str): the article text.
    default (str): returned when no language wins.
    RETURNS (str): an ISO 639-1 code.
    """
    # the opening of the body decides; reading all of a long article only
    # costs time (measured: a third of post-parse time on PolNeAR)
    return guess_language(text[:ARTICLE_SAMPLE]) or default
