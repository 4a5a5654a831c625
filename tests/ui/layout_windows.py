"""Issue 18: every top-level window and dialog kamdesk shows, each opened as a user reaches it
from the main window (or built as its caller builds it, for the modal ones), on the long-texts
portfolio (tests/ui/long_texts.py). test_layouts_fit.py opens each and checks it fits."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy import select

from kamdesk.db import Database
from kamdesk.models import Activity, Contact, Product, SalesOrder
from kamdesk.services.clients.contacts import contact_data
from kamdesk.services.sales.order_steps import check_credit
from kamdesk.services.sales.orders import get_order
from kamdesk.services.schedule.records import SCHEDULED_KINDS
from kamdesk.ui import windows
from kamdesk.ui.mainwindow import MainWindow
from tests.factories import DEMO_AS_OF


@dataclass(frozen=True)
class Records:
    """The long-named client's records the windows open on."""

    client: str
    contact: str
    product: str
    meeting: str
    draft: str  # an order in each state
    confirmed: str
    shipped: str
    delivered: str

    @classmethod
    def of(cls, db: Database, client_id: str) -> Records:
        with db.reading() as s:

            def order(*statuses: str) -> str:
                query = select(SalesOrder.id).where(
                    SalesOrder.client_id == client_id,
                    SalesOrder.deleted_at.is_(None),
                    SalesOrder.status.in_(statuses),
                )
                found = s.scalars(query.order_by(SalesOrder.order_date.desc()).limit(1)).first()
                if found is None:  # the client has none in that state: any client's
                    query = select(SalesOrder.id).where(SalesOrder.status.in_(statuses))
                    found = s.scalars(query.limit(1)).one()
                return found

            contact = select(Contact.id).where(Contact.client_id == client_id)
            meeting = select(Activity.id).where(
                Activity.client_id == client_id,
                Activity.kind.in_(SCHEDULED_KINDS),
                Activity.starts_at.is_not(None),
            )
            confirmed = order("confirmed")
            product = select(Product.id).where(Product.name.like("name %"))  # lengthened
            return cls(
                client=client_id,
                contact=s.scalars(contact.limit(1)).one(),
                product=s.scalars(product.limit(1)).one(),
                meeting=s.scalars(meeting.order_by(Activity.starts_at.desc()).limit(1)).one(),
                draft=order("draft"),
                confirmed=confirmed,
                shipped=order("shipped", "partially_shipped"),
                delivered=order("delivered", "invoiced"),
            )


Opener = Callable[[MainWindow, Records], QWidget | None]


def _db(main: MainWindow) -> Database:
    assert main.db is not None
    return main.db


def _dossier(main: MainWindow, r: Records) -> QWidget:
    return windows.open_dossier(_db(main), main.hub, r.client, parent=main)


def _order(main: MainWindow, order_id: str) -> QWidget:
    return windows.open_order(_db(main), main.hub, order_id, parent=main, today=DEMO_AS_OF)


def _contact(main: MainWindow, r: Records) -> QWidget:
    from kamdesk.ui.clients.contact_dialog import ContactDialog

    with _db(main).reading() as s:
        data = contact_data(s, r.contact)
    return ContactDialog(_db(main), main.hub, data, contact_id=r.contact, parent=main)


def _competitor(main: MainWindow, r: Records) -> QWidget:
    from kamdesk.ui.clients.dossier_lists import CompetitorDialog
    from tests.ui.long_texts import long_text

    values = (long_text("competitor"), long_text("supplies"), long_text("terms"), "12")
    return CompetitorDialog([long_text("competitor")], values, main)


def _handover(main: MainWindow, r: Records) -> QWidget:
    from kamdesk.services.clients.assignments import assigned_names
    from kamdesk.services.team.handover import kam_choices
    from kamdesk.ui.clients.handover_dialog import HandoverDialog
    from tests.ui.long_texts import long_text

    with _db(main).reading() as s:
        now, choices = assigned_names(s, r.client), kam_choices(s)
    choices.append(("a-long-named-kam", long_text("kam")))
    return HandoverDialog(long_text("client"), now, choices, main)


def _special_price(main: MainWindow, r: Records) -> QWidget | None:
    from kamdesk.ui.clients.dossier import DossierWindow

    dossier = _dossier(main, r)
    assert isinstance(dossier, DossierWindow)
    dossier.show_page("terms")
    return dossier.terms.add_special()


def _credit(main: MainWindow, r: Records) -> QWidget:
    from kamdesk.ui.orders.credit_dialog import CreditDialog

    with _db(main).reading() as s:
        decision, position = check_credit(s, r.draft, today=DEMO_AS_OF)
        number = get_order(s, r.draft).number
    return CreditDialog(decision, position, today=DEMO_AS_OF, order_number=number, parent=main)


def _lines(kind: str) -> Opener:
    def opener(main: MainWindow, r: Records) -> QWidget:
        from kamdesk.ui.orders import fulfilment_dialogs as f

        order_id = {"ship": r.confirmed, "deliver": r.shipped, "return": r.delivered}[kind]
        with _db(main).reading() as s:
            record = get_order(s, order_id)
        made = {"ship": f.ShipDialog, "deliver": f.DeliverDialog, "return": f.ReturnDialog}
        return made[kind](record, main)

    return opener


def _approval(main: MainWindow, r: Records) -> QWidget:
    from kamdesk.ui.orders.note_dialogs import ApprovalDialog
    from tests.ui.long_texts import long_text

    return ApprovalDialog(long_text("discount"), main)


def _order_reason(main: MainWindow, r: Records) -> QWidget:
    from kamdesk.ui.orders.note_dialogs import ReasonDialog
    from tests.ui.long_texts import long_text

    return ReasonDialog(long_text("title"), long_text("question"), "Cancel order", main)


def _document(kind: str) -> Opener:
    def opener(main: MainWindow, r: Records) -> QWidget:
        from kamdesk.ui.documents.document_dialog import DocumentDialog

        return DocumentDialog(
            _db(main), main.hub, r.confirmed, kind=kind, today=DEMO_AS_OF, parent=main
        )

    return opener


def _statement(main: MainWindow, r: Records) -> QWidget:
    from kamdesk.ui.receivables.statement_dialog import StatementDialog

    return StatementDialog(_db(main), main.hub, r.client, today=DEMO_AS_OF, parent=main)


def _payment(main: MainWindow, r: Records) -> QWidget:
    from kamdesk.ui.receivables.payment_dialog import PaymentDialog

    return PaymentDialog(_db(main), main.hub, client_id=r.client, today=DEMO_AS_OF, parent=main)


def _dunning(main: MainWindow, r: Records) -> QWidget:
    from kamdesk.services.clients.dossier import client_name
    from kamdesk.ui.receivables.step_dialogs import DunningDialog

    with _db(main).reading() as s:
        name = client_name(s, r.client)
    return DunningDialog(
        _db(main), main.hub, client_id=r.client, client_name=name, today=DEMO_AS_OF, parent=main
    )


def _receivable_reason(main: MainWindow, r: Records) -> QWidget:
    from kamdesk.ui.receivables.step_dialogs import ReasonDialog
    from tests.ui.long_texts import long_text

    return ReasonDialog(long_text("title"), long_text("question"), "Write off", main)


def _bank_import(main: MainWindow, r: Records) -> QWidget:
    from kamdesk.ui.receivables.import_dialog import BankImportDialog

    return BankImportDialog(_db(main), main.hub, main)


def _export(main: MainWindow, r: Records) -> QWidget:
    from kamdesk.ui.sync.export_dialog import ExportDialog
    from tests.ui.long_texts import long_text

    return ExportDialog(long_text("laptop"), [], main, today=DEMO_AS_OF)


def _sync_passphrase(main: MainWindow, r: Records) -> QWidget:
    from kamdesk.ui.sync.import_dialogs import PassphraseDialog
    from tests.ui.long_texts import long_text

    return PassphraseDialog(long_text("file") + ".kamdesk", main)


def _server_sync(main: MainWindow, r: Records) -> QWidget:
    from kamdesk.ui.sync.server_dialog import ServerSyncDialog
    from tests.ui.long_texts import long_text

    return ServerSyncDialog("postgresql://" + long_text("login") + "@db.example.com/kamdesk", main)


def _open_passphrase(main: MainWindow, r: Records) -> QWidget:
    from pathlib import Path

    from kamdesk.ui.settings.passphrase_dialog import PassphraseDialog
    from tests.ui.long_texts import long_text

    return PassphraseDialog(Path(long_text("folder")) / "kamdesk.sqlite", lambda _p: None, main)


def _first_run(main: MainWindow, r: Records) -> QWidget:
    from kamdesk.ui.first_run import FirstRunDialog

    return FirstRunDialog(main)


def _until(done: Callable[[], bool]) -> None:
    """Events processed until `done()` (a read off the GUI thread applied), 10 s at most."""
    deadline = time.monotonic() + 10
    while not done() and time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    assert done()


def _ledger(main: MainWindow, r: Records) -> QWidget:
    """Receivables with the long-named client chosen: its ledger below the list."""
    main.show_section("receivables")
    section = main.receivables
    _until(lambda: not section.loading)
    section._select_client(r.client)
    _until(lambda: section.panel.ledger is not None)
    return main


def _backups(main: MainWindow, r: Records) -> QDialog | None:
    _db(main).back_up()
    return main.open_backups()


def _trash(main: MainWindow, r: Records) -> QWidget:
    from kamdesk.ui.trash.trash_dialog import open_trash

    return open_trash(_db(main), main.hub, main)


def _guide(main: MainWindow, r: Records) -> QWidget:
    from kamdesk.ui.help.guide_action import open_guide

    return open_guide(main, "order")


# name -> how a user reaches it; a failure names the window
WINDOWS: dict[str, Opener] = {
    "main window": lambda main, r: main,
    "dossier": _dossier,
    "new client": lambda main, r: windows.open_dossier(_db(main), main.hub, None, parent=main),
    "contact": _contact,
    "competitor": _competitor,
    "special price": _special_price,
    "hand over": _handover,
    "order, draft": lambda main, r: _order(main, r.draft),
    "order, confirmed": lambda main, r: _order(main, r.confirmed),
    "new order": lambda main, r: windows.open_order(
        _db(main), main.hub, None, client_id=r.client, parent=main, today=DEMO_AS_OF
    ),
    "credit": _credit,
    "ship": _lines("ship"),
    "deliver": _lines("deliver"),
    "return": _lines("return"),
    "discount approval": _approval,
    "order reason": _order_reason,
    "proposal": _document("proposal"),
    "contract": _document("contract"),
    "meeting": lambda main, r: windows.open_meeting(
        _db(main), main.hub, r.meeting, parent=main, today=DEMO_AS_OF
    ),
    "new meeting": lambda main, r: windows.open_meeting(
        _db(main), main.hub, None, parent=main, client_id=r.client, today=DEMO_AS_OF
    ),
    "product": lambda main, r: main.products.open_product(r.product),
    "new product": lambda main, r: main.products.open_product(None),
    "price columns": lambda main, r: main.products.open_price_columns(),
    "promotions": lambda main, r: main.products.open_promotions(),
    "price list import": lambda main, r: main.products.open_import(),
    "categories": lambda main, r: main.products.open_categories(),
    "trash": _trash,
    "guide": _guide,
    "statement": _statement,
    "payment": _payment,
    "dunning": _dunning,
    "receivable reason": _receivable_reason,
    "bank import": _bank_import,
    "company": lambda main, r: main.open_company_settings(),
    "sales rules": lambda main, r: main.open_sales_rules(),
    "exchange rates": lambda main, r: main.open_exchange_rates(),
    "laptop": lambda main, r: main.open_laptop_settings(),
    "backups": _backups,
    "encryption": lambda main, r: main.open_encryption_settings(),
    "shortcuts": lambda main, r: main.show_shortcuts(),
    "about": lambda main, r: main.show_about(),
    "export": _export,
    "sync passphrase": _sync_passphrase,
    "sync with the server": _server_sync,
    "first run": _first_run,
    "encrypted database": _open_passphrase,
    "receivables, a client chosen": _ledger,
}

# the classes of windows and dialogs the entries above show (below kamdesk.ui)
SHOWN = {
    "mainwindow.MainWindow",
    "clients.dossier.DossierWindow",
    "clients.contact_dialog.ContactDialog",
    "clients.dossier_lists.CompetitorDialog",
    "clients.special_price_dialog.SpecialPriceDialog",
    "clients.handover_dialog.HandoverDialog",
    "orders.order_window.OrderWindow",
    "orders.credit_dialog.CreditDialog",
    "orders.fulfilment_dialogs.ShipDialog",
    "orders.fulfilment_dialogs.DeliverDialog",
    "orders.fulfilment_dialogs.ReturnDialog",
    "orders.note_dialogs.ApprovalDialog",
    "orders.note_dialogs.ReasonDialog",
    "documents.document_dialog.DocumentDialog",
    "meetings.meeting_window.MeetingWindow",
    "products.product_dialog.ProductDialog",
    "products.price_columns.PriceColumnsDialog",
    "products.promotions.PromotionsDialog",
    "products.import_dialog.ImportDialog",
    "products.categories.CategoriesDialog",
    "trash.trash_dialog.TrashDialog",
    "help.guide_window.GuideWindow",
    "receivables.statement_dialog.StatementDialog",
    "receivables.payment_dialog.PaymentDialog",
    "receivables.step_dialogs.DunningDialog",
    "receivables.step_dialogs.ReasonDialog",
    "receivables.import_dialog.BankImportDialog",
    "settings.company_dialog.CompanyDialog",
    "settings.rules_dialog.RulesDialog",
    "settings.rates_dialog.RatesDialog",
    "settings.laptop_dialog.LaptopDialog",
    "settings.backups_dialog.BackupsDialog",
    "settings.encryption_dialog.EncryptionDialog",
    "settings.passphrase_dialog.PassphraseDialog",
    "help.help_dialogs.ShortcutsDialog",
    "help.help_dialogs.AboutDialog",
    "sync.export_dialog.ExportDialog",
    "sync.import_dialogs.PassphraseDialog",
    "sync.server_dialog.ServerSyncDialog",
    "first_run.FirstRunDialog",
}
