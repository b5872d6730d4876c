"""First and second person outside quotations: who "I", "we" and "you" are.

In a text written or spoken in the first person (a letter, a speech, a
blog, an interview answer) "I"/"me"/"my" outside quotations are one voice,
"we"/"us"/"our" one group and "you"/"your" one addressee, until the turn
changes. A turn changes

- where a transcript labels its turns ("DAVE: ...", "Q: ...", "A: ..."):
  each label is a voice of its own, and its "I"s are one person;
- where a speaker introduces themself under another name than the one the
  voice had ("I'm Mario ..." then "I'm Isabel ...");
- for "you", where a different person is called by name ("Dear Hannah",
  "Kendra, you ...").

``link_voices`` chains those pronouns in place on the coreference sets and
ties each chain to the name that says who it is: a self-introduction ("I'm
Lauren", "my name is Katie"), a letter's signature (the name on the line
after "Sincerely," or "Yours,"), a transcript's label, a salutation or a
vocative for "you", and the coordination that says who "we" are ("Hannah,
Martha and I"). Inside a quotation "I"/"we" are the quote's speaker; those
mentions (kind ``first``) are left to the statements layer.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Sequence
from typing import Protocol

from spacy.tokens import Doc

from redline.statements.spans import doc_text

SPEAKER_CLASSES = ("i", "we", "you")
# A line opening with a short capitalised label and a colon: a transcript's turn.
_LABEL = re.compile(r"^[ \t]*([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]*:(?!\d)", re.MULTILINE)
# How a letter is signed off: the name on the next line is the writer.
VALEDICTIONS = frozenset((
    "yours", "yours sincerely", "sincerely", "sincerely yours", "yours truly", "truly yours",
    "yours faithfully", "faithfully", "faithfully yours", "respectfully", "respectfully yours",
    "regards", "best regards", "kind regards", "warm regards", "warmest regards", "with regards",
    "best wishes", "best", "all the best", "love", "with love", "much love", "lots of love",
    "cheers", "cordially", "affectionately", "thanks", "many thanks", "thank you",
    "with best wishes", "warmly", "fondly", "as ever", "ever yours",
))
# First words of a short closing line ("Love ya.", "Best, to all").
VALEDICTION_OPENERS = frozenset({
    "yours", "sincerely", "respectfully", "regards", "best", "love", "cheers", "thanks", "warmly",
    "fondly", "affectionately", "faithfully", "cordially"})
INTERVIEW_WORDS = frozenset({"interview", "interviews", "interviewed", "interviewee"})
TALK_WORDS = frozenset({"spoke", "speaks", "talked", "talks"})
SPEECH_WORDS = frozenset({"remarks", "speech", "address", "statement", "testimony"})
HEADER_LINES = 4
SALUTATION_LINES = 12  # a name alone on a line with a comma, this near the top, greets the reader
SALUTED = frozenset({"name", "role", "noun", "demonym"})  # who "Dear ..." may address
NAMING_VERBS = frozenset({"call", "name", "nickname", "dub", "christen"})
NOT_PEOPLE = frozenset({"GPE", "LOC", "FAC", "NORP"})  # how far the opening lines that name an author or interviewee reach
COPULA_FORMS = frozenset({"am", "m", "'m", "’m", "is", "'s", "’s", "was"})
VOCATIVE_DEPS = frozenset({"npadvmod", "intj", "dep", "ROOT", "attr", "vocative"})
FIRST_SINGULAR = frozenset({"i", "me", "myself"})


class _Info(Protocol):
    index: int
    start: int
    end: int
    head: int
    kind: str
    label: str | None
    sent: int
    quoted: bool
    pron: str | None
    words: tuple[str, ...]
    norm: str
    voice: str


def voices_clash(a: set[tuple[str, str]] | None, b: set[tuple[str, str]] | None) -> bool:
    """Whether two groups of (pronoun class, voice) cannot be one entity:
    "I", "we" and "you" of one voice are three; the "I"s of two labelled
    voices are two people. (Third persons are kept from the speakers as
    far as the scorer has seen them, ``coref_features.compatible``: an
    interview speaks of its guest as "he" before she answers as "I".)"""
    if not a or not b:
        return False
    for p1, v1 in a:
        for p2, v2 in b:
            if p1 in SPEAKER_CLASSES and p2 in SPEAKER_CLASSES and (
                    (v1 == v2 and p1 != p2) or (p1 == p2 == "i" and v1 != v2)):
                return True
    return False


def turn_labels(text: str) -> list[tuple[int, str]]:
    """(offset of the line, voice) for each labelled turn of a transcript.

    A text counts as a transcript when at least three lines open with a
    label and one label opens two lines or more ("Phone:" and "Fax:" in a
    letterhead are no turns); otherwise the whole text is one voice and the
    answer is empty.
    """
    found = [(m.start(), m.group(1).strip().lower()) for m in _LABEL.finditer(text)]
    if len(found) < 3:
        return []
    counts: dict[str, int] = {}
    for _, label in found:
        counts[label] = counts.get(label, 0) + 1
    if max(counts.values()) < 2:
        return []
    return found


def assign_voices(doc: Doc, infos: Sequence[_Info]) -> None:
    """Set each mention's ``voice``: its transcript label, or "" where the
    text labels no turns. (Taking an unlabelled interview's lines that end
    in "?" for the interviewer's was tried: GUM train's "you" fell from
    0.226 to 0.205, since questions often lack the mark and imperatives
    ask too.)"""
    labels = turn_labels(doc_text(doc))
    offsets = [o for o, _ in labels]
    for info in infos:
        k = bisect.bisect_right(offsets, doc[info.start].idx) - 1 if labels else -1
        info.voice = labels[k][1] if k >= 0 else ""


def self_introductions(doc: Doc, infos: Sequence[_Info]) -> dict[int, int]:
    """"I'm Lauren", "I am Dave", "my name is John Smith": speaker pronoun
    index -> the index of the name it introduces."""
    names_at = {}
    for info in infos:
        if info.kind == "name" and info.label in (None, "PERSON"):
            names_at.setdefault(info.start, info)
    out: dict[int, int] = {}
    if not names_at:
        return out
    has_sents = doc.has_annotation("SENT_START")
    for info in infos:
        if info.kind != "pronoun" or info.pron != "i":
            continue
        t = info.head
        limit = min(len(doc), t + 4)
        k = t + 1
        if doc[t].lower_ == "my" and k < len(doc) and doc[k].lower_ == "name":
            k += 1
        while k < limit and doc[k].is_punct and doc[k].text in ("'", "’"):
            k += 1
        if k >= limit or doc[k].lower_ not in COPULA_FORMS:
            continue
        sent_end = doc[t].sent.end if has_sents else len(doc)
        for n in range(k + 1, min(sent_end, k + 8)):
            if n in names_at:
                out[info.index] = names_at[n].index
                break
            if doc[n].pos_ == "VERB":
                break
    return out


def addressees(doc: Doc, infos: Sequence[_Info]) -> dict[int, int]:
    """"Dear Hannah" (a letter's salutation: the first "you" after it) and a
    name called out in a sentence that says "you" ("Kendra, just let it
    go", "How's your week been, Alex?"): "you" index -> the name's index."""
    yous_by_sent: dict[int, list[_Info]] = {}
    for info in infos:
        if info.pron == "you" and info.kind == "pronoun" and not info.quoted:
            yous_by_sent.setdefault(info.sent, []).append(info)
    out: dict[int, int] = {}
    if not yous_by_sent:
        return out
    sents = sorted(yous_by_sent)
    for info in infos:
        if info.quoted or info.kind not in SALUTED:
            continue
        before = doc[info.start - 1] if info.start > 0 else None
        if (before is not None and before.lower_ == "dear") or doc[info.start].lower_ == "dear":
            # "Dear Hannah", "Dear Mr. President", "Dear Friends"
            k = bisect.bisect_right(sents, info.sent)
            if k < len(sents):
                out.setdefault(yous_by_sent[sents[k]][0].index, info.index)
            continue
        if info.kind != "name" or info.label not in (None, "PERSON"):
            continue
        head = doc[info.head]
        after = doc[info.end] if info.end < len(doc) else None
        called = head.dep_ in VOCATIVE_DEPS and (
            (after is not None and after.text in (",", "?", "!"))
            or (before is not None and before.text == ",")
        )
        if called and info.sent in yous_by_sent:
            out.setdefault(yous_by_sent[info.sent][0].index, info.index)
    return out


def salutation_lines(doc: Doc, infos: Sequence[_Info]) -> dict[int, int]:
    """A name standing alone on a line with a comma near the top of the text
    ("Dr. Pangborn ,"), a letter's salutation without "Dear": the first
    "you" after it is that person. Returns "you" index -> name index.
    (Taking a name alone on a line with a full stop or question mark as a
    chair calling on the next speaker, whose first "I" it would be, was
    tried: right in hearings, wrong in conversations, GUM dev pronouns fell.)"""
    text = doc_text(doc)
    lines = _lines(text)[:SALUTATION_LINES]
    yous = [i for i in infos if i.kind == "pronoun" and not i.quoted and i.pron == "you"]
    out: dict[int, int] = {}
    if not yous or not lines:
        return out
    you_at = [doc[i.start].idx for i in yous]
    line_starts = [s for s, _ in lines]
    for name in _person_names(infos):
        start = doc[name.start].idx
        if start >= lines[-1][1]:
            break
        s, e = lines[bisect.bisect_right(line_starts, start) - 1]
        end = doc[name.end - 1].idx + len(doc[name.end - 1].text)
        if text[s:start].strip() or text[end:e].strip() != ",":
            continue
        n = bisect.bisect_left(you_at, e)
        if n < len(yous) and you_at[n] < lines[-1][1]:
            out.setdefault(yous[n].index, name.index)
    return out


def as_phrases(doc: Doc, infos: Sequence[_Info]) -> list[tuple[int, int]]:
    """(pronoun index, phrase index) where a speaker pronoun is named by
    "as" right after it: "we as Americans", "you as parents", "I as a
    mother" say who the pronoun is."""
    starting: dict[int, _Info] = {}
    for info in infos:
        if info.kind in ("name", "role", "noun", "demonym"):
            starting.setdefault(info.start, info)  # the widest: mentions come longest first
    out = []
    # "As President, I must ...": the phrase stands before the pronoun
    speaker_at = {info.start: info for info in infos
                  if info.kind == "pronoun" and info.pron in SPEAKER_CLASSES and not info.quoted}
    for info in starting.values():
        k = info.start - 1
        if doc[k].lower_ in ("a", "an", "the") and k > 0:
            k -= 1
        if k < 0 or doc[k].lower_ != "as" or info.end + 1 >= len(doc) or doc[info.end].text != ",":
            continue
        pron = speaker_at.get(info.end + 1)
        if pron is not None and doc[pron.head].dep_ in ("nsubj", "nsubjpass"):
            out.append((pron.index, info.index))
    for info in infos:
        if info.kind != "pronoun" or info.pron not in SPEAKER_CLASSES or info.quoted:
            continue
        k = info.end
        if k < len(doc) and doc[info.head].head.lemma_.lower() in NAMING_VERBS and k in starting \
                and starting[k].kind == "name" and doc[info.head].dep_ in ("dobj", "nsubj", "nsubjpass"):
            out.append((info.index, starting[k].index))  # "called me Muscles", "we were named Lions"
            continue
        if k + 1 < len(doc) and doc[k].lower_ == "as" and doc[info.head].dep_ not in ("poss",):
            phrase = starting.get(k + 1)
            if phrase is None and doc[k + 1].lower_ in ("a", "an", "the"):
                phrase = starting.get(k + 2)
            if phrase is not None:
                out.append((info.index, phrase.index))
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the text's lines."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _person_names(infos: Sequence[_Info]) -> list[_Info]:
    return [i for i in infos if i.kind == "name" and i.label in (None, "PERSON") and not i.quoted]


def _closing(line: str) -> bool:
    """Whether a line signs a letter off: "Sincerely,", "Love and faithful
    feelings,", "Stay in touch,", "Love ya."."""
    words = line.strip().rstrip(",.!").strip().lower()
    if words in VALEDICTIONS:
        return True
    first = words.split()[0] if words else ""
    return bool(words) and len(words.split()) <= 6 and (
        line.strip().endswith(",") or first in VALEDICTION_OPENERS)


def signatures(doc: Doc, infos: Sequence[_Info]) -> list[int]:
    """Indexes of the names that sign a letter: a person's name alone on the
    line after a closing ("Respectfully ,\nGeorge Chriss")."""
    text = doc_text(doc)
    names = _person_names(infos)
    if not names:
        return []
    lines = _lines(text)
    starts = [doc[i.start].idx for i in names]
    out = []
    for (ps, pe), (s, e) in itertools.pairwise(lines):
        if not _closing(text[ps:pe]):
            continue
        k = bisect.bisect_left(starts, s)
        if k >= len(names) or starts[k] >= e:
            continue
        name = names[k]
        span_end = doc[name.end - 1].idx + len(doc[name.end - 1].text)
        if text[s:starts[k]].strip() or text[span_end:e].strip(" \t.,"):
            continue  # the name is not the whole line
        out.append(name.index)
    return out


def header_person(doc: Doc, infos: Sequence[_Info]) -> tuple[int | None, bool]:
    """Who speaks in the first person, as the text's opening lines say:
    (name index or None, whether the text is an interview).

    "Interview with Hugh McGuire", "Wikinews interviews Aner Shalev",
    "Jack Herrick, wikiHow founder, interviewed by Wikinews", "Wikinews
    spoke with William Evans" (an interview: its "I" answers and its "you"
    is asked), "By Arash Javanbakht", "Remarks by President Trump",
    "Speaker Nancy Pelosi delivered remarks" (the author or speaker).
    """
    text = doc_text(doc)
    lines = _lines(text)[:HEADER_LINES]
    # the recogniser often calls a headline's person an organisation
    names = [i for i in infos if i.kind in ("name", "role", "demonym") and i.label not in NOT_PEOPLE
             and not i.quoted and (i.kind == "name" or any(t.pos_ == "PROPN" for t in doc[i.start:i.end]))]
    if not names or not lines:
        return None, False
    for s, e in lines:
        in_line = [n for n in names if s <= doc[n.start].idx < e]
        if not in_line:
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        words = [t.lower_ for t in span]
        trigger = next((t for t, w, nxt in zip(span, words, words[1:] + [""])
                        if w in INTERVIEW_WORDS or (w in TALK_WORDS and nxt in ("with", "to"))), None)
        if trigger is not None:
            # "Wikinews interviews X", "interview with X"; "X, ... interviewed by"
            after = [n for n in in_line if n.start > trigger.i]
            before = [n for n in in_line if n.end <= trigger.i]
            passive = trigger.lower_ == "interviewed" and trigger.i + 1 < len(doc) and doc[trigger.i + 1].lower_ == "by"
            pick = before[0] if passive and before else (after or before or [None])[0]
            if pick is not None:
                return pick.index, True
            continue
        if words and words[0] == "by" and doc[in_line[0].start].idx - s < 4:
            return in_line[0].index, False
        if any(w in SPEECH_WORDS for w in words) and ("by" in words or "delivered" in words or "gave" in words):
            return in_line[0].index, False
    return None, False


def label_names(doc: Doc, infos: Sequence[_Info]) -> dict[str, int]:
    """For a transcript: voice -> the index of the name mention its label is."""
    labels = turn_labels(doc_text(doc))
    if not labels:
        return {}
    by_offset = {doc[i.start].idx: i for i in infos if i.kind == "name"}
    out: dict[str, int] = {}
    text = doc_text(doc)
    for offset, voice in labels:
        at = offset + len(text[offset:]) - len(text[offset:].lstrip(" \t"))
        info = by_offset.get(at)
        if info is not None:
            out.setdefault(voice, info.index)
    return out


def link_voices(doc: Doc, infos: Sequence[_Info], union: Callable[[int, int], int],
                find: Callable[[int], int]) -> None:
    """Chain "I", "we" and "you" outside quotations per voice and tie each
    chain to its name (see the module docstring), in place via ``union``."""
    intro = self_introductions(doc, infos)
    called = addressees(doc, infos)
    for pron, name in salutation_lines(doc, infos).items():
        called.setdefault(pron, name)
    named_by_label = label_names(doc, infos)
    header, interview = header_person(doc, infos) if not named_by_label else (None, False)
    first_i = first_you = None  # the first chains of the one voice of an unlabelled text
    chain: dict[tuple[str, str], int] = {}  # (voice, class) -> a member of the current chain
    chain_name: dict[tuple[str, str], int] = {}  # (voice, class) -> its name's index

    def same(a: int, b: int) -> bool:
        if find(a) == find(b):
            return True
        if infos[a].kind == infos[b].kind == "joint":
            return infos[a].norm == infos[b].norm  # "Bert and I" again
        wa, wb = set(infos[a].words), set(infos[b].words)
        return bool(wa & wb)

    for info in infos:
        if info.kind == "joint" and not info.quoted and doc[info.end - 1].lower_ in FIRST_SINGULAR:
            key = (info.voice, "we")
            if key in chain and (key not in chain_name or same(chain_name[key], info.index)):
                union(chain[key], info.index)  # "we ... Hannah, Martha and I ..."
            chain[key] = info.index
            chain_name[key] = info.index
            continue
        if info.kind != "pronoun" or info.pron not in SPEAKER_CLASSES or info.quoted:
            continue
        key = (info.voice, info.pron)
        name = intro.get(info.index) if info.pron == "i" else called.get(info.index)
        current = chain.get(key)
        if name is not None and key in chain_name and not same(chain_name[key], name):
            current = None  # "I'm Isabel" after Mario's "I": another speaker
        if current is None:
            chain[key] = info.index
            if key == ("", "i") and first_i is None:
                first_i = info.index
            elif key == ("", "you") and first_you is None:
                first_you = info.index
            if key in chain_name and name is None:
                del chain_name[key]
        else:
            union(current, info.index)
        if name is not None:
            union(info.index, name)
            chain_name[key] = name
        elif info.pron == "i" and key not in chain_name and info.voice in named_by_label:
            union(info.index, named_by_label[info.voice])
            chain_name[key] = named_by_label[info.voice]
    for pron, phrase in as_phrases(doc, infos):
        union(pron, phrase)
    for name in signatures(doc, infos):
        key = (infos[name].voice, "i")
        if key in chain and (key not in chain_name or same(chain_name[key], name)):
            union(chain[key], name)
    if first_i is not None and header is not None:
        union(first_i, header)  # the first voice is the author's, or the interviewee's
    if first_you is not None and header is not None and interview:
        union(first_you, header)
