"""`kamdesk server import FILE --server URL`: a laptop's sync file merged into the team server
(a real PostgreSQL, tests/pg.py), as `kamdesk import` merges it into a laptop."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from kamdesk.cli import main
from kamdesk.db.server import shown
from kamdesk.domain.merge import RecordState
from kamdesk.models import Client, Company, Contact, OrderLine, Product
from kamdesk.services.sync.conflicts import open_conflicts
from kamdesk.services.sync.files import export_file
from kamdesk.services.sync.store import all_rows
from kamdesk.services.sync.tables import entities
from kamdesk.sync import codec
from tests.factories import add_client, add_order
from tests.sync.laptops import Laptop

Sessions = sessionmaker[Session]
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def anna(tmp_path: Path, migrated_template: Path) -> Iterator[Laptop]:
    laptop = Laptop.new(tmp_path / "anna", "Anna", migrated_template)
    yield laptop
    laptop.close()


@pytest.fixture
def boris(tmp_path: Path, migrated_template: Path) -> Iterator[Laptop]:
    laptop = Laptop.new(tmp_path / "boris", "Boris", migrated_template)
    yield laptop
    laptop.close()


def _secret(tmp_path: Path, words: str = PASSPHRASE) -> Path:
    path = tmp_path / f"pass-{len(words)}.txt"
    path.write_text(words + "\n", encoding="utf-8")
    return path


def _export(laptop: Laptop, peer: str | None = None, *, tag: str = "") -> Path:
    out = laptop.folder / f"{laptop.name}-{peer or 'all'}{tag}.kamsync"
    export_file(laptop.db, out, peer=peer, passphrase=PASSPHRASE)
    return out


def _server_import(url: str, path: Path, secret: Path) -> int:
    return main(["server", "import", str(path), "--server", url, "--passphrase-file", str(secret)])


def _live(session: Session) -> dict[str, dict[str, dict[str, Any]]]:
    """Every live record, entity by entity, as sync sees its fields (blobs by their hash)."""
    return {
        name: {rid: row.values for rid, row in all_rows(session, entity) if not row.deleted}
        for name, entity in entities().items()
    }


def _portfolio(s: Session) -> None:
    acme = add_client(s, "Acme Kft.", city="Győr", phone="+36 1 234")
    s.add(Contact(client_id=acme.id, full_name="Kiss Éva", is_vip=True))
    add_client(s, "Szőnyi Élelmiszer Zrt.", city="Székesfehérvár, Ipari Park " * 6)
    add_order(s, acme, [("3", "10.00", "0"), ("1.5", "4.20", "5")], number="SO-A-1")
    s.add(Product(sku="OLD-1", name="Retired", vat_rate=Decimal(20), base_price=Decimal(1),
                  currency="EUR", active=False))  # fmt: skip
    s.add(Company(legal_name="Our Firm Kft.", logo=b"\x89PNG\r\n\x00\xff logo"))


def test_a_laptops_file_lands_on_the_server_as_the_laptop_holds_it(
    anna: Laptop, pg_url: str, pg_sessions: Sessions, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    anna.do(_portfolio)
    anna.do(lambda s: s.delete(s.query(Product).filter_by(sku="OLD-1").one()))
    capsys.readouterr()
    assert _server_import(pg_url, _export(anna), _secret(tmp_path)) == 0
    out = capsys.readouterr().out
    assert "added    client               2" in out
    assert "conflicts open: 0" in out
    assert f"merged into {shown(pg_url)}" in out
    with pg_sessions() as s:
        on_server = _live(s)
        assert s.get(Client, next(iter(on_server["client"]))) is not None
    on_laptop = anna.read(_live)
    for name in entities():
        assert on_server[name] == on_laptop[name], name
    assert len(on_server["order_line"]) == 2 and len(on_server["company"]) == 1
    assert "OLD-1" not in {v["sku"] for v in on_server["product"].values()}


def test_the_same_file_twice_changes_nothing(
    anna: Laptop, pg_url: str, pg_sessions: Sessions, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    anna.do(_portfolio)
    bundle, secret = _export(anna), _secret(tmp_path)
    assert _server_import(pg_url, bundle, secret) == 0

    def held(s: Session) -> tuple[Any, ...]:
        states = s.execute(text("SELECT entity, record_id, state FROM sync_state ORDER BY 1, 2"))
        meta = s.execute(text("SELECT key, value FROM sync_meta WHERE key <> 'clock'"))
        return _live(s), states.all(), sorted(meta.all())

    with pg_sessions() as s:
        before = held(s)
    capsys.readouterr()
    assert _server_import(pg_url, bundle, secret) == 0
    assert "nothing new in this file" in capsys.readouterr().out
    with pg_sessions() as s:
        assert held(s) == before


def _sides(conflicts: list[Any]) -> list[tuple[Any, ...]]:
    return sorted((c.id, c.kind, c.entity, c.record_id, c.field) for c in conflicts)


def test_two_laptops_edits_of_one_field_are_one_conflict_as_on_a_laptop(
    anna: Laptop, boris: Laptop, pg_url: str, pg_sessions: Sessions, tmp_path: Path,
    migrated_template: Path,
) -> None:  # fmt: skip
    cid = anna.do(lambda s: add_client(s, "Acme Kft.", phone="+36 1 000").id)
    boris.take(anna.export())

    def phone(value: str) -> Any:
        return lambda s: setattr(s.get(Client, cid), "phone", value)

    anna.do(phone("+36 1 111"))
    boris.do(phone("+36 1 222"))
    files = [_export(anna, tag="-2"), _export(boris, tag="-2")]
    secret = _secret(tmp_path)
    carol = Laptop.new(tmp_path / "carol", "Carol", migrated_template)
    try:
        for bundle in files:
            assert _server_import(pg_url, bundle, secret) == 0
            carol.take(bundle, passphrase=PASSPHRASE)
        on_carol = carol.conflicts()
        carol_phone = carol.read(lambda s: s.get(Client, cid).phone)
    finally:
        carol.close()
    with pg_sessions() as s:
        on_server = open_conflicts(s)
        server_phone = s.get(Client, cid).phone
    assert len(on_server) == 1 and on_server[0].field == "phone"
    assert _sides(on_server) == _sides(on_carol)
    assert [c.winner for c in on_server] == [c.winner for c in on_carol]
    assert server_phone == carol_phone


def _nothing_on(pg_sessions: Sessions) -> None:
    with pg_sessions() as s:
        for table in ("client", "sync_state", "sync_peer", "sync_exchange"):
            assert s.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0, table


def test_a_wrong_passphrase_is_refused_as_on_a_laptop_and_changes_nothing(
    anna: Laptop, boris: Laptop, pg_url: str, pg_sessions: Sessions, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    anna.do(_portfolio)
    bundle, wrong = _export(anna), _secret(tmp_path, "not the team's passphrase")
    capsys.readouterr()
    assert _server_import(pg_url, bundle, wrong) == 2
    on_server = capsys.readouterr().err
    db = str(boris.folder / "Boris.sqlite")
    assert main(["import", "--db", db, str(bundle), "--passphrase-file", str(wrong)]) == 2
    assert on_server == capsys.readouterr().err != ""
    _nothing_on(pg_sessions)


def test_a_file_for_another_laptop_is_refused_as_on_a_laptop_and_changes_nothing(
    anna: Laptop, boris: Laptop, pg_url: str, pg_sessions: Sessions, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    anna.do(_portfolio)
    anna.take(boris.export())  # now Anna knows Boris: her next file is addressed to him
    for_boris = _export(anna, "Boris")
    capsys.readouterr()
    assert _server_import(pg_url, for_boris, _secret(tmp_path)) == 2
    err = capsys.readouterr().err
    assert "made for another laptop" in err
    _nothing_on(pg_sessions)


def test_an_order_total_made_again_on_the_server_is_the_servers_own_edit(
    anna: Laptop, pg_url: str, pg_sessions: Sessions, tmp_path: Path
) -> None:
    order_id = anna.do(lambda s: add_order(s, add_client(s, "Acme Kft."), [("2", "10.00", "0")]).id)

    def more(s: Session) -> None:  # a script's write: the line's amounts are left as they were
        line = s.query(OrderLine).filter_by(order_id=order_id).one()
        line.quantity = Decimal(5)

    anna.do(more)
    assert _server_import(pg_url, _export(anna), _secret(tmp_path)) == 0
    with pg_sessions() as s:
        server = s.execute(text("SELECT id FROM replica WHERE retired_at IS NULL")).scalar_one()
        total = s.execute(
            text("SELECT total_net FROM sales_order WHERE id = :o"), {"o": order_id}
        ).scalar_one()
        kept = s.execute(
            text("SELECT state FROM sync_state WHERE entity = 'sales_order' AND record_id = :o"),
            {"o": order_id},
        ).scalar_one()
        peers = s.execute(text("SELECT replica_id, name FROM sync_peer")).all()
        pending = s.execute(text("SELECT count(*) FROM sync_dirty")).scalar_one()
    anna_id = anna.read(lambda s: s.execute(text("SELECT id FROM replica")).scalar_one())
    assert total == 5000  # 5 x 10.00 EUR in cents, made again from the line
    state: RecordState = codec.decode("sales_order", json.loads(kept))
    (version,) = state.fields["total_net"]
    assert version.value == 5000 and version.dot.replica == server != anna_id
    assert [(str(r), str(n)) for r, n in peers] == [(anna_id, "Anna")]  # heard from
    assert pending == 0  # every mark captured


def test_the_server_captures_a_write_made_on_it(pg_url: str, pg_sessions: Sessions) -> None:
    # the capture trigger: a write on the server (any path) is noted with its old image as
    # SQLite's triggers note it (booleans 0/1, blobs as hex), the first write's image kept
    from kamdesk.services.sync.capture import _old_row
    from kamdesk.services.sync.server_import import ensure_server_replica

    with pg_sessions() as s:
        ensure_server_replica(s)
        client = add_client(s, "Acme Kft.")
        eva = Contact(client_id=client.id, full_name="Kiss Éva", is_vip=True)
        s.add_all([eva, Company(id="co", legal_name="Firm", logo=b"\x00\xffab")])
        s.flush()
        s.execute(text("DELETE FROM sync_dirty"))
        client.city, eva.is_vip = "Győr", False
        s.flush()
        client.city = "Pécs"
        s.execute(text("UPDATE company SET logo = NULL WHERE id = 'co'"))
        marks = {str(r): o for r, o in s.execute(text("SELECT record_id, old FROM sync_dirty"))}
        s.commit()
    row = _old_row(entities()["client"], marks[client.id])
    assert row.values["city"] == "" and row.values["name"] == "Acme Kft." and not row.deleted
    assert _old_row(entities()["contact"], marks[eva.id]).values["is_vip"] == 1
    logo = _old_row(entities()["company"], marks["co"]).values["logo"]
    assert logo == codec.BLOB_PREFIX + __import__("hashlib").sha256(b"\x00\xffab").hexdigest()


def test_the_server_captures_every_synced_table_and_defers_its_keys(pg_sessions: Sessions) -> None:
    with pg_sessions() as s:
        captured = s.execute(
            text(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE t.tgname LIKE 'sync\\_%'"
            )
        ).scalars()
        immediate = s.execute(
            text("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND NOT condeferrable")
        ).scalar_one()
        digest = s.execute(text("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'digest%'"))
        assert sorted(captured) == sorted(entities())  # the laptop's synced tables, no others
        assert immediate == 0
        assert digest.scalar_one() == 0  # no tallies on the server (design 2.7)
