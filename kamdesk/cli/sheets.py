"""`kamdesk import-sheet`: a price list (the default) or exchange rates (`--kind rates`) from a
sheet, checked whole first. Exit 0 when imported (or, with --dry-run, when the file is clean);
1 when any row is wrong, and then nothing is written."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kamdesk.cli.output import bulk_stdout
from kamdesk.errors import StorageError
from kamdesk.messages import _, ngettext
from kamdesk.paths import AppPaths

# (session, sheet, write) -> a plan with summary(), problems (each with line()) and bad_rows
Planner = Callable[[Any, Any, bool], Any]


def _run(path: Path, file: Path, *, dry_run: bool, planner: Planner) -> int:
    from kamdesk.db import open_database
    from kamdesk.services.prices.price_import import read_sheet
    from kamdesk.services.replica import open_replica
    from kamdesk.services.sync.capture import install

    install()
    if not path.exists():
        raise StorageError(_("{path} does not exist.").format(path=path))
    sheet = read_sheet(file)
    db = open_database(path, readonly=dry_run)
    try:
        if dry_run:
            with db.reading() as session:
                plan = planner(session, sheet, False)
        else:
            db.back_up()  # a bulk import: a verified copy first (beside the file, in backups/)
            with db.unit_of_work() as session:
                open_replica(session, path, AppPaths.default().replica_registry)
                plan = planner(session, sheet, True)
    finally:
        db.close()
    with bulk_stdout() as out:
        out.write(plan.summary() + "\n")
        out.write("".join(problem.line() + "\n" for problem in plan.problems))
    if plan.problems:
        rows = plan.bad_rows
        n = len(plan.problems)
        if rows:
            said = ngettext(
                "nothing was imported: {n} problem in {rows}",
                "nothing was imported: {n} problems in {rows}",
                n,
            ).format(n=n, rows=ngettext("{n} row", "{n} rows", rows).format(n=rows))
        else:
            said = ngettext(
                "nothing was imported: {n} problem", "nothing was imported: {n} problems", n
            ).format(n=n)
        print("kamdesk:", said, file=sys.stderr)
        return 1
    if dry_run:
        print(_("dry run: nothing was written"))
    else:
        print(_("imported {sheet} into {path}").format(sheet=sheet.name, path=path))
    return 0


def cmd_import_sheet(path: Path, file: Path, *, dry_run: bool) -> int:
    """The price list: products and their prices per column, matched by the sheet's headers."""
    from kamdesk.domain.sheet import default_mapping
    from kamdesk.services.prices.price_import import apply_import, plan_import

    def planner(session: Any, sheet: Any, write: bool) -> Any:
        plan = plan_import(session, sheet, default_mapping(sheet.headers))
        if write and not plan.problems:
            apply_import(session, plan)
        return plan

    return _run(path, file, dry_run=dry_run, planner=planner)


def cmd_import_rates(path: Path, file: Path, *, dry_run: bool) -> int:
    """Exchange rates: date, currency, rate, source."""
    from kamdesk.services.prices.rate_import import import_rates

    def planner(session: Any, sheet: Any, write: bool) -> Any:
        return import_rates(session, sheet, write=write)

    return _run(path, file, dry_run=dry_run, planner=planner)
