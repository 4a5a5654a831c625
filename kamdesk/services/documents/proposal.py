"""The commercial proposal of an order: its defaults for the KAM to change, and the record to
print (reports.documents renders it)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from kamdesk.domain import formatting
from kamdesk.domain.documents import DocLine, ProposalDoc, Totals, content_hash, totals_of
from kamdesk.errors import UserError
from kamdesk.messages import N_, _
from kamdesk.models import Contact
from kamdesk.services.documents.issued import (
    issued_version,
    last_version,
    latest_issued,
    next_number,
)
from kamdesk.services.documents.parties import (
    Source,
    add_delivery_terms,
    addressee_of,
    buyer_party,
    doc_line,
    document_language,
    document_notes,
    kam_signatory,
    load_source,
    placeholder_values,
    proposal_terms,
    seller_party,
)
from kamdesk.services.documents.text import check_typed, fill_text, read_template

VALID_DAYS = 30  # a proposal holds this long unless the KAM says otherwise
# the texts a KAM may edit, as a message about one of them names it
OPENING = N_("The opening text")
DELIVERY = N_("The delivery terms")
PAYMENT = N_("The payment terms")
CLOSING = N_("The closing text")


@dataclass(frozen=True)
class ProposalEdits:
    """What the KAM may change before a proposal is printed; None takes the default."""

    language: str | None = None  # None: the client's document language
    opening: str | None = None  # None: from the template
    valid_until: date | None = None  # None: issued_on + 30 days
    delivery_terms: str | None = None
    payment_terms: str | None = None
    addressee_id: str | None = None  # None: the order's contact, the decision maker, the first
    optional_line_nos: tuple[int, ...] = ()  # order lines shown as optional, not in the total
    closing: str | None = None  # None: from the template


def _proposal_number(session: Session, order_id: str, day: date) -> tuple[str, int]:
    previous = latest_issued(session, "proposal", order_id)
    if previous is not None:
        return previous.number, last_version(session, "proposal", previous.number) + 1
    return next_number(session, "KP", day.year), 1


@dataclass(frozen=True)
class _Proposal:
    src: Source
    language: str
    valid_until: date
    addressee: Contact | None
    lines: tuple[DocLine, ...]
    optional: tuple[DocLine, ...]
    totals: Totals
    values: dict[str, str]
    version: int


def _prepare(
    session: Session,
    order_id: str,
    edits: ProposalEdits,
    today: date,
    templates_dir: Path | None,
) -> _Proposal:
    src = load_source(session, order_id, "proposal")
    language = document_language(src.client, edits.language)
    valid_until = edits.valid_until or today + timedelta(days=VALID_DAYS)
    if valid_until < today:
        raise UserError(
            _("An offer cannot expire before the day it is issued: choose a later date.")
        )
    addressee = addressee_of(src, edits.addressee_id)
    known = {line.line_no for line in src.order.lines}
    unknown = sorted(set(edits.optional_line_nos) - known)
    if unknown:
        raise UserError(
            _(
                "Order {number} has no line {lines}: only its lines can be offered as optional."
            ).format(number=src.order.number, lines=", ".join(map(str, unknown)))
        )
    optional_nos = set(edits.optional_line_nos)
    main = [line for line in src.order.lines if line.line_no not in optional_nos]
    if not main:
        raise UserError(
            _("Every line is marked optional: keep at least one in the offer and its total.")
        )
    extra = [line for line in src.order.lines if line.line_no in optional_nos]
    lines = tuple(doc_line(i, line, src, language) for i, line in enumerate(main, 1))
    optional = tuple(doc_line(i, line, src, language) for i, line in enumerate(extra, 1))
    totals = totals_of(lines)
    number, version = _proposal_number(session, order_id, today)
    values = placeholder_values(
        src, language, day=today, total=totals.gross, addressee=addressee, signer=addressee
    )
    values["proposal.number"] = number
    values["proposal.valid_until"] = formatting.long_date(valid_until, language)
    add_delivery_terms(values, language, templates_dir)
    return _Proposal(
        src, language, valid_until, addressee, lines, optional, totals, values, version
    )


def proposal_defaults(
    session: Session,
    order_id: str,
    *,
    today: date,
    templates_dir: Path | None = None,
    base: ProposalEdits | None = None,
) -> ProposalEdits:
    """The proposal's editable parts with every field filled: what the KAM sees to change.

    Texts come from the templates, filled for the language, addressee and validity of `base`
    (the defaults where it leaves them None); fields `base` sets are kept as they are. Ask again
    with the new choices (and opening=None) to refresh the texts after changing them.
    """
    base = base or ProposalEdits()
    p = _prepare(session, order_id, base, today, templates_dir)
    delivery, payment = proposal_terms(p.values, p.language, templates_dir)
    opening, closing = base.opening, base.closing
    if opening is None:
        opening = _text("proposal_opening", p, templates_dir)
    if closing is None:
        closing = _text("proposal_closing", p, templates_dir)
    return ProposalEdits(
        language=p.language,
        opening=opening,
        valid_until=p.valid_until,
        delivery_terms=delivery if base.delivery_terms is None else base.delivery_terms,
        payment_terms=payment if base.payment_terms is None else base.payment_terms,
        addressee_id=p.addressee.id if p.addressee else None,
        optional_line_nos=base.optional_line_nos,
        closing=closing,
    )


def _text(name: str, p: _Proposal, templates_dir: Path | None) -> str:
    text, source = read_template(name, p.language, templates_dir)
    return fill_text(text, p.values, source)


def build_proposal(
    session: Session,
    order_id: str,
    edits: ProposalEdits,
    *,
    today: date,
    templates_dir: Path | None = None,
) -> ProposalDoc:
    """The commercial proposal for a draft or confirmed order, ready to print.

    Numbered as the next version of the order's last issued proposal (same number), or with a
    new number KP-<year>-NNNN. Optional lines are shown apart and left out of the total, which
    is the sum of the other lines as the order holds them. Edited texts are filled like the
    templates: an unknown placeholder is refused by name (TemplateProblem).
    """
    for source, typed in (
        (_(OPENING), edits.opening),
        (_(DELIVERY), edits.delivery_terms),
        (_(PAYMENT), edits.payment_terms),
        (_(CLOSING), edits.closing),
    ):
        check_typed(source, typed)
    p = _prepare(session, order_id, edits, today, templates_dir)
    delivery, payment = proposal_terms(p.values, p.language, templates_dir)
    if edits.delivery_terms is not None:
        delivery = fill_text(edits.delivery_terms, p.values, _(DELIVERY))
    if edits.payment_terms is not None:
        payment = fill_text(edits.payment_terms, p.values, _(PAYMENT))
    opening = (
        fill_text(edits.opening, p.values, _(OPENING))
        if edits.opening is not None
        else _text("proposal_opening", p, templates_dir)
    )
    closing = (
        fill_text(edits.closing, p.values, _(CLOSING))
        if edits.closing is not None
        else _text("proposal_closing", p, templates_dir)
    )
    src, language = p.src, p.language
    doc = ProposalDoc(
        number=p.values["proposal.number"],
        version=p.version,
        issued_on=today,
        valid_until=p.valid_until,
        language=language,
        currency=src.order.currency,
        seller=seller_party(src.company, language),
        buyer=buyer_party(src.client, language),
        addressee=p.addressee.full_name if p.addressee else "",
        addressee_title=p.addressee.position if p.addressee else "",
        opening=opening,
        lines=p.lines,
        totals=p.totals,
        optional_lines=p.optional,
        delivery_terms=delivery,
        payment_terms=payment,
        closing=closing,
        signatory=kam_signatory(src, language),
        vat_mode=src.vat_mode,
        notes=tuple(n for n in document_notes(session, src, language, p.totals.vat, today) if n),
    )
    # unchanged since the last version issued: it is that version again, not a new one
    if doc.version > 1:
        same = replace(doc, version=doc.version - 1)
        if issued_version(session, "proposal", doc.number, content_hash(same)) is not None:
            return same
    return doc
