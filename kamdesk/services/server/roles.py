"""`kamdesk server role add`: a person's own PostgreSQL login, tied to their KAM record.

Run by the server's administrator (a role that may create roles). The login joins one group:
KAMs see their assigned clients, managers their team's (the team they manage), the head office
and the report role everything (kamdesk.db.policies). The KAM record gets the login's name in
`kam.role_name`: that is how the policies know whose clients a login sees. The password goes
to the server as a SCRAM verifier, never as itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from kamdesk.db.policies import HEAD, KAM, MANAGER, REPORT
from kamdesk.db.scram import verifier
from kamdesk.errors import UserError
from kamdesk.messages import _

GROUP_OF = {"kam": KAM, "manager": MANAGER, "head": HEAD, "report": REPORT}
LOGIN_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


@dataclass(frozen=True)
class RoleMade:
    login: str
    group: str
    kam_name: str  # '' for the report role, which is nobody's KAM record
    created: bool  # False: the login existed; its group and password were set again


def add_role(
    session: Session, *, login: str, kam_name: str, kind: str, password: str | None
) -> RoleMade:
    """Make (or update) the login and tie it to the KAM named `kam_name`, in the session's
    transaction. `password` None: no password (certificate authentication, or set later)."""
    from kamdesk.services.clients.assignments import kam_for_name
    from kamdesk.services.sync.capture import capture

    if not LOGIN_NAME.match(login):
        raise UserError(
            _(
                "A login is lower-case letters, digits and '_', at most 63, not starting with "
                "a digit (anna_kovacs); {login!r} is not one."
            ).format(login=login)
        )
    if login.startswith("kamdesk_") or login in ("postgres", "public"):
        raise UserError(_("{login} is a name kamdesk or PostgreSQL keeps for itself.").format(
            login=login))  # fmt: skip
    group = GROUP_OF[kind]
    conn = session.connection()
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}).first()
    secret = "" if password is None else f" PASSWORD '{verifier(password)}'"
    if exists is None:
        conn.exec_driver_sql(f'CREATE ROLE "{login}" LOGIN{secret}')
    elif secret:
        conn.exec_driver_sql(f'ALTER ROLE "{login}" LOGIN{secret}')
    for other in GROUP_OF.values():
        if other != group:
            conn.exec_driver_sql(f'REVOKE {other} FROM "{login}"')
    conn.exec_driver_sql(f'GRANT {group} TO "{login}"')
    name = ""
    if kind != "report":
        if not " ".join(kam_name.split()):
            raise UserError(_("Give the person's name as their clients' dossiers show it."))
        kam = kam_for_name(session, kam_name)
        taken = conn.execute(
            text("SELECT name FROM kam WHERE role_name = :r AND id <> :id AND deleted_at IS NULL"),
            {"r": login, "id": kam.id},
        ).first()
        if taken is not None:
            raise UserError(
                _("The login {login} already belongs to {name}.").format(login=login, name=taken[0])
            )
        kam.role_name = login
        kam.is_manager = kind in ("manager", "head")
        session.flush()
        capture(session)  # the server's own edit: it travels to the laptops
        name = kam.name
    return RoleMade(login, group, name, created=exists is None)


def hba_line(login: str, database: str = "kamdesk") -> str:
    """The pg_hba.conf line that lets the login in over TLS with its password."""
    return f"hostssl {database} {login} 0.0.0.0/0 scram-sha-256"
