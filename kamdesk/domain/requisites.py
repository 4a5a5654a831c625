"""A party's requisites (the company's and a client's): what documents print, and their checks.

Labels follow the number's country, not the document's language (issue 13): a Russian ИНН is
«ИНН» in a Russian document and "INN" in an English one, a Hungarian adószám is never «ИНН», an
Italian Partita IVA keeps its name, an IBAN is never «Р/с». Numbers are checked with
python-stdnum where it knows the format; a Russian bank account's control key is checked against
the bank's БИК with the Bank of Russia's algorithm (weights 7, 1, 3).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from stdnum import bic as std_bic
from stdnum import iban as std_iban
from stdnum.eu import vat as std_eu_vat
from stdnum.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)
from stdnum.it import codicefiscale as std_codicefiscale
from stdnum.ru import ogrn as std_ogrn
from stdnum.util import get_cc_module

from kamdesk.domain.tax import EU, eu_vat_number_valid
from kamdesk.messages import N_, _

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
KPP = re.compile(r"\d{4}[0-9A-Z]{2}\d{3}")
SDI = re.compile(r"[0-9A-Z]{7}")
BIK = re.compile(r"\d{9}")
BASES = ("charter", "poa")

# Tax-number modules python-stdnum offers per country; the first is tried.
_TAX_MODULES: dict[str, tuple[str, ...]] = {
    "RU": ("inn",),
    "HU": ("anum",),
    "IT": ("iva",),
    "AZ": ("voen",),
    "DE": ("vat",),
    "PL": ("nip",),
    "CZ": ("dic",),
    "KZ": ("bin",),
    "BY": ("unp",),
    "UA": ("edrpou",),
}

Role = Literal["company", "client"]


@dataclass(frozen=True)
class PartyRequisites:
    """The numbers a document prints for a party (the company or a client)."""

    country: str = ""
    tax_id: str = ""
    vat_number: str = ""
    kpp: str = ""
    registration_no: str = ""
    bank_name: str = ""
    bank_account: str = ""
    bank_code: str = ""
    corr_account: str = ""
    fiscal_code: str = ""
    sdi_code: str = ""
    pec: str = ""


_FIELDS = tuple(PartyRequisites.__dataclass_fields__)


def party_requisites(party: Any) -> PartyRequisites:
    """The requisites of anything with the attributes (a Client row, a ClientProfile, ...);
    a missing attribute is empty."""
    values = {name: str(getattr(party, name, "") or "").strip() for name in _FIELDS}
    values["country"] = values["country"].upper()
    return PartyRequisites(**values)


def company_requisites(profile: Any) -> PartyRequisites:
    """The requisites of a CompanyProfile (or the Company row)."""
    return party_requisites(profile)


# --- labels -------------------------------------------------------------------------------


def _compact(value: str) -> str:
    return re.sub(r"[\s.\-/]", "", value).upper()


def _is_iban(account: str) -> bool:
    compact = _compact(account)
    return compact[:2].isalpha() and std_iban.is_valid(compact)


def _pick(language: str, en: str, ru: str, **others: str) -> str:
    """The word in the document's language: `ru`, one of `others` (hu, it, az), else `en`."""
    return ru if language == "ru" else others.get(language, en)


def tax_id_label(country: str, language: str) -> str:
    """The name of a tax number of `country`, as a document in `language` prints it."""
    country = country.upper()
    if country == "RU":
        return _pick(language, "INN", "ИНН")
    if country == "HU":
        return _pick(
            language, "Tax number (HU)", "Adószám", hu="Adószám", it="Adószám", az="Adószám"
        )
    if country == "IT":
        return "Partita IVA"
    if country == "AZ":
        return "VÖEN"
    if country == "KZ":  # the business identification number of a Kazakh company
        return _pick(language, "BIN", "БИН")
    if country == "BY":
        return _pick(language, "UNP", "УНП")
    if not country:
        return _pick(
            language,
            "Tax ID",
            "Налоговый номер",
            hu="Adóazonosító",
            it="Id. fiscale",
            az="Vergi nömrəsi",
        )
    return _pick(
        language,
        f"Tax ID ({country})",
        f"Налоговый номер ({country})",
        hu=f"Adóazonosító ({country})",
        it=f"Id. fiscale ({country})",
        az=f"Vergi nömrəsi ({country})",
    )


def registration_label(country: str, number: str, language: str) -> str:
    country = country.upper()
    if country == "RU":
        if len(_compact(number)) == 15:
            return _pick(language, "OGRNIP", "ОГРНИП")
        return _pick(language, "OGRN", "ОГРН")
    if country == "HU":
        return _pick(
            language,
            "Company reg. No. (HU)",
            "Cégjegyzékszám",
            hu="Cégjegyzékszám",
            it="Cégjegyzékszám",
            az="Cégjegyzékszám",
        )
    if country == "IT":
        return "Numero REA"
    return _pick(
        language,
        "Registration No.",
        "Рег. номер",
        hu="Nyilvántartási szám",
        it="N. registrazione",
        az="Qeydiyyat nömrəsi",
    )


def account_label(account: str, language: str) -> str:
    """'IBAN' for an IBAN (never «Р/с»); «Р/с» for a 20-digit Russian account."""
    compact = _compact(account)
    if _is_iban(account):
        return "IBAN"
    if re.fullmatch(r"\d{20}", compact):
        return _pick(
            language, "Settlement account", "Р/с", hu="Számlaszám", it="Conto corrente", az="H/h"
        )
    return _pick(language, "Account", "Счёт", hu="Számlaszám", it="Conto", az="Hesab")


def bank_code_label(code: str, language: str) -> str:
    if BIK.fullmatch(_compact(code)):
        return _pick(language, "BIK", "БИК")
    return "SWIFT"


def _vat_label(r: PartyRequisites, language: str) -> str:
    eu = r.vat_number[:2].upper() in EU | {"EL"} or r.country in EU
    if eu:
        return _pick(
            language,
            "VAT No.",
            "VAT No. (ЕС)",
            hu="Közösségi adószám",
            it="N. IVA UE",
            az="ƏDV № (AB)",
        )
    return _pick(language, "VAT No.", "VAT No.", hu="Áfaszám", it="N. IVA", az="ƏDV №")


def _vat_repeats_tax_id(r: PartyRequisites) -> bool:
    """An Italian VAT number is the Partita IVA with IT in front: printed once."""
    return r.country == "IT" and _compact(r.vat_number) in {
        _compact(r.tax_id),
        "IT" + _compact(r.tax_id),
    }


def requisite_lines(r: PartyRequisites, language: str) -> list[tuple[str, str]]:
    """(label, value) in print order; empty values are left out."""
    lines: list[tuple[str, str]] = []

    def add(label: str, value: str) -> None:
        if value.strip():
            lines.append((label, value.strip()))

    add(tax_id_label(r.country, language), r.tax_id)
    if r.country == "RU" or r.kpp:
        add(_pick(language, "KPP", "КПП"), r.kpp)
    if not _vat_repeats_tax_id(r):
        add(_vat_label(r, language), r.vat_number)
    add("Codice fiscale", r.fiscal_code)
    registration = registration_label(r.country, r.registration_no, language)
    # "REA MI-2087451" under "Numero REA" reads once: the value's own prefix goes
    prefix = registration.split()[-1] + " "
    number = r.registration_no.strip()
    add(registration, number[len(prefix) :] if number.startswith(prefix) else number)
    add(_pick(language, "Bank", "Банк", it="Banca"), r.bank_name)
    add(account_label(r.bank_account, language), r.bank_account)
    add(
        _pick(
            language,
            "Correspondent account",
            "К/с",
            hu="Levelező számla",
            it="Conto di corrispondenza",
            az="M/h",
        ),
        r.corr_account,
    )
    add(bank_code_label(r.bank_code, language), r.bank_code)
    add("Codice SDI", r.sdi_code)
    add("PEC", r.pec)
    return lines


# --- checks -------------------------------------------------------------------------------


# what a stdnum check is about, as _why names it (codes are the same in every language)
_WHAT = {
    "vat": N_("VAT number"),
    "bic": N_("SWIFT/BIC code"),
    "iban": "IBAN",
    "ogrn": "ОГРН",
    "ogrnip": "ОГРНИП",
    "codice": "Codice fiscale",
}


def _why(exc: ValidationError, what: str, value: str) -> str:
    """A stdnum failure in words a KAM understands; `what` is a key of _WHAT."""
    name = _(_WHAT[what])
    if isinstance(exc, InvalidChecksum):
        message = _(
            "{what} {value}: the check digit is wrong, it cannot be right "
            "(a digit mistyped or two swapped?)."
        )
    elif isinstance(exc, InvalidLength):
        message = _("{what} {value}: the number of characters is wrong.")
    elif isinstance(exc, InvalidFormat):
        message = _("{what} {value}: it has characters that do not belong in it.")
    elif isinstance(exc, InvalidComponent):
        message = _("{what} {value}: part of it is not valid (a country or region code?).")
    else:
        message = _("{what} {value} is not valid.")
    return message.format(what=name, value=value)


def _detail(exc: ValidationError) -> str:
    """What is wrong with a number, in our words (stdnum's own are English only)."""
    if isinstance(exc, InvalidChecksum):
        return _("the check digit is wrong (a digit mistyped or two swapped?)")
    if isinstance(exc, InvalidLength):
        return _("the number of digits is wrong")
    if isinstance(exc, InvalidFormat):
        return _("it has characters that do not belong in it")
    if isinstance(exc, InvalidComponent):
        return _("part of it is not valid")
    return _("it is not valid")


def tax_id_problem(country: str, tax_id: str) -> str | None:
    """Why a tax id is not valid for its country, or None if valid or not checkable."""
    hu_full = re.fullmatch(r"(\d{8})-?\d-?\d{2}", tax_id)
    if country.upper() == "HU" and hu_full:
        # the full Hungarian adószám: the 8-digit base carries the check digit
        tax_id = hu_full.group(1)
    for name in _TAX_MODULES.get(country.upper(), ()):
        try:
            module = get_cc_module(country.lower(), name)
        except ImportError:  # pragma: no cover - depends on the stdnum version
            continue
        if module is None:  # pragma: no cover
            continue
        try:
            module.validate(tax_id)
        except ValidationError as exc:
            return _("Not a valid {country} tax number: {detail}.").format(
                country=country.upper(), detail=_detail(exc)
            )
        return None
    if not re.fullmatch(r"[A-Za-z0-9 \-/.]{4,30}", tax_id):
        return _("A tax number has 4 to 30 letters and digits.")
    return None


def control_key_ok(bik: str, account: str, *, correspondent: bool) -> bool:
    """The Bank of Russia's control key of a 20-digit account against the bank's 9-digit БИК:
    "0" + BIK[4:6] before a к/с, BIK[-3:] before a р/с; weights 7, 1, 3; the sum ends in 0."""
    if not (BIK.fullmatch(bik) and re.fullmatch(r"\d{20}", account)):
        return False
    prefix = "0" + bik[4:6] if correspondent else bik[-3:]
    return _weighted(prefix + account) % 10 == 0


def _weighted(digits: str) -> int:
    weights = (7, 1, 3)
    return sum(int(d) * weights[i % 3] for i, d in enumerate(digits))


def control_key(bik: str, account: str, *, correspondent: bool) -> str:
    """The control digit (the account's 9th) that makes `account` check against `bik`."""
    prefix = "0" + bik[4:6] if correspondent else bik[-3:]
    zeroed = account[:8] + "0" + account[9:]
    return str((_weighted(prefix + zeroed) % 10) * 3 % 10)


def vat_number_problem(country: str, number: str) -> str | None:
    """Why an EU VAT number is not valid (format and check digits, offline), or None."""
    compact = _compact(number)
    prefix = "EL" if country.upper() == "GR" else country.upper()
    if prefix not in EU | {"EL"}:
        return _(
            "A VAT number here is an EU VAT number: this party is not in the EU "
            "(use the tax number field)."
        )
    if compact[:2].isalpha() and compact[:2] != prefix:
        return _(
            "This VAT number starts with {start}, but the country is {country}: "
            "an EU VAT number starts with its country's code ({prefix}…)."
        ).format(start=compact[:2], country=country.upper(), prefix=prefix)
    if eu_vat_number_valid(country, number):
        return None
    try:
        std_eu_vat.validate(compact if compact[:2].isalpha() else prefix + compact)
    except ValidationError as exc:
        return _why(exc, "vat", number.strip())
    return _("This is not a valid VAT number: {number}.").format(
        number=number.strip()
    )  # pragma: no cover


def _stdnum_problem(module: Any, value: str, what: str) -> str | None:
    try:
        module.validate(value)
    except ValidationError as exc:
        return _why(exc, what, value)
    return None


def _bank_problems(r: PartyRequisites) -> dict[str, str]:
    problems: dict[str, str] = {}
    code = _compact(r.bank_code)
    bik = code if BIK.fullmatch(code) else ""
    if code and not bik:
        why = _stdnum_problem(std_bic, code, "bic")
        if why:
            problems["bank_code"] = _(
                "{problem} A SWIFT code has 8 or 11 letters and digits, a БИК 9."
            ).format(problem=why)
    account = _compact(r.bank_account)
    if account:
        if account[:2].isalpha():
            why = _stdnum_problem(std_iban, account, "iban")
            if why:
                problems["bank_account"] = why
        elif not re.fullmatch(r"\d{8,34}", account):
            problems["bank_account"] = _("An account is an IBAN or 8 to 34 digits.")
        elif bik and len(account) == 20 and not control_key_ok(bik, account, correspondent=False):
            problems["bank_account"] = _(
                "The control key of this account does not match the БИК {bik}: "
                "check both (a digit mistyped?)."
            ).format(bik=bik)
    corr = _compact(r.corr_account)
    if corr:
        if not re.fullmatch(r"301\d{17}", corr):
            problems["corr_account"] = _("A correspondent account (к/с) is 20 digits starting 301.")
        elif bik and not control_key_ok(bik, corr, correspondent=True):
            problems["corr_account"] = _(
                "This correspondent account does not match the БИК {bik}: check both."
            ).format(bik=bik)
        elif not bik:
            problems["bank_code"] = _(
                "Enter the bank's 9-digit БИК: the к/с is checked against it."
            )
    return problems


def _russian_problems(r: PartyRequisites) -> dict[str, str]:
    problems: dict[str, str] = {}
    if r.kpp:
        if r.country != "RU":
            problems["kpp"] = _("A КПП exists only for a Russian company: clear it.")
        elif not KPP.fullmatch(r.kpp.upper()):
            problems["kpp"] = _(
                "A КПП has 9 characters: 4 digits, 2 digits or capital letters, 3 digits "
                "(e.g. 773601001)."
            )
    reg = _compact(r.registration_no)
    if r.country == "RU" and reg:
        if len(reg) not in (13, 15) or not reg.isdigit():
            problems["registration_no"] = _(
                "An ОГРН has 13 digits (an ОГРНИП of an entrepreneur 15)."
            )
        else:
            what = "ogrnip" if len(reg) == 15 else "ogrn"
            why = _stdnum_problem(std_ogrn, reg, what)
            if why:
                problems["registration_no"] = why
    return problems


def _italian_problems(r: PartyRequisites) -> dict[str, str]:
    problems: dict[str, str] = {}
    if r.fiscal_code:
        if r.country != "IT":
            problems["fiscal_code"] = _("A Codice fiscale is Italian: clear it for this country.")
        else:
            why = _stdnum_problem(std_codicefiscale, _compact(r.fiscal_code), "codice")
            if why:
                problems["fiscal_code"] = why
    if r.sdi_code and not SDI.fullmatch(r.sdi_code.strip().upper()):
        problems["sdi_code"] = _("A Codice SDI (codice destinatario) has 7 letters and digits.")
    if r.pec and not EMAIL.match(r.pec.strip()):
        problems["pec"] = _("A PEC is an e-mail address (…@pec.it).")
    return problems


def requisites_problems(r: PartyRequisites, *, role: Role) -> dict[str, str]:
    """Field name -> message for every requisite that cannot be right; empty when all pass.

    `role` only changes the wording ("your company" or "the client")."""
    problems: dict[str, str] = {}
    if r.tax_id and r.country:
        why = tax_id_problem(r.country, r.tax_id)
        if why:
            problems["tax_id"] = why
    if r.vat_number:
        if not r.country:
            problems["vat_number"] = (
                _("Choose your company's country first: VAT numbers are per country.")
                if role == "company"
                else _("Choose the client's country first: VAT numbers are per country.")
            )
        else:
            why = vat_number_problem(r.country, r.vat_number)
            if why:
                problems["vat_number"] = why
    problems.update(_russian_problems(r))
    problems.update(_bank_problems(r))
    problems.update(_italian_problems(r))
    return problems


# --- who signs ----------------------------------------------------------------------------

# Countries whose contract template states the signatory's authority
_AUTHORITY_NEEDED = frozenset({"RU"})


def signatory_problem(
    country: str, name: str, basis: str, poa_number: str, poa_date: date | None
) -> str | None:
    """What the contract template of `country` misses about who signs, or None.

    For a Russian party the signatory must be named with their authority: the charter (Устав)
    or a power of attorney (доверенность) with its number and date."""
    needs = country.upper() in _AUTHORITY_NEEDED
    if needs and not name.strip():
        return _("Who signs is not named: name the signatory and their authority.")
    if basis and basis not in BASES:
        return _("Unknown authority {basis!r}: the charter or a power of attorney.").format(
            basis=basis
        )
    if needs and not basis:
        return _(
            "{name} has no authority to sign: choose the charter (Устав) "
            "or a power of attorney (доверенность)."
        ).format(name=name.strip())
    if basis == "poa" and (not poa_number.strip() or not poa_date):
        if not poa_number.strip() and not poa_date:
            message = _("The power of attorney of {name} has no number and date.")
        elif not poa_date:
            message = _("The power of attorney of {name} has no date.")
        else:
            message = _("The power of attorney of {name} has no number.")
        return message.format(name=name.strip() or _("the signatory"))
    return None


def authority_text(basis: str, poa_number: str, poa_date: date | None, language: str) -> str:
    """ "на основании Устава" / "acting under power of attorney No. 12 of 01.02.2026"; "" if
    no authority is recorded."""
    if basis == "charter":
        return _pick(
            language,
            "acting under the Articles of Association",
            "на основании Устава",
            hu="a létesítő okirat alapján",
            it="in forza dello Statuto",
            az="Nizamnamə əsasında",
        )
    if basis == "poa":
        day = poa_date.strftime("%Y.%m.%d." if language == "hu" else "%d.%m.%Y") if poa_date else ""
        number = poa_number.strip()
        return _pick(
            language,
            f"acting under power of attorney No. {number} of {day}",
            f"на основании доверенности № {number} от {day}",
            hu=f"a(z) {number} számú, {day} kelt meghatalmazás alapján",
            it=f"in forza della procura n. {number} del {day}",
            az=f"{day} tarixli № {number} etibarnamə əsasında",
        ).strip()
    return ""
