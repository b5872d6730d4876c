"""Scale-out: the single-process pipeline run by many workers.

- ``analyze_parallel(items, jobs)``: N worker processes on this machine.
- ``analyze_dask(items, scheduler=None, n_workers=2)``: a Dask cluster (a
  local one when no scheduler address is given).
- ``analyze_with(items, engine=..., ...)``: either, or one process, by name
  (what ``redline analyze --engine/--jobs`` calls).
- ``analyses_to_parquet(analyses, out_dir)``: results as a Parquet dataset.

Every engine yields what ``redline.pipeline.analyze_stream`` yields, in the
same order, whatever the number of workers. Dask and pyarrow are imported
only when used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from redline.scale.engines import ENGINES, EngineError, SchedulerUnreachable, analyze_with, pick_engine
from redline.scale.processes import analyze_parallel

if TYPE_CHECKING:
    from redline.scale.dask import analyze_dask
    from redline.scale.parquet import ParquetDatasetWriter, ParquetSummary, analyses_to_parquet

_LAZY = {
    "analyze_dask": "redline.scale.dask",
    "ParquetDatasetWriter": "redline.scale.parquet",
    "ParquetSummary": "redline.scale.parquet",
    "analyses_to_parquet": "redline.scale.parquet",
}


def __getattr__(name: str) -> Any:
    """Import the Dask and Parquet parts on first use."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ENGINES",
    "EngineError",
    "ParquetDatasetWriter",
    "ParquetSummary",
    "SchedulerUnreachable",
    "analyses_to_parquet",
    "analyze_dask",
    "analyze_parallel",
    "analyze_with",
    "pick_engine",
]
