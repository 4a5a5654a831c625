"""A realistic, deterministic demo database: two years of a distributor's key account work.

`build_demo` fills an empty database with our own company, a catalogue with price columns,
clients in four countries with their people and competitors, orders, invoices, payments,
meetings, calls, tasks and sales plans, all ending at `as_of`. The client dossiers are uneven
on purpose, as real ones are: the key accounts have reasons, strategy texts, known people with
their etiquette and informal relations, the long tail is often thin, and some dossiers lack
the decision maker, a champion or personal notes. About a fifth of the clients complained at
some point; a few complaints are still open at `as_of`. No settings are written.

Determinism: every choice comes from one `random.Random(seed)`, consumed in a fixed order, and
only from operations that are exact in IEEE arithmetic (no pow/exp/cos from the C library), so
the same seed and `as_of` give byte-identical data on any machine.

Speed: rows are plain tuples written with the driver's executemany, bypassing the ORM and the
column TypeDecorators; `_COLUMNS` and the helpers below write exactly what those types store.
"""

from __future__ import annotations

import itertools
import math
import random
import unicodedata
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Connection

from kamdesk.db import Database, bulk_load
from kamdesk.demo.data import (
    activities,
    catalogue,
    company,
    dossier,
    families,
    market,
    people,
    preparation,
    regions,
)
from kamdesk.domain.money import (
    LineAmounts,
    line_amounts,
    qty_to_milli,
    round_money,
    sum_lines,
    to_minor,
)
from kamdesk.domain.text import sort_key
from kamdesk.errors import UserError
from kamdesk.models import Base

Progress = Callable[[str, int, int], None]
Row = tuple[object, ...]

CURRENCY = "EUR"
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
_ZERO = Decimal(0)
_DISCOUNT_TEXT = {d: format(d.normalize(), "f") for d in (_ZERO, *LINE_DISCOUNTS)}
# cos(30° * k): the seasonal curve by months from the peak, as literals (see module docstring)
_COS12 = (1.0, 0.8660254037844386, 0.5, 0.0, -0.5, -0.8660254037844386, -1.0)
_COS12 += tuple(reversed(_COS12[1:-1]))

_BASE = ("id", "created_at", "updated_at", "revision", "deleted_at")
# The columns of each table after _BASE, in the order rows are built. Dict order is insert
# order, which is foreign-key order.
_OWN_COLUMNS = {
    "company": "legal_name short_name tax_id registration_no country city postal_code address "
    "phone email website bank_name bank_account bank_code default_currency vat_rate logo",
    "price_column": "name discount_percent sort_order",
    "product_category": "name parent_id",
    "product": "sku name category_id unit vat_rate base_price currency active description",
    "product_price": "product_id price_column_id price",
    "competitor": "name website strengths weaknesses notes",
    "client": "code name name_key legal_name tax_id country city postal_code address phone "
    "email website industry segment status founded employees annual_revenue estimated_spend "
    "currency price_column_id credit_limit payment_terms_days max_discount_percent "
    "document_language kam parent_id needs development_plans problems notes delivery_address "
    "budget vision swot_strengths swot_weaknesses swot_opportunities swot_threats archived_at",
    "contact": "client_id full_name position department phone email buying_role attitude "
    "influence is_vip birthday interests form_of_address language notes reports_to_id mobile "
    "email_alt familiarity is_opinion_leader etiquette",
    "client_competitor": "client_id competitor_id supplies terms share_percent",
    "client_key_reason": "client_id reason justification",
    "contact_relation": "from_contact_id to_contact_id kind note",
    "complaint": "client_id contact_id opened_on subject description status resolved_on resolution "
    "prepared_response",
    "client_price": "client_id product_id price valid_from valid_to note",
    "quantity_break": "product_id price_column_id min_quantity discount_percent price",
    "promotion": "name category_id discount_percent fixed_price starts_on ends_on notes",
    "promotion_product": "promotion_id product_id",
    "promotion_client": "promotion_id client_id",
    "sales_order": "number client_id contact_id order_date status currency total_net "
    "total_vat total_gross notes revision_no supersedes_id delivery_date confirmed_at "
    "credit_override_by credit_override_reason cancel_reason",
    "order_line": "order_id line_no product_id quantity unit_price discount_percent vat_rate "
    "net vat gross price_rule price_note list_price approved_by approval_note shipped_qty "
    "refused_qty refusal_reason refusal_note",
    "invoice": "number client_id order_id issue_date due_date currency total_net total_vat "
    "total_gross",
    "payment": "client_id invoice_id payment_date amount currency method reference",
    "sales_return": "number client_id order_id invoice_id return_date currency total_net "
    "total_vat total_gross note",
    "return_line": "return_id order_line_id product_id quantity unit_price discount_percent "
    "vat_rate net vat gross reason note",
    "order_event": "order_id client_id happened_at kind note amount",
    "activity": "kind client_id subject starts_at duration_min location travel_min agenda "
    "goals outcome status due_date place_kind needs_asked offer_order_id recurrence series_id "
    "follow_up_of_id checked",
    "activity_contact": "activity_id contact_id",
    "activity_product": "activity_id product_id",
    "meeting_question": "activity_id position question answer",
    "objection": "client_id raised_on objection response status",
    "sales_plan": "client_id period_start amount currency margin_percent",
}
_COLUMNS = {table: (*_BASE, *cols.split()) for table, cols in _OWN_COLUMNS.items()}
_ACTIVITY_TABLES = (
    "activity",
    "activity_contact",
    "activity_product",
    "meeting_question",
    "objection",
)
_ORDER_TABLES = (
    "sales_order",
    "order_line",
    "invoice",
    "payment",
    "sales_return",
    "return_line",
    "order_event",
)
_OTHER_REASONS = ("potential", "reference", "partner", "competent", "innovator")
_FLUSH_ROWS = 20_000
_CACHE_KIB = 256 * 1024


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind the demo wrote."""

    clients: int
    contacts: int
    products: int
    orders: int
    order_lines: int
    invoices: int
    payments: int
    activities: int
    key_reasons: int = 0
    contact_relations: int = 0
    complaints: int = 0


def build_demo(
    db: Database,
    *,
    seed: int = 1,
    clients: int = 40,
    as_of: date,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty database with demo data whose history ends at `as_of`.

    Two years of orders, invoices and payments up to `as_of`, meetings and calls planned for
    the three weeks after it. `progress(stage, done, total)` is called for the stages
    catalogue, clients, orders (every 1 % of orders), activities and plans.
    UserError if the database already holds data: demo rows must never mix with real ones.
    """
    if clients < 1:
        raise UserError("The demo needs at least one client.")
    if isinstance(as_of, datetime):  # a datetime is a date too; keep only the day
        as_of = as_of.date()
    with db.engine.connect() as conn:
        _refuse_non_empty(conn)
        # One transaction: a failure leaves the file empty. It must be over before bulk_load
        # restores the sync level, which SQLite refuses inside a transaction.
        cache = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
        with bulk_load(conn):
            try:
                # Random UUID keys scatter index writes: a large cache saves a third of the time
                # on big builds (SQLite only takes the memory it needs).
                conn.exec_driver_sql(f"PRAGMA cache_size=-{_CACHE_KIB}")
                builder = _Builder(conn, random.Random(seed), as_of, clients, progress)
                # meeting preparation draws from its own stream: the rest stays as it was
                builder.prep = random.Random(seed * 7919 + 1)
                builder.build()
                conn.commit()
            except BaseException:
                conn.rollback()
                raise
            finally:
                conn.exec_driver_sql(f"PRAGMA cache_size={int(cache)}")
        counts = builder.out.counts
    return DemoSummary(
        clients=counts["client"],
        contacts=counts["contact"],
        products=counts["product"],
        orders=counts["sales_order"],
        order_lines=counts["order_line"],
        invoices=counts["invoice"],
        payments=counts["payment"],
        activities=counts["activity"],
        key_reasons=counts["client_key_reason"],
        contact_relations=counts["contact_relation"],
        complaints=counts["complaint"],
    )


def _refuse_non_empty(conn: Connection) -> None:
    for table, what in (
        ("client", "clients"),
        ("product", "products"),
        ("sales_order", "orders"),
        ("company", "a company profile"),
    ):
        n = conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
        if n:
            shown = what if what.startswith("a ") else f"{n} {what}"
            raise UserError(
                f"The database already holds {shown}. The demo is only built into a new, "
                "empty database, so that demo data never mixes with real data."
            )


# --- raw values exactly as the column types store them -----------------------------------------


def _dec(value: Decimal) -> str:
    """DecimalText."""
    return format(value.normalize(), "f")


def _minor_of(amount: float) -> int:
    """A positive float amount rounded to whole euros, in minor units (Money)."""
    return max(1, round(amount)) * 100


class _Writer:
    """Buffers rows per table and writes them with executemany in foreign-key order."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.rows: dict[str, list[Row]] = {t: [] for t in _COLUMNS}
        self.counts: dict[str, int] = dict.fromkeys(_COLUMNS, 0)
        self.sql: dict[str, str] = {}
        for table, cols in _COLUMNS.items():
            actual = set(Base.metadata.tables[table].columns.keys())
            if set(cols) != actual:  # the models changed: this generator must follow
                raise RuntimeError(f"demo columns of {table} differ from the model: {actual}")
            marks = ", ".join("?" for _ in cols)
            self.sql[table] = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})"

    def add(self, table: str, row: Row) -> None:
        self.rows[table].append(row)

    def flush(self, *tables: str) -> None:
        for table in tables or tuple(_COLUMNS):
            rows = self.rows[table]
            if rows:
                self.conn.exec_driver_sql(self.sql[table], rows)
                self.counts[table] += len(rows)
                rows.clear()


# --- the model of one client that drives its history --------------------------------------------


@dataclass(eq=False)
class _Client:
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
    max_discount: Decimal = _ZERO
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

    @property
    def is_key(self) -> bool:
        return self.key_rank >= 0

    def active_fraction(self, as_of: date) -> float:
        """The part of the last 12 months in which the client bought."""
        first = max(self.start, as_of - timedelta(days=365))
        days = (min(self.stop, as_of) - first).days
        return 0.0 if self.status == "prospect" else max(0.0, min(1.0, days / 365))


@dataclass(frozen=True)
class _Product:
    id: str
    category: str
    vat: Decimal
    vat_text: str
    by_weight: bool


@dataclass(frozen=True)
class _PlannedOrder:
    day: date
    client: int
    value: float
    status: str
    invoice_day: date | None


class _Builder:
    def __init__(
        self,
        conn: Connection,
        rng: random.Random,
        as_of: date,
        n_clients: int,
        progress: Progress | None,
    ) -> None:
        self.rng = rng
        self.as_of = as_of
        self.n_clients = n_clients
        self.progress = progress
        self.out = _Writer(conn)
        self.start = as_of - timedelta(days=HISTORY_DAYS)
        self.mid = (as_of - timedelta(days=182)).toordinal()
        self._stamps: dict[date, str] = {}
        self.products: list[_Product] = []
        # price per product and price column: (Decimal, minor units, float)
        self.prices: list[list[tuple[Decimal, int, float]]] = []
        self.column_ids: list[str] = []
        self.explicit: set[tuple[int, int]] = set()  # (product, column) with a listed price
        self.category_ids: dict[str, str] = {}
        self.return_seq: dict[int, int] = {}
        self.competitor_ids: list[str] = []
        self.clients: list[_Client] = []
        self.prep = random.Random(0)
        self.last_meeting: dict[str, str] = {}  # client id -> its latest held meeting

    # helpers ------------------------------------------------------------------------------

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def prep_uid(self) -> str:
        return str(uuid.UUID(int=self.prep.getrandbits(128), version=4))

    def stamp(self, day: date) -> str:
        """UTCDateTime of a record's business date at 09:00 UTC."""
        s = self._stamps.get(day)
        if s is None:
            s = self._stamps[day] = f"{day.isoformat()}T09:00:00.000000Z"
        return s

    def rec(self, day: date) -> tuple[str, str, str, int, None]:
        s = self.stamp(min(day, self.as_of))
        return (self.uid(), s, s, 1, None)

    def created(self, c: _Client) -> date:
        """When the client was entered: some weeks before its first order or contact."""
        return max(self.start, c.start - timedelta(days=60))

    def tell(self, stage: str, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(stage, done, total)

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def weekday(self, day: date) -> date:
        """Business happens on working days: a weekend date moves to the Monday."""
        wd = day.weekday()
        return day + timedelta(days=7 - wd) if wd >= 5 else day

    def rate(self, c: _Client, day: date) -> float:
        """The client's expected net revenue per day around `day`."""
        t = day.toordinal()
        trend = 1.0 + (c.growth - 1.0) * (t - self.mid) / 365.0
        season = 1.0 + c.season_amp * _COS12[(day.month - c.season_peak) % 12]
        return c.annual / 365.0 * trend * season

    # stages -------------------------------------------------------------------------------

    def build(self) -> None:
        self.tell("catalogue", 0, 1)
        self.company()
        self.catalogue()
        self.competitors()
        self.out.flush()
        self.tell("catalogue", 1, 1)
        self.plan_clients()
        self.write_clients()
        self.price_agreements()
        self.orders()
        self.activities()
        self.sales_plans()
        self.out.flush()

    def company(self) -> None:
        c = company.OWN_COMPANY
        self.out.add(
            "company",
            (
                *self.rec(self.start),
                c.legal_name,
                c.short_name,
                c.tax_id,
                c.registration_no,
                c.country,
                c.city,
                c.postal_code,
                c.address,
                c.phone,
                c.email,
                c.website,
                c.bank_name,
                c.bank_account,
                c.bank_code,
                CURRENCY,
                "27",
                None,
            ),
        )

    def catalogue(self) -> None:
        rng, day = self.rng, self.start
        for order, (name, pct) in enumerate(PRICE_COLUMNS, 1):
            row = self.rec(day)
            self.column_ids.append(row[0])
            self.out.add("price_column", (*row, name, pct, order))
        category_ids = self.category_ids
        for key, name in catalogue.CATEGORIES.items():
            row = self.rec(day)
            category_ids[key] = row[0]
            self.out.add("product_category", (*row, name, None))
        numbers: dict[str, int] = {}
        base_prices: list[Decimal] = []
        for fam in families.FAMILIES:
            vat = Decimal(fam.vat)
            for combo in itertools.product(*fam.axes):
                price = Decimal(fam.base_price)
                for _label, mult in combo:
                    price *= Decimal(mult)
                price = max(round_money(price), Decimal("0.10"))
                name = fam.template.format(*(label for label, _mult in combo))
                numbers[fam.category] = n = numbers.get(fam.category, 0) + 1
                row = self.rec(day)
                self.out.add(
                    "product",
                    (
                        *row,
                        f"{fam.category}-{n:04d}",
                        name,
                        category_ids[fam.category],
                        fam.unit,
                        _dec(vat),
                        to_minor(price),
                        CURRENCY,
                        1,
                        f"{catalogue.CATEGORIES[fam.category]}: {fam.note}",
                    ),
                )
                self.products.append(
                    _Product(row[0], fam.category, vat, _dec(vat), fam.unit == "kg")
                )
                base_prices.append(price)
        hundred = Decimal(100)
        columns = [Decimal(pct) for _name, pct in PRICE_COLUMNS]
        for price in base_prices:
            self.prices.append(
                [self._price(round_money(price * (hundred - pct) / hundred)) for pct in columns]
            )
        # A few negotiated prices below the column's percentage, for the key columns only.
        for col in (KEY_ACCOUNT, VIP):
            for p in sorted(rng.sample(range(len(base_prices)), min(12, len(base_prices)))):
                off = columns[col] + rng.choice((2, 3, 4, 5))
                price = round_money(base_prices[p] * (hundred - off) / hundred)
                self.prices[p][col] = self._price(price)
                self.explicit.add((p, col))
                self.out.add(
                    "product_price",
                    (*self.rec(day), self.products[p].id, self.column_ids[col], to_minor(price)),
                )

    @staticmethod
    def _price(price: Decimal) -> tuple[Decimal, int, float]:
        return (price, to_minor(price), float(price))

    def competitors(self) -> None:
        for name, website, strengths, weaknesses in market.COMPETITORS:
            row = self.rec(self.start)
            self.competitor_ids.append(row[0])
            self.out.add("competitor", (*row, name, website, strengths, weaknesses, ""))

    # clients ------------------------------------------------------------------------------

    def plan_clients(self) -> None:
        """Who the clients are and how much they buy, before anything is written."""
        rng, n, as_of = self.rng, self.n_clients, self.as_of
        countries: list[str] = []
        while len(countries) < n:
            block = list(regions.COUNTRY_PATTERN)
            rng.shuffle(block)
            countries.extend(block)
        key_count = min(len(KEY_SHARES), n)
        keys = rng.sample(range(n), key_count)
        rank = {idx: r for r, idx in enumerate(keys)}
        tail = [i for i in range(n) if i not in rank]
        rng.shuffle(tail)
        n_tail = len(tail)
        # A few prospects, dormant and lost clients, and some won during the history.
        cuts = [round(n_tail * f) for f in (0.06, 0.07, 0.025, 0.10)]
        if n_tail >= 8:
            cuts = [max(1, k) for k in cuts]
        fates: dict[int, str] = {}
        pos = 0
        for fate, k in zip(("prospect", "dormant", "lost", "new"), cuts, strict=True):
            for idx in tail[pos : pos + k]:
                fates[idx] = fate
            pos += k
        industries = list(market.INDUSTRIES)
        for i in range(n):
            country = regions.COUNTRIES[countries[i]]
            r = rank.get(i, -1)
            industry = KEY_INDUSTRIES[r] if r >= 0 else rng.choice(industries)
            fate = fates.get(i, "active")
            start, stop = self.start - timedelta(days=rng.randint(1, 2000)), as_of
            if fate == "new":
                start = as_of - timedelta(days=rng.randint(60, 600))
            elif fate == "dormant":
                stop = as_of - timedelta(days=rng.randint(100, 300))
            elif fate == "lost":
                stop = as_of - timedelta(days=rng.randint(380, 650))
            elif fate == "prospect":
                start = stop = as_of - timedelta(days=rng.randint(20, 240))
            status = {"new": "active"}.get(fate, fate)
            c = _Client(
                index=i,
                id=self.uid(),
                country=country,
                city=rng.choice(country.cities),
                industry=industry,
                key_rank=r,
                status=status,
                start=start,
                stop=stop,
            )
            peak, amp = market.SEASONS[industry]
            c.season_peak, c.season_amp = peak, amp
            if c.is_key:
                c.growth = rng.uniform(1.03, 1.18)
            elif status != "prospect":
                # Pareto-like sizes (alpha 4/3) from square roots only: exact everywhere.
                v = 1.0 - rng.random()
                c.annual = 18_000.0 * min(40.0, 1.0 / (math.sqrt(v) * math.sqrt(math.sqrt(v))))
                c.growth = rng.uniform(0.85, 1.35)
            self.clients.append(c)
        self._size_key_accounts()

    def _size_key_accounts(self) -> None:
        """Give the key accounts their revenue shares of the last 12 months' total."""
        as_of = self.as_of
        tail = [c for c in self.clients if not c.is_key]
        keys = sorted((c for c in self.clients if c.is_key), key=lambda c: c.key_rank)
        weight = sum(c.active_fraction(as_of) for c in tail)
        # Few tail clients cannot carry 39 % without each looking like a key account.
        tail_share = min(TAIL_SHARE, 0.05 * weight)
        total = 5_000_000.0
        for _ in range(8):  # capping lowers the total, which lowers the cap: iterate
            tail_sum = sum(c.annual * c.active_fraction(as_of) for c in tail)
            if tail_sum <= 0 or tail_share <= 0:
                tail_share = 0.0
                break
            total = tail_sum / tail_share
            cap = TAIL_CAP * total
            capped = False
            for c in tail:
                earned = c.annual * c.active_fraction(as_of)
                if earned > cap:
                    c.annual *= cap / earned
                    capped = True
            if not capped:
                break
        shares = KEY_SHARES[: len(keys)]
        for c, share in zip(keys, shares, strict=True):
            c.share = (1.0 - tail_share) * share / sum(shares)
            c.annual = total * (1.0 - tail_share) * share / sum(shares)

    def write_clients(self) -> None:
        rng, as_of = self.rng, self.as_of
        used_names: set[str] = set()
        name_counts: dict[str, int] = {}
        industry_products: dict[str, list[int]] = {
            ind: [i for i, p in enumerate(self.products) if p.category in cats]
            for ind, cats in market.INDUSTRY_CATEGORIES.items()
        }
        overdue_pool = [c for c in self.clients if c.status == "active" and c.key_rank != 0]
        for c in rng.sample(overdue_pool, min(len(overdue_pool), max(1, self.n_clients // 14))):
            c.overdue = True
        total = len(self.clients)
        step = max(1, total // 20)
        for c in self.clients:
            cc = c.country
            form, long_form = rng.choice(cc.legal_forms)
            if c.is_key:
                form, long_form = cc.legal_forms[-1]  # the big ones are joint-stock companies
            root = rng.choice(cc.roots)
            sector = rng.choice(market.INDUSTRIES[c.industry][cc.code])
            base = self._name_base(cc.code, root, sector)
            name = self._client_name(cc.code, base, form)
            if name in used_names:  # a namesake elsewhere: add the city, then a number
                with_city = base = f"{base} {c.city.name}"
                name = self._client_name(cc.code, base, form)
                while name in used_names:
                    k = name_counts[with_city] = name_counts.get(with_city, 1) + 1
                    base = f"{with_city} {k}"
                    name = self._client_name(cc.code, base, form)
            used_names.add(name)
            c.name = name
            legal = self._client_name(cc.code, base, long_form, legal=True)
            c.slug = _slug(f"{root} {sector}")
            c.language = cc.language if rng.random() < 0.85 else "en"
            c.postal_code, c.address = self._address(cc, c.city)
            spend = c.annual * (1.0 if c.status != "lost" else 0.8)
            if c.status == "prospect":
                spend = rng.uniform(30_000, 600_000)
            c.wallet_gap = c.key_rank == 3 or rng.random() < 0.2
            if c.wallet_gap:
                spend *= rng.uniform(2.5, 6.0)  # a large share of wallet still goes elsewhere
            else:
                spend *= rng.uniform(1.1, 1.7)
            c.spend = spend
            revenue = spend * rng.uniform(40, 160)
            per_head = rng.uniform(60_000, 160_000) if c.is_key else rng.uniform(90_000, 260_000)
            employees = max(5, round(revenue / per_head))
            segment = (
                "Enterprise"
                if employees >= 1000
                else "Mid-market"
                if employees >= 100
                else "Small business"
            )
            if c.is_key:
                c.terms = rng.choice((45, 60))
                c.max_discount = Decimal(rng.choice(("5", "7.5", "10")))
                c.price_column = VIP if c.key_rank == 0 else KEY_ACCOUNT
            else:
                c.terms = rng.choices((14, 30, 45, 60), (2, 5, 2, 1))[0]
                c.max_discount = Decimal(rng.choice(("0", "0", "2", "3", "5")))
                if c.annual > 200_000:
                    c.price_column = KEY_ACCOUNT if rng.random() < 0.3 else WHOLESALE
                elif c.annual > 40_000:
                    c.price_column = WHOLESALE
                else:
                    c.price_column = RETAIL if rng.random() < 0.6 else WHOLESALE
            c.late_payer = rng.random() < 0.08
            credit = None
            if c.status != "prospect":
                credit = _minor_of(
                    math.ceil(max(c.annual, 12_000) / 12 * (c.terms + 30) / 30 / 1000) * 1000
                )
            kam = self._kam(c)
            founded = date(
                rng.randint(1992, as_of.year - 3), rng.randint(1, 12), rng.randint(1, 28)
            )
            needs = plans = problems = notes = ""
            if c.is_key or rng.random() < 0.35:
                needs = rng.choice(activities.NEEDS)
            if c.is_key or rng.random() < 0.3:
                plans = rng.choice(activities.DEVELOPMENT_PLANS).format(
                    n=rng.randint(2, 12), city=c.city.name, year=as_of.year + rng.randint(0, 1)
                )
            if c.is_key or rng.random() < 0.25:
                problems = rng.choice(activities.PROBLEMS)
            if rng.random() < 0.2:
                notes = rng.choice(activities.CLIENT_NOTES)
            phone = self._phone(cc, c.city)
            reasons = self._key_reasons(c, employees)
            strategy = self._strategy(c, bool(reasons))
            self.out.add(
                "client",
                (
                    c.id,
                    self.stamp(self.created(c)),
                    self.stamp(self.created(c)),
                    1,
                    None,
                    f"CL-{c.index + 1:05d}",
                    name,
                    sort_key(name),
                    legal,
                    self._tax_id(cc, c.city),
                    cc.code,
                    c.city.name,
                    c.postal_code,
                    c.address,
                    phone,
                    f"{rng.choice(('info', 'office', 'sales'))}@{c.slug}.{cc.tld}",
                    f"www.{c.slug}.{cc.tld}",
                    c.industry,
                    segment,
                    c.status,
                    founded.isoformat(),
                    employees,
                    _minor_of(round(revenue, -4)),
                    _minor_of(round(spend, -3)),
                    CURRENCY,
                    self.column_ids[c.price_column],
                    credit,
                    c.terms,
                    _dec(c.max_discount),
                    c.language,
                    kam,
                    None,
                    needs,
                    plans,
                    problems,
                    notes,
                    *strategy,
                    None,  # archived_at
                ),
            )
            if reasons:  # decided at a portfolio review some months ago
                day = max(self.created(c), as_of - timedelta(days=rng.randint(20, 200)))
                for reason, justification in reasons:
                    self.out.add("client_key_reason", (*self.rec(day), c.id, reason, justification))
            candidates = industry_products[c.industry]
            size = rng.randint(80, 140) if c.is_key else rng.randint(15, 45)
            c.assortment = rng.sample(candidates, min(size, len(candidates)))
            c.core = max(1, len(c.assortment) // 3)
            self._contacts(c)
            self._relations(c)
            self._client_competitors(c)
            self._complaints(c)
            if (c.index + 1) % step == 0 or c.index + 1 == total:
                self.out.flush()
                self.tell("clients", c.index + 1, total)

    def price_agreements(self) -> None:
        """Quantity breaks on bulk articles, three promotions (past, running, coming) and a
        few special prices negotiated with the key accounts just before as_of."""
        rng, as_of = self.rng, self.as_of
        day = as_of - timedelta(days=30)
        bulk = [i for i, p in enumerate(self.products) if p.category in ("FLM", "TAP", "HYG")]
        for p in sorted(rng.sample(bulk, min(15, len(bulk)))):
            for min_qty, pct in ((50, "3"), (200, "6")):
                self.out.add(
                    "quantity_break",
                    (*self.rec(day), self.products[p].id, None, min_qty * 1000, pct, None),
                )
        promotions: tuple[tuple[str, str | None, str | None, int, int, tuple[str, ...]], ...] = (
            ("Spring packaging sale", "BOX", "8", -200, -170, ()),
            ("Clean winter: cleaning chemicals", "CLN", "10", -7, 14, ()),
            ("Launch: premium hygiene paper", None, None, 3, 40, ("HYG",)),
        )
        for name, category, percent, start, end, products in promotions:
            row = self.rec(min(as_of, as_of + timedelta(days=start)))
            fixed: int | None = None
            if products:  # a fixed launch price on three articles, for the key accounts only
                picks = [i for i, p in enumerate(self.products) if p.category in products][:3]
                fixed = to_minor(round_money(self.prices[picks[0]][VIP][0] * Decimal("0.9")))
                for p in picks:
                    self.out.add("promotion_product", (*self.rec(day), row[0], self.products[p].id))
                for c in self.clients:
                    if c.is_key:
                        self.out.add("promotion_client", (*self.rec(day), row[0], c.id))
            self.out.add(
                "promotion",
                (
                    *row,
                    name,
                    self.category_ids[category] if category else None,
                    percent,
                    fixed,
                    (as_of + timedelta(days=start)).isoformat(),
                    (as_of + timedelta(days=end)).isoformat(),
                    "",
                ),
            )
        agreed = as_of - timedelta(days=3)
        for c in self.clients:
            if not c.is_key or not c.assortment:
                continue
            for p in rng.sample(c.assortment[: max(1, c.core)], min(3, c.core or 1)):
                listed = self.prices[p][c.price_column][0]
                price = round_money(listed * Decimal(100 - rng.choice((3, 4, 5, 6))) / 100)
                self.out.add(
                    "client_price",
                    (
                        *self.rec(agreed),
                        c.id,
                        self.products[p].id,
                        to_minor(price),
                        agreed.isoformat(),
                        None,
                        "Framework agreement",
                    ),
                )
        self.out.flush()

    def _key_reasons(self, c: _Client, employees: int) -> list[tuple[str, str]]:
        """Why the client is key, each with a one-sentence justification; [] for most."""
        rng = self.rng
        if c.is_key:  # only a share above 10 % makes a client key by revenue
            first = "revenue" if c.share > 0.10 else "potential"
            others = [r for r in _OTHER_REASONS if r != first]
            if not c.wallet_gap:
                others.remove("potential")
            reasons = [first, *rng.sample(others, rng.choice((0, 1, 1, 2)))]
        else:
            chance = {"active": 0.17, "prospect": 0.25, "dormant": 0.05}.get(c.status, 0.0)
            if rng.random() >= chance:
                return []
            prospect = c.status == "prospect"
            weights = {
                "potential": 6 if prospect or (c.wallet_gap and c.status == "active") else 0,
                "reference": 4 if employees >= 500 else 1,
                "partner": 0 if prospect else 2,
                "competent": 1,
                "innovator": 0 if prospect else 1,
            }
            reasons = rng.choices(_OTHER_REASONS, [weights[r] for r in _OTHER_REASONS])
            if rng.random() < 0.2:
                rest = [r for r in _OTHER_REASONS if weights[r] and r not in reasons]
                reasons.append(rng.choice(rest))
        return [(reason, self._justification(c, reason)) for reason in reasons]

    def _justification(self, c: _Client, reason: str) -> str:
        rng = self.rng
        if reason == "potential" and c.status == "prospect":
            template = rng.choice(dossier.POTENTIAL_PROSPECT)
        else:
            template = rng.choice(dossier.KEY_REASON_TEXTS[reason])
        return template.format(
            share=math.floor(100 * c.share + 0.5),
            rank=dossier.REVENUE_RANKS[min(max(c.key_rank, 0), len(dossier.REVENUE_RANKS) - 1)],
            spend=f"{round(c.spend / 1000):,}",
            wallet=math.floor(100 * c.annual / c.spend + 0.5) if c.spend > 0 else 0,
            industry=dossier.INDUSTRY_PHRASES[c.industry],
            country=dossier.COUNTRY_NAMES[c.country.code],
            city=c.city.name,
            category=self._category_name(c),
        )

    def _category_name(self, c: _Client) -> str:
        return catalogue.CATEGORIES[self.rng.choice(market.INDUSTRY_CATEGORIES[c.industry])].lower()

    def _strategy(
        self, c: _Client, has_reasons: bool
    ) -> tuple[str, int | None, str, str, str, str, str]:
        """Delivery address, budget, vision and SWOT: rich for key accounts, thin in the tail."""
        rng = self.rng
        if c.key_rank == 0:
            rich = 1.0
        elif c.is_key:
            rich = rng.uniform(0.8, 1.0)
        elif c.status == "lost":
            rich = 0.05
        elif c.annual > 150_000:
            rich = rng.uniform(0.45, 0.85)
        elif c.annual > 50_000:
            rich = rng.uniform(0.2, 0.5)
        else:
            rich = rng.uniform(0.0, 0.25)
        if has_reasons and not c.is_key:
            rich = min(1.0, rich + 0.3)
        most = 3 if c.is_key else 2
        customer = c.status != "prospect"  # only a customer has deliveries and a history

        def known() -> bool:
            return rng.random() < rich

        def lines(pool: Sequence[str]) -> str:
            if not known():
                return ""
            return "\n".join(self._fill(c, t) for t in rng.sample(pool, rng.randint(1, most)))

        delivery = self._delivery(c) if customer and known() else ""
        budget = None
        if c.status != "lost" and known():
            budget = _minor_of(round(c.spend * rng.uniform(0.8, 1.1), -3))
        vision = self._fill(c, rng.choice(dossier.VISIONS)) if known() else ""
        strengths = lines(dossier.SWOT_STRENGTHS) if customer else ""
        weaknesses = lines(dossier.SWOT_WEAKNESSES) if customer else ""
        opportunities = lines(dossier.SWOT_OPPORTUNITIES)
        threats = lines(dossier.SWOT_THREATS)
        return delivery, budget, vision, strengths, weaknesses, opportunities, threats

    def _fill(self, c: _Client, template: str) -> str:
        rng = self.rng
        competitor = rng.choice(market.COUNTRY_COMPETITORS[c.country.code])
        return template.format(
            n=rng.randint(3, 15),
            year=self.as_of.year + rng.randint(0, 2),
            month=rng.choice(dossier.MONTHS),
            since=c.start.year,
            city=c.city.name,
            country=dossier.COUNTRY_NAMES[c.country.code],
            category=self._category_name(c),
            competitor=market.COMPETITORS[competitor][0],
        )

    def _delivery(self, c: _Client) -> str:
        """Where goods go: the main site, and for large clients one or two more."""
        rng, cc = self.rng, c.country
        sites = rng.randint(1, 3) if c.is_key else 1
        out: list[str] = []
        for k, label in enumerate(rng.sample(dossier.DELIVERY_SITES, sites)):
            city = c.city if k == 0 else rng.choice(cc.cities)
            postal_code, street = self._address(cc, city)
            line = f"{label}: {street}, {postal_code} {city.name}"
            if rng.random() < 0.4:
                line += "; " + rng.choice(dossier.DELIVERY_HOURS).format(ramp=rng.randint(1, 8))
            out.append(line)
        return "\n".join(out)

    @staticmethod
    def _name_base(country: str, root: str, sector: str) -> str:
        if country == "RU":
            return f"{root} {sector}" if " " in sector else f"{root}-{sector}"
        if country == "IT":
            return f"{sector} {root}"
        return f"{root} {sector}"

    @staticmethod
    def _client_name(country: str, base: str, form: str, *, legal: bool = False) -> str:
        if country == "RU":
            return f"{form} «{base}»"
        if country == "AZ" and legal:
            return f"“{base}” {form}"
        return f"{base} {form}"

    def _kam(self, c: _Client) -> str:
        kams, rng = company.KAMS, self.rng
        if c.is_key:
            return kams[c.key_rank % len(kams)]
        by_country = {"HU": (0, 0, 0, 1), "IT": (1, 1, 1, 0), "RU": (2,), "AZ": (2, 2, 1)}
        return kams[rng.choice(by_country[c.country.code])]

    def _address(self, cc: regions.Country, city: regions.City) -> tuple[str, str]:
        rng = self.rng
        street, no = rng.choice(cc.streets), rng.randint(1, 180)
        code = rng.randint(city.postal_from, city.postal_to)
        if cc.code == "RU":
            building = f", стр. {rng.randint(1, 5)}" if rng.random() < 0.3 else ""
            return f"{code:06d}", f"{street}, д. {no}{building}"
        if cc.code == "HU":
            return f"{code:04d}", f"{street} {no}."
        if cc.code == "IT":
            return f"{code:05d}", f"{street}, {no}"
        return f"AZ{code:04d}", f"{street} {no}"

    def _phone(self, cc: regions.Country, city: regions.City) -> str:
        d = self.digits
        if cc.code == "RU":
            return f"+7 {city.phone_area} {d(3)}-{d(2)}-{d(2)}"
        if cc.code == "HU":
            rest = f"{d(3)} {d(4)}" if city.phone_area == "1" else f"{d(3)} {d(3)}"
            return f"+36 {city.phone_area} {rest}"
        if cc.code == "IT":
            return f"+39 {city.phone_area} {d(4)} {d(4)}"
        return f"+994 {city.phone_area} {d(3)} {d(2)} {d(2)}"

    def _mobile(self, cc: regions.Country) -> str:
        d, rng = self.digits, self.rng
        if cc.code == "RU":
            return f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}"
        if cc.code == "HU":
            return f"+36 {rng.choice(('20', '30', '70'))} {d(3)} {d(4)}"
        if cc.code == "IT":
            return f"+39 3{d(2)} {d(3)} {d(4)}"
        return f"+994 {rng.choice(('50', '51', '55', '70', '77'))} {d(3)} {d(2)} {d(2)}"

    def _tax_id(self, cc: regions.Country, city: regions.City) -> str:
        rng = self.rng
        if cc.code == "RU":  # INN of an organisation: region, tax office, number, check digit
            body = f"{city.tax_region}{rng.randint(1, 51):02d}{self.digits(5)}"
            return body + str(_weighted(body, (2, 4, 10, 3, 5, 9, 4, 6, 8)) % 11 % 10)
        if cc.code == "HU":  # adószám base: 7 digits and a check digit (weights 9,7,3,1)
            body = f"{rng.randint(1, 2)}{self.digits(6)}"
            return body + str(-_weighted(body, (9, 7, 3, 1, 9, 7, 3)) % 10)
        if cc.code == "IT":  # partita IVA: company number, VAT office, Luhn check digit
            body = f"{rng.randint(1, 9_999_999):07d}{city.tax_region}"
            return body + _luhn_digit(body)
        while True:  # VÖEN: 8 digits, a mod-11 check digit (10 is impossible), then 1
            body = f"{rng.randint(1, 9)}{self.digits(7)}"
            check = _weighted(body, (4, 1, 8, 6, 2, 7, 5, 3)) % 11
            if check < 10:
                return f"{body}{check}1"

    def _contacts(self, c: _Client) -> None:
        rng, cc = self.rng, c.country
        prospect = c.status == "prospect"
        if prospect:
            count = rng.randint(2, 3)
        elif c.is_key:
            count = rng.randint(6, 9)
        else:
            count = rng.randint(2, 6)
        # Gaps the dossier must show: one key account has nobody inside who sells for us, at
        # another nobody knows who decides; prospects and some small clients are alike.
        no_champion = c.key_rank == 2
        if no_champion:
            count = 6  # the operations director, our usual champion, is not known
        unknown_decider = c.key_rank == 3 or (
            not c.is_key and rng.random() < (0.4 if prospect else 0.08)
        )
        slots = people.SLOT_FILL_ORDER[:count]
        present = set(slots)

        def boss(slot: int) -> int:
            parent = people.SLOTS[slot][3]
            return parent if parent in present else (0 if slot != 0 else -1)

        def depth(slot: int) -> int:
            b = boss(slot)
            return 0 if b < 0 else 1 + depth(b)

        leader = -1  # the opinion leader others listen to, when the KAM has found one
        if rng.random() < (0.6 if c.is_key else 0.25):
            leader = rng.choice([s for s in slots if people.SLOTS[s][2] in ("high", "medium")])
        if prospect:
            known = (5, 4, 1, 0)
        elif c.is_key:
            known = (1, 3, 5, 4)
        else:
            known = (2, 5, 4, 1)
        attitude_weights = people.ATTITUDE_WEIGHTS
        if no_champion:
            attitude_weights = (0, *attitude_weights[1:])
        ids = c.slot_ids
        positions = people.POSITIONS[cc.language]
        created = self.stamp(self.created(c))
        for slot in sorted(slots, key=depth):  # bosses first: reports_to is a foreign key
            _role, buying_role, influence, _parent = people.SLOTS[slot]
            if slot == 0 and unknown_decider:
                buying_role = ""  # who really decides is still unclear
            cid = ids[slot] = self.uid()
            female = rng.random() < 0.45
            full_name, address, first, last = self._person(cc, female, slot)
            position, department = positions[slot]
            attitude = rng.choices(people.ATTITUDES, attitude_weights)[0]
            if buying_role == "champion":
                attitude = rng.choice(("champion", "supporter"))
            vip = slot == 0 and (c.is_key or rng.random() < 0.3)
            vip = vip or (slot == 2 and c.is_key and rng.random() < 0.5)
            # Some people are only names with an e-mail: no personal notes at all.
            bare = rng.random() < (0.1 if c.is_key else 0.22)
            familiarity = rng.choices(dossier.FAMILIARITY, (3, 2, 0, 0) if bare else known)[0]
            birthday: str | None = None
            interests = etiquette = notes = email_alt = ""
            language = ""
            if bare:
                address = ""
            else:
                if rng.random() < 0.75:
                    birthday = date(
                        rng.randint(1962, 1998), rng.randint(1, 12), rng.randint(1, 28)
                    ).isoformat()
                if rng.random() < 0.65:
                    interests = ", ".join(rng.sample(people.INTERESTS, rng.randint(1, 3)))
                language = cc.language if c.language != "en" or rng.random() < 0.5 else "en"
                if rng.random() < (0.5 if c.is_key else 0.2):
                    etiquette = self._etiquette(cc)
                if rng.random() < (0.3 if c.is_key else 0.12):
                    notes = rng.choice(people.CONTACT_NOTES)
                if rng.random() < 0.2:
                    email_alt = f"{dossier.SLOT_MAILBOXES[slot]}@{c.slug}.{cc.tld}"
            phone = self._phone(cc, c.city) if rng.random() < 0.55 else ""
            mobile = self._mobile(cc) if not phone or rng.random() < 0.8 else ""
            email = f"{_slug(first, sep='')}.{_slug(last, sep='')}@{c.slug}.{cc.tld}"
            b = boss(slot)
            self.out.add(
                "contact",
                (
                    cid,
                    created,
                    created,
                    1,
                    None,
                    c.id,
                    full_name,
                    position,
                    department,
                    phone,
                    email,
                    buying_role,
                    attitude,
                    influence,
                    int(vip),
                    birthday,
                    interests,
                    address,
                    language,
                    notes,
                    ids[b] if b >= 0 else None,
                    mobile,
                    email_alt,
                    familiarity,
                    int(slot == leader),
                    etiquette,
                ),
            )
        c.contacts = [ids[s] for s in slots]
        c.buyers = [ids[s] for s in slots if s in (1, 2)] or [ids[0]]

    def _etiquette(self, cc: regions.Country) -> str:
        """One line of manners to remember: 'Prefers formal address; no calls before 10:00.'"""
        rng = self.rng
        pool = dossier.ETIQUETTE_COMMON + dossier.ETIQUETTE_BY_COUNTRY[cc.code]
        text = "; ".join(rng.sample(pool, rng.choices((1, 2, 3), (4, 4, 2))[0]))
        return f"{text[0].upper()}{text[1:]}."

    def _relations(self, c: _Client) -> None:
        """Informal lines between the people of one client: who listens to whom, who clashes."""
        rng, people = self.rng, c.contacts
        if len(people) < 3 or rng.random() >= 0.5:
            return
        day = self.created(c) + timedelta(days=rng.randint(20, 300))  # learnt over time
        pairs: set[frozenset[int]] = set()
        for _ in range(rng.choices((1, 2, 3), (5, 3, 2))[0]):
            a, b = rng.sample(range(len(people)), 2)
            if frozenset((a, b)) in pairs:
                continue  # one line per pair of people
            pairs.add(frozenset((a, b)))
            kind = "influences" if rng.random() < 0.75 else "conflicts"
            note = rng.choice(dossier.RELATION_NOTES[kind])
            self.out.add("contact_relation", (*self.rec(day), people[a], people[b], kind, note))

    def _complaints(self, c: _Client) -> None:
        """Complaints over the history; recent ones may still be open at as_of."""
        rng, as_of = self.rng, self.as_of
        if c.status == "prospect":
            return
        first = max(self.start, c.start + timedelta(days=14))
        last = min(as_of, c.stop + timedelta(days=20))
        critical = c.key_rank == 0  # the critical account always has one being handled
        if first > last or not (critical or rng.random() < (0.55 if c.is_key else 0.21)):
            return
        span = (last - first).days
        n = rng.choices((1, 2, 3), (6, 3, 1))[0]
        days = [first + timedelta(days=rng.randint(0, span)) for _ in range(n)]
        recent = critical or (c.stop >= as_of and rng.random() < (0.4 if c.is_key else 0.15))
        if recent:
            days[-1] = max(first, as_of - timedelta(days=rng.randint(2, 12 if critical else 30)))
        held = days[-1] if critical else None  # still being handled at as_of
        quality = c.slot_ids.get(6)
        for day in sorted(days):
            opened = self.weekday(day)
            if opened > as_of:
                opened = day
            subject, description, resolution = rng.choice(dossier.COMPLAINTS)
            fill = {
                "n": rng.randint(2, 40),
                "days": rng.randint(1, 5),
                "lot": f"L{opened.year % 100:02d}-{rng.randint(1000, 9999)}",
                "category": catalogue.CATEGORIES[
                    self.products[rng.choice(c.assortment)].category
                ].lower()
                if c.assortment
                else "goods",
            }
            r = rng.random()
            contact: str | None = None
            if r < 0.65:
                contact = rng.choice(c.buyers)
            elif r < 0.8:
                contact = quality or c.contacts[0]
            elif r < 0.9:
                contact = c.contacts[0]
            solved = self.weekday(opened + timedelta(days=rng.randint(2, 40)))
            resolved = None if solved > as_of or day == held else solved
            if resolved is None:
                resolution = ""
            self.out.add(
                "complaint",
                (
                    self.uid(),
                    self.stamp(opened),
                    self.stamp(resolved or opened),
                    1,
                    None,
                    c.id,
                    contact,
                    opened.isoformat(),
                    subject.format(**fill),
                    description.format(**fill),
                    "open" if resolved is None else "resolved",
                    None if resolved is None else resolved.isoformat(),
                    resolution,
                    self.prep.choice(preparation.COMPLAINT_RESPONSES)
                    if resolved is None and self.prep.random() < 0.5
                    else "",
                ),
            )

    def _person(self, cc: regions.Country, female: bool, slot: int) -> tuple[str, str, str, str]:
        """(full name, form of address, first name, family name) as people there write them."""
        rng = self.rng
        first = rng.choice(cc.female_first if female else cc.male_first)
        last = rng.choice((cc.female_last or cc.male_last) if female else cc.male_last)
        if cc.code == "RU":
            patronymic = rng.choice(cc.female_patronymic if female else cc.male_patronymic)
            return f"{last} {first} {patronymic}", f"{first} {patronymic}", first, last
        if cc.code == "HU":  # family name first
            full = f"{last} {first}"
            address = first if rng.random() < 0.2 else f"Tisztelt {full}"
            return full, address, first, last
        if cc.code == "IT":
            if slot in (0, 3, 6):
                title = "Dott.ssa" if female else "Dott."
            else:
                title = rng.choice(("Sig.ra", "Ing.")) if female else rng.choice(("Sig.", "Ing."))
            return f"{first} {last}", f"{title} {last}", first, last
        honorific = "xanım" if female else rng.choice(("müəllim", "bəy"))
        return f"{first} {last}", f"{first} {honorific}", first, last

    def _client_competitors(self, c: _Client) -> None:
        rng = self.rng
        if rng.random() >= 0.5:
            return
        pool = market.COUNTRY_COMPETITORS[c.country.code]
        cats = market.INDUSTRY_CATEGORIES[c.industry]
        for comp in rng.sample(pool, rng.randint(1, min(2, len(pool)))):
            supplies = ", ".join(
                catalogue.CATEGORIES[k] for k in rng.sample(cats, rng.randint(1, min(2, len(cats))))
            )
            self.out.add(
                "client_competitor",
                (
                    *self.rec(self.start),
                    c.id,
                    self.competitor_ids[comp],
                    supplies,
                    rng.choice(market.COMPETITOR_TERMS),
                    str(rng.randrange(10, 65, 5)),
                ),
            )

    # orders, invoices, payments -----------------------------------------------------------

    def plan_orders(self) -> list[_PlannedOrder]:
        rng, as_of = self.rng, self.as_of
        plan: list[_PlannedOrder] = []
        for c in self.clients:
            if c.status == "prospect" or c.annual <= 0:
                continue
            if c.is_key:
                gap_lo, gap_hi = 5, 9
            elif c.annual > 150_000:
                gap_lo, gap_hi = 10, 21
            elif c.annual > 50_000:
                gap_lo, gap_hi = 16, 32
            else:
                gap_lo, gap_hi = 21, 40
            first = max(self.start, c.start)
            day = first + timedelta(days=rng.randint(0, gap_hi))
            last = min(as_of, c.stop)
            while True:
                od = self.weekday(day)
                if od > last:
                    break
                gap = rng.randint(gap_lo, gap_hi)
                value = self.rate(c, od) * gap * rng.uniform(0.75, 1.25)
                age = (as_of - od).days
                r = rng.random()
                invoice_day = None
                if r < 0.015:
                    status = "cancelled"
                elif age <= 2:
                    status = "draft" if r < 0.35 else "confirmed"
                elif age <= 6:
                    status = "draft" if r < 0.1 else "shipped"
                elif age < OPEN_ORDER_DAYS:
                    status = "delivered"
                else:
                    status = "invoiced"
                    invoice_day = self.weekday(od + timedelta(days=rng.randint(1, 4)))
                plan.append(_PlannedOrder(od, c.index, value, status, invoice_day))
                day = od + timedelta(days=gap)
        plan.sort(key=lambda o: (o.day, o.client))  # numbers run in date order
        return plan

    def orders(self) -> None:
        plan = self.plan_orders()
        invoiced = sorted(
            (o.invoice_day, k) for k, o in enumerate(plan) if o.invoice_day is not None
        )
        invoice_numbers: dict[int, str] = {}
        seq: dict[int, int] = {}
        for day, k in invoiced:
            seq[day.year] = n = seq.get(day.year, 0) + 1
            invoice_numbers[k] = f"INV-{day.year}-{n:06d}"
        seq.clear()
        total = len(plan)
        step = max(1, total // 100)
        self.tell("orders", 0, total)
        for k, o in enumerate(plan):
            seq[o.day.year] = n = seq.get(o.day.year, 0) + 1
            self._order(o, f"SO-{o.day.year}-{n:06d}", invoice_numbers.get(k))
            if len(self.out.rows["order_line"]) >= _FLUSH_ROWS:
                self.out.flush(*_ORDER_TABLES)
            if (k + 1) % step == 0:
                self.tell("orders", k + 1, total)
        self.out.flush(*_ORDER_TABLES)
        self.tell("orders", total, total)

    def _order(self, o: _PlannedOrder, number: str, invoice_number: str | None) -> None:
        rng = self.rng
        c = self.clients[o.client]
        lo, hi = (12, 25) if c.is_key else (3, 8)
        n = min(rng.randint(lo, hi), len(c.assortment))
        core, rest = c.assortment[: c.core], c.assortment[c.core :]
        from_core = min(len(core), (n + 1) // 2)
        picked = rng.sample(core, from_core) + rng.sample(rest, min(n - from_core, len(rest)))
        weights = [0.4 + rng.random() for _ in picked]
        per_weight = o.value / sum(weights)
        order_id, stamp = self.uid(), self.stamp(o.day)
        amounts: list[LineAmounts] = []
        delivered: list[LineAmounts] = []  # what the invoice bills: shipped less refused
        kept: list[tuple[str, _Product, Decimal, Decimal, Decimal, Decimal]] = []
        add = self.out.rows["order_line"].append
        discounts = [d for d in LINE_DISCOUNTS if d <= c.max_discount]
        shipped = o.status in ("shipped", "delivered", "invoiced")
        received = o.status in ("delivered", "invoiced")
        delivery_day = self.weekday(o.day + timedelta(days=1))
        # One client in seven is hard to deliver to: it refuses and returns far more often.
        troublesome = c.index % 7 == 3
        refusal_rate = 0.06 if troublesome else 0.008
        column_name = PRICE_COLUMNS[c.price_column][0]
        for line_no, (p, w) in enumerate(zip(picked, weights, strict=True), 1):
            product = self.products[p]
            price, price_minor, price_f = self.prices[p][c.price_column]
            units = w * per_weight / price_f
            if product.by_weight:  # sold by the kilogram, in half kilos
                qty = Decimal(max(1, round(units * 2))) / 2
            else:
                qty = Decimal(max(1, round(units)))
            discount = _ZERO
            if discounts and rng.random() < 0.12:
                discount = rng.choice(discounts)
            la = line_amounts(qty, price, discount, product.vat)
            amounts.append(la)
            refused, reason = _ZERO, ""
            if received and rng.random() < refusal_rate:
                step = Decimal("0.5") if product.by_weight else Decimal(1)
                part = Decimal(rng.choice((1, 2, 3, 5))) / 10
                refused = min(qty, max(step, (qty * part / step).to_integral_value() * step))
                reason = self._loss_reason()
            if received:
                delivered.append(line_amounts(qty - refused, price, discount, product.vat))
            line_id = self.uid()
            kept.append((line_id, product, qty - refused, price, discount, qty))
            rule = "column_price" if (p, c.price_column) in self.explicit else "column"
            if column_name == "Retail" and rule == "column":
                rule = "base"
            add(
                (
                    line_id,
                    stamp,
                    stamp,
                    1,
                    None,
                    order_id,
                    line_no,
                    product.id,
                    qty_to_milli(qty),
                    price_minor,
                    _DISCOUNT_TEXT[discount],
                    product.vat_text,
                    to_minor(la.net),
                    to_minor(la.vat),
                    to_minor(la.gross),
                    rule,
                    "",
                    None,
                    "",
                    "",
                    qty_to_milli(qty) if shipped else 0,
                    qty_to_milli(refused),
                    reason,
                    LOSS_NOTES[reason] if reason else "",
                )
            )
            if refused:
                self.out.add(
                    "order_event",
                    (
                        *self.rec(delivery_day),
                        order_id,
                        c.id,
                        self.at(delivery_day, 11, line_no),
                        "refused",
                        f"Line {line_no}: {refused.normalize():f} refused ({reason})",
                        to_minor(line_amounts(refused, price, discount, product.vat).gross),
                    ),
                )
        totals = sum_lines(amounts)
        net, vat, gross = to_minor(totals.net), to_minor(totals.vat), to_minor(totals.gross)
        notes = rng.choice(activities.ORDER_NOTES) if rng.random() < 0.03 else ""
        contact = rng.choice(c.buyers)
        confirmed_at = None if o.status in ("draft", "cancelled") else stamp
        cancel_reason = "The client postponed the purchase" if o.status == "cancelled" else ""
        self.out.add(
            "sales_order",
            (
                order_id,
                stamp,
                stamp,
                1,
                None,
                number,
                c.id,
                contact,
                o.day.isoformat(),
                o.status,
                CURRENCY,
                net,
                vat,
                gross,
                notes,
                1,
                None,
                delivery_day.isoformat(),
                confirmed_at,
                "",
                "",
                cancel_reason,
            ),
        )
        self._order_events(c, order_id, o, delivery_day, gross, invoice_number)
        if o.invoice_day is None or invoice_number is None:
            return
        issued = o.invoice_day
        due = issued + timedelta(days=c.terms)
        invoice_id = self.uid()
        istamp = self.stamp(issued)
        billed = sum_lines(delivered)
        self.out.add(
            "invoice",
            (
                invoice_id,
                istamp,
                istamp,
                1,
                None,
                invoice_number,
                c.id,
                order_id,
                issued.isoformat(),
                due.isoformat(),
                CURRENCY,
                to_minor(billed.net),
                to_minor(billed.vat),
                to_minor(billed.gross),
            ),
        )
        credited = _ZERO
        if rng.random() < (0.08 if troublesome else 0.012):
            credited = self._return(c, order_id, invoice_id, issued, kept)
        for day, amount in self._payments(c, issued, due, billed.gross - credited):
            pstamp = self.stamp(day)
            method = "bank transfer" if rng.random() < 0.97 else "cash"
            self.out.add(
                "payment",
                (
                    self.uid(),
                    pstamp,
                    pstamp,
                    1,
                    None,
                    c.id,
                    invoice_id,
                    day.isoformat(),
                    to_minor(amount),
                    CURRENCY,
                    method,
                    invoice_number,
                ),
            )

    def at(self, day: date, hour: int, minute: int = 0) -> str:
        """A moment of a business day (UTC), for events that follow each other."""
        return f"{day.isoformat()}T{hour:02d}:{minute % 60:02d}:00.000000Z"

    def _order_events(
        self,
        c: _Client,
        order_id: str,
        o: _PlannedOrder,
        delivery_day: date,
        gross: int,
        invoice_number: str | None,
    ) -> None:
        """The steps of the order's life as the app records them (refusals are added with
        their lines, returns with the return)."""
        steps: list[tuple[date, int, str, str, int | None]] = [(o.day, 9, "created", "", None)]
        if o.status == "cancelled":
            steps.append((o.day, 15, "cancelled", "The client postponed the purchase", gross))
        elif o.status != "draft":
            steps.append((o.day, 10, "confirmed", "", gross))
        if o.status in ("shipped", "delivered", "invoiced"):
            steps.append((min(delivery_day, self.as_of), 8, "shipped", "All lines", gross))
        if o.status in ("delivered", "invoiced"):
            steps.append((delivery_day, 12, "delivered", "", None))
        if o.invoice_day is not None and invoice_number is not None:
            steps.append((o.invoice_day, 14, "invoiced", f"Invoice {invoice_number}", None))
        for day, hour, kind, note, amount in steps:
            self.out.add(
                "order_event",
                (*self.rec(day), order_id, c.id, self.at(day, hour), kind, note, amount),
            )

    def _loss_reason(self) -> str:
        roll = self.rng.randrange(100)
        for reason, weight in LOSS_REASONS:
            if roll < weight:
                return reason
            roll -= weight
        return "other"  # pragma: no cover - the weights add up to 100

    def _return(
        self,
        c: _Client,
        order_id: str,
        invoice_id: str,
        issued: date,
        lines: list[tuple[str, _Product, Decimal, Decimal, Decimal, Decimal]],
    ) -> Decimal:
        """A credit note for part of one delivered line, some days after the invoice; the
        gross amount credited (0 when it would fall after as_of)."""
        rng = self.rng
        day = self.weekday(issued + timedelta(days=rng.randint(3, 25)))
        line_id, product, kept, price, discount, _ordered = rng.choice(lines)
        if day > self.as_of or kept <= 0:
            return _ZERO
        step = Decimal("0.5") if product.by_weight else Decimal(1)
        qty = min(kept, max(step, (kept * Decimal("0.2") / step).to_integral_value() * step))
        reason = self._loss_reason()
        la = line_amounts(qty, price, discount, product.vat)
        self.return_seq[day.year] = n = self.return_seq.get(day.year, 0) + 1
        number = f"RET-{day.year}-{n:06d}"
        return_id = self.uid()
        self.out.add(
            "sales_return",
            (
                return_id,
                self.stamp(day),
                self.stamp(day),
                1,
                None,
                number,
                c.id,
                order_id,
                invoice_id,
                day.isoformat(),
                CURRENCY,
                to_minor(la.net),
                to_minor(la.vat),
                to_minor(la.gross),
                LOSS_NOTES[reason],
            ),
        )
        self.out.add(
            "return_line",
            (
                *self.rec(day),
                return_id,
                line_id,
                product.id,
                qty_to_milli(qty),
                to_minor(price),
                _DISCOUNT_TEXT[discount],
                product.vat_text,
                to_minor(la.net),
                to_minor(la.vat),
                to_minor(la.gross),
                reason,
                "",
            ),
        )
        self.out.add(
            "order_event",
            (
                *self.rec(day),
                order_id,
                c.id,
                self.stamp(day),
                "returned",
                f"Return {number}: {qty.normalize():f} back ({reason})",
                to_minor(la.gross),
            ),
        )
        return la.gross

    def _payments(
        self, c: _Client, issued: date, due: date, gross: Decimal
    ) -> list[tuple[date, Decimal]]:
        """When and how much the client paid on one invoice, up to as_of."""
        rng, as_of = self.rng, self.as_of
        if c.overdue and (as_of - issued).days <= 120:
            if rng.random() < 0.55:
                return []  # unpaid: overdue once the due date has passed
            part = round_money(gross * Decimal(rng.choice(("0.3", "0.5", "0.7"))))
            day = self.weekday(issued + timedelta(days=rng.randint(10, 40)))
            return [(day, part)] if day <= as_of and part > 0 else []
        if c.late_payer or rng.random() < 0.02:
            day = due + timedelta(days=rng.randint(2, 25))
        else:
            day = due - timedelta(days=rng.randint(0, min(10, c.terms - 1)))
        day = self.weekday(max(day, issued))
        if rng.random() < 0.04:  # paid in two instalments
            first = round_money(gross / 2)
            later = self.weekday(day + timedelta(days=rng.randint(7, 20)))
            parts = [(day, first), (later, gross - first)]
        else:
            parts = [(day, gross)]
        return [(d, a) for d, a in parts if d <= as_of and a > 0]

    # activities ---------------------------------------------------------------------------

    def activities(self) -> None:
        total = len(self.clients)
        step = max(1, total // 20)
        self.tell("activities", 0, total)
        for c in self.clients:
            self._client_activities(c)
            if len(self.out.rows["activity"]) >= _FLUSH_ROWS or (c.index + 1) % step == 0:
                self.out.flush(*_ACTIVITY_TABLES)
            if (c.index + 1) % step == 0:
                self.tell("activities", c.index + 1, total)
        self.out.flush(*_ACTIVITY_TABLES)
        self.tell("activities", total, total)

    def _client_activities(self, c: _Client) -> None:
        rng, as_of = self.rng, self.as_of
        self._objections(c)
        self._weekly_call(c)
        if c.is_key:
            gaps = {"meeting": (12, 25), "call": (5, 10), "task": (40, 80)}
        elif c.status == "prospect":
            gaps = {"meeting": (40, 90), "call": (20, 40), "task": (60, 120)}
        else:
            gaps = {"meeting": (60, 150), "call": (25, 60), "task": (120, 300)}
        first = max(self.start, c.start - timedelta(days=30))
        # after the last order the KAM keeps calling for a while, then gives up
        last = min(as_of - timedelta(days=1), c.stop + timedelta(days=90))
        if c.status == "prospect":
            first, last = c.start - timedelta(days=60), as_of - timedelta(days=1)
        for kind, (lo, hi) in gaps.items():
            day = first + timedelta(days=rng.randint(0, hi))
            while True:
                d = self.weekday(day)
                if d > last:
                    break
                cancelled = kind != "task" and rng.random() < 0.07
                status = "cancelled" if cancelled else "done"
                self._activity(c, kind, d, status)
                day = d + timedelta(days=rng.randint(lo, hi))
        # the schedule ahead: what the KAM is preparing for
        if c.is_key:
            planned = ["meeting"] * rng.randint(1, 2) + ["call"] * rng.randint(2, 3)
            planned += ["task"] * rng.randint(1, 3)
        else:
            chances = {"active": (0.12, 0.25, 0.3), "prospect": (0.4, 0.3, 0.3)}
            m, k, t = chances.get(c.status, (0.0, 0.3, 0.1))
            planned = [
                kind for kind, p in (("meeting", m), ("call", k), ("task", t)) if rng.random() < p
            ]
        for kind in planned:
            if kind == "task":  # open tasks: some already overdue
                d = as_of + timedelta(days=rng.randint(-5, PLANNED_DAYS))
            else:
                d = self.weekday(as_of + timedelta(days=rng.randint(0, PLANNED_DAYS - 2)))
            self._activity(c, kind, d, "planned")

    def _activity(self, c: _Client, kind: str, day: date, status: str) -> None:
        rng = self.rng
        fill = {
            "year": day.year if day.month < 10 else day.year + 1,
            "category": catalogue.CATEGORIES[
                self.products[rng.choice(c.assortment)].category if c.assortment else "PPE"
            ].lower(),
        }
        agenda = goals = outcome = location = ""
        travel = 0
        starts: str | None = None
        due: str | None = None
        if kind == "task":
            subject = rng.choice(activities.TASK_SUBJECTS).format(**fill)
            duration = 30
            due = day.isoformat()
            created = day - timedelta(days=rng.randint(1, 10))
        else:
            local_hour = rng.randint(9, 16)
            minute = rng.choice((0, 30)) if kind == "meeting" else rng.choice((0, 15, 30, 45))
            hour = local_hour - c.country.utc_offset
            starts = f"{day.isoformat()}T{hour:02d}:{minute:02d}:00.000000Z"
            created = day - timedelta(days=rng.randint(1, 14))
            if kind == "meeting":
                subject = rng.choice(activities.MEETING_SUBJECTS).format(**fill)
                duration = rng.choice((60, 90, 120))
                location = f"{c.address}, {c.postal_code} {c.city.name}"
                if c.country.code == "HU":
                    travel = (
                        rng.randint(20, 60) if c.city.name == "Budapest" else rng.randint(90, 200)
                    )
                else:
                    travel = rng.randint(20, 60)  # from the hotel, on a trip
                if status == "planned" or rng.random() < 0.5:
                    agenda, goals = rng.choice(activities.AGENDAS), rng.choice(activities.GOALS)
            else:
                subject = rng.choice(activities.CALL_SUBJECTS)
                duration = rng.choice((10, 15, 20, 30))
        if status == "done":
            outcome = rng.choice(activities.OUTCOMES)
        elif status == "cancelled":
            outcome = rng.choice(activities.CANCEL_REASONS)
        stamp = self.stamp(min(created, self.as_of))
        activity_id = self.uid()
        prep = self.prep
        needs = checked = ""
        if status == "planned" and kind == "meeting" and prep.random() < 0.5:
            needs = prep.choice(preparation.NEEDS_ASKED)
        if status == "planned" and kind != "task" and prep.random() < 0.3:
            checked = prep.choice(("product", "late,product", "arguing"))
        follow_up = None
        if kind == "task" and status == "planned" and prep.random() < 0.5:
            follow_up = self.last_meeting.get(c.id)  # a step agreed at the last meeting
        if kind == "meeting" and status == "done":
            self.last_meeting[c.id] = activity_id
        self.out.add(
            "activity",
            (
                activity_id,
                stamp,
                stamp,
                1,
                None,
                kind,
                c.id,
                subject,
                starts,
                duration,
                location,
                travel,
                agenda,
                goals,
                outcome,
                status,
                due,
                "phone" if kind == "call" else "site",
                needs,
                None,
                "",
                None,
                follow_up,
                checked,
            ),
        )
        self._preparation(c, kind, status, activity_id, min(created, self.as_of))
        if kind == "task" or not c.contacts:
            return
        if kind == "meeting":
            people: Sequence[str] = rng.sample(c.contacts, rng.randint(1, min(3, len(c.contacts))))
        else:
            people = [rng.choice(c.buyers)]
        for contact_id in people:
            self.out.add(
                "activity_contact", (*self.rec(min(created, self.as_of)), activity_id, contact_id)
            )

    def _preparation(
        self, c: _Client, kind: str, status: str, activity_id: str, created: date
    ) -> None:
        """The listening plan and the products on the agenda of planned meetings; the answers
        noted at some held ones. From the preparation stream only."""
        prep = self.prep
        if kind != "meeting" or status == "cancelled":
            return
        planned = status == "planned"
        if not planned and prep.random() > 0.2:
            return
        n = prep.choice((0, 1, 2, 3, 4, 5)) if planned else prep.randint(2, 4)
        for position, question in enumerate(prep.sample(preparation.QUESTIONS, n), 1):
            answer = "" if planned else prep.choice(preparation.ANSWERS)
            self.out.add(
                "meeting_question",
                (*self._prep_rec(created), activity_id, position, question, answer),
            )
        if planned and c.assortment:
            for index in prep.sample(c.assortment, min(len(c.assortment), prep.randint(0, 3))):
                self.out.add(
                    "activity_product",
                    (*self._prep_rec(created), activity_id, self.products[index].id),
                )

    def _weekly_call(self, c: _Client) -> None:
        """The critical account gets a weekly call on Monday mornings: a recurring series."""
        if c.key_rank != 0 or not c.buyers:
            return
        monday = self.as_of + timedelta(days=7 - self.as_of.weekday())
        series = None
        hour = 8 - c.country.utc_offset
        for week in range(3):
            day = monday + timedelta(weeks=week)
            activity_id = self.prep_uid()
            series = series or activity_id
            stamp = self.stamp(self.as_of)
            self.out.add(
                "activity",
                (
                    activity_id,
                    stamp,
                    stamp,
                    1,
                    None,
                    "call",
                    c.id,
                    "Weekly call: orders, deliveries, open questions",
                    f"{day.isoformat()}T{hour:02d}:30:00.000000Z",
                    15,
                    "",
                    0,
                    "1. Orders of the week. 2. Deliveries. 3. Open questions.",
                    "Keep the weekly rhythm; catch problems early.",
                    "",
                    "planned",
                    None,
                    "phone",
                    "",
                    None,
                    "weekly",
                    series,
                    None,
                    "",
                ),
            )
            self.out.add(
                "activity_contact", (*self._prep_rec(self.as_of), activity_id, c.buyers[0])
            )

    def _objections(self, c: _Client) -> None:
        prep = self.prep
        chance = 0.8 if c.is_key else (0.15 if c.status == "active" else 0.0)
        if prep.random() >= chance:
            return
        for text, response in prep.sample(preparation.OBJECTIONS, prep.randint(1, 3)):
            raised = self.weekday(self.as_of - timedelta(days=prep.randint(5, 120)))
            self.out.add(
                "objection",
                (
                    *self._prep_rec(raised),
                    c.id,
                    raised.isoformat(),
                    text,
                    response if prep.random() < 0.6 else "",
                    "open",
                ),
            )

    def _prep_rec(self, day: date) -> tuple[str, str, str, int, None]:
        s = self.stamp(min(day, self.as_of))
        return (self.prep_uid(), s, s, 1, None)

    # plans --------------------------------------------------------------------------------

    def sales_plans(self) -> None:
        rng, as_of = self.rng, self.as_of
        total = len(self.clients)
        self.tell("plans", 0, total)
        margins = ("12", "15", "18", "20", "22")
        for c in self.clients:
            if c.status in ("prospect", "lost") or c.annual <= 0:
                continue
            margin = rng.choice(margins)
            for year in (as_of.year - 1, as_of.year):
                created = self.stamp(min(date(year, 1, 2), as_of))
                for month in range(1, 13):
                    first = date(year, month, 1)
                    if first < c.start.replace(day=1):
                        continue
                    mid = first.replace(day=15)
                    days = ((first + timedelta(days=32)).replace(day=1) - first).days
                    amount = self.rate(c, mid) * days * rng.uniform(1.05, 1.15)
                    self.out.add(
                        "sales_plan",
                        (
                            self.uid(),
                            created,
                            created,
                            1,
                            None,
                            c.id,
                            first.isoformat(),
                            max(1, round(amount / 100)) * 10_000,  # whole hundreds, in cents
                            CURRENCY,
                            margin,
                        ),
                    )
            if len(self.out.rows["sales_plan"]) >= _FLUSH_ROWS:
                self.out.flush("sales_plan")
        self.out.flush("sales_plan")
        self.tell("plans", total, total)


# --- text helpers ---------------------------------------------------------------------------------

_TRANSLIT = "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch y e yu ya"
_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщыэюя", _TRANSLIT.split(), strict=True))
_CYRILLIC.update({"ъ": "", "ь": "", "-": " "})
_LATIN_EXTRA = {"ə": "e", "ı": "i", "ß": "ss", "ø": "o", "æ": "ae"}


def _slug(text: str, *, sep: str = "-") -> str:
    """ASCII for web addresses and e-mail: transliterated, lower case, words joined by sep."""
    out: list[str] = []
    for ch in text.lower():
        out.append(_CYRILLIC.get(ch, _LATIN_EXTRA.get(ch, ch)))
    ascii_text = unicodedata.normalize("NFKD", "".join(out)).encode("ascii", "ignore").decode()
    words = ["".join(ch for ch in w if ch.isalnum()) for w in ascii_text.split()]
    return sep.join(w for w in words if w)


def _weighted(digits: str, weights: tuple[int, ...]) -> int:
    return sum(w * int(ch) for w, ch in zip(weights, digits, strict=True))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str(-total % 10)
