"""File dialogs that open where the KAM last was, for each kind of file.

Every open/save/folder dialog of kamdesk goes through here with a *kind* ("price list",
"bank statement", "sync bundle", "document pdf", "export", "backup", "logo", "calendar", ...).
The folder last used for a kind is kept in the laptop's settings (the main window's QSettings,
reached as `table_state.laptop_settings` reaches it) under `folders/<kind>`, so it survives a
restart; a kind never used yet starts in the user's Documents folder, never in the program's
folder. A widget shown on its own (no main window above it) remembers on its window for as
long as that window lives.

The static QFileDialog functions are called with positional arguments only (parent, caption,
folder or suggested path, filters): the tests replace them with plain functions.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from kamdesk.ui.widgets.table_state import laptop_settings

PREFIX = "folders"
KINDS = (
    "price list",
    "bank statement",
    "sync bundle",
    "document pdf",
    "export",
    "backup",
    "logo",
    "calendar",
    "plans",
    "image",
)


def documents_folder() -> Path:
    """The user's Documents folder (the home folder where a system has none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def _key(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown kind of file: {kind!r}")
    return f"{PREFIX}/{re.sub(r'[^a-z0-9]+', '-', kind)}"


def last_folder(parent: QWidget | None, kind: str) -> Path:
    """Where the dialog for `kind` opens: the folder last used for it, if it still exists."""
    key = _key(kind)
    remembered: object = None
    if parent is not None:
        settings = laptop_settings(parent)
        remembered = settings.value(key) if settings is not None else parent.window().property(key)
    if isinstance(remembered, str) and remembered and Path(remembered).is_dir():
        return Path(remembered)
    return documents_folder()


def remember(parent: QWidget | None, kind: str, folder: Path) -> None:
    """Keep `folder` as the one to open next time for `kind`."""
    key = _key(kind)
    if parent is None:
        return
    settings = laptop_settings(parent)
    if settings is not None:
        settings.setValue(key, str(folder))
        settings.sync()
    else:
        parent.window().setProperty(key, str(folder))


def open_file(parent: QWidget | None, kind: str, caption: str, filters: str) -> Path | None:
    """The file the user chose to open, or None; its folder is remembered for `kind`."""
    name, _filter = QFileDialog.getOpenFileName(
        parent, caption, str(last_folder(parent, kind)), filters
    )
    if not name:
        return None
    path = Path(name)
    remember(parent, kind, path.parent)
    return path


def save_file_as(
    parent: QWidget | None, kind: str, caption: str, suggested_name: str, filters: str
) -> tuple[Path | None, str]:
    """The path the user chose to save to (None if cancelled) and the filter chosen with it.

    `suggested_name` is joined to the folder remembered for `kind`; a full path is used as it
    is (a path the user already typed)."""
    suggested = Path(suggested_name)
    if not suggested.is_absolute():
        suggested = last_folder(parent, kind) / suggested_name
    name, chosen_filter = QFileDialog.getSaveFileName(parent, caption, str(suggested), filters)
    if not name:
        return None, chosen_filter or ""
    path = Path(name)
    remember(parent, kind, path.parent)
    return path, chosen_filter or ""


def save_file(
    parent: QWidget | None, kind: str, caption: str, suggested_name: str, filters: str
) -> Path | None:
    """The path the user chose to save to, or None; its folder is remembered for `kind`."""
    return save_file_as(parent, kind, caption, suggested_name, filters)[0]


def choose_folder(parent: QWidget | None, kind: str, caption: str) -> Path | None:
    """The folder the user chose, or None; remembered for `kind`."""
    chosen = QFileDialog.getExistingDirectory(parent, caption, str(last_folder(parent, kind)))
    if not chosen:
        return None
    folder = Path(chosen)
    remember(parent, kind, folder)
    return folder
