"""What the commands write to: standard output in UTF-8 whatever the terminal's encoding, in
large pieces, and progress on standard error in the user's language."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from functools import cache
from json.encoder import encode_basestring
from typing import Any, Protocol

from kamdesk.messages import N_, _

# the demo's stages (its progress keys), as a person reads them
STAGES = {
    "catalogue": N_("catalogue"),
    "clients": N_("clients"),
    "orders": N_("orders"),
    "plans": N_("plans"),
    "activities": N_("activities"),
}


def utf8_stdout() -> Any:
    """sys.stdout, switched to UTF-8 when it is not (client names are in any script)."""
    out = sys.stdout
    if hasattr(out, "reconfigure") and (out.encoding or "").lower() not in ("utf-8", "utf8"):
        out.reconfigure(encoding="utf-8")
    return out


class TextSink(Protocol):
    def write(self, text: str, /) -> Any: ...


# about a megabyte of text per write: a few system calls for a large listing even when standard
# output is unbuffered (PYTHONUNBUFFERED), where json.dump and csv.writer make one per token / row
PIECE = 1 << 20


class BulkText:
    """A text stream that hands `out` what is written to it in pieces of about PIECE
    characters; `flush` hands over the rest."""

    def __init__(self, out: TextSink, piece: int = PIECE) -> None:
        self.out = out
        self.piece = piece
        self.parts: list[str] = []
        self.held = 0

    def write(self, text: str) -> int:
        self.parts.append(text)
        self.held += len(text)
        if self.held >= self.piece:
            self.flush()
        return len(text)

    def flush(self) -> None:
        if self.parts:
            text = "".join(self.parts)
            self.parts.clear()
            self.held = 0
            self.out.write(text)


@contextlib.contextmanager
def bulk_stdout() -> Iterator[BulkText]:
    """Standard output (UTF-8, utf8_stdout) in large pieces, all of it written on leaving."""
    out = utf8_stdout()
    stream = BulkText(out)
    try:
        yield stream
    finally:
        stream.flush()
        out.flush()


def write_json(value: Any, out: TextSink) -> None:
    """What `json.dump(value, out, ensure_ascii=False, indent=1)` then a newline write, to the
    byte, built in large pieces: json.dump hands each token to `out` on its own, and with an
    indent it encodes in Python; a list's flat records (the listings, the reports' rows) are
    put together here from the C string encoder."""
    if type(value) is not list or not value:
        out.write(_nested(value, "\n") + "\n")
        return
    out.write("[\n ")
    batch: list[str] = []
    between = ""
    for item in value:
        batch.append(_item(item))
        if len(batch) == 1000:
            out.write(between + ",\n ".join(batch))
            batch.clear()
            between = ",\n "
    if batch:
        out.write(between + ",\n ".join(batch))
    out.write("\n]\n")


def _nested(value: Any, newline: str) -> str:
    """json.dumps at the depth whose lines begin with `newline`."""
    return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", newline)


@cache
def _key(key: str) -> str:
    return encode_basestring(key) + ": "


def _item(item: Any) -> str:
    """One element of the top-level list, as json.dumps(indent=1) writes it there."""
    if type(item) is not dict or not item:
        return _nested(item, "\n ")
    parts = []
    for key, value in item.items():
        if type(key) is not str:  # json.dumps turns numbers and the like into keys
            return _nested(item, "\n ")
        kind = type(value)
        if kind is str:
            text = encode_basestring(value)
        elif value is None:
            text = "null"
        elif value is True:
            text = "true"
        elif value is False:
            text = "false"
        elif kind is int:
            text = int.__repr__(value)
        else:  # floats, lists, dicts, anything json.dumps knows (or refuses)
            text = _nested(value, "\n  ")
        parts.append(_key(key) + text)
    return "{\n  " + ",\n  ".join(parts) + "\n }"


class Progress:
    """Progress on stderr: one rewritten line on a terminal, a line per 10 % otherwise."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.last: tuple[str, int] = ("", -1)

    def __call__(self, stage: str, done: int, total: int) -> None:
        pct = 100 if total <= 0 else min(100, done * 100 // total)
        shown = _(STAGES[stage]) if stage in STAGES else stage
        if self.tty:
            sys.stderr.write(f"\r  {shown:<24} {pct:3d}% ({done}/{total})   ")
            if pct == 100:
                sys.stderr.write("\n")
            sys.stderr.flush()
        elif (stage, pct // 10) != self.last:
            self.last = (stage, pct // 10)
            print(f"  {shown}: {pct}%", file=sys.stderr, flush=True)
