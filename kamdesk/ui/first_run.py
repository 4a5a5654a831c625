"""The first run: a database without the team's own company gets a page that says where to
begin — set up my company (the profile, then the price list), or look around the demo first."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QProcess, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.widgets.icons import icon

if TYPE_CHECKING:
    from kamdesk.ui.mainwindow import MainWindow


def needs_first_run(window: MainWindow) -> bool:
    """The open database has no company profile yet."""
    from kamdesk.services.company import has_company_profile

    if window.db is None:
        return False
    with window.db.reading() as session:
        return not has_company_profile(session)


def demo_command() -> tuple[str, list[str]]:
    """How to start kamdesk on its demo data: the same program, `--demo`."""
    if getattr(sys, "frozen", False):  # the packaged build is its own executable
        return sys.executable, ["--demo"]
    return sys.executable, ["-m", "kamdesk", "--demo"]


class FirstRunDialog(QDialog):
    """Where to begin. "Set up my company" opens the company's settings and, once saved,
    offers the price-list import; "Explore the demo" starts kamdesk on its demo data in a
    window of its own (this file stays as it is); "Not now" leaves it for later (File > Our
    company…)."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome to kamdesk"))
        intro = QLabel(
            self.tr(
                "<h3>Welcome to kamdesk</h3>"
                "<p>This database is new. Begin with your own company: its name, address, "
                "tax numbers and bank details print on every proposal and contract, and its "
                "currency is the one your figures are shown in. Then import your price list, "
                "and add your key clients.</p>"
                "<p>Or look around the demo first: forty clients with two years of orders, "
                "meetings and payments, in a window of its own. Nothing of it comes into this "
                "database.</p>"
            )
        )
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setWordWrap(True)
        self.setup_button = QPushButton(icon("settings"), self.tr("Set up my company…"))
        self.setup_button.setObjectName("setupCompany")
        self.setup_button.setDefault(True)
        self.demo_button = QPushButton(icon("preview"), self.tr("Explore the demo"))
        self.demo_button.setObjectName("exploreDemo")
        self.later_button = QPushButton(self.tr("Not now"))
        self.later_button.setObjectName("notNow")
        self.setup_button.clicked.connect(self.set_up)
        self.demo_button.clicked.connect(self.explore_demo)
        self.later_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.later_button)
        row.addStretch(1)
        row.addWidget(self.demo_button)
        row.addWidget(self.setup_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addStretch(1)
        layout.addLayout(row)
        width = 580  # tall enough for the wrapped welcome at this width, in every language
        self.resize(width, max(self.sizeHint().height(), layout.totalHeightForWidth(width)))

    def set_up(self) -> QDialog | None:
        """The company's settings; when saved, the offer to import the price list."""
        dialog = self.window_.open_company_settings()
        if dialog is None:
            return None
        dialog.accepted.connect(self._offer_price_list)
        self.accept()
        return dialog

    def _offer_price_list(self) -> None:
        asked = QMessageBox.question(
            self.window_,
            self.tr("Your price list"),
            self.tr(
                "Your company is set up. Import your price list now (CSV or Excel, with a "
                "column for each of your price columns)?"
            ),
        )
        if asked == QMessageBox.StandardButton.Yes:
            self.window_.show_section("products")
            self.window_.products.open_import()

    def explore_demo(self) -> bool:
        """kamdesk on its demo data, as a program of its own beside this one."""
        program, arguments = demo_command()
        started = QProcess.startDetached(program, arguments)
        ok = bool(started[0] if isinstance(started, tuple) else started)
        if not ok:
            QMessageBox.warning(
                self,
                self.tr("The demo did not start"),
                self.tr("Start it from a terminal with: kamdesk --demo"),
            )
            return False
        self.accept()
        return True


def offer_first_run(window: MainWindow) -> FirstRunDialog | None:
    """The welcome, when the open database has no company yet (app.run_gui, once open)."""
    if not needs_first_run(window):
        return None
    dialog = FirstRunDialog(window)
    dialog.open()
    return dialog
