"""Alembic scripts. REVISIONS lists them oldest first, so start-up can tell whether a database
needs migrating without importing Alembic (a test keeps this list equal to the scripts)."""

REVISIONS: tuple[str, ...] = tuple(f"{n:04d}" for n in range(1, 14))
HEAD = REVISIONS[-1]
