"""Issue 15, case 3: a second writer waits for the first (BEGIN IMMEDIATE) instead of failing
at once, so a GUI form's saves and command-line imports run together lose nothing: 300 saves
and 100 imports, zero failures, every edit of both found afterwards."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from kamdesk.db import Database
from kamdesk.domain.client import ClientProfile
from kamdesk.models import Client, Product
from kamdesk.services.clients.dossier import save_profile
from tests.db.writers import (
    CLIENTS,
    SHARED_SKU,
    city,
    client_name,
    new_price,
    product_sku,
    shared_price,
)

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = {"gui": 300, "cli": 100}  # a save takes a fifth of an import: both write throughout


def test_a_gui_form_and_a_cli_importer_together_lose_nothing(db: Database) -> None:
    with db.unit_of_work() as session:  # the clients the form will edit, one a round
        for n in range(CLIENTS):
            profile = ClientProfile(name=client_name(n), city="before", kam="Anna Kovács")
            save_profile(session, profile, today=date.today())
    db.close()  # the two writers are other processes
    writers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.db.writers", kind, str(db.path), str(ROUNDS[kind])],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for kind in ("gui", "cli")
    ]
    reports = []
    for writer in writers:
        out, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
        reports.append(json.loads(out))
    gui, cli = reports
    assert gui["failed"] == {}
    assert cli["failed"] == {}
    # they did write at the same time: each started before the other had finished
    assert gui["start"] < cli["end"] and cli["start"] < gui["end"]

    with db.reading() as session:
        cities = dict(session.execute(select(Client.name, Client.city)).all())
        prices = dict(session.execute(select(Product.sku, Product.base_price)).all())
    last = ROUNDS["gui"] - CLIENTS  # the form's last turn on each client
    assert cities == {client_name(n): city(last + n) for n in range(CLIENTS)}
    imports = ROUNDS["cli"]
    assert prices == {
        SHARED_SKU: Decimal(shared_price(imports - 1)),
        **{product_sku(n): Decimal(new_price(n)) for n in range(imports)},
    }
