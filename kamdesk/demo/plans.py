"""Stage five: monthly sales plans per client."""

from __future__ import annotations

from datetime import date, timedelta

from kamdesk.demo.base import StageBase
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
        self.out.flush("sales_plan")
        self.tell("plans", total, total)
