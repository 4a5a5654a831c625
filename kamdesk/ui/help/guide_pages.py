"""The built-in guide's pages (Help > Guide, F1): the main tasks of a key account manager, each
a short page (what it is for, the steps, tips) with a screenshot.

The texts are interface messages (context "Guide") and are translated with the rest of the
interface (scripts/translations.py). The names of menus, sections and buttons are not written
into them: a page says `{settings}` and the guide puts in the label as the interface shows it in
the current language (guide_terms.TERMS), so a page never names a button differently from the
button.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from kamdesk.ui.help.guide_terms import TERMS, label
from kamdesk.ui.marks import QT_TRANSLATE_NOOP
from kamdesk.ui.widgets.style import BORDER


@dataclass(frozen=True)
class GuidePage:
    """One task: its title, what it is for, the steps in order, tips; `places` are where the
    page leads in the application (a section's key, or an action of HELP_ACTIONS)."""

    key: str
    title: str
    intro: str
    steps: tuple[str, ...]
    tips: tuple[str, ...]
    places: tuple[str, ...]


PAGES: tuple[GuidePage, ...] = (
    GuidePage(
        "start",
        QT_TRANSLATE_NOOP("Guide", "Set up your company and the price list"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Before the first proposal kamdesk needs to know who you are: your company's "
            "details print on every document, and the price list gives every client its "
            "prices.",
        ),
        (
            QT_TRANSLATE_NOOP(
                "Guide",
                "Choose {file} › {settings} and fill in the pages {company}, {bank}, {tax} and "
                "{people}: at least the fields marked *.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "In {file} › {rules} set the team's credit control, the credit limit and "
                "payment days of new clients, and your working hours.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "Open {products} and press {price_columns}: one price column for each "
                "discount level (for example retail, wholesale, key client).",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "Press {import_products} and choose your price list (Excel or CSV). Match the "
                "columns, correct the rows it lists as problems, then press {import}.",
            ),
            QT_TRANSLATE_NOOP("Guide", "Add your key clients in {clients} with {new_client}."),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Guide",
                "A new database offers these steps itself when it opens: {setup_company}.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "The team's rules travel with the data to every laptop; the language and the "
                "look are this laptop's own ({file} › {laptop}).",
            ),
        ),
        ("settings", "rules", "products"),
    ),
    GuidePage(
        "clients",
        QT_TRANSLATE_NOOP("Guide", "Find a client and read the dossier"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "The dossier holds everything you know about a client: the profile and strategy, "
            "the people and how they relate, competitors, terms and prices, and the whole "
            "history of meetings, orders and payments.",
        ),
        (
            QT_TRANSLATE_NOOP(
                "Guide",
                "Press Ctrl+F or open {clients} and type part of a name, a code, a tax number "
                "or a city.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "Click a column heading to sort the list, for example by the share of revenue "
                "or the ABC class.",
            ),
            QT_TRANSLATE_NOOP("Guide", "Double-click the client: its dossier opens."),
            QT_TRANSLATE_NOOP(
                "Guide",
                "Go through the tabs: {profile}, {strategy}, {contacts}, {map}, {competitors}, "
                "{terms} and {history}.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "The bar at the top says how complete the dossier is and what is missing: fill "
                "it in before you meet the client.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "Start the next step from the dossier: {dossier_order} or {dossier_meeting}.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Guide", "Double-click a line in {history} to open that order or meeting."
            ),
            QT_TRANSLATE_NOOP(
                "Guide", "Archived clients are hidden from the list: tick {show_archived}."
            ),
        ),
        ("clients",),
    ),
    GuidePage(
        "week",
        QT_TRANSLATE_NOOP("Guide", "Plan your day and your week"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "{today} is your day on one page: meetings and calls, tasks due, birthdays, "
            "promotions ending and overdue invoices. {schedule} is your week of visits and "
            "calls.",
        ),
        (
            QT_TRANSLATE_NOOP(
                "Guide",
                "Begin the day in {today}. Tick a task under {tasks} when it is done; click a "
                "client's name to open the dossier.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "Open {schedule}. The arrows, or Alt+Left and Alt+Right, go to the week before "
                "and after.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "Press {new_meeting} or {new_call}, or double-click a free time in the week.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "Drag a meeting to move it. The list under the week shows the chosen day with "
                "each meeting's readiness and any clash.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "Press {print_week} for the week on one page, or {export_week} for the "
                "calendar of your phone.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Guide",
                "A meeting at the client's address reminds you when to leave, with the travel "
                "time counted.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "A new meeting starts on the next working day, inside the working hours set "
                "in {file} › {rules}.",
            ),
        ),
        ("today", "schedule"),
    ),
    GuidePage(
        "prepare",
        QT_TRANSLATE_NOOP("Guide", "Prepare a meeting"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Key clients do not forgive seven mistakes: being late, arguing, interrupting, "
            "knowing nothing about the client, poor preparation, bad manners, and not knowing "
            "our own company and product. The {preparation} page of a meeting guards against "
            "each of them.",
        ),
        (
            QT_TRANSLATE_NOOP(
                "Guide",
                "Open the meeting from {schedule} or {today}, or make one with "
                "{dossier_meeting} in the dossier.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "On {details} choose the people attending, the subject, the products to talk "
                "about and the offer.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "Open {preparation}: the readiness out of 100 says what is still missing.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "Write the {listening}: the questions to ask, in order. Ask, then listen; do "
                "not interrupt.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "Under {objections} prepare a calm answer to each thing the client holds "
                "against us: do not argue.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "Read how to address each person and in which language, and the client's "
                "figures: revenue, plan, what it owes.",
            ),
            QT_TRANSLATE_NOOP("Guide", "Press {print_brief} to take the brief on paper."),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Guide",
                "The readiness changes as you type and tick; a tick cannot stand in for what "
                "has to be filled in.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "{duplicate} makes the same meeting a week later, with the same people and plan.",
            ),
        ),
        ("schedule",),
    ),
    GuidePage(
        "outcome",
        QT_TRANSLATE_NOOP("Guide", "Record a meeting's outcome"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Write down what came of a meeting or call while you remember it: the outcome goes "
            "into the client's history, and each agreed step becomes your task.",
        ),
        (
            QT_TRANSLATE_NOOP("Guide", "Open the meeting and go to {after}."),
            QT_TRANSLATE_NOOP(
                "Guide",
                "Under {outcome} write the decisions, what the client said and the mood in the "
                "room.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide", "Write what the client answered to each question you had planned."
            ),
            QT_TRANSLATE_NOOP(
                "Guide", "Press {add_step} for each agreed next step, with its due date."
            ),
            QT_TRANSLATE_NOOP(
                "Guide", "Press {held}: the next steps appear under {tasks} in {today}."
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Guide",
                "Calls and meetings that are over without an outcome wait in {today} under "
                "{outcomes}.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide", "Called off? Press {cancelled} and say why: it stays in the history."
            ),
        ),
        ("today",),
    ),
    GuidePage(
        "order",
        QT_TRANSLATE_NOOP("Guide", "Enter an order"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Take a key client's order yourself, by volume and by assortment. When the order is "
            "confirmed, credit control checks the client's limit and overdue invoices.",
        ),
        (
            QT_TRANSLATE_NOOP(
                "Guide",
                "In {orders} press {new_order}, or start the order from the dossier, and "
                "choose the client.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "Type an SKU or part of a product's name, then Enter; then the quantity. The "
                "client's price column, special prices and promotions apply by themselves.",
            ),
            QT_TRANSLATE_NOOP("Guide", "Press {save_draft} (Ctrl+Enter) to keep the draft."),
            QT_TRANSLATE_NOOP(
                "Guide",
                "Press {confirm} (Ctrl+Shift+C). When credit control blocks the order, the "
                "window says why; the head of department can still approve it under "
                "{confirm_anyway}.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "When the goods leave press {ship}, when the client has them {delivered}, then "
                "{invoice}. An issued invoice cannot be taken back.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Guide",
                "The list beside the lines suggests what the client bought before and what "
                "others in its segment buy: double-click to add.",
            ),
            QT_TRANSLATE_NOOP("Guide", "A confirmed order is changed through {revision}."),
        ),
        ("orders",),
    ),
    GuidePage(
        "documents",
        QT_TRANSLATE_NOOP("Guide", "Print a proposal or a contract package"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "A commercial proposal, and the contract package (supply contract, specification, "
            "invoice for payment), are made from an order, in the language the client reads.",
        ),
        (
            QT_TRANSLATE_NOOP(
                "Guide", "Open the order; under {documents} press {proposal} or {package}."
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "Choose the {document_language}, and check who it is addressed to, how long it "
                "is valid, and the delivery and payment terms.",
            ),
            QT_TRANSLATE_NOOP("Guide", "Press {preview} to see the PDF: nothing is issued yet."),
            QT_TRANSLATE_NOOP(
                "Guide",
                "Press {print}, {save_as} or {email}: the document gets its number and is kept "
                "in the client's history.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Guide",
                "Your company's details, bank and logo come from {file} › {settings}; the "
                "client's from the dossier.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "A contract package names the contract it belongs to: later orders cite the "
                "same contract.",
            ),
        ),
        ("orders",),
    ),
    GuidePage(
        "receivables",
        QT_TRANSLATE_NOOP("Guide", "Collect receivables and follow the plan"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "No overdue debt is part of the job. {receivables} shows what each client owes, by "
            "age, and what was done to collect it; {reports} sets the sales plan against the "
            "actual.",
        ),
        (
            QT_TRANSLATE_NOOP(
                "Guide",
                "Open {receivables}; tick {only_overdue} to see only the clients who are late.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide", "Choose a client: its invoices, payments and dunning steps appear below."
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "Press {record_payment} for money received, or {bank_statement} to read a "
                "bank statement.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide", "Record each reminder, call or letter about a debt with {dunning}."
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "Press {reconciliation} for the statement of mutual settlements to sign with "
                "the client.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "In {reports} › {plans} set each client's plan by month and follow plan "
                "against actual.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Guide",
                "A payment settles the oldest invoices first unless you choose the invoices.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "{reports} › {key_clients} shows the shares of revenue, the ABC classes and how "
                "much the business depends on one client.",
            ),
        ),
        ("receivables", "reports"),
    ),
    GuidePage(
        "sync",
        QT_TRANSLATE_NOOP("Guide", "Share data with another laptop"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "kamdesk works without a network. The team's laptops share their data through "
            "encrypted files: export one for a colleague, import the ones you receive.",
        ),
        (
            QT_TRANSLATE_NOOP("Guide", "Open {sync} and press {export_file}."),
            QT_TRANSLATE_NOOP(
                "Guide",
                "Choose who the file is for: a laptop you exchanged files with gets what changed "
                "since; a colleague starting out gets {new_laptop}.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "Type the team's passphrase twice, choose where the file goes, and hand it "
                "over on a USB stick or by e-mail.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide", "On the other laptop press {import_file} and type the same passphrase."
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "When both laptops changed the same thing, {conflicts} shows both values: "
                "choose the one to keep.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Guide",
                "Give each laptop a name in {file} › {laptop}: the history then says who sent "
                "what.",
            ),
        ),
        ("sync",),
    ),
    GuidePage(
        "protect",
        QT_TRANSLATE_NOOP("Guide", "Protect the laptop and its data"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "The laptop carries the team's clients, prices and debts to every client's site. "
            "Encrypt the database, keep backups, and let the window lock when you step away.",
        ),
        (
            QT_TRANSLATE_NOOP(
                "Guide",
                "Choose {file} › {encryption}, type a passphrase of a few words twice and "
                "press {encrypt}. Its backups are encrypted too.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "Tick {keyring} so that kamdesk does not ask for the passphrase at every start.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "Once the database is encrypted, {file} › {laptop} › {lock_after} locks the "
                "window after the idle minutes you choose.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "{file} › {backups} lists the backups kamdesk made before each upgrade and "
                "import; {back_up_now} makes one, for example on a USB stick, and {restore} "
                "puts one back.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Guide",
                "A forgotten passphrase cannot be recovered: keep it where your team keeps its "
                "secrets.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "Keep one backup away from the laptop: a lost laptop takes its folder with it.",
            ),
        ),
        ("encryption", "backups"),
    ),
)

# a place a page leads to that is not a section: the main window's method that opens it
HELP_ACTIONS = {
    "settings": "open_company_settings",
    "rules": "open_sales_rules",
    "backups": "open_backups",
    "encryption": "open_encryption_settings",
    "laptop": "open_laptop_settings",
}

SECTIONS = ("today", "clients", "schedule", "orders", "products", "receivables", "reports", "sync")

# the parts of a page that are not its own texts
STEPS = QT_TRANSLATE_NOOP("Guide", "Steps")
TIPS = QT_TRANSLATE_NOOP("Guide", "Tips")
GO_TO = QT_TRANSLATE_NOOP("Guide", "Go to {place}")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Guide", text)


def fill(text: str) -> str:
    """A page's translated message as HTML, each term put in, in bold."""
    terms = {key: f"<b>{html.escape(label(key))}</b>" for key in TERMS}
    filled = html.escape(text, quote=False).format(**terms)
    return filled.replace("…</b>.", "…</b>")  # a label's "…" ends the sentence too


def translated_pages() -> dict[str, GuidePage]:
    """Every page in the current language (key -> page): its texts HTML with the terms put
    in."""
    out = {}
    for page in PAGES:
        out[page.key] = GuidePage(
            page.key,
            html.escape(_tr(page.title), quote=False),
            fill(_tr(page.intro)),
            tuple(fill(_tr(text)) for text in page.steps),
            tuple(fill(_tr(text)) for text in page.tips),
            page.places,
        )
    return out


def page_html(page: GuidePage, image: str | None, width: int = 0) -> str:
    """A translated page as the guide shows it: title, what it is for, the steps, the tips,
    the links to the places it is about (kamdesk:PLACE), then the picture (`width` pixels
    wide when given), framed."""
    parts = [f"<h2>{page.title}</h2>", f"<p>{page.intro}</p>"]
    parts.append(f"<h3>{html.escape(_tr(STEPS))}</h3><ol>")
    parts += [f"<li>{step}</li>" for step in page.steps]
    parts.append("</ol>")
    if page.tips:
        parts.append(f"<h3>{html.escape(_tr(TIPS))}</h3><ul>")
        parts += [f"<li>{tip}</li>" for tip in page.tips]
        parts.append("</ul>")
    links = [
        f'<a href="kamdesk:{place}">'
        + html.escape(_tr(GO_TO)).format(place=html.escape(label(place)))
        + "</a>"
        for place in page.places
    ]
    parts.append("<p>" + " &nbsp;·&nbsp; ".join(links) + "</p>")
    if image:
        size = f' width="{width}"' if width > 0 else ""
        parts.append(
            '<table border="1" cellspacing="0" cellpadding="0"'
            f' style="border-style: solid; border-color: {BORDER};">'
            f'<tr><td><img src="{html.escape(image)}"{size}></td></tr></table>'
        )
    return "".join(parts)
