"""Status icons drawn only at the pixel ratios of the screens present show the same pixels as icons drawn
at every ratio, on every screen, at every size and in every mode."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

from bsreporter.gui import icons
from bsreporter.gui.icons import StatusIcon, status_icon

_MODES = (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Active, QIcon.Mode.Selected)


def _same_pixels(drawn: QIcon, every_ratio: QIcon, ratio: float) -> bool:
    for size in range(1, 97):
        for mode in _MODES:
            shown = drawn.pixmap(QSize(size, size), ratio, mode).toImage()
            expected = every_ratio.pixmap(QSize(size, size), ratio, mode).toImage()
            if shown != expected or shown.devicePixelRatio() != expected.devicePixelRatio():
                return False
    return True


@pytest.mark.parametrize("kind", list(StatusIcon))
def test_a_status_icon_shows_on_this_screen_what_an_icon_drawn_at_every_ratio_shows(kind: StatusIcon) -> None:
    every_ratio = icons._build(icons._paint_status, kind)
    for screen in QGuiApplication.screens():
        assert _same_pixels(status_icon(kind), every_ratio, screen.devicePixelRatio())


@pytest.mark.parametrize("screens", [(1.0,), (1.1,), (1.25,), (1.75,), (2.0,), (2.5,), (3.0,), (4.0,), (1.0, 2.0),
                                     (1.25, 3.0), (1.0, 1.5, 2.0)])
def test_on_screens_of_any_pixel_ratios_status_icons_show_the_same_pixels(screens: tuple[float, ...]) -> None:
    for kind in (StatusIcon.COMPLETE, StatusIcon.PARTIAL, StatusIcon.REVIEW):
        every_ratio = icons._build(icons._paint_status, kind)
        for ratio in screens:
            assert _same_pixels(icons._status_icon(kind, screens), every_ratio, ratio), (kind, ratio)
