"""Bank statements read into payments: the 1C client-bank exchange file and a plain CSV.

Pure: bytes in, records or problems out. Every row is checked before anything is returned, and
the caller gets either every payment of the file or the list of what is wrong with it, row by
row; never a part, so an import can write all or nothing. A 1C file lists the company's outgoing
payments too: Statement.paid_into keeps only the documents paid into the company's accounts, and
only those must be complete (another's document missing its Номер does not refuse the file).

The 1C format (`1CClientBankExchange`, versions 1.02 and 1.03) is key=value lines: a header, one
`СекцияРасчСчет` ... `КонецРасчСчет` per account, one `СекцияДокумент=<kind>` ... `КонецДокумента`
per payment, and `КонецФайла`. Its first line is ASCII in both encodings it allows, so it is read
before the text is decoded; `Кодировка=Windows` is cp1251 and `Кодировка=DOS` is cp866.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal

from kamdesk.domain.limits import MAX_TEXT_CHARS, LimitExceeded, check_rows, length_problem
from kamdesk.domain.money import AmountError, parse_decimal, parse_money, to_minor
from kamdesk.domain.spreadsheet import clean_text
from kamdesk.messages import _

MARKER_1C = "1CClientBankExchange"
VERSIONS_1C: tuple[str, ...] = ("1.02", "1.03")
ENCODINGS_1C: Mapping[str, str] = {"windows": "cp1251", "dos": "cp866"}
CSV_HEADERS: tuple[str, ...] = (
    "date",
    "amount",
    "currency",
    "payer_tax_id",
    "payer_name",
    "reference",
    "purpose",
)
CSV_REQUIRED: tuple[str, ...] = ("date", "amount", "currency")
# A payment dated a little ahead is a bank's value date; far ahead is a typo.
FUTURE_DAYS = 7
RUBLE = "RUB"

_AMOUNT_1C = re.compile(r"^\d+(\.\d{1,2})?$")
_DATE_RU = re.compile(r"^(\d{2})\.(\d{2})\.(\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_ENCODING_KEY = "Кодировка="


@dataclass(frozen=True)
class BankPayment:
    """One payment of a statement. row is where it stands in the file (the 1C document's ordinal,
    or the CSV line with the header as line 1); it is not part of the payment's identity."""

    date: date
    number: str
    amount: Decimal
    currency: str
    payer_account: str
    payer_tax_id: str
    payer_kpp: str
    payer_name: str
    recipient_account: str
    purpose: str
    reference: str = ""
    row: int = field(default=0, compare=False)


@dataclass(frozen=True)
class StatementProblem:
    """Something wrong in the file. row 0 is the file as a whole; number is the 1C document's
    Номер when it has one."""

    row: int
    message: str
    number: str = ""

    def line(self) -> str:
        if self.row <= 0:
            return self.message
        if self.number:
            said = _("document {row} (№ {number}): {message}")
        else:
            said = _("row {row}: {message}")
        return said.format(row=self.row, number=self.number, message=self.message)


@dataclass(frozen=True)
class Document1C:
    """A 1C document as read: whose account it was paid from and into, and its payment or
    what is wrong with it."""

    payer_account: str
    recipient_account: str
    payment: BankPayment | None
    problems: tuple[StatementProblem, ...]


@dataclass(frozen=True)
class Statement:
    """What a file held: every payment, or (when anything is wrong) no payment and the problems.
    A 1C file also keeps its documents (and the problems of the file as a whole) for paid_into.
    not_ours: the documents paid_into left out."""

    layout: str  # "1c" | "csv" | "" when unknown
    version: str
    payments: tuple[BankPayment, ...]
    problems: tuple[StatementProblem, ...]
    documents: tuple[Document1C, ...] = field(default=(), compare=False, repr=False)
    file_problems: tuple[StatementProblem, ...] = field(default=(), compare=False, repr=False)
    not_ours: int = 0
    notes: tuple[str, ...] = ()  # what reading changed: control characters removed, where

    @property
    def ok(self) -> bool:
        return not self.problems

    def paid_into(self, our_accounts: Iterable[str]) -> Statement:
        """The documents paid into one of `our_accounts` from another account (money moved
        between the company's accounts is no client's): only theirs are checked; the others are
        counted in not_ours. A CSV (no documents) is returned as it is."""
        if self.layout != "1c":
            return self
        ours = {_account(a) for a in our_accounts if _account(a)}
        kept = [
            d
            for d in self.documents
            if _account(d.recipient_account) in ours and _account(d.payer_account) not in ours
        ]
        problems = [*self.file_problems, *(p for d in kept for p in d.problems)]
        payments = [d.payment for d in kept if d.payment is not None]
        found = _result(self.layout, self.version, payments, problems)
        return replace(found, not_ours=len(self.documents) - len(kept), notes=self.notes)


def _result(
    layout: str,
    version: str,
    payments: Sequence[BankPayment],
    problems: Sequence[StatementProblem],
) -> Statement:
    # all or nothing: a file with one bad row gives no payment at all
    kept = () if problems else tuple(payments)
    return Statement(layout, version, kept, tuple(problems))


def parse_statement(data: bytes, *, today: date) -> Statement:
    """Read a bank file of either layout; an unknown layout is a file-level problem."""
    if is_1c(data):
        return parse_1c(data, today=today)
    return parse_csv(data, today=today)


def is_1c(data: bytes) -> bool:
    first = data.lstrip(b"\xef\xbb\xbf").split(b"\n", 1)[0]
    return first.strip() == MARKER_1C.encode("ascii")


# --- shared field rules ---------------------------------------------------------------------


def parse_date(text: str) -> date:
    """dd.mm.yyyy (what banks print) or ISO yyyy-mm-dd; ValueError otherwise."""
    s = text.strip()
    ru, iso = _DATE_RU.match(s), _DATE_ISO.match(s)
    if ru:
        day, month, year = (int(g) for g in ru.groups())
    elif iso:
        year, month, day = (int(g) for g in iso.groups())
    else:
        raise ValueError(
            _("not a date: {text!r} (write dd.mm.yyyy or yyyy-mm-dd)").format(text=text)
        )
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ValueError(_("no such day: {text!r}").format(text=text)) from exc


def _checked_date(text: str, today: date, bad: Callable[[str], None]) -> date | None:
    if not text.strip():
        bad(_("no date"))
        return None
    try:
        value = parse_date(text)
    except ValueError as exc:
        bad(str(exc))
        return None
    if value > today + timedelta(days=FUTURE_DAYS):
        bad(
            _("date {day} is more than {n} days after today").format(
                day=f"{value:%d.%m.%Y}", n=FUTURE_DAYS
            )
        )
        return None
    return value


def _checked_amount(text: str, bad: Callable[[str], None], *, strict: bool) -> Decimal | None:
    """strict: the 1C form (digits, a point, at most two decimals); else as people type it."""
    s = text.strip()
    if not s:
        bad(_("no amount"))
        return None
    if strict and not (_AMOUNT_1C.match(s) or s.startswith("-")):
        bad(_("amount {text!r} is not a number like 1500.00").format(text=text))
        return None
    try:
        value = parse_decimal(s)
        if value <= 0:
            bad(_("amount {text!r} must be more than zero").format(text=text))
            return None
        to_minor(value)
        return parse_money(s)
    except AmountError as exc:
        bad(_("amount {text!r}: {problem}").format(text=text, problem=exc))
        return None


# --- 1C client-bank exchange ----------------------------------------------------------------


@dataclass
class _Document:
    ordinal: int
    kind: str
    fields: dict[str, str] = field(default_factory=dict)


def _encoding_1c(data: bytes) -> tuple[str, str]:
    """(codec, problem): the codec whose spelling of `Кодировка=` the file holds, checked
    against the value written there."""
    for name in ("cp1251", "cp866", "utf-8"):
        key = _ENCODING_KEY.encode(name)
        at = data.find(key)
        if at < 0:
            continue
        value = data[at + len(key) :].split(b"\n", 1)[0].decode("ascii", "replace").strip()
        codec = ENCODINGS_1C.get(value.lower())
        if codec is None:
            return "", _("unknown Кодировка={value!r} (Windows or DOS)").format(value=value)
        if codec != name:
            return "", _("Кодировка={value} but the file is written in another encoding").format(
                value=value
            )
        return codec, ""
    return "", _("no Кодировка= line (Windows or DOS)")


def _read_1c(
    lines: Sequence[str],
) -> tuple[dict[str, str], list[_Document], list[StatementProblem]]:
    """The header's keys, the documents in order, and structural problems."""
    header: dict[str, str] = {}
    documents: list[_Document] = []
    problems: list[StatementProblem] = []
    section = ""  # "", "account" or "document"
    ended = False
    for number, raw in enumerate(lines[1:], start=2):
        line = raw.strip()
        if not line:
            continue
        if ended:
            said = _("line {n}: text after КонецФайла").format(n=number)
            problems.append(StatementProblem(0, said))
            break
        key, sep, value = line.partition("=")
        if section and key in ("СекцияРасчСчет", "СекцияДокумент", "КонецФайла"):
            problems.append(_unclosed(section, documents, number))
            section = ""
        if key == "КонецФайла":
            ended = True
        elif key == "СекцияРасчСчет":
            section = "account"
        elif key == "КонецРасчСчет" and section == "account":
            section = ""
        elif key == "СекцияДокумент":
            section = "document"
            documents.append(_Document(len(documents) + 1, value.strip()))
        elif key == "КонецДокумента" and section == "document":
            section = ""
        elif not sep:
            said = _("line {n}: not key=value: {text!r}").format(n=number, text=line[:60])
            problems.append(StatementProblem(0, said))
        elif section == "document":
            documents[-1].fields[key.strip()] = value.strip()
        elif not section:
            header[key.strip()] = value.strip()
    if not ended:
        if section:
            problems.append(_unclosed(section, documents, len(lines)))
        problems.append(StatementProblem(0, _("the file is cut short: no КонецФайла")))
    return header, documents, problems


def _unclosed(section: str, documents: Sequence[_Document], line: int) -> StatementProblem:
    if section == "document":
        doc = documents[-1]
        message = _("КонецДокумента missing before line {n}: the file is cut short").format(n=line)
        return StatementProblem(doc.ordinal, message, doc.fields.get("Номер", "") or "?")
    said = _("line {n}: КонецРасчСчет missing: the file is cut short").format(n=line)
    return StatementProblem(0, said)


def _document_payment(
    doc: _Document, today: date
) -> tuple[BankPayment | None, list[StatementProblem]]:
    """The document's payment, dated the day the money was credited (ДатаПоступило) when the
    bank writes it, else the document's date."""
    f = doc.fields
    number = f.get("Номер", "")
    problems: list[StatementProblem] = []

    def bad(message: str) -> None:
        problems.append(StatementProblem(doc.ordinal, message, number or "?"))

    if not number:
        bad(_("no Номер"))
    for key, value in f.items():
        if length_problem(key, value, MAX_TEXT_CHARS):
            bad(length_problem(key, value, MAX_TEXT_CHARS))
    when = _checked_date(f.get("ДатаПоступило") or f.get("Дата", ""), today, bad)
    amount = _checked_amount(f.get("Сумма", ""), bad, strict=True)
    if not f.get("ПолучательСчет"):
        bad(_("no ПолучательСчет"))
    if problems or when is None or amount is None:
        return None, problems
    payment = BankPayment(
        date=when,
        number=number,
        amount=amount,
        currency=RUBLE,
        payer_account=f.get("ПлательщикСчет", ""),
        payer_tax_id=f.get("ПлательщикИНН", ""),
        payer_kpp=f.get("ПлательщикКПП", ""),
        payer_name=f.get("Плательщик1") or f.get("Плательщик", ""),
        recipient_account=f.get("ПолучательСчет", ""),
        purpose=f.get("НазначениеПлатежа", ""),
        reference=f.get("Идентификатор", ""),
        row=doc.ordinal,
    )
    return payment, []


def parse_1c(data: bytes, *, today: date) -> Statement:
    """Read a 1CClientBankExchange file; every document is a payment (in or out)."""
    if not is_1c(data):
        said = _("not a {marker} file").format(marker=MARKER_1C)
        return _result("", "", (), [StatementProblem(0, said)])
    codec, problem = _encoding_1c(data)
    if problem:
        return _result("1c", "", (), [StatementProblem(0, problem)])
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        message = _("not {codec} text at byte {n}").format(codec=codec, n=exc.start)
        return _result("1c", "", (), [StatementProblem(0, message)])
    text, notes = clean_text(text)
    header, documents, problems = _read_1c(text.lstrip("\ufeff").splitlines())
    too_many = _too_many("1c", len(documents))
    if too_many is not None:
        return too_many
    version = header.get("ВерсияФормата", "")
    if version not in VERSIONS_1C:
        supported = " / ".join(VERSIONS_1C)
        if version:
            said = _("ВерсияФормата {version}: {supported} expected")
        else:
            said = _("no ВерсияФормата: {supported} expected")
        problems.insert(0, StatementProblem(0, said.format(version=version, supported=supported)))
    read = []
    for doc in documents:
        payment, wrong = _document_payment(doc, today)
        accounts = (doc.fields.get("ПлательщикСчет", ""), doc.fields.get("ПолучательСчет", ""))
        read.append(Document1C(*accounts, payment, tuple(wrong)))
    every = [p for d in read for p in d.problems]
    payments = [d.payment for d in read if d.payment is not None]
    found = _result("1c", version, payments, [*problems, *every])
    return replace(found, documents=tuple(read), file_problems=tuple(problems), notes=notes)


# --- CSV --------------------------------------------------------------------------------------


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")


def _csv_rows(text: str) -> list[list[str]]:
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def _csv_payment(
    row: int, cells: Mapping[str, str], today: date
) -> tuple[BankPayment | None, list[StatementProblem]]:
    problems: list[StatementProblem] = []

    def bad(message: str) -> None:
        problems.append(StatementProblem(row, message))

    when = _checked_date(cells.get("date", ""), today, bad)
    amount = _checked_amount(cells.get("amount", ""), bad, strict=False)
    currency = cells.get("currency", "").strip().upper()
    if not _CURRENCY.match(currency):
        bad(
            _("currency {code!r} is not a three-letter code").format(code=cells.get("currency", ""))
        )
    if problems or when is None or amount is None:
        return None, problems
    payment = BankPayment(
        date=when,
        number="",
        amount=amount,
        currency=currency,
        payer_account="",
        payer_tax_id=cells.get("payer_tax_id", "").strip(),
        payer_kpp="",
        payer_name=cells.get("payer_name", "").strip(),
        recipient_account="",
        purpose=cells.get("purpose", "").strip(),
        reference=cells.get("reference", "").strip(),
        row=row,
    )
    return payment, []


def parse_csv(data: bytes, *, today: date) -> Statement:
    """Read a CSV with the headers CSV_HEADERS (any order, comma or semicolon)."""
    text, notes = clean_text(_decode(data))
    try:
        rows = _csv_rows(text)
    except csv.Error as exc:  # a cell past csv's own field limit, a NUL...
        said = _("not a readable CSV file: {problem}").format(problem=exc)
        return _result("csv", "", (), [StatementProblem(0, said)])
    headers = [h.strip().lower() for h in rows[0]] if rows else []
    missing = [h for h in CSV_REQUIRED if h not in headers]
    if missing:
        expected = ", ".join(CSV_HEADERS)
        message = _("unknown layout: neither {marker} nor a CSV with the headers {headers}").format(
            marker=MARKER_1C, headers=expected
        )
        return _result("", "", (), [StatementProblem(0, message)])
    too_many = _too_many("csv", len(rows) - 1)
    if too_many is not None:
        return too_many
    columns: dict[str, int] = {}
    for index, header in enumerate(headers):
        columns.setdefault(header, index)
    found = payments_from_rows(len(headers), rows[1:], columns, today=today)
    return replace(found, notes=notes)


def _too_many(layout: str, rows: int) -> Statement | None:
    """The file refused as a whole when it has more rows (or 1C documents) than kamdesk
    imports from one file."""
    try:
        check_rows(_("The file"), rows)
    except LimitExceeded as exc:
        return _result(layout, "", (), [StatementProblem(0, str(exc))])
    return None


def payments_from_rows(
    width: int,
    rows: Iterable[Sequence[object]],
    columns: Mapping[str, int],
    *,
    today: date,
) -> Statement:
    """The payments of a sheet's rows under a header of `width` columns; `columns` says which
    column (0-based) holds each of CSV_HEADERS (a CSV of another layout, mapped by the user).
    Rows are numbered as the sheet shows them: the header is row 1."""
    missing = [h for h in CSV_REQUIRED if h not in columns]
    if missing:
        message = _("no column chosen for {columns}").format(columns=", ".join(missing))
        return _result("csv", "", (), [StatementProblem(0, message)])
    payments: list[BankPayment] = []
    problems: list[StatementProblem] = []
    for number, cells in enumerate(rows, start=2):
        texts = [_cell_text(c) for c in cells]
        if not any(texts):
            continue
        if any(texts[width:]):
            problems.append(StatementProblem(number, _("more cells than headers")))
            continue
        by_name = {
            name: texts[index] if 0 <= index < len(texts) else "" for name, index in columns.items()
        }
        # what is kept (a purpose, a payer's name) is multi-line text at most: longer is no
        # payment, and a save would refuse it
        long = [length_problem(n, by_name[n], MAX_TEXT_CHARS) for n in by_name]
        if any(long):
            problems.extend(StatementProblem(number, message) for message in long if message)
            continue
        payment, wrong = _csv_payment(number, by_name, today)
        problems.extend(wrong)
        if payment is not None:
            payments.append(payment)
    if not payments and not problems:
        problems.append(StatementProblem(0, _("the file has headers but no payment")))
    return _result("csv", "", payments, problems)


def _cell_text(cell: object) -> str:
    """A cell as text; an Excel date (read as '2026-12-05 00:00:00') as its day."""
    if cell is None:
        return ""
    text = str(cell).strip()
    if isinstance(cell, float) and cell.is_integer():
        text = str(int(cell))
    if re.match(r"^\d{4}-\d{2}-\d{2} 00:00:00$", text):
        text = text[:10]
    return text


# --- what an import asks of the payments ----------------------------------------------------


def _account(text: str) -> str:
    return "".join(text.split())


def normal_tax_id(text: str) -> str:
    """A tax or VAT number as compared: upper case, no spaces, dots, dashes or slashes."""
    return re.sub(r"[\s.\-/]", "", text).upper()


def payments_to_us(
    documents: Iterable[BankPayment], our_accounts: Iterable[str]
) -> list[BankPayment]:
    """The documents paid into one of the company's accounts (spaces in numbers ignored)."""
    ours = {_account(a) for a in our_accounts if _account(a)}
    return [d for d in documents if _account(d.recipient_account) in ours]


@functools.lru_cache(maxsize=50_000)
def _number_pattern(number: str) -> re.Pattern[str]:
    # "INV-2026-000517" is also found written "INV 2026 000517" or "INV2026/000517", but never
    # inside a longer number ("INV-2026-0005170")
    parts = [re.escape(p) for p in re.split(r"[\s\-/]+", number.strip()) if p]
    return re.compile(r"(?<![\w])" + r"[\s\-/]?".join(parts) + r"(?![\w])", re.IGNORECASE)


def invoice_numbers_in(purpose: str, known_numbers: Iterable[str]) -> list[str]:
    """The known invoice numbers the payment's purpose cites, in the order it cites them."""
    found: list[tuple[int, str]] = []
    for number in dict.fromkeys(n for n in known_numbers if n.strip()):
        hit = _number_pattern(number).search(purpose)
        if hit:
            found.append((hit.start(), number))
    return [number for _, number in sorted(found)]


def duplicate_key(payment: BankPayment) -> str:
    """The same payment imported twice gives the same key: the reference with the payer's tax
    id (normalised) when it has one (a CSV's "reference" may be the payer's own order number,
    which another payer may use too), else date, number, payer's tax id, amount and currency.

    So two equal payments of one payer on one day with neither reference nor number are one
    payment: that is what the spec's duplicate rule (the same date, number, payer and amount)
    implies, and a bank that writes neither cannot tell them apart either."""
    if payment.reference.strip():
        return f"ref:{payment.reference.strip()}|{normal_tax_id(payment.payer_tax_id)}"
    parts = (
        payment.date.isoformat(),
        payment.number.strip(),
        payment.payer_tax_id.strip(),
        f"{payment.amount:.2f}",
        payment.currency,
    )
    return "doc:" + "|".join(parts)
