"""`kamdesk check --repair`: recompute what is derived from the records before the check."""

from __future__ import annotations

from pathlib import Path

from kamdesk.errors import StorageError


def repair_first(path: Path) -> None:
    """Rebuild the receivables cache (its own transaction) and say what it changed."""
    from kamdesk.db import open_database
    from kamdesk.services.check import repair

    if not path.exists():
        raise StorageError(f"{path} does not exist.")
    db = open_database(path)  # an older file is upgraded first, after a backup, as on opening
    try:
        with db.unit_of_work() as session:
            wrong = repair(session.connection())
    finally:
        db.close()
    if wrong:
        clients = "1 client" if wrong == 1 else f"{wrong} clients"
        print(f"Recomputed the receivables cache: the figures of {clients} were wrong.")
    else:
        print("The receivables cache was right; recomputed it anyway.")
