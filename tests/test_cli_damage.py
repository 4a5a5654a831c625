"""A damaged or empty database file on the command line: `check` lists the damage and names
the backup to restore (exit 1); every other command refuses it clearly (exit 2); never a
traceback (#15)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

import kamdesk.cli.damage
from kamdesk.cli import main

PAGE = 4096
READERS = (
    ["digest"],
    ["list", "clients", "--json"],
    ["list", "orders", "--json"],
    ["report", "returns", "--json"],
    ["report", "key-clients", "--csv"],
    ["report", "aging", "--json"],
)


def damaged_copy(template: Path, folder: Path, page: int) -> Path:
    """The demo with three pages from `page` on overwritten by garbage, as a failing disk
    or a half-synced copy leaves them."""
    path = folder / "kamdesk.sqlite"
    shutil.copyfile(template, path)
    with path.open("r+b") as fh:
        fh.seek(page * PAGE)
        fh.write(bytes((i * 37 + 11) % 256 for i in range(3 * PAGE)))
    return path


@pytest.fixture
def damaged(tmp_path: Path, demo_template: Path) -> Path:
    return damaged_copy(demo_template, tmp_path, 20)


@pytest.mark.parametrize("page", [20, 1500])
def test_check_lists_the_damage_and_names_the_newest_backup(
    tmp_path: Path, demo_template: Path, page: int, capsys: pytest.CaptureFixture[str]
) -> None:
    path = damaged_copy(demo_template, tmp_path, page)
    backups = tmp_path / "backups"
    backups.mkdir()
    for stamp in ("20260101-080000-000001", "20260301-080000-000001"):
        shutil.copyfile(demo_template, backups / f"kamdesk-{stamp}.sqlite")

    assert main(["check", "--db", str(path)]) == 1

    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(("integrity:", "the file is damaged:")), out
    newest = backups / "kamdesk-20260301-080000-000001.sqlite"
    assert out[-1] == (
        f"the file is damaged: restore it from the newest backup: {newest} (kamdesk check --help)"
    )


def test_check_without_a_backup_says_none_was_found(
    damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--db", str(damaged)]) == 1
    assert "(none was found in its backups folder)" in capsys.readouterr().out


@pytest.mark.parametrize("command", READERS, ids=" ".join)
def test_a_reading_command_refuses_a_damaged_file(
    damaged: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*command, "--db", str(damaged)]) == 2
    seen = capsys.readouterr()
    assert seen.out == ""
    assert seen.err.startswith(f"kamdesk: the file is damaged: {damaged} (")
    assert "restore it from the newest backup" in seen.err
    assert len(seen.err.splitlines()) == 1


def test_a_large_file_is_not_looked_over_but_its_errors_still_read_clearly(
    damaged: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above the size quick_check reads quickly, SQLite's own error gives the message."""
    monkeypatch.setattr(kamdesk.cli.damage, "QUICK_CHECK_MAX_BYTES", 0)
    # digest reads its kept tallies only; made anew, they read every table
    assert main(["digest", "--recompute", "--db", str(damaged)]) == 2
    seen = capsys.readouterr()
    assert seen.err == (
        f"kamdesk: the file is damaged: {damaged} (database disk image is malformed). "
        "Restore it from the newest backup (kamdesk check --help).\n"
    )


def test_check_repair_refuses_to_write_into_a_damaged_file(
    damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = damaged.read_bytes()
    assert main(["check", "--repair", "--db", str(damaged)]) == 2
    assert capsys.readouterr().err.startswith("kamdesk: the file is damaged:")
    assert damaged.read_bytes() == before


@pytest.mark.parametrize("command", [["check"], *READERS], ids=" ".join)
def test_an_empty_file_is_refused_by_every_command(
    tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kamdesk.sqlite"
    path.touch()
    assert main([*command, "--db", str(path)]) == 2
    seen = capsys.readouterr()
    assert seen.out == ""
    assert seen.err == (
        f"kamdesk: {path} is empty: it is not a kamdesk database. Nothing was changed. "
        "Choose another file or start a new database.\n"
    )
    assert path.read_bytes() == b""
    assert [p.name for p in tmp_path.iterdir()] == ["kamdesk.sqlite"]


def _cut_short(path: Path) -> None:
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size // 2)


def _schema_pages_damaged(path: Path) -> None:
    """The first tables' root pages overwritten: the file no longer opens at all."""
    with path.open("r+b") as fh:
        for page in (1, 2):
            fh.seek(page * PAGE + 8)
            fh.write(b"\xff" * 300)


@pytest.mark.parametrize("harm", [_cut_short, _schema_pages_damaged], ids=["truncated", "schema"])
def test_check_lists_a_file_too_damaged_to_open_as_a_problem(
    tmp_path: Path, demo_template: Path, harm: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """An SQLite file cut short or with its schema pages damaged: a problem line with the
    backup to restore, exit code 1 (not refused with exit code 2); the file untouched."""
    path = tmp_path / "kamdesk.sqlite"
    shutil.copyfile(demo_template, path)
    harm(path)
    before = path.read_bytes()
    backups = tmp_path / "backups"
    backups.mkdir()
    newest = backups / "kamdesk-20260301-080000-000001.sqlite"
    shutil.copyfile(demo_template, newest)

    assert main(["check", "--db", str(path)]) == 1

    seen = capsys.readouterr()
    assert seen.err == ""
    out = seen.out.splitlines()
    assert len(out) == 2 and out[0].startswith("the file is damaged: "), out
    expected = "the file is cut short" if harm is _cut_short else "malformed"
    assert expected in out[0]
    assert out[1] == (
        f"the file is damaged: restore it from the newest backup: {newest} (kamdesk check --help)"
    )
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "kamdesk.sqlite"]


def test_check_still_refuses_a_file_that_is_not_sqlite_at_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kamdesk.sqlite"
    path.write_bytes(b"Client list, exported as text.\n" * 40)

    assert main(["check", "--db", str(path)]) == 2

    seen = capsys.readouterr()
    assert seen.out == ""
    assert seen.err == (
        f"kamdesk: {path} is not a kamdesk database (it is not an SQLite file). "
        "Nothing was changed. Choose another file or start a new database.\n"
    )
