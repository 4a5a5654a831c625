"""What the document dialog does with a made document: Preview shows the PDF without issuing
it; Save as, Print and Send by e-mail issue it first (the copy is stored with its number and
version in the client's history, as one step with writing the file), then hand it on."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QSplitter, QWidget

from kamdesk.ui.documents import document_actions as out
from kamdesk.ui.operations import ChangeHub, run_op
from kamdesk.ui.widgets import file_dialogs

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.services.sales.orders import OrderRecord


PREVIEW_WIDTH = 520  # pixels: an A4 page fitted to it is readable
NARROWEST_PREVIEW = 320  # narrower beside the form, and the pages go under it


class DocumentOutput(QDialog):
    """The issuing and the four buttons' actions; the dialog says what is made (`make`), of
    which kind, parts and language, and to whom."""

    def __init__(
        self, db: Database, hub: ChangeHub, order_id: str, today: date, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.db, self.hub = db, hub
        self.order_id = order_id
        self.today = today
        self.record: OrderRecord | None = None
        self.preview_view: QWidget | None = None
        self._issued_texts: tuple[str, ...] | None = None  # the texts as last issued
        self.last_path: Path | None = None  # the last file written
        self.last_issued: str | None = None  # the id of the last issued document

    # what the dialog knows
    def make(self) -> tuple[Any, bytes] | None:
        raise NotImplementedError

    def kind(self) -> str:
        raise NotImplementedError

    def chosen_parts(self) -> tuple[str, ...]:
        raise NotImplementedError

    def current_language(self) -> str:
        raise NotImplementedError

    def current_texts(self) -> tuple[str, ...]:
        raise NotImplementedError

    def addressee_email(self) -> str:
        raise NotImplementedError

    def say(self, text: str, *, error: bool = False) -> None:
        raise NotImplementedError

    # --- issuing ------------------------------------------------------------------------------
    def _issue(self, doc: Any, pdf: bytes, path: Path) -> str | None:
        """Store the issued copy (number, version, the PDF) and write the file, as one step: a
        file that cannot be written leaves nothing issued, and nothing typed is lost."""
        from kamdesk.services.documents.builder import issue_document

        record = self.record
        assert record is not None
        kind, order_id, client_id, today = self.kind(), self.order_id, record.client_id, self.today
        parts = self.chosen_parts() if kind == "contract" else ()
        written: list[Path] = []

        def work(session: Session) -> str:
            document_id = issue_document(
                session,
                doc,
                kind=kind,
                order_id=order_id,
                client_id=client_id,
                pdf=pdf,
                today=today,
                parts=parts,
            )
            written.append(out.write_pdf(path, pdf))
            return document_id

        try:
            with out.busy():
                document_id = run_op(self, self.db, self.hub, work)
        except OSError as exc:
            message = out.write_error(path, exc)
            self.say(self.tr("Not issued: {why}").format(why=message), error=True)
            QMessageBox.warning(self, self.tr("Not saved"), message)
            return None
        if document_id is None:
            return None
        self.last_issued = document_id
        self.last_path = written[0]
        if kind == "proposal":
            self._issued_texts = self.current_texts()
        else:
            self.contract_recorded()
        return document_id

    def contract_recorded(self) -> None:
        """The package issued has recorded its contract: the dialog says so."""

    def _issued_text(self, then: str) -> str:
        """'Proposal KP-2026-0007, version 2 issued. (the earlier versions are kept…) ' and
        `then`, what became of the PDF: whole sentences, each noun in the one that agrees
        with it."""
        from kamdesk.services.documents.builder import list_documents

        assert self.record is not None and self.last_issued is not None
        with self.db.reading() as session:
            rows = list_documents(session, self.record.client_id)
        row = next(r for r in rows if r.id == self.last_issued)
        if row.kind == "proposal":
            text = self.tr("Proposal {number}, version {version} issued.")
        else:
            text = self.tr("Contract package {number}, version {version} issued.")
        text = text.format(number=row.number, version=row.version)
        if row.version > 1:
            text += " " + self.tr("(the earlier versions are kept in the client's history)")
        return f"{text} {then}"

    def _name(self, doc: Any) -> str:
        """The file's name: number, version when not the first, the part when alone."""
        from kamdesk.services.documents.builder import list_documents

        version = getattr(doc, "version", None)
        if version is None and self.record is not None:  # a contract counts its issues
            with self.db.reading() as session:
                rows = list_documents(session, self.record.client_id)
            kind = self.kind()
            version = 1 + max(
                (r.version for r in rows if r.kind == kind and r.number == doc.number), default=0
            )
        parts = self.chosen_parts()
        suffix = parts[0] if self.kind() == "contract" and len(parts) == 1 else ""
        return out.file_name(doc.number, int(version or 1), suffix)

    # --- the buttons --------------------------------------------------------------------------
    def preview(self) -> Path | None:
        made = self.make()
        if made is None:
            return None
        doc, pdf = made
        path = out.outbox(self) / ("preview " + self._name(doc))
        try:
            path = out.write_pdf(path, pdf)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Preview"), out.write_error(path, exc))
            return None
        self.last_path = path
        if self.preview_view is not None:
            out.show_in_view(self.preview_view, path)
            self._open_preview_pane(self.preview_view)
            self.say(self.tr("Preview: not issued yet."))
        else:
            out.open_file(path)
            self.say(self.tr("Preview opened in your PDF viewer: not issued yet."))
        return path

    def screen_width(self) -> int:
        return self.screen().availableGeometry().width()

    def _open_preview_pane(self, view: QWidget) -> None:
        """The pages beside the form, wide enough to read: the dialog grows by a page's width
        where the screen has room; where it has not, the pages go under the form instead of
        into a strip beside it."""
        first = view.isHidden()
        view.show()
        split = view.parentWidget()
        form = split.widget(0) if isinstance(split, QSplitter) else None
        if not first or not isinstance(split, QSplitter) or form is None:
            return
        body = form.minimumSizeHint().width() + split.handleWidth()
        wanted = self.width() - split.width() + body + PREVIEW_WIDTH
        width = max(self.width(), min(wanted, self.screen_width() - 40))
        if width > self.width():
            left = self.screen().availableGeometry().left()
            self.move(max(left, self.x() - (width - self.width()) // 2), self.y())
            self.resize(width, self.height())
            layout = self.layout()
            if layout is not None:
                layout.activate()
        pane = split.width() - body
        if pane >= NARROWEST_PREVIEW:
            split.setOrientation(Qt.Orientation.Horizontal)
            split.setSizes([split.width() - pane, pane])
        else:
            split.setOrientation(Qt.Orientation.Vertical)
            half = split.height() // 2
            split.setSizes([split.height() - half, half])

    def save_as(self) -> Path | None:
        made = self.make()
        if made is None:
            return None
        doc, pdf = made
        chosen = file_dialogs.save_file(
            self,
            "document pdf",
            self.tr("Save the document as"),
            self._name(doc),
            self.tr("PDF documents (*.pdf)"),
        )
        if chosen is None or self._issue(doc, pdf, chosen) is None:
            return None
        self.say(self._issued_text(self.tr("The PDF is saved: {path}").format(path=self.last_path)))
        return self.last_path

    def _issued_to_outbox(self) -> tuple[Any, Path] | None:
        """Made, issued and written to the outbox: the document and its file."""
        made = self.make()
        if made is None:
            return None
        doc, pdf = made
        if self._issue(doc, pdf, out.outbox(self) / self._name(doc)) is None:
            return None
        assert self.last_path is not None
        return doc, self.last_path

    def print_(self) -> Path | None:
        issued = self._issued_to_outbox()
        if issued is None:
            return None
        path = issued[1]
        printed = out.print_pdf(self, path)
        if printed is None:
            out.open_file(path)
            then = self.tr("The PDF is open in your PDF viewer: print it from the viewer.")
        elif printed:
            then = self.tr("The PDF is sent to the printer.")
        else:
            then = self.tr("The PDF is not printed: {path}").format(path=path)
        self.say(self._issued_text(then))
        return path

    def send_email(self) -> Path | None:
        issued = self._issued_to_outbox()
        if issued is None:
            return None
        doc, path = issued
        subjects = out.SUBJECTS[self.kind()]
        subject = subjects.get(self.current_language(), subjects["en"]).format(number=doc.number)
        if out.mail_with_attachment(path, subject, self.addressee_email()):
            then = self.tr("The PDF is attached to a new e-mail: {path}").format(path=path)
        else:
            out.reveal(path)
            then = self.tr("Attach {file} to your e-mail (its folder is open).").format(file=path)
        self.say(self._issued_text(then))
        return path
