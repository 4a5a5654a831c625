"""The steps of an order's life as the order window runs them: save, confirm under credit
control, ship, deliver with refusals, invoice, return, cancel, revise. Each is one run_op; the
dialogs that gather what a step needs are opened with open() and kept in `dialog`."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, Protocol, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from kamdesk.errors import UserError
from kamdesk.ui.operations import run_op
from kamdesk.ui.orders.order_conflicts import draft_labels, draft_value
from kamdesk.ui.widgets.conflicts import Pick, run_edit
from kamdesk.ui.widgets.numbers import quantity
from kamdesk.ui.widgets.price_fields import money

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.services.sales.orders import OrderDraft, OrderRecord
    from kamdesk.ui.operations import ChangeHub
    from kamdesk.ui.orders.fulfilment_dialogs import LinesDialog
    from kamdesk.ui.orders.order_header import OrderHeader
    from kamdesk.ui.orders.order_lines_model import OrderLinesModel
    from kamdesk.ui.orders.order_lines_view import OrderLinesView

T = TypeVar("T")


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("OrderActions", text, disambiguation, n)


class Done(NamedTuple, Generic[T]):
    """Whether a step was recorded, and what its service returned."""

    ok: bool
    result: T | None


class OrderView(Protocol):
    """What the steps need of the order window (OrderWindow is the one), so this module does
    not import the window that imports it."""

    db: Database
    hub: ChangeHub
    order_id: str | None
    client_id: str | None
    record: OrderRecord | None
    today: date
    header: OrderHeader
    lines: OrderLinesModel
    view: OrderLinesView
    undo_stack: QUndoStack

    @property
    def closing(self) -> bool: ...

    def busy(self) -> AbstractContextManager[None]: ...

    def say(self, text: str, *, error: bool = True) -> None: ...

    def show_status(self) -> None: ...

    def has_unsaved_edits(self) -> bool: ...

    def reload(self) -> None: ...

    def close(self) -> bool: ...


class OrderActions(QObject):
    def __init__(self, window: OrderView) -> None:
        self.widget = cast(QWidget, window)  # the window itself, as the parent of dialogs
        super().__init__(self.widget)
        self.w = window
        self.dialog: QDialog | None = None  # the last dialog opened (tests look at it)
        self.refused = False  # a save was refused since the last that worked (status line)

    def _run(
        self,
        fn: Callable[[Session], T],
        *,
        handle: Callable[[UserError], bool] | None = None,
    ) -> Done[T]:
        """One unit of work; the window reloads once, after it, whatever it changed."""
        w = self.w
        out: list[T] = []

        def work(session: Session) -> bool:
            out.append(fn(session))
            return True

        with w.busy():
            ok = run_op(self.widget, w.db, w.hub, work, handle=handle)
        if ok and w.order_id is not None and not w.closing:
            w.reload()
        return Done(bool(ok), out[0] if ok else None)

    def _run_edit(
        self,
        work: Callable[[Session, Pick], T],
        *drafts: OrderDraft | None,
        handle: Callable[[UserError], bool] | None = None,
    ) -> Done[T]:
        """_run for the draft's save: a change made elsewhere meanwhile is kept, a field or
        line both changed is shown with both versions to choose from (conflicts.run_edit)."""
        w = self.w
        labels = draft_labels(*(d for d in drafts if d is not None))
        show = partial(draft_value, w.lines.products)
        with w.busy():
            result = run_edit(
                self.widget, w.db, w.hub, work, labels=labels, show=show, handle=handle
            )
        if result is not None and w.order_id is not None and not w.closing:
            w.reload()
        return Done(result is not None, result)

    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None and not self.dialog.isVisible():
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()

    # --- drafts -------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the draft (Ctrl+Enter); False, with the reason shown, when it cannot be."""
        from kamdesk.services.sales.order_merge import DRAFT_FIELDS
        from kamdesk.services.sales.orders import (
            OrderDraft,
            OrderLinesError,
            draft_of,
            save_draft,
        )

        w = self.w
        if w.record is not None and w.record.status != "draft":
            return False
        w.view.commit_open_editor()
        if w.client_id is None:
            w.say(_tr("Choose the client first."))
            w.header.picker.setFocus()
            return False
        problems = w.lines.problems()
        if problems:
            return self._refuse(problems)
        for row in range(len(w.lines.lines)):
            if w.lines.lines[row].approval_problem(w.lines.max_discount):
                self.ask_approval(row)
                return False
        order_day, delivery, notes = w.header.values()
        draft = OrderDraft(
            client_id=w.client_id,
            order_date=order_day or w.today,
            lines=w.lines.draft_lines(),
            delivery_date=delivery,
            notes=notes,
        )
        order_id = w.order_id

        def refused(exc: UserError) -> bool:
            if isinstance(exc, OrderLinesError):
                w.lines.mark_problems(exc.problems)
                self._refuse(exc.problems)
                return True
            return False

        base = None if w.record is None else draft_of(w.record)

        def work(session: Session, pick: Pick) -> str:
            mine = DRAFT_FIELDS.choose(draft, pick.chosen, like=base)
            was = None if base is None else pick.rebase(base, DRAFT_FIELDS)
            return save_draft(session, mine, order_id=order_id, base=was)

        saved = self._run_edit(work, base, draft, handle=refused)
        if not saved.ok:
            return False
        self.refused = False
        if w.order_id is None:
            w.order_id = saved.result
            w.reload()
        w.show_status()  # says it is saved
        return True

    def _refuse(self, problems: dict[int, str]) -> bool:
        """Not saved: say how many lines to fix and put the cursor on the first (the line
        under the table then says what is wrong with it)."""
        w = self.w
        self.refused = True
        w.show_status()  # "Not saved: 2 lines to fix", counted again as they are fixed
        first = min(problems)
        w.view.go_to(first, self._bad_field(first), edit=False)
        w.view.setFocus()
        return False

    def _bad_field(self, row: int) -> str:
        line = self.w.lines.lines[row]
        return next(
            (n for n in ("product", "quantity", "price", "discount") if n in line.errors), "product"
        )

    def ask_approval(self, row: int) -> None:
        from kamdesk.ui.orders.note_dialogs import ApprovalDialog

        w = self.w
        line = w.lines.lines[row]
        what = _tr(
            "Line {n}, {product}: {off} % off is more than the {max} % this client may have. "
            "Who approved it, and why? It is stored on the line."
        ).format(
            n=row + 1,
            product=line.label,
            off=quantity(line.discount_off()),
            max=quantity(w.lines.max_discount),
        )
        dialog = ApprovalDialog(what, self.widget)
        dialog.answered.connect(lambda by, why: w.lines.set_approval(row, by, why))
        self._open(dialog)

    # --- the order's life ---------------------------------------------------------------------
    def confirm(self) -> None:
        from kamdesk.services.sales.order_steps import confirm_order
        from kamdesk.services.sales.orders import CreditBlocked

        w = self.w
        if (w.order_id is None or w.has_unsaved_edits()) and not self.save():
            return
        order_id, today = w.order_id, w.today
        assert order_id is not None

        def blocked(exc: UserError) -> bool:
            if isinstance(exc, CreditBlocked):
                self._credit_dialog(exc)
                return True
            return False

        self._run(lambda s: confirm_order(s, order_id, today=today), handle=blocked)

    def _credit_dialog(self, exc: Any) -> None:
        from kamdesk.services.sales.order_steps import confirm_order
        from kamdesk.ui.orders.credit_dialog import CreditDialog

        w = self.w
        order_id, today = w.order_id, w.today
        assert order_id is not None and w.record is not None
        dialog = CreditDialog(
            exc.decision,
            exc.position,
            today=today,
            order_number=w.record.number,
            parent=self.widget,
        )

        def override(by: str, why: str) -> None:
            self._run(
                lambda s: confirm_order(
                    s, order_id, today=today, override_by=by, override_reason=why
                )
            )

        dialog.override.connect(override)
        self._open(dialog)

    def _lines_step(self, dialog: LinesDialog, work: Callable[[Session, Any], object]) -> None:
        from kamdesk.services.sales.orders import OrderLinesError

        def submitted(payload: object) -> None:
            def refused(exc: UserError) -> bool:
                if isinstance(exc, OrderLinesError):
                    dialog.show_line_problems(exc.problems)
                    return True
                return False

            if self._run(lambda s: work(s, payload), handle=refused).ok:
                dialog.accept()

        dialog.submitted.connect(submitted)
        self._open(dialog)

    def ship(self) -> None:
        from kamdesk.services.sales.order_steps import ship_order
        from kamdesk.ui.orders.fulfilment_dialogs import ShipDialog

        w = self.w
        if w.record is None:
            return
        order_id, today = w.record.id, w.today
        self._lines_step(
            ShipDialog(w.record, self.widget),
            lambda s, qty: ship_order(s, order_id, qty, day=today),
        )

    def deliver(self) -> None:
        from kamdesk.services.sales.order_steps import deliver_order
        from kamdesk.ui.orders.fulfilment_dialogs import DeliverDialog

        w = self.w
        if w.record is None:
            return
        order_id, today = w.record.id, w.today
        self._lines_step(
            DeliverDialog(w.record, self.widget),
            lambda s, refusals: deliver_order(s, order_id, refusals, day=today),
        )

    def invoice(self) -> None:
        """Invoice issues a numbered invoice, which cannot be taken back: asked first, with
        the number and the amount, Cancel the default."""
        from kamdesk.services.sales.order_steps import invoice_order, invoice_preview

        w = self.w
        if w.record is None:
            return
        order_id, today = w.record.id, w.today
        try:
            with w.db.reading() as session:
                preview = invoice_preview(session, order_id, day=today)
        except UserError as exc:
            w.say(str(exc))
            return
        self._ask(
            _tr("Issue an invoice"),
            _tr("Issue invoice {number} for {amount}?").format(
                number=preview.number, amount=money(preview.gross, preview.currency)
            ),
            _tr("An issued invoice cannot be taken back; a mistake is corrected by a return."),
            _tr("Issue invoice"),
            lambda: self._run(lambda s: invoice_order(s, order_id, day=today)),
        )

    def remove_line(self, row: int) -> None:
        """Delete on a line: a line with a product or typed numbers is removed after asking
        (Cancel the default); an empty or unmatched one at once."""
        w = self.w
        lines = w.lines.lines
        if not w.lines.editable or not 0 <= row < len(lines):
            return
        line = lines[row]
        if line.product_id is None and not line.typed:
            w.lines.remove_row(row)
            return
        from kamdesk.ui.undo.lines import remove_line  # Ctrl+Z puts it back

        self._ask(
            _tr("Remove a line"),
            _tr("Remove line {n}, {product}?").format(n=row + 1, product=line.label),
            "",
            _tr("Remove line"),
            lambda: remove_line(w, row),
        )

    def _ask(self, title: str, text: str, more: str, yes: str, then: Callable[[], object]) -> None:
        """A question before a step: `yes` runs `then`; Cancel, Esc and Enter do nothing."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.widget)
        box.setObjectName("orderQuestion")
        if more:
            box.setInformativeText(more)
        go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        go.setObjectName("questionYes")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.buttonClicked.connect(lambda b: then() if b is go else None)
        self._open(box)

    def return_(self) -> None:
        from kamdesk.services.sales.returns import record_return
        from kamdesk.ui.orders.fulfilment_dialogs import ReturnDialog

        w = self.w
        if w.record is None:
            return
        order_id, today = w.record.id, w.today
        dialog = ReturnDialog(w.record, self.widget)
        self._lines_step(
            dialog,
            lambda s, lines: record_return(s, order_id, lines, day=today, note=dialog.note.text()),
        )

    def cancel(self) -> None:
        from kamdesk.services.sales.order_steps import cancel_order
        from kamdesk.ui.orders.note_dialogs import ReasonDialog

        w = self.w
        if w.record is None:  # never saved: nothing to cancel but the window (it asks first)
            w.close()
            return
        order_id = w.record.id
        dialog = ReasonDialog(
            _tr("Cancel order {number}").format(number=w.record.number),
            _tr("Why is the order cancelled? The reason goes into the client's history."),
            _tr("Cancel the order"),
            self.widget,
        )
        dialog.answered.connect(lambda why: self._run(lambda s: cancel_order(s, order_id, why)))
        self._open(dialog)

    def revise(self) -> None:
        from kamdesk.services.sales.order_steps import revise_order
        from kamdesk.ui.orders.note_dialogs import ReasonDialog

        w = self.w
        if w.record is None:
            return
        order_id = w.record.id
        dialog = ReasonDialog(
            _tr("New revision of {number}").format(number=w.record.number),
            _tr(
                "A confirmed order is changed by a new revision: a draft copy to edit and "
                "confirm again, while this one is cancelled. Why does it change?"
            ),
            _tr("Make the new revision"),
            self.widget,
        )

        def revise(why: str) -> None:
            new = self._run(lambda s: revise_order(s, order_id, why))
            if new.ok:
                w.order_id = new.result
                w.reload()
                w.view.start_new_line()

        dialog.answered.connect(revise)
        self._open(dialog)

    # --- documents ----------------------------------------------------------------------------
    def documents(self, kind: str = "proposal") -> QDialog | None:
        """The proposal or the contract package of this order (a draft is saved first)."""
        from kamdesk.ui.documents.document_dialog import DocumentDialog

        w = self.w
        if (w.order_id is None or w.has_unsaved_edits()) and not self.save():
            return None
        assert w.order_id is not None
        try:
            dialog = DocumentDialog(
                w.db, w.hub, w.order_id, kind=kind, today=w.today, parent=self.widget
            )
        except UserError as exc:
            w.say(str(exc))
            return None
        self._open(dialog)
        return dialog
