"""What the theme's style draws with: its measures, its colours, and the shapes it paints.

The focus frame, a control's edge, an arrow, a check mark: each drawn without
antialiasing on straight edges, so that a frame's pixels are wholly its colour
and its contrast with what is beside it is the contrast of the two colours.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QStyle, QStyleOption, QTabBar

from viewer.themes.theme import Theme

PE, CE, CC, SC = (
    QStyle.PrimitiveElement,
    QStyle.ControlElement,
    QStyle.ComplexControl,
    QStyle.SubControl,
)
PM, CT, SE = QStyle.PixelMetric, QStyle.ContentsType, QStyle.SubElement
Role = QPalette.ColorRole
State = QStyle.StateFlag
FOCUS, ENABLED, SELECTED = State.State_HasFocus, State.State_Enabled, State.State_Selected
PRESSED = State.State_Sunken | State.State_On
DISABLED = QPalette.ColorGroup.Disabled
# The same as numbers: a test of ``option.state.value`` against one of these costs
# a tenth of a test of ``option.state`` (a Python flag, made anew by each operation).
IS_FOCUSED, IS_ENABLED, IS_SELECTED, IS_PRESSED = (
    flag.value for flag in (FOCUS, ENABLED, SELECTED, PRESSED)
)

#: The focus frame (WCAG 2.4.13: at least 2 px) and a control's edge.
RING, EDGE = 3, 2
#: Between a focus frame and a selection or a slider inside it; a row's frame from its edge.
GAP, ROW_INSET = 2, 1
#: Buttons' corners and padding, as the style sheet gave them.
RADIUS, PAD_X, PAD_Y = 4, 10, 4
#: The mark along the selected tab.
TAB_MARK = 3


@dataclass(frozen=True)
class Colours:
    """The theme's colours that a palette has no role for."""

    focus: QColor
    border: QColor
    control: QColor  # slider tracks and scroll bar thumbs (``Theme.control``)

    @classmethod
    def of(cls, theme: Theme) -> Colours:
        """The colours of ``theme``."""
        return cls(QColor(theme["focus_ring"]), QColor(theme["border"]), QColor(theme.control))


_PAGE_SIDE = {  # the side of a tab towards its page
    QTabBar.Shape.RoundedNorth: "bottom",
    QTabBar.Shape.TriangularNorth: "bottom",
    QTabBar.Shape.RoundedSouth: "top",
    QTabBar.Shape.TriangularSouth: "top",
    QTabBar.Shape.RoundedWest: "right",
    QTabBar.Shape.TriangularWest: "right",
}
_SHRINK = {
    "bottom": (0, 0, 0, -1),
    "top": (0, 1, 0, 0),
    "right": (0, 0, -1, 0),
    "left": (1, 0, 0, 0),
}


def text_colour(o: QStyleOption, role: Role, usable: bool = True) -> QColor:
    """``role``'s colour in ``o``'s palette; disabled when ``o`` (or the part) is not usable."""
    if usable and o.state.value & IS_ENABLED:
        return o.palette.color(role)
    return o.palette.color(DISABLED, role)


def tab_box(rect: QRect, shape: QTabBar.Shape) -> QRect:
    """A tab's own box: ``GAP`` short of the next tab.

    So that a focus frame never touches the next tab's edge, whose colour the
    focus colour is often near.
    """
    if _PAGE_SIDE.get(shape, "left") in ("top", "bottom"):
        return rect.adjusted(0, 0, -GAP, 0)
    return rect.adjusted(0, 0, 0, -GAP)


def tab_mark(rect: QRect, shape: QTabBar.Shape) -> QRect:
    """Where a selected tab's mark is: along its side towards its page."""
    side = _PAGE_SIDE.get(shape, "left")
    if side in ("top", "bottom"):
        top = rect.top() if side == "top" else rect.bottom() - TAB_MARK + 1
        return QRect(rect.left(), top, rect.width(), TAB_MARK)
    left = rect.left() if side == "left" else rect.right() - TAB_MARK + 1
    return QRect(left, rect.top(), TAB_MARK, rect.height())


def beside_mark(rect: QRect, shape: QTabBar.Shape, room: int) -> QRect:
    """``rect`` without ``room`` on the side where a tab's mark is."""
    left, top, right, bottom = (room * k for k in _SHRINK[_PAGE_SIDE.get(shape, "left")])
    return rect.adjusted(left, top, right, bottom)


def frame(painter: QPainter, rect: QRect, colour: QColor, width: int, radius: float = 0) -> None:
    """A frame ``width`` px wide just inside ``rect`` (its corners rounded by ``radius``)."""
    if radius <= 0:
        left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
        painter.fillRect(QRect(left, top, rect.width(), width), colour)
        painter.fillRect(QRect(left, bottom - width + 1, rect.width(), width), colour)
        painter.fillRect(QRect(left, top, width, rect.height()), colour)
        painter.fillRect(QRect(right - width + 1, top, width, rect.height()), colour)
        return
    outer = QPainterPath()
    outer.addRoundedRect(QRectF(rect), radius, radius)
    inner = QPainterPath()
    inside = QRectF(rect).adjusted(width, width, -width, -width)
    inner.addRoundedRect(inside, max(radius - width, 0.0), max(radius - width, 0.0))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillPath(outer.subtracted(inner), colour)
    painter.restore()


def fill_rounded(painter: QPainter, rect: QRect, colour: QColor, radius: float) -> None:
    """Fill ``rect`` with its corners rounded."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(rect), radius, radius)
    painter.restore()


def rounded_box(
    painter: QPainter, rect: QRect, edge: tuple[QColor, int], fill: QColor, radius: float
) -> None:
    """A box with rounded corners: its fill inside an edge (a colour and a width).

    Two shapes, one over the other, rather than a ring: a button is drawn many
    times a repaint, and a ring is a path subtracted from another.
    """
    colour, width = edge
    box = QRectF(rect)
    inner = max(radius - width, 0.0)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(box, radius, radius)
    painter.setBrush(fill)
    painter.drawRoundedRect(box.adjusted(width, width, -width, -width), inner, inner)
    painter.restore()


def arrow(painter: QPainter, rect: QRect, direction: Qt.ArrowType, colour: QColor) -> None:
    """A solid triangle pointing ``direction``, centred in ``rect``."""
    centre = QRectF(rect).center()
    half = max(3.0, min(rect.width(), rect.height()) * 0.3)
    x, y, h = centre.x(), centre.y(), half / 2
    points = {
        Qt.ArrowType.UpArrow: ((x - half, y + h), (x + half, y + h), (x, y - h)),
        Qt.ArrowType.DownArrow: ((x - half, y - h), (x + half, y - h), (x, y + h)),
        Qt.ArrowType.LeftArrow: ((x + h, y - half), (x + h, y + half), (x - h, y)),
        Qt.ArrowType.RightArrow: ((x - h, y - half), (x - h, y + half), (x + h, y)),
    }[direction]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF([QPointF(px, py) for px, py in points]))
    painter.restore()


def _lines(painter: QPainter, colour: QColor, width: float, *points: tuple[float, float]) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    for start, end in zip(points[::2], points[1::2], strict=True):
        painter.drawLine(QPointF(*start), QPointF(*end))
    painter.restore()


def close_mark(painter: QPainter, rect: QRect, colour: QColor) -> None:
    """A cross, as on a tab's close button or a search field's clear button."""
    w, h = rect.width(), rect.height()
    box = QRectF(rect.x() + w * 0.28, rect.y() + h * 0.28, w * 0.44, h * 0.44)
    width = max(2.0, rect.width() / 8)
    _lines(painter, colour, width, (box.left(), box.top()), (box.right(), box.bottom()))
    _lines(painter, colour, width, (box.right(), box.top()), (box.left(), box.bottom()))


def check_mark(painter: QPainter, rect: QRect, colour: QColor, checked: bool) -> None:
    """A tick (``checked``) or a bar (partly checked) inside a check box's ``rect``."""
    r = QRectF(rect)
    width = max(2.0, r.width() / 7)
    if not checked:
        _lines(painter, colour, width, (r.left() + r.width() * 0.3, r.center().y()),
               (r.right() - r.width() * 0.3, r.center().y()))  # fmt: skip
        return
    elbow = (r.left() + r.width() * 0.42, r.bottom() - r.height() * 0.28)
    _lines(painter, colour, width, (r.left() + r.width() * 0.25, r.center().y()), elbow,
           elbow, (r.right() - r.width() * 0.22, r.top() + r.height() * 0.28))  # fmt: skip


def radio_mark(painter: QPainter, rect: QRect, colours: tuple[QColor, QColor, QColor]) -> None:
    """A round button: its fill, its 2 px edge and, if given, its dot (``colours``)."""
    fill, edge, dot = colours
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(edge, EDGE))
    painter.setBrush(fill)
    circle = QRectF(rect).adjusted(EDGE / 2, EDGE / 2, -EDGE / 2, -EDGE / 2)
    painter.drawEllipse(circle)
    if dot.alpha():
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(dot)
        painter.drawEllipse(circle.center(), circle.width() / 4, circle.height() / 4)
    painter.restore()


def swapped(palette: QPalette, target: Role, source: Role) -> QPalette:
    """``palette`` with ``target`` in the colours of ``source``, in every colour group."""
    copy = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, DISABLED):
        copy.setColor(group, target, palette.color(group, source))
    return copy


class ClearIcon(QIconEngine):
    """The search fields' clear button: a cross in the text's colour, whatever the theme.

    Drawn when shown, from the palette of then, so a theme switch needs no new icon
    (Fusion's is a dark grey picture, lost on a black field).
    """

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        """Draw the cross in ``rect``."""
        del state
        group = DISABLED if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
        close_mark(painter, rect, QGuiApplication.palette().color(group, Role.Text))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """The cross on a clear pixmap of ``size``."""
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        """Another of the same."""
        return ClearIcon()
