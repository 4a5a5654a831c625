"""The command line as a script or a user runs it."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from kamdesk import __version__
from kamdesk.cli import main
from kamdesk.db import open_database
from tests.factories import add_client, add_order


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(tmp_path: Path, migrated_template: Path) -> Path:
    path = tmp_path / "k.sqlite"
    shutil.copyfile(migrated_template, path)  # migrated once per run (tests/conftest.py)
    db = open_database(path)
    with db.unit_of_work() as s:
        client = add_client(s, "Győri Élelmiszer Zrt.")
        add_order(s, client, [("2", "10.00", "0")], number="SO-1")
    db.close()
    return path


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"kamdesk {__version__}"


def test_check_prints_ok_on_a_sound_database(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sha(filled)
    assert main(["check", "--db", str(filled)]) == 0
    assert capsys.readouterr().out == "OK\n"
    assert sha(filled) == before


def test_check_on_a_garbage_file_fails_clearly_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Meeting notes: call Ferenc on Tuesday.\n" * 100, encoding="utf-8")
    before = sha(path)
    assert main(["check", "--db", str(path)]) != 0
    err = capsys.readouterr().err
    assert "not a kamdesk database" in err
    assert sha(path) == before
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_check_lists_each_problem_and_exits_1(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    conn = sqlite3.connect(filled)
    conn.execute("UPDATE sales_order SET total_gross = total_gross + 100")
    conn.commit()
    conn.close()
    assert main(["check", "--db", str(filled)]) == 1
    out = capsys.readouterr().out
    assert "order SO-1: stored totals" in out


def test_check_of_a_missing_file_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--db", str(tmp_path / "nope.sqlite")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "nope.sqlite").exists()


def test_list_orders_as_json(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "orders", "--db", str(filled), "--json"]) == 0
    (order,) = json.loads(capsys.readouterr().out)
    assert order["number"] == "SO-1"
    assert order["client"] == "Győri Élelmiszer Zrt."
    assert order["total"] == "24.00"
    assert order["status"] == "draft"


def test_list_limit_and_unknown_entity(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "clients", "--db", str(filled), "--json", "--limit", "0"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    with pytest.raises(SystemExit) as done:
        main(["list", "spaceships", "--db", str(filled), "--json"])
    assert done.value.code == 2


def test_digest_prints_one_line_per_entity(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["digest", "--db", str(filled)]) == 0
    lines = capsys.readouterr().out.splitlines()
    entities = {line.split()[0]: int(line.split()[1]) for line in lines}
    assert entities["client"] == 1 and entities["sales_order"] == 1 and entities["order_line"] == 1
    assert all(len(line.split()[2]) == 64 for line in lines)
