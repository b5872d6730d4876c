"""Per-article actor resolution: people an article introduces resolve later.

"Kremlin spokesman Dmitry Peskov ... Peskov said" — the first mention gives
the role, so the bare surname later resolves to the same actor even when the
tables do not know the person.
"""

from __future__ import annotations

from typing import Iterable

from redline.actors.resolve import ActorCode, ActorResolver, KnownPeople


class ArticleActors:
    """Resolves one article's mentions, remembering the people it introduces."""

    def __init__(self, resolver: ActorResolver, date: str | None = None) -> None:
        """resolver: the shared resolver; date: the article's date (ISO day)."""
        self.resolver = resolver
        self.date = date
        self._known = KnownPeople()
        self._memo: dict[tuple[str, int], ActorCode | None] = {}

    def resolve(self, mention: str) -> ActorCode | None:
        """The actor ``mention`` names; a named person is remembered for later."""
        key = (mention, len(self._known.codes))  # answers change as people are learned
        if key in self._memo:
            return self._memo[key]
        known = self._known if self._known.codes else None
        code = self.resolver.resolve_with(mention, self.date, known)
        if code is not None and code.kind == "person" and code.name:
            self._known.add(code)
        self._memo[key] = code
        return code

    def learn_person(self, name: str, role_mention: str) -> ActorCode | None:
        """Remember ``name`` as the actor ``role_mention`` names; returns its code."""
        code = self.resolver.learn_person(name, role_mention, self.date)
        if code is not None:
            self._known.add(code)
        return code

    @property
    def people(self) -> dict[str, ActorCode]:
        """The people seen so far, by name."""
        return dict(self._known.codes)


def resolve_in_article(mentions: Iterable[str], resolver: ActorResolver,
                       date: str | None = None) -> list[ActorCode | None]:
    """Resolve an article's mentions in order, so introductions carry forward."""
    article = ArticleActors(resolver, date)
    return [article.resolve(m) for m in mentions]
