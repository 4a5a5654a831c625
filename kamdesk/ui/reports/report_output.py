"""Export… and Print… for a table a report shows (a page of the Reports section, the aging of
receivables, a client's invoices, the plans' progress): the table as shown (its columns, its
order, exact figures) with its title, period, filters and totals, to XLSX or CSV, or as a PDF
in the preview. The pages say what their report is (`Described`); this does the rest."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QPushButton, QTableView, QWidget

from kamdesk.reports.sheets import Percent, TableReport, Value
from kamdesk.ui.documents.document_actions import busy
from kamdesk.ui.reports.pareto_chart import format_share
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.numbers import short_date
from kamdesk.ui.widgets.pdf_preview import show_pdf
from kamdesk.ui.widgets.table_export import export_table, safe_stem, table_report

if TYPE_CHECKING:
    from kamdesk.services.clients.classification import KeyClientReport
    from kamdesk.services.sales.losses import LossReport


class _KeyClientRows(Protocol):
    @property
    def rows(self) -> tuple[Any, ...]: ...


class KeyClientsPage(Protocol):
    """What the key-client page shows (its module imports this one: no import back)."""

    @property
    def report(self) -> KeyClientReport | None: ...

    @property
    def model(self) -> _KeyClientRows: ...

    def tr(self, text: str) -> str: ...


class LossesPage(Protocol):
    @property
    def report(self) -> LossReport | None: ...

    @property
    def currency(self) -> str: ...

    def grouping(self) -> str: ...

    def tr(self, text: str) -> str: ...


Totals = Mapping[str, Value] | Sequence[Mapping[str, Value]]


@dataclass(frozen=True)
class Described:
    """What a page's report is: its title, the filters in words, the totals by field (a line,
    or a line per currency); `period` in words when it is not the page's from–to ("as of
    2026-12-05", "Q1 2026"); `file_period` the same with ISO dates, for a file's name (the
    period shown is in the locale's notation, "05/12/2026", which a file name should not hold)."""

    title: str
    filters: tuple[str, ...] = ()
    totals: Totals = field(default_factory=dict)
    period: str | None = None
    file_period: str | None = None


def period_text(start: date, end: date, *, iso: bool = False) -> str:
    """ "01/12/2026 – 31/12/2026" as the locale writes days, or with ISO dates."""
    if iso:
        return f"{start.isoformat()} – {end.isoformat()}"
    return f"{short_date(start)} – {short_date(end)}"


class ReportOutput(QObject):
    """The two buttons of a report, enabled while `describe` says there is one. `page`: the
    widget the table is on (dialogs open over it); `period`: the page's from–to, printed and
    in the file's name unless the report says its period in words."""

    def __init__(
        self,
        page: QWidget,
        table: QTableView,
        describe: Callable[[], Described | None],
        *,
        name: str,
        period: Callable[[], tuple[date, date]] | None = None,
    ) -> None:
        super().__init__(page)
        self.page, self.table, self.describe = page, table, describe
        self._period = period
        self.export_button = QPushButton(icon("export"), self.tr("Export…"))
        self.export_button.setObjectName(f"{name}Export")
        self.export_button.setToolTip(self.tr("Save the table as an Excel workbook or a CSV file"))
        self.print_button = QPushButton(icon("print"), self.tr("Print…"))
        self.print_button.setObjectName(f"{name}Print")
        self.print_button.setToolTip(
            self.tr("The report as a PDF with its period and filters: preview, print or save")
        )
        self.export_button.clicked.connect(self.export)
        self.print_button.clicked.connect(self.print_)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(self.update_buttons)
        self.update_buttons()
        self.last_path: Path | None = None  # the last file exported

    @property
    def buttons(self) -> tuple[QPushButton, QPushButton]:
        return self.export_button, self.print_button

    def row(self) -> QHBoxLayout:
        """The two buttons at the right under the report (beside the title or the period they
        would make a narrow window wider)."""
        row = QHBoxLayout()
        row.addStretch(1)
        for button in self.buttons:
            row.addWidget(button)
        return row

    def update_buttons(self) -> None:
        on = self.describe() is not None
        for button in self.buttons:
            button.setEnabled(on)

    def _period_text(self, described: Described, iso: bool) -> str:
        if described.period is not None or self._period is None:
            return (described.file_period if iso else None) or described.period or ""
        return period_text(*self._period(), iso=iso)

    def report(self, *, iso: bool = False) -> TableReport | None:
        """The report as printed; `iso`: with its period in ISO dates, as an export holds it
        (a spreadsheet is read by programs too: its figures are exact, its dates ISO)."""
        described = self.describe()
        if described is None:
            return None
        return table_report(
            self.table,
            title=described.title,
            period=self._period_text(described, iso),
            filters=described.filters,
            totals=described.totals,
        )

    def _file_stem(self, report: TableReport) -> str:
        described = self.describe()
        if self._period is None or (described is not None and described.period is not None):
            period = described.file_period if described is not None else None
            return safe_stem(f"{report.title} {period or report.period}")
        start, end = self._period()
        stem = self.tr("{title} {start} to {end}", "a file name")
        return safe_stem(
            stem.format(title=report.title, start=start.isoformat(), end=end.isoformat())
        )

    def export(self) -> Path | None:
        report = self.report(iso=True)
        if report is None:
            return None
        path = export_table(self.page, report, name=self._file_stem(report))
        if path is not None:
            self.last_path = path
            text = self.tr("{title} exported to {path}")
            self._notify(text.format(title=report.title, path=path))
        return path

    def print_(self) -> None:
        report = self.report()
        if report is None:
            return
        from kamdesk.reports.report_pdf import table_report_pdf

        with busy():
            pdf = table_report_pdf(report)
        show_pdf(self.page, pdf, title=report.title, file_name=self._file_stem(report) + ".pdf")

    def _notify(self, text: str) -> None:
        window = self.page.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10_000)


# --- what each page's report is ---------------------------------------------------------------
def key_clients_described(section: KeyClientsPage) -> Described | None:
    """The key-client table: the thresholds that classed the clients are its filters."""
    report = section.report
    if report is None:
        return None
    t = report.thresholds
    tr = section.tr
    filters = [
        tr("ABC: A up to {a} of revenue, B up to {b}").format(
            a=format_share(t.abc_a), b=format_share(t.abc_b)
        ),
        tr("key from {key} of revenue, critical from {critical}, mono-client from {mono}").format(
            key=format_share(t.key_share),
            critical=format_share(t.critical_share),
            mono=format_share(t.mono_share),
        ),
        tr("clients with revenue only; amounts in {currency} at each invoice's date").format(
            currency=report.currency
        ),
    ]
    rows = section.model.rows
    totals: dict[str, Value] = {
        "revenue": sum((r.revenue for r in rows), Decimal(0)),
        "share": Percent(sum((r.share for r in rows), Decimal(0))),
    }
    return Described(section.tr("Key clients"), tuple(filters), totals)


def losses_described(page: LossesPage) -> Described | None:
    """The returns table: the grouping is its filter; the period's totals under it."""
    report = page.report
    if report is None:
        return None
    grouping = page.grouping()
    by = {"reason": page.tr("reason"), "client": page.tr("client"),
          "product": page.tr("product")}[grouping]  # fmt: skip
    filters = (
        page.tr("grouped by {what}").format(what=by),
        page.tr("amounts net of VAT in {currency}").format(currency=page.currency),
    )
    t = report.total
    totals: dict[str, Value] = {
        "shipped": t.shipped_value,
        "refused": t.refused_value,
        "returned": t.returned_value,
        "lost": t.lost_value,
        "share": None if t.share is None else Percent(t.share, digits=2),
        "events": t.events,
    }
    return Described(page.tr("Returns and refusals"), filters, totals)
