"""The client dossier: profile, strategy, key reasons, competitors, archive (its completeness:
services.clients.completeness)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.domain.client import (
    KEY_REASONS,
    ClientProfile,
    kam_names,
    reports_to_cycle,
    validate_profile,
)
from kamdesk.domain.client_requisites import (
    CLIENT_REQUISITE_FIELDS,
    ClientRequisites,
    cleaned_client_requisites,
    client_requisites_problems,
)
from kamdesk.domain.documents import language_for_country
from kamdesk.domain.edits import merge_edit
from kamdesk.domain.natural_keys import key_reason_id
from kamdesk.errors import UserError
from kamdesk.messages import N_, _, ngettext
from kamdesk.models import (
    Activity,
    Client,
    ClientCompetitor,
    ClientKeyReason,
    ClientPrice,
    Competitor,
    Complaint,
    Contact,
    ContactRelation,
    Invoice,
    SalesOrder,
    SalesPlan,
)
from kamdesk.services.clients.assignments import assign_kams, assigned_names
from kamdesk.services.clients.client_terms import new_client_terms

# read from here by the client list and the dossier window, as before they moved
from kamdesk.services.clients.completeness import (
    dossier_completeness as dossier_completeness,
)
from kamdesk.services.clients.completeness import dossier_facts as dossier_facts
from kamdesk.services.company import InvalidFields
from kamdesk.services.queries import get_live, live

_PROFILE_FIELDS = [f.name for f in dataclasses.fields(ClientProfile)]
# the client's own columns; `kam` is its assignments (client.kam is the text before 0014)
_CLIENT_FIELDS = [name for name in _PROFILE_FIELDS if name != "kam"]


@dataclass(frozen=True)
class Strategy:
    needs: str = ""
    development_plans: str = ""
    problems: str = ""
    budget: Decimal | None = None
    vision: str = ""
    swot_strengths: str = ""
    swot_weaknesses: str = ""
    swot_opportunities: str = ""
    swot_threats: str = ""
    notes: str = ""


_STRATEGY_FIELDS = [f.name for f in dataclasses.fields(Strategy)]


@dataclass(frozen=True)
class CompetitorAtClient:
    id: str
    competitor_id: str
    competitor: str
    supplies: str
    terms: str
    share_percent: Decimal | None


def client_name(session: Session, client_id: str) -> str:
    return get_live(session, Client, client_id).name


def is_archived(session: Session, client_id: str) -> bool:
    return get_live(session, Client, client_id).archived_at is not None


# --- profile ----------------------------------------------------------------------------------


def get_profile(session: Session, client_id: str) -> ClientProfile:
    row = get_live(session, Client, client_id)
    kam = "; ".join(assigned_names(session, client_id))
    return ClientProfile(**{name: getattr(row, name) for name in _CLIENT_FIELDS}, kam=kam)


def _clean(profile: ClientProfile) -> ClientProfile:
    return dataclasses.replace(
        profile,
        name=profile.name.strip(),
        tax_id=profile.tax_id.strip(),
        country=profile.country.strip().upper(),
        email=profile.email.strip(),
        phone=profile.phone.strip(),
        website=profile.website.strip(),
        kam="; ".join(kam_names(profile.kam)),
    )


def get_requisites(session: Session, client_id: str) -> ClientRequisites:
    """The client's requisites for documents (VAT number, regime, КПП, bank, signatory...)."""
    row = get_live(session, Client, client_id)
    return ClientRequisites(**{name: getattr(row, name) for name in CLIENT_REQUISITE_FIELDS})


# why a client's currency cannot change, by what it already holds in it (the first found says)
_CURRENCY_HELD_BY = {
    "orders": N_(
        "{client} has orders in {currency}: the currency stays {currency}, so that they keep "
        "their meaning."
    ),
    "invoices": N_(
        "{client} has invoices in {currency}: the currency stays {currency}, so that they keep "
        "their meaning."
    ),
    "special prices": N_(
        "{client} has special prices in {currency}: the currency stays {currency}, so that they "
        "keep their meaning."
    ),
    "sales plans": N_(
        "{client} has sales plans in {currency}: the currency stays {currency}, so that they "
        "keep their meaning."
    ),
}


def _currency_change_problem(session: Session, client_id: str, currency: str) -> str | None:
    """A client's currency is the one of its orders, invoices, payments, plans and special
    prices (none of them says its own): it changes only while the client has none of them."""
    row = get_live(session, Client, client_id)
    if row.currency == currency:
        return None
    held = (
        (SalesOrder, SalesOrder.client_id, _CURRENCY_HELD_BY["orders"]),
        (Invoice, Invoice.client_id, _CURRENCY_HELD_BY["invoices"]),
        (ClientPrice, ClientPrice.client_id, _CURRENCY_HELD_BY["special prices"]),
        (SalesPlan, SalesPlan.client_id, _CURRENCY_HELD_BY["sales plans"]),
    )
    found = next(
        (
            why
            for model, column, why in held
            if session.execute(
                select(model.id).where(column == client_id, live(model)).limit(1)
            ).first()
        ),
        None,
    )
    if found is None:
        return None
    return _(found).format(client=row.name, currency=row.currency)


def save_profile(
    session: Session,
    profile: ClientProfile,
    *,
    client_id: str | None = None,
    today: date,
    requisites: ClientRequisites | None = None,
    base: ClientProfile | None = None,
    requisites_base: ClientRequisites | None = None,
) -> str:
    """Create (client_id None) or update a client, with its requisites when given;
    InvalidFields and nothing saved if any field is bad. With `base` (and `requisites_base`),
    the client as the form loaded it, only the fields the user changed are written; StaleEdit
    if one of them was changed since (an import, another window, sync)."""
    if client_id is not None and base is not None:
        profile = merge_edit(base, profile, get_profile(session, client_id))
    if client_id is not None and requisites is not None and requisites_base is not None:
        requisites = merge_edit(requisites_base, requisites, get_requisites(session, client_id))
    profile = _clean(profile)
    problems = validate_profile(profile, today=today)
    if requisites is not None:
        requisites = cleaned_client_requisites(requisites)
        for name, message in client_requisites_problems(
            profile.country, requisites, today=today
        ).items():
            problems.setdefault(name, message)
    if profile.parent_id is not None:
        parent = session.get(Client, profile.parent_id)
        if parent is None or parent.deleted_at is not None:
            problems["parent_id"] = _("The parent company no longer exists.")
        elif client_id is not None:
            parents = dict(session.execute(select(Client.id, Client.parent_id)).all())
            if reports_to_cycle(client_id, profile.parent_id, parents):
                problems["parent_id"] = _("That would make the client its own parent company.")
    if client_id is not None and "currency" not in problems:
        why = _currency_change_problem(session, client_id, profile.currency)
        if why:
            problems["currency"] = why
    if problems:
        raise InvalidFields(problems)
    if client_id is None:
        row = Client(name=profile.name, currency=profile.currency)
        row.credit_limit, row.payment_terms_days = new_client_terms(
            session, profile.currency, today
        )  # the team's defaults: credit control applies from the first order
        session.add(row)
    else:
        row = get_live(session, Client, client_id)
    # a Russian client's documents are in Russian unless someone chose otherwise
    language = language_for_country(row.document_language or "", row.country or "", profile.country)
    if row.document_language != language:
        row.document_language = language
    for name in _CLIENT_FIELDS:
        if getattr(row, name) != getattr(profile, name):
            setattr(row, name, getattr(profile, name))
    if requisites is not None:
        for name in CLIENT_REQUISITE_FIELDS:
            if getattr(row, name) != getattr(requisites, name):
                setattr(row, name, getattr(requisites, name))
    session.flush()
    assign_kams(session, row.id, kam_names(profile.kam))
    return row.id


# --- strategy and key reasons -----------------------------------------------------------------


def get_strategy(session: Session, client_id: str) -> Strategy:
    row = get_live(session, Client, client_id)
    return Strategy(**{name: getattr(row, name) for name in _STRATEGY_FIELDS})


def save_strategy(
    session: Session, client_id: str, strategy: Strategy, *, base: Strategy | None = None
) -> None:
    """With `base` (as the form loaded it) only what the user changed is written; StaleEdit
    if one of those fields was changed since."""
    if base is not None:
        strategy = merge_edit(base, strategy, get_strategy(session, client_id))
    if strategy.budget is not None and strategy.budget < 0:
        raise InvalidFields({"budget": _("The budget cannot be negative.")})
    row = get_live(session, Client, client_id)
    for name in _STRATEGY_FIELDS:
        value = getattr(strategy, name)
        value = value.strip() if isinstance(value, str) else value
        if getattr(row, name) != value:
            setattr(row, name, value)
    session.flush()


def get_key_reasons(session: Session, client_id: str) -> dict[str, str]:
    """reason -> justification, for the reasons the KAM flagged."""
    rows = session.execute(
        select(ClientKeyReason.reason, ClientKeyReason.justification).where(
            ClientKeyReason.client_id == client_id, live(ClientKeyReason)
        )
    ).all()
    return {reason: text for reason, text in sorted(rows, key=lambda r: KEY_REASONS.index(r[0]))}


def key_reasons_data(session: Session, client_id: str) -> dict[str, str | None]:
    """Every key reason -> its justification, None when not flagged: as the form edits them."""
    flagged = get_key_reasons(session, client_id)
    return {reason: flagged.get(reason) for reason in KEY_REASONS}


def save_key_reasons(
    session: Session,
    client_id: str,
    reasons: Mapping[str, str | None],
    *,
    base: Mapping[str, str | None] | None = None,
) -> None:
    """Flag exactly these reasons (a reason absent or None: not flagged); an unflagged one
    becomes a tombstone (sync carries it). With `base` (key_reasons_data as the form loaded
    it) only the reasons the user changed are written; StaleEdit if one was changed since."""
    unknown = set(reasons) - set(KEY_REASONS)
    if unknown:
        raise UserError(
            _("Unknown key reason: {reasons}.").format(reasons=", ".join(sorted(unknown)))
        )
    if base is not None:
        mine = {r: reasons.get(r) for r in KEY_REASONS}
        was = {r: base.get(r) for r in KEY_REASONS}
        reasons = merge_edit(was, mine, key_reasons_data(session, client_id))
    flagged = {r: text for r, text in reasons.items() if text is not None}
    missing = [r for r, text in flagged.items() if not text.strip()]
    if missing:
        raise InvalidFields(
            {f"reason_{r}": _("Say in a sentence why this reason applies.") for r in missing}
        )
    get_live(session, Client, client_id)
    existing = {
        r.reason: r
        for r in session.execute(
            select(ClientKeyReason).where(ClientKeyReason.client_id == client_id)
        ).scalars()
    }
    for reason in KEY_REASONS:
        row = existing.get(reason)
        if reason in flagged:
            text = flagged[reason].strip()
            if row is None:
                session.add(
                    ClientKeyReason(
                        id=key_reason_id(client_id, reason),
                        client_id=client_id,
                        reason=reason,
                        justification=text,
                    )
                )
            elif row.deleted_at is not None or row.justification != text:
                row.deleted_at = None
                row.justification = text
        elif row is not None and row.deleted_at is None:
            row.tombstone()
    session.flush()


# --- competitors at the client ----------------------------------------------------------------


def list_competitors(session: Session) -> list[tuple[str, str]]:
    return [
        (cid, name)
        for cid, name in session.execute(
            select(Competitor.id, Competitor.name).where(live(Competitor)).order_by(Competitor.name)
        )
    ]


def competitors_at(session: Session, client_id: str) -> list[CompetitorAtClient]:
    rows = session.execute(
        select(ClientCompetitor, Competitor.name)
        .join(Competitor, Competitor.id == ClientCompetitor.competitor_id)
        .where(ClientCompetitor.client_id == client_id, live(ClientCompetitor))
        .order_by(Competitor.name)
    ).all()
    return [
        CompetitorAtClient(cc.id, cc.competitor_id, name, cc.supplies, cc.terms, cc.share_percent)
        for cc, name in rows
    ]


@dataclass(frozen=True)
class CompetitorEdit:
    """A competitor at the client as its form edits it."""

    competitor: str
    supplies: str = ""
    terms: str = ""
    share_percent: Decimal | None = None


def competitor_at_data(session: Session, entry_id: str) -> CompetitorEdit:
    """The entry as stored now, in the form's shape (UserError if it was removed)."""
    row = get_live(session, ClientCompetitor, entry_id)
    name = get_live(session, Competitor, row.competitor_id).name
    return CompetitorEdit(name, row.supplies, row.terms, row.share_percent)


def save_competitor_at(
    session: Session,
    client_id: str,
    competitor: str,
    *,
    supplies: str = "",
    terms: str = "",
    share_percent: Decimal | None = None,
    entry_id: str | None = None,
    base: CompetitorEdit | None = None,
) -> str:
    """Record a competitor present at the client (creating the competitor by name if new).
    With `base` (the entry as the form loaded it) only what the user changed is written;
    StaleEdit if one of those fields was changed since."""
    if entry_id is not None and base is not None:
        mine = CompetitorEdit(competitor, supplies, terms, share_percent)
        merged = merge_edit(base, mine, competitor_at_data(session, entry_id))
        competitor, supplies, terms = merged.competitor, merged.supplies, merged.terms
        share_percent = merged.share_percent
    name = competitor.strip()
    if not name:
        raise InvalidFields({"competitor": _("Name the competitor.")})
    if share_percent is not None and not Decimal(0) <= share_percent <= Decimal(100):
        raise InvalidFields({"share_percent": _("A share is between 0 and 100 %.")})
    get_live(session, Client, client_id)
    # SQLite's lower() knows ASCII only: compare case-folded names here ("ÖKO" == "öko").
    found = next(
        (
            c
            for c in session.execute(
                select(Competitor).where(live(Competitor)).order_by(Competitor.created_at)
            ).scalars()
            if c.name.casefold() == name.casefold()
        ),
        None,
    )
    if found is None:
        found = Competitor(name=name)
        session.add(found)
        session.flush()
    others = [
        c.share_percent
        for c in competitors_at(session, client_id)
        if c.id != entry_id and c.share_percent is not None
    ]
    if share_percent is not None and sum(others, Decimal(0)) + share_percent > 100:
        raise InvalidFields(
            {"share_percent": _("Competitors' shares at this client would add up to over 100 %.")}
        )
    if entry_id is None:
        row = ClientCompetitor(client_id=client_id, competitor_id=found.id)
        session.add(row)
    else:
        existing = get_live(session, ClientCompetitor, entry_id)
        row = existing
        row.competitor_id = found.id
    row.supplies, row.terms, row.share_percent = supplies.strip(), terms.strip(), share_percent
    session.flush()
    return row.id


def remove_competitor_at(session: Session, entry_id: str) -> None:
    row = get_live(session, ClientCompetitor, entry_id)
    row.tombstone()
    session.flush()


# --- delete or archive ------------------------------------------------------------------------


def delete_client(session: Session, client_id: str) -> None:
    """Soft delete, refused (with the reason) when the client has orders or invoices."""
    row = get_live(session, Client, client_id)
    orders = session.execute(
        select(func.count()).where(SalesOrder.client_id == client_id, live(SalesOrder))
    ).scalar_one()
    invoices = session.execute(
        select(func.count()).where(Invoice.client_id == client_id, live(Invoice))
    ).scalar_one()
    if orders or invoices:
        raise UserError(
            _(
                "{client} has {orders} and {invoices}: its history must stay. Archive the client "
                "instead; it leaves the working lists and keeps its history."
            ).format(
                client=row.name,
                orders=ngettext("{n} order", "{n} orders", orders).format(n=orders),
                invoices=ngettext("{n} invoice", "{n} invoices", invoices).format(n=invoices),
            )
        )

    stamp = datetime.now(UTC)
    row.deleted_at = stamp
    # everything that hangs on the client goes with it, with the same stamp (sync carries it)
    contact_ids = [
        cid for (cid,) in session.execute(select(Contact.id).where(Contact.client_id == client_id))
    ]
    dependants: list[Any] = [
        select(Contact).where(Contact.client_id == client_id),
        select(ClientKeyReason).where(ClientKeyReason.client_id == client_id),
        select(ClientCompetitor).where(ClientCompetitor.client_id == client_id),
        select(Complaint).where(Complaint.client_id == client_id),
        select(Activity).where(Activity.client_id == client_id),
        select(SalesPlan).where(SalesPlan.client_id == client_id),
        select(ContactRelation).where(
            ContactRelation.from_contact_id.in_(contact_ids)
            | ContactRelation.to_contact_id.in_(contact_ids)
        ),
    ]
    for stmt in dependants:
        for dependant in session.execute(stmt).scalars():
            if dependant.deleted_at is None:
                dependant.deleted_at = stamp
    session.flush()


def archive_client(session: Session, client_id: str, *, archived: bool = True) -> None:
    row = get_live(session, Client, client_id)
    if archived and row.archived_at is None:
        row.archived_at = datetime.now(UTC)
    elif not archived and row.archived_at is not None:
        row.archived_at = None
    session.flush()
