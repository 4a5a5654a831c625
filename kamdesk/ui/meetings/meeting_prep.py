"""The Preparation page of the meeting window: how ready the KAM is, checked against the seven
mistakes key clients do not forgive (domain.md), and everything needed to fix what is not.

At the top the readiness score and the time to leave; then one card per check with its
findings, each a link to where it is fixed, and a tick by hand for what data cannot tell;
below, the listening plan, the objections and complaints with prepared responses, the people
attending and what to know about our products and the client's figures."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kamdesk import messages
from kamdesk.domain.meeting import ITEMS, TITLES, Readiness
from kamdesk.domain.orders import STATUS_LABELS
from kamdesk.ui.meetings.meeting_common import (
    SECTION_STYLE,
    STATES,
    day_text,
    esc,
    score_colour,
    time_text,
    when_text,
)
from kamdesk.ui.meetings.meeting_prep_editors import (
    ComplaintsEditor,
    ObjectionsEditor,
    QuestionsEditor,
)
from kamdesk.ui.widgets.forms import domain_text
from kamdesk.ui.widgets.layout_rules import guard_wheel
from kamdesk.ui.widgets.numbers import percent, quantity
from kamdesk.ui.widgets.price_fields import money
from kamdesk.ui.widgets.style import LINK, MUTED_STYLE, ON_DARK

if TYPE_CHECKING:
    from kamdesk.domain.meeting import Check
    from kamdesk.services.schedule.preparation import Figures, Preparation

LINK_STYLE = f"color: {LINK}; text-decoration: none;"


def _section(title: str, hint: str = "") -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 8, 0, 0)
    layout.setSpacing(2)
    head = QLabel(title)
    head.setStyleSheet(SECTION_STYLE)
    layout.addWidget(head)
    if hint:
        note = QLabel(hint)
        note.setStyleSheet(MUTED_STYLE)
        note.setWordWrap(True)
        layout.addWidget(note)
    return box


class CheckCard(QFrame):
    """One of the seven checks: state, title, summary, findings (links), tick by hand."""

    link = Signal(str, str, str)  # where, item, finding text
    tick = Signal(str, bool)

    def __init__(self, item: str, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.number = number
        self.check: Check | None = None
        self.setObjectName(f"check_{item}")
        self.mark = QLabel()
        self.mark.setObjectName("stateMark")
        self.mark.setFixedSize(26, 26)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = QLabel()
        self.heading.setObjectName("checkHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.findings = QLabel()
        self.findings.setObjectName("findings")
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.linkActivated.connect(self._on_link)
        self.ticked = QCheckBox(self.tr("Ticked by hand"))
        self.ticked.setObjectName(f"tick_{item}")
        self.ticked.clicked.connect(lambda on: self.tick.emit(self.item, bool(on)))
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.heading)
        texts.addWidget(self.findings)
        top.addLayout(texts, 1)
        top.addWidget(self.ticked, 0, Qt.AlignmentFlag.AlignTop)
        self.setLayout(top)
        top.setContentsMargins(10, 6, 10, 6)

    @property
    def state(self) -> str:
        return self.check.state if self.check else ""

    def set_check(self, check: Check) -> None:
        self.check = check
        mark, colour, pale = STATES[check.state]
        self.setStyleSheet(
            f"QFrame#check_{self.item} {{ background: {pale}; border-left: 4px solid {colour};"
            " border-radius: 3px; }"
        )
        self.mark.setText(mark)
        self.mark.setStyleSheet(
            f"background: {colour}; color: {ON_DARK}; border-radius: 13px; font-weight: bold;"
            " font-size: 14px;"
        )
        self.mark.setToolTip(
            {
                "ok": self.tr("ok"),
                "warning": self.tr("warning"),
                "missing": self.tr("missing"),
            }[check.state]
        )
        summary = check.summary
        if check.ticked and check.computed == "missing":
            summary += " " + self.tr("(Ticked, but still missing: fix it first.)")
        elif check.ticked and not check.tickable and check.computed == "warning":
            summary += " " + self.tr("(Ticked, but a tick cannot stand in for this: fill it in.)")
        self.heading.setText(
            f"<span style='font-size:14px'><b>{self.number}. {esc(messages._(TITLES[self.item]))}"
            f"</b></span> &nbsp; <span style='color:{colour}'>{esc(summary)}</span>"
        )
        lines = [
            f"• <a href='{i}' style='{LINK_STYLE}'>{esc(f.text)}</a>"
            if f.where
            else f"• {esc(f.text)}"
            for i, f in enumerate(check.findings)
        ]
        self.findings.setText("<br>".join(lines))
        self.findings.setVisible(bool(lines))
        self.ticked.blockSignals(True)
        self.ticked.setChecked(check.ticked)
        self.ticked.blockSignals(False)
        tip = self.tr(
            "Tick when you have seen to this yourself. A tick lifts a warning that data cannot "
            "settle to ok; never a missing, nor what only filling in fixes (a response to an "
            "objection, the needs, the offer)."
        )
        if check.computed == "missing":
            tip += "\n" + self.tr("This one is missing: a tick does not change it.")
        elif check.computed == "warning" and check.tickable:
            tip += "\n" + self.tr("This one is a warning: a tick makes it ok.")
        elif check.computed == "warning":
            tip += "\n" + self.tr("This one needs filling in: a tick does not change it.")
        self.ticked.setToolTip(tip)

    def _on_link(self, href: str) -> None:
        if self.check is None:
            return
        finding = self.check.findings[int(href)]
        self.link.emit(finding.where, self.item, finding.text)

    def finding_texts(self) -> list[str]:
        return [f.text for f in self.check.findings] if self.check else []


class PreparationPage(QScrollArea):
    link = Signal(str, str, str)  # where, item, finding text
    tick = Signal(str, bool)
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingPreparation")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.prep: Preparation | None = None

        head = self._head()

        self.cards: dict[str, CheckCard] = {}
        cards = QVBoxLayout()
        cards.setSpacing(5)
        for n, item in enumerate(ITEMS, 1):
            card = CheckCard(item, n)
            card.link.connect(self.link.emit)
            card.tick.connect(self.tick.emit)
            self.cards[item] = card
            cards.addWidget(card)

        self.questions = QuestionsEditor()
        self.questions.edited.connect(self.edited.emit)
        self.objections = ObjectionsEditor()
        self.objections.edited.connect(self.edited.emit)
        self.complaints = ComplaintsEditor()
        self.complaints.edited.connect(self.edited.emit)
        self.questions_section = _section(
            self.tr("Listening plan"),
            self.tr("The questions to ask, in order. Ask, then listen: do not interrupt."),
        )
        self.objections_section = _section(
            self.tr("Objections"),
            self.tr("Do not argue: have a calm answer ready for each thing the client holds."),
        )
        self.complaints_section = _section(self.tr("Open complaints"))
        self.people_section = _section(
            self.tr("People attending"), self.tr("How to address each one, and in what language.")
        )
        self.people = QLabel()
        self.people.setObjectName("people")
        self.people.setWordWrap(True)
        self.people.setTextFormat(Qt.TextFormat.RichText)
        self.people.linkActivated.connect(lambda href: self.link.emit(href, "manners", ""))
        self.facts_section = _section(self.tr("Product knowledge and the client's figures"))
        self.facts = QLabel()
        self.facts.setObjectName("facts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)

        lower = self._lower()

        content = QWidget()
        content.setObjectName("preparationContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 8, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addLayout(cards)
        layout.addLayout(lower)
        layout.addStretch(1)
        self.setWidget(content)
        guard_wheel(content)  # the wheel scrolls the page, not a field under the mouse
        self.content = content

    def _head(self) -> QHBoxLayout:
        """The readiness score with its note and the time to leave."""
        self.score = QLabel()
        self.score.setObjectName("readinessScore")
        self.score.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.score.setFixedSize(96, 76)
        self.score_note = QLabel()
        self.score_note.setObjectName("readinessNote")
        self.score_note.setTextFormat(Qt.TextFormat.RichText)
        self.leave = QLabel()
        self.leave.setObjectName("leaveBy")
        self.leave.setTextFormat(Qt.TextFormat.RichText)
        self.leave.setWordWrap(True)
        head_texts = QVBoxLayout()
        head_texts.setSpacing(2)
        head_texts.addWidget(self.score_note)
        head_texts.addWidget(self.leave)
        head = QHBoxLayout()
        head.setSpacing(14)
        head.addWidget(self.score)
        head.addLayout(head_texts, 1)
        return head

    def _lower(self) -> QHBoxLayout:
        """Questions, objections and complaints on the left; people and facts on the right."""
        left = QVBoxLayout()
        left.setSpacing(4)
        for w in (
            self.questions_section,
            self.questions,
            self.objections_section,
            self.objections,
            self.complaints_section,
            self.complaints,
        ):
            left.addWidget(w)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(4)
        for w in (self.people_section, self.people, self.facts_section, self.facts):
            right.addWidget(w)
        right.addStretch(1)
        lower = QHBoxLayout()
        lower.setSpacing(24)
        lower.addLayout(left, 1)
        lower.addLayout(right, 1)
        return lower

    # --- showing ------------------------------------------------------------------------------
    def load(self, prep: Preparation, *, keep_edits: bool) -> None:
        self.prep = prep
        self.show_readiness(prep.readiness)
        self.leave.setText(self._leave_text(prep))
        meeting = prep.meeting
        self.questions.load(meeting.questions, keep_edits=keep_edits)
        self.objections.load(prep.objections, keep_edits=keep_edits)
        self.complaints.load(prep.complaints, keep_edits=keep_edits)
        self.complaints_section.setVisible(bool(self.complaints.rows))
        self.complaints.setVisible(bool(self.complaints.rows))
        self.people.setText(self._people_html(prep))
        self.facts.setText(self._facts_html(prep))

    def show_typed(self, prep: Preparation) -> None:
        """The score, the cards and the time to leave as the form stands (not saved)."""
        self.show_readiness(prep.readiness)
        self.leave.setText(self._leave_text(prep))

    def show_readiness(self, ready: Readiness) -> None:
        """The score, its note and the cards (as saved, or as the form stands while typing)."""
        colour = score_colour(ready.score, ready.ready)
        self.score.setText(str(ready.score))
        self.score.setStyleSheet(
            f"font-size: 40px; font-weight: bold; color: {ON_DARK}; background: {colour};"
            " border-radius: 8px;"
        )
        self.score.setToolTip(self.tr("Readiness out of 100"))
        counts = {s: sum(1 for c in ready.checks if c.state == s) for s in STATES}
        parts = [
            f"<span style='color:{STATES['ok'][1]}'>{self.tr('%n ok', '', counts['ok'])}</span>",
            f"<span style='color:{STATES['warning'][1]}'>"
            f"{self.tr('%n warning(s)', '', counts['warning'])}</span>",
            f"<span style='color:{STATES['missing'][1]}'>"
            f"{self.tr('%n missing', '', counts['missing'])}</span>",
        ]
        self.score_note.setText(
            f"<span style='font-size:15px'><b>{esc(self.tr('Readiness'))}</b></span> &nbsp; "
            + " · ".join(parts)
        )
        for check in ready.checks:
            self.cards[check.item].set_check(check)

    def _leave_text(self, prep: Preparation) -> str:
        m = prep.meeting
        when = esc(when_text(m.start, m.duration_min))
        if m.remote or m.kind == "call":
            how = self.tr("by video") if m.place_kind == "video" else self.tr("by phone")
            big = self.tr("Be ready at {time}").format(time=time_text(m.start))
            small = f"{when} · {esc(how)}"
        else:
            big = self.tr("Leave by {time}").format(time=time_text(prep.readiness.leave_by))
            where = m.location or self.tr("no address yet")
            travel = self.tr("%n min travel", "", m.travel_min) if m.travel_min else ""
            small = " · ".join(
                esc(x) for x in (when_text(m.start, m.duration_min), where, travel) if x
            )
        return f"<span style='font-size:18px'><b>{esc(big)}</b></span><br>{small}"

    def _people_html(self, prep: Preparation) -> str:
        people = prep.meeting.attendees
        if not people:
            return (
                f"<span style='color:{STATES['missing'][1]}'>"
                + esc(self.tr("Nobody chosen to attend: choose them on the Details page."))
                + "</span>"
            )
        missing = f"<span style='color:{STATES['warning'][1]}'>{esc(self.tr('not noted'))}</span>"
        rows = []
        for a in people:
            name = f"<a href='contact:{a.contact_id}' style='{LINK_STYLE}'><b>{esc(a.name)}</b></a>"
            position = (
                f"<br><span style='{MUTED_STYLE}'>{esc(a.position)}</span>" if a.position else ""
            )
            last = day_text(a.last_contact, year=True) if a.last_contact else self.tr("never met")
            rows.append(
                "<tr>"
                f"<td style='padding:3px 8px 3px 0' valign='top'>{name}{position}</td>"
                f"<td style='padding:3px 8px' valign='top'>{esc(a.form_of_address) or missing}"
                f"</td><td style='padding:3px 8px' valign='top'>{esc(a.language) or missing}</td>"
                f"<td style='padding:3px 8px' valign='top'>{esc(a.etiquette) or missing}</td>"
                f"<td style='padding:3px 0 3px 8px' valign='top'>{esc(last)}</td>"
                "</tr>"
            )
        heads = (
            self.tr("Name"),
            self.tr("Form of address"),
            self.tr("Language"),
            self.tr("Etiquette"),
            self.tr("Last contact"),
        )
        header = "".join(
            f"<th align='left' style='{MUTED_STYLE} padding:0 8px 2px 0'>{esc(h)}</th>"
            for h in heads
        )
        return f"<table cellspacing='0'><tr>{header}</tr>{''.join(rows)}</table>"

    def _facts_html(self, prep: Preparation) -> str:
        f = prep.figures
        cur = f.currency
        out: list[str] = []
        m = prep.meeting
        if m.products:
            lines = [
                f"<tr><td style='padding:1px 10px 1px 0'>{esc(p.sku)} · {esc(p.name)}</td>"
                f"<td align='right' style='padding:1px 0'>"
                f"{esc(money(p.price, p.currency) if p.price is not None else '—')}"
                f"{' / ' + esc(p.unit) if p.unit else ''}</td></tr>"
                for p in m.products
            ]
            out.append(
                f"<b>{esc(self.tr('Products on the agenda, at the client’s prices today'))}</b>"
                f"<table cellspacing='0'>{''.join(lines)}</table>"
            )
        else:
            out.append(
                f"<span style='color:{STATES['warning'][1]}'>"
                + esc(self.tr("No products on the agenda: add them on the Details page."))
                + "</span>"
            )
        out.append(self._figures_html(f))
        if prep.open_orders:
            lines = [
                f"{esc(o.number)} · {esc(domain_text(STATUS_LABELS.get(o.status, o.status)))} · "
                f"{esc(money(o.total_gross, o.currency))} · {esc(day_text(o.order_date))}"
                for o in prep.open_orders
            ]
            out.append(f"<b>{esc(self.tr('Open orders'))}</b><br>" + "<br>".join(lines))
        if prep.overdue:
            lines = [
                esc(
                    self.tr(
                        "{number}: {amount}, due {day}, %n day(s) late",
                        "",
                        i.days_overdue(prep.today),
                    ).format(
                        number=i.number,
                        amount=money(i.open_amount, cur),
                        day=day_text(i.due_date),
                    )
                )
                for i in prep.overdue
            ]
            out.append(
                f"<b style='color:{STATES['missing'][1]}'>{esc(self.tr('Overdue invoices'))}</b>"
                "<br>" + "<br>".join(lines)
            )
        changes = list(prep.price_facts)

        last = (
            self.tr("Last meeting held {day}.").format(day=day_text(prep.last_meeting, year=True))
            if prep.last_meeting
            else ""
        )
        if changes or last:
            body = "<br>".join(esc(x) for x in [last, *changes] if x)
            if not changes:
                body += "<br>" + esc(self.tr("No price changes since then."))
            out.append(f"<b>{esc(self.tr('Price changes since the last meeting'))}</b><br>{body}")
        return "<br><br>".join(out)

    def _figures_html(self, f: Figures) -> str:
        """Revenue against last year and the plan, what is owed and what is overdue."""
        cur = f.currency
        change = ""
        if f.revenue_last_year:
            pct = (f.revenue_this_year - f.revenue_last_year) / f.revenue_last_year * 100
            pct = pct.quantize(Decimal("0.1"))
            sign = "+" if pct >= 0 else "−"
            colour = STATES["ok"][1] if pct >= 0 else STATES["missing"][1]
            change = f" <span style='color:{colour}'>{sign}{percent(abs(pct))}</span> " + esc(
                self.tr("on last year ({amount})").format(amount=money(f.revenue_last_year, cur))
            )
        plan = (
            esc(self.tr("{pct} % of the plan of {amount}")).format(
                pct=quantity(f.plan_fulfilment), amount=esc(money(f.plan_this_year, cur))
            )
            if f.plan_this_year
            else esc(self.tr("no plan set for this year"))
        )
        overdue_colour = STATES["missing"][1] if f.overdue else STATES["ok"][1]
        overdue = (
            esc(self.tr("%n invoice(s)", "", f.overdue_invoices)) if f.overdue_invoices else ""
        )
        figures = [
            (
                self.tr("Revenue this year"),
                f"<b>{esc(money(f.revenue_this_year, cur))}</b>{change}",
            ),
            (self.tr("Plan"), plan),
            (self.tr("Receivable"), esc(money(f.receivable, cur))),
            (
                self.tr("Overdue"),
                f"<span style='color:{overdue_colour}'><b>{esc(money(f.overdue, cur))}</b></span>"
                f" {overdue}",
            ),
        ]
        rows = "".join(
            f"<tr><td style='{MUTED_STYLE} padding:1px 12px 1px 0'>{esc(k)}</td><td>{v}</td></tr>"
            for k, v in figures
        )
        return f"<b>{esc(self.tr('Figures'))}</b><table cellspacing='0'>{rows}</table>"

    # --- moving around ------------------------------------------------------------------------
    def scroll_to(self, name: str) -> None:
        """Bring an editor into view and put the cursor in it (a finding's link)."""
        targets = {
            "questions": (self.questions_section, self.questions.new_question),
            "objections": (self.objections_section, None),
        }
        section, focus = targets[name]
        y = section.mapTo(self.content, QPoint(0, 0)).y()
        self.verticalScrollBar().setValue(y)
        if focus is None:
            responses = [c.response for c in self.objections.cards]
            responses += [edit for _rec, edit in self.complaints.rows]
            bare = [r for r in responses if not r.toPlainText().strip()]
            if bare or responses:
                (bare or responses)[0].setFocus()
                self.ensureWidgetVisible((bare or responses)[0], 20, 40)
            else:
                self.objections.add_button.setFocus()
            return
        focus.setFocus()

    def states(self) -> dict[str, str]:
        return {item: card.state for item, card in self.cards.items()}

    def state(self) -> tuple[object, ...]:
        return (self.questions.state(), self.objections.state(), self.complaints.state())
