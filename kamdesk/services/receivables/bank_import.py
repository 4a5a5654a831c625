"""Payments from a bank statement (1CClientBankExchange or CSV) onto the receivables ledger.

plan_import reads the database and writes nothing: each payment to the company is matched to a
client by the payer's tax id (and КПП), to the invoices its purpose cites, and recognised when
it was imported before (or appears twice in the file); every problem is listed row by row. A
payer no client has (the bank's interest, a supplier's refund, someone unknown) is left out and
listed, as documents not paid to the company are; money in another currency than the client's
(roubles from a client billed in EUR) is posted converted at the payment day's rate.
apply_import posts the new payments in the caller's unit of work, all or nothing: cited invoices
first, each up to what is open on it, the rest oldest first, what is left the client's credit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.bank_matching import (
    InvoiceNumbers,
    Party,
    PayerIndex,
    after,
    spread,
)
from kamdesk.domain.bank_statement import (
    BankPayment,
    Statement,
    StatementProblem,
    duplicate_key,
)
from kamdesk.domain.fx import Conversion, RateBook
from kamdesk.domain.money import ZERO
from kamdesk.domain.natural_keys import bank_payment_id
from kamdesk.domain.receivables import AllocationPlan, OpenInvoice
from kamdesk.errors import UserError
from kamdesk.messages import _, day, ngettext
from kamdesk.models import Client, Company, Invoice, Payment
from kamdesk.services.prices.rates import rate_book
from kamdesk.services.queries import in_chunks, live
from kamdesk.services.receivables import posting
from kamdesk.services.receivables.ledger_rows import in_money, load_ledgers

# (done, total): called now and then while a long file is planned or posted
Progress = Callable[[int, int], None]

NEW, IMPORTED, REPEATED, PROBLEM = "new", "imported before", "repeated in the file", "problem"
NOT_CLIENT = "not a client"
FUTURE_DAYS = posting.FUTURE_DAYS
_EVERY = 50  # rows between two progress calls


@dataclass(frozen=True)
class PlannedPayment:
    """One payment of the file and what the import would do with it. allocations: (invoice
    id, invoice number, amount) as the ledger stands now; status NEW, IMPORTED, REPEATED,
    NOT_CLIENT (left out) or PROBLEM (then messages say what is wrong; for a new payment they
    are remarks, such as a cited invoice already paid). fx: how a payment in another currency
    than the client's converts into it (allocations and credit are in the client's currency)."""

    payment: BankPayment
    key: str
    status: str
    client_id: str = ""
    client_name: str = ""
    cited: tuple[str, ...] = ()
    allocations: tuple[tuple[str, str, Decimal], ...] = ()
    credit: Decimal = ZERO
    messages: tuple[str, ...] = ()
    fx: Conversion | None = None

    @property
    def row(self) -> int:
        return self.payment.row

    @property
    def amount(self) -> Decimal:
        """What the client's balance gets: the amount received, converted when it must be."""
        return self.payment.amount if self.fx is None else self.fx.amount

    @property
    def currency(self) -> str:
        return self.payment.currency if self.fx is None else self.fx.target_currency


@dataclass(frozen=True)
class ImportPlan:
    layout: str  # "1c" | "csv" | ""
    version: str
    rows: tuple[PlannedPayment, ...] = ()
    problems: tuple[StatementProblem, ...] = ()
    # documents of the file not paid into the company's accounts, or moved between them
    not_ours: int = 0
    notes: tuple[str, ...] = ()  # the statement's: control characters removed, where

    @property
    def source(self) -> str:
        return "1c" if self.layout == "1c" else "csv"

    @property
    def new(self) -> tuple[PlannedPayment, ...]:
        return tuple(r for r in self.rows if r.status == NEW)

    @property
    def skipped(self) -> tuple[PlannedPayment, ...]:
        return tuple(r for r in self.rows if r.status in (IMPORTED, REPEATED))

    @property
    def not_clients(self) -> tuple[PlannedPayment, ...]:
        """Payments from payers no client has: left out, the rest is imported."""
        return tuple(r for r in self.rows if r.status == NOT_CLIENT)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class PostedPayment:
    row: int
    payment_id: str
    client_name: str
    date: date
    amount: Decimal  # in the client's currency, as the ledger has it
    currency: str
    allocations: tuple[tuple[str, Decimal], ...]  # invoice number, amount
    credit: Decimal
    notes: tuple[str, ...] = ()
    fx: Conversion | None = None  # what was received, when in another currency


def _posted(row: PlannedPayment, payment_id: str = "") -> PostedPayment:
    return PostedPayment(
        row=row.row,
        payment_id=payment_id,
        client_name=row.client_name,
        date=row.payment.date,
        amount=row.amount,
        currency=row.currency,
        allocations=tuple((number, amount) for _id, number, amount in row.allocations),
        credit=row.credit,
        notes=row.messages,
        fx=row.fx,
    )


@dataclass(frozen=True)
class ImportResult:
    posted: tuple[PostedPayment, ...] = ()
    skipped: tuple[PlannedPayment, ...] = ()
    not_ours: int = 0
    dry_run: bool = False
    planned: tuple[PlannedPayment, ...] = field(default=())
    not_clients: tuple[PlannedPayment, ...] = ()


# --- reading what the database knows ----------------------------------------------------------


def company_accounts(session: Session) -> list[str]:
    """The company's bank account(s) from its profile (several may be written, separated by
    commas, semicolons or lines)."""
    row = session.scalar(select(Company.bank_account).where(live(Company)).limit(1))
    return [a.strip() for a in re.split(r"[,;\n]+", row or "") if a.strip()]


def _parties(session: Session) -> list[Party]:
    rows = session.execute(
        select(
            Client.id, Client.name, Client.currency, Client.tax_id, Client.kpp, Client.vat_number
        ).where(live(Client))
    ).all()
    return [Party(*(str(v or "") for v in row)) for row in rows]


@dataclass
class _Invoices:
    """Every live invoice: by number (id, client), and each matched client's open invoices,
    kept up to date as the plan spends the file's payments on them."""

    by_number: dict[str, tuple[str, str]]
    numbers: InvoiceNumbers
    open: dict[str, list[OpenInvoice]] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session) -> _Invoices:
        rows = session.execute(
            select(Invoice.number, Invoice.id, Invoice.client_id).where(live(Invoice))
        ).all()
        by_number = {str(n): (str(i), str(c)) for n, i, c in rows if n}
        return cls(by_number, InvoiceNumbers(by_number))

    def load_open(self, session: Session, client_ids: Sequence[str]) -> None:
        session.flush()
        ledgers = load_ledgers(session.connection(), list(client_ids))
        for cid in client_ids:
            ledger = ledgers.get(cid)
            self.open[cid] = [] if ledger is None else in_money(ledger).open_invoices()


def posted_keys(session: Session, keys: Sequence[str]) -> set[str]:
    """The keys among `keys` that posting.already_posted says are on the ledger, found in a
    few queries rather than two per payment."""
    found: set[str] = set()
    unique = list(dict.fromkeys(keys))
    for chunk in in_chunks(unique):
        found.update(
            session.scalars(
                select(Payment.bank_key).where(Payment.bank_key.in_(chunk), live(Payment))
            ).all()
        )
    by_id = {bank_payment_id(k): k for k in unique}
    for chunk in in_chunks(list(by_id)):
        found.update(
            by_id[i] for i in session.scalars(select(Payment.id).where(Payment.id.in_(chunk)))
        )
    return found


# --- the plan ---------------------------------------------------------------------------------


def plan_import(
    session: Session,
    statement: Statement,
    *,
    today: date,
    progress: Progress | None = None,
    accounts: Sequence[str] | None = None,
) -> ImportPlan:
    """What importing the statement would do; nothing is written. `accounts`: the company's
    accounts (default: its profile's) that a 1C document must be paid into; only those
    documents are checked and imported, the others are counted in not_ours."""
    if statement.layout == "1c" and statement.documents:
        ours = company_accounts(session) if accounts is None else list(accounts)
        if not ours:
            message = _(
                "the company profile has no bank account: set it (Settings > Company) so that "
                "payments into it can be told from the others"
            )

            return ImportPlan("1c", statement.version, problems=(StatementProblem(0, message),))
        statement = statement.paid_into(ours)
    not_ours = statement.not_ours
    if not statement.ok:
        return ImportPlan(
            statement.layout,
            statement.version,
            problems=statement.problems,
            not_ours=not_ours,
            notes=statement.notes,
        )
    index = PayerIndex(_parties(session), by_vat=statement.layout != "1c")
    invoices = _Invoices.load(session)
    context = _Context(index, invoices, rate_book(session), today)
    rows = _match_all(session, statement.payments, context, progress=progress)
    problems = tuple(
        StatementProblem(r.row, message, r.payment.number)
        for r in rows
        if r.status == PROBLEM
        for message in r.messages
    )
    return ImportPlan(
        statement.layout, statement.version, tuple(rows), problems, not_ours, statement.notes
    )


@dataclass
class _Context:
    """What matching a payment reads: the clients, the invoices, the rates and the day."""

    index: PayerIndex
    invoices: _Invoices
    rates: RateBook
    today: date


def _match_all(
    session: Session,
    payments: Sequence[BankPayment],
    context: _Context,
    *,
    progress: Progress | None,
) -> list[PlannedPayment]:
    first_row: dict[str, int] = {}
    matched: list[PlannedPayment] = []
    before = posted_keys(session, [duplicate_key(p) for p in payments])
    for done, payment in enumerate(payments, start=1):
        key = duplicate_key(payment)
        if key in first_row:
            again = _("the same payment as row {row}").format(row=first_row[key])
            matched.append(PlannedPayment(payment, key, REPEATED, messages=(again,)))
        elif key in before:
            said = _("imported before (the same bank reference or date, number, payer and amount)")
            matched.append(PlannedPayment(payment, key, IMPORTED, messages=(said,)))
        else:
            matched.append(_match(payment, key, context))
        first_row.setdefault(key, payment.row)
        if progress is not None and (done % _EVERY == 0 or done == len(payments)):
            progress(done, len(payments))
    invoices = context.invoices
    clients = sorted({r.client_id for r in matched if r.status == NEW})
    invoices.load_open(session, clients)
    # the file's payments spend the open amounts in the order they will be posted
    planned = {id(r): r for r in matched}
    for r in sorted((r for r in matched if r.status == NEW), key=_posting_order):
        planned[id(r)] = _spend(r, invoices)
    return [planned[id(r)] for r in matched]


def _posting_order(row: PlannedPayment) -> tuple[date, int]:
    return row.payment.date, row.row


def _match(payment: BankPayment, key: str, context: _Context) -> PlannedPayment:
    index, invoices = context.index, context.invoices
    party, why = index.match(payment.payer_tax_id, payment.payer_kpp)
    if party is None and not index.knows(payment.payer_tax_id):
        return _not_a_client(payment, key, why, invoices)
    problems: list[str] = []
    fx = None
    if party is None:
        problems.append(
            _("{problem} ({payer})").format(problem=why, payer=payment.payer_name)
            if payment.payer_name
            else why
        )
    else:
        try:
            fx = posting.received(
                context.rates, payment.amount, payment.currency, party.currency, payment.date
            )
        except UserError as exc:
            problems.append(
                _(
                    "the payment is in {currency} and {client} is billed in {client_currency}: "
                    "{reason}"
                ).format(
                    currency=payment.currency,
                    client=party.name,
                    client_currency=party.currency,
                    reason=exc,
                )
            )
    if payment.amount <= 0:
        problems.append(_("the amount must be above zero"))
    if payment.date > context.today + timedelta(days=FUTURE_DAYS):
        problems.append(
            _("dated {day}, after tomorrow: money not yet received cannot be posted").format(
                day=day(payment.date)
            )
        )
    cited: list[str] = []
    for number in invoices.numbers.cited(payment.purpose):
        invoice_id, owner = invoices.by_number[number]
        if party is not None and owner != party.id:
            problems.append(
                _("invoice {number} named in the purpose is another client's").format(number=number)
            )
        else:
            cited.append(invoice_id)
    return PlannedPayment(
        payment,
        key,
        PROBLEM if problems else NEW,
        client_id=party.id if party else "",
        client_name=party.name if party else "",
        cited=tuple(cited),
        messages=tuple(problems),
        fx=fx,
    )


def _not_a_client(payment: BankPayment, key: str, why: str, invoices: _Invoices) -> PlannedPayment:
    """A payer no client has: left out, saying why (and which invoices it names, to post by
    hand if it pays a client's after all)."""
    said = (
        _("not a client: {problem} ({payer})").format(problem=why, payer=payment.payer_name)
        if payment.payer_name
        else _("not a client: {problem}").format(problem=why)
    )
    named = invoices.numbers.cited(payment.purpose)
    if named:
        said = _("{problem}; it names invoice {numbers}: post it by hand if it pays it").format(
            problem=said, numbers=", ".join(named)
        )
    return PlannedPayment(payment, key, NOT_CLIENT, messages=(said,))


def _spend(row: PlannedPayment, invoices: _Invoices) -> PlannedPayment:
    open_now = invoices.open.get(row.client_id, [])
    plan = spread(row.amount, open_now, row.cited)
    invoices.open[row.client_id] = after(open_now, plan)
    numbers = {i.id: i.number for i in open_now}
    lines = tuple((iid, numbers.get(iid, iid), amount) for iid, amount in plan.lines)
    paid = {iid for iid, _amount in plan.lines}
    by_id = {iid: number for number, (iid, _client) in invoices.by_number.items()}
    closed = [by_id.get(iid, iid) for iid in row.cited if iid not in paid]
    notes = tuple(
        _("invoice {number} named in the purpose has nothing open").format(number=n) for n in closed
    )
    return replace(row, allocations=lines, credit=plan.credit, messages=notes)


# --- posting ----------------------------------------------------------------------------------


def refusal(plan: ImportPlan) -> str:
    """The UserError text for a plan with problems: every problem on its line."""
    n = len(plan.problems)
    head = ngettext(
        "Nothing was imported: {n} problem in the file.",
        "Nothing was imported: {n} problems in the file.",
        n,
    ).format(n=n)

    return "\n".join([head, *(p.line() for p in plan.problems)])


def apply_import(
    session: Session,
    plan: ImportPlan,
    *,
    today: date,
    progress: Progress | None = None,
) -> ImportResult:
    """Post every new payment of the plan, in date order; nothing at all if the plan has a
    problem (UserError). The allocation is worked out again on the ledger as it stands (read
    once, then kept as the payments are posted; posting checks each allocation on the ledger)."""
    if plan.problems:
        raise UserError(refusal(plan))
    new = sorted(plan.new, key=_posting_order)
    opens = _Invoices({}, InvoiceNumbers(()))
    opens.load_open(session, sorted({r.client_id for r in new}))
    rates = rate_book(session) if any(r.fx is not None for r in new) else None
    posted: list[PostedPayment] = []
    for done, row in enumerate(new, start=1):
        posted.append(_post(session, plan, row, opens, today=today, rates=rates))
        if progress is not None and (done % _EVERY == 0 or done == len(new)):
            progress(done, len(new))
    posted.sort(key=lambda p: p.row)
    return ImportResult(
        tuple(posted), plan.skipped, plan.not_ours, planned=plan.rows, not_clients=plan.not_clients
    )


def _post(
    session: Session,
    plan: ImportPlan,
    row: PlannedPayment,
    opens: _Invoices,
    *,
    today: date,
    rates: RateBook | None,
) -> PostedPayment:
    p = row.payment
    open_now = opens.open[row.client_id]
    lines = spread(row.amount, open_now, row.cited).lines
    entry = posting.PaymentEntry(
        client_id=row.client_id,
        payment_date=p.date,
        amount=p.amount,
        currency=p.currency,
        reference=p.reference,
        doc_number=p.number,
        payer_name=p.payer_name,
        payer_tax_id=p.payer_tax_id,
        purpose=p.purpose,
        source=plan.source,
        bank_key=row.key,
    )
    try:
        done = posting.post_payment(session, entry, today=today, manual=list(lines), rates=rates)
    except UserError as exc:
        raise UserError(StatementProblem(row.row, str(exc), p.number).line()) from exc

    opens.open[row.client_id] = after(open_now, AllocationPlan(done.allocations, done.credit))
    numbers = {i.id: i.number for i in open_now}
    spent = tuple((i, numbers.get(i, i), a) for i, a in done.allocations)
    return _posted(replace(row, allocations=spent, credit=done.credit), done.payment_id)


def dry_run(plan: ImportPlan) -> ImportResult:
    """What apply_import would report, from the plan alone (nothing posted)."""
    return ImportResult(
        tuple(_posted(r) for r in plan.new),
        plan.skipped,
        plan.not_ours,
        dry_run=True,
        planned=plan.rows,
        not_clients=plan.not_clients,
    )
