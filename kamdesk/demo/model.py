"""What drives the demo: its fixed choices and the model of each client, product and order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from kamdesk.demo.data import regions
from kamdesk.domain.tax import Regime, Treatment

Progress = Callable[[str, int, int], None]
Row = tuple[object, ...]

# what one euro of the model's amounts is in each currency, roughly (client sizes, credit limits
# and plans are in the client's currency; prices convert at the demo's own rates)
UNITS_PER_EUR = {"EUR": 1.0, "HUF": 392.5, "RUB": 95.0, "USD": 1.16, "AZN": 2.0}
HISTORY_DAYS = 730
PLANNED_DAYS = 21
OPEN_ORDER_DAYS = 14  # orders younger than this are not invoiced yet

# Revenue shares of the key accounts over the last 12 months: one critical dependency (>20 %),
# two key clients by revenue (10-20 %) and one with potential rather than revenue.
KEY_SHARES = (0.24, 0.16, 0.125, 0.085)
KEY_INDUSTRIES = ("Retail chain", "Logistics", "Food production", "HoReCa")
TAIL_SHARE = 0.39  # = 1 - sum(KEY_SHARES)
TAIL_CAP = 0.06  # no tail client may come near the 10 % key threshold
PRICE_COLUMNS = (("Retail", "0"), ("Wholesale", "8"), ("Key account", "15"), ("VIP", "22"))
RETAIL, WHOLESALE, KEY_ACCOUNT, VIP = range(4)
LINE_DISCOUNTS = tuple(Decimal(v) for v in ("1", "2", "3", "5"))
# Why goods come back or are refused at delivery, and how often (most often damage in transit).
LOSS_REASONS = (
    ("damaged", 30),
    ("quality", 20),
    ("misgrading", 15),
    ("wrong_item", 12),
    ("surplus", 10),
    ("price_dispute", 8),
    ("other", 5),
)
LOSS_NOTES = {
    "damaged": "Packaging crushed in transit",
    "quality": "Below the agreed quality",
    "misgrading": "Delivered grade differs from the order",
    "wrong_item": "Another article was picked",
    "surplus": "More than the client needed",
    "price_dispute": "Client disputes the price on the invoice",
    "other": "",
}
ZERO = Decimal(0)
DOMESTIC = Treatment(Regime.DOMESTIC, "")
DISCOUNT_TEXT = {d: format(d.normalize(), "f") for d in (ZERO, *LINE_DISCOUNTS)}
# cos(30° * k): the seasonal curve by months from the peak, as literals (see module docstring)
COS12 = (1.0, 0.8660254037844386, 0.5, 0.0, -0.5, -0.8660254037844386, -1.0)
COS12 += tuple(reversed(COS12[1:-1]))
OTHER_REASONS = ("potential", "reference", "partner", "competent", "innovator")


# --- the model of one client that drives its history --------------------------------------------


@dataclass(eq=False)
class DemoClient:
    index: int
    id: str
    country: regions.Country
    city: regions.City
    industry: str
    key_rank: int  # 0.. for key accounts by revenue, -1 for the tail
    status: str
    start: date  # first order (clients older than the history start with it)
    stop: date  # last possible order (as_of unless dormant or lost)
    annual: float = 0.0  # expected net revenue per year at the middle of the last 12 months
    growth: float = 1.0  # yearly trend, applied linearly
    season_amp: float = 0.0
    season_peak: int = 1
    price_column: int = RETAIL
    terms: int = 30
    max_discount: Decimal = ZERO
    late_payer: bool = False
    overdue: bool = False
    name: str = ""
    address: str = ""
    postal_code: str = ""
    slug: str = ""
    language: str = "en"
    assortment: list[int] = field(default_factory=list)
    core: int = 0
    share: float = 0.0  # planned share of our revenue (key accounts)
    spend: float = 0.0  # estimated yearly spend on our categories, ours and competitors'
    wallet_gap: bool = False  # a large part of that spend still goes to competitors
    contacts: list[str] = field(default_factory=list)  # ids, director first
    slot_ids: dict[int, str] = field(default_factory=dict)  # people.SLOTS index -> contact id
    buyers: list[str] = field(default_factory=list)  # who places orders and takes calls
    # issue 13: what it is billed in, its numbers and its VAT treatment
    currency: str = "EUR"
    units: float = 1.0  # UNITS_PER_EUR of its currency
    tax_id: str = ""
    vat_number: str = ""
    treatment: Treatment = DOMESTIC  # the VAT regime of its supplies (kamdesk.domain.tax)
    director: tuple[str, str] = ("", "")  # name, position
    # issue 14: who pays (as the bank names the payer) and who chases the payments
    legal_name: str = ""
    kam: str = ""

    @property
    def is_key(self) -> bool:
        return self.key_rank >= 0

    @property
    def troublesome(self) -> bool:
        """One client in seven is hard to deliver to: it refuses and returns far more often."""
        return self.index % 7 == 3

    def active_fraction(self, as_of: date) -> float:
        """The part of the last 12 months in which the client bought."""
        first = max(self.start, as_of - timedelta(days=365))
        days = (min(self.stop, as_of) - first).days
        return 0.0 if self.status == "prospect" else max(0.0, min(1.0, days / 365))


@dataclass(frozen=True)
class DemoProduct:
    id: str
    category: str
    vat: Decimal
    vat_text: str
    by_weight: bool


@dataclass(frozen=True)
class PlannedOrder:
    day: date
    client: int
    value: float
    status: str
    invoice_day: date | None


# An invoiced line as the client kept it: (line id, product, kept qty, price, discount, ordered qty)
KeptLine = tuple[str, DemoProduct, Decimal, Decimal, Decimal, Decimal]


# --- the receivables ledger (kamdesk.demo.receivables) ---------------------------------------


@dataclass(frozen=True)
class Paid:
    """What the history decided: this much of an invoice paid on a day, by this method."""

    payment_id: str  # drawn from the main stream; kept by a payment not from a bank statement
    method: str
    invoice_id: str
    number: str
    issued: date
    due: date
    day: date
    amount: Decimal


@dataclass
class Transfer:
    """A payment being put together: the invoices it pays, and when it leaves."""

    first: Paid
    size: int  # how many invoices it is meant to cover
    lines: list[Paid] = field(default_factory=list)
    day: date = date.min
    extra: Decimal = ZERO  # paid beyond the invoices: the client's credit


# (due date, the day it stopped being overdue (after as_of: still open), invoice number)
Late = tuple[date, date, str]


@dataclass
class LedgerBook:
    """The stage's state: each client's payment being put together, what it still owes, the
    times it was late, and the payment order numbers so far."""

    held: dict[int, Transfer] = field(default_factory=dict)
    owed: dict[int, Decimal] = field(default_factory=dict)
    late: dict[int, list[Late]] = field(default_factory=dict)
    doc_numbers: dict[int, int] = field(default_factory=dict)
    references: int = 0
