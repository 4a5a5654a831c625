"""`kamdesk import-payments`: payments from a bank statement (a CSV with the standard headers,
or a 1CClientBankExchange file), checked whole first. Exit 0 when imported (or, with --dry-run,
when the file is clean); 2 when any row is wrong, and then nothing is written. Payments from
payers no client has, and 1C documents not paid into the company's accounts, are left out and
listed; they do not stop the rest."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kamdesk.cli.output import bulk_stdout
from kamdesk.domain.fx import rate_basis
from kamdesk.errors import StorageError, UserError
from kamdesk.messages import _, figure, ngettext
from kamdesk.paths import AppPaths

if TYPE_CHECKING:
    from kamdesk.services.receivables.bank_import import ImportPlan, ImportResult


def cmd_import_payments(path: Path, file: Path, *, dry_run: bool, as_json: bool) -> int:
    from kamdesk.db import open_database
    from kamdesk.domain.bank_statement import parse_statement
    from kamdesk.domain.limits import check_file_size
    from kamdesk.services.receivables.bank_import import apply_import, plan_import
    from kamdesk.services.receivables.bank_import import dry_run as preview
    from kamdesk.services.replica import open_replica
    from kamdesk.services.sync.capture import install

    install()
    if not path.exists():
        raise StorageError(_("{path} does not exist.").format(path=path))
    try:
        check_file_size(file.name, file.stat().st_size)  # before a byte is read
        data = file.read_bytes()
    except OSError as exc:
        raise UserError(
            _("Cannot read {file}: {reason}.").format(file=file, reason=exc.strerror or exc)
        ) from None
    today = date.today()
    statement = parse_statement(data, today=today)
    for note in statement.notes:
        print(f"kamdesk: {note}", file=sys.stderr)
    db = open_database(path, readonly=dry_run)
    try:
        if dry_run:
            with db.reading() as session:
                plan = plan_import(session, statement, today=today)
                result = preview(plan)
        else:
            db.back_up()  # a bulk import: a verified copy first (beside the file, in backups/)
            with db.unit_of_work() as session:
                open_replica(session, path, AppPaths.default().replica_registry)
                plan = plan_import(session, statement, today=today)
                result = preview(plan)
                if plan.ok:
                    result = apply_import(session, plan, today=today)
    finally:
        db.close()
    with bulk_stdout() as out:
        if as_json:
            out.write(json.dumps(as_dict(file, plan, result), ensure_ascii=False, indent=2) + "\n")
        else:
            out.write("".join(line + "\n" for line in text_lines(plan, result)))
    if plan.problems:
        n = len(plan.problems)
        said = ngettext(
            "nothing was imported: {n} problem in {file}",
            "nothing was imported: {n} problems in {file}",
            n,
        ).format(n=n, file=file.name)
        print("kamdesk:", said, file=sys.stderr)
        return 2
    return 0


def _money(amount: Any, currency: str) -> str:
    return f"{figure(amount)} {currency}"


def _posted_line(p: Any) -> str:
    """One posted payment: its row, day, amount, where it came from and what it paid."""
    spent = ", ".join(f"{number} {figure(amount)}" for number, amount in p.allocations)
    amount = _money(p.amount, p.currency)
    if p.fx is not None:
        rate = figure(p.fx.factor.normalize(), _places(p.fx.factor.normalize()))
        said = _("row {row}: {day} {amount} ({received} received, at {rate}) from {client}")
        line = said.format(
            row=p.row,
            day=f"{p.date:%d.%m.%Y}",
            amount=amount,
            received=_money(p.fx.source_amount, p.fx.source_currency),
            rate=rate + rate_basis(p.fx.day, p.fx.source),
            client=p.client_name,
        )
    else:
        said = _("row {row}: {day} {amount} from {client}")
        line = said.format(row=p.row, day=f"{p.date:%d.%m.%Y}", amount=amount, client=p.client_name)
    line += " -> " + (spent or _("no open invoice"))
    if p.credit > 0:
        line += "; " + _("credit {amount}").format(amount=_money(p.credit, p.currency))
    return line + "".join(f" ({note})" for note in p.notes)


def _places(value: Any) -> int:
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def text_lines(plan: ImportPlan, result: ImportResult) -> list[str]:
    """What was posted and skipped, or the problems row by row."""
    if plan.problems:
        return [p.line() for p in plan.problems]
    n, skipped = len(result.posted), len(result.skipped)
    if result.dry_run:
        head = ngettext(
            "would post {n} payment; skipped {skipped}",
            "would post {n} payments; skipped {skipped}",
            n,
        )
    else:
        head = ngettext(
            "posted {n} payment; skipped {skipped}", "posted {n} payments; skipped {skipped}", n
        )
    lines = [head.format(n=n, skipped=skipped)]
    lines += [_posted_line(p) for p in result.posted]
    for s in result.skipped:
        said = _("skipped row {row}: {reasons}")
        lines.append(said.format(row=s.row, reasons="; ".join(s.messages)))
    for s in result.not_clients:
        said = _("left out row {row}: {amount}, {reasons}")
        paid = _money(s.payment.amount, s.payment.currency)
        lines.append(said.format(row=s.row, amount=paid, reasons="; ".join(s.messages)))
    if result.not_ours:
        lines.append(
            ngettext(
                "left out {n} document not paid into the company's accounts "
                "(or moved between them)",
                "left out {n} documents not paid into the company's accounts "
                "(or moved between them)",
                result.not_ours,
            ).format(n=result.not_ours)
        )
    if result.dry_run:
        lines.append(_("dry run: nothing was written"))
    return lines


def as_dict(file: Path, plan: ImportPlan, result: ImportResult) -> dict[str, Any]:
    """The machine-readable summary (money as decimal strings)."""
    return {
        "file": str(file),
        "layout": plan.layout or None,
        "version": plan.version or None,
        "dry_run": result.dry_run,
        "imported": not plan.problems and not result.dry_run,
        "posted": [
            {
                "row": p.row,
                "payment_id": p.payment_id or None,
                "date": p.date.isoformat(),
                "client": p.client_name,
                "amount": str(p.amount),
                "currency": p.currency,
                "allocations": [{"invoice": n, "amount": str(a)} for n, a in p.allocations],
                "credit": str(p.credit),
                "notes": list(p.notes),
                "received": None
                if p.fx is None
                else {
                    "amount": str(p.fx.source_amount),
                    "currency": p.fx.source_currency,
                    "rate": format(p.fx.factor.normalize(), "f"),
                    "rate_date": p.fx.day.isoformat() if p.fx.day else None,
                },
            }
            for p in ([] if plan.problems else result.posted)
        ],
        "skipped": [{"row": s.row, "reason": "; ".join(s.messages)} for s in result.skipped],
        "not_clients": [
            {
                "row": s.row,
                "date": s.payment.date.isoformat(),
                "payer": s.payment.payer_name,
                "payer_tax_id": s.payment.payer_tax_id,
                "amount": str(s.payment.amount),
                "currency": s.payment.currency,
                "reason": "; ".join(s.messages),
            }
            for s in ([] if plan.problems else result.not_clients)
        ],
        "not_ours": result.not_ours,
        "problems": [
            {"row": p.row or None, "number": p.number or None, "message": p.message}
            for p in plan.problems
        ],
    }
