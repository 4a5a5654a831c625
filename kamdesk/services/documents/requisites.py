"""Every requisite a party block prints, as (label, value) lines: the one place documents take
them from. Labels follow the number's country, not the document's language: a Hungarian tax
number is never «ИНН», an IBAN never «Р/с»."""

from __future__ import annotations

from typing import Any

# (country, field) -> (English label, Russian label); "*" is any other country
_LABELS: dict[tuple[str, str], tuple[str, str]] = {
    ("RU", "tax_id"): ("INN", "ИНН"),
    ("RU", "kpp"): ("KPP", "КПП"),
    ("RU", "registration_no"): ("OGRN", "ОГРН"),
    ("RU", "bank_account"): ("Settlement account", "Р/с"),
    ("RU", "corr_account"): ("Corr. account", "К/с"),
    ("RU", "bank_code"): ("BIK", "БИК"),
    ("HU", "tax_id"): ("Adószám", "Adószám"),
    ("HU", "registration_no"): ("Cg.", "Cg."),
    ("IT", "tax_id"): ("Partita IVA", "Partita IVA"),
    ("IT", "fiscal_code"): ("Codice fiscale", "Codice fiscale"),
    ("IT", "registration_no"): ("REA", "REA"),
    ("IT", "sdi_code"): ("SDI code", "Код SDI"),
    ("IT", "pec"): ("PEC", "PEC"),
    ("AZ", "tax_id"): ("VÖEN", "VÖEN"),
    ("*", "tax_id"): ("Tax number", "Налоговый номер"),
    ("*", "registration_no"): ("Reg. No.", "Рег. №"),
    ("*", "fiscal_code"): ("Fiscal code", "Фискальный код"),
    ("*", "vat_number"): ("EU VAT No.", "VAT No. (ЕС)"),
    ("*", "bank_name"): ("Bank", "Банк"),
    ("*", "bank_account"): ("Account", "Счёт"),
    ("*", "iban"): ("IBAN", "IBAN"),
    ("*", "bank_code"): ("SWIFT/BIC", "SWIFT/BIC"),
}
_FIELDS = (
    "tax_id",
    "kpp",
    "vat_number",
    "registration_no",
    "fiscal_code",
    "sdi_code",
    "pec",
    "bank_name",
    "bank_account",
    "corr_account",
    "bank_code",
)


def _label(country: str, field: str, value: str, language: str) -> str:
    index = 1 if language == "ru" else 0
    if field == "bank_account" and value.replace(" ", "")[:2].isalpha():
        field = "iban"  # an IBAN is an IBAN in every country
    compact = value.replace(" ", "")
    if field == "bank_code" and not compact.isdigit() and len(compact) in (8, 11):
        return _LABELS[("*", "bank_code")][index]
    pair = _LABELS.get((country, field)) or _LABELS.get(("*", field))
    return pair[index] if pair else field


def requisite_lines(party: Any, language: str) -> tuple[tuple[str, str], ...]:
    """A party's requisites (the company profile or a client) as (label, value) lines."""
    country = (getattr(party, "country", "") or "").upper()
    lines: list[tuple[str, str]] = []
    for field in _FIELDS:
        value = str(getattr(party, field, "") or "").strip()
        if value:
            lines.append((_label(country, field, value, language), value))
    return tuple(lines)
