"""Articles, statements and speaker mentions, with full-text search of statements.

Revision ID: 0001
Revises:
Create Date: 2024-05-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# SQLite: an external-content FTS5 index over statements.content_text, kept
# in step by triggers (rowid = statements.id).
SQLITE_FTS = [
    "CREATE VIRTUAL TABLE statements_fts USING fts5(content_text, content='statements', content_rowid='id')",
    """CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
        INSERT INTO statements_fts(rowid, content_text) VALUES (new.id, new.content_text);
    END""",
    """CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
        INSERT INTO statements_fts(statements_fts, rowid, content_text) VALUES ('delete', old.id, old.content_text);
    END""",
    """CREATE TRIGGER statements_fts_update AFTER UPDATE OF content_text ON statements BEGIN
        INSERT INTO statements_fts(statements_fts, rowid, content_text) VALUES ('delete', old.id, old.content_text);
        INSERT INTO statements_fts(rowid, content_text) VALUES (new.id, new.content_text);
    END""",
]
# PostgreSQL: a GIN index over the same expression redline.store.query searches with.
POSTGRES_FTS = [
    "CREATE INDEX ix_statements_content_tsv ON statements "
    "USING gin (to_tsvector('english', coalesce(content_text, '')))",
]


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("date", sa.Date),
        sa.Column("publisher", sa.Text),
        sa.Column("language", sa.String(16)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("body_start", sa.Integer, nullable=False, server_default="0"),
        sa.Column("boilerplate", sa.JSON),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("source", sa.Text),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("analyzed_at", sa.DateTime(timezone=True)),
    )
    op.create_index("ix_articles_date", "articles", ["date"])
    op.create_index("ix_articles_url", "articles", ["url"])
    op.create_table(
        "statements",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("cue_type", sa.String(16), nullable=False),
        sa.Column("speaker_name", sa.Text),
        sa.Column("speaker_actor", sa.String(32)),
        sa.Column("speaker_mention", sa.Text),
        sa.Column("speaker_role", sa.Text),
        sa.Column("speaker_affiliation", sa.Text),
        sa.Column("speaker_kind", sa.String(16)),
        sa.Column("speaker_spans", sa.JSON),
        sa.Column("cue_spans", sa.JSON),
        sa.Column("content_spans", sa.JSON),
        sa.Column("sentence_start", sa.Integer),
        sa.Column("sentence_end", sa.Integer),
        sa.Column("cue_text", sa.Text),
        sa.Column("content_text", sa.Text),
    )
    op.create_index("ix_statements_article_id", "statements", ["article_id"])
    op.create_index("ix_statements_speaker_name", "statements", ["speaker_name"])
    op.create_index("ix_statements_speaker_actor", "statements", ["speaker_actor"])
    op.create_table(
        "speaker_mentions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("statement_id", sa.Integer, sa.ForeignKey("statements.id", ondelete="CASCADE"), nullable=False),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text),
    )
    op.create_index("ix_speaker_mentions_statement_id", "speaker_mentions", ["statement_id"])
    op.create_index("ix_speaker_mentions_article_id", "speaker_mentions", ["article_id"])
    dialect = op.get_bind().dialect.name
    for ddl in SQLITE_FTS if dialect == "sqlite" else POSTGRES_FTS if dialect == "postgresql" else []:
        op.execute(ddl)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS statements_fts")  # its triggers go with statements
    op.drop_table("speaker_mentions")
    op.drop_table("statements")
    op.drop_table("articles")
