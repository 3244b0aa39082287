"""A process killed while typing leaves its text in the recovery journal for the next start."""

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from humas_desktop.archive import Archive
from humas_desktop.archive.journal import pending_recoveries
from humas_desktop.ui.editor import ReleaseEditor

CHILD = textwrap.dedent("""
    import sys, time
    from datetime import date
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from PySide6.QtTest import QTest
    from humas_desktop.archive import Archive
    from humas_desktop.archive.journal import pending_recoveries
    from humas_desktop.model.templates import get_template
    from humas_desktop.ui.editor import ReleaseEditor

    app = QApplication([])
    archive = Archive.open(Path(sys.argv[1]))
    release = archive.save(get_template("bencana").new_release(
        archive.office_profile(), date(2023, 12, 4)))
    editor = ReleaseEditor()
    editor.set_archive(archive)
    editor.show()
    editor.load(release)
    editor.autosave_delay_ms = 600_000  # the crash comes before the typing pause
    QTest.keyClicks(editor.title, "Banjir Rendam 312 Rumah")
    QTest.keyClicks(editor.lead, "Banjir merendam 312 rumah di Kecamatan Bontoharu, Senin (4/12).")
    deadline = time.monotonic() + 20
    while not pending_recoveries(archive.data_dir) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    print(release.id, flush=True)
    while True:  # typing would go on; the power goes out instead
        app.processEvents()
        time.sleep(0.02)
""")


def test_killed_process_leaves_recovery(qtbot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(data)], stdout=subprocess.PIPE,
                             env=env, text=True)
    try:
        release_id = child.stdout.readline().strip()
        assert release_id, "child did not get to write the journal"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    [recovery] = pending_recoveries(data)
    assert recovery.release.id == release_id
    assert recovery.release.title == "Banjir Rendam 312 Rumah"
    assert recovery.release.body[0].text.startswith("Banjir merendam 312 rumah")

    archive = Archive.open(data)
    try:
        stored = archive.get(release_id)
        assert stored.title == ""  # the autosave never ran
        assert recovery.differs_from(stored)
        editor = ReleaseEditor()
        qtbot.addWidget(editor)
        editor.set_archive(archive)
        editor.load_recovered(recovery.release)
        saved = archive.get(release_id)
        assert saved.title == "Banjir Rendam 312 Rumah"
        assert saved.revision == stored.revision + 1
        editor._journal.flush()
        assert pending_recoveries(data) == []
        editor._shutdown()
    finally:
        archive.close()
