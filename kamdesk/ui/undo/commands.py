"""The edits Edit > Undo takes back: a meeting moved in the week, a record deleted.

Each is pushed on the main window's stack (history.main_stack) after the edit was committed;
its undo and redo are new edits made through run_op, so they sync like any other, and a
failure (the record deleted or changed on another laptop meanwhile) is said and drops the
command.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kamdesk.ui.marks import QT_TRANSLATE_NOOP
from kamdesk.ui.operations import ChangeHub, run_op
from kamdesk.ui.undo.history import DoneCommand, main_stack

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.services.schedule.meetings import Slot


def _tr(text: str, comment: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Undo", text, comment, n)


# what a deletion's undo is called, per kind of record ("Undo deletion of client “Alfa”")
DELETED = {
    "client": QT_TRANSLATE_NOOP("Undo", "deletion of client “{name}”"),
    "contact": QT_TRANSLATE_NOOP("Undo", "deletion of contact “{name}”"),
    "meeting": QT_TRANSLATE_NOOP("Undo", "deletion of meeting “{name}”"),
    "call": QT_TRANSLATE_NOOP("Undo", "deletion of call “{name}”"),
    "product": QT_TRANSLATE_NOOP("Undo", "deletion of product “{name}”"),
}


def _parent(hub: ChangeHub) -> QWidget | None:
    """Where a failed undo is said: the main window (the one that owns the hub)."""
    owner = hub.parent()
    return owner if isinstance(owner, QWidget) else None


def _run(db: Database, hub: ChangeHub, fn: Callable[[Session], Any]) -> bool:
    def work(session: Session) -> bool:
        fn(session)
        return True

    return bool(run_op(_parent(hub), db, hub, work))


def deleted(
    db: Database,
    hub: ChangeHub,
    kind: str,
    name: str,
    record_ids: Sequence[str],
    delete: Callable[[Session], Any],
    *,
    trash_kind: str | None = None,
    then: Callable[[Session], Any] | None = None,
) -> None:
    """Records just deleted (to the trash): undo restores them with what went with them (and
    runs `then` in the same edit: what the deletion changed beside them), redo runs `delete`
    again. `kind` names them in the command (client, contact, meeting, call, product);
    `trash_kind` is the trash's word when it differs (a call is a meeting there)."""
    from kamdesk.services.trash import restore

    ids = list(record_ids)
    text = _tr(DELETED[kind]).format(name=name)

    def back(session: Session) -> None:
        restore(session, trash_kind or kind, ids)
        if then is not None:
            then(session)

    command = DoneCommand(
        text,
        back=lambda: _run(db, hub, back),
        again=lambda: _run(db, hub, delete),
    )
    main_stack(hub).push(command)


def restored(
    db: Database, hub: ChangeHub, names: Sequence[str], came_back: dict[str, list[str]]
) -> None:
    """Records just restored from the trash: undo puts them back there, redo restores them
    again."""
    from kamdesk.services.trash import restore_chosen
    from kamdesk.services.trash_again import delete_again

    def back(session: Session) -> None:
        for kind in reversed(list(came_back)):  # a contact before its client
            delete_again(session, kind, came_back[kind])

    if len(names) == 1:
        text = _tr("restore of “{name}”").format(name=names[0])
    else:
        text = _tr("restore of %n record(s)", "", len(names))
    command = DoneCommand(
        text,
        back=lambda: _run(db, hub, back),
        again=lambda: _run(db, hub, lambda s: restore_chosen(s, came_back)),
    )
    main_stack(hub).push(command)


def moved(
    db: Database,
    hub: ChangeHub,
    meeting_id: str,
    subject: str,
    before: Slot,
    after: Slot,
    *,
    kind: str = "meeting",
) -> None:
    """A meeting dragged or stretched in the week: undo puts it back where it was (a new
    edit, merged with what changed meanwhile as a drag is), redo moves it again."""
    call, meeting = _tr("move of call “{subject}”"), _tr("move of meeting “{subject}”")
    text = call if kind == "call" else meeting
    command = DoneCommand(
        text.format(subject=subject),
        back=lambda: move_meeting_to(db, hub, meeting_id, before, shown=after),
        again=lambda: move_meeting_to(db, hub, meeting_id, after, shown=before),
    )
    main_stack(hub).push(command)


def move_meeting_to(
    db: Database, hub: ChangeHub, meeting_id: str, slot: Slot, *, shown: Slot
) -> bool:
    """The meeting to `slot`, from `shown` (where the KAM last saw it): what changed elsewhere
    meanwhile is kept as a drag keeps it, a clash asked about."""
    from kamdesk.services.schedule.meetings import move_meeting
    from kamdesk.ui.widgets.conflicts import run_edit

    def op(session: Session, pick: Any) -> bool:
        mine = pick.mine(slot)
        move_meeting(session, meeting_id, mine.start, mine.duration_min, base=pick.rebase(shown))
        return True

    parent = _parent(hub)
    labels = {"start": _tr("Start"), "duration_min": _tr("Duration, minutes")}
    return bool(run_edit(parent, db, hub, op, labels=labels)) if parent is not None else False
