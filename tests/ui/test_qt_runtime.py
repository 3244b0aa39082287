"""Guards against Qt binding regressions that only show in long sessions."""

import sys

from PySide6.QtWidgets import QTextEdit


def test_void_calls_do_not_drop_references_to_none(qtbot) -> None:
    # PySide6 6.12.0 on Python 3.11 dropped a reference to None on every void call and the
    # program died after some thousands of keystrokes ("none_dealloc"); pyproject excludes it.
    edit = QTextEdit()
    qtbot.addWidget(edit)
    before = sys.getrefcount(None)
    for _ in range(5_000):
        edit.setFocus()
    assert abs(sys.getrefcount(None) - before) < 1_000
