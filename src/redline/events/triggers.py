"""The trigger lexicon: which words signal which PLOVER event.

The vocabulary lives in data files, not here: ``data/event_triggers.tsv``
(curated) and ``data/cameo_verbs.tsv`` (converted from the CAMEO verb
dictionary by ``scripts/convert_cameo_verbs.py``); their format is in
``data/README.md``. This module defines what an entry means and reads the
files into a ``Lexicon`` of three tables keyed by lemma, so a lookup is one
dict access:

- ``verbs``: verb lemmas. An entry gives a default sense and the conditions
  that change it: a particle ("call off"), a preposition ("call for"), the
  object's word or word group ("lift a curfew" vs "impose a curfew"), a
  crowd as subject ("workers struck"). ``control`` says how the verb
  combines with an infinitive complement ("refused to recognize" is a
  refusal of recognition); ``light`` verbs take the sense of their event
  noun ("launched an attack"); ``speech`` verbs pass their clausal
  complement on as reported content.
- ``adjectives``: predicate adjectives ("is prepared to", "opposed to").
- ``nouns``: event nouns ("talks", "sanctions", "refusal"), with the
  modifiers that change them ("hunger strike" vs "air strike"). A
  ``strong`` noun is an event on its own; a weak one needs a light verb
  ("expressed concern").

``groups`` are the word sets conditions refer to as ``@name``. A sense with
type None means "no event" (an explicit exception, e.g. "declined to
comment", "rejected the allegations").

The built-in lexicon is read once per process (``builtin_lexicon``); a
user's files (``--events``) extend it (``load_lexicon``). The lexicon in
force while an article is coded is ``lexicon()``, set with ``using``.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Sense:
    """What a trigger means: PLOVER type, mode, nearest CAMEO code.

    appeal: for REQUEST, an appeal (urge, call for) rather than a demand.
    """

    type: str | None
    mode: str | None = None
    cameo: str | None = None
    appeal: bool = False


NONE = Sense(None)
# A light particle or preposition: the event is the noun it governs
# ("carry out an attack", "go on strike", "remain on alert"). Compared by
# identity: the loader hands out this very object.
THROUGH = Sense("@through")

# How a verb combines with an infinitive (xcomp) complement.
COMMIT = "commit"        # agree/promise/offer to X: AGREE (or THREATEN for harm)
INTEND = "intend"        # plan/want/intend to X: like COMMIT, but no event alone
REFUSE = "refuse"        # refuse/decline to X: REJECT
THREAT = "threat"        # threaten to X: THREATEN, mode from X
PREPARE = "prepare"      # prepare to X: MOBILIZE for violence, AGREE for cooperation
FAIL = "fail"            # fail to X: REJECT for cooperation, nothing otherwise
ASPECT = "aspect"        # begin/continue/decide/try to X: X itself
ASK = "ask"              # urge/ask/order Y to X: REQUEST of Y
HYPO = "hypo"            # hope/consider X: nothing is done

# How a verb treats a clausal complement (ccomp).
REPORT = "report"        # say that X: X is reported content
ATTITUDE = "attitude"    # hope/fear/deny that X: X is not asserted
CONSUME = "consume"      # agree/warn/demand that X: the verb's own event covers X

CONTROLS = frozenset({COMMIT, INTEND, REFUSE, THREAT, PREPARE, FAIL, ASPECT, ASK, HYPO})
SPEECHES = frozenset({REPORT, ATTITUDE, CONSUME})


@dataclass(frozen=True, slots=True)
class Entry:
    """A verb's senses; see the module doc. Keys of ``obj`` are lemmas,
    multiword keys ("hunger strike") or ``@group`` names."""

    sense: Sense | None = None
    prt: dict[str, "Sense | Entry"] = field(default_factory=dict)
    prep: dict[str, "Sense | Entry"] = field(default_factory=dict)
    obj: dict[str, Sense] = field(default_factory=dict)
    crowd: Sense | None = None
    subj: dict[str, Sense] = field(default_factory=dict)
    control: str | None = None
    light: bool = False
    speech: str | None = None
    person_obj: Sense | None = None  # sense when the object is an actor ("called Putin")
    # sense when the object (or a passive subject) is a state, body or person
    # named by a proper name that is a known actor ("the AU suspended Guinea")
    named_obj: Sense | None = None
    person_pair: Sense | None = None  # a named person to a named person ("Trump attacked Clinton")
    needs_obj: bool = False  # the default sense only with a direct object
    oprd: Sense | None = None  # sense with an object complement ("called him a liar")
    partner: bool = False  # a consultation needs a partner ("met X", "talks with X", "the two met")
    crowd_alone: bool = False  # the crowd sense only without an object ("rallied supporters")
    pobj: dict[str, Sense] = field(default_factory=dict)  # a preposition's object ("appeal for aid")
    actor_obj: bool = False  # the default sense only when the verb acts on a known actor
    subj_event: bool = False  # an event-noun subject's sense ("the sanctions targeted X")
    # With a common-noun object the obj= rows do not list, no event: "hosted
    # talks" is a meeting, "hosted the movement" is not; "deployed troops" is a
    # show of force, "deployed tear gas" is not.
    listed_obj: bool = False


@dataclass(frozen=True, slots=True)
class NounEntry:
    """An event noun: its sense, whether it stands alone, modifier overrides."""

    sense: Sense
    strong: bool = False
    mods: dict[str, Sense] = field(default_factory=dict)
    plural_only: bool = False
    # a preposition of the noun's own, with a non-date object ("strikes on X")
    preps: dict[str, Sense] = field(default_factory=dict)
    # a preposition's own objects, by word or @group ("a ban on imports" is
    # a trade sanction, "a ban on protests" stays a ban): {prep: {key: sense}}
    prep_objs: dict[str, dict[str, Sense]] = field(default_factory=dict)
    # a weak noun whose "in X" names the side it is done to ("a coup in Gabon",
    # "military takeover in Niger"): the state whose power is taken
    place_side: bool = False
    # the body named after "from" does the act and the possessor suffers it
    # ("Mali's suspension from ECOWAS" is ECOWAS suspending Mali)
    from_agent: bool = False
    # the possessor undergoes the act where no "of" phrase names who does
    # ("the senator's arrest", "his release", "the envoy's killing")
    owner_suffers: bool = False


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The trigger tables in force: verbs, predicate adjectives, event nouns
    and the word groups their conditions name."""

    verbs: dict[str, Entry]
    adjectives: dict[str, Entry]
    nouns: dict[str, NounEntry]
    groups: dict[str, frozenset[str]]
    # Discard phrases (sports, entertainment), as word tuples indexed by their
    # first word: a sentence holding one is not coded; a story-level one (or
    # any) in the headline stops the whole article.
    discards: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    story_discards: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)

    def discarded(self, text: str) -> bool:
        """Whether a sentence holds a discard phrase (sports, entertainment):
        such sentences are not coded."""
        return bool(self.discards) and _holds(self.discards, text)

    def story_discarded(self, headline: str) -> bool:
        """Whether a headline names a story not to code at all ("Manchester United")."""
        return (bool(self.story_discards) and _holds(self.story_discards, headline)) or self.discarded(headline)

    @property
    def weapons(self) -> frozenset[str]:
        """Words for weapons: the curated group and CAMEO's ("bomb", "baton",
        "tear_gas")."""
        return self.groups.get("weapons", frozenset()) | self.groups.get("cameo_weapon", frozenset())

    @property
    def crowd(self) -> frozenset[str]:
        """Subject words that make a crowd: "workers struck", "protesters blocked roads"."""
        return self.groups.get("crowd", frozenset())

    @property
    def generic_heads(self) -> frozenset[str]:
        """Event heads that take their sense from a compound ("aid package")."""
        return self.groups.get("generic_heads", frozenset())

    def group_match(self, keys: tuple[str, ...], table: dict[str, Sense]) -> Sense | None:
        """The sense for the first of ``keys`` (object words, most specific
        first) that ``table`` names directly or through a ``@group``."""
        for k in keys:
            if k in table:
                return table[k]
        for name, sense in table.items():
            if name.startswith("@"):
                members = self.groups.get(name[1:], frozenset())
                for k in keys:
                    if k in members:
                        return sense
        return None


_WORD = re.compile(r"\w+(?:['’-]\w+)*")


def _words_of(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def _holds(index: dict[str, tuple[tuple[str, ...], ...]], text: str) -> bool:
    """Whether ``text`` holds one of the indexed phrases, as whole words, any case.
    One dict lookup per word: cheaper than one regex of hundreds of phrases."""
    words = _words_of(text)
    for i, w in enumerate(words):
        for phrase in index.get(w, ()):
            if len(phrase) == 1 or tuple(words[i:i + len(phrase)]) == phrase:
                return True
    return False


def _phrase_index(phrases: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        words = tuple(_words_of(p))
        if words:
            index.setdefault(words[0], []).append(words)
    return {k: tuple(v) for k, v in index.items()}


class LexiconError(ValueError):
    """A trigger table that cannot be read (names the file and line)."""


# -- reading the tables ------------------------------------------------------

_KINDS = ("verb", "adj", "noun", "group", "discard")
_FLAGS = frozenset({"light", "partner", "needs_obj", "crowd_alone", "strong", "plural_only",
                    "actor_obj", "subj_event", "listed_obj", "place_side", "from_agent",
                    "owner_suffers"})
_LEAVES = frozenset({"crowd", "person_obj", "person_pair", "oprd", "named_obj"})
_STEPS = frozenset({"prt", "prep", "obj", "subj", "mod", "pobj"})


def _word(cell: str) -> str:
    return cell.replace("_", " ").lower()


def _key(cell: str) -> str:
    """A pattern value: a word or phrase ("martial_law"), or a group name as written."""
    return cell if cell.startswith("@") else _word(cell)


@dataclass(slots=True)
class _Row:
    """One parsed line for one lemma and one condition path."""

    sense: Sense | None
    options: dict[str, str | bool]
    where: str


def _sense(cells: list[str], where: str) -> Sense | None:
    type_, mode, cameo, appeal = (cells + ["-"] * 4)[:4]
    if type_ == "-":
        return None
    if type_ == "THROUGH":
        return THROUGH
    if appeal not in ("-", "appeal"):
        raise LexiconError(f"{where}: appeal column must be 'appeal' or '-', not {appeal!r}")
    if type_ != "NONE" and not type_.isupper():
        raise LexiconError(f"{where}: type must be a PLOVER type, NONE, THROUGH or '-', not {type_!r}")
    return Sense(None if type_ == "NONE" else type_, None if mode == "-" else mode,
                 None if cameo == "-" else cameo, appeal == "appeal")


def _options(cell: str, where: str) -> dict[str, str | bool]:
    out: dict[str, str | bool] = {}
    for opt in cell.split():
        if opt == "-":
            continue
        key, eq, value = opt.partition("=")
        if eq:
            allowed = CONTROLS if key == "control" else SPEECHES if key == "speech" else None
            if allowed is None or value not in allowed:
                raise LexiconError(f"{where}: unknown option {opt!r}")
            out[key] = value
        elif key in _FLAGS:
            out[key] = True
        else:
            raise LexiconError(f"{where}: unknown option {opt!r}")
    return out


def _paths(cell: str, where: str) -> list[tuple[str, ...]]:
    """The condition paths a pattern cell stands for ("obj=a|b" is two)."""
    if cell == "-":
        return [()]
    steps = cell.split()
    head: list[str] = []
    for step in steps[:-1]:
        key, eq, value = step.partition("=")
        if key not in ("prt", "prep") or not eq or not value or "|" in value:
            raise LexiconError(f"{where}: only a single prt= or prep= step may come before another: {cell!r}")
        head.append(f"{key}={_key(value)}")
    last = steps[-1]
    if last in _LEAVES:
        return [(*head, last)]
    key, eq, value = last.partition("=")
    if key not in _STEPS or not eq or not value:
        raise LexiconError(f"{where}: unknown pattern step {last!r}")
    return [(*head, f"{key}={_key(v)}") for v in value.split("|") if v]


_Table = dict[tuple[str, str], dict[tuple[str, ...], _Row]]


def _read(text: str, source: str, table: _Table, groups: dict[str, set[str]],
          discards: list[tuple[str, str]]) -> None:
    """Add one file's rows to ``table`` (later rows win per lemma and pattern)."""
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{source}:{n}"
        cells = [c.strip() for c in line.split("\t")]
        kind = cells[0]
        if kind not in _KINDS:
            raise LexiconError(f"{where}: first column must be one of {', '.join(_KINDS)}, not {kind!r}")
        if kind == "group":
            if len(cells) < 3 or not cells[1]:
                raise LexiconError(f"{where}: a group row is: group, name, words")
            groups.setdefault(cells[1], set()).update(_word(w) for w in cells[2].split())
            continue
        if kind == "discard":
            scope = cells[2] if len(cells) > 2 and cells[2] else "sentence"
            if len(cells) < 2 or not cells[1] or scope not in ("sentence", "story"):
                raise LexiconError(f"{where}: a discard row is: discard, phrase, sentence|story")
            discards.append((scope, " ".join(cells[1].lower().split())))
            continue
        if len(cells) < 4 or not cells[1]:
            raise LexiconError(f"{where}: expected at least kind, lemmas, pattern, type (tab-separated)")
        sense = _sense(cells[3:7], where)
        options = _options(cells[7] if len(cells) > 7 else "-", where)
        for path in _paths(cells[2], where):
            if sense is None and path and not options:
                raise LexiconError(f"{where}: a pattern needs a type (NONE for no event)")
            for lemma in cells[1].split():
                table.setdefault((kind, _word(lemma)), {})[path] = _Row(sense, options, where)


def _entry(rows: dict[tuple[str, ...], _Row], parent: str = "") -> Entry:
    """Build a verb or adjective entry from its rows, keyed by condition path
    (a sub-entry's rows with the particle or preposition step taken off)."""
    own = rows.get(())
    kw: dict = {"prt": {}, "prep": {}, "obj": {}, "subj": {}, "pobj": {}}
    if own is not None:
        kw["sense"] = own.sense
        kw.update(own.options)
    subs: dict[str, dict[tuple[str, ...], _Row]] = {}
    for path, row in rows.items():
        if len(path) > 1:
            subs.setdefault(path[0], {})[path[1:]] = row
    for path, row in rows.items():
        if len(path) != 1:
            continue
        step = path[0]
        if step in _LEAVES:
            kw[step] = row.sense
            continue
        key, _, value = step.partition("=")
        if key == "mod":
            raise LexiconError(f"{row.where}: mod= is for nouns")
        if key == "pobj" and not parent.startswith("prep="):
            raise LexiconError(f"{row.where}: pobj= comes after a prep= step")
        if step in subs:  # a particle or preposition with its own objects ("hand over")
            continue
        if row.sense is None:
            raise LexiconError(f"{row.where}: a pattern needs a type (NONE for no event)")
        kw[key][value] = row.sense
    for step, sub in subs.items():
        key, _, value = step.partition("=")
        if (step,) in rows:  # the particle's own sense ("hand over" alone)
            sub = {(): rows[(step,)], **sub}
        kw[key][value] = _entry(sub, step)
    return Entry(**kw)


def _noun(rows: dict[tuple[str, ...], _Row], lemma: str) -> NounEntry:
    own = rows.get(())
    if own is None or own.sense is None:
        where = next(iter(rows.values())).where
        raise LexiconError(f"{where}: noun {lemma!r} needs a row with pattern '-' and a type")
    mods: dict[str, Sense] = {}
    preps: dict[str, Sense] = {}
    prep_objs: dict[str, dict[str, Sense]] = {}
    for path, row in rows.items():
        if not path:
            continue
        key, _, value = path[0].partition("=")
        if len(path) == 2 and key == "prep" and path[1].startswith("obj=") and row.sense is not None:
            prep_objs.setdefault(value, {})[_key(path[1][4:])] = row.sense
            continue
        if key not in ("mod", "prep") or len(path) > 1 or row.sense is None:
            raise LexiconError(f"{row.where}: a noun's patterns are mod=WORD, prep=WORD or "
                               "prep=WORD obj=KEY with a type")
        (mods if key == "mod" else preps)[value] = row.sense
    return NounEntry(own.sense, strong=bool(own.options.get("strong")), mods=mods,
                     plural_only=bool(own.options.get("plural_only")), preps=preps, prep_objs=prep_objs,
                     place_side=bool(own.options.get("place_side")),
                     from_agent=bool(own.options.get("from_agent")),
                     owner_suffers=bool(own.options.get("owner_suffers")))


def _build(texts: Sequence[tuple[str, str]]) -> Lexicon:
    table: _Table = {}
    groups: dict[str, set[str]] = {}
    discards: list[tuple[str, str]] = []
    for text, source in texts:
        _read(text, source, table, groups, discards)
    verbs: dict[str, Entry] = {}
    adjectives: dict[str, Entry] = {}
    nouns: dict[str, NounEntry] = {}
    for (kind, lemma), rows in table.items():
        if kind == "noun":
            nouns[lemma] = _noun(rows, lemma)
        else:
            (verbs if kind == "verb" else adjectives)[lemma] = _entry(rows)
    frozen = {k: frozenset(v) for k, v in groups.items()}
    for entries in (verbs, adjectives):
        for lemma, e in entries.items():
            _check_groups(e, frozen, lemma, table)
    return Lexicon(verbs, adjectives, nouns, frozen,
                   _phrase_index([p for s, p in discards if s == "sentence"]),
                   _phrase_index([p for s, p in discards if s == "story"]))


def _check_groups(e: Entry, groups: dict[str, frozenset[str]], lemma: str, table: _Table) -> None:
    for d in (e.obj, e.subj, e.pobj):
        for key in d:
            if key.startswith("@") and key[1:] not in groups:
                where = next(r.where for (_, lem), rows in table.items() if lem == lemma
                             for r in rows.values())
                raise LexiconError(f"{where}: unknown group {key!r} for {lemma!r}")
    for d in (e.prt, e.prep):
        for sub in d.values():
            if isinstance(sub, Entry):
                _check_groups(sub, groups, lemma, table)


BUILTIN_FILES = ("cameo_verbs.tsv", "event_triggers.tsv")  # later files win


def _builtin_texts() -> list[tuple[str, str]]:
    data = resources.files("redline") / "data"
    out = []
    for name in BUILTIN_FILES:
        f = data / name
        if f.is_file():
            out.append((f.read_text(encoding="utf-8"), name))
    return out


@functools.cache
def _load(extra: tuple[str, ...]) -> Lexicon:
    return _build(_builtin_texts() + [_read_file(Path(p)) for p in extra])


def read_lexicon(builtin: Sequence[str] = BUILTIN_FILES,
                 extra: Sequence[str | Path] = ()) -> Lexicon:
    """A lexicon from some of the built-in files (by name, in the order
    given: later ones win) and the given files, read afresh (not cached):
    for comparing tables ("event_triggers.tsv" alone against all).

    RAISES (LexiconError): a file that cannot be read or a bad row.
    """
    texts = [t for name in builtin for t in _builtin_texts() if t[1] == name]
    return _build(texts + [_read_file(Path(p)) for p in extra])


def _read_file(path: Path) -> tuple[str, str]:
    try:
        return path.read_text(encoding="utf-8"), str(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path}: cannot read ({exc})") from exc


def builtin_lexicon() -> Lexicon:
    """The package's own tables, read once per process."""
    return _load(())


def load_lexicon(extra: Sequence[str | Path] | None = None) -> Lexicon:
    """The built-in tables extended by the user's files (same format; a row
    for a lemma and pattern already there replaces it). Cached per file list.

    RAISES (LexiconError): a file that cannot be read or a bad row (file:line).
    """
    return _load(tuple(str(Path(p).resolve()) for p in extra or ()))


_ACTIVE: ContextVar[Lexicon | None] = ContextVar("redline_event_lexicon", default=None)


def lexicon() -> Lexicon:
    """The lexicon in force: the one set by ``using``, else the built-in one."""
    lex = _ACTIVE.get()
    return lex if lex is not None else builtin_lexicon()


@contextlib.contextmanager
def using(lex: Lexicon | None) -> Iterator[Lexicon]:
    """Code with ``lex`` (the built-in lexicon when None) inside the block."""
    token = _ACTIVE.set(lex)
    try:
        yield lex if lex is not None else builtin_lexicon()
    finally:
        _ACTIVE.reset(token)
