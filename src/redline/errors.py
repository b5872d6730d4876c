"""Coded error messages and the exceptions redline raises.

Every message names the file or record and the reason, so a user can find and
fix the input; batch commands report these and go on with the other inputs.
"""

from __future__ import annotations


class Errors:
    """Message templates; the code prefix makes a message easy to search for."""

    R001 = "R001 {source}: file is empty"
    R002 = "R002 {source}: not a text file (binary content)"
    R003 = "R003 {source}: not valid UTF-8 ({detail})"
    R004 = "R004 {source}: HTML page with no article text"
    R005 = "R005 {source}: line is not valid JSON ({detail})"
    R006 = "R006 {source}: record has no \"text\" string"
    R007 = "R007 {source}: no such file or directory"
    R008 = "R008 {source}: text is empty"
    R009 = "R009 {source}: analysis failed ({detail})"
    R010 = "R010 {source}: record is not a JSON object"
    R011 = "R011 {source}: cannot read ({detail})"


class RedlineError(Exception):
    """Base class of redline's own errors."""


class StoreError(Exception):
    """A database that cannot be opened or used (bad URL, newer schema, server down)."""


class InputError(RedlineError, ValueError):
    """An input (file or record) that cannot be analysed.

    source (str): the file path or record locator ("in.jsonl:12").
    """

    def __init__(self, message: str, source: str) -> None:
        super().__init__(message)
        self.source = source


class ModelNotFound(RedlineError, OSError):
    """No installed spaCy English model could be loaded."""
