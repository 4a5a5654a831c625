"""`kamdesk handover --db PATH | --server URL --client ID [--client ID ...] --to KAM [--co]`:
a manager hands clients over to another KAM (services.team.handover; docs/team-server.md 3.5).

On a file the handover is an edit like any other, carried by sync. On the team server it runs
as the login the URL names (a manager of the KAMs' team: row-level security refuses anyone
else), in one transaction; the KAMs' next exchanges move the clients. Exit 0 when done, 2 when
refused (nothing written then).

Importing this module loads no database code: the parser is built at every command line.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kamdesk.errors import StorageError
from kamdesk.messages import _

if TYPE_CHECKING:
    from kamdesk.services.team.handover import HandedOver


def add_handover_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = sub.add_parser(
        "handover",
        help=_("hand clients over to another KAM (a manager's)"),
        description=_(
            "Makes the KAM the clients' lead (or with --co a co-KAM). The lead they replace "
            "keeps the clients until their next sync with the team server, which sends their "
            "last changes first, or for 14 days if they do not sync."
        ),
    )
    where = command.add_mutually_exclusive_group(required=True)
    where.add_argument("--db", type=Path, default=None, help=_("the database file to use"))
    where.add_argument(
        "--server",
        default=None,
        metavar="URL",
        help=_(
            "on the team server, as a manager's login (postgresql://USER@HOST/DB, or "
            "postgresql:///?service=NAME; the password from ~/.pgpass or the service file)"
        ),
    )
    command.add_argument(
        "--client",
        dest="clients",
        action="append",
        required=True,
        metavar="ID",
        help=_("a client's id (again for more clients)"),
    )
    command.add_argument(
        "--to", required=True, metavar="KAM", help=_("the KAM taking them: a name or an id")
    )
    command.add_argument(
        "--co", action="store_true", help=_("as a co-KAM beside the others (nobody leaves)")
    )


def cmd_handover(args: argparse.Namespace) -> int:
    if args.server is not None:
        from kamdesk.services.team.handover_server import handover_on_server

        done = handover_on_server(args.server, args.clients, args.to, co=args.co)
    else:
        done = _on_file(args.db, args.clients, args.to, co=args.co)
    for item in done:
        print(_said(item))
    return 0


def _on_file(path: Path, clients: list[str], to: str, *, co: bool) -> list[HandedOver]:
    from kamdesk.db import open_database
    from kamdesk.services.sync.capture import install
    from kamdesk.services.team.handover import handover

    if not path.exists():
        raise StorageError(_("{path} does not exist.").format(path=path))
    install()  # the assignments are edits sync carries
    db = open_database(path)
    try:
        with db.unit_of_work() as session:
            return handover(session, clients, to, co=co)
    finally:
        db.close()


def _said(item: HandedOver) -> str:
    if item.co:
        return _("{client}: {kam} joins as a co-KAM").format(
            client=item.client_name, kam=item.to_kam
        )
    if item.leaving:
        return _("{client}: {kam} is the lead KAM; {leaving} leaves at their next sync").format(
            client=item.client_name, kam=item.to_kam, leaving=", ".join(item.leaving)
        )
    return _("{client}: {kam} is the lead KAM").format(client=item.client_name, kam=item.to_kam)
