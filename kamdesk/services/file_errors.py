"""What the user reads when a file cannot be read or written, or an import was refused: the
same sentence for prices, plans and bank statements (kamdesk.messages translates it)."""

from __future__ import annotations

from pathlib import Path

from kamdesk.errors import UserError
from kamdesk.messages import _, ngettext


def cannot_read(path: Path | str, exc: OSError) -> UserError:
    """`path` (named by its file name) could not be read: the system's reason."""
    return UserError(
        _("Cannot read {file}: {reason}.").format(file=Path(path).name, reason=exc.strerror or exc)
    )


def cannot_write(path: Path | str, exc: OSError) -> UserError:
    """`path` (named by its file name) could not be written: the system's reason."""
    return UserError(
        _("Cannot write {file}: {reason}.").format(file=Path(path).name, reason=exc.strerror or exc)
    )


def not_a_workbook(path: Path | str, exc: Exception) -> UserError:
    """`path` is no Excel workbook openpyxl can read: what to do about it."""
    return UserError(
        _(
            "{file} is not a readable Excel workbook (.xlsx): {reason}. Open it in Excel and "
            "save it again, or save it as CSV UTF-8."
        ).format(file=Path(path).name, reason=exc)
    )


def nothing_imported(problems: int) -> str:
    """The refusal of a file with `problems` problems: nothing of it was written."""
    return ngettext(
        "Nothing was imported: {n} problem in the file. Correct it and check the file again.",
        "Nothing was imported: {n} problems in the file. Correct them and check the file again.",
        problems,
    ).format(n=problems)
