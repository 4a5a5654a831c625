"""The main window: a section list on the left, the chosen section on the right."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from kamdesk.services.changes import Change, Changes
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.widgets.badge import BADGE_ROLE, BadgeDelegate

if TYPE_CHECKING:  # each Qt class costs its first use: the first paint needs none of these
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QDialog

    from kamdesk.db import Database
    from kamdesk.paths import AppPaths
    from kamdesk.ui.clients.section import ClientsSection
    from kamdesk.ui.damage import DamageWatch
    from kamdesk.ui.idle_lock import IdleLock
    from kamdesk.ui.orders.section import OrdersSection
    from kamdesk.ui.products.section import ProductsSection
    from kamdesk.ui.receivables.section import ReceivablesSection
    from kamdesk.ui.reports.key_clients import ReportsSection
    from kamdesk.ui.schedule.section import ScheduleSection
    from kamdesk.ui.settings.company_dialog import CompanyDialog
    from kamdesk.ui.sync.section import SyncSection
    from kamdesk.ui.today.section import TodaySection


NAV_WIDTH = 170  # the sections list, at least (English names fit)
NAV_PADDING = 24  # beyond the widest item as its delegate draws it (a count badge included)
MIN_RESTORED = (640, 480)  # a window kept smaller than this opens at its usual size


class MainWindow(QMainWindow):
    """Built before the database is open so it paints at once; attach(db) fills it.

    Only the section shown first is built for the first paint: every other one is built the
    first time it is shown or asked for (`section(key)`, or its property), so neither its
    modules, its widgets nor its reads cost the start. Nothing here imports SQLAlchemy: that
    import alone costs more than showing the window, so it happens after the first paint (see
    app.run_gui), and the Clients list shows its first rows before it (show_first_screen).
    """

    def __init__(
        self,
        db_path: Path,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        paths: AppPaths | None = None,
        shell_first: bool = False,
    ) -> None:
        super().__init__(parent)
        # at start (app.run_gui): the first paint shows the frame, the sidebar and an empty
        # page; finish_shell() then builds the section shown first and draws the icons
        self._shell = shell_first
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
            "QListWidget { border: none; outline: 0; background: palette(window);"
            " font-size: 14px; }"
            "QListWidget::item { padding: 8px 12px; }"
            "QListWidget::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); border-radius: 4px; }"
        )
        self.stack = QStackedWidget()
        self.sections: dict[str, QWidget] = {}  # key -> its page in the stack, built or not yet
        self._built: dict[str, QWidget] = {}
        self._add_sections()
        self.nav.currentRowChanged.connect(self._show_row)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        if not shell_first:
            self._set_icons()
        self.status_db = QLabel(str(db_path))
        self.statusBar().addPermanentWidget(self.status_db)
        self.hub.changed.connect(self._on_changed)
        self._restore_state()

    def _add_sections(self) -> None:
        """The sections in the order of the list on the left, each an empty page until built."""
        for key, label in (
            ("today", self.tr("Today")),
            ("clients", self.tr("Clients")),
            ("schedule", self.tr("Schedule")),
            ("orders", self.tr("Orders")),
            ("products", self.tr("Products")),
            ("receivables", self.tr("Receivables")),
            ("reports", self.tr("Reports")),
            ("sync", self.tr("Sync")),
        ):
            self._add(key, label, QWidget())
        # as wide as its longest section's name in this language (room for a count badge)
        wanted = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + NAV_PADDING
        self.nav.setFixedWidth(max(self.nav.width(), wanted))

    def attach(self, db: Database) -> None:
        """The database is open: fill the sections and enable what needs data."""
        self.db = db
        from kamdesk.ui import window_kinds

        window_kinds.install()  # record windows open from here on
        from kamdesk.ui.damage import DamageWatch  # Qt only

        # first: a damaged page a section meets as it fills is said with the backup to restore
        self.damage_watch = DamageWatch(self)
        self.damage_watch.db = db
        from kamdesk.services.sync.capture import install

        install()  # every save is captured for sync as it commits
        self._bind_replica(db)
        for key, section in list(self._built.items()):
            self._attach_section(key, section, db)
        self.section("sync")  # built now: its entry on the left counts the conflicts at once
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

    def finish_shell(self) -> None:
        """After the first paint of a window made `shell_first`: the section shown first is
        built in its place and the icons drawn (their font loads on the first one)."""
        if not self._shell:
            return
        self._shell = False
        self._set_icons()
        self.section(self.current_section())

    def _set_icons(self) -> None:
        """The sidebar's and the menus' icons (widgets/icons.py)."""
        from kamdesk.ui.widgets.icons import icon, section_icon

        for row, key in enumerate(self.sections):
            self.nav.item(row).setIcon(section_icon(key))
        from kamdesk.ui.undo.edit_menu import edit_icons

        for action, meaning in (
            (self.settings_action, "settings"),
            (self.laptop_action, "settings"),
            (self.backups_action, "backup"),
            (self.encryption_action, "encryption"),
            *edit_icons(self),
        ):
            action.setIcon(icon(meaning))

    def show_first_screen(self) -> bool:
        """Before the database opens (start-up): the section shown first shows its first rows
        where they can be read without the database layer, which takes longer to load than
        the window to paint (services.plain_read). Today and the Clients list can: True when
        they show them; attach() reads them again as usual."""
        if self.db is not None:
            return False
        if self.current_section() == "today":
            return self.today.show_first_rows(self.db_path)
        if self.current_section() != "clients":
            return False
        from kamdesk.services.clients.first_page import read_first_page
        from kamdesk.ui.widgets.paged_model import PagedTableModel

        page = read_first_page(self.db_path, PagedTableModel.PAGE)
        if page is None:
            return False
        self.clients.show_first_page(page)
        return True

    def page_loading(self) -> bool:
        """Whether the section shown is still reading what it shows first."""
        return bool(getattr(self.stack.currentWidget(), "loading", False))

    # --- the sections, each built when first needed --------------------------------------------
    def section(self, key: str) -> QWidget:
        """The section `key`, built the first time it is shown or asked for (and attached to
        the database when it is open)."""
        built = self._built.get(key)
        if built is None:
            built = self._build(key)
            self._built[key] = built
            self._put_in_place(key, built)
            if self.db is not None:
                self._attach_section(key, built, self.db)
        return built

    def built_section(self, key: str) -> QWidget | None:
        """The section `key` if it was built, None when it was never shown nor asked for."""
        return self._built.get(key)

    def _build(self, key: str) -> QWidget:
        """A section's widgets: Qt only, its modules load no database layer."""
        if key == "today":
            from kamdesk.ui.today.section import TodaySection

            return TodaySection()
        if key == "clients":
            from kamdesk.ui.clients.section import ClientsSection

            return ClientsSection()
        if key == "schedule":
            from kamdesk.ui.schedule.section import ScheduleSection

            return ScheduleSection()
        if key == "orders":
            from kamdesk.ui.orders.section import OrdersSection

            return OrdersSection()
        if key == "products":
            from kamdesk.ui.products.section import ProductsSection

            return ProductsSection()
        if key == "receivables":
            from kamdesk.ui.receivables.section import ReceivablesSection

            return ReceivablesSection()
        if key == "reports":
            from kamdesk.ui.reports.key_clients import ReportsSection

            return ReportsSection()
        from kamdesk.ui.sync.section import SyncSection

        assert key == "sync", key
        sync = SyncSection()
        sync.conflicts_counted.connect(self._show_conflicts_badge)
        return sync

    def _attach_section(self, key: str, section: QWidget, db: Database) -> None:
        if key == "sync":
            backups = self._paths.backups if self._paths else None
            cast("SyncSection", section).attach(db, self.hub, backups=backups)
        else:
            cast("TodaySection", section).attach(db, self.hub)  # each takes (db, hub)

    def _put_in_place(self, key: str, section: QWidget) -> None:
        """The built section takes its empty page's place in the stack."""
        page = self.sections[key]
        index, current = self.stack.indexOf(page), self.stack.currentIndex()
        self.stack.blockSignals(True)
        self.stack.insertWidget(index, section)
        self.stack.removeWidget(page)
        self.stack.setCurrentIndex(current)
        self.stack.blockSignals(False)
        page.deleteLater()
        self.sections[key] = section

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.section(list(self.sections)[row])
            self.stack.setCurrentIndex(row)

    @property
    def today(self) -> TodaySection:
        return cast("TodaySection", self.section("today"))

    @property
    def clients(self) -> ClientsSection:
        return cast("ClientsSection", self.section("clients"))

    @property
    def schedule(self) -> ScheduleSection:
        return cast("ScheduleSection", self.section("schedule"))

    @property
    def orders(self) -> OrdersSection:
        return cast("OrdersSection", self.section("orders"))

    @property
    def products(self) -> ProductsSection:
        return cast("ProductsSection", self.section("products"))

    @property
    def receivables(self) -> ReceivablesSection:
        return cast("ReceivablesSection", self.section("receivables"))

    @property
    def reports(self) -> ReportsSection:
        return cast("ReportsSection", self.section("reports"))

    @property
    def sync(self) -> SyncSection:
        return cast("SyncSection", self.section("sync"))

    def _bind_replica(self, db: Database) -> None:
        if self._paths is not None:
            # This file's replica identity: created, kept, or forked for a copy (sync, numbers)
            from kamdesk.services.replica import open_replica

            with db.unit_of_work() as s:
                open_replica(s, db.path, self._paths.replica_registry)

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

    # --- building -----------------------------------------------------------------------------
    def _add(self, key: str, label: str, widget: QWidget) -> None:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)
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
        from kamdesk.ui.undo.edit_menu import fill_edit_menu  # Undo, Redo, Trash…

        self.trash_action = fill_edit_menu(self, self.hub, edit_menu, lambda: self.db)
        edit_menu.addAction(self.find_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        from kamdesk.ui.help.guide_action import add_guide_action  # F1: the built-in guide

        add_guide_action(self, help_menu)
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.addAction(self.shortcuts_action)  # works with the menu closed
        help_menu.addAction(self.shortcuts_action)
        about = QAction(self.tr("&About kamdesk"), self)
        about.triggered.connect(self.show_about)
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
        from kamdesk.ui.undo.history import main_stack

        self._bind_replica(self.db)
        self.follow_encryption()  # a restored file may be encrypted where this one was not
        main_stack(self.hub).clear()  # what Undo would take back is not in this file
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

    def show_shortcuts(self) -> QDialog:
        from kamdesk.ui.help.help_dialogs import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.open()
        return dialog

    def show_about(self) -> QDialog:
        from kamdesk.paths import AppPaths
        from kamdesk.ui.help.help_dialogs import AboutDialog

        dialog = AboutDialog(self.db_path, self._paths or AppPaths.default(), self)
        dialog.open()
        return dialog

    def _on_changed(self, changes: Changes) -> None:
        clients = self._built.get("clients")
        if Change.CLIENTS in changes and clients is not None:
            cast("ClientsSection", clients).refresh()

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
        restored = isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)
        if not restored or self.width() < MIN_RESTORED[0] or self.height() < MIN_RESTORED[1]:
            self.resize(1280, 800)  # a size kept from another screen, too small to work in
        # a KAM's day starts on Today (`main/start` names another, for tests)
        section = self.settings.value("main/start", "today")
        keys = list(self.sections)
        key = section if section in keys else "today"
        if not self._shell:
            self.show_section(key)
            return
        self.nav.blockSignals(True)  # the row chosen, its page built by finish_shell()
        self.nav.setCurrentRow(keys.index(key))
        self.nav.blockSignals(False)
        self.stack.setCurrentIndex(keys.index(key))

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
        self.settings.sync()
        super().closeEvent(event)
