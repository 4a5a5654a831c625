"""The Details page of the meeting window: who, when, where, who attends, what is on the
table (agenda, goals, needs asked, products, the offer). Read back as MeetingData; what cannot
be read is reported under its field, so nothing typed is lost or misread."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.orders import STATUS_LABELS
from kamdesk.domain.schedule import slot_problems
from kamdesk.ui.marks import QT_TRANSLATE_NOOP
from kamdesk.ui.meetings.meeting_common import pydate, qdate, qtime
from kamdesk.ui.meetings.meeting_products import AgendaProducts
from kamdesk.ui.orders.order_header import ClientPicker
from kamdesk.ui.widgets.forms import FieldForm, domain_text, read_int, widget_state
from kamdesk.ui.widgets.layout_rules import elided_label
from kamdesk.ui.widgets.price_fields import RIGHT_ALIGN, money
from kamdesk.ui.widgets.rows import roomy_rows
from kamdesk.ui.widgets.style import MUTED_STYLE

if TYPE_CHECKING:
    from kamdesk.db import Database
    from kamdesk.services.clients.client_list import ClientRow
    from kamdesk.services.schedule.records import MeetingData, MeetingRecord
    from kamdesk.ui.operations import ChangeHub

from kamdesk.ui.meetings.meeting_fields import (
    address_within,
    data_combo,
    field_column,
    field_row,
    form_row_of,
    text_box,
)
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.numbers import TIME_PATTERN, date_edit, short_date

PLACES = (
    ("site", QT_TRANSLATE_NOOP("DetailsPage", "At an address")),
    ("phone", QT_TRANSLATE_NOOP("DetailsPage", "By phone")),
    ("video", QT_TRANSLATE_NOOP("DetailsPage", "By video")),
)
KINDS = (
    ("meeting", QT_TRANSLATE_NOOP("DetailsPage", "Meeting")),
    ("call", QT_TRANSLATE_NOOP("DetailsPage", "Call")),
)
REPEATS = (
    ("", QT_TRANSLATE_NOOP("DetailsPage", "Does not repeat")),
    ("weekly", QT_TRANSLATE_NOOP("DetailsPage", "Every week")),
    ("monthly", QT_TRANSLATE_NOOP("DetailsPage", "Every month")),
)
DRAFT_OR_CONFIRMED = ("draft", "confirmed")


class DetailsPage(QWidget):
    """`edited` whenever a field changes (the window compares states to know if it is dirty)."""

    edited = Signal()
    create_order = Signal()

    def __init__(
        self, db: Database, hub: ChangeHub, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingDetails")
        self.db, self.hub, self.today = db, hub, today
        self.client_id: str | None = None
        self.meeting_id: str | None = None
        self._client_address = ""
        self._prefilled_address = ""
        self._end_problem = False
        self._quiet = False
        self._loaded: tuple[object, ...] = ()
        self._listed_for: str | None = None  # the client whose contacts and orders are listed

        left, right = FieldForm(), FieldForm()
        self.forms = (left, right)
        for form in self.forms:
            form.setVerticalSpacing(10)
        self._when_and_where(left)

        self._who_and_what(right, db, today)

        texts = self._texts()

        columns = QHBoxLayout()
        columns.setSpacing(24)
        for form, stretch in ((left, 5), (right, 6)):
            column = QVBoxLayout()  # rows keep their height; the spare room goes below
            column.addLayout(form)
            column.addStretch(1)
            columns.addLayout(column, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addLayout(columns)
        layout.addLayout(texts, 1)

        self._connect()

    def _when_and_where(self, left: FieldForm) -> None:
        """The client, kind and subject; when, where, the way there; the repeat."""
        self.picker = ClientPicker(self._search_clients)
        left.add("client", self.tr("Client *"), self.picker)
        self.kind = left.choice(
            "kind", self.tr("Kind"), [(k, self.tr(t)) for k, t in KINDS], "meeting"
        )
        self.subject = left.line(
            "subject", self.tr("Subject *"), "", self.tr("What is it about, in a few words")
        )
        self.start_day = date_edit(QDateEdit(), weekday=True)
        self.start_day.setObjectName("startDay")
        self.start_time = QTimeEdit()
        self.start_time.setObjectName("startTime")
        self.start_time.setDisplayFormat(TIME_PATTERN)
        left.add("start", self.tr("Starts *"), field_row(self.start_day, self.start_time))
        self.end_time = QTimeEdit()
        self.end_time.setObjectName("endTime")
        self.end_time.setDisplayFormat(TIME_PATTERN)
        self.duration = QSpinBox()
        self.duration.setObjectName("durationMin")
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(60)
        left.add(
            "duration",
            self.tr("Ends"),
            field_row(self.end_time, QLabel(self.tr("lasting")), self.duration),
        )
        self.place = left.choice(
            "place_kind", self.tr("Where"), [(k, self.tr(t)) for k, t in PLACES], "site"
        )
        self.location = left.line(
            "location", self.tr("Address"), "", self.tr("Street, city (where to go)")
        )
        self.travel = QLineEdit("0")
        self.travel.setObjectName("travelMin")
        self.travel.setMaximumWidth(70)
        self.travel.setAlignment(RIGHT_ALIGN)
        self.leave_hint = elided_label(name="leaveHint")
        self.leave_hint.setStyleSheet(MUTED_STYLE)
        left.add(
            "travel",
            self.tr("Travel"),
            field_row(self.travel, QLabel(self.tr("min to get there")), self.leave_hint),
        )
        self.repeat = left.choice(
            "recurrence", self.tr("Repeat"), [(k, self.tr(t)) for k, t in REPEATS], ""
        )
        self.repeat_until = date_edit(QDateEdit(), weekday=True)
        left.add("repeat_until", self.tr("Until"), self.repeat_until)
        self.series_note = QLabel()
        self.series_note.setStyleSheet(MUTED_STYLE)
        left.addRow("", self.series_note)

    def _who_and_what(self, right: FieldForm, db: Database, today: date) -> None:
        """Who attends, the products on the agenda and the offer."""
        self.attendees = QListWidget()
        self.attendees.setObjectName("attendees")
        roomy_rows(self.attendees)
        # a long name or position shortened with "…", not a sideways scroll bar
        self.attendees.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.attendees.setMinimumHeight(110)
        self.attendees.setMaximumHeight(150)
        self.no_contacts = QLabel()
        self.no_contacts.setStyleSheet(MUTED_STYLE)
        self.no_contacts.setWordWrap(True)
        who = QWidget()
        who_layout = QVBoxLayout(who)
        who_layout.setContentsMargins(0, 0, 0, 0)
        who_layout.addWidget(self.attendees)
        who_layout.addWidget(self.no_contacts)
        who.setFocusProxy(self.attendees)
        right.add("contacts", self.tr("Attending"), who)

        self.product_box = AgendaProducts(db, today)
        self.product_box.edited.connect(self._changed)
        self.product_picker = self.product_box.picker
        self.products = self.product_box.table
        right.add("products", self.tr("Products on the agenda"), self.product_box)

        self.offer = data_combo("offer", self.tr("No offer prepared yet"))
        self.new_order_button = QPushButton(icon("new"), self.tr("Create draft order…"))
        self.new_order_button.setObjectName("createDraftOrder")
        self.new_order_button.clicked.connect(self.create_order.emit)
        offer_row = field_column(self.offer, self.new_order_button)  # narrow in any language
        right.add("offer", self.tr("The offer"), offer_row)
        self.offer_note = QLabel()
        self.offer_note.setStyleSheet(MUTED_STYLE)
        self.offer_note.setWordWrap(True)
        right.addRow("", self.offer_note)

    def _texts(self) -> QHBoxLayout:
        """Agenda, goals and the needs asked, side by side."""
        agenda_box, self.agenda = text_box(
            self.tr("Agenda"), self.tr("What will be discussed, in order"), "agenda"
        )
        goals_box, self.goals = text_box(
            self.tr("Goals"),
            self.tr("What you want to leave with (an order, a date, a yes)"),
            "goals",
        )
        needs_box, self.needs = text_box(
            self.tr("Needs asked in advance"),
            self.tr("What the client said they need when you set up the meeting"),
            "needs_asked",
        )
        texts = QHBoxLayout()
        texts.setSpacing(12)
        for box in (agenda_box, goals_box, needs_box):
            texts.addWidget(box, 1)
        return texts

    def _connect(self) -> None:
        self.picker.chosen.connect(self._on_client_chosen)
        self.picker.textEdited.connect(self._on_client_typed)
        self.kind.currentIndexChanged.connect(self._on_kind)
        self.place.currentIndexChanged.connect(self._on_place)
        self.start_time.timeChanged.connect(self._on_start)
        self.start_day.dateChanged.connect(self._on_start)
        self.duration.valueChanged.connect(self._on_duration)
        self.end_time.timeChanged.connect(self._on_end)
        self.travel.textEdited.connect(self._on_travel)
        self.repeat.currentIndexChanged.connect(self._on_repeat)
        for signal in (
            self.subject.textEdited,
            self.location.textEdited,
            self.agenda.textChanged,
            self.goals.textChanged,
            self.needs.textChanged,
            self.offer.currentIndexChanged,
            self.repeat_until.dateChanged,
            self.attendees.itemChanged,
        ):
            signal.connect(self._changed)

    # --- loading ------------------------------------------------------------------------------
    def _search_clients(self, text: str) -> list[ClientRow]:
        from kamdesk.services.clients.client_list import list_clients

        with self.db.reading() as session:
            return list_clients(session, search=text, limit=20)

    def _load_products(self) -> None:
        self.product_box.load_choices()

    def load(self, record: MeetingRecord | None, data: MeetingData) -> None:
        """Fill every field: from a saved meeting (record) or a new one's starting values."""
        self._quiet = True
        self.meeting_id = record.id if record else None
        self.client_id = data.client_id
        self.picker.setText(record.client_name if record else self._client_name(data.client_id))
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.subject.setText(data.subject)
        start = data.start or self._default_start()
        if start.tzinfo is not None:  # shown, and read back, on the machine's clock
            start = start.astimezone()
        self.start_day.setDate(qdate(start.date()))
        self.start_time.setTime(qtime(start))
        self.duration.setValue(data.duration_min or 0)
        self._set_end()
        self.place.setCurrentIndex(max(0, self.place.findData(data.place_kind)))
        self.travel.setText(str(data.travel_min or 0))
        self.agenda.setPlainText(data.agenda)
        self.goals.setPlainText(data.goals)
        self.needs.setPlainText(data.needs_asked)
        new = record is None
        self.repeat.setCurrentIndex(0)
        self.repeat_until.setDate(qdate(start.date() + timedelta(days=91)))
        self._update_repeat_rows()
        self.series_note.setVisible(bool(record and record.series_id))
        if record is not None and record.series_id:
            how = self.tr("every week") if record.recurrence == "weekly" else self.tr("every month")
            self.series_note.setText(self.tr("Part of a series repeating {how}.").format(how=how))
        self._fill_client(data.contact_ids, data.offer_order_id)
        self.product_box.load(self.client_id, data.product_ids, record.products if record else ())
        address = self._client_address if new and data.place_kind == "site" else ""
        self.location.setText(data.location or address)
        self._prefilled_address = address
        self._on_place()
        self._end_problem = False
        for form in self.forms:
            form.show({})
        self._quiet = False
        self._update_leave_hint()
        self.mark_clean()

    def _default_start(self) -> datetime:
        """The next working day at the start of the team's working hours (Settings > Sales
        rules): a new meeting's time is always chosen, never guessed at 'now'."""
        from kamdesk.domain.working_hours import new_meeting_start
        from kamdesk.services.settings import get_rules

        with self.db.reading() as session:
            hours = get_rules(session).working_hours
        return new_meeting_start(self.today, hours)

    def _client_name(self, client_id: str | None) -> str:
        from kamdesk.services.clients.dossier import get_profile

        if client_id is None:
            return ""
        with self.db.reading() as session:
            return get_profile(session, client_id).name

    def _fill_client(self, contact_ids: tuple[str, ...], offer_id: str | None) -> None:
        """The chosen client's contacts, its draft and confirmed orders and address."""
        from kamdesk.services.clients.contacts import list_contacts
        from kamdesk.services.clients.dossier import get_profile
        from kamdesk.services.sales.orders import list_orders

        quiet, self._quiet = self._quiet, True
        self.attendees.clear()
        self.offer.clear()
        self.offer.addItem(self.tr("No offer prepared yet"), "")
        self._client_address = ""
        self._listed_for = self.client_id
        if self.client_id is not None:
            with self.db.reading() as session:
                contacts = list_contacts(session, self.client_id)
                orders = [
                    o
                    for o in list_orders(session, client_id=self.client_id, limit=200)
                    if o.status in DRAFT_OR_CONFIRMED or o.id == offer_id
                ]
                profile = get_profile(session, self.client_id)
            parts = [profile.address.strip()]
            if profile.city and profile.city not in profile.address:
                parts.append(profile.city)
            self._client_address = address_within(", ".join(p for p in parts if p), self.location)
            for c in contacts:
                text = c.name + (f" — {c.data.position}" if c.data.position else "")
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = c.id in contact_ids
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.attendees.addItem(item)
            for o in orders:
                label = " · ".join(
                    (
                        o.number,
                        domain_text(STATUS_LABELS.get(o.status, o.status)),
                        money(o.total_gross, o.currency),
                        short_date(o.order_date),
                    )
                )
                self.offer.addItem(label, o.id)
        self.no_contacts.setText(
            self.tr("Choose the client first.")
            if self.client_id is None
            else self.tr("This client has no contacts yet: add them in the dossier.")
        )
        self.no_contacts.setVisible(self.attendees.count() == 0)
        self.offer.setCurrentIndex(max(0, self.offer.findData(offer_id or "")))
        self.offer.setEnabled(self.client_id is not None)
        self.new_order_button.setEnabled(self.client_id is not None)
        self.offer_note.setText(
            self.tr("A draft or confirmed order of this client, to take along as the offer.")
        )
        self._quiet = quiet

    def refresh_lists(self) -> None:
        """Contacts or orders changed elsewhere: reload the lists, keeping what is chosen."""
        self._fill_client(self.contact_ids(), self.offer.currentData() or None)
        self._changed()

    def select_offer(self, order_id: str) -> bool:
        """Choose an order (a draft just created for this meeting) as the offer."""
        self._fill_client(self.contact_ids(), order_id)
        found = bool(self.offer.currentData() == order_id)
        if found:
            self.offer_note.setText(self.tr("The new draft order is chosen: save to keep it."))
        self._changed()
        return found

    # --- reactions ----------------------------------------------------------------------------
    def _changed(self, *_args: object) -> None:
        if not self._quiet:
            self.edited.emit()

    def _on_client_typed(self, _text: str) -> None:
        # typing over the client's name un-chooses it until one is picked from the list
        self.client_id = None
        self._changed()

    def _on_client_chosen(self, client_id: str) -> None:
        if client_id == self._listed_for:  # the same client picked again: keep the choices
            self.client_id = client_id
            self._changed()
            return
        self.client_id = client_id
        keep = self.location.text().strip() in ("", self._prefilled_address)
        self._fill_client((), None)
        if keep and self.place.currentData() == "site":
            self.location.setText(self._client_address)
            self._prefilled_address = self._client_address
        self.product_box.set_client(client_id)  # the new client's prices
        self.forms[0].show({})
        self._changed()

    def _on_kind(self) -> None:
        call = self.kind.currentData() == "call"
        if not self._quiet and call and self.place.currentData() == "site":
            self.place.setCurrentIndex(self.place.findData("phone"))
        self._changed()

    def _on_place(self) -> None:
        site = self.place.currentData() == "site"
        self.location.setEnabled(site)
        self.travel.setEnabled(site)
        new = self.meeting_id is None
        if new and site and not self.location.text().strip() and self._client_address:
            self.location.setText(self._client_address)
            self._prefilled_address = self._client_address
        self._update_leave_hint()
        self._changed()

    def _on_repeat(self) -> None:
        self._update_repeat_rows()
        self._changed()

    def _update_repeat_rows(self) -> None:
        """Repeating is chosen when creating; the end of the series only once it repeats."""
        new = self.meeting_id is None
        left = self.forms[0]
        left.setRowVisible(form_row_of(left, "recurrence"), new)
        left.setRowVisible(
            form_row_of(left, "repeat_until"), new and bool(self.repeat.currentData())
        )

    def _on_start(self) -> None:
        if not self._quiet:
            self._set_end()
        self._update_leave_hint()
        self._changed()

    def _on_duration(self) -> None:
        if not self._quiet:
            self._set_end()
            self._end_problem = False
            self._show_slot_problems()
        self._changed()

    def _set_end(self) -> None:
        quiet, self._quiet = self._quiet, True
        self.end_time.setTime(self.start_time.time().addSecs(self.duration.value() * 60))
        self._quiet = quiet

    def _on_end(self) -> None:
        if self._quiet:
            return
        start, end = self.start_time.time(), self.end_time.time()
        minutes = start.secsTo(end) // 60
        if minutes > 0:
            self._end_problem = False
            quiet, self._quiet = self._quiet, True
            self.duration.setValue(minutes)
            self._quiet = quiet
        else:
            self._end_problem = True
        self._show_slot_problems()
        self._changed()

    def _on_travel(self, _text: str) -> None:
        self._show_slot_problems()
        self._update_leave_hint()
        self._changed()

    def _show_slot_problems(self) -> None:
        """Time and travel are checked as they are typed: the message stands at the field."""
        problems: dict[str, str] = {}
        travel = read_int(self.travel, "travel", problems)
        problems.update(self._slot_problems(travel))
        problems.pop("client", None)
        left = self.forms[0]
        for name in ("duration", "travel"):
            message = problems.get(name, "")
            left.errors[name].setText(message)
            left.errors[name].setVisible(bool(message))

    def _slot_problems(self, travel: int | None) -> dict[str, str]:
        minutes = -1 if self._end_problem else self.duration.value()
        return slot_problems(
            has_client=self.client_id is not None,
            start=self.start(),
            minutes=minutes,
            travel_min=travel,
        )

    def _update_leave_hint(self) -> None:
        problems: dict[str, str] = {}
        travel = read_int(self.travel, "travel", problems) or 0
        if self.place.currentData() != "site":
            self.leave_hint.setText(self.tr("no travel: by phone or video"))
        elif travel > 0 and not problems:
            leave = self.start() - timedelta(minutes=travel)
            self.leave_hint.setText(self.tr("leave by {time}").format(time=f"{leave:%H:%M}"))
        else:
            self.leave_hint.setText("")

    # --- reading ------------------------------------------------------------------------------
    def start(self) -> datetime:
        day = pydate(self.start_day.date())
        clock: QTime = self.start_time.time()
        return datetime.combine(day, time(clock.hour(), clock.minute())).astimezone()

    def contact_ids(self) -> tuple[str, ...]:
        out = []
        for row in range(self.attendees.count()):
            item = self.attendees.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(out)

    def read(self) -> tuple[MeetingData, dict[str, str]]:
        """The meeting as typed, and what is wrong with it that can be told without the
        database (the rest comes back from save_meeting as InvalidFields)."""
        from kamdesk.services.schedule.records import MeetingData

        problems: dict[str, str] = {}
        travel = read_int(self.travel, "travel", problems)
        problems.update(self._slot_problems(travel))
        if self.client_id is None and self.picker.text().strip():
            problems["client"] = self.tr("Pick the client from the list that opens as you type.")
        pending = self.product_box.add_pending()
        if pending:
            problems["products"] = pending
        until = pydate(self.repeat_until.date()) if self.repeat.currentData() else None
        data = MeetingData(
            client_id=self.client_id,
            subject=self.subject.text(),
            start=self.start(),
            duration_min=self.duration.value(),
            kind=self.kind.currentData(),
            place_kind=self.place.currentData(),
            location=self.location.text(),
            travel_min=travel if travel is not None else 0,
            agenda=self.agenda.toPlainText(),
            goals=self.goals.toPlainText(),
            needs_asked=self.needs.toPlainText(),
            contact_ids=self.contact_ids(),
            product_ids=self.product_box.ids(),
            offer_order_id=self.offer.currentData() or None,
            recurrence=(self.repeat.currentData() or "") if self.meeting_id is None else "",
            repeat_until=until if self.meeting_id is None else None,
        )
        return data, problems

    def show_problems(self, problems: dict[str, str]) -> None:
        for form in self.forms:
            form.show(problems)

    # --- state --------------------------------------------------------------------------------
    def state(self) -> tuple[object, ...]:
        return (
            widget_state(self),
            self.client_id,
            self.contact_ids(),
            self.product_box.ids(),
            self._end_problem,
        )

    def mark_clean(self) -> None:
        self._loaded = self.state()

    def is_dirty(self) -> bool:
        return self.state() != self._loaded

    def focus_field(self, name: str) -> None:
        widgets = {
            "agenda": self.agenda,
            "goals": self.goals,
            "needs_asked": self.needs,
            "products": self.product_picker,
            "contacts": self.attendees,
            "start": self.start_time,
            "travel": self.travel,
        }
        widget = widgets.get(name) or self.forms[0].widgets.get(name)
        widget = widget or self.forms[1].widgets.get(name) or self.subject
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
