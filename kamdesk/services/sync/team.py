"""The team's hub: the manager's laptop that consolidates the team's files, and may have the
last word on the price list, promotions, team rules and company profile.

Named by a shared setting (`sync.hub`, the hub's replica id), so every laptop knows it once the
setting has travelled; a concurrent edit made there wins on every laptop (the other value is
still listed as a conflict). Handing clients to another KAM is an ordinary edit of the client's
KAM field, which syncs like any other.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from kamdesk.domain.natural_keys import setting_id
from kamdesk.errors import UserError
from kamdesk.messages import _
from kamdesk.models import Setting
from kamdesk.services.replica import current_replica
from kamdesk.services.sync.tables import HUB_SETTING, RULES_KEY


def hub_id(session: Session) -> str | None:
    row = session.get(Setting, setting_id(HUB_SETTING))
    if row is None or row.deleted_at is not None or not row.value:
        return None
    return row.value


def is_hub(session: Session) -> bool:
    me = current_replica(session)
    return me is not None and hub_id(session) == me.id


def set_hub(session: Session, on: bool) -> None:
    """Make this laptop the team's hub (or stop being it)."""
    me = current_replica(session)
    if me is None:
        raise UserError(_("This database has no identity yet: open it in kamdesk first."))

    row = session.get(Setting, setting_id(HUB_SETTING))
    value = me.id if on else ""
    if row is None:
        session.add(Setting(id=setting_id(HUB_SETTING), key=HUB_SETTING, value=value))
    else:
        row.deleted_at = None
        if on or row.value == me.id:
            row.value = value
    session.info.pop(RULES_KEY, None)


def apply_authority(session: Session) -> None:
    """When the hub named by the shared setting changed (here or by a file), show on every
    record of the hub's entities the winner it now decides, and list its conflicts again."""
    import json

    from kamdesk.services.sync import conflicts
    from kamdesk.services.sync.store import SET_META, read_rows
    from kamdesk.services.sync.tables import AUTHORITY_ENTITIES, entities, rules_for
    from kamdesk.services.sync.writing import write_row
    from kamdesk.sync import codec

    session.info.pop(RULES_KEY, None)
    hub = rules_for(session).authority or ""
    conn = session.connection()
    row = conn.execute(text("SELECT value FROM sync_meta WHERE key = 'hub_applied'")).first()
    if (row[0] if row is not None else "") == hub:
        return
    for name in sorted(AUTHORITY_ENTITIES):
        entity = entities()[name]
        states = [
            codec.decode(name, json.loads(kept))
            for (kept,) in conn.execute(
                text("SELECT state FROM sync_state WHERE entity = :e"), {"e": name}
            )
        ]
        split = [s for s in states if any(len(vs) > 1 for vs in s.fields.values())]
        rows = read_rows(session, entity, [s.record_id for s in split])
        for state in split:
            found = rows.get(state.record_id)
            if found is not None:
                write_row(session, entity, state, found.blobs, live=not found.deleted)
        conflicts.refresh(session, split)
        conn.execute(
            text("DELETE FROM sync_dirty WHERE entity = :e"), {"e": name}
        )  # what the hub decides is shown, not edited
    conn.execute(SET_META, {"k": "hub_applied", "v": hub})
