"""The command line. With no command, kamdesk opens the GUI."""

from __future__ import annotations

import argparse
import csv
import gc
import os
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from kamdesk import messages
from kamdesk.cli.damage import database_error, refuse_untrusted
from kamdesk.cli.output import Progress, bulk_stdout, write_json
from kamdesk.cli.parser import CONTRACT_PARTS, build_parser, parse_window_args
from kamdesk.domain.spreadsheet import inert_row
from kamdesk.errors import KamdeskError, StorageError, UserError
from kamdesk.messages import _, figure, ngettext
from kamdesk.paths import AppPaths


def main(argv: Sequence[str] | None = None) -> int:
    t0 = time.perf_counter()
    messages.use(messages.from_environment())  # the interface sets its own at start
    args = _arguments(argv)
    try:
        from kamdesk.cli.encryption import apply_passphrase

        apply_passphrase(args)  # --passphrase-file: an encrypted database's passphrase
        refuse_untrusted(args)
        if args.command == "demo":
            return cmd_demo(args)
        if args.command == "check":
            if args.repair:
                from kamdesk.cli.repair import repair_first

                repair_first(args.db)
            return cmd_check(args.db, full=args.full)
        if args.command == "list":
            return cmd_list(args.db, args.entity, args.limit)
        if args.command == "digest":
            return cmd_digest(args.db, recompute=args.recompute)
        if args.command == "report" and args.report == "aging":
            from kamdesk.cli.aging import cmd_report_aging

            return cmd_report_aging(args)
        if args.command == "report" and args.report == "week":
            return cmd_report_week(args.db, args.week)
        if args.command == "report" and args.report == "plan":
            from kamdesk.cli.plans import cmd_report_plan

            return cmd_report_plan(args)
        if args.command == "document" and args.document == "brief":
            return cmd_document_brief(args.db, args.meeting, args.out)
        if args.command == "document" and args.document == "proposal":
            return cmd_document_proposal(args.db, args.order, args.out, args.lang)
        if args.command == "document" and args.document == "contract":
            return cmd_document_contract(args.db, args.order, args.out, args.lang, args.only)
        if args.command == "document" and args.document == "reconciliation":
            from kamdesk.cli.statement import cmd_document_reconciliation

            return cmd_document_reconciliation(args)
        if args.command == "report":
            start, end = _report_period(args)
            if args.report == "returns":
                return cmd_report_returns(args.db, start, end, args.by, args.format)
            from kamdesk.cli.key_clients import cmd_report_key_clients

            return cmd_report_key_clients(args, start, end)
        if args.command == "import-sheet":
            from kamdesk.cli.sheets import cmd_import_rates, cmd_import_sheet

            command = cmd_import_rates if args.kind == "rates" else cmd_import_sheet
            return command(args.db, args.file, dry_run=args.dry_run)
        if args.command == "import-payments":
            from kamdesk.cli.payments import cmd_import_payments

            return cmd_import_payments(args.db, args.file, dry_run=args.dry_run, as_json=args.json)
        if args.command in ("export", "import", "conflicts", "resolve", "sync"):
            from kamdesk.cli.sync import run_sync

            return run_sync(args)
        if args.command in ("server", "handover"):
            from kamdesk.cli.server import run_server

            return run_server(args)
        return cmd_gui(args, t0)
    except KamdeskError as exc:
        print(f"kamdesk: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("kamdesk:", _("interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (`kamdesk report ... | head`): stop quietly, as Unix tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except Exception as exc:
        return database_error(exc, args)  # a damaged file's error as a message; else raised


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line parsed; the data folder made private."""
    # the window's own options without every command's parser (a tenth of its first paint)
    args = parse_window_args(sys.argv[1:] if argv is None else argv)
    if args is None:
        args = build_parser().parse_args(argv)
    AppPaths.default(getattr(args, "data_dir", None)).keep_private()  # owner-only files (#15)
    if argv is None and args.command is not None:
        # the process is this command (not the window, which has its own regime, nor a
        # caller's main(argv)): what is loaded by now (modules, classes) lives as long as it,
        # out of the cycle collector's walks, which a command making many objects would
        # repeat (the week's readiness: a sixth of its time)
        gc.freeze()
    return args


def _open_readonly(path: Path, *, accept_older: bool = False):  # type: ignore[no-untyped-def]
    from kamdesk.db import open_database

    if not path.exists():
        raise StorageError(_("{path} does not exist.").format(path=path))
    return open_database(path, readonly=True, accept_older=accept_older)


def cmd_check(path: Path, *, full: bool = False) -> int:
    from kamdesk.cli.damage import report_unopenable, restore_hint
    from kamdesk.errors import DamagedFile
    from kamdesk.services.check import DAMAGED, check, is_damage

    try:
        db = _open_readonly(path, accept_older=True)
    except DamagedFile as exc:
        return report_unopenable(path, exc)
    try:
        with db.engine.connect() as conn:
            problems = check(conn, full=full, beside=db.engine)
    finally:
        db.close()
    if problems:
        for line in problems:
            print(line)
        if any(is_damage(line) for line in problems):
            print(f"{DAMAGED}: {restore_hint(path)}")
        return 1
    print("OK")
    return 0


def cmd_digest(path: Path, *, recompute: bool = False) -> int:
    from kamdesk.services import digest

    if recompute:
        from kamdesk.db import open_database

        if not path.exists():
            raise StorageError(_("{path} does not exist.").format(path=path))
        db = open_database(path)  # an older file is upgraded first, after a backup
        try:
            with db.unit_of_work() as session:
                digest.recompute(session.connection())
        finally:
            db.close()
    db = _open_readonly(path)
    try:
        with db.engine.connect() as conn:
            for entry in digest.digest(conn):
                print(entry.line())
    finally:
        db.close()
    return 0


def cmd_list(path: Path, entity: str, limit: int | None) -> int:
    from kamdesk.services.listing import list_records

    db = _open_readonly(path)
    try:
        with db.reading() as session:
            records = list_records(session, entity, limit=limit)
    finally:
        db.close()
    with bulk_stdout() as out:
        write_json(records, out)
    return 0


def _report_period(args: argparse.Namespace) -> tuple[date, date]:
    """--from/--to as a period; a refused period exits through argparse (code 2)."""
    from kamdesk.services.clients.classification import Period

    end: date = args.end or date.today()
    start: date = args.start or Period.last_12_months(end).start
    if start > end:
        parser: argparse.ArgumentParser = args.report_parser
        if args.end is None:
            parser.error(f"--from {start} is after today ({end}); give --to as well")
        parser.error(f"--to {end} is before --from {start}")
    return start, end


def cmd_report_week(path: Path, monday: date | None) -> int:
    from kamdesk.domain.meeting import ITEMS
    from kamdesk.domain.schedule import week_of
    from kamdesk.services.schedule.week import scheduled_between

    today = date.today()
    first = monday or week_of(today)[0]
    db = _open_readonly(path)
    try:
        with db.reading() as session:
            items = scheduled_between(
                session, first, 7, today=today, readiness_for=("planned", "done")
            )
    finally:
        db.close()
    rows: list[dict[str, Any]] = []
    for item in items:
        if item.status == "cancelled" or item.readiness is None:
            continue
        rows.append(
            {
                "id": item.id,
                "kind": item.kind,
                "status": item.status,
                "client": {"id": item.client_id, "name": item.client_name},
                "subject": item.subject,
                "start": item.start.isoformat(timespec="minutes"),
                "end": item.end.isoformat(timespec="minutes"),
                "leave_by": item.leave_by.isoformat(timespec="minutes"),
                "place": item.location if item.place_kind == "site" else item.place_kind,
                "readiness": item.readiness.score,
                "items": {key: item.readiness.states[key] for key in ITEMS},
                "conflicts": [c.describe() for c in item.conflicts],
            }
        )
    with bulk_stdout() as out:
        write_json(rows, out)
    return 0


def cmd_document_brief(path: Path, meeting_id: str, out_file: Path) -> int:
    from kamdesk.reports.brief import render_brief
    from kamdesk.services.schedule.brief import meeting_brief

    db = _open_readonly(path)
    try:
        with db.reading() as session:
            brief = meeting_brief(session, meeting_id)
    finally:
        db.close()
    _write_pdf(out_file, lambda tmp: render_brief(brief, tmp))
    print("kamdesk:", _("brief written to {file}").format(file=out_file), file=sys.stderr)
    return 0


def _write_pdf(out_file: Path, write: Callable[[Path], None]) -> None:
    """Write through a .part file beside the target, so a failed run leaves no half file."""
    tmp = out_file.with_name(out_file.name + ".part")
    try:
        write(tmp)
        tmp.replace(out_file)
    except OSError as exc:
        raise StorageError(
            _("cannot write {file}: {reason}").format(file=out_file, reason=exc.strerror or exc)
        ) from exc
    finally:
        tmp.unlink(missing_ok=True)


def _print_document(
    path: Path, kind: str, order_id: str, out_file: Path, lang: str | None, parts: Sequence[str]
) -> str:
    """The document's number, once built and rendered to `out_file`: the same chain as the
    document dialog's (build_document, then render_document), with the user's templates from
    AppPaths.templates."""
    from kamdesk.reports.documents import render_document
    from kamdesk.services.documents.builder import ProposalEdits, build_document

    db = _open_readonly(path)
    try:
        with db.reading() as session:
            doc = build_document(
                session,
                kind,
                order_id,
                ProposalEdits(language=lang),
                today=date.today(),
                templates=AppPaths.default().templates,
            )
    finally:
        db.close()
    _write_pdf(out_file, lambda tmp: render_document(doc, tmp, parts=parts))
    return doc.number


def cmd_document_proposal(path: Path, order_id: str, out_file: Path, lang: str | None) -> int:
    number = _print_document(path, "proposal", order_id, out_file, lang, CONTRACT_PARTS)
    said = _("proposal {number} written to {file}").format(number=number, file=out_file)
    print("kamdesk:", said, file=sys.stderr)
    return 0


def cmd_document_contract(
    path: Path, order_id: str, out_file: Path, lang: str | None, only: str | None
) -> int:
    parts = (only,) if only else CONTRACT_PARTS
    number = _print_document(path, "contract", order_id, out_file, lang, parts)
    if only:
        said = _("contract package {number} ({part} only) written to {file}")
    else:
        said = _("contract package {number} written to {file}")
    print("kamdesk:", said.format(number=number, part=only, file=out_file), file=sys.stderr)
    return 0


RETURNS_FIELDS = (
    "key",
    "label",
    "shipped",
    "refused",
    "returned",
    "lost",
    "currency",
    "share",
    "events",
)
RETURNS_NUMBERS = frozenset({"shipped", "refused", "returned", "lost", "share", "events"})


def cmd_report_returns(path: Path, start: date, end: date, by: str, fmt: str) -> int:
    from kamdesk.services.sales.losses import losses_report

    db = _open_readonly(path)
    try:
        with db.reading() as session:
            report = losses_report(session, start, end)
    finally:
        db.close()
    rows: list[dict[str, Any]] = [
        {
            "key": row.key,
            "label": row.label,
            "shipped": format(row.shipped_value, "f"),
            "refused": format(row.refused_value, "f"),
            "returned": format(row.returned_value, "f"),
            "lost": format(row.lost_value, "f"),
            "currency": report.currency,
            "share": None if row.share is None else float(row.share),
            "events": row.events,
        }
        for row in report.rows(by)
    ]
    print(
        "kamdesk:",
        _("amounts in {currency} at the rate of each delivery's and return's date").format(
            currency=report.currency
        ),
        file=sys.stderr,
    )
    for warning in report.warnings:
        print("kamdesk:", _("warning: {text}").format(text=warning), file=sys.stderr)
    with bulk_stdout() as out:
        if fmt == "json":
            write_json(rows, out)
            return 0
        writer = csv.DictWriter(out, fieldnames=RETURNS_FIELDS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            flat = {**row, "share": "" if row["share"] is None else row["share"]}
            writer.writerow(inert_row(flat, RETURNS_NUMBERS))
    return 0


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def build_demo_file(
    path: Path, *, seed: int, clients: int, as_of: date, country: str = "HU"
) -> None:
    """Build the demo into `path`: under a temporary name, renamed to `path` once complete, so a
    build that is killed never leaves a half-filled file where a demo is expected."""
    from kamdesk.db import open_database
    from kamdesk.demo.build import build_demo

    if path.exists() and path.stat().st_size > 0:
        raise UserError(
            _("{path} exists; the demo is built into a new file only.").format(path=path)
        )
    started = time.perf_counter()
    building = path.with_name(path.name + ".building")
    _remove_database(building)  # what a killed build left
    db = open_database(building)
    try:
        summary = build_demo(
            db, seed=seed, clients=clients, as_of=as_of, progress=Progress(), country=country
        )
    except BaseException:
        db.close()
        _remove_database(building)
        raise
    db.close()  # the last connection closing folds the WAL into the file and removes it
    if Path(f"{building}-wal").exists():
        raise StorageError(
            _("{path} is still in use; the demo was not put in place.").format(path=building)
        )
    _remove_database(path)  # an empty file left where the demo goes
    os.replace(building, path)
    seconds = Decimal(str(time.perf_counter() - started))
    said = _("demo database {path}: {clients}, {orders}, {lines} ({seconds} s)").format(
        path=path,
        clients=ngettext("{n} client", "{n} clients", summary.clients).format(n=summary.clients),
        orders=ngettext("{n} order", "{n} orders", summary.orders).format(n=summary.orders),
        lines=ngettext("{n} order line", "{n} order lines", summary.order_lines).format(
            n=summary.order_lines
        ),
        seconds=figure(seconds, 1),
    )
    print("kamdesk:", said, file=sys.stderr)


def _demo_complete(path: Path) -> bool:
    """Whether `path` holds a built demo (its build is one transaction: any client means all)."""
    from sqlalchemy.exc import DBAPIError

    if not path.exists() or path.stat().st_size == 0:
        return False
    try:
        db = _open_readonly(path)
    except StorageError:
        return False
    try:
        with db.engine.connect() as conn:
            return bool(conn.exec_driver_sql("SELECT EXISTS(SELECT 1 FROM client)").scalar_one())
    except DBAPIError:
        return False
    finally:
        db.close()


def demo_database(paths: AppPaths) -> Path:
    """The GUI's `--demo` file, built when missing or incomplete (a build killed before this
    version renamed into place left an empty one)."""
    path = paths.demo_database
    if not _demo_complete(path):
        _remove_database(path)
        print(
            "kamdesk:",
            _("building the demo database in {path} ...").format(path=path),
            file=sys.stderr,
        )
        build_demo_file(path, seed=1, clients=40, as_of=date.today())
    return path


def cmd_demo(args: argparse.Namespace) -> int:
    build_demo_file(
        args.db,
        seed=args.seed,
        clients=args.clients,
        as_of=args.as_of or date.today(),
        country=args.country,
    )
    return 0


def cmd_gui(args: argparse.Namespace, t0: float) -> int:
    paths = AppPaths.default(getattr(args, "data_dir", None)).ensure()
    db_path: Path = getattr(args, "db", None) or paths.database
    if args.demo:
        db_path = demo_database(paths)
    from kamdesk.app import run_gui

    return run_gui(paths, db_path, smoke=args.smoke, t0=t0)
