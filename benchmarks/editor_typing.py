"""Typing latency of the guided editor: the longest event-loop stall while typing.

Types 2,000 characters (simulated key events, 10 ms apart, in bursts of 200 followed by a
pause long enough for the 2-second autosave) at the end of the body of a 1,000-word release,
with the checker's underlines on, and reports the longest gap between ticks of a 1 ms heartbeat
timer — the longest time the window could not react. Baseline in the same run: a bare QTextEdit
holding the same text, typed the same way. Target (issue 4): longest stall <= 30 ms.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/editor_typing.py [--quick]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QTextEdit, QWidget

from humas_desktop.archive import Archive
from humas_desktop.model.office import OfficeProfile
from humas_desktop.model.release import Block, ContactPerson, Quote
from humas_desktop.model.templates import get_template

SENTENCES = [
    "Pemerintah Kabupaten Kepulauan Selayar menggelar rapat koordinasi penanganan stunting di "
    "Ruang Pola Kantor Bupati, Selasa (28/11).",
    "Kegiatan ini diikuti oleh kepala perangkat daerah, camat, dan kepala puskesmas se-Kabupaten "
    "Kepulauan Selayar.",
    "Bupati menegaskan bahwa penurunan angka stunting menjadi prioritas pembangunan daerah tahun "
    "depan.",
    "Data Dinas Kesehatan menunjukkan prevalensi stunting turun dari 27,4 persen menjadi 21,2 "
    "persen dalam dua tahun terakhir.",
    "Pemerintah daerah juga menyiapkan anggaran sebesar Rp4,2 miliar untuk program pemberian "
    "makanan tambahan bagi balita.",
    "Setiap desa diminta membentuk tim pendamping keluarga yang melibatkan bidan, kader PKK, dan "
    "kader posyandu.",
]
TYPED = ("Warga yang membutuhkan informasi dapat menghubungi puskesmas terdekat atau kantor desa "
         "masing-masing. ")


def thousand_words() -> list[Block]:
    blocks, words, i = [], 0, 0
    while words < 1000:
        paragraph = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(3))
        blocks.append(Block.plain(paragraph))
        words += len(paragraph.split())
        i += 1
    return blocks


class StallMeter:
    """A 1 ms heartbeat; the longest gap between beats is the longest stall."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._beat)
        self.gaps: list[int] = []
        self.last = 0

    def _beat(self) -> None:
        now = self.clock.elapsed()
        self.gaps.append(now - self.last)
        self.last = now

    def start(self) -> None:
        self.clock.start()
        self.last = 0
        self.gaps = []
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


def press(target: QWidget, ch: str) -> None:
    # sendEvent, not QTest.keyClicks: on PySide6 6.12/Python 3.11 static void calls leak None.
    key = Qt.Key.Key_Space if ch == " " else Qt.Key.Key_A
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def type_into(app: QApplication, target: QWidget, chars: int, burst: int, pause_s: float,
              interval_ms: int = 10) -> StallMeter:
    meter = StallMeter()
    loop = QEventLoop()
    text = (TYPED * (chars // len(TYPED) + 1))[:chars]
    meter.start()
    for i, ch in enumerate(text):
        press(target, ch)
        deadline = time.perf_counter() + interval_ms / 1000
        while time.perf_counter() < deadline:
            loop.processEvents()
        if (i + 1) % burst == 0:
            deadline = time.perf_counter() + pause_s
            while time.perf_counter() < deadline:
                loop.processEvents()
                time.sleep(0.0005)
    meter.stop()
    return meter


def report(name: str, meter: StallMeter) -> int:
    gaps = sorted(meter.gaps)
    worst = gaps[-1] if gaps else 0
    p99 = gaps[int(len(gaps) * 0.99)] if gaps else 0
    print(f"{name:<34} longest stall {worst:4d} ms   p99 {p99:3d} ms   "
          f"median {statistics.median(gaps) if gaps else 0:.0f} ms")
    return worst


def main() -> int:
    quick = "--quick" in sys.argv
    chars, burst, pause = (400, 200, 2.3) if quick else (2000, 200, 2.3)
    app = QApplication.instance() or QApplication([])
    from humas_desktop.ui.editor import ReleaseEditor

    body = thousand_words()
    with tempfile.TemporaryDirectory() as tmp:
        archive = Archive.open(Path(tmp))
        profile = OfficeProfile(name="Diskominfo", region="Benteng",
                                contact=ContactPerson("Andi", "Kabid", "0812"))
        archive.save_office_profile(profile)
        template = get_template("kegiatan")
        assert template is not None
        release = template.new_release(profile, date(2023, 11, 28), 45)
        release = archive.save(release.edited(
            title="Pemkab Selayar Gelar Rapat Koordinasi Penanganan Stunting", body=tuple(body),
            quotes=(Quote("Muhammad Basli Ali", "Bupati", "Stunting adalah musuh bersama."),)))
        words = len(release.full_text().split())

        plain = QTextEdit()
        plain.resize(900, 700)
        plain.show()
        plain.setPlainText(release.body_text)
        plain.moveCursor(plain.textCursor().MoveOperation.End)
        plain.setFocus()
        baseline = report("baseline: bare QTextEdit", type_into(app, plain, chars, burst, pause))
        plain.close()

        results = {}
        for checks in (False, True):
            editor = ReleaseEditor()
            editor.set_archive(archive, underlines=checks)
            editor.resize(900, 700)
            editor.show()
            editor.load(archive.get(release.id))
            if checks and editor.underlines is not None:
                editor.run_check()  # dictionaries loaded and the text checked once, as after F7
            editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
            editor.body.setFocus()
            label = "editor, checks on" if checks else "editor, checks off"
            if checks and editor.underlines is not None and editor.underlines.service.failed:
                label += " (checker unavailable)"
            results[checks] = report(label, type_into(app, editor.body, chars, burst, pause))
            print(f"{'':34} last autosave took {editor.last_save_seconds * 1000:.1f} ms")
            editor._shutdown()
            editor.close()
        archive.close()
    print(f"{words} words in the release, {chars} characters typed")
    for checks, worst in results.items():
        ratio = worst / baseline if baseline else float("inf")
        print(f"ratio editor (checks {'on' if checks else 'off'}) / baseline: {ratio:.1f}x;"
              f" target <= 30 ms: {'met' if worst <= 30 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
