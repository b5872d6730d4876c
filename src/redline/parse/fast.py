"""Faster, output-identical versions of two spaCy components.

In ``en_core_web_sm`` the attribute ruler and the rule lemmatizer cost about
a sixth of parsing (1.1 s and 0.8 s per 100 PolNeAR articles, against 3.4 s
for the shared tok2vec), nearly all of it Python work per token: the ruler
makes a ``Span`` and sets attributes for every token its tag map matches,
and the lemmatizer makes a ``Token`` for every token to look up a cached
lemma. Both are replaced here, on the loaded pipeline's own objects, by code
that reads and writes whole columns with ``Doc.to_array``/``Doc.from_array``
and keeps only the rare cases on spaCy's own path:

- the ruler's leading tag-map patterns (one token, one ``TAG`` value, setting
  only ``POS`` and ``MORPH``) become a table from tag to values; its other
  patterns (exceptions on words and dependencies) still run through a
  ``Matcher`` and spaCy's ``set_annotations``, later, as spaCy orders them;
- the lemmatizer's answer depends only on a token's (ORTH, POS, MORPH), which
  is what spaCy's own cache is keyed on; unseen keys still go through
  spaCy's ``lemmatize``.

``speed_up`` swaps them in only when the pipeline has exactly the shapes this
relies on; anything else (another model, another spaCy whose internals
differ) keeps spaCy's components. ``tests/test_parse_fast.py``
checks token by token that the analyses are the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.pipeline.lemmatizer import Lemmatizer
from spacy.tokens import Doc

# The tag map may set these; the array path writes exactly these columns.
TAG_MAP_ATTRS = (POS, MORPH)


# What the patterns after the tag map may test, for FixedPatterns.
FIXED_ATTRS = {"LOWER": LOWER, "TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE}
Test = Callable[[int], bool]
# Which tested attribute indexes a pattern: the fewest tokens share a word.
ANCHOR_PREFERENCE = ("LOWER", "DEP", "IS_SPACE", "TAG")


class FixedPatterns:
    """spaCy's ``Matcher`` for patterns of fixed length (no ``OP``) that test
    only LOWER, TAG, DEP and IS_SPACE, by equality, ``IN``, ``NOT_IN`` or
    ``REGEX``: the attribute ruler's exception patterns. It reads the four
    columns once per document and tries at each token only the patterns
    whose first token's tests that token can pass, where spaCy's matcher
    evaluates every set predicate at every token."""

    def __init__(self, vocab, keyed_patterns: list[tuple[int, list[dict]]]):
        self.strings = vocab.strings
        self.columns = list(FIXED_ATTRS.values())
        self.anchored: dict[tuple[int, int], list[int]] = {}
        self.unanchored: list[int] = []
        self.patterns: list[tuple[int, list[list[tuple[int, Test]]]]] = []
        for key, pattern in keyed_patterns:
            compiled = [self._compile(spec) for spec in pattern]
            number = len(self.patterns)
            self.patterns.append((key, [tests for tests, _ in compiled]))
            anchors = compiled[0][1]
            if anchors:
                for anchor in anchors:
                    self.anchored.setdefault(anchor, []).append(number)
            else:
                self.unanchored.append(number)

    @classmethod
    def build(cls, vocab, keyed_patterns: list[tuple[int, list[dict]]]) -> FixedPatterns | None:
        """The matcher for these patterns, or None when one of them uses
        what this matcher does not do."""
        for _, pattern in keyed_patterns:
            for spec in pattern:
                if not spec or not set(spec) <= set(FIXED_ATTRS):
                    return None
                for value in spec.values():
                    if isinstance(value, dict) and (len(value) != 1 or not set(value) <= {"IN", "NOT_IN", "REGEX"}):
                        return None
                    if not isinstance(value, (dict, str, bool)):
                        return None
        return cls(vocab, keyed_patterns)

    def _value(self, name: str, value) -> int:
        if name == "IS_SPACE":
            return int(bool(value))
        return self.strings.add(value) if value else 0

    def _compile(self, spec: dict) -> tuple[list[tuple[int, Test]], list[tuple[int, int]]]:
        """One token's tests (column, test) and the (column, value) pairs
        of which a matching token has one (empty: no such anchor), taken
        from the most selective attribute tested by equality or ``IN``."""
        tests: list[tuple[int, Test]] = []
        anchor_options: dict[str, list[tuple[int, int]]] = {}
        for name, value in spec.items():
            col = list(FIXED_ATTRS).index(name)
            if not isinstance(value, dict):
                wanted = self._value(name, value)
                tests.append((col, wanted.__eq__))
                anchor_options[name] = [(col, wanted)]
                continue
            (op, arg), = value.items()
            if op == "REGEX":
                pattern = re.compile(arg)
                strings = self.strings
                tests.append((col, lambda h, p=pattern: bool(p.search(strings[h] if h else ""))))
                continue
            members = frozenset(self._value(name, v) for v in arg)
            tests.append((col, members.__contains__ if op == "IN" else (lambda h, m=members: h not in m)))
            if op == "IN":
                anchor_options[name] = [(col, m) for m in members]
        for name in ANCHOR_PREFERENCE:
            if name in anchor_options:
                return tests, anchor_options[name]
        return tests, []

    def __call__(self, doc: Doc, **_matcher_options) -> list[tuple[int, int, int]]:
        """(key, start, end) for every match, as ``Matcher(doc, as_spans=False,
        allow_missing=True)`` gives them."""
        if not len(doc):
            return []
        rows = doc.to_array(self.columns).tolist()
        anchored = self.anchored
        matches = []
        n_cols = len(self.columns)
        for start, row in enumerate(rows):
            candidates = list(self.unanchored)
            for col in range(n_cols):
                found = anchored.get((col, row[col]))
                if found:
                    candidates.extend(found)
            for number in candidates:
                key, specs = self.patterns[number]
                end = start + len(specs)
                if end > len(rows):
                    continue
                if all(test(rows[start + k][col]) for k, tests in enumerate(specs) for col, test in tests):
                    matches.append((key, start, end))
        return matches


class FastAttributeRuler(AttributeRuler):
    """An ``AttributeRuler`` whose tag map is applied as one table lookup."""

    _tag_table: dict[int, tuple[int | None, ...]]
    _rest: Matcher | FixedPatterns

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            columns = doc.to_array([TAG, *TAG_MAP_ATTRS])
            table = self._tag_table
            changed = False
            for row, tag in enumerate(columns[:, 0].tolist()):
                values = table.get(tag)
                if values is None:
                    continue
                changed = True
                for col, value in enumerate(values, start=1):
                    if value is not None:
                        columns[row, col] = value
            if changed:
                doc.from_array(list(TAG_MAP_ATTRS), columns[:, 1:])
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc):
        """The matches of the patterns after the tag map, in spaCy's order."""
        matches = [(int(self.vocab.strings[m_id]), m_id, s, e)
                   for m_id, s, e in self._rest(doc, allow_missing=True, as_spans=False)]
        matches.sort()
        return matches


def _tag_only(patterns) -> str | None:
    """The tag of a pattern list that is only ``[[{"TAG": tag}], …]`` with
    one tag; None for anything else."""
    tags = {tuple(p[0].items()) for p in patterns if len(p) == 1}
    if len(tags) != 1 or any(len(p) != 1 for p in patterns):
        return None
    (items,) = tags
    if len(items) != 1 or items[0][0] != "TAG" or not isinstance(items[0][1], str):
        return None
    return items[0][1]


def _speed_up_ruler(ruler: AttributeRuler) -> bool:
    """Make ``ruler`` a ``FastAttributeRuler`` if its patterns allow."""
    strings = ruler.vocab.strings
    table: dict[int, list[int | None]] = {}
    first_rest = len(ruler.attrs)
    for position in range(len(ruler.attrs)):
        key = strings[str(position)]
        patterns = ruler.matcher.get(key)[1]
        tag = _tag_only(patterns)
        attrs = ruler.attrs[position]
        if tag is None or ruler.indices[position] != 0 or not set(attrs) <= set(TAG_MAP_ATTRS):
            first_rest = position
            break
        values = table.setdefault(strings.add(tag), [None] * len(TAG_MAP_ATTRS))
        for col, attr in enumerate(TAG_MAP_ATTRS):
            if attr in attrs:
                values[col] = attrs[attr]
    if not table:
        return False
    keyed = [(strings[str(position)], pattern) for position in range(first_rest, len(ruler.attrs))
             for pattern in ruler.matcher.get(strings[str(position)])[1]]
    # The rest must not read what the table writes: spaCy matches every
    # pattern before setting anything.
    if any({"POS", "MORPH"} & {name.upper() for name in spec} for _, pattern in keyed for spec in pattern):
        return False
    rest = FixedPatterns.build(ruler.vocab, keyed)
    if rest is None:
        rest = Matcher(ruler.vocab)
        for key, pattern in keyed:
            rest.add(key, [pattern])
    # the new state first, the class last: a ruler is never half swapped
    ruler._tag_table = {tag: tuple(values) for tag, values in table.items()}
    ruler._rest = rest
    ruler.__class__ = FastAttributeRuler
    return True


class FastLemmatizer(Lemmatizer):
    """A rule ``Lemmatizer`` that looks up known (ORTH, POS, MORPH) keys
    column-wise; subclasses the pipeline's own lemmatizer class."""

    _lemma_of: dict[tuple[int, int, int], int]
    _indexed_lookups: Lookups

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        if not self._validated:
            self._validate_tables(Errors.E1004)
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemma_of = self._lemma_of
        lemmas = columns[:, 3]
        strings = self.vocab.strings
        for row, (orth, pos, morph, lemma) in enumerate(columns.tolist()):
            if lemma and not self.overwrite:
                continue
            found = lemma_of.get((orth, pos, morph))
            if found is None:
                found = lemma_of[(orth, pos, morph)] = strings.add(self._stock_lemma(doc[row]))
            lemmas[row] = found
        doc.from_array([LEMMA], numpy.ascontiguousarray(lemmas))
        return doc


    def _stock_lemma(self, token) -> str:
        """spaCy's rule lemma, with the word index as sets: spaCy keeps each
        part of speech's index as a list (57,000 nouns) and scans it for
        every candidate form."""
        stock, self.lookups = self.lookups, self._indexed_lookups
        try:
            return self.lemmatize(token)[0]
        finally:
            self.lookups = stock


def _indexed(lookups: Lookups) -> Lookups:
    """A copy of the lemmatizer's tables whose word index holds sets."""
    copy = Lookups()
    for name in lookups.tables:
        table = lookups.get_table(name)
        copy.add_table(name, {key: frozenset(words) if name == "lemma_index" else words
                              for key, words in table.items()})
    return copy


class FastEnglishLemmatizer(FastLemmatizer, EnglishLemmatizer):
    """``EnglishLemmatizer``'s rules, looked up column-wise."""


# The classes spaCy builds, and their column-wise versions (named classes,
# so that a pipeline still pickles).
FAST_LEMMATIZERS = {Lemmatizer: FastLemmatizer, EnglishLemmatizer: FastEnglishLemmatizer}


def _speed_up_lemmatizer(lemmatizer: Lemmatizer) -> bool:
    fast = FAST_LEMMATIZERS.get(type(lemmatizer))
    if fast is None or lemmatizer.mode != "rule":
        return False
    lemmatizer._lemma_of = {}
    lemmatizer._indexed_lookups = _indexed(lemmatizer.lookups)
    lemmatizer.__class__ = fast
    return True


def speed_up(nlp: Language) -> list[str]:
    """Swap the pipeline's attribute ruler and rule lemmatizer for their
    column-wise versions where their shapes allow; RETURNS the names swapped."""
    swapped = []
    for name, component in nlp.pipeline:
        try:
            if type(component) is AttributeRuler and _speed_up_ruler(component):
                swapped.append(name)
            elif type(component) in FAST_LEMMATIZERS and _speed_up_lemmatizer(component):
                swapped.append(name)
        except (AttributeError, KeyError, TypeError, ValueError):
            continue  # another spaCy's internals: keep its own component
    return swapped
