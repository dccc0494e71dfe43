"""The style every widget is drawn in: Fusion, with its edges, focus and parts from the theme.

There is no style sheet: colours come from the palette (and the three a palette
has no role for from ``Colours``) as each widget is painted, so a theme switch is
a palette change and a zoom step a font change, neither of which re-polishes a
widget. Drawn here, over Fusion: the focus frame (3 px in the theme's focus
colour, WCAG 2.4.13) in place of a control's 2 px edge, so that it is only ever
beside the panel and the control's own fill, never beside the edge's colour;
sliders and scroll bars in three colours 3:1 apart (WCAG 1.4.11); spin box
arrows; the current row of a focused list in a frame of its own, its selection
inset within it (those four in ``style_controls``). The measures are in
``style_geometry``, the shapes in ``style_parts``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFrame,
    QStyle,
    QStyleOption,
    QStyleOptionButton,
    QStyleOptionComplex,
    QStyleOptionTab,
    QWidget,
)

from viewer.ui.appearance.style_controls import (
    draw_combo_box,
    draw_scroll_bar,
    draw_slider,
    draw_spin_box,
    draw_view_item,
)
from viewer.ui.appearance.style_geometry import StyleGeometry
from viewer.ui.appearance.style_parts import (
    CC,
    CE,
    DISABLED,
    EDGE,
    FOCUS,
    GAP,
    IS_ENABLED,
    IS_FOCUSED,
    IS_PRESSED,
    IS_SELECTED,
    PE,
    PRESSED,
    RADIUS,
    RING,
    SELECTED,
    TAB_MARK,
    Role,
    State,
    beside_mark,
    check_mark,
    close_mark,
    frame,
    radio_mark,
    rounded_box,
    swapped,
    tab_box,
    tab_mark,
    text_colour,
)

Draw = Callable[[Any, QPainter, QWidget | None], None]


class ThemeStyle(StyleGeometry):
    """Fusion, drawing the focus frame, edges and controls' parts in the theme's colours."""

    def __init__(self) -> None:
        super().__init__()
        # Looked up for every element drawn: a table rather than a chain of tests.
        self._primitives: dict[QStyle.PrimitiveElement, Draw] = {
            PE.PE_FrameFocusRect: lambda o, p, _w: frame(p, o.rect, self.colours.focus, RING),
            PE.PE_PanelButtonCommand: lambda o, p, _w: self._button_panel(o, p),
            PE.PE_PanelLineEdit: self._line_edit,
            PE.PE_FrameLineEdit: lambda o, p, _w: self.edge(o, p, o.rect),
            PE.PE_PanelMenu: self._menu_panel,
            PE.PE_FrameMenu: lambda o, p, _w: frame(p, o.rect, self.colours.border, 1),
            PE.PE_PanelMenuBar: lambda o, p, _w: p.fillRect(o.rect, o.palette.window()),
            PE.PE_FrameTabWidget: lambda o, p, _w: frame(p, o.rect, self.colours.border, EDGE),
            PE.PE_IndicatorTabClose: self._close_button,
            PE.PE_IndicatorCheckBox: self._check_box,
            PE.PE_IndicatorItemViewItemCheck: self._check_box,
            PE.PE_IndicatorRadioButton: self._radio_button,
        }
        self._controls: dict[QStyle.ControlElement, Draw] = {
            CE.CE_PushButton: self._push_button,
            CE.CE_ShapedFrame: self._scroll_area_frame,
            CE.CE_CheckBox: partial(self._inset_with_ring, CE.CE_CheckBox),
            CE.CE_RadioButton: partial(self._inset_with_ring, CE.CE_RadioButton),
            CE.CE_ComboBoxLabel: partial(self._in, CE.CE_ComboBoxLabel, Role.Text),
            CE.CE_HeaderLabel: partial(self._in, CE.CE_HeaderLabel, Role.WindowText),
            CE.CE_HeaderSection: self._header_section,
            CE.CE_TabBarTabShape: self._tab_shape,
            CE.CE_TabBarTabLabel: self._tab_label,
            CE.CE_MenuItem: self._menu_item,
            CE.CE_MenuBarItem: self._menu_bar_item,
            CE.CE_MenuBarEmptyArea: lambda o, p, _w: p.fillRect(o.rect, o.palette.window()),
            CE.CE_ItemViewItem: partial(draw_view_item, self),
        }
        self._complex: dict[QStyle.ComplexControl, Draw] = {
            CC.CC_SpinBox: partial(draw_spin_box, self),
            CC.CC_ComboBox: partial(draw_combo_box, self),
            CC.CC_Slider: partial(draw_slider, self),
            CC.CC_ScrollBar: partial(draw_scroll_bar, self),
        }

    def drawPrimitive(  # noqa: D102 (Qt's)
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        draw = self._primitives.get(element)
        if draw is None:
            super().drawPrimitive(element, option, painter, widget)
        else:
            draw(option, painter, widget)

    def drawControl(  # noqa: D102 (Qt's)
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        draw = self._controls.get(element)
        if draw is None:
            super().drawControl(element, option, painter, widget)
        else:
            draw(option, painter, widget)

    def drawComplexControl(  # noqa: D102 (Qt's)
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        draw = self._complex.get(control)
        if draw is None:
            super().drawComplexControl(control, option, painter, widget)
        else:
            draw(option, painter, widget)

    def fusion_control(
        self, element: QStyle.ControlElement, o: QStyleOption, p: QPainter, w: QWidget | None
    ) -> None:
        """Fusion's own drawing of ``element`` (for the parts drawn elsewhere)."""
        super().drawControl(element, o, p, w)

    # Edges and panels -------------------------------------------------------------------

    def edge(self, o: QStyleOption, p: QPainter, rect: QRect, radius: float = 0) -> None:
        """The focus frame when ``o`` has the focus, else the 2 px edge."""
        frame(p, rect, *self.edge_of(o), radius)

    def edge_of(self, o: QStyleOption) -> tuple[QColor, int]:
        """The colour and width of ``o``'s edge: the focus frame, the border, or disabled."""
        state = o.state.value
        if state & IS_FOCUSED:
            return self.colours.focus, RING
        if state & IS_ENABLED:
            return self.colours.border, EDGE
        return o.palette.color(DISABLED, Role.Text), EDGE

    def edge_colour(self, o: QStyleOption) -> QColor:
        """The colour of a control's edge: the theme's border, or disabled text's."""
        if o.state.value & IS_ENABLED:
            return self.colours.border
        return o.palette.color(DISABLED, Role.Text)

    def _button_panel(self, o: QStyleOption, p: QPainter) -> None:
        role = Role.Highlight if o.state.value & IS_PRESSED else Role.Button
        rounded_box(p, o.rect, self.edge_of(o), o.palette.color(role), RADIUS)

    def _line_edit(self, o: Any, p: QPainter, w: QWidget | None) -> None:
        if o.lineWidth <= 0:  # inside a spin box or combo box, which draws the edge
            super().drawPrimitive(PE.PE_PanelLineEdit, o, p, w)
            return
        p.fillRect(o.rect, o.palette.base())
        self.edge(o, p, o.rect)

    def _scroll_area_frame(self, o: QStyleOption, p: QPainter, w: QWidget | None) -> None:
        if not isinstance(w, QAbstractScrollArea) or w.frameShape() != QFrame.Shape.Box:
            super().drawControl(CE.CE_ShapedFrame, o, p, w)
        elif isinstance(w, QAbstractItemView):  # its frame is 3 px (``make_room``)
            frame(p, o.rect, o.palette.color(Role.Base), RING)  # under a 2 px edge
            self.edge(o, p, o.rect)
        else:  # the page, which frames the block being read itself
            frame(p, o.rect, self.colours.border, EDGE)

    def _menu_panel(self, o: QStyleOption, p: QPainter, _w: QWidget | None) -> None:
        p.fillRect(o.rect, o.palette.window())
        frame(p, o.rect, self.colours.border, 1)

    def _close_button(self, o: QStyleOption, p: QPainter, _w: QWidget | None) -> None:
        if o.state & (State.State_Raised | PRESSED):  # pointed at or pressed
            frame(p, o.rect, self.colours.border, 1)
        close_mark(p, o.rect, text_colour(o, Role.WindowText))

    def _check_box(self, o: QStyleOption, p: QPainter, _w: QWidget | None) -> None:
        p.fillRect(o.rect, o.palette.base())
        frame(p, o.rect, self.edge_colour(o), EDGE)
        if o.state & (State.State_On | State.State_NoChange):
            check_mark(p, o.rect, text_colour(o, Role.Text), bool(o.state & State.State_On))

    def _radio_button(self, o: QStyleOption, p: QPainter, _w: QWidget | None) -> None:
        dot = text_colour(o, Role.Text) if o.state & State.State_On else QColor(0, 0, 0, 0)
        radio_mark(p, o.rect, (o.palette.color(Role.Base), self.edge_colour(o), dot))

    # Buttons, labels, headers, tabs, menus ----------------------------------------------

    def _push_button(self, o: QStyleOptionButton, p: QPainter, w: QWidget | None) -> None:
        state = o.state.value
        pressed = bool(state & IS_PRESSED)
        if not o.features & QStyleOptionButton.ButtonFeature.Flat or pressed:
            self._button_panel(o, p)
        elif state & IS_FOCUSED:
            frame(p, o.rect, self.colours.focus, RING, RADIUS)
        label = QStyleOptionButton(o)
        inset = RING + 1
        label.rect = o.rect.adjusted(inset, inset, -inset, -inset)
        label.state = State(state & ~IS_FOCUSED)
        if pressed:
            label.palette = swapped(o.palette, Role.ButtonText, Role.HighlightedText)
        super().drawControl(CE.CE_PushButtonLabel, label, p, w)

    def _inset_with_ring(
        self, element: QStyle.ControlElement, o: QStyleOptionButton, p: QPainter, w: QWidget | None
    ) -> None:
        inner = QStyleOptionButton(o)
        inset = RING + 1
        inner.rect = o.rect.adjusted(inset, inset, -inset, -inset)
        inner.state &= ~FOCUS
        super().drawControl(element, inner, p, w)
        if o.state & FOCUS:
            frame(p, o.rect, self.colours.focus, RING)

    def _in(
        self, element: QStyle.ControlElement, role: Role, o: Any, p: QPainter, w: QWidget | None
    ) -> None:
        """Fusion's ``element`` with its text (button text to Fusion) in ``role``."""
        label = type(o)(o)
        label.palette = swapped(o.palette, Role.ButtonText, role)
        super().drawControl(element, label, p, w)

    def _header_section(self, o: QStyleOption, p: QPainter, _w: QWidget | None) -> None:
        # Lines after and below each section only: the top and the start are the
        # list's edge, where its focus frame is drawn, which must not touch a line.
        r = o.rect
        p.fillRect(r, o.palette.window())
        p.fillRect(QRect(r.right(), r.top(), 1, r.height()), self.colours.border)
        p.fillRect(QRect(r.left(), r.bottom(), r.width(), 1), self.colours.border)

    def _tab_shape(self, o: QStyleOptionTab, p: QPainter, _w: QWidget | None) -> None:
        r = tab_box(o.rect, o.shape)
        selected = o.state & SELECTED
        p.fillRect(r, o.palette.color(Role.Window if selected else Role.Button))
        self.edge(o, p, r)  # the focus frame on the current tab of a focused tab bar
        if selected:  # a mark on the side towards the page, clear of the focus frame
            inner = r.adjusted(RING + GAP, RING + GAP, -RING - GAP, -RING - GAP)
            p.fillRect(tab_mark(inner, o.shape), text_colour(o, Role.WindowText))

    def _tab_label(self, o: QStyleOptionTab, p: QPainter, w: QWidget | None) -> None:
        label = QStyleOptionTab(o)
        label.state &= ~FOCUS  # framed by the shape
        label.rect = beside_mark(tab_box(o.rect, o.shape), o.shape, TAB_MARK + GAP)
        super().drawControl(CE.CE_TabBarTabLabel, label, p, w)

    def _menu_item(self, o: Any, p: QPainter, w: QWidget | None) -> None:
        item = type(o)(o)
        item.palette = swapped(
            swapped(o.palette, Role.Text, Role.WindowText), Role.Base, Role.Window
        )
        super().drawControl(CE.CE_MenuItem, item, p, w)

    def _menu_bar_item(self, o: Any, p: QPainter, w: QWidget | None) -> None:
        state = o.state.value
        selected = state & IS_SELECTED and state & IS_ENABLED
        p.fillRect(o.rect, o.palette.color(Role.Highlight if selected else Role.Window))
        flags = Qt.AlignmentFlag.AlignCenter.value | Qt.TextFlag.TextShowMnemonic.value
        flags |= Qt.TextFlag.TextDontClip.value | Qt.TextFlag.TextSingleLine.value
        if not self.styleHint(QStyle.StyleHint.SH_UnderlineShortcut, o, w):
            flags |= Qt.TextFlag.TextHideMnemonic.value
        role = Role.HighlightedText if selected else Role.WindowText
        self.drawItemText(p, o.rect, flags, o.palette, bool(state & IS_ENABLED), o.text, role)
