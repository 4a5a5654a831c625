"""Helpers for the bundle tests: a header, a quick scrypt cost, writing and reading whole."""

from __future__ import annotations

import io
import struct
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from kamdesk.sync.bundle import (
    BundleBlob,
    BundleHeader,
    BundleRecord,
    BundleSummary,
    BundleWriter,
    ScryptParams,
    open_bundle,
)

# Tests lower scrypt's cost (the default is 2**15); the file carries its own parameters.
QUICK = ScryptParams(n=2**4, r=8, p=1)
PASSPHRASE = "correct horse battery staple"


def header(**changes: Any) -> BundleHeader:
    fields: dict[str, Any] = {
        "bundle_id": "0f9c2a4e-5b1d-4c3e-9a8f-1e2d3c4b5a69",
        "schema_revision": "b20a074",
        "sender": "laptop-anna",
        "recipient": "laptop-boris",
        "kind": "incremental",
        "version_vector": {"laptop-anna": 41, "laptop-boris": 17},
        "created_at": "2026-12-05T09:30:00Z",
        "app_version": "0.1.0",
    }
    fields.update(changes)
    return BundleHeader(**fields)


def write(
    path: Path,
    records: Iterable[tuple[str, Mapping[str, Any]]] = (),
    blobs: Iterable[bytes] = (),
    *,
    encrypt: bool = True,
    chunk_size: int = 64 << 10,
    head: BundleHeader | None = None,
) -> Path:
    with BundleWriter(
        path,
        head or header(),
        passphrase=PASSPHRASE if encrypt else None,
        encrypt=encrypt,
        kdf=QUICK,
        chunk_size=chunk_size,
    ) as out:
        for entity, record in records:
            out.add_record(entity, record)
        for blob in blobs:
            out.add_blob(blob)
    return path


def read(
    source: Path | bytes, passphrase: str | None = PASSPHRASE, *, clear: bool = False
) -> tuple[BundleHeader, list[BundleRecord | BundleBlob], BundleSummary | None]:
    """Read a bundle whole, from a file or from its bytes."""
    stream = io.BytesIO(source) if isinstance(source, bytes) else source
    with open_bundle(stream, passphrase, allow_unencrypted=clear) as bundle:
        items = list(bundle)
        return bundle.header, items, bundle.summary


def chunk_offsets(data: bytes) -> list[tuple[int, int]]:
    """(start, end) of each chunk in a bundle's bytes, its length prefix included."""
    (header_length,) = struct.unpack(">I", data[10:14])
    offset = 14 + header_length
    chunks = []
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        chunks.append((offset, offset + 4 + length))
        offset += 4 + length
    return chunks


def sample(n: int) -> list[tuple[str, dict[str, Any]]]:
    """n clients and their orders, as an export groups them."""
    clients = [("client", {"id": f"c{i}", "name": f"Client {i} Ltd", "rev": i}) for i in range(n)]
    orders = [("order", {"id": f"o{i}", "client": f"c{i}", "total": "12.30"}) for i in range(n)]
    return clients + orders
