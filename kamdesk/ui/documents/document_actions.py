"""What happens to a finished document PDF: written to a file, shown, printed or attached to an
e-mail. The Qt PDF modules are optional (PySide6-Essentials has none): without them the system
viewer shows and prints the file."""

from __future__ import annotations

import contextlib
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QProcess, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

from kamdesk.paths import AppPaths, private_folder

# how the e-mail's subject names the document, in the document's language (the client reads it)
SUBJECTS = {
    "proposal": {
        "en": "Commercial proposal {number}",
        "ru": "Коммерческое предложение № {number}",
        "hu": "Árajánlat {number}",
        "it": "Offerta commerciale n. {number}",
        "az": "Kommersiya təklifi № {number}",
    },
    "contract": {
        "en": "Contract {number}",
        "ru": "Договор № {number}",
        "hu": "Szerződés {number}",
        "it": "Contratto n. {number}",
        "az": "Müqavilə № {number}",
    },
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentActions", text)


@contextlib.contextmanager
def busy() -> Iterator[None]:
    """A busy cursor while a document is built and rendered."""
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


LONGEST_STEM = 100  # characters of a file's name (255 bytes at most, 2 a letter in Cyrillic)


def file_name(number: str, version: int = 1, suffix: str = "") -> str:
    """A file name any system and mail program accepts: 'KP-2026-0007 v2.pdf'."""
    stem = re.sub(r"[^\w.\- ]+", "-", number).strip(" .-") or "document"
    if len(stem) > LONGEST_STEM:  # a client's 250-character name: past what a file system takes
        stem = f"{stem[: LONGEST_STEM - 30].rstrip(' .-')} - {stem[-27:].lstrip(' .-')}"
    if version > 1:
        stem += f" v{version}"
    if suffix:
        stem += f" {suffix}"
    return stem + ".pdf"


def outbox(parent: QWidget | None = None) -> Path:
    """Where previewed, printed and e-mailed copies are put: "documents" in kamdesk's data
    folder (the app's folders as the window's ChangeHub knows them), kept across a restart and
    private like the database. A window with no main window above it gets a folder of the
    system's temporary files, the user's own (0700 on POSIX: that folder is shared)."""
    paths = _app_paths(parent)
    if paths is not None:
        with contextlib.suppress(OSError):
            return private_folder(paths.data / "documents")
    folder = Path(tempfile.gettempdir()) / "kamdesk-documents"
    try:
        return private_folder(folder)
    except OSError:  # another account has that name: a fresh folder of the user's own instead
        return Path(tempfile.mkdtemp(prefix="kamdesk-documents-"))


def _app_paths(widget: QWidget | None) -> AppPaths | None:
    window = widget.window() if widget is not None else None
    while window is not None:
        paths = getattr(getattr(window, "hub", None), "paths", None)
        if isinstance(paths, AppPaths):
            return paths
        window = window.parentWidget()
    return None


def write_pdf(path: Path, pdf: bytes) -> Path:
    """Write the file whole or not at all (a full disk leaves no half document behind)."""
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    part = path.with_name(path.name + ".part")
    try:
        part.write_bytes(pdf)
        part.replace(path)
    except OSError:
        part.unlink(missing_ok=True)
        raise
    return path


def write_error(path: Path, exc: OSError) -> str:
    return _tr("Could not write {path}: {why}").format(path=path, why=exc.strerror or exc)


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def reveal(path: Path) -> bool:
    """Show the folder the file is in (the file manager, where it can be dragged into a mail)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def pdf_view(parent: QWidget) -> QWidget | None:
    """A Qt PDF view, or None when this Qt has none."""
    try:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView
    except ImportError:
        return None
    view = QPdfView(parent)
    # the document belongs to the dialog, not the view: a QPdfView destroyed with its document
    # as its own child crashes (the view's destructor goes first, its children after)
    view.setDocument(QPdfDocument(parent))
    view.setPageMode(QPdfView.PageMode.MultiPage)
    view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
    return view


def show_in_view(view: QWidget, path: Path) -> None:
    from PySide6.QtPdfWidgets import QPdfView

    assert isinstance(view, QPdfView)
    document = view.document()
    document.close()
    document.load(str(path))


def print_pdf(parent: QWidget, path: Path) -> bool | None:
    """Print through Qt's print dialog: True printed, False cancelled, None when this Qt
    cannot (no QtPdf): the caller opens the file in the system viewer instead."""
    try:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    except ImportError:
        return None
    from PySide6.QtGui import QPainter

    document = QPdfDocument(parent)
    document.load(str(path))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, path)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    painter = QPainter(printer)
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            area = painter.viewport()
            size = document.pagePointSize(page).toSize()
            size.scale(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(0, 0, document.render(page, size))
    finally:
        painter.end()
        document.close()
    return True


def prepare_printer(printer: QPrinter, path: Path) -> None:
    """The job named as the document; with no printer on this computer, "print to file" is
    offered with the document's name in the user's Documents (not a bare home folder)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    from kamdesk.ui.widgets.file_dialogs import documents_folder

    printer.setDocName(path.stem)
    if not QPrinterInfo.availablePrinters():
        printer.setOutputFileName(str(documents_folder() / path.name))


def mail_with_attachment(path: Path, subject: str, to: str = "") -> bool:
    """Open the user's mail program with the file attached, where the platform allows it;
    False when it does not (or the program would not start): reveal the file instead."""
    if sys.platform.startswith("linux") and shutil.which("xdg-email"):
        args = ["--subject", subject, "--attach", str(path)]
        if to:
            args.append(to)
        started, _pid = QProcess.startDetached("xdg-email", args)
        return bool(started)
    if sys.platform == "darwin":
        started, _pid = QProcess.startDetached("open", ["-a", "Mail", str(path)])
        return bool(started)
    return False
