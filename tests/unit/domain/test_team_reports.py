"""Grouping a report's rows per KAM and per manager: shared clients counted under each of their
KAMs and once in the total; the amounts add up."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kamdesk.domain.team_reports import (
    NO_KAM,
    TEAM_KEY,
    Figures,
    group_rows,
    keys_of,
    manager_owners,
    ratio,
)

KAMS = ("anna", "boris", "carl", "dora")
money = st.decimals(min_value=-10_000, max_value=10_000, places=2, allow_nan=False)


@st.composite
def portfolios(draw: st.DrawFn) -> tuple[list[Figures], dict[str, tuple[str, ...]]]:
    """Up to 12 clients (EUR or HUF, one to three KAMs or none), maybe a row of no client."""
    clients = draw(
        st.lists(
            st.tuples(
                st.sampled_from(["EUR", "HUF"]),
                money,
                money,
                st.lists(st.sampled_from(KAMS), max_size=3, unique=True),
            ),
            max_size=12,
        )
    )
    rows = [Figures(f"c{i}", cur, {"plan": p, "actual": a}) for i, (cur, p, a, _k) in
            enumerate(clients)]  # fmt: skip
    owners = {f"c{i}": tuple(kams) for i, (_c, _p, _a, kams) in enumerate(clients)}
    extra = draw(st.one_of(st.none(), st.tuples(money, money)))
    if extra is not None:
        rows.append(Figures(None, "EUR", {"plan": extra[0], "actual": extra[1]}))
    return rows, owners


# small inputs; a stall of the machine (tests share it) is no fault of the code
QUICK = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


@QUICK
@given(portfolios())
def test_the_total_counts_every_row_once(portfolio: tuple[list[Figures], dict]) -> None:  # type: ignore[type-arg]
    rows, owners = portfolio
    grouped = group_rows(rows, owners)
    for total in grouped.totals:
        mine = [r for r in rows if r.currency == total.currency]
        assert total.clients == len([r for r in mine if r.client_id is not None])
        for name in ("plan", "actual"):
            assert total.amounts[name] == sum((r.amounts[name] for r in mine), Decimal(0))
    assert {t.currency for t in grouped.totals} == {r.currency for r in rows}


@QUICK
@given(portfolios())
def test_a_client_counts_under_each_of_its_kams(portfolio: tuple[list[Figures], dict]) -> None:  # type: ignore[type-arg]
    rows, owners = portfolio
    grouped = group_rows(rows, owners)
    seen: Counter[str | None] = Counter()
    for group in grouped.groups:
        for row in group.rows:
            seen[row.client_id] += 1
            assert group.key in keys_of(row.client_id, owners)
            shared = row.client_id is not None and len(set(owners[row.client_id])) > 1
            assert (row.client_id in group.shared) == shared
    for row in rows:
        assert seen[row.client_id] == len(keys_of(row.client_id, owners))
    # the groups' sums exceed the total by exactly what the shared clients repeat
    for total in grouped.totals:
        repeated = sum(
            (
                r.amounts["actual"] * (len(keys_of(r.client_id, owners)) - 1)
                for r in rows
                if r.currency == total.currency
            ),
            Decimal(0),
        )
        groups = [g for g in grouped.groups if g.currency == total.currency]
        in_groups = sum((g.amounts["actual"] for g in groups), Decimal(0))
        assert in_groups == total.amounts["actual"] + repeated
        assert total.shared == len(set().union(*(g.shared for g in groups)))


def test_rows_without_a_kam_come_last() -> None:
    rows = [
        Figures("c1", "EUR", {"x": Decimal(1)}),
        Figures("c2", "EUR", {"x": Decimal(2)}),
        Figures(None, "EUR", {"x": Decimal(4)}),
    ]
    grouped = group_rows(rows, {"c1": ("boris", "anna"), "c2": ()})
    assert [(g.key, [r.client_id for r in g.rows]) for g in grouped.groups] == [
        ("anna", ["c1"]),
        ("boris", ["c1"]),
        (NO_KAM, ["c2", None]),
    ]
    assert grouped.groups[0].shared == {"c1"} and not grouped.groups[2].shared
    assert grouped.totals[0].amounts == {"x": Decimal(7)} and grouped.totals[0].clients == 2


def test_managers_over_kams_of_one_team_count_a_client_once() -> None:
    owners = manager_owners(
        {"c1": ("anna", "boris"), "c2": ("anna", "carl"), "c3": ("dora",), "c4": ("eve",)},
        team_of={"anna": "east", "boris": "east", "carl": "west", "dora": "north"},
        manager_of={"east": "maria", "west": "walt", "north": None},
    )
    assert owners == {
        "c1": ("maria",),
        "c2": ("maria", "walt"),
        "c3": (TEAM_KEY + "north",),
        "c4": (NO_KAM,),
    }


def test_fulfilment_of_a_zero_plan_is_none() -> None:
    assert ratio(Decimal(5), Decimal(0)) is None
    assert ratio(Decimal(5), Decimal(10)) == Decimal("0.5")
