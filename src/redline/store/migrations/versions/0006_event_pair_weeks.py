"""Each directed pair of actor families' weekly sums, kept at write time, for early warning.

``redline.alerts`` compares every pair's weekly conflict intensity with its own
trailing weeks. Summing 200,000 events by pair and week took most of a
detection (0.4-0.9 s on SQLite); ``event_pair_weeks`` holds those sums, kept by
triggers on ``events`` (insert, delete, and an update of a field the sums read),
so detection reads one row per pair-week instead. Rows already stored are
summed once here. Additive: a new table and its triggers; no row of ``events``
changes.

A pair is (source family, target family), a family ``coalesce(country, code)``;
an event counts when both codes and its date are set and its families differ
(``redline.alerts._scope``). A week is its Monday. ``conflict`` sums the
strength (minus the PLOVER intensity) of its conflict events (quad 3 or 4 with
a negative intensity), ``conflict_events`` counts them. A pair-week whose last
event is deleted is deleted.

A later migration that rebuilds ``events`` on SQLite (Alembic's batch mode
copies the table) drops these triggers with it and must create them again;
until then detection finds the sums out of step (``alerts.stored_sums_agree``)
and sums the events itself.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

FIELDS = ("date", "quad", "intensity", "source_code", "target_code", "source_country", "target_country")


def _parts(row: str, week: str) -> dict[str, str]:
    """SQL pieces for one row (``NEW`` or ``OLD``; ``events`` for the backfill)."""
    conflict = f"{row}.quad >= 3 AND {row}.intensity < 0"
    return {
        "source": f"coalesce({row}.source_country, {row}.source_code)",
        "target": f"coalesce({row}.target_country, {row}.target_code)",
        "week": week,
        "strength": f"CASE WHEN {conflict} THEN -{row}.intensity ELSE 0.0 END",
        "counts": f"CASE WHEN {conflict} THEN 1 ELSE 0 END",
        "counted": (f"{row}.source_code IS NOT NULL AND {row}.target_code IS NOT NULL AND {row}.date IS NOT NULL "
                    f"AND coalesce({row}.source_country, {row}.source_code) "
                    f"<> coalesce({row}.target_country, {row}.target_code)"),
    }


def _week(dialect: str, row: str) -> str:
    if dialect == "sqlite":  # 'weekday 0' moves to the Sunday ending the week; 6 days back is its Monday
        return f"date({row}.date, 'weekday 0', '-6 days')"
    return f"CAST(date_trunc('week', {row}.date) AS date)"  # ISO weeks start on Monday


def _add(p: dict[str, str], *, table: str = "event_pair_weeks") -> str:
    """Add one row's event to its pair-week (creating it)."""
    return (
        f"INSERT INTO event_pair_weeks (source, target, week, events, conflict, conflict_events) "
        f"SELECT {p['source']}, {p['target']}, {p['week']}, 1, {p['strength']}, {p['counts']} WHERE {p['counted']} "
        f"ON CONFLICT (source, target, week) DO UPDATE SET events = {table}.events + excluded.events, "
        f"conflict = {table}.conflict + excluded.conflict, "
        f"conflict_events = {table}.conflict_events + excluded.conflict_events"
    )


def _take(p: dict[str, str]) -> list[str]:
    """Take one row's event off its pair-week (deleting it when it was the last)."""
    key = f"source = {p['source']} AND target = {p['target']} AND week = {p['week']}"
    return [
        (f"UPDATE event_pair_weeks SET events = events - 1, conflict = conflict - {p['strength']}, "
         f"conflict_events = conflict_events - {p['counts']} WHERE {key} AND {p['counted']}"),
        f"DELETE FROM event_pair_weeks WHERE {key} AND events <= 0",
    ]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        "event_pair_weeks",
        sa.Column("source", sa.String(32), primary_key=True),
        sa.Column("target", sa.String(32), primary_key=True),
        sa.Column("week", sa.Date, primary_key=True),
        sa.Column("events", sa.Integer, nullable=False),
        sa.Column("conflict", sa.Float, nullable=False),
        sa.Column("conflict_events", sa.Integer, nullable=False),
    )
    new, old = _parts("NEW", _week(dialect, "NEW")), _parts("OLD", _week(dialect, "OLD"))
    watched = ", ".join(FIELDS)
    if dialect == "sqlite":
        op.execute(f"CREATE TRIGGER event_pair_weeks_insert AFTER INSERT ON events BEGIN {_add(new)}; END")
        op.execute(f"CREATE TRIGGER event_pair_weeks_delete AFTER DELETE ON events BEGIN {'; '.join(_take(old))}; END")
        op.execute(f"CREATE TRIGGER event_pair_weeks_update AFTER UPDATE OF {watched} ON events "
                   f"BEGIN {'; '.join(_take(old))}; {_add(new)}; END")
    else:
        op.execute(f"""
            CREATE FUNCTION event_pair_weeks_track() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP <> 'INSERT' THEN
                    {'; '.join(_take(old))};
                END IF;
                IF TG_OP <> 'DELETE' THEN
                    {_add(new)};
                END IF;
                RETURN NULL;
            END $$""")
        op.execute(f"CREATE TRIGGER event_pair_weeks_track AFTER INSERT OR DELETE OR UPDATE OF {watched} ON events "
                   f"FOR EACH ROW EXECUTE FUNCTION event_pair_weeks_track()")
    rows = _parts("events", _week(dialect, "events"))
    op.execute(
        f"INSERT INTO event_pair_weeks (source, target, week, events, conflict, conflict_events) "
        f"SELECT {rows['source']}, {rows['target']}, {rows['week']}, count(*), sum({rows['strength']}), "
        f"sum({rows['counts']}) FROM events WHERE {rows['counted']} GROUP BY 1, 2, 3"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS event_pair_weeks_{name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS event_pair_weeks_track ON events")
        op.execute("DROP FUNCTION IF EXISTS event_pair_weeks_track()")
    op.drop_table("event_pair_weeks")
