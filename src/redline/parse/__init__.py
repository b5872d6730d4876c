"""Parsing: load the spaCy model once and run it over texts."""

from redline.parse.nlp import load_nlp

__all__ = ["load_nlp"]
