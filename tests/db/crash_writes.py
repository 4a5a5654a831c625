"""The app's own writes for test_crash_kill, each in a process the test kills with SIGKILL.

`python -m tests.db.crash_writes` is a small fork server: it imports kamdesk once, then for each
request line (JSON: `{"kind": "import"|"order", "db": PATH, "arg": SHEET|ORDER_ID}`) forks a
child that prints `ready <pid>` as it starts writing, does the write and exits; the server
prints `exit <pid> <code>` when the child is gone (-9: killed). A child costs a fork instead of
a Python start with its imports, so 30 kills take seconds and each lands inside the work.

- import: `kamdesk import-sheet --db DB --kind products SHEET` run in the child (the command
  line's own code: a verified backup first, then one unit of work), from CSV or XLSX.
- order: the order window's Save (Ctrl+Enter) of a draft loaded before: `save_draft` in one
  unit of work, as run_op runs it.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import openpyxl
from sqlalchemy import select
from sqlalchemy.orm import Session

import kamdesk.cli.sheets  # noqa: F401  (imported here, not in each child)
from kamdesk.cli import main as kamdesk_main
from kamdesk.db import open_database
from kamdesk.models import PriceColumn, Product, ProductPrice, SalesOrder
from kamdesk.services.sales.orders import OrderDraft, draft_of, get_order, save_draft
from kamdesk.services.sync.capture import install

CENT = Decimal("0.01")
RAISE = Decimal("1.05")  # the new price list: 5 % up


class Child:
    """A forked child's line to the test: the server's stdout, kept apart from what the write
    prints (which goes to stderr)."""

    def __init__(self) -> None:
        sys.stdout.flush()
        self.fd = os.dup(1)
        os.dup2(2, 1)

    def tell(self, word: str) -> None:
        os.write(self.fd, f"{word} {os.getpid()}\n".encode())


def import_sheet(child: Child, db: Path, sheet: str) -> int:
    """As `kamdesk import-sheet --db DB --kind products SHEET` does, from the command's start."""
    child.tell("ready")
    return kamdesk_main(["import-sheet", "--db", str(db), "--kind", "products", sheet])


def save_order(child: Child, db: Path, order_id: str) -> int:
    """As the order window saves a draft the KAM edited: the draft as the window holds it,
    loaded before; then Save's one unit of work."""
    database = open_database(db)
    try:
        with database.reading() as session:
            draft = edited_draft(session, order_id)
        child.tell("ready")
        with database.unit_of_work() as session:
            save_draft(session, draft, order_id=order_id)
    finally:
        database.close()
    return 0


WRITES = {"import": import_sheet, "order": save_order}


def edited_draft(session: Session, order_id: str) -> OrderDraft:
    """The draft with every quantity one more, its last line removed, a note and the delivery
    a week later: each line keeps its id, so the same edit gives the same data every time."""
    order = get_order(session, order_id)
    lines = tuple(replace(line, quantity=line.quantity + 1) for line in draft_of(order).lines[:-1])
    delivery = order.delivery_date or order.order_date
    return OrderDraft(
        client_id=order.client_id,
        order_date=order.order_date,
        lines=lines,
        delivery_date=delivery + timedelta(days=7),
        notes=(order.notes + " Deliver to the back gate.").strip(),
    )


def draft_order_id(session: Session) -> str:
    """The draft with the most lines."""
    drafts = session.scalars(
        select(SalesOrder).where(SalesOrder.status == "draft", SalesOrder.deleted_at.is_(None))
    ).all()
    assert drafts, "the database has no draft order"
    return max(drafts, key=lambda o: (len(get_order(session, o.id).lines), o.id)).id


def price_sheet(session: Session) -> list[list[str]]:
    """The catalogue as the documented import sheet, every price 5 % up: base prices and the
    explicit prices it holds (an empty cell where a column's percentage applies)."""
    columns = session.scalars(
        select(PriceColumn).where(PriceColumn.deleted_at.is_(None)).order_by(PriceColumn.name)
    ).all()
    explicit = {
        (p.product_id, p.price_column_id): p.price
        for p in session.scalars(select(ProductPrice).where(ProductPrice.deleted_at.is_(None)))
    }
    rows = [["sku", "name", "vat_rate", "base_price", *(f"price:{c.name}" for c in columns)]]
    for product in session.scalars(
        select(Product).where(Product.deleted_at.is_(None)).order_by(Product.sku)
    ):
        prices = [explicit.get((product.id, c.id)) for c in columns]
        rows.append(
            [
                product.sku,
                product.name,
                format(product.vat_rate, "f"),
                format(raised(product.base_price), "f"),
                *("" if p is None else format(raised(p), "f") for p in prices),
            ]
        )
    return rows


def raised(price: Decimal) -> Decimal:
    return (price * RAISE).quantize(CENT)


def write_xlsx(rows: list[list[str]], path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _child(request: dict[str, str]) -> None:
    code = 1
    try:
        child = Child()
        code = WRITES[request["kind"]](child, Path(request["db"]), request["arg"])
        child.tell("done")
    except BaseException:
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def serve() -> None:
    install()  # every unit of work captures its writes for sync, as in the app
    print("up", flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _child(request)
        _, status = os.waitpid(pid, 0)
        print(f"exit {pid} {os.waitstatus_to_exitcode(status)}", flush=True)


if __name__ == "__main__":
    serve()
