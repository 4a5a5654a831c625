"""Stage four: meetings, calls and tasks, their preparation and the clients' objections."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from kamdesk.demo.base import StageBase
from kamdesk.demo.data import (
    activities,
    catalogue,
    preparation,
)
from kamdesk.demo.model import PLANNED_DAYS, DemoClient
from kamdesk.demo.writer import ACTIVITY_TABLES, FLUSH_ROWS
from kamdesk.domain.natural_keys import activity_contact_id, activity_product_id


class ScheduleStage(StageBase):
    """Activities past and planned."""

    # activities ---------------------------------------------------------------------------

    def activities(self) -> None:
        total = len(self.clients)
        step = max(1, total // 20)
        self.tell("activities", 0, total)
        for c in self.clients:
            self._client_activities(c)
            if len(self.out.rows["activity"]) >= FLUSH_ROWS or (c.index + 1) % step == 0:
                self.out.flush(*ACTIVITY_TABLES)
            if (c.index + 1) % step == 0:
                self.tell("activities", c.index + 1, total)
        self.out.flush(*ACTIVITY_TABLES)
        self.tell("activities", total, total)

    def _client_activities(self, c: DemoClient) -> None:
        rng, as_of = self.rng, self.as_of
        self._objections(c)
        self._weekly_call(c)
        if c.is_key:
            gaps = {"meeting": (12, 25), "call": (5, 10), "task": (40, 80)}
        elif c.status == "prospect":
            gaps = {"meeting": (40, 90), "call": (20, 40), "task": (60, 120)}
        else:
            gaps = {"meeting": (60, 150), "call": (25, 60), "task": (120, 300)}
        first = max(self.start, c.start - timedelta(days=30))
        # after the last order the KAM keeps calling for a while, then gives up
        last = min(as_of - timedelta(days=1), c.stop + timedelta(days=90))
        if c.status == "prospect":
            first, last = c.start - timedelta(days=60), as_of - timedelta(days=1)
        for kind, (lo, hi) in gaps.items():
            day = first + timedelta(days=rng.randint(0, hi))
            while True:
                d = self.weekday(day)
                if d > last:
                    break
                cancelled = kind != "task" and rng.random() < 0.07
                status = "cancelled" if cancelled else "done"
                self._activity(c, kind, d, status)
                day = d + timedelta(days=rng.randint(lo, hi))
        # the schedule ahead: what the KAM is preparing for
        if c.is_key:
            planned = ["meeting"] * rng.randint(1, 2) + ["call"] * rng.randint(2, 3)
            planned += ["task"] * rng.randint(1, 3)
        else:
            chances = {"active": (0.12, 0.25, 0.3), "prospect": (0.4, 0.3, 0.3)}
            m, k, t = chances.get(c.status, (0.0, 0.3, 0.1))
            planned = [
                kind for kind, p in (("meeting", m), ("call", k), ("task", t)) if rng.random() < p
            ]
        for kind in planned:
            if kind == "task":  # open tasks: some already overdue
                d = as_of + timedelta(days=rng.randint(-5, PLANNED_DAYS))
            else:
                d = self.weekday(as_of + timedelta(days=rng.randint(0, PLANNED_DAYS - 2)))
            self._activity(c, kind, d, "planned")

    def _activity(self, c: DemoClient, kind: str, day: date, status: str) -> None:
        rng = self.rng
        fill = {
            "year": day.year if day.month < 10 else day.year + 1,
            "category": catalogue.CATEGORIES[
                self.products[rng.choice(c.assortment)].category if c.assortment else "PPE"
            ].lower(),
        }
        agenda = goals = outcome = location = ""
        travel = 0
        starts: str | None = None
        due: str | None = None
        if kind == "task":
            subject = rng.choice(activities.TASK_SUBJECTS).format(**fill)
            duration = 30
            due = day.isoformat()
            created = day - timedelta(days=rng.randint(1, 10))
        else:
            local_hour = rng.randint(9, 16)
            minute = rng.choice((0, 30)) if kind == "meeting" else rng.choice((0, 15, 30, 45))
            hour = local_hour - c.country.utc_offset
            starts = f"{day.isoformat()}T{hour:02d}:{minute:02d}:00.000000Z"
            created = day - timedelta(days=rng.randint(1, 14))
            if kind == "meeting":
                subject = rng.choice(activities.MEETING_SUBJECTS).format(**fill)
                duration = rng.choice((60, 90, 120))
                location = f"{c.address}, {c.postal_code} {c.city.name}"
                travel = self._travel(c)
                if status == "planned" or rng.random() < 0.5:
                    agenda, goals = rng.choice(activities.AGENDAS), rng.choice(activities.GOALS)
            else:
                subject = rng.choice(activities.CALL_SUBJECTS)
                duration = rng.choice((10, 15, 20, 30))
        if status == "done":
            outcome = rng.choice(activities.OUTCOMES)
        elif status == "cancelled":
            outcome = rng.choice(activities.CANCEL_REASONS)
        stamp = self.stamp(min(created, self.as_of))
        activity_id = self.uid()
        needs, checked, follow_up = self._prep_marks(c, kind, status)
        if kind == "meeting" and status == "done":
            self.last_meeting[c.id] = activity_id
        self.out.add(
            "activity",
            (
                activity_id,
                stamp,
                stamp,
                1,
                None,
                kind,
                c.id,
                subject,
                starts,
                duration,
                location,
                travel,
                agenda,
                goals,
                outcome,
                status,
                due,
                "phone" if kind == "call" else "site",
                needs,
                None,
                "",
                None,
                follow_up,
                checked,
            ),
        )
        self._preparation(c, kind, status, activity_id, min(created, self.as_of))
        if kind != "task" and c.contacts:
            self._attendees(c, kind, activity_id, min(created, self.as_of))

    def _travel(self, c: DemoClient) -> int:
        """Minutes on the road to a meeting at the client."""
        rng = self.rng
        if c.country.code == "HU":
            return rng.randint(20, 60) if c.city.name == "Budapest" else rng.randint(90, 200)
        return rng.randint(20, 60)  # from the hotel, on a trip

    def _prep_marks(self, c: DemoClient, kind: str, status: str) -> tuple[str, str, str | None]:
        """Needs asked, readiness ticks and the meeting a task follows up: preparation stream."""
        prep = self.prep
        needs = checked = ""
        if status == "planned" and kind == "meeting" and prep.random() < 0.5:
            needs = prep.choice(preparation.NEEDS_ASKED)
        if status == "planned" and kind != "task" and prep.random() < 0.3:
            checked = prep.choice(("product", "late,product", "arguing"))
        follow_up = None
        if kind == "task" and status == "planned" and prep.random() < 0.5:
            follow_up = self.last_meeting.get(c.id)  # a step agreed at the last meeting
        return needs, checked, follow_up

    def _attendees(self, c: DemoClient, kind: str, activity_id: str, created: date) -> None:
        rng = self.rng
        if kind == "meeting":
            people: Sequence[str] = rng.sample(c.contacts, rng.randint(1, min(3, len(c.contacts))))
        else:
            people = [rng.choice(c.buyers)]
        for contact_id in people:
            link = (activity_contact_id(activity_id, contact_id), *self.rec(created)[1:])
            self.out.add("activity_contact", (*link, activity_id, contact_id))

    def _preparation(
        self, c: DemoClient, kind: str, status: str, activity_id: str, created: date
    ) -> None:
        """The listening plan and the products on the agenda of planned meetings; the answers
        noted at some held ones. From the preparation stream only."""
        prep = self.prep
        if kind != "meeting" or status == "cancelled":
            return
        planned = status == "planned"
        if not planned and prep.random() > 0.2:
            return
        n = prep.choice((0, 1, 2, 3, 4, 5)) if planned else prep.randint(2, 4)
        for position, question in enumerate(prep.sample(preparation.QUESTIONS, n), 1):
            answer = "" if planned else prep.choice(preparation.ANSWERS)
            self.out.add(
                "meeting_question",
                (*self._prep_rec(created), activity_id, position, question, answer),
            )
        if planned and c.assortment:
            for index in prep.sample(c.assortment, min(len(c.assortment), prep.randint(0, 3))):
                pid = self.products[index].id
                link = (activity_product_id(activity_id, pid), *self._prep_rec(created)[1:])
                self.out.add("activity_product", (*link, activity_id, pid))

    def _weekly_call(self, c: DemoClient) -> None:
        """The critical account gets a weekly call on Monday mornings: a recurring series."""
        if c.key_rank != 0 or not c.buyers:
            return
        monday = self.as_of + timedelta(days=7 - self.as_of.weekday())
        series = None
        hour = 8 - c.country.utc_offset
        for week in range(3):
            day = monday + timedelta(weeks=week)
            activity_id = self.prep_uid()
            series = series or activity_id
            stamp = self.stamp(self.as_of)
            self.out.add(
                "activity",
                (
                    activity_id,
                    stamp,
                    stamp,
                    1,
                    None,
                    "call",
                    c.id,
                    "Weekly call: orders, deliveries, open questions",
                    f"{day.isoformat()}T{hour:02d}:30:00.000000Z",
                    15,
                    "",
                    0,
                    "1. Orders of the week. 2. Deliveries. 3. Open questions.",
                    "Keep the weekly rhythm; catch problems early.",
                    "",
                    "planned",
                    None,
                    "phone",
                    "",
                    None,
                    "weekly",
                    series,
                    None,
                    "",
                ),
            )
            buyer = c.buyers[0]
            link = (activity_contact_id(activity_id, buyer), *self._prep_rec(self.as_of)[1:])
            self.out.add("activity_contact", (*link, activity_id, buyer))

    def _objections(self, c: DemoClient) -> None:
        prep = self.prep
        chance = 0.8 if c.is_key else (0.15 if c.status == "active" else 0.0)
        if prep.random() >= chance:
            return
        for text, response in prep.sample(preparation.OBJECTIONS, prep.randint(1, 3)):
            raised = self.weekday(self.as_of - timedelta(days=prep.randint(5, 120)))
            self.out.add(
                "objection",
                (
                    *self._prep_rec(raised),
                    c.id,
                    raised.isoformat(),
                    text,
                    response if prep.random() < 0.6 else "",
                    "open",
                ),
            )

    def _prep_rec(self, day: date) -> tuple[str, str, str, int, None]:
        s = self.stamp(min(day, self.as_of))
        return (self.prep_uid(), s, s, 1, None)
