"""Alembic scripts. REVISIONS lists them oldest first, so start-up can tell whether a database
needs migrating without importing Alembic (a test keeps this list equal to the scripts)."""

REVISIONS: tuple[str, ...] = tuple(f"{n:04d}" for n in range(1, 18))
HEAD = REVISIONS[-1]


def on_sqlite() -> bool:
    """Whether the running migration writes a laptop's SQLite file, not the team server
    (PostgreSQL, issue 19): SQLite-only steps (FTS5, triggers, its own catalogue) check it."""
    from alembic import op

    return bool(op.get_bind().dialect.name == "sqlite")
