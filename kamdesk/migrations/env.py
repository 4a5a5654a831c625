"""Alembic environment: kamdesk passes its own connection in config.attributes."""

from alembic import context

from kamdesk.db.search_pg import is_search_object
from kamdesk.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the `alembic` command line gets here
    from sqlalchemy import create_engine

    url = config.get_main_option("sqlalchemy.url") or "sqlite:///kamdesk-dev.sqlite"
    connection = create_engine(url).connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=lambda name, kind, _parent: not is_search_object(name, kind),
)
with context.begin_transaction():
    context.run_migrations()
