"""Screenshots of Humas Desktop under Xvfb, for the README and for looking at the GUI.

    .venv/bin/python scripts/screenshots.py            # all sizes and languages
    .venv/bin/python scripts/screenshots.py --only 1366x768

Builds a throw-away archive with a few realistic releases and an office profile, starts a
virtual X server per screen size (`Xvfb`), runs the real program in it and saves the screen
with ImageMagick's `import` to docs/screenshots/<what>-<lang>-<size>.png. Needs the Debian
packages xvfb and imagemagick.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZES = ("1366x768", "1920x1080")
LANGS = ("id", "en")
MAIN_TITLE = "Bupati Kepulauan Selayar Resmikan Jembatan Gantung Desa Bontomarannu"


def build_archive(data_dir: Path) -> None:
    from humas_desktop.archive import Archive
    from humas_desktop.model import Block, ContactPerson, Quote, Run, Status, new_release
    from humas_desktop.model.office import OfficeProfile

    contact = ContactPerson("Andi Rahman, S.Sos.", "Kepala Bidang Informasi dan Komunikasi Publik",
                            "0812-4455-6677", "humas@kepulauanselayarkab.go.id")
    profile = OfficeProfile(
        name="Dinas Komunikasi, Informatika, Statistik dan Persandian",
        government="Pemerintah Kabupaten Kepulauan Selayar",
        region="Benteng",
        address="Jl. Jenderal Sudirman No. 12, Benteng, Kepulauan Selayar 92812",
        phone="(0414) 21012",
        email="diskominfo@kepulauanselayarkab.go.id",
        website="kepulauanselayarkab.go.id",
        contact=contact,
        about=("Dinas Komunikasi, Informatika, Statistik dan Persandian Kabupaten Kepulauan "
               "Selayar mengelola informasi publik, statistik sektoral, dan keamanan informasi "
               "pemerintah daerah."),
        number_pattern="{no}/HUMAS-DKISP/{bulan}/{tahun}",
    )

    def release(title: str, day: date, number: int, lead: str, paragraphs: list[str],
                category: str, tags: tuple[str, ...], quotes: tuple[Quote, ...] = (),
                subtitle: str = "") -> object:
        from humas_desktop.model.dates import ROMAN_MONTHS

        return new_release(
            office=profile.name, title=title, subtitle=subtitle, dateline_city="BENTENG",
            release_date=day, number=f"{number:03d}/HUMAS-DKISP/{ROMAN_MONTHS[day.month - 1]}/"
                                     f"{day.year}",
            body=(Block((Run(lead),)), *(Block.plain(p) for p in paragraphs)),
            quotes=quotes, contacts=(contact,), about=profile.about, tags=tags,
            category=category,
        )

    releases = [
        (release(
            "Pemkab Selayar Gelar Rapat Koordinasi Percepatan Penurunan Stunting",
            date(2026, 11, 10), 41,
            "Pemerintah Kabupaten Kepulauan Selayar menggelar rapat koordinasi percepatan "
            "penurunan stunting di Ruang Rapat Bupati, Selasa (10/11), untuk menyatukan data "
            "sasaran dari seluruh puskesmas.",
            ["Rapat diikuti kepala OPD, camat, dan kepala puskesmas se-Kabupaten Kepulauan "
             "Selayar."], "kegiatan", ("stunting", "rapat koordinasi")), Status.PUBLISHED),
        (release(
            "Layanan Adminduk Keliling Hadir di Pulau Pasimarannu",
            date(2026, 11, 14), 42,
            "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Kepulauan Selayar membuka layanan "
            "administrasi kependudukan keliling di Kecamatan Pasimarannu, Sabtu (14/11), agar "
            "warga pulau tidak perlu menyeberang ke Benteng.",
            ["Warga dapat mengurus KTP elektronik, kartu keluarga, dan akta kelahiran."],
            "layanan", ("adminduk", "layanan publik")), Status.APPROVED),
        (release(
            "Waspada Gelombang Tinggi, Nelayan Diimbau Tidak Melaut",
            date(2026, 11, 18), 43,
            "BPBD Kabupaten Kepulauan Selayar mengimbau nelayan tidak melaut hingga Jumat "
            "(20/11) karena gelombang setinggi 2,5 meter diperkirakan terjadi di Laut Flores.",
            ["Imbauan ini mengacu pada peringatan dini BMKG Maritim Makassar."],
            "bencana", ("cuaca", "nelayan")), Status.REVIEW),
        (release(
            "Klarifikasi Kabar Penutupan Pelabuhan Pamatata",
            date(2026, 11, 19), 44,
            "Pemerintah Kabupaten Kepulauan Selayar menegaskan Pelabuhan Pamatata tetap "
            "beroperasi normal, Kamis (19/11), menanggapi pesan berantai yang beredar di "
            "media sosial.",
            ["Jadwal kapal feri Pamatata–Bira berjalan seperti biasa."],
            "klarifikasi", ("hoaks", "pelabuhan")), Status.DRAFT),
        (release(
            MAIN_TITLE,
            date(2026, 11, 24), 45,
            "Bupati Kepulauan Selayar Muhammad Basli Ali meresmikan jembatan gantung sepanjang "
            "60 meter di Desa Bontomarannu, Kecamatan Bontomanai, Selasa (24/11), yang kini "
            "menghubungkan dua dusun yang selama ini terpisah sungai.",
            ["Jembatan dibangun dengan dana alokasi khusus tahun anggaran 2026 dan dikerjakan "
             "selama lima bulan oleh Dinas Pekerjaan Umum dan Penataan Ruang.",
             "Sebelumnya, warga Dusun Baru harus memutar sejauh tujuh kilometer untuk mengantar "
             "anak ke sekolah dan membawa hasil kebun ke pasar."],
            "kegiatan", ("infrastruktur", "jembatan", "Bontomanai"),
            quotes=(Quote("Muhammad Basli Ali", "Bupati Kepulauan Selayar",
                          "Jembatan ini kami bangun agar anak-anak bisa ke sekolah tanpa "
                          "menyeberangi sungai saat hujan"),),
            subtitle="Warga dua dusun tak perlu lagi memutar tujuh kilometer"), Status.DRAFT),
    ]
    with Archive.open(data_dir) as archive:
        archive.save_office_profile(profile)
        for item, status in releases:
            saved = archive.save(item)
            path = {Status.REVIEW: [Status.REVIEW],
                    Status.APPROVED: [Status.REVIEW, Status.APPROVED],
                    Status.PUBLISHED: [Status.REVIEW, Status.APPROVED, Status.PUBLISHED]}
            for step in path.get(status, []):
                saved = archive.save(saved.with_status(step))
        main = archive.list(__import__("humas_desktop.archive", fromlist=["ListQuery"])
                            .ListQuery(text="jembatan gantung")).items[0]
        current = archive.get(main.id)
        archive.save(current.edited(subtitle="Warga dua dusun tidak perlu lagi memutar jauh"))


def child(lang: str, size: str, data_dir: Path, what: str, out: Path) -> None:
    """Runs inside Xvfb: start the real GUI, arrange `what`, save the screen."""
    from argparse import Namespace

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from humas_desktop.ui.app import create_application, start_gui

    app = create_application()
    window = start_gui(Namespace(data_dir=str(data_dir), lang=lang, exit_after_start=False), app)
    width, height = (int(v) for v in size.split("x"))
    window.setGeometry(0, 0, width, height)
    window.showMaximized()
    panel = window.archive_panel
    for row in range(panel.model.rowCount()):
        if panel.model.item(row).title == MAIN_TITLE:
            panel.view.setCurrentIndex(panel.model.index(row))

    def settle(ms: int = 900) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    def shoot() -> None:
        settle()
        subprocess.run(["import", "-window", "root", str(out)], check=True)
        QApplication.closeAllWindows()
        app.quit()

    def open_dialog() -> None:
        dialog = None
        if what == "wizard":
            from humas_desktop.ui.wizard import OfficeWizard

            dialog = OfficeWizard(window.archive, window)
            dialog.next()
            dialog.next()
        elif what == "settings":
            from humas_desktop.ui.settings_dialog import SettingsDialog

            dialog = SettingsDialog(window.archive, window.settings, window)
        elif what == "history":
            from humas_desktop.ui.history_dialog import HistoryDialog

            dialog = HistoryDialog(window.archive, panel.current_id(), window)
        elif what == "template":
            from humas_desktop.model.templates import load_templates
            from humas_desktop.ui.template_picker import TemplatePicker

            dialog = TemplatePicker(list(load_templates()), window)
        if dialog is not None:
            dialog.show()
        if what == "search":
            panel.search.setText("jembatan")
            panel.apply_filters()
        shoot()

    QTimer.singleShot(300, open_dialog)
    app.exec()
    window.archive.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=SIZES, help="one screen size only")
    parser.add_argument("--child", nargs=5, metavar=("LANG", "SIZE", "DATA", "WHAT", "OUT"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        lang, size, data, what, out = args.child
        child(lang, size, Path(data), what, Path(out))
        return 0
    for tool in ("Xvfb", "import"):
        if shutil.which(tool) is None:
            print(f"{tool} not found: apt-get install xvfb imagemagick", file=sys.stderr)
            return 1
    OUT.mkdir(parents=True, exist_ok=True)
    shots: list[tuple[str, str, str]] = []
    for size in ([args.only] if args.only else SIZES):
        for lang in LANGS:
            shots.append((size, lang, "main"))
        if size == SIZES[0]:
            for what in ("search", "template", "wizard", "settings", "history"):
                shots.append((size, "id", what))
            shots.append((size, "en", "settings"))
    with tempfile.TemporaryDirectory(prefix="humas-shots-") as tmp:
        base = Path(tmp) / "template-data"
        build_archive(base)
        for number, size in enumerate(dict.fromkeys(s for s, _, _ in shots)):
            display = f":{97 + number}"
            xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{size}x24", "-nolisten",
                                     "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                time.sleep(1.0)
                for shot_size, lang, what in shots:
                    if shot_size != size:
                        continue
                    data = Path(tmp) / f"{size}-{lang}-{what}"
                    shutil.copytree(base, data)
                    out = OUT / f"{what}-{lang}-{size}.png"
                    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
                           "HUMAS_DATA_DIR": str(data)}
                    subprocess.run([sys.executable, __file__, "--child", lang, size, str(data),
                                    what, str(out)], env=env, check=True, timeout=120)
                    print(out.relative_to(ROOT))
            finally:
                xvfb.terminate()
                xvfb.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
