"""What redline builds once and keeps on disk across processes (the
gazetteer's index, the actor tables' index): read back, or built and
written atomically, named by a digest of what it was built from."""

from __future__ import annotations

import dataclasses
import logging
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

LOGGER = logging.getLogger(__name__)

T = TypeVar("T")
C = TypeVar("C", bound=type)


def pickled_by_constructor(cls: C) -> C:
    """Pickle a frozen dataclass as its constructor call: the cached
    indexes hold tens of thousands of such records, and dataclasses' own
    state protocol looks their fields up anew for each one read back (most
    of an index's load time)."""
    names = tuple(f.name for f in dataclasses.fields(cls))

    def __reduce__(self):  # noqa: N807 (the pickle protocol's name)
        return cls, tuple(getattr(self, name) for name in names)

    cls.__reduce__ = __reduce__
    return cls


def cache_dir() -> Path:
    """Where redline keeps what it builds once ($REDLINE_CACHE, else ~/.cache/redline)."""
    return Path(os.environ.get("REDLINE_CACHE") or Path.home() / ".cache" / "redline")


def cached(kind: str, digest: str, build: Callable[[], T]) -> T:
    """The object cached as ``<kind>-<digest>.pickle``, else ``build()``,
    written there (by a rename, so a reader never sees half a file) and the
    other digests of ``kind`` removed; kept in memory only where the folder
    cannot be written (a read-only home)."""
    path = cache_dir() / f"{kind}-{digest}.pickle"
    try:
        with path.open("rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, KeyError, AttributeError, ImportError, ValueError):
        pass
    LOGGER.info("building the %s index (once) in %s", kind, path)
    data = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for stale in path.parent.glob(f"{kind}-*.pickle"):  # indexes of earlier sources
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError as exc:
        LOGGER.warning("%s cache not written (%s); it is rebuilt per process", kind, exc)
    return data
