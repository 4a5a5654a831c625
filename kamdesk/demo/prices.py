"""Line prices by the rule the order window uses, exchange rates, and contracts (issue 13).

A line's unit price is what kamdesk.domain.pricing.resolve_price gives for the client's price
column, the product's quantity breaks, the promotions running for the client and its special
prices on the order day; a client billed in another currency than the catalogue's gets it
converted by kamdesk.domain.fx at the rate of the order day. Decisions and conversions are
cached by what decides them, so the 10 000-client portfolio stays fast.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import cached_property

from kamdesk.demo.base import StageBase
from kamdesk.demo.model import PRICE_COLUMNS, DemoClient, PlannedOrder
from kamdesk.demo.writer import dec_text
from kamdesk.domain.fx import ONE, Conversion, Quote, RateBook
from kamdesk.domain.money import round_money, to_minor
from kamdesk.domain.natural_keys import contract_id, exchange_rate_id
from kamdesk.domain.pricing import (
    Candidates,
    ColumnTerms,
    PriceDecision,
    PromotionTerms,
    QuantityBreakTerms,
    SpecialPrice,
    choose_price,
    price_candidates,
)

# how often a KAM typed a price over the rule's (a key account's price, a little lower)
MANUAL_SHARE = 0.004


@dataclass(frozen=True)
class LinePrice:
    """What an order line stores about its price."""

    unit_price: Decimal
    rule: str
    note: str
    list_price: Decimal | None = None  # the rule's price, when typed by hand
    source_price: Decimal | None = None  # the rule's price in the catalogue's currency
    source_currency: str = ""
    fx_rate: Decimal | None = None
    fx_date: date | None = None
    fx_source: str = ""

    @cached_property
    def stored(
        self,
    ) -> tuple[int, str, str, int | None, int | None, str, str | None, str | None, str]:
        """The order line's columns from unit_price to price_note, list_price, and from
        source_price to fx_source, as stored (made once per kept price, not per line)."""
        return (
            to_minor(self.unit_price),
            self.rule,
            self.note,
            None if self.list_price is None else to_minor(self.list_price),
            None if self.source_price is None else to_minor(self.source_price),
            self.source_currency,
            None if self.fx_rate is None else dec_text(self.fx_rate),
            None if self.fx_date is None else self.fx_date.isoformat(),
            self.fx_source,
        )


def decision_key(
    qty: Decimal,
    day: date,
    breaks: tuple[QuantityBreakTerms, ...],
    offers: Sequence[tuple[PromotionTerms, frozenset[str]]],
    client_id: str,
    specials: tuple[SpecialPrice, ...],
) -> tuple[int, int, int]:
    """What of a line's quantity and day resolve_price reads, given the product's breaks, its
    promotions (with the clients each is limited to) and the client's special prices: which
    breaks `qty` reaches, which promotions run for the client on `day` and which special prices
    are valid then, as bit masks. Two lines of one product, column and conversion whose keys
    are equal get equal decisions (tests/test_demo_prices.py proves it on random terms)."""
    reached = running = valid = 0
    for i, b in enumerate(breaks):
        if b.min_quantity <= qty:
            reached |= 1 << i
    for i, (t, only) in enumerate(offers):
        if t.starts_on <= day <= t.ends_on and (not only or client_id in only):
            running |= 1 << i
    for i, s in enumerate(specials):
        if s.valid_on(day):
            valid |= 1 << i
    return reached, running, valid


class PricingStage(StageBase):
    """Prices, rates and contracts."""

    _decisions: dict[tuple[object, ...], PriceDecision]
    _candidates: dict[tuple[object, ...], Candidates]
    _conversions: dict[tuple[date, str], Conversion]
    _rates: dict[Conversion, Conversion]
    _columns: dict[tuple[int, int], ColumnTerms]
    _same_currency: dict[int, LinePrice]

    def exchange_rates(self) -> None:
        """Weekly rates of every currency the supplier converts, over the whole history."""
        x = self.extra
        quotes: list[Quote] = []
        first = self.start - timedelta(days=self.start.weekday() + 7)  # a Monday before
        for series in self.supplier.rates:
            level, drift = Decimal(series.level), 0.0
            step = Decimal(1).scaleb(-series.places)
            day = first
            while day <= self.as_of:
                drift = max(-1.0, min(1.0, drift + x.uniform(-0.25, 0.25)))
                move = Decimal(repr(round(drift * series.swing, 6)))
                rate = (level * (1 + move)).quantize(step)
                iso = day.isoformat()
                stamp = self.stamp(day)
                self.out.add(
                    "exchange_rate",
                    (
                        exchange_rate_id(series.currency, iso),
                        stamp,
                        stamp,
                        1,
                        None,
                        series.currency,
                        iso,
                        format(rate, "f"),
                        series.source,
                    ),
                )
                quotes.append(Quote(series.currency, day, rate, series.source))
                day += timedelta(days=7)
        self.rate_book = RateBook(self.supplier.reporting, quotes)
        self._conversions = {}
        self._rates = {}
        self._decisions = {}
        self._candidates = {}
        self._columns = {}
        self._same_currency = {}

    def contracts(self, plan: list[PlannedOrder]) -> dict[tuple[int, int], str]:
        """One supply contract per client and year, signed on its first order's day, numbered
        by that day; (client index, year) -> its id."""
        firsts: dict[tuple[int, int], date] = {}
        for o in plan:  # in date order
            firsts.setdefault((o.client, o.day.year), o.day)
        ids: dict[tuple[int, int], str] = {}
        seq: dict[int, int] = {}
        for (client, year), day in sorted(firsts.items(), key=lambda kv: (kv[1], kv[0])):
            c = self.clients[client]
            seq[year] = n = seq.get(year, 0) + 1
            start = date(year, 1, 1)
            ids[(client, year)] = cid = contract_id(c.id, start.isoformat())
            stamp = self.stamp(day)
            self.out.add(
                "contract",
                (
                    cid,
                    stamp,
                    stamp,
                    1,
                    None,
                    f"D-{year}-{n:04d}",
                    c.id,
                    day.isoformat(),
                    start.isoformat(),
                    date(year, 12, 31).isoformat(),
                    c.currency,
                    "",
                ),
            )
        return ids

    def _column(self, p: int, col: int) -> ColumnTerms:
        terms = self._columns.get((p, col))
        if terms is None:
            name, pct = PRICE_COLUMNS[col]
            explicit = self.prices[p][col][0] if (p, col) in self.explicit else None
            terms = self._columns[(p, col)] = ColumnTerms(name, Decimal(pct), explicit)
        return terms

    def decide(
        self, c: DemoClient, p: int, qty: Decimal, day: date, fx: Conversion | None = None
    ) -> PriceDecision:
        """The rule's price of `qty` of product `p` for client `c` on `day`; with `fx` (one
        unit converted into the client's currency that day) as the order window prices it:
        every candidate converted but a special price, agreed in the client's currency.

        Kept by what decides it (decision_key): the breaks `qty` reaches, the promotions and
        special prices valid on `day`, the column and the conversion."""
        breaks = self.breaks.get(p, ()) if day >= self.breaks_since else ()
        offers = self.promotions.get(p, ())
        specials = self.specials.get((c.index, p), ())
        terms = (
            decision_key(qty, day, breaks, offers, c.id, specials)
            if breaks or offers or specials
            else (0, 0, 0)  # most lines: the column alone decides
        )
        key = (
            p,
            c.price_column,
            terms,
            c.index if terms[2] else -1,  # special prices are the client's own
            None if fx is None else id(fx),  # the conversions are kept: ids stay theirs
        )
        decision = self._decisions.get(key)
        if decision is None:  # the candidates are found once for every rate they convert by
            found = self._candidates.get(key[:4])
            if found is None:
                found = self._candidates[key[:4]] = price_candidates(
                    base_price=self.base_prices[p],
                    quantity=qty,
                    day=day,
                    column=self._column(p, c.price_column),
                    breaks=breaks,
                    promotions=tuple(t for t, only in offers if not only or c.id in only),
                    specials=specials,
                )
            decision = self._decisions[key] = choose_price(found, fx)
        return decision

    def line_price(self, c: DemoClient, p: int, qty: Decimal, day: date) -> LinePrice:
        """What the line stores: the rule's price, converted into the client's currency."""
        if c.currency != self.currency:
            conv = self._conversions.get((day, c.currency))
            if conv is None:  # one object per rate (equal conversions of a week are one)
                conv = self.rate_book.convert(ONE, self.currency, c.currency, day)
                conv = self._conversions[(day, c.currency)] = self._rates.setdefault(conv, conv)
            converted = self.decide(c, p, qty, day, fx=conv)
            kept = self._same_currency.get(id(converted))  # a decision converts by one rate
            if kept is None:
                kept = self._same_currency[id(converted)] = self._converted(converted, conv)
            return kept
        decision = self.decide(c, p, qty, day)
        price = decision.unit_price
        same = self._same_currency.get(id(decision))
        if same is None:  # one record per decision (the decisions are kept: ids stay theirs)
            same = LinePrice(price, decision.rule, decision.explanation)
            self._same_currency[id(decision)] = same
        return same

    def _converted(self, converted: PriceDecision, conv: Conversion) -> LinePrice:
        if converted.source_price is None:  # a special price: in the client's currency
            return LinePrice(converted.unit_price, converted.rule, converted.explanation)
        return LinePrice(
            converted.unit_price,
            converted.rule,
            converted.explanation,
            source_price=converted.source_price,
            source_currency=self.currency,
            fx_rate=conv.factor,
            fx_date=conv.day,
            fx_source=conv.source,
        )

    def typed_by_hand(self, c: DemoClient, lp: LinePrice, discount: Decimal) -> LinePrice:
        """Now and then a key account's price typed a percent below the rule's, within the
        discount the client may get (no approval needed): the rule's price is kept beside it."""
        if lp.source_price is not None or not c.is_key or lp.rule == "manual":
            return lp
        if discount + 1 > c.max_discount or self.extra.random() >= MANUAL_SHARE:
            return lp
        typed = round_money(lp.unit_price * Decimal("0.99"))
        if not 0 < typed < lp.unit_price:
            return lp
        note = f"Typed by hand; the price rules give {lp.unit_price}: {lp.note}"
        return LinePrice(typed, "manual", note, list_price=lp.unit_price)
