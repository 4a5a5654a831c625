"""Saving a form whose record changed underneath it: both values shown, the user chooses.

A form's service merges the user's changes onto what is stored now (domain/edits.py) and raises
StaleEdit when a field the user changed was changed by someone else too. run_edit catches it,
shows each clashing field with "yours" and "saved meanwhile", and runs the save again with the
user's choices on top of the newer record; Cancel returns to the form with nothing lost.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.edit_rows import Rows, rows_with_choices, split_key
from kamdesk.domain.edits import StaleEdit, with_choices
from kamdesk.domain.flat_edits import Flat
from kamdesk.errors import UserError
from kamdesk.ui.operations import run_op
from kamdesk.ui.widgets.numbers import date_time, exact, short_date

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.ui.operations import ChangeHub

T = TypeVar("T")
R = TypeVar("R")
SHOWN_CHARS = 60  # a long note is shown by its beginning; the whole of it in the tooltip
TIP_CHARS = 2000


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictDialog", text)


def value_text(value: object) -> str:
    """A stored value as a person reads it in the conflict dialog."""
    if value is None or value == "":
        return _tr("(empty)")
    if isinstance(value, bool):
        return _tr("Yes") if value else _tr("No")
    if isinstance(value, Decimal):
        return exact(value)  # every digit: the two sides may differ in the last one
    if isinstance(value, datetime):
        return date_time(value)
    if isinstance(value, date):
        return short_date(value)
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(value_text(v) for v in value) or _tr("(none)")
    return str(value)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def _choice(text: str, name: str) -> QRadioButton:
    button = QRadioButton(_short(text))
    button.setObjectName(name)
    if _short(text) != text:
        button.setToolTip(text[:TIP_CHARS])
    return button


class ConflictDialog(QDialog):
    """One row per clashing field: its label, the user's value and the value saved meanwhile,
    the user's preselected. `chosen()` maps field name to the value to save."""

    def __init__(
        self,
        parent: QWidget | None,
        stale: StaleEdit,
        labels: Mapping[str, str],
        show: Callable[[str, object], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed while you were editing"))
        self.stale = stale
        shown = show or (lambda _name, value: value_text(value))
        intro = QLabel(
            self.tr(
                "While this form was open, these fields were also changed elsewhere (an "
                "import, another window, or another laptop through sync). Choose the value to "
                "keep for each; your other changes are saved as they are."
            )
        )
        intro.setWordWrap(True)
        intro.setMinimumWidth(520)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Field</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Yours</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Saved meanwhile</b>")), 0, 2)
        self.groups: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        for row, clash in enumerate(stale.clashes, start=1):
            grid.addWidget(QLabel(labels.get(clash.field, clash.field)), row, 0)
            mine = _choice(shown(clash.field, clash.mine), f"mine_{clash.field}")
            theirs = _choice(shown(clash.field, clash.theirs), f"theirs_{clash.field}")
            group = QButtonGroup(self)
            group.addButton(mine)
            group.addButton(theirs)
            mine.setChecked(True)
            grid.addWidget(mine, row, 1)
            grid.addWidget(theirs, row, 2)
            self.groups[clash.field] = (mine, theirs)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save my choice"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Back to the form"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def chosen(self) -> dict[str, object]:
        return {
            clash.field: clash.mine if self.groups[clash.field][0].isChecked() else clash.theirs
            for clash in self.stale.clashes
        }


@dataclass
class Pick:
    """A save's next attempt: the records as stored when a clash was found (the new bases, one
    per kind of record the save merges) and the values the user chose for clashing fields."""

    bases: dict[type, Any] = field(default_factory=dict)
    chosen: dict[str, object] = field(default_factory=dict)

    def rebase(self, base: T, flat: Flat[T] | None = None) -> T:
        """`base` with the clashing fields as stored when the clash was found, the others as
        the form loaded them: what the user did not touch still merges onto the newer record
        (taking the newer record whole would make the form's older values look typed).
        `flat`: how a record edited as several parts names its fields (domain/flat_edits)."""
        theirs = self.bases.get(type(base))
        if theirs is None:
            return base
        if flat is not None:
            now = flat.values(theirs)
            return flat.choose(base, {k: now.get(k) for k in self.chosen}, like=theirs)
        if isinstance(base, Rows):  # clashes named `field:row id` (domain/edit_rows.py)
            seen = {}
            for key in self.chosen:
                name, row_id = split_key(key)
                if name in theirs.get(row_id, {}):
                    seen[key] = theirs[row_id][name]
            return type(base)(rows_with_choices(base, seen))
        if isinstance(theirs, Mapping):
            stored = dict(theirs)
        else:
            stored = {f.name: getattr(theirs, f.name) for f in fields(theirs)}
        return with_choices(base, {k: stored[k] for k in self.chosen if k in stored})

    def mine(self, data: T) -> T:
        names = set(data) if isinstance(data, Mapping) else {f.name for f in fields(data)}  # type: ignore[arg-type]
        return with_choices(data, {k: v for k, v in self.chosen.items() if k in names})


MAX_ROUNDS = 5  # a user choosing over and over means the record will not hold still


def _attempt(
    parent: QWidget,
    db: Database,
    hub: ChangeHub,
    work: Callable[[Session, Pick], R],
    pick: Pick,
    handle: Callable[[UserError], bool] | None,
    options: dict[str, Any],
) -> tuple[R | None, StaleEdit | None]:
    stale: list[StaleEdit] = []

    def take(exc: UserError) -> bool:
        if isinstance(exc, StaleEdit):
            stale.append(exc)
            return True
        return handle(exc) if handle is not None else False

    result = run_op(parent, db, hub, lambda s: work(s, pick), handle=take, **options)
    return result, (stale[0] if stale else None)


def run_edit(
    parent: QWidget,
    db: Database,
    hub: ChangeHub,
    work: Callable[[Session, Pick], R],
    *,
    labels: Mapping[str, str],
    show: Callable[[str, object], str] | None = None,
    handle: Callable[[UserError], bool] | None = None,
    **options: Any,
) -> R | None:
    """run_op for a form's save: `work(session, pick)` saves `pick.mine(data)` against
    `pick.rebase(base)`. On a StaleEdit the user chooses and the work runs again; None when
    the user goes back to the form (nothing written, the form keeps what was typed)."""
    pick = Pick()
    for _round in range(MAX_ROUNDS):
        result, stale = _attempt(parent, db, hub, work, pick, handle, options)
        if stale is None:
            return result
        dialog = ConflictDialog(parent, stale, labels, show)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        # the user's earlier choices stay unless this clash asks again
        theirs = stale.theirs
        pick = Pick({**pick.bases, type(theirs): theirs}, {**pick.chosen, **dialog.chosen()})
    # someone else keeps changing the same fields: the form keeps what was typed
    QMessageBox.warning(
        parent,
        parent.tr("Not saved"),
        parent.tr("These fields keep changing elsewhere. Nothing was saved: try again shortly."),
    )
    return None
