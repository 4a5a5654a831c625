"""This laptop as the team's files know it: its name and the series its new numbers take
(SO-2026-AM-000001). Numbers already issued keep theirs."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.numbering import format_number, normalize_series, number_stem
from kamdesk.ui.operations import ChangeHub, read_now, run_op
from kamdesk.ui.settings.form_rows import hint
from kamdesk.ui.widgets.forms import FieldForm
from kamdesk.ui.widgets.style import MUTED_STYLE

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.services.replica import ReplicaInfo


class LaptopDialog(QDialog):
    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings  # this laptop's own (the idle lock's minutes): none, no row
        from kamdesk.services.replica import current_replica

        self.setObjectName("laptopDialog")
        self.setWindowTitle(self.tr("This laptop"))
        self.db, self.hub = db, hub
        self.replica: ReplicaInfo | None = read_now(self, db, current_replica)
        intro = QLabel(
            self.tr(
                "How the team's sync files name this laptop, and the series of the numbers it "
                "gives orders, invoices, returns and documents, so that two laptops never give "
                "the same number. Numbers already given keep theirs."
            )
        )
        intro.setWordWrap(True)
        self.form = FieldForm()
        replica = self.replica
        self.name: QLineEdit = self.form.line(
            "name", self.tr("Name"), replica.name if replica else "", self.tr("e.g. Anna's laptop")
        )
        self.series: QLineEdit = self.form.line(
            "series", self.tr("Number series"), replica.series_code if replica else ""
        )
        self.example = QLabel()
        self.example.setObjectName("seriesExample")
        self.example.setStyleSheet(MUTED_STYLE)
        self.form.addRow("", self.example)
        self.series.textChanged.connect(self._show_example)
        from kamdesk.services.sync.team import is_hub

        self.hub_box = QCheckBox(self.tr("This laptop is the team's hub"))
        self.hub_box.setObjectName("teamHub")
        # as wide as its words: a click beside them would not tick it
        self.hub_box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.hub_box.setChecked(bool(replica) and bool(read_now(self, db, is_hub)))
        self.form.addRow("", self.hub_box)
        hub_note = hint(
            self.tr(
                "The manager's laptop, say: its price list, promotions, team rules and company "
                "profile win when another laptop changed them at the same time."
            )
        )
        self.form.addRow("", hub_note)
        self.lock_minutes = self._lock_row()
        self.language = self._language_row()
        self.appearance = self._appearance_row()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        if replica is None:  # a file opened without the app's folders (no registry to bind it)
            intro.setText(self.tr("This database has no laptop identity yet: open it in kamdesk."))
            for widget in (self.name, self.series, self.save_button, self.hub_box):
                widget.setEnabled(False)
        self._show_example()
        # tall enough for its wrapped notes at this width (longer in other languages)
        self.resize(560, max(340, layout.totalHeightForWidth(560)))
        # what the form loaded: Save writes only what the user changed (the hub may have moved
        # to another laptop through sync meanwhile, and is not taken back by a rename)
        self._loaded = (self.name.text(), self.series.text(), self.hub_box.isChecked())

    def _language_row(self) -> QComboBox | None:
        """The interface language (kamdesk.ui.i18n), this laptop's own: applied at next start."""
        if self.settings is None:
            return None
        from kamdesk.ui.i18n import NATIVE_NAMES, SHIPPED, chosen_language

        box = QComboBox()
        box.setObjectName("language")
        box.addItem(self.tr("As the system"), "")
        for code in SHIPPED:
            box.addItem(NATIVE_NAMES[code], code)
        box.setCurrentIndex(max(0, box.findData(chosen_language(self.settings))))
        self.form.addRow(self.tr("Language"), box)
        return box

    def _appearance_row(self) -> QComboBox | None:
        """Light or dark (kamdesk.ui.widgets.scheme), this laptop's own: applied at next start."""
        if self.settings is None:
            return None
        from kamdesk.ui.widgets.scheme import SCHEME_KEY

        box = QComboBox()
        box.setObjectName("appearance")
        box.addItem(self.tr("As the system"), "system")
        box.addItem(self.tr("Light"), "light")
        box.addItem(self.tr("Dark"), "dark")
        box.setCurrentIndex(max(0, box.findData(self.settings.value(SCHEME_KEY, "system"))))
        self.form.addRow(self.tr("Appearance"), box)
        return box

    def _lock_row(self) -> QSpinBox | None:
        """The idle lock's minutes (kamdesk.ui.idle_lock), kept in this laptop's settings."""
        if self.settings is None:
            return None
        from kamdesk.ui.idle_lock import LOCK_MINUTES_MAX, lock_minutes

        spin = QSpinBox()
        spin.setObjectName("lockMinutes")
        spin.setRange(0, LOCK_MINUTES_MAX)
        spin.setSpecialValueText(self.tr("never"))
        spin.valueChanged.connect(lambda minutes: self._minutes_words(spin, minutes))
        spin.setValue(lock_minutes(self.settings))
        self._minutes_words(spin, spin.value())
        self.form.addRow(self.tr("Lock after"), spin)
        note = hint(
            self.tr(
                "For an encrypted database: the window hides its data until the passphrase "
                "is given again."
            )
        )
        self.form.addRow("", note)
        return spin

    def _minutes_words(self, spin: QSpinBox, minutes: int) -> None:
        """The words around the number agree with it ("1 idle minute", "5 idle minutes"): the
        plural message is split at the number into the spin box's prefix and suffix."""
        text = self.tr("%n idle minute(s)", "", minutes)
        number = str(minutes)
        at = text.find(number)
        if at < 0:  # a translation without the number: all of it after
            spin.setPrefix("")
            spin.setSuffix(" " + text)
            return
        spin.setPrefix(text[:at])
        spin.setSuffix(text[at + len(number) :])

    def _show_example(self) -> None:
        try:
            code = normalize_series(self.series.text())
        except ValueError:
            self.example.setText("")
            return
        stem = number_stem("SO", date.today().year, code)
        self.example.setText(
            self.tr("New orders are numbered like {number}").format(
                number=format_number(stem, 1, 6)
            )
        )

    def problems(self) -> dict[str, str]:
        from kamdesk.services.replica import replica_name_problem

        found: dict[str, str] = {}
        name_problem = replica_name_problem(self.name.text())
        if name_problem is not None:
            found["name"] = name_problem
        try:
            normalize_series(self.series.text())
        except ValueError as exc:
            found["series"] = str(exc)
        return found

    def save(self) -> bool:
        from kamdesk.services.replica import rename_replica, set_series_code
        from kamdesk.services.sync.team import is_hub, set_hub

        problems = self.problems()
        self.form.show(problems)
        if problems:
            return False
        name, series = self.name.text(), self.series.text()
        hub_wanted = self.hub_box.isChecked()
        was_name, was_series, was_hub = self._loaded

        def work(session: Session) -> bool:
            if name != was_name:
                rename_replica(session, name)
            if series != was_series:
                set_series_code(session, series)
            if hub_wanted != was_hub and hub_wanted != is_hub(session):
                set_hub(session, hub_wanted)
            return True

        if not run_op(self, self.db, self.hub, work):
            return False  # said; what was typed stays
        self._loaded = (name, series, hub_wanted)
        if self.settings is not None and self.lock_minutes is not None:
            from kamdesk.ui.idle_lock import set_lock_minutes

            set_lock_minutes(self.settings, self.lock_minutes.value())
        self._save_language()
        self._save_appearance()
        self.accept()
        return True

    def _save_language(self) -> None:
        if self.settings is None or self.language is None:
            return
        from kamdesk.ui.i18n import chosen_language, set_language

        wanted = self.language.currentData() or ""
        if wanted == chosen_language(self.settings):
            return
        set_language(self.settings, wanted)
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The interface shows the new language the next time kamdesk starts."),
        )

    def _save_appearance(self) -> None:
        if self.settings is None or self.appearance is None:
            return
        from kamdesk.ui.widgets.scheme import SCHEME_KEY

        wanted = self.appearance.currentData()
        if wanted == self.settings.value(SCHEME_KEY, "system"):
            return
        self.settings.setValue(SCHEME_KEY, wanted)
        QMessageBox.information(
            self,
            self.tr("Appearance"),
            self.tr("kamdesk shows the new appearance the next time it starts."),
        )
