"""The main window: a section list on the left, the chosen section on the right."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk import __version__
from kamdesk.services.changes import Change, Changes
from kamdesk.ui import window_kinds
from kamdesk.ui.clients.section import ClientsSection
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.reports.key_clients import ReportsSection
from kamdesk.ui.today.section import TodaySection
from kamdesk.ui.widgets.badge import BADGE_ROLE, BadgeDelegate

if TYPE_CHECKING:
    from kamdesk.db import Database
    from kamdesk.paths import AppPaths
    from kamdesk.ui.damage import DamageWatch
    from kamdesk.ui.idle_lock import IdleLock
    from kamdesk.ui.schedule.section import ScheduleSection
    from kamdesk.ui.settings.company_dialog import CompanyDialog


NAV_WIDTH = 170  # the sections list, at least (English names fit)
NAV_PADDING = 24  # beyond the widest item as its delegate draws it (a count badge included)


class MainWindow(QMainWindow):
    """Built before the database is open so it paints at once; attach(db) fills it.

    Nothing here imports SQLAlchemy at module level: that import alone costs more than showing
    the window, so it happens after the first paint (see app.run_gui).
    """

    def __init__(
        self,
        db_path: Path,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        paths: AppPaths | None = None,
    ) -> None:
        super().__init__(parent)
        window_kinds.install()
        self.db: Database | None = None
        self.db_path = db_path
        self.settings = settings
        self.hub = ChangeHub(self, paths=paths)
        self._paths = paths
        self.damage_watch: DamageWatch | None = None
        self.idle_lock: IdleLock | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("kamdesk — {name}").format(name=db_path.name))

        self.nav = QListWidget()
        self.nav.setObjectName("sections")
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setIconSize(QSize(18, 18))
        self.nav.setItemDelegate(BadgeDelegate(self.nav))
        self.nav.setStyleSheet(
            "QListWidget { border: none; background: palette(window); font-size: 14px; }"
            "QListWidget::item { padding: 8px 12px; }"
            "QListWidget::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); border-radius: 4px; }"
        )
        self.stack = QStackedWidget()
        self.sections: dict[str, QWidget] = {}
        self._add_sections()
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.stack.currentChanged.connect(self._on_section_shown)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.status_db = QLabel(str(db_path))
        self.statusBar().addPermanentWidget(self.status_db)
        self.hub.changed.connect(self._on_changed)
        self._restore_state()

    def _add_sections(self) -> None:
        """The sections in the order of the list on the left."""
        self.clients = ClientsSection()
        self.today = TodaySection()
        self.reports = ReportsSection()
        self._add("today", self.tr("Today"), self.today)
        self._add("clients", self.tr("Clients"), self.clients)
        # built when first shown: the week view's modules are not needed for the first paint
        self._schedule_page = QWidget()
        QVBoxLayout(self._schedule_page).setContentsMargins(0, 0, 0, 0)
        self._schedule: ScheduleSection | None = None
        self._add("schedule", self.tr("Schedule"), self._schedule_page)
        from kamdesk.ui.orders.section import OrdersSection  # Qt only: no database layer yet

        self.orders = OrdersSection()
        self._add("orders", self.tr("Orders"), self.orders)
        from kamdesk.ui.products.section import ProductsSection  # Qt only: no database layer yet

        self.products = ProductsSection()
        self._add("products", self.tr("Products"), self.products)
        from kamdesk.ui.receivables.section import ReceivablesSection  # Qt only: no database yet

        self.receivables = ReceivablesSection()
        self._add("receivables", self.tr("Receivables"), self.receivables)
        self._add("reports", self.tr("Reports"), self.reports)
        from kamdesk.ui.sync.section import SyncSection  # Qt only: no database layer yet

        self.sync = SyncSection()
        self.sync.conflicts_counted.connect(self._show_conflicts_badge)
        self._add("sync", self.tr("Sync"), self.sync)

    def attach(self, db: Database) -> None:
        """The database is open: fill the sections and enable what needs data."""
        self.db = db
        from kamdesk.ui.damage import DamageWatch  # Qt only

        # first: a damaged page a section meets as it fills is said with the backup to restore
        self.damage_watch = DamageWatch(self)
        self.damage_watch.db = db
        from kamdesk.services.sync.capture import install

        install()  # every save is captured for sync as it commits
        self._bind_replica(db)
        self.clients.attach(db)
        self.today.attach(db, self.hub)
        self.reports.attach(db, self.hub)
        self.orders.attach(db, self.hub)
        if self._schedule is not None:
            self._schedule.attach(db, self.hub)
        self.products.attach(db, self.hub)
        self.receivables.attach(db, self.hub)
        self.sync.attach(db, self.hub, backups=self._paths.backups if self._paths else None)
        from kamdesk.ui.schedule.reminders import LeaveReminder  # Qt only

        self.reminder = LeaveReminder(self)
        self.reminder.attach(db, self.hub)
        self.settings_action.setEnabled(True)
        self.rules_action.setEnabled(True)
        self.rates_action.setEnabled(True)
        self.laptop_action.setEnabled(True)
        self.backups_action.setEnabled(True)
        self.encryption_action.setEnabled(True)
        self.statusBar().showMessage(self.tr("Ready"), 3000)
        # a damaged page is looked for in the background: the window is usable meanwhile
        self.damage_watch.start(db)
        self.follow_encryption()

    def _bind_replica(self, db: Database) -> None:
        if self._paths is not None:
            # This file's replica identity: created, kept, or forked for a copy (sync, numbers)
            from kamdesk.services.replica import open_replica

            with db.unit_of_work() as s:
                open_replica(s, db.path, self._paths.replica_registry)

    @property
    def schedule(self) -> ScheduleSection:
        """The Schedule section, built the first time it is shown or asked for."""
        if self._schedule is None:
            from kamdesk.ui.schedule.section import (
                ScheduleSection,  # Qt only: no database layer yet
            )

            self._schedule = ScheduleSection()
            layout = self._schedule_page.layout()
            assert layout is not None
            layout.addWidget(self._schedule)
            if self.db is not None:
                self._schedule.attach(self.db, self.hub)
        return self._schedule

    def _show_conflicts_badge(self, count: int) -> None:
        item = self.nav.item(list(self.sections).index("sync"))
        item.setData(BADGE_ROLE, count)
        item.setToolTip(
            self.tr("%n conflict(s) to resolve", "", count) if count else self.tr("Sync")
        )

    def sync_badge(self) -> int:
        """The count on the Sync entry (open conflicts); 0 when none is shown."""
        item = self.nav.item(list(self.sections).index("sync"))
        count = item.data(BADGE_ROLE)
        return count if isinstance(count, int) else 0

    def _on_section_shown(self, index: int) -> None:
        if self.stack.widget(index) is self._schedule_page:
            self.schedule.show()

    # --- building -----------------------------------------------------------------------------
    def _add(self, key: str, label: str, widget: QWidget) -> None:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)
        # as wide as its longest section's name in this language (room for a count badge)
        wanted = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + NAV_PADDING
        self.nav.setFixedWidth(max(self.nav.width(), wanted))
        self.stack.addWidget(widget)
        self.sections[key] = widget

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.open_company_settings)
        self.settings_action.setEnabled(False)
        file_menu.addAction(self.settings_action)
        self.rules_action = QAction(self.tr("Sales &rules…"), self)
        self.rules_action.triggered.connect(self.open_sales_rules)
        self.rules_action.setEnabled(False)
        file_menu.addAction(self.rules_action)
        self.rates_action = QAction(self.tr("E&xchange rates…"), self)
        self.rates_action.triggered.connect(self.open_exchange_rates)
        self.rates_action.setEnabled(False)
        file_menu.addAction(self.rates_action)
        self.laptop_action = QAction(self.tr("This &laptop…"), self)
        self.laptop_action.triggered.connect(self.open_laptop_settings)
        self.laptop_action.setEnabled(False)
        file_menu.addAction(self.laptop_action)
        self.backups_action = QAction(self.tr("&Backups…"), self)
        self.backups_action.triggered.connect(self.open_backups)
        self.backups_action.setEnabled(False)
        file_menu.addAction(self.backups_action)
        self.encryption_action = QAction(self.tr("&Encryption…"), self)
        self.encryption_action.triggered.connect(self.open_encryption_settings)
        self.encryption_action.setEnabled(False)
        file_menu.addAction(self.encryption_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        self.find_action = QAction(self.tr("&Find client"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.find_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About kamdesk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # --- actions ------------------------------------------------------------------------------
    def show_section(self, key: str) -> None:
        self.nav.setCurrentRow(list(self.sections).index(key))

    def current_section(self) -> str:
        return list(self.sections)[self.stack.currentIndex()]

    def focus_search(self) -> None:
        self.show_section("clients")
        self.clients.focus_search()

    def open_company_settings(self) -> CompanyDialog | None:
        if self.db is None:
            return None
        from kamdesk.ui.settings.company_dialog import CompanyDialog  # needs the database layer

        dialog = CompanyDialog(self.db, self.hub, self)
        dialog.open()
        return dialog

    def open_sales_rules(self) -> QDialog | None:
        if self.db is None:
            return None
        from kamdesk.ui.settings.rules_dialog import RulesDialog

        dialog = RulesDialog(self.db, self.hub, self)
        dialog.open()
        return dialog

    def open_exchange_rates(self) -> QDialog | None:
        if self.db is None:
            return None
        from kamdesk.ui.settings.rates_dialog import RatesDialog

        dialog = RatesDialog(self.db, self.hub, self)
        dialog.open()
        return dialog

    def open_laptop_settings(self) -> QDialog | None:
        if self.db is None:
            return None
        from kamdesk.ui.settings.laptop_dialog import LaptopDialog

        dialog = LaptopDialog(self.db, self.hub, self, settings=self.settings)
        dialog.accepted.connect(self._lock_minutes_changed)
        dialog.open()
        return dialog

    def open_backups(self) -> QDialog | None:
        if self.db is None:
            return None
        from kamdesk.ui.settings.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.db, self, self)
        dialog.open()
        return dialog

    # --- safety: restoring a backup, the idle lock ----------------------------------------
    def before_restore(self) -> bool:
        """Record windows closed (each asks about unsaved edits), the damage check stopped."""
        if not self._close_record_windows():
            return False
        if self.damage_watch is not None:
            self.damage_watch.stop()
        return True

    def after_restore(self) -> None:
        """The file holds the backup now: its own identity, every view read again."""
        if self.db is None:
            return
        self._bind_replica(self.db)
        self.follow_encryption()  # a restored file may be encrypted where this one was not
        self.hub.changed.emit(frozenset(Change))

    def enable_idle_lock(self, verify: Callable[[str], bool]) -> IdleLock:
        """Lock the window after this laptop's idle minutes (File > This laptop; 0 = never)
        until `verify(passphrase)` is true (follow_encryption gives the Database's
        `passphrase_matches` for an encrypted file)."""
        from kamdesk.ui.idle_lock import IdleLock, lock_minutes

        if self.idle_lock is not None:
            self.idle_lock.remove()
            self.idle_lock.deleteLater()
        self.idle_lock = IdleLock(self, verify, lock_minutes(self.settings))
        self.idle_lock.locked_changed.connect(self._locked_changed)
        return self.idle_lock

    def _locked_changed(self, locked: bool) -> None:
        reminder = getattr(self, "reminder", None)  # made by attach()
        if not locked and reminder is not None:
            reminder.show_waiting()  # the reminders held while locked, at once

    def follow_encryption(self) -> None:
        """The idle lock guards an encrypted file only: on when it is (at opening, after
        encryption was turned on), off when it is not (turned off)."""
        if self.db is not None and self.db.encrypted:
            self.enable_idle_lock(self.db.passphrase_matches)
        elif self.idle_lock is not None:
            self.idle_lock.remove()
            self.idle_lock.deleteLater()
            self.idle_lock = None

    def _lock_minutes_changed(self) -> None:
        if self.idle_lock is not None:
            from kamdesk.ui.idle_lock import lock_minutes

            self.idle_lock.set_minutes(lock_minutes(self.settings))

    def open_encryption_settings(self) -> QDialog | None:
        if self.db is None:
            return None
        from kamdesk.ui.settings.encryption_dialog import EncryptionDialog

        dialog = EncryptionDialog(self.db, self.hub, self)
        dialog.open()
        return dialog

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About kamdesk"),
            self.tr(
                "<b>kamdesk</b> {version}<br>The key account manager's offline workbench."
                "<br><br>Database: {path}"
            ).format(version=__version__, path=self.db_path),
        )

    def _on_changed(self, changes: Changes) -> None:
        if Change.CLIENTS in changes:
            self.clients.refresh()

    # --- state --------------------------------------------------------------------------------
    def _close_record_windows(self) -> bool:
        """False when the user keeps one open (unsaved edits): it is raised."""
        for child in self.findChildren(QMainWindow):
            if child.isVisible() and not child.close():
                child.raise_()
                child.activateWindow()
                return False
        return True

    def _restore_state(self) -> None:
        geometry = self.settings.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        section = self.settings.value("main/section", "clients")
        keys = list(self.sections)
        self.show_section(section if section in keys else "clients")

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.idle_lock is not None and self.idle_lock.locked:
            # the hidden windows could not ask about their unsaved edits without showing them
            self.idle_lock.refuse_close()
            event.ignore()
            return
        # Dossiers and orders open in their own windows: each asks about its unsaved edits,
        # and one the user keeps open keeps the application open.
        if not self._close_record_windows():
            event.ignore()
            return
        if self.damage_watch is not None:
            self.damage_watch.stop()  # the file closes next
        self.settings.setValue("main/geometry", self.saveGeometry())
        self.settings.setValue("main/section", self.current_section())
        self.settings.sync()
        super().closeEvent(event)
