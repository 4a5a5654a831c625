"""The order lines table, made for the keyboard: type an SKU or part of a name, Enter, the
quantity, Enter, the price, Enter, the discount, Enter, and the next line is waiting. A name
that matches several products opens the list to choose from. Esc in a cell cancels its edit;
Delete removes the current line (after asking, when it holds a product)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCompleter,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from kamdesk.ui.orders.order_line_edit import ProductIndex, product_label
from kamdesk.ui.orders.order_lines_model import (
    EDITABLE,
    FIELDS,
    FULFILMENT,
    OrderLinesModel,
    column,
)
from kamdesk.ui.widgets.columns import fit_column
from kamdesk.ui.widgets.rows import fit_rows
from kamdesk.ui.widgets.table_state import keep_order

Index = QModelIndex | QPersistentModelIndex
# column widths; the product takes what is left
WIDTHS = {
    "quantity": 62,
    "unit": 44,
    "price": 80,
    "discount": 54,
    "vat_rate": 50,
    "net": 90,
    "vat": 76,
    "gross": 96,
    "shipped": 62,
    "refused": 62,
    "returned": 66,
    "rule": 230,
}


class ProductEditor(QLineEdit):
    """A cell editor completing on 'SKU — name', best matches first."""

    def __init__(self, products: ProductIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productEditor")
        self._products = products
        self._labels = QStringListModel(self)
        completer = QCompleter(self._labels, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.textEdited.connect(self._refill)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter takes the product the text names; when it names several, the completion
        list opens to choose from and nothing is taken (no match is committed and refused at
        the line, the text kept)."""
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and self._products.lookup(self.text()).ambiguous
        ):
            popup = self.completer().popup()
            if popup is None or not popup.isVisible():
                self._refill(self.text())
            event.accept()
            return
        super().keyPressEvent(event)

    def _refill(self, text: str) -> None:
        labels = [product_label(c) for c in self._products.matches(text)]
        self._labels.setStringList(labels)
        completer = self.completer()
        popup = completer.popup()
        if labels:
            if popup is not None:
                popup.setMinimumWidth(max(self.width(), 420))
            completer.complete()
        elif popup is not None:
            popup.hide()


class LinesDelegate(QStyledItemDelegate):
    """Editors commit on Enter (also when the completion list has the key) and say so, so
    the view can move on."""

    def __init__(self, model: OrderLinesModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor: QLineEdit
        if FIELDS[index.column()] == "product":
            editor = ProductEditor(self._model.products, parent)
        else:
            editor = QLineEdit(parent)
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setFrame(False)
        editor.returnPressed.connect(lambda e=editor: self._submit(e))
        return editor

    def _submit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # Enter goes to the editor itself (returnPressed), which also hears it from the
        # completion list; the default filter would commit before the list completes.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            return False
        return super().eventFilter(obj, event)


class OrderLinesView(QTableView):
    remove_requested = Signal(int)

    def __init__(self, model: OrderLinesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderLines")
        self.lines = model
        self.setModel(model)
        keep_order(self, "the lines of the order in the order they are typed, printed and invoiced")
        self.setItemDelegate(LinesDelegate(model, self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        fit_rows(self, QLineEdit())
        self.verticalHeader().setMinimumWidth(28)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(column("product"), QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(30)
        for name, width in WIDTHS.items():
            fit_column(self, column(name), width)

    def show_fulfilment(self, on: bool) -> None:
        for name in FULFILMENT:
            self.setColumnHidden(column(name), not on)

    def go_to(self, row: int, name: str, *, edit: bool = True) -> None:
        index = self.lines.index(row, column(name))
        if not index.isValid():
            return
        editor = self.indexWidget(self.currentIndex())
        if self.state() == QAbstractItemView.State.EditingState and editor is not None:
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)  # leave it as it was
        self.setCurrentIndex(index)
        self.scrollTo(index)
        if edit and self.lines.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.edit(index)

    def start_new_line(self) -> None:
        """Put the cursor on the empty line at the end, ready for an SKU."""
        if self.lines.editable:
            self.go_to(self.lines.rowCount() - 1, "product", edit=False)
            self.setFocus()

    def commit_open_editor(self) -> None:
        """Take what is typed in an open cell (Ctrl+Enter saves it with the rest)."""
        editor = self.indexWidget(self.currentIndex())
        if self.state() == QAbstractItemView.State.EditingState and editor is not None:
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        current = self.currentIndex()
        super().closeEditor(editor, hint)
        if hint != QAbstractItemDelegate.EndEditHint.SubmitModelCache or not current.isValid():
            return
        row, name = current.row(), FIELDS[current.column()]
        if self.lines.cell_problem(row, name) is not None:
            self.go_to(row, name, edit=False)  # refused: stay, the reason is on the line
            return
        following = self.lines.next_cell(row, name)
        if following is not None and following[0] < self.lines.rowCount():
            self.go_to(*following)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and current.isValid():
            if event.key() == Qt.Key.Key_Delete and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.ControlModifier,
            ):
                self.remove_requested.emit(current.row())
                return
            if (
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and FIELDS[current.column()] in EDITABLE
                and self.lines.flags(current) & Qt.ItemFlag.ItemIsEditable
            ):
                self.edit(current)
                return
        super().keyPressEvent(event)

    def current_field(self) -> tuple[int, str]:
        current = self.currentIndex()
        return current.row(), FIELDS[current.column()] if current.isValid() else ""
