"""Rules for a client's profile and its contacts: what may be saved."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kamdesk.domain.company import EMAIL, PHONE, tax_id_problem
from kamdesk.messages import _, ngettext

STATUSES = ("prospect", "active", "dormant", "lost")
KEY_REASONS = ("revenue", "potential", "reference", "partner", "competent", "innovator")
BUYING_ROLES = ("decision maker", "approver", "evaluator", "user", "gatekeeper", "champion")
ATTITUDES = ("champion", "supporter", "neutral", "sceptic", "opponent")
INFLUENCES = ("high", "medium", "low")
FAMILIARITY = ("none", "brief", "regular", "in depth")
RELATION_KINDS = ("influences", "conflicts")
MAX_KAMS = 3
WEBSITE = re.compile(r"^(https?://)?[\w.-]+\.[a-z]{2,}(/\S*)?$", re.IGNORECASE)


def split_kams(text: str) -> list[str]:
    """'Anna Kovács; Elena Morozova' -> the assigned KAMs, in order, without blanks."""
    return [name.strip() for name in re.split(r"[;,\n]", text) if name.strip()]


def kam_name_key(name: str) -> str:
    """What KAM names match by: casefolded, runs of white space one space ('Kovács  anna' and
    'KOVÁCS Anna' are one person; a misspelling is another name: nothing is guessed)."""
    return " ".join(name.split()).casefold()


def kam_names(text: str) -> list[str]:
    """The distinct KAM names in typed text, in order, spaces collapsed; a name typed again
    (same key) counts once, as its first spelling."""
    seen: dict[str, str] = {}
    for name in split_kams(text):
        seen.setdefault(kam_name_key(name), " ".join(name.split()))
    return list(seen.values())


NOT_ASSIGNED = "KAM (not assigned): "


def assignments_of(text: str, notes: str) -> tuple[list[str], str]:
    """The free-text `client.kam` as migration 0014 turns it into assignments: the first
    MAX_KAMS distinct names (lead first), and the notes with any further names appended, so
    nothing typed is lost. The same text gives the same answer on every laptop (no
    translation: a note two laptops write must be equal)."""
    names = kam_names(text)
    rest = names[MAX_KAMS:]
    if rest:
        line = NOT_ASSIGNED + "; ".join(rest)
        notes = f"{notes.rstrip()}\n{line}" if notes.strip() else line
    return names[:MAX_KAMS], notes


def kams_problem(names: list[str]) -> str:
    """Why a client's list of KAMs cannot be saved ('' when it can): one to MAX_KAMS."""
    if not names:
        return _("Assign at least one key account manager.")
    if len(names) > MAX_KAMS:
        return ngettext(
            "At most {n} key account manager per client.",
            "At most {n} key account managers per client.",
            MAX_KAMS,
        ).format(n=MAX_KAMS)
    return ""


@dataclass(frozen=True)
class ClientProfile:
    name: str = ""
    legal_name: str = ""
    code: str = ""
    tax_id: str = ""
    country: str = ""
    city: str = ""
    postal_code: str = ""
    address: str = ""
    delivery_address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    industry: str = ""
    segment: str = ""
    status: str = "active"
    founded: date | None = None
    employees: int | None = None
    annual_revenue: Decimal | None = None
    estimated_spend: Decimal | None = None
    currency: str = "EUR"
    kam: str = ""
    parent_id: str | None = None


def validate_profile(p: ClientProfile, *, today: date) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not p.name.strip():
        problems["name"] = _("The client needs a name.")
    if p.country and not re.fullmatch(r"[A-Z]{2}", p.country):
        problems["country"] = _("Country is a two-letter code such as HU, RU, IT or AZ.")
    if p.tax_id.strip():
        if not p.country:
            problems["tax_id"] = _("Choose the country first: tax numbers are checked per country.")
        elif "country" not in problems:
            why = tax_id_problem(p.country, p.tax_id.strip())
            if why:
                problems["tax_id"] = why
    if p.email and not EMAIL.match(p.email.strip()):
        problems["email"] = _("Not an e-mail address.")
    if p.phone and not PHONE.match(p.phone.strip()):
        problems["phone"] = _(
            "A phone number has digits, spaces, brackets, dashes and a leading +."
        )
    if p.website and not WEBSITE.match(p.website.strip()):
        problems["website"] = _("Not a web address (example.com or https://example.com).")
    if p.status not in STATUSES:
        problems["status"] = _("Status is prospect, active, dormant or lost.")
    if p.founded is not None and p.founded > today:
        problems["founded"] = _("The founding date cannot be in the future.")
    if p.employees is not None and p.employees < 0:
        problems["employees"] = _("Employees cannot be negative.")
    for name in ("annual_revenue", "estimated_spend"):
        value = getattr(p, name)
        if value is not None and value < 0:
            problems[name] = _("An amount cannot be negative.")
    kams = kams_problem(kam_names(p.kam))
    if kams:
        problems["kam"] = kams
    return problems


@dataclass(frozen=True)
class ContactData:
    client_id: str
    full_name: str = ""
    position: str = ""
    department: str = ""
    phone: str = ""
    mobile: str = ""
    email: str = ""
    email_alt: str = ""
    buying_role: str = ""
    attitude: str = "neutral"
    influence: str = "medium"
    is_vip: bool = False
    is_opinion_leader: bool = False
    familiarity: str = "none"
    birthday: date | None = None
    interests: str = ""
    form_of_address: str = ""
    language: str = ""
    etiquette: str = ""
    notes: str = ""
    reports_to_id: str | None = None


def validate_contact(c: ContactData, *, today: date) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not c.full_name.strip():
        problems["full_name"] = _("The contact needs a name.")
    for field in ("email", "email_alt"):
        value = getattr(c, field).strip()
        if value and not EMAIL.match(value):
            problems[field] = _("Not an e-mail address.")
    for field in ("phone", "mobile"):
        value = getattr(c, field).strip()
        if value and not PHONE.match(value):
            problems[field] = _(
                "A phone number has digits, spaces, brackets, dashes and a leading +."
            )
    if c.buying_role and c.buying_role not in BUYING_ROLES:
        problems["buying_role"] = _("Choose a buying role from the list.")
    if c.attitude not in ATTITUDES:
        problems["attitude"] = _("Choose an attitude from the list.")
    if c.influence not in INFLUENCES:
        problems["influence"] = _("Influence is high, medium or low.")
    if c.familiarity not in FAMILIARITY:
        problems["familiarity"] = _("Choose how well we know them from the list.")
    if c.birthday is not None and c.birthday > today:
        problems["birthday"] = _("A birthday cannot be in the future.")
    return problems


def has_personal_notes(c: ContactData) -> bool:
    return bool(
        c.form_of_address.strip()
        or c.language.strip()
        or c.interests.strip()
        or c.etiquette.strip()
        or c.birthday
    )


def reports_to_cycle(contact_id: str, boss_id: str | None, bosses: dict[str, str | None]) -> bool:
    """Would `contact reports to boss` make someone their own superior (directly or not)?"""
    seen = {contact_id}
    current = boss_id
    while current is not None:
        if current in seen:
            return True
        seen.add(current)
        current = bosses.get(current)
    return False
