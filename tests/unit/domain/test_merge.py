"""The merge rules of issue 12, told as what two KAMs do on their laptops."""

from decimal import Decimal

import pytest

from kamdesk.domain.clock import Hlc, VersionVector
from kamdesk.domain.merge import (
    ConflictKind,
    FieldKind,
    MergeRules,
    RecordState,
    can_purge,
    conflict_id,
    create,
    delete,
    edit,
    keep,
    merge_many,
    merge_record,
)

HOUR = 3_600_000
# Anna's laptop runs three hours ahead of Boris's.
ANNA, BORIS, MANAGER = "anna", "boris", "manager"
RULES = MergeRules(
    field_kinds={"order_line": {"price": FieldKind.MONEY, "qty": FieldKind.QUANTITY}},
    insert_only=frozenset({"invoice", "payment"}),
    parents={"meeting": ("client_id", "client"), "contact": ("client_id", "client")},
)


def at(replica: str, hours: float, counter: int = 0) -> Hlc:
    skew = 3 * HOUR if replica == ANNA else 0
    return Hlc(int(hours * HOUR) + skew, counter, replica)


def both_ways(a: RecordState, b: RecordState) -> RecordState:
    """Merge each way; the two laptops must end with the same record and conflicts."""
    ab, ba = merge_record(a, b, RULES), merge_record(b, a, RULES)
    assert ab == ba
    return ab.record


@pytest.fixture
def client() -> RecordState:
    return create(
        "client",
        "c1",
        {"name": "Baltic Foods", "phone": "+371 100", "city": "Riga"},
        replica=MANAGER,
        stamp=at(MANAGER, 1),
    )


def test_two_kams_edit_a_clients_phone_and_city_both_survive(client: RecordState) -> None:
    anna = edit(client, {"phone": "+371 222"}, replica=ANNA, stamp=at(ANNA, 2))
    boris = edit(client, {"city": "Jurmala"}, replica=BORIS, stamp=at(BORIS, 2))
    merged = both_ways(anna, boris)
    assert merged.values() == {"name": "Baltic Foods", "phone": "+371 222", "city": "Jurmala"}
    assert merge_record(anna, boris, RULES).conflicts == ()


def test_both_edit_the_phone_a_provisional_winner_and_a_conflict(client: RecordState) -> None:
    # Boris edits later by the wall, but Anna's clock is hours ahead: her stamp is higher.
    anna = edit(client, {"phone": "+371 222"}, replica=ANNA, stamp=at(ANNA, 2))
    boris = edit(client, {"phone": "+371 333"}, replica=BORIS, stamp=at(BORIS, 4))
    merged = both_ways(anna, boris)
    assert merged.value("phone") == "+371 222"
    (conflict,) = merge_record(boris, anna, RULES).conflicts
    assert conflict.kind is ConflictKind.VALUE
    assert conflict.field == "phone"
    assert (conflict.winner.value, conflict.other.stamp) == ("+371 222", at(BORIS, 4))
    assert conflict.id == conflict_id("client", "c1", "phone", at(ANNA, 2), at(BORIS, 4))
    assert not conflict.needs_decision


def test_both_type_the_same_new_phone_no_conflict(client: RecordState) -> None:
    anna = edit(client, {"phone": "+371 222"}, replica=ANNA, stamp=at(ANNA, 2))
    boris = edit(client, {"phone": "+371 222"}, replica=BORIS, stamp=at(BORIS, 2))
    result = merge_record(anna, boris, RULES)
    assert result.record.value("phone") == "+371 222"
    assert result.conflicts == ()


def test_the_resolution_travels_like_an_edit_and_closes_the_conflict(client: RecordState) -> None:
    anna = edit(client, {"phone": "+371 222"}, replica=ANNA, stamp=at(ANNA, 2))
    boris = edit(client, {"phone": "+371 333"}, replica=BORIS, stamp=at(BORIS, 4))
    on_boris = merge_record(boris, anna, RULES).record
    # Boris takes his own value (the loser): an edit made after seeing both.
    resolved = edit(on_boris, {"phone": "+371 333"}, replica=BORIS, stamp=at(BORIS, 5))
    on_anna = merge_record(anna, resolved, RULES)
    assert on_anna.conflicts == ()
    assert on_anna.record.value("phone") == "+371 333"
    # A stale copy arriving later does not reopen it.
    assert merge_record(on_anna.record, anna, RULES).conflicts == ()


def test_a_money_or_quantity_conflict_needs_a_decision() -> None:
    line = create(
        "order_line",
        "l1",
        {"price": Decimal("9.50"), "qty": 3, "note": ""},
        replica=ANNA,
        stamp=at(ANNA, 1),
    )
    anna = edit(line, {"price": Decimal("9.00"), "note": "x"}, replica=ANNA, stamp=at(ANNA, 2))
    boris = edit(
        line, {"price": Decimal("8.75"), "qty": 4, "note": "y"}, replica=BORIS, stamp=at(BORIS, 2)
    )
    conflicts = {c.field: c for c in merge_record(anna, boris, RULES).conflicts}
    assert conflicts["price"].needs_decision
    assert not conflicts["note"].needs_decision
    assert "qty" not in conflicts  # only Boris changed the quantity
    assert merge_record(anna, boris, RULES).record.value("qty") == 4


def test_one_deletes_a_contact_the_other_edits_the_contact_stays(client: RecordState) -> None:
    contact = create(
        "contact", "p1", {"name": "Ilze", "phone": "1"}, replica=ANNA, stamp=at(ANNA, 1)
    )
    gone = delete(contact, replica=ANNA, stamp=at(ANNA, 3))
    edited = edit(contact, {"phone": "2"}, replica=BORIS, stamp=at(BORIS, 2))
    assert gone.deleted
    merged = both_ways(gone, edited)
    assert not merged.deleted
    assert merged.values() == {"name": "Ilze", "phone": "2"}
    (conflict,) = merge_record(gone, edited, RULES).conflicts
    assert conflict.kind is ConflictKind.DELETED_WHILE_EDITED
    assert conflict.winner.value == "2"
    assert conflict.other.stamp == at(ANNA, 3)


def test_the_managers_later_delete_after_seeing_the_edit_wins() -> None:
    contact = create(
        "contact", "p1", {"name": "Ilze", "phone": "1"}, replica=ANNA, stamp=at(ANNA, 1)
    )
    edited = edit(contact, {"phone": "2"}, replica=BORIS, stamp=at(BORIS, 2))
    on_manager = merge_record(contact, edited, RULES).record
    # The manager's clock is behind: the delete's stamp is older than the edit's, still it wins.
    gone = delete(on_manager, replica=MANAGER, stamp=at(MANAGER, 0.5))
    merged = both_ways(edited, gone)
    assert merged.deleted
    assert merge_record(edited, gone, RULES).conflicts == ()


def test_a_delete_conflict_is_closed_by_keeping_or_by_deleting_again() -> None:
    contact = create("contact", "p1", {"name": "Ilze"}, replica=ANNA, stamp=at(ANNA, 1))
    both = merge_record(
        delete(contact, replica=ANNA, stamp=at(ANNA, 2)),
        edit(contact, {"name": "Ilze B."}, replica=BORIS, stamp=at(BORIS, 2)),
        RULES,
    ).record
    kept = keep(both, replica=BORIS)
    again = delete(both, replica=ANNA, stamp=at(ANNA, 3))
    assert merge_record(both, kept, RULES).conflicts == ()
    assert not merge_record(both, kept, RULES).record.deleted
    assert merge_record(both, again, RULES).conflicts == ()
    assert merge_record(both, again, RULES).record.deleted


def test_two_deletes_of_one_record_are_no_conflict(client: RecordState) -> None:
    merged = both_ways(
        delete(client, replica=ANNA, stamp=at(ANNA, 2)),
        delete(client, replica=BORIS, stamp=at(BORIS, 2)),
    )
    assert merged.deleted
    assert merge_record(merged, merged, RULES).conflicts == ()


def test_a_meeting_added_under_a_deleted_client_revives_the_client(client: RecordState) -> None:
    meeting = create(
        "meeting", "m1", {"client_id": "c1", "topic": "prices"}, replica=BORIS, stamp=at(BORIS, 2)
    )
    gone = delete(client, replica=ANNA, stamp=at(ANNA, 2))
    on_anna = {gone.key: gone}
    result = merge_many(on_anna, [meeting, client], RULES)
    assert result.revived == {("client", "c1")}
    assert result.is_live(("client", "c1"))
    assert result.records[("client", "c1")].deleted  # the tombstone itself still travels
    (conflict,) = result.conflicts
    assert conflict.kind is ConflictKind.REVIVED_BY_CHILD
    assert (conflict.entity, conflict.record_id) == ("client", "c1")
    # Boris's laptop merges Anna's state: the same outcome and the same conflict id.
    on_boris = merge_many({meeting.key: meeting, client.key: client}, [gone], RULES)
    assert on_boris.records == result.records
    assert [c.id for c in on_boris.conflicts] == [conflict.id]


def test_a_deleted_meeting_does_not_revive_its_deleted_client(client: RecordState) -> None:
    meeting = create("meeting", "m1", {"client_id": "c1"}, replica=BORIS, stamp=at(BORIS, 2))
    result = merge_many(
        {},
        [
            delete(client, replica=ANNA, stamp=at(ANNA, 2)),
            delete(meeting, replica=BORIS, stamp=at(BORIS, 3)),
        ],
        RULES,
    )
    assert result.revived == frozenset()
    assert not result.is_live(("client", "c1"))


def test_invoices_merge_by_union_and_an_edit_of_one_is_refused() -> None:
    invoice = create("invoice", "i1", {"total": Decimal("100.00")}, replica=ANNA, stamp=at(ANNA, 1))
    payment = create(
        "payment", "p1", {"amount": Decimal("40.00")}, replica=BORIS, stamp=at(BORIS, 1)
    )
    changed = edit(invoice, {"total": Decimal("90.00")}, replica=BORIS, stamp=at(BORIS, 2))
    result = merge_many({invoice.key: invoice}, [payment, changed], RULES)
    assert set(result.records) == {("invoice", "i1"), ("payment", "p1")}
    assert result.records[invoice.key].value("total") == Decimal("100.00")
    (refused,) = result.conflicts
    assert refused.kind is ConflictKind.REFUSED_EDIT
    assert refused.other.stamp == at(BORIS, 2)
    assert (
        merge_record(changed, invoice, RULES).record == merge_record(invoice, changed, RULES).record
    )


def test_an_invoice_deleted_with_its_client_is_deleted_but_an_edit_still_refused() -> None:
    invoice = create("invoice", "i1", {"total": 1}, replica=ANNA, stamp=at(ANNA, 1))
    gone = delete(invoice, replica=ANNA, stamp=at(ANNA, 2))
    result = merge_record(invoice, gone, RULES)
    assert result.record.deleted and result.conflicts == ()
    assert merge_record(gone, invoice, RULES).record == result.record
    changed = edit(invoice, {"total": 2}, replica=BORIS, stamp=at(BORIS, 3))
    both = merge_record(result.record, changed, RULES)
    assert [c.kind for c in both.conflicts] == [ConflictKind.REFUSED_EDIT]
    assert both.record.value("total") == 1


def test_records_of_different_keys_do_not_merge(client: RecordState) -> None:
    other = create("client", "c2", {}, replica=ANNA, stamp=at(ANNA, 1))
    with pytest.raises(ValueError, match="cannot merge"):
        merge_record(client, other)


def test_a_tombstone_is_purged_only_when_every_peer_acknowledged_it(client: RecordState) -> None:
    gone = delete(client, replica=ANNA, stamp=at(ANNA, 2))
    assert can_purge(gone, {ANNA: gone.context, BORIS: gone.context})
    assert not can_purge(gone, {ANNA: gone.context, BORIS: client.context})
    assert not can_purge(client, {ANNA: client.context})  # not deleted at all
    assert can_purge(gone, {ANNA: gone.context.merge(VersionVector.of({"x": 1}))})


def test_a_delete_after_seeing_a_phone_conflict_leaves_nothing_to_decide(
    client: RecordState,
) -> None:
    anna = edit(client, {"phone": "+371 222"}, replica=ANNA, stamp=at(ANNA, 2))
    boris = edit(client, {"phone": "+371 333"}, replica=BORIS, stamp=at(BORIS, 2))
    both = merge_record(anna, boris, RULES).record
    gone = delete(both, replica=MANAGER, stamp=at(MANAGER, 3))
    assert merge_record(anna, gone, RULES).conflicts == ()
    kept = keep(gone, replica=ANNA)
    assert [c.field for c in merge_record(kept, gone, RULES).conflicts] == ["phone"]
