"""Add or edit one contact: who they are, how to reach them, what to remember about them."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING

from babel import Locale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.client import (
    ATTITUDES,
    BUYING_ROLES,
    FAMILIARITY,
    INFLUENCES,
    ContactData,
    validate_contact,
)
from kamdesk.ui.i18n import shown_language
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.widgets.conflicts import Pick, run_edit, value_text
from kamdesk.ui.widgets.forms import FieldForm, domain_text, read_day
from kamdesk.ui.widgets.layout_rules import WrappingLabel
from kamdesk.ui.widgets.style import ERROR_STYLE

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database


class ContactDialog(QDialog):
    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        data: ContactData,
        *,
        contact_id: str | None = None,
        colleagues: tuple[tuple[str, str], ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self.setWindowTitle(self.tr("New contact") if contact_id is None else self.tr("Contact"))
        self.db, self.hub, self.data, self.contact_id = db, hub, data, contact_id
        self.saved_id: str | None = None
        left, right = FieldForm(), FieldForm()
        self.forms = (left, right)
        self.full_name = left.line("full_name", self.tr("Name *"), data.full_name)
        self.position = left.line("position", self.tr("Position"), data.position)
        self.department = left.line("department", self.tr("Department"), data.department)
        self.phone = left.line("phone", self.tr("Phone"), data.phone)
        self.mobile = left.line("mobile", self.tr("Mobile"), data.mobile)
        self.email = left.line("email", self.tr("E-mail"), data.email)
        self.email_alt = left.line("email_alt", self.tr("Other e-mail"), data.email_alt)
        self.buying_role = left.choice(
            "buying_role",
            self.tr("Buying role"),
            [("", self.tr("unknown"))] + [(r, domain_text(r)) for r in BUYING_ROLES],
            data.buying_role,
        )
        self.attitude = left.choice(
            "attitude",
            self.tr("Attitude to us"),
            [(a, domain_text(a)) for a in ATTITUDES],
            data.attitude,
        )
        self.influence = left.choice(
            "influence",
            self.tr("Influence"),
            [(i, domain_text(i)) for i in INFLUENCES],
            data.influence,
        )
        self.familiarity = left.choice(
            "familiarity",
            self.tr("How well we know them"),
            [(f, domain_text(f)) for f in FAMILIARITY],
            data.familiarity,
        )
        self.reports_to = left.choice(
            "reports_to_id",
            self.tr("Reports to"),
            [("", self.tr("nobody (top of the chart)")), *colleagues],
            data.reports_to_id or "",
        )
        self._personal_fields(right, data)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        self.summary = WrappingLabel()  # wraps, as tall as its lines
        self.summary.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    def _personal_fields(self, right: FieldForm, data: ContactData) -> None:
        """The right-hand column: what the KAM knows of the person."""
        self.is_vip = right.check("is_vip", self.tr("VIP"), data.is_vip)
        self.is_opinion_leader = right.check(
            "is_opinion_leader", self.tr("Key opinion leader"), data.is_opinion_leader
        )
        self.birthday = right.day("birthday", self.tr("Birthday"), data.birthday)
        self.form_of_address = right.line(
            "form_of_address",
            self.tr("Form of address"),
            data.form_of_address,
            self.tr("e.g. Dear Mr Szabó / Уважаемый Иван Петрович"),
        )
        self.language = right.choice("language", self.tr("Language"), language_items(), "")
        self.language.setEditable(True)  # another language is typed as the KAM writes it
        found = self.language.findData(data.language.strip().lower())
        if found >= 0:
            self.language.setCurrentIndex(found)
        else:
            self.language.setEditText(data.language)
        self.interests = right.text("interests", self.tr("Interests"), data.interests, 50)
        self.etiquette = right.text("etiquette", self.tr("Etiquette notes"), data.etiquette, 50)
        self.notes = right.text("notes", self.tr("Notes"), data.notes, 50)

    def data_from_fields(self) -> ContactData:
        return dataclasses.replace(
            self.data,
            full_name=self.full_name.text(),
            position=self.position.text().strip(),
            department=self.department.text().strip(),
            phone=self.phone.text(),
            mobile=self.mobile.text(),
            email=self.email.text(),
            email_alt=self.email_alt.text(),
            buying_role=self.buying_role.currentData(),
            attitude=self.attitude.currentData(),
            influence=self.influence.currentData(),
            familiarity=self.familiarity.currentData(),
            reports_to_id=self.reports_to.currentData() or None,
            is_vip=self.is_vip.isChecked(),
            is_opinion_leader=self.is_opinion_leader.isChecked(),
            birthday=read_day(self.birthday),
            form_of_address=self.form_of_address.text().strip(),
            language=language_of(self.language),
            interests=self.interests.toPlainText().strip(),
            etiquette=self.etiquette.toPlainText().strip(),
            notes=self.notes.toPlainText().strip(),
        )

    def save(self) -> None:
        from kamdesk.services.clients.contacts import save_contact

        data = self.data_from_fields()
        problems = validate_contact(data, today=date.today())
        for form in self.forms:
            form.show(problems)
        if problems:
            self.summary.setText(
                self.tr("Nothing was saved: correct the %n marked field(s).", "", len(problems))
            )
            return
        contact_id, base = self.contact_id, self.data

        def work(session: Session, pick: Pick) -> str:
            if contact_id is None:
                return save_contact(session, data, today=date.today())
            return save_contact(
                session,
                pick.mine(data),
                contact_id=contact_id,
                today=date.today(),
                base=pick.rebase(base),
            )

        labels = {k: v for form in self.forms for k, v in form.labels.items()}
        result = run_edit(self, self.db, self.hub, work, labels=labels, show=self._value_text)
        if result is not None:
            self.saved_id = result
            self.accept()

    def _value_text(self, name: str, value: object) -> str:
        """A value of the conflict dialog as this form shows it (a choice by its word)."""
        combo = {
            "buying_role": self.buying_role,
            "attitude": self.attitude,
            "influence": self.influence,
            "familiarity": self.familiarity,
            "reports_to_id": self.reports_to,
        }.get(name)
        if combo is not None:
            index = combo.findData(value or "")
            if index >= 0:
                return combo.itemText(index)
        return value_text(value)


# the languages a contact is most often spoken to in, named in the interface's language
CONTACT_LANGUAGES = ("ru", "hu", "it", "az", "en", "de", "kk", "uk", "pl", "ro", "tr")


def language_items() -> list[tuple[str, str]]:
    """(code, name) for the language box: "Russian"/"русский" as the interface speaks."""
    names = Locale.parse(shown_language()).languages
    return [("", "")] + [(c, names.get(c, c)[:1].upper() + names.get(c, c)[1:])
                         for c in CONTACT_LANGUAGES]  # fmt: skip


def language_of(box: QComboBox) -> str:
    """The code of a language chosen from the list, or the text typed for another one."""
    text = box.currentText().strip()
    index = box.findText(text)
    return str(box.itemData(index)) if index >= 0 else text
