"""The data flow for one article and for a stream of them.

    read ─► clean ─► parse ─► entities ─► statements ─► events

``analyze`` is a pure function of one article; ``analyze_stream`` runs the
same steps over many, parsing in batches with ``nlp.pipe`` so memory stays
flat however long the stream is. Ingest and scale-out build on these.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from redline.actors import ActorResolver, ArticleActors
from redline.actors.speakers import code_speakers
from redline.clean import article_language, boilerplate_spans
from redline.entities import attach_quoted_speakers, resolve_entities
from redline.errors import Errors, InputError
from redline.events import code_events
from redline.events.triggers import Lexicon, load_lexicon
from redline.parse import load_nlp
from redline.read import article_from_text, parse_date
from redline.statements import extract_statements
from redline.types import Analysis, Article

LOGGER = logging.getLogger(__name__)

# Articles parsed per nlp.pipe batch: swept 8-128 on PolNeAR dev texts,
# throughput flat above 16, memory grows with it.
BATCH_SIZE = 32


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
) -> Analysis:
    """Analyse one article: its statements (and events) with offsets.

    text (str): the article; with no ``title`` given, a first line that looks
        like a headline (and a date line after it) is read as in a plain-text
        article file. Offsets in the result point into ``text`` as given.
    title, date, url (str | None): metadata; ``date`` in any common form.
    actor_tables (list[Path]): the user's own actor/people tables (TSV).
    event_tables (list[Path]): the user's own event trigger tables (TSV),
        added to the built-in ones (a row for the same lemma and pattern wins).
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
                           lexicon=event_lexicon(event_tables))


def analyze_article(
    article: Article, nlp: Language | None = None, resolver: ActorResolver | None = None,
    lexicon: Lexicon | None = None,
) -> Analysis:
    """Analyse an Article already read (see ``redline.read``)."""
    nlp = nlp or load_nlp()
    return analyze_doc(nlp(article.text), article, resolver, lexicon)


def analyze_doc(doc: Doc, article: Article, resolver: ActorResolver | None = None,
                lexicon: Lexicon | None = None) -> Analysis:
    """The analysis steps after parsing: clean, entities, statements, events."""
    if article.language is None:
        article = replace(article, language=article_language(article.text))
    skip = boilerplate_spans(article)
    actors = ArticleActors(resolver or actor_resolver(), article.date)
    entities = resolve_entities(doc, actors, skip)
    statements = code_speakers(extract_statements(doc, skip, entities=entities), actors, entities)
    attach_quoted_speakers(statements, entities)
    events = code_events(doc, article, statements, skip, actors=actors, entities=entities,
                         lexicon=lexicon)
    return Analysis(article=article, statements=statements, events=events, boilerplate=skip,
                    entities=entities.entities())


def analyze_stream(
    items: Iterable[Article | InputError],
    nlp: Language | None = None,
    batch_size: int = BATCH_SIZE,
    actor_tables: Sequence[str | Path] | None = None,
    event_tables: Sequence[str | Path] | None = None,
) -> Iterator[Analysis | InputError]:
    """Analyse a stream of articles, passing read errors through in order.

    A failure while analysing one article is yielded as an InputError (R009)
    naming it; the stream goes on with the rest.
    """
    nlp = nlp or load_nlp()
    resolver = actor_resolver(actor_tables)
    lexicon = event_lexicon(event_tables)
    # nlp.pipe reads a whole batch ahead, so a read error is carried along
    # with the next article (as its context) to come out in input order.
    pending: list[InputError] = []

    def articles() -> Iterator[tuple[str, tuple[list[InputError], Article]]]:
        for item in items:
            if isinstance(item, InputError):
                pending.append(item)
                continue
            before = pending[:]
            pending.clear()
            yield item.text, (before, item)

    for doc, (before, article) in nlp.pipe(articles(), as_tuples=True, batch_size=batch_size):
        yield from before
        try:
            yield analyze_doc(doc, article, resolver, lexicon)
        except Exception as exc:  # one bad article must not end the batch
            source = article.source or article.id or "<article>"
            LOGGER.exception("analysis failed for %s", source)
            yield InputError(Errors.R009.format(source=source, detail=exc), source)
    yield from pending  # errors after the last article
