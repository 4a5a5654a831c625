"""Issue 15, case 1, in every form of edits-a: a form saved after the record changed
underneath it (another unit of work: an import, a sync, a second window) keeps the other
change; a field both changed shows both values and saves the user's choice.

Each case opens its form on a stored record, changes field `theirs` (and, for the clash, the
field `field`) in another unit of work, types into `field`, saves, and reads back."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from kamdesk.db import Database
from kamdesk.domain.catalog import ProductData, PromotionData, SpecialPriceData
from kamdesk.domain.company import CompanyProfile, VatRegistrationEntry
from kamdesk.domain.product_texts import ProductTexts
from kamdesk.services import company, settings
from kamdesk.services.clients import client_terms
from kamdesk.services.prices import catalog, product_texts, promotions, rates
from kamdesk.ui.clients.dossier_terms import TermsPage
from kamdesk.ui.clients.special_price_dialog import SpecialPriceDialog
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.products.product_dialog import ProductDialog
from kamdesk.ui.products.promotions import PromotionsDialog
from kamdesk.ui.settings.company_dialog import CompanyDialog
from kamdesk.ui.settings.rates_dialog import RatesDialog
from kamdesk.ui.settings.rules_dialog import RulesDialog
from kamdesk.ui.widgets.conflicts import ConflictDialog
from tests.factories import add_client
from tests.ui.typing import type_text

D = Decimal
TODAY = date(2026, 11, 24)
COMPANY = CompanyProfile(
    legal_name="Kontinent Kft.",
    country="HU",
    tax_id="12892312",
    city="Budapest",
    default_currency="HUF",
    vat_rate=D(27),
)


@pytest.fixture
def stored(db: Database) -> dict[str, str]:
    """One record for each form: a client with terms and a special price, a product, a
    promotion on it, a company, a EUR rate."""
    with db.unit_of_work() as s:
        company.save_company(s, COMPANY, [VatRegistrationEntry("AT", "ATU13585627")])
        pid = catalog.save_product(
            s,
            ProductData(sku="FLM-1", name="Film", unit="roll", vat_rate=D(27), base_price=D(100)),
        )
        cid = add_client(s, "Győri Kft.", payment_terms_days=30).id
        special = client_terms.save_special_price(
            s, cid, SpecialPriceData(pid, D("90.00"), note="frame 2026")
        )
        promo = promotions.save_promotion(
            s,
            PromotionData(
                name="Winter", starts_on=TODAY, ends_on=date(2026, 12, 31),
                discount_percent=D(5), product_ids=(pid,),
            ),
        )  # fmt: skip
        rate = rates.save_rate(s, "EUR", TODAY, D("386.12"), "MNB")
        product_texts.save_product_texts(s, pid, ProductTexts({"ru": ("Плёнка", "рулон")}))
    return {"client": cid, "product": pid, "special": special, "promo": promo, "rate": rate}


def _meanwhile(db: Database, change: Callable[[Any], None]) -> None:
    with db.unit_of_work() as s:
        change(s)


# --- the forms ---------------------------------------------------------------------------------


def _terms(db: Database, hub: ChangeHub, ids: dict[str, str]) -> QWidget:
    page = TermsPage(db, hub)
    page.load(ids["client"], TODAY)
    return page


def _set_terms(s: Any, ids: dict[str, str], **values: Any) -> None:
    was = client_terms.get_client_terms(s, ids["client"])
    client_terms.save_client_terms(s, ids["client"], dataclasses.replace(was, **values))


def _special(db: Database, hub: ChangeHub, ids: dict[str, str]) -> QWidget:
    from kamdesk.services.prices.price_list import product_choices

    with db.reading() as s:
        record = client_terms.list_special_prices(s, ids["client"])[0]
        products = product_choices(s)
    return SpecialPriceDialog(db, hub, ids["client"], products, record.data, entry_id=record.id)


def _set_special(s: Any, ids: dict[str, str], **values: Any) -> None:
    was = client_terms.special_price_data(s, ids["client"], ids["special"])
    new = dataclasses.replace(was, **values)
    client_terms.save_special_price(s, ids["client"], new, entry_id=ids["special"])


def _rules(db: Database, hub: ChangeHub, ids: dict[str, str]) -> QWidget:
    return RulesDialog(db, hub)


def _set_rules(s: Any, ids: dict[str, str], **values: Any) -> None:
    settings.save_rules(s, dataclasses.replace(settings.get_rules(s), **values))


def _rates(db: Database, hub: ChangeHub, ids: dict[str, str]) -> QWidget:
    dialog = RatesDialog(db, hub, today=TODAY)
    dialog.table.selectRow(0)
    return dialog


def _set_rate(s: Any, ids: dict[str, str], **values: Any) -> None:
    was = dataclasses.replace(rates.rate_data(s, ids["rate"]), **values)
    rates.save_rate(s, was.currency, was.day, was.rate, was.source, rate_id=ids["rate"])


def _promo(db: Database, hub: ChangeHub, ids: dict[str, str]) -> QWidget:
    dialog = PromotionsDialog(db, hub, today=TODAY)
    dialog.open_promotion(ids["promo"])
    return dialog


def _set_promo(s: Any, ids: dict[str, str], **values: Any) -> None:
    was = dataclasses.replace(promotions.promotion_data(s, ids["promo"]), **values)
    promotions.save_promotion(s, was, promotion_id=ids["promo"])


def _company(db: Database, hub: ChangeHub, ids: dict[str, str]) -> QWidget:
    return CompanyDialog(db, hub)


def _set_company(s: Any, ids: dict[str, str], **values: Any) -> None:
    company.save_company(s, dataclasses.replace(company.get_company(s), **values))


def _texts(db: Database, hub: ChangeHub, ids: dict[str, str]) -> QWidget:
    return ProductDialog(db, hub, product_id=ids["product"], today=TODAY)


def _set_texts(s: Any, ids: dict[str, str], **values: Any) -> None:
    was = product_texts.get_product_texts(s, ids["product"])
    name, unit = was.names["ru"]
    names = {"ru": (values.get("name:ru", name), values.get("unit:ru", unit))}
    product_texts.save_product_texts(s, ids["product"], ProductTexts(names, was.rates))


@dataclass(frozen=True)
class Case:
    name: str
    open: Callable[[Database, ChangeHub, dict[str, str]], QWidget]
    change: Callable[..., None]  # (session, ids, **values) as another writer would
    read: Callable[[Any, dict[str, str]], dict[str, Any]]  # the stored values by field
    edit: str  # the widget attribute of the field the user types into
    field: str  # its field name
    typed: str
    mine: Any  # the value stored from what was typed
    theirs: str  # the field another writer changes meanwhile
    other: Any  # their value for it (and for `field` in the clash, `clash`)
    clash: Any
    shown: tuple[str, str]  # the conflict dialog's texts for `field`: yours, saved meanwhile


def _texts_read(s: Any, ids: dict[str, str]) -> dict[str, Any]:
    name, unit = product_texts.get_product_texts(s, ids["product"]).names["ru"]
    return {"name:ru": name, "unit:ru": unit}


CASES = [
    Case(
        "client terms", _terms, _set_terms,
        lambda s, ids: vars(client_terms.get_client_terms(s, ids["client"])),
        "payment_terms_days", "payment_terms_days", "45", 45,
        "max_discount_percent", D(7), 60, ("45", "60"),
    ),
    Case(
        "special price", _special, _set_special,
        lambda s, ids: vars(client_terms.special_price_data(s, ids["client"], ids["special"])),
        "price", "price", "85.00", D("85.00"),
        "note", "frame 2027", D("80.00"), ("85.00", "80.00"),
    ),
    Case(
        "sales rules", _rules, _set_rules, lambda s, ids: vars(settings.get_rules(s)),
        "overdue", "credit_overdue_days", "20", 20,
        "stale_days", 90, 30, ("20", "30"),
    ),
    Case(
        "exchange rate", _rates, _set_rate, lambda s, ids: vars(rates.rate_data(s, ids["rate"])),
        "rate", "rate", "390.5", D("390.5"),
        "source", "ECB", D("388"), ("390.5", "388"),
    ),
    Case(
        "promotion", _promo, _set_promo,
        lambda s, ids: vars(promotions.promotion_data(s, ids["promo"])),
        "name", "name", "Winter sale", "Winter sale",
        "discount_percent", D(8), "Winter deal", ("Winter sale", "Winter deal"),
    ),
    Case(
        "company", _company, _set_company, lambda s, ids: vars(company.get_company(s)),
        "phone_edit", "phone", "+36 1 234 5678", "+36 1 234 5678",
        "city", "Győr", "+36 96 111 222", ("+36 1 234 5678", "+36 96 111 222"),
    ),
    Case(
        "product texts", _texts, _set_texts, _texts_read,
        "name_ru", "name:ru", "Стретч-плёнка", "Стретч-плёнка",
        "unit:ru", "рул.", "Плёнка 17", ("Стретч-плёнка", "Плёнка 17"),
    ),
]  # fmt: skip


def _edit(form: QWidget, case: Case) -> QLineEdit:
    if case.edit == "phone_edit":
        assert isinstance(form, CompanyDialog)
        return form.fields["phone"]
    if case.edit == "name_ru":
        assert isinstance(form, ProductDialog)
        return form.texts_box.names["ru"]
    edit = getattr(form, case.edit)
    assert isinstance(edit, QLineEdit)
    return edit


def _open(qtbot, db: Database, case: Case, ids: dict[str, str]) -> QWidget:  # type: ignore[no-untyped-def]
    form = case.open(db, ChangeHub(), ids)
    qtbot.addWidget(form)
    return form


def _type(form: QWidget, case: Case) -> None:
    edit = _edit(form, case)
    edit.clear()
    type_text(edit, case.typed)


def _save(form: QWidget) -> None:
    form.save()  # type: ignore[attr-defined]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_change_made_meanwhile_is_not_reverted_by_save(
    qtbot, db: Database, stored: dict[str, str], case: Case
) -> None:  # type: ignore[no-untyped-def]
    form = _open(qtbot, db, case, stored)
    _meanwhile(db, lambda s: case.change(s, stored, **{case.theirs: case.other}))
    _type(form, case)
    _save(form)
    with db.reading() as s:
        now = case.read(s, stored)
    assert now[case.field] == case.mine  # what the user typed
    assert now[case.theirs] == case.other  # and what was saved meanwhile, kept


@pytest.mark.parametrize("keep", ["mine", "theirs"])
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_field_both_changed_shows_both_and_saves_the_choice(
    qtbot, db: Database, stored: dict[str, str], case: Case, keep: str, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    form = _open(qtbot, db, case, stored)
    changes = {case.field: case.clash, case.theirs: case.other}
    _meanwhile(db, lambda s: case.change(s, stored, **changes))
    _type(form, case)
    seen: list[tuple[str, str]] = []

    def answer(conflict: ConflictDialog) -> int:
        mine, theirs = conflict.groups[case.field]
        seen.append((mine.text(), theirs.text()))
        (theirs if keep == "theirs" else mine).click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictDialog, "exec", answer)
    _save(form)
    assert seen == [case.shown]
    with db.reading() as s:
        now = case.read(s, stored)
    assert now[case.field] == (case.mine if keep == "mine" else case.clash)
    assert now[case.theirs] == case.other  # the field only they changed: theirs after the choice


@pytest.mark.parametrize("keep", ["mine", "theirs"])
def test_a_column_price_both_changed_saves_the_choice(
    qtbot, db: Database, stored: dict[str, str], keep: str, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The product dialog's own prices by column (the groundwork's example): choosing the
    price saved meanwhile used to bring the same clash back at every Save."""
    from kamdesk.services.prices import price_list
    from tests.factories import add_price_column

    pid = stored["product"]
    with db.unit_of_work() as s:
        vip = add_price_column(s, "VIP").id
        price_list.set_column_price(s, pid, vip, D("90.00"))
    form = _open(qtbot, db, CASES[-1], stored)
    assert isinstance(form, ProductDialog)
    _meanwhile(db, lambda s: price_list.set_column_price(s, pid, vip, D("80.00")))
    form.price_edits[vip].clear()
    type_text(form.price_edits[vip], "85.00")

    def answer(conflict: ConflictDialog) -> int:
        mine, theirs = conflict.groups[f"price:{vip}"]
        (theirs if keep == "theirs" else mine).click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictDialog, "exec", answer)
    assert form.save()
    with db.reading() as s:
        price = price_list.explicit_prices(s, [pid])[(pid, vip)]
    assert price == (D("85.00") if keep == "mine" else D("80.00"))


@pytest.mark.parametrize("keep", ["mine", "theirs"])
def test_key_client_thresholds_keep_other_rules_and_show_shares_in_percent(
    qtbot, db: Database, keep: str, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The thresholds beside the key-client report save the same rules (save_rules)."""
    from PySide6.QtCore import Qt

    from kamdesk.ui.reports.key_clients import ReportsSection
    from tests.ui.waiting import settle

    section = ReportsSection(today=lambda: TODAY)
    qtbot.addWidget(section)
    section.attach(db, ChangeHub())
    section.show()
    settle(qtbot, section)
    qtbot.mouseClick(section.thresholds_button, Qt.MouseButton.LeftButton)
    panel = section.thresholds
    _meanwhile(
        db,
        lambda s: settings.save_rules(
            s,
            dataclasses.replace(
                settings.get_rules(s),
                thresholds=dataclasses.replace(
                    settings.get_rules(s).thresholds, critical_share=D("0.25")
                ),
                credit_overdue_days=20,
            ),
        ),
    )
    panel.fields["critical_share"].clear()
    type_text(panel.fields["critical_share"], "30")
    seen: list[tuple[str, str]] = []

    def answer(conflict: ConflictDialog) -> int:
        mine, theirs = conflict.groups["critical_share"]
        seen.append((mine.text(), theirs.text()))
        (theirs if keep == "theirs" else mine).click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictDialog, "exec", answer)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert seen == [("30 %", "25 %")]
    assert "Saved" in panel.status.text()
    with db.reading() as s:
        rules = settings.get_rules(s)
    assert rules.thresholds.critical_share == (D("0.30") if keep == "mine" else D("0.25"))
    assert rules.credit_overdue_days == 20  # changed meanwhile, not reverted
