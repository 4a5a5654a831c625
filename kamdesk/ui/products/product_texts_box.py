"""The product dialog's box for documents: the name and unit per document language, and the
VAT rate in each country where the company is registered besides its own."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLineEdit, QVBoxLayout, QWidget

from kamdesk.domain.product_texts import ProductTexts, name_field, rate_field, unit_field
from kamdesk.ui.marks import QT_TRANSLATE_NOOP
from kamdesk.ui.settings.form_rows import hint
from kamdesk.ui.widgets.forms import FieldForm
from kamdesk.ui.widgets.price_fields import qty_text, read_percent

LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("ProductTextsBox", "English"),
    "ru": QT_TRANSLATE_NOOP("ProductTextsBox", "Russian"),
    "hu": QT_TRANSLATE_NOOP("ProductTextsBox", "Hungarian"),
    "it": QT_TRANSLATE_NOOP("ProductTextsBox", "Italian"),
    "az": QT_TRANSLATE_NOOP("ProductTextsBox", "Azerbaijani"),
}


class ProductTextsBox(QGroupBox):
    def __init__(
        self,
        texts: ProductTexts,
        *,
        languages: tuple[str, ...],
        countries: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("In documents"))
        self.setObjectName("productTexts")
        self.form = FieldForm()
        self.names: dict[str, QLineEdit] = {}
        self.units: dict[str, QLineEdit] = {}
        self.rates: dict[str, QLineEdit] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(self.tr("Left empty, documents print the product's own name and unit."))
        )
        for lang in languages:
            name, unit = texts.names.get(lang, ("", ""))
            language = self.tr(LANGUAGE_NAMES.get(lang, lang))
            self.names[lang] = self.form.line(
                name_field(lang), self.tr("Name in %1").replace("%1", language), name
            )
            self.units[lang] = self.form.line(
                unit_field(lang), self.tr("Unit in %1").replace("%1", language), unit
            )
        for country in countries:
            rate = texts.rates.get(country)
            edit = self.form.line(
                rate_field(country),
                self.tr("VAT % in %1").replace("%1", country),
                "" if rate is None else qty_text(rate),
                self.tr("the rate there"),
            )
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.rates[country] = edit
        layout.addLayout(self.form)
        if not countries:
            layout.addWidget(
                hint(
                    self.tr(
                        "VAT rates abroad: the company is registered for VAT only in its own "
                        "country (File > Settings…, Tax and VAT)."
                    )
                )
            )

    def texts(self, problems: dict[str, str]) -> ProductTexts:
        """What is typed; an unreadable rate is noted in `problems` and left out."""
        rates: dict[str, Decimal] = {}
        for country, edit in self.rates.items():
            rate = read_percent(edit, rate_field(country), problems)
            if rate is not None:
                rates[country] = rate
        names = {lang: (self.names[lang].text(), self.units[lang].text()) for lang in self.names}
        return ProductTexts(names=names, rates=rates)
