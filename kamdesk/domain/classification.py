"""Who is a key client: revenue shares, ABC, concentration and potential (domain.md).

Pure functions over plain figures: revenue per client for a period (invoiced, net of returns).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import groupby, islice
from operator import attrgetter, eq, mul
from typing import NamedTuple

from kamdesk.messages import _, figure

ZERO = Decimal(0)
ONE = Decimal(1)


@dataclass(frozen=True)
class Thresholds:
    key_share: Decimal = Decimal("0.10")
    critical_share: Decimal = Decimal("0.20")
    mono_share: Decimal = Decimal("0.70")
    # Alternative rule: a client with at least this revenue in the period is key too.
    key_revenue: Decimal | None = None
    abc_a: Decimal = Decimal("0.80")
    abc_b: Decimal = Decimal("0.95")

    def problems(self) -> dict[str, str]:
        out: dict[str, str] = {}
        if not ZERO < self.key_share <= self.critical_share <= self.mono_share <= ONE:
            out["shares"] = _("Shares must rise: 0 < key ≤ critical ≤ mono ≤ 100 %.")
        if not ZERO < self.abc_a <= self.abc_b <= ONE:
            out["abc"] = _("ABC limits must rise: 0 < A ≤ B ≤ 100 %.")
        if self.key_revenue is not None and self.key_revenue <= 0:
            out["key_revenue"] = _("The revenue threshold must be above zero.")
        return out


class ClientRevenue(NamedTuple):
    """(A tuple: classify takes ten thousand of them.)"""

    client_id: str
    name: str
    revenue: Decimal  # may be negative when returns exceed sales
    estimated_spend: Decimal | None = None


class ClientShare(NamedTuple):
    """(A tuple: made for each of ten thousand clients, and kept while the views show them.)"""

    client_id: str
    name: str
    revenue: Decimal
    share: Decimal  # 0..1 of the total positive revenue; 0 for clients with none
    cumulative_share: Decimal
    abc: str
    categories: tuple[str, ...]  # "key", "critical", "mono"
    potential: Decimal | None  # estimated spend minus what they buy from us, never below 0
    estimated_spend: Decimal | None = None  # in the same currency as revenue


@dataclass(frozen=True)
class Concentration:
    total_revenue: Decimal
    top1_share: Decimal
    top3_share: Decimal
    hhi: Decimal  # Herfindahl-Hirschman index, 0..10 000


@dataclass(frozen=True)
class Classification:
    clients: tuple[ClientShare, ...]
    concentration: Concentration


def categories_for(share: Decimal, revenue: Decimal, t: Thresholds) -> tuple[str, ...]:
    cats: list[str] = []
    if share > t.key_share or (t.key_revenue is not None and revenue >= t.key_revenue):
        cats.append("key")
    if share > t.critical_share:
        cats.append("critical")
    if share > t.mono_share:
        cats.append("mono")
    return tuple(cats)


def classify(
    revenues: Sequence[ClientRevenue], thresholds: Thresholds | None = None
) -> Classification:
    """Shares, ABC classes and categories, biggest first.

    The total is the sum of positive revenues, so shares of the clients who bought sum to 1; a
    client whose returns exceed its sales has a share of 0 and class C. A client is A while the
    share of the clients before it is under 80 % (so a client with 85 % alone is A), B under
    95 %, C otherwise; clients with equal revenue always get the same class. Ties are ordered
    by name, then id, so the result does not depend on input order.

    One pass over the clients sorted once; a share at or under every category's limit skips
    the category rules (most clients of a long list).
    """
    t = thresholds or Thresholds()
    ordered = _biggest_first(revenues)
    total = sum(filter(ZERO.__lt__, map(_revenue, ordered)), ZERO)  # the positive ones
    abc_a, abc_b, key_revenue = t.abc_a, t.abc_b, t.key_revenue
    below = min(t.key_share, t.critical_share, t.mono_share)  # no category at or under it
    shares: list[ClientShare] = []
    top: list[Decimal] = []  # their shares
    add, keep, make = shares.append, top.append, tuple.__new__  # ClientShare's fields in order
    cumulative = ZERO
    running = ZERO  # revenue of the clients so far; shares are ratios of it, so the last is 1
    last_revenue: Decimal | None = None  # of the client before: equal revenues, equal class
    last_abc = ""
    for client_id, name, revenue, spend in ordered:
        if revenue > ZERO:  # then the total is above zero too
            share = revenue / total
            if revenue != last_revenue:
                last_abc = "A" if cumulative < abc_a else "B" if cumulative < abc_b else "C"
            running += revenue
            cumulative = running / total
            unbought = None if spend is None else spend - revenue
            potential = unbought if unbought is None or unbought > ZERO else ZERO
        else:
            share, last_abc = ZERO, "C"
            potential = None if spend is None else max(ZERO, spend - max(revenue, ZERO))
        last_revenue = revenue
        if share <= below and (key_revenue is None or revenue < key_revenue):
            categories: tuple[str, ...] = ()
        else:
            categories = categories_for(share, revenue, t)
        keep(share)
        add(
            make(
                ClientShare,
                (
                    client_id,
                    name,
                    revenue,
                    share,
                    cumulative,
                    last_abc,
                    categories,
                    potential,
                    spend,
                ),
            )
        )
    concentration = Concentration(
        total_revenue=total,
        top1_share=sum(top[:1], ZERO),
        top3_share=sum(top[:3], ZERO),
        hhi=sum(map(mul, top, top), ZERO) * 10_000,
    )
    return Classification(tuple(shares), concentration)


_revenue = attrgetter("revenue")


def _biggest_first(revenues: Sequence[ClientRevenue]) -> list[ClientRevenue]:
    """By revenue, biggest first, equal revenues by name, then id: sorted by revenue alone,
    and the runs of equal revenue (few, if any) by name and id."""
    ordered = sorted(revenues, key=_revenue, reverse=True)
    amounts = list(map(_revenue, ordered))
    if not any(map(eq, amounts, islice(amounts, 1, None))):
        return ordered
    out: list[ClientRevenue] = []
    for _equal, run in groupby(ordered, key=_revenue):
        same = list(run)
        if len(same) > 1:
            same.sort(key=_name_and_id)
        out += same
    return out


def _name_and_id(r: ClientRevenue) -> tuple[str, str]:
    return r.name, r.client_id


def alerts(shares: Sequence[ClientShare], thresholds: Thresholds | None = None) -> list[str]:
    """What the Today section must say: dependency on one client is a risk to the business."""
    t = thresholds or Thresholds()
    out = []
    for s in shares:
        pct = figure(s.share * 100, 1)
        if "mono" in s.categories:
            said = _(
                "{name} brings {share} % of revenue: above {most} %, the business depends on "
                "one client."
            )
            out.append(said.format(name=s.name, share=pct, most=figure(t.mono_share * 100, 0)))
        elif "critical" in s.categories:
            said = _(
                "{name} brings {share} % of revenue: above {most} %, losing it would hurt badly."
            )
            out.append(said.format(name=s.name, share=pct, most=figure(t.critical_share * 100, 0)))
    return out


def revenue_by_client(
    invoiced: Mapping[str, Decimal], returned: Mapping[str, Decimal] | None = None
) -> dict[str, Decimal]:
    """Invoiced net revenue minus returns, per client."""
    out = dict(invoiced)
    for client_id, amount in (returned or {}).items():
        out[client_id] = out.get(client_id, ZERO) - amount
    return out


def share_of_wallet(our_revenue: Decimal, estimated_spend: Decimal | None) -> Decimal | None:
    """Our part of what the client spends on what we sell, 0..1; None when spend is unknown."""
    if estimated_spend is None or estimated_spend <= 0:
        return None
    return min(ONE, max(ZERO, our_revenue) / estimated_spend)
