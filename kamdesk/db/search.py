"""The full-text search indexes (FTS5) over clients and contacts: built by the migrations,
kept current by triggers. (Moved out of kamdesk/db/__init__.py, which re-exports them.)"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CLIENT_FTS_COLUMNS = ("name", "legal_name", "code", "tax_id", "city")


def create_client_search(execute: Callable[[str], Any]) -> None:
    """FTS5 index over clients, kept current by triggers (external content, rowid-linked)."""
    cols = ", ".join(CLIENT_FTS_COLUMNS)
    new_cols = ", ".join(f"new.{c}" for c in CLIENT_FTS_COLUMNS)
    old_cols = ", ".join(f"old.{c}" for c in CLIENT_FTS_COLUMNS)
    execute(
        f"CREATE VIRTUAL TABLE client_fts USING fts5({cols}, content='client', "
        "content_rowid='rowid', tokenize=\"unicode61 remove_diacritics 2\")"
    )
    execute(
        f"CREATE TRIGGER client_fts_ai AFTER INSERT ON client BEGIN "
        f"INSERT INTO client_fts(rowid, {cols}) VALUES (new.rowid, {new_cols}); END"
    )
    execute(
        f"CREATE TRIGGER client_fts_ad AFTER DELETE ON client BEGIN "
        f"INSERT INTO client_fts(client_fts, rowid, {cols}) "
        f"VALUES ('delete', old.rowid, {old_cols}); END"
    )
    execute(
        f"CREATE TRIGGER client_fts_au AFTER UPDATE ON client BEGIN "
        f"INSERT INTO client_fts(client_fts, rowid, {cols}) "
        f"VALUES ('delete', old.rowid, {old_cols}); "
        f"INSERT INTO client_fts(rowid, {cols}) VALUES (new.rowid, {new_cols}); END"
    )


# A phone as digits only, so "5550142" finds "+36 1 555 0142".
_DIGITS = (
    "replace(replace(replace(replace(replace({col}, ' ', ''), '-', ''), '(', ''), ')', ''), "
    "'+', '')"
)
_CONTACT_FTS_INSERT = "INSERT INTO contact_fts(rowid, full_name, phones, emails)"


def _contact_values(prefix: str) -> str:
    # Digits only, plus their last 6..10 digits, so a number typed without the country or
    # area code is found by prefix search too.
    parts = []
    for column in ("phone", "mobile"):
        digits = _DIGITS.format(col=f"{prefix}.{column}")
        parts.append(digits)
        parts.extend(f"substr({digits}, -{n})" for n in range(6, 11))
    phones = " || ' ' || ".join(parts)
    return (
        f"{prefix}.rowid, {prefix}.full_name, {prefix}.phone || ' ' || {prefix}.mobile || ' ' || "
        f"{phones}, {prefix}.email || ' ' || {prefix}.email_alt"
    )


def create_contact_search(execute: Callable[[str], Any]) -> None:
    """FTS5 over contacts' names, phones (as typed and as digits) and e-mails.

    The index keeps its own copy (it indexes computed text); triggers keep it current.
    """
    execute(
        "CREATE VIRTUAL TABLE contact_fts USING fts5(full_name, phones, emails, "
        "tokenize=\"unicode61 remove_diacritics 2 tokenchars '@.'\")"
    )
    execute(
        f"INSERT INTO contact_fts(rowid, full_name, phones, emails) "
        f"SELECT {_contact_values('contact')} FROM contact"
    )
    execute(
        "CREATE TRIGGER contact_fts_ai AFTER INSERT ON contact BEGIN "
        f"{_CONTACT_FTS_INSERT} VALUES ({_contact_values('new')}); END"
    )
    execute(
        "CREATE TRIGGER contact_fts_ad AFTER DELETE ON contact BEGIN "
        "DELETE FROM contact_fts WHERE rowid = old.rowid; END"
    )
    execute(
        "CREATE TRIGGER contact_fts_au AFTER UPDATE ON contact BEGIN "
        "DELETE FROM contact_fts WHERE rowid = old.rowid; "
        f"{_CONTACT_FTS_INSERT} VALUES ({_contact_values('new')}); END"
    )


def drop_contact_search(execute: Callable[[str], Any]) -> None:
    for trig in ("contact_fts_ai", "contact_fts_ad", "contact_fts_au"):
        execute(f"DROP TRIGGER IF EXISTS {trig}")
    execute("DROP TABLE IF EXISTS contact_fts")


def is_search_table(name: str | None) -> bool:
    """FTS5 tables and their shadow tables, which the models do not describe."""
    return bool(name) and str(name).startswith(("client_fts", "contact_fts"))


def drop_client_search(execute: Callable[[str], Any]) -> None:
    for trig in ("client_fts_ai", "client_fts_ad", "client_fts_au"):
        execute(f"DROP TRIGGER IF EXISTS {trig}")
    execute("DROP TABLE IF EXISTS client_fts")
