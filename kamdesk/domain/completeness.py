"""Dossier completeness: how well do we know this client, and what is missing.

Arriving without knowing the client is one of the seven mistakes (domain.md); this score makes
the gaps visible. Each rule has a weight; the score is 100 minus the weights of what is missing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kamdesk.messages import _, ngettext

STALE_DAYS = 90


@dataclass(frozen=True)
class ContactFacts:
    name: str
    buying_role: str
    attitude: str
    last_contact: date | None
    has_personal_notes: bool  # form of address, language, interests, birthday or etiquette


@dataclass(frozen=True)
class DossierFacts:
    today: date
    has_tax_id: bool
    has_address: bool
    has_needs: bool
    has_plans: bool
    has_problems: bool
    has_budget: bool
    has_revenue_figure: bool
    has_spend_estimate: bool
    competitors_known: int
    contacts: tuple[ContactFacts, ...]
    last_contact: date | None  # the last meeting or call held with anyone at the client


@dataclass(frozen=True)
class Gap:
    code: str
    message: str  # in the language of kamdesk.messages
    weight: int
    where: str  # the dossier page that fixes it: profile, strategy, contacts, competitors, history


@dataclass(frozen=True)
class Completeness:
    score: int  # 0..100
    gaps: tuple[Gap, ...]


def completeness(facts: DossierFacts, *, stale_days: int = STALE_DAYS) -> Completeness:
    gaps: list[Gap] = []

    def gap(code: str, message: str, weight: int, where: str) -> None:
        gaps.append(Gap(code, message, weight, where))

    if not facts.contacts:
        gap("no_contacts", _("No contacts recorded."), 15, "contacts")
    roles = {c.buying_role for c in facts.contacts}
    if "decision maker" not in roles:
        gap("no_decision_maker", _("No decision maker known."), 15, "contacts")
    if "champion" not in roles and not any(c.attitude == "champion" for c in facts.contacts):
        gap("no_champion", _("No champion: nobody inside sells for us."), 10, "contacts")
    if not facts.has_needs:
        gap("no_needs", _("The client's needs are not recorded."), 10, "strategy")
    if not facts.has_plans:
        gap("no_plans", _("Development plans are not recorded."), 5, "strategy")
    if not facts.has_problems:
        gap("no_problems", _("The client's problems are not recorded."), 5, "strategy")
    if not facts.has_budget:
        gap("no_budget", _("The client's budget is unknown."), 5, "strategy")
    if not facts.has_revenue_figure:
        gap("no_revenue", _("No revenue figure for the client."), 5, "profile")
    if not facts.has_spend_estimate:
        gap(
            "no_spend",
            _("No estimate of the client's spend: share of wallet unknown."),
            5,
            "profile",
        )
    if not facts.has_tax_id:
        gap("no_tax_id", _("No tax number."), 5, "profile")
    if not facts.has_address:
        gap("no_address", _("No address."), 5, "profile")
    if facts.competitors_known == 0:
        gap("no_competitors", _("Competitors at the client are unknown."), 5, "competitors")
    if facts.last_contact is None:
        gap("never_contacted", _("No meeting or call recorded yet."), 10, "history")
    elif (facts.today - facts.last_contact).days > stale_days:
        days = (facts.today - facts.last_contact).days
        said = ngettext(
            "No contact for {n} day (more than {most}).",
            "No contact for {n} days (more than {most}).",
            days,
        )
        gap("stale", said.format(n=days, most=stale_days), 10, "history")
    bare = [c.name for c in facts.contacts if not c.has_personal_notes]
    if bare:
        who = ", ".join(bare[:3])
        if len(bare) > 3:
            more = len(bare) - 3
            said = ngettext(
                "No personal notes for {names} and {n} more.",
                "No personal notes for {names} and {n} more.",
                more,
            ).format(names=who, n=more)
        else:
            said = _("No personal notes for {names}.").format(names=who)
        gap("no_personal_notes", said, 5, "contacts")
    score = max(0, 100 - sum(g.weight for g in gaps))
    return Completeness(score=score, gaps=tuple(gaps))


def is_stale(last_contact: date | None, today: date, stale_days: int = STALE_DAYS) -> bool:
    """A contact nobody has met or called for too long (or ever)."""
    return last_contact is None or (today - last_contact).days > stale_days
