"""The parsers of `kamdesk server audit | check | stranded` (docs/team-server.md 3.6, 4.3,
4.4), beside the other server commands' in kamdesk.cli.parser."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from kamdesk.messages import _


def audit_and_check(
    servers: argparse._SubParsersAction[argparse.ArgumentParser],
    day: Callable[[str], date],
) -> None:
    """server audit | check | stranded (docs/team-server.md 3.6, 4.4, 4.3); `day` reads a
    YYYY-MM-DD argument as the other commands do."""
    from kamdesk.cli.stranded import add_parser as add_stranded

    audit = servers.add_parser(
        "audit",
        help=_("print who changed which records on the team server"),
        description=_(
            "Prints the server's audit log, oldest first: when, who (and as whom), from which "
            "laptop, which record of which client, and hashes of the record before and after. "
            "Needs a login of the kamdesk_audit role."
        ),
    )
    audit.add_argument(
        "--url", required=True, metavar="URL", help=_("postgresql://USER@HOST:PORT/DATABASE")
    )
    who = audit.add_mutually_exclusive_group()
    who.add_argument("--client", metavar="ID", help=_("only this client's records"))
    who.add_argument("--login", metavar="NAME", help=_("only what this login wrote, or as it"))
    audit.add_argument("--since", type=day, metavar="YYYY-MM-DD", help=_("from this day on (UTC)"))
    check = servers.add_parser(
        "check",
        help=_("compare this laptop's records with the team server's"),
        description=_(
            "Reads both sides only: per kind of record, the laptop's live records against "
            "those the server's login may see, by count and content. Exit 0 when all agree, "
            "1 otherwise."
        ),
    )
    check.add_argument(
        "--db", required=True, type=Path, metavar="PATH", help=_("the laptop's file")
    )
    check.add_argument(
        "--server", required=True, metavar="URL", help=_("postgresql://USER@HOST:PORT/DATABASE")
    )
    add_stranded(servers)
