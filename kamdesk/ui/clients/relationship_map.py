"""A client's relationship map: the org chart from reports-to, plus who influences or fights whom.

Cards are coloured by attitude, their border grows with influence, and people nobody has met
for too long are marked. The KAM edits the lines on the map itself (drag one card onto another,
or a card's context menu); every change goes through run_op and the services.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.client import RELATION_KINDS
from kamdesk.domain.completeness import STALE_DAYS
from kamdesk.domain.orgchart import layout
from kamdesk.errors import UserError
from kamdesk.services.changes import Change, Changes
from kamdesk.services.clients.contacts import (
    ContactRecord,
    RelationRecord,
    add_relation,
    list_contacts,
    list_relations,
    remove_relation,
    set_reports_to,
)
from kamdesk.services.clients.dossier import client_name
from kamdesk.ui.clients.relationship_card import CardItem
from kamdesk.ui.clients.relationship_legend import LegendBar, paint_legend
from kamdesk.ui.clients.relationship_links import (
    LinkItem,
    arrow_head,
    bezier_point,
    conflict_mark,
    leaves_at,
    sub_curve,
)
from kamdesk.ui.clients.relationship_style import (
    COLUMN_STEP,
    INFLUENCE_STYLE,
    LEVEL_STEP,
    LINE_COLOURS,
    map_font,
)
from kamdesk.ui.clients.relationship_view import MapView
from kamdesk.ui.operations import ChangeHub, run_op
from kamdesk.ui.widgets import file_dialogs
from kamdesk.ui.widgets import style as house
from kamdesk.ui.widgets.conflicts import Pick, run_edit
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.numbers import long_date

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database


class RelationshipMap(QWidget):
    """The relationship map of one client; editable, exportable as PNG."""

    def __init__(self, db: Database, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.hub = db, hub
        self.client_id: str | None = None
        self.client_title = ""
        self.today = date.today()
        self.stale_days = STALE_DAYS
        self.contacts: list[ContactRecord] = []
        self.relations: list[RelationRecord] = []
        self.cards: dict[str, CardItem] = {}
        self.lines: list[LinkItem] = []
        self.empty_text: QGraphicsSimpleTextItem | None = None
        # What a drop of one card onto another means: returns a LINK_KINDS entry or None.
        # Tests replace it so that no menu has to be answered.
        self.choose_link: Callable[[str, str, QPoint], str | None] = self.ask_link_kind
        # How a menu pops up (modal); tests replace it to look at the menu instead.
        self.popup: Callable[[QMenu, QPoint], QAction | None] = QMenu.exec

        self.scene = QGraphicsScene(self)
        self.view = MapView(self.scene, self)
        self.view.setObjectName("relationshipView")
        self.view.link_dropped.connect(self._on_dropped)
        self.view.menu_requested.connect(self.show_card_menu)
        self.hint = QLabel(
            self.tr(
                "Drag one person onto another to link them; right-click a card for more. "
                "Ctrl+wheel zooms."
            )
        )
        self.hint.setStyleSheet(f"color: {house.MAP_HINT}")
        self.hint.setWordWrap(True)
        self.export_button = QPushButton(icon("export"), self.tr("Export PNG…"))
        self.export_button.setObjectName("exportMap")
        self.export_button.clicked.connect(self._on_export)
        self.export_button.setEnabled(False)
        self.legend = LegendBar(self)

        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.export_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 4)
        box.addLayout(top)
        box.addWidget(self.view, 1)
        box.addWidget(self.legend)
        hub.changed.connect(self._on_changed)

    # --- reading ------------------------------------------------------------------------------

    def set_client(self, client_id: str, today: date, stale_days: int = STALE_DAYS) -> None:
        self.client_id, self.today, self.stale_days = client_id, today, stale_days
        self.legend.stale_days = stale_days
        self.legend.update()
        self.view.zoom = 1.0
        self.refresh()

    def refresh(self) -> None:
        if self.client_id is None:
            return
        try:
            with self.db.reading() as session:
                self.client_title = client_name(session, self.client_id)
                self.contacts = list_contacts(session, self.client_id)
                self.relations = list_relations(session, self.client_id)
        except UserError:  # the client was deleted meanwhile
            self.client_title, self.contacts, self.relations = "", [], []
        self._rebuild()

    def _on_changed(self, changes: Changes) -> None:
        if self.client_id is not None and changes & {Change.CONTACTS, Change.CLIENTS}:
            self.refresh()

    # --- drawing ------------------------------------------------------------------------------

    def _rebuild(self) -> None:
        self.view.reset()
        self.scene.clear()
        self.cards, self.lines, self.empty_text = {}, [], None
        self.export_button.setEnabled(bool(self.contacts))
        self.legend.setVisible(bool(self.contacts))
        self.hint.setVisible(bool(self.contacts))
        if not self.contacts:
            self.empty_text = self.scene.addSimpleText(
                self.tr("No contacts yet: add people on the Contacts page."), map_font(15)
            )
            self.empty_text.setBrush(QColor(house.MAP_HINT))
            self._fit()
            return
        ids = {c.id for c in self.contacts}
        has_reports = {c.data.reports_to_id for c in self.contacts}
        # People outside any hierarchy would each take a column of their own: they stand in a
        # compact block right of the trees instead, under a caption that invites placing them.
        loners = [
            c for c in self.contacts if c.data.reports_to_id not in ids and c.id not in has_reports
        ]
        tree = [c for c in self.contacts if c not in loners]
        positions = layout([(c.id, c.data.reports_to_id) for c in tree])
        columns = max((col for col, _ in positions.values()), default=-1.0) + 1
        levels = max((lvl for _, lvl in positions.values()), default=-1) + 1
        if loners:
            rows = levels if levels >= 2 else max(1, round(math.sqrt(len(loners) / 2)))
            start = columns + 0.15 if tree else 0.0
            across = math.ceil(len(loners) / rows)
            for i, record in enumerate(loners):
                # beside a tree: down the block's columns; on their own: read like text
                col, row = (i // rows, i % rows) if tree else (i % across, i // across)
                positions[record.id] = (start + col, row)
            if tree:
                caption = self.scene.addSimpleText(
                    self.tr("Not placed in the hierarchy"), map_font(12, italic=True)
                )
                caption.setBrush(QColor(house.MAP_HINT))
                caption.setPos(start * COLUMN_STEP - INFLUENCE_STYLE["high"][0] / 2, -34)
        for record in tree + loners:
            card = CardItem(record, today=self.today, stale_days=self.stale_days)
            column, level = positions[record.id]
            card.setPos(column * COLUMN_STEP, level * LEVEL_STEP)
            self.scene.addItem(card)
            self.cards[record.id] = card
        for record in tree:
            boss = record.data.reports_to_id
            if boss in self.cards and positions[record.id][1] == positions[boss][1] + 1:
                self._add_formal(record.id, boss)
        used: dict[frozenset[str], list[float]] = {}
        for rel in self.relations:
            if rel.from_contact_id in self.cards and rel.to_contact_id in self.cards:
                pair = frozenset((rel.from_contact_id, rel.to_contact_id))
                used.setdefault(pair, []).append(self._add_informal(rel, used.get(pair, [])))
        self._fit()

    def _add_formal(self, contact_id: str, boss_id: str) -> None:
        top, bottom = self.cards[boss_id].scene_rect(), self.cards[contact_id].scene_rect()
        mid = top.bottom() + (bottom.top() - top.bottom()) / 2
        path = QPainterPath(QPointF(top.center().x(), top.bottom()))
        path.lineTo(top.center().x(), mid)
        path.lineTo(bottom.center().x(), mid)
        path.lineTo(bottom.center().x(), bottom.top())
        item = LinkItem("reports_to", contact_id, boss_id)
        item.setPath(path)
        item.setToolTip(
            self.tr("{a} reports to {b}").format(a=self._name(contact_id), b=self._name(boss_id))
        )
        self.scene.addItem(item)
        self.lines.append(item)

    def _add_informal(self, rel: RelationRecord, taken: list[float]) -> float:
        """Draw a curved line; returns its bend so that the pair's next line bends elsewhere."""
        a_rect = self.cards[rel.from_contact_id].scene_rect()
        b_rect = self.cards[rel.to_contact_id].scene_rect()
        a, b = a_rect.center(), b_rect.center()
        # the normal of the pair, the same for both directions: up, or right when vertical
        lo, hi = sorted((rel.from_contact_id, rel.to_contact_id))
        d = self.cards[hi].scene_rect().center() - self.cards[lo].scene_rect().center()
        length = math.hypot(d.x(), d.y()) or 1.0
        normal = QPointF(-d.y() / length, d.x() / length)
        if normal.y() > 1e-6 or (abs(normal.y()) <= 1e-6 and normal.x() < 0):
            normal = -normal
        base = min(0.2 * length, 70.0) + 14.0
        others = [
            card.scene_rect().adjusted(-6, -6, 6, 6)
            for cid, card in self.cards.items()
            if cid not in (rel.from_contact_id, rel.to_contact_id)
        ]
        mid = (a + b) / 2

        def curve_for(bend: float) -> tuple[QPointF, QPointF, QPointF]:
            return (a, QPointF(mid.x() + normal.x() * bend, mid.y() + normal.y() * bend), b)

        def cost(bend: float) -> float:
            # lines run behind the cards: prefer a bend that crosses no other card
            curve = curve_for(bend)
            hidden = sum(
                1
                for i in range(1, 40)
                if any(r.contains(bezier_point(*curve, i / 40)) for r in others)
            )
            clash = sum(100 for t in taken if abs(t - bend) < base * 0.6)
            return hidden + clash + abs(bend) / base * 0.5

        bend = min((base * f for f in (1, -1, 2, -2, 3.2, -3.2, 4.5, -4.5)), key=cost)
        curve = curve_for(bend)
        arrow = rel.kind == "influences"
        t0 = leaves_at(curve, a_rect.adjusted(-2, -2, 2, 2), entering=False)
        t_tip = leaves_at(curve, b_rect.adjusted(-2, -2, 2, 2), entering=True)
        t1 = leaves_at(curve, b_rect.adjusted(-9, -9, 9, 9), entering=True) if arrow else t_tip
        item = LinkItem(rel.kind, rel.from_contact_id, rel.to_contact_id, rel.id)
        item.setPath(sub_curve(curve, t0, t1))
        if arrow:
            tip = bezier_point(*curve, t_tip)
            head = QGraphicsPolygonItem(
                arrow_head(tip, tip - bezier_point(*curve, max(t0, t_tip - 0.02))), item
            )
            head.setBrush(QBrush(QColor(LINE_COLOURS["influences"])))
            head.setPen(Qt.PenStyle.NoPen)
            text = self.tr("{a} influences {b}")
        else:
            mark = QGraphicsPathItem(conflict_mark(bezier_point(*curve, (t0 + t1) / 2)), item)
            mark.setPen(QPen(QColor(LINE_COLOURS["conflicts"]), 1.6))
            mark.setBrush(QColor(house.ON_DARK))
            text = self.tr("{a} and {b} are in conflict")
        tip_text = text.format(a=self._name(rel.from_contact_id), b=self._name(rel.to_contact_id))
        item.setToolTip(tip_text + (f"<br><i>{rel.note}</i>" if rel.note else ""))
        self.scene.addItem(item)
        self.lines.append(item)
        return bend

    def _fit(self) -> None:
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-24, -24, 24, 24))
        self.view.fit()

    def _name(self, contact_id: str) -> str:
        for c in self.contacts:
            if c.id == contact_id:
                return c.name
        return "?"

    def _label(self, record: ContactRecord) -> str:
        """The name, with the position when two people share it."""
        same = sum(1 for c in self.contacts if c.name == record.name)
        if same > 1 and record.data.position:
            return f"{record.name} ({record.data.position})"
        return record.name

    # --- editing ------------------------------------------------------------------------------

    def set_boss(self, contact_id: str, boss_id: str | None) -> bool:
        """contact reports to boss (None: to nobody); False when refused or failed. A line
        changed meanwhile elsewhere to another boss is shown with both to choose from."""
        shown = next((c.data.reports_to_id for c in self.contacts if c.id == contact_id), None)
        base = {"reports_to_id": shown}

        def change(session: Session, pick: Pick) -> bool:
            boss = pick.mine({"reports_to_id": boss_id})["reports_to_id"]
            set_reports_to(session, contact_id, boss, base=pick.rebase(base))
            return True

        def show(_name: str, value: object) -> str:
            return self._name(str(value)) if value else self.tr("nobody")

        labels = {"reports_to_id": self.tr("Reports to")}
        return bool(run_edit(self, self.db, self.hub, change, labels=labels, show=show))

    def make_relation(self, from_id: str, to_id: str, kind: str) -> bool:
        """A line from one person to another: reports_to, influences or conflicts."""
        if kind == "reports_to":
            return self.set_boss(from_id, to_id)
        if kind not in RELATION_KINDS:
            raise ValueError(f"unknown kind of relation: {kind}")

        def change(session: Session) -> str:
            return add_relation(session, from_id, to_id, kind)

        return run_op(self, self.db, self.hub, change) is not None

    def remove_link(self, relation_id: str) -> bool:
        def change(session: Session) -> bool:
            remove_relation(session, relation_id)
            return True

        return bool(run_op(self, self.db, self.hub, change))

    def ask_link_kind(self, from_id: str, to_id: str, where: QPoint) -> str | None:
        menu = self.build_drop_menu(from_id, to_id)
        chosen = self.popup(menu, where)
        menu.deleteLater()
        return str(chosen.data()) if chosen is not None else None

    def build_drop_menu(self, from_id: str, to_id: str) -> QMenu:
        a, b = self._name(from_id), self._name(to_id)
        menu = QMenu(self)
        for kind, text in (
            ("reports_to", self.tr("{a} reports to {b}")),
            ("influences", self.tr("{a} influences {b}")),
            ("conflicts", self.tr("{a} and {b} are in conflict")),
        ):
            menu.addAction(text.format(a=a, b=b)).setData(kind)
        return menu

    def _on_dropped(self, from_id: str, to_id: str, where: QPoint) -> None:
        kind = self.choose_link(from_id, to_id, where)
        if kind is not None:
            self.make_relation(from_id, to_id, kind)

    def show_card_menu(self, contact_id: str, where: QPoint) -> None:
        menu = self.build_card_menu(contact_id)
        self.popup(menu, where)
        menu.deleteLater()

    def build_card_menu(self, contact_id: str) -> QMenu:
        """Reports to ▸, Influences ▸, In conflict with ▸, Remove relation ▸ for one card."""
        me = next(c for c in self.contacts if c.id == contact_id)
        others = [c for c in self.contacts if c.id != contact_id]
        menu = QMenu(self)
        bosses = menu.addMenu(self.tr("Reports to"))
        nobody = bosses.addAction(self.tr("(nobody)"))
        nobody.setCheckable(True)
        nobody.setChecked(me.data.reports_to_id is None)
        nobody.triggered.connect(lambda _=False: self.set_boss(contact_id, None))
        bosses.addSeparator()
        for other in others:
            act = bosses.addAction(self._label(other))
            act.setCheckable(True)
            act.setChecked(me.data.reports_to_id == other.id)
            act.setData(("reports_to", other.id))
            act.triggered.connect(lambda _=False, o=other.id: self.set_boss(contact_id, o))
        mine = [r for r in self.relations if contact_id in (r.from_contact_id, r.to_contact_id)]
        for kind, title in (
            ("influences", self.tr("Influences")),
            ("conflicts", self.tr("In conflict with")),
        ):
            sub = menu.addMenu(title)
            for other in others:
                act = sub.addAction(self._label(other))
                act.setData((kind, other.id))
                exists = any(
                    r.kind == kind
                    and (
                        (r.from_contact_id, r.to_contact_id) == (contact_id, other.id)
                        or (kind == "conflicts" and r.from_contact_id == other.id)
                    )
                    for r in mine
                )
                act.setCheckable(True)
                act.setChecked(exists)
                act.setEnabled(not exists)  # remove it through "Remove relation"
                act.triggered.connect(
                    lambda _=False, o=other.id, k=kind: self.make_relation(contact_id, o, k)
                )
        menu.addSeparator()
        remove = menu.addMenu(self.tr("Remove relation"))
        for rel in mine:
            if rel.kind == "conflicts":
                other_id = (
                    rel.to_contact_id if rel.from_contact_id == contact_id else rel.from_contact_id
                )
                text = self.tr("In conflict with {b}").format(b=self._name(other_id))
            elif rel.from_contact_id == contact_id:
                text = self.tr("Influences {b}").format(b=self._name(rel.to_contact_id))
            else:
                text = self.tr("Influenced by {b}").format(b=self._name(rel.from_contact_id))
            act = remove.addAction(text)
            act.setData(("remove", rel.id))
            act.triggered.connect(lambda _=False, r=rel.id: self.remove_link(r))
        remove.setEnabled(bool(mine))
        return menu

    # --- export -------------------------------------------------------------------------------

    def export_png(self, path: Path) -> bool:
        """The map with a title and the legend, at twice screen resolution for print."""
        if self.client_id is None:
            return False
        source = self.scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)
        width = max(source.width(), 820.0)
        title_h = 46.0
        legend_h = paint_legend(None, QRectF(0, 0, width - 40, 0), self.stale_days) + 24
        scale = 2.0
        image = QImage(
            math.ceil(width * scale),
            math.ceil((title_h + source.height() + legend_h) * scale),
            QImage.Format.Format_ARGB32,
        )
        image.fill(QColor(house.ON_DARK))
        painter = QPainter(image)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        painter.scale(scale, scale)
        painter.setFont(map_font(17, bold=True))
        painter.setPen(QColor(house.MAP_TEXT))
        day = long_date(self.today)
        painter.drawText(
            QRectF(20, 8, width - 40, title_h - 8),
            Qt.AlignmentFlag.AlignVCenter,
            self.tr("Relationship map · {client} · {day}").format(
                client=self.client_title, day=day
            ),
        )
        target = QRectF((width - source.width()) / 2, title_h, source.width(), source.height())
        self.scene.render(painter, target, source)
        painter.setPen(QPen(QColor(house.MAP_FRAME), 1))
        legend_top = title_h + source.height() + 8
        painter.drawLine(QPointF(20, legend_top), QPointF(width - 20, legend_top))
        paint_legend(painter, QRectF(20, legend_top + 6, width - 40, legend_h), self.stale_days)
        painter.end()
        # PNG whatever the file is called; the stubs want bytes, the runtime wants str
        return bool(image.save(str(path), "PNG"))  # type: ignore[call-overload]

    def _on_export(self) -> None:
        chosen = file_dialogs.save_file(
            self,
            "image",
            self.tr("Export relationship map"),
            self.tr("Relationship map - {client}.png").format(client=self.client_title),
            self.tr("PNG images (*.png)"),
        )
        if chosen is None:
            return
        path = chosen if chosen.suffix.lower() == ".png" else chosen.with_name(chosen.name + ".png")
        if not self.export_png(path):
            QMessageBox.warning(
                self, self.tr("Not exported"), self.tr("Could not write {path}.").format(path=path)
            )
