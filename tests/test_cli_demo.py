"""`kamdesk demo`: deterministic, sound, and never mixed into existing data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kamdesk.cli import main
from tests.factories import DEMO_AS_OF, build_demo_copy


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_same_seed_gives_identical_digest_and_check_is_ok(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b, c = tmp_path / "a.sqlite", tmp_path / "b.sqlite", tmp_path / "c.sqlite"
    for path, seed in ((a, "7"), (b, "7"), (c, "8")):
        code, _, err = run(capsys, "demo", "--db", str(path), "--seed", seed, "--clients", "12",
                           "--as-of", "2026-06-30")  # fmt: skip
        assert code == 0, err
        assert "12 clients" in err
    digests = [run(capsys, "digest", "--db", str(p))[1] for p in (a, b, c)]
    assert digests[0] == digests[1]
    assert digests[0] != digests[2]
    counts = {line.split()[0]: int(line.split()[1]) for line in digests[0].splitlines()}
    assert counts["client"] == 12 and counts["order_line"] > 0 and counts["company"] == 1
    assert run(capsys, "check", "--db", str(a)) == (0, "OK\n", "")


def test_the_command_writes_what_build_demo_builds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], migrated_template: Path
) -> None:
    """So tests may read the demo portfolio built once per run (tests/conftest.py) where the
    command would have written it."""
    by_command, by_function = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    assert run(capsys, "demo", "--db", str(by_command), "--clients", "5", "--as-of",
               DEMO_AS_OF.isoformat())[0] == 0  # fmt: skip
    build_demo_copy(migrated_template, by_function, clients=5, as_of=DEMO_AS_OF)
    digests = [run(capsys, "digest", "--db", str(p)) for p in (by_command, by_function)]
    assert digests[0][0] == 0 and "client 5" in digests[0][1]
    assert digests[0] == digests[1]


def test_demo_history_ends_at_the_as_of_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "d.sqlite"
    assert run(capsys, "demo", "--db", str(path), "--clients", "8", "--as-of", "2025-03-15")[0] == 0
    orders = json.loads(run(capsys, "list", "orders", "--db", str(path), "--json")[1])
    assert orders and max(o["date"] for o in orders) <= "2025-03-15"
    assert min(o["date"] for o in orders) < "2023-06-01"
    activities = json.loads(run(capsys, "list", "activities", "--db", str(path), "--json")[1])
    assert any(a["start"] and a["start"] > "2025-03-16" for a in activities)


def test_demo_refuses_an_existing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mine.sqlite"
    path.write_bytes(b"precious")
    code, _, err = run(capsys, "demo", "--db", str(path), "--clients", "3")
    assert code == 2 and "exists" in err
    assert path.read_bytes() == b"precious"


def test_bad_arguments_are_refused_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["demo", "--db", str(tmp_path / "x.sqlite"), "--as-of", "2026-13-45"])
    assert done.value.code == 2
    assert "not a date" in capsys.readouterr().err
    assert not (tmp_path / "x.sqlite").exists()


def test_demo_of_a_russian_supplier_passes_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ru.sqlite"
    code, _, err = run(capsys, "demo", "--db", str(path), "--clients", "10", "--country", "ru",
                       "--as-of", "2026-06-30")  # fmt: skip
    assert code == 0, err
    assert run(capsys, "check", "--db", str(path)) == (0, "OK\n", "")
    clients = json.loads(run(capsys, "list", "clients", "--db", str(path), "--json")[1])
    assert "RU" in {c.get("country") for c in clients}


def test_an_unknown_supplier_country_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["demo", "--db", str(tmp_path / "x.sqlite"), "--country", "FR"])
    assert done.value.code == 2
    assert "invalid choice: 'FR'" in capsys.readouterr().err
    assert not (tmp_path / "x.sqlite").exists()
