"""`kamdesk import-sheet --kind rates FILE`: exchange rates from a sheet (date, currency, rate,
source). Exit 0 when recorded (or, with --dry-run, when the file is clean); 1 when any row is
wrong, and then nothing is written."""

from __future__ import annotations

import sys
from pathlib import Path

from kamdesk.errors import StorageError
from kamdesk.paths import AppPaths


def cmd_import_rates(path: Path, file: Path, *, dry_run: bool) -> int:
    from kamdesk.db import open_database
    from kamdesk.services.prices.price_import import read_sheet
    from kamdesk.services.prices.rate_import import import_rates
    from kamdesk.services.replica import open_replica
    from kamdesk.services.sync.capture import install

    install()
    if not path.exists():
        raise StorageError(f"{path} does not exist.")
    sheet = read_sheet(file)
    db = open_database(path, readonly=dry_run)
    try:
        if dry_run:
            with db.reading() as session:
                plan = import_rates(session, sheet, write=False)
        else:
            with db.unit_of_work() as session:
                open_replica(session, path, AppPaths.default().replica_registry)
                plan = import_rates(session, sheet)
    finally:
        db.close()
    print(plan.summary())
    if plan.problems:
        for problem in plan.problems:
            print(problem.line())
        rows = plan.bad_rows
        print(
            f"kamdesk: nothing was imported: {len(plan.problems)} problem(s)"
            + (f" in {rows} row(s)" if rows else ""),
            file=sys.stderr,
        )
        return 1
    print("dry run: nothing was written" if dry_run else f"imported {sheet.name} into {path}")
    return 0
