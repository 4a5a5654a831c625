"""`kamdesk sync --db PATH --server URL`: one exchange with the team server (issue 19).

Prints what the exchange did on each side, as an import of a sync file does; the URL is shown
without a password (there should be none in it: the server's connection refuses one).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from kamdesk.errors import StorageError
from kamdesk.messages import _, ngettext


def cmd_sync_server(args: argparse.Namespace, open_db: Callable[[Any], Any]) -> int:
    from kamdesk.services.server.run import sync_with_server

    if not args.db.exists():
        raise StorageError(_("{path} does not exist.").format(path=args.db))
    db = open_db(args.db)
    try:
        result = sync_with_server(db, args.server, backups=db.backups_folder)
    finally:
        db.close()
    if args.json:
        print(
            json.dumps(
                {
                    "sent": result.sent,
                    "received": result.received,
                    "stranded": result.stranded,
                    "server": result.pushed.as_json(),
                    "laptop": result.pulled.as_json(),
                },
                sort_keys=True,
            )
        )
        return 0
    for side, summary in ((_("server"), result.pushed), (_("laptop"), result.pulled)):
        for title, counts in (
            (_("added"), summary.added),
            (_("changed"), summary.changed),
            (_("deleted"), summary.deleted),
        ):
            for entity, n in sorted(counts.items()):
                print(f"{side:8} {title:8} {entity:20} {n}")
    print(
        _("sent {sent} records, received {received}").format(
            sent=result.sent, received=result.received
        )
    )
    if result.stranded:
        print(
            ngettext(
                "{n} change could not be sent: it is your manager's to apply",
                "{n} changes could not be sent: they are your manager's to apply",
                result.stranded,
            ).format(n=result.stranded)
        )
    if result.nothing:
        print(_("nothing new on either side"))
    print(_("conflicts open: {n}").format(n=result.pulled.conflicts))
    return 0
