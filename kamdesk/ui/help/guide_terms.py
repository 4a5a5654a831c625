"""The names of menus, sections and buttons the guide's pages speak of (`{settings}` in a
page), each the very message the window translates for its label: the guide says them as the
interface shows them in every language. A test checks that each is still a message of the
window it names (tests/ui/test_guide.py)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from kamdesk.ui.marks import QT_TRANSLATE_NOOP

# {name} in a page -> the label in the interface: (the window's context, its message)
TERMS: dict[str, tuple[str, str]] = {
    "file": ("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "&File")),
    "settings": ("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "&Settings…")),
    "rules": ("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Sales &rules…")),
    "laptop": ("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "This &laptop…")),
    "backups": ("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "&Backups…")),
    "encryption": ("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "&Encryption…")),
    "today": ("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Today")),
    "clients": ("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Clients")),
    "schedule": ("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Schedule")),
    "orders": ("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Orders")),
    "products": ("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Products")),
    "receivables": ("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Receivables")),
    "reports": ("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Reports")),
    "sync": ("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Sync")),
    "company": ("CompanyDialog", QT_TRANSLATE_NOOP("CompanyDialog", "Company")),
    "bank": ("CompanyDialog", QT_TRANSLATE_NOOP("CompanyDialog", "Bank")),
    "tax": ("CompanyDialog", QT_TRANSLATE_NOOP("CompanyDialog", "Tax and VAT")),
    "people": ("CompanyDialog", QT_TRANSLATE_NOOP("CompanyDialog", "People and signatures")),
    "setup_company": ("FirstRunDialog", QT_TRANSLATE_NOOP("FirstRunDialog", "Set up my company…")),
    "price_columns": ("ProductsSection", QT_TRANSLATE_NOOP("ProductsSection", "Price columns…")),
    "import_products": ("ProductsSection", QT_TRANSLATE_NOOP("ProductsSection", "Import…")),
    "import": ("ImportDialog", QT_TRANSLATE_NOOP("ImportDialog", "Import")),
    "new_client": ("ClientsSection", QT_TRANSLATE_NOOP("ClientsSection", "New client…")),
    "show_archived": ("ClientsSection", QT_TRANSLATE_NOOP("ClientsSection", "Show archived")),
    "profile": ("DossierWindow", QT_TRANSLATE_NOOP("DossierWindow", "Profile")),
    "strategy": ("DossierWindow", QT_TRANSLATE_NOOP("DossierWindow", "Strategy")),
    "contacts": ("DossierWindow", QT_TRANSLATE_NOOP("DossierWindow", "Contacts")),
    "map": ("DossierWindow", QT_TRANSLATE_NOOP("DossierWindow", "Relationship map")),
    "competitors": ("DossierWindow", QT_TRANSLATE_NOOP("DossierWindow", "Competitors")),
    "terms": ("DossierWindow", QT_TRANSLATE_NOOP("DossierWindow", "Terms && prices")),
    "history": ("DossierWindow", QT_TRANSLATE_NOOP("DossierWindow", "History")),
    "dossier_order": ("DossierWindow", QT_TRANSLATE_NOOP("DossierWindow", "New order…")),
    "dossier_meeting": ("DossierWindow", QT_TRANSLATE_NOOP("DossierWindow", "New meeting…")),
    "new_meeting": ("ScheduleSection", QT_TRANSLATE_NOOP("ScheduleSection", "New meeting…")),
    "new_call": ("ScheduleSection", QT_TRANSLATE_NOOP("ScheduleSection", "New call…")),
    "print_week": ("ScheduleSection", QT_TRANSLATE_NOOP("ScheduleSection", "Print week…")),
    "export_week": (
        "ScheduleSection",
        QT_TRANSLATE_NOOP("ScheduleSection", "Export week (.ics)…"),
    ),
    "tasks": ("TasksBlock", QT_TRANSLATE_NOOP("TasksBlock", "Tasks")),
    "outcomes": ("OutcomesBlock", QT_TRANSLATE_NOOP("OutcomesBlock", "Outcomes to record")),
    "details": ("MeetingWindow", QT_TRANSLATE_NOOP("MeetingWindow", "Details")),
    "preparation": ("MeetingWindow", QT_TRANSLATE_NOOP("MeetingWindow", "Preparation")),
    "after": ("MeetingWindow", QT_TRANSLATE_NOOP("MeetingWindow", "After the meeting")),
    "print_brief": ("MeetingWindow", QT_TRANSLATE_NOOP("MeetingWindow", "Print brief…")),
    "duplicate": ("MeetingWindow", QT_TRANSLATE_NOOP("MeetingWindow", "Duplicate")),
    "listening": ("PreparationPage", QT_TRANSLATE_NOOP("PreparationPage", "Listening plan")),
    "objections": ("PreparationPage", QT_TRANSLATE_NOOP("PreparationPage", "Objections")),
    "outcome": ("AfterPage", QT_TRANSLATE_NOOP("AfterPage", "Outcome")),
    "add_step": ("AfterPage", QT_TRANSLATE_NOOP("AfterPage", "Add a next step")),
    "held": ("AfterPage", QT_TRANSLATE_NOOP("AfterPage", "Held: record the outcome")),
    "cancelled": ("AfterPage", QT_TRANSLATE_NOOP("AfterPage", "Cancelled…")),
    "new_order": ("OrdersSection", QT_TRANSLATE_NOOP("OrdersSection", "New order…")),
    "save_draft": ("OrderWindow", QT_TRANSLATE_NOOP("OrderWindow", "Save draft")),
    "confirm": ("OrderWindow", QT_TRANSLATE_NOOP("OrderWindow", "Confirm")),
    "ship": ("OrderWindow", QT_TRANSLATE_NOOP("OrderWindow", "Ship…")),
    "delivered": ("OrderWindow", QT_TRANSLATE_NOOP("OrderWindow", "Delivered…")),
    "invoice": ("OrderWindow", QT_TRANSLATE_NOOP("OrderWindow", "Invoice")),
    "revision": ("OrderWindow", QT_TRANSLATE_NOOP("OrderWindow", "New revision…")),
    "documents": ("OrderWindow", QT_TRANSLATE_NOOP("OrderWindow", "Documents")),
    "proposal": ("OrderWindow", QT_TRANSLATE_NOOP("OrderWindow", "Commercial proposal…")),
    "package": ("OrderWindow", QT_TRANSLATE_NOOP("OrderWindow", "Contract package…")),
    "confirm_anyway": ("CreditDialog", QT_TRANSLATE_NOOP("CreditDialog", "Confirm anyway")),
    "document_language": (
        "DocumentDialog",
        QT_TRANSLATE_NOOP("DocumentDialog", "Document language"),
    ),
    "preview": ("DocumentDialog", QT_TRANSLATE_NOOP("DocumentDialog", "Preview")),
    "print": ("DocumentDialog", QT_TRANSLATE_NOOP("DocumentDialog", "Print…")),
    "save_as": ("DocumentDialog", QT_TRANSLATE_NOOP("DocumentDialog", "Save as…")),
    "email": ("DocumentDialog", QT_TRANSLATE_NOOP("DocumentDialog", "Send by e-mail…")),
    "only_overdue": ("ReceivablesSection", QT_TRANSLATE_NOOP("ReceivablesSection", "Only overdue")),
    "record_payment": (
        "ReceivablesSection",
        QT_TRANSLATE_NOOP("ReceivablesSection", "Record payment…"),
    ),
    "bank_statement": (
        "ReceivablesSection",
        QT_TRANSLATE_NOOP("ReceivablesSection", "Import bank statement…"),
    ),
    "dunning": ("ReceivablesSection", QT_TRANSLATE_NOOP("ReceivablesSection", "Dunning step…")),
    "reconciliation": (
        "ReceivablesSection",
        QT_TRANSLATE_NOOP("ReceivablesSection", "Reconciliation statement…"),
    ),
    "plans": ("ReportsSection", QT_TRANSLATE_NOOP("ReportsSection", "Sales plans")),
    "key_clients": ("ReportsSection", QT_TRANSLATE_NOOP("ReportsSection", "Key clients")),
    "export_file": ("SyncSection", QT_TRANSLATE_NOOP("SyncSection", "Export to file…")),
    "import_file": ("SyncSection", QT_TRANSLATE_NOOP("SyncSection", "Import file…")),
    "conflicts": ("SyncSection", QT_TRANSLATE_NOOP("SyncSection", "Conflicts to resolve")),
    "new_laptop": ("ExportDialog", QT_TRANSLATE_NOOP("ExportDialog", "A new laptop (everything)")),
    "encrypt": ("EncryptionDialog", QT_TRANSLATE_NOOP("EncryptionDialog", "Encrypt")),
    "keyring": (
        "EncryptionDialog",
        QT_TRANSLATE_NOOP("EncryptionDialog", "Remember it in this computer's keyring"),
    ),
    "lock_after": ("LaptopDialog", QT_TRANSLATE_NOOP("LaptopDialog", "Lock after")),
    "back_up_now": ("BackupsDialog", QT_TRANSLATE_NOOP("BackupsDialog", "Back up &now…")),
    "restore": ("BackupsDialog", QT_TRANSLATE_NOOP("BackupsDialog", "&Restore…")),
}


_MNEMONIC = re.compile(r"&(.)")


def label(term: str) -> str:
    """A term as the interface shows it now: translated, without its mnemonic's '&'."""
    context, source = TERMS[term]
    return _MNEMONIC.sub(r"\1", QCoreApplication.translate(context, source))
