"""Attributed statements: quotations, reported speech and stance."""

from redline.statements.extract import extract_statements

__all__ = ["extract_statements"]
