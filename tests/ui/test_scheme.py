"""The dark scheme: every named colour has a dark counterpart, chosen once at start, and text
keeps its contrast on what it stands on in both schemes (WCAG's 4.5:1 for normal text)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from kamdesk.ui.widgets import scheme, style
from kamdesk.ui.widgets.style import contrast_ratio

READABLE = 4.5
ROOT = Path(__file__).resolve().parents[2]


def style_in(monkeypatch: pytest.MonkeyPatch, name: str) -> ModuleType:
    """A fresh copy of widgets/style.py as it reads in the scheme `name` (the app's own copy,
    imported once, keeps its colours)."""
    monkeypatch.setenv(scheme.ENVIRONMENT, name)
    monkeypatch.setattr(scheme, "_applied", [])
    spec = importlib.util.spec_from_file_location(f"style_{name}", style.__file__)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pairs(s: ModuleType) -> Iterator[tuple[str, str, str]]:
    """(what, text, background) for the colours shown together."""
    for name in [
        "TEXT",
        "TEXT_DEFAULT",
        "TEXT_WEAK",
        "TEXT_MUTED",
        "TEXT_QUIET",
        "TEXT_FAINT",
        "TEXT_INACTIVE",
        "LINK",
        "HEADING",
        "ERROR",
        "DANGER",
        "ALERT",
        "WARNING",
        "WARNING_STRONG",
        "OK",
        "OK_STRONG",
        "ACCENT",
        "CALL_TEXT",
        "TOP_CAUSE",
        "CAUTION_TEXT",
        "NOTE_TEXT",
    ]:
        yield f"{name} on the window", getattr(s, name), s.WINDOW_BACKGROUND
        yield f"{name} on a list", getattr(s, name), s.BASE_BACKGROUND
    for group in ("ORDER_STATUS_COLOURS", "MEETING_STATUS_COLOURS", "CATEGORY_BADGES"):
        for key, fill in getattr(s, group).items():
            yield f"{group}[{key}] badge", s.ON_DARK, fill
    for name in ("READY_RED", "READY_AMBER", "READY_GREEN", "MEETING_BLUE", "HEADING"):
        yield f"a mark on {name}", s.ON_DARK, getattr(s, name)
    for key, (_mark, colour, pale) in s.READINESS_STATES.items():
        yield f"readiness {key}", colour, pale
        yield f"readiness {key} mark", s.ON_DARK, colour
    for key, (fill, ink) in s.ATTITUDE_COLOURS.items():
        yield f"attitude {key}", ink, fill
    for key, (fill, _bar, text) in s.MEETING_KIND_COLOURS.items():
        yield f"meeting kind {key}", text, fill
    for key, (background, _accent, text) in s.DEPENDENCY_ALERTS.items():
        yield f"dependency {key}", text, background
    for key, pale in s.READY_PALE.items():
        yield f"text on the {key} tint", s.TEXT_ON_TINT, pale
    for name in ("OPINION_LEADER_BADGE", "VIP_BADGE", "COUNT_BADGE"):
        fill, ink = getattr(s, name)
        yield name, ink, fill
    for text, background in (
        ("ERROR", "ERROR_BACKGROUND"),
        ("WARNING", "WARNING_BACKGROUND"),
        ("OK", "OK_BACKGROUND"),
        ("CAUTION_TEXT", "CAUTION_BACKGROUND"),
        ("NOTE_TEXT", "NOTE_BACKGROUND"),
        ("STALE_INK", "STALE_FILL"),
        ("TEXT_ON_TINT", "MONO_BACKGROUND"),
        ("TEXT_ON_TINT", "CRITICAL_BACKGROUND"),
        ("TEXT_ON_TINT", "PANEL_BACKGROUND"),
        ("TEXT_ON_TINT", "WARNING_BACKGROUND"),
        ("TEXT_ON_TINT", "BAD_CELL"),
        ("CALL_TEXT", "SELECTED_DAY"),
        ("HEADING", "SELECTED_DAY"),
        ("MAP_TEXT", "MAP_BACKGROUND"),
        ("MAP_LEGEND_TEXT", "MAP_BACKGROUND"),
        ("MAP_HINT", "MAP_BACKGROUND"),
        ("TEXT_MUTED", "WEEKEND"),
        ("TEXT", "OFF_HOURS"),
    ):
        yield f"{text} on {background}", getattr(s, text), getattr(s, background)


@pytest.mark.parametrize("name", ["light", "dark"])
def test_text_keeps_its_contrast_on_what_it_stands_on(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    s = style_in(monkeypatch, name)
    weak = [
        f"{what}: {text} on {background} = {contrast_ratio(text, background):.2f}"
        for what, text, background in pairs(s)
        if contrast_ratio(text, background) < READABLE
    ]
    assert weak == []


def test_contrast_ratio_is_wcags() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#ffffff", "#767676") == contrast_ratio("#767676", "#ffffff")


def test_the_dark_scheme_gives_every_named_colour_its_dark_value(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    light, dark = style_in(monkeypatch, "light"), style_in(monkeypatch, "dark")
    assert not light.DARK and dark.DARK
    assert (light.TEXT, dark.TEXT) == ("#202124", "#e8eaed")
    assert (light.ACCENT, dark.ACCENT) == ("#1565c0", "#8ab4f8")
    assert dark.DARK_PALETTE["Window"] == dark.WINDOW_BACKGROUND
    # the paper colours turn dark, the inks light
    for name in ("PANEL_BACKGROUND", "NOTE_BACKGROUND", "ERROR_BACKGROUND", "MAP_BACKGROUND"):
        assert contrast_ratio(getattr(dark, name), "#000000") < 3, name
    # the app's own copy read the scheme the tests run in (offscreen: the light one)
    assert style.TEXT == light.TEXT


def test_a_dark_scheme_forced_on_a_light_system_gets_kamdesk_s_dark_palette() -> None:
    """As app.py starts (in a process of its own: the palette and the scheme are the
    application's, and the test session's stays light)."""
    program = (
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from kamdesk.ui.widgets import scheme\n"
        "dark = scheme.apply(app, None)\n"
        "needed = scheme.needs_own_palette(app)\n"
        "from kamdesk.ui.widgets import style\n"
        "style.use_palette(app)\n"
        "print(dark, needed, scheme.needs_own_palette(app), app.style().name(),"
        " app.palette().window().color().name(), style.ACCENT)\n"
    )
    env = {**os.environ, scheme.ENVIRONMENT: "dark", "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-c", program], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True", "False", "fusion", "#202124", "#8ab4f8"]
