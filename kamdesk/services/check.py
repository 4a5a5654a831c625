"""`kamdesk check`: SQLite's integrity checks plus the domain's own invariants; `repair`
recomputes what is derived from the records (the receivables cache)."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from kamdesk.db import (
    database_errors,
    raw_rows,
    read_connection,
    schema_state,
    storage_problems,
)
from kamdesk.db.dialect import run
from kamdesk.domain.client import MAX_KAMS
from kamdesk.domain.client import STATUSES as CLIENT_STATUSES
from kamdesk.domain.documents import LANGUAGES as DOCUMENT_LANGUAGES
from kamdesk.domain.money import (
    from_minor,
)
from kamdesk.domain.natural_keys import (
    COMPANY_ID,
    LINK_KEYS,
    key_reason_id,
    product_price_id,
    setting_id,
)
from kamdesk.domain.orders import ORDER_STATUSES
from kamdesk.models.activity import (
    ACTIVITY_KINDS,
    ACTIVITY_STATUSES,
    OBJECTION_STATUSES,
    PLACE_KINDS,
    RECURRENCES,
)
from kamdesk.models.document import DOCUMENT_KINDS
from kamdesk.services.check_orders import order_problems, return_problems
from kamdesk.services.check_prices import price_rule_problems
from kamdesk.services.digest import kept_problems
from kamdesk.services.receivables.cache import rebuild, stale

# A live child whose parent is a tombstone is an orphan that sync would resurrect wrongly.
PARENTS = (
    ("contact", "client_id", "client"),
    ("order_line", "order_id", "sales_order"),
    ("sales_order", "client_id", "client"),
    ("invoice", "client_id", "client"),
    ("payment", "client_id", "client"),
    ("product_price", "product_id", "product"),
    ("activity_contact", "activity_id", "activity"),
    ("activity", "client_id", "client"),
    ("client_key_reason", "client_id", "client"),
    ("client_competitor", "client_id", "client"),
    ("complaint", "client_id", "client"),
    ("sales_plan", "client_id", "client"),
    ("contact_relation", "from_contact_id", "contact"),
    ("contact_relation", "to_contact_id", "contact"),
    ("order_event", "order_id", "sales_order"),
    ("sales_return", "client_id", "client"),
    ("sales_return", "order_id", "sales_order"),
    ("return_line", "return_id", "sales_return"),
    ("client_price", "client_id", "client"),
    ("client_price", "product_id", "product"),
    ("quantity_break", "product_id", "product"),
    ("promotion_product", "promotion_id", "promotion"),
    ("promotion_client", "promotion_id", "promotion"),
    ("activity_product", "activity_id", "activity"),
    ("activity_product", "product_id", "product"),
    ("meeting_question", "activity_id", "activity"),
    ("objection", "client_id", "client"),
    ("issued_document", "client_id", "client"),
    ("issued_document", "order_id", "sales_order"),
    ("client_kam", "client_id", "client"),
)


DAMAGED = "the file is damaged"


def check(conn: Connection, *, full: bool = False, beside: Engine | None = None) -> list[str]:
    """Every problem found, as a readable line; empty means the database is sound. A damaged
    file gives SQLite's own lines (or `DAMAGED: ...`), never an exception: the checks that
    would read the damaged pages are not run (or what they found is not said).

    SQLite's quick_check by default, its integrity_check with `full` (whether every index
    holds what its table does: several times longer); the digest's tallies are compared with
    the live counts by default, with every record's hash with `full`. With `beside` (the
    engine of `conn`'s file) SQLite's own checks, the price rule's and the tallies' run on
    connections of their own, in threads, while the rest run here: most of their time is
    spent in SQLite, off the interpreter, so two cores share the work. The answer is the
    same (the domain's problems count when SQLite's find none); on a file with writes not
    committed, pass none (other connections cannot see them)."""
    if beside is None:
        try:
            problems = storage_problems(conn, full=full)
            if problems:
                return problems  # the rest would read damaged pages
            return _invariant_problems(conn, full=full)
        except (DBAPIError, *database_errors()) as exc:  # type: ignore[misc]
            return _damage(conn, _read_error(exc))
    storage = _Beside(beside, lambda c: storage_problems(c, full=full))
    aside = {
        "prices": _Beside(beside, lambda c: list(price_rule_problems(c))),
        "tallies": _Beside(beside, lambda c: kept_problems(c, full=full)),
    }
    try:
        try:
            found, failed = _invariant_problems(conn, full=full, aside=aside), None
        except Exception as exc:  # what SQLite's checks say decides (below)
            found, failed = [], exc
        try:
            problems = storage.wait()
        except (DBAPIError, *database_errors()) as exc:  # type: ignore[misc]
            return _damage(conn, _read_error(exc))
    finally:
        for worker in (storage, *aside.values()):
            worker.stop()
    if problems:
        return problems  # the domain's checks read damaged pages
    if failed is not None:
        if isinstance(failed, (DBAPIError, *database_errors())):
            return _damage(conn, _read_error(failed))
        raise failed
    return found


def _read_error(exc: BaseException) -> Exception:
    error = getattr(exc, "orig", exc)  # raw_rows reads through the driver: unwrapped
    if not isinstance(error, database_errors()):  # sqlite3's, or sqlcipher3's
        raise exc
    return error


class _Beside:
    """Some of the checks, on a connection of their own, in a thread."""

    def __init__(self, engine: Engine, work: Callable[[Connection], list[str]]) -> None:
        self._engine = engine
        self._found: list[str] = []
        self._error: BaseException | None = None
        self._driver: Any = None
        self._thread = threading.Thread(target=self._run, args=(work,), daemon=True)
        self._thread.start()

    def _run(self, work: Callable[[Connection], list[str]]) -> None:
        try:
            with read_connection(self._engine) as conn:  # never waits for a writer
                self._driver = conn.connection.driver_connection
                self._found = work(conn)
        except BaseException as exc:  # handed to the waiting thread
            self._error = exc

    def wait(self) -> list[str]:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._found

    def stop(self) -> None:
        """Interrupt the work if it still runs (what it found is not wanted), and wait."""
        if self._thread.is_alive() and self._driver is not None:
            self._driver.interrupt()
        self._thread.join()


def _damage(conn: Connection, error: Exception) -> list[str]:
    """What SQLite's quick_check says of a file a check step could not read."""
    try:
        lines = run(conn, "PRAGMA quick_check(20)").scalars().all()
    except (DBAPIError, *database_errors()):  # type: ignore[misc]
        lines = []  # it cannot read the file either: the error says it all
    found = [f"integrity: {line}" for line in lines if line != "ok"]
    return [*found, f"{DAMAGED}: {error}"]


def is_damage(problem: str) -> bool:
    """A line of `check` that says the file itself is damaged (restore it from a backup)."""
    return problem.startswith(("integrity:", DAMAGED))


def _invariant_problems(
    conn: Connection, *, full: bool = False, aside: dict[str, _Beside] | None = None
) -> list[str]:
    problems: list[str] = []
    state = schema_state(conn)
    if state != "current":
        return [f"schema: the database schema is {state}, not this version's"]
    problems.extend(_orphans(conn))
    problems.extend(order_problems(conn))
    problems.extend(return_problems(conn))
    problems.extend(_invoices_and_payments(conn))
    problems.extend(_allowed_values(conn))
    problems.extend(_assignments(conn))
    for table, live_when, what in (
        ("company", "deleted_at IS NULL", "live company profiles; there must be one"),
        ("replica", "retired_at IS NULL", "live identities; a file has one"),
    ):
        n = run(conn, f"SELECT count(*) FROM {table} WHERE {live_when}").scalar_one()
        if n > 1:
            problems.append(f"{table}: {n} {what}")
    problems.extend(_natural_ids(conn))
    if aside is None:
        problems.extend(price_rule_problems(conn))
    else:
        problems.extend(aside["prices"].wait())
    problems.extend(receivables_cache_problems(conn))
    problems.extend(kept_problems(conn, full=full) if aside is None else aside["tallies"].wait())
    return problems


REPAIR_HINT = "run `kamdesk check --repair --db FILE` to recompute it from the ledger"


def receivables_cache_problems(conn: Connection) -> list[str]:
    """The local cache of open amounts and balances must be what the ledger gives: aging,
    credit control and Today read it (services.receivables.cache)."""
    wrong = stale(conn)
    if not wrong:
        return []
    n = len(wrong)
    clients = "1 client" if n == 1 else f"{n} clients"
    return [
        f"receivables: the cached open amounts and balances of {clients} differ from the "
        f"ledger; {REPAIR_HINT}"
    ]


def repair(conn: Connection) -> int:
    """Recompute what `check` can recompute (the receivables cache) from the records;
    returns how many clients' cached figures were wrong before."""
    wrong = len(stale(conn))
    rebuild(conn)
    return wrong


def _natural_ids(conn: Connection) -> Iterator[str]:
    """Records with a natural key carry the id derived from it (sync unites them by id)."""
    derived: tuple[tuple[str, str, Callable[..., str]], ...] = (
        ("setting", "key", setting_id),
        ("client_key_reason", "client_id, reason", key_reason_id),
        ("product_price", "product_id, price_column_id", product_price_id),
    )
    for table, columns, derive in derived:
        rows = raw_rows(conn, f"SELECT id, {columns} FROM {table}")
        wrong = sum(1 for row_id, *key in rows if row_id != derive(*key))
        if wrong:
            yield f"{table}: {wrong} rows whose id is not the one derived from their key"
    # rows unique in practice: a tombstoned twin of a live row keeps the id it had (0007)
    for table, (key, derive) in LINK_KEYS.items():
        rows = raw_rows(conn, f"SELECT id, {', '.join(key)} FROM {table} WHERE deleted_at IS NULL")
        wrong = sum(1 for row_id, *values in rows if row_id != derive(*values))
        if wrong:
            yield f"{table}: {wrong} live rows whose id is not the one derived from their key"
    other = run(
        conn, "SELECT count(*) FROM company WHERE deleted_at IS NULL AND id != ?", (COMPANY_ID,)
    ).scalar_one()
    if other:
        yield "company: the live profile does not have the company's fixed id"


def _orphans(conn: Connection) -> Iterator[str]:
    """From the few deleted parents, through the index on each child's link to them."""
    deleted: dict[str, str] = {}
    for parent in dict.fromkeys(parent for _child, _fk, parent in PARENTS):
        ids = [
            r for (r,) in raw_rows(conn, f"SELECT id FROM {parent} WHERE deleted_at IS NOT NULL")
        ]
        deleted[parent] = json.dumps(ids)
    for child, fk, parent in PARENTS:
        if deleted[parent] == "[]":
            continue
        n = run(
            conn,
            f"SELECT count(*) FROM {child} WHERE {fk} IN (SELECT value FROM json_each(?)) "
            "AND deleted_at IS NULL",
            (deleted[parent],),
        ).scalar_one()
        if n:
            yield f"{child}: {n} live rows belong to a deleted {parent}"


def _assignments(conn: Connection) -> Iterator[str]:
    """A live client has one to MAX_KAMS live KAM assignments (domain.client), not counting
    those leaving after a handover (services.team.handover). One whose
    assignments all went with its deletion and that sync brought back (a child kept it in
    sight, or a keep) is not counted as never assigned: sync does not bring them back yet."""
    counts = run(
        conn,
        "SELECT sum(CASE WHEN live = 0 AND every = 0 THEN 1 ELSE 0 END), "
        "sum(CASE WHEN live > ? THEN 1 ELSE 0 END) FROM (SELECT "
        "(SELECT count(*) FROM client_kam a WHERE a.client_id = c.id AND a.deleted_at IS NULL "
        "AND a.leaving_since IS NULL) "
        "AS live, (SELECT count(*) FROM client_kam a WHERE a.client_id = c.id) AS every "
        "FROM client c WHERE c.deleted_at IS NULL) AS counted",
        (MAX_KAMS,),
    ).one()
    none, many = (int(n or 0) for n in counts)
    if none:
        yield f"client_kam: {none} live clients with no KAM assigned"
    if many:
        yield f"client_kam: {many} live clients with more than {MAX_KAMS} KAMs assigned"


def _invoices_and_payments(conn: Connection) -> Iterator[str]:
    for number, net, vat, gross, issued, due in run(
        conn,
        "SELECT number, total_net, total_vat, total_gross, issue_date, due_date FROM invoice "
        "WHERE deleted_at IS NULL AND (total_net + total_vat != total_gross OR due_date < "
        "issue_date)",
    ):
        if net + vat != gross:
            yield f"invoice {number}: net {from_minor(net)} + VAT {from_minor(vat)} != total"
        if due < issued:
            yield f"invoice {number}: due {due} before it was issued {issued}"
    n = run(
        conn, "SELECT count(*) FROM payment WHERE deleted_at IS NULL AND amount <= 0"
    ).scalar_one()
    if n:
        yield f"payment: {n} payments with an amount of zero or less"


def _allowed_values(conn: Connection) -> Iterator[str]:
    for table, column, allowed in (
        ("client", "status", CLIENT_STATUSES),
        ("sales_order", "status", ORDER_STATUSES),
        ("activity", "kind", ACTIVITY_KINDS),
        ("activity", "status", ACTIVITY_STATUSES),
        ("activity", "place_kind", PLACE_KINDS),
        ("activity", "recurrence", RECURRENCES),
        ("objection", "status", OBJECTION_STATUSES),
        ("issued_document", "kind", DOCUMENT_KINDS),
        ("issued_document", "language", DOCUMENT_LANGUAGES),
    ):
        marks = ", ".join("?" for _ in allowed)
        bad = run(
            conn,
            f"SELECT {column}, count(*) FROM {table} WHERE deleted_at IS NULL "
            f"AND {column} NOT IN ({marks}) GROUP BY {column}",
            tuple(allowed),
        ).all()
        for value, count in bad:
            yield f"{table}: {count} rows with unknown {column} {value!r}"
