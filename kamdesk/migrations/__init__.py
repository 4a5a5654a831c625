"""Alembic scripts. REVISIONS lists them oldest first, so start-up can tell whether a database
needs migrating without importing Alembic (a test keeps this list equal to the scripts)."""

REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008")
HEAD = REVISIONS[-1]
