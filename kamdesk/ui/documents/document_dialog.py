"""The documents of an order as the client will hold them: a commercial proposal tailored before
it goes out (opening text, addressee, validity, terms, optional items) or the contract package
(contract, specification, invoice: together or each alone), in the client's document language.

The texts are shown as the templates have them, fields in double braces included: they are
filled in when the PDF is made, so a changed addressee, validity or optional line always reads
right. Preview shows the PDF without issuing it; Save as, Print and Send by e-mail issue it
first: the copy is stored with its number and version in the client's history, then written."""

from __future__ import annotations

from datetime import date, timedelta
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.documents import LANGUAGE_NAMES, LANGUAGES, totals_of
from kamdesk.domain.orders import STATUS_LABELS
from kamdesk.domain.templates import clauses, unknown_placeholders
from kamdesk.errors import UserError
from kamdesk.paths import AppPaths
from kamdesk.services.changes import Change, Changes
from kamdesk.ui.documents import document_actions as out
from kamdesk.ui.documents.contract_page import PARTS, ContractPage
from kamdesk.ui.documents.document_lines import COLUMNS, DocumentLines
from kamdesk.ui.documents.document_output import DocumentOutput
from kamdesk.ui.documents.proposal_page import TEXTS, ProposalPage
from kamdesk.ui.widgets.forms import domain_text
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.layout_rules import Heading
from kamdesk.ui.widgets.numbers import short_date
from kamdesk.ui.widgets.price_fields import RIGHT_ALIGN, money
from kamdesk.ui.widgets.style import ERROR_STYLE, OK_STYLE

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.services.documents.builder import ProposalEdits
    from kamdesk.ui.operations import ChangeHub

__all__ = ["COLUMNS", "KINDS", "PARTS", "TEXTS", "DocumentDialog"]

KINDS = ("proposal", "contract")


class DocumentDialog(DocumentOutput):
    """Opened from the order window for its order (saved first: a draft is saved, then used)."""

    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        order_id: str,
        *,
        kind: str = "proposal",
        today: date | None = None,
        templates_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, hub, order_id, today or date.today(), parent)
        self.setObjectName("documentDialog")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        # the user's copies of the templates, looked for first: AppPaths.templates, as the CLI
        self.templates_dir = templates_dir or (hub.paths or AppPaths.default()).templates
        self.contacts: list[tuple[str, str, str]] = []  # (id, shown, e-mail)
        self._raw: dict[str, dict[str, str]] = {}  # language -> text field -> template text
        self._loading = False

        kinds = self._kind_row()
        self.proposal_box = ProposalPage(self.today)
        self.form, self.opening_form = self.proposal_box.form, self.proposal_box.opening_form
        self.texts = self.proposal_box.texts
        self.addressee = self.proposal_box.addressee
        self.valid_until = self.proposal_box.valid_until
        self.opening = self.proposal_box.opening
        self.delivery_terms = self.proposal_box.delivery_terms
        self.payment_terms = self.proposal_box.payment_terms
        self.contract_box = ContractPage()
        self.parts, self.contract_summary = self.contract_box.parts, self.contract_box.summary
        self.lines = DocumentLines()
        body = self._body()
        buttons = self._button_row()
        self._lay_out(kinds, body, buttons)

        self.proposal_box.texts_changed.connect(self._check_texts)
        self.proposal_box.restore_asked.connect(self._restore_texts)
        self.contract_box.parts_changed.connect(self._update_buttons)
        self.lines.optional_changed.connect(self._show_totals)
        self.kind_group.idToggled.connect(self._on_kind)
        self.language.currentIndexChanged.connect(lambda _i: self._on_language())
        self.hub.changed.connect(self._on_changed)
        self._listening = True
        self.load()
        self.kind_buttons[kind if kind in KINDS else "proposal"].setChecked(True)
        self._on_kind()
        self.resize(1000, 760)

    # --- building -----------------------------------------------------------------------------
    def _kind_row(self) -> QHBoxLayout:
        """Whose, what and in which language."""
        self.heading = Heading("documentHeading")  # a long client name gives way
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        kinds = QHBoxLayout()
        for i, (key, label) in enumerate(
            (
                ("proposal", self.tr("Commercial proposal")),
                ("contract", self.tr("Contract package")),
            )
        ):
            radio = QRadioButton(label)
            radio.setObjectName(f"kind_{key}")
            self.kind_group.addButton(radio, i)
            self.kind_buttons[key] = radio
            kinds.addWidget(radio)
        kinds.addStretch(1)
        kinds.addWidget(QLabel(self.tr("Document language")))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setToolTip(
            self.tr("The language the client reads; the program's own language does not change.")
        )
        kinds.addWidget(self.language)
        return kinds

    def _body(self) -> QWidget:
        """The kind's page over the order's lines; beside them a preview when this Qt has a
        PDF view."""
        self.lines_title = QLabel()
        self.lines_total = QLabel()
        self.lines_total.setObjectName("linesTotal")
        self.lines_total.setAlignment(RIGHT_ALIGN)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.proposal_box)
        column.addWidget(self.contract_box)
        column.addSpacing(4)
        column.addWidget(self.lines_title)
        column.addWidget(self.lines, 1)
        column.addWidget(self.lines_total)
        self.preview_view = out.pdf_view(self)
        if self.preview_view is None:
            return body
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(body)
        split.addWidget(self.preview_view)
        self.preview_view.hide()
        return split

    def _button_row(self) -> QHBoxLayout:
        """What was done (the status), and the buttons."""
        self.status = QLabel()
        self.status.setObjectName("documentStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, label, tip, slot in (
            (
                "preview",
                self.tr("Preview"),
                self.tr("See the PDF; nothing is issued"),
                self.preview,
            ),
            (
                "save",
                self.tr("Save as…"),
                self.tr("Issue it (numbered, kept in the client's history) and save the PDF"),
                self.save_as,
            ),
            ("print", self.tr("Print…"), self.tr("Issue it and print"), self.print_),
            (
                "email",
                self.tr("Send by e-mail…"),
                self.tr("Issue it and attach it to a new e-mail"),
                self.send_email,
            ),
        ):
            button = QPushButton(icon(key), label)
            button.setObjectName(f"doc_{key}")
            button.setToolTip(tip)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, slot=slot: slot())
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        row.addWidget(close)

        return row

    def _lay_out(self, kinds: QHBoxLayout, body: QWidget, buttons: QHBoxLayout) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.heading)
        layout.addLayout(kinds)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(rule)
        layout.addWidget(body, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    # --- loading ------------------------------------------------------------------------------
    def load(self) -> None:
        """The order, the client's people and the proposal's defaults (what the KAM typed or
        chose is kept when called again after a change elsewhere)."""
        from kamdesk.services.clients.contacts import list_contacts
        from kamdesk.services.sales.orders import get_order

        first = self.record is None
        with self.db.reading() as session:
            record = get_order(session, self.order_id)
            contacts = list_contacts(session, record.client_id)
            defaults = self._defaults(session) if first else None
        self.record = record
        self.contacts = [
            (c.id, " — ".join(x for x in (c.data.full_name, c.data.position) if x), c.data.email)
            for c in sorted(contacts, key=lambda c: c.data.full_name.casefold())
        ]
        self._loading = True
        try:
            chosen = defaults.addressee_id if defaults else self.addressee.currentData()
            self.addressee.clear()
            for contact_id, shown, _email in self.contacts:
                self.addressee.addItem(shown, contact_id)
            if not self.contacts:
                self.addressee.addItem(self.tr("(no contacts on file)"), None)
            self.addressee.setEnabled(bool(self.contacts))
            self.addressee.setCurrentIndex(max(0, self.addressee.findData(chosen)))
            if defaults is not None:
                language = defaults.language or "en"
                self.language.setCurrentIndex(max(0, self.language.findData(language)))
                until = defaults.valid_until or self.today
                self.valid_until.setDate(QDate(until.year, until.month, until.day))
                raw = self._templates(self.current_language())
                for name, edit in self.texts.items():
                    edit.setPlainText(raw.get(name, ""))
            optional = set(defaults.optional_line_nos if defaults else self.optional_line_nos())
            self.lines.fill(record.lines, optional, record.currency)
        finally:
            self._loading = False
        status = domain_text(STATUS_LABELS.get(record.status, record.status)).lower()
        self.heading.set_text(
            record.client_name,
            self.tr("order {number} of {day}, {status}").format(
                number=record.number, day=short_date(record.order_date), status=status
            ),
        )
        self.setWindowTitle(
            self.tr("Documents — {number} — {client}").format(
                number=record.number, client=record.client_name
            )
        )
        self._check_texts()
        self._show_totals()
        self._show_contract_summary()

    def _defaults(self, session: Session) -> ProposalEdits:
        """The proposal's defaults (language, addressee, validity); a broken template does
        not keep the dialog shut: it is named at its field instead."""
        from kamdesk.services.documents.builder import (
            VALID_DAYS,
            ProposalEdits,
            TemplateProblem,
            proposal_defaults,
        )

        try:
            return proposal_defaults(
                session, self.order_id, today=self.today, templates_dir=self.templates_dir
            )
        except TemplateProblem:
            from kamdesk.services.clients.client_terms import get_client_terms
            from kamdesk.services.sales.orders import get_order

            client_id = get_order(session, self.order_id).client_id
            language = get_client_terms(session, client_id).document_language
            return ProposalEdits(
                language=language if language in LANGUAGES else "en",
                valid_until=self.today + timedelta(days=VALID_DAYS),
            )

    def _templates(self, language: str) -> dict[str, str]:
        """The opening and the terms as the templates have them in `language` (the user's
        copies first), placeholders and all."""
        from kamdesk.services.documents.builder import template_text

        if language not in self._raw:
            try:
                opening = template_text("proposal_opening", language, self.templates_dir)
                terms = template_text("proposal_terms", language, self.templates_dir)
            except UserError as exc:
                self.say(str(exc), error=True)
                return {}
            sections = [body for _heading, body in clauses(terms)] + ["", ""]
            self._raw[language] = {
                "opening": opening.strip(),
                "delivery_terms": sections[0],
                "payment_terms": sections[1],
            }
        return self._raw[language]

    def _on_changed(self, changes: Changes) -> None:
        if changes & {Change.ORDERS, Change.CLIENTS, Change.CONTACTS}:
            try:
                self.load()
            except UserError:  # the order is gone (deleted, or synced away)
                self.say(self.tr("This order no longer exists."), error=True)
                for button in self.buttons.values():
                    button.setEnabled(False)

    # --- reading what the KAM chose -------------------------------------------------------------
    def kind(self) -> str:
        return KINDS[max(0, self.kind_group.checkedId())]

    def current_language(self) -> str:
        return str(self.language.currentData())

    def optional_line_nos(self) -> tuple[int, ...]:
        return self.lines.optional_line_nos()

    def set_optional(self, line_no: int, optional: bool = True) -> None:
        self.lines.set_optional(line_no, optional)

    def chosen_parts(self) -> tuple[str, ...]:
        return self.contract_box.chosen_parts()

    def edits(self) -> ProposalEdits:
        from kamdesk.services.documents.builder import ProposalEdits

        day = self.valid_until.date()
        return ProposalEdits(
            language=self.current_language(),
            opening=self.opening.toPlainText().strip(),
            valid_until=date(day.year(), day.month(), day.day()),
            delivery_terms=self.delivery_terms.toPlainText().strip(),
            payment_terms=self.payment_terms.toPlainText().strip(),
            addressee_id=self.addressee.currentData(),
            optional_line_nos=self.optional_line_nos(),
        )

    def current_texts(self) -> tuple[str, ...]:
        return self.proposal_box.current_texts()

    # --- reacting -----------------------------------------------------------------------------
    def _on_kind(self, *_args: Any) -> None:
        proposal = self.kind() == "proposal"
        self.proposal_box.setVisible(proposal)
        self.contract_box.setVisible(not proposal)
        self.lines.set_proposal(proposal)
        self.lines_title.setText(
            self.tr(
                "<b>Lines</b> &nbsp; tick <i>Optional</i> for items offered apart, not counted "
                "in the total"
            )
            if proposal
            else self.tr("<b>Specification</b> &nbsp; the order's lines, as appendix 1 lists them")
        )
        self._show_totals()
        self.status.clear()
        self._update_buttons()

    def _on_language(self) -> None:
        """The texts of the new language's templates, except those the KAM wrote."""
        if self._loading:
            return
        language = self.current_language()
        before = [raw for code, raw in self._raw.items() if code != language]
        new = self._templates(language)
        for name, edit in self.texts.items():
            typed = edit.toPlainText()
            untouched = not typed.strip() or any(typed == raw.get(name) for raw in before)
            if untouched and name in new:
                edit.setPlainText(new[name])
        self._show_contract_summary()

    def _restore_texts(self) -> None:
        raw = self._templates(self.current_language())
        for name, edit in self.texts.items():
            if name in raw:
                edit.setPlainText(raw[name])

    def _check_texts(self) -> None:
        """Unknown names in braces are said at once, beside their text, before any printing."""
        problems = {}
        for name, edit in self.texts.items():
            bad = unknown_placeholders(edit.toPlainText())
            if bad:
                problems[name] = self._unknown_message(bad)
        self._mark(problems)
        self._update_buttons()

    def _mark(self, problems: dict[str, str]) -> None:
        self.proposal_box.mark(problems)

    def _unknown_message(self, names: list[str]) -> str:
        shown = ", ".join("{{ " + n + " }}" for n in names)
        return self.tr(
            "%n unknown field(s): {names}. Use only the names under Insert field; nothing is "
            "printed until this is fixed.",
            "",
            len(names),
        ).format(names=shown)

    def _update_buttons(self) -> None:
        if self.kind() == "contract":
            ready = bool(self.chosen_parts())
            if not ready:
                self.say(self.tr("Tick at least one part of the package."), error=True)
            elif self.status.text() == self.tr("Tick at least one part of the package."):
                self.status.clear()
        else:
            ready = not any(unknown_placeholders(t) for t in self.current_texts())
        for button in self.buttons.values():
            button.setEnabled(ready)

    def _show_totals(self) -> None:
        record = self.record
        if record is None:
            return
        optional = set(self.optional_line_nos()) if self.kind() == "proposal" else set()
        offered = [line for line in record.lines if line.line_no not in optional]
        apart = [line for line in record.lines if line.line_no in optional]
        total = totals_of(offered).gross  # the sum the printed document shows
        text = self.tr(
            "In the total: %n line(s), <b>{total}</b> with VAT", "", len(offered)
        ).format(total=money(total, record.currency))
        if apart:
            extra = totals_of(apart).gross
            text += " &nbsp;·&nbsp; " + self.tr(
                "optional, apart: %n line(s), {total}", "", len(apart)
            ).format(total=money(extra, record.currency))
        self.lines_total.setText(text)

    def contract_recorded(self) -> None:
        self._show_contract_summary()

    def _show_contract_summary(self) -> None:
        if self.record is not None:
            from kamdesk.services.documents.contracts import contract_terms

            record = self.record
            language = LANGUAGE_NAMES.get(self.current_language(), "")
            with self.db.reading() as session:
                terms = contract_terms(
                    session, record.client_id, record.id, order_day=record.order_date,
                    today=self.today,
                )  # fmt: skip
            self.contract_box.show_summary(record, language, self.templates_dir, terms)

    def say(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.status.setText(text)

    # --- making the PDF -----------------------------------------------------------------------
    def make(self) -> tuple[Any, bytes] | None:
        """The document and its PDF as the dialog stands; None, with the reason shown beside
        the field or in a message, when it cannot be made (a wrong template): nothing is
        printed then."""
        from kamdesk.reports.documents import render_document
        from kamdesk.services.documents.builder import build_document

        kind = self.kind()
        if kind == "proposal":
            self._check_texts()
            bad = [n for text in self.current_texts() for n in unknown_placeholders(text)]
            if bad:
                unique = list(dict.fromkeys(bad))
                names = ", ".join("{{ " + n + " }}" for n in unique)
                self.say(
                    self.tr(
                        "Nothing printed: %n unknown field(s) {names}, marked in red above.",
                        "",
                        len(unique),
                    ).format(names=names),
                    error=True,
                )
                return None
        buffer = BytesIO()
        try:
            with out.busy():
                with self.db.reading() as session:
                    doc = build_document(
                        session,
                        kind,
                        self.order_id,
                        self.edits(),
                        today=self.today,
                        templates=self.templates_dir,
                    )
                render_document(doc, buffer, parts=self.chosen_parts())
        except UserError as exc:
            self._refused(exc)
            return None
        return doc, buffer.getvalue()

    def _refused(self, exc: UserError) -> None:
        """A text or template naming unknown fields, or data missing: said before anything is
        printed, at the text at fault when it is one of the dialog's."""
        from kamdesk.services.documents.builder import TemplateProblem

        message = str(exc)
        self.say(self.tr("Nothing printed: {why}").format(why=message), error=True)
        field = None
        if isinstance(exc, TemplateProblem):
            field = {
                "The opening text": "opening",
                "The delivery terms": "delivery_terms",
                "The payment terms": "payment_terms",
            }.get(exc.source)
        if field is not None and self.kind() == "proposal":
            self._mark({field: message})
            self.texts[field].setFocus()
            return
        QMessageBox.warning(self, self.tr("Document not made"), message)

    def addressee_email(self) -> str:
        chosen = self.addressee.currentData()
        return next((email for cid, _s, email in self.contacts if cid == chosen), "")

    # --- closing ------------------------------------------------------------------------------
    def _typed_unissued(self) -> bool:
        """The KAM changed the texts and they have gone out in no document."""
        texts = self.current_texts()
        raw = self._raw.get(self.current_language(), {})
        edited = any(texts[i].strip() != raw.get(name, "").strip() for i, name in enumerate(TEXTS))
        return edited and texts != self._issued_texts

    def reject(self) -> None:
        """Escape, Close and the window's cross: texts of their own are not lost unasked."""
        if self._typed_unissued():
            answer = QMessageBox.question(
                self,
                self.tr("Texts not used"),
                self.tr(
                    "The texts you wrote for this proposal have not gone out in a document. "
                    "Close and lose them?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self._listening:
            self._listening = False
            self.hub.changed.disconnect(self._on_changed)
        super().reject()
