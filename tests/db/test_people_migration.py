"""Migration 0014 on a laptop: the free-text KAM names of a file at 0013 (tests/db/fixtures)
become KAM records and one to three assignments per client, nothing typed lost; a file that
never synced holds them as its baseline, one that did as its own captured edits."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from kamdesk.db import make_engine, open_database
from kamdesk.domain.client import kam_name_key
from kamdesk.domain.natural_keys import client_kam_id, kam_id
from kamdesk.services.check import check
from kamdesk.services.digest import digest, from_records
from tests.db.make_fixtures import fixture_path, uid
from tests.db.people import EXPECTED, FOURTH_IN_NOTES, TYPED, add_typed_clients, assignments


def at_0013(folder: Path, *, synced: bool = False) -> Path:
    """A copy of the 0013 fixture with the typed clients, their writes part of its baseline
    (as the release before wrote them in a file that never exported); `synced`: it has
    exchanged with a peer."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "kamdesk.sqlite"
    shutil.copyfile(fixture_path("0013"), path)
    engine = make_engine(path)
    try:
        with engine.begin() as conn:
            add_typed_clients(conn)
            conn.exec_driver_sql("DELETE FROM sync_dirty")
            if synced:
                conn.exec_driver_sql(
                    "INSERT INTO sync_peer (replica_id, name, acked) VALUES ('peer', 'Peer', '{}')"
                )
    finally:
        engine.dispose()
    return path


@pytest.fixture(scope="module")
def upgraded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = at_0013(tmp_path_factory.mktemp("people"))
    open_database(path, backups=path.parent / "backups").close()
    return path


def _read(path: Path, sql: str) -> list[tuple[object, ...]]:
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(sa.text(sql))]
    finally:
        engine.dispose()


def test_each_name_becomes_an_assignment_in_the_order_typed(upgraded: Path) -> None:
    engine = make_engine(upgraded)
    try:
        with engine.connect() as conn:
            got = assignments(conn)
    finally:
        engine.dispose()

    assert {name: got.get(uid(f"typed {name}"), []) for name in TYPED} == EXPECTED


def test_names_past_the_third_go_to_the_notes_and_the_text_stays(upgraded: Path) -> None:
    rows = dict(_read(upgraded, "SELECT id, notes FROM client"))  # type: ignore[arg-type]
    assert rows[uid("typed four")] == FOURTH_IN_NOTES
    assert rows[uid("typed three")] == ""
    typed = dict(_read(upgraded, "SELECT id, kam FROM client"))  # type: ignore[arg-type]
    assert {name: typed[uid(f"typed {name}")] for name in TYPED} == {
        name: kam for name, (kam, *_rest) in TYPED.items()
    }


def test_one_kam_per_name_key_with_ids_derived_from_keys(upgraded: Path) -> None:
    kams = _read(upgraded, "SELECT id, name, name_key, role_name, team_id FROM kam")
    names = sorted(str(name) for _id, name, *_ in kams)
    assert names == sorted(
        [
            "Kovács Anna",
            "Elena Morozova",
            "Luca Bianchi",
            "Chiara Romano",
            "Kovacs Anna",
            "Ghost Name",
        ]
    )
    for kid, name, key, role, team in kams:
        assert key == kam_name_key(str(name)) and kid == kam_id(str(key))
        assert role is None and team is None  # no login, no team yet
    links = _read(upgraded, "SELECT id, client_id, kam_id FROM client_kam")
    assert all(i == client_kam_id(str(c), str(k)) for i, c, k in links)


def test_kamdesk_check_names_the_client_without_a_kam_only(upgraded: Path) -> None:
    engine = make_engine(upgraded)
    try:
        with engine.connect() as conn:
            assert check(conn) == ["client_kam: 1 live clients with no KAM assigned"]
            conn.execute(
                sa.text("UPDATE client SET deleted_at = updated_at WHERE id = :i"),
                {"i": uid("typed none")},
            )
            assert check(conn) == []
            conn.rollback()
    finally:
        engine.dispose()


def _marked(path: Path) -> set[str]:
    return {str(e) for (e,) in _read(path, "SELECT DISTINCT entity FROM sync_dirty")}


def _baseline(path: Path) -> str:
    return str(_read(path, "SELECT value FROM sync_meta WHERE key = 'baseline'")[0][0])


def test_a_file_that_never_synced_holds_them_as_its_baseline(tmp_path: Path) -> None:
    path = at_0013(tmp_path)
    before = _baseline(path)
    database = open_database(path, backups=tmp_path / "backups")
    try:
        # the client whose notes took the fourth name: its edit; the new records: no events
        assert _marked(path) == {"client"}
        assert _baseline(path) not in (before, "") and _baseline(path).startswith("base-")
        with database.engine.connect() as conn:
            assert [d.line() for d in digest(conn)] == [d.line() for d in from_records(conn)]
    finally:
        database.close()


def test_a_file_that_synced_records_them_as_its_edits(tmp_path: Path) -> None:
    path = at_0013(tmp_path, synced=True)
    before = _baseline(path)
    database = open_database(path, backups=tmp_path / "backups")
    try:
        assert _marked(path) == {"client", "kam", "client_kam"}
        assert _baseline(path) == before
        with database.unit_of_work():  # the capture turns the marks into events
            pass
        states = dict(_read(path, "SELECT entity, count(*) FROM sync_state GROUP BY entity"))
        made = {t: _read(path, f"SELECT count(*) FROM {t}")[0][0] for t in ("kam", "client_kam")}
        assert states == {"client": 1, **made}  # every new record, and the notes' edit
        with database.engine.connect() as conn:
            assert [d.line() for d in digest(conn)] == [d.line() for d in from_records(conn)]
    finally:
        database.close()
