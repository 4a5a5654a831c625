"""The notes an order's steps write themselves, in the interface's language.

services.sales.order_steps (and the demo, the same way) stores them in English with the event:
"Invoice INV-2026-000273", "Line 5: 43 refused (damaged)", "line 1: 5, 3 to follow"… They are
worded again here from what they hold; a note a user typed, or one of another shape, stays as
it is. (Stored words are what older files hold too: the patterns below are the stored format.)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.orders import REASON_LABELS
from kamdesk.ui.widgets.forms import domain_text

_INVOICE = re.compile(r"Invoice (?P<number>\S+)")
_REFUSED = re.compile(
    r"Line (?P<no>\d+): (?P<quantity>\S+) refused \((?P<reason>\w+)\)(?:\. (?P<note>.*))?", re.S
)
_SHIPPED = re.compile(r"line (?P<no>\d+): (?P<quantity>\S+)(?:, (?P<left>\S+) to follow)?")
_NOT_SHIPPED = re.compile(r"Not shipped, so not delivered: (?P<lines>.*)", re.S)
_SHORT = re.compile(r"line (?P<no>\d+) \((?P<quantity>\S+)\)")
_REVISION = re.compile(r"Revision (?P<no>\d+) of (?P<number>\S+): (?P<reason>.*)", re.S)


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrderSide", text)


def _each(
    text: str, sep: str, pattern: re.Pattern[str], word: Callable[[re.Match[str]], str]
) -> str | None:
    found = [pattern.fullmatch(part) for part in text.split(sep)]
    if not text or not all(found):
        return None
    return sep.join(word(m) for m in found if m is not None)


def _shipped(m: re.Match[str]) -> str:
    if m["left"]:
        return _tr("line {no}: {quantity}, {left} to follow").format(**m.groupdict())
    return _tr("line {no}: {quantity}").format(no=m["no"], quantity=m["quantity"])


def _refused(m: re.Match[str]) -> str:
    why = domain_text(REASON_LABELS.get(m["reason"], m["reason"])).lower()
    text = _tr("Line {no}: {quantity} refused ({why})").format(
        no=m["no"], quantity=m["quantity"], why=why
    )
    return f"{text}. {m['note']}" if m["note"] else text


def event_note(kind: str, note: str) -> str:
    """An order event's note as the user reads it (`kind` is the event's)."""
    if kind == "invoiced" and (m := _INVOICE.fullmatch(note)):
        return _tr("Invoice {number}").format(number=m["number"])
    if kind == "refused" and (m := _REFUSED.fullmatch(note)):
        return _refused(m)
    if kind == "shipped" and note == "All lines":  # as the demo writes a whole shipment
        return _tr("All lines")
    if kind == "shipped" and (text := _each(note, "; ", _SHIPPED, _shipped)) is not None:
        return text
    if kind == "delivered" and (m := _NOT_SHIPPED.fullmatch(note)):
        short = _each(
            m["lines"],
            ", ",
            _SHORT,
            lambda s: _tr("line {no} ({quantity})").format(no=s["no"], quantity=s["quantity"]),
        )
        if short is not None:
            return _tr("Not shipped, so not delivered: {lines}").format(lines=short)
    if kind == "created" and (m := _REVISION.fullmatch(note)):
        return _tr("Revision {no} of {number}: {reason}").format(**m.groupdict())
    return note
