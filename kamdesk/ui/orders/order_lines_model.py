"""The lines of an order as the order window edits them: typed text in, exact amounts out.

Every amount comes from domain functions (line_amounts through line_total, order_totals). A
value the KAM types is read exactly in the locale's notation (widgets.numbers.read_number) and
checked by the domain's line rules; when it is refused, its cell keeps the typed text in red with
the reason, so nothing is silently dropped and the order cannot be saved until it is fixed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from kamdesk.domain.fx import MissingRate
from kamdesk.domain.money import ZERO, Totals
from kamdesk.domain.orders import LineInput, line_problem, order_totals
from kamdesk.domain.pricing import RULE_LABELS, PriceDecision
from kamdesk.ui.marks import QT_TRANSLATE_NOOP
from kamdesk.ui.orders.order_line_edit import (
    EditLine,
    ProductIndex,
    product_label,
    read_number,
    without_errors,
)
from kamdesk.ui.widgets.forms import domain_text
from kamdesk.ui.widgets.numbers import number_edit_text
from kamdesk.ui.widgets.price_fields import RIGHT, money, percent_text, qty_text
from kamdesk.ui.widgets.style import ERROR, ERROR_BACKGROUND, TEXT_MUTED, WARNING_STRONG

if TYPE_CHECKING:
    from kamdesk.services.prices.catalog import PriceInputs
    from kamdesk.services.sales.orders import DraftLine

Index = QModelIndex | QPersistentModelIndex
Pricer = Callable[[str], "PriceInputs | None"]

# (field, header)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("product", QT_TRANSLATE_NOOP("OrderLinesModel", "Product")),
    ("quantity", QT_TRANSLATE_NOOP("OrderLinesModel", "Qty")),
    ("unit", QT_TRANSLATE_NOOP("OrderLinesModel", "Unit")),
    ("price", QT_TRANSLATE_NOOP("OrderLinesModel", "Price")),
    ("discount", QT_TRANSLATE_NOOP("OrderLinesModel", "Disc %")),
    ("vat_rate", QT_TRANSLATE_NOOP("OrderLinesModel", "VAT %")),
    ("net", QT_TRANSLATE_NOOP("OrderLinesModel", "Net")),
    ("vat", QT_TRANSLATE_NOOP("OrderLinesModel", "VAT")),
    ("gross", QT_TRANSLATE_NOOP("OrderLinesModel", "Gross")),
    ("shipped", QT_TRANSLATE_NOOP("OrderLinesModel", "Shipped")),
    ("refused", QT_TRANSLATE_NOOP("OrderLinesModel", "Refused")),
    ("returned", QT_TRANSLATE_NOOP("OrderLinesModel", "Returned")),
    ("rule", QT_TRANSLATE_NOOP("OrderLinesModel", "Price from")),
)
FIELDS = tuple(f for f, _ in COLUMNS)
HEADER_TIPS = {
    "quantity": QT_TRANSLATE_NOOP("OrderLinesModel", "Quantity"),
    "discount": QT_TRANSLATE_NOOP("OrderLinesModel", "Discount off the price, %"),
    "vat_rate": QT_TRANSLATE_NOOP("OrderLinesModel", "VAT rate"),
    "rule": QT_TRANSLATE_NOOP("OrderLinesModel", "Which price the line got and why"),
}
EDITABLE = ("product", "quantity", "price", "discount")  # in the order Enter moves through
FULFILMENT = ("shipped", "refused", "returned")
NUMERIC = frozenset(
    {"quantity", "price", "discount", "vat_rate", "net", "vat", "gross", *FULFILMENT}
)
ERROR_FG = QColor(ERROR)
ERROR_BG = QColor(ERROR_BACKGROUND)
MUTED = QColor(TEXT_MUTED)
PART = QColor(WARNING_STRONG)
ONE = Decimal(1)


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrderLinesModel", text)


def column(name: str) -> int:
    return FIELDS.index(name)


class OrderLinesModel(QAbstractTableModel):
    """The order's lines, plus one empty line at the end while the order can be edited."""

    changed = Signal()  # lines or amounts changed (totals, dirty state)
    approval_needed = Signal(int)  # a line went past the client's allowed discount

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[EditLine] = []
        self.editable = False
        self.products = ProductIndex()
        self.pricer: Pricer = lambda _pid: None
        self.day = date.today()
        self.max_discount = ZERO
        self.column_name = ""  # the client's price column, as lines name where prices come from
        self.dirty = False

    # --- what the views ask -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines) + (1 if self.editable else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:  # the line's number
            if role == Qt.ItemDataRole.DisplayRole:
                return str(section + 1) if section < len(self._lines) else "+"
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return RIGHT
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section][1])
        if role == Qt.ItemDataRole.TextAlignmentRole and FIELDS[section] in NUMERIC:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and FIELDS[section] in HEADER_TIPS:
            return _tr(HEADER_TIPS[FIELDS[section]])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        name = FIELDS[index.column()]
        new_line = index.row() >= len(self._lines)
        if self.editable and name in EDITABLE and (not new_line or name == "product"):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        name = FIELDS[index.column()]
        if index.row() == len(self._lines):  # the empty line that starts a new one
            if role == Qt.ItemDataRole.DisplayRole and name == "product":
                return _tr("Type an SKU or a name to add a line…")
            if role == Qt.ItemDataRole.ForegroundRole:
                return MUTED
            return None
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, name)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(line, name)
        if role == Qt.ItemDataRole.TextAlignmentRole and name in NUMERIC:
            return RIGHT
        error = line.errors.get(name) or (
            line.errors.get("line") if name in ("product", "rule") else None
        )
        if name == "rule" and error is None:
            error = line.problem
        if role == Qt.ItemDataRole.ForegroundRole:
            if error or (name == "product" and line.product_id is None):
                return ERROR_FG
            if name == "rule":
                return MUTED
            fulfil = line.fulfilment
            if name == "shipped" and fulfil is not None and fulfil.to_ship > 0:
                return PART  # part of the line is still to ship
            if name in ("refused", "returned") and fulfil and getattr(fulfil, name):
                return ERROR_FG
            return None
        if role == Qt.ItemDataRole.BackgroundRole and name != "rule" and name in line.errors:
            return ERROR_BG
        if role == Qt.ItemDataRole.ToolTipRole:
            if error:
                return error
            if name in ("price", "rule") and line.price_note:
                return self._rule_tip(line)
            if name == "product":
                return line.label
            return None
        if role == Qt.ItemDataRole.FontRole and name == "gross":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, line: EditLine, name: str) -> str:
        if name in line.typed:
            return line.typed[name]
        amounts = line.amounts() if name in ("net", "vat", "gross") else None
        fulfil = line.fulfilment
        value: str
        if name == "product":
            value = line.label
        elif name == "quantity":
            value = qty_text(line.quantity)
        elif name == "unit":
            value = line.unit
        elif name == "price":
            value = money(line.unit_price)
        elif name == "discount":
            value = "" if not line.discount else qty_text(line.discount)
        elif name == "vat_rate":
            value = percent_text(line.vat_rate)
        elif name in ("net", "vat", "gross"):
            value = "" if amounts is None else money(getattr(amounts, name))
        elif name in FULFILMENT:
            amount = None if fulfil is None else getattr(fulfil, name)
            # nothing refused or returned is left blank: the lines that had some stand out
            value = "" if amount is None or (not amount and name != "shipped") else qty_text(amount)
        else:
            value = line.problem or self._rule_text(line)
        return value

    def _rule_text(self, line: EditLine) -> str:
        if line.price_rule in ("column", "column_price") and self.column_name:
            text = _tr("{name} column").format(name=self.column_name)
        elif line.price_rule:
            text = domain_text(RULE_LABELS.get(line.price_rule, line.price_rule))
        else:
            text = ""
        # the fx note first: the column is narrow, and it is what the number means
        approved = _tr("approved by {who}").format(who=line.approved_by) if line.approved_by else ""
        return " · ".join(part for part in (line.fx_note, text, approved) if part)

    def _rule_tip(self, line: EditLine) -> str:
        tip = line.price_note
        if line.approved_by:
            tip += "\n" + _tr("Approved by {who}: {why}").format(
                who=line.approved_by, why=line.approval_note
            )
        return tip

    def _edit_text(self, line: EditLine, name: str) -> str:
        if name in line.typed:
            return line.typed[name]
        if name == "product":
            return line.label
        if name == "quantity":
            return qty_text(line.quantity)
        if name == "price":
            return number_edit_text(line.unit_price)
        if name == "discount":
            return qty_text(line.discount)
        return ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        return self.set_field(index.row(), FIELDS[index.column()], str(value))

    # --- editing ------------------------------------------------------------------------------
    @property
    def lines(self) -> tuple[EditLine, ...]:
        return tuple(self._lines)

    def load(self, lines: Sequence[EditLine], *, editable: bool) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.editable = editable
        self.dirty = False
        self.endResetModel()
        self.changed.emit()

    def set_field(self, row: int, name: str, text: str) -> bool:
        """Take what the KAM typed in a cell; True when it was accepted without a problem."""
        text = text.strip()
        if row == len(self._lines):
            if name != "product" or not text:
                return False
            self.beginInsertRows(QModelIndex(), row + 1, row + 1)
            self._lines.append(EditLine())
            self.endInsertRows()
        line = self._lines[row]
        if name == "product":
            new = self._with_product(line, text)
        elif name == "quantity":
            new = self._with_quantity(line, text)
        elif name == "price":
            new = self._with_price(line, text)
        elif name == "discount":
            new = self._with_discount(line, text)
        else:
            return False
        if new == line:
            return name not in new.errors
        if name in ("price", "discount") or (
            name == "product" and new.product_id != line.product_id
        ):
            new = dataclasses.replace(new, approved_by="", approval_note="")
        self._replace(row, new)
        if name != "product" and name not in new.errors and new.approval_problem(self.max_discount):
            self.approval_needed.emit(row)
        return name not in new.errors

    def _replace(self, row: int, line: EditLine) -> None:
        self._lines[row] = line
        self.dirty = True
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.changed.emit()

    def _with_product(self, line: EditLine, text: str) -> EditLine:
        errors = without_errors(line.errors, "product", "vat")
        found = self.products.lookup(text)
        choice = found.choice
        if choice is None:
            why = _tr("Choose a product.")
            if found.ambiguous:
                why = _tr("“{text}” matches several products: choose one from the list.").format(
                    text=text
                )
            elif text:
                why = _tr("Unknown product: no SKU or name matches “{text}”.").format(text=text)
            return dataclasses.replace(
                line,
                product_id=None,
                product_text=text,
                sku="",
                name="",
                unit="",
                vat_rate=None,
                errors={**errors, "product": why},
            )
        if choice.id == line.product_id:
            return dataclasses.replace(line, errors=errors)
        inputs = self.pricer(choice.id)
        if inputs is None:
            why = _tr("That product no longer exists.")
            return dataclasses.replace(line, product_text=text, errors={**errors, "product": why})
        quantity = line.quantity
        if quantity is None and "quantity" not in errors:
            quantity = ONE
        new = dataclasses.replace(
            line,
            product_id=choice.id,
            product_text="",
            sku=choice.sku,
            name=choice.name,
            unit=inputs.unit,
            quantity=quantity,
            price_rule="",  # a new product is priced by its own rules
            errors=errors,
        )
        return self._priced(self._with_vat(new, inputs))

    def _with_vat(self, line: EditLine, inputs: PriceInputs) -> EditLine:
        """The line's VAT rate as domain.tax decides it for the client, or why there is none."""
        errors = {k: v for k, v in line.errors.items() if k != "vat"}
        if inputs.vat_problem:
            errors["vat"] = inputs.vat_problem
            return dataclasses.replace(line, vat_rate=None, errors=errors)
        return dataclasses.replace(line, vat_rate=inputs.vat_rate, errors=errors)

    def _priced(self, line: EditLine) -> EditLine:
        """Price the line by the client's rules for its quantity; a typed price stays, with
        the rules' price kept beside it (list_price)."""
        if line.product_id is None or line.quantity is None or "quantity" in line.errors:
            return line
        inputs = self.pricer(line.product_id)
        if inputs is None:
            return line
        decision = self._decide(line.product_id, line.quantity)
        if isinstance(decision, str):  # no exchange rate: refused at the line, nothing lost
            kept = line.unit_price if line.price_rule == "manual" else None
            errors = {**without_errors(line.errors, "price"), "price": decision}
            return dataclasses.replace(line, unit_price=kept, errors=errors).converted(None)
        if line.price_rule == "manual":
            return dataclasses.replace(
                line,
                list_price=decision.unit_price,
                price_note=self._manual_note(decision.unit_price, decision.explanation),
            ).converted(decision.conversion)
        return dataclasses.replace(
            line,
            unit_price=decision.unit_price,
            price_rule=decision.rule,
            price_note=decision.explanation,
            list_price=None,
            typed={k: v for k, v in line.typed.items() if k != "price"},
            errors=without_errors(line.errors, "price"),
        ).converted(decision.conversion)

    def _decide(self, product_id: str, quantity: Decimal) -> PriceDecision | str:
        """The rules' price for the line, or why there is none (no exchange rate)."""
        inputs = self.pricer(product_id)
        assert inputs is not None
        try:
            return inputs.decide(quantity, self.day)
        except MissingRate as exc:
            return str(exc)

    def _manual_note(self, listed: Decimal, explanation: str) -> str:
        return _tr("Typed by hand; the price rules give {price}: {why}").format(
            price=money(listed), why=explanation
        )

    def _read(
        self, line: EditLine, name: str, text: str, check: Callable[[Decimal], LineInput]
    ) -> tuple[EditLine, Decimal | None]:
        """Read a typed number; a refused one is kept as typed, with the reason."""
        value, why = read_number(text)
        if value is not None:
            problem = line_problem(check(value))
            why = problem or None
        if why is not None:
            typed = {**line.typed, name: text}
            return dataclasses.replace(line, typed=typed, errors={**line.errors, name: why}), None
        typed = {k: v for k, v in line.typed.items() if k != name}
        return dataclasses.replace(
            line, typed=typed, errors=without_errors(line.errors, name)
        ), value

    def _with_quantity(self, line: EditLine, text: str) -> EditLine:
        new, value = self._read(line, "quantity", text, lambda v: LineInput("", v, ONE, ZERO, ZERO))
        if value is None:
            return new
        return self._priced(dataclasses.replace(new, quantity=value))

    def _with_price(self, line: EditLine, text: str) -> EditLine:
        if not text:  # an emptied price goes back to the client's price rules
            return self._priced(dataclasses.replace(line, price_rule=""))
        new, value = self._read(line, "price", text, lambda v: LineInput("", ONE, v, ZERO, ZERO))
        if value is None:
            return new
        value = value.quantize(Decimal("0.01"))
        inputs = self.pricer(line.product_id) if line.product_id else None
        if inputs is None or new.quantity is None or line.product_id is None:
            return dataclasses.replace(new, unit_price=value, price_rule="manual", list_price=None)
        decision = self._decide(line.product_id, new.quantity)
        if isinstance(decision, str):  # the rules' price is not known: the typed one waits
            return dataclasses.replace(
                new, typed={**new.typed, "price": text}, errors={**new.errors, "price": decision}
            )
        if value == decision.unit_price:
            return self._priced(dataclasses.replace(new, price_rule=""))
        return dataclasses.replace(
            new,
            unit_price=value,
            price_rule="manual",
            list_price=decision.unit_price,
            price_note=self._manual_note(decision.unit_price, decision.explanation),
        ).converted(decision.conversion)

    def _with_discount(self, line: EditLine, text: str) -> EditLine:
        text = text.rstrip("% ").strip() or "0"
        new, value = self._read(line, "discount", text, lambda v: LineInput("", ONE, ONE, v, ZERO))
        return new if value is None else dataclasses.replace(new, discount=value)

    def add_product(self, product_id: str) -> int:
        """Add a line for the product (from the suggestions); its row."""
        choice = next((c for c in self.products.choices if c.id == product_id), None)
        row = len(self._lines)
        if choice is None or not self.editable:
            return -1
        self.set_field(row, "product", product_label(choice))
        return row

    def remove_row(self, row: int) -> None:
        if not self.editable or not 0 <= row < len(self._lines):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._lines[row]
        self.endRemoveRows()
        self.dirty = True
        self.headerDataChanged.emit(Qt.Orientation.Vertical, row, self.rowCount() - 1)
        self.changed.emit()

    def set_approval(self, row: int, by: str, note: str) -> None:
        line = self._lines[row]
        approved = dataclasses.replace(
            line,
            approved_by=by.strip(),
            approval_note=note.strip(),
            errors=without_errors(line.errors),
        )
        self._replace(row, approved)

    def follow_rules(self, *, refused_only: bool = False) -> None:
        """Lines take again the VAT rate domain.tax gives for the client and, where a missing
        exchange rate refused them, their price (after a rate or a product's VAT was entered,
        or when a saved draft opens: a save would store these)."""
        for row, line in enumerate(self._lines):
            if line.product_id is None or (
                refused_only and not {"price", "vat"} & line.errors.keys()
            ):
                continue
            inputs = self.pricer(line.product_id)
            if inputs is None:
                continue
            new = self._with_vat(line, inputs)
            if "price" in line.errors:
                typed = line.typed.get("price")
                new = self._with_price(new, typed) if typed is not None else self._priced(new)
            if new != line:
                self._replace(row, new)

    def reprice(self, day: date) -> None:
        """The order date moved: promotions and special prices may differ on the new day."""
        self.day = day
        for row, line in enumerate(self._lines):
            new = self._priced(line)
            if new != line:
                self._replace(row, new)

    def mark_problems(self, problems: dict[int, str]) -> None:
        """What the services refused, by line index: shown at the line."""
        for row, line in enumerate(self._lines):
            errors = {k: v for k, v in line.errors.items() if k != "line"}
            if row in problems:
                errors["line"] = problems[row]
            if errors != line.errors:
                self._lines[row] = dataclasses.replace(line, errors=errors)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # --- reading ------------------------------------------------------------------------------
    def problems(self) -> dict[int, str]:
        """Lines that cannot be saved as they are, by row: why."""
        out: dict[int, str] = {}
        for row, line in enumerate(self._lines):
            # what the services said last time is checked again by them, not here
            why = dataclasses.replace(line, errors=without_errors(line.errors)).problem
            data = line.line_input()
            if why is None and data is not None:
                found = line_problem(data)
                why = found or None
            if why is not None:
                out[row] = why
        return out

    def explain(self, row: int) -> str:
        """Where the line's price comes from, in words; a line saved before the rules were
        written down is explained by what the rules give today."""
        line = self._lines[row]
        if line.price_note or not self.editable or line.product_id is None:
            return line.price_note
        inputs = self.pricer(line.product_id)
        if inputs is None or line.quantity is None or line.unit_price is None:
            return ""
        decision = self._decide(line.product_id, line.quantity)
        if isinstance(decision, str):
            return decision
        if decision.unit_price == line.unit_price:
            return decision.explanation
        return _tr("Saved at {saved}; the price rules now give {price}: {why}").format(
            saved=money(line.unit_price),
            price=money(decision.unit_price),
            why=decision.explanation,
        )

    def cell_problem(self, row: int, name: str) -> str | None:
        if not 0 <= row < len(self._lines):
            return None
        return self._lines[row].errors.get(name)

    def totals(self) -> Totals:
        """The order's totals from the lines that can be counted (domain.orders.order_totals)."""
        inputs = [line.line_input() for line in self._lines]
        return order_totals(i for i in inputs if i is not None and line_problem(i) is None)

    def draft_lines(self) -> tuple[DraftLine, ...]:
        from kamdesk.services.sales.orders import DraftLine

        out = []
        for line in self._lines:
            data = line.line_input()
            assert data is not None, "draft_lines() is for lines without problems"
            out.append(
                DraftLine(
                    product_id=data.product_id,
                    quantity=data.quantity,
                    unit_price=data.unit_price,
                    discount_percent=data.discount_percent,
                    price_rule=line.price_rule,
                    price_note=line.price_note,
                    list_price=line.list_price,
                    approved_by=line.approved_by,
                    approval_note=line.approval_note,
                    line_id=line.line_id,
                    source_price=line.source_price,
                )
            )
        return tuple(out)

    def product_ids(self) -> list[str]:
        return [line.product_id for line in self._lines if line.product_id]

    def next_cell(self, row: int, name: str) -> tuple[int, str] | None:
        """Where Enter goes after the cell: quantity, price, discount, then the next line."""
        if name == "discount" or (name == "product" and row >= len(self._lines)):
            return (row + 1, "product") if self.editable else None
        if name in EDITABLE:
            return row, EDITABLE[EDITABLE.index(name) + 1]
        return None
