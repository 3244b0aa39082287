"""Guards against Qt binding regressions that only show in long sessions."""

from PySide6.QtWidgets import QTextEdit


def test_many_void_calls_do_not_exhaust_none(qtbot) -> None:
    # PySide6 6.12.0 on Python 3.11 dropped a reference to None on every void call and the
    # program died after a few thousand keystrokes; pyproject pins a version without it.
    edit = QTextEdit()
    qtbot.addWidget(edit)
    for _ in range(30_000):
        edit.setFocus()
    assert edit is not None
