"""A restore taken back (Edit > Undo after a restore from the trash): each record deleted
again as its own kind's delete does it. Apart from services.trash, which the deletes' own
modules use (a contact restored from the dossier), so that no import goes round in a circle.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from kamdesk.services.clients.contacts import delete_contact
from kamdesk.services.clients.dossier import delete_client
from kamdesk.services.prices.catalog import delete_product
from kamdesk.services.schedule.series import delete_meeting


def delete_again(session: Session, kind: str, record_ids: Sequence[str]) -> None:
    """Back to the trash, as each kind's own delete puts it there (the undo of a restore)."""
    deletes: dict[str, Any] = {
        "client": delete_client,
        "contact": delete_contact,
        "product": delete_product,
        "meeting": delete_meeting,
    }
    for record_id in record_ids:
        deletes[kind](session, record_id)
