"""Clients with typed KAM names in a database at revision 0013, for migration 0014's tests
(SQLite fixtures and the team server alike): rows written by plain SQL, as the release before
it did, every column the schema has then given a value."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from tests.db.make_fixtures import stamp, uid

# name -> (client.kam as typed, notes, created day, deleted)
TYPED: dict[str, tuple[str, str, str, bool]] = {
    "one": ("Kovács Anna", "", "2025-02-01", False),
    "three": ("Kovács Anna; Elena Morozova, Luca Bianchi", "", "2025-02-02", False),
    "four": ("Luca Bianchi; Chiara Romano; Elena Morozova; Aliev Ruslan", "Pays late.",
             "2025-02-03", False),
    "spacing": ("  KOVÁCS   anna ;elena  morozova", "", "2025-02-04", False),
    "misspelt": ("Kovacs Anna", "", "2025-02-05", False),
    "twice": ("Chiara Romano; chiara romano\nLuca Bianchi", "", "2025-02-06", False),
    "none": ("", "", "2025-02-07", False),
    "gone": ("Ghost Name", "", "2025-02-08", True),
}  # fmt: skip


ANNA, ELENA, LUCA, CHIARA = "Kovács Anna", "Elena Morozova", "Luca Bianchi", "Chiara Romano"
# name -> the assignments 0014 makes of its text: (KAM name, position, live)
EXPECTED: dict[str, list[tuple[str, int, bool]]] = {
    "one": [(ANNA, 1, True)],
    "three": [(ANNA, 1, True), (ELENA, 2, True), (LUCA, 3, True)],
    "four": [(LUCA, 1, True), (CHIARA, 2, True), (ELENA, 3, True)],  # the fourth: notes
    # case and spaces are the same person, named as first seen (the older clients')
    "spacing": [(ANNA, 1, True), (ELENA, 2, True)],
    "misspelt": [("Kovacs Anna", 1, True)],  # another name: nothing is guessed
    "twice": [(CHIARA, 1, True), (LUCA, 2, True)],
    "none": [],
    "gone": [("Ghost Name", 1, False)],  # a deleted client's go with it
}
FOURTH_IN_NOTES = "Pays late.\nKAM (not assigned): Aliev Ruslan"


def _filler(column: dict[str, Any]) -> Any:
    if column["nullable"]:
        return None
    kind = str(column["type"]).upper()
    if "INT" in kind:
        return 0
    if "BOOL" in kind:
        return False
    return ""


def add_typed_clients(conn: sa.Connection) -> dict[str, str]:
    """The clients of TYPED (name -> id), written at revision 0013."""
    columns = sa.inspect(conn).get_columns("client")
    ids: dict[str, str] = {}
    for name, (kam, notes, day, deleted) in TYPED.items():
        row = {c["name"]: _filler(c) for c in columns}
        made = stamp(day)
        row.update(
            id=uid(f"typed {name}"),
            created_at=made,
            updated_at=made,
            revision=1,
            deleted_at=stamp(day, "18:00:00") if deleted else None,
            name=f"Client {name}",
            name_key=f"client {name}",
            currency="EUR",
            status="active",
            payment_terms_days=30,
            max_discount_percent="0",
            document_language="en",
            kam=kam,
            notes=notes,
        )
        names = ", ".join(row)
        marks = ", ".join(f":{c}" for c in row)
        conn.execute(sa.text(f"INSERT INTO client ({names}) VALUES ({marks})"), row)
        ids[name] = row["id"]
    return ids


def assignments(conn: sa.Connection) -> dict[str, list[tuple[str, int, bool]]]:
    """client id -> its assignments (KAM name, position, live), by position."""
    out: dict[str, list[tuple[str, int, bool]]] = {}
    for client_id, name, position, deleted in conn.execute(
        sa.text(
            "SELECT a.client_id, k.name, a.position, a.deleted_at FROM client_kam a "
            "JOIN kam k ON k.id = a.kam_id ORDER BY a.client_id, a.position"
        )
    ):
        out.setdefault(client_id, []).append((name, int(position), deleted is None))
    return out
