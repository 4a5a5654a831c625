"""The client dossier: everything about one client, in one window."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.classification import share_of_wallet
from kamdesk.errors import UserError
from kamdesk.services.changes import Change, Changes
from kamdesk.ui import windows
from kamdesk.ui.clients.dossier_lists import CompetitorsPage, ContactsPage, HistoryPage
from kamdesk.ui.clients.dossier_profile import ProfilePage, StrategyPage
from kamdesk.ui.clients.dossier_terms import TermsPage
from kamdesk.ui.operations import ChangeHub, Reader, run_op
from kamdesk.ui.undo.history import add_main_actions
from kamdesk.ui.widgets import numbers
from kamdesk.ui.widgets.forms import domain_text
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.layout_rules import elided_label, title_label
from kamdesk.ui.widgets.record_window import RecordWindowState
from kamdesk.ui.widgets.rows import roomy_rows
from kamdesk.ui.widgets.style import CATEGORY_BADGES, badge_style

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.services.clients.classification import KeyClientReport

PAGES = ("profile", "strategy", "contacts", "map", "competitors", "terms", "history")
CATEGORY_STYLE = {cat: badge_style(colour) for cat, colour in CATEGORY_BADGES.items()}


# the dossier shows the client, its people and one history of everything done with it
WATCHED = frozenset(
    {
        Change.CLIENTS,
        Change.CONTACTS,
        Change.SCHEDULE,
        Change.ORDERS,
        Change.INVOICES,
        Change.PAYMENTS,
        Change.RETURNS,
        Change.DOCUMENTS,
    }
)


class DossierWindow(RecordWindowState, QMainWindow):
    """Opened from the client list (or empty, to create a client). Changes go through run_op
    and every open view refreshes from the hub."""

    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        client_id: str | None = None,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dossierWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.db, self.hub = db, hub
        self.client_id = client_id
        self.today = today or date.today()
        self.stale_days = 90
        self._our_share: Decimal | None = None  # of the client's wallet, when known
        self._shares = Reader(self)

        self._make_head_widgets()

        self.profile = ProfilePage(db, hub)
        self.profile.saved.connect(self._on_saved)
        self.strategy = StrategyPage(db, hub)
        self.contacts = ContactsPage(db, hub)
        self.competitors = CompetitorsPage(db, hub)
        self.terms = TermsPage(db, hub)
        self.history = HistoryPage(db, hub)
        self.map = self._make_map()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dossierTabs")
        for page, label in (
            (self.profile, self.tr("Profile")),
            (self.strategy, self.tr("Strategy")),
            (self.contacts, self.tr("Contacts")),
            (self.map, self.tr("Relationship map")),
            (self.competitors, self.tr("Competitors")),
            (self.terms, self.tr("Terms && prices")),
            (self.history, self.tr("History")),
        ):
            self.tabs.addTab(page, label)
        self.tabs.currentChanged.connect(self._load_tab)

        head = self._head()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.resize(1100, 760)
        self._loaded: set[int] = set()
        self._closing = False
        self.hub.changed.connect(self._on_changed)
        add_main_actions(self, hub)  # Ctrl+Z takes back a contact deleted here, say
        self.reload()

    def _make_head_widgets(self) -> None:
        self.title = title_label(name="dossierTitle")  # a name of 250 characters gives way
        self.subtitle = elided_label()
        self.badges = QLabel()
        self.badges.setObjectName("classification")
        self.score = QProgressBar()
        self.score.setObjectName("completeness")
        self.score.setRange(0, 100)
        self.score.setFormat(self.tr("Dossier %p % complete"))
        self.score.setFixedWidth(220)
        self.gaps = QListWidget()
        self.gaps.setObjectName("gaps")
        self.gaps.setMaximumHeight(96)
        self.gaps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # elided
        roomy_rows(self.gaps)  # a gap may start with İ, Ő or Ё
        self.gaps.itemActivated.connect(self._open_gap)
        self.gaps.itemClicked.connect(self._open_gap)
        self.archive_button = QPushButton()
        self.archive_button.clicked.connect(self._toggle_archive)
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete client…"))
        self.delete_button.clicked.connect(self._delete)
        self.new_order_button = QPushButton(icon("new"), self.tr("New order…"))
        self.new_order_button.setObjectName("dossierNewOrder")
        self.new_order_button.clicked.connect(self.new_order)
        self.new_meeting_button = QPushButton(icon("new"), self.tr("New meeting…"))
        self.new_meeting_button.setObjectName("dossierNewMeeting")
        self.new_meeting_button.clicked.connect(self.new_meeting)
        self.statement_button = QPushButton(self.tr("Reconciliation statement…"))
        self.statement_button.setObjectName("dossierStatement")
        self.statement_button.clicked.connect(self.reconciliation_statement)

    def _head(self) -> QVBoxLayout:
        """The title and the line about the client each on a line of its own (a long name has
        the window's width before it gives way), under them the classification, the dossier's
        gaps and the buttons."""
        head_left = QVBoxLayout()
        head_left.addWidget(self.badges)
        head_left.addStretch(1)
        head_right = QVBoxLayout()
        head_right.addWidget(self.score)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_order_button)
        buttons.addWidget(self.new_meeting_button)
        buttons.addWidget(self.statement_button)
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.delete_button)
        head_right.addLayout(buttons)
        row = QHBoxLayout()
        row.addLayout(head_left, 2)
        row.addWidget(self.gaps, 2)
        row.addLayout(head_right)
        head = QVBoxLayout()
        head.setSpacing(2)
        head.addWidget(self.title)
        head.addWidget(self.subtitle)
        head.addLayout(row)
        return head

    def _make_map(self) -> QWidget:
        from kamdesk.ui.clients.relationship_map import RelationshipMap

        return RelationshipMap(self.db, self.hub)

    # --- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Header now; pages when they are shown (the history of a big client is long)."""
        from kamdesk.services.settings import get_rules

        with self.db.reading() as session:
            self.stale_days = get_rules(session).stale_days
        is_new = self.client_id is None
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, not is_new)
        self.archive_button.setEnabled(not is_new)
        self.delete_button.setEnabled(not is_new)
        self.new_order_button.setEnabled(not is_new)
        self.new_meeting_button.setEnabled(not is_new)
        self.statement_button.setEnabled(not is_new)
        if is_new:
            self.setWindowTitle(self.tr("New client"))
            self.title.setText(self.tr("New client"))
            self.subtitle.setText(self.tr("Fill in the profile and save; the rest opens then."))
            self.profile.load(None)
            self.score.hide()
            self.gaps.hide()
            self.archive_button.setText(self.tr("Archive"))
            return
        self.score.show()
        self.gaps.show()
        self._load_header()
        # pages with unsaved edits keep them: a change elsewhere must not overwrite typing
        self._loaded = {i for i in self._loaded if self._dirty(i)}
        self._load_tab(self.tabs.currentIndex())

    def _load_header(self) -> None:
        from kamdesk.services.clients.dossier import dossier_completeness, get_profile, is_archived

        assert self.client_id is not None
        with self.db.reading() as session:
            profile = get_profile(session, self.client_id)
            archived = is_archived(session, self.client_id)
            done = dossier_completeness(
                session, [self.client_id], self.today, stale_days=self.stale_days
            )[self.client_id]
        self._load_share(profile.estimated_spend)
        self.setWindowTitle(self.tr("{name} — dossier").format(name=profile.name))
        self.title.setText(profile.name)
        where = ", ".join(x for x in (profile.city, profile.country) if x)
        bits = [domain_text(profile.status.capitalize()), profile.industry, where, profile.kam]
        if archived:
            bits.insert(0, self.tr("ARCHIVED"))
        self.subtitle.setText(" · ".join(b for b in bits if b))
        self.score.setValue(done.score)
        self.gaps.clear()
        for gap in done.gaps:
            item = QListWidgetItem("• " + gap.message)
            item.setData(Qt.ItemDataRole.UserRole, gap.where)
            self.gaps.addItem(item)
        if not done.gaps:
            self.gaps.addItem(self.tr("Nothing missing: this dossier is complete."))
        self.gaps.setCurrentRow(-1)
        self.archive_button.setText(
            self.tr("Restore from archive") if archived else self.tr("Archive")
        )

    @property
    def loading(self) -> bool:
        """True while the client's share of revenue is being read (the badges follow)."""
        return self._shares.busy

    def _load_share(self, spend: Decimal | None) -> None:
        """The client's share and class: from the shares every view shares, else read off the
        GUI thread (a second on 10 000 clients) and shown when read."""
        from kamdesk.services.clients.classification import Period, key_clients

        period = Period.last_12_months(self.today)
        key, hub = ("key_clients", period), self.hub
        cached = hub.peek(key)
        if cached is not None:
            self._shares.cancel()
            self._show_share(cached, spend)
            return
        epoch = hub.epoch

        def keep(report: KeyClientReport) -> None:
            hub.remember(key, report, epoch)
            self._show_share(report, spend)

        self._shares.run(self.db, lambda session: key_clients(session, period), keep)

    def _show_share(self, report: KeyClientReport, spend: Decimal | None) -> None:
        mine = next(
            (c for c in report.classification.clients if c.client_id == self.client_id), None
        )
        self.badges.setText(self._badges(mine))
        # revenue and spend both in the reporting currency the shares are in (issue 13)
        wallet = (
            share_of_wallet(mine.revenue, mine.estimated_spend)
            if mine
            else share_of_wallet(Decimal(0), spend)
        )
        our_share = None if wallet is None else wallet * 100
        if our_share != self._our_share:
            self._our_share = our_share
            competitors = PAGES.index("competitors")
            if competitors in self._loaded and not self._dirty(competitors):
                self._loaded.discard(competitors)  # shown again with our share of wallet
                if self.tabs.currentIndex() == competitors:
                    self._load_tab(competitors)

    def _badges(self, mine: object) -> str:
        if mine is None:
            return self.tr("No invoiced revenue in the last 12 months.")
        share = numbers.share(mine.share)  # type: ignore[attr-defined]
        parts = [
            self.tr("{share} of revenue (12 months)").format(share=share),
            self.tr("class {abc}").format(abc=mine.abc),  # type: ignore[attr-defined]
        ]
        html = " · ".join(parts)
        for cat in mine.categories:  # type: ignore[attr-defined]
            html += (
                f' <span style="{CATEGORY_STYLE[cat]} padding:2px 6px;">&nbsp;'
                f"{domain_text(cat).upper()}&nbsp;</span>"
            )
        return html

    def _load_tab(self, index: int) -> None:
        if self.client_id is None or index in self._loaded:
            return
        self._loaded.add(index)
        page = PAGES[index]
        if page == "profile":
            self.profile.load(self.client_id)
        elif page == "strategy":
            self.strategy.load(self.client_id)
        elif page == "contacts":
            self.contacts.load(self.client_id, self.today, self.stale_days)
        elif page == "map":
            self.map.set_client(self.client_id, self.today, self.stale_days)  # type: ignore[attr-defined]
        elif page == "competitors":
            self.competitors.load(self.client_id, self._our_share)
        elif page == "terms":
            self.terms.load(self.client_id, self.today)
        elif page == "history":
            self.history.load(self.client_id)

    def _dirty(self, index: int) -> bool:
        page = self.tabs.widget(index)
        return bool(getattr(page, "is_dirty", lambda: False)())

    def has_unsaved_edits(self) -> bool:
        return any(self._dirty(i) for i in range(self.tabs.count()))

    @property
    def record_id(self) -> str | None:
        return self.client_id

    def show_page(self, page: str) -> None:
        """Show a page by its name in PAGES (an unknown name leaves the page as it is)."""
        if page in PAGES:
            self.tabs.setCurrentIndex(PAGES.index(page))

    def _open_gap(self, item: QListWidgetItem) -> None:
        where = item.data(Qt.ItemDataRole.UserRole)
        if where in PAGES:
            self.show_page(where)

    # --- changes ------------------------------------------------------------------------------
    def _on_saved(self, client_id: str) -> None:
        if self.client_id is None:  # a new client was just created
            self.client_id = client_id
            self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if changes & WATCHED and self.client_id is not None:
            try:
                self.reload()
            except UserError:  # the client was deleted meanwhile
                self._closing = True
                self.hub.changed.disconnect(self._on_changed)
                self.close()

    def new_order(self) -> QWidget | None:
        """The order window for a new order of this client."""
        if self.client_id is None:
            return None
        # owned by the main window: closing the dossier must not take a half-typed order along
        owner = self.parentWidget() or self
        return windows.open_order(
            self.db, self.hub, None, client_id=self.client_id, parent=owner, today=self.today
        )

    def new_meeting(self) -> QWidget | None:
        """The meeting window for a new meeting with this client."""
        if self.client_id is None:
            return None
        owner = self.parentWidget() or self  # as for orders: the meeting outlives the dossier
        return windows.open_meeting(
            self.db, self.hub, None, parent=owner, client_id=self.client_id, today=self.today
        )

    def reconciliation_statement(self) -> None:
        """The reconciliation statement of this client (this year so far, unless chosen)."""
        from kamdesk.ui.receivables.statement_dialog import open_statement_dialog

        if self.client_id is not None:
            open_statement_dialog(self.parentWidget() or self, self.db, self.hub, self.client_id)

    def _toggle_archive(self) -> None:
        from kamdesk.services.clients.dossier import archive_client, is_archived

        client_id = self.client_id
        if client_id is None:
            return
        with self.db.reading() as session:
            archived = is_archived(session, client_id)
        run_op(
            self,
            self.db,
            self.hub,
            lambda s: archive_client(s, client_id, archived=not archived),
        )

    def _delete(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from kamdesk.services.clients.dossier import delete_client, get_profile
        from kamdesk.ui.undo import commands as undo_commands

        client_id = self.client_id
        if client_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete client"),
            self.tr(
                "Delete this client? Clients with orders or invoices cannot be deleted; "
                "archive them instead."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def work(session: Session) -> str:
            name = get_profile(session, client_id).name
            delete_client(session, client_id)
            return name

        name = run_op(self, self.db, self.hub, work)
        if name is None:
            return
        again = lambda s: delete_client(s, client_id)  # noqa: E731
        undo_commands.deleted(self.db, self.hub, "client", name, [client_id], again)
        if not self._closing:  # (it may have closed already, hearing its client is gone)
            self._closing = True
            self.hub.changed.disconnect(self._on_changed)
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self.client_id is not None and self.has_unsaved_edits() and not self._closing:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("This dossier has changes that are not saved. Close and lose them?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        if not self._closing:
            self._closing = True
            self.hub.changed.disconnect(self._on_changed)
        super().closeEvent(event)
