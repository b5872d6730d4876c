"""redline: who said what, to or about whom, and what they did.

Public API::

    import redline
    result = redline.analyze(text, title=None, date=None, url=None)
    for statement in result.statements:
        print(statement.speaker.name, statement.content_text(result.article.text))
"""

from redline.pipeline import analyze, analyze_article, analyze_stream
from redline.read import read_path, read_paths
from redline.types import ActorRef, Analysis, Article, Event, Speaker, Statement

__version__ = "0.1.0"

__all__ = [
    "ActorRef",
    "Analysis",
    "Article",
    "Event",
    "Speaker",
    "Statement",
    "analyze",
    "analyze_article",
    "analyze_stream",
    "read_path",
    "read_paths",
]
