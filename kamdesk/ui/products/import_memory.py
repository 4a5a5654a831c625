"""The columns chosen for a price list's layout, remembered on this laptop: the next file with
the same headers is mapped as the user mapped the last one, with no choosing."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QSettings

from kamdesk.domain.sheet import Cell, header_key
from kamdesk.domain.sheet_headers import layout_key
from kamdesk.ui.widgets.column_mapping import NOT_IMPORTED

PREFIX = "import/products"


def remembered(settings: QSettings | None, headers: Sequence[Cell]) -> dict[str, int]:
    """field key -> column index (NOT_IMPORTED where the user said so) for these headers."""
    if settings is None or not headers:
        return {}
    keys = [header_key(h) for h in headers]
    saved = settings.value(f"{PREFIX}/{layout_key(headers)}", "")
    try:
        chosen = json.loads(str(saved)) if saved else {}
    except ValueError:
        return {}
    if not isinstance(chosen, dict):
        return {}
    return {
        str(key): keys.index(header) if header else NOT_IMPORTED
        for key, header in chosen.items()
        if header == "" or header in keys
    }


def remember(
    settings: QSettings | None,
    headers: Sequence[Cell],
    chosen: Mapping[str, int],
    keys: Sequence[str],
) -> None:
    """Keep the mapping (field key -> column index) by header for this layout."""
    if settings is None or not headers:
        return
    by_key = {key: header_key(headers[chosen[key]]) if key in chosen else "" for key in keys}
    settings.setValue(f"{PREFIX}/{layout_key(headers)}", json.dumps(by_key, ensure_ascii=False))
