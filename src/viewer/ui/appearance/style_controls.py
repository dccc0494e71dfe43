"""The theme's style drawing spin boxes, combo boxes, sliders, scroll bars and list rows.

A slider's handle is in the panel's text colour, its track in ``Theme.control``
(halfway, in contrast, between the panel and its text): the handle stands out
from the track and the track from the panel, each by 3:1 or more. The filled part
of the track is solid and the rest an outline, so the two differ by as much.
A scroll bar's thumb is in the same colour on the panel's.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QHeaderView,
    QStyle,
    QStyleOption,
    QStyleOptionComboBox,
    QStyleOptionComplex,
    QStyleOptionSlider,
    QStyleOptionSpinBox,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QWidget,
)

from viewer.ui.appearance.style_geometry import CELL_PADDING
from viewer.ui.appearance.style_parts import (
    CC,
    CE,
    EDGE,
    FOCUS,
    GAP,
    IS_FOCUSED,
    IS_SELECTED,
    RING,
    ROW_INSET,
    SC,
    Colours,
    Role,
    State,
    arrow,
    fill_rounded,
    frame,
    swapped,
    text_colour,
)

_STEP = QAbstractSpinBox.StepEnabledFlag
_ROWS = QAbstractItemView.SelectionBehavior.SelectRows


class ThemePainting(Protocol):
    """What these drawings need of the style."""

    colours: Colours

    def edge(self, o: QStyleOption, p: QPainter, rect: QRect, radius: float = 0) -> None:
        """The focus frame when ``o`` has the focus, else the 2 px edge."""

    def subControlRect(
        self,
        cc: QStyle.ComplexControl,
        opt: QStyleOptionComplex,
        sc: QStyle.SubControl,
        widget: QWidget | None = None,
    ) -> QRect:
        """Where ``sc`` of ``cc`` is."""

    def fusion_control(
        self, element: QStyle.ControlElement, o: QStyleOption, p: QPainter, w: QWidget | None
    ) -> None:
        """Fusion's own drawing of ``element``."""


def draw_spin_box(
    style: ThemePainting, o: QStyleOptionSpinBox, p: QPainter, w: QWidget | None
) -> None:
    """The field, its arrows (each drawn disabled at its limit) and its edge or focus frame."""
    if o.frame:
        p.fillRect(o.rect, o.palette.base())
    if o.buttonSymbols != QAbstractSpinBox.ButtonSymbols.NoButtons:
        up = style.subControlRect(CC.CC_SpinBox, o, SC.SC_SpinBoxUp, w)
        down = style.subControlRect(CC.CC_SpinBox, o, SC.SC_SpinBoxDown, w)
        buttons = up.united(down)
        p.fillRect(buttons, o.palette.button())
        # Lines between the field and the arrows, short of the edge: never beside the focus frame.
        line, short = style.colours.border, QRect(buttons).adjusted(GAP, GAP, -GAP, -GAP)
        p.fillRect(QRect(buttons.left() - 1, short.top(), 1, short.height()), line)
        p.fillRect(QRect(short.left(), down.top(), short.width(), 1), line)
        plus_minus = o.buttonSymbols == QAbstractSpinBox.ButtonSymbols.PlusMinus
        for rect, part, step, direction, sign in (
            (up, SC.SC_SpinBoxUp, _STEP.StepUpEnabled, Qt.ArrowType.UpArrow, "+"),
            (down.adjusted(0, 1, 0, 0), SC.SC_SpinBoxDown, _STEP.StepDownEnabled,
             Qt.ArrowType.DownArrow, "-"),
        ):  # fmt: skip
            pressed = o.activeSubControls & part and o.state & State.State_Sunken
            if pressed:
                p.fillRect(rect, o.palette.highlight())
            role = Role.HighlightedText if pressed else Role.ButtonText
            colour = text_colour(o, role, bool(o.stepEnabled & step))
            if plus_minus:
                _sign(p, rect, colour, sign)
            else:
                arrow(p, rect, direction, colour)
    if o.frame:
        style.edge(o, p, o.rect)


def _sign(p: QPainter, rect: QRect, colour: QColor, sign: str) -> None:
    size = max(6, min(rect.width(), rect.height()) // 2)
    centre = rect.center()
    p.fillRect(QRect(centre.x() - size // 2, centre.y() - 1, size, 2), colour)
    if sign == "+":
        p.fillRect(QRect(centre.x() - 1, centre.y() - size // 2, 2, size), colour)


def draw_combo_box(
    style: ThemePainting, o: QStyleOptionComboBox, p: QPainter, w: QWidget | None
) -> None:
    """The field, its arrow in the text's colour, and its edge or focus frame."""
    p.fillRect(o.rect, o.palette.base())
    down = style.subControlRect(CC.CC_ComboBox, o, SC.SC_ComboBoxArrow, w)
    arrow(p, down, Qt.ArrowType.DownArrow, text_colour(o, Role.Text))
    if o.frame:
        style.edge(o, p, o.rect)


def draw_slider(
    style: ThemePainting, o: QStyleOptionSlider, p: QPainter, w: QWidget | None
) -> None:
    """The track, filled (solid) to the handle and outlined beyond it; the handle; the focus."""
    groove = style.subControlRect(CC.CC_Slider, o, SC.SC_SliderGroove, w)
    handle = style.subControlRect(CC.CC_Slider, o, SC.SC_SliderHandle, w)
    horizontal = o.orientation == Qt.Orientation.Horizontal
    across = groove.height() if horizontal else groove.width()
    thin = max(3 * EDGE, across // 3)
    middle = handle.center()
    if horizontal:
        track = QRect(groove.left(), groove.top() + (across - thin) // 2, groove.width(), thin)
        left = QRect(track.left(), track.top(), middle.x() - track.left(), thin)
        right = QRect(middle.x(), track.top(), track.right() - middle.x() + 1, thin)
        filled = right if o.upsideDown else left
    else:
        track = QRect(groove.left() + (across - thin) // 2, groove.top(), thin, groove.height())
        top = QRect(track.left(), track.top(), thin, middle.y() - track.top())
        bottom = QRect(track.left(), middle.y(), thin, track.bottom() - middle.y() + 1)
        filled = bottom if o.upsideDown else top
    control = style.colours.control
    p.fillRect(track, o.palette.window())
    frame(p, track, control, EDGE)
    p.fillRect(filled, control)
    fill_rounded(p, handle, text_colour(o, Role.WindowText), 3)
    if o.state & FOCUS:
        frame(p, o.rect, style.colours.focus, RING)


def draw_scroll_bar(
    style: ThemePainting, o: QStyleOptionSlider, p: QPainter, w: QWidget | None
) -> None:
    """The groove in the panel's colour, the thumb in the control colour, the arrows in text."""
    horizontal = o.orientation == Qt.Orientation.Horizontal
    r = o.rect
    p.fillRect(r, o.palette.window())
    # A line between the bar and what it scrolls.
    edge = (
        QRect(r.left(), r.top(), r.width(), 1)
        if horizontal
        else QRect(r.left(), r.top(), 1, r.height())
    )
    p.fillRect(edge, style.colours.border)
    thumb = style.subControlRect(CC.CC_ScrollBar, o, SC.SC_ScrollBarSlider, w)
    if thumb.isValid() and o.maximum > o.minimum:
        pad = max(2, (thumb.height() if horizontal else thumb.width()) // 5)
        inner = thumb.adjusted(1, pad, -1, -pad) if horizontal else thumb.adjusted(pad, 1, -pad, -1)
        held = o.activeSubControls & SC.SC_ScrollBarSlider and o.state & State.State_Sunken
        colour = o.palette.color(Role.WindowText) if held else style.colours.control
        fill_rounded(p, inner, colour, 3)
    back, forward = (
        (Qt.ArrowType.LeftArrow, Qt.ArrowType.RightArrow)
        if horizontal
        else (Qt.ArrowType.UpArrow, Qt.ArrowType.DownArrow)
    )
    for part, direction, usable in (
        (SC.SC_ScrollBarSubLine, back, o.sliderValue > o.minimum),
        (SC.SC_ScrollBarAddLine, forward, o.sliderValue < o.maximum),
    ):
        rect = style.subControlRect(CC.CC_ScrollBar, o, part, w)
        if rect.isValid():
            arrow(p, rect, direction, text_colour(o, Role.WindowText, usable))


def draw_view_item(
    style: ThemePainting, o: QStyleOptionViewItem, p: QPainter, w: QWidget | None
) -> None:
    """A cell; in a focused view, the current row framed, its selection inset in the frame.

    The frame is the focus colour and the selection often is too (in the light
    theme both are the same blue): the gap of the field's colour between them
    keeps the frame 3:1 from what is on either side of it.
    """
    state = o.state.value
    framed = isinstance(w, QAbstractItemView) and _framed(o, state, w)
    first, last = _row_ends(o, w) if isinstance(w, QAbstractItemView) and framed else (True, True)
    item = QStyleOptionViewItem(o)
    # The text clear of the frame, in every row alike (the row's size allows for it).
    item.rect = o.rect.adjusted(CELL_PADDING, 0, -CELL_PADDING, 0)
    cell = o.rect
    if framed and isinstance(w, QAbstractItemView):  # closed where the view ends, if sooner
        seen = w.viewport().rect()
        first, last = first or cell.left() <= seen.left(), last or cell.right() >= seen.right()
        cell = cell.intersected(seen)
        start, end = (ROW_INSET if first else 0), (-ROW_INSET if last else 0)
        cell = cell.adjusted(start, ROW_INSET, end, -ROW_INSET)
    if state & IS_SELECTED:  # the whole cell, which Fusion would fill only behind the text
        fill = o.rect
        if framed:  # over the selection a table fills each cell with first
            alternate = o.features & QStyleOptionViewItem.ViewItemFeature.Alternate
            p.fillRect(o.rect, o.palette.color(Role.AlternateBase if alternate else Role.Base))
            inset = RING + GAP
            fill = cell.adjusted(inset if first else 0, inset, -inset if last else 0, -inset)
        p.fillRect(fill, o.palette.highlight())
        item.palette = swapped(o.palette, Role.Text, Role.HighlightedText)
    item.state = State(state & ~(IS_FOCUSED | IS_SELECTED))
    style.fusion_control(CE.CE_ItemViewItem, item, p, w)
    if not framed:
        return
    colour = style.colours.focus
    p.fillRect(QRect(cell.left(), cell.top(), cell.width(), RING), colour)
    p.fillRect(QRect(cell.left(), cell.bottom() - RING + 1, cell.width(), RING), colour)
    if first:
        p.fillRect(QRect(cell.left(), cell.top(), RING, cell.height()), colour)
    if last:
        p.fillRect(QRect(cell.right() - RING + 1, cell.top(), RING, cell.height()), colour)


def _framed(o: QStyleOptionViewItem, state: int, view: QAbstractItemView) -> bool:
    """Whether ``o`` is in the current row (or is the current cell) of a focused view."""
    if not (view.hasFocus() or view.viewport().hasFocus()):
        return False
    if view.selectionBehavior() != _ROWS:
        return bool(state & IS_FOCUSED)
    current = view.currentIndex()
    index = o.index
    return current.isValid() and index.row() == current.row() and index.parent() == current.parent()


def _row_ends(o: QStyleOptionViewItem, view: QAbstractItemView) -> tuple[bool, bool]:
    """Whether ``o`` is the first and the last cell of its row, as shown."""
    if view.selectionBehavior() != _ROWS:
        return True, True
    header: QHeaderView | None = None
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
    elif isinstance(view, QTreeView):
        header = view.header()
    if header is None:
        return True, True
    shown = header.visualIndex(o.index.column())
    return shown == 0, shown == header.count() - 1
