"""Dossier pages that edit the client itself: Profile and Strategy (with the key reasons)."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.client import KEY_REASONS, STATUSES, ClientProfile
from kamdesk.domain.client_requisites import ClientRequisites, client_requisites_problems
from kamdesk.domain.money import CURRENCIES
from kamdesk.domain.requisites import tax_id_label
from kamdesk.ui.clients.dossier_requisites import RequisitesBox
from kamdesk.ui.clients.kam_completer import KamNamesCompleter
from kamdesk.ui.i18n import shown_language
from kamdesk.ui.marks import QT_TRANSLATE_NOOP
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.settings.form_rows import set_row
from kamdesk.ui.widgets.conflicts import Pick, run_edit, value_text
from kamdesk.ui.widgets.countries import country_code, country_label
from kamdesk.ui.widgets.forms import (
    NO_DATE,
    FieldForm,
    domain_text,
    money_text,
    read_day,
    read_int,
    read_money,
    widget_state,
)
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.layout_rules import WrappingLabel, error_label, scrolling
from kamdesk.ui.widgets.style import ERROR_STYLE
from kamdesk.ui.widgets.text_limits import limit_text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database

COUNTRIES = ("", "HU", "RU", "IT", "AZ", "KZ", "BY", "UA", "GE", "PL", "CZ", "RO", "DE", "AT")


class ProfilePage(QWidget):
    """Who the client is. Saving validates every field; a bad one is marked, nothing saved."""

    saved = Signal(str)  # the client's id, after a successful save

    def __init__(self, db: Database, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.hub = db, hub
        self.client_id: str | None = None
        self.saved_id: str | None = None
        self.form = FieldForm()
        f = self.form
        self.name = f.line("name", self.tr("Name *"), placeholder=self.tr("as the KAM calls it"))
        self.legal_name = f.line("legal_name", self.tr("Legal name"))
        self.code = f.line("code", self.tr("Code"))
        self.status = f.choice(
            "status",
            self.tr("Status"),
            [(s, domain_text(s.capitalize())) for s in STATUSES],
            "active",
        )
        countries = [(c, country_label(c) if c else "") for c in COUNTRIES]
        self.country = f.choice("country", self.tr("Country"), countries, "")
        self.country.setEditable(True)
        self.tax_id = f.line(
            "tax_id", self.tr("Tax number"), placeholder=self.tr("checked for the country")
        )
        self.industry = f.line("industry", self.tr("Industry"))
        self.segment = f.line("segment", self.tr("Segment"))
        self.postal_code = f.line("postal_code", self.tr("Postal code"))
        self.city = f.line("city", self.tr("City"))
        self.address = f.text("address", self.tr("Legal address"), height=48)
        self.delivery_address = f.text("delivery_address", self.tr("Delivery address"), height=48)
        self.phone = f.line("phone", self.tr("Phone"))
        self.email = f.line("email", self.tr("E-mail"))
        self.website = f.line("website", self.tr("Website"))
        self.founded = f.day("founded", self.tr("Founded"), None)
        self.employees = f.line("employees", self.tr("Employees"))
        self.annual_revenue = f.line("annual_revenue", self.tr("Annual revenue"))
        self.estimated_spend = f.line(
            "estimated_spend", self.tr("Their yearly spend on what we sell")
        )
        self.currency = f.choice(
            "currency", self.tr("Currency"), [(c, c) for c in CURRENCIES], "EUR"
        )
        self.kam = f.line(
            "kam",
            self.tr("Key account managers *"),
            placeholder=self.tr("1 to 3 names, separated by ;"),
        )
        self.kam_names = KamNamesCompleter(self.kam)  # the KAMs known; a new name is allowed
        self.handover_button = QPushButton(self.tr("Hand over…"))
        self.handover_button.setObjectName("handOver")
        self.handover_button.setToolTip(self.tr("Give the client to another KAM"))
        self.handover_button.clicked.connect(self.hand_over)
        self.save_button = QPushButton(icon("save"), self.tr("Save profile"))
        self.save_button.setObjectName("saveProfile")
        self.save_button.clicked.connect(self.save)
        self.summary = error_label()
        self.requisites = RequisitesBox(self.tax_id)
        self.country.currentTextChanged.connect(self._follow_country)
        inner = QWidget()
        box = QVBoxLayout(inner)
        box.addLayout(self.form)
        box.addWidget(self.requisites)
        box.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(9, 4, 9, 4)
        row.addWidget(self.summary, 1)
        row.addWidget(self.handover_button)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(inner, row))  # Save in sight however long the form
        self._profile = ClientProfile()

    def _follow_country(self, text: str) -> None:
        text = country_code(text)
        label = tax_id_label(text, shown_language()) if text.strip() else self.tr("Tax number")
        set_row(self.form, self.tax_id, label=label, visible=True)
        self.requisites.follow_country(text)

    def load(self, client_id: str | None) -> None:
        from kamdesk.services.clients.assignments import known_kams
        from kamdesk.services.clients.dossier import get_profile, get_requisites
        from kamdesk.services.company import get_company
        from kamdesk.services.sales.order_tax import supplier_of

        self.client_id = client_id
        self.handover_button.setVisible(client_id is not None)  # a saved client's KAMs
        requisites = ClientRequisites()
        with self.db.reading() as session:
            supplier = supplier_of(session)
            self.kam_names.set_names(known_kams(session))
            if client_id is not None:
                self._profile = get_profile(session, client_id)
                requisites = get_requisites(session, client_id)
            else:  # a new client pays in the company's currency until told otherwise
                self._profile = ClientProfile(currency=get_company(session).default_currency)
        self._requisites = requisites  # as loaded: Save writes only what changed since
        p = self._profile
        for name in (
            "name",
            "legal_name",
            "code",
            "tax_id",
            "industry",
            "segment",
            "postal_code",
            "city",
            "phone",
            "email",
            "website",
            "kam",
        ):
            edit = getattr(self, name)
            assert isinstance(edit, QLineEdit)
            edit.setText(getattr(p, name))
        self.address.setPlainText(p.address)
        self.delivery_address.setPlainText(p.delivery_address)
        self.status.setCurrentIndex(max(0, self.status.findData(p.status)))
        found = self.country.findData(p.country)
        if found >= 0:  # shown by its name, "Россия (RU)"
            self.country.setCurrentIndex(found)
        else:
            self.country.setEditText(p.country)
        self.currency.setCurrentIndex(max(0, self.currency.findData(p.currency)))
        self.employees.setText("" if p.employees is None else str(p.employees))
        self.annual_revenue.setText(money_text(p.annual_revenue))
        self.estimated_spend.setText(money_text(p.estimated_spend))

        founded = p.founded
        self.founded.setDate(
            QDate(founded.year, founded.month, founded.day) if founded else NO_DATE
        )
        self.requisites.load(requisites, p.country, supplier)
        self._follow_country(p.country)
        self.form.show({})
        self.requisites.form.show({})
        self._snapshot = widget_state(self)

    def is_dirty(self) -> bool:
        snapshot = getattr(self, "_snapshot", None)
        return snapshot is not None and widget_state(self) != snapshot

    def profile_from_fields(self) -> tuple[ClientProfile, dict[str, str]]:
        problems: dict[str, str] = {}
        profile = dataclasses.replace(
            self._profile,
            name=self.name.text(),
            legal_name=self.legal_name.text().strip(),
            code=self.code.text().strip(),
            status=self.status.currentData(),
            country=country_code(self.country.currentText()),
            tax_id=self.tax_id.text(),
            industry=self.industry.text().strip(),
            segment=self.segment.text().strip(),
            postal_code=self.postal_code.text().strip(),
            city=self.city.text().strip(),
            address=self.address.toPlainText().strip(),
            delivery_address=self.delivery_address.toPlainText().strip(),
            phone=self.phone.text(),
            email=self.email.text(),
            website=self.website.text(),
            founded=read_day(self.founded),
            employees=read_int(self.employees, "employees", problems),
            annual_revenue=read_money(self.annual_revenue, "annual_revenue", problems),
            estimated_spend=read_money(self.estimated_spend, "estimated_spend", problems),
            currency=self.currency.currentData(),
            kam=self.kam.text(),
        )
        return profile, problems

    def save(self) -> bool:
        from kamdesk.domain.client import validate_profile
        from kamdesk.services.clients.dossier import save_profile

        profile, problems = self.profile_from_fields()
        requisites = self.requisites.requisites()
        for name, message in validate_profile(profile, today=date.today()).items():
            problems.setdefault(name, message)
        for name, message in client_requisites_problems(
            profile.country, requisites, today=date.today()
        ).items():
            problems.setdefault(name, message)
        self.form.show(problems)
        self.requisites.form.show(problems)
        if problems:
            self.summary.setText(
                self.tr("Nothing was saved: correct the %n marked field(s).", "", len(problems))
            )
            return False
        self.summary.clear()
        client_id, base, requisites_base = self.client_id, self._profile, self._requisites

        def work(session: Session, pick: Pick) -> str:
            if client_id is None:
                return save_profile(session, profile, today=date.today(), requisites=requisites)
            return save_profile(
                session,
                pick.mine(profile),
                client_id=client_id,
                today=date.today(),
                requisites=pick.mine(requisites),
                base=pick.rebase(base),
                requisites_base=pick.rebase(requisites_base),
            )

        labels = {**self.form.labels, **self.requisites.form.labels}
        result = run_edit(self, self.db, self.hub, work, labels=labels, show=self._value_text)
        if result is None:
            return False
        self.client_id = self.saved_id = result
        if client_id is None:
            self._profile = profile
        else:
            self.load(result)  # what is stored now: the user's changes and those made meanwhile
        self._snapshot = widget_state(self)
        self.saved.emit(result)
        return True

    def hand_over(self) -> None:
        """Hand over…: the client to another KAM (services.team.handover), then the KAMs
        shown again. Unsaved changes to the profile are saved or undone first."""
        from PySide6.QtWidgets import QDialog, QMessageBox

        from kamdesk.services.clients.assignments import assigned_names
        from kamdesk.services.team.handover import handover, kam_choices
        from kamdesk.ui.clients.handover_dialog import HandoverDialog
        from kamdesk.ui.operations import run_op

        client_id = self.client_id
        if client_id is None:
            return
        if self.is_dirty():
            QMessageBox.information(
                self,
                self.tr("Hand over"),
                self.tr("Save or undo your changes to the profile first."),
            )
            return
        with self.db.reading() as session:
            now, choices = assigned_names(session, client_id), kam_choices(session)
        dialog = HandoverDialog(self._profile.name, now, choices, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        kam, co = dialog.kam_id(), dialog.co()
        done = run_op(self, self.db, self.hub, lambda s: handover(s, [client_id], kam, co=co))
        if done is not None:
            self.load(client_id)

    def _value_text(self, name: str, value: object) -> str:
        """A value of the conflict dialog as this form shows it (a status by its word)."""
        if name in ("status", "currency"):
            combo = self.status if name == "status" else self.currency
            index = combo.findData(value)
            if index >= 0:
                return combo.itemText(index)
        return value_text(value)


REASON_LABELS = {
    "revenue": QT_TRANSLATE_NOOP(
        "StrategyPage", "Revenue share: brings a large share of our income"
    ),
    "potential": QT_TRANSLATE_NOOP(
        "StrategyPage", "Potential: has need and budget, buys little from us yet"
    ),
    "reference": QT_TRANSLATE_NOOP("StrategyPage", "Reference: a name that helps win others"),
    "partner": QT_TRANSLATE_NOOP("StrategyPage", "Partner: shares plans and budgets openly"),
    "competent": QT_TRANSLATE_NOOP("StrategyPage", "More competent than us: teaches us standards"),
    "innovator": QT_TRANSLATE_NOOP("StrategyPage", "Innovator: tries new products first"),
}


class StrategyPage(QWidget):
    """Needs, plans, problems, budget, vision, SWOT, notes, and why the client is key."""

    def __init__(self, db: Database, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.hub = db, hub
        self.client_id = ""
        self.form = FieldForm()
        f = self.form
        self.needs = f.text("needs", self.tr("Needs"))
        self.development_plans = f.text("development_plans", self.tr("Development plans"))
        self.problems = f.text("problems", self.tr("Problems"))
        self.budget = f.line("budget", self.tr("Budget for our category, per year"))
        self.vision = f.text("vision", self.tr("Vision and priorities"))
        swot = QGroupBox(self.tr("SWOT"))
        grid = QGridLayout(swot)
        self.swot: dict[str, QWidget] = {}
        for i, (name, label) in enumerate(
            (
                ("swot_strengths", self.tr("Strengths")),
                ("swot_weaknesses", self.tr("Weaknesses")),
                ("swot_opportunities", self.tr("Opportunities")),
                ("swot_threats", self.tr("Threats")),
            )
        ):
            edit = QPlainTextEdit()
            edit.setObjectName(name)
            limit_text(edit)
            edit.setFixedHeight(60)
            edit.setTabChangesFocus(True)
            grid.addWidget(QLabel(label), (i // 2) * 2, i % 2)
            grid.addWidget(edit, (i // 2) * 2 + 1, i % 2)
            self.swot[name] = edit
        self.notes = f.text("notes", self.tr("Notes"))
        reasons = QGroupBox(self.tr("Why this client is key"))
        reasons_layout = QGridLayout(reasons)
        self.reason_boxes: dict[str, QCheckBox] = {}
        self.reason_texts: dict[str, QLineEdit] = {}
        self.reason_errors: dict[str, QLabel] = {}
        for row, reason in enumerate(KEY_REASONS):
            box = QCheckBox(self.tr(REASON_LABELS[reason]))
            box.setObjectName(f"reason_{reason}")
            text = QLineEdit()
            text.setObjectName(f"why_{reason}")
            limit_text(text)
            text.setPlaceholderText(self.tr("why, in a sentence"))
            text.setEnabled(False)
            box.toggled.connect(text.setEnabled)
            error = WrappingLabel()  # wraps, as tall as its lines
            error.setStyleSheet(ERROR_STYLE)
            error.hide()
            reasons_layout.addWidget(box, row * 2, 0)
            reasons_layout.addWidget(text, row * 2, 1)
            reasons_layout.addWidget(error, row * 2 + 1, 1)
            self.reason_boxes[reason], self.reason_texts[reason] = box, text
            self.reason_errors[reason] = error
        reasons_layout.setColumnStretch(1, 1)
        self.save_button = QPushButton(icon("save"), self.tr("Save strategy"))
        self.save_button.setObjectName("saveStrategy")
        self.save_button.clicked.connect(self.save)
        inner = QWidget()
        box_layout = QVBoxLayout(inner)
        box_layout.addWidget(reasons)
        box_layout.addLayout(self.form)
        box_layout.addWidget(swot)
        box_layout.addStretch(1)
        row_layout = QHBoxLayout()
        row_layout.setContentsMargins(9, 4, 9, 4)
        row_layout.addStretch(1)
        row_layout.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(inner, row_layout))  # Save in sight however long the form

    def load(self, client_id: str) -> None:
        from kamdesk.services.clients.dossier import get_strategy, key_reasons_data

        self.client_id = client_id
        with self.db.reading() as session:
            strategy = get_strategy(session, client_id)
            reasons = key_reasons_data(session, client_id)
        self._base = (strategy, reasons)  # Save writes only what changed since
        for name in ("needs", "development_plans", "problems", "vision", "notes"):
            getattr(self, name).setPlainText(getattr(strategy, name))
        for name, edit in self.swot.items():
            edit.setPlainText(getattr(strategy, name))  # type: ignore[attr-defined]
        self.budget.setText(money_text(strategy.budget))
        for reason in KEY_REASONS:
            self.reason_boxes[reason].setChecked(reasons.get(reason) is not None)
            self.reason_texts[reason].setText(reasons.get(reason) or "")
            self.reason_errors[reason].hide()
        self.form.show({})
        self._snapshot = widget_state(self)

    def is_dirty(self) -> bool:
        snapshot = getattr(self, "_snapshot", None)
        # a page never loaded (its tab never opened) holds nothing the user typed
        return snapshot is not None and widget_state(self) != snapshot

    def save(self) -> bool:
        from kamdesk.services.clients.dossier import Strategy, save_key_reasons, save_strategy

        problems: dict[str, str] = {}
        budget = read_money(self.budget, "budget", problems)
        reasons: dict[str, str | None] = {
            r: self.reason_texts[r].text() if self.reason_boxes[r].isChecked() else None
            for r in KEY_REASONS
        }
        for reason, text in reasons.items():
            if text is not None and not text.strip():
                problems[f"reason_{reason}"] = self.tr("Say in a sentence why this reason applies.")
        self.form.show(problems)
        for reason, label in self.reason_errors.items():
            message = problems.get(f"reason_{reason}", "")
            label.setText(message)
            label.setVisible(bool(message))
        if problems:
            return False
        strategy = Strategy(
            needs=self.needs.toPlainText(),
            development_plans=self.development_plans.toPlainText(),
            problems=self.problems.toPlainText(),
            budget=budget,
            vision=self.vision.toPlainText(),
            notes=self.notes.toPlainText(),
            **{n: e.toPlainText() for n, e in self.swot.items()},  # type: ignore[attr-defined]
        )
        client_id = self.client_id
        base, reasons_base = self._base

        def work(session: Session, pick: Pick) -> bool:
            save_strategy(session, client_id, pick.mine(strategy), base=pick.rebase(base))
            save_key_reasons(session, client_id, pick.mine(reasons), base=pick.rebase(reasons_base))
            return True

        labels = {
            **self.form.labels,
            **{name: _strategy_tr(word) for name, word in SWOT_WORDS.items()},
            **{r: self.reason_boxes[r].text().split(":")[0] for r in KEY_REASONS},
        }
        self._snapshot = widget_state(self)  # the reload that follows may refill the page
        if run_edit(self, self.db, self.hub, work, labels=labels, show=_reason_text) is True:
            self.load(client_id)  # what is stored now: these changes and those made meanwhile
            return True
        self._snapshot = ()
        return False


SWOT_WORDS = {  # as the page labels its SWOT boxes
    "swot_strengths": QT_TRANSLATE_NOOP("StrategyPage", "Strengths"),
    "swot_weaknesses": QT_TRANSLATE_NOOP("StrategyPage", "Weaknesses"),
    "swot_opportunities": QT_TRANSLATE_NOOP("StrategyPage", "Opportunities"),
    "swot_threats": QT_TRANSLATE_NOOP("StrategyPage", "Threats"),
}


def _strategy_tr(text: str) -> str:
    return QCoreApplication.translate("StrategyPage", text)


def _reason_text(name: str, value: object) -> str:
    """A key reason not flagged reads so in the conflict dialog."""
    if name in KEY_REASONS and value is None:
        return _strategy_tr("(not a reason)")
    return value_text(value)
