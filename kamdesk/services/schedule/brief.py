"""The printed meeting brief: one meeting's preparation as the records reports.brief prints
(`reports.brief.render_brief(meeting_brief(session, id), out)`, from the CLI or the UI)."""

from __future__ import annotations

from datetime import date, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.brief import (
    Brief,
    BriefArgument,
    BriefCheck,
    BriefFigures,
    BriefPerson,
    BriefProduct,
    BriefQuestion,
)
from kamdesk.domain.meeting import TITLES
from kamdesk.messages import N_, _
from kamdesk.models import Client, Company
from kamdesk.services.clients.assignments import lead_kam
from kamdesk.services.queries import live
from kamdesk.services.schedule.preparation import Preparation, preparation

PLACES = {"phone": N_("Phone"), "video": N_("Video call")}


def brief_from(
    p: Preparation, *, company_name: str = "", kam: str = "", address: str = ""
) -> Brief:
    m = p.meeting
    remote = m.remote
    arguments = [BriefArgument("objection", o.objection, o.response) for o in p.objections]
    arguments += [BriefArgument("complaint", c.subject, c.prepared_response) for c in p.complaints]
    f = p.figures
    return Brief(
        client_name=m.client_name,
        subject=m.subject,
        kind=m.kind,
        start=m.start,
        end=m.end,
        leave_by=None if remote else p.readiness.leave_by,
        place=_(PLACES.get(m.place_kind, PLACES["phone"]))
        if remote
        else (m.location or _("(no address)")),
        travel_min=m.travel,
        readiness=p.readiness.score,
        checks=tuple(BriefCheck(TITLES[c.item], c.state, c.summary) for c in p.readiness.checks),
        people=tuple(
            BriefPerson(
                name=a.name,
                position=a.position,
                buying_role=a.buying_role,
                attitude=a.attitude,
                form_of_address=a.form_of_address,
                language=a.language,
                etiquette=a.etiquette,
                interests=a.interests,
                birthday=a.birthday,
                phone=a.phone,
                notes=a.notes,
                last_contact=a.last_contact,
            )
            for a in m.attendees
        ),
        agenda=m.agenda,
        goals=m.goals,
        needs_asked=m.needs_asked,
        questions=tuple(BriefQuestion(q.question, q.answer) for q in m.questions),
        arguments=tuple(arguments),
        figures=BriefFigures(
            currency=f.currency,
            revenue_this_year=f.revenue_this_year,
            revenue_last_year=f.revenue_last_year,
            plan_this_year=f.plan_this_year,
            receivable=f.receivable,
            overdue=f.overdue,
            overdue_invoices=f.overdue_invoices,
        ),
        products=tuple(
            BriefProduct(x.sku, x.name, x.unit, x.price, x.currency, x.rule)
            for x in m.products
            if x.price is not None
        ),
        # the agenda's products are listed apart: their fact (the first when there are any) is
        # left out, whatever the language it is written in
        facts=p.product_facts[1:] if m.products else p.product_facts,
        kam=kam,
        company_name=company_name,
        client_address=address,
        generated_on=p.today,
        place_kind=m.place_kind,
    )


def meeting_brief(
    session: Session, meeting_id: str, *, today: date | None = None, tz: tzinfo | None = None
) -> Brief:
    p = preparation(session, meeting_id, today=today, tz=tz)
    company = session.execute(
        select(Company).where(live(Company)).order_by(Company.created_at).limit(1)
    ).scalar_one_or_none()
    client = session.get(Client, p.meeting.client_id) if p.meeting.client_id else None
    address = ""
    if client is not None:
        address = ", ".join(
            part for part in (client.address, f"{client.postal_code} {client.city}".strip()) if part
        )
    return brief_from(
        p,
        company_name=(company.short_name or company.legal_name) if company else "",
        kam=lead_kam(session, client.id) if client else "",
        address=address,
    )
