"""`check` compares the receivables cache with the ledger by plain sums where they hold and by
the ledger's own rule for the other clients (issue 17): on the demo and on copies of it damaged
at random (amounts, dates, links between entries, reversals, the cache itself) it names the
same clients as the client-by-client Python it replaced, kept here as the reference."""

from __future__ import annotations

import contextlib
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection

from kamdesk.db import Database, open_database
from kamdesk.services.receivables.cache import stale
from kamdesk.services.receivables.cache_check import stale_by_ledger, stale_by_sums
from kamdesk.services.receivables.ledger_rows import load_ledgers

pytestmark = pytest.mark.sqlite_only(
    "kamdesk check examines a laptop's file: its integrity, caches and digest tallies"
)


def reference_stale(conn: Connection) -> list[str]:
    """`stale` as it was before issue 17: every client's ledger settled in Python."""
    cached_open = {
        (str(c), str(i), int(a))
        for c, i, a in conn.exec_driver_sql(
            "SELECT client_id, invoice_id, open_amount FROM invoice_open"
        )
    }
    cached_balance = {
        (str(c), int(b), int(o), int(cr))
        for c, b, o, cr in conn.exec_driver_sql(
            "SELECT client_id, balance, open_amount, credit FROM client_balance"
        )
    }
    want_open: set[tuple[str, str, int]] = set()
    want_balance: set[tuple[str, int, int, int]] = set()
    for client_id, ledger in load_ledgers(conn).items():
        settled = ledger.settle()
        want_open.update((client_id, i, int(a)) for i, a in settled.open.items() if a > 0)
        want_balance.add(
            (client_id, int(settled.balance), int(settled.open_total), int(settled.credit))
        )
    wrong = {row[0] for row in cached_open ^ want_open}
    wrong.update(row[0] for row in cached_balance ^ want_balance)
    return sorted(wrong)


def outcome(work: Callable[[], object]) -> object:
    try:
        return work()
    except (ValueError, ArithmeticError):
        # an unreadable value (a bad date, a bad amount): with two of them the two rules may
        # read a different one first; either way the same answer, "unreadable"
        return "unreadable value"
    except Exception as exc:  # the same failure counts as the same answer
        return type(exc).__name__


@contextlib.contextmanager
def damaged_copy(template: Path, folder: Path) -> Iterator[Database]:
    path = folder / f"{uuid.uuid4()}.sqlite"
    shutil.copyfile(template, path)
    database = open_database(path)
    try:
        yield database
    finally:
        database.close()


def test_the_demo_cache_is_right_both_ways(demo_db: Database) -> None:
    with demo_db.engine.connect() as conn:
        wrong, doubted = stale_by_sums(conn)
        assert (wrong, doubted) == (set(), set())  # the demo's ledger is plain sums throughout
        assert stale(conn) == reference_stale(conn) == []


def test_a_doubted_client_is_settled_by_the_rule(demo_db: Database) -> None:
    """An allocation beyond what its invoice asks: SQL leaves the client to the ledger's rule,
    which finds the cache right (the excess is credit), as before."""
    with demo_db.engine.begin() as conn:
        client = conn.exec_driver_sql(
            "SELECT client_id FROM payment_allocation ORDER BY rowid LIMIT 1"
        ).scalar_one()
        conn.exec_driver_sql(
            "UPDATE payment_allocation SET amount = amount * 3 WHERE rowid = "
            "(SELECT rowid FROM payment_allocation ORDER BY rowid LIMIT 1)"
        )
        wrong, doubted = stale_by_sums(conn)
        assert client in doubted and client not in wrong
        assert stale(conn) == reference_stale(conn)
        assert sorted(stale_by_ledger(conn)) == reference_stale(conn)


ANOTHER_CLIENT = "(SELECT id FROM client WHERE id != {0}.client_id ORDER BY id LIMIT 1)"
# (table, column, value): what a damage writes into the n-th row of the table
DAMAGE = st.sampled_from(
    [
        ("invoice", "total_gross", "total_gross + 1"),
        ("invoice", "total_gross", "total_gross - 100000"),
        ("invoice", "total_gross", "-total_gross"),
        ("invoice", "total_gross", "total_gross + 0.5"),
        ("invoice", "total_gross", "1000000000000000000"),
        ("invoice", "total_gross", "'12x'"),
        ("invoice", "deleted_at", "'2026-01-01T00:00:00.000000Z'"),
        ("invoice", "client_id", ANOTHER_CLIENT.format("invoice")),
        ("invoice", "due_date", "'2026-02-30'"),
        ("invoice", "issue_date", "'20260105'"),
        ("payment", "amount", "amount + 1"),
        ("payment", "amount", "amount / 3"),
        ("payment", "amount", "0"),
        ("payment", "amount", "-5"),
        ("payment", "deleted_at", "'2026-01-01T00:00:00.000000Z'"),
        ("payment", "client_id", ANOTHER_CLIENT.format("payment")),
        ("payment", "payment_date", "'2026-13-01'"),
        (
            "payment",
            "reverses_id",
            "(SELECT p.id FROM payment p WHERE p.client_id = payment.client_id "
            "AND p.id != payment.id ORDER BY p.id LIMIT 1)",
        ),
        ("payment_allocation", "amount", "amount + 1"),
        ("payment_allocation", "amount", "amount - 1"),
        ("payment_allocation", "amount", "amount * 2"),
        ("payment_allocation", "amount", "-amount"),
        ("payment_allocation", "amount", "amount + 0.25"),
        ("payment_allocation", "deleted_at", "'2026-01-01T00:00:00.000000Z'"),
        ("payment_allocation", "client_id", ANOTHER_CLIENT.format("payment_allocation")),
        (
            "payment_allocation",
            "invoice_id",
            "(SELECT i.id FROM invoice i WHERE i.client_id = payment_allocation.client_id "
            "ORDER BY i.id LIMIT 1)",
        ),
        ("payment_allocation", "invoice_id", "(SELECT id FROM invoice ORDER BY id LIMIT 1)"),
        (
            "payment_allocation",
            "payment_id",
            "(SELECT p.id FROM payment p WHERE p.client_id = payment_allocation.client_id "
            "ORDER BY p.amount LIMIT 1)",
        ),
        ("payment_allocation", "allocated_on", "'2026-00-10'"),
        ("sales_return", "invoice_id", "NULL"),
        (
            "sales_return",
            "invoice_id",
            "(SELECT i.id FROM invoice i WHERE i.client_id = sales_return.client_id "
            "ORDER BY i.total_gross LIMIT 1)",
        ),
        ("sales_return", "invoice_id", "(SELECT id FROM invoice ORDER BY id LIMIT 1)"),
        ("sales_return", "total_gross", "total_gross * 100"),
        ("sales_return", "total_gross", "-1"),
        ("sales_return", "deleted_at", "'2026-01-01T00:00:00.000000Z'"),
        ("invoice_open", "open_amount", "open_amount + 1"),
        ("invoice_open", "open_amount", "open_amount + 0.5"),
        ("invoice_open", "client_id", ANOTHER_CLIENT.format("invoice_open")),
        ("client_balance", "credit", "credit + 1"),
        ("client_balance", "balance", "balance - 1"),
        ("client_balance", "open_amount", "open_amount * 1.0"),
        ("client_balance", "open_amount", "'7.5'"),
    ]
)
# whole rows added or taken away
REVERSE = (
    "INSERT OR IGNORE INTO allocation_reversal (client_id, allocation_id, reversed_on, reason, id, "
    "created_at, updated_at, revision) SELECT {client}, id, allocated_on, 'test', "
    "lower(hex(randomblob(16))), created_at, updated_at, 1 FROM payment_allocation "
    "WHERE rowid = (SELECT rowid FROM payment_allocation ORDER BY rowid LIMIT 1 OFFSET ?)"
)
ROWS = st.sampled_from(
    [
        REVERSE.format(client="client_id"),
        REVERSE.format(client=ANOTHER_CLIENT.format("payment_allocation")),
        "DELETE FROM invoice_open WHERE rowid = "
        "(SELECT rowid FROM invoice_open ORDER BY rowid LIMIT 1 OFFSET ?)",
        "DELETE FROM client_balance WHERE rowid = "
        "(SELECT rowid FROM client_balance ORDER BY rowid LIMIT 1 OFFSET ?)",
    ]
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    damages=st.lists(st.tuples(DAMAGE, st.integers(0, 10_000)), max_size=5),
    rows=st.lists(st.tuples(ROWS, st.integers(0, 10_000)), max_size=2),
)
def test_damage_names_the_clients_the_ledger_rule_named(
    demo_template: Path,
    tmp_path: Path,
    damages: list[tuple[tuple[str, str, str], int]],
    rows: list[tuple[str, int]],
) -> None:
    with damaged_copy(demo_template, tmp_path) as db, db.engine.begin() as conn:
        for (table, column, value), n in damages:
            count = conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
            if count:
                conn.exec_driver_sql(
                    f"UPDATE {table} SET {column} = {value} WHERE rowid = "
                    f"(SELECT rowid FROM {table} ORDER BY rowid LIMIT 1 OFFSET ?)",
                    (n % count,),
                )
        for sql, n in rows:
            table = "payment_allocation" if "allocation_reversal" in sql else sql.split()[2]
            count = conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
            if count:
                conn.exec_driver_sql(sql, (n % count,))
        assert outcome(lambda: stale(conn)) == outcome(lambda: reference_stale(conn))
