"""One house style: colours are named in kamdesk/ui/widgets/style.py and nowhere else in ui/."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QColor

from kamdesk.ui.widgets import style

UI = Path(__file__).resolve().parents[2] / "kamdesk" / "ui"
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}\b")


def _exempt(relative: str) -> bool:
    return relative == "widgets/style.py"


def test_no_colour_is_spelt_outside_the_style_module() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        relative = path.relative_to(UI).as_posix()
        if _exempt(relative):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found += [f"{relative}:{number}: {m}" for m in HEX_COLOUR.findall(line)]
    assert found == [], "name these colours in kamdesk/ui/widgets/style.py:\n" + "\n".join(found)


def test_every_colour_in_the_palette_is_a_valid_colour() -> None:
    def colours(value: object) -> list[str]:
        if isinstance(value, str):
            return [value] if value.startswith("#") else []
        if isinstance(value, dict):
            return [c for v in value.values() for c in colours(v)]
        if isinstance(value, tuple):
            return [c for v in value for c in colours(v)]
        return []

    names = [n for n in dir(style) if n.isupper()]
    found = [(n, c) for n in names for c in colours(getattr(style, n))]
    assert len(found) > 50
    assert [(n, c) for n, c in found if not QColor(c).isValid()] == []


def test_one_error_style_and_one_attitude_palette() -> None:
    sources = {
        p.relative_to(UI).as_posix(): p.read_text(encoding="utf-8") for p in UI.rglob("*.py")
    }
    defining = sorted(r for r, text in sources.items() if re.search(r"^ERROR_STYLE\b", text, re.M))
    assert defining == ["widgets/style.py"]
    attitude = sorted(
        r
        for r, text in sources.items()
        if re.search(r"^ATTITUDE_COLOURS\b", text, re.M) and not _exempt(r)
    )
    assert attitude == []
    assert set(style.ATTITUDE_COLOURS) == {
        "champion",
        "supporter",
        "neutral",
        "sceptic",
        "opponent",
    }
