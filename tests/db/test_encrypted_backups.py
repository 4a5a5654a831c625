"""The backups of an encrypted database after the review of #15 (findings 1, 2, 8, 9): they
follow a passphrase change, a later session lists and restores them (never an older plain one
in their place), a plain backup is restored encrypted, a damaged first page is told from a
wrong passphrase, and the plain copies from before encryption can be deleted."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kamdesk.db import Database, cipher, open_database
from kamdesk.db.cipher import is_encrypted
from kamdesk.db.encryption import encrypt_file, rekey_backups
from kamdesk.errors import DamagedFile, WrongPassphrase
from kamdesk.paths import AppPaths
from kamdesk.services.backups import (
    Schema,
    backups_of,
    newest_good_backup,
    newest_good_backup_in,
    restore_backup,
    restores_plain_encrypted,
)
from kamdesk.services.clients.client_list import list_clients
from kamdesk.services.encryption import (
    Rekeyed,
    change_database_passphrase,
    delete_backups,
    unencrypted_copies,
)
from tests.factories import add_client

OLD = "old passphrase one"
NEW = "new passphrase two"


@pytest.fixture(autouse=True)
def new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing held from earlier in the test, as in a kamdesk started later."""
    monkeypatch.setattr(cipher, "_FOR_COPIES", {})
    monkeypatch.setattr(cipher, "_KNOWN", {})


def names(db: Database) -> list[str]:
    with db.reading() as session:
        return sorted(row.name for row in list_clients(session))


def encrypted_with_backup(db: Database, paths: AppPaths) -> Database:
    """`db` with a client, encrypted with OLD (a plain backup made first), backed up once
    encrypted, then a second client: opened again with OLD."""
    with db.unit_of_work() as s:
        add_client(s, "Before Kft.")
    db.close()
    encrypt_file(db.path, OLD, backups=paths.backups)
    opened = open_database(db.path, passphrase=OLD, backups=paths.backups)
    opened.back_up()
    with opened.unit_of_work() as s:
        add_client(s, "After Kft.")
    return opened


def test_a_passphrase_change_takes_the_backups_along(
    db: Database, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    enc = encrypted_with_backup(db, paths)
    done = change_database_passphrase(enc, OLD, NEW)
    assert isinstance(done, Rekeyed) and done.left == []
    assert len(done.rekeyed) == 2  # the one made before and the one the change made first
    enc.close()
    # a later session knows only the new passphrase
    monkeypatch.setattr(cipher, "_FOR_COPIES", {})
    later = open_database(db.path, passphrase=NEW, backups=paths.backups)
    found = backups_of(later)
    assert [b.schema for b in found] == [Schema.CURRENT] * 3
    assert [is_encrypted(b.path) for b in found] == [True, True, False]
    newest = newest_good_backup(later)
    assert newest is not None and newest.path == found[0].path and is_encrypted(newest.path)
    restore_backup(later, newest.path)
    assert later.encrypted and is_encrypted(db.path)
    assert names(later) == ["After Kft.", "Before Kft."]
    later.close()


def test_a_backup_of_another_passphrase_is_said_so_and_no_older_plain_one_is_offered(
    db: Database, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    enc = encrypted_with_backup(db, paths)
    enc.close()
    monkeypatch.setattr(cipher, "_FOR_COPIES", {})
    # the live file re-keyed by someone else: its backups keep OLD, unknown to this session
    assert rekey_backups(paths.backups, "unrelated passphrase", NEW) == ([], [])
    from kamdesk.db.encryption import change_passphrase

    change_passphrase(db.path, OLD, NEW, backups=paths.backups)
    monkeypatch.setattr(cipher, "_FOR_COPIES", {})
    later = open_database(db.path, passphrase=NEW, backups=paths.backups)
    monkeypatch.setattr(cipher, "_FOR_COPIES", {NEW.encode(): NEW})
    found = backups_of(later)
    assert [b.schema for b in found] == [
        Schema.OTHER_PASSPHRASE,
        Schema.OTHER_PASSPHRASE,
        Schema.CURRENT,
    ]
    assert not found[0].restorable
    # the plain backup from before encryption is never the "newest good" one
    assert newest_good_backup(later) is None
    assert newest_good_backup_in(paths.backups) is None
    later.close()


def test_a_plain_backup_is_restored_encrypted(db: Database, paths: AppPaths) -> None:
    enc = encrypted_with_backup(db, paths)
    plain = [b.path for b in backups_of(enc) if not is_encrypted(b.path)]
    assert len(plain) == 1 and restores_plain_encrypted(enc, plain[0])
    aside = restore_backup(enc, plain[0])
    assert is_encrypted(db.path) and enc.encrypted and enc.passphrase_matches(OLD)
    assert is_encrypted(aside) and not is_encrypted(plain[0])  # the backup itself unchanged
    assert names(enc) == ["Before Kft."]
    assert not list(db.path.parent.glob("*.encrypting*"))
    enc.close()
    with pytest.raises(WrongPassphrase):
        open_database(db.path, passphrase="not it", backups=paths.backups)


def test_restoring_says_the_truth_about_the_file(db: Database, paths: AppPaths) -> None:
    """A restore that leaves the file plain (Database.restore on its own) says so."""
    enc = encrypted_with_backup(db, paths)
    plain = next(b.path for b in backups_of(enc) if not is_encrypted(b.path))
    enc.restore(plain)
    assert not is_encrypted(db.path) and not enc.encrypted
    enc.close()


def damage_first_page(path: Path) -> None:
    with path.open("r+b") as fh:
        fh.seek(1000)  # inside page 1, after the salt: its authentication code fails
        fh.write(b"\x00" * 200)


def test_a_damaged_first_page_is_no_wrong_passphrase(
    db: Database, paths: AppPaths, new_process: None
) -> None:
    enc = encrypted_with_backup(db, paths)
    newest = enc.back_up()
    enc.close()
    cipher._FOR_COPIES.clear()
    damage_first_page(db.path)
    with pytest.raises(DamagedFile, match=re.escape(newest.name)) as raised:
        open_database(db.path, passphrase=OLD, backups=paths.backups)
    assert "damaged" in str(raised.value) and newest.name in raised.value.detail
    # the passphrase given is held: the newest (encrypted) backup is offered
    offered = newest_good_backup_in(paths.backups)
    assert offered is not None and offered.path == newest
    # a wrong passphrase stays a wrong passphrase, worded with the doubt
    with pytest.raises(WrongPassphrase, match="or the file is damaged"):
        open_database(db.path, passphrase="not it at all", backups=paths.backups)


def test_the_plain_copies_from_before_encryption_are_found_and_deleted(
    db: Database, paths: AppPaths
) -> None:
    assert unencrypted_copies(db) == []  # a plain database: nothing to say
    enc = encrypted_with_backup(db, paths)
    plain_backup = next(b.path for b in backups_of(enc) if not is_encrypted(b.path))
    aside = db.path.with_name("kamdesk-before-restore-20261201-101010.sqlite")
    shutil.copyfile(plain_backup, aside)
    Path(f"{aside}-wal").write_bytes(b"")
    enc_aside = db.path.with_name("kamdesk-before-restore-20261202-101010.sqlite")
    shutil.copyfile(db.path, enc_aside)
    found = unencrypted_copies(enc)
    assert found == [plain_backup, aside]
    delete_backups(found)
    assert not plain_backup.exists() and not aside.exists()
    assert not Path(f"{aside}-wal").exists() and enc_aside.exists()
    assert unencrypted_copies(enc) == []
    enc.close()


def test_a_damaged_first_page_without_a_backup_is_still_damage(
    db: Database, paths: AppPaths
) -> None:
    enc = encrypted_with_backup(db, paths)
    enc.close()
    shutil.rmtree(paths.backups)
    damage_first_page(db.path)
    with pytest.raises(DamagedFile, match=r"No backup in .* opens with this passphrase"):
        open_database(db.path, passphrase=OLD, backups=paths.backups)


def test_the_command_line_names_the_backup_of_a_damaged_encrypted_file(
    db: Database, paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    from kamdesk.cli import main
    from kamdesk.db.cipher import use_passphrase

    enc = encrypted_with_backup(db, paths)
    newest = enc.back_up()
    enc.close()
    key = paths.data / "key.txt"
    key.write_text(OLD + "\n", encoding="utf-8")
    damage_first_page(db.path)
    try:
        # digest refuses the file (exit 2); check lists the damage as its problem (exit 1)
        for command, exit_code in (("digest", 2), ("check", 1)):
            code = main([command, "--db", str(db.path), "--passphrase-file", str(key)])
            said = "".join(capsys.readouterr())
            assert code == exit_code and "damaged" in said and newest.name in said, said
            assert "passphrase does not open" not in said
    finally:
        use_passphrase(None, None)


def test_a_damaged_encrypted_file_at_start_is_offered_its_encrypted_backup(
    db: Database, paths: AppPaths
) -> None:
    """Damage past the first page: SQLite says so while the schema is probed, before the
    database is open; its encrypted backups are still read with the passphrase given."""
    enc = encrypted_with_backup(db, paths)
    with enc.unit_of_work() as s:
        for i in range(300):
            add_client(s, f"Client {i} Kft.")
    newest = enc.back_up()
    enc.close()
    cipher._FOR_COPIES.clear()
    with db.path.open("r+b") as fh:
        fh.seek(4096 + 100)  # page 2: the schema's
        fh.write(b"\x00" * 200)
    with pytest.raises(DamagedFile):
        open_database(db.path, passphrase=OLD, backups=paths.backups)
    offered = newest_good_backup_in(paths.backups)
    assert offered is not None and offered.path == newest


def test_a_backup_whose_new_key_fails_its_check_keeps_the_old_one(
    db: Database, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kamdesk.db import encryption
    from kamdesk.errors import StorageError

    enc = encrypted_with_backup(db, paths)
    enc.close()
    (backup,) = [p for p in paths.backups.glob("kamdesk-*.sqlite") if is_encrypted(p)]
    before = backup.read_bytes()
    real = encryption._quick_check

    def failing(conn: object) -> None:
        raise StorageError("The converted file failed its check (a test).")

    monkeypatch.setattr(encryption, "_quick_check", failing)
    assert rekey_backups(paths.backups, OLD, NEW) == ([], [backup])
    assert backup.read_bytes() == before  # still the old passphrase's, whole
    assert not list(paths.backups.glob("*.rekey*"))
    monkeypatch.setattr(encryption, "_quick_check", real)
    assert rekey_backups(paths.backups, OLD, NEW) == ([backup], [])
    assert rekey_backups(paths.backups, OLD, NEW) == ([], [])  # OLD opens none now


def test_an_encrypted_backup_restored_onto_a_decrypted_database_is_said_encrypted(
    db: Database, paths: AppPaths
) -> None:
    from kamdesk.services.encryption import decrypt_database

    enc = encrypted_with_backup(db, paths)
    (encrypted_backup,) = [b.path for b in backups_of(enc) if is_encrypted(b.path)][:1]
    decrypt_database(enc, OLD)
    assert not enc.encrypted and not is_encrypted(db.path)
    restore_backup(enc, encrypted_backup)
    assert is_encrypted(db.path) and enc.encrypted and enc.passphrase_matches(OLD)
    assert names(enc) == ["Before Kft."]
    enc.close()
