"""Reading a .kamsync bundle as a stream; every refusal is one BundleError in plain words.

What a reader yields has been authenticated (its chunk opened), but the bundle as a whole is
whole only once iteration ended without an error: apply it in one transaction and roll back on
BundleError, so that a refused file writes nothing.
"""

from __future__ import annotations

import hashlib
import struct
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

from kamdesk.messages import N_
from kamdesk.sync import frames
from kamdesk.sync.crypto import TAG_BYTES, ChunkCipher, ChunkRefused, derive_key
from kamdesk.sync.frames import BundleBlob, BundleRecord, BundleSummary
from kamdesk.sync.header import (
    CHANGED,
    CUT_OFF,
    MAX_BLOB_BYTES,
    MAX_BLOBS,
    MAX_HEADER_BYTES,
    MAX_RECORD_BYTES,
    MAX_RECORDS,
    NEEDS_PASSPHRASE,
    WRONG_PASSPHRASE,
    BundleError,
    BundleHeader,
    read_header,
    too_large,
)

NOT_ENCRYPTED = N_("This sync file is not encrypted; kamdesk reads only encrypted sync files.")
_LENGTH = struct.Struct(">I")


def open_bundle(
    source: Path | BinaryIO, passphrase: str | None, *, allow_unencrypted: bool = False
) -> BundleReader:
    """Open a bundle: its header is read and checked, and the passphrase tried on chunk 0.

    `source` is a path (the reader opens and closes the file) or a binary stream at the
    bundle's first byte (the caller closes it).

    with open_bundle(path, passphrase) as bundle:
        bundle.header ...
        for item in bundle: ...   # BundleRecord and BundleBlob, in the sender's order
        bundle.summary            # the trailer's counts, once iteration ended
    """
    if not isinstance(source, Path):
        return BundleReader(source, passphrase, allow_unencrypted, owned=False)
    stream = open(source, "rb")  # noqa: SIM115 (the reader owns it)
    try:
        return BundleReader(stream, passphrase, allow_unencrypted, owned=True)
    except BaseException:
        stream.close()
        raise


class _Chunks:
    """The payload's chunks, opened (or just framed, in a clear bundle), in order."""

    def __init__(self, stream: BinaryIO, header: BundleHeader, cipher: ChunkCipher | None):
        self._stream = stream
        self._cipher = cipher
        self._limit = header.chunk_size + (TAG_BYTES if cipher else 0)
        self._index = 0
        self._next_length = self._read_length(0)
        self.ended = False

    def _read_length(self, index: int) -> int | None:
        """The length of chunk `index`, None at the end of the file."""
        raw = self._stream.read(_LENGTH.size)
        if not raw:
            return None
        if len(raw) < _LENGTH.size:
            raise BundleError(CUT_OFF)
        length: int = _LENGTH.unpack(raw)[0]
        if length > self._limit:
            raise BundleError(WRONG_PASSPHRASE if index == 0 else CHANGED)
        return length

    def next(self) -> bytes | None:
        """The next chunk's bytes; None after the final one."""
        if self._next_length is None:
            if self._index == 0 or (self._cipher is not None and not self.ended):
                raise BundleError(CUT_OFF)
            self.ended = True
            return None
        body = self._stream.read(self._next_length)
        if len(body) < self._next_length:
            raise BundleError(CUT_OFF)
        self._next_length = self._read_length(self._index + 1)
        final = self._next_length is None
        plain = body if self._cipher is None else self._open(body, final)
        self._index += 1
        self.ended = final
        return plain

    def _open(self, body: bytes, final: bool) -> bytes:
        assert self._cipher is not None
        try:
            return self._cipher.open(self._index, final, body)
        except ChunkRefused:
            pass
        if final:
            try:
                self._cipher.open(self._index, False, body)
            except ChunkRefused:
                pass
            else:  # a whole chunk that was not the last: what followed was cut off
                raise BundleError(CUT_OFF) from None
        raise BundleError(WRONG_PASSPHRASE if self._index == 0 else CHANGED)


class BundleReader:
    """An open bundle: `header`, then its records and blobs by iteration (see open_bundle)."""

    def __init__(
        self, stream: BinaryIO, passphrase: str | None, allow_unencrypted: bool, *, owned: bool
    ) -> None:
        self._stream = stream
        self._owned = owned
        self.header, self._header_bytes = read_header(stream)
        enc = self.header.encryption
        cipher = None
        if enc is None:
            if not allow_unencrypted:
                raise BundleError(NOT_ENCRYPTED)
        elif not passphrase:
            raise BundleError(NEEDS_PASSPHRASE)
        else:
            cipher = ChunkCipher(derive_key(passphrase, enc), enc, self._header_bytes)
        self._chunks = _Chunks(stream, self.header, cipher)
        # Open chunk 0 now: a wrong passphrase is said before anything is read.
        self._buf = self._chunks.next() or b""
        self._pos = 0
        self._started = False
        self.summary: BundleSummary | None = None

    def __enter__(self) -> BundleReader:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._owned:
            self._stream.close()

    def __iter__(self) -> Iterator[BundleRecord | BundleBlob]:
        if self._started:
            raise ValueError("a bundle is read once")
        self._started = True
        try:
            yield from self._items()
        except (ValueError, TypeError, KeyError, RecursionError) as exc:
            # bad UTF-8, bad JSON, a field of the wrong type: the file is not what was written
            raise BundleError(CHANGED) from exc

    def _items(self) -> Iterator[BundleRecord | BundleBlob]:
        payload_hash = hashlib.sha256()
        counts: Counter[str] = Counter()
        seen_entities: set[str] = set()
        blobs: set[bytes] = set()
        entity: str | None = None
        while True:
            head = self._read(frames.FRAME_HEAD.size)
            kind, length = frames.FRAME_HEAD.unpack(head)
            _check_length(kind, length)
            body = self._read(length)
            if kind == frames.END:
                self._finish(body, payload_hash.hexdigest(), counts, len(blobs))
                return
            payload_hash.update(head)
            payload_hash.update(body)
            if kind == frames.SECTION:
                entity = body.decode("ascii")
                if not frames.is_entity_name(entity) or entity in seen_entities:
                    raise BundleError(CHANGED)
                seen_entities.add(entity)
            elif kind == frames.RECORD:
                data = frames.load_json(body)
                if entity is None or not isinstance(data, dict):
                    raise BundleError(CHANGED)
                counts[entity] += 1
                if counts.total() > MAX_RECORDS:
                    raise BundleError(too_large("records"))
                yield BundleRecord(entity, data)
            else:
                yield self._blob(body, blobs)

    def _blob(self, body: bytes, blobs: set[bytes]) -> BundleBlob:
        digest, data = body[: frames.SHA256_BYTES], body[frames.SHA256_BYTES :]
        if hashlib.sha256(data).digest() != digest or digest in blobs:
            raise BundleError(CHANGED)
        blobs.add(digest)
        if len(blobs) > MAX_BLOBS:
            raise BundleError(too_large("files"))
        return BundleBlob(digest.hex(), data)

    def _finish(self, body: bytes, payload_sha256: str, counts: Counter[str], blobs: int) -> None:
        trailer: Any = frames.load_json(body)
        records = {entity: n for entity, n in counts.items() if n}
        declared = self.header.counts
        if (
            not isinstance(trailer, dict)
            or trailer["records"] != records
            or trailer["blobs"] != blobs
            or trailer["payload_sha256"] != payload_sha256
            or trailer["header_sha256"] != hashlib.sha256(self._header_bytes).hexdigest()
            or (declared is not None and {k: v for k, v in declared.items() if v} != records)
        ):
            raise BundleError(CHANGED)
        # The trailer ends the final chunk, and the file.
        if self._pos != len(self._buf) or not self._chunks.ended:
            raise BundleError(CHANGED)
        self.summary = BundleSummary(records=records, blobs=blobs)

    def _read(self, n: int) -> bytes:
        """n bytes of the payload, across chunks as needed."""
        end = self._pos + n
        if end <= len(self._buf):
            out = self._buf[self._pos : end]
            self._pos = end
            return out
        parts = [self._buf[self._pos :]]
        missing = n - len(parts[0])
        while missing > 0:
            chunk = self._chunks.next()
            if chunk is None:  # the payload ended without its trailer
                raise BundleError(CUT_OFF)
            parts.append(chunk[:missing])
            self._buf, self._pos = chunk, min(missing, len(chunk))
            missing -= self._pos
        return b"".join(parts)


def _check_length(kind: bytes, length: int) -> None:
    """Refuse a frame before its body is read: an unknown type or a length over the limit."""
    limits = {
        frames.SECTION: (frames.ENTITY_NAME_MAX, CHANGED),
        frames.RECORD: (MAX_RECORD_BYTES, too_large("record")),
        frames.BLOB: (frames.SHA256_BYTES + MAX_BLOB_BYTES, too_large("file")),
        frames.END: (MAX_HEADER_BYTES, CHANGED),
    }
    if kind not in limits:
        raise BundleError(CHANGED)
    limit, message = limits[kind]
    if length > limit or (kind == frames.BLOB and length < frames.SHA256_BYTES):
        raise BundleError(message)
