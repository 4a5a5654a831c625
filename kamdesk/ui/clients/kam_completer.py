"""The dossier's KAM field: names separated by ';', each completed from the KAMs known (typing a
new name is allowed: saving makes the KAM)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit


class KamNamesCompleter(QCompleter):
    """Completes the name being typed after the last ';' and keeps the names before it."""

    def __init__(self, edit: QLineEdit) -> None:
        self._names = QStringListModel([], edit)
        super().__init__(self._names, edit)
        self._edit = edit
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(self)
        # the whole text with the chosen name: set here, as QLineEdit was seen not to when the
        # popup held the keys (offscreen); where it does, the same text is set twice
        self.activated.connect(edit.setText)

    def set_names(self, names: Sequence[str]) -> None:
        self._names.setStringList(list(names))

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(";", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        chosen = str(index.data())
        before = self._edit.text().rsplit(";", 1)[0] if ";" in self._edit.text() else ""
        typed = [name.strip() for name in before.split(";") if name.strip()]
        return "; ".join([*typed, chosen])
