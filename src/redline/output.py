"""Render analyses as FORMAT.md prediction records (redline's public format)."""

from __future__ import annotations

from typing import Any

from redline.types import Analysis, Entity, Event, EventLocation, Place, Statement


def _spans(spans) -> list[list[int]]:
    return [[s, e] for s, e in spans]


def statement_to_dict(statement: Statement, text: str) -> dict[str, Any]:
    """One statement as a prediction dict, with readable text beside offsets."""
    sp = statement.speaker
    return {
        "kind": statement.kind,
        "cue_type": statement.cue_type,
        "speaker": {
            "spans": _spans(sp.spans),
            "name": sp.name,
            "actor": sp.actor,
            "mention": sp.mention,
            "role": sp.role,
            "affiliation": sp.affiliation,
            "kind": sp.kind,
        },
        "cue": {"spans": _spans(statement.cue), "text": statement.cue_text(text)},
        "content": {"spans": _spans(statement.content), "text": statement.content_text(text)},
        "sentence": list(statement.sentence),
    }


def event_to_dict(event: Event) -> dict[str, Any]:
    """One event as a prediction dict."""
    def actor(refs):
        if not refs:
            return {"text": None, "code": None}
        first = refs[0]
        out = {"text": first.text, "code": first.code, "name": first.name, "spans": _spans(first.spans)}
        if len(refs) > 1:
            out["all"] = [{"text": r.text, "code": r.code, "name": r.name} for r in refs]
        return out

    return {
        "type": event.type,
        "mode": event.mode,
        "source": actor(event.sources),
        "target": actor(event.targets),
        "sources": [r.code for r in event.sources],
        "targets": [r.code for r in event.targets],
        "sentence": list(event.sentence),
        "trigger": _spans(event.trigger),
        "intensity": event.intensity,
        "quad": event.quad,
        "cameo": event.cameo,
        "cameo_root": event.cameo[:2] if event.cameo else None,
        "goldstein": event.goldstein,
        "asserted_by": event.asserted_by,
        "statement": event.statement_index,
        "location": location_to_dict(event.location),
    }


def place_to_dict(place: Place) -> dict[str, Any]:
    """One place mention as a prediction dict (FORMAT.md ``places``)."""
    return {
        "span": list(place.span),
        "text": place.text,
        "name": place.name,
        "lat": place.lat,
        "lon": place.lon,
        "country": place.country,
        "region": place.region,
        "geonameid": place.geonameid,
        "kind": place.kind,
        "adjective": place.adjective,
    }


def location_to_dict(location: EventLocation | None) -> dict[str, Any] | None:
    """Where an event happened: the place, how the text says so, and the
    evidence span ("in Goma", or the dateline)."""
    if location is None:
        return None
    return {**place_to_dict(location.place), "via": location.via, "evidence": list(location.evidence)}


def entity_to_dict(entity: Entity) -> dict[str, Any]:
    """One entity as a prediction dict (FORMAT.md ``entities``)."""
    return {
        "name": entity.name,
        "actor": entity.actor,
        "kind": entity.kind,
        "role": entity.role,
        "affiliation": entity.affiliation,
        "org": entity.org,
        "mentions": _spans(entity.mentions),
    }


def analysis_to_dict(analysis: Analysis) -> dict[str, Any]:
    """The whole prediction record for one article."""
    art = analysis.article
    return {
        "id": art.id,
        "title": art.title,
        "date": art.date,
        "url": art.url,
        "statements": [statement_to_dict(s, art.text) for s in analysis.statements],
        "events": [event_to_dict(e) for e in analysis.events],
        "boilerplate": _spans(analysis.boilerplate),
        "entities": [entity_to_dict(e) for e in analysis.entities],
        "places": [place_to_dict(p) for p in analysis.places],
    }
