"""CheckService with its checker in a real child process (the program's default)."""

import os
import signal
import time

import pytest

from humas_desktop.ui.editor.underlines import CheckService

TEXT = "Kegiatan ini meningkatkan aktifitas warga melalui penyelengaraan acara desa."


def _wait(service, text, year=2023, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = service.findings(text, year)
        if found is not None:
            return found
        time.sleep(0.02)
    raise AssertionError("no findings in time")


def _words(found, text):
    return {text[f.start:f.end] for f in found}


@pytest.fixture
def service(qapp):
    svc = CheckService()  # no factory: the checker runs in a child process
    yield svc
    svc.stop()


def test_child_checks_adds_words_and_restarts_once(service) -> None:
    assert service.in_child_process
    assert service.findings(TEXT, 2023) is None  # queued; the child starts now
    assert {"aktifitas", "penyelengaraan"} <= _words(_wait(service, TEXT), TEXT)
    assert service._checker is None  # no Checker in the GUI process...
    assert service.expansion("OPD") == "Organisasi Perangkat Daerah"  # ...yet tooltips work

    service.add_user_word("penyelengaraan")  # an op message to the child
    found = _wait(service, TEXT)
    assert "penyelengaraan" not in _words(found, TEXT) and "aktifitas" in _words(found, TEXT)

    first = service._backend.pid
    os.kill(first, signal.SIGKILL)  # the checker process crashes
    other = TEXT + " Lagi."
    found = _wait(service, other)
    assert not service.failed and service._backend.pid not in (None, first)
    assert "penyelengaraan" not in _words(found, other)  # the added word survived the restart

    os.kill(service._backend.pid, signal.SIGKILL)  # a second death: no more underlines
    service.findings(other + " Lagi.", 2023)
    assert service.wait_idle(10)
    assert service.failed and service.findings("Teks baru.", 2023) == ()


def test_stop_ends_the_child(service) -> None:
    _wait(service, TEXT)
    process = service._backend._process
    assert process.is_alive()
    service.stop()
    assert not process.is_alive() and process.exitcode is not None


def test_editor_underlines_with_the_checker_process(qtbot, archive, release) -> None:
    from PySide6.QtGui import QTextCharFormat

    from humas_desktop.ui.editor.release_editor import ReleaseEditor

    editor = ReleaseEditor()
    qtbot.addWidget(editor)
    editor.set_archive(archive)  # as the program does: no factory
    editor.show()
    editor.load(release)
    qtbot.keyClicks(editor.body, TEXT)
    start = TEXT.index("aktifitas")
    span = (start, start + len("aktifitas"))

    def formats():
        layout = editor.body.document().findBlockByNumber(0).layout()
        return {(r.start, r.start + r.length): QTextCharFormat(r.format)
                for r in layout.formats()}

    qtbot.waitUntil(lambda: span in formats(), timeout=30000)
    process = editor.underlines.service._backend._process
    editor._shutdown()
    assert not process.is_alive()
