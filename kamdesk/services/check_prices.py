"""`kamdesk check`: every order line is priced by the rule at its order date, or typed by hand.

A line's unit price must be what kamdesk.domain.pricing.resolve_price gives for its client's
price column, the product's quantity breaks, the promotions running for the client and its
special prices on the order day (the order window's rule), and its price_rule the rule that gave
it. A converted line keeps the rule's price in the product's currency (source_price) and its
unit price is kamdesk.domain.fx.apply_factor(source_price, fx_rate); it is judged as the order
window priced it: resolve_price with the conversion the line stores (its source_currency into
the order's currency at its fx_rate), every candidate but a special price (agreed in the
client's currency) converted before the lowest is chosen. A price typed by hand
carries price_rule "manual" and the rule's price beside it (list_price); a line that keeps a
list_price is such an override whatever older versions named its rule.

Not judged, since there is nothing to judge them by: lines without a rule (written before
prices were explained), and lines whose inputs changed after they were written (the client's
price column or that column's terms, the product, its column prices, breaks or promotions, the
client's special prices: prices have no history, so today's inputs do not tell what the rule
gave then).

Of the client, only its price column decides a price: an edit of its phone or address does not
keep its lines from being judged. When the column was set is read from the client's sync state,
which keeps a stamp per field (kamdesk.sync.codec: the last version of price_column_id, else
the record's creation). A client without a kept state (unchanged since sync began), with writes
not captured yet, or whose column was set on another laptop (the stamp says when it was set
there, not when it arrived) falls back to its updated_at, which every edit moves (skipped).

The rule's inputs are read in bulk and decisions cached by what decides them, so a database of
10 000 clients and a million lines is checked in seconds.
"""

from __future__ import annotations

import bisect
import functools
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection

from kamdesk.db.dialect import raw_rows, run
from kamdesk.domain.fx import Conversion, MissingRate, Quote, RateBook, apply_factor
from kamdesk.domain.money import from_minor, qty_from_milli, qty_to_milli, to_minor
from kamdesk.domain.pricing import (
    ColumnTerms,
    PriceDecision,
    PromotionTerms,
    QuantityBreakTerms,
    SpecialPrice,
    resolve_price,
)
from kamdesk.sync.codec import parse_stamp

SHOWN = 20  # lines named one by one; the rest are counted
_Terms = tuple[tuple[QuantityBreakTerms, ...], list[int], list["_Offer"], bool]
LIVE = "WHERE deleted_at IS NULL"


def _day(text: str | None) -> date | None:
    return None if not text else date.fromisoformat(text)


def _dec(text: str | None) -> Decimal | None:
    return None if text is None or text == "" else Decimal(text)


def _money(minor: int | None) -> Decimal | None:
    return None if minor is None else from_minor(minor)


@dataclass
class _Offer:
    """A promotion as the rule reads it, with whom and what it covers."""

    terms: PromotionTerms
    category_id: str | None
    products: set[str] = field(default_factory=set)
    clients: set[str] = field(default_factory=set)  # empty: every client


def _later(changes: dict[Any, str], key: Any, when: str) -> None:
    if when > changes.get(key, ""):
        changes[key] = when


def _column_set_at(conn: Connection) -> dict[str, str]:
    """client id -> when its price column was last set on this laptop (as created_at is
    stored), from its sync state. Left out (their updated_at counts): clients without a kept
    state, with writes not captured yet, or whose column came from another laptop (its stamp
    is when it was set there, not when it arrived here). A stamp is taken a millisecond later
    than it reads, so a change in the same millisecond as a line counts as after it."""
    clock = next(raw_rows(conn, "SELECT value FROM sync_meta WHERE key = 'clock'"), None)
    if clock is None:
        return {}
    here = parse_stamp(clock[0]).replica
    pending = {
        rid for (rid,) in raw_rows(conn, "SELECT record_id FROM sync_dirty WHERE entity = 'client'")
    }
    out: dict[str, str] = {}
    for rid, text in raw_rows(
        conn, "SELECT record_id, state FROM sync_state WHERE entity = 'client'"
    ):
        if rid in pending:
            continue
        try:
            state = json.loads(text)
            versions = state.get("x", {}).get("price_column_id") or [[None, state["s"]]]
            stamps = [parse_stamp(version[1]) for version in versions]
        except (ValueError, KeyError, TypeError, IndexError, AttributeError):
            continue  # a state not read: updated_at counts
        if any(stamp.replica != here for stamp in stamps):
            continue
        wall_ms = max(stamp.wall_ms for stamp in stamps) + 1
        when = datetime(1970, 1, 1, tzinfo=UTC) + timedelta(milliseconds=wall_ms)
        out[rid] = when.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return out


class RuleInputs:
    """Everything resolve_price reads, for every client and product, loaded once; and when
    each client's and product's inputs last changed (a record written, edited or deleted)."""

    def __init__(self, conn: Connection) -> None:
        self.columns: dict[str, tuple[str, Decimal]] = {}
        column_changed: dict[str, str] = {}
        for cid, name, pct, changed, gone in raw_rows(
            conn, "SELECT id, name, discount_percent, updated_at, deleted_at FROM price_column"
        ):
            column_changed[cid] = changed
            if gone is None:
                self.columns[cid] = (name, Decimal(pct))
        self.column_ids = list(column_changed)  # every column, deleted ones too
        self.client_column: dict[str, str | None] = {}
        self.client_changed: dict[str, str] = {}
        column_set = _column_set_at(conn)
        for cid, col, changed in raw_rows(
            conn, "SELECT id, price_column_id, updated_at FROM client"
        ):
            self.client_column[cid] = col if col in self.columns else None
            since = column_set.get(cid, changed)
            self.client_changed[cid] = max(since, column_changed.get(col or "", ""))
        self.products: dict[str, tuple[Decimal, str | None]] = {}
        self.product_changed: dict[str, str] = {}
        for pid, base, cat, changed, gone in raw_rows(
            conn, "SELECT id, base_price, category_id, updated_at, deleted_at FROM product"
        ):
            self.product_changed[pid] = changed
            if gone is None:
                self.products[pid] = (from_minor(base), cat)
        self.explicit: dict[tuple[str, str], Decimal] = {}
        for pid, col, price, changed, gone in raw_rows(
            conn,
            "SELECT product_id, price_column_id, price, updated_at, deleted_at FROM product_price",
        ):
            _later(self.product_changed, pid, changed)
            if gone is None:
                self.explicit[(pid, col)] = from_minor(price)
        self.breaks: dict[str, list[tuple[str | None, QuantityBreakTerms]]] = {}
        for pid, col, min_qty, pct, price, changed, gone in raw_rows(
            conn,
            "SELECT product_id, price_column_id, min_quantity, discount_percent, price, "
            "updated_at, deleted_at FROM quantity_break",
        ):
            _later(self.product_changed, pid, changed)
            if gone is None:
                terms = QuantityBreakTerms(qty_from_milli(min_qty), _dec(pct), _money(price))
                self.breaks.setdefault(pid, []).append((col, terms))
        self.specials: dict[tuple[str, str], tuple[SpecialPrice, ...]] = {}
        self.special_changed: dict[tuple[str, str], str] = {}
        for cid, pid, price, start, end, changed, gone in raw_rows(
            conn,
            "SELECT client_id, product_id, price, valid_from, valid_to, updated_at, deleted_at "
            "FROM client_price",
        ):
            _later(self.special_changed, (cid, pid), changed)
            if gone is None:
                found = SpecialPrice(from_minor(price), _day(start), _day(end))
                self.specials[(cid, pid)] = (*self.specials.get((cid, pid), ()), found)
        self._offers_of: dict[str, list[_Offer]] = self._load_offers(conn)
        self._cache: dict[tuple[object, ...], tuple[PriceDecision, int]] = {}
        self._product_terms: dict[tuple[str, str | None], _Terms] = {}
        self._column_terms: dict[tuple[str, str], ColumnTerms] = {}

    def unchanged_since(self, client_id: str, product_id: str, written: str) -> bool:
        """Whether the rule's inputs for this client and product are as they were when a line
        was written (`written`: its created_at). Prices have no history: a line written before
        a change cannot be judged by today's inputs, so it is not judged at all."""
        return (
            self.client_changed.get(client_id, "") <= written
            and self.product_changed.get(product_id, "") <= written
            and self.special_changed.get((client_id, product_id), "") <= written
        )

    def _load_offers(self, conn: Connection) -> dict[str, list[_Offer]]:
        """product id -> the live promotions naming it or covering its category (or one
        above); every promotion, live or not, marks the products it covers as changed."""
        offers: dict[str, _Offer] = {}
        changed: dict[str, str] = {}
        live: set[str] = set()
        for pid, name, cat, pct, fixed, start, end, when, gone in raw_rows(
            conn,
            "SELECT id, name, category_id, discount_percent, fixed_price, starts_on, ends_on, "
            "updated_at, deleted_at FROM promotion",
        ):
            terms = PromotionTerms(name, _day(start), _day(end), _dec(pct), _money(fixed))  # type: ignore[arg-type]
            offers[pid] = _Offer(terms, cat)
            changed[pid] = when
            if gone is None:
                live.add(pid)
        for table, column in (
            ("promotion_product", "product_id"),
            ("promotion_client", "client_id"),
        ):
            for promo, ref, when, gone in raw_rows(
                conn, f"SELECT promotion_id, {column}, updated_at, deleted_at FROM {table}"
            ):
                if promo in offers:
                    _later(changed, promo, when)
                    if gone is None:
                        offer = offers[promo]
                        (offer.products if column == "product_id" else offer.clients).add(ref)
        parents: dict[str, str | None] = dict(
            raw_rows(conn, "SELECT id, parent_id FROM product_category")
        )
        by_product: dict[str, list[_Offer]] = {}
        for pid, (_base, cat) in self.products.items():
            above: set[str] = set()
            while cat is not None and cat not in above:  # a cycle cannot loop forever
                above.add(cat)
                cat = parents.get(cat)
            covering = [k for k, o in offers.items() if pid in o.products or o.category_id in above]
            for k in covering:
                _later(self.product_changed, pid, changed[k])
            running = [offers[k] for k in covering if k in live]
            if running:
                by_product[pid] = running
        return by_product

    def _column(self, product_id: str, column_id: str) -> ColumnTerms:
        terms = self._column_terms.get((product_id, column_id))
        if terms is None:
            name, pct = self.columns[column_id]
            terms = ColumnTerms(name, pct, self.explicit.get((product_id, column_id)))
            self._column_terms[(product_id, column_id)] = terms
        return terms

    def _terms(self, product_id: str, column_id: str | None) -> _Terms:
        """The breaks of the client's column (and the quantities from which they apply, in
        thousandths), the promotions covering the product and whether any is limited to some
        clients."""
        found = self._product_terms.get((product_id, column_id))
        if found is None:
            breaks = tuple(
                t for col, t in self.breaks.get(product_id, ()) if col is None or col == column_id
            )
            tiers = sorted({qty_to_milli(t.min_quantity) for t in breaks})
            offers = self._offers_of.get(product_id, [])
            found = (breaks, tiers, offers, any(o.clients for o in offers))
            self._product_terms[(product_id, column_id)] = found
        return found

    def plain_prices(
        self, currency_of: dict[str, str]
    ) -> dict[str, tuple[int, str, str, str, str]]:
        """ "product|column" -> (unit price in minor units, rule, first day, last day, currency)
        of every product and column whose price depends on nothing else outside the days of
        the promotions covering the product (from the first to the last of them: "~" to ""
        when none does; no quantity break of that column), in the product's currency; the
        column as a client row holds it (a deleted column or none: "")."""
        out: dict[str, tuple[int, str, str, str, str]] = {}
        for product_id, (base, _category) in self.products.items():
            offers = self._offers_of.get(product_id, [])
            first = min((o.terms.starts_on.isoformat() for o in offers), default="~")
            last = max((o.terms.ends_on.isoformat() for o in offers), default="")
            currency = currency_of.get(product_id, "")
            for held_id in [*self.column_ids, ""]:
                column_id = held_id if held_id in self.columns else None
                if self._terms(product_id, column_id)[0]:
                    continue
                decision = resolve_price(
                    base_price=base,
                    quantity=Decimal(1),
                    day=date.min,
                    column=None if column_id is None else self._column(product_id, column_id),
                    explain=False,
                )
                unit = to_minor(decision.unit_price)
                out[f"{product_id}|{held_id}"] = (unit, decision.rule, first, last, currency)
        return out

    def decide(
        self, client_id: str, product_id: str, milli: int, day: date, fx: Conversion | None = None
    ) -> tuple[PriceDecision, int] | None:
        """The rule's decision and its price in minor units, or None when the product is gone
        (nothing to judge by). `milli`: the quantity as stored; `fx`: the conversion of a
        converted line (its prices in the order's currency, as the order window decided)."""
        product = self.products.get(product_id)
        if product is None:
            return None
        column_id = self.client_column.get(client_id)
        breaks, tiers, offers, limited = self._terms(product_id, column_id)
        specials = self.specials.get((client_id, product_id), ())
        key: tuple[object, ...] = (product_id, column_id)
        if fx is not None:
            key = (*key, fx.source_currency, fx.target_currency, fx.factor)
        if breaks or offers or specials:
            # only what applies on the day decides: a key without the day where none does
            if offers:
                offers = [
                    o
                    for o in offers
                    if o.terms.starts_on <= day <= o.terms.ends_on
                    and (not limited or not o.clients or client_id in o.clients)
                ]
            if specials:
                specials = tuple(sp for sp in specials if sp.valid_on(day))
            # of the quantity, only the highest break it reaches decides
            key = (
                product_id,
                column_id,
                tiers[bisect.bisect_right(tiers, milli) - 1]
                if tiers and milli >= tiers[0]
                else None,
                tuple(id(o) for o in offers),
                specials,
                *key[2:],
            )
        found = self._cache.get(key)
        if found is None:
            decision = resolve_price(
                base_price=product[0],
                quantity=qty_from_milli(milli),
                day=day,
                column=None if column_id is None else self._column(product_id, column_id),
                breaks=breaks,
                promotions=tuple(o.terms for o in offers),
                specials=specials,
                fx=fx,
                explain=False,
            )
            found = self._cache[key] = (decision, to_minor(decision.unit_price))
        return found


def _line_problem(
    decision: PriceDecision,
    unit: int,
    rule: str,
    listed: int | None,
    source: int | None,
    fx_rate: str | None,
) -> str | None:
    """Why a stored line is not priced by the rule (None: it is). `decision` is in the order's
    currency for a converted line (decided with its conversion)."""
    price = decision.unit_price
    if listed is not None:  # typed over the rule, the rule's price kept beside it
        return None
    if rule == "manual":
        return "typed by hand without the rule's price recorded"
    if source is not None and fx_rate is None:
        return "converted without its exchange rate"
    if source is not None and decision.conversion is not None:
        want = decision.conversion.source_amount
        if from_minor(source) != want:
            return f"source price {from_minor(source)} but the rule gives {want}"
        if from_minor(unit) != price:
            factor = decision.conversion.factor
            return f"unit price {from_minor(unit)} but {want} at {factor} is {price}"
    elif from_minor(unit) != price:
        return f"unit price {from_minor(unit)} but the rule gives {price} ({decision.rule})"
    if rule != decision.rule:
        return f"says {rule!r} where the rule says {decision.rule!r}"
    return None


@functools.lru_cache(maxsize=4096)
def _conversion(source_currency: str, currency: str, fx_rate: str | None) -> Conversion | None:
    """The conversion a converted line stores, as resolve_price takes it: one unit of its
    source currency into the order's at its factor (fx_rate, the factor the window applied;
    the rate's date and source only explain it, they do not decide the price)."""
    if fx_rate is None or not source_currency:
        return None
    factor = Decimal(fx_rate)
    one = Decimal(1)
    return Conversion(apply_factor(one, factor), one, source_currency, currency, factor, ())


class _Unconverted:
    """For a line stored without a conversion on an order in another currency than its
    product's (a special price, agreed in the client's currency): the conversion of one unit
    the order window decided the other candidates with, from the rates on the order date."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.currency = dict(raw_rows(conn, "SELECT id, currency FROM product"))
        self._book: RateBook | None = None
        self._found: dict[tuple[str, str, date], Conversion | None] = {}

    def _rates(self) -> RateBook:
        if self._book is None:
            reporting = run(
                self.conn,
                "SELECT COALESCE(NULLIF(reporting_currency, ''), default_currency) FROM company"
                f" {LIVE}",
            ).scalar()
            quotes = (
                Quote(cur, date.fromisoformat(day), Decimal(rate), source)
                for cur, day, rate, source in raw_rows(
                    self.conn, f"SELECT currency, rate_date, rate, source FROM exchange_rate {LIVE}"
                )
            )
            self._book = RateBook(reporting or "", quotes)
        return self._book

    def fx(self, product_id: str, currency: str, day: date) -> tuple[bool, Conversion | None]:
        """Whether the line can be judged, and with what conversion (None: the product is in
        the order's currency); not judged when there is no rate that day, as the order
        window could not have priced it either."""
        source = self.currency.get(product_id, currency)
        if source == currency:
            return True, None
        key = (source, currency, day)
        if key not in self._found:
            try:
                self._found[key] = self._rates().convert(Decimal(1), source, currency, day)
            except MissingRate:
                self._found[key] = None
        found = self._found[key]
        return found is not None, found


# The lines to judge in Python: of live orders, priced by a rule and not typed over it, less
# those SQL vouches for, which Python would find priced by the rule or not judge at all: of a
# client without any special price, by a product and column whose price depends on nothing
# else on the order day (`plain`: no quantity break of that column, the day outside the
# promotions covering the product), at that price in the product's currency, or converted
# from it at the line's factor (half-up to the cent, as domain.fx.apply_factor; a factor of
# plain decimal digits, small enough for 64-bit arithmetic). In the order of the lines; read
# order by order (CROSS JOIN keeps that order: each order and its client looked up once, not
# once a line). The vouching is a CASE: SQLite stops at the first condition that fails there,
# where a value of AND and OR (`(...) IS NOT 1`) is worked out whole, the conversion's too.
_FACTOR_DIGITS = "CAST(replace(l.fx_rate, '.', '') AS INTEGER)"
_FACTOR_SCALE = (
    "CAST(substr('1000000000000000', 1, 1 + CASE WHEN instr(l.fx_rate, '.') "
    "THEN length(l.fx_rate) - instr(l.fx_rate, '.') ELSE 0 END) AS INTEGER)"
)
_TO_JUDGE = f"""
WITH plain(k, unit, rule, first, last, currency) AS MATERIALIZED (
    SELECT key, json_extract(value, '$[0]'), json_extract(value, '$[1]'),
        json_extract(value, '$[2]'), json_extract(value, '$[3]'), json_extract(value, '$[4]')
    FROM json_each(?))
SELECT l.line_no, l.product_id, l.quantity, l.unit_price, l.price_rule, l.list_price,
    l.source_price, l.source_currency, l.fx_rate, l.created_at, s.number, s.client_id,
    s.order_date, s.currency
FROM sales_order s LEFT JOIN client c ON c.id = s.client_id
CROSS JOIN order_line l ON l.order_id = s.id
LEFT JOIN plain p ON p.k = l.product_id || '|' || coalesce(c.price_column_id, '')
WHERE l.deleted_at IS NULL AND l.price_rule != '' AND l.list_price IS NULL
    AND s.deleted_at IS NULL
    AND CASE WHEN p.rule = l.price_rule AND (s.order_date < p.first OR s.order_date > p.last)
        AND s.client_id NOT IN (SELECT value FROM json_each(?))
        AND (l.source_price IS NULL AND s.currency = p.currency AND l.unit_price = p.unit
            OR l.source_price = p.unit AND l.source_currency NOT IN ('', s.currency)
            AND length(l.fx_rate) <= 15 AND l.fx_rate GLOB '[0-9]*'
            AND l.fx_rate NOT GLOB '*[^0-9.]*' AND l.fx_rate NOT GLOB '*.*.*'
            AND p.unit BETWEEN 0 AND 2000000000 AND p.unit * {_FACTOR_DIGITS} < 1e18
            AND l.unit_price = (2 * p.unit * {_FACTOR_DIGITS} + {_FACTOR_SCALE})
                / (2 * {_FACTOR_SCALE}))
    THEN 0 ELSE 1 END
ORDER BY l.rowid"""


def price_rule_problems(conn: Connection) -> Iterator[str]:
    """Order lines not priced by the rule at their order date, by order number and line."""
    inputs = RuleInputs(conn)
    unconverted = _Unconverted(conn)
    plain = json.dumps(inputs.plain_prices(unconverted.currency))
    special = json.dumps(sorted({client for client, _product in inputs.special_changed}))
    failed = 0
    for (
        line_no, pid, qty, unit, rule, listed, source, src_cur, fx_rate, written,
        number, client, ordered, currency,
    ) in raw_rows(conn, _TO_JUDGE, (plain, special)):  # fmt: skip
        day = date.fromisoformat(ordered)
        if listed is not None:
            continue  # a price typed over the rule's, which is kept beside it
        if not inputs.unchanged_since(client, pid, written):
            continue
        fx = _conversion(src_cur, currency, fx_rate) if source is not None else None
        if source is None:
            judged, fx = unconverted.fx(pid, currency, day)
            if not judged:
                continue
        found = inputs.decide(client, pid, qty, day, fx)
        if found is None:
            continue
        decision, minor = found
        if rule == decision.rule and unit == minor:  # the common case, without a message
            conversion = decision.conversion  # None for a line not converted (fx None)
            if source is None or (
                conversion is not None and source == to_minor(conversion.source_amount)
            ):
                continue
        why = _line_problem(decision, unit, rule, listed, source, fx_rate)
        if why is not None:
            failed += 1
            if failed <= SHOWN:
                yield f"order {number} line {line_no}: not priced by the rule on {day}: {why}"
    if failed > SHOWN:
        yield f"order lines: {failed - SHOWN} more not priced by the rule"
