"""The payload's frames: a section per entity, its records, blobs by sha256 and the trailer.

A frame is one type byte, a u32 big-endian length and that many bytes. The frames run across
the chunks with no regard for chunk edges (docs/sync-format.md).
"""

from __future__ import annotations

import json
import re
import struct
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

FRAME_HEAD = struct.Struct(">cI")
SECTION = b"S"  # body: the entity's name (ASCII)
RECORD = b"R"  # body: one record as a JSON object (UTF-8)
BLOB = b"B"  # body: 32 bytes of sha256, then the blob's bytes
END = b"E"  # body: the trailer, a JSON object; the last frame of the payload
SHA256_BYTES = 32

ENTITY_NAME_MAX = 64
ENTITY_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}")


@dataclass(frozen=True)
class BundleRecord:
    """One record of an entity, as the sender wrote it (field stamps are part of `data`)."""

    entity: str
    data: dict[str, Any]


@dataclass(frozen=True)
class BundleBlob:
    """A logo or an issued PDF, named by the sha256 of its bytes (hex)."""

    sha256: str
    data: bytes


@dataclass(frozen=True)
class BundleSummary:
    """What the trailer counted: records per entity and distinct blobs."""

    records: Mapping[str, int]
    blobs: int


def is_entity_name(name: str) -> bool:
    return ENTITY_NAME.fullmatch(name) is not None


def _plain(value: object) -> str:
    # Money travels exactly, as text: Decimal("12.30") arrives as "12.30".
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"a sync record holds JSON values and Decimal, not {type(value).__name__}")


def dump_json(value: object) -> bytes:
    text = json.dumps(
        value, ensure_ascii=False, allow_nan=False, separators=(",", ":"), default=_plain
    )
    return text.encode("utf-8")


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


def load_json(body: bytes) -> Any:
    """Strict JSON: valid UTF-8, no NaN or Infinity. Raises ValueError (or RecursionError)."""
    return json.loads(body.decode("utf-8"), parse_constant=_no_constant)


def trailer_body(summary: BundleSummary, payload_sha256: str, header_sha256: str) -> bytes:
    return dump_json(
        {
            "records": dict(summary.records),
            "blobs": summary.blobs,
            "payload_sha256": payload_sha256,
            "header_sha256": header_sha256,
        }
    )
