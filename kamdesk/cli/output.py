"""What the commands write to: standard output in UTF-8 whatever the terminal's encoding, and
progress on standard error in the user's language."""

from __future__ import annotations

import sys
from typing import Any

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
