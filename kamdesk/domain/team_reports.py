"""Team reports: per-client figures grouped per KAM or per manager (issue 19, team-server.md 6).

A client with several KAMs counts under each of them, marked shared there, and once in the
team's total: so the groups' amounts add up to more than the total by exactly what the shared
clients repeat. Amounts are summed per currency (a plan is in its own currency, a balance in
the client's): nothing is converted here. Rows without a KAM (a client nobody is assigned to,
the plan for new clients) fall in the group `NO_KAM`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

NO_KAM = ""  # the group of rows without a KAM (or, by manager, without a managed team)
TEAM_KEY = "team:"  # by manager: a team without a manager is grouped under "team:<its id>"


@dataclass(frozen=True)
class Figures:
    """One client's row of a report: what is summed, in the row's currency."""

    client_id: str | None  # None: a row of no client (the plan for new clients)
    currency: str
    amounts: Mapping[str, Decimal]


@dataclass(frozen=True)
class Group:
    """One KAM's (or manager's) clients in one currency."""

    key: str  # the KAM's id, the manager's id, a TEAM_KEY, or NO_KAM
    currency: str
    rows: tuple[Figures, ...]  # in the report's order
    shared: frozenset[str]  # the client ids of these rows that count under another group too
    amounts: Mapping[str, Decimal]


@dataclass(frozen=True)
class Total:
    """The whole team in one currency: every row once."""

    currency: str
    clients: int  # the distinct clients (rows of no client not counted)
    shared: int  # of those, the ones under more than one group
    amounts: Mapping[str, Decimal]


@dataclass(frozen=True)
class Grouped:
    groups: tuple[Group, ...]  # by key (NO_KAM last), then currency
    totals: tuple[Total, ...]  # by currency


@dataclass
class _Sums:
    rows: list[Figures] = field(default_factory=list)
    shared: set[str] = field(default_factory=set)
    amounts: dict[str, Decimal] = field(default_factory=dict)

    def add(self, row: Figures, shared: bool) -> None:
        self.rows.append(row)
        if shared and row.client_id is not None:
            self.shared.add(row.client_id)
        amounts = self.amounts
        for name, amount in row.amounts.items():
            amounts[name] = amounts.get(name, _NONE) + amount


_NONE = Decimal(0)


def keys_of(client_id: str | None, owners: Mapping[str, Collection[str]]) -> tuple[str, ...]:
    """The groups a row counts under: its owners (each once, sorted), else NO_KAM."""
    found = sorted(set(owners.get(client_id, ()))) if client_id is not None else []
    return tuple(found) or (NO_KAM,)


def group_rows(rows: Iterable[Figures], owners: Mapping[str, Collection[str]]) -> Grouped:
    """`rows` under each of their owners (`owners`: client id -> group keys), and once in the
    total of their currency. A client's rows are all counted, wherever it has several.
    (Ten thousand rows at a time on the team server: each group's sums made once, not a
    spare one per row.)"""
    groups: dict[tuple[str, str], _Sums] = {}
    totals: dict[str, _Sums] = {}
    for row in rows:
        keys = keys_of(row.client_id, owners)
        shared = len(keys) > 1
        for key in keys:
            sums = groups.get((key, row.currency))
            if sums is None:
                sums = groups[key, row.currency] = _Sums()
            sums.add(row, shared)
        total = totals.get(row.currency)
        if total is None:
            total = totals[row.currency] = _Sums()
        total.add(row, shared)
    ordered = sorted(groups, key=lambda k: (k[0] == NO_KAM, k[0], k[1]))
    return Grouped(
        groups=tuple(
            Group(
                key=key,
                currency=currency,
                rows=tuple(groups[key, currency].rows),
                shared=frozenset(groups[key, currency].shared),
                amounts=dict(groups[key, currency].amounts),
            )
            for key, currency in ordered
        ),
        totals=tuple(
            Total(
                currency=currency,
                clients=len({r.client_id for r in sums.rows if r.client_id is not None}),
                shared=len(sums.shared),
                amounts=dict(sums.amounts),
            )
            for currency, sums in sorted(totals.items())
        ),
    )


def manager_owners(
    kam_owners: Mapping[str, Sequence[str]],
    team_of: Mapping[str, str | None],
    manager_of: Mapping[str, str | None],
) -> dict[str, tuple[str, ...]]:
    """Client id -> the managers over its KAMs: a KAM's team's manager; `TEAM_KEY + team id`
    for a team without one; NO_KAM for a KAM in no team. Two KAMs of one team: one manager."""
    out: dict[str, tuple[str, ...]] = {}
    for client_id, kams in kam_owners.items():
        keys: set[str] = set()
        for kam in kams:
            team = team_of.get(kam)
            if team is None:
                keys.add(NO_KAM)
            else:
                keys.add(manager_of.get(team) or TEAM_KEY + team)
        out[client_id] = tuple(sorted(keys))
    return out


def ratio(numerator: Decimal, denominator: Decimal) -> Decimal | None:
    """A group's fulfilment (actual / plan); None for a zero plan."""
    return None if denominator == 0 else numerator / denominator
