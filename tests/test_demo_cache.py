"""The GUI's `--demo` file: built under a temporary name, rebuilt when incomplete."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

import kamdesk.cli as cli
import kamdesk.demo.build as demo_build
from kamdesk.paths import AppPaths


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Builds made (small ones, to keep the test quick); each checks nothing is at the final
    name while it runs."""
    made: list[Path] = []
    real_file, real_build = cli.build_demo_file, demo_build.build_demo

    def small_file(path: Path, **kw: Any) -> None:
        made.append(path)
        real_file(path, **{**kw, "clients": 3})

    def watched(db: Any, **kw: Any) -> Any:
        assert db.path.name.endswith(".building")
        assert not Path(str(db.path).removesuffix(".building")).exists()
        return real_build(db, **kw)

    monkeypatch.setattr(cli, "build_demo_file", small_file)
    monkeypatch.setattr(demo_build, "build_demo", watched)
    return made


def clients(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert cli.main(["digest", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    return next(" ".join(ln.split()[:2]) for ln in out.splitlines() if ln.startswith("client "))


def leftovers(paths: AppPaths) -> list[str]:
    return sorted(p.name for p in paths.demo_database.parent.iterdir())


def test_an_empty_cached_demo_is_rebuilt(
    paths: AppPaths,
    migrated_template: Path,
    builds: list[Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    shutil.copyfile(migrated_template, paths.demo_database)  # a build killed before renaming
    assert cli.demo_database(paths) == paths.demo_database
    assert builds == [paths.demo_database]
    assert clients(paths.demo_database, capsys) == "client 3"
    assert leftovers(paths) == ["demo.sqlite"]


@pytest.mark.parametrize("leftover", ["zero bytes", "killed build"])
def test_a_killed_build_is_cleared_and_rebuilt(
    paths: AppPaths,
    migrated_template: Path,
    builds: list[Path],
    leftover: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if leftover == "zero bytes":
        paths.demo_database.write_bytes(b"")
    building = paths.demo_database.with_name("demo.sqlite.building")
    shutil.copyfile(migrated_template, building)
    Path(f"{building}-wal").write_bytes(b"")
    cli.demo_database(paths)
    assert builds == [paths.demo_database]
    assert clients(paths.demo_database, capsys) == "client 3"
    assert leftovers(paths) == ["demo.sqlite"]


def test_a_failed_build_leaves_no_demo(
    paths: AppPaths, builds: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(db: Any, **kw: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(demo_build, "build_demo", interrupted)
    with pytest.raises(KeyboardInterrupt):
        cli.demo_database(paths)
    assert leftovers(paths) == []


def test_a_complete_demo_is_reused(
    paths: AppPaths, demo_template: Path, builds: list[Path]
) -> None:
    shutil.copyfile(demo_template, paths.demo_database)
    before = paths.demo_database.read_bytes()
    assert cli.demo_database(paths) == paths.demo_database
    assert builds == []
    assert paths.demo_database.read_bytes() == before
    assert leftovers(paths) == ["demo.sqlite"]
