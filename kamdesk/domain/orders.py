"""An order's rules: its lines, its life from draft to invoice, refusals and returns.

Amounts follow domain.money: each line's net is rounded to the cent, its VAT is computed on
that net and rounded (VAT per line), and a document's totals are the sums of its lines. So an
order's (or invoice's, or return's) total is always exactly the sum of its line totals.

The life of an order:

    draft --confirm--> confirmed --ship--> shipped --deliver--> delivered --invoice--> invoiced
      |                   |  \\--revise--> (cancelled, and a new draft revision)
      +-----cancel--------+

Shipping is per line and may be partial (ship again while shipped). Delivery records what the
client refused; what was not shipped by then is not delivered. What is invoiced is what was
shipped, less refused and less what came back before the invoice. A return after delivery
lowers the returnable quantity; after the invoice it is a credit note.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from kamdesk.domain.money import ZERO, LineAmounts, Totals, line_amounts, sum_lines
from kamdesk.messages import N_, _, figure

ORDER_STATUSES = ("draft", "confirmed", "shipped", "delivered", "invoiced", "cancelled")
OPEN_STATUSES = ("confirmed", "shipped", "delivered")  # count towards credit exposure
RETURN_REASONS = (
    "damaged",
    "wrong_item",
    "misgrading",
    "quality",
    "surplus",
    "price_dispute",
    "other",
)
REASON_LABELS = {
    "damaged": "Damaged",
    "wrong_item": "Wrong item",
    "misgrading": "Mis-grading",
    "quality": "Quality",
    "surplus": "Surplus",
    "price_dispute": "Price dispute",
    "other": "Other",
}
STATUS_LABELS = {
    "draft": N_("Draft"),
    "confirmed": N_("Confirmed"),
    "shipped": N_("Shipped"),
    "delivered": N_("Delivered"),
    "invoiced": N_("Invoiced"),
    "cancelled": N_("Cancelled"),
}

# action -> statuses it may start from
ACTIONS: dict[str, tuple[str, ...]] = {
    "edit": ("draft",),
    "confirm": ("draft",),
    "ship": ("confirmed", "shipped"),
    "deliver": ("shipped",),
    "invoice": ("delivered",),
    "cancel": ("draft", "confirmed"),
    "revise": ("confirmed",),
    "return": ("delivered", "invoiced"),
}
# what require() says an order in the wrong status cannot be: (with its number, without);
# editing and cancelling shipped goods say more, in require itself
_CANNOT = {
    "confirm": (
        N_("Order {number} is {status}: it cannot be confirmed."),
        N_("The order is {status}: it cannot be confirmed."),
    ),
    "ship": (
        N_("Order {number} is {status}: it cannot be shipped."),
        N_("The order is {status}: it cannot be shipped."),
    ),
    "deliver": (
        N_("Order {number} is {status}: it cannot be marked delivered."),
        N_("The order is {status}: it cannot be marked delivered."),
    ),
    "invoice": (
        N_("Order {number} is {status}: it cannot be invoiced."),
        N_("The order is {status}: it cannot be invoiced."),
    ),
    "cancel": (
        N_("Order {number} is {status}: it cannot be cancelled."),
        N_("The order is {status}: it cannot be cancelled."),
    ),
    "revise": (
        N_("Order {number} is {status}: it cannot be revised."),
        N_("The order is {status}: it cannot be revised."),
    ),
    "return": (
        N_("Order {number} is {status}: it cannot be returned."),
        N_("The order is {status}: it cannot be returned."),
    ),
}


# Far beyond any real order, well inside what the database's 64-bit minor units hold: a typo
# such as 99 999 999 999 pieces is refused instead of stored.
MAX_QUANTITY = Decimal(1_000_000_000)
MAX_LINE_VALUE = Decimal(10) ** 13


class OrderRuleError(ValueError):
    """A step the order's rules do not allow; the message says why, for the user."""


def allowed(action: str, status: str) -> bool:
    return status in ACTIONS[action]


def require(action: str, status: str, number: str = "") -> None:
    if allowed(action, status):
        return
    shown = _(STATUS_LABELS.get(status, status)).lower()
    if action == "edit":
        said = (
            _(
                "Order {number} is {status}: it cannot be changed. "
                "Make a new revision, or cancel it."
            )
            if number
            else _(
                "The order is {status}: it cannot be changed. Make a new revision, or cancel it."
            )
        )
    elif action == "cancel" and status in ("shipped", "delivered"):
        said = (
            _(
                "Order {number} is {status}: goods have left, so it cannot be cancelled. "
                "Record what the client refused at delivery, or a return."
            )
            if number
            else _(
                "The order is {status}: goods have left, so it cannot be cancelled. "
                "Record what the client refused at delivery, or a return."
            )
        )
    else:
        with_number, without = _CANNOT[action]
        said = _(with_number) if number else _(without)
    raise OrderRuleError(said.format(number=number, status=shown))


@dataclass(frozen=True)
class LineInput:
    """One line as the KAM typed it (prices in the order's currency)."""

    product_id: str
    quantity: Decimal
    unit_price: Decimal
    discount_percent: Decimal
    vat_rate: Decimal
    list_price: Decimal | None = None  # what the price rules gave, if the price was typed over
    approved_by: str = ""
    approval_note: str = ""


def line_problem(line: LineInput) -> str | None:
    """Why a line cannot be saved, or None. Values are exact Decimals by the time they get here."""
    if not line.quantity.is_finite():
        return _("Quantity is not a finite number.")
    if not line.unit_price.is_finite():
        return _("Price is not a finite number.")
    if line.quantity <= 0:
        return _("Quantity must be more than zero.")
    if line.quantity != line.quantity.quantize(Decimal("0.001")):
        return _("Quantity has at most three decimals.")
    if line.quantity > MAX_QUANTITY:
        return _("Quantity is more than a billion: check the number.")
    if line.unit_price <= 0:
        return _("Price must be more than zero.")
    if line.unit_price != line.unit_price.quantize(Decimal("0.01")):
        return _("Price has at most two decimals.")
    if not ZERO <= line.discount_percent <= Decimal(100):
        return _("Discount must be between 0 and 100 %.")
    if line.discount_percent != line.discount_percent.quantize(Decimal("0.01")):
        return _("Discount has at most two decimals.")
    if line.quantity * line.unit_price > MAX_LINE_VALUE:
        return _("The line is worth more than 10 000 billion: check quantity and price.")
    return None


def line_total(line: LineInput) -> LineAmounts:
    return line_amounts(line.quantity, line.unit_price, line.discount_percent, line.vat_rate)


def order_totals(lines: Iterable[LineInput]) -> Totals:
    """The order's totals: the sum of its lines (VAT rounded per line)."""
    return sum_lines(line_total(line) for line in lines)


def approval_problem(
    effective_discount: Decimal, max_discount: Decimal, approved_by: str, approval_note: str
) -> str | None:
    """A line sold more than the client's allowed discount below its price needs approval."""
    if effective_discount <= max_discount:
        return None
    if approved_by.strip() and approval_note.strip():
        return None
    return _(
        "{discount} % off is more than this client's allowed {most} %: say who approved it and why."
    ).format(discount=figure(effective_discount), most=figure(max_discount))


@dataclass(frozen=True)
class LineFulfilment:
    """Where one order line stands: ordered, shipped, refused at delivery, returned."""

    quantity: Decimal
    shipped: Decimal = ZERO
    refused: Decimal = ZERO
    returned: Decimal = ZERO  # all returns so far
    returned_before_invoice: Decimal = ZERO

    @property
    def to_ship(self) -> Decimal:
        return self.quantity - self.shipped

    @property
    def delivered(self) -> Decimal:
        return self.shipped - self.refused

    @property
    def returnable(self) -> Decimal:
        return self.delivered - self.returned

    @property
    def invoiceable(self) -> Decimal:
        return self.delivered - self.returned_before_invoice


def _qty(value: Decimal) -> str:
    """A quantity with the decimals it needs, as the current language writes figures."""
    exact = value.normalize()
    exponent = exact.as_tuple().exponent
    return figure(exact, max(0, -exponent) if isinstance(exponent, int) else 0)


def shipment_problem(line: LineFulfilment, quantity: Decimal) -> str | None:
    if quantity < 0:
        return _("A shipped quantity cannot be negative.")
    if quantity > line.to_ship:
        return _("Only {n} are left to ship on this line.").format(n=_qty(line.to_ship))
    return None


def refusal_problem(line: LineFulfilment, quantity: Decimal, reason: str) -> str | None:
    if quantity < 0:
        return _("A refused quantity cannot be negative.")
    if quantity > line.shipped:
        return _("Only {n} were shipped on this line.").format(n=_qty(line.shipped))
    if quantity > 0 and reason not in RETURN_REASONS:
        return _("Choose the reason the client refused the goods.")
    return None


def return_problem(line: LineFulfilment, quantity: Decimal, reason: str) -> str | None:
    if quantity <= 0:
        return _("A returned quantity must be more than zero.")
    if quantity > line.returnable:
        return _(
            "Only {n} can come back on this line (delivered {delivered}, returned already "
            "{returned})."
        ).format(
            n=_qty(line.returnable), delivered=_qty(line.delivered), returned=_qty(line.returned)
        )
    if reason not in RETURN_REASONS:
        return _("Choose the reason for the return.")
    return None


LOSS_GROUPINGS = ("client", "product", "reason")


@dataclass(frozen=True)
class LossRow:
    """One group of the returns-and-refusals report."""

    key: str  # client id, product id or reason
    label: str
    shipped_value: Decimal
    refused_value: Decimal
    returned_value: Decimal
    events: int

    @property
    def lost_value(self) -> Decimal:
        return self.refused_value + self.returned_value

    @property
    def share(self) -> Decimal | None:
        """Refused and returned as a share of what was shipped (0..1), None if nothing was."""
        if self.shipped_value <= 0:
            return None
        return (self.lost_value / self.shipped_value).quantize(Decimal("0.0001"))


@dataclass(frozen=True)
class LossFact:
    """One refusal or return, or one shipped line (kind 'shipped'), valued net of VAT.

    A fact may also stand for several of them already summed (a query's group): `events`
    says how many refusals or returns it holds.
    """

    kind: str  # shipped, refused, returned
    client_id: str
    product_id: str
    reason: str
    value: Decimal
    events: int = 1


def _fact_key(fact: LossFact, by: str) -> str:
    if by == "client":
        return fact.client_id
    if by == "product":
        return fact.product_id
    return fact.reason or "other"  # a refusal stored without a reason is "other"


def group_losses(
    facts: Iterable[LossFact], by: str, labels: dict[str, str] | None = None
) -> list[LossRow]:
    """Refusals and returns per client, product or reason, the largest loss first.

    Groups without any refusal or return are left out. Grouped by reason there is no shipped
    value of a reason: each share is of all shipments.
    """
    if by not in LOSS_GROUPINGS:
        raise ValueError(f"group by one of {', '.join(LOSS_GROUPINGS)}, not {by!r}")
    labels = labels or {}
    shipped: dict[str, Decimal] = {}
    refused: dict[str, Decimal] = {}
    returned: dict[str, Decimal] = {}
    events: dict[str, int] = {}
    total_shipped = ZERO
    for f in facts:
        if f.kind == "shipped":
            total_shipped += f.value
            if by != "reason":
                key = _fact_key(f, by)
                shipped[key] = shipped.get(key, ZERO) + f.value
            continue
        if f.kind not in ("refused", "returned"):
            raise ValueError(f"not a kind of loss fact: {f.kind!r}")
        key = _fact_key(f, by)
        target = refused if f.kind == "refused" else returned
        target[key] = target.get(key, ZERO) + f.value
        events[key] = events.get(key, 0) + f.events
    rows = [
        LossRow(
            key=key,
            label=labels.get(key, REASON_LABELS.get(key, key) if by == "reason" else key),
            shipped_value=total_shipped if by == "reason" else shipped.get(key, ZERO),
            refused_value=refused.get(key, ZERO),
            returned_value=returned.get(key, ZERO),
            events=events[key],
        )
        for key in events
    ]
    rows.sort(key=lambda r: (-r.lost_value, r.label, r.key))
    return rows


def loss_total(rows: Iterable[LossRow], shipped_value: Decimal) -> LossRow:
    """The whole period in one row: every group's losses against everything shipped."""
    refused = returned = ZERO
    events = 0
    for row in rows:
        refused += row.refused_value
        returned += row.returned_value
        events += row.events
    return LossRow("", "Total", shipped_value, refused, returned, events)


@dataclass(frozen=True)
class TopCause:
    """A reason for refusals and returns, with its part of all that was lost."""

    reason: str
    label: str
    lost_value: Decimal
    events: int
    share_of_losses: Decimal  # 0..1


def top_causes(by_reason: Iterable[LossRow]) -> list[TopCause]:
    """The reasons ranked by what they cost, each with its share of all losses: the first is
    the one to act on first."""
    rows = sorted(
        (r for r in by_reason if r.lost_value > 0), key=lambda r: (-r.lost_value, r.label, r.key)
    )
    total = sum((r.lost_value for r in rows), ZERO)
    return [
        TopCause(
            reason=r.key,
            label=r.label,
            lost_value=r.lost_value,
            events=r.events,
            share_of_losses=(r.lost_value / total).quantize(Decimal("0.0001")),
        )
        for r in rows
    ]
