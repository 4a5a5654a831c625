"""Records edited as several parts merged field by field (domain/flat_edits.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.company import REGISTRATIONS, VatRegistrationEntry
from kamdesk.domain.edits import StaleEdit
from kamdesk.domain.flat_edits import merge_members
from kamdesk.domain.product_texts import TEXT_FIELDS, ProductTexts

ids = st.lists(st.sampled_from("abcdefgh"), unique=True).map(tuple)


@given(ids, ids, ids)
def test_members_keep_both_sides_additions_and_removals(base, mine, theirs) -> None:  # type: ignore[no-untyped-def]
    merged = merge_members(base, mine, theirs)
    assert len(set(merged)) == len(merged)
    for x in set(mine) - set(base):
        assert x in merged  # the user's additions
    for x in set(base) - set(mine):
        assert x not in merged  # the user's removals
    for x in set(theirs):
        assert x in merged or (x in base and x not in mine)  # theirs, unless the user removed it
    assert merge_members(base, base, theirs) == theirs  # the user changed nothing


def e(country: str, number: str) -> VatRegistrationEntry:
    return VatRegistrationEntry(country, number)


def test_registrations_merge_by_country() -> None:
    base = [e("AT", "ATU1"), e("DE", "DE1")]
    mine = [e("AT", "ATU2"), e("DE", "DE1"), e("SK", "SK1")]  # changed AT, added SK
    theirs = [e("AT", "ATU1"), e("PL", "PL1")]  # removed DE, added PL
    assert REGISTRATIONS.merge(base, mine, theirs) == [
        e("AT", "ATU2"),
        e("PL", "PL1"),
        e("SK", "SK1"),
    ]


def test_a_registration_removed_here_and_changed_there_is_a_clash() -> None:
    with pytest.raises(StaleEdit) as caught:
        REGISTRATIONS.merge([e("DE", "DE1")], [], [e("DE", "DE2")])
    (clash,) = caught.value.clashes
    assert (clash.field, clash.mine, clash.theirs) == ("vat_registration:DE", None, "DE2")
    assert caught.value.theirs == [e("DE", "DE2")]  # the records, as the form's base
    # the user keeps the removal: the choice lands on the list
    assert REGISTRATIONS.choose([], {"vat_registration:DE": None}, like=[e("DE", "DE1")]) == []
    chosen = REGISTRATIONS.choose([], {"vat_registration:DE": "DE2"}, like=[e("DE", "DE1")])
    assert chosen == [e("DE", "DE2")]


def test_product_texts_merge_name_unit_and_rate_apart() -> None:
    base = ProductTexts({"ru": ("Плёнка", "рулон")}, {"AT": Decimal(20)})
    mine = ProductTexts({"ru": ("Стретч-плёнка", "рулон")}, {"AT": Decimal(20)})
    theirs = ProductTexts({"ru": ("Плёнка", "рул.")}, {"AT": Decimal(10), "SK": Decimal(23)})
    assert TEXT_FIELDS.merge(base, mine, theirs) == ProductTexts(
        {"ru": ("Стретч-плёнка", "рул.")}, {"AT": Decimal(10), "SK": Decimal(23)}
    )
