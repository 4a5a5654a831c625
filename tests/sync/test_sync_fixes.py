"""Bugs the sync proofs found (tests/sync/test_three_laptops.py), each pinned by its story."""

from __future__ import annotations

from pathlib import Path

import pytest

from kamdesk.db import Database, backup_file
from tests.sync.proof_laptops import Laptop


def _three(tmp_path: Path, template: Path) -> list[Laptop]:
    return [
        Laptop(tmp_path, n, template, tmp_path / "replicas.json") for n in ("anna", "boris", "carl")
    ]


def test_a_delete_arriving_after_the_child_it_missed_brings_the_parent_back(
    tmp_path: Path, migrated_template: Path
) -> None:
    """Carl deletes a client while Anna adds a contact under it. Carl gets the contact (the
    client comes back there); Anna and Boris get Carl's delete while they hold the live
    contact: the client must come back there too, with the same conflict, not stay deleted."""
    anna, boris, carl = laptops = _three(tmp_path, migrated_template)
    try:
        client = anna.create_client({"name": "Acme", "city": "Riga"})
        for other in (boris, carl):
            other.import_(anna.export(tmp_path, None))
        carl.delete_client(client)
        contact = anna.add_contact(client, "Kim")
        for sender in laptops:
            for recipient in laptops:
                if sender is not recipient:
                    recipient.import_(sender.export(tmp_path, recipient))
        for laptop in laptops:
            assert laptop.is_live("client", client) and laptop.is_live("contact", contact)
            assert [c.kind for c in laptop.conflicts()] == ["revived_by_child"]
        assert anna.digest() == boris.digest() == carl.digest()
        assert {c.id for c in anna.conflicts()} == {c.id for c in carl.conflicts()}
    finally:
        for laptop in laptops:
            laptop.close()


def test_a_backup_pruned_meanwhile_by_another_kamdesk_is_no_error(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two imports (two databases) share the backups folder: one pruned an old backup the
    other was about to prune, and the second import died with FileNotFoundError (exit 1)."""
    backups = tmp_path / "backups"
    backups.mkdir()
    gone = backups / "kamdesk-20000101-000000-000000.sqlite"  # pruned by the other one
    real_glob = Path.glob
    monkeypatch.setattr(Path, "glob", lambda self, pattern: [gone, *real_glob(self, pattern)])
    made = backup_file(db.engine, backups, keep=1)
    assert sorted(p.name for p in backups.iterdir()) == [made.name]  # no part file left


def test_a_revival_ends_when_the_child_that_caused_it_is_deleted_after_being_seen(
    tmp_path: Path, migrated_template: Path
) -> None:
    """Anna adds a contact and hands it to Boris, who deletes the client (and so the contact);
    Carl, who never saw the contact, deletes the client too. Carl gets the contact first (the
    client comes back, a conflict opens), then Boris's deletes: the client is deleted on every
    laptop and no revival conflict stays open on Carl's alone."""
    anna, boris, carl = laptops = _three(tmp_path, migrated_template)
    try:
        client = anna.create_client({"name": "Acme", "city": "Riga"})
        for other in (boris, carl):
            other.import_(anna.export(tmp_path, None))
        anna.add_contact(client, "Kim")
        boris.import_(anna.export(tmp_path, boris))
        boris.delete_client(client)
        carl.delete_client(client)
        carl.import_(anna.export(tmp_path, carl))
        assert [c.kind for c in carl.conflicts()] == ["revived_by_child"]
        for sender in laptops:
            for recipient in laptops:
                if sender is not recipient:
                    recipient.import_(sender.export(tmp_path, recipient))
        for laptop in laptops:
            assert not laptop.is_live("client", client)
            assert laptop.conflicts() == [], laptop.name
        assert anna.digest() == boris.digest() == carl.digest()
    finally:
        for laptop in laptops:
            laptop.close()


def test_deleting_a_client_kept_in_sight_by_a_revival_deletes_it_everywhere(
    tmp_path: Path, migrated_template: Path
) -> None:
    """Boris adds a contact under a client that Anna and Carl delete. Anna gets Carl's file
    (twice) and then Boris's contact: the client comes back there, held in sight by the
    contact. Anna deletes it again (with its contact). Capture read that delete as a keep (the
    hold made the tombstoned row look like no delete, and the old tombstones as answered): the
    client stayed deleted on Anna's screen but live in its state, and came back on Boris's and
    Carl's laptops. Found by the three-laptop machine (its digests differed)."""
    anna, boris, carl = laptops = _three(tmp_path, migrated_template)
    try:
        anna.create_client({"name": "Seeded North", "city": "Riga"})
        client = anna.create_client({"name": "Seeded South", "city": "Tartu"})
        for other in (boris, carl):
            other.import_(anna.export(tmp_path, None))
        contact = boris.add_contact(client, "Kim")
        anna.delete_client(client)
        carl.delete_client(client)
        from_carl = carl.export(tmp_path, anna)
        anna.import_(from_carl)
        anna.import_(from_carl)  # the same file again changes nothing
        anna.import_(boris.export(tmp_path, anna))
        assert anna.is_live("client", client)
        assert [c.kind for c in anna.conflicts()] == ["revived_by_child"]
        anna.delete_client(client)
        assert anna.conflicts() == []
        for _round in range(2):
            for sender in laptops:
                for recipient in laptops:
                    if sender is not recipient:
                        recipient.import_(sender.export(tmp_path, recipient))
        for laptop in laptops:
            assert not laptop.is_live("client", client), laptop.name
            assert not laptop.is_live("contact", contact), laptop.name
            assert laptop.conflicts() == [], laptop.name
            assert laptop.check() == [], laptop.name
        assert anna.digest() == boris.digest() == carl.digest()
    finally:
        for laptop in laptops:
            laptop.close()
