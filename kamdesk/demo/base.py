"""The state every stage of the demo shares and the helpers that draw from its random streams."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Connection

from kamdesk.demo.data.suppliers import Supplier
from kamdesk.demo.model import (
    COS12,
    HISTORY_DAYS,
    DemoClient,
    DemoProduct,
    LedgerBook,
    Progress,
)
from kamdesk.demo.writer import Writer
from kamdesk.domain.fx import RateBook
from kamdesk.domain.natural_keys import uuid_text
from kamdesk.domain.pricing import PromotionTerms, QuantityBreakTerms, SpecialPrice


class StageBase:
    """What every stage reads and writes: the random streams, the writer, what was built so far."""

    def __init__(
        self,
        conn: Connection,
        rng: random.Random,
        as_of: date,
        n_clients: int,
        progress: Progress | None,
        supplier: Supplier,
    ) -> None:
        self.rng = rng
        self.supplier = supplier
        # what issue 13 added (requisites, currencies, rates) draws from its own stream, so the
        # portfolio of the main stream stays what it was
        self.extra = random.Random(0)  # seeded by build_demo
        self.currency = supplier.currency
        self.scale = float(supplier.scale)  # catalogue currency units per euro of the model
        self.as_of = as_of
        self.n_clients = n_clients
        self.progress = progress
        self.out = Writer(conn)
        self.start = as_of - timedelta(days=HISTORY_DAYS)
        self.mid = (as_of - timedelta(days=182)).toordinal()
        self._stamps: dict[date, str] = {}
        self.products: list[DemoProduct] = []
        # price per product and price column: (Decimal, minor units, float)
        self.prices: list[list[tuple[Decimal, int, float]]] = []
        self.column_ids: list[str] = []
        self.explicit: set[tuple[int, int]] = set()  # (product, column) with a listed price
        self.category_ids: dict[str, str] = {}
        self.return_seq: dict[int, int] = {}
        self.competitor_ids: list[str] = []
        self.clients: list[DemoClient] = []
        self.prep = random.Random(0)
        # issue 14's receivables (payments by bank, allocations, dunning, plans for new
        # clients) draw from their own stream too
        self.ledger = random.Random(0)  # seeded by build_demo
        self.book = LedgerBook()
        self.last_meeting: dict[str, str] = {}  # client id -> its latest held meeting
        # what the pricing rule reads (kamdesk.domain.pricing), per product index
        self.base_prices: list[Decimal] = []
        self.breaks: dict[int, tuple[QuantityBreakTerms, ...]] = {}
        self.breaks_since = as_of  # the day the breaks were agreed: earlier orders had none
        # promotions per product: (terms, client ids it is limited to; empty: every client)
        self.promotions: dict[int, list[tuple[PromotionTerms, frozenset[str]]]] = {}
        self.specials: dict[tuple[int, int], tuple[SpecialPrice, ...]] = {}  # (client, product)
        self.rate_book = RateBook(supplier.reporting)
        self.eu_abroad = 0  # EU clients in another country than ours, so far

    # helpers ------------------------------------------------------------------------------

    def uid(self) -> str:
        return uuid_text(self.rng.getrandbits(128), 4)

    def prep_uid(self) -> str:
        return uuid_text(self.prep.getrandbits(128), 4)

    def ledger_uid(self) -> str:
        return uuid_text(self.ledger.getrandbits(128), 4)

    def stamp(self, day: date) -> str:
        """UTCDateTime of a record's business date at 09:00 UTC."""
        s = self._stamps.get(day)
        if s is None:
            s = self._stamps[day] = f"{day.isoformat()}T09:00:00.000000Z"
        return s

    def rec(self, day: date) -> tuple[str, str, str, int, None]:
        s = self.stamp(min(day, self.as_of))
        return (self.uid(), s, s, 1, None)

    def created(self, c: DemoClient) -> date:
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

    def rate(self, c: DemoClient, day: date) -> float:
        """The client's expected net revenue per day around `day`."""
        t = day.toordinal()
        trend = 1.0 + (c.growth - 1.0) * (t - self.mid) / 365.0
        season = 1.0 + c.season_amp * COS12[(day.month - c.season_peak) % 12]
        return c.annual / 365.0 * trend * season
