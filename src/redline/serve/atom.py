"""The alerts as an Atom feed (RFC 4287), for a feed reader to subscribe to.

Built with ElementTree, so every text is escaped; entry ids are stable
(``tag:`` URIs from the alert's kind, dyad, week and red-line kind), so a
reader shows each alert once however often it polls.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any
from xml.etree import ElementTree as ET

ATOM = "http://www.w3.org/2005/Atom"
TAG_AUTHORITY = "redline"  # tag:redline,2024:... ids (RFC 4151)
KIND_TITLES = {"spike": "Conflict spike", "red_line": "New red line", "escalation": "Escalation"}


def _stamp(day: str) -> str:
    return f"{day}T00:00:00Z"


def entry_id(alert: dict[str, Any]) -> str:
    """A stable id for one alert."""
    detail = alert.get("red_line", {}).get("kind", "") if alert["kind"] != "spike" else ""
    parts = [alert["kind"], alert["source"], alert["target"], alert["week"], detail.replace(" ", "-")]
    return f"tag:{TAG_AUTHORITY},2024:alert:" + ":".join(p for p in parts if p)


def alerts_feed(alerts: list[dict[str, Any]], base_url: str) -> bytes:
    """An Atom document of ``alerts`` (``redline.alerts.to_json`` dicts, newest first);
    links are absolute under ``base_url`` (the server's own address)."""
    base = base_url.rstrip("/")
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")

    def add(parent: ET.Element, name: str, text: str | None = None, **attrs: str) -> ET.Element:
        child = ET.SubElement(parent, f"{{{ATOM}}}{name}", attrs)
        if text is not None:
            child.text = text
        return child

    add(feed, "title", "redline alerts")
    add(feed, "subtitle", "Conflict spikes above a dyad's baseline, new red lines and escalations")
    add(feed, "id", f"tag:{TAG_AUTHORITY},2024:alerts")
    add(feed, "link", rel="self", href=f"{base}/alerts.atom")
    add(feed, "link", rel="alternate", href=f"{base}/alerts", type="text/html")
    updated = max((a["week_end"] for a in alerts), default=None)
    add(feed, "updated", _stamp(updated) if updated else datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
    author = add(feed, "author")
    add(author, "name", "redline")
    for alert in alerts:
        entry = add(feed, "entry")
        add(entry, "title", f"{KIND_TITLES[alert['kind']]}: {alert['source']} → {alert['target']}, week of {alert['week']}")
        add(entry, "id", entry_id(alert))
        add(entry, "updated", _stamp(alert["week_end"]))
        add(entry, "link", rel="alternate", href=base + alert["events_url"], type="text/html")
        ids = ", ".join(str(i) for i in alert["events"])
        add(entry, "summary", f"{alert['summary']}. Events: {ids}.")
        add(entry, "category", term=alert["kind"])
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
