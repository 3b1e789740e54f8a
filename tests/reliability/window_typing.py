"""A child process for the window kill soak: the real desktop window types answers, acknowledging each.

Usage: python window_typing.py REPORT.bsr SEED START COUNT
The window runs offscreen on the report; each answer is typed key by key into its question's
editor and finished as a person does (Return in a line or number field, leaving a multi-line
field), and "ack N" is printed only once the window says everything is saved and the core's
stored value is the typed one. Answer number i of seed s is always the same, so the parent can
recompute what every acknowledged answer wrote.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

# Before anything imports Qt: no display needed.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

#: question -> how its editor is finished: Return (line and number fields) or the focus leaving it
QUESTIONS = {
    "nfp_name": "return", "nfp_title": "return", "nfp_organisation": "return", "nfp_phone": "return",
    "rarm_assessments_count": "return", "stakeholders_consulted": "leave", "details_1_3": "leave",
}


def typed(seed: int, index: int) -> tuple[str, str]:
    """The answer number ``index`` of stream ``seed``: (question, the keys typed)."""
    rng = random.Random(seed * 1_000_003 + index)
    question = rng.choice(sorted(QUESTIONS))
    if question == "rarm_assessments_count":
        return question, str(index)
    if question == "nfp_phone":
        return question, f"+41 22 917 {index:04d}"
    words = ["biosafety", "Arcadia", "ministry", "focal point", "détection", "风险评估", "تقييم"]
    return question, f"answer {index} " + " ".join(rng.choices(words, k=rng.randint(1, 4)))


def stored_form(question: str, text: str) -> object:
    """What the core stores for ``text`` typed into ``question``."""
    return int(text) if question == "rarm_assessments_count" else text


def main() -> None:
    from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from bsreporter.gui.app import create_application
    from bsreporter.gui.main_window import MainWindow
    from bsreporter.gui.session import SaveState

    path, seed, start, count = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    app = create_application()
    window = MainWindow()
    window.show()
    window.activateWindow()
    loop = QEventLoop()
    window.reportOpened.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    window.open_report(path)
    loop.exec()
    session = window.session
    assert session is not None, "the report did not open"
    print("ready", flush=True)
    # Typing starts when the soak says so: a run meant to be killed while the program starts must not
    # be able to finish on its own before the kill, however fast the start.
    if sys.stdin.readline().strip() != "go":
        return
    for index in range(start, start + count):
        question, keys = typed(seed, index)
        window.go_to_question(question)
        app.processEvents()
        page = window.current_page()
        assert page is not None
        target = page.questions[question].editor.focus_target()
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        QTest.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select what is there
        for key in keys:  # key by key, as a keyboard sends them (QTest.keyClicks knows only ASCII)
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, key))
        if QUESTIONS[question] == "return":
            QTest.keyClick(target, Qt.Key.Key_Return)
        else:
            other: QWidget = window.report_view.navigator
            other.setFocus(Qt.FocusReason.TabFocusReason)
        app.processEvents()
        state, message = session.save_state()
        assert state is SaveState.SAVED, (question, state, message)
        answer = session.report.answer(question)
        assert answer is not None and answer.value == stored_form(question, keys), (question, answer, keys)
        print(f"ack {index}", flush=True)
    window.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main()
