"""The demo portfolio (40 clients with their orders, invoices, payments, meetings, documents)
exported by a laptop and imported into the team server: every live record the same, entity by
entity; then an edit on the laptop travels as an incremental file addressed to the server."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from kamdesk.models import Client
from kamdesk.services.sync.files import export_file
from kamdesk.services.sync.server_import import import_to_server
from kamdesk.services.sync.store import all_rows
from kamdesk.services.sync.tables import entities
from tests.sync.laptops import Laptop

Sessions = sessionmaker[Session]


@pytest.fixture
def demo_laptop(tmp_path: Path, demo_template: Path) -> Iterator[Laptop]:
    copy = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, copy)
    laptop = Laptop.new(tmp_path / "demo", "Demo", copy)
    yield laptop
    laptop.close()


def _live(session: Session) -> dict[str, dict[str, dict[str, Any]]]:
    return {
        name: {rid: row.values for rid, row in all_rows(session, entity) if not row.deleted}
        for name, entity in entities().items()
    }


def test_the_demo_portfolio_is_on_the_server_as_on_the_laptop_and_an_edit_follows(
    demo_laptop: Laptop, pg_url: str, pg_sessions: Sessions, tmp_path: Path,
    migrated_template: Path,
) -> None:  # fmt: skip
    full = demo_laptop.folder / "full.kamsync"
    export_file(demo_laptop.db, full, encrypt=False)
    _, summary = import_to_server(pg_url, full)
    on_laptop = demo_laptop.read(_live)
    # a new laptop seeded by the same file holds the same (a client's monthly plan is no twin
    # of the department's plan of that month: a partial key's condition holds for both sides)
    fresh = Laptop.new(tmp_path / "fresh", "Fresh", migrated_template)
    try:
        fresh.take(full)
        assert fresh.read(_live) == on_laptop
        assert fresh.conflicts() == []
    finally:
        fresh.close()
    with pg_sessions() as s:
        on_server = _live(s)
        server_id = str(s.execute(text("SELECT id FROM replica")).scalar_one())
    assert sum(summary.added.values()) == sum(len(rows) for rows in on_laptop.values())
    assert summary.conflicts == 0
    for name in entities():
        assert on_server[name] == on_laptop[name], name
    assert len(on_server["client"]) == 40 and len(on_server["sales_plan"]) == 865

    # the laptop hears from the server (an empty file would do: a full one here), so its next
    # file is addressed to the server and holds only the edit
    back = demo_laptop.folder / "anything.kamsync"
    _server_file(pg_url, back)
    demo_laptop.take(back)
    cid = min(on_laptop["client"])

    def move(s: Session) -> None:
        client = s.get(Client, cid)
        assert client is not None
        client.city = "Debrecen"

    demo_laptop.do(move)
    out = demo_laptop.folder / "edit.kamsync"
    export_file(demo_laptop.db, out, peer=server_id, encrypt=False)
    _, summary = import_to_server(pg_url, out)
    assert summary.changed == {"client": 1} and not summary.added
    with pg_sessions() as s:
        assert s.get(Client, cid).city == "Debrecen"  # type: ignore[union-attr]
        assert _live(s) == demo_laptop.read(_live)


def _server_file(url: str, out: Path) -> None:
    """A full file from the server (what `server export` will write; step 7): its records, as
    a laptop's export would hold them, addressed to anyone."""
    from kamdesk.db.server import make_server_engine

    engine = make_server_engine(url)
    try:
        with Session(engine) as s:
            export_file_from(s, out)
            s.commit()
    finally:
        engine.dispose()


def export_file_from(session: Session, out: Path) -> None:
    from kamdesk.services.sync.export import export_bundle

    export_bundle(session, out, encrypt=False)
