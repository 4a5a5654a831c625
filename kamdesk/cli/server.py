"""`kamdesk server`: the team server on PostgreSQL (issue 19). The URL is printed without its
password, always (kamdesk.db.server.shown)."""

from __future__ import annotations

import argparse

from kamdesk.messages import _


def run_server(args: argparse.Namespace) -> int:
    from kamdesk.db.server import init_server

    result = init_server(args.url)
    if result.upgraded:
        message = _("{url}: kamdesk's schema is now at revision {revision}.")
    else:
        message = _("{url} is already at revision {revision}; nothing was changed.")
    print(message.format(url=result.url, revision=result.revision))
    return 0
