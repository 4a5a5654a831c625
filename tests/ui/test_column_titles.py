"""Column titles say what they show; a short title has a tooltip with the word it needs."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt

from kamdesk.db import Database
from kamdesk.ui.orders.order_lines_model import OrderLinesModel
from kamdesk.ui.orders.order_list_model import OrderTableModel
from kamdesk.ui.receivables.tables import AgingModel, InvoicesModel, PaymentsModel
from kamdesk.ui.reports.key_clients import KeyClientTableModel


def titles(model: QAbstractItemModel) -> dict[str, str | None]:
    """Each title with its tooltip (None: none)."""
    horizontal = Qt.Orientation.Horizontal
    return {
        model.headerData(c, horizontal, Qt.ItemDataRole.DisplayRole): model.headerData(
            c, horizontal, Qt.ItemDataRole.ToolTipRole
        )
        for c in range(model.columnCount())
    }


def test_receivables_titles_explain_buckets_and_the_overpaid_column(qtbot) -> None:  # type: ignore[no-untyped-def]
    aging = titles(AgingModel())
    assert "Credit" not in aging  # it was the client's overpayment, not its credit limit
    assert aging["Overpaid"] == "Paid by the client and not yet allocated to an invoice"
    assert aging["Cur."] == "Currency"
    assert aging["Current"] == "Open amounts not yet due, less what the client overpaid"
    assert {aging[b] for b in ("1–30", "31–60", "61–90", "90+")} == {
        "Open amounts by days past the due date"
    }
    invoices = titles(InvoicesModel())
    assert invoices["Amount"] == "The invoice's total"
    assert invoices["Open"] == "What is still unpaid of it"
    assert titles(PaymentsModel())["Free"] == "Not yet allocated to an invoice"


def test_order_titles(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    orders = titles(OrderTableModel(db))
    assert "Date" not in orders and "Order date" in orders
    assert orders["Total"] == "The order's total with VAT"
    lines = titles(OrderLinesModel())
    assert lines["Qty"] == "Quantity" and lines["Disc %"] == "Discount off the price, %"
    assert lines["Price from"] == "Which price the line got and why"


def test_key_clients_titles(qtbot) -> None:  # type: ignore[no-untyped-def]
    report = titles(KeyClientTableModel())
    assert "Categories" not in report and "Key client" in report  # as in the clients list
    assert report["#"] == "Rank by revenue"
    assert report["ABC"] == "A: the biggest clients by revenue; C: the smallest"


def test_the_days_list_says_what_leave_by_and_readiness_are(qtbot) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.ui.schedule.schedule_day import DayModel

    day = titles(DayModel())
    assert day["Leave by"] == "When to set off to arrive on time"
    assert day["Readiness"] == "How well the meeting is prepared, out of 100"
    assert day["Client"] is None  # a title that says it all has no tooltip
