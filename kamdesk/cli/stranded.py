"""`kamdesk server stranded --server URL [--apply ID | --drop ID]`: the changes laptops sent
that their KAMs' logins may not write, for a manager to settle (docs/team-server.md 4.3)."""

from __future__ import annotations

import argparse

from kamdesk.messages import _, ngettext


def add_parser(servers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    stranded = servers.add_parser(
        "stranded",
        help=_("list, apply or drop the changes KAMs could not send"),
        description=_(
            "Lists the changes laptops sent that their KAM's login may not make (to a client "
            "taken from them, to the catalogue, prices or people), per client, with their ids. "
            "--apply ID merges one into the server as your login (it then reaches every laptop "
            "holding the record); --drop ID marks it dropped."
        ),
    )
    stranded.add_argument(
        "--server", required=True, metavar="URL", help=_("postgresql://USER@HOST:PORT/DATABASE")
    )
    what = stranded.add_mutually_exclusive_group()
    what.add_argument("--apply", metavar="ID", help=_("merge this change into the server"))
    what.add_argument("--drop", metavar="ID", help=_("drop this change"))
    what.add_argument("--all", action="store_true", help=_("list settled changes too"))


def cmd_server_stranded(args: argparse.Namespace) -> int:
    from kamdesk.services.server.settle import (
        APPLIED,
        DROPPED,
        grouped,
        settle_on_server,
        stranded_on_server,
    )

    if args.apply or args.drop:
        change = args.apply or args.drop
        settle_on_server(args.server, change, APPLIED if args.apply else DROPPED)
        said = _("applied {id}") if args.apply else _("dropped {id}")
        print(said.format(id=change))
        return 0
    groups = grouped(stranded_on_server(args.server, settled=args.all))
    if not groups:
        print(_("no stranded changes"))
    for group in groups:
        n = len(group.changes)
        if group.client_id is None:
            line = ngettext(
                "Catalogue, prices and people: {n} change by {kam}",
                "Catalogue, prices and people: {n} changes by {kam}",
                n,
            ).format(n=n, kam=group.by)
        elif group.holders:
            line = ngettext(
                "{client}: {n} change by {kam} after the handover to {holders}",
                "{client}: {n} changes by {kam} after the handover to {holders}",
                n,
            ).format(client=group.client_name, n=n, kam=group.by, holders=group.holders)
        else:
            line = ngettext(
                "{client}: {n} change by {kam}, the client assigned to nobody",
                "{client}: {n} changes by {kam}, the client assigned to nobody",
                n,
            ).format(client=group.client_name or group.client_id, n=n, kam=group.by)
        print(line)
        for c in group.changes:
            settled = f" ({c.outcome})" if c.outcome else ""
            print(f"  {c.id} {c.at:%Y-%m-%d %H:%M} {c.entity} {c.record_id}{settled}")
    return 0
