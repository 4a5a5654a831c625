"""Sealing the payload: AES-256-GCM per chunk, the key from the passphrase by scrypt.

Chunk i's nonce is the bundle's random 8-byte prefix followed by i (u32); its associated data
is sha256(header bytes), i (u64) and the final flag, so a chunk moved, dropped, taken from
another bundle or cut off at the end fails to open. The salt is fresh per bundle, so each
bundle has its own key and a nonce is never used twice under one key.
"""

from __future__ import annotations

import hashlib
import os
import struct
import unicodedata

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from kamdesk.sync.header import NONCE_PREFIX_BYTES, Encryption, ScryptParams

TAG_BYTES = 16
SALT_BYTES = 16
MAX_CHUNKS = 1 << 32
_AAD_TAIL = struct.Struct(">QB")
_NONCE_TAIL = struct.Struct(">I")


class ChunkRefused(Exception):
    """A chunk did not open with this key, index and final flag."""


def new_encryption(kdf: ScryptParams) -> Encryption:
    return Encryption(
        salt=os.urandom(SALT_BYTES), nonce_prefix=os.urandom(NONCE_PREFIX_BYTES), kdf=kdf
    )


def derive_key(passphrase: str, enc: Encryption) -> bytes:
    # NFC: the same passphrase typed on two keyboards gives the same bytes.
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    kdf = Scrypt(salt=enc.salt, length=32, n=enc.kdf.n, r=enc.kdf.r, p=enc.kdf.p)
    return kdf.derive(secret)


class ChunkCipher:
    """Seals and opens the chunks of one bundle."""

    def __init__(self, key: bytes, enc: Encryption, header_bytes: bytes) -> None:
        self._aead = AESGCM(key)
        self._prefix = enc.nonce_prefix
        self._header_hash = hashlib.sha256(header_bytes).digest()

    def _nonce_aad(self, index: int, final: bool) -> tuple[bytes, bytes]:
        if index >= MAX_CHUNKS:
            raise ValueError("too many chunks for one bundle")
        nonce = self._prefix + _NONCE_TAIL.pack(index)
        return nonce, self._header_hash + _AAD_TAIL.pack(index, final)

    def seal(self, index: int, final: bool, plain: bytes) -> bytes:
        nonce, aad = self._nonce_aad(index, final)
        return self._aead.encrypt(nonce, plain, aad)

    def open(self, index: int, final: bool, sealed: bytes) -> bytes:
        nonce, aad = self._nonce_aad(index, final)
        try:
            return self._aead.decrypt(nonce, sealed, aad)
        except InvalidTag as exc:
            raise ChunkRefused from exc
