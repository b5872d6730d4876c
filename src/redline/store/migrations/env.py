"""Alembic environment: runs on the connection ``redline.store.db`` hands over.

Migrations are run programmatically (``upgrade head`` on connect); there is
no alembic.ini. The connection arrives in ``config.attributes["connection"]``.
"""

from alembic import context

from redline.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
