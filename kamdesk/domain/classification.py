"""Who is a key client: revenue shares, ABC, concentration and potential (domain.md).

Pure functions over plain figures: revenue per client for a period (invoiced, net of returns).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

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


@dataclass(frozen=True)
class ClientRevenue:
    client_id: str
    name: str
    revenue: Decimal  # may be negative when returns exceed sales
    estimated_spend: Decimal | None = None


@dataclass(frozen=True)
class ClientShare:
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
    """
    t = thresholds or Thresholds()
    ordered = sorted(revenues, key=lambda r: (-r.revenue, r.name, r.client_id))
    total = sum((r.revenue for r in ordered if r.revenue > 0), ZERO)
    shares: list[ClientShare] = []
    cumulative = ZERO
    running = ZERO  # revenue of the clients so far; shares are ratios of it, so the last is 1
    previous: tuple[Decimal, str] | None = None  # (revenue, class) of the client before
    for r in ordered:
        share = r.revenue / total if total > 0 and r.revenue > 0 else ZERO
        before = cumulative
        if r.revenue > 0 and total > 0:
            running += r.revenue
            cumulative = running / total
        if r.revenue <= 0:
            abc = "C"
        elif previous is not None and previous[0] == r.revenue:
            abc = previous[1]
        elif before < t.abc_a:
            abc = "A"
        elif before < t.abc_b:
            abc = "B"
        else:
            abc = "C"
        previous = (r.revenue, abc)
        potential = None
        if r.estimated_spend is not None:
            potential = max(ZERO, r.estimated_spend - max(r.revenue, ZERO))
        shares.append(
            ClientShare(
                client_id=r.client_id,
                name=r.name,
                revenue=r.revenue,
                share=share,
                cumulative_share=cumulative,
                abc=abc,
                categories=categories_for(share, r.revenue, t),
                potential=potential,
                estimated_spend=r.estimated_spend,
            )
        )
    top = [s.share for s in shares]
    concentration = Concentration(
        total_revenue=total,
        top1_share=sum(top[:1], ZERO),
        top3_share=sum(top[:3], ZERO),
        hhi=sum((s * s for s in top), ZERO) * 10_000,
    )
    return Classification(tuple(shares), concentration)


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
