"""Who signs a document and on what authority, by the supplier country's practice; and a
document's version by its content (content_hash)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.company import CompanyProfile
from kamdesk.domain.documents import Party, ProposalDoc, Signatory, Totals, content_hash
from kamdesk.domain.signatures import (
    Authority,
    authority_problem,
    basis_text,
    company_authority,
    invoice_signatories,
    represented,
)

KAM = Signatory("Kovács Anna", "Key Account Manager")
RU = CompanyProfile(
    legal_name="ООО «ТехноПром»",
    country="RU",
    director_name="Иванов Иван Иванович",
    director_position="Генеральный директор",
    accountant_name="Смирнова Ольга Петровна",
    accountant_position="Главный бухгалтер",
)
POA = Authority("Сидоров С. С.", "Коммерческий директор", "poa", "17", date(2026, 2, 1))


def test_a_russian_invoice_is_signed_by_the_head_and_the_chief_accountant() -> None:
    head, accountant = invoice_signatories(RU, "ru", KAM)
    assert (head.role, head.name, head.basis) == ("Руководитель", "Иванов Иван Иванович", "")
    assert (accountant.role, accountant.name) == ("Главный бухгалтер", "Смирнова Ольга Петровна")


def test_a_signatory_by_power_of_attorney_cites_its_number_and_date() -> None:
    company = replace(
        RU,
        signatory_name=POA.name,
        signatory_position=POA.position,
        signatory_basis="poa",
        signatory_poa_number="17",
        signatory_poa_date=date(2026, 2, 1),
    )
    head, _ = invoice_signatories(company, "ru", KAM)
    assert (head.role, head.name) == ("Руководитель", "Сидоров С. С.")
    assert head.basis == "по доверенности № 17 от 01.02.2026"
    assert represented(company_authority(company), "ru") == (
        "Коммерческий директор Сидоров С. С. на основании доверенности № 17 от 01.02.2026"
    )
    assert represented(company_authority(company), "en") == (
        "Сидоров С. С., Коммерческий директор, acting under power of attorney No. 17 of 01.02.2026"
    )


def test_a_russian_invoice_is_signed_by_the_charter_signatory_never_the_kam() -> None:
    bare = replace(RU, director_name="", accountant_name="")
    on_charter = replace(
        bare,
        signatory_name="Петров Пётр Петрович",
        signatory_position="Генеральный директор",
        signatory_basis="charter",
    )
    head, accountant = invoice_signatories(on_charter, "ru", KAM)
    assert (head.role, head.name, head.title) == (
        "Руководитель",
        "Петров Пётр Петрович",
        "Генеральный директор",
    )
    assert (accountant.role, accountant.name) == ("Главный бухгалтер", "Петров Пётр Петрович")
    # a signatory set beside a director signs: the profile says who signs
    head, _ = invoice_signatories(replace(on_charter, director_name="Иванов И. И."), "ru", KAM)
    assert head.name == "Петров Пётр Петрович"
    for nobody in (bare, replace(bare, signatory_name="Петров П. П.", signatory_basis="poa")):
        signed = invoice_signatories(nobody, "ru", KAM)
        assert KAM.name not in {s.name for s in signed}
        assert authority_problem("RU", company_authority(nobody)) is not None


def test_elsewhere_one_person_signs_and_the_kam_only_when_nobody_is_set() -> None:
    hu = CompanyProfile(legal_name="Danubia Kft.", country="HU")
    assert invoice_signatories(hu, "en", KAM) == (KAM,)
    director = replace(hu, director_name="Kovács Péter", director_position="Managing Director")
    (only,) = invoice_signatories(director, "en", KAM)
    assert (only.name, only.title) == ("Kovács Péter", "Managing Director")
    assert represented(company_authority(director), "en") == (
        "Kovács Péter, Managing Director, acting under the Articles of Association"
    )


def test_a_russian_party_must_name_its_authority() -> None:
    assert authority_problem("RU", None) is not None
    assert authority_problem("RU", Authority("Петров П. П.")) is not None
    assert authority_problem("RU", replace(POA, poa_date=None)) is not None
    assert authority_problem("RU", POA) is None
    assert authority_problem("HU", None) is None  # not the Hungarian practice
    assert basis_text(replace(POA, poa_number=""), "ru") == ""  # incomplete: nothing said


def _proposal(**changes: object) -> ProposalDoc:
    doc = ProposalDoc(
        number="KP-2026-0001",
        version=1,
        issued_on=date(2026, 11, 24),
        valid_until=date(2026, 12, 24),
        language="en",
        currency="EUR",
        seller=Party("Danubia", logo=b"\x89PNG"),
        buyer=Party("Acme"),
        addressee="Nagy Péter",
        addressee_title="",
        opening="Dear Mr Nagy,",
        lines=(),
        totals=Totals(Decimal("1.00"), Decimal("0.27"), Decimal("1.27")),
    )
    return replace(doc, **changes)  # type: ignore[arg-type]


@given(version=st.integers(1, 50), day=st.dates(date(2026, 1, 1), date(2027, 1, 1)))
def test_the_version_and_the_print_day_are_not_content(version: int, day: date) -> None:
    assert content_hash(_proposal(version=version, issued_on=day)) == content_hash(_proposal())


def test_every_word_and_amount_is_content() -> None:
    base = content_hash(_proposal())
    assert content_hash(_proposal(opening="Dear Mr Nagy!")) != base
    assert (
        content_hash(_proposal(totals=Totals(Decimal(1), Decimal("0.27"), Decimal("1.28")))) != base
    )
    assert content_hash(_proposal(language="ru")) != base
    assert content_hash(_proposal(seller=Party("Danubia", logo=b"\x89PNG2"))) != base
    assert (
        content_hash(_proposal(totals=Totals(Decimal("1.0"), Decimal("0.270"), Decimal("1.27"))))
        == base
    )
