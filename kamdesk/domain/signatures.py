"""Who signs a document and on what authority, by the supplier country's practice.

- A contract names who signs for each party and on what authority: «от имени которого
  действует Генеральный директор Иванов И. И. на основании Устава» / «… на основании
  доверенности № 7 от 01.02.2026» (the position as typed, in the nominative); in English
  "represented by …, acting under the Articles of Association".
- A Russian supplier's request for payment (счёт на оплату) is signed by «Руководитель» and
  «Главный бухгалтер», or by a person under power of attorney, cited with its number and date.
  Never the KAM. Elsewhere one person signs: the company's signatory, its director, else the
  KAM.

Pure functions; the services pass the company profile and the client's signatory fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kamdesk.domain.company import CompanyProfile
from kamdesk.domain.documents import Signatory
from kamdesk.domain.requisites import authority_text, signatory_problem


@dataclass(frozen=True)
class Authority:
    """Who signs for a party: name, position and the basis ("charter", "poa" or "")."""

    name: str
    position: str = ""
    basis: str = ""
    poa_number: str = ""
    poa_date: date | None = None


def _complete(a: Authority) -> bool:
    return a.basis == "charter" or (
        a.basis == "poa" and bool(a.poa_number.strip()) and a.poa_date is not None
    )


def basis_text(a: Authority, language: str) -> str:
    """ "на основании Устава" / "acting under power of attorney No. 7 of 01.02.2026"; ""
    when the basis is unknown or incomplete (domain.requisites words it)."""
    if not _complete(a):
        return ""
    return authority_text(a.basis, a.poa_number, a.poa_date, language)


def poa_text(a: Authority, language: str) -> str:
    """The line under a signature given by power of attorney ("" otherwise)."""
    if a.basis != "poa" or not _complete(a):
        return ""
    text = authority_text(a.basis, a.poa_number, a.poa_date, language)
    return text.replace("на основании ", "по ").replace("acting under ", "under ")


def authority_problem(country: str, a: Authority | None) -> str | None:
    """What a contract misses about who signs for a party of `country` (a Russian party is
    named with its authority: domain.requisites.signatory_problem), or None."""
    if a is None:
        return signatory_problem(country, "", "", "", None)
    return signatory_problem(country, a.name, a.basis, a.poa_number, a.poa_date)


def company_authority(company: CompanyProfile) -> Authority | None:
    """Who signs for our company: the signatory set in the profile, else the director on the
    basis of the charter (a director signs so unless told otherwise); None when neither."""
    if company.signatory_name.strip():
        return Authority(
            company.signatory_name.strip(),
            company.signatory_position.strip(),
            company.signatory_basis,
            company.signatory_poa_number,
            company.signatory_poa_date,
        )
    if company.director_name.strip():
        return Authority(
            company.director_name.strip(), company.director_position.strip(), "charter"
        )
    return None


_HEAD = {"ru": "Руководитель", "en": "Director", "hu": "Vezető", "it": "Direttore", "az": "Rəhbər"}
_ACCOUNTANT = {
    "ru": "Главный бухгалтер",
    "en": "Chief accountant",
    "hu": "Főkönyvelő",
    "it": "Capo contabile",
    "az": "Baş mühasib",
}


def invoice_signatories(
    company: CompanyProfile, language: str, fallback: Signatory | None
) -> tuple[Signatory, ...]:
    """The signatures under a request for payment. A Russian supplier: «Руководитель» (the
    director, or the signatory by power of attorney cited with its number and date) and
    «Главный бухгалтер» (the chief accountant, else the same person): the company's signatory
    (or director) whose basis is complete, never the KAM (an empty line when nobody is: the
    package names the missing person before printing). Elsewhere the company's signatory or
    director, else `fallback` (the KAM)."""
    lang = language if language in _HEAD else "en"
    signer = company_authority(company)
    if company.country.upper() != "RU":
        if signer is None:
            return (fallback,) if fallback is not None else ()
        return (Signatory(signer.name, signer.position, basis=poa_text(signer, lang)),)
    if signer is not None and _complete(signer):
        head = Signatory(
            signer.name, signer.position, basis=poa_text(signer, lang), role=_HEAD[lang]
        )
    else:  # never the KAM: the contract names who is missing before printing
        head = Signatory("", role=_HEAD[lang])
    if company.accountant_name.strip():
        accountant = Signatory(
            company.accountant_name.strip(), company.accountant_position, role=_ACCOUNTANT[lang]
        )
    else:
        accountant = Signatory(head.name, head.title, basis=head.basis, role=_ACCOUNTANT[lang])
    return (head, accountant)


def person(a: Authority | None, language: str) -> str:
    """ "Генеральный директор Иванов И. И." / "Ivan Ivanov, General Director" ("" for nobody)."""
    if a is None or not a.name.strip():
        return ""
    if language == "ru":
        return " ".join(p for p in (a.position.strip(), a.name.strip()) if p)
    return ", ".join(p for p in (a.name.strip(), a.position.strip()) if p)


def represented(a: Authority | None, language: str) -> str:
    """Who signs and on what authority, as a contract's preamble names them: «Генеральный
    директор Иванов И. И. на основании Устава» / "Ivan Ivanov, General Director, acting under
    the Articles of Association" (without the authority when none is recorded)."""
    who, basis = person(a, language), basis_text(a, language) if a else ""
    if not who or not basis:
        return who
    return f"{who} {basis}" if language == "ru" else f"{who}, {basis}"
