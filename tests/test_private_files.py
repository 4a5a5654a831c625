"""Secrecy at rest (issue 15): what kamdesk keeps is its owner's alone on POSIX.

New files 0600 and folders 0700 (the process umask, set by every entry point); what an older
version left wider is narrowed when kamdesk starts, and nothing that is not kamdesk's is touched.
Tests run as root here: the modes are still set, and read back with stat.
"""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from kamdesk.cli import main
from kamdesk.paths import AppPaths, narrow

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture(autouse=True)
def wide_umask() -> Iterator[None]:
    """Start from the usual 022 (0644 files), and leave the process as it was found."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def wide(path: Path, *, folder: bool = False, text: str = "x") -> Path:
    """A file or folder as an older kamdesk left it: readable by everyone."""
    if folder:
        path.mkdir(parents=True, exist_ok=True)
        path.chmod(0o755)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        path.chmod(0o644)
    return path


def assert_private(*roots: Path) -> None:
    """Every file below the roots 0600 (or narrower), every folder 0700, the roots included."""
    wrong = []
    for root in roots:
        found = [root, *root.rglob("*")] if root.is_dir() else [root]
        for path in found:
            want = 0o700 if path.is_dir() else 0o600
            if mode(path) & ~want:
                wrong.append(f"{path.relative_to(root.parent)}: {oct(mode(path))}")
    assert wrong == []


def test_a_fresh_demo_and_its_folder_are_owner_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "new folder" / "demo.sqlite"
    assert main(["demo", "--db", str(path), "--clients", "3"]) == 0
    capsys.readouterr()
    assert mode(path) == 0o600
    assert_private(path.parent)
    assert os.umask(0o077) == 0o077, "the process makes owner-only files from now on"


def test_starting_narrows_what_an_older_version_left_readable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], migrated_template: Path
) -> None:
    paths = AppPaths.from_data_dir(tmp_path / "data")
    for folder in (paths.data, paths.config, paths.logs, paths.cache, paths.backups):
        wide(folder, folder=True)
    shutil.copyfile(migrated_template, paths.database)
    paths.database.chmod(0o644)
    old = [
        wide(paths.logs / "kamdesk.log"),
        wide(paths.logs / "kamdesk.log.1"),
        wide(paths.config / "kamdesk.ini"),
        wide(paths.backups / "kamdesk-20250101-000000-000000.sqlite"),
        wide(paths.cache / "demo.sqlite"),
        wide(paths.replica_registry, text="{}"),
        wide(paths.templates / "en" / "proposal.md"),
        wide(Path(str(paths.database) + "-wal")),
    ]
    # not kamdesk's: a file of the user's beside the data, a link out of a kamdesk folder
    mine = wide(paths.data / "my notes.txt")
    elsewhere = wide(tmp_path / "elsewhere.txt")
    (paths.logs / "link").symlink_to(elsewhere)
    # a command given this file with --db reads it and leaves its mode: --db is any file
    assert main(["list", "clients", "--db", str(paths.database), "--json"]) == 0
    capsys.readouterr()
    assert mode(paths.database) == 0o644
    paths.keep_private()  # what the GUI does on start for its data folder
    assert mode(paths.database) == 0o600
    assert all(mode(p) == 0o600 for p in old), [(p.name, oct(mode(p))) for p in old]
    for folder in (paths.data, paths.config, paths.logs, paths.cache, paths.backups):
        assert mode(folder) == 0o700, folder
    assert mode(paths.templates) == mode(paths.templates / "en") == 0o700
    assert mode(mine) == 0o644 and mode(elsewhere) == 0o644


def test_the_command_line_narrows_its_data_folder_before_it_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], migrated_template: Path
) -> None:
    paths = AppPaths.default()  # the test's own ($KAMDESK_DATA_DIR, see conftest)
    log = wide(paths.logs / "kamdesk.log")
    registry = wide(paths.replica_registry, text="{}")
    wide(paths.data, folder=True)
    given = tmp_path / "given.sqlite"
    shutil.copyfile(migrated_template, given)
    given.chmod(0o644)
    assert main(["digest", "--db", str(given)]) == 0
    capsys.readouterr()
    assert mode(log) == mode(registry) == 0o600 and mode(paths.data) == 0o700
    assert mode(given) == 0o644, "a read-only command does not touch the file it reads"


def test_a_sync_export_and_import_write_owner_only_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], migrated_template: Path
) -> None:
    anna = tmp_path / "anna.sqlite"
    shutil.copyfile(migrated_template, anna)
    anna.chmod(0o600)
    secret = tmp_path / "team.pass"
    secret.write_text("correct horse battery staple\n", encoding="utf-8")
    bundle = tmp_path / "out" / "anna.kamsync"
    bundle.parent.mkdir()
    assert main(["export", "--db", str(anna), "--out", str(bundle),
                 "--passphrase-file", str(secret)]) == 0  # fmt: skip
    boris = tmp_path / "boris" / "boris.sqlite"
    for _new_then_again in range(2):  # into a new file, then into it again (a backup first)
        assert main(["import", "--db", str(boris), str(bundle),
                     "--passphrase-file", str(secret)]) == 0  # fmt: skip
    capsys.readouterr()
    assert mode(bundle) == 0o600
    assert_private(boris.parent)
    paths = AppPaths.default()
    # the import's backup goes beside the file it merges into
    assert paths.replica_registry.exists() and list((boris.parent / "backups").glob("kamdesk-*"))
    assert_private(paths.data)


def test_narrow_leaves_what_it_cannot_change_and_what_is_missing(tmp_path: Path) -> None:
    assert narrow(tmp_path / "missing") is False
    exact = wide(tmp_path / "exact.txt")
    exact.chmod(0o400)
    assert narrow(exact) is True and mode(exact) == 0o400  # never widened
