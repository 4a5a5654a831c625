"""`kamdesk report key-clients`: revenue shares, ABC classes and categories per client, from
the file (--db) or the team server (--server), per KAM or manager with --by (kamdesk.cli.team).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import ROUND_FLOOR, Decimal
from typing import Any

from kamdesk.cli.output import bulk_stdout, write_json
from kamdesk.domain.spreadsheet import inert_row
from kamdesk.messages import _


def _shares_to_places(shares: Sequence[Decimal], places: int = 6) -> list[Decimal]:
    """Shares rounded so that they still add up to exactly 1 (largest remainders)."""
    unit = Decimal(1).scaleb(-places)
    floors = [s.quantize(unit, rounding=ROUND_FLOOR) for s in shares]
    if not any(s > 0 for s in shares):
        return floors
    missing = int((1 - sum(floors, Decimal(0))) / unit)
    order = sorted(range(len(shares)), key=lambda i: floors[i] - shares[i])
    for i in order[: max(missing, 0)]:
        floors[i] += unit
    return floors


KEY_CLIENT_FIELDS = (
    "client_id",
    "name",
    "revenue",
    "currency",
    "share",
    "cumulative_share",
    "abc",
    "categories",
    "reasons",
    "revenue_original",
    "currency_original",
    "revenue_by_currency",
    "warnings",
)
# the columns of figures: a negative amount stays a number; every other text column is written
# inert (a client named "=HYPERLINK(...)" is shown, never run, by the spreadsheet)
KEY_CLIENT_NUMBERS = frozenset({"revenue", "share", "cumulative_share", "revenue_original"})


def _key_client_rows(report: Any) -> list[dict[str, Any]]:
    """The report's rows: revenue in the reporting currency (`currency`); the client's own
    revenue as invoiced in `revenue_original` / `currency_original`, or, when its documents
    are in more than one currency, null there and each currency's in `revenue_by_currency`."""
    from kamdesk.domain import formatting
    from kamdesk.domain.reporting import single_currency

    clients = [c for c in report.classification.clients if c.revenue != 0]
    shares = _shares_to_places([c.share for c in clients])
    rows: list[dict[str, Any]] = []
    cumulative = Decimal(0)
    for client, share in zip(clients, shares, strict=True):
        cumulative += share
        originals = report.originals.get(client.client_id, {})
        single = single_currency(originals)
        rows.append(
            {
                "client_id": client.client_id,
                "name": client.name,
                "revenue": formatting.plain(client.revenue),
                "currency": report.currency,
                "share": float(share),
                "cumulative_share": float(cumulative),
                "abc": client.abc,
                "categories": list(client.categories),
                "reasons": list(report.reasons.get(client.client_id, ())),
                "revenue_original": None if single is None else formatting.plain(single[0]),
                "currency_original": None if single is None else single[1],
                "revenue_by_currency": {
                    cur: formatting.plain(amount) for cur, amount in sorted(originals.items())
                },
                "warnings": list(
                    report.converted.key_warnings(client.client_id) if report.converted else ()
                ),
            }
        )
    return rows


def cmd_report_key_clients(args: argparse.Namespace, start: date, end: date) -> int:
    """Rows on stdout; the currency they are in, and the documents left out for want of a
    rate, on stderr (every row also says its currency and its own left-out documents). With
    --by, the rows per KAM or per manager (kamdesk.cli.team)."""
    from kamdesk.cli.team import report_session, say_scope, team_report, write_grouped
    from kamdesk.services.clients.classification import Period, key_clients

    with report_session(args) as session:
        report = key_clients(session, Period(start, end))
        rows = _key_client_rows(report)
        grouped = team_report(session, rows, args.by, _revenue) if args.by else None
        if args.server is not None or grouped is not None:
            say_scope(session)
    print(
        "kamdesk:",
        _("amounts in {currency} at the rate of each invoice's date").format(
            currency=report.currency
        ),
        file=sys.stderr,
    )
    for warning in report.warnings:
        print("kamdesk:", _("warning: {text}").format(text=warning), file=sys.stderr)
    if grouped is not None:
        write_grouped(
            grouped,
            rows,
            args.format,
            _revenue_figures,
            _key_client_flat,
            KEY_CLIENT_FIELDS,
            KEY_CLIENT_NUMBERS,
        )
        return 0
    with bulk_stdout() as out:
        if args.format == "json":
            write_json(rows, out)
        else:
            _key_clients_csv(rows, out)
    return 0


def _revenue(row: dict[str, Any]) -> tuple[str, dict[str, Decimal]]:
    return row["currency"], {"revenue": Decimal(row["revenue"])}


def _revenue_figures(amounts: Mapping[str, Decimal]) -> dict[str, Any]:
    from kamdesk.domain import formatting

    return {"revenue": formatting.plain(amounts["revenue"])}


def _key_clients_csv(rows: list[dict[str, Any]], out: Any) -> None:
    writer = csv.DictWriter(out, fieldnames=KEY_CLIENT_FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(inert_row(_key_client_flat(row), KEY_CLIENT_NUMBERS))


def _key_client_flat(row: dict[str, Any]) -> dict[str, Any]:
    by_currency = row["revenue_by_currency"].items()
    return {
        **row,
        "categories": ";".join(row["categories"]),
        "reasons": ";".join(row["reasons"]),
        "revenue_original": row["revenue_original"] or "",
        "currency_original": row["currency_original"] or "",
        "revenue_by_currency": ";".join(f"{c} {a}" for c, a in by_currency),
        "warnings": ";".join(row["warnings"]),
    }
