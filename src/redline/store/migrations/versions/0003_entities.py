"""Entities, and organisation codes as their own family.

Adds ``entities``: the people, organisations, states and groups an article
refers to (one row per ``Analysis.entities`` item, with its mentions' offsets
as JSON), indexed by actor code and by family, each then by article.

Widens the ``country`` columns of ``events`` and ``actors`` from 3 to 32
characters: they now hold an actor code's *family* (``redline.store.codes``),
which for an organisation is its code without a trailing sector
(``IGOWSTNATMIL`` → ``IGOWSTNAT``) rather than a bare ``IGO``. Stored rows
with ``IGO…``/``NGO…`` codes are rewritten by that rule
(``redline.store.codes.split_code``); every other row is left as it was (a
state's family is its country, as before).

Revision ID: 0003
Revises: 0002
Create Date: 2024-06-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

def split_organisation(code: str) -> tuple[str | None, str | None]:
    """An ``IGO…``/``NGO…`` code's (family, sector): ``redline.store.codes.split_code``,
    the rule the store and the web pages use, so upgraded rows agree with them."""
    from redline.store.codes import split_code

    return split_code(code)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":  # SQLite does not enforce VARCHAR lengths
        for table, column in (("events", "source_country"), ("events", "target_country"), ("actors", "country")):
            op.alter_column(table, column, type_=sa.String(32), existing_type=sa.String(3))
    _rewrite_organisations(bind)
    op.create_table(
        "entities",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("name", sa.Text),
        sa.Column("actor", sa.String(32)),
        sa.Column("country", sa.String(32)),
        sa.Column("sector", sa.String(32)),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("role", sa.Text),
        sa.Column("affiliation", sa.Text),
        sa.Column("org", sa.Text),
        sa.Column("mentions", sa.JSON),
        sa.Column("mention_count", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_index("ix_entities_article", "entities", ["article_id", "position"])
    op.create_index("ix_entities_actor", "entities", ["actor", "article_id"])
    op.create_index("ix_entities_country", "entities", ["country", "article_id"])


def _rewrite_organisations(bind: sa.Connection) -> None:
    """Give stored organisation codes their own family (country) and sector."""
    events = sa.table(
        "events",
        sa.column("source_code"), sa.column("source_country"), sa.column("source_sector"),
        sa.column("target_code"), sa.column("target_country"), sa.column("target_sector"),
    )
    actors = sa.table("actors", sa.column("code"), sa.column("country"), sa.column("sector"))
    targets = [
        (actors, actors.c.code, actors.c.country, actors.c.sector),
        (events, events.c.source_code, events.c.source_country, events.c.source_sector),
        (events, events.c.target_code, events.c.target_country, events.c.target_sector),
    ]
    for table, code, country, sector in targets:
        codes = bind.execute(
            sa.select(code).distinct().where(sa.func.length(code) > 3, country.in_(("IGO", "NGO")))
        ).scalars().all()
        for value in codes:
            family, rest = split_organisation(value)
            bind.execute(sa.update(table).where(code == value).values({country.key: family, sector.key: rest}))


def downgrade() -> None:
    op.drop_index("ix_entities_country", "entities")
    op.drop_index("ix_entities_actor", "entities")
    op.drop_index("ix_entities_article", "entities")
    op.drop_table("entities")
    bind = op.get_bind()
    for table, code, country, sector in (
        ("actors", "code", "country", "sector"),
        ("events", "source_code", "source_country", "source_sector"),
        ("events", "target_code", "target_country", "target_sector"),
    ):
        op.execute(
            f"UPDATE {table} SET {sector} = substr({code}, 4), {country} = substr({code}, 1, 3) "
            f"WHERE length({country}) > 3"
        )
        op.execute(f"UPDATE {table} SET {sector} = NULL WHERE {sector} = '' AND {country} IN ('IGO', 'NGO')")
    if bind.dialect.name != "sqlite":
        for table, column in (("events", "source_country"), ("events", "target_country"), ("actors", "country")):
            op.alter_column(table, column, type_=sa.String(3), existing_type=sa.String(32))
