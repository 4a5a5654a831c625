"""Stage five: monthly sales plans per client, and for new clients in total."""

from __future__ import annotations

from datetime import date, timedelta

from kamdesk.demo.base import StageBase
from kamdesk.demo.model import UNITS_PER_EUR
from kamdesk.demo.writer import FLUSH_ROWS
from kamdesk.domain.natural_keys import sales_plan_id


class PlansStage(StageBase):
    """Sales plans."""

    # plans --------------------------------------------------------------------------------

    def sales_plans(self) -> None:
        rng, as_of = self.rng, self.as_of
        total = len(self.clients)
        self.tell("plans", 0, total)
        margins = ("12", "15", "18", "20", "22")
        for c in self.clients:
            if c.status in ("prospect", "lost") or c.annual <= 0:
                continue
            margin = rng.choice(margins)
            for year in (as_of.year - 1, as_of.year):
                created = self.stamp(min(date(year, 1, 2), as_of))
                for month in range(1, 13):
                    first = date(year, month, 1)
                    if first < c.start.replace(day=1):
                        continue
                    mid = first.replace(day=15)
                    days = ((first + timedelta(days=32)).replace(day=1) - first).days
                    amount = self.rate(c, mid) * days * rng.uniform(1.05, 1.15) * c.units
                    self.uid()  # the random stream stays as it was before derived ids
                    self.out.add(
                        "sales_plan",
                        (
                            sales_plan_id(c.id, first.isoformat()),
                            created,
                            created,
                            1,
                            None,
                            c.id,
                            first.isoformat(),
                            max(1, round(amount / 100)) * 10_000,  # whole hundreds, in cents
                            c.currency,
                            margin,
                        ),
                    )
            if len(self.out.rows["sales_plan"]) >= FLUSH_ROWS:
                self.out.flush("sales_plan")
        self.new_client_plans()
        self.out.flush("sales_plan")
        self.tell("plans", total, total)

    def new_client_plans(self) -> None:
        """The plan for new clients in total, month by month of both years, in the reporting
        currency: what the clients won in the year were expected to bring by then, a little
        more (from the ledger stream: the client plans stay as they were)."""
        as_of, rng = self.as_of, self.ledger
        units = UNITS_PER_EUR.get(self.supplier.reporting, 1.0)
        won = [c for c in self.clients if c.start > self.start and c.status != "prospect"]
        floor = sum(c.annual for c in self.clients) / 12 * 0.01
        for year in (as_of.year - 1, as_of.year):
            created = self.stamp(min(date(year, 1, 2), as_of))
            for month in range(1, 13):
                first = date(year, month, 1)
                end = (first + timedelta(days=32)).replace(day=1)
                mid = first.replace(day=15)
                days = (end - first).days
                expected = sum(
                    self.rate(c, mid) * days
                    for c in won
                    if c.start.year == year and c.start < end and c.annual > 0
                )
                amount = max(expected, floor) * rng.uniform(1.05, 1.2) * units
                self.out.add(
                    "sales_plan",
                    (
                        sales_plan_id(None, first.isoformat()), created, created, 1, None,
                        None, first.isoformat(), max(1, round(amount / 100)) * 10_000,
                        self.supplier.reporting, None,
                    ),
                )  # fmt: skip
