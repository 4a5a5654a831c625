"""A PostgreSQL SCRAM-SHA-256 password verifier (RFC 5802/7677, as PostgreSQL stores it), made
on this machine: `CREATE ROLE ... PASSWORD '<verifier>'` then never carries the password itself,
so neither the server's statement log nor pg_stat_activity can show it."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import unicodedata

ITERATIONS = 4096  # PostgreSQL's default (scram_iterations)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def verifier(password: str, *, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """'SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>' for `password`."""
    # SASLprep, as libpq applies it: NFKC is its normalisation step (the rest only refuses
    # characters no one types into a password prompt)
    prepared = unicodedata.normalize("NFKC", password).encode("utf-8")
    salt = os.urandom(16) if salt is None else salt
    salted = hashlib.pbkdf2_hmac("sha256", prepared, salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    return f"SCRAM-SHA-256${iterations}:{_b64(salt)}${_b64(stored_key)}:{_b64(server_key)}"
