"""A client's requisites for documents beyond its profile (KPP, SDI code, PEC, the VAT regime
chosen by hand), cleaned and checked; split from domain.requisites, which checks a party's
numbers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from kamdesk.domain.requisites import BASES, PartyRequisites, requisites_problems, signatory_problem
from kamdesk.domain.tax import Buyer, Regime, Supplier, supply_treatment
from kamdesk.messages import N_, _

# --- a client's requisites ----------------------------------------------------------------

# labels: the interface shows them through Qt (ui/domain_labels.py), regime_preview with _()
REGIME_NAMES: dict[str, str] = {
    "": N_("From country and VAT number"),
    Regime.DOMESTIC.value: N_("Domestic: the product's rate"),
    Regime.INTRA_EU.value: N_("Intra-Community supply of goods (exempt)"),
    Regime.EXPORT.value: N_("Export (0 %)"),
    Regime.EAEU.value: N_("EAEU (0 %, for a Russian supplier)"),
    Regime.EXEMPT.value: N_("Exempt supply (no VAT)"),
    Regime.REVERSE_CHARGE.value: N_("Services to an EU business (reverse charge)"),
}


@dataclass(frozen=True)
class ClientRequisites:
    """What a client record keeps for documents besides its profile (country and tax number
    are the profile's)."""

    vat_number: str = ""
    vat_checked_on: date | None = None  # the last VIES check, as the user entered it
    tax_regime: str = ""  # "" = from country and VAT number; else a Regime value
    kpp: str = ""
    registration_no: str = ""
    bank_name: str = ""
    bank_account: str = ""
    bank_code: str = ""
    corr_account: str = ""
    fiscal_code: str = ""
    sdi_code: str = ""
    pec: str = ""
    signatory_name: str = ""
    signatory_position: str = ""
    signatory_basis: str = ""
    signatory_poa_number: str = ""
    signatory_poa_date: date | None = None


CLIENT_REQUISITE_FIELDS = tuple(ClientRequisites.__dataclass_fields__)


def cleaned_client_requisites(r: ClientRequisites) -> ClientRequisites:
    """Trim what people paste in; codes upper-case, numbers without spaces."""
    values: dict[str, Any] = {}
    for name in CLIENT_REQUISITE_FIELDS:
        value = getattr(r, name)
        if isinstance(value, str):
            value = value.strip()
            if name in ("vat_number", "kpp", "bank_code", "fiscal_code", "sdi_code"):
                value = value.replace(" ", "").upper()
            elif name == "corr_account":
                value = value.replace(" ", "")
        values[name] = value
    return ClientRequisites(**values)


def client_requisites_problems(country: str, r: ClientRequisites, *, today: date) -> dict[str, str]:
    """Field name -> message for the client's requisites (the tax number itself is checked
    with the profile)."""
    party = PartyRequisites(
        country=country.strip().upper(),
        vat_number=r.vat_number,
        kpp=r.kpp,
        registration_no=r.registration_no,
        bank_name=r.bank_name,
        bank_account=r.bank_account,
        bank_code=r.bank_code,
        corr_account=r.corr_account,
        fiscal_code=r.fiscal_code,
        sdi_code=r.sdi_code,
        pec=r.pec,
    )
    problems = requisites_problems(party, role="client")
    if r.tax_regime not in REGIME_NAMES:
        problems["tax_regime"] = _("Choose a VAT regime from the list.")
    if r.vat_checked_on is not None:
        if r.vat_checked_on > today:
            problems["vat_checked_on"] = _("The VIES check cannot be in the future.")
        elif not r.vat_number:
            problems["vat_checked_on"] = _("A VIES check needs the VAT number it checked.")
    if r.signatory_basis and (r.signatory_basis == "poa" or r.signatory_basis not in BASES):
        why = signatory_problem(
            "", r.signatory_name, r.signatory_basis, r.signatory_poa_number, r.signatory_poa_date
        )
        if why:
            problems["signatory_basis"] = why
    return problems


def regime_preview(
    supplier: Supplier, client_country: str, vat_number: str, tax_id: str, override: str
) -> str:
    """What VAT a client's supplies get and why, in words, for the profile page: what an order
    of it records (tax.supply_treatment with the supplier as services.sales.order_tax builds it,
    its VAT registrations included, and the tax id counting as the VAT number when it is one)."""
    chosen = supply_treatment(supplier, Buyer(client_country, vat_number, tax_id, override))
    name = _(REGIME_NAMES[chosen.regime.value])
    if chosen.country:  # a registration abroad: that country's rate of the product
        name = _("Domestic: the product's rate in {country}").format(country=chosen.country)
    text = _("{regime} — {reason}.").format(regime=name, reason=chosen.reason)
    if not supplier.country.strip():
        hint = _("{preview} Set the company's country (File > Settings…) to see the VAT regime.")
        text = hint.format(preview=text)
    return text
