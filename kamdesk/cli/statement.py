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


def _check_out(out_file: Path) -> None:
    """Refuse a target that cannot be written before anything is read."""
    folder = out_file.parent
    if not folder.is_dir():
        raise StorageError(f"cannot write {out_file}: the folder {folder} does not exist.")
    if out_file.is_dir():
        raise StorageError(f"cannot write {out_file}: it is a folder.")


def cmd_document_reconciliation(args: argparse.Namespace) -> int:
    """Build the statement for --client over [--from, --to] and write it to --out."""
    from kamdesk.domain import formatting
    from kamdesk.reports.documents.reconciliation import render_statement
    from kamdesk.services.receivables.statement import build_statement

    start: date = args.start
    end: date = args.end
    out_file: Path = args.out
    if start > end:
        raise UserError(
            f"--from {start.isoformat()} is after --to {end.isoformat()}: "
            "the period must start before it ends."
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
    closing = formatting.money(figures.closing, "en", doc.currency)
    print(
        f"kamdesk: reconciliation statement with {doc.buyer.name} "
        f"({start.isoformat()} to {end.isoformat()}, {len(figures.lines)} documents, "
        f"closing balance {closing}) written to {out_file}",
        file=sys.stderr,
    )
    return 0
