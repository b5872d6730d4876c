"""Characters a database cannot store, replaced one for one as they are written.

PostgreSQL's ``text`` rejects NUL (U+0000), and neither database can encode
a lone surrogate (U+D800–U+DFFF, which JSON's ``\\ud800`` escapes produce) as
UTF-8: either one in an article would abort its whole transaction. Each such
character is written as U+FFFD, the replacement character, one character
for one, so every stored offset still points where it did in the text as
read; the content hash (which finds the article again on a rerun) is
computed from the text as read, before this.

``scrub_on_write(engine)`` hooks the replacement into every statement the
engine runs, so no column is forgotten.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa

REPLACEMENT = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub_text(value: str, nul: bool) -> str:
    """``value`` with lone surrogates (and NUL when ``nul``) as U+FFFD; same length."""
    if nul and "\x00" in value:
        value = value.replace("\x00", REPLACEMENT)
    if not value.isascii() and _SURROGATE.search(value):
        value = _SURROGATE.sub(REPLACEMENT, value)
    return value


def _scrub(params: Any, nul: bool) -> Any:
    if isinstance(params, str):
        return scrub_text(params, nul)
    if isinstance(params, Mapping):
        return {key: _scrub(value, nul) for key, value in params.items()}
    if isinstance(params, (list, tuple)):
        return type(params)(_scrub(value, nul) for value in params)
    return params


def scrub_on_write(engine: sa.Engine) -> None:
    """Replace what the engine's database cannot store in every statement's
    parameters (NUL on PostgreSQL; lone surrogates everywhere). Idempotent."""
    if sa.event.contains(engine, "before_cursor_execute", _before_cursor_execute):
        return
    sa.event.listen(engine, "before_cursor_execute", _before_cursor_execute, retval=True)


def _before_cursor_execute(conn, cursor, statement, parameters, context, executemany):  # noqa: ARG001
    return statement, _scrub(parameters, conn.dialect.name == "postgresql")
