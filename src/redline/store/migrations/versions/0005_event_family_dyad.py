"""An index on events by directed pair of actor families, for early warning.

``redline.alerts`` reads events grouped by (source family, target family)
where a family is ``coalesce(country, code)`` (``redline.store.codes``). An
index on those two expressions, then the date and the fields detection reads,
lets it aggregate weeks and walk red lines in pair order from the index alone
(no sort of the table, no read of its wide rows), and find one spike's events
with a seek. Only an index: existing rows are kept and indexed as they are.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# the same columns as ``redline.store.schema.FAMILY_DYAD_COLUMNS``, frozen here as migrations are
COLUMNS = ("date", "quad", "intensity", "type", "mode", "cameo", "negated",
           "source_code", "target_code", "source_country", "target_country")


def upgrade() -> None:
    op.create_index(
        "ix_events_family_dyad", "events",
        [sa.text("coalesce(source_country, source_code)"), sa.text("coalesce(target_country, target_code)"), *COLUMNS],
    )


def downgrade() -> None:
    op.drop_index("ix_events_family_dyad", table_name="events")
