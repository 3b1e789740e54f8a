"""What an open report holds is left out of the cycle collector's full passes, as long as any window holds one."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Callable
from pathlib import Path

from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.session import ReportSession


def test_closing_one_window_s_report_leaves_what_another_window_holds_out_of_the_collector(
    make_window: Callable[[], MainWindow], small_report_path: Path, tmp_path: Path,
    open_in: Callable[[MainWindow, Path], ReportSession],
) -> None:
    other_path = tmp_path / "other.bsr"
    shutil.copyfile(small_report_path, other_path)
    first, second = make_window(), make_window()
    open_in(first, small_report_path)
    open_in(second, other_path)
    assert gc.get_freeze_count() > 0
    first.close_report()
    # Handed back, the second window's objects would be crossed by the next full pass, in the middle of its work.
    assert gc.get_freeze_count() > 0
    second.close_report()
    assert gc.get_freeze_count() == 0  # no report open: what they held may be collected
