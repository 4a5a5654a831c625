"""The team server's `stranded` table (docs/team-server.md 4.3): whole record states a laptop
pushed that its login may not write (an edit to a client taken from its KAM outright, a KAM's
edit to a shared record), kept apart for a manager to apply or drop instead of refusing the
whole exchange. Server only: made by migration 0017 on PostgreSQL, nothing on a laptop.

Who may do what is row-level security, made with the other policies by `kamdesk server init`
(kamdesk.db.policies calls `statements` here): a KAM inserts rows naming themselves only, unsettled,
and reads their own; a manager reads and settles the team's; the head office all of them. Nobody
deletes one: a settled row stays as the record of what became of the change.
"""

from __future__ import annotations

from collections.abc import Iterator

TABLE = "stranded"
OUTCOMES = ("applied", "dropped")

CREATE = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
  id          varchar(36) PRIMARY KEY,
  replica_id  varchar NOT NULL,
  kam_id      varchar NOT NULL,
  entity      varchar NOT NULL,
  record_id   varchar NOT NULL,
  client_id   varchar,
  state       jsonb NOT NULL,
  blobs       jsonb NOT NULL DEFAULT '{{}}',
  at          timestamptz NOT NULL DEFAULT now(),
  settled_at  timestamptz,
  settled_by  varchar,
  outcome     varchar CHECK (outcome IN ({", ".join(f"'{o}'" for o in OUTCOMES)})),
  CHECK ((outcome IS NULL) = (settled_at IS NULL))
);
CREATE INDEX IF NOT EXISTS stranded_open ON {TABLE} (kam_id, at) WHERE settled_at IS NULL;
ALTER TABLE {TABLE} ENABLE ROW LEVEL SECURITY;
ALTER TABLE {TABLE} FORCE ROW LEVEL SECURITY
"""

DROP = f"DROP TABLE IF EXISTS {TABLE}"


def statements(kam: str, manager: str) -> Iterator[str]:
    """Grants and policies (after the group roles and kamdesk's functions exist)."""
    t = TABLE
    yield (
        f"DO $$ DECLARE p record; BEGIN FOR p IN SELECT policyname FROM pg_policies "
        f"WHERE schemaname = 'public' AND tablename = '{t}' LOOP "
        f"EXECUTE format('DROP POLICY %I ON {t}', p.policyname); END LOOP; END $$"
    )
    yield f"REVOKE ALL ON {t} FROM {kam}, {manager}"
    yield f"GRANT SELECT, INSERT ON {t} TO {kam}"
    yield f"GRANT UPDATE (settled_at, settled_by, outcome) ON {t} TO {manager}"
    mine = "kam_id = (SELECT kamdesk.current_kam())"
    yield f"CREATE POLICY own_read ON {t} FOR SELECT TO {kam} USING ({mine})"
    yield (
        f"CREATE POLICY own_insert ON {t} FOR INSERT TO {kam} "
        f"WITH CHECK ({mine} AND settled_at IS NULL AND outcome IS NULL AND settled_by IS NULL)"
    )
    team = "kamdesk.in_my_team(kam_id)"
    yield f"CREATE POLICY team_read ON {t} FOR SELECT TO {manager} USING ({team})"
    yield (
        f"CREATE POLICY team_settle ON {t} FOR UPDATE TO {manager} "
        f"USING ({team} AND settled_at IS NULL) WITH CHECK ({team})"
    )
