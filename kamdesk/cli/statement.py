"""`kamdesk document reconciliation`: a client's reconciliation statement of mutual settlements
(акт сверки взаиморасчётов) for a period, as a PDF in the client's document language or the
one asked for."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from kamdesk.cli import _open_readonly, _write_pdf
from kamdesk.errors import StorageError, UserError
from kamdesk.messages import _, day, figure, ngettext


def _check_out(out_file: Path) -> None:
    """Refuse a target that cannot be written before anything is read."""
    folder = out_file.parent
    if not folder.is_dir():
        raise StorageError(
            _("cannot write {file}: the folder {folder} does not exist.").format(
                file=out_file, folder=folder
            )
        )
    if out_file.is_dir():
        raise StorageError(_("cannot write {file}: it is a folder.").format(file=out_file))


def cmd_document_reconciliation(args: argparse.Namespace) -> int:
    """Build the statement for --client over [--from, --to] and write it to --out."""
    from kamdesk.reports.documents.reconciliation import render_statement
    from kamdesk.services.receivables.statement import build_statement

    start: date = args.start
    end: date = args.end
    out_file: Path = args.out
    if start > end:
        raise UserError(
            _("--from {start} is after --to {end}: the period must start before it ends.").format(
                start=start.isoformat(), end=end.isoformat()
            )
        )
    _check_out(out_file)
    db = _open_readonly(args.db)
    try:
        with db.reading() as session:
            doc = build_statement(
                session, args.client, start, end, today=date.today(), language=args.lang
            )
    finally:
        db.close()
    _write_pdf(out_file, lambda tmp: render_statement(doc, tmp))
    figures = doc.reconciliation
    n = len(figures.lines)
    said = ngettext(
        "reconciliation statement with {client} ({start} to {end}, {n} document, "
        "closing balance {closing} {currency}) written to {file}",
        "reconciliation statement with {client} ({start} to {end}, {n} documents, "
        "closing balance {closing} {currency}) written to {file}",
        n,
    ).format(
        client=doc.buyer.name,
        start=day(start),
        end=day(end),
        n=n,
        closing=figure(figures.closing),
        currency=doc.currency,
        file=out_file,
    )
    print("kamdesk:", said, file=sys.stderr)
    return 0
