"""Two kinds of writer for test_writers_wait, each run in its own process:
`python -m tests.db.writers gui|cli DB ROUNDS`. Prints one JSON line: the rounds that failed
(each with what the user would have read) and when the writer started and finished its rounds.

- gui: the client form, as the app runs it. The form loads the client's profile in a read when
  it opens; the KAM types a city; Save is one unit of work (run_op) in which save_profile reads
  the stored row and writes what changed: a read-then-write transaction, the kind that gave up
  at once before writers took the write lock first (BEGIN IMMEDIATE).
- cli: `kamdesk import-sheet --db DB --kind products SHEET` through the command line's own
  code (a verified backup, then the import in one unit of work): each round adds a product
  and raises the price of one all rounds share.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import json
import sys
import time
from datetime import date
from pathlib import Path

from sqlalchemy import select

from kamdesk.cli import main as kamdesk_main
from kamdesk.db import Database, open_database
from kamdesk.errors import KamdeskError
from kamdesk.models import Client
from kamdesk.services.clients.dossier import get_profile, save_profile
from kamdesk.services.sync.capture import install

SHARED_SKU = "WAIT-SHARED"
CLIENTS = 100  # the clients the form edits in turn


def client_name(round_no: int) -> str:
    return f"client {round_no:03d}"


def product_sku(round_no: int) -> str:
    return f"WAIT-{round_no:03d}"


def city(round_no: int) -> str:
    return f"city {round_no}"


def shared_price(round_no: int) -> str:
    return f"{round_no + 1}.00"


def new_price(round_no: int) -> str:
    return f"{round_no}.50"


def form_save(db: Database, round_no: int) -> str | None:
    """The client form opened on a client (they take turns), its city typed, Save pressed."""
    with db.reading() as session:  # the form opens: what it shows
        client_id = session.scalars(
            select(Client.id).where(Client.name == client_name(round_no % CLIENTS))
        ).one()
        shown = get_profile(session, client_id)
    typed = dataclasses.replace(shown, city=city(round_no))
    try:
        with db.unit_of_work() as session:  # Save: run_op's unit of work
            save_profile(session, typed, client_id=client_id, today=date.today())
    except KamdeskError as exc:
        return str(exc)
    return None


def cli_import(db: Path, round_no: int) -> str | None:
    """`kamdesk import-sheet` on a sheet of two rows, as a user runs it beside the open app."""
    sheet = db.parent / f"prices-{round_no}.csv"
    sheet.write_text(
        "sku,name,vat_rate,base_price\n"
        f"{product_sku(round_no)},Round {round_no},20,{new_price(round_no)}\n"
        f"{SHARED_SKU},Shared,20,{shared_price(round_no)}\n",
        encoding="utf-8",
    )
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = kamdesk_main(["import-sheet", "--db", str(db), "--kind", "products", str(sheet)])
    sheet.unlink()
    return None if code == 0 else f"exit {code}: {err.getvalue().strip()}"


def main(kind: str, path: str, rounds: int) -> None:
    install()  # every unit of work captures its writes for sync, as in the app
    db = open_database(Path(path)) if kind == "gui" else None
    failed: dict[int, str] = {}
    start = time.time()
    try:
        for round_no in range(rounds):
            why = form_save(db, round_no) if db else cli_import(Path(path), round_no)
            if why is not None:
                failed[round_no] = why
    finally:
        if db is not None:
            db.close()
    print(json.dumps({"failed": failed, "start": start, "end": time.time()}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
