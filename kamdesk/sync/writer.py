"""Writing a .kamsync bundle as a stream: memory stays at about one chunk whatever its size."""

from __future__ import annotations

import hashlib
import os
import struct
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

from kamdesk.errors import UserError
from kamdesk.messages import _
from kamdesk.sync import frames
from kamdesk.sync.crypto import ChunkCipher, derive_key, new_encryption
from kamdesk.sync.header import (
    DEFAULT_CHUNK_SIZE,
    MAX_BLOB_BYTES,
    MAX_CHUNK_SIZE,
    MAX_RECORD_BYTES,
    MAX_RECORDS,
    MIN_CHUNK_SIZE,
    BundleHeader,
    ScryptParams,
    encode_header,
)

_LENGTH = struct.Struct(">I")


def part_path(path: Path) -> Path:
    """Where a bundle is written until it is complete."""
    return path.with_name(path.name + ".part")


class BundleWriter:
    """Writes a bundle to `path + ".part"` and renames it into place only when complete.

    with BundleWriter(path, header, passphrase="...") as out:
        out.add_record("client", {...})   # records grouped by entity
        digest = out.add_blob(pdf_bytes)  # sent once per sha256
    An exception inside the block removes the part file; nothing is left at `path`.
    `encrypt=False` writes the payload in clear (tests, debugging) and must be asked for.
    """

    def __init__(
        self,
        path: Path,
        header: BundleHeader,
        *,
        passphrase: str | None = None,
        encrypt: bool = True,
        kdf: ScryptParams | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
    ) -> None:
        if not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE:
            raise ValueError(f"chunk size {chunk_size} out of range")
        if encrypt and not passphrase:
            raise UserError(_("Choose a passphrase to protect the sync file."))
        if not encrypt and passphrase:
            raise ValueError("a passphrase was given for a bundle written without encryption")
        self.path = Path(path)
        self._part = part_path(self.path)
        self._chunk_size = chunk_size
        enc = new_encryption(kdf or ScryptParams()) if encrypt else None
        self._header = header.with_encryption(enc, chunk_size)
        self._header_bytes = encode_header(self._header)
        self._cipher = (
            ChunkCipher(derive_key(passphrase or "", enc), enc, self._header_bytes)
            if enc is not None
            else None
        )
        self._file: BinaryIO | None = None
        self._buf = bytearray()
        self._index = 0
        self._payload_hash = hashlib.sha256()
        self._counts: Counter[str] = Counter()
        self._entity: str | None = None
        self._done_entities: set[str] = set()
        self._blobs: set[bytes] = set()

    @property
    def header(self) -> BundleHeader:
        """The header as written, with its encryption parameters."""
        return self._header

    def __enter__(self) -> BundleWriter:
        self.open()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()

    def open(self) -> None:
        self._part.parent.mkdir(parents=True, exist_ok=True)
        self._file = open(self._part, "wb")  # noqa: SIM115 (closed by close/abort)
        self._file.write(self._header_bytes)

    def add_record(self, entity: str, record: Mapping[str, Any]) -> None:
        """Add one record of `entity`; all records of an entity must come one after another."""
        if entity != self._entity:
            if not frames.is_entity_name(entity):
                raise ValueError(f"bad entity name {entity!r}")
            if entity in self._done_entities:
                raise ValueError(f"the records of {entity!r} were already written: group them")
            if self._entity is not None:
                self._done_entities.add(self._entity)
            self._entity = entity
            self._frame(frames.SECTION, entity.encode("ascii"))
        body = frames.dump_json(dict(record))
        if len(body) > MAX_RECORD_BYTES:
            raise ValueError(f"a record of {entity!r} is {len(body)} bytes, over the limit")
        if self._counts.total() >= MAX_RECORDS:
            raise ValueError("too many records for one bundle")
        self._counts[entity] += 1
        self._frame(frames.RECORD, body)

    def add_blob(self, data: bytes) -> str:
        """Add a blob once; return its sha256 (hex), by which records name it."""
        digest = hashlib.sha256(data).digest()
        if digest not in self._blobs:
            if len(data) > MAX_BLOB_BYTES:
                raise ValueError(f"a blob of {len(data)} bytes is over the limit")
            self._blobs.add(digest)
            self._frame(frames.BLOB, digest + data)
        return digest.hex()

    def close(self) -> Path:
        """Write the trailer, seal the last chunk and move the file into place."""
        if self._file is None:
            raise ValueError("the bundle is not open")
        declared = self._header.counts
        actual = {entity: n for entity, n in self._counts.items() if n}
        if declared is not None and {k: v for k, v in declared.items() if v} != actual:
            self.abort()
            raise ValueError(f"the header declared {dict(declared)}, the payload has {actual}")
        summary = frames.BundleSummary(records=actual, blobs=len(self._blobs))
        trailer = frames.trailer_body(
            summary,
            self._payload_hash.hexdigest(),
            hashlib.sha256(self._header_bytes).hexdigest(),
        )
        self._put(frames.FRAME_HEAD.pack(frames.END, len(trailer)) + trailer)
        self._emit(final=True)
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        self._file = None
        os.replace(self._part, self.path)
        return self.path

    def abort(self) -> None:
        """Drop what was written: the part file goes, `path` is untouched."""
        if self._file is not None:
            self._file.close()
            self._file = None
        self._part.unlink(missing_ok=True)

    def _frame(self, kind: bytes, body: bytes) -> None:
        if self._file is None:
            raise ValueError("the bundle is not open")
        head = frames.FRAME_HEAD.pack(kind, len(body))
        self._payload_hash.update(head)
        self._payload_hash.update(body)
        self._put(head)
        self._put(body)

    def _put(self, data: bytes) -> None:
        # A full chunk is sealed only once more bytes follow, so the final chunk is never empty.
        view = memoryview(data)
        while view:
            if len(self._buf) == self._chunk_size:
                self._emit(final=False)
            take = self._chunk_size - len(self._buf)
            self._buf += view[:take]
            view = view[take:]

    def _emit(self, final: bool) -> None:
        assert self._file is not None
        plain = bytes(self._buf)
        body = plain if self._cipher is None else self._cipher.seal(self._index, final, plain)
        self._file.write(_LENGTH.pack(len(body)))
        self._file.write(body)
        self._index += 1
        self._buf.clear()
