"""The one place kamdesk's colours and shared style-sheet snippets live.

Every colour has a name that says what it means (muted text, an error, a readiness state, an
ABC class, a kind of meeting…), so a screen never spells a hex value of its own: a test
(tests/ui/test_style.py) fails on any colour literal elsewhere in kamdesk/ui. Colours are hex
strings, usable both in style sheets and as QColor(NAME).

Each colour has a light and a dark value, `_c(light, dark)`: which one a name holds is settled
when this module is first imported (widgets/scheme.py: app.py settles it before any screen
imports a colour), so a screen reads its colours by value and never asks again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from kamdesk.ui.widgets import scheme

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

DARK: Final = scheme.is_dark()


def _c(light: str, dark: str) -> str:
    """The colour of the scheme shown."""
    return dark if DARK else light


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2's contrast ratio of two #rrggbb colours: 1 (none) to 21 (black on white)."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def use_palette(app: QApplication) -> None:
    """Qt's Fusion style with DARK_PALETTE in the dark scheme, Fusion's own light palette in
    the light one: the scheme chosen on a system that shows the other (app.py, when
    scheme.needs_own_palette)."""
    from PySide6.QtGui import QColor, QPalette

    app.setStyle("Fusion")
    if not DARK:
        app.setPalette(app.style().standardPalette())
        return
    palette = QPalette()
    for role, colour in DARK_PALETTE.items():
        palette.setColor(QPalette.ColorRole[role], QColor(colour))
    for role, colour in DARK_PALETTE_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole[role], QColor(colour))
    app.setPalette(palette)


# --- the window behind the colours below -----------------------------------------------------
# what a label stands on (the window) and what a list's or a field's text stands on (its base):
# the contrast test (tests/ui/test_scheme.py) reads every text colour against both
WINDOW_BACKGROUND: Final = _c("#efefef", "#202124")
BASE_BACKGROUND: Final = _c("#ffffff", "#1b1b1d")
# the palette a dark scheme gets when the system shows a light one (scheme.apply)
DARK_PALETTE: Final = {
    "Window": "#202124",
    "WindowText": "#e8eaed",
    "Base": "#1b1b1d",
    "AlternateBase": "#26272a",
    "ToolTipBase": "#303134",
    "ToolTipText": "#e8eaed",
    "PlaceholderText": "#9aa0a6",
    "Text": "#e8eaed",
    "Button": "#303134",
    "ButtonText": "#e8eaed",
    "BrightText": "#ff8a80",
    "Light": "#4a4c50",
    "Midlight": "#3c4043",
    "Mid": "#9aa0a6",
    "Dark": "#17181a",
    "Shadow": "#000000",
    "Highlight": "#3b6fb6",
    "HighlightedText": "#ffffff",
    "Link": "#8ab4f8",
    "LinkVisited": "#c58af9",
}
DARK_PALETTE_DISABLED: Final = {
    "WindowText": "#6f7378",
    "Text": "#6f7378",
    "ButtonText": "#6f7378",
    "Base": "#232427",
    "Button": "#2a2b2e",
}

# --- text -----------------------------------------------------------------------------------
TEXT: Final = _c("#202124", "#e8eaed")  # the darkest ink: a selected day's outline
# plain black, for a value without a colour of its own
TEXT_DEFAULT: Final = _c("#000000", "#e8eaed")
TEXT_WEAK: Final = _c("#3c4043", "#c4c7c5")  # secondary, still read
TEXT_MUTED: Final = _c("#5f6368", "#9aa0a6")  # hints, notes, what the eye may skip
TEXT_QUIET: Final = _c("#616161", "#9e9e9e")  # a comparison's footnote
TEXT_FAINT: Final = _c("#555555", "#a0a0a0")  # columns a file leaves unmapped
TEXT_ON_TINT: Final = _c("#1a1a1a", "#e8eaed")  # stays readable on a tinted row in a dark theme
TEXT_INACTIVE: Final = _c("#6b6b6b", "#8e9399")  # an inactive product, a past promotion
# ink on a status fill (dark ink on the dark scheme's light fills)
ON_DARK: Final = _c("#ffffff", "#202124")
LINK: Final = _c("#1a57b5", "#8ab4f8")
HEADING: Final = _c("#174ea6", "#aecbfa")  # a reminder's heading, the leave-now banner

# --- what went well or wrong ----------------------------------------------------------------
ERROR: Final = _c("#b00020", "#f28b82")
ERROR_BACKGROUND: Final = _c("#fdecea", "#3c1f1e")
DANGER: Final = _c("#c62828", "#ee675c")  # a missing piece of a meeting's preparation
ALERT: Final = _c("#b71c1c", "#f28b82")  # a cancelled order, a critical or mono-client dependency
WARNING: Final = _c("#9a5b00", "#fdd663")
WARNING_BACKGROUND: Final = _c("#fff4e0", "#3d3016")
# a partly delivered line, a critical client's badge
WARNING_STRONG: Final = _c("#b33c00", "#fcad70")
OK: Final = _c("#2b742f", "#81c995")
OK_BACKGROUND: Final = _c("#e8f5e9", "#1e3a26")
OK_STRONG: Final = _c("#1b5e20", "#a8dab5")
ACCENT: Final = _c("#1565c0", "#8ab4f8")  # confirmed, planned, upcoming, a key client
BORDER: Final = _c("#dadce0", "#5f6368")
PANEL_BACKGROUND: Final = _c("#f8f9fa", "#2a2b2e")
BAD_CELL: Final = _c("#fde3e1", "#5c2b29")  # a cell an import cannot read

# a message that asks for care (a delivery that differs from the order)
CAUTION_TEXT: Final = _c("#8a3b00", "#fcc28b")
CAUTION_BACKGROUND: Final = _c("#fff1e0", "#3d2a16")
CAUTION_BORDER: Final = _c("#e67e22", "#e67e22")
# the order's note to the KAM, on yellow paper
NOTE_TEXT: Final = _c("#5d4037", "#f3e0b5")
NOTE_BACKGROUND: Final = _c("#fff8e1", "#3a3320")
NOTE_BORDER: Final = _c("#ffe082", "#8d7a3a")

# --- style-sheet snippets -------------------------------------------------------------------
ERROR_STYLE: Final = f"color: {ERROR};"
MUTED_STYLE: Final = f"color: {TEXT_MUTED};"
OK_STYLE: Final = f"color: {OK};"
WARNING_STYLE: Final = f"color: {WARNING};"
WEAK_STYLE: Final = f"color: {TEXT_WEAK};"
BAD_FIELD_STYLE: Final = f"border: 1px solid {ERROR};"
BAD_INPUT_STYLE: Final = (
    f"QLineEdit, QComboBox {{ border: 1px solid {ERROR}; background: {ERROR_BACKGROUND}; }}"
)
CAUTION_STYLE: Final = (
    f"QLabel {{ color: {CAUTION_TEXT}; background: {CAUTION_BACKGROUND};"
    f" border: 1px solid {CAUTION_BORDER}; border-radius: 4px; padding: 6px; }}"
)
NOTE_STYLE: Final = (
    f"background: {NOTE_BACKGROUND}; border: 1px solid {NOTE_BORDER}; padding: 6px;"
    f" color: {NOTE_TEXT};"
)
PANEL_STYLE: Final = f"background: {PANEL_BACKGROUND}; border: 1px solid {BORDER}; padding: 8px;"


def badge_style(background: str) -> str:
    """Light words on a coloured strip (dark words on the dark scheme's lighter strips): an
    order's status, a client's category."""
    return f"background:{background}; color:{ON_DARK};"


# --- orders, meetings and promotions by status ----------------------------------------------
ORDER_STATUS_COLOURS: Final = {
    "draft": TEXT_MUTED,
    "confirmed": ACCENT,
    "shipped": _c("#00838f", "#78d9ec"),
    "delivered": OK,
    "invoiced": OK_STRONG,
    "cancelled": ALERT,
}
MEETING_STATUS_COLOURS: Final = {"planned": ACCENT, "done": OK, "cancelled": ALERT}
PROMOTION_STATUS_COLOURS: Final = {"active": OK, "upcoming": ACCENT, "past": TEXT_INACTIVE}

# --- meeting readiness ----------------------------------------------------------------------
# state -> (mark, colour, pale background) in the meeting window
READINESS_STATES: Final = {
    "ok": ("✓", OK, OK_BACKGROUND),
    "warning": ("!", WARNING, WARNING_BACKGROUND),
    "missing": ("✗", DANGER, ERROR_BACKGROUND),
}
# the calendar's traffic light, and the pale rows of the day's list
READY_RED: Final = _c("#d93025", "#f28b82")
READY_AMBER: Final = _c("#b06000", "#fdd663")
READY_GREEN: Final = _c("#188038", "#81c995")
READY_PALE: Final = {
    "red": _c("#fce8e6", "#3c2322"),
    "amber": _c("#fef7e0", "#3a3218"),
    "green": _c("#e6f4ea", "#1f3324"),
}

# --- the calendar ---------------------------------------------------------------------------
GRID: Final = BORDER
GRID_HALF: Final = _c("#eceef1", "#3c4043")
OFF_HOURS: Final = _c("#f6f7f9", "#1c1d1f")
WEEKEND: Final = _c("#f1f3f4", "#27282b")
SELECTED_DAY: Final = _c("#f2f6fd", "#263248")
MEETING_BLUE: Final = _c("#1a73e8", "#8ab4f8")  # a meeting's accent, a meeting happening now
CALL_TEXT: Final = _c("#0d652d", "#a8dab5")
# kind -> (fill, accent bar, text)
MEETING_KIND_COLOURS: Final = {
    "meeting": (_c("#e8f0fe", "#233246"), MEETING_BLUE, HEADING),
    "call": (READY_PALE["green"], READY_GREEN, CALL_TEXT),
    "done": (WEEKEND, _c("#9aa0a6", "#9aa0a6"), TEXT_MUTED),
    "cancelled": (BASE_BACKGROUND, _c("#c4c7c5", "#5f6368"), _c("#6f7378", "#9aa0a6")),
}

# --- key clients: ABC classes and dependency ------------------------------------------------
ABC_COLOURS: Final = {
    "A": _c("#1f4e79", "#aecbfa"),
    "B": _c("#4f8fc9", "#5e97d8"),
    "C": _c("#a9c7e8", "#35618f"),
}
OTHERS_COLOUR: Final = _c("#c4c9d0", "#5f6368")  # the clients after the top ones, as one bar
CUMULATIVE_LINE: Final = _c("#d9822b", "#f29900")
GUIDE_LINE: Final = _c("#7a7a7a", "#9aa0a6")
GUIDE_DASH: Final = _c("#8a9099", "#9aa0a6")
CRITICAL_BACKGROUND: Final = _c("#fff1dc", "#3d2c14")
MONO_BACKGROUND: Final = BAD_CELL
# level -> (background, accent, text) of the Today alerts
DEPENDENCY_ALERTS: Final = {
    "mono": (MONO_BACKGROUND, ERROR, _c("#5c0010", "#f6aea9")),
    "critical": (CRITICAL_BACKGROUND, _c("#d97b00", "#f29900"), _c("#4d2c00", "#fdd6a3")),
}
# category -> the dossier's badge colour
CATEGORY_BADGES: Final = {"mono": ALERT, "critical": WARNING_STRONG, "key": ACCENT}

# --- returns and refusals -------------------------------------------------------------------
TOP_CAUSE: Final = _c("#c0392b", "#f28b82")  # the cause to act on first
CAUSE: Final = ABC_COLOURS["B"]

# --- people: attitude to us -----------------------------------------------------------------
# attitude -> (fill, ink): the relationship map's cards and the dossier's contact list show
# the same colours; the dark fills carry white ink
ATTITUDE_COLOURS: Final = {
    "champion": (OK, ON_DARK),
    "supporter": (_c("#b9e3b5", "#2d5a34"), _c("#14301a", "#d7f0d3")),
    "neutral": (_c("#e3e5e8", "#3c4043"), _c("#22262a", "#e8eaed")),
    "sceptic": (_c("#ffb65c", "#6b4a1a"), _c("#2e1a00", "#ffe2bd")),
    "opponent": (DANGER, ON_DARK),
}

# --- the relationship map ------------------------------------------------------------------
RELATION_LINE_COLOURS: Final = {
    "reports_to": _c("#546e7a", "#90a4ae"),
    "influences": ACCENT,
    "conflicts": _c("#d32f2f", "#f28b82"),
}
STALE_FILL: Final = _c("#fff1c2", "#3d3416")
STALE_INK: Final = _c("#6d4700", "#fde293")
STALE_BORDER: Final = NOTE_TEXT
OPINION_LEADER_BADGE: Final = (_c("#5e35b1", "#b39ddb"), ON_DARK)  # (fill, ink)
VIP_BADGE: Final = (_c("#ffd54f", "#ffd54f"), _c("#3e2723", "#3e2723"))
COUNT_BADGE: Final = (DANGER, ON_DARK)  # (fill, ink): open conflicts on the Sync entry
MAP_BACKGROUND: Final = _c("#f7f8fa", "#1e1f22")
MAP_EDGE: Final = _c("#455a64", "#90a4ae")
MAP_CARD_EMPTY: Final = ATTITUDE_COLOURS["neutral"][0]
MAP_LEGEND_TEXT: Final = _c("#37474f", "#cfd8dc")
MAP_TEXT: Final = _c("#263238", "#e8eaed")
MAP_HINT: Final = _c("#5f6b73", "#9aa7b0")
MAP_FRAME: Final = _c("#cfd8dc", "#4a5358")
MAP_SELECTION: Final = ACCENT

# --- snippets that follow the theme ----------------------------------------------------------
BOLD_STYLE: Final = "font-weight: bold;"
PLACEHOLDER_STYLE: Final = "color: palette(placeholder-text);"  # a note under a figure
LEGEND_STYLE: Final = "color: palette(mid);"  # what a table's marks mean
