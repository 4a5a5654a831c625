"""`kamdesk report plan`: each client's sales plan for a period against actual, as JSON or CSV.

One object per client with a plan in the period (by name), then the plan for new clients in
total when there is one (client_id null, in the reporting currency). Money as decimal strings;
fulfilment is actual / plan (1.0: met), null when the plan is 0; the forecast carries the
actual so far to the period's end at its run rate (kamdesk.domain.plans). A period the command
cannot read exits 2 with `kamdesk: …`.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from kamdesk.cli.output import bulk_stdout, write_json
from kamdesk.domain.spreadsheet import inert_row
from kamdesk.errors import UserError
from kamdesk.messages import _, day

PLAN_FIELDS = ("client_id", "name", "currency", "plan", "actual", "fulfilment", "forecast")
PLAN_NUMBERS = frozenset({"plan", "actual", "fulfilment", "forecast"})  # the rest is text


def _money(value: Decimal) -> str:
    return format(value, "f")


def _row(client_id: str | None, name: str, currency: str, progress: Any) -> dict[str, Any]:
    return {
        "client_id": client_id,
        "name": name,
        "currency": currency,
        "plan": _money(progress.plan),
        "actual": _money(progress.actual),
        "fulfilment": progress.fulfilment,
        "forecast": _money(progress.forecast),
    }


def plan_rows(report: Any) -> list[dict[str, Any]]:
    """The report's objects: the clients, then new clients when planned."""
    from kamdesk.domain.plans import NEW_CLIENTS

    rows = [_row(c.client_id, c.name, c.currency, c.progress) for c in report.clients]
    if report.new_clients_planned:
        rows.append(_row(None, NEW_CLIENTS, report.reporting, report.new_clients))
    return rows


def _amounts(row: dict[str, Any]) -> tuple[str, dict[str, Decimal]]:
    """What a group sums: plan, actual and forecast (fulfilment is the sums' ratio)."""
    return row["currency"], {k: Decimal(row[k]) for k in ("plan", "actual", "forecast")}


def _figures(amounts: Mapping[str, Decimal]) -> dict[str, Any]:
    from kamdesk.domain.team_reports import ratio

    fulfilment = ratio(amounts["actual"], amounts["plan"])
    return {
        "plan": _money(amounts["plan"]),
        "actual": _money(amounts["actual"]),
        "fulfilment": None if fulfilment is None else float(fulfilment),
        "forecast": _money(amounts["forecast"]),
    }


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    return {
        **row,
        "client_id": row["client_id"] or "",
        "fulfilment": "" if row["fulfilment"] is None else row["fulfilment"],
    }


def cmd_report_plan(args: argparse.Namespace) -> int:
    from kamdesk.cli.team import report_session, say_scope, team_report, write_grouped
    from kamdesk.domain.plans import PlanError, parse_period
    from kamdesk.services.plans.progress import plan_report

    try:
        period = parse_period(args.period)
    except PlanError as exc:
        raise UserError(str(exc)) from None
    today = args.at or date.today()
    with report_session(args) as session:
        report = plan_report(session, period, today)
        rows = plan_rows(report)
        grouped = team_report(session, rows, args.by, _amounts) if args.by else None
        if args.server is not None or grouped is not None:
            say_scope(session)
    said = _(
        "{period} at {today}: each client in its plan's currency, new clients in {currency}"
    ).format(period=period.label, today=day(today), currency=report.reporting)
    print("kamdesk:", said, file=sys.stderr)
    for warning in report.warnings:
        print("kamdesk:", _("warning: {text}").format(text=warning), file=sys.stderr)
    if grouped is not None:
        write_grouped(grouped, rows, args.format, _figures, _flat, PLAN_FIELDS, PLAN_NUMBERS)
        return 0
    with bulk_stdout() as out:
        if args.format == "json":
            write_json(rows, out)
            return 0
        writer = csv.DictWriter(out, fieldnames=PLAN_FIELDS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(inert_row(_flat(row), PLAN_NUMBERS))
    return 0
