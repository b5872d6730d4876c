"""Actor resolution: mentions ("the Kremlin", "Ukrainian troops") to codes (RUSGOV, UKRMIL)."""

from redline.actors.article import ArticleActors, resolve_in_article
from redline.actors.dictionaries import TableError, Tables, load_tables
from redline.actors.resolve import ActorCode, ActorResolver

__all__ = ["ActorCode", "ActorResolver", "ArticleActors", "TableError", "Tables",
           "load_tables", "resolve_in_article"]
