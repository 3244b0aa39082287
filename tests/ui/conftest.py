"""Fixtures for the GUI shell tests: real archives in temporary folders, real widgets offscreen."""

import os
import random
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from humas_desktop.archive import Archive
from humas_desktop.model import Block, ContactPerson, Quote, Status, new_release
from humas_desktop.model.office import OfficeProfile

PROFILE = OfficeProfile(
    name="Dinas Komunikasi dan Informatika",
    government="Pemerintah Kabupaten Kepulauan Selayar",
    region="Benteng",
    contact=ContactPerson("Andi Rahman", "Kepala Bidang IKP", "0812-4455-6677"),
    about="Diskominfo Kepulauan Selayar mengelola informasi publik daerah.",
    number_pattern="{no}/HUMAS-DKISP/{bulan}/{tahun}",
)

BIG = 100_000
CATEGORIES = ("kegiatan", "kebijakan", "layanan", "bencana")
_WORDS = [
    "rapat", "koordinasi", "pelatihan", "peresmian", "kunjungan", "kerja", "layanan", "publik",
    "posyandu", "jembatan", "sekolah", "pasar", "nelayan", "petani", "irigasi", "vaksinasi",
]


def bulk_releases(n: int, seed: int = 7) -> Iterator:
    """Plausible releases for list tests; every 1,000th mentions "terumbu" (a rare word)."""
    rnd = random.Random(seed)
    start = date(2019, 1, 1)
    statuses = list(Status)
    for i in range(n):
        words = rnd.sample(_WORDS, 5)
        body = " ".join(rnd.choices(_WORDS, k=40))
        if i % 1000 == 0:
            body += " terumbu karang"
        yield new_release(
            office=PROFILE.name,
            title=f"{' '.join(words).capitalize()} {i}",
            category=CATEGORIES[i % len(CATEGORIES)],
            status=statuses[i % len(statuses)],
            release_date=start + timedelta(days=i % 2500),
            tags=(words[0],),
            body=(Block.plain(body),),
        )


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def archive(data_dir: Path) -> Iterator[Archive]:
    arch = Archive.open(data_dir)
    arch.save_office_profile(PROFILE)
    yield arch
    arch.close()


@pytest.fixture
def sample(archive: Archive) -> list:
    """Three releases in different states."""
    made = []
    for title, status, category in (
        ("Bupati Resmikan Jembatan Gantung Desa Bontomarannu", Status.DRAFT, "kegiatan"),
        ("Pemkab Selayar Luncurkan Layanan Adminduk Keliling", Status.DRAFT, "layanan"),
        ("Waspada Gelombang Tinggi di Perairan Selayar", Status.DRAFT, "bencana"),
    ):
        release = new_release(
            office=PROFILE.name, title=title, category=category,
            release_date=date(2026, 11, 20), dateline_city="BENTENG",
            body=(Block.plain("BENTENG – Pemerintah Kabupaten Kepulauan Selayar hari ini "
                              "menggelar kegiatan di Benteng."),),
            quotes=(Quote("Andi Rahman", "Kepala Bidang IKP", "Kami siap melayani."),),
            contacts=(PROFILE.contact,),
        )
        release = archive.save(release)
        if status is not Status.DRAFT:
            release = archive.save(release.with_status(status))
        made.append(release)
    return made


@pytest.fixture
def settings(tmp_path: Path):
    from humas_desktop.ui.app import open_settings

    return open_settings(tmp_path)


@pytest.fixture
def make_window(qtbot, archive, settings) -> Iterator[Callable]:
    windows = []

    def make(arch: Archive | None = None):
        from humas_desktop.ui.main_window import MainWindow

        window = MainWindow(arch or archive, settings)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.editor._shutdown()


@pytest.fixture
def window(make_window, sample):
    return make_window()


@pytest.fixture(scope="session")
def big_archive(tmp_path_factory) -> Iterator[Archive]:
    """100,000 releases, built once per test session with the archive's bulk import."""
    folder = tmp_path_factory.mktemp("big") / "data"
    arch = Archive.open(folder)
    arch.save_office_profile(PROFILE)
    arch.import_releases(bulk_releases(BIG))
    yield arch
    arch.close()


def answer_next_dialog(qtbot, action: Callable, button_text: str | None = None,
                       timeout: int = 5000) -> list[str]:
    """Run `action`, which opens a modal dialog; record the dialog's texts and press
    `button_text` (or close it). Returns [window title, text, informative text]."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

    seen: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog.windowTitle())
        if isinstance(dialog, QMessageBox):
            seen.extend([dialog.text(), dialog.informativeText()])
        if button_text is None:
            dialog.close()
            return
        for button in dialog.findChildren(QAbstractButton):
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        seen.append("buttons: " + ", ".join(b.text() for b in
                                            dialog.findChildren(QAbstractButton)))
        dialog.close()

    QTimer.singleShot(0, poll)
    action()
    return seen


def access_key_problems(menu_bar) -> list[str]:
    """Menu entries without exactly one access key (&x), and keys used twice in one menu."""
    problems: list[str] = []

    def key(text: str) -> str | None:
        plain = text.replace("&&", "")
        if plain.count("&") != 1 or plain.endswith("&"):
            problems.append(f"{text!r} has no single access key")
            return None
        return plain[plain.index("&") + 1].casefold()

    def walk(actions, where: str) -> None:
        seen: dict[str, str] = {}
        for action in actions:
            if action.isSeparator():
                continue
            letter = key(action.text())
            if letter is not None and letter in seen:
                problems.append(f"{where}: {seen[letter]!r} and {action.text()!r} share &{letter}")
            elif letter is not None:
                seen[letter] = action.text()
            if action.menu() is not None:
                walk(action.menu().actions(), action.text())

    walk(menu_bar.actions(), "menu bar")
    return problems
