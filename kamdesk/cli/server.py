"""`kamdesk server`: the team server on PostgreSQL (issue 19). The URL is printed without its
password, always (kamdesk.db.server.shown)."""

from __future__ import annotations

import argparse
import getpass
import sys

from kamdesk.errors import StorageError, UserError
from kamdesk.messages import _


def run_server(args: argparse.Namespace) -> int:
    if args.command == "handover":  # a manager's, on a file or on the team server
        from kamdesk.cli.handover import cmd_handover

        return cmd_handover(args)
    if args.server_command == "import":
        return cmd_server_import(args)
    from kamdesk.db.server import init_server, make_server_engine
    from kamdesk.services.sync.server_import import prepare_server

    if args.server_command == "role":
        return cmd_role_add(args)
    if args.server_command == "audit":
        return cmd_server_audit(args)
    if args.server_command == "check":
        return cmd_server_check(args)
    if args.server_command == "stranded":
        from kamdesk.cli.stranded import cmd_server_stranded

        return cmd_server_stranded(args)

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

    from kamdesk.db.server import make_server_engine, reason_of, server_url, shown
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
                url=shown(url), reason=reason_of(exc)
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


def _refused(url: object, exc: Exception) -> StorageError:
    from kamdesk.db.server import reason_of, shown

    return StorageError(
        _("{url} refused: {reason}").format(url=shown(str(url)), reason=reason_of(exc))
    )


def cmd_server_audit(args: argparse.Namespace) -> int:
    """The audit log, oldest first, one line a record written (docs/team-server.md 3.6)."""
    from sqlalchemy.exc import DBAPIError

    from kamdesk.db.audit import read_audit
    from kamdesk.db.server import make_server_engine

    engine = make_server_engine(args.url)
    reader = engine.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
    try:
        with reader.connect() as conn:
            entries = read_audit(conn, client=args.client, login=args.login, since=args.since)
    except DBAPIError as exc:
        raise _refused(args.url, exc) from exc
    finally:
        engine.dispose()
    for e in entries:
        who = e.role_name if e.role_name == e.session_role else f"{e.role_name}({e.session_role})"
        print(
            e.at.strftime("%Y-%m-%d %H:%M:%S"), who, e.laptop or "-", e.txid, e.op, e.entity,
            e.record_id, e.client_id or "-", (e.old_hash or "-")[:12], (e.new_hash or "-")[:12],
        )  # fmt: skip
    return 0


def cmd_server_check(args: argparse.Namespace) -> int:
    """This laptop's records against the server's for its login: exit 0 when all agree."""
    from kamdesk.cli import _open_readonly
    from kamdesk.services.server.check import check_with_server

    db = _open_readonly(args.db)
    try:
        result = check_with_server(db, args.server)
    finally:
        db.close()
    if result.unsent:
        print(_("{n} changes not sent yet").format(n=result.unsent))
    if result.stranded:
        print(
            _(
                "{n} stranded changes wait for a manager: `kamdesk server stranded --server URL`"
            ).format(n=result.stranded)
        )
    for e in result.entities:
        said = _("same") if e.same else _("differs")
        line = f"{e.entity}: {said} ({_('laptop')} {e.laptop}, {_('server')} {e.server})"
        if not e.same:
            line += " " + ", ".join(e.differing)
        print(line)
    return 0 if result.agree else 1
