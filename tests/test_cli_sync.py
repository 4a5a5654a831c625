"""`kamdesk export | import | conflicts | resolve`: the shapes scripts rely on, the exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kamdesk.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def anna(tmp_path: Path, migrated_template: Path) -> Path:
    """A small database with three clients (a demo would make every test slow)."""
    from kamdesk.db import open_database
    from tests.factories import add_client

    path = tmp_path / "anna.sqlite"
    shutil.copyfile(migrated_template, path)
    db = open_database(path)
    with db.unit_of_work() as s:
        for name in ("Győri Papír Kft.", "Pécsi Nyomda Zrt.", "Tartu Trükk OÜ"):
            add_client(s, name)
    db.close()
    return path


def _passphrase(tmp_path: Path) -> str:
    file = tmp_path / "team.pass"
    file.write_text("correct horse battery staple\n", encoding="utf-8")
    return str(file)


def _digest(capsys: pytest.CaptureFixture[str], db: Path) -> str:
    code, out, _ = run(capsys, "digest", "--db", str(db))
    assert code == 0
    return out


def test_a_full_export_seeds_a_new_file_with_the_same_digest(
    capsys: pytest.CaptureFixture[str], anna: Path, tmp_path: Path
) -> None:
    secret = _passphrase(tmp_path)
    bundle = tmp_path / "anna.kamsync"
    code, out, _ = run(capsys, "export", "--db", str(anna), "--out", str(bundle),
                       "--passphrase-file", secret)  # fmt: skip
    assert code == 0 and "full" in out
    boris = tmp_path / "boris.sqlite"
    code, out, _ = run(capsys, "import", "--db", str(boris), str(bundle),
                       "--passphrase-file", secret, "--json")  # fmt: skip
    assert code == 0
    # a backup first (#15), beside the file it protects, as import-sheet and check have it
    assert len(list((tmp_path / "backups").glob("kamdesk-*.sqlite"))) == 1
    summary = json.loads(out)
    assert set(summary) == {"added", "changed", "deleted", "conflicts"}
    assert summary["added"]["client"] > 0 and summary["conflicts"] == 0
    assert _digest(capsys, boris) == _digest(capsys, anna)
    code, out, _ = run(capsys, "check", "--db", str(boris))
    assert code == 0


def test_a_dry_run_prints_the_same_summary_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], anna: Path, tmp_path: Path
) -> None:
    bundle = tmp_path / "anna.kamsync"
    assert run(capsys, "export", "--db", str(anna), "--out", str(bundle), "--no-encryption")[0] == 0
    boris = tmp_path / "boris.sqlite"
    code, out, _ = run(capsys, "import", "--db", str(boris), str(bundle), "--dry-run", "--json")
    assert code == 0 and json.loads(out)["added"]["client"] > 0
    assert not boris.exists()


def test_a_wrong_passphrase_exits_2_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], anna: Path, tmp_path: Path
) -> None:
    bundle = tmp_path / "anna.kamsync"
    run(capsys, "export", "--db", str(anna), "--out", str(bundle),
        "--passphrase-file", _passphrase(tmp_path))  # fmt: skip
    wrong = tmp_path / "wrong.pass"
    wrong.write_text("not it\n", encoding="utf-8")
    boris = tmp_path / "boris.sqlite"
    shutil.copyfile(anna, boris)
    before = _digest(capsys, boris)
    code, _, err = run(capsys, "import", "--db", str(boris), str(bundle),
                       "--passphrase-file", str(wrong))  # fmt: skip
    assert code == 2 and "passphrase is wrong" in err
    assert _digest(capsys, boris) == before


def test_export_asks_for_a_passphrase_or_an_explicit_no_encryption(
    capsys: pytest.CaptureFixture[str], anna: Path, tmp_path: Path
) -> None:
    code, _, err = run(capsys, "export", "--db", str(anna), "--out", str(tmp_path / "x.kamsync"))
    assert code == 2 and "--no-encryption" in err
    assert not (tmp_path / "x.kamsync").exists()


def test_conflicts_are_listed_with_stable_ids_and_resolved_from_the_command_line(
    capsys: pytest.CaptureFixture[str], anna: Path, tmp_path: Path
) -> None:
    import sqlite3

    seed = tmp_path / "seed.kamsync"
    run(capsys, "export", "--db", str(anna), "--out", str(seed), "--no-encryption")
    boris = tmp_path / "boris.sqlite"
    run(capsys, "import", "--db", str(boris), str(seed))
    to_anna = tmp_path / "boris-anna.kamsync"
    run(capsys, "export", "--db", str(boris), "--out", str(to_anna), "--no-encryption")
    run(capsys, "import", "--db", str(anna), str(to_anna))
    client = (
        sqlite3.connect(anna).execute("SELECT id FROM client ORDER BY id LIMIT 1").fetchone()[0]
    )
    for db, city in ((anna, "Győr"), (boris, "Pécs")):
        conn = sqlite3.connect(db)
        conn.execute("UPDATE client SET city = ? WHERE id = ?", (city, client))
        conn.commit()
        conn.close()
    b1 = tmp_path / "b1.kamsync"
    code, _, err = run(capsys, "export", "--db", str(boris), "--out", str(b1), "--peer", "anna",
                       "--no-encryption")  # fmt: skip
    assert code == 0, err
    code, out, err = run(capsys, "import", "--db", str(anna), str(b1), "--json")
    assert code == 0, err
    assert json.loads(out)["conflicts"] == 1
    code, out, _ = run(capsys, "conflicts", "--db", str(anna), "--json")
    (conflict,) = json.loads(out)
    assert set(conflict) >= {"id", "entity", "record_id", "field", "winner", "other"}
    assert conflict["entity"] == "client" and conflict["record_id"] == client
    assert conflict["field"] == "city" and {conflict["winner"], conflict["other"]} == {
        "Győr",
        "Pécs",
    }
    code, out, _ = run(capsys, "resolve", "--db", str(anna), conflict["id"], "--value", "Szeged")
    assert code == 0 and "Szeged" in out
    code, out, _ = run(capsys, "conflicts", "--db", str(anna), "--json")
    assert json.loads(out) == []
