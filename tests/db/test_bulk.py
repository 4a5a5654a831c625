"""Filling a brand-new file in one transaction (kamdesk.db.bulk, the demo's build): a rollback
journal while it runs, the indexes built at the end; the file left as a migrated one is."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Connection

from kamdesk.db import open_database
from kamdesk.db.bulk import indexes_deferred, rollback_journal
from kamdesk.demo.build import build_demo
from kamdesk.errors import UserError


def _schema(path: Path) -> set[tuple[str, str, str, str | None]]:
    conn = sqlite3.connect(path)
    try:
        return set(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
    finally:
        conn.close()


def _indexes(conn: Connection) -> list[str]:
    return list(
        conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        ).scalars()
    )


def _mode(conn: Connection) -> str:
    return str(conn.exec_driver_sql("PRAGMA journal_mode").scalar_one())


@pytest.fixture
def fresh(tmp_path: Path, migrated_template: Path) -> Path:
    path = tmp_path / "k.sqlite"
    shutil.copyfile(migrated_template, path)
    return path


def test_the_demo_leaves_the_schema_and_the_journal_as_a_migrated_file(
    fresh: Path, migrated_template: Path
) -> None:
    db = open_database(fresh)
    try:
        build_demo(db, seed=3, clients=5, as_of=date(2026, 11, 1))
        with db.engine.connect() as conn:
            assert _mode(conn) == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
    finally:
        db.close()
    assert _schema(fresh) == _schema(migrated_template)
    assert not Path(f"{fresh}-journal").exists()


def test_a_refused_build_leaves_the_indexes_and_the_journal_as_they_were(fresh: Path) -> None:
    db = open_database(fresh)
    try:
        build_demo(db, seed=1, clients=3, as_of=date(2026, 11, 1))
        before = _schema(fresh)
        with pytest.raises(UserError):  # not an empty file: refused before a row is written
            build_demo(db, seed=1, clients=3, as_of=date(2026, 11, 1))
        with db.engine.connect() as conn:
            assert _mode(conn) == "wal"
    finally:
        db.close()
    assert _schema(fresh) == before


def test_indexes_deferred_puts_each_back_after_the_body(fresh: Path) -> None:
    db = open_database(fresh)
    try:
        with db.engine.connect() as conn:
            names = _indexes(conn)
            assert "ix_order_line_order_id" in names
            with indexes_deferred(conn):
                assert _indexes(conn) == []
            assert sorted(_indexes(conn)) == sorted(names)
            conn.commit()
    finally:
        db.close()


def test_an_error_in_the_body_rolls_the_drops_back(fresh: Path) -> None:
    db = open_database(fresh)
    try:
        with db.engine.connect() as conn:
            names = _indexes(conn)
            with pytest.raises(RuntimeError), indexes_deferred(conn):
                raise RuntimeError("the build failed")
            conn.rollback()
            assert sorted(_indexes(conn)) == sorted(names)
    finally:
        db.close()


def test_rollback_journal_switches_only_when_alone(fresh: Path) -> None:
    db = open_database(fresh)
    try:
        with db.engine.connect() as conn:
            with rollback_journal(conn) as switched:
                assert switched
                assert _mode(conn) == "delete"
                conn.exec_driver_sql("SELECT count(*) FROM client").all()
                conn.commit()
            assert _mode(conn) == "wal"
            other = sqlite3.connect(fresh)  # another reader of the file: WAL mode stays
            try:
                other.execute("SELECT count(*) FROM client").fetchall()
                with rollback_journal(conn) as switched:
                    assert not switched
                    assert _mode(conn) == "wal"
            finally:
                other.close()
            assert _mode(conn) == "wal"
    finally:
        db.close()
