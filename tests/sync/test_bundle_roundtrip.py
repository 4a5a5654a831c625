"""A bundle gives back exactly what was written: records per entity, blobs once, the header."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.errors import UserError
from kamdesk.sync.bundle import (
    BundleBlob,
    BundleError,
    BundleRecord,
    BundleWriter,
    ScryptParams,
    open_bundle,
    part_path,
)
from tests.sync.bundles import PASSPHRASE, QUICK, header, read, sample, write

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)
records = st.lists(
    st.tuples(
        st.sampled_from(["client", "contact", "order", "order_line"]),
        st.dictionaries(st.text(), json_values, max_size=6),
    ),
    max_size=30,
)


def grouped(items: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, dict[str, Any]]]:
    return sorted(items, key=lambda item: item[0])  # stable: each entity's order is kept


@settings(max_examples=40)
@given(items=records, blobs=st.lists(st.binary(max_size=3000), max_size=4), encrypt=st.booleans())
def test_any_json_records_and_blobs_round_trip_exactly(
    items: list[tuple[str, dict[str, Any]]], blobs: list[bytes], encrypt: bool
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = write(
            Path(folder) / "b.kamsync", grouped(items), blobs, encrypt=encrypt, chunk_size=1024
        )
        _, got, summary = read(path, PASSPHRASE if encrypt else None, clear=not encrypt)
    assert [(r.entity, r.data) for r in got if isinstance(r, BundleRecord)] == grouped(items)
    assert [b.data for b in got if isinstance(b, BundleBlob)] == list(dict.fromkeys(blobs))
    assert summary is not None and summary.blobs == len(set(blobs))


def test_the_header_reads_back_as_written(tmp_path: Path) -> None:
    written = header(counts={"client": 3, "order": 3}, scope={"kind": "database"})
    got, _, summary = read(write(tmp_path / "b.kamsync", sample(3), head=written))
    assert (got.bundle_id, got.sender, got.recipient, got.kind) == (
        written.bundle_id,
        written.sender,
        written.recipient,
        written.kind,
    )
    assert got.version_vector == written.version_vector
    assert got.schema_revision == written.schema_revision
    assert got.scope == written.scope and got.counts == written.counts
    assert got.encryption is not None and got.encryption.kdf == QUICK
    assert summary is not None and summary.records == {"client": 3, "order": 3}


def test_money_travels_as_exact_text(tmp_path: Path) -> None:
    amounts = [Decimal("0.10"), Decimal("1234567890123.4500"), Decimal("-3")]
    path = write(tmp_path / "b.kamsync", [("order", {"total": a}) for a in amounts])
    _, got, _ = read(path)
    assert [Decimal(r.data["total"]) for r in got if isinstance(r, BundleRecord)] == amounts
    assert [r.data["total"] for r in got if isinstance(r, BundleRecord)] == [
        str(a) for a in amounts
    ]


def test_a_blob_is_sent_once_and_named_by_its_sha256(tmp_path: Path) -> None:
    import hashlib

    logo = b"\x89PNG" + bytes(range(256)) * 10
    with BundleWriter(tmp_path / "b.kamsync", header(), passphrase="p", kdf=QUICK) as out:
        first = out.add_blob(logo)
        second = out.add_blob(logo)
    assert first == second == hashlib.sha256(logo).hexdigest()
    _, got, _ = read(tmp_path / "b.kamsync", "p")
    assert got == [BundleBlob(first, logo)]


def test_the_default_key_derivation_is_sound_and_works(tmp_path: Path) -> None:
    default = ScryptParams()
    assert default.n >= 2**15 and default.r >= 8 and default.p >= 1
    with BundleWriter(tmp_path / "b.kamsync", header(), passphrase="pässphrase") as out:
        out.add_record("client", {"id": "c1"})
    got, items, _ = read(tmp_path / "b.kamsync", "pa\u0308ssphrase")  # the same, decomposed
    assert got.encryption is not None and got.encryption.kdf == default
    assert items == [BundleRecord("client", {"id": "c1"})]


def test_nothing_is_left_when_writing_fails(tmp_path: Path) -> None:
    path = tmp_path / "b.kamsync"
    with (
        pytest.raises(RuntimeError),
        BundleWriter(path, header(), passphrase="p", kdf=QUICK) as out,
    ):
        out.add_record("client", {"id": "c1"})
        raise RuntimeError("the export failed")
    assert not path.exists() and not part_path(path).exists()


def test_records_must_be_grouped_by_entity(tmp_path: Path) -> None:
    path = tmp_path / "b.kamsync"
    with (
        pytest.raises(ValueError, match="group"),
        BundleWriter(path, header(), passphrase="p", kdf=QUICK) as out,
    ):
        out.add_record("client", {"id": "c1"})
        out.add_record("order", {"id": "o1"})
        out.add_record("client", {"id": "c2"})
    assert not path.exists() and not part_path(path).exists()


def test_declared_counts_must_match_what_was_written(tmp_path: Path) -> None:
    path = tmp_path / "b.kamsync"
    with (
        pytest.raises(ValueError, match="declared"),
        BundleWriter(path, header(counts={"client": 2}), passphrase="p", kdf=QUICK) as out,
    ):
        out.add_record("client", {"id": "c1"})
    assert not path.exists() and not part_path(path).exists()


def test_the_file_appears_only_when_complete(tmp_path: Path) -> None:
    path = tmp_path / "b.kamsync"
    with BundleWriter(path, header(), passphrase="p", kdf=QUICK) as out:
        out.add_record("client", {"id": "c1"})
        assert part_path(path).exists() and not path.exists()
    assert path.exists() and not part_path(path).exists()


def test_no_encryption_must_be_asked_for(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="passphrase"):
        BundleWriter(tmp_path / "b.kamsync", header())
    clear = write(tmp_path / "clear.kamsync", sample(2), encrypt=False)
    assert b"Client 1 Ltd" in clear.read_bytes()
    with pytest.raises(BundleError, match="not encrypted"):
        open_bundle(clear, None)
    _, items, _ = read(clear, None, clear=True)
    assert len(items) == 4
    sealed = write(tmp_path / "sealed.kamsync", sample(2))
    assert b"Client 1 Ltd" not in sealed.read_bytes()
