"""The receivables ledger of the history: payments as a bank reports them, allocated to the
invoices they settle, one overpayment kept as credit, and the dunning steps of late payers.

The history decides when and how much each client pays on each invoice (HistoryStage._payments,
on the main random stream). This stage turns those amounts into the ledger the app keeps: a
payment names no invoice but is allocated (`payment_allocation`); now and then one bank
transfer pays two or three invoices at once (it leaves on the day of the last of them); the
fields are what a bank statement gives (the order's number, the payer, its tax number, the
purpose citing the invoices, the bank's reference and the duplicate key an import would
compute), and a payment from a statement carries the id an import would give it. Its own
choices draw from `self.ledger`, so the rest of the demo stays as it was.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from kamdesk.demo.base import StageBase
from kamdesk.demo.model import ZERO, DemoClient, Paid, Transfer
from kamdesk.domain.bank_statement import BankPayment, duplicate_key
from kamdesk.domain.money import to_minor
from kamdesk.domain.natural_keys import bank_payment_id, payment_allocation_id

BANK = "bank transfer"
GROUP_DAYS = 21  # invoices paid together fall due within three weeks of each other
GROUP_SHARE = 0.1  # of the whole payments by bank, those that start a transfer for several


class ReceivablesStage(StageBase):
    """Payments, allocations, the overpayment and the dunning steps."""

    def pay(self, c: DemoClient, paid: Paid, whole: bool) -> None:
        """One payment the history decided; `whole`: it pays the invoice in full at once."""
        book = self.book
        held = book.held.get(c.index)
        can_join = whole and paid.method == BANK
        if (
            held is not None
            and can_join
            and held.first.method == BANK
            and len(held.lines) < held.size
            and abs((paid.day - held.first.day).days) <= GROUP_DAYS
        ):
            held.lines.append(paid)
            held.day = max(held.day, paid.day)
            return
        if held is not None:
            self._emit(c, held)
        size = 1
        if can_join and self.ledger.random() < GROUP_SHARE:
            size = self.ledger.choice((2, 2, 3))
        book.held[c.index] = Transfer(paid, size, [paid], paid.day)

    def owe(self, c: DemoClient, number: str, due: date, left: Decimal) -> None:
        """What the history left unpaid on an invoice at as_of."""
        if left <= 0:
            return
        self.book.owed[c.index] = self.book.owed.get(c.index, ZERO) + left
        if due < self.as_of:
            day_after = self.as_of + timedelta(days=1)
            self.book.late.setdefault(c.index, []).append((due, day_after, number))

    def receivables(self) -> None:
        """After the history: the overpayment, the payments still being put together, the
        dunning steps."""
        book = self.book
        self._overpay()
        for index in sorted(book.held):
            self._emit(self.clients[index], book.held[index])
        book.held.clear()
        self.dunning()
        self.out.flush("payment", "payment_allocation", "dunning_step")

    def _overpay(self) -> None:
        """One client paid more than its invoice asked: a client with nothing else open if
        there is one (a dormant or lost one first), so that it stands in credit."""
        book = self.book
        by_bank = [
            c
            for c in self.clients
            if c.index in book.held and book.held[c.index].first.method == BANK and not c.overdue
        ]
        settled = [c for c in by_bank if book.owed.get(c.index, ZERO) == 0]
        gone = [c for c in settled if c.status in ("dormant", "lost")]
        pool = gone or settled or by_bank
        if not pool:
            return
        transfer = book.held[self.ledger.choice(pool).index]
        amount = sum((p.amount for p in transfer.lines), ZERO)
        # rounded up to the next two significant digits, as one types an amount in a hurry
        step = Decimal(10) ** max(0, len(str(int(amount))) - 2)
        transfer.extra = (amount // step + 1) * step - amount

    def _purpose(self, lines: list[Paid]) -> str:
        numbers = ", ".join(p.number for p in lines)
        if self.supplier.code == "RU":
            if len(lines) == 1:
                return f"Оплата по счёту № {numbers} от {lines[0].issued:%d.%m.%Y}"
            return f"Оплата по счетам № {numbers}"
        return (
            f"Payment of invoice {numbers}" if len(lines) == 1 else f"Payment of invoices {numbers}"
        )

    def _emit(self, c: DemoClient, t: Transfer) -> None:
        """Write the payment and its allocations; remember the invoices it paid late."""
        book, day = self.book, t.day
        total = sum((p.amount for p in t.lines), ZERO) + t.extra
        purpose = self._purpose(t.lines)
        doc_number = reference = bank_key = source = ""
        payment_id = t.first.payment_id
        if t.first.method == BANK:
            # the client's payment orders are numbered on from where its bank's count stood
            last = book.doc_numbers.get(c.index) or self.ledger.randint(40, 900)
            book.doc_numbers[c.index] = n = last + 1
            doc_number = str(n)
            # a Russian bank exports its ruble account as 1CClientBankExchange; other accounts
            # and banks as CSV
            rubles = self.supplier.code == "RU" and c.currency == "RUB"
            source = "1c" if rubles else "csv"
            if source == "csv":  # a 1C statement rarely carries the bank's identifier
                book.references += 1
                reference = f"TR{day:%y%m%d}{book.references:07d}"
            bank_key = duplicate_key(
                BankPayment(
                    date=day,
                    number=doc_number,
                    amount=total,
                    currency=c.currency,
                    payer_account="",
                    payer_tax_id=c.tax_id,
                    payer_kpp="",
                    payer_name=c.legal_name,
                    recipient_account=self.supplier.company.bank_account,
                    purpose=purpose,
                    reference=reference,
                )
            )
            payment_id = bank_payment_id(bank_key)
        stamp = self.stamp(day)
        self.out.add(
            "payment",
            (
                payment_id, stamp, stamp, 1, None,
                c.id, None, day.isoformat(), to_minor(total), c.currency, t.first.method,
                reference, doc_number, c.legal_name, c.tax_id, purpose, bank_key, source, "",
                None,
            ),
        )  # fmt: skip
        for p in t.lines:
            self.out.add(
                "payment_allocation",
                (
                    payment_allocation_id(payment_id, p.invoice_id, 0), stamp, stamp, 1, None,
                    c.id, payment_id, p.invoice_id, to_minor(p.amount), day.isoformat(),
                ),
            )  # fmt: skip
            if (day - p.due).days > 1:
                book.late.setdefault(c.index, []).append((p.due, day, p.number))

    # dunning ------------------------------------------------------------------------------

    def dunning(self) -> None:
        """Reminders and calls while invoices were overdue; supplies blocked for the worst
        client still owing, and for one that paid very late (unblocked when it paid)."""
        rng, as_of, book = self.ledger, self.as_of, self.book
        still: list[tuple[date, int]] = []  # (oldest open due date, client) owing at as_of
        past: list[tuple[int, int]] = []  # (-days late, client) of episodes now over
        for c in self.clients:
            episodes = sorted(book.late.get(c.index, ()))
            last = date.min
            for due, paid, number in episodes:
                hi = min(paid - timedelta(days=1), as_of)
                now = paid > as_of
                if now:
                    still.append((due, c.index))
                elif (paid - due).days >= 20:
                    past.append((-(paid - due).days, c.index))
                # a few days late is not chased; a longer delay now and then, and every debt
                # still open
                if (hi - due).days < 4 or (
                    not now and ((hi - due).days < 10 or rng.random() < 0.7)
                ):
                    continue
                day = self.weekday(due + timedelta(days=rng.randint(1, 5)))
                if day > hi or (day - last).days < 20:
                    continue  # one reminder covers the invoices of the weeks around it
                last = day
                self._step(c, "reminder", day, f"Reminder sent: invoice {number} due {due}")
                call = self.weekday(day + timedelta(days=rng.randint(5, 12)))
                if call <= hi and (now or rng.random() < 0.3):
                    self._step(c, "call", call, f"Called the accountant about invoice {number}")
        blocked = self._block_worst(sorted(still))
        self._block_and_lift(sorted(p for p in past if p[1] != blocked))

    def _block_worst(self, still: list[tuple[date, int]]) -> int:
        """Supplies blocked for the client whose oldest unpaid invoice is the oldest."""
        if not still:
            return -1
        due, index = still[0]
        day = min(self.as_of, self.weekday(due + timedelta(days=self.ledger.randint(30, 45))))
        if day > due:
            self._step(self.clients[index], "blocked", day, "Supplies blocked until it pays")
        return index

    def _block_and_lift(self, past: list[tuple[int, int]]) -> None:
        """The client that once paid latest: blocked while it owed, unblocked when it paid."""
        if not past:
            return
        index = past[0][1]
        episodes = [(due, paid) for due, paid, _ in self.book.late[index] if paid <= self.as_of]
        due, paid = max(episodes, key=lambda e: ((e[1] - e[0]).days, e[0]))
        c = self.clients[index]
        span = (paid - due).days
        block = self.weekday(due + timedelta(days=self.ledger.randint(10, span - 5)))
        self._step(c, "blocked", block, "Supplies blocked until it pays")
        self._step(c, "unblocked", paid, "Payment received: supplies resumed")

    def _step(self, c: DemoClient, step: str, day: date, note: str) -> None:
        stamp = self.stamp(day)
        row = (self.ledger_uid(), stamp, stamp, 1, None, c.id, step, day.isoformat(), c.kam, note)
        self.out.add("dunning_step", row)
