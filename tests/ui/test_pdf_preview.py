"""The PDF preview as the KAM uses it: leaf through the pages, zoom, print (through Qt's print
dialog, answered here), save a copy, open the system viewer; without QtPdf the viewer."""

from __future__ import annotations

import builtins
import io
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6 import QtPrintSupport
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from kamdesk.paths import AppPaths
from kamdesk.reports.report_pdf import table_report_pdf
from kamdesk.reports.sheets import TableReport
from kamdesk.ui.documents import document_actions
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.widgets.pdf_preview import PdfPreview, show_pdf


def a_report(rows: int) -> bytes:
    return table_report_pdf(
        TableReport(
            title="Key clients",
            header=("#", "Client", "Revenue"),
            rows=tuple((i, f"Client {i}", Decimal(i)) for i in range(1, rows + 1)),
            period="2026-11",
            made_at=datetime(2026, 12, 5, 15, 40),
            right=frozenset({0, 2}),
        )
    )


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """What the system viewer would have opened; the outbox is the test's."""
    files: list[Path] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: files.append(Path(url.toLocalFile())) or True
    )
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    monkeypatch.setattr(document_actions, "outbox", lambda *_a: outbox)
    return files


@pytest.fixture
def parent(qtbot) -> Iterator[QWidget]:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    for preview in widget.findChildren(PdfPreview):
        preview.close()


def preview_of(qtbot, parent: QWidget) -> PdfPreview:  # type: ignore[no-untyped-def]
    [preview] = [p for p in parent.findChildren(PdfPreview) if p.isVisible()]
    qtbot.waitExposed(preview)
    return preview


class AnsweredPrintDialog:
    """Qt's print dialog, answered "Print" to a PDF file the test reads."""

    DialogCode = QPrintDialog.DialogCode
    target = Path()

    def __init__(self, printer: QPrinter, _parent: Any) -> None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.target))

    def exec(self) -> QPrintDialog.DialogCode:
        return QPrintDialog.DialogCode.Accepted


def test_the_preview_shows_every_page_and_moves_between_them(qtbot, parent: QWidget) -> None:  # type: ignore[no-untyped-def]
    pdf = a_report(150)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert pages >= 3
    show_pdf(parent, pdf, title="Key clients", file_name="Key clients 2026-11.pdf")
    preview = preview_of(qtbot, parent)
    assert preview.windowTitle() == "Key clients"
    assert preview.page_total() == pages
    assert preview.page_count.text() == f"of {pages}"
    assert preview.page_box.value() == 1 and not preview.previous_button.isEnabled()
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    assert preview.current_page() == 1 and preview.page_box.value() == 2
    preview.page_box.setValue(pages)
    assert preview.current_page() == pages - 1 and not preview.next_button.isEnabled()
    preview.page_box.setValue(1)
    bar = preview.view.verticalScrollBar()
    bar.setValue(bar.maximum())  # scrolled to the end with the mouse wheel
    qtbot.waitUntil(lambda: preview.page_box.value() == pages)
    fitted = preview.view.zoomFactor()
    preview.zoom_box.setCurrentIndex(preview.zoom_box.findData(2.0))
    assert preview.view.zoomFactor() == 2.0
    qtbot.mouseClick(preview.zoom_out_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomFactor() == 1.5
    assert fitted > 0


def test_print_save_and_the_system_viewer(
    qtbot,  # type: ignore[no-untyped-def]
    parent: QWidget,
    opened: list[Path],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    pdf = a_report(60)
    show_pdf(parent, pdf, title="Key clients", file_name="Key clients")
    preview = preview_of(qtbot, parent)

    AnsweredPrintDialog.target = tmp_path / "printed.pdf"
    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", AnsweredPrintDialog)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert preview.status.text() == "Sent to the printer."
    printed = PdfReader(AnsweredPrintDialog.target)
    assert len(printed.pages) == preview.page_total()  # every page went to the printer

    asked: list[str] = []

    def save_to(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(tmp_path / "mine"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_to)
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].endswith("Key clients.pdf")
    assert (tmp_path / "mine.pdf").read_bytes() == pdf
    assert "mine.pdf" in preview.status.text()

    qtbot.mouseClick(preview.viewer_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in opened] == ["Key clients.pdf"]
    assert opened[0].read_bytes() == pdf


def test_a_copy_that_cannot_be_saved_is_said(
    qtbot,  # type: ignore[no-untyped-def]
    parent: QWidget,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    show_pdf(parent, a_report(3), title="Returns", file_name="Returns.pdf")
    preview = preview_of(qtbot, parent)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "no folder" / "x.pdf"), "")
    )
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert warned and "Could not write" in warned[0]
    assert "Could not write" in preview.status.text()


def test_without_qtpdf_the_system_viewer_shows_it(
    parent: QWidget, opened: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_import = builtins.__import__

    def no_qtpdf(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith("PySide6.QtPdf"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_qtpdf)
    pdf = a_report(3)
    show_pdf(parent, pdf, title="Returns", file_name="Returns 2026-11.pdf")
    assert parent.findChildren(PdfPreview) == []
    assert [p.name for p in opened] == ["Returns 2026-11.pdf"]
    assert opened[0].read_bytes() == pdf


def test_with_no_printer_the_print_dialog_offers_a_file_named_as_the_document(
    qtbot,  # type: ignore[no-untyped-def]
    parent: QWidget,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from PySide6.QtPrintSupport import QPrinterInfo

    from kamdesk.ui.widgets import file_dialogs

    seen: list[tuple[str, str]] = []

    class CancelledPrintDialog(AnsweredPrintDialog):
        def __init__(self, printer: QPrinter, _parent: Any) -> None:
            seen.append((printer.docName(), printer.outputFileName()))

        def exec(self) -> QPrintDialog.DialogCode:
            return QPrintDialog.DialogCode.Rejected

    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", CancelledPrintDialog)
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: tmp_path / "Documents")
    show_pdf(parent, a_report(3), title="Proposal", file_name="KP-2026-0001.pdf")
    preview = preview_of(qtbot, parent)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    # not "/root/" (a folder, refused by the dialog): the document's name in Documents
    assert seen == [("KP-2026-0001", str(tmp_path / "Documents" / "KP-2026-0001.pdf"))]
    assert preview.status.text() == "Not printed."


def test_documents_made_in_the_app_are_kept_in_its_data_folder(
    qtbot, window: MainWindow, paths: AppPaths
) -> None:  # type: ignore[no-untyped-def]
    show_pdf(window, a_report(3), title="Proposal", file_name="KP-2026-0001.pdf")
    preview = preview_of(qtbot, window)
    assert preview._outbox_copy() == paths.data / "documents" / "KP-2026-0001.pdf"
    assert (paths.data / "documents" / "KP-2026-0001.pdf").is_file()
    preview.close()
