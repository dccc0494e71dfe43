"""The theme's style, measured: room for the focus frame in every control, and its parts' places.

Each focusable control keeps room for the 3 px focus frame inside its own rect,
drawn in place of its 2 px edge, so that the frame is never cut off by a
neighbour and a grab of the widget shows all of it. Sliders, spin box arrows and
combo box arrows grow with the text (the zoom), as Fusion's fixed sizes do not.

Fusion's pixel metrics are kept: Qt asks for them some 800 times a zoom step,
and each answer from Python would cost more than the frame has to spare. What a
metric would have given (a list's frame 3 px wide, a field's padding) is set on
each widget once instead, when the style first polishes it.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QFrame,
    QHeaderView,
    QLineEdit,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComboBox,
    QStyleOptionComplex,
    QStyleOptionSlider,
    QStyleOptionSpinBox,
    QWidget,
)

from viewer.ui.appearance.style_parts import (
    CC,
    CT,
    EDGE,
    GAP,
    PAD_X,
    PAD_Y,
    RING,
    ROW_INSET,
    SC,
    TAB_MARK,
    ClearIcon,
    Colours,
)

#: Sizes that Fusion's are grown by, by kind of contents.
_GROWN = {
    CT.CT_CheckBox: QSize(2 * (RING + 1), 2 * (RING + 1)),
    CT.CT_RadioButton: QSize(2 * (RING + 1), 2 * (RING + 1)),
    CT.CT_TabBarTab: QSize(2 * GAP, 2 * GAP + TAB_MARK),
}
_OWN_SIZES = frozenset(
    {CT.CT_PushButton, CT.CT_Slider, CT.CT_SpinBox, CT.CT_ComboBox, CT.CT_ItemViewItem, *_GROWN}
)
_FUSION_SIZE = QProxyStyle.sizeFromContents
#: Above and below a row's text: the current row's frame and the gap inside it.
ROW_PADDING = ROW_INSET + RING + GAP
#: Beside a cell's text, beyond Fusion's own margin (PM_FocusFrameHMargin + 1).
CELL_PADDING = ROW_PADDING - 3
#: Set on a widget the style has made room in, so that it is done once.
_ROOM = "viewerStyleRoom"
_NO_BUTTONS = QAbstractSpinBox.ButtonSymbols.NoButtons
#: Room round a slider for its focus frame and a gap.
SLIDER_MARGIN = RING + GAP


def _any(widget: QWidget | None) -> QWidget:
    """``widget``, which Qt's typing says is never None, though Qt gives None at times."""
    return cast("QWidget", widget)


def text_height(option: QStyleOption | None, widget: QWidget | None) -> int:
    """The height of a line of the control's text, which controls' parts grow with."""
    if widget is not None:
        return widget.fontMetrics().height()
    return option.fontMetrics.height() if option is not None else 16


def slider_thickness(option: QStyleOption | None, widget: QWidget | None) -> int:
    """How thick a slider's handle is across the slider."""
    return max(18, text_height(option, widget))


def make_room(widget: QWidget) -> None:
    """Room in ``widget`` for the focus frame (and padding), as pixel metrics would give it.

    Never put back: the viewer sets its style once, for as long as it runs.
    """
    if isinstance(widget, QHeaderView):
        if widget.orientation() == Qt.Orientation.Vertical:
            # A table's rows: room for the current row's frame round a line of text.
            tall = widget.fontMetrics().height() + 2 * ROW_PADDING + 1
            widget.setDefaultSectionSize(max(widget.defaultSectionSize(), tall))
    elif isinstance(widget, QAbstractScrollArea):
        # A frame Qt measures by its line width, not by the style: 3 px for a list
        # (its focus frame), 2 for the page (its edge). Drawn as the style's own.
        if widget.frameShape() == QFrame.Shape.StyledPanel:
            widget.setFrameStyle(QFrame.Shape.Box.value | QFrame.Shadow.Plain.value)
            widget.setLineWidth(RING if isinstance(widget, QAbstractItemView) else EDGE)
    elif isinstance(widget, QLineEdit) and widget.hasFrame():
        margins = widget.textMargins()  # beside Fusion's 1 px frame: 3 px, and padding
        widget.setTextMargins(margins.left() + 4, margins.top() + 2, margins.right() + 4,
                              margins.bottom() + 2)  # fmt: skip


def field_size(
    option: QStyleOptionSlider | QStyleOptionSpinBox | QStyleOptionComboBox,
    size: QSize,
    widget: QWidget | None,
) -> QSize:
    """A slider, spin box or combo box round contents of ``size``: its frame, parts, padding.

    A slider is as thick as its handle (which grows with the text) and room round
    it for the focus frame; the others have their frame, arrows and padding.
    """
    if isinstance(option, QStyleOptionSlider):
        margin, thick = 2 * SLIDER_MARGIN, slider_thickness(option, widget)
        if option.orientation == Qt.Orientation.Horizontal:
            return QSize(size.width() + margin, thick + margin)
        return QSize(thick + margin, size.height() + margin)
    frame = 2 * RING if option.frame else 0
    if isinstance(option, QStyleOptionComboBox):
        return QSize(size.width() + frame + button_width(option) + 10, size.height() + frame + 2)
    buttons = option.buttonSymbols != _NO_BUTTONS  # the arrows and a line before them
    extra = button_width(option) + 1 if buttons else 0
    return QSize(size.width() + frame + 4 + extra, size.height() + frame)


def button_width(option: QStyleOption) -> int:
    """How wide a spin box's arrows or a combo box's arrow are."""
    return max(18, option.fontMetrics.height())


class StyleGeometry(QProxyStyle):
    """Fusion's measures, with room for the focus frame; and the colours to draw in."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.colours = Colours(QColor("#0b57d0"), QColor("#6e6e6e"), QColor("#777777"))

    def use(self, colours: Colours) -> bool:
        """Draw in ``colours`` from now on; return whether they differ from those before."""
        changed = colours != self.colours
        self.colours = colours
        return changed

    def subControlRect(  # noqa: D102 (Qt's)
        self,
        cc: QStyle.ComplexControl,
        opt: QStyleOptionComplex,
        sc: QStyle.SubControl,
        widget: QWidget | None = None,
    ) -> QRect:
        if isinstance(opt, QStyleOptionSlider) and cc == CC.CC_Slider:
            if sc in (SC.SC_SliderGroove, SC.SC_SliderHandle):
                return self._slider_rect(opt, sc, widget)
        elif isinstance(opt, QStyleOptionSpinBox):
            return QStyle.visualRect(opt.direction, opt.rect, self._spin_box_rect(opt, sc))
        elif isinstance(opt, QStyleOptionComboBox) and sc != SC.SC_ComboBoxListBoxPopup:
            return QStyle.visualRect(opt.direction, opt.rect, self._combo_box_rect(opt, sc))
        return super().subControlRect(cc, opt, sc, _any(widget))

    def polish(self, target: QWidget | QApplication | QPalette) -> None:  # type: ignore[override]
        """Make room in ``target`` (a widget) for the focus frame, once; Fusion's polish."""
        super().polish(target)
        if isinstance(target, QWidget) and not target.property(_ROOM):
            target.setProperty(_ROOM, True)
            make_room(target)

    def sizeFromContents(  # noqa: D102 (Qt's)
        self,
        ct: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        if ct not in _OWN_SIZES:  # a scroll bar's most of all: asked for a hundred times a zoom
            return _FUSION_SIZE(self, ct, option, size, _any(widget))
        if ct == CT.CT_PushButton:
            return QSize(size.width() + 2 * (RING + PAD_X), size.height() + 2 * (RING + PAD_Y))
        if isinstance(option, (QStyleOptionSlider, QStyleOptionSpinBox, QStyleOptionComboBox)):
            return field_size(option, size, widget)
        grown = _GROWN.get(ct)
        base = super().sizeFromContents(ct, option, size, _any(widget))
        if ct == CT.CT_ItemViewItem:
            tall = text_height(option, None) + 2 * ROW_PADDING
            return QSize(base.width() + 2 * CELL_PADDING, max(base.height(), tall))
        return base if grown is None else base + grown

    def standardIcon(  # noqa: D102 (Qt's)
        self,
        icon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        if icon == QStyle.StandardPixmap.SP_LineEditClearButton:
            return QIcon(ClearIcon())
        return super().standardIcon(icon, option, widget)

    # The parts' places ------------------------------------------------------------------

    @staticmethod
    def _slider_rect(
        opt: QStyleOptionSlider, sc: QStyle.SubControl, widget: QWidget | None
    ) -> QRect:
        # The groove is as thick as the handle, so that a click beside the thin track counts.
        r = opt.rect.adjusted(SLIDER_MARGIN, SLIDER_MARGIN, -SLIDER_MARGIN, -SLIDER_MARGIN)
        horizontal = opt.orientation == Qt.Orientation.Horizontal
        across = r.height() if horizontal else r.width()
        thick = max(4, min(slider_thickness(opt, widget), across))
        length = thick * 2 // 3
        span = (r.width() if horizontal else r.height()) - length
        position = QStyle.sliderPositionFromValue(
            opt.minimum, opt.maximum, opt.sliderPosition, max(span, 0), opt.upsideDown
        )
        if horizontal:
            top = r.top() + (across - thick) // 2
            if sc == SC.SC_SliderGroove:
                return QRect(r.left(), top, r.width(), thick)
            return QRect(r.left() + position, top, length, thick)
        left = r.left() + (across - thick) // 2
        if sc == SC.SC_SliderGroove:
            return QRect(left, r.top(), thick, r.height())
        return QRect(left, r.top() + position, thick, length)

    @staticmethod
    def _spin_box_rect(opt: QStyleOptionSpinBox, sc: QStyle.SubControl) -> QRect:
        r = opt.rect
        fw = RING if opt.frame else 0
        buttons = opt.buttonSymbols != _NO_BUTTONS
        width = button_width(opt) if buttons else 0
        x = r.right() - fw - width + 1  # the arrows; a 1 px line before them
        middle = r.top() + r.height() // 2
        if sc == SC.SC_SpinBoxUp:
            return QRect(x, r.top() + fw, width, middle - r.top() - fw) if buttons else QRect()
        if sc == SC.SC_SpinBoxDown:
            return QRect(x, middle, width, r.bottom() - fw - middle + 1) if buttons else QRect()
        if sc == SC.SC_SpinBoxEditField:
            right = x - 2 if buttons else r.right() - fw
            return QRect(
                r.left() + fw + 2, r.top() + fw, right - r.left() - fw - 1, r.height() - 2 * fw
            )
        return QRect(r)

    @staticmethod
    def _combo_box_rect(opt: QStyleOptionComboBox, sc: QStyle.SubControl) -> QRect:
        r = opt.rect
        fw = RING if opt.frame else 0
        width = button_width(opt)
        if sc == SC.SC_ComboBoxArrow:
            return QRect(r.right() - fw - width + 1, r.top() + fw, width, r.height() - 2 * fw)
        if sc == SC.SC_ComboBoxEditField:
            return QRect(
                r.left() + fw + 4, r.top() + fw, r.width() - 2 * fw - width - 4, r.height() - 2 * fw
            )
        return QRect(r)
