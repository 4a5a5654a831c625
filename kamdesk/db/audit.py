"""The team server's audit trail (docs/team-server.md, section 3.6), made by `kamdesk server
init` right after the policies (kamdesk.db.policies), whose functions it uses.

Every write to a synced table, to the people (`kam`, `team`, `client_kam`) and to the kept
states (`sync_state`) leaves one row per record in `kamdesk.audit_log`: who (the login, or the
role a manager took with SET ROLE, and the session's own login), from which laptop (the
exchange's `SET LOCAL kamdesk.laptop`), in which transaction, which record of which client, and
sha256 hashes of the row before and after (of its text form, `row::text`: the columns in their
order; cheaper than its jsonb, which the trigger still reads ids from). Hashes, not
values: the log proves who changed what without being a second copy of commercial secrets.

Statement triggers with transition tables: one INSERT ... SELECT per statement, whatever the
number of rows. The trigger function is SECURITY DEFINER and its owner (the administrator who
ran init) is the only one who may write the log; members of `kamdesk_audit` read it, managers
the rows of their team's clients through the view `kamdesk.team_audit`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, text

from kamdesk.db.dialect import run_script
from kamdesk.db.policies import BY_CLIENT, CLIENT_ASSIGNMENT, MANAGER, SHARED, THROUGH_PARENT

AUDIT = "kamdesk_audit"
OPS = {"INSERT": "I", "UPDATE": "U", "DELETE": "D"}
# the server's caches, derived from other records (not synced): no audit of their own
DERIVED = frozenset({"client_balance", "invoice_open", "revenue_month"})

TABLE = f"""
CREATE TABLE IF NOT EXISTS kamdesk.audit_log (
  id           bigserial PRIMARY KEY,
  at           timestamptz NOT NULL DEFAULT clock_timestamp(),
  role_name    name NOT NULL,
  session_role name NOT NULL,
  laptop       text DEFAULT current_setting('kamdesk.laptop', true),
  txid         bigint NOT NULL DEFAULT txid_current(),
  entity       text NOT NULL,
  record_id    text NOT NULL,
  client_id    varchar(36),
  op           char(1) NOT NULL CHECK (op IN ('I', 'U', 'D')),
  old_hash     bytea,
  new_hash     bytea
);
CREATE INDEX IF NOT EXISTS audit_log_client ON kamdesk.audit_log (client_id, at);
CREATE INDEX IF NOT EXISTS audit_log_role ON kamdesk.audit_log (role_name, at);
REVOKE ALL ON kamdesk.audit_log FROM PUBLIC;
REVOKE ALL ON SEQUENCE kamdesk.audit_log_id_seq FROM PUBLIC;
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{AUDIT}') THEN
    CREATE ROLE {AUDIT} NOLOGIN;
  END IF;
END $$;
GRANT USAGE ON SCHEMA kamdesk TO {AUDIT};
GRANT SELECT ON kamdesk.audit_log TO {AUDIT};
-- a manager reads the rows of the team's clients (the view reads the log as its owner)
CREATE OR REPLACE VIEW kamdesk.team_audit WITH (security_barrier) AS
  SELECT * FROM kamdesk.audit_log
  WHERE kamdesk.is_manager()
    AND (kamdesk.sees_all() OR client_id = ANY (kamdesk.visible_clients()));
REVOKE ALL ON kamdesk.team_audit FROM PUBLIC;
GRANT SELECT ON kamdesk.team_audit TO {MANAGER}, {AUDIT};
"""


def _select(op: str) -> str:
    """The log's rows for one statement, from `n` (new rows) and/or `o` (old rows) as jsonb.
    The trigger's arguments say how to find the record and its client: ('column', c): the
    row's column c; ('parent', p, link): the parent's client; ('state'): a kept state's
    record; ('none'): a shared record."""
    j = "o.j" if op == "D" else "n.j"
    entity = (
        f"CASE WHEN how = 'state' THEN 'sync_state/' || ({j}->>'entity') ELSE TG_TABLE_NAME END"
    )
    record = f"CASE WHEN how = 'state' THEN {j}->>'record_id' ELSE {j}->>'id' END"
    client = (
        f"CASE how WHEN 'column' THEN {j}->>a "
        f"WHEN 'parent' THEN nullif(kamdesk.owner_of(a, {j}->>b), '?') "
        f"WHEN 'state' THEN nullif(kamdesk.owner_of({j}->>'entity', {j}->>'record_id'), '?') END"
    )
    old = "NULL::bytea" if op == "I" else "sha256(convert_to(o.t, 'UTF8'))"
    new = "NULL::bytea" if op == "D" else "sha256(convert_to(n.t, 'UTF8'))"
    if op == "I":
        source = "(SELECT to_jsonb(r) AS j, r::text AS t FROM new_rows r) n"
    elif op == "D":
        source = "(SELECT to_jsonb(r) AS j, r::text AS t FROM old_rows r) o"
    else:
        source = (
            "(SELECT to_jsonb(r) AS j, r::text AS t FROM new_rows r) n JOIN "
            "(SELECT to_jsonb(r) AS j, r::text AS t FROM old_rows r) o ON "
            "CASE WHEN how = 'state' THEN (n.j->>'entity', n.j->>'record_id') = "
            "(o.j->>'entity', o.j->>'record_id') ELSE n.j->>'id' = o.j->>'id' END"
        )
    return (
        "INSERT INTO kamdesk.audit_log(role_name, session_role, entity, record_id, client_id, "
        f"op, old_hash, new_hash) SELECT kamdesk.caller(), session_user, {entity}, {record}, "
        f"{client}, '{op}', {old}, {new} FROM {source}"
    )


FUNCTION = f"""
CREATE OR REPLACE FUNCTION kamdesk.audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $$
DECLARE how text := TG_ARGV[0]; a text := TG_ARGV[1]; b text := TG_ARGV[2];
BEGIN
  -- each branch is planned when first run, by a trigger of its own event: the transition
  -- tables it names are there
  IF TG_OP = 'INSERT' THEN
    {_select("I")};
  ELSIF TG_OP = 'UPDATE' THEN
    {_select("U")};
  ELSE
    {_select("D")};
  END IF;
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION kamdesk.audit() FROM PUBLIC;
"""


def audited() -> dict[str, tuple[str, ...]]:
    """Each audited table (every synced one, and the kept states) with its trigger's
    arguments (how its client is found)."""
    out: dict[str, tuple[str, ...]] = {}
    for table, column in BY_CLIENT.items():
        if table not in DERIVED:
            out[table] = ("column", column)
    for table, (link, parent) in THROUGH_PARENT.items():
        out[table] = ("parent", parent, link)
    for table in SHARED:
        out[table] = ("none",)
    out[CLIENT_ASSIGNMENT] = ("column", "client_id")
    out["sync_state"] = ("state",)
    return out


def _triggers(table: str, args: tuple[str, ...]) -> Iterator[str]:
    quoted = ", ".join(f"'{a}'" for a in args)
    for event, op in OPS.items():
        name = f"audit_{op.lower()}"
        tables = {
            "I": "NEW TABLE AS new_rows",
            "U": "OLD TABLE AS old_rows NEW TABLE AS new_rows",
            "D": "OLD TABLE AS old_rows",
        }[op]
        yield f"DROP TRIGGER IF EXISTS {name} ON {table}"
        yield (
            f"CREATE TRIGGER {name} AFTER {event} ON {table} REFERENCING {tables} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION kamdesk.audit({quoted})"
        )


def statements() -> Iterator[str]:
    """The log, its reader role, the trigger function and the triggers (idempotent)."""
    yield TABLE
    yield FUNCTION
    for table, args in audited().items():
        yield from _triggers(table, args)


def apply_audit(conn: Connection) -> None:
    """Make the audit trail in the caller's transaction (after apply_policies)."""
    run_script(conn, statements())


def missing_audit(conn: Connection) -> list[str]:
    """Audited tables lacking one of their three triggers (a check's rule)."""
    rows = conn.exec_driver_sql(
        "SELECT c.relname, count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE t.tgname IN ('audit_i', 'audit_u', 'audit_d') AND NOT t.tgisinternal "
        "AND c.relnamespace = 'public'::regnamespace GROUP BY c.relname"
    ).all()
    complete = {str(name) for name, count in rows if count == 3}
    return sorted(t for t in audited() if t not in complete)


@dataclass(frozen=True)
class AuditEntry:
    """One row of the log, as `kamdesk server audit` prints it."""

    at: datetime
    role_name: str
    session_role: str
    laptop: str | None
    txid: int
    entity: str
    record_id: str
    client_id: str | None
    op: str
    old_hash: str | None  # hex
    new_hash: str | None


def read_audit(
    conn: Connection,
    *,
    client: str | None = None,
    login: str | None = None,
    since: date | None = None,
    limit: int | None = None,
) -> list[AuditEntry]:
    """The log's rows (of one client's records, or written by or as one login), oldest first:
    all of them for the audit role, a manager's team's clients' for a manager."""
    where: list[str] = []
    params: dict[str, Any] = {}
    if client:
        where.append("client_id = :client")
        params["client"] = client
    if login:
        where.append("(role_name = :login OR session_role = :login)")
        params["login"] = login
    if since is not None:
        where.append("at >= :since")
        params["since"] = datetime(since.year, since.month, since.day)
    whole = conn.execute(text("SELECT has_table_privilege('kamdesk.audit_log', 'SELECT')"))
    source = "kamdesk.audit_log" if whole.scalar() else "kamdesk.team_audit"  # a manager's
    sql = (
        "SELECT at, role_name, session_role, laptop, txid, entity, record_id, client_id, op, "
        f"encode(old_hash, 'hex'), encode(new_hash, 'hex') FROM {source}"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY id"
        + (f" LIMIT {int(limit)}" if limit else "")
    )
    rows = conn.execute(text(sql), params).all()
    return [_entry(r) for r in rows]


def _entry(r: Any) -> AuditEntry:
    at, role, session, laptop, txid, entity, record_id, client_id, op, old, new = r
    return AuditEntry(
        at, str(role), str(session), laptop, int(txid), str(entity), str(record_id), client_id,
        str(op), old, new,
    )  # fmt: skip
