"""Hand over…: to which KAM a client goes, as the lead or as a co-KAM (services.team.handover).

Shown on every laptop: a laptop's file has no roles. On the team server only a manager's
handover passes; a KAM's is refused at their next sync, with a message saying so.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.client import MAX_KAMS
from kamdesk.ui.widgets.style import MUTED_STYLE


class HandoverDialog(QDialog):
    """The incoming KAM (any KAM the team knows but the lead) and their place."""

    def __init__(
        self,
        client_name: str,
        kams_now: Sequence[str],
        choices: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoverDialog")
        self.setWindowTitle(self.tr("Hand over the client"))
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr(
                "Hand {client} over to another key account manager. The lead KAM they replace "
                "keeps the client until their next sync with the team server, which sends "
                "their last changes first."
            ).format(client=client_name)
        )
        intro.setWordWrap(True)
        lead = kams_now[0] if kams_now else None
        shown = [self.tr("{kam} (lead)").format(kam=lead)] if lead else []
        now = QLabel(", ".join([*shown, *kams_now[1:]]) if kams_now else self.tr("nobody"))
        now.setObjectName("handoverNow")
        now.setWordWrap(True)
        self.to = QComboBox()
        self.to.setObjectName("handoverTo")
        for kam_id, name in choices:
            if name != lead:
                self.to.addItem(name, kam_id)
        self.as_lead = QRadioButton(
            self.tr("as the lead KAM: {kam} leaves").format(kam=lead)
            if lead
            else self.tr("as the lead KAM")
        )
        self.as_lead.setObjectName("handoverAsLead")
        self.as_co = QRadioButton(self.tr("as a co-KAM beside the others: nobody leaves"))
        self.as_co.setObjectName("handoverAsCo")
        if len(kams_now) >= MAX_KAMS:  # a fourth: the service would refuse it
            self.as_co.setEnabled(False)
            self.as_co.setToolTip(self.tr("The client has the most KAMs it may have."))
        self.as_lead.setChecked(True)
        places = QButtonGroup(self)
        places.addButton(self.as_lead)
        places.addButton(self.as_co)
        form = QFormLayout()
        form.addRow(self.tr("KAMs now:"), now)
        form.addRow(self.tr("Hand over to:"), self.to)
        form.addRow("", self.as_lead)
        form.addRow("", self.as_co)
        note = QLabel(
            self.tr(
                "On the team server a handover is the manager's to make: one made here by "
                "a KAM is refused at their next sync."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(MUTED_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(
            self.tr("Hand over"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setObjectName("handoverButton")
        self.ok.setEnabled(self.to.count() > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addSpacing(4)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def kam_id(self) -> str:
        return str(self.to.currentData())

    def co(self) -> bool:
        return self.as_co.isChecked()
