"""The command line's parser: commands, their options and the types of their arguments."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from kamdesk import __version__
from kamdesk.cli.server_parser import audit_and_check
from kamdesk.domain.languages import LANGUAGES
from kamdesk.messages import _

# the parts of a contract package (reports.documents.PARTS, kept here so that building the
# parser loads no reportlab; a test keeps them equal)
CONTRACT_PARTS = ("contract", "specification", "invoice")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("not a date in YYYY-MM-DD form: {text!r}").format(text=text)
        ) from None


def _iso_week(text: str) -> date:
    from kamdesk.domain.schedule import parse_iso_week

    try:
        return parse_iso_week(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            _("not an ISO week like 2026-W48: {text!r}").format(text=text)
        ) from exc


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("not a whole number: {text!r}").format(text=text)
        ) from None
    if value < 0:
        raise argparse.ArgumentTypeError(_("must not be negative"))
    return value


def _location_options(parser: argparse.ArgumentParser, *, required_db: bool = False) -> None:
    where = parser.add_mutually_exclusive_group(required=required_db)
    where.add_argument(
        "--db", type=Path, default=argparse.SUPPRESS, help=_("the database file to use")
    )
    if not required_db:
        where.add_argument(
            "--data-dir",
            type=Path,
            default=argparse.SUPPRESS,
            help=_("keep database, settings, logs and backups below this folder"),
        )


def _report_options(parser: argparse.ArgumentParser, *, server: bool = False) -> None:
    """The database (or, with `server`, the team server and --by) and the period every report
    takes."""
    if server:
        from kamdesk.cli.team import add_source_options

        add_source_options(parser)
    else:
        _location_options(parser, required_db=True)
    parser.add_argument(
        "--from", dest="start", type=_date, default=None, metavar="YYYY-MM-DD", help=_("first day")
    )
    parser.add_argument(
        "--to", dest="end", type=_date, default=None, metavar="YYYY-MM-DD", help=_("last day")
    )


def _document_options(
    parser: argparse.ArgumentParser, source: str, what: str, *, language: bool = True
) -> None:
    """--db, what the document is printed from, --out, and (documents for the client) --lang."""
    _location_options(parser, required_db=True)
    parser.add_argument(source, required=True, metavar="ID", help=what)
    parser.add_argument(
        "--out", required=True, type=Path, metavar="FILE.pdf", help=_("where to write")
    )
    if language:
        parser.add_argument(
            "--lang",
            choices=LANGUAGES,
            default=None,
            help=_("the document's language (default: the client's)"),
        )


def _format_options(parser: argparse.ArgumentParser) -> None:
    fmt = parser.add_mutually_exclusive_group(required=True)
    fmt.add_argument("--json", dest="format", action="store_const", const="json", help=_("JSON"))
    fmt.add_argument(
        "--csv", dest="format", action="store_const", const="csv", help=_("CSV, UTF-8")
    )
    parser.set_defaults(report_parser=parser)


def _window_options(parser: argparse.ArgumentParser) -> None:
    """The options of the window itself (no command)."""
    _location_options(parser)
    parser.add_argument(
        "--demo",
        action="store_true",
        help=_("open the demo database (kept in the cache folder, built on first use)"),
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=_("open the main window, wait until it is painted, print the start-up time, exit"),
    )


class _Refused(Exception):
    pass


class _WindowParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _Refused(message)


def parse_window_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """A command line of the window's options alone, parsed without building every command's
    parser (which takes a tenth of the window's first paint); None for anything else (a
    command, help, the version, a mistake): build_parser() then parses it as ever."""
    parser = _WindowParser(prog="kamdesk", add_help=False)
    _window_options(parser)
    from kamdesk.cli.encryption import add_passphrase_option

    add_passphrase_option(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except _Refused:
        return None
    if rest:
        return None
    args.command = None
    return args


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kamdesk",
        description=_(
            "kamdesk: the key account manager's offline workbench. "
            "With no command it opens the window."
        ),
    )
    parser.add_argument("--version", action="version", version=f"kamdesk {__version__}")
    _window_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _data_commands(sub)
    _report_commands(sub)
    _document_commands(sub)
    _import_command(sub)
    _payments_command(sub)
    _sync_commands(sub)
    _server_commands(sub)
    from kamdesk.cli import encryption, handover

    handover.add_handover_command(sub)  # a manager's (its parser in its own module)
    encryption.add_passphrase_option(parser)  # every command: an encrypted database's passphrase
    return parser


def _data_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = sub.add_parser("demo", help=_("build a demo database with a realistic portfolio"))
    _location_options(demo, required_db=True)
    demo.add_argument("--seed", type=_positive, default=1, help=_("random seed (default 1)"))
    demo.add_argument("--clients", type=_positive, default=40, help=_("number of clients"))
    demo.add_argument(
        "--country",
        type=str.upper,
        choices=("HU", "RU", "IT", "AZ"),
        default="HU",
        help=_(
            "where our company is registered: its requisites, currency, VAT rates and "
            "clients (default HU)"
        ),
    )
    demo.add_argument(
        "--as-of", type=_date, default=None, help=_("the day the history ends (default today)")
    )

    check = sub.add_parser(
        "check",
        help=_("check the database's integrity and invariants"),
        description=_(
            "Exit 0 and print OK when the database is sound; exit 1 listing each "
            "problem otherwise. When the file itself is damaged, close kamdesk and put the newest "
            "backup it names (kamdesk-YYYYMMDD-HHMMSS-*.sqlite in the backups folder: beside the "
            "file, or kamdesk's own for its usual database) in place of the damaged file, keeping "
            "a copy of the damaged one; then run check again."
        ),
    )
    _location_options(check, required_db=True)
    check.add_argument(
        "--repair",
        action="store_true",
        help=_("first recompute what derives from the records (the receivables cache)"),
    )
    check.add_argument(
        "--full",
        action="store_true",
        help=_("also read every page of the file (integrity_check) and hash every record"),
    )

    lst = sub.add_parser("list", help=_("print live records of an entity as JSON"))
    lst.add_argument(
        "entity",
        choices=["clients", "contacts", "products", "orders", "invoices", "payments", "activities"],
    )
    _location_options(lst, required_db=True)
    lst.add_argument("--json", action="store_true", required=True, help=_("print JSON (required)"))
    lst.add_argument("--limit", type=_positive, default=None, help=_("at most this many records"))

    dig = sub.add_parser("digest", help=_("one line per entity: live count and content hash"))
    _location_options(dig, required_db=True)
    dig.add_argument(
        "--recompute",
        action="store_true",
        help=_("make the kept hashes anew from the records (writes them)"),
    )


def _report_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = sub.add_parser("report", help=_("print a report as JSON or CSV"))
    reports = report.add_subparsers(dest="report", metavar="REPORT", required=True)
    key = reports.add_parser(
        "key-clients",
        help=_("revenue shares, ABC classes and key/critical/mono categories per client"),
        description=_(
            "Clients with revenue in the period, biggest first. The period defaults to "
            "the 12 months ending today (or ending at --to)."
        ),
    )
    _report_options(key, server=True)
    _format_options(key)
    ret = reports.add_parser(
        "returns",
        help=_("returns and refusals per reason, client or product, against the value shipped"),
        description=_(
            "Refusals at delivery (on orders delivered in the period) and returns "
            "(dated in the period), net of VAT, biggest loss first; share is the loss as a part of "
            "the value shipped in the period (of all shipments when grouped by reason), null when "
            "nothing was shipped. The period defaults to the 12 months ending today (or at --to)."
        ),
    )
    _report_options(ret)
    ret.add_argument(
        "--by", choices=["reason", "client", "product"], default="reason", help=_("group by")
    )
    _format_options(ret)

    _plan_report_command(reports)

    wk = reports.add_parser(
        "week",
        help=_("the week's meetings and calls with their leave-by times and readiness"),
        description=_(
            "Meetings and calls of an ISO week (default: this week), in time order, "
            "cancelled ones left out. Times are local, ISO 8601 with the UTC offset; readiness is "
            "0-100 and items gives each of the seven checks' state (ok, warning, missing)."
        ),
    )
    _location_options(wk, required_db=True)
    wk.add_argument(
        "--week", type=_iso_week, default=None, metavar="YYYY-Www", help=_("e.g. 2026-W48")
    )
    wk.add_argument("--json", action="store_true", required=True, help=_("print JSON (required)"))
    from kamdesk.cli.aging import add_aging_parser

    add_aging_parser(reports)


def _plan_report_command(reports: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`report plan` (kamdesk.cli.plans)."""
    plan = reports.add_parser(
        "plan",
        help=_("each client's sales plan for a period against actual, fulfilment and forecast"),
        description=_(
            "Clients with a plan in the period, by name, then the plan for new clients "
            "(client_id null) when there is one. Actual is invoiced revenue net of VAT less the "
            "credit notes of returns, in the plan's currency; fulfilment is actual / plan (1.0: "
            "met), null when the plan is 0; the forecast runs the actual to the period's end at "
            "the pace so far."
        ),
    )
    from kamdesk.cli.team import add_source_options

    add_source_options(plan)
    plan.add_argument(
        "--period",
        required=True,
        metavar="PERIOD",
        help=_("a year (2026), quarter (2026-Q3) or month (2026-11)"),
    )
    plan.add_argument(
        "--at",
        type=_date,
        default=None,
        metavar="YYYY-MM-DD",
        help=_("the day the actual and forecast are taken at (default today)"),
    )
    _format_options(plan)


def _document_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    document = sub.add_parser("document", help=_("print a document as a PDF file"))
    documents = document.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    brief = documents.add_parser(
        "brief",
        help=_("a meeting's one- or two-page brief to print and carry"),
        description=_(
            "When and where, the leave-by time, the people with their notes, agenda, "
            "questions, objections and answers, the client's figures, products and prices, and "
            "the seven readiness checks."
        ),
    )
    _document_options(brief, "--meeting", _("the meeting's id"), language=False)
    templates = (
        "Texts come from the templates in resources/templates, or from your copy of one in "
        "<data dir>/templates. Printing here is a preview: nothing is stored as issued."
    )
    proposal = documents.add_parser(
        "proposal",
        help=_("the commercial proposal for an order, in the client's document language"),
        description=_(
            "Our letterhead, the client and the addressee, the tailored opening, the "
            "order's lines with the client's prices, discounts, VAT and totals, validity, delivery "
            "and payment terms and the KAM's signature. "
        )
        + templates,
    )
    _document_options(proposal, "--order", _("the order's id"))
    contract = documents.add_parser(
        "contract",
        help=_("the contract package for an order: supply contract, specification, invoice"),
        description=_(
            "The supply contract from its template, the specification (appendix 1: the "
            "goods, prices, totals and delivery date) and the invoice for payment with our bank "
            "details, in one PDF or each alone. "
        )
        + templates,
    )
    _document_options(contract, "--order", _("the order's id"))
    contract.add_argument(
        "--only",
        choices=CONTRACT_PARTS,
        default=None,
        help=_("print one part of the package only (default: all three)"),
    )
    reconciliation = documents.add_parser(
        "reconciliation",
        help=_("a client's reconciliation statement of mutual settlements for a period"),
        description=_(
            "The opening balance, every invoice, payment, return and correction of "
            "the period in date order, turnover, the closing balance and who owes whom, with the "
            "half the client fills in and both signature blocks (акт сверки взаиморасчётов)."
        ),
    )
    _document_options(reconciliation, "--client", _("the client's id"))
    for flag, dest, said in (
        ("--from", "start", _("the period's first day")),
        ("--to", "end", _("the period's last day")),
    ):
        reconciliation.add_argument(
            flag, dest=dest, type=_date, required=True, metavar="YYYY-MM-DD", help=said
        )


def _import_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imp = sub.add_parser(
        "import-sheet",
        help=_("import products and explicit prices, or exchange rates, from a CSV or XLSX file"),
        description=_(
            "--kind products reads the headers sku, name, category, unit, vat_rate, "
            "base_price (description optional) and one price:<price column> per price column; an "
            "empty price cell means the column's percentage applies. Products are matched by SKU. "
            "--kind rates reads date, currency, rate, source: a rate is reporting-currency units "
            "per 1 unit of the currency (HUF per 1 EUR), one row per currency and day. If any row "
            "is wrong, nothing is written and each bad row is listed (exit code 1)."
        ),
    )
    _location_options(imp, required_db=True)
    imp.add_argument(
        "--kind", choices=["products", "rates"], required=True, help=_("what the file holds")
    )
    imp.add_argument("file", type=Path, metavar="FILE", help=_("the .csv or .xlsx file"))
    imp.add_argument(
        "--dry-run", action="store_true", help=_("check the file and print the summary only")
    )


def _payments_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pay = sub.add_parser(
        "import-payments",
        help=_("import payments received from a bank statement (CSV or 1CClientBankExchange)"),
        description=_(
            "FILE is a CSV with the headers date, amount, currency, payer_tax_id, "
            "payer_name, reference, purpose, or a 1CClientBankExchange file (1.02/1.03, Windows or "
            "DOS encoding) whose documents paid into the company's account are taken. Each payment "
            "is matched to a client by the payer's tax id (and КПП), to the invoices its purpose "
            "names (else oldest first; the rest stays as credit). Payments imported before are "
            "skipped. If any row is wrong, nothing is written and each is listed (exit code 2)."
        ),
    )
    _location_options(pay, required_db=True)
    pay.add_argument("file", type=Path, metavar="FILE", help=_("the bank statement"))
    pay.add_argument("--dry-run", action="store_true", help=_("check and show, write nothing"))
    pay.add_argument("--json", action="store_true", help=_("print a machine-readable summary"))


def _sync_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """export, import, conflicts, resolve: sync between laptops by file (docs/sync-format.md);
    sync: with the team server (docs/team-server.md)."""
    exp = sub.add_parser(
        "export",
        help=_("write a sync file for another laptop"),
        description=_(
            "Without --peer the file holds everything (a full export, to seed a new "
            "laptop); with --peer, what that laptop has not acknowledged yet."
        ),
    )
    _location_options(exp, required_db=True)
    exp.add_argument("--out", required=True, type=Path, metavar="FILE", help=_("the .kamsync file"))
    exp.add_argument("--peer", default=None, metavar="NAME", help=_("the laptop it is for"))
    exp.add_argument("--full", action="store_true", help=_("everything, even for a known peer"))
    _passphrase_options(exp, allow_clear=True)
    imp = sub.add_parser(
        "import",
        help=_("merge a sync file from another laptop"),
        description=_(
            "Backs the database up, then merges the file in one transaction. A path "
            "with no database gets a new one. Exit 0 also when conflicts were found; 2 when the "
            "file or passphrase is refused, and then nothing is written."
        ),
    )
    _location_options(imp, required_db=True)
    imp.add_argument("file", type=Path, metavar="FILE", help=_("the .kamsync file"))
    _passphrase_options(imp, allow_clear=False)
    imp.add_argument(
        "--dry-run", action="store_true", help=_("say what would change, write nothing")
    )
    imp.add_argument("--json", action="store_true", help=_("print the summary as JSON"))
    srv = sub.add_parser(
        "sync",
        help=_("exchange changes with the team server"),
        description=_(
            "Backs the database up, sends the team server this laptop's changes and takes the "
            "team's, in one transaction on each side. Keep the password out of the URL: "
            "PostgreSQL's password file (~/.pgpass) or service file supplies it."
        ),
    )
    _location_options(srv, required_db=True)
    srv.add_argument(
        "--server",
        required=True,
        metavar="URL",
        help=_("postgresql://USER@HOST/DATABASE, or postgresql:///?service=NAME"),
    )
    srv.add_argument("--json", action="store_true", help=_("print the summary as JSON"))
    con = sub.add_parser("conflicts", help=_("list the open sync conflicts"))
    _location_options(con, required_db=True)
    con.add_argument("--json", action="store_true", help=_("as JSON (the default is a table)"))
    res = sub.add_parser("resolve", help=_("settle a sync conflict"))
    _location_options(res, required_db=True)
    res.add_argument("conflict", metavar="CONFLICT_ID", help=_("its id, as `conflicts` lists it"))
    how = res.add_mutually_exclusive_group(required=True)
    how.add_argument("--take", choices=["winner", "other"], help=_("keep one of the two values"))
    how.add_argument("--value", metavar="V", help=_("a new value instead of both"))


def _server_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """server init | import | role add: the team server on PostgreSQL (issue 19)."""
    server = sub.add_parser("server", help=_("set up the team server (PostgreSQL)"))
    servers = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    init = servers.add_parser(
        "init",
        help=_("create or upgrade kamdesk's schema in a PostgreSQL database"),
        description=_(
            "Brings the database at URL to this kamdesk's schema in one transaction; a "
            "database already there is left as it is. Keep the password out of the URL: "
            "PostgreSQL's password file (~/.pgpass) or service file supplies it."
        ),
    )
    init.add_argument(
        "--url", required=True, metavar="URL", help=_("postgresql://USER@HOST:PORT/DATABASE")
    )
    imp = servers.add_parser(
        "import",
        help=_("merge a laptop's sync file into the team server"),
        description=_(
            "Merges the file into the server in one transaction, as `kamdesk import` merges it "
            "into a laptop. Exit 0 also when conflicts were found; 2 when the file or "
            "passphrase is refused, and then nothing is written."
        ),
    )
    imp.add_argument("file", type=Path, metavar="FILE", help=_("the .kamsync file"))
    imp.add_argument(
        "--server", required=True, metavar="URL", help=_("postgresql://USER@HOST:PORT/DATABASE")
    )
    _passphrase_options(imp, allow_clear=False)
    imp.add_argument("--json", action="store_true", help=_("print the summary as JSON"))
    role = servers.add_parser(
        "role",
        help=_("give a person a login to the team server"),
        description=_(
            "Makes (or updates) a PostgreSQL login for a KAM, a manager, the head office or a "
            "report tool, and ties it to the person's KAM record by name. The password is asked "
            "for (or read from the first line of standard input) and sent as a SCRAM verifier."
        ),
    )
    role.add_argument("action", choices=["add"], help=_("add (or update) a login"))
    role.add_argument(
        "--url", required=True, metavar="URL", help=_("postgresql://ADMIN@HOST:PORT/DATABASE")
    )
    role.add_argument("--login", required=True, metavar="LOGIN", help=_("e.g. anna_kovacs"))
    role.add_argument(
        "--kam", default="", metavar="NAME", help=_("the person's name, as dossiers show it")
    )
    role.add_argument(
        "--as",
        dest="kind",
        choices=["kam", "manager", "head", "report"],
        default="kam",
        help=_("what the login may see (default: kam, their own clients)"),
    )
    role.add_argument(
        "--no-password",
        action="store_true",
        help=_("no password (the login uses a client certificate)"),
    )
    audit_and_check(servers, _date)


def _passphrase_options(parser: argparse.ArgumentParser, *, allow_clear: bool) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--passphrase-file",
        type=Path,
        default=None,
        metavar="F",
        help=_("a file whose first line is the team's sync passphrase"),
    )
    if allow_clear:
        group.add_argument(
            "--no-encryption",
            action="store_true",
            help=_("write the file unencrypted (for tests; never for real data)"),
        )
