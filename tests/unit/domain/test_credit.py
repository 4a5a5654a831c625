"""Credit control at confirmation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from kamdesk.domain.credit import (
    CreditPosition,
    OverdueInvoice,
    SuppliesBlock,
    decide_credit,
    override_problem,
)

D = Decimal
TODAY = date(2026, 11, 24)


def position(
    limit: str | None, owed: str = "0", orders: str = "0", this: str = "100", *late: OverdueInvoice
) -> CreditPosition:
    return CreditPosition(
        limit=None if limit is None else D(limit),
        open_receivables=D(owed),
        open_orders=D(orders),
        this_order=D(this),
        unpaid_invoices=late,
        currency="EUR",
    )


def test_no_limit_means_no_limit() -> None:
    d = decide_credit(position(None, "1000000"), today=TODAY, overdue_days=14)
    assert d.allowed and d.available is None


def test_exposure_is_owed_plus_open_orders_plus_this_order() -> None:
    d = decide_credit(position("1000", "500", "300", "200"), today=TODAY, overdue_days=14)
    assert d.allowed and d.exposure == D(1000) and d.available == D(200)
    over = decide_credit(position("1000", "500", "300", "200.01"), today=TODAY, overdue_days=14)
    assert not over.allowed and over.over_by == D("0.01")
    assert over.reasons[0].startswith("Over the credit limit by 0.01 EUR")


def test_a_zero_limit_is_prepayment_only() -> None:
    assert not decide_credit(position("0", this="0.01"), today=TODAY, overdue_days=14).allowed


def test_only_invoices_late_beyond_the_allowed_days_block() -> None:
    late = OverdueInvoice("INV-1", date(2026, 11, 10), D("50.00"))  # 14 days
    later = OverdueInvoice("INV-0", date(2026, 11, 1), D("25.00"))  # 23 days
    assert decide_credit(position(None, "50", "0", "1", late), today=TODAY, overdue_days=14).allowed
    d = decide_credit(position(None, "75", "0", "1", late, later), today=TODAY, overdue_days=14)
    assert not d.allowed and d.overdue == (later,)
    assert "1 invoice overdue by more than 14 days, 25.00 EUR" in d.reasons[0]
    assert "INV-0, is 23 days late" in d.reasons[0]


def test_both_reasons_are_given_together() -> None:
    late = OverdueInvoice("INV-9", date(2026, 9, 1), D("10.00"))
    d = decide_credit(position("100", "10", "0", "100", late), today=TODAY, overdue_days=0)
    assert len(d.reasons) == 2


def test_an_override_needs_who_and_why() -> None:
    assert override_problem("", "good reason") is not None
    assert override_problem("Anna", "ok") is not None
    assert override_problem("Anna", "Prepaid by wire") is None


def test_blocked_supplies_refuse_whatever_the_figures() -> None:
    block = SuppliesBlock(
        "Caffè Barbieri S.p.A.", date(2026, 11, 20), "Kovács Anna", "90 days late"
    )
    d = decide_credit(replace(position(None), supplies_block=block), today=TODAY, overdue_days=14)
    assert not d.allowed
    assert d.reasons == (
        "Supplies to Caffè Barbieri S.p.A. are blocked since 20 Nov 2026 (by Kovács Anna): "
        "90 days late.",
    )
    bare = SuppliesBlock("Alföld Generál Kft.", date(2026, 11, 20))
    assert bare.reason() == "Supplies to Alföld Generál Kft. are blocked since 20 Nov 2026."
    over = replace(position("50"), supplies_block=bare)
    assert len(decide_credit(over, today=TODAY, overdue_days=14).reasons) == 2
