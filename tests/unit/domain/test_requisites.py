"""Requisites: labels follow the number's country, checks say what is wrong (issue 13)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.it import codicefiscale
from stdnum.ru import inn, ogrn

from kamdesk.domain.requisites import (
    PartyRequisites,
    authority_text,
    control_key,
    control_key_ok,
    party_requisites,
    requisite_lines,
    requisites_problems,
    signatory_problem,
)
from kamdesk.domain.tax import Buyer, Regime, Supplier, supply_treatment

SBER_BIK = "044525225"
SBER_KS = "30101810400000000225"
RU = PartyRequisites(
    country="RU",
    tax_id="7707083893",
    kpp="773601001",
    registration_no="1027700132195",
    bank_name="ПАО Сбербанк",
    bank_account="40702810938000012345",
    bank_code=SBER_BIK,
    corr_account=SBER_KS,
)
HU = PartyRequisites(
    country="HU",
    tax_id="12892312-2-41",
    vat_number="HU12892312",
    bank_account="HU42 1177 3016 1111 1018 0000 0000",
    bank_code="OTPVHUHB",
)
IT = PartyRequisites(
    country="IT",
    tax_id="00743110157",
    vat_number="IT00743110157",
    fiscal_code="RCCMNL83S18D969H",
    sdi_code="M5UXCR1",
    pec="amministrazione@pec.example.it",
)
AZ = PartyRequisites(country="AZ", tax_id="1400057421")
DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=1)


def labels(r: PartyRequisites, language: str) -> list[str]:
    return [label for label, _ in requisite_lines(r, language)]


def test_russian_numbers_keep_their_names_in_russian_and_are_transliterated_in_english() -> None:
    assert labels(RU, "ru") == ["ИНН", "КПП", "ОГРН", "Банк", "Р/с", "К/с", "БИК"]
    assert labels(RU, "en") == [
        "INN",
        "KPP",
        "OGRN",
        "Bank",
        "Settlement account",
        "Correspondent account",
        "BIK",
    ]


def test_an_entrepreneurs_15_digit_number_is_an_ogrnip() -> None:
    ip = PartyRequisites(country="RU", registration_no="304500116000157")
    assert requisite_lines(ip, "ru") == [("ОГРНИП", "304500116000157")]
    assert requisites_problems(ip, role="client") == {}


def test_a_hungarian_tax_number_and_an_iban_are_never_inn_or_rs() -> None:
    ru_lines = dict(requisite_lines(HU, "ru"))
    assert ru_lines["Adószám"] == "12892312-2-41"
    assert "ИНН" not in ru_lines and "Р/с" not in ru_lines
    assert ru_lines["IBAN"].startswith("HU42")
    assert ru_lines["SWIFT"] == "OTPVHUHB"
    assert ru_lines["VAT No. (ЕС)"] == "HU12892312"
    assert labels(HU, "en") == ["Tax number (HU)", "VAT No.", "IBAN", "SWIFT"]


def test_hungarian_italian_and_azerbaijani_documents_name_the_numbers_in_their_words() -> None:
    assert labels(HU, "hu") == ["Adószám", "Közösségi adószám", "IBAN", "SWIFT"]
    assert labels(HU, "it") == ["Adószám", "N. IVA UE", "IBAN", "SWIFT"]
    assert labels(HU, "az") == ["Adószám", "ƏDV № (AB)", "IBAN", "SWIFT"]
    for language in ("hu", "it", "az"):
        assert "INN" in labels(RU, language) and "ИНН" not in labels(RU, language)


def test_italian_and_azerbaijani_numbers_keep_their_names() -> None:
    for language in ("en", "ru", "hu", "it", "az"):
        assert labels(IT, language) == ["Partita IVA", "Codice fiscale", "Codice SDI", "PEC"]
        assert labels(AZ, language) == ["VÖEN"]


def test_empty_values_are_left_out() -> None:
    assert requisite_lines(PartyRequisites(country="RU"), "ru") == []


def test_builders_read_any_object_with_the_attributes() -> None:
    client = SimpleNamespace(country="ru", tax_id=" 7707083893 ", kpp=None, name="x")
    r = party_requisites(client)
    assert (r.country, r.tax_id, r.kpp, r.bank_name) == ("RU", "7707083893", "", "")


@pytest.mark.parametrize("r", [RU, HU, IT, AZ])
def test_real_numbers_pass(r: PartyRequisites) -> None:
    assert requisites_problems(r, role="client") == {}


@pytest.mark.parametrize(
    ("r", "field", "words"),
    [
        (PartyRequisites(country="HU", vat_number="HU12892313"), "vat_number", "check digit"),
        (PartyRequisites(country="IT", vat_number="HU12892312"), "vat_number", "starts with HU"),
        (PartyRequisites(country="RU", vat_number="RU7707083893"), "vat_number", "not in the EU"),
        (PartyRequisites(vat_number="HU12892312"), "vat_number", "country first"),
        (PartyRequisites(country="RU", kpp="77360100"), "kpp", "9 characters"),
        (PartyRequisites(country="HU", kpp="773601001"), "kpp", "Russian"),
        (PartyRequisites(country="RU", registration_no="1027700132196"), "registration_no", "ОГРН"),
        (PartyRequisites(country="RU", registration_no="12345"), "registration_no", "13 digits"),
        (
            PartyRequisites(country="RU", bank_code=SBER_BIK, corr_account="30101810400000000226"),
            "corr_account",
            "БИК 044525225",
        ),
        (
            PartyRequisites(country="RU", bank_code=SBER_BIK, corr_account="40101810400000000225"),
            "corr_account",
            "starting 301",
        ),
        (PartyRequisites(country="RU", corr_account=SBER_KS), "bank_code", "БИК"),
        (
            PartyRequisites(country="RU", bank_code=SBER_BIK, bank_account="40702810938000012346"),
            "bank_account",
            "control key",
        ),
        (
            PartyRequisites(bank_account="HU42 1177 3016 1111 1018 0000 0001"),
            "bank_account",
            "IBAN",
        ),
        (PartyRequisites(bank_code="NOTABIC!"), "bank_code", "SWIFT"),
        (PartyRequisites(country="IT", fiscal_code="RCCMNL83S18D969X"), "fiscal_code", "check"),
        (PartyRequisites(country="HU", fiscal_code="RCCMNL83S18D969H"), "fiscal_code", "Italian"),
        (PartyRequisites(country="IT", sdi_code="M5UXCR"), "sdi_code", "7 letters"),
        (PartyRequisites(country="IT", pec="not-mail"), "pec", "e-mail"),
        (PartyRequisites(country="RU", tax_id="7707083894"), "tax_id", "RU tax number"),
        (PartyRequisites(country="AZ", tax_id="1400057431"), "tax_id", "AZ tax number"),
    ],
)
def test_each_wrong_requisite_is_named_at_its_field(
    r: PartyRequisites, field: str, words: str
) -> None:
    problems = requisites_problems(r, role="client")
    assert list(problems) == [field]
    assert words in problems[field]
    assert problems[field].endswith(".")


def test_the_vat_message_says_the_check_digit_is_wrong_in_plain_words() -> None:
    problems = requisites_problems(
        PartyRequisites(country="HU", vat_number="HU12892313"), role="client"
    )
    assert problems["vat_number"].startswith("VAT number HU12892313: the check digit is wrong")


def test_the_signatory_of_a_russian_party_needs_an_authority() -> None:
    poa_day = date(2026, 2, 1)
    assert signatory_problem("RU", "", "", "", None) is not None
    assert "authority" in (signatory_problem("RU", "Иванов И. И.", "", "", None) or "")
    assert signatory_problem("RU", "Иванов И. И.", "charter", "", None) is None
    assert "number and date" in (signatory_problem("RU", "Петров", "poa", "", None) or "")
    assert "date" in (signatory_problem("RU", "Петров", "poa", "12", None) or "")
    assert signatory_problem("RU", "Петров", "poa", "12", poa_day) is None
    assert signatory_problem("HU", "", "", "", None) is None
    assert signatory_problem("HU", "Kiss", "board", "", None) is not None


def test_authority_reads_as_the_contract_cites_it() -> None:
    assert authority_text("charter", "", None, "ru") == "на основании Устава"
    assert (
        authority_text("poa", "12", date(2026, 2, 1), "ru")
        == "на основании доверенности № 12 от 01.02.2026"
    )
    assert authority_text("poa", "12", date(2026, 2, 1), "en").endswith("No. 12 of 01.02.2026")
    assert authority_text("", "", None, "en") == ""
    assert authority_text("charter", "", None, "hu") == "a létesítő okirat alapján"
    assert (
        authority_text("poa", "12", date(2026, 2, 1), "hu")
        == "a(z) 12 számú, 2026.02.01. kelt meghatalmazás alapján"
    )
    assert authority_text("poa", "12", date(2026, 2, 1), "it") == (
        "in forza della procura n. 12 del 01.02.2026"
    )
    assert authority_text("charter", "", None, "az") == "Nizamnamə əsasında"


# --- property tests: numbers made valid by their own check digit pass; a changed one fails ---


def _other(digit: str, shift: int) -> str:
    return str((int(digit) + shift) % 10)


@given(st.text("0123456789", min_size=9, max_size=9), st.integers(1, 9))
def test_inn_with_its_check_digit_passes_and_fails_when_it_changes(body: str, shift: int) -> None:
    number = body + inn.calc_company_check_digit(body)
    assert requisites_problems(PartyRequisites(country="RU", tax_id=number), role="client") == {}
    wrong = number[:-1] + _other(number[-1], shift)
    assert "tax_id" in requisites_problems(
        PartyRequisites(country="RU", tax_id=wrong), role="client"
    )


@given(st.sampled_from("1235"), st.text("0123456789", min_size=11, max_size=11), st.integers(1, 9))
def test_ogrn_with_its_check_digit_passes_and_fails_when_it_changes(
    first: str, body: str, shift: int
) -> None:
    number = first + body + ogrn.calc_check_digit(first + body + "0")
    ok = PartyRequisites(country="RU", registration_no=number)
    assert requisites_problems(ok, role="client") == {}
    wrong = PartyRequisites(country="RU", registration_no=number[:-1] + _other(number[-1], shift))
    assert "registration_no" in requisites_problems(wrong, role="client")


@given(
    st.text("0123456789", min_size=9, max_size=9),
    st.text("0123456789", min_size=20, max_size=20),
    st.booleans(),
    st.integers(0, 19),
    st.integers(1, 9),
)
def test_a_russian_account_checks_against_its_bik(
    bik: str, raw: str, correspondent: bool, position: int, shift: int
) -> None:
    account = raw[:8] + control_key(bik, raw, correspondent=correspondent) + raw[9:]
    assert control_key_ok(bik, account, correspondent=correspondent)
    changed = account[:position] + _other(account[position], shift) + account[position + 1 :]
    assert not control_key_ok(bik, changed, correspondent=correspondent)


@given(
    st.text("0123456789", min_size=17, max_size=17),
    st.integers(0, 16),
    st.integers(1, 9),
)
def test_a_correspondent_account_made_for_a_bik_passes_the_profile_check(
    rest: str, position: int, shift: int
) -> None:
    raw = "301" + rest
    account = raw[:8] + control_key(SBER_BIK, raw, correspondent=True) + raw[9:]
    r = PartyRequisites(country="RU", bank_code=SBER_BIK, corr_account=account)
    assert requisites_problems(r, role="company") == {}
    i = 3 + position
    if i == 8:
        return  # the key itself: covered by the account property above
    changed = account[:i] + _other(account[i], shift) + account[i + 1 :]
    assert "corr_account" in requisites_problems(
        PartyRequisites(country="RU", bank_code=SBER_BIK, corr_account=changed), role="company"
    )


@given(
    st.text("0123456789", min_size=7, max_size=7).filter(lambda s: s != "0000000"),
    st.integers(1, 100),
    st.integers(0, 9),
    st.integers(1, 9),
)
def test_an_italian_vat_number_with_its_check_digit_passes_and_a_changed_digit_fails(
    office: str, province: int, position: int, shift: int
) -> None:
    body = f"{office}{province:03d}"
    number = "IT" + body + luhn.calc_check_digit(body)
    assert (
        requisites_problems(PartyRequisites(country="IT", vat_number=number), role="client") == {}
    )
    i = 2 + position
    wrong = number[:i] + _other(number[i], shift) + number[i + 1 :]
    problems = requisites_problems(PartyRequisites(country="IT", vat_number=wrong), role="client")
    assert "vat_number" in problems


@given(st.text("0123456789", min_size=24, max_size=24), st.integers(4, 27), st.integers(1, 9))
def test_an_iban_with_its_check_digits_passes_and_a_changed_digit_fails(
    bban: str, position: int, shift: int
) -> None:
    number = "HU" + std_iban.calc_check_digits("HU00" + bban) + bban
    assert requisites_problems(PartyRequisites(bank_account=number), role="client") == {}
    wrong = number[:position] + _other(number[position], shift) + number[position + 1 :]
    assert "bank_account" in requisites_problems(PartyRequisites(bank_account=wrong), role="client")


@given(st.sampled_from(["RCCMNL83S18D969", "MRTMTT25D09F205", "LVSGNN80A01H501"]))
def test_a_codice_fiscale_with_its_check_letter_passes(body: str) -> None:
    number = body + codicefiscale.calc_check_digit(body)
    assert (
        requisites_problems(PartyRequisites(country="IT", fiscal_code=number), role="client") == {}
    )
    wrong = body + ("A" if number[-1] != "A" else "B")
    assert "fiscal_code" in requisites_problems(
        PartyRequisites(country="IT", fiscal_code=wrong), role="client"
    )


@given(st.from_regex(r"\A\d{4}[0-9A-Z]{2}\d{3}\Z"))
def test_any_well_formed_kpp_passes(kpp: str) -> None:
    assert requisites_problems(PartyRequisites(country="RU", kpp=kpp), role="client") == {}


def test_the_regime_preview_follows_the_vat_number_and_the_override() -> None:
    from kamdesk.domain.client_requisites import regime_preview
    from kamdesk.domain.tax import Supplier

    hu = Supplier("HU")
    assert regime_preview(hu, "IT", "IT00743110157", "", "").startswith("Intra-Community")
    assert regime_preview(hu, "IT", "IT00743110158", "", "").startswith("Domestic")
    assert regime_preview(Supplier("RU"), "KZ", "", "", "").startswith("EAEU")
    assert regime_preview(hu, "HU", "", "", "exempt").endswith("set on the client: without VAT.")
    assert "Settings" in regime_preview(Supplier(""), "HU", "", "", "")


def test_the_regime_preview_says_what_orders_do() -> None:
    """Issue 13 review: the page said 'Domestic' where orders charged Italy's rates, and
    ignored the tax id that is a VAT number and the supplier that is not a VAT payer."""
    from kamdesk.domain.client_requisites import regime_preview
    from kamdesk.domain.tax import Supplier

    in_italy = Supplier("HU", registrations=frozenset({"IT"}))
    assert regime_preview(in_italy, "IT", "", "", "") == (
        "Domestic: the product's rate in IT — a client in IT, where the company is registered "
        "for VAT: IT's rates."
    )
    assert regime_preview(Supplier("HU"), "IT", "", "IT00743110157", "").startswith(
        "Intra-Community"
    )
    assert regime_preview(Supplier("HU", False), "HU", "", "", "domestic").startswith("Exempt")


@given(
    st.builds(
        Supplier,
        st.sampled_from(["HU", "IT", "RU", "DE", ""]),
        st.booleans(),
        st.frozensets(st.sampled_from(["IT", "DE", "KZ", "HU"]), max_size=2),
    ),
    st.sampled_from(["HU", "IT", "AZ", "DE", "KZ", "RU", ""]),
    st.sampled_from(["", "IT00743110157", "DE136695976", "bad"]),
    st.sampled_from(["", "IT00743110157", "7707083893"]),
    st.sampled_from(["", *(r.value for r in Regime)]),
)
def test_the_regime_preview_is_the_orders_regime(
    supplier: Supplier, country: str, vat: str, tax_id: str, override: str
) -> None:
    from kamdesk.domain.client_requisites import REGIME_NAMES, regime_preview

    found = supply_treatment(supplier, Buyer(country, vat, tax_id, override))
    text = regime_preview(supplier, country, vat, tax_id, override)
    name = REGIME_NAMES[found.regime.value]
    if found.country:
        name = f"Domestic: the product's rate in {found.country}"
    assert text.startswith(f"{name} — {found.reason}.")


COUNTRY_CODES = st.sampled_from(["HU", "IT", "AZ", "DE", "KZ", "PL", "RU", ""])


@given(COUNTRY_CODES, st.text("0123456789", min_size=6, max_size=12), st.sampled_from(["en", "ru"]))
def test_only_a_russian_number_is_ever_called_inn(country: str, number: str, language: str) -> None:
    lines = dict(requisite_lines(PartyRequisites(country=country, tax_id=number), language))
    assert ("ИНН" in lines or "INN" in lines) == (country == "RU")


@given(st.text("0123456789", min_size=24, max_size=24), st.sampled_from(["en", "ru"]))
def test_an_iban_is_always_labelled_iban(bban: str, language: str) -> None:
    number = "HU" + std_iban.calc_check_digits("HU00" + bban) + bban
    for country in ("RU", "HU", ""):
        lines = requisite_lines(PartyRequisites(country=country, bank_account=number), language)
        assert lines == [("IBAN", number)]


def test_a_registration_number_with_its_own_prefix_reads_once() -> None:
    italian = PartyRequisites(country="IT", registration_no="REA MI-2087451")
    assert ("Numero REA", "MI-2087451") in requisite_lines(italian, "en")
    russian = PartyRequisites(country="RU", registration_no="1027700132195")
    assert ("ОГРН", "1027700132195") in requisite_lines(russian, "ru")
