"""Two kinds of writer for test_writers_wait, each run in its own process:
`python -m tests.db.writers gui|cli DB ROUNDS`. Prints the rounds that failed, one a line."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from kamdesk.db import Database, open_database
from kamdesk.errors import KamdeskError
from kamdesk.models import Client
from kamdesk.services.prices.price_import import Sheet
from kamdesk.services.prices.rate_import import import_rates
from kamdesk.services.sync.capture import install

FIRST_DAY = date(2026, 1, 1)


def gui_save(db: Database, round_no: int) -> None:
    """As an edit form saves: read in the unit of work, then write."""
    with db.unit_of_work() as session:
        first = session.scalars(select(Client).order_by(Client.name).limit(1)).first()
        if first is not None:
            first.city = f"city {round_no}"
        session.add(Client(name=f"gui {round_no}", currency="EUR", status="active"))


def cli_import(db: Database, round_no: int) -> None:
    """As `kamdesk import-sheet --kind rates` writes: plan against the company, then record."""
    day = FIRST_DAY + timedelta(days=round_no)
    sheet = Sheet("rates.csv", ("date", "currency", "rate"), ((day.isoformat(), "USD", "0.9"),))
    with db.unit_of_work() as session:
        plan = import_rates(session, sheet, write=True)
        assert not plan.problems, plan.problems


def main(kind: str, path: str, rounds: int) -> None:
    install()
    write = gui_save if kind == "gui" else cli_import
    db = open_database(Path(path))
    try:
        for round_no in range(rounds):
            try:
                write(db, round_no)
            except KamdeskError as exc:
                print(f"{kind} round {round_no}: {exc}", flush=True)
    finally:
        db.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
