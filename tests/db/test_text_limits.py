"""Every save refuses text past its documented limit (kamdesk.domain.limits), the field named,
nothing written and nothing cut: multi-line (Text) columns hold 20 000 characters, the others
500; an older longer value the save does not touch stays as it is."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text, update

from kamdesk.db import Database
from kamdesk.domain.limits import MAX_LINE_CHARS, MAX_TEXT_CHARS
from kamdesk.errors import InvalidFields
from kamdesk.models import Client
from tests.factories import add_client


def names(db: Database) -> list[str]:
    with db.reading() as s:
        return list(s.scalars(select(Client.name)))


def test_a_new_record_past_the_limits_is_refused_naming_each_field(db: Database) -> None:
    with pytest.raises(InvalidFields) as refused, db.unit_of_work() as s:
        add_client(s, "A" * (MAX_LINE_CHARS + 1), notes="n" * 20_412, city="Pécs")
    assert refused.value.problems == {
        "name": "Name: 501 characters, more than the 500 it can hold.",
        "notes": "Notes: 20,412 characters, more than the 20,000 it can hold.",
    }
    assert names(db) == []


def test_text_at_the_limits_is_kept_whole(db: Database) -> None:
    with db.unit_of_work() as s:
        add_client(s, "A" * MAX_LINE_CHARS, notes="n\n" * (MAX_TEXT_CHARS // 2))
    with db.reading() as s:
        client = s.scalars(select(Client)).one()
        assert len(client.name) == MAX_LINE_CHARS and len(client.notes) == MAX_TEXT_CHARS


def test_an_edit_past_the_limit_is_refused_and_an_untouched_old_value_is_not(
    db: Database,
) -> None:
    with db.unit_of_work() as s:
        client_id = add_client(s, "Acme").id
    with db.unit_of_work() as s:  # a value saved before the limits (as sync may bring one)
        s.execute(update(Client).where(Client.id == client_id).values(notes="o" * 30_000))
    with db.unit_of_work() as s:
        s.get_one(Client, client_id).city = "Győr"  # notes untouched: saved
    with pytest.raises(InvalidFields) as refused, db.unit_of_work() as s:
        s.get_one(Client, client_id).needs = "x" * (MAX_TEXT_CHARS + 1)
    assert set(refused.value.problems) == {"needs"}
    with db.reading() as s:
        row = s.execute(text("SELECT city, length(notes), needs FROM client")).one()
    assert tuple(row) == ("Győr", 30_000, "")
