"""The window on a small laptop: whole within the screen, the page the widest pane, Arabic mirrored as documented."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from bsreporter.gui.interface_language import apply_language
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.session import ReportSession
from bsreporter.gui.settings import Preferences
from bsreporter.gui.window_geometry import FRAME_ALLOWANCE, first_geometry, fit_geometry, pane_widths

#: Screens as a focal point's laptop offers them: the whole screen less a task bar or panel.
LAPTOP = QRect(0, 0, 1366, 728)  # 1366x768, a 40-pixel task bar at the bottom
NETBOOK = QRect(0, 0, 1024, 560)
SCREENS = {
    "1366x768": LAPTOP,
    "1024x600": NETBOOK,
    "1024x600 panel on top": QRect(0, 40, 1024, 560),
    "second monitor on the right": QRect(1920, 0, 1366, 728),
    "1920x1080": QRect(0, 0, 1920, 1040),
}


def with_frame(window: MainWindow) -> QRect:
    """The window's outer edges, allowing for a window manager's title bar and borders."""
    return window.geometry().marginsAdded(FRAME_ALLOWANCE)


def x_of(widget: QWidget) -> int:
    return widget.mapToGlobal(QPoint(0, 0)).x()


@pytest.fixture
def screen_of(monkeypatch: pytest.MonkeyPatch) -> Callable[[QRect], None]:
    """Make the next windows built see ``available`` as their screen's area free of task bars."""
    return lambda available: monkeypatch.setattr(MainWindow, "_available_geometry", lambda self: QRect(available))


@pytest.fixture
def back_to_english(app: QApplication) -> Iterator[None]:
    yield
    apply_language("en")


def opened(qtbot: QtBot, window: MainWindow, path: Path) -> ReportSession:
    with qtbot.waitSignal(window.reportOpened, timeout=10_000):
        window.open_report(path)
    assert window.session is not None
    qtbot.waitUntil(lambda: window.current_page() is not None and window.current_page().isVisible())
    return window.session


@pytest.mark.parametrize("available", SCREENS.values(), ids=SCREENS.keys())
def test_a_first_window_lies_whole_within_the_available_screen(available: QRect) -> None:
    geometry = first_geometry(available)
    assert available.contains(geometry.marginsAdded(FRAME_ALLOWANCE))
    assert geometry.width() <= 1280 and geometry.height() <= 820


@pytest.mark.parametrize("available", SCREENS.values(), ids=SCREENS.keys())
def test_the_window_built_on_a_small_screen_shows_its_status_bar_on_it(
    screen_of: Callable[[QRect], None], make_window: Callable[[], MainWindow], available: QRect
) -> None:
    screen_of(available)
    window = make_window()
    assert available.contains(with_frame(window))
    status = window.statusBar()
    assert status.isVisible() and available.contains(QRect(status.mapToGlobal(QPoint(0, 0)), status.size()))


def test_a_window_closed_on_a_larger_monitor_comes_back_whole(
    qtbot: QtBot, screen_of: Callable[[QRect], None], make_window: Callable[[], MainWindow]
) -> None:
    screen_of(QRect(0, 0, 2560, 1400))
    big = make_window()
    big.setGeometry(600, 300, 1900, 1050)
    big.close()  # remembers its geometry
    assert Preferences().window_geometry() is not None
    screen_of(LAPTOP)
    window = make_window()
    assert LAPTOP.contains(with_frame(window))
    moved = fit_geometry(QRect(600, 300, 1900, 1050), LAPTOP)
    assert LAPTOP.contains(moved.marginsAdded(FRAME_ALLOWANCE)) and moved.width() > 1300


@pytest.mark.parametrize("width", [1024, 1366, 1920])
def test_the_page_gets_most_of_the_width_and_the_side_panes_their_share(width: int) -> None:
    narrow = width < 1200
    widths = pane_widths(width, completeness_shown=not narrow)
    assert widths.navigator + widths.page + widths.completeness == width
    assert widths.page >= 0.55 * width
    assert widths.page > widths.navigator and widths.page > widths.completeness
    assert widths.completeness <= 0.2 * width + 1 and widths.navigator <= 0.25 * width


def test_at_1024x600_the_page_is_wide_and_unscrolled_sideways_and_completeness_waits_in_the_view_menu(
    qtbot: QtBot, screen_of: Callable[[QRect], None], make_window: Callable[[], MainWindow], report_path: Path
) -> None:
    screen_of(NETBOOK)
    window = make_window()
    opened(qtbot, window, report_path)
    assert not window.completeness_dock.isVisible()
    assert window.report_view.page_stack.width() >= 0.7 * window.width()
    assert window.report_view.navigator.isVisible() and window.report_view.navigator.width() < window.report_view.page_stack.width()
    for button in (window.report_view.previous_button, window.report_view.next_button, window.report_view.unanswered_button):
        assert button.isVisible() and window.rect().contains(QRect(button.mapTo(window, QPoint(0, 0)), button.size()))
    for section_id in ("general", "objective-1.1", "objective-2.2", "objective-4.1"):
        window.go_to_section(section_id)
        page = window.current_page()
        assert page is not None
        qtbot.waitUntil(lambda page=page: page.widget().width() > 0)
        assert page.horizontalScrollBar().maximum() == 0, section_id
    # The completeness figure in the status bar brings the panel back.
    window.percent_label.click()
    assert window.completeness_dock.isVisible()
    assert window.report_view.page_stack.width() > window.completeness_dock.width()


def test_on_a_1366_laptop_the_completeness_panel_shows_beside_a_wider_page(
    qtbot: QtBot, screen_of: Callable[[QRect], None], make_window: Callable[[], MainWindow], report_path: Path
) -> None:
    screen_of(LAPTOP)
    window = make_window()
    opened(qtbot, window, report_path)
    assert window.completeness_dock.isVisible()
    page = window.report_view.page_stack.width()
    assert page > window.report_view.navigator_pane.width() and page > window.completeness_dock.width()
    assert window.completeness_dock.width() <= 0.2 * window.width() + 1


def test_the_navigator_hides_from_the_view_menu_and_its_width_goes_to_the_page(
    qtbot: QtBot, screen_of: Callable[[QRect], None], make_window: Callable[[], MainWindow], report_path: Path
) -> None:
    screen_of(NETBOOK)
    window = make_window()
    opened(qtbot, window, report_path)
    before = window.report_view.page_stack.width()
    window.report_view.navigator.setFocus()
    assert window.navigator_action in window.menu_actions.view_menu.actions()
    window.navigator_action.trigger()
    qtbot.waitUntil(lambda: window.report_view.page_stack.width() > before)
    assert not window.report_view.navigator.isVisible() and not window.navigator_action.isChecked()
    assert not window.report_view.navigator_pane.isAncestorOf(QApplication.focusWidget())
    for _ in range(2):  # F6 goes round the panes on screen only
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        assert not window.report_view.navigator_pane.isAncestorOf(QApplication.focusWidget())
    window.navigator_action.trigger()
    qtbot.waitUntil(lambda: window.report_view.navigator.isVisible() and window.report_view.navigator.width() > 100)
    # Dragged shut, it is hidden as well, and the menu says so.
    window.report_view.splitter.setSizes([0, sum(window.report_view.splitter.sizes())])
    window.report_view.splitter.splitterMoved.emit(0, 1)
    assert not window.navigator_action.isChecked() and not window.navigator_shown()


def _panes_from_left(window: MainWindow) -> list[str]:
    panes = {
        "navigator": window.report_view.navigator,
        "page": window.report_view.page_stack,
        "completeness": window.report_view.completeness_panel,
    }
    return sorted(panes, key=lambda name: x_of(panes[name]))


def test_english_window_reads_navigator_page_completeness_from_the_left(
    qtbot: QtBot, screen_of: Callable[[QRect], None], make_window: Callable[[], MainWindow], report_path: Path
) -> None:
    screen_of(LAPTOP)
    window = make_window()
    opened(qtbot, window, report_path)
    assert _panes_from_left(window) == ["navigator", "page", "completeness"]
    assert x_of(window.report_view.previous_button) < x_of(window.report_view.next_button)


def test_arabic_window_is_mirrored_as_documented(
    qtbot: QtBot,
    back_to_english: None,
    screen_of: Callable[[QRect], None],
    make_window: Callable[[], MainWindow],
    report_path: Path,
) -> None:
    # docs/translations.md: "navigator on the right, completeness panel on the left, Previous and Next
    # buttons swapped".
    apply_language("ar")
    screen_of(LAPTOP)
    window = make_window()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    opened(qtbot, window, report_path)
    assert window.completeness_dock.isVisible()
    assert x_of(window.report_view.navigator) > x_of(window.report_view.page_stack) > x_of(window.report_view.completeness_panel)
    assert x_of(window.report_view.previous_button) > x_of(window.report_view.next_button)


def test_a_navigator_hidden_stays_hidden_in_the_next_window(
    qtbot: QtBot, screen_of: Callable[[QRect], None], make_window: Callable[[], MainWindow], report_path: Path
) -> None:
    screen_of(NETBOOK)
    window = make_window()
    opened(qtbot, window, report_path)
    window.navigator_action.trigger()
    window.close()
    again = make_window()
    assert not again.navigator_action.isChecked() and not again.navigator_shown()
    opened(qtbot, again, report_path)
    assert not again.report_view.navigator.isVisible()
    again.navigator_action.trigger()
    qtbot.waitUntil(lambda: again.report_view.navigator.isVisible() and again.report_view.navigator.width() >= 180)


def test_no_page_of_the_report_scrolls_sideways_at_1024x600_with_both_side_panes(
    qtbot: QtBot, screen_of: Callable[[QRect], None], make_window: Callable[[], MainWindow], report_path: Path
) -> None:
    screen_of(NETBOOK)
    window = make_window()
    session = opened(qtbot, window, report_path)
    window.set_completeness_shown(True)
    assert window.report_view.report_pages is not None
    for section in session.form.sections:
        window.go_to_section(section.id)
        page = window.current_page()
        assert page is not None
        qtbot.waitUntil(lambda page=page: page.widget().width() > 0)
        assert page.horizontalScrollBar().maximum() == 0, section.id
