"""`kamdesk server`: the team server on PostgreSQL (issue 19). The URL is printed without its
password, always (kamdesk.db.server.shown)."""

from __future__ import annotations

import argparse

from kamdesk.messages import _


def run_server(args: argparse.Namespace) -> int:
    if args.server_command == "import":
        return cmd_server_import(args)
    from kamdesk.db.server import init_server, make_server_engine
    from kamdesk.services.sync.server_import import prepare_server

    result = init_server(args.url)
    engine = make_server_engine(args.url)
    try:
        prepare_server(engine)  # the server's own replica, for the imports' derived edits
    finally:
        engine.dispose()
    if result.upgraded:
        message = _("{url}: kamdesk's schema is now at revision {revision}.")
    else:
        message = _("{url} is already at revision {revision}; nothing was changed.")
    print(message.format(url=result.url, revision=result.revision))
    return 0


def cmd_server_import(args: argparse.Namespace) -> int:
    """A laptop's sync file merged into the server, as `kamdesk import` merges it into a
    laptop, with the same summary; exit 2 (nothing written) when the file is refused."""
    from kamdesk.cli.sync import print_summary, read_passphrase
    from kamdesk.errors import UserError
    from kamdesk.services.sync.server_import import import_to_server

    if not args.file.is_file():
        raise UserError(_("{path} is not a file.").format(path=args.file))
    passphrase = read_passphrase(args.passphrase_file)
    shown, summary = import_to_server(args.server, args.file, passphrase=passphrase)
    print_summary(summary, as_json=args.json)
    if not args.json:
        print(_("merged into {url}").format(url=shown))
    return 0
