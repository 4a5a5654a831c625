"""Dossier pages that list things: Contacts (with the trash), Competitors, History."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.client import ContactData
from kamdesk.domain.completeness import is_stale
from kamdesk.errors import UserError
from kamdesk.ui import windows
from kamdesk.ui.clients.history_words import detail_text, kind_text, status_text, title_text
from kamdesk.ui.marks import QT_TRANSLATE_NOOP
from kamdesk.ui.operations import ChangeHub, run_op
from kamdesk.ui.widgets.columns import cap_columns, fit_columns
from kamdesk.ui.widgets.conflicts import Pick, run_edit
from kamdesk.ui.widgets.forms import FieldForm, domain_text
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.numbers import (
    money,
    number_edit_text,
    percent,
    read_percent,
    short_date,
    whole_money,
)
from kamdesk.ui.widgets.rows import fit_rows
from kamdesk.ui.widgets.style import ATTITUDE_COLOURS
from kamdesk.ui.widgets.table_state import SortItem, filling, key_of_row, remember_table

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.services.clients.contacts import ContactRecord
    from kamdesk.services.clients.dossier import CompetitorAtClient, CompetitorEdit
    from kamdesk.services.clients.history import HistoryEntry

T = TypeVar("T")


def record_at(table: QTableWidget, row: int, records: Sequence[T]) -> T | None:
    """The record (with an `id`) a row of a sorted table shows, by the key of its first cell."""
    key = key_of_row(table, row) if 0 <= row < table.rowCount() else None
    return next((r for r in records if getattr(r, "id", None) == key), None) if key else None


def make_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    fit_rows(table)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    cap_columns(table)  # a long name shortened, the columns after it in sight
    return table


def cell(text: str, key: str | None = None, value: object = None) -> QTableWidgetItem:
    """A cell showing `text`, sorted by `value` when given (an amount, a day), with the row's
    `key` (its record's id: a sorted table's rows are found by it, not by their place)."""
    item = SortItem(text, value)
    if key is not None:
        item.setData(Qt.ItemDataRole.UserRole, key)
    return item


class ContactsPage(QWidget):
    def __init__(self, db: Database, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.hub = db, hub
        self.client_id = ""
        self.today = date.today()
        self.stale_days = 90
        self.records: list[ContactRecord] = []
        self.show_trash = False
        self.table = make_table(
            [
                self.tr("Name"),
                self.tr("Position"),
                self.tr("Buying role"),
                self.tr("Attitude"),
                self.tr("Influence"),
                self.tr("Last contact"),
                self.tr("Phone"),
                self.tr("E-mail"),
                self.tr("Personal notes"),
            ]
        )
        self.table.setObjectName("contactsTable")
        personal = self.table.horizontalHeaderItem(8)
        if personal is not None:  # what the column weighs, not the contact's notes field
            personal.setToolTip(
                self.tr(
                    "Form of address, language, interests, etiquette or birthday: what the "
                    "meeting preparation tells you before you meet the person."
                )
            )
        remember_table(self.table, "contactsTable", sort=(0, Qt.SortOrder.AscendingOrder),
                       descending=(5,))  # fmt: skip
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.new_button = QPushButton(icon("new"), self.tr("New contact…"))
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit…"))
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete…"))
        self.trash_button = QPushButton(icon("trash"), self.tr("Trash"))
        self.trash_button.setCheckable(True)
        self.restore_button = QPushButton(icon("restore"), self.tr("Restore"))
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.trash_button.toggled.connect(self._toggle_trash)
        self.restore_button.clicked.connect(self.restore)
        self.title = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        for b in (
            self.new_button,
            self.edit_button,
            self.delete_button,
            self.trash_button,
            self.restore_button,
        ):
            bar.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def load(self, client_id: str, today: date, stale_days: int) -> None:
        from kamdesk.services.clients.contacts import list_contacts

        self.client_id, self.today, self.stale_days = client_id, today, stale_days
        with self.db.reading() as session:
            self.records = list_contacts(session, client_id, deleted=self.show_trash)
        with filling(self.table):
            self._fill(today, stale_days)
        live = not self.show_trash
        self.new_button.setEnabled(live)
        self.edit_button.setEnabled(live)
        self.delete_button.setEnabled(live)
        self.restore_button.setVisible(self.show_trash)
        self.title.setText(
            self.tr("%n contact(s) in the trash", "", len(self.records))
            if self.show_trash
            else self.tr("%n contact(s)", "", len(self.records))
        )

    def _fill(self, today: date, stale_days: int) -> None:
        self.table.setRowCount(len(self.records))
        for row, rec in enumerate(self.records):
            d = rec.data
            badges = " ".join(
                b for b, on in (("VIP", d.is_vip), ("KOL", d.is_opinion_leader)) if on
            )
            last = short_date(rec.last_contact) if rec.last_contact else self.tr("never")
            if is_stale(rec.last_contact, today, stale_days):
                last += " ⚠"
            items = [
                cell(f"{d.full_name} {badges}".strip(), rec.id),
                cell(d.position),
                cell(domain_text(d.buying_role) if d.buying_role else ""),
                cell(domain_text(d.attitude)),
                cell(domain_text(d.influence)),
                cell(last, value=rec.last_contact),
                cell(d.phone or d.mobile),
                cell(d.email),
                cell(self.tr("noted") if rec.has_personal_notes else self.tr("none yet")),
            ]
            if d.attitude in ATTITUDE_COLOURS:  # as the relationship map's card
                fill, ink = ATTITUDE_COLOURS[d.attitude]
                items[3].setBackground(QColor(fill))
                items[3].setForeground(QColor(ink))
            for col, item in enumerate(items):
                self.table.setItem(row, col, item)

    def _toggle_trash(self, on: bool) -> None:
        self.show_trash = on
        self.load(self.client_id, self.today, self.stale_days)

    def selected(self) -> ContactRecord | None:
        return record_at(self.table, self.table.currentRow(), self.records)

    def _colleagues(self, exclude: str | None) -> tuple[tuple[str, str], ...]:
        return tuple((r.id, r.name) for r in self.records if r.id != exclude)

    def new(self) -> QDialog:
        from kamdesk.ui.clients.contact_dialog import ContactDialog

        dialog = ContactDialog(
            self.db,
            self.hub,
            ContactData(client_id=self.client_id),
            colleagues=self._colleagues(None),
            parent=self,
        )
        dialog.open()
        return dialog

    def edit(self) -> QDialog | None:
        from kamdesk.ui.clients.contact_dialog import ContactDialog

        rec = self.selected()
        if rec is None or self.show_trash:
            return None
        dialog = ContactDialog(
            self.db,
            self.hub,
            rec.data,
            contact_id=rec.id,
            colleagues=self._colleagues(rec.id),
            parent=self,
        )
        dialog.open()
        return dialog

    def delete(self) -> None:
        from kamdesk.services.clients.contacts import delete_contact, put_back_reports
        from kamdesk.ui.undo import commands as undo_commands

        rec = self.selected()
        if rec is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete contact"),
            self.tr("Move {name} to the trash? You can restore them from the Trash.").format(
                name=rec.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        moved: list[str] = []  # who reported to them: moved up, moved back by an undo

        def work(session: Session) -> bool:
            moved[:] = delete_contact(session, rec.id)
            return True

        def again(session: Session) -> None:
            moved[:] = delete_contact(session, rec.id)

        if run_op(self, self.db, self.hub, work):
            undo_commands.deleted(
                self.db,
                self.hub,
                "contact",
                rec.name,
                [rec.id],
                again,
                then=lambda s: put_back_reports(s, rec.id, moved),
            )

    def restore(self) -> None:
        from kamdesk.services.clients.contacts import restore_contact

        rec = self.selected()
        if rec is not None:
            run_op(self, self.db, self.hub, lambda s: restore_contact(s, rec.id))


class CompetitorDialog(QDialog):
    def __init__(
        self,
        names: list[str],
        values: tuple[str, str, str, str] = ("", "", "", ""),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Competitor at this client"))
        self.form = FieldForm()
        self.competitor = QComboBox()
        self.competitor.setEditable(True)
        self.competitor.addItems(names)
        self.competitor.setCurrentText(values[0])
        self.form.add("competitor", self.tr("Competitor *"), self.competitor)
        self.supplies = self.form.line("supplies", self.tr("Supplies"), values[1])
        self.terms = self.form.line("terms", self.tr("Their terms"), values[2])
        self.share = self.form.line(
            "share_percent", self.tr("Share of the client's spend, %"), values[3]
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)


class CompetitorsPage(QWidget):
    def __init__(self, db: Database, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.hub = db, hub
        self.client_id = ""
        self.table = make_table(
            [self.tr("Competitor"), self.tr("Supplies"), self.tr("Their terms"), self.tr("Share")]
        )
        self.table.setObjectName("competitorsTable")
        share = self.table.horizontalHeaderItem(3)
        if share is not None:
            share.setToolTip(self.tr("The competitor's share of the client's spend"))
        remember_table(self.table, "competitorsTable", descending=(3,))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        add = QPushButton(icon("add"), self.tr("Add…"))
        add.clicked.connect(lambda: self.edit(None))
        remove = QPushButton(icon("remove"), self.tr("Remove"))
        remove.clicked.connect(self.remove)
        self.table.doubleClicked.connect(lambda i: self.edit(i.row()))
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(add)
        bar.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.entries: list = []  # type: ignore[type-arg]

    def load(self, client_id: str, our_share: Decimal | None = None) -> None:
        from kamdesk.services.clients.dossier import competitors_at

        self.client_id = client_id
        with self.db.reading() as session:
            self.entries = competitors_at(session, client_id)
        with filling(self.table):
            self.table.setRowCount(len(self.entries))
            for row, e in enumerate(self.entries):
                share = percent(e.share_percent)
                for col, text in enumerate((e.competitor, e.supplies, e.terms, share)):
                    value = e.share_percent if col == 3 else None
                    self.table.setItem(row, col, cell(text, e.id, value))
        theirs = sum((e.share_percent for e in self.entries if e.share_percent), Decimal(0))
        unknown = max(Decimal(0), 100 - theirs - (our_share or 0))
        if our_share is None:
            text = self.tr(
                "Share of the client's spend: competitors {theirs} %, unknown {unknown} %"
            )
        else:
            text = self.tr(
                "Share of the client's spend: ours about {ours} %, competitors {theirs} %, "
                "unknown {unknown} %"
            )
        self.summary.setText(
            text.format(
                ours=whole_money(our_share) if our_share is not None else "",
                theirs=whole_money(theirs),
                unknown=whole_money(unknown),
            )
        )

    def edit(self, row: int | None) -> None:
        from kamdesk.domain.money import AmountError
        from kamdesk.services.clients.dossier import CompetitorEdit, list_competitors

        with self.db.reading() as session:
            names = [n for _, n in list_competitors(session)]
        entry = record_at(self.table, row, self.entries) if row is not None else None
        values = ("", "", "", "")
        if entry is not None:
            shown = number_edit_text(entry.share_percent)
            values = (entry.competitor, entry.supplies, entry.terms, shown)
        dialog = CompetitorDialog(names, values, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            share_text = dialog.share.text().strip()
            try:
                share = read_percent(share_text) if share_text else None
            except AmountError:
                dialog.form.show({"share_percent": self.tr("A share is between 0 and 100.")})
                continue
            name, supplies, terms = (
                dialog.competitor.currentText(),
                dialog.supplies.text(),
                dialog.terms.text(),
            )
            if self._save_competitor(entry, CompetitorEdit(name, supplies, terms, share), dialog):
                break

    def _save_competitor(
        self, entry: CompetitorAtClient | None, typed: CompetitorEdit, dialog: CompetitorDialog
    ) -> bool:
        """Save what the dialog holds: of an entry, only what the user changed (a field changed
        meanwhile too is shown with both values)."""
        from kamdesk.services.clients.dossier import CompetitorEdit, save_competitor_at

        client_id = self.client_id
        base = (
            None
            if entry is None
            else CompetitorEdit(entry.competitor, entry.supplies, entry.terms, entry.share_percent)
        )

        def work(session: Session, pick: Pick) -> str:
            mine = pick.mine(typed)
            return save_competitor_at(
                session,
                client_id,
                mine.competitor,
                supplies=mine.supplies,
                terms=mine.terms,
                share_percent=mine.share_percent,
                entry_id=entry.id if entry else None,
                base=pick.rebase(base) if base is not None else None,
            )

        return run_edit(self, self.db, self.hub, work, labels=dialog.form.labels) is not None

    def remove(self) -> None:
        from kamdesk.services.clients.dossier import remove_competitor_at

        entry = record_at(self.table, self.table.currentRow(), self.entries)
        if entry is not None:
            entry_id = entry.id
            run_op(
                self,
                self.db,
                self.hub,
                lambda s: remove_competitor_at(s, entry_id),
            )


HISTORY_LABELS = {
    "": QT_TRANSLATE_NOOP("HistoryPage", "Everything"),
    "meeting": QT_TRANSLATE_NOOP("HistoryPage", "Meetings"),
    "call": QT_TRANSLATE_NOOP("HistoryPage", "Calls"),
    "task": QT_TRANSLATE_NOOP("HistoryPage", "Tasks"),
    "order": QT_TRANSLATE_NOOP("HistoryPage", "Orders"),
    "invoice": QT_TRANSLATE_NOOP("HistoryPage", "Invoices"),
    "payment": QT_TRANSLATE_NOOP("HistoryPage", "Payments"),
    "complaint": QT_TRANSLATE_NOOP("HistoryPage", "Complaints"),
    "return": QT_TRANSLATE_NOOP("HistoryPage", "Returns and refusals"),
    "document": QT_TRANSLATE_NOOP("HistoryPage", "Proposals and contracts"),
}


# entries that open their order: the order and each step of its life, its invoices, returns
# and payments (the order window shows them)
OPENS_AN_ORDER = frozenset({"order", "invoice", "return", "payment"})


class HistoryPage(QWidget):
    def __init__(
        self, db: Database, hub: ChangeHub | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.hub = db, hub
        self.client_id = ""
        self.kind = QComboBox()
        self.kind.setObjectName("historyKind")
        for key, label in HISTORY_LABELS.items():
            self.kind.addItem(self.tr(label), key)
        self.kind.currentIndexChanged.connect(lambda _i: self.load(self.client_id))
        self.count = QLabel()
        self.table = make_table(
            [
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("What"),
                self.tr("Amount"),
                self.tr("Status"),
                self.tr("Details"),
            ]
        )
        self.table.setObjectName("historyTable")
        self.table.cellDoubleClicked.connect(lambda row, _col: self.open_entry(row))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fit_columns(self.table, (90, 80, 200, 110, 90))
        remember_table(self.table, "historyTable", descending=(0, 3))  # as read: newest first
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show")))
        bar.addWidget(self.kind)
        bar.addStretch(1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def load(self, client_id: str) -> None:
        from kamdesk.services.clients.history import HISTORY_KINDS, timeline

        self.client_id = client_id
        kind = self.kind.currentData()
        with self.db.reading() as session:
            entries = timeline(session, client_id, [kind] if kind else HISTORY_KINDS)
        self.table.setUpdatesEnabled(False)
        with filling(self.table):
            self._fill(entries)
        self.table.setUpdatesEnabled(True)
        self.count.setText(self.tr("%n entries", "", len(entries)))

    def _fill(self, entries: Sequence[HistoryEntry]) -> None:
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            amount = cell(money(e.amount, e.currency), value=e.amount)
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            texts = [
                cell(short_date(e.day), e.ref_id, e.day),
                cell(kind_text(e), e.kind),
                cell(title_text(e)),
                amount,
                cell(status_text(e)),
                cell(detail_text(e)),
            ]
            for col, item in enumerate(texts):
                self.table.setItem(row, col, item)

    def open_entry(self, row: int) -> Path | QWidget | None:
        """What an entry is about, opened: an order (or a step of its life, an invoice, a return
        or a payment of it) in its window, a meeting or call in its own, an issued proposal or
        contract as it was handed over (its stored PDF)."""
        kind, ref = self.table.item(row, 1), self.table.item(row, 0)
        if kind is None or ref is None:
            return None
        entry_kind = kind.data(Qt.ItemDataRole.UserRole)
        ref_id = str(ref.data(Qt.ItemDataRole.UserRole))
        if entry_kind in OPENS_AN_ORDER and self.hub is not None:
            from kamdesk.services.clients.history_open import order_of_entry

            with self.db.reading() as session:
                order_id = order_of_entry(session, entry_kind, ref_id)
            if order_id is None:
                return None
            return windows.open_order(self.db, self.hub, order_id, parent=self.window())
        if entry_kind in ("meeting", "call") and self.hub is not None:
            return windows.open_meeting(self.db, self.hub, ref_id, parent=self.window())
        if entry_kind != "document":
            return None
        return self._open_document(row, ref_id)

    def _open_document(self, row: int, document_id: str) -> Path | None:
        from kamdesk.services.documents.builder import document_pdf
        from kamdesk.ui.documents import document_actions as out

        what = self.table.item(row, 2)
        name = out.file_name(what.text() if what is not None else "document")
        try:
            with self.db.reading() as session:
                pdf = document_pdf(session, document_id)
            path = out.write_pdf(out.outbox(self) / name, pdf)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Document"), str(exc))
            return None
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Document"), out.write_error(out.outbox(self) / name, exc)
            )
            return None
        out.open_file(path)
        return path
