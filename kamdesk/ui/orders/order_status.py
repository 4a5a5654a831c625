"""The status line under the order's lines: one rule from the window's state to what it says,
so the line always tells where the order stands (OrderWindow calls it on every change)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("OrderStatus", text, disambiguation, n)


class Tone(Enum):
    ERROR = "error"  # red: something stops the order
    OK = "ok"  # green: done
    WEAK = "weak"  # grey: a hint


@dataclass(frozen=True)
class StatusState:
    """What the status line reads from the window."""

    editable: bool  # a draft the KAM can change, its client chosen
    number: str = ""  # the order's number once saved
    dirty: bool = False  # lines or header changed since the last save
    problems: int = 0  # lines that cannot be saved as they are, now
    refused: bool = False  # a save was refused since the last one that worked
    note: str = ""  # what the last step said (until the next change)
    note_is_error: bool = True


def status_text(state: StatusState) -> tuple[str, Tone]:
    """The status line for the state: a note from the last step first; on a draft, lines
    still to fix after a refused save, fixed lines waiting for a save, unsaved changes, or
    that the order is saved. Read-only orders say nothing here (their note is above)."""
    if state.note:
        return state.note, Tone.ERROR if state.note_is_error else Tone.OK
    if not state.editable:
        return "", Tone.WEAK
    if state.refused and state.problems:
        text = _tr("Not saved: %n line(s) to fix, marked in red.", "", state.problems)
        return text, Tone.ERROR
    if state.refused and state.dirty:
        return _tr("Lines fixed, not saved yet: Ctrl+Enter saves the order."), Tone.WEAK
    if state.dirty:
        return _tr("Not saved yet: Ctrl+Enter saves the order."), Tone.WEAK
    if state.number:
        return _tr("Order {number} saved.").format(number=state.number), Tone.OK
    return "", Tone.WEAK
