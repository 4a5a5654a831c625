"""Stage three: two years of orders, invoices, payments, returns and order events (the payments
become the receivables ledger in kamdesk.demo.receivables)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from functools import cache, lru_cache

from kamdesk.demo.data import activities
from kamdesk.demo.model import (
    DISCOUNT_TEXT,
    LINE_DISCOUNTS,
    LOSS_NOTES,
    LOSS_REASONS,
    OPEN_ORDER_DAYS,
    ZERO,
    DemoClient,
    DemoProduct,
    KeptLine,
    Paid,
    PlannedOrder,
)
from kamdesk.demo.prices import PricingStage
from kamdesk.demo.receivables import ReceivablesStage
from kamdesk.demo.writer import FLUSH_ROWS, ORDER_TABLES, vat_text
from kamdesk.domain.money import (
    Totals,
    from_minor,
    line_amounts,
    line_amounts_minor,
    percent_hundredths,
    qty_from_milli,
    qty_to_milli,
    round_money,
    sum_lines,
    to_minor,
)

Minor = tuple[int, int, int]  # a line's net, VAT and gross in minor units


@lru_cache(maxsize=256)
def _hundredths(percent: Decimal) -> int | None:
    return percent_hundredths(percent)


@cache
def _moment(day: date, hour: int, minute: int) -> str:
    """HistoryStage.at's text (the same few moments of each day come back order after order)."""
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}:00.000000Z"


def _quantity(product: DemoProduct, units: float) -> tuple[Decimal, int]:
    """A line's quantity of about `units`, and in thousandths: whole units, or half kilos of
    what is sold by the kilogram."""
    if product.by_weight:
        halves = max(1, round(units * 2))
        return Decimal(halves) / 2, halves * 500
    whole = max(1, round(units))
    return Decimal(whole), whole * 1000


def _totals(lines: list[Minor]) -> Totals:
    """sum_lines of the lines' amounts (as Decimal: each line's, rounded to the cent, sums to
    a figure of two decimals; no lines sum to zero as sum_lines does)."""
    if not lines:
        return sum_lines(())
    net, vat = sum(a[0] for a in lines), sum(a[1] for a in lines)
    return Totals(from_minor(net), from_minor(vat), from_minor(net + vat))


class HistoryStage(PricingStage, ReceivablesStage):
    """The order history up to `as_of`."""

    # orders, invoices, payments -----------------------------------------------------------

    def plan_orders(self) -> list[PlannedOrder]:
        rng, as_of = self.rng, self.as_of
        plan: list[PlannedOrder] = []
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
                plan.append(PlannedOrder(od, c.index, value, status, invoice_day))
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
        self.contract_ids = self.contracts(plan)
        total = len(plan)
        step = max(1, total // 100)
        self.tell("orders", 0, total)
        for k, o in enumerate(plan):
            seq[o.day.year] = n = seq.get(o.day.year, 0) + 1
            self._order(o, f"SO-{o.day.year}-{n:06d}", invoice_numbers.get(k))
            if len(self.out.rows["order_line"]) >= FLUSH_ROWS:
                self.out.flush(*ORDER_TABLES)
            if (k + 1) % step == 0:
                self.tell("orders", k + 1, total)
        self.out.flush(*ORDER_TABLES)
        self.tell("orders", total, total)

    def _order(self, o: PlannedOrder, number: str, invoice_number: str | None) -> None:
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
        delivery_day = self.weekday(o.day + timedelta(days=1))
        amounts, delivered, kept = self._order_lines(
            c, o, order_id, [(p, w * per_weight) for p, w in zip(picked, weights, strict=True)]
        )
        net = sum(a[0] for a in amounts)
        vat = sum(a[1] for a in amounts)
        gross = net + vat
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
                c.currency,
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
                c.treatment.regime.value,
                c.treatment.reason,
                self.contract_ids[(c.index, o.day.year)],
            ),
        )
        self._order_events(c, order_id, o, delivery_day, gross, invoice_number)
        if o.invoice_day is not None and invoice_number is not None:
            self._invoice(c, order_id, o.invoice_day, invoice_number, _totals(delivered), kept)

    def _order_lines(
        self, c: DemoClient, o: PlannedOrder, order_id: str, picked: list[tuple[int, float]]
    ) -> tuple[list[Minor], list[Minor], list[KeptLine]]:
        """Write an order's lines from (product, value) pairs.

        Returns what was ordered, what was delivered (shipped less refused: what the invoice
        bills) and the lines as kept by the client (for returns).
        """
        rng = self.rng
        stamp = self.stamp(o.day)
        amounts: list[Minor] = []
        delivered: list[Minor] = []
        kept: list[KeptLine] = []
        add = self.out.rows["order_line"].append
        discounts = [d for d in LINE_DISCOUNTS if d <= c.max_discount]
        shipped = o.status in ("shipped", "delivered", "invoiced")
        received = o.status in ("delivered", "invoiced")
        refusal_rate = 0.06 if c.troublesome else 0.008
        scale = self.scale
        for line_no, (p, value) in enumerate(picked, 1):
            product = self.products[p]
            qty, milli = _quantity(product, value * scale / self.prices[p][c.price_column][2])
            discount = ZERO
            if discounts and rng.random() < 0.12:
                discount = rng.choice(discounts)
            lp = self.typed_by_hand(c, self.line_price(c, p, qty, o.day), discount)
            price = lp.unit_price
            unit, rule, note, listed, source, currency, fx_rate, fx_day, fx_source = lp.stored
            vat = c.treatment.rate(product.vat)
            la = self._line_minor(milli, unit, discount, vat)
            amounts.append(la)
            refused, reason = ZERO, ""
            if received and rng.random() < refusal_rate:
                refused, reason = self._refusal(product, qty)
            if received:  # what was kept: the whole line unless some was refused
                delivered.append(
                    self._line_minor(milli - qty_to_milli(refused), unit, discount, vat)
                    if refused
                    else la
                )
            line_id = self.uid()
            kept.append((line_id, product, qty - refused, price, discount, qty))
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
                    milli,
                    unit,
                    DISCOUNT_TEXT[discount],
                    vat_text(vat),
                    *la,
                    rule,
                    note,
                    listed,
                    "",
                    "",
                    milli if shipped else 0,
                    qty_to_milli(refused) if refused else 0,
                    reason,
                    LOSS_NOTES[reason] if reason else "",
                    source,
                    currency,
                    fx_rate,
                    fx_day,
                    fx_source,
                )
            )
            if refused:
                refused_gross = line_amounts(refused, price, discount, vat).gross
                self._refused(c, order_id, o, line_no, refused, reason, refused_gross)
        return amounts, delivered, kept

    def _line_minor(self, milli: int, unit: int, discount: Decimal, vat: Decimal) -> Minor:
        """domain.money.line_amounts of a line in minor units (its integer twin, proven equal
        in tests/unit/domain/test_money.py), through Decimal for a rate finer than 0.01 %."""
        d, r = _hundredths(discount), _hundredths(vat)
        if d is None or r is None:
            la = line_amounts(qty_from_milli(milli), from_minor(unit), discount, vat)
            return to_minor(la.net), to_minor(la.vat), to_minor(la.gross)
        return line_amounts_minor(milli, unit, d, r)

    def _refusal(self, product: DemoProduct, qty: Decimal) -> tuple[Decimal, str]:
        """How much of a line the client refused at delivery, and why."""
        step = Decimal("0.5") if product.by_weight else Decimal(1)
        part = Decimal(self.rng.choice((1, 2, 3, 5))) / 10
        refused = min(qty, max(step, (qty * part / step).to_integral_value() * step))
        return refused, self._loss_reason()

    def _refused(
        self,
        c: DemoClient,
        order_id: str,
        o: PlannedOrder,
        line_no: int,
        refused: Decimal,
        reason: str,
        gross: Decimal,
    ) -> None:
        """The order event of a line refused at delivery."""
        delivery_day = self.weekday(o.day + timedelta(days=1))
        self.out.add(
            "order_event",
            (
                *self.rec(delivery_day),
                order_id,
                c.id,
                self.at(delivery_day, 11, line_no),
                "refused",
                f"Line {line_no}: {refused.normalize():f} refused ({reason})",
                to_minor(gross),
            ),
        )

    def _invoice(
        self,
        c: DemoClient,
        order_id: str,
        issued: date,
        invoice_number: str,
        billed: Totals,
        kept: list[KeptLine],
    ) -> None:
        """The invoice of a delivered order, a return now and then, and the payments."""
        rng = self.rng
        due = issued + timedelta(days=c.terms)
        invoice_id = self.uid()
        istamp = self.stamp(issued)
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
                c.currency,
                to_minor(billed.net),
                to_minor(billed.vat),
                to_minor(billed.gross),
            ),
        )
        credited = ZERO
        if rng.random() < (0.08 if c.troublesome else 0.012):
            credited = self._return(c, order_id, invoice_id, issued, kept)
        owed = billed.gross - credited
        parts = self._payments(c, issued, due, owed)
        whole = len(parts) == 1 and parts[0][1] == owed
        for day, amount in parts:
            method = "bank transfer" if rng.random() < 0.97 else "cash"
            paid = Paid(self.uid(), method, invoice_id, invoice_number, issued, due, day, amount)
            self.pay(c, paid, whole)
        self.owe(c, invoice_number, due, owed - sum((a for _, a in parts), ZERO))

    def at(self, day: date, hour: int, minute: int = 0) -> str:
        """A moment of a business day (UTC), for events that follow each other."""
        return _moment(day, hour, minute % 60)

    def _order_events(
        self,
        c: DemoClient,
        order_id: str,
        o: PlannedOrder,
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
        c: DemoClient,
        order_id: str,
        invoice_id: str,
        issued: date,
        lines: list[KeptLine],
    ) -> Decimal:
        """A credit note for part of one delivered line, some days after the invoice; the
        gross amount credited (0 when it would fall after as_of)."""
        rng = self.rng
        day = self.weekday(issued + timedelta(days=rng.randint(3, 25)))
        line_id, product, kept, price, discount, _ordered = rng.choice(lines)
        if day > self.as_of or kept <= 0:
            return ZERO
        step = Decimal("0.5") if product.by_weight else Decimal(1)
        qty = min(kept, max(step, (kept * Decimal("0.2") / step).to_integral_value() * step))
        reason = self._loss_reason()
        vat = c.treatment.rate(product.vat)
        la = line_amounts(qty, price, discount, vat)
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
                c.currency,
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
                DISCOUNT_TEXT[discount],
                vat_text(vat),
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
        self, c: DemoClient, issued: date, due: date, gross: Decimal
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
