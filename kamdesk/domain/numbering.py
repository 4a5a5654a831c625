"""Document numbers: PREFIX-YEAR-[SERIES-]SEQUENCE, and the replica's series code.

Every replica (one laptop's copy of the data) numbers in its own series, so two laptops never
allocate the same number. Numbers issued before series existed (SO-2026-000501) stay as they
are; an empty series code keeps that old form.
"""

from __future__ import annotations

import re
import uuid

SERIES_MAX = 6
_SERIES = re.compile(rf"[A-Z][A-Z0-9]{{0,{SERIES_MAX - 1}}}")
_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O: never read as 1 or 0


def normalize_series(code: str) -> str:
    """A series code as stored: upper case, or ValueError saying what is wrong."""
    code = code.strip().upper()
    if not _SERIES.fullmatch(code):
        raise ValueError(
            f"A series code is 1 to {SERIES_MAX} letters and digits starting with a letter "
            f"(e.g. AM or KA2), not {code!r}."
        )
    return code


def series_from_id(replica_id: str, length: int = 4) -> str:
    """The default series code of a replica: letters derived from its id (stable, and far
    apart for different ids)."""
    n = uuid.UUID(replica_id).int
    out = []
    for _ in range(length):
        n, r = divmod(n, len(_LETTERS))
        out.append(_LETTERS[r])
    return "".join(out)


def number_stem(prefix: str, year: int, series: str) -> str:
    return f"{prefix}-{year}-{series}-" if series else f"{prefix}-{year}-"


def sequence_of(number: str, stem: str) -> int | None:
    """The sequence of a number in the series `stem` starts (a revision suffix '/2' aside);
    None when the number belongs to another series."""
    if not number.startswith(stem):
        return None
    digits = number[len(stem) :].split("/")[0]
    return int(digits) if digits.isdigit() else None


def format_number(stem: str, sequence: int, width: int) -> str:
    return f"{stem}{sequence:0{width}d}"
