"""Unexpected exceptions: logged with traceback and shown, never a silent exit."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("kamdesk")


def tr(text: str) -> str:
    return QCoreApplication.translate("crash", text)


def install(log_file: Path) -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, exc, tb))
        if QApplication.instance() is None:
            sys.__excepthook__(kind, exc, tb)
            return
        box = QMessageBox(QMessageBox.Icon.Critical, "kamdesk", tr("Something went wrong."))
        box.setInformativeText(
            tr("Your saved data is safe. The details were written to the log:\n{path}").format(
                path=log_file
            )
        )
        box.setDetailedText("".join(traceback.format_exception(kind, exc, tb)))
        box.exec()

    sys.excepthook = hook
