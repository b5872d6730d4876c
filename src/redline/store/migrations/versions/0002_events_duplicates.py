"""Events with their sources, actors, and near-duplicate articles.

Adds ``articles.body_hash``, ``articles.minhash`` and ``articles.duplicate_of``
(a republished story points to its original) with the LSH table
``article_bands``; the ``actors`` table; ``events`` (one row per distinct
event, indexed for actor, dyad, type and date filters) and ``event_sources``
(every article that reported it).

Revision ID: 0002
Revises: 0001
Create Date: 2024-05-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("articles", sa.Column("body_hash", sa.String(64)))
    op.add_column("articles", sa.Column("minhash", sa.LargeBinary))
    if op.get_bind().dialect.name == "sqlite":
        # SQLite adds a column with a REFERENCES clause in place; Alembic would
        # rebuild the table, and dropping the old one cascades to statements.
        op.execute("ALTER TABLE articles ADD COLUMN duplicate_of INTEGER REFERENCES articles (id)")
    else:
        op.add_column("articles", sa.Column("duplicate_of", sa.Integer))
        op.create_foreign_key("fk_articles_duplicate_of", "articles", "articles", ["duplicate_of"], ["id"])
    op.create_index("ix_articles_body_hash", "articles", ["body_hash"])
    op.create_index("ix_articles_duplicate_of", "articles", ["duplicate_of"])
    op.create_table(
        "article_bands",
        sa.Column("band", sa.SmallInteger, primary_key=True),
        sa.Column("key", sa.BigInteger, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_table(
        "actors",
        sa.Column("code", sa.String(32), primary_key=True),
        sa.Column("country", sa.String(3)),
        sa.Column("sector", sa.String(32)),
        sa.Column("name", sa.Text),
    )
    op.create_index("ix_actors_country", "actors", ["country"])
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("statement_id", sa.Integer, sa.ForeignKey("statements.id", ondelete="SET NULL")),
        sa.Column("date", sa.Date),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("mode", sa.String(32)),
        sa.Column("source_text", sa.Text),
        sa.Column("source_code", sa.String(32)),
        sa.Column("source_name", sa.Text),
        sa.Column("source_country", sa.String(3)),
        sa.Column("source_sector", sa.String(32)),
        sa.Column("target_text", sa.Text),
        sa.Column("target_code", sa.String(32)),
        sa.Column("target_name", sa.Text),
        sa.Column("target_country", sa.String(3)),
        sa.Column("target_sector", sa.String(32)),
        sa.Column("sources", sa.JSON),
        sa.Column("targets", sa.JSON),
        sa.Column("intensity", sa.Float),
        sa.Column("quad", sa.SmallInteger),
        sa.Column("cameo", sa.String(8)),
        sa.Column("goldstein", sa.Float),
        sa.Column("negated", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("asserted_by", sa.String(16)),
        sa.Column("sentence_start", sa.Integer),
        sa.Column("sentence_end", sa.Integer),
        sa.Column("trigger_spans", sa.JSON),
        sa.Column("evidence", sa.Text),
        sa.Column("event_key", sa.String(40), nullable=False),
    )
    for name, columns in [
        ("ix_events_article_id", ["article_id"]),
        ("ix_events_event_key", ["event_key"]),
        ("ix_events_source_code", ["source_code"]),
        ("ix_events_target_code", ["target_code"]),
        ("ix_events_dyad", ["source_code", "target_code"]),
        ("ix_events_source_country", ["source_country"]),
        ("ix_events_target_country", ["target_country"]),
        ("ix_events_type", ["type"]),
        ("ix_events_date", ["date"]),
    ]:
        op.create_index(name, "events", columns)
    op.create_table(
        "event_sources",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("statement_id", sa.Integer, sa.ForeignKey("statements.id", ondelete="SET NULL")),
        sa.Column("sentence_start", sa.Integer),
        sa.Column("sentence_end", sa.Integer),
        sa.Column("trigger_spans", sa.JSON),
    )
    op.create_index("ix_event_sources_event_id", "event_sources", ["event_id"])
    op.create_index("ix_event_sources_article_id", "event_sources", ["article_id"])


def downgrade() -> None:
    op.drop_table("event_sources")
    op.drop_table("events")
    op.drop_table("actors")
    op.drop_table("article_bands")
    op.drop_index("ix_articles_duplicate_of", "articles")
    op.drop_index("ix_articles_body_hash", "articles")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("duplicate_of")
        batch.drop_column("minhash")
        batch.drop_column("body_hash")
