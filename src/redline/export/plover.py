"""PLOVER JSON records: one JSON object per line, one per event.

Each record carries the PLOVER fields (``event`` type, ``mode``, ``context``,
``intensity``), the actors (``source``/``target`` codes, with the text as
written, the canonical name, country and sector, and every code of compound
actors in ``source_all``/``target_all``), CAMEO and Goldstein equivalents,
the date, the evidence sentence, and ``reports``: every article that carried
the event (row id, input id, URL, title, date, sentence offsets), and
``event_loc``: where it happened, PLOVER's location object (its spec's
names, which are GeoNames': ``geonameid``, ``name``, ``latitude``,
``longitude``, ``feature class``, ``feature code``, ``country code`` (ISO
alpha-2), ``cc3`` (alpha-3), ``admin1 code``), with redline's ``text``,
``span``, ``via`` and ``evidence`` (offsets into the first report's
article); null when the text says nowhere. Field names:

    {"id": "redline-17", "date": "2022-06-09", "event": "REJECT", "mode": null,
     "context": [], "intensity": -2.0, "quad": 3, "cameo": "12", "goldstein": -4.0,
     "negated": false, "asserted_by": "article",
     "source": "IRN", "source_text": "Iran", "source_name": null, "source_country": "IRN", "source_sector": null,
     "source_all": ["IRN"], "target": "IGO", ..., "target_all": ["IGO"],
     "text": "Iran has turned down ...", "speaker": null,
     "event_loc": {"geonameid": 216281, "name": "Goma", "latitude": -1.67409, "longitude": 29.22845,
                   "feature class": "P", "feature code": null, "country code": "CD", "cc3": "COD",
                   "admin1 code": "11", "text": "Goma", "span": [40, 44], "via": "locative",
                   "evidence": [37, 44]},
     "reports": [{"article_id": 3, "ref": "...", "url": null, "title": "...", "date": "2022-06-09",
                  "sentence": [81, 398]}]}
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from redline.export.geo import location_facts, plover_location

ID_PREFIX = "redline-"


def plover_record(event: dict[str, Any], reports: list[dict[str, Any]]) -> dict[str, Any]:
    """One event (an ``iter_events`` dict) and its reports as a PLOVER JSON record."""
    record: dict[str, Any] = {
        "id": f"{ID_PREFIX}{event['event_id']}",
        "date": event["date"].isoformat() if event.get("date") else None,
        "event": event["type"],
        "mode": event.get("mode"),
        "context": [],
        "intensity": event.get("intensity"),
        "quad": event.get("quad"),
        "cameo": event.get("cameo"),
        "goldstein": event.get("goldstein"),
        "negated": bool(event.get("negated")),
        "asserted_by": event.get("asserted_by"),
    }
    for side in ("source", "target"):
        record[side] = event.get(f"{side}_code")
        for field in ("text", "name", "country", "sector"):
            record[f"{side}_{field}"] = event.get(f"{side}_{field}")
        record[f"{side}_all"] = event.get(f"{side}s") or []
    record["text"] = event.get("evidence")
    record["speaker"] = event.get("statement_speaker")
    record["event_loc"] = plover_location(location_facts(event.get("location")))
    record["reports"] = reports
    return record


def write_plover(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Write PLOVER records as JSON Lines; RETURNS the number written."""
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count
