"""Bad input is refused with one BundleError that says why in the user's words."""

from __future__ import annotations

import os
import struct
from pathlib import Path
from typing import Any

import pytest

from kamdesk.errors import UserError
from kamdesk.sync import frames, reader
from kamdesk.sync.bundle import MAGIC, BundleError, open_bundle
from kamdesk.sync.header import CHANGED, CUT_OFF, MAX_HEADER_BYTES, NOT_A_BUNDLE, WRONG_PASSPHRASE
from tests.sync.bundles import PASSPHRASE, chunk_offsets, read, sample, write


def refusal(source: Path | bytes, passphrase: str | None = PASSPHRASE, clear: bool = False) -> str:
    with pytest.raises(BundleError) as caught:
        read(source, passphrase, clear=clear)
    assert isinstance(caught.value, UserError)
    return str(caught.value)


@pytest.fixture
def multi(tmp_path: Path) -> Path:
    """An encrypted bundle of several 1 KiB chunks."""
    path = write(tmp_path / "multi.kamsync", sample(40), [b"logo" * 300], chunk_size=1024)
    assert len(chunk_offsets(path.read_bytes())) >= 5
    return path


def test_a_wrong_passphrase(multi: Path) -> None:
    assert refusal(multi, "correct horse battery stapler") == WRONG_PASSPHRASE
    assert refusal(multi, None) == "This sync file is encrypted: enter its passphrase."


@pytest.mark.parametrize("encrypt", [True, False], ids=["encrypted", "clear"])
def test_every_flipped_byte_is_detected(tmp_path: Path, encrypt: bool) -> None:
    path = write(tmp_path / "small.kamsync", sample(2), [b"pdf"], encrypt=encrypt)
    good = path.read_bytes()
    read(path, PASSPHRASE if encrypt else None, clear=not encrypt)  # whole, it reads
    for position in range(len(good)):
        for bit in (0x01, 0x80):
            flipped = bytearray(good)
            flipped[position] ^= bit
            with pytest.raises(BundleError):
                read(bytes(flipped), PASSPHRASE if encrypt else None, clear=not encrypt)


def test_truncation_at_every_chunk_boundary_and_inside_chunks(tmp_path: Path, multi: Path) -> None:
    good = multi.read_bytes()
    chunks = chunk_offsets(good)
    for start, end in chunks:
        for length in (start, start + 2, start + 4, (start + end) // 2, end - 1):
            assert refusal(good[:length]) == CUT_OFF, length
        if end < len(good):
            assert refusal(good[:end]) == CUT_OFF, end
    cut = tmp_path / "cut.kamsync"  # and once from a file
    cut.write_bytes(good[: chunks[-1][0]])
    assert refusal(cut) == CUT_OFF
    for length in (3, len(MAGIC) + 1, chunks[0][0] - 1):
        assert refusal(good[:length]) == CUT_OFF
    assert refusal(b"") == NOT_A_BUNDLE


def test_two_chunks_swapped_or_one_dropped(tmp_path: Path, multi: Path) -> None:
    good = multi.read_bytes()
    (s1, e1), (s2, e2) = chunk_offsets(good)[1:3]
    assert e1 == s2 and e1 - s1 == e2 - s2  # two whole chunks of one size
    swapped = tmp_path / "swapped.kamsync"
    swapped.write_bytes(good[:s1] + good[s2:e2] + good[s1:e1] + good[e2:])
    assert refusal(swapped) == CHANGED
    dropped = tmp_path / "dropped.kamsync"
    dropped.write_bytes(good[:s1] + good[e1:])
    assert refusal(dropped) == CHANGED


def test_a_chunk_from_another_bundle_is_refused(tmp_path: Path, multi: Path) -> None:
    other = write(tmp_path / "other.kamsync", sample(40), [b"logo" * 300], chunk_size=1024)
    mine, theirs = multi.read_bytes(), other.read_bytes()
    (s, e), (os_, oe) = chunk_offsets(mine)[1], chunk_offsets(theirs)[1]
    mixed = tmp_path / "mixed.kamsync"
    mixed.write_bytes(mine[:s] + theirs[os_:oe] + mine[e:])
    assert refusal(mixed) == CHANGED


def test_random_bytes_and_other_files(tmp_path: Path) -> None:
    path = tmp_path / "random.kamsync"
    for data in (os.urandom(5000), b"", b"PK\x03\x04" + os.urandom(100), b"SQLite format 3\x00"):
        path.write_bytes(data)
        assert refusal(path) == NOT_A_BUNDLE
    path.write_bytes(MAGIC + os.urandom(5000))  # the right start, then noise: refused all the same
    assert refusal(path)


def test_a_bundle_from_a_newer_format(tmp_path: Path, multi: Path) -> None:
    data = bytearray(multi.read_bytes())
    data[8:10] = struct.pack(">H", 2)
    newer = tmp_path / "newer.kamsync"
    newer.write_bytes(data)
    assert refusal(newer) == (
        "This file was written by a newer kamdesk (format 2); update kamdesk to read it."
    )


def test_an_oversized_header_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.kamsync"
    path.write_bytes(MAGIC + struct.pack(">HI", 1, MAX_HEADER_BYTES + 1) + b"{" * 100)
    assert "header is larger than kamdesk accepts" in refusal(path)


def test_an_oversized_record_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "b.kamsync", [("client", {"note": "x" * 5000})])
    monkeypatch.setattr(reader, "MAX_RECORD_BYTES", 4096)
    assert "a record is larger than kamdesk accepts" in refusal(path)


def test_oversized_key_derivation_costs_are_refused(tmp_path: Path, multi: Path) -> None:
    data = multi.read_bytes()
    costly = data.replace(b'"n":16,', b'"n":1048576,').replace(b'"r":8,', b'"r":64,')
    assert costly != data
    # keep the header length right: the number grew by 6 characters, the r by 1
    (length,) = struct.unpack(">I", data[10:14])
    path = tmp_path / "costly.kamsync"
    path.write_bytes(costly[:10] + struct.pack(">I", length + 7) + costly[14:])
    assert refusal(path) == CHANGED


def test_invalid_utf8_in_a_sealed_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = frames.dump_json

    def broken(value: Any) -> bytes:
        return b'{"name":"\xff\xfe"}' if value == {"name": "bad"} else real(value)

    monkeypatch.setattr(frames, "dump_json", broken)
    path = write(tmp_path / "b.kamsync", [("client", {"name": "ok"}), ("client", {"name": "bad"})])
    monkeypatch.undo()
    assert refusal(path) == CHANGED


def test_a_refused_file_yields_nothing_after_the_damage(tmp_path: Path, multi: Path) -> None:
    data = bytearray(multi.read_bytes())
    start, end = chunk_offsets(bytes(data))[2]
    data[(start + end) // 2] ^= 0x10
    damaged = tmp_path / "damaged.kamsync"
    damaged.write_bytes(data)
    seen = []
    with open_bundle(damaged, PASSPHRASE) as bundle, pytest.raises(BundleError):
        for item in bundle:
            seen.append(item)
    _, items, _ = read(multi)
    assert 0 < len(seen) < len(items) and seen == items[: len(seen)]


def test_damage_after_the_first_chunk_is_not_blamed_on_the_passphrase(multi: Path) -> None:
    good = multi.read_bytes()
    for position in range(chunk_offsets(good)[1][0], len(good)):
        flipped = bytearray(good)
        flipped[position] ^= 0x04
        assert refusal(bytes(flipped)) in (CHANGED, CUT_OFF), position
