"""The one paged list model the client, order and product lists stand on."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from kamdesk.ui.widgets.paged_model import Index, Page, PagedTableModel


class Numbers(PagedTableModel[int]):
    """Records 0..n-1, as a service would return them; `asked` logs each page asked for."""

    PAGE = 10

    def __init__(self, n: int) -> None:
        super().__init__()
        self.records = list(range(n))
        self.asked: list[tuple[int, int, bool]] = []

    def fetch_page(self, offset: int, limit: int, *, count: bool) -> Page[int]:
        self.asked.append((offset, limit, count))
        return Page(self.records[offset : offset + limit], len(self.records) if count else None)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record_at(index)
        if record is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return str(record if index.column() == 0 else record * record)


def test_pages_arrive_as_the_view_asks_and_refresh_starts_over(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = Numbers(25)
    model.refresh()
    assert (model.rowCount(), model.total, model.asked) == (10, 25, [(0, 10, True)])
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 25
    assert model.asked[1:] == [(10, 10, False), (20, 10, False)]  # counted once, per refresh
    assert model.record(24) == 24
    assert model.index(3, 1).data() == "9"
    assert model.record_at(QModelIndex()) is None
    model.records = model.records[:5]
    model.refresh()
    assert (model.rowCount(), model.total, model.canFetchMore(QModelIndex())) == (5, 5, False)
    qtmodeltester.check(model)


def test_fewer_records_than_counted_stop_the_fetching() -> None:
    model = Numbers(25)
    model.refresh()
    del model.records[12:]  # deleted underneath, after the count
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 12
    assert model.total == 12
    assert not model.canFetchMore(QModelIndex())
