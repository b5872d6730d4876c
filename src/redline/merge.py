"""One Analysis of a long text from the analyses of its pieces.

Each piece of a long text (``redline.parse.pieces``) is analysed as a text
of its own; ``merge_pieces`` moves every offset of a piece's results by the
piece's start so it points into the whole text, renumbers the events' links
to statements, and joins the entities that the pieces found under one name.

Offsets are moved by the field types of the result dataclasses (every
``CharSpan`` and tuple of them, in nested results too), so a span field
added to ``redline.types`` later is moved without a change here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any, TypeVar

from redline.types import Analysis, Article, CharSpan, Entity, Event, Place, Statement

T = TypeVar("T")

# Field annotations (as written, ``from __future__ import annotations``)
# that hold one span or several.
_ONE_SPAN = frozenset({"CharSpan", "CharSpan | None", "tuple[int, int]"})
_MANY_SPANS = frozenset({
    "tuple[CharSpan, ...]", "list[CharSpan]", "tuple[tuple[int, int], ...]", "list[tuple[int, int]]",
})


def shift(result: T, delta: int) -> T:
    """A copy of a result dataclass (Statement, Event, Entity, …) with every
    character offset in it, nested results included, moved by ``delta``."""
    if delta == 0:
        return result
    return _shift_value(result, delta)


def _shift_value(value: Any, delta: int) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for field in dataclasses.fields(value):
            old = getattr(value, field.name)
            new = _shift_field(field.type, old, delta)
            if new is not old:
                changes[field.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    if isinstance(value, (tuple, list)) and value and dataclasses.is_dataclass(value[0]):
        return type(value)(_shift_value(item, delta) for item in value)
    return value


def _shift_field(annotation: Any, value: Any, delta: int) -> Any:
    kind = annotation if isinstance(annotation, str) else str(annotation)
    if value is None:
        return value
    if kind in _ONE_SPAN:
        return (value[0] + delta, value[1] + delta)
    if kind in _MANY_SPANS:
        return type(value)((s + delta, e + delta) for s, e in value)
    return _shift_value(value, delta)


def merge_pieces(article: Article, boilerplate: list[CharSpan], parts: Sequence[tuple[int, Analysis]]) -> Analysis:
    """The Analysis of ``article`` from its pieces' analyses.

    article (Article): the whole article (its text is what offsets point into).
    boilerplate (list[CharSpan]): the whole text's boilerplate, found once.
    parts (Sequence[tuple[int, Analysis]]): each piece's start in the text
        and its analysis (offsets into the piece), in text order.
    RETURNS (Analysis): statements and events in text order, offsets into
        ``article.text``; an event's ``statement_index`` points into the
        merged statements; entities with the same name, code, kind and
        organisation in several pieces are one entity with all mentions.
    """
    statements: list[Statement] = []
    events: list[Event] = []
    entities: list[Entity] = []
    places: list[Place] = []
    for start, part in parts:
        before = len(statements)
        statements += [shift(st, start) for st in part.statements]
        for event in part.events:
            moved = shift(event, start)
            if moved.statement_index is not None:
                moved = dataclasses.replace(moved, statement_index=moved.statement_index + before)
            events.append(moved)
        entities += [shift(entity, start) for entity in part.entities]
        places += [shift(place, start) for place in part.places]
    return Analysis(article=article, statements=statements, events=events, boilerplate=list(boilerplate),
                    entities=join_entities(entities), places=places)


def join_entities(entities: Sequence[Entity]) -> list[Entity]:
    """Entities found in several pieces under the same name, code, kind and
    organisation as one, in order of first appearance, mentions in text
    order; role and affiliation from the first piece that gives them.
    Unnamed entities ("the rebels") are never joined: pieces do not share
    the context that tied them."""
    joined: list[Entity] = []
    by_key: dict[tuple[str, str | None, str, str | None], int] = {}
    for entity in entities:
        if entity.name is None:
            joined.append(entity)
            continue
        key = (entity.name, entity.actor, entity.kind, entity.org)
        index = by_key.get(key)
        if index is None:
            by_key[key] = len(joined)
            joined.append(entity)
            continue
        first = joined[index]
        joined[index] = dataclasses.replace(
            first,
            mentions=tuple(sorted(set(first.mentions) | set(entity.mentions))),
            role=first.role or entity.role,
            affiliation=first.affiliation or entity.affiliation,
        )
    return joined
