"""VAT by where the client is: the regime of a supply, a line's rate and the document's note.

One function decides, as `pricing` decides a line's price, and says why (issue 13). Goods only
for now; services use the reverse charge where the client is an EU business elsewhere.

- A client in the supplier's country pays the product's rate (domestic).
- A business in another EU country with a valid VAT number: an exempt intra-Community supply
  (Directive 2006/112/EC art. 138); the document cites the exemption and both VAT numbers.
- A client in another EU country without a valid VAT number pays the supplier's domestic rate.
- A client outside the EU (for an EU supplier), or outside Russia and the EAEU (for a Russian
  supplier): an export, 0 % with the export note. A Russian supplier's sale to an EAEU member is
  0 % too, under the EAEU treaty.
- A regime set by hand on the client (an exempt supply, say) wins over what its country says.
- A supplier not registered for VAT never charges VAT, whatever is set on the client.
- Where the company holds a VAT registration in the client's country, a client there without a
  valid VAT number (or one set to domestic by hand) pays that country's rates; goods to a
  business in another EU country with a valid VAT number stay an exempt intra-Community supply
  even there.

kamdesk prints a request for payment (pro forma); the fiscal invoice is accounting's. The notes
here are what that request states, in the document's language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from kamdesk.messages import N_, _

EU = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FR",
        "GR",
        "HR",
        "HU",
        "IE",
        "IT",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SE",
        "SI",
        "SK",
    ]
)
EAEU = frozenset({"RU", "BY", "KZ", "KG", "AM"})
ZERO = Decimal(0)


class Regime(StrEnum):
    DOMESTIC = "domestic"  # the product's rate
    INTRA_EU = "intra_eu"  # exempt intra-Community supply of goods
    EXPORT = "export"  # 0 %, export
    EAEU = "eaeu"  # 0 %, a Russian supplier's sale into the EAEU
    EXEMPT = "exempt"  # no VAT: an exempt supply, or a supplier not registered for VAT
    REVERSE_CHARGE = "reverse_charge"  # services to an EU business elsewhere


@dataclass(frozen=True)
class Treatment:
    """A supply's VAT: its regime, why, and the note a document states (may be empty)."""

    regime: Regime
    reason: str
    # the country whose rates a domestic supply charges ("" = the supplier's own)
    country: str = ""

    def rate(self, product_rate: Decimal) -> Decimal:
        """The rate a line is charged: the product's when domestic, else 0."""
        return product_rate if self.regime is Regime.DOMESTIC else ZERO


def treatment(
    supplier_country: str,
    client_country: str,
    *,
    client_vat_valid: bool,
    services: bool = False,
    override: Regime | None = None,
    supplier_registered: bool = True,
) -> Treatment:
    """The VAT treatment of a supply from `supplier_country` to a client in `client_country`.

    `client_vat_valid`: the client has a VAT number whose format and check digits pass (kept,
    with the date of the last VIES check the user entered, on the client).
    """
    supplier, client = supplier_country.upper(), (client_country or supplier_country).upper()
    if not supplier_registered:  # whatever is set on the client
        return Treatment(Regime.EXEMPT, _("the supplier is not registered for VAT"))
    if override is not None:
        return Treatment(override, _("set on the client"))
    if client == supplier:
        return Treatment(
            Regime.DOMESTIC, _("a client in {country}: the product's rate").format(country=supplier)
        )
    if supplier in EU and client in EU:
        if not client_vat_valid:
            return Treatment(
                Regime.DOMESTIC,
                _("no valid VAT number in {client}: {supplier}'s rate applies").format(
                    client=client, supplier=supplier
                ),
            )
        if services:
            return Treatment(
                Regime.REVERSE_CHARGE,
                _("services to a business in {client}").format(client=client),
            )
        return Treatment(
            Regime.INTRA_EU,
            _("goods to a business in {client} with a valid VAT number").format(client=client),
        )
    if supplier == "RU" and client in EAEU:
        return Treatment(
            Regime.EAEU, _("a sale from Russia into the EAEU ({client})").format(client=client)
        )
    return Treatment(
        Regime.EXPORT,
        _("an export from {supplier} to {client}").format(supplier=supplier, client=client),
    )


# What a request for payment states, per regime and language; {supplier} cites national law
_NOTES: dict[tuple[Regime, str], str] = {
    (Regime.INTRA_EU, "en"): (
        "Exempt intra-Community supply of goods (Article 138 of Directive 2006/112/EC{law})."
    ),
    (Regime.INTRA_EU, "ru"): (
        "Освобождённая от НДС поставка товаров внутри ЕС (ст. 138 Директивы 2006/112/ЕС{law})."
    ),
    (Regime.REVERSE_CHARGE, "en"): "Reverse charge (Article 196 of Directive 2006/112/EC).",
    (Regime.REVERSE_CHARGE, "ru"): "Обратное начисление НДС (ст. 196 Директивы 2006/112/ЕС).",
    (Regime.EXPORT, "en"): "VAT 0 %: export of goods{law}.",
    (Regime.EXPORT, "ru"): "НДС 0 %: экспорт товаров{law}.",
    (Regime.EAEU, "en"): "VAT 0 %: export to an EAEU member state (Treaty on the EAEU, annex 18).",
    (Regime.EAEU, "ru"): "НДС 0 %: экспорт в государство — член ЕАЭС (Договор о ЕАЭС, прил. 18).",
    (Regime.EXEMPT, "en"): "Without VAT.",
    (Regime.EXEMPT, "ru"): "Без НДС.",
    (Regime.INTRA_EU, "hu"): (
        "Adómentes Közösségen belüli termékértékesítés (a 2006/112/EK irányelv 138. cikke{law})."
    ),
    (Regime.REVERSE_CHARGE, "hu"): "Fordított adózás (a 2006/112/EK irányelv 196. cikke).",
    (Regime.EXPORT, "hu"): "Áfa 0 %: adómentes termékexport{law}.",
    (
        Regime.EAEU,
        "hu",
    ): "Áfa 0 %: export az EAGU egyik tagállamába (EAGU-szerződés, 18. melléklet).",
    (Regime.EXEMPT, "hu"): "Áfa nélkül.",
    (Regime.INTRA_EU, "it"): (
        "Cessione intracomunitaria non imponibile (art. 138 della direttiva 2006/112/CE{law})."
    ),
    (Regime.REVERSE_CHARGE, "it"): (
        "Inversione contabile (reverse charge, art. 196 della direttiva 2006/112/CE)."
    ),
    (Regime.EXPORT, "it"): "IVA 0 %: esportazione non imponibile{law}.",
    (
        Regime.EAEU,
        "it",
    ): "IVA 0 %: esportazione verso uno Stato membro dell'UEEA (Trattato UEEA, all. 18).",
    (Regime.EXEMPT, "it"): "Senza IVA.",
    (Regime.INTRA_EU, "az"): (
        "ƏDV-dən azad Aİ daxilində mal tədarükü (2006/112/EC Direktivinin 138-ci maddəsi{law})."
    ),
    (Regime.REVERSE_CHARGE, "az"): "Əks vergitutma (2006/112/EC Direktivinin 196-cı maddəsi).",
    (Regime.EXPORT, "az"): "ƏDV 0 %: malların ixracı{law}.",
    (
        Regime.EAEU,
        "az",
    ): "ƏDV 0 %: AAİ üzvü olan dövlətə ixrac (AAİ haqqında Müqavilə, 18 saylı əlavə).",
    (Regime.EXEMPT, "az"): "ƏDV-siz.",
}
# the national provision a supplier's country cites beside the directive
_LAW: dict[tuple[Regime, str], str] = {
    (Regime.INTRA_EU, "HU"): "; Áfa tv. 89. §",
    (Regime.INTRA_EU, "IT"): "; art. 41 DL 331/1993",
    (Regime.EXPORT, "HU"): " (Áfa tv. 98. §)",
    (Regime.EXPORT, "IT"): " (art. 8 DPR 633/1972)",
    (Regime.EXPORT, "RU"): " (пп. 1 п. 1 ст. 164 НК РФ)",
}


def note(regime: Regime, supplier_country: str, language: str) -> str:
    """The sentence a document states for `regime` ("" for a domestic supply)."""
    if regime is Regime.DOMESTIC:
        return ""
    text = _NOTES.get((regime, language)) or _NOTES[(regime, "en")]
    return text.format(law=_LAW.get((regime, supplier_country.upper()), ""))


def eu_vat_number_valid(country: str, number: str) -> bool:
    """Whether `number` is a well-formed EU VAT number of `country` (format and check digits,
    offline; whether it is registered is VIES's to say, and the user notes when it did).

    The country prefix may be given or not ("IT00743110157" or "00743110157"); Greece is "EL".
    """
    import re

    from stdnum.eu import vat as eu_vat

    prefix = "EL" if country.upper() == "GR" else country.upper()
    compact = re.sub(r"[\s.\-/]", "", number).upper()
    if prefix not in EU | {"EL"} or not compact:
        return False
    if not compact[:2].isalpha():
        compact = prefix + compact
    return compact[:2] == prefix and bool(eu_vat.is_valid(compact))


# --- one decision per line: the parties, the product, the rate and why -----------------------

# marked here, translated with _() where said
REGIME_LABELS: dict[Regime, str] = {
    Regime.DOMESTIC: N_("domestic supply"),
    Regime.INTRA_EU: N_("intra-Community supply"),
    Regime.EXPORT: N_("export"),
    Regime.EAEU: N_("export to the EAEU"),
    Regime.EXEMPT: N_("without VAT"),
    Regime.REVERSE_CHARGE: N_("reverse charge"),
}


class NoTaxRate(ValueError):
    """The product has no VAT rate for the country whose rates the supply charges."""


@dataclass(frozen=True)
class Supplier:
    """The company: its country, whether it is a VAT payer, and the other countries where it
    holds a VAT registration (VatRegistration rows)."""

    country: str
    vat_registered: bool = True
    registrations: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Buyer:
    """The client: its country, VAT number (or a tax id that is one), and the regime set on it
    by hand ("" = derived from the country and the number)."""

    country: str
    vat_number: str = ""
    tax_id: str = ""
    regime: str = ""

    @property
    def vat_valid(self) -> bool:
        """A VAT number whose format and check digits pass (the tax id counts when no VAT
        number is given and it is one)."""
        if not self.country:
            return False
        if self.vat_number.strip():
            return eu_vat_number_valid(self.country, self.vat_number)
        return bool(self.tax_id.strip()) and eu_vat_number_valid(self.country, self.tax_id)

    @property
    def override(self) -> Regime | None:
        value = self.regime.strip()
        return Regime(value) if value in {r.value for r in Regime} else None


@dataclass(frozen=True)
class ProductVat:
    """A product's home rate (Product.vat_rate) and its rates per country (ProductTaxRate)."""

    name: str
    home_rate: Decimal
    rates: tuple[tuple[str, Decimal], ...] = field(default=())

    @classmethod
    def of(
        cls,
        name: str,
        home_rate: Decimal,
        rates: Mapping[str, Decimal] | Iterable[tuple[str, Decimal]] = (),
    ) -> ProductVat:
        pairs = rates.items() if isinstance(rates, Mapping) else rates
        return cls(name, home_rate, tuple(sorted((c.upper(), r) for c, r in pairs)))

    def rate_in(self, country: str) -> Decimal | None:
        return next((r for c, r in self.rates if c == country.upper()), None)


@dataclass(frozen=True)
class VatDecision:
    """A line's VAT: the supply's regime, the rate charged and why."""

    regime: Regime
    rate: Decimal
    reason: str
    country: str = ""  # whose rate a domestic supply charged ("" = the supplier's)


def supply_treatment(supplier: Supplier, buyer: Buyer, *, services: bool = False) -> Treatment:
    """The regime of a supply from `supplier` to `buyer`, and why (the order's regime).

    Beyond `treatment`: a supplier not registered for VAT charges none, whatever is set on the
    client; otherwise a regime set on the client wins. A client in a country where the company
    holds another VAT registration pays that country's rates, unless it is a business in another
    EU country with a valid VAT number: goods to it stay an exempt intra-Community supply (the
    lead's ruling, issue 13). A company whose country is not set charges the product's rate."""
    home = supplier.country.strip().upper()
    there = (buyer.country.strip() or home).upper()
    if not supplier.vat_registered:
        return Treatment(Regime.EXEMPT, _("the supplier is not registered for VAT"))
    override = buyer.override
    if override is not None:
        label = _(REGIME_LABELS[override])
        country = there if override is Regime.DOMESTIC and there in supplier.registrations else ""
        return Treatment(override, _("set on the client: {regime}").format(regime=label), country)
    if not home:
        return Treatment(
            Regime.DOMESTIC, _("the company's country is not set: the product's rate applies")
        )
    eu_business = home in EU and there in EU and buyer.vat_valid
    if there != home and there in supplier.registrations and not eu_business:
        return Treatment(
            Regime.DOMESTIC,
            _(
                "a client in {country}, where the company is registered for VAT: {country}'s rates"
            ).format(country=there),
            there,
        )
    return treatment(
        home,
        there,
        client_vat_valid=buyer.vat_valid,
        services=services,
        supplier_registered=supplier.vat_registered,
    )


def line_vat(supply: Treatment, product: ProductVat) -> VatDecision:
    """The rate of one product under the supply's treatment. NoTaxRate when the supply charges
    a country's rates and the product has none there."""
    if supply.regime is not Regime.DOMESTIC:
        return VatDecision(supply.regime, ZERO, supply.reason)
    if not supply.country:
        return VatDecision(supply.regime, product.home_rate, supply.reason)
    rate = product.rate_in(supply.country)
    if rate is None:
        raise NoTaxRate(
            _(
                "{product} has no VAT rate for {country}: enter its rate there in the product "
                "(the company is registered for VAT in {country})."
            ).format(product=product.name, country=supply.country)
        )
    return VatDecision(supply.regime, rate, supply.reason, supply.country)


def resolve_vat(supplier: Supplier, buyer: Buyer, product: ProductVat) -> VatDecision:
    """The VAT of a line of `product` sold by `supplier` to `buyer`: its regime, rate and why
    (as pricing.resolve_price decides its price). NoTaxRate refuses the line."""
    return line_vat(supply_treatment(supplier, buyer), product)


def describe_supply(supply: Treatment, rates: Iterable[Decimal] = ()) -> str:
    """One line for the order: 'VAT: intra-Community supply (0 %) - goods to a business in IT
    with a valid VAT number'. `rates` are the lines' rates, shown for a domestic supply."""
    label = _(REGIME_LABELS[supply.regime])
    if supply.regime is Regime.DOMESTIC:
        found = sorted(set(rates))
        shown = ", ".join(f"{format(r.normalize(), 'f')} %" for r in found)
        rate_text = f" ({shown})" if shown else ""
    else:
        rate_text = " (0 %)"
    return _("VAT: {regime}{rates} - {reason}").format(
        regime=label, rates=rate_text, reason=supply.reason
    )
