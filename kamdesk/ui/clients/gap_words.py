"""What a dossier lacks (domain.completeness gaps) in the interface's language: the fixed
messages are marked in ui/domain_labels.py; the two made with values are worded here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.completeness import Gap
from kamdesk.ui.widgets.forms import domain_text


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("DossierGaps", text, disambiguation, n)


def gap_text(gap: Gap) -> str:
    if gap.code == "stale":
        return _tr("No contact for %n day(s) (more than {limit}).", "", gap.days).format(
            limit=gap.limit
        )
    if gap.code == "no_personal_notes":
        names = ", ".join(gap.names)
        if gap.more:
            return _tr("No personal notes for {names} and %n more.", "", gap.more).format(
                names=names
            )
        return _tr("No personal notes for {names}.").format(names=names)
    return domain_text(gap.message)
