"""`kamdesk server`: the team server on PostgreSQL (issue 19). The URL is printed without its
password, always (kamdesk.db.server.shown)."""

from __future__ import annotations

import argparse
import getpass
import sys

from kamdesk.errors import StorageError, UserError
from kamdesk.messages import _


def run_server(args: argparse.Namespace) -> int:
    from kamdesk.db.server import init_server

    if args.server_command == "role":
        return cmd_role_add(args)

    result = init_server(args.url)
    if result.upgraded:
        message = _("{url}: kamdesk's schema is now at revision {revision}.")
    else:
        message = _("{url} is already at revision {revision}; nothing was changed.")
    print(message.format(url=result.url, revision=result.revision))
    return 0


def _password() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass(_("Password for the new login: "))
        if getpass.getpass(_("The same again: ")) != first:
            raise UserError(_("The two passwords differ; nothing was changed."))
    else:
        first = sys.stdin.readline().rstrip("\r\n")
    if len(first) < 12:
        raise UserError(_("Give a password of at least 12 characters; nothing was changed."))
    return first


def cmd_role_add(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.orm import Session

    from kamdesk.db.server import make_server_engine, server_url, shown
    from kamdesk.services.server.roles import add_role, hba_line

    password = None if args.no_password else _password()
    url = server_url(args.url)
    engine = make_server_engine(url)
    try:
        with Session(engine) as session:
            made = add_role(
                session, login=args.login, kam_name=args.kam, kind=args.kind, password=password
            )
            session.commit()
    except DBAPIError as exc:
        raise StorageError(
            _("{url}: the login was not made: {reason}").format(
                url=shown(url), reason=" ".join(str(exc.orig or exc).split())
            )
        ) from exc
    finally:
        engine.dispose()
    said = _("made the login {login}") if made.created else _("updated the login {login}")
    print(
        said.format(login=made.login), f"({made.group})", f"- {made.kam_name}" * bool(made.kam_name)
    )
    print(_("pg_hba.conf:"), hba_line(made.login, url.database or "kamdesk"))
    print(
        _("the laptop's ~/.pg_service.conf:"),
        f"[kamdesk] host={url.host or 'localhost'} dbname={url.database or 'kamdesk'} "
        f"user={made.login} sslmode=verify-full",
    )
    return 0
