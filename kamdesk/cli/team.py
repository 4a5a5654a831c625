"""`kamdesk report key-clients|plan|aging --server URL [--by kam|manager]`: team reports.

With --server the report's service runs on the team server in one REPEATABLE READ READ ONLY
transaction (a hot standby runs no SERIALIZABLE), as the login the URL names: row-level
security scopes it, so a manager's run is the team's and the head's everyone's. The URL obeys
what a sync's does (kamdesk.services.server.connect.sync_url: no password in it, TLS with the
certificate checked off this machine). With --by the rows come per KAM or per manager: a client
under each of its KAMs (marked shared), once in the total (kamdesk.services.team.reports).
stderr says over which clients the report ran.

Importing this module loads no database code: the parser uses `add_source_options`.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kamdesk.cli.output import bulk_stdout, write_json
from kamdesk.domain.spreadsheet import inert_row
from kamdesk.errors import StorageError
from kamdesk.messages import _

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.services.team.reports import TeamReport

GROUP_FIELDS = ("group_id", "group", "shared")
# a row's figures to sum: (currency, {name: amount})
Amounts = Callable[[dict[str, Any]], tuple[str, dict[str, Decimal]]]


def add_source_options(parser: argparse.ArgumentParser) -> None:
    """--db FILE or --server URL (one of them), and --by."""
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--db", type=Path, default=None, help=_("the database file to use"))
    where.add_argument(
        "--server",
        default=None,
        metavar="URL",
        help=_(
            "run on the team server (postgresql://USER@HOST/DB, or postgresql:///?service=NAME; "
            "the password from ~/.pgpass or the service file), over the clients that login may "
            "see"
        ),
    )
    parser.add_argument(
        "--by",
        choices=["kam", "manager"],
        default=None,
        help=_("group the clients per KAM or per manager (a shared client under each)"),
    )


@contextlib.contextmanager
def report_session(args: argparse.Namespace) -> Iterator[Session]:
    """A read-only session on the file (--db) or the team server (--server)."""
    if getattr(args, "server", None) is not None:
        with server_reading(args.server) as session:
            yield session
        return
    from kamdesk.db import open_database

    path: Path = args.db
    if not path.exists():
        raise StorageError(_("{path} does not exist.").format(path=path))
    db = open_database(path, readonly=True)
    try:
        with db.reading() as session:
            yield session
    finally:
        db.close()


@contextlib.contextmanager
def server_reading(text_url: str) -> Iterator[Session]:
    """A session in one REPEATABLE READ READ ONLY transaction on the server at `text_url`,
    without JIT compiling, rolled back at the end. StorageError when the server cannot be
    reached or fails."""
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.orm import Session

    from kamdesk import __version__
    from kamdesk.db.server import make_server_engine, reason_of, shown
    from kamdesk.services.server.connect import check_tls, sync_url

    url = sync_url(text_url)
    engine = make_server_engine(url, application_name=f"kamdesk/{__version__}/report")
    try:
        with engine.connect() as conn:
            conn = conn.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            )
            check_tls(conn, url)
            # no JIT compiling: a report's statements run for tenths of a second, and
            # compiling them cost more (0.8 s of a 1 s plan-vs-actual statement at 10 000
            # clients), set off by estimates of their cost that a join's misjudged rows inflate
            conn.exec_driver_sql("SET LOCAL jit = off")
            session = Session(bind=conn)
            try:
                yield session
            finally:
                session.rollback()
                session.close()
    except DBAPIError as exc:
        reason = reason_of(exc)
        raise StorageError(
            _("The team server {url} failed the report: {reason}").format(
                url=shown(url), reason=reason
            )
        ) from exc
    finally:
        engine.dispose()


def team_report(
    session: Session, rows: Sequence[dict[str, Any]], by: str, amounts: Amounts
) -> TeamReport:
    """The report's rows (JSON objects with client_id) grouped per KAM or per manager."""
    from kamdesk.domain.team_reports import Figures
    from kamdesk.services.team.reports import by_kam, by_manager, load_assignments

    figures = [Figures(row["client_id"], *amounts(row)) for row in rows]
    group = by_kam if by == "kam" else by_manager
    return group(figures, load_assignments(session))


def say_scope(session: Session) -> None:
    """stderr: over which clients the report ran."""
    from kamdesk.services.team.reports import scope

    print("kamdesk:", scope(session).said(), file=sys.stderr)


def grouped_json(
    report: TeamReport,
    rows: Sequence[dict[str, Any]],
    figures: Callable[[Mapping[str, Decimal]], dict[str, Any]],
) -> dict[str, Any]:
    """{"by", "groups": [{group_id, group, currency, clients, shared_clients, totals, rows}],
    "total": [{currency, clients, shared_clients, totals}]}: each row as the ungrouped report
    has it, with "shared" (the client counts under another group too)."""
    by_id = {row["client_id"]: row for row in rows}
    groups = []
    for g in report.grouped.groups:
        members = [{**by_id[f.client_id], "shared": f.client_id in g.shared} for f in g.rows]
        groups.append(
            {
                "group_id": g.key or None,
                "group": report.names[g.key],
                "currency": g.currency,
                "clients": len([f for f in g.rows if f.client_id is not None]),
                "shared_clients": len(g.shared),
                "totals": figures(g.amounts),
                "rows": members,
            }
        )
    total = [
        {
            "currency": t.currency,
            "clients": t.clients,
            "shared_clients": t.shared,
            "totals": figures(t.amounts),
        }
        for t in report.grouped.totals
    ]
    return {"by": report.by, "groups": groups, "total": total}


def write_grouped(
    report: TeamReport,
    rows: Sequence[dict[str, Any]],
    fmt: str,
    figures: Callable[[Mapping[str, Decimal]], dict[str, Any]],
    csv_row: Callable[[dict[str, Any]], dict[str, Any]],
    fields: Sequence[str],
    numbers: frozenset[str],
) -> None:
    """The grouped report on stdout: JSON as `grouped_json`; CSV one line per group and client
    (group_id, group, shared, then the report's own columns as `csv_row` flattens them)."""
    data = grouped_json(report, rows, figures)
    with bulk_stdout() as out:
        if fmt == "json":
            write_json(data, out)
            return
        writer = csv.DictWriter(out, fieldnames=(*GROUP_FIELDS, *fields), lineterminator="\n")
        writer.writeheader()
        for group in data["groups"]:
            for row in group["rows"]:
                flat = csv_row({k: v for k, v in row.items() if k != "shared"})
                flat.update(
                    group_id=group["group_id"] or "",
                    group=group["group"],
                    shared="yes" if row["shared"] else "no",
                )
                writer.writerow(inert_row(flat, numbers))
