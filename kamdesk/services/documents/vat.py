"""What a document says about VAT and money: the order's regime (kamdesk.domain.tax), how the
totals state VAT («Без НДС», «НДС 0 %» or the amount), the notes under the totals (the
regime's legal note, both VAT numbers of an intra-Community supply, the VAT in HUF of a
Hungarian supplier's foreign-currency document, the clause on paying in roubles at the rate of
the payment day) and who issues the fiscal invoice."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain import formatting, tax
from kamdesk.domain.company import CompanyProfile
from kamdesk.domain.fx import MissingRate
from kamdesk.errors import UserError
from kamdesk.messages import _
from kamdesk.models import Client, OrderLine, SalesOrder
from kamdesk.services.prices.rates import rate_book
from kamdesk.services.queries import live
from kamdesk.services.sales.order_tax import supply_for

# who issues the fiscal invoice, where the supplier's country expects a document to say so
_FISCAL: dict[tuple[str, str], str] = {
    ("HU", "en"): "This is a request for payment (pro forma invoice), not a tax invoice: the "
    "invoice is issued by our accounting through NAV Online Számla.",
    ("HU", "ru"): "Настоящий счёт на оплату не является счётом-фактурой: налоговый счёт "
    "выставляет наша бухгалтерия через систему NAV Online Számla.",
    ("IT", "en"): "This is a request for payment (pro forma), not an invoice: the electronic "
    "invoice is issued by our accounting through SdI.",
    ("IT", "ru"): "Настоящий счёт на оплату не является фактурой: электронную фактуру выставляет "
    "наша бухгалтерия через систему SdI.",
    ("AZ", "en"): "This is a request for payment (pro forma), not a tax invoice: the e-qaimə "
    "is issued by our accounting.",
    ("AZ", "ru"): "Настоящий счёт на оплату не является налоговым документом: электронную "
    "налоговую счёт-фактуру (e-qaimə) выставляет наша бухгалтерия.",
    ("RU", "en"): "The VAT invoice (schet-faktura / UPD) is issued by our accounting on shipment.",
    ("RU", "ru"): "Счёт-фактура (УПД) выставляется бухгалтерией при отгрузке.",
    ("HU", "hu"): "Ez a dokumentum díjbekérő, nem számla: a számlát könyvelésünk állítja ki a NAV "
    "Online Számla rendszerén keresztül.",
    ("HU", "it"): "Il presente documento è una richiesta di pagamento (pro forma), non una "
    "fattura: la fattura è emessa dalla nostra amministrazione tramite NAV Online Számla.",
    ("HU", "az"): "Bu sənəd ödəniş tələbidir (proforma), hesab-faktura deyil: hesab-faktura "
    "mühasibatlığımız tərəfindən NAV Online Számla sistemi vasitəsilə təqdim edilir.",
    ("IT", "hu"): "Ez a dokumentum díjbekérő, nem számla: az elektronikus számlát könyvelésünk "
    "állítja ki az SdI rendszeren keresztül.",
    ("IT", "it"): "Documento privo di valenza fiscale (art. 21 DPR 633/1972): la fattura "
    "elettronica sarà emessa dalla nostra amministrazione tramite SdI.",
    ("IT", "az"): "Bu sənəd ödəniş tələbidir (proforma), faktura deyil: elektron faktura "
    "mühasibatlığımız tərəfindən SdI sistemi vasitəsilə təqdim edilir.",
    ("AZ", "hu"): "Ez a dokumentum díjbekérő, nem adóügyi bizonylat: az elektronikus adószámlát "
    "(e-qaimə) könyvelésünk állítja ki.",
    ("AZ", "it"): "Il presente documento è una richiesta di pagamento (pro forma), non un "
    "documento fiscale: la fattura elettronica (e-qaimə) è emessa dalla nostra amministrazione.",
    ("AZ", "az"): "Bu hesab vergi sənədi deyil: elektron vergi hesab-fakturası (e-qaimə) "
    "mühasibatlığımız tərəfindən təqdim edilir.",
    ("RU", "hu"): "Az áfás számlát (scsot-faktura / UPD) könyvelésünk a szállításkor állítja ki.",
    ("RU", "it"): "La fattura fiscale (schet-faktura / UPD) è emessa dalla nostra amministrazione "
    "alla spedizione.",
    ("RU", "az"): "Vergi hesab-fakturası (sçyot-faktura / UPD) mal göndərilərkən "
    "mühasibatlığımız tərəfindən təqdim edilir.",
}
_VAT_NUMBERS = {
    "en": "VAT numbers: seller {seller}, buyer {buyer}.",
    "ru": "Номера плательщиков НДС: поставщика {seller}, покупателя {buyer}.",
    "hu": "Közösségi adószámok: eladó {seller}, vevő {buyer}.",
    "it": "Numeri di partita IVA: fornitore {seller}, cliente {buyer}.",
    "az": "ƏDV nömrələri: təchizatçı {seller}, alıcı {buyer}.",
}
_HUF_VAT = {
    "en": "VAT in HUF: {amount} (1 {currency} = {rate} HUF, rate of {day}{source}).",
    "ru": "Сумма НДС в форинтах: {amount} (1 {currency} = {rate} HUF, курс на {day}{source}).",
    "hu": "Az áfa összege forintban: {amount} (1 {currency} = {rate} HUF, árfolyam napja: "
    "{day}{source}).",
    "it": "IVA in fiorini: {amount} (1 {currency} = {rate} HUF, cambio del {day}{source}).",
    "az": "ƏDV forintlə: {amount} (1 {currency} = {rate} HUF, {day} tarixinə məzənnə{source}).",
}
_RUB_CLAUSE = {
    "en": "Prices are pegged to {currency}: payment is made in roubles at the exchange rate of "
    "the Bank of Russia on the day of payment.",
    "ru": "Цены установлены в валюте {currency}: оплата производится в рублях по курсу Банка "
    "России на день оплаты.",
    "hu": "Az árak {currency} pénznemben vannak megállapítva: a fizetés rubelben történik, az "
    "Oroszországi Bank fizetés napján érvényes árfolyamán.",
    "it": "I prezzi sono espressi in {currency}: il pagamento avviene in rubli al cambio della "
    "Banca di Russia del giorno del pagamento.",
    "az": "Qiymətlər {currency} valyutasında müəyyən edilir: ödəniş ödəniş günü Rusiya "
    "Bankının məzənnəsi ilə rublla aparılır.",
}


def order_regime(session: Session, order_id: str, client: Client) -> tax.Regime:
    """The order's VAT regime as saved with it, else what a supply to the client is now
    (services.sales.order_tax: the one place that decides it)."""
    row = session.get(SalesOrder, order_id)
    saved = row.tax_regime if row is not None else ""
    if saved in {r.value for r in tax.Regime}:
        return tax.Regime(saved)
    return supply_for(session, client.id).regime


def as_held(regime: tax.Regime, charges_vat: bool) -> tax.Regime:
    """The regime a document states: the order's, unless its lines charge VAT all the same
    (an order saved before regimes, not saved since): then it is printed as it holds, with
    its rates and no note that would contradict them; saving the order applies the regime."""
    return tax.Regime.DOMESTIC if charges_vat and regime is not tax.Regime.DOMESTIC else regime


def vat_mode(regime: tax.Regime, company: CompanyProfile, charges_vat: bool = False) -> str:
    """How the totals state VAT (domain.documents.VAT_MODES)."""
    if charges_vat:
        return "rate"
    if regime is tax.Regime.EXEMPT or not company.vat_registered:
        return "none"
    if regime is tax.Regime.DOMESTIC:
        return "rate"
    return "zero"


def vat_notes(
    regime: tax.Regime, company: CompanyProfile, client: Client, language: str, mode: str
) -> list[str]:
    """The regime's legal note («Без НДС» for a document without VAT), and both VAT numbers
    for an intra-Community supply."""
    notes: list[str] = []
    if mode == "none":
        notes.append(tax.note(tax.Regime.EXEMPT, company.country, language))
    elif regime is not tax.Regime.DOMESTIC:
        notes.append(tax.note(regime, company.country, language))
    if regime in (tax.Regime.INTRA_EU, tax.Regime.REVERSE_CHARGE):
        notes.append(
            _VAT_NUMBERS[language].format(
                seller=company.vat_number or company.tax_id,
                buyer=buyer_vat_number(client.country, client.vat_number, client.tax_id) or "—",
            )
        )
    return [n for n in notes if n]


def buyer_vat_number(country: str, vat_number: str, tax_id: str) -> str:
    """The buyer's VAT number that made the supply exempt: the VAT number, else the tax id when
    it is a valid EU VAT number (as tax.Buyer.vat_valid counts it), with the country's prefix
    when it lacks one (Greece: EL); "" when there is none."""
    number = vat_number.strip()
    if not number and tax.eu_vat_number_valid(country, tax_id):
        number = tax_id.strip()
    if not number or number[:2].isalpha() or not country.strip():
        return number
    prefix = "EL" if country.strip().upper() == "GR" else country.strip().upper()
    return prefix + number


def huf_vat_note(
    session: Session, company: CompanyProfile, currency: str, vat: Decimal, day: date, language: str
) -> str:
    """A Hungarian supplier's document in a foreign currency states its VAT in HUF too, at the
    rate of the document's date; refused with the reason when there is no rate for that day."""
    if company.country.upper() != "HU" or currency.upper() == "HUF" or vat == 0:
        return ""
    book = rate_book(session)
    if book.reporting != "HUF":
        return ""
    try:
        conversion = book.convert(vat, currency, "HUF", day)
    except MissingRate as exc:
        raise UserError(_("The VAT in HUF cannot be stated: {reason}").format(reason=exc)) from None

    quote = conversion.quotes[0] if conversion.quotes else None
    return _HUF_VAT[language].format(
        amount=formatting.money(conversion.amount, language, "HUF"),
        currency=currency.upper(),
        rate=formatting.number(conversion.factor, language, "#,##0.00####"),
        day=formatting.long_date(quote.day if quote else day, language),
        source=f", {quote.source}" if quote and quote.source else "",
    )


def rouble_clause(
    session: Session,
    order_id: str,
    company: CompanyProfile,
    client: Client,
    currency: str,
    language: str,
) -> str:
    """A Russian supplier's price pegged to a foreign currency is paid in roubles at the rate
    of the payment day, for a client that settles in roubles (a Russian client): an order in
    another currency, or a line converted from another currency. A foreign client pays in the
    order's currency: no clause."""
    if company.country.upper() != "RU" or client.country.upper() != "RU":
        return ""
    pegged = {currency.upper()} - {"RUB"}
    pegged |= {
        c.upper()
        for c in session.execute(
            select(OrderLine.source_currency).where(
                OrderLine.order_id == order_id, live(OrderLine), OrderLine.source_currency != ""
            )
        ).scalars()
        if c.upper() != "RUB"
    }
    if not pegged:
        return ""
    return _RUB_CLAUSE[language].format(currency=", ".join(sorted(pegged)))


def fiscal_note(company: CompanyProfile, language: str) -> str:
    return _FISCAL.get((company.country.upper(), language), "")
