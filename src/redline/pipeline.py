"""The data flow for one article and for a stream of them.

    read ─► clean ─► parse ─► entities ─► statements ─► events

``analyze`` is a pure function of one article; ``analyze_stream`` runs the
same steps over many, parsing in batches with ``nlp.pipe`` so memory stays
flat however long the stream is. Ingest and scale-out build on these.

A text longer than ``parse.pieces.PIECE_CHARS`` is parsed and analysed in
pieces cut at paragraph or sentence boundaries, and the pieces' results are
merged with offsets into the whole text (``redline.merge``): spaCy's memory
and the analysis's pairwise comparisons grow faster than the length of one
document, so a 2 MB transcript costs about twice a 1 MB one.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from redline.actors import ActorResolver, ArticleActors
from redline.actors.lede import lede_official
from redline.actors.speakers import code_speakers
from redline.clean import article_language, boilerplate_spans
from redline.entities import attach_quoted_speakers, resolve_entities
from redline.errors import Errors, InputError
from redline.events import code_events
from redline.events.act_statements import drop_act_statements
from redline.events.code import RECASED_HEADLINE, recased_headline
from redline.events.headline import headline_span
from redline.events.triggers import Lexicon, load_lexicon, using
from redline.merge import merge_pieces
from redline.parse import load_nlp, pieces
from redline.parse.labels import correct_entity_labels
from redline.parse.batches import parse_batch, reason
from redline.places import find_places, locate_events
from redline.read import article_from_text, parse_date
from redline.statements import extract_statements
from redline.types import Analysis, Article, CharSpan

LOGGER = logging.getLogger(__name__)

# Articles parsed per nlp.pipe batch: swept 8-128 on PolNeAR dev texts,
# throughput flat above 16, memory grows with it.
BATCH_SIZE = 32
# Characters parsed per batch at most (a batch has at least one text): the
# process's peak memory grows with the characters in a batch. On 100 PolNeAR
# train articles (382,565 characters) a bound of 40,000 gave a peak RSS of
# 446 MB against 895-921 MB unbounded (32 articles a batch), and 2-5% more
# time; on a 400,000-character text in 40,000-character pieces, 488 MB
# against 813 MB at 160,000. One piece of a long text is one batch.
BATCH_CHARS = 40_000


@functools.cache
def _resolver(actor_tables: tuple[str, ...] = ()) -> ActorResolver:
    return ActorResolver(extra_tables=[Path(p) for p in actor_tables] or None)


def actor_resolver(actor_tables: Sequence[str | Path] | None = None) -> ActorResolver:
    """The actor resolver with the built-in tables plus the user's own files
    (same columns as the package's data/*.tsv), built once per process."""
    return _resolver(tuple(str(p) for p in actor_tables or ()))


def event_lexicon(event_tables: Sequence[str | Path] | None = None) -> Lexicon:
    """The event trigger lexicon: the built-in tables plus the user's own
    files (``--events``, format in ``data/README.md``), read once per process.

    RAISES (LexiconError): a file that cannot be read or a bad row.
    """
    return load_lexicon(event_tables)


def analyze(
    text: str,
    title: str | None = None,
    date: str | None = None,
    url: str | None = None,
    *,
    id: str | None = None,
    nlp: Language | None = None,
    actor_tables: Sequence[str | Path] | None = None,
    event_tables: Sequence[str | Path] | None = None,
    quote_turns: bool = False,
) -> Analysis:
    """Analyse one article: its statements (and events) with offsets.

    text (str): the article; with no ``title`` given, a first line that looks
        like a headline (and a date line after it) is read as in a plain-text
        article file. Offsets in the result point into ``text`` as given.
    title, date, url (str | None): metadata; ``date`` in any common form.
    actor_tables (list[Path]): the user's own actor/people tables (TSV).
    event_tables (list[Path]): the user's own event trigger tables (TSV),
        added to the built-in ones (a row for the same lemma and pattern wins).
    quote_turns (bool): one statement per speaker's turn (“…,” said X. “…”
        is one statement) instead of one per quotation (see
        ``redline.statements.extract_statements``).
    RETURNS (Analysis): the article, its statements, events and boilerplate.
    RAISES (InputError): when ``text`` is empty.
    """
    if not isinstance(text, str) or not text.strip():
        raise InputError(Errors.R008.format(source=id or "<text>"), id or "<text>")
    article = article_from_text(text, source=id, id=id) if title is None else Article(text=text, id=id)
    if title is not None:
        article = replace(article, title=title)
    if date is not None:
        article = replace(article, date=parse_date(date) or date)
    if url is not None:
        article = replace(article, url=url)
    return analyze_article(article, nlp=nlp, resolver=actor_resolver(actor_tables),
                           lexicon=event_lexicon(event_tables), quote_turns=quote_turns)


def analyze_article(
    article: Article, nlp: Language | None = None, resolver: ActorResolver | None = None,
    lexicon: Lexicon | None = None, quote_turns: bool = False,
) -> Analysis:
    """Analyse an Article already read (see ``redline.read``).

    A text longer than ``redline.parse.pieces.PIECE_CHARS`` is parsed and
    analysed in pieces (cut at paragraph or sentence boundaries), offsets
    moved back into the whole text, so its cost per character stays flat.
    """
    nlp = nlp or load_nlp()
    if len(article.text) <= pieces.PIECE_CHARS:
        return analyze_doc(nlp(article.text), article, resolver, lexicon, quote_turns)
    job = _LongText(article)
    for index, (start, end) in enumerate(job.bounds):
        job.add(index, analyze_piece(nlp(article.text[start:end]), job, index, resolver, lexicon, quote_turns))
    return job.merged()


def analyze_doc(doc: Doc, article: Article, resolver: ActorResolver | None = None,
                lexicon: Lexicon | None = None, quote_turns: bool = False) -> Analysis:
    """The analysis steps after parsing: clean, entities, statements, events."""
    if article.language is None:
        article = replace(article, language=article_language(article.text))
    return _analyze_parsed(doc, article, boilerplate_spans(article), resolver, lexicon, quote_turns)


def _date_lines(article: Article) -> list[CharSpan]:
    """The lines between the headline and the body (a date line: "Apr 26
    2019" names no one)."""
    end = article.text.find("\n")
    return [(end, article.body_start)] if 0 <= end < article.body_start else []


def _analyze_parsed(doc: Doc, article: Article, skip: list[CharSpan], resolver: ActorResolver | None,
                    lexicon: Lexicon | None, quote_turns: bool = False) -> Analysis:
    """Entities, statements, events and places of a parsed text whose boilerplate is known."""
    correct_entity_labels(doc)  # "Mali" PERSON, "Lt. Col. Damiba": every stage below reads the labels
    actors = ArticleActors(resolver or actor_resolver(), article.date)
    places = find_places(doc)
    # "Paris police" in Paris, Texas are not French
    actors.use_places(places, article.text, headline_span(article), lede_official(doc, article.body_start, skip))
    entities = resolve_entities(doc, actors, skip + _date_lines(article))
    statements = code_speakers(extract_statements(doc, skip, entities=entities, quote_turns=quote_turns),
                               actors, entities)
    attach_quoted_speakers(statements, entities)
    events = code_events(doc, article, statements, skip, actors=actors, entities=entities,
                         lexicon=lexicon, places=places)
    statements, events = drop_act_statements(doc, statements, events)
    return Analysis(article=article, statements=statements, events=locate_events(doc, events, places),
                    boilerplate=skip, entities=entities.entities(), places=places)


class _LongText:
    """A text analysed in pieces: where they are, and their analyses so far.

    The language and the boilerplate are decided once for the whole text (so
    they agree with what ingest fingerprints); each piece is analysed as an
    article of its own, with the boilerplate that falls inside it, the whole
    article's date, and the header only in the first piece.
    """

    def __init__(self, article: Article) -> None:
        if article.language is None:
            article = replace(article, language=article_language(article.text))
        self.article = article
        self.boilerplate = boilerplate_spans(article)
        self.bounds = pieces.piece_bounds(article.text)
        self.parts: list[tuple[int, Analysis]] = []

    def piece(self, index: int) -> tuple[Article, list[CharSpan]]:
        """Piece ``index`` as an Article of its own, and its boilerplate (offsets into it)."""
        start, end = self.bounds[index]
        article = replace(self.article, text=self.article.text[start:end],
                          body_start=max(0, self.article.body_start - start))
        skip = [(max(s, start) - start, min(e, end) - start) for s, e in self.boilerplate if s < end and e > start]
        return article, skip

    def add(self, index: int, analysis: Analysis) -> None:
        """Keep piece ``index``'s analysis (its Doc is no longer needed)."""
        self.parts.append((self.bounds[index][0], analysis))

    def done(self) -> bool:
        return len(self.parts) == len(self.bounds)

    def merged(self) -> Analysis:
        """The whole text's analysis, every offset into ``article.text``."""
        return merge_pieces(self.article, self.boilerplate, self.parts)


def analyze_piece(doc: Doc, job: _LongText, index: int, resolver: ActorResolver | None,
                  lexicon: Lexicon | None, quote_turns: bool = False) -> Analysis:
    """The analysis of one piece of a long text (offsets into the piece)."""
    article, skip = job.piece(index)
    return _analyze_parsed(doc, article, skip, resolver, lexicon, quote_turns)


# A unit of parsing work: a whole article (job None), or piece `index` of a
# long text's job; read errors ride along to come out in input order.
@dataclass(slots=True)
class _Unit:
    text: str
    article: Article
    before: list[InputError]
    job: _LongText | None = None
    index: int = 0


def _units(items: Iterable[Article | InputError], pending: list[InputError]) -> Iterator[_Unit]:
    """Articles as units of parsing (long texts as several), read errors
    carried by the next unit; errors after the last article stay in ``pending``."""
    for item in items:
        if isinstance(item, InputError):
            pending.append(item)
            continue
        before = pending[:]
        pending.clear()
        if len(item.text) <= pieces.PIECE_CHARS:
            yield _Unit(item.text, item, before)
            continue
        job = _LongText(item)
        for index, (start, end) in enumerate(job.bounds):
            yield _Unit(item.text[start:end], job.article, before if index == 0 else [], job, index)


def _batches(units: Iterator[_Unit], batch_size: int) -> Iterator[list[_Unit]]:
    """Units in batches of at most ``batch_size`` texts and ``BATCH_CHARS``
    characters (a batch of long pieces would otherwise hold a long text's
    worth of parse in memory at once)."""
    batch: list[_Unit] = []
    chars = 0
    for unit in units:
        if batch and (len(batch) >= batch_size or chars + len(unit.text) > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(unit)
        chars += len(unit.text)
    if batch:
        yield batch


def analyze_stream(
    items: Iterable[Article | InputError],
    nlp: Language | None = None,
    batch_size: int = BATCH_SIZE,
    actor_tables: Sequence[str | Path] | None = None,
    event_tables: Sequence[str | Path] | None = None,
    quote_turns: bool = False,
) -> Iterator[Analysis | InputError]:
    """Analyse a stream of articles, passing read errors through in order.

    An article that cannot be parsed (longer than the pipeline's
    ``max_length``, an error inside ``nlp.pipe``) or analysed is yielded as
    an InputError (R009) naming it and the reason; the stream goes on with
    the rest. Long texts are parsed and analysed in pieces (see
    ``analyze_article``); memory stays flat however long the stream is.
    ``quote_turns`` as for ``analyze``.
    """
    nlp = nlp or load_nlp()
    resolver = actor_resolver(actor_tables)
    lexicon = event_lexicon(event_tables)
    pending: list[InputError] = []
    failed: _LongText | None = None  # a long text one of whose pieces failed: skip the rest
    for batch in _batches(_units(items, pending), batch_size):
        docs = parse_batch(nlp, [unit.text for unit in batch])
        _parse_recased_headlines(nlp, batch, docs, resolver, lexicon)
        for unit, doc in zip(batch, docs):
            yield from unit.before
            if unit.job is not None and unit.job is failed:
                continue
            try:
                if isinstance(doc, Exception):
                    raise _ParseFailed(doc)
                if unit.job is None:
                    yield analyze_doc(doc, unit.article, resolver, lexicon, quote_turns)
                    continue
                unit.job.add(unit.index, analyze_piece(doc, unit.job, unit.index, resolver, lexicon, quote_turns))
                if unit.job.done():
                    yield unit.job.merged()
                    unit.job.parts = []  # nothing of a merged text stays referenced
            except Exception as exc:  # one bad article must not end the batch
                failed = unit.job
                if failed is not None:
                    failed.parts = []
                yield _failure(unit.article, exc)
    yield from pending  # errors after the last article


def _parse_recased_headlines(nlp: Language, batch: list[_Unit], docs: list[Doc | Exception],
                             resolver: ActorResolver, lexicon: Lexicon | None) -> None:
    """Parse the batch's Title Case headlines again, recased, in one call
    (``recased_headline``; one by one, while coding events, they took about
    twice as long), and leave each parse in its article's Doc for the event
    coder."""
    wanted: list[tuple[Doc, str]] = []
    with using(lexicon):
        for unit, doc in zip(batch, docs):
            if unit.job is None and isinstance(doc, Doc):
                text = recased_headline(unit.article, resolver, nlp)
                if text is not None:
                    wanted.append((doc, text))
    for (doc, _), parsed in zip(wanted, parse_batch(nlp, [text for _, text in wanted])):
        if isinstance(parsed, Doc):
            doc.user_data[RECASED_HEADLINE] = parsed


class _ParseFailed(Exception):
    """spaCy could not parse a text (the cause is the exception it raised)."""

    def __init__(self, cause: Exception) -> None:
        super().__init__(f"parsing failed: {reason(cause)}")


def _failure(article: Article, exc: Exception) -> InputError:
    """The R009 report for an article whose parse or analysis failed."""
    source = article.source or article.id or "<article>"
    if isinstance(exc, _ParseFailed):
        LOGGER.warning("parsing failed for %s: %s", source, exc)
    else:
        LOGGER.exception("analysis failed for %s", source)
    return InputError(Errors.R009.format(source=source, detail=exc), source)
