"""The readable text report of an analysis (``redline analyze --format text``)."""

from __future__ import annotations

import textwrap

from redline.types import Analysis, Entity, Event, Statement

CONTENT_WIDTH = 160  # characters of content shown per statement


def shorten(text: str, width: int = CONTENT_WIDTH) -> str:
    """One line, at most ``width`` characters, cut at a word with "…"."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else textwrap.shorten(flat, width, placeholder=" …")


def speaker_line(statement: Statement) -> str:
    """"Dmitry Peskov (Kremlin spokesman) — as “the spokesman”"."""
    sp = statement.speaker
    name = sp.name or ("unnamed source" if sp.kind == "unnamed" else "unknown speaker")
    details = [d for d in (sp.role, sp.affiliation) if d]
    if sp.role and sp.affiliation and sp.affiliation in sp.role:
        details = [sp.role]
    line = name + (f" ({', '.join(details)})" if details else "")
    if sp.actor:
        line += f" [{sp.actor}]"
    if sp.mention and sp.mention != sp.name:
        line += f" — as “{sp.mention}”"
    elif not sp.spans and sp.name:
        line += " — not named here (continues)"
    return " ".join(line.split())  # (a name the text wraps over a line break reads on one line)


def render_statement(number: int, statement: Statement, text: str) -> str:
    """A numbered block for one statement."""
    cue = statement.cue_text(text) or "—"
    head = f"{number:>3}. {speaker_line(statement)}"
    meta = f"     {statement.kind} {statement.cue_type}, cue: {cue}, at {statement.content[0][0]}"
    body = f"     “{shorten(statement.content_text(text))}”"
    return "\n".join((head, meta, body))


def render_event(number: int, event: Event, text: str) -> str:
    """A numbered line for one event."""
    def names(refs):
        # (an actor the text implies is shown by its name in brackets: "(protesters)")
        return " + ".join(f"{' '.join(r.text.split()) or f'({r.name})'} [{r.code or '?'}]" for r in refs) or "—"

    mode = f"/{event.mode}" if event.mode else ""
    by = " (reported by a speaker)" if event.asserted_by == "speaker" else ""
    evidence = shorten(text[event.sentence[0] : event.sentence[1]], 140)
    return f"{number:>3}. {names(event.sources)} {event.type}{mode} {names(event.targets)}{by}\n     {evidence}"


def render_actors(entities: list[Entity], text: str) -> list[str]:
    """"Dmitry Peskov [RUSGOV] person, spokesman (Kremlin) — 9 mentions: Peskov, the spokesman, he"."""
    lines = []
    for entity in entities:
        if entity.name is None and entity.actor is None:
            continue  # only pronouns or an unnamed description: not an actor to list
        if entity.actor is None and entity.kind == "unknown":
            continue  # "the Constitution", "Hurricane Maria", "the Electoral Act": named, but no one acts as it
        name = entity.name or text[entity.mentions[0][0]:entity.mentions[0][1]]
        line = f"  {shorten(name, 60)}"
        if entity.actor:
            line += f" [{entity.actor}]"
        details = ", ".join(x for x in (entity.role, f"({entity.affiliation})" if entity.affiliation else None) if x)
        details = " ".join(details.split())  # (a role the text wraps over a line break, on one line)
        line += f" {entity.kind}" + (f", {details}" if details else "")
        forms = list(dict.fromkeys(shorten(text[s:e], 40) for s, e in entity.mentions))
        others = [f for f in forms if f != name][:5]
        line += f" — {len(entity.mentions)} mention{'s' if len(entity.mentions) != 1 else ''}"
        if others:
            line += ": " + ", ".join(others)
        lines.append(line)
    return lines


def render_analysis(analysis: Analysis) -> str:
    """The whole report for one article."""
    art = analysis.article
    text = art.text
    lines = [art.title or art.id or art.source or "(untitled)"]
    meta = " · ".join(x for x in (art.date, art.url, art.source) if x)
    if meta:
        lines.append(meta)
    actors = render_actors(analysis.entities, text)
    if actors:
        lines.append("")
        lines.append(f"Actors ({len(actors)})")
        lines.extend(actors)
    lines.append("")
    lines.append(f"Statements ({len(analysis.statements)})")
    for i, statement in enumerate(analysis.statements, 1):
        lines.append(render_statement(i, statement, text))
    if analysis.events:
        lines.append("")
        lines.append(f"Events ({len(analysis.events)})")
        for i, event in enumerate(analysis.events, 1):
            lines.append(render_event(i, event, text))
    if analysis.boilerplate:
        lines.append("")
        lines.append(f"Ignored as boilerplate: {len(analysis.boilerplate)} passage(s)")
    return "\n".join(lines) + "\n"
