"""Who may read and write what on the team server: PostgreSQL roles, functions and row-level
security policies (docs/team-server.md, sections 3.2 to 3.4), made by `kamdesk server init`.

A laptop talks to PostgreSQL directly; whatever must hold against a modified laptop lives in
the database. Every synced table has RLS enabled and forced, in one of four families:

(a) a client and the tables with a `client_id`: a KAM reads and writes the rows of the
    clients assigned to them (`kamdesk.visible_clients()`), a manager their team's, the head
    office and the report role every row; `WITH CHECK` keeps a row from moving to a client
    out of scope. An activity without a client belongs to its `kam_id`.
(b) children without a `client_id` (order lines, the activities' people and products, ...):
    through their parent, whose own policy applies inside the EXISTS.
(c) shared (catalogue, prices, rules, company, people): everyone reads; only managers write.
    Competitors are facts every KAM may add.
(d) the sync bookkeeping: a kept state (`sync_state`) is readable where its record is, and a
    trigger refuses a state a role may not write (a forged product state would otherwise
    travel to every laptop).

Assignments (`client_kam`): read with their client; a KAM inserts only their own, for a client
they create, and updates only their own leaving one (a handover, docs/team-server.md 3.5), and
of it only `deleted_at` (the trigger `kam_ends_only`); managers assign within their team.

KAMs never DELETE a synced row (deletions are tombstones; the purge of tombstones is a
manager's); the functions that decide scope are SECURITY DEFINER (they read every
assignment), callers see only their answers. `kamdesk.caller()` is the login, or the role a
manager took with SET ROLE.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Connection

from kamdesk.db.dialect import run_script
from kamdesk.db.stranded import statements as stranded_statements

KAM, MANAGER, HEAD, REPORT = "kamdesk_kam", "kamdesk_manager", "kamdesk_head", "kamdesk_report"
GROUPS = (KAM, MANAGER, HEAD, REPORT)

# (a): the column naming the client
BY_CLIENT = {
    "client": "id",
    **{
        name: "client_id"
        for name in (
            "client_competitor", "client_key_reason", "client_price", "contact", "contract",
            "dunning_step", "objection", "complaint", "sales_order", "invoice",
            "issued_document", "order_event", "payment", "sales_return", "payment_allocation",
            "allocation_reversal", "activity", "sales_plan", "promotion_client",
            "client_balance", "invoice_open", "revenue_month",
        )
    },
}  # fmt: skip
# (b): child -> (its link, the parent)
THROUGH_PARENT = {
    "order_line": ("order_id", "sales_order"),
    "activity_contact": ("activity_id", "activity"),
    "activity_product": ("activity_id", "activity"),
    "meeting_question": ("activity_id", "activity"),
    "return_line": ("return_id", "sales_return"),
    "contact_relation": ("from_contact_id", "contact"),
}
# (c)
SHARED = (
    "company", "competitor", "exchange_rate", "price_column", "product_category", "setting",
    "team", "vat_registration", "kam", "product", "promotion", "product_price",
    "product_tax_rate", "product_translation", "promotion_product", "quantity_break",
)  # fmt: skip
KAM_WRITES_SHARED = frozenset({"competitor"})
# (d) and the server's own bookkeeping: no row policies (a state's own rule is its trigger)
BOOKKEEPING = (
    "sync_state", "sync_conflict", "sync_held", "sync_meta", "sync_peer", "sync_exchange",
    "sync_dirty", "replica", "cache_state", "ledger_month", "digest_sum", "digest_dirty",
)  # fmt: skip
CLIENT_ASSIGNMENT = "client_kam"

# whose assignments a login sees: its KAM's, and its team's for a manager (a KAM leaving by a
# handover keeps the client 14 days)
SEES = """a.deleted_at IS NULL
    AND (a.leaving_since IS NULL
         OR a.leaving_since::timestamptz > now() - interval '14 days')
    AND (k.id = kamdesk.current_kam()
         OR k.team_id IN (SELECT t.id FROM team t
                          WHERE t.manager_id = kamdesk.current_kam() AND t.deleted_at IS NULL))"""

FUNCTIONS = f"""
CREATE SCHEMA IF NOT EXISTS kamdesk;
CREATE OR REPLACE FUNCTION kamdesk.caller() RETURNS name LANGUAGE sql STABLE AS $$
  SELECT coalesce(nullif(current_setting('role'), 'none'), session_user)::name $$;
CREATE OR REPLACE FUNCTION kamdesk.current_kam() RETURNS varchar LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public AS $$
  SELECT id FROM kam WHERE role_name = kamdesk.caller() AND deleted_at IS NULL LIMIT 1 $$;
CREATE OR REPLACE FUNCTION kamdesk.sees_all() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT pg_has_role(kamdesk.caller(), '{HEAD}', 'member')
      OR pg_has_role(kamdesk.caller(), '{REPORT}', 'member') $$;
CREATE OR REPLACE FUNCTION kamdesk.is_manager() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT pg_has_role(kamdesk.caller(), '{MANAGER}', 'member') $$;
CREATE OR REPLACE FUNCTION kamdesk.visible_clients() RETURNS varchar[] LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce(array_agg(DISTINCT a.client_id), '{{}}')
  FROM client_kam a JOIN kam k ON k.id = a.kam_id
  WHERE {{SEES}} $$;
-- the same question for one client, by its index (a row trigger's: the array once per row
-- was a KAM's 1 000 kept states in 4 s)
CREATE OR REPLACE FUNCTION kamdesk.may_see(cid varchar) RETURNS boolean LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (SELECT 1 FROM client_kam a JOIN kam k ON k.id = a.kam_id
                 WHERE a.client_id = cid AND {{SEES}}) $$;
CREATE OR REPLACE FUNCTION kamdesk.client_is_new(cid varchar) RETURNS boolean LANGUAGE sql
STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT NOT EXISTS (SELECT 1 FROM client WHERE id = cid)
     AND NOT EXISTS (SELECT 1 FROM client_kam
                     WHERE client_id = cid AND kam_id <> kamdesk.current_kam()) $$;
CREATE OR REPLACE FUNCTION kamdesk.in_my_team(k varchar) RETURNS boolean LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public AS $$
  SELECT kamdesk.sees_all() OR EXISTS (
    SELECT 1 FROM kam m JOIN team t ON t.id = m.team_id
    WHERE m.id = k AND t.manager_id = kamdesk.current_kam() AND t.deleted_at IS NULL) $$;
CREATE OR REPLACE FUNCTION kamdesk.team_kams() RETURNS varchar[] LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce(array_agg(m.id), '{{}}') FROM kam m JOIN team t ON t.id = m.team_id
  WHERE t.manager_id = kamdesk.current_kam() AND t.deleted_at IS NULL $$;
""".replace("{SEES}", SEES)


# `IN (SELECT unnest(...))`, not `= ANY (array)`: the planner hashes the set once (a semi-join)
# where ANY compares each row with the whole array (a manager's 216 000 rows against 3 829
# clients: 0.18 s against 31 s)
VISIBLE = "(SELECT unnest(kamdesk.visible_clients()))"


def _scope(column: str) -> str:
    return f"((SELECT kamdesk.sees_all()) OR {column} IN {VISIBLE})"


def _family_a(table: str, column: str) -> Iterator[str]:
    scope = _scope(column)
    if table == "activity":  # an activity without a client is its KAM's (a training)
        scope = f"({scope} OR (client_id IS NULL AND kam_id = (SELECT kamdesk.current_kam())))"
    if table == "sales_plan":  # the new-clients plan is the company's: shared
        scope = f"({scope} OR client_id IS NULL)"
    yield f"CREATE POLICY scope_read ON {table} FOR SELECT TO {KAM}, {REPORT} USING ({scope})"
    write = scope
    if table == "sales_plan":
        write = f"({_scope(column)} OR (client_id IS NULL AND (SELECT kamdesk.is_manager())))"
    if table == "promotion_client":  # reads as its client's, written as the shared promotions
        yield f"CREATE POLICY shared_insert ON {table} FOR INSERT TO {MANAGER} WITH CHECK (true)"
        yield (
            f"CREATE POLICY shared_update ON {table} FOR UPDATE TO {MANAGER} "
            "USING (true) WITH CHECK (true)"
        )
    else:
        yield f"CREATE POLICY scope_insert ON {table} FOR INSERT TO {KAM} WITH CHECK ({write})"
        yield (
            f"CREATE POLICY scope_update ON {table} FOR UPDATE TO {KAM} "
            f"USING ({write}) WITH CHECK ({write})"
        )
    yield f"CREATE POLICY scope_purge ON {table} FOR DELETE TO {MANAGER} USING ({scope})"


def _family_b(table: str, link: str, parent: str) -> Iterator[str]:
    through = f"(EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {table}.{link}))"
    yield f"CREATE POLICY scope_read ON {table} FOR SELECT TO {KAM}, {REPORT} USING ({through})"
    yield f"CREATE POLICY scope_insert ON {table} FOR INSERT TO {KAM} WITH CHECK ({through})"
    yield (
        f"CREATE POLICY scope_update ON {table} FOR UPDATE TO {KAM} "
        f"USING ({through}) WITH CHECK ({through})"
    )
    yield f"CREATE POLICY scope_purge ON {table} FOR DELETE TO {MANAGER} USING ({through})"


def _family_c(table: str) -> Iterator[str]:
    writers = KAM if table in KAM_WRITES_SHARED else MANAGER
    yield f"CREATE POLICY shared_read ON {table} FOR SELECT TO {KAM}, {REPORT} USING (true)"
    yield f"CREATE POLICY shared_insert ON {table} FOR INSERT TO {writers} WITH CHECK (true)"
    yield (
        f"CREATE POLICY shared_update ON {table} FOR UPDATE TO {writers} "
        "USING (true) WITH CHECK (true)"
    )
    yield f"CREATE POLICY shared_purge ON {table} FOR DELETE TO {MANAGER} USING (true)"


def _assignments() -> Iterator[str]:
    """client_kam: seen with the client; a KAM may assign only themselves to a client that
    does not exist yet (one they create); managers assign within their team."""
    t = CLIENT_ASSIGNMENT
    yield (
        f"CREATE POLICY see_colleagues ON {t} FOR SELECT TO {KAM}, {REPORT} "
        f"USING ({_scope('client_id')})"
    )
    # and their own assignment of a client they are creating: the push's upsert (INSERT ... ON
    # CONFLICT DO UPDATE) must be able to read the row it writes before the client exists
    yield (
        f"CREATE POLICY own_new_read ON {t} FOR SELECT TO {KAM} USING "
        "(kam_id = (SELECT kamdesk.current_kam()) AND kamdesk.client_is_new(client_id))"
    )
    yield (
        f"CREATE POLICY own_new ON {t} FOR INSERT TO {KAM} WITH CHECK "
        "(kam_id = (SELECT kamdesk.current_kam()) AND kamdesk.client_is_new(client_id))"
    )
    # a handover (docs/team-server.md 3.5): the outgoing KAM's exchange ends their own leaving
    # assignment; the trigger below lets them change its deleted_at and nothing else
    mine_leaving = "(kam_id = (SELECT kamdesk.current_kam()) AND leaving_since IS NOT NULL)"
    yield (
        f"CREATE POLICY own_update ON {t} FOR UPDATE TO {KAM} "
        f"USING {mine_leaving} WITH CHECK {mine_leaving}"
    )
    # in_my_team(kam_id) as one set made once per statement (its KAMs hashed), not a call per
    # row: read per row, a manager's SELECT of the assignments took 0.9 s at 10 000 clients
    mine = "((SELECT kamdesk.sees_all()) OR kam_id IN (SELECT unnest(kamdesk.team_kams())))"
    both = f"USING ({mine}) WITH CHECK ({mine})"
    yield f"CREATE POLICY team_assign ON {t} FOR ALL TO {MANAGER} {both}"


ENDS_ONLY = f"""
CREATE OR REPLACE FUNCTION kamdesk.kam_ends_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT pg_has_role(kamdesk.caller(), '{KAM}', 'member') OR kamdesk.is_manager() THEN
    RETURN NEW;  -- a manager, the head office, the server's administrator
  END IF;
  IF NEW.deleted_at IS NULL OR (to_jsonb(NEW) - ARRAY['deleted_at', 'updated_at', 'revision'])
     IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['deleted_at', 'updated_at', 'revision']) THEN
    RAISE EXCEPTION 'a KAM may only end their own leaving assignment (%), no more: %',
      OLD.id, 'the rest is the manager''s to change' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS kam_ends_only ON {CLIENT_ASSIGNMENT};
CREATE TRIGGER kam_ends_only BEFORE UPDATE ON {CLIENT_ASSIGNMENT}
  FOR EACH ROW EXECUTE FUNCTION kamdesk.kam_ends_only();
"""


def _owner_function() -> str:
    """kamdesk.owner_of(entity, id): the client a record belongs to; NULL for a shared one,
    '?' for a record of a scoped family whose row is not there."""
    cases = ["WHEN 'client' THEN RETURN coalesce((SELECT id FROM client WHERE id = rid), '?');"]
    for table, column in BY_CLIENT.items():
        if table in ("client", "client_balance", "invoice_open", "revenue_month"):
            continue
        cases.append(
            f"WHEN '{table}' THEN SELECT {column}, true INTO cid, found_it FROM {table} "
            "WHERE id = rid; RETURN CASE WHEN found_it THEN cid ELSE '?' END;"
        )
    for table, (link, parent) in THROUGH_PARENT.items():
        cases.append(
            f"WHEN '{table}' THEN SELECT p.{BY_CLIENT[parent]}, true INTO cid, found_it "
            f"FROM {table} c JOIN {parent} p ON p.id = c.{link} WHERE c.id = rid; "
            "RETURN CASE WHEN found_it THEN cid ELSE '?' END;"
        )
    cases.append(
        f"WHEN '{CLIENT_ASSIGNMENT}' THEN SELECT client_id, true INTO cid, found_it "
        f"FROM {CLIENT_ASSIGNMENT} WHERE id = rid; RETURN CASE WHEN found_it THEN cid ELSE '?' END;"
    )
    body = "\n    ".join(cases)
    return f"""
CREATE OR REPLACE FUNCTION kamdesk.owner_of(ent text, rid varchar) RETURNS varchar
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
DECLARE cid varchar; found_it boolean := false;
BEGIN
  CASE ent
    {body}
    ELSE RETURN NULL;
  END CASE;
END $$;
CREATE OR REPLACE FUNCTION kamdesk.may_write_state() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
DECLARE owner varchar;
BEGIN
  IF NOT pg_has_role(kamdesk.caller(), '{KAM}', 'member') OR kamdesk.sees_all() THEN
    RETURN NEW;  -- the server's administrator, the head office
  END IF;
  owner := kamdesk.owner_of(NEW.entity, NEW.record_id);
  IF owner IS NULL THEN
    IF NEW.entity = ANY (ARRAY[{", ".join(f"'{t}'" for t in sorted(KAM_WRITES_SHARED))}])
       OR kamdesk.is_manager() THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'only a manager writes % records (%)', NEW.entity, NEW.record_id
      USING ERRCODE = '42501';
  END IF;
  IF owner = '?' OR NOT kamdesk.may_see(owner) THEN
    RAISE EXCEPTION 'record % (%) is not in your scope', NEW.record_id, NEW.entity
      USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$;
"""


# the bookkeeping that holds records' values (kept states, conflicts, records held aside):
# readable and writable where the record is (its state's own write rule is a trigger)
BY_RECORD = ("sync_state", "sync_conflict", "sync_held")


def _record_bookkeeping() -> Iterator[str]:
    visible = (
        "((SELECT kamdesk.sees_all()) OR "
        f"coalesce(kamdesk.owner_of(entity, record_id) IN {VISIBLE}, true))"
    )
    for table in BY_RECORD:
        yield _drop_policies(table)
        yield f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"
        yield f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY"
        yield f"CREATE POLICY by_record ON {table} FOR ALL TO {KAM}, {REPORT} USING ({visible})"


def _drop_policies(table: str) -> str:
    return (
        f"DO $$ DECLARE p record; BEGIN FOR p IN SELECT policyname FROM pg_policies "
        f"WHERE schemaname = 'public' AND tablename = '{table}' LOOP "
        f"EXECUTE format('DROP POLICY %I ON {table}', p.policyname); END LOOP; END $$"
    )


def statements() -> Iterator[str]:
    """Everything after the roles exist, in order; run again, it makes the same (idempotent)."""
    yield FUNCTIONS
    yield _owner_function()
    tables = [*BY_CLIENT, *THROUGH_PARENT, *SHARED, CLIENT_ASSIGNMENT]
    for table in tables:
        yield _drop_policies(table)
        yield f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"
        yield f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY"
        writers = MANAGER if table in SHARED and table not in KAM_WRITES_SHARED else KAM
        yield f"REVOKE ALL ON {table} FROM {KAM}, {MANAGER}, {REPORT}"
        yield f"GRANT SELECT ON {table} TO {KAM}, {REPORT}"
        yield f"GRANT INSERT, UPDATE ON {table} TO {writers}"  # a KAM's product edit: refused
        yield f"GRANT DELETE ON {table} TO {MANAGER}"
    for table, column in BY_CLIENT.items():
        yield from _family_a(table, column)
    for table, (link, parent) in THROUGH_PARENT.items():
        yield from _family_b(table, link, parent)
    for table in SHARED:
        yield from _family_c(table)
    yield from _assignments()
    yield ENDS_ONLY
    for table in BOOKKEEPING:
        yield f"GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO {KAM}"
        yield f"GRANT SELECT ON {table} TO {REPORT}"
    yield from _record_bookkeeping()
    yield from stranded_statements(KAM, MANAGER)  # the server's stranded changes (4.3)
    yield "GRANT SELECT ON alembic_version TO kamdesk_kam, kamdesk_report"
    yield "GRANT USAGE ON SCHEMA kamdesk TO kamdesk_kam, kamdesk_report"
    yield "DROP TRIGGER IF EXISTS may_write_state ON sync_state"
    yield (
        "CREATE TRIGGER may_write_state BEFORE INSERT OR UPDATE ON sync_state "
        "FOR EACH ROW EXECUTE FUNCTION kamdesk.may_write_state()"
    )


def _role(name: str, member_of: str = "") -> str:
    within = f" IN ROLE {member_of}" if member_of else ""
    return (
        f"IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{name}') THEN "
        f"CREATE ROLE {name} NOLOGIN{within}; END IF;"
    )


ROLES = (
    f"DO $$ BEGIN {_role(KAM)} {_role(MANAGER, KAM)} {_role(HEAD, MANAGER)} {_role(REPORT)} END $$"
)


def apply_policies(conn: Connection) -> None:
    """Make the group roles (once per cluster), the functions, grants and policies (per
    database), in the caller's transaction."""
    run_script(conn, [ROLES, *statements()])


def missing_rls(conn: Connection) -> list[str]:
    """Synced tables without row-level security enabled and forced (the check's rule)."""
    rows = conn.exec_driver_sql(
        "SELECT relname FROM pg_class WHERE relkind = 'r' "
        "AND relnamespace = 'public'::regnamespace AND relrowsecurity AND relforcerowsecurity"
    ).all()
    protected = {str(r[0]) for r in rows}
    wanted = [*BY_CLIENT, *THROUGH_PARENT, *SHARED, CLIENT_ASSIGNMENT]
    return sorted(t for t in wanted if t not in protected)
