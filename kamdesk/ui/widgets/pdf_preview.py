"""A finished PDF (a brief, a report, a statement, the week's agenda) shown inside the app:
pages to leaf through, zoom, Print, Save as… and Open in the system's PDF viewer.

Where this Qt has no QtPdf (PySide6-Essentials alone) the file is written to the outbox and
the system viewer shows it instead: `show_pdf` is the one call either way.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.documents import document_actions as out
from kamdesk.ui.widgets import file_dialogs
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.style import ERROR_STYLE

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
FIT_WIDTH, FIT_PAGE = "width", "page"


def qt_pdf_available() -> bool:
    try:
        import PySide6.QtPdf
        import PySide6.QtPdfWidgets  # noqa: F401
    except ImportError:
        return False
    return True


def show_pdf(parent: QWidget, pdf: bytes, *, title: str, file_name: str) -> None:
    """Show `pdf` in a preview window over `parent` (named `title`; saved as `file_name` by
    default). Without QtPdf: written to the outbox and opened in the system viewer."""
    if not qt_pdf_available():
        try:
            path = out.write_pdf(out.outbox(parent) / file_name, pdf)
        except OSError as exc:
            QMessageBox.warning(parent, title, out.write_error(out.outbox(parent) / file_name, exc))
            return
        out.open_file(path)
        return
    dialog = PdfPreview(parent, pdf, title=title, file_name=file_name)
    dialog.show()
    dialog.raise_()


class PdfPreview(QDialog):
    """The pages one under the other, fitted to the width; a bar to move and zoom; the ways
    out at the bottom. Closing it deletes it (and the document it holds)."""

    def __init__(self, parent: QWidget, pdf: bytes, *, title: str, file_name: str) -> None:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.pdf = pdf
        self.file_name = file_name if file_name.lower().endswith(".pdf") else file_name + ".pdf"
        self._file: Path | None = None  # the copy handed to the printer or the viewer
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfPreviewView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(self._navigation_bar())
        layout.addWidget(self.view, 1)
        layout.addLayout(self._button_row())
        self._shortcuts()
        self.view.pageNavigator().currentPageChanged.connect(self._on_page_changed)
        self._on_page_changed(0)
        self.resize(self._first_size())

    # --- the bars -----------------------------------------------------------------------------
    def _navigation_bar(self) -> QHBoxLayout:
        pages = max(self.document.pageCount(), 1)
        self.previous_button = QToolButton()
        self.previous_button.setObjectName("previousPage")
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.previous_button.setToolTip(self.tr("Previous page (Page Up)"))
        self.next_button = QToolButton()
        self.next_button.setObjectName("nextPage")
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.next_button.setToolTip(self.tr("Next page (Page Down)"))
        self.page_box = QSpinBox()
        self.page_box.setObjectName("pageNumber")
        self.page_box.setRange(1, pages)
        self.page_box.setKeyboardTracking(False)
        self.page_count = QLabel(self.tr("of {pages}").format(pages=pages))
        self.page_count.setObjectName("pageCount")
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.zoom_box = QComboBox()
        self.zoom_box.setObjectName("zoom")
        self.zoom_box.addItem(self.tr("Fit width"), FIT_WIDTH)
        self.zoom_box.addItem(self.tr("Whole page"), FIT_PAGE)
        for factor in ZOOMS:
            self.zoom_box.addItem(f"{round(factor * 100)} %", factor)

        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.page_box.valueChanged.connect(lambda number: self.go_to_page(number - 1))
        self.zoom_box.currentIndexChanged.connect(lambda _i: self._apply_zoom())
        self.zoom_in_button.clicked.connect(lambda: self.zoom_step(+1))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_step(-1))

        bar = QHBoxLayout()
        bar.setSpacing(4)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addWidget(QLabel(self.tr("Page")))
        bar.addWidget(self.page_box)
        bar.addWidget(self.page_count)
        bar.addStretch(1)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_box)
        bar.addWidget(self.zoom_in_button)
        return bar

    def _button_row(self) -> QHBoxLayout:
        self.status = QLabel()
        self.status.setObjectName("pdfPreviewStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = QPushButton(icon("print"), self.tr("Print…"))
        self.print_button.setObjectName("pdfPrint")
        self.save_button = QPushButton(icon("save"), self.tr("Save as…"))
        self.save_button.setObjectName("pdfSave")
        self.viewer_button = QPushButton(icon("open"), self.tr("Open in PDF viewer"))
        self.viewer_button.setObjectName("pdfOpenViewer")
        self.viewer_button.setToolTip(self.tr("Open it in the system's PDF viewer"))
        self.close_button = QPushButton(self.tr("Close"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save_as)
        self.viewer_button.clicked.connect(self.open_in_viewer)
        self.close_button.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        for button in (self.print_button, self.save_button, self.viewer_button):
            row.addWidget(button)
        row.addSpacing(12)
        row.addWidget(self.close_button)
        return row

    def _shortcuts(self) -> None:
        for keys, slot in (
            (QKeySequence.StandardKey.Print, self.print_),
            (QKeySequence.StandardKey.Save, self.save_as),
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_step(+1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_step(-1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)

    def _first_size(self) -> QSize:
        """A page wide (wider for a landscape one), nearly the screen's height."""
        screen = (self.parentWidget() or self).screen().availableGeometry()
        page = self.document.pagePointSize(0)
        width = 1100 if page.width() > page.height() else 820
        return QSize(min(width, int(screen.width() * 0.9)), int(screen.height() * 0.9))

    # --- moving and zooming -------------------------------------------------------------------
    def page_total(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return int(self.view.pageNavigator().currentPage())

    def go_to_page(self, page: int) -> None:
        page = max(0, min(page, self.page_total() - 1))
        if page != self.current_page():
            self.view.pageNavigator().jump(page, QPointF(), 0)
        self._on_page_changed(page)

    def _on_page_changed(self, page: int) -> None:
        total = self.page_total()
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < total - 1)

    def _apply_zoom(self) -> None:
        from PySide6.QtPdfWidgets import QPdfView

        choice = self.zoom_box.currentData()
        if choice == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif choice == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(choice))

    def zoom_step(self, direction: int) -> None:
        """The next zoom up or down from what is shown now (a fit counts as its factor)."""
        now = self.view.zoomFactor()
        steps = [z for z in ZOOMS if (z > now + 0.01 if direction > 0 else z < now - 0.01)]
        if not steps:
            return
        target = min(steps) if direction > 0 else max(steps)
        self.zoom_box.setCurrentIndex(self.zoom_box.findData(target))

    # --- the ways out -------------------------------------------------------------------------
    def _outbox_copy(self) -> Path | None:
        """The PDF as a file (the printer and the system viewer read files), written once."""
        if self._file is not None and self._file.exists():
            return self._file
        target = out.outbox(self) / self.file_name
        try:
            self._file = out.write_pdf(target, self.pdf)
        except OSError as exc:
            self.say(out.write_error(target, exc), error=True)
            return None
        return self._file

    def say(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)

    def print_(self) -> bool:
        path = self._outbox_copy()
        if path is None:
            return False
        printed = out.print_pdf(self, path)
        if printed is None:
            out.open_file(path)
            self.say(self.tr("Opened in your PDF viewer: print it from there."))
            return False
        self.say(self.tr("Sent to the printer.") if printed else self.tr("Not printed."))
        return bool(printed)

    def save_as(self) -> Path | None:
        chosen = file_dialogs.save_file(
            self,
            "document pdf",
            self.tr("Save the PDF as"),
            self.file_name,
            self.tr("PDF documents (*.pdf)"),
        )
        if chosen is None:
            return None
        name = str(chosen)
        try:
            path = out.write_pdf(Path(name), self.pdf)
        except OSError as exc:
            message = out.write_error(Path(name), exc)
            self.say(message, error=True)
            QMessageBox.warning(self, self.tr("Not saved"), message)
            return None
        self.say(self.tr("Saved: {path}").format(path=path))
        return path

    def open_in_viewer(self) -> Path | None:
        path = self._outbox_copy()
        if path is None:
            return None
        if not out.open_file(path):
            self.say(self.tr("No PDF viewer opened it: the file is {path}").format(path=path),
                     error=True)  # fmt: skip
            return path
        self.say(self.tr("Opened in your PDF viewer: {path}").format(path=path))
        return path
