"""The relationship map's look and words: colours by attitude, card sizes by influence, line
pens by kind, the map's fonts and the labels of attitudes, influence and buying roles.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPen,
)
from PySide6.QtWidgets import QApplication

from kamdesk.domain.client import RELATION_KINDS
from kamdesk.ui.widgets import style as house

LINK_KINDS = ("reports_to", *RELATION_KINDS)  # what a drag from one card onto another can mean


INFLUENCE_STYLE = {
    "high": (196.0, 4.0),
    "medium": (182.0, 2.0),
    "low": (170.0, 1.0),
}  # width, border


LINE_COLOURS = house.RELATION_LINE_COLOURS


STALE_FILL, STALE_INK, STALE_BORDER = house.STALE_FILL, house.STALE_INK, house.STALE_BORDER


CARD_H = 112.0


COLUMN_STEP = 218.0


LEVEL_STEP = CARD_H + 76.0


MIN_SCALE = 0.35


def tr_map(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("RelationshipMap", text, disambiguation, n)


def map_font(pixels: int, *, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(QApplication.font())
    font.setPixelSize(pixels)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def link_pen(kind: str) -> QPen:
    pen = QPen(QColor(LINE_COLOURS[kind]), 1.8)
    if kind == "influences":
        pen.setWidthF(2.0)
        pen.setDashPattern([5.0, 3.0])
    elif kind == "conflicts":
        pen.setWidthF(2.6)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setDashPattern([0.01, 2.2])
    return pen


def attitude_label(attitude: str) -> str:
    return {
        "champion": tr_map("Champion"),
        "supporter": tr_map("Supporter"),
        "neutral": tr_map("Neutral"),
        "sceptic": tr_map("Sceptic"),
        "opponent": tr_map("Opponent"),
    }.get(attitude, attitude)


def influence_label(influence: str, *, long: bool = False) -> str:
    if long:
        return {
            "high": tr_map("High influence"),
            "medium": tr_map("Medium influence"),
            "low": tr_map("Low influence"),
        }.get(influence, influence)
    return {"high": tr_map("high"), "medium": tr_map("medium"), "low": tr_map("low")}.get(
        influence, influence
    )


def role_label(role: str) -> str:
    return {
        "decision maker": tr_map("Decision maker"),
        "approver": tr_map("Approver"),
        "evaluator": tr_map("Evaluator"),
        "user": tr_map("User"),
        "gatekeeper": tr_map("Gatekeeper"),
        "champion": tr_map("Champion"),
    }.get(role, role)
