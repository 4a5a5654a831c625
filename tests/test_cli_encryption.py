"""An encrypted database on the command line (#15 item 7): every command takes
--passphrase-file F (or KAMDESK_PASSPHRASE_FILE); without it, or with a wrong one, exit 2 with
a clear message and the file untouched."""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kamdesk.cli import main
from kamdesk.cli.encryption import DEST, ENV_PASSPHRASE_FILE
from kamdesk.cli.parser import build_parser
from kamdesk.db.cipher import is_encrypted, use_passphrase
from kamdesk.db.encryption import encrypt_file

SECRET = "m0untain ' river"


@pytest.fixture(autouse=True)
def forget_passphrase() -> Iterator[None]:
    """main() holds --passphrase-file's passphrase for the process: not for the next test
    (a later test of a missing passphrase would find it)."""
    yield
    use_passphrase(None, None)


@pytest.fixture(scope="module")
def encrypted_template(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    folder = tmp_path_factory.mktemp("encrypted")
    path = folder / "kamdesk.sqlite"
    shutil.copyfile(demo_template, path)
    encrypt_file(path, SECRET, backups=folder / "backups")
    return path


@pytest.fixture
def enc(tmp_path: Path, encrypted_template: Path) -> Path:
    path = tmp_path / "kamdesk.sqlite"
    shutil.copyfile(encrypted_template, path)
    return path


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(SECRET + "\n", encoding="utf-8")  # the trailing newline is not part of it
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def leaves(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found.extend(leaves(sub))
    return found


def test_every_command_takes_the_option() -> None:
    parsers = leaves(build_parser())
    assert len(parsers) > 20
    for parser in parsers:
        flags = {s for a in parser._actions if a.dest == DEST for s in a.option_strings}
        assert "--db-passphrase-file" in flags, parser.prog
        own = parser.prog.split()[-1] in ("export", "import")  # their own is the sync one
        assert ("--passphrase-file" in flags) != own, parser.prog


@pytest.mark.parametrize(
    "argv",
    [
        ["check"],
        ["digest"],
        ["list", "clients", "--json"],
        ["report", "key-clients", "--json"],
        ["conflicts"],
    ],
)
def test_without_the_passphrase_exit_2_and_nothing_changed(
    enc: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    before = sha(enc)
    code, out, err = run(capsys, *argv, "--db", str(enc))
    assert code == 2 and out == ""
    assert err == (
        f"kamdesk: {enc} is encrypted: give --passphrase-file F (a file whose first line is "
        "its passphrase; --db-passphrase-file F for export and import). Nothing was changed.\n"
    )
    assert sha(enc) == before
    assert sorted(p.name for p in enc.parent.iterdir()) == ["kamdesk.sqlite"]


def test_a_wrong_passphrase_exit_2(
    enc: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("m0untain river\n", encoding="utf-8")
    rates = tmp_path / "rates.csv"
    rates.write_text("date,currency,rate,source\n2026-11-02,EUR,402.5,MNB\n", encoding="utf-8")
    before = sha(enc)
    for argv in (["check"], ["digest"], ["import-sheet", "--kind", "rates", str(rates)]):
        code, out, err = run(capsys, *argv, "--db", str(enc), "--passphrase-file", str(wrong))
        assert code == 2 and out == "", argv
        assert err.startswith(f"kamdesk: The passphrase does not open {enc}"), err
    assert sha(enc) == before


def test_with_the_passphrase_every_reader_works(
    enc: Path, key_file: Path, demo_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "check", "--db", str(enc), "--passphrase-file", str(key_file)) == (
        0,
        "OK\n",
        "",
    )
    code, digest, _ = run(capsys, "digest", "--db", str(enc), "--passphrase-file", str(key_file))
    assert code == 0
    assert run(capsys, "digest", "--db", str(demo_template)) == (0, digest, "")
    code, out, err = run(
        capsys, "report", "key-clients", "--json", "--db", str(enc), "--passphrase-file",
        str(key_file),
    )  # fmt: skip
    assert code == 0 and out.startswith("["), err
    assert sorted(p.name for p in enc.parent.iterdir()) == ["kamdesk.sqlite", "passphrase.txt"]


def test_the_environment_variable_gives_it_too(
    enc: Path, key_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_PASSPHRASE_FILE, str(key_file))
    assert run(capsys, "check", "--db", str(enc)) == (0, "OK\n", "")
    monkeypatch.delenv(ENV_PASSPHRASE_FILE)
    assert run(capsys, "check", "--db", str(enc))[0] == 2  # forgotten with the variable


def test_a_writer_and_a_sync_export_with_the_passphrase(
    enc: Path, key_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rates = tmp_path / "rates.csv"
    rates.write_text("date,currency,rate,source\n2026-11-02,EUR,402.5,MNB\n", encoding="utf-8")
    code, _, err = run(
        capsys, "import-sheet", "--kind", "rates", str(rates), "--db", str(enc),
        "--passphrase-file", str(key_file),
    )  # fmt: skip
    assert code == 0, err
    assert is_encrypted(enc)
    out_file = tmp_path / "all.kamsync"
    code, _, err = run(
        capsys, "export", "--db", str(enc), "--out", str(out_file), "--no-encryption",
        "--db-passphrase-file", str(key_file),
    )  # fmt: skip
    assert code == 0, err
    assert out_file.stat().st_size > 0
    code, _, err = run(
        capsys, "import", str(out_file), "--db", str(enc), "--dry-run",
        "--db-passphrase-file", str(key_file),
    )  # fmt: skip
    # the dry run opened its encrypted copy of the database, then refused the file as sync does
    assert (code, err) == (2, "kamdesk: This sync file was written by this laptop: import it on "
                           "another one.\n")  # fmt: skip


def test_a_plain_database_ignores_the_option(
    demo_template: Path, key_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "check", "--db", str(demo_template), "--passphrase-file", str(key_file)
    )
    assert (code, out) == (0, "OK\n")


def test_an_empty_or_missing_passphrase_file(
    enc: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    code, _, err = run(capsys, "check", "--db", str(enc), "--passphrase-file", str(empty))
    assert code == 2 and "is empty" in err
    missing = tmp_path / "nowhere.txt"
    code, _, err = run(capsys, "check", "--db", str(enc), "--passphrase-file", str(missing))
    assert code == 2 and "Cannot read the passphrase file" in err


def test_a_real_process_says_only_its_message(enc: Path, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("nope\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "kamdesk", "digest", "--db", str(enc), "--passphrase-file",
         str(wrong)],
        capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )  # fmt: skip
    assert result.returncode == 2
    # SQLCipher's own "hmac check failed" lines stay out of it
    assert result.stderr.splitlines() == [
        f"kamdesk: The passphrase does not open {enc}, or the file is damaged (or it is not a "
        "kamdesk database). Nothing was changed."
    ]


def test_a_damaged_encrypted_file_is_reported_as_damaged(
    enc: Path, key_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with enc.open("r+b") as fh:  # a page overwritten: its authentication code no longer matches
        fh.seek(20 * 4096 + 100)
        fh.write(b"\x00" * 200)
    code, out, err = run(capsys, "check", "--db", str(enc), "--passphrase-file", str(key_file))
    assert code == 1, err
    assert "the file is damaged" in out
    code, out, err = run(capsys, "digest", "--db", str(enc), "--passphrase-file", str(key_file))
    assert code == 2 and out == ""
    assert err.startswith(f"kamdesk: the file is damaged: {enc}")
