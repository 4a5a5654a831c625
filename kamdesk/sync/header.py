"""The .kamsync header: the fixed prefix, the JSON header, the limits and BundleError.

The layout is docs/sync-format.md. Everything read from a file is checked here before it is
used: lengths before anything is allocated, then each header field's type and range.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, BinaryIO, Literal

from kamdesk.errors import UserError
from kamdesk.messages import N_, _

MAGIC = b"KAMSYNC\n"
FORMAT_VERSION = 1
# magic, format version (u16, big-endian), header length (u32, big-endian)
PREFIX = struct.Struct(">8sHI")

# Limits a reader checks before it allocates or parses (docs/sync-format.md, "Limits").
MAX_HEADER_BYTES = 1 << 20
MIN_CHUNK_SIZE = 1 << 10
MAX_CHUNK_SIZE = 4 << 20
DEFAULT_CHUNK_SIZE = 64 << 10
MAX_RECORD_BYTES = 4 << 20
MAX_BLOB_BYTES = 64 << 20
MAX_RECORDS = 20_000_000
MAX_BLOBS = 1_000_000
NONCE_PREFIX_BYTES = 8

Kind = Literal["full", "incremental"]
KINDS: tuple[Kind, ...] = ("full", "incremental")

# What the user reads when a file is refused: one sentence they can act on (marked here,
# translated when a BundleError is made, in the language in use then)
NOT_A_BUNDLE = N_("This is not a kamdesk sync file.")
WRONG_PASSPHRASE = N_("The passphrase is wrong or the file was changed.")
CHANGED = N_("The sync file was changed or damaged after it was written.")
CUT_OFF = N_("The file is incomplete: it was cut off.")
NEEDS_PASSPHRASE = N_("This sync file is encrypted: enter its passphrase.")
# too_large(what): one whole sentence for each part of a file that can be too large
TOO_LARGE = {
    "header": N_("The sync file is refused: its header is larger than kamdesk accepts."),
    "records": N_(
        "The sync file is refused: the number of records is larger than kamdesk accepts."
    ),
    "files": N_("The sync file is refused: the number of files is larger than kamdesk accepts."),
    "record": N_("The sync file is refused: a record is larger than kamdesk accepts."),
    "file": N_("The sync file is refused: a file in it is larger than kamdesk accepts."),
}


def newer_format(version: int) -> str:
    return _(
        "This file was written by a newer kamdesk (format {version}); update kamdesk to read it."
    ).format(version=version)


def too_large(what: str) -> str:
    """The message (English, marked) for a part of the file that is too large: a TOO_LARGE key."""
    return TOO_LARGE[what]


class BundleError(UserError):
    """A sync file that cannot be read; the message says why in the user's words (a marked
    constant above is translated here, in the language in use when the file is read)."""

    def __init__(self, message: str) -> None:
        super().__init__(_(message))


@dataclass(frozen=True)
class ScryptParams:
    """scrypt's cost parameters; the default costs 32 MiB and about 0.1 s per bundle."""

    n: int = 1 << 15
    r: int = 8
    p: int = 1


# A file chooses its own scrypt cost: cap it so that a hostile file cannot take the memory.
MAX_SCRYPT_N = 1 << 20
MAX_SCRYPT_MEMORY = 256 << 20  # 128 * n * r bytes
MAX_SCRYPT_P = 16


@dataclass(frozen=True)
class Encryption:
    """How the payload is sealed: filled in by the writer, read back from the header."""

    salt: bytes
    nonce_prefix: bytes
    kdf: ScryptParams


@dataclass(frozen=True)
class BundleHeader:
    """What a bundle says about itself before its payload (docs/sync-format.md)."""

    bundle_id: str
    schema_revision: str
    sender: str
    recipient: str | None
    kind: Kind
    version_vector: Mapping[str, int]
    created_at: str
    app_version: str = ""
    scope: Mapping[str, Any] = field(default_factory=lambda: {"kind": "database"})
    # Records per entity, when the sender knows them before writing; the trailer always has them.
    counts: Mapping[str, int] | None = None
    chunk_size: int = DEFAULT_CHUNK_SIZE
    encryption: Encryption | None = None
    format: int = FORMAT_VERSION
    # The sender's name as its KAM gave it, for the list of peers.
    sender_name: str = ""
    # The id that stands for the records the sender holds unchanged since it began (see
    # services.sync); a laptop seeded by a full file takes it over.
    baseline: str = ""

    def with_encryption(self, encryption: Encryption | None, chunk_size: int) -> BundleHeader:
        return replace(self, encryption=encryption, chunk_size=chunk_size)


def encode_header(header: BundleHeader) -> bytes:
    """The prefix and the JSON header, exactly as they stand at the start of the file."""
    doc: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "bundle_id": header.bundle_id,
        "schema_revision": header.schema_revision,
        "created_at": header.created_at,
        "app_version": header.app_version,
        "sender": header.sender,
        "recipient": header.recipient,
        "kind": header.kind,
        "version_vector": dict(header.version_vector),
        "scope": dict(header.scope),
        "counts": None if header.counts is None else dict(header.counts),
        "hash": "sha256",
        "chunk_size": header.chunk_size,
        "encryption": _encode_encryption(header.encryption),
        "sender_name": header.sender_name,
        "baseline": header.baseline,
    }
    body = json.dumps(doc, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()
    if len(body) > MAX_HEADER_BYTES:
        raise ValueError(f"the header is {len(body)} bytes, more than {MAX_HEADER_BYTES}")
    return PREFIX.pack(MAGIC, FORMAT_VERSION, len(body)) + body


def _encode_encryption(enc: Encryption | None) -> dict[str, Any] | None:
    if enc is None:
        return None
    return {
        "cipher": "AES-256-GCM",
        "nonce_prefix": enc.nonce_prefix.hex(),
        "kdf": {
            "name": "scrypt",
            "salt": enc.salt.hex(),
            "n": enc.kdf.n,
            "r": enc.kdf.r,
            "p": enc.kdf.p,
            "length": 32,
        },
    }


def read_header(stream: BinaryIO) -> tuple[BundleHeader, bytes]:
    """Read and check the header; return it with its raw bytes (the payload's AAD hashes them)."""
    prefix = stream.read(PREFIX.size)
    if len(prefix) < len(MAGIC) and MAGIC.startswith(prefix) and prefix:
        raise BundleError(CUT_OFF)
    if len(prefix) < len(MAGIC) or prefix[: len(MAGIC)] != MAGIC:
        raise BundleError(NOT_A_BUNDLE)
    if len(prefix) < PREFIX.size:
        raise BundleError(CUT_OFF)
    _, version, length = PREFIX.unpack(prefix)
    if version > FORMAT_VERSION:
        raise BundleError(newer_format(version))
    if version < 1:
        raise BundleError(NOT_A_BUNDLE)
    if length > MAX_HEADER_BYTES:
        raise BundleError(too_large("header"))
    body = stream.read(length)
    if len(body) < length:
        raise BundleError(CUT_OFF)
    try:
        doc = json.loads(body.decode("utf-8"))
        return _decode_header(doc), prefix + body
    except (ValueError, TypeError, KeyError, RecursionError) as exc:
        # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise BundleError(CHANGED) from exc


def _decode_header(doc: Any) -> BundleHeader:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_VERSION:
        raise ValueError("header is not an object of this format")
    kind = doc["kind"]
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    recipient = doc["recipient"]
    if recipient is not None:
        recipient = _text(recipient)
    counts = doc["counts"]
    if doc["hash"] != "sha256":
        raise ValueError("unknown hash")
    chunk_size = _int(doc["chunk_size"], MIN_CHUNK_SIZE, MAX_CHUNK_SIZE)
    scope = doc["scope"]
    if not isinstance(scope, dict):
        raise ValueError("scope is not an object")
    return BundleHeader(
        bundle_id=_text(doc["bundle_id"]),
        schema_revision=_text(doc["schema_revision"]),
        created_at=_text(doc["created_at"]),
        app_version=_text(doc["app_version"]),
        sender=_text(doc["sender"]),
        recipient=recipient,
        kind=kind,
        version_vector=_counters(doc["version_vector"]),
        scope=scope,
        counts=None if counts is None else _counters(counts),
        chunk_size=chunk_size,
        encryption=_decode_encryption(doc["encryption"]),
        sender_name=_text(doc.get("sender_name", ""), 200),
        baseline=_text(doc.get("baseline", ""), 64),
    )


def _decode_encryption(doc: Any) -> Encryption | None:
    if doc is None:
        return None
    if not isinstance(doc, dict) or doc["cipher"] != "AES-256-GCM":
        raise ValueError("unknown cipher")
    kdf = doc["kdf"]
    if not isinstance(kdf, dict) or kdf["name"] != "scrypt" or kdf["length"] != 32:
        raise ValueError("unknown key derivation")
    n = _int(kdf["n"], 2, MAX_SCRYPT_N)
    r = _int(kdf["r"], 1, MAX_SCRYPT_MEMORY // 128)
    p = _int(kdf["p"], 1, MAX_SCRYPT_P)
    if n & (n - 1) or 128 * n * r > MAX_SCRYPT_MEMORY:
        raise ValueError("scrypt parameters out of range")
    salt = bytes.fromhex(_text(kdf["salt"]))
    nonce_prefix = bytes.fromhex(_text(doc["nonce_prefix"]))
    if not 16 <= len(salt) <= 64 or len(nonce_prefix) != NONCE_PREFIX_BYTES:
        raise ValueError("salt or nonce prefix of a wrong length")
    return Encryption(salt=salt, nonce_prefix=nonce_prefix, kdf=ScryptParams(n=n, r=r, p=p))


def _text(value: Any, limit: int = 1024) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise ValueError("not a short text")
    return value


def _int(value: Any, low: int, high: int) -> int:
    if type(value) is not int or not low <= value <= high:
        raise ValueError("number out of range")
    return value


def _counters(value: Any) -> dict[str, int]:
    if not isinstance(value, dict):
        raise ValueError("not an object of counters")
    return {_text(k): _int(v, 0, 2**63 - 1) for k, v in value.items()}
