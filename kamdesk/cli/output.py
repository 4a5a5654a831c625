"""What the commands write to: standard output in UTF-8 whatever the terminal's encoding."""

from __future__ import annotations

import sys
from typing import Any


def utf8_stdout() -> Any:
    """sys.stdout, switched to UTF-8 when it is not (client names are in any script)."""
    out = sys.stdout
    if hasattr(out, "reconfigure") and (out.encoding or "").lower() not in ("utf-8", "utf8"):
        out.reconfigure(encoding="utf-8")
    return out
