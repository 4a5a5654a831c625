"""The one place kamdesk's colours and shared style-sheet snippets live.

Every colour has a name that says what it means (muted text, an error, a readiness state, an
ABC class, a kind of meeting…), so a screen never spells a hex value of its own: a test
(tests/ui/test_style.py) fails on any colour literal elsewhere in kamdesk/ui. Colours are hex
strings, usable both in style sheets and as QColor(NAME).
"""

from __future__ import annotations

from typing import Final

# --- text -----------------------------------------------------------------------------------
TEXT: Final = "#202124"  # the darkest ink: a selected day's outline
TEXT_DEFAULT: Final = "#000000"  # plain black, for a value without a colour of its own
TEXT_WEAK: Final = "#3c4043"  # secondary, still read
TEXT_MUTED: Final = "#5f6368"  # hints, notes, what the eye may skip
TEXT_QUIET: Final = "#616161"  # a comparison's footnote
TEXT_FAINT: Final = "#555555"  # columns a file leaves unmapped
TEXT_ON_TINT: Final = "#1a1a1a"  # stays readable on a tinted row in a dark theme
TEXT_INACTIVE: Final = "#8a8a8a"  # an inactive product, a past promotion
ON_DARK: Final = "#ffffff"  # text on a dark fill
LINK: Final = "#1a57b5"
HEADING: Final = "#174ea6"  # a reminder's heading, the leave-now banner

# --- what went well or wrong ----------------------------------------------------------------
ERROR: Final = "#b00020"
ERROR_BACKGROUND: Final = "#fdecea"
DANGER: Final = "#c62828"  # a missing piece of a meeting's preparation
ALERT: Final = "#b71c1c"  # a cancelled order, a critical or mono-client dependency
WARNING: Final = "#b26a00"
WARNING_BACKGROUND: Final = "#fff4e0"
WARNING_STRONG: Final = "#e65100"  # a partly delivered line, a critical client's badge
OK: Final = "#2e7d32"
OK_BACKGROUND: Final = "#e8f5e9"
OK_STRONG: Final = "#1b5e20"
ACCENT: Final = "#1565c0"  # confirmed, planned, upcoming, a key client
BORDER: Final = "#dadce0"
PANEL_BACKGROUND: Final = "#f8f9fa"
BAD_CELL: Final = "#fde3e1"  # a cell an import cannot read

# a message that asks for care (a delivery that differs from the order)
CAUTION_TEXT: Final = "#8a3b00"
CAUTION_BACKGROUND: Final = "#fff1e0"
CAUTION_BORDER: Final = "#e67e22"
# the order's note to the KAM, on yellow paper
NOTE_TEXT: Final = "#5d4037"
NOTE_BACKGROUND: Final = "#fff8e1"
NOTE_BORDER: Final = "#ffe082"

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
    """White words on a coloured strip: an order's status, a client's category."""
    return f"background:{background}; color:white;"


# --- orders, meetings and promotions by status ----------------------------------------------
ORDER_STATUS_COLOURS: Final = {
    "draft": TEXT_MUTED,
    "confirmed": ACCENT,
    "shipped": "#00838f",
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
READY_RED: Final = "#d93025"
READY_AMBER: Final = "#e37400"
READY_GREEN: Final = "#188038"
READY_PALE: Final = {"red": "#fce8e6", "amber": "#fef7e0", "green": "#e6f4ea"}

# --- the calendar ---------------------------------------------------------------------------
GRID: Final = BORDER
GRID_HALF: Final = "#eceef1"
OFF_HOURS: Final = "#f6f7f9"
WEEKEND: Final = "#f1f3f4"
SELECTED_DAY: Final = "#f2f6fd"
MEETING_BLUE: Final = "#1a73e8"  # a meeting's accent, a meeting happening now
CALL_TEXT: Final = "#0d652d"
# kind -> (fill, accent bar, text)
MEETING_KIND_COLOURS: Final = {
    "meeting": ("#e8f0fe", MEETING_BLUE, HEADING),
    "call": (READY_PALE["green"], READY_GREEN, CALL_TEXT),
    "done": (WEEKEND, "#9aa0a6", TEXT_MUTED),
    "cancelled": (ON_DARK, "#c4c7c5", "#9aa0a6"),
}

# --- key clients: ABC classes and dependency ------------------------------------------------
ABC_COLOURS: Final = {"A": "#1f4e79", "B": "#4f8fc9", "C": "#a9c7e8"}
OTHERS_COLOUR: Final = "#c4c9d0"  # the clients after the top ones, as one bar
CUMULATIVE_LINE: Final = "#d9822b"
GUIDE_LINE: Final = "#7a7a7a"
GUIDE_DASH: Final = "#8a9099"
CRITICAL_BACKGROUND: Final = "#fff1dc"
MONO_BACKGROUND: Final = BAD_CELL
# level -> (background, accent, text) of the Today alerts
DEPENDENCY_ALERTS: Final = {
    "mono": (MONO_BACKGROUND, ERROR, "#5c0010"),
    "critical": (CRITICAL_BACKGROUND, "#d97b00", "#4d2c00"),
}
# category -> the dossier's badge colour
CATEGORY_BADGES: Final = {"mono": ALERT, "critical": WARNING_STRONG, "key": ACCENT}

# --- returns and refusals -------------------------------------------------------------------
TOP_CAUSE: Final = "#c0392b"  # the cause to act on first
CAUSE: Final = ABC_COLOURS["B"]

# --- people: attitude to us -----------------------------------------------------------------
# attitude -> (fill, ink): the relationship map's cards and the dossier's contact list show
# the same colours; the dark fills carry white ink
ATTITUDE_COLOURS: Final = {
    "champion": (OK, ON_DARK),
    "supporter": ("#b9e3b5", "#14301a"),
    "neutral": ("#e3e5e8", "#22262a"),
    "sceptic": ("#ffb65c", "#2e1a00"),
    "opponent": (DANGER, ON_DARK),
}

# --- the relationship map ------------------------------------------------------------------
RELATION_LINE_COLOURS: Final = {
    "reports_to": "#546e7a",
    "influences": ACCENT,
    "conflicts": "#d32f2f",
}
STALE_FILL: Final = "#fff1c2"
STALE_INK: Final = "#6d4700"
STALE_BORDER: Final = NOTE_TEXT
OPINION_LEADER_BADGE: Final = ("#5e35b1", ON_DARK)  # (fill, ink)
VIP_BADGE: Final = ("#ffd54f", "#3e2723")
COUNT_BADGE: Final = (DANGER, ON_DARK)  # (fill, ink): open conflicts on the Sync entry
MAP_BACKGROUND: Final = "#f7f8fa"
MAP_EDGE: Final = "#455a64"
MAP_CARD_EMPTY: Final = ATTITUDE_COLOURS["neutral"][0]
MAP_LEGEND_TEXT: Final = "#37474f"
MAP_TEXT: Final = "#263238"
MAP_HINT: Final = "#5f6b73"
MAP_FRAME: Final = "#cfd8dc"
MAP_SELECTION: Final = ACCENT

# --- snippets that follow the theme ----------------------------------------------------------
BOLD_STYLE: Final = "font-weight: bold;"
PLACEHOLDER_STYLE: Final = "color: palette(placeholder-text);"  # a note under a figure
LEGEND_STYLE: Final = "color: palette(mid);"  # what a table's marks mean
