"""Conflicts to resolve: the list, and the selected one's two values side by side with a
button to keep either (or, for a value, a field to type another)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.services.sync.status import ConflictView
from kamdesk.ui.sync.words import entity_name, field_name, kind_text
from kamdesk.ui.widgets.columns import COLUMN_AT_MOST
from kamdesk.ui.widgets.style import MUTED_STYLE, PANEL_STYLE, WARNING, WARNING_STYLE
from kamdesk.ui.widgets.table_state import filling, key_of_row, remember_table, row_of_key
from kamdesk.ui.widgets.text_limits import limit_text

KEEP_OR_DELETE = ("deleted_while_edited", "revived_by_child")
NOTED_ONLY = ("invoiced_twice", "overpaid")


@dataclass(frozen=True)
class Decision:
    """What the user chose for one conflict: take a side, or a value typed."""

    conflict_id: str
    take: str | None = None
    value: str | None = None


def _quoted(text: str) -> str:
    return f"“{text}”" if text else "(empty)"


def _short(text: str, limit: int = 28) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class SidePanel(QFrame):
    """One side of a conflict: who made it, and the value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictSide")
        self.setStyleSheet(f"QFrame#conflictSide {{ {PANEL_STYLE} }}")
        self.caption = QLabel()
        self.caption.setStyleSheet(MUTED_STYLE)
        self.caption.setWordWrap(True)
        self.value = QLabel()
        self.value.setObjectName("sideValue")
        self.value.setWordWrap(True)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.button = QPushButton()
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)

    def fill(self, caption: str, value: str, button: str) -> None:
        self.caption.setText(caption)
        self.value.setText(value)
        self.button.setText(button)
        self.button.setVisible(bool(button))


class ConflictsView(QWidget):
    decided = Signal(object)  # Decision

    def headers(self) -> list[str]:
        # the two "Made on" columns name the laptops of two different values: a comment tells
        # them apart, so a language may word them differently
        return [
            self.tr("Record"),
            self.tr("What"),
            self.tr("Shown now"),
            self.tr("Made on", "the laptop the value shown now was made on"),
            self.tr("Other value"),
            self.tr("Made on", "the laptop the other value was made on"),
            self.tr("Decision"),
        ]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflicts: list[ConflictView] = []
        self.empty = QLabel(
            self.tr("No conflicts: everything the laptops exchanged fitted together.")
        )
        self.empty.setObjectName("conflictsEmpty")
        self.empty.setStyleSheet(MUTED_STYLE)
        headers = self.headers()
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("conflictsTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMaximumSectionSize(COLUMN_AT_MOST)  # a long name shortened
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        remember_table(self.table, "conflictsTable")  # as found until a header is clicked
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.detail = self._build_detail()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        self.fill([])

    def _build_detail(self) -> QWidget:
        detail = QWidget()
        self.title = QLabel()
        self.title.setObjectName("conflictTitle")
        self.title.setWordWrap(True)
        self.explained = QLabel()
        self.explained.setObjectName("conflictKind")
        self.explained.setWordWrap(True)
        self.winner = SidePanel()
        self.winner.button.setObjectName("keepWinner")
        self.winner.button.clicked.connect(lambda: self._decide(take="winner"))
        self.other = SidePanel()
        self.other.button.setObjectName("keepOther")
        self.other.button.clicked.connect(lambda: self._decide(take="other"))
        sides = QHBoxLayout()
        sides.addWidget(self.winner, 1)
        sides.addWidget(self.other, 1)
        self.value_label = QLabel(self.tr("Use another value:"))
        self.value_edit = QLineEdit()
        self.value_edit.setObjectName("otherValue")
        limit_text(self.value_edit, multiline=True)  # a note may be settled here: never cut
        self.use_button = QPushButton(self.tr("Use this value"))
        self.use_button.setObjectName("useValue")
        self.use_button.clicked.connect(self._use_value)
        self.value_edit.returnPressed.connect(self._use_value)
        typed = QHBoxLayout()
        typed.addWidget(self.value_label)
        typed.addWidget(self.value_edit, 1)
        typed.addWidget(self.use_button)
        layout = QVBoxLayout(detail)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.explained)
        layout.addLayout(sides)
        layout.addLayout(typed)
        return detail

    # --- filling ------------------------------------------------------------------------------
    def fill(self, conflicts: list[ConflictView]) -> None:
        """Show these conflicts, keeping the selected one selected when it is still open."""
        kept = self.selected()
        kept_id = kept.id if kept is not None else None
        self.conflicts = list(conflicts)
        self.table.blockSignals(True)
        with filling(self.table):
            self.table.setRowCount(len(conflicts))
            for row, c in enumerate(conflicts):
                self._fill_row(row, c)
        self.table.blockSignals(False)
        self.empty.setVisible(not conflicts)
        self.table.setVisible(bool(conflicts))
        row = row_of_key(self.table, kept_id) if kept_id else -1
        if conflicts:
            self.table.selectRow(max(row, 0))
        self._show_selected()

    def _fill_row(self, row: int, c: ConflictView) -> None:
        o = c.conflict
        record = entity_name(o.entity)
        cells = [
            f"{record}: {c.record}" if c.record else record,
            field_name(o.field) if o.kind == "value" else self._kind_word(o.kind),
            self._side_word(c, winner=True),
            c.winner_by,
            self._side_word(c, winner=False),
            c.other_by,
            self.tr("needs a decision") if o.needs_decision else "",
        ]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if column == len(cells) - 1 and text:
                item.setForeground(QColor(WARNING))
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, c.id)  # the row's conflict, however sorted
            self.table.setItem(row, column, item)

    def _kind_word(self, kind: str) -> str:
        words = {
            "deleted_while_edited": self.tr("deleted and edited"),
            "revived_by_child": self.tr("deleted, then added to"),
            "twin": self.tr("made twice"),
            "duplicate_number": self.tr("same number twice"),
            "invoiced_twice": self.tr("invoiced twice"),
            "overpaid": self.tr("paid too much"),
            "order_merged": self.tr("order changed on both"),
        }
        return words.get(kind, kind)

    def _side_word(self, c: ConflictView, *, winner: bool) -> str:
        side = c.conflict.winner if winner else c.conflict.other
        if side.get("deleted"):
            return self.tr("deleted")
        if "kept" in side:
            return self.tr("kept, edited")
        text = c.winner_text if winner else c.other_text
        return _short(text) if text else self.tr("(empty)")

    def selected(self) -> ConflictView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        key = key_of_row(self.table, rows[0].row())
        return next((c for c in self.conflicts if c.id == key), None)

    def select(self, conflict_id: str) -> None:
        row = row_of_key(self.table, conflict_id)
        if row >= 0:
            self.table.selectRow(row)

    def _show_selected(self) -> None:
        c = self.selected()
        self.detail.setVisible(c is not None)
        if c is None:
            return
        o = c.conflict
        what = entity_name(o.entity) + (f" {c.record}" if c.record else "")
        if o.kind == "value":
            what += f" — {field_name(o.field)}"
        self.title.setText(f"<b>{what}</b>")
        said = kind_text(o.kind)
        if o.needs_decision:
            said += " " + self.tr(
                "It is money or a quantity: orders and documents that use it wait for a decision."
            )
            self.explained.setStyleSheet(WARNING_STYLE)
        else:
            self.explained.setStyleSheet("")
        self.explained.setText(said)
        self._fill_sides(c)

    def _made(self, laptop: str, on_named: str, on_unnamed: str) -> str:
        """A side's caption: a whole sentence for a named laptop and one for an unnamed one
        (the words around "another laptop" take its case in many languages)."""
        return on_named.format(laptop=laptop) if laptop else on_unnamed

    def _fill_sides(self, c: ConflictView) -> None:
        o = c.conflict
        typed = o.kind in ("value", "duplicate_number")
        if o.kind in KEEP_OR_DELETE:
            added = (
                self.tr("Something was added to it ({what})").format(what=c.winner_text)
                if c.winner_text
                else self.tr("Something was added to it")
            )
            self.winner.fill(
                self._made(c.winner_by, self.tr("Edited on {laptop}"),
                           self.tr("Edited on another laptop"))
                if o.kind == "deleted_while_edited" else added,
                self.tr("Keep the record"), self.tr("Keep"),
            )  # fmt: skip
            deleted = self._made(
                c.other_by, self.tr("Deleted on {laptop}"), self.tr("Deleted on another laptop")
            )
            self.other.fill(deleted, self.tr("Delete the record"), self.tr("Delete"))  # fmt: skip
        elif o.kind == "order_merged":
            keep = self.tr("Keep the order as merged")
            restore = self.tr("Keep it, and restore the other version as a new draft")
            self.winner.fill(self.tr("The order as merged"), c.winner_text, keep)
            self.other.fill(self.tr("What the other laptop typed"), c.other_text, restore)
        elif o.kind == "twin":
            self.winner.fill(self.tr("This one"), _quoted(c.winner_text), self.tr("Keep this one"))
            self.other.fill(self.tr("Its twin"), _quoted(c.other_text), self.tr("Keep the twin"))
        elif o.kind in NOTED_ONLY or o.kind == "duplicate_number":
            first, second = self._noted_captions(o.kind)
            self.winner.fill(first, c.winner_text, self.tr("Noted: I will correct it"))
            self.other.fill(second, c.other_text, "")
        else:
            keep = self.tr("Keep {v}")
            self.winner.fill(
                self._made(
                    c.winner_by,
                    self.tr("Shown now, made on {laptop}"),
                    self.tr("Shown now, made on another laptop"),
                ),
                _quoted(c.winner_text),
                keep.format(v=_quoted(_short(c.winner_text))),
            )
            self.other.fill(
                self._made(
                    c.other_by,
                    self.tr("Other value, made on {laptop}"),
                    self.tr("Other value, made on another laptop"),
                ),
                _quoted(c.other_text),
                keep.format(v=_quoted(_short(c.other_text))),
            )
        self.value_label.setText(
            self.tr("Give the other record a new number:") if o.kind == "duplicate_number"
            else self.tr("Use another value:")
        )  # fmt: skip
        for w in (self.value_label, self.value_edit, self.use_button):
            w.setVisible(typed)
        self.value_edit.clear()

    def _noted_captions(self, kind: str) -> tuple[str, str]:
        if kind == "overpaid":
            return self.tr("The invoice's amount"), self.tr("Paid in all")
        if kind == "invoiced_twice":
            return self.tr("First invoice"), self.tr("Also invoiced as")
        return self.tr("The number"), self.tr("Carried by another record too")

    def _decide(self, *, take: str) -> None:
        c = self.selected()
        if c is not None:
            self.decided.emit(Decision(c.id, take=take))

    def _use_value(self) -> None:
        c = self.selected()
        if c is not None:
            self.decided.emit(Decision(c.id, value=self.value_edit.text()))
