"""The thresholds of the key-client classification, edited beside the report."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.classification import Thresholds
from kamdesk.domain.money import AmountError
from kamdesk.ui.widgets.conflicts import value_text
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.layout_rules import WrappingLabel
from kamdesk.ui.widgets.numbers import (
    number_edit_text,
    percent,
    read_money,
    read_percent,
    whole_money,
)
from kamdesk.ui.widgets.style import ERROR_STYLE, PLACEHOLDER_STYLE

if TYPE_CHECKING:
    from kamdesk.services.settings import Rules


_HUNDRED = Decimal(100)


def _plain(value: Decimal) -> str:
    return number_edit_text(value)


SHARES = ("key_share", "critical_share", "mono_share", "abc_a", "abc_b")


def threshold_text(name: str, value: object) -> str:
    """A rule's value in the conflict dialog as the panel shows it (shares in %)."""
    if name in SHARES and isinstance(value, Decimal):
        return percent(value * _HUNDRED)
    return value_text(value)


class ThresholdsPanel(QFrame):
    """Edits the key-client rules; bad fields get a message beside them and nothing is saved."""

    FIELDS = ("key_share", "critical_share", "mono_share", "key_revenue", "stale_days")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thresholdsPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(290)
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QWidget | None] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = {
            "key_share": self.tr("Key client above, % of revenue"),
            "critical_share": self.tr("Critical dependency above, %"),
            "mono_share": self.tr("Mono-client above, %"),
            "key_revenue": self.tr("Key client also with revenue of at least"),
            "stale_days": self.tr("Dossier stale after, days without contact"),
        }
        for name in self.FIELDS:
            edit = QLineEdit()
            edit.setObjectName(name)
            error = WrappingLabel()  # wraps, as tall as its lines
            error.setObjectName(f"error_{name}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(edit)
            box.addWidget(error)
            form.addRow(labels[name], box)
            self.labels[name] = form.labelForField(box)
            self.fields[name] = edit
            self.errors[name] = error
        self.fields["key_revenue"].setPlaceholderText(self.tr("optional, e.g. 5 000 000"))
        self.save_button = QPushButton(icon("save"), self.tr("Save thresholds"))
        self.save_button.setObjectName("saveThresholds")
        self.save_button.setDefault(True)
        self.status = QLabel()
        self.status.setObjectName("thresholdsStatus")
        self.status.setWordWrap(True)
        title = QLabel(self.tr("<b>Key-client thresholds</b>"))
        note = QLabel(self.tr("Shared with the team; the share is of revenue in the period."))
        note.setWordWrap(True)
        note.setStyleSheet(PLACEHOLDER_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def names(self) -> dict[str, str]:
        """Field name -> its label, as a person reads it."""
        return {n: w.text() for n, w in self.labels.items() if isinstance(w, QLabel)}

    def set_currency(self, currency: str) -> None:
        """The revenue threshold is in the reporting currency the report is in."""
        label = self.labels.get("key_revenue")
        if isinstance(label, QLabel) and currency:
            label.setText(
                self.tr("Key client also with revenue of at least, {currency}").format(
                    currency=currency
                )
            )

    def load(self, rules: Rules) -> None:
        t = rules.thresholds
        self.fields["key_share"].setText(_plain(t.key_share * _HUNDRED))
        self.fields["critical_share"].setText(_plain(t.critical_share * _HUNDRED))
        self.fields["mono_share"].setText(_plain(t.mono_share * _HUNDRED))
        self.fields["key_revenue"].setText("" if t.key_revenue is None else _plain(t.key_revenue))
        self.fields["stale_days"].setText(str(rules.stale_days))
        self.show_problems({})
        self.status.clear()

    def read(self, base: Rules) -> tuple[Rules, dict[str, str]]:
        """The rules as typed over `base` (ABC limits are kept), and what is wrong per field."""
        problems: dict[str, str] = {}
        shares: dict[str, Decimal] = {}
        for name in ("key_share", "critical_share", "mono_share"):
            try:
                value = read_percent(self.fields[name].text())
            except AmountError:
                value = Decimal(0)
            if value <= 0:
                problems[name] = self.tr("Type a percentage above 0 and up to 100, e.g. 10.")
            shares[name] = value / _HUNDRED
        key_revenue: Decimal | None = None
        if self.fields["key_revenue"].text().strip():
            try:
                key_revenue = read_money(self.fields["key_revenue"].text())
            except AmountError:
                key_revenue = Decimal(0)
            if key_revenue <= 0:
                problems["key_revenue"] = self.tr(
                    "Type an amount above zero, such as 5000000 or %1, or leave it empty."
                ).replace("%1", whole_money(Decimal(5000000)))
        stale = self.fields["stale_days"].text().strip()
        stale_days = int(stale) if stale.isascii() and stale.isdigit() else 0
        if not 1 <= stale_days <= 3650:
            problems["stale_days"] = self.tr("Type a whole number of days from 1 to 3650.")
        thresholds = dataclasses.replace(
            base.thresholds, **shares, key_revenue=key_revenue if key_revenue else None
        )
        if not problems.keys() & {"key_share", "critical_share", "mono_share"}:
            problems.update(self._order_problems(thresholds))
        return dataclasses.replace(base, thresholds=thresholds, stale_days=stale_days), problems

    def _order_problems(self, t: Thresholds) -> dict[str, str]:
        if t.key_share > t.critical_share:
            return {"critical_share": self.tr("Must not be below the key-client share.")}
        if t.critical_share > t.mono_share:
            return {"mono_share": self.tr("Must not be below the critical share.")}
        # anything else the domain refuses, in its own words
        messages = [QCoreApplication.translate("kamdesk.domain", m) for m in t.problems().values()]
        return {"key_share": " ".join(messages)} if messages else {}

    def show_problems(self, problems: dict[str, str]) -> None:
        for name, label in self.errors.items():
            label.setText(problems.get(name, ""))
            label.setVisible(name in problems)
        if problems:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(self.tr("Nothing was saved: correct the marked fields."))
            self.fields[next(iter(problems))].setFocus()
