"""Places and event locations.

Adds ``places``: every place an article names (``Analysis.places``), with
the GeoNames place it resolved to, indexed by country and GeoNames id; and
where each event happened: ``location`` (JSON) on ``events`` and on each
report in ``event_sources``, with ``location_country``, ``location_lat``
and ``location_lon`` on ``events`` to filter on. Rows stored before this
have no places and no locations until ``redline reanalyze``.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable columns: a plain ADD COLUMN on both databases, rows kept.
    op.add_column("events", sa.Column("location", sa.JSON))
    op.add_column("events", sa.Column("location_country", sa.String(3)))
    op.add_column("events", sa.Column("location_lat", sa.Float))
    op.add_column("events", sa.Column("location_lon", sa.Float))
    op.create_index("ix_events_location_country", "events", ["location_country"])
    op.add_column("event_sources", sa.Column("location", sa.JSON))
    op.create_table(
        "places",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("name", sa.Text),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("country", sa.String(3)),
        sa.Column("region", sa.Text),
        sa.Column("geonameid", sa.Integer),
        sa.Column("kind", sa.String(16)),
        sa.Column("adjective", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_places_article", "places", ["article_id", "position"])
    op.create_index("ix_places_country", "places", ["country", "article_id"])
    op.create_index("ix_places_geonameid", "places", ["geonameid"])


def downgrade() -> None:
    op.drop_table("places")
    with op.batch_alter_table("event_sources") as batch:
        batch.drop_column("location")
    op.drop_index("ix_events_location_country", table_name="events")
    with op.batch_alter_table("events") as batch:
        for column in ("location_lon", "location_lat", "location_country", "location"):
            batch.drop_column(column)
