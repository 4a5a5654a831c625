"""A client's dossier texts: key reasons, strategy, SWOT and delivery notes."""

from __future__ import annotations

import math
from collections.abc import Sequence

from kamdesk.demo.data import (
    catalogue,
    dossier,
    market,
)
from kamdesk.demo.identity import IdentityStage
from kamdesk.demo.model import OTHER_REASONS, DemoClient
from kamdesk.demo.writer import minor_of


class DossierStage(IdentityStage):
    """The written dossier of each client."""

    def _key_reasons(self, c: DemoClient, employees: int) -> list[tuple[str, str]]:
        """Why the client is key, each with a one-sentence justification; [] for most."""
        rng = self.rng
        if c.is_key:  # only a share above 10 % makes a client key by revenue
            first = "revenue" if c.share > 0.10 else "potential"
            others = [r for r in OTHER_REASONS if r != first]
            if not c.wallet_gap:
                others.remove("potential")
            reasons = [first, *rng.sample(others, rng.choice((0, 1, 1, 2)))]
        else:
            chance = {"active": 0.17, "prospect": 0.25, "dormant": 0.05}.get(c.status, 0.0)
            if rng.random() >= chance:
                return []
            prospect = c.status == "prospect"
            weights = {
                "potential": 6 if prospect or (c.wallet_gap and c.status == "active") else 0,
                "reference": 4 if employees >= 500 else 1,
                "partner": 0 if prospect else 2,
                "competent": 1,
                "innovator": 0 if prospect else 1,
            }
            reasons = rng.choices(OTHER_REASONS, [weights[r] for r in OTHER_REASONS])
            if rng.random() < 0.2:
                rest = [r for r in OTHER_REASONS if weights[r] and r not in reasons]
                reasons.append(rng.choice(rest))
        return [(reason, self._justification(c, reason)) for reason in reasons]

    def _justification(self, c: DemoClient, reason: str) -> str:
        rng = self.rng
        if reason == "potential" and c.status == "prospect":
            template = rng.choice(dossier.POTENTIAL_PROSPECT)
        else:
            template = rng.choice(dossier.KEY_REASON_TEXTS[reason])
        return template.format(
            share=math.floor(100 * c.share + 0.5),
            rank=dossier.REVENUE_RANKS[min(max(c.key_rank, 0), len(dossier.REVENUE_RANKS) - 1)],
            spend=f"{round(c.spend / 1000):,}",
            wallet=math.floor(100 * c.annual / c.spend + 0.5) if c.spend > 0 else 0,
            industry=dossier.INDUSTRY_PHRASES[c.industry],
            country=dossier.COUNTRY_NAMES[c.country.code],
            city=c.city.name,
            category=self._category_name(c),
        )

    def _category_name(self, c: DemoClient) -> str:
        return catalogue.CATEGORIES[self.rng.choice(market.INDUSTRY_CATEGORIES[c.industry])].lower()

    def _strategy(
        self, c: DemoClient, has_reasons: bool
    ) -> tuple[str, int | None, str, str, str, str, str]:
        """Delivery address, budget, vision and SWOT: rich for key accounts, thin in the tail."""
        rng = self.rng
        if c.key_rank == 0:
            rich = 1.0
        elif c.is_key:
            rich = rng.uniform(0.8, 1.0)
        elif c.status == "lost":
            rich = 0.05
        elif c.annual > 150_000:
            rich = rng.uniform(0.45, 0.85)
        elif c.annual > 50_000:
            rich = rng.uniform(0.2, 0.5)
        else:
            rich = rng.uniform(0.0, 0.25)
        if has_reasons and not c.is_key:
            rich = min(1.0, rich + 0.3)
        most = 3 if c.is_key else 2
        customer = c.status != "prospect"  # only a customer has deliveries and a history

        def known() -> bool:
            return rng.random() < rich

        def lines(pool: Sequence[str]) -> str:
            if not known():
                return ""
            return "\n".join(self._fill(c, t) for t in rng.sample(pool, rng.randint(1, most)))

        delivery = self._delivery(c) if customer and known() else ""
        budget = None
        if c.status != "lost" and known():
            budget = minor_of(round(c.spend * rng.uniform(0.8, 1.1), -3))
        vision = self._fill(c, rng.choice(dossier.VISIONS)) if known() else ""
        strengths = lines(dossier.SWOT_STRENGTHS) if customer else ""
        weaknesses = lines(dossier.SWOT_WEAKNESSES) if customer else ""
        opportunities = lines(dossier.SWOT_OPPORTUNITIES)
        threats = lines(dossier.SWOT_THREATS)
        return delivery, budget, vision, strengths, weaknesses, opportunities, threats

    def _fill(self, c: DemoClient, template: str) -> str:
        rng = self.rng
        competitor = rng.choice(market.COUNTRY_COMPETITORS[c.country.kind])
        return template.format(
            n=rng.randint(3, 15),
            year=self.as_of.year + rng.randint(0, 2),
            month=rng.choice(dossier.MONTHS),
            since=c.start.year,
            city=c.city.name,
            country=dossier.COUNTRY_NAMES[c.country.code],
            category=self._category_name(c),
            competitor=market.COMPETITORS[competitor][0],
        )

    def _delivery(self, c: DemoClient) -> str:
        """Where goods go: the main site, and for large clients one or two more."""
        rng, cc = self.rng, c.country
        sites = rng.randint(1, 3) if c.is_key else 1
        out: list[str] = []
        for k, label in enumerate(rng.sample(dossier.DELIVERY_SITES, sites)):
            city = c.city if k == 0 else rng.choice(cc.cities)
            postal_code, street = self._address(cc, city)
            line = f"{label}: {street}, {postal_code} {city.name}"
            if rng.random() < 0.4:
                line += "; " + rng.choice(dossier.DELIVERY_HOURS).format(ramp=rng.randint(1, 8))
            out.append(line)
        return "\n".join(out)
