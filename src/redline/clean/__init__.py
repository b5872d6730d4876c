"""Cleaning: find web boilerplate as character ranges; the text is never changed."""

from redline.clean.boilerplate import boilerplate_spans
from redline.clean.language import article_language, guess_language

__all__ = ["article_language", "boilerplate_spans", "guess_language"]
