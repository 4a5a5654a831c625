"""The order window's side of a save that clashed with a change made elsewhere: how the
conflict dialog names the header's fields and lines, and shows a line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kamdesk.ui.widgets.conflicts import value_text
from kamdesk.ui.widgets.price_fields import qty_text

if TYPE_CHECKING:
    from kamdesk.services.sales.orders import DraftLine, OrderDraft
    from kamdesk.ui.orders.order_line_edit import ProductIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrderConflicts", text)


def draft_labels(*drafts: OrderDraft) -> dict[str, str]:
    """Field name -> label: the header's fields, a saved line by its number in the order."""
    labels = {
        "order_date": _tr("Order date"),
        "delivery_date": _tr("Delivery date"),
        "notes": _tr("Notes"),
    }
    for draft in reversed(drafts):  # the first draft's numbering wins
        for n, line in enumerate(draft.lines, 1):
            if line.line_id is not None:
                labels[f"line:{line.line_id}"] = _tr("Line {n}").format(n=n)
    return labels


def draft_value(products: ProductIndex, name: str, value: object) -> str:
    """A value in the conflict dialog: a line as '5 × FLM-1 at 12.00, 5 % off'."""
    if not name.startswith("line:"):
        return value_text(value)
    if value is None:
        return _tr("(deleted)")
    line: DraftLine = value  # type: ignore[assignment]
    sku = next((c.sku for c in products.choices if c.id == line.product_id), "?")
    if not line.discount_percent:
        return _tr("{qty} × {sku} at {price}").format(
            qty=qty_text(line.quantity), sku=sku, price=value_text(line.unit_price)
        )
    return _tr("{qty} × {sku} at {price}, {d} % off").format(
        qty=qty_text(line.quantity),
        sku=sku,
        price=value_text(line.unit_price),
        d=qty_text(line.discount_percent),
    )
