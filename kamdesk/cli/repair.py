"""`kamdesk check --repair`: recompute what is derived from the records before the check."""

from __future__ import annotations

from pathlib import Path

from kamdesk.errors import StorageError
from kamdesk.messages import _, ngettext


def repair_first(path: Path) -> None:
    """Rebuild the receivables cache (its own transaction) and say what it changed."""
    from kamdesk.db import open_database
    from kamdesk.services.check import repair

    if not path.exists():
        raise StorageError(_("{path} does not exist.").format(path=path))
    db = open_database(path)  # an older file is upgraded first, after a backup, as on opening
    try:
        with db.unit_of_work() as session:
            wrong = repair(session.connection())
    finally:
        db.close()
    if wrong:
        said = ngettext(
            "Recomputed the receivables cache: the figures of {n} client were wrong.",
            "Recomputed the receivables cache: the figures of {n} clients were wrong.",
            wrong,
        )
        print(said.format(n=wrong))
    else:
        print(_("The receivables cache was right; recomputed it anyway."))
