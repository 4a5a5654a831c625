"""`kamdesk report aging`: each client's balance and how late its open money is, at a date."""

from __future__ import annotations

import argparse
import csv
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kamdesk.cli.output import bulk_stdout, write_json
from kamdesk.domain import formatting
from kamdesk.domain.receivables import BUCKETS
from kamdesk.domain.spreadsheet import inert_row
from kamdesk.errors import StorageError, UserError
from kamdesk.messages import _

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

CENT = Decimal("0.01")
AGING_FIELDS = (
    "client_id",
    "name",
    "currency",
    "balance",
    *BUCKETS,
    "oldest_overdue_days",
)
AGING_NUMBERS = frozenset({"balance", *BUCKETS, "oldest_overdue_days"})  # the rest is text


def add_aging_parser(reports: Any) -> None:
    """The `report aging` subcommand (reports: the `report` command's subparsers)."""
    aging = reports.add_parser(
        "aging",
        help=_("each client's balance and its open money by days past due"),
        description=_(
            "One row per client with a non-zero balance (a client in credit with a "
            "negative one), the biggest balance first: the balance and its open money in the "
            "buckets current (not yet due), 1-30, 31-60, 61-90 and 90+ days past each invoice's "
            "due date at --at (default today); unallocated credit stands against current, so the "
            "buckets add up to the balance. Money in the client's currency."
        ),
    )
    from kamdesk.cli.team import add_source_options

    add_source_options(aging)
    aging.add_argument(
        "--at", default=None, metavar="YYYY-MM-DD", help=_("the day (default today)")
    )
    fmt = aging.add_mutually_exclusive_group(required=True)
    fmt.add_argument("--json", dest="format", action="store_const", const="json", help=_("JSON"))
    fmt.add_argument(
        "--csv", dest="format", action="store_const", const="csv", help=_("CSV, UTF-8")
    )


def _day(text: str | None, today: date) -> date:
    if text is None:
        return today
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(
            _("--at: not a date in YYYY-MM-DD form: {text!r}").format(text=text)
        ) from None


def _money(amount: Decimal) -> str:
    return formatting.plain(amount.quantize(CENT))


def aging_rows(db_path: Path, at: date, today: date) -> list[dict[str, Any]]:
    """The report's rows as JSON objects, from the file at `db_path`."""
    from kamdesk.db import open_database

    if not db_path.exists():
        raise StorageError(_("{path} does not exist.").format(path=db_path))
    db = open_database(db_path, readonly=True)
    try:
        with db.reading() as session:
            return rows_of(session, at, today)
    finally:
        db.close()


def rows_of(session: Session, at: date, today: date) -> list[dict[str, Any]]:
    """The report's rows as JSON objects: the clients with a balance that the session sees."""
    from kamdesk.services.receivables.aging import aging_report

    return [
        {
            "client_id": row.client_id,
            "name": row.name,
            "currency": row.currency,
            "balance": _money(row.balance),
            "buckets": {b: _money(row.buckets[b]) for b in BUCKETS},
            "oldest_overdue_days": row.oldest_overdue_days,
        }
        for row in aging_report(session, at, today=today)
        if row.balance != 0
    ]


def _amounts(row: dict[str, Any]) -> tuple[str, dict[str, Decimal]]:
    """What a group sums: the balance and each bucket."""
    amounts = {"balance": Decimal(row["balance"])}
    amounts.update((b, Decimal(v)) for b, v in row["buckets"].items())
    return row["currency"], amounts


def _figures(amounts: Mapping[str, Decimal]) -> dict[str, Any]:
    return {
        "balance": _money(amounts["balance"]),
        "buckets": {b: _money(amounts[b]) for b in BUCKETS},
    }


def cmd_report_aging(args: argparse.Namespace, today: date | None = None) -> int:
    from kamdesk.cli.team import report_session, say_scope, team_report, write_grouped

    today = today or date.today()
    at = _day(args.at, today)
    with report_session(args) as session:
        rows = rows_of(session, at, today)
        grouped = team_report(session, rows, args.by, _amounts) if args.by else None
        if args.server is not None or grouped is not None:
            say_scope(session)
    if grouped is not None:
        write_grouped(grouped, rows, args.format, _figures, _flat, AGING_FIELDS, AGING_NUMBERS)
        return 0
    with bulk_stdout() as out:
        if args.format == "json":
            write_json(rows, out)
        else:
            write_csv(rows, out)
    return 0


def write_csv(rows: Sequence[dict[str, Any]], out: Any) -> None:
    """The rows flattened: a column per bucket; no overdue days is an empty cell."""
    writer = csv.DictWriter(out, fieldnames=AGING_FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(inert_row(_flat(row), AGING_NUMBERS))


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    """A row as a CSV line: a column per bucket; no overdue days is an empty cell."""
    flat = {k: v for k, v in row.items() if k != "buckets"}
    flat.update(row["buckets"])
    if flat["oldest_overdue_days"] is None:
        flat["oldest_overdue_days"] = ""
    return flat
