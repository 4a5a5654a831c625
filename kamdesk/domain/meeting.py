"""Meeting readiness: one check per mistake key clients do not forgive (domain.md).

Each check reads facts the caller gathered and gives a state: ok, warning or missing, a short
summary and the findings behind it (each naming where it is fixed). Some things data cannot
tell (has the KAM looked at the figures? checked the route? does the KAM know this person
well?): a tick by hand lifts such a warning to ok. A tick never lifts a missing (a clash with
another meeting, nobody chosen to attend), nor a warning the data can settle and the KAM
should: an objection without a prepared response, needs not asked, no offer prepared.

The readiness score is the weighted sum of the states, rounded half up: ok counts in full, a
warning half, missing nothing. Weights favour what costs most with a key client: knowing the
client and being prepared.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from kamdesk.domain.completeness import Completeness, is_stale
from kamdesk.domain.schedule import Conflict, clock, is_remote, leave_by
from kamdesk.messages import N_, _, ngettext

State = Literal["ok", "warning", "missing"]
ITEMS = ("late", "arguing", "interrupting", "information", "preparation", "manners", "product")
# shown with _(TITLES[item]): marked here, translated where shown
TITLES = {
    "late": N_("Being late"),
    "arguing": N_("Arguing"),
    "interrupting": N_("Interrupting"),
    "information": N_("No information about the client"),
    "preparation": N_("Poor preparation"),
    "manners": N_("Bad manners"),
    "product": N_("Not knowing our products"),
}
WEIGHTS = {
    "late": 15,
    "arguing": 15,
    "interrupting": 10,
    "information": 20,
    "preparation": 20,
    "manners": 10,
    "product": 10,
}
FACTORS = {"ok": 1.0, "warning": 0.5, "missing": 0.0}
# what a tick says where the computed summary asks for it (translated with _() where shown)
TICKED = {"product": N_("Reviewed by hand: the client's prices, orders and debts.")}
READY_SCORE = 80  # at or above, with nothing missing, a meeting is ready
AT_RISK_SCORE = 50  # below, it is at risk
MIN_QUESTIONS = 3  # a listening plan of fewer questions is thin
COMPLETENESS_THRESHOLD = 70  # below this the dossier warns; below half of it, it is missing


@dataclass(frozen=True)
class Attendee:
    contact_id: str
    name: str
    buying_role: str = ""
    attitude: str = ""
    last_contact: date | None = None
    form_of_address: str = ""
    language: str = ""
    etiquette: str = ""
    interests: str = ""
    birthday: date | None = None

    @property
    def has_personal_notes(self) -> bool:
        return bool(
            self.birthday
            or self.interests.strip()
            or self.form_of_address.strip()
            or self.language.strip()
            or self.etiquette.strip()
        )

    @property
    def has_manners_notes(self) -> bool:
        return bool(self.form_of_address.strip() or self.language.strip() or self.etiquette.strip())


@dataclass(frozen=True)
class Argument:
    """A known objection or an open complaint, with the response prepared for it."""

    kind: Literal["objection", "complaint"]
    id: str
    text: str
    response: str = ""


@dataclass(frozen=True)
class MeetingFacts:
    today: date
    start: datetime
    duration_min: int
    kind: str = "meeting"  # meeting | call
    remote: bool = False  # phone or video: no travel
    location: str = ""
    travel_min: int = 0
    conflicts: tuple[Conflict, ...] = ()
    arguments: tuple[Argument, ...] = ()
    questions: int = 0
    client_name: str = ""
    client_completeness: Completeness | None = None
    attendees: tuple[Attendee, ...] = ()
    has_agenda: bool = False
    has_goals: bool = False
    has_needs_asked: bool = False
    has_offer: bool = False
    products_on_agenda: int = 0
    product_facts: tuple[str, ...] = ()  # what the KAM should have looked at
    ticked: frozenset[str] = field(default_factory=frozenset)
    stale_days: int = 90
    threshold: int = COMPLETENESS_THRESHOLD


@dataclass(frozen=True)
class Finding:
    text: str
    where: str = ""  # what fixes it: details, questions, objections, offer, products,
    # dossier:<page>, contact:<id>


@dataclass(frozen=True)
class Check:
    item: str
    state: State
    computed: State  # before any tick
    ticked: bool
    summary: str
    findings: tuple[Finding, ...] = ()
    tickable: bool = True  # whether a tick by hand would lift the computed state

    @property
    def title(self) -> str:
        return TITLES[self.item]


@dataclass(frozen=True)
class Readiness:
    score: int
    checks: tuple[Check, ...]
    leave_by: datetime

    def check(self, item: str) -> Check:
        return next(c for c in self.checks if c.item == item)

    @property
    def states(self) -> dict[str, State]:
        return {c.item: c.state for c in self.checks}

    @property
    def ready(self) -> bool:
        """Ready to go: a high score and nothing missing (a clash, nobody attending, an open
        complaint unanswered), whatever the rest adds up to."""
        return self.score >= READY_SCORE and all(c.state != "missing" for c in self.checks)

    @property
    def tone(self) -> State:
        """How to show it: ok when ready, missing when at risk, a warning in between."""
        return tone(self.score, self.ready)


def tone(score: int, ready: bool) -> State:
    if ready:
        return "ok"
    return "missing" if score < AT_RISK_SCORE else "warning"


def _names(people: Iterable[str], most: int = 3) -> str:
    names = list(people)
    shown = ", ".join(names[:most])
    if len(names) <= most:
        return shown
    more = len(names) - most
    return ngettext("{names} and {n} more", "{names} and {n} more", more).format(
        names=shown, n=more
    )


def _is_remote(f: MeetingFacts) -> bool:
    """Remote by its place kind (the facts' `remote`) or by being a call: schedule's one rule."""
    return f.remote or is_remote(f.kind, "site")


MOST_CONFLICTS_SHOWN = 3


def _conflict_findings(conflicts: list[Conflict]) -> list[Finding]:
    out = [Finding(c.describe(), "details") for c in conflicts[:MOST_CONFLICTS_SHOWN]]
    if len(conflicts) > MOST_CONFLICTS_SHOWN:
        more = len(conflicts) - MOST_CONFLICTS_SHOWN
        said = ngettext("… and {n} more clash.", "… and {n} more clashes.", more)
        out.append(Finding(said.format(n=more), "details"))
    return out


def check_late(f: MeetingFacts) -> tuple[State, str, list[Finding]]:
    overlaps = [c for c in f.conflicts if c.kind == "overlap"]
    travel = [c for c in f.conflicts if c.kind == "travel"]
    if _is_remote(f):
        # no travel, so a travel conflict (from a stale travel time) is no finding here
        out = _conflict_findings(overlaps)
        if overlaps:
            return "missing", _("Clashes with another meeting."), out
        return "ok", _("Be ready at {time}.").format(time=clock(f.start)), out
    out = _conflict_findings(overlaps + travel)
    when = leave_by(f.start, f.travel_min)
    if overlaps or travel:
        said = _("Cannot leave by {time}: another meeting is in the way.")
        return "missing", said.format(time=clock(when)), out
    if not f.location.strip():
        out.append(Finding(_("No address: where is the meeting?"), "details"))
    if f.travel_min <= 0:
        out.append(Finding(_("No travel time: how long does it take to get there?"), "details"))
    if out:
        return "warning", _("The way there is not planned."), out
    said = _("Leave by {time} ({minutes} min travel).")
    return "ok", said.format(time=clock(when), minutes=f.travel_min), out


def _unanswered(a: Argument) -> str:
    if a.kind == "complaint":
        return _("No response prepared to the complaint: {text}").format(text=a.text)
    return _("No response prepared to the objection: {text}").format(text=a.text)


def check_arguing(f: MeetingFacts) -> tuple[State, str, list[Finding]]:
    if not f.arguments:
        return (
            "warning",
            _("No objections or open complaints recorded: think of the likely ones."),
            [Finding(_("Record the objections you expect, with your response."), "objections")],
        )
    bare = [a for a in f.arguments if not a.response.strip()]
    out = [Finding(_unanswered(a), "objections") for a in bare]
    summary = ngettext(
        "{bare} of {n} without a prepared response.",
        "{bare} of {n} without a prepared response.",
        len(f.arguments),
    ).format(bare=len(bare), n=len(f.arguments))
    if any(a.kind == "complaint" for a in bare):
        # an open complaint met unprepared is how a meeting turns into an argument
        return "missing", summary, out
    if bare:
        return "warning", summary, out
    n = len(f.arguments)
    said = ngettext("A response is prepared to all {n}.", "A response is prepared to all {n}.", n)
    return "ok", said.format(n=n), out


def check_interrupting(f: MeetingFacts) -> tuple[State, str, list[Finding]]:
    if f.questions <= 0:
        return (
            "missing",
            _("No listening plan: write the questions to ask, then listen."),
            [Finding(_("Add the questions to ask."), "questions")],
        )
    if f.questions < MIN_QUESTIONS:
        return (
            "warning",
            ngettext(
                "Only {n} question planned; aim for {most} or more.",
                "Only {n} questions planned; aim for {most} or more.",
                f.questions,
            ).format(n=f.questions, most=MIN_QUESTIONS),
            [Finding(_("Add more questions to ask."), "questions")],
        )
    said = ngettext("{n} question planned.", "{n} questions planned.", f.questions)
    return "ok", said.format(n=f.questions), []


def contact_gaps(a: Attendee, today: date, stale_days: int) -> list[str]:
    gaps: list[str] = []
    if not a.buying_role.strip():
        gaps.append(_("no role in the purchase"))
    if not a.attitude.strip():
        gaps.append(_("no attitude"))
    if a.last_contact is None:
        gaps.append(_("never met or called"))
    elif is_stale(a.last_contact, today, stale_days):
        days = (today - a.last_contact).days
        gaps.append(
            ngettext("last contact {n} day ago", "last contact {n} days ago", days).format(n=days)
        )
    if not a.has_personal_notes:
        gaps.append(_("no personal notes"))
    return gaps


def check_information(f: MeetingFacts) -> tuple[State, str, list[Finding]]:
    out: list[Finding] = []
    state: State = "ok"
    score = f.client_completeness.score if f.client_completeness else 0
    if f.client_completeness is None:
        state = "missing"
        out.append(Finding(_("No dossier for the client."), "dossier:profile"))
    elif score < f.threshold:
        state = "missing" if score < f.threshold // 2 else "warning"
        for gap in f.client_completeness.gaps:
            out.append(Finding(gap.message, f"dossier:{gap.where}"))
    if not f.attendees:
        out.append(Finding(_("Choose who attends."), "details"))
        state = "missing"
    for a in f.attendees:
        gaps = contact_gaps(a, f.today, f.stale_days)
        if gaps:
            said = _("{name}: {gaps}.").format(name=a.name, gaps=", ".join(gaps))
            out.append(Finding(said, f"contact:{a.contact_id}"))
            if state == "ok":
                state = "warning"
    return state, _information_summary(f, score), out


def _information_summary(f: MeetingFacts, score: int) -> str:
    """How complete the dossier is and how well those attending are known, in one sentence."""
    n = len(f.attendees)
    if not f.attendees:
        if f.client_completeness is None:
            return _("No dossier; nobody chosen to attend.")
        return _("Dossier {score}% complete; nobody chosen to attend.").format(score=score)
    known = sum(1 for a in f.attendees if not contact_gaps(a, f.today, f.stale_days))
    if f.client_completeness is None:
        said = ngettext(
            "No dossier; {known} of {n} attending well known.",
            "No dossier; {known} of {n} attending well known.",
            n,
        )
    else:
        said = ngettext(
            "Dossier {score}% complete; {known} of {n} attending well known.",
            "Dossier {score}% complete; {known} of {n} attending well known.",
            n,
        )
    return said.format(score=score, known=known, n=n)


def check_preparation(f: MeetingFacts) -> tuple[State, str, list[Finding]]:
    # (what is missing, in a summary; the finding; where it is fixed)
    wanted = [
        (_("agenda"), f.has_agenda, _("No agenda."), "details"),
        (_("goals"), f.has_goals, _("No goals."), "details"),
    ]
    if f.kind == "meeting":
        wanted += [
            (_("needs"), f.has_needs_asked, _("Needs not asked in advance."), "details"),
            (_("offer"), f.has_offer, _("No offer prepared (a draft order or proposal)."), "offer"),
        ]
    lacking = [(name, text, where) for name, ok, text, where in wanted if not ok]
    out = [Finding(text, where) for _name, text, where in lacking]
    if not lacking:
        ready = (
            _("Agenda, goals, needs and offer ready.")
            if f.kind == "meeting"
            else _("Agenda and goals ready.")
        )
        return "ok", ready, out
    if not f.has_agenda and not f.has_goals:
        return "missing", _("No agenda and no goals."), out
    missing = ", ".join(name for name, _text, _where in lacking)
    return "warning", _("Missing: {items}.").format(items=missing), out


def check_manners(f: MeetingFacts) -> tuple[State, str, list[Finding]]:
    if not f.attendees:
        return (
            "missing",
            _("Nobody chosen to attend."),
            [Finding(_("Choose who attends."), "details")],
        )
    bare = [a for a in f.attendees if not a.has_manners_notes]
    out = [
        Finding(
            _("{name}: no form of address, language or etiquette notes.").format(name=a.name),
            f"contact:{a.contact_id}",
        )
        for a in bare
    ]
    if bare:
        said = _("Nothing noted on how to address {names}.")
        return "warning", said.format(names=_names(a.name for a in bare)), out
    return "ok", _("How to address everyone is noted."), out


def check_product(f: MeetingFacts) -> tuple[State, str, list[Finding]]:
    out = [Finding(text, "products") for text in f.product_facts]
    if f.kind == "meeting" and f.products_on_agenda == 0:
        out.insert(0, Finding(_("No products on the agenda."), "products"))
    return "warning", _("Review the client's prices, orders and debts, then tick."), out


_CHECKS = {
    "late": check_late,
    "arguing": check_arguing,
    "interrupting": check_interrupting,
    "information": check_information,
    "preparation": check_preparation,
    "manners": check_manners,
    "product": check_product,
}


def _tickable(item: str, computed: State, f: MeetingFacts) -> bool:
    """Whether a tick lifts this computed state: only warnings data cannot settle."""
    if computed != "warning":
        return False
    if item == "arguing":  # only "none recorded"; a missing response is the KAM's to write
        return not f.arguments
    return item != "preparation"  # needs and the offer are facts, not judgement


def readiness(f: MeetingFacts) -> Readiness:
    checks: list[Check] = []
    for item in ITEMS:
        computed, summary, findings = _CHECKS[item](f)
        ticked = item in f.ticked
        tickable = _tickable(item, computed, f)
        state: State = "ok" if ticked and tickable else computed
        if ticked and tickable:
            lowered = summary[0].lower() + summary[1:]
            summary = (
                _(TICKED[item])
                if item in TICKED
                else _("Ticked: {summary}").format(summary=lowered)
            )
        checks.append(Check(item, state, computed, ticked, summary, tuple(findings), tickable))
    total = sum(WEIGHTS[c.item] * FACTORS[c.state] for c in checks)
    score = math.floor(total + 0.5)
    return Readiness(
        score=score,
        checks=tuple(checks),
        leave_by=leave_by(f.start, 0 if _is_remote(f) else f.travel_min),
    )


def parse_ticked(text: str) -> frozenset[str]:
    return frozenset(part.strip() for part in text.split(",") if part.strip() in ITEMS)


def format_ticked(items: Iterable[str]) -> str:
    chosen = set(items)
    return ",".join(item for item in ITEMS if item in chosen)
