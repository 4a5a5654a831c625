"""The client list as a Qt model: filtered and sorted in SQL, fetched a page at a time.

At start-up it may show the first page read before the database opened (services.clients.
first_page): it has no database then, and attach() reads that page again through the services.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QColor

from kamdesk.services.clients.client_row import ClientRow
from kamdesk.ui.marks import QT_TRANSLATE_NOOP
from kamdesk.ui.operations import Reader
from kamdesk.ui.widgets import numbers
from kamdesk.ui.widgets.forms import domain_text
from kamdesk.ui.widgets.paged_model import Index, Page, PagedTableModel
from kamdesk.ui.widgets.style import ACCENT, ALERT
from kamdesk.ui.widgets.table_state import first_click

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.domain.classification import ClientShare
    from kamdesk.services.clients.classification import KeyClientReport
    from kamdesk.services.clients.first_page import FirstPage
    from kamdesk.ui.operations import ChangeHub


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClientTableModel", text)


# (field of ClientRow, header)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("ClientTableModel", "Client")),
    ("code", QT_TRANSLATE_NOOP("ClientTableModel", "Code")),
    # what a KAM judges a client by comes first, visible without scrolling
    ("completeness", QT_TRANSLATE_NOOP("ClientTableModel", "Dossier")),
    ("share", QT_TRANSLATE_NOOP("ClientTableModel", "Share 12 m")),
    ("abc", QT_TRANSLATE_NOOP("ClientTableModel", "ABC")),
    ("categories", QT_TRANSLATE_NOOP("ClientTableModel", "Key client")),
    ("city", QT_TRANSLATE_NOOP("ClientTableModel", "City")),
    ("country", QT_TRANSLATE_NOOP("ClientTableModel", "Country")),
    ("industry", QT_TRANSLATE_NOOP("ClientTableModel", "Industry")),
    ("segment", QT_TRANSLATE_NOOP("ClientTableModel", "Segment")),
    ("status", QT_TRANSLATE_NOOP("ClientTableModel", "Status")),
    ("price_column", QT_TRANSLATE_NOOP("ClientTableModel", "Price column")),
    ("kam", QT_TRANSLATE_NOOP("ClientTableModel", "KAM")),
)
HEADER_TIPS = {
    "completeness": QT_TRANSLATE_NOOP("ClientTableModel", "How complete the client's dossier is"),
    "share": QT_TRANSLATE_NOOP(
        "ClientTableModel", "The client's share of all revenue in the last 12 months"
    ),
    "abc": QT_TRANSLATE_NOOP(
        "ClientTableModel", "A: the biggest clients by revenue; C: the smallest"
    ),
}
# Columns computed beside the SQL query: not sortable by the database.
FIGURE_COLUMNS = frozenset({"completeness", "share", "abc", "categories"})

STATUS_LABELS = {
    "prospect": QT_TRANSLATE_NOOP("ClientTableModel", "Prospect"),
    "active": QT_TRANSLATE_NOOP("ClientTableModel", "Active"),
    "dormant": QT_TRANSLATE_NOOP("ClientTableModel", "Dormant"),
    "lost": QT_TRANSLATE_NOOP("ClientTableModel", "Lost"),
}


SCORE_DELAY_MS = 150
SHARES_DELAY_MS = 150  # the list standing still that long: the shares are read

# the roles data() answers; a delegate asks for about eight for every cell it paints
ANSWERED_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.UserRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
    )
)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class ShareTexts:
    """A client's share of the last 12 months as its columns show it."""

    share: str
    abc: str
    categories: str
    colour: QColor | None  # of the key-client column: alert for critical or mono

    @staticmethod
    def of(share: ClientShare) -> ShareTexts:
        cats = share.categories
        colour = (
            (QColor(ALERT) if "critical" in cats or "mono" in cats else QColor(ACCENT))
            if cats
            else None
        )
        return ShareTexts(
            numbers.share(share.share),
            share.abc,
            ", ".join(domain_text(c) for c in cats),
            colour,
        )


class ClientTableModel(PagedTableModel[ClientRow]):
    def __init__(
        self,
        db: Database | None,
        parent: Any = None,
        hub: ChangeHub | None = None,
        *,
        first_page: FirstPage | None = None,
    ) -> None:
        """`db` None: the rows of `first_page` until attach(db)."""
        super().__init__(parent)
        self._db = db
        self._hub = hub
        self._search = ""
        self._sort = "name"
        self._descending = False
        self._include_archived = False
        self._shares: dict[str, ClientShare] = {}  # client id -> its share, last 12 months
        self._share_texts: dict[str, ShareTexts] = {}  # client id -> as shown, once painted
        self._figures = Reader(self)
        # The shares are read when typing pauses too: their worker would compete with each
        # keystroke's own reading and painting for the interpreter.
        self._shares_timer = QTimer(self)
        self._shares_timer.setSingleShot(True)
        self._shares_timer.setInterval(SHARES_DELAY_MS)
        self._shares_timer.timeout.connect(self._start_reading_shares)
        self._scores: dict[str, int] = {}  # client id -> dossier completeness
        self._score_epoch = 0  # counts forget_scores(): a score read before is not kept
        self._pending: set[str] = set()
        # Scores wait until typing pauses: a keystroke shows its rows at once, and the
        # dossier scores of what is on screen follow when the list stands still.
        self._score_timer = QTimer(self)
        self._score_timer.setSingleShot(True)
        self._score_timer.setInterval(SCORE_DELAY_MS)
        self._score_timer.timeout.connect(self._compute_scores)
        if db is not None:
            self.reload_figures()
        elif first_page is not None:
            self._rows, self._total = list(first_page.rows), first_page.total

    def attach(self, db: Database, hub: ChangeHub | None = None) -> None:
        """The database is open: the first page read again (the view is reset only where it
        differs, the user may be looking at it) and the shares read off the GUI thread."""
        self._db, self._hub = db, hub
        page = self.fetch_page(0, self.PAGE, count=True)
        total = len(page.rows) if page.total is None else page.total
        if list(page.rows) != self._rows or total != self._total:
            self.beginResetModel()
            self._rows, self._total = list(page.rows), total
            self.endResetModel()
        self._read_shares()
        if self._pending:
            self._score_timer.start()

    # --- what the views ask -------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self._db is not None and super().canFetchMore(parent)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # asked ~2 000 times a repaint (every visible cell, for every role a delegate reads):
        # the roles never answered go first, and the figures' texts are made once per reading
        if role not in ANSWERED_ROLES:
            return None
        number = index.row()
        if not 0 <= number < len(self._rows):
            return None
        row = self._rows[number]
        field = COLUMNS[index.column()][0]
        if field in FIGURE_COLUMNS:
            return self._figure(row.id, field, role)
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(row, field)
            if field == "status":
                return _tr(STATUS_LABELS.get(value, value))
            return value
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and field == "name":
            return row.name
        return None

    def _figure(self, client_id: str, field: str, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and field in ("completeness", "share"):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and field == "categories":
            texts = self._texts(client_id)
            return None if texts is None else texts.colour
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if field == "completeness":
            score = self._scores.get(client_id)
            if score is None:
                self._want_score(client_id)
                return ""
            return numbers.percent(Decimal(score))
        texts = self._texts(client_id)
        if texts is None:
            return ""
        return getattr(texts, field)

    def _texts(self, client_id: str) -> ShareTexts | None:
        """The share's texts, made when a row is first painted (not for 10 000 at once)."""
        texts = self._share_texts.get(client_id)
        if texts is None:
            share = self._shares.get(client_id)
            if share is None:
                return None
            texts = self._share_texts[client_id] = ShareTexts.of(share)
        return texts

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section][1])
        if role == Qt.ItemDataRole.InitialSortOrderRole:  # the biggest client first
            return first_click(COLUMNS[section][0] in FIGURE_COLUMNS)
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][0] in HEADER_TIPS:
            return _tr(HEADER_TIPS[COLUMNS[section][0]])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        field = COLUMNS[column][0]
        if field == "completeness":
            return  # scores are computed for the painted rows only; the section says so
        # share, ABC and key category all follow the revenue of the last 12 months
        self._sort = "revenue" if field in FIGURE_COLUMNS else field
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    # --- what the section asks ----------------------------------------------------------------
    def set_include_archived(self, on: bool) -> None:
        self._include_archived = on
        self.refresh()

    def set_search(self, text: str) -> None:
        if text != self._search:
            self._search = text
            self.refresh()
            for timer in (self._score_timer, self._shares_timer):
                if timer.isActive():
                    timer.start()  # still typing: the scores and shares wait for the pause

    def reload_figures(self) -> None:
        """Shares over the last 12 months: recomputed when data changes, not per keystroke."""
        self.refresh()  # the rows at once (a renamed or new client), the shares when read
        self._read_shares()

    def _read_shares(self) -> None:
        """The shares from the figures the views share when they are there, else read off
        the GUI thread once the list stands still (SHARES_DELAY_MS without a keystroke)."""
        if self._db is None:
            return
        cached = self._cached_shares()
        if cached is not None:
            self._shares_timer.stop()
            self._figures.cancel()
            self._show_shares(cached)
            return
        self._figures.cancel()  # a read still running read what is stale now
        self._shares_timer.start()

    def _cached_shares(self) -> KeyClientReport | None:
        from kamdesk.services.clients.classification import Period

        key = ("key_clients", Period.last_12_months(date.today()))
        return self._hub.peek(key) if self._hub is not None else None

    def _start_reading_shares(self) -> None:
        from kamdesk.services.clients.classification import Period, key_clients

        if self._db is None:
            return
        cached = self._cached_shares()  # another view may have computed them meanwhile
        if cached is not None:
            self._figures.cancel()
            self._show_shares(cached)
            return
        period = Period.last_12_months(date.today())
        key, hub = ("key_clients", period), self._hub
        epoch = hub.epoch if hub is not None else 0

        def keep(report: KeyClientReport) -> None:
            if hub is not None:
                hub.remember(key, report, epoch)
            self._show_shares(report)

        # a tenth of a second or two on 10 000 clients: the names show at once, the shares
        # when read
        db = self._db
        self._figures.run(db, lambda session: key_clients(session, period), keep)

    @property
    def loading(self) -> bool:
        """True while the shares are waiting to be read or being read."""
        return self._figures.busy or self._shares_timer.isActive()

    def _show_shares(self, report: KeyClientReport) -> None:
        # on the GUI thread: the texts are made as rows are painted (ShareTexts.of for each of
        # 10 000 clients would hold a keystroke up for a twentieth of a second)
        self._shares = {c.client_id: c for c in report.classification.clients}
        self._share_texts = {}
        if self.rowCount():
            top, bottom = self.index(0, 0), self.index(self.rowCount() - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(top, bottom)

    def _want_score(self, client_id: str) -> None:
        """Scores are computed for the rows the view actually paints, just after it paints,
        so typing in the search box never waits for them."""
        if client_id in self._pending:
            return  # a repaint of a row already waiting changes nothing
        self._pending.add(client_id)
        self._score_timer.start()  # (re)started: rows of a new keystroke postpone it

    def _compute_scores(self) -> None:
        """The dossier scores of the rows painted, read off the GUI thread: a screenful takes
        a fifth of a second at 10 000 clients, which the next keystroke would wait for."""
        if self._db is None:
            return  # attach() starts them
        wanted, self._pending = list(self._pending)[:500], set()
        if not wanted:
            return
        from kamdesk.services.clients.dossier import dossier_completeness
        from kamdesk.services.settings import get_rules

        today, epoch = date.today(), self._score_epoch

        def read(session: Session) -> dict[str, int]:
            stale = get_rules(session).stale_days
            found = dossier_completeness(session, wanted, today, stale_days=stale)
            return {cid: c.score for cid, c in found.items()}

        reader = Reader(self)  # one a batch: each batch's scores are kept
        reader.applied.connect(reader.deleteLater)
        reader.run(self._db, read, lambda scores: self._show_scores(scores, epoch))

    def _show_scores(self, scores: dict[str, int], epoch: int) -> None:
        if epoch != self._score_epoch:
            return  # read before a change: the rows repainted since ask again
        self._scores.update(scores)
        column = next(i for i, (f, _) in enumerate(COLUMNS) if f == "completeness")
        if self._rows:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def client_id(self, row: int) -> str:
        return self.record(row).id

    def forget_scores(self) -> None:
        self._scores.clear()
        self._score_epoch += 1

    def fetch_page(self, offset: int, limit: int, *, count: bool) -> Page[ClientRow]:
        if self._db is None:  # the first page only, until attach() (search and sort wait)
            return Page(self._rows[offset : offset + limit], self._total)
        from kamdesk.services.clients.client_list import count_clients, list_clients

        with self._db.reading() as session:
            total = (
                count_clients(session, search=self._search, include_archived=self._include_archived)
                if count
                else None
            )
            rows = list_clients(
                session,
                search=self._search,
                sort=self._sort,
                descending=self._descending,
                offset=offset,
                limit=limit,
                include_archived=self._include_archived,
                period=self._period(),
                matches=self._total if total is None else total,
            )
        return Page(rows, total)

    @staticmethod
    def _period() -> tuple[date, date]:
        from kamdesk.services.clients.classification import Period

        last = Period.last_12_months(date.today())
        return last.start, last.end
