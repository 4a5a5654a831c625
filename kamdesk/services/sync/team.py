"""The team's hub: the manager's laptop that consolidates the team's files, and may have the
last word on the price list, promotions, team rules and company profile.

Named by a shared setting (`sync.hub`, the hub's replica id), so every laptop knows it once the
setting has travelled; a concurrent edit made there wins on every laptop (the other value is
still listed as a conflict). Handing clients to another KAM is an ordinary edit of the client's
KAM field, which syncs like any other.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from kamdesk.domain.natural_keys import setting_id
from kamdesk.errors import UserError
from kamdesk.models import Setting
from kamdesk.services.replica import current_replica
from kamdesk.services.sync.tables import HUB_SETTING


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
        raise UserError("This database has no identity yet: open it in kamdesk first.")
    row = session.get(Setting, setting_id(HUB_SETTING))
    value = me.id if on else ""
    if row is None:
        session.add(Setting(id=setting_id(HUB_SETTING), key=HUB_SETTING, value=value))
    else:
        row.deleted_at = None
        if on or row.value == me.id:
            row.value = value
    session.info.pop("kamdesk.sync.rules", None)
