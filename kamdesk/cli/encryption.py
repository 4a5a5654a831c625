"""The passphrase of an encrypted database on the command line (#15 item 7).

Every command takes `--passphrase-file F` (`--db-passphrase-file F` for export and import,
whose --passphrase-file is the team's sync passphrase), or the environment variable
KAMDESK_PASSPHRASE_FILE: F's first line opens an encrypted database, and the copies the command
makes of it. A plain database ignores it. An encrypted database without it, or with a wrong
one, is refused with exit code 2 and the file untouched (kamdesk.db.cipher's messages).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kamdesk.cli.sync import read_passphrase
from kamdesk.messages import _

ENV_PASSPHRASE_FILE = "KAMDESK_PASSPHRASE_FILE"
DEST = "db_passphrase_file"


def passphrase_file(args: argparse.Namespace) -> Path | None:
    given = getattr(args, DEST, None)
    if given is not None:
        return Path(given)
    env = os.environ.get(ENV_PASSPHRASE_FILE, "")
    return Path(env) if env else None


def apply_passphrase(args: argparse.Namespace) -> None:
    """Open any encrypted database this command touches with the passphrase it was given."""
    file = passphrase_file(args)
    if file is None and "kamdesk.db.cipher" not in sys.modules:
        return  # none given nor any to forget: the GUI paints before the database layer loads
    from kamdesk.db.cipher import use_passphrase

    use_passphrase(None, None if file is None else read_passphrase(file))


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    """`--passphrase-file F` on `parser` and every command below it."""
    if any(action.dest == DEST for action in parser._actions):
        return  # reached twice (an alias)
    flags = ["--db-passphrase-file"]
    if "--passphrase-file" not in parser._option_string_actions:
        flags.insert(0, "--passphrase-file")
    parser.add_argument(
        *flags,
        dest=DEST,
        type=Path,
        default=argparse.SUPPRESS,
        metavar="F",
        help=_(
            "the encrypted database's passphrase: the first line of F "
            "(or of the file ${variable} names)"
        ).format(variable=ENV_PASSPHRASE_FILE),
    )
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                add_passphrase_option(sub)
